/**
 * `while`: run `steps` as long as the condition holds, checked before each
 * pass. This step makes the first check; the engine repeats the body and
 * re-checks, up to `max_iterations` (10 when absent or null).
 */
import { evaluateCondition } from '../expressions.js';
import { StepStatus, type StepType } from '../types.js';
import { defineStep, loopChildren, loopPass, parseLoop } from './step-config.js';

export const whileStep: StepType = defineStep({
  type: 'while',
  parse: (config) => parseLoop('While', config, false),
  children: loopChildren,

  async run({ condition, maxIterations, body }, context, config) {
    const result = evaluateCondition(condition, context);
    const output = { condition_result: result, max_iterations: maxIterations, loop_type: 'while' };
    // Only a body about to run must be a list, as in the reference.
    if (!result) return { status: StepStatus.Completed, output };
    return loopPass(body, output, config);
  }
});
