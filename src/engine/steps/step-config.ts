/**
 * What the step types in this folder share: `defineStep`, which makes a
 * step type's validate() and execute() from its one parse(), and the rules
 * several types apply to their settings.
 */
import { readProjectIntegration, resolveSetting } from '../agents/settings.js';
import {
  conditionFixHint,
  conditionHasMalformedExpressionBlock,
  conditionIsNeverEvaluated
} from '../condition-lint.js';
import { getOr, hasKey, isPyInt, pyNumberValue, pyRepr, pyTypeName, isPyList } from '../pyvalue.js';
import {
  StepStatus,
  type ChildList,
  type ParsedStep,
  type ScopeIssue,
  type StepConfig,
  type StepContext,
  type StepIssue,
  type StepResult,
  type StepScope,
  type StepType
} from '../types.js';

/** A step type as its file writes it: settings parsed once, then run. */
export interface StepDefinition<S> {
  readonly type: string;
  /** The step's settings, or its problems (see `parsed`). */
  parse(config: StepConfig): ParsedStep<S>;
  /** Runs a step whose configuration parsed. */
  run(settings: S, context: StepContext, config: StepConfig): Promise<StepResult>;
  /** What a step that does not parse records as its output (default: nothing). */
  unparsedOutput?(config: StepConfig): Record<string, unknown>;
  children?(config: StepConfig): ChildList[];
  scopeIssues?(config: StepConfig, scope: StepScope): ScopeIssue[];
}

/**
 * A step type whose validate() reports every issue parse() finds, and whose
 * execute() fails the step with the first problem before doing anything
 * (configurations that were never validated, such as a resumed run whose
 * workflow was edited, reach execute() too), else runs the parsed settings.
 */
export function defineStep<S>(definition: StepDefinition<S>): StepType {
  const step: StepType = {
    type: definition.type,
    validate: (config) =>
      definition
        .parse(config)
        .issues.filter((issue) => !issue.crossStep)
        .map(({ message, key }) => (key === undefined ? { message } : { message, key })),
    async execute(config, context) {
      const parsed = definition.parse(config);
      if (parsed.ok) return definition.run(parsed.settings, context, config);
      const problem = parsed.issues.find((issue) => !issue.advisory)!;
      return failedResult(problem.message, definition.unparsedOutput?.(config) ?? {});
    }
  };
  if (definition.children) step.children = definition.children.bind(definition);
  if (definition.scopeIssues) step.scopeIssues = definition.scopeIssues.bind(definition);
  return step;
}

/** The parse result for `issues`: settings (made by `settings`) unless one is not advisory. */
export function parsed<S>(issues: StepIssue[], settings: () => S): ParsedStep<S> {
  if (issues.some((issue) => !issue.advisory)) return { ok: false, issues };
  return { ok: true, settings: settings(), issues };
}

/** `issues`, marked advisory: validation refuses them, a run tolerates them. */
export function advisory(issues: StepIssue[]): StepIssue[] {
  return issues.map((issue) => ({ ...issue, advisory: true }));
}

/** Python's `isinstance(config[key], int)` (never a bool; a YAML `3.0` is a float). */
export function isIntSetting(config: StepConfig, key: string): boolean {
  return isPyInt(config[key]);
}

/** How messages name a step: Python's repr of its id, '?' when it has none. */
export function stepLabel(config: StepConfig): string {
  return pyRepr(getOr(config, 'id', '?'));
}

/** The rule every step type shares: an `id` is required (advisory: the engine names a step without one). */
export function baseIssues(config: StepConfig): StepIssue[] {
  return hasKey(config, 'id') ? [] : [{ message: "Step has no 'id'.", key: 'id', advisory: true }];
}

/**
 * Rules for the `condition` of if/while/do-while. A condition that is plain
 * text (no complete `{{ }}` block) is never evaluated and always counts as
 * true; one whose `{{` cannot be closed is evaluated cut short.
 */
export function conditionIssues(title: string, config: StepConfig): StepIssue[] {
  // Lint: a run evaluates whatever the condition is, as the reference does.
  return advisory(conditionProblems(title, config));
}

function conditionProblems(title: string, config: StepConfig): StepIssue[] {
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

/** A list of child steps as parsed: the steps, or the problem that fails the step once it is chosen to run. */
export type StepList = { steps: StepConfig[] } | { problem: StepIssue };

/**
 * The step list under `key` (`fallback` when absent or, for an optional list,
 * null), and the advisory issue of one that is not a list. `what` names it in
 * the message (`'then'`, `case 'b'`).
 */
export function stepListAt(
  title: string,
  config: StepConfig,
  key: string,
  value: unknown,
  what: string = pyRepr(key)
): { list: StepList; issues: StepIssue[] } {
  if (isPyList(value)) return { list: { steps: value as StepConfig[] }, issues: [] };
  const problem: StepIssue = {
    message: `${title} step ${stepLabel(config)}: ${what} must be a list of steps, not ${pyTypeName(value)}.`,
    key,
    advisory: true
  };
  return { list: { problem }, issues: [problem] };
}

/** The steps of a chosen list, or the failed result (with `failedOutput`) of one that is not a list. */
export function chosenSteps(
  list: StepList,
  output: Record<string, unknown>,
  failedOutput: Record<string, unknown> = output
): StepResult {
  if ('problem' in list) return failedResult(list.problem.message, failedOutput);
  return { status: StepStatus.Completed, output, nextSteps: list.steps };
}

/** Passes a loop makes at most when `max_iterations` is absent, null or unusable. */
export const DEFAULT_MAX_ITERATIONS = 10;

/**
 * A loop's first pass over its body, and how the engine repeats it: while `condition` (absent:
 * false) holds, up to `max_iterations` passes when that is a whole number of at least 1.
 */
export function loopPass(
  body: StepList,
  output: Record<string, unknown>,
  config: StepConfig
): StepResult {
  const first = chosenSteps(body, output);
  if (first.nextSteps === undefined) return first;
  const cap = config.max_iterations;
  const passes =
    isIntSetting(config, 'max_iterations') && (cap as number) >= 1
      ? (cap as number)
      : DEFAULT_MAX_ITERATIONS;
  return { ...first, repeat: { condition: getOr(config, 'condition', false), passes } };
}

/** What while and do-while read: the condition (as written), the pass limit (as written) and the body. */
export interface LoopSettings {
  condition: unknown;
  /** As written, the default for absent or null (the engine uses the default for an unusable one). */
  maxIterations: unknown;
  body: StepList;
}

/**
 * A loop step's settings or problems (while, do-while); `condition` is what an absent
 * condition is recorded as.
 */
export function parseLoop(
  title: string,
  config: StepConfig,
  condition: unknown
): ParsedStep<LoopSettings> {
  const body = stepListAt(title, config, 'steps', getOr(config, 'steps', []));
  const issues = [
    ...baseIssues(config),
    ...conditionIssues(title, config),
    ...maxIterationsIssues(title, config),
    ...body.issues
  ];
  return parsed(issues, () => ({
    condition: getOr(config, 'condition', condition),
    maxIterations: getOr(config, 'max_iterations', null) ?? DEFAULT_MAX_ITERATIONS,
    body: body.list
  }));
}

/** A loop's one child list: its body. */
export const loopChildren = (config: StepConfig): ChildList[] => listChildren(config, ['steps']);

/**
 * `max_iterations` of the loop steps: absent or null, or an integer >= 1 (never
 * a boolean). Advisory: the step records it as written and the engine uses
 * the default for anything else.
 */
export function maxIterationsIssues(title: string, config: StepConfig): StepIssue[] {
  const value = getOr(config, 'max_iterations', null);
  if (value === null || (isIntSetting(config, 'max_iterations') && (value as number) >= 1))
    return [];
  return [
    {
      message: `${title} step ${stepLabel(config)}: 'max_iterations' must be a whole number of at least 1.`,
      key: 'max_iterations',
      advisory: true
    }
  ];
}

/**
 * The problem with a step's `timeout` (absent is fine: the default applies),
 * or null. Booleans are not numbers here (in Python `true` would pass as 1 second).
 */
export function timeoutIssue(title: string, config: StepConfig): StepIssue | null {
  if (!hasKey(config, 'timeout')) return null;
  const timeout = config.timeout;
  const seconds = pyNumberValue(timeout);
  if (seconds !== undefined && seconds > 0 && Number.isFinite(seconds)) return null;
  return {
    message: `${title} step ${stepLabel(config)}: 'timeout' must be a number of seconds greater than zero, not ${pyRepr(timeout)}.`,
    key: 'timeout'
  };
}

/** A step's `timeout` in seconds: the one it sets, else `fallback` (only call it when `timeoutIssue` found none). */
export function timeoutSeconds(config: StepConfig, fallback: number): number {
  return hasKey(config, 'timeout') ? pyNumberValue(config.timeout)! : fallback;
}

/**
 * A key the step needs as text (a command's `command`, a shell's `run`): its absence, or a
 * value that is not a string. Both are advisory where the reference runs the step anyway
 * (as '' or as the value's text); `stopsIfNotText` makes a non-string one stop the step.
 */
export function requiredTextIssues(
  title: string,
  config: StepConfig,
  key: string,
  what = '',
  stopsIfNotText = false
): StepIssue[] {
  const label = stepLabel(config);
  if (!hasKey(config, key)) {
    return [{ message: `${title} step ${label} has no '${key}'${what}.`, key, advisory: true }];
  }
  const value = config[key];
  if (typeof value === 'string') return [];
  const issue: StepIssue = {
    message: `${title} step ${label}: '${key}' must be a string, not ${pyTypeName(value)}.`,
    key
  };
  if (!stopsIfNotText) issue.advisory = true;
  return [issue];
}

/** A failed step result. */
export function failedResult(error: string, output: Record<string, unknown> = {}): StepResult {
  return { status: StepStatus.Failed, output, error };
}

/**
 * Keys that, when present and not null, must hold a string (the agent steps'
 * integration and model): in the config, or in `values` (the settings as
 * resolved when the step runs, which a workflow default or an expression gives).
 */
export function stringSettingIssues(
  title: string,
  config: StepConfig,
  keys: readonly string[],
  values: Record<string, unknown> = config
): StepIssue[] {
  const issues: StepIssue[] = [];
  for (const key of keys) {
    const value = getOr(values, key, null);
    if (value !== null && typeof value !== 'string') {
      issues.push({
        message: `${title} step ${stepLabel(config)}: '${key}' must be a string, not ${pyTypeName(value)}.`,
        key
      });
    }
  }
  return issues;
}

/** What an agent step (command, prompt) dispatches with: strings or null (unset). */
export interface AgentChoice {
  integration: string | null;
  model: string | null;
}

/**
 * The integration and model an agent step runs with: the step's own (as
 * parsed), else the workflow's, else the project's integration, expressions
 * evaluated; or the problem with what they resolved to (a workflow default or
 * an expression can give a non-string the step's own check never saw).
 */
export function resolveAgentChoice(
  title: string,
  config: StepConfig,
  own: { integration: unknown; model: unknown },
  context: StepContext
): AgentChoice | { problem: string } {
  const integration = resolveSetting(own.integration, context.defaultIntegration, context, () =>
    readProjectIntegration(context.projectRoot)
  );
  const model = resolveSetting(own.model, context.defaultModel, context);
  const resolved = { integration, model };
  const [problem] = stringSettingIssues(title, config, ['integration', 'model'], resolved);
  return problem ? { problem: problem.message } : (resolved as AgentChoice);
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
