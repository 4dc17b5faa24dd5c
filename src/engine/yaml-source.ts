/**
 * Workflow YAML, read the way the reference reads it: PyYAML's `safe_load`
 * (YAML 1.1 scalar resolution) producing plain JS values, plus a source map so
 * validation can point at `file:line:col`.
 *
 * `yaml-parser.ts` scans, parses and composes the text by PyYAML's own rules
 * into a tree whose scalars are still text; this module then constructs
 * values, following PyYAML's resolver (yaml-text-checks.ts) and
 * SafeConstructor (here); yaml-writer.ts writes values back as YAML:
 *
 * - plain `yes/no/true/false/on/off` (three casings each) are booleans; `y`,
 *   `n` and `oFF` stay strings;
 * - ints: decimal, `0b…`, `0x…`, leading-zero octal (`0755` → 493; `0o755`
 *   and `08` stay strings), sexagesimal `1:30` → 90, `_` separators;
 * - floats need a dot (`1.0`, `1.`, `.5`); an exponent needs a sign
 *   (`1.0e+3`); `1e3` stays a string; `.inf`, `-.inf`, `.nan`;
 * - `~`, `null`, `Null`, `NULL` and empty values are null;
 * - timestamps become the text Python's `str()` gives the date/datetime
 *   (`2024-01-02`, `2001-12-14 21:59:43.100000-05:00`) and are flagged as
 *   such (see `scalarTypeOf`), since JS has no value of that type;
 * - merge keys `<<` (mapping or list of mappings) merge like PyYAML: merged
 *   pairs come first, the mapping's own pairs override them, and of a list of
 *   mappings the EARLIER ones win;
 * - duplicate keys: the last value wins silently;
 * - `!!omap` and `!!pairs` build lists of (key, value) tuples (arrays
 *   marked by `markPyTuple`);
 * - ints are exact at any size (a bigint beyond 2**53) and floats are
 *   `PyFloat` boxes, so `1.0` stays a float (pyvalue.ts models the numbers);
 * - non-string keys keep their type (`1`, `True`, `None`, `1.5`), stored
 *   under the typed property names of `pyKeyName`, so `1` and `'1'` are two
 *   keys. Keys Python considers equal (`1`, `true`, `1.0`) collapse into one,
 *   keeping the first key and the last value, as in a Python dict. A
 *   timestamp key is kept as its text; a str key with the same text cannot
 *   share the JS object and is set aside (see `shadowedEntries`) so
 *   validation still checks its value.
 *
 * Known differences, all outside what workflows use: recursive aliases
 * (`&a [*a]`) and the tags `!!binary` and `!!set` are rejected (PyYAML
 * builds recursive lists, bytes and sets the engine cannot use); a mapping
 * merged into itself (`&a {<<: *a}`) is rejected (PyYAML merges whatever it
 * has flattened so far); of a timestamp key and a str key with the same
 * text, only the first is in the object.
 */
import {
  LineIndex,
  YamlSyntaxError,
  composeYaml,
  isMap,
  isScalar,
  isSeq,
  type Pair,
  type SeqNode,
  type YamlNode
} from './yaml-parser.js';
import {
  isArrayIndexKey,
  isDict,
  markPyTuple,
  PyFloat,
  pyInt,
  pyKeyName,
  pyParseFloat,
  pyStrip,
  PY_INT_MAX_STR_DIGITS,
  recordPyKeyOrder,
  setKey,
  type PyInt
} from './pyvalue.js';
import { WorkflowError } from './types.js';
import { findUnacceptableCharacter, resolvePlainTag } from './yaml-text-checks.js';

export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
}

/** Python types of values that JS represents with a plainer type. */
export type PyScalarType = 'date' | 'datetime';

/**
 * The workflow file cannot be read as YAML (syntax error, bad tag, not a
 * single document...). A WorkflowError, so callers treat it as the user's
 * mistake rather than a crash.
 */
export class WorkflowLoadError extends WorkflowError {
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  /** The problem without the location prefix. */
  readonly reason: string;

  constructor(reason: string, where: { file?: string; line?: number; col?: number } = {}) {
    super(`${formatLocation(where)}${reason}`);
    this.name = 'WorkflowLoadError';
    this.reason = reason;
    this.file = where.file;
    this.line = where.line;
    this.col = where.col;
  }
}

/** `file:line:col: ` (any part that is known), or nothing. */
export function formatLocation(where: { file?: string; line?: number; col?: number }): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.line !== undefined) {
    parts.push(String(where.line));
    if (where.col !== undefined) parts.push(String(where.col));
  }
  return parts.length > 0 ? `${parts.join(':')}: ` : '';
}

export interface ParsedYaml {
  data: unknown;
  /**
   * Where a mapping/sequence produced by this parse starts, or, with `key`,
   * where the value of that key (or index) starts. An empty value (`key:`)
   * reports the key's position. Undefined for objects this parse did not make.
   */
  locate(node: object, key?: string | number): SourcePosition | undefined;
  /** The Python type of a value whose JS type hides it (see `scalarTypeOf`). */
  scalarType(node: object, key: string | number): PyScalarType | undefined;
}

interface EntryInfo {
  pos: SourcePosition;
  type?: PyScalarType;
}

interface ContainerInfo {
  pos: SourcePosition;
  entries: Map<string | number, EntryInfo>;
  /** Later keys whose text an earlier, different key already took (mappings only). */
  shadowed?: [string, unknown][];
}

/**
 * Every container this module has constructed, with positions and hidden
 * scalar types. Weak, so definitions that are dropped free their maps; module
 * level, so the writer's `dumpYaml` can keep floats floats without being handed the parse.
 */
const containerInfo = new WeakMap<object, ContainerInfo>();

/** The Python type of `node[key]` when JS cannot show it: `'float'` for `1.0`, `'date'`/`'datetime'` for timestamps. */
export function scalarTypeOf(node: object, key: string | number): PyScalarType | undefined {
  return containerInfo.get(node)?.entries.get(key)?.type;
}

/**
 * Entries of a mapping that Python keeps but the JS object could not: a key
 * with the same text as an earlier, different key (`'1'` after `1`). Empty
 * for anything else.
 */
export function shadowedEntries(node: object): [string, unknown][] {
  return containerInfo.get(node)?.shadowed ?? [];
}

/**
 * Give `copy` (a shallow copy of `node` with some keys changed) what is known of
 * `node`: its position and its values' hidden types, so errors in the copy still
 * point into the file. A spread copies none of it.
 */
export function carryNodeInfo(node: object, copy: object): void {
  const info = containerInfo.get(node);
  if (info) containerInfo.set(copy, info);
}

/** Position of a container this module constructed, or of one of its values. */
export function locateNode(node: object, key?: string | number): SourcePosition | undefined {
  const info = containerInfo.get(node);
  if (!info) return undefined;
  if (key === undefined) return info.pos;
  return info.entries.get(key)?.pos;
}

// -- Python number text -----------------------------------------------------------

const INT_DIGITS: Record<number, RegExp> = {
  2: /^[01](?:_?[01])*$/,
  8: /^[0-7](?:_?[0-7])*$/,
  10: /^\d(?:_?\d)*$/,
  16: /^[0-9a-fA-F](?:_?[0-9a-fA-F])*$/
};

/** Python's `int(s, base)` for bases 2, 8, 10 and 16 (no prefix), as PyYAML calls it; undefined where Python raises. */
function parsePythonInt(text: string, base: 2 | 8 | 10 | 16): bigint | undefined {
  const s = pyStrip(text);
  const m = /^([+-]?)(.*)$/s.exec(s)!;
  const digits = m[2];
  if (!INT_DIGITS[base].test(digits)) return undefined;
  // Python refuses decimal text past its int max str digits (power-of-two bases are exempt).
  if (base === 10 && digits.replace(/_/g, '').length > PY_INT_MAX_STR_DIGITS) return undefined;
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
  const big = BigInt(prefix + digits.replace(/_/g, ''));
  return m[1] === '-' ? -big : big;
}

// -- Scalar construction ----------------------------------------------------------

class ConstructError extends Error {}

/** A scalar's text for a message: quoted, and cut when long (a scalar may be megabytes). */
function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

interface Constructed {
  value: unknown;
  type?: PyScalarType;
}

function constructBool(text: string): boolean {
  const v = (
    { yes: true, no: false, true: true, false: false, on: true, off: false } as Record<
      string,
      boolean
    >
  )[text.toLowerCase()];
  if (v === undefined) throw new ConstructError(`cannot read ${quoted(text)} as a boolean`);
  return v;
}

function splitSign(text: string): [number, string] {
  const value = text.replace(/_/g, '');
  if (value === '') throw new ConstructError('empty number');
  const sign = value[0] === '-' ? -1 : 1;
  return [sign, value[0] === '+' || value[0] === '-' ? value.slice(1) : value];
}

/** Past this a sexagesimal int has more digits than Python will print. */
const SEXAGESIMAL_LIMIT = 10n ** BigInt(PY_INT_MAX_STR_DIGITS);

function constructInt(text: string): PyInt {
  const [sign, value] = splitSign(text);
  const bad = (): never => {
    throw new ConstructError(`cannot read ${quoted(text)} as an integer`);
  };
  let n: bigint | undefined;
  if (value === '0') return 0;
  if (value.startsWith('0b')) n = parsePythonInt(value.slice(2), 2);
  else if (value.startsWith('0x')) n = parsePythonInt(value.slice(2), 16);
  else if (value[0] === '0') n = parsePythonInt(value, 8);
  else if (value.includes(':')) {
    n = 0n;
    for (const part of value.split(':')) {
      const digit = parsePythonInt(part, 10);
      if (digit === undefined) bad();
      n = n * 60n + digit!;
      // Each part costs time in the size of the sum: bound it where Python could no longer print it.
      if (n >= SEXAGESIMAL_LIMIT) {
        throw new ConstructError(`the integer ${quoted(text)} has more than 4300 digits`);
      }
    }
  } else n = parsePythonInt(value, 10);
  if (n === undefined) bad();
  return pyInt(sign < 0 ? -n! : n!); // exact at any size; Python ints have no negative zero
}

function constructFloat(text: string): number {
  const [sign, value] = splitSign(text.toLowerCase());
  const bad = (): never => {
    throw new ConstructError(`cannot read ${quoted(text)} as a float`);
  };
  if (value === '.inf') return sign * Infinity;
  if (value === '.nan') return NaN;
  if (value.includes(':')) {
    let n = 0;
    for (const part of value.split(':')) {
      const digit = pyParseFloat(part);
      if (digit === undefined) bad();
      n = n * 60 + digit!;
    }
    return sign * n;
  }
  const n = pyParseFloat(value);
  if (n === undefined) bad();
  return sign * n!;
}

const TIMESTAMP_PARTS =
  /^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A YAML timestamp as the text Python's `str()` gives the date/datetime PyYAML builds. */
function constructTimestamp(text: string): Constructed {
  const m = TIMESTAMP_PARTS.exec(text);
  if (!m) throw new ConstructError(`cannot read ${quoted(text)} as a timestamp`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28];
  daysInMonth.push(31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
  if (year < 1) throw new ConstructError(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw new ConstructError('month must be in 1..12');
  if (day < 1 || day > daysInMonth[month - 1]) {
    throw new ConstructError('day is out of range for month');
  }
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return { value: date, type: 'date' };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hour > 23) throw new ConstructError('hour must be in 0..23');
  if (minute > 59) throw new ConstructError('minute must be in 0..59');
  if (second > 59) throw new ConstructError('second must be in 0..59');
  let text2 = `${date} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const micro = m[7] ? Number(m[7].slice(0, 6).padEnd(6, '0')) : 0;
  if (micro !== 0) text2 += `.${pad(micro, 6)}`;
  if (m[9] !== undefined) {
    const offset = Number(m[10]) * 60 + Number(m[11] ?? 0);
    if (offset >= 24 * 60) {
      throw new ConstructError('timezone offset must be strictly between -24 and 24 hours');
    }
    text2 += `${m[9] === '-' && offset !== 0 ? '-' : '+'}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
  } else if (m[8] === 'Z') text2 += '+00:00';
  return { value: text2, type: 'datetime' };
}

const YAML_TAG = 'tag:yaml.org,2002:';
const YAML_NAN = new PyFloat(NaN);

/** Build a scalar for a tag: a short name (`int`) for YAML's own tags, else the full tag. */
function constructScalarByTag(tag: string, text: string, fullTag = YAML_TAG + tag): Constructed {
  switch (tag) {
    case 'str':
      return { value: text };
    case 'null':
      return { value: null };
    case 'bool':
      return { value: constructBool(text) };
    case 'int':
      return { value: constructInt(text) };
    case 'float': {
      // PyYAML hands out one shared NaN object, which containers compare by identity.
      const n = constructFloat(text);
      return { value: Number.isNaN(n) ? YAML_NAN : new PyFloat(n) };
    }
    case 'timestamp':
      return constructTimestamp(text);
    case 'merge':
    case 'value':
    default:
      throw new ConstructError(`the tag '${fullTag}' is not supported`);
  }
}

// -- Python key semantics ---------------------------------------------------------

/**
 * The property name a constructed key is stored under: a str as itself, a
 * timestamp as the text Python's str() gives it (JS has no date type), and
 * any other scalar under its typed name (`pyKeyName`), so `1` and `'1'` are two keys.
 */
function keyName(key: Constructed): string {
  return key.type !== undefined && typeof key.value === 'string' ? key.value : pyKeyName(key.value);
}

/** Whether a constructed key is a list or mapping, which Python cannot hash. */
function isUnhashable(value: unknown): boolean {
  return Array.isArray(value) || isDict(value);
}

/**
 * Keys with equal identity are the same Python dict key (`1 == True == 1.0`).
 * NaN is never equal to itself, but PyYAML hands out one shared NaN object for
 * every `.nan`, and a dict finds a key by identity first: all `.nan` keys are one.
 */
function keyIdentity(key: Constructed): string {
  const v = key.value;
  if (typeof v === 'string') return `${key.type ?? 'str'}:${v}`;
  if (typeof v === 'boolean') return `num:${v ? 1 : 0}`;
  if (typeof v === 'bigint') return `num:${v}`;
  if (typeof v === 'number' || v instanceof PyFloat) {
    const n = typeof v === 'number' ? v : v.value;
    if (Number.isNaN(n)) return 'num:nan';
    return `num:${Number.isInteger(n) ? BigInt(n).toString() : String(n)}`;
  }
  return 'none';
}

// -- Construction -----------------------------------------------------------------

class Builder {
  private readonly cache = new Map<YamlNode, Constructed>();
  private readonly inProgress = new Set<YamlNode>();

  constructor(
    private readonly lines: LineIndex,
    private readonly file: string | undefined
  ) {}

  position(offset: number): SourcePosition {
    return this.lines.position(offset);
  }

  fail(reason: string, node: YamlNode | null | undefined): never {
    const pos = node?.range ? this.position(node.range[0]) : undefined;
    throw new WorkflowLoadError(reason, { file: this.file, ...pos });
  }

  /** An alias is the node its anchor names, so shared nodes are built once and shared. */
  construct(node: YamlNode | null | undefined): Constructed {
    if (!node) return { value: null };
    const cached = this.cache.get(node);
    if (cached) return cached;
    if (this.inProgress.has(node)) {
      this.fail('recursive aliases (a node that contains itself) are not supported', node);
    }
    this.inProgress.add(node);
    let result: Constructed;
    try {
      result = this.constructNew(node);
    } catch (err) {
      if (err instanceof ConstructError) this.fail(err.message, node);
      throw err;
    } finally {
      this.inProgress.delete(node);
    }
    this.cache.set(node, result);
    return result;
  }

  private explicitTag(node: YamlNode): string | undefined {
    const tag = node.tag;
    if (tag === undefined || tag === '!') return undefined;
    // YAML's own tags by short name (`int`); anything else keeps its full text and is rejected.
    return tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : `custom:${tag}`;
  }

  private constructNew(node: YamlNode): Constructed {
    const tag = this.explicitTag(node);
    if (isScalar(node)) {
      const text = node.value;
      if (tag !== undefined) return constructScalarByTag(tag, text, node.tag);
      // PyYAML resolves plain scalars, and any scalar with the non-specific tag `!`.
      const implicit = node.type === 'PLAIN' || node.tag === '!';
      return constructScalarByTag(implicit ? resolvePlainTag(text) : 'str', text);
    }
    if (isSeq(node)) {
      if (tag === 'omap' || tag === 'pairs') return this.constructPairs(node, tag);
      if (tag !== undefined && tag !== 'seq')
        this.fail(`the tag '${node.tag}' is not supported on a sequence`, node);
      const list: unknown[] = [];
      const info: ContainerInfo = { pos: this.position(node.range![0]), entries: new Map() };
      containerInfo.set(list, info);
      node.items.forEach((item, index) => {
        const built = this.construct(item);
        list.push(built.value);
        info.entries.set(index, {
          pos: this.valuePosition(item, undefined, node),
          type: built.type
        });
      });
      return { value: list };
    }
    if (isMap(node)) {
      if (tag !== undefined && tag !== 'map')
        this.fail(`the tag '${node.tag}' is not supported on a mapping`, node);
      const obj: Record<string, unknown> = {};
      const info: ContainerInfo = { pos: this.position(node.range![0]), entries: new Map() };
      containerInfo.set(obj, info);
      const names = new Map<string, string>();
      const order: string[] = [];
      for (const pair of this.flatten(node, new Set())) {
        const keyNode = pair.key;
        // PyYAML reads a plain `=` key as the string '=' (elsewhere `=` is an error).
        const key = this.isPlain(keyNode, '=') ? { value: '=' } : this.construct(keyNode);
        if (isUnhashable(key.value)) {
          this.fail('found unhashable key (a mapping or list cannot be a key)', keyNode);
        }
        const identity = keyIdentity(key);
        const known = names.get(identity);
        const name = known ?? keyName(key);
        const value = this.construct(pair.value);
        if (known === undefined && info.entries.has(name)) {
          // A different Python key with text an earlier key already has.
          (info.shadowed ??= []).push([name, value.value]);
          continue;
        }
        names.set(identity, name);
        if (known === undefined) order.push(name);
        setKey(obj, name, value.value);
        info.entries.set(name, {
          pos: this.valuePosition(pair.value, keyNode, node),
          type: value.type
        });
      }
      // Integer-like keys (`2:`) come first in a JS object; keep PyYAML's order beside it.
      if (order.some(isArrayIndexKey)) recordPyKeyOrder(obj, order);
      return { value: obj };
    }
    this.fail('unsupported YAML node', node);
  }

  /**
   * `!!omap` and `!!pairs`: PyYAML's SafeConstructor builds a list of
   * (key, value) tuples from a sequence of one-pair mappings, without merging
   * `<<` keys and without checking for duplicate keys (so `!!omap` accepts
   * them too). Keys may be any value, lists and dicts included.
   */
  private constructPairs(node: SeqNode, tag: 'omap' | 'pairs'): Constructed {
    const what = tag === 'omap' ? 'an ordered map (!!omap)' : 'pairs (!!pairs)';
    const list: unknown[] = [];
    const info: ContainerInfo = { pos: this.position(node.range[0]), entries: new Map() };
    containerInfo.set(list, info);
    node.items.forEach((item, index) => {
      if (!isMap(item)) {
        this.fail(`${what} holds one-pair mappings, but this item is not a mapping`, item);
      }
      if (item.items.length !== 1) {
        this.fail(
          `${what} holds one-pair mappings, but this one has ${item.items.length} pairs`,
          item
        );
      }
      const pair = item.items[0];
      const key = this.construct(pair.key);
      const value = this.construct(pair.value);
      const tuple = markPyTuple([key.value, value.value]);
      containerInfo.set(tuple, {
        pos: this.position(item.range[0]),
        entries: new Map([
          [0, { pos: this.position(pair.key.range[0]), type: key.type }],
          [1, { pos: this.valuePosition(pair.value, pair.key, item), type: value.type }]
        ])
      });
      list.push(tuple);
      info.entries.set(index, { pos: this.position(item.range[0]) });
    });
    return { value: list };
  }

  /** Where a value starts; an empty value points at its key (or its parent). */
  private valuePosition(
    value: YamlNode | null | undefined,
    key: YamlNode | null | undefined,
    parent: YamlNode
  ): SourcePosition {
    const empty =
      !value ||
      (isScalar(value) && value.source === '' && value.range[0] === value.range[1] && !value.tag);
    const at = empty ? (key ?? parent) : value;
    return this.position(at.range[0]);
  }

  /** A mapping's pairs with `<<` merge keys expanded the way PyYAML's flatten_mapping does. */
  private flatten(node: YamlNode, visiting: Set<YamlNode>): Pair[] {
    if (!isMap(node)) return [];
    if (visiting.has(node)) this.fail('recursive merge keys are not supported', node);
    visiting.add(node);
    const merged: Pair[] = [];
    const own: Pair[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key;
      if (!this.isMergeKey(keyNode)) {
        own.push(pair);
        continue;
      }
      const source = pair.value;
      if (source && isMap(source)) {
        for (const inherited of this.flatten(source, visiting)) merged.push(inherited);
      } else if (source && isSeq(source)) {
        const parts: Pair[][] = [];
        for (const item of source.items) {
          const sub = item;
          if (!isMap(sub)) this.fail('a merge list may only contain mappings', sub);
          parts.push(this.flatten(sub, visiting));
        }
        // PyYAML applies the list back to front, so earlier mappings win.
        for (const part of parts.reverse()) for (const inherited of part) merged.push(inherited);
      } else {
        this.fail("the value of a merge key '<<' must be a mapping or a list of mappings", source);
      }
    }
    visiting.delete(node);
    return [...merged, ...own];
  }

  private isMergeKey(key: YamlNode): boolean {
    if (key && isScalar(key) && key.tag === YAML_TAG + 'merge') return true;
    return this.isPlain(key, '<<');
  }

  /**
   * A scalar with exactly this text that PyYAML resolves by its value: an
   * untagged plain scalar, or any scalar with the non-specific tag `!`
   * (`! "<<"` is a merge key too).
   */
  private isPlain(node: YamlNode, text: string): boolean {
    if (!isScalar(node) || node.value !== text) return false;
    return node.tag === '!' || (node.tag === undefined && node.type === 'PLAIN');
  }
}

// -- Reading ----------------------------------------------------------------------

/**
 * Parse one YAML document the way `yaml.safe_load` does. Throws
 * WorkflowLoadError with `file:line:col` on any problem.
 */
export function parseYamlWithPositions(text: string, file?: string): ParsedYaml {
  const lines = new LineIndex(text);

  // PyYAML's reader refuses these before anything is parsed.
  const bad = findUnacceptableCharacter(text);
  if (bad) {
    const code = bad.char.codePointAt(0)!.toString(16).padStart(4, '0');
    throw new WorkflowLoadError(
      `unacceptable character #x${code}: special characters are not allowed`,
      { file, ...lines.position(bad.offset) }
    );
  }

  try {
    const root = composeYaml(text);
    if (root === null) return { data: null, locate: locateNode, scalarType: scalarTypeOf };
    const data = new Builder(lines, file).construct(root).value;
    return { data, locate: locateNode, scalarType: scalarTypeOf };
  } catch (err) {
    if (err instanceof YamlSyntaxError) {
      throw new WorkflowLoadError(err.reason, { file, ...lines.position(err.offset) });
    }
    // PyYAML gives up (RecursionError) past about 490 levels; this gives up later, but cleanly.
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      throw new WorkflowLoadError('the YAML nests collections too deeply to be read', { file });
    }
    throw err;
  }
}
