/**
 * Cache keys and cache paths for a run's saved state, and for the results of the shards of a
 * distributed fan-out (`shardRestorePrefix`, at the end). Pure functions: nothing here talks to
 * the cache service or the file system.
 *
 * Key layout: `<prefix>-<run id>.<workflow id>.<github run id>.<attempt>.<n>`
 *
 * - The run id comes first so a resume, which knows only the run id, can find the entry: it
 *   restores by `<prefix>-<run id>.` and the service returns the newest key starting with that.
 * - `.` closes the run id because a run id cannot contain it (`^[a-zA-Z0-9][a-zA-Z0-9_-]*$`), so
 *   run `ab` never matches `abc` or `ab-c`. A workflow id cannot contain it either, and the rest
 *   are digits, which is what makes a key parse back unambiguously.
 * - Keys are immutable in the cache service, so every save needs a fresh one: the GitHub run id
 *   and attempt tell jobs apart, `n` (milliseconds, strictly increasing within a process) tells
 *   apart the saves of one job (main, the SIGINT handler, the post step).
 */
import { posix } from 'node:path';
import { isValidWorkflowId, runIdProblem } from '../engine/ids.js';

/** The cache service limits keys to 512 characters and forbids commas. */
export const MAX_KEY_LENGTH = 512;
export const DEFAULT_PERSIST_PATHS: readonly string[] = ['specs'];

/** Raised for an input that must not reach a key or a path. */
export class CacheKeyError extends Error {
  override readonly name = 'CacheKeyError';
}

export interface SaveKeyParts {
  prefix: string;
  runId: string;
  workflowId: string;
  githubRunId: string;
  attempt: string;
  sequence: number;
}

export function validateRunId(runId: unknown): string {
  const problem = runIdProblem(runId);
  if (problem !== null) throw new CacheKeyError(problem);
  return runId as string;
}

export function validateWorkflowId(workflowId: unknown): string {
  if (!isValidWorkflowId(workflowId)) {
    throw new CacheKeyError(
      `invalid workflow id ${JSON.stringify(workflowId)}: use lowercase letters, digits and inner '-'`
    );
  }
  return workflowId;
}

export function validatePrefix(prefix: unknown): string {
  if (typeof prefix !== 'string' || prefix.trim() === '') {
    throw new CacheKeyError('the cache key prefix must not be empty');
  }
  if (/[,\s]/.test(prefix)) {
    throw new CacheKeyError(
      `invalid cache key prefix ${JSON.stringify(prefix)}: no commas or whitespace`
    );
  }
  return prefix;
}

function validateCounter(name: string, value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d+$/.test(text)) {
    throw new CacheKeyError(`invalid ${name} ${JSON.stringify(value)}: expected digits`);
  }
  return text;
}

export function validateGithubRunId(value: unknown): string {
  return validateCounter('GitHub run id', value);
}

export function validateAttempt(value: unknown): string {
  return validateCounter('run attempt', value);
}

/** Where run folders are, relative to the project root. */
export const RUNS_FOLDER = '.specify/workflows/runs';

/** The run's folder, relative to the project root, always with '/' separators. */
export function runFolder(runId: string): string {
  return `${RUNS_FOLDER}/${validateRunId(runId)}`;
}

/**
 * Turn the persist-paths input into canonical relative paths: trimmed, '/'-separated,
 * normalised, deduplicated and sorted (so the order the user wrote them in does not matter).
 * Paths are literal: the cache client would read glob characters as patterns, and a restored
 * entry is checked against these exact paths.
 */
export function normalizePersistPaths(paths: readonly string[]): string[] {
  const result = new Set<string>();
  for (const raw of paths) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const path = posix.normalize(trimmed.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (path === '' || path === '.') {
      throw new CacheKeyError(
        `persist path ${JSON.stringify(raw)} names the whole project; name the folders to keep`
      );
    }
    if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) {
      throw new CacheKeyError(
        `persist path ${JSON.stringify(raw)} must be relative to the project root`
      );
    }
    if (path === '..' || path.startsWith('../')) {
      throw new CacheKeyError(
        `persist path ${JSON.stringify(raw)} points outside the project root`
      );
    }
    if (/[*?[\]{}]/.test(path) || /^[!#~]/.test(path) || /[\r\n,]/.test(path)) {
      throw new CacheKeyError(
        `persist path ${JSON.stringify(raw)} must be a plain path (no glob characters, commas or line breaks)`
      );
    }
    result.add(path);
  }
  const sorted = [...result].sort();
  for (const path of sorted) {
    // .specify/workflows is the engine's: its runs folder (the run's own folder is always saved;
    // twice, tar writes hard links a restore refuses) and the installed workflows, which a
    // restore must never replace (a resume may load one of them by id).
    if (
      WORKFLOWS_FOLDER === path ||
      WORKFLOWS_FOLDER.startsWith(`${path}/`) ||
      path.startsWith(`${WORKFLOWS_FOLDER}/`)
    ) {
      throw new CacheKeyError(
        `persist path ${JSON.stringify(path)} overlaps ${WORKFLOWS_FOLDER}, which holds the installed workflows and the run folders (the run's own folder is always saved)`
      );
    }
    const outer = sorted.find((other) => path.startsWith(`${other}/`));
    if (outer !== undefined) {
      throw new CacheKeyError(
        `persist path ${JSON.stringify(path)} is inside persist path ${JSON.stringify(outer)}; name only ${JSON.stringify(outer)}`
      );
    }
  }
  return sorted;
}

const WORKFLOWS_FOLDER = '.specify/workflows';

/**
 * The paths handed to the cache client, for both save and restore. The service only matches an
 * entry saved with the same paths (they are hashed into the entry's version), so both sides
 * must get them from this one function, with the same persist paths.
 */
export function runCachePaths(runId: string, persistPaths: readonly string[]): string[] {
  const folder = runFolder(runId);
  return [folder, ...normalizePersistPaths(persistPaths).filter((p) => p !== folder)];
}

/** What a resume restores by: every key of this run starts with it, no other run's does. */
export function restorePrefix(prefix: string, runId: string): string {
  return `${validatePrefix(prefix)}-${validateRunId(runId)}.`;
}

export function buildSaveKey(parts: SaveKeyParts): string {
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 0) {
    throw new CacheKeyError(`invalid save sequence ${parts.sequence}`);
  }
  const key = [
    restorePrefix(parts.prefix, parts.runId) + validateWorkflowId(parts.workflowId),
    validateGithubRunId(parts.githubRunId),
    validateAttempt(parts.attempt),
    String(parts.sequence)
  ].join('.');
  if (key.length > MAX_KEY_LENGTH) {
    throw new CacheKeyError(
      `the cache key for run ${parts.runId} would be ${key.length} characters; the limit is ${MAX_KEY_LENGTH}`
    );
  }
  return key;
}

/** Read a key back; undefined when it is not a key this module built for that prefix and run. */
export function parseSaveKey(key: string, prefix: string, runId: string): SaveKeyParts | undefined {
  const start = restorePrefix(prefix, runId);
  if (!key.startsWith(start)) return undefined;
  const match = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.(\d+)\.(\d+)\.(\d+)$/.exec(
    key.slice(start.length)
  );
  if (!match) return undefined;
  const sequence = Number(match[4]);
  if (!Number.isSafeInteger(sequence)) return undefined;
  return {
    prefix,
    runId,
    workflowId: match[1],
    githubRunId: match[2],
    attempt: match[3],
    sequence
  };
}

export interface ClaimKeyParts {
  prefix: string;
  runId: string;
  /** The sequence of the save being resumed. */
  sequence: number;
  /** A forced claim (`force-resume`) gets a key naming its own job, so it never collides. */
  force?: { githubRunId: string; attempt: string };
}

/**
 * `<prefix>-<run id>.claim.<sequence>`, or with `.<github run id>.<attempt>` appended (forced).
 * It starts like the run's save keys, but claims are saved with other paths, so the service
 * (which matches versions, derived from the paths) never returns a claim for a state lookup.
 */
export function buildClaimKey(parts: ClaimKeyParts): string {
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 0) {
    throw new CacheKeyError(`invalid save sequence ${parts.sequence}`);
  }
  let key = `${restorePrefix(parts.prefix, parts.runId)}claim.${parts.sequence}`;
  if (parts.force) {
    key += `.${validateGithubRunId(parts.force.githubRunId)}.${validateAttempt(parts.force.attempt)}`;
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw new CacheKeyError(
      `the claim key for run ${parts.runId} would be ${key.length} characters; the limit is ${MAX_KEY_LENGTH}`
    );
  }
  return key;
}

/** Save sequences are milliseconds since 1970: 13 digits until the year 2286. */
export const SEQUENCE_DIGITS = 13;

/** A part of a key that someone chose, and where it is set (for the error). */
export interface ChosenKeyPart {
  value: string;
  /** Where to shorten it: "input 'cache-key-prefix'", "the workflow's id in flow.yml". */
  source: string;
}

/**
 * Refuse a key that would be over the service's limit, before anything depends on it (a run
 * whose state can never be saved must not start). `key` is the longest the run will use (see
 * `longestRunKeys`); the error names the longest of the chosen parts, the one to shorten.
 */
export function requireKeyFits(key: string, parts: readonly ChosenKeyPart[]): void {
  if (key.length <= MAX_KEY_LENGTH) return;
  const longest = parts.reduce<ChosenKeyPart | undefined>(
    (a, b) => (a === undefined || b.value.length > a.value.length ? b : a),
    undefined
  );
  const over = key.length - MAX_KEY_LENGTH;
  throw new CacheKeyError(
    `the run's cache keys would be up to ${key.length} characters, over the cache service's ` +
      `limit of ${MAX_KEY_LENGTH}` +
      (longest
        ? `: shorten ${longest.source} (${longest.value.length} characters) by at least ${over}`
        : '')
  );
}

/**
 * The longest keys a run uses, each with a full-length sequence: its save key and the claim key
 * of a resume (`buildClaimKey`, in its longest, forced form).
 */
export function longestRunKeys(parts: Omit<SaveKeyParts, 'sequence'>): string[] {
  const sequence = '9'.repeat(SEQUENCE_DIGITS);
  const run = restorePrefix(parts.prefix, parts.runId);
  return [
    [
      run + validateWorkflowId(parts.workflowId),
      validateGithubRunId(parts.githubRunId),
      validateAttempt(parts.attempt),
      sequence
    ].join('.'),
    `${run}claim.${sequence}.${validateGithubRunId(parts.githubRunId)}.${validateAttempt(parts.attempt)}`
  ];
}

/**
 * Where the shards of a fan-out distributed over matrix jobs keep their results, relative to
 * the project root: outside the runs folder, so a run's own saves never carry them.
 */
export const SHARDS_FOLDER = '.specify/workflows/shards';
/** The most shards one distribution has (GitHub's matrix limit). */
export const MAX_SHARDS = 256;

export interface ShardKeyParts {
  prefix: string;
  runId: string;
  distributionId: string;
  /** 1 to MAX_SHARDS. */
  shard: number;
  githubRunId: string;
  attempt: string;
  sequence: number;
}

export function validateDistributionId(distributionId: unknown): string {
  if (typeof distributionId !== 'string' || !/^[a-z0-9]{1,32}$/.test(distributionId)) {
    throw new CacheKeyError(
      `invalid distribution id ${JSON.stringify(distributionId)?.slice(0, 50)}: use 1 to 32 lowercase letters and digits`
    );
  }
  return distributionId;
}

export function validateShard(shard: unknown): number {
  if (typeof shard !== 'number' || !Number.isInteger(shard) || shard < 1 || shard > MAX_SHARDS) {
    throw new CacheKeyError(
      `invalid shard ${JSON.stringify(shard)}: expected a whole number from 1 to ${MAX_SHARDS}`
    );
  }
  return shard;
}

/** A shard's folder, relative to the project root, always with '/' separators. */
export function shardFolder(runId: string, distributionId: string, shard: number): string {
  return `${SHARDS_FOLDER}/${validateRunId(runId)}/${validateDistributionId(distributionId)}-${validateShard(shard)}`;
}

/**
 * What the gather job restores a shard by: `<prefix>-<run id>~shard~<distribution id>~<shard>.`
 *
 * - `~` follows the run id where a run's keys have `.`, and no run id contains either, so a
 *   shard key never starts with a run's restore prefix (`restorePrefix`) and a run's keys
 *   never start with a shard's. Nor does a shard key parse as a run save key, for any prefix
 *   and run: the part before its last three dots holds a `~`, which no workflow id has. (Shard
 *   entries are saved with other paths too, so the service would not return one for a run.)
 * - The `.` closing the shard number keeps shard 1 from matching shard 10.
 */
export function shardRestorePrefix(
  prefix: string,
  runId: string,
  distributionId: string,
  shard: number
): string {
  return `${validatePrefix(prefix)}-${validateRunId(runId)}~shard~${validateDistributionId(distributionId)}~${validateShard(shard)}.`;
}

/** `<shard restore prefix><github run id>.<attempt>.<n>`, as fresh for every save as a run's. */
export function buildShardKey(parts: ShardKeyParts): string {
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 0) {
    throw new CacheKeyError(`invalid save sequence ${parts.sequence}`);
  }
  const key =
    shardRestorePrefix(parts.prefix, parts.runId, parts.distributionId, parts.shard) +
    [
      validateGithubRunId(parts.githubRunId),
      validateAttempt(parts.attempt),
      String(parts.sequence)
    ].join('.');
  if (key.length > MAX_KEY_LENGTH) {
    throw new CacheKeyError(
      `the cache key for shard ${parts.shard} of run ${parts.runId} would be ${key.length} characters; the limit is ${MAX_KEY_LENGTH}`
    );
  }
  return key;
}

/** Read a shard key back; undefined when it is not one this module built for that shard. */
export function parseShardKey(
  key: string,
  prefix: string,
  runId: string,
  distributionId: string,
  shard: number
): ShardKeyParts | undefined {
  const start = shardRestorePrefix(prefix, runId, distributionId, shard);
  if (!key.startsWith(start)) return undefined;
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(key.slice(start.length));
  if (!match) return undefined;
  const sequence = Number(match[3]);
  if (!Number.isSafeInteger(sequence)) return undefined;
  return {
    prefix,
    runId,
    distributionId,
    shard,
    githubRunId: match[1],
    attempt: match[2],
    sequence
  };
}

/**
 * A save key under `prefix` of any run, read back (the listing of paused runs knows no run
 * id); undefined for a claim, a shard's key, or anything else.
 */
export function parseAnySaveKey(key: string, prefix: string): SaveKeyParts | undefined {
  const start = `${validatePrefix(prefix)}-`;
  if (!key.startsWith(start)) return undefined;
  const end = key.indexOf('.', start.length);
  const runId = end < 0 ? '' : key.slice(start.length, end);
  if (runIdProblem(runId) !== null) return undefined;
  return parseSaveKey(key, prefix, runId);
}
