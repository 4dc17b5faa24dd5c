/**
 * The workflow engine: runs a validated definition step by step, records
 * every result in the run state, halts on pause/failure/abort, and resumes
 * from the step that stopped. Semantics follow spec-kit's engine; see
 * fan-out.ts for concurrent fan-out.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatLocation, locateNode } from './yaml-source.js';
import { dumpYaml } from './yaml-writer.js';
import { WorkflowDefinition, loadWorkflowFile, readWorkflowText } from './definition.js';
import { dispatchDefaultErrors } from './validate.js';
import { resolveInputs } from './inputs.js';
import { ExpressionDepthError, evaluateCondition } from './expressions.js';
import {
  distributionOf,
  runFanOut,
  type FanOutMode,
  type FanOutRequest,
  type FanOutRunner,
  type ShardPlace
} from './fan-out.js';
import { checkGatheredItem, templateStepIds, type GatherSource } from './distribution.js';
import type {
  DistributedRole,
  Halt,
  PendingAnswer,
  RunReporter,
  RunSession,
  StepListRunner
} from './run-session.js';
import { fanOutItemId, loopPassId, stepIdAt, stepTypeOf, withStepId } from './step-tree.js';
import { definitionDigest } from './item-reuse.js';
import { makeBreather } from './breath.js';
import { endedInFailure, verdictInputFor, waitingGate } from './outcome.js';
import { assertResumePoint } from './resume-point.js';
import {
  acquireRunLock,
  endOrphanGroups,
  markedGroups,
  markingSupported,
  type OrphanOutcome,
  type RunLock
} from './run-lock.js';
import { STEP_TYPES } from './steps/index.js';
import { getOr, hasKey, pyStr, pyTruthy, setKey } from './pyvalue.js';
import { isValidWorkflowId } from './ids.js';
import {
  RunState,
  assertValidRunId,
  currentRunner,
  generateRunId,
  isResumable,
  runDirectory,
  runnerIsGone
} from './run-state.js';
import {
  InterruptedError,
  RunDrivenElsewhereError,
  RunStatus,
  StepStatus,
  WorkflowError,
  type GatePrompt,
  type OutputSink,
  type StepConfig,
  type StepContext,
  type StepRecord,
  type StepResult,
  type StepType
} from './types.js';

export interface EngineOptions {
  projectRoot: string;
  reporter?: RunReporter;
  /** Live output of steps that have no item sink. */
  output?: OutputSink;
  /** Gate prompt when a person is at a terminal; null otherwise. */
  prompt?: GatePrompt | null;
  /** Aborting interrupts the run: it stops, is marked paused, and can be resumed. */
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  stepTypes?: ReadonlyMap<string, StepType>;
  /** Coalescing window for state writes (ms). */
  persistIntervalMs?: number;
  /**
   * specflow's strict mode (the GitHub Action's): a gate takes its choice only from an answer
   * a resume hands it (`ResumeOptions.answer`) or from `prompt`; a value already in its
   * `verdict_input` (given at the start, or left by an earlier gate reading the same input)
   * never passes it on its own. Off by default: gates behave as spec-kit's.
   */
  answeredGatesOnly?: boolean;
  /**
   * Which fan-out steps hand their items to other jobs (distribution.ts): on reaching one (not
   * inside another fan-out's item, and not holding an answer still meant for a gate), with
   * items left to run, the run stops paused with the items split into shards.
   */
  distribute?: (stepId: string) => boolean;
}

const silentSink: OutputSink = { stdout() {}, stderr() {} };

/** Python's `a or b or c`: the first truthy operand, else the last. */
function pyOr(...values: unknown[]): unknown {
  for (const v of values.slice(0, -1)) if (pyTruthy(v)) return v;
  return values[values.length - 1];
}

/** A run a resume is about to continue, as the engine loaded it. */
export interface ResumingRun {
  state: RunState;
  /** The definition it will run: its saved copy, or (without one) the installed workflow. */
  definition: WorkflowDefinition;
  /** That definition's text (the copy as it is on disk, or the installed one as a copy). */
  definitionText: string;
  /** Whether the definition is the run's own copy (`workflow.yml` in its folder). */
  fromCopy: boolean;
}

export interface ResumeOptions {
  /**
   * Run every item of a resumed fan-out again, as the reference does, instead
   * of keeping the results that provably need no repeating.
   */
  rerunItems?: boolean;
  /**
   * Awaited once the resume is accepted (the run may be resumed, its inputs resolved) and
   * before anything changes; throwing refuses the resume with the run left as it was. The
   * Action checks the restored run against its checkout and claims it here, so a refused
   * input does not use up the claim.
   */
  beforeContinue?: (run: ResumingRun) => Promise<void>;
  /**
   * Take over a run that a process on another host drives, by its lock or its `running` state:
   * this host cannot tell whether that process is gone, so only someone who knows may say so.
   * A live process on this host is still refused.
   */
  force?: boolean;
  /**
   * The answer to the gate the run is paused at: exactly one of the options that gate recorded.
   * For a gate with `verdict_input` it is set as that input (and, under `answeredGatesOnly`,
   * also handed to the gate); a gate without one is handed it once (specflow's addition:
   * spec-kit can only answer such a gate at a terminal). Refused, with the run left as it was,
   * when the run is not paused at a gate, the answer is not one of its options, or `inputs`
   * give the verdict input another value.
   */
  answer?: string | null;
  /**
   * Run shard `number` of the run's distribution and stop at its fan-out: each item is
   * prepared and handed back through `place`. The state this leaves is not the run's own (the
   * caller keeps what `place` was given, not the run).
   */
  shard?: { number: number; place: ShardPlace };
  /** Record the run's distributed fan-out from what its shards recorded, and go on. */
  gather?: GatherSource;
}

/**
 * How a list stopped, seen after nested steps returned: their own halt, or
 * one another fan-out item reached meanwhile. `skips` says whether stopping
 * here leaves out steps that would otherwise run (later steps of the list,
 * loop passes, fan-out items): inside a fan-out item such a result is
 * partial and must not be reused.
 */
function stoppedBy(
  own: Halt | null,
  session: RunSession,
  context: StepContext,
  skips: boolean
): Halt | null {
  const halt = own ?? session.halting;
  if (halt !== null && skips) context.itemTrace?.spoil();
  return halt;
}

/** Note `halt` as the drive's first halt if none came before, and hand it back. */
function halted(session: RunSession, halt: Halt): Halt {
  session.halting ??= halt;
  return halt;
}

function pgids(groups: readonly { pgid: number }[]): string {
  return groups.map((g) => g.pgid).join(', ');
}

/** Say in the run's log which groups of a killed driver were ended before it went on. */
function logOrphans(state: RunState, lock: RunLock, orphans: OrphanOutcome | null): void {
  if (orphans === null || (orphans.ended.length === 0 && orphans.survived.length === 0)) return;
  const previous = lock.previous;
  state.log({
    event: 'orphans_ended',
    previous_driver: previous && { pid: previous.pid, hostname: previous.hostname },
    process_groups: orphans.ended.map((g) => g.pgid),
    survived: orphans.survived.map((g) => g.pgid)
  });
}

export class WorkflowEngine {
  readonly projectRoot: string;
  readonly reporter: RunReporter;
  readonly stepTypes: ReadonlyMap<string, StepType>;
  private readonly options: EngineOptions;
  private readonly signal: AbortSignal;
  private live: { state: RunState; definition: WorkflowDefinition } | null = null;
  private readonly acceptListeners: ((state: RunState) => void)[] = [];

  constructor(options: EngineOptions) {
    this.options = options;
    this.projectRoot = path.resolve(options.projectRoot);
    this.reporter = options.reporter ?? {};
    this.stepTypes = options.stepTypes ?? STEP_TYPES;
    this.signal = options.signal ?? new AbortController().signal;
  }

  /**
   * The run this engine is driving (or last drove): null until a start or
   * resume has been accepted. An adapter that must change the live run from
   * outside (mark it paused when a step ignores cancellation) goes through
   * this instance: a second RunState loaded from disk would be a second writer.
   */
  get liveState(): RunState | null {
    return this.live?.state ?? null;
  }

  /** The definition the live run executes (the run's saved copy on a resume); null as liveState. */
  get liveDefinition(): WorkflowDefinition | null {
    return this.live?.definition ?? null;
  }

  /**
   * Call `listener` once a start or resume is accepted (inputs resolved, the
   * state written as running), just before the first step starts.
   */
  onRunAccepted(listener: (state: RunState) => void): void {
    this.acceptListeners.push(listener);
  }

  /** A workflow by path (`*.yml`/`*.yaml` file) or by installed id (`.specify/workflows/<id>/workflow.yml`). */
  loadWorkflow(source: string): WorkflowDefinition {
    const asPath = path.resolve(this.projectRoot, source);
    if (/\.ya?ml$/i.test(source) && fs.existsSync(asPath) && fs.statSync(asPath).isFile()) {
      return loadWorkflowFile(asPath);
    }
    if (isValidWorkflowId(source)) {
      const installed = path.join(
        this.projectRoot,
        '.specify',
        'workflows',
        source,
        'workflow.yml'
      );
      if (fs.existsSync(installed)) return loadWorkflowFile(installed);
    }
    throw new WorkflowError(
      `workflow not found: ${source} (neither a .yml file nor an installed workflow id)`
    );
  }

  /** Start a new run of a (validated) definition. */
  async execute(
    definition: WorkflowDefinition,
    inputs: Record<string, unknown> = {},
    runId?: string
  ): Promise<RunState> {
    this.live = null;
    const defaultsErrors = dispatchDefaultErrors(definition);
    if (defaultsErrors.length > 0) throw new WorkflowError(defaultsErrors.join(' '));

    let id = runId;
    if (id === undefined) {
      const fromEnv = (this.options.env ?? process.env).SPECKIT_WORKFLOW_RUN_ID?.trim();
      id = fromEnv ? fromEnv : generateRunId();
    }
    assertValidRunId(id);
    const resolved = resolveInputs(definition, inputs, this.projectRoot);

    const dir = runDirectory(this.projectRoot, id);
    // Starting over would silently replace a run's saved state.
    const exists = (): boolean => fs.existsSync(path.join(dir, 'state.json'));
    const refuse = (): never => {
      throw new WorkflowError(`run ${id} already exists: resume it, or choose another run id`);
    };
    if (exists()) refuse();
    const { lock, orphans } = await this.lockRun(id, 'run');
    try {
      // Asked again under the lock: a start with the same id may have won meanwhile.
      if (exists()) refuse();
      return await this.executeLocked(definition, id, resolved, lock, orphans);
    } finally {
      lock.release();
    }
  }

  private async executeLocked(
    definition: WorkflowDefinition,
    id: string,
    resolved: Record<string, unknown>,
    lock: RunLock,
    orphans: OrphanOutcome | null
  ): Promise<RunState> {
    const dir = runDirectory(this.projectRoot, id);
    const state = new RunState({
      runId: id,
      workflowId: definition.id as string,
      projectRoot: this.projectRoot,
      coalesceMs: this.options.persistIntervalMs
    });
    fs.mkdirSync(dir, { recursive: true });
    // The run keeps its own copy of the definition so resume works even if the source moves.
    const definitionText = dumpYaml(definition.data);
    fs.writeFileSync(path.join(dir, 'workflow.yml'), definitionText, 'utf8');

    state.inputs = resolved;
    state.workflowDir = definition.sourcePath
      ? path.dirname(path.resolve(definition.sourcePath))
      : null;
    state.status = RunStatus.Running;
    state.runner = currentRunner();
    logOrphans(state, lock, orphans);
    state.checkpoint();

    const context = this.makeContext(definition, state, lock);
    return this.drive(
      {
        state,
        reusable: new Map(),
        definitionDigest: definitionDigest(definitionText),
        definitionFile: definition.sourcePath,
        halting: null,
        crashedStepId: null,
        answer: { pending: null }
      },
      definition,
      definition.steps as StepConfig[],
      context,
      0,
      'workflow_failed'
    );
  }

  /** Continue a paused or failed run from the step where it stopped. */
  async resume(
    runId: string,
    inputs: Record<string, unknown> = {},
    options: ResumeOptions = {}
  ): Promise<RunState> {
    this.live = null;
    assertValidRunId(runId);
    // Taken before the state is read: a resume that lost the race must not act on what it read.
    const { lock, orphans } = await this.lockRun(runId, 'resume', options.force === true);
    try {
      return await this.resumeLocked(runId, inputs, options, lock, orphans);
    } finally {
      lock.release();
    }
  }

  private async resumeLocked(
    runId: string,
    inputs: Record<string, unknown>,
    options: ResumeOptions,
    lock: RunLock,
    orphans: OrphanOutcome | null
  ): Promise<RunState> {
    const state = RunState.load(runId, this.projectRoot, this.options.persistIntervalMs);
    // A run left `running` by a process that was killed (SIGKILL, a crash, a lost
    // machine) would otherwise be stuck forever: treat it as interrupted. The lock
    // this resume took over proves its holder gone even where the pid was reused.
    const previous = lock.previous;
    const orphaned =
      state.status === RunStatus.Running &&
      (runnerIsGone(state.runner) ||
        (previous !== null &&
          state.runner !== null &&
          state.runner.pid === previous.pid &&
          state.runner.hostname === previous.hostname));
    // A driver on another host cannot be seen from here: only --force says it is gone.
    const forced =
      !orphaned &&
      options.force === true &&
      state.status === RunStatus.Running &&
      state.runner !== null &&
      state.runner.hostname !== os.hostname();
    if (state.status === RunStatus.Running && !orphaned && !forced) {
      const by = state.runner
        ? ` by pid ${state.runner.pid} on ${state.runner.hostname}`
        : ' by a process it does not name';
      throw new RunDrivenElsewhereError(
        `run ${runId} is running${by}; only someone who knows that process is gone may take it over`,
        runId
      );
    }
    if (!orphaned && !forced && !isResumable(state.status)) {
      throw new WorkflowError(
        `run ${runId} is ${state.status}; only paused or failed runs can be resumed`
      );
    }
    const copy = path.join(state.runDir, 'workflow.yml');
    const hasCopy = fs.existsSync(copy);
    // What the run executes now, compared with what its items ran with: the
    // saved copy as it is on disk, else the installed workflow as the copy would be.
    let definition: WorkflowDefinition;
    let definitionText: string;
    if (hasCopy) {
      definitionText = readWorkflowText(copy);
      definition = WorkflowDefinition.fromString(definitionText, copy);
    } else {
      definition = this.loadWorkflow(state.workflowId);
      definitionText = dumpYaml(definition.data);
    }
    const defaultsErrors = dispatchDefaultErrors(definition);
    if (defaultsErrors.length > 0) throw new WorkflowError(defaultsErrors.join(' '));
    if (!Array.isArray(definition.steps)) {
      // Validated when the run started; a copy changed since cannot be resumed.
      throw new WorkflowError(
        `the workflow of run ${runId} (${hasCopy ? copy : state.workflowId}) has no list of steps`
      );
    }
    const steps = definition.steps as StepConfig[];
    // The state may come from outside (a copied folder, a cache entry): it must not skip steps.
    // In strict mode a saved verdict never passes a gate, so one left in the input is no threat.
    assertResumePoint(state, steps, this.stepTypes, {
      savedVerdictPasses: this.options.answeredGatesOnly !== true
    });
    const answered = this.gateAnswerFor(state, definition, inputs, options.answer ?? null);
    const role = distributedRole(state, options);
    // Any other resume runs the fan-out itself, or hands it out afresh.
    if (role === undefined) state.distribution = null;
    let merged = inputs;
    if (answered !== null && answered.verdictInput !== null) {
      merged = { ...inputs };
      setKey(merged, answered.verdictInput, answered.answer);
    }

    if (Object.keys(merged).length > 0) {
      state.inputs = resolveInputs(definition, { ...state.inputs, ...merged }, this.projectRoot);
    }
    // A shard or a gather keeps what the distribution kept: the items it handed out are the
    // ones without a result to keep, and the gather takes the others as they were.
    const reusable = new Map<string, unknown>(
      options.rerunItems === true && role === undefined ? [] : Object.entries(state.fanOutReuse)
    );
    await options.beforeContinue?.({ state, definition, definitionText, fromCopy: hasCopy });
    // Logged only now: a refused resume leaves the run as it was, its log included.
    if (orphaned || forced) {
      state.log({ event: 'run_recovered', previous_runner: state.runner, forced });
    }
    if (answered !== null) {
      state.log({
        event: 'gate_answered',
        step_id: answered.stepId,
        answer: answered.answer,
        verdict_input: answered.verdictInput
      });
    }
    state.error = null;
    state.failedStepId = null;
    state.status = RunStatus.Running;
    state.runner = currentRunner();
    logOrphans(state, lock, orphans);
    state.checkpoint();

    // A gate with verdict_input reads the answer from its input, unless in strict mode.
    const handed =
      answered !== null &&
      (answered.verdictInput === null || this.options.answeredGatesOnly === true)
        ? { stepId: answered.stepId, answer: answered.answer }
        : null;
    const answer = { pending: handed };
    const context = this.makeContext(definition, state, lock, answer);
    const offset = state.currentStepIndex;
    const session: RunSession = {
      state,
      reusable,
      definitionDigest: definitionDigest(definitionText),
      definitionFile: definition.sourcePath,
      halting: null,
      crashedStepId: null,
      answer,
      distributed: role
    };
    const ended = await this.drive(
      session,
      definition,
      steps.slice(offset),
      context,
      offset,
      'resume_failed'
    );
    if (role !== undefined && !role.reached) {
      throw new WorkflowError(
        `run ${runId} did not reach its distributed fan-out ${role.stepId} (it ended ${ended.status})`
      );
    }
    return ended;
  }

  /**
   * Take the run's lock (refused while another live process drives the run);
   * when it was taken over from a driver that died, first end the process
   * groups that driver left running, so no step runs beside its orphan.
   */
  private async lockRun(
    runId: string,
    mode: 'run' | 'resume',
    force = false
  ): Promise<{ lock: RunLock; orphans: OrphanOutcome | null }> {
    const lock = acquireRunLock(this.projectRoot, runId, mode, {}, force);
    const previous = lock.previous;
    if (previous === null) return { lock, orphans: null };
    // The lock file is only a claim (anyone who can write the project can write one): on Linux
    // only groups that carry the dead holding's mark are ended, recorded or not; elsewhere, with
    // no way to look, the groups it records.
    const groups = markingSupported() ? markedGroups(previous) : previous.groups;
    if (groups.length === 0) return { lock, orphans: null };
    try {
      const orphans = await endOrphanGroups(groups);
      lock.adopt(orphans.survived);
      const driver = `pid ${previous.pid} on ${previous.hostname}`;
      if (orphans.ended.length > 0) {
        this.reporter.notice?.(
          `Run ${runId}: ended process groups ${pgids(orphans.ended)} left running by its killed driver (${driver})`
        );
      }
      if (orphans.survived.length > 0) {
        this.reporter.notice?.(
          `Run ${runId}: process groups ${pgids(orphans.survived)} of its killed driver (${driver}) did not end on SIGKILL`
        );
      }
      return { lock, orphans };
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  /**
   * The gate a resume's `answer` is for, and the input it sets (the gate's verdict_input); null
   * without an answer. Throws a WorkflowError, before anything is changed, when the run is not
   * paused at a gate, the answer is none of the gate's recorded options, or `inputs` give the
   * verdict input another value.
   */
  private gateAnswerFor(
    state: RunState,
    definition: WorkflowDefinition,
    inputs: Record<string, unknown>,
    answer: string | null
  ): (PendingAnswer & { verdictInput: string | null }) | null {
    if (answer === null) return null;
    const gate = waitingGate(state);
    if (gate === null && state.status === RunStatus.Paused && state.currentStepId !== null) {
      // Interrupted at a step (a gate's prompt among them) rather than paused by a gate.
      throw new WorkflowError(
        `run ${state.runId} is paused at step ${state.currentStepId}, but not by a gate waiting for an answer (it was interrupted): resume it without an answer`
      );
    }
    if (gate === null) {
      const at = state.currentStepId === null ? '' : ` at step ${state.currentStepId}`;
      throw new WorkflowError(
        `run ${state.runId} is not paused at a gate (it is ${state.status}${at}), so there is no gate to answer`
      );
    }
    const raw = gate.record.output?.options;
    const options = Array.isArray(raw) ? raw.filter((o): o is string => typeof o === 'string') : [];
    if (!options.includes(answer)) {
      const choices =
        options.length === 0
          ? 'its record lists no options'
          : `answer one of ${options.map((o) => JSON.stringify(o)).join(', ')} (case matters)`;
      throw new WorkflowError(
        `${JSON.stringify(answer)} is not an option of gate ${gate.stepId}: ${choices}`
      );
    }
    const verdictInput = verdictInputFor(definition, gate.stepId, this.stepTypes);
    if (verdictInput !== null && hasKey(inputs, verdictInput)) {
      const given = getOr(inputs, verdictInput, null);
      if (given !== answer) {
        throw new WorkflowError(
          `gate ${gate.stepId} reads its verdict from input ${JSON.stringify(verdictInput)}, which is given as ${JSON.stringify(given)} beside the answer ${JSON.stringify(answer)}: give one of them`
        );
      }
    }
    return { stepId: gate.stepId, answer, verdictInput };
  }

  private makeContext(
    definition: WorkflowDefinition,
    state: RunState,
    lock: RunLock,
    answer: { pending: PendingAnswer | null } = { pending: null }
  ): StepContext {
    return {
      inputs: state.inputs,
      steps: state.stepResults,
      item: null,
      insideFanOut: false,
      fanIn: {},
      defaultIntegration: definition.defaultIntegration,
      defaultModel: definition.defaultModel,
      defaultOptions: definition.defaultOptions,
      projectRoot: this.projectRoot,
      runId: state.runId,
      workflowDir: state.workflowDir,
      prompt: this.options.prompt ?? null,
      // Once, and only to the gate the run waited at: a retry pauses again, a later gate asks.
      takeAnswer: (stepId) => {
        const { pending } = answer;
        if (pending === null || pending.stepId !== stepId) return null;
        answer.pending = null;
        return pending.answer;
      },
      answeredGatesOnly: this.options.answeredGatesOnly === true,
      signal: this.signal,
      output: this.options.output ?? silentSink,
      env: this.options.env ?? process.env,
      processGroups: lock
    };
  }

  /** Run steps to a stop and make the state on disk exact. */
  private async drive(
    session: RunSession,
    definition: WorkflowDefinition,
    steps: StepConfig[],
    context: StepContext,
    offset: number,
    failureEvent: string
  ): Promise<RunState> {
    const { state } = session;
    this.live = { state, definition };
    for (const listener of this.acceptListeners) listener(state);
    let halt: Halt | null;
    try {
      halt = await this.executeSteps(session, steps, context, offset, 0);
    } catch (err) {
      if (err instanceof InterruptedError || this.signal.aborted) {
        state.status = RunStatus.Paused;
        state.log({ event: 'workflow_interrupted' });
        state.runner = null;
        state.flush();
        return state;
      }
      const message = err instanceof Error ? err.message : String(err);
      state.status = RunStatus.Failed;
      state.error = message;
      state.failedStepId = session.crashedStepId;
      state.log({ event: failureEvent, error: message });
      state.runner = null;
      state.flush();
      throw err;
    }
    if (state.status !== RunStatus.Running) {
      // Stopped from outside meanwhile (an adapter saved a run that would not stop as
      // paused): that stands, whatever the steps did after.
    } else if (halt === null) {
      state.status = RunStatus.Completed;
      state.failedStepId = null;
      // A completed run is never resumed: what its items could reuse is dead weight.
      state.fanOutReuse = {};
    } else {
      state.status = halt.status;
      state.error = halt.error;
      state.failedStepId = endedInFailure(halt.status) ? halt.stepId : null;
    }
    state.log({ event: 'workflow_finished', status: state.status });
    state.runner = null;
    state.flush();
    return state;
  }

  /** Nested steps: they leave current_step_index alone, so a resume re-runs the enclosing step. */
  private readonly runNested: StepListRunner = (session, steps, context, depth) =>
    this.executeSteps(session, steps, context, -1, depth);

  /**
   * Execute a list of steps in order, and say how it stopped: null when every
   * step ran (or failed with continue_on_error), else the halt. `offset` is the
   * index of the first step in the top-level list, or -1 for nested steps.
   */
  private async executeSteps(
    session: RunSession,
    steps: StepConfig[],
    context: StepContext,
    offset: number,
    depth: number
  ): Promise<Halt | null> {
    const { state } = session;
    const breathe = makeBreather();
    for (let i = 0; i < steps.length; i++) {
      await breathe();
      if (this.signal.aborted) throw new InterruptedError();
      const config = steps[i];
      const stepId = stepIdAt(config, i);
      const type = stepTypeOf(config) as string;

      state.currentStepId = stepId;
      context.itemTrace?.started(stepId);
      if (offset >= 0) state.currentStepIndex = offset + i;
      state.log({ event: 'step_started', step_id: stepId, type });
      // Top-level progress reaches the disk at once (the run journal), so a
      // killed process never makes a resume repeat a finished step.
      if (offset >= 0) state.markPosition();
      const label = pyOr(getOr(config, 'command', ''), type);
      this.reporter.stepStarted?.({ stepId, type, label: String(label), depth });

      const impl = typeof type === 'string' ? this.stepTypes.get(type) : undefined;
      if (!impl) {
        const error = `unknown step type ${JSON.stringify(type)} at step ${stepId}`;
        context.itemTrace?.spoil();
        state.log({ event: 'step_failed', step_id: stepId, error });
        this.reporter.stepFinished?.({
          stepId,
          type: String(type),
          status: null,
          record: undefined,
          depth
        });
        return halted(session, { status: RunStatus.Failed, error, stepId });
      }

      const startedAt = new Date().toISOString();
      let result: StepResult;
      try {
        result = await impl.execute(config, context);
      } catch (err) {
        session.crashedStepId ??= stepId;
        throw located(err, session, stepId, config);
      }
      const out = result.output ?? {};
      const record: StepRecord = {
        type,
        integration: pyOr(out.integration, config.integration, context.defaultIntegration) ?? null,
        model: pyOr(out.model, config.model, context.defaultModel) ?? null,
        options: pyOr(out.options, getOr(config, 'options', {})) ?? null,
        input: pyOr(out.input, getOr(config, 'input', {})) ?? null,
        output: out,
        status: result.status,
        error: result.error ?? null
      };
      const timing = { started_at: startedAt, finished_at: new Date().toISOString() };
      // A top-level step with nothing left to run is done once recorded: the
      // record says at once that the run goes on at the next step.
      const goesOn =
        result.status === StepStatus.Completed ||
        (result.status === StepStatus.Failed && !out.aborted && config.continue_on_error === true);
      const done =
        offset >= 0 &&
        i + 1 < steps.length &&
        goesOn &&
        (result.nextSteps ?? []).length === 0 &&
        result.fanOut === undefined;
      const next = done ? [offset + i + 1, stepIdAt(steps[i + 1], i + 1)] : undefined;
      state.recordStep(stepId, record, timing, next as [number, string] | undefined);
      context.itemTrace?.wrote(stepId, record);
      state.log({ event: 'step_completed', step_id: stepId, status: result.status });
      const finished = (halt: Halt | null): Halt | null => {
        this.reporter.stepFinished?.({ stepId, type, status: record.status, record, depth });
        return halt;
      };

      if (result.status === StepStatus.Paused) {
        return finished(halted(session, { status: RunStatus.Paused, error: null, stepId }));
      }
      if (result.status === StepStatus.Failed) {
        const error = result.error ?? null;
        if (out.aborted) {
          // A gate's abort is an operator decision: continue_on_error never overrides it.
          state.log({ event: 'workflow_aborted', step_id: stepId });
          return finished(halted(session, { status: RunStatus.Aborted, error, stepId }));
        }
        if (config.continue_on_error === true) {
          state.log({ event: 'step_continue_on_error', step_id: stepId, error });
          finished(null);
          continue;
        }
        state.log({ event: 'step_failed', step_id: stepId, error });
        return finished(halted(session, { status: RunStatus.Failed, error, stepId }));
      }

      const isLast = i === steps.length - 1;
      const { repeat, fanOut } = result;
      const nested = result.nextSteps ?? [];
      if (nested.length > 0) {
        const inner = await this.runNested(session, nested, context, depth + 1);
        const stop = stoppedBy(inner, session, context, !isLast || repeat !== undefined);
        if (stop !== null) return finished(stop);
        if (repeat !== undefined) {
          const loop = await this.repeatLoop(
            session,
            stepId,
            config,
            repeat,
            nested,
            context,
            depth
          );
          const stopLoop = stoppedBy(loop, session, context, !isLast);
          if (stopLoop !== null) return finished(stopLoop);
        }
      }

      if (fanOut !== undefined) {
        const { items, template } = fanOut;
        if (pyTruthy(template) && items.length > 0) {
          const request: FanOutRequest = {
            parentId: stepId,
            items,
            template,
            maxConcurrency: fanOut.maxConcurrency,
            context,
            depth
          };
          const role = session.distributed?.stepId === stepId ? session.distributed : undefined;
          if (role === undefined && this.distributes(session, stepId, context)) {
            const distribution = distributionOf(session, request);
            if (distribution !== null) {
              state.distribution = distribution;
              state.log({
                event: 'fan_out_distributed',
                step_id: stepId,
                shards: distribution.shards.length,
                items: distribution.shards.reduce((n, shard) => n + shard.length, 0)
              });
              state.save();
              return finished(halted(session, { status: RunStatus.Paused, error: null, stepId }));
            }
          }
          if (role !== undefined) {
            role.reached = true;
            request.mode = this.fanOutMode(role, template, state);
          }
          const run = await runFanOut(this.fanOutRunner, session, request);
          if (role?.kind === 'shard') {
            // A shard's work ends with its items: the run goes on in the gather.
            return finished(halted(session, { status: RunStatus.Paused, error: null, stepId }));
          }
          if (role?.kind === 'gather' && !role.missing) {
            // Every shard was heard from: nothing is left to gather (a missing shard keeps it
            // open, so re-running that shard's job and the gather fills it in).
            state.distribution = null;
            state.save();
          }
          context.item = null;
          state.setStepOutput(stepId, { ...out, results: run.results });
          const cut = run.results.length < items.length;
          const stop = stoppedBy(run.halt, session, context, !isLast || cut);
          if (stop !== null) return finished(stop);
        } else {
          out.results = [];
          state.setStepOutput(stepId, out);
        }
      }
      finished(null);
    }
    return null;
  }

  /** Whether this fan-out hands its items to other jobs (EngineOptions.distribute). */
  private distributes(session: RunSession, stepId: string, context: StepContext): boolean {
    return (
      this.options.distribute?.(stepId) === true &&
      !context.insideFanOut &&
      // The answer a resume brought is for a gate still ahead (maybe in these items): here.
      session.answer.pending === null
    );
  }

  /** How the fan-out of a shard or a gather runs its items. */
  private fanOutMode(role: DistributedRole, template: StepConfig, state: RunState): FanOutMode {
    if (role.kind === 'shard') return { kind: 'shard', indexes: role.indexes, place: role.place };
    const declared = templateStepIds(template, this.stepTypes);
    const itemType = pyStr(stepTypeOf(template));
    const { source, distribution } = role;
    const fanOutId = distribution.stepId;
    return {
      kind: 'gather',
      source: {
        item: (index) => {
          const given = source.item(index);
          if ('missing' in given) {
            role.missing = true;
            return given;
          }
          const itemId = fanOutItemId(fanOutId, template, index);
          const checked = checkGatheredItem(given.given, itemId, itemType, declared);
          if (typeof checked === 'string') {
            return { missing: `the result its shard saved was refused: it ${checked}` };
          }
          return checked;
        },
        apply: async (kept) => {
          // A gather that stopped at a missing shard left its changes in the project (and in
          // the state it saved): the next gather may gather those items again, never apply them.
          const done = new Set(distribution.applied);
          const conflict = await source.apply(kept.filter((index) => !done.has(index)));
          if (conflict === null && state.distribution !== null) {
            for (const index of kept) done.add(index);
            state.distribution = {
              ...state.distribution,
              applied: [...done].sort((a, b) => a - b)
            };
            state.save();
          }
          return conflict;
        }
      }
    };
  }

  private get fanOutRunner(): FanOutRunner {
    return { runSteps: this.runNested, reporter: this.reporter };
  }

  /**
   * A loop step ran its body once; repeat it while the condition holds, up to
   * its number of passes in all. Each repetition records
   * its steps as `<loop>:<step>:<n>` and aliases the plain id to the latest.
   */
  private async repeatLoop(
    session: RunSession,
    loopId: string,
    config: StepConfig,
    { condition, passes }: NonNullable<StepResult['repeat']>,
    body: StepConfig[],
    context: StepContext,
    depth: number
  ): Promise<Halt | null> {
    const { state } = session;
    const breathe = makeBreather();
    for (let iteration = 1; iteration < passes; iteration++) {
      // A body of steps that start no process would otherwise hold the event loop for the
      // whole loop: no signal, no state write.
      await breathe();
      if (this.signal.aborted) throw new InterruptedError();
      let holds: boolean;
      try {
        holds = evaluateCondition(condition, context);
      } catch (err) {
        throw located(err, session, loopId, config);
      }
      if (!holds) return null;
      for (let n = 0; n < body.length; n++) {
        const original = body[n].id;
        const passId = loopPassId(loopId, body[n], n, iteration);
        const inner = await this.runNested(
          session,
          [withStepId(body[n], passId)],
          context,
          depth + 1
        );
        // Stopping here leaves out the rest of this pass, or the passes after it.
        const stop = stoppedBy(inner, session, context, true);
        if (stop !== null) return stop;
        const rec = getOr(context.steps, passId, undefined);
        // context.steps is the state's record map: recording the alias updates both.
        if (pyTruthy(original) && rec !== undefined) {
          state.recordStep(String(original), rec);
          context.itemTrace?.wrote(String(original), rec);
        }
      }
    }
    return null;
  }
}

/**
 * What a resume with `shard` or `gather` does at the run's distributed fan-out; undefined for
 * any other resume. Throws, before anything changes, when the run has no distribution open or
 * no such shard.
 */
function distributedRole(state: RunState, options: ResumeOptions): DistributedRole | undefined {
  const { shard, gather } = options;
  if (shard === undefined && gather === undefined) return undefined;
  const what = shard === undefined ? 'to gather' : `for shard ${shard.number}`;
  const distribution = state.distribution;
  if (distribution === null) {
    throw new WorkflowError(
      `run ${state.runId} has no distributed fan-out waiting for its shards (it is ${state.status}), so there is nothing ${what}`
    );
  }
  if (options.answer !== undefined && options.answer !== null) {
    throw new WorkflowError(
      `a gate answer cannot be given to a shard or a gather of run ${state.runId}`
    );
  }
  const { stepId, shards } = distribution;
  if (shard === undefined) {
    return {
      kind: 'gather',
      stepId,
      distribution,
      source: gather!,
      missing: false,
      reached: false
    };
  }
  if (!Number.isSafeInteger(shard.number) || shard.number < 1 || shard.number > shards.length) {
    throw new WorkflowError(
      `run ${state.runId} split fan-out ${stepId} into ${shards.length} shard${shards.length === 1 ? '' : 's'}; there is no shard ${shard.number}`
    );
  }
  return {
    kind: 'shard',
    stepId,
    indexes: shards[shard.number - 1],
    place: shard.place,
    reached: false
  };
}

/** An expression error that should say where it is: the step, and its line in the workflow file. */
function located(err: unknown, session: RunSession, stepId: string, config: StepConfig): unknown {
  if (!(err instanceof ExpressionDepthError)) return err;
  const at = locateNode(config);
  const file = session.definitionFile ?? undefined;
  return err.locate(`${formatLocation({ file, ...at })}step ${stepId}: `);
}
