/**
 * The review around a run, for main.ts: the answer this job brings (a comment, a review, a
 * dispatch), whether it passes the gate under the policy, what review.json keeps between jobs,
 * and the comment, reactions, replies and commit status that show it all on GitHub.
 *
 * A comment job runs on the default branch and a review job on the pull request's merge ref;
 * neither can read a run saved on another branch's cache scope. Such an answer is handed on:
 * the caller workflow is dispatched on the run's branch (the marker of its comment says which)
 * with `answer-from`, and that job reads the comment or review back from the API and judges it.
 */
import * as path from 'node:path';
import { gateAnswer, type GateAnswer } from '../engine/outcome.js';
import { getOr, hasKey, pyStr } from '../engine/pyvalue.js';
import type { RunRecord } from '../engine/run-record.js';
import { RunStatus, WorkflowError } from '../engine/types.js';
import { readAnswerEvent, type AnsweredEvent, type AnswerSource } from './answer-event.js';
import { githubApi, type GithubApi } from './github-api.js';
import { findDispatchInputs, readCallerWorkflow, type GithubContext } from './github-context.js';
import type { ActionInputs, AnswerSource as HandedSource } from './inputs.js';
import { readAnswerHistory, type AnswerRecord } from './resume-history.js';
import {
  renderAnswerReply,
  renderReviewComment,
  type ReviewAnswer,
  type ReviewCommentFacts
} from './review-comment.js';
import {
  judgeAnswer,
  whyMayNotAnswer,
  type AccountChecks,
  type GivenAnswer,
  type Judgement,
  type WaitingGate
} from './review-policy.js';
import {
  emptyReviewRecord,
  type Approval,
  type ReviewRecord,
  type ReviewThread
} from './review-record.js';
import {
  chooseThread,
  publishCommitStatus,
  publishComment,
  runComments,
  ReviewWarnings
} from './review-thread.js';
import { escapeHtml, type SummaryFacts } from './summary.js';

/** Events whose job answers a gate instead of starting a run. */
export const ANSWER_EVENTS: readonly string[] = ['issue_comment', 'pull_request_review'];

/** What the review needs from the job. */
export interface Review {
  inputs: ActionInputs;
  github: GithubContext;
  env: NodeJS.ProcessEnv;
  /** The API client; null when there is no token or repository (why: `apiProblem`). */
  api: GithubApi | null;
  apiProblem: string | null;
  warnings: ReviewWarnings;
  now: () => Date;
}

export function openReview(
  inputs: ActionInputs,
  github: GithubContext,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void,
  now: () => Date = () => new Date()
): Review {
  let api: GithubApi | null = null;
  let apiProblem: string | null = null;
  try {
    api = githubApi(inputs.githubToken, env, { timeoutMs: 30_000 });
  } catch (error) {
    apiProblem = error instanceof Error ? error.message : String(error);
  }
  return { inputs, github, env, api, apiProblem, warnings: new ReviewWarnings(warn), now };
}

/** An answer this job brings: what was given, and the thread and comment it came from. */
export interface PendingAnswer {
  given: GivenAnswer;
  /** Where it was written (comment, review); null for a dispatch. */
  thread: ReviewThread | null;
  /** The comment to react to; null for a review or a dispatch. */
  commentId: number | null;
  /** The run it names, if it names one. */
  runId: string | null;
}

/** The job's answer event, when it was handled here without a run (ignored, refused, handed on). */
export interface HandledEvent {
  kind: 'handled';
  line: string;
  /** Set when the step must fail (the caller workflow cannot hand the answer on). */
  failure: string | null;
}

export type EventRoute = HandledEvent | { kind: 'local'; runId: string; answer: PendingAnswer };

const runUrl = (github: GithubContext): string | null =>
  github.repository
    ? `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}`
    : null;

function checksOf(review: Review): AccountChecks {
  const { api } = review;
  if (api !== null) return api;
  const missing = (): never => {
    throw new Error(`the GitHub API cannot be called (${review.apiProblem ?? 'no client'})`);
  };
  return { accountType: missing, permissionOf: missing, isTeamMember: missing };
}

function pendingOf(
  event: AnsweredEvent | (AnswerSource & { option: string | null })
): PendingAnswer {
  return {
    given: {
      actor: event.actor,
      how: event.how,
      option: event.option ?? '',
      at: event.createdAt,
      url: event.url
    },
    thread: event.thread,
    commentId: event.commentId,
    runId: 'runId' in event ? event.runId : null
  };
}

const handled = (line: string, failure: string | null = null): HandledEvent => ({
  kind: 'handled',
  line,
  failure
});

/**
 * A comment or review event with no run-id: ignore it, refuse it (with a reply), hand it to the
 * run's branch, or find the run it answers here.
 */
export async function routeEventAnswer(review: Review): Promise<EventRoute> {
  const { github, api } = review;
  const eventName = github.eventName ?? '';
  const event = readAnswerEvent(eventName, github.payload);
  if (event.kind === 'ignored') return handled(`Nothing to answer: ${event.reason}`);
  const pending = pendingOf({ ...event, option: event.kind === 'answer' ? event.option : null });
  if (event.kind === 'refused') {
    await acknowledge(review, pending, { result: 'refused', reason: event.reason });
    return handled(`Refused the answer by ${event.actor}: ${event.reason}`);
  }
  const refuse = async (reason: string, failure: string | null = null): Promise<HandledEvent> => {
    await acknowledge(review, pending, { result: 'refused', reason });
    return handled(`Refused the answer by ${event.actor}: ${reason}`, failure);
  };

  // The run's comment on this thread names the run and the branch its saves live on.
  let runId = event.runId;
  let ref: string | null = null;
  if (api === null) {
    if (runId === null) return refuse(`the thread cannot be read (${review.apiProblem})`);
  } else {
    try {
      const waiting = await waitingComments(api, event.thread.number, runId);
      const ids = [...new Set(waiting.map((w) => w.marker.runId))];
      if (runId === null) {
        if (ids.length === 0) return refuse('no specflow run waits for an answer on this thread');
        if (ids.length > 1) {
          return refuse(
            `${ids.length} runs wait for an answer on this thread (${ids.join(', ')}): name one, as in /specflow ${event.option} ${ids[0]}`
          );
        }
        runId = ids[0];
      }
      ref = waiting.filter((w) => w.marker.runId === runId).at(-1)?.marker.ref ?? null;
    } catch (error) {
      review.warnings.failed(`read the comments of #${event.thread.number}`, error);
      if (runId === null)
        return handled(`Could not tell which run the answer by ${event.actor} is for`);
    }
  }
  // Someone who may not answer at all gets a reply, and no restore, claim, save or dispatch:
  // what an outsider writes never touches the run.
  let refusal: string | null;
  try {
    refusal = await whyMayNotAnswer(review.inputs.policy, checksOf(review), event.actor);
  } catch (error) {
    refusal = `could not check whether ${event.actor} may answer: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (refusal !== null) return refuse(refusal);
  // Judged only on the run's own branch: a job elsewhere may read a default-branch run, but its
  // save (and its claim) would land in its own scope, where the run's next jobs never look. A
  // run whose comment does not say (none found, an older one) is taken to live on the default
  // branch, where comment jobs run.
  const home = ref ?? github.defaultBranch;
  if (home === null || home === github.refName)
    return { kind: 'local', runId, answer: { ...pending, runId } };
  return handOn(review, event, pending, runId, home, refuse);
}

/** The run comments on a thread that wait for an answer (of `runId`, or of any run). */
async function waitingComments(
  api: GithubApi,
  threadNumber: number,
  runId: string | null
): Promise<ReturnType<typeof runComments>> {
  return runComments(
    await api.listComments(threadNumber),
    (m) => m.waiting && (runId === null || m.runId === runId)
  );
}

async function waitingRuns(api: GithubApi, threadNumber: number): Promise<string[]> {
  const waiting = await waitingComments(api, threadNumber, null);
  return [...new Set(waiting.map((w) => w.marker.runId))];
}

/** Dispatch the caller workflow on the run's branch, where its saves can be read. */
async function handOn(
  review: Review,
  event: AnsweredEvent,
  pending: PendingAnswer,
  runId: string,
  ref: string,
  refuse: (reason: string, failure?: string | null) => Promise<HandledEvent>
): Promise<HandledEvent> {
  const { github, api } = review;
  if (/^\d+\/merge$/.test(ref)) {
    return refuse(
      `run ${runId} was saved by a job of pull request #${ref.split('/')[0]}, whose saves only that pull request's jobs can read: answer it with a review of that pull request`
    );
  }
  const names = findDispatchInputs(readCallerWorkflow(github), null);
  if (github.workflowPath === null || names.answerFrom === null || api === null) {
    const why =
      `run ${runId} lives on branch ${ref}, which this job cannot read, and the caller workflow ` +
      (api === null
        ? `cannot be dispatched there (${review.apiProblem})`
        : 'has no workflow_dispatch input feeding the answer-from input, so the answer cannot be handed there');
    return refuse(why, why);
  }
  const source =
    event.how === 'comment'
      ? `comment:${event.commentId}`
      : `review:${event.thread.number}:${event.itemId}`;
  const workflowFile = path.posix.basename(github.workflowPath);
  try {
    await api.dispatchWorkflow(workflowFile, ref, {
      [names.runId]: runId,
      [names.answerFrom]: source
    });
  } catch (error) {
    const why = `could not dispatch ${workflowFile} on ${ref} to hand the answer to run ${runId}: ${error instanceof Error ? error.message : String(error)}`;
    return refuse(why, why);
  }
  if (pending.commentId !== null) {
    await api.reactToComment(pending.commentId, 'eyes').catch((error: unknown) => {
      review.warnings.failed('react to the comment', error);
    });
  }
  return handled(
    `Handed the answer ${event.option} by ${event.actor} to run ${runId}: dispatched ${workflowFile} on ${ref} with ${names.answerFrom}=${source}`
  );
}

/** A handed-on answer (input answer-from), read back from the API as the event would have it. */
export async function readHandedAnswer(
  review: Review,
  source: HandedSource,
  runId: string
): Promise<PendingAnswer> {
  const { api } = review;
  if (api === null) {
    throw new WorkflowError(`input 'answer-from' needs the GitHub API: ${review.apiProblem}`);
  }
  let event;
  let what: string;
  if (source.kind === 'comment') {
    what = `comment ${source.commentId}`;
    const comment = await api.getComment(source.commentId);
    if (comment === null || comment.issueNumber === null) {
      throw new WorkflowError(`input 'answer-from': ${what} does not exist in this repository`);
    }
    // Anyone with write access may edit anyone's comment: only the text as written answers.
    if (comment.updatedAt !== null && comment.updatedAt !== comment.createdAt) {
      throw new WorkflowError(
        `input 'answer-from': ${what} was edited after it was written (${comment.updatedAt}); an answer must be a new comment`
      );
    }
    event = readAnswerEvent('issue_comment', {
      action: 'created',
      comment: {
        id: comment.id,
        body: comment.body,
        user: { login: comment.user, type: comment.userType },
        html_url: comment.url,
        created_at: comment.createdAt
      },
      issue: {
        number: comment.issueNumber,
        pull_request: /\/pull\/\d+#/.test(comment.url ?? '') ? {} : undefined
      }
    });
  } else {
    what = `review ${source.reviewId} of pull request #${source.pullNumber}`;
    const found = await api.getReview(source.pullNumber, source.reviewId);
    if (found === null) {
      throw new WorkflowError(`input 'answer-from': ${what} does not exist in this repository`);
    }
    event = readAnswerEvent('pull_request_review', {
      action: 'submitted',
      review: {
        id: found.id,
        state: found.state,
        body: found.body,
        user: { login: found.user, type: found.userType },
        html_url: found.url,
        submitted_at: found.submittedAt
      },
      pull_request: { number: source.pullNumber }
    });
  }
  if (event.kind !== 'answer') {
    throw new WorkflowError(`input 'answer-from': ${what} answers nothing (${event.reason})`);
  }
  if (event.runId !== null && event.runId !== runId) {
    throw new WorkflowError(
      `input 'answer-from': ${what} answers run ${event.runId}, not ${runId}`
    );
  }
  if (event.runId === null) {
    // Naming no run, it answers the one run that waits on its thread, as the comment job found.
    const ids = await waitingRuns(api, event.thread.number);
    if (ids.length !== 1 || ids[0] !== runId) {
      throw new WorkflowError(
        `input 'answer-from': ${what} names no run, and run ${runId} is not the one run waiting on #${event.thread.number} (${ids.join(', ') || 'none'})`
      );
    }
  }
  return pendingOf({ ...event, runId });
}

/** A dispatch's answer: who dispatched, now. */
export function dispatchAnswer(review: Review, option: string, runId: string): PendingAnswer {
  const { github } = review;
  return {
    given: {
      actor: github.triggeringActor ?? github.actor ?? '',
      how: 'dispatch',
      option,
      at: review.now().toISOString(),
      url: runUrl(github)
    },
    thread: null,
    commentId: null,
    runId
  };
}

/**
 * A dispatch that sets the waiting gate's verdict_input answers it (spec-kit's way): the option it
 * names, matched without case as the gate matches it. Null when it sets none.
 */
export function verdictInputAnswer(
  review: Review,
  record: RunRecord,
  inputs: Record<string, unknown>
): { answer: PendingAnswer; inputs: Record<string, unknown> } | null {
  const gate = gateAnswer(record);
  if (gate === null || gate.verdictInput === null || !hasKey(inputs, gate.verdictInput))
    return null;
  const value = pyStr(inputs[gate.verdictInput]);
  const option = gate.options.find((o) => o.toLowerCase() === value.toLowerCase()) ?? value;
  // The engine sets the input from the answer itself, spelled as the option.
  const rest = { ...inputs };
  delete rest[gate.verdictInput];
  return { answer: dispatchAnswer(review, option, record.state.runId), inputs: rest };
}

/** The judgement of an answer, with the gate it was judged at (null: the run waits at none). */
export interface JudgedAnswer {
  answer: PendingAnswer;
  gate: WaitingGate | null;
  judgement: Judgement;
}

/** Judge an answer against the run as restored and its review record, under the policy. */
export async function judgeRunAnswer(
  review: Review,
  record: RunRecord,
  reviewRecord: ReviewRecord | null,
  answer: PendingAnswer
): Promise<JudgedAnswer> {
  const refused = (reason: string, gate: WaitingGate | null): JudgedAnswer => ({
    answer,
    gate,
    judgement: { result: 'refused', reason }
  });
  const { state } = record;
  const waiting: GateAnswer | null = gateAnswer(record);
  if (waiting === null) {
    return refused(
      `run ${state.runId} is not waiting at a gate (it is ${state.status}${state.currentStepId ? ` at ${state.currentStepId}` : ''})`,
      null
    );
  }
  const sameGate = reviewRecord?.gate?.stepId === waiting.stepId;
  const timing = getOr(state.stepTimings, waiting.stepId, undefined);
  const gate: WaitingGate = {
    stepId: waiting.stepId,
    options: waiting.options,
    pausedAt: sameGate ? reviewRecord!.gate!.pausedAt : (timing?.finished_at ?? null)
  };
  if (answer.thread !== null) {
    const home = reviewRecord?.thread ?? null;
    if (home === null) return refused(`run ${state.runId} is not reviewed on any thread`, gate);
    if (home.number !== answer.thread.number) {
      return refused(`run ${state.runId} is reviewed on #${home.number}, not here`, gate);
    }
  }
  const { policy } = review.inputs;
  try {
    const judgement = await judgeAnswer(
      policy,
      checksOf(review),
      reviewRecord ?? emptyReviewRecord(),
      gate,
      answer.given
    );
    return { answer, gate, judgement };
  } catch (error) {
    return refused(
      `could not check whether ${answer.given.actor} may answer: ${error instanceof Error ? error.message : String(error)}`,
      gate
    );
  }
}

/** The `answer` event for the run's log. */
export function answerRecord(review: Review, judged: JudgedAnswer): AnswerRecord {
  const { given } = judged.answer;
  const { judgement } = judged;
  return {
    event: 'answer',
    actor: given.actor,
    how: given.how,
    option: given.option,
    gate: judged.gate?.stepId ?? '',
    url: given.url,
    at: given.at,
    result: judgement.result === 'passes' ? 'accepted' : judgement.result,
    reason:
      judgement.result === 'recorded'
        ? `${judgement.count} of ${judgement.needed} approvals`
        : judgement.result === 'passes'
          ? null
          : judgement.reason,
    github_run_id: review.github.runId
  };
}

/** React to the answer's comment, and under a refused one say why. Never throws. */
export async function acknowledge(
  review: Review,
  answer: PendingAnswer,
  outcome: { result: AnswerRecord['result']; reason: string | null }
): Promise<void> {
  const { api } = review;
  if (api === null || answer.thread === null) return;
  const taken = outcome.result === 'accepted' || outcome.result === 'recorded';
  if (answer.commentId !== null) {
    await api.reactToComment(answer.commentId, taken ? '+1' : '-1').catch((error: unknown) => {
      review.warnings.failed('react to the comment', error);
    });
  }
  if (taken) return;
  const body = renderAnswerReply({
    actor: answer.given.actor,
    option: answer.given.option || null,
    runId: answer.runId,
    reason: outcome.reason ?? outcome.result,
    summaryUrl: runUrl(review.github)
  });
  await api.createComment(answer.thread.number, body).catch((error: unknown) => {
    review.warnings.failed(`reply on #${answer.thread!.number}`, error);
  });
}

const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;

/**
 * review.json as it must be saved with the run: the thread (chosen the first time the run waits
 * at a gate), who started and last resumed it, and the pause its approvals count for.
 */
export async function nextReviewRecord(
  review: Review,
  facts: {
    record: RunRecord;
    previous: ReviewRecord | null;
    /** The run went on in this job (started, or resumed): a pause now is a new one. */
    moved: boolean;
    /** Who resumed it in this job (the answerer, else the dispatcher); null when nobody did. */
    resumedBy: string | null;
    /**
     * The event's own thread may become the run's (not when the event is an answer: whoever
     * writes one, even refused, must not choose where the run's review happens).
     */
    threadFromEvent: boolean;
    /** Approvals recorded by this job's answer (not yet enough); null when none were. */
    approvals: Approval[] | null;
    started: boolean;
  }
): Promise<ReviewRecord> {
  const { github, env } = review;
  const { state, definition } = facts.record;
  const next: ReviewRecord = { ...(facts.previous ?? emptyReviewRecord()) };
  if (facts.started) {
    const sha = env.GITHUB_SHA?.trim() ?? '';
    next.commitSha = COMMIT.test(sha) ? sha : null;
    next.startedBy = [
      ...new Set([github.actor, github.triggeringActor].filter((a): a is string => !!a))
    ];
  }
  if (facts.resumedBy !== null) next.lastResumedBy = facts.resumedBy;
  const waiting = gateAnswer(facts.record);
  if (waiting === null) {
    next.gate = null;
    next.approvals = [];
    return next;
  }
  if (facts.moved || next.gate?.stepId !== waiting.stepId) {
    next.gate = { stepId: waiting.stepId, pausedAt: review.now().toISOString() };
    next.approvals = [];
  }
  if (facts.approvals !== null) next.approvals = facts.approvals;
  if (next.thread === null && review.api !== null) {
    next.thread = await chooseThread(
      review.api,
      review.inputs.reviewIssue,
      {
        payload: facts.threadFromEvent ? github.payload : null,
        sha: next.commitSha,
        runId: state.runId,
        workflowName: definition ? pyStr(definition.name) : state.workflowId
      },
      review.warnings
    );
  }
  return next;
}

/** The gate this job's answer passed, and everyone whose approval counted for it. */
export interface PassedGate {
  gateStepId: string;
  option: string;
  by: Approval[];
}

/**
 * After the save: edit the run's comment (or post it), and set the commit status. A gate passed
 * here leaves its comment saying so, and a gate the run waits at now gets a comment of its own,
 * so its reviewers are notified. Nothing is posted for a run that was not saved.
 */
export async function publishReview(
  review: Review,
  facts: Parameters<typeof publishReviewOnce>[1]
): Promise<void> {
  try {
    await publishReviewOnce(review, facts);
  } catch (error) {
    // Outside data (a hostile log line) must not cost the job its summary.
    review.warnings.failed('update the review on GitHub', error);
  }
}

async function publishReviewOnce(
  review: Review,
  facts: {
    summary: SummaryFacts;
    /** The run's folder, whose log holds its answers. */
    runDir: string;
    reviewRecord: ReviewRecord;
    passed: PassedGate | null;
    saved: boolean;
  }
): Promise<void> {
  const { api, github, inputs } = review;
  const { summary, reviewRecord } = facts;
  if (api === null) {
    if (reviewRecord.thread !== null || inputs.commitStatus) {
      review.warnings.failed('update the review on GitHub', new Error(review.apiProblem ?? ''));
    }
    return;
  }
  if (inputs.commitStatus && reviewRecord.commitSha !== null && summary.workflowId) {
    await publishCommitStatus(
      api,
      {
        sha: reviewRecord.commitSha,
        workflowId: summary.workflowId,
        status: summary.status,
        gate: summary.gate?.stepId ?? null,
        targetUrl: runUrl(github)
      },
      review.warnings
    );
  }
  const { thread } = reviewRecord;
  if (thread === null || !facts.saved) return;
  const common = {
    runId: summary.runId,
    ref: github.refName,
    workflowId: summary.workflowId,
    workflowName: summary.workflowName,
    summaryUrl: runUrl(github)
  };
  const history: ReviewAnswer[] = readAnswerHistory(facts.runDir)
    .filter((a) => a.result === 'accepted' || a.result === 'recorded')
    .map((a) => ({
      gateStepId: a.gate,
      option: a.option,
      actor: a.actor,
      how: a.how,
      url: a.url,
      at: a.at
    }));
  const gate = summary.status === RunStatus.Paused ? summary.gate : null;
  const waiting: ReviewCommentFacts | null =
    gate === null
      ? null
      : {
          ...common,
          state: 'waiting',
          gate: { stepId: gate.stepId, message: gate.message, options: gate.options },
          showFile:
            gate.showFile === null
              ? null
              : { path: gate.showFile, lines: gate.showFileLines, note: gate.showFileNote },
          approvals: reviewRecord.approvals,
          minApprovals: inputs.policy.minApprovals,
          policy: inputs.policy,
          pullRequest: thread.kind === 'pull_request',
          dispatch:
            gate.resume.inputs.answer === null || github.workflowPath === null
              ? null
              : {
                  workflowFile: path.posix.basename(github.workflowPath),
                  runIdInput: gate.resume.inputs.runId,
                  answerInput: gate.resume.inputs.answer,
                  ref: gate.resume.ref
                }
        };
  const ended = !([RunStatus.Paused, RunStatus.Running, RunStatus.Created] as RunStatus[]).includes(
    summary.status
  );
  const settled: ReviewCommentFacts = {
    ...common,
    state: ended ? 'ended' : 'moved_on',
    outcome: facts.passed,
    status: summary.status,
    nextGate: gate?.stepId ?? null,
    history
  };
  const latest = await ownComment(review, thread, summary.runId);
  if (latest === undefined) return;
  // Only a comment that still waits is edited into what followed; a settled one keeps its
  // outcome, and a new pause gets a comment of its own (which notifies its reviewers).
  const own = latest !== null && latest.waiting ? latest.id : null;
  const post = (body: string): Promise<unknown> =>
    api.createComment(thread.number, body).catch((error: unknown) => {
      review.warnings.failed(`comment on #${thread.number}`, error);
    });
  const edit = (id: number, body: string): Promise<unknown> =>
    publishComment(api, thread, summary.runId, id, body, review.warnings);
  if (facts.passed !== null && own !== null) {
    await edit(own, renderReviewComment(settled));
    if (waiting !== null) await post(renderReviewComment(waiting));
  } else if (waiting !== null) {
    await (own !== null
      ? edit(own, renderReviewComment(waiting))
      : post(renderReviewComment(waiting)));
  } else if (own !== null) {
    await edit(own, renderReviewComment(settled));
  }
}

/** The id of the run's latest comment on the thread; null when it has none; undefined when unreadable. */
async function ownComment(
  review: Review,
  thread: ReviewThread,
  runId: string
): Promise<{ id: number; waiting: boolean } | null | undefined> {
  try {
    const own = runComments(
      await review.api!.listComments(thread.number),
      (m) => m.runId === runId
    );
    const latest = own.at(-1);
    return latest === undefined ? null : { id: latest.comment.id, waiting: latest.marker.waiting };
  } catch (error) {
    review.warnings.failed(`read the comments of #${thread.number}`, error);
    return undefined;
  }
}

/** A job summary for an answer event handled without a run. */
export function renderHandledSummary(line: string): string {
  return `## specflow\n\n${escapeHtml(line).replace(/\n/g, ' ')}\n`;
}
