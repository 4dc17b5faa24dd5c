/**
 * The AI coding agents a workflow can dispatch to, one declarative entry per
 * spec-kit integration key.
 *
 * Every key spec-kit registers is listed (so `init` and error messages know
 * them all); only entries with a `cli` can run a `command` or `prompt` step.
 * The argv each entry describes must stay identical to what spec-kit builds:
 * tests/agents/argv.test.ts pins every entry against a table generated from
 * the reference.
 */

/**
 * How a command name such as `speckit.plan` (or `plan`, or
 * `speckit.git.commit`) becomes the text the agent understands.
 *
 * - `dotted`: markdown commands, `/speckit.plan`
 * - `skill`: agent skills, `/speckit-plan` (dots in the rest become hyphens)
 * - `dollar-skill`: skills invoked with `$` (`$speckit-plan`)
 * - `skill-colon`: skills invoked as `/skill:speckit-plan`
 * - `hyphenated`: dots become hyphens and `speckit-` is added when missing
 * - `hyphenated-keep`: like `hyphenated`, but a name already starting with
 *   `speckit-` is used unchanged (dots and all)
 * - `copilot`: `/speckit-plan` for a skills layout; for the commands layout
 *   the prompt is only the arguments and the agent is chosen with `--agent`
 */
export type InvocationStyle =
  | 'dotted'
  | 'skill'
  | 'dollar-skill'
  | 'skill-colon'
  | 'hyphenated'
  | 'hyphenated-keep'
  | 'copilot';

/**
 * Placeholders in an argv template. Everything else is a literal word.
 *
 * - `<prompt>`: the prompt (or what `promptForm` turns it into)
 * - `<extra>`: the words of `SPECKIT_INTEGRATION_<KEY>_EXTRA_ARGS`
 * - `<model>`: `modelFlag` and the model, when a model is set
 * - `<json>`: `jsonFlags`, when JSON output is asked for
 * - `<agent>`: Copilot's `--agent speckit.<name>` (commands layout only)
 * - `<permissions>`: Copilot's `--yolo`, unless switched off
 * - `<command>` / `<message>`: opencode's split of a slash command
 */
export type ArgvSlot =
  | '<prompt>'
  | '<extra>'
  | '<model>'
  | '<json>'
  | '<agent>'
  | '<permissions>'
  | '<command>'
  | '<message>';

/**
 * How the prompt is placed into argv.
 *
 * - `plain`: the prompt is one word
 * - `goose-recipe`: `/speckit.<name> rest` runs the installed recipe
 *   (`--recipe .goose/recipes/speckit.<name>.yaml --params args=rest`);
 *   anything else is `-t <prompt>`
 * - `hermes-skill`: `/<skill> rest` becomes `-s <skill> -q rest`; anything
 *   else is `-q <prompt>`
 * - `opencode-command`: `/<command> rest` becomes `--command <command>` and
 *   the message `rest`; anything else is the message
 */
export type PromptForm = 'plain' | 'goose-recipe' | 'hermes-skill' | 'opencode-command';

export interface AgentCli {
  /** The executable when no `SPECKIT_INTEGRATION_<KEY>_EXECUTABLE` override is set. */
  executable: string;
  /** Arguments after the executable. */
  argv: readonly (string | ArgvSlot)[];
  /** Flag that selects a model; null when the agent ignores the model. */
  modelFlag: string | null;
  /** Flags that ask for JSON output (empty when the agent has none). */
  jsonFlags: readonly string[];
  promptForm: PromptForm;
}

export interface Integration {
  /** The integration key used in workflows (`integration: claude`). */
  key: string;
  /** Human name, for messages. */
  name: string;
  /** Where to read how to install the agent, when spec-kit knows. */
  installUrl: string | null;
  invocation: InvocationStyle;
  /** How to run the agent non-interactively; null when spec-kit cannot dispatch to it. */
  cli: AgentCli | null;
  /** Folder of installed commands relative to the project (goose recipes). */
  commandsDir?: string;
}

// The argv shared by most agents: `<exe> -p <prompt> [extra] [--model M] [--output-format json]`.
const PRINT_ARGV = ['-p', '<prompt>', '<extra>', '<model>', '<json>'] as const;
const OUTPUT_FORMAT_JSON = ['--output-format', 'json'] as const;

function printCli(executable: string, modelFlag = '--model'): AgentCli {
  return {
    executable,
    argv: PRINT_ARGV,
    modelFlag,
    jsonFlags: OUTPUT_FORMAT_JSON,
    promptForm: 'plain'
  };
}

function entry(
  key: string,
  name: string,
  installUrl: string | null,
  invocation: InvocationStyle,
  cli: AgentCli | null
): Integration {
  return { key, name, installUrl, invocation, cli };
}

const ROVODEV_OUTPUT_SCHEMA = '{"type": "object", "properties": {"result": {"type": "string"}}}';

const ENTRIES: Integration[] = [
  entry('agy', 'Antigravity', 'https://antigravity.google/', 'skill', {
    executable: 'agy',
    argv: ['--print', '<prompt>', '<extra>'],
    modelFlag: null,
    jsonFlags: [],
    promptForm: 'plain'
  }),
  entry('alquimia', 'Alquimia AI', 'https://docs.alquimia.ai', 'skill', printCli('alquimia')),
  entry('amp', 'Amp', 'https://ampcode.com/manual#install', 'dotted', printCli('amp')),
  entry(
    'auggie',
    'Auggie CLI',
    'https://docs.augmentcode.com/cli/setup-auggie/install-auggie-cli',
    'dotted',
    printCli('auggie')
  ),
  entry('bob', 'IBM Bob', null, 'dotted', null),
  entry(
    'claude',
    'Claude Code',
    'https://docs.anthropic.com/en/docs/claude-code/setup',
    'skill',
    printCli('claude')
  ),
  entry('cline', 'Cline', 'https://github.com/cline/cline', 'hyphenated', null),
  entry(
    'codebuddy',
    'CodeBuddy',
    'https://www.codebuddy.cn/docs/cli/installation',
    'dotted',
    printCli('codebuddy')
  ),
  entry('codex', 'Codex CLI', 'https://github.com/openai/codex', 'dollar-skill', {
    executable: 'codex',
    argv: ['exec', '<prompt>', '<extra>', '<model>', '<json>'],
    modelFlag: '--model',
    jsonFlags: ['--json'],
    promptForm: 'plain'
  }),
  entry(
    'command-code',
    'Command Code',
    'https://commandcode.ai/docs',
    'dollar-skill',
    printCli('command-code')
  ),
  entry(
    'copilot',
    'GitHub Copilot',
    'https://docs.github.com/en/copilot/concepts/agents/copilot-cli/about-copilot-cli',
    'copilot',
    {
      executable: process.platform === 'win32' ? 'copilot.cmd' : 'copilot',
      argv: ['-p', '<prompt>', '<extra>', '<agent>', '<permissions>', '<model>', '<json>'],
      modelFlag: '--model',
      jsonFlags: OUTPUT_FORMAT_JSON,
      promptForm: 'plain'
    }
  ),
  entry('cursor-agent', 'Cursor', 'https://docs.cursor.com/en/cli/overview', 'skill', {
    executable: 'cursor-agent',
    argv: [
      '-p',
      '--trust',
      '--approve-mcps',
      '--force',
      '<prompt>',
      '<extra>',
      '<model>',
      '<json>'
    ],
    modelFlag: '--model',
    jsonFlags: OUTPUT_FORMAT_JSON,
    promptForm: 'plain'
  }),
  entry('devin', 'Devin for Terminal', 'https://cli.devin.ai/docs', 'skill', {
    executable: 'devin',
    argv: ['-p', '<prompt>', '<extra>', '<model>'],
    modelFlag: '--model',
    jsonFlags: [],
    promptForm: 'plain'
  }),
  entry('droid', 'Factory Droid', 'https://docs.factory.ai/cli/getting-started/overview', 'skill', {
    executable: 'droid',
    // Droid alone puts the operator's extra words after its own flags.
    argv: ['exec', '<prompt>', '<model>', '<json>', '<extra>'],
    modelFlag: '--model',
    jsonFlags: OUTPUT_FORMAT_JSON,
    promptForm: 'plain'
  }),
  entry('firebender', 'Firebender', 'https://firebender.com/', 'dotted', null),
  entry('forge', 'Forge', 'https://forgecode.dev/docs/', 'hyphenated-keep', printCli('forge')),
  entry(
    'gemini',
    'Gemini CLI',
    'https://github.com/google-gemini/gemini-cli',
    'dotted',
    printCli('gemini', '-m')
  ),
  entry('generic', 'Generic (bring your own agent)', null, 'dotted', null),
  {
    key: 'goose',
    name: 'Goose',
    installUrl: 'https://goose-docs.ai/docs/getting-started/installation',
    invocation: 'dotted',
    commandsDir: '.goose/recipes',
    cli: {
      executable: 'goose',
      argv: ['run', '<extra>', '<model>', '<json>', '<prompt>'],
      modelFlag: '--model',
      jsonFlags: OUTPUT_FORMAT_JSON,
      promptForm: 'goose-recipe'
    }
  },
  entry('grok', 'Grok Build', 'https://docs.x.ai/build/overview', 'skill', {
    executable: 'grok',
    argv: ['-p', '<prompt>', '--always-approve', '<extra>', '<model>', '<json>'],
    modelFlag: '--model',
    jsonFlags: OUTPUT_FORMAT_JSON,
    promptForm: 'plain'
  }),
  entry('hermes', 'Hermes Agent', 'https://github.com/NousResearch/hermes-agent', 'skill', {
    executable: 'hermes',
    argv: ['chat', '-Q', '<extra>', '<model>', '<json>', '<prompt>'],
    modelFlag: '-m',
    jsonFlags: ['--json'],
    promptForm: 'hermes-skill'
  }),
  entry('junie', 'Junie', 'https://junie.jetbrains.com/', 'hyphenated', printCli('junie')),
  entry('kilocode', 'Kilo Code', null, 'dotted', null),
  entry('kimi', 'Kimi Code', 'https://code.kimi.com/', 'skill-colon', printCli('kimi')),
  entry('kiro-cli', 'Kiro CLI', 'https://kiro.dev/docs/cli/', 'dotted', printCli('kiro-cli')),
  entry('lingma', 'Lingma', null, 'skill', null),
  entry('omp', 'Oh My Pi', 'https://www.npmjs.com/package/@oh-my-pi/pi-coding-agent', 'dotted', {
    executable: 'omp',
    // `--print` is a switch; the prompt is the last positional word.
    argv: ['--print', '<extra>', '<model>', '<json>', '<prompt>'],
    modelFlag: '--model',
    jsonFlags: ['--mode', 'json'],
    promptForm: 'plain'
  }),
  entry('opencode', 'opencode', 'https://opencode.ai', 'dotted', {
    executable: 'opencode',
    argv: ['run', '<extra>', '<command>', '<model>', '<json>', '<message>'],
    modelFlag: '-m',
    jsonFlags: ['--format', 'json'],
    promptForm: 'opencode-command'
  }),
  entry(
    'pi',
    'Pi Coding Agent',
    'https://www.npmjs.com/package/@earendil-works/pi-coding-agent',
    'dotted',
    printCli('pi')
  ),
  entry('qodercli', 'Qoder CLI', 'https://qoder.com/cli', 'skill', printCli('qodercli')),
  entry('qwen', 'Qwen Code', 'https://github.com/QwenLM/qwen-code', 'dotted', printCli('qwen')),
  entry('rovodev', 'RovoDev ACLI', 'https://www.atlassian.com/software/rovo-dev', 'skill', {
    // Rovo Dev is a subcommand of Atlassian's `acli`; it takes no model.
    executable: 'acli',
    argv: ['rovodev', 'run', '<prompt>', '<extra>', '<json>'],
    modelFlag: null,
    jsonFlags: ['--output-schema', ROVODEV_OUTPUT_SCHEMA],
    promptForm: 'plain'
  }),
  entry('shai', 'SHAI', 'https://github.com/ovh/shai', 'dotted', printCli('shai')),
  entry(
    'tabnine',
    'Tabnine CLI',
    'https://docs.tabnine.com/main/getting-started/tabnine-cli',
    'dotted',
    printCli('tabnine', '-m')
  ),
  entry('trae', 'Trae', null, 'skill', null),
  entry(
    'vibe',
    'Mistral Vibe',
    'https://github.com/mistralai/mistral-vibe',
    'skill',
    printCli('vibe')
  ),
  entry('zcode', 'ZCode', 'https://zcode.z.ai/', 'dollar-skill', printCli('zcode')),
  entry('zed', 'Zed', null, 'skill', null)
];

/** Every integration, keyed by integration key. */
export const INTEGRATIONS: ReadonlyMap<string, Integration> = new Map(
  ENTRIES.map((e) => [e.key, e])
);

export function getIntegration(key: string): Integration | undefined {
  return INTEGRATIONS.get(key);
}

/** Integration keys in sorted order (for messages). */
export function integrationKeys(): string[] {
  return [...INTEGRATIONS.keys()].sort();
}
