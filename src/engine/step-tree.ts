/**
 * The shape of a workflow's steps, in one place: the id and type a step gets
 * when it names none, the ids the engine gives nested runs (fan-out items,
 * loop passes), and the step lists each control-flow step holds. Validation,
 * the engine, the resume checks, the outcome and the summary all walk steps
 * through this module, so they agree on what is inside what.
 */
import { carryPyKeyOrder, getOr, isDict, pyStr, pyTruthy } from './pyvalue.js';
import { carryNodeInfo } from './yaml-source.js';
import type { ChildList, StepConfig, StepType } from './types.js';

/** The type of a step that names none (the reference's default). */
export const DEFAULT_STEP_TYPE = 'command';

/** The id a fan-out item's template gets when it names none. */
export const DEFAULT_ITEM_ID = 'item';

/** A step's `type`, as written or the default (not checked: validation says what is wrong). */
export function stepTypeOf(config: StepConfig): unknown {
  return getOr(config, 'type', DEFAULT_STEP_TYPE);
}

/**
 * The id of the step at `index` of its list: its own `id`, else `step-<index>`. Only an
 * unvalidated config has an id that is not a string; it is keyed as JavaScript spells it.
 */
export function stepIdAt(config: StepConfig, index: number): string {
  return String(getOr(config, 'id', `step-${index}`));
}

/** The id item `index` of fan-out `parentId` runs under: `<parent>:<template id>:<index>`. */
export function fanOutItemId(parentId: string, template: StepConfig, index: number): string {
  return `${parentId}:${pyStr(getOr(template, 'id', DEFAULT_ITEM_ID))}:${index}`;
}

/**
 * The id a loop body's step `index` runs under in pass `iteration` (the
 * first repetition is 1): `<loop>:<step>:<pass>`. A step with an empty id
 * counts as one without, as in the reference.
 */
export function loopPassId(
  loopId: string,
  config: StepConfig,
  index: number,
  iteration: number
): string {
  return `${loopId}:${loopBodyId(config, index)}:${iteration}`;
}

/** The id a loop body's step is known by in the body itself (what a pass's record is aliased to). */
export function loopBodyId(config: StepConfig, index: number): string {
  const own = getOr(config, 'id', null);
  return pyTruthy(own) ? String(own) : `step-${index}`;
}

/**
 * A copy of a step's config that runs under another id (a fan-out item, a loop
 * pass). It keeps what the loader knows of the original (its line, its values'
 * types, its Python key order), which a plain spread would drop.
 */
export function withStepId(config: StepConfig, id: string): StepConfig {
  const copy = { ...config, id };
  carryNodeInfo(config, copy);
  carryPyKeyOrder(config, copy);
  return copy;
}

/**
 * The child step lists of `config`, as its step type declares them
 * (`StepType.children`); none for a leaf step or an unknown type.
 */
export function childLists(
  config: StepConfig,
  stepTypes: ReadonlyMap<string, StepType>
): ChildList[] {
  const type = stepTypeOf(config);
  const impl = typeof type === 'string' ? stepTypes.get(type) : undefined;
  return impl?.children?.(config) ?? [];
}

/** The top-level steps of a list as (id, type) pairs, with the engine's defaults. */
export function topLevelSteps(steps: unknown): { id: string; type: string }[] {
  if (!Array.isArray(steps)) return [];
  return steps.map((config: unknown, index) => {
    const step = isDict(config) ? config : {};
    return { id: stepIdAt(step, index), type: pyStr(stepTypeOf(step)) };
  });
}

/** A step met on a walk: its config, its index in its own list, and its id. */
export interface WalkedStep {
  config: StepConfig;
  index: number;
  id: string;
}

/** The step at `index` of its list, then every step nested in it, depth first. */
export function* walkStep(
  config: StepConfig,
  index: number,
  stepTypes: ReadonlyMap<string, StepType>
): Generator<WalkedStep> {
  yield { config, index, id: stepIdAt(config, index) };
  for (const list of childLists(config, stepTypes)) yield* walkSteps(list.steps, stepTypes);
}

/** The keys the reference's validator looks under on every step, in the order it looks. */
const VALIDATED_KEYS = ['then', 'else', 'steps', 'cases', 'default', 'step'];

/**
 * The step lists validation checks under `config`: the reference's validator looks under
 * `then`, `else`, `steps`, `cases`, `default` and `step` on a step of any type, so a list no
 * step of that type runs (a `then:` under a shell step) is checked too and its ids count.
 * Each list is read the way the control-flow type that owns its key reads it.
 */
export function validatedLists(
  config: StepConfig,
  stepTypes: ReadonlyMap<string, StepType>
): ChildList[] {
  const byKey = new Map<string, ChildList[]>();
  for (const impl of stepTypes.values()) {
    for (const list of impl.children?.(config) ?? []) {
      const lists = byKey.get(list.key) ?? [];
      // Two types may own one key (while and do-while's `steps`): one reading is enough.
      if (!byKey.has(list.key) || lists.every((l) => l.steps !== list.steps)) lists.push(list);
      byKey.set(list.key, lists);
    }
  }
  const ordered = VALIDATED_KEYS.flatMap((key) => byKey.get(key) ?? []);
  for (const [key, lists] of byKey) if (!VALIDATED_KEYS.includes(key)) ordered.push(...lists);
  return ordered;
}

/** Every step in a list of steps, depth first, children after their parent. */
export function* walkSteps(
  steps: unknown,
  stepTypes: ReadonlyMap<string, StepType>
): Generator<WalkedStep> {
  if (!Array.isArray(steps)) return;
  for (let index = 0; index < steps.length; index++) {
    const config: unknown = steps[index];
    if (isDict(config)) yield* walkStep(config, index, stepTypes);
  }
}

/** The step whose id (as the engine gives it) is `id`, anywhere in `steps`. */
export function findStep(
  steps: unknown,
  id: string,
  stepTypes: ReadonlyMap<string, StepType>
): StepConfig | undefined {
  for (const step of walkSteps(steps, stepTypes)) if (step.id === id) return step.config;
  return undefined;
}
