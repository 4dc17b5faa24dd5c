/**
 * Cache entry archives made the way an attacker would: with the real GNU tar (`--posix`, as the
 * cache client writes them, plus `-P` and `--transform` to give members any name) and zstd.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs';
import { join } from 'node:path';

export interface ArchiveOptions {
  /** Extra tar options (for example a `--transform`), before the member list. */
  tarOptions?: string[];
  /** `gzip` makes a .tgz instead (what the client writes when zstd is missing). */
  compression?: 'zstd' | 'gzip';
  /** Write to this file instead of returning the bytes (for archives too big to hold). */
  output?: string;
}

/** A tar of `members` (paths relative to `dir`, or absolute), compressed. */
export function makeArchive(dir: string, members: string[], options: ArchiveOptions = {}): Buffer {
  const output = options.output ?? join(dir, '..', `archive-${process.pid}-${Date.now()}.bin`);
  const tarFile = `${output}.tar`;
  const into = (file: string, run: (fd: number) => void): void => {
    const fd = openSync(file, 'w');
    try {
      run(fd);
    } finally {
      closeSync(fd);
    }
  };
  into(tarFile, (fd) =>
    execFileSync('tar', ['--posix', '-P', '-cf', '-', ...(options.tarOptions ?? []), ...members], {
      cwd: dir,
      stdio: ['ignore', fd, 'inherit']
    })
  );
  into(output, (fd) =>
    execFileSync(options.compression === 'gzip' ? 'gzip' : 'zstd', ['-q', '-c', tarFile], {
      stdio: ['ignore', fd, 'inherit']
    })
  );
  rmSync(tarFile);
  return options.output ? Buffer.alloc(0) : readFileSync(output);
}

/**
 * A size bomb as an attacker makes one: a real tar whose last member (`bomb`, an empty file in
 * `dir`) is declared `size` bytes long, followed by that many zeros, compressed with zstd. The
 * tar file is extended sparsely, so making a 2 GiB bomb costs well under a second and no disk.
 */
export function makeSizeBomb(
  dir: string,
  members: string[],
  bomb: string,
  size: number,
  output: string
): void {
  const tarFile = `${output}.tar`;
  execFileSync('tar', ['--posix', '-cf', tarFile, ...members, bomb], { cwd: dir });
  const bytes = readFileSync(tarFile);
  // The header of the last member: the 512-byte block whose name field is the bomb's name.
  let at = -1;
  for (let offset = 0; offset + 512 <= bytes.length; offset += 512) {
    const name = bytes
      .subarray(offset, offset + 100)
      .toString('latin1')
      .replace(/\0.*$/s, '');
    if (name === bomb && bytes[offset + 156] === 0x30) at = offset;
  }
  if (at < 0) throw new Error(`no header for ${bomb}`);
  setDeclaredSize(bytes, at, size);
  const start = bytes.subarray(0, at + 512);
  writeFileSync(tarFile, start);
  truncateSync(tarFile, start.length + size + 1024);
  execFileSync('zstd', ['-q', '-1', '-f', '-o', output, tarFile]);
  rmSync(tarFile);
}

/** Change the size a tar header (at `offset`) declares, keeping its checksum valid. */
export function setDeclaredSize(tar: Buffer, offset: number, size: number): void {
  const header = tar.subarray(offset, offset + 512);
  header.write(size.toString(8).padStart(11, '0') + '\0', 124, 'latin1');
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
}

/** Unpack a zstd archive (a genuine entry's bytes) into a fresh folder under `parent`. */
export function unpackArchive(bytes: Buffer, parent: string): string {
  const into = mkdtempSync(join(parent, 'unpacked-'));
  execFileSync('tar', ['-xf', '-'], {
    cwd: into,
    input: execFileSync('zstd', ['-q', '-d', '-c'], { input: bytes, maxBuffer: 1024 ** 3 })
  });
  return into;
}
