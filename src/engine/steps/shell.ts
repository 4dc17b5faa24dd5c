/**
 * `shell`: run `run` with /bin/sh -c in the project root and record its exit
 * code, stdout and stderr. A non-zero exit fails the step. With
 * `output_format: json`, stdout is parsed into `output.data`.
 */
import { evaluateExpression } from '../expressions.js';
import { runProcess } from '../process.js';
import { getOr, PyJsonError, pyJsonLoads, pyRepr, pyStr } from '../pyvalue.js';
import {
  InterruptedError,
  StepStatus,
  WorkflowError,
  type ParsedStep,
  type StepConfig,
  type StepType
} from '../types.js';
import {
  baseIssues,
  defineStep,
  failedResult,
  parsed,
  requiredTextIssues,
  stepLabel,
  timeoutIssue,
  timeoutSeconds
} from './step-config.js';

/**
 * What a step's record keeps of each stream: the last 16 MiB (the live output still shows it
 * all). Unbounded, 600 MB of output overflowed a string and crashed every resume of the run.
 */
export const MAX_SHELL_CAPTURE_BYTES = 16 * 1024 * 1024;

export const DEFAULT_SHELL_TIMEOUT_SECONDS = 300;

interface ShellSettings {
  /** `run` as written: a string with `{{ }}` is evaluated when the step runs. */
  run: unknown;
  /** `timeout` as written (its text is what the timeout error shows), and in seconds. */
  timeout: unknown;
  timeoutSeconds: number;
  json: boolean;
}

function parse(config: StepConfig): ParsedStep<ShellSettings> {
  const label = stepLabel(config);
  const issues = baseIssues(config);
  // A missing or non-string `run` is run as its text, as the reference does; validation refuses it.
  issues.push(...requiredTextIssues('Shell', config, 'run'));
  const outputFormat = getOr(config, 'output_format', null);
  if (outputFormat !== null && outputFormat !== 'json') {
    issues.push({
      message: `Shell step ${label}: 'output_format' can only be 'json', not ${pyRepr(outputFormat)}.`,
      key: 'output_format',
      advisory: true
    });
  }
  const timeout = timeoutIssue('Shell', config);
  if (timeout !== null) issues.push(timeout);
  return parsed(issues, () => ({
    run: getOr(config, 'run', ''),
    timeout: getOr(config, 'timeout', DEFAULT_SHELL_TIMEOUT_SECONDS),
    timeoutSeconds: timeoutSeconds(config, DEFAULT_SHELL_TIMEOUT_SECONDS),
    json: outputFormat === 'json'
  }));
}

/** Python's text-mode capture turns \r\n and lone \r into \n; recorded output must match. */
function universalNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** What a shell step that did not run its command records. */
function notRun(stderr: string): Record<string, unknown> {
  return { exit_code: -1, stdout: '', stderr };
}

export const shellStep: StepType = defineStep({
  type: 'shell',
  parse,
  unparsedOutput: () => notRun('invalid timeout'),

  async run(settings, context, config) {
    let run = settings.run;
    if (typeof run === 'string' && run.includes('{{')) run = evaluateExpression(run, context);
    const command = pyStr(run);

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
      timeoutSeconds: settings.timeoutSeconds,
      signal: context.signal,
      output: context.output,
      groups: context.processGroups,
      maxCaptureBytes: MAX_SHELL_CAPTURE_BYTES
    });
    if (outcome.aborted) throw new InterruptedError();
    if (outcome.timedOut) {
      return failedResult(
        `Shell command did not finish within ${pyStr(settings.timeout)} seconds.`,
        notRun('timeout')
      );
    }
    if (outcome.spawnError) {
      const reason = outcome.spawnError.message;
      return failedResult(`Shell command could not be started: ${reason}`, notRun(reason));
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
    if (settings.json) {
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
});
