/**
 * Python's text-to-number conversions (`float(s)`, `int(s, base)`, `str.strip()`).
 *
 * Workflows reach the reference engine through PyYAML and Python builtins, so
 * inputs like `' 4 '`, `'1_000'` or `'inf'` must convert exactly as Python
 * converts them.
 */

/** Characters Python's `str.isspace()` accepts (differs from JS `\s`: no U+FEFF, adds U+001C–U+001F and U+0085). */
const PY_WHITESPACE = new Set(
  [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
    0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
    0x205f, 0x3000
  ].map((c) => String.fromCodePoint(c))
);

export function isPyWhitespace(ch: string): boolean {
  return PY_WHITESPACE.has(ch);
}

/** Python's `s.strip()` with no argument. */
export function pyStrip(s: string): string {
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  while (start < end && PY_WHITESPACE.has(chars[start])) start++;
  while (end > start && PY_WHITESPACE.has(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}

const UNICODE_DIGIT = /\p{Nd}/u;

/**
 * The value of a Unicode decimal digit. Decimal digits come in contiguous
 * runs of ten starting at zero, so the value is the offset from the start of
 * the run the character sits in.
 */
function unicodeDigitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  let start = cp;
  while (start > 0 && UNICODE_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Python turns Unicode decimal digits into ASCII ones before parsing numbers. */
function asciiDigits(s: string): string | undefined {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (UNICODE_DIGIT.test(ch)) out += String(unicodeDigitValue(ch));
    else return undefined;
  }
  return out;
}

const FLOAT_SYNTAX =
  /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_FLOAT = /^([+-]?)(inf|infinity|nan)$/i;

/** Python's `float(s)` for a string; undefined where Python raises ValueError. */
export function parsePythonFloat(text: string): number | undefined {
  const stripped = pyStrip(text);
  const s = asciiDigits(stripped);
  if (s === undefined || s === '') return undefined;
  const special = SPECIAL_FLOAT.exec(s);
  if (special) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!FLOAT_SYNTAX.test(s)) return undefined;
  return Number(s.replace(/_/g, ''));
}

const INT_DIGITS: Record<number, RegExp> = {
  2: /^[01](?:_?[01])*$/,
  8: /^[0-7](?:_?[0-7])*$/,
  10: /^\d(?:_?\d)*$/,
  16: /^[0-9a-fA-F](?:_?[0-9a-fA-F])*$/
};

/** Python's `int(s, base)` for bases 2, 8, 10 and 16 (no prefix); undefined where Python raises. */
export function parsePythonInt(text: string, base: 2 | 8 | 10 | 16): number | undefined {
  const s = asciiDigits(pyStrip(text));
  if (s === undefined) return undefined;
  const m = /^([+-]?)(.*)$/s.exec(s)!;
  const digits = m[2];
  if (!INT_DIGITS[base].test(digits)) return undefined;
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
  const big = BigInt(prefix + digits.replace(/_/g, ''));
  return Number(m[1] === '-' ? -big : big);
}

/** Python's `repr()` of a float: always shows it is a float (`1.0`, `1e+16`, `inf`). */
export function pyFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e-4 && abs < 1e16) {
    const s = String(n);
    return Number.isInteger(n) ? `${s}.0` : s;
  }
  // Outside [1e-4, 1e16) Python switches to exponent form with at least two exponent digits.
  const [mantissa, exp] = n.toExponential().split('e');
  const sign = exp.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}
