/**
 * Core vocabulary of the engine: statuses, the step context, step results and
 * the interface every step type implements. Nothing here knows about GitHub.
 *
 * Values that come from a workflow are "Python-shaped": YAML mappings become
 * plain objects, sequences arrays, and null stands for Python's None. The
 * helpers in `pyvalue.ts` give them the reference's semantics (str(), repr(),
 * truthiness, equality).
 */

export const StepStatus = {
  Pending: 'pending',
  Running: 'running',
  Completed: 'completed',
  Failed: 'failed',
  Skipped: 'skipped',
  Paused: 'paused'
} as const;
export type StepStatus = (typeof StepStatus)[keyof typeof StepStatus];

export const RunStatus = {
  Created: 'created',
  Running: 'running',
  Paused: 'paused',
  Completed: 'completed',
  Failed: 'failed',
  Aborted: 'aborted'
} as const;
export type RunStatus = (typeof RunStatus)[keyof typeof RunStatus];

export const RUN_STATUSES: readonly RunStatus[] = Object.values(RunStatus);

/** A step's configuration exactly as written in the workflow (a YAML mapping). */
export type StepConfig = Record<string, unknown>;

/** What the engine persists for every executed step (`state.step_results[id]`). */
export interface StepRecord {
  type: string;
  integration: unknown;
  model: unknown;
  options: unknown;
  input: unknown;
  output: Record<string, unknown>;
  status: StepStatus;
  error: string | null;
  [extra: string]: unknown;
}

/** When a step ran (kept beside the records, in `state.json`'s `step_timings`). */
export interface StepTiming {
  started_at: string;
  finished_at: string;
}

/** Shows a gate's text and options to a person and returns the chosen option. */
export type GatePrompt = (text: string, options: string[]) => Promise<string>;

/** Where a step's live output goes (a terminal, a log group, nowhere). */
export interface OutputSink {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
}

/**
 * Told about each process group a step starts and when its leader has exited,
 * synchronously, so the run's lock can name the groups a killed driver leaves.
 */
export interface ProcessGroupObserver {
  started(pgid: number): void;
  ended(pgid: number): void;
  /**
   * A variable every process started for the run carries (`[name, value]`), so a later driver
   * can find them even if this one was killed before it recorded their group.
   */
  readonly marker?: readonly [string, string];
}

/**
 * The execution context passed to each step. Mirrors the reference's
 * StepContext; `signal` and `output` are specflow's additions for
 * cancellation and live output.
 */
export interface StepContext {
  inputs: Record<string, unknown>;
  steps: Record<string, StepRecord>;
  item: unknown;
  insideFanOut: boolean;
  fanIn: Record<string, unknown>;
  defaultIntegration: unknown;
  defaultModel: unknown;
  defaultOptions: unknown;
  projectRoot: string;
  runId: string;
  workflowDir: string | null;
  /** Asks a person to pick a gate option; null when nobody can answer (no TTY, CI). */
  prompt: GatePrompt | null;
  /**
   * specflow's addition: the answer a resume brought for the gate whose step id is `stepId`
   * (the gate the run waited at), handed over once and then gone; null for any other gate, and
   * for that gate once taken. Absent when no resume brought one.
   */
  takeAnswer?: (stepId: string) => string | null;
  /**
   * specflow's addition (the engine's `answeredGatesOnly`): a gate takes its choice only from
   * `takeAnswer` or `prompt`; a value in its `verdict_input` never passes it on its own.
   */
  answeredGatesOnly?: boolean;
  /** Aborted when the run is being interrupted (SIGINT/SIGTERM, cancellation). */
  signal: AbortSignal;
  /** Live output of child processes started by the step. */
  output: OutputSink;
  /** Environment for child processes (defaults to process.env). */
  env: NodeJS.ProcessEnv;
  /** Told about the process groups the step's child processes run in (the run's lock). */
  processGroups?: ProcessGroupObserver;
  /**
   * Inside a fan-out item: notes what the item records, so a resume can tell
   * whether its result may be reused (see item-reuse.ts). Absent elsewhere.
   */
  itemTrace?: ItemTrace;
}

/** What the engine tells a fan-out item's trace while the item runs. */
export interface ItemTrace {
  /** A step of the item started (became the run's current step). */
  started(stepId: string): void;
  /** A step of the item recorded `record` under `stepId`. */
  wrote(stepId: string, record: StepRecord): void;
  /**
   * The item stopped short without a record saying so (an unknown step type,
   * or a halt of the run seen from inside the item): its result is partial.
   */
  spoil(): void;
}

export interface StepResult {
  status: StepStatus;
  output: Record<string, unknown>;
  /** Nested steps to execute next (control-flow steps). */
  nextSteps?: StepConfig[];
  /** A loop: the engine runs `nextSteps` again while `condition` holds, `passes` passes in all. */
  repeat?: { condition: unknown; passes: number };
  /** A fan-out: the engine runs `template` once per item, a window of `maxConcurrency` at a time. */
  fanOut?: { items: unknown[]; template: StepConfig; maxConcurrency: unknown };
  error?: string | null;
}

/**
 * One validation problem found in a step's configuration. `key` names the
 * config key the problem is about, so the loader can point at its line.
 */
export interface StepIssue {
  message: string;
  key?: string;
  /**
   * Validation refuses it, but the step still starts, as the reference's
   * does: the problem is tolerated (a missing `command` runs '', a plain-text
   * condition counts as true), or it fails the step only when it matters (a
   * branch that is not a list of steps, once chosen: see StepList).
   */
  advisory?: boolean;
  /**
   * Stops a run, but the step's validate() leaves it out: its `scopeIssues`
   * reports it, at its own position and in order with the rules that span steps.
   */
  crossStep?: boolean;
}

/** Where a step sits in its workflow, for the rules that span steps (`StepType.scopeIssues`). */
export interface StepScope {
  /** The ids declared so far in the step's scope (the step's own included). */
  readonly declaredIds: ReadonlySet<string>;
  /** Inside a fan-out template, which runs once per item. */
  readonly insideFanOut: boolean;
  /** The workflow's declared inputs; null when its inputs block is malformed (reported already). */
  readonly inputs: Record<string, unknown> | null;
  /** How messages name the type of `node[key]`: its YAML scalar type when known. */
  typeName(node: object, key: string | number): string;
}

/** A problem found by a rule that spans steps, at `node[key]` (`node` defaults to the step). */
export interface ScopeIssue {
  message: string;
  node?: object;
  key?: string | number;
}

/** A list of child steps a control-flow step holds (see step-tree.ts). */
export interface ChildList {
  /** The config key that holds it (`then`, `cases`, `step`, ...). */
  key: string;
  steps: StepConfig[];
  /** A fan-out template: it runs once per item, under item ids. */
  perItem?: boolean;
}

/**
 * A step's configuration read once: its settings, or the problems that stop
 * it from running. `issues` lists every problem in validation's order, the
 * advisory ones too (settings are still made when only those are found).
 */
export type ParsedStep<S> =
  { ok: true; settings: S; issues: StepIssue[] } | { ok: false; issues: StepIssue[] };

/**
 * The interface every step type implements (one file per type under steps/;
 * `defineStep` in steps/step-config.ts builds one from a parse and a run).
 */
export interface StepType {
  /** The `type:` value in workflow YAML. */
  readonly type: string;
  /** Problems in the configuration; an empty list means valid. */
  validate(config: StepConfig): StepIssue[];
  /**
   * Problems with how the step fits its workflow (a fan-in's wait_for names
   * steps declared before it; a gate's verdict_input a declared input).
   * Workflow validation reports them after the step's own.
   */
  scopeIssues?(config: StepConfig, scope: StepScope): ScopeIssue[];
  /** Run the step. Must not mutate shared state other than through `context`. */
  execute(config: StepConfig, context: StepContext): Promise<StepResult>;
  /**
   * The step lists a control-flow step holds (branches, cases, a loop body, a fan-out's
   * template), whether or not they will run; absent for a leaf step.
   */
  children?(config: StepConfig): ChildList[];
}

/** Thrown for user-facing failures (bad input, unknown run, corrupt state). */
export class WorkflowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowError';
  }
}

/**
 * A resume refused because the run is marked running by a process on another host, which this
 * host cannot see: only the person who knows it is gone may take the run over (the CLI's
 * `--force`), so the adapter says how in its own terms.
 */
export class RunDrivenElsewhereError extends WorkflowError {
  constructor(
    message: string,
    readonly runId: string
  ) {
    super(message);
    this.name = 'RunDrivenElsewhereError';
  }
}

/** Thrown by an expression that cannot be evaluated (the reference's ValueError). */
export class ExpressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionError';
  }
}

/** Raised inside a run when it is interrupted (the reference's KeyboardInterrupt). */
export class InterruptedError extends Error {
  constructor(message = 'run interrupted') {
    super(message);
    this.name = 'InterruptedError';
  }
}
