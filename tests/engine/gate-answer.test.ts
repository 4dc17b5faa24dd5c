/**
 * A resume's `answer` to the gate the run waits at (specflow's addition), and the strict mode
 * (`answeredGatesOnly`) in which only such an answer, or a prompt, passes a gate.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkflowError } from '../../src/engine/types.js';
import { harness, header, type Harness } from '../support/engine-harness.js';

/** A gate without verdict_input, then a step that says what the gate chose. */
function plainGate(onReject: 'abort' | 'retry' | 'skip'): string {
  return `${header()}steps:
  - id: review
    type: gate
    message: ok?
    options: [approve, reject]
    on_reject: ${onReject}
  - id: after
    type: shell
    run: "echo after {{ steps.review.output.choice }}"
`;
}

const verdictGate = `${header()}inputs:
  decision: { type: string, default: "" }
steps:
  - id: review
    type: gate
    message: ok?
    options: [approve, reject]
    verdict_input: decision
  - id: after
    type: shell
    run: "echo after {{ steps.review.output.choice }}"
`;

/** Two gates reading the same verdict input. */
const sharedVerdict = `${header()}inputs:
  decision: { type: string, default: "" }
steps:
  - id: first
    type: gate
    message: first?
    options: [approve, reject]
    verdict_input: decision
  - id: second
    type: gate
    message: second?
    options: [approve, reject]
    verdict_input: decision
  - id: after
    type: shell
    run: "echo after"
`;

function answer(h: Harness, runId: string, value: string, inputs: Record<string, unknown> = {}) {
  return h.engine.resume(runId, inputs, { answer: value });
}

/** The bytes of a run's files, to show a refused resume left them alone. */
function runFiles(h: Harness, runId: string): Record<string, string> {
  const dir = path.join(h.project, '.specify', 'workflows', 'runs', runId);
  const files: Record<string, string> = {};
  for (const name of ['state.json', 'inputs.json', 'log.jsonl']) {
    files[name] = fs.readFileSync(path.join(dir, name), 'utf8');
  }
  return files;
}

const answeredEvents = (h: Harness, runId: string) =>
  h.logLines(runId).filter((line) => line.event === 'gate_answered');

describe('answering a gate without verdict_input', () => {
  test('the answer completes the gate, and is logged', async () => {
    const h = harness();
    expect((await h.run(plainGate('abort'), {}, 'a1')).status).toBe('paused');
    const done = await answer(h, 'a1', 'approve');
    expect(done.status).toBe('completed');
    expect(done.stepResults.review.output.choice).toBe('approve');
    expect(done.stepResults.after.output.stdout).toBe('after approve\n');
    expect(done.inputs).toEqual({});
    expect(answeredEvents(h, 'a1')).toEqual([
      expect.objectContaining({
        event: 'gate_answered',
        step_id: 'review',
        answer: 'approve',
        verdict_input: null
      })
    ]);
  });

  test('a reject under on_reject abort aborts the run', async () => {
    const h = harness();
    await h.run(plainGate('abort'), {}, 'a2');
    const done = await answer(h, 'a2', 'reject');
    expect(done.status).toBe('aborted');
    expect(done.failedStepId).toBe('review');
    expect(done.stepResults.review.output).toMatchObject({ choice: 'reject', aborted: true });
    expect(done.stepResults.after).toBeUndefined();
  });

  test('a reject under on_reject skip carries on', async () => {
    const h = harness();
    await h.run(plainGate('skip'), {}, 'a3');
    const done = await answer(h, 'a3', 'reject');
    expect(done.status).toBe('completed');
    expect(done.stepResults.after.output.stdout).toBe('after reject\n');
  });

  test('a reject under on_reject retry pauses again, and the answer is not used twice', async () => {
    const h = harness();
    await h.run(plainGate('retry'), {}, 'a4');
    const again = await answer(h, 'a4', 'reject');
    expect(again.status).toBe('paused');
    expect(again.currentStepId).toBe('review');
    expect(again.stepResults.review).toMatchObject({ status: 'paused' });
    expect(again.stepResults.review.output.choice).toBe('reject');
    // A resume without an answer asks again: nobody is here, so it pauses with no choice.
    const unanswered = await h.resume('a4');
    expect(unanswered.status).toBe('paused');
    expect(unanswered.stepResults.review.output.choice).toBeNull();
    expect((await answer(h, 'a4', 'approve')).status).toBe('completed');
  });

  test('a later gate does not get the answer', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: one
    type: gate
    message: one?
  - id: two
    type: gate
    message: two?
`;
    await h.run(yaml, {}, 'a5');
    const next = await answer(h, 'a5', 'approve');
    expect(next.status).toBe('paused');
    expect(next.currentStepId).toBe('two');
    expect(next.stepResults.one.output.choice).toBe('approve');
    expect(next.stepResults.two.output.choice).toBeNull();
  });

  test('a gate in a fan-out item is answered under its item id', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['x'] }}"
    step:
      id: check
      type: gate
      message: "ok {{ item }}?"
`;
    const paused = await h.run(yaml, {}, 'a6');
    expect(paused.status).toBe('paused');
    expect(paused.currentStepId).toBe('fan:check:0');
    const done = await answer(h, 'a6', 'approve');
    expect(done.status).toBe('completed');
    expect(done.stepResults['fan:check:0'].output.choice).toBe('approve');
  });
});

describe('answers that are refused, leaving the run as it was', () => {
  test('an answer that is not exactly one of the options', async () => {
    const h = harness();
    await h.run(plainGate('abort'), {}, 'r1');
    const before = runFiles(h, 'r1');
    for (const wrong of ['Approve', 'ok', '']) {
      await expect(answer(h, 'r1', wrong)).rejects.toThrow(WorkflowError);
    }
    await expect(answer(h, 'r1', 'Approve')).rejects.toThrow(
      '"Approve" is not an option of gate review: answer one of "approve", "reject" (case matters)'
    );
    expect(runFiles(h, 'r1')).toEqual(before);
    expect((await answer(h, 'r1', 'approve')).status).toBe('completed');
  });

  test('a run that is not paused at a gate', async () => {
    const h = harness();
    const yaml = `${header()}steps:\n  - id: broken\n    type: shell\n    run: "exit 3"\n`;
    expect((await h.run(yaml, {}, 'r2')).status).toBe('failed');
    const before = runFiles(h, 'r2');
    await expect(answer(h, 'r2', 'approve')).rejects.toThrow(
      'run r2 is not paused at a gate (it is failed at step broken), so there is no gate to answer'
    );
    expect(runFiles(h, 'r2')).toEqual(before);
  });

  test('a run interrupted at a step, not paused by a gate', async () => {
    const h = harness();
    await h.run(plainGate('abort'), {}, 'r4');
    // As an interrupt leaves it: paused at the step, with no gate record waiting there.
    const file = path.join(h.project, '.specify', 'workflows', 'runs', 'r4', 'state.json');
    const state = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete state.step_results.review;
    fs.writeFileSync(file, JSON.stringify(state));
    const before = runFiles(h, 'r4');
    await expect(answer(h, 'r4', 'approve')).rejects.toThrow(
      'run r4 is paused at step review, but not by a gate waiting for an answer (it was interrupted): resume it without an answer'
    );
    expect(runFiles(h, 'r4')).toEqual(before);
  });

  test('an input giving the verdict input another value', async () => {
    const h = harness();
    await h.run(verdictGate, {}, 'r3');
    const before = runFiles(h, 'r3');
    await expect(answer(h, 'r3', 'approve', { decision: 'reject' })).rejects.toThrow(
      'gate review reads its verdict from input "decision", which is given as "reject" beside the answer "approve": give one of them'
    );
    expect(runFiles(h, 'r3')).toEqual(before);
    // The same value twice is no conflict.
    expect((await answer(h, 'r3', 'approve', { decision: 'approve' })).status).toBe('completed');
  });
});

describe('answering a gate with verdict_input', () => {
  test('the answer is set as its input, which the gate reads', async () => {
    const h = harness();
    await h.run(verdictGate, {}, 'v1');
    const done = await answer(h, 'v1', 'approve');
    expect(done.status).toBe('completed');
    expect(done.inputs).toEqual({ decision: 'approve' });
    expect(done.stepResults.after.output.stdout).toBe('after approve\n');
    expect(answeredEvents(h, 'v1')).toEqual([
      expect.objectContaining({ step_id: 'review', answer: 'approve', verdict_input: 'decision' })
    ]);
  });

  test('without strict mode an input left by an earlier gate passes a later one, as in spec-kit', async () => {
    const h = harness();
    await h.run(sharedVerdict, {}, 'v2');
    const done = await answer(h, 'v2', 'approve');
    expect(done.status).toBe('completed');
    expect(done.stepResults.second.output.choice).toBe('approve');
  });
});

describe('strict mode: answeredGatesOnly', () => {
  const strict = () => harness([], { answeredGatesOnly: true });

  test('a verdict input given at the start does not pass the gate', async () => {
    const h = strict();
    const paused = await h.run(verdictGate, { decision: 'approve' }, 's1');
    expect(paused.status).toBe('paused');
    expect(paused.currentStepId).toBe('review');
    expect(paused.stepResults.review.output.choice).toBeNull();
    // Nor does one given on resume without an answer.
    const still = await h.resume('s1', { decision: 'approve' });
    expect(still.status).toBe('paused');
    const done = await answer(h, 's1', 'approve');
    expect(done.status).toBe('completed');
    expect(done.inputs).toEqual({ decision: 'approve' });
  });

  test('a second gate sharing the verdict input pauses, and an answer passes it', async () => {
    const h = strict();
    await h.run(sharedVerdict, {}, 's2');
    const second = await answer(h, 's2', 'approve');
    expect(second.status).toBe('paused');
    expect(second.currentStepId).toBe('second');
    expect(second.inputs).toEqual({ decision: 'approve' });
    expect(second.stepResults.first.output.choice).toBe('approve');
    expect(second.stepResults.second.output.choice).toBeNull();
    const done = await answer(h, 's2', 'approve');
    expect(done.status).toBe('completed');
    expect(done.stepResults.second.output.choice).toBe('approve');
  });

  test('a retried reject clears the verdict input, as a verdict read from it would', async () => {
    const h = strict();
    const yaml = verdictGate.replace(
      'verdict_input: decision',
      'verdict_input: decision\n    on_reject: retry'
    );
    await h.run(yaml, {}, 's3');
    const again = await answer(h, 's3', 'reject');
    expect(again.status).toBe('paused');
    expect(again.inputs).toEqual({ decision: '' });
    expect((await answer(h, 's3', 'approve')).status).toBe('completed');
  });

  test('a gate without verdict_input is answered the same way', async () => {
    const h = strict();
    await h.run(plainGate('abort'), {}, 's4');
    expect((await h.resume('s4')).status).toBe('paused');
    expect((await answer(h, 's4', 'approve')).status).toBe('completed');
  });

  test('a prompt still answers a gate', async () => {
    const h = harness([], { answeredGatesOnly: true, prompt: async () => 'approve' });
    const done = await h.run(verdictGate, { decision: 'reject' }, 's5');
    expect(done.status).toBe('completed');
    expect(done.stepResults.review.output.choice).toBe('approve');
  });
});
