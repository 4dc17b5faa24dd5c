/**
 * Saving a stopped run to the Actions cache, shared by the main and the post step. A failed
 * save is reported, never thrown: the run's outcome still has to be reported.
 */
import { RunStatus } from '../engine/types.js';
import { CacheKeyError, longestRunKeys, requireKeyFits } from './cache-keys.js';
import { CACHE_OFF, type RunStateStore } from './cache-store.js';
import type { EntryLimits } from './entry-contents.js';
import type { GithubContext } from './github-context.js';

export interface SaveTarget {
  store: RunStateStore;
  root: string;
  prefix: string;
  persistPaths: string[];
  github: GithubContext;
  /** The `state-key` input (seals the entry) and the bounds a resume will enforce. */
  stateKey?: string;
  limits?: EntryLimits;
}

export interface SaveOutcome {
  saved: boolean;
  key: string | null;
  /** One sentence for the log and the summary. */
  detail: string;
  /** Why a save that was tried did not happen; null when saved, or when caching is off. */
  failure: string | null;
  /** Saved, but not to every home: which missed it and why (a warning). */
  partial?: string | null;
}

/**
 * Refuse to start or resume a run whose state could never be saved because its keys would be too
 * long, naming what to shorten. `workflowId` is null before a resume has restored the run (any
 * id, at least one character, is assumed then); `workflowFile`, when the id can still be
 * changed (a new run), is where it is written.
 */
export function requireSavableKeys(
  target: SaveTarget,
  run: { runId: string; workflowId: string | null; workflowFile?: string; resuming: boolean }
): void {
  const { runId, workflowId, workflowFile, resuming } = run;
  const chosen = [
    { value: target.prefix, source: "input 'cache-key-prefix'" },
    ...(resuming ? [{ value: runId, source: "input 'run-id'" }] : []),
    ...(workflowId !== null && workflowFile !== undefined
      ? [{ value: workflowId, source: `the workflow's id in ${workflowFile}` }]
      : [])
  ];
  const parts = {
    prefix: target.prefix,
    runId,
    workflowId: workflowId ?? 'x',
    githubRunId: target.github.runId,
    attempt: target.github.runAttempt
  };
  try {
    for (const key of longestRunKeys(parts)) requireKeyFits(key, chosen);
  } catch (error) {
    if (!(error instanceof CacheKeyError)) throw error;
    throw new CacheKeyError(
      `run ${runId} is not ${resuming ? 'resumed' : 'started'}, since its state could never be saved: ${error.message}`
    );
  }
}

/** The step's error for a run that could be resumed but was not saved. */
export function notSavedError(runId: string, status: RunStatus, failure: string): string {
  return status === RunStatus.Paused
    ? `run ${runId} paused but its state could not be saved: ${failure}`
    : `run ${runId} ${status} and its state could not be saved, so it cannot be resumed from here: ${failure}`;
}

/**
 * Save the run to the store's homes; once a run restored by this job has ended for good
 * (completed, aborted) and that end is saved (or needed no save), its artifacts are deleted:
 * only a resume needs them, and its history stays in its last summary. (A run that never left
 * its first job never had one.)
 */
export async function saveRunState(
  target: SaveTarget,
  run: { runId: string; workflowId: string; status: RunStatus; restored?: boolean }
): Promise<SaveOutcome> {
  const outcome = await storeRun(target, run);
  if (run.status !== RunStatus.Completed && run.status !== RunStatus.Aborted) return outcome;
  if (target.store.artifacts === null || run.restored !== true) return outcome;
  // Its end was not saved: its artifacts may be the only saved state left of it (a run resumed
  // from its artifact once the cache had evicted its entry), which a re-run of this job needs.
  if (outcome.failure !== null) {
    return {
      ...outcome,
      detail: `${outcome.detail}; its artifacts are kept, since its end was not saved`
    };
  }
  const forgotten = await target.store.forget({ prefix: target.prefix, runId: run.runId });
  const deleted =
    forgotten.deleted === 0
      ? ''
      : `; its ${forgotten.deleted} artifact${forgotten.deleted === 1 ? '' : 's'} deleted`;
  const kept =
    forgotten.failure === null
      ? ''
      : `; its artifacts could not all be deleted (${forgotten.failure}), they expire with their retention`;
  return { ...outcome, detail: `${outcome.detail}${deleted}${kept}` };
}

async function storeRun(
  target: SaveTarget,
  run: { runId: string; workflowId: string; status: RunStatus; restored?: boolean }
): Promise<SaveOutcome> {
  if (!target.store.enabled) {
    return {
      saved: false,
      key: null,
      detail: `${target.store.offReason ?? CACHE_OFF}: run ${run.runId} was not saved to the Actions cache`,
      failure: null
    };
  }
  try {
    const result = await target.store.save({
      root: target.root,
      prefix: target.prefix,
      runId: run.runId,
      workflowId: run.workflowId,
      status: run.status,
      restored: run.restored,
      persistPaths: target.persistPaths,
      githubRunId: target.github.runId,
      attempt: target.github.runAttempt,
      stateKey: target.stateKey,
      limits: target.limits
    });
    if (result.saved) {
      const skipped = result.skipped?.length ? `; left out: ${result.skipped.join(', ')}` : '';
      const homes = result.homes ?? [{ home: 'the Actions cache', stored: true, said: '' }];
      const inCache = homes.some((home) => home.stored && home.as === undefined);
      const elsewhere = homes.filter((home) => home.stored && home.as !== undefined);
      const where = [
        ...(inCache ? [`to the Actions cache as ${result.key}`] : []),
        ...elsewhere.map((home) => `as ${home.as}`)
      ].join(', and ');
      const missed = homes
        .filter((home) => !home.stored)
        .map((home) => `; ${home.said}`)
        .join('');
      return {
        saved: true,
        key: result.key,
        detail: `Run ${run.runId} saved ${where} (${result.paths.join(', ')})${skipped}${missed}`,
        failure: null,
        partial: missed === '' ? null : missed.slice(2)
      };
    }
    if (result.unneeded) {
      return { saved: false, key: null, detail: result.reason, failure: null };
    }
    return notSaved(run.runId, result.reason);
  } catch (error) {
    return notSaved(run.runId, error instanceof Error ? error.message : String(error));
  }
}

function notSaved(runId: string, failure: string): SaveOutcome {
  return {
    saved: false,
    key: null,
    detail: `run ${runId} could not be saved: ${failure}`,
    failure
  };
}
