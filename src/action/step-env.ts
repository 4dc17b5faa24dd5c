/**
 * What the workflow's steps get from the Action's process.
 *
 * The rule: a step gets the environment a plain `run:` step of the job would get, and nothing
 * that the runner hands the Action alone. A JavaScript action gets more than a run step: its
 * inputs (`INPUT_*`, the github-token among them), the post phase's state (`STATE_*`), the
 * file-command files of its own step (a step writing to `GITHUB_OUTPUT` would set the Action's
 * outputs, to `GITHUB_STEP_SUMMARY` its summary), and the cache and artifact services'
 * credentials (`ACTIONS_RUNTIME_TOKEN`...). A run step does get `ACTIONS_ID_TOKEN_REQUEST_*`
 * when the job may request an OIDC token, so those stay. The github-token input is handed over
 * deliberately, as GH_TOKEN.
 *
 * Hygiene, not a boundary: a step runs as the same user as the Action, so it can still read the
 * Action's initial environment in /proc/<pid>/environ and find the file-command files in the
 * runner's temp folder (`_runner_file_commands/`). `guardFileCommands` undoes what steps wrote
 * to those files.
 */
import { lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** The Action's own file-command files: the runner reads them when the Action's step ends. */
export const FILE_COMMAND_VARIABLES = [
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY'
] as const;

/** Given by the runner to JavaScript and container actions, never to a run step. */
const SERVICE_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE'
];

const WITHHELD = new Set<string>([...FILE_COMMAND_VARIABLES, ...SERVICE_VARIABLES]);
const WITHHELD_PREFIXES = ['INPUT_', 'STATE_'];

/** Whether a variable of the Action's process is the Action's own (see the rule above). */
export function isActionOwnVariable(name: string): boolean {
  // Upper-cased: Windows names are case-insensitive.
  const upper = name.toUpperCase();
  return WITHHELD.has(upper) || WITHHELD_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/** The environment for the workflow's steps. */
export function stepEnvironment(env: NodeJS.ProcessEnv, githubToken: string): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (!isActionOwnVariable(name)) result[name] = value;
  }
  // Steps may call `gh` or an agent CLI; give them the token unless the job set its own.
  if (githubToken && !result.GH_TOKEN) result.GH_TOKEN = githubToken;
  return result;
}

export interface FileCommandGuard {
  /** Put back every file a step changed; returns their variables' names. */
  restore(): string[];
}

/**
 * Remember the Action's file-command files as they are now, just before any step runs. Whatever
 * is in them then (the state main saved, anything the runner put there) is kept as it was.
 */
export function guardFileCommands(env: NodeJS.ProcessEnv): FileCommandGuard {
  const kept = FILE_COMMAND_VARIABLES.flatMap((name) => {
    const file = env[name];
    return file ? [{ name, file, content: readOrNull(file) }] : [];
  });
  return {
    restore: () =>
      kept
        .filter(({ file, content }) => {
          const now = readOrNull(file);
          if (now === null ? content === null : content !== null && now.equals(content)) {
            return false;
          }
          // Removed first: a step may have put a link in the file's place.
          rmSync(file, { force: true, recursive: true });
          if (content !== null) writeFileSync(file, content);
          return true;
        })
        .map(({ name }) => name)
  };
}

/** A regular file's content; null for anything else (a link a step put there counts as changed). */
function readOrNull(file: string): Buffer | null {
  try {
    return lstatSync(file).isFile() ? readFileSync(file) : null;
  } catch {
    return null;
  }
}
