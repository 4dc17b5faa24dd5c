/**
 * Running an AI coding agent for a step: deciding whether (and how) the
 * agent can be dispatched to, then running it with its output streamed live
 * and captured.
 */
import { runProcess } from '../process.js';
import { InterruptedError, type OutputSink, type ProcessGroupObserver } from '../types.js';
import {
  buildCommandInvocation,
  buildCopilotCommandArgs,
  buildExecArgs,
  executableOverrideVar
} from './argv.js';
import { copilotUsesSkills } from './copilot-layout.js';
import { findExecutable } from './executables.js';
import { getIntegration, integrationKeys, type Integration } from './integrations.js';

/** How much of each output stream is kept (the tail). */
export const MAX_CAPTURE_BYTES = 1024 * 1024;

/** What to ask the agent: a spec-kit command by name, or a free-form prompt. */
export type AgentRequest =
  { kind: 'command'; command: string; args: string } | { kind: 'prompt'; prompt: string };

export interface DispatchTarget {
  /** Integration key; null or empty when none is configured. */
  integration: string | null;
  model: string | null;
  projectRoot: string;
  env: NodeJS.ProcessEnv;
}

/** A dispatch that can go ahead: the argv to run and where its executable is. */
export interface ReadyDispatch {
  ready: true;
  integration: Integration;
  argv: string[];
  executablePath: string;
}

/** A dispatch that cannot happen, with why in words for the step's error. */
export interface NoDispatch {
  ready: false;
  reason: string;
}

function notReady(reason: string): NoDispatch {
  return { ready: false, reason };
}

function installHint(integration: Integration): string {
  const override = executableOverrideVar(integration.key);
  const where = integration.installUrl ? ` (${integration.installUrl})` : '';
  return `install ${integration.name}${where} in an earlier job step, or set ${override} to its path`;
}

/**
 * The argv (executable first) that runs `request` through `integration`, or
 * null when it has no CLI dispatch. Output is streamed, so like the
 * reference no JSON output is asked for.
 */
export function buildDispatchArgv(
  request: AgentRequest,
  integration: Integration,
  target: DispatchTarget
): string[] | null {
  const options = { model: target.model, outputJson: false, env: target.env };
  if (request.kind === 'prompt') return buildExecArgs(integration, request.prompt, options);
  if (integration.invocation === 'copilot') {
    const skills = copilotUsesSkills(target.projectRoot || process.cwd());
    return buildCopilotCommandArgs(integration, request.command, request.args, skills, options);
  }
  return buildExecArgs(
    integration,
    buildCommandInvocation(integration, request.command, request.args),
    options
  );
}

/**
 * Decide how to run `request` through the target's integration. Throws
 * WorkflowError when the operator's EXTRA_ARGS cannot be parsed.
 */
export function prepareDispatch(
  request: AgentRequest,
  target: DispatchTarget
): ReadyDispatch | NoDispatch {
  const key = target.integration;
  if (!key) {
    return notReady(
      "no integration is set: name one with 'integration:' on the step or the workflow " +
        '(or initialise the project so .specify/integration.json records it)'
    );
  }
  if (request.kind === 'prompt' && !request.prompt) return notReady('the prompt is empty');
  const integration = getIntegration(key);
  if (!integration) {
    return notReady(
      `${JSON.stringify(key)} is not a known integration (known: ${integrationKeys().join(', ')})`
    );
  }
  if (!integration.cli) {
    return notReady(`spec-kit has no command-line dispatch for ${integration.name} (${key})`);
  }

  const argv = buildDispatchArgv(request, integration, target);
  if (!argv)
    return notReady(`spec-kit has no command-line dispatch for ${integration.name} (${key})`);

  const executablePath = findExecutable(argv[0], target.env, target.projectRoot || process.cwd());
  if (!executablePath) {
    return notReady(
      `the ${integration.name} CLI was not found (looked for ${JSON.stringify(argv[0])} on PATH); ${installHint(integration)}`
    );
  }
  return { ready: true, integration, argv, executablePath };
}

export interface AgentRunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutSeconds: number;
  signal: AbortSignal;
  output: OutputSink;
  groups?: ProcessGroupObserver;
}

export interface AgentRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Either stream was longer than MAX_CAPTURE_BYTES and only its tail was kept. */
  truncated: boolean;
  timedOut: boolean;
}

/**
 * Run a ready dispatch. Resolves to null when the agent could not be
 * started at all (the reference treats that as "not dispatched"); throws
 * InterruptedError when the run is cancelled (after the process tree is gone).
 */
export async function runAgent(
  dispatch: ReadyDispatch,
  options: AgentRunOptions
): Promise<AgentRun | null> {
  const outcome = await runProcess({
    command: dispatch.executablePath,
    args: dispatch.argv.slice(1),
    cwd: options.cwd,
    env: options.env,
    timeoutSeconds: options.timeoutSeconds,
    signal: options.signal,
    output: options.output,
    groups: options.groups,
    maxCaptureBytes: MAX_CAPTURE_BYTES
  });
  // An agent that finished before the interruption keeps its result.
  if (outcome.aborted) {
    throw new InterruptedError(
      `${dispatch.integration.name} was stopped because the run was interrupted`
    );
  }
  if (outcome.spawnError) return null;
  return {
    // A timed-out agent records -1, as the reference's prompt step does.
    exitCode: outcome.timedOut ? -1 : outcome.exitCode,
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    truncated: outcome.stdoutTruncated || outcome.stderrTruncated,
    timedOut: outcome.timedOut
  };
}
