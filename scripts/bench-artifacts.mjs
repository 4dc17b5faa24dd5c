// The artifact state store's benchmark, for scripts/bench.mjs: what keeping paused runs as
// workflow artifacts as well as cache entries costs a job.
//   1. A job that pauses (the example feature workflow, at gate review-spec), with
//      state-store cache against cache+artifact: the main step's wall time, and its save group.
//   2. A resume to completion from the cache entry against one from the artifact (the entry
//      removed from the stand-in, as the cache evicts it): wall time, and the restore group.
//   3. list-paused with keep-alive over 0, 5, 20 and 50 paused runs (each paused by a real job:
//      a run's state names its run id, so copies of one artifact would not be runs), per run.
//
// Every job is the shipped Action bundle run as the runner runs it (tests/action/runner.ts),
// against the tests' stand-ins: the cache service (which serves the artifact service on the
// same results URL) and the REST API (artifact and cache listings, downloads, deletes). Both
// stand-ins run in this process, on loopback. The log has no timestamps, so a group's time is
// taken from when its `::group::` and `::endgroup::` lines reach this process (stdout is a
// pipe, written synchronously by the step): close to, not exactly, the step's own time.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot, testSupport } from './bench-support.mjs';

const LISTED = [0, 5, 20, 50];
const WORKFLOW_PATH = '.specify/workflows/feature/workflow.yml';
const TOKEN = 'ghs_fake_token_for_tests';

/** A job's stdout, line by line, each with the time (ms) it reached this process. */
function timedLines(stream) {
  const lines = [];
  let pending = '';
  stream.on('data', (chunk) => {
    const at = performance.now();
    pending += chunk.toString('latin1');
    const parts = pending.split('\n');
    pending = parts.pop();
    for (const line of parts) lines.push({ at, line });
  });
  return lines;
}

/** Seconds from the first `::group::<title…>` line to the `::endgroup::` after it. */
function groupSeconds(lines, title) {
  const start = lines.findIndex((l) => l.line.startsWith(`::group::${title}`));
  const end = lines.findIndex((l, i) => i > start && l.line === '::endgroup::');
  if (start < 0 || end < 0) throw new Error(`no group "${title}" in the log`);
  return (lines[end].at - lines[start].at) / 1000;
}

const fastest = (runs, field = 'seconds') =>
  runs.reduce((a, b) => (b[field] < a[field] ? b : a))[field];

/** Each figure is the best of `runs` jobs. */
export async function artifactsBench({ bundle, runs = 3 }) {
  // A bundle built before the artifact store ignores state-store: nothing here would measure it.
  if (!readFileSync(bundle, 'utf8').includes('cache+artifact')) {
    return { stale: `${bundle} predates the artifact state store (run \`npm run package\`)` };
  }
  const scratch = mkdtempSync(join(tmpdir(), 'specflow-bench-artifacts-'));
  const support = await testSupport({
    server: 'support/cache-server.ts',
    api: 'support/github-api-server.ts',
    runner: 'action/runner.ts'
  });
  const open = [];
  /** A fresh pair of stand-ins: a cache service and the REST API over it. */
  const standIns = async () => {
    const cache = await support.server.startCacheServer();
    open.push(cache);
    const api = await support.api.startGithubApiServer({ repository: 'org/repo', cache });
    open.push(api);
    api.tokens.set(TOKEN, { identity: 'github-actions[bot]', denied: new Set() });
    return { cache, api };
  };
  const example = (rel) => readFileSync(join(repoRoot, rel), 'utf8');
  const files = {
    [WORKFLOW_PATH]: example('examples/github/workflow.yml'),
    '.github/workflows/specflow.yml': example('examples/github/specflow.yml')
  };
  const checkout = () => {
    const workspace = mkdtempSync(join(scratch, 'workspace-'));
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(join(workspace, rel, '..'), { recursive: true });
      writeFileSync(join(workspace, rel), text);
    }
    return workspace;
  };

  let jobs = 0;
  /** One job (its own GitHub run) in a fresh checkout: the main step, start to exit. */
  const job = async ({ cache, api }, inputs) => {
    const githubRunId = String(500 + ++jobs);
    const started = performance.now();
    const phase = support.runner.startPhase({
      bundle,
      workspace: checkout(),
      scratch,
      inputs: { ...support.runner.TEST_REVIEW_INPUTS, workflow: WORKFLOW_PATH, ...inputs },
      env: { ...cache.env({ githubRunId }), GITHUB_API_URL: api.url }
    });
    const lines = timedLines(phase.child.stdout);
    const result = await phase.done;
    const seconds = (performance.now() - started) / 1000;
    if (result.code !== 0 || result.stderr !== '') {
      throw new Error(
        `a job failed (${JSON.stringify(inputs)}): ${result.stderr}${result.stdout.slice(-2000)}`
      );
    }
    return { result, lines, seconds };
  };
  const pause = async (servers, store) => {
    const paused = await job(servers, { 'state-store': store });
    const { outputs, state, stdout } = paused.result;
    if (outputs.status !== 'paused') throw new Error(`a run ended ${outputs.status}, not paused`);
    const asArtifact = stdout.includes(`, and as the artifact ${state.saved_key}.tzst`);
    if (asArtifact !== (store === 'cache+artifact')) {
      throw new Error(`state-store ${store}: saved ${asArtifact ? '' : 'not '}as an artifact`);
    }
    return { ...paused, save: groupSeconds(paused.lines, 'Save run ') };
  };
  const resume = async (servers, paused, from) => {
    const runId = paused.result.outputs['run-id'];
    const key = paused.result.state.saved_key;
    if (from === 'artifact' && servers.cache.removeEntry(key) !== 1) {
      throw new Error(`no cache entry ${key} to remove`);
    }
    const resumed = await job(servers, { 'run-id': runId, answer: 'approve' });
    const { outputs, stdout } = resumed.result;
    if (outputs.status !== 'completed') throw new Error(`a resume ended ${outputs.status}`);
    const said = from === 'artifact' ? 'from artifact ' : 'from the Actions cache ';
    if (!stdout.includes(`Restored run ${runId} ${said}`)) {
      throw new Error(`run ${runId} was not restored ${said.trim()}`);
    }
    return { ...resumed, restore: groupSeconds(resumed.lines, 'Restore run ') };
  };

  try {
    // 1. The pause's save, the two stores taking turns (twice as many runs kept both ways, for 2).
    const servers = await standIns();
    const saves = { cache: [], 'cache+artifact': [] };
    for (let i = 0; i < 2 * runs; i++) {
      if (i < runs) saves.cache.push(await pause(servers, 'cache'));
      saves['cache+artifact'].push(await pause(servers, 'cache+artifact'));
    }
    // 2. Resumes of runs saved both ways: from the entry, or (entry evicted) from the artifact.
    const kept = saves['cache+artifact'];
    const resumes = { cache: [], artifact: [] };
    for (let i = 0; i < runs; i++) {
      resumes.cache.push(await resume(servers, kept[2 * i], 'cache'));
      resumes.artifact.push(await resume(servers, kept[2 * i + 1], 'artifact'));
    }

    // 3. Listings over N paused runs, on stand-ins of their own so that N is exact. The runs
    // are paused two at a time (their time is not measured); each N is listed `runs` times.
    const listing = await standIns();
    const listed = [];
    let paused = 0;
    for (const count of LISTED) {
      while (paused < count) {
        const batch = Math.min(2, count - paused);
        await Promise.all(Array.from({ length: batch }, () => pause(listing, 'cache+artifact')));
        paused += batch;
      }
      const lists = [];
      for (let i = 0; i < runs; i++) {
        const list = await job(listing, { 'list-paused': 'true', 'keep-alive': 'true' });
        const rows = JSON.parse(list.result.outputs['paused-runs']);
        if (rows.length !== count || rows.some((r) => r.state !== 'paused' || !r.kept_alive)) {
          throw new Error(`listed ${rows.length} runs, not ${count} paused and kept alive`);
        }
        lists.push({ seconds: list.seconds, group: groupSeconds(list.lines, 'List the paused') });
      }
      listed.push({ count, seconds: fastest(lists), group: fastest(lists, 'group') });
    }

    const best = (jobs, group) => ({ seconds: fastest(jobs), group: fastest(jobs, group) });
    return {
      save: {
        cache: best(saves.cache, 'save'),
        both: best(saves['cache+artifact'].slice(0, runs), 'save')
      },
      resume: {
        cache: best(resumes.cache, 'restore'),
        artifact: best(resumes.artifact, 'restore')
      },
      listed
    };
  } finally {
    for (const server of open.reverse()) await server.close();
    support.cleanUp();
    rmSync(scratch, { recursive: true, force: true });
  }
}
