/**
 * A distributed fan-out's shard results in the Actions cache: the real @actions/cache client
 * against the stand-in service, as in cache-store.test.ts. Hostile entries are made with the
 * real tar and zstd (tests/support/archives.ts) and seeded as another job could.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  buildSaveKey,
  buildShardKey,
  parseSaveKey,
  parseShardKey,
  restorePrefix,
  shardRestorePrefix,
  validateRunId
} from '../../src/action/cache-keys.js';
import {
  ActionsCacheRunStore,
  DisabledRunStateStore,
  RunCacheError,
  restoreRunFromCache,
  saveRunToCache
} from '../../src/action/cache-store.js';
import {
  restoreShardFromCache,
  saveShardToCache,
  shardFolder,
  type SaveShardRequest,
  type ShardLocation
} from '../../src/action/shard-store.js';
import { makeArchive, unpackArchive } from '../support/archives.js';
import { openCacheTestBed, type CacheServer, type CacheTestBed } from '../support/cache-server.js';
import { fileTree } from '../support/file-tree.js';

let server: CacheServer;
let scratch: string;
let root: string;
let other: string;
let staging: string;
let build: string;
let bed: CacheTestBed;

const RUN = 'r1';
const DIST = 'd7';
const KEY = 'correct horse battery staple';

beforeEach(async () => {
  bed = await openCacheTestBed('shard-store-test-', () => ({ GITHUB_WORKSPACE: undefined }));
  ({ server, scratch } = bed);
  root = join(scratch, 'project');
  other = join(scratch, 'gather');
  staging = join(scratch, 'staging');
  build = join(scratch, 'build');
  for (const dir of [root, other, staging, build]) mkdirSync(dir);
});

afterEach(() => bed.close());

function write(base: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(base, rel, '..'), { recursive: true });
    writeFileSync(join(base, rel), content);
  }
}

/** A shard folder as a shard job leaves it; `doc` replaces fields of its shard.json. */
function writeShard(
  shard: number,
  patches: Record<number, string> = { 0: `patch of shard ${shard}\n` },
  doc: Record<string, unknown> = {},
  base = root
): string {
  const folder = shardFolder(RUN, DIST, shard);
  write(base, {
    [`${folder}/shard.json`]: JSON.stringify({
      run_id: RUN,
      distribution_id: DIST,
      shard,
      items: Object.keys(patches).map(Number),
      updated_at: `2030-01-01T00:00:${String(shard).padStart(2, '0')}Z`,
      ...doc
    }),
    ...Object.fromEntries(
      Object.entries(patches).map(([index, text]) => [`${folder}/item-${index}.patch`, text])
    )
  });
  return folder;
}

const saveRequest = (
  shard: number,
  overrides: Partial<SaveShardRequest> = {}
): SaveShardRequest => ({
  root,
  prefix: 'specflow',
  runId: RUN,
  distributionId: DIST,
  shard,
  githubRunId: '1001',
  attempt: '1',
  ...overrides
});

const restoreRequest = (shard: number, overrides: Partial<ShardLocation> = {}): ShardLocation => ({
  root: other,
  prefix: 'specflow',
  runId: RUN,
  distributionId: DIST,
  shard,
  tempDir: staging,
  ...overrides
});

async function expectCacheError(promise: Promise<unknown>, reason: string, message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(RunCacheError);
  expect(error).toMatchObject({ reason, message: expect.stringMatching(message) });
  return error as RunCacheError;
}

/** The restore is refused with `pattern`, naming the entry, and the gather project is untouched. */
async function expectRefused(
  reason: string,
  key: string,
  pattern: RegExp,
  request: ShardLocation = restoreRequest(1)
) {
  write(other, { 'README.md': 'the checkout' });
  const before = fileTree(other);
  const error = await expectCacheError(restoreShardFromCache(request), reason, pattern);
  expect(error.message).toMatch(new RegExp(`^the cache entry ${key.replace(/[.]/g, '\\.')} `));
  expect(fileTree(other)).toEqual(before);
  expect(fileTree(staging)).toEqual({});
}

/** Seed an archive as the newest save of shard `shard`, with the version of a genuine entry. */
function seed(archive: Buffer, version: string, shard = 1): string {
  const key = `${shardRestorePrefix('specflow', RUN, DIST, shard)}6666.1.${Date.now() + 1000}`;
  server.seedEntry({ key, version, data: archive });
  return key;
}

/** A genuine save of shard 1 (for the version hostile entries need); the project wiped after. */
async function genuineSave(overrides: Partial<SaveShardRequest> = {}) {
  writeShard(1);
  const saved = await saveShardToCache(saveRequest(1, overrides));
  expect(saved.saved).toBe(true);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root);
  const entry = server.entries().find((e) => e.key === saved.key)!;
  return { key: saved.key, version: entry.version };
}

describe('keys', () => {
  it('keeps the shard folder outside the run folder', () => {
    expect(shardFolder('r1', 'd7', 3)).toBe('.specify/workflows/shards/r1/d7-3');
    expect(shardFolder('r1', 'd7', 3).startsWith('.specify/workflows/runs/')).toBe(false);
  });

  it('closes the run id with a character no run id contains', () => {
    expect(() => validateRunId('a~b')).toThrow(/invalid run id/);
    const key = buildShardKey({
      prefix: 'specflow',
      runId: 'ab',
      distributionId: 'd7',
      shard: 1,
      githubRunId: '123',
      attempt: '2',
      sequence: 9
    });
    expect(key).toBe('specflow-ab~shard~d7~1.123.2.9');
    expect(parseShardKey(key, 'specflow', 'ab', 'd7', 1)).toEqual({
      prefix: 'specflow',
      runId: 'ab',
      distributionId: 'd7',
      shard: 1,
      githubRunId: '123',
      attempt: '2',
      sequence: 9
    });
    // Never a run's key, nor found by a run's restore prefix; and the other way round.
    expect(key.startsWith(restorePrefix('specflow', 'ab'))).toBe(false);
    expect(parseSaveKey(key, 'specflow', 'ab')).toBeUndefined();
    const runKey = buildSaveKey({
      prefix: 'specflow',
      runId: 'ab',
      workflowId: 'shard',
      githubRunId: '123',
      attempt: '2',
      sequence: 9
    });
    expect(runKey.startsWith(shardRestorePrefix('specflow', 'ab', 'd7', 1))).toBe(false);
    expect(parseShardKey(runKey, 'specflow', 'ab', 'd7', 1)).toBeUndefined();
    // Shard 1 never matches shard 10, nor another distribution or run.
    const ten = key.replace('~1.', '~10.');
    expect(ten.startsWith(shardRestorePrefix('specflow', 'ab', 'd7', 1))).toBe(false);
    expect(parseShardKey(ten, 'specflow', 'ab', 'd7', 1)).toBeUndefined();
    expect(parseShardKey(key, 'specflow', 'ab', 'd', 1)).toBeUndefined();
    expect(parseShardKey(key, 'specflow', 'a', 'd7', 1)).toBeUndefined();
    expect(parseShardKey(`${key}.1`, 'specflow', 'ab', 'd7', 1)).toBeUndefined();
  });

  it('refuses a key over the service limit', () => {
    expect(() =>
      buildShardKey({
        prefix: 'p'.repeat(400),
        runId: 'r'.repeat(128),
        distributionId: 'd',
        shard: 1,
        githubRunId: '1',
        attempt: '1',
        sequence: 1
      })
    ).toThrow(/the limit is 512/);
  });

  it.each([
    ['distributionId', 'D7', /invalid distribution id/],
    ['distributionId', 'd-7', /invalid distribution id/],
    ['distributionId', '', /invalid distribution id/],
    ['distributionId', 'a'.repeat(33), /invalid distribution id/],
    ['shard', 0, /invalid shard/],
    ['shard', 257, /invalid shard/],
    ['shard', 1.5, /invalid shard/],
    ['shard', '1', /invalid shard/],
    ['runId', 'a~b', /invalid run id/],
    ['prefix', 'a b', /invalid cache key prefix/]
  ])('refuses the %s %j before any request', async (field, value, message) => {
    writeShard(1);
    const bad = { [field]: value } as Partial<SaveShardRequest>;
    await expectCacheError(saveShardToCache(saveRequest(1, bad)), 'invalid', message);
    await expectCacheError(restoreShardFromCache(restoreRequest(1, bad)), 'invalid', message);
    expect(server.countRequests()).toBe(0);
  });
});

describe('save and restore', () => {
  it('round-trips a shard folder into another project', async () => {
    const folder = writeShard(3, { 0: 'zero\n', 5: 'five\n' });
    write(root, { [`${folder}/notes/extra.txt`]: 'anything the caller writes', 'README.md': 'no' });
    const saved = await saveShardToCache(saveRequest(3));
    expect(saved).toMatchObject({
      saved: true,
      key: expect.stringMatching(/^specflow-r1~shard~d7~3\.1001\.1\.\d+$/),
      paths: ['.specify/workflows/shards/r1/d7-3']
    });

    const restored = await restoreShardFromCache(restoreRequest(3));
    expect(restored).toMatchObject({
      key: saved.key,
      parts: { runId: RUN, distributionId: DIST, shard: 3, githubRunId: '1001', attempt: '1' },
      paths: [folder],
      updatedAt: '2030-01-01T00:00:03Z',
      files: [
        `${folder}/item-0.patch`,
        `${folder}/item-5.patch`,
        `${folder}/notes/extra.txt`,
        `${folder}/shard.json`
      ]
    });
    const { 'README.md': _readme, ...shardOnly } = fileTree(root);
    expect(fileTree(other)).toEqual(shardOnly);
    expect(fileTree(staging)).toEqual({});
  });

  it('keeps shard 1 and shard 10 apart', async () => {
    writeShard(1, { 0: 'one' });
    writeShard(10, { 0: 'ten' });
    const one = await saveShardToCache(saveRequest(1));
    const ten = await saveShardToCache(saveRequest(10));
    // Shard 10's paths differ, so its entry has another version: a newer entry under a shard-10
    // key with shard 1's version shows the key prefix alone keeps them apart.
    const oneVersion = server.entries().find((e) => e.key === one.key)!.version;
    server.seedEntry({
      key: `${shardRestorePrefix('specflow', RUN, DIST, 10)}2002.1.${Date.now() + 1000}`,
      version: oneVersion,
      data: server.blob(ten.key)!
    });

    const restored = await restoreShardFromCache(restoreRequest(1));
    expect(restored?.key).toBe(one.key);
    expect(readFileSync(join(other, shardFolder(RUN, DIST, 1), 'item-0.patch'), 'utf8')).toBe(
      'one'
    );
    const restoredTen = await restoreShardFromCache(restoreRequest(10));
    expect(restoredTen?.key).toBe(ten.key);
    expect(readFileSync(join(other, shardFolder(RUN, DIST, 10), 'item-0.patch'), 'utf8')).toBe(
      'ten'
    );
  });

  it('restores the newest save of a shard (a re-run attempt)', async () => {
    writeShard(2, { 0: 'first attempt' });
    const first = await saveShardToCache(saveRequest(2, { now: () => 1000 }));
    writeShard(2, { 0: 'second attempt', 1: 'more' });
    const second = await saveShardToCache(saveRequest(2, { attempt: '2', now: () => 1000 }));
    expect(second.saved).toBe(true);
    expect(second.key).not.toBe(first.key);

    const restored = await restoreShardFromCache(restoreRequest(2));
    expect(restored?.key).toBe(second.key);
    expect(restored?.parts.attempt).toBe('2');
    const folder = join(other, shardFolder(RUN, DIST, 2));
    expect(readFileSync(join(folder, 'item-0.patch'), 'utf8')).toBe('second attempt');
    expect(readFileSync(join(folder, 'item-1.patch'), 'utf8')).toBe('more');
  });

  it('finds nothing for a shard that never saved, without an error or a download', async () => {
    writeShard(1);
    await saveShardToCache(saveRequest(1));
    expect(await restoreShardFromCache(restoreRequest(2))).toBeNull();
    expect(await restoreShardFromCache(restoreRequest(1, { distributionId: 'd8' }))).toBeNull();
    expect(await restoreShardFromCache(restoreRequest(1, { runId: 'r2' }))).toBeNull();
    expect(server.countRequests('GetBlob')).toBe(0);
    expect(fileTree(other)).toEqual({});
  });

  it('never takes a shard entry for a run entry, nor the other way round', async () => {
    write(root, {
      '.specify/workflows/runs/r1/state.json': JSON.stringify({
        run_id: RUN,
        workflow_id: 'feature'
      }),
      'specs/a.md': 'run'
    });
    writeShard(1, { 0: 'shard' });
    // Only a shard saved: a run restore finds nothing.
    const shard = await saveShardToCache(saveRequest(1));
    await expectCacheError(
      restoreRunFromCache({ root: other, prefix: 'specflow', runId: RUN, tempDir: staging }),
      'not-found',
      /no saved state for run r1/
    );
    const run = await saveRunToCache({
      root,
      prefix: 'specflow',
      runId: RUN,
      workflowId: 'feature',
      githubRunId: '1001',
      attempt: '1'
    });
    const versions = new Map(server.entries().map((e) => [e.key, e.version]));
    // Newer entries under each kind's key, with the other kind's version: keys alone tell them
    // apart even where the service would match the version.
    server.seedEntry({
      key: `${shardRestorePrefix('specflow', RUN, DIST, 1)}3003.1.${Date.now() + 1000}`,
      version: versions.get(run.key)!,
      data: server.blob(shard.key)!
    });
    server.seedEntry({
      key: `${restorePrefix('specflow', RUN)}feature.3003.1.${Date.now() + 1000}`,
      version: versions.get(shard.key)!,
      data: server.blob(run.key)!
    });

    const restoredRun = await restoreRunFromCache({
      root: other,
      prefix: 'specflow',
      runId: RUN,
      tempDir: staging
    });
    expect(restoredRun.key).toBe(run.key);
    expect(restoredRun.files.some((f) => f.startsWith('.specify/workflows/shards'))).toBe(false);
    rmSync(other, { recursive: true, force: true });
    mkdirSync(other);
    const restoredShard = await restoreShardFromCache(restoreRequest(1));
    expect(restoredShard?.key).toBe(shard.key);
    expect(restoredShard?.files.some((f) => f.startsWith('.specify/workflows/runs'))).toBe(false);
    expect(readFileSync(join(other, shardFolder(RUN, DIST, 1), 'item-0.patch'), 'utf8')).toBe(
      'shard'
    );
  });

  it('refuses to save a shard without a shard.json, or with one that is not a plain file', async () => {
    const folder = shardFolder(RUN, DIST, 1);
    write(root, { [`${folder}/item-0.patch`]: 'x' });
    await expectCacheError(
      saveShardToCache(saveRequest(1)),
      'invalid',
      /^nothing to save for shard 1 of distribution d7 of run r1: .*shard\.json does not exist/
    );
    write(root, { 'elsewhere.json': '{}' });
    symlinkSync('../../../../../elsewhere.json', join(root, folder, 'shard.json'));
    await expectCacheError(saveShardToCache(saveRequest(1)), 'invalid', /nothing to save/);
    expect(server.countRequests()).toBe(0);
  });

  it('works through the store seam, and a disabled store saves and restores nothing', async () => {
    const store = new ActionsCacheRunStore();
    writeShard(4);
    expect((await store.saveShard(saveRequest(4))).saved).toBe(true);
    expect((await store.restoreShard(restoreRequest(4)))?.files).toContain(
      `${shardFolder(RUN, DIST, 4)}/shard.json`
    );
    expect(await store.restoreShard(restoreRequest(5))).toBeNull();
    const requests = server.countRequests();

    for (const disabled of [new DisabledRunStateStore(), new DisabledRunStateStore('no cache')]) {
      const off = disabled.offReason;
      expect(await disabled.saveShard(saveRequest(4))).toEqual({
        saved: false,
        key: '',
        paths: [],
        reason: `${off}; shard 4 of distribution d7 of run r1 was not saved`
      });
      await expectCacheError(
        disabled.restoreShard(restoreRequest(4)),
        'unavailable',
        new RegExp(`^cannot restore shard 4 of distribution d7 of run r1: ${off}`)
      );
    }
    expect(server.countRequests()).toBe(requests);
    expect(server.entries()).toHaveLength(1);
  });

  it('says so when no cache service is configured', async () => {
    writeShard(1);
    process.env.ACTIONS_RESULTS_URL = '';
    await expectCacheError(saveShardToCache(saveRequest(1)), 'unavailable', /not available/);
    await expectCacheError(
      restoreShardFromCache(restoreRequest(1)),
      'unavailable',
      /^cannot restore shard 1 of distribution d7 of run r1: .*not available/
    );
  });
});

describe('the state key', () => {
  it('seals a save and restores it with the same key, the seal left out of the project', async () => {
    const folder = writeShard(1);
    await saveShardToCache(saveRequest(1, { stateKey: KEY }));
    const restored = await restoreShardFromCache(restoreRequest(1, { stateKey: KEY }));
    expect(restored?.files).toEqual([`${folder}/item-0.patch`, `${folder}/shard.json`]);
    expect(fileTree(join(other, folder))).toEqual(fileTree(join(root, folder)));
  });

  it('refuses an unsealed entry, one sealed with another key, or one replayed under a newer key', async () => {
    const unsealed = await genuineSave();
    await expectRefused(
      'refused',
      unsealed.key,
      /carries no seal, so it was not saved by a job that holds the state key/,
      restoreRequest(1, { stateKey: KEY })
    );

    writeShard(1);
    const another = await saveShardToCache(saveRequest(1, { stateKey: 'another key' }));
    await expectRefused(
      'refused',
      another.key,
      /seal does not match/,
      restoreRequest(1, { stateKey: KEY })
    );

    const good = await saveShardToCache(saveRequest(1, { stateKey: KEY }));
    const replayed = seed(server.blob(good.key)!, unsealed.version);
    await expectRefused(
      'refused',
      replayed,
      /seal does not match/,
      restoreRequest(1, { stateKey: KEY })
    );
  });

  it('refuses a sealed entry whose content was changed, writing nothing', async () => {
    const { key: goodKey, version } = await genuineSave({ stateKey: KEY });
    const unpacked = unpackArchive(server.blob(goodKey)!, scratch);
    const folder = shardFolder(RUN, DIST, 1);
    writeFileSync(join(unpacked, folder, 'item-0.patch'), 'not what the shard job wrote');
    const key = seed(makeArchive(unpacked, ['.specify']), version);
    await expectRefused(
      'refused',
      key,
      /seal does not match its key and content/,
      restoreRequest(1, { stateKey: KEY })
    );
  });
});

describe('hostile entries', () => {
  it.each([
    ['another run', { run_id: 'r2' }, /"run_id":"r2"/],
    ['another distribution', { distribution_id: 'd8' }, /"distribution_id":"d8"/],
    ['another shard', { shard: 2 }, /"shard":2/],
    ['the shard as a string', { shard: '1' }, /"shard":"1"/],
    ['no run', { run_id: undefined }, /\{"distribution_id":"d7","shard":1\}/]
  ])('refuses a shard.json naming %s', async (_what, doc, named) => {
    writeShard(1, undefined, doc);
    const saved = await saveShardToCache(saveRequest(1));
    await expectRefused(
      'foreign',
      saved.key,
      new RegExp(`holds the shard\\.json of .*, not of shard 1 of distribution d7 of run r1`)
    );
    await expect(restoreShardFromCache(restoreRequest(1))).rejects.toThrow(named);
  });

  it.each([
    ['missing', null, 'corrupt', /has no readable shard\.json for shard 1/],
    ['not JSON', '{"run_id": ', 'corrupt', /has no readable shard\.json/],
    ['not an object', '["r1", "d7", 1]', 'corrupt', /holds a shard\.json that is not a JSON object/]
  ])('refuses an entry whose shard.json is %s', async (_what, text, reason, pattern) => {
    const { version } = await genuineSave();
    const folder = genuineFolder();
    if (text === null) rmSync(join(build, folder, 'shard.json'));
    else writeFileSync(join(build, folder, 'shard.json'), text);
    const key = seed(makeArchive(build, ['.specify']), version);
    await expectRefused(reason, key, pattern);
  });

  it.each([
    ['in the run folder', '.specify/workflows/runs/r1/state.json', '.specify/workflows/runs/'],
    ['in a persist path', 'specs/evil.md', 'specs/'],
    [
      'in another shard folder',
      '.specify/workflows/shards/r1/d7-10/shard.json',
      '.specify/workflows/shards/r1/d7-10/'
    ],
    [
      'beside the shard folder',
      '.specify/workflows/shards/r1/d7-1.patch',
      '.specify/workflows/shards/r1/d7-1.patch'
    ]
  ])('refuses a member %s', async (_where, name, atFault) => {
    const { version } = await genuineSave();
    genuineFolder();
    write(build, { [name]: 'smuggled' });
    const top = [...new Set(['.specify', name.split('/')[0]])];
    const key = seed(makeArchive(build, top), version);
    await expectRefused(
      'refused',
      key,
      new RegExp(
        `member "${atFault.replace(/[.]/g, '\\.')}" is outside the shard folder; nothing was restored`
      )
    );
    expect(fileTree(other)).toEqual({ 'README.md': 'the checkout' });
  });

  it('refuses a link in the shard folder, and a save leaves one out', async () => {
    const { version } = await genuineSave();
    const folder = genuineFolder();
    symlinkSync('item-0.patch', join(build, folder, 'item-1.patch'));
    const key = seed(makeArchive(build, ['.specify']), version);
    await expectRefused(
      'refused',
      key,
      /member ".*\/d7-1\/item-1\.patch" is a symbolic link in a shard folder/
    );

    writeShard(1);
    symlinkSync('item-0.patch', join(root, folder, 'item-1.patch'));
    const saved = await saveShardToCache(saveRequest(1));
    expect(saved).toMatchObject({
      saved: true,
      skipped: [expect.stringMatching(/item-1\.patch" \(is a symbolic link in a shard folder/)]
    });
  });

  it('refuses an archive larger than the bounds allow before downloading it', async () => {
    const { version } = await genuineSave();
    const key = seed(randomBytes(2 * 1024 * 1024), version);
    const downloads = server.countRequests('GetBlob');
    await expectRefused(
      'refused',
      key,
      /its archive is 2097152 bytes, more than max-restore-size \(1000 bytes\)/,
      restoreRequest(1, { limits: { maxBytes: 1000, maxMembers: 10 } })
    );
    expect(server.countRequests('HeadBlob')).toBeGreaterThan(0);
    expect(server.countRequests('GetBlob')).toBe(downloads);
  });

  it('refuses an entry whose files add up to more than max-restore-size', async () => {
    writeShard(1, { 0: 'x'.repeat(5000) });
    const saved = await saveShardToCache(saveRequest(1));
    await expectRefused(
      'refused',
      saved.key,
      /files add up to more than 1000 bytes/,
      restoreRequest(1, { limits: { maxBytes: 1000, maxMembers: 10 } })
    );
  });

  it('does not save a shard a gather job would refuse as too big', async () => {
    writeShard(1, { 0: 'x'.repeat(5000) });
    const saved = await saveShardToCache(
      saveRequest(1, { limits: { maxBytes: 1000, maxMembers: 10 } })
    );
    expect(saved).toMatchObject({
      saved: false,
      reason: expect.stringMatching(
        /^shard 1 of distribution d7 of run r1 was not saved: .*more than 1000 bytes, which the gather job would refuse/
      )
    });
    expect(server.entries()).toHaveLength(0);
  });
});

/** The build folder's start: a genuine-looking shard 1 folder; returns its path. */
function genuineFolder(): string {
  return writeShard(1, undefined, {}, build);
}
