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
  isPyList,
  type PyDict
} from '../pyvalue.js';
import {
  StepStatus,
  type ParsedStep,
  type ScopeIssue,
  type StepConfig,
  type StepType
} from '../types.js';
import { baseIssues, defineStep, parsed, stepLabel } from './step-config.js';

interface FanInSettings {
  waitFor: string[];
  /** Names to expressions, which may read the results as `fan_in.results`. */
  output: PyDict;
}

/**
 * What is wrong with a `wait_for` entry that is not a string (a step id). `typeName`
 * is how it is named: workflow validation names YAML's scalar types.
 */
function notAStepIdMessage(
  label: string,
  entry: unknown,
  typeName: string = pyTypeName(entry)
): string {
  return `Fan-in step ${label}: 'wait_for' entries must be step id strings, not ${typeName} (${pyRepr(entry)}).`;
}

function parse(config: StepConfig): ParsedStep<FanInSettings> {
  const label = stepLabel(config);
  const issues = baseIssues(config);
  const waitFor = getOr(config, 'wait_for', []);
  if (!isPyList(waitFor)) {
    issues.push({
      message: `Fan-in step ${label}: 'wait_for' must be a non-empty list of step ids, not ${pyTypeName(waitFor)}.`,
      key: 'wait_for'
    });
  } else if (waitFor.length === 0) {
    // Waiting for nothing completes with no results; validation refuses it as a wiring mistake.
    issues.push({
      message: `Fan-in step ${label}: 'wait_for' must be a non-empty list of step ids.`,
      key: 'wait_for',
      advisory: true
    });
  } else {
    const notAnId = waitFor.find((entry) => typeof entry !== 'string');
    // Workflow validation reports each such entry at its position (scopeIssues).
    if (notAnId !== undefined) {
      issues.push({ message: notAStepIdMessage(label, notAnId), key: 'wait_for', crossStep: true });
    }
  }
  const output = getOr(config, 'output', null);
  if (output !== null && !isDict(output)) {
    issues.push({
      message: `Fan-in step ${label}: 'output' must be a mapping of names to expressions, not ${pyTypeName(output)}.`,
      key: 'output'
    });
  }
  return parsed(issues, () => ({
    waitFor: waitFor as string[],
    output: (output ?? {}) as PyDict
  }));
}

export const fanInStep: StepType = defineStep({
  type: 'fan-in',
  parse,
  // Never empty results that look complete.
  unparsedOutput: () => ({ results: [] }),

  // Every wait_for entry must name a step declared before the fan-in (not the fan-in itself),
  // each reported at its entry: a typo or a forward reference would join silently empty results.
  scopeIssues(config, scope) {
    const waitFor = getOr(config, 'wait_for', null);
    if (!isPyList(waitFor)) return [];
    const label = stepLabel(config);
    const issues: ScopeIssue[] = [];
    waitFor.forEach((target, index) => {
      const at = { node: waitFor, key: index };
      if (typeof target !== 'string') {
        issues.push({
          message: notAStepIdMessage(label, target, scope.typeName(waitFor, index)),
          ...at
        });
      } else if (target === getOr(config, 'id', null)) {
        issues.push({
          message: `Fan-in step ${label}: 'wait_for' names the fan-in itself.`,
          ...at
        });
      } else if (!scope.declaredIds.has(target)) {
        issues.push({
          message: `Fan-in step ${label}: 'wait_for' names ${pyRepr(target)}, which is not a step declared before it.`,
          ...at
        });
      }
    });
    return issues;
  },

  async run(settings, context) {
    const { waitFor, output: outputConfig } = settings;
    const results = waitFor.map((stepId) => {
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
});
