/**
 * Reading a run's `log.jsonl`, the events the engine (and the Action) appended as the run went.
 * The log is a record for people and tools, never the run's state: a line that does not read
 * is skipped, and a missing or unreadable log reads as empty.
 */
import * as path from 'node:path';
import { readRegularText } from './files.js';

/** Every event in `runDir`'s log whose `event` is one of `events`, oldest first. */
export function readLogEvents(
  runDir: string,
  events: readonly string[]
): Record<string, unknown>[] {
  let text: string;
  try {
    text = readRegularText(path.join(runDir, 'log.jsonl'));
  } catch {
    return [];
  }
  const found: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    // Most lines are other events: a substring test spares parsing them.
    if (!events.some((event) => line.includes(`"${event}"`))) continue;
    try {
      const entry: unknown = JSON.parse(line);
      if (
        typeof entry === 'object' &&
        entry !== null &&
        events.includes((entry as Record<string, unknown>).event as string)
      ) {
        found.push(entry as Record<string, unknown>);
      }
    } catch {
      // A damaged line does not hide the others.
    }
  }
  return found;
}
