/**
 * Getting a paused run back before the engine resumes it: restore its saved state (the run
 * folder and the persist paths) from the cache and check it; once the engine has accepted the
 * resume, record in the run's log who resumed it and with which verdict.
 */
import { existsSync } from 'node:fs';
import { readRegularText } from '../engine/files.js';
import * as path from 'node:path';
import type { WorkflowEngine } from '../engine/engine.js';
import { getOr, hasKey, pyStr } from '../engine/pyvalue.js';
import { RunState, runDirectory } from '../engine/run-state.js';
import { dumpYaml } from '../engine/yaml-writer.js';
import { RunStatus, WorkflowError } from '../engine/types.js';
import type { RestoreRunResult, RunStateStore } from './cache-store.js';
import type { EntryLimits } from './entry-contents.js';
import type { GithubContext } from './github-context.js';
import { loadRunDefinition, verdictInputOf, type ResumeRecord } from './run-record.js';

export interface ResumeRequest {
  store: RunStateStore;
  engine: WorkflowEngine;
  root: string;
  runId: string;
  prefix: string;
  persistPaths: string[];
  /** The `workflow` input; when it can be read, the run must belong to that workflow. */
  workflow: string;
  inputs: Record<string, unknown>;
  github: GithubContext;
  /** The `state-key` input and the bounds (`max-restore-size`, `max-restore-files`). */
  stateKey: string;
  limits: EntryLimits;
  /** Progress lines for the job log. */
  note: (line: string) => void;
}

export interface PreparedResume {
  restored: RestoreRunResult | null;
  /** The `resumed` event, for `recordResume` once the engine has accepted the resume. */
  record: ResumeRecord;
  workflowId: string;
  /** The restored state's `updated_at` (any change by the engine moves it). */
  updatedAt: string;
  /** A line for the job log, for the same moment. */
  announcement: string;
}

/** Only these can be resumed, so only for these does a lost save matter. */
export function isResumable(status: RunStatus): boolean {
  return status === RunStatus.Paused || status === RunStatus.Failed;
}

export async function prepareResume(request: ResumeRequest): Promise<PreparedResume> {
  const { store, root, runId } = request;
  // Read before the restore writes anything: the checkout's definition, as the engine saves it.
  const checkout = checkoutDefinition(request);
  const expected = checkout?.id;

  let restored: RestoreRunResult | null = null;
  if (store.enabled) {
    restored = await store.restore({
      root,
      prefix: request.prefix,
      runId,
      persistPaths: request.persistPaths,
      workflowId: expected,
      stateKey: request.stateKey,
      limits: request.limits
    });
    request.note(
      `Restored run ${runId} from the Actions cache (key ${restored.key}, ${restored.files.length} files)`
    );
  } else if (!existsSync(path.join(runDirectory(root, runId), 'state.json'))) {
    throw new WorkflowError(
      `no run ${runId} in this workspace, and cache is false, so no saved state can be restored`
    );
  }

  // Validated like any state file: a damaged or foreign state is an error here, not later.
  const state = RunState.load(runId, root);
  if (restored !== null && !request.stateKey) {
    requireCheckoutDefinition(state, checkout, request);
    // Shell steps get the workflow folder as SPECKIT_WORKFLOW_DIR: an unsealed entry's could
    // point at scripts it restored. The checkout's folder is the trusted one (and the one that
    // exists on this runner).
    const dir = checkout?.dir ?? null;
    if (state.workflowDir !== null && state.workflowDir !== dir) {
      state.workflowDir = dir;
      state.flush();
    }
  }
  if (expected !== undefined && state.workflowId !== expected) {
    throw new WorkflowError(
      `run ${runId} belongs to workflow ${state.workflowId}, not ${expected} (the workflow input)`
    );
  }
  if (!isResumable(state.status)) {
    throw new WorkflowError(
      `run ${runId} is ${state.status}; only a paused or failed run can be resumed`
    );
  }

  const current =
    state.currentStepId === null
      ? undefined
      : getOr(state.stepResults, state.currentStepId, undefined);
  const gate =
    state.status === RunStatus.Paused && current?.type === 'gate' ? state.currentStepId : null;
  const verdictInput = verdictInputOf(loadRunDefinition(state.runDir), gate);
  const verdict =
    verdictInput !== null && hasKey(request.inputs, verdictInput)
      ? pyStr(request.inputs[verdictInput])
      : null;
  const record: ResumeRecord = {
    event: 'resumed',
    actor: request.github.actor,
    triggering_actor: request.github.triggeringActor,
    github_run_id: request.github.runId,
    github_run_attempt: request.github.runAttempt,
    gate,
    verdict_input: verdictInput,
    verdict,
    inputs: Object.keys(request.inputs)
  };
  const by = record.actor ? ` by ${record.actor}` : '';
  const with_ = verdict !== null ? ` with ${verdictInput}=${verdict}` : '';
  const announcement = `Resuming run ${runId} (${state.status} at ${state.currentStepId ?? '-'})${by}${with_}`;
  // Nothing is written here: the engine may still refuse the resume (an input that does not
  // validate), and a refused resume must not enter the run's history.
  return {
    restored,
    record,
    workflowId: state.workflowId,
    updatedAt: state.updatedAt,
    announcement
  };
}

/**
 * Claim the restored save for this job, once the engine has accepted the resume and before the
 * run goes on: of two jobs resuming the same save, only the first continues. Nothing to claim
 * for a run found in the workspace (cache: false).
 */
export async function claimRestoredRun(
  store: RunStateStore,
  prepared: PreparedResume,
  request: { prefix: string; runId: string; github: GithubContext; force: boolean },
  note: (line: string) => void
): Promise<void> {
  if (prepared.restored === null) return;
  const { github } = request;
  const runUrl = github.repository
    ? `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}`
    : null;
  const claimed = await store.claim({
    prefix: request.prefix,
    runId: request.runId,
    resumes: { key: prepared.restored.key, parts: prepared.restored.parts },
    githubRunId: github.runId,
    attempt: github.runAttempt,
    actor: github.actor,
    runUrl,
    force: request.force
  });
  note(
    request.force
      ? `Claimed run ${request.runId} for this job by force-resume (${claimed.key})`
      : `Claimed run ${request.runId} for this job (${claimed.key})`
  );
}

/**
 * Record an accepted resume in the run's log, through the engine's own state (the one instance
 * that writes the run while the engine drives it).
 */
export function recordResume(state: RunState, prepared: PreparedResume): void {
  state.log({ ...prepared.record });
}

interface CheckoutDefinition {
  id: string | undefined;
  /** The folder the engine records as the run's workflow folder, or null. */
  dir: string | null;
  /** As the engine writes a run's copy of its definition (`workflow.yml` in the run folder). */
  text: string;
}

/** The workflow the `workflow` input names in the checkout, when it can be loaded. */
function checkoutDefinition(request: ResumeRequest): CheckoutDefinition | undefined {
  if (request.workflow === '') return undefined;
  try {
    const definition = request.engine.loadWorkflow(request.workflow);
    const id =
      typeof definition.id === 'string' && definition.id !== '' ? definition.id : undefined;
    const dir = definition.sourcePath ? path.dirname(path.resolve(definition.sourcePath)) : null;
    return { id, dir, text: dumpYaml(definition.data) };
  } catch (error) {
    request.note(
      `Could not read workflow ${request.workflow} to check run ${request.runId} against it: ${
        error instanceof Error ? error.message : String(error)
      }`
    );
    return undefined;
  }
}

/**
 * A resume runs the definition the run carries (`workflow.yml` in its folder), and an unsealed
 * cache entry is anyone's to write: without a state key it must carry exactly the checkout's
 * definition, or a cache writer could run commands of their choosing in this job.
 */
function requireCheckoutDefinition(
  state: RunState,
  checkout: CheckoutDefinition | undefined,
  request: ResumeRequest
): void {
  const copy = path.join(state.runDir, 'workflow.yml');
  const unsealed = `run ${request.runId}'s saved state is not sealed (no state-key input)`;
  if (!existsSync(copy)) {
    // The engine would load an installed workflow by the id the state names, from a project
    // the restore has just written to: only the copy can be compared with the checkout.
    throw new WorkflowError(`${unsealed}, and it carries no copy of its workflow to check`);
  }
  if (checkout === undefined) {
    throw new WorkflowError(
      `${unsealed}, so the workflow it carries cannot be trusted: pass the workflow input ` +
        '(the workflow file in this checkout, which it must match), or seal saves with state-key'
    );
  }
  if (readRegularText(copy) !== checkout.text) {
    throw new WorkflowError(
      `${unsealed}, and the workflow it carries differs from ${request.workflow} in this checkout: ` +
        "an unsealed resume runs only the checkout's workflow. If the workflow changed since the " +
        'run paused, start a new run, or seal saves with state-key'
    );
  }
}
