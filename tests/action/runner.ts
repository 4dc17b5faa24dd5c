/**
 * Runs the Action's bundle the way the GitHub runner does: a node process per phase, inputs as
 * `INPUT_<NAME>` variables (spaces become `_`, hyphens stay), file commands through the
 * GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_PATH files, and the main phase's saved state
 * handed to the post phase as `STATE_<name>` variables.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface PhaseResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** What the step wrote to GITHUB_ENV and GITHUB_PATH (for the job's later steps). */
  jobEnv: string;
  jobPath: string;
}

export interface PhaseRequest {
  bundle: string;
  workspace: string;
  /** Inputs the caller gives; the rest get action.yml's defaults, as the runner does. */
  inputs?: Record<string, string>;
  /** STATE_* for the post phase (what main saved). */
  state?: Record<string, string>;
  /** Extra variables (cache service, GITHUB_RUN_ID...). */
  env?: Record<string, string>;
  /** Where the runner's per-step files go. */
  scratch: string;
}

export interface RunningPhase {
  child: ChildProcess;
  done: Promise<PhaseResult>;
  /** What the step has saved with core.saveState so far (GITHUB_STATE, read now). */
  savedState(): Record<string, string>;
  /** The step's stdout so far. */
  stdoutSoFar(): string;
}

const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/**
 * Unless a test says otherwise: the job's actor (octocat) answers gates, listed by name, as the
 * run's own starter, and no comment thread is looked for. Tests of the review give their own.
 */
export const TEST_REVIEW_INPUTS: Readonly<Record<string, string>> = {
  approvers: 'octocat',
  'allow-self-approval': 'true',
  'review-issue': 'none'
};

/** No test reaches api.github.com: a port nothing listens on, unless a stand-in is given. */
export const NO_GITHUB_API = 'http://127.0.0.1:9';

/**
 * The INPUT_* variables for a step: every input, with the defaults from action.yml (and, unless
 * `actionDefaultsOnly`, TEST_REVIEW_INPUTS over them).
 */
export function inputVariables(
  given: Record<string, string>,
  options: { actionDefaultsOnly?: boolean } = {}
): Record<string, string> {
  const testDefaults = options.actionDefaultsOnly ? {} : TEST_REVIEW_INPUTS;
  const unknown = Object.keys(given).filter((name) => !(name in actionYml.inputs));
  if (unknown.length > 0) throw new Error(`not inputs of action.yml: ${unknown.join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    let value = given[name] ?? testDefaults[name] ?? String(spec.default ?? '');
    if (value === '${{ github.token }}') value = 'ghs_fake_token_for_tests';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export function startPhase(request: PhaseRequest): RunningPhase {
  const runnerTemp = join(request.scratch, 'runner-temp');
  // Where and how the runner names them (FileCommandManager): a step that knows this can find them.
  const files = join(runnerTemp, '_runner_file_commands');
  mkdirSync(files, { recursive: true });
  const suffix = randomUUID();
  const outputFile = join(files, `set_output_${suffix}`);
  const stateFile = join(files, `save_state_${suffix}`);
  const summaryFile = join(files, `step_summary_${suffix}`);
  const envFile = join(files, `set_env_${suffix}`);
  const pathFile = join(files, `add_path_${suffix}`);
  for (const file of [outputFile, stateFile, summaryFile, envFile, pathFile]) {
    writeFileSync(file, '');
  }

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: request.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: envFile,
    GITHUB_PATH: pathFile,
    GITHUB_REPOSITORY: 'org/repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'specflow',
    GITHUB_WORKFLOW_REF: 'org/repo/.github/workflows/specflow.yml@refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_RUN_ID: '100',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_API_URL: NO_GITHUB_API,
    ...inputVariables(request.inputs ?? {}),
    ...Object.fromEntries(Object.entries(request.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...request.env
  };
  const child = spawn(process.execPath, [request.bundle], {
    cwd: request.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => stdout.push(c));
  child.stderr!.on('data', (c: Buffer) => stderr.push(c));
  const done = new Promise<PhaseResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        outputs: parseFileCommands(readFileSync(outputFile, 'utf8')),
        state: parseFileCommands(readFileSync(stateFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        jobEnv: readFileSync(envFile, 'utf8'),
        jobPath: readFileSync(pathFile, 'utf8')
      })
    );
  });
  return {
    child,
    done,
    savedState: () => parseFileCommands(readFileSync(stateFile, 'utf8')),
    stdoutSoFar: () => Buffer.concat(stdout).toString('utf8')
  };
}

export function runPhase(request: PhaseRequest): Promise<PhaseResult> {
  return startPhase(request).done;
}

/**
 * Read a file-command file as the runner does: `name=value` lines, or the heredoc form
 * `name<<DELIMITER` … `DELIMITER` that @actions/core writes. A later value wins.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i++];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`no closing delimiter for ${name}`);
      i++;
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`not a file command line: ${JSON.stringify(line)}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

/** Wait for a condition a process brings about (a marker file), checking between event-loop turns. */
export async function waitFor(
  what: string,
  condition: () => boolean,
  limitMs = 60_000
): Promise<void> {
  const giveUpAt = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function fileExists(path: string): () => boolean {
  return () => existsSync(path) && readFileSync(path, 'utf8').trim() !== '';
}

/**
 * Bundle the Action from the source under test into `outDir` (as `npm run package` does, without
 * type-checking), so a stale dist/ can never pass an end-to-end test. Returns the entry file.
 */
export function buildActionBundle(outDir: string): string {
  const repo = new URL('../../', import.meta.url).pathname;
  execFileSync(
    process.execPath,
    [
      join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(repo, 'src/action/index.ts'),
      '-o',
      outDir,
      '--transpile-only',
      '--quiet'
    ],
    { cwd: repo, stdio: 'inherit' }
  );
  return join(outDir, 'index.js');
}
