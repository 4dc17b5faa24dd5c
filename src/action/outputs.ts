/**
 * The Action's outputs, as the strings the runner stores: `run-id`, `status`, `current-step-id`,
 * `error`, `gate` (JSON, when paused at a gate) and `outputs` (JSON, step id → output).
 */
import { endedInFailure, gateOutcome } from '../engine/outcome.js';
import { getOr } from '../engine/pyvalue.js';
import type { RunState } from '../engine/run-state.js';
import { RunStatus } from '../engine/types.js';
import { isDict, pyKeys, setKey, standardJson } from '../engine/pyvalue.js';

/**
 * GitHub keeps at most 1 MB of outputs per job. Past this many characters the `outputs` JSON
 * is shrunk (long strings cut to their tail) so the job still gets the other outputs.
 */
export const MAX_OUTPUTS_JSON = 512 * 1024;
const SHRUNK_STRING = 2000;

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
  /** Whether long strings had to be cut to fit. */
  shrunk: boolean;
}

export function stepOutputsJson(state: RunState, limit = MAX_OUTPUTS_JSON): OutputsJson {
  const outputs = Object.fromEntries(
    Object.entries(state.stepResults).map(([id, record]) => [id, record.output ?? {}])
  );
  const json = standardJson(outputs);
  if (json.length <= limit) return { json, shrunk: false };
  const shrink = (value: unknown): unknown => {
    if (typeof value === 'string' && value.length > SHRUNK_STRING) {
      return `…${value.slice(value.length - SHRUNK_STRING)}`;
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
  return { json: smaller.length <= limit ? smaller : '{}', shrunk: true };
}

export interface ActionOutputs {
  'run-id': string;
  status: string;
  'current-step-id': string;
  error: string;
  gate: string;
  outputs: string;
}

export function actionOutputs(
  state: RunState,
  verdictInput: string | null
): { values: ActionOutputs; shrunk: boolean } {
  const gate = gateOutput(state, verdictInput);
  const outputs = stepOutputsJson(state);
  const failed = endedInFailure(state.status);
  return {
    values: {
      'run-id': state.runId,
      status: state.status,
      'current-step-id': state.currentStepId ?? '',
      error: failed ? (state.error ?? '') : '',
      gate: gate === null ? '' : standardJson(gate),
      outputs: outputs.json
    },
    shrunk: outputs.shrunk
  };
}
