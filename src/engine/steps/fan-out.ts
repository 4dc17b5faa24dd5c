/**
 * `fan-out`: resolve `items` to a list and hand the engine the `step`
 * template to run once per item (`max_concurrency` at a time). The engine
 * runs the items; this step only records what to run.
 */
import { evaluateExpression } from '../expressions.js';
import { getOr, hasKey, isDict, isPyList, pyRepr, pyTypeName, type PyDict } from '../pyvalue.js';
import { StepStatus, type ParsedStep, type StepConfig, type StepType } from '../types.js';
import { baseIssues, defineStep, failedResult, parsed, stepLabel } from './step-config.js';

interface FanOutSettings {
  /** Absent `items` defaults to the text "[]", which is not a list: the step fails when it runs. */
  items: unknown;
  /** As written (the engine reads it). */
  maxConcurrency: unknown;
  template: PyDict;
}

function parse(config: StepConfig): ParsedStep<FanOutSettings> {
  const label = stepLabel(config);
  const issues = baseIssues(config);
  if (!hasKey(config, 'items')) {
    issues.push({ message: `Fan-out step ${label} has no 'items'.`, key: 'items', advisory: true });
  }
  // An explicit `step:` with nothing under it (null) is not a mapping either.
  const template = getOr(config, 'step', {});
  if (!hasKey(config, 'step')) {
    // Runs `{}` (a command step with nothing to run) per item, as the reference does.
    issues.push({
      message: `Fan-out step ${label} has no 'step' (the step to run for each item).`,
      key: 'step',
      advisory: true
    });
  } else if (!isDict(template)) {
    issues.push({
      message: `Fan-out step ${label}: 'step' must be a mapping (the step to run for each item), not ${pyTypeName(template)}.`,
      key: 'step'
    });
  }
  return parsed(issues, () => ({
    items: getOr(config, 'items', '[]'),
    maxConcurrency: maxConcurrencyOf(config),
    template: template as PyDict
  }));
}

function maxConcurrencyOf(config: StepConfig): unknown {
  return getOr(config, 'max_concurrency', 1);
}

export const fanOutStep: StepType = defineStep({
  type: 'fan-out',
  parse,
  unparsedOutput: (config) => ({
    items: [],
    max_concurrency: maxConcurrencyOf(config),
    step_template: {},
    item_count: 0
  }),

  children(config) {
    const template = getOr(config, 'step', null);
    return isDict(template) ? [{ key: 'step', steps: [template], perItem: true }] : [];
  },

  async run({ items: itemsExpression, maxConcurrency, template }, context, config) {
    const items = evaluateExpression(itemsExpression, context);
    // Anything but a list (a tuple too) is a wiring mistake; fanning out over nothing would hide it.
    if (!isPyList(items)) {
      return failedResult(
        `Fan-out step ${stepLabel(config)}: 'items' must resolve to a list, but ${pyRepr(itemsExpression)} gave ${pyTypeName(items)}.`,
        { items: [], max_concurrency: maxConcurrency, step_template: template, item_count: 0 }
      );
    }
    return {
      status: StepStatus.Completed,
      output: {
        items,
        max_concurrency: maxConcurrency,
        step_template: template,
        item_count: items.length
      },
      fanOut: { items, template, maxConcurrency }
    };
  }
});
