/**
 * The review's GitHub client, the real Octokit from `@actions/github`, against the in-process
 * stand-in for the REST API: each call's request and answer, pagination and its cap, 404s that
 * mean "nothing there", and the permission a refused call names.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { githubApi, GithubApiError, type GithubApi } from '../../src/action/github-api.js';
import { MAX_COMMENT_CHARS } from '../../src/action/review-comment.js';
import { startGithubApiServer, type GithubApiServer } from '../support/github-api-server.js';

const CLOCK = new Date('2026-03-04T05:06:07.890Z');
let server: GithubApiServer;
let api: GithubApi;

const client = (token = 'test-token'): GithubApi =>
  githubApi(token, { GITHUB_REPOSITORY: 'octo/repo', GITHUB_API_URL: server.url });

/** The rejection of a call, which must be a GithubApiError. */
async function failure(call: Promise<unknown>): Promise<GithubApiError> {
  const error = await call.then(
    () => {
      throw new Error('the call succeeded');
    },
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(GithubApiError);
  return error as GithubApiError;
}

beforeEach(async () => {
  server = await startGithubApiServer({ now: () => CLOCK });
  api = client();
});
afterEach(async () => {
  await server.close();
});

describe('githubApi setup', () => {
  it('takes owner and repo from GITHUB_REPOSITORY and refuses a malformed one', () => {
    expect([api.owner, api.repo]).toEqual(['octo', 'repo']);
    expect(() => githubApi('t', { GITHUB_REPOSITORY: 'octo' })).toThrow(GithubApiError);
    expect(() => githubApi('t', { GITHUB_REPOSITORY: 'octo/re po' })).toThrow(/not owner\/name/);
    expect(() => githubApi('', { GITHUB_REPOSITORY: 'octo/repo' })).toThrow(/no github-token/);
  });

  it('sends the token, and an unknown token is refused with its status', async () => {
    server.users.set('alice', 'User');
    await api.accountType('alice');
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/users/alice', status: 200 });
    const error = await failure(client('wrong').accountType('alice'));
    expect(error.status).toBe(401);
    expect(error.needs).toBeNull();
    expect(error.message).toMatch(/Bad credentials/);
  });

  it('reaches only the repository it was made for', async () => {
    server.threads.set(1, { kind: 'issue' });
    const other = githubApi('test-token', {
      GITHUB_REPOSITORY: 'octo/elsewhere',
      GITHUB_API_URL: server.url
    });
    expect((await failure(other.listComments(1))).status).toBe(404);
  });
});

describe('accounts', () => {
  it('accountType gives the account type, and a 404 for an unknown login is an error', async () => {
    server.users.set('alice', 'User');
    server.users.set('renovate[bot]', 'Bot');
    server.users.set('octo', 'Organization');
    expect(await api.accountType('alice')).toBe('User');
    expect(await api.accountType('renovate[bot]')).toBe('Bot');
    expect(await api.accountType('octo')).toBe('Organization');
    expect((await failure(api.accountType('nobody'))).status).toBe(404);
  });

  it('accountType refuses a login that is not one, before any request', async () => {
    for (const bad of ['../x', 'a/b', '-dash', 'x'.repeat(40), 'a b', '']) {
      const error = await failure(api.accountType(bad));
      expect(error.status).toBe(0);
      expect(error.message).toMatch(/is not a GitHub login/);
    }
    await failure(api.permissionOf('../admin'));
    await failure(api.isTeamMember('octo', 'team', '../x'));
    expect(server.requests).toEqual([]);
  });

  it('permissionOf tells maintain and triage apart from write and read', async () => {
    server.permissions.set('ada', 'admin');
    server.permissions.set('max', 'maintain');
    server.permissions.set('wes', 'write');
    server.permissions.set('tri', 'triage');
    server.permissions.set('rea', 'read');
    server.users.set('outsider', 'User');
    expect(await api.permissionOf('ada')).toBe('admin');
    expect(await api.permissionOf('max')).toBe('maintain');
    expect(await api.permissionOf('wes')).toBe('write');
    expect(await api.permissionOf('tri')).toBe('triage');
    expect(await api.permissionOf('rea')).toBe('read');
    expect(await api.permissionOf('outsider')).toBe('none');
    // An account GitHub does not know (404) has no permission either.
    expect(await api.permissionOf('ghost')).toBe('none');
    expect(server.requests.map((r) => r.path)).toContain(
      '/repos/octo/repo/collaborators/max/permission'
    );
  });

  it('isTeamMember is true for an active member and false otherwise', async () => {
    server.teams.set('octo/reviewers', ['alice']);
    expect(await api.isTeamMember('octo', 'reviewers', 'alice')).toBe(true);
    expect(await api.isTeamMember('octo', 'reviewers', 'bob')).toBe(false);
    expect(await api.isTeamMember('octo', 'nobody-team', 'alice')).toBe(false);
    expect(server.requests.map((r) => r.path)[0]).toBe(
      '/orgs/octo/teams/reviewers/memberships/alice'
    );
  });

  it('isTeamMember is false for an org or team name that is not one, without asking', async () => {
    expect(await api.isTeamMember('../octo', 'reviewers', 'alice')).toBe(false);
    expect(await api.isTeamMember('octo', 'a/b', 'alice')).toBe(false);
    expect(server.requests).toEqual([]);
  });

  it('isTeamMember says the token cannot read the team when GitHub refuses', async () => {
    server.teams.set('octo/reviewers', ['alice']);
    server.teamsForbidden = true;
    const error = await failure(api.isTeamMember('octo', 'reviewers', 'alice'));
    expect(error.status).toBe(403);
    expect(error.needs).toBe('members: read');
    expect(error.message).toMatch(/cannot read the members of team octo\/reviewers/);
    expect(error.message).toMatch(/members: read/);
  });
});

describe('threads and comments', () => {
  it('pullRequestsForCommit lists open pull requests first', async () => {
    const sha = 'a'.repeat(40);
    server.pullsForCommit.set(sha, [
      { number: 3, state: 'closed' },
      { number: 9, state: 'open' },
      { number: 4, state: 'open' }
    ]);
    expect(await api.pullRequestsForCommit(sha)).toEqual([9, 4, 3]);
    expect(await api.pullRequestsForCommit('b'.repeat(40))).toEqual([]);
    // Not a commit id: no request.
    const before = server.requests.length;
    expect(await api.pullRequestsForCommit('../main')).toEqual([]);
    expect(server.requests.length).toBe(before);
  });

  it('pullRequestsForCommit names pull-requests: read when refused', async () => {
    server.tokens.set('narrow', {
      identity: 'github-actions[bot]',
      denied: new Set(['pull-requests: read'])
    });
    const error = await failure(client('narrow').pullRequestsForCommit('a'.repeat(40)));
    expect(error.status).toBe(403);
    expect(error.needs).toBe('pull-requests: read');
  });

  it('createIssue opens a new issue', async () => {
    server.threads.set(7, { kind: 'pull_request' });
    const issue = await api.createIssue('t'.repeat(300), 'the body');
    expect(issue).toEqual({ number: 8, url: 'https://github.com/octo/repo/issues/8' });
    expect(server.threads.get(8)).toEqual({
      kind: 'issue',
      title: 't'.repeat(256),
      body: 'the body'
    });
  });

  it('createIssue names issues: write when refused', async () => {
    server.tokens.set('ro', {
      identity: 'github-actions[bot]',
      denied: new Set(['issues: write'])
    });
    const error = await failure(client('ro').createIssue('t', 'b'));
    expect(error.needs).toBe('issues: write');
    expect(error.message).toMatch(/the token needs issues: write/);
  });

  it('listComments reads every page', async () => {
    for (let i = 0; i < 250; i++) server.addComment(5, 'alice', `comment ${i}`);
    const comments = await api.listComments(5);
    expect(comments.map((c) => c.body)).toEqual(
      Array.from({ length: 250 }, (_, i) => `comment ${i}`)
    );
    expect(comments[0]).toEqual({
      id: server.comments[0].id,
      body: 'comment 0',
      user: 'alice',
      userType: 'User',
      createdAt: '2026-03-04T05:06:07Z',
      updatedAt: '2026-03-04T05:06:07Z',
      url: `https://github.com/octo/repo/issues/5#issuecomment-${server.comments[0].id}`,
      issueNumber: 5
    });
    const pages = server.requests.filter((r) => r.path === '/repos/octo/repo/issues/5/comments');
    expect(pages.map((r) => [r.query.per_page, r.query.page])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3']
    ]);
  });

  it('listComments stops at 1000 comments', async () => {
    for (let i = 0; i < 1234; i++) server.addComment(5, 'alice', `comment ${i}`);
    const comments = await api.listComments(5);
    expect(comments).toHaveLength(1000);
    expect(comments[999].body).toBe('comment 999');
    expect(server.requests).toHaveLength(10);
  });

  it('listComments on a thread with no comments, and one with exactly a page of them', async () => {
    server.threads.set(2, { kind: 'issue' });
    expect(await api.listComments(2)).toEqual([]);
    for (let i = 0; i < 100; i++) server.addComment(3, 'alice', `c${i}`);
    expect(await api.listComments(3)).toHaveLength(100);
  });

  it('listComments keeps who wrote each comment', async () => {
    server.users.set('renovate[bot]', 'Bot');
    server.addComment(5, 'renovate[bot]', 'from a bot');
    server.addComment(5, 'bob', 'from a person');
    const comments = await api.listComments(5);
    expect(comments.map((c) => [c.user, c.userType])).toEqual([
      ['renovate[bot]', 'Bot'],
      ['bob', 'User']
    ]);
  });

  it('getComment gives the comment and its issue number, or null when it is gone', async () => {
    server.threads.set(12, { kind: 'pull_request' });
    const stored = server.addComment(12, 'alice', '/specflow approve');
    const comment = await api.getComment(stored.id);
    expect(comment).toMatchObject({
      id: stored.id,
      body: '/specflow approve',
      user: 'alice',
      issueNumber: 12,
      url: `https://github.com/octo/repo/pull/12#issuecomment-${stored.id}`
    });
    expect(await api.getComment(999_999)).toBeNull();
  });

  it('createComment posts as the token and updateComment edits', async () => {
    server.threads.set(4, { kind: 'issue' });
    const created = await api.createComment(4, 'first');
    expect(created).toMatchObject({
      body: 'first',
      user: 'github-actions[bot]',
      userType: 'Bot',
      createdAt: '2026-03-04T05:06:07Z'
    });
    expect(server.comments).toHaveLength(1);
    const updated = await api.updateComment(created.id, 'second');
    expect(updated.id).toBe(created.id);
    expect(server.comments[0].body).toBe('second');
    expect(server.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/repos/octo/repo/issues/4/comments', 201],
      ['PATCH', `/repos/octo/repo/issues/comments/${created.id}`, 200]
    ]);
    expect(server.requests[0].body).toEqual({ body: 'first' });
  });

  it('updateComment on a deleted comment fails with 404', async () => {
    server.threads.set(4, { kind: 'issue' });
    expect((await failure(api.updateComment(424242, 'x'))).status).toBe(404);
  });

  it('cuts a body longer than GitHub takes, saying so', async () => {
    server.threads.set(4, { kind: 'issue' });
    const long = 'x'.repeat(MAX_COMMENT_CHARS + 5000);
    const created = await api.createComment(4, long);
    expect(created.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(created.body).toMatch(/^x+\n\n… \(cut to fit GitHub’s limit on a comment\)\n$/);
    await api.updateComment(created.id, long + 'y');
    expect(server.comments[0].body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const exact = 'z'.repeat(MAX_COMMENT_CHARS);
    expect((await api.createComment(4, exact)).body).toBe(exact);
    const issue = await api.createIssue('t', long);
    expect(server.threads.get(issue.number)?.body?.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
  });

  it('a comment refused for permissions names issues: write', async () => {
    server.threads.set(4, { kind: 'issue' });
    server.threads.set(7, { kind: 'pull_request' });
    server.tokens.set('ro', {
      identity: 'github-actions[bot]',
      denied: new Set(['issues: write'])
    });
    const ro = client('ro');
    // On a pull request, pull-requests: write is enough.
    expect((await ro.createComment(7, 'on the pull request')).body).toBe('on the pull request');
    server.comments.length = 0;
    const created = await failure(ro.createComment(4, 'hello'));
    expect(created.status).toBe(403);
    expect(created.needs).toContain('issues: write');
    expect(created.message).toMatch(/Resource not accessible by integration/);
    const stored = server.addComment(4, 'alice', 'x');
    expect((await failure(ro.updateComment(stored.id, 'y'))).needs).toContain('issues: write');
    expect((await failure(ro.reactToComment(stored.id, 'eyes'))).needs).toContain('issues: write');
    expect(server.comments).toHaveLength(1);
    expect(server.reactions).toEqual([]);
  });

  it('reactToComment records the reaction by the token', async () => {
    const stored = server.addComment(4, 'alice', '/specflow approve');
    await api.reactToComment(stored.id, '+1');
    await api.reactToComment(stored.id, '+1');
    await api.reactToComment(stored.id, 'eyes');
    expect(server.reactions).toEqual([
      { commentId: stored.id, content: '+1', by: 'github-actions[bot]' },
      { commentId: stored.id, content: 'eyes', by: 'github-actions[bot]' }
    ]);
  });
});

describe('reviews, statuses and dispatches', () => {
  it('getReview gives the review, or null for an unknown one', async () => {
    const review = server.addReview(7, 'bob', 'APPROVED', 'looks good');
    expect(await api.getReview(7, review.id)).toEqual({
      id: review.id,
      state: 'APPROVED',
      body: 'looks good',
      user: 'bob',
      userType: 'User',
      submittedAt: '2026-03-04T05:06:07Z',
      url: `https://github.com/octo/repo/pull/7#pullrequestreview-${review.id}`
    });
    expect(await api.getReview(7, review.id + 1)).toBeNull();
    // A review id from another pull request is not this one's.
    expect(await api.getReview(8, review.id)).toBeNull();
  });

  it('getReview gives an empty body for a review without one', async () => {
    const review = server.addReview(7, 'bob', 'COMMENTED');
    expect((await api.getReview(7, review.id))?.body).toBe('');
  });

  it('setCommitStatus posts the status, its description cut to 140 characters', async () => {
    const sha = 'c'.repeat(40);
    await api.setCommitStatus(sha, 'pending', 'specflow/w', 'd'.repeat(200), 'https://x/run');
    await api.setCommitStatus(sha, 'success', 'specflow/w', 'run completed');
    expect(server.statuses).toEqual([
      {
        sha,
        state: 'pending',
        context: 'specflow/w',
        description: 'd'.repeat(140),
        target_url: 'https://x/run'
      },
      {
        sha,
        state: 'success',
        context: 'specflow/w',
        description: 'run completed',
        target_url: null
      }
    ]);
  });

  it('setCommitStatus names statuses: write when refused', async () => {
    server.tokens.set('ns', {
      identity: 'github-actions[bot]',
      denied: new Set(['statuses: write'])
    });
    const error = await failure(client('ns').setCommitStatus('c'.repeat(40), 'error', 'c', 'd'));
    expect(error.needs).toBe('statuses: write');
  });

  it('dispatchWorkflow sends the ref and inputs', async () => {
    await api.dispatchWorkflow('specflow.yml', 'main', { 'run-id': 'r1', answer: 'approve' });
    expect(server.dispatches).toEqual([
      { workflow: 'specflow.yml', ref: 'main', inputs: { 'run-id': 'r1', answer: 'approve' } }
    ]);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/repos/octo/repo/actions/workflows/specflow.yml/dispatches',
      status: 204
    });
  });

  it('dispatchWorkflow names actions: write when refused', async () => {
    server.tokens.set('na', {
      identity: 'github-actions[bot]',
      denied: new Set(['actions: write'])
    });
    const error = await failure(client('na').dispatchWorkflow('specflow.yml', 'main', {}));
    expect(error.status).toBe(403);
    expect(error.needs).toBe('actions: write');
    expect(server.dispatches).toEqual([]);
  });
});

describe('the stand-in', () => {
  it('shapes events as GitHub sends them', () => {
    server.threads.set(12, { kind: 'pull_request' });
    server.permissions.set('alice', 'write');
    const comment = server.addComment(12, 'alice', '/specflow approve');
    expect(server.commentEvent(comment)).toMatchObject({
      action: 'created',
      issue: { number: 12, pull_request: { url: `${server.url}/repos/octo/repo/pulls/12` } },
      comment: {
        id: comment.id,
        body: '/specflow approve',
        user: { login: 'alice', type: 'User' },
        created_at: '2026-03-04T05:06:07Z',
        author_association: 'COLLABORATOR'
      },
      repository: { full_name: 'octo/repo', name: 'repo', owner: { login: 'octo' } },
      sender: { login: 'alice', type: 'User' }
    });
    const onIssue = server.addComment(13, 'bob', 'hi');
    expect(server.commentEvent(onIssue).issue).not.toHaveProperty('pull_request');
    const review = server.addReview(12, 'bob', 'CHANGES_REQUESTED', 'no');
    expect(server.reviewEvent(review)).toMatchObject({
      action: 'submitted',
      review: { id: review.id, state: 'changes_requested', body: 'no', user: { login: 'bob' } },
      pull_request: { number: 12 },
      sender: { login: 'bob' }
    });
  });

  it('paginates with a Link header', async () => {
    for (let i = 0; i < 5; i++) server.addComment(1, 'alice', `c${i}`);
    const page = async (n: number) =>
      fetch(`${server.url}/repos/octo/repo/issues/1/comments?per_page=2&page=${n}`, {
        headers: { authorization: 'Bearer test-token' }
      });
    const first = await page(1);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next"/);
    const last = await page(3);
    expect(last.headers.get('link')).not.toMatch(/rel="next"/);
    expect(((await last.json()) as unknown[]).length).toBe(1);
    const anonymous = await fetch(`${server.url}/users/alice`);
    expect(anonymous.status).toBe(401);
  });
});
