/**
 * The review end to end: the bundle built from the current source, run as the runner runs it,
 * against the cache stand-in and the GitHub API stand-in (the real Octokit inside the bundle).
 *
 * A push pauses at a gate and the gate comes to the commit's pull request; comments, reviews
 * and dispatches answer it under the policy: refusals are said on the thread and leave the run
 * waiting, partial approvals are counted, a reject aborts, an old comment is stale, an answer
 * to a run on another branch is handed to a dispatch there, and two answers at once resume the
 * run once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkoutWorkspace,
  startStandIns,
  WORKFLOW_PATH,
  type StandIns
} from '../support/action-bed.js';
import type { CacheServer } from '../support/cache-server.js';
import type { GithubApiServer, StoredComment } from '../support/github-api-server.js';
import { parseReviewMarker } from '../../src/action/review-comment.js';
import {
  buildActionBundle,
  runPhase,
  startPhase,
  type PhaseRequest,
  type PhaseResult
} from './runner.js';

const SHA = 'a'.repeat(40);
const PULL = 7;
const BOT = 'github-actions[bot]';

let scratch: string;
let bundle: string;
let standIns: StandIns;
let cache: CacheServer;
let api: GithubApiServer;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'specflow-review-e2e-'));
  // Built here, from the source under test: a stale dist/ can never pass this test.
  bundle = buildActionBundle(join(scratch, 'bundle'));
}, 240_000);

beforeEach(async () => {
  // The job's token is BOT's and octocat may write (startStandIns); the other reviewers here.
  standIns = await startStandIns();
  ({ cache, api } = standIns);
  for (const login of ['alice', 'bob', 'mallory']) api.users.set(login, 'User');
  api.users.set('dependabot[bot]', 'Bot');
  api.permissions.set('alice', 'write');
  api.permissions.set('bob', 'maintain');
  api.permissions.set('dependabot[bot]', 'write');
  api.threads.set(PULL, { kind: 'pull_request' });
  api.pullsForCommit.set(SHA, [{ number: PULL, state: 'open' }]);
});

afterEach(() => standIns.close());

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The workflow that calls the Action is the example with the review's triggers. */
const checkout = (): string => checkoutWorkspace(scratch, { caller: 'specflow-review.yml' });

interface Job {
  event?: { name: string; payload: unknown };
  ref?: string;
  actor?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

let jobs = 0;
function request(job: Job): PhaseRequest {
  const runId = String(200 + ++jobs);
  const eventFile = join(scratch, `event-${runId}.json`);
  const event = job.event ?? {
    name: 'push',
    payload: { ref: `refs/heads/${job.ref ?? 'main'}`, repository: { default_branch: 'main' } }
  };
  writeFileSync(eventFile, JSON.stringify(event.payload));
  return {
    bundle,
    workspace: checkout(),
    scratch,
    inputs: {
      workflow: WORKFLOW_PATH,
      // The policy as shipped: anyone with write access, one approval, no self-approval.
      approvers: '',
      'allow-self-approval': 'false',
      'review-issue': 'auto',
      'commit-status': 'true',
      ...job.inputs
    },
    env: {
      ...cache.env(),
      GITHUB_API_URL: api.url,
      GITHUB_SHA: SHA,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REF_NAME: job.ref ?? 'main',
      GITHUB_WORKFLOW_REF: `org/repo/.github/workflows/specflow.yml@refs/heads/${job.ref ?? 'main'}`,
      GITHUB_RUN_ID: runId,
      GITHUB_ACTOR: job.actor ?? 'octocat',
      GITHUB_TRIGGERING_ACTOR: job.actor ?? 'octocat',
      ...job.env
    }
  };
}

const runJob = (job: Job): Promise<PhaseResult> => runPhase(request(job));

/** A push that starts the run; it pauses at review-spec. */
async function pausedRun(job: Job = {}): Promise<string> {
  const started = await runJob(job);
  expect(started.outputs.status).toBe('paused');
  return started.outputs['run-id'];
}

function commentJob(comment: StoredComment, job: Job = {}): Promise<PhaseResult> {
  return runJob({
    ...job,
    actor: comment.user,
    event: { name: 'issue_comment', payload: api.commentEvent(comment) }
  });
}

const repliesTo = (login: string): StoredComment[] =>
  api.comments.filter((c) => c.user === BOT && c.body.includes(`by ${login}`));
const reactionsOn = (comment: StoredComment): string[] =>
  api.reactions.filter((r) => r.commentId === comment.id).map((r) => r.content);
const gateComments = (runId: string): StoredComment[] =>
  api.comments.filter((c) => c.user === BOT && parseReviewMarker(c.body)?.runId === runId);
const writes = (): string[] =>
  api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

/** The newest saved state's log, as a fresh job would restore it. */
async function savedLog(runId: string): Promise<Record<string, unknown>[]> {
  const status = request({ inputs: { 'run-id': runId, 'review-issue': 'none' } });
  // A resume that is refused at the gate (no answer) still restores the run into its workspace.
  await runPhase(status);
  return readFileSync(join(status.workspace, '.specify/workflows/runs', runId, 'log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test('a push that pauses posts the gate on its pull request and sets a pending status', async () => {
  const runId = await pausedRun();
  const posted = gateComments(runId);
  expect(posted).toHaveLength(1);
  expect(posted[0].issue).toBe(PULL);
  expect(parseReviewMarker(posted[0].body)).toEqual({ runId, waiting: true, ref: 'main' });
  expect(posted[0].body).toContain('review-spec');
  expect(posted[0].body).toContain('# Feature specification');
  expect(posted[0].body).toContain(`approve ${runId}`);
  // No line of the comment is itself an answer.
  expect(posted[0].body).not.toMatch(/^\s*\/specflow/m);
  expect(api.statuses).toEqual([
    expect.objectContaining({
      sha: SHA,
      state: 'pending',
      context: 'specflow/feature-demo',
      description: 'waiting for review at review-spec'
    })
  ]);
});

test('refused answers are said on the thread and leave the run waiting; an allowed one completes it', async () => {
  const runId = await pausedRun();
  const tries: [string, RegExp][] = [
    ['mallory', /mallory has no access to the repository/],
    ['dependabot[bot]', /is a bot/],
    ['octocat', /started or last resumed this run and cannot approve it/]
  ];
  for (const [login, reason] of tries) {
    const comment = api.addComment(PULL, login, `/specflow approve ${runId}`);
    const job = await commentJob(comment);
    expect(job.code).toBe(0);
    expect(job.stdout).toMatch(reason);
    expect(reactionsOn(comment)).toEqual(['-1']);
    const replies = repliesTo(login.replace('[bot]', ''));
    expect(replies.at(-1)?.body).toMatch(reason);
  }
  const approval = api.addComment(PULL, 'alice', `/specflow approve`);
  const done = await commentJob(approval);
  expect(done.code).toBe(0);
  expect(done.outputs.status).toBe('completed');
  expect(reactionsOn(approval)).toEqual(['+1']);
  const [gate] = gateComments(runId);
  expect(parseReviewMarker(gate.body)?.waiting).toBe(false);
  expect(gate.body).toMatch(/The run ended: completed/);
  expect(gate.body).toContain('alice');
  expect(api.statuses.at(-1)).toMatchObject({ state: 'success' });

  // Those who may not answer at all never touch the run; the initiator's refusal is kept.
  const answers = (await savedLog(runId)).filter((e) => e.event === 'answer');
  expect(answers.map((a) => [a.actor, a.how, a.result])).toEqual([
    ['octocat', 'comment', 'refused'],
    ['alice', 'comment', 'accepted']
  ]);
  expect(answers[1].url).toBe(approval.html_url);
});

test('min-approvals 2: the first approval is counted and shown, the second passes the gate', async () => {
  const inputs = { 'min-approvals': '2' };
  const runId = await pausedRun({ inputs });
  const first = await commentJob(api.addComment(PULL, 'alice', '/specflow approve'), { inputs });
  expect(first.code).toBe(0);
  expect(first.outputs.status).toBe('paused');
  expect(first.stdout).toContain('1 of 2 approvals');
  expect(gateComments(runId)[0].body).toContain('alice');
  // The same person again counts once.
  await commentJob(api.addComment(PULL, 'alice', '/specflow approve'), { inputs });
  const again = await savedLog(runId);
  expect(again.filter((e) => e.event === 'answer' && e.result === 'recorded')).toHaveLength(2);

  const second = await commentJob(api.addComment(PULL, 'bob', '/specflow approve'), { inputs });
  expect(second.outputs.status).toBe('completed');
  const [gate] = gateComments(runId);
  expect(gate.body).toContain('alice');
  expect(gate.body).toContain('bob');
});

test('a review that requests changes rejects (handed from the merge ref to the run branch): the run is aborted', async () => {
  const runId = await pausedRun();
  const review = api.addReview(PULL, 'bob', 'CHANGES_REQUESTED', 'Not yet.');
  // The review's job runs on the merge ref, whose saves the run's next jobs would never see.
  const handing = await runJob({
    actor: 'bob',
    ref: `${PULL}/merge`,
    event: { name: 'pull_request_review', payload: api.reviewEvent(review) }
  });
  expect(handing.code).toBe(0);
  expect(api.dispatches).toEqual([
    {
      workflow: 'specflow.yml',
      ref: 'main',
      inputs: { 'run-id': runId, 'answer-from': `review:${PULL}:${review.id}` }
    }
  ]);
  const job = await runJob({
    actor: BOT,
    event: { name: 'workflow_dispatch', payload: { inputs: {} } },
    inputs: { 'run-id': runId, 'answer-from': `review:${PULL}:${review.id}` }
  });
  expect(job.outputs.status).toBe('aborted');
  expect(gateComments(runId)[0].body).toMatch(/The run ended: aborted/);
  expect(api.statuses.at(-1)).toMatchObject({ state: 'failure' });
});

test('a comment written before the run paused is stale and answers nothing', async () => {
  const old = api.addComment(PULL, 'alice', '/specflow approve', new Date(Date.now() - 3_600_000));
  const runId = await pausedRun();
  const job = await commentJob(old);
  expect(job.code).toBe(0);
  expect(job.stdout).toMatch(/written before the run paused/);
  expect(reactionsOn(old)).toEqual(['-1']);
  const log = await savedLog(runId);
  expect(log.filter((e) => e.event === 'answer').map((e) => e.result)).toEqual(['stale']);
  expect(log.some((e) => e.event === 'resumed')).toBe(false);
});

test('an answer to a run saved on another branch is handed to a dispatch on that branch', async () => {
  const runId = await pausedRun({ ref: 'feature' });
  expect(parseReviewMarker(gateComments(runId)[0].body)?.ref).toBe('feature');
  const comment = api.addComment(PULL, 'alice', `/specflow approve ${runId}`);
  const handing = await commentJob(comment);
  expect(handing.code).toBe(0);
  expect(api.dispatches).toEqual([
    {
      workflow: 'specflow.yml',
      ref: 'feature',
      inputs: { 'run-id': runId, 'answer-from': `comment:${comment.id}` }
    }
  ]);
  expect(reactionsOn(comment)).toEqual(['eyes']);

  // The dispatched job, on the run's branch, reads the comment back and judges it there.
  const dispatched = await runJob({
    ref: 'feature',
    actor: BOT,
    event: { name: 'workflow_dispatch', payload: { inputs: {} } },
    inputs: { 'run-id': runId, 'answer-from': `comment:${comment.id}` }
  });
  expect(dispatched.code).toBe(0);
  expect(dispatched.outputs.status).toBe('completed');
  expect(reactionsOn(comment)).toEqual(['eyes', '+1']);
});

test('a handed-on comment edited after it was written answers nothing', async () => {
  const runId = await pausedRun({ ref: 'feature' });
  const comment = api.addComment(PULL, 'alice', 'Will look tomorrow.');
  // Someone with write access rewrites it, and dispatches with it.
  comment.body = `/specflow approve ${runId}`;
  comment.updated_at = new Date(Date.parse(comment.created_at) + 60_000).toISOString();
  const job = await runJob({
    ref: 'feature',
    event: { name: 'workflow_dispatch', payload: { inputs: {} } },
    inputs: { 'run-id': runId, 'answer-from': `comment:${comment.id}` }
  });
  expect(job.code).toBe(1);
  expect(job.outputs.error).toMatch(/was edited after it was written/);
  expect(job.outputs.status ?? '').not.toBe('completed');
});

test('someone who may not answer gets no dispatch for it', async () => {
  const runId = await pausedRun({ ref: 'feature' });
  const comment = api.addComment(PULL, 'mallory', `/specflow approve ${runId}`);
  await commentJob(comment);
  expect(api.dispatches).toEqual([]);
  expect(reactionsOn(comment)).toEqual(['-1']);
});

test('two approvals at once: the run goes on once', async () => {
  const runId = await pausedRun();
  const a = api.addComment(PULL, 'alice', '/specflow approve');
  const b = api.addComment(PULL, 'bob', '/specflow approve');
  const both = await Promise.all(
    [a, b].map(
      (c) =>
        startPhase(
          request({
            actor: c.user,
            event: { name: 'issue_comment', payload: api.commentEvent(c) }
          })
        ).done
    )
  );
  expect(both.map((j) => j.outputs.status).filter((s) => s === 'completed')).toHaveLength(1);
  const reactions = [a, b].map(reactionsOn).flat().sort();
  expect(reactions).toEqual(['+1', '-1']);
  const log = await savedLog(runId);
  expect(log.filter((e) => e.event === 'resumed')).toHaveLength(1);
});

test('a dispatch answers too, under the same policy', async () => {
  const runId = await pausedRun();
  const own = await runJob({
    event: { name: 'workflow_dispatch', payload: {} },
    inputs: { 'run-id': runId, answer: 'approve' }
  });
  expect(own.code).toBe(1);
  expect(own.outputs.error).toMatch(/octocat started or last resumed this run/);
  const refusedSaves = cache.entries().length;

  const theirs = await runJob({
    actor: 'alice',
    event: { name: 'workflow_dispatch', payload: {} },
    inputs: { 'run-id': runId, answer: 'approve' }
  });
  expect(theirs.code).toBe(0);
  expect(theirs.outputs.status).toBe('completed');
  expect(cache.entries().length).toBeGreaterThan(refusedSaves);
  const answers = (await savedLog(runId)).filter((e) => e.event === 'answer');
  expect(answers.map((e) => [e.actor, e.how, e.result])).toEqual([
    ['octocat', 'dispatch', 'refused'],
    ['alice', 'dispatch', 'accepted']
  ]);
});

test('a resume at a gate without an answer is refused before anything is claimed', async () => {
  const runId = await pausedRun();
  const before = cache.entries().length;
  const job = await runJob({
    actor: 'alice',
    event: { name: 'workflow_dispatch', payload: {} },
    inputs: { 'run-id': runId }
  });
  expect(job.code).toBe(1);
  expect(job.outputs.error).toMatch(/waits at gate review-spec for an answer/);
  expect(cache.entries().length).toBe(before);
});

test('a comment that is no answer is ignored quietly', async () => {
  await pausedRun();
  const posted = writes().length;
  const job = await commentJob(api.addComment(PULL, 'alice', 'Looks good to me'));
  expect(job.code).toBe(0);
  expect(job.summary).toContain('Nothing to answer');
  expect(writes().length).toBe(posted);
});
