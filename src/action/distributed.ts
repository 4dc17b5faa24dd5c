/**
 * A fan-out run as a matrix of jobs (the engine's distribution.ts): the matrix the start job
 * outputs, the shard job (run some items, each in a workspace of its own, and save what they
 * recorded and changed as an entry of its own), and the gather's source (every shard's entry,
 * checked, and the kept items' changes applied in item order).
 *
 * A shard's entry is hostile data like a run's: the store checks it as it checks a run entry
 * (listing, bounds, seal), all of a gather's shard entries together are held to the run's own
 * bounds, the engine admits only records the item can write, and a patch is applied only inside
 * the change scope.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import PQueue from 'p-queue';
import {
  gatheredItemJson,
  indexRanges,
  type Distribution,
  type GatheredItem,
  type GatherSource
} from '../engine/distribution.js';
import type { ShardPlace } from '../engine/fan-out.js';
import { isDict } from '../engine/pyvalue.js';
import { fanOutItemId } from '../engine/step-tree.js';
import type { StepConfig } from '../engine/types.js';
import type { RunState } from '../engine/run-state.js';
import { RunCacheError, type RunStateStore } from './cache-store.js';
import type { EntryLimits } from './entry-contents.js';
import type { GithubContext } from './github-context.js';
import { shardFolder } from './shard-store.js';
import {
  ChangeConflict,
  addItemWorkspace,
  applyItemChanges,
  changesSince,
  removeItemWorkspace,
  takeBaseline,
  type Baseline,
  type ChangeScope
} from './workspace-changes.js';

/** The format of a shard's `shard.json`; another one is not read. */
export const SHARD_FORMAT = 1;
const SHARD_FILE = 'shard.json';

/** The change scope the `distribute-changes` input names. */
export function changeScope(
  choice: 'persist-paths' | 'worktree',
  persistPaths: readonly string[]
): ChangeScope {
  return choice === 'worktree' ? 'worktree' : { paths: persistPaths };
}

/** Where a shard job or a gather keeps its entries: the store, and what the run is saved with. */
export interface ShardStoreTarget {
  store: RunStateStore;
  root: string;
  prefix: string;
  runId: string;
  github: GithubContext;
  stateKey: string;
  limits: EntryLimits;
}

/** What the fan-out's record says its template is (the engine recorded it when it distributed). */
export function distributedTemplate(state: RunState, d: Distribution): StepConfig {
  const template = state.stepResults[d.stepId]?.output?.step_template;
  return isDict(template) ? template : {};
}

/**
 * The shard job's side of the engine: items run in the project itself when the shard has
 * one, else each in a git worktree of its own (so concurrent items never share files); once
 * an item has finished, its changes since the baseline are written beside its record.
 */
export class ShardWork implements ShardPlace {
  readonly items: Record<string, Record<string, unknown>> = {};
  private readonly places = new Map<number, string>();
  private readonly statuses = new Map<string, number>();
  private constructor(
    private readonly baseline: Baseline,
    private readonly folder: string,
    private readonly workspaces: string | null
  ) {}

  static async open(
    root: string,
    scope: ChangeScope,
    folder: string,
    itemCount: number
  ): Promise<ShardWork> {
    // Taken after the restore: the checkout plus the run's files is what every item starts from.
    const baseline = await takeBaseline(root, scope);
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    const workspaces =
      itemCount > 1
        ? await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'specflow-items-'))
        : null;
    return new ShardWork(baseline, folder, workspaces);
  }

  async prepare(index: number): Promise<string | undefined> {
    if (this.workspaces === null) return undefined;
    const dir = path.join(this.workspaces, `item-${index}`);
    await addItemWorkspace(this.baseline, dir);
    this.places.set(index, dir);
    return dir;
  }

  async finished(index: number, item: GatheredItem): Promise<void> {
    const dir = this.places.get(index) ?? this.baseline.root;
    const patch = await changesSince(this.baseline, dir);
    const name = patch.length > 0 ? `item-${index}.patch` : null;
    if (name !== null) await writeFile(path.join(this.folder, name), patch);
    this.items[String(index)] = { ...gatheredItemJson(item), patch: name };
    const statuses: string[] = item.records.map(([, record]) => record.status);
    const status =
      item.halt?.status ?? ['failed', 'paused'].find((s) => statuses.includes(s)) ?? 'completed';
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (this.places.has(index)) {
      this.places.delete(index);
      await removeItemWorkspace(this.baseline, dir);
    }
  }

  /** A one-line account of the items so far, for the log and the summary: "2 completed, 1 failed". */
  account(): string {
    return [...this.statuses].map(([status, n]) => `${n} ${status}`).join(', ') || 'no items';
  }

  /** Remove what is left of the item workspaces (an interrupted shard leaves some). */
  async close(): Promise<void> {
    for (const dir of this.places.values()) await removeItemWorkspace(this.baseline, dir);
    if (this.workspaces !== null) await rm(this.workspaces, { recursive: true, force: true });
  }

  /** Write shard.json: what the gather reads. */
  async write(facts: {
    runId: string;
    distribution: Distribution;
    shard: number;
    github: GithubContext;
  }): Promise<void> {
    const { runId, distribution, shard, github } = facts;
    await writeFile(
      path.join(this.folder, SHARD_FILE),
      JSON.stringify({
        format: SHARD_FORMAT,
        run_id: runId,
        distribution_id: distribution.id,
        shard,
        step_id: distribution.stepId,
        indexes: distribution.shards[shard - 1],
        job: { github_run_id: github.runId ?? null, attempt: github.runAttempt ?? null },
        items: this.items
      })
    );
  }
}

/** How many shard entries a gather restores at once. */
const RESTORES_AT_ONCE = 8;

/**
 * What the shard entries of one gather may restore together: the run's own limits (each entry
 * is also held to them alone). Entries are charged in shard order, whichever is downloaded
 * first, so the entry refused is always the same one: the first that takes the total past a
 * limit. Shard n waits for the shards before it to settle; the restores start in shard order, so
 * the one it waits for is always under way.
 */
class GatherBudget {
  private bytes = 0;
  private members = 0;
  private readonly settled: Promise<void>[] = [];
  private readonly settle: (() => void)[] = [];

  constructor(
    private readonly limits: EntryLimits,
    shards: number
  ) {
    for (let n = 0; n < shards; n++) {
      this.settled.push(new Promise((resolve) => this.settle.push(resolve)));
    }
  }

  /** Count shard n's entry in, or refuse it (a RunCacheError) when the total would pass a limit. */
  async charge(n: number, entry: { key: string; bytes: number; members: number }): Promise<void> {
    await Promise.all(this.settled.slice(0, n - 1));
    const bytes = this.bytes + entry.bytes;
    const members = this.members + entry.members;
    const { maxBytes, maxMembers } = this.limits;
    const past =
      bytes > maxBytes
        ? { input: 'max-restore-size', total: `${bytes} bytes`, limit: `${maxBytes} bytes` }
        : members > maxMembers
          ? {
              input: 'max-restore-files',
              total: `${members} files and folders`,
              limit: `${maxMembers}`
            }
          : null;
    if (past !== null) {
      throw new RunCacheError(
        'refused',
        `the cache entry ${entry.key} was refused: with the shard entries restored before it, ` +
          `the gather would restore ${past.total}, more than ${past.input} (${past.limit}) allows ` +
          `for all of them together; nothing of it was restored (raise ${past.input} for the gather job)`
      );
    }
    this.bytes = bytes;
    this.members = members;
  }

  /** Shard n's restore is over, whatever came of it: the shards after it may be charged. */
  done(n: number): void {
    this.settle[n - 1]();
  }
}

interface GatheredResult {
  item: unknown;
  patch: string | null;
  shard: number;
}

/** What the gather read of one shard. */
interface ShardReading {
  line: string;
  found: [number, GatheredResult][];
  missing: [number, string][];
}

/** What the gather read of each shard, for the log. */
export interface GatheredShards {
  source: GatherSource;
  /** One line per shard: where its results came from, or why there are none. */
  lines: string[];
  /** Remove the shard folders from the project once gathered. */
  cleanUp(): Promise<void>;
}

/**
 * Restore every shard's entry of the run's distribution and make the engine's gather source of
 * them: an item whose shard saved nothing, or whose entry was refused, is missing (and fails
 * as its item), naming the shard and why.
 */
export async function gatherShards(
  target: ShardStoreTarget,
  state: RunState,
  scope: ChangeScope
): Promise<GatheredShards> {
  const d = state.distribution;
  if (d === null) {
    throw new RunCacheError(
      'not-found',
      `run ${target.runId} has no distributed fan-out waiting for its shards`
    );
  }
  const template = distributedTemplate(state, d);
  const budget = new GatherBudget(target.limits, d.shards.length);
  const results = new Map<number, GatheredResult>();
  const missing = new Map<number, string>();
  const lines: string[] = [];
  /** Shard n's entry, restored and read: its items' results, or why there are none. */
  const readShard = async (n: number): Promise<ShardReading> => {
    const indexes = d.shards[n - 1];
    const label = `shard ${n} (items ${indexRanges(indexes)})`;
    const none = (why: string): ShardReading => ({
      line: `${label}: ${why}`,
      found: [],
      missing: indexes.map((index) => [index, `${label} ${why}`])
    });
    let restored;
    try {
      restored = await target.store.restoreShard({
        root: target.root,
        prefix: target.prefix,
        runId: target.runId,
        distributionId: d.id,
        shard: n,
        stateKey: target.stateKey,
        limits: target.limits,
        admit: (entry) => budget.charge(n, entry)
      });
    } catch (error) {
      if (error instanceof RunCacheError && error.reason === 'unavailable') throw error;
      return none(`was refused: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      budget.done(n);
    }
    if (restored === null) {
      return none(
        'saved no results: its job failed or was cancelled before saving. Re-run the failed jobs of this workflow run to run it again'
      );
    }
    const folder = path.join(target.root, shardFolder(target.runId, d.id, n));
    let doc: unknown;
    try {
      doc = JSON.parse(await readFile(path.join(folder, SHARD_FILE), 'utf8'));
    } catch {
      return none(`has no readable ${SHARD_FILE} (cache entry ${restored.key})`);
    }
    if (!isDict(doc) || doc.format !== SHARD_FORMAT || !isDict(doc.items)) {
      return none(`has a ${SHARD_FILE} of another format (cache entry ${restored.key})`);
    }
    const reading: ShardReading = {
      line: `${label}: restored from ${restored.key}`,
      found: [],
      missing: []
    };
    for (const index of indexes) {
      const item = doc.items[String(index)];
      const patch = isDict(item) && typeof item.patch === 'string' ? item.patch : null;
      if (item === undefined) {
        reading.missing.push([
          index,
          `${label} saved no result for this item (it did not run there)`
        ]);
      } else if (patch !== null && patch !== `item-${index}.patch`) {
        reading.missing.push([
          index,
          `${label} names a change file ${JSON.stringify(patch)} of another item`
        ]);
      } else {
        reading.found.push([index, { item, patch, shard: n }]);
      }
    }
    return reading;
  };
  // Restores are mostly waiting on the cache service: several at once, bounded.
  const queue = new PQueue({ concurrency: RESTORES_AT_ONCE });
  const readings = await Promise.all(d.shards.map((_, i) => queue.add(() => readShard(i + 1))));
  for (const reading of readings) {
    lines.push(reading.line);
    for (const [index, why] of reading.missing) missing.set(index, why);
    for (const [index, found] of reading.found) results.set(index, found);
  }
  const baseline = await takeBaseline(target.root, scope);
  const source: GatherSource = {
    item: (index) => {
      const found = results.get(index);
      if (found !== undefined) return { given: found.item };
      return { missing: missing.get(index) ?? `no shard holds item ${index}` };
    },
    apply: async (kept) => {
      const changes = [];
      for (const index of kept) {
        const found = results.get(index);
        if (found === undefined || found.patch === null) continue;
        // By name: git reads each patch from the shard folder when it comes to it, so no two
        // are ever held in memory together.
        changes.push({
          label: `item ${index} (${fanOutItemId(d.stepId, template, index)})`,
          file: path.join(target.root, shardFolder(target.runId, d.id, found.shard), found.patch)
        });
      }
      try {
        await applyItemChanges(baseline, changes);
        return null;
      } catch (error) {
        if (error instanceof ChangeConflict) return error.message;
        return `the items' changes could not be applied: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  };
  return {
    source,
    lines,
    cleanUp: () =>
      rm(path.join(target.root, path.dirname(shardFolder(target.runId, d.id, 1))), {
        recursive: true,
        force: true
      })
  };
}
