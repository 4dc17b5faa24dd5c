/**
 * The run lifecycle the CLI and the Action share: load and validate a
 * workflow, start a run of it, or resume a saved run, and hand back the
 * run's record (state and definition) with its outcome. The adapters only
 * translate their inputs and render what comes back.
 */
import type { ResumeOptions, WorkflowEngine } from './engine.js';
import type { WorkflowDefinition } from './definition.js';
import { runOutcome, type RunOutcome } from './outcome.js';
import type { RunRecord } from './run-record.js';
import type { RunState } from './run-state.js';
import { formatValidationError, validateWorkflow, type ValidationError } from './validate.js';
import { RunStatus, WorkflowError } from './types.js';

/** A workflow that does not validate; `errors` carry their file:line:col. */
export class InvalidWorkflowError extends WorkflowError {
  constructor(
    readonly source: string,
    readonly definition: WorkflowDefinition,
    readonly errors: ValidationError[]
  ) {
    super(
      `workflow ${source} is invalid:\n${errors.map((e) => `  ${formatValidationError(e)}`).join('\n')}`
    );
    this.name = 'InvalidWorkflowError';
  }
}

/** What a start or a resume ends with. */
export interface RunResult extends RunRecord {
  outcome: RunOutcome;
  /**
   * The error a step threw (a bug, an expression too deep to evaluate): the run
   * was saved as failed with its message, and an adapter may show more of it.
   */
  crash: unknown;
}

/** The workflow `source` names (a file or an installed id), validated; throws InvalidWorkflowError. */
export function loadValidWorkflow(engine: WorkflowEngine, source: string): WorkflowDefinition {
  const definition = engine.loadWorkflow(source);
  const errors = validateWorkflow(definition, engine.stepTypes);
  if (errors.length > 0) throw new InvalidWorkflowError(source, definition, errors);
  return definition;
}

export interface StartRequest {
  /** A workflow file or installed id. */
  workflow: string;
  inputs: Record<string, unknown>;
  /** The run id; the engine chooses one when absent. */
  runId?: string;
  /** Called with the valid definition before the run starts; throwing refuses the start. */
  beforeStart?: (definition: WorkflowDefinition) => void;
}

export async function startRun(engine: WorkflowEngine, request: StartRequest): Promise<RunResult> {
  const definition = loadValidWorkflow(engine, request.workflow);
  request.beforeStart?.(definition);
  return settle(engine, engine.execute(definition, request.inputs, request.runId));
}

export interface ResumeRequest extends ResumeOptions {
  runId: string;
  /** Inputs to set or override (a gate's verdict input among them). */
  inputs: Record<string, unknown>;
}

export async function resumeRun(
  engine: WorkflowEngine,
  request: ResumeRequest
): Promise<RunResult> {
  const { runId, inputs, ...options } = request;
  return settle(engine, engine.resume(runId, inputs, options));
}

/**
 * The run's record once the engine has let go of it, also when a step threw:
 * the run was saved as failed, and the user needs its id and outcome, not only
 * the message. An error before the run was accepted (a bad input, a refused
 * resume) is thrown as it is.
 */
async function settle(engine: WorkflowEngine, running: Promise<RunState>): Promise<RunResult> {
  let crash: unknown = null;
  let state: RunState;
  try {
    state = await running;
  } catch (err) {
    const live = engine.liveState;
    if (live === null || live.status !== RunStatus.Failed) throw err;
    state = live;
    crash = err;
  }
  return { state, definition: engine.liveDefinition, outcome: runOutcome(state), crash };
}

/**
 * End a paused run as aborted where it rests, running nothing (a gate nobody answered in time).
 * Only a pause can be ended so: a run that is going belongs to its driver.
 */
export function abortPausedRun(state: RunState, reason: string): void {
  if (state.status !== RunStatus.Paused) {
    throw new WorkflowError(`run ${state.runId} is ${state.status}, not paused: it is not aborted`);
  }
  state.status = RunStatus.Aborted;
  state.error = reason;
  state.runner = null;
  state.log({ event: 'workflow_aborted', step_id: state.currentStepId, reason });
  state.flush();
}
