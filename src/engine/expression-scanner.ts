/**
 * The one quote- and bracket-aware scan of `{{ }}` expression text, read the
 * way the reference reads it everywhere:
 *
 * - `'` or `"` opens a quoted stretch that runs to the next mark of the same
 *   kind; there are no escapes (a backslash is an ordinary character), and
 *   the other mark inside it is data;
 * - outside quotes `(`, `[` and `{` open a bracket and `)`, `]` and `}` close
 *   one, whatever kind it was; a closer with none open is ignored, so the
 *   depth never goes below 0.
 *
 * The evaluator splits on operators and filters at depth 0, finds the `}}`
 * that closes a block (where braces are delimiters, not brackets), and the
 * condition lint asks whether quotes and brackets balance; all of them walk
 * the text with `scanUnquoted`.
 */

/** Returned by a visitor to end the scan. */
export const STOP = -1;

const OPENERS = '([{';
const CLOSERS = ')]}';
const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;

/**
 * Walk `text` from `from`, calling `visit(index, depth)` at each character
 * outside quotes other than the quote marks themselves (brackets included),
 * where `depth` is the number of brackets open before it. The visitor returns
 * how many characters to move on: 1 to go on scanning, more to step over a
 * token it matched (the token's characters are not scanned), or STOP.
 *
 * Returns the quote mark still open at the end, or null (also after STOP).
 */
export function scanUnquoted(
  text: string,
  from: number,
  visit: (index: number, depth: number) => number
): string | null {
  let depth = 0;
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
      // A quoted stretch ends at the next mark of its kind, so it is skipped in one search.
      const close = text.indexOf(text[i], i + 1);
      if (close === -1) return text[i];
      i = close + 1;
      continue;
    }
    const step = visit(i, depth);
    if (step === STOP) return null;
    if (step === 1) {
      if (code === 0x28 || code === 0x5b || code === 0x7b) depth++;
      else if ((code === 0x29 || code === 0x5d || code === 0x7d) && depth > 0) depth--;
    }
    i += step;
  }
  return null;
}

const isBracket = (ch: string): boolean => OPENERS.includes(ch) || CLOSERS.includes(ch);

/** Whether `token` starts at `i`, outside brackets, on a character that is no bracket itself. */
function atTopLevel(text: string, i: number, depth: number, token: string): boolean {
  return depth === 0 && text.startsWith(token, i) && !isBracket(text[i]);
}

/** Index of the first `token` outside quotes and brackets, or -1. */
export function findTopLevel(text: string, token: string): number {
  let found = -1;
  scanUnquoted(text, 0, (i, depth) => {
    if (!atTopLevel(text, i, depth, token)) return 1;
    found = i;
    return STOP;
  });
  return found;
}

/** `text` split at every `sep` outside quotes and brackets (list elements at `,`, filters at `|`...). */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scanUnquoted(text, 0, (i, depth) => {
    if (!atTopLevel(text, i, depth, sep)) return 1;
    parts.push(text.slice(start, i));
    start = i + sep.length;
    return sep.length;
  });
  parts.push(text.slice(start));
  return parts;
}

/** Index of the first `token` at or after `from` outside quotes (brackets do not matter), or -1. */
export function findUnquoted(text: string, token: string, from = 0): number {
  let found = -1;
  scanUnquoted(text, from, (i) => {
    if (!text.startsWith(token, i)) return 1;
    found = i;
    return STOP;
  });
  return found;
}

/** Index of the `}}` closing the block whose `{{` is at `start`, ignoring quoted text; -1 if none. */
export function findBlockClose(text: string, start: number): number {
  return findUnquoted(text, '}}', start + 2);
}

/** Whether a quote opened in `text` is never closed. */
export function hasUnbalancedQuote(text: string): boolean {
  return scanUnquoted(text, 0, () => 1) !== null;
}

/**
 * Whether brackets outside quotes fail to nest by kind. Stricter than the
 * depth the other scans keep: there `f(]` ends at depth 0, here it is unbalanced.
 */
export function hasUnbalancedBracket(text: string): boolean {
  const open: string[] = [];
  let mismatched = false;
  scanUnquoted(text, 0, (i) => {
    const ch = text[i];
    if (OPENERS.includes(ch)) open.push(ch);
    else if (ch in OPENER_OF && open.pop() !== OPENER_OF[ch]) {
      mismatched = true;
      return STOP;
    }
    return 1;
  });
  return mismatched || open.length > 0;
}
