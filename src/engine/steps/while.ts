/**
 * `while`: run `steps` as long as the condition holds, checked before each
 * pass. This step makes the first check; the engine repeats the body and
 * re-checks, up to `max_iterations` (10 when absent or null).
 */
import { evaluateCondition } from '../expressions.js';
import { StepStatus, type ParsedStep, type StepConfig, type StepType } from '../types.js';
import {
  defineStep,
  listChildren,
  loopPass,
  loopSettings,
  parsed,
  type LoopSettings
} from './step-config.js';

export { DEFAULT_MAX_ITERATIONS } from './step-config.js';

function parse(config: StepConfig): ParsedStep<LoopSettings> {
  const loop = loopSettings('While', config, false);
  return parsed(loop.issues, () => loop.settings);
}

export const whileStep: StepType = defineStep({
  type: 'while',
  parse,
  children: (config) => listChildren(config, ['steps']),

  async run({ condition, maxIterations, body }, context, config) {
    const result = evaluateCondition(condition, context);
    const output = { condition_result: result, max_iterations: maxIterations, loop_type: 'while' };
    // Only a body about to run must be a list, as in the reference.
    if (!result) return { status: StepStatus.Completed, output };
    return loopPass(body, output, config);
  }
});
