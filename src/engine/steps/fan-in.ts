/**
 * `fan-in`: collect the outputs of the `wait_for` steps into
 * `output.results`, and resolve `output` expressions that may read them as
 * `fan_in.results`. Steps run in order, so there is nothing to wait for.
 */
import { evaluateExpression } from '../expressions.js';
import {
  getOr,
  isDict,
  pyKeys,
  pyRepr,
  pyTypeName,
  recordPyKeyOrder,
  setKey,
  isPyList
} from '../pyvalue.js';
import { StepStatus, type StepType } from '../types.js';
import { baseIssues, stepLabel } from './step-config.js';

export const fanInStep: StepType = {
  type: 'fan-in',

  validate(config) {
    const label = stepLabel(config);
    const issues = baseIssues(config);
    const waitFor = getOr(config, 'wait_for', []);
    if (!isPyList(waitFor) || waitFor.length === 0) {
      issues.push({
        message: `Fan-in step ${label}: 'wait_for' must be a non-empty list of step ids.`,
        key: 'wait_for'
      });
    }
    const output = getOr(config, 'output', null);
    if (output !== null && !isDict(output)) {
      issues.push({
        message: `Fan-in step ${label}: 'output' must be a mapping of names to expressions, not ${pyTypeName(output)}.`,
        key: 'output'
      });
    }
    return issues;
  },

  async execute(config, context) {
    const label = stepLabel(config);
    const waitFor = getOr(config, 'wait_for', []);
    const outputConfig = getOr(config, 'output', null) ?? {};
    // The failures below guard unvalidated configs, which would otherwise
    // complete with silently empty results.
    if (!isDict(outputConfig)) {
      return {
        status: StepStatus.Failed,
        output: { results: [] },
        error: `Fan-in step ${label}: 'output' must be a mapping of names to expressions, not ${pyTypeName(outputConfig)}.`
      };
    }
    if (!isPyList(waitFor)) {
      return {
        status: StepStatus.Failed,
        output: { results: [] },
        error: `Fan-in step ${label}: 'wait_for' must be a list of step ids, not ${pyTypeName(waitFor)}.`
      };
    }
    const notAnId = waitFor.find((entry) => typeof entry !== 'string');
    if (notAnId !== undefined) {
      return {
        status: StepStatus.Failed,
        output: { results: [] },
        error: `Fan-in step ${label}: every 'wait_for' entry must be a step id string; found ${pyTypeName(notAnId)} (${pyRepr(notAnId)}).`
      };
    }

    const results = (waitFor as string[]).map((stepId) => {
      const record: unknown = getOr(context.steps, stepId, {});
      return isDict(record) ? getOr(record, 'output', {}) : {};
    });

    const resolved: Record<string, unknown> = { results };
    const previousFanIn = context.fanIn;
    context.fanIn = { results };
    try {
      for (const key of pyKeys(outputConfig)) {
        const expression = outputConfig[key];
        setKey(
          resolved,
          key,
          typeof expression === 'string' && expression.includes('{{')
            ? evaluateExpression(expression, context)
            : expression
        );
      }
    } finally {
      context.fanIn = previousFanIn;
    }
    // `results` first, then the declared keys in order (JS would list integer-like keys first).
    recordPyKeyOrder(resolved, ['results', ...pyKeys(outputConfig).filter((k) => k !== 'results')]);
    return { status: StepStatus.Completed, output: resolved };
  }
};
