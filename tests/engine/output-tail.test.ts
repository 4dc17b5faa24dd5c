/**
 * outputTail: the one cut of a failing process's output. The summary's copy
 * used to read CR as a line end but count trailing blank lines; the agent
 * steps' copy did the opposite. These pin the shared behaviour.
 */
import { outputTail } from '../../src/engine/output-tail.js';

describe('outputTail', () => {
  it('keeps the last lines, with CRLF and lone CR read as line ends', () => {
    expect(outputTail('a\r\nb\rc\nd\n', 2, 100)).toBe('c\nd');
  });

  it('does not spend the line budget on trailing blank lines', () => {
    expect(outputTail('a\nb\n\n\n  \n', 2, 100)).toBe('a\nb');
  });

  it('cuts to the last characters behind an ellipsis', () => {
    expect(outputTail('0123456789', 5, 4)).toBe('…6789');
    expect(outputTail('0123', 5, 4)).toBe('0123');
  });
});
