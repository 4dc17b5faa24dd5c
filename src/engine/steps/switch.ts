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
  pyStr,
  pyStrip,
  pyTypeName,
  type PyDict,
  isPyList
} from '../pyvalue.js';
import type { ChildList, ParsedStep, StepConfig, StepIssue, StepType } from '../types.js';
import {
  baseIssues,
  chosenSteps,
  defineStep,
  failedResult,
  parsed,
  stepLabel,
  stepListAt,
  type StepList
} from './step-config.js';
import { shadowedEntries } from '../yaml-source.js';

/** `matched_case` when no case matched and `default` ran. */
export const DEFAULT_CASE = '__default__';

/** The cases in the workflow's order (a JS object would list `1:` and `2:` before `b:`). */
function caseEntries(cases: PyDict): [string, unknown][] {
  return pyKeys(cases).map((key) => [key, cases[key]]);
}

interface SwitchCase {
  /** `str()` of the key: what the expression's text is compared with. */
  text: string;
  steps: StepList;
}

interface SwitchSettings {
  expression: unknown;
  /** In the workflow's order; or, when `cases` is not a mapping, the problem that fails the step once its expression is evaluated (as in the reference). */
  cases: SwitchCase[] | { problem: StepIssue };
  fallback: StepList;
}

function parse(config: StepConfig): ParsedStep<SwitchSettings> {
  const label = stepLabel(config);
  const issues = baseIssues(config);
  if (!hasKey(config, 'expression')) {
    // Evaluates '' (and so runs the '' case or the default).
    issues.push({
      message: `Switch step ${label} has no 'expression'.`,
      key: 'expression',
      advisory: true
    });
  }
  // Without `cases` (or with a `case:` typo) the switch would quietly run only its default.
  if (!hasKey(config, 'cases')) {
    issues.push({ message: `Switch step ${label} has no 'cases'.`, key: 'cases', advisory: true });
  }
  const cases = getOr(config, 'cases', {});
  let parsedCases: SwitchSettings['cases'];
  if (!isDict(cases)) {
    const problem: StepIssue = {
      message: `Switch step ${label}: 'cases' must be a mapping, not ${pyTypeName(cases)}.`,
      key: 'cases',
      advisory: true
    };
    issues.push(problem);
    parsedCases = { problem };
  } else {
    const entries: SwitchCase[] = [];
    for (const [key, steps] of caseEntries(cases)) {
      const list = stepListAt('Switch', config, 'cases', steps, `case ${pyKeyRepr(key)}`);
      issues.push(...list.issues);
      entries.push({ text: pyKeyStr(key), steps: list.list });
    }
    // Keys Python keeps apart but a JS object merges (1 and '1'): reported, never matched.
    for (const [key, steps] of shadowedEntries(cases)) {
      issues.push(...stepListAt('Switch', config, 'cases', steps, `case ${pyKeyRepr(key)}`).issues);
    }
    parsedCases = entries;
  }
  const fallback = stepListAt('Switch', config, 'default', getOr(config, 'default', null) ?? []);
  issues.push(...fallback.issues);
  return parsed(issues, () => ({
    expression: getOr(config, 'expression', ''),
    cases: parsedCases,
    fallback: fallback.list
  }));
}

export const switchStep: StepType = defineStep({
  type: 'switch',
  parse,

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

  async run(settings, context) {
    const value = evaluateExpression(settings.expression, context);
    // Captured command output ends in a newline; `echo approve` must still match `approve:`.
    const text = value === null || value === undefined ? '' : pyStrip(pyStr(value));
    // The first case whose key's text is the value's text; only the chosen list must be a list of steps.
    const unmatched = { matched_case: null, expression_value: value };
    if ('problem' in settings.cases) return failedResult(settings.cases.problem.message, unmatched);
    const matched = settings.cases.find((entry) => entry.text === text);
    if (matched) {
      return chosenSteps(
        matched.steps,
        { matched_case: matched.text, expression_value: value },
        unmatched
      );
    }
    return chosenSteps(
      settings.fallback,
      { matched_case: DEFAULT_CASE, expression_value: value },
      unmatched
    );
  }
});
