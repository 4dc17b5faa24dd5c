/**
 * The job summary of each way a job can end, written by the Action's main step in process (the
 * real engine, inputs as INPUT_* variables, GITHUB_STEP_SUMMARY a file), rendered to HTML as
 * GitHub renders Markdown, and read as a reader would: one story of where the run stopped
 * (header, section, table rows, fan-out section, chart), a resume offered only when it can work,
 * outside text inert, and every mermaid block accepted by mermaid's own parser.
 *
 * Mermaid's parser needs a DOM window as a global, which Jest's cleanup of globals cannot wrap:
 * @jest-environment-options {"globalsCleanup": "off"}
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../../src/action/main.js';
import type { AnswerRecord } from '../../src/action/resume-history.js';
import {
  MAX_ANSWER_ROWS,
  MAX_PROBLEMS,
  MAX_STEP_ROWS,
  MAX_SUMMARY_BYTES,
  renderMermaid,
  renderSummary
} from '../../src/action/summary.js';
import { STEP_TYPES } from '../../src/engine/steps/index.js';
import { RunStatus, StepStatus, type StepType } from '../../src/engine/types.js';
import { captureStdout, setEnv } from '../support/cache-server.js';
import {
  checkMermaid,
  MERMAID_MAX_EDGES,
  MERMAID_MAX_TEXT,
  mermaidBlocks,
  renderGfm
} from '../support/rendered-summary.js';
import { handMadeFacts } from '../support/summary-facts.js';
import { NO_GITHUB_API, inputVariables, parseFileCommands } from './runner.js';

const repo = new URL('../../', import.meta.url).pathname;
let scratch: string;
let root: string;
let files: { output: string; state: string; summary: string };
let restoreEnv: () => void = () => {};
let stdout: ReturnType<typeof captureStdout>;
let exitCodeBefore: typeof process.exitCode;

beforeAll(() => {
  // @actions/core remembers the summary file's path once read: one file for the whole suite.
  scratch = mkdtempSync(join(tmpdir(), 'summary-render-test-'));
  files = {
    output: join(scratch, 'output'),
    state: join(scratch, 'state'),
    summary: join(scratch, 'summary')
  };
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeEach(() => {
  root = mkdtempSync(join(scratch, 'project-'));
  // The caller workflow, where the summary finds the dispatch input names.
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  copyFileSync(
    join(repo, 'examples/github/specflow.yml'),
    join(root, '.github/workflows/specflow.yml')
  );
  exitCodeBefore = process.exitCode;
  stdout = captureStdout();
});

afterEach(() => {
  stdout.restore();
  restoreEnv();
  process.exitCode = exitCodeBefore;
});

/** `quick` steps: done at once, or failed with the error the step's `error` setting holds. */
const quick: StepType = {
  type: 'quick',
  validate: () => [],
  execute: async (config) =>
    typeof config.error === 'string'
      ? { status: StepStatus.Failed, output: {}, error: config.error }
      : { status: StepStatus.Completed, output: {} }
};

/** The main step with these inputs (cache off: the run stays in the workspace). */
async function runAction(inputs: Record<string, string>, stepTypes = new Map(STEP_TYPES)) {
  restoreEnv();
  restoreEnv = setEnv({
    ...inputVariables({ cache: 'false', ...inputs }),
    GITHUB_WORKSPACE: root,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RUN_ID: '100',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_REPOSITORY: 'org/repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: NO_GITHUB_API,
    GITHUB_WORKFLOW_REF: 'org/repo/.github/workflows/specflow.yml@refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_NAME: 'workflow_dispatch'
  });
  for (const file of Object.values(files)) writeFileSync(file, '');
  process.exitCode = undefined;
  stepTypes.set('quick', quick);
  await runMain({ env: process.env, write: () => {}, stepTypes });
  const summary = readFileSync(files.summary, 'utf8');
  const doc = renderGfm(summary);
  await expectInert(doc);
  return { summary, doc, outputs: parseFileCommands(readFileSync(files.output, 'utf8')) };
}

function writeWorkflow(text: string): string {
  writeFileSync(join(root, 'workflow.yml'), text);
  return 'workflow.yml';
}

const workflow = (name: string, body: string): string =>
  `schema_version: "1.0"\nworkflow:\n  id: w\n  name: ${JSON.stringify(name)}\n  version: "1.0.0"\n${body}`;

/** Nothing outside text says can act: no markup it smuggled in, no link with a hidden target. */
async function expectInert(doc: Document): Promise<void> {
  expect(doc.querySelectorAll('script, img, iframe, style, h1, hr')).toHaveLength(0);
  for (const element of doc.querySelectorAll('*')) {
    expect([...element.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))).toEqual(
      []
    );
  }
  // The workflow's page, an answer's channel (linked to its comment, review or job in this
  // repository), or a URL shown as written (GFM links bare URLs): no hidden target.
  for (const link of doc.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    if (href === 'https://github.com/org/repo/actions/workflows/specflow.yml') continue;
    if (['comment', 'pull-request review', 'dispatch', 'CLI'].includes(link.textContent ?? '')) {
      expect(href).toMatch(/^https:\/\/github\.com\/org\/repo\//);
      continue;
    }
    expect(link.textContent).toBe(href);
  }
  for (const chart of mermaidBlocks(doc)) {
    await checkMermaid(chart);
    expect(chart.match(/-->/g)?.length ?? 0).toBeLessThanOrEqual(MERMAID_MAX_EDGES);
  }
}

const text = (node: Element | null | undefined): string => node?.textContent ?? '';

/** The status cell of the row (main table or a fan-out's items) for step `id`. */
/** The status cell of step `id`'s row in a steps or items table (not the answers table). */
function statusOf(doc: Document, id: string): string {
  const rows = [...doc.querySelectorAll('tr')].filter(
    (tr) =>
      text(tr.querySelector('code')) === id &&
      text(tr.closest('table')?.querySelector('th')) !== 'When'
  );
  expect(rows).toHaveLength(1);
  return text(rows[0].querySelectorAll('td')[2]);
}

/** The line of the chart that draws the top-level step `id`. */
function chartNode(doc: Document, id: string): string {
  const [chart] = mermaidBlocks(doc);
  const node = chart.split('\n').find((line) => line.includes(`["${id}<br/>`));
  expect(node).toBeDefined();
  return node!;
}

/**
 * One story of where the run stopped: the halting step named as such in the header, the
 * section, its own row and the rows of the steps enclosing it (none of them ✅), and the chart.
 */
function expectOneStory(doc: Document, how: string, halted: string, enclosing: string[]): void {
  const phrase = `${how} ${halted}`;
  expect(text(doc.querySelector('h2 + p'))).toContain(phrase);
  const headings = [...doc.querySelectorAll('h3')].map((h) => text(h).toLowerCase());
  expect(headings.some((h) => h.includes(phrase))).toBe(true);
  expect(statusOf(doc, halted)).not.toContain('✅');
  for (const id of enclosing) {
    expect(statusOf(doc, id)).toContain(phrase);
    expect(statusOf(doc, id)).not.toContain('✅');
  }
  const top = enclosing[0] ?? halted;
  expect(chartNode(doc, top)).toMatch(/:::(failed|aborted|paused)$/);
  if (enclosing.length > 0) expect(chartNode(doc, top)).toContain(phrase);
}

/** The shell commands the summary offers. */
const commands = (doc: Document): string[] =>
  [...doc.querySelectorAll('pre > code.language-sh')].map((c) => text(c).trimEnd());

const GATE = `inputs:
  verdict: { type: string, default: "" }
steps:
  - id: draft
    type: quick
  - id: review
    type: gate
    message: "Approve <b>this</b>?"
    options: [approve, reject]
    on_reject: abort
    verdict_input: verdict
  - id: after
    type: quick
`;

describe('the summary, rendered as GitHub renders it', () => {
  test('paused at a gate: where it waits, and the dispatch that answers it', async () => {
    const { doc, outputs } = await runAction({ workflow: writeWorkflow(workflow('Gated', GATE)) });
    const runId = outputs['run-id'];
    expect(text(doc.querySelector('h2 + p'))).toContain('waiting at gate review');
    expect(text(doc.querySelector('h3'))).toBe('⏸️ Waiting at gate review');
    expect(statusOf(doc, 'review')).toBe('⏸️ paused');
    expect(chartNode(doc, 'review')).toMatch(/:::paused$/);
    expect(commands(doc)).toEqual([
      `gh workflow run specflow.yml -f run-id=${runId} -f verdict=approve`
    ]);
  });

  test('a gate without verdict_input: no command that cannot work, and what can', async () => {
    const noInput = GATE.replace('    verdict_input: verdict\n', '');
    const { doc, summary, outputs } = await runAction({
      workflow: writeWorkflow(workflow('Gated', noInput))
    });
    expect(outputs.status).toBe('paused');
    expect(summary).not.toContain('gh workflow run');
    expect(commands(doc)).toEqual([]);
    const note = text([...doc.querySelectorAll('blockquote')].at(-1));
    expect(note).toContain('has no verdict_input, so a dispatch cannot answer it yet');
    expect(note).toContain(`/specflow approve ${outputs['run-id']}`);
  });

  test('paused at a gate in a fan-out item: the fan-out says it waits there', async () => {
    const { doc, summary } = await runAction({
      workflow: writeWorkflow(
        workflow(
          'Reviews',
          `steps:\n  - id: reviews\n    type: fan-out\n    items: [a, b]\n    step:\n      id: review\n      type: gate\n      message: ok?\n      options: [approve, reject]\n`
        )
      )
    });
    expectOneStory(doc, 'waiting at gate', 'reviews:review:0', ['reviews']);
    // A gate in a fan-out template cannot have a verdict_input: no dispatch answers it.
    expect(summary).not.toContain('gh workflow run');
  });

  test('completed: no step named as halting, every step done', async () => {
    const { doc, outputs } = await runAction({
      workflow: writeWorkflow(
        workflow('Done', `steps:\n  - id: a\n    type: quick\n  - id: b\n    type: quick\n`)
      )
    });
    expect(outputs.status).toBe('completed');
    expect(text(doc.querySelector('h2 + p'))).not.toMatch(/ at /);
    expect(doc.querySelectorAll('h3')).toHaveLength(1);
    expect([statusOf(doc, 'a'), statusOf(doc, 'b')]).toEqual(['✅ completed', '✅ completed']);
    expect(commands(doc)).toEqual([]);
  });

  test('a rejected gate aborted the run: its row says so, under the same heading', async () => {
    const wf = writeWorkflow(workflow('Gated', GATE));
    const first = await runAction({ workflow: wf });
    const runId = first.outputs['run-id'];
    const { doc, outputs } = await runAction({ 'run-id': runId, inputs: 'verdict: reject' });
    expect(outputs.status).toBe('aborted');
    expect(outputs['failed-step-id']).toBe('review');
    expectOneStory(doc, 'aborted at gate', 'review', []);
    expect(statusOf(doc, 'review')).toBe('⛔ rejected with reject: aborted the run');
    expect(text(doc.querySelector('h3'))).toBe('⛔ Aborted at gate review');
    expect(chartNode(doc, 'review')).toMatch(/:::aborted$/);
    expect(commands(doc)).toEqual([]);
  });

  test('a failed fan-out item: one story though another item started after it', async () => {
    // Item 2 fails only once item 3 has started: the reference's current step is item 3.
    let item3Started!: () => void;
    const item3 = new Promise<void>((resolve) => (item3Started = resolve));
    const build: StepType = {
      type: 'build',
      validate: () => [],
      execute: async (_config, context) => {
        if (context.item === 3) item3Started();
        if (context.item !== 2) return { status: StepStatus.Completed, output: {} };
        await item3;
        // Outside text with what would end an HTML block and start Markdown.
        return {
          status: StepStatus.Failed,
          output: {},
          error: 'broke\n\n# not a heading\n<script>alert(1)</script>\n\n---\n| a |'
        };
      }
    };
    const stepTypes = new Map([...STEP_TYPES, ['build', build]]);
    const { doc, outputs } = await runAction(
      {
        workflow: writeWorkflow(
          workflow(
            'Build <img src=x onerror=alert(1)> [x](https://evil.example) `t`',
            `steps:\n  - id: builds\n    type: fan-out\n    items: [0, 1, 2, 3]\n    max_concurrency: 2\n    step:\n      id: build\n      type: build\n  - id: after\n    type: quick\n`
          )
        )
      },
      stepTypes
    );
    expect(outputs['current-step-id']).toBe('builds:build:3');
    expect(outputs['failed-step-id']).toBe('builds:build:2');
    expectOneStory(doc, 'failed at', 'builds:build:2', ['builds']);
    expect(text(doc.querySelector('h2 + p'))).not.toContain('builds:build:3');
    expect(statusOf(doc, 'builds:build:3')).toBe('✅ completed');
    const section = doc.querySelector('details[open] > summary');
    expect(text(section)).toBe('Fan-out builds: 3 of 4 items completed · failed at builds:build:2');
    expect(text(doc.querySelector('h2'))).toContain(
      'Build <img src=x onerror=alert(1)> [x](https://evil.example) `t`'
    );
    expect(statusOf(doc, 'builds:build:2')).toContain('failed the run');
    expect(statusOf(doc, 'builds:build:2')).toContain('# not a heading <script>');
    // A failed run can be resumed: the failed item runs again.
    expect(commands(doc)).toEqual([`gh workflow run specflow.yml -f run-id=${outputs['run-id']}`]);
    expect(stdout.text()).toMatch(/^::error::run \w+ failed at step builds:build:2: broke/m);
  });

  test('a failed top-level step: where, why, and the dispatch that runs it again', async () => {
    const { doc, outputs } = await runAction({
      workflow: writeWorkflow(
        workflow(
          'Fails',
          `steps:\n  - id: boom\n    type: shell\n    run: echo "it broke" >&2; exit 3\n  - id: never\n    type: quick\n`
        )
      )
    });
    expectOneStory(doc, 'failed at', 'boom', []);
    expect(text(doc.querySelector('h3 ~ details pre'))).toBe('it broke');
    expect(commands(doc)).toEqual([`gh workflow run specflow.yml -f run-id=${outputs['run-id']}`]);
    expect(text(doc.querySelector('h3 ~ p'))).toContain('the failed step, boom, runs again');
  });

  test('a failed step in an if branch: the branch step is not shown as done', async () => {
    const { doc } = await runAction({
      workflow: writeWorkflow(
        workflow(
          'Branch',
          `steps:\n  - id: check\n    type: if\n    condition: "{{ true }}"\n    then:\n      - id: inner\n        type: quick\n        error: nope\n`
        )
      )
    });
    expectOneStory(doc, 'failed at', 'inner', ['check']);
  });

  test('600 top-level steps: the chart stays within mermaid’s limits and keeps the halting step', async () => {
    const steps = Array.from(
      { length: 600 },
      (_, i) => `  - id: step-${i}\n    type: quick\n${i === 450 ? '    error: "no"\n' : ''}`
    );
    const { doc, summary } = await runAction({
      workflow: writeWorkflow(workflow('Many', `steps:\n${steps.join('')}`))
    });
    expectOneStory(doc, 'failed at', 'step-450', []);
    expect(Buffer.byteLength(summary)).toBeLessThan(MAX_SUMMARY_BYTES);
    const [chart] = mermaidBlocks(doc);
    expect(chart).toContain('step-0<br/>');
    expect(chart).toContain('step-449<br/>');
    // Completed steps are the ones charted around it; the tail was never run.
    expect(chart).toMatch(/more steps/);
    // The table: the first rows, the one that failed, and a count of the rest.
    const rows = doc.querySelectorAll('h3 + table tr');
    expect(rows).toHaveLength(1 + MAX_STEP_ROWS + 2);
    expect(text(rows[rows.length - 1])).toBe(`… ${451 - MAX_STEP_ROWS - 1} more steps not listed`);
  });

  test('an invalid workflow: its problems with file and line, capped', async () => {
    const steps = Array.from(
      { length: MAX_PROBLEMS + 10 },
      (_, k) => `  - id: s${k}\n    type: bogus\n`
    );
    const { doc } = await runAction({
      workflow: writeWorkflow(workflow('Broken', `steps:\n${steps.join('')}`))
    });
    expect(text(doc.querySelector('h2'))).toBe(
      '❌ specflow: the run was not started: workflow workflow.yml is invalid'
    );
    const problems = [...doc.querySelectorAll('li')];
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(text(problems[0].querySelector('code'))).toBe('workflow.yml:8:11');
    expect(text(problems[0])).toContain("unknown type 'bogus'");
    expect(text(doc.querySelector('ul + p'))).toBe("… and 10 more: the step's log lists them all.");
  });

  test('an unknown run id and a malformed input: what did not happen, and why', async () => {
    const unknown = await runAction({ 'run-id': 'nope', inputs: 'verdict: approve' });
    expect(text(unknown.doc.querySelector('h2'))).toBe('❌ specflow: run nope was not resumed');
    expect(text(unknown.doc.querySelector('pre'))).toMatch(/^no run nope in this workspace/);

    const malformed = await runAction({ workflow: 'workflow.yml', inputs: '- a\n- b' });
    expect(text(malformed.doc.querySelector('h2'))).toBe('❌ specflow: specflow did not run');
    expect(text(malformed.doc.querySelector('pre'))).toMatch(
      /^input 'inputs': expected a YAML or JSON mapping/
    );
  });
});

test('a chart of 600 steps with long, hostile ids stays within mermaid’s limits and parses', async () => {
  const hostile = (i: number) => `${'"]; click s0 `x` <b>#;'.repeat(40)}😀${i}`;
  const chart = renderMermaid(
    handMadeFacts({
      status: RunStatus.Failed,
      halt: { stepId: hostile(300), enclosing: [], gate: false },
      topSteps: Array.from({ length: 600 }, (_, i) => ({ id: hostile(i), type: 'shell' }))
    })
  );
  const [text] = mermaidBlocks(renderGfm(chart));
  expect(text.length).toBeLessThanOrEqual(MERMAID_MAX_TEXT);
  await checkMermaid(text);
  expect(text).toMatch(/:::failed$/m);
  expect(text).not.toContain('<b>');
});

/** An answer as the Action logs it; `over` sets what a test needs. */
const answer = (over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  event: 'answer',
  actor: 'alice',
  how: 'comment',
  option: 'approve',
  gate: 'review',
  url: 'https://github.com/org/repo/pull/7#issuecomment-1',
  at: '2025-01-02T03:04:05Z',
  result: 'accepted',
  reason: null,
  github_run_id: '100',
  ...over
});

/** The answers table's rows (the heading row left out), each as its cells' text. */
function answerTable(doc: Document): { rows: string[][]; links: Element[][] } {
  const heading = [...doc.querySelectorAll('h3')].find((h) => text(h) === 'Answers');
  expect(heading).toBeDefined();
  const table = heading!.nextElementSibling;
  expect(table?.tagName).toBe('TABLE');
  const [head, ...rows] = [...table!.querySelectorAll('tr')];
  expect([...head.querySelectorAll('th')].map(text)).toEqual([
    'When',
    'Gate',
    'Answer',
    'By',
    'How',
    'Result',
    'Why'
  ]);
  return {
    rows: rows.map((tr) => [...tr.querySelectorAll('td')].map(text)),
    links: rows.map((tr) => [...tr.querySelectorAll('a')])
  };
}

describe('the answers to the run’s gates', () => {
  test('one row per answer, accepted or refused, oldest first', () => {
    const doc = renderGfm(
      renderSummary(
        handMadeFacts({
          answers: [
            answer({
              actor: 'mallory',
              how: 'review',
              option: 'approve',
              result: 'refused',
              reason: 'mallory may not answer'
            }),
            answer({
              at: '2025-01-02T04:00:00Z',
              how: 'dispatch',
              url: 'https://github.com/org/repo/actions/runs/100'
            }),
            answer({
              actor: 'bob',
              how: 'cli',
              url: null,
              result: 'recorded',
              reason: '1 of 2 approvals'
            }),
            answer({ how: 'comment', result: 'stale', reason: 'written before the pause' })
          ]
        })
      )
    );
    const { rows } = answerTable(doc);
    expect(rows).toEqual([
      [
        '2025-01-02T03:04:05Z',
        'review',
        'approve',
        'mallory',
        'pull-request review',
        '🚫 refused',
        'mallory may not answer'
      ],
      ['2025-01-02T04:00:00Z', 'review', 'approve', 'alice', 'dispatch', '✅ accepted', ''],
      [
        '2025-01-02T03:04:05Z',
        'review',
        'approve',
        'bob',
        'CLI',
        '☑️ counted (more approvals needed)',
        '1 of 2 approvals'
      ],
      [
        '2025-01-02T03:04:05Z',
        'review',
        'approve',
        'alice',
        'comment',
        '⌛ ignored: written before the gate paused',
        'written before the pause'
      ]
    ]);
  });

  test('no answers, no section', () => {
    expect(renderSummary(handMadeFacts({}))).not.toContain('Answers');
  });

  test('hostile fields show as written, on one line, cut; mentions as the summary leaves them', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](https://evil.example) `t` @someone';
    const summary = renderSummary(
      handMadeFacts({
        answers: [
          answer({
            actor: hostile,
            option: hostile,
            gate: hostile,
            at: `${hostile}\n# heading`,
            result: 'refused',
            reason: `${hostile}\n\n# not a heading\n${'y'.repeat(1_000)}`
          })
        ]
      })
    );
    const doc = renderGfm(summary);
    expect(doc.querySelectorAll('img, h1, script')).toHaveLength(0);
    const { rows, links } = answerTable(doc);
    const [when, gate, option, by, , , why] = rows[0];
    expect([gate, option, by]).toEqual([hostile, hostile, hostile]);
    // Cut to a cell's length, line breaks as spaces.
    expect(when).toBe(`${[...hostile].slice(0, 40).join('')}…`);
    expect(why.startsWith(`${hostile}  # not a heading y`)).toBe(true);
    expect(why).toHaveLength(501);
    expect(links[0].map((a) => a.getAttribute('href'))).toEqual([
      'https://github.com/org/repo/pull/7#issuecomment-1'
    ]);
    // The summary pings no one (GitHub sends no notification for a job summary): no zero-width joiner.
    expect(summary).toContain('@someone');
    expect(summary).not.toContain('@\u200d');
  });

  test('How links only to an https URL that cannot end its attribute', () => {
    const urls = [
      'https://github.com/org/repo/pull/7#pullrequestreview-9',
      'javascript:alert(1)',
      'http://github.com/org/repo/pull/7',
      'https://evil.example/" onmouseover="alert(1)',
      `https://github.com/${'a'.repeat(2_000)}`,
      null,
      5 as unknown as string
    ];
    const doc = renderGfm(
      renderSummary(handMadeFacts({ answers: urls.map((url) => answer({ how: 'review', url })) }))
    );
    const { rows, links } = answerTable(doc);
    expect(rows.map((cells) => cells[4])).toEqual(urls.map(() => 'pull-request review'));
    expect(links.map((row) => row.map((a) => a.getAttribute('href')))).toEqual([
      [urls[0]],
      [],
      [],
      [],
      [],
      [],
      []
    ]);
    expect(doc.querySelectorAll('[onmouseover]')).toHaveLength(0);
  });

  test('the latest answers, with a line for the earlier ones', () => {
    const answers = Array.from({ length: MAX_ANSWER_ROWS + 150 }, (_, i) =>
      answer({ actor: `user-${i}` })
    );
    const { rows } = answerTable(renderGfm(renderSummary(handMadeFacts({ answers }))));
    expect(rows).toHaveLength(1 + MAX_ANSWER_ROWS);
    expect(rows[0]).toEqual(['… 150 earlier answers not listed']);
    expect(rows[1][3]).toBe('user-150');
    expect(rows.at(-1)?.[3]).toBe(`user-${MAX_ANSWER_ROWS + 149}`);
  });

  test('answers too large for GitHub are shortened with the other tables', () => {
    // Every cell at its longest, of characters that escape to the most bytes.
    const answers = Array.from({ length: MAX_ANSWER_ROWS }, () =>
      answer({
        actor: '"'.repeat(1_000),
        option: '"'.repeat(1_000),
        gate: '"'.repeat(1_000),
        reason: "'".repeat(1_000),
        url: `https://github.com/${'&'.repeat(1_900)}`
      })
    );
    const summary = renderSummary(handMadeFacts({ answers }));
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    const { rows } = answerTable(renderGfm(summary));
    expect(rows[0]).toEqual([`… ${MAX_ANSWER_ROWS - 10} earlier answers not listed`]);
    expect(rows).toHaveLength(11);
    expect(summary).toContain("The tables are shortened to fit GitHub's 1 MiB limit");
  });
});
