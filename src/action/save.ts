/**
 * Saving a stopped run to the Actions cache, shared by the main and the post step. A failed
 * save is reported, never thrown: the run's outcome still has to be reported.
 */
import type { RunStateStore } from './cache-store.js';
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
      attempt: target.github.runAttempt,
      stateKey: target.stateKey,
      limits: target.limits
    });
    if (result.saved) {
      const skipped = result.skipped?.length ? `; left out: ${result.skipped.join(', ')}` : '';
      return {
        saved: true,
        key: result.key,
        detail: `Run ${run.runId} saved to the Actions cache as ${result.key} (${result.paths.join(', ')})${skipped}`
      };
    }
    return { saved: false, key: null, detail: result.reason };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { saved: false, key: null, detail: `run ${run.runId} could not be saved: ${message}` };
  }
}
