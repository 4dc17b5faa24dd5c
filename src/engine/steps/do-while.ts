/**
 * `do-while`: run `steps` once, then again while the condition holds. This
 * step always hands out the body; the engine evaluates `condition` after each
 * pass, up to `max_iterations` (10 when absent or null).
 */
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
import { DEFAULT_MAX_ITERATIONS } from './while.js';

export const doWhileStep: StepType = {
  type: 'do-while',

  validate(config) {
    return [
      ...baseIssues(config),
      ...conditionIssues('Do-while', config),
      ...maxIterationsIssues('Do-while', config),
      ...nestedStepsIssues('Do-while', config)
    ];
  },

  children: (config) => listChildren(config, ['steps']),

  async execute(config) {
    const maxIterations = getOr(config, 'max_iterations', null) ?? DEFAULT_MAX_ITERATIONS;
    const body = getOr(config, 'steps', []);
    // Recorded as written (not evaluated): the engine evaluates it after each pass.
    const condition = getOr(config, 'condition', 'false');
    const output = { condition, max_iterations: maxIterations, loop_type: 'do-while' };
    // Unvalidated configs reach here too; the body always runs, so it must be a list.
    if (!isPyList(body)) {
      return {
        status: StepStatus.Failed,
        output,
        error: `Do-while step ${stepLabel(config)}: 'steps' must be a list of steps, not ${pyTypeName(body)}.`
      };
    }
    return { status: StepStatus.Completed, output, nextSteps: body as StepConfig[] };
  }
};
