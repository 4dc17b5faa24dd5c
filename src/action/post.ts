/**
 * The Action's post step (runs even when the job fails or is cancelled): if the main step
 * started or resumed a run but could not save it — it was killed, or its save failed — save it
 * now. A run the main step left mid-way is saved as paused, so it resumes from that step.
 */
import * as core from '@actions/core';
import { RunState, isResumable } from '../engine/run-state.js';
import { RunStatus } from '../engine/types.js';
import type { RunStateStore, StateStoreChoice } from './cache-store.js';
import { jobRunStore } from './state-homes.js';
import { readGithubContext } from './github-context.js';
import { ActionLog } from './log.js';
import { PHASE_STATE } from './phase-state.js';
import { notSavedError, saveRunState } from './save.js';
import { escapeHtml } from './summary.js';
import { DEFAULT_ENTRY_LIMITS, type EntryLimits } from './entry-contents.js';
import { readStateLimits } from './inputs.js';

export interface PostOptions {
  env?: NodeJS.ProcessEnv;
  write?: (text: string) => void;
  store?: RunStateStore;
}

export async function runPost(options: PostOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  // Run ids and keys come from the state main left, which is outside data here too.
  const log = new ActionLog({
    write: options.write ?? ((text: string) => void process.stdout.write(text))
  });
  const say = (line: string): void => log.line(`specflow: ${line}`);

  const runId = core.getState(PHASE_STATE.runId);
  if (runId === '') {
    say('no run was started or resumed; nothing to save.');
    return;
  }
  const savedKey = core.getState(PHASE_STATE.savedKey);
  if (savedKey !== '') {
    say(`run ${runId} was saved by the main step (${savedKey}).`);
    return;
  }
  if (core.getState(PHASE_STATE.cache) !== 'true') {
    say(
      `the main step kept run ${runId} in the workspace only (no Actions cache); it is not saved.`
    );
    return;
  }

  const root = core.getState(PHASE_STATE.projectRoot);
  let persistPaths: string[] = [];
  try {
    const parsed: unknown = JSON.parse(core.getState(PHASE_STATE.persistPaths) || '[]');
    if (Array.isArray(parsed))
      persistPaths = parsed.filter((p): p is string => typeof p === 'string');
  } catch {
    persistPaths = [];
  }

  let state: RunState;
  try {
    state = RunState.load(runId, root);
  } catch (error) {
    say(
      `run ${runId} has no state to save: ${error instanceof Error ? error.message : String(error)}`
    );
    return;
  }
  const restoredAt = core.getState(PHASE_STATE.restoredUpdatedAt);
  if (restoredAt !== '' && state.updatedAt === restoredAt) {
    // A resume the engine never took (refused, or lost the claim): the cache already holds this.
    say(`run ${runId} was not resumed by this job; its saved state is unchanged, nothing to save.`);
    return;
  }
  if (state.status === RunStatus.Running || state.status === RunStatus.Created) {
    state.status = RunStatus.Paused;
    state.runner = null;
    state.log({
      event: 'workflow_interrupted',
      reason: 'the main step ended while the run was going; saved as paused by the post step'
    });
    state.flush();
    say(`run ${runId} was still running when the main step ended; saving it as paused.`);
  }

  const prefix = core.getState(PHASE_STATE.prefix) || 'specflow';
  const saved = await log.group(`Save run ${runId} to the Actions cache`, () =>
    saveRunState(
      {
        store: options.store ?? postStore(env),
        root,
        prefix,
        persistPaths,
        github: readGithubContext(env),
        // Inputs reach the post step as they reached main (the state key is never in the state).
        stateKey: core.getInput('state-key'),
        limits: postLimits()
      },
      { runId, workflowId: state.workflowId, status: state.status, restored: restoredAt !== '' }
    )
  );
  const resumable = isResumable(state.status);
  const run = `run <code>${escapeHtml(runId)}</code> (${state.status})`;
  if (!saved.saved) {
    if (!resumable) {
      core.warning(`specflow: ${saved.detail}`);
      return;
    }
    // As in main: a run that could be resumed but was not saved must not look resumable.
    const failure = saved.failure ?? saved.detail;
    say(saved.detail);
    core.setFailed(notSavedError(runId, state.status, failure));
    await addToSummary(
      `\n> [!CAUTION]\n> specflow post step: ${run} **cannot be resumed from here**: its state ` +
        `could not be saved to the Actions cache (${escapeHtml(failure).replace(/\n/g, ' ')}).\n`
    );
    return;
  }
  say(saved.detail);
  await addToSummary(
    `\n<sub>specflow post step: ${run} saved to the Actions cache as <code>${escapeHtml(saved.key ?? '')}</code>` +
      `${resumable ? `, so it can be resumed with run-id <code>${escapeHtml(runId)}</code>` : ''}.</sub>\n`
  );
}

async function addToSummary(text: string): Promise<void> {
  try {
    await core.summary.addRaw(text).write();
  } catch {
    // No summary file outside a runner: the log says it all.
  }
}

/** The homes main kept the run in; what main already checked is not refused again here. */
function postStore(env: NodeJS.ProcessEnv): RunStateStore {
  const kept = core.getState(PHASE_STATE.stateStore);
  const choice: StateStoreChoice =
    kept === 'cache+artifact' || kept === 'artifact' ? kept : 'cache';
  const days = Number(core.getInput('artifact-retention-days'));
  return jobRunStore(
    {
      cache: true,
      stateStore: choice,
      artifactRetentionDays: Number.isInteger(days) && days >= 1 && days <= 90 ? days : null,
      githubToken: core.getInput('github-token')
    },
    readGithubContext(env),
    env,
    (message) => core.warning(message)
  );
}

/** The bounds main used (it already refused malformed values, so the defaults are a fallback). */
function postLimits(): EntryLimits {
  try {
    return readStateLimits();
  } catch {
    return DEFAULT_ENTRY_LIMITS;
  }
}
