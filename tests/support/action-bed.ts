/**
 * What the Action's end-to-end tests stand on: a workspace as actions/checkout leaves it (the
 * example workflow and the workflow that calls the Action), the cache/artifact stand-in and the
 * REST stand-in that knows the job's token, and, for tests of the listing job, a bed in which
 * runs are paused by the bundle (as the runner runs it) and the listing job runs in this process
 * so its clock can be set.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureStdout, setEnv, startCacheServer, type CacheServer } from './cache-server.js';
import { startGithubApiServer, type GithubApiServer } from './github-api-server.js';
import {
  buildActionBundle,
  inputVariables,
  parseFileCommands,
  runPhase,
  TEST_REVIEW_INPUTS,
  type PhaseRequest
} from '../action/runner.js';

const repo = new URL('../../', import.meta.url).pathname;

/** Where the checkout keeps the workflow the tests run. */
export const WORKFLOW_PATH = '.specify/workflows/feature/workflow.yml';
/** The job's token: what runner.ts gives the `github-token` input (`${{ github.token }}`). */
export const TEST_TOKEN = 'ghs_fake_token_for_tests';
/** examples/github/workflow.yml: the workflow a checkout holds unless a test gives its own. */
export const EXAMPLE_WORKFLOW = readFileSync(join(repo, 'examples/github/workflow.yml'), 'utf8');

export interface CheckoutOptions {
  /** The text at WORKFLOW_PATH (default EXAMPLE_WORKFLOW). */
  workflow?: string;
  /** Which of examples/github/ is the calling workflow, .github/workflows/specflow.yml. */
  caller?: 'specflow.yml' | 'specflow-review.yml';
}

/** A fresh workspace under `scratch` as actions/checkout leaves it: the repository's files, no run state. */
export function checkoutWorkspace(scratch: string, options: CheckoutOptions = {}): string {
  const workspace = mkdtempSync(join(scratch, 'workspace-'));
  const files: Record<string, string> = {
    [WORKFLOW_PATH]: options.workflow ?? EXAMPLE_WORKFLOW,
    '.github/workflows/specflow.yml': readFileSync(
      join(repo, 'examples/github', options.caller ?? 'specflow.yml'),
      'utf8'
    )
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(workspace, rel, '..'), { recursive: true });
    writeFileSync(join(workspace, rel), text);
  }
  return workspace;
}

export interface StandIns {
  cache: CacheServer;
  api: GithubApiServer;
  /** Stops both. */
  close(): Promise<void>;
}

/**
 * The cache/artifact stand-in and the REST stand-in for `org/repo`, where TEST_TOKEN is
 * github-actions[bot]'s and octocat (the job's actor) is a user with write access. With
 * `restServesCache`, the REST stand-in's `/actions/…` lists, downloads and deletes the cache
 * stand-in's artifacts and entries.
 */
export async function startStandIns(
  options: { restServesCache?: boolean } = {}
): Promise<StandIns> {
  const cache = await startCacheServer();
  const api = await startGithubApiServer({
    repository: 'org/repo',
    ...(options.restServesCache ? { cache } : {})
  });
  api.tokens.set(TEST_TOKEN, { identity: 'github-actions[bot]', denied: new Set() });
  api.users.set('octocat', 'User');
  api.permissions.set('octocat', 'write');
  return {
    cache,
    api,
    async close() {
      await cache.close();
      await api.close();
    }
  };
}

/** The names of the finalized artifacts the cache stand-in holds for specflow run `runId`. */
export const runArtifacts = (cache: CacheServer, runId: string): string[] =>
  cache
    .artifacts()
    .filter((a) => a.finalized && a.name.startsWith(`specflow-${runId}.`))
    .map((a) => a.name);

/** One row of a listing job's `paused-runs` output. */
export type ListingRow = Record<string, unknown>;
export const listingRows = (outputs: Record<string, string>): ListingRow[] =>
  JSON.parse(outputs['paused-runs']) as ListingRow[];

export interface ListingTestBed {
  scratch: string;
  /** The Action bundled from the source under test. */
  bundle: string;
  cache: CacheServer;
  api: GithubApiServer;
  /** A fresh checkout holding the bed's workflow as it is now. */
  checkout(): string;
  /** The next GitHub run id (each job is a GitHub run of its own). */
  nextRun(): string;
  /** A job the bundle runs, as its own GitHub run in a fresh checkout; `inputs` over the defaults. */
  job(inputs: Record<string, string>): PhaseRequest;
  /** A run started by the bundle, paused at its first gate, its gate comment on a new issue. */
  pausedRun(): Promise<{ runId: string; issue: number }>;
  /** The listing job (`list-paused`), in this process, at `now`. */
  listingJob(
    inputs: Record<string, string>,
    now: Date
  ): Promise<{ outputs: Record<string, string>; stdout: string }>;
  /** runArtifacts of the bed's cache stand-in. */
  artifactsOf(runId: string): string[];
  /** Put GITHUB_API_URL back, stop the stand-ins, remove `scratch`. */
  close(): Promise<void>;
}

export interface ListingTestBedOptions {
  /** The scratch folder's name prefix. */
  prefix: string;
  /** GitHub run ids are numbered from after this one. */
  runIdBase: number;
  /** The workflow at WORKFLOW_PATH, read at each checkout. */
  workflow: () => string;
}

/**
 * The listing job's bed: the bundle, the stand-ins (the REST one serving the cache's artifacts)
 * and src/action/main.js imported into this process. @actions/github takes its API URL when
 * first loaded, so GITHUB_API_URL points at the REST stand-in before main (and it) are imported,
 * until `close`: a test file opens one bed, and nothing imports main before it.
 */
export async function openListingTestBed(options: ListingTestBedOptions): Promise<ListingTestBed> {
  const scratch = mkdtempSync(join(tmpdir(), options.prefix));
  let standIns: StandIns | undefined;
  let restoreEnv: (() => void) | undefined;
  const close = async (): Promise<void> => {
    restoreEnv?.();
    await standIns?.close();
    rmSync(scratch, { recursive: true, force: true });
  };
  let bundle: string;
  let runMain: typeof import('../../src/action/main.js').runMain;
  try {
    bundle = buildActionBundle(join(scratch, 'bundle'));
    standIns = await startStandIns({ restServesCache: true });
    restoreEnv = setEnv({ GITHUB_API_URL: standIns.api.url });
    ({ runMain } = await import('../../src/action/main.js'));
  } catch (error) {
    await close();
    throw error;
  }
  const { cache, api } = standIns;

  const checkout = (): string => checkoutWorkspace(scratch, { workflow: options.workflow() });
  let jobs = 0;
  const nextRun = (): string => String(options.runIdBase + ++jobs);
  const job = (inputs: Record<string, string>): PhaseRequest => ({
    bundle,
    workspace: checkout(),
    scratch,
    inputs: { ...TEST_REVIEW_INPUTS, workflow: WORKFLOW_PATH, ...inputs },
    env: { ...cache.env({ githubRunId: nextRun() }), GITHUB_API_URL: api.url }
  });

  return {
    scratch,
    bundle,
    cache,
    api,
    checkout,
    nextRun,
    job,
    async pausedRun() {
      const started = await runPhase(job({ 'review-issue': 'new' }));
      expect(started.outputs.status).toBe('paused');
      const issue = Math.max(...api.threads.keys());
      return { runId: started.outputs['run-id'], issue };
    },
    async listingJob(inputs, now) {
      const workspace = checkout();
      const githubRunId = nextRun();
      const files = join(scratch, `files-${githubRunId}`);
      mkdirSync(files);
      const output = join(files, 'output');
      const state = join(files, 'state');
      const summary = join(files, 'summary');
      for (const file of [output, state, summary]) writeFileSync(file, '');
      const restore = setEnv({
        ...inputVariables({
          ...TEST_REVIEW_INPUTS,
          'list-paused': 'true',
          workflow: WORKFLOW_PATH,
          ...inputs
        }),
        ...cache.env({ githubRunId }),
        GITHUB_API_URL: api.url,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STATE: state,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_REPOSITORY: 'org/repo',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_WORKFLOW: 'specflow',
        GITHUB_WORKFLOW_REF: 'org/repo/.github/workflows/specflow.yml@refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'octocat',
        RUNNER_TEMP: join(files, 'temp'),
        ACTIONS_CACHE_MODE: undefined,
        ACTIONS_CACHE_URL: undefined
      });
      const written: string[] = [];
      const cwd = process.cwd();
      // What @actions/core and the clients print straight to stdout (masks, their progress).
      const printed = captureStdout();
      try {
        process.chdir(workspace);
        await runMain({ write: (text) => void written.push(text), now: () => now });
      } finally {
        printed.restore();
        process.chdir(cwd);
        restore();
        process.exitCode = undefined;
      }
      return {
        outputs: parseFileCommands(readFileSync(output, 'utf8')),
        stdout: written.join('') + printed.text()
      };
    },
    artifactsOf: (runId) => runArtifacts(cache, runId),
    close
  };
}
