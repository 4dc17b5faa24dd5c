/**
 * Stale gates: runs paused by the bundle (as the runner runs it), then a listing job with
 * `expire-after-days`, run in this process so its clock can be set: the run that has waited
 * longer is answered (rejected, or aborted), its thread is told, its artifacts go; the one that
 * has not waited long enough still waits. Against the cache/artifact stand-in and the REST
 * stand-in, with the real clients.
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

let scratch: string;
let bundle: string;
let cache: CacheServer;
let api: GithubApiServer;
let runMain: typeof import('../../src/action/main.js').runMain;
let restoreEnv: () => void;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'specflow-expiry-'));
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

const EXAMPLE = readFileSync(join(repo, 'examples/github/workflow.yml'), 'utf8');
/** The workflow in every checkout of the test that runs. */
let workflowText = EXAMPLE;
afterEach(() => {
  workflowText = EXAMPLE;
});

function checkout(): string {
  const workspace = mkdtempSync(join(scratch, 'workspace-'));
  const files: Record<string, string> = {
    [WORKFLOW_PATH]: workflowText,
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
const nextRun = (): string => String(700 + ++jobs);

/** A run started by the bundle, paused at review-spec, its gate comment on a new issue. */
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
  const githubRunId = String(700 + jobs);
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

const artifactsOf = (runId: string): string[] =>
  cache
    .artifacts()
    .filter((a) => a.finalized && a.name.startsWith(`specflow-${runId}.`))
    .map((a) => a.name);

test.each([
  ['reject', /answered reject \(the run is now aborted\)/],
  ['abort', /: aborted/]
])(
  'expire-after-days with on-expiry %s answers the run that waited too long, and only it',
  async (onExpiry, said) => {
    const stale = await pausedRun();
    const fresh = await pausedRun();
    // When each began to wait, as the listing reads it.
    const before = rowsOf((await listingJob({}, new Date())).outputs);
    const since = (runId: string): number =>
      Date.parse(String(before.find((r) => r.run_id === runId)!.waiting_since));
    const [staleSince, freshSince] = [since(stale.runId), since(fresh.runId)];
    expect(freshSince).toBeGreaterThan(staleSince);
    // Past 7 days for the first, not yet for the second.
    const now = new Date(staleSince + 7 * DAY_MS + (freshSince - staleSince) / 2);

    const listed = await listingJob({ 'expire-after-days': '7', 'on-expiry': onExpiry }, now);
    const rows = rowsOf(listed.outputs);
    const row = (runId: string): Row => rows.find((r) => r.run_id === runId)!;
    expect(String(row(stale.runId).expired)).toMatch(/^expired after 7 d at gate review-spec/);
    expect(String(row(stale.runId).expired)).toMatch(said);
    expect(row(fresh.runId).expired).toBeNull();

    // The stale run ended: its artifacts are gone, its thread was told, its log says why.
    expect(artifactsOf(stale.runId)).toEqual([]);
    expect(artifactsOf(fresh.runId)).toHaveLength(1);
    const told = api.comments.filter((c) => c.issue === stale.issue && /⌛/.test(c.body));
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain(
      `run <code>${stale.runId}</code> waited 7 days at gate <code>review-spec</code>, longer than expire-after-days (7)`
    );
    expect(api.comments.filter((c) => c.issue === fresh.issue && /⌛/.test(c.body))).toEqual([]);
    // Its gate comment no longer asks for an answer: it says how the run ended.
    const gateComment = api.comments.find(
      (c) => c.issue === stale.issue && c.body.includes(`specflow-run: ${stale.runId}`)
    );
    expect(gateComment?.body).toContain('The run ended: aborted');

    // A later listing no longer shows it; the other still waits.
    const after = rowsOf((await listingJob({}, now)).outputs).map((r) => r.run_id);
    expect(after).toContain(fresh.runId);
    expect(after).not.toContain(stale.runId);
  },
  180_000
);

test('a listing job reads the repository-wide artifact listing once, however many runs wait', async () => {
  // Each read of the listing is up to 100 requests in a busy repository (or one a fork's pull
  // request has flooded with artifacts): once per paused run would soon spend the token's
  // hourly allowance.
  await pausedRun();
  await pausedRun();
  const from = api.requests.length;
  const listed = await listingJob({}, new Date());
  expect(rowsOf(listed.outputs).length).toBeGreaterThanOrEqual(2);
  const listings = api.requests
    .slice(from)
    .filter((r) => r.method === 'GET' && r.path === '/repos/org/repo/actions/artifacts');
  expect(listings).toHaveLength(1);
}, 120_000);

test('a gate that goes on past a reject (on_reject: skip) is aborted on expiry, so nothing it holds back runs', async () => {
  workflowText = EXAMPLE.replace('on_reject: abort', 'on_reject: skip');
  expect(workflowText).toContain('on_reject: skip');
  const stale = await pausedRun();
  const listed = rowsOf((await listingJob({}, new Date())).outputs);
  const since = Date.parse(String(listed.find((r) => r.run_id === stale.runId)!.waiting_since));
  const expired = await listingJob(
    { 'expire-after-days': '7', 'on-expiry': 'reject' },
    new Date(since + 8 * DAY_MS)
  );
  const row = rowsOf(expired.outputs).find((r) => r.run_id === stale.runId)!;
  expect(String(row.expired)).toMatch(/^expired after 8 d at gate review-spec: aborted/);
  expect(expired.stdout).toContain(
    `Gate review-spec goes on past a reject (on_reject: skip): run ${stale.runId} is aborted instead`
  );
  // The step after the gate never ran.
  expect(expired.stdout).not.toMatch(/plan \(shell\)/);
}, 180_000);
