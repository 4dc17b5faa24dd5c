/**
 * What a paused run waits for, and since when: the one rule behind `specflow status` and the
 * Action's list of paused runs.
 */
import { distributionOutcome, gateOutcome, type DistributionOutcome } from './outcome.js';
import type { RunRecord } from './run-record.js';
import { readLogEvents } from './run-log.js';
import { RunStatus } from './types.js';

/** Why a paused run is paused: a gate's answer, an interruption, a gather, or something else. */
export type WaitReason = 'gate' | 'interrupted' | 'distributed' | 'other';

export interface WaitingView {
  run_id: string;
  workflow_id: string;
  /** The name in the definition saved with the run; null when that copy is missing or unreadable. */
  workflow_name: string | null;
  status: RunStatus;
  current_step_id: string | null;
  /** Null unless the run is paused. */
  reason: WaitReason | null;
  /** The gate it waits at; null unless it waits at one. */
  gate: string | null;
  /** The gate's message as it was rendered when the gate paused (workflow text: not sanitized). */
  message: string | null;
  options: string[] | null;
  /** The fan-out whose shards a distributed pause waits to gather; null otherwise. */
  distribution: DistributionOutcome | null;
  /** When the run came to rest at this pause (the state's timestamp format); null unless paused. */
  waiting_since: string | null;
  updated_at: string | null;
}

/**
 * The events with which the engine (and the Action, saving a run it had to stop) ends every
 * drive of a run: a pause is the last of them, whatever is logged after it while nobody drives
 * the run (an answer that did not pass the gate, say).
 */
const STOP_EVENTS = [
  'workflow_finished',
  'workflow_interrupted',
  'workflow_failed',
  'resume_failed'
];

/** What `record`'s run waits for, and since when. Reads the run's log. */
export function waitingView(record: RunRecord): WaitingView {
  const { state, definition } = record;
  const paused = state.status === RunStatus.Paused;
  const stop = paused ? lastStop(state.runDir) : null;
  const gate = paused ? gateOutcome(state) : undefined;
  const distribution = paused ? distributionOutcome(state) : null;
  const updatedAt = state.updatedAt === '' ? null : state.updatedAt;
  let reason: WaitReason | null = null;
  if (paused) {
    // The engine's rule for a gate waiting for an answer (waitingGate) decides, as it does for
    // `--answer`: an interruption that left a gate's record waiting still waits for its answer.
    if (distribution !== null) reason = 'distributed';
    else if (gate !== undefined) reason = 'gate';
    else if (stop?.event === 'workflow_interrupted') reason = 'interrupted';
    else reason = 'other';
  }
  return {
    run_id: state.runId,
    workflow_id: state.workflowId,
    workflow_name:
      definition === null || typeof definition.name !== 'string' ? null : definition.name,
    status: state.status,
    current_step_id: state.currentStepId,
    reason,
    gate: gate?.step_id ?? null,
    message: gate?.message ?? null,
    options: gate?.options ?? null,
    distribution,
    // A log that does not end in a pause (written by another tool, or lost) leaves the time the
    // state was last saved.
    waiting_since: !paused ? null : (stop?.pausedAt ?? updatedAt),
    updated_at: updatedAt
  };
}

/** The last stop in the run's log, and its time when it left the run paused. */
function lastStop(runDir: string): { event: string; pausedAt: string | null } | null {
  const events = readLogEvents(runDir, STOP_EVENTS);
  const last = events.at(-1);
  if (last === undefined) return null;
  const pause =
    last.event === 'workflow_interrupted' ||
    (last.event === 'workflow_finished' && last.status === RunStatus.Paused);
  const at = typeof last.timestamp === 'string' && last.timestamp !== '' ? last.timestamp : null;
  return { event: String(last.event), pausedAt: pause ? at : null };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How many days (fractional) the run has waited by `now`; null when it is not waiting or its
 * time does not read. Never negative: a clock behind the one that wrote the time waited 0.
 */
export function waitedDays(view: WaitingView, now: Date): number | null {
  if (view.waiting_since === null) return null;
  const since = Date.parse(view.waiting_since);
  if (Number.isNaN(since)) return null;
  return Math.max(0, now.getTime() - since) / DAY_MS;
}
