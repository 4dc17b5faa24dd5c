/**
 * The fan-out contract (issue 3): window size, sliding window, item order,
 * halt attribution, exceptions, isolation, serialized side effects and
 * resume without redoing work. Concurrency is proven with latches and
 * test-controlled completions, never with timing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fanOutWindow } from '../../src/engine/fan-out.js';
import {
  StepStatus,
  type StepConfig,
  type StepContext,
  type StepType
} from '../../src/engine/types.js';
import { deferred, harness, header, settle, type Deferred } from '../support/engine-harness.js';
import { PyFloat } from '../../src/engine/pyvalue.js';

/**
 * A step type whose items finish only when the test says so, and which
 * records how many are in flight.
 */
function controlledType() {
  const started: number[] = [];
  const finishers = new Map<
    number,
    Deferred<{ status: StepStatus; error?: string | null; aborted?: boolean }>
  >();
  let inFlight = 0;
  let maxInFlight = 0;
  const type: StepType = {
    type: 'controlled',
    validate: () => [],
    async execute(_config: StepConfig, context: StepContext) {
      const index = context.item as number;
      started.push(index);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const d = deferred<{ status: StepStatus; error?: string | null; aborted?: boolean }>();
      finishers.set(index, d);
      const outcome = await d.promise;
      inFlight--;
      const output: Record<string, unknown> = { value: index * 10 };
      if (outcome.aborted) output.aborted = true;
      return { status: outcome.status, output, error: outcome.error ?? null };
    }
  };
  const finish = async (
    index: number,
    status: StepStatus = StepStatus.Completed,
    error?: string | null,
    aborted?: boolean
  ) => {
    await settle();
    const d = finishers.get(index);
    if (!d) throw new Error(`item ${index} has not started (started: ${started.join(',')})`);
    d.resolve({ status, error, aborted });
    await settle();
  };
  return {
    type,
    started,
    finish,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    }
  };
}

function fanOutYaml(
  items: string,
  window: unknown,
  templateType = 'controlled',
  extra = ''
): string {
  return `${header()}steps:
  - id: fan
    type: fan-out
    items: "${items}"
    max_concurrency: ${JSON.stringify(window)}
    step:
      id: job
      type: ${templateType}
${extra}
  - id: after
    type: shell
    run: "echo after"
`;
}

describe('window size (Python int() coercion)', () => {
  test.each<[unknown, number]>([
    [4, 4],
    ['4', 4],
    [' 4 ', 4],
    [4.0, 4],
    [new PyFloat(4.7), 4],
    [new PyFloat(4), 4],
    ['\u0663', 3],
    ['\uff14', 4],
    [2n ** 70n, Number.MAX_SAFE_INTEGER],
    ['1_0', 10],
    [null, 1],
    [true, 1],
    [false, 1],
    ['abc', 1],
    ['4.7', 1],
    [new PyFloat(Infinity), 1],
    [new PyFloat(NaN), 1],
    [0, 1],
    [-3, 1],
    [[4], 1],
    [{}, 1]
  ])('%p → %p', (value, expected) => {
    expect(fanOutWindow(value)).toBe(expected);
  });
});

describe('concurrent fan-out', () => {
  test('a latch that opens only with 3 items in flight opens (and never with a window of 1)', async () => {
    const latchType = (k: number): StepType & { peak: () => number } => {
      let inFlight = 0;
      let peak = 0;
      return {
        type: 'latch',
        validate: () => [],
        peak: () => peak,
        async execute() {
          inFlight++;
          peak = Math.max(peak, inFlight);
          // Wait for k items in flight; give up after the loop has gone idle
          // so a sequential run fails the test instead of hanging it.
          for (let turn = 0; turn < 50 && inFlight < k; turn++)
            await new Promise((r) => setImmediate(r));
          const opened = inFlight >= k;
          await settle(2);
          inFlight--;
          return {
            status: opened ? StepStatus.Completed : StepStatus.Failed,
            output: { opened },
            error: opened ? null : 'latch never opened'
          };
        }
      };
    };
    const concurrent = latchType(3);
    const h = harness([concurrent]);
    const state = await h.run(fanOutYaml('{{ [1, 2, 3, 4, 5, 6] }}', 3, 'latch'));
    expect(state.status).toBe('completed');
    expect(concurrent.peak()).toBe(3);

    const sequential = latchType(3);
    const h2 = harness([sequential]);
    const state2 = await h2.run(fanOutYaml('{{ [1, 2, 3] }}', 1, 'latch'));
    expect(state2.status).toBe('failed');
    expect(sequential.peak()).toBe(1);
  });

  test('completion in reverse item order still yields item order', async () => {
    const c = controlledType();
    const h = harness([c.type]);
    const done = h.run(fanOutYaml('{{ [0, 1, 2, 3] }}', 4), {}, 'rev');
    await settle();
    expect(c.started.sort()).toEqual([0, 1, 2, 3]);
    for (const i of [3, 2, 1, 0]) await c.finish(i);
    const state = await done;
    expect(state.status).toBe('completed');
    const fan = state.stepResults.fan.output as { results: { value: number }[] };
    expect(fan.results.map((r) => r.value)).toEqual([0, 10, 20, 30]);
    expect(Object.keys(state.stepResults)).toEqual(
      expect.arrayContaining(['fan:job:0', 'fan:job:1', 'fan:job:2', 'fan:job:3', 'after'])
    );
  });

  test('the window slides over item order: item k + window starts once items 0..k are done', async () => {
    const c = controlledType();
    const h = harness([c.type]);
    const done = h.run(fanOutYaml('{{ [0, 1, 2, 3, 4, 5] }}', 2), {}, 'slide');
    await settle();
    expect(c.started).toEqual([0, 1]);
    // As in the reference, a later item finishing first does not free a slot:
    // the window is held by the earliest item not yet collected.
    await c.finish(1);
    expect(c.started).toEqual([0, 1]);
    await c.finish(0); // collects 0 and 1: the window moves to items 2 and 3
    expect(c.started).toEqual([0, 1, 2, 3]);
    await c.finish(3);
    expect(c.started).toEqual([0, 1, 2, 3]);
    await c.finish(2);
    expect(c.started).toEqual([0, 1, 2, 3, 4, 5]);
    for (const i of [5, 4]) await c.finish(i);
    expect((await done).status).toBe('completed');
    expect(c.maxInFlight).toBe(2);
  });

  test('a slow first item that fails: the items behind it never start and leave no record', async () => {
    const c = controlledType();
    const h = harness([c.type]);
    const done = h.run(fanOutYaml('{{ [0, 1, 2, 3, 4] }}', 2), {}, 'slowfail');
    await c.finish(1);
    await c.finish(0, StepStatus.Failed, 'first item broke');
    const state = await done;
    expect(c.started).toEqual([0, 1]);
    expect(state.status).toBe('failed');
    expect(state.currentStepId).toBe('fan:job:1');
    // The reference's current step is the item started last; the one that failed is named apart.
    expect(state.failedStepId).toBe('fan:job:0');
    expect(h.stateFile('slowfail').failed_step_id).toBe('fan:job:0');
    expect(Object.keys(state.stepResults).sort()).toEqual(['fan', 'fan:job:0', 'fan:job:1']);
    expect((state.stepResults.fan.output as { results: unknown[] }).results).toHaveLength(1);
  });

  test('a failure at item 2 of 6 with window 4 returns items 0..2 and launches nothing after the halt', async () => {
    const c = controlledType();
    const h = harness([c.type]);
    const done = h.run(fanOutYaml('{{ [0, 1, 2, 3, 4, 5] }}', 4), {}, 'fail2');
    await settle();
    expect(c.started).toEqual([0, 1, 2, 3]);
    await c.finish(2, StepStatus.Failed, 'item two broke');
    await c.finish(0);
    await c.finish(1);
    await c.finish(3);
    const state = await done;
    expect(c.started).toEqual([0, 1, 2, 3]);
    expect(state.status).toBe('failed');
    expect(state.error).toBe('item two broke');
    expect(state.failedStepId).toBe('fan:job:2');
    const results = (state.stepResults.fan.output as { results: unknown[] }).results;
    expect(results).toHaveLength(3);
    expect(state.stepResults.after).toBeUndefined();
    expect(state.stepResults['fan:job:4']).toBeUndefined();
  });

  test('an earlier paused item beats a later failed one', async () => {
    const c = controlledType();
    const h = harness([c.type]);
    const done = h.run(fanOutYaml('{{ [0, 1, 2, 3] }}', 4), {}, 'pausewins');
    await c.finish(3, StepStatus.Failed, 'later failure');
    await c.finish(0);
    await c.finish(2);
    await c.finish(1, StepStatus.Paused);
    const state = await done;
    expect(state.status).toBe('paused');
    expect(state.failedStepId).toBeNull();
    expect((state.stepResults.fan.output as { results: unknown[] }).results).toHaveLength(2);
  });

  test('a failure nested in an item names the nested step, in a loop pass its pass id', async () => {
    const h = harness();
    const state = await h.run(
      `${header()}steps:
  - id: fan
    type: fan-out
    items: [0, 1, 2]
    max_concurrency: 3
    step:
      id: job
      type: if
      condition: "{{ item == 1 }}"
      then:
        - id: inner
          type: shell
          run: "exit 3"
`,
      {},
      'nested'
    );
    expect(state.status).toBe('failed');
    expect(state.failedStepId).toBe('inner');
    const loop = await h.run(
      `${header()}steps:
  - id: again
    type: do-while
    condition: "{{ true }}"
    max_iterations: 3
    steps:
      - id: probe
        type: shell
        run: "test -f stop && exit 1; touch stop"
`,
      {},
      'loopfail'
    );
    expect(loop.status).toBe('failed');
    expect(loop.failedStepId).toBe('again:probe:1');
  });

  test("the halting item's empty error wins over a later item's error", async () => {
    const c = controlledType();
    const h = harness([c.type]);
    const done = h.run(fanOutYaml('{{ [0, 1, 2] }}', 3), {}, 'emptyerr');
    // The halting item (1) fails first; a later item then overwrites the run's error.
    await c.finish(1, StepStatus.Failed, null);
    await c.finish(2, StepStatus.Failed, 'noisy later error');
    await c.finish(0);
    const state = await done;
    expect(state.status).toBe('failed');
    expect(state.error).toBeNull();
    expect(h.stateFile('emptyerr').error).toBeNull();
  });

  test('an aborted item aborts the run', async () => {
    const c = controlledType();
    const h = harness([c.type]);
    const done = h.run(fanOutYaml('{{ [0, 1] }}', 2), {}, 'abort');
    await c.finish(0, StepStatus.Failed, 'rejected', true);
    await c.finish(1);
    expect((await done).status).toBe('aborted');
  });

  test('continue_on_error on the template does not truncate the results', async () => {
    const c = controlledType();
    const h = harness([c.type]);
    const done = h.run(
      fanOutYaml('{{ [0, 1, 2] }}', 3, 'controlled', '      continue_on_error: true'),
      {},
      'coe'
    );
    await c.finish(1, StepStatus.Failed, 'tolerated');
    await c.finish(0);
    await c.finish(2);
    const state = await done;
    expect(state.status).toBe('completed');
    expect((state.stepResults.fan.output as { results: unknown[] }).results).toHaveLength(3);
    expect(state.stepResults.after.status).toBe('completed');
  });

  test.each([1, 3])(
    'an unknown template type halts the same way with window %p',
    async (window) => {
      const h = harness();
      // Validation rejects unknown types, so run the definition without it.
      const def = h.definition(fanOutYaml('{{ [0, 1, 2] }}', window, 'no-such-type'));
      const state = await h.engine.execute(def, {}, `unknown${window}`);
      expect(state.status).toBe('failed');
      expect(state.error).toMatch(/no-such-type/);
      expect((state.stepResults.fan.output as { results: unknown[] }).results).toEqual([{}]);
      expect(state.stepResults.after).toBeUndefined();
    }
  );

  test('a thrown error cancels what has not started, waits for the rest, and propagates', async () => {
    let running = 0;
    const started: number[] = [];
    const boom = new Error('step bug');
    const release = deferred();
    const thrower: StepType = {
      type: 'thrower',
      validate: () => [],
      async execute(_c, context) {
        const i = context.item as number;
        started.push(i);
        running++;
        if (i === 1) {
          running--;
          throw boom;
        }
        await release.promise;
        running--;
        return { status: StepStatus.Completed, output: {} };
      }
    };
    const h = harness([thrower]);
    const done = h.run(fanOutYaml('{{ [0, 1, 2, 3, 4] }}', 3, 'thrower'), {}, 'thrown');
    let settled = false;
    done.catch(() => undefined).finally(() => (settled = true));
    await settle();
    expect(started).toEqual([0, 1, 2]);
    expect(settled).toBe(false); // still waiting for the running items
    release.resolve();
    await expect(done).rejects.toBe(boom);
    expect(running).toBe(0);
    expect(started).toEqual([0, 1, 2]);
    const file = h.stateFile('thrown');
    expect(file.status).toBe('failed');
    expect(file.error).toBe('step bug');
  });

  test('each item sees its own item; the outer context is left as it was', async () => {
    const seen: unknown[] = [];
    let outerContext: StepContext | undefined;
    const probe: StepType = {
      type: 'probe',
      validate: () => [],
      async execute(_c, context) {
        if (context.insideFanOut) seen.push(context.item);
        else outerContext = context;
        await settle(1);
        return {
          status: StepStatus.Completed,
          output: { item: context.item, inside: context.insideFanOut }
        };
      }
    };
    const h = harness([probe]);
    const state = await h.run(`${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b', 'c'] }}"
    max_concurrency: 3
    step:
      id: p
      type: probe
  - id: outer
    type: probe
`);
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
    expect(outerContext?.item).toBeNull();
    expect(outerContext?.insideFanOut).toBe(false);
    expect(state.stepResults.outer.output).toEqual({ item: null, inside: false });
  });

  test('a gate verdict_input is refused inside a fan-out item at run time', async () => {
    const h = harness();
    const def = h.definition(`${header()}inputs:
  v: { type: string, default: approve }
steps:
  - id: fan
    type: fan-out
    items: "{{ [1, 2] }}"
    max_concurrency: 2
    step:
      id: g
      type: gate
      message: ok?
      verdict_input: v
`);
    const state = await h.engine.execute(def, {}, 'gatefan');
    expect(state.status).toBe('failed');
    expect(state.stepResults['fan:g:0'].status).toBe('failed');
  });

  test('log lines never interleave and the state on disk is complete at the end', async () => {
    const h = harness();
    const state = await h.run(
      `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ [${Array.from({ length: 40 }, (_, i) => i).join(', ')}] }}"
    max_concurrency: 8
    step:
      id: echo
      type: shell
      run: "printf '%0200d' {{ item }}"
`,
      {},
      'logs'
    );
    expect(state.status).toBe('completed');
    const lines = h.logLines('logs');
    const starts = lines.filter(
      (l) => l.event === 'step_started' && String(l.step_id).startsWith('fan:echo:')
    );
    expect(starts).toHaveLength(40);
    const file = h.stateFile('logs') as { step_results: Record<string, unknown>; status: string };
    expect(file.status).toBe('completed');
    expect(Object.keys(file.step_results)).toHaveLength(41);
  });

  test('sequential and concurrent runs give the same results', async () => {
    const yaml = (window: number) => `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['x', 'y', 'z', 'w'] }}"
    max_concurrency: ${window}
    step:
      id: job
      type: shell
      run: "printf '{{ item }}-%s' $(printf {{ item }} | wc -c)"
`;
    const a = await harness().run(yaml(1));
    const b = await harness().run(yaml(4));
    expect(b.stepResults.fan.output.results).toEqual(a.stepResults.fan.output.results);
    expect(b.stepResults.fan.output.max_concurrency).toBe(4);
    expect(Object.keys(b.stepResults).sort()).toEqual(Object.keys(a.stepResults).sort());
  });
});

describe('interrupting a fan-out', () => {
  test('an interrupt mid-fan-out pauses the run; it never reads as completed', async () => {
    const controller = new AbortController();
    let started = 0;
    const counting: StepType = {
      type: 'counting',
      validate: () => [],
      async execute() {
        started++;
        if (started === 3) controller.abort();
        await settle(1);
        return { status: StepStatus.Completed, output: { n: started } };
      }
    };
    const h = harness([counting], { signal: controller.signal });
    // The fan-out is the last step: nothing after it would notice the interrupt.
    const state = await h.run(
      `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }}"
    max_concurrency: 2
    step:
      id: job
      type: counting
`,
      {},
      'intfan'
    );
    expect(state.status).toBe('paused');
    expect(started).toBeLessThan(10);
    expect(h.stateFile('intfan').status).toBe('paused');
  });

  test('items that start no process still let the event loop run (signals, state writes)', async () => {
    let loopTurned = false;
    let sawTurnAt = -1;
    let count = 0;
    const busy: StepType = {
      type: 'busy',
      validate: () => [],
      async execute() {
        if (count === 0) setImmediate(() => (loopTurned = true));
        count++;
        if (loopTurned && sawTurnAt < 0) sawTurnAt = count;
        // About 2 ms of work that never yields.
        const until = performance.now() + 2;
        while (performance.now() < until);
        return { status: StepStatus.Completed, output: {} };
      }
    };
    const h = harness([busy]);
    const items = Array.from({ length: 60 }, (_, i) => i).join(', ');
    const state = await h.run(fanOutYaml(`{{ [${items}] }}`, 4, 'busy'));
    expect(state.status).toBe('completed');
    expect(sawTurnAt).toBeGreaterThan(0);
    expect(sawTurnAt).toBeLessThan(60);
  });
});

describe('resume after a halt inside a fan-out', () => {
  test('re-runs only the items without a completed record, reusing the others in order', async () => {
    const h = harness();
    const counter = path.join(h.project, 'runs.log');
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b', 'c', 'd'] }}"
    max_concurrency: 2
    step:
      id: job
      type: shell
      run: "echo {{ item }} >> runs.log; if [ {{ item }} = c ] && [ ! -f fixed ]; then exit 3; fi; echo done-{{ item }}"
  - id: after
    type: shell
    run: "echo after"
`;
    const first = await h.run(yaml, {}, 'again');
    expect(first.status).toBe('failed');
    const firstRuns = fs.readFileSync(counter, 'utf8').trim().split('\n');
    expect(firstRuns).toEqual(expect.arrayContaining(['a', 'b', 'c']));

    fs.writeFileSync(path.join(h.project, 'fixed'), '');
    fs.writeFileSync(counter, '');
    const resumed = await h.resume('again');
    expect(resumed.status).toBe('completed');
    const rerun = fs.readFileSync(counter, 'utf8').trim().split('\n').sort();
    // a and b completed before: reused. c failed: re-run. d re-runs unless it had completed.
    expect(rerun).not.toContain('a');
    expect(rerun).not.toContain('b');
    expect(rerun).toContain('c');
    const results = (resumed.stepResults.fan.output as { results: { stdout: string }[] }).results;
    expect(results.map((r) => r.stdout)).toEqual(['done-a\n', 'done-b\n', 'done-c\n', 'done-d\n']);
  });

  test('new inputs on resume run every item again, as the reference does', async () => {
    const h = harness();
    const yaml = `${header()}inputs:
  second: { type: string, default: b }
steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', inputs.second, 'c'] }}"
    max_concurrency: 1
    step:
      id: job
      type: shell
      run: "echo {{ item }} >> runs.log; [ {{ item }} != c ] || [ -f fixed ]"
`;
    expect((await h.run(yaml, {}, 'changed')).status).toBe('failed');
    fs.writeFileSync(path.join(h.project, 'runs.log'), '');
    fs.writeFileSync(path.join(h.project, 'fixed'), '');
    const resumed = await h.resume('changed', { second: 'B2' });
    expect(resumed.status).toBe('completed');
    const rerun = fs.readFileSync(path.join(h.project, 'runs.log'), 'utf8').trim().split('\n');
    // `a` is unchanged, but it ran with other inputs: what it gave may depend on them.
    expect(rerun).toEqual(['a', 'B2', 'c']);
  });
});
