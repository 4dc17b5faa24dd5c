/**
 * `command` step (also the default step type): runs a spec-kit command such
 * as `speckit.plan` through the configured AI coding agent's CLI. The
 * agent's output is streamed live and also kept in the step's output.
 */
import {
  pyKeys,
  pyNumberValue,
  pyRepr,
  pyStr,
  pyTypeName,
  getOr,
  hasKey,
  isDict,
  recordPyKeyOrder,
  setKey
} from '../pyvalue.js';
import {
  StepStatus,
  type StepConfig,
  type StepContext,
  type StepIssue,
  type StepResult,
  type StepType
} from '../types.js';
import { evaluateExpression } from '../expressions.js';
import { baseIssues, failedResult, stepLabel, stringSettingIssues } from './step-config.js';
import {
  mergeOptions,
  readProjectIntegration,
  resolveSetting,
  timeoutProblem
} from '../agents/settings.js';
import { dispatchForStep, dispatchedResult } from '../agents/step-dispatch.js';

/** Seconds a command may run when the step sets no `timeout`. */
export const DEFAULT_COMMAND_TIMEOUT = 600;

function validate(config: StepConfig): StepIssue[] {
  const issues: StepIssue[] = [];
  const name = stepLabel(config);
  issues.push(...baseIssues(config));
  if (!hasKey(config, 'command')) {
    issues.push({ message: `Command step ${name} has no 'command' to run.`, key: 'command' });
  } else if (typeof config.command !== 'string') {
    issues.push({
      message: `Command step ${name}: 'command' must be a string, not ${pyTypeName(config.command)}.`,
      key: 'command'
    });
  }
  if (hasKey(config, 'input') && !isDict(config.input)) {
    issues.push({
      message: `Command step ${name}: 'input' must be a mapping of names to values.`,
      key: 'input'
    });
  }
  if (hasKey(config, 'options') && !isDict(config.options)) {
    issues.push({
      message: `Command step ${name}: 'options' must be a mapping of names to values.`,
      key: 'options'
    });
  }
  issues.push(...stringSettingIssues('Command', config, ['integration', 'model']));
  return issues;
}

async function execute(config: StepConfig, context: StepContext): Promise<StepResult> {
  const name = stepLabel(config);
  // Unvalidated configurations reach execute() too; they fail the step
  // instead of crashing the run.
  const command = getOr(config, 'command', '');
  if (typeof command !== 'string') {
    return failedResult(
      `Command step ${name}: 'command' must be a string, not ${pyTypeName(command)}.`
    );
  }
  const input = getOr(config, 'input', {});
  if (!isDict(input))
    return failedResult(
      `Command step ${name}: 'input' must be a mapping, not ${pyTypeName(input)}.`
    );
  const resolvedInput: Record<string, unknown> = {};
  const inputKeys = pyKeys(input);
  for (const key of inputKeys) setKey(resolvedInput, key, evaluateExpression(input[key], context));
  recordPyKeyOrder(resolvedInput, inputKeys);

  const integration = resolveSetting(
    getOr(config, 'integration', null),
    context.defaultIntegration,
    context,
    () => readProjectIntegration(context.projectRoot)
  );
  const model = resolveSetting(getOr(config, 'model', null), context.defaultModel, context);
  if (integration !== null && typeof integration !== 'string') {
    return failedResult(
      `Command step ${name}: 'integration' must be a string, not ${pyTypeName(integration)}.`
    );
  }
  if (model !== null && typeof model !== 'string') {
    return failedResult(
      `Command step ${name}: 'model' must be a string, not ${pyTypeName(model)}.`
    );
  }

  const stepOptions = getOr(config, 'options', {});
  if (!isDict(stepOptions)) {
    return failedResult(
      `Command step ${name}: 'options' must be a mapping, not ${pyTypeName(stepOptions)}.`
    );
  }
  const options = mergeOptions(context.defaultOptions, stepOptions);

  // The reference never times out a streamed command, so it does not check
  // `timeout` here; an unusable value falls back to the default with a warning.
  let timeoutSeconds = DEFAULT_COMMAND_TIMEOUT;
  const timeoutIssue = timeoutProblem(config, 'Command');
  if (timeoutIssue)
    context.output.stderr(`warning: ${timeoutIssue} Using ${DEFAULT_COMMAND_TIMEOUT} seconds.\n`);
  else if (hasKey(config, 'timeout')) timeoutSeconds = pyNumberValue(config.timeout)!;

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

export const commandStep: StepType = { type: 'command', validate, execute };
