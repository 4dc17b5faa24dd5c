/**
 * The Action's outputs, as the strings the runner stores: `run-id`, `status`, `current-step-id`,
 * `failed-step-id`, `error`, `gate` (JSON, when paused at a gate), `outputs` (JSON, step id →
 * output) and `outputs-truncated`.
 */
import { endedInFailure, gateOutcome, haltingStepId } from '../engine/outcome.js';
import { getOr } from '../engine/pyvalue.js';
import type { RunState } from '../engine/run-state.js';
import { RunStatus } from '../engine/types.js';
import { indexRanges, MAX_SHARDS } from '../engine/distribution.js';
import { isDict, pyKeys, setKey, standardJson } from '../engine/pyvalue.js';

/**
 * GitHub keeps at most 1 MB of outputs per job, all its steps together, "approximated based on
 * UTF-16 encoding" (its docs; before 2025 they said only "1 MB"). This step's outputs take at
 * most this many bytes, counted as `outputBytes` does; the rest is left to the job's other steps.
 */
export const MAX_STEP_OUTPUTS_BYTES = 750_000;
/** How long a string of the `outputs` JSON stays once it must shrink: these, in turn. */
const SHRUNK_STRINGS = [2000, 200];

/**
 * An output's size as GitHub may count it: its UTF-8 bytes, or its UTF-16 bytes (two per code
 * unit) where that is more, so that it fits whichever of the two the service measures.
 */
export function outputBytes(text: string): number {
  return Math.max(Buffer.byteLength(text, 'utf8'), 2 * text.length);
}

export interface GateOutput {
  step_id: string | null;
  message: string | null;
  options: string[] | null;
  choice: string | null;
  show_file: string | null;
  verdict_input: string | null;
}

export function gateOutput(state: RunState, verdictInput: string | null): GateOutput | null {
  if (state.status !== RunStatus.Paused) return null;
  const gate = gateOutcome(state);
  if (!gate) return null;
  const record =
    gate.step_id === null ? undefined : getOr(state.stepResults, gate.step_id, undefined);
  const showFile = record?.output?.show_file;
  return {
    ...gate,
    show_file: typeof showFile === 'string' ? showFile : null,
    verdict_input: verdictInput
  };
}

export interface OutputsJson {
  json: string;
  /** Whether it had to be cut to fit: long strings keep their tail after `…`, or `{}` at worst. */
  truncated: boolean;
}

/** The step outputs as JSON of at most `limit` bytes (`outputBytes`). */
export function stepOutputsJson(state: RunState, limit = MAX_STEP_OUTPUTS_BYTES): OutputsJson {
  const outputs = Object.fromEntries(
    Object.entries(state.stepResults).map(([id, record]) => [id, record.output ?? {}])
  );
  const json = standardJson(outputs);
  if (outputBytes(json) <= limit) return { json, truncated: false };
  for (const keep of SHRUNK_STRINGS) {
    const shrink = (value: unknown): unknown => {
      if (typeof value === 'string' && value.length > keep) {
        return `…${value.slice(value.length - keep)}`;
      }
      if (Array.isArray(value)) return value.map(shrink);
      if (isDict(value)) {
        const copy: Record<string, unknown> = {};
        for (const k of pyKeys(value)) setKey(copy, k, shrink(value[k]));
        return copy;
      }
      return value;
    };
    const smaller = standardJson(shrink(outputs));
    if (outputBytes(smaller) <= limit) return { json: smaller, truncated: true };
  }
  return { json: '{}', truncated: true };
}

export interface ActionOutputs {
  'run-id': string;
  status: string;
  'current-step-id': string;
  'failed-step-id': string;
  error: string;
  gate: string;
  outputs: string;
  'outputs-truncated': string;
  matrix: string;
  'max-parallel': string;
}

export function actionOutputs(
  state: RunState,
  verdictInput: string | null
): { values: ActionOutputs; truncated: boolean } {
  const gate = gateOutput(state, verdictInput);
  const failed = endedInFailure(state.status);
  const others = {
    'run-id': state.runId,
    status: state.status,
    'current-step-id': state.currentStepId ?? '',
    'failed-step-id': failed ? (haltingStepId(state) ?? '') : '',
    error: failed ? (state.error ?? '') : '',
    gate: gate === null ? '' : standardJson(gate),
    ...matrixOutputs(state)
  };
  // The `outputs` JSON gets what the others leave of this step's share.
  const taken = Object.entries(others).reduce(
    (sum, [name, value]) => sum + outputBytes(name) + outputBytes(value),
    outputBytes('outputs') + outputBytes('outputs-truncated') + outputBytes('false')
  );
  const outputs = stepOutputsJson(state, Math.max(0, MAX_STEP_OUTPUTS_BYTES - taken));
  return {
    values: { ...others, outputs: outputs.json, 'outputs-truncated': String(outputs.truncated) },
    truncated: outputs.truncated
  };
}

/** `matrix` and `max-parallel`: set while the run waits for its shards, empty otherwise. */
export function matrixOutputs(state: RunState): { matrix: string; 'max-parallel': string } {
  const d = state.distribution;
  if (d === null || state.status !== RunStatus.Paused) return { matrix: '', 'max-parallel': '' };
  return {
    matrix: JSON.stringify({
      include: d.shards.map((indexes, n) => ({ shard: n + 1, items: indexRanges(indexes) }))
    }),
    'max-parallel': String(Math.min(d.window, MAX_SHARDS))
  };
}
