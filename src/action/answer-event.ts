/**
 * A reviewer's answer to a paused gate, read from the event that brought it: a comment line
 * `/specflow <option> [run-id]` on the run's pull request or issue, or a pull-request review
 * (Approve answers `approve`, Request changes answers `reject`).
 *
 * The payload is hostile input: any shape may arrive, and nothing here throws. What is not an
 * answer at all (another event, an edit, a comment without a command) is `ignored`; what tries
 * to answer but cannot be taken (conflicting commands, an invalid run id, a huge body) is
 * `refused`, with who and where, so the caller can say why. Whether the option is one of the
 * gate's, and whether the actor may answer, is decided later by the caller.
 */
import { runIdProblem } from '../engine/ids.js';
import type { ReviewThread } from './review-record.js';

/** A comment or review body over this many bytes (UTF-8) is refused unread. */
export const MAX_ANSWER_BODY_BYTES = 64 * 1024;

/** Who answered, where, and how: known for an answer and for a refusal. */
export interface AnswerSource {
  how: 'comment' | 'review';
  actor: string;
  /** The GitHub account type (`User`, `Bot`, ...), when the payload says. */
  actorType: string | null;
  /** The comment's or review's html_url. */
  url: string | null;
  /** When the comment was created or the review submitted (as the payload gives it). */
  createdAt: string;
  /** The comment's id (for a reaction or reply); null for a review. */
  commentId: number | null;
  /** The comment's or review's id (a review's is what a handed-on answer names). */
  itemId: number | null;
  thread: ReviewThread;
}

export interface AnsweredEvent extends AnswerSource {
  kind: 'answer';
  /** The option as written (matched exactly against the gate's options later). */
  option: string;
  /** The run the answer names; null when it names none. */
  runId: string | null;
}

export interface RefusedEvent extends AnswerSource {
  kind: 'refused';
  reason: string;
}

export interface IgnoredEvent {
  kind: 'ignored';
  reason: string;
}

export type AnswerEvent = AnsweredEvent | RefusedEvent | IgnoredEvent;

/** One command line of a body, as written (the run id not yet validated). */
export interface CommandLine {
  option: string;
  runId: string | null;
  /** 1-based line number in the body. */
  line: number;
}

const COMMAND = /^\/specflow\s+(\S+)(?:\s+(\S+))?$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * The command lines of a Markdown body: lines that are exactly `/specflow <option>` or
 * `/specflow <option> <run-id>` once trimmed, outside fenced code blocks, `>` quotes (with
 * their lazy continuation lines, which render inside the quote) and HTML comments.
 */
export function findCommandLines(body: string): CommandLine[] {
  const found: CommandLine[] = [];
  let fence: { char: string; length: number } | null = null;
  let inQuote = false;
  let inHtmlComment = false;
  const lines = body.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const text = raw.trim();
    if (fence !== null) {
      const close = /^ {0,3}(`+|~+)\s*$/.exec(raw);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
      continue;
    }
    if (inHtmlComment) {
      if (raw.includes('-->')) inHtmlComment = false;
      continue;
    }
    if (text === '') {
      inQuote = false;
      continue;
    }
    if (text.startsWith('>')) {
      inQuote = true;
      continue;
    }
    const open = FENCE_OPEN.exec(raw);
    // A backtick fence's info string holds no backtick (else it is inline code, not a fence).
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { char: open[1][0], length: open[1].length };
      inQuote = false;
      continue;
    }
    if (inQuote) continue;
    if (text.startsWith('<!--')) {
      if (!text.slice(4).includes('-->')) inHtmlComment = true;
      continue;
    }
    const command = COMMAND.exec(text);
    if (command) found.push({ option: command[1], runId: command[2] ?? null, line: i + 1 });
  }
  return found;
}

/** What a body asks: nothing, one command, or a reason it is refused. */
type BodyCommand =
  | { kind: 'none'; note: string }
  | { kind: 'command'; option: string; runId: string | null }
  | { kind: 'refused'; reason: string };

function readBody(body: string): BodyCommand {
  // UTF-8 takes at least as many bytes as UTF-16 takes code units: a long string is refused unmeasured.
  if (body.length > MAX_ANSWER_BODY_BYTES || Buffer.byteLength(body) > MAX_ANSWER_BODY_BYTES) {
    return {
      kind: 'refused',
      reason: `the body is over ${MAX_ANSWER_BODY_BYTES / 1024} KiB, so it is not read for a command`
    };
  }
  const commands = findCommandLines(body);
  if (commands.length === 0) {
    const near = /^\s*\/specflow\b/m.test(body);
    return {
      kind: 'none',
      note: near
        ? 'no command line: a /specflow line must be exactly `/specflow <option>` or `/specflow <option> <run-id>`, outside code blocks and quotes'
        : 'no /specflow command line'
    };
  }
  const [first] = commands;
  const other = commands.find((c) => c.option !== first.option || c.runId !== first.runId);
  if (other !== undefined) {
    return {
      kind: 'refused',
      reason: `conflicting commands: line ${first.line} and line ${other.line} ask different things`
    };
  }
  if (first.runId !== null) {
    const problem = runIdProblem(first.runId);
    if (problem !== null) return { kind: 'refused', reason: problem };
  }
  return { kind: 'command', option: first.option, runId: first.runId };
}

/** An own property of an object, or undefined for anything else (prototype keys never count). */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const textOrNull = (value: unknown): string | null => (isText(value) ? value : null);

const ignored = (reason: string): IgnoredEvent => ({ kind: 'ignored', reason });

/** The parts every answer needs, or why the payload lacks them. */
function sourceOf(
  how: AnswerSource['how'],
  item: unknown,
  thread: ReviewThread | null,
  time: string
): AnswerSource | string {
  if (thread === null) return 'the payload names no issue or pull request number';
  const user = field(item, 'user');
  const actor = field(user, 'login');
  if (!isText(actor)) return 'the payload names no author login';
  const createdAt = field(item, time);
  if (!isText(createdAt) || Number.isNaN(Date.parse(createdAt))) {
    return `the payload has no valid ${time}`;
  }
  const id = field(item, 'id');
  return {
    how,
    actor,
    actorType: textOrNull(field(user, 'type')),
    url: textOrNull(field(item, 'html_url')),
    createdAt,
    commentId: how === 'comment' && isId(id) ? id : null,
    itemId: isId(id) ? id : null,
    thread
  };
}

function fromComment(payload: unknown): AnswerEvent {
  const action = field(payload, 'action');
  if (action !== 'created') {
    return ignored(
      `an issue comment ${typeof action === 'string' ? action : 'event'} (only new comments answer)`
    );
  }
  const issue = field(payload, 'issue');
  const number = field(issue, 'number');
  const pr = field(issue, 'pull_request');
  const thread: ReviewThread | null = isId(number)
    ? { kind: pr !== undefined && pr !== null ? 'pull_request' : 'issue', number }
    : null;
  const comment = field(payload, 'comment');
  const source = sourceOf('comment', comment, thread, 'created_at');
  if (typeof source === 'string') return ignored(`malformed issue_comment payload: ${source}`);
  const body = field(comment, 'body');
  if (typeof body !== 'string') return ignored('the comment has no text body');
  const read = readBody(body);
  if (read.kind === 'none') return ignored(read.note);
  if (read.kind === 'refused') return { kind: 'refused', reason: read.reason, ...source };
  return { kind: 'answer', option: read.option, runId: read.runId, ...source };
}

const REVIEW_OPTIONS: Readonly<Record<string, string>> = {
  approved: 'approve',
  changes_requested: 'reject'
};

function fromReview(payload: unknown): AnswerEvent {
  const action = field(payload, 'action');
  if (action !== 'submitted') {
    return ignored(
      `a pull request review ${typeof action === 'string' ? action : 'event'} (only submitted reviews answer)`
    );
  }
  const review = field(payload, 'review');
  const state = field(review, 'state');
  const option =
    typeof state === 'string' && Object.hasOwn(REVIEW_OPTIONS, state.toLowerCase())
      ? REVIEW_OPTIONS[state.toLowerCase()]
      : null;
  if (option === null) {
    return ignored(
      `a review with state ${typeof state === 'string' ? JSON.stringify(state.slice(0, 40)) : 'unknown'} answers nothing (only Approve and Request changes do)`
    );
  }
  const number = field(field(payload, 'pull_request'), 'number');
  const thread: ReviewThread | null = isId(number) ? { kind: 'pull_request', number } : null;
  const source = sourceOf('review', review, thread, 'submitted_at');
  if (typeof source === 'string')
    return ignored(`malformed pull_request_review payload: ${source}`);
  const body = field(review, 'body');
  // GitHub sends null for a review without a body.
  if (body !== null && body !== undefined && typeof body !== 'string') {
    return { kind: 'refused', reason: 'the review body is not text', ...source };
  }
  const read = typeof body === 'string' ? readBody(body) : null;
  if (read?.kind === 'refused') return { kind: 'refused', reason: read.reason, ...source };
  if (read?.kind === 'command' && read.option !== option) {
    return {
      kind: 'refused',
      reason: `the review answers ${option}, but its body says /specflow ${read.option}`,
      ...source
    };
  }
  const runId = read?.kind === 'command' ? read.runId : null;
  return { kind: 'answer', option, runId, ...source };
}

/** The answer an event brings, if any. Never throws, whatever `payload` holds. */
export function readAnswerEvent(eventName: string, payload: unknown): AnswerEvent {
  try {
    if (eventName === 'issue_comment') return fromComment(payload);
    if (eventName === 'pull_request_review') return fromReview(payload);
    return ignored(
      `a ${typeof eventName === 'string' ? eventName.slice(0, 60) : 'unknown'} event brings no answer`
    );
  } catch {
    // A payload built to throw (a getter, a proxy) is no answer; what it threw is not shown.
    return ignored('unreadable payload');
  }
}
