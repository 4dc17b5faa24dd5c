/**
 * The run folder's file I/O. Writing: atomically (temp file and rename), durably where asked.
 * Reading a file of a run or a workflow that someone else may have placed: a FIFO would block the
 * read forever and a device (a link to /dev/zero) never end, so the file is opened without
 * blocking and refused unless it is a regular file within a size bound.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { WorkflowError } from './types.js';

/** Far above any run's state or workflow, far below what Node can hold as one string. */
export const MAX_READ_BYTES = 256 * 1024 * 1024;

/**
 * Flags for reading a file someone else may have placed: non-blocking, so opening a FIFO returns
 * at once and fstat can turn it away (Windows has no such flag, nor FIFOs that open() would
 * wait on).
 */
export const NONBLOCKING_READ = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** What a path is when it is not a regular file ("a named pipe"), for messages and notices. */
export function nonRegularKind(stats: fs.Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Refuse `file` unless `stats` (best from fstat of the open descriptor, so the
 * check is of what is read) say it is a regular file: a WorkflowError
 * "cannot <doing> <file>: it is a named pipe".
 */
export function requireRegularFile(stats: fs.Stats, file: string, doing = 'read'): void {
  if (!stats.isFile())
    throw new WorkflowError(`cannot ${doing} ${file}: it is ${nonRegularKind(stats)}`);
}

/**
 * The bytes of `file`, which must be a regular file of at most `maxBytes`. A missing file
 * throws the usual ENOENT error (callers word that case themselves); anything else that is
 * wrong is a WorkflowError naming the file.
 */
export function readRegularFile(file: string, maxBytes = MAX_READ_BYTES): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, NONBLOCKING_READ);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
    throw new WorkflowError(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    const stats = fs.fstatSync(fd);
    requireRegularFile(stats, file);
    if (stats.size > maxBytes) {
      throw new WorkflowError(
        `cannot read ${file}: it is ${stats.size} bytes, more than the ${maxBytes} this reads`
      );
    }
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** `readRegularFile` as UTF-8 text. */
export function readRegularText(file: string, maxBytes = MAX_READ_BYTES): string {
  return readRegularFile(file, maxBytes).toString('utf8');
}

/**
 * Write a file atomically: a temp file beside it, then rename over it. With
 * `durable`, the content and the rename are also made to survive a crash of
 * the machine before this returns.
 */
export function writeFileAtomic(file: string, content: string, durable = false): void {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(3).toString('hex')}.tmp`
  );
  try {
    if (durable) {
      const fd = fs.openSync(tmp, 'w');
      try {
        fs.writeFileSync(fd, content, 'utf8');
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    } else fs.writeFileSync(tmp, content, 'utf8');
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  if (durable) syncDirectory(path.dirname(file));
}

/** Make a rename or an unlink in `dir` survive a crash (where the platform can). */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, fs.constants.O_RDONLY);
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for this; its renames need no such step.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
