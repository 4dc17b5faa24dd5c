import {
  findBlockClose,
  findTopLevel,
  findUnquoted,
  hasUnbalancedBracket,
  hasUnbalancedQuote,
  splitTopLevel
} from '../../src/engine/expression-scanner.js';

describe('the expression scanner', () => {
  it('finds a token only outside quotes and brackets', () => {
    expect(findTopLevel("'a or b' or c", ' or ')).toBe(8);
    expect(findTopLevel('f(a or b)', ' or ')).toBe(-1);
    expect(findTopLevel('"it\'s" | x', '|')).toBe(7);
  });

  it('ignores a closer with nothing open, so the depth stays 0', () => {
    expect(findTopLevel(') a | b', '|')).toBe(4);
    expect(findTopLevel('(] | b', '|')).toBe(3);
  });

  it('has no escapes: a backslash does not keep a quote open', () => {
    expect(findTopLevel("'a\\' | b", '|')).toBe(5);
  });

  it('splits at every top-level separator, keeping quoted and bracketed ones', () => {
    expect(splitTopLevel("'a,b', [1, 2], c", ',')).toEqual(["'a,b'", ' [1, 2]', ' c']);
    expect(splitTopLevel('a == b == c', '==')).toEqual(['a ', ' b ', ' c']);
    expect(splitTopLevel('', ',')).toEqual(['']);
  });

  it('closes a block at the first unquoted }}, braces not counted as brackets', () => {
    expect(findBlockClose("{{ x | default('}}') }}", 0)).toBe(21);
    expect(findBlockClose('{{ {a}} }}', 0)).toBe(5);
    expect(findBlockClose("{{ 'open }}", 0)).toBe(-1);
    expect(findUnquoted("'}}' }}", '}}', 0)).toBe(5);
  });

  it('tells unbalanced quotes and brackets (brackets by kind)', () => {
    expect(hasUnbalancedQuote("'a' \"b")).toBe(true);
    expect(hasUnbalancedQuote('\'a"\' "b\'"')).toBe(false);
    expect(hasUnbalancedBracket('f(]')).toBe(true);
    expect(hasUnbalancedBracket("f('(', [x])")).toBe(false);
    expect(hasUnbalancedBracket(')(')).toBe(true);
    expect(hasUnbalancedBracket('((')).toBe(true);
  });
});
