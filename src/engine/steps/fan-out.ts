/**
 * `fan-out`: resolve `items` to a list and hand the engine the `step`
 * template to run once per item (`max_concurrency` at a time). The engine
 * runs the items; this step only records what to run.
 */
import { evaluateExpression } from '../expressions.js';
import { getOr, hasKey, isDict, isPyList, pyRepr, pyTypeName } from '../pyvalue.js';
import { StepStatus, type StepType } from '../types.js';
import { baseIssues, stepLabel } from './step-config.js';

export const fanOutStep: StepType = {
  type: 'fan-out',

  validate(config) {
    const label = stepLabel(config);
    const issues = baseIssues(config);
    if (!hasKey(config, 'items')) {
      issues.push({ message: `Fan-out step ${label} has no 'items'.`, key: 'items' });
    }
    if (!hasKey(config, 'step')) {
      issues.push({
        message: `Fan-out step ${label} has no 'step' (the step to run for each item).`,
        key: 'step'
      });
    } else if (!isDict(config.step)) {
      // Includes an explicit `step:` with nothing under it, which execute() rejects.
      issues.push({ message: `Fan-out step ${label}: 'step' must be a mapping.`, key: 'step' });
    }
    return issues;
  },

  children(config) {
    const template = getOr(config, 'step', null);
    return isDict(template) ? [{ key: 'step', steps: [template], perItem: true }] : [];
  },

  async execute(config, context) {
    // Absent `items` defaults to the text "[]", which is not a list: the step fails.
    const itemsExpression = getOr(config, 'items', '[]');
    const items = evaluateExpression(itemsExpression, context);
    const maxConcurrency = getOr(config, 'max_concurrency', 1);
    const template = getOr(config, 'step', {});
    const label = stepLabel(config);

    if (!isDict(template)) {
      return {
        status: StepStatus.Failed,
        output: { items: [], max_concurrency: maxConcurrency, step_template: {}, item_count: 0 },
        error: `Fan-out step ${label}: 'step' must be a mapping (the step to run for each item), not ${pyTypeName(template)}.`
      };
    }
    // Anything but a list (a tuple too) is a wiring mistake; fanning out over nothing would hide it.
    if (!isPyList(items)) {
      return {
        status: StepStatus.Failed,
        output: {
          items: [],
          max_concurrency: maxConcurrency,
          step_template: template,
          item_count: 0
        },
        error: `Fan-out step ${label}: 'items' must resolve to a list, but ${pyRepr(itemsExpression)} gave ${pyTypeName(items)}.`
      };
    }
    return {
      status: StepStatus.Completed,
      output: {
        items,
        max_concurrency: maxConcurrency,
        step_template: template,
        item_count: items.length
      }
    };
  }
};
