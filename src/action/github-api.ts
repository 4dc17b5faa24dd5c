/**
 * The few GitHub REST calls the review needs, through Octokit from `@actions/github` (pointed at
 * the runner's GITHUB_API_URL, so GHES and the tests' stand-in are reached the same way). Every
 * failure becomes a GithubApiError that says which permission was missing, when that is why.
 */
import { getOctokit } from '@actions/github';
import { LOGIN, type AccountChecks } from './review-policy.js';
import type { ThreadApi, ThreadComment } from './review-thread.js';
import { MAX_COMMENT_CHARS } from './review-comment.js';

export class GithubApiError extends Error {
  override readonly name = 'GithubApiError';
  constructor(
    message: string,
    readonly status: number,
    /** The permission the token lacked (e.g. `issues: write`), when that is the cause. */
    readonly needs: string | null
  ) {
    super(message);
  }
}

/** A pull-request review as the API gives it. */
export interface PullReview {
  id: number;
  state: string;
  body: string;
  user: string;
  userType: string | null;
  submittedAt: string | null;
  url: string | null;
}

export interface GithubApi extends ThreadApi, AccountChecks {
  readonly owner: string;
  readonly repo: string;
  getComment(commentId: number): Promise<(ThreadComment & { issueNumber: number | null }) | null>;
  getReview(pullNumber: number, reviewId: number): Promise<PullReview | null>;
  reactToComment(commentId: number, content: '+1' | '-1' | 'eyes' | 'confused'): Promise<void>;
  dispatchWorkflow(
    workflowFile: string,
    ref: string,
    inputs: Record<string, string>
  ): Promise<void>;
  /**
   * The repository's artifacts whose names start with `namePrefix`, newest first; `cut` when
   * the listing stopped at its bound (MAX_LIST_PAGES pages of 100) with more to come.
   */
  listArtifacts(namePrefix: string): Promise<{ artifacts: ListedArtifact[]; cut: boolean }>;
  deleteArtifact(artifactId: number): Promise<void>;
  /** The repository's cache entries (every branch) whose keys start with `keyPrefix`. */
  listCacheEntries(keyPrefix: string): Promise<ListedCacheEntry[]>;
}

/** A workflow artifact as the REST listing describes it (every field is the API's word). */
export interface ListedArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string | null;
  /** The workflow run that uploaded it. */
  githubRunId: number | null;
  headBranch: string | null;
  /** Whose code that run ran: another id than the repository's means a fork's pull request. */
  headRepositoryId: number | null;
  repositoryId: number | null;
}

export interface ListedCacheEntry {
  id: number;
  key: string;
  ref: string;
  sizeInBytes: number;
  lastAccessedAt: string | null;
  createdAt: string | null;
}

const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const MAX_COMMENTS = 1000;
/** Pages of 100 read at most from a listing, so a repository full of artifacts cannot stall a job. */
const MAX_LIST_PAGES = 100;
/** How many artifacts (or cache entries) a listing reads at most, the newest first. */
export const MAX_LISTED = MAX_LIST_PAGES * 100;
/** Comments on a pull request are issue comments: either permission lets the token write them. */
const COMMENT_WRITE = 'issues: write (pull-requests: write on a pull request)';

function login(value: string): string {
  if (!LOGIN.test(value))
    throw new GithubApiError(`${JSON.stringify(value)} is not a GitHub login`, 0, null);
  return value;
}

/** GitHub refuses longer bodies: cut, saying so, rather than lose the comment. */
function capped(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = '\n\n… (cut to fit GitHub’s limit on a comment)\n';
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function comment(data: Record<string, unknown>): ThreadComment & { issueNumber: number | null } {
  const user = (data.user ?? {}) as Record<string, unknown>;
  const issueUrl = text(data.issue_url);
  const number = /\/issues\/(\d+)$/.exec(issueUrl);
  return {
    id: Number(data.id),
    body: text(data.body),
    user: text(user.login),
    userType: textOrNull(user.type),
    createdAt: text(data.created_at),
    updatedAt: textOrNull(data.updated_at),
    url: textOrNull(data.html_url),
    issueNumber: number ? Number(number[1]) : null
  };
}

/**
 * The client for the job's repository (`GITHUB_REPOSITORY`). `needs` on each call names the
 * permission a 403/404 on it most likely means is missing.
 */
export function githubApi(
  token: string,
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number } = {}
): GithubApi {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || !LOGIN.test(owner) || !SLUG.test(repo)) {
    throw new GithubApiError(
      `GITHUB_REPOSITORY is ${JSON.stringify(env.GITHUB_REPOSITORY ?? '')}, not owner/name`,
      0,
      null
    );
  }
  if (!token) throw new GithubApiError('no github-token to call the GitHub API with', 0, null);
  const octokit = getOctokit(token, {
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com'
  });
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call(
    route: string,
    params: Record<string, unknown>,
    needs: string | null
  ): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }> {
    try {
      const response = await octokit.request(route, {
        owner,
        repo,
        ...params,
        request: { signal: AbortSignal.timeout(timeoutMs) }
      });
      return response as unknown as {
        status: number;
        data: unknown;
        headers: Record<string, unknown>;
      };
    } catch (error) {
      const status = Number((error as { status?: unknown }).status) || 0;
      const message = error instanceof Error ? error.message : String(error);
      const denied =
        status === 403 ||
        (status === 404 && needs !== null && /write/.test(needs)) ||
        /not accessible by integration/i.test(message);
      const lacks = denied && needs !== null ? needs : null;
      throw new GithubApiError(
        `${route.replace(/\{owner\}\/\{repo\}/, `${owner}/${repo}`)}: ${status || 'no answer'} ${message}` +
          (lacks !== null ? ` (the token needs ${lacks})` : ''),
        status,
        lacks
      );
    }
  }
  const notFound = (error: unknown): boolean =>
    error instanceof GithubApiError && error.status === 404;

  return {
    owner,
    repo,
    async pullRequestsForCommit(sha) {
      if (!/^[0-9a-f]{7,64}$/.test(sha)) return [];
      const { data } = await call(
        'GET /repos/{owner}/{repo}/commits/{sha}/pulls',
        { sha },
        'pull-requests: read'
      );
      const pulls = Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
      const open = pulls.filter((p) => p.state === 'open');
      return [...open, ...pulls.filter((p) => p.state !== 'open')]
        .map((p) => Number(p.number))
        .filter((n) => Number.isSafeInteger(n) && n > 0);
    },
    async createIssue(title, body) {
      const { data } = await call(
        'POST /repos/{owner}/{repo}/issues',
        { title: title.slice(0, 256), body: capped(body) },
        'issues: write'
      );
      const issue = data as Record<string, unknown>;
      return { number: Number(issue.number), url: textOrNull(issue.html_url) };
    },
    async listComments(issueNumber) {
      const comments: ThreadComment[] = [];
      for (let page = 1; comments.length < MAX_COMMENTS; page++) {
        const { data } = await call(
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          { issue_number: issueNumber, per_page: 100, page },
          'issues: read'
        );
        const batch = Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
        comments.push(...batch.map(comment));
        if (batch.length < 100) break;
      }
      return comments.slice(0, MAX_COMMENTS);
    },
    async getComment(commentId) {
      try {
        const { data } = await call(
          'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
          { comment_id: commentId },
          'issues: read'
        );
        return comment(data as Record<string, unknown>);
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async getReview(pullNumber, reviewId) {
      try {
        const { data } = await call(
          'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}',
          { pull_number: pullNumber, review_id: reviewId },
          'pull-requests: read'
        );
        const review = data as Record<string, unknown>;
        const user = (review.user ?? {}) as Record<string, unknown>;
        return {
          id: Number(review.id),
          state: text(review.state),
          body: text(review.body),
          user: text(user.login),
          userType: textOrNull(user.type),
          submittedAt: textOrNull(review.submitted_at),
          url: textOrNull(review.html_url)
        };
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async createComment(issueNumber, body) {
      const { data } = await call(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { issue_number: issueNumber, body: capped(body) },
        COMMENT_WRITE
      );
      return comment(data as Record<string, unknown>);
    },
    async updateComment(commentId, body) {
      const { data } = await call(
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        { comment_id: commentId, body: capped(body) },
        COMMENT_WRITE
      );
      return comment(data as Record<string, unknown>);
    },
    async reactToComment(commentId, content) {
      await call(
        'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
        { comment_id: commentId, content },
        COMMENT_WRITE
      );
    },
    async permissionOf(user) {
      try {
        const { data } = await call(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          { username: login(user) },
          null
        );
        const answer = data as Record<string, unknown>;
        // role_name tells maintain and triage apart; permission folds them into write and read.
        return text(answer.role_name) || text(answer.permission) || 'none';
      } catch (error) {
        if (notFound(error)) return 'none';
        throw error;
      }
    },
    async isTeamMember(org, slug, user) {
      if (!LOGIN.test(org) || !SLUG.test(slug)) return false;
      try {
        const { data } = await call(
          'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
          { org, team_slug: slug, username: login(user) },
          null
        );
        return (data as Record<string, unknown>).state === 'active';
      } catch (error) {
        if (notFound(error)) return false;
        if (error instanceof GithubApiError && (error.status === 403 || error.status === 401)) {
          throw new GithubApiError(
            `the github-token cannot read the members of team ${org}/${slug} (GITHUB_TOKEN never can): ` +
              'pass a token that can read the organization (members: read, or read:org for a classic token)',
            error.status,
            'members: read'
          );
        }
        throw error;
      }
    },
    async accountType(user) {
      const { data } = await call('GET /users/{username}', { username: login(user) }, null);
      return text((data as Record<string, unknown>).type) || 'unknown';
    },
    async setCommitStatus(sha, state, context, description, targetUrl) {
      await call(
        'POST /repos/{owner}/{repo}/statuses/{sha}',
        {
          sha,
          state,
          context,
          description: description.slice(0, 140),
          ...(targetUrl ? { target_url: targetUrl } : {})
        },
        'statuses: write'
      );
    },
    async dispatchWorkflow(workflowFile, ref, inputs) {
      await call(
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        { workflow_id: workflowFile, ref, inputs },
        'actions: write'
      );
    },
    async listArtifacts(namePrefix) {
      // `name` filters by the exact name only: the whole listing is read and filtered here.
      const found: ListedArtifact[] = [];
      const complete = await eachPage(
        'GET /repos/{owner}/{repo}/actions/artifacts',
        'artifacts',
        (raw) => {
          const name = text(raw.name);
          const id = count(raw.id);
          if (id === null || !name.startsWith(namePrefix)) return;
          const run = (raw.workflow_run ?? {}) as Record<string, unknown>;
          found.push({
            id,
            name,
            sizeInBytes: count(raw.size_in_bytes) ?? 0,
            expired: raw.expired === true,
            createdAt: textOrNull(raw.created_at),
            githubRunId: count(run.id),
            headBranch: textOrNull(run.head_branch),
            headRepositoryId: count(run.head_repository_id),
            repositoryId: count(run.repository_id)
          });
        }
      );
      return { artifacts: found.sort((a, b) => b.id - a.id), cut: !complete };
    },
    async deleteArtifact(artifactId) {
      await call(
        'DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
        { artifact_id: artifactId },
        'actions: write'
      );
    },
    async listCacheEntries(keyPrefix) {
      const found: ListedCacheEntry[] = [];
      await eachPage(
        'GET /repos/{owner}/{repo}/actions/caches',
        'actions_caches',
        (raw) => {
          const key = text(raw.key);
          const id = count(raw.id);
          if (id === null || !key.startsWith(keyPrefix)) return;
          found.push({
            id,
            key,
            ref: text(raw.ref),
            sizeInBytes: count(raw.size_in_bytes) ?? 0,
            lastAccessedAt: textOrNull(raw.last_accessed_at),
            createdAt: textOrNull(raw.created_at)
          });
        },
        { key: keyPrefix }
      );
      return found;
    }
  };

  /**
   * Every item of a paginated listing (`field` holds the page's items), up to MAX_LIST_PAGES;
   * false when it stopped there with more to come.
   */
  async function eachPage(
    route: string,
    field: string,
    visit: (item: Record<string, unknown>) => void,
    params: Record<string, unknown> = {}
  ): Promise<boolean> {
    for (let page = 1; page <= MAX_LIST_PAGES; page++) {
      const { data } = await call(route, { ...params, per_page: 100, page }, 'actions: read');
      const items = (data as Record<string, unknown> | null)?.[field];
      const batch = Array.isArray(items) ? (items as unknown[]) : [];
      for (const item of batch) {
        if (typeof item === 'object' && item !== null) visit(item as Record<string, unknown>);
      }
      if (batch.length < 100) return true;
    }
    return false;
  }
}
