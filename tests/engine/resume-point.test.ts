/**
 * A saved state whose resume point disagrees with its workflow (written by
 * hand, or carried in by a cache entry) is refused as damaged before any
 * step runs: it must never skip a step or a gate. Work is counted with shell
 * steps appending to `runs.log`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { harness, header, type Harness } from '../support/engine-harness.js';

const gated = `${header()}inputs:
  verdict: { type: string, default: "" }
steps:
  - id: draft
    type: shell
    run: "echo draft >> runs.log"
  - id: review
    type: gate
    message: "Ship it?"
    options: [approve, reject]
    on_reject: retry
    verdict_input: verdict
  - id: ship
    type: shell
    run: "echo ship >> runs.log"
`;

function runs(h: Harness): string[] {
  const file = path.join(h.project, 'runs.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : [];
}

function runFile(h: Harness, runId: string, name: string): string {
  return path.join(h.project, '.specify', 'workflows', 'runs', runId, name);
}

/** Pause `gated` at its gate, then change what the state file says. */
async function pausedThen(
  change: (state: Record<string, unknown>) => void,
  runId = 'r1'
): Promise<{ h: Harness; file: string; text: string }> {
  const h = harness();
  expect((await h.run(gated, {}, runId)).status).toBe('paused');
  fs.rmSync(path.join(h.project, 'runs.log'));
  const file = runFile(h, runId, 'state.json');
  const state = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(state);
  const text = JSON.stringify(state, null, 2);
  fs.writeFileSync(file, text);
  return { h, file, text };
}

async function refused(h: Harness, runId: string, file: string, text: string): Promise<string> {
  let message = '';
  try {
    await h.resume(runId, { verdict: 'approve' });
  } catch (err) {
    message = (err as Error).message;
  }
  expect(message).toContain(`corrupt run state ${file}: `);
  expect(runs(h)).toEqual([]);
  expect(fs.readFileSync(file, 'utf8')).toBe(text);
  return message;
}

describe('a resume point that the workflow does not have', () => {
  test('current_step_index past the end is refused, not reported completed', async () => {
    for (const index of [3, 1000]) {
      const { h, file, text } = await pausedThen((s) => (s.current_step_index = index));
      expect(await refused(h, 'r1', file, text)).toMatch(
        new RegExp(`'current_step_index' is ${index}, past the last of the workflow's 3 steps`)
      );
    }
  });

  test.each([-1, 1.5, '1', null, true])('current_step_index %j is refused', async (index) => {
    const { h, file, text } = await pausedThen((s) => (s.current_step_index = index));
    // null reads as the default (0), which is the run's first step: a real place to resume.
    if (index === null) {
      await expect(h.resume('r1')).rejects.toThrow(/'current_step_id' "review" is not step 0/);
      return;
    }
    expect(await refused(h, 'r1', file, text)).toMatch(/'current_step_index' must be/);
  });

  test('an index moved past the gate while the current step is still the gate', async () => {
    const { h, file, text } = await pausedThen((s) => (s.current_step_index = 2));
    expect(await refused(h, 'r1', file, text)).toMatch(
      /'current_step_id' "review" is not step 2 \("ship"\) nor a step inside it/
    );
  });

  test('index and id moved past the gate, the gate record still paused or gone', async () => {
    const moved = (s: Record<string, unknown>): void => {
      s.current_step_index = 2;
      s.current_step_id = 'ship';
    };
    const paused = await pausedThen(moved);
    expect(await refused(paused.h, 'r1', paused.file, paused.text)).toMatch(
      /gate "review" comes before the resume point but is "paused"/
    );
    const gone = await pausedThen((s) => {
      moved(s);
      delete (s.step_results as Record<string, unknown>).review;
    });
    expect(await refused(gone.h, 'r1', gone.file, gone.text)).toMatch(
      /gate "review" comes before the resume point but never ran/
    );
  });

  test('a null current step beyond the first step is refused', async () => {
    const { h, file, text } = await pausedThen((s) => (s.current_step_id = null));
    expect(await refused(h, 'r1', file, text)).toMatch(/'current_step_id' is null/);
  });

  test('a paused gate whose saved verdict input would pass it', async () => {
    const h = harness();
    expect((await h.run(gated, {}, 'v1')).status).toBe('paused');
    fs.rmSync(path.join(h.project, 'runs.log'));
    const file = runFile(h, 'v1', 'inputs.json');
    fs.writeFileSync(file, JSON.stringify({ inputs: { verdict: 'APPROVE' } }));
    // Without the check, a resume with no verdict would pass the gate on the saved one.
    await expect(h.resume('v1')).rejects.toThrow(
      /corrupt run state .*state\.json: gate "review" is paused, but its verdict input "verdict" is saved as "APPROVE", which would pass it/
    );
    expect(runs(h)).toEqual([]);
  });

  test('under answeredGatesOnly a saved verdict passes nothing, so it is not refused', async () => {
    const h = harness([], { answeredGatesOnly: true });
    expect((await h.run(gated, {}, 'v2')).status).toBe('paused');
    fs.writeFileSync(
      runFile(h, 'v2', 'inputs.json'),
      JSON.stringify({ inputs: { verdict: 'APPROVE' } })
    );
    const again = await h.resume('v2');
    expect([again.status, again.currentStepId]).toEqual(['paused', 'review']);
    expect(runs(h)).toEqual(['draft']);
  });
});

describe('what spec-kit and specflow write still resumes', () => {
  test('a rejection saved at a retry gate (the reference keeps it) pauses again; an approval ships', async () => {
    const h = harness();
    expect((await h.run(gated, {}, 'ok1')).status).toBe('paused');
    fs.writeFileSync(
      runFile(h, 'ok1', 'inputs.json'),
      JSON.stringify({ inputs: { verdict: 'reject' } })
    );
    const again = await h.resume('ok1');
    expect([again.status, again.currentStepId]).toEqual(['paused', 'review']);
    const done = await h.resume('ok1', { verdict: 'approve' });
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['draft', 'ship']);
  });

  test('a run paused inside a fan-out item, a loop and a branch resumes at its top-level step', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: first
    type: shell
    run: "echo first >> runs.log"
  - id: fan
    type: fan-out
    items: "{{ ['a'] }}"
    step:
      id: job
      type: if
      condition: "{{ true }}"
      then:
        - id: loop
          type: while
          condition: "{{ true }}"
          max_iterations: 2
          steps:
            - id: ask
              type: gate
              message: "ok {{ item }}?"
`;
    const first = await h.run(yaml, {}, 'nest');
    expect(first.status).toBe('paused');
    expect(first.currentStepIndex).toBe(1);
    const again = await h.resume('nest');
    expect([again.status, again.currentStepId]).toEqual(['paused', first.currentStepId]);
    expect(runs(h)).toEqual(['first']);
  });
});
