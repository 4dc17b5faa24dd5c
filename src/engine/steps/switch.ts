/**
 * `switch`: evaluate `expression` once and run the steps of the case whose
 * key equals it (compared as text, surrounding whitespace stripped), else
 * `default`.
 */
import { evaluateExpression } from '../expressions.js';
import {
  getOr,
  hasKey,
  isDict,
  pyKeyRepr,
  pyKeyStr,
  pyKeys,
  pyRepr,
  pyStr,
  pyStrip,
  pyTypeName,
  type PyDict,
  isPyList
} from '../pyvalue.js';
import {
  StepStatus,
  type ChildList,
  type StepConfig,
  type StepResult,
  type StepType
} from '../types.js';
import { baseIssues, stepLabel } from './step-config.js';
import { shadowedEntries } from '../yaml-source.js';

/** `matched_case` when no case matched and `default` ran. */
export const DEFAULT_CASE = '__default__';

function branchFailure(
  config: StepConfig,
  what: string,
  branch: unknown,
  value: unknown
): StepResult {
  return {
    status: StepStatus.Failed,
    output: { matched_case: null, expression_value: value },
    error: `Switch step ${stepLabel(config)}: ${what} must be a list of steps, not ${pyTypeName(branch)}.`
  };
}

/** The cases in the workflow's order (a JS object would list `1:` and `2:` before `b:`). */
function caseEntries(cases: PyDict): [string, unknown][] {
  return pyKeys(cases).map((key) => [key, cases[key]]);
}

export const switchStep: StepType = {
  type: 'switch',

  validate(config) {
    const label = stepLabel(config);
    const issues = baseIssues(config);
    if (!hasKey(config, 'expression')) {
      issues.push({ message: `Switch step ${label} has no 'expression'.`, key: 'expression' });
    }
    // Without `cases` (or with a `case:` typo) the switch would quietly run only its default.
    if (!hasKey(config, 'cases')) {
      issues.push({ message: `Switch step ${label} has no 'cases'.`, key: 'cases' });
    }
    const cases = getOr(config, 'cases', {});
    if (!isDict(cases)) {
      issues.push({ message: `Switch step ${label}: 'cases' must be a mapping.`, key: 'cases' });
    } else {
      for (const [caseKey, steps] of [...caseEntries(cases), ...shadowedEntries(cases)]) {
        if (!isPyList(steps)) {
          issues.push({
            message: `Switch step ${label}: case ${pyKeyRepr(caseKey as string)} must be a list of steps.`,
            key: 'cases'
          });
        }
      }
    }
    const fallback = getOr(config, 'default', null);
    if (fallback !== null && !isPyList(fallback)) {
      issues.push({
        message: `Switch step ${label}: 'default' must be a list of steps.`,
        key: 'default'
      });
    }
    return issues;
  },

  children(config) {
    const lists: ChildList[] = [];
    const cases = getOr(config, 'cases', null);
    if (isDict(cases)) {
      // Keys Python keeps apart but a JS object merges (1 and '1') are held aside: walk them too.
      for (const [, steps] of [...caseEntries(cases), ...shadowedEntries(cases)]) {
        if (isPyList(steps)) lists.push({ key: 'cases', steps: steps as StepConfig[] });
      }
    }
    const fallback = getOr(config, 'default', null);
    if (isPyList(fallback)) lists.push({ key: 'default', steps: fallback as StepConfig[] });
    return lists;
  },

  async execute(config, context) {
    const value = evaluateExpression(getOr(config, 'expression', ''), context);
    // Captured command output ends in a newline; `echo approve` must still match `approve:`.
    const text = value === null || value === undefined ? '' : pyStrip(pyStr(value));

    const cases = getOr(config, 'cases', {});
    if (!isDict(cases)) {
      return {
        status: StepStatus.Failed,
        output: { matched_case: null, expression_value: value },
        error: `Switch step ${stepLabel(config)}: 'cases' must be a mapping, not ${pyTypeName(cases)}.`
      };
    }
    // Cases in document order; a case matches when str() of its key is the value's text.
    for (const name of pyKeys(cases)) {
      const caseText = pyKeyStr(name);
      if (caseText !== text) continue;
      const steps = cases[name];
      if (!isPyList(steps)) return branchFailure(config, `case ${pyRepr(caseText)}`, steps, value);
      return {
        status: StepStatus.Completed,
        output: { matched_case: caseText, expression_value: value },
        nextSteps: steps as StepConfig[]
      };
    }

    let fallback = getOr(config, 'default', []);
    if (fallback === null) fallback = [];
    if (!isPyList(fallback)) return branchFailure(config, "'default'", fallback, value);
    return {
      status: StepStatus.Completed,
      output: { matched_case: DEFAULT_CASE, expression_value: value },
      nextSteps: fallback as StepConfig[]
    };
  }
};
