/**
 * The one comment a paused run keeps on its pull request or issue: what the gate asks, how to
 * answer it, and, once answered, what came of it. A pure function of `ReviewCommentFacts`; the
 * caller posts it and edits it as the run moves on.
 *
 * Its first line is a hidden marker naming the run, so the comment can be found again. Outside
 * text (the message, options, file, logins, step ids) is escaped as the job summary escapes it,
 * with @mentions broken by a zero-width joiner so an edit pings nobody, and `/specflow` written
 * with an entity; the comment's own commands sit mid-line in <code>, so no line of the body is
 * ever a command (quoting or replaying the comment answers nothing). GitHub refuses a comment
 * over 65,536 characters: the file is cut first, then the rest shortened.
 */
import { assertValidRunId } from '../engine/run-state.js';
import { isValidRunId } from '../engine/ids.js';
import { quoteShellWord } from '../engine/agents/shell-words.js';
import { stripControl } from '../engine/show-file.js';
import type { RunStatus } from '../engine/types.js';
import {
  channelWord,
  cut,
  cutShowFileLines,
  escapeHtml,
  inline,
  MAX_SHOW_FILE_CHARS,
  pre,
  safeLink
} from './summary.js';
import type { AnswerChannel, Approval } from './review-record.js';
import type { ReviewPolicy } from './review-policy.js';

/** GitHub's limit for a comment body, in characters. */
export const MAX_COMMENT_CHARS = 65_536;
/** A step id, login or option shown in a line is cut to this many characters. */
const MAX_NAME_CHARS = 200;

const MARKER = /^<!-- specflow-run: (\S+)(?: (waiting))?(?: ref=(\S+))? -->$/;

/** What a comment's first line says: the run, whether it waits for an answer, and its branch. */
export interface ReviewMarker {
  runId: string;
  waiting: boolean;
  /** The branch the run's saves live on (where an answer must be handed); null when unknown. */
  ref: string | null;
}

/** The hidden first line of a run's comment. Throws on an invalid run id. */
export function reviewMarker(marker: ReviewMarker): string {
  assertValidRunId(marker.runId);
  const waiting = marker.waiting ? ' waiting' : '';
  // Encoded, so no branch name can end the HTML comment or add a field.
  const ref = marker.ref ? ` ref=${encodeURIComponent(marker.ref)}` : '';
  return `<!-- specflow-run: ${marker.runId}${waiting}${ref} -->`;
}

/** The run a comment belongs to, from its very first line; null when that line is no marker. */
export function parseReviewMarker(body: unknown): ReviewMarker | null {
  if (typeof body !== 'string') return null;
  const end = body.search(/\r\n|\r|\n/);
  const first = end === -1 ? body : body.slice(0, end);
  const match = MARKER.exec(first);
  if (!match || !isValidRunId(match[1])) return null;
  let ref: string | null = null;
  if (match[3] !== undefined) {
    try {
      ref = decodeURIComponent(match[3]);
    } catch {
      return null;
    }
  }
  return { runId: match[1], waiting: match[2] === 'waiting', ref };
}

/** The gate's `show_file`: its lines as readShowFile gives them (cut here), or why it is not shown. */
export interface ShowFileFacts {
  path: string;
  lines: readonly string[] | null;
  note: string | null;
}

/** One answer given to one of the run's gates. */
export interface ReviewAnswer {
  gateStepId: string;
  option: string;
  actor: string;
  how: AnswerChannel;
  url: string | null;
  at: string;
}

interface CommonFacts {
  runId: string;
  /** The branch the run's saves live on, written into the marker. */
  ref: string | null;
  workflowId: string;
  workflowName: string;
  /** The job summary or the Actions run page; null when unknown. */
  summaryUrl: string | null;
}

export interface WaitingCommentFacts extends CommonFacts {
  state: 'waiting';
  gate: { stepId: string; message: string; options: readonly string[] };
  showFile: ShowFileFacts | null;
  /** Approvals counted so far at this gate, oldest first. */
  approvals: readonly Approval[];
  minApprovals: number;
  policy: ReviewPolicy;
  /** The thread is a pull request: a review can answer too. */
  pullRequest: boolean;
  /** How to answer by dispatch; null leaves it out (a caller that cannot be dispatched). */
  dispatch: DispatchFacts | null;
}

/** The caller workflow's file and the dispatch inputs that feed the Action's run-id and answer. */
export interface DispatchFacts {
  workflowFile: string;
  runIdInput: string;
  answerInput: string;
  /** `--ref`, when the run lives on a branch other than the default one. */
  ref: string | null;
}

export interface SettledCommentFacts extends CommonFacts {
  /** moved_on: this gate was answered and the run went on; ended: the run is over. */
  state: 'moved_on' | 'ended';
  /** The answer that settled the gate, with every approval counted for it; null when none did. */
  outcome: { gateStepId: string; option: string; by: readonly Approval[] } | null;
  status: RunStatus;
  /** The gate the run waits at now, when it paused at another one. */
  nextGate: string | null;
  /** Every answer the run's gates got, oldest first. */
  history: readonly ReviewAnswer[];
}

export type ReviewCommentFacts = WaitingCommentFacts | SettledCommentFacts;

/** How much of the long parts is shown; shrunk until the comment fits. */
interface Budget {
  /** show_file characters, or null to leave the file out. */
  fileChars: number | null;
  messageChars: number;
  listed: number;
}

const FULL: Budget = { fileChars: MAX_SHOW_FILE_CHARS, messageChars: 8_000, listed: 100 };
const SHORT: Budget = { fileChars: null, messageChars: 1_000, listed: 10 };

/** Escaped HTML made inert for GitHub: no @mention pings, no `/specflow` command. */
function inert(html: string): string {
  return html.replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200d').replace(/\/specflow/g, '&#47;specflow');
}

/** Outside text on one line. */
const text = (value: string, max = MAX_NAME_CHARS): string => inert(inline(value, max));
const code = (value: string, max = MAX_NAME_CHARS): string => `<code>${text(value, max)}</code>`;
const block = (value: string): string => inert(pre(value));

const link = safeLink;

/** An option a comment line can carry: one word, shown and copied exactly as written. */
function commentable(option: string): boolean {
  return (
    /^\S+$/.test(option) &&
    option.length <= MAX_NAME_CHARS &&
    stripControl(option) === option &&
    inert(option) === option
  );
}

const channel = channelWord;

function header(facts: CommonFacts): string {
  const summary = facts.summaryUrl === null ? '' : ` · ${link(facts.summaryUrl, 'job summary')}`;
  return `Workflow **${text(facts.workflowName)}** ${code(facts.workflowId)} · run ${code(facts.runId)}${summary}`;
}

function list(items: string[], max: number, more: (n: number) => string): string {
  const shown = items.slice(0, max);
  if (items.length > max) shown.push(more(items.length - max));
  return `<ul>${shown.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function approvalText(a: Approval): string {
  return `${text(a.actor)} (${link(a.url, channel(a.how))}, ${text(a.at, 40)})`;
}

function renderWaiting(facts: WaitingCommentFacts, budget: Budget): string[] {
  const { gate, runId } = facts;
  const parts = [`## ⏸️ Waiting for a review at gate ${code(gate.stepId)}`, header(facts)];
  if (gate.message) parts.push(block(cut(gate.message, budget.messageChars)));
  const file = facts.showFile;
  if (file !== null) {
    if (file.lines !== null && budget.fileChars !== null) {
      const lines = cutShowFileLines(file.lines, budget.fileChars);
      parts.push(
        `<details open><summary>${code(file.path)}</summary>\n\n${block(lines.join('\n'))}\n\n</details>`
      );
    } else {
      const why =
        file.lines === null
          ? (file.note ?? 'not shown')
          : 'too long for a comment; see the job summary';
      parts.push(`${code(file.path)}: ${text(why, 500)}`);
    }
  }

  const need = Math.max(1, facts.minApprovals);
  const count = `**${facts.approvals.length} of ${need} approval${need === 1 ? '' : 's'}**`;
  parts.push(
    facts.approvals.length === 0
      ? `${count} so far.`
      : `${count} so far: ${facts.approvals.slice(0, budget.listed).map(approvalText).join(', ')}` +
          (facts.approvals.length > budget.listed
            ? `, and ${facts.approvals.length - budget.listed} more.`
            : '.')
  );
  const { approvers } = facts.policy;
  const names = approvers.map((a) => (a.kind === 'user' ? a.login : `${a.org}/${a.slug}`));
  const who =
    names.length === 0
      ? 'anyone with write access to the repository'
      : names
          .slice(0, budget.listed)
          .map((a) => code(a))
          .join(', ') +
        (names.length > budget.listed ? ` and ${names.length - budget.listed} more` : '');
  parts.push(
    `**Who may answer:** ${who}. ` +
      (facts.policy.allowSelfApproval
        ? 'Whoever started the run may approve it too.'
        : 'Whoever started the run, or last resumed it, may not approve it.')
  );

  const options = gate.options.map((o) => {
    const command = commentable(o)
      ? `comment <code>/specflow ${escapeHtml(o)} ${escapeHtml(runId)}</code>`
      : 'answer by dispatch (it cannot be written in a comment line)';
    return `${code(o)}: ${command}`;
  });
  parts.push(
    'To answer, comment on this thread with one of these as a line of its own:\n\n' +
      list(options, budget.listed, (n) => `… ${n} more options (see the job summary)`)
  );
  if (facts.pullRequest) {
    const review = [
      gate.options.includes('approve') && '**Approve** answers <code>approve</code>',
      gate.options.includes('reject') && '**Request changes** answers <code>reject</code>'
    ].filter((s): s is string => typeof s === 'string');
    if (review.length > 0) parts.push(`Or submit a pull-request review: ${review.join(', ')}.`);
  }
  const dispatch = facts.dispatch;
  if (dispatch !== null && gate.options.length > 0) {
    const command = [
      'gh workflow run',
      quoteShellWord(dispatch.workflowFile),
      ...(dispatch.ref ? ['--ref', quoteShellWord(dispatch.ref)] : []),
      '-f',
      quoteShellWord(`${dispatch.runIdInput}=${runId}`),
      '-f',
      quoteShellWord(`${dispatch.answerInput}=${gate.options[0]}`)
    ].join(' ');
    parts.push(
      `Or dispatch the workflow: <code>${text(command, 1_000)}</code>` +
        (gate.options.length > 1
          ? `, with <code>${text(dispatch.answerInput)}</code> set to the option.`
          : '.')
    );
  }
  return parts;
}

const STATUS_ICONS: Record<string, string> = {
  created: '🆕',
  running: '🔄',
  paused: '⏸️',
  completed: '✅',
  failed: '❌',
  aborted: '⛔'
};

function verb(option: string): string {
  if (option === 'approve') return 'approved';
  if (option === 'reject') return 'rejected';
  return `answered ${code(option)}`;
}

function renderSettled(facts: SettledCommentFacts, budget: Budget): string[] {
  const { outcome } = facts;
  const icon = Object.hasOwn(STATUS_ICONS, facts.status) ? STATUS_ICONS[facts.status] : '•';
  const status = `${icon} ${text(facts.status, 40)}`;
  const heading =
    facts.state === 'ended'
      ? `## ${icon} The run ended: ${text(facts.status, 40)}`
      : outcome !== null
        ? `## ⏩ Gate ${code(outcome.gateStepId)} ${verb(outcome.option)}: the run went on`
        : '## ⏩ The run went on';
  const parts = [heading, header(facts)];
  if (outcome !== null) {
    const by = outcome.by.slice(0, budget.listed).map(approvalText);
    if (outcome.by.length > budget.listed) by.push(`${outcome.by.length - budget.listed} more`);
    parts.push(
      `Gate ${code(outcome.gateStepId)} was ${verb(outcome.option)}` +
        (by.length > 0 ? ` by ${by.join(', ')}.` : '.')
    );
  }
  const at =
    facts.status === 'paused' && facts.nextGate !== null
      ? ` at the next gate ${code(facts.nextGate)}`
      : '';
  parts.push(`Status: **${status}**${at}.`);
  if (facts.history.length > 0) {
    // The latest answers are the ones kept when the list is long.
    const shown = facts.history.slice(-budget.listed);
    const items = shown.map(
      (a) =>
        `${text(a.at, 40)}: ${text(a.actor)} answered ${code(a.option)} at gate ` +
        `${code(a.gateStepId)} by ${link(a.url, channel(a.how))}`
    );
    const earlier = facts.history.length - shown.length;
    parts.push(
      `<details><summary>Answers (${facts.history.length})</summary>\n\n` +
        (earlier > 0 ? `… ${earlier} earlier answers not listed\n` : '') +
        `${list(items, items.length, () => '')}\n\n</details>`
    );
  }
  return parts;
}

function renderWith(facts: ReviewCommentFacts, budget: Budget): string {
  const parts = [
    reviewMarker({ runId: facts.runId, waiting: facts.state === 'waiting', ref: facts.ref })
  ];
  parts.push(
    ...(facts.state === 'waiting' ? renderWaiting(facts, budget) : renderSettled(facts, budget))
  );
  return parts.join('\n\n') + '\n';
}

/** The comment's body, at most MAX_COMMENT_CHARS characters. Throws on an invalid run id. */
export function renderReviewComment(facts: ReviewCommentFacts): string {
  let body = renderWith(facts, FULL);
  // The file first: halved until the comment fits, then left out.
  for (let chars = FULL.fileChars; body.length > MAX_COMMENT_CHARS;) {
    chars = chars === null || chars < 500 ? null : Math.floor(chars / 2);
    body = renderWith(facts, { ...FULL, fileChars: chars });
    if (chars === null) break;
  }
  if (body.length <= MAX_COMMENT_CHARS) return body;
  body = renderWith(facts, SHORT);
  if (body.length <= MAX_COMMENT_CHARS) return body;
  // Unreachable with names cut as they are; kept so no input can make GitHub refuse the comment.
  return [
    reviewMarker({ runId: facts.runId, waiting: facts.state === 'waiting', ref: facts.ref }),
    `## specflow run ${code(facts.runId)}`,
    header(facts),
    'This comment would be too long for GitHub; the job summary tells how to answer.'
  ].join('\n\n');
}

/** A refused or stale answer, for the reply that says why. */
export interface AnswerReplyFacts {
  actor: string;
  /** The option as written; null when none could be read. */
  option: string | null;
  /** The run it was meant for; null when none could be told. */
  runId: string | null;
  reason: string;
  summaryUrl: string | null;
}

/** The reply under an answer that was not taken: which answer, and why, made inert like the rest. */
export function renderAnswerReply(facts: AnswerReplyFacts): string {
  const what = facts.option === null ? 'The answer' : `The answer ${code(facts.option)}`;
  const run = facts.runId === null ? '' : ` to run ${code(facts.runId)}`;
  const summary = facts.summaryUrl === null ? '' : ` (${link(facts.summaryUrl, 'job summary')})`;
  return (
    `${what} by ${text(facts.actor)}${run} was not taken${summary}:\n\n` +
    `> ${text(facts.reason, 2_000)}\n`
  );
}
