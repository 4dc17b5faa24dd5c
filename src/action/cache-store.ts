/**
 * A run's state in the GitHub Actions cache: save it when the run stops, restore it when a later
 * workflow_dispatch resumes it, possibly on another runner with an empty workspace.
 *
 * One entry holds the run folder (`.specify/workflows/runs/<run id>/`) and the persist paths
 * (default `specs`), all relative to the project root. Keys: see `cache-keys.ts`.
 *
 * The real `@actions/cache` client does the transfer. Three of its habits shape this module:
 * - It resolves the paths against `process.cwd()` and archives/extracts relative to
 *   `GITHUB_WORKSPACE`, both read from the process. Each call therefore runs with both pinned
 *   (cwd and GITHUB_WORKSPACE = project root for a save; GITHUB_WORKSPACE = an empty staging
 *   folder for a restore), one call at a time. In the Action both already equal the workspace
 *   while a run is active, so nothing else observes a change; the store must not be used from
 *   worker threads (process.chdir).
 * - It hashes the paths into the entry's version and only matches entries of the same version:
 *   save and restore must pass the same paths, so both get them from `runCachePaths`.
 * - It swallows download and unpack failures (a warning, then "no hit"). A restore therefore
 *   looks the entry up first, so "nothing saved" and "saved but broken" are told apart.
 *
 * A restore never extracts into the project: the client unpacks into a fresh staging folder,
 * the staged tree is checked (only the run folder and the persist paths, only files and folders,
 * a state.json that belongs to the run), and only then copied in, refusing to write through
 * anything in the project that is not a plain folder. Limit: the client runs `tar -P`, which
 * honours absolute and `..` member names, so an entry crafted to contain them could still write
 * outside the staging folder during extraction; only workflow runs of this repository (on the
 * same branch or the default branch) can create entries a resume sees.
 */
import * as cache from '@actions/cache';
import { lstat, mkdir, mkdtemp, readdir, readFile, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readRunJson } from '../engine/run-state.js';
import {
  CacheKeyError,
  DEFAULT_PERSIST_PATHS,
  buildSaveKey,
  normalizePersistPaths,
  parseSaveKey,
  restorePrefix,
  runCachePaths,
  runFolder,
  validateAttempt,
  validateGithubRunId,
  validatePrefix,
  validateRunId,
  validateWorkflowId,
  type SaveKeyParts
} from './cache-keys.js';

/** The part of `@actions/cache` this module uses (replaceable in tests). */
export type CacheClient = Pick<typeof cache, 'saveCache' | 'restoreCache' | 'isFeatureAvailable'>;

export type RunCacheErrorReason =
  /** A run id, prefix, path... that must not reach a key or a path. */
  | 'invalid'
  /** The cache service is not configured, or caching is switched off. */
  | 'unavailable'
  /** No entry for this run. */
  | 'not-found'
  /** An entry exists but could not be downloaded, unpacked, or lacks the run's state. */
  | 'corrupt'
  /** The entry found does not belong to this run (key or content). */
  | 'foreign';

export class RunCacheError extends Error {
  override readonly name = 'RunCacheError';
  constructor(
    readonly reason: RunCacheErrorReason,
    message: string
  ) {
    super(message);
  }
}

interface RunLocation {
  /** The project root (where `.specify/` lives); absolute, or relative to the current folder. */
  root: string;
  /** The `cache-key-prefix` input. */
  prefix: string;
  runId: string;
  /** Relative to the project root; default `specs`. Must be the same for save and restore. */
  persistPaths?: readonly string[];
  client?: CacheClient;
}

export interface SaveRunRequest extends RunLocation {
  workflowId: string;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT of the job that saves. */
  githubRunId: string | number;
  attempt: string | number;
  /** Clock for the key's save sequence (milliseconds). */
  now?: () => number;
}

export type SaveRunResult =
  | { saved: true; key: string; paths: string[]; cacheId: number }
  /** The client logged why (a refused key, a service error); nothing was thrown. */
  | { saved: false; key: string; paths: string[]; reason: string };

export interface RestoreRunRequest extends RunLocation {
  /** When known, the entry must belong to this workflow too. */
  workflowId?: string;
  /** Where the staging folder goes; default RUNNER_TEMP, else the system temp folder. */
  tempDir?: string;
}

export interface RestoreRunResult {
  key: string;
  parts: SaveKeyParts;
  paths: string[];
  /** Files written into the project, relative to the root, '/'-separated, sorted. */
  files: string[];
  /** Symbolic links and special files found in the entry and left out. */
  skipped: string[];
}

/** The seam the Action talks to; the cache-backed store or a disabled one (`cache: false`). */
export interface RunStateStore {
  readonly enabled: boolean;
  save(request: SaveRunRequest): Promise<SaveRunResult>;
  restore(request: RestoreRunRequest): Promise<RestoreRunResult>;
}

export class ActionsCacheRunStore implements RunStateStore {
  readonly enabled = true;
  constructor(private readonly client: CacheClient = cache) {}
  save(request: SaveRunRequest): Promise<SaveRunResult> {
    return saveRunToCache({ client: this.client, ...request });
  }
  restore(request: RestoreRunRequest): Promise<RestoreRunResult> {
    return restoreRunFromCache({ client: this.client, ...request });
  }
}

export class DisabledRunStateStore implements RunStateStore {
  readonly enabled = false;
  async save(request: SaveRunRequest): Promise<SaveRunResult> {
    return {
      saved: false,
      key: '',
      paths: [],
      reason: `caching is off; run ${request.runId} was not saved`
    };
  }
  async restore(request: RestoreRunRequest): Promise<RestoreRunResult> {
    throw new RunCacheError(
      'unavailable',
      `cannot restore run ${request.runId}: caching is off, so no saved state can be looked up`
    );
  }
}

/** Whether the environment points at a cache service the client can use. */
export function isRunCacheAvailable(client: CacheClient = cache): boolean {
  return client.isFeatureAvailable();
}

/** Save the run folder and the persist paths under a fresh key. */
export async function saveRunToCache(request: SaveRunRequest): Promise<SaveRunResult> {
  const { runId, prefix, workflowId, githubRunId, attempt, persistPaths } = validated(() => ({
    runId: validateRunId(request.runId),
    prefix: validatePrefix(request.prefix),
    workflowId: validateWorkflowId(request.workflowId),
    githubRunId: validateGithubRunId(request.githubRunId),
    attempt: validateAttempt(request.attempt),
    persistPaths: normalizePersistPaths(request.persistPaths ?? DEFAULT_PERSIST_PATHS)
  }));
  const root = path.resolve(request.root);
  const paths = runCachePaths(runId, persistPaths);
  const stateFile = path.join(root, runFolder(runId), 'state.json');
  if (!(await isPlainFile(stateFile))) {
    throw new RunCacheError(
      'invalid',
      `nothing to save for run ${runId}: ${stateFile} does not exist`
    );
  }
  const client = request.client ?? cache;
  requireService(client, `cannot save run ${runId}`);
  const key = validated(() =>
    buildSaveKey({
      prefix,
      runId,
      workflowId,
      githubRunId,
      attempt,
      sequence: nextSequence(request.now ?? Date.now)
    })
  );
  const cacheId = await withClientWorkspace(root, root, () => client.saveCache([...paths], key));
  if (cacheId === -1) {
    return {
      saved: false,
      key,
      paths,
      reason: `the Actions cache did not store the entry ${key}`
    };
  }
  return { saved: true, key, paths, cacheId };
}

/**
 * Restore the newest saved state of a run into the project root. Throws a RunCacheError when
 * nothing is saved, the entry is broken or belongs to something else; the project is left
 * untouched in all those cases.
 */
export async function restoreRunFromCache(request: RestoreRunRequest): Promise<RestoreRunResult> {
  const { runId, prefix, workflowId, persistPaths } = validated(() => ({
    runId: validateRunId(request.runId),
    prefix: validatePrefix(request.prefix),
    workflowId:
      request.workflowId === undefined ? undefined : validateWorkflowId(request.workflowId),
    persistPaths: normalizePersistPaths(request.persistPaths ?? DEFAULT_PERSIST_PATHS)
  }));
  const root = path.resolve(request.root);
  const paths = runCachePaths(runId, persistPaths);
  const lookFor = restorePrefix(prefix, runId);
  const client = request.client ?? cache;
  requireService(client, `cannot restore run ${runId}`);

  const found = await client.restoreCache([...paths], lookFor, [], { lookupOnly: true });
  if (!found) {
    throw new RunCacheError(
      'not-found',
      `no saved state for run ${runId} on this branch or the default branch ` +
        `(looked for cache keys starting with "${lookFor}"; a run is found only with the ` +
        `cache-key-prefix and persist-paths it was saved with: ${paths.join(', ')})`
    );
  }
  ownedKey(found, prefix, runId);

  const stagingParent = request.tempDir ?? (process.env.RUNNER_TEMP || tmpdir());
  await mkdir(stagingParent, { recursive: true });
  const staging = await mkdtemp(path.join(stagingParent, 'specflow-restore-'));
  try {
    const restored = await withClientWorkspace(staging, undefined, () =>
      client.restoreCache([...paths], lookFor, [])
    );
    if (!restored) {
      throw new RunCacheError(
        'corrupt',
        `the saved state of run ${runId} (cache key ${found}) could not be downloaded or unpacked; ` +
          'the entry may be damaged (see the cache warning above)'
      );
    }
    const parts = ownedKey(restored, prefix, runId);
    const staged = await inspectStaged(staging, paths, restored);
    await checkRunState(staging, runId, parts, workflowId, restored);
    await checkDestinations(root, staged);
    for (const dir of staged.dirs) await mkdir(path.join(root, dir), { recursive: true });
    for (const file of staged.files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await copyFile(path.join(staging, file), path.join(root, file));
    }
    return { key: restored, parts, paths, files: staged.files, skipped: staged.skipped };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function validated<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof CacheKeyError) throw new RunCacheError('invalid', error.message);
    throw error;
  }
}

function requireService(client: CacheClient, what: string): void {
  if (!client.isFeatureAvailable()) {
    throw new RunCacheError(
      'unavailable',
      `${what}: the Actions cache service is not available here ` +
        '(ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL is not set)'
    );
  }
}

function ownedKey(key: string, prefix: string, runId: string): SaveKeyParts {
  const parts = parseSaveKey(key, prefix, runId);
  if (!parts) {
    throw new RunCacheError(
      'foreign',
      `the cache entry found for run ${runId} has the key "${key}", which is not a saved state of that run`
    );
  }
  return parts;
}

let lastSequence = 0;

/** Strictly increasing within this process, so two saves of one job never share a key. */
function nextSequence(now: () => number): number {
  lastSequence = Math.max(Math.floor(now()), lastSequence + 1);
  return lastSequence;
}

let clientQueue: Promise<unknown> = Promise.resolve();

/**
 * Run one cache client call with GITHUB_WORKSPACE (and, for a save, the current folder) pinned,
 * and RUNNER_TEMP defaulted outside a runner; calls are queued so pins never interleave.
 */
function withClientWorkspace<T>(
  workspace: string,
  cwd: string | undefined,
  call: () => Promise<T>
): Promise<T> {
  const run = async (): Promise<T> => {
    const saved = {
      cwd: process.cwd(),
      workspace: process.env.GITHUB_WORKSPACE,
      temp: process.env.RUNNER_TEMP
    };
    process.env.GITHUB_WORKSPACE = workspace;
    if (!saved.temp) process.env.RUNNER_TEMP = tmpdir();
    try {
      if (cwd !== undefined) process.chdir(cwd);
      return await call();
    } finally {
      process.chdir(saved.cwd);
      restoreVariable('GITHUB_WORKSPACE', saved.workspace);
      restoreVariable('RUNNER_TEMP', saved.temp);
    }
  };
  const result = clientQueue.then(run, run);
  clientQueue = result.catch(() => undefined);
  return result;
}

function restoreVariable(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

interface StagedTree {
  dirs: string[];
  files: string[];
  skipped: string[];
}

/**
 * List what the client unpacked, refusing anything outside the cached paths. Folders above a
 * cached path (`.specify`, `.specify/workflows`...) may only lead to it.
 */
async function inspectStaged(staging: string, paths: string[], key: string): Promise<StagedTree> {
  const tree: StagedTree = { dirs: [], files: [], skipped: [] };
  const inside = (rel: string) => paths.some((p) => rel === p || rel.startsWith(`${p}/`));
  const above = (rel: string) => paths.some((p) => p.startsWith(`${rel}/`));
  const walk = async (relDir: string): Promise<void> => {
    const entries = await readdir(path.join(staging, relDir), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (inside(rel)) {
        if (entry.isDirectory()) {
          tree.dirs.push(rel);
          await walk(rel);
        } else if (entry.isFile()) {
          tree.files.push(rel);
        } else {
          tree.skipped.push(rel);
        }
      } else if (above(rel) && entry.isDirectory()) {
        await walk(rel);
      } else {
        throw new RunCacheError(
          'foreign',
          `the cache entry ${key} contains "${rel}", which is neither the run folder nor a persist path`
        );
      }
    }
  };
  await walk('');
  return tree;
}

async function checkRunState(
  staging: string,
  runId: string,
  parts: SaveKeyParts,
  expectedWorkflow: string | undefined,
  key: string
): Promise<void> {
  const file = path.join(staging, runFolder(runId), 'state.json');
  let state: unknown;
  try {
    if (!(await isPlainFile(file))) throw new Error('missing');
    // The engine writes Python's json spelling (NaN, Infinity), which JSON.parse rejects.
    state = readRunJson(await readFile(file, 'utf8'));
  } catch {
    throw new RunCacheError(
      'corrupt',
      `the cache entry ${key} has no readable state.json for run ${runId}`
    );
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    throw new RunCacheError('corrupt', `the state.json in cache entry ${key} is not a JSON object`);
  }
  const record = state as Record<string, unknown>;
  if (record.run_id !== runId) {
    throw new RunCacheError(
      'foreign',
      `the cache entry ${key} holds the state of run ${JSON.stringify(record.run_id)}, not ${runId}`
    );
  }
  if (record.workflow_id !== parts.workflowId) {
    throw new RunCacheError(
      'foreign',
      `the cache entry ${key} was saved for workflow ${parts.workflowId} but its state names ` +
        `workflow ${JSON.stringify(record.workflow_id)}`
    );
  }
  if (expectedWorkflow !== undefined && expectedWorkflow !== parts.workflowId) {
    throw new RunCacheError(
      'foreign',
      `run ${runId} belongs to workflow ${parts.workflowId}, not ${expectedWorkflow}`
    );
  }
}

/**
 * Before writing anything: every folder on the way to a restored file must be a real folder (or
 * not exist yet), and a file may only replace a regular file. A symbolic link in the project
 * could otherwise carry a write outside it.
 */
async function checkDestinations(root: string, staged: StagedTree): Promise<void> {
  const kinds = new Map<string, 'dir' | 'file'>();
  for (const dir of staged.dirs) kinds.set(dir, 'dir');
  for (const file of staged.files) kinds.set(file, 'file');
  const checked = new Set<string>();
  for (const [target, kind] of kinds) {
    const parts = target.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const rel = parts.slice(0, i).join('/');
      const wantsFile = i === parts.length && kind === 'file';
      if (checked.has(rel)) continue;
      checked.add(rel);
      let stat;
      try {
        stat = await lstat(path.join(root, rel));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') break;
        throw error;
      }
      if (wantsFile ? !stat.isFile() : !stat.isDirectory()) {
        throw new RunCacheError(
          'invalid',
          `cannot restore "${target}": "${rel}" in the project is not a plain ${wantsFile ? 'file' : 'folder'}`
        );
      }
    }
  }
}

async function isPlainFile(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isFile();
  } catch {
    return false;
  }
}
