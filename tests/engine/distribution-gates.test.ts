/**
 * Gates inside a distributed fan-out's items: a shard never answers one, so an item that
 * reached a gate is gathered paused there, and the run waits for a person at that item.
 */
import { type GatheredItem, type GatherSource } from '../../src/engine/distribution.js';
import { harness, header, type Harness } from '../support/engine-harness.js';
import { runShard } from '../support/shard-runs.js';

function gatherFrom(results: Map<number, string>): GatherSource {
  return {
    item: (index) => {
      const text = results.get(index);
      return text === undefined ? { missing: 'nothing' } : { given: JSON.parse(text) as unknown };
    },
    apply: async () => null
  };
}

async function shardsOf(h: Harness, runId: string, count: number): Promise<Map<number, string>> {
  const results = new Map<number, string>();
  for (let n = 1; n <= count; n++) {
    for (const [index, text] of await runShard(h.project, runId, n)) results.set(index, text);
  }
  return results;
}

const GATED_IF = `${header('gated')}steps:
  - id: fan
    type: fan-out
    items: ["a", "b"]
    step:
      id: check
      type: if
      condition: "{{ item == 'a' }}"
      then:
        - id: work
          type: shell
          run: "echo work-{{ item }}"
        - id: approve
          type: gate
          message: "Approve {{ item }}?"
  - id: after
    type: shell
    run: "echo after"
`;

const GATE_TEMPLATE = `${header('gates')}steps:
  - id: fan
    type: fan-out
    items: ["a", "b"]
    step:
      id: review
      type: gate
      message: "Approve {{ item }}?"
  - id: after
    type: shell
    run: "echo after"
`;

describe('gates in distributed items', () => {
  test('an item whose nested gate paused pauses the run at that gate after the gather, as in place', async () => {
    const local = await harness([], { answeredGatesOnly: true }).run(GATED_IF, {}, 'gated-1');
    expect(local.status).toBe('paused');
    const h = harness([], { distribute: (id) => id === 'fan', answeredGatesOnly: true });
    const started = await h.run(GATED_IF, {}, 'gated-1');
    const results = await shardsOf(h, started.runId, 2);
    const state = await h.engine.resume(started.runId, {}, { gather: gatherFrom(results) });
    expect(state.status).toBe('paused');
    expect(state.currentStepId).toBe(local.currentStepId);
    expect(state.stepResults.after).toBeUndefined();
    expect(state.stepResults.approve.status).toBe('paused');
    // Answered, the fan-out runs in place: the gate passes with the answer, item b is kept.
    const answered = await h.engine.resume(started.runId, {}, { answer: 'approve' });
    expect(answered.status).toBe('completed');
    expect(answered.stepResults.approve.status).toBe('completed');
    expect(answered.stepResults.after.output.stdout).toBe('after\n');
  });

  test('a failure nested in an item fails the run after the gather, as in place', async () => {
    const yaml = GATED_IF.replace('run: "echo work-{{ item }}"', 'run: "exit 4"');
    const local = await harness().run(yaml, {}, 'gated-2');
    expect(local.status).toBe('failed');
    const h = harness([], { distribute: (id) => id === 'fan', answeredGatesOnly: true });
    const started = await h.run(yaml, {}, 'gated-2');
    const results = await shardsOf(h, started.runId, 2);
    const state = await h.engine.resume(started.runId, {}, { gather: gatherFrom(results) });
    expect(state.status).toBe('failed');
    expect(state.failedStepId).toBe(local.failedStepId);
    expect(state.stepResults.after).toBeUndefined();
  });

  test('a fan-out of gates: a shard cannot pass an item off as another type of step, completed', async () => {
    const h = harness([], { distribute: (id) => id === 'fan', answeredGatesOnly: true });
    const started = await h.run(GATE_TEMPLATE, {}, 'gates-1');
    const results = await shardsOf(h, started.runId, 2);
    for (const index of [0, 1]) {
      const item = JSON.parse(results.get(index)!) as GatheredItem;
      expect(item.records[0][1].status).toBe('paused');
      item.records = [
        [
          `fan:review:${index}`,
          { ...item.records[0][1], type: 'shell', status: 'completed', output: { exit_code: 0 } },
          null
        ]
      ];
      item.halt = null;
      results.set(index, JSON.stringify(item));
    }
    const state = await h.engine.resume(started.runId, {}, { gather: gatherFrom(results) });
    expect(state.status).not.toBe('completed');
    expect(state.stepResults.after).toBeUndefined();
    expect(state.stepResults['fan:review:0'].type).toBe('gate');
  });

  test('a halt a shard claims at a step outside the item is refused', async () => {
    const h = harness([], { distribute: (id) => id === 'fan', answeredGatesOnly: true });
    const started = await h.run(GATED_IF, {}, 'gated-3');
    const results = await shardsOf(h, started.runId, 2);
    const item = JSON.parse(results.get(0)!) as GatheredItem;
    item.halt = { status: 'failed', error: 'forged', step_id: 'after' } as never;
    results.set(0, JSON.stringify(item));
    const state = await h.engine.resume(started.runId, {}, { gather: gatherFrom(results) });
    expect(state.status).toBe('failed');
    expect(state.failedStepId).toBe('fan:check:0');
    expect(state.stepResults['fan:check:0'].error).toContain('malformed halt');
  });
});
