/**
 * `gate`: a person approves or rejects before the run continues.
 *
 * With someone to ask (`context.prompt`), the message and the options are
 * shown, followed by the contents of `show_file` if set. Without anyone
 * (CI, no terminal) the step pauses so the run can be resumed later; on
 * resume the verdict can come from the workflow input named by
 * `verdict_input`, or (specflow's addition) from the answer the resume hands
 * to the gate it waited at (`context.takeAnswer`); under the engine's
 * `answeredGatesOnly` only that answer or the prompt decides. `on_reject` decides what a reject/abort choice does:
 * fail the run (abort), pause to ask again (retry), or carry on (skip).
 */
import { resolve } from 'node:path';
import { evaluateExpression } from '../expressions.js';
import {
  getOr,
  hasKey,
  isDict,
  pyContains,
  pyEquals,
  pyRepr,
  pyStr,
  pyTypeName,
  setKey,
  isPyList
} from '../pyvalue.js';
import {
  InterruptedError,
  StepStatus,
  type ParsedStep,
  type StepConfig,
  type StepIssue,
  type StepType
} from '../types.js';
import { readShowFile, stripControl } from '../show-file.js';
import { baseIssues, defineStep, failedResult, parsed, stepLabel } from './step-config.js';

export const DEFAULT_GATE_OPTIONS: readonly string[] = ['approve', 'reject'];
const ON_REJECT_CHOICES = ['abort', 'skip', 'retry'];
/** Choices that count as a rejection (compared case-insensitively). */
const REJECT_CHOICES = ['reject', 'abort'];

function isStringList(value: unknown): value is string[] {
  return isPyList(value) && value.every((option) => typeof option === 'string');
}

/** Whether a gate's `choice` rejects (what `on_reject` acts on). */
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

type OnReject = 'abort' | 'skip' | 'retry';

interface GateSettings {
  /** As written: a string with `{{ }}` is evaluated when the gate runs. */
  message: unknown;
  options: string[];
  onReject: OnReject;
  /** The input a verdict may come from, when the gate names one. */
  verdictInput: string | null;
  showFile: unknown;
}

/** The rule that `verdict_input` stays out of fan-out templates (checked by validation and by a run). */
function verdictInFanOutMessage(label: string): string {
  // Inputs are shared by the whole run; one verdict cannot stand for every item.
  return `Gate step ${label}: 'verdict_input' cannot be used inside a fan-out template.`;
}

function parse(config: StepConfig): ParsedStep<GateSettings> {
  const label = stepLabel(config);
  const issues: StepIssue[] = baseIssues(config);
  if (!hasKey(config, 'message')) {
    // The gate asks 'Review required.'.
    issues.push({
      message: `Gate step ${label} has no 'message'.`,
      key: 'message',
      advisory: true
    });
  }
  const options = getOr(config, 'options', DEFAULT_GATE_OPTIONS);
  if (!isPyList(options) || options.length === 0) {
    issues.push({
      message: `Gate step ${label}: 'options' must be a non-empty list of strings, not ${pyTypeName(options)}.`,
      key: 'options'
    });
  } else if (!isStringList(options)) {
    const notText = options.find((option) => typeof option !== 'string');
    issues.push({
      message: `Gate step ${label}: every option must be a string, not ${pyTypeName(notText)} (${pyRepr(notText)}).`,
      key: 'options'
    });
  }
  // Any other value would let a rejected gate pass as if approved.
  const onReject = getOr(config, 'on_reject', 'abort');
  if (!ON_REJECT_CHOICES.includes(onReject as string)) {
    issues.push({
      message: `Gate step ${label}: 'on_reject' must be one of 'abort', 'skip' or 'retry', not ${pyRepr(onReject)}.`,
      key: 'on_reject'
    });
  }
  const verdictInput = getOr(config, 'verdict_input', null);
  if (
    hasKey(config, 'verdict_input') &&
    (typeof verdictInput !== 'string' || verdictInput === '')
  ) {
    issues.push({
      message: `Gate step ${label}: 'verdict_input' must be a non-empty string.`,
      key: 'verdict_input'
    });
  }
  // Aborting or retrying on reject needs an option that rejects; without one the gate only ever passes.
  if ((onReject === 'abort' || onReject === 'retry') && isStringList(options)) {
    if (!options.some(isRejection)) {
      issues.push({
        message: `Gate step ${label}: on_reject is ${pyRepr(onReject)} but no option is 'reject' or 'abort'.`,
        key: 'options',
        advisory: true
      });
    }
  }
  return parsed(issues, () => ({
    message: getOr(config, 'message', 'Review required.'),
    // The record keeps the options as written; the defaults are copied so nothing changes the shared list.
    options: options === DEFAULT_GATE_OPTIONS ? [...DEFAULT_GATE_OPTIONS] : (options as string[]),
    onReject: onReject as OnReject,
    verdictInput: verdictInput as string | null,
    showFile: getOr(config, 'show_file', null)
  }));
}

export const gateStep: StepType = defineStep({
  type: 'gate',
  parse,
  // What the gate would have shown, nothing evaluated; no choice was made.
  unparsedOutput: (config) => ({
    message: getOr(config, 'message', 'Review required.'),
    options: getOr(config, 'options', [...DEFAULT_GATE_OPTIONS]),
    on_reject: getOr(config, 'on_reject', 'abort'),
    choice: null
  }),

  // verdict_input must name a declared workflow input (others are dropped when a run
  // starts or resumes), and a retrying gate must be able to reset it to ''.
  scopeIssues(config, scope) {
    const verdictInput = getOr(config, 'verdict_input', null);
    // Other shapes are the gate's own issue.
    if (typeof verdictInput !== 'string' || verdictInput === '') return [];
    const label = stepLabel(config);
    if (scope.insideFanOut)
      return [{ message: verdictInFanOutMessage(label), key: 'verdict_input' }];
    if (scope.inputs === null) return [];
    if (!hasKey(scope.inputs, verdictInput)) {
      return [
        {
          message: `Gate step ${label}: 'verdict_input' names ${pyRepr(verdictInput)}, which is not a declared input.`,
          key: 'verdict_input'
        }
      ];
    }
    const verdictDef = scope.inputs[verdictInput];
    const enumValues = isDict(verdictDef) ? getOr(verdictDef, 'enum', null) : null;
    if (
      pyEquals(getOr(config, 'on_reject', null), 'retry') &&
      isPyList(enumValues) &&
      !pyContains(enumValues, '')
    ) {
      return [
        {
          message:
            `Gate step ${label}: on_reject 'retry' resets input ${pyRepr(verdictInput)} to '' after a ` +
            "rejection, but that input's 'enum' does not allow ''. Add '' to the enum, or use " +
            "on_reject 'abort' or 'skip'.",
          key: 'on_reject'
        }
      ];
    }
    return [];
  },

  async run(settings, context, config) {
    const label = stepLabel(config);
    const { options, onReject, verdictInput } = settings;
    let message = settings.message;
    if (typeof message === 'string' && message.includes('{{')) {
      message = evaluateExpression(message, context);
    }
    // Checked before the pause, so such a gate fails in CI instead of pausing and breaking on resume.
    if (verdictInput !== null && context.insideFanOut) {
      return failedResult(verdictInFanOutMessage(label));
    }

    let showFile = settings.showFile;
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
    // specflow's strict mode: a value already in the verdict input (given at the start, or left
    // by an earlier gate reading the same input) never passes the gate on its own.
    const answeredOnly = context.answeredGatesOnly === true;
    if (verdictInput !== null && !answeredOnly) {
      const value = getOr(context.inputs, verdictInput, null);
      if (value !== null && value !== '') {
        if (typeof value !== 'string') {
          return failedResult(
            `Gate step ${label}: verdict input ${pyRepr(verdictInput)} must be a string, not ${pyTypeName(value)}.`,
            output
          );
        }
        choice = options.find((option) => option.toLowerCase() === value.toLowerCase()) ?? null;
        if (choice === null) {
          return failedResult(
            `Gate step ${label}: verdict input ${pyRepr(verdictInput)} is ${pyRepr(value)}, which is none of the options.`,
            output
          );
        }
        boundVerdictInput = verdictInput;
      }
    }

    if (choice === null) {
      // specflow's addition: the answer a resume brought for the gate the run waited at.
      const answer = context.takeAnswer?.(String(getOr(config, 'id', ''))) ?? null;
      if (answer !== null) {
        // The engine checked it against the options the gate recorded; these are the same list.
        if (!options.includes(answer)) {
          return failedResult(
            `Gate step ${label}: the answer ${pyRepr(answer)} is none of the options.`,
            output
          );
        }
        choice = answer;
        // In strict mode the resume also set it as the verdict input: a retry clears it again.
        if (verdictInput !== null) boundVerdictInput = verdictInput;
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
      return failedResult(`Gate ${label} was rejected.`, output);
    }
    if (onReject === 'retry') {
      // Clear the verdict so resuming asks again rather than rejecting again.
      if (boundVerdictInput !== null) setKey(context.inputs, boundVerdictInput, '');
      return { status: StepStatus.Paused, output };
    }
    // skip: completed; later steps can look at `choice`.
    return { status: StepStatus.Completed, output };
  }
});
