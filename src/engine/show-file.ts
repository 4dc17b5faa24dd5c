/**
 * What a gate shows of its `show_file`: a bounded read of the file, split into
 * lines the way Python's text mode splits them, with control characters
 * removed. Its own module because the job summary shows the same lines.
 */
import { open } from 'node:fs/promises';
import { isNativeError } from 'node:util/types';
import { NONBLOCKING_READ, nonRegularKind } from './files.js';

/** At most this many lines of `show_file` are shown, so a big file cannot bury the question. */
export const MAX_SHOW_FILE_LINES = 200;

/**
 * Control characters other than tab (C0 including newline, DEL, C1 including
 * CSI), removed from file text and paths before display so they cannot drive
 * the terminal.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

/**
 * At most this many bytes of `show_file` are read: the line cap alone does not
 * bound the work, since one line can be as long as the file.
 */
export const MAX_SHOW_FILE_BYTES = 256 * 1024;
/**
 * A longer line is cut here (with a note). Generous, so that what a person
 * wrote in a spec is shown whole, as the reference shows it.
 */
export const MAX_SHOW_FILE_LINE_CHARS = 64 * 1024;
const READ_CHUNK_BYTES = 64 * 1024;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Collects lines from text that arrives in pieces. Each piece is scanned once;
 * the line being built keeps at most MAX_SHOW_FILE_LINE_CHARS characters.
 */
class LineCollector {
  readonly lines: string[] = [];
  /** More lines follow than MAX_SHOW_FILE_LINES allows. */
  moreLines = false;
  private current = '';
  private currentCut = false;
  /** The last piece ended in \r, so a \n opening the next piece belongs to it. */
  private afterCarriageReturn = false;

  add(text: string): void {
    let from = 0;
    if (this.afterCarriageReturn && text.startsWith('\n')) from = 1;
    this.afterCarriageReturn = false;
    LINE_BREAK.lastIndex = from;
    for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
      this.append(text.slice(from, match.index));
      this.endLine();
      if (this.moreLines) return;
      from = match.index + match[0].length;
      this.afterCarriageReturn = match[0] === '\r' && from === text.length;
    }
    this.append(text.slice(from));
  }

  /** The end of what is read: a last line without a line break still counts. */
  finish(): void {
    if (this.current !== '' || this.currentCut) this.endLine();
  }

  private append(piece: string): void {
    if (this.currentCut || piece === '') return;
    const room = MAX_SHOW_FILE_LINE_CHARS - this.current.length;
    if (piece.length > room) {
      this.current += piece.slice(0, room);
      this.currentCut = true;
    } else {
      this.current += piece;
    }
  }

  private endLine(): void {
    if (this.lines.length >= MAX_SHOW_FILE_LINES) {
      this.moreLines = true;
      return;
    }
    const note = this.currentCut ? `… (line cut at ${MAX_SHOW_FILE_LINE_CHARS} characters)` : '';
    this.lines.push(stripControl(this.current) + note);
    this.current = '';
    this.currentCut = false;
  }
}

/**
 * The lines of `path` to show: at most MAX_SHOW_FILE_LINES from the first
 * MAX_SHOW_FILE_BYTES, control characters stripped, or a one-line notice when
 * the file is empty, is not a regular file (a FIFO would block, a device may
 * never end) or cannot be read. Lines end at \n, \r\n or \r, as in Python's
 * text mode.
 */
export async function readShowFile(path: string): Promise<string[]> {
  const collector = new LineCollector();
  let moreBytes = false;
  try {
    const handle = await open(path, NONBLOCKING_READ);
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return [`(could not read file: ${nonRegularKind(stats)})`];
      const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      // One byte past the budget is read (never shown) to learn whether there is more.
      const buffer = Buffer.alloc(READ_CHUNK_BYTES);
      let total = 0;
      for (;;) {
        const want = Math.min(buffer.length, MAX_SHOW_FILE_BYTES + 1 - total);
        const { bytesRead } = await handle.read(buffer, 0, want, null);
        if (bytesRead === 0) {
          collector.add(decoder.decode());
          break;
        }
        const kept = Math.min(bytesRead, MAX_SHOW_FILE_BYTES - total);
        total += bytesRead;
        // A character split by the budget is dropped rather than decoded as an error.
        collector.add(decoder.decode(buffer.subarray(0, kept), { stream: true }));
        if (collector.moreLines) break;
        if (total > MAX_SHOW_FILE_BYTES) {
          moreBytes = true;
          break;
        }
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    const reason = isNativeError(error) ? error.message : String(error);
    return [stripControl(`(could not read file: ${reason})`)];
  }
  if (!collector.moreLines) collector.finish();
  const lines = collector.lines;
  if (lines.length === 0) return ['(file is empty)'];
  if (collector.moreLines) {
    lines.push(`… (only the first ${MAX_SHOW_FILE_LINES} lines are shown)`);
  } else if (moreBytes) {
    lines.push(`… (only the first ${MAX_SHOW_FILE_BYTES / 1024} KiB are shown)`);
  }
  return lines;
}
