/**
 * The job summary: what the run did and, when it waits at a gate, exactly how to resume it.
 *
 * Gathering (files, environment) is kept apart from rendering, which is a pure function of
 * `SummaryFacts`. Everything that comes from the workflow, its steps or the workspace is
 * HTML-escaped, and file and error text goes in <pre> blocks, so it shows as written and
 * cannot restyle the page.
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
import { isResumable, type RunState } from '../engine/run-state.js';
import type { RunRecord } from '../engine/run-record.js';
import { endedInFailure, gateAnswer } from '../engine/outcome.js';
import { fanOutItemId, topLevelSteps } from '../engine/step-tree.js';
import { readResumeHistory, type ResumeRecord } from './resume-history.js';

/** At most this many characters of a gate's `show_file` go into the summary. */
export const MAX_SHOW_FILE_CHARS = 20_000;
/** The failing step's stderr: at most this many trailing lines and characters. */
export const STDERR_TAIL_LINES = 40;
export const STDERR_TAIL_CHARS = 8_000;
/** Fan-out items listed in the summary (failed ones beyond this are listed too, up to twice it). */
export const MAX_ITEM_ROWS = 200;

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
  /** A pull request's runs save state in the pull request's own cache scope. */
  pullRequest: boolean;
}

export interface FailureFacts {
  stepId: string | null;
  error: string | null;
  stderrTail: string | null;
}

export interface SummaryFacts {
  workflowName: string;
  workflowId: string;
  runId: string;
  status: RunStatus;
  /** Stopped by cancellation (SIGINT) and saved as paused. */
  interrupted: boolean;
  currentStepId: string | null;
  topSteps: { id: string; type: string }[];
  records: Record<string, StepRecord>;
  /** When each recorded step started and finished (state.json's step_timings). */
  timings: Record<string, StepTiming>;
  /** Wall-clock durations measured in this job (ms), preferred over record timestamps. */
  durations: ReadonlyMap<string, number>;
  resumes: ResumeRecord[];
  gate: GateFacts | null;
  failure: FailureFacts | null;
  /** What happened to the run's saved state in this job. */
  cache: CacheFacts | null;
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
}

export async function gatherSummaryFacts(options: GatherOptions): Promise<SummaryFacts> {
  const { record, github } = options;
  const { state, definition } = record;
  const facts: SummaryFacts = {
    workflowName: definition ? pyStr(definition.name) : state.workflowId,
    workflowId: state.workflowId,
    runId: state.runId,
    status: state.status,
    interrupted: options.interrupted ?? false,
    currentStepId: state.currentStepId,
    topSteps: topLevelSteps(definition?.steps),
    records: state.stepResults,
    timings: state.stepTimings,
    durations: options.durations ?? new Map(),
    resumes: readResumeHistory(state.runDir),
    gate: null,
    failure: null,
    cache: options.cache ?? null
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
      ),
      pullRequest: github.eventName?.startsWith('pull_request') ?? false
    };
  }

  if (endedInFailure(state.status)) {
    const failing = failingRecord(state);
    const stderr = failing?.record.output?.stderr;
    facts.failure = {
      stepId: failing?.id ?? state.currentStepId,
      error: state.error,
      stderrTail: typeof stderr === 'string' && stderr.trim() !== '' ? stderrTail(stderr) : null
    };
  }
  return facts;
}

/** The record that failed the run: the current step's, or a failed item of it (fan-out). */
function failingRecord(state: RunState): { id: string; record: StepRecord } | null {
  const id = state.currentStepId;
  const candidates = Object.entries(state.stepResults).filter(
    ([, r]) => r.status === 'failed' && (state.error === null || r.error === state.error)
  );
  const own = id === null ? undefined : candidates.find(([key]) => key === id);
  const item = id === null ? undefined : candidates.find(([key]) => key.startsWith(`${id}:`));
  const chosen = item ?? own ?? candidates[candidates.length - 1];
  return chosen ? { id: chosen[0], record: chosen[1] } : null;
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
  const lines = await readShowFile(file);
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length > MAX_SHOW_FILE_CHARS) {
      kept.push(`… (cut at ${MAX_SHOW_FILE_CHARS} characters)`);
      break;
    }
    kept.push(line);
    size += line.length + 1;
  }
  return { lines: kept, note: null };
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

function pre(text: string): string {
  return `<pre>${escapeHtml(text)}</pre>`;
}

/** A mermaid label: only characters that cannot end the label or start markup pass as is. */
function mermaidText(text: string): string {
  return [...text]
    .map((c) => (/[A-Za-z0-9 _.,:/-]/.test(c) ? c : `#${c.codePointAt(0)};`))
    .join('');
}

const MERMAID_CLASSES: Record<string, string> = {
  completed: 'fill:#d1f7d6,stroke:#1a7f37,color:#0b3d1a',
  paused: 'fill:#fff4c2,stroke:#9a6700,color:#4d3800',
  failed: 'fill:#ffd8d3,stroke:#cf222e,color:#5c0a10',
  aborted: 'fill:#ffd8d3,stroke:#cf222e,color:#5c0a10',
  skipped: 'fill:#eaeef2,stroke:#8c959f,color:#57606a',
  pending: 'fill:#ffffff,stroke:#d0d7de,color:#57606a'
};

export function renderMermaid(facts: SummaryFacts): string {
  if (facts.topSteps.length === 0) return '';
  const lines = ['```mermaid', 'flowchart TD'];
  const used = new Set<string>();
  facts.topSteps.forEach((step, i) => {
    const record = recordOf(facts, step.id);
    let status: string = record?.status ?? 'pending';
    if (!record && step.id === facts.currentStepId && facts.status === RunStatus.Paused) {
      status = 'paused'; // interrupted while running: it starts again on resume
    }
    if (record?.status === 'failed' && record.output?.aborted) status = 'aborted';
    // A fan-out records itself completed even when one of its items halted the run.
    if (facts.failure?.stepId?.startsWith(`${step.id}:`)) status = facts.status;
    let label = `${step.id}<br/>${step.type}`;
    if (record && record.type === 'fan-out') {
      const items = itemIdsOf(step.id, record);
      const failed = items.filter((id) => recordOf(facts, id)?.status === 'failed').length;
      label = `${step.id}<br/>fan-out: ${items.length} items${failed ? `, ${failed} failed` : ''}`;
    }
    const safeLabel = label.split('<br/>').map(mermaidText).join('<br/>');
    lines.push(`  s${i}["${safeLabel}"]:::${status}`);
    used.add(status);
    if (i > 0) lines.push(`  s${i - 1} --> s${i}`);
  });
  for (const status of used) {
    lines.push(`  classDef ${status} ${getOr(MERMAID_CLASSES, status, MERMAID_CLASSES.pending)}`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** Records in the order the steps ran (JS would list integer-like ids first). */
const recordsInOrder = (facts: SummaryFacts): [string, StepRecord][] =>
  pyKeys(facts.records).map((id) => [id, facts.records[id]]);

function stepRows(facts: SummaryFacts): { main: string[]; fanOuts: string[] } {
  const itemIds = new Set<string>();
  const fanOuts: string[] = [];
  for (const [id, record] of recordsInOrder(facts)) {
    const items = itemIdsOf(id, record);
    if (items.length === 0) continue;
    items.forEach((i) => itemIds.add(i));
    // GitHub drops a step summary over 1 MiB: list the first items, and every failed one.
    const shown = items
      .map((itemId, n) => ({ itemId, n }))
      .filter(
        ({ itemId, n }) =>
          n < MAX_ITEM_ROWS ||
          (n < 2 * MAX_ITEM_ROWS && recordOf(facts, itemId)?.status === 'failed')
      );
    const rows = shown.map(({ itemId, n }) => {
      const item = recordOf(facts, itemId);
      if (!item)
        return `<tr><td>${n}</td><td><code>${escapeHtml(itemId)}</code></td><td>⚪ not run</td><td>—</td></tr>`;
      const error = item.error ? `<br/>${escapeHtml(item.error)}` : '';
      return (
        `<tr><td>${n}</td><td><code>${escapeHtml(itemId)}</code></td>` +
        `<td>${icon(item.status)} ${escapeHtml(item.status)}${error}</td>` +
        `<td>${durationOf(itemId, item, facts)}</td></tr>`
      );
    });
    if (shown.length < items.length) {
      rows.push(
        `<tr><td colspan="4">… ${items.length - shown.length} more items not listed</td></tr>`
      );
    }
    const done = items.filter((i) => recordOf(facts, i)?.status === 'completed').length;
    fanOuts.push(
      `<details><summary>Fan-out <code>${escapeHtml(id)}</code>: ${done} of ${items.length} items completed</summary>\n\n` +
        `<table><tr><th>#</th><th>Item step</th><th>Status</th><th>Duration</th></tr>${rows.join('')}</table>\n\n</details>`
    );
  }
  const main: string[] = [];
  for (const [id, record] of recordsInOrder(facts)) {
    if (itemIds.has(id)) continue;
    const error = record.error ? `<br/>${escapeHtml(record.error)}` : '';
    main.push(
      `<tr><td><code>${escapeHtml(id)}</code></td><td>${escapeHtml(pyStr(record.type ?? ''))}</td>` +
        `<td>${icon(record.status)} ${escapeHtml(record.status)}${error}</td>` +
        `<td>${durationOf(id, record, facts)}</td></tr>`
    );
  }
  if (facts.interrupted && facts.currentStepId !== null && !recordOf(facts, facts.currentStepId)) {
    main.push(
      `<tr><td><code>${escapeHtml(facts.currentStepId)}</code></td><td></td>` +
        `<td>${icon('interrupted')} interrupted (runs again on resume)</td><td>—</td></tr>`
    );
  }
  return { main, fanOuts };
}

/** `resumable`: false when the run's state was lost, so nothing here may offer a resume. */
function renderGate(gate: GateFacts, resumable: boolean): string[] {
  const parts: string[] = [];
  parts.push(`### ⏸️ Waiting at gate <code>${escapeHtml(gate.stepId)}</code>`);
  if (gate.message) parts.push(pre(gate.message));
  if (gate.showFile !== null) {
    if (gate.showFileLines !== null) {
      parts.push(
        `<details open><summary><code>${escapeHtml(gate.showFile)}</code></summary>\n\n` +
          `${pre(gate.showFileLines.join('\n'))}\n\n</details>`
      );
    } else {
      parts.push(
        `<code>${escapeHtml(gate.showFile)}</code>: ${escapeHtml(gate.showFileNote ?? '')}`
      );
    }
  }
  if (gate.options.length > 0) {
    parts.push(`Options: ${gate.options.map((o) => `<code>${escapeHtml(o)}</code>`).join(', ')}`);
  }
  if (!resumable) return parts;
  const resume = gate.resume;
  parts.push('**To resume**, dispatch this workflow again with the run id and the verdict:');
  parts.push('```sh\n' + resume.command + '\n```');
  const others = gate.options.filter((o) => o !== gate.approveWith);
  if (resume.inputs.verdict !== null && others.length > 0) {
    parts.push(
      `(or <code>-f ${escapeHtml(resume.inputs.verdict)}=${others.map(escapeHtml).join('</code> / <code>')}</code>)`
    );
  }
  if (resume.workflowUrl) {
    parts.push(
      `Or use **Run workflow** on [the workflow's page](${resume.workflowUrl})` +
        (resume.ref ? ` (branch <code>${escapeHtml(resume.ref)}</code>)` : '') +
        ` with <code>${escapeHtml(resume.inputs.runId)}</code> set to the run id` +
        (resume.inputs.verdict !== null
          ? ` and <code>${escapeHtml(resume.inputs.verdict)}</code> to the verdict.`
          : '.')
    );
  }
  if (gate.verdictInput === null) {
    parts.push(
      '> [!WARNING]\n> This gate has no `verdict_input`, so a resume cannot answer it: in CI it pauses again. ' +
        "Give the gate a `verdict_input` and pass it through the Action's `inputs`."
    );
  } else if (resume.inputs.verdict === null) {
    parts.push(
      `> [!WARNING]\n> The calling workflow passes no dispatch input into \`${gate.verdictInput}\`. Add it to the ` +
        `Action's \`inputs\`, e.g. \`${gate.verdictInput}: \${{ inputs.verdict }}\`.`
    );
  }
  if (gate.pullRequest) {
    parts.push(
      '> [!NOTE]\n> This run started from a pull request, whose saved state only that pull request can see: ' +
        'a dispatch on a branch cannot resume it.'
    );
  }
  return parts;
}

export function renderSummary(facts: SummaryFacts): string {
  // A run that could be resumed but whose save failed: nothing may look resumable.
  const lost = facts.cache?.failure != null && isResumable(facts.status);
  const notes = [facts.interrupted && 'interrupted', lost && 'not saved'].filter(Boolean);
  const status = notes.length > 0 ? `${facts.status} (${notes.join(', ')})` : facts.status;
  const parts: string[] = [];
  parts.push(
    `## ${icon(facts.status)} ${escapeHtml(facts.workflowName)} <code>${escapeHtml(facts.workflowId)}</code>`
  );
  parts.push(
    `Run <code>${escapeHtml(facts.runId)}</code> · status **${escapeHtml(status)}**` +
      (facts.currentStepId ? ` · current step <code>${escapeHtml(facts.currentStepId)}</code>` : '')
  );
  if (facts.resumes.length > 0) {
    const items = facts.resumes.map((r) => {
      const who = r.actor ? `@${escapeHtml(r.actor)}` : 'someone';
      const verdict =
        r.verdict !== null && r.verdict !== undefined
          ? ` with <code>${escapeHtml(r.verdict_input ?? 'verdict')}=${escapeHtml(r.verdict)}</code>`
          : '';
      const gate = r.gate ? ` at gate <code>${escapeHtml(r.gate)}</code>` : '';
      return `<li>Resumed by ${who}${gate}${verdict} (workflow run ${escapeHtml(r.github_run_id)}, attempt ${escapeHtml(r.github_run_attempt)})</li>`;
    });
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  if (lost) {
    parts.push(
      `> [!CAUTION]\n> **This run cannot be resumed from here**: its state could not be saved to the ` +
        `Actions cache (${escapeHtml(facts.cache?.failure ?? '').replace(/\n/g, ' ')}). A dispatch with ` +
        'this run id would find only an earlier save of it, if there is one.'
    );
  }
  if (facts.interrupted) {
    parts.push(
      lost
        ? 'The job was cancelled while the run was going: it stopped and was marked paused, but could not be saved.'
        : 'The job was cancelled while the run was going: it stopped, was saved as paused, and resumes from the interrupted step.'
    );
  }

  if (facts.gate) parts.push(...renderGate(facts.gate, !lost));

  if (facts.failure) {
    parts.push(
      `### ${facts.status === RunStatus.Aborted ? '⛔ Aborted' : '❌ Failed'}` +
        (facts.failure.stepId ? ` at <code>${escapeHtml(facts.failure.stepId)}</code>` : '')
    );
    if (facts.failure.error) parts.push(pre(facts.failure.error));
    if (facts.failure.stderrTail) {
      parts.push(
        `<details open><summary>End of the step's stderr</summary>\n\n${pre(facts.failure.stderrTail)}\n\n</details>`
      );
    }
  }

  const { main, fanOuts } = stepRows(facts);
  parts.push('### Steps');
  if (main.length === 0) parts.push('No step has run yet.');
  else {
    parts.push(
      `<table><tr><th>Step</th><th>Type</th><th>Status</th><th>Duration</th></tr>${main.join('')}</table>`
    );
  }
  parts.push(...fanOuts);
  const chart = renderMermaid(facts);
  if (chart) parts.push(chart);
  if (facts.cache) parts.push(`<sub>${escapeHtml(facts.cache.detail)}</sub>`);
  return parts.join('\n\n') + '\n';
}
