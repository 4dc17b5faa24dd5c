/**
 * The gate comes to the reviewer: which pull request or issue a run's review happens on, the one
 * comment the run keeps there (found again by its marker), and the commit status that mirrors
 * the run. Everything here is best effort: a token without the permission it needs gets one
 * warning saying which, and the run goes on with the job summary alone.
 */
import type { RunStatus } from '../engine/types.js';
import type { ReviewIssueChoice } from './inputs.js';
import { parseReviewMarker, type ReviewMarker } from './review-comment.js';
import type { ReviewThread } from './review-record.js';

/** A comment on an issue or pull request, as the API gives it. */
export interface ThreadComment {
  id: number;
  body: string;
  user: string;
  userType: string | null;
  createdAt: string;
  /** When it was last edited (equal to createdAt when never); null when the API does not say. */
  updatedAt: string | null;
  url: string | null;
}

/** The API calls this module makes (github-api.ts's client has them). */
export interface ThreadApi {
  pullRequestsForCommit(sha: string): Promise<number[]>;
  createIssue(title: string, body: string): Promise<{ number: number; url: string | null }>;
  listComments(issueNumber: number): Promise<ThreadComment[]>;
  createComment(issueNumber: number, body: string): Promise<ThreadComment>;
  updateComment(commentId: number, body: string): Promise<ThreadComment>;
  setCommitStatus(
    sha: string,
    state: 'pending' | 'success' | 'failure' | 'error',
    context: string,
    description: string,
    targetUrl?: string | null
  ): Promise<void>;
}

/** A failed call's HTTP status and the permission it lacked, when the error says so. */
export interface ApiFailure {
  status?: number;
  needs?: string | null;
  message: string;
}

/** One warning per missing permission (or other failure) in a job, never the step's failure. */
export class ReviewWarnings {
  private readonly said = new Set<string>();
  constructor(private readonly warn: (message: string) => void) {}

  failed(what: string, error: unknown): void {
    const failure = error as Partial<ApiFailure>;
    const needs = typeof failure?.needs === 'string' ? failure.needs : null;
    const key = needs ?? what;
    if (this.said.has(key)) return;
    this.said.add(key);
    const message = error instanceof Error ? error.message : String(error);
    this.warn(
      needs !== null
        ? `Could not ${what}: the token needs \`${needs}\` (add it under permissions:). The job summary has everything the comment would have said.`
        : `Could not ${what}: ${message}. The job summary has everything the comment would have said.`
    );
  }
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** The pull request or issue the event is about, from its payload (any field may be missing). */
export function eventThread(payload: unknown): ReviewThread | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const data = payload as Record<string, unknown>;
  const pull = data.pull_request as Record<string, unknown> | undefined;
  if (typeof pull === 'object' && pull !== null && isCount(pull.number)) {
    return { kind: 'pull_request', number: pull.number };
  }
  const issue = data.issue as Record<string, unknown> | undefined;
  if (typeof issue === 'object' && issue !== null && isCount(issue.number)) {
    const isPull = typeof issue.pull_request === 'object' && issue.pull_request !== null;
    return { kind: isPull ? 'pull_request' : 'issue', number: issue.number };
  }
  return null;
}

/** Whether two threads are the same (pull requests and issues share one number space). */
export function sameThread(a: ReviewThread | null, b: ReviewThread | null): boolean {
  return a !== null && b !== null && a.number === b.number;
}

/**
 * Where a new run's review happens, by `review-issue`: the event's thread, else for a commit
 * (a push, a dispatch) its open pull request; a number; a new issue; or nowhere.
 */
export async function chooseThread(
  api: ThreadApi,
  choice: ReviewIssueChoice,
  facts: { payload: unknown; sha: string | null; runId: string; workflowName: string },
  warnings: ReviewWarnings
): Promise<ReviewThread | null> {
  if (choice === 'none') return null;
  if (typeof choice === 'number') return { kind: 'issue', number: choice };
  if (choice === 'new') {
    try {
      const issue = await api.createIssue(
        `specflow: run ${facts.runId} of ${facts.workflowName} waits for review`,
        `The specflow run \`${facts.runId}\` reports its gates here.`
      );
      return { kind: 'issue', number: issue.number };
    } catch (error) {
      warnings.failed('open an issue for the run', error);
      return null;
    }
  }
  const fromEvent = eventThread(facts.payload);
  if (fromEvent !== null) return fromEvent;
  if (facts.sha === null) return null;
  try {
    const pulls = await api.pullRequestsForCommit(facts.sha);
    return pulls.length > 0 ? { kind: 'pull_request', number: pulls[0] } : null;
  } catch (error) {
    warnings.failed(`find the pull request of commit ${facts.sha}`, error);
    return null;
  }
}

/** The comments on a thread that are a run's own (by their marker), written by a bot. */
export function runComments(
  comments: readonly ThreadComment[],
  filter: (marker: ReviewMarker) => boolean
): { comment: ThreadComment; marker: ReviewMarker }[] {
  const found: { comment: ThreadComment; marker: ReviewMarker }[] = [];
  for (const comment of comments) {
    // Anyone can write a marker; only the Action's own comments (a bot's) are taken for one.
    if (comment.userType !== 'Bot') continue;
    const marker = parseReviewMarker(comment.body);
    if (marker !== null && filter(marker)) found.push({ comment, marker });
  }
  return found;
}

/**
 * Post the run's comment, or edit the one it has (by id, else found by its marker). Returns the
 * comment's id, or null when it could not be written (warned).
 */
export async function publishComment(
  api: ThreadApi,
  thread: ReviewThread,
  runId: string,
  knownId: number | null,
  body: string,
  warnings: ReviewWarnings
): Promise<number | null> {
  const where = `${thread.kind === 'pull_request' ? 'pull request' : 'issue'} #${thread.number}`;
  try {
    let id = knownId;
    if (id === null) {
      const own = runComments(await api.listComments(thread.number), (m) => m.runId === runId);
      id = own.length > 0 ? own[own.length - 1].comment.id : null;
    }
    if (id !== null) {
      try {
        return (await api.updateComment(id, body)).id;
      } catch (error) {
        // Deleted meanwhile: post a new one.
        if ((error as Partial<ApiFailure>).status !== 404) throw error;
      }
    }
    return (await api.createComment(thread.number, body)).id;
  } catch (error) {
    warnings.failed(`comment on ${where}`, error);
    return null;
  }
}

/** `specflow/<workflow id>` on the commit the run started from, mirroring where the run is. */
export async function publishCommitStatus(
  api: ThreadApi,
  facts: {
    sha: string;
    workflowId: string;
    status: RunStatus;
    gate: string | null;
    targetUrl: string | null;
  },
  warnings: ReviewWarnings
): Promise<void> {
  const { status, gate } = facts;
  const state = status === 'completed' ? 'success' : status === 'paused' ? 'pending' : 'failure';
  const description =
    status === 'paused'
      ? gate !== null
        ? `waiting for review at ${gate}`
        : 'paused'
      : `run ${status}`;
  try {
    await api.setCommitStatus(
      facts.sha,
      state,
      `specflow/${facts.workflowId}`,
      description,
      facts.targetUrl
    );
  } catch (error) {
    warnings.failed(`set the commit status specflow/${facts.workflowId}`, error);
  }
}
