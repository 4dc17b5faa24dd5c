/**
 * The machine-readable outcome of a run (what `specflow ... --json` prints
 * and what the Action sets as outputs).
 */
import { getOr, isDict, pyStr } from './pyvalue.js';
import { childLists, findStep, stepIdAt } from './step-tree.js';
import { STEP_TYPES } from './steps/index.js';
import type { RunState } from './run-state.js';
import type { RunRecord } from './run-record.js';
import { isRejection } from './steps/gate.js';
import { RunStatus, type StepRecord, type StepType } from './types.js';

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
  /** specflow's addition: the step whose own result failed or aborted the run. */
  failed_step_id?: string | null;
  /** specflow's addition: the fan-out whose items wait in shards of other jobs (distribution.ts). */
  distribution?: DistributionOutcome;
}

export interface DistributionOutcome {
  step_id: string;
  shards: number;
  items: number;
}

/** The current step's record when that step is a gate (whatever the run's status). */
function currentGateRecord(state: RunState): StepRecord | undefined {
  const rec =
    state.currentStepId === null
      ? undefined
      : getOr(state.stepResults, state.currentStepId, undefined);
  if (!rec || typeof rec !== 'object') return undefined;
  const out = (rec.output ?? {}) as Record<string, unknown>;
  // Records from older tools may lack `type`; only a gate writes `on_reject`.
  const isGate = rec.type ? rec.type === 'gate' : 'on_reject' in out;
  return isGate ? rec : undefined;
}

/** The gate a paused run waits at, with its record; null when it is not paused at a gate. */
export function waitingGate(state: RunState): { stepId: string; record: StepRecord } | null {
  if (state.status !== RunStatus.Paused || state.currentStepId === null) return null;
  const record = currentGateRecord(state);
  return record === undefined ? null : { stepId: state.currentStepId, record };
}

/** The gate the run rests on, when it is paused or aborted at one. */
export function gateOutcome(state: RunState): GateOutcome | undefined {
  if (state.status !== RunStatus.Paused && state.status !== RunStatus.Aborted) return undefined;
  const rec = currentGateRecord(state);
  if (rec === undefined) return undefined;
  const out = (rec.output ?? {}) as Record<string, unknown>;
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
  if (endedInFailure(state.status)) {
    outcome.error = state.error;
    outcome.failed_step_id = state.failedStepId;
  }
  const distribution = distributionOutcome(state);
  if (distribution !== null) outcome.distribution = distribution;
  return outcome;
}

/** The fan-out whose items wait in shards of other jobs, with how many; null when there is none. */
export function distributionOutcome(state: RunState): DistributionOutcome | null {
  const d = state.distribution;
  if (d === null) return null;
  return {
    step_id: d.stepId,
    shards: d.shards.length,
    items: d.shards.reduce((n, shard) => n + shard.length, 0)
  };
}

/**
 * Whether the step `stepId` encloses `haltedStepId` (a fan-out whose item, a loop whose pass,
 * halted the run): the engine names nested records `<parent>:<child>...`, and a step's own id
 * may not hold ':'. Its own record may say completed, as in the reference.
 */
export function haltedWithin(stepId: string, haltedStepId: string | null): boolean {
  return haltedStepId !== null && haltedStepId.startsWith(`${stepId}:`);
}

/**
 * The step the run stopped at: the one that failed or aborted it (failed_step_id; the current
 * step for a state written without it), or the one a paused run waits at (its gate, or the
 * step an interruption stopped). Null for a run that did not stop short.
 */
export function haltingStepId(state: RunState): string | null {
  if (endedInFailure(state.status)) return state.failedStepId ?? state.currentStepId;
  return state.status === RunStatus.Paused ? state.currentStepId : null;
}

/**
 * The steps of `steps` that enclose the step `stepId`, outermost first: the ones whose step
 * lists hold it (an `if` branch, a loop body) and the fan-out or loop whose item or pass it is
 * (haltedWithin). Their own records may say completed; empty when it is top-level or unknown.
 */
export function enclosingSteps(
  steps: unknown,
  stepId: string,
  stepTypes: ReadonlyMap<string, StepType> = STEP_TYPES
): string[] {
  const search = (list: unknown, outer: string[]): string[] | null => {
    if (!Array.isArray(list)) return null;
    for (let index = 0; index < list.length; index++) {
      const config: unknown = list[index];
      if (!isDict(config)) continue;
      const id = stepIdAt(config, index);
      if (id === stepId) return outer;
      for (const child of childLists(config, stepTypes)) {
        const found = search(child.steps, [...outer, id]);
        if (found !== null) return found;
      }
      if (haltedWithin(id, stepId)) return [...outer, id];
    }
    return null;
  };
  return search(steps, []) ?? [];
}

/** A run that ended in failure: failed, or aborted at a gate (a pause is a legitimate wait). */
export function endedInFailure(status: RunStatus): boolean {
  return status === RunStatus.Failed || status === RunStatus.Aborted;
}

/** 0 for completed and paused, 1 for failed and aborted. */
export function exitCodeFor(status: RunStatus): number {
  return endedInFailure(status) ? 1 : 0;
}

/**
 * The input a gate reads its verdict from (`verdict_input`), so a paused run
 * can say exactly how to resume it; null when the gate has none (or there is
 * no definition or gate to look in).
 */
export function verdictInputFor(
  definition: { steps: unknown } | null,
  gateStepId: string | null,
  stepTypes: ReadonlyMap<string, StepType> = STEP_TYPES
): string | null {
  if (definition === null || gateStepId === null) return null;
  const config = findStep(definition.steps, gateStepId, stepTypes);
  const name = config === undefined ? null : getOr(config, 'verdict_input', null);
  return typeof name === 'string' && name !== '' ? name : null;
}

/** How to resume a run paused at a gate: the input that carries the verdict, and a verdict that passes. */
export interface GateAnswer {
  stepId: string;
  /** The gate's options, as it recorded them. */
  options: string[];
  verdictInput: string | null;
  /** The option a resume command shows: the first that does not reject, else the first. */
  approveWith: string | null;
  /** What a rejecting answer does: `abort`, `skip` or `retry` (the gate's `on_reject`). */
  onReject: string;
}

/** How to answer the gate a paused run waits at; null when it waits at none. */
export function gateAnswer(record: RunRecord): GateAnswer | null {
  const gate = waitingGate(record.state);
  if (gate === null) return null;
  const raw = gate.record.output?.options;
  const options = Array.isArray(raw) ? raw.map((o) => pyStr(o)) : [];
  return {
    stepId: gate.stepId,
    options,
    verdictInput: verdictInputFor(record.definition, gate.stepId),
    approveWith: options.find((o) => !isRejection(o)) ?? options[0] ?? null,
    onReject: onRejectFor(record.definition, gate.stepId)
  };
}

/** The gate's `on_reject`, as the gate step reads it (`abort` when unset or unreadable). */
function onRejectFor(definition: { steps: unknown } | null, gateStepId: string): string {
  const config =
    definition === null ? undefined : findStep(definition.steps, gateStepId, STEP_TYPES);
  const value = config === undefined ? 'abort' : getOr(config, 'on_reject', 'abort');
  return typeof value === 'string' ? value : 'abort';
}
