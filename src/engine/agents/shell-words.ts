/**
 * POSIX word splitting, as Python's `shlex.split` does it (posix mode, no
 * comments). The reference parses `SPECKIT_INTEGRATION_<KEY>_EXTRA_ARGS` with
 * it, so operators' values must split into the same tokens here.
 */

/** A value that cannot be split: an unclosed quote or a trailing backslash. */
export class ShellWordsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShellWordsError';
  }
}

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);

type State = 'between' | 'word' | "'" | '"' | 'escape';

export function splitShellWords(text: string): string[] {
  const words: string[] = [];
  let state: State = 'between';
  // The state to return to after a backslash escape.
  let afterEscape: 'word' | '"' = 'word';
  let word = '';
  // A quoted empty string ('' or "") is still a word.
  let quoted = false;

  const finishWord = (): void => {
    if (word !== '' || quoted) words.push(word);
    word = '';
    quoted = false;
  };

  for (const ch of text) {
    switch (state) {
      case 'between':
      case 'word':
        if (WHITESPACE.has(ch)) {
          if (state === 'word') finishWord();
          state = 'between';
        } else if (ch === '\\') {
          afterEscape = 'word';
          state = 'escape';
        } else if (ch === "'" || ch === '"') {
          quoted = true;
          state = ch;
        } else {
          word += ch;
          state = 'word';
        }
        break;
      case "'":
        // Nothing is special inside single quotes but the closing quote.
        if (ch === "'") state = 'word';
        else word += ch;
        break;
      case '"':
        if (ch === '"') state = 'word';
        else if (ch === '\\') {
          afterEscape = '"';
          state = 'escape';
        } else word += ch;
        break;
      case 'escape':
        // Inside double quotes a backslash only escapes `"` and `\`; before
        // any other character it stays literal.
        if (afterEscape === '"' && ch !== '"' && ch !== '\\') word += '\\';
        word += ch;
        state = afterEscape;
        break;
    }
  }

  if (state === 'escape') throw new ShellWordsError('a backslash at the end escapes nothing');
  if (state === "'" || state === '"')
    throw new ShellWordsError(`the ${state} quote is never closed`);
  if (state === 'word') finishWord();
  return words;
}

/** One word for a POSIX shell: as it is when it is plainly safe, else single-quoted. */
export function quoteShellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
