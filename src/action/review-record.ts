/**
 * Where a run's review happens and what has been answered there: `review.json` in the run
 * folder, a specflow addition that spec-kit ignores. It travels with the run (the cache entry
 * holds the run folder), so every job that answers or resumes the run sees the same thread,
 * gate comment and approvals so far. Read as hostile input: a file that does not hold this
 * shape is treated as absent, never trusted in part.
 */
import * as path from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import { readRegularText, writeFileAtomic } from '../engine/files.js';
import { runDirectory } from '../engine/run-state.js';

export const REVIEW_FILE = 'review.json';

/** A pull request or an issue of the repository (both are issues to the comments API). */
export interface ReviewThread {
  kind: 'pull_request' | 'issue';
  number: number;
}

/** How an answer reached the run. */
export type AnswerChannel = 'comment' | 'review' | 'dispatch' | 'cli';

/** An approval counted toward `min-approvals` at the gate the run waits at. */
export interface Approval {
  actor: string;
  how: AnswerChannel;
  /** The option approved (min-approvals counts each option's approvers apart). */
  option: string;
  /** The comment or review (html_url), or the GitHub run of a dispatch; null when none. */
  url: string | null;
  /** When the answer was given (ISO 8601). */
  at: string;
}

export interface ReviewRecord {
  /** The thread the run's gate comment lives on; null when it has none (review-issue: none). */
  thread: ReviewThread | null;
  /** The gate comment's id on that thread, once posted. */
  commentId: number | null;
  /** The commit the run started from (for commit statuses). */
  commitSha: string | null;
  /**
   * Who started the run: github.actor and github.triggering_actor (distinct, non-empty); null
   * when unknown (a run started elsewhere: the CLI, an earlier version), which no approval passes
   * unless allow-self-approval is set.
   */
  startedBy: string[] | null;
  /** Who last resumed the run (the answer that moved it on); null before any resume. */
  lastResumedBy: string | null;
  /** The pause the approvals below count for: the gate and when the run stopped there. */
  gate: { stepId: string; pausedAt: string } | null;
  /** Distinct approvers of that gate so far, oldest first. */
  approvals: Approval[];
}

export function emptyReviewRecord(): ReviewRecord {
  return {
    thread: null,
    commentId: null,
    commitSha: null,
    startedBy: null,
    lastResumedBy: null,
    gate: null,
    approvals: []
  };
}

function reviewFile(root: string, runId: string): string {
  return path.join(runDirectory(root, runId), REVIEW_FILE);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const CHANNELS: readonly string[] = ['comment', 'review', 'dispatch', 'cli'];

/** The record as parsed JSON holds it, or null when any part of it has the wrong shape. */
export function parseReviewRecord(value: unknown): ReviewRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const data = value as Record<string, unknown>;
  const thread = data.thread;
  let parsedThread: ReviewThread | null = null;
  if (thread !== null) {
    if (typeof thread !== 'object' || Array.isArray(thread)) return null;
    const { kind, number } = thread as Record<string, unknown>;
    if ((kind !== 'pull_request' && kind !== 'issue') || !isCount(number)) return null;
    parsedThread = { kind, number };
  }
  if (data.comment_id !== null && !isCount(data.comment_id)) return null;
  if (
    data.commit_sha !== null &&
    !(isText(data.commit_sha) && /^[0-9a-f]{7,64}$/.test(data.commit_sha))
  )
    return null;
  if (
    data.started_by !== null &&
    !(Array.isArray(data.started_by) && data.started_by.every(isText))
  ) {
    return null;
  }
  if (data.last_resumed_by !== null && !isText(data.last_resumed_by)) return null;
  let gate: ReviewRecord['gate'] = null;
  if (data.gate !== null) {
    if (typeof data.gate !== 'object' || Array.isArray(data.gate)) return null;
    const { step_id, paused_at } = data.gate as Record<string, unknown>;
    if (!isText(step_id) || !isText(paused_at) || Number.isNaN(Date.parse(paused_at))) return null;
    gate = { stepId: step_id, pausedAt: paused_at };
  }
  if (!Array.isArray(data.approvals)) return null;
  const approvals: Approval[] = [];
  for (const entry of data.approvals as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { actor, how, url, at, option } = entry as Record<string, unknown>;
    if (!isText(actor) || !CHANNELS.includes(how as string) || !isText(at)) return null;
    if (!isText(option) || (url !== null && !isText(url))) return null;
    approvals.push({ actor, how: how as AnswerChannel, option, url: url as string | null, at });
  }
  return {
    thread: parsedThread,
    commentId: (data.comment_id as number | null) ?? null,
    commitSha: (data.commit_sha as string | null) ?? null,
    startedBy: data.started_by as string[] | null,
    lastResumedBy: (data.last_resumed_by as string | null) ?? null,
    gate,
    approvals
  };
}

/** The run's review record; null when it has none or the file does not hold one. */
export function readReviewRecord(root: string, runId: string): ReviewRecord | null {
  const file = reviewFile(root, runId);
  if (!existsSync(file)) return null;
  try {
    return parseReviewRecord(JSON.parse(readRegularText(file, 1024 * 1024)));
  } catch {
    return null;
  }
}

export function writeReviewRecord(root: string, runId: string, record: ReviewRecord): void {
  const data = {
    thread: record.thread,
    comment_id: record.commentId,
    commit_sha: record.commitSha,
    started_by: record.startedBy,
    last_resumed_by: record.lastResumedBy,
    gate:
      record.gate === null
        ? null
        : { step_id: record.gate.stepId, paused_at: record.gate.pausedAt },
    approvals: record.approvals
  };
  writeFileAtomic(reviewFile(root, runId), `${JSON.stringify(data, null, 2)}\n`);
}

/** Write review.json; a failure is a warning (the run is saved without it). */
export function keepReviewRecord(
  root: string,
  runId: string,
  record: ReviewRecord,
  warn: (message: string) => void
): void {
  try {
    writeReviewRecord(root, runId, record);
  } catch (error) {
    // Never save the old record with the new state: its approvals would count for a new pause.
    rmSync(reviewFile(root, runId), { force: true });
    warn(
      `Could not write run ${runId}'s review record: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
