/**
 * `while`: run `steps` as long as the condition holds, checked before each
 * pass. This step makes the first check; the engine repeats the body and
 * re-checks, up to `max_iterations` (10 when absent or null).
 */
import { evaluateCondition } from '../expressions.js';
import { getOr, pyTypeName, isPyList } from '../pyvalue.js';
import { StepStatus, type StepConfig, type StepType } from '../types.js';
import {
  baseIssues,
  conditionIssues,
  listChildren,
  maxIterationsIssues,
  nestedStepsIssues,
  stepLabel
} from './step-config.js';

export const DEFAULT_MAX_ITERATIONS = 10;

export const whileStep: StepType = {
  type: 'while',

  validate(config) {
    return [
      ...baseIssues(config),
      ...conditionIssues('While', config),
      ...maxIterationsIssues('While', config),
      ...nestedStepsIssues('While', config)
    ];
  },

  children: (config) => listChildren(config, ['steps']),

  async execute(config, context) {
    const condition = getOr(config, 'condition', false);
    const maxIterations = getOr(config, 'max_iterations', null) ?? DEFAULT_MAX_ITERATIONS;
    const body = getOr(config, 'steps', []);
    const result = evaluateCondition(condition, context);
    const output = { condition_result: result, max_iterations: maxIterations, loop_type: 'while' };
    if (!result) return { status: StepStatus.Completed, output };
    // Unvalidated configs reach here too; only a body about to run must be a list.
    if (!isPyList(body)) {
      return {
        status: StepStatus.Failed,
        output,
        error: `While step ${stepLabel(config)}: 'steps' must be a list of steps, not ${pyTypeName(body)}.`
      };
    }
    return { status: StepStatus.Completed, output, nextSteps: body as StepConfig[] };
  }
};
