/**
 * Paused runs kept as workflow artifacts, end to end: the bundle built from the current source,
 * run as the runner runs it, against the cache stand-in (which serves the artifact service on
 * the same results URL) and the REST stand-in (artifact and cache listings, downloads, deletes),
 * with the real @actions/cache, @actions/artifact and Octokit inside the bundle.
 *
 * A run paused whose cache entry is then evicted resumes from its artifact to completion, and
 * its artifacts are deleted once it has; a tampered artifact is refused like a tampered entry;
 * a fork's artifact, or an older one, never wins over the newest save of the run; a listing job
 * shows three paused runs (one damaged) and keeps their entries alive.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkoutWorkspace,
  runArtifacts,
  startStandIns,
  TEST_TOKEN,
  WORKFLOW_PATH,
  type StandIns
} from '../support/action-bed.js';
import { makeArchive } from '../support/archives.js';
import type { CacheServer } from '../support/cache-server.js';
import type { GithubApiServer } from '../support/github-api-server.js';
import {
  buildActionBundle,
  runPhase,
  TEST_REVIEW_INPUTS,
  type PhaseRequest,
  type PhaseResult
} from './runner.js';

let scratch: string;
let bundle: string;
let standIns: StandIns;
let cache: CacheServer;
let api: GithubApiServer;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'specflow-artifact-e2e-'));
  bundle = buildActionBundle(join(scratch, 'bundle'));
}, 240_000);

beforeEach(async () => {
  standIns = await startStandIns({ restServesCache: true });
  ({ cache, api } = standIns);
});

afterEach(() => standIns.close());

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const checkout = (): string => checkoutWorkspace(scratch);

let jobs = 0;
/** One job of the workflow: its own GitHub run (and runtime token), in a fresh checkout. */
function job(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  workspace = checkout()
): PhaseRequest {
  const githubRunId = String(500 + ++jobs);
  return {
    bundle,
    workspace,
    scratch,
    inputs: { ...TEST_REVIEW_INPUTS, ...inputs },
    env: { ...cache.env({ githubRunId }), GITHUB_API_URL: api.url, ...env }
  };
}

async function pausedRun(): Promise<PhaseResult> {
  const started = await runPhase(job({ workflow: WORKFLOW_PATH }));
  expect(started.outputs.status).toBe('paused');
  return started;
}

const artifactsOf = (runId: string): string[] => runArtifacts(cache, runId);

test('a run whose cache entry was evicted resumes from its artifact, and its artifacts go once it completes', async () => {
  const started = await pausedRun();
  const runId = started.outputs['run-id'];
  const key = started.state.saved_key;
  expect(started.stdout).toContain(
    `saved to the Actions cache as ${key}, and as the artifact ${key}.tzst`
  );
  expect(artifactsOf(runId)).toEqual([`${key}.tzst`]);
  // The cache evicts it (7 days unread, or the repository over its 10 GB).
  expect(cache.removeEntry(key)).toBe(1);

  const workspace = checkout();
  const resumed = await runPhase(
    job({ 'run-id': runId, answer: 'approve', workflow: WORKFLOW_PATH }, {}, workspace)
  );
  expect(resumed.stderr).toBe('');
  expect(resumed.stdout).toMatch(
    new RegExp(
      `Restored run ${runId} from artifact ${key.replace(/\./g, '\\.')}\\.tzst \\(id \\d+, workflow run \\d+\\)`
    )
  );
  expect(resumed.outputs.status).toBe('completed');
  expect(readFileSync(join(workspace, 'specs/001-feature/plan.md'), 'utf8')).toContain(
    '# Feature specification'
  );
  // A completed run needs no artifact: deleted, so storage does not grow with every run.
  expect(artifactsOf(runId)).toEqual([]);
  expect(resumed.stdout).toMatch(/its 2 artifacts deleted/);
}, 120_000);

test('a tampered artifact is refused like a tampered cache entry, and nothing is restored', async () => {
  const started = await pausedRun();
  const runId = started.outputs['run-id'];
  const key = started.state.saved_key;
  cache.removeEntry(key);
  // The artifact now holds a member that climbs out of the project.
  const evil = mkdtempSync(join(scratch, 'evil-'));
  writeFileSync(join(evil, 'payload'), 'owned\n');
  const id = cache.artifacts().find((a) => a.name === `${key}.tzst`)!.id;
  cache.corruptArtifact(
    id,
    makeArchive(evil, ['payload'], {
      tarOptions: [
        '--transform',
        `s,^payload$,.specify/workflows/runs/${runId}/../../../../escaped,`
      ]
    })
  );
  const workspace = checkout();
  const resumed = await runPhase(
    job({ 'run-id': runId, answer: 'approve', workflow: WORKFLOW_PATH }, {}, workspace)
  );
  expect(resumed.code).toBe(1);
  expect(resumed.stdout).toMatch(
    new RegExp(`::error::the cache entry ${key.replace(/\./g, '\\.')} was refused: member`)
  );
  expect(existsSync(join(workspace, '..', 'escaped'))).toBe(false);
  expect(existsSync(join(workspace, '.specify/workflows/runs', runId))).toBe(false);
}, 120_000);

test("a fork's artifact and an older artifact never win over the run's newest save", async () => {
  const started = await pausedRun();
  const runId = started.outputs['run-id'];
  const key = started.state.saved_key;
  const sequence = Number(key.split('.').at(-1));
  const garbage = Buffer.from('not an archive');
  // A fork's pull request can upload an artifact under any name, newer than any save.
  cache.seedArtifact({
    name: `specflow-${runId}.feature-demo.900.1.${sequence + 60_000}.tzst`,
    data: garbage,
    githubRunId: '900',
    headBranch: 'main',
    headRepositoryId: 777
  });
  // An older save of the run: stale next to the cache entry.
  cache.seedArtifact({
    name: `specflow-${runId}.feature-demo.901.1.${sequence - 60_000}.tzst`,
    data: garbage,
    githubRunId: '901',
    headBranch: 'main'
  });
  // Newer, this repository's, but saved on another branch: out of this job's scope.
  cache.seedArtifact({
    name: `specflow-${runId}.feature-demo.902.1.${sequence + 90_000}.tzst`,
    data: garbage,
    githubRunId: '902',
    headBranch: 'someone-elses-branch'
  });
  const resumed = await runPhase(
    job({ 'run-id': runId, answer: 'approve', workflow: WORKFLOW_PATH })
  );
  expect(resumed.stdout).toContain(`Restored run ${runId} from the Actions cache (key ${key},`);
  expect(resumed.outputs.status).toBe('completed');
}, 120_000);

test('list-paused: three paused runs, one damaged, in a table and as JSON; keep-alive reads each entry', async () => {
  const first = await pausedRun();
  const second = await pausedRun();
  const [a, b] = [first.outputs['run-id'], second.outputs['run-id']];
  // The second has only its artifact left.
  cache.removeEntry(second.state.saved_key);
  // A third whose newest save cannot be read.
  cache.seedArtifact({
    name: `specflow-broken1.feature-demo.950.1.${Date.now()}.tzst`,
    data: Buffer.from('garbage'),
    githubRunId: '950',
    headBranch: 'main'
  });
  const readsBefore = cache.entryReads(first.state.saved_key);

  const listed = await runPhase(
    job({ 'list-paused': 'true', 'keep-alive': 'true', workflow: WORKFLOW_PATH })
  );
  expect(listed.stderr).toBe('');
  expect(listed.code).toBe(0);
  const rows = JSON.parse(listed.outputs['paused-runs']) as Record<string, unknown>[];
  expect(rows.map((r) => [r.run_id, r.state])).toEqual([
    [a, 'paused'],
    [b, 'paused'],
    ['broken1', 'damaged']
  ]);
  expect(rows[0]).toMatchObject({
    workflow_id: 'feature-demo',
    gate: 'review-spec',
    message: "Review the spec for 'Add a dark mode toggle' before it is planned.",
    kept_alive: true,
    cache_key: first.state.saved_key,
    artifact: first.state.saved_key
  });
  expect(rows[0].resume_command).toBe(
    `gh workflow run specflow.yml -f run-id=${a} -f verdict=approve`
  );
  expect(typeof rows[0].waiting_since).toBe('string');
  expect(rows[1]).toMatchObject({ kept_alive: false, cache_key: null });
  expect(String(rows[2].problem)).toMatch(/its newest save could not be read: .*cannot be read/);
  // keep-alive: the entry was read, which is what keeps the cache from evicting it.
  expect(cache.entryReads(first.state.saved_key)).toBeGreaterThan(readsBefore);

  expect(listed.summary).toContain('## Paused runs under `specflow`');
  expect(listed.summary).toContain('2 paused, 1 damaged.');
  expect(listed.summary).toContain(
    '<tr><th>Run</th><th>Workflow</th><th>Gate</th><th>Message</th><th>Waiting since</th><th>Thread</th><th>Who may answer</th><th>Resume</th></tr>'
  );
  expect(listed.summary).toContain(`<code>${b}</code><br>only its artifact is left`);
  expect(listed.summary).toMatch(
    /<code>broken1<\/code><br>⚠️ damaged: its newest save could not be read/
  );
  // Listing changes nothing: both runs still wait.
  expect(artifactsOf(a)).toHaveLength(1);
}, 180_000);

test('list-paused says which permission is missing when the token cannot list artifacts', async () => {
  api.tokens.set(TEST_TOKEN, {
    identity: 'github-actions[bot]',
    denied: new Set(['actions: read'])
  });
  const listed = await runPhase(job({ 'list-paused': 'true' }));
  expect(listed.code).toBe(1);
  expect(listed.stdout).toMatch(/::error::cannot list the paused runs: .*actions: read/);
  // Said once, not once by the API call and again by the listing.
  const [error] = listed.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  expect(error.match(/actions: read/g)).toHaveLength(1);
}, 60_000);

test('state-store artifact: runs are kept as artifacts only, with the retention asked for', async () => {
  const started = await runPhase(
    job({ workflow: WORKFLOW_PATH, 'state-store': 'artifact', 'artifact-retention-days': '3' })
  );
  expect(started.outputs.status).toBe('paused');
  const runId = started.outputs['run-id'];
  const key = started.state.saved_key;
  expect(started.stdout).toContain(`Run ${runId} saved as the artifact ${key}.tzst`);
  // No run entry in the cache.
  expect(cache.entries().filter((e) => e.key.startsWith(`specflow-${runId}.`))).toEqual([]);
  const [artifact] = cache.artifacts().filter((a) => a.name === `${key}.tzst`);
  const days = (artifact.expiresAt.getTime() - artifact.createdAt.getTime()) / 86_400_000;
  expect(Math.round(days)).toBe(3);

  const resumed = await runPhase(
    job({ 'run-id': runId, answer: 'approve', workflow: WORKFLOW_PATH, 'state-store': 'artifact' })
  );
  expect(resumed.stdout).toContain(`Restored run ${runId} from artifact ${key}.tzst`);
  expect(resumed.outputs.status).toBe('completed');
  // The claim still goes to the cache (its keys are what make a claim exclusive).
  expect(cache.entries().some((e) => e.key.startsWith(`specflow-${runId}.claim.`))).toBe(true);
  expect(artifactsOf(runId)).toEqual([]);
  expect(resumed.stdout).not.toContain('::warning::');
}, 120_000);

test('without actions: write a finished run keeps its artifacts, its newest one says it finished', async () => {
  const started = await pausedRun();
  const runId = started.outputs['run-id'];
  api.tokens.set(TEST_TOKEN, {
    identity: 'github-actions[bot]',
    denied: new Set(['actions: write'])
  });
  const resumed = await runPhase(
    job({ 'run-id': runId, answer: 'approve', workflow: WORKFLOW_PATH })
  );
  expect(resumed.outputs.status).toBe('completed');
  expect(resumed.stdout).toMatch(/its artifacts could not all be deleted .*actions: write/);
  expect(resumed.stdout).not.toContain('::warning::');
  // Both saves stay: the paused one and, newer, the completed one.
  expect(artifactsOf(runId)).toHaveLength(2);
  // The cache evicts the finished entry (and its paused one).
  for (const entry of cache.entries().filter((e) => e.key.startsWith(`specflow-${runId}.`))) {
    cache.removeEntry(entry.key);
  }
  // The newest save is the finished one: nothing lists the run as paused, nothing resumes it.
  const listed = await runPhase(job({ 'list-paused': 'true', workflow: WORKFLOW_PATH }));
  expect(JSON.parse(listed.outputs['paused-runs'])).toEqual([]);
  const again = await runPhase(
    job({ 'run-id': runId, answer: 'approve', workflow: WORKFLOW_PATH })
  );
  expect(again.code).toBe(1);
  expect(again.stdout).toMatch(new RegExp(`Restored run ${runId} from artifact`));
  expect(again.stdout).toMatch(/::error::.*completed/);
}, 180_000);
