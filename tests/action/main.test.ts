/**
 * The Action's main step in process: a fake cache store, step types the test holds and releases,
 * and an emitter standing in for the process's signals, so a cancellation can be placed exactly
 * (while a step is stuck, or while the run is being saved). Timers are fake: the stop grace
 * period and the run state's coalesced writes advance only when a test says so.
 */
import { jest } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type {
  RestoreRunRequest,
  ClaimRequest,
  RestoreRunResult,
  ForgetResult,
  RunStateStore,
  SaveRunRequest,
  SaveRunResult
} from '../../src/action/cache-store.js';
import { STOP_GRACE_MS, runMain, type MainOptions } from '../../src/action/main.js';
import { STEP_TYPES } from '../../src/engine/steps/index.js';
import { StepStatus, type StepType } from '../../src/engine/types.js';
import { captureStdout, setEnv } from '../support/cache-server.js';
import { readAsRunner } from '../support/workflow-commands.js';
import { NO_GITHUB_API, inputVariables, parseFileCommands } from './runner.js';

interface Latch {
  promise: Promise<void>;
  resolve: () => void;
}

/** A promise with its resolve function outside. */
function latch(): Latch {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** `hold` steps: each waits, ignoring cancellation, until the test releases its key. */
class Holds {
  private readonly entered = new Map<string, Latch>();
  private readonly released = new Map<string, Latch>();
  private slot(map: Map<string, Latch>, key: string) {
    let l = map.get(key);
    if (!l) map.set(key, (l = latch()));
    return l;
  }
  started(key: string): Promise<void> {
    return this.slot(this.entered, key).promise;
  }
  release(key: string): void {
    this.slot(this.released, key).resolve();
  }
  readonly stepType: StepType = {
    type: 'hold',
    validate: () => [],
    execute: async (_config, context) => {
      const key = String(context.item);
      this.slot(this.entered, key).resolve();
      await this.slot(this.released, key).promise;
      return { status: StepStatus.Completed, output: { held: key } };
    }
  };
}

/** A store that records every save; `onSave` runs inside the save (the run's files as saved). */
class FakeStore implements RunStateStore {
  readonly enabled = true;
  readonly saves: SaveRunRequest[] = [];
  onSave: (request: SaveRunRequest) => Promise<void> = async () => {};
  async save(request: SaveRunRequest): Promise<SaveRunResult> {
    this.saves.push(request);
    await this.onSave(request);
    return {
      saved: true,
      key: `specflow-${request.runId}.${request.workflowId}.1.1.${this.saves.length}`,
      paths: [`.specify/workflows/runs/${request.runId}`]
    } as SaveRunResult;
  }
  restore(_request: RestoreRunRequest): Promise<RestoreRunResult> {
    return Promise.reject(new Error('this test restores nothing'));
  }
  claim(_request: ClaimRequest): Promise<{ key: string }> {
    return Promise.reject(new Error('this test claims nothing'));
  }
  saveShard(): Promise<SaveRunResult> {
    return Promise.reject(new Error('this test saves no shard'));
  }
  restoreShard(): Promise<null> {
    return Promise.reject(new Error('this test restores no shard'));
  }
  readonly artifacts = null;
  forget(): Promise<ForgetResult> {
    return Promise.resolve({ deleted: 0, failure: null });
  }
}

const FAN_OUT_WORKFLOW = `schema_version: "1.0"
workflow:
  id: held
  name: Held
  version: "1.0.0"
steps:
  - id: each
    type: fan-out
    items: ["a", "b"]
    max_concurrency: 2
    step:
      id: item
      type: hold
`;

const GATE_WORKFLOW = `schema_version: "1.0"
workflow:
  id: gated
  name: Gated
  version: "1.0.0"
inputs:
  verdict:
    type: string
    enum: [approve, reject]
steps:
  - id: review
    type: gate
    message: Approve?
    options: [approve, reject]
    verdict_input: verdict
`;

let scratch: string;
let root: string;
let files: { output: string; state: string; summary: string };
let restoreEnv: () => void = () => {};
let stdout: ReturnType<typeof captureStdout>;
let exitCodeBefore: typeof process.exitCode;

beforeAll(() => {
  // @actions/core remembers the summary file's path once read: one file for the whole suite.
  scratch = mkdtempSync(join(tmpdir(), 'action-main-test-'));
  files = {
    output: join(scratch, 'output'),
    state: join(scratch, 'state'),
    summary: join(scratch, 'summary')
  };
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  root = mkdtempSync(join(scratch, 'project-'));
  for (const file of Object.values(files)) writeFileSync(file, '');
  exitCodeBefore = process.exitCode;
  jest.useFakeTimers({
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'queueMicrotask',
      'performance',
      'hrtime',
      'Date'
    ]
  });
  stdout = captureStdout();
});

afterEach(() => {
  stdout.restore();
  jest.useRealTimers();
  restoreEnv();
  process.exitCode = exitCodeBefore;
});

function writeWorkflow(text: string): string {
  const rel = 'workflow.yml';
  writeFileSync(join(root, rel), text);
  return rel;
}

/** Run the main step with these inputs; returns what it wrote, said and set. */
function startMain(inputs: Record<string, string>, options: Partial<MainOptions> = {}) {
  restoreEnv();
  restoreEnv = setEnv({
    ...inputVariables(inputs),
    GITHUB_WORKSPACE: root,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RUN_ID: '100',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_REPOSITORY: 'org/repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: NO_GITHUB_API
  });
  process.exitCode = undefined;
  const lines: string[] = [];
  const done = runMain({ env: process.env, write: (text) => void lines.push(text), ...options });
  return {
    done,
    log: () => lines.join(''),
    outputs: () => parseFileCommands(readFileSync(files.output, 'utf8')),
    summary: () => readFileSync(files.summary, 'utf8')
  };
}

function runFolder(runId: string): string {
  return join(root, '.specify/workflows/runs', runId);
}

function logEvents(runId: string): Record<string, unknown>[] {
  return readFileSync(join(runFolder(runId), 'log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function readState(runId: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(runFolder(runId), 'state.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('a run that does not stop within the grace period', () => {
  it('is saved paused, with no driving process, and the engine cannot write it back to running', async () => {
    const holds = new Holds();
    const store = new FakeStore();
    const signals = new EventEmitter();
    const stepTypes = new Map([...STEP_TYPES, ['hold', holds.stepType]]);
    const main = startMain(
      { workflow: writeWorkflow(FAN_OUT_WORKFLOW) },
      { store, signals, stepTypes }
    );
    await Promise.race([
      Promise.all([holds.started('a'), holds.started('b')]),
      main.done.then(() => {
        throw new Error(`main ended early: ${main.log()}\n${stdout.text()}`);
      })
    ]);

    let savedState: Record<string, unknown> | null = null;
    store.onSave = async (request) => {
      // While the cache entry is being written, one item finishes (the other stays stuck)
      // and the run state's coalescing timer comes due.
      holds.release('a');
      await jest.advanceTimersByTimeAsync(1000);
      savedState = readState(request.runId);
    };
    signals.emit('SIGINT', 'SIGINT');
    await jest.advanceTimersByTimeAsync(STOP_GRACE_MS);
    await main.done;

    expect(store.saves).toHaveLength(1);
    expect(savedState).toMatchObject({ status: 'paused', runner: null });
    expect(main.log()).toMatch(/did not stop within/);
    expect(main.outputs().status).toBe('paused');
    expect(main.summary()).toContain('dispatch this workflow again with the run id: it goes on at');

    // Let the stuck item end, so the engine settles before the folder is removed.
    holds.release('b');
    await jest.advanceTimersByTimeAsync(1000);
    expect(readState(store.saves[0].runId)).toMatchObject({ status: 'paused', runner: null });
  });
});

describe('an interrupted run whose save fails', () => {
  it('fails the step as paused (not saved), and its summary offers no resume', async () => {
    const holds = new Holds();
    const signals = new EventEmitter();
    const store = new FakeStore();
    store.save = async (request) => {
      store.saves.push(request);
      return { saved: false, key: 'k', paths: [], reason: 'the service refused it' };
    };
    const stepTypes = new Map([...STEP_TYPES, ['hold', holds.stepType]]);
    const main = startMain(
      { workflow: writeWorkflow(FAN_OUT_WORKFLOW) },
      { store, signals, stepTypes }
    );
    await Promise.all([holds.started('a'), holds.started('b')]);
    signals.emit('SIGINT', 'SIGINT');
    await jest.advanceTimersByTimeAsync(STOP_GRACE_MS);
    await main.done;
    // Let the stuck items end, so the engine settles before the folder is removed.
    holds.release('a');
    holds.release('b');
    await jest.advanceTimersByTimeAsync(1000);

    const runId = store.saves[0].runId;
    expect(main.outputs().status).toBe('paused (not saved)');
    expect(main.outputs().error).toBe(
      `run ${runId} paused but its state could not be saved: the service refused it`
    );
    expect(stdout.text()).toContain(
      `::error::run ${runId} paused but its state could not be saved: the service refused it`
    );
    expect(stdout.text()).not.toMatch(/^::warning::/m);
    expect(main.summary()).toContain('status **paused (interrupted, not saved)**');
    expect(main.summary()).toContain('marked paused, but could not be saved');
    expect(main.summary()).not.toContain('resumes from the interrupted step');
    expect(process.exitCode).toBe(1);
  });
});

describe('a cancellation that arrives once the run has settled', () => {
  /** A run that pauses at its gate on its own, and a SIGINT while it is being saved. */
  async function pauseThenCancelDuringSave() {
    const store = new FakeStore();
    const signals = new EventEmitter();
    store.onSave = async () => {
      signals.emit('SIGINT', 'SIGINT');
    };
    const main = startMain({ workflow: writeWorkflow(GATE_WORKFLOW) }, { store, signals });
    await main.done;
    expect(store.saves).toHaveLength(1);
    expect(main.outputs().status).toBe('paused');
    return main;
  }

  it('arms no stop timer', async () => {
    await pauseThenCancelDuringSave();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('reports the pause at the gate, not an interruption', async () => {
    const main = await pauseThenCancelDuringSave();
    expect(main.summary()).toContain('paused');
    expect(main.summary()).not.toContain('interrupted');
    expect(stdout.text()).not.toMatch(/^::error::/m);
    expect(process.exitCode).toBeUndefined();
  });
});

describe('a resume the engine refuses', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  async function pausedRun(): Promise<string> {
    const workflow = writeWorkflow(GATE_WORKFLOW);
    const first = startMain({ workflow, cache: 'false' });
    await first.done;
    expect(first.outputs().status).toBe('paused');
    return first.outputs()['run-id'];
  }

  /** Resume the run from the workspace (cache off) with the gate's verdict input set. */
  async function resumeWith(runId: string, verdict: string) {
    writeFileSync(files.summary, '');
    const main = startMain({
      'run-id': runId,
      cache: 'false',
      inputs: JSON.stringify({ verdict })
    });
    await main.done;
    return main;
  }

  it('shows its error in the job summary as text, not as HTML', async () => {
    const runId = await pausedRun();
    const main = await resumeWith(runId, hostile);
    expect(main.outputs().error).toContain(hostile);
    expect(main.summary()).toContain('was not taken');
    expect(main.summary()).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(main.summary()).not.toContain('<img');
  });

  it('is not recorded as resumed', async () => {
    const runId = await pausedRun();
    const main = await resumeWith(runId, 'maybe');
    expect(main.outputs().error).toMatch(/"maybe" is not one of gate review's options/);
    expect(logEvents(runId).map((e) => e.event)).not.toContain('resumed');
    expect(main.summary()).not.toMatch(/Resumed by/);
    expect(main.log()).not.toMatch(/Resuming run/);
  });

  /** The run as a killed job left it: still `running`, its driver a process that is gone. */
  async function orphanedRun(): Promise<string> {
    const runId = await pausedRun();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const saved = readState(runId);
    writeFileSync(
      join(runFolder(runId), 'state.json'),
      JSON.stringify({ ...saved, status: 'running', runner: { pid: gone, hostname: hostname() } })
    );
    return runId;
  }

  it('takes over a run its killed driver left running, as the CLI does (one set of resume rules)', async () => {
    const runId = await orphanedRun();
    const main = await resumeWith(runId, 'approve');
    expect(main.outputs().error).toBe('');
    expect(logEvents(runId).map((e) => e.event)).toContain('run_recovered');
    // It was not waiting at the gate, so nothing answered it: the gate runs again and waits.
    expect(main.outputs().status).toBe('paused');
    expect((await resumeWith(runId, 'approve')).outputs().status).toBe('completed');
  });

  it('leaves such a run as it was, its log included, when the resume is refused', async () => {
    const runId = await orphanedRun();
    const before = readFileSync(join(runFolder(runId), 'log.jsonl'), 'utf8');
    const main = await resumeWith(runId, 'maybe');
    expect(main.outputs().error).toMatch(/not one of the allowed values/);
    expect(readFileSync(join(runFolder(runId), 'log.jsonl'), 'utf8')).toBe(before);
    expect(readState(runId).status).toBe('running');
  });

  it('while an accepted one is, once, before its first step starts again', async () => {
    const runId = await pausedRun();
    const main = await resumeWith(runId, 'approve');
    expect(main.outputs().status).toBe('completed');
    const events = logEvents(runId);
    const resumed = events.filter((e) => e.event === 'resumed');
    expect(resumed).toEqual([
      expect.objectContaining({ actor: 'octocat', gate: 'review', verdict: 'approve' })
    ]);
    const at = events.indexOf(resumed[0]);
    expect(events.slice(at + 1).map((e) => [e.event, e.step_id])).toEqual(
      expect.arrayContaining([['step_started', 'review']])
    );
    expect(events.slice(0, at).filter((e) => e.event === 'step_started')).toHaveLength(1);
    expect(main.summary()).toMatch(/Resumed by .*octocat/);
    expect(main.log()).toMatch(/Resuming run .* by octocat with verdict=approve/);
  });
});

describe('rerun-items', () => {
  const COUNTED_WORKFLOW = `schema_version: "1.0"
workflow:
  id: counted
  name: Counted
  version: "1.0.0"
steps:
  - id: each
    type: fan-out
    items: ["a", "b"]
    step:
      id: item
      type: count
`;

  it('a resume keeps completed fan-out items by default, and runs them all again when set', async () => {
    const ran: string[] = [];
    let fixed = false;
    const count: StepType = {
      type: 'count',
      validate: () => [],
      execute: async (_config, context) => {
        ran.push(String(context.item));
        const fails = context.item === 'b' && !fixed;
        return { status: fails ? StepStatus.Failed : StepStatus.Completed, output: {} };
      }
    };
    const stepTypes = new Map([...STEP_TYPES, ['count', count]]);
    const first = startMain(
      { workflow: writeWorkflow(COUNTED_WORKFLOW), cache: 'false' },
      { stepTypes }
    );
    await first.done;
    expect(first.outputs().status).toBe('failed');
    const runId = first.outputs()['run-id'];
    expect(ran).toEqual(['a', 'b']);

    ran.length = 0;
    const kept = startMain({ 'run-id': runId, cache: 'false' }, { stepTypes });
    await kept.done;
    expect(kept.outputs().status).toBe('failed');
    expect(ran).toEqual(['b']);

    fixed = true;
    ran.length = 0;
    const all = startMain(
      { 'run-id': runId, cache: 'false', 'rerun-items': 'true' },
      { stepTypes }
    );
    await all.done;
    expect(all.outputs().status).toBe('completed');
    expect(ran).toEqual(['a', 'b']);
  });
});

describe('a damaged run folder', () => {
  test('a current_step_index past the end fails the resume, naming the state file', async () => {
    const first = startMain({ workflow: writeWorkflow(GATE_WORKFLOW), cache: 'false' });
    await first.done;
    expect(first.outputs().status).toBe('paused');
    const runId = first.outputs()['run-id'];
    const stateFile = join(runFolder(runId), 'state.json');
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    state.current_step_index = 1;
    writeFileSync(stateFile, JSON.stringify(state));

    const resumed = startMain({ 'run-id': runId, cache: 'false', inputs: 'verdict: approve' });
    await resumed.done;
    expect(resumed.outputs().error).toBe(
      `corrupt run state ${stateFile}: 'current_step_index' is 1, past the last of the workflow's 1 steps`
    );
    expect(process.exitCode).toBe(1);
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).status).toBe('paused');
  });
});

describe('cache: true where the runner offers no cache service (GHES without it, local-action)', () => {
  const notice =
    'the Actions cache is not available here: the run is kept in the workspace only; pass cache: false to silence this';
  let restoreService: () => void;

  beforeEach(() => {
    restoreService = setEnv({
      ACTIONS_RESULTS_URL: undefined,
      ACTIONS_CACHE_URL: undefined,
      ACTIONS_CACHE_SERVICE_V2: undefined
    });
  });

  afterEach(() => restoreService());

  function warnings(): string[] {
    return stdout.text().match(/^::warning::.*$/gm) ?? [];
  }

  async function pauseAtGate() {
    const first = startMain({ workflow: writeWorkflow(GATE_WORKFLOW), cache: 'true' });
    await first.done;
    return first;
  }

  it('runs as with cache: false after one warning: the pause succeeds and stays in the workspace', async () => {
    const first = await pauseAtGate();
    expect(warnings()).toEqual([`::warning::${notice}`]);
    expect(first.outputs().status).toBe('paused');
    expect(process.exitCode).toBeUndefined();
    const runId = first.outputs()['run-id'];
    expect(readState(runId).status).toBe('paused');
    expect(first.log()).toContain(
      `the Actions cache is not available here: run ${runId} was not saved to the Actions cache`
    );
    // The post step is told there is nothing of its own to save.
    expect(parseFileCommands(readFileSync(files.state, 'utf8')).cache).toBe('false');
  });

  it('resumes a run the workspace holds, and only past its gate with a verdict', async () => {
    const runId = (await pauseAtGate()).outputs()['run-id'];
    const unanswered = startMain({ 'run-id': runId, cache: 'true' });
    await unanswered.done;
    expect(unanswered.outputs().status).toBe('paused');
    expect(unanswered.outputs()['current-step-id']).toBe('review');

    const approved = startMain({ 'run-id': runId, cache: 'true', inputs: 'verdict: approve' });
    await approved.done;
    expect(approved.outputs().status).toBe('completed');
    expect(process.exitCode).toBeUndefined();
  });

  it('fails a resume of a run the workspace does not hold, and starts nothing', async () => {
    const main = startMain({ 'run-id': 'nope', cache: 'true', inputs: 'verdict: approve' });
    await main.done;
    expect(process.exitCode).toBe(1);
    expect(stdout.text()).toMatch(
      /^::error::no run nope in this workspace, and the Actions cache is not available here, so no saved state can be restored$/m
    );
    expect(main.outputs().status).toBeUndefined();
    expect(existsSync(join(root, '.specify'))).toBe(false);
  });
});

describe('a workflow that does not validate', () => {
  /** A workflow whose steps are each of an unknown type: one problem per step, step k at line 8 + 2k. */
  function brokenWorkflow(types: string[]): string {
    const steps = types.map((type, k) => `  - id: s${k}\n    type: ${JSON.stringify(type)}\n`);
    return writeWorkflow(
      `schema_version: "1.0"\nworkflow:\n  id: broken\n  name: Broken\n  version: "1.0.0"\nsteps:\n${steps.join('')}`
    );
  }

  function errorCommands(): string[] {
    return stdout.text().match(/^::error.*$/gm) ?? [];
  }

  const annotation = (k: number, type = 'bogus') =>
    `::error title=Invalid workflow,file=workflow.yml,line=${8 + 2 * k},col=11::` +
    `workflow.yml:${8 + 2 * k}:11: Step 's${k}' has an unknown type '${type}'.`;

  it('annotates each problem at its line in the workspace-relative file, then fails with a count', async () => {
    const main = startMain({
      workflow: brokenWorkflow(['bogus', 'bogus', 'bogus']),
      cache: 'false'
    });
    await main.done;
    expect(errorCommands()).toEqual([
      annotation(0),
      annotation(1),
      annotation(2),
      '::error::workflow workflow.yml is invalid: 3 problems'
    ]);
    expect(main.outputs().error).toMatch(/is invalid:\n(.*unknown type 'bogus'.*\n){2}.*'s2'/);
    expect(process.exitCode).toBe(1);
    expect(existsSync(join(root, '.specify'))).toBe(false);
  });

  it.each([
    [9, 9],
    [10, 8],
    [14, 8]
  ])(
    'with %d problems, %d are annotated: with the failure, never over 10 error annotations',
    async (count, annotated) => {
      const main = startMain({
        workflow: brokenWorkflow(Array(count).fill('bogus')),
        cache: 'false'
      });
      await main.done;
      const more = count - annotated;
      expect(errorCommands()).toEqual([
        ...Array.from({ length: annotated }, (_, k) => annotation(k)),
        ...(more > 0 ? [`::error::… and ${more} more problems, listed in the log`] : []),
        `::error::workflow workflow.yml is invalid: ${count} problems`
      ]);
      expect(errorCommands().length).toBeLessThanOrEqual(10);
      const listed = Array.from({ length: more }, (_, j) => annotated + j).map(
        (k) => `workflow.yml:${8 + 2 * k}:11: Step 's${k}' has an unknown type 'bogus'.\n`
      );
      if (more > 0) expect(main.log()).toContain(`${more} more problems:\n${listed.join('')}`);
      else expect(main.log()).not.toMatch(/more problems/);
    }
  );

  it('quotes what the workflow says as data: a problem cannot issue a workflow command', async () => {
    const hostile = 'x\n::warning::pwned%0A::warning::pwned\r##[set-output name=a]b';
    const main = startMain({ workflow: brokenWorkflow([hostile]), cache: 'false' });
    await main.done;
    const { commands } = readAsRunner(stdout.text() + main.log());
    expect(commands.map((c) => c.name)).toEqual(['add-mask', 'error', 'error']);
    expect(commands[1].data).toContain('::warning::pwned%250A::warning::pwned');
  });

  it('a YAML error is annotated where the reader stopped', async () => {
    const workflow = writeWorkflow('schema_version: "1.0"\nworkflow:\n  id: [x\n');
    const main = startMain({ workflow, cache: 'false' });
    await main.done;
    expect(errorCommands()).toEqual([
      "::error title=Invalid workflow,file=workflow.yml,line=4,col=1::workflow.yml:4:1: expected ',' or ']' in the flow sequence, found the end of the text",
      '::error::workflow workflow.yml cannot be read: 1 problem'
    ]);
    expect(process.exitCode).toBe(1);
  });
});

describe('what the run is told before it starts', () => {
  it('an input the workflow does not declare is warned about once the run is accepted', async () => {
    const main = startMain({
      workflow: writeWorkflow(GATE_WORKFLOW),
      inputs: 'verdict: approve\nverdit: approve',
      cache: 'false'
    });
    await main.done;
    // A verdict given at the start answers nothing: the gate waits for an answer.
    expect(main.outputs().status).toBe('paused');
    expect(stdout.text()).toContain(
      '::warning::input "verdit" is not declared by workflow gated: it is ignored'
    );
    expect(stdout.text()).not.toContain('input "verdict" is not declared');
    expect(main.log().indexOf('Starting run')).toBeGreaterThanOrEqual(0);
  });

  it('a start the engine refuses is not announced as starting', async () => {
    const main = startMain({
      workflow: writeWorkflow(GATE_WORKFLOW),
      inputs: 'verdict: maybe',
      cache: 'false'
    });
    await main.done;
    expect(process.exitCode).toBe(1);
    expect(stdout.text()).toMatch(/::error::.*maybe/);
    expect(main.log()).not.toContain('Starting run');
  });
});
