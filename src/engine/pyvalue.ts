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

/** Python's `dict.get(key, default)`: the default only when the key is absent. */
export function getOr<T>(obj: PyDict, key: string, fallback: T): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : fallback;
}

export function hasKey(obj: PyDict, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The Python type name of a value, as `type(x).__name__` would say it. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return 'list';
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
    // Python ints print every digit; JS switches to exponent form past 1e21.
    return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  }
  const abs = Math.abs(n);
  if (abs >= 1e-4 && abs < 1e16) return String(n);
  // Python uses exponent notation outside [1e-4, 1e16) with at least two exponent digits.
  const [mantissa, exp] = n.toExponential().split('e');
  const sign = exp.startsWith('-') ? '-' : '+';
  const digits = exp.replace(/^[+-]/, '').padStart(2, '0');
  return `${mantissa}e${sign}${digits}`;
}

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
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      out += '\\x' + code.toString(16).padStart(2, '0');
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
  if (Array.isArray(value)) return '[' + value.map(pyRepr).join(', ') + ']';
  if (isDict(value)) {
    const parts = Object.entries(value).map(([k, v]) => `${pyReprString(k)}: ${pyRepr(v)}`);
    return '{' + parts.join(', ') + '}';
  }
  return String(value);
}

/** Python's `bool()`. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value) ? true : false;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
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

/** A deep copy of JSON-shaped data. */
export function cloneData<T>(value: T): T {
  return value === undefined ? value : (structuredClone(value) as T);
}
