/**
 * Getting a paused run back for the engine to resume: restore its saved state (the run folder
 * and the persist paths) from the cache; once the engine has loaded it, check it against the
 * checkout and claim it; once the resume is accepted, record in the run's log who resumed it
 * and with which verdict. Whether a run may be resumed at all is the engine's rule.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { ResumingRun, WorkflowEngine } from '../engine/engine.js';
import { verdictInputFor, waitingGate } from '../engine/outcome.js';
import { hasKey, pyStr } from '../engine/pyvalue.js';
import { runDirectory, type RunState } from '../engine/run-state.js';
import { dumpYaml } from '../engine/yaml-writer.js';
import { WorkflowError } from '../engine/types.js';
import { CACHE_OFF, type RestoreRunResult, type RunStateStore } from './cache-store.js';
import type { EntryLimits } from './entry-contents.js';
import type { GithubContext } from './github-context.js';
import type { ResumeRecord } from './resume-history.js';

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

/** A run restored into the workspace (or found there), for the engine to resume. */
export interface RestoredRun {
  request: ResumeRequest;
  restored: RestoreRunResult | null;
  /** The checkout's definition named by the `workflow` input, read before the restore. */
  checkout: CheckoutDefinition | undefined;
}

/** What a resume the engine accepted adds to the run's log and the job log. */
export interface AcceptedResume {
  /** The `resumed` event, for `recordResume` once the engine has accepted the resume. */
  record: ResumeRecord;
  /** A line for the job log, for the same moment. */
  announcement: string;
}

/**
 * Put the run's saved state in the workspace: restore it from the cache, or find it there when
 * the cache is off (`cache: false`, or no cache service here). Whether it may be resumed is decided once the engine has loaded it
 * (`checkResumingRun`), with the engine's own rules.
 */
export async function restoreRun(request: ResumeRequest): Promise<RestoredRun> {
  const { store, root, runId } = request;
  // Read before the restore writes anything: the checkout's definition, as the engine saves it.
  const checkout = checkoutDefinition(request);

  let restored: RestoreRunResult | null = null;
  if (store.enabled) {
    restored = await store.restore({
      root,
      prefix: request.prefix,
      runId,
      persistPaths: request.persistPaths,
      workflowId: checkout?.id,
      stateKey: request.stateKey,
      limits: request.limits
    });
    request.note(
      `Restored run ${runId} from ${restored.source} (key ${restored.key}, ${restored.files.length} files)`
    );
  } else if (!existsSync(path.join(runDirectory(root, runId), 'state.json'))) {
    throw new WorkflowError(
      `no run ${runId} in this workspace, and ${store.offReason ?? CACHE_OFF}, so no saved state can be restored`
    );
  }
  const restoredRun: RestoredRun = { request, restored, checkout };
  // Refused before the engine loads anything: without a copy it would read an installed
  // workflow from files the restore has just written.
  if (restored !== null && !request.stateKey) requireComparableCopy(restoredRun);
  return restoredRun;
}

/**
 * Check a restored run as the engine loaded it, before it goes on (the engine's
 * `beforeContinue`): an unsealed save must carry the checkout's workflow, the run must belong
 * to the workflow input's workflow; then say who resumes it and with which verdict. Nothing is
 * written to the run's log here: the claim that follows may still refuse the resume.
 */
export function checkResumingRun(
  run: ResumingRun,
  restoredRun: RestoredRun,
  answer: string | null = null
): AcceptedResume {
  const { state } = run;
  const { request, restored, checkout } = restoredRun;
  const { runId } = request;
  if (restored !== null && !request.stateKey) {
    requireCheckoutDefinition(run, restoredRun);
    // Shell steps get the workflow folder as SPECKIT_WORKFLOW_DIR: an unsealed entry's could
    // point at scripts it restored. The checkout's folder is the trusted one (and the one that
    // exists on this runner).
    state.workflowDir = checkout?.dir ?? null;
  }
  const expected = checkout?.id;
  if (expected !== undefined && state.workflowId !== expected) {
    throw new WorkflowError(
      `run ${runId} belongs to workflow ${state.workflowId}, not ${expected} (the workflow input)`
    );
  }

  const gate = waitingGate(state)?.stepId ?? null;
  const verdictInput = verdictInputFor(run.definition, gate);
  const verdict =
    answer ??
    (verdictInput !== null && hasKey(request.inputs, verdictInput)
      ? pyStr(request.inputs[verdictInput])
      : null);
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
  const with_ =
    verdict === null
      ? ''
      : verdictInput !== null
        ? ` with ${verdictInput}=${verdict}`
        : ` answering ${verdict}`;
  const announcement = `Resuming run ${runId} (${state.status} at ${state.currentStepId ?? '-'})${by}${with_}`;
  return { record, announcement };
}

/**
 * Claim the restored save for this job, once the engine has accepted the resume and before the
 * run goes on: of two jobs resuming the same save, only the first continues. Nothing to claim
 * for a run found in the workspace (cache: false).
 */
export async function claimRestoredRun(restoredRun: RestoredRun, force: boolean): Promise<void> {
  const { restored, request } = restoredRun;
  if (restored === null) return;
  const { github, store, note } = request;
  const runUrl = github.repository
    ? `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}`
    : null;
  const claimed = await store.claim({
    prefix: request.prefix,
    runId: request.runId,
    resumes: { key: restored.key, parts: restored.parts },
    githubRunId: github.runId,
    attempt: github.runAttempt,
    actor: github.actor,
    runUrl,
    force
  });
  note(
    force
      ? `Claimed run ${request.runId} for this job by force-resume (${claimed.key})`
      : `Claimed run ${request.runId} for this job (${claimed.key})`
  );
}

/**
 * Record an accepted resume in the run's log, through the engine's own state (the one instance
 * that writes the run while the engine drives it).
 */
export function recordResume(state: RunState, accepted: AcceptedResume): void {
  state.log({ ...accepted.record });
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
 * definition, or a cache writer could run commands of their choosing in this job. First it must
 * carry a copy, and the checkout must have a workflow to compare it with.
 */
function requireComparableCopy(restoredRun: RestoredRun): void {
  const { request, checkout } = restoredRun;
  const unsealed = unsealedState(request);
  if (!existsSync(path.join(runDirectory(request.root, request.runId), 'workflow.yml'))) {
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
}

function unsealedState(request: ResumeRequest): string {
  return `run ${request.runId}'s saved state is not sealed (no state-key input)`;
}

/** The definition the engine loaded is the checkout's, to the byte (see requireComparableCopy). */
function requireCheckoutDefinition(run: ResumingRun, restoredRun: RestoredRun): void {
  const { request, checkout } = restoredRun;
  const unsealed = unsealedState(request);
  if (!run.fromCopy || checkout === undefined) {
    throw new WorkflowError(
      `${unsealed}, and its workflow could not be compared with the checkout`
    );
  }
  if (run.definitionText !== checkout.text) {
    throw new WorkflowError(
      `${unsealed}, and the workflow it carries differs from ${request.workflow} in this checkout: ` +
        "an unsealed resume runs only the checkout's workflow. If the workflow changed since the " +
        'run paused, start a new run, or seal saves with state-key'
    );
  }
}
