/**
 * `if`: choose the `then` or `else` list of inline steps by a condition.
 */
import { evaluateCondition } from '../expressions.js';
import { getOr, hasKey, pyTypeName, pyRepr, isPyList } from '../pyvalue.js';
import { StepStatus, type StepConfig, type StepIssue, type StepType } from '../types.js';
import { baseIssues, conditionIssues, listChildren, stepLabel } from './step-config.js';

export const ifStep: StepType = {
  type: 'if',

  validate(config: StepConfig): StepIssue[] {
    const label = stepLabel(config);
    const issues = [...baseIssues(config), ...conditionIssues('If', config)];
    if (!hasKey(config, 'then'))
      issues.push({ message: `If step ${label} has no 'then'.`, key: 'then' });
    if (!isPyList(getOr(config, 'then', []))) {
      issues.push({ message: `If step ${label}: 'then' must be a list of steps.`, key: 'then' });
    }
    const elseBranch = getOr(config, 'else', null);
    if (elseBranch !== null && !isPyList(elseBranch)) {
      issues.push({ message: `If step ${label}: 'else' must be a list of steps.`, key: 'else' });
    }
    return issues;
  },

  children: (config) => listChildren(config, ['then', 'else']),

  async execute(config, context) {
    const result = evaluateCondition(getOr(config, 'condition', false), context);
    const branchName = result ? 'then' : 'else';
    let branch = getOr(config, branchName, []);
    // An explicit `else:` with nothing under it means "no else".
    if (branch === null && branchName === 'else') branch = [];
    // Unvalidated configs reach here too; a non-list branch would be run item by item.
    if (!isPyList(branch)) {
      return {
        status: StepStatus.Failed,
        output: { condition_result: result },
        error: `If step ${stepLabel(config)}: ${pyRepr(branchName)} must be a list of steps, not ${pyTypeName(branch)}.`
      };
    }
    return {
      status: StepStatus.Completed,
      output: { condition_result: result },
      nextSteps: branch as StepConfig[]
    };
  }
};
