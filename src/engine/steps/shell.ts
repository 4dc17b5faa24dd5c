/**
 * `shell`: run `run` with /bin/sh -c in the project root and record its exit
 * code, stdout and stderr. A non-zero exit fails the step. With
 * `output_format: json`, stdout is parsed into `output.data`.
 */
import { evaluateExpression } from '../expressions.js';
import { runProcess } from '../process.js';
import {
  getOr,
  hasKey,
  PyJsonError,
  pyJsonLoads,
  pyNumberValue,
  pyRepr,
  pyStr,
  pyTypeName
} from '../pyvalue.js';
import {
  InterruptedError,
  StepStatus,
  WorkflowError,
  type StepConfig,
  type StepResult,
  type StepType
} from '../types.js';
import { baseIssues, stepLabel } from './step-config.js';

/**
 * What a step's record keeps of each stream: the last 16 MiB (the live output still shows it
 * all). Unbounded, 600 MB of output overflowed a string and crashed every resume of the run.
 */
export const MAX_SHELL_CAPTURE_BYTES = 16 * 1024 * 1024;

export const DEFAULT_SHELL_TIMEOUT_SECONDS = 300;

/** A problem with `timeout` (absent is fine), shared by validate() and execute(). */
function timeoutProblem(config: StepConfig): string | null {
  if (!hasKey(config, 'timeout')) return null;
  const timeout = config.timeout;
  // Booleans are not numbers here (in Python `true` would have passed as 1 second).
  const seconds = pyNumberValue(timeout);
  if (seconds !== undefined && Number.isFinite(seconds) && seconds > 0) return null;
  return `Shell step ${stepLabel(config)}: 'timeout' must be a positive number of seconds, not ${pyRepr(timeout)}.`;
}

/** Python's text-mode capture turns \r\n and lone \r into \n; recorded output must match. */
function universalNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function failed(error: string, stderr: string): StepResult {
  return { status: StepStatus.Failed, error, output: { exit_code: -1, stdout: '', stderr } };
}

export const shellStep: StepType = {
  type: 'shell',

  validate(config) {
    const label = stepLabel(config);
    const issues = baseIssues(config);
    if (!hasKey(config, 'run')) {
      issues.push({ message: `Shell step ${label} has no 'run'.`, key: 'run' });
    } else if (typeof config.run !== 'string') {
      // execute() would run the text form of a list or null as a command.
      issues.push({
        message: `Shell step ${label}: 'run' must be a string, not ${pyTypeName(config.run)}.`,
        key: 'run'
      });
    }
    const outputFormat = getOr(config, 'output_format', null);
    if (outputFormat !== null && outputFormat !== 'json') {
      issues.push({
        message: `Shell step ${label}: 'output_format' can only be 'json', not ${pyRepr(outputFormat)}.`,
        key: 'output_format'
      });
    }
    const timeout = timeoutProblem(config);
    if (timeout !== null) issues.push({ message: timeout, key: 'timeout' });
    return issues;
  },

  async execute(config, context) {
    let run = getOr(config, 'run', '');
    if (typeof run === 'string' && run.includes('{{')) run = evaluateExpression(run, context);
    const command = pyStr(run);

    const timeoutError = timeoutProblem(config);
    if (timeoutError !== null) return failed(timeoutError, 'invalid timeout');
    const timeout = getOr(config, 'timeout', DEFAULT_SHELL_TIMEOUT_SECONDS);

    const env: NodeJS.ProcessEnv = { ...context.env };
    if (context.workflowDir) env.SPECKIT_WORKFLOW_DIR = context.workflowDir;
    else delete env.SPECKIT_WORKFLOW_DIR;

    // The reference cannot start such a command either, and fails the whole run.
    if (command.includes('\0')) {
      throw new WorkflowError(`Shell step ${stepLabel(config)}: 'run' contains a NUL character.`);
    }
    if (context.signal.aborted) throw new InterruptedError();

    const outcome = await runProcess({
      command,
      shell: true,
      cwd: context.projectRoot || '.',
      env,
      timeoutSeconds: pyNumberValue(timeout),
      signal: context.signal,
      output: context.output,
      groups: context.processGroups,
      maxCaptureBytes: MAX_SHELL_CAPTURE_BYTES
    });
    if (outcome.aborted) throw new InterruptedError();
    if (outcome.timedOut) {
      return failed(`Shell command did not finish within ${pyStr(timeout)} seconds.`, 'timeout');
    }
    if (outcome.spawnError) {
      const reason = outcome.spawnError.message;
      return failed(`Shell command could not be started: ${reason}`, reason);
    }
    // The reference decodes strictly and fails the whole run on bytes that are not UTF-8.
    if (outcome.stdoutInvalidUtf8 || outcome.stderrInvalidUtf8) {
      const stream = outcome.stdoutInvalidUtf8 ? 'stdout' : 'stderr';
      throw new WorkflowError(
        `Shell step ${stepLabel(config)}: the command's ${stream} is not valid UTF-8.`
      );
    }

    const output: Record<string, unknown> = {
      exit_code: outcome.exitCode,
      stdout: universalNewlines(outcome.stdout),
      stderr: universalNewlines(outcome.stderr)
    };
    if (outcome.stdoutTruncated || outcome.stderrTruncated) output.truncated = true;
    if (outcome.exitCode !== 0) {
      return {
        status: StepStatus.Failed,
        error: `Shell command exited with code ${outcome.exitCode}.`,
        output
      };
    }
    if (getOr(config, 'output_format', null) === 'json') {
      // Declaring JSON output is a promise: stdout that does not parse fails the step.
      try {
        output.data = pyJsonLoads(output.stdout as string);
      } catch (error) {
        if (!(error instanceof PyJsonError)) throw error;
        const reason = error.message;
        return {
          status: StepStatus.Failed,
          error: `Shell step ${stepLabel(config)} has output_format: json, but its stdout is not JSON: ${reason}`,
          output
        };
      }
    }
    return { status: StepStatus.Completed, output };
  }
};
