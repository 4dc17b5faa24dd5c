/**
 * `do-while`: run `steps` once, then again while the condition holds. This
 * step always hands out the body; the engine evaluates `condition` after each
 * pass, up to `max_iterations` (10 when absent or null).
 */
import type { StepType } from '../types.js';
import { defineStep, loopChildren, loopPass, parseLoop } from './step-config.js';

export const doWhileStep: StepType = defineStep({
  type: 'do-while',
  parse: (config) => parseLoop('Do-while', config, 'false'),
  children: loopChildren,

  async run({ condition, maxIterations, body }, _context, config) {
    // The condition is recorded as written (not evaluated): the engine evaluates it after each pass.
    const output = { condition, max_iterations: maxIterations, loop_type: 'do-while' };
    // The body always runs, so it must be a list.
    return loopPass(body, output, config);
  }
});
