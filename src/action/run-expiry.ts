/**
 * Stale gates (`expire-after-days`, `on-expiry`): a run paused at a gate longer than that is
 * answered by the listing job, so a gate does not wait forever. Nobody reviewed that answer, so
 * it can only stop a run, never pass a gate: `reject` answers the gate with its own rejection
 * option (its on_reject decides what follows, as for a reviewer's reject), `abort` ends the run
 * where it waits. The run is restored, claimed and saved as any resume does; its log records a
 * `gate_expired` event, and its thread gets a comment.
 */
import { WorkflowEngine } from '../engine/engine.js';
import { gateAnswer } from '../engine/outcome.js';
import { abortPausedRun, resumeRun } from '../engine/run-lifecycle.js';
import { loadRunRecord, type RunRecord } from '../engine/run-record.js';
import { isRejection } from '../engine/steps/gate.js';
import type { StepType } from '../engine/types.js';
import type { GithubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { ActionLog } from './log.js';
import type { PausedRun } from './paused-runs.js';
import {
  checkResumingRun,
  claimRestoredRun,
  recordResume,
  restoreRun,
  type AcceptedResume
} from './resume.js';
import { saveRunState, type SaveTarget } from './save.js';
import { nextReviewRecord, openReview, publishReview } from './review.js';
import { keepReviewRecord, readReviewRecord } from './review-record.js';
import { escapeHtml, gatherSummaryFacts } from './summary.js';
import { stepEnvironment } from './step-env.js';

export interface ExpiryRequest {
  row: PausedRun;
  inputs: ActionInputs;
  target: SaveTarget;
  env: NodeJS.ProcessEnv;
  log: ActionLog;
  /** For the comment on the run's thread; null without a usable token. */
  api: GithubApi | null;
  /** The branches this job may resume runs of (its own, the default one). */
  branches: readonly string[];
  stepTypes?: ReadonlyMap<string, StepType>;
}

/** Whether the row's run has waited at its gate past `expire-after-days`. */
export function hasExpired(row: PausedRun, days: number): boolean {
  return row.state === 'paused' && row.gate !== null && (row.waited_days ?? 0) > days;
}

/** Answer one expired run; a sentence for the summary, whatever happened. */
export async function expireRun(request: ExpiryRequest): Promise<string> {
  const { row, inputs, log } = request;
  const days = inputs.expireAfterDays ?? 0;
  if (row.branch !== null && !request.branches.includes(row.branch)) {
    return `expired (waited over ${days} d), not answered: it was saved on branch ${row.branch}, which this job does not resume`;
  }
  try {
    return await log.group(`Expire run ${row.run_id}`, () => answerExpired(request, days));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    log.line(`Run ${row.run_id} expired but was not answered: ${why}`);
    return `expired (waited over ${days} d), not answered: ${why}`;
  }
}

async function answerExpired(request: ExpiryRequest, days: number): Promise<string> {
  const { row, inputs, target, env, log } = request;
  const runId = row.run_id;
  const engine = new WorkflowEngine({
    projectRoot: target.root,
    reporter: log.reporter,
    output: log.output,
    prompt: null,
    env: stepEnvironment(env, inputs.githubToken),
    stepTypes: request.stepTypes,
    answeredGatesOnly: true
  });
  const restored = await restoreRun({
    store: target.store,
    engine,
    root: target.root,
    runId,
    prefix: target.prefix,
    persistPaths: target.persistPaths,
    workflow: inputs.workflow,
    inputs: {},
    github: target.github,
    stateKey: inputs.stateKey,
    limits: inputs.stateLimits,
    note: (line) => log.line(line)
  });
  // Only the save the listing judged may be answered: a newer one means someone moved the run
  // on since (a reviewer answered that gate, and it may now wait at another that has only just
  // begun to wait), and that save's gate has not expired.
  const key = restored.restored?.key ?? null;
  if (key !== row.key) {
    throw new Error(
      `its newest save is now ${key ?? 'none'}, not the ${row.key} that was listed: it changed since, so it is left for its reviewers`
    );
  }
  const before = loadRunRecord(target.root, runId);
  const gate = gateAnswer(before);
  if (gate === null) throw new Error(`run ${runId} no longer waits at a gate`);
  if (gate.stepId !== row.gate) {
    throw new Error(`run ${runId} waits at gate ${gate.stepId}, not the ${row.gate} that expired`);
  }
  // A reject that lets the run go on past the gate (`on_reject: skip`) would run the work the
  // gate holds back with nobody having looked: such a gate is aborted instead.
  const rejection =
    inputs.onExpiry === 'reject' && gate.onReject !== 'skip'
      ? gate.options.find(isRejection)
      : undefined;
  const waited = Math.floor(row.waited_days ?? days);
  const expired = {
    event: 'gate_expired',
    step_id: gate.stepId,
    waited_days: waited,
    expire_after_days: days,
    answer: rejection ?? 'abort'
  };
  let after: RunRecord = before;
  if (rejection === undefined) {
    if (inputs.onExpiry === 'reject') {
      log.line(
        gate.onReject === 'skip'
          ? `Gate ${gate.stepId} goes on past a reject (on_reject: skip): run ${runId} is aborted instead`
          : `Gate ${gate.stepId} offers no rejection option: run ${runId} is aborted instead`
      );
    }
    await claimRestoredRun(restored, false);
    before.state.log(expired);
    abortPausedRun(
      before.state,
      `Gate ${gate.stepId} expired: nobody answered it within ${days} days (on-expiry).`
    );
  } else {
    let accepted: AcceptedResume | null = null;
    engine.onRunAccepted((state) => {
      if (accepted !== null) recordResume(state, accepted);
      state.log(expired);
    });
    const result = await resumeRun(engine, {
      runId,
      inputs: {},
      answer: rejection,
      beforeContinue: async (resuming) => {
        const checked = checkResumingRun(resuming, restored, rejection);
        await claimRestoredRun(restored, false);
        accepted = checked;
      }
    });
    after = result;
  }
  const status = after.state.status;
  // The review as any resume leaves it: review.json saved with the run, then the gate comment
  // and the commit status updated to what followed.
  const review = openReview(inputs, target.github, env, (message) => log.line(message));
  const reviewRecord = await nextReviewRecord(review, {
    record: after,
    previous: readReviewRecord(target.root, runId),
    moved: true,
    resumedBy: null,
    threadFromEvent: false,
    approvals: null,
    started: false
  });
  keepReviewRecord(target.root, runId, reviewRecord, (message) => log.line(message));
  const saved = await saveRunState(target, {
    runId,
    workflowId: before.state.workflowId,
    status,
    restored: true
  });
  log.line(saved.detail);
  const summary = await gatherSummaryFacts({
    record: after,
    github: target.github,
    cache: { saved: saved.saved, detail: saved.detail, failure: saved.failure }
  }).catch(() => null);
  if (summary !== null) {
    await publishReview(review, {
      summary,
      runDir: after.state.runDir,
      reviewRecord,
      passed: null,
      saved: saved.saved
    });
  }
  const what =
    rejection === undefined ? 'aborted' : `answered ${rejection} (the run is now ${status})`;
  const line = `expired after ${waited} d at gate ${gate.stepId}: ${what}${saved.saved ? '' : `, but not saved: ${saved.failure ?? saved.detail}`}`;
  log.line(`Run ${runId} ${line}`);
  await comment(request, gate.stepId, waited, days, what);
  return line;
}

/** Tell the run's thread; a comment that cannot be written is a log line, not a failure. */
async function comment(
  request: ExpiryRequest,
  gateId: string,
  waited: number,
  days: number,
  what: string
): Promise<void> {
  const { row, api, log, target } = request;
  if (row.thread === null || api === null) return;
  const { github } = target;
  const job = github.repository
    ? `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}`
    : null;
  // The ids come from the saved state: shown as code, never as markup or mentions.
  const code = (text: string): string => `<code>${escapeHtml(text).replace(/@/g, '&#64;')}</code>`;
  const body =
    `⌛ specflow: run ${code(row.run_id)} waited ${waited} days at gate ${code(gateId)}, longer than ` +
    `expire-after-days (${days}), so it was ${what.replace(/[<>@`[\]]/g, '')}${job === null ? '' : ` by ${job}`}.`;
  try {
    await api.createComment(row.thread.number, body);
  } catch (error) {
    log.line(
      `Could not comment on thread #${row.thread.number}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
