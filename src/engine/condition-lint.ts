/**
 * Checks on a step's `condition` text before the run: whether it is ever
 * evaluated at all, whether a `{{` in it cannot be closed, and, for one that
 * is never evaluated, whether wrapping it in one `{{ }}` block would give the
 * expression that was evidently meant (the hint offers the fix only then).
 * The rules are the reference's; the walks over the text mirror the
 * evaluator's (expressions.ts), through the same scanner.
 */
import {
  findBlockClose,
  findTopLevel,
  hasUnbalancedBracket,
  hasUnbalancedQuote,
  scanUnquoted,
  splitTopLevel
} from './expression-scanner.js';
import {
  COMPARISON_OPERATORS,
  evaluateSimple,
  FILTER_CALL,
  FilterFormError,
  isStringLiteral,
  numericLiteral,
  type Namespace
} from './expressions.js';
import { pyIsSpace, pyStr, pyStrip } from './pyvalue.js';

/**
 * How interpolation treats the first block it cannot close with the
 * quote-aware scan: 'evaluated' when a raw `}}` still follows (the truncated
 * body is evaluated), 'verbatim' when none does (the rest is kept as text),
 * null when every block closes.
 */
function firstUnclosableBlock(text: string): 'evaluated' | 'verbatim' | null {
  let i = 0;
  for (;;) {
    const start = text.indexOf('{{', i);
    if (start === -1) return null;
    const close = findBlockClose(text, start);
    if (close === -1) return text.indexOf('}}', start + 2) !== -1 ? 'evaluated' : 'verbatim';
    i = close + 2;
  }
}

/** True for a string condition that is not a single complete `{{ }}` block and so is never evaluated. */
export function conditionIsNeverEvaluated(condition: unknown): boolean {
  if (typeof condition !== 'string' || condition === '') return false; // '' is a definite false
  const stripped = pyStrip(condition);
  if (stripped === '') return true; // whitespace is non-empty text, so always true
  const lower = stripped.toLowerCase();
  if (lower === 'true' || lower === 'false') return false;
  if (!stripped.includes('{{')) return true;
  return firstUnclosableBlock(stripped) === 'verbatim';
}

/** True for a condition whose `{{` cannot be closed by the quote-aware scan. */
export function conditionHasMalformedExpressionBlock(condition: unknown): boolean {
  if (typeof condition !== 'string') return false;
  const stripped = pyStrip(condition);
  const lower = stripped.toLowerCase();
  if (stripped === '' || lower === 'true' || lower === 'false') return false;
  return firstUnclosableBlock(stripped) === 'evaluated';
}

/**
 * Remove every `{{` and `}}` outside quoted text, collapsing the whitespace
 * around each removed delimiter to one space. Quoted delimiters are data.
 */
function stripStrayDelimiters(text: string): string {
  let out = '';
  let copied = 0;
  scanUnquoted(text, 0, (i) => {
    if (!text.startsWith('{{', i) && !text.startsWith('}}', i)) return 1;
    let end = i + 2;
    while (end < text.length && pyIsSpace(text[end])) end++;
    out += text.slice(copied, i);
    let kept = out.length;
    while (kept > 0 && pyIsSpace(out[kept - 1])) kept--;
    out = out.slice(0, kept) + ' ';
    copied = end;
    return end - i;
  });
  return out + text.slice(copied);
}

const BOOLEAN_OPERATORS = [' or ', ' and '];
const SPACED_OPERATORS = [...BOOLEAN_OPERATORS, ...COMPARISON_OPERATORS].filter((op) =>
  op.startsWith(' ')
);

/** True when some operator lacks an operand on one side (checked at every occurrence). */
function hasIncompleteOperand(text: string): boolean {
  const stripped = pyStrip(text);
  if (stripped === '') return true;
  if (['and', 'or', 'not'].includes(stripped) || stripped.endsWith(' not')) return true;
  // At the ends of the stripped text a word operator has lost its outer space.
  for (const op of SPACED_OPERATORS) {
    if (stripped.endsWith(op.trimEnd()) || stripped.startsWith(op.trimStart())) return true;
  }
  for (const op of [...BOOLEAN_OPERATORS, ...COMPARISON_OPERATORS]) {
    if (findTopLevel(stripped, op) === -1) continue;
    if (splitTopLevel(stripped, op).some((segment) => pyStrip(segment) === '')) return true;
  }
  return (
    findTopLevel(stripped, '|') !== -1 &&
    splitTopLevel(stripped, '|').some((segment) => pyStrip(segment) === '')
  );
}

const NAMESPACE_ROOTS = ['inputs', 'steps', 'item', 'fan_in', 'context'];
const PATH_SEGMENT = /^[\p{L}\p{N}_-]+(\[\p{Nd}+\])?\n?$/u;
const INDEXED_ROOT = /^([\p{L}\p{N}_-]+)\[\p{Nd}+\]$/u;

function isLiteral(text: string): boolean {
  if (isStringLiteral(text)) return true;
  const lower = text.toLowerCase();
  return ['true', 'false', 'none', 'null'].includes(lower) || numericLiteral(text) !== undefined;
}

/**
 * Why some operand in `text` cannot be resolved, or null when every leaf is a
 * literal, a list literal or a path under a namespace root. Walks the text the
 * way the evaluator does: filters (and their arguments), or/and, not, comparisons.
 */
function unresolvableTerm(text: string): string | null {
  const stripped = pyStrip(text);
  if (stripped === '') return 'one of its operands is empty';

  if (findTopLevel(stripped, '|') !== -1) {
    const [head, ...filters] = splitTopLevel(stripped, '|');
    const reason = unresolvableTerm(head);
    if (reason !== null) return reason;
    for (const filter of filters) {
      const call = FILTER_CALL.exec(pyStrip(filter));
      if (call === null) continue; // left for the evaluator probe to judge
      const argReason = unresolvableTerm(call[2]);
      if (argReason !== null) return argReason;
    }
    return null;
  }

  for (const op of BOOLEAN_OPERATORS) {
    const idx = findTopLevel(stripped, op);
    if (idx !== -1) {
      return (
        unresolvableTerm(stripped.slice(0, idx)) ??
        unresolvableTerm(stripped.slice(idx + op.length))
      );
    }
  }

  if (stripped.startsWith('not ')) return unresolvableTerm(stripped.slice(4));

  for (const op of COMPARISON_OPERATORS) {
    const idx = findTopLevel(stripped, op);
    if (idx !== -1) {
      return (
        unresolvableTerm(stripped.slice(0, idx)) ??
        unresolvableTerm(stripped.slice(idx + op.length))
      );
    }
  }

  if (isLiteral(stripped)) return null;

  if (stripped.startsWith('[') && stripped.endsWith(']')) {
    const inner = pyStrip(stripped.slice(1, -1));
    if (inner === '') return null;
    for (const element of splitTopLevel(inner, ',')) {
      if (pyStrip(element) === '') continue;
      const reason = unresolvableTerm(element);
      if (reason !== null) return reason;
    }
    return null;
  }

  const segments = splitTopLevel(stripped, '.');
  const first = pyStrip(segments[0]);
  if (!PATH_SEGMENT.test(first)) return `'${stripped}' is neither a literal nor a path`;
  // Only `item` can be a list (a fan-out item), so only `item[n]` can resolve;
  // the other roots are always mappings and indexing them gives None.
  let root = first;
  const indexedRoot = INDEXED_ROOT.exec(first);
  if (indexedRoot !== null && indexedRoot[1] === 'item') root = 'item';
  if (!NAMESPACE_ROOTS.includes(root)) {
    return `'${first}' is not one of the roots an expression can read (${NAMESPACE_ROOTS.join(', ')})`;
  }
  for (const segment of segments.slice(1)) {
    if (!PATH_SEGMENT.test(pyStrip(segment)))
      return `'${pyStrip(segment)}' is not a valid path part`;
  }
  return null;
}

/**
 * Run the evaluator over `text` with every root present and empty, and report
 * only complaints about how a filter is written. Errors about values (say
 * from_json handed the empty placeholder) are about the probe, not the text.
 */
function evaluatorRejects(text: string): string | null {
  const probe: Namespace = {};
  for (const root of NAMESPACE_ROOTS) probe[root] = {};
  try {
    evaluateSimple(text, probe);
  } catch (err) {
    if (err instanceof FilterFormError) return err.summary;
  }
  return null;
}

/** Why wrapping `core` in `{{ }}` would not give the intended expression, or null when it would. */
function wrappingWouldNotRepair(core: string): string | null {
  if (core === '') return 'there is no expression in it to wrap';
  if (hasUnbalancedQuote(core)) return 'a quote in it is never closed';
  if (hasUnbalancedBracket(core)) return 'its brackets are unbalanced';
  if (hasIncompleteOperand(core)) return 'an operator in it is missing an operand';
  const unresolvable = unresolvableTerm(core);
  if (unresolvable !== null) return unresolvable;
  const rejected = evaluatorRejects(core);
  if (rejected !== null) return `the evaluator would reject it (${rejected})`;
  return null;
}

/**
 * The condition wrapped in one `{{ }}` block (stray delimiters removed), as a
 * double-quoted YAML scalar ready to paste; null when wrapping it would not
 * yield the expression that was evidently meant.
 */
export function suggestedConditionCorrection(condition: unknown): string | null {
  const core = pyStrip(stripStrayDelimiters(pyStr(condition)));
  if (wrappingWouldNotRepair(core) !== null) return null;
  // Every JSON string is a valid YAML double-quoted scalar, escapes included.
  return JSON.stringify(`{{ ${core} }}`);
}

/** A short hint on how to fix a condition that is never evaluated. */
export function conditionFixHint(condition: unknown): string {
  const core = pyStrip(stripStrayDelimiters(pyStr(condition)));
  const reason = wrappingWouldNotRepair(core);
  if (reason === null) {
    return `Write it as one expression block: ${JSON.stringify(`{{ ${core} }}`)}.`;
  }
  return (
    `No corrected form is suggested because ${reason}; wrapping it as written would ` +
    'evaluate something other than what was meant and could flip the condition instead ' +
    'of fixing it. Complete the expression, or use the literal true or false.'
  );
}
