/**
 * Validation and message helpers shared by the step types in this folder.
 */
import {
  conditionFixHint,
  conditionHasMalformedExpressionBlock,
  conditionIsNeverEvaluated
} from '../condition-lint.js';
import { getOr, hasKey, isPyInt, pyRepr, pyTypeName, isPyList } from '../pyvalue.js';
import {
  StepStatus,
  type ChildList,
  type StepConfig,
  type StepIssue,
  type StepResult
} from '../types.js';

/** Python's `isinstance(config[key], int)` (never a bool; a YAML `3.0` is a float). */
export function isIntSetting(config: StepConfig, key: string): boolean {
  return isPyInt(config[key]);
}

/** How messages name a step: Python's repr of its id, '?' when it has none. */
export function stepLabel(config: StepConfig): string {
  return pyRepr(getOr(config, 'id', '?'));
}

/** The rule every step type shares: an `id` is required. */
export function baseIssues(config: StepConfig): StepIssue[] {
  return hasKey(config, 'id') ? [] : [{ message: "Step has no 'id'.", key: 'id' }];
}

/**
 * Rules for the `condition` of if/while/do-while. A condition that is plain
 * text (no complete `{{ }}` block) is never evaluated and always counts as
 * true; one whose `{{` cannot be closed is evaluated cut short.
 */
export function conditionIssues(title: string, config: StepConfig): StepIssue[] {
  const label = stepLabel(config);
  const key = 'condition';
  if (!hasKey(config, key)) return [{ message: `${title} step ${label} has no 'condition'.`, key }];
  const condition = config[key];
  if (typeof condition !== 'string' && typeof condition !== 'boolean') {
    return [
      {
        message:
          `${title} step ${label}: 'condition' must be a string or a boolean, ` +
          `not ${pyTypeName(condition)}.`,
        key
      }
    ];
  }
  if (conditionIsNeverEvaluated(condition)) {
    return [
      {
        message:
          `${title} step ${label}: condition ${pyRepr(condition)} is not exactly one ` +
          "complete '{{ }}' block, so it is read as plain text, never evaluated, and " +
          `always counts as true. ${conditionFixHint(condition)}`,
        key
      }
    ];
  }
  if (conditionHasMalformedExpressionBlock(condition)) {
    return [
      {
        message:
          `${title} step ${label}: condition ${pyRepr(condition)} opens a '{{' that ` +
          "cannot be closed outside quotes, so the first '}}' ends it and a truncated " +
          'expression is evaluated instead. Balance the braces and quotes.',
        key
      }
    ];
  }
  return [];
}

/** `max_iterations` of the loop steps: absent or null, or an integer >= 1 (never a boolean). */
export function maxIterationsIssues(title: string, config: StepConfig): StepIssue[] {
  const value = getOr(config, 'max_iterations', null);
  if (value === null || (isIntSetting(config, 'max_iterations') && (value as number) >= 1))
    return [];
  return [
    {
      message: `${title} step ${stepLabel(config)}: 'max_iterations' must be a whole number of at least 1.`,
      key: 'max_iterations'
    }
  ];
}

/** `steps` of the loop steps: a list when present. */
export function nestedStepsIssues(title: string, config: StepConfig): StepIssue[] {
  if (isPyList(getOr(config, 'steps', []))) return [];
  return [{ message: `${title} step ${stepLabel(config)}: 'steps' must be a list.`, key: 'steps' }];
}

/** A failed step result. */
export function failedResult(error: string, output: Record<string, unknown> = {}): StepResult {
  return { status: StepStatus.Failed, output, error };
}

/** Keys that, when present and not null, must hold a string (the agent steps' integration and model). */
export function stringSettingIssues(
  title: string,
  config: StepConfig,
  keys: readonly string[]
): StepIssue[] {
  const issues: StepIssue[] = [];
  for (const key of keys) {
    const value = getOr(config, key, null);
    if (value !== null && typeof value !== 'string') {
      issues.push({
        message: `${title} step ${stepLabel(config)}: '${key}' must be a string, not ${pyTypeName(value)}.`,
        key
      });
    }
  }
  return issues;
}

/** The lists of steps under `keys` that are lists (what a control-flow step holds). */
export function listChildren(config: StepConfig, keys: readonly string[]): ChildList[] {
  const lists: ChildList[] = [];
  for (const key of keys) {
    const steps = getOr(config, key, null);
    if (isPyList(steps)) lists.push({ key, steps: steps as StepConfig[] });
  }
  return lists;
}
