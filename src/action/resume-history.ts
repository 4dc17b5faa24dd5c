/**
 * What the Action adds to a run's log: the history of resumes (who resumed it, with which
 * verdict) and of answers to its gates (accepted or not), kept as `resumed` and `answer` events
 * in its log.jsonl.
 */
import { readLogEvents } from '../engine/run-log.js';
import type { AnswerChannel } from './review-record.js';

/** The `resumed` event the Action adds to a run's log.jsonl. */
export interface ResumeRecord {
  event: 'resumed';
  actor: string | null;
  triggering_actor: string | null;
  github_run_id: string;
  github_run_attempt: string;
  /** The gate the run rested on, its verdict input and the verdict given (if any). */
  gate: string | null;
  verdict_input: string | null;
  verdict: string | null;
  /** Names of the inputs this resume set. */
  inputs: string[];
  timestamp?: string;
}

/** What became of an answer: it moved the run on, was counted, was not allowed, or came too early. */
export type AnswerResult = 'accepted' | 'recorded' | 'refused' | 'stale';

/** The `answer` event: one answer to a gate, by comment, review or dispatch, whatever came of it. */
export interface AnswerRecord {
  event: 'answer';
  actor: string;
  how: AnswerChannel;
  option: string;
  gate: string;
  /** The comment or review (html_url), or the GitHub run of a dispatch. */
  url: string | null;
  /** When it was given (ISO 8601). */
  at: string;
  result: AnswerResult;
  /** Why it was refused or ignored; for `recorded`, how many approvals of how many. */
  reason: string | null;
  github_run_id: string;
  timestamp?: string;
}

/** Every `resumed` event in the run's log, oldest first; unreadable lines are skipped. */
export function readResumeHistory(runDir: string): ResumeRecord[] {
  return readLogEvents(runDir, ['resumed']) as unknown as ResumeRecord[];
}

/** Every `answer` event in the run's log, oldest first; lines not of that shape are skipped. */
export function readAnswerHistory(runDir: string): AnswerRecord[] {
  const text = (value: unknown): value is string => typeof value === 'string';
  const textOrNull = (value: unknown): boolean => value === null || text(value);
  return readLogEvents(runDir, ['answer']).filter(
    (e) =>
      text(e.actor) &&
      text(e.how) &&
      text(e.option) &&
      text(e.gate) &&
      text(e.result) &&
      text(e.at) &&
      textOrNull(e.url) &&
      (e.reason === undefined || textOrNull(e.reason))
  ) as unknown as AnswerRecord[];
}
