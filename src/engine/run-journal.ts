/**
 * The run journal: `journal.jsonl` beside a run's `state.json`, one line per
 * result recorded since the last snapshot of the state.
 *
 * Rewriting the whole `state.json` for every step costs time quadratic in
 * the number of steps, and rewriting it only now and then loses what
 * finished in between when the process is killed. So each recorded result
 * is appended here the moment it exists (one write: a killed process loses
 * nothing it wrote), made durable against a crash of the machine by an
 * fsync that covers every line written in the last few milliseconds (group
 * commit), and folded into `state.json` from time to time and exactly when
 * the run stops (see run-state.ts).
 *
 * A journal belongs to one snapshot: its first line names a random token
 * that the snapshot it extends also carries (`journal` in state.json). A
 * snapshot without that token, such as one spec-kit wrote (it drops fields
 * it does not know), or one written after the run stopped, ignores whatever
 * journal lies beside it, so lines never apply to a state they did not
 * follow.
 *
 * Entries set values (a record, an output, a position); applying them in
 * order to the snapshot gives the state as it was after the last line. Any
 * prefix is a state the run was in, so a last line without its newline (a
 * write cut off by a kill) or a line of zeros (a crash before the fsync) ends
 * the journal there. Any other line that is not an entry is damage, reported
 * with its line number.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { readRegularText, writeFileAtomic } from './files.js';
import { isDict, isPyInt, pyJsonLine } from './pyvalue.js';
import { WorkflowError, type StepRecord, type StepTiming } from './types.js';

export const JOURNAL_FILE = 'journal.jsonl';
const JOURNAL_FORMAT = 'specflow-journal/1';

/** How long a written line may wait for the fsync that makes it survive a crash of the machine. */
const GROUP_COMMIT_MS = 4;

/** Where a run is: `current_step_index` and `current_step_id`. */
export type RunPosition = readonly [index: number, stepId: string | null];

/** What one journal line says. */
export type JournalEntry =
  | {
      kind: 'step';
      stepId: string;
      record: StepRecord;
      timing: StepTiming | null;
      at: RunPosition;
    }
  | { kind: 'output'; stepId: string; output: Record<string, unknown> }
  | { kind: 'reuse'; itemId: string; entry: unknown }
  | { kind: 'at'; at: RunPosition };

/** A fresh token tying a journal to the snapshot it extends. */
export function newJournalToken(): string {
  return randomBytes(12).toString('hex');
}

const TOKEN = /^[0-9a-f]{24}$/;

/** The token a loaded state.json carries, when it is one this tool writes. */
export function journalToken(value: unknown): string | null {
  return typeof value === 'string' && TOKEN.test(value) ? value : null;
}

/** One line of text for an entry. */
function encode(entry: JournalEntry): string {
  let doc: Record<string, unknown>;
  switch (entry.kind) {
    case 'step':
      doc = { step: entry.stepId, record: entry.record, at: entry.at };
      if (entry.timing !== null) doc.timing = entry.timing;
      break;
    case 'output':
      doc = { output: entry.stepId, value: entry.output };
      break;
    case 'reuse':
      doc =
        entry.entry === undefined
          ? { reuse: entry.itemId }
          : { reuse: entry.itemId, entry: entry.entry };
      break;
    case 'at':
      doc = { at: entry.at };
      break;
  }
  return pyJsonLine(doc) + '\n';
}

/** An open journal that lines are appended to. */
export class JournalWriter {
  private fd: number | null;
  private unsynced = false;
  private syncing = false;
  private closeAfterSync = false;
  private timer: NodeJS.Timeout | null = null;
  /** Bytes of entries appended so far (the header not counted). */
  bytes = 0;

  private constructor(fd: number) {
    this.fd = fd;
  }

  /**
   * Start a new journal for the snapshot carrying `token`: the header is
   * written to a temp file and renamed over the old journal, so the file is
   * never a mix of two journals.
   */
  static create(dir: string, token: string): JournalWriter {
    const file = path.join(dir, JOURNAL_FILE);
    writeFileAtomic(file, pyJsonLine({ journal: JOURNAL_FORMAT, base: token }) + '\n', true);
    return new JournalWriter(fs.openSync(file, 'a'));
  }

  /** Append one entry: when this returns, a kill of this process no longer loses it. */
  append(entry: JournalEntry): void {
    if (this.fd === null) throw new Error('the run journal is closed');
    const data = Buffer.from(encode(entry), 'utf8');
    let written = 0;
    while (written < data.length) {
      written += fs.writeSync(this.fd, data, written, data.length - written);
    }
    this.bytes += data.length;
    this.unsynced = true;
    if (!this.syncing) this.scheduleSync();
  }

  private scheduleSync(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => this.startSync(), GROUP_COMMIT_MS);
    this.timer.unref();
  }

  /** One fsync, off the event loop, for every line written before it started. */
  private startSync(): void {
    this.timer = null;
    if (this.fd === null || !this.unsynced) return;
    this.unsynced = false;
    this.syncing = true;
    const fd = this.fd;
    fs.fdatasync(fd, () => {
      // A failed fsync leaves the lines written (a kill loses nothing); the
      // snapshot at the next stop is made durable on its own.
      this.syncing = false;
      if (this.closeAfterSync) {
        fs.close(fd, () => {});
        return;
      }
      if (this.unsynced) this.scheduleSync();
    });
  }

  /** Stop appending (a snapshot now holds everything the journal said). */
  close(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    // An fsync still running uses the descriptor: it closes it when it ends.
    if (this.syncing) this.closeAfterSync = true;
    else fs.closeSync(fd);
  }
}

/** Remove the journal beside a snapshot that no longer has one. */
export function removeJournal(dir: string): void {
  fs.rmSync(path.join(dir, JOURNAL_FILE), { force: true });
}

/**
 * The entries of the journal in `dir` that extend the snapshot carrying
 * `token`: none when there is no journal or it belongs to another snapshot.
 * `parse` reads one line's JSON with the run files' number and key rules.
 */
export function readJournal(
  dir: string,
  token: string,
  parse: (text: string) => unknown
): JournalEntry[] {
  const file = path.join(dir, JOURNAL_FILE);
  let text: string;
  try {
    text = readRegularText(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const entries: JournalEntry[] = [];
  let start = 0;
  let line = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    // The text after the last newline is a write a kill cut short.
    if (end < 0) break;
    line++;
    const lineText = text.slice(start, end);
    let doc: unknown;
    try {
      doc = parse(lineText);
    } catch (err) {
      // Zeros where a crash left the file longer than what reached the disk: the journal ends here.
      if (/^\0*$/.test(lineText)) break;
      throw new WorkflowError(
        `corrupt run journal ${file}:${line}: not valid JSON (${(err as Error).message}); ` +
          'remove the file to resume from the last snapshot, which runs again what it recorded'
      );
    }
    start = end + 1;
    if (line === 1) {
      if (!isDict(doc) || doc.journal !== JOURNAL_FORMAT || doc.base !== token) return [];
      continue;
    }
    const entry = decode(doc);
    if (typeof entry === 'string') {
      throw new WorkflowError(`corrupt run journal ${file}:${line}: ${entry}`);
    }
    entries.push(entry);
  }
  return entries;
}

/** The entry a line's JSON says, or why it says none. */
function decode(doc: unknown): JournalEntry | string {
  if (!isDict(doc)) return 'expected a JSON object';
  if ('step' in doc) {
    if (typeof doc.step !== 'string') return `'step' must be a step id`;
    if (!isDict(doc.record))
      return `the record of step ${JSON.stringify(doc.step)} must be an object`;
    if (doc.timing !== undefined && !isDict(doc.timing)) return `'timing' must be an object`;
    const at = decodePosition(doc.at);
    if (typeof at === 'string') return at;
    return {
      kind: 'step',
      stepId: doc.step,
      record: doc.record as StepRecord,
      timing: (doc.timing as StepTiming | undefined) ?? null,
      at
    };
  }
  if ('output' in doc) {
    if (typeof doc.output !== 'string') return `'output' must be a step id`;
    if (!isDict(doc.value))
      return `the output of step ${JSON.stringify(doc.output)} must be an object`;
    return { kind: 'output', stepId: doc.output, output: doc.value };
  }
  if ('reuse' in doc) {
    if (typeof doc.reuse !== 'string') return `'reuse' must be an item id`;
    return { kind: 'reuse', itemId: doc.reuse, entry: doc.entry };
  }
  if ('at' in doc) {
    const at = decodePosition(doc.at);
    return typeof at === 'string' ? at : { kind: 'at', at };
  }
  return 'not an entry this journal writes';
}

function decodePosition(value: unknown): RunPosition | string {
  const bad = `'at' must be [step index, step id or null]`;
  if (!Array.isArray(value) || value.length !== 2) return bad;
  const [index, stepId] = value as unknown[];
  if (!isPyInt(index) || typeof index !== 'number' || index < 0) return bad;
  if (stepId !== null && typeof stepId !== 'string') return bad;
  return [index, stepId];
}
