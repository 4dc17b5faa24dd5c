/** The environment the workflow's steps get, and the Action's file-command files kept as main left them. */
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardFileCommands, stepEnvironment } from '../../src/action/step-env.js';

test("a step gets what a run step gets: not the Action's inputs, state, files or service credentials", () => {
  const env = stepEnvironment(
    {
      PATH: '/usr/bin',
      HOME: '/home/runner',
      RUNNER_TEMP: '/tmp/runner',
      GITHUB_WORKSPACE: '/work',
      GITHUB_RUN_ID: '7',
      'INPUT_GITHUB-TOKEN': 'ghs_input',
      'INPUT_STATE-KEY': 'hmac secret',
      STATE_run_id: 'abc',
      GITHUB_OUTPUT: '/f/set_output_1',
      GITHUB_STATE: '/f/save_state_1',
      GITHUB_ENV: '/f/set_env_1',
      GITHUB_PATH: '/f/add_path_1',
      GITHUB_STEP_SUMMARY: '/f/step_summary_1',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_RUNTIME_URL: 'https://pipelines/',
      ACTIONS_RESULTS_URL: 'https://results/',
      ACTIONS_CACHE_URL: 'https://cache/',
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_CACHE_MODE: 'read-write',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_STEP_DEBUG: 'true'
    },
    'ghs_input'
  );
  expect(env).toEqual({
    PATH: '/usr/bin',
    HOME: '/home/runner',
    RUNNER_TEMP: '/tmp/runner',
    GITHUB_WORKSPACE: '/work',
    GITHUB_RUN_ID: '7',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc/',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_STEP_DEBUG: 'true',
    GH_TOKEN: 'ghs_input'
  });
});

test("the job's own GH_TOKEN wins over the github-token input; no token, no GH_TOKEN", () => {
  expect(stepEnvironment({ GH_TOKEN: 'job' }, 'input').GH_TOKEN).toBe('job');
  expect(stepEnvironment({}, '')).toEqual({});
});

describe('guardFileCommands', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'file-commands-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('puts back what a step changed, names it, and leaves untouched files alone', () => {
    const state = join(dir, 'save_state_1');
    const output = join(dir, 'set_output_1');
    const summary = join(dir, 'step_summary_1');
    writeFileSync(state, 'run_id=abc\n');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const guard = guardFileCommands({
      GITHUB_STATE: state,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary
    });
    writeFileSync(state, 'saved_key=forged\n');
    writeFileSync(output, 'status=completed\n', { flag: 'a' });
    expect(guard.restore()).toEqual(['GITHUB_OUTPUT', 'GITHUB_STATE']);
    expect(readFileSync(state, 'utf8')).toBe('run_id=abc\n');
    expect(readFileSync(output, 'utf8')).toBe('');
    expect(guard.restore()).toEqual([]);
  });

  test('a link put in the place of a file is replaced, even one to a file with the same text', () => {
    const output = join(dir, 'set_output_1');
    const victim = join(dir, 'victim');
    writeFileSync(output, 'error=x\n');
    writeFileSync(victim, 'error=x\n');
    const guard = guardFileCommands({ GITHUB_OUTPUT: output });
    rmSync(output);
    symlinkSync(victim, output);
    expect(guard.restore()).toEqual(['GITHUB_OUTPUT']);
    expect(readFileSync(victim, 'utf8')).toBe('error=x\n');
    expect(lstatSync(output).isFile()).toBe(true);
  });
});
