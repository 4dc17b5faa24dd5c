/**
 * Python value semantics for workflow data.
 *
 * Workflows in the wild depend on the reference engine's Python behaviour:
 * values spliced into text render the way `str()` does (`True`, `None`,
 * `[1, 'a']`, `{'k': 1}`), truthiness follows `bool()`, and `==` treats
 * `True == 1`. Integral numbers render as Python ints (specflow does not
 * keep Python's int/float distinction for integral values).
 */

export type PyDict = Record<string, unknown>;

export function isDict(value: unknown): value is PyDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return isPyTuple(value) ? 'tuple' : 'list';
  return 'dict';
}

/** `isinstance(x, int)` without bools. */
export function isPyInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Render a number the way Python's `str()`/`repr()` does. */
export function pyNumber(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (Number.isInteger(n)) {
    // Python ints print every digit of their exact value; past 2**53 JS prints
    // the shortest round-trip digits (12345678901234567168 as ...567000), and
    // past 1e21 an exponent form.
    return Math.abs(n) <= Number.MAX_SAFE_INTEGER ? String(n) : BigInt(n).toString();
  }
  const abs = Math.abs(n);
  if (abs >= 1e-4 && abs < 1e16) return String(n);
  // Python uses exponent notation outside [1e-4, 1e16) with at least two exponent digits.
  const [mantissa, exp] = n.toExponential().split('e');
  const sign = exp.startsWith('-') ? '-' : '+';
  const digits = exp.replace(/^[+-]/, '').padStart(2, '0');
  return `${mantissa}e${sign}${digits}`;
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
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return isPyTuple(value) ? pyTupleStr(value) : '[' + value.map(pyRepr).join(', ') + ']';
  }
  if (isDict(value)) {
    const parts = pyKeys(value).map((k) => `${pyReprString(k)}: ${pyRepr(value[k])}`);
    return '{' + parts.join(', ') + '}';
  }
  return String(value);
}

/** Python's `bool()`. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0; // NaN is truthy in Python
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0; // O(size): avoid on hot paths
  return true;
}

function numericOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** Python's `==` (bools compare as 0/1 with numbers; lists and dicts compare deeply). */
export function pyEquals(a: unknown, b: unknown): boolean {
  const na = numericOf(a);
  const nb = numericOf(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (a === null || a === undefined) return b === null || b === undefined;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) && Array.isArray(b)) {
    // A tuple never equals a list: ('a', 1) != ['a', 1].
    if (isPyTuple(a) !== isPyTuple(b)) return false;
    return a.length === b.length && a.every((v, i) => pyEquals(v, b[i]));
  }
  if (isDict(a) && isDict(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => hasKey(b, k) && pyEquals(a[k], b[k]));
  }
  return false;
}

/** Python's `x in container` for lists, strings (substring) and dicts (keys). */
export function pyContains(container: unknown, x: unknown): boolean {
  if (Array.isArray(container)) return container.some((v) => pyEquals(v, x));
  if (typeof container === 'string') {
    if (typeof x !== 'string') throw new TypeError("'in <string>' requires string as left operand");
    return container.includes(x);
  }
  if (isDict(container)) return typeof x === 'string' && hasKey(container, x);
  throw new TypeError(`argument of type '${pyTypeName(container)}' is not iterable`);
}

/**
 * A deep copy of JSON-shaped data that stays the same Python data: tuples stay
 * tuples and dicts keep their Python key order (structuredClone would drop
 * both, as they are kept beside the values). Shared parts stay shared;
 * instances of classes (boxed values) are kept as they are.
 */
export function cloneData<T>(value: T): T {
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const proto: unknown = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return v;
    const done = copies.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      for (const item of v) out.push(copy(item));
      return isPyTuple(v) ? markPyTuple(out) : out;
    }
    const out: PyDict = {};
    copies.set(v, out);
    const keys = pyKeys(v as PyDict);
    for (const k of keys) setKey(out, k, copy((v as PyDict)[k]));
    if (keys.some(isArrayIndexKey)) recordPyKeyOrder(out, keys);
    return out;
  };
  return copy(value) as T;
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
 * surrounding whitespace. Integers beyond 2**53 lose precision here.
 */
export function pyParseInt(text: string): number | undefined {
  const t = numberText(text);
  if (!PY_INT_TEXT.test(t)) return undefined;
  const digits = t.replace(/[+_-]/g, '');
  if (digits.length > PY_INT_MAX_STR_DIGITS) return undefined;
  const n = Number(t.replace(/_/g, ''));
  return n === 0 ? 0 : n; // Python has no negative integer zero
}

const PY_FLOAT_TEXT =
  /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const PY_FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Python's `float(text)`, or undefined where Python raises ValueError. */
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
  if (na !== undefined && nb !== undefined) {
    switch (op) {
      case '<':
        return na < nb;
      case '<=':
        return na <= nb;
      case '>':
        return na > nb;
      case '>=':
        return na >= nb;
    }
  }
  if (typeof a === 'string' && typeof b === 'string')
    return orderResult(compareCodePoints(a, b), op);
  if (Array.isArray(a) && Array.isArray(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) {
      if (!pyEquals(a[i], b[i])) return pyCompare(a[i], b[i], op);
    }
    return orderResult(a.length - b.length, op);
  }
  throw new TypeError(
    `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`
  );
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

/**
 * Python's `json.loads` on a str: standard JSON plus the NaN, Infinity and
 * -Infinity literals Python accepts; a leading byte-order mark is an error.
 * Python keeps JSON integers as ints and the rest as floats; both become
 * numbers here (so `1.0` loads as `1`).
 */
export function pyJsonLoads(text: string): unknown {
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
  const parseValue = (): unknown => {
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
        setKey(obj, key, value);
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
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity]
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
      const n = Number(m[0]);
      return n === 0 && !m[1] && !m[2] ? 0 : n; // the integer -0 is 0
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
  // unless a number needs Python's spelling.
  if (indent !== undefined && !needsPythonSpelling(value)) {
    return JSON.stringify(value, null, indent);
  }
  const parts: string[] = [];
  const pad = indent === undefined ? null : ' '.repeat(indent);
  const write = (v: unknown, depth: number): void => {
    if (v === null || v === undefined) parts.push('null');
    else if (typeof v === 'boolean') parts.push(v ? 'true' : 'false');
    else if (typeof v === 'number') {
      if (Number.isNaN(v)) parts.push('NaN');
      else if (v === Infinity) parts.push('Infinity');
      else if (v === -Infinity) parts.push('-Infinity');
      else parts.push(pyNumber(v));
    } else if (typeof v === 'string') parts.push(JSON.stringify(v));
    else if (Array.isArray(v)) writeItems(v, depth, '[', ']', (item) => write(item, depth + 1));
    else if (isDict(v)) {
      writeItems(pyKeys(v), depth, '{', '}', (k) => {
        parts.push(JSON.stringify(k), ': ');
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
      if (i > 0) parts.push(pad === null ? ', ' : ',');
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
  if (typeof value === 'number') {
    return !Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value));
  }
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (needsPythonSpelling(item)) return true;
    return false;
  }
  if (PY_KEY_ORDER.has(value)) return true;
  for (const key in value) {
    if (needsPythonSpelling((value as PyDict)[key])) return true;
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
