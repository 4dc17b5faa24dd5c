/**
 * What a paused run waits for and since when, from runs of the real engine: a gate, an
 * interruption, a distributed fan-out, and a run that waits for nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRunRecord } from '../../src/engine/run-record.js';
import { RunState } from '../../src/engine/run-state.js';
import { InterruptedError, type StepType } from '../../src/engine/types.js';
import { waitedDays, waitingView, type WaitingView } from '../../src/engine/waiting.js';
import { deferred, harness, header } from '../support/engine-harness.js';

const GATE = `${header()}inputs:
  who:
    type: string
    default: "the team"
steps:
  - id: draft
    type: shell
    run: "echo drafted"
  - id: review
    type: gate
    message: "Approve the draft for {{ inputs.who }}?"
    options: [approve, reject]
`;

/** The pause events in a run's log, as the engine wrote them. */
function pauseTimes(logLines: Record<string, unknown>[]): unknown[] {
  return logLines
    .filter((l) => l.event === 'workflow_finished' && l.status === 'paused')
    .map((l) => l.timestamp);
}

describe('what a run waits for', () => {
  test('a run paused at a gate waits at it, with its rendered message, since it paused', async () => {
    const h = harness([], { prompt: null });
    await h.run(GATE, { who: 'Ada' }, 'g1');
    const view = waitingView(loadRunRecord(h.project, 'g1'));
    expect(view).toEqual<WaitingView>({
      run_id: 'g1',
      workflow_id: 'sample',
      workflow_name: 'Sample',
      status: 'paused',
      current_step_id: 'review',
      reason: 'gate',
      gate: 'review',
      message: 'Approve the draft for Ada?',
      options: ['approve', 'reject'],
      distribution: null,
      waiting_since: pauseTimes(h.logLines('g1'))[0] as string,
      updated_at: h.stateFile('g1').updated_at as string
    });
    // The state's own timestamp format.
    expect(view.waiting_since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
  });

  test('an answer that does not pass the gate leaves the time it started waiting', async () => {
    const h = harness([], { prompt: null });
    await h.run(GATE, {}, 'g2');
    const before = waitingView(loadRunRecord(h.project, 'g2'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    // As the Action keeps an answer that did not pass: logged, and the run saved again.
    const state = RunState.load('g2', h.project);
    state.logNow({ event: 'answer', actor: 'someone', option: 'approve', gate: 'review' });
    state.flush();
    const after = waitingView(loadRunRecord(h.project, 'g2'));
    expect(after.updated_at).not.toBe(before.updated_at);
    expect(after.waiting_since).toBe(before.waiting_since);
    expect(after.reason).toBe('gate');
  });

  test('a gate paused again by a resume waits from its new pause', async () => {
    const h = harness([], { prompt: null });
    await h.run(GATE, {}, 'g3');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await h.resume('g3');
    const times = pauseTimes(h.logLines('g3'));
    expect(times).toHaveLength(2);
    expect(waitingView(loadRunRecord(h.project, 'g3')).waiting_since).toBe(times[1]);
  });

  test('an interrupted run waits for a resume, since it was interrupted', async () => {
    const controller = new AbortController();
    const started = deferred();
    const slow: StepType = {
      type: 'slow',
      validate: () => [],
      async execute(_config, context) {
        started.resolve();
        await new Promise((resolve) =>
          context.signal.addEventListener('abort', resolve, { once: true })
        );
        throw new InterruptedError();
      }
    };
    const h = harness([slow], { signal: controller.signal });
    const running = h.run(`${header()}steps:\n  - id: long\n    type: slow\n`, {}, 'i1');
    await started.promise;
    controller.abort();
    expect((await running).status).toBe('paused');
    const interrupted = h.logLines('i1').find((l) => l.event === 'workflow_interrupted');
    expect(waitingView(loadRunRecord(h.project, 'i1'))).toMatchObject({
      status: 'paused',
      current_step_id: 'long',
      reason: 'interrupted',
      gate: null,
      message: null,
      waiting_since: interrupted?.timestamp
    });
  });

  test('a distributed pause waits for its gather, not a gate', async () => {
    const h = harness([], { distribute: (id) => id === 'work' });
    const yaml = `${header('spread')}steps:
  - id: work
    type: fan-out
    items: ["a", "b", "c"]
    step:
      id: one
      type: shell
      run: "echo {{ item }}"
`;
    await h.run(yaml, {}, 'd1');
    expect(waitingView(loadRunRecord(h.project, 'd1'))).toMatchObject({
      reason: 'distributed',
      gate: null,
      message: null,
      options: null,
      distribution: { step_id: 'work', shards: 3, items: 3 },
      waiting_since: pauseTimes(h.logLines('d1'))[0]
    });
  });

  test('a completed run waits for nothing', async () => {
    const h = harness();
    await h.run(`${header()}steps:\n  - id: ok\n    type: shell\n    run: "true"\n`, {}, 'c1');
    const view = waitingView(loadRunRecord(h.project, 'c1'));
    expect(view).toMatchObject({ status: 'completed', reason: null, gate: null, message: null });
    expect(view.waiting_since).toBeNull();
    expect(waitedDays(view, new Date())).toBeNull();
  });

  test('without a log saying when it paused, it waits since the state was saved', async () => {
    const h = harness([], { prompt: null });
    await h.run(GATE, {}, 'g4');
    fs.rmSync(path.join(h.project, '.specify/workflows/runs/g4/log.jsonl'));
    const view = waitingView(loadRunRecord(h.project, 'g4'));
    expect(view.waiting_since).toBe(h.stateFile('g4').updated_at);
  });
});

describe('how long a run has waited', () => {
  const view = (since: string | null): WaitingView =>
    ({ waiting_since: since }) as unknown as WaitingView;

  test('in days, from the state timestamp format', () => {
    const now = new Date('2024-03-04T12:00:00Z');
    expect(waitedDays(view('2024-03-01T12:00:00.000000+00:00'), now)).toBe(3);
    expect(waitedDays(view('2024-03-04T00:00:00.000000+00:00'), now)).toBe(0.5);
  });

  test('never negative, and null for a time that does not read', () => {
    const now = new Date('2024-03-04T12:00:00Z');
    expect(waitedDays(view('2024-03-05T12:00:00.000000+00:00'), now)).toBe(0);
    expect(waitedDays(view('yesterday'), now)).toBeNull();
    expect(waitedDays(view(null), now)).toBeNull();
  });
});
