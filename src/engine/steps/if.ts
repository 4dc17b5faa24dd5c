/**
 * `if`: choose the `then` or `else` list of inline steps by a condition.
 */
import { evaluateCondition } from '../expressions.js';
import { getOr, hasKey } from '../pyvalue.js';
import type { ParsedStep, StepConfig, StepType } from '../types.js';
import {
  baseIssues,
  chosenSteps,
  conditionIssues,
  defineStep,
  listChildren,
  parsed,
  stepLabel,
  stepListAt,
  type StepList
} from './step-config.js';

interface IfSettings {
  condition: unknown;
  then: StepList;
  else: StepList;
}

function parse(config: StepConfig): ParsedStep<IfSettings> {
  const issues = [...baseIssues(config), ...conditionIssues('If', config)];
  if (!hasKey(config, 'then')) {
    // Runs nothing when the condition holds.
    issues.push({
      message: `If step ${stepLabel(config)} has no 'then'.`,
      key: 'then',
      advisory: true
    });
  }
  const thenBranch = stepListAt('If', config, 'then', getOr(config, 'then', []));
  // An explicit `else:` with nothing under it means "no else".
  const elseBranch = stepListAt('If', config, 'else', getOr(config, 'else', null) ?? []);
  issues.push(...thenBranch.issues, ...elseBranch.issues);
  return parsed(issues, () => ({
    condition: getOr(config, 'condition', false),
    then: thenBranch.list,
    else: elseBranch.list
  }));
}

export const ifStep: StepType = defineStep({
  type: 'if',
  parse,
  children: (config) => listChildren(config, ['then', 'else']),

  async run(settings, context) {
    const result = evaluateCondition(settings.condition, context);
    // Only the chosen branch must be a list of steps, as in the reference.
    return chosenSteps(result ? settings.then : settings.else, { condition_result: result });
  }
});
