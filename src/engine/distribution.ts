/**
 * A fan-out handed to other jobs: its items are split into shards, each shard runs in a job of
 * its own (a GitHub Actions matrix), and a gather records what they gave as the engine would
 * have recorded the fan-out run in place (fan-out.ts, `gather` mode).
 *
 * What a shard hands back is hostile data (another job wrote it, into a cache others can write
 * to), so `checkGatheredItem` admits only records an item of this template can write.
 */
import { randomBytes } from 'node:crypto';
import { digest, isPrivateTo } from './item-reuse.js';
import { getOr, isDict, pyStr } from './pyvalue.js';
import type { Halt } from './run-session.js';
import { stepTypeOf, walkStep } from './step-tree.js';
import {
  RunStatus,
  StepStatus,
  type StepConfig,
  type StepRecord,
  type StepTiming,
  type StepType
} from './types.js';

/** GitHub's limit on the jobs one matrix makes. */
export const MAX_SHARDS = 256;

export interface Distribution {
  /** Names this distribution's shard entries; a new one each time a fan-out is distributed. */
  id: string;
  /** The fan-out step whose items the shards run. */
  stepId: string;
  /** Item indexes (into the fan-out's items) of each shard: shard n runs `shards[n - 1]`. */
  shards: number[][];
  /** The fan-out's window (max_concurrency as the engine reads it): max-parallel, and the window inside a shard. */
  window: number;
  /** How many items the fan-out has in all. */
  itemCount: number;
  /**
   * Items whose changes a gather already brought into the project, ascending: a later gather of
   * this distribution (one that filled in a missing shard) never applies them again.
   */
  applied: number[];
}

export function newDistributionId(): string {
  return randomBytes(6).toString('hex');
}

/**
 * Split the items to run into at most MAX_SHARDS shards of consecutive indexes, as even as can
 * be: one item per shard up to the limit, then neighbours share.
 */
export function planShards(pending: readonly number[]): number[][] {
  const count = Math.min(pending.length, MAX_SHARDS);
  const shards: number[][] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    const size = Math.floor(pending.length / count) + (n < pending.length % count ? 1 : 0);
    shards.push(pending.slice(at, at + size));
    at += size;
  }
  return shards;
}

/** Indexes as a short label: "0-3, 7, 9-10". */
export function indexRanges(indexes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < indexes.length;) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++;
    parts.push(j === i ? String(indexes[i]) : `${indexes[i]}-${indexes[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export function distributionJson(d: Distribution): Record<string, unknown> {
  return {
    id: d.id,
    step_id: d.stepId,
    shards: d.shards,
    window: d.window,
    item_count: d.itemCount,
    ...(d.applied.length === 0 ? {} : { applied: d.applied })
  };
}

const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** The distribution a state holds, or why it is not one (a clause). */
export function parseDistribution(value: unknown): Distribution | string {
  if (!isDict(value)) return 'must be an object';
  const { id, step_id: stepId, shards, window, item_count: itemCount, applied = [] } = value;
  if (typeof id !== 'string' || !/^[a-z0-9]{1,32}$/.test(id)) return 'has a malformed id';
  if (typeof stepId !== 'string' || stepId === '') return 'has no step_id';
  if (!isIndex(itemCount)) return 'has a malformed item_count';
  if (!Number.isSafeInteger(window) || (window as number) < 1) return 'has a malformed window';
  if (!Array.isArray(shards) || shards.length === 0 || shards.length > MAX_SHARDS) {
    return `must list 1 to ${MAX_SHARDS} shards`;
  }
  const seen = new Set<number>();
  for (const shard of shards) {
    if (!Array.isArray(shard) || shard.length === 0) return 'has an empty or malformed shard';
    for (const index of shard) {
      if (!isIndex(index) || index >= itemCount || seen.has(index)) {
        return 'has a shard with a malformed, repeated or out-of-range item index';
      }
      seen.add(index);
    }
  }
  if (
    !Array.isArray(applied) ||
    applied.some((index, i) => !seen.has(index) || (i > 0 && index <= applied[i - 1]))
  ) {
    return 'has a malformed applied list (ascending item indexes of its shards)';
  }
  return {
    id,
    stepId,
    shards: shards as number[][],
    window: window as number,
    itemCount: itemCount as number,
    applied: applied as number[]
  };
}

/** What a shard recorded for one item, as the gather replays it. */
export interface GatheredItem {
  /** Every record the item's run wrote, in the order last written, with its timing when known. */
  records: [string, StepRecord, StepTiming | null][];
  /** The item's reuse entry (item-reuse.ts), or null when a resume must run it again. */
  reuse: Record<string, unknown> | null;
  /** The last step the item's run started. */
  current: string;
  /** How the item's steps stopped, when its own record does not say (an unknown step type). */
  halt: Halt | null;
}

/** One item as a shard's result file holds it (JSON, snake_case). */
export function gatheredItemJson(item: GatheredItem): Record<string, unknown> {
  return {
    records: item.records.map(([id, record, timing]) => [id, record, timing]),
    reuse: item.reuse,
    current: item.current,
    halt:
      item.halt === null
        ? null
        : { status: item.halt.status, error: item.halt.error, step_id: item.halt.stepId }
  };
}

/**
 * The ids the steps nested in a fan-out's template record under (they keep their own ids in
 * every item), with each one's type.
 */
export function templateStepIds(
  template: StepConfig,
  stepTypes: ReadonlyMap<string, StepType>
): Map<string, string> {
  const ids = new Map<string, string>();
  let first = true;
  for (const step of walkStep(template, 0, stepTypes)) {
    // The template itself records under the item's id.
    if (!first) ids.set(step.id, pyStr(stepTypeOf(step.config)));
    first = false;
  }
  return ids;
}

const HALT_STATUSES: readonly string[] = [RunStatus.Paused, RunStatus.Failed, RunStatus.Aborted];
const STEP_STATUSES: readonly string[] = Object.values(StepStatus);

/**
 * Read one item of a shard's result back, admitting only what item `itemId` of this fan-out can
 * have written: records under its own ids or under ids its template declares (nested steps keep
 * their plain ids), with a known status, a gate only as waiting (a shard never answers a gate:
 * anything else is forged), its own record present unless it stopped short and of its
 * template's type (`itemType`), a halt only at one of its steps. Returns the item,
 * or why it is refused (a clause).
 */
export function checkGatheredItem(
  value: unknown,
  itemId: string,
  itemType: string,
  templateIds: ReadonlyMap<string, string>
): GatheredItem | string {
  // A loop or fan-out nested in the template records its passes and items under its id.
  const itemsStep = (id: string): boolean =>
    isPrivateTo(itemId, id) ||
    templateIds.has(id) ||
    [...templateIds.keys()].some((declared) => id.startsWith(`${declared}:`));
  if (!isDict(value)) return 'is not an object';
  const { records, reuse, current, halt } = value;
  if (!Array.isArray(records)) return 'has no list of records';
  const checked: [string, StepRecord, StepTiming | null][] = [];
  for (const entry of records) {
    if (!Array.isArray(entry) || entry.length !== 3) return 'has a malformed record';
    const [id, record, timing] = entry as unknown[];
    if (typeof id !== 'string') return 'has a record without an id';
    if (!itemsStep(id)) {
      return `writes the record ${JSON.stringify(id)}, which is not one of this item's steps`;
    }
    if (!isDict(record) || typeof record.type !== 'string') {
      return `has a malformed record ${JSON.stringify(id)}`;
    }
    // The item itself records as its template's type (a fan-out of gates records gates).
    const declared = id === itemId ? itemType : templateIds.get(id);
    if (declared !== undefined && declared !== record.type) {
      return `has a ${record.type} record under ${JSON.stringify(id)}, which the template declares as ${declared}`;
    }
    if (typeof record.status !== 'string' || !STEP_STATUSES.includes(record.status)) {
      return `has a record ${JSON.stringify(id)} with an unknown status`;
    }
    if (record.type === 'gate' && record.status !== StepStatus.Paused) {
      return `has a gate ${JSON.stringify(id)} that is ${String(record.status)}, but a shard never answers a gate`;
    }
    const goodTiming =
      timing === null ||
      (isDict(timing) &&
        typeof timing.started_at === 'string' &&
        typeof timing.finished_at === 'string');
    if (!goodTiming) return `has a malformed timing for ${JSON.stringify(id)}`;
    checked.push([id, record as unknown as StepRecord, timing as StepTiming | null]);
  }
  if (reuse !== null && !isDict(reuse)) return 'has a malformed reuse entry';
  if (typeof current !== 'string' || !itemsStep(current)) {
    return 'has a malformed current step';
  }
  let stop: Halt | null = null;
  if (halt !== null) {
    if (!isDict(halt) || typeof halt.status !== 'string' || !HALT_STATUSES.includes(halt.status)) {
      return 'has a malformed halt';
    }
    const error = halt.error ?? null;
    if (error !== null && typeof error !== 'string') return 'has a malformed halt';
    if (typeof halt.step_id !== 'string' || !itemsStep(halt.step_id)) {
      return 'has a malformed halt';
    }
    stop = { status: halt.status as Halt['status'], error, stepId: halt.step_id };
  }
  if (stop === null && !checked.some(([id]) => id === itemId)) {
    return 'has no record of the item itself';
  }
  const kept = reuse !== null && backedReuse(reuse, itemId, checked, current) ? reuse : null;
  return { records: checked, reuse: kept, current, halt: stop };
}

/**
 * Whether a gathered item's reuse entry says only what its admitted records say. A resume that
 * reuses the item writes the entry's `shared` records and moves the run to its `current` step
 * (item-reuse.ts), so an entry the records do not back could write any step's record. The entry
 * an honest shard saves is made from those very records: every one completed and no gate, its
 * digests theirs, its shared records and current step among them. One that is not is dropped
 * (the item then runs again on a resume), not refused: the records themselves were admitted.
 */
function backedReuse(
  reuse: Record<string, unknown>,
  itemId: string,
  records: readonly [string, StepRecord, StepTiming | null][],
  current: string
): boolean {
  const written = new Map(records.map(([id, record]) => [id, record]));
  const own = written.get(itemId);
  if (own === undefined || reuse.record !== digest(own)) return false;
  if (getOr(reuse, 'current', itemId) !== current) return false;
  for (const record of written.values()) {
    if (record.status !== StepStatus.Completed || record.type === 'gate') return false;
  }
  const privates = getOr(reuse, 'private', {});
  if (!isDict(privates)) return false;
  for (const [id, expected] of Object.entries(privates)) {
    const record = written.get(id);
    if (id === itemId || !isPrivateTo(itemId, id) || record === undefined) return false;
    if (expected !== digest(record)) return false;
  }
  const shared = getOr(reuse, 'shared', []);
  if (!Array.isArray(shared)) return false;
  for (const pair of shared) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') return false;
    const record = written.get(pair[0]);
    if (record === undefined || isPrivateTo(itemId, pair[0])) return false;
    if (digest(pair[1]) !== digest(record)) return false;
  }
  return true;
}

/** What a gather is given (ResumeOptions.gather): the shards' results as they were read. */
export interface GatherSource {
  /** What a shard saved for item `index`, unchecked (the engine checks it); or why there is none. */
  item(index: number): { given: unknown } | { missing: string };
  /**
   * Bring the changes of these gathered items (those with a result, less the ones an earlier
   * gather applied) into the project, in item order; the error when they do not merge.
   */
  apply(kept: readonly number[]): Promise<string | null>;
}
