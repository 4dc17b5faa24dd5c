/**
 * Fan-out: run a step template once per item, at most `max_concurrency` items
 * at a time, and hand back the item outputs in item order.
 *
 * The halt rules are the reference's (spec-kit `_run_fan_out`): the first
 * item *in item order* whose own result halts the run decides the outcome,
 * whatever finished first; once the run is halting no further item starts;
 * items already running finish and are ignored. Items run as real
 * concurrent promises (child processes) behind a p-queue window that is fed
 * lazily.
 *
 * The window slides over item order, as the reference's does: item
 * `k + window` starts only once items 0..k have finished and been collected,
 * not as soon as any running item finishes. A slow early item therefore
 * holds back later ones, and when it halts the run the later items never
 * start (and leave no record), exactly as in the reference.
 *
 * On resume an item is not run again when its last run provably gives the
 * same result; the rules, and what is recorded for them, are in item-reuse.ts.
 */
import { makeBreather } from './breath.js';
import PQueue from 'p-queue';
import type { Halt, RunReporter, RunSession, StepListRunner } from './run-session.js';
import { fanOutItemId, stepTypeOf, withStepId } from './step-tree.js';
import {
  newDistributionId,
  planShards,
  type Distribution,
  type GatheredItem
} from './distribution.js';
import {
  getOr,
  isDict,
  isPyInt,
  PyFloat,
  pyInt,
  pyParseInt,
  pyStr,
  type PyInt
} from './pyvalue.js';
import { ItemRunTrace, fingerprinter, reusableEntry } from './item-reuse.js';
import {
  InterruptedError,
  RunStatus,
  StepStatus,
  type StepConfig,
  type StepContext,
  type StepRecord
} from './types.js';
import type { RunState } from './run-state.js';

export interface FanOutRequest {
  parentId: string;
  items: unknown[];
  template: StepConfig;
  /** Raw `max_concurrency` as written (coerced like Python's int()). */
  maxConcurrency: unknown;
  context: StepContext;
  depth: number;
  /** Absent: run every item here. */
  mode?: FanOutMode;
}

/**
 * A distributed fan-out (distribution.ts). `shard`: run only these items, each as if alone
 * (a halt of one does not cut another short), every one of them started, and hand each
 * item's records to `place`. `gather`: run no item; replay what the shards recorded, in item
 * order, as this module would have recorded the fan-out run here.
 */
export type FanOutMode =
  | { kind: 'shard'; indexes: readonly number[]; place: ShardPlace }
  | { kind: 'gather'; source: CheckedGather };

export interface ShardPlace {
  /** The project root item `index` runs in (undefined: the run's own), before it starts. */
  prepare(index: number): Promise<string | undefined>;
  /** Item `index` has finished (also when it failed or paused): what its run recorded. */
  finished(index: number, item: GatheredItem): Promise<void>;
}

export interface CheckedGather {
  /** What a shard recorded for item `index`, checked; or why there is nothing (an error for its record). */
  item(index: number): GatheredItem | { missing: string };
  /** Bring the changes of the gathered items (those with a result) into the project, in item order; the error when they do not merge. */
  apply(kept: readonly number[]): Promise<string | null>;
}

/**
 * The window size, coerced the way the reference's `max(1, int(value))` does:
 * 4, "4", " 4 ", "٤" (any Unicode digits), 4.7 give 4; anything int() rejects gives 1.
 */
export function fanOutWindow(value: unknown): number {
  let n: PyInt | undefined;
  if (typeof value === 'boolean') n = value ? 1 : 0;
  else if (isPyInt(value)) n = value;
  else if (value instanceof PyFloat) {
    n = Number.isFinite(value.value) ? pyInt(Math.trunc(value.value)) : undefined;
  } else if (typeof value === 'string') n = pyParseInt(value);
  if (n === undefined || n < 1) return 1;
  // A window wider than any list of items is as good as any other.
  return typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
}

function fanOutFingerprint(
  session: RunSession,
  request: FanOutRequest
): (index: number, item: unknown) => string {
  return fingerprinter({
    definition: session.definitionDigest,
    inputs: request.context.inputs,
    parentId: request.parentId,
    template: request.template
  });
}

/**
 * The distribution of this fan-out's items that a resume would run (those without a result it
 * may keep, item-reuse.ts), or null when there is none left to run.
 */
export function distributionOf(session: RunSession, request: FanOutRequest): Distribution | null {
  const { items, template, parentId, context } = request;
  const fingerprint = fanOutFingerprint(session, request);
  const pending: number[] = [];
  for (let index = 0; index < items.length; index++) {
    const id = fanOutItemId(parentId, template, index);
    const kept =
      session.reusable.has(id) &&
      reusableEntry(
        session.reusable.get(id),
        fingerprint(index, items[index]),
        id,
        context.steps
      ) !== null;
    if (!kept) pending.push(index);
  }
  if (pending.length === 0) return null;
  return {
    id: newDistributionId(),
    stepId: parentId,
    shards: planShards(pending),
    window: fanOutWindow(request.maxConcurrency),
    itemCount: items.length,
    applied: []
  };
}

/** What fan-out needs of the engine: a way to run an item's steps, and where to report. */
export interface FanOutRunner {
  runSteps: StepListRunner;
  reporter: RunReporter;
}

/** The item outputs in item order (as far as items ran), and the halt that stopped the fan-out. */
export interface FanOutResult {
  results: unknown[];
  halt: Halt | null;
}

/** What one item's run gave: its output, and how its steps stopped (their halt, or null). */
interface ItemRun {
  value: unknown;
  halt: Halt | null;
  /** What the run wrote (null: the item was reused, or is nested in another item). */
  trace?: ItemRunTrace | null;
}

type ItemOutcome = { ok: true; run: ItemRun } | { ok: false; error: unknown };

export async function runFanOut(
  runner: FanOutRunner,
  session: RunSession,
  request: FanOutRequest
): Promise<FanOutResult> {
  const { parentId, items, template, context, depth } = request;
  const { state } = session;
  const { reporter } = runner;
  if (items.length === 0) return { results: [], halt: null };
  const workers = Math.min(fanOutWindow(request.maxConcurrency), items.length);
  const itemId = (index: number): string => fanOutItemId(parentId, template, index);

  // Reuse is decided for the items of a fan-out that is not itself inside a
  // fan-out item: an inner fan-out is part of its item's run, reused or re-run
  // with it, and its items note what they do in that item's trace.
  const tracing = context.itemTrace === undefined;
  const fingerprint = fanOutFingerprint(session, request);

  /** The recorded output of item `index` when a resume may keep it (see item-reuse.ts). */
  const reusedOutput = (index: number): Record<string, unknown> | undefined => {
    const id = itemId(index);
    if (!tracing || !session.reusable.has(id)) return undefined;
    const raw = session.reusable.get(id);
    session.reusable.delete(id); // considered once: never again in this run of the engine
    const entry = reusableEntry(raw, fingerprint(index, items[index]), id, context.steps);
    if (entry === null) return undefined;
    // Records nested steps wrote under shared ids are written again, as a re-run would.
    for (const [sharedId, record] of entry.shared) state.recordStep(sharedId, record);
    // The current step moves on as the item's re-run would have moved it.
    state.currentStepId = entry.current;
    state.setItemReuse(id, raw); // as it was saved: it still holds
    state.log({ event: 'fan_out_item_reused', step_id: id });
    return state.stepResults[id].output;
  };

  const breathe = makeBreather();

  const runItem = async (
    index: number,
    itemContext: StepContext,
    itemSession: RunSession = session
  ): Promise<ItemRun> => {
    await breathe();
    if (context.signal.aborted) throw new InterruptedError();
    const id = itemId(index);
    const reused = reusedOutput(index);
    if (reused !== undefined) {
      reporter.itemFinished?.({
        parentId,
        itemId: id,
        index,
        record: getOr(state.stepResults, id, undefined),
        reused: true
      });
      return { value: reused, halt: null };
    }
    let trace: ItemRunTrace | null = null;
    let runContext = itemContext;
    if (tracing) {
      // Until this run of the item has finished, nothing may offer the last one.
      state.setItemReuse(id, undefined);
      trace = new ItemRunTrace(id, context.steps);
      runContext = { ...itemContext, steps: trace.view(), itemTrace: trace };
    }
    const itemStep = withStepId(template, id);
    const halt = await runner.runSteps(itemSession, [itemStep], runContext, depth + 1);
    const record = getOr(context.steps, id, undefined);
    if (trace !== null && !context.signal.aborted) {
      const entry = trace.entry(fingerprint(index, items[index]));
      if (entry !== null) {
        state.setItemReuse(id, entry);
      }
    }
    reporter.itemFinished?.({ parentId, itemId: id, index, record, reused: false });
    return { value: record?.output ?? {}, halt, trace };
  };

  const itemContext = (index: number): StepContext => ({
    ...context,
    item: items[index],
    insideFanOut: true,
    output: reporter.itemOutput?.({ parentId, itemId: itemId(index), index }) ?? context.output
  });

  // The halt this item's own record imposes on the run, if any.
  const haltOf = (index: number, run: ItemRun): Halt | null => {
    const rec = getOr(context.steps, itemId(index), undefined);
    // Ran but recorded nothing (an unknown step type): its steps' own halt.
    if (rec === undefined) return run.halt;
    const error = rec.error ?? null;
    const stepId = itemId(index);
    if (rec.status === StepStatus.Paused) return { status: RunStatus.Paused, error, stepId };
    if (rec.status === StepStatus.Failed) {
      if (isDict(rec.output) && rec.output.aborted) {
        return { status: RunStatus.Aborted, error, stepId };
      }
      if (template.continue_on_error !== true) return { status: RunStatus.Failed, error, stepId };
    }
    return null;
  };

  if (request.mode?.kind === 'shard') {
    const { indexes, place } = request.mode;
    await runShardItems(indexes, Math.min(workers, indexes.length), async (index) => {
      const root = await place.prepare(index);
      const base = itemContext(index);
      // Each item runs as it would alone in its job: another's halt does not cut it short.
      const alone: RunSession = { ...session, halting: null };
      const run = await runItem(
        index,
        root === undefined ? base : { ...base, projectRoot: root },
        alone
      );
      if (alone.crashedStepId !== null) session.crashedStepId ??= alone.crashedStepId;
      await place.finished(index, shardItem(state, run, itemId(index)));
    });
    return { results: [], halt: null };
  }

  if (request.mode?.kind === 'gather') {
    return gatherItems(request.mode.source, {
      session,
      items,
      itemId,
      reusedOutput,
      haltOf: (index, run) => haltOf(index, run),
      report: (index, reused) =>
        reporter.itemFinished?.({
          parentId,
          itemId: itemId(index),
          index,
          record: getOr(state.stepResults, itemId(index), undefined),
          reused
        }),
      failedRecord: (error) => ({
        type: pyStr(stepTypeOf(template)),
        integration: null,
        model: null,
        options: null,
        input: null,
        output: {},
        status: StepStatus.Failed,
        error
      }),
      parentId
    });
  }

  if (workers <= 1) {
    // One item after another, stopping as soon as the run halts.
    const results: unknown[] = [];
    for (let index = 0; index < items.length; index++) {
      const run = await runItem(index, itemContext(index));
      results.push(run.value);
      reporter.fanOutProgress?.({
        stepId: parentId,
        done: index + 1,
        running: 0,
        total: items.length
      });
      const halt = run.halt ?? session.halting;
      if (halt !== null) return { results, halt };
    }
    return { results, halt: null };
  }

  const queue = new PQueue({ concurrency: workers });
  const outcomes: Promise<ItemOutcome>[] = [];
  let nextIndex = 0;
  let running = 0;
  let done = 0;
  // Items collected in order so far; the window is [collected, collected + workers).
  let collected = 0;
  let stopLaunching = false;

  const launch = (): void => {
    while (
      !stopLaunching &&
      nextIndex < items.length &&
      nextIndex < collected + workers &&
      session.halting === null &&
      !context.signal.aborted
    ) {
      const index = nextIndex++;
      running++;
      outcomes[index] = queue
        .add(() => runItem(index, itemContext(index)))
        .then(
          (run): ItemOutcome => ({ ok: true, run }),
          (error: unknown): ItemOutcome => {
            stopLaunching = true; // a thrown error is a bug, not a result: start nothing more
            return { ok: false, error };
          }
        )
        .finally(() => {
          running--;
          done++;
          reporter.fanOutProgress?.({ stepId: parentId, done, running, total: items.length });
        });
    }
  };
  launch();

  const settleAll = async (): Promise<void> => {
    stopLaunching = true;
    await Promise.all(outcomes.filter((p) => p !== undefined));
  };

  const slots: unknown[] = [];
  let halt: Halt | null = null;
  for (let index = 0; index < items.length; index++) {
    const pending = outcomes[index];
    if (pending === undefined) break; // never started: the run was already halting
    const outcome = await pending;
    if (!outcome.ok) {
      await settleAll();
      throw outcome.error;
    }
    slots.push(outcome.run.value);
    halt = haltOf(index, outcome.run);
    if (halt !== null) break;
    // This item's slot moves to the next item not yet started.
    collected = index + 1;
    launch();
  }
  await settleAll();

  if (halt === null && slots.length < items.length && context.signal.aborted) {
    // Stopped launching because the run was interrupted, not because it halted:
    // the fan-out is unfinished and must not read as complete.
    throw new InterruptedError();
  }
  if (halt !== null) {
    // The first halting item in item order decides, whatever a later item did while running;
    // the enclosing lists stop on it.
    session.halting = halt;
    state.save();
  }
  return { results: slots, halt };
}

/** Run a shard's items, at most `window` at once, each one started whatever the others gave. */
async function runShardItems(
  indexes: readonly number[],
  window: number,
  run: (index: number) => Promise<void>
): Promise<void> {
  const queue = new PQueue({ concurrency: Math.max(1, window) });
  let failure: { error: unknown } | null = null;
  await Promise.all(
    indexes.map((index) =>
      queue
        .add(() => run(index))
        .catch((error: unknown) => {
          // A thrown error is a bug or an interruption, not a result: start nothing more.
          failure ??= { error };
          queue.clear();
        })
    )
  );
  if (failure !== null) throw (failure as { error: unknown }).error;
}

/** What a shard hands back for one item it ran. */
function shardItem(state: RunState, run: ItemRun, itemId: string): GatheredItem {
  const written: [string, StepRecord][] =
    run.trace?.records() ??
    (state.stepResults[itemId] === undefined ? [] : [[itemId, state.stepResults[itemId]]]);
  const reuse = getOr(state.fanOutReuse, itemId, null);
  return {
    records: written.map(([id, record]) => [id, record, getOr(state.stepTimings, id, null)]),
    reuse: isDict(reuse) ? reuse : null,
    current: run.trace?.currentStep() ?? itemId,
    halt: run.halt
  };
}

interface GatherBasis {
  session: RunSession;
  items: unknown[];
  parentId: string;
  itemId(index: number): string;
  reusedOutput(index: number): Record<string, unknown> | undefined;
  haltOf(index: number, run: ItemRun): Halt | null;
  report(index: number, reused: boolean): void;
  failedRecord(error: string): StepRecord;
}

/**
 * Record a distributed fan-out from what its shards recorded: item by item in item order, an
 * item kept from before the distribution reused as a resume would, the first halting item
 * deciding, the items after it left out with their changes. The kept items' changes are then
 * brought into the project; when they do not merge, the fan-out fails and no gathered item is
 * offered for reuse (its changes are not in the project).
 */
async function gatherItems(source: CheckedGather, basis: GatherBasis): Promise<FanOutResult> {
  const { session } = basis;
  const { state } = session;
  const results: unknown[] = [];
  const gathered: number[] = [];
  let halt: Halt | null = null;
  for (let index = 0; index < basis.items.length; index++) {
    const id = basis.itemId(index);
    let run: ItemRun;
    const reused = basis.reusedOutput(index);
    if (reused !== undefined) {
      basis.report(index, true);
      run = { value: reused, halt: null };
    } else {
      const given = source.item(index);
      state.setItemReuse(id, undefined);
      if ('missing' in given) {
        state.currentStepId = id;
        state.recordStep(id, basis.failedRecord(given.missing));
        state.log({ event: 'fan_out_item_missing', step_id: id, error: given.missing });
        run = { value: {}, halt: null };
      } else {
        for (const [recordId, record, timing] of given.records) {
          state.recordStep(recordId, record, timing ?? undefined);
        }
        if (given.reuse !== null) state.setItemReuse(id, given.reuse);
        state.currentStepId = given.current;
        state.log({ event: 'fan_out_item_gathered', step_id: id });
        run = { value: getOr(state.stepResults, id, undefined)?.output ?? {}, halt: given.halt };
        gathered.push(index);
      }
      basis.report(index, false);
    }
    results.push(run.value);
    // The item's steps halted the run even when its own record did not say so (a gate or a
    // failure nested in an \`if\` whose record completed): in place, that halt stops the run.
    halt = basis.haltOf(index, run) ?? run.halt;
    if (halt !== null) break;
  }
  const conflict = await source.apply(gathered);
  if (conflict !== null) {
    for (const index of gathered) state.setItemReuse(basis.itemId(index), undefined);
    state.log({ event: 'fan_out_changes_conflict', step_id: basis.parentId, error: conflict });
    halt = { status: RunStatus.Failed, error: conflict, stepId: basis.parentId };
  }
  if (halt !== null) {
    session.halting = halt;
    state.save();
  }
  return { results, halt };
}
