/**
 * A distributed fan-out (distribution.ts) ends in the state the same fan-out run in place
 * gives: the start stops with the items split into shards, each shard runs its items in a
 * workspace of its own, and the gather replays what they recorded in item order.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  MAX_SHARDS,
  distributionJson,
  parseDistribution,
  planShards,
  type GatheredItem,
  type GatherSource
} from '../../src/engine/distribution.js';
import { RunState } from '../../src/engine/run-state.js';
import { harness, header, type Harness } from '../support/engine-harness.js';
import { runShard } from '../support/shard-runs.js';

const WORKFLOW = (failing = 'none', continueOnError = false): string =>
  `${header('spread')}steps:
  - id: prep
    type: shell
    run: "echo prepared"
  - id: work
    type: fan-out
    items: ["a", "b", "c", "d", "e"]
    max_concurrency: 2
    step:
      id: one
      type: shell
      continue_on_error: ${continueOnError}
      run: "echo {{ item }} >> done.log; if [ {{ item }} = ${failing} ]; then exit 3; fi; echo out-{{ item }}"
  - id: after
    type: shell
    run: "echo {{ steps.work.output.results | map('exit_code') | join(',') }}"
`;

/** What a comparison of two runs looks at: everything but times and the runner. */
function comparable(state: RunState): Record<string, unknown> {
  const json = state.toJSON();
  for (const key of [
    'created_at',
    'updated_at',
    'step_timings',
    'runner',
    'run_id',
    'workflow_dir'
  ]) {
    delete json[key];
  }
  return json;
}

function gatherFrom(results: Map<number, string>, applied: number[][] = []): GatherSource {
  return {
    item: (index) => {
      const text = results.get(index);
      return text === undefined
        ? { missing: `shard job for item ${index} saved nothing` }
        : { given: JSON.parse(text) as unknown };
    },
    apply: async (kept) => {
      applied.push([...kept]);
      return null;
    }
  };
}

async function distributedRun(
  yaml: string,
  skipShard: number | null = null
): Promise<{ h: Harness; state: RunState; shards: number; results: Map<number, string> }> {
  const h = harness([], { distribute: (id) => id === 'work', answeredGatesOnly: true });
  const started = await h.run(yaml, {}, 'spread-1');
  expect(started.status).toBe('paused');
  const distribution = started.distribution!;
  const results = new Map<number, string>();
  for (let n = 1; n <= distribution.shards.length; n++) {
    if (n === skipShard) continue;
    for (const [index, text] of await runShard(h.project, started.runId, n)) {
      results.set(index, text);
    }
  }
  const state = await h.engine.resume(started.runId, {}, { gather: gatherFrom(results) });
  return { h, state, shards: distribution.shards.length, results };
}

describe('a distributed fan-out', () => {
  test('the start stops paused, the items split into shards, nothing of the fan-out run', async () => {
    const h = harness([], { distribute: (id) => id === 'work' });
    const state = await h.run(WORKFLOW(), {}, 'spread-0');
    expect(state.status).toBe('paused');
    expect(state.currentStepId).toBe('work');
    expect(state.distribution).toMatchObject({
      stepId: 'work',
      shards: [[0], [1], [2], [3], [4]],
      window: 2,
      itemCount: 5
    });
    expect(fs.existsSync(path.join(h.project, 'done.log'))).toBe(false);
    expect(h.stateFile('spread-0').distribution).toMatchObject({ step_id: 'work', item_count: 5 });
    expect(h.logLines('spread-0').map((l) => l.event)).toContain('fan_out_distributed');
  });

  test('gathered, it ends as the same workflow run in place', async () => {
    const local = await harness().run(WORKFLOW(), {}, 'spread-1');
    const { state } = await distributedRun(WORKFLOW());
    expect(state.status).toBe('completed');
    expect(state.distribution).toBeNull();
    expect(comparable(state)).toEqual(comparable(local));
    expect(state.stepResults.after.output.stdout).toBe('0,0,0,0,0\n');
  });

  test('a failing item mid-way: the same outcome as in place, later items dropped', async () => {
    const local = await harness().run(WORKFLOW('c'), {}, 'spread-1');
    const { state } = await distributedRun(WORKFLOW('c'));
    expect(local.status).toBe('failed');
    expect(state.status).toBe('failed');
    expect(state.failedStepId).toBe('work:one:2');
    // The outcome is the local one. Locally, item 3 may have run beside item 2 inside the
    // window and keep its record; a gather drops every item after the halting one.
    expect(Object.keys(state.stepResults)).not.toContain('work:one:3');
    expect(state.error).toBe(local.error);
    expect(state.failedStepId).toBe(local.failedStepId);
    expect(state.stepResults.work).toEqual(local.stepResults.work);
    for (const id of ['prep', 'work:one:0', 'work:one:1', 'work:one:2']) {
      expect(state.stepResults[id]).toEqual(local.stepResults[id]);
    }
  });

  test('continue_on_error: a failed item is kept and the run goes on, as in place', async () => {
    const local = await harness().run(WORKFLOW('c', true), {}, 'spread-1');
    const { state } = await distributedRun(WORKFLOW('c', true));
    expect(state.status).toBe('completed');
    expect(comparable(state)).toEqual(comparable(local));
  });

  test('a shard that saved nothing fails its items; gathering again once it has run completes', async () => {
    const { h, state, results } = await distributedRun(WORKFLOW(), 3);
    expect(state.status).toBe('failed');
    expect(state.failedStepId).toBe('work:one:2');
    expect(state.error).toContain('shard job for item 2 saved nothing');
    expect(state.distribution).not.toBeNull(); // kept open for the re-run
    // "Re-run failed jobs": the shard, from the state the gather left, then the gather.
    for (const [index, text] of await runShard(h.project, 'spread-1', 3)) results.set(index, text);
    const applied: number[][] = [];
    const again = await h.engine.resume('spread-1', {}, { gather: gatherFrom(results, applied) });
    expect(again.status).toBe('completed');
    // Items 0 and 1 were gathered (their changes applied) the first time; 3 and 4, after the
    // missing item, were dropped then.
    expect(applied).toEqual([[2, 3, 4]]);
    expect(again.distribution).toBeNull();
    const local = await harness().run(WORKFLOW(), {}, 'spread-1');
    expect(comparable(again).step_results).toEqual(comparable(local).step_results);
  });

  test('a forged result is refused: a gate a shard claims answered, a record outside the item', async () => {
    const h = harness([], { distribute: (id) => id === 'work', answeredGatesOnly: true });
    const started = await h.run(WORKFLOW(), {}, 'spread-2');
    const results = new Map<number, string>();
    for (let n = 1; n <= 5; n++) {
      for (const [index, text] of await runShard(h.project, 'spread-2', n))
        results.set(index, text);
    }
    const forged = JSON.parse(results.get(1)!) as GatheredItem;
    forged.records.push(['prep', { ...forged.records[0][1], type: 'shell' }, null]);
    results.set(1, JSON.stringify(forged));
    const answered = JSON.parse(results.get(0)!) as { records: unknown[][] };
    answered.records.push([
      'work:one:0:approve',
      { type: 'gate', status: 'completed', output: { choice: 'approve' } },
      null
    ]);
    results.set(0, JSON.stringify(answered));
    const state = await h.engine.resume(started.runId, {}, { gather: gatherFrom(results) });
    expect(state.status).toBe('failed');
    // Item 0 fails first: its gate claims an answer no shard can give.
    expect(state.failedStepId).toBe('work:one:0');
    expect(state.error).toContain('a shard never answers a gate');
    expect(state.stepResults['work:one:0:approve']).toBeUndefined();
    expect(state.stepResults.prep.output.stdout).toBe('prepared\n');
    // With continue_on_error the refused items fail and the run goes on, none of their records
    // written.
    const lenient = harness([], { distribute: (id) => id === 'work', answeredGatesOnly: true });
    await lenient.run(WORKFLOW('none', true), {}, 'spread-2');
    const fine = new Map<number, string>();
    for (let n = 1; n <= 5; n++) {
      for (const [index, text] of await runShard(lenient.project, 'spread-2', n))
        fine.set(index, text);
    }
    fine.set(1, JSON.stringify(forged));
    const going = await lenient.engine.resume('spread-2', {}, { gather: gatherFrom(fine) });
    expect(going.status).toBe('completed');
    expect(going.stepResults['work:one:1'].status).toBe('failed');
    expect(going.stepResults['work:one:1'].error).toContain(
      '"prep", which is not one of this item'
    );
    expect(going.stepResults.prep.output.stdout).toBe('prepared\n');
  });

  test('a forged reuse entry cannot carry records outside its item into a later resume', async () => {
    const yaml = WORKFLOW('e').replace(
      'if [ {{ item }} = e ]',
      'if [ {{ item }} = e ] && [ ! -f fixed ]'
    );
    const h = harness([], { distribute: (id) => id === 'work', answeredGatesOnly: true });
    const started = await h.run(yaml, {}, 'spread-6');
    const results = new Map<number, string>();
    for (let n = 1; n <= started.distribution!.shards.length; n++) {
      for (const [index, text] of await runShard(h.project, 'spread-6', n))
        results.set(index, text);
    }
    const forged = JSON.parse(results.get(1)!) as GatheredItem;
    expect(forged.reuse).not.toBeNull();
    const prep = { ...forged.records[0][1], output: { stdout: 'forged\n', exit_code: 0 } };
    forged.reuse!.shared = [['prep', prep]];
    forged.reuse!.current = 'prep';
    results.set(1, JSON.stringify(forged));
    const failed = await h.engine.resume('spread-6', {}, { gather: gatherFrom(results) });
    expect(failed.status).toBe('failed');
    expect(failed.stepResults.prep.output.stdout).toBe('prepared\n');
    // The item itself was admitted; only its reuse entry, which its records do not back, is not.
    expect(failed.stepResults['work:one:1'].status).toBe('completed');
    fs.writeFileSync(path.join(h.project, 'fixed'), '');
    // Resumed in place (answering a gate does this too): the kept items are reused.
    const resumed = await harness([], { projectRoot: h.project }).engine.resume('spread-6');
    expect(h.logLines('spread-6').filter((l) => l.event === 'fan_out_item_reused')).not.toEqual([]);
    expect(resumed.status).toBe('completed');
    expect(resumed.stepResults.prep.output.stdout).toBe('prepared\n');
  });

  test('a shard or gather of a run with nothing distributed is refused before anything changes', async () => {
    const h = harness();
    await h.run(WORKFLOW('a'), {}, 'spread-3');
    const before = fs.readFileSync(
      path.join(h.project, '.specify/workflows/runs/spread-3/state.json'),
      'utf8'
    );
    await expect(
      h.engine.resume('spread-3', {}, { gather: gatherFrom(new Map()) })
    ).rejects.toThrow(/no distributed fan-out waiting/);
    const after = fs.readFileSync(
      path.join(h.project, '.specify/workflows/runs/spread-3/state.json'),
      'utf8'
    );
    expect(after).toBe(before);
  });

  test('there is no shard past the last', async () => {
    const h = harness([], { distribute: (id) => id === 'work' });
    await h.run(WORKFLOW(), {}, 'spread-4');
    await expect(runShard(h.project, 'spread-4', 6)).rejects.toThrow(
      /into 5 shards; there is no shard 6/
    );
  });

  test('a resume hands out only unfinished items; its gather keeps the others, even with rerunItems', async () => {
    const yaml = WORKFLOW('c').replace(
      'if [ {{ item }} = c ]',
      'if [ {{ item }} = c ] && [ ! -f fixed ]'
    );
    const h = harness([], { distribute: (id) => id === 'work', answeredGatesOnly: true });
    const local = harness([], { projectRoot: h.project });
    const failed = await local.run(yaml, {}, 'spread-5');
    expect(failed.status).toBe('failed');
    fs.writeFileSync(path.join(h.project, 'fixed'), '');
    const paused = await h.engine.resume('spread-5');
    // Items 0 and 1 completed, and item 3 ran beside item 2 in the window: all three are kept.
    expect(paused.distribution?.shards).toEqual([[2], [4]]);
    const results = new Map<number, string>();
    for (const n of [1, 2]) {
      for (const [index, text] of await runShard(h.project, 'spread-5', n))
        results.set(index, text);
    }
    const state = await h.engine.resume(
      'spread-5',
      {},
      { gather: gatherFrom(results), rerunItems: true }
    );
    expect(state.status).toBe('completed');
    expect(state.stepResults.after.output.stdout).toBe('0,0,0,0,0\n');
  });

  test('600 items make 256 shards of consecutive items, every item in one', () => {
    const shards = planShards([...Array(600).keys()]);
    expect(shards).toHaveLength(MAX_SHARDS);
    expect(shards.flat()).toEqual([...Array(600).keys()]);
    expect(
      Math.max(...shards.map((s) => s.length)) - Math.min(...shards.map((s) => s.length))
    ).toBeLessThanOrEqual(1);
  });
});

test('a second gather never applies again the changes of an item the first one applied', async () => {
  // Item b's nested step fails under continue_on_error: b is kept but has no reuse entry, so the
  // second gather (shard 3 saved nothing the first time) gathers it again.
  const yaml = `${header('spread')}steps:
  - id: work
    type: fan-out
    items: ["a", "b", "c", "d", "e"]
    step:
      id: one
      type: if
      condition: "true"
      then:
        - id: write
          type: shell
          continue_on_error: true
          run: "echo {{ item }} >> done.log; if [ {{ item }} = b ]; then exit 3; fi"
`;
  const { h, state, results } = await distributedRun(yaml, 3);
  expect(state.status).toBe('failed');
  expect(state.distribution?.applied).toEqual([0, 1]);
  expect(h.stateFile('spread-1').distribution).toMatchObject({ applied: [0, 1] });
  for (const [index, text] of await runShard(h.project, 'spread-1', 3)) results.set(index, text);
  const applied: number[][] = [];
  const again = await h.engine.resume('spread-1', {}, { gather: gatherFrom(results, applied) });
  expect(again.status).toBe('completed');
  expect(again.stepResults['work:one:1']).toEqual(state.stepResults['work:one:1']);
  expect(applied).toEqual([[2, 3, 4]]);
});

test('the applied items travel in state.json, only when there are some, and only items of its shards', () => {
  const d = { id: 'd1', stepId: 'work', shards: [[0], [2]], window: 1, itemCount: 3, applied: [] };
  expect(distributionJson(d)).not.toHaveProperty('applied');
  expect(parseDistribution(distributionJson(d))).toEqual(d);
  const applied = { ...d, applied: [0, 2] };
  expect(parseDistribution(distributionJson(applied))).toEqual(applied);
  for (const bad of [[1], [2, 0], [0, 0], ['0'], 0]) {
    expect(parseDistribution({ ...distributionJson(d), applied: bad })).toMatch(/applied/);
  }
});
