/**
 * A local stand-in for the parts of the GitHub REST API the review client (src/action/github-api.ts)
 * calls, so the real Octokit from `@actions/github` can run unmodified against it: point
 * GITHUB_API_URL at `url`.
 *
 * What it serves, for the one repository given (default `octo/repo`; any other answers 404):
 *
 * - `GET /users/{login}` → `{login, type}` from `users`; 404 for an unknown login.
 * - `GET /repos/{o}/{r}/collaborators/{login}/permission` → `{permission, role_name, user}`.
 *   `permission` folds maintain into write and triage into read, as GitHub does; `role_name` keeps
 *   the role. A known user who is not a collaborator gets 200 with `none`; an unknown login 404.
 * - `GET /orgs/{org}/teams/{slug}/memberships/{login}` → `{state: 'active', role: 'member'}` or
 *   404; 403 "Resource not accessible by integration" while `teamsForbidden` is set (what the
 *   job's GITHUB_TOKEN gets) or when the token is denied `members: read`.
 * - `GET /repos/{o}/{r}/commits/{sha}/pulls` → `pullsForCommit.get(sha)` (empty when unset).
 * - `POST /repos/{o}/{r}/issues` → 201, a new issue numbered after every thread in `threads`.
 * - Issue comments: `GET …/issues/{n}/comments` (`per_page` ≤ 100, default 30, `page`; a Link
 *   header with rel="next" while more remain), `POST …/issues/{n}/comments` (201, written by the
 *   token's identity), `GET`/`PATCH …/issues/comments/{id}`, `POST …/issues/comments/{id}/reactions`
 *   (201 new, 200 when that account already reacted so). Bodies over 65,536 characters get 422
 *   like GitHub's "body is too long". Comments on a number missing from `threads` get 404.
 * - `GET /repos/{o}/{r}/pulls/{pull}/reviews/{id}` → the review, with its state in capitals.
 * - `POST /repos/{o}/{r}/statuses/{sha}` → 201, recorded in `statuses`.
 * - `POST /repos/{o}/{r}/actions/workflows/{file}/dispatches` → 204, recorded in `dispatches`.
 *
 * With `cache` (the results stand-in from cache-server.ts), its artifacts and cache entries (without
 * it these answer 404). Note that `@actions/github` reads GITHUB_API_URL once, when it is first
 * loaded, and the artifact client's `findBy` download uses `getOctokit(token)` with no base URL:
 * set GITHUB_API_URL before the first import of either.
 * - `GET /repos/{o}/{r}/actions/artifacts` (`name` exact, `per_page` ≤ 100 default 30, `page`)
 *   and `GET …/actions/runs/{run_id}/artifacts` (the same, one run's) → `{total_count,
 *   artifacts}`, newest (highest id) first, finalized ones only, expired ones included with
 *   `expired: true`. Each artifact: `{id, node_id, name, size_in_bytes, url,
 *   archive_download_url, expired, digest, created_at, updated_at, expires_at, workflow_run: {id,
 *   repository_id, head_repository_id, head_branch, head_sha}}`, timestamps in whole seconds;
 *   `repository_id` is `repositoryId` (default 4242), `head_repository_id` a fork's id for a run
 *   from a fork. A Link header with rel="next" while more remain.
 * - `GET …/actions/artifacts/{id}` → one artifact; `DELETE` → 204 (`actions: write`).
 * - `GET …/actions/artifacts/{id}/zip` → 302 with `Location` the signed blob URL on the results
 *   server (what `downloadArtifact` with `findBy` follows by hand); 410 once expired.
 * - `GET …/actions/caches` (`key` a prefix, `ref` exact, `sort` last_accessed_at (default) |
 *   created_at | size_in_bytes, `direction` desc (default) | asc, `per_page`, `page`) →
 *   `{total_count, actions_caches: [{id, ref, key, version, last_accessed_at, created_at,
 *   size_in_bytes}]}`; `DELETE …/actions/caches/{id}` → 204 and `DELETE …/actions/caches?key=&ref=`
 *   → 200 with the entries deleted (both `actions: write`).
 * Every other one of these needs `actions: read`. The events' `repository.id` is `repositoryId`.
 *
 * Authentication: `Authorization: token X` or `Bearer X` with X a key of `tokens` (default
 * `test-token`, identity `github-actions[bot]`, nothing denied); none or an unknown one → 401. A
 * token's `denied` names permissions (`issues: write`, `pull-requests: read`, `statuses: write`,
 * `actions: write`, `members: read`, …); the endpoints that need one answer 403 "Resource not
 * accessible by integration". On a pull request GitHub lets either `issues` or `pull-requests`
 * grant comment access, so there both must be denied for a comment call to be refused.
 *
 * Not modelled: rate limits, conditional requests, GraphQL, private-repository 404-for-403.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArtifactInfo, CacheEntryInfo, CacheServer } from './cache-server.js';
import { readBody } from './request-body.js';

export type AccountType = 'User' | 'Bot' | 'Organization';
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';

export interface StoredComment {
  id: number;
  /** The issue or pull request number. */
  issue: number;
  body: string;
  user: string;
  userType: string;
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface StoredReview {
  pull: number;
  state: ReviewState;
  body: string | null;
  user: string;
  userType: string;
  submitted_at: string;
  html_url: string;
}

export interface StoredThread {
  kind: 'issue' | 'pull_request';
  title?: string;
  body?: string;
}

export interface TokenGrant {
  /** The login comments made with this token are written by. */
  identity: string;
  /** Permission names the token lacks, e.g. `issues: write`. */
  denied: Set<string>;
}

export interface RecordedApiRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** The HTTP status answered (0 until the answer is sent). */
  status: number;
}

export interface GithubApiServer {
  /** The API base URL, no trailing slash: use it as GITHUB_API_URL. */
  readonly url: string;
  readonly owner: string;
  readonly repo: string;
  readonly users: Map<string, AccountType>;
  readonly permissions: Map<string, RepoRole>;
  /** `org/slug` → member logins. */
  readonly teams: Map<string, string[]>;
  /** Team membership calls answer 403, as they do for the job's GITHUB_TOKEN. */
  teamsForbidden: boolean;
  readonly pullsForCommit: Map<string, { number: number; state: 'open' | 'closed' }[]>;
  readonly threads: Map<number, StoredThread>;
  readonly comments: StoredComment[];
  readonly reactions: { commentId: number; content: string; by: string }[];
  /** Review id → review. */
  readonly reviews: Map<number, StoredReview>;
  readonly statuses: {
    sha: string;
    state: string;
    context: string;
    description: string | null;
    target_url: string | null;
  }[];
  readonly dispatches: { workflow: string; ref: string; inputs: Record<string, unknown> }[];
  readonly tokens: Map<string, TokenGrant>;
  readonly requests: RecordedApiRequest[];
  /**
   * Awaited before each request is answered (its method, path and query known): a test's way to
   * make something happen between two calls of one job (another job saving, say).
   */
  beforeRequest: ((request: RecordedApiRequest) => Promise<void>) | null;
  /** A comment by `login` on thread `issue` (made an issue when `threads` lacks it). */
  addComment(issue: number, login: string, body: string, at?: Date): StoredComment;
  /** The `issue_comment` event (action `created`) GitHub would send for the comment. */
  commentEvent(comment: StoredComment): Record<string, unknown>;
  /** A submitted review by `login` on pull request `pull` (made a pull request in `threads`). */
  addReview(
    pull: number,
    login: string,
    state: ReviewState,
    body?: string | null,
    at?: Date
  ): StoredReview & { id: number };
  /** The `pull_request_review` event (action `submitted`) GitHub would send for the review. */
  reviewEvent(review: StoredReview & { id: number }): Record<string, unknown>;
  close(): Promise<void>;
}

const WEB = 'https://github.com';
const DOCS = 'https://docs.github.com/rest';
const MAX_BODY_CHARS = 65_536;
const REACTIONS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']);
const STATUS_STATES = new Set(['pending', 'success', 'failure', 'error']);
const NOT_ACCESSIBLE = 'Resource not accessible by integration';

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {}
  ) {
    super(message);
  }
}

const notFound = (): ApiError => new ApiError(404, 'Not Found');

/** GitHub's timestamps: seconds, no fraction. */
const stamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface GithubApiServerOptions {
  now?: () => Date;
  /** `owner/name` (default `octo/repo`). */
  repository?: string;
  /** The repository's id, `workflow_run.repository_id` (default 4242). */
  repositoryId?: number;
  /** The results stand-in whose artifacts and cache entries `/actions/…` serves. */
  cache?: CacheServer;
}

export async function startGithubApiServer(
  options: GithubApiServerOptions = {}
): Promise<GithubApiServer> {
  const now = options.now ?? (() => new Date());
  const [owner, repo] = (options.repository ?? 'octo/repo').split('/');
  const repositoryId = options.repositoryId ?? 4242;
  const fullName = `${owner}/${repo}`;
  let base = '';
  let nextCommentId = 1001;
  let nextReviewId = 5001;

  const users = new Map<string, AccountType>([['github-actions[bot]', 'Bot']]);
  const permissions = new Map<string, RepoRole>();
  const teams = new Map<string, string[]>();
  const pullsForCommit = new Map<string, { number: number; state: 'open' | 'closed' }[]>();
  const threads = new Map<number, StoredThread>();
  const comments: StoredComment[] = [];
  const reactions: GithubApiServer['reactions'] = [];
  const reviews = new Map<number, StoredReview>();
  const statuses: GithubApiServer['statuses'] = [];
  const dispatches: GithubApiServer['dispatches'] = [];
  const tokens = new Map<string, TokenGrant>([
    ['test-token', { identity: 'github-actions[bot]', denied: new Set() }]
  ]);
  const requests: RecordedApiRequest[] = [];

  const typeOf = (login: string): string =>
    users.get(login) ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
  const known = (login: string): boolean => users.has(login) || permissions.has(login);
  const userJson = (login: string): Record<string, unknown> => ({
    login,
    type: typeOf(login),
    html_url: `${WEB}/${login}`,
    url: `${base}/users/${encodeURIComponent(login)}`
  });
  const threadPath = (issue: number): string =>
    `${WEB}/${fullName}/${threads.get(issue)?.kind === 'pull_request' ? 'pull' : 'issues'}/${issue}`;
  const association = (login: string): string => {
    if (login === owner) return 'OWNER';
    return permissions.has(login) ? 'COLLABORATOR' : 'NONE';
  };
  const repositoryJson = (): Record<string, unknown> => ({
    id: repositoryId,
    name: repo,
    full_name: fullName,
    owner: { login: owner, type: typeOf(owner) },
    html_url: `${WEB}/${fullName}`,
    default_branch: 'main'
  });
  const commentJson = (c: StoredComment): Record<string, unknown> => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${fullName}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `${base}/repos/${fullName}/issues/${c.issue}`,
    body: c.body,
    user: { ...userJson(c.user), type: c.userType },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: association(c.user)
  });

  function newComment(issue: number, login: string, userType: string, body: string, at: Date) {
    const id = nextCommentId++;
    const comment: StoredComment = {
      id,
      issue,
      body,
      user: login,
      userType,
      created_at: stamp(at),
      updated_at: stamp(at),
      html_url: `${threadPath(issue)}#issuecomment-${id}`
    };
    comments.push(comment);
    return comment;
  }

  /**
   * One page of `all` as GitHub pages a list: `per_page` (≤ 100, default 30) and `page` from the
   * query, and a Link header with next/last and first/prev as they apply.
   */
  function paginate<T>(url: URL, all: T[]): { slice: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const next = new URL(url);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(p));
      return `<${base}${next.pathname}${next.search}>; rel="${rel}"`;
    };
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])
    ];
    return { slice, headers: links.length > 0 ? { Link: links.join(', ') } : {} };
  }

  /** Refuse unless the token has one of `grants` (any of them is enough). */
  function need(grant: TokenGrant, ...grants: string[]): void {
    if (grants.every((g) => grant.denied.has(g))) throw new ApiError(403, NOT_ACCESSIBLE);
  }
  const commentAccess = (grant: TokenGrant, issue: number, level: 'read' | 'write'): void => {
    if (threads.get(issue)?.kind === 'pull_request') {
      need(grant, `issues: ${level}`, `pull-requests: ${level}`);
    } else need(grant, `issues: ${level}`);
  };
  const checkBody = (body: unknown, resource: string): string => {
    if (typeof body !== 'string') {
      throw new ApiError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
    }
    if (body.length > MAX_BODY_CHARS) {
      throw new ApiError(422, 'Validation Failed', {
        errors: [
          {
            resource,
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_BODY_CHARS} characters)`
          }
        ]
      });
    }
    return body;
  };
  const commentById = (id: string): StoredComment => {
    const found = comments.find((c) => c.id === Number(id));
    if (!found) throw notFound();
    return found;
  };

  type Handler = (
    m: RegExpExecArray,
    ctx: { grant: TokenGrant; body: Record<string, unknown>; url: URL }
  ) => { status: number; json?: unknown; headers?: Record<string, string> };
  const R = `/repos/([^/]+)/([^/]+)`;
  const routes: [string, RegExp, Handler, boolean][] = [];
  /** `repoScoped`: the first two groups are owner and repo, checked against the one served. */
  const route = (method: string, path: string, handler: Handler, repoScoped = false): void => {
    routes.push([method, new RegExp(`^${path}$`), handler, repoScoped]);
  };

  route('GET', '/users/([^/]+)', (m) => {
    const login = decodeURIComponent(m[1]);
    if (!users.has(login)) throw notFound();
    return { status: 200, json: userJson(login) };
  });

  route(
    'GET',
    `${R}/collaborators/([^/]+)/permission`,
    (m) => {
      const login = decodeURIComponent(m[3]);
      if (!known(login)) throw notFound();
      const role = permissions.get(login);
      const permission =
        role === undefined
          ? 'none'
          : role === 'maintain'
            ? 'write'
            : role === 'triage'
              ? 'read'
              : role;
      return {
        status: 200,
        json: { permission, role_name: role ?? 'none', user: userJson(login) }
      };
    },
    true
  );

  route('GET', '/orgs/([^/]+)/teams/([^/]+)/memberships/([^/]+)', (m, { grant }) => {
    if (teamsForbidden()) throw new ApiError(403, NOT_ACCESSIBLE);
    need(grant, 'members: read');
    const login = decodeURIComponent(m[3]);
    const members = teams.get(`${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}`);
    if (!members?.includes(login)) throw notFound();
    return {
      status: 200,
      json: { state: 'active', role: 'member', url: `${base}${m[0]}` }
    };
  });

  route(
    'GET',
    `${R}/commits/([^/]+)/pulls`,
    (m, { grant }) => {
      need(grant, 'pull-requests: read');
      const pulls = pullsForCommit.get(decodeURIComponent(m[3])) ?? [];
      return {
        status: 200,
        json: pulls.map((p) => ({
          number: p.number,
          state: p.state,
          html_url: `${WEB}/${fullName}/pull/${p.number}`
        }))
      };
    },
    true
  );

  route(
    'POST',
    `${R}/issues`,
    (_m, { grant, body }) => {
      need(grant, 'issues: write');
      if (typeof body.title !== 'string' || body.title === '') {
        throw new ApiError(422, 'Validation Failed', {
          errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }]
        });
      }
      const text = body.body === undefined ? '' : checkBody(body.body, 'Issue');
      const number = Math.max(0, ...threads.keys()) + 1;
      threads.set(number, { kind: 'issue', title: body.title, body: text });
      return {
        status: 201,
        json: {
          number,
          title: body.title,
          body: text,
          state: 'open',
          html_url: `${WEB}/${fullName}/issues/${number}`,
          user: userJson(grant.identity)
        }
      };
    },
    true
  );

  route(
    'GET',
    `${R}/issues/(\\d+)/comments`,
    (m, { grant, url }) => {
      const issue = Number(m[3]);
      if (!threads.has(issue)) throw notFound();
      commentAccess(grant, issue, 'read');
      const { slice, headers } = paginate(
        url,
        comments.filter((c) => c.issue === issue)
      );
      return { status: 200, json: slice.map(commentJson), headers };
    },
    true
  );

  route(
    'POST',
    `${R}/issues/(\\d+)/comments`,
    (m, { grant, body }) => {
      const issue = Number(m[3]);
      if (!threads.has(issue)) throw notFound();
      commentAccess(grant, issue, 'write');
      const text = checkBody(body.body, 'IssueComment');
      const comment = newComment(issue, grant.identity, typeOf(grant.identity), text, now());
      return { status: 201, json: commentJson(comment) };
    },
    true
  );

  route(
    'GET',
    `${R}/issues/comments/(\\d+)`,
    (m, { grant }) => {
      const comment = commentById(m[3]);
      commentAccess(grant, comment.issue, 'read');
      return { status: 200, json: commentJson(comment) };
    },
    true
  );

  route(
    'PATCH',
    `${R}/issues/comments/(\\d+)`,
    (m, { grant, body }) => {
      const comment = commentById(m[3]);
      commentAccess(grant, comment.issue, 'write');
      comment.body = checkBody(body.body, 'IssueComment');
      comment.updated_at = stamp(now());
      return { status: 200, json: commentJson(comment) };
    },
    true
  );

  route(
    'POST',
    `${R}/issues/comments/(\\d+)/reactions`,
    (m, { grant, body }) => {
      const comment = commentById(m[3]);
      commentAccess(grant, comment.issue, 'write');
      const content = body.content;
      if (typeof content !== 'string' || !REACTIONS.has(content)) {
        throw new ApiError(422, 'Validation Failed', {
          errors: [{ resource: 'Reaction', code: 'invalid', field: 'content' }]
        });
      }
      const again = reactions.some(
        (r) => r.commentId === comment.id && r.content === content && r.by === grant.identity
      );
      if (!again) reactions.push({ commentId: comment.id, content, by: grant.identity });
      return {
        status: again ? 200 : 201,
        json: { content, user: userJson(grant.identity), created_at: stamp(now()) }
      };
    },
    true
  );

  route(
    'GET',
    `${R}/pulls/(\\d+)/reviews/(\\d+)`,
    (m, { grant }) => {
      need(grant, 'pull-requests: read');
      const id = Number(m[4]);
      const review = reviews.get(id);
      if (!review || review.pull !== Number(m[3])) throw notFound();
      return {
        status: 200,
        json: {
          id,
          user: { ...userJson(review.user), type: review.userType },
          body: review.body,
          state: review.state,
          html_url: review.html_url,
          pull_request_url: `${base}/repos/${fullName}/pulls/${review.pull}`,
          submitted_at: review.submitted_at,
          author_association: association(review.user)
        }
      };
    },
    true
  );

  route(
    'POST',
    `${R}/statuses/([^/]+)`,
    (m, { grant, body }) => {
      need(grant, 'statuses: write');
      const state = body.state;
      if (typeof state !== 'string' || !STATUS_STATES.has(state)) {
        throw new ApiError(422, 'Validation Failed', {
          errors: [{ resource: 'Status', code: 'custom', field: 'state' }]
        });
      }
      const status = {
        sha: decodeURIComponent(m[3]),
        state,
        context: typeof body.context === 'string' ? body.context : 'default',
        description: typeof body.description === 'string' ? body.description : null,
        target_url: typeof body.target_url === 'string' ? body.target_url : null
      };
      statuses.push(status);
      return { status: 201, json: { ...status, creator: userJson(grant.identity) } };
    },
    true
  );

  route(
    'POST',
    `${R}/actions/workflows/([^/]+)/dispatches`,
    (m, { grant, body }) => {
      need(grant, 'actions: write');
      if (typeof body.ref !== 'string' || body.ref === '') {
        throw new ApiError(422, 'Invalid request.\n\n"ref" wasn\'t supplied.');
      }
      const inputs =
        typeof body.inputs === 'object' && body.inputs !== null
          ? (body.inputs as Record<string, unknown>)
          : {};
      dispatches.push({ workflow: decodeURIComponent(m[3]), ref: body.ref, inputs });
      return { status: 204 };
    },
    true
  );

  const results = (): CacheServer['store'] => {
    if (!options.cache) throw notFound();
    return options.cache.store;
  };
  const artifactJson = (a: ArtifactInfo): Record<string, unknown> => {
    const url = `${base}/repos/${fullName}/actions/artifacts/${a.id}`;
    return {
      id: a.id,
      node_id: Buffer.from(`08:Artifact${a.id}`).toString('base64'),
      name: a.name,
      size_in_bytes: a.size,
      url,
      archive_download_url: `${url}/zip`,
      expired: a.expired,
      digest: a.digest,
      created_at: stamp(a.createdAt),
      updated_at: stamp(a.updatedAt),
      expires_at: stamp(a.expiresAt),
      workflow_run: {
        id: a.githubRunId,
        repository_id: repositoryId,
        head_repository_id: a.headRepositoryId ?? repositoryId,
        head_branch: a.headBranch,
        head_sha: a.headSha
      }
    };
  };
  const artifactById = (id: string): ArtifactInfo => {
    const found = results()
      .artifacts()
      .find((a) => a.id === Number(id));
    if (!found) throw notFound();
    return found;
  };
  const listArtifacts = (url: URL, runId?: number) => {
    const name = url.searchParams.get('name');
    const all = results()
      .artifacts()
      .filter(
        (a) =>
          (name === null || a.name === name) && (runId === undefined || a.githubRunId === runId)
      )
      .sort((a, b) => b.id - a.id);
    const { slice, headers } = paginate(url, all);
    return {
      status: 200,
      json: { total_count: all.length, artifacts: slice.map(artifactJson) },
      headers
    };
  };
  const cacheJson = (e: CacheEntryInfo): Record<string, unknown> => ({
    id: e.id,
    ref: e.ref,
    key: e.key,
    version: e.version,
    last_accessed_at: e.lastAccessedAt.toISOString(),
    created_at: e.createdAt.toISOString(),
    size_in_bytes: e.size
  });

  route(
    'GET',
    `${R}/actions/artifacts`,
    (_m, { grant, url }) => {
      need(grant, 'actions: read');
      return listArtifacts(url);
    },
    true
  );

  route(
    'GET',
    `${R}/actions/runs/(\\d+)/artifacts`,
    (m, { grant, url }) => {
      need(grant, 'actions: read');
      return listArtifacts(url, Number(m[3]));
    },
    true
  );

  route(
    'GET',
    `${R}/actions/artifacts/(\\d+)`,
    (m, { grant }) => {
      need(grant, 'actions: read');
      return { status: 200, json: artifactJson(artifactById(m[3])) };
    },
    true
  );

  route(
    'DELETE',
    `${R}/actions/artifacts/(\\d+)`,
    (m, { grant }) => {
      need(grant, 'actions: write');
      results().deleteArtifact(artifactById(m[3]).id);
      return { status: 204 };
    },
    true
  );

  route(
    'GET',
    `${R}/actions/artifacts/(\\d+)/zip`,
    (m, { grant }) => {
      need(grant, 'actions: read');
      const artifact = artifactById(m[3]);
      if (artifact.expired) throw new ApiError(410, 'Artifact has expired');
      return {
        status: 302,
        headers: { Location: results().artifactDownloadUrl(artifact.id)! }
      };
    },
    true
  );

  const cacheOrder = (url: URL): ((a: CacheEntryInfo, b: CacheEntryInfo) => number) => {
    const sort = url.searchParams.get('sort') ?? 'last_accessed_at';
    const direction = url.searchParams.get('direction') ?? 'desc';
    const value: Record<string, (e: CacheEntryInfo) => number> = {
      last_accessed_at: (e) => e.lastAccessedAt.getTime(),
      created_at: (e) => e.createdAt.getTime(),
      size_in_bytes: (e) => e.size
    };
    const pick = Object.hasOwn(value, sort) ? value[sort] : undefined;
    if (!pick || (direction !== 'asc' && direction !== 'desc')) {
      throw new ApiError(422, 'Validation Failed', {
        errors: [{ resource: 'ActionsCache', code: 'invalid', field: pick ? 'direction' : 'sort' }]
      });
    }
    const sign = direction === 'asc' ? 1 : -1;
    return (a, b) => sign * (pick(a) - pick(b) || a.id - b.id);
  };

  route(
    'GET',
    `${R}/actions/caches`,
    (_m, { grant, url }) => {
      need(grant, 'actions: read');
      const key = url.searchParams.get('key');
      const ref = url.searchParams.get('ref');
      const all = results()
        .cacheEntries()
        .filter((e) => (key === null || e.key.startsWith(key)) && (ref === null || e.ref === ref))
        .sort(cacheOrder(url));
      const { slice, headers } = paginate(url, all);
      return {
        status: 200,
        json: { total_count: all.length, actions_caches: slice.map(cacheJson) },
        headers
      };
    },
    true
  );

  route(
    'DELETE',
    `${R}/actions/caches/(\\d+)`,
    (m, { grant }) => {
      need(grant, 'actions: write');
      if (!results().deleteCacheEntry(Number(m[3]))) throw notFound();
      return { status: 204 };
    },
    true
  );

  route(
    'DELETE',
    `${R}/actions/caches`,
    (_m, { grant, url }) => {
      need(grant, 'actions: write');
      const key = url.searchParams.get('key');
      if (!key) throw new ApiError(422, 'Invalid request.\n\n"key" wasn\'t supplied.');
      const ref = url.searchParams.get('ref');
      const doomed = results()
        .cacheEntries()
        .filter((e) => e.key === key && (ref === null || e.ref === ref));
      if (doomed.length === 0) throw notFound();
      for (const e of doomed) results().deleteCacheEntry(e.id);
      return {
        status: 200,
        json: { total_count: doomed.length, actions_caches: doomed.map(cacheJson) }
      };
    },
    true
  );

  async function handle(req: IncomingMessage, res: ServerResponse, record: RecordedApiRequest) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      body = raw.toString('utf8');
    }
    record.body = body;
    if (api.beforeRequest !== null) await api.beforeRequest(record);
    try {
      const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
      if (!auth) throw new ApiError(401, 'Requires authentication');
      const grant = tokens.get(auth[1]);
      if (!grant) throw new ApiError(401, 'Bad credentials');
      for (const [method, pattern, handler, repoScoped] of routes) {
        const match = pattern.exec(url.pathname);
        if (!match || method !== req.method) continue;
        if (
          repoScoped &&
          (decodeURIComponent(match[1]).toLowerCase() !== owner.toLowerCase() ||
            decodeURIComponent(match[2]).toLowerCase() !== repo.toLowerCase())
        ) {
          throw notFound();
        }
        const fields =
          typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
        const answer = handler(match, { grant, body: fields, url });
        send(res, answer.status, answer.json, answer.headers);
        return;
      }
      throw notFound();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      send(res, error.status, {
        message: error.message,
        ...error.extra,
        documentation_url: DOCS,
        status: String(error.status)
      });
    }
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: RecordedApiRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0
    };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    handle(req, res, record).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const api: GithubApiServer = {
    url: base,
    owner,
    repo,
    users,
    permissions,
    teams,
    teamsForbidden: false,
    beforeRequest: null,
    pullsForCommit,
    threads,
    comments,
    reactions,
    reviews,
    statuses,
    dispatches,
    tokens,
    requests,
    addComment(issue, login, body, at) {
      if (!threads.has(issue)) threads.set(issue, { kind: 'issue' });
      return newComment(issue, login, typeOf(login), body, at ?? now());
    },
    commentEvent(comment) {
      const thread = threads.get(comment.issue);
      return {
        action: 'created',
        issue: {
          number: comment.issue,
          html_url: threadPath(comment.issue),
          ...(thread?.kind === 'pull_request'
            ? {
                pull_request: {
                  url: `${base}/repos/${fullName}/pulls/${comment.issue}`,
                  html_url: `${WEB}/${fullName}/pull/${comment.issue}`
                }
              }
            : {})
        },
        comment: {
          id: comment.id,
          body: comment.body,
          user: { login: comment.user, type: comment.userType },
          created_at: comment.created_at,
          updated_at: comment.updated_at,
          html_url: comment.html_url,
          author_association: association(comment.user)
        },
        repository: repositoryJson(),
        sender: { login: comment.user, type: comment.userType }
      };
    },
    addReview(pull, login, state, body = null, at) {
      const existing = threads.get(pull);
      if (!existing || existing.kind !== 'pull_request') {
        threads.set(pull, { ...existing, kind: 'pull_request' });
      }
      const id = nextReviewId++;
      const review: StoredReview = {
        pull,
        state,
        body,
        user: login,
        userType: typeOf(login),
        submitted_at: stamp(at ?? now()),
        html_url: `${WEB}/${fullName}/pull/${pull}#pullrequestreview-${id}`
      };
      reviews.set(id, review);
      return { id, ...review };
    },
    reviewEvent(review) {
      return {
        action: 'submitted',
        review: {
          id: review.id,
          state: review.state.toLowerCase(),
          body: review.body,
          user: { login: review.user, type: review.userType },
          submitted_at: review.submitted_at,
          html_url: review.html_url,
          author_association: association(review.user)
        },
        pull_request: {
          number: review.pull,
          html_url: `${WEB}/${fullName}/pull/${review.pull}`
        },
        repository: repositoryJson(),
        sender: { login: review.user, type: review.userType }
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })
  };
  function teamsForbidden(): boolean {
    return api.teamsForbidden;
  }
  return api;
}

function send(
  res: ServerResponse,
  status: number,
  json: unknown,
  headers: Record<string, string> = {}
): void {
  if (json === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(json);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers
  });
  res.end(text);
}
