/**
 * The job summary, the outputs and the resume instructions, from runs of the real engine.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findDispatchInputs,
  readGithubContext,
  resumeInstructions,
  type GithubContext
} from '../../src/action/github-context.js';
import {
  actionOutputs,
  MAX_STEP_OUTPUTS_BYTES,
  outputBytes,
  stepOutputsJson
} from '../../src/action/outputs.js';
import {
  escapeHtml,
  MAX_ITEM_ROWS,
  MAX_SHOW_FILE_CHARS,
  MAX_SUMMARY_BYTES,
  STDERR_TAIL_LINES,
  gatherSummaryFacts,
  renderMermaid,
  renderSummary
} from '../../src/action/summary.js';
import { RunState } from '../../src/engine/run-state.js';
import { savedDefinition, type RunRecord } from '../../src/engine/run-record.js';
import { RunStatus, StepStatus, type StepType } from '../../src/engine/types.js';
import { harness, header, type Harness } from '../support/engine-harness.js';
import { handMadeFacts } from '../support/summary-facts.js';

/** A run as the Action reads it once it has stopped: its state and the definition it ran. */
const recordOf = (state: RunState): RunRecord => ({ state, definition: savedDefinition(state) });

const CALLER = `name: specflow
on:
  push: { branches: [main] }
  workflow_dispatch:
    inputs:
      resume-run: { description: "Paused run to resume", required: false }
      decision: { type: choice, options: ["", approve, reject], required: false }
jobs:
  sdd:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: org/specflow-action@v1
        with:
          workflow: workflow.yml
          run-id: \${{ inputs.resume-run }}
          inputs: |
            spec_verdict: \${{ inputs.decision }}
`;

function github(project: string, extra: Partial<GithubContext> = {}): GithubContext {
  return {
    workspace: project,
    actor: 'octocat',
    triggeringActor: 'octocat',
    runId: '4242',
    runAttempt: '1',
    repository: 'org/repo',
    serverUrl: 'https://github.com',
    eventName: 'push',
    refName: 'main',
    workflowPath: '.github/workflows/specflow.yml',
    workflowName: 'specflow',
    defaultBranch: 'main',
    ...extra
  };
}

const GATE_WORKFLOW =
  header('feature') +
  `inputs:
  spec_verdict: { type: string, default: "" }
steps:
  - id: specify
    type: shell
    run: mkdir -p specs/001 && printf '# Spec\\n\\033[31mred\\033[0m <b>bold</b>\\n' > specs/001/spec.md
  - id: review
    type: gate
    message: "Review <the> spec & approve"
    show_file: specs/001/spec.md
    options: [approve, reject]
    on_reject: abort
    verdict_input: spec_verdict
  - id: plan
    type: shell
    run: echo planned
`;

async function pausedAtGate(): Promise<{ h: Harness; state: RunState }> {
  const h = harness([], { prompt: null });
  mkdirSync(join(h.project, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(h.project, '.github', 'workflows', 'specflow.yml'), CALLER);
  const state = await h.run(GATE_WORKFLOW, {}, 'gate-run');
  expect(state.status).toBe('paused');
  return { h, state };
}

describe('paused at a gate', () => {
  test('message, file, options, and the exact resume command with the caller’s input names', async () => {
    const { h, state } = await pausedAtGate();
    const facts = await gatherSummaryFacts({ record: recordOf(state), github: github(h.project) });
    const text = renderSummary(facts);
    expect(text).toContain('Waiting at gate <code>review</code>');
    expect(text).toContain('<pre>Review &lt;the&gt; spec &amp; approve</pre>');
    // The file as the gate shows it: control characters stripped, HTML escaped.
    // Entities display as the characters; none of it can become markup, HTML or Markdown.
    expect(text).toContain('# Spec\n&#91;31mred&#91;0m &lt;b&gt;bold&lt;/b&gt;');
    expect(text).not.toContain('\x1b');
    expect(text).toContain('Options: <code>approve</code>, <code>reject</code>');
    expect(text).toContain(
      '```sh\ngh workflow run specflow.yml -f resume-run=gate-run -f decision=approve\n```'
    );
    expect(text).toContain('(or <code>-f decision=reject</code>)');
    expect(text).toContain('https://github.com/org/repo/actions/workflows/specflow.yml');
    expect(text).toMatch(/<td><code>specify<\/code><\/td><td>shell<\/td><td>✅ completed<\/td>/);
    expect(text).toMatch(/<td><code>review<\/code><\/td><td>gate<\/td><td>⏸️ paused<\/td>/);
    expect(text).toContain('s1["review<br/>gate"]:::paused');
    expect(text).toContain('s2["plan<br/>shell"]:::pending');
  });

  test('a save that failed: the gate as it stands, why it cannot be resumed, and no resume', async () => {
    const { h, state } = await pausedAtGate();
    const lost = await gatherSummaryFacts({
      record: recordOf(state),
      github: github(h.project, { eventName: 'pull_request' }),
      cache: {
        saved: false,
        detail: 'run gate-run could not be saved: <no service>',
        failure: '<no service>'
      }
    });
    const text = renderSummary(lost);
    expect(text).toContain('status **paused (not saved)**');
    expect(text).toContain('Waiting at gate <code>review</code>');
    expect(text).toContain('Options: <code>approve</code>, <code>reject</code>');
    expect(text).toContain(
      '> [!CAUTION]\n> **This run cannot be resumed from here**: its state could not be saved to the Actions cache (&lt;no service&gt;).'
    );
    for (const offer of [
      'gh workflow run',
      'To resume',
      'Run workflow',
      '-f decision',
      'pull request'
    ]) {
      expect(text).not.toContain(offer);
    }
    // Off on purpose (cache: false): as before.
    const off = renderSummary(
      await gatherSummaryFacts({
        record: recordOf(state),
        github: github(h.project),
        cache: { saved: false, detail: 'cache is false', failure: null }
      })
    );
    expect(off).toContain('status **paused**');
    expect(off).toContain('gh workflow run specflow.yml');
    expect(off).not.toContain('cannot be resumed');
  });

  test.each([
    [
      'feeds nothing into the verdict input',
      CALLER.replace(/ {12}spec_verdict: .*\n/, ''),
      'passes no dispatch input into <code>spec_verdict</code>'
    ],
    [
      'has no workflow_dispatch trigger',
      'name: specflow\non:\n  push: { branches: [main] }\njobs: {}\n',
      'has no `workflow_dispatch` trigger'
    ]
  ])('a caller that %s gets what to change, not a command', async (_what, caller, why) => {
    const { h, state } = await pausedAtGate();
    writeFileSync(join(h.project, '.github', 'workflows', 'specflow.yml'), caller);
    const text = renderSummary(
      await gatherSummaryFacts({ record: recordOf(state), github: github(h.project) })
    );
    expect(text).toContain(why);
    expect(text).not.toContain('gh workflow run');
    expect(text).not.toContain('Run workflow');
  });

  test('on another branch the command names it; a pull request gets a warning', async () => {
    const { h, state } = await pausedAtGate();
    const facts = await gatherSummaryFacts({
      record: recordOf(state),
      github: github(h.project, { refName: 'feature/x', eventName: 'pull_request' })
    });
    const text = renderSummary(facts);
    expect(text).toContain(
      'gh workflow run specflow.yml -f resume-run=gate-run -f decision=approve --ref feature/x'
    );
    expect(text).toContain('started from a pull request');
  });

  test('a show_file outside the project is not shown; a huge one is cut', async () => {
    const h = harness([], { prompt: null });
    const wf = (file: string) =>
      header('feature') +
      `steps:\n  - id: g\n    type: gate\n    message: m\n    show_file: "${file}"\n    options: [approve, reject]\n    verdict_input: v\ninputs:\n  v: { type: string, default: "" }\n`;
    const outside = await h.run(wf('../../../../../../etc/hostname'), {}, 'outside');
    let text = renderSummary(
      await gatherSummaryFacts({ record: recordOf(outside), github: github(h.project) })
    );
    expect(text).toContain('outside the project');

    writeFileSync(join(h.project, 'big.md'), ('y'.repeat(999) + '\n').repeat(100));
    const big = await h.run(wf('big.md'), {}, 'big');
    text = renderSummary(
      await gatherSummaryFacts({ record: recordOf(big), github: github(h.project) })
    );
    expect(text).toContain(`… (cut at ${MAX_SHOW_FILE_CHARS} characters)`);
    expect(text.length).toBeLessThan(MAX_SHOW_FILE_CHARS + 5000);
    // The caller is unknown here: the gate's own input name stands in.
    expect(text).toContain('gh workflow run specflow.yml -f run-id=big -f v=approve');
  });

  test('the outputs: run id, status, step, the gate as JSON', async () => {
    const { state } = await pausedAtGate();
    const { values } = actionOutputs(state, 'spec_verdict');
    expect(values['run-id']).toBe('gate-run');
    expect(values.status).toBe('paused');
    expect(values['current-step-id']).toBe('review');
    expect(values.error).toBe('');
    expect(JSON.parse(values.gate)).toEqual({
      step_id: 'review',
      message: 'Review <the> spec & approve',
      options: ['approve', 'reject'],
      choice: null,
      show_file: 'specs/001/spec.md',
      verdict_input: 'spec_verdict'
    });
    expect(JSON.parse(values.outputs).specify).toEqual({ exit_code: 0, stdout: '', stderr: '' });
  });

  test('a resume recorded in the run log shows who resumed and with what', async () => {
    const { h, state } = await pausedAtGate();
    state.log({
      event: 'resumed',
      actor: 'reviewer',
      triggering_actor: 'reviewer',
      github_run_id: '99',
      github_run_attempt: '2',
      gate: 'review',
      verdict_input: 'spec_verdict',
      verdict: 'approve',
      inputs: ['spec_verdict']
    });
    state.flush();
    const resumed = await h.resume('gate-run', { spec_verdict: 'approve' });
    expect(resumed.status).toBe('completed');
    const text = renderSummary(
      await gatherSummaryFacts({ record: recordOf(resumed), github: github(h.project) })
    );
    expect(text).toContain(
      '<li>Resumed by @reviewer at gate <code>review</code> with <code>spec_verdict=approve</code> (workflow run 99, attempt 2)</li>'
    );
    expect(text).not.toContain('Waiting at gate');
    expect(text).toContain('s2["plan<br/>shell"]:::completed');
  });
});

describe('answers to the gates', () => {
  test('every answer event in the run log, a damaged line skipped', async () => {
    const { h, state } = await pausedAtGate();
    const given = {
      event: 'answer',
      how: 'comment',
      gate: 'review',
      at: '2025-01-02T03:04:05Z',
      github_run_id: '99'
    };
    state.log({
      ...given,
      actor: 'mallory',
      option: 'approve',
      url: 'https://github.com/org/repo/pull/7#issuecomment-1',
      result: 'refused',
      reason: 'mallory is not a collaborator'
    });
    state.flush();
    appendFileSync(join(state.runDir, 'log.jsonl'), '{"event": "answer", "actor": \n');
    state.log({
      ...given,
      actor: 'alice',
      option: 'reject',
      url: null,
      result: 'accepted',
      reason: null
    });
    state.flush();
    const facts = await gatherSummaryFacts({ record: recordOf(state), github: github(h.project) });
    expect(facts.answers.map((a) => [a.actor, a.option, a.result])).toEqual([
      ['mallory', 'approve', 'refused'],
      ['alice', 'reject', 'accepted']
    ]);
    const text = renderSummary(facts);
    expect(text).toContain(
      '<tr><td>2025-01-02T03:04:05Z</td><td><code>review</code></td><td><code>approve</code></td><td>mallory</td>' +
        '<td><a href="https://github.com/org/repo/pull/7#issuecomment-1">comment</a></td><td>🚫 refused</td>' +
        '<td>mallory is not a collaborator</td></tr>'
    );
    expect(text).toContain('<td>alice</td><td>comment</td><td>✅ accepted</td><td></td></tr>');
  });
});

/** A step type done at once, except for item `failing`. */
function quickUnless(failing: number): StepType {
  return {
    type: 'quick',
    validate: () => [],
    execute: async (_config, context) =>
      context.item === failing
        ? { status: StepStatus.Failed, output: {}, error: 'no' }
        : { status: StepStatus.Completed, output: {} }
  };
}

describe('failures and fan-out', () => {
  test('a failed step: the error and the tail of its stderr', async () => {
    const h = harness([], { prompt: null });
    const state = await h.run(
      header() +
        `steps:\n  - id: build\n    type: shell\n    run: for i in $(seq 1 100); do echo "err line $i" >&2; done; exit 3\n` +
        `  - id: never\n    type: shell\n    run: echo no\n`,
      {},
      'failed-run'
    );
    expect(state.status).toBe('failed');
    const text = renderSummary(
      await gatherSummaryFacts({ record: recordOf(state), github: github(h.project) })
    );
    expect(text).toContain('### ❌ Failed at <code>build</code>');
    expect(text).toContain('<pre>Shell command exited with code 3.</pre>');
    expect(text).toContain(`err line ${101 - STDERR_TAIL_LINES}\n`);
    expect(text).not.toContain(`err line ${100 - STDERR_TAIL_LINES}\n`);
    expect(text).toContain('err line 100</pre>');
    expect(text).toContain('s0["build<br/>shell"]:::failed');
    expect(actionOutputs(state, null).values.error).toBe('Shell command exited with code 3.');
  });

  test('fan-out items go in a collapsible section; the failing item’s stderr is shown', async () => {
    const h = harness([], { prompt: null });
    const state = await h.run(
      header() +
        `steps:\n  - id: fan\n    type: fan-out\n    items: ["a", "b", "c"]\n    max_concurrency: 1\n` +
        `    step:\n      id: each\n      type: shell\n      run: "echo {{ item }}; test {{ item }} != b || { echo broken-{{ item }} >&2; exit 1; }"\n`,
      {},
      'fan-run'
    );
    expect(state.status).toBe('failed');
    const text = renderSummary(
      await gatherSummaryFacts({ record: recordOf(state), github: github(h.project) })
    );
    // Open, since the item that failed the run is in it.
    expect(text).toContain(
      '<details open><summary>Fan-out <code>fan</code>: 1 of 3 items completed · failed at <code>fan:each:1</code></summary>'
    );
    expect(text).toMatch(
      /<tr><td>1<\/td><td><code>fan:each:1<\/code><\/td><td>❌ failed the run<br\/>Shell command exited with code 1\./
    );
    // The fan-out's own record says completed; its row says where the run failed.
    expect(text).toContain(
      '<td><code>fan</code></td><td>fan-out</td><td>❌ failed at <code>fan:each:1</code></td>'
    );
    expect(text).toContain('status **failed** · failed at <code>fan:each:1</code>');
    // The run halted at b, so c never started.
    expect(text).toContain('<tr><td>2</td><td><code>fan:each:2</code></td><td>⚪ not run</td>');
    expect(text).toMatch(
      /<td><code>fan:each:0<\/code><\/td><td>✅ completed<\/td><td>\d+(ms|\.\ds)<\/td>/
    );
    expect(text).toContain('### ❌ Failed at <code>fan:each:1</code> (in <code>fan</code>)');
    expect(text).toContain('broken-b');
    expect(text).toContain(
      's0["fan<br/>fan-out: 3 items, 1 failed<br/>failed at fan:each:1"]:::failed'
    );
    // Items are not rows of the main table.
    expect(text.split('<table>')[1]).not.toContain('fan:each:0');
  });

  test('a large fan-out lists its first items and the failed ones, not all', async () => {
    const count = MAX_ITEM_ROWS + 50;
    const failing = MAX_ITEM_ROWS + 10;
    // An in-process step type: hundreds of items without hundreds of processes.
    const quick: StepType = {
      type: 'quick',
      validate: () => [],
      execute: async (_config, context) =>
        context.item === failing
          ? { status: StepStatus.Failed, output: {}, error: 'no' }
          : { status: StepStatus.Completed, output: {} }
    };
    const h = harness([quick], { prompt: null });
    const items = Array.from({ length: count }, (_, n) => n).join(', ');
    const state = await h.run(
      header() +
        `steps:\n  - id: fan\n    type: fan-out\n    items: [${items}]\n    max_concurrency: 8\n` +
        `    step:\n      id: each\n      type: quick\n      continue_on_error: true\n`,
      {},
      'many'
    );
    expect(state.status).toBe('completed');
    const text = renderSummary(
      await gatherSummaryFacts({ record: recordOf(state), github: github(h.project) })
    );
    expect(text).toContain(`<code>fan:each:${MAX_ITEM_ROWS - 1}</code>`);
    expect(text).not.toContain(`<code>fan:each:${MAX_ITEM_ROWS}</code>`);
    expect(text).toContain(`<code>fan:each:${failing}</code></td><td>❌ failed`);
    expect(text).toContain(`… ${count - MAX_ITEM_ROWS - 1} more items not listed`);
  });

  test('a summary too large for GitHub is rendered again with short tables, the halting item kept', async () => {
    const h = harness([quickUnless(399)], { prompt: null });
    // Long ids that escaping makes longer: 8 fan-outs × 400 rows would be over 1 MiB.
    const template = '&'.repeat(150);
    const fanOuts = Array.from(
      { length: 8 },
      (_, k) =>
        `  - id: fan${k}\n    type: fan-out\n    items: [${Array.from({ length: 400 }, (_, n) => (k === 7 ? n : -1 - n)).join(', ')}]\n` +
        `    max_concurrency: 8\n    step:\n      id: "${template}"\n      type: quick\n`
    );
    const state = await h.run(header() + `steps:\n${fanOuts.join('')}`, {}, 'huge');
    expect(state.status).toBe('failed');
    const facts = await gatherSummaryFacts({ record: recordOf(state), github: github(h.project) });
    const text = renderSummary(facts);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(text).toContain("The tables are shortened to fit GitHub's 1 MiB limit");
    const halted = `fan7:${escapeHtml(template)}:399`;
    expect(text).toContain(`<td>399</td><td><code>${halted}</code></td><td>❌ failed the run`);
    expect(text).toContain(
      `Run <code>huge</code> · status **failed** · failed at <code>${halted}</code>`
    );
    expect(text).toContain('… 400 more items not listed');
  });

  test('mermaid labels cannot break out of their quotes', () => {
    const chart = renderMermaid(
      handMadeFacts({ topSteps: [{ id: 'a"]; click s0 "x', type: 'shell' }] })
    );
    expect(chart).toContain('s0["a#34;#93;#59; click s0 #34;x<br/>shell"]:::pending');
  });

  test('steps named after Object members are steps like any other', () => {
    const chart = renderMermaid(
      handMadeFacts({
        status: RunStatus.Paused,
        halt: { stepId: 'constructor', enclosing: [], gate: false },
        topSteps: [
          { id: 'toString', type: 'shell' },
          { id: 'constructor', type: 'shell' },
          { id: 'valueOf', type: 'shell' }
        ]
      })
    );
    // No records: the interrupted step the run stopped at is paused, the others pending.
    expect(chart).toContain('s0["toString<br/>shell"]:::pending');
    expect(chart).toContain('s1["constructor<br/>shell"]:::paused');
    expect(chart).toContain('s2["valueOf<br/>shell"]:::pending');
  });

  test('a large outputs JSON is shrunk to fit a step output', async () => {
    const h = harness([], { prompt: null });
    const state = await h.run(
      header() +
        `steps:\n  - id: loud\n    type: shell\n    run: yes x | tr -d '\\n' | head -c 300000\n`,
      {},
      'loud'
    );
    const small = stepOutputsJson(state, 100_000);
    expect(small.truncated).toBe(true);
    expect(outputBytes(small.json)).toBeLessThanOrEqual(100_000);
    expect(JSON.parse(small.json).loud.stdout).toMatch(/^…x{2000}$/);
    expect(stepOutputsJson(state).truncated).toBe(false);
  });

  test.each([
    // 300,000 characters, 900,000 bytes in UTF-8: a count of characters let it through.
    ['three-byte characters', '€', 900_000],
    // 400,000 characters, 800,000 bytes in UTF-16 (as GitHub's docs say it approximates).
    ['ASCII', 'x', 400_000]
  ])(
    'outputs of %s are measured in bytes, all outputs of the step within its share of the job’s 1 MB',
    async (_what, char, bytes) => {
      const h = harness([], { prompt: null });
      const state = await h.run(
        header() +
          `steps:\n  - id: loud\n    type: shell\n    run: yes ${char} | tr -d '\\n' | head -c ${bytes}\n`,
        {},
        'loud'
      );
      const { values, truncated } = actionOutputs(state, null);
      expect(truncated).toBe(true);
      expect(values['outputs-truncated']).toBe('true');
      const total = Object.entries(values).reduce(
        (sum, [name, value]) => sum + outputBytes(name) + outputBytes(value),
        0
      );
      expect(total).toBeLessThanOrEqual(MAX_STEP_OUTPUTS_BYTES);
      expect(JSON.parse(values.outputs).loud.stdout).toBe(`…${char.repeat(2000)}`);
    }
  );
});

describe('resume instructions', () => {
  test('input names found in the caller, with fallbacks', () => {
    expect(findDispatchInputs(CALLER, 'spec_verdict')).toEqual({
      runId: 'resume-run',
      verdict: 'decision',
      answer: null,
      answerFrom: null,
      dispatchable: true
    });
    expect(findDispatchInputs(null, 'spec_verdict')).toEqual({
      runId: 'run-id',
      verdict: 'spec_verdict',
      answer: null,
      answerFrom: null,
      dispatchable: null
    });
    // Declared dispatch inputs that feed nothing into the verdict input: no verdict to pass.
    const noVerdict = CALLER.replace(/spec_verdict: .*\n/, '');
    expect(findDispatchInputs(noVerdict, 'spec_verdict').verdict).toBeNull();
    expect(
      findDispatchInputs(
        'on: workflow_dispatch\njobs: {a: {steps: [{with: {run-id: "${{ github.event.inputs.rid }}", inputs: "v=${{ inputs.vv }}"}}]}}',
        'v'
      )
    ).toEqual({ runId: 'rid', verdict: 'vv', answer: null, answerFrom: null, dispatchable: true });
    expect(findDispatchInputs('on: [push]\n', null).dispatchable).toBe(false);
  });

  test('context from the runner’s variables', () => {
    const context = readGithubContext({
      GITHUB_WORKFLOW_REF: 'org/repo/.github/workflows/sdd.yml@refs/heads/main',
      GITHUB_RUN_ID: '17',
      GITHUB_ACTOR: 'me'
    });
    expect(context.workflowPath).toBe('.github/workflows/sdd.yml');
    expect(context.runId).toBe('17');
    expect(context.runAttempt).toBe('1');
    expect(context.actor).toBe('me');
    const hint = resumeInstructions(
      { ...context, repository: 'org/repo' },
      'r1',
      'v',
      'ok it is',
      null
    );
    expect(hint.command).toBe("gh workflow run sdd.yml -f run-id=r1 -f 'v=ok it is'");
  });
});

test('outside text cannot become a Markdown link or image in the summary', () => {
  expect(escapeHtml('![x](https://evil.example/p.png) [y](https://evil.example) `z`')).toBe(
    '&#33;&#91;x&#93;(https://evil.example/p.png) &#91;y&#93;(https://evil.example) &#96;z&#96;'
  );
});
