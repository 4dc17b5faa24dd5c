/** The built `specflow` CLI (the tsc build, made by `npm run build`) as a real process. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const CLI = path.resolve('build/cli/index.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The test's environment without npm's marks: jest started by `npx` or `npm test` would
 * otherwise decide how the CLI names itself in its hints.
 */
export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('npm_'))
  );
  return { ...base, NO_COLOR: '1', ...env };
}

/** How the CLI names itself when run as `node <CLI>` from `project`. */
export function cliCommand(project: string): string {
  const relative = path.relative(project, CLI);
  return `node ${relative.startsWith('..') ? CLI : relative}`;
}

/** Run `specflow ARGS` in `project` to the end, uncoloured, with `env` over the test's own. */
export function specflow(
  project: string,
  args: string[],
  env: Record<string, string> = {}
): CliResult {
  const res = spawnSync(process.execPath, [CLI, ...args], {
    cwd: project,
    env: cliEnv(env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  });
  return { code: res.status, signal: res.signal, stdout: res.stdout, stderr: res.stderr };
}
