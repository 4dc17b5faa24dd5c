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

/** Run `specflow ARGS` in `project` to the end, uncoloured, with `env` over the test's own. */
export function specflow(
  project: string,
  args: string[],
  env: Record<string, string> = {}
): CliResult {
  const res = spawnSync(process.execPath, [CLI, ...args], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  });
  return { code: res.status, signal: res.signal, stdout: res.stdout, stderr: res.stderr };
}
