/**
 * What the Action adds to a run's log: the history of resumes (who resumed it, with which
 * verdict), kept as `resumed` events in its log.jsonl.
 */
import { readRegularText } from '../engine/files.js';
import * as path from 'node:path';

/** The `resumed` event the Action adds to a run's log.jsonl. */
export interface ResumeRecord {
  event: 'resumed';
  actor: string | null;
  triggering_actor: string | null;
  github_run_id: string;
  github_run_attempt: string;
  /** The gate the run rested on, its verdict input and the verdict given (if any). */
  gate: string | null;
  verdict_input: string | null;
  verdict: string | null;
  /** Names of the inputs this resume set. */
  inputs: string[];
  timestamp?: string;
}

/** Every `resumed` event in the run's log, oldest first; unreadable lines are skipped. */
export function readResumeHistory(runDir: string): ResumeRecord[] {
  let text: string;
  try {
    text = readRegularText(path.join(runDir, 'log.jsonl'));
  } catch {
    return [];
  }
  const records: ResumeRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('"resumed"')) continue;
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (entry.event === 'resumed') records.push(entry as unknown as ResumeRecord);
    } catch {
      // A damaged line does not hide the others.
    }
  }
  return records;
}
