/**
 * The Action end to end: the bundle built from the current source, run as the runner runs it
 * (main, then post, each a node process with INPUT_*, file commands and STATE_*), against the
 * stand-in cache service with the real @actions/cache client inside the bundle.
 *
 * The story: a run pauses at a gate; a later dispatch, in a fresh workspace, resumes it with the
 * verdict and it completes with the persist-paths files restored; an unknown run id fails
 * clearly; a cancellation (SIGINT) during a long step leaves a resumable paused run in the
 * cache; and when main dies without saving, the post step saves.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { isRunning, waitUntilGone } from '../support/processes.js';
import { makeArchive, unpackArchive } from '../support/archives.js';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { readAsRunner } from '../support/workflow-commands.js';
import {
  fileExists,
  runPhase,
  startPhase,
  waitFor,
  type PhaseRequest,
  type PhaseResult,
  buildActionBundle
} from './runner.js';

const repo = new URL('../../', import.meta.url).pathname;
let scratch: string;
let bundle: string;
let server: CacheServer;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'specflow-e2e-'));
  // Built here, from the source under test: a stale dist/ can never pass this test.
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

const WORKFLOW_PATH = '.specify/workflows/feature/workflow.yml';

/** A workspace as actions/checkout leaves it: the repository's files, no run state. */
function checkout(files: Record<string, string> = {}): string {
  const workspace = mkdtempSync(join(scratch, 'workspace-'));
  const withDefaults: Record<string, string> = {
    [WORKFLOW_PATH]: readFileSync(join(repo, 'examples/github/workflow.yml'), 'utf8'),
    '.github/workflows/specflow.yml': readFileSync(
      join(repo, 'examples/github/specflow.yml'),
      'utf8'
    ),
    ...files
  };
  for (const [rel, text] of Object.entries(withDefaults)) {
    mkdirSync(join(workspace, rel, '..'), { recursive: true });
    writeFileSync(join(workspace, rel), text);
  }
  return workspace;
}

function phase(
  workspace: string,
  inputs: Record<string, string>,
  extra: Partial<PhaseRequest> = {}
): PhaseRequest {
  return {
    bundle,
    workspace,
    inputs,
    scratch,
    ...extra,
    env: { ...server.env(), ...extra.env }
  };
}

/** The post phase, given what main saved (as the runner does, STATE_<name>). */
function post(workspace: string, main: PhaseResult, env: Record<string, string> = {}) {
  return runPhase(phase(workspace, {}, { state: main.state, env }));
}

/** The saved states (claims left out). */
function finalized(): string[] {
  return server
    .entries()
    .filter((e) => e.finalized && !e.key.includes('.claim.'))
    .map((e) => e.key);
}

function claims(): string[] {
  return server
    .entries()
    .filter((e) => e.finalized && e.key.includes('.claim.'))
    .map((e) => e.key);
}

function logEvents(workspace: string, runId: string): Record<string, unknown>[] {
  return readFileSync(join(workspace, '.specify/workflows/runs', runId, 'log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function expectNoErrorAnnotations(result: PhaseResult): void {
  expect(result.stdout).not.toMatch(/^::error::/m);
}

test('pause at a gate, resume in a fresh workspace with the verdict, complete with specs restored', async () => {
  // 1. A push starts the run; nobody can answer the gate, so it pauses and is saved.
  const first = checkout();
  const main1 = await runPhase(phase(first, { workflow: WORKFLOW_PATH }));
  expect(main1.stderr).not.toMatch(/error/i);
  expect(main1.code).toBe(0);
  expectNoErrorAnnotations(main1);
  const runId = main1.outputs['run-id'];
  expect(runId).toMatch(/^[0-9a-f]{8}$/);
  expect(main1.outputs.status).toBe('paused');
  expect(main1.outputs['current-step-id']).toBe('review-spec');
  expect(main1.outputs.error).toBe('');
  expect(JSON.parse(main1.outputs.gate)).toEqual({
    step_id: 'review-spec',
    message: "Review the spec for 'Add a dark mode toggle' before it is planned.",
    options: ['approve', 'reject'],
    choice: null,
    show_file: 'specs/001-feature/spec.md',
    verdict_input: 'spec_verdict'
  });
  expect(JSON.parse(main1.outputs.outputs).specify.stdout).toBe(
    'wrote specs/001-feature/spec.md\n'
  );
  expect(main1.stdout).toContain('::group::specify (shell)');
  expect(main1.summary).toContain(
    `gh workflow run specflow.yml -f run-id=${runId} -f verdict=approve`
  );
  expect(main1.summary).toContain('# Feature specification');
  const savedKeys = finalized();
  expect(savedKeys).toEqual([
    expect.stringMatching(new RegExp(`^specflow-${runId}\\.feature-demo\\.100\\.1\\.\\d+$`))
  ]);
  expect(main1.state.isPost).toBe('true');
  expect(main1.state.run_id).toBe(runId);
  expect(main1.state.saved_key).toBe(savedKeys[0]);

  // Post: main saved, so nothing more is saved.
  const post1 = await post(first, main1);
  expect(post1.code).toBe(0);
  expect(post1.stdout).toContain(`run ${runId} was saved by the main step`);
  expect(finalized()).toHaveLength(1);

  // 2. A reviewer dispatches with the run id and the verdict; a new runner, a fresh checkout.
  const second = checkout();
  expect(existsSync(join(second, 'specs'))).toBe(false);
  const main2 = await runPhase(
    phase(
      second,
      {
        workflow: WORKFLOW_PATH,
        'run-id': runId,
        // An unset dispatch input arrives empty and must not override the stored feature.
        inputs: 'spec_verdict: approve\nfeature: \n',
        approvers: 'reviewer'
      },
      { env: { GITHUB_RUN_ID: '101', GITHUB_ACTOR: 'reviewer' } }
    )
  );
  expect(main2.stderr).not.toMatch(/error/i);
  expect(main2.code).toBe(0);
  expectNoErrorAnnotations(main2);
  expect(main2.outputs['run-id']).toBe(runId);
  expect(main2.outputs.status).toBe('completed');
  expect(main2.outputs.gate).toBe('');
  const outputs = JSON.parse(main2.outputs.outputs);
  expect(outputs.plan.stdout).toBe('planned after approve\n');
  expect(outputs['review-spec'].choice).toBe('approve');
  expect(outputs.collect.tasks).toBe('task model\ntask view\ntask tests\n');
  // The spec from before the pause was restored (plan read it), and the new files written.
  expect(readFileSync(join(second, 'specs/001-feature/spec.md'), 'utf8')).toContain(
    'Add a dark mode toggle'
  );
  expect(readFileSync(join(second, 'specs/001-feature/plan.md'), 'utf8')).toContain(
    '> # Feature specification'
  );
  expect(existsSync(join(second, 'specs/001-feature/task-tests.md'))).toBe(true);
  expect(main2.stdout).toContain(`Restored run ${runId} from the Actions cache`);
  // Who resumed, and with which verdict, is in the run's log and the summary.
  const resumed = logEvents(second, runId).filter((e) => e.event === 'resumed');
  expect(resumed).toEqual([
    expect.objectContaining({
      actor: 'reviewer',
      github_run_id: '101',
      gate: 'review-spec',
      verdict_input: 'spec_verdict',
      verdict: 'approve',
      inputs: ['spec_verdict']
    })
  ]);
  expect(main2.summary).toContain(
    'Resumed by @reviewer at gate <code>review-spec</code> with <code>spec_verdict=approve</code>'
  );
  // Fan-out items: one group each, progress between.
  expect(main2.stdout.match(/^::group::tasks:task:\d · completed/gm)).toHaveLength(3);
  expect(main2.stdout).toContain('tasks: 3/3 items done, 0 running');
  // Each stop in the cache has its own key; the newest is the completed run.
  expect(finalized()).toHaveLength(2);
  expect(finalized()[1]).toMatch(new RegExp(`^specflow-${runId}\\.feature-demo\\.101\\.1\\.`));
  // The resume claimed the save it continued from, named by that save's sequence.
  const firstSequence = savedKeys[0].split('.').at(-1);
  expect(claims()).toEqual([`specflow-${runId}.claim.${firstSequence}`]);
  expect(main2.stdout).toContain(`Claimed run ${runId} for this job (specflow-${runId}.claim.`);

  const post2 = await post(second, main2);
  expect(post2.code).toBe(0);
  expect(finalized()).toHaveLength(2);
}, 120_000);

test('resuming an unknown run id fails clearly and starts nothing', async () => {
  const workspace = checkout();
  const main = await runPhase(phase(workspace, { workflow: WORKFLOW_PATH, 'run-id': 'nope' }));
  expect(main.code).toBe(1);
  expect(main.stdout).toMatch(
    /^::error::no saved state for run nope on this branch or the default branch/m
  );
  expect(main.outputs.error).toMatch(/^no saved state for run nope/);
  expect(main.summary).toMatch(
    /^## ❌ specflow: run <code>nope<\/code> was not resumed\n\n<pre>no saved state for run nope on this branch/
  );
  expect(main.outputs.status).toBeUndefined();
  expect(existsSync(join(workspace, '.specify/workflows/runs'))).toBe(false);
  expect(main.state.run_id).toBeUndefined();
  const after = await post(workspace, main);
  expect(after.code).toBe(0);
  expect(after.stdout).toContain('nothing to save');
  expect(server.countRequests('CreateCacheEntry')).toBe(0);
}, 60_000);

test('a malformed input fails the step and names the input', async () => {
  const workspace = checkout();
  const main = await runPhase(phase(workspace, { workflow: WORKFLOW_PATH, inputs: '- a\n- b' }));
  expect(main.code).toBe(1);
  expect(main.stdout).toMatch(/^::error::input 'inputs': expected a YAML or JSON mapping/m);
}, 60_000);

const LONG_WORKFLOW = `schema_version: "1.0"
workflow:
  id: long-job
  name: A long step
  version: "1.0.0"
steps:
  - id: first
    type: shell
    run: mkdir -p specs && echo kept > specs/note.md && echo first
  - id: long
    type: shell
    timeout: 3600
    run: |
      echo "long step started"
      echo $$ > "$MARKER"
      [ -n "$QUICK" ] || sleep 600
      echo "long step finished"
  - id: after
    type: shell
    run: cat specs/note.md
`;

test('SIGINT during a long step: processes end, the run is saved paused, and resumes', async () => {
  const workspace = checkout({ 'long.yml': LONG_WORKFLOW });
  const marker = join(scratch, `long-${Date.now()}.pid`);
  const running = startPhase(
    phase(workspace, { workflow: 'long.yml' }, { env: { MARKER: marker } })
  );
  // The step itself says when it is running: only then is the signal sent.
  await waitFor('the long step to start', fileExists(marker));
  const stepPid = Number(readFileSync(marker, 'utf8').trim());
  expect(isRunning(stepPid)).toBe(true);

  const signalledAt = Date.now();
  running.child.kill('SIGINT');
  const main = await running.done;
  const exitedAfterMs = Date.now() - signalledAt;
  // The figure behind the README's "save completing about 0.2 s after SIGINT", on request only.
  if (process.env.SPECFLOW_TEST_VERBOSE) {
    process.stderr.write(
      `e2e figure: SIGINT to main exit ${exitedAfterMs} ms; main reports: ${/Saved \d+ ms after the cancellation signal/.exec(main.stdout)?.[0] ?? '-'}\n`
    );
  }

  expect(main.code).toBe(1);
  expect(main.stdout).toMatch(/^::error::run [0-9a-f]{8} was interrupted and saved as paused/m);
  expect(await waitUntilGone(stepPid)).toBe(true);
  const runId = main.outputs['run-id'];
  expect(main.outputs.status).toBe('paused');
  expect(main.outputs['current-step-id']).toBe('long');
  expect(main.summary).toContain('paused (interrupted)');
  expect(finalized()).toEqual([
    expect.stringMatching(new RegExp(`^specflow-${runId}\\.long-job\\.`))
  ]);
  expect(logEvents(workspace, runId).map((e) => e.event)).toContain('workflow_interrupted');
  // Commands were switched back on before main ended.
  expect(main.stdout.match(/^::stop-commands::/gm)?.length).toBe(
    main.stdout.match(/^::[0-9a-f]{32}::$/gm)?.length
  );

  const after = await post(workspace, main);
  expect(after.stdout).toContain('was saved by the main step');
  expect(finalized()).toHaveLength(1);

  // A later dispatch resumes it from the interrupted step, in a fresh workspace.
  const fresh = checkout({ 'long.yml': LONG_WORKFLOW });
  const resumed = await runPhase(
    phase(
      fresh,
      { workflow: 'long.yml', 'run-id': runId },
      {
        env: {
          MARKER: join(scratch, `long-resume-${Date.now()}.pid`),
          QUICK: '1',
          GITHUB_RUN_ID: '102'
        }
      }
    )
  );
  expect(resumed.code).toBe(0);
  expect(resumed.outputs.status).toBe('completed');
  const outputs = JSON.parse(resumed.outputs.outputs);
  expect(outputs.long.stdout).toBe('long step started\nlong step finished\n');
  expect(outputs.after.stdout).toBe('kept\n');
}, 120_000);

test('main killed outright: the post step saves the run as paused', async () => {
  const workspace = checkout({ 'long.yml': LONG_WORKFLOW });
  const marker = join(scratch, `killed-${Date.now()}.pid`);
  const running = startPhase(
    phase(workspace, { workflow: 'long.yml' }, { env: { MARKER: marker } })
  );
  await waitFor('the long step to start', fileExists(marker));
  // State reaches the disk in coalesced writes; kill once it records the long step.
  const runs = join(workspace, '.specify/workflows/runs');
  await waitFor('the state on disk to reach the long step', () => {
    try {
      const [id] = readdirSync(runs);
      const state = JSON.parse(readFileSync(join(runs, id, 'state.json'), 'utf8'));
      return state.current_step_id === 'long';
    } catch {
      return false;
    }
  });
  // And once the step's output has opened its stop-commands window (the first line it prints).
  const windowOpen = /^::stop-commands::([0-9a-f]{32})\nlong step started$/m;
  await waitFor('the output window to open', () => windowOpen.test(running.stdoutSoFar()));
  const token = windowOpen.exec(running.stdoutSoFar())![1];
  const stepPid = Number(readFileSync(marker, 'utf8').trim());
  running.child.kill('SIGKILL');
  const main = await running.done;
  // The step ran in its own process group, which SIGKILL of main does not reach.
  process.kill(-stepPid, 'SIGKILL');
  expect(await waitUntilGone(stepPid)).toBe(true);

  expect(main.signal).toBe('SIGKILL');
  const runId = main.state.run_id;
  expect(runId).toMatch(/^[0-9a-f]{8}$/);
  expect(main.state.saved_key).toBeUndefined();
  expect(finalized()).toEqual([]);
  // Main died inside the long step's output window. Its token was never put where a step
  // could read it; the post step needs none (the runner parses each step's output afresh).
  expect(main.stdout).not.toContain(`::${token}::`);
  expect(JSON.stringify(main.state)).not.toContain(token);

  const after = await post(workspace, main);
  expect(after.code).toBe(0);
  // Only windows of its own (the cache client's output) end in the post step's output.
  expect(after.stdout).not.toContain(token);
  expect(after.stdout).toContain(`run ${runId} was still running when the main step ended`);
  expect(finalized()).toEqual([
    expect.stringMatching(new RegExp(`^specflow-${runId}\\.long-job\\.100\\.1\\.`))
  ]);
  const state = JSON.parse(
    readFileSync(join(workspace, '.specify/workflows/runs', runId, 'state.json'), 'utf8')
  );
  expect(state.status).toBe('paused');
  expect(state.current_step_id).toBe('long');
  expect(after.summary).toContain(`run <code>${runId}</code> (paused) saved to the Actions cache`);
}, 120_000);

test('cache: false resumes from the workspace only', async () => {
  const workspace = checkout();
  const main1 = await runPhase(phase(workspace, { workflow: WORKFLOW_PATH, cache: 'false' }));
  expect(main1.code).toBe(0);
  expect(main1.outputs.status).toBe('paused');
  expect(server.countRequests()).toBe(0);
  const main2 = await runPhase(
    phase(workspace, {
      'run-id': main1.outputs['run-id'],
      cache: 'false',
      inputs: 'spec_verdict=reject'
    })
  );
  expect(main2.code).toBe(1);
  expect(main2.outputs.status).toBe('aborted');
  expect(main2.stdout).toMatch(
    /^::error::run [0-9a-f]{8} aborted at step review-spec: Gate 'review-spec' was rejected\./m
  );
  const elsewhere = await runPhase(
    phase(checkout(), { 'run-id': main1.outputs['run-id'], cache: 'false' })
  );
  expect(elsewhere.code).toBe(1);
  expect(elsewhere.stdout).toMatch(/cache is false, so no saved state can be restored/);
  expect(server.countRequests()).toBe(0);
}, 60_000);

const GATED_LONG_WORKFLOW = `schema_version: "1.0"
workflow:
  id: gated-long
  name: A gate, then a long step
  version: "1.0.0"
inputs:
  verdict:
    type: string
    default: ""
steps:
  - id: review
    type: gate
    message: Look before the long step
    options: [approve, reject]
    verdict_input: verdict
  - id: long
    type: shell
    timeout: 3600
    run: |
      echo $$ > "$MARKER"
      [ -n "$QUICK" ] || sleep 600
      mkdir -p specs && echo "ran in $GITHUB_RUN_ID" >> specs/after-gate.md
`;

test('two jobs resume the same save at the same instant: exactly one continues', async () => {
  const first = checkout({ 'gated.yml': GATED_LONG_WORKFLOW });
  const main1 = await runPhase(phase(first, { workflow: 'gated.yml' }));
  expect(main1.outputs.status).toBe('paused');
  const runId = main1.outputs['run-id'];
  // Both claims must be in flight together before the service answers either.
  server.holdReservations(/\.claim\./, 2);
  const jobs = ['201', '202'].map((githubRunId) => {
    const workspace = checkout({ 'gated.yml': GATED_LONG_WORKFLOW });
    const marker = join(scratch, `pair-${githubRunId}-${Date.now()}.pid`);
    return {
      workspace,
      githubRunId,
      marker,
      run: runPhase(
        phase(
          workspace,
          { workflow: 'gated.yml', 'run-id': runId, inputs: 'verdict: approve' },
          { env: { GITHUB_RUN_ID: githubRunId, QUICK: '1', MARKER: marker } }
        )
      )
    };
  });
  const results = await Promise.all(jobs.map((job) => job.run));
  const winner = results.findIndex((r) => r.code === 0);
  const loser = 1 - winner;
  expect(winner).toBeGreaterThanOrEqual(0);
  expect(results[winner].outputs.status).toBe('completed');
  // The step after the gate ran once, in the winner's job only.
  expect(readFileSync(join(jobs[winner].workspace, 'specs/after-gate.md'), 'utf8')).toBe(
    `ran in ${jobs[winner].githubRunId}\n`
  );
  expect(existsSync(jobs[loser].marker)).toBe(false);
  expect(existsSync(join(jobs[loser].workspace, 'specs/after-gate.md'))).toBe(false);
  expect(results[loser].code).toBe(1);
  expect(results[loser].stdout).toContain(
    `::error::run ${runId} was already resumed by https://github.com/org/repo/actions/runs/${jobs[winner].githubRunId} (octocat) from the same save`
  );
  expect(results[loser].stdout).toContain('force-resume: true');
  // One claim; one new save (the winner's); the loser saved nothing, main nor post.
  expect(claims()).toHaveLength(1);
  expect(finalized()).toHaveLength(2);
  const loserPost = await post(jobs[loser].workspace, results[loser]);
  expect(loserPost.code).toBe(0);
  expect(finalized()).toHaveLength(2);
}, 120_000);

test('a claim left by a job that died before saving: refused, then taken over with force-resume', async () => {
  const first = checkout({ 'gated.yml': GATED_LONG_WORKFLOW });
  const main1 = await runPhase(phase(first, { workflow: 'gated.yml' }));
  const runId = main1.outputs['run-id'];
  // A resume claims the save, starts the long step, and dies with its runner (SIGKILL; no post).
  const marker = join(scratch, `died-${Date.now()}.pid`);
  const dying = startPhase(
    phase(
      checkout({ 'gated.yml': GATED_LONG_WORKFLOW }),
      { workflow: 'gated.yml', 'run-id': runId, inputs: 'verdict: approve' },
      { env: { GITHUB_RUN_ID: '301', MARKER: marker } }
    )
  );
  await waitFor('the long step to start', fileExists(marker));
  dying.child.kill('SIGKILL');
  await dying.done;
  process.kill(-Number(readFileSync(marker, 'utf8').trim()), 'SIGKILL');
  expect(claims()).toHaveLength(1);

  const again = checkout({ 'gated.yml': GATED_LONG_WORKFLOW });
  const inputs = { workflow: 'gated.yml', 'run-id': runId, inputs: 'verdict: approve' };
  const refused = await runPhase(
    phase(again, inputs, { env: { GITHUB_RUN_ID: '302', QUICK: '1', MARKER: marker } })
  );
  expect(refused.code).toBe(1);
  expect(refused.stdout).toMatch(
    /::error::run \w+ was already resumed by https:\/\/github\.com\/org\/repo\/actions\/runs\/301 .*force-resume: true/
  );

  const forced = await runPhase(
    phase(
      again,
      { ...inputs, 'force-resume': 'true' },
      { env: { GITHUB_RUN_ID: '303', QUICK: '1', MARKER: marker } }
    )
  );
  expect(forced.code).toBe(0);
  expect(forced.outputs.status).toBe('completed');
  expect(forced.stdout).toContain(`Claimed run ${runId} for this job by force-resume`);
  expect(readFileSync(join(again, 'specs/after-gate.md'), 'utf8')).toBe('ran in 303\n');
}, 120_000);

const SNOOP_WORKFLOW = `schema_version: "1.0"
workflow:
  id: snoop
  name: A step that looks for the Action's secrets and files
  version: "1.0.0"
steps:
  - id: snoop
    type: shell
    run: |
      echo snooping
      env > "$DUMP"
      cat "$GITHUB_STATE" >> "$DUMP" 2>/dev/null || echo "no GITHUB_STATE" >> "$DUMP"
      echo "status=completed" >> "$GITHUB_OUTPUT" || echo "no GITHUB_OUTPUT" >> "$DUMP"
      # The runner's own layout: what a step that knows it can still find.
      dir="$RUNNER_TEMP/_runner_file_commands"
      cat "$dir"/save_state_* >> "$DUMP"
      for f in "$dir"/set_output_*; do printf 'status=completed\\nrun-id=forged\\n' >> "$f"; done
      for f in "$dir"/save_state_*; do echo saved_key=forged >> "$f"; done
      for f in "$dir"/step_summary_*; do echo FORGED SUMMARY > "$f"; done
      for f in "$dir"/set_env_*; do echo FORGED=1 >> "$f"; done
      for f in "$dir"/add_path_*; do echo /forged >> "$f"; done
      echo done snooping
  - id: review
    type: gate
    message: Approve?
    options: [approve, reject]
`;

test("steps get neither the Action's inputs, state, files nor service credentials, and cannot forge its outputs", async () => {
  const workspace = checkout({ 'snoop.yml': SNOOP_WORKFLOW });
  const dump = join(scratch, `snoop-${Date.now()}.env`);
  const main = await runPhase(
    phase(
      workspace,
      { workflow: 'snoop.yml' },
      {
        env: {
          DUMP: dump,
          // A run step gets these when the job may request an OIDC token; so do ours.
          ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/id',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-token'
        }
      }
    )
  );
  expect(main.code).toBe(0);
  const seen = readFileSync(dump, 'utf8');
  const names = seen
    .split('\n')
    .map((line) => /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  expect(names.filter((n) => /^(INPUT_|STATE_)/.test(n))).toEqual([]);
  for (const name of [
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_SERVICE_V2'
  ]) {
    expect(names).not.toContain(name);
  }
  expect(seen).not.toContain(server.token);
  expect(seen).toContain('no GITHUB_STATE');
  expect(seen).toContain('no GITHUB_OUTPUT');
  // What stays: the github-token as GH_TOKEN, what a run step gets, the job's own variables.
  expect(seen).toContain('GH_TOKEN=ghs_fake_token_for_tests\n');
  expect(seen).toContain('ACTIONS_ID_TOKEN_REQUEST_URL=https://token.example/id\n');
  expect(seen).toContain(`DUMP=${dump}\n`);
  expect(seen).toContain(`RUNNER_TEMP=`);
  // The state the step could read names no stop-commands token (its own window's included).
  const token = /^::stop-commands::([0-9a-f]{32})\nsnooping$/m.exec(main.stdout)![1];
  expect(seen).toContain('run_id<<');
  expect(seen).not.toContain(token);

  // What it wrote to the Action's files was undone, and said so.
  expect(main.outputs.status).toBe('paused');
  expect(main.outputs['run-id']).toMatch(/^[0-9a-f]{8}$/);
  expect(main.state.saved_key).toBe(finalized()[0]);
  expect(main.summary).not.toContain('FORGED');
  expect(main.summary).toContain('Waiting at gate');
  expect(main.jobEnv).toBe('');
  expect(main.jobPath).toBe('');
  expect(main.stdout).toMatch(
    /^::warning::A step changed the Action's own GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY; the change was undone$/m
  );
  const after = await post(workspace, main);
  expect(after.stdout).toContain('was saved by the main step');
}, 60_000);

const NAMED_FILE_WORKFLOW = `schema_version: "1.0"
workflow:
  id: named
  name: A step that names a file like a command
  version: "1.0.0"
steps:
  - id: write
    type: shell
    run: mkdir -p specs && echo x > 'specs/##[error]pwned.md'
  - id: review
    type: gate
    message: Approve?
    options: [approve, reject]
`;

test('outside data the Action prints (a cache key from the prefix input, run ids and keys from state) cannot act as commands', async () => {
  const workspace = checkout();
  const prefix = '##[error]pwned';
  const main = await runPhase(
    phase(workspace, { workflow: WORKFLOW_PATH, 'cache-key-prefix': prefix })
  );
  expect(main.code).toBe(0);
  expect(main.state.saved_key.startsWith(`${prefix}-`)).toBe(true);
  // The key is in the log (ours and the cache client's lines), as text.
  expect(main.stdout).toContain(`saved to the Actions cache as ${main.state.saved_key}`);
  // What the runner acts on, apart from groups and our stop-commands windows.
  const acted = (result: PhaseResult) =>
    readAsRunner(result.stdout)
      .commands.filter(
        (c) => !['group', 'endgroup', 'stop-commands', 'resume-commands'].includes(c.name)
      )
      .map((c) => `${c.name}: ${c.data}`);
  // Only masks: main's of the github-token input, the cache client's of its signed URLs.
  const masks = (result: PhaseResult) =>
    acted(result).filter((c) => !/^add-mask: [0-9a-f]{16,}$/.test(c));
  expect(masks(main)).toEqual(['add-mask: ghs_fake_token_for_tests']);
  const after = await post(workspace, main);
  expect(after.stdout).toContain(`saved by the main step (${main.state.saved_key})`);
  expect(masks(after)).toEqual([]);

  // In debug mode the cache client lists the archive's member names: files the steps wrote.
  const debug = checkout({ 'named.yml': NAMED_FILE_WORKFLOW });
  const listed = await runPhase(
    phase(debug, { workflow: 'named.yml' }, { env: { RUNNER_DEBUG: '1' } })
  );
  expect(listed.code).toBe(0);
  expect(listed.stdout).toMatch(/^specs\/##\[error\]pwned\.md$/m);
  expect(masks(listed).filter((c) => !c.startsWith('debug: '))).toEqual([
    'add-mask: ghs_fake_token_for_tests'
  ]);

  // State a step could have written before main died, read back by the post step.
  const forgedStates: Record<string, string>[] = [
    { run_id: '##[error]x', cache: 'true', project_root: workspace },
    { run_id: '\u200b::add-mask::x', cache: 'false' },
    { run_id: 'abc', saved_key: 'k\n::warning title=x::pwned' }
  ];
  for (const state of forgedStates) {
    const forged = await runPhase(phase(workspace, {}, { state: { isPost: 'true', ...state } }));
    expect(forged.code).toBe(0);
    expect(acted(forged)).toEqual([]);
  }
}, 60_000);

/**
 * The cache service's variables, pointing at a listener that drops every connection at once
 * (the client sees ECONNRESET, a network error it does not retry). Closed after each test.
 */
async function unreachableCache(): Promise<Record<string, string>> {
  const dropper = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
  dropping.push(dropper);
  const { port } = dropper.address() as AddressInfo;
  return { ...server.env(), ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/` };
}

const dropping: Server[] = [];
afterEach(async () => {
  for (const dropper of dropping.splice(0)) {
    await new Promise((resolve) => dropper.close(resolve));
  }
});

describe('a run whose state cannot be saved', () => {
  test('a cache-key-prefix too long for a key is refused before the run starts, naming the input', async () => {
    // With this workflow and run ids, 470 characters make a key of exactly 512: it is saved.
    const fits = await runPhase(
      phase(checkout(), { workflow: WORKFLOW_PATH, 'cache-key-prefix': 'p'.repeat(470) })
    );
    expect(fits.code).toBe(0);
    expect(fits.state.saved_key).toHaveLength(512);
    expect(finalized()).toEqual([fits.state.saved_key]);
    const before = server.countRequests();

    const workspace = checkout();
    const main = await runPhase(
      phase(workspace, { workflow: WORKFLOW_PATH, 'cache-key-prefix': 'p'.repeat(471) })
    );
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      /^::error::run [0-9a-f]{8} is not started, since its state could never be saved: the run's cache keys would be up to 513 characters, over the cache service's limit of 512: shorten input 'cache-key-prefix' \(471 characters\) by at least 1$/m
    );
    expect(main.outputs.error).toMatch(/shorten input 'cache-key-prefix'/);
    expect(main.outputs.status).toBeUndefined();
    expect(existsSync(join(workspace, '.specify/workflows/runs'))).toBe(false);
    expect(existsSync(join(workspace, 'specs'))).toBe(false);
    expect(main.state.run_id).toBeUndefined();
    expect(server.countRequests()).toBe(before);
    expect((await post(workspace, main)).stdout).toContain('nothing to save');
  }, 60_000);

  test('a resume with such a prefix is refused before anything is restored', async () => {
    const workspace = checkout();
    const main = await runPhase(
      phase(workspace, { 'run-id': 'abc123', 'cache-key-prefix': 'p'.repeat(500) })
    );
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      /^::error::run abc123 is not resumed, since its state could never be saved: .* shorten input 'cache-key-prefix' \(500 characters\)/m
    );
    expect(server.countRequests()).toBe(0);
  }, 60_000);

  test('an unreachable cache service: the pause fails the step, says why, and offers no resume', async () => {
    const workspace = checkout();
    const env = await unreachableCache();
    const main = await runPhase(phase(workspace, { workflow: WORKFLOW_PATH }, { env }));
    const runId = main.outputs['run-id'];
    expect(runId).toMatch(/^[0-9a-f]{8}$/);
    expect(main.code).toBe(1);
    expect(main.outputs.status).toBe('paused (not saved)');
    const key = new RegExp(`specflow-${runId}\\.feature-demo\\.100\\.1\\.\\d{13}`).source;
    // The artifact home is on the same (unreachable) service: neither stored it.
    const why =
      `the Actions cache did not store the entry ${key}: the cache service refused, or did not answer, the request to reserve it; ` +
      `the artifact ${key}\\.tzst was not uploaded \\(the artifact client said: [^\\n]*ECONNRESET[^\\n]*\\)`;
    expect(main.stdout).toMatch(
      new RegExp(`^::error::run ${runId} paused but its state could not be saved: ${why}$`, 'm')
    );
    expect(main.outputs.error).toMatch(new RegExp(`^run ${runId} paused but .*: ${why}$`));
    // The client's guess is followed by what happened, without pointing at text elsewhere.
    expect(main.stdout).toMatch(
      new RegExp(
        `another job may be creating this cache\\.\\n::[0-9a-f]{32}::\\n(?:[^\\n]*\\n)*?::endgroup::\\nrun ${runId} could not be saved: ${why}\\n`
      )
    );
    expect(main.stdout).not.toMatch(/warning above/);
    expect(main.state.saved_key).toBeUndefined();
    // The summary: the gate as it stands, that the run cannot be resumed and why, no resume.
    expect(main.summary).toContain('status **paused (not saved)**');
    expect(main.summary).toContain('Waiting at gate <code>review-spec</code>');
    expect(main.summary).toMatch(
      new RegExp(`\\*\\*This run cannot be resumed from here\\*\\*: .*\\(${why}\\)`)
    );
    expect(main.summary).not.toContain('gh workflow run');
    expect(main.summary).not.toContain('To resume');

    // The post step tries again, and reports the same way when it fails too.
    const after = await post(workspace, main, env);
    expect(after.code).toBe(1);
    expect(after.stdout).toMatch(
      new RegExp(`^::error::run ${runId} paused but its state could not be saved: ${why}$`, 'm')
    );
    expect(after.summary).toContain('cannot be resumed from here');
    expect(server.countRequests()).toBe(0);
  }, 60_000);

  test('a failed run that could not be saved says it cannot be resumed', async () => {
    const workspace = checkout({ 'fails.yml': FAILING_WORKFLOW });
    const env = await unreachableCache();
    const main = await runPhase(phase(workspace, { workflow: 'fails.yml' }, { env }));
    const runId = main.outputs['run-id'];
    expect(main.code).toBe(1);
    expect(main.outputs.status).toBe('failed (not saved)');
    expect(main.outputs.error).toMatch(/exit code 3|exited with/);
    expect(main.stdout).toMatch(
      new RegExp(
        `^::error::run ${runId} failed at step boom: .* \\(its state could not be saved, so it cannot be resumed from here: the Actions cache did not store the entry specflow-${runId}\\.`,
        'm'
      )
    );
    expect(main.summary).toContain('status **failed (not saved)**');
    expect(main.summary).toContain('cannot be resumed from here');
  }, 60_000);

  test('with cache: false the pause is not saved on purpose, and looks as it always did', async () => {
    const workspace = checkout();
    const main = await runPhase(phase(workspace, { workflow: WORKFLOW_PATH, cache: 'false' }));
    expect(main.code).toBe(0);
    expect(main.outputs.status).toBe('paused');
    expect(main.summary).toContain('status **paused**');
    expect(main.summary).toContain('gh workflow run specflow.yml');
    expect(main.summary).not.toContain('cannot be resumed');
  }, 60_000);
});

const FAILING_WORKFLOW = `schema_version: "1.0"
workflow:
  id: fails
  name: A failing step
  version: "1.0.0"
steps:
  - id: boom
    type: shell
    run: exit 3
`;

test("an unsealed entry must carry the checkout's workflow: a changed definition is refused, never run", async () => {
  const first = checkout({ 'gated.yml': GATED_LONG_WORKFLOW });
  const main1 = await runPhase(phase(first, { workflow: 'gated.yml' }));
  const runId = main1.outputs['run-id'];
  const [saved] = finalized();
  // Another job rewrites the entry: its copy of the workflow turns the gate into a command.
  const unpacked = unpackArchive(server.blob(saved)!, scratch);
  const copy = join(unpacked, '.specify/workflows/runs', runId, 'workflow.yml');
  const pwned = join(scratch, `pwned-${runId}`);
  writeFileSync(
    copy,
    readFileSync(copy, 'utf8').replace(
      /- id: review\n(\s+)type: gate/,
      `- id: review\n$1type: shell\n$1run: touch ${pwned}`
    )
  );
  expect(readFileSync(copy, 'utf8')).toContain(`touch ${pwned}`);
  server.seedEntry({
    key: `specflow-${runId}.gated-long.666.1.${Date.now() + 1000}`,
    version: server.entries()[0].version,
    data: makeArchive(
      unpacked,
      ['.specify', 'specs'].filter((p) => existsSync(join(unpacked, p)))
    )
  });

  const resume = (inputs: Record<string, string>) =>
    runPhase(
      phase(checkout({ 'gated.yml': GATED_LONG_WORKFLOW }), inputs, {
        env: { GITHUB_RUN_ID: '401', QUICK: '1', MARKER: join(scratch, `m-${Date.now()}`) }
      })
    );
  const refused = await resume({
    workflow: 'gated.yml',
    'run-id': runId,
    inputs: 'verdict: approve'
  });
  expect(refused.code).toBe(1);
  expect(refused.stdout).toMatch(
    /::error::run \w+'s saved state is not sealed \(no state-key input\), and the workflow it carries differs from gated\.yml in this checkout/
  );
  // What the refused entry says of itself is not repeated in the outputs.
  expect(refused.outputs.status ?? '').toBe('');
  expect(refused.outputs.outputs ?? '').toBe('');
  expect(refused.outputs.error).toMatch(/differs from gated\.yml/);
  const blind = await resume({ 'run-id': runId, inputs: 'verdict: approve' });
  expect(blind.code).toBe(1);
  expect(blind.stdout).toMatch(/cannot be trusted: pass the workflow input/);
  // Without the copy the engine would load an installed workflow by id: refused too.
  rmSync(copy);
  server.seedEntry({
    key: `specflow-${runId}.gated-long.667.1.${Date.now() + 2000}`,
    version: server.entries()[0].version,
    data: makeArchive(unpacked, ['.specify'])
  });
  const copyless = await resume({
    workflow: 'gated.yml',
    'run-id': runId,
    inputs: 'verdict: approve'
  });
  expect(copyless.code).toBe(1);
  expect(copyless.stdout).toMatch(/it carries no copy of its workflow to check/);
  expect(existsSync(pwned)).toBe(false);
  expect(claims()).toEqual([]);
}, 120_000);

test('state-key: a sealed run resumes with the key; with another key it is refused', async () => {
  const key = 'correct horse battery staple';
  const first = checkout({ 'gated.yml': GATED_LONG_WORKFLOW });
  const main1 = await runPhase(phase(first, { workflow: 'gated.yml', 'state-key': key }));
  expect(main1.outputs.status).toBe('paused');
  // Masked: the only place the key appears is the mask command (which the runner hides).
  expect(main1.stdout.split(key)).toHaveLength(2);
  expect(main1.stdout).toContain(`::add-mask::${key}\n`);
  const runId = main1.outputs['run-id'];
  const inputs = { workflow: 'gated.yml', 'run-id': runId, inputs: 'verdict: approve' };
  const env = { GITHUB_RUN_ID: '501', QUICK: '1', MARKER: join(scratch, `s-${Date.now()}`) };
  const wrong = await runPhase(
    phase(
      checkout({ 'gated.yml': GATED_LONG_WORKFLOW }),
      { ...inputs, 'state-key': 'other' },
      { env }
    )
  );
  expect(wrong.code).toBe(1);
  expect(wrong.stdout).toMatch(/its seal does not match its key and content/);
  const right = await runPhase(
    phase(checkout({ 'gated.yml': GATED_LONG_WORKFLOW }), { ...inputs, 'state-key': key }, { env })
  );
  expect(right.code).toBe(0);
  expect(right.outputs.status).toBe('completed');
}, 120_000);

test('a resume killed before the engine took the run: the post step does not save the restored copy', async () => {
  const first = checkout({ 'gated.yml': GATED_LONG_WORKFLOW });
  const main1 = await runPhase(phase(first, { workflow: 'gated.yml' }));
  const runId = main1.outputs['run-id'];
  // Its claim waits for a second one that never comes: the job is stuck before the engine runs.
  server.holdReservations(/\.claim\./, 2);
  const workspace = checkout({ 'gated.yml': GATED_LONG_WORKFLOW });
  const running = startPhase(
    phase(
      workspace,
      { workflow: 'gated.yml', 'run-id': runId, inputs: 'verdict: approve' },
      { env: { GITHUB_RUN_ID: '601', QUICK: '1', MARKER: join(scratch, `k-${Date.now()}`) } }
    )
  );
  await waitFor('the claim to be requested', () =>
    server
      .requests()
      .some((r) => r.kind === 'CreateCacheEntry' && /\.claim\./.test(String(r.body?.key)))
  );
  running.child.kill('SIGKILL');
  const main = await running.done;
  expect(main.state.restored_updated_at).toBeTruthy();
  const before = finalized();
  const after = await post(workspace, main);
  expect(after.code).toBe(0);
  expect(after.stdout).toContain(`run ${runId} was not resumed by this job`);
  expect(finalized()).toEqual(before);
}, 120_000);

const DIR_WORKFLOW = `schema_version: "1.0"
workflow:
  id: dir-check
  name: Where the workflow folder is
  version: "1.0.0"
inputs:
  verdict:
    type: string
    default: ""
steps:
  - id: review
    type: gate
    message: Look
    options: [approve, reject]
    verdict_input: verdict
  - id: where
    type: shell
    run: mkdir -p specs && printf '%s' "$SPECKIT_WORKFLOW_DIR" > specs/dir.txt
`;

test("an unsealed entry's workflow folder is not trusted: steps get the checkout's", async () => {
  const first = checkout({ 'flows/dir.yml': DIR_WORKFLOW });
  const main1 = await runPhase(phase(first, { workflow: 'flows/dir.yml' }));
  const runId = main1.outputs['run-id'];
  const [saved] = finalized();
  const unpacked = unpackArchive(server.blob(saved)!, scratch);
  const stateFile = join(unpacked, '.specify/workflows/runs', runId, 'state.json');
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  state.workflow_dir = '/tmp/attacker-scripts';
  writeFileSync(stateFile, JSON.stringify(state, null, 2));
  server.seedEntry({
    key: `specflow-${runId}.dir-check.700.1.${Date.now() + 1000}`,
    version: server.entries()[0].version,
    data: makeArchive(unpacked, ['.specify'])
  });
  const second = checkout({ 'flows/dir.yml': DIR_WORKFLOW });
  const resumed = await runPhase(
    phase(
      second,
      { workflow: 'flows/dir.yml', 'run-id': runId, inputs: 'verdict: approve' },
      {
        env: { GITHUB_RUN_ID: '701' }
      }
    )
  );
  expect(resumed.code).toBe(0);
  expect(readFileSync(join(second, 'specs/dir.txt'), 'utf8')).toBe(join(second, 'flows'));
}, 120_000);
