/**
 * A fan-out as a matrix of jobs, end to end: the bundle built from the current source, run as
 * the runner runs it, against the stand-in cache service. Every job is a process of its own in
 * a workspace of its own, each a git clone of one test repository, as actions/checkout leaves
 * them: a start job that stops at the distributed fan-out, shard jobs run at the same time, and
 * a gather job that records the fan-out and continues the run. What it ends with is compared
 * with the same workflow run in place by `specflow run`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { requireBuiltCli, specflow } from '../support/cli.js';
import { buildActionBundle, runPhase, type PhaseResult } from './runner.js';

requireBuiltCli();

let scratch: string;
let bundle: string;
let server: CacheServer;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'specflow-matrix-'));
  bundle = buildActionBundle(join(scratch, 'bundle'));
}, 240_000);

beforeEach(async () => {
  server = await startCacheServer();
});

afterEach(async () => {
  await server.close();
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const WORKFLOW_FILE = '.specify/workflows/spread/workflow.yml';
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com'
};

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

/**
 * The workflow: a step before, a fan-out whose items each write a file of their own and add a
 * line to a shared tracked file (in the section their item owns), a step after that reads what
 * they did. `failing` exits non-zero for that item; `clash` makes two items rewrite one line.
 */
function workflow(items: string[], options: { failing?: string; clash?: boolean } = {}): string {
  const failing = options.failing ?? 'none';
  // In place, items run side by side in one tree: the lock keeps their edits of one file apart.
  const edit = options.clash
    ? `flock .specify/notes.lock sed -i 's/^status: open$/status: {{ item }}/' specs/notes.md`
    : `flock .specify/notes.lock sed -i 's/^{{ item }}:.*$/{{ item }}: done/' specs/notes.md`;
  return `schema_version: "1.0"
workflow:
  id: spread
  name: Spread
  version: "0.1.0"
steps:
  - id: plan
    type: shell
    run: "mkdir -p specs && echo planned > specs/plan.md"
  - id: implement
    type: fan-out
    items: ${JSON.stringify(items)}
    max_concurrency: 3
    step:
      id: task
      type: shell
      run: "printf 'made by {{ item }}\\\\n' > specs/{{ item }}.txt; ${edit}; if [ {{ item }} = ${failing} ]; then exit 3; fi; echo out-{{ item }}"
  - id: report
    type: shell
    run: "cat specs/*.txt | sort | tr '\\\\n' ' '; grep -c done specs/notes.md"
`;
}

/** Each item's line with lines between: git takes changes to adjacent lines for a conflict. */
const NOTES = (items: string[]): string =>
  ['# Notes', 'status: open', ...items.flatMap((item) => ['', `${item}: todo`, '']), ''].join('\n');

/** A test repository with the workflow and specs/notes.md committed; each job clones it. */
function origin(text: string, items: string[]): string {
  const dir = mkdtempSync(join(scratch, 'origin-'));
  git(dir, ['init', '-q', '-b', 'main']);
  mkdirSync(join(dir, '.specify/workflows/spread'), { recursive: true });
  mkdirSync(join(dir, 'specs'), { recursive: true });
  writeFileSync(join(dir, WORKFLOW_FILE), text);
  writeFileSync(join(dir, 'specs/notes.md'), NOTES(items));
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'init']);
  return dir;
}

/** A job's workspace, as actions/checkout leaves it. */
function checkout(repo: string): string {
  const dir = mkdtempSync(join(scratch, 'job-'));
  git(scratch, ['clone', '-q', repo, dir]);
  return dir;
}

function job(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<PhaseResult> {
  return runPhase({
    bundle,
    workspace,
    scratch,
    inputs: { 'persist-paths': 'specs', workflow: WORKFLOW_FILE, ...inputs },
    env: { ...server.env(), ...env }
  });
}

/** The files under specs/, path → text. */
function specsOf(workspace: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(workspace, 'specs')).sort()) {
    out[name] = readFileSync(join(workspace, 'specs', name), 'utf8');
  }
  return out;
}

function stateOf(workspace: string, runId: string): RunJson {
  return JSON.parse(
    readFileSync(join(workspace, '.specify/workflows/runs', runId, 'state.json'), 'utf8')
  );
}

/** The records as a comparison looks at them (run-specific paths and times left out). */
function records(state: RunJson): Record<string, unknown> {
  return state.step_results;
}

/** The same workflow run in place by the CLI, in a clone of its own. */
function local(repo: string): { state: RunJson; specs: Record<string, string> } {
  const workspace = checkout(repo);
  const run = specflow(workspace, ['run', WORKFLOW_FILE, '--run-id', 'local-1']);
  expect(run.stderr).not.toMatch(/Traceback|TypeError/);
  return { state: stateOf(workspace, 'local-1'), specs: specsOf(workspace) };
}

/** state.json, as far as these tests read it. */
interface RunJson {
  status: string;
  error: string | null;
  step_results: Record<string, { output: Record<string, unknown> } & Record<string, unknown>>;
}

interface Matrix {
  include: { shard: number; items: string }[];
}

async function start(
  repo: string
): Promise<{ runId: string; matrix: Matrix; result: PhaseResult }> {
  const result = await job(checkout(repo), { distribute: 'implement' });
  expect(result.code).toBe(0);
  return {
    runId: result.outputs['run-id'],
    matrix: JSON.parse(result.outputs.matrix) as Matrix,
    result
  };
}

/** The shard jobs, all at once, each in its own clone. */
function shards(
  repo: string,
  runId: string,
  numbers: number[],
  env: Record<string, string> = {}
): Promise<PhaseResult[]> {
  return Promise.all(
    numbers.map((n) => job(checkout(repo), { 'run-id': runId, shard: String(n) }, env))
  );
}

async function gather(
  repo: string,
  runId: string,
  env: Record<string, string> = {}
): Promise<{ workspace: string; result: PhaseResult }> {
  const workspace = checkout(repo);
  const result = await job(workspace, { 'run-id': runId, gather: 'true' }, env);
  return { workspace, result };
}

const FIVE = ['a', 'b', 'c', 'd', 'e'];

describe('a fan-out over a matrix of jobs', () => {
  test('start, five shards at once, gather: the records and files of the same run in place', async () => {
    const repo = origin(workflow(FIVE), FIVE);
    const { runId, matrix, result } = await start(repo);
    expect(result.outputs.status).toBe('paused');
    expect(matrix.include).toEqual(FIVE.map((_, i) => ({ shard: i + 1, items: String(i) })));
    expect(result.outputs['max-parallel']).toBe('3');
    expect(result.summary).toContain('Distributed:');

    const ran = await shards(repo, runId, [1, 2, 3, 4, 5]);
    for (const shard of ran) expect(shard.code).toBe(0);
    // Each shard saved an entry of its own; the run itself was saved once, by the start.
    const keys = server
      .entries()
      .filter((e) => e.finalized)
      .map((e) => e.key);
    expect(keys.filter((k) => k.includes('shard'))).toHaveLength(5);

    const { workspace, result: gathered } = await gather(repo, runId);
    expect(gathered.code).toBe(0);
    expect(gathered.outputs.status).toBe('completed');
    expect(gathered.outputs.matrix).toBe('');
    const expected = local(repo);
    expect(specsOf(workspace)).toEqual(expected.specs);
    const state = stateOf(workspace, runId);
    expect(records(state)).toEqual(records(expected.state));
    expect(state.step_results.report.output.stdout).toBe(
      'made by a made by b made by c made by d made by e 5\n'
    );
  }, 120_000);

  test('a failing item mid-way: the outcome the run in place records', async () => {
    const repo = origin(workflow(FIVE, { failing: 'c' }), FIVE);
    const { runId } = await start(repo);
    await shards(repo, runId, [1, 2, 3, 4, 5]);
    const { workspace, result } = await gather(repo, runId);
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('failed');
    expect(result.outputs['failed-step-id']).toBe('implement:task:2');
    const expected = local(repo);
    const state = stateOf(workspace, runId);
    expect(state.status).toBe(expected.state.status);
    expect(state.error).toBe(expected.state.error);
    expect(state.step_results.implement).toEqual(expected.state.step_results.implement);
    for (const id of ['plan', 'implement:task:0', 'implement:task:1', 'implement:task:2']) {
      expect(state.step_results[id]).toEqual(expected.state.step_results[id]);
    }
    // Items after the failing one ran in their shards, but neither their records nor their
    // files are kept.
    expect(state.step_results['implement:task:3']).toBeUndefined();
    expect(Object.keys(specsOf(workspace))).toEqual([
      'a.txt',
      'b.txt',
      'c.txt',
      'notes.md',
      'plan.md'
    ]);

    // A dispatch that resumes it hands out again only the items without a completed record.
    const resumed = await job(checkout(repo), { 'run-id': runId, distribute: 'implement' });
    expect(resumed.outputs.status).toBe('paused');
    expect(JSON.parse(resumed.outputs.matrix)).toEqual({
      include: [
        { shard: 1, items: '2' },
        { shard: 2, items: '3' },
        { shard: 3, items: '4' }
      ]
    });
  }, 120_000);

  test('two items changing the same line: the gather fails naming both and the file, the workspace as it was', async () => {
    const repo = origin(workflow(['a', 'b'], { clash: true }), ['a', 'b']);
    const { runId } = await start(repo);
    await shards(repo, runId, [1, 2]);
    const { workspace, result } = await gather(repo, runId);
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('failed');
    expect(result.outputs['failed-step-id']).toBe('implement');
    expect(result.outputs.error).toContain('implement:task:0');
    expect(result.outputs.error).toContain('implement:task:1');
    expect(result.outputs.error).toContain('specs/notes.md');
    expect(readFileSync(join(workspace, 'specs/notes.md'), 'utf8')).toBe(NOTES(['a', 'b']));
  }, 120_000);

  test('600 items make at most 256 shards', async () => {
    const items = [...Array(600).keys()].map((i) => `i${i}`);
    const repo = origin(workflow(items), []);
    const { matrix } = await start(repo);
    expect(matrix.include).toHaveLength(256);
    expect(matrix.include[0]).toEqual({ shard: 1, items: '0-2' });
    expect(matrix.include[255]).toEqual({ shard: 256, items: '598-599' });
  }, 120_000);

  test('a shard that never saves fails its items, naming it; re-running it and the gather fills them in', async () => {
    const repo = origin(workflow(FIVE), FIVE);
    const { runId } = await start(repo);
    await shards(repo, runId, [1, 2, 4, 5]);
    const first = await gather(repo, runId);
    expect(first.result.code).toBe(1);
    expect(first.result.outputs['failed-step-id']).toBe('implement:task:2');
    expect(first.result.outputs.error).toContain('shard 3 (items 2)');
    expect(first.result.outputs.error).toContain('Re-run the failed jobs');

    // GitHub's "Re-run failed jobs": the shard and the gather again, as attempt 2.
    const again = { GITHUB_RUN_ATTEMPT: '2' };
    const [rerun] = await shards(repo, runId, [3], again);
    expect(rerun.code).toBe(0);
    const second = await gather(repo, runId, again);
    expect(second.result.code).toBe(0);
    expect(second.result.outputs.status).toBe('completed');
    const expected = local(repo);
    expect(specsOf(second.workspace)).toEqual(expected.specs);
    expect(records(stateOf(second.workspace, runId))).toEqual(records(expected.state));
  }, 120_000);
});
