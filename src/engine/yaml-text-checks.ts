/**
 * What PyYAML makes of raw text before any value is built, shared by the
 * loader (yaml-source.ts) and the writer (yaml-writer.ts): which characters
 * its reader refuses, and which tag its implicit resolvers give a plain
 * scalar (so the writer knows which strings must be quoted to stay strings).
 */

// -- Characters the reader accepts ------------------------------------------------

/** The characters PyYAML's reader accepts anywhere in a file (tab, line breaks, printable text). */
const PRINTABLE_RANGES =
  '\\t\\n\\r\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}';
const NON_PRINTABLE = new RegExp(`[^${PRINTABLE_RANGES}]`, 'u');
const PRINTABLE_CHAR = new RegExp(`[${PRINTABLE_RANGES}]`, 'u');

/** The first character PyYAML's reader refuses, with its UTF-16 offset; null when there is none. */
export function findUnacceptableCharacter(text: string): { char: string; offset: number } | null {
  const bad = NON_PRINTABLE.exec(text);
  return bad ? { char: bad[0], offset: bad.index } : null;
}

/** Whether PyYAML's reader accepts this character (one code point). */
export function isAcceptableCharacter(ch: string): boolean {
  return PRINTABLE_CHAR.test(ch);
}

// -- Scalar resolution (PyYAML's implicit resolvers, in their order) -------------

export type ImplicitTag =
  'bool' | 'float' | 'int' | 'merge' | 'null' | 'timestamp' | 'value' | 'str';

const BOOL_RE = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT_RE =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT_RE =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL_RE = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP_RE =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;

/** PyYAML picks candidate resolvers by the first character, then takes the first regex that matches. */
const RESOLVERS: Array<[ImplicitTag, string, RegExp]> = [
  ['bool', 'yYnNtTfFoO', BOOL_RE],
  ['float', '-+0123456789.', FLOAT_RE],
  ['int', '-+0123456789', INT_RE],
  ['merge', '<', /^<<$/],
  ['null', '~nN', NULL_RE],
  ['timestamp', '0123456789', TIMESTAMP_RE],
  ['value', '=', /^=$/]
];

/** The tag PyYAML gives a plain (unquoted, untagged) scalar. */
export function resolvePlainTag(text: string): ImplicitTag {
  if (text === '') return 'null';
  for (const [tag, first, re] of RESOLVERS) {
    if (first.includes(text[0]) && re.test(text)) return tag;
  }
  return 'str';
}
