/**
 * The part of the `command` and `prompt` steps that is the same for both:
 * run the agent for the step and turn the outcome into the step's output
 * keys and error.
 */
import { outputTail } from '../output-tail.js';
import { pyStr } from '../pyvalue.js';
import type { StepContext } from '../types.js';
import { prepareDispatch, runAgent, type AgentRequest, type AgentRun } from './dispatch.js';

export type StepDispatch =
  { dispatched: true; run: AgentRun; agentName: string } | { dispatched: false; reason: string };

/** Dispatch `request` for a step whose integration and model are already resolved. */
export async function dispatchForStep(
  request: AgentRequest,
  integration: string | null,
  model: string | null,
  timeoutSeconds: number,
  context: StepContext
): Promise<StepDispatch> {
  const target = { integration, model, projectRoot: context.projectRoot, env: context.env };
  const ready = prepareDispatch(request, target);
  if (!ready.ready) return { dispatched: false, reason: ready.reason };
  const run = await runAgent(ready, {
    cwd: context.projectRoot || process.cwd(),
    env: context.env,
    timeoutSeconds,
    signal: context.signal,
    output: context.output,
    groups: context.processGroups
  });
  if (!run) {
    return {
      dispatched: false,
      reason: `${ready.integration.name} could not be started from ${JSON.stringify(ready.executablePath)}`
    };
  }
  return { dispatched: true, run, agentName: ready.integration.name };
}

/** How much of an agent's stderr a failure's error message quotes. */
const ERROR_TAIL_LINES = 20;
const ERROR_TAIL_CHARS = 2000;

/**
 * The output keys of a dispatched agent (`exit_code`, `stdout`, `stderr`,
 * `dispatched`, plus specflow's `truncated`) and, when it failed, the error.
 * `what` names the step's work for messages ("Command 'speckit.plan'").
 */
export function dispatchedResult(
  what: string,
  run: AgentRun,
  agentName: string,
  timeoutSeconds: number
): { output: Record<string, unknown>; error: string | null } {
  let stderr = run.stderr;
  let error: string | null = null;
  if (run.timedOut) {
    const notice = `${what} timed out after ${pyStr(timeoutSeconds)} seconds; ${agentName} and its child processes were stopped.`;
    stderr = stderr === '' ? notice : `${stderr}${stderr.endsWith('\n') ? '' : '\n'}${notice}`;
    error = notice;
  } else if (run.exitCode !== 0) {
    const tail = outputTail(run.stderr, ERROR_TAIL_LINES, ERROR_TAIL_CHARS);
    error =
      `${what} failed: ${agentName} exited with code ${run.exitCode}` + (tail ? `:\n${tail}` : '.');
  }
  return {
    output: {
      exit_code: run.exitCode,
      stdout: run.stdout,
      stderr,
      dispatched: true,
      truncated: run.truncated
    },
    error
  };
}
