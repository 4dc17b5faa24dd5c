/**
 * The machine-readable outcome of a run (what `specflow ... --json` prints
 * and what the Action sets as outputs).
 */
import { getOr, pyStr } from './pyvalue.js';
import { findStep } from './step-tree.js';
import { STEP_TYPES } from './steps/index.js';
import type { RunState } from './run-state.js';
import { RunStatus, type StepType } from './types.js';

export interface GateOutcome {
  step_id: string | null;
  message: string | null;
  options: string[] | null;
  choice: string | null;
}

export interface RunOutcome {
  run_id: string;
  workflow_id: string;
  status: RunStatus;
  current_step_id: string | null;
  current_step_index: number;
  gate?: GateOutcome;
  error?: string | null;
}

/** The gate the run rests on, when it is paused or aborted at one. */
export function gateOutcome(state: RunState): GateOutcome | undefined {
  if (state.status !== RunStatus.Paused && state.status !== RunStatus.Aborted) return undefined;
  const rec =
    state.currentStepId === null
      ? undefined
      : getOr(state.stepResults, state.currentStepId, undefined);
  if (!rec || typeof rec !== 'object') return undefined;
  const out = (rec.output ?? {}) as Record<string, unknown>;
  // Records from older tools may lack `type`; only a gate writes `on_reject`.
  const isGate = rec.type ? rec.type === 'gate' : 'on_reject' in out;
  if (!isGate) return undefined;
  const options = out.options;
  return {
    step_id: state.currentStepId,
    message: out.message === null || out.message === undefined ? null : pyStr(out.message),
    options:
      options === null || options === undefined
        ? null
        : Array.isArray(options)
          ? options.map((o) => pyStr(o))
          : [pyStr(options)],
    choice: out.choice === null || out.choice === undefined ? null : pyStr(out.choice)
  };
}

export function runOutcome(state: RunState): RunOutcome {
  const outcome: RunOutcome = {
    run_id: state.runId,
    workflow_id: state.workflowId,
    status: state.status,
    current_step_id: state.currentStepId,
    current_step_index: state.currentStepIndex
  };
  const gate = gateOutcome(state);
  if (gate) outcome.gate = gate;
  if (state.status === RunStatus.Failed || state.status === RunStatus.Aborted) {
    outcome.error = state.error;
  }
  return outcome;
}

/** 0 for completed and paused (a pause is a legitimate wait), 1 for failed and aborted. */
export function exitCodeFor(status: RunStatus): number {
  return status === RunStatus.Failed || status === RunStatus.Aborted ? 1 : 0;
}

/**
 * The input a gate reads its verdict from (`verdict_input`), so a paused run
 * can say exactly how to resume it; null when the gate has none.
 */
export function verdictInputFor(
  definition: { steps: unknown },
  gateStepId: string,
  stepTypes: ReadonlyMap<string, StepType> = STEP_TYPES
): string | null {
  const config = findStep(definition.steps, gateStepId, stepTypes);
  const name = config === undefined ? null : getOr(config, 'verdict_input', null);
  return typeof name === 'string' && name !== '' ? name : null;
}
