/**
 * Command-line argument parsing for `specflow` (small and strict: unknown
 * flags are errors, so a typo never silently changes a run).
 */
import { getOr, setKey } from '../engine/pyvalue.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  positionals: string[];
  /** `-i/--input key=value`, in order. */
  inputs: string[];
  json: boolean;
  help: boolean;
  runId?: string;
  /** `--rerun-items` (resume): run every fan-out item again, as spec-kit does. */
  rerunItems: boolean;
  /** `--force` (resume): take over a run another host's process drives (known to be gone). */
  force: boolean;
  /** `--no-prompt` (run, resume): a gate pauses the run even on a terminal, as it does in a script. */
  noPrompt: boolean;
  /** `--answer <option>` (resume): the answer to the gate the run is paused at. */
  answer?: string;
}

/** Flags each command accepts besides --help. */
const COMMAND_FLAGS: Record<string, readonly string[]> = {
  run: ['--input', '--json', '--run-id', '--no-prompt'],
  resume: ['--input', '--json', '--rerun-items', '--force', '--no-prompt', '--answer'],
  status: ['--json'],
  validate: ['--json']
};

export function parseArgs(command: string, argv: string[]): ParsedArgs {
  const allowed: readonly string[] = getOr(COMMAND_FLAGS, command, []);
  const parsed: ParsedArgs = {
    positionals: [],
    inputs: [],
    json: false,
    help: false,
    rerunItems: false,
    force: false,
    noPrompt: false
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const takeValue = (flag: string): string => {
      const eq = arg.indexOf('=');
      if (arg.startsWith('--') && eq > 0) return arg.slice(eq + 1);
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      return value;
    };
    const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
    if (name === '--help' || name === '-h') {
      parsed.help = true;
    } else if (name === '-i' || name === '--input') {
      if (!allowed.includes('--input')) throw new UsageError(`${command} does not take ${name}`);
      parsed.inputs.push(takeValue('--input'));
    } else if (name === '--json') {
      if (!allowed.includes('--json')) throw new UsageError(`${command} does not take --json`);
      parsed.json = true;
    } else if (name === '--rerun-items' || name === '--force' || name === '--no-prompt') {
      if (!allowed.includes(name)) throw new UsageError(`${command} does not take ${name}`);
      if (arg !== name) throw new UsageError(`${name} takes no value`);
      if (name === '--force') parsed.force = true;
      else if (name === '--no-prompt') parsed.noPrompt = true;
      else parsed.rerunItems = true;
    } else if (name === '--answer') {
      if (!allowed.includes('--answer')) throw new UsageError(`${command} does not take --answer`);
      // A second answer would silently replace the first: say so instead.
      if (parsed.answer !== undefined) throw new UsageError('--answer is given more than once');
      parsed.answer = takeValue('--answer');
    } else if (name === '--run-id') {
      if (!allowed.includes('--run-id')) throw new UsageError(`${command} does not take --run-id`);
      parsed.runId = takeValue('--run-id');
    } else if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      parsed.positionals.push(arg);
    }
  }
  return parsed;
}

/**
 * `key=value` pairs into an inputs mapping. Values stay strings: the
 * workflow's declared input types coerce them, as in the reference.
 */
export function parseInputPairs(pairs: string[]): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 0) throw new UsageError(`input ${JSON.stringify(pair)} is not key=value`);
    const key = pair.slice(0, eq).trim();
    if (key === '') throw new UsageError(`input ${JSON.stringify(pair)} has an empty key`);
    setKey(inputs, key, pair.slice(eq + 1).trim());
  }
  return inputs;
}
