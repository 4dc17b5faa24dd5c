/**
 * Per-item workspace changes for sharded fan-out steps, as git binary patches.
 *
 * A shard job takes a baseline of the project (its checkout plus the run's restored files), runs
 * each item in a detached git worktree of that baseline, and keeps what each item changed as a
 * patch. A gather job takes its own baseline (same commit, same restored files, so the same
 * tree) and applies the kept patches in item order with a 3-way merge. Every step works on
 * temporary index files: the project's own index, HEAD, refs, stash and files are never touched,
 * except by the final write of a gather that applied cleanly.
 *
 * Patches are hostile data (they travel through a cache entry that other jobs may write), so
 * `applyItemChanges` refuses any patch that would write outside the scope, into `.git` or the run
 * state, a `.gitattributes` file, a submodule entry, or a symbolic link pointing outside the
 * project, before anything is written to the project.
 */
import { execFile } from 'node:child_process';
import { lstat, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Which files count: the given persist paths (relative, '/'-separated, already normalized; ignored files inside them count too, like a forced add), or the whole working tree (respecting .gitignore). */
export type ChangeScope = { paths: readonly string[] } | 'worktree';

export interface Baseline {
  root: string;
  tree: string;
  commit: string;
  scope: ChangeScope;
}

/** One item's patch: in memory, or in a file git reads itself (a gather's, one at a time). */
export type ItemChanges = {
  /** e.g. "item 3 (implement:task:3)" */
  label: string;
} & ({ patch: Buffer } | { file: string });

/** Two items (or an item and the baseline) changed the same lines of the same files. */
export class ChangeConflict extends Error {
  readonly first: string;
  readonly second: string;
  readonly files: string[];

  constructor(first: string, second: string, files: string[], detail?: string) {
    const list = files.length > 0 ? files.join(', ') : '(no file named by git)';
    super(
      first === BASELINE_LABEL
        ? `the changes of ${second} do not apply to the baseline (the files as they were before ` +
            `any item ran) in ${list}${detail ? `: ${detail}` : ''}; nothing was applied`
        : `the changes of ${second} conflict with those of ${first} in ${list}; nothing was applied`
    );
    this.name = 'ChangeConflict';
    this.first = first;
    this.second = second;
    this.files = files;
  }
}

/** A patch that would write somewhere it must not; nothing was applied. */
export class UnsafePatchError extends Error {
  readonly label: string;
  readonly path: string;

  constructor(label: string, file: string, why: string) {
    super(
      `the changes of ${label} were refused: they would ${why} (${JSON.stringify(file)}); nothing was applied`
    );
    this.name = 'UnsafePatchError';
    this.label = label;
    this.path = file;
  }
}

/** What `ChangeConflict.first` is when no earlier patch touched the conflicting files. */
const BASELINE_LABEL = 'the baseline';

/** The run state: the engine's own, never part of an item's changes. */
const WORKFLOWS_FOLDER = '.specify/workflows';

/** The largest patch this module produces or accepts. */
export const MAX_PATCH_BYTES = 256 * 1024 * 1024;

/** Room for the largest patch plus git's own headers, for every git output read whole. */
const MAX_GIT_OUTPUT = MAX_PATCH_BYTES + 16 * 1024 * 1024;

const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';
const NO_MODE = '000000';

/**
 * Settings that would change what git writes or produces here, pinned whatever the user's or the
 * repository's configuration says: no hooks run (`worktree add` would run post-checkout), no
 * fsmonitor daemon, no line-ending conversion beyond .gitattributes (so every job sees the same
 * bytes), no shared or split index files next to the real one, diffs in the exact form
 * `git apply` reads back, no whitespace "fixing" while applying, no background gc that could
 * prune the unreferenced baseline commit, no submodule recursion, no signing, and a fixed
 * identity for the baseline commit.
 */
const GIT_CONFIG = [
  'core.hooksPath=/dev/null',
  'core.fsmonitor=false',
  'core.autocrlf=false',
  'core.safecrlf=false',
  'core.splitIndex=false',
  'core.untrackedCache=false',
  'diff.noprefix=false',
  'diff.mnemonicPrefix=false',
  'diff.renames=false',
  'apply.whitespace=nowarn',
  'apply.ignoreWhitespace=no',
  'gc.auto=0',
  'maintenance.auto=false',
  'submodule.recurse=false',
  'advice.detachedHead=false',
  'commit.gpgSign=false',
  'user.name=specflow',
  'user.email=specflow@localhost'
].flatMap((setting) => ['-c', setting]);

/**
 * GIT_* variables that only choose configuration files are kept (a container job's
 * safe.directory lives there); every other one (GIT_DIR, GIT_INDEX_FILE, GIT_EXTERNAL_DIFF, ...)
 * could point git elsewhere or change its output, so it is dropped.
 */
const KEPT_GIT_VARIABLES = new Set([
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
  'GIT_CONFIG_NOSYSTEM'
]);

function gitEnvironment(indexFile: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('GIT_') || KEPT_GIT_VARIABLES.has(name)) env[name] = value;
  }
  // English messages (conflicting paths are read from them), never a credential prompt, and a
  // fixed date: the same tree on the same HEAD gives the same baseline commit in every job.
  env.LC_ALL = 'C';
  delete env.LANGUAGE;
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_AUTHOR_DATE = '@0 +0000';
  env.GIT_COMMITTER_DATE = '@0 +0000';
  if (indexFile !== undefined) env.GIT_INDEX_FILE = indexFile;
  return env;
}

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

interface GitOptions {
  /** A temporary index file to use instead of the repository's own. */
  index?: string;
  /** Written to git's standard input (which is otherwise closed at once). */
  input?: Buffer;
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean;
}

/** Run git in `cwd` with fixed settings; argv only, never a shell; output as bytes. */
function git(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...GIT_CONFIG, ...args],
      {
        cwd,
        env: gitEnvironment(options.index),
        encoding: 'buffer',
        maxBuffer: MAX_GIT_OUTPUT,
        windowsHide: true
      },
      (error, stdout, stderr) => {
        const err = error as (Error & { code?: unknown }) | null;
        const result = { stdout, stderr: stderr.toString('utf8'), code: 0 };
        if (err === null) return resolve(result);
        if (typeof err.code !== 'number') {
          const why =
            err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
              ? `its output exceeded ${MAX_GIT_OUTPUT} bytes`
              : err.message;
          return reject(new Error(`git ${args[0]} in ${cwd} failed: ${why}`));
        }
        result.code = err.code;
        if (options.allowFailure) return resolve(result);
        reject(
          new Error(
            `git ${args.join(' ')} in ${cwd} failed (exit ${err.code}): ${firstLines(result.stderr)}`
          )
        );
      }
    );
    // An unread stdin error (git exiting before reading it all) must not crash the process.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input);
  });
}

function firstLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(0, count).join(' / ');
}

/** A fresh private folder for temporary index files, under RUNNER_TEMP when there is one. */
async function withScratch<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const base = process.env.RUNNER_TEMP || tmpdir();
  await mkdir(base, { recursive: true });
  const folder = await mkdtemp(path.join(base, 'specflow-changes-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function nulFields(output: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let start = 0;
  for (let i = output.indexOf(0); i !== -1; i = output.indexOf(0, start)) {
    fields.push(output.subarray(start, i));
    start = i + 1;
  }
  if (start < output.length) fields.push(output.subarray(start));
  return fields;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

function checkScope(scope: ChangeScope): ChangeScope {
  if (scope === 'worktree') return scope;
  for (const p of scope.paths) {
    if (p === '' || p.startsWith('/') || p.includes('\\') || p.split('/').some(badComponent)) {
      throw new Error(`persist path ${JSON.stringify(p)} is not a normalized relative path`);
    }
  }
  return { paths: [...scope.paths] };
}

function badComponent(part: string): boolean {
  return part === '' || part === '.' || part === '..';
}

/** The pathspecs of the scope, literal (no glob magic), always without the run state. */
function scopePathspecs(scope: ChangeScope, present: readonly string[]): string[] {
  const include = scope === 'worktree' ? ['.'] : present.map((p) => `:(literal)${p}`);
  return [...include, `:(exclude,literal)${WORKFLOWS_FOLDER}`];
}

/**
 * Stage the files in scope as they are in `dir` into the temporary `index` (already holding the
 * tree to compare with): changes, new files and deletions; for persist paths ignored files too.
 */
async function stageScope(dir: string, scope: ChangeScope, index: string): Promise<void> {
  let present: string[] = [];
  if (scope !== 'worktree') {
    // `git add` fails on a pathspec that matches nothing: keep the paths that are on disk, or in
    // the index (a deleted folder whose deletion must be staged).
    const missing: string[] = [];
    for (const p of scope.paths) ((await exists(path.join(dir, p))) ? present : missing).push(p);
    if (missing.length > 0) {
      const listed = await git(
        dir,
        ['ls-files', '-z', '--', ...missing.map((p) => `:(literal)${p}`)],
        { index }
      );
      const tracked = nulFields(listed.stdout).map((f) => f.toString('utf8'));
      present = present.concat(
        missing.filter((p) => tracked.some((t) => t === p || t.startsWith(`${p}/`)))
      );
    }
    if (present.length === 0) return;
  }
  const force = scope === 'worktree' ? [] : ['--force'];
  await git(dir, ['add', '--all', ...force, '--', ...scopePathspecs(scope, present)], { index });
}

async function requireTopLevel(dir: string): Promise<string> {
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  const resolved = await realpath(dir);
  const topLevel = await realpath(top.stdout.toString('utf8').trim());
  if (resolved !== topLevel) {
    throw new Error(`${dir} is not the top folder of its git working tree (${topLevel} is)`);
  }
  return resolved;
}

/** Snapshot the files in scope as they are now in `root` (tracked + untracked, deletions of tracked files too) into a git tree and a commit object whose parent is HEAD, WITHOUT touching the real index, HEAD, refs, stash or working files. Files under `.specify/workflows/` and `.git` are always excluded (that is run state). Outside the scope, the tree equals HEAD's. */
export async function takeBaseline(root: string, scope: ChangeScope): Promise<Baseline> {
  const checked = checkScope(scope);
  root = path.resolve(root);
  await requireTopLevel(root);
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
    allowFailure: true
  });
  const parent = head.code === 0 ? head.stdout.toString('utf8').trim() : null;
  return withScratch(async (scratch) => {
    const index = path.join(scratch, 'index');
    await git(root, parent === null ? ['read-tree', '--empty'] : ['read-tree', parent], { index });
    await stageScope(root, checked, index);
    const tree = (await git(root, ['write-tree'], { index })).stdout.toString('utf8').trim();
    const parents = parent === null ? [] : ['-p', parent];
    const commit = await git(root, ['commit-tree', ...parents, '-m', 'specflow baseline', tree]);
    return { root, tree, commit: commit.stdout.toString('utf8').trim(), scope: checked };
  });
}

/** A detached `git worktree` of baseline.commit at `dir` (dir must not exist), for one item to run in. */
export async function addItemWorkspace(baseline: Baseline, dir: string): Promise<string> {
  const target = path.resolve(dir);
  if (await exists(target))
    throw new Error(`cannot create an item workspace at ${target}: it exists`);
  await git(baseline.root, ['worktree', 'add', '--detach', '--quiet', target, baseline.commit]);
  return target;
}

/** `git worktree remove --force` and prune; never throws if the workspace is already gone. */
export async function removeItemWorkspace(baseline: Baseline, dir: string): Promise<void> {
  const target = path.resolve(dir);
  const removed = await git(baseline.root, ['worktree', 'remove', '--force', target], {
    allowFailure: true
  });
  await git(baseline.root, ['worktree', 'prune'], { allowFailure: true });
  if (removed.code !== 0 && (await exists(target))) {
    throw new Error(`cannot remove the item workspace ${target}: ${firstLines(removed.stderr)}`);
  }
}

/** The changes in `dir` (the root itself or an item workspace) since the baseline, for the files in the baseline's scope, as a binary patch; empty when nothing changed. */
export async function changesSince(baseline: Baseline, dir: string): Promise<Buffer> {
  return withScratch(async (scratch) => {
    const index = path.join(scratch, 'index');
    // Paths in the patch are relative to the top folder: a subfolder would shift them all.
    await requireTopLevel(dir);
    await git(dir, ['read-tree', baseline.tree], { index });
    await stageScope(dir, baseline.scope, index);
    // Only the scope was staged over the baseline's tree, so the diff holds nothing else. The
    // flags make the output exactly what `git apply --3way` needs: full blob ids, binary data,
    // no renames, no external or text-converted diffs, the usual a/ b/ prefixes.
    const diff = await git(
      dir,
      [
        'diff',
        '--cached',
        '--binary',
        '--full-index',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        '--no-color',
        '--no-relative',
        '--ignore-submodules=all',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        baseline.tree,
        '--'
      ],
      { index }
    );
    if (diff.stdout.length > MAX_PATCH_BYTES) {
      throw new Error(`the changes in ${dir} exceed ${MAX_PATCH_BYTES} bytes`);
    }
    return diff.stdout;
  });
}

/** One entry of `git diff-tree -r -z` between two trees. */
interface TreeChange {
  srcMode: string;
  dstMode: string;
  srcOid: string;
  dstOid: string;
  /** The path's bytes as git has them (fed back to git unchanged). */
  raw: Buffer;
  path: string;
}

async function treeChanges(root: string, from: string, to: string): Promise<TreeChange[]> {
  const output = await git(root, ['diff-tree', '-r', '-z', '--no-renames', from, to]);
  const fields = nulFields(output.stdout);
  const changes: TreeChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [srcMode, dstMode, srcOid, dstOid] = fields[i].toString('utf8').slice(1).split(' ');
    const raw = fields[i + 1];
    changes.push({ srcMode, dstMode, srcOid, dstOid, raw, path: raw.toString('utf8') });
  }
  return changes;
}

/** Why `file` is not one a patch may write, or null when it may. */
function forbiddenReason(file: string, scope: ChangeScope): string | null {
  if (
    file === '' ||
    file.startsWith('/') ||
    file.includes('\\') ||
    file.includes('\0') ||
    file.split('/').some(badComponent)
  ) {
    return 'write a path that is not a plain relative path inside the project';
  }
  const lower = file.toLowerCase();
  // Lower-cased: on a case-insensitive file system `.GIT` is `.git`.
  if (lower.split('/').includes('.git')) return 'write into git metadata (.git)';
  // Attributes name filter and merge drivers, which git runs while it applies and writes the
  // changes: a driver the runner configured (git-lfs) would run on what the patch chose.
  if (lower.split('/').includes('.gitattributes')) {
    return 'change git attributes (.gitattributes), which choose the commands git runs on files';
  }
  if (lower === WORKFLOWS_FOLDER || lower.startsWith(`${WORKFLOWS_FOLDER}/`)) {
    return `write into the run state (${WORKFLOWS_FOLDER})`;
  }
  if (scope !== 'worktree' && !scope.paths.some((p) => file === p || file.startsWith(`${p}/`))) {
    return `write outside the persist paths (${scope.paths.join(', ')})`;
  }
  return null;
}

function requireAllowed(label: string, file: string, scope: ChangeScope): void {
  const why = forbiddenReason(file, scope);
  if (why !== null) throw new UnsafePatchError(label, file, why);
}

/** Refuse a link whose target (read lexically from the link's folder) leaves the project or points into .git or the run state. */
async function requireSafeLink(root: string, label: string, change: TreeChange): Promise<void> {
  const target = (await git(root, ['cat-file', 'blob', change.dstOid])).stdout.toString('utf8');
  const refuse = (): never => {
    throw new UnsafePatchError(
      label,
      change.path,
      `create a symbolic link to ${JSON.stringify(target)}, outside the project or into .git or the run state`
    );
  };
  if (target === '' || target.startsWith('/') || /^[a-zA-Z]:/.test(target)) refuse();
  if (target.includes('\\') || target.includes('\0')) refuse();
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(change.path), target));
  if (resolved === '..' || resolved.startsWith('../')) refuse();
  const lower = resolved.toLowerCase();
  if (lower.split('/').includes('.git')) refuse();
  if (lower === WORKFLOWS_FOLDER || lower.startsWith(`${WORKFLOWS_FOLDER}/`)) refuse();
}

/** How many links one resolution may pass through (Linux's own limit). */
const MAX_LINK_HOPS = 40;

/**
 * Refuse a link the patches made whose target, followed through the links of the resulting
 * tree, leaves the project or ends in .git or the run state. Each link was already checked on
 * its own, lexically; a chain is not (with `specs/b -> ..`, the link `specs/a -> b/..` reads as
 * `specs` but is the project's parent folder), nor a link through one another item made.
 */
async function requireLinksResolveInside(
  root: string,
  from: string,
  to: string,
  touched: readonly { label: string; paths: ReadonlySet<string> }[]
): Promise<void> {
  const made = (await treeChanges(root, from, to)).filter((c) => c.dstMode === SYMLINK_MODE);
  if (made.length === 0) return;
  const listed = await git(root, ['ls-tree', '-r', '-z', '--full-tree', to]);
  const found: [string, string][] = [];
  for (const field of nulFields(listed.stdout)) {
    const text = field.toString('utf8');
    const tab = text.indexOf('\t');
    const [mode, , oid] = text.slice(0, tab).split(' ');
    if (mode === SYMLINK_MODE) found.push([text.slice(tab + 1), oid]);
  }
  // Every target in one git process: `<oid> blob <size>\n<bytes>\n` each, in input order.
  const batch = await git(root, ['cat-file', '--batch'], {
    input: Buffer.from(found.map(([, oid]) => `${oid}\n`).join(''))
  });
  const links = new Map<string, string>();
  let at = 0;
  for (const [file] of found) {
    const eol = batch.stdout.indexOf(10, at);
    const size = Number(batch.stdout.subarray(at, eol).toString('utf8').split(' ')[2]);
    links.set(file, batch.stdout.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  for (const change of made) {
    const target = links.get(change.path) ?? '';
    const resolved = resolveThroughLinks(links, change.path);
    const lower = resolved?.toLowerCase();
    if (
      lower === undefined ||
      lower.split('/').includes('.git') ||
      lower === WORKFLOWS_FOLDER ||
      lower.startsWith(`${WORKFLOWS_FOLDER}/`)
    ) {
      const by = [...touched].reverse().find((t) => t.paths.has(change.path));
      throw new UnsafePatchError(
        by?.label ?? 'the items',
        change.path,
        `create a symbolic link to ${JSON.stringify(target)} that, through other links, leads outside the project or into .git or the run state`
      );
    }
  }
}

/**
 * Where the link at `link` leads, following the tree's `links` as the file system would; null
 * when it leaves the project, is absolute somewhere on the way, or loops.
 */
function resolveThroughLinks(links: ReadonlyMap<string, string>, link: string): string | null {
  let hops = 0;
  const walk = (base: readonly string[], target: string): string[] | null => {
    if (++hops > MAX_LINK_HOPS) return null;
    if (target.startsWith('/') || /^[a-zA-Z]:/.test(target) || target.includes('\\')) return null;
    let parts = [...base];
    for (const part of target.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (parts.length === 0) return null;
        parts.pop();
        continue;
      }
      parts.push(part);
      const next = links.get(parts.join('/'));
      if (next !== undefined) {
        const followed = walk(parts.slice(0, -1), next);
        if (followed === null) return null;
        parts = followed;
      }
    }
    return parts;
  };
  const resolved = walk(link.split('/').slice(0, -1), links.get(link) ?? '');
  return resolved === null ? null : resolved.join('/');
}

/** The paths a patch names (its new names; deleted files by their old ones), without applying it. */
async function patchPaths(root: string, label: string, patchFile: string): Promise<string[]> {
  const listed = await git(root, ['apply', '--numstat', '-z', patchFile], { allowFailure: true });
  if (listed.code !== 0) {
    throw new Error(`the changes of ${label} are not a valid patch: ${firstLines(listed.stderr)}`);
  }
  return nulFields(listed.stdout)
    .filter((field) => field.length > 0)
    .map((field) => {
      const text = field.toString('utf8');
      return text.slice(text.indexOf('\t', text.indexOf('\t') + 1) + 1);
    });
}

/** Paths git names in the messages of a failed `git apply` (LC_ALL=C wording). */
function pathsInApplyErrors(stderr: string): string[] {
  const patterns = [
    /^error: patch failed: (.+):\d+$/,
    /^error: (.+): (?:patch does not apply|does not exist in index|already exists in index|does not match index|wrong type|does not exist|already exists in working directory)$/,
    /^error: (.+) has type \d+, expected \d+$/,
    /^Applied patch to '(.+)' with conflicts\.$/,
    /^U (.+)$/
  ];
  const found = new Set<string>();
  for (const line of stderr.split('\n')) {
    for (const pattern of patterns) {
      const match = pattern.exec(line);
      if (match) found.add(match[1]);
    }
  }
  return [...found];
}

/** Apply patches in order onto `root`, whose files are at the baseline: first all of them in a temporary index (3-way), and only if every one applied cleanly and safely, the combined result into `root`. Throws ChangeConflict (root untouched) on a conflict. Returns the paths written (created, changed or deleted). */
export async function applyItemChanges(
  baseline: Baseline,
  changes: readonly ItemChanges[]
): Promise<string[]> {
  const { root, scope } = baseline;
  return withScratch(async (scratch) => {
    const index = path.join(scratch, 'index');
    await git(root, ['read-tree', baseline.tree], { index });
    let current = baseline.tree;
    const touched: { label: string; paths: Set<string> }[] = [];

    for (const [n, change] of changes.entries()) {
      const patchFile = 'file' in change ? change.file : path.join(scratch, `patch-${n}`);
      const size =
        'file' in change ? await plainFileSize(change.label, change.file) : change.patch.length;
      if (size === 0) continue;
      if (size > MAX_PATCH_BYTES) {
        throw new Error(`the changes of ${change.label} exceed ${MAX_PATCH_BYTES} bytes`);
      }
      if ('patch' in change) await writeFile(patchFile, change.patch);
      // The names the patch itself gives, for a clear refusal before git even tries it (git
      // would only say "invalid path" for some of them).
      const named = await patchPaths(root, change.label, patchFile);
      for (const file of named) requireAllowed(change.label, file, scope);

      // --cached: the temporary index only, no working files; --3way: a hunk whose context moved
      // or changed is merged against the baseline blob the patch records.
      const applied = await git(root, ['apply', '--cached', '--3way', patchFile], {
        index,
        allowFailure: true
      });
      if (applied.code !== 0) {
        const unmerged = await git(root, ['ls-files', '-u', '-z'], { index });
        const conflicting = new Set<string>();
        for (const field of nulFields(unmerged.stdout)) {
          const text = field.toString('utf8');
          if (text !== '') conflicting.add(text.slice(text.indexOf('\t') + 1));
        }
        if (conflicting.size === 0) {
          for (const file of pathsInApplyErrors(applied.stderr)) conflicting.add(file);
        }
        const files = [...(conflicting.size > 0 ? conflicting : new Set(named))].sort();
        const earlier = [...touched].reverse().find((t) => files.some((f) => t.paths.has(f)));
        throw new ChangeConflict(
          earlier?.label ?? BASELINE_LABEL,
          change.label,
          files,
          earlier === undefined ? firstLines(applied.stderr, 3) : undefined
        );
      }

      // What git actually did is the authority (a rename's old side, say, is not among the
      // names above): check every path it changed, and every link it made.
      const next = (await git(root, ['write-tree'], { index })).stdout.toString('utf8').trim();
      const paths = new Set<string>();
      for (const entry of await treeChanges(root, current, next)) {
        requireAllowed(change.label, entry.path, scope);
        if (entry.dstMode === GITLINK_MODE) {
          throw new UnsafePatchError(change.label, entry.path, 'add a submodule entry');
        }
        if (entry.dstMode === SYMLINK_MODE) await requireSafeLink(root, change.label, entry);
        paths.add(entry.path);
      }
      touched.push({ label: change.label, paths });
      current = next;
    }

    if (current === baseline.tree) return [];
    await requireLinksResolveInside(root, baseline.tree, current, touched);
    return writeResult(root, baseline.tree, current, scratch);
  });
}

/** The size of a patch file, which must be a plain file (git would follow a link). */
async function plainFileSize(label: string, file: string): Promise<number> {
  const stats = await lstat(file);
  if (!stats.isFile()) throw new Error(`the changes of ${label} are not in a plain file (${file})`);
  return stats.size;
}

/**
 * Bring `root`'s files from tree `from` (where they are) to tree `to` with git's own checkout
 * code (`read-tree -m -u` on a temporary index): it writes modes, links and binary files as a
 * checkout would, never writes through a link, and checks every file it replaces is still as in
 * `from` before it writes any.
 */
async function writeResult(root: string, from: string, to: string, scratch: string) {
  const changes = await treeChanges(root, from, to);
  // A link the result replaces (by a folder, say) is git's to remove, not one to write through.
  const replacedLinks = new Set(
    changes.filter((c) => c.srcMode === SYMLINK_MODE).map((c) => c.path)
  );
  for (const change of changes) await requireNoLinkOnTheWay(root, change.path, replacedLinks);
  // An index of just the paths that change (as in `from`), so only those are checked and
  // rehashed, not the whole project.
  const index = path.join(scratch, 'write-index');
  const entries = changes
    .filter((c) => c.srcMode !== NO_MODE)
    .map((c) =>
      Buffer.concat([Buffer.from(`${c.srcMode} ${c.srcOid}\t`), c.raw, Buffer.from([0])])
    );
  await git(root, ['read-tree', '--empty'], { index });
  if (entries.length > 0) {
    await git(root, ['update-index', '-z', '--index-info'], {
      index,
      input: Buffer.concat(entries)
    });
    await git(root, ['update-index', '-q', '--refresh'], { index, allowFailure: true });
  }
  const written = await git(root, ['read-tree', '-m', '-u', from, to], {
    index,
    allowFailure: true
  });
  if (written.code !== 0) {
    throw new Error(
      `the project's files are not as in the baseline, so the items' changes were not written: ${firstLines(written.stderr)}`
    );
  }
  return changes.map((c) => c.path).sort();
}

/** Refuse to write `file` if a folder on its way in `root` is a symbolic link. */
async function requireNoLinkOnTheWay(
  root: string,
  file: string,
  replacedLinks: ReadonlySet<string>
): Promise<void> {
  const parts = file.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (replacedLinks.has(parts.slice(0, i).join('/'))) return;
    const folder = path.join(root, ...parts.slice(0, i));
    const stats = await lstat(folder).catch(() => null);
    if (stats === null) return; // missing: git creates it
    if (stats.isSymbolicLink()) {
      throw new Error(
        `the items' changes were not written: ${parts.slice(0, i).join('/')} in the project is a symbolic link, and ${file} is inside it`
      );
    }
  }
}
