/**
 * Whether a saved state's resume point agrees with the workflow it resumes.
 *
 * A resume continues at `current_step_index` and treats every step before it
 * as done, so a state that came from outside (a run folder copied in, an
 * Actions cache entry another job wrote) could skip steps and gates by
 * pointing past them. What spec-kit and specflow write always agrees with
 * the definition; each check here refuses only what neither ever writes. These
 * catch damaged states: a forged one can be made consistent (only a sealed
 * cache entry, `state-key`, proves who wrote a state).
 */
import { getOr, isDict, isPyList } from './pyvalue.js';
import { stepIdAt, stepTypeOf, walkStep } from './step-tree.js';
import { DEFAULT_GATE_OPTIONS, isRejection } from './steps/gate.js';
import { WorkflowError, type StepConfig, type StepType } from './types.js';

/** What a resume point is made of (a RunState has these fields). */
export interface ResumePoint {
  readonly stateFile: string;
  currentStepIndex: number;
  currentStepId: string | null;
  stepResults: Record<string, unknown>;
  /** The inputs as saved, before a resume merges new ones. */
  inputs: Record<string, unknown>;
}

export interface ResumePointOptions {
  /**
   * Whether a verdict saved in a paused gate's `verdict_input` would pass it on resume (as in
   * spec-kit); false under the engine's `answeredGatesOnly`, where only an answer passes a gate,
   * so such a saved value is no reason to refuse. Default true.
   */
  savedVerdictPasses?: boolean;
}

/** Throws a WorkflowError naming the state file unless `point` is a place `steps` can resume from. */
export function assertResumePoint(
  point: ResumePoint,
  steps: readonly StepConfig[],
  stepTypes: ReadonlyMap<string, StepType>,
  options: ResumePointOptions = {}
): void {
  const bad = (why: string): never => {
    throw new WorkflowError(`corrupt run state ${point.stateFile}: ${why}`);
  };
  const index = point.currentStepIndex;
  if (index >= steps.length) {
    // Resuming there would run nothing and report the run completed.
    bad(`'current_step_index' is ${index}, past the last of the workflow's ${steps.length} steps`);
  }
  const here = steps[index];
  const current = point.currentStepId;
  if (current === null) {
    if (index > 0) bad(`'current_step_id' is null, but 'current_step_index' is ${index}`);
  } else if (!belongsTo(current, here, index, stepTypes)) {
    bad(
      `'current_step_id' ${JSON.stringify(current)} is not step ${index} (${JSON.stringify(stepIdAt(here, index))}) nor a step inside it`
    );
  }

  // Every top-level gate before the resume point was passed; the step at it runs again.
  for (let j = 0; j < index; j++) {
    if (stepTypeOf(steps[j]) !== 'gate') continue;
    const id = stepIdAt(steps[j], j);
    const record = getOr(point.stepResults, id, undefined);
    if (record === undefined)
      bad(`gate ${JSON.stringify(id)} comes before the resume point but never ran`);
    // A nested step may reuse a gate's id (ids are unique per scope), so only a gate's record says.
    if (!isDict(record) || record.type !== 'gate') continue;
    const passed =
      record.status === 'completed' ||
      (record.status === 'failed' && steps[j].continue_on_error === true);
    if (!passed) {
      bad(
        `gate ${JSON.stringify(id)} comes before the resume point but is ${JSON.stringify(record.status)}`
      );
    }
  }

  // A gate that paused read its verdict input and found it empty (a retry clears it):
  // a saved verdict that passes the gate would let the resume through without anyone's answer.
  const gate =
    current === null || options.savedVerdictPasses === false
      ? undefined
      : findStepIn(here, index, current, stepTypes);
  if (gate !== undefined && stepTypeOf(gate) === 'gate') {
    const record = getOr(point.stepResults, current as string, undefined);
    const verdictInput = getOr(gate, 'verdict_input', null);
    const value = typeof verdictInput === 'string' ? getOr(point.inputs, verdictInput, null) : null;
    const options = getOr(gate, 'options', DEFAULT_GATE_OPTIONS);
    if (
      isDict(record) &&
      record.type === 'gate' &&
      record.status === 'paused' &&
      typeof value === 'string' &&
      isPyList(options) &&
      options.some(
        (o) => typeof o === 'string' && o.toLowerCase() === value.toLowerCase() && !isRejection(o)
      )
    ) {
      bad(
        `gate ${JSON.stringify(current)} is paused, but its verdict input ${JSON.stringify(verdictInput)} is saved as ${JSON.stringify(value)}, which would pass it`
      );
    }
  }
}

/**
 * Whether the engine could have made `id` its current step while running
 * `config`: the step itself, a step nested in it, or an id built from one of
 * those (`<loop>:<step>:<pass>`, `<fan-out>:<template>:<item>`).
 */
function belongsTo(
  id: string,
  config: StepConfig,
  index: number,
  stepTypes: ReadonlyMap<string, StepType>
): boolean {
  for (const step of walkStep(config, index, stepTypes)) {
    if (id === step.id || id.startsWith(`${step.id}:`)) return true;
  }
  return false;
}

/** The step `id` names within `config` (itself, at `index` of its list, or nested), if any. */
function findStepIn(
  config: StepConfig,
  index: number,
  id: string,
  stepTypes: ReadonlyMap<string, StepType>
): StepConfig | undefined {
  for (const step of walkStep(config, index, stepTypes)) if (step.id === id) return step.config;
  return undefined;
}
