/**
 * What one drive of a run shares between the step loop and fan-out: the
 * reporter, the session bookkeeping, and how a list of steps stopped. Kept
 * apart from engine.ts so fan-out.ts needs only this, not the engine.
 */
import type { Distribution, GatherSource } from './distribution.js';
import type { ShardPlace } from './fan-out.js';
import type { RunState } from './run-state.js';
import {
  RunStatus,
  type OutputSink,
  type StepConfig,
  type StepContext,
  type StepRecord,
  type StepStatus
} from './types.js';

/** What a run reports as it goes (the CLI prints it, the Action groups it). */
export interface RunReporter {
  stepStarted?(event: { stepId: string; type: string; label: string; depth: number }): void;
  stepFinished?(event: {
    stepId: string;
    type: string;
    status: StepStatus | null;
    record: StepRecord | undefined;
    depth: number;
  }): void;
  /** A sink for one fan-out item's live output; the item's own steps write to it. */
  itemOutput?(event: { parentId: string; itemId: string; index: number }): OutputSink;
  itemFinished?(event: {
    parentId: string;
    itemId: string;
    index: number;
    record: StepRecord | undefined;
    reused: boolean;
  }): void;
  fanOutProgress?(event: { stepId: string; done: number; running: number; total: number }): void;
  /** A line about the run itself, outside any step (process groups a killed driver left). */
  notice?(message: string): void;
}

/** How a run stops short of its end: the status it takes and the error it records. */
export interface Halt {
  status: typeof RunStatus.Paused | typeof RunStatus.Failed | typeof RunStatus.Aborted;
  error: string | null;
  /**
   * The step whose own result halted the run (a fan-out item, a step nested in a branch), so
   * every report can name it: `current_step_id` is the reference's value, which in a fan-out
   * is the item started last, not the one that decided.
   */
  stepId: string;
}

/** Per-drive bookkeeping the step loop needs besides the persisted state. */
export interface RunSession {
  state: RunState;
  /**
   * The run's reuse entries as they were when this resume began (empty for a
   * new run, or with `rerunItems`): a fan-out item whose entry still holds is
   * not run again (see item-reuse.ts). Each is taken out once considered.
   */
  reusable: Map<string, unknown>;
  /** Digest of the workflow definition this run of the engine executes. */
  definitionDigest: string;
  /** The file the definition was read from, for errors that point into it. */
  definitionFile: string | null;
  /**
   * The first halt any step list of this drive reached, seen by concurrent
   * fan-out items too: once set, no further step list goes on past its
   * current step, as in the reference where all items share one state.
   */
  halting: Halt | null;
  /** The step whose execution threw, for a crash (a thrown error is not a result). */
  crashedStepId: string | null;
  /** The answer a resume brought, until the gate it is for takes it. */
  answer: { pending: PendingAnswer | null };
  /** This drive runs a shard of the run's distributed fan-out, or gathers it. */
  distributed?: DistributedRole;
}

/** The answer a resume brings for the gate the run waits at, until that gate takes it. */
export interface PendingAnswer {
  stepId: string;
  answer: string;
}

/** What a drive does at the run's distributed fan-out (distribution.ts). */
export type DistributedRole = (
  | { kind: 'shard'; indexes: readonly number[]; place: ShardPlace }
  | {
      kind: 'gather';
      distribution: Distribution;
      source: GatherSource;
      /** Some item had no result from its shard. */
      missing: boolean;
    }
) & {
  stepId: string;
  /** The drive came to the fan-out. */
  reached: boolean;
};

/** Runs a list of nested steps (`offset` -1: they leave the top-level position alone). */
export type StepListRunner = (
  session: RunSession,
  steps: StepConfig[],
  context: StepContext,
  depth: number
) => Promise<Halt | null>;
