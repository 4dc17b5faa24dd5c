/**
 * POSIX word splitting must give the tokens Python's shlex.split gives (the
 * expected values below were produced by shlex.split itself); null marks
 * values shlex rejects.
 */
import { ShellWordsError, splitShellWords } from '../../../src/engine/agents/shell-words.js';

const SHLEX_RESULTS: [string, string[] | null][] = [
  ['a "b c" d', ['a', 'b c', 'd']],
  ["a 'b\\' c", ['a', 'b\\', 'c']],
  ['a\\ b', ['a b']],
  ['x "a\\"b" y', ['x', 'a"b', 'y']],
  ['x "a\\nb"', ['x', 'a\\nb']],
  ["x ''", ['x', '']],
  ['"" a', ['', 'a']],
  ['a\\', null],
  ['--flag "unterminated', null],
  ["'abc", null],
  ['a"b"c', ['abc']],
  ['a#b c', ['a#b', 'c']],
  ['a\tb\nc\r d', ['a', 'b', 'c', 'd']],
  ['"a\\\\b"', ['a\\b']],
  ["'a\\\\b'", ['a\\\\b']],
  ['a\\"b', ['a"b']],
  ['\\\\', ['\\']],
  ['x "$HOME"', ['x', '$HOME']],
  ['x"', null],
  ["é 'ü x'", ['é', 'ü x']],
  ['  lead  trail  ', ['lead', 'trail']],
  ['"x\\', null],
  ['a\'b\'"c"d', ['abcd']],
  [
    '--dangerously-skip-permissions --max-turns 3',
    ['--dangerously-skip-permissions', '--max-turns', '3']
  ]
];

it.each(SHLEX_RESULTS)('splits %j as shlex does', (text, expected) => {
  if (expected === null) expect(() => splitShellWords(text)).toThrow(ShellWordsError);
  else expect(splitShellWords(text)).toEqual(expected);
});
