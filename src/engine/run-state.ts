/**
 * A run's persisted state: `.specify/workflows/runs/<run_id>/` holding
 * `state.json`, `inputs.json`, `log.jsonl` and `workflow.yml`, in the same
 * layout and fields as the reference so either tool can inspect or resume
 * the other's runs, plus specflow's `journal.jsonl` while the run is driven.
 *
 * Each recorded result (a step's record, an output, a fan-out item's reuse
 * entry, the top-level position) is appended to the journal the moment it
 * exists, at a cost that does not grow with the run (run-journal.ts). The
 * whole state is written as a snapshot (`state.json`, atomically: temp file
 * and rename) when something the journal does not hold changes, once the
 * journal has grown to half the snapshot's size (so the snapshots cost time
 * linear in the work done, not quadratic), at most once per coalescing
 * window, and exactly at every stop, where `flush()` also retires the
 * journal: a stopped run's folder is what the reference reads and writes.
 * Loading a state replays the journal of its snapshot over it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { readRegularText, requireRegularFile, writeFileAtomic } from './files.js';
import {
  JournalWriter,
  type JournalEntry,
  journalToken,
  newJournalToken,
  readJournal,
  removeJournal,
  type RunPosition
} from './run-journal.js';
import { distributionJson, parseDistribution, type Distribution } from './distribution.js';
import { isValidWorkflowId, runIdProblem } from './ids.js';
import {
  getOr,
  hasKey,
  isArrayIndexKey,
  isDict,
  jsonNestsTooDeep,
  pyJsonDumps,
  pyJsonLoads,
  pyKeys,
  recordPyKeyOrder,
  RUN_FILE_MAX_DEPTH,
  setKey
} from './pyvalue.js';
import {
  RUN_STATUSES,
  RunStatus,
  type StepRecord,
  type StepTiming,
  WorkflowError
} from './types.js';

/** How long a change only a snapshot holds may wait before it reaches the disk. */
const DEFAULT_COALESCE_MS = 200;

/** How long log lines may wait before they are appended to `log.jsonl`. */
const LOG_WRITE_MS = 4;

/** Throws unless `runId` is safe to use as a single path component. */
export function assertValidRunId(runId: unknown): asserts runId is string {
  const problem = runIdProblem(runId);
  if (problem !== null) throw new WorkflowError(problem);
}

/** A fresh run id: 8 hex characters, like the reference's truncated uuid4. */
export function generateRunId(): string {
  return randomBytes(4).toString('hex');
}

/** Timestamps in the reference's format (`datetime.now(timezone.utc).isoformat()`). */
export function pythonTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}

/** Only a paused or failed run can be resumed (a run left running only once its driver is gone). */
export function isResumable(status: RunStatus): boolean {
  return status === RunStatus.Paused || status === RunStatus.Failed;
}

/** Opening the run log to append: created if missing, never through a symbolic link. */
const APPEND_NO_FOLLOW =
  fs.constants.O_WRONLY |
  fs.constants.O_APPEND |
  fs.constants.O_CREAT |
  (fs.constants.O_NOFOLLOW ?? 0);

export function runsRoot(projectRoot: string): string {
  return path.join(projectRoot, '.specify', 'workflows', 'runs');
}

export function runDirectory(projectRoot: string, runId: string): string {
  assertValidRunId(runId);
  return path.join(runsRoot(projectRoot), runId);
}

/** Which process on which host drives a run. */
export interface RunnerIdentity {
  pid: number;
  hostname: string;
}

function isRunnerIdentity(value: unknown): value is RunnerIdentity {
  return (
    isDict(value) &&
    typeof value.pid === 'number' &&
    Number.isInteger(value.pid) &&
    typeof value.hostname === 'string'
  );
}

export function currentRunner(): RunnerIdentity {
  return { pid: process.pid, hostname: os.hostname() };
}

/**
 * Whether a run marked `running` has lost its driver: a process on this
 * host that no longer exists. A run from another host (or an older tool
 * that did not say) is assumed alive: nothing here can tell.
 */
export function runnerIsGone(runner: RunnerIdentity | null): boolean {
  if (runner === null || runner.hostname !== os.hostname()) return false;
  if (runner.pid === process.pid) return false;
  try {
    process.kill(runner.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export interface RunStateInit {
  runId: string;
  workflowId: string;
  projectRoot: string;
  coalesceMs?: number;
}

export class RunState {
  readonly runId: string;
  readonly workflowId: string;
  readonly projectRoot: string;
  status: RunStatus = RunStatus.Created;
  currentStepIndex = 0;
  currentStepId: string | null = null;
  stepResults: Record<string, StepRecord> = {};
  /** specflow's addition: when each step ran (the reference ignores the field). */
  stepTimings: Record<string, StepTiming> = {};
  /**
   * specflow's addition: the process driving the run while it is running, so
   * a run left `running` by a killed process can be told from a live one.
   */
  runner: RunnerIdentity | null = null;
  /**
   * specflow's addition: for each fan-out item whose last run may be reused
   * on resume, what that run depended on (see item-reuse.ts). The reference
   * ignores the field when it loads a run and drops it when it saves one, so
   * a run the reference has touched reuses nothing.
   */
  fanOutReuse: Record<string, unknown> = {};
  /**
   * specflow's addition: the fan-out whose items were handed to other jobs (a matrix of
   * shards) and are not gathered yet; null otherwise (and then absent from state.json).
   */
  distribution: Distribution | null = null;
  inputs: Record<string, unknown> = {};
  workflowDir: string | null = null;
  createdAt: string;
  updatedAt: string;
  error: string | null = null;
  /**
   * specflow's addition: the step whose own result failed or aborted the run (a fan-out item,
   * a step inside a branch), which `current_step_id` does not always name.
   */
  failedStepId: string | null = null;
  /** Kept as found so a run started by the reference from an installed workflow round-trips. */
  installedWorkflowId: string | null = null;
  installedRegistryRoot: string | null = null;

  private readonly coalesceMs: number;
  /** Changed in a way only a snapshot holds. */
  private dirty = false;
  private snapshotTimer: NodeJS.Timeout | null = null;
  private logTimer: NodeJS.Timeout | null = null;
  private pendingLog: string[] = [];
  private dirCreated = false;
  /** The journal of the last snapshot, while results are being recorded. */
  private journal: JournalWriter | null = null;
  /** Set when an append failed: from then on every change waits for a snapshot. */
  private journalFailed = false;
  private snapshotBytes = 0;
  /** The position the journal last recorded, so an unchanged one is not written again. */
  private journaledAt: RunPosition | null = null;
  /** What the snapshots have cost so far (counted, so tests and benchmarks can tell). */
  readonly persistence = { snapshots: 0, snapshotBytes: 0 };

  constructor(init: RunStateInit) {
    assertValidRunId(init.runId);
    this.runId = init.runId;
    this.workflowId = init.workflowId;
    this.projectRoot = init.projectRoot;
    this.coalesceMs = init.coalesceMs ?? DEFAULT_COALESCE_MS;
    this.createdAt = pythonTimestamp();
    this.updatedAt = this.createdAt;
  }

  get runDir(): string {
    return runDirectory(this.projectRoot, this.runId);
  }

  get stateFile(): string {
    return path.join(this.runDir, 'state.json');
  }

  /** Where the run is now: `current_step_index` and `current_step_id`. */
  position(): RunPosition {
    return [this.currentStepIndex, this.currentStepId];
  }

  /**
   * Record a step's result. `next` is where the run goes on once this
   * result has been recorded, when the engine knows it already (a top-level
   * step with nothing nested to run): a state replayed after a kill right
   * here then starts at the next step instead of running this one again.
   */
  recordStep(stepId: string, record: StepRecord, timing?: StepTiming, next?: RunPosition): void {
    this.applyRecord(stepId, record, timing ?? null);
    // The run is at the next step from here on, in memory as on disk.
    if (next !== undefined) [this.currentStepIndex, this.currentStepId] = next;
    this.journalEntry({
      kind: 'step',
      stepId,
      record,
      timing: timing ?? null,
      at: this.position()
    });
  }

  private applyRecord(stepId: string, record: StepRecord, timing: StepTiming | null): void {
    // Timings live beside the records: `{{ steps.x }}` must see exactly the reference's record.
    if (timing !== null) setKey(this.stepTimings, stepId, timing);
    if (isArrayIndexKey(stepId) && !hasKey(this.stepResults, stepId)) {
      // Python appends a new id; JS would list an integer-like one (`2`) before the others.
      const order = [...pyKeys(this.stepResults), stepId];
      setKey(this.stepResults, stepId, record);
      recordPyKeyOrder(this.stepResults, order);
    } else setKey(this.stepResults, stepId, record);
  }

  setStepOutput(stepId: string, output: Record<string, unknown>): void {
    const rec = getOr(this.stepResults, stepId, undefined);
    if (rec === undefined) return;
    rec.output = output;
    this.journalEntry({ kind: 'output', stepId, output });
  }

  /** Offer (or, with `undefined`, withdraw) a fan-out item's last run for reuse (item-reuse.ts). */
  setItemReuse(itemId: string, entry: unknown): void {
    if (entry === undefined && !hasKey(this.fanOutReuse, itemId)) return; // nothing to withdraw
    if (entry === undefined) delete this.fanOutReuse[itemId];
    else setKey(this.fanOutReuse, itemId, entry);
    this.journalEntry({ kind: 'reuse', itemId, entry });
  }

  /** Make the current position durable (a top-level step is starting). */
  markPosition(): void {
    const at = this.position();
    const last = this.journaledAt;
    if (last !== null && last[0] === at[0] && last[1] === at[1]) return;
    this.journalEntry({ kind: 'at', at });
  }

  /** Append an event to `log.jsonl` (within a few milliseconds, and at every snapshot). */
  log(entry: Record<string, unknown>): void {
    const line = pyJsonDumps({ ...entry, timestamp: pythonTimestamp() });
    this.pendingLog.push(line);
    if (this.logTimer === null) {
      this.logTimer = setTimeout(() => {
        this.logTimer = null;
        try {
          this.writePendingLog();
        } catch {
          // Kept pending: the next snapshot writes them or reports why it cannot.
        }
      }, LOG_WRITE_MS);
      this.logTimer.unref();
    }
  }

  /**
   * Append one event to log.jsonl now, without a snapshot: for an event about a run nobody drives
   * (an answer the Action recorded but that did not resume it).
   */
  logNow(entry: Record<string, unknown>): void {
    this.log(entry);
    this.writePendingLog();
  }

  /** Mark the state changed in a way only a snapshot holds; one follows within the coalescing window. */
  save(): void {
    this.dirty = true;
    this.scheduleSnapshot();
  }

  /** Write a snapshot now and start a journal for what follows (a run starts or resumes). */
  checkpoint(): void {
    this.snapshot(true);
  }

  /**
   * Write everything now and retire the journal: state.json, inputs.json
   * and pending log lines are exact, as the reference would have left them.
   * Called whenever the run stops.
   */
  flush(): void {
    this.snapshot(false);
  }

  private journalEntry(entry: JournalEntry): void {
    if (entry.kind === 'step' || entry.kind === 'at') this.journaledAt = entry.at;
    if (this.journalFailed) {
      this.save();
      return;
    }
    try {
      // A snapshot holds this change too, and starts the journal that what follows goes to.
      if (this.journal === null) this.snapshot(true);
      else this.journal.append(entry);
    } catch {
      // Out of space, say: fall back to snapshots alone, whose errors the next stop reports.
      this.journalFailed = true;
      this.journal?.close();
      this.journal = null;
      this.save();
      return;
    }
    this.scheduleSnapshot();
  }

  private scheduleSnapshot(): void {
    if (this.snapshotTimer !== null) return;
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      // Folding the journal each time it has grown to half the snapshot keeps the
      // snapshots' cost linear in the journal's, however large the state grows.
      const worthFolding =
        this.journal !== null &&
        this.journal.bytes > 0 &&
        this.journal.bytes * 2 >= this.snapshotBytes;
      if (!this.dirty && !worthFolding) return;
      try {
        this.snapshot(!this.journalFailed);
      } catch {
        // Nothing can catch an error thrown from a timer: leave the state
        // dirty; the explicit flush when the run stops retries and reports it.
        this.dirty = true;
      }
    }, this.coalesceMs);
    this.snapshotTimer.unref();
  }

  /**
   * Write state.json and inputs.json durably; then, with `keepJournal`, a new
   * journal tied to this snapshot, else none. A kill between the two leaves
   * a snapshot whose token no journal carries: it is complete on its own.
   */
  private snapshot(keepJournal: boolean): void {
    if (this.snapshotTimer !== null) {
      clearTimeout(this.snapshotTimer);
      this.snapshotTimer = null;
    }
    this.ensureDir();
    this.writePendingLog();
    const token = keepJournal ? newJournalToken() : null;
    this.updatedAt = pythonTimestamp();
    const doc = this.toJSON();
    // specflow's addition, which the reference drops: the journal that extends this snapshot.
    if (token !== null) doc.journal = token;
    const text = pyJsonDumps(doc, 2);
    writeFileAtomic(this.stateFile, text, true);
    writeFileAtomic(
      path.join(this.runDir, 'inputs.json'),
      pyJsonDumps({ inputs: this.inputs }, 2),
      true
    );
    this.dirty = false;
    // The new journal starts from this snapshot's position.
    this.journaledAt = this.position();
    this.snapshotBytes = text.length;
    this.persistence.snapshots++;
    this.persistence.snapshotBytes += text.length;
    this.journal?.close();
    this.journal = null;
    if (token !== null) this.journal = JournalWriter.create(this.runDir, token);
    else removeJournal(this.runDir);
  }

  /** Apply one journal entry as the call that wrote it did (nothing is written). */
  private replay(entry: JournalEntry): void {
    switch (entry.kind) {
      case 'step':
        this.applyRecord(entry.stepId, entry.record, entry.timing);
        [this.currentStepIndex, this.currentStepId] = entry.at;
        break;
      case 'output': {
        const rec = getOr(this.stepResults, entry.stepId, undefined);
        if (rec !== undefined) rec.output = entry.output;
        break;
      }
      case 'reuse':
        if (entry.entry === undefined) delete this.fanOutReuse[entry.itemId];
        else setKey(this.fanOutReuse, entry.itemId, entry.entry);
        break;
      case 'at':
        [this.currentStepIndex, this.currentStepId] = entry.at;
        break;
    }
  }

  private writePendingLog(): void {
    if (this.logTimer !== null) {
      clearTimeout(this.logTimer);
      this.logTimer = null;
    }
    if (this.pendingLog.length === 0) return;
    this.ensureDir();
    const lines = this.pendingLog.join('\n') + '\n';
    // Never through a link: a run folder from elsewhere could point log.jsonl at a script.
    const fd = fs.openSync(path.join(this.runDir, 'log.jsonl'), APPEND_NO_FOLLOW, 0o644);
    try {
      fs.writeSync(fd, lines);
    } finally {
      fs.closeSync(fd);
    }
    this.pendingLog = [];
  }

  private ensureDir(): void {
    if (!this.dirCreated) {
      fs.mkdirSync(this.runDir, { recursive: true });
      this.dirCreated = true;
    }
  }

  toJSON(): Record<string, unknown> {
    return {
      run_id: this.runId,
      workflow_id: this.workflowId,
      installed_workflow_id: this.installedWorkflowId,
      installed_registry_root: this.installedRegistryRoot,
      status: this.status,
      current_step_index: this.currentStepIndex,
      current_step_id: this.currentStepId,
      step_results: this.stepResults,
      workflow_dir: this.workflowDir,
      created_at: this.createdAt,
      updated_at: this.updatedAt,
      error: this.error,
      failed_step_id: this.failedStepId,
      step_timings: this.stepTimings,
      runner: this.runner,
      fan_out_reuse: this.fanOutReuse,
      ...(this.distribution === null ? {} : { distribution: distributionJson(this.distribution) })
    };
  }

  /**
   * Load a run's state, validating what is read: a corrupt or foreign file
   * is reported (and left untouched), never half-loaded.
   */
  static load(runId: string, projectRoot: string, coalesceMs?: number): RunState {
    const dir = runDirectory(projectRoot, runId);
    const file = path.join(dir, 'state.json');
    let text: string;
    try {
      text = readRegularText(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new WorkflowError(`no run ${runId} in ${runsRoot(projectRoot)}`);
      }
      if (err instanceof WorkflowError) throw err;
      throw new WorkflowError(`cannot read ${file}: ${(err as Error).message}`);
    }
    const data = parseJsonFile(file, text);
    const bad = (why: string): never => {
      throw new WorkflowError(`corrupt run state ${file}: ${why}`);
    };
    if (!isDict(data)) bad('expected a JSON object');
    const d = data as Record<string, unknown>;
    for (const field of ['run_id', 'workflow_id', 'status']) {
      if (!(field in d)) bad(`missing field '${field}'`);
    }
    if (d.run_id !== runId) {
      bad(`it belongs to run ${JSON.stringify(d.run_id)}, not ${JSON.stringify(runId)}`);
    }
    if (!isValidWorkflowId(d.workflow_id)) {
      bad(`'workflow_id' must be a lowercase workflow id, got ${JSON.stringify(d.workflow_id)}`);
    }
    if (!RUN_STATUSES.includes(d.status as RunStatus)) {
      bad(`unknown status ${JSON.stringify(d.status)}`);
    }
    const index = d.current_step_index ?? 0;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
      bad(`'current_step_index' must be a non-negative integer`);
    }
    const currentId = d.current_step_id ?? null;
    if (currentId !== null && typeof currentId !== 'string') {
      bad(`'current_step_id' must be a string or null`);
    }
    const results = d.step_results ?? {};
    if (!isDict(results)) bad(`'step_results' must be an object`);
    for (const [id, rec] of Object.entries(results as Record<string, unknown>)) {
      if (!isDict(rec)) bad(`step result ${JSON.stringify(id)} must be an object`);
    }
    for (const field of [
      'workflow_dir',
      'error',
      'failed_step_id',
      'installed_workflow_id',
      'installed_registry_root'
    ]) {
      const v = d[field];
      if (v !== undefined && v !== null && typeof v !== 'string') {
        bad(`'${field}' must be a string or null`);
      }
    }
    if ('installed_workflow_id' in d !== 'installed_registry_root' in d) {
      bad('installed workflow fields must be both present or both absent');
    }

    const state = new RunState({
      runId,
      workflowId: d.workflow_id as string,
      projectRoot,
      coalesceMs
    });
    state.status = d.status as RunStatus;
    state.currentStepIndex = index as number;
    state.currentStepId = currentId as string | null;
    state.stepResults = results as Record<string, StepRecord>;
    state.workflowDir = (d.workflow_dir as string | null | undefined) ?? null;
    state.createdAt = typeof d.created_at === 'string' ? d.created_at : '';
    state.updatedAt = typeof d.updated_at === 'string' ? d.updated_at : '';
    state.error = (d.error as string | null | undefined) ?? null;
    state.failedStepId = (d.failed_step_id as string | null | undefined) ?? null;
    state.stepTimings = isDict(d.step_timings)
      ? (d.step_timings as Record<string, StepTiming>)
      : {};
    state.runner = isRunnerIdentity(d.runner) ? d.runner : null;
    // Each entry is checked where it is used; anything else here is ignored.
    state.fanOutReuse = isDict(d.fan_out_reuse) ? d.fan_out_reuse : {};
    if (d.distribution !== undefined && d.distribution !== null) {
      const distribution = parseDistribution(d.distribution);
      if (typeof distribution === 'string') bad(`'distribution' ${distribution}`);
      state.distribution = distribution as Distribution;
    }
    state.installedWorkflowId = (d.installed_workflow_id as string | null | undefined) ?? null;
    state.installedRegistryRoot = (d.installed_registry_root as string | null | undefined) ?? null;
    state.dirCreated = true;

    // Appended to at every flush: a FIFO or a device there would block or never take the end,
    // and a link would carry the run's log lines into the file it names.
    const logFile = path.join(dir, 'log.jsonl');
    const logStats = fs.lstatSync(logFile, { throwIfNoEntry: false });
    if (logStats?.isSymbolicLink()) {
      throw new WorkflowError(`corrupt run state: ${logFile} is a symbolic link`);
    }
    if (logStats !== undefined) requireRegularFile(logStats, logFile, 'append to');

    // Results recorded after the snapshot was written (a kill before the run stopped).
    const token = journalToken(d.journal);
    if (token !== null) {
      for (const entry of readJournal(dir, token, readRunJson)) state.replay(entry);
    }

    const inputsFile = path.join(dir, 'inputs.json');
    if (fs.existsSync(inputsFile)) {
      const doc = parseJsonFile(inputsFile, readRegularText(inputsFile));
      if (!isDict(doc))
        throw new WorkflowError(`corrupt run inputs ${inputsFile}: expected a JSON object`);
      const inputs = doc.inputs ?? {};
      if (!isDict(inputs)) {
        throw new WorkflowError(`corrupt run inputs ${inputsFile}: 'inputs' must be an object`);
      }
      state.inputs = inputs;
    }
    return state;
  }
}

/**
 * A run file's JSON, as Python's json.load reads it: floats stay floats
 * (`2.0`), ints of any size stay exact, the `NaN`/`Infinity` literals the
 * reference writes are read, and a dict with integer-like keys (`"2": ...`)
 * keeps its order. JSON.parse is exact only for text with none of these, so
 * it is the fast path for such text alone.
 */
export function readRunJson(text: string): unknown {
  // Too deep for Python (and for writing back): the exact reader says where.
  return PLAIN_JSON_UNSAFE.test(text) || jsonNestsTooDeep(text, RUN_FILE_MAX_DEPTH)
    ? pyJsonLoads(text, RUN_FILE_MAX_DEPTH)
    : JSON.parse(text);
}

/**
 * Anything JSON.parse would read differently from json.load: a number token
 * with a fraction or exponent (a float) where a value starts (after `":`, `[`
 * or `,`, or at the top), 16 digits in a row (an int past 2**53), the NaN and
 * Infinity literals, an integer-like key, or an escaped NUL (which the value
 * model keeps apart from typed keys). Text inside strings may match too (and
 * costs only the slower reader); timestamps such as `01:15:24.879` do not.
 */
const PLAIN_JSON_UNSAFE =
  /(?:"\s*:|[[,]|^)\s*-?\d+[.eE]|\d{16}|NaN|Infinity|"(?:0|[1-9][0-9]*)"\s*:|\\u0000/;

function parseJsonFile(file: string, text: string): unknown {
  try {
    return readRunJson(text);
  } catch (err) {
    throw new WorkflowError(
      `corrupt run state ${file}: not valid JSON (${(err as Error).message})`
    );
  }
}
