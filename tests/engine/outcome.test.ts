/**
 * Which step a run stopped at, and which steps enclose it, from runs of the real engine: the
 * enclosing steps' own records say completed (as in the reference), so only the definition and
 * the ids the engine gives nested runs tell them apart.
 */
import { enclosingSteps, haltingStepId } from '../../src/engine/outcome.js';
import type { StepType } from '../../src/engine/types.js';
import { harness, header } from '../support/engine-harness.js';

/** Fails on item 2 and on the second pass of a loop; completes otherwise. */
let passes = 0;
const flaky: StepType = {
  type: 'flaky',
  validate: () => [],
  execute: async (_config, context) => {
    const fails =
      context.item === undefined || context.item === null ? ++passes === 2 : context.item === 2;
    return fails
      ? { status: 'failed', output: {}, error: 'broke' }
      : ({ status: 'completed', output: {} } as never);
  }
};

beforeEach(() => {
  passes = 0;
});

describe('the step a run stopped at and the steps enclosing it', () => {
  test.each([
    [
      'a top-level step',
      `  - id: boom\n    type: flaky\n  - id: again\n    type: flaky\n`,
      'again',
      []
    ],
    [
      'a fan-out item',
      `  - id: fan\n    type: fan-out\n    items: [0, 1, 2, 3]\n    max_concurrency: 1\n    step:\n      id: job\n      type: flaky\n`,
      'fan:job:2',
      ['fan']
    ],
    [
      'a step in an if branch',
      `  - id: check\n    type: if\n    condition: "{{ true }}"\n    then:\n      - id: first\n        type: flaky\n      - id: second\n        type: flaky\n`,
      'second',
      ['check']
    ],
    [
      "a loop's second pass (its first repetition)",
      `  - id: loop\n    type: do-while\n    condition: "{{ true }}"\n    max_iterations: 3\n    steps:\n      - id: body\n        type: flaky\n`,
      'loop:body:1',
      ['loop']
    ],
    [
      'a fan-out item inside an if branch',
      `  - id: check\n    type: if\n    condition: "{{ true }}"\n    then:\n      - id: fan\n        type: fan-out\n        items: [0, 1, 2]\n        max_concurrency: 1\n        step:\n          id: job\n          type: flaky\n`,
      'fan:job:2',
      ['check', 'fan']
    ]
  ])('%s', async (_where, steps, halted, enclosing) => {
    const h = harness([flaky]);
    const state = await h.run(`${header()}steps:\n${steps}`, {}, 'halt');
    expect(state.status).toBe('failed');
    expect(haltingStepId(state)).toBe(halted);
    expect(enclosingSteps(h.definition(`${header()}steps:\n${steps}`).steps, halted)).toEqual(
      enclosing
    );
  });

  test('a paused run stops at the gate it waits at; a completed one at none', async () => {
    const h = harness([], { prompt: null });
    const steps = `  - id: reviews\n    type: fan-out\n    items: [a, b]\n    step:\n      id: review\n      type: gate\n      message: ok?\n      options: [approve, reject]\n`;
    const paused = await h.run(`${header()}steps:\n${steps}`, {}, 'paused');
    expect(paused.status).toBe('paused');
    expect(haltingStepId(paused)).toBe('reviews:review:0');
    expect(
      enclosingSteps(h.definition(`${header()}steps:\n${steps}`).steps, 'reviews:review:0')
    ).toEqual(['reviews']);
    const done = await h.run(`${header()}steps:\n  - id: ok\n    type: shell\n    run: "true"\n`);
    expect(haltingStepId(done)).toBeNull();
  });
});
