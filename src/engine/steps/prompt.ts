/**
 * `prompt` step: sends a free-form prompt (expressions allowed) to the
 * configured AI coding agent's CLI. The agent's output is streamed live and
 * also kept in the step's output.
 */
import { getOr, hasKey, pyNumberValue, pyStr, pyTypeName } from '../pyvalue.js';
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
import { readProjectIntegration, resolveSetting, timeoutProblem } from '../agents/settings.js';
import { dispatchForStep, dispatchedResult } from '../agents/step-dispatch.js';

/** Seconds a prompt may run when the step sets no `timeout`. */
export const DEFAULT_PROMPT_TIMEOUT = 300;

function validate(config: StepConfig): StepIssue[] {
  const issues: StepIssue[] = [];
  const name = stepLabel(config);
  issues.push(...baseIssues(config));
  if (!hasKey(config, 'prompt')) {
    issues.push({ message: `Prompt step ${name} has no 'prompt' to send.`, key: 'prompt' });
  } else if (typeof config.prompt !== 'string') {
    issues.push({
      message: `Prompt step ${name}: 'prompt' must be a string, not ${pyTypeName(config.prompt)}.`,
      key: 'prompt'
    });
  }
  issues.push(...stringSettingIssues('Prompt', config, ['integration', 'model']));
  const timeoutIssue = timeoutProblem(config, 'Prompt');
  if (timeoutIssue) issues.push({ message: timeoutIssue, key: 'timeout' });
  return issues;
}

async function execute(config: StepConfig, context: StepContext): Promise<StepResult> {
  const name = stepLabel(config);
  const evaluated = evaluateExpression(getOr(config, 'prompt', ''), context);
  const prompt = typeof evaluated === 'string' ? evaluated : pyStr(evaluated);

  const integration = resolveSetting(
    getOr(config, 'integration', null),
    context.defaultIntegration,
    context,
    () => readProjectIntegration(context.projectRoot)
  );
  const model = resolveSetting(getOr(config, 'model', null), context.defaultModel, context);
  // Unvalidated configurations reach execute() too; they fail the step
  // instead of crashing the run.
  if (integration !== null && typeof integration !== 'string') {
    return failedResult(
      `Prompt step ${name}: 'integration' must be a string, not ${pyTypeName(integration)}.`
    );
  }
  if (model !== null && typeof model !== 'string') {
    return failedResult(`Prompt step ${name}: 'model' must be a string, not ${pyTypeName(model)}.`);
  }
  const timeoutIssue = timeoutProblem(config, 'Prompt');
  if (timeoutIssue) return failedResult(timeoutIssue);
  const timeoutSeconds = hasKey(config, 'timeout')
    ? pyNumberValue(config.timeout)!
    : DEFAULT_PROMPT_TIMEOUT;

  const outcome = await dispatchForStep(
    { kind: 'prompt', prompt },
    integration,
    model,
    timeoutSeconds,
    context
  );

  const output: Record<string, unknown> = { prompt, integration, model };
  if (outcome.dispatched) {
    const result = dispatchedResult('Prompt', outcome.run, outcome.agentName, timeoutSeconds);
    Object.assign(output, result.output);
    return result.error === null
      ? { status: StepStatus.Completed, output }
      : failedResult(result.error, output);
  }
  output.exit_code = 1;
  output.dispatched = false;
  return failedResult(`Cannot send the prompt: ${outcome.reason}.`, output);
}

export const promptStep: StepType = { type: 'prompt', validate, execute };
