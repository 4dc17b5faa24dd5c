/**
 * Plain data as YAML text that reads back, through the loader
 * (yaml-source.ts) and through PyYAML, as the same data: strings that would
 * resolve to another type are quoted, floats stay floats, timestamps stay
 * timestamps. The run's copy of its workflow is written with it.
 */
import { isDict, PyFloat, pyFloatRepr, pyKeyOf, pyKeys, pyNumber } from './pyvalue.js';
import { scalarTypeOf, type PyScalarType } from './yaml-source.js';
import { isAcceptableCharacter, resolvePlainTag } from './yaml-text-checks.js';

/** YAML 1.1 line breaks besides `\n`/`\r`. */
const EXTRA_BREAKS = /[\x85\u2028\u2029]/;
const SAFE_PLAIN = /^[A-Za-z0-9_./$()+=^~;][A-Za-z0-9_ ./$()+=^~;:"'!@%&*?`<>-]*$/;

function canBePlain(s: string): boolean {
  if (!SAFE_PLAIN.test(s) || s.endsWith(' ') || s.endsWith(':')) return false;
  if (s.includes(': ') || s.includes(' #') || s.startsWith('---') || s.startsWith('...'))
    return false;
  return resolvePlainTag(s) === 'str';
}

function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\0') out += '\\0';
    else if (!isAcceptableCharacter(ch) || EXTRA_BREAKS.test(ch) || cp === 0xfeff) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + '"';
}

/** A literal block (`|`) keeps multi-line text readable; only used where it reads back exactly. */
function literalBlock(s: string, indent: number): string | undefined {
  if (!s.includes('\n')) return undefined;
  for (const ch of s) {
    if (
      ch !== '\n' &&
      ch !== '\t' &&
      (!isAcceptableCharacter(ch) || EXTRA_BREAKS.test(ch) || ch === '\r' || ch === '\ufeff')
    ) {
      return undefined;
    }
  }
  const body = s.replace(/\n+$/, '');
  const trailing = s.length - body.length;
  const lines = body.split('\n');
  // Leading whitespace on the first line would be read as indentation; whitespace-only
  // last lines are ambiguous with chomping. Quote those instead.
  if (lines[0] === '' || /^[ \t]/.test(lines[0])) return undefined;
  if (/^[ \t]+$/.test(lines[lines.length - 1])) return undefined;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const pad = ' '.repeat(indent);
  const content = lines.map((line) => (line === '' ? '' : pad + line)).join('\n');
  return `|${chomp}\n${content}${'\n'.repeat(Math.max(trailing, 1))}`.replace(/\n$/, '');
}

function scalarText(value: unknown, type: PyScalarType | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof PyFloat || (typeof value === 'number' && !Number.isInteger(value))) {
    const n = typeof value === 'number' ? value : value.value;
    if (Number.isNaN(n)) return '.nan';
    if (n === Infinity) return '.inf';
    if (n === -Infinity) return '-.inf';
    const repr = pyFloatRepr(n);
    // PyYAML only reads a float with a dot: `1e+16` must be written `1.0e+16`.
    return repr.includes('.') ? repr : repr.replace('e', '.0e');
  }
  if (typeof value === 'number' || typeof value === 'bigint') return pyNumber(value);
  if (typeof value === 'string') {
    if ((type === 'date' || type === 'datetime') && resolvePlainTag(value) === 'timestamp')
      return value;
    return canBePlain(value) ? value : doubleQuoted(value);
  }
  throw new TypeError(`cannot write a ${typeof value} as YAML`);
}

function isContainer(value: unknown): value is object {
  return Array.isArray(value) || isDict(value);
}

function isEmptyContainer(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

function keyTextForDump(name: string, pad: string): string {
  const key = pyKeyOf(name);
  const text =
    typeof key !== 'string'
      ? scalarText(key, undefined)
      : canBePlain(key)
        ? key
        : doubleQuoted(key);
  // Implicit keys are limited to 1024 characters; longer ones need the explicit `? ` form.
  return text.length > 1000 ? `? ${text}\n${pad}:` : `${text}:`;
}

/** Text after `key:` or `- ` for a value, with nested lines at `indent`. */
function valueText(
  value: unknown,
  type: PyScalarType | undefined,
  indent: number,
  stack: Set<object>
): string {
  if (isContainer(value)) {
    if (isEmptyContainer(value)) return Array.isArray(value) ? ' []' : ' {}';
    return '\n' + containerLines(value, indent, stack);
  }
  if (typeof value === 'string') {
    const block = literalBlock(value, indent);
    if (block !== undefined) return ' ' + block;
  }
  return ' ' + scalarText(value, type);
}

function containerLines(value: object, indent: number, stack: Set<object>): string {
  if (stack.has(value)) throw new TypeError('cannot write a recursive structure as YAML');
  stack.add(value);
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const type = scalarTypeOf(value, index);
      if (isContainer(item) && !isEmptyContainer(item)) {
        // `- ` takes the place of the nested block's first indentation.
        const nested = containerLines(item, indent + 2, stack);
        out.push(`${pad}- ${nested.slice(indent + 2)}`);
      } else {
        out.push(`${pad}-${valueText(item, type, indent + 2, stack)}`);
      }
    });
  } else {
    for (const key of pyKeys(value as Record<string, unknown>)) {
      const item = (value as Record<string, unknown>)[key];
      out.push(
        `${pad}${keyTextForDump(key, pad)}${valueText(item, scalarTypeOf(value, key), indent + 2, stack)}`
      );
    }
  }
  stack.delete(value);
  return out.join('\n');
}

/**
 * YAML text for plain data that reads back (through `parseYamlWithPositions`
 * and through PyYAML) as the same data: strings that would resolve to
 * another type are quoted, floats parsed as floats stay floats, timestamps
 * stay timestamps.
 */
export function dumpYaml(data: unknown): string {
  if (isContainer(data)) {
    if (isEmptyContainer(data)) return Array.isArray(data) ? '[]\n' : '{}\n';
    return containerLines(data, 0, new Set()) + '\n';
  }
  if (typeof data === 'string') {
    const block = literalBlock(data, 2);
    if (block !== undefined) return block + '\n';
  }
  return scalarText(data, undefined) + '\n';
}
