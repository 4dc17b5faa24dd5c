/**
 * The job summary: what the run did, where it stopped, and, when it can be resumed, exactly how.
 *
 * Gathering (files, environment) is kept apart from rendering, which is a pure function of
 * `SummaryFacts`. Everything that comes from the workflow, its steps or the workspace is
 * HTML-escaped (on one line, without control characters, where it sits in a cell or a
 * heading), and file and error text goes in <pre> blocks, so it shows as written and cannot
 * restyle the page. GitHub drops a summary over 1 MiB, so every part of it is bounded.
 */
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { getOr, isDict, pyKeys, pyStr } from '../engine/pyvalue.js';
import { readShowFile, stripControl } from '../engine/show-file.js';
import { outputTail } from '../engine/output-tail.js';
import { RunStatus, type StepConfig, type StepRecord, type StepTiming } from '../engine/types.js';
import {
  readCallerWorkflow,
  resumeInstructions,
  type GithubContext,
  type ResumeInstructions
} from './github-context.js';
import { formatDuration } from './log.js';
import { isResumable } from '../engine/run-state.js';
import type { RunRecord } from '../engine/run-record.js';
import { enclosingSteps, endedInFailure, gateAnswer, haltingStepId } from '../engine/outcome.js';
import { fanOutItemId, topLevelSteps } from '../engine/step-tree.js';
import { InvalidWorkflowError } from '../engine/run-lifecycle.js';
import { formatLocation } from '../engine/yaml-source.js';
import {
  readAnswerHistory,
  readResumeHistory,
  type AnswerRecord,
  type ResumeRecord
} from './resume-history.js';

/** At most this many characters of a gate's `show_file` go into the summary. */
export const MAX_SHOW_FILE_CHARS = 20_000;
/** The failing step's stderr: at most this many trailing lines and characters. */
export const STDERR_TAIL_LINES = 40;
export const STDERR_TAIL_CHARS = 8_000;
/** Fan-out items listed in the summary (failed ones beyond this are listed too, up to twice it). */
export const MAX_ITEM_ROWS = 200;
/** Rows of the steps table, by the same rule (loop passes can make thousands). */
export const MAX_STEP_ROWS = 300;
/** Rows of the answers table: the latest ones (a busy pull request can answer a gate often). */
export const MAX_ANSWER_ROWS = 100;
/** A step id or error in a table cell is cut to this many characters. */
const MAX_CELL_ID_CHARS = 200;
const MAX_CELL_ERROR_CHARS = 500;
/** A time in a table cell: an ISO 8601 timestamp is shorter than this. */
const MAX_CELL_TIME_CHARS = 40;
/** A longer URL is shown as its label only, unlinked. */
const MAX_LINK_CHARS = 2_000;
/** The run's error, shown whole up to this many characters. */
export const MAX_ERROR_CHARS = 8_000;
/**
 * GitHub refuses a step summary over 1 MiB (and shows none of it). Past this many bytes the
 * summary is rendered again without the long tables.
 */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 64 * 1024;
/** An invalid workflow's problems listed in the summary, at most (the log has them all). */
export const MAX_PROBLEMS = 50;
/**
 * The chart shows every top-level step up to this many; past it, the first and last ones and
 * those around the halting step, with a "more steps" node in each gap. Mermaid refuses a chart
 * of over 500 edges or 50,000 characters (its maxEdges and maxTextSize).
 */
export const MAX_CHART_STEPS = 40;
const CHART_HEAD = 12;
const CHART_TAIL = 8;
/** A chart label (an id, a type) is cut to this many characters, so the chart's size is bounded. */
const MAX_LABEL_CHARS = 60;

export interface GateFacts {
  stepId: string;
  message: string;
  options: string[];
  showFile: string | null;
  /** The file's lines as shown (control characters stripped), or null when not shown. */
  showFileLines: string[] | null;
  /** Why the file is not shown, when it is named but not shown. */
  showFileNote: string | null;
  verdictInput: string | null;
  /** The option to put in the resume command (the first that does not reject). */
  approveWith: string | null;
  resume: ResumeInstructions;
}

export interface FailureFacts {
  error: string | null;
  stderrTail: string | null;
}

/** The step the run stopped at (outcome.haltingStepId) and the steps that enclose it. */
export interface HaltFacts {
  stepId: string;
  /** Outermost first (outcome.enclosingSteps); their own records may say completed. */
  enclosing: string[];
  /** Whether it is a gate: one waiting for a verdict, or one whose rejection aborted the run. */
  gate: boolean;
}

export interface SummaryFacts {
  workflowName: string;
  workflowId: string;
  runId: string;
  status: RunStatus;
  /** Stopped by cancellation (SIGINT) and saved as paused. */
  interrupted: boolean;
  halt: HaltFacts | null;
  topSteps: { id: string; type: string }[];
  records: Record<string, StepRecord>;
  /** When each recorded step started and finished (state.json's step_timings). */
  timings: Record<string, StepTiming>;
  /** Wall-clock durations measured in this job (ms), preferred over record timestamps. */
  durations: ReadonlyMap<string, number>;
  resumes: ResumeRecord[];
  /** Every answer given to the run's gates, oldest first, whatever came of it. */
  answers: AnswerRecord[];
  gate: GateFacts | null;
  failure: FailureFacts | null;
  /** A pull request's runs save state in the pull request's own cache scope. */
  pullRequest: boolean;
  /** How to resume by dispatch a run that can be resumed without a verdict (failed, interrupted). */
  dispatch: ResumeInstructions | null;
  /** What happened to the run's saved state in this job. */
  cache: CacheFacts | null;
  /** The `outputs` output was cut to fit GitHub's limit. */
  outputsTruncated: boolean;
  /** The fan-out whose items the run handed to matrix jobs, while it waits for them. */
  distribution?: { stepId: string; shards: number; items: number } | null;
}

export interface CacheFacts {
  saved: boolean;
  detail: string;
  /** Why a save that was tried did not happen; null when saved, or when caching is off. */
  failure: string | null;
}

export interface GatherOptions {
  /** The run, read once (its state and the definition it runs). */
  record: RunRecord;
  github: GithubContext;
  durations?: ReadonlyMap<string, number>;
  interrupted?: boolean;
  cache?: CacheFacts | null;
  outputsTruncated?: boolean;
}

export async function gatherSummaryFacts(options: GatherOptions): Promise<SummaryFacts> {
  const { record, github } = options;
  const { state, definition } = record;
  const haltedAt = haltingStepId(state);
  const facts: SummaryFacts = {
    workflowName: definition ? pyStr(definition.name) : state.workflowId,
    workflowId: state.workflowId,
    runId: state.runId,
    status: state.status,
    interrupted: options.interrupted ?? false,
    halt:
      haltedAt === null
        ? null
        : {
            stepId: haltedAt,
            enclosing: enclosingSteps(definition?.steps, haltedAt),
            gate: getOr(state.stepResults, haltedAt, undefined)?.type === 'gate'
          },
    topSteps: topLevelSteps(definition?.steps),
    records: state.stepResults,
    timings: state.stepTimings,
    durations: options.durations ?? new Map(),
    resumes: readResumeHistory(state.runDir),
    answers: readAnswerHistory(state.runDir),
    gate: null,
    failure: null,
    dispatch: null,
    pullRequest: github.eventName?.startsWith('pull_request') ?? false,
    cache: options.cache ?? null,
    outputsTruncated: options.outputsTruncated ?? false,
    distribution:
      state.status === RunStatus.Paused && state.distribution !== null
        ? {
            stepId: state.distribution.stepId,
            shards: state.distribution.shards.length,
            items: state.distribution.shards.reduce((n, shard) => n + shard.length, 0)
          }
        : null
  };

  const answer = gateAnswer(record);
  if (answer !== null) {
    const out = getOr(state.stepResults, answer.stepId, undefined)?.output ?? {};
    const { options, verdictInput, approveWith } = answer;
    const showFile =
      typeof out.show_file === 'string' && out.show_file !== '' ? out.show_file : null;
    const shown = showFile === null ? null : await showFileLines(state.projectRoot, showFile);
    facts.gate = {
      stepId: answer.stepId,
      message: out.message === null || out.message === undefined ? '' : pyStr(out.message),
      options,
      showFile,
      showFileLines: shown?.lines ?? null,
      showFileNote: shown?.note ?? null,
      verdictInput,
      approveWith,
      resume: resumeInstructions(
        github,
        state.runId,
        verdictInput,
        approveWith,
        readCallerWorkflow(github)
      )
    };
  } else if (isResumable(state.status)) {
    // Failed, or interrupted: the run goes on from its step with what it has.
    facts.dispatch = resumeInstructions(
      github,
      state.runId,
      null,
      null,
      readCallerWorkflow(github)
    );
  }

  if (endedInFailure(state.status)) {
    const failing = haltedAt === null ? undefined : getOr(state.stepResults, haltedAt, undefined);
    const stderr = failing?.output?.stderr;
    facts.failure = {
      error: state.error,
      stderrTail: typeof stderr === 'string' && stderr.trim() !== '' ? stderrTail(stderr) : null
    };
  }
  return facts;
}

function stderrTail(text: string): string {
  // Line by line: the tail keeps its line breaks, which stripControl removes.
  return outputTail(text, STDERR_TAIL_LINES, STDERR_TAIL_CHARS)
    .split('\n')
    .map(stripControl)
    .join('\n');
}

/**
 * A gate's file as the gate would show it (first lines, control characters stripped), cut to
 * MAX_SHOW_FILE_CHARS. Only files inside the project are read: the summary may be public.
 */
async function showFileLines(
  projectRoot: string,
  showFile: string
): Promise<{ lines: string[] | null; note: string | null }> {
  let root: string;
  let file: string;
  try {
    root = realpathSync(projectRoot);
    file = realpathSync(path.resolve(projectRoot, showFile));
  } catch {
    return { lines: null, note: 'the file does not exist in this workspace' };
  }
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    return { lines: null, note: 'the file is outside the project, so it is not shown here' };
  }
  return { lines: cutShowFileLines(await readShowFile(file)), note: null };
}

/**
 * A gate file's lines (as readShowFile gives them) cut to `max` characters, line breaks
 * counted: whole lines up to `max`, then a line saying where it was cut.
 */
export function cutShowFileLines(lines: readonly string[], max = MAX_SHOW_FILE_CHARS): string[] {
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length > max) {
      kept.push(`… (cut at ${max} characters)`);
      break;
    }
    kept.push(line);
    size += line.length + 1;
  }
  return kept;
}

/**
 * Outside text (ids, errors, file names) as inert summary text: HTML's special characters, and
 * the Markdown ones that could make a link or an image (which would load from anywhere when a
 * reviewer opens the summary), as entities, which display as the characters themselves.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/[[\]!`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Outside text on one line (a table cell, a heading): line breaks as spaces, control characters dropped, cut to `max`. */
export function inline(text: string, max = Infinity): string {
  return escapeHtml(stripControl(cut(text.replace(/\r\n|\r|\n/g, ' '), max)));
}

/** `text`, cut to `max` characters with a trailing `…`. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

const code = (text: string, max = MAX_CELL_ID_CHARS): string => `<code>${inline(text, max)}</code>`;

const STATUS_ICON: Record<string, string> = {
  completed: '✅',
  paused: '⏸️',
  failed: '❌',
  aborted: '⛔',
  skipped: '⏭️',
  running: '🔄',
  created: '🆕',
  pending: '⚪',
  interrupted: '⏸️'
};

function icon(status: string): string {
  return getOr(STATUS_ICON, status, '•');
}

/** A record's status as told here: a gate whose rejection aborted the run is `aborted`. */
function shownStatus(record: StepRecord): string {
  return record.status === 'failed' && record.output?.aborted ? 'aborted' : record.status;
}

function ms(iso: unknown): number | null {
  if (typeof iso !== 'string') return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** Fan-out item ids of a fan-out record, as the engine gave them. */
function itemIdsOf(id: string, record: StepRecord): string[] {
  if (record.type !== 'fan-out') return [];
  const out = record.output ?? {};
  const items = Array.isArray(out.items) ? out.items : [];
  const template: StepConfig = isDict(out.step_template) ? out.step_template : {};
  return items.map((_, i) => fanOutItemId(id, template, i));
}

/** A step's record and timing; step ids are ordinary keys (`constructor` too). */
const recordOf = (facts: SummaryFacts, id: string): StepRecord | undefined =>
  getOr(facts.records, id, undefined);
const timingOf = (facts: SummaryFacts, id: string): StepTiming | undefined =>
  getOr(facts.timings, id, undefined);

function durationOf(id: string, record: StepRecord, facts: SummaryFacts): string {
  const known = facts.durations.get(id);
  if (known !== undefined) return formatDuration(known);
  const start = ms(timingOf(facts, id)?.started_at);
  let end = ms(timingOf(facts, id)?.finished_at);
  // A fan-out's own record closes before its items run: its span ends with the last item.
  for (const itemId of itemIdsOf(id, record)) {
    const itemEnd = ms(timingOf(facts, itemId)?.finished_at);
    if (itemEnd !== null && (end === null || itemEnd > end)) end = itemEnd;
  }
  return start === null || end === null ? '—' : formatDuration(end - start);
}

/** Outside text as a block, shown as written: control characters dropped, line breaks kept. */
export function pre(text: string): string {
  return `<pre>${escapeHtml(text.split('\n').map(stripControl).join('\n'))}</pre>`;
}

/** A fenced code block; the fence is longer than any backtick run inside, so none can close it. */
function fenced(text: string, lang: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Whether `id` is the halting step or encloses it: the steps whose rows tell how the run stopped. */
function onHaltPath(facts: SummaryFacts, id: string): boolean {
  return facts.halt !== null && (facts.halt.stepId === id || facts.halt.enclosing.includes(id));
}

/** How the run stopped at its halting step, e.g. `failed at <id>`; `name` formats the id. */
function haltPhrase(facts: SummaryFacts, halt: HaltFacts, name: (id: string) => string): string {
  const at = name(halt.stepId);
  switch (facts.status) {
    case RunStatus.Failed:
      return `failed at ${at}`;
    case RunStatus.Aborted:
      return halt.gate ? `aborted at gate ${at}` : `aborted at ${at}`;
    case RunStatus.Paused:
      if (facts.gate !== null) return `waiting at gate ${at}`;
      if (facts.distribution) return `distributed at ${at}`;
      return facts.interrupted ? `interrupted at ${at}` : `paused at ${at}`;
    default:
      return `stopped at ${at}`;
  }
}

/** A row's status: its own, except that the halting step and the steps enclosing it say how the run stopped. */
function statusCell(facts: SummaryFacts, id: string, record: StepRecord): string {
  const halt = facts.halt;
  const error = record.error ? `<br/>${inline(record.error, MAX_CELL_ERROR_CHARS)}` : '';
  if (halt !== null && halt.enclosing.includes(id)) {
    return `${icon(facts.status)} ${haltPhrase(facts, halt, (i) => code(i))}`;
  }
  if (halt !== null && halt.stepId === id && endedInFailure(facts.status)) {
    if (shownStatus(record) === 'aborted') {
      const choice = record.output?.choice;
      const withChoice = typeof choice === 'string' ? ` with ${code(choice)}` : '';
      return `${icon('aborted')} rejected${withChoice}: aborted the run`;
    }
    return `${icon('failed')} failed the run${error}`;
  }
  const status = shownStatus(record);
  return `${icon(status)} ${escapeHtml(status)}${error}`;
}

/** A mermaid label: only characters that cannot end the label or start markup pass as is. */
function mermaidText(text: string): string {
  return [...cut(stripControl(text), MAX_LABEL_CHARS)]
    .map((c) => (/[A-Za-z0-9 _.,:/-]/.test(c) ? c : `#${c.codePointAt(0)};`))
    .join('');
}

const MERMAID_CLASSES: Record<string, string> = {
  completed: 'fill:#d1f7d6,stroke:#1a7f37,color:#0b3d1a',
  paused: 'fill:#fff4c2,stroke:#9a6700,color:#4d3800',
  failed: 'fill:#ffd8d3,stroke:#cf222e,color:#5c0a10',
  aborted: 'fill:#ffd8d3,stroke:#cf222e,color:#5c0a10',
  skipped: 'fill:#eaeef2,stroke:#8c959f,color:#57606a',
  pending: 'fill:#ffffff,stroke:#d0d7de,color:#57606a',
  more: 'fill:#f6f8fa,stroke:#d0d7de,color:#57606a,stroke-dasharray:4'
};

/** The top-level steps the chart shows: all of them, or the first, the last and those around the halting one. */
function chartedSteps(count: number, haltIndex: number): number[] {
  if (count <= MAX_CHART_STEPS) return Array.from({ length: count }, (_, i) => i);
  const shown = new Set<number>();
  for (let i = 0; i < CHART_HEAD; i++) shown.add(i);
  for (let i = count - CHART_TAIL; i < count; i++) shown.add(i);
  for (const i of [haltIndex - 1, haltIndex, haltIndex + 1]) {
    if (haltIndex >= 0 && i >= 0 && i < count) shown.add(i);
  }
  return [...shown].sort((a, b) => a - b);
}

export function renderMermaid(facts: SummaryFacts): string {
  if (facts.topSteps.length === 0) return '';
  const halt = facts.halt;
  const haltIndex =
    halt === null
      ? -1
      : facts.topSteps.findIndex((s) => s.id === halt.stepId || s.id === halt.enclosing[0]);
  const lines = ['```mermaid', 'flowchart TD'];
  const used = new Set<string>();
  let previous: string | null = null;
  const add = (node: string, label: string, status: string): void => {
    lines.push(`  ${node}["${label}"]:::${status}`);
    used.add(status);
    if (previous !== null) lines.push(`  ${previous} --> ${node}`);
    previous = node;
  };
  let last = -1;
  for (const i of chartedSteps(facts.topSteps.length, haltIndex)) {
    if (i > last + 1) add(`m${i}`, mermaidText(`… ${i - last - 1} more steps`), 'more');
    last = i;
    const step = facts.topSteps[i];
    const record = recordOf(facts, step.id);
    let status: string = record ? shownStatus(record) : 'pending';
    const label = [step.id, step.type];
    if (record && record.type === 'fan-out') {
      const items = itemIdsOf(step.id, record);
      const failed = items.filter((id) => recordOf(facts, id)?.status === 'failed').length;
      label[1] = `fan-out: ${items.length} items${failed ? `, ${failed} failed` : ''}`;
    }
    if (halt !== null && i === haltIndex) {
      // The step the run stopped at, or the one holding it, whose own record may say completed.
      status = facts.status === RunStatus.Paused ? 'paused' : facts.status;
      if (halt.stepId !== step.id) label.push(haltPhrase(facts, halt, (id) => id));
    }
    add(`s${i}`, label.map(mermaidText).join('<br/>'), status);
  }
  for (const status of used) {
    lines.push(`  classDef ${status} ${getOr(MERMAID_CLASSES, status, MERMAID_CLASSES.pending)}`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** Records in the order the steps ran (JS would list integer-like ids first). */
const recordsInOrder = (facts: SummaryFacts): [string, StepRecord][] =>
  pyKeys(facts.records).map((id) => [id, facts.records[id]]);

/** How many rows a table lists: the first `rows`, and failed ones up to twice that; the last `answers`. */
interface RowLimits {
  items: number;
  steps: number;
  answers: number;
}
const FULL_TABLES: RowLimits = {
  items: MAX_ITEM_ROWS,
  steps: MAX_STEP_ROWS,
  answers: MAX_ANSWER_ROWS
};
/** For a summary that would be too large for GitHub: few rows, the halting path always. */
const SHORT_TABLES: RowLimits = { items: 0, steps: 60, answers: 10 };

/** Which of `ids` a table lists: the first `max`, failed ones up to twice `max`, and the halting path. */
function listedRows(facts: SummaryFacts, ids: string[], max: number): number[] {
  return ids
    .map((id, n) => ({ id, n }))
    .filter(
      ({ id, n }) =>
        n < max ||
        onHaltPath(facts, id) ||
        (n < 2 * max && recordOf(facts, id)?.status === 'failed')
    )
    .map(({ n }) => n);
}

function stepRows(facts: SummaryFacts, limits: RowLimits): { main: string[]; fanOuts: string[] } {
  const itemIds = new Set<string>();
  for (const [id, record] of recordsInOrder(facts)) {
    for (const itemId of itemIdsOf(id, record)) itemIds.add(itemId);
  }
  const mainIds = recordsInOrder(facts)
    .map(([id]) => id)
    .filter((id) => !itemIds.has(id));
  const listed = listedRows(facts, mainIds, limits.steps).map((n) => mainIds[n]);
  const main = listed.map((id) => {
    const record = facts.records[id];
    return (
      `<tr><td>${code(id)}</td><td>${inline(pyStr(record.type ?? ''))}</td>` +
      `<td>${statusCell(facts, id, record)}</td>` +
      `<td>${durationOf(id, record, facts)}</td></tr>`
    );
  });
  const halt = facts.halt;
  if (facts.interrupted && halt !== null && !recordOf(facts, halt.stepId)) {
    main.push(
      `<tr><td>${code(halt.stepId)}</td><td></td>` +
        `<td>${icon('interrupted')} interrupted (runs again on resume)</td><td>—</td></tr>`
    );
  }
  if (listed.length < mainIds.length) {
    main.push(
      `<tr><td colspan="4">… ${mainIds.length - listed.length} more steps not listed</td></tr>`
    );
  }

  // One section per listed fan-out; GitHub drops a step summary over 1 MiB, so items are capped.
  const fanOuts: string[] = [];
  for (const id of listed) {
    const items = itemIdsOf(id, facts.records[id]);
    if (items.length === 0) continue;
    const shown = listedRows(facts, items, limits.items);
    const rows = shown.map((n) => {
      const itemId = items[n];
      const item = recordOf(facts, itemId);
      if (!item)
        return `<tr><td>${n}</td><td>${code(itemId)}</td><td>⚪ not run</td><td>—</td></tr>`;
      return (
        `<tr><td>${n}</td><td>${code(itemId)}</td>` +
        `<td>${statusCell(facts, itemId, item)}</td>` +
        `<td>${durationOf(itemId, item, facts)}</td></tr>`
      );
    });
    if (shown.length < items.length) {
      rows.push(
        `<tr><td colspan="4">… ${items.length - shown.length} more items not listed</td></tr>`
      );
    }
    const done = items.filter((i) => recordOf(facts, i)?.status === 'completed').length;
    // Open when the run stopped inside it, so the item that decided is in view.
    const within = halt !== null && halt.enclosing.includes(id);
    const stopped = within ? ` · ${haltPhrase(facts, halt, (i) => code(i))}` : '';
    fanOuts.push(
      `<details${within ? ' open' : ''}><summary>Fan-out ${code(id)}: ${done} of ${items.length} items completed${stopped}</summary>\n\n` +
        `<table><tr><th>#</th><th>Item step</th><th>Status</th><th>Duration</th></tr>${rows.join('')}</table>\n\n</details>`
    );
  }
  return { main, fanOuts };
}

const CHANNEL_WORDS: Record<string, string> = {
  comment: 'comment',
  review: 'pull-request review',
  dispatch: 'dispatch',
  cli: 'CLI'
};

const RESULT_WORDS: Record<string, string> = {
  accepted: '✅ accepted',
  recorded: '☑️ counted (more approvals needed)',
  refused: '🚫 refused',
  stale: '⌛ ignored: written before the gate paused'
};

/** A link only for an https URL (nothing in it that could end the attribute); the label is ours. */
export function safeLink(url: string | null, label: string): string {
  if (url === null || !/^https:\/\/[^\s<>"'`]+$/.test(url) || url.length > MAX_LINK_CHARS) {
    return label;
  }
  return `<a href="${escapeHtml(url)}">${label}</a>`;
}

/** How an answer came, in words (`how` of an answer record or approval may be anything). */
export const channelWord = (how: unknown): string =>
  getOr(CHANNEL_WORDS, typeof how === 'string' ? how : '', 'answer');

/** readAnswerHistory checks only some fields' types: any other may be anything. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The latest answers, one row each, with a line for the earlier ones left out. */
function answerRows(facts: SummaryFacts, limits: RowLimits): string[] {
  const shown = limits.answers <= 0 ? [] : facts.answers.slice(-limits.answers);
  const rows: string[] = [];
  const left = facts.answers.length - shown.length;
  if (left > 0) {
    rows.push(`<tr><td colspan="7">… ${left} earlier answers not listed</td></tr>`);
  }
  for (const a of shown) {
    const how = channelWord(a.how);
    const result = getOr(
      RESULT_WORDS,
      textOf(a.result),
      inline(textOf(a.result), MAX_CELL_ID_CHARS)
    );
    rows.push(
      `<tr><td>${inline(textOf(a.at), MAX_CELL_TIME_CHARS)}</td><td>${code(textOf(a.gate))}</td>` +
        `<td>${code(textOf(a.option))}</td><td>${inline(textOf(a.actor), MAX_CELL_ID_CHARS)}</td>` +
        `<td>${safeLink(textOf(a.url), how)}</td><td>${result}</td>` +
        `<td>${inline(textOf(a.reason), MAX_CELL_ERROR_CHARS)}</td></tr>`
    );
  }
  return rows;
}

/** Where the halting step sits, e.g. ` (in <code>check</code> › <code>builds</code>)`. */
function inside(halt: HaltFacts): string {
  if (halt.enclosing.length === 0) return '';
  return ` (in ${halt.enclosing.map((id) => code(id)).join(' › ')})`;
}

/**
 * How to resume by dispatch, or why a dispatch cannot: a command is printed only when it can
 * work. `gate`: the gate the dispatch answers, whose other options are shown beside it.
 */
function renderDispatch(
  resume: ResumeInstructions,
  lead: string,
  gate: GateFacts | null,
  pullRequest: boolean
): string[] {
  if (resume.inputs.dispatchable === false) {
    return [
      '> [!WARNING]\n> The calling workflow has no `workflow_dispatch` trigger, so it cannot be dispatched ' +
        'to resume this run: add one, with an input for the run id that the Action gets as `run-id` ' +
        '(see `examples/github/specflow.yml` in specflow-action).'
    ];
  }
  const parts = [lead, fenced(resume.command, 'sh')];
  // The `answer` input answers any gate; the verdict input only the gate that reads it.
  const verdict = resume.inputs.answer ?? resume.inputs.verdict;
  const others = gate === null ? [] : gate.options.filter((o) => o !== gate.approveWith);
  if (gate !== null && verdict !== null && others.length > 0) {
    parts.push(
      `(or <code>-f ${inline(verdict)}=${others.map((o) => inline(o)).join('</code> / <code>')}</code>)`
    );
  }
  if (resume.workflowUrl) {
    parts.push(
      `Or use **Run workflow** on [the workflow's page](${resume.workflowUrl})` +
        (resume.ref ? ` (branch ${code(resume.ref)})` : '') +
        ` with ${code(resume.inputs.runId)} set to the run id` +
        (gate !== null && verdict !== null ? ` and ${code(verdict)} to the answer.` : '.')
    );
  }
  if (pullRequest) {
    parts.push(
      '> [!NOTE]\n> This run started from a pull request, whose saved state only that pull request can see: ' +
        'a dispatch on a branch cannot resume it.'
    );
  }
  return parts;
}

/** `resumable`: false when the run's state was lost, so nothing here may offer a resume. */
function renderGate(facts: SummaryFacts, gate: GateFacts, resumable: boolean): string[] {
  const runId = facts.runId;
  const parts: string[] = [];
  parts.push(`### ⏸️ Waiting at gate ${code(gate.stepId)}`);
  if (gate.message) parts.push(pre(gate.message));
  if (gate.showFile !== null) {
    if (gate.showFileLines !== null) {
      parts.push(
        `<details open><summary>${code(gate.showFile)}</summary>\n\n` +
          `${pre(gate.showFileLines.join('\n'))}\n\n</details>`
      );
    } else {
      parts.push(`${code(gate.showFile)}: ${escapeHtml(gate.showFileNote ?? '')}`);
    }
  }
  if (gate.options.length > 0) {
    parts.push(`Options: ${gate.options.map((o) => code(o)).join(', ')}`);
  }
  if (!resumable) return parts;
  if (gate.resume.inputs.answer === null && gate.verdictInput === null) {
    parts.push(
      `> [!NOTE]\n> The calling workflow passes no dispatch input into the Action's \`answer\`, and gate ` +
        `${code(gate.stepId)} has no \`verdict_input\`, so a dispatch cannot answer it yet. Answer it ` +
        `with a comment (<code>&#47;specflow ${inline(gate.approveWith ?? 'approve')} ${inline(runId)}</code>) ` +
        'where the run comments, or add an `answer` input under `workflow_dispatch` and pass it as ' +
        "the Action's `answer` (see `examples/github/specflow-review.yml` in specflow-action)."
    );
    return parts;
  }
  if (
    gate.resume.inputs.answer === null &&
    gate.resume.inputs.verdict === null &&
    gate.verdictInput !== null
  ) {
    parts.push(
      `> [!WARNING]\n> The calling workflow passes no dispatch input into ${code(gate.verdictInput)} or the Action's \`answer\`, so a ` +
        "dispatch cannot answer this gate yet. Add one to the Action's `inputs`, e.g. " +
        `<code>${inline(gate.verdictInput)}: \${{ inputs.verdict }}</code>, with a \`verdict\` input under \`workflow_dispatch\`.`
    );
    return parts;
  }
  parts.push(
    ...renderDispatch(
      gate.resume,
      '**To resume**, dispatch this workflow again with the run id and the verdict:',
      gate,
      facts.pullRequest
    )
  );
  return parts;
}

/** What a failed or aborted run says: where it stopped, its error, and how to go on. */
function renderFailure(facts: SummaryFacts, failure: FailureFacts, resumable: boolean): string[] {
  const halt = facts.halt;
  const aborted = facts.status === RunStatus.Aborted;
  const phrase = halt ? haltPhrase(facts, halt, (id) => code(id)) + inside(halt) : facts.status;
  const parts = [`### ${icon(facts.status)} ${phrase[0].toUpperCase()}${phrase.slice(1)}`];
  if (failure.error) parts.push(pre(cut(failure.error, MAX_ERROR_CHARS)));
  if (failure.stderrTail) {
    parts.push(
      `<details open><summary>End of the step's stderr</summary>\n\n${pre(failure.stderrTail)}\n\n</details>`
    );
  }
  if (aborted) {
    parts.push('An aborted run cannot be resumed: start a new run.');
  } else if (resumable && facts.dispatch !== null) {
    const step = halt ? `, ${code(halt.stepId)},` : '';
    parts.push(
      ...renderDispatch(
        facts.dispatch,
        `**To resume** once the cause is fixed, dispatch this workflow again with the run id: the failed step${step} runs again.`,
        null,
        facts.pullRequest
      )
    );
  }
  return parts;
}

export function renderSummary(facts: SummaryFacts): string {
  const text = renderSummaryWith(facts, FULL_TABLES);
  if (Buffer.byteLength(text, 'utf8') <= MAX_SUMMARY_BYTES) return text;
  return renderSummaryWith(facts, SHORT_TABLES);
}

function renderSummaryWith(facts: SummaryFacts, limits: RowLimits): string {
  // A run that could be resumed but whose save failed: nothing may look resumable.
  const lost = facts.cache?.failure != null && isResumable(facts.status);
  const notes = [facts.interrupted && 'interrupted', lost && 'not saved'].filter(Boolean);
  const status = notes.length > 0 ? `${facts.status} (${notes.join(', ')})` : facts.status;
  const halt = facts.halt;
  const parts: string[] = [];
  parts.push(
    `## ${icon(facts.status)} ${inline(facts.workflowName, MAX_CELL_ID_CHARS)} ${code(facts.workflowId)}`
  );
  parts.push(
    `Run ${code(facts.runId)} · status **${escapeHtml(status)}**` +
      (halt ? ` · ${haltPhrase(facts, halt, (id) => code(id))}` : '')
  );
  if (facts.resumes.length > 0) {
    const items = facts.resumes.map((r) => {
      const who = r.actor ? `@${inline(r.actor)}` : 'someone';
      const verdict =
        r.verdict !== null && r.verdict !== undefined
          ? ` with <code>${inline(r.verdict_input ?? 'verdict')}=${inline(r.verdict)}</code>`
          : '';
      const gate = r.gate ? ` at gate ${code(r.gate)}` : '';
      return `<li>Resumed by ${who}${gate}${verdict} (workflow run ${inline(r.github_run_id)}, attempt ${inline(r.github_run_attempt)})</li>`;
    });
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  if (lost) {
    parts.push(
      `> [!CAUTION]\n> **This run cannot be resumed from here**: its state could not be saved to the ` +
        `Actions cache (${inline(facts.cache?.failure ?? '')}). A dispatch with ` +
        'this run id would find only an earlier save of it, if there is one.'
    );
  }
  if (facts.interrupted) {
    parts.push(
      lost
        ? 'The job was cancelled while the run was going: it stopped and was marked paused, but could not be saved.'
        : 'The job was cancelled while the run was going: it stopped, was saved as paused, and resumes from the interrupted step.'
    );
    if (!lost && facts.gate === null && facts.dispatch !== null) {
      const step = halt ? ` at ${code(halt.stepId)}` : '';
      parts.push(
        ...renderDispatch(
          facts.dispatch,
          `**To resume**, dispatch this workflow again with the run id: it goes on${step}.`,
          null,
          facts.pullRequest
        )
      );
    }
  }

  if (facts.distribution && !lost) {
    const { stepId, shards, items } = facts.distribution;
    parts.push(
      `**Distributed:** fan-out ${code(stepId)} handed its ${items} item${items === 1 ? '' : 's'} to ` +
        `${shards} matrix job${shards === 1 ? '' : 's'} (the <code>matrix</code> output). Each runs its ` +
        'shard with <code>shard</code>; a job with <code>gather: true</code> then records them in item order and continues the run.'
    );
  }
  if (facts.gate) parts.push(...renderGate(facts, facts.gate, !lost));
  if (facts.failure) parts.push(...renderFailure(facts, facts.failure, !lost));
  // Under the gate that asks: a reviewer whose answer did not count sees why.
  if (facts.answers.length > 0) {
    parts.push('### Answers');
    parts.push(
      '<table><tr><th>When</th><th>Gate</th><th>Answer</th><th>By</th><th>How</th><th>Result</th><th>Why</th></tr>' +
        `${answerRows(facts, limits).join('')}</table>`
    );
  }

  const { main, fanOuts } = stepRows(facts, limits);
  parts.push('### Steps');
  if (main.length === 0) parts.push('No step has run yet.');
  else {
    parts.push(
      `<table><tr><th>Step</th><th>Type</th><th>Status</th><th>Duration</th></tr>${main.join('')}</table>`
    );
  }
  parts.push(...fanOuts);
  if (limits !== FULL_TABLES) {
    parts.push(
      "<sub>The tables are shortened to fit GitHub's 1 MiB limit for a step summary; the log has every step.</sub>"
    );
  }
  const chart = renderMermaid(facts);
  if (chart) parts.push(chart);
  if (facts.outputsTruncated) {
    parts.push(
      "> [!NOTE]\n> The `outputs` output was cut to fit GitHub's limit for a job's outputs " +
        '(`outputs-truncated` is `true`): long strings keep their end, after a leading `…`.'
    );
  }
  if (facts.cache) parts.push(`<sub>${inline(facts.cache.detail)}</sub>`);
  return parts.join('\n\n') + '\n';
}

/** What the job did not do when it stops with no run to report. */
export type StopStage = 'inputs' | 'start' | 'resume';

/**
 * The summary of a job that stopped with no run to report (an input refused, an unknown run id,
 * a refused resume, an invalid workflow): what did not happen, and why. An invalid workflow's
 * problems are listed with their file (relative to `root`, when inside it) and line.
 */
export function renderStopSummary(
  stage: StopStage,
  runId: string | null,
  error: unknown,
  root?: string
): string {
  const what =
    stage === 'inputs'
      ? 'specflow did not run'
      : stage === 'start'
        ? 'the run was not started'
        : `run ${code(runId ?? '')} was not resumed`;
  const parts: string[] = [];
  if (error instanceof InvalidWorkflowError) {
    const { errors } = error;
    parts.push(`## ❌ specflow: ${what}: workflow ${code(error.source)} is invalid`);
    parts.push(`${errors.length} problem${errors.length === 1 ? '' : 's'}:`);
    const items = errors.slice(0, MAX_PROBLEMS).map((e) => {
      const inProject =
        e.file === undefined || root === undefined ? undefined : path.relative(root, e.file);
      const file =
        inProject === undefined || inProject.startsWith('..') || path.isAbsolute(inProject)
          ? e.file
          : inProject;
      const where = formatLocation({ ...e, file }).replace(/: $/, '');
      return `<li>${where ? `${code(where)} ` : ''}${inline(e.message, MAX_CELL_ERROR_CHARS)}</li>`;
    });
    parts.push(`<ul>${items.join('')}</ul>`);
    if (errors.length > MAX_PROBLEMS) {
      parts.push(`… and ${errors.length - MAX_PROBLEMS} more: the step's log lists them all.`);
    }
  } else {
    parts.push(`## ❌ specflow: ${what}`);
    parts.push(pre(cut(error instanceof Error ? error.message : String(error), MAX_ERROR_CHARS)));
  }
  return parts.join('\n\n') + '\n';
}
