/**
 * When a resumed fan-out may keep an item's recorded result instead of
 * running the item again.
 *
 * The reference re-runs a whole fan-out step when a run is resumed. specflow
 * keeps an item's last result only where running it again provably gives the
 * same records, and re-runs it in any doubt:
 *
 * - Its fingerprint is unchanged: the run's saved workflow definition, the
 *   run's inputs, the fan-out step's id, the item's index and value, and the
 *   step template, compared as exact JSON text (so `1` and `true`, or two key
 *   orders, differ).
 * - Every record the item's run wrote (its own, and those of the steps
 *   nested in it: branches, loop passes, inner fan-outs) is `completed`, none
 *   is a gate, even one a later record under the same id replaced, and the
 *   item did not stop short (an unknown step type, or a
 *   halt of the run seen from inside the item).
 * - Every step record the item read before writing it itself (an expression
 *   such as `{{ steps.plan.output.stdout }}`) is as it was then. An item that
 *   looked at all of `steps` at once is never reused.
 * - The records it wrote under ids that only it uses (`<item id>:...`) are
 *   still there, unchanged.
 *
 * A gate is never reused, answered or not: the reference asks it again, and
 * what its answer approved (a message, a `show_file` on disk) may have
 * changed since. What an item does outside the run (files, environment,
 * network) cannot be fingerprinted; `--rerun-items` turns reuse off.
 *
 * Records that nested steps wrote under ids shared with other items (a step
 * inside an `if` template keeps its plain id) are kept whole in the entry and
 * written again when the item is reused, so `steps.<id>` after the fan-out
 * shows the record the last item wrote, as after a re-run.
 *
 * Entries live in the run's state (`fan_out_reuse`), keyed by item id. The
 * entry of an item is removed when the item starts and written only once it
 * has finished, so a state written in between never offers a partial run.
 * Only entries that existed when a resume began are used, each at most once:
 * an item never reuses what was recorded in the same run of the engine.
 */
import { createHash } from 'node:crypto';
import { getOr, hasKey, isDict, pyJsonDumps } from './pyvalue.js';
import { StepStatus, type ItemTrace, type StepRecord } from './types.js';

/** Changes whenever what an entry means changes; entries of another format are ignored. */
export const REUSE_FORMAT = 3;

export interface ItemReuseEntry {
  format: number;
  /** What the item ran with (see itemFingerprint). */
  fingerprint: string;
  /** Digest of the item's own record (`<fan-out id>:<template id>:<index>`). */
  record: string;
  /** Digests of the other records under ids only this item uses. */
  private: Record<string, string>;
  /** Records under ids other items may also write, in the order last written. */
  shared: [string, StepRecord][];
  /** Digests of the records the item read before writing them (null: there was none). */
  reads: Record<string, string | null>;
  /** The last step the item's run started: the run's current step once it is kept, as after a re-run. */
  current: string;
}

/**
 * The exact JSON text of a value (floats, big ints and key types kept). With
 * an indent, pyJsonDumps takes JSON.stringify's fast path for plain data.
 */
const exactJson = (value: unknown): string => pyJsonDumps(value, 1);

/** SHA-256 of the exact JSON text of a value. */
export function digest(value: unknown): string {
  return createHash('sha256').update(exactJson(value)).digest('base64url');
}

/** SHA-256 of a workflow definition's saved YAML text. */
export function definitionDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/** Whether `id` belongs to the item `itemId` alone: the item itself or an id it prefixes. */
export function isPrivateTo(itemId: string, id: string): boolean {
  // The separator matters: item `f:t:1` must not claim `f:t:10` or its records.
  return id === itemId || id.startsWith(`${itemId}:`);
}

/** Whether a record may stand for a run that needs no repeating. */
function reusableRecord(record: unknown): record is StepRecord {
  return isDict(record) && record.status === StepStatus.Completed && record.type !== 'gate';
}

function recordDigest(steps: Record<string, StepRecord>, id: string): string | null {
  return hasKey(steps, id) ? digest(steps[id]) : null;
}

/** What every item of one fan-out run shares, for `fingerprint`. */
export interface FanOutBasis {
  definition: string;
  inputs: unknown;
  parentId: string;
  template: unknown;
}

/** Fingerprints of the items of one fan-out run. */
export function fingerprinter(basis: FanOutBasis): (index: number, item: unknown) => string {
  const common = digest([
    REUSE_FORMAT,
    basis.definition,
    basis.inputs,
    basis.parentId,
    basis.template
  ]);
  return (index, item) =>
    createHash('sha256')
      .update(`${common}\n${index}\n`)
      .update(exactJson(item))
      .digest('base64url');
}

/**
 * An entry as the run's state keeps it: parts that are empty, and a current
 * step that is the item itself, are left out (state files of big fan-outs are
 * rewritten often, and most items read and share nothing).
 */
function stored(entry: ItemReuseEntry, itemId: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    format: entry.format,
    fingerprint: entry.fingerprint,
    record: entry.record
  };
  if (Object.keys(entry.private).length > 0) out.private = entry.private;
  if (entry.shared.length > 0) out.shared = entry.shared;
  if (Object.keys(entry.reads).length > 0) out.reads = entry.reads;
  if (entry.current !== itemId) out.current = entry.current;
  return out;
}

/** The entry of item `itemId`, when `value` (read from a run's state) is one of this format. */
function asEntry(value: unknown, itemId: string): ItemReuseEntry | null {
  if (!isDict(value) || value.format !== REUSE_FORMAT) return null;
  const { fingerprint, record } = value;
  const own = getOr(value, 'private', {});
  const shared = getOr(value, 'shared', []);
  const reads = getOr(value, 'reads', {});
  const current = getOr(value, 'current', itemId);
  if (typeof fingerprint !== 'string' || typeof record !== 'string') return null;
  if (typeof current !== 'string') return null;
  if (!isDict(own) || !Object.values(own).every((d) => typeof d === 'string')) return null;
  if (!isDict(reads) || !Object.values(reads).every((d) => d === null || typeof d === 'string')) {
    return null;
  }
  const wellFormed = (pair: unknown): boolean =>
    Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && isDict(pair[1]);
  if (!Array.isArray(shared) || !shared.every(wellFormed)) return null;
  return {
    format: REUSE_FORMAT,
    fingerprint,
    record,
    private: own as Record<string, string>,
    shared: shared as [string, StepRecord][],
    reads: reads as Record<string, string | null>,
    current
  };
}

/**
 * The entry of item `itemId` when its recorded result may be kept: `raw` is
 * what the run's state held for it when the resume began, `steps` the
 * records as they are now, just before the item would start.
 */
export function reusableEntry(
  raw: unknown,
  fingerprint: string,
  itemId: string,
  steps: Record<string, StepRecord>
): ItemReuseEntry | null {
  const entry = asEntry(raw, itemId);
  if (entry === null || entry.fingerprint !== fingerprint) return null;
  if (!hasKey(steps, itemId) || !reusableRecord(steps[itemId])) return null;
  if (digest(steps[itemId]) !== entry.record) return null;
  for (const [id, expected] of Object.entries(entry.private)) {
    if (id === itemId || !isPrivateTo(itemId, id)) return null;
    if (!hasKey(steps, id) || !reusableRecord(steps[id]) || digest(steps[id]) !== expected) {
      return null;
    }
  }
  for (const [id, record] of entry.shared) {
    // A shared id inside this item's own space, or a record that needs repeating: not ours.
    if (isPrivateTo(itemId, id) || !reusableRecord(record)) return null;
  }
  for (const [id, expected] of Object.entries(entry.reads)) {
    if (recordDigest(steps, id) !== expected) return null;
  }
  return entry;
}

/**
 * Watches one fan-out item run: what it records (told by the engine through
 * the ItemTrace interface) and which records it reads (through `view`).
 */
export class ItemRunTrace implements ItemTrace {
  private readonly written = new Map<string, StepRecord>();
  private readonly reads = new Map<string, string | null>();
  private spoiled = false;
  private current: string;

  constructor(
    private readonly itemId: string,
    private readonly steps: Record<string, StepRecord>
  ) {
    this.current = itemId;
  }

  started(stepId: string): void {
    this.current = stepId;
  }

  wrote(stepId: string, record: StepRecord): void {
    // A gate or an unfinished step rules the item out for good, even once a later
    // record under the same id (a loop pass, a nested template's step) replaces it.
    if (!reusableRecord(record)) this.spoiled = true;
    // Last write last: a loop pass rewrites its body's plain ids.
    this.written.delete(stepId);
    this.written.set(stepId, record);
  }

  spoil(): void {
    this.spoiled = true;
  }

  /** Every record the item's run wrote, in the order last written. */
  records(): [string, StepRecord][] {
    return [...this.written];
  }

  /** The last step the item's run started. */
  currentStep(): string {
    return this.current;
  }

  /**
   * The records as the item's steps see them: the same object, with every
   * lookup of a record the item has not written itself noted with the
   * record's digest at that moment. Listing all records (`{{ steps }}`)
   * makes the item depend on everything: it is not reused.
   */
  view(): Record<string, StepRecord> {
    const note = (key: string | symbol): void => {
      if (typeof key !== 'string' || this.written.has(key) || this.reads.has(key)) return;
      this.reads.set(key, recordDigest(this.steps, key));
    };
    return new Proxy(this.steps, {
      get: (target, key) => {
        note(key);
        return Reflect.get(target, key);
      },
      has: (target, key) => {
        note(key);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor: (target, key) => {
        note(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys: (target) => {
        this.spoiled = true;
        return Reflect.ownKeys(target);
      }
    });
  }

  /** The entry for this finished run as the state keeps it, or null when a resume must run the item again. */
  entry(fingerprint: string): Record<string, unknown> | null {
    if (this.spoiled) return null;
    const own = this.written.get(this.itemId);
    if (own === undefined || this.steps[this.itemId] !== own) return null;
    const privateDigests = new Map<string, string>();
    const shared: [string, StepRecord][] = [];
    for (const [id, record] of this.written) {
      if (!reusableRecord(record)) return null;
      if (id === this.itemId) continue;
      if (isPrivateTo(this.itemId, id)) {
        // Nobody else writes these; a different record there means something is off.
        if (this.steps[id] !== record) return null;
        privateDigests.set(id, digest(record));
      } else {
        shared.push([id, record]);
      }
    }
    return stored(
      {
        format: REUSE_FORMAT,
        fingerprint,
        record: digest(own),
        private: Object.fromEntries(privateDigests),
        shared,
        reads: Object.fromEntries(this.reads),
        current: this.current
      },
      this.itemId
    );
  }
}
