/** The built `specflow` CLI (the tsc build, made by `npm run build`) as a real process. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempProject } from './engine-harness.js';

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

/** A fresh project holding `files` (path → text). */
export function projectWith(files: Record<string, string>): string {
  const dir = tempProject();
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Fail a suite at once when the build it runs is missing. */
export function requireBuiltCli(): void {
  beforeAll(() => {
    if (!fs.existsSync(CLI))
      throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does)`);
  });
}
