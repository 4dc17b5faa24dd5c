/**
 * One entry in the GitHub Actions cache, whatever it holds (a run's state: `cache-store.ts`; a
 * shard's results: `shard-store.ts`). The steps every kind of entry goes through are here, once:
 *
 * - A save snapshots only what a restore accepts (`entry-contents.ts`), seals the snapshot with
 *   the state key when there is one (`state-seal.ts`), and archives it under a fresh key.
 * - A restore looks the entry up, refuses a key that is not one of the kind's or an archive
 *   bigger than the bounds allow before fetching it, downloads it without unpacking it
 *   (`cache-transport.ts`), checks its whole listing and extracts it into a private staging
 *   folder, checks the seal, lets the kind check what the entry holds, and only then copies it
 *   into the project. Any refusal names the entry's key and the first member at fault, and leaves
 *   the project as it was.
 *
 * What differs between kinds (paths, keys, the file that must be there, the wording) is passed
 * in; what an entry of a kind must hold is checked by the kind's own `check`.
 */
import { lstat, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CacheKeyError, type SaveKeyParts } from './cache-keys.js';
import type { CacheTransport, HomeOutcome } from './cache-transport.js';
import {
  EntryRefusal,
  contentDigest,
  copyIntoProject,
  entryPath,
  extractEntry,
  snapshotForSave,
  type EntryItem,
  type EntryLimits
} from './entry-contents.js';
import { sealDocument, sealIsValid } from './state-seal.js';

export type RunCacheErrorReason =
  /** A run id, prefix, path... that must not reach a key or a path. */
  | 'invalid'
  /** The cache service is not configured, caching is switched off, or a call to it failed. */
  | 'unavailable'
  /** No entry for this run. */
  | 'not-found'
  /** An entry exists but its archive cannot be read, or it lacks the run's state. */
  | 'corrupt'
  /** The entry holds something a restore refuses (outside names, links, bombs, no valid seal). */
  | 'refused'
  /** The entry found does not belong to this run (key or content). */
  | 'foreign'
  /** Another job already resumed this save. */
  | 'claimed';

export class RunCacheError extends Error {
  override readonly name = 'RunCacheError';
  constructor(
    readonly reason: RunCacheErrorReason,
    message: string
  ) {
    super(message);
  }
}

export type SaveRunResult =
  | {
      saved: true;
      key: string;
      paths: string[];
      cacheId: number;
      /** Things in the project left out of the save (links outside, FIFOs...), with why. */
      skipped?: string[];
      /** For a save kept in several homes: what each did. */
      homes?: HomeOutcome[];
    }
  /**
   * Nothing was stored; `reason` says why in a sentence. `unneeded`: nothing had to be (a
   * completed run where only resumable runs are kept).
   */
  | { saved: false; key: string; paths: string[]; reason: string; unneeded?: boolean };

/** `P`: what the entry's key says (a run save's parts by default). */
export interface RestoreRunResult<P = SaveKeyParts> {
  key: string;
  parts: P;
  paths: string[];
  /** Files and links written into the project, relative to the root, '/'-separated, sorted. */
  files: string[];
  /** The restored state's `updated_at` ('' when it has none): any change by the engine moves it. */
  updatedAt: string;
  /** Where the entry came from: "the Actions cache", or an artifact named so. */
  source: string;
  fromArtifact: boolean;
}

/** How the messages of one kind of entry name it and its readers. */
export interface EntryWording {
  /** What is saved, as a subject: "run r1". */
  label: string;
  /** Who would refuse a save past the bounds: "a resume". */
  restorer: string;
  /** The jobs that must share the bounds: "save and resume it". */
  jobs: string;
}

/** Where one entry is and how it is checked: what save and restore of every kind share. */
interface EntrySpot {
  /** The project root, absolute. */
  root: string;
  /** The cache paths, relative to the root; they are hashed into the entry's version. */
  paths: string[];
  /** The seal's name inside the entry; never copied into the project. */
  sealName: string;
  stateKey?: string;
  limits: EntryLimits;
  transport: CacheTransport;
  tempDir?: string;
  wording: EntryWording;
}

export interface EntrySave extends EntrySpot {
  /** The file (relative to the root) without which there is nothing to save. */
  required: string;
  /** The entry's key, for the save sequence given; may throw a CacheKeyError. */
  key(sequence: number): string;
  now: () => number;
}

/** Snapshot, seal and store one entry under a fresh key. */
export async function saveEntry(request: EntrySave): Promise<SaveRunResult> {
  const { root, paths, sealName, transport, wording } = request;
  const requiredFile = path.join(root, ...request.required.split('/'));
  if (!(await isPlainFile(requiredFile))) {
    throw new RunCacheError(
      'invalid',
      `nothing to save for ${wording.label}: ${requiredFile} does not exist`
    );
  }
  requireService(transport, `cannot save ${wording.label}`);
  const key = validated(() => request.key(nextSequence(request.now)));
  const snapshotDir = await privateFolder(request.tempDir, 'specflow-save-');
  try {
    let snapshot;
    try {
      snapshot = await snapshotForSave(
        root,
        paths,
        snapshotDir,
        request.limits,
        new Set([sealName])
      );
    } catch (error) {
      if (!(error instanceof EntryRefusal)) throw error;
      return {
        saved: false,
        key,
        paths,
        reason:
          `${wording.label} was not saved: ${error.message}, which ${wording.restorer} would refuse ` +
          `(raise max-restore-size or max-restore-files, for the jobs that ${wording.jobs})`
      };
    }
    if (request.stateKey) {
      await writeFile(
        entryPath(snapshotDir, sealName),
        sealDocument(request.stateKey, key, contentDigest(snapshot.items))
      );
    }
    const outcome = await transport.save(paths, key, snapshotDir);
    if (!outcome.stored) return { saved: false, key, paths, reason: outcome.refusal };
    return {
      saved: true,
      key,
      paths,
      cacheId: outcome.id,
      skipped: snapshot.skipped,
      homes: outcome.homes
    };
  } finally {
    await rm(snapshotDir, { recursive: true, force: true });
  }
}

export interface EntryRestore<P> extends EntrySpot {
  /** What the service looks the entry up by: an exact key, else the newest starting with it. */
  lookFor: string;
  /** The parts of a key of this kind; throws a RunCacheError ('foreign') for any other key. */
  owned(key: string): P;
  /** Optional: what a member outside the paths is told (`extractEntry`). */
  outside?: string;
  /**
   * What the staged entry holds is this kind's, for this key: throws a RunCacheError otherwise.
   * `content`: what would be copied into the project. Returns the `updatedAt` of the result.
   */
  check(staging: string, parts: P, key: string, content: readonly EntryItem[]): Promise<string>;
}

/**
 * Restore the entry found by `lookFor` into the project root; undefined when there is none.
 * Throws a RunCacheError when it is broken, refused or belongs to something else; the project
 * is left untouched in all those cases.
 */
export async function restoreEntry<P>(
  request: EntryRestore<P>
): Promise<RestoreRunResult<P> | undefined> {
  const { root, paths, transport, limits, sealName, wording } = request;
  requireService(transport, `cannot restore ${wording.label}`);
  const temp = await privateFolder(request.tempDir, 'specflow-restore-');
  try {
    const archiveDir = path.join(temp, 'archive');
    const staging = path.join(temp, 'staging');
    await mkdir(archiveDir);
    await mkdir(staging);
    let downloaded;
    try {
      // A key that is not one of this kind's, or an archive bigger than the bounds allow, is
      // refused before it is fetched.
      downloaded = await transport.download(paths, request.lookFor, archiveDir, (key, size) => {
        request.owned(key);
        if (size !== null) refuseOversized(key, size, limits);
      });
    } catch (error) {
      if (error instanceof RunCacheError) throw error;
      throw new RunCacheError(
        'unavailable',
        `could not fetch the saved state of ${wording.label} from the cache service: ${errorText(error)}`
      );
    }
    if (!downloaded) return undefined;
    const key = downloaded.key;
    const parts = request.owned(key);
    refuseOversized(key, (await lstat(downloaded.archive)).size, limits);
    const items = await refusing(key, () =>
      extractEntry(
        downloaded.archive,
        downloaded.compression,
        paths,
        staging,
        limits,
        request.outside
      )
    ).then((entry) => entry.items);
    await rm(archiveDir, { recursive: true, force: true });

    const content = items.filter((item) => item.name !== sealName);
    if (request.stateKey) await checkSeal(request.stateKey, key, staging, items, content, sealName);
    const updatedAt = await request.check(staging, parts, key, content);
    try {
      await copyIntoProject(root, staging, content);
    } catch (error) {
      if (!(error instanceof EntryRefusal)) throw error;
      throw new RunCacheError('invalid', `cannot restore ${wording.label}: ${error.message}`);
    }
    const files = content
      .filter((item) => item.kind !== 'directory')
      .map((item) => item.name)
      .sort();
    return {
      key,
      parts,
      paths,
      files,
      updatedAt,
      source: downloaded.source ?? 'the Actions cache',
      fromArtifact: downloaded.fromArtifact === true
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Run `build`; a CacheKeyError it throws becomes a RunCacheError('invalid'). */
export function validated<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof CacheKeyError) throw new RunCacheError('invalid', error.message);
    throw error;
  }
}

export function requireService(transport: CacheTransport, what: string): void {
  if (!transport.available()) {
    throw new RunCacheError(
      'unavailable',
      `${what}: the Actions cache service is not available here ` +
        '(ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL is not set)'
    );
  }
}

let lastSequence = 0;

/** Strictly increasing within this process, so two saves of one job never share a key. */
function nextSequence(now: () => number): number {
  lastSequence = Math.max(Math.floor(now()), lastSequence + 1);
  return lastSequence;
}

/** Compression barely grows even random data: an archive bigger than the bounds allow is refused. */
function refuseOversized(key: string, archiveBytes: number, limits: EntryLimits): void {
  if (archiveBytes > limits.maxBytes * 1.01 + limits.maxMembers * 2048 + 1024 * 1024) {
    throw new RunCacheError(
      'refused',
      `the cache entry ${key} was refused: its archive is ${archiveBytes} bytes, more than ` +
        `max-restore-size (${limits.maxBytes} bytes) allows; nothing was restored`
    );
  }
}

/** Run an entry check; a refusal becomes an error naming the entry and the member at fault. */
async function refusing<T>(key: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof EntryRefusal)) throw error;
    if (error.damaged) {
      throw new RunCacheError(
        'corrupt',
        `the cache entry ${key} cannot be read (at member ${JSON.stringify(error.member)}): ${error.reason}; nothing was restored`
      );
    }
    throw new RunCacheError(
      'refused',
      `the cache entry ${key} was refused: member ${error.message}; nothing was restored`
    );
  }
}

async function checkSeal(
  stateKey: string,
  key: string,
  staging: string,
  items: readonly EntryItem[],
  content: readonly EntryItem[],
  sealName: string
): Promise<void> {
  const seal = items.find((item) => item.name === sealName);
  const refuse = (why: string): never => {
    throw new RunCacheError(
      'refused',
      `the cache entry ${key} was refused: ${why}, so it was not saved by a job that holds the ` +
        'state key (or the state-key input differs); nothing was restored'
    );
  };
  if (seal === undefined) refuse('it carries no seal');
  if (seal!.kind !== 'file' || seal!.size > 4096) refuse('its seal is malformed');
  const text = await readFile(entryPath(staging, sealName), 'utf8');
  if (!sealIsValid(stateKey, key, contentDigest(content), text)) {
    refuse('its seal does not match its key and content');
  }
}

/** A fresh folder only this process uses, under RUNNER_TEMP (or the system temp folder). */
export async function privateFolder(parent: string | undefined, prefix: string): Promise<string> {
  const base = parent ?? (process.env.RUNNER_TEMP || tmpdir());
  await mkdir(base, { recursive: true });
  return mkdtemp(path.join(base, prefix));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function isPlainFile(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isFile();
  } catch {
    return false;
  }
}
