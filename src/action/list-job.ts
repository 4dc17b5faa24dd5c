/**
 * A job with `list-paused: true` (a schedule or a dispatch): it runs no workflow; it lists the
 * paused runs (`paused-runs.ts`), keeps their cache entries alive when asked, answers the ones
 * past `expire-after-days` (`run-expiry.ts`), and writes the table and the `paused-runs` output.
 */
import * as core from '@actions/core';
import { loadWorkflowFile } from '../engine/definition.js';
import type { StepType } from '../engine/types.js';
import { ActionsCacheTransport, type CacheTransport } from './cache-transport.js';
import { githubApi, GithubApiError, MAX_LISTED, type GithubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { ActionLog } from './log.js';
import { listPausedRuns, renderPausedRuns, type PausedRun } from './paused-runs.js';
import { expireRun, hasExpired } from './run-expiry.js';
import type { SaveTarget } from './save.js';
import { jobBranches } from './artifact-transport.js';
import { escapeHtml } from './summary.js';
import * as path from 'node:path';

/** GitHub keeps a job's outputs under 1 MB in all: the list is cut before that. */
const MAX_OUTPUT_CHARS = 900_000;

export interface ListJobRequest {
  inputs: ActionInputs;
  target: SaveTarget;
  env: NodeJS.ProcessEnv;
  log: ActionLog;
  now?: () => Date;
  cache?: CacheTransport;
  stepTypes?: ReadonlyMap<string, StepType>;
}

export interface ListJobOutcome {
  summary: string;
  failure: string | null;
}

export async function runListJob(request: ListJobRequest): Promise<ListJobOutcome> {
  const { inputs, target, env, log } = request;
  const now = request.now ?? (() => new Date());
  let api: GithubApi;
  try {
    api = githubApi(inputs.githubToken, env);
  } catch (error) {
    return refused(`cannot list the paused runs: ${errorText(error)}`);
  }
  const artifacts = target.store.artifacts;
  const everyBranch = artifacts?.everyBranch() ?? null;
  let rows: PausedRun[];
  try {
    rows = await log.group(`List the paused runs under ${inputs.cacheKeyPrefix}`, () =>
      listPausedRuns({
        prefix: inputs.cacheKeyPrefix,
        persistPaths: inputs.persistPaths,
        stateKey: inputs.stateKey,
        limits: inputs.stateLimits,
        root: target.root,
        workflowIds: workflowIdsOf(inputs.workflow, target.root),
        policy: inputs.policy,
        github: target.github,
        keepAlive: inputs.keepAlive,
        api,
        cache: request.cache ?? new ActionsCacheTransport(),
        artifacts: everyBranch,
        cacheRuns: inputs.stateStore !== 'artifact' || artifacts === null,
        now,
        branches: jobBranches(target.github.refName, target.github.defaultBranch, env)
      })
    );
  } catch (error) {
    // An API error names the permission the token lacked itself ("the token needs actions:
    // read"); one that is not about a permission (a 5xx, a timeout) is not blamed on one.
    const hint =
      error instanceof GithubApiError ? '' : ' (the job needs permissions: actions: read)';
    return refused(`cannot list the paused runs: ${errorText(error)}${hint}`);
  }
  for (const row of rows) {
    log.line(
      `${row.state === 'damaged' ? 'Damaged' : 'Paused'} run ${row.run_id} (${row.workflow_id})` +
        `${row.gate === null ? '' : ` at gate ${row.gate}`}` +
        `${row.waiting_since === null ? '' : ` since ${row.waiting_since}`}` +
        `${row.problem === null ? '' : `: ${row.problem}`}`
    );
  }

  const days = inputs.expireAfterDays;
  if (days !== null) {
    const { github } = target;
    const branches = jobBranches(github.refName, github.defaultBranch, env);
    for (const row of rows.filter((r) => hasExpired(r, days))) {
      const note = await expireRun({
        row,
        inputs,
        target,
        env,
        log,
        api,
        branches,
        stepTypes: request.stepTypes
      });
      row.expired = note;
    }
  }

  const cut = everyBranch?.listingCut === true;
  if (cut) {
    core.warning(
      `The artifact listing stopped at the repository's newest ${MAX_LISTED} artifacts: runs kept only in older ones are not listed`
    );
  }
  let json = JSON.stringify(rows);
  if (json.length > MAX_OUTPUT_CHARS) {
    let kept = rows.length;
    while (kept > 0 && JSON.stringify(rows.slice(0, kept)).length > MAX_OUTPUT_CHARS) {
      kept = Math.floor(kept * 0.9);
    }
    json = JSON.stringify(rows.slice(0, kept));
    core.warning(
      `The paused-runs output holds the first ${kept} of ${rows.length} runs (GitHub's limit on outputs)`
    );
  }
  core.setOutput('paused-runs', json);
  const damaged = rows.filter((row) => row.state === 'damaged').length;
  log.line(`${rows.length - damaged} paused run(s), ${damaged} damaged`);
  return {
    summary: renderPausedRuns(rows, {
      prefix: inputs.cacheKeyPrefix,
      keepAlive: inputs.keepAlive,
      listingCut: cut ? MAX_LISTED : null
    }),
    failure: null
  };
}

/** The workflow input's id, when it names a readable workflow file (runs of it can resume). */
function workflowIdsOf(workflow: string, root: string): ReadonlySet<string> {
  if (workflow === '') return new Set();
  try {
    const file = path.resolve(root, workflow);
    return new Set([String(loadWorkflowFile(file).id)]);
  } catch {
    // An installed id rather than a file: it is looked up under .specify/workflows.
    return new Set();
  }
}

function refused(message: string): ListJobOutcome {
  core.setOutput('error', message);
  return {
    summary: `## Paused runs\n\n> [!CAUTION]\n> ${escapeHtml(message).replace(/\n/g, ' ')}\n`,
    failure: message
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
