// Benchmarks (a script, not a test): figures for the fan-out targets of issue 3, the
// top-level-steps targets of issue 10, the matrix fan-out of issue 14 (bench-matrix.mjs) and the
// artifact state store (bench-artifacts.mjs).
//   node scripts/bench.mjs            (uses dist/cli/index.js, the bundle that ships)
//   SPECFLOW_BENCH_REFERENCE="python3 ../shared/conformance/ref_cli.py" (with REF_SRC set)
//     also times spec-kit's engine on 2,000 top-level steps, for the ≤ 0.1 × target.
// Each figure is the whole `specflow run` process, start to exit, best of RUNS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { artifactsBench } from './bench-artifacts.mjs';
import { matrixBench } from './bench-matrix.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const cli = resolve(process.env.SPECFLOW_BENCH_CLI ?? 'dist/cli/index.js');
if (!existsSync(cli)) {
  console.error(`no CLI at ${cli}: run \`npm run package\` first`);
  process.exit(1);
}

const header = `schema_version: "1.0"
workflow:
  id: bench
  name: Bench
  version: "1.0.0"
`;

function fanOut(count, window, step) {
  return `${header}steps:
  - id: list
    type: shell
    run: "seq 0 ${count - 1} | paste -sd, - | sed 's/.*/[&]/'"
    output_format: json
  - id: fan
    type: fan-out
    items: "{{ steps.list.output.data }}"
    max_concurrency: ${window}
    step:
${step}
`;
}

// Records the child's peak RSS when it exits (ESM preload through a data: URL).
const rssHook =
  'data:text/javascript,' +
  encodeURIComponent(
    `import { writeFileSync } from 'node:fs';
     process.on('exit', () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });`
  );

/** `count` top-level `if` steps: each is evaluated and recorded, none starts a process. */
function topLevel(count) {
  const steps = [];
  for (let i = 0; i < count; i++) {
    steps.push(`  - id: s${i}\n    type: if\n    condition: "{{ ${i} >= 0 }}"\n    then: []\n`);
  }
  return `${header}steps:\n${steps.join('')}`;
}

/** `use(dir)` with `yaml` as workflow.yml in a fresh folder, which is removed afterwards. */
function inScratchProject(prefix, yaml, use) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    writeFileSync(join(dir, 'workflow.yml'), yaml);
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `spawnSync` to the child's exit, with the wall-clock seconds it took. */
function timedSpawn(file, args, options) {
  const start = process.hrtime.bigint();
  const res = spawnSync(file, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  return { res, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** Seconds the reference takes for `yaml` (its CLI shim, as the conformance check runs it). */
function referenceSeconds(command, yaml) {
  return inScratchProject('specflow-bench-ref-', yaml, (dir) => {
    const [file, ...args] = command.split(' ').filter((part) => part !== '');
    const { res, seconds } = timedSpawn(file, [...args, 'run', 'workflow.yml'], { cwd: dir });
    if (res.status !== 0) throw new Error(`the reference failed: ${res.stderr.slice(-500)}`);
    return seconds;
  });
}

function runOnce(yaml) {
  return inScratchProject('specflow-bench-', yaml, (dir) => {
    const rssFile = join(dir, 'rss');
    const { res, seconds } = timedSpawn(
      process.execPath,
      ['--import', rssHook, cli, 'run', 'workflow.yml', '--json'],
      { cwd: dir, env: { ...process.env, NO_COLOR: '1', BENCH_RSS_FILE: rssFile } }
    );
    const outcome = JSON.parse(res.stdout);
    if (outcome.status !== 'completed')
      throw new Error(`run ended ${outcome.status}: ${res.stderr.slice(-500)}`);
    const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    // The fan-out's own span, from its start to its last item's end (step_timings).
    const state = JSON.parse(
      readFileSync(join(dir, '.specify/workflows/runs', outcome.run_id, 'state.json'), 'utf8')
    );
    if (state.step_timings.fan === undefined) return { seconds, rssMb, fanSeconds: null };
    const timings = Object.entries(state.step_timings);
    const fanStart = Date.parse(state.step_timings.fan.started_at);
    const lastEnd = Math.max(
      ...timings.filter(([id]) => id.startsWith('fan:')).map(([, t]) => Date.parse(t.finished_at))
    );
    return { seconds, rssMb, fanSeconds: (lastEnd - fanStart) / 1000 };
  });
}

function best(yaml) {
  let result;
  for (let i = 0; i < RUNS; i++) {
    const r = runOnce(yaml);
    if (!result || r.seconds < result.seconds)
      result = { ...r, rssMb: Math.max(r.rssMb, result?.rssMb ?? 0) };
    else result.rssMb = Math.max(result.rssMb, r.rssMb);
  }
  return result;
}

const fmt = (n, d = 3) => n.toFixed(d);
const rows = [];
let ok = true;
const check = (name, pass) => {
  if (!pass) ok = false;
  return pass ? 'ok' : `MISSED (${name})`;
};
/** Ten times the work must take at most twelve times as long. */
const scalingRow = (label, name, small, large) => {
  const growth = large.seconds / small.seconds;
  rows.push([label, fmt(growth, 1), 'target ≤ 12', check(name, growth <= 12)]);
};

// 1. Makespan: real concurrent child processes.
const makespan = best(fanOut(24, 8, '      id: nap\n      type: shell\n      run: "sleep 0.25"'));
const ideal = 0.75;
const ratio = makespan.seconds / ideal;
rows.push([
  'makespan: 24 × sleep 0.25, window 8',
  `${fmt(makespan.seconds)} s`,
  `${fmt(ratio, 2)} × ideal 0.75 s (whole process)`,
  check('within 15 % of ideal', ratio <= 1.15)
]);
rows.push([
  '  of which the fan-out itself',
  `${fmt(makespan.fanSeconds)} s`,
  `${fmt(makespan.fanSeconds / ideal, 2)} × ideal (first item start to last end)`,
  'info'
]);

// 2. Engine overhead: a template that spawns no process.
const ifStep =
  '      id: check\n      type: if\n      condition: "{{ item >= 0 }}"\n      then: []';
const k1 = best(fanOut(1000, 8, ifStep));
const k10 = best(fanOut(10000, 8, ifStep));
rows.push([
  '1,000 items (if), window 8',
  `${fmt(k1.seconds)} s`,
  `${Math.round(1000 / k1.seconds)} items/s, peak RSS ${fmt(k1.rssMb, 0)} MB`,
  check('1,000 under 0.75 s', k1.seconds < 0.75)
]);
rows.push([
  '10,000 items (if), window 8',
  `${fmt(k10.seconds)} s`,
  `${Math.round(10000 / k10.seconds)} items/s, peak RSS ${fmt(k10.rssMb, 0)} MB`,
  check('10,000 under 5 s and RSS under 300 MB', k10.seconds < 5 && k10.rssMb < 300)
]);
scalingRow('10,000 / 1,000 time ratio', 'scaling', k1, k10);

// 3. Top-level steps: each recorded result is persisted (the run journal), at a cost that must
// not grow with the number of steps before it.
const t1 = best(topLevel(1000));
const t2 = best(topLevel(2000));
const t10 = best(topLevel(10000));
for (const [count, r] of [
  [1000, t1],
  [2000, t2],
  [10000, t10]
]) {
  rows.push([
    `${count.toLocaleString('en')} top-level steps (if)`,
    `${fmt(r.seconds)} s`,
    `${Math.round(count / r.seconds)} steps/s, peak RSS ${fmt(r.rssMb, 0)} MB`,
    'info'
  ]);
}
scalingRow('10,000 / 1,000 top-level time ratio', 'top-level scaling', t1, t10);
const reference = process.env.SPECFLOW_BENCH_REFERENCE;
if (reference) {
  const ref = referenceSeconds(reference, topLevel(2000));
  const share = t2.seconds / ref;
  rows.push([
    '2,000 top-level steps, the reference',
    `${fmt(ref)} s`,
    `specflow takes ${fmt(share, 3)} × its time (target ≤ 0.1)`,
    check('2,000 top-level steps within 0.1 × the reference', share <= 0.1)
  ]);
} else {
  rows.push([
    '2,000 top-level steps, the reference',
    '-',
    'not measured: set SPECFLOW_BENCH_REFERENCE',
    'info'
  ]);
}

// 4. A fan-out as a matrix of jobs (issue 14): one run, not best of RUNS (it takes a minute).
const bundle = resolve(process.env.SPECFLOW_BENCH_ACTION ?? 'dist/action/index.js');
const matrix = await matrixBench({ cli, bundle });
rows.push([
  `matrix: 64 × 1 s agent, max_concurrency 16`,
  `${fmt(matrix.distributed, 1)} s`,
  `on ${matrix.shards} shards, 16 runners; one runner, window 4: ${fmt(matrix.local, 1)} s`,
  'info'
]);
rows.push([
  '  makespan ratio (matrix / one runner)',
  fmt(matrix.ratio, 2),
  `start ${fmt(matrix.startSeconds, 1)} s, gather ${fmt(matrix.gatherSeconds, 1)} s`,
  'info'
]);
rows.push([
  '  per-shard overhead (restore + save)',
  `${fmt(matrix.perShard, 2)} s`,
  `whole shard job beyond its item; worst ${fmt(matrix.worstShard, 2)} s`,
  'info'
]);

// 5. The artifact state store: a pause's save and a resume, against the cache alone, and
// list-paused over more and more paused runs (each job the Action bundle, best of RUNS).
const artifacts = await artifactsBench({ bundle, runs: RUNS });
if (artifacts.stale) {
  rows.push(['artifacts: state-store', '-', 'not measured', check(artifacts.stale, false)]);
} else {
  const { save, resume, listed } = artifacts;
  const more = (a, b) => {
    const sign = b >= a ? '+' : '−';
    return `${sign}${fmt(Math.abs(b - a))} s (${sign}${fmt((Math.abs(b - a) / a) * 100, 0)} %)`;
  };
  rows.push([
    'artifacts: pause, state-store cache',
    `${fmt(save.cache.seconds)} s`,
    `whole main step; save group ${fmt(save.cache.group)} s`,
    'info'
  ]);
  rows.push([
    '  state-store cache+artifact',
    `${fmt(save.both.seconds)} s`,
    `${more(save.cache.seconds, save.both.seconds)}; save group ${fmt(save.both.group)} s`,
    'info'
  ]);
  rows.push([
    'artifacts: resume, from the cache',
    `${fmt(resume.cache.seconds)} s`,
    `whole main step, to completed; restore group ${fmt(resume.cache.group)} s`,
    'info'
  ]);
  rows.push([
    '  from the artifact (entry evicted)',
    `${fmt(resume.artifact.seconds)} s`,
    `${more(resume.cache.seconds, resume.artifact.seconds)}; restore ${fmt(resume.artifact.group)} s`,
    'info'
  ]);
  const empty = listed.find((l) => l.count === 0);
  for (const l of listed.filter((l) => l.count > 0)) {
    const perRun = ((l.group - empty.group) / l.count) * 1000;
    rows.push([
      `artifacts: list-paused, ${l.count} runs`,
      `${fmt(l.seconds)} s`,
      `keep-alive; list group ${fmt(l.group)} s, ${fmt(perRun, 0)} ms per run`,
      'info'
    ]);
  }
  const [few, many] = [listed[1], listed.at(-1)];
  rows.push([
    `  ${many.count} / ${few.count} runs, list group`,
    `${fmt((many.group - empty.group) / (few.group - empty.group), 1)} ×`,
    `for ${many.count / few.count} × the runs, beyond an empty list (${fmt(empty.group)} s)`,
    'info'
  ]);
}

console.log(`specflow benchmarks (${cli}, node ${process.version}, best of ${RUNS})`);
for (const r of rows)
  console.log(`  ${r[0].padEnd(38)} ${r[1].padStart(9)}   ${r[2].padEnd(44)} ${r[3]}`);
process.exitCode = ok ? 0 : 1;
