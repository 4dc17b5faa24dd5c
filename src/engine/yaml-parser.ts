/**
 * YAML text to a node tree, by the rules of PyYAML's pure-Python loader (its
 * Scanner, Parser and Composer), which is what the reference's
 * `yaml.safe_load` runs. `yaml-source.ts` turns the tree into values.
 *
 * PyYAML reads YAML 1.1 with rules of its own that general YAML parsers do not
 * share, and workflows are read by it, so the rules are followed here rather
 * than the specification:
 *
 * - inside `[...]` and `{...}`, `?` always marks a key and `:` always marks a
 *   value (`[?x]` is `[{x: None}]`, `[:8]` is an error), and a plain scalar
 *   stops at `,?[]{}` (`[a?b]` is an error);
 * - a `:` ends a plain scalar only before a space, a line break, or (in a
 *   flow collection) one of `,[]{}` (`{a:b}` has the key `a:b`);
 * - a tag runs up to a space or a line break, taking `,]}` with it
 *   (`[!!str]` is an error); an anchor may be followed by `?:,]}%@` and a
 *   backquote (`[&a]` holds one null);
 * - `#` starts a comment wherever a token may start, even with no space
 *   before it (`[a]#c`);
 * - tabs are only allowed inside quoted scalars, comments and block scalar
 *   content, never between tokens or in indentation;
 * - a simple key must fit on one line and in 1024 characters;
 * - an anchor may be defined only once per document, an alias must name an
 *   anchor defined before it, and only one document is accepted.
 *
 * The scanner is lazy, like PyYAML's, so an error is reported where PyYAML
 * would find it first. Messages are our own.
 */

export interface ScalarNode {
  readonly kind: 'scalar';
  /** The scalar's text after escapes, folding and chomping. */
  readonly value: string;
  readonly type: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';
  /** The resolved tag (`tag:yaml.org,2002:str`, `!local`, or `!` for the non-specific tag). */
  readonly tag?: string;
  readonly anchor?: string;
  /** UTF-16 offsets of the node's start (its anchor or tag, if any) and end. */
  readonly range: [number, number];
  /** The source text of the node; '' for a value left empty (`key:`). */
  readonly source: string;
}

export interface Pair {
  readonly key: YamlNode;
  readonly value: YamlNode;
}

export interface SeqNode {
  readonly kind: 'seq';
  readonly items: YamlNode[];
  readonly tag?: string;
  readonly anchor?: string;
  readonly range: [number, number];
}

export interface MapNode {
  readonly kind: 'map';
  readonly items: Pair[];
  readonly tag?: string;
  readonly anchor?: string;
  readonly range: [number, number];
}

/** A node of the tree. An alias is the very node its anchor names, so shared nodes are shared objects. */
export type YamlNode = ScalarNode | SeqNode | MapNode;

export const isScalar = (node: YamlNode | null | undefined): node is ScalarNode =>
  node?.kind === 'scalar';
export const isSeq = (node: YamlNode | null | undefined): node is SeqNode => node?.kind === 'seq';
export const isMap = (node: YamlNode | null | undefined): node is MapNode => node?.kind === 'map';

/** A scan, parse or compose error at a UTF-16 offset of the text. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number
  ) {
    super(reason);
    this.name = 'YamlSyntaxError';
  }
}

/**
 * 1-based line and column of an offset, counted the way PyYAML's reader
 * counts them: `\r\n`, `\r`, `\n`, U+0085, U+2028 and U+2029 end a line;
 * columns count code points, and a byte-order mark takes no column.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Offsets of UTF-16 units that take no column: the second half of a surrogate pair, a byte-order mark. */
  private readonly noColumn: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\r' && text[i + 1] === '\n') continue;
      if (ch === '\n' || ch === '\r' || ch === '\x85' || ch === '\u2028' || ch === '\u2029') {
        this.starts.push(i + 1);
      } else if (ch === '\ufeff') this.noColumn.push(i);
      else if (ch >= '\ud800' && ch <= '\udbff' && /[\udc00-\udfff]/.test(text[i + 1] ?? '')) {
        this.noColumn.push(++i);
      }
    }
  }

  position(offset: number): { line: number; col: number } {
    const line = countAtMost(this.starts, offset) - 1;
    const start = this.starts[line];
    // Offsets are UTF-16 units; take away those that are no column of their own.
    const skipped = countAtMost(this.noColumn, offset - 1) - countAtMost(this.noColumn, start - 1);
    return { line: line + 1, col: offset - start - skipped + 1 };
  }
}

/** How many of the sorted `values` are <= `limit` (binary search). */
function countAtMost(values: number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// -- Scanner ----------------------------------------------------------------------

interface Mark {
  /** UTF-16 offset. */
  offset: number;
  /** Code point index (PyYAML's `index`). */
  index: number;
  line: number;
  /** Code point column, 0-based; a byte-order mark takes none. */
  column: number;
}

type TokenKind =
  | 'stream-start'
  | 'stream-end'
  | 'directive'
  | 'document-start'
  | 'document-end'
  | 'block-sequence-start'
  | 'block-mapping-start'
  | 'block-end'
  | 'flow-sequence-start'
  | 'flow-mapping-start'
  | 'flow-sequence-end'
  | 'flow-mapping-end'
  | 'block-entry'
  | 'flow-entry'
  | 'key'
  | 'value'
  | 'alias'
  | 'anchor'
  | 'tag'
  | 'scalar';

interface Token {
  kind: TokenKind;
  start: Mark;
  end: Mark;
  /** Alias/anchor name, scalar text, directive name. */
  value?: string;
  /** Scalars: PyYAML's style (`''` plain, `'`, `"`, `|`, `>`). */
  style?: '' | "'" | '"' | '|' | '>';
  /** Tags: the handle (undefined for a verbatim `!<...>` or a lone `!`) and suffix. */
  handle?: string;
  suffix?: string;
  /** Directives: `%YAML` major/minor, `%TAG` handle/prefix. */
  version?: [number, number];
  tagDirective?: [string, string];
}

interface SimpleKey {
  tokenNumber: number;
  required: boolean;
  index: number;
  line: number;
  column: number;
  mark: Mark;
}

/** Line breaks PyYAML knows, and the end-of-text sentinel. */
const BREAKS = '\r\n\x85\u2028\u2029';
const END_OR_BREAK = '\0' + BREAKS;
const BLANK_END_OR_BREAK = '\0 \t' + BREAKS;
/** Where a tag, directive part or block scalar header may end (a tab may not end them). */
const SPACE_END_OR_BREAK = '\0 ' + BREAKS;
const HEX = '0123456789ABCDEFabcdef';
const URI_PUNCTUATION = "-;/?:@&=+$,_.!~*'()[]%";

const isIn = (ch: string, set: string): boolean => ch.length > 0 && set.includes(ch);
const isWordChar = (ch: string): boolean =>
  (ch >= '0' && ch <= '9') ||
  (ch >= 'A' && ch <= 'Z') ||
  (ch >= 'a' && ch <= 'z') ||
  ch === '-' ||
  ch === '_';

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\x08',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\x0b',
  f: '\x0c',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '\\': '\\',
  '/': '/',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
};
const ESCAPE_LENGTHS: Record<string, number> = { x: 2, u: 4, U: 8 };

const describe = (ch: string): string => (ch === '\0' ? 'the end of the text' : JSON.stringify(ch));

class Scanner {
  private readonly chars: string[];
  private p = 0;
  private offset = 0;
  private line = 0;
  private column = 0;

  private done = false;
  private flowLevel = 0;
  private readonly tokens: Token[] = [];
  private tokensTaken = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private allowSimpleKey = true;
  private readonly possibleSimpleKeys = new Map<number, SimpleKey>();

  constructor(text: string) {
    this.chars = Array.from(text);
    const mark = this.mark();
    this.tokens.push({ kind: 'stream-start', start: mark, end: mark });
  }

  // Public interface: the parser's view of the token stream.

  check(...kinds: TokenKind[]): boolean {
    const token = this.peekToken();
    return token !== undefined && kinds.includes(token.kind);
  }

  peekToken(): Token | undefined {
    while (this.needMoreTokens()) this.fetchMoreTokens();
    return this.tokens[0];
  }

  /** The next token; the parser only asks while the stream has not ended. */
  getToken(): Token {
    while (this.needMoreTokens()) this.fetchMoreTokens();
    this.tokensTaken++;
    return this.tokens.shift()!;
  }

  /** Inside `[...]` or `{...}` (PyYAML tests its flow level for truth, so a stray `]` counts too). */
  private get inFlow(): boolean {
    return this.flowLevel !== 0;
  }

  // Reading characters.

  private peek(k = 0): string {
    return this.chars[this.p + k] ?? '\0';
  }

  private prefix(length: number): string {
    return this.chars.slice(this.p, this.p + length).join('');
  }

  private forward(length = 1): void {
    for (; length > 0; length--) {
      const ch = this.chars[this.p++];
      this.offset += ch.length;
      if (ch === '\n' || ch === '\x85' || ch === '\u2028' || ch === '\u2029') {
        this.line++;
        this.column = 0;
      } else if (ch === '\r') {
        if (this.chars[this.p] !== '\n') {
          this.line++;
          this.column = 0;
        }
      } else if (ch !== '\ufeff') this.column++;
    }
  }

  private mark(): Mark {
    return { offset: this.offset, index: this.p, line: this.line, column: this.column };
  }

  private fail(reason: string, at: Mark = this.mark()): never {
    throw new YamlSyntaxError(reason, at.offset);
  }

  // Token queue.

  private needMoreTokens(): boolean {
    if (this.done) return false;
    if (this.tokens.length === 0) return true;
    // The next token may turn out to be a simple key: look further before handing it out.
    this.staleSimpleKeys();
    return this.nextPossibleSimpleKey() === this.tokensTaken;
  }

  private fetchMoreTokens(): void {
    this.scanToNextToken();
    this.staleSimpleKeys();
    this.unwindIndent(this.column);
    const ch = this.peek();
    if (ch === '\0') return this.fetchStreamEnd();
    if (ch === '%' && this.column === 0) return this.fetchDirective();
    if (ch === '-' && this.atDocumentIndicator('---'))
      return this.fetchDocumentIndicator('document-start');
    if (ch === '.' && this.atDocumentIndicator('...'))
      return this.fetchDocumentIndicator('document-end');
    if (ch === '[') return this.fetchFlowCollectionStart('flow-sequence-start');
    if (ch === '{') return this.fetchFlowCollectionStart('flow-mapping-start');
    if (ch === ']') return this.fetchFlowCollectionEnd('flow-sequence-end');
    if (ch === '}') return this.fetchFlowCollectionEnd('flow-mapping-end');
    if (ch === ',') return this.fetchFlowEntry();
    if (ch === '-' && isIn(this.peek(1), BLANK_END_OR_BREAK)) return this.fetchBlockEntry();
    // In a flow collection `?` and `:` are indicators whatever follows them.
    if (ch === '?' && (this.inFlow || isIn(this.peek(1), BLANK_END_OR_BREAK)))
      return this.fetchKey();
    if (ch === ':' && (this.inFlow || isIn(this.peek(1), BLANK_END_OR_BREAK)))
      return this.fetchValue();
    if (ch === '*') return this.fetchAnchorOrAlias('alias');
    if (ch === '&') return this.fetchAnchorOrAlias('anchor');
    if (ch === '!') return this.fetchTag();
    if ((ch === '|' || ch === '>') && !this.inFlow) return this.fetchBlockScalar(ch);
    if (ch === "'" || ch === '"') return this.fetchFlowScalar(ch);
    if (this.canStartPlain()) return this.fetchPlain();
    if (ch === '\t') this.fail('found a tab character where only spaces are allowed');
    this.fail(`found ${describe(ch)}, which cannot start any token`);
  }

  private atDocumentIndicator(indicator: string): boolean {
    return (
      this.column === 0 && this.prefix(3) === indicator && isIn(this.peek(3), BLANK_END_OR_BREAK)
    );
  }

  /**
   * A plain scalar starts with anything but an indicator, a space or a line
   * break; `-` (and, outside flow collections, `?` and `:`) may start one
   * when something other than a space follows.
   */
  private canStartPlain(): boolean {
    const ch = this.peek();
    if (!isIn(ch, BLANK_END_OR_BREAK + '-?:,[]{}#&*!|>\'"%@`')) return true;
    if (isIn(this.peek(1), BLANK_END_OR_BREAK)) return false;
    return ch === '-' || (!this.inFlow && (ch === '?' || ch === ':'));
  }

  // Simple keys: a key not marked by `?`, known to be one when its `:` comes.

  private nextPossibleSimpleKey(): number | undefined {
    let min: number | undefined;
    for (const key of this.possibleSimpleKeys.values()) {
      if (min === undefined || key.tokenNumber < min) min = key.tokenNumber;
    }
    return min;
  }

  /** Forget possible simple keys that can no longer be keys (another line, or over 1024 characters). */
  private staleSimpleKeys(): void {
    for (const [level, key] of [...this.possibleSimpleKeys]) {
      if (key.line !== this.line || this.p - key.index > 1024) {
        if (key.required) this.fail("a simple key needs a ':' on its line", key.mark);
        this.possibleSimpleKeys.delete(level);
      }
    }
  }

  private saveSimpleKey(): void {
    // A block key at the indentation of its mapping must be a key.
    const required = !this.inFlow && this.indent === this.column;
    if (!this.allowSimpleKey) return;
    this.removeSimpleKey();
    this.possibleSimpleKeys.set(this.flowLevel, {
      tokenNumber: this.tokensTaken + this.tokens.length,
      required,
      index: this.p,
      line: this.line,
      column: this.column,
      mark: this.mark()
    });
  }

  private removeSimpleKey(): void {
    const key = this.possibleSimpleKeys.get(this.flowLevel);
    if (!key) return;
    if (key.required) this.fail("a simple key needs a ':' on its line", key.mark);
    this.possibleSimpleKeys.delete(this.flowLevel);
  }

  // Indentation.

  private unwindIndent(column: number): void {
    if (this.inFlow) return; // flow collections ignore indentation
    while (this.indent > column) {
      const mark = this.mark();
      this.indent = this.indents.pop()!;
      this.tokens.push({ kind: 'block-end', start: mark, end: mark });
    }
  }

  private addIndent(column: number): boolean {
    if (this.indent >= column) return false;
    this.indents.push(this.indent);
    this.indent = column;
    return true;
  }

  // Fetchers.

  private pushIndicator(kind: TokenKind, length = 1): void {
    const start = this.mark();
    this.forward(length);
    this.tokens.push({ kind, start, end: this.mark() });
  }

  private fetchStreamEnd(): void {
    this.unwindIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.possibleSimpleKeys.clear();
    const mark = this.mark();
    this.tokens.push({ kind: 'stream-end', start: mark, end: mark });
    this.done = true;
  }

  private fetchDirective(): void {
    this.unwindIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.tokens.push(this.scanDirective());
  }

  private fetchDocumentIndicator(kind: 'document-start' | 'document-end'): void {
    this.unwindIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.pushIndicator(kind, 3);
  }

  private fetchFlowCollectionStart(kind: 'flow-sequence-start' | 'flow-mapping-start'): void {
    this.saveSimpleKey();
    this.flowLevel++;
    this.allowSimpleKey = true;
    this.pushIndicator(kind);
  }

  private fetchFlowCollectionEnd(kind: 'flow-sequence-end' | 'flow-mapping-end'): void {
    this.removeSimpleKey();
    // A stray `]` takes the level below zero, as in PyYAML; the parser rejects the token.
    this.flowLevel--;
    this.allowSimpleKey = false;
    this.pushIndicator(kind);
  }

  private fetchFlowEntry(): void {
    this.allowSimpleKey = true;
    this.removeSimpleKey();
    this.pushIndicator('flow-entry');
  }

  private fetchBlockEntry(): void {
    if (!this.inFlow) {
      if (!this.allowSimpleKey) this.fail('a sequence entry is not allowed here');
      if (this.addIndent(this.column)) {
        const mark = this.mark();
        this.tokens.push({ kind: 'block-sequence-start', start: mark, end: mark });
      }
    }
    // In a flow collection `- ` is left for the parser to reject.
    this.allowSimpleKey = true;
    this.removeSimpleKey();
    this.pushIndicator('block-entry');
  }

  private fetchKey(): void {
    if (!this.inFlow) {
      if (!this.allowSimpleKey) this.fail('a mapping key is not allowed here');
      if (this.addIndent(this.column)) {
        const mark = this.mark();
        this.tokens.push({ kind: 'block-mapping-start', start: mark, end: mark });
      }
    }
    this.allowSimpleKey = !this.inFlow;
    this.removeSimpleKey();
    this.pushIndicator('key');
  }

  private fetchValue(): void {
    const key = this.possibleSimpleKeys.get(this.flowLevel);
    if (key) {
      // The saved token was a simple key: put KEY (and maybe a mapping start) before it.
      this.possibleSimpleKeys.delete(this.flowLevel);
      const at = key.tokenNumber - this.tokensTaken;
      this.tokens.splice(at, 0, { kind: 'key', start: key.mark, end: key.mark });
      if (!this.inFlow && this.addIndent(key.column)) {
        this.tokens.splice(at, 0, { kind: 'block-mapping-start', start: key.mark, end: key.mark });
      }
      this.allowSimpleKey = false;
    } else {
      // The value of a `?` key, or of no key at all (which the parser rejects).
      if (!this.inFlow) {
        if (!this.allowSimpleKey) this.fail('a mapping value is not allowed here');
        if (this.addIndent(this.column)) {
          const mark = this.mark();
          this.tokens.push({ kind: 'block-mapping-start', start: mark, end: mark });
        }
      }
      this.allowSimpleKey = !this.inFlow;
      this.removeSimpleKey();
    }
    this.pushIndicator('value');
  }

  private fetchAnchorOrAlias(kind: 'anchor' | 'alias'): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.tokens.push(this.scanAnchor(kind));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.tokens.push(this.scanTag());
  }

  private fetchBlockScalar(style: '|' | '>'): void {
    this.allowSimpleKey = true;
    this.removeSimpleKey();
    this.tokens.push(this.scanBlockScalar(style));
  }

  private fetchFlowScalar(style: "'" | '"'): void {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.tokens.push(this.scanFlowScalar(style));
  }

  private fetchPlain(): void {
    this.saveSimpleKey();
    // scanPlain allows a simple key again when it stops at the start of a line.
    this.allowSimpleKey = false;
    this.tokens.push(this.scanPlain());
  }

  // Scanners.

  /** Skip spaces, line breaks and comments (a `#` needs no space before it here). */
  private scanToNextToken(): void {
    if (this.p === 0 && this.peek() === '\ufeff') this.forward();
    for (;;) {
      while (this.peek() === ' ') this.forward();
      if (this.peek() === '#') this.skipToLineEnd();
      if (this.scanLineBreak() === '') return;
      if (!this.inFlow) this.allowSimpleKey = true;
    }
  }

  private skipToLineEnd(): void {
    while (!isIn(this.peek(), END_OR_BREAK)) this.forward();
  }

  /** Consume one line break; `\r\n`, `\r` and U+0085 read as `\n`. Returns '' when there is none. */
  private scanLineBreak(): string {
    const ch = this.peek();
    if (ch === '\r' || ch === '\n' || ch === '\x85') {
      this.forward(ch === '\r' && this.peek(1) === '\n' ? 2 : 1);
      return '\n';
    }
    if (ch === '\u2028' || ch === '\u2029') {
      this.forward();
      return ch;
    }
    return '';
  }

  private scanDirective(): Token {
    const start = this.mark();
    this.forward();
    const name = this.scanDirectiveName();
    const token: Token = { kind: 'directive', start, end: start, value: name };
    if (name === 'YAML') {
      token.version = this.scanYamlDirectiveValue();
      token.end = this.mark();
    } else if (name === 'TAG') {
      token.tagDirective = this.scanTagDirectiveValue();
      token.end = this.mark();
    } else {
      token.end = this.mark();
      this.skipToLineEnd();
    }
    this.scanIgnoredLine('directive');
    return token;
  }

  private scanDirectiveName(): string {
    let length = 0;
    while (isWordChar(this.peek(length))) length++;
    if (length === 0 || !isIn(this.peek(length), SPACE_END_OR_BREAK)) {
      if (length > 0) this.forward(length);
      this.fail(`a directive name is letters, digits, '-' and '_', not ${describe(this.peek())}`);
    }
    const name = this.prefix(length);
    this.forward(length);
    return name;
  }

  private scanYamlDirectiveValue(): [number, number] {
    while (this.peek() === ' ') this.forward();
    const major = this.scanDirectiveNumber();
    if (this.peek() !== '.')
      this.fail(`expected '.' in the %YAML version, found ${describe(this.peek())}`);
    this.forward();
    const minor = this.scanDirectiveNumber();
    if (!isIn(this.peek(), SPACE_END_OR_BREAK)) {
      this.fail(`expected a digit or a space in the %YAML version, found ${describe(this.peek())}`);
    }
    return [major, minor];
  }

  private scanDirectiveNumber(): number {
    let length = 0;
    while (this.peek(length) >= '0' && this.peek(length) <= '9') length++;
    if (length === 0)
      this.fail(`expected a digit in the %YAML version, found ${describe(this.peek())}`);
    const n = Number(this.prefix(length));
    this.forward(length);
    return n;
  }

  private scanTagDirectiveValue(): [string, string] {
    while (this.peek() === ' ') this.forward();
    const handle = this.scanTagHandle('directive');
    if (this.peek() !== ' ')
      this.fail(`expected a space after the %TAG handle, found ${describe(this.peek())}`);
    while (this.peek() === ' ') this.forward();
    const prefix = this.scanTagUri('directive');
    if (!isIn(this.peek(), SPACE_END_OR_BREAK)) {
      this.fail(`expected a space after the %TAG prefix, found ${describe(this.peek())}`);
    }
    return [handle, prefix];
  }

  /** After a directive or a block scalar header only spaces and a comment may follow on the line. */
  private scanIgnoredLine(what: string): void {
    while (this.peek() === ' ') this.forward();
    if (this.peek() === '#') this.skipToLineEnd();
    if (!isIn(this.peek(), END_OR_BREAK)) {
      this.fail(`only a comment may follow a ${what} on its line, found ${describe(this.peek())}`);
    }
    this.scanLineBreak();
  }

  private scanAnchor(kind: 'anchor' | 'alias'): Token {
    const start = this.mark();
    this.forward();
    let length = 0;
    while (isWordChar(this.peek(length))) length++;
    const after = this.peek(length);
    if (length === 0) {
      this.fail(`an ${kind} name is letters, digits, '-' and '_', not ${describe(after)}`);
    }
    const value = this.prefix(length);
    this.forward(length);
    if (!isIn(after, BLANK_END_OR_BREAK + '?:,]}%@`')) {
      this.fail(`an ${kind} name is letters, digits, '-' and '_', not ${describe(after)}`);
    }
    return { kind, start, end: this.mark(), value };
  }

  private scanTag(): Token {
    const start = this.mark();
    let handle: string | undefined;
    let suffix: string;
    const next = this.peek(1);
    if (next === '<') {
      // Verbatim: `!<tag:yaml.org,2002:str>`.
      this.forward(2);
      suffix = this.scanTagUri('tag');
      if (this.peek() !== '>')
        this.fail(`a verbatim tag ends with '>', found ${describe(this.peek())}`);
      this.forward();
    } else if (isIn(next, BLANK_END_OR_BREAK)) {
      // The non-specific tag `!`.
      suffix = '!';
      this.forward();
    } else {
      // `!!suffix` or `!handle!suffix` when another `!` comes before the end of the tag, else `!suffix`.
      let length = 1;
      let ch = next;
      let named = false;
      while (!isIn(ch, SPACE_END_OR_BREAK)) {
        if (ch === '!') {
          named = true;
          break;
        }
        length++;
        ch = this.peek(length);
      }
      if (named) handle = this.scanTagHandle('tag');
      else {
        handle = '!';
        this.forward();
      }
      suffix = this.scanTagUri('tag');
    }
    // A tag ends at a space or a line break, so `[!!str]` has the tag `!!str]`.
    if (!isIn(this.peek(), SPACE_END_OR_BREAK)) {
      this.fail(`a tag must be followed by a space, found ${describe(this.peek())}`);
    }
    return { kind: 'tag', start, end: this.mark(), handle, suffix };
  }

  private scanTagHandle(what: string): string {
    if (this.peek() !== '!')
      this.fail(`a ${what} handle starts with '!', found ${describe(this.peek())}`);
    let length = 1;
    let ch = this.peek(1);
    if (ch !== ' ') {
      while (isWordChar(ch)) ch = this.peek(++length);
      if (ch !== '!') {
        this.forward(length);
        this.fail(`a ${what} handle ends with '!', found ${describe(ch)}`);
      }
      length++;
    }
    const value = this.prefix(length);
    this.forward(length);
    return value;
  }

  private scanTagUri(what: string): string {
    let out = '';
    let length = 0;
    let ch = this.peek();
    while (
      (ch >= '0' && ch <= '9') ||
      (ch >= 'A' && ch <= 'Z') ||
      (ch >= 'a' && ch <= 'z') ||
      isIn(ch, URI_PUNCTUATION)
    ) {
      if (ch === '%') {
        out += this.prefix(length);
        this.forward(length);
        length = 0;
        out += this.scanUriEscapes(what);
      } else length++;
      ch = this.peek(length);
    }
    if (length > 0) {
      out += this.prefix(length);
      this.forward(length);
    }
    if (out === '') this.fail(`expected the text of a ${what}, found ${describe(ch)}`);
    return out;
  }

  private scanUriEscapes(what: string): string {
    const bytes: number[] = [];
    const at = this.mark();
    while (this.peek() === '%') {
      this.forward();
      for (let k = 0; k < 2; k++) {
        if (!isIn(this.peek(k), HEX)) {
          this.fail(
            `a ${what} escape is '%' and two hexadecimal digits, found ${describe(this.peek(k))}`
          );
        }
      }
      bytes.push(parseInt(this.prefix(2), 16));
      this.forward(2);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
        new Uint8Array(bytes)
      );
    } catch {
      return this.fail(`the ${what} escapes are not UTF-8`, at);
    }
  }

  private scanBlockScalar(style: '|' | '>'): Token {
    const folded = style === '>';
    const start = this.mark();
    this.forward();
    // Header: chomping (`+`/`-`) and indentation (1-9) indicators in either order.
    let chomping: boolean | undefined;
    let increment: number | undefined;
    const readIncrement = (): void => {
      if (this.peek() >= '0' && this.peek() <= '9') {
        increment = Number(this.peek());
        if (increment === 0) this.fail('a block scalar indentation indicator is 1 to 9, not 0');
        this.forward();
      }
    };
    const readChomping = (): void => {
      if (this.peek() === '+' || this.peek() === '-') {
        chomping = this.peek() === '+';
        this.forward();
      }
    };
    if (this.peek() === '+' || this.peek() === '-') {
      readChomping();
      readIncrement();
    } else if (this.peek() >= '0' && this.peek() <= '9') {
      readIncrement();
      readChomping();
    }
    if (!isIn(this.peek(), SPACE_END_OR_BREAK)) {
      this.fail(`expected chomping or indentation indicators, found ${describe(this.peek())}`);
    }
    this.scanIgnoredLine('block scalar header');

    const minIndent = Math.max(this.indent + 1, 1);
    let indent: number;
    let breaks: string[];
    let end: Mark;
    if (increment === undefined) {
      // Detect the indentation from the first non-empty line.
      breaks = [];
      let maxIndent = 0;
      end = this.mark();
      while (isIn(this.peek(), ' ' + BREAKS)) {
        if (this.peek() !== ' ') {
          breaks.push(this.scanLineBreak());
          end = this.mark();
        } else {
          this.forward();
          if (this.column > maxIndent) maxIndent = this.column;
        }
      }
      indent = Math.max(minIndent, maxIndent);
    } else {
      indent = minIndent + increment - 1;
      [breaks, end] = this.scanBlockBreaks(indent);
    }

    const chunks: string[] = [];
    let lineBreak = '';
    while (this.column === indent && this.peek() !== '\0') {
      for (const item of breaks) chunks.push(item);
      const leadingNonSpace = this.peek() !== ' ' && this.peek() !== '\t';
      let length = 0;
      while (!isIn(this.peek(length), END_OR_BREAK)) length++;
      chunks.push(this.prefix(length));
      this.forward(length);
      lineBreak = this.scanLineBreak();
      [breaks, end] = this.scanBlockBreaks(indent);
      if (this.column !== indent || this.peek() === '\0') break;
      // Folding joins two lines that both start with a non-space with a space.
      if (
        folded &&
        lineBreak === '\n' &&
        leadingNonSpace &&
        this.peek() !== ' ' &&
        this.peek() !== '\t'
      ) {
        if (breaks.length === 0) chunks.push(' ');
      } else chunks.push(lineBreak);
    }
    if (chomping !== false) chunks.push(lineBreak);
    if (chomping === true) for (const item of breaks) chunks.push(item);
    return { kind: 'scalar', start, end, value: chunks.join(''), style };
  }

  /** Empty lines of a block scalar, with the indentation up to `indent` skipped. */
  private scanBlockBreaks(indent: number): [string[], Mark] {
    const breaks: string[] = [];
    let end = this.mark();
    while (this.column < indent && this.peek() === ' ') this.forward();
    while (isIn(this.peek(), BREAKS)) {
      breaks.push(this.scanLineBreak());
      end = this.mark();
      while (this.column < indent && this.peek() === ' ') this.forward();
    }
    return [breaks, end];
  }

  private scanFlowScalar(style: "'" | '"'): Token {
    const double = style === '"';
    const start = this.mark();
    const quote = this.peek();
    this.forward();
    const chunks: string[] = [];
    this.scanQuotedNonSpaces(double, chunks);
    while (this.peek() !== quote) {
      this.scanQuotedSpaces(chunks);
      this.scanQuotedNonSpaces(double, chunks);
    }
    this.forward();
    return { kind: 'scalar', start, end: this.mark(), value: chunks.join(''), style };
  }

  private scanQuotedNonSpaces(double: boolean, chunks: string[]): void {
    for (;;) {
      let length = 0;
      while (!isIn(this.peek(length), '\'"\\\0 \t' + BREAKS)) length++;
      if (length > 0) {
        chunks.push(this.prefix(length));
        this.forward(length);
      }
      const ch = this.peek();
      if (!double && ch === "'" && this.peek(1) === "'") {
        chunks.push("'");
        this.forward(2);
      } else if ((double && ch === "'") || (!double && (ch === '"' || ch === '\\'))) {
        chunks.push(ch);
        this.forward();
      } else if (double && ch === '\\') {
        this.forward();
        const esc = this.peek();
        if (Object.prototype.hasOwnProperty.call(ESCAPES, esc)) {
          chunks.push(ESCAPES[esc]);
          this.forward();
        } else if (Object.prototype.hasOwnProperty.call(ESCAPE_LENGTHS, esc)) {
          const digits = ESCAPE_LENGTHS[esc];
          this.forward();
          for (let k = 0; k < digits; k++) {
            if (!isIn(this.peek(k), HEX)) {
              this.fail(
                `the escape \\${esc} needs ${digits} hexadecimal digits, found ${describe(this.peek(k))}`
              );
            }
          }
          const code = parseInt(this.prefix(digits), 16);
          // Python's chr() refuses code points past U+10FFFF.
          if (code > 0x10ffff) this.fail(`the escape \\${esc} names no character`);
          chunks.push(String.fromCodePoint(code));
          this.forward(digits);
        } else if (isIn(esc, BREAKS)) {
          this.scanLineBreak();
          this.scanQuotedBreaks(chunks);
        } else {
          this.fail(`unknown escape \\${esc === '\0' ? '' : esc} in a double-quoted scalar`);
        }
      } else return;
    }
  }

  private scanQuotedSpaces(chunks: string[]): void {
    let length = 0;
    while (this.peek(length) === ' ' || this.peek(length) === '\t') length++;
    const spaces = this.prefix(length);
    this.forward(length);
    const ch = this.peek();
    if (ch === '\0') this.fail('the text ends inside a quoted scalar');
    if (isIn(ch, BREAKS)) {
      const lineBreak = this.scanLineBreak();
      const breaks: string[] = [];
      this.scanQuotedBreaks(breaks);
      if (lineBreak !== '\n') chunks.push(lineBreak);
      else if (breaks.length === 0) chunks.push(' ');
      for (const item of breaks) chunks.push(item);
    } else chunks.push(spaces);
  }

  private scanQuotedBreaks(chunks: string[]): void {
    for (;;) {
      const head = this.prefix(3);
      if ((head === '---' || head === '...') && isIn(this.peek(3), BLANK_END_OR_BREAK)) {
        this.fail('a document marker inside a quoted scalar');
      }
      while (this.peek() === ' ' || this.peek() === '\t') this.forward();
      if (!isIn(this.peek(), BREAKS)) return;
      chunks.push(this.scanLineBreak());
    }
  }

  private scanPlain(): Token {
    const start = this.mark();
    let end = start;
    const indent = this.indent + 1;
    const chunks: string[] = [];
    let spaces: string[] | undefined = [];
    const inFlow = this.inFlow;
    for (;;) {
      if (this.peek() === '#') break;
      let length = 0;
      for (;;) {
        const ch = this.peek(length);
        if (isIn(ch, BLANK_END_OR_BREAK)) break;
        if (ch === ':' && isIn(this.peek(length + 1), BLANK_END_OR_BREAK + (inFlow ? ',[]{}' : '')))
          break;
        if (inFlow && isIn(ch, ',?[]{}')) break;
        length++;
      }
      if (length === 0) break;
      this.allowSimpleKey = false;
      for (const item of spaces!) chunks.push(item);
      chunks.push(this.prefix(length));
      this.forward(length);
      end = this.mark();
      spaces = this.scanPlainSpaces();
      if (!spaces || spaces.length === 0 || this.peek() === '#') break;
      if (!inFlow && this.column < indent) break;
    }
    return { kind: 'scalar', start, end, value: chunks.join(''), style: '' };
  }

  /**
   * The spaces and line breaks after a chunk of a plain scalar, as they join
   * it to the next chunk; undefined at a document marker.
   */
  private scanPlainSpaces(): string[] | undefined {
    let length = 0;
    while (this.peek(length) === ' ') length++;
    const spaces = this.prefix(length);
    this.forward(length);
    if (!isIn(this.peek(), BREAKS)) return spaces ? [spaces] : [];
    const lineBreak = this.scanLineBreak();
    this.allowSimpleKey = true;
    const atMarker = (): boolean => {
      const head = this.prefix(3);
      return (head === '---' || head === '...') && isIn(this.peek(3), BLANK_END_OR_BREAK);
    };
    if (atMarker()) return undefined;
    const breaks: string[] = [];
    while (isIn(this.peek(), ' ' + BREAKS)) {
      if (this.peek() === ' ') this.forward();
      else {
        breaks.push(this.scanLineBreak());
        if (atMarker()) return undefined;
      }
    }
    const out: string[] = [];
    if (lineBreak !== '\n') out.push(lineBreak);
    else if (breaks.length === 0) out.push(' ');
    for (const item of breaks) out.push(item);
    return out;
  }
}

// -- Parser and composer ------------------------------------------------------------

const DEFAULT_TAG_HANDLES: Record<string, string> = { '!': '!', '!!': 'tag:yaml.org,2002:' };

const STYLES: Record<string, ScalarNode['type']> = {
  '': 'PLAIN',
  "'": 'QUOTE_SINGLE',
  '"': 'QUOTE_DOUBLE',
  '|': 'BLOCK_LITERAL',
  '>': 'BLOCK_FOLDED'
};

const TOKEN_NAMES: Record<TokenKind, string> = {
  'stream-start': 'the start of the text',
  'stream-end': 'the end of the text',
  directive: 'a directive',
  'document-start': "'---'",
  'document-end': "'...'",
  'block-sequence-start': 'a block sequence',
  'block-mapping-start': 'a block mapping',
  'block-end': 'the end of a block',
  'flow-sequence-start': "'['",
  'flow-mapping-start': "'{'",
  'flow-sequence-end': "']'",
  'flow-mapping-end': "'}'",
  'block-entry': "'-'",
  'flow-entry': "','",
  key: "'?'",
  value: "':'",
  alias: 'an alias',
  anchor: 'an anchor',
  tag: 'a tag',
  scalar: 'a scalar'
};

/**
 * PyYAML's parser state machine as recursive descent: it takes the same
 * tokens in the same order and accepts exactly what it accepts. Nodes are
 * built as the parser goes (PyYAML's composer), so aliases resolve to the
 * node their anchor names.
 */
/**
 * The deepest nesting of collections a document may have: past it, a clear error rather than a
 * stack overflow. PyYAML itself gives up at about 490 levels (RecursionError), so nothing it
 * reads is refused.
 */
export const MAX_YAML_DEPTH = 500;

/** The most nodes a document may expand to once its aliases are followed. */
export const MAX_YAML_EXPANDED_NODES = 1_000_000;

class TreeBuilder {
  private readonly scanner: Scanner;
  private tagHandles: Record<string, string> = DEFAULT_TAG_HANDLES;
  private anchors = new Map<string, YamlNode>();
  /** How many collections the node being built is inside. */
  private depth = 0;
  /** Where each alias is used, and the node it repeats. */
  private aliasUses: { target: YamlNode; offset: number }[] = [];

  constructor(private readonly text: string) {
    this.scanner = new Scanner(text);
  }

  private fail(reason: string, token: Token | undefined): never {
    throw new YamlSyntaxError(reason, token?.start.offset ?? this.text.length);
  }

  private found(): string {
    const token = this.scanner.peekToken();
    return token ? TOKEN_NAMES[token.kind] : 'nothing';
  }

  /** The single document of the text (null for a text with none), as `yaml.safe_load` composes it. */
  single(): YamlNode | null {
    const s = this.scanner;
    s.getToken(); // stream start
    let root: YamlNode | null = null;
    let documents = 0;
    if (!s.check('directive', 'document-start', 'stream-end')) {
      // A document without `---`.
      this.tagHandles = DEFAULT_TAG_HANDLES;
      root = this.node(true, false);
      if (s.check('document-end')) s.getToken();
      documents = 1;
    }
    for (;;) {
      while (s.check('document-end')) s.getToken();
      if (s.check('stream-end')) break;
      const first = s.peekToken();
      this.directives();
      if (!s.check('document-start')) {
        this.fail(`expected '---' to start a document, found ${this.found()}`, s.peekToken());
      }
      if (documents > 0) this.fail('expected a single document, but found another document', first);
      s.getToken();
      this.anchors = new Map();
      root = s.check('directive', 'document-start', 'document-end', 'stream-end')
        ? this.emptyScalar(s.peekToken()!.start)
        : this.node(true, false);
      if (s.check('document-end')) s.getToken();
      documents = 1;
    }
    if (root !== null) this.boundExpansion(root);
    return root;
  }

  /**
   * A shared node is built once but used as many times as it is aliased: nine aliases of nine
   * aliases of... ("billion laughs") is a few hundred bytes that expand to more than memory. Count
   * the nodes the document expands to (linear in its distinct nodes) and refuse it past a bound,
   * at the alias that repeats the most.
   */
  private boundExpansion(root: YamlNode): void {
    if (this.aliasUses.length === 0) return;
    const sizes = new Map<YamlNode, number>();
    const size = (node: YamlNode): number => {
      const known = sizes.get(node);
      if (known !== undefined) return known;
      sizes.set(node, 1); // a node inside itself (a recursive alias) counts once
      let total = 1;
      if (node.kind === 'seq') for (const item of node.items) total += size(item);
      else if (node.kind === 'map') {
        for (const pair of node.items) total += size(pair.key) + size(pair.value);
      }
      total = Math.min(total, Number.MAX_SAFE_INTEGER);
      sizes.set(node, total);
      return total;
    };
    if (size(root) <= MAX_YAML_EXPANDED_NODES) return;
    const worst = this.aliasUses.reduce((a, b) => (size(b.target) > size(a.target) ? b : a));
    throw new YamlSyntaxError(
      `the document's aliases expand to more than ${MAX_YAML_EXPANDED_NODES.toLocaleString('en-US')} nodes ` +
        `(this alias alone repeats ${size(worst.target).toLocaleString('en-US')})`,
      worst.offset
    );
  }

  private directives(): void {
    const s = this.scanner;
    let version: [number, number] | undefined;
    const handles: Record<string, string> = {};
    while (s.check('directive')) {
      const token = s.getToken();
      if (token.value === 'YAML') {
        if (version) this.fail('a document may have only one %YAML directive', token);
        if (token.version![0] !== 1) this.fail('only YAML 1.x documents can be read', token);
        version = token.version;
      } else if (token.value === 'TAG') {
        const [handle, prefix] = token.tagDirective!;
        if (Object.prototype.hasOwnProperty.call(handles, handle)) {
          this.fail(`the tag handle ${handle} is defined twice`, token);
        }
        handles[handle] = prefix;
      }
    }
    this.tagHandles = { ...DEFAULT_TAG_HANDLES, ...handles };
  }

  private emptyScalar(at: Mark, tag?: string, anchor?: string, start: Mark = at): ScalarNode {
    return this.register(anchor, {
      kind: 'scalar',
      value: '',
      type: 'PLAIN',
      tag,
      anchor,
      range: [start.offset, at.offset],
      source: ''
    });
  }

  private register<T extends YamlNode>(anchor: string | undefined, node: T): T {
    if (anchor !== undefined) this.anchors.set(anchor, node);
    return node;
  }

  /**
   * An empty collection starting at `start`, registered before its items are read (so an alias
   * inside it finds it); the caller fills `items` and sets where it ends.
   */
  private openCollection(kind: 'seq', start: Mark, tag?: string, anchor?: string): SeqNode;
  private openCollection(kind: 'map', start: Mark, tag?: string, anchor?: string): MapNode;
  private openCollection(
    kind: 'seq' | 'map',
    start: Mark,
    tag?: string,
    anchor?: string
  ): SeqNode | MapNode {
    const node: SeqNode | MapNode = {
      kind,
      items: [],
      tag,
      anchor,
      range: [start.offset, start.offset]
    };
    return this.register(anchor, node);
  }

  private node(block: boolean, indentlessSequence: boolean): YamlNode {
    // Each level is a frame of this recursion: past a bound, a clear error, not a stack overflow.
    if (this.depth >= MAX_YAML_DEPTH) {
      this.fail(
        `nested deeper than ${MAX_YAML_DEPTH} levels; a workflow never needs that many`,
        this.scanner.peekToken()
      );
    }
    this.depth++;
    try {
      return this.nodeAtDepth(block, indentlessSequence);
    } finally {
      this.depth--;
    }
  }

  private nodeAtDepth(block: boolean, indentlessSequence: boolean): YamlNode {
    const s = this.scanner;
    if (s.check('alias')) {
      const token = s.getToken();
      const target = this.anchors.get(token.value!);
      if (!target) this.fail(`found undefined alias '${token.value}'`, token);
      this.aliasUses.push({ target: target!, offset: token.start.offset });
      return target!;
    }
    let anchor: string | undefined;
    let tagToken: Token | undefined;
    let start: Mark | undefined;
    let end: Mark | undefined;
    if (s.check('anchor')) {
      const token = s.getToken();
      start = token.start;
      end = token.end;
      anchor = token.value;
      if (s.check('tag')) {
        tagToken = s.getToken();
        end = tagToken.end;
      }
    } else if (s.check('tag')) {
      tagToken = s.getToken();
      start = tagToken.start;
      end = tagToken.end;
      if (s.check('anchor')) {
        const token = s.getToken();
        end = token.end;
        anchor = token.value;
      }
    }
    let tag: string | undefined;
    if (tagToken) {
      const { handle, suffix } = tagToken;
      if (handle === undefined) tag = suffix;
      else if (!Object.prototype.hasOwnProperty.call(this.tagHandles, handle)) {
        this.fail(`the tag handle ${handle} is not defined`, tagToken);
      } else tag = this.tagHandles[handle] + suffix!;
    }
    const next = s.peekToken()!;
    start ??= next.start;
    end ??= start;
    if (anchor !== undefined && this.anchors.has(anchor)) {
      const first = this.anchors.get(anchor)!;
      const where = new LineIndex(this.text).position(first.range[0]);
      this.fail(
        `found duplicate anchor '${anchor}' (first defined at line ${where.line}, column ${where.col})`,
        { kind: 'anchor', start, end: start }
      );
    }
    if (indentlessSequence && next.kind === 'block-entry') {
      return this.indentlessSequence(start, tag, anchor);
    }
    switch (next.kind) {
      case 'scalar': {
        s.getToken();
        return this.register(anchor, {
          kind: 'scalar',
          value: next.value!,
          type: STYLES[next.style!],
          tag,
          anchor,
          range: [start.offset, next.end.offset],
          source: this.text.slice(next.start.offset, next.end.offset)
        });
      }
      case 'flow-sequence-start':
        return this.flowSequence(start, tag, anchor);
      case 'flow-mapping-start':
        return this.flowMapping(start, tag, anchor);
      case 'block-sequence-start':
        if (block) return this.blockSequence(start, tag, anchor);
        break;
      case 'block-mapping-start':
        if (block) return this.blockMapping(start, tag, anchor);
        break;
    }
    // Only an anchor and/or a tag: an empty scalar carries them.
    if (anchor !== undefined || tag !== undefined) return this.emptyScalar(end, tag, anchor, start);
    return this.fail(`expected a value, but found ${TOKEN_NAMES[next.kind]}`, next);
  }

  private blockSequence(start: Mark, tag?: string, anchor?: string): SeqNode {
    const s = this.scanner;
    const node = this.openCollection('seq', start, tag, anchor);
    const items = node.items;
    s.getToken();
    while (s.check('block-entry')) {
      const entry = s.getToken();
      items.push(
        s.check('block-entry', 'block-end') ? this.emptyScalar(entry.end) : this.node(true, false)
      );
    }
    if (!s.check('block-end')) {
      this.fail(
        `expected another '- ' entry or the end of the list, found ${this.found()}`,
        s.peekToken()
      );
    }
    node.range[1] = s.getToken().end.offset;
    return node;
  }

  /** `key:\n- a\n- b`: a sequence at the indentation of its mapping. */
  private indentlessSequence(start: Mark, tag?: string, anchor?: string): SeqNode {
    const s = this.scanner;
    const node = this.openCollection('seq', start, tag, anchor);
    const items = node.items;
    while (s.check('block-entry')) {
      const entry = s.getToken();
      items.push(
        s.check('block-entry', 'key', 'value', 'block-end')
          ? this.emptyScalar(entry.end)
          : this.node(true, false)
      );
    }
    node.range[1] = s.peekToken()!.start.offset;
    return node;
  }

  private blockMapping(start: Mark, tag?: string, anchor?: string): MapNode {
    const s = this.scanner;
    const node = this.openCollection('map', start, tag, anchor);
    const items = node.items;
    s.getToken();
    while (s.check('key')) {
      const keyToken = s.getToken();
      const key = s.check('key', 'value', 'block-end')
        ? this.emptyScalar(keyToken.end)
        : this.node(true, true);
      let value: YamlNode;
      if (s.check('value')) {
        const valueToken = s.getToken();
        value = s.check('key', 'value', 'block-end')
          ? this.emptyScalar(valueToken.end)
          : this.node(true, true);
      } else value = this.emptyScalar(s.peekToken()!.start);
      items.push({ key, value });
    }
    if (!s.check('block-end')) {
      this.fail(
        `expected another key or the end of the mapping, found ${this.found()}`,
        s.peekToken()
      );
    }
    node.range[1] = s.getToken().end.offset;
    return node;
  }

  private flowSequence(start: Mark, tag?: string, anchor?: string): SeqNode {
    const s = this.scanner;
    const node = this.openCollection('seq', start, tag, anchor);
    const items = node.items;
    s.getToken();
    for (let first = true; !s.check('flow-sequence-end'); first = false) {
      if (!first) this.flowEntry("',' or ']' in the flow sequence");
      if (s.check('key')) {
        // `[? a : b]` / `[a: b]`: an entry that is a mapping of one pair.
        const keyStart = s.peekToken()!.start.offset;
        const pair = this.flowPair('flow-sequence-end');
        const end = s.peekToken()!.start.offset;
        items.push({ kind: 'map', items: [pair], range: [keyStart, end] });
      } else if (!s.check('flow-sequence-end')) {
        items.push(this.node(false, false));
      }
    }
    node.range[1] = s.getToken().end.offset;
    return node;
  }

  /** The `,` between two flow entries (`expected` says what else could have come). */
  private flowEntry(expected: string): void {
    const s = this.scanner;
    if (!s.check('flow-entry'))
      this.fail(`expected ${expected}, found ${this.found()}`, s.peekToken());
    s.getToken();
  }

  /** A flow entry that starts with a key token: its key and value, either one empty. */
  private flowPair(end: 'flow-sequence-end' | 'flow-mapping-end'): Pair {
    const s = this.scanner;
    const keyToken = s.getToken();
    const key = s.check('value', 'flow-entry', end)
      ? this.emptyScalar(keyToken.end)
      : this.node(false, false);
    if (!s.check('value')) return { key, value: this.emptyScalar(s.peekToken()!.start) };
    const valueToken = s.getToken();
    const value = s.check('flow-entry', end)
      ? this.emptyScalar(valueToken.end)
      : this.node(false, false);
    return { key, value };
  }

  private flowMapping(start: Mark, tag?: string, anchor?: string): MapNode {
    const s = this.scanner;
    const node = this.openCollection('map', start, tag, anchor);
    const items = node.items;
    s.getToken();
    for (let first = true; !s.check('flow-mapping-end'); first = false) {
      if (!first) this.flowEntry("',' or '}' in the flow mapping");
      if (s.check('key')) {
        items.push(this.flowPair('flow-mapping-end'));
      } else if (!s.check('flow-mapping-end')) {
        // `{a}`: a key with no value.
        const key = this.node(false, false);
        items.push({ key, value: this.emptyScalar(s.peekToken()!.start) });
      }
    }
    node.range[1] = s.getToken().end.offset;
    return node;
  }
}

/**
 * The node tree of the text's single document, or null when it has none.
 * Throws YamlSyntaxError where PyYAML's `safe_load` would fail to compose it
 * (it does not check printable characters; see `parseYamlWithPositions`).
 */
export function composeYaml(text: string): YamlNode | null {
  return new TreeBuilder(text).single();
}
