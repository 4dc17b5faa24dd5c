/**
 * Saving a stopped run to the Actions cache, shared by the main and the post step. A failed
 * save is reported, never thrown: the run's outcome still has to be reported.
 */
import * as core from '@actions/core';
import type { RunStateStore } from './cache-store.js';
import type { GithubContext } from './github-context.js';
import { isInlineSafe } from './log.js';

export interface SaveTarget {
  store: RunStateStore;
  root: string;
  prefix: string;
  persistPaths: string[];
  github: GithubContext;
}

export interface SaveOutcome {
  saved: boolean;
  key: string | null;
  /** One sentence for the log and the summary. */
  detail: string;
}

/**
 * Whether the cache client's output during a save must be fenced (printed as text). It prints
 * the key raw (`Cache saved with key: ...`), and in debug mode the archive's member names, which
 * are files the steps wrote. Not always: fenced, its debug lines would show as text in every log.
 */
export function fenceCacheClient(prefix: string): boolean {
  return core.isDebug() || !isInlineSafe(prefix);
}

export async function saveRunState(
  target: SaveTarget,
  run: { runId: string; workflowId: string }
): Promise<SaveOutcome> {
  if (!target.store.enabled) {
    return {
      saved: false,
      key: null,
      detail: `cache is false: run ${run.runId} was not saved to the Actions cache`
    };
  }
  try {
    const result = await target.store.save({
      root: target.root,
      prefix: target.prefix,
      runId: run.runId,
      workflowId: run.workflowId,
      persistPaths: target.persistPaths,
      githubRunId: target.github.runId,
      attempt: target.github.runAttempt
    });
    if (result.saved) {
      return {
        saved: true,
        key: result.key,
        detail: `Run ${run.runId} saved to the Actions cache as ${result.key} (${result.paths.join(', ')})`
      };
    }
    return { saved: false, key: null, detail: result.reason };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { saved: false, key: null, detail: `run ${run.runId} could not be saved: ${message}` };
  }
}
