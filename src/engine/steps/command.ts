/**
 * `command` step (also the default step type): runs a spec-kit command such
 * as `speckit.plan` through the configured AI coding agent's CLI. The
 * agent's output is streamed live and also kept in the step's output.
 */
import {
  pyKeys,
  pyRepr,
  pyStr,
  pyTypeName,
  getOr,
  hasKey,
  isDict,
  recordPyKeyOrder,
  setKey,
  type PyDict
} from '../pyvalue.js';
import {
  StepStatus,
  type ParsedStep,
  type StepConfig,
  type StepContext,
  type StepIssue,
  type StepResult,
  type StepType
} from '../types.js';
import { evaluateExpression } from '../expressions.js';
import {
  baseIssues,
  defineStep,
  failedResult,
  parsed,
  requiredTextIssues,
  stepLabel,
  resolveAgentChoice,
  stringSettingIssues,
  timeoutIssue,
  timeoutSeconds
} from './step-config.js';
import { mergeOptions } from '../agents/settings.js';
import { dispatchForStep, dispatchedResult } from '../agents/step-dispatch.js';

/** Seconds a command may run when the step sets no `timeout`. */
export const DEFAULT_COMMAND_TIMEOUT = 600;

interface CommandSettings {
  command: string;
  /** Values may hold `{{ }}` expressions, evaluated when the step runs. */
  input: PyDict;
  options: PyDict;
  /** `integration` and `model` as written: unset ones fall back, and expressions are evaluated, at run time. */
  integration: unknown;
  model: unknown;
  timeoutSeconds: number;
  /** Why the step's `timeout` is not used, shown as a warning when it runs. */
  timeoutWarning: string | null;
}

/** `input` and `options`: mappings when present. */
function mappingIssue(config: StepConfig, key: string): StepIssue[] {
  if (!hasKey(config, key) || isDict(config[key])) return [];
  return [
    {
      message: `Command step ${stepLabel(config)}: '${key}' must be a mapping of names to values, not ${pyTypeName(config[key])}.`,
      key
    }
  ];
}

function parse(config: StepConfig): ParsedStep<CommandSettings> {
  const issues = baseIssues(config);
  // A missing one runs as '' (the agent is told to run nothing), as in the reference.
  issues.push(...requiredTextIssues('Command', config, 'command', ' to run', true));
  issues.push(...mappingIssue(config, 'input'), ...mappingIssue(config, 'options'));
  issues.push(...stringSettingIssues('Command', config, ['integration', 'model']));
  return parsed(issues, () => {
    // The reference never times out a streamed command, so it does not check
    // `timeout`; an unusable value falls back to the default with a warning.
    const timeout = timeoutIssue('Command', config);
    return {
      command: getOr(config, 'command', '') as string,
      input: getOr(config, 'input', {}) as PyDict,
      options: getOr(config, 'options', {}) as PyDict,
      integration: getOr(config, 'integration', null),
      model: getOr(config, 'model', null),
      timeoutSeconds: timeout
        ? DEFAULT_COMMAND_TIMEOUT
        : timeoutSeconds(config, DEFAULT_COMMAND_TIMEOUT),
      timeoutWarning: timeout?.message ?? null
    };
  });
}

async function run(
  settings: CommandSettings,
  context: StepContext,
  config: StepConfig
): Promise<StepResult> {
  const { command, input } = settings;
  const resolvedInput: Record<string, unknown> = {};
  const inputKeys = pyKeys(input);
  for (const key of inputKeys) setKey(resolvedInput, key, evaluateExpression(input[key], context));
  recordPyKeyOrder(resolvedInput, inputKeys);

  const agent = resolveAgentChoice('Command', config, settings, context);
  if ('problem' in agent) return failedResult(agent.problem);
  const { integration, model } = agent;

  const options = mergeOptions(context.defaultOptions, settings.options);

  if (settings.timeoutWarning) {
    context.output.stderr(
      `warning: ${settings.timeoutWarning} Using ${DEFAULT_COMMAND_TIMEOUT} seconds.\n`
    );
  }
  const timeoutSeconds = settings.timeoutSeconds;

  const args = pyStr(getOr(resolvedInput, 'args', ''));
  const outcome = await dispatchForStep(
    { kind: 'command', command, args },
    integration,
    model,
    timeoutSeconds,
    context
  );

  const output: Record<string, unknown> = {
    command,
    integration,
    model,
    options,
    input: resolvedInput
  };
  if (outcome.dispatched) {
    const result = dispatchedResult(
      `Command ${pyRepr(command)}`,
      outcome.run,
      outcome.agentName,
      timeoutSeconds
    );
    Object.assign(output, result.output);
    return result.error === null
      ? { status: StepStatus.Completed, output }
      : failedResult(result.error, output);
  }
  output.exit_code = 1;
  output.dispatched = false;
  return failedResult(`Cannot run command ${pyRepr(command)}: ${outcome.reason}.`, output);
}

export const commandStep: StepType = defineStep({ type: 'command', parse, run });
