/**
 * Python value semantics for workflow data.
 *
 * Workflows in the wild depend on the reference engine's Python behaviour:
 * values spliced into text render the way `str()` does (`True`, `None`,
 * `[1, 'a']`, `{'k': 1}`, `2.0`), truthiness follows `bool()`, and `==`
 * treats `True == 1 == 1.0`.
 *
 * The value model keeps Python's types where JavaScript would blur them:
 * - a JS `number` is a Python int (always a safe integer, never -0), and a
 *   `bigint` an int beyond 2**53 (so every digit stays exact);
 * - a Python float is a `PyFloat` box, so `2.0` stays a float through
 *   rendering, comparison, the run files and a resume (`2.0`, not `2`);
 * - a dict is a plain object; a key that is not a str (`1`, `None`, `True`,
 *   `1.5` from YAML) is stored under a property name that starts with NUL
 *   (see `pyKeyName`), so it never collides with the str key of the same text.
 * A stray non-integral JS number is still read as a float, to stay safe.
 */

export type PyDict = Record<string, unknown>;

/** A Python float. Immutable; JS numbers in workflow data are Python ints. */
export class PyFloat {
  constructor(readonly value: number) {}
  /** What non-Python consumers (JSON.stringify) see: the plain number. */
  toJSON(): number {
    return this.value;
  }
  toString(): string {
    return pyFloatRepr(this.value);
  }
}

/** A Python int: a JS number when it is a safe integer, else a bigint. */
export type PyInt = number | bigint;

/** An int in the value model's one spelling: a number when safe (never -0), else a bigint. */
export function pyInt(n: number | bigint): PyInt {
  if (typeof n === 'bigint') {
    return n >= -MAX_SAFE && n <= MAX_SAFE ? Number(n) : n;
  }
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
  return Number.isInteger(n) ? BigInt(n) : n;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function isDict(value: unknown): value is PyDict {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PyFloat)
  );
}

/**
 * Python's `dict.get(key, default)`: the default only when the key is absent.
 * Own keys only, so `constructor` or `toString` are keys like any other.
 */
export function getOr<V, T>(obj: Readonly<Record<string, V>>, key: string, fallback: T): V | T {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : fallback;
}

/** Python's `key in dict` (own keys only). */
export function hasKey(obj: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * Python's `dict[key] = value`. A plain assignment of `__proto__` would
 * replace the object's prototype instead of storing a key.
 */
export function setKey<V>(obj: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else obj[key] = value;
}

/** The Python type name of a value, as `type(x).__name__` would say it. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'bigint') return 'int';
  if (value instanceof PyFloat) return 'float';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return isPyTuple(value) ? 'tuple' : 'list';
  return 'dict';
}

/** `isinstance(x, int)` without bools. */
export function isPyInt(value: unknown): value is PyInt {
  return (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'bigint';
}

/** `isinstance(x, (int, float))` without bools. */
export function isPyNumber(value: unknown): value is number | bigint | PyFloat {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof PyFloat;
}

/** The JS number of an int or float (never a bool), for arithmetic such as timeouts; undefined for anything else. */
export function pyNumberValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof PyFloat) return value.value;
  return undefined;
}

/** Python's `repr()` of a float: always shows it is a float (`1.0`, `1e+16`, `-0.0`, `inf`). */
export function pyFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e-4 && abs < 1e16) {
    // JS and Python both print the shortest digits that read back the same.
    const s = String(n);
    return Number.isInteger(n) ? `${s}.0` : s;
  }
  // Outside [1e-4, 1e16) Python uses exponent form with at least two exponent digits.
  const [mantissa, exp] = n.toExponential().split('e');
  const sign = exp.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** Python's `str()` of an int or float of the value model. */
export function pyNumber(n: number | bigint | PyFloat): string {
  if (typeof n === 'bigint') return n.toString();
  if (n instanceof PyFloat) return pyFloatRepr(n.value);
  if (!Number.isInteger(n)) return pyFloatRepr(n);
  // Every digit of the exact value (an unsafe JS integer would print rounded digits).
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's `repr()` of a string: single quotes unless only double quotes avoid escaping. */
export function pyReprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      // Python escapes what str.isprintable() rejects: controls, format, separators, unassigned.
      if (code < 0x100) out += '\\x' + code.toString(16).padStart(2, '0');
      else if (code < 0x10000) out += '\\u' + code.toString(16).padStart(4, '0');
      else out += '\\U' + code.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** Python's `repr()`. */
export function pyRepr(value: unknown): string {
  if (typeof value === 'string') return pyReprString(value);
  return pyStr(value);
}

/** Python's `str()`. */
export function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number' || typeof value === 'bigint') return pyNumber(value);
  if (typeof value === 'string') return value;
  if (value instanceof PyFloat) return pyFloatRepr(value.value);
  if (Array.isArray(value)) {
    return isPyTuple(value) ? pyTupleStr(value) : '[' + value.map(pyRepr).join(', ') + ']';
  }
  if (isDict(value)) {
    const parts = pyKeys(value).map((k) => `${pyKeyRepr(k)}: ${pyRepr(value[k])}`);
    return '{' + parts.join(', ') + '}';
  }
  return String(value);
}

/** Python's `bool()`. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (value instanceof PyFloat) return value.value !== 0; // NaN is truthy in Python
  if (typeof value === 'bigint') return value !== 0n;
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0; // O(size): avoid on hot paths
  return true;
}

/** The numeric value of a bool, int or float (bigint kept exact); undefined for anything else. */
function numericOf(value: unknown): number | bigint | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof PyFloat) return value.value;
  return undefined;
}

/**
 * Compare two numbers exactly, as Python compares ints and floats (an int
 * beyond 2**53 against a float is not rounded first): negative, zero or
 * positive, or NaN when either is NaN.
 */
function compareNumeric(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number')
    return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number') return -compareNumeric(b, a);
  const big = a as bigint;
  const f = b as number;
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  // Every finite double has an exact integral floor; big and f differ unless f is that integer.
  const floor = BigInt(Math.floor(f));
  if (big < floor) return -1;
  if (big > floor) return 1;
  return Number.isInteger(f) ? 0 : -1;
}

/**
 * Python's `==` (bools compare as 0/1 with numbers; lists and dicts compare
 * deeply). Inside containers Python takes an object as equal to itself before
 * comparing, so a list holding one NaN object equals itself.
 */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const na = numericOf(a);
  const nb = numericOf(b);
  if (na !== undefined && nb !== undefined) return compareNumeric(na, nb) === 0;
  if (a === null || a === undefined) return b === null || b === undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    // A tuple never equals a list: ('a', 1) != ['a', 1].
    if (isPyTuple(a) !== isPyTuple(b)) return false;
    return a.length === b.length && a.every((v, i) => v === b[i] || pyEquals(v, b[i]));
  }
  if (isDict(a) && isDict(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => {
      const other =
        k.charCodeAt(0) === 0 ? findKeyName(b, pyKeyOf(k)) : hasKey(b, k) ? k : undefined;
      return other !== undefined && (a[k] === b[other] || pyEquals(a[k], b[other]));
    });
  }
  return false;
}

/** Python's `x in container` for lists, strings (substring) and dicts (keys). */
export function pyContains(container: unknown, x: unknown): boolean {
  if (Array.isArray(container)) return container.some((v) => v === x || pyEquals(v, x));
  if (typeof container === 'string') {
    if (typeof x !== 'string') throw new TypeError("'in <string>' requires string as left operand");
    return container.includes(x);
  }
  if (isDict(container)) {
    if (Array.isArray(x) && !isPyTuple(x)) throw new TypeError("unhashable type: 'list'");
    if (isDict(x)) throw new TypeError("unhashable type: 'dict'");
    return findKeyName(container, x) !== undefined;
  }
  throw new TypeError(`argument of type '${pyTypeName(container)}' is not iterable`);
}

// ---------------------------------------------------------------------------
// Dict keys that are not strings.
//
// PyYAML gives mapping keys their scalar type (`1:` is the int 1, `~:` None).
// A JS object holds only string property names, so such a key is stored under
// NUL + its repr (`"\0" + "1"`, `"\0None"`, `"\0True"`, `"\0" + "1.5"`): the
// name cannot be typed as a dot path, it renders with str() as the key does,
// and json.dump's spelling of the key is derived from it. A str key that
// itself starts with NUL is stored under NUL + "s" + the key.

const KEY_MARK = '\u0000';
const INT_KEY = /^-?\d+$/;

/** The property name under which a dict holds the Python key `key` (a str, int, float, bool or None). */
export function pyKeyName(key: unknown): string {
  if (typeof key === 'string') return key.charCodeAt(0) === 0 ? `${KEY_MARK}s${key}` : key;
  return KEY_MARK + pyRepr(key);
}

/** The Python key stored under a property name (the inverse of `pyKeyName`). */
export function pyKeyOf(name: string): unknown {
  if (name.charCodeAt(0) !== 0) return name;
  const text = name.slice(1);
  if (text.startsWith('s')) return text.slice(1);
  if (text === 'None') return null;
  if (text === 'True' || text === 'False') return text === 'True';
  if (INT_KEY.test(text)) return pyInt(BigInt(text));
  return new PyFloat(
    text === 'nan' ? NaN : text === 'inf' ? Infinity : text === '-inf' ? -Infinity : Number(text)
  );
}

/** `repr()` of the key stored under a property name. */
export function pyKeyRepr(name: string): string {
  if (name.charCodeAt(0) !== 0) return pyReprString(name);
  return name[1] === 's' ? pyReprString(name.slice(2)) : name.slice(1);
}

/** `str()` of the key stored under a property name (what a switch matches cases with). */
export function pyKeyStr(name: string): string {
  if (name.charCodeAt(0) !== 0) return name;
  return name[1] === 's' ? name.slice(2) : name.slice(1);
}

/** Whether a property name holds a key that is not a str. */
function isTypedKeyName(name: string): boolean {
  return name.charCodeAt(0) === 0 && name[1] !== 's';
}

/**
 * The property under which `dict` holds a key equal to `key`, if any. Python
 * finds `1`, `1.0` and `True` as one key (equal numbers hash alike), so every
 * spelling of an equal number is tried.
 */
export function findKeyName(dict: PyDict, key: unknown): string | undefined {
  const n = numericOf(key);
  if (n === undefined) {
    const name = pyKeyName(key);
    return hasKey(dict, name) ? name : undefined;
  }
  for (const name of numericKeyNames(n)) if (hasKey(dict, name)) return name;
  return undefined;
}

/** Every property name a key equal to the number `n` may be stored under. */
function numericKeyNames(n: number | bigint): string[] {
  if (typeof n === 'bigint') {
    const asFloat = Number(n);
    return BigInt(asFloat) === n
      ? [KEY_MARK + n.toString(), KEY_MARK + pyFloatRepr(asFloat)]
      : [KEY_MARK + n.toString()];
  }
  if (!Number.isInteger(n)) return [KEY_MARK + pyFloatRepr(n)];
  const names = [KEY_MARK + pyNumber(pyInt(n)), KEY_MARK + pyFloatRepr(n)];
  if (n === 0) names.push(KEY_MARK + '-0.0', KEY_MARK + 'False');
  if (n === 1) names.push(KEY_MARK + 'True');
  return names;
}

/** The text json.dump writes for the key stored under a property name. */
function jsonKeyText(name: string): string {
  if (!isTypedKeyName(name)) return pyKeyStr(name);
  const text = name.slice(1);
  if (text === 'None') return 'null';
  if (text === 'True' || text === 'False') return text.toLowerCase();
  if (text === 'inf') return 'Infinity';
  if (text === '-inf') return '-Infinity';
  if (text === 'nan') return 'NaN';
  return text;
}

// ---------------------------------------------------------------------------
// Python string and number parsing, ordering and json.loads.

/** Characters for which Python's `str.isspace()` is true (what `str.strip()` removes). */
// eslint-disable-next-line no-control-regex -- Python counts U+001C-U+001F as whitespace
const PY_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Python's `ch.isspace()` for a single character (JS `\s` differs: it has U+FEFF, lacks U+001C-U+001F and U+0085). */
export function pyIsSpace(ch: string): boolean {
  return ch.length === 1 && PY_SPACE.test(ch);
}

/** Python's `str.strip()` with no argument. */
export function pyStrip(s: string): string {
  return stripWhere(s, PY_SPACE);
}

/**
 * Trim characters matching `space` from both ends. Index loops rather than a
 * `\s+$`-style regex, whose backtracking is quadratic on long inner runs of
 * whitespace (captured command output can be large).
 */
function stripWhere(s: string, space: RegExp): string {
  let start = 0;
  let end = s.length;
  while (start < end && space.test(s[start])) start++;
  while (end > start && space.test(s[end - 1])) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * int() and float() strip ASCII whitespace and any non-ASCII Unicode whitespace,
 * but not U+001C-U+001F, which `str.isspace()` counts as space.
 */
const NUMBER_SPACE = /[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const DECIMAL_DIGIT = /\p{Nd}/u;
const NON_ASCII = /\P{ASCII}/u;

/**
 * Replace every Unicode decimal digit (category Nd) with its ASCII digit, as
 * int() and float() do. Unicode assigns decimal digits in contiguous runs 0..9,
 * so a digit's value is its distance from the start of its run, modulo 10.
 */
function asciiDigits(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || !DECIMAL_DIGIT.test(ch)) {
      out += ch;
      continue;
    }
    let run = 0;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(cp - run - 1))) run++;
    out += String(run % 10);
  }
  return out;
}

function numberText(text: string): string {
  return asciiDigits(stripWhere(text, NUMBER_SPACE));
}

/** Python refuses to convert decimal strings longer than this many digits to int. */
export const PY_INT_MAX_STR_DIGITS = 4300;

const PY_INT_TEXT = /^[+-]?\d(?:_?\d)*$/;

/**
 * Python's `int(text)` (base 10), or undefined where Python raises ValueError.
 * Accepts a sign, digit-separating underscores, any Unicode decimal digits and
 * surrounding whitespace. Exact at any size (a bigint beyond 2**53).
 */
export function pyParseInt(text: string): PyInt | undefined {
  const t = numberText(text);
  if (!PY_INT_TEXT.test(t)) return undefined;
  const digits = t.replace(/[+_-]/g, '');
  if (digits.length > PY_INT_MAX_STR_DIGITS) return undefined;
  const plain = t.replace(/_/g, '');
  // Up to 15 digits a double is exact; beyond, parse exactly.
  return pyInt(digits.length <= 15 ? Number(plain) : BigInt(plain));
}

const PY_FLOAT_TEXT =
  /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const PY_FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Python's `float(text)` as a plain number (box it in a PyFloat to use it as a value), or undefined where Python raises ValueError. */
export function pyParseFloat(text: string): number | undefined {
  const t = numberText(text);
  const special = PY_FLOAT_SPECIAL.exec(t);
  if (special) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!PY_FLOAT_TEXT.test(t)) return undefined;
  return Number(t.replace(/_/g, ''));
}

/** Compare strings by code point, as Python does (JS `<` compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    if (x.value !== y.value) return x.value.codePointAt(0)! - y.value.codePointAt(0)!;
  }
}

export type PyOrderOperator = '<' | '<=' | '>' | '>=';

function orderResult(diff: number, op: PyOrderOperator): boolean {
  switch (op) {
    case '<':
      return diff < 0;
    case '<=':
      return diff <= 0;
    case '>':
      return diff > 0;
    case '>=':
      return diff >= 0;
  }
}

/**
 * Python's ordering operators. Numbers and bools compare numerically, strings
 * by code point, lists lexicographically (the first unequal elements decide,
 * then the lengths). Any other pair raises TypeError, as Python does.
 */
export function pyCompare(a: unknown, b: unknown, op: PyOrderOperator): boolean {
  const na = numericOf(a);
  const nb = numericOf(b);
  if (na !== undefined && nb !== undefined) return orderResult(compareNumeric(na, nb), op);
  if (typeof a === 'string' && typeof b === 'string')
    return orderResult(compareCodePoints(a, b), op);
  if (Array.isArray(a) && Array.isArray(b) && isPyTuple(a) === isPyTuple(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) {
      if (a[i] !== b[i] && !pyEquals(a[i], b[i])) return pyCompare(a[i], b[i], op);
    }
    return orderResult(a.length - b.length, op);
  }
  throw new TypeError(
    `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`
  );
}

/** How deep json.loads nests before Python's recursion limit stops it. */
export const PY_JSON_MAX_DEPTH = 1000;

/**
 * How deep a run file may nest: a value as deep as PY_JSON_MAX_DEPTH (a step's
 * JSON output) sits a few levels down in `state.json` (`step_results.<id>.output.data`)
 * and in journal lines, and must load back.
 */
export const RUN_FILE_MAX_DEPTH = PY_JSON_MAX_DEPTH + 16;

/**
 * JSON nested deeper than Python's decoder can go (its RecursionError): not a
 * JSONDecodeError, so what catches only decode errors lets it through, as in
 * the reference.
 */
export class PyJsonDepthError extends Error {
  constructor(
    readonly position: number,
    maxDepth = PY_JSON_MAX_DEPTH
  ) {
    super(`JSON nested more than ${maxDepth} levels deep (at character ${position})`);
    this.name = 'PyJsonDepthError';
  }
}

/**
 * Whether JSON text nests deeper than `maxDepth`, in one pass that
 * skips strings: text JSON.parse would read (it nests as deep as memory
 * allows) but nothing could write back out or Python could read.
 */
export function jsonNestsTooDeep(text: string, maxDepth = PY_JSON_MAX_DEPTH): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** A json.loads failure (Python's JSONDecodeError). */
export class PyJsonError extends Error {
  constructor(
    message: string,
    readonly position: number
  ) {
    super(`${message} (at character ${position})`);
    this.name = 'PyJsonError';
  }
}

const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
// eslint-disable-next-line no-control-regex -- raw control characters are not allowed in JSON strings
const JSON_STRING = /"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_SPACE = /[ \t\n\r]*/y;
// json.loads hands out one shared object per literal, which containers compare by identity.
const JSON_NAN = new PyFloat(NaN);
const JSON_INF = new PyFloat(Infinity);
const JSON_NEG_INF = new PyFloat(-Infinity);

/**
 * How json.dumps spells a number: every digit of an int, repr() of a float,
 * NaN/Infinity literals. A JS number is an int when integral unless `isFloat`.
 */
function jsonNumber(n: number | bigint, isFloat = false): string {
  if (typeof n === 'bigint') return n.toString();
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  return Number.isInteger(n) && !isFloat ? pyNumber(n) : pyFloatRepr(n);
}

/**
 * Python's `json.loads` on a str: standard JSON plus the NaN, Infinity and
 * -Infinity literals Python accepts; a leading byte-order mark is an error.
 * JSON integers load as ints (exactly, at any size up to Python's 4300-digit
 * limit) and the rest as floats (`1.0` stays the float 1.0).
 */
export function pyJsonLoads(text: string, maxDepth = PY_JSON_MAX_DEPTH): unknown {
  let pos = 0;
  const fail = (message: string): never => {
    throw new PyJsonError(message, pos);
  };
  const skipSpace = (): void => {
    JSON_SPACE.lastIndex = pos;
    JSON_SPACE.exec(text);
    pos = JSON_SPACE.lastIndex;
  };
  const parseString = (): string => {
    JSON_STRING.lastIndex = pos;
    const m = JSON_STRING.exec(text);
    if (!m) fail('invalid string');
    pos = JSON_STRING.lastIndex;
    return JSON.parse(m![0]) as string;
  };
  let depth = 0;
  const parseValue = (): unknown => {
    const ch = text[pos];
    if (ch !== '{' && ch !== '[') return parseItem();
    // Python's decoder recurses per level and gives up near its recursion limit.
    if (++depth > maxDepth) throw new PyJsonDepthError(pos, maxDepth);
    try {
      return parseItem();
    } finally {
      depth--;
    }
  };
  const parseItem = (): unknown => {
    const ch = text[pos];
    if (ch === '"') return parseString();
    if (ch === '{') {
      pos++;
      const obj: PyDict = {};
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      // JS lists integer-like keys first; remember the text's order when one appears.
      const order: string[] = [];
      let indexLike = false;
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('expected a property name in double quotes');
        const key = parseString();
        if (!hasKey(obj, key)) {
          order.push(key);
          if (!indexLike && isArrayIndexKey(key)) indexLike = true;
        }
        skipSpace();
        if (text[pos] !== ':') fail("expected ':'");
        pos++;
        skipSpace();
        const value = parseValue();
        setKey(obj, pyKeyName(key), value);
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          if (indexLike) recordPyKeyOrder(obj, order);
          return obj;
        }
        fail("expected ',' or '}'");
      }
    }
    if (ch === '[') {
      pos++;
      const list: unknown[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return list;
      }
      for (;;) {
        skipSpace();
        list.push(parseValue());
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return list;
        }
        fail("expected ',' or ']'");
      }
    }
    for (const [word, value] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', JSON_NAN],
      ['Infinity', JSON_INF],
      ['-Infinity', JSON_NEG_INF]
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    JSON_NUMBER.lastIndex = pos;
    const m = JSON_NUMBER.exec(text);
    if (m) {
      pos = JSON_NUMBER.lastIndex;
      if (m[1] !== undefined || m[2] !== undefined) return new PyFloat(Number(m[0]));
      const digits = m[0].length - (m[0][0] === '-' ? 1 : 0);
      if (digits > PY_INT_MAX_STR_DIGITS) fail('an integer longer than 4300 digits');
      return pyInt(digits <= 15 ? Number(m[0]) : BigInt(m[0]));
    }
    return fail('expected a value');
  };

  if (text.startsWith('\ufeff')) fail('unexpected byte-order mark');
  skipSpace();
  const value = parseValue();
  skipSpace();
  if (pos !== text.length) fail('extra data after the value');
  return value;
}

/**
 * JSON text as Python's `json.dumps(value, indent=indent)` writes it, so the
 * run files read back the same in both tools: NaN and infinities are written
 * as the `NaN`/`Infinity`/`-Infinity` literals Python emits and reads (JSON
 * has none; `JSON.stringify` would write `null`), and integers keep every
 * digit of their exact value. Non-ASCII text is written as is (Python escapes
 * it; both read back the same string). Without `indent` the output is one
 * line with Python's `', '`/`': '` separators.
 */
export function pyJsonDumps(value: unknown, indent?: number): string {
  // With an indent, JSON.stringify lays text out exactly as Python does and is
  // far faster (state files of big fan-outs are rewritten often): use it
  // unless a number or key needs Python's spelling.
  return refusingCircles(() =>
    indent !== undefined && !needsPythonSpelling(value)
      ? JSON.stringify(value, null, indent)
      : writeJson(value, indent, false)
  );
}

/**
 * One line of JSON that `pyJsonLoads` reads back as the same value (the run
 * journal's lines): compact, and spelled as Python would only where a number
 * or a key order needs it.
 */
export function pyJsonLine(value: unknown): string {
  return refusingCircles(() =>
    needsPythonSpelling(value) ? writeJson(value, undefined, false) : JSON.stringify(value)
  );
}

function refusingCircles(write: () => string): string {
  try {
    return write();
  } catch (err) {
    // Python's json.dump refuses these too ("Circular reference detected").
    if (err instanceof RangeError || (err instanceof TypeError && /circular/i.test(err.message))) {
      throw new TypeError(
        'cannot write the value as JSON: it contains itself (a circular reference, such as a step output holding `{{ steps }}`) or nests too deeply',
        { cause: err }
      );
    }
    throw err;
  }
}

/**
 * Standard JSON of workflow data for other programs (`--json`, Action
 * outputs): like JSON.stringify (compact without `indent`, undefined members
 * left out), but ints keep every digit, floats show as floats (`2.0`), and
 * NaN/infinities, which JSON cannot hold, are null.
 */
export function standardJson(value: unknown, indent?: number): string {
  if (!needsPythonSpelling(value)) return JSON.stringify(value, null, indent);
  return writeJson(value, indent, true);
}

function writeJson(value: unknown, indent: number | undefined, standard: boolean): string {
  const parts: string[] = [];
  const pad = indent === undefined ? null : ' '.repeat(indent);
  const itemSep = pad !== null ? ',' : standard ? ',' : ', ';
  const keySep = pad === null && standard ? ':' : ': ';
  const number = (n: number | bigint, isFloat = false): string => {
    const text = jsonNumber(n, isFloat);
    return standard && typeof n === 'number' && !Number.isFinite(n) ? 'null' : text;
  };
  const write = (v: unknown, depth: number): void => {
    if (v === null || v === undefined) parts.push('null');
    else if (typeof v === 'boolean') parts.push(v ? 'true' : 'false');
    else if (typeof v === 'number' || typeof v === 'bigint') parts.push(number(v));
    else if (v instanceof PyFloat) parts.push(number(v.value, true));
    else if (typeof v === 'string') parts.push(JSON.stringify(v));
    else if (Array.isArray(v)) writeItems(v, depth, '[', ']', (item) => write(item, depth + 1));
    else if (isDict(v)) {
      const keys = standard ? pyKeys(v).filter((k) => v[k] !== undefined) : pyKeys(v);
      writeItems(keys, depth, '{', '}', (k) => {
        parts.push(JSON.stringify(jsonKeyText(k)), keySep);
        write(v[k], depth + 1);
      });
    } else parts.push('null');
  };
  const writeItems = <T>(
    items: T[],
    depth: number,
    open: string,
    close: string,
    each: (item: T) => void
  ): void => {
    if (items.length === 0) {
      parts.push(open, close);
      return;
    }
    parts.push(open);
    const inner = pad === null ? '' : '\n' + pad.repeat(depth + 1);
    items.forEach((item, i) => {
      if (i > 0) parts.push(itemSep);
      parts.push(inner);
      each(item);
    });
    if (pad !== null) parts.push('\n' + pad.repeat(depth));
    parts.push(close);
  };
  write(value, 0);
  return parts.join('');
}

/**
 * Whether JSON.stringify would write `value` differently from Python's json:
 * a number it spells differently, or a dict whose Python key order JS lost.
 */
function needsPythonSpelling(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isSafeInteger(value);
  if (typeof value === 'bigint') return true;
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof PyFloat) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (needsPythonSpelling(item)) return true;
    return false;
  }
  if (PY_KEY_ORDER.has(value)) return true;
  for (const key in value) {
    if (key.charCodeAt(0) === 0 || needsPythonSpelling((value as PyDict)[key])) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Python dict key order.
//
// A Python dict keeps insertion order; a JS object lists integer-like keys
// ("2", "10") first, in numeric order. Where data is read (JSON, YAML) with
// such keys, the Python order is remembered beside the object, and everything
// that shows a dict's order (str(), the run files) asks pyKeys.

const PY_KEY_ORDER = new WeakMap<object, string[]>();

/** Whether JS would move `key` to the front of an object's keys (an array index). */
export function isArrayIndexKey(key: string): boolean {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** Remember that `obj`'s keys are, in Python order, `keys` (when that differs from JS's order). */
export function recordPyKeyOrder(obj: PyDict, keys: string[]): void {
  const js = Object.keys(obj);
  if (js.length === keys.length && js.every((k, i) => k === keys[i])) {
    PY_KEY_ORDER.delete(obj);
    return;
  }
  PY_KEY_ORDER.set(obj, keys);
}

/**
 * Give `copy` (a shallow copy of `obj`, maybe with keys changed or added) `obj`'s Python key
 * order: pyKeys keeps the recorded order and appends keys added since, as Python does.
 */
export function carryPyKeyOrder(obj: PyDict, copy: PyDict): void {
  const order = PY_KEY_ORDER.get(obj);
  if (order !== undefined) PY_KEY_ORDER.set(copy, order);
}

/**
 * A dict's keys in Python's order: the recorded insertion order, with keys
 * added since appended (as Python appends them) and removed ones left out.
 */
export function pyKeys(obj: PyDict): string[] {
  const js = Object.keys(obj);
  const order = PY_KEY_ORDER.get(obj);
  if (order === undefined) return js;
  const out = order.filter((k) => hasKey(obj, k));
  if (out.length === js.length) return out;
  const listed = new Set(out);
  for (const k of js) if (!listed.has(k)) out.push(k);
  return out;
}

// ---------------------------------------------------------------------------
// Python tuples.
//
// PyYAML's `!!omap` and `!!pairs` build lists of (key, value) tuples. A tuple
// is a JS array marked here: it is a list everywhere JS looks (json.dump
// writes tuples as lists too), but str() shows `('a', 1)`, type() is `tuple`,
// and it never equals a list. Code that follows an `isinstance(x, list)` of
// the reference asks `isPyList`, which a tuple fails.

const PY_TUPLES = new WeakSet<unknown[]>();

/** Mark `items` as a Python tuple (it is returned for convenience). */
export function markPyTuple<T extends unknown[]>(items: T): T {
  PY_TUPLES.add(items);
  return items;
}

export function isPyTuple(value: unknown): value is unknown[] {
  return Array.isArray(value) && PY_TUPLES.has(value);
}

/** Python's `isinstance(value, list)`: an array that is not a tuple. */
export function isPyList(value: unknown): value is unknown[] {
  return Array.isArray(value) && !PY_TUPLES.has(value);
}

/** str() of a tuple: `('a', 1)`, `('a',)` for one item, `()` for none. */
function pyTupleStr(items: unknown[]): string {
  const inner = items.map(pyRepr).join(', ');
  return items.length === 1 ? `(${inner},)` : `(${inner})`;
}
