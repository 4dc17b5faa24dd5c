/**
 * The `specflow` commands: run, resume, status, validate. Thin: each parses
 * its arguments, calls the engine, and reports.
 */
import { WorkflowEngine } from '../engine/engine.js';
import { quoteShellWord } from '../engine/agents/shell-words.js';
import { formatValidationError, type ValidationError } from '../engine/validate.js';
import { exitCodeFor, gateAnswer, runOutcome } from '../engine/outcome.js';
import { RunState, listRuns } from '../engine/run-state.js';
import {
  InvalidWorkflowError,
  loadValidWorkflow,
  resumeRun,
  startRun,
  type RunResult
} from '../engine/run-lifecycle.js';
import { hasKey, standardJson } from '../engine/pyvalue.js';
import type { WorkflowDefinition } from '../engine/definition.js';
import { runIdProblem } from '../engine/ids.js';
import { parseArgs, parseInputPairs, UsageError, type ParsedArgs } from './args.js';
import {
  colourForStatus,
  makeStyle,
  terminalGatePrompt,
  terminalReporter,
  type Style
} from './terminal.js';

export interface CliIO {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM: the run stops and is saved as paused. */
  signal: AbortSignal;
}

/** Exit code after an interrupted run (it is saved, paused, and resumable). */
export const EXIT_INTERRUPTED = 130;

export const HELP: Record<string, string> = {
  main: `specflow: run spec-kit workflows

Usage:
  specflow run <workflow.yml | installed-id> [-i key=value]... [--json] [--run-id ID]
  specflow resume <run-id> [-i key=value]... [--json] [--rerun-items] [--force]
  specflow status [run-id] [--json]
  specflow validate <workflow.yml | installed-id> [--json]

Run state lives in .specify/workflows/runs/<run-id>/ under the current directory.
Exit codes: 0 completed or paused, 1 failed, aborted or any error, 130 interrupted (saved as paused).
Run 'specflow <command> --help' for a command's details.`,
  run: `specflow run <workflow.yml | installed-id> [options]

Start a new run of a workflow: a .yml/.yaml file, or the id of a workflow
installed under .specify/workflows/<id>/workflow.yml.

Options:
  -i, --input key=value  set a workflow input (repeatable); values are coerced to the input's type
  --run-id ID            use this run id (default: $SPECKIT_WORKFLOW_RUN_ID, else 8 random hex chars)
  --json                 print one JSON object with the outcome on stdout; everything else goes to stderr
  -h, --help             show this help`,
  resume: `specflow resume <run-id> [options]

Continue a paused or failed run from the step where it stopped, with the
workflow definition saved in the run. New inputs are merged over the stored ones.
A fan-out being resumed keeps the items whose last run provably gives the same
result (nothing it depended on changed, no gate in it) and runs the others again.

Options:
  -i, --input key=value  set or override a workflow input (repeatable), e.g. a gate's verdict input
  --json                 print one JSON object with the outcome on stdout
  --rerun-items          run every item of a resumed fan-out again, as spec-kit does
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
  const message = err instanceof Error ? err.message : String(err);
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

function makeEngine(args: ParsedArgs, io: CliIO): { engine: WorkflowEngine; style: Style } {
  // With --json, stdout carries only the outcome object: everything else goes to stderr.
  const human = args.json ? io.stderr : io.stdout;
  const style = makeStyle(human, io.env);
  const { reporter, output } = terminalReporter(human, style, { quietSteps: false });
  const engine = new WorkflowEngine({
    projectRoot: io.cwd,
    reporter,
    output,
    prompt: io.stdin.isTTY ? terminalGatePrompt(io.stdin, io.stderr, io.signal) : null,
    signal: io.signal,
    env: io.env
  });
  return { engine, style };
}

async function runCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const source = onePositional(args, 'workflow (file or installed id)');
  const { engine, style } = makeEngine(args, io);
  const inputs = parseInputPairs(args.inputs);
  if (args.runId !== undefined) runIdFrom(args.runId, '--run-id');
  else if (io.env.SPECKIT_WORKFLOW_RUN_ID?.trim()) {
    runIdFrom(io.env.SPECKIT_WORKFLOW_RUN_ID.trim(), 'SPECKIT_WORKFLOW_RUN_ID');
  }
  const human = args.json ? io.stderr : io.stdout;
  const result = await startRun(engine, {
    workflow: source,
    inputs,
    runId: args.runId,
    beforeStart: (definition) =>
      human.write(
        `${style.bold('Running workflow:')} ${String(definition.name)} (${String(definition.id)})\n`
      )
  });
  return finish(result, args, io, style);
}

async function resumeCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const runId = runIdFrom(onePositional(args, 'run id'), 'run id argument');
  const inputs = parseInputPairs(args.inputs);
  const { engine, style } = makeEngine(args, io);
  const human = args.json ? io.stderr : io.stdout;
  human.write(`${style.bold('Resuming run:')} ${runId}\n`);
  const result = await resumeRun(engine, {
    runId,
    inputs,
    rerunItems: args.rerunItems,
    force: args.force
  });
  return finish(result, args, io, style);
}

function finish(result: RunResult, args: ParsedArgs, io: CliIO, style: Style): number {
  const { outcome } = result;
  const interrupted = io.signal.aborted && outcome.status === 'paused';
  if (args.json) {
    io.stdout.write(standardJson(outcome, 2) + '\n');
  } else {
    const out = io.stdout;
    out.write(`\n${colourForStatus(style, outcome.status)(`Status: ${outcome.status}`)}\n`);
    out.write(`${style.dim(`Run ID: ${outcome.run_id}`)}\n`);
    if (outcome.error) out.write(`${style.red('Error:')} ${outcome.error}\n`);
    if (outcome.status === 'paused') {
      if (interrupted) out.write('Interrupted; the run was saved.\n');
      const gate = outcome.gate;
      if (gate && gate.message !== null) out.write(`Gate ${gate.step_id}: ${gate.message}\n`);
      const answer = gateAnswer(result);
      // Quoted: option names come from the workflow and the line is meant to be pasted.
      const verdict =
        answer?.verdictInput && answer.approveWith !== null
          ? ` -i ${quoteShellWord(`${answer.verdictInput}=${answer.approveWith}`)}`
          : '';
      out.write(`\nResume with: ${style.cyan(`specflow resume ${outcome.run_id}${verdict}`)}\n`);
    }
  }
  if (result.crash !== null && io.env.SPECFLOW_DEBUG && result.crash instanceof Error) {
    io.stderr.write(`${result.crash.stack ?? result.crash.message}\n`);
  }
  return interrupted ? EXIT_INTERRUPTED : exitCodeFor(outcome.status);
}

function statusCommand(args: ParsedArgs, io: CliIO): number {
  if (args.positionals.length > 1) throw new UsageError('expected at most one run id');
  const style = makeStyle(io.stdout, io.env);
  if (args.positionals.length === 0) {
    const runs = listRuns(io.cwd);
    if (args.json) {
      io.stdout.write(standardJson(runs.map(summaryOf), 2) + '\n');
      return 0;
    }
    if (runs.length === 0) {
      io.stdout.write('No runs in this project.\n');
      return 0;
    }
    for (const run of runs.map(summaryOf)) {
      io.stdout.write(
        `${run.run_id}  ${colourForStatus(style, String(run.status))(String(run.status).padEnd(9))}  ${run.workflow_id}  ${run.updated_at ?? ''}\n`
      );
    }
    return 0;
  }
  const state = RunState.load(runIdFrom(args.positionals[0], 'run id argument'), io.cwd);
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
  if (outcome.error) io.stdout.write(`${style.red('Error:')} ${outcome.error}\n`);
  for (const [id, rec] of Object.entries(state.stepResults)) {
    io.stdout.write(
      `  ${colourForStatus(style, rec.status)(String(rec.status).padEnd(9))} ${id} (${rec.type})\n`
    );
  }
  return 0;
}

function summaryOf(run: Record<string, unknown>): Record<string, unknown> {
  return {
    run_id: run.run_id,
    workflow_id: run.workflow_id,
    status: run.status,
    current_step_id: run.current_step_id ?? null,
    updated_at: run.updated_at ?? null
  };
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
