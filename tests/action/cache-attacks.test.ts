/**
 * Hostile cache entries, as another job on the branch could write them: archives made with the
 * real tar and zstd, served by the cache stand-in under the run's key, restored by the real
 * client path. Each attack must be refused with an error naming the entry and the member at
 * fault, with nothing outside the private staging folder created, changed or linked — and the
 * project left exactly as it was.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  RunCacheError,
  restoreRunFromCache,
  saveRunToCache,
  type RestoreRunRequest,
  type SaveRunRequest
} from '../../src/action/cache-store.js';
import { ActionsCacheTransport } from '../../src/action/cache-transport.js';
import { extractEntry, DEFAULT_ENTRY_LIMITS } from '../../src/action/entry-contents.js';
import { makeArchive, makeSizeBomb, unpackArchive } from '../support/archives.js';
import {
  captureStdout,
  openCacheTestBed,
  type CacheServer,
  type CacheTestBed
} from '../support/cache-server.js';
import { fileTree } from '../support/file-tree.js';

let server: CacheServer;
let scratch: string;
let root: string;
let outside: string;
let build: string;
let bed: CacheTestBed;
let output: ReturnType<typeof captureStdout>;
let version: string;

const RUN = 'r1';
const RUN_DIR = `.specify/workflows/runs/${RUN}`;
const STATE = JSON.stringify({
  run_id: RUN,
  workflow_id: 'feature',
  status: 'paused',
  step_results: {}
});

beforeEach(async () => {
  bed = await openCacheTestBed('cache-attacks-', () => ({
    GITHUB_WORKSPACE: undefined,
    RUNNER_DEBUG: undefined
  }));
  ({ server, scratch, output } = bed);
  root = join(scratch, 'project');
  outside = join(scratch, 'outside');
  build = join(scratch, 'build');
  for (const dir of [root, outside, build]) mkdirSync(dir);
  writeFileSync(join(outside, 'victim.txt'), 'original');
  // A genuine save first: it gives the version (paths + compression) hostile entries must have.
  write(root, { [`${RUN_DIR}/state.json`]: STATE, 'specs/keep.md': 'kept' });
  await saveRunToCache(saveRequest());
  version = server.entries()[0].version;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root);
  write(root, { 'README.md': 'the checkout' });
});

afterEach(() => bed.close());

function write(base: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(base, rel, '..'), { recursive: true });
    writeFileSync(join(base, rel), text);
  }
}

function saveRequest(overrides: Partial<SaveRunRequest> = {}): SaveRunRequest {
  return {
    root,
    prefix: 'specflow',
    runId: RUN,
    workflowId: 'feature',
    githubRunId: '1001',
    attempt: '1',
    ...overrides
  };
}

function restoreRequest(overrides: Partial<RestoreRunRequest> = {}): RestoreRunRequest {
  return { root, prefix: 'specflow', runId: RUN, ...overrides };
}

/** Seed `archive` as the newest save of the run, as another job could. */
function seed(archive: Buffer): string {
  const key = `specflow-${RUN}.feature.6666.1.${Date.now() + 1000}`;
  server.seedEntry({ key, version, data: archive });
  return key;
}

/** The build folder's start: a genuine-looking run folder. */
function genuine(files: Record<string, string> = {}): string[] {
  write(build, { [`${RUN_DIR}/state.json`]: STATE, ...files });
  return ['.specify', ...Object.keys(files).map((f) => f.split('/')[0])].filter(
    (v, i, all) => all.indexOf(v) === i
  );
}

/** Restore must fail with `pattern`, and nothing outside the staging folder may change. */
async function expectRefused(key: string, pattern: RegExp, request = restoreRequest()) {
  const project = fileTree(root);
  const world = fileTree(outside);
  const error = await restoreRunFromCache(request).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(RunCacheError);
  const message = (error as Error).message;
  expect(message).toContain(`the cache entry ${key}`);
  expect(message).toMatch(pattern);
  expect(fileTree(root)).toEqual(project);
  expect(fileTree(outside)).toEqual(world);
  // The staging folders are gone too.
  expect(
    readdirSync(join(scratch, 'runner-temp')).filter((n) => n.startsWith('specflow-'))
  ).toEqual([]);
  return message;
}

describe('names that point outside', () => {
  it('refuses an absolute member name before extracting anything', async () => {
    const members = genuine();
    write(build, { payload: 'pwned' });
    const key = seed(
      makeArchive(build, [...members, 'payload'], {
        tarOptions: [`--transform=s|^payload$|${outside}/victim.txt|`]
      })
    );
    await expectRefused(
      key,
      new RegExp(`member "${outside}/victim.txt" has an absolute or empty name`)
    );
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('original');
  });

  it.each([
    ['at the top', '../outside/victim.txt'],
    ['inside the run folder', `${RUN_DIR}/../../../../../outside/victim.txt`],
    ['inside a persist path', 'specs/../../outside/victim.txt']
  ])("refuses a '..' member %s", async (_where, name) => {
    const members = genuine();
    write(build, { payload: 'pwned' });
    const key = seed(
      makeArchive(build, [...members, 'payload'], {
        tarOptions: [`--transform=s|^payload$|${name}|`]
      })
    );
    await expectRefused(key, /has a '\.\.' in its name/);
  });
});

describe('links', () => {
  it.each([
    ['absolute', () => outside],
    ['relative', () => '../../outside']
  ])('refuses a %s link out, and the write through it that follows', async (_kind, target) => {
    const members = genuine();
    mkdirSync(join(build, 'specs'));
    symlinkSync(target(), join(build, 'specs/link'));
    write(build, { payload: 'pwned' });
    const key = seed(
      makeArchive(build, [...members, 'specs/link', 'payload'], {
        tarOptions: ['--transform=flags=r;s|^payload$|specs/link/victim.txt|']
      })
    );
    await expectRefused(key, /member "specs\/link" is a symbolic link to .*outside the project/);
  });

  it('refuses a write through a link even when the link itself stays inside', async () => {
    const members = genuine({ 'specs/real/a.md': 'a' });
    symlinkSync('real', join(build, 'specs/inner'));
    write(build, { payload: 'through' });
    const key = seed(
      makeArchive(build, [...members, 'payload'], {
        tarOptions: ['--transform=flags=r;s|^payload$|specs/inner/b.md|']
      })
    );
    await expectRefused(
      key,
      /member "specs\/inner\/b\.md" would be written through the symlink specs\/inner/
    );
  });

  it('refuses a link into .git, where a later ordinary write would reach hooks or config', async () => {
    const members = genuine({ 'specs/a.md': 'a' });
    symlinkSync('../.git/hooks', join(build, 'specs/hooks'));
    const key = seed(makeArchive(build, [...members]));
    await expectRefused(key, /member "specs\/hooks" is a symbolic link to "\.\.\/\.git\/hooks"/);
  });

  it('refuses a chain of links that each look inside but lead out together', async () => {
    const members = genuine({ 'specs/a/keep.md': 'a' });
    symlinkSync('..', join(build, 'specs/a/up'));
    // Spelled, it stays in specs/; followed through a/up (which is ..), it climbs out.
    const climb = 'a/up/'.repeat(8) + '../'.repeat(8) + 'outside/victim.txt';
    symlinkSync(climb, join(build, 'specs/leak'));
    const key = seed(makeArchive(build, members));
    await expectRefused(
      key,
      /member "specs\/leak" is a symbolic link to .*which leads outside the project/
    );
  });

  it('refuses a link that leads out through a link the project already has', async () => {
    // A monorepo layout in the checkout: packages/foo/shared -> ../../shared.
    mkdirSync(join(root, 'packages/foo'), { recursive: true });
    symlinkSync('../../shared', join(root, 'packages/foo/shared'));
    const members = genuine({ 'specs/a.md': 'a' });
    // Spelled, it stays inside; through the project's link, each ../.. climbs out.
    symlinkSync('../packages/foo/shared/../../victim.txt', join(build, 'specs/l'));
    const key = seed(makeArchive(build, members));
    const project = fileTree(root);
    const error = await restoreRunFromCache(restoreRequest()).catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /"specs\/l" is a symbolic link to .*which leads through a link in the project/
    );
    expect(fileTree(root)).toEqual(project);
    expect(key).toMatch(/^specflow-r1\./);
  });

  it('refuses an entry whose links take too much work to check, without doing it all', async () => {
    const members = genuine({ 'specs/a.md': 'a' });
    // A chain of 39 links, each target padded to ~4,000 characters, and many links into it.
    const pad = './'.repeat(1990);
    for (let i = 1; i < 39; i++) symlinkSync(`${pad}h${i + 1}`, join(build, `specs/h${i}`));
    symlinkSync(`${pad}a.md`, join(build, 'specs/h39'));
    for (let i = 0; i < 500; i++) symlinkSync('h1', join(build, `specs/l${i}`));
    const key = seed(makeArchive(build, members));
    await expectRefused(key, /links too much work to check/);
  });

  it.each(['GIT~1', '.git::$INDEX_ALLOCATION', '.g\u200cit', '.git.'])(
    'refuses a link into %j, a name some file systems read as .git',
    async (git) => {
      const members = genuine({ 'specs/a.md': 'a' });
      symlinkSync(`../${git}/hooks`, join(build, 'specs/hooks'));
      const key = seed(makeArchive(build, members));
      await expectRefused(key, /member "specs\/hooks" is a symbolic link to/);
    }
  );

  it('refuses a link into .git whatever its case', async () => {
    const members = genuine({ 'specs/a.md': 'a' });
    symlinkSync('../.GIT/hooks', join(build, 'specs/hooks'));
    const key = seed(makeArchive(build, members));
    await expectRefused(key, /member "specs\/hooks" is a symbolic link to "\.\.\/\.GIT\/hooks"/);
  });

  it('refuses a name past the path limit at once, however deep (no quadratic work)', async () => {
    const members = genuine();
    write(build, { payload: 'x' });
    const deep = `specs/${'a/'.repeat(40_000)}x`;
    const key = seed(
      makeArchive(build, [...members, 'payload'], {
        tarOptions: [`--transform=s|^payload$|${deep}|`]
      })
    );
    // Counted work, not time: the refusal comes from the length check, before any split.
    await expectRefused(key, /has a name longer than 4096 characters/);
  });

  it('refuses a hard link to a file outside (its content would come into the project)', async () => {
    const members = genuine({ 'specs/a.md': 'a' });
    linkSync(join(build, 'specs/a.md'), join(build, 'specs/hostname'));
    const key = seed(
      makeArchive(build, members, {
        tarOptions: ['--sort=name', '--transform=flags=h;s|^specs/a.md$|/etc/hostname|']
      })
    );
    const message = await expectRefused(
      key,
      /member "specs\/hostname" is a hard link \(to "\/etc\/hostname"\)/
    );
    expect(message).toMatch(/hard links are refused/);
    expect(existsSync(join(root, 'specs'))).toBe(false);
  });

  it('refuses a FIFO', async () => {
    const members = genuine({ 'specs/a.md': 'a' });
    execFileSync('mkfifo', [join(build, 'specs/pipe')]);
    const key = seed(makeArchive(build, members));
    await expectRefused(key, /member "specs\/pipe" is a fifo/);
  });

  it('refuses a file where an earlier member implied a folder', async () => {
    const members = genuine();
    write(build, { 'specs/x/y.md': 'y', payload: 'x' });
    const key = seed(
      makeArchive(build, [...members, 'specs/x/y.md', 'payload'], {
        tarOptions: ['--transform=s|^payload$|specs/x|']
      })
    );
    await expectRefused(key, /member "specs\/x" appears twice in the archive/);
  });

  it('replaces a project file that is a hard link to a file outside, never writing through it', async () => {
    mkdirSync(join(root, 'specs'));
    linkSync(join(outside, 'victim.txt'), join(root, 'specs/keep.md'));
    const key = server.entries()[0].key;
    const restored = await restoreRunFromCache(restoreRequest());
    expect(restored.key).toBe(key);
    expect(readFileSync(join(root, 'specs/keep.md'), 'utf8')).toBe('kept');
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('original');
  });

  it('refuses a link in the run folder, even to a file inside the project', async () => {
    // The engine appends to log.jsonl: through a link, its lines would land in a script.
    const members = genuine({ 'scripts/build.sh': 'echo build' });
    symlinkSync('../../../../scripts/build.sh', join(build, RUN_DIR, 'log.jsonl'));
    const key = seed(makeArchive(build, members));
    await expectRefused(key, /log\.jsonl" is a symbolic link in a run folder/);
  });

  it('restores a link that stays inside the project, as a link', async () => {
    const members = genuine({ 'specs/001/spec.md': 'spec' });
    symlinkSync('001', join(build, 'specs/current'));
    seed(makeArchive(build, members));
    const restored = await restoreRunFromCache(restoreRequest());
    expect(restored.files).toContain('specs/current');
    expect(readlinkSync(join(root, 'specs/current'))).toBe('001');
    expect(readFileSync(join(root, 'specs/current/spec.md'), 'utf8')).toBe('spec');
  });
});

describe('bombs', () => {
  it('refuses a small entry that expands past max-restore-size, from its listing', async () => {
    const members = genuine();
    mkdirSync(join(build, 'specs'));
    writeFileSync(join(build, 'specs/big.bin'), '');
    // Declared 2 GiB of zeros: it compresses to ~70 KB.
    const archive = join(scratch, 'bomb.tzst');
    makeSizeBomb(build, members, 'specs/big.bin', 2 * 1024 ** 3, archive);
    const bytes = readFileSync(archive);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const key = seed(bytes);
    await expectRefused(
      key,
      /member "specs\/big\.bin" the archive's files add up to more than 1073741824 bytes/
    );
  }, 60_000);

  it('refuses an entry with more members than max-restore-files', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`specs/f${i}.md`] = 'x';
    const members = genuine(files);
    const key = seed(makeArchive(build, members));
    await expectRefused(key, /the archive holds more than 100 members/, {
      ...restoreRequest(),
      limits: { ...DEFAULT_ENTRY_LIMITS, maxMembers: 100 }
    });
  });

  it('refuses an archive larger than the bounds allow before downloading it', async () => {
    const key = seed(randomBytes(2 * 1024 * 1024));
    const downloads = server.countRequests('GetBlob');
    await expectRefused(
      key,
      /its archive is 2097152 bytes, more than max-restore-size \(1000 bytes\)/,
      { ...restoreRequest(), limits: { maxBytes: 1000, maxMembers: 10 } }
    );
    // Its size came from the storage (HEAD); none of its bytes were fetched.
    expect(server.countRequests('HeadBlob')).toBeGreaterThan(0);
    expect(server.countRequests('GetBlob')).toBe(downloads);
  });

  it('checks the whole listing before it extracts a single member', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`specs/f${i}.md`] = 'x';
    const members = genuine(files);
    write(build, { payload: 'late' });
    // The hostile member comes last: a streaming extractor would have written the rest by then.
    const archive = join(scratch, 'late.tzst');
    makeArchive(build, [...members, 'payload'], {
      tarOptions: ['--transform=s|^payload$|/late|'],
      output: archive
    });
    const staging = join(scratch, 'staging');
    mkdirSync(staging);
    await expect(
      extractEntry(archive, 'zstd-without-long', [RUN_DIR, 'specs'], staging, DEFAULT_ENTRY_LIMITS)
    ).rejects.toMatchObject({ member: '/late' });
    expect(readdirSync(staging)).toEqual([]);
  });
});

describe('the log', () => {
  it('keeps member names and the client’s debug output from acting as workflow commands', async () => {
    process.env.RUNNER_DEBUG = '1';
    const members = genuine();
    write(build, { payload: 'x' });
    const key = seed(
      makeArchive(build, [...members, 'payload'], {
        tarOptions: ['--transform=s|^payload$|::warning title=x::pwned|']
      })
    );
    await expectRefused(key, /member "::warning title=x::pwned" is neither in the run folder/);
    // Only the client's masks of the signed URLs' signatures are commands; they come before the
    // debug lines that print those URLs (as text, inside the fence).
    const commands = unfencedCommands(output.text());
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toMatch(/^::add-mask::[0-9a-f]{16,}$/);
    const text = output.text();
    for (const command of commands) {
      const secret = command.slice('::add-mask::'.length);
      expect(text.indexOf(secret)).toBe(text.indexOf(command) + '::add-mask::'.length);
    }
    expect(text).toMatch(/::debug::/);
  });

  it('lets through only the client’s own masks: other output meanwhile stays text', async () => {
    write(root, { [`${RUN_DIR}/state.json`]: STATE });
    // What the transport writes (everything printed during its call, fenced) is kept apart.
    const fenced: string[] = [];
    const transport = new ActionsCacheTransport((text) => void fenced.push(text));
    // A straggling step's output reaches stdout while the client works (the client's uploads
    // wait on the network, so the timer gets turns).
    const timer = setInterval(() => process.stdout.write('::add-mask::approve\n'), 0);
    try {
      expect((await saveRunToCache(saveRequest({ transport }))).saved).toBe(true);
    } finally {
      clearInterval(timer);
    }
    const text = fenced.join('');
    expect(text).toContain('::add-mask::approve');
    const commands = unfencedCommands(text);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toMatch(/^::add-mask::[0-9a-f]{16,}$/);
  });

  it('drops the client’s debug lines when the job does not run with debug logging', async () => {
    const members = genuine();
    const key = seed(makeArchive(build, members));
    await restoreRunFromCache(restoreRequest());
    expect(key).toMatch(/^specflow-r1\./);
    expect(output.text()).not.toMatch(/::debug::|sig=/);
  });
});

/** Lines outside every stop-commands window that the runner would obey as commands. */
export function unfencedCommands(text: string): string[] {
  const found: string[] = [];
  let token: string | null = null;
  for (const line of text.split(/\r?\n|\r/)) {
    const trimmed = line.trimStart();
    if (token !== null) {
      if (trimmed === `::${token}::`) token = null;
      continue;
    }
    const start = /^::stop-commands::(.+)$/.exec(trimmed);
    if (start) token = start[1];
    else if (trimmed.startsWith('::') || line.includes('##[')) found.push(line);
  }
  return found;
}

describe('the state key', () => {
  const KEY = 'correct horse battery staple';

  it('restores an entry sealed with the same key', async () => {
    write(root, { [`${RUN_DIR}/state.json`]: STATE, 'specs/a.md': 'sealed' });
    await saveRunToCache(saveRequest({ stateKey: KEY }));
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root);
    await restoreRunFromCache(restoreRequest({ stateKey: KEY }));
    expect(readFileSync(join(root, 'specs/a.md'), 'utf8')).toBe('sealed');
    // The seal stays in the entry: the project's run folder holds only the run's own files.
    expect(readdirSync(join(root, RUN_DIR))).toEqual(['state.json']);
  });

  it('refuses an entry without a seal, with another key, or moved to a newer key', async () => {
    // The genuine save in beforeEach carries no seal.
    const [unsealed] = server.entries();
    await expectRefused(
      unsealed.key,
      /carries no seal, so it was not saved by a job that holds the state key/,
      restoreRequest({ stateKey: KEY })
    );

    write(root, { [`${RUN_DIR}/state.json`]: STATE, 'specs/a.md': 'a' });
    const other = await saveRunToCache(saveRequest({ stateKey: 'another key' }));
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root);
    await expectRefused(other.key, /seal does not match/, restoreRequest({ stateKey: KEY }));

    write(root, { [`${RUN_DIR}/state.json`]: STATE, 'specs/a.md': 'a' });
    const good = await saveRunToCache(saveRequest({ stateKey: KEY }));
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root);
    // The same sealed bytes replayed under a newer key of the run.
    const replayed = seed(server.blob(good.key)!);
    await expectRefused(replayed, /seal does not match/, restoreRequest({ stateKey: KEY }));
  });

  it('refuses a sealed entry whose content was changed', async () => {
    write(root, { [`${RUN_DIR}/state.json`]: STATE, 'specs/a.md': 'reviewed' });
    const good = await saveRunToCache(saveRequest({ stateKey: KEY }));
    // Unpack the genuine archive, change one file, pack it again under a newer key.
    const unpacked = unpackArchive(server.blob(good.key)!, scratch);
    writeFileSync(join(unpacked, 'specs/a.md'), 'not what was reviewed');
    const key = seed(makeArchive(unpacked, ['.specify', 'specs']));
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root);
    await expectRefused(key, /seal does not match/, restoreRequest({ stateKey: KEY }));
  });
});
