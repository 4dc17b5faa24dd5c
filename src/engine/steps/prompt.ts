/**
 * `prompt` step: sends a free-form prompt (expressions allowed) to the
 * configured AI coding agent's CLI. The agent's output is streamed live and
 * also kept in the step's output.
 */
import { getOr, pyStr } from '../pyvalue.js';
import {
  StepStatus,
  type ParsedStep,
  type StepConfig,
  type StepContext,
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
  resolveAgentChoice,
  stringSettingIssues,
  timeoutIssue,
  timeoutSeconds
} from './step-config.js';
import { dispatchForStep, dispatchedResult } from '../agents/step-dispatch.js';

/** Seconds a prompt may run when the step sets no `timeout`. */
export const DEFAULT_PROMPT_TIMEOUT = 300;

interface PromptSettings {
  /** As written: evaluated, and turned into text, when the step runs. */
  prompt: unknown;
  /** As written: unset ones fall back, and expressions are evaluated, at run time. */
  integration: unknown;
  model: unknown;
  timeoutSeconds: number;
}

function parse(config: StepConfig): ParsedStep<PromptSettings> {
  const issues = baseIssues(config);
  // A missing or non-string prompt is sent as its text, as the reference does.
  issues.push(...requiredTextIssues('Prompt', config, 'prompt', ' to send'));
  issues.push(...stringSettingIssues('Prompt', config, ['integration', 'model']));
  const timeout = timeoutIssue('Prompt', config);
  if (timeout) issues.push(timeout);
  return parsed(issues, () => ({
    prompt: getOr(config, 'prompt', ''),
    integration: getOr(config, 'integration', null),
    model: getOr(config, 'model', null),
    timeoutSeconds: timeoutSeconds(config, DEFAULT_PROMPT_TIMEOUT)
  }));
}

async function run(
  settings: PromptSettings,
  context: StepContext,
  config: StepConfig
): Promise<StepResult> {
  const evaluated = evaluateExpression(settings.prompt, context);
  const prompt = typeof evaluated === 'string' ? evaluated : pyStr(evaluated);

  const agent = resolveAgentChoice('Prompt', config, settings, context);
  if ('problem' in agent) return failedResult(agent.problem);
  const { integration, model } = agent;
  const timeoutSeconds = settings.timeoutSeconds;

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

export const promptStep: StepType = defineStep({ type: 'prompt', parse, run });
