/**
 * The tar reader on archives made by the real GNU tar (pax as the cache client writes, GNU and
 * ustar as other tars do), compressed with the real zstd and gzip; and on damaged ones.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  readTarArchive,
  TarReadError,
  type ArchiveCompression,
  type TarLimits,
  type TarMember
} from '../../src/action/tar-reader.js';
import { makeArchive, setDeclaredSize } from '../support/archives.js';

let dir: string;
let build: string;
const LIMITS: TarLimits = { maxBytes: 1024 ** 3, maxMembers: 1000 };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tar-reader-'));
  build = join(dir, 'build');
  mkdirSync(build);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function archiveFile(bytes: Buffer, name = 'a.bin'): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function read(
  file: string,
  compression: ArchiveCompression = 'zstd-without-long',
  limits = LIMITS
): Promise<{ members: TarMember[]; data: Record<string, string> }> {
  const members: TarMember[] = [];
  const data: Record<string, string> = {};
  await readTarArchive(file, compression, limits, async (member, read) => {
    members.push(member);
    if (member.kind === 'file') {
      const chunks: Buffer[] = [];
      await read((chunk) => void chunks.push(chunk));
      data[member.name] = Buffer.concat(chunks).toString('utf8');
    }
  });
  return { members, data };
}

const longName = `specs/${'d'.repeat(120)}/${'n'.repeat(150)}.md`;

function populate(): void {
  mkdirSync(join(build, 'specs', 'd'.repeat(120)), { recursive: true });
  writeFileSync(join(build, 'specs/a.md'), 'alpha');
  writeFileSync(join(build, longName), 'long');
  symlinkSync('a.md', join(build, 'specs/link'));
  writeFileSync(join(build, 'specs/run.sh'), '#!/bin/sh\n', { mode: 0o755 });
}

describe('formats', () => {
  it.each([
    ['pax (what the cache client writes), zstd', [] as string[], 'zstd'],
    ['GNU long names, gzip', ['--format=gnu'], 'gzip'],
    ['ustar prefix/name, zstd', ['--format=ustar'], 'zstd']
  ] as const)('reads %s', async (_name, options, compression) => {
    populate();
    // ustar cannot hold the long name at all.
    if (options[0] === '--format=ustar')
      rmSync(join(build, 'specs', 'd'.repeat(120)), { recursive: true });
    const file = archiveFile(
      makeArchive(build, ['specs'], {
        tarOptions: ['--sort=name', ...options],
        compression
      })
    );
    const { members, data } = await read(
      file,
      compression === 'gzip' ? 'gzip' : 'zstd-without-long'
    );
    const byName = new Map(members.map((m) => [m.name.replace(/\/$/, ''), m]));
    expect(data['specs/a.md']).toBe('alpha');
    expect(byName.get('specs/link')).toMatchObject({ kind: 'symlink', linkName: 'a.md', size: 0 });
    expect(byName.get('specs')).toMatchObject({ kind: 'directory' });
    expect(byName.get('specs/run.sh')!.mode & 0o111).not.toBe(0);
    if (options[0] !== '--format=ustar') expect(data[longName]).toBe('long');
  });
});

describe('damage and bounds', () => {
  function simple(): Buffer {
    writeFileSync(join(build, 'a.md'), 'x'.repeat(3000));
    writeFileSync(join(build, 'b.md'), 'y');
    return makeArchive(build, ['a.md', 'b.md'], { tarOptions: ['--sort=name'] });
  }

  function rawTar(): Buffer {
    writeFileSync(join(build, 'a.md'), 'x'.repeat(3000));
    writeFileSync(join(build, 'b.md'), 'y');
    return execFileSync('tar', ['--posix', '-cf', '-', '--sort=name', 'a.md', 'b.md'], {
      cwd: build
    });
  }

  function zstd(tar: Buffer): string {
    return archiveFile(execFileSync('zstd', ['-q', '-c'], { input: tar }));
  }

  it('refuses a header whose checksum does not match', async () => {
    const tar = rawTar();
    tar[512 * 2 + 1] ^= 0x01; // a byte of a.md's own header (after its pax header and data)
    await expect(read(zstd(tar))).rejects.toThrow(/checksum does not match/);
  });

  it('refuses an archive cut short, and one that is not zstd at all', async () => {
    const tar = rawTar();
    await expect(read(zstd(tar.subarray(0, 2048)))).rejects.toThrow(
      /ends in the middle of a member|no end-of-archive marker/
    );
    await expect(read(archiveFile(Buffer.from('not an archive')))).rejects.toThrow(
      /zstd could not decompress/
    );
  });

  it('stops at the member that crosses a bound, naming it', async () => {
    const file = archiveFile(simple());
    await expect(
      read(file, 'zstd-without-long', { maxBytes: 2000, maxMembers: 10 })
    ).rejects.toMatchObject({
      member: 'a.md',
      overLimit: true,
      message: expect.stringMatching(/more than 2000 bytes/)
    });
    await expect(
      read(file, 'zstd-without-long', { maxBytes: 10_000, maxMembers: 1 })
    ).rejects.toMatchObject({
      member: 'b.md',
      overLimit: true
    });
  });

  it('refuses an oversized extended header (a metadata bomb)', async () => {
    // The first block is a.md's pax header: declare 2 MiB of metadata behind it.
    const tar = rawTar();
    expect(String.fromCharCode(tar[156])).toBe('x');
    setDeclaredSize(tar, 0, 2 * 1024 * 1024);
    const bomb = Buffer.concat([tar.subarray(0, 512), Buffer.alloc(2 * 1024 * 1024 + 1024)]);
    await expect(read(zstd(bomb))).rejects.toThrow(/extended header of 2097152 bytes is too large/);
  });

  it('reads member data exactly, and skips what the visitor does not read', async () => {
    const file = archiveFile(simple());
    const names: string[] = [];
    await readTarArchive(
      file,
      'zstd-without-long',
      LIMITS,
      (member) => void names.push(member.name)
    );
    expect(names).toEqual(['a.md', 'b.md']);
    expect((await read(file)).data).toEqual({ 'a.md': 'x'.repeat(3000), 'b.md': 'y' });
  });

  it('is a TarReadError for every refusal', async () => {
    const error = await read(archiveFile(Buffer.from('x'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TarReadError);
  });

  it('reads the archive the real client wrote in another test file format (sanity: gzip)', async () => {
    writeFileSync(join(build, 'a.md'), 'gz');
    const file = archiveFile(makeArchive(build, ['a.md'], { compression: 'gzip' }));
    expect((await read(file, 'gzip')).data).toEqual({ 'a.md': 'gz' });
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });
});
