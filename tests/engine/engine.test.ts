/**
 * Sequential execution, halts, loops, resume and interruption through the
 * real engine, checked against what spec-kit's engine records.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StepStatus, WorkflowError, type StepType } from '../../src/engine/types.js';
import { deferred, harness, header } from '../support/engine-harness.js';

describe('sequential execution', () => {
  test('outputs flow between steps; current step id and index follow the top level', async () => {
    const h = harness();
    const state = await h.run(`${header()}steps:
  - id: make
    type: shell
    run: "printf '{\\"n\\": 3}'"
    output_format: json
  - id: branch
    type: if
    condition: "{{ steps.make.output.data.n > 2 }}"
    then:
      - id: big
        type: shell
        run: "echo big {{ steps.make.output.data.n }}"
`);
    expect(state.status).toBe('completed');
    expect(state.stepResults.big.output.stdout).toBe('big 3\n');
    expect(state.stepResults.branch.output).toEqual({ condition_result: true });
    expect(state.currentStepId).toBe('big');
    expect(state.currentStepIndex).toBe(1);
  });

  test('the record carries the reference fields', async () => {
    const h = harness();
    const state = await h.run(`${header()}steps:
  - id: a
    type: shell
    run: "true"
`);
    expect(state.stepResults.a).toEqual({
      type: 'shell',
      integration: null,
      model: null,
      options: {},
      input: {},
      output: { exit_code: 0, stdout: '', stderr: '' },
      status: 'completed',
      error: null
    });
  });

  test('a failure halts the run; later steps never run', async () => {
    const h = harness();
    const state = await h.run(`${header()}steps:
  - id: bad
    type: shell
    run: "echo oops >&2; exit 4"
  - id: never
    type: shell
    run: "touch never"
`);
    expect(state.status).toBe('failed');
    expect(state.error).toMatch(/4/);
    expect(state.stepResults.never).toBeUndefined();
    expect(fs.existsSync(path.join(h.project, 'never'))).toBe(false);
  });

  test('continue_on_error: true routes around a failure', async () => {
    const h = harness();
    const state = await h.run(`${header()}steps:
  - id: lint
    type: shell
    run: "exit 1"
    continue_on_error: true
  - id: next
    type: shell
    run: "echo {{ steps.lint.status }}"
`);
    expect(state.status).toBe('completed');
    expect(state.stepResults.next.output.stdout).toBe('failed\n');
    expect(h.logLines(state.runId).some((l) => l.event === 'step_continue_on_error')).toBe(true);
  });

  test('a gate rejection with on_reject: abort is never overridden by continue_on_error', async () => {
    const h = harness();
    const state = await h.run(
      `${header()}inputs:
  verdict: { type: string, default: reject }
steps:
  - id: review
    type: gate
    message: ok?
    options: [approve, reject]
    verdict_input: verdict
    continue_on_error: true
  - id: after
    type: shell
    run: "echo after"
`
    );
    expect(state.status).toBe('aborted');
    expect(state.stepResults.after).toBeUndefined();
    expect(state.error).toMatch(/review/);
  });

  test('an unknown step type fails the run without a record', async () => {
    const h = harness();
    const def = h.definition(`${header()}steps:
  - id: odd
    type: teleport
`);
    const state = await h.engine.execute(def);
    expect(state.status).toBe('failed');
    expect(state.error).toMatch(/teleport/);
    expect(state.stepResults.odd).toBeUndefined();
  });

  test('an expression error fails the run and propagates', async () => {
    const h = harness();
    const def = h.definition(`${header()}steps:
  - id: x
    type: shell
    run: "echo {{ inputs.a | nosuchfilter }}"
`);
    await expect(h.engine.execute(def, {}, 'experr')).rejects.toThrow(/nosuchfilter/);
    const file = h.stateFile('experr');
    expect(file.status).toBe('failed');
    expect(String(file.error)).toMatch(/nosuchfilter/);
  });

  test('starting a run with the id of an existing run is refused, leaving it intact', async () => {
    const h = harness();
    const yaml = `${header()}steps:\n  - id: a\n    type: shell\n    run: "true"\n`;
    await h.run(yaml, {}, 'taken');
    const before = fs.readFileSync(
      path.join(h.project, '.specify/workflows/runs/taken/state.json'),
      'utf8'
    );
    await expect(h.run(yaml, {}, 'taken')).rejects.toThrow(/already exists/);
    expect(
      fs.readFileSync(path.join(h.project, '.specify/workflows/runs/taken/state.json'), 'utf8')
    ).toBe(before);
  });

  test('SPECKIT_WORKFLOW_RUN_ID names the run', async () => {
    const h = harness([], { env: { ...process.env, SPECKIT_WORKFLOW_RUN_ID: ' from-env ' } });
    const state = await h.run(`${header()}steps:\n  - id: a\n    type: shell\n    run: "true"\n`);
    expect(state.runId).toBe('from-env');
  });
});

describe('loops', () => {
  test('while: iterations are namespaced and aliased back to the plain id', async () => {
    const h = harness();
    const state = await h.run(`${header()}steps:
  - id: loop
    type: while
    condition: "{{ steps.count.output.stdout != '3' }}"
    max_iterations: 5
    steps:
      - id: count
        type: shell
        run: "echo x >> n; printf %s $(wc -l < n)"
`);
    expect(state.status).toBe('completed');
    expect(Object.keys(state.stepResults).sort()).toEqual([
      'count',
      'loop',
      'loop:count:1',
      'loop:count:2'
    ]);
    expect(state.stepResults.count.output.stdout).toBe('3');
    expect(state.stepResults['loop:count:1'].output.stdout).toBe('2');
  });

  test('do-while runs once even when the condition is false; max_iterations caps the loop', async () => {
    const h = harness();
    const once = await h.run(`${header()}steps:
  - id: loop
    type: do-while
    condition: "{{ false }}"
    steps:
      - id: body
        type: shell
        run: "echo once"
`);
    expect(Object.keys(once.stepResults).sort()).toEqual(['body', 'loop']);

    const capped = await harness().run(`${header()}steps:
  - id: loop
    type: do-while
    condition: "{{ true }}"
    max_iterations: 3
    steps:
      - id: body
        type: shell
        run: "echo again"
`);
    expect(Object.keys(capped.stepResults).sort()).toEqual([
      'body',
      'loop',
      'loop:body:1',
      'loop:body:2'
    ]);
  });
});

describe('resume', () => {
  const gated = `${header()}inputs:
  decision: { type: string, default: "" }
steps:
  - id: draft
    type: shell
    run: "echo draft >> drafts"
  - id: review
    type: gate
    message: "Approve?"
    options: [approve, reject]
    verdict_input: decision
  - id: publish
    type: shell
    run: "echo published after {{ steps.review.output.choice }}"
`;

  test('a paused gate resumes with a verdict, from the gate, without re-running earlier steps', async () => {
    const h = harness();
    const paused = await h.run(gated, {}, 'g1');
    expect(paused.status).toBe('paused');
    expect(paused.currentStepId).toBe('review');
    expect(paused.currentStepIndex).toBe(1);
    const done = await h.resume('g1', { decision: 'APPROVE' });
    expect(done.status).toBe('completed');
    expect(done.stepResults.publish.output.stdout).toBe('published after approve\n');
    expect(fs.readFileSync(path.join(h.project, 'drafts'), 'utf8')).toBe('draft\n');
    expect(done.inputs).toEqual({ decision: 'APPROVE' });
  });

  test('resume uses the definition saved with the run, even if the source file is gone', async () => {
    const h = harness();
    await h.run(gated, {}, 'g2');
    fs.rmSync(path.join(h.project, 'workflow.yml'));
    expect((await h.resume('g2', { decision: 'approve' })).status).toBe('completed');
  });

  test('only paused or failed runs resume', async () => {
    const h = harness();
    await h.run(`${header()}steps:\n  - id: a\n    type: shell\n    run: "true"\n`, {}, 'done');
    await expect(h.resume('done')).rejects.toThrow(/completed/);
    await expect(h.resume('missing')).rejects.toThrow(WorkflowError);
  });

  test('new inputs are merged and validated again', async () => {
    const h = harness();
    const yaml = `${header()}inputs:
  n: { type: number, default: 1 }
  label: { type: string, default: keep }
steps:
  - id: check
    type: shell
    run: "[ {{ inputs.n }} -gt 1 ] && echo {{ inputs.label }}"
`;
    expect((await h.run(yaml, {}, 'merge')).status).toBe('failed');
    await expect(h.resume('merge', { n: 'many' })).rejects.toThrow(/n/);
    const done = await h.resume('merge', { n: '5' });
    expect(done.status).toBe('completed');
    expect(done.inputs).toEqual({ n: 5, label: 'keep' });
    expect(done.stepResults.check.output.stdout).toBe('keep\n');
  });

  test('a failed run resumes from the failed step once the cause is fixed', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: first
    type: shell
    run: "echo 1 >> order"
  - id: needs-file
    type: shell
    run: "test -f ready && echo 2 >> order"
`;
    expect((await h.run(yaml, {}, 'fix')).status).toBe('failed');
    fs.writeFileSync(path.join(h.project, 'ready'), '');
    const done = await h.resume('fix');
    expect(done.status).toBe('completed');
    expect(done.error).toBeNull();
    expect(fs.readFileSync(path.join(h.project, 'order'), 'utf8')).toBe('1\n2\n');
  });
});

describe('interruption', () => {
  test('aborting the signal stops the step, saves a paused run, and resume finishes it', async () => {
    const controller = new AbortController();
    const started = deferred();
    const slow: StepType = {
      type: 'slow',
      validate: () => [],
      async execute(_c, context) {
        started.resolve();
        await new Promise((resolve) =>
          context.signal.addEventListener('abort', resolve, { once: true })
        );
        const { InterruptedError } = await import('../../src/engine/types.js');
        throw new InterruptedError();
      }
    };
    const h = harness([slow], { signal: controller.signal });
    const yaml = `${header()}steps:
  - id: before
    type: shell
    run: "echo before"
  - id: long
    type: slow
  - id: after
    type: shell
    run: "echo after"
`;
    const running = h.run(yaml, {}, 'int');
    await started.promise;
    controller.abort();
    const state = await running;
    expect(state.status).toBe('paused');
    expect(state.currentStepId).toBe('long');
    const file = h.stateFile('int');
    expect(file.status).toBe('paused');
    expect(h.logLines('int').some((l) => l.event === 'workflow_interrupted')).toBe(true);

    // Resume in a fresh engine where the step completes.
    const quick: StepType = {
      type: 'slow',
      validate: () => [],
      execute: async () => ({ status: StepStatus.Completed, output: { ok: true } })
    };
    const h2 = harness([quick], { projectRoot: h.project });
    const done = await h2.resume('int');
    expect(done.status).toBe('completed');
    expect(done.stepResults.after.output.stdout).toBe('after\n');
  });

  test('a long loop of steps that start no process still gives signals a turn', async () => {
    const controller = new AbortController();
    const h = harness([], { signal: controller.signal });
    // The abort can only run if the loop yields to the event loop: without that, the loop holds
    // it for all its 50,000 passes (seconds) and the run ends completed, not paused.
    setTimeout(() => controller.abort(), 0);
    const state = await h.run(
      `${header()}steps:
  - id: spin
    type: while
    condition: "{{ true }}"
    max_iterations: 50000
    steps:
      - id: check
        type: if
        condition: "{{ true }}"
        then: []
`,
      {},
      'spin'
    );
    expect(state.status).toBe('paused');
  });

  test('a real shell step is killed on interrupt and the run is paused', async () => {
    const controller = new AbortController();
    const h = harness([], { signal: controller.signal });
    const marker = path.join(h.project, 'started');
    const running = h.run(
      `${header()}steps:
  - id: long
    type: shell
    run: "touch started; sleep 30"
`,
      {},
      'shellint'
    );
    while (!fs.existsSync(marker)) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const state = await running;
    expect(state.status).toBe('paused');
    expect(state.stepResults.long).toBeUndefined();
  });
});

describe('expressions nested too deeply', () => {
  const ors = Array.from({ length: 2000 }, () => 'false').join(' or ');

  test('fail the run, as the reference does, naming the step and its line', async () => {
    const h = harness();
    const run = h.run(
      `${header()}steps:
  - id: first
    type: shell
    run: "echo ok"
  - id: deep
    type: if
    condition: "{{ ${ors} }}"
    then: []
`,
      {},
      'deep1'
    );
    await expect(run).rejects.toThrow(
      /workflow\.yml:10:5: step deep: the expression "false or false .*" is nested deeper than 960 levels/
    );
    const state = h.stateFile('deep1') as { status: string; step_results: object };
    expect(state.status).toBe('failed');
    // The step never produced a result (the reference records none either).
    expect(Object.keys(state.step_results)).toEqual(['first']);
  });

  test('in a fan-out item, still naming the line of the template it copies', async () => {
    // Items (and loop passes) run copies of their step under new ids; a copy keeps its place in the file.
    const h = harness();
    const item = h.run(
      `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ [1] }}"
    step:
      id: deep
      type: if
      condition: "{{ ${ors} }}"
      then: []
`,
      {},
      'deep-item'
    );
    await expect(item).rejects.toThrow(/workflow\.yml:11:7: step fan:deep:0: the expression/);
  });

  test('in a loop condition too', async () => {
    const h = harness();
    const run = h.run(`${header()}steps:
  - id: loop
    type: while
    condition: "{{ steps.loop is none or ${ors} }}"
    max_iterations: 3
    steps:
      - id: body
        type: shell
        run: "echo again"
`);
    await expect(run).rejects.toThrow(
      /step loop: the expression .* is nested deeper than 960 levels/
    );
  });
});
