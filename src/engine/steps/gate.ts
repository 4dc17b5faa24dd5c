/**
 * `gate`: a person approves or rejects before the run continues.
 *
 * With someone to ask (`context.prompt`), the message and the options are
 * shown, followed by the contents of `show_file` if set. Without anyone
 * (CI, no terminal) the step pauses so the run can be resumed later; on
 * resume the verdict can come from the workflow input named by
 * `verdict_input`. `on_reject` decides what a reject/abort choice does:
 * fail the run (abort), pause to ask again (retry), or carry on (skip).
 */
import { resolve } from 'node:path';
import { evaluateExpression } from '../expressions.js';
import { getOr, hasKey, pyRepr, pyStr, pyTypeName, setKey, isPyList } from '../pyvalue.js';
import { InterruptedError, StepStatus, type StepIssue, type StepType } from '../types.js';
import { readShowFile, stripControl } from '../show-file.js';
import { baseIssues, stepLabel } from './step-config.js';

export const DEFAULT_GATE_OPTIONS: readonly string[] = ['approve', 'reject'];
const ON_REJECT_CHOICES = ['abort', 'skip', 'retry'];
/** Choices that count as a rejection (compared case-insensitively). */
const REJECT_CHOICES = ['reject', 'abort'];

function isStringList(value: unknown): value is string[] {
  return isPyList(value) && value.every((option) => typeof option === 'string');
}

export function isRejection(choice: string): boolean {
  return REJECT_CHOICES.includes(choice.toLowerCase());
}

/** The answer, or InterruptedError once the run is interrupted (nobody is left to wait for it). */
function untilAborted<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new InterruptedError());
  return new Promise<T>((resolveAnswer, reject) => {
    const onAbort = (): void => reject(new InterruptedError());
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolveAnswer(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      }
    );
  });
}

/** The text shown at the prompt: the message, then the file's lines indented under its path. */
export async function composeGateText(
  message: unknown,
  showFile: string | null,
  projectRoot: string
): Promise<string> {
  const text = pyStr(message);
  if (!showFile) return text;
  // Relative paths are read from the project root (the reference's working directory).
  const lines = await readShowFile(resolve(projectRoot || '.', showFile));
  const body = [`${stripControl(showFile)}:`, ...lines.map((line) => `  ${line}`)].join('\n');
  return `${text}\n\n${body}`;
}

export const gateStep: StepType = {
  type: 'gate',

  validate(config) {
    const label = stepLabel(config);
    const issues: StepIssue[] = baseIssues(config);
    if (!hasKey(config, 'message')) {
      issues.push({ message: `Gate step ${label} has no 'message'.`, key: 'message' });
    }
    const options = getOr(config, 'options', DEFAULT_GATE_OPTIONS);
    if (!isPyList(options) || options.length === 0) {
      issues.push({
        message: `Gate step ${label}: 'options' must be a non-empty list.`,
        key: 'options'
      });
    } else if (!isStringList(options)) {
      issues.push({
        message: `Gate step ${label}: every option must be a string.`,
        key: 'options'
      });
    }
    const onReject = getOr(config, 'on_reject', 'abort');
    if (!ON_REJECT_CHOICES.includes(onReject as string)) {
      issues.push({
        message: `Gate step ${label}: 'on_reject' must be one of 'abort', 'skip' or 'retry'.`,
        key: 'on_reject'
      });
    }
    if (hasKey(config, 'verdict_input')) {
      const verdictInput = config.verdict_input;
      if (typeof verdictInput !== 'string' || verdictInput === '') {
        issues.push({
          message: `Gate step ${label}: 'verdict_input' must be a non-empty string.`,
          key: 'verdict_input'
        });
      }
    }
    // Aborting or retrying on reject needs an option that rejects.
    if ((onReject === 'abort' || onReject === 'retry') && isStringList(options)) {
      if (!options.some(isRejection)) {
        issues.push({
          message: `Gate step ${label}: on_reject is ${pyRepr(onReject)} but no option is 'reject' or 'abort'.`,
          key: 'options'
        });
      }
    }
    return issues;
  },

  async execute(config, context) {
    const label = stepLabel(config);
    let message = getOr(config, 'message', 'Review required.');
    if (typeof message === 'string' && message.includes('{{')) {
      message = evaluateExpression(message, context);
    }
    const options = getOr(config, 'options', [...DEFAULT_GATE_OPTIONS]);
    const onReject = getOr(config, 'on_reject', 'abort');
    const hasVerdictInput = hasKey(config, 'verdict_input');
    const verdictInput = getOr(config, 'verdict_input', null);

    // The guards below catch unvalidated configs. They come before the pause
    // so a bad gate fails in CI instead of pausing and breaking on resume.
    if (!isStringList(options) || options.length === 0) {
      return {
        status: StepStatus.Failed,
        output: { message, options, on_reject: onReject, choice: null },
        error: `Gate step ${label}: 'options' must be a non-empty list of strings, not ${pyTypeName(options)}.`
      };
    }
    // Any other value would let a rejected gate pass as if approved.
    if (!ON_REJECT_CHOICES.includes(onReject as string)) {
      return {
        status: StepStatus.Failed,
        output: { message, options, on_reject: onReject, choice: null },
        error: `Gate step ${label}: 'on_reject' must be one of 'abort', 'skip' or 'retry', not ${pyRepr(onReject)}.`
      };
    }
    if (hasVerdictInput && (typeof verdictInput !== 'string' || verdictInput === '')) {
      return {
        status: StepStatus.Failed,
        output: {},
        error: `Gate step ${label}: 'verdict_input' must be a non-empty string.`
      };
    }
    // Inputs are shared by the whole run; one verdict cannot stand for every item.
    if (hasVerdictInput && context.insideFanOut) {
      return {
        status: StepStatus.Failed,
        output: {},
        error: `Gate step ${label}: 'verdict_input' cannot be used in a fan-out step template.`
      };
    }

    let showFile = getOr(config, 'show_file', null);
    if (typeof showFile === 'string' && showFile.includes('{{')) {
      showFile = evaluateExpression(showFile, context);
    }
    const showFilePath = showFile === null || showFile === undefined ? null : pyStr(showFile);

    const output: Record<string, unknown> = {
      message,
      options,
      on_reject: onReject,
      show_file: showFilePath,
      choice: null
    };

    let choice: string | null = null;
    let boundVerdictInput: string | null = null;
    if (typeof verdictInput === 'string') {
      const value = getOr(context.inputs, verdictInput, null);
      if (value !== null && value !== '') {
        if (typeof value !== 'string') {
          return {
            status: StepStatus.Failed,
            output,
            error: `Gate step ${label}: verdict input ${pyRepr(verdictInput)} must be a string, not ${pyTypeName(value)}.`
          };
        }
        choice = options.find((option) => option.toLowerCase() === value.toLowerCase()) ?? null;
        if (choice === null) {
          return {
            status: StepStatus.Failed,
            output,
            error: `Gate step ${label}: verdict input ${pyRepr(verdictInput)} is ${pyRepr(value)}, which is none of the options.`
          };
        }
        boundVerdictInput = verdictInput;
      }
    }

    if (choice === null) {
      // Nobody to ask: pause so the run can be resumed with a verdict.
      if (context.prompt === null) return { status: StepStatus.Paused, output };
      const text = await composeGateText(message, showFilePath, context.projectRoot);
      choice = await untilAborted(context.prompt(text, options), context.signal);
    }
    output.choice = choice;

    if (!isRejection(choice)) return { status: StepStatus.Completed, output };
    if (onReject === 'abort') {
      output.aborted = true;
      return { status: StepStatus.Failed, output, error: `Gate ${label} was rejected.` };
    }
    if (onReject === 'retry') {
      // Clear the verdict so resuming asks again rather than rejecting again.
      if (boundVerdictInput !== null) setKey(context.inputs, boundVerdictInput, '');
      return { status: StepStatus.Paused, output };
    }
    // skip: completed; later steps can look at `choice`.
    return { status: StepStatus.Completed, output };
  }
};
