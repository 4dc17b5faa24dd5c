/**
 * The `{{ }}` expression language of workflow templates.
 *
 * A behavioural port of the reference engine's evaluator. The grammar is not
 * a conventional one: an expression is taken apart by searching for operator
 * text at the top level (outside quotes and brackets, as expression-scanner.ts
 * reads them), in a fixed order:
 *
 *   1. a lone quoted string literal
 *   2. `|` filter chains (so a pipe binds loosest: `a or b | default(1)`
 *      filters the result of `a or b`)
 *   3. ` or `, then ` and ` (split at the first occurrence; both sides are
 *      always evaluated, the result is a bool)
 *   4. a `not ` prefix
 *   5. the first of `!=`, `==`, `>=`, `<=`, `>`, `<`, ` not in `, ` in ` found
 *      anywhere (so `a > b == c` splits on `==`)
 *   6. number, boolean, null and list literals
 *   7. otherwise a dotted path into the namespace (missing keys give None)
 *
 * Values follow Python semantics through `pyvalue.ts`, ints and floats kept
 * apart: a `2.0` literal or a JSON `1e2` read by from_json is a float and
 * renders as `2.0` / `100.0`, and ints of any size stay exact.
 *
 * The checks on condition text before a run are in condition-lint.ts.
 */
import {
  getOr,
  isDict,
  pyCompare,
  pyContains,
  pyEquals,
  pyJsonLoads,
  isPyList,
  isPyNumber,
  PyFloat,
  pyParseFloat,
  pyParseInt,
  type PyInt,
  pyStr,
  pyStrip,
  pyTruthy,
  pyTypeName,
  PY_INT_MAX_STR_DIGITS,
  type PyOrderOperator
} from './pyvalue.js';
import { ExpressionError, type StepContext } from './types.js';
import { findBlockClose, findTopLevel, findUnquoted, splitTopLevel } from './expression-scanner.js';

/** The part of a step context that expressions can see. */
export type ExpressionScope = Pick<
  StepContext,
  'inputs' | 'steps' | 'item' | 'fanIn' | 'runId' | 'workflowDir'
>;

/** The roots an expression reads (`inputs`, `steps`...), by name. */
export type Namespace = Record<string, unknown>;

/**
 * A filter written in a way the evaluator cannot apply (unknown name, or a
 * known filter in a form it does not take). Distinguished from errors about
 * the filtered value so the condition fix hint can tell the author's wiring
 * apart from placeholder data.
 */
export class FilterFormError extends ExpressionError {
  constructor(
    readonly summary: string,
    detail: string
  ) {
    super(`${summary}: ${detail}`);
  }
}

const FILTER_NAMES = ['default', 'join', 'map', 'contains', 'from_json'];
const FILTER_FORMS = "default, default('x'), join('sep'), map('attr'), contains('s') or from_json";

// Python's `\w` is Unicode-aware: letters, digits of any kind, and '_'.
const LEADING_WORD = /^[\p{L}\p{N}_]+/u;
// `name(arg)` spanning the whole segment; the argument may not hold a newline
// (Python's `.` excludes only '\n', so `[^\n]` rather than JS `.`).
export const FILTER_CALL = /^([\p{L}\p{N}_]+)\(([^\n]+)\)$/u;
// One path part with an index, `name[3]`; Python's `$` also matches before a final newline.
const INDEXED_PART = /^([\p{L}\p{N}_-]+)\[(\p{Nd}+)\]\n?$/u;

const truthy = pyTruthy;

/**
 * Python's `value or {}`, without an O(size) truthiness test: a dict stays
 * itself here, and an empty one is swapped for a fresh `{}` only where the
 * whole of it is the value (see `wholeRoot`), which is all that can tell them apart.
 */
function orEmptyDict(value: unknown): unknown {
  return isDict(value) || truthy(value) ? value : {};
}

/** Roots that Python's namespace builds with `x or {}`. */
const DICT_ROOTS = new Set(['inputs', 'steps', 'fan_in']);

/**
 * A root dict used whole (`{{ steps }}`): a fresh `{}` when empty, as Python's
 * `context.steps or {}` gives, so the live step map never becomes what a step
 * records (it would then contain itself). Looking inside a root never needs this.
 */
function wholeRoot(path: string, value: unknown): unknown {
  if (!DICT_ROOTS.has(path) || !isDict(value)) return value;
  return Object.keys(value).length === 0 ? {} : value;
}

function buildNamespace(scope: ExpressionScope): Namespace {
  return {
    inputs: orEmptyDict(scope.inputs),
    steps: orEmptyDict(scope.steps),
    item: scope.item === undefined ? null : scope.item,
    fan_in: orEmptyDict(scope.fanIn),
    context: {
      run_id: truthy(scope.runId) ? scope.runId : '',
      workflow_dir: truthy(scope.workflowDir) ? scope.workflowDir : ''
    }
  };
}

/** True when `stripped` is exactly one `{{ ... }}` block with a non-blank body. */
function isSingleExpression(stripped: string): boolean {
  if (!(stripped.startsWith('{{') && stripped.endsWith('}}'))) return false;
  const inner = stripped.slice(2, -2);
  if (pyStrip(inner) === '') return false;
  // Only the body is scanned: a `}}` outside quotes there ends the first block early.
  return findUnquoted(inner, '}}') === -1;
}

// ---------------------------------------------------------------------------
// Evaluation

function resolveDotPath(root: unknown, path: string): unknown {
  let current = root;
  for (const part of path.split('.')) {
    const indexed = INDEXED_PART.exec(part);
    if (indexed) {
      if (!isDict(current)) return null;
      current = getOr(current, indexed[1], null);
      const index = pyParseInt(indexed[2]);
      if (index === undefined) {
        throw new ExpressionError(
          `index in '${path}' has more than ${PY_INT_MAX_STR_DIGITS} digits`
        );
      }
      if (!isPyList(current) || typeof index !== 'number' || index >= current.length) return null;
      current = current[index];
    } else if (isDict(current)) {
      current = getOr(current, part, null);
    } else {
      return null;
    }
    if (current === null || current === undefined) return null;
  }
  return current;
}

/** A numeric string as a number (float when it holds a dot, else int); anything else unchanged. */
function coerceNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return numericLiteral(value) ?? value;
}

const isNumeric = (v: unknown): boolean => isPyNumber(v) || typeof v === 'boolean';

/** Ordering that coerces numeric strings when both sides are numeric; incomparable pairs are false. */
function safeCompare(left: unknown, right: unknown, op: PyOrderOperator): boolean {
  const cl = coerceNumber(left);
  const cr = coerceNumber(right);
  if (isNumeric(cl) && isNumeric(cr)) {
    left = cl;
    right = cr;
  }
  try {
    return pyCompare(left, right, op);
  } catch (err) {
    if (err instanceof TypeError) return false;
    throw err;
  }
}

/** `left in right`, false (or true for `not in`) when the operands do not support membership. */
function safeMembership(left: unknown, right: unknown, negate: boolean): boolean {
  let contained: boolean;
  try {
    contained = pyContains(right, left);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    contained = false;
  }
  return negate ? !contained : contained;
}

export const COMPARISON_OPERATORS = ['!=', '==', '>=', '<=', '>', '<', ' not in ', ' in '] as const;

export function isStringLiteral(expr: string): boolean {
  const q = expr.charAt(0);
  return (q === "'" || q === '"') && expr.indexOf(q, 1) === expr.length - 1;
}

/** The numeric literal rule: float() when the text holds a dot, int() otherwise (so `1e3` is no number). */
export function numericLiteral(text: string): PyInt | PyFloat | undefined {
  if (!text.includes('.')) return pyParseInt(text);
  const n = pyParseFloat(text);
  return n === undefined ? undefined : new PyFloat(n);
}

/**
 * How deep the evaluator may recurse. Like spec-kit's, it recurses once per
 * chained operator (`a or b or c`, `not not x`, `a == b == c`) and twice per
 * bracket (`[[...]]`) or filter argument (`default(x | default(...))`), as
 * the reference does in Python frames; Python's limit of 1,000 frames ends
 * the same expressions there (a RecursionError that fails the run). A bound
 * keeps the JS stack safe, and the work before it is reached bounded.
 */
export const MAX_EXPRESSION_DEPTH = 960;
let evaluationDepth = 0;
/** The expression the evaluation in progress started from, to show when it is refused. */
let outermost = '';

/**
 * An expression nested past MAX_EXPRESSION_DEPTH. Not an ExpressionError: the
 * reference's RecursionError is no ValueError, so no step catches it and the
 * run fails, as there.
 */
export class ExpressionDepthError extends Error {
  constructor(
    readonly expression: string,
    /** Where in the workflow, once the engine has said (`file:line:col: step x: `). */
    readonly where = ''
  ) {
    const shown = expression.length > 60 ? `${expression.slice(0, 57)}...` : expression;
    super(
      `${where}the expression ${JSON.stringify(shown)} is nested deeper than ${MAX_EXPRESSION_DEPTH} levels ` +
        `(each chained operator is a level, each bracket or filter argument two): split it into steps`
    );
    this.name = 'ExpressionDepthError';
  }

  /** The same error, saying which step of which file it comes from (the innermost step says). */
  locate(where: string): ExpressionDepthError {
    return this.where === '' ? new ExpressionDepthError(this.expression, where) : this;
  }
}

/** Go `levels` deeper for `work`, refusing past MAX_EXPRESSION_DEPTH. */
function deeper<T>(levels: number, work: () => T): T {
  evaluationDepth += levels;
  try {
    if (evaluationDepth > MAX_EXPRESSION_DEPTH) throw new ExpressionDepthError(outermost);
    return work();
  } finally {
    evaluationDepth -= levels;
  }
}

/** Evaluate the body of one `{{ }}` block against a namespace (the condition lint probes with it). */
export function evaluateSimple(raw: string, ns: Namespace): unknown {
  if (evaluationDepth === 0) outermost = pyStrip(raw);
  evaluationDepth++;
  try {
    if (evaluationDepth > MAX_EXPRESSION_DEPTH) throw new ExpressionDepthError(outermost);
    return evaluateLevel(raw, ns);
  } finally {
    evaluationDepth--;
  }
}

function evaluateLevel(raw: string, ns: Namespace): unknown {
  const expr = pyStrip(raw);

  if (isStringLiteral(expr)) return expr.slice(1, -1);

  if (findTopLevel(expr, '|') !== -1) {
    const [head, ...filters] = splitTopLevel(expr, '|');
    let value = evaluateSimple(head, ns);
    for (const filter of filters) value = applyFilter(value, pyStrip(filter), ns);
    return value;
  }

  const orIdx = findTopLevel(expr, ' or ');
  if (orIdx !== -1) {
    const left = evaluateSimple(expr.slice(0, orIdx), ns);
    const right = evaluateSimple(expr.slice(orIdx + 4), ns);
    return truthy(left) || truthy(right);
  }

  const andIdx = findTopLevel(expr, ' and ');
  if (andIdx !== -1) {
    const left = evaluateSimple(expr.slice(0, andIdx), ns);
    const right = evaluateSimple(expr.slice(andIdx + 5), ns);
    return truthy(left) && truthy(right);
  }

  if (expr.startsWith('not ')) return !truthy(evaluateSimple(expr.slice(4), ns));

  for (const op of COMPARISON_OPERATORS) {
    const idx = findTopLevel(expr, op);
    if (idx === -1) continue;
    const left = evaluateSimple(expr.slice(0, idx), ns);
    const right = evaluateSimple(expr.slice(idx + op.length), ns);
    switch (op) {
      case '==':
        return pyEquals(left, right);
      case '!=':
        return !pyEquals(left, right);
      case ' in ':
        return safeMembership(left, right, false);
      case ' not in ':
        return safeMembership(left, right, true);
      default:
        return safeCompare(left, right, op);
    }
  }

  const number = numericLiteral(expr);
  if (number !== undefined) return number;

  const lower = expr.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'none' || lower === 'null') return null;

  if (expr.startsWith('[') && expr.endsWith(']')) {
    const inner = pyStrip(expr.slice(1, -1));
    if (inner === '') return [];
    // Empty elements (`[1, 2,]`) are dropped rather than read as None.
    return deeper(1, () =>
      splitTopLevel(inner, ',')
        .filter((element) => pyStrip(element) !== '')
        .map((element) => evaluateSimple(element, ns))
    );
  }

  return wholeRoot(expr, resolveDotPath(ns, expr));
}

function applyFilter(value: unknown, filter: string, ns: Namespace): unknown {
  const leading = LEADING_WORD.exec(filter)?.[0];

  // from_json takes nothing: any argument or trailing text is an error, not another filter.
  if (leading === 'from_json') {
    if (filter !== 'from_json') {
      throw new FilterFormError(
        'from_json takes no arguments',
        `write '| from_json' on its own, not '| ${filter}'`
      );
    }
    return filterFromJson(value);
  }

  const call = FILTER_CALL.exec(filter);
  if (call) {
    // The argument is evaluated before the name is checked, as in the reference.
    const arg = deeper(1, () => evaluateSimple(call[2], ns));
    switch (call[1]) {
      case 'default':
        return filterDefault(value, arg);
      case 'join':
        return filterJoin(value, arg);
      case 'map':
        return filterMap(value, arg);
      case 'contains':
        return filterContains(value, arg);
    }
  }
  if (filter === 'default') return filterDefault(value, '');

  const name = leading ?? filter;
  if (FILTER_NAMES.includes(name)) {
    throw new FilterFormError(
      `filter '${name}' cannot be used as '| ${filter}'`,
      `the supported forms are ${FILTER_FORMS}`
    );
  }
  throw new FilterFormError(
    `unknown filter '${name}' in '| ${filter}'`,
    `the supported filters are ${FILTER_FORMS}`
  );
}

function filterDefault(value: unknown, fallback: unknown): unknown {
  return value === null || value === undefined || value === '' ? fallback : value;
}

function filterJoin(value: unknown, separator: unknown): string {
  if (typeof separator !== 'string') {
    throw new ExpressionError(
      `join needs a string separator, but its argument is ${pyTypeName(separator)}`
    );
  }
  // A non-list renders as text, so a missing value joins to 'None'.
  return isPyList(value) ? value.map(pyStr).join(separator) : pyStr(value);
}

function filterMap(value: unknown, attr: unknown): unknown[] {
  if (typeof attr !== 'string') {
    throw new ExpressionError(
      `map needs a string attribute name, but its argument is ${pyTypeName(attr)}`
    );
  }
  if (!isPyList(value)) return [];
  const parts = attr.split('.');
  return value.map((item) => {
    if (!isDict(item)) return item;
    let v: unknown = item;
    for (const part of parts) {
      if (!isDict(v)) return null;
      v = getOr(v, part, null);
    }
    return v === undefined ? null : v;
  });
}

function filterContains(value: unknown, needle: unknown): boolean {
  if (typeof value === 'string') {
    if (typeof needle !== 'string') {
      throw new ExpressionError(
        `contains on a string needs a string argument, but its argument is ${pyTypeName(needle)}`
      );
    }
    return value.includes(needle);
  }
  if (isPyList(value)) return pyContains(value, needle);
  return false;
}

function filterFromJson(value: unknown): unknown {
  if (typeof value !== 'string') {
    throw new ExpressionError(
      `from_json needs a JSON string, but the value is ${pyTypeName(value)}`
    );
  }
  try {
    return pyJsonLoads(value);
  } catch (err) {
    throw new ExpressionError(`from_json could not parse its input: ${(err as Error).message}`);
  }
}

function interpolate(template: string, ns: Namespace): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const start = template.indexOf('{{', i);
    if (start === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, start);
    let close = findBlockClose(template, start);
    if (close === -1) {
      // No close outside quotes. A raw `}}` further on is used anyway (so an
      // unbalanced quote surfaces as an evaluation error); with none at all the
      // rest of the template stays as written.
      close = template.indexOf('}}', start + 2);
      if (close === -1) {
        out += template.slice(start);
        break;
      }
    }
    const value = evaluateSimple(template.slice(start + 2, close), ns);
    out += value === null || value === undefined ? '' : pyStr(value);
    i = close + 2;
  }
  return out;
}

/** Evaluate a template: a single `{{ }}` block returns the typed value, else text. Non-strings pass through. Throws ExpressionError. */
export function evaluateExpression(template: unknown, scope: ExpressionScope): unknown {
  if (typeof template !== 'string') return template;
  const ns = buildNamespace(scope);
  const stripped = pyStrip(template);
  if (isSingleExpression(stripped)) return evaluateSimple(stripped.slice(2, -2), ns);
  return interpolate(template, ns);
}

/** Evaluate a condition to a boolean ("true"/"false" text counts as booleans). */
export function evaluateCondition(condition: unknown, scope: ExpressionScope): boolean {
  const result = evaluateExpression(condition, scope);
  if (typeof result === 'string') {
    // Captured command output usually ends in a newline: `echo false` must read as false.
    const word = pyStrip(result).toLowerCase();
    if (word === 'false') return false;
    if (word === 'true') return true;
  }
  return truthy(result);
}
