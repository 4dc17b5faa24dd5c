/**
 * The job's context as the Action reads it: @actions/github's Context built from the variables
 * given (not the test process's own), plus the fields it lacks, and an event payload that is
 * anything at all.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGithubContext } from '../../src/action/github-context.js';

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'github-context-test-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** An event file holding exactly `text`. */
function eventFile(text: string): string {
  const file = join(scratch, `event-${Math.random().toString(16).slice(2)}.json`);
  writeFileSync(file, text);
  return file;
}

test('every field from the runner’s variables', () => {
  const event = eventFile(JSON.stringify({ repository: { default_branch: 'trunk' } }));
  expect(
    readGithubContext({
      GITHUB_WORKSPACE: '/work/repo',
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'hubot',
      GITHUB_RUN_ID: '1658821493',
      GITHUB_RUN_ATTEMPT: '3',
      GITHUB_REPOSITORY: 'org/repo',
      GITHUB_SERVER_URL: 'https://ghe.example',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF_NAME: 'feature/x',
      GITHUB_WORKFLOW: 'SDD',
      GITHUB_WORKFLOW_REF: 'org/repo/.github/workflows/sdd.yml@refs/heads/feature/x'
    })
  ).toEqual({
    workspace: '/work/repo',
    actor: 'octocat',
    triggeringActor: 'hubot',
    runId: '1658821493',
    runAttempt: '3',
    repository: 'org/repo',
    serverUrl: 'https://ghe.example',
    eventName: 'workflow_dispatch',
    refName: 'feature/x',
    workflowPath: '.github/workflows/sdd.yml',
    workflowName: 'SDD',
    defaultBranch: 'trunk',
    payload: { repository: { default_branch: 'trunk' } }
  });
});

test('outside a runner: the defaults, and nothing from the test process itself', () => {
  const saved = process.env;
  process.env = { ...saved, GITHUB_ACTOR: 'not-me', GITHUB_RUN_ID: '999' };
  try {
    expect(readGithubContext({})).toEqual({
      workspace: null,
      actor: null,
      triggeringActor: null,
      runId: '0',
      runAttempt: '1',
      repository: null,
      serverUrl: 'https://github.com',
      eventName: null,
      refName: null,
      workflowPath: null,
      workflowName: null,
      defaultBranch: null,
      payload: {}
    });
    expect(process.env.GITHUB_ACTOR).toBe('not-me');
  } finally {
    process.env = saved;
  }
});

test.each([
  ['a number', '{"repository": {"default_branch": 5}}'],
  ['an object', '{"repository": {"default_branch": {"name": "main"}}}'],
  ['an empty string', '{"repository": {"default_branch": ""}}'],
  ['a repository that is text', '{"repository": "main"}'],
  ['a payload that is null', 'null'],
  ['a payload that is a list', '[{"repository": {"default_branch": "main"}}]'],
  ['a payload that is not JSON', '{"repository": '],
  ['no repository', '{"__proto__": {"repository": {"default_branch": "main"}}}']
])('a default branch that is %s is no default branch', (_what, payload) => {
  const context = readGithubContext({
    GITHUB_EVENT_PATH: eventFile(payload),
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '17'
  });
  expect(context.defaultBranch).toBeNull();
  // The rest of the context holds, whatever the payload.
  expect(context.actor).toBe('octocat');
  expect(context.runId).toBe('17');
});

test('a workflow ref that is not owner/repo/path@ref names no workflow file', () => {
  for (const ref of ['sdd.yml', 'org/repo/.github/workflows/sdd.yml', '']) {
    expect(readGithubContext({ GITHUB_WORKFLOW_REF: ref }).workflowPath).toBeNull();
  }
});
