/**
 * The end of a process's output, for places that show a failure without the
 * whole stream: an agent step's error message and the job summary.
 */

/**
 * The last `maxLines` lines of `text` (line endings normalized, trailing
 * whitespace dropped so blank lines at the end do not use up the budget),
 * cut to its last `maxChars` characters behind a leading `…` when longer.
 */
export function outputTail(text: string, maxLines: number, maxChars: number): string {
  const lines = text.replace(/\r\n?/g, '\n').trimEnd().split('\n');
  const kept = lines.slice(-maxLines).join('\n');
  return kept.length > maxChars ? `…${kept.slice(kept.length - maxChars)}` : kept;
}
