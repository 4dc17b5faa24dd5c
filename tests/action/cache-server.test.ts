/**
 * The stand-in cache service, exercised with the real @actions/cache client (v2 protocol), so
 * the protocol details it relies on are checked against the code that ships.
 */
import * as cache from '@actions/cache';
import { BlockBlobClient } from '@azure/storage-blob';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  captureStdout,
  openCacheTestBed,
  type CacheServer,
  type CacheTestBed
} from '../support/cache-server.js';

let server: CacheServer;
let scratch: string;
let workspace: string;
let bed: CacheTestBed;
let output: ReturnType<typeof captureStdout>;
const originalCwd = process.cwd();

beforeEach(async () => {
  bed = await openCacheTestBed('cache-server-test-', (scratch: string) => ({
    GITHUB_WORKSPACE: join(scratch, 'workspace')
  }));
  ({ server, scratch, output } = bed);
  workspace = join(scratch, 'workspace');
  mkdirSync(workspace);
  process.chdir(workspace);
});

afterEach(async () => {
  process.chdir(originalCwd);
  await bed.close();
});

function writeTree(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(workspace, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
}

function wipeWorkspace(): void {
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace);
}

async function saveFiles(key: string, files: Record<string, string>, paths = ['data']) {
  writeTree(files);
  const id = await cache.saveCache(paths, key);
  wipeWorkspace();
  return id;
}

async function twirp(method: string, body: unknown, token = server.token) {
  const response = await fetch(
    `${server.url}twirp/github.actions.results.api.v1.CacheService/${method}`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body)
    }
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('save and restore with the real client', () => {
  it('round-trips files through create, single-shot upload, finalize, lookup and download', async () => {
    const id = await saveFiles('k-1', { 'data/a.txt': 'alpha', 'data/sub/b.txt': 'beta' });
    expect(id).toBeGreaterThan(0);
    expect(server.entries()).toEqual([
      expect.objectContaining({ id, key: 'k-1', finalized: true })
    ]);
    expect(server.requests().map((r) => [r.kind, r.status])).toEqual([
      ['CreateCacheEntry', 200],
      ['PutBlob', 201],
      ['FinalizeCacheEntryUpload', 200]
    ]);

    expect(await cache.restoreCache(['data'], 'k-1')).toBe('k-1');
    expect(readFileSync(join(workspace, 'data/a.txt'), 'utf8')).toBe('alpha');
    expect(readFileSync(join(workspace, 'data/sub/b.txt'), 'utf8')).toBe('beta');
    expect(server.countRequests('GetCacheEntryDownloadURL')).toBe(1);
    expect(server.countRequests('GetBlob')).toBe(1);
  });

  it('refuses a second save of the same key: saveCache returns -1 without throwing', async () => {
    await saveFiles('k-1', { 'data/a.txt': 'first' });
    const second = await saveFiles('k-1', { 'data/a.txt': 'second' });
    expect(second).toBe(-1);
    expect(server.entries()).toHaveLength(1);
    const creates = server.requests().filter((r) => r.kind === 'CreateCacheEntry');
    expect(creates.map((r) => r.status)).toEqual([200, 409]);
    expect(server.countRequests('PutBlob')).toBe(1);
    expect(output.text()).toContain('(409) Conflict');

    expect(await cache.restoreCache(['data'], 'k-1')).toBe('k-1');
    expect(readFileSync(join(workspace, 'data/a.txt'), 'utf8')).toBe('first');
  });

  it('allows the same key with another version (other paths)', async () => {
    await saveFiles('k-1', { 'data/a.txt': 'one' });
    expect(await saveFiles('k-1', { 'other/a.txt': 'two' }, ['other'])).toBeGreaterThan(0);
    expect(server.entries()).toHaveLength(2);
  });
});

describe('restore matching', () => {
  it('prefers an exact key over a newer entry that merely starts with it', async () => {
    await saveFiles('run-1', { 'data/v.txt': 'exact' });
    await saveFiles('run-10', { 'data/v.txt': 'longer, newer' });
    expect(await cache.restoreCache(['data'], 'run-1')).toBe('run-1');
    expect(readFileSync(join(workspace, 'data/v.txt'), 'utf8')).toBe('exact');
  });

  it('returns the newest entry whose key starts with the primary key', async () => {
    await saveFiles('run-a', { 'data/v.txt': 'a' });
    await saveFiles('run-c', { 'data/v.txt': 'c' });
    await saveFiles('run-b', { 'data/v.txt': 'b' });
    expect(await cache.restoreCache(['data'], 'run-')).toBe('run-b');
    expect(readFileSync(join(workspace, 'data/v.txt'), 'utf8')).toBe('b');
  });

  it('tries restore keys in order, each exact first then by prefix', async () => {
    await saveFiles('x-1', { 'data/v.txt': 'x1' });
    await saveFiles('y-1', { 'data/v.txt': 'y1' });
    await saveFiles('y-2', { 'data/v.txt': 'y2' });
    expect(await cache.restoreCache(['data'], 'nothing', ['missing-', 'y-1', 'x-'])).toBe('y-1');
    expect(await cache.restoreCache(['data'], 'nothing', ['y-', 'x-'])).toBe('y-2');
    expect(await cache.restoreCache(['data'], 'nothing', ['x-', 'y-'])).toBe('x-1');
  });

  it('only matches entries of the same version (same paths)', async () => {
    await saveFiles('k', { 'data/v.txt': 'v' });
    expect(await cache.restoreCache(['elsewhere'], 'k')).toBeUndefined();
    expect(server.countRequests('GetBlob')).toBe(0);
  });

  it('does not show an entry before it is finalized', async () => {
    await saveFiles('done', { 'data/v.txt': 'v' });
    const { version } = server.entries()[0];
    const created = await twirp('CreateCacheEntry', { key: 'pending', version });
    expect(created.status).toBe(200);
    expect(await cache.restoreCache(['data'], 'pending')).toBeUndefined();
    expect(await cache.restoreCache(['data'], 'nothing', ['pending', 'done'])).toBe('done');
  });

  it('reports a miss as undefined and never downloads', async () => {
    expect(await cache.restoreCache(['data'], 'absent')).toBeUndefined();
    expect(server.requests().map((r) => [r.kind, r.status])).toEqual([
      ['GetCacheEntryDownloadURL', 200]
    ]);
  });
});

describe('test helpers', () => {
  it('corruptEntry makes the client fail to unpack; it warns and reports a miss', async () => {
    await saveFiles('k', { 'data/v.txt': 'v' });
    server.corruptEntry('k');
    expect(await cache.restoreCache(['data'], 'k')).toBeUndefined();
    expect(output.text()).toMatch(/::warning::Failed to restore/);
    expect(existsSync(join(workspace, 'data'))).toBe(false);
  });

  it('seedEntry adds a finalized entry the client can restore', async () => {
    await saveFiles('original', { 'data/v.txt': 'seeded' });
    const [entry] = server.entries();
    server.seedEntry({ key: 'copy', version: entry.version, data: server.blob('original')! });
    expect(await cache.restoreCache(['data'], 'copy')).toBe('copy');
    expect(readFileSync(join(workspace, 'data/v.txt'), 'utf8')).toBe('seeded');
  });
});

describe('protocol edges', () => {
  it('rejects twirp calls without the runtime token', async () => {
    const response = await twirp('CreateCacheEntry', { key: 'k', version: 'v' }, 'wrong');
    expect(response).toEqual({
      status: 401,
      body: { code: 'unauthenticated', msg: expect.any(String) }
    });
    expect(server.entries()).toHaveLength(0);
  });

  it('refuses to finalize an entry whose uploaded size differs', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'k', version: 'v' });
    const upload = String(created.body.signed_upload_url);
    const put = await fetch(upload, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: 'four'
    });
    expect(put.status).toBe(201);
    const wrong = await twirp('FinalizeCacheEntryUpload', {
      key: 'k',
      version: 'v',
      size_bytes: '5'
    });
    expect(wrong.status).toBe(400);
    const right = await twirp('FinalizeCacheEntryUpload', {
      key: 'k',
      version: 'v',
      size_bytes: '4'
    });
    expect(right).toEqual({ status: 200, body: { ok: true, entry_id: '1' } });
    const again = await fetch(upload, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: 'more'
    });
    expect(again.status).toBe(409);
  });

  it('serves the block upload the Azure SDK uses for large archives', async () => {
    // The client switches to Put Block / Put Block List above 128 MiB; the same SDK call with a
    // lower single-shot limit takes that path without a 128 MiB fixture.
    const created = await twirp('CreateCacheEntry', { key: 'big', version: 'v' });
    const file = join(scratch, 'archive.bin');
    const content = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
    writeFileSync(file, content);
    const client = new BlockBlobClient(String(created.body.signed_upload_url));
    await client.uploadFile(file, { blockSize: 1024, maxSingleShotSize: 1024, concurrency: 3 });
    expect(server.countRequests('PutBlock')).toBe(10);
    expect(server.countRequests('PutBlockList')).toBe(1);
    expect(server.countRequests('PutBlob')).toBe(0);
    expect(server.blob('big')).toEqual(content);
  });

  it('answers HEAD and ranged GET on the download URL, and checks its signature', async () => {
    await saveFiles('k', { 'data/v.txt': 'v' });
    const { version, size } = server.entries()[0];
    const found = await twirp('GetCacheEntryDownloadURL', { key: 'k', version });
    const url = String(found.body.signed_download_url);
    expect(found.body).toMatchObject({ ok: true, matched_key: 'k' });

    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(size));

    const ranged = await fetch(url, { headers: { 'x-ms-range': 'bytes=2-5' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 2-5/${size}`);
    expect(Buffer.from(await ranged.arrayBuffer())).toEqual(server.blob('k')!.subarray(2, 6));

    const forged = await fetch(url.replace(/sig=[^&]+/, 'sig=forged'));
    expect(forged.status).toBe(403);
  });
});
