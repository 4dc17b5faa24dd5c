/**
 * What waits for review (`list-paused`): every paused run under the cache key prefix, found
 * among the cache entries and the artifacts, each read from its newest save with the checks a
 * resume applies, into a private folder (never the project). A run whose state does not load,
 * or whose workflow is gone from the checkout, is listed as damaged, not hidden.
 *
 * With `keep-alive`, each paused run's newest cache entry is read, which is what keeps the cache
 * from evicting it; a run with only its artifact left is said to be so.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import * as path from 'node:path';
import PQueue from 'p-queue';
import { gateAnswer } from '../engine/outcome.js';
import { loadRunRecord, type RunRecord } from '../engine/run-record.js';
import { RunStatus } from '../engine/types.js';
import { waitedDays, waitingView, type WaitingView } from '../engine/waiting.js';
import type { ArtifactTransport } from './artifact-transport.js';
import { privateFolder } from './cache-entry.js';
import { parseAnySaveKey } from './cache-keys.js';
import {
  ActionsCacheRunStore,
  RunCacheError,
  restoreRunFromCache,
  type RestoreRunResult
} from './cache-store.js';
import type { CacheTransport } from './cache-transport.js';
import type { EntryLimits } from './entry-contents.js';
import type { GithubApi } from './github-api.js';
import { readCallerWorkflow, resumeInstructions, type GithubContext } from './github-context.js';
import { readReviewRecord } from './review-record.js';
import { describePolicy, type ReviewPolicy } from './review-policy.js';
import { escapeHtml, inline, safeLink } from './summary.js';

/** Runs read at once: each is a download and an extraction. */
const READ_CONCURRENCY = 4;
/** Rows in the summary table; the output holds them all. */
export const MAX_LISTED_ROWS = 200;

export interface PausedRunsRequest {
  prefix: string;
  persistPaths: string[];
  stateKey: string;
  limits: EntryLimits;
  /** The job's project root: where workflows are looked for (never written). */
  root: string;
  /** The `workflow` input, when given: runs of its id have their workflow. */
  workflowIds: ReadonlySet<string>;
  policy: ReviewPolicy;
  github: GithubContext;
  keepAlive: boolean;
  api: GithubApi;
  cache: CacheTransport;
  /** Every branch's artifacts of the repository (not forks'); null when runs are not kept so. */
  artifacts: ArtifactTransport | null;
  /** False with `state-store: artifact`. */
  cacheRuns: boolean;
  now: () => Date;
  /** The branches whose cache entries this job can read (its own, the default one). */
  branches: readonly string[];
  tempDir?: string;
}

/** One row of the list, as the `paused-runs` output holds it. */
export interface PausedRun {
  run_id: string;
  /** `paused`, or `damaged` when its state or workflow cannot be read. */
  state: 'paused' | 'damaged';
  workflow_id: string;
  workflow_name: string | null;
  gate: string | null;
  message: string | null;
  options: string[] | null;
  waiting_since: string | null;
  waited_days: number | null;
  /** The pull request or issue its review happens on. */
  thread: { kind: 'pull_request' | 'issue'; number: number; url: string | null } | null;
  /** Who may answer (this job's review policy). */
  policy: string;
  resume_command: string | null;
  /** The branch its newest save was made on, when known. */
  branch: string | null;
  /** Its newest save, and where each home has it. */
  key: string;
  cache_key: string | null;
  artifact: string | null;
  /** With keep-alive: its newest cache entry was read; false when only the artifact is left. */
  kept_alive: boolean | null;
  problem: string | null;
  /** With expire-after-days: what was done about it having waited too long. */
  expired: string | null;
}

interface FoundSave {
  runId: string;
  workflowId: string;
  sequence: number;
  key: string;
  branch: string | null;
  home: 'cache' | 'artifact';
}

/** The paused runs, oldest waiting first; damaged ones last. */
export async function listPausedRuns(request: PausedRunsRequest): Promise<PausedRun[]> {
  const saves = await findSaves(request);
  const byRun = new Map<string, FoundSave[]>();
  for (const save of saves) byRun.set(save.runId, [...(byRun.get(save.runId) ?? []), save]);
  const queue = new PQueue({ concurrency: READ_CONCURRENCY });
  const rows = await Promise.all(
    [...byRun.entries()].map(([runId, found]) => queue.add(() => readRun(request, runId, found)))
  );
  return rows
    .filter((row): row is PausedRun => row !== null)
    .sort(
      (a, b) =>
        Number(a.state === 'damaged') - Number(b.state === 'damaged') ||
        (a.waiting_since ?? '').localeCompare(b.waiting_since ?? '') ||
        a.run_id.localeCompare(b.run_id)
    );
}

async function findSaves(request: PausedRunsRequest): Promise<FoundSave[]> {
  const { prefix } = request;
  const found: FoundSave[] = [];
  if (request.cacheRuns) {
    for (const entry of await request.api.listCacheEntries(`${prefix}-`)) {
      const parts = parseAnySaveKey(entry.key, prefix);
      if (parts === undefined) continue;
      found.push({
        runId: parts.runId,
        workflowId: parts.workflowId,
        sequence: parts.sequence,
        key: entry.key,
        branch: entry.ref.replace(/^refs\/heads\//, '') || null,
        home: 'cache'
      });
    }
  }
  if (request.artifacts !== null) {
    const artifacts = await request.artifacts.saves(
      `${prefix}-`,
      (key) => parseAnySaveKey(key, prefix)?.sequence ?? null
    );
    for (const save of artifacts) {
      const parts = parseAnySaveKey(save.key, prefix)!;
      found.push({
        runId: parts.runId,
        workflowId: parts.workflowId,
        sequence: parts.sequence,
        key: save.key,
        branch: save.artifact.headBranch,
        home: 'artifact'
      });
    }
  }
  return found;
}

async function readRun(
  request: PausedRunsRequest,
  runId: string,
  found: FoundSave[]
): Promise<PausedRun | null> {
  const newest = found.reduce((a, b) => (b.sequence > a.sequence ? b : a));
  const inCache = found
    .filter((save) => save.home === 'cache')
    .sort((a, b) => b.sequence - a.sequence)[0];
  const asArtifact = found
    .filter((save) => save.home === 'artifact')
    .sort((a, b) => b.sequence - a.sequence)[0];
  const row: PausedRun = {
    run_id: runId,
    state: 'damaged',
    workflow_id: newest.workflowId,
    workflow_name: null,
    gate: null,
    message: null,
    options: null,
    waiting_since: null,
    waited_days: null,
    thread: null,
    policy: describePolicy(request.policy),
    resume_command: null,
    branch: newest.branch,
    key: newest.key,
    cache_key: inCache?.key ?? null,
    artifact: asArtifact?.key ?? null,
    kept_alive: null,
    problem: null,
    expired: null
  };
  const folder = await privateFolder(request.tempDir, 'specflow-list-');
  try {
    let restored: RestoreRunResult;
    try {
      restored = await new ActionsCacheRunStore(
        request.cache,
        request.artifacts,
        request.cacheRuns
      ).restore({
        root: folder,
        prefix: request.prefix,
        runId,
        persistPaths: request.persistPaths,
        stateKey: request.stateKey,
        limits: request.limits
      });
    } catch (error) {
      const elsewhere =
        error instanceof RunCacheError &&
        error.reason === 'not-found' &&
        newest.home === 'cache' &&
        newest.branch !== null &&
        !request.branches.includes(newest.branch);
      row.problem = elsewhere
        ? `it was saved on ${newest.branch}, whose cache entries this job cannot read (it reads ${request.branches.join(' and ') || 'none'}): list it from there`
        : `its newest save could not be read: ${message(error)}`;
      return row;
    }
    row.key = restored.key;
    let record: RunRecord;
    try {
      record = loadRunRecord(folder, runId);
    } catch (error) {
      row.problem = `its state does not load: ${message(error)}`;
      return row;
    }
    if (record.state.status !== RunStatus.Paused) return null;
    if (request.keepAlive) row.kept_alive = await keepAlive(request, runId, restored, inCache);
    describeWaiting(row, record, request, folder);
    return row;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Read the run's newest cache entry (a read is what the cache's eviction counts); false when
 * the run has no cache entry left, or this job cannot see it.
 */
async function keepAlive(
  request: PausedRunsRequest,
  runId: string,
  restored: RestoreRunResult,
  inCache: FoundSave | undefined
): Promise<boolean> {
  if (!request.cacheRuns || inCache === undefined) return false;
  if (!restored.fromArtifact) return true;
  const folder = await privateFolder(request.tempDir, 'specflow-keep-');
  try {
    await restoreRunFromCache({
      root: folder,
      prefix: request.prefix,
      runId,
      persistPaths: request.persistPaths,
      stateKey: request.stateKey,
      limits: request.limits,
      transport: request.cache
    });
    return true;
  } catch {
    return false;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function describeWaiting(
  row: PausedRun,
  record: RunRecord,
  request: PausedRunsRequest,
  folder: string
): void {
  const view: WaitingView = waitingView(record);
  row.workflow_id = view.workflow_id;
  row.workflow_name = view.workflow_name;
  row.gate = view.gate;
  row.message = view.message;
  row.options = view.options;
  row.waiting_since = view.waiting_since;
  row.waited_days = waitedDays(view, request.now());
  const review = readReviewRecord(folder, row.run_id);
  if (review?.thread) {
    const { kind, number } = review.thread;
    const { repository, serverUrl } = request.github;
    row.thread = {
      kind,
      number,
      url: repository
        ? `${serverUrl}/${repository}/${kind === 'pull_request' ? 'pull' : 'issues'}/${number}`
        : null
    };
  }
  const answer = gateAnswer(record);
  const onBranch = { ...request.github, refName: row.branch ?? request.github.refName };
  row.resume_command = resumeInstructions(
    onBranch,
    row.run_id,
    answer?.verdictInput ?? null,
    answer?.approveWith ?? null,
    readCallerWorkflow(request.github)
  ).command;
  const gone = workflowProblem(request, view.workflow_id);
  row.state = gone === null ? 'paused' : 'damaged';
  row.problem = gone;
}

/** Why the run's workflow cannot be resumed from this checkout; null when it can. */
function workflowProblem(request: PausedRunsRequest, workflowId: string): string | null {
  if (request.workflowIds.has(workflowId)) return null;
  const installed = path.join(request.root, '.specify', 'workflows', workflowId, 'workflow.yml');
  if (existsSync(installed)) return null;
  return (
    `its workflow ${workflowId} is gone from this checkout ` +
    `(neither the workflow input's nor installed under .specify/workflows/${workflowId}/)`
  );
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The job summary's table of paused runs. */
export function renderPausedRuns(
  rows: readonly PausedRun[],
  facts: { prefix: string; keepAlive: boolean; listingCut?: number | null }
): string {
  const lines = [`## Paused runs under \`${escapeHtml(facts.prefix)}\``, ''];
  if (facts.listingCut) {
    lines.push(
      `> [!WARNING]\n> The artifact listing stopped at the repository's newest ${facts.listingCut} artifacts: runs kept only in older ones are not listed.`,
      ''
    );
  }
  if (rows.length === 0) {
    lines.push('No run waits for review.', '');
    return lines.join('\n');
  }
  const damaged = rows.filter((row) => row.state === 'damaged').length;
  // An HTML table, not a Markdown one: its cells hold text from saved state (a gate message may
  // quote what an agent wrote), and in a Markdown table a `|` there would end its cell (pushing
  // the genuine resume command out and putting the text's own in its place), while URLs, host
  // names and addresses there would become links. Inside an HTML block neither happens.
  const th = (names: string[]): string => names.map((name) => `<th>${name}</th>`).join('');
  lines.push(
    `${rows.length - damaged} paused${damaged > 0 ? `, ${damaged} damaged` : ''}.`,
    '',
    '<table>',
    `<tr>${th(['Run', 'Workflow', 'Gate', 'Message', 'Waiting since', 'Thread', 'Who may answer', 'Resume'])}</tr>`
  );
  for (const row of rows.slice(0, MAX_LISTED_ROWS)) {
    const notes: string[] = [];
    if (row.state === 'damaged') notes.push(`⚠️ damaged: ${row.problem ?? ''}`);
    if (facts.keepAlive && row.kept_alive === false) notes.push('only its artifact is left');
    if (row.expired !== null) notes.push(`⌛ ${row.expired}`);
    const cell = (text: string | null, max = 200): string =>
      text === null || text === '' ? '-' : inline(text, max);
    const cells = [
      `<code>${cell(row.run_id, 128)}</code>${notes.length > 0 ? `<br>${notes.map((n) => inline(n, 400)).join('<br>')}` : ''}`,
      cell(row.workflow_name ?? row.workflow_id, 100),
      row.gate === null ? '-' : `<code>${cell(row.gate, 100)}</code>`,
      cell(row.message),
      `${cell(row.waiting_since, 40)}${row.waited_days === null ? '' : ` (${Math.floor(row.waited_days)} d)`}`,
      row.thread === null
        ? '-'
        : safeLink(
            row.thread.url,
            `${row.thread.kind === 'pull_request' ? 'PR' : 'issue'} #${row.thread.number}`
          ),
      cell(row.policy, 300),
      row.resume_command === null ? '-' : `<code>${cell(row.resume_command, 400)}</code>`
    ];
    lines.push(`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
  }
  lines.push('</table>');
  if (rows.length > MAX_LISTED_ROWS) {
    lines.push(
      '',
      `… and ${rows.length - MAX_LISTED_ROWS} more (all are in the paused-runs output).`
    );
  }
  lines.push('');
  return lines.join('\n');
}
