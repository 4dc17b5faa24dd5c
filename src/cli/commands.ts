/**
 * The `specflow` commands: run, resume, status, validate. Thin: each parses
 * its arguments, calls the engine, and reports.
 */
import * as path from 'node:path';
import { WorkflowEngine } from '../engine/engine.js';
import { quoteShellWord } from '../engine/agents/shell-words.js';
import { formatValidationError, type ValidationError } from '../engine/validate.js';
import { enclosingSteps, exitCodeFor, gateAnswer, runOutcome } from '../engine/outcome.js';
import { listRunRecords, loadRunRecord, type ListedRun } from '../engine/run-record.js';
import { waitingView } from '../engine/waiting.js';
import { stripControl } from '../engine/show-file.js';
import {
  InvalidWorkflowError,
  loadValidWorkflow,
  resumeRun,
  startRun,
  type RunResult
} from '../engine/run-lifecycle.js';
import { hasKey, standardJson } from '../engine/pyvalue.js';
import { RunDrivenElsewhereError } from '../engine/types.js';
import type { WorkflowDefinition } from '../engine/definition.js';
import { runIdProblem } from '../engine/ids.js';
import { undeclaredInputs } from '../engine/inputs.js';
import type { RunState as LiveRun } from '../engine/run-state.js';
import { parseArgs, parseInputPairs, UsageError, type ParsedArgs } from './args.js';
import {
  colourForStatus,
  makeStyle,
  terminalGatePrompt,
  terminalReporter,
  type Style
} from './terminal.js';
import { packageVersion } from './version.js';

export interface CliIO {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM: the run stops and is saved as paused. */
  signal: AbortSignal;
  /** The script node runs (process.argv[1]), so hints name the command as it was typed. */
  script?: string;
}

/** Exit code after an interrupted run (it is saved, paused, and resumable). */
export const EXIT_INTERRUPTED = 130;

export const HELP: Record<string, string> = {
  main: `specflow: run spec-kit workflows

Usage:
  specflow run <workflow.yml | installed-id> [-i key=value]... [--json] [--run-id ID] [--no-prompt]
  specflow resume <run-id> [-i key=value]... [--answer OPTION] [--json] [--rerun-items] [--force] [--no-prompt]
  specflow status [run-id] [--json]
  specflow validate <workflow.yml | installed-id> [--json]
  specflow --version

Run state lives in .specify/workflows/runs/<run-id>/ under the current directory.
Exit codes: 0 completed or paused, 1 failed, aborted or any error, 130 interrupted (saved as paused).
Run 'specflow <command> --help' for a command's details.`,
  run: `specflow run <workflow.yml | installed-id> [options]

Start a new run of a workflow: a .yml/.yaml file, or the id of a workflow
installed under .specify/workflows/<id>/workflow.yml.

Options:
  -i, --input key=value  set a workflow input (repeatable); values are coerced to the input's type
  --run-id ID            use this run id (default: $SPECKIT_WORKFLOW_RUN_ID, else 8 random hex chars)
  --no-prompt            a gate pauses the run even on a terminal (without a terminal it always does)
  --json                 print one JSON object with the outcome on stdout; everything else goes to stderr
  -h, --help             show this help`,
  resume: `specflow resume <run-id> [options]

Continue a paused or failed run from the step where it stopped, with the
workflow definition saved in the run. New inputs are merged over the stored ones.
A fan-out being resumed keeps the items whose last run provably gives the same
result (nothing it depended on changed, no gate in it) and runs the others again.

Options:
  -i, --input key=value  set or override a workflow input (repeatable), e.g. a gate's verdict input
  --answer OPTION        answer the gate the run is paused at with one of its options, exactly as
                         written (case matters); for a gate with verdict_input it sets that input,
                         and it also answers a gate without one (spec-kit asks those only at a terminal)
  --json                 print one JSON object with the outcome on stdout
  --rerun-items          run every item of a resumed fan-out again, as spec-kit does
  --no-prompt            a gate pauses the run even on a terminal (without a terminal it always does)
  --force                take over a run that a process on another host is driving (or left
                         running): only when you know that process is gone
  -h, --help             show this help`,
  status: `specflow status [run-id] [options]

Without a run id, list the runs in this project; with one, show that run's steps.

Options:
  --json      print JSON on stdout
  -h, --help  show this help`,
  validate: `specflow validate <workflow.yml | installed-id> [options]

Check a workflow without running it; each problem is shown with its file:line:col.

Options:
  --json      print {"valid": bool, "errors": [...]} on stdout
  -h, --help  show this help`
};

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  const errStyle = makeStyle(io.stderr, io.env);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(HELP.main + '\n');
    return command === undefined ? 1 : 0;
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    io.stdout.write(`specflow ${packageVersion()}\n`);
    return 0;
  }
  // `--json` promises one JSON object for every outcome, a usage error included (told from the
  // raw arguments, since they did not parse).
  const usageError = (message: string, help: string): number => {
    if (argv.includes('--json'))
      io.stdout.write(JSON.stringify({ error: message }, null, 2) + '\n');
    io.stderr.write(`${errStyle.red('error:')} ${message}\n\n${help}\n`);
    return 1;
  };
  if (!hasKey(HELP, command) || command === 'main') {
    return usageError(`unknown command ${JSON.stringify(command)}`, HELP.main);
  }
  let args: ParsedArgs;
  try {
    args = parseArgs(command, rest);
  } catch (err) {
    return usageError((err as Error).message, HELP[command]);
  }
  if (args.help) {
    io.stdout.write(HELP[command] + '\n');
    return 0;
  }
  try {
    switch (command) {
      case 'run':
        return await runCommand(args, io);
      case 'resume':
        return await resumeCommand(args, io);
      case 'status':
        return statusCommand(args, io);
      default:
        return validateCommand(args, io);
    }
  } catch (err) {
    return reportError(err, args, io);
  }
}

function reportError(err: unknown, args: ParsedArgs, io: CliIO): number {
  let message = err instanceof Error ? err.message : String(err);
  if (err instanceof RunDrivenElsewhereError) {
    message += `: if you know it is, run \`${invocation(io)} resume ${err.runId} --force\``;
  }
  if (args.json) io.stdout.write(JSON.stringify({ error: message }, null, 2) + '\n');
  const style = makeStyle(io.stderr, io.env);
  io.stderr.write(`${style.red('error:')} ${message}\n`);
  if (err instanceof UsageError) return 1;
  if (io.env.SPECFLOW_DEBUG && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
  return 1;
}

function onePositional(args: ParsedArgs, what: string): string {
  if (args.positionals.length !== 1) {
    throw new UsageError(`expected exactly one ${what}, got ${args.positionals.length}`);
  }
  return args.positionals[0];
}

/** A run id given on the command line, checked here so the error names where it came from. */
function runIdFrom(value: string, source: string): string {
  const problem = runIdProblem(value);
  if (problem !== null) throw new UsageError(`${source}: ${problem}`);
  return value;
}

/**
 * The command this process answers to, so every hint can be pasted as printed: `npx specflow`
 * under npx, `specflow` from a link on PATH, else `node <the script>`.
 */
export function invocation(io: Pick<CliIO, 'env' | 'cwd' | 'script'>): string {
  if (io.env.npm_command === 'exec') return 'npx specflow';
  const script = io.script;
  if (script === undefined || path.basename(script) === 'specflow') return 'specflow';
  const relative = path.relative(io.cwd, script);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? script : relative;
  return `node ${quoteShellWord(shown)}`;
}

interface Session {
  engine: WorkflowEngine;
  style: Style;
  /** Where a person reads along: stdout, or stderr when stdout carries the JSON outcome. */
  human: NodeJS.WritableStream;
  /** Whether a gate can ask on the terminal (one is attached, and --no-prompt was not given). */
  canAsk: boolean;
}

function makeEngine(args: ParsedArgs, io: CliIO): Session {
  // With --json, stdout carries only the outcome object: everything else goes to stderr.
  const human = args.json ? io.stderr : io.stdout;
  const style = makeStyle(human, io.env);
  const { reporter, output } = terminalReporter(human, style, { quietSteps: false });
  const canAsk = Boolean(io.stdin.isTTY) && !args.noPrompt;
  const engine = new WorkflowEngine({
    projectRoot: io.cwd,
    reporter,
    output,
    prompt: canAsk ? terminalGatePrompt(io.stdin, io.stderr, io.signal) : null,
    signal: io.signal,
    env: io.env
  });
  return { engine, style, human, canAsk };
}

/**
 * Once the engine has accepted the run (nothing refused it), print its header and warn about
 * inputs the workflow does not declare: the engine drops them, as the reference does.
 */
function announceOnAccept(
  session: Session,
  io: CliIO,
  inputs: Record<string, unknown>,
  header: (state: LiveRun) => string
): void {
  const { engine, human } = session;
  engine.onRunAccepted((state) => {
    human.write(`${header(state)}\n`);
    const definition = engine.liveDefinition;
    if (definition === null) return;
    const warn = makeStyle(io.stderr, io.env).yellow('warning:');
    for (const name of undeclaredInputs(definition, inputs)) {
      io.stderr.write(
        `${warn} input ${JSON.stringify(name)} is not declared by workflow ${String(definition.id)}: it is ignored\n`
      );
    }
  });
}

async function runCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const source = onePositional(args, 'workflow (file or installed id)');
  const session = makeEngine(args, io);
  const inputs = parseInputPairs(args.inputs);
  if (args.runId !== undefined) runIdFrom(args.runId, '--run-id');
  else if (io.env.SPECKIT_WORKFLOW_RUN_ID?.trim()) {
    runIdFrom(io.env.SPECKIT_WORKFLOW_RUN_ID.trim(), 'SPECKIT_WORKFLOW_RUN_ID');
  }
  const { engine, style } = session;
  announceOnAccept(session, io, inputs, (state) => {
    const definition = engine.liveDefinition;
    const name = definition === null ? state.workflowId : String(definition.name);
    return `${style.bold('Running workflow:')} ${name} (${state.workflowId}), run ${state.runId}`;
  });
  const result = await startRun(engine, { workflow: source, inputs, runId: args.runId });
  return finish(result, args, io, session);
}

async function resumeCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const runId = runIdFrom(onePositional(args, 'run id'), 'run id argument');
  const inputs = parseInputPairs(args.inputs);
  const session = makeEngine(args, io);
  const { engine, style } = session;
  announceOnAccept(session, io, inputs, (state) => {
    return `${style.bold('Resuming run:')} ${state.runId} (${state.workflowId})`;
  });
  const result = await resumeRun(engine, {
    runId,
    inputs,
    rerunItems: args.rerunItems,
    force: args.force,
    answer: args.answer ?? null
  });
  return finish(result, args, io, session);
}

function finish(result: RunResult, args: ParsedArgs, io: CliIO, session: Session): number {
  const { outcome } = result;
  const { style } = session;
  const interrupted = io.signal.aborted && outcome.status === 'paused';
  if (args.json) io.stdout.write(standardJson(outcome, 2) + '\n');
  // With --json the person watching still gets the story, on stderr beside the step lines.
  const out = session.human;
  const command = invocation(io);
  out.write(`\n${colourForStatus(style, outcome.status)(`Status: ${outcome.status}`)}\n`);
  out.write(`${style.dim(`Run ID: ${outcome.run_id}`)}\n`);
  if (outcome.failed_step_id) {
    const label = outcome.status === 'aborted' ? 'Aborted at:' : 'Failed step:';
    out.write(`${style.red(label)} ${outcome.failed_step_id}\n`);
  }
  if (outcome.error) out.write(`${style.red('Error:')} ${outcome.error}\n`);
  if (outcome.status === 'failed') {
    out.write(
      `\nResume with: ${style.cyan(`${command} resume ${outcome.run_id}`)} (once the cause is fixed: the failed step runs again)\n`
    );
  }
  if (outcome.status === 'paused') {
    if (interrupted) out.write('Interrupted; the run was saved.\n');
    const gate = outcome.gate;
    if (gate && gate.message !== null) out.write(`Gate ${gate.step_id}: ${gate.message}\n`);
    const answer = gateAnswer(result);
    const resume = `${command} resume ${outcome.run_id}`;
    if (answer !== null && answer.verdictInput === null) {
      // A gate that reads no input is answered by --answer (specflow's), or at a terminal: a
      // plain resume without either would pause again.
      const answerWith =
        answer.approveWith === null
          ? `${resume} --answer <option>`
          : `${resume} --answer ${quoteShellWord(answer.approveWith)}`;
      out.write(
        `\nGate ${answer.stepId} has no verdict_input: resume with ${style.cyan(answerWith)}${optionsNote(answer.options)}, or run ${style.cyan(resume)} in a terminal${args.noPrompt ? ', without --no-prompt,' : ''} to be asked.\n`
      );
    } else {
      // Quoted: option names come from the workflow and the line is meant to be pasted.
      const verdict =
        answer?.verdictInput && answer.approveWith !== null
          ? ` -i ${quoteShellWord(`${answer.verdictInput}=${answer.approveWith}`)}`
          : '';
      out.write(`\nResume with: ${style.cyan(`${resume}${verdict}`)}\n`);
      if (answer?.verdictInput && answer.approveWith !== null) {
        out.write(
          `(or ${style.cyan(`${resume} --answer ${quoteShellWord(answer.approveWith)}`)}, which sets ${answer.verdictInput})\n`
        );
      }
    }
  }
  if (result.crash !== null && io.env.SPECFLOW_DEBUG && result.crash instanceof Error) {
    io.stderr.write(`${result.crash.stack ?? result.crash.message}\n`);
  }
  return interrupted ? EXIT_INTERRUPTED : exitCodeFor(outcome.status);
}

/** ` (options: a, b)`: what `--answer` may be, quoted as it is to be pasted; '' for one option. */
function optionsNote(options: string[]): string {
  if (options.length < 2) return '';
  return ` (options: ${options.map((o) => quoteShellWord(o)).join(', ')})`;
}

/** Rows as columns padded to their widest cell; `colour` styles a cell after padding. */
function table(
  rows: string[][],
  colour: (row: number, column: number, cell: string) => string = (_r, _c, cell) => cell
): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r, i) =>
      r
        .map((cell, c) => colour(i, c, c === r.length - 1 ? cell : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd()
    )
    .join('\n');
}

function statusCommand(args: ParsedArgs, io: CliIO): number {
  if (args.positionals.length > 1) throw new UsageError('expected at most one run id');
  const style = makeStyle(io.stdout, io.env);
  if (args.positionals.length === 0) {
    const runs = listRunRecords(io.cwd).map(listedRunJson);
    if (args.json) {
      io.stdout.write(standardJson(runs, 2) + '\n');
      return 0;
    }
    if (runs.length === 0) {
      io.stdout.write('No runs in this project.\n');
      return 0;
    }
    const rows = [
      ['RUN ID', 'STATUS', 'WORKFLOW', 'CURRENT STEP', 'SINCE', 'DETAIL'],
      ...runs.map((run) =>
        [
          run.run_id,
          run.status,
          run.workflow_id ?? '-',
          run.current_step_id ?? '-',
          shownTime(run.waiting_since ?? run.updated_at),
          runDetail(run)
        ].map(tableCell)
      )
    ];
    const coloured = (row: number, column: number, cell: string): string =>
      row === 0
        ? style.bold(cell)
        : column === 1
          ? colourForStatus(style, runs[row - 1].status)(cell)
          : cell;
    io.stdout.write(table(rows, coloured) + '\n');
    return 0;
  }
  const { state, definition } = loadRunRecord(
    io.cwd,
    runIdFrom(args.positionals[0], 'run id argument')
  );
  const outcome = runOutcome(state);
  if (args.json) {
    const steps = Object.fromEntries(
      Object.entries(state.stepResults).map(([id, rec]) => [
        id,
        { type: rec.type, status: rec.status, error: rec.error }
      ])
    );
    io.stdout.write(standardJson({ ...outcome, steps }, 2) + '\n');
    return 0;
  }
  io.stdout.write(
    `Run ${state.runId} of ${state.workflowId}: ${colourForStatus(style, state.status)(state.status)}\n`
  );
  io.stdout.write(
    `Current step: ${state.currentStepId ?? '-'} (index ${state.currentStepIndex})\n`
  );
  const halted = outcome.failed_step_id ?? null;
  // The steps holding the one that failed (its fan-out, loop, branch) say completed in their
  // own records, as in the reference: each is marked as stopped by it.
  const enclosing =
    halted === null || definition === null ? [] : enclosingSteps(definition.steps, halted);
  if (halted !== null) {
    const label = outcome.status === 'aborted' ? 'Aborted at:' : 'Failed step:';
    io.stdout.write(`${style.red(label)} ${halted}\n`);
  }
  if (outcome.error) io.stdout.write(`${style.red('Error:')} ${outcome.error}\n`);
  const waiting = waitingView({ state, definition });
  if (waiting.reason === 'gate' || waiting.reason === 'interrupted') {
    const what =
      waiting.reason === 'gate'
        ? `gate ${waiting.gate}${waiting.message === null ? '' : `: ${tableCell(waiting.message)}`}`
        : 'interrupted: resume to go on';
    io.stdout.write(`Waiting since ${shownTime(waiting.waiting_since)} at ${what}\n`);
  }
  if (outcome.distribution !== undefined) {
    const { step_id: at, shards, items } = outcome.distribution;
    io.stdout.write(
      `Distributed: fan-out ${at}, ${items} item${items === 1 ? '' : 's'} in ${shards} shard${shards === 1 ? '' : 's'} for matrix jobs, waiting for its gather\n`
    );
  }
  const entries = Object.entries(state.stepResults);
  if (entries.length === 0) return 0;
  const rows = [
    ['STATUS', 'STEP', 'TYPE', ''],
    ...entries.map(([id, rec]) => [
      String(rec.status),
      id,
      String(rec.type),
      halted === null
        ? ''
        : id === halted
          ? `<- ${outcome.status === 'aborted' ? 'aborted' : 'failed'} the run`
          : enclosing.includes(id)
            ? `(stopped by ${halted})`
            : ''
    ])
  ];
  const coloured = (row: number, column: number, cell: string): string =>
    row === 0
      ? style.bold(cell)
      : column === 0
        ? colourForStatus(style, String(entries[row - 1][1].status))(cell)
        : cell;
  io.stdout.write(table(rows, coloured) + '\n');
  return 0;
}

/** A run as `status --json` lists it; a folder whose state does not load is `damaged`. */
interface ListedRunJson {
  run_id: string;
  workflow_id: string | null;
  status: string;
  current_step_id: string | null;
  updated_at: string | null;
  /** What a paused run waits for (waiting.ts); null, as the three after it, unless paused. */
  reason: string | null;
  gate: string | null;
  message: string | null;
  waiting_since: string | null;
  /** The run's error, or why a damaged run's state does not load. */
  error: string | null;
}

function listedRunJson(listed: ListedRun): ListedRunJson {
  if ('error' in listed) {
    return {
      run_id: listed.runId,
      workflow_id: null,
      status: 'damaged',
      current_step_id: null,
      updated_at: null,
      reason: null,
      gate: null,
      message: null,
      waiting_since: null,
      error: listed.error
    };
  }
  const view = waitingView(listed.record);
  return {
    run_id: view.run_id,
    workflow_id: view.workflow_id,
    status: view.status,
    current_step_id: view.current_step_id,
    updated_at: view.updated_at,
    reason: view.reason,
    gate: view.gate,
    message: view.message,
    waiting_since: view.waiting_since,
    error: listed.record.state.error
  };
}

/**
 * The list's last column: what a paused run waits for, or what went wrong. A gate's message and
 * a run's error are cut short (the run's own status shows them whole); why a damaged run does not
 * load is shown whole, its file named first.
 */
function runDetail(run: ListedRunJson): string {
  if (run.status === 'damaged') return `cannot load: ${tableCell(run.error ?? '')}`;
  switch (run.reason) {
    case 'gate':
      return run.message === null
        ? `gate ${run.gate}`
        : `gate ${run.gate}: ${cutShort(tableCell(run.message))}`;
    case 'interrupted':
      return 'interrupted: resume to go on';
    case 'distributed':
      return `gather of fan-out ${run.current_step_id ?? ''}`;
    case 'other':
      return 'a resume';
  }
  return run.error === null ? '' : `error: ${cutShort(tableCell(run.error))}`;
}

/** The longest message the run list shows before it is cut with an ellipsis. */
const MAX_MESSAGE_CHARS = 60;

function cutShort(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_MESSAGE_CHARS
    ? text
    : `${chars.slice(0, MAX_MESSAGE_CHARS - 1).join('')}…`;
}

/**
 * Text from a run (a gate's message is workflow text, an error may quote a file) as one table
 * cell: on one line, and without control characters, a terminal's escapes among them.
 */
function tableCell(text: string): string {
  return stripControl(text.replace(/\s+/g, ' ')).trim();
}

/** A state timestamp as the list shows it, to the second in UTC; '-' for none. */
function shownTime(timestamp: string | null): string {
  if (timestamp === null || timestamp === '') return '-';
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return timestamp;
  return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function validateCommand(args: ParsedArgs, io: CliIO): number {
  const source = onePositional(args, 'workflow (file or installed id)');
  const engine = new WorkflowEngine({ projectRoot: io.cwd, env: io.env });
  let definition: WorkflowDefinition;
  let errors: ValidationError[] = [];
  try {
    definition = loadValidWorkflow(engine, source);
  } catch (err) {
    if (!(err instanceof InvalidWorkflowError)) throw err;
    definition = err.definition;
    errors = err.errors;
  }
  if (args.json) {
    io.stdout.write(JSON.stringify({ valid: errors.length === 0, errors }, null, 2) + '\n');
  } else if (errors.length === 0) {
    io.stdout.write(`${source}: valid (${String(definition.id)} ${String(definition.version)})\n`);
  } else {
    for (const e of errors) io.stderr.write(`${formatValidationError(e)}\n`);
    io.stderr.write(`${errors.length} problem${errors.length === 1 ? '' : 's'} found\n`);
  }
  return errors.length === 0 ? 0 : 1;
}
