/**
 * A stale gate answered while the listing job works: the listing read the run at its first gate,
 * waiting for over `expire-after-days`; before the listing job answers it, a reviewer approves
 * that gate and the run pauses at its second one. The listing job must not answer the second
 * gate (which has only just begun to wait), nor end a run a reviewer has just moved on.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setEnv, startCacheServer, type CacheServer } from '../support/cache-server.js';
import { startGithubApiServer, type GithubApiServer } from '../support/github-api-server.js';
import {
  buildActionBundle,
  inputVariables,
  parseFileCommands,
  runPhase,
  TEST_REVIEW_INPUTS
} from './runner.js';

const repo = new URL('../../', import.meta.url).pathname;
const WORKFLOW_PATH = '.specify/workflows/feature/workflow.yml';
const TOKEN = 'ghs_fake_token_for_tests';
const DAY_MS = 24 * 60 * 60 * 1000;
const TWO_GATES = `schema_version: "1.0"
workflow:
  id: two-gates
  name: Two gates
  version: "1.0.0"
inputs:
  first_verdict:
    type: string
    default: ""
  second_verdict:
    type: string
    default: ""
steps:
  - id: write
    type: shell
    run: mkdir -p specs && echo draft > specs/draft.md
  - id: first
    type: gate
    message: "First look"
    options: [approve, reject]
    on_reject: abort
    verdict_input: first_verdict
  - id: second
    type: gate
    message: "Second look"
    options: [approve, reject]
    on_reject: abort
    verdict_input: second_verdict
`;

let scratch: string;
let bundle: string;
let cache: CacheServer;
let api: GithubApiServer;
let runMain: typeof import('../../src/action/main.js').runMain;
let restoreEnv: () => void;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'specflow-expiry-race-'));
  bundle = buildActionBundle(join(scratch, 'bundle'));
  cache = await startCacheServer();
  api = await startGithubApiServer({ repository: 'org/repo', cache });
  api.tokens.set(TOKEN, { identity: 'github-actions[bot]', denied: new Set() });
  api.users.set('octocat', 'User');
  api.permissions.set('octocat', 'write');
  // @actions/github takes its API URL when first loaded: set before main (and it) are imported.
  restoreEnv = setEnv({ GITHUB_API_URL: api.url });
  ({ runMain } = await import('../../src/action/main.js'));
}, 240_000);

afterAll(async () => {
  restoreEnv?.();
  await cache?.close();
  await api?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function checkout(): string {
  const workspace = mkdtempSync(join(scratch, 'workspace-'));
  const files: Record<string, string> = {
    [WORKFLOW_PATH]: TWO_GATES,
    '.github/workflows/specflow.yml': readFileSync(
      join(repo, 'examples/github/specflow.yml'),
      'utf8'
    )
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(workspace, rel, '..'), { recursive: true });
    writeFileSync(join(workspace, rel), text);
  }
  return workspace;
}

let jobs = 0;
const nextRun = (): string => String(800 + ++jobs);

/** A run started by the bundle, paused at its first gate, its gate comment on a new issue. */
async function pausedRun(): Promise<{ runId: string; issue: number }> {
  const githubRunId = nextRun();
  const started = await runPhase({
    bundle,
    workspace: checkout(),
    scratch,
    inputs: { ...TEST_REVIEW_INPUTS, workflow: WORKFLOW_PATH, 'review-issue': 'new' },
    env: { ...cache.env({ githubRunId }), GITHUB_API_URL: api.url }
  });
  expect(started.outputs.status).toBe('paused');
  const issue = Math.max(...api.threads.keys());
  return { runId: started.outputs['run-id'], issue };
}

/** The listing job, in this process, at `now`. */
async function listingJob(
  inputs: Record<string, string>,
  now: Date
): Promise<{ outputs: Record<string, string>; stdout: string }> {
  const workspace = checkout();
  const files = join(scratch, `files-${nextRun()}`);
  mkdirSync(files);
  const output = join(files, 'output');
  const state = join(files, 'state');
  const summary = join(files, 'summary');
  for (const file of [output, state, summary]) writeFileSync(file, '');
  const githubRunId = String(800 + jobs);
  const restore = setEnv({
    ...inputVariables({
      ...TEST_REVIEW_INPUTS,
      'list-paused': 'true',
      workflow: WORKFLOW_PATH,
      ...inputs
    }),
    ...cache.env({ githubRunId }),
    GITHUB_API_URL: api.url,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STATE: state,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: 'org/repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'specflow',
    GITHUB_WORKFLOW_REF: 'org/repo/.github/workflows/specflow.yml@refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: join(files, 'temp'),
    ACTIONS_CACHE_MODE: undefined,
    ACTIONS_CACHE_URL: undefined
  });
  const written: string[] = [];
  const cwd = process.cwd();
  try {
    process.chdir(workspace);
    await runMain({ write: (text) => void written.push(text), now: () => now });
  } finally {
    process.chdir(cwd);
    restore();
    process.exitCode = undefined;
  }
  return { outputs: parseFileCommands(readFileSync(output, 'utf8')), stdout: written.join('') };
}

type Row = Record<string, unknown>;
const rowsOf = (outputs: Record<string, string>): Row[] =>
  JSON.parse(outputs['paused-runs']) as Row[];

test.each(['reject', 'abort'])(
  'on-expiry %s leaves alone a run a reviewer moved on after the listing read it',
  async (onExpiry) => {
    const run = await pausedRun();
    const now = new Date(Date.now() + 8 * DAY_MS);
    // The listing job's second artifact listing is its expiry's restore (the first found the
    // saves and answered the read of the run). Just before it, the reviewer approves the first gate.
    let listings = 0;
    let reviewer: Promise<void> | null = null;
    api.beforeRequest = async (request) => {
      if (reviewer !== null || request.method !== 'GET') return;
      if (!request.path.endsWith('/actions/artifacts') || ++listings < 2) return;
      reviewer = (async () => {
        const resumed = await runPhase({
          bundle,
          workspace: checkout(),
          scratch,
          inputs: {
            ...TEST_REVIEW_INPUTS,
            workflow: WORKFLOW_PATH,
            'run-id': run.runId,
            answer: 'approve'
          },
          env: { ...cache.env({ githubRunId: nextRun() }), GITHUB_API_URL: api.url }
        });
        expect(resumed.outputs.status).toBe('paused');
        expect(resumed.stdout).toMatch(/second/);
      })();
      await reviewer;
    };
    let listed;
    try {
      listed = await listingJob({ 'expire-after-days': '7', 'on-expiry': onExpiry }, now);
    } finally {
      api.beforeRequest = null;
    }
    expect(reviewer).not.toBeNull();
    const row = rowsOf(listed.outputs).find((r) => r.run_id === run.runId)!;
    expect(row.gate).toBe('first');
    expect(String(row.expired)).toMatch(/not answered/);
    // Nothing told the thread it expired, and the run still waits, now at its second gate.
    expect(api.comments.filter((c) => c.issue === run.issue && /⌛/.test(c.body))).toEqual([]);
    const after = rowsOf((await listingJob({}, new Date())).outputs).find(
      (r) => r.run_id === run.runId
    );
    expect(after?.gate).toBe('second');
    expect(after?.state).toBe('paused');
  },
  180_000
);
