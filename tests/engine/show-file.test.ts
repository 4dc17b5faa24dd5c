import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_SHOW_FILE_BYTES,
  MAX_SHOW_FILE_LINE_CHARS,
  MAX_SHOW_FILE_LINES,
  readShowFile,
  stripControl
} from '../../src/engine/show-file.js';
import { makeTempProject, removeTempProjects } from '../support/context.js';

afterAll(removeTempProjects);

describe('stripControl', () => {
  it('removes C0 (line breaks too), DEL and C1 controls, and keeps tabs', () => {
    expect(stripControl('a\x00b\nc\r\td\x1b[31me\x7f\x9bf\x85')).toBe('abc\td[31mef');
  });
});

describe('readShowFile', () => {
  const write = (text: string | Buffer): string => {
    const path = join(makeTempProject(), 'f');
    writeFileSync(path, text);
    return path;
  };

  it('notices an empty file, but shows a lone newline as one empty line', async () => {
    expect(await readShowFile(write(''))).toEqual(['(file is empty)']);
    expect(await readShowFile(write('\n'))).toEqual(['']);
  });

  it('shows at most MAX_SHOW_FILE_LINES lines, noting the cut only when there is more', async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `${i}\n`).join('');
    const exact = await readShowFile(write(lines(MAX_SHOW_FILE_LINES)));
    expect(exact).toHaveLength(MAX_SHOW_FILE_LINES);
    const long = await readShowFile(write(lines(MAX_SHOW_FILE_LINES + 50)));
    expect(long).toHaveLength(MAX_SHOW_FILE_LINES + 1);
    expect(long[MAX_SHOW_FILE_LINES - 1]).toBe(String(MAX_SHOW_FILE_LINES - 1));
    expect(long[MAX_SHOW_FILE_LINES]).toContain(String(MAX_SHOW_FILE_LINES));
  });

  it('splits \\r\\n that straddles a read boundary once', async () => {
    const text = 'a'.repeat(64 * 1024 - 1) + '\r\nb';
    const lines = await readShowFile(write(text));
    expect(lines).toEqual(['a'.repeat(64 * 1024 - 1), 'b']);
  });

  it('keeps a byte-order mark and strips control characters but not tabs', async () => {
    expect(await readShowFile(write('\ufeffhi\x85x\t\x07y'))).toEqual(['\ufeffhix\ty']);
  });

  it('reports unreadable files instead of failing', async () => {
    const [missing] = await readShowFile('/nonexistent/file');
    expect(missing).toMatch(/^\(could not read file: .*ENOENT/);
    const [notUtf8] = await readShowFile(write(Buffer.from([0x61, 0xff, 0x0a])));
    expect(notUtf8).toMatch(/^\(could not read file: /);
    const [directory] = await readShowFile(makeTempProject());
    expect(directory).toMatch(/^\(could not read file: /);
  });

  it('reads at most MAX_SHOW_FILE_BYTES of a huge file without line breaks, cutting the line', async () => {
    const lines = await readShowFile(write(Buffer.alloc(30 * 1024 * 1024, 'a')));
    expect(lines).toEqual([
      'a'.repeat(MAX_SHOW_FILE_LINE_CHARS) +
        `… (line cut at ${MAX_SHOW_FILE_LINE_CHARS} characters)`,
      `… (only the first ${MAX_SHOW_FILE_BYTES / 1024} KiB are shown)`
    ]);
  });

  it('never decodes past MAX_SHOW_FILE_BYTES, dropping a character the budget splits', async () => {
    // Lines of 2 KiB fill the budget before MAX_SHOW_FILE_LINES; 'é' (2 bytes) straddles
    // the budget and an invalid byte after it would fail the read if it were decoded.
    const lineBytes = 2048;
    const count = MAX_SHOW_FILE_BYTES / lineBytes;
    expect(count).toBeLessThan(MAX_SHOW_FILE_LINES);
    const full = `${'x'.repeat(lineBytes - 1)}\n`.repeat(count - 1);
    const last = 'y'.repeat(lineBytes - 1);
    const file = Buffer.concat([Buffer.from(`${full}${last}é`), Buffer.from([0xff, 0x0a])]);
    const lines = await readShowFile(write(file));
    expect(lines).toHaveLength(count + 1);
    expect(lines[count - 2]).toBe('x'.repeat(lineBytes - 1));
    expect(lines[count - 1]).toBe(last);
    expect(lines[count]).toBe(`… (only the first ${MAX_SHOW_FILE_BYTES / 1024} KiB are shown)`);
  });

  it('shows a file of exactly MAX_SHOW_FILE_BYTES whole, without a note', async () => {
    const count = MAX_SHOW_FILE_BYTES / 2048;
    const lines = await readShowFile(write(`${'z'.repeat(2047)}\n`.repeat(count)));
    expect(lines.map((line) => line.length)).toEqual(Array(count).fill(2047));
    expect(lines.every((line) => line === 'z'.repeat(2047))).toBe(true);
  });

  it('cuts an overlong line but keeps the lines after it', async () => {
    const lines = await readShowFile(write(`${'b'.repeat(MAX_SHOW_FILE_LINE_CHARS + 1)}\r\nnext`));
    expect(lines).toEqual([
      'b'.repeat(MAX_SHOW_FILE_LINE_CHARS) +
        `… (line cut at ${MAX_SHOW_FILE_LINE_CHARS} characters)`,
      'next'
    ]);
    const exact = await readShowFile(write(`${'b'.repeat(MAX_SHOW_FILE_LINE_CHARS)}\n`));
    expect(exact).toEqual(['b'.repeat(MAX_SHOW_FILE_LINE_CHARS)]);
  });

  it('splits \\r then \\n in separate reads once, and a lone \\r before other text', async () => {
    const lines = await readShowFile(write(`${'c'.repeat(64 * 1024 - 1)}\r\r\nd\re`));
    expect(lines).toEqual(['c'.repeat(64 * 1024 - 1), '', 'd', 'e']);
  });

  it('gives a notice for a named pipe without waiting for a writer', async () => {
    const fifo = join(makeTempProject(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(await readShowFile(fifo)).toEqual(['(could not read file: a named pipe)']);
  });

  it('gives a notice for a directory or a device', async () => {
    expect(await readShowFile(makeTempProject())).toEqual(['(could not read file: a directory)']);
    expect(await readShowFile('/dev/null')).toEqual(['(could not read file: a device)']);
  });
});
