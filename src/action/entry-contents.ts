/**
 * What a saved run may contain, on both sides of the cache: the save takes a snapshot of only
 * what a restore will accept, and a restore checks a downloaded archive against the same rules
 * before anything is written, then stages it and copies it into the project.
 *
 * The rules, one set for both directions:
 * - Only the entry's cache paths (a run's: its run folder and the persist paths; a shard's: its
 *   shard folder), and the folders leading to them.
 * - Regular files and folders; a symbolic link only when its target is relative and stays inside
 *   the project, outside `.git` (a link into `.git/` would let a later step's ordinary write land
 *   in a hook or the config), and never in a run or shard folder, which hold only what specflow
 *   writes. Hard links, devices, FIFOs and anything else are refused.
 * - Names are canonical relative paths: no absolute names, no `.`/`..` parts, no backslashes.
 * - Nothing is written through a link: no member lies below a link member, and in the project
 *   every folder on the way to a restored file must be a real folder.
 * - Bounds on the total size of the files and the number of members.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, lstatSync } from 'node:fs';
import {
  copyFile,
  lstat,
  mkdir,
  open,
  readdir,
  readlink,
  symlink,
  unlink,
  chmod,
  rename,
  rm
} from 'node:fs/promises';
import * as path from 'node:path';
import {
  readTarArchive,
  TarReadError,
  type ArchiveCompression,
  type TarLimits,
  type TarMember
} from './tar-reader.js';
import { RUNS_FOLDER, SHARDS_FOLDER } from './cache-keys.js';

export type EntryLimits = TarLimits;

/** 1 GiB of files, 50,000 members: far above a run's state, far below a full disk. */
export const DEFAULT_ENTRY_LIMITS: EntryLimits = { maxBytes: 1024 ** 3, maxMembers: 50_000 };

/** One thing in a saved run, by its '/'-separated path relative to the project root. */
export type EntryItem =
  | { kind: 'directory'; name: string }
  | { kind: 'file'; name: string; size: number; mode: number; sha256: string }
  | { kind: 'symlink'; name: string; target: string };

/** A member the rules refuse; `member` is its name as the archive or the project has it. */
export class EntryRefusal extends Error {
  override readonly name = 'EntryRefusal';
  constructor(
    readonly member: string,
    readonly reason: string,
    readonly overLimit = false,
    /** The archive itself is unreadable (not a refusal of what it holds). */
    readonly damaged = false
  ) {
    super(`${JSON.stringify(member)} ${reason}`);
  }
}

/** The folders on the way to each cached path, which an archive may list but not fill. */
function ancestorsOf(paths: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) result.add(parts.slice(0, i).join('/'));
  }
  return result;
}

function insideCachedPath(name: string, paths: readonly string[]): boolean {
  return paths.some((p) => name === p || name.startsWith(`${p}/`));
}

/** `.git`, as a case-insensitive file system (or Windows, which drops trailing dots and spaces) sees it. */
function isGitName(part: string): boolean {
  // Characters some file systems ignore in names (HFS+), then `.git` with Windows' trailing dots
  // and spaces, an NTFS stream suffix, or its 8.3 short name.
  const bare = part.replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '');
  return /^\.git[. ]*(?::.*)?$/i.test(bare) || /^git~\d+$/i.test(bare);
}

/** The longest name or link target accepted: Linux's PATH_MAX. */
export const MAX_NAME_LENGTH = 4096;
/** Links followed while resolving one link (Linux's own limit). */
const MAX_LINK_HOPS = 40;

/** The names of an entry as a tree of their parts: lookups cost the length of a name. */
interface PathNode {
  kind: TarMember['kind'];
  /** A link's target. */
  target?: string;
  children: Map<string, PathNode>;
}

function newNode(kind: TarMember['kind'], target?: string): PathNode {
  return { kind, target, children: new Map() };
}

/** How many parts, in all, the link checks of one entry may walk (a legit entry needs few). */
const LINK_WORK_BUDGET = 1_000_000;

/** The work left for one entry's link checks; a check past it refuses the entry. */
export interface LinkBudget {
  steps: number;
}

/**
 * Whether the link at `name` resolves inside the project and outside `.git`, following the
 * entry's other links (in `tree`) as the file system would: with `a/up -> ..`, the target
 * `a/up/a/up/../..` climbs two levels more than its spelling says. `isProjectLink` tells
 * whether a path that is not in the entry is a link in the project: a target through one is
 * refused, since where it leads is not the entry's to say. Throws past the budget.
 */
export function linkStaysInside(
  name: string,
  target: string,
  tree: PathNode = newNode('directory'),
  budget: LinkBudget = { steps: LINK_WORK_BUDGET },
  isProjectLink: (parts: readonly string[]) => boolean = () => false
): boolean {
  const parts = name.split('/');
  parts.pop();
  // The folders from the root to where we are, each with its node in the tree (if any).
  const at: string[] = [];
  const nodes: (PathNode | undefined)[] = [];
  let node: PathNode | undefined = tree;
  for (const part of parts) {
    node = node?.children.get(part);
    at.push(part);
    nodes.push(node);
  }
  const pending: string[] = [];
  let hops = 0;
  const enqueue = (text: string): boolean => {
    if (text === '' || text.length > MAX_NAME_LENGTH || /[\0\\]/.test(text)) return false;
    if (text.startsWith('/') || /^[a-zA-Z]:/.test(text)) return false;
    pending.unshift(...text.split('/'));
    return true;
  };
  if (!enqueue(target)) return false;
  while (pending.length > 0) {
    if (--budget.steps < 0) {
      throw new EntryRefusal(name, "makes the entry's links too much work to check", true);
    }
    const part = pending.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (nodes.length === 0) return false;
      nodes.pop();
      at.pop();
      continue;
    }
    if (isGitName(part)) return false;
    const parent = nodes.length === 0 ? tree : nodes[nodes.length - 1];
    const next = parent?.children.get(part);
    if (next?.kind === 'symlink') {
      if (++hops > MAX_LINK_HOPS || !enqueue(next.target ?? '')) return false;
      continue;
    }
    at.push(part);
    if (next === undefined && isProjectLink(at)) return false;
    nodes.push(next);
  }
  return nodes.length > 0;
}

/** The items of an entry as a tree of names. */
function treeOf(items: readonly EntryItem[]): PathNode {
  const tree = newNode('directory');
  for (const item of items) {
    let node = tree;
    const parts = item.name.split('/');
    parts.forEach((part, i) => {
      let child = node.children.get(part);
      if (child === undefined) {
        const last = i === parts.length - 1;
        child = last
          ? newNode(item.kind, item.kind === 'symlink' ? item.target : undefined)
          : newNode('directory');
        node.children.set(part, child);
      }
      node = child;
    });
  }
  return tree;
}

/** A member name as a canonical relative path, or a refusal. */
function canonicalName(raw: string, kind: TarMember['kind']): string {
  if (raw.length > MAX_NAME_LENGTH) {
    throw new EntryRefusal(
      `${raw.slice(0, 80)}…`,
      `has a name longer than ${MAX_NAME_LENGTH} characters`
    );
  }
  let name = raw;
  if (name.endsWith('/')) {
    if (kind !== 'directory') throw new EntryRefusal(raw, `is a ${kind} with a folder's name`);
    name = name.replace(/\/+$/, '');
  }
  while (name.startsWith('./')) name = name.slice(2);
  if (name === '' || name.startsWith('/') || /^[a-zA-Z]:/.test(name)) {
    throw new EntryRefusal(raw, 'has an absolute or empty name');
  }
  if (name.includes('\\') || name.includes('\0')) {
    throw new EntryRefusal(raw, 'has a backslash or NUL in its name');
  }
  const parts = name.split('/');
  if (parts.includes('..')) throw new EntryRefusal(raw, "has a '..' in its name");
  if (parts.some((p) => p === '' || p === '.')) {
    throw new EntryRefusal(raw, 'has an empty or "." part in its name');
  }
  if (parts.some(isGitName)) throw new EntryRefusal(raw, 'is inside a .git folder');
  return name;
}

const OUTSIDE_RUN_PATHS = 'is neither in the run folder nor in a persist path';

/**
 * Checks members one by one, in archive order, and keeps what a restore would write. The same
 * checks run on the listing (before extraction) and again while extracting.
 */
class EntryPlan {
  readonly items: EntryItem[] = [];
  private readonly tree = newNode('directory');
  private readonly links: string[] = [];
  private readonly budget: LinkBudget = { steps: LINK_WORK_BUDGET };
  private readonly ancestors: Set<string>;

  constructor(
    private readonly paths: readonly string[],
    /** What a member outside the paths is told. */
    private readonly outside = OUTSIDE_RUN_PATHS
  ) {
    this.ancestors = ancestorsOf(paths);
  }

  /** The member's canonical name, or null for a folder above a cached path (nothing to write). */
  accept(member: TarMember): string | null {
    const name = canonicalName(member.name, member.kind);
    if (!insideCachedPath(name, this.paths)) {
      if (this.ancestors.has(name) && member.kind === 'directory') return null;
      throw new EntryRefusal(member.name, this.outside);
    }
    switch (member.kind) {
      case 'file':
      case 'directory':
      case 'symlink':
        break;
      case 'hardlink':
        throw new EntryRefusal(
          member.name,
          `is a hard link (to ${JSON.stringify(member.linkName)}); hard links are refused`
        );
      default:
        throw new EntryRefusal(
          member.name,
          `is a ${member.kind}; only files, folders and links inside the project are restored`
        );
    }
    const parts = name.split('/');
    let node = this.tree;
    for (let i = 0; i < parts.length - 1; i++) {
      let child = node.children.get(parts[i]);
      if (child === undefined) {
        // A member implies its folders, even when the archive does not list them.
        child = newNode('directory');
        node.children.set(parts[i], child);
      } else if (child.kind !== 'directory') {
        throw new EntryRefusal(
          member.name,
          `would be written through the ${child.kind} ${parts.slice(0, i + 1).join('/')}`
        );
      }
      node = child;
    }
    const last = parts[parts.length - 1];
    const earlier = node.children.get(last);
    if (earlier !== undefined && !(earlier.kind === 'directory' && member.kind === 'directory')) {
      throw new EntryRefusal(member.name, 'appears twice in the archive');
    }
    if (member.kind === 'symlink') {
      if (insideCachedPath(name, [RUNS_FOLDER])) {
        // The engine writes there (its log is appended to): a link would send its writes elsewhere.
        throw new EntryRefusal(
          member.name,
          'is a symbolic link in a run folder, which holds only the files specflow writes'
        );
      }
      if (insideCachedPath(name, [SHARDS_FOLDER])) {
        // A gather job reads (and may write) these files: a link would send it elsewhere.
        throw new EntryRefusal(
          member.name,
          'is a symbolic link in a shard folder, which holds only the files specflow writes'
        );
      }
      this.checkLink(name, member.linkName, member.name);
      this.links.push(name);
    }
    if (earlier === undefined) {
      node.children.set(
        last,
        newNode(member.kind, member.kind === 'symlink' ? member.linkName : undefined)
      );
    }
    return name;
  }

  /** Once every member is known: each link, followed through the others, stays inside. */
  checkLinks(): void {
    for (const name of this.links) {
      const target = this.lookup(name)?.target ?? '';
      this.checkLink(name, target, name);
    }
  }

  /** The links that, followed through the others, lead outside (for a save to leave out). */
  linksLeadingOut(): string[] {
    return this.links.filter(
      (name) => !linkStaysInside(name, this.lookup(name)?.target ?? '', this.tree, this.budget)
    );
  }

  private checkLink(name: string, target: string, shown: string): void {
    if (!linkStaysInside(name, target, this.tree, this.budget)) {
      throw new EntryRefusal(
        shown,
        `is a symbolic link to ${JSON.stringify(target)}, which leads outside the project or into .git`
      );
    }
  }

  private lookup(name: string): PathNode | undefined {
    let node: PathNode | undefined = this.tree;
    for (const part of name.split('/')) node = node?.children.get(part);
    return node;
  }
}

/** Where entry `name` (always `/`-separated, whatever the platform) is under `root`. */
export function entryPath(root: string, name: string): string {
  return path.join(root, ...name.split('/'));
}

/** The mode a file is saved and restored with: only whether it is executable is kept. */
function entryFileMode(mode: number): number {
  return mode & 0o111 ? 0o755 : 0o644;
}

export interface ExtractedEntry {
  items: EntryItem[];
}

/**
 * Check the archive's whole listing, then extract it into `staging` (a fresh, private folder),
 * with the same checks and bounds enforced again. Links are not created in the staging folder:
 * they are returned, and only `copyIntoProject` makes them, after every file is in place.
 */
export async function extractEntry(
  archive: string,
  compression: ArchiveCompression,
  paths: readonly string[],
  staging: string,
  limits: EntryLimits,
  /** What a member outside `paths` is told; by default, that it is outside a run's paths. */
  outside = OUTSIDE_RUN_PATHS
): Promise<ExtractedEntry> {
  const listing: TarMember[] = [];
  const listed = new EntryPlan(paths, outside);
  await readingArchive(() =>
    readTarArchive(archive, compression, limits, (member) => {
      listed.accept(member);
      listing.push(member);
    })
  );
  listed.checkLinks();

  const plan = new EntryPlan(paths, outside);
  const folders = new Set<string>();
  let index = 0;
  await readingArchive(() =>
    readTarArchive(archive, compression, limits, async (member, data) => {
      const expected = listing[index++];
      if (
        expected === undefined ||
        expected.name !== member.name ||
        expected.kind !== member.kind ||
        expected.size !== member.size ||
        expected.linkName !== member.linkName
      ) {
        throw new EntryRefusal(member.name, 'differs between two reads of the archive');
      }
      const name = plan.accept(member);
      if (name === null) return;
      const target = entryPath(staging, name);
      if (member.kind === 'directory') {
        await mkdir(target, { recursive: true });
        if (!folders.has(name)) plan.items.push({ kind: 'directory', name });
        folders.add(name);
      } else if (member.kind === 'symlink') {
        plan.items.push({ kind: 'symlink', name, target: member.linkName });
      } else {
        await mkdir(path.dirname(target), { recursive: true });
        const mode = entryFileMode(member.mode);
        const hash = createHash('sha256');
        // 'wx': a fresh file, never an existing one and never through a link.
        const handle = await open(target, 'wx', mode);
        try {
          await data(async (chunk) => {
            hash.update(chunk);
            await handle.write(chunk);
          });
        } finally {
          await handle.close();
        }
        plan.items.push({
          kind: 'file',
          name,
          size: member.size,
          mode,
          sha256: hash.digest('hex')
        });
      }
    })
  );
  if (index !== listing.length) {
    throw new EntryRefusal(listing[index]?.name ?? '', 'differs between two reads of the archive');
  }
  return { items: plan.items };
}

async function readingArchive(read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (error instanceof TarReadError) {
      throw new EntryRefusal(
        error.member ?? '(archive)',
        error.message,
        error.overLimit,
        !error.overLimit
      );
    }
    throw error;
  }
}

/**
 * Before writing anything into the project: every folder on the way to a restored item must be
 * a real folder (or not exist yet); a file may only replace a regular file, a link a file or a
 * link, a folder only a folder. A link in the project could otherwise carry a write outside it.
 */
async function checkDestinations(root: string, items: readonly EntryItem[]): Promise<void> {
  const checked = new Set<string>();
  for (const item of items) {
    const parts = item.name.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const rel = parts.slice(0, i).join('/');
      const last = i === parts.length;
      const key = last ? `${item.kind}:${rel}` : `directory:${rel}`;
      if (checked.has(key)) continue;
      checked.add(key);
      let stat;
      try {
        stat = await lstat(path.join(root, rel));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') break;
        throw error;
      }
      const kind = last ? item.kind : 'directory';
      const fits =
        kind === 'directory'
          ? stat.isDirectory()
          : kind === 'file'
            ? stat.isFile()
            : stat.isFile() || stat.isSymbolicLink();
      if (!fits) {
        throw new EntryRefusal(
          item.name,
          `cannot be restored: ${JSON.stringify(rel)} in the project is not a plain ${kind === 'directory' ? 'folder' : 'file'}`
        );
      }
    }
  }
}

/** Copy a checked, staged entry into the project: folders, then files, then links. */
export async function copyIntoProject(
  root: string,
  staging: string,
  items: readonly EntryItem[]
): Promise<void> {
  await checkDestinations(root, items);
  // Where a link leads also depends on the project's own links, which the entry checks could not
  // see: a target through one of them is refused before anything is written.
  const tree = treeOf(items);
  const budget = { steps: LINK_WORK_BUDGET };
  const isProjectLink = (parts: readonly string[]): boolean => {
    try {
      return lstatSync(path.join(root, ...parts)).isSymbolicLink();
    } catch {
      return false;
    }
  };
  for (const item of items) {
    if (item.kind !== 'symlink') continue;
    if (!linkStaysInside(item.name, item.target, tree, budget, isProjectLink)) {
      throw new EntryRefusal(
        item.name,
        `is a symbolic link to ${JSON.stringify(item.target)}, which leads through a link in the project`
      );
    }
  }
  for (const item of items) {
    if (item.kind === 'directory') await mkdir(entryPath(root, item.name), { recursive: true });
  }
  for (const item of items) {
    if (item.kind !== 'file') continue;
    // Written beside the target and renamed over it: an existing file is replaced, never
    // written through (it could be a hard link to a file outside the project).
    const target = entryPath(root, item.name);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.specflow-${randomBytes(6).toString('hex')}`;
    try {
      await copyFile(entryPath(staging, item.name), temporary, constants.COPYFILE_EXCL);
      await chmod(temporary, item.mode);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
  for (const item of items) {
    if (item.kind !== 'symlink') continue;
    const link = entryPath(root, item.name);
    await mkdir(path.dirname(link), { recursive: true });
    await unlink(link).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await symlink(item.target, link);
  }
}

export interface Snapshot {
  items: EntryItem[];
  /** Things in the project left out of the save, with why. */
  skipped: string[];
}

/**
 * Copy what a restore will accept of `paths` from the project into `into` (a fresh folder),
 * so the archive is made from a consistent copy and holds nothing a restore would refuse.
 * `exclude`: names never saved (the seal, which is written afterwards).
 */
export async function snapshotForSave(
  root: string,
  paths: readonly string[],
  into: string,
  limits: EntryLimits,
  exclude: ReadonlySet<string> = new Set()
): Promise<Snapshot> {
  const snapshot: Snapshot = { items: [], skipped: [] };
  // The restore's own rules decide what is saved.
  const plan = new EntryPlan(paths);
  let bytes = 0;
  const count = (name: string): void => {
    if (snapshot.items.length > limits.maxMembers) {
      throw new EntryRefusal(
        name,
        `makes the run's saved state more than ${limits.maxMembers} files and folders`,
        true
      );
    }
  };
  const accepted = (member: TarMember): boolean => {
    try {
      plan.accept(member);
      return true;
    } catch (error) {
      if (!(error instanceof EntryRefusal)) throw error;
      snapshot.skipped.push(`${JSON.stringify(member.name)} (${error.reason})`);
      return false;
    }
  };
  const visit = async (name: string): Promise<void> => {
    if (exclude.has(name)) return;
    const source = entryPath(root, name);
    const target = entryPath(into, name);
    let stat;
    try {
      stat = await lstat(source);
    } catch {
      // Listed but not found by that name: a name that is not valid UTF-8.
      snapshot.skipped.push(`${JSON.stringify(name)} (a name that is not valid UTF-8)`);
      return;
    }
    const member = { name, size: 0, linkName: '', mode: stat.mode & 0o7777 };
    if (stat.isDirectory()) {
      if (!accepted({ ...member, kind: 'directory' })) return;
      await mkdir(target, { recursive: true });
      snapshot.items.push({ kind: 'directory', name });
      count(name);
      const children = (await readdir(source)).sort();
      for (const child of children) await visit(`${name}/${child}`);
    } else if (stat.isFile()) {
      if (ARCHIVE_NAMES.has(path.posix.basename(name))) {
        snapshot.skipped.push(
          `${JSON.stringify(name)} (a name the cache client leaves out of its archives)`
        );
        return;
      }
      if (!accepted({ ...member, kind: 'file', size: stat.size })) return;
      bytes += stat.size;
      if (bytes > limits.maxBytes) {
        throw new EntryRefusal(
          name,
          `makes the run's saved state more than ${limits.maxBytes} bytes`,
          true
        );
      }
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(source, target);
      const mode = entryFileMode(stat.mode);
      await chmod(target, mode);
      const sha256 = await fileSha256(target);
      snapshot.items.push({ kind: 'file', name, size: stat.size, mode, sha256 });
      count(name);
    } else if (stat.isSymbolicLink()) {
      const linkTarget = await readlink(source);
      if (!accepted({ ...member, kind: 'symlink', linkName: linkTarget })) return;
      await mkdir(path.dirname(target), { recursive: true });
      await symlink(linkTarget, target);
      snapshot.items.push({ kind: 'symlink', name, target: linkTarget });
      count(name);
    } else {
      snapshot.skipped.push(`${JSON.stringify(name)} (not a file, folder or link)`);
    }
  };
  for (const p of paths) {
    if (!(await realFolders(root, p))) {
      snapshot.skipped.push(`${JSON.stringify(p)} (a folder on the way to it is a link)`);
      continue;
    }
    try {
      await lstat(entryPath(root, p));
    } catch {
      continue; // A persist path the run never created.
    }
    await visit(p);
  }
  // Links that lead out only through other links: left out too (a restore would refuse them).
  for (const name of plan.linksLeadingOut()) {
    await unlink(entryPath(into, name));
    snapshot.items = snapshot.items.filter((item) => item.name !== name);
    snapshot.skipped.push(
      `${JSON.stringify(name)} (a link that leads outside the project or into .git)`
    );
  }
  return snapshot;
}

/** The cache client's tar leaves files of these names out of every archive (`--exclude`). */
const ARCHIVE_NAMES = new Set(['cache.tzst', 'cache.tgz']);

/** Whether every folder above `rel` in the project is a real folder (or absent). */
async function realFolders(root: string, rel: string): Promise<boolean> {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    try {
      if (!(await lstat(path.join(root, ...parts.slice(0, i)))).isDirectory()) return false;
    } catch {
      return true;
    }
  }
  return true;
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(file, 'r');
  try {
    for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return hash.digest('hex');
}

/**
 * A digest of an entry's content: names, kinds, file contents and link targets, in name order,
 * so the save (from its snapshot) and the restore (from the archive) compute the same value.
 */
export function contentDigest(items: readonly EntryItem[]): string {
  const lines = items
    .map((item) => {
      switch (item.kind) {
        case 'directory':
          return `d ${JSON.stringify(item.name)}`;
        case 'file':
          return `f ${JSON.stringify(item.name)} ${item.size} ${item.mode.toString(8)} ${item.sha256}`;
        case 'symlink':
          return `l ${JSON.stringify(item.name)} ${JSON.stringify(item.target)}`;
      }
    })
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
