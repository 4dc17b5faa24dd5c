/**
 * Building an agent's command line from its integration entry: the
 * invocation text for a spec-kit command, the operator's environment
 * overrides, and the argv for a non-interactive run.
 */
import { WorkflowError } from '../types.js';
import type { AgentCli, ArgvSlot, Integration } from './integrations.js';
import { ShellWordsError, splitShellWords } from './shell-words.js';

/** The environment-variable stem for an integration: `kiro-cli` → `SPECKIT_INTEGRATION_KIRO_CLI`. */
function envStem(key: string): string {
  return `SPECKIT_INTEGRATION_${key.toUpperCase().replace(/-/g, '_')}`;
}

/** Name of the variable that replaces the agent's executable. */
export function executableOverrideVar(key: string): string {
  return `${envStem(key)}_EXECUTABLE`;
}

/** Name of the variable whose words are added to the agent's argv. */
export function extraArgsVar(key: string): string {
  return `${envStem(key)}_EXTRA_ARGS`;
}

/** Copilot's permission switch: `0` turns off `--yolo`. */
export const COPILOT_ALLOW_ALL_VAR = 'SPECKIT_COPILOT_ALLOW_ALL_TOOLS';
/** The older name of the same switch, still honoured when the new one is unset. */
export const COPILOT_ALLOW_ALL_LEGACY_VAR = 'SPECKIT_ALLOW_ALL_TOOLS';

/** The executable to run: the override variable when set (trimmed), else the entry's default. */
export function resolveExecutable(
  integration: Integration,
  cli: AgentCli,
  env: NodeJS.ProcessEnv
): string {
  const override = (env[executableOverrideVar(integration.key)] ?? '').trim();
  return override !== '' ? override : cli.executable;
}

/**
 * The operator's extra words for this agent. A value that cannot be split
 * is a configuration error of the whole run, as in the reference.
 */
export function extraArgs(integration: Integration, env: NodeJS.ProcessEnv): string[] {
  const name = extraArgsVar(integration.key);
  const value = (env[name] ?? '').trim();
  if (value === '') return [];
  try {
    return splitShellWords(value);
  } catch (err) {
    if (!(err instanceof ShellWordsError)) throw err;
    throw new WorkflowError(
      `${name} must be a POSIX-quoted list of arguments, but ${err.message} in ${JSON.stringify(value)}. ` +
        `Quote words that contain spaces, for example ${name}='--append-system-prompt "be brief"'.`
    );
  }
}

/** Whether Copilot runs with `--yolo` (on unless a switch says `0`). */
export function copilotAllowsAllTools(env: NodeJS.ProcessEnv): boolean {
  const current = env[COPILOT_ALLOW_ALL_VAR];
  if (current !== undefined) return current !== '0';
  const legacy = env[COPILOT_ALLOW_ALL_LEGACY_VAR];
  if (legacy !== undefined) return legacy !== '0';
  return true;
}

/** `speckit.plan` → `plan`; other names are kept. */
function commandStem(commandName: string): string {
  return commandName.startsWith('speckit.') ? commandName.slice('speckit.'.length) : commandName;
}

/** The hyphenated skill name of a command: `speckit.git.commit` → `speckit-git-commit`. */
function skillName(commandName: string): string {
  return 'speckit-' + commandStem(commandName).replace(/\./g, '-');
}

/**
 * The text that makes the agent run a spec-kit command, followed by `args`
 * when there are any. Copilot's commands layout is handled by
 * `buildCopilotDispatch` instead.
 */
export function buildCommandInvocation(
  integration: Integration,
  commandName: string,
  args = ''
): string {
  let invocation: string;
  switch (integration.invocation) {
    case 'dotted':
      invocation = `/speckit.${commandStem(commandName)}`;
      break;
    case 'skill':
    case 'copilot':
      invocation = '/' + skillName(commandName);
      break;
    case 'dollar-skill':
      invocation = '$' + skillName(commandName);
      break;
    case 'skill-colon':
      invocation = '/skill:' + skillName(commandName);
      break;
    case 'hyphenated': {
      const name = commandName.replace(/\./g, '-');
      invocation = '/' + (name.startsWith('speckit-') ? name : `speckit-${name}`);
      break;
    }
    case 'hyphenated-keep':
      invocation =
        '/' + (commandName.startsWith('speckit-') ? commandName : skillName(commandName));
      break;
  }
  return args ? `${invocation} ${args}` : invocation;
}

export interface ExecArgsOptions {
  model?: string | null;
  /** Ask for JSON output (the reference asks only when it captures instead of streaming). */
  outputJson: boolean;
  env: NodeJS.ProcessEnv;
  /** Copilot's commands layout: the `.agent.md` agent to select. */
  copilotAgent?: string | null;
}

/** Splits `/name rest` into `name` and `rest` at the first space. */
function splitSlashCommand(prompt: string): [string, string] {
  const body = prompt.slice(1);
  const space = body.indexOf(' ');
  return space === -1 ? [body, ''] : [body.slice(0, space), body.slice(space + 1)];
}

/** The words each prompt-dependent slot expands to. */
function promptSlots(
  integration: Integration,
  cli: AgentCli,
  prompt: string
): Partial<Record<ArgvSlot, string[]>> {
  switch (cli.promptForm) {
    case 'plain':
      return { '<prompt>': [prompt] };
    case 'goose-recipe': {
      if (prompt.startsWith('/speckit.')) {
        const [command, rest] = splitSlashCommand(prompt);
        const stem = command.slice('speckit.'.length);
        if (stem) {
          const recipe = `${integration.commandsDir}/speckit.${stem}.yaml`;
          const words = ['--recipe', recipe];
          if (rest.trim()) words.push('--params', `args=${rest}`);
          return { '<prompt>': words };
        }
      }
      return { '<prompt>': ['-t', prompt] };
    }
    case 'hermes-skill': {
      if (prompt.startsWith('/')) {
        const [command, rest] = splitSlashCommand(prompt);
        if (command) return { '<prompt>': rest ? ['-s', command, '-q', rest] : ['-s', command] };
      }
      return { '<prompt>': ['-q', prompt] };
    }
    case 'opencode-command': {
      let message = prompt;
      let command: string[] = [];
      if (prompt.startsWith('/')) {
        const [name, rest] = splitSlashCommand(prompt);
        if (name) {
          command = ['--command', name];
          message = rest;
        }
      }
      return { '<command>': command, '<message>': message ? [message] : [] };
    }
  }
}

function isSlot(item: string): item is ArgvSlot {
  return item.startsWith('<') && item.endsWith('>');
}

/**
 * The full argv (executable first) that runs `prompt` non-interactively, or
 * null when the integration cannot be dispatched to.
 */
export function buildExecArgs(
  integration: Integration,
  prompt: string,
  options: ExecArgsOptions
): string[] | null {
  const cli = integration.cli;
  if (!cli) return null;
  const slots: Partial<Record<ArgvSlot, string[]>> = {
    ...promptSlots(integration, cli, prompt),
    '<extra>': extraArgs(integration, options.env),
    '<model>': options.model && cli.modelFlag ? [cli.modelFlag, options.model] : [],
    '<json>': options.outputJson ? [...cli.jsonFlags] : [],
    '<agent>': options.copilotAgent ? ['--agent', options.copilotAgent] : [],
    '<permissions>': copilotAllowsAllTools(options.env) ? ['--yolo'] : []
  };
  const argv = [resolveExecutable(integration, cli, options.env)];
  for (const item of cli.argv) {
    const expansion = isSlot(item) ? slots[item] : undefined;
    if (expansion !== undefined) argv.push(...expansion);
    else argv.push(item);
  }
  return argv;
}

/**
 * What Copilot's dispatch runs for a spec-kit command: with the skills
 * layout the prompt is `/speckit-<name> args`; with the commands layout the
 * prompt is just the arguments and `--agent speckit.<name>` selects the agent.
 */
export function buildCopilotCommandArgs(
  integration: Integration,
  commandName: string,
  args: string,
  skillsLayout: boolean,
  options: ExecArgsOptions
): string[] | null {
  if (skillsLayout) {
    return buildExecArgs(
      integration,
      buildCommandInvocation(integration, commandName, args),
      options
    );
  }
  return buildExecArgs(integration, args, {
    ...options,
    copilotAgent: `speckit.${commandStem(commandName)}`
  });
}
