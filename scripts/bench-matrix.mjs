// The matrix fan-out benchmark (issue 14), for scripts/bench.mjs: 64 items of a simulated agent
// step (sleep 1) with max_concurrency 16, run as a matrix over 16 simulated runners, against one
// runner with window 4 (a real `specflow run`).
//
// This machine is one runner, so the matrix is simulated: the start job, every shard job and the
// gather job run for real (the shipped Action bundle, against the tests' stand-in cache service),
// their items doing no work, two shard jobs at a time. What each job costs beyond its items is
// measured; the makespan on 16 runners is then start + ⌈64 / 16⌉ waves × (1 s + the mean
// per-shard cost) + gather.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { testSupport } from './bench-support.mjs';

const ITEMS = 64;
const WINDOW = 16;
const RUNNERS = 16;
const LOCAL_WINDOW = 4;
const ITEM_SECONDS = 1;

const WORKFLOW = `schema_version: "1.0"
workflow:
  id: matrix-bench
  name: Matrix bench
  version: "1.0.0"
inputs:
  nap:
    type: string
    default: "${ITEM_SECONDS}"
steps:
  - id: list
    type: shell
    run: "seq 0 ${ITEMS - 1} | paste -sd, - | sed 's/.*/[&]/'"
    output_format: json
  - id: agents
    type: fan-out
    items: "{{ steps.list.output.data }}"
    max_concurrency: ${WINDOW}
    step:
      id: agent
      type: shell
      run: "sleep {{ inputs.nap }}; mkdir -p specs; echo {{ item }} > specs/item-{{ item }}.md"
`;
const WORKFLOW_FILE = '.specify/workflows/matrix-bench/workflow.yml';

function git(cwd, args) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@localhost',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@localhost'
    }
  });
}

/** One runner with window 4, in place: the `specflow run` process, start to exit. */
function localSeconds(cli, repo, scratch) {
  const dir = mkdtempSync(join(scratch, 'local-'));
  git(scratch, ['clone', '-q', repo, dir]);
  const yaml = readFileSync(join(dir, WORKFLOW_FILE), 'utf8').replace(
    `max_concurrency: ${WINDOW}`,
    `max_concurrency: ${LOCAL_WINDOW}`
  );
  writeFileSync(join(dir, WORKFLOW_FILE), yaml);
  const started = performance.now();
  const res = spawnSync(process.execPath, [cli, 'run', WORKFLOW_FILE], {
    cwd: dir,
    encoding: 'utf8'
  });
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 0) throw new Error(`the local run failed: ${res.stderr || res.stdout}`);
  return seconds;
}

export async function matrixBench({ cli, bundle }) {
  const scratch = mkdtempSync(join(tmpdir(), 'specflow-bench-matrix-'));
  const support = await testSupport({
    server: 'support/cache-server.ts',
    runner: 'action/runner.ts'
  });
  const cache = await support.server.startCacheServer();
  try {
    const repo = join(scratch, 'origin');
    mkdirSync(join(repo, dirname(WORKFLOW_FILE)), { recursive: true });
    git(repo, ['init', '-q', '-b', 'main']);
    writeFileSync(join(repo, WORKFLOW_FILE), WORKFLOW);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'bench']);

    const job = async (inputs) => {
      const workspace = mkdtempSync(join(scratch, 'job-'));
      git(scratch, ['clone', '-q', repo, workspace]);
      const started = performance.now();
      const result = await support.runner.runPhase({
        bundle,
        workspace,
        scratch,
        inputs: { workflow: WORKFLOW_FILE, ...inputs },
        env: cache.env()
      });
      const seconds = (performance.now() - started) / 1000;
      if (result.code !== 0) {
        throw new Error(`a job failed (${JSON.stringify(inputs)}): ${result.stdout.slice(-2000)}`);
      }
      return { result, seconds };
    };

    // The items do no work here: what is measured is what a job costs beyond them.
    const start = await job({ distribute: 'agents', inputs: 'nap: "0"' });
    const runId = start.result.outputs['run-id'];
    const shards = JSON.parse(start.result.outputs.matrix).include.map((s) => s.shard);
    const shardSeconds = [];
    for (let i = 0; i < shards.length; i += 2) {
      const pair = await Promise.all(
        shards.slice(i, i + 2).map((n) => job({ 'run-id': runId, shard: String(n) }))
      );
      shardSeconds.push(...pair.map((p) => p.seconds));
    }
    const gather = await job({ 'run-id': runId, gather: 'true' });
    if (gather.result.outputs.status !== 'completed') {
      throw new Error(`the gather ended ${gather.result.outputs.status}`);
    }
    const perShard = shardSeconds.reduce((a, b) => a + b, 0) / shardSeconds.length;
    const waves = Math.ceil(
      shards.length / Math.min(RUNNERS, Number(start.result.outputs['max-parallel']))
    );
    const distributed = start.seconds + waves * (ITEM_SECONDS + perShard) + gather.seconds;
    const local = localSeconds(cli, repo, scratch);
    return {
      shards: shards.length,
      maxParallel: start.result.outputs['max-parallel'],
      startSeconds: start.seconds,
      perShard,
      worstShard: Math.max(...shardSeconds),
      gatherSeconds: gather.seconds,
      distributed,
      local,
      ratio: distributed / local
    };
  } finally {
    await cache.close();
    support.cleanUp();
    rmSync(scratch, { recursive: true, force: true });
  }
}
