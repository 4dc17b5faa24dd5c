/**
 * Per-item workspace changes with real git: a temporary origin, a "shard" clone where items run
 * in worktrees of a baseline, and a separate "gather" clone of the same origin that applies the
 * kept patches. Both clones get the same restored (untracked) run files first, as the jobs do.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  ChangeConflict,
  UnsafePatchError,
  addItemWorkspace,
  applyItemChanges,
  changesSince,
  removeItemWorkspace,
  takeBaseline,
  type Baseline,
  type ChangeScope
} from '../../src/action/workspace-changes.js';
import { fileTree } from '../support/file-tree.js';

const SPECS: ChangeScope = { paths: ['docs', 'specs'] };

/** Git for the test's own set-up, with a fixed identity and no user or system configuration. */
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' });
}

let temp: string;
let origin: string;
let savedGlobal: string | undefined;
let savedNoSystem: string | undefined;

/** Written into a file at `rel` under `base`, folders created. */
function put(base: string, rel: string, content: string | Buffer, mode?: number): void {
  mkdirSync(dirname(join(base, rel)), { recursive: true });
  writeFileSync(join(base, rel), content);
  if (mode !== undefined) chmodSync(join(base, rel), mode);
}

const BINARY = Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 10, 13, 0, 128, 7]);
const NUMBERED = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);

beforeAll(() => {
  // The module's own git runs inherit these: the machine's configuration must not matter.
  savedGlobal = process.env.GIT_CONFIG_GLOBAL;
  savedNoSystem = process.env.GIT_CONFIG_NOSYSTEM;
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  expect(execFileSync('git', ['--version'], { encoding: 'utf8' })).toMatch(/^git version/);

  temp = mkdtempSync(join(tmpdir(), 'workspace-changes-'));
  origin = join(temp, 'origin');
  mkdirSync(origin);
  git(origin, 'init', '-q', '-b', 'main');
  put(origin, 'README.md', 'readme\n');
  put(origin, 'src/app.ts', 'export const app = 1;\n');
  put(origin, 'docs/guide.md', 'guide\n');
  put(origin, 'docs/old.md', 'old\n');
  put(origin, '.gitignore', 'build/\n*.log\nspecs/cache/\n');
  put(origin, '.specify/workflows/flow/workflow.yml', 'id: flow\n');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'initial');
});

afterAll(() => {
  if (savedGlobal === undefined) delete process.env.GIT_CONFIG_GLOBAL;
  else process.env.GIT_CONFIG_GLOBAL = savedGlobal;
  if (savedNoSystem === undefined) delete process.env.GIT_CONFIG_NOSYSTEM;
  else process.env.GIT_CONFIG_NOSYSTEM = savedNoSystem;
  rmSync(temp, { recursive: true, force: true });
});

let cloneCount = 0;

/** A fresh checkout of the origin with the run's saved files restored, as a shard or gather job has. */
function job(name: string): string {
  const dir = join(temp, `${name}-${++cloneCount}`);
  git(temp, 'clone', '-q', origin, dir);
  put(dir, 'specs/001/spec.md', NUMBERED.join('\n') + '\n');
  put(dir, 'specs/001/plan.md', 'plan\n');
  put(dir, 'specs/data.bin', BINARY);
  put(dir, 'specs/run.sh', '#!/bin/sh\necho run\n', 0o644);
  put(dir, 'specs/cache/ignored.txt', 'ignored but persisted\n');
  put(dir, '.specify/workflows/runs/r1/state.json', '{"step":1}\n');
  return dir;
}

function items(): string {
  const dir = join(temp, `items-${++cloneCount}`);
  mkdirSync(dir);
  return dir;
}

/** The project's files (not .git) with contents, plus the executable bits, plus git's view. */
function snapshot(dir: string): { files: Record<string, string>; exec: string[]; status: string } {
  const files = Object.fromEntries(
    Object.entries(fileTree(dir)).filter(([k]) => k !== '.git' && !k.startsWith('.git/'))
  );
  const exec = Object.keys(files)
    .filter((k) => files[k] !== '<dir>' && !files[k].startsWith('-> '))
    .filter((k) => (statSync(join(dir, k)).mode & 0o111) !== 0);
  const status = git(dir, 'status', '--porcelain', '--ignored', '--untracked-files=all');
  return { files, exec, status };
}

function edit(dir: string, rel: string, change: (lines: string[]) => void): void {
  const lines = readFileSync(join(dir, rel), 'utf8').split('\n');
  change(lines);
  writeFileSync(join(dir, rel), lines.join('\n'));
}

/** The changes one item makes, run in its own workspace of `baseline`. */
async function itemPatch(
  baseline: Baseline,
  label: string,
  work: (dir: string) => void
): Promise<{ label: string; patch: Buffer }> {
  const dir = await addItemWorkspace(baseline, join(items(), 'ws'));
  try {
    work(dir);
    return { label, patch: await changesSince(baseline, dir) };
  } finally {
    await removeItemWorkspace(baseline, dir);
  }
}

test.each([
  ['persist paths', SPECS],
  ['worktree', 'worktree' as const]
])(
  'a baseline (%s) holds the restored files, never the run state, and leaves git as it was',
  async (_name, scope) => {
    const root = job('shard');
    put(root, '.specify/workflows/flow/workflow.yml', 'id: changed\n');
    git(root, 'stash', 'list');
    const before = {
      status: git(root, 'status', '--porcelain', '--ignored', '--untracked-files=all'),
      head: git(root, 'rev-parse', 'HEAD'),
      refs: git(root, 'for-each-ref'),
      stash: git(root, 'stash', 'list'),
      index: readFileSync(join(root, '.git/index'))
    };
    const files = snapshot(root).files;

    const baseline = await takeBaseline(root, scope);

    const listed = git(root, 'ls-tree', '-r', '--name-only', baseline.tree).split('\n');
    expect(listed).toEqual(expect.arrayContaining(['specs/001/spec.md', 'specs/data.bin']));
    // Ignored files count inside persist paths only.
    expect(listed.includes('specs/cache/ignored.txt')).toBe(scope !== 'worktree');
    expect(listed.filter((p) => p.startsWith('.specify/workflows/runs'))).toEqual([]);
    // Tracked run state stays as HEAD has it, changed or not.
    expect(git(root, 'show', `${baseline.tree}:.specify/workflows/flow/workflow.yml`)).toBe(
      'id: flow\n'
    );
    expect(git(root, 'rev-parse', `${baseline.commit}^`)).toBe(before.head);
    expect(git(root, 'rev-parse', `${baseline.commit}^{tree}`).trim()).toBe(baseline.tree);

    expect(git(root, 'status', '--porcelain', '--ignored', '--untracked-files=all')).toBe(
      before.status
    );
    expect(git(root, 'rev-parse', 'HEAD')).toBe(before.head);
    expect(git(root, 'for-each-ref')).toBe(before.refs);
    expect(git(root, 'stash', 'list')).toBe(before.stash);
    expect(readFileSync(join(root, '.git/index')).equals(before.index)).toBe(true);
    expect(snapshot(root).files).toEqual(files);

    // Run state written after the baseline is no item's change either.
    put(root, '.specify/workflows/runs/r1/state.json', '{"step":2}\n');
    expect((await changesSince(baseline, root)).length).toBe(0);
  }
);

test('untracked, binary, deleted and mode changes travel from a shard clone to a gather clone', async () => {
  const shard = job('shard');
  const baseline = await takeBaseline(shard, SPECS);
  const newBinary = Buffer.from([0, 0, 0, 42, 255, 0, 1]);
  const workspace = await addItemWorkspace(baseline, join(items(), 'item-1'));
  // The workspace starts from the baseline: the restored files, ignored ones included.
  expect(readFileSync(join(workspace, 'specs/cache/ignored.txt'), 'utf8')).toBe(
    'ignored but persisted\n'
  );
  expect(existsSync(join(workspace, '.specify/workflows/runs'))).toBe(false);

  put(workspace, 'specs/001/tasks.md', 'tasks\n');
  put(workspace, 'specs/data.bin', Buffer.concat([BINARY, Buffer.from([0, 9, 0])]));
  put(workspace, 'specs/new.bin', newBinary);
  unlinkSync(join(workspace, 'specs/001/plan.md'));
  unlinkSync(join(workspace, 'docs/old.md'));
  chmodSync(join(workspace, 'specs/run.sh'), 0o755);
  put(workspace, 'specs/cache/ignored.txt', 'changed while ignored\n');
  symlinkSync('001/spec.md', join(workspace, 'specs/spec-link'));
  const patch = await changesSince(baseline, workspace);
  await removeItemWorkspace(baseline, workspace);
  expect(existsSync(workspace)).toBe(false);
  await expect(removeItemWorkspace(baseline, workspace)).resolves.toBeUndefined();

  const gather = job('gather');
  const gatherBaseline = await takeBaseline(gather, SPECS);
  expect(gatherBaseline.tree).toBe(baseline.tree);
  const written = await applyItemChanges(gatherBaseline, [{ label: 'item 1 (t:1)', patch }]);

  expect(written).toEqual([
    'docs/old.md',
    'specs/001/plan.md',
    'specs/001/tasks.md',
    'specs/cache/ignored.txt',
    'specs/data.bin',
    'specs/new.bin',
    'specs/run.sh',
    'specs/spec-link'
  ]);
  expect(readFileSync(join(gather, 'specs/001/tasks.md'), 'utf8')).toBe('tasks\n');
  expect(readFileSync(join(gather, 'specs/data.bin'))).toEqual(
    Buffer.concat([BINARY, Buffer.from([0, 9, 0])])
  );
  expect(readFileSync(join(gather, 'specs/new.bin'))).toEqual(newBinary);
  expect(existsSync(join(gather, 'specs/001/plan.md'))).toBe(false);
  expect(existsSync(join(gather, 'docs/old.md'))).toBe(false);
  expect(statSync(join(gather, 'specs/run.sh')).mode & 0o777).toBe(0o755);
  expect(readFileSync(join(gather, 'specs/cache/ignored.txt'), 'utf8')).toBe(
    'changed while ignored\n'
  );
  expect(fileTree(gather)['specs/spec-link']).toBe('-> 001/spec.md');
  // The gather's own checkout state: the run state and everything else as it was.
  expect(readFileSync(join(gather, '.specify/workflows/runs/r1/state.json'), 'utf8')).toBe(
    '{"step":1}\n'
  );
  expect(git(gather, 'status', '--porcelain')).toContain(' D docs/old.md');
  // Nothing left to carry: the gather root now holds exactly the item's changes.
  const again = await changesSince(gatherBaseline, gather);
  expect(again.equals(patch)).toBe(true);
});

test('persist paths: changes outside them do not count, ignored files inside them do', async () => {
  const root = job('shard');
  const baseline = await takeBaseline(root, SPECS);
  put(root, 'README.md', 'changed readme\n');
  put(root, 'src/extra.ts', 'export {};\n');
  put(root, 'build/out.txt', 'built\n');
  put(root, 'specs/cache/new.txt', 'new ignored\n');
  put(root, 'specs/debug.log', 'log\n');

  const patch = (await changesSince(baseline, root)).toString('utf8');
  expect(patch).toContain('diff --git a/specs/cache/new.txt b/specs/cache/new.txt');
  expect(patch).toContain('diff --git a/specs/debug.log b/specs/debug.log');
  expect(patch).not.toContain('README.md');
  expect(patch).not.toContain('src/extra.ts');
  expect(patch).not.toContain('build/out.txt');
});

test('a persist path that is not there yet counts once created, and its deletion counts', async () => {
  const root = job('shard');
  const baseline = await takeBaseline(root, { paths: ['notes', 'specs'] });
  expect((await changesSince(baseline, root)).length).toBe(0);
  put(root, 'notes/n.md', 'note\n');
  rmSync(join(root, 'specs'), { recursive: true });
  const patch = (await changesSince(baseline, root)).toString('utf8');
  expect(patch).toContain('new file mode 100644\nindex 0000000000000000000000000000000000000000');
  expect(patch).toContain('b/notes/n.md');
  expect(patch).toContain('deleted file mode 100644');
  expect(patch).toContain('a/specs/cache/ignored.txt');
});

test('worktree scope: every file that is not ignored counts, the run state never', async () => {
  const root = job('shard');
  const baseline = await takeBaseline(root, 'worktree');
  expect(git(root, 'ls-tree', '-r', '--name-only', baseline.tree)).not.toContain(
    'specs/cache/ignored.txt'
  );
  put(root, 'README.md', 'changed readme\n');
  put(root, 'src/extra.ts', 'export {};\n');
  put(root, 'build/out.txt', 'built\n');
  put(root, 'notes.log', 'log\n');
  put(root, 'specs/cache/ignored.txt', 'changed\n');
  put(root, 'specs/001/plan.md', 'new plan\n');
  put(root, '.specify/workflows/runs/r1/state.json', '{"step":9}\n');
  put(root, '.specify/workflows/flow/workflow.yml', 'id: edited\n');

  const patch = (await changesSince(baseline, root)).toString('utf8');
  const files = [...patch.matchAll(/^diff --git a\/(\S+) /gm)].map((m) => m[1]);
  expect(files).toEqual(['README.md', 'specs/001/plan.md', 'src/extra.ts']);
});

test('two items changing different files, or different parts of one file, both apply', async () => {
  const shard = job('shard');
  const baseline = await takeBaseline(shard, SPECS);
  const first = await itemPatch(baseline, 'item 1 (t:1)', (dir) => {
    edit(dir, 'specs/001/spec.md', (lines) => (lines[4] = 'line 5 by item 1'));
    put(dir, 'docs/guide.md', 'guide by item 1\n');
  });
  // Line 8 is within the context of item 1's hunk: the plain apply fails, the 3-way merge works.
  const second = await itemPatch(baseline, 'item 2 (t:2)', (dir) => {
    edit(dir, 'specs/001/spec.md', (lines) => (lines[7] = 'line 8 by item 2'));
    edit(dir, 'specs/001/spec.md', (lines) => (lines[28] = 'line 29 by item 2'));
    put(dir, 'specs/001/plan.md', 'plan by item 2\n');
  });

  const gather = job('gather');
  const written = await applyItemChanges(await takeBaseline(gather, SPECS), [first, second]);

  expect(written).toEqual(['docs/guide.md', 'specs/001/plan.md', 'specs/001/spec.md']);
  const expected = [...NUMBERED];
  expected[4] = 'line 5 by item 1';
  expected[7] = 'line 8 by item 2';
  expected[28] = 'line 29 by item 2';
  expect(readFileSync(join(gather, 'specs/001/spec.md'), 'utf8')).toBe(expected.join('\n') + '\n');
  expect(readFileSync(join(gather, 'docs/guide.md'), 'utf8')).toBe('guide by item 1\n');
  expect(readFileSync(join(gather, 'specs/001/plan.md'), 'utf8')).toBe('plan by item 2\n');
});

describe('conflicts', () => {
  test('two items changing the same lines: a ChangeConflict naming both, the project untouched', async () => {
    const shard = job('shard');
    const baseline = await takeBaseline(shard, SPECS);
    const one = await itemPatch(baseline, 'item 1 (t:1)', (dir) =>
      edit(dir, 'specs/001/spec.md', (lines) => (lines[9] = 'line 10 by item 1'))
    );
    const two = await itemPatch(baseline, 'item 2 (t:2)', (dir) =>
      put(dir, 'docs/guide.md', 'guide by item 2\n')
    );
    const three = await itemPatch(baseline, 'item 3 (t:3)', (dir) => {
      put(dir, 'specs/001/tasks.md', 'tasks by item 3\n');
      edit(dir, 'specs/001/spec.md', (lines) => (lines[9] = 'line 10 by item 3'));
    });

    const gather = job('gather');
    const gatherBaseline = await takeBaseline(gather, SPECS);
    const before = snapshot(gather);
    const error = await applyItemChanges(gatherBaseline, [one, two, three]).catch((e) => e);

    expect(error).toBeInstanceOf(ChangeConflict);
    const conflict = error as ChangeConflict;
    // The latest earlier item that touched the file, not merely the one before.
    expect(conflict.first).toBe('item 1 (t:1)');
    expect(conflict.second).toBe('item 3 (t:3)');
    expect(conflict.files).toEqual(['specs/001/spec.md']);
    expect(conflict.message).toBe(
      'the changes of item 3 (t:3) conflict with those of item 1 (t:1) in specs/001/spec.md; nothing was applied'
    );
    // Neither item 1's nor item 2's clean changes, nor conflict markers, reached the project.
    expect(snapshot(gather)).toEqual(before);
  });

  test('two items deleting the same file conflict too', async () => {
    const baseline = await takeBaseline(job('shard'), SPECS);
    const remove = (dir: string) => unlinkSync(join(dir, 'specs/001/plan.md'));
    const one = await itemPatch(baseline, 'item 1', remove);
    const two = await itemPatch(baseline, 'item 2', remove);
    const gather = job('gather');
    const before = snapshot(gather);
    const error = await applyItemChanges(await takeBaseline(gather, SPECS), [one, two]).catch(
      (e) => e
    );
    expect(error).toBeInstanceOf(ChangeConflict);
    expect([error.first, error.second, error.files]).toEqual([
      'item 1',
      'item 2',
      ['specs/001/plan.md']
    ]);
    expect(snapshot(gather)).toEqual(before);
  });

  test('a patch that does not apply to the baseline at all conflicts with "the baseline"', async () => {
    const shard = job('shard');
    put(shard, 'specs/001/plan.md', 'a different plan\nwith lines\n');
    const baseline = await takeBaseline(shard, SPECS);
    const stray = await itemPatch(baseline, 'item 4 (t:4)', (dir) =>
      put(dir, 'specs/001/plan.md', 'a different plan\nwith other lines\n')
    );
    const gather = job('gather');
    const before = snapshot(gather);
    const error = await applyItemChanges(await takeBaseline(gather, SPECS), [stray]).catch(
      (e) => e
    );
    expect(error).toBeInstanceOf(ChangeConflict);
    expect(error.first).toBe('the baseline');
    expect(error.second).toBe('item 4 (t:4)');
    expect(error.files).toEqual(['specs/001/plan.md']);
    expect(error.message).toMatch(
      /^the changes of item 4 \(t:4\) do not apply to the baseline \(the files as they were before any item ran\) in specs\/001\/plan\.md/
    );
    expect(snapshot(gather)).toEqual(before);
  });

  test('a project changed since its baseline is not written over', async () => {
    const baseline = await takeBaseline(job('shard'), SPECS);
    const change = await itemPatch(baseline, 'item 1', (dir) =>
      put(dir, 'specs/001/plan.md', 'plan by item 1\n')
    );
    const gather = job('gather');
    const gatherBaseline = await takeBaseline(gather, SPECS);
    put(gather, 'specs/001/plan.md', 'edited after the baseline\n');
    const before = snapshot(gather);
    await expect(applyItemChanges(gatherBaseline, [change])).rejects.toThrow(
      /^the project's files are not as in the baseline/
    );
    expect(snapshot(gather)).toEqual(before);
  });
});

describe('hostile patches are refused before anything is written', () => {
  const newFile = (file: string, mode = '100644') =>
    Buffer.from(
      `diff --git a/${file} b/${file}\nnew file mode ${mode}\n` +
        `index 0000000000000000000000000000000000000000..b7d6715e2df11b9c32b2341423273c6b3ad9ae8a\n` +
        `--- /dev/null\n+++ b/${file}\n@@ -0,0 +1 @@\n+hi\n`
    );

  test.each([
    ['README.md', /outside the persist paths \(docs, specs\)/],
    ['specs2/x.md', /outside the persist paths/],
    ['.specify/workflows/runs/r1/state.json', /into the run state \(.specify\/workflows\)/],
    ['specs/.git/hooks/post-checkout', /into git metadata/],
    ['specs/../README.md', /not a plain relative path/],
    ['../outside.txt', /not a plain relative path/]
  ])('a patch writing %s', async (file, why) => {
    const gather = job('gather');
    const baseline = await takeBaseline(gather, SPECS);
    const before = snapshot(gather);
    const fine = { label: 'item 1', patch: newFile('specs/fine.md') };
    const error = await applyItemChanges(baseline, [
      fine,
      { label: 'item 2 (t:2)', patch: newFile(file) }
    ]).catch((e) => e);
    expect(error).toBeInstanceOf(UnsafePatchError);
    expect(error.message).toMatch(/^the changes of item 2 \(t:2\) were refused: they would /);
    expect(error.message).toMatch(why);
    expect(error.message).toContain(JSON.stringify(file));
    expect(error.path).toBe(file);
    expect(snapshot(gather)).toEqual(before);
    expect(existsSync(join(temp, 'outside.txt'))).toBe(false);
  });

  test('in worktree scope, .git and the run state are still refused', async () => {
    const gather = job('gather');
    const baseline = await takeBaseline(gather, 'worktree');
    for (const file of ['.git/config', '.specify/workflows/flow/workflow.yml', '.GIT/x']) {
      await expect(
        applyItemChanges(baseline, [{ label: 'item 9', patch: newFile(file) }])
      ).rejects.toThrow(
        new RegExp(`^the changes of item 9 were refused: .*"${file.replace(/\./g, '\\.')}"`)
      );
    }
  });

  test.each([
    ['../../../etc/passwd', 'outside'],
    ['/etc/passwd', 'absolute'],
    ['../.git/config', 'into .git']
  ])('a symbolic link to %s (%s)', async (target) => {
    const baseline = await takeBaseline(job('shard'), SPECS);
    const link = await itemPatch(baseline, 'item 5 (t:5)', (dir) =>
      symlinkSync(target, join(dir, 'specs/evil'))
    );
    const gather = job('gather');
    const before = snapshot(gather);
    await expect(applyItemChanges(await takeBaseline(gather, SPECS), [link])).rejects.toThrow(
      `the changes of item 5 (t:5) were refused: they would create a symbolic link to ${JSON.stringify(target)}`
    );
    expect(snapshot(gather)).toEqual(before);
  });

  test.each([
    [
      'specs/b -> .., specs/a -> b/..',
      [
        ['b', '..'],
        ['a', 'b/..']
      ],
      'specs/a'
    ],
    [
      'specs/b -> ../.specify, specs/a -> b/workflows',
      [
        ['b', '../.specify'],
        ['a', 'b/workflows']
      ],
      'specs/a'
    ]
  ])('a chain of symbolic links out of the project (%s)', async (_, made, culprit) => {
    const baseline = await takeBaseline(job('shard'), SPECS);
    const links = await itemPatch(baseline, 'item 8 (t:8)', (dir) => {
      for (const [name, target] of made) symlinkSync(target, join(dir, 'specs', name));
    });
    const gather = job('gather');
    const before = snapshot(gather);
    const error = await applyItemChanges(await takeBaseline(gather, SPECS), [links]).catch(
      (e) => e
    );
    expect(error).toBeInstanceOf(UnsafePatchError);
    expect(error.message).toMatch(
      /^the changes of item 8 \(t:8\) were refused: .*through other links/
    );
    expect(error.path).toBe(culprit);
    expect(snapshot(gather)).toEqual(before);
  });

  test('a link through a link another item made is followed too; links that stay inside apply', async () => {
    const baseline = await takeBaseline(job('shard'), SPECS);
    const up = await itemPatch(baseline, 'item 1', (dir) =>
      symlinkSync('..', join(dir, 'specs/up'))
    );
    const out = await itemPatch(baseline, 'item 2', (dir) =>
      symlinkSync('up/../escape', join(dir, 'specs/out'))
    );
    const inside = await itemPatch(baseline, 'item 3', (dir) =>
      symlinkSync('up/src/app.ts', join(dir, 'specs/app'))
    );
    const gather = job('gather');
    const error = await applyItemChanges(await takeBaseline(gather, SPECS), [up, out]).catch(
      (e) => e
    );
    expect(error).toBeInstanceOf(UnsafePatchError);
    expect(error.label).toBe('item 2');
    const written = await applyItemChanges(await takeBaseline(gather, SPECS), [up, inside]);
    expect(written).toEqual(['specs/app', 'specs/up']);
    expect(readFileSync(join(gather, 'specs/app'), 'utf8')).toBe('export const app = 1;\n');
  });

  test('a rename out of the scope is caught by what git did, not only the names given', async () => {
    const gather = job('gather');
    const baseline = await takeBaseline(gather, SPECS);
    const before = snapshot(gather);
    const rename = Buffer.from(
      'diff --git a/README.md b/specs/readme.md\nsimilarity index 100%\n' +
        'rename from README.md\nrename to specs/readme.md\n'
    );
    const error = await applyItemChanges(baseline, [{ label: 'item 6', patch: rename }]).catch(
      (e) => e
    );
    expect(error).toBeInstanceOf(UnsafePatchError);
    expect(error.path).toBe('README.md');
    expect(snapshot(gather)).toEqual(before);
  });

  test('what is not a patch at all is an error naming the item', async () => {
    const baseline = await takeBaseline(job('gather'), SPECS);
    await expect(
      applyItemChanges(baseline, [
        { label: 'item 7', patch: Buffer.from('diff --git a/x b/x\n@@ garbage\n') }
      ])
    ).rejects.toThrow(/^the changes of item 7 are not a valid patch/);
  });
});

test('item workspaces made at once from one baseline are apart, and their patches apply in order', async () => {
  const shard = job('shard');
  const baseline = await takeBaseline(shard, SPECS);
  const parent = items();
  const dirs = await Promise.all(
    [1, 2, 3].map((n) => addItemWorkspace(baseline, join(parent, `item-${n}`)))
  );
  await expect(addItemWorkspace(baseline, dirs[0])).rejects.toThrow(/it exists/);

  put(dirs[0], 'specs/001/spec.md', 'item 1 rewrote it\n');
  put(dirs[1], 'specs/002/spec.md', 'item 2 added it\n');
  put(dirs[2], 'specs/001/plan.md', 'plan by item 3\n');
  // Each workspace sees the baseline and its own changes only.
  expect(readFileSync(join(dirs[1], 'specs/001/spec.md'), 'utf8')).toBe(NUMBERED.join('\n') + '\n');
  expect(existsSync(join(dirs[0], 'specs/002'))).toBe(false);
  expect(readFileSync(join(dirs[0], 'specs/001/plan.md'), 'utf8')).toBe('plan\n');
  expect(existsSync(join(shard, 'specs/002'))).toBe(false);

  const patches = await Promise.all(dirs.map((dir) => changesSince(baseline, dir)));
  expect(
    patches.map((p) => [...p.toString('utf8').matchAll(/^\+\+\+ b\/(.*)$/gm)].map((m) => m[1]))
  ).toEqual([['specs/001/spec.md'], ['specs/002/spec.md'], ['specs/001/plan.md']]);
  await Promise.all(dirs.map((dir) => removeItemWorkspace(baseline, dir)));
  expect(git(shard, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);

  const gather = job('gather');
  const written = await applyItemChanges(
    await takeBaseline(gather, SPECS),
    patches.map((patch, i) => ({ label: `item ${i + 1}`, patch }))
  );
  expect(written).toEqual(['specs/001/plan.md', 'specs/001/spec.md', 'specs/002/spec.md']);
  expect(readFileSync(join(gather, 'specs/001/spec.md'), 'utf8')).toBe('item 1 rewrote it\n');
  expect(readFileSync(join(gather, 'specs/002/spec.md'), 'utf8')).toBe('item 2 added it\n');
  expect(readFileSync(join(gather, 'specs/001/plan.md'), 'utf8')).toBe('plan by item 3\n');
});

test('changes named by file are read by git from there; a file that is not plain is refused', async () => {
  const baseline = await takeBaseline(job('shard'), SPECS);
  const one = await itemPatch(baseline, 'item 1', (dir) => put(dir, 'specs/one.md', 'one\n'));
  const folder = items();
  writeFileSync(join(folder, 'item-1.patch'), one.patch);
  writeFileSync(join(folder, 'empty.patch'), '');
  symlinkSync('item-1.patch', join(folder, 'link.patch'));
  const gather = job('gather');
  const base = await takeBaseline(gather, SPECS);
  await expect(
    applyItemChanges(base, [{ label: 'item 2', file: join(folder, 'link.patch') }])
  ).rejects.toThrow(/^the changes of item 2 are not in a plain file/);
  const written = await applyItemChanges(base, [
    { label: 'item 0', file: join(folder, 'empty.patch') },
    { label: 'item 1', file: join(folder, 'item-1.patch') }
  ]);
  expect(written).toEqual(['specs/one.md']);
  expect(readFileSync(join(gather, 'specs/one.md'), 'utf8')).toBe('one\n');
});

test('no change is an empty Buffer, and applying only empty changes writes nothing', async () => {
  const root = job('shard');
  const baseline = await takeBaseline(root, SPECS);
  const fromRoot = await changesSince(baseline, root);
  expect(Buffer.isBuffer(fromRoot)).toBe(true);
  expect(fromRoot.length).toBe(0);
  const unchanged = await itemPatch(baseline, 'item 1', () => undefined);
  expect(Buffer.isBuffer(unchanged.patch)).toBe(true);
  expect(unchanged.patch.length).toBe(0);
  const before = snapshot(root);
  await expect(applyItemChanges(baseline, [unchanged])).resolves.toEqual([]);
  expect(snapshot(root)).toEqual(before);
});

test('a subfolder of a checkout is refused: patch paths are relative to the top folder', async () => {
  const root = job('shard');
  await expect(takeBaseline(join(root, 'specs'), SPECS)).rejects.toThrow(/is not the top folder/);
  const baseline = await takeBaseline(root, SPECS);
  await expect(changesSince(baseline, join(root, 'specs'))).rejects.toThrow(
    /is not the top folder/
  );
});

describe('git attributes from a patch', () => {
  /** A global configuration with filter and merge drivers, as a runner sets up git-lfs. */
  function withDrivers(marker: string): () => void {
    const config = join(temp, `drivers-${++cloneCount}.gitconfig`);
    const probe = join(temp, `probe-${cloneCount}.sh`);
    put(temp, `probe-${cloneCount}.sh`, `#!/bin/sh\necho ran >> '${marker}'\ncat\n`, 0o755);
    writeFileSync(
      config,
      `[filter "probe"]\n\tsmudge = ${probe}\n\tclean = ${probe}\n[merge "probe"]\n\tdriver = ${probe}\n`
    );
    process.env.GIT_CONFIG_GLOBAL = config;
    return () => {
      process.env.GIT_CONFIG_GLOBAL = '/dev/null';
    };
  }

  test.each(['specs/.gitattributes', 'specs/001/.GitAttributes'])(
    'a patch adding %s is refused before git reads it: no driver the runner configured runs',
    async (file) => {
      const marker = join(temp, `marker-${++cloneCount}`);
      const restore = withDrivers(marker);
      try {
        const baseline = await takeBaseline(job('shard'), SPECS);
        const attributes = await itemPatch(baseline, 'item 4 (t:4)', (dir) => {
          put(dir, file, '* filter=probe merge=probe\n');
          put(dir, 'specs/001/new.md', 'new\n');
        });
        // The shard ran its own item with the drivers (its own code): only the gather counts.
        rmSync(marker, { force: true });
        const gather = job('gather');
        const before = snapshot(gather);
        const error = await applyItemChanges(await takeBaseline(gather, SPECS), [attributes]).catch(
          (e) => e
        );
        expect(error).toBeInstanceOf(UnsafePatchError);
        expect(error.message).toMatch(/^the changes of item 4 \(t:4\) were refused: .*attributes/);
        expect(error.path).toBe(file);
        expect(snapshot(gather)).toEqual(before);
        expect(existsSync(marker)).toBe(false);
      } finally {
        restore();
      }
    }
  );

  test('a patch deleting or changing a committed .gitattributes is refused too', async () => {
    const gather = job('gather');
    put(gather, '.gitattributes', '*.md text\n');
    git(gather, 'add', '.gitattributes');
    git(gather, 'commit', '-q', '-m', 'attributes');
    const base = await takeBaseline(gather, 'worktree');
    const removal = await itemPatch(base, 'item 6', (dir) =>
      unlinkSync(join(dir, '.gitattributes'))
    );
    await expect(applyItemChanges(base, [removal])).rejects.toThrow(
      /^the changes of item 6 were refused: .*"\.gitattributes"/
    );
  });
});
