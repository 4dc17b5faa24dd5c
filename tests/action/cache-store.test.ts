/**
 * Run state in the Actions cache: the real @actions/cache client against the stand-in service.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import {
  buildSaveKey,
  normalizePersistPaths,
  parseSaveKey,
  restorePrefix,
  runCachePaths
} from '../../src/action/cache-keys.js';
import {
  ActionsCacheRunStore,
  DisabledRunStateStore,
  RunCacheError,
  restoreRunFromCache,
  saveRunToCache,
  type RestoreRunRequest,
  type SaveRunRequest
} from '../../src/action/cache-store.js';
import { cacheServiceAvailable } from '../../src/action/cache-transport.js';
import { openCacheTestBed, type CacheServer, type CacheTestBed } from '../support/cache-server.js';
import { fileTree } from '../support/file-tree.js';
import { RunState } from '../../src/engine/run-state.js';
import { RunStatus, StepStatus } from '../../src/engine/types.js';
import { PyFloat } from '../../src/engine/pyvalue.js';

let server: CacheServer;
let scratch: string;
let root: string;
let staging: string;
let bed: CacheTestBed;

beforeEach(async () => {
  bed = await openCacheTestBed('cache-store-test-', () => ({ GITHUB_WORKSPACE: undefined }));
  ({ server, scratch } = bed);
  root = join(scratch, 'project');
  staging = join(scratch, 'staging');
  mkdirSync(root);
  mkdirSync(staging);
});

afterEach(() => bed.close());

function writeFiles(base: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(base, rel, '..'), { recursive: true });
    writeFileSync(join(base, rel), content);
  }
}

function writeRun(runId: string, workflowId = 'feature', extra: Record<string, string> = {}) {
  const state = { run_id: runId, workflow_id: workflowId, status: 'paused', step_results: {} };
  writeFiles(root, {
    [`.specify/workflows/runs/${runId}/state.json`]: JSON.stringify(state, null, 2),
    [`.specify/workflows/runs/${runId}/inputs.json`]: JSON.stringify({ inputs: { n: 1 } }),
    ...extra
  });
}

function wipeProject(): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root);
}

const saveRequest = (runId: string, overrides: Partial<SaveRunRequest> = {}): SaveRunRequest => ({
  root,
  prefix: 'specflow',
  runId,
  workflowId: 'feature',
  githubRunId: '1001',
  attempt: '1',
  ...overrides
});

const restoreRequest = (
  runId: string,
  overrides: Partial<RestoreRunRequest> = {}
): RestoreRunRequest => ({ root, prefix: 'specflow', runId, tempDir: staging, ...overrides });

async function expectCacheError(promise: Promise<unknown>, reason: string, message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(RunCacheError);
  expect(error).toMatchObject({ reason, message: expect.stringMatching(message) });
}

describe('keys and paths', () => {
  it('puts the run id first and closes it with a character no run id contains', () => {
    const key = buildSaveKey({
      prefix: 'specflow',
      runId: 'a1_b-c',
      workflowId: 'speckit-feature',
      githubRunId: '123',
      attempt: '2',
      sequence: 7
    });
    expect(key).toBe('specflow-a1_b-c.speckit-feature.123.2.7');
    expect(key.startsWith(restorePrefix('specflow', 'a1_b-c'))).toBe(true);
    expect(key.startsWith(restorePrefix('specflow', 'a1_b'))).toBe(false);
    expect(key.startsWith(restorePrefix('specflow', 'a1'))).toBe(false);
    expect(parseSaveKey(key, 'specflow', 'a1_b-c')).toEqual({
      prefix: 'specflow',
      runId: 'a1_b-c',
      workflowId: 'speckit-feature',
      githubRunId: '123',
      attempt: '2',
      sequence: 7
    });
    expect(parseSaveKey(key, 'specflow', 'a1_b')).toBeUndefined();
    expect(parseSaveKey('specflow-a1.wf.1.1', 'specflow', 'a1')).toBeUndefined();
    expect(parseSaveKey('specflow-a1.Wf.1.1.1', 'specflow', 'a1')).toBeUndefined();
  });

  it('computes the same cache paths for save and restore whatever the order or spelling', () => {
    expect(runCachePaths('r1', ['specs/', './docs', 'specs', ' notes/ '])).toEqual([
      '.specify/workflows/runs/r1',
      'docs',
      'notes',
      'specs'
    ]);
    expect(runCachePaths('r1', [])).toEqual(['.specify/workflows/runs/r1']);
  });

  it.each([
    ['/etc'],
    ['../up'],
    ['a/../../up'],
    ['.'],
    ['specs/*.md'],
    ['!specs'],
    ['~/x'],
    // Saved twice, which tar writes as hard links that a restore refuses.
    ['specs', 'specs/sub'],
    ['.specify'],
    ['.specify/workflows/runs/other'],
    // Installed workflows: a resume may load one by id, so a restore must never replace them.
    ['.specify/workflows/feature']
  ])('refuses the persist path %j', (...bad) => {
    expect(() => normalizePersistPaths(bad)).toThrow(/persist path/);
  });
});

describe('save and restore', () => {
  it('round-trips the run folder and the persist paths into an empty project', async () => {
    writeRun('r1', 'feature', {
      'specs/001-login/spec.md': '# Login\n',
      'specs/001-login/plan.md': 'plan\n',
      'README.md': 'not persisted'
    });
    const before = fileTree(root);
    const saved = await saveRunToCache(saveRequest('r1'));
    expect(saved).toMatchObject({
      saved: true,
      key: expect.stringMatching(/^specflow-r1\.feature\.1001\.1\.\d+$/),
      paths: ['.specify/workflows/runs/r1', 'specs']
    });

    wipeProject();
    const restored = await restoreRunFromCache(restoreRequest('r1'));
    expect(restored.key).toBe(saved.key);
    expect(restored.parts).toMatchObject({ workflowId: 'feature', githubRunId: '1001' });
    const { 'README.md': _readme, ...persisted } = before;
    expect(fileTree(root)).toEqual(persisted);
    expect(restored.files).toEqual([
      '.specify/workflows/runs/r1/inputs.json',
      '.specify/workflows/runs/r1/state.json',
      'specs/001-login/plan.md',
      'specs/001-login/spec.md'
    ]);
    expect(fileTree(staging)).toEqual({});
  });

  it('restores a run whose state holds NaN and infinities, written the way the engine writes them', async () => {
    const state = new RunState({ runId: 'r1', workflowId: 'feature', projectRoot: root });
    state.status = RunStatus.Paused;
    state.recordStep('measure', {
      type: 'shell',
      integration: null,
      model: null,
      options: {},
      input: {},
      output: {
        ratio: new PyFloat(NaN),
        ceiling: new PyFloat(Infinity),
        floor: new PyFloat(-Infinity)
      },
      status: StepStatus.Completed,
      error: null
    });
    state.flush();
    const written = readFileSync(join(root, '.specify/workflows/runs/r1/state.json'), 'utf8');
    expect(written).toMatch(/"ratio": NaN/);
    await saveRunToCache(saveRequest('r1'));

    wipeProject();
    const restored = await restoreRunFromCache(restoreRequest('r1'));
    expect(restored.files).toContain('.specify/workflows/runs/r1/state.json');
    expect(readFileSync(join(root, '.specify/workflows/runs/r1/state.json'), 'utf8')).toBe(written);
    expect(RunState.load('r1', root).stepResults.measure?.output).toEqual({
      ratio: new PyFloat(NaN),
      ceiling: new PyFloat(Infinity),
      floor: new PyFloat(-Infinity)
    });
  });

  it('saves every time under a new key and restores the newest', async () => {
    writeRun('r1', 'feature', { 'specs/a.md': 'first' });
    const first = await saveRunToCache(saveRequest('r1', { now: () => 1000 }));
    writeFiles(root, { 'specs/a.md': 'second', 'specs/b.md': 'new' });
    const second = await saveRunToCache(saveRequest('r1', { now: () => 1000 }));
    expect(second.saved).toBe(true);
    expect(second.key).not.toBe(first.key);
    expect(server.entries().map((e) => e.key)).toEqual([first.key, second.key]);

    wipeProject();
    const restored = await restoreRunFromCache(restoreRequest('r1'));
    expect(restored.key).toBe(second.key);
    expect(readFileSync(join(root, 'specs/a.md'), 'utf8')).toBe('second');
    expect(readFileSync(join(root, 'specs/b.md'), 'utf8')).toBe('new');
  });

  it('never restores another run whose id merely starts with the same characters', async () => {
    writeRun('ab', 'feature', { 'specs/who.md': 'ab' });
    await saveRunToCache(saveRequest('ab'));
    for (const other of ['abc', 'ab-c', 'ab_c']) {
      wipeProject();
      writeRun(other, 'feature', { 'specs/who.md': other });
      await saveRunToCache(saveRequest(other));
    }

    // The run folder is among the cache paths, so those entries already differ in version. Newer
    // entries of the same version under the other runs' keys show the key prefix alone isolates.
    const abVersion = server.entries()[0].version;
    for (const other of ['abc', 'ab-c', 'ab_c']) {
      server.seedEntry({
        key: `specflow-${other}.feature.2002.1.1`,
        version: abVersion,
        data: Buffer.from('not for run ab')
      });
    }

    wipeProject();
    await restoreRunFromCache(restoreRequest('ab'));
    expect(readFileSync(join(root, 'specs/who.md'), 'utf8')).toBe('ab');
    expect(readdirSync(join(root, '.specify/workflows/runs'))).toEqual(['ab']);

    wipeProject();
    await expectCacheError(restoreRunFromCache(restoreRequest('a')), 'not-found', /run a\b/);
  });

  it('keeps a link that stays inside the project, and leaves out (and names) one that does not', async () => {
    writeRun('r1', 'feature', { 'specs/001-login/spec.md': 'spec' });
    symlinkSync('001-login', join(root, 'specs/latest'));
    symlinkSync('/etc', join(root, 'specs/system'));
    symlinkSync('../.git/hooks', join(root, 'specs/hooks'));
    const saved = await saveRunToCache(saveRequest('r1'));
    expect(saved).toMatchObject({
      saved: true,
      skipped: [
        '"specs/hooks" (is a symbolic link to "../.git/hooks", which leads outside the project or into .git)',
        '"specs/system" (is a symbolic link to "/etc", which leads outside the project or into .git)'
      ]
    });

    wipeProject();
    const restored = await restoreRunFromCache(restoreRequest('r1'));
    expect(restored.files).toContain('specs/latest');
    expect(readFileSync(join(root, 'specs/001-login/spec.md'), 'utf8')).toBe('spec');
    expect(readdirSync(join(root, 'specs'))).toEqual(['001-login', 'latest']);
    expect(readlinkSync(join(root, 'specs/latest'))).toBe('001-login');
  });

  it('saves only what a restore accepts, so a sealed save always restores', async () => {
    writeRun('r1', 'feature', {
      'specs/a/keep.md': 'a',
      'specs/back\\slash.md': 'b',
      // The cache client's tar leaves files of this name out of its archives.
      'specs/cache.tzst': 'c'
    });
    symlinkSync('..', join(root, 'specs/a/up'));
    symlinkSync(`${'a/up/'.repeat(4)}${'../'.repeat(4)}outside`, join(root, 'specs/leak'));
    const saved = await saveRunToCache(saveRequest('r1', { stateKey: 'k' }));
    expect(saved.saved).toBe(true);
    expect(saved.saved && saved.skipped).toEqual([
      '"specs/back\\\\slash.md" (has a backslash or NUL in its name)',
      '"specs/cache.tzst" (a name the cache client leaves out of its archives)',
      '"specs/leak" (is a symbolic link to "a/up/a/up/a/up/a/up/../../../../outside", which leads outside the project or into .git)'
    ]);
    wipeProject();
    const restored = await restoreRunFromCache(restoreRequest('r1', { stateKey: 'k' }));
    expect(restored.files).toEqual([
      '.specify/workflows/runs/r1/inputs.json',
      '.specify/workflows/runs/r1/state.json',
      'specs/a/keep.md',
      'specs/a/up'
    ]);
  });

  it('leaves the current folder and GITHUB_WORKSPACE as they were', async () => {
    const cwd = process.cwd();
    process.env.GITHUB_WORKSPACE = '/somewhere/else';
    writeRun('r1');
    await saveRunToCache(saveRequest('r1'));
    wipeProject();
    await restoreRunFromCache(restoreRequest('r1'));
    expect(process.cwd()).toBe(cwd);
    expect(process.env.GITHUB_WORKSPACE).toBe('/somewhere/else');
  });

  it('works through the store seam, and a disabled store saves nothing', async () => {
    const store = new ActionsCacheRunStore();
    writeRun('r1');
    expect((await store.save(saveRequest('r1'))).saved).toBe(true);
    wipeProject();
    expect((await store.restore(restoreRequest('r1'))).files).toContain(
      '.specify/workflows/runs/r1/state.json'
    );

    const disabled = new DisabledRunStateStore();
    expect(await disabled.save(saveRequest('r1'))).toMatchObject({ saved: false });
    await expectCacheError(disabled.restore(restoreRequest('r1')), 'unavailable', /cache is false/);
    expect(server.entries()).toHaveLength(1);
  });
});

describe('failures', () => {
  it('fails clearly for a run with no saved state and writes nothing', async () => {
    await expectCacheError(
      restoreRunFromCache(restoreRequest('nope')),
      'not-found',
      /^no saved state for run nope on this branch or the default branch/
    );
    expect(fileTree(root)).toEqual({});
    expect(server.countRequests('GetBlob')).toBe(0);
  });

  it('does not find a run saved with other persist paths (they are part of the entry version)', async () => {
    writeRun('r1');
    await saveRunToCache(saveRequest('r1', { persistPaths: ['specs', 'docs'] }));
    wipeProject();
    await expectCacheError(
      restoreRunFromCache(restoreRequest('r1', { persistPaths: ['specs'] })),
      'not-found',
      /persist-paths/
    );
  });

  it('reports a corrupted entry as such and writes nothing', async () => {
    writeRun('r1', 'feature', { 'specs/a.md': 'a' });
    const saved = await saveRunToCache(saveRequest('r1'));
    server.corruptEntry(saved.key);
    wipeProject();
    const outside = fileTree(scratch);

    await expectCacheError(
      restoreRunFromCache(restoreRequest('r1')),
      'corrupt',
      /^the cache entry specflow-r1\.feature\.1001\.1\.\d+ cannot be read .*zstd could not decompress/
    );
    expect(server.countRequests('GetBlob')).toBe(1);
    expect(fileTree(root)).toEqual({});
    const after = fileTree(scratch);
    const clientTemp = (p: string) => p.startsWith('runner-temp/');
    expect(Object.keys(after).filter((p) => !clientTemp(p))).toEqual(
      Object.keys(outside).filter((p) => !clientTemp(p))
    );
  });

  it('refuses an entry under the run key that holds another run, before writing anything', async () => {
    writeRun('ab');
    await saveRunToCache(saveRequest('ab'));
    const version = server.entries()[0].version;
    wipeProject();
    writeRun('zz', 'feature', { 'specs/evil.md': 'zz' });
    const zz = await saveRunToCache(saveRequest('zz'));
    server.seedEntry({
      key: 'specflow-ab.feature.9999.1.1',
      version,
      data: server.blob(zz.key)!
    });

    wipeProject();
    await expectCacheError(
      restoreRunFromCache(restoreRequest('ab')),
      'refused',
      /^the cache entry specflow-ab\.feature\.9999\.1\.1 was refused: member "\.specify\/workflows\/runs\/zz\/" is neither in the run folder nor in a persist path/
    );
    expect(fileTree(root)).toEqual({});
    expect(fileTree(staging)).toEqual({});
  });

  it('refuses an entry whose state names another run', async () => {
    writeFiles(root, {
      '.specify/workflows/runs/ab/state.json': JSON.stringify({
        run_id: 'zz',
        workflow_id: 'feature'
      })
    });
    await saveRunToCache(saveRequest('ab'));
    wipeProject();
    await expectCacheError(
      restoreRunFromCache(restoreRequest('ab')),
      'foreign',
      /state of run "zz", not ab/
    );
    expect(fileTree(root)).toEqual({});
  });

  it('refuses a key that is not one of ours without downloading it', async () => {
    writeRun('ab');
    await saveRunToCache(saveRequest('ab'));
    const [entry] = server.entries();
    server.seedEntry({
      key: 'specflow-ab.hand-made',
      version: entry.version,
      data: Buffer.from('x')
    });
    wipeProject();
    await expectCacheError(
      restoreRunFromCache(restoreRequest('ab')),
      'foreign',
      /"specflow-ab\.hand-made"/
    );
    expect(server.countRequests('GetBlob')).toBe(0);
  });

  it('checks the workflow when the caller knows it', async () => {
    writeRun('r1', 'feature');
    await saveRunToCache(saveRequest('r1'));
    wipeProject();
    await expectCacheError(
      restoreRunFromCache(restoreRequest('r1', { workflowId: 'bugfix' })),
      'foreign',
      /run r1 belongs to workflow feature, not bugfix/
    );
    expect(fileTree(root)).toEqual({});
  });

  it('does not write through a symbolic link in the project', async () => {
    writeRun('r1', 'feature', { 'specs/a.md': 'a' });
    await saveRunToCache(saveRequest('r1'));
    wipeProject();
    const elsewhere = join(scratch, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(root, 'specs'));

    await expectCacheError(
      restoreRunFromCache(restoreRequest('r1')),
      'invalid',
      /"specs" in the project is not a plain folder/
    );
    expect(fileTree(elsewhere)).toEqual({});
    expect(existsSync(join(root, '.specify'))).toBe(false);
  });

  it.each([['../x'], ['ab.c'], [''], ['-x'], ['a/b']])(
    'refuses the run id %j before any request',
    async (runId) => {
      await expectCacheError(saveRunToCache(saveRequest(runId)), 'invalid', /invalid run id/);
      await expectCacheError(
        restoreRunFromCache(restoreRequest(runId)),
        'invalid',
        /invalid run id/
      );
      expect(server.countRequests()).toBe(0);
      expect(fileTree(scratch)).toEqual({
        project: '<dir>',
        'runner-temp': '<dir>',
        staging: '<dir>'
      });
    }
  );

  it('refuses to save a run whose folder has no state', async () => {
    await expectCacheError(
      saveRunToCache(saveRequest('r1')),
      'invalid',
      /nothing to save for run r1/
    );
    expect(server.countRequests()).toBe(0);
  });

  it("a cache client without isFeatureAvailable (local-action's stand-in) offers no service", () => {
    expect(cacheServiceAvailable({})).toBe(false);
    expect(cacheServiceAvailable({ isFeatureAvailable: () => false })).toBe(false);
    expect(cacheServiceAvailable({ isFeatureAvailable: () => true })).toBe(true);
  });

  it('says so when no cache service is configured', async () => {
    writeRun('r1');
    process.env.ACTIONS_RESULTS_URL = '';
    await expectCacheError(saveRunToCache(saveRequest('r1')), 'unavailable', /not available/);
    await expectCacheError(
      restoreRunFromCache(restoreRequest('r1')),
      'unavailable',
      /not available/
    );
  });

  it('reports a save the service did not store without throwing', async () => {
    writeRun('r1');
    process.env.ACTIONS_CACHE_MODE = 'read';
    const result = await saveRunToCache(saveRequest('r1'));
    expect(result).toMatchObject({
      saved: false,
      reason: expect.stringContaining('did not store')
    });
    expect(server.entries()).toHaveLength(0);
  });
});
