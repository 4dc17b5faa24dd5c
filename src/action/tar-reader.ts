/**
 * Reading a cache entry's archive ourselves. A cache entry may have been written by any job that
 * ran on this branch or the default branch, so its archive is hostile data: `tar -P` (what the
 * cache client runs) would honour absolute names, `..`, links and devices, and expand a few KB
 * into gigabytes before anything could look at it. This reader only parses: it decompresses as
 * a stream, reports each member, and stops at the first bound crossed, so a caller can check
 * the whole listing before anything is written, and then extract with the same bounds enforced.
 *
 * Formats: ustar with the pax extensions GNU tar writes under `--posix` (what the client uses),
 * plus GNU long names, so archives made by other tars read as well. Anything else (sparse files,
 * multi-volume, unknown member types) is reported as `other` for the caller to refuse.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export type MemberKind =
  'file' | 'directory' | 'symlink' | 'hardlink' | 'device' | 'fifo' | 'other';

export interface TarMember {
  /** The member's name as the archive gives it (pax `path`, GNU long name, or ustar prefix/name). */
  name: string;
  kind: MemberKind;
  /** Bytes of data (files only). */
  size: number;
  /** The target of a symbolic or hard link; empty otherwise. */
  linkName: string;
  /** Permission bits. */
  mode: number;
}

export interface TarLimits {
  /** Total bytes of file data. */
  maxBytes: number;
  /** Members of any kind. */
  maxMembers: number;
}

/** How the archive was compressed: the cache client's method names. */
export type ArchiveCompression = 'gzip' | 'zstd-without-long' | 'zstd';

/** Raised for an archive that is damaged, not a tar, or past a bound. */
export class TarReadError extends Error {
  override readonly name = 'TarReadError';
  constructor(
    message: string,
    /** The member being read when it happened, when there is one. */
    readonly member: string | null,
    readonly overLimit = false,
    /** The data ended early: the decompressor's own failure, if any, is the better report. */
    readonly truncated = false
  ) {
    super(message);
  }
}

/** Reads a member's data, in order, at most once; unread data is skipped. */
export type MemberData = (sink: (chunk: Buffer) => void | Promise<void>) => Promise<void>;

/** Per member: what it is, and (for files) a way to read its data. */
export type MemberVisitor = (member: TarMember, data: MemberData) => void | Promise<void>;

const BLOCK = 512;
/** Bounds for the metadata blocks (pax records, GNU long names) an attacker could inflate. */
const MAX_EXTENDED_HEADER = 1024 * 1024;
const MAX_EXTENDED_TOTAL = 64 * 1024 * 1024;
const READ_PIECE = 1024 * 1024;

/**
 * Decompress `archive` and visit its members in order. Stops at the end-of-archive marker; the
 * decompressor is ended then, or as soon as a bound is crossed, so a bomb costs at most the
 * bounds' worth of work.
 */
export async function readTarArchive(
  archive: string,
  compression: ArchiveCompression,
  limits: TarLimits,
  visit: MemberVisitor
): Promise<void> {
  const stream = decompressed(archive, compression);
  try {
    await readTar(stream.chunks, limits, visit);
  } catch (error) {
    if (error instanceof TarReadError && error.truncated) await stream.finished();
    throw error;
  } finally {
    stream.stop();
  }
  await stream.finished();
}

interface Decompressed {
  chunks: AsyncIterable<Buffer>;
  /** End the decompressor early (it may still be writing). */
  stop(): void;
  /** Resolves once it ended; rejects when it failed before it was stopped. */
  finished(): Promise<void>;
}

function decompressed(archive: string, compression: ArchiveCompression): Decompressed {
  if (compression === 'gzip') {
    const file = createReadStream(archive);
    const gunzip = createGunzip();
    let failure: Error | null = null;
    let stopped = false;
    const fail = (error: Error): void => {
      if (!stopped) failure ??= error;
      gunzip.destroy();
    };
    file.on('error', fail);
    gunzip.on('error', fail);
    file.pipe(gunzip);
    return {
      chunks: guarded(gunzip, () => failure),
      stop: () => {
        stopped = true;
        file.destroy();
        gunzip.destroy();
      },
      finished: async () => {
        if (failure)
          throw new TarReadError(`cannot decompress the archive: ${failure.message}`, null);
      }
    };
  }
  // zstd without --long keeps the decompressor's window (and memory) at its default bound; the
  // client writes zstd-without-long, and an archive that needs more is refused by zstd.
  const args = ['-d', '-c', '-q', ...(compression === 'zstd' ? ['--long=30'] : []), '--', archive];
  const child = spawn('zstd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < 4096) stderr += text;
  });
  let stopped = false;
  let spawnError: Error | null = null;
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      spawnError = error;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  return {
    chunks: guarded(child.stdout, () => spawnError),
    stop: () => {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      // Unread output would hold the 'close' event back.
      child.stdout.destroy();
    },
    finished: async () => {
      const code = await exited;
      if (spawnError) {
        throw new TarReadError(
          `cannot run zstd to decompress the archive: ${(spawnError as Error).message}`,
          null
        );
      }
      if (code !== 0 && !stopped) {
        throw new TarReadError(
          `zstd could not decompress the archive: ${stderr.trim() || `exit code ${code}`}`,
          null
        );
      }
    }
  };
}

async function* guarded(
  source: AsyncIterable<Buffer | string>,
  failure: () => Error | null
): AsyncIterable<Buffer> {
  for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  const error = failure();
  if (error) throw new TarReadError(`cannot decompress the archive: ${error.message}`, null);
}

/** Exact-length reads over a stream of chunks, with a bound on everything read. */
class ByteSource {
  private readonly iterator: AsyncIterator<Buffer>;
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private total = 0;

  constructor(
    source: AsyncIterable<Buffer>,
    private readonly maxTotal: number
  ) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Exactly `n` bytes, or null at a clean end of the stream (nothing left at all). */
  async take(n: number, member: string | null): Promise<Buffer | null> {
    while (this.pendingLength < n) {
      const next = await this.iterator.next();
      if (next.done) {
        if (this.pendingLength === 0) return null;
        throw new TarReadError('the archive ends in the middle of a member', member, false, true);
      }
      this.total += next.value.length;
      if (this.total > this.maxTotal) {
        throw new TarReadError(
          `the archive unpacks to more than ${this.maxTotal} bytes`,
          member,
          true
        );
      }
      this.pending.push(next.value);
      this.pendingLength += next.value.length;
    }
    const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    const result = all.subarray(0, n);
    const rest = all.subarray(n);
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingLength = rest.length;
    return result;
  }

  async must(n: number, member: string | null): Promise<Buffer> {
    const bytes = await this.take(n, member);
    if (bytes === null)
      throw new TarReadError('the archive ends in the middle of a member', member);
    return bytes;
  }
}

interface Extended {
  path?: string;
  linkpath?: string;
  size?: number;
}

async function readTar(
  chunks: AsyncIterable<Buffer>,
  limits: TarLimits,
  visit: MemberVisitor
): Promise<void> {
  // Data, a header per member plus up to three metadata members each, their padding, and the
  // metadata itself: anything beyond is not an archive within the bounds.
  const maxRaw = limits.maxBytes + (limits.maxMembers + 1) * 8 * BLOCK + MAX_EXTENDED_TOTAL;
  const source = new ByteSource(chunks, maxRaw);
  let members = 0;
  let dataBytes = 0;
  let extendedBytes = 0;
  let local: Extended = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  let last: string | null = null;

  for (;;) {
    const header = await source.take(BLOCK, last);
    if (header === null) {
      throw new TarReadError('the archive has no end-of-archive marker', last, false, true);
    }
    if (header.every((b) => b === 0)) return;
    verifyChecksum(header, last);
    const typeflag = String.fromCharCode(header[156]);
    const size = numberField(header, 124, 12, last);
    const padded = Math.ceil(size / BLOCK) * BLOCK;

    if ('xgLK'.includes(typeflag)) {
      // Metadata for the next member (or, for `g`, all that follow).
      if (size > MAX_EXTENDED_HEADER) {
        throw new TarReadError(`an extended header of ${size} bytes is too large`, last, true);
      }
      extendedBytes += size;
      if (extendedBytes > MAX_EXTENDED_TOTAL) {
        throw new TarReadError('the archive holds too much extended metadata', last, true);
      }
      const data = (await source.must(padded, last)).subarray(0, size);
      if (typeflag === 'x') local = { ...local, ...parsePax(data, last) };
      else if (typeflag === 'g') {
        const global = parsePax(data, last);
        if (
          global.path !== undefined ||
          global.linkpath !== undefined ||
          global.size !== undefined
        ) {
          // Applying names to every later member is a way to rename what a listing shows.
          throw new TarReadError('a global header sets member names or sizes', last);
        }
      } else if (typeflag === 'L') longName = textField(data, 0, data.length, last);
      else longLink = textField(data, 0, data.length, last);
      continue;
    }

    const name: string = local.path ?? longName ?? ustarName(header, last);
    const linkName = local.linkpath ?? longLink ?? textField(header, 157, 100, last);
    const dataSize = local.size ?? size;
    local = {};
    longName = undefined;
    longLink = undefined;
    last = name;

    members += 1;
    if (members > limits.maxMembers) {
      throw new TarReadError(
        `the archive holds more than ${limits.maxMembers} members`,
        name,
        true
      );
    }
    const kind = memberKind(typeflag);
    if (kind !== 'file' && dataSize > 0) {
      throw new TarReadError(`a ${kind} member carries ${dataSize} bytes of data`, name);
    }
    if (kind === 'file') {
      dataBytes += dataSize;
      if (dataBytes > limits.maxBytes) {
        throw new TarReadError(
          `the archive's files add up to more than ${limits.maxBytes} bytes`,
          name,
          true
        );
      }
    }
    const member: TarMember = {
      name,
      kind,
      size: kind === 'file' ? dataSize : 0,
      linkName: kind === 'symlink' || kind === 'hardlink' ? linkName : '',
      mode: numberField(header, 100, 8, name) & 0o7777
    };

    let remaining = kind === 'file' ? dataSize : 0;
    const data: MemberData = async (sink) => {
      while (remaining > 0) {
        const piece = await source.must(Math.min(remaining, READ_PIECE), name);
        remaining -= piece.length;
        await sink(piece);
      }
    };
    await visit(member, data);
    while (remaining > 0) {
      const piece = await source.must(Math.min(remaining, READ_PIECE), name);
      remaining -= piece.length;
    }
    const padding = (BLOCK - (dataSize % BLOCK)) % BLOCK;
    if (kind === 'file' && padding > 0) await source.must(padding, name);
  }
}

function memberKind(typeflag: string): MemberKind {
  switch (typeflag) {
    case '0':
    case '\0':
    case '7':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
    case '4':
      return 'device';
    case '5':
      return 'directory';
    case '6':
      return 'fifo';
    default:
      return 'other';
  }
}

function verifyChecksum(header: Buffer, member: string | null): void {
  const recorded = numberField(header, 148, 8, member);
  let unsigned = 0;
  for (let i = 0; i < BLOCK; i++) unsigned += i >= 148 && i < 156 ? 0x20 : header[i];
  if (recorded !== unsigned) {
    throw new TarReadError('a member header is damaged (its checksum does not match)', member);
  }
}

/** An octal field, or GNU's base-256 form for large values. */
function numberField(header: Buffer, start: number, length: number, member: string | null): number {
  const field = header.subarray(start, start + length);
  if (field[0] & 0x80) {
    if (field[0] === 0xff)
      throw new TarReadError('a member header holds a negative number', member);
    let value = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) {
      value = value * 256 + field[i];
      if (!Number.isSafeInteger(value)) {
        throw new TarReadError('a member header holds a number too large to read', member, true);
      }
    }
    return value;
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  if (!/^[0-7]*$/.test(text)) {
    throw new TarReadError('a member header is damaged (a number field is not octal)', member);
  }
  return text === '' ? 0 : parseInt(text, 8);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function textField(buffer: Buffer, start: number, length: number, member: string | null): string {
  const field = buffer.subarray(start, start + length);
  const end = field.indexOf(0);
  try {
    return utf8.decode(end === -1 ? field : field.subarray(0, end));
  } catch {
    throw new TarReadError('a member name is not valid UTF-8', member);
  }
}

function ustarName(header: Buffer, member: string | null): string {
  const name = textField(header, 0, 100, member);
  const magic = header.subarray(257, 262).toString('latin1');
  if (magic !== 'ustar') return name;
  const prefix = textField(header, 345, 155, member);
  return prefix === '' ? name : `${prefix}/${name}`;
}

/** pax records: `<length> <key>=<value>\n`, the length counting the whole record. */
function parsePax(data: Buffer, member: string | null): Extended {
  const result: Extended = {};
  let offset = 0;
  while (offset < data.length) {
    if (data[offset] === 0) break;
    const space = data.indexOf(0x20, offset);
    const lengthText = space === -1 ? '' : data.subarray(offset, space).toString('latin1');
    if (!/^[1-9][0-9]{0,7}$/.test(lengthText)) {
      throw new TarReadError('an extended header is damaged', member);
    }
    const length = Number(lengthText);
    const end = offset + length;
    if (end > data.length || data[end - 1] !== 0x0a) {
      throw new TarReadError('an extended header is damaged', member);
    }
    const record = data.subarray(space + 1, end - 1);
    const equals = record.indexOf(0x3d);
    if (equals <= 0) throw new TarReadError('an extended header is damaged', member);
    const key = record.subarray(0, equals).toString('latin1');
    let value: string;
    try {
      value = utf8.decode(record.subarray(equals + 1));
    } catch {
      throw new TarReadError('an extended header value is not valid UTF-8', member);
    }
    if (key === 'path') result.path = value;
    else if (key === 'linkpath') result.linkpath = value;
    else if (key === 'size') {
      if (!/^[0-9]{1,16}$/.test(value) || !Number.isSafeInteger(Number(value))) {
        throw new TarReadError('an extended header holds an unreadable size', member);
      }
      result.size = Number(value);
    }
    offset = end;
  }
  return result;
}
