/**
 * The results of one shard of a fan-out distributed over matrix jobs, in the GitHub Actions
 * cache: each shard job saves its folder as an entry of its own, and a later gather job restores
 * every shard's entry.
 *
 * A shard's folder is `.specify/workflows/shards/<run id>/<distribution id>-<shard>/`, relative
 * to the project root (outside the run folder, so the run's own saves never carry it). It holds
 * `shard.json`, which the caller writes with at least `run_id`, `distribution_id` and `shard`,
 * and whatever else the caller puts there (`item-<index>.patch`...); the store reads nothing
 * but those three fields.
 *
 * Keys: see `shardRestorePrefix` in `cache-keys.ts`. An entry is as hostile as a run's, and is
 * saved and restored by the same steps (`cache-entry.ts`): only members inside the shard folder,
 * bounds, the seal when there is a state key, and a `shard.json` naming this very shard, before
 * anything is copied into the project. A shard with no entry is not an error: its job may have
 * died before it saved, and the gather job decides what that means.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { readRunJson } from '../engine/run-state.js';
import {
  RunCacheError,
  isPlainFile,
  restoreEntry,
  saveEntry,
  validated,
  type EntryWording,
  type RestoreRunResult,
  type SaveRunResult
} from './cache-entry.js';
import {
  buildShardKey,
  parseShardKey,
  shardFolder,
  shardRestorePrefix,
  validateAttempt,
  validateDistributionId,
  validateGithubRunId,
  validatePrefix,
  validateRunId,
  validateShard,
  type ShardKeyParts
} from './cache-keys.js';
import { ActionsCacheTransport, type CacheTransport } from './cache-transport.js';
import { DEFAULT_ENTRY_LIMITS, type EntryLimits } from './entry-contents.js';
import { SEAL_FILE } from './state-seal.js';

export { shardFolder, type ShardKeyParts } from './cache-keys.js';

/** The file every shard folder holds, naming the shard it belongs to. */
export const SHARD_FILE = 'shard.json';

export interface ShardLocation {
  /** The project root (where `.specify/` lives); absolute, or relative to the current folder. */
  root: string;
  /** The `cache-key-prefix` input. */
  prefix: string;
  runId: string;
  /** 1 to 32 lowercase letters and digits. */
  distributionId: string;
  /** 1 to 256. */
  shard: number;
  /** The `state-key` input; empty or absent: entries are neither sealed nor required to be. */
  stateKey?: string;
  /** Bounds on what is saved and restored (`max-restore-size`, `max-restore-files`). */
  limits?: EntryLimits;
  /**
   * Called once the entry is checked, before anything is copied into the project, with what it
   * would restore; throws a RunCacheError to refuse it (a gather's total: `distributed.ts`).
   */
  admit?: (entry: { key: string; bytes: number; members: number }) => Promise<void>;
  transport?: CacheTransport;
  /** Where temporary folders go; default RUNNER_TEMP, else the system temp folder. */
  tempDir?: string;
}

export interface SaveShardRequest extends ShardLocation {
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT of the job that saves. */
  githubRunId: string | number;
  attempt: string | number;
  /** Clock for the key's save sequence (milliseconds). */
  now?: () => number;
}

export type RestoreShardResult = RestoreRunResult<ShardKeyParts>;

/** Save the shard's folder under a fresh key; its `shard.json` must exist. */
export async function saveShardToCache(request: SaveShardRequest): Promise<SaveRunResult> {
  const { prefix, runId, distributionId, shard, githubRunId, attempt } = validated(() => ({
    prefix: validatePrefix(request.prefix),
    runId: validateRunId(request.runId),
    distributionId: validateDistributionId(request.distributionId),
    shard: validateShard(request.shard),
    githubRunId: validateGithubRunId(request.githubRunId),
    attempt: validateAttempt(request.attempt)
  }));
  const folder = shardFolder(runId, distributionId, shard);
  return saveEntry({
    root: path.resolve(request.root),
    paths: [folder],
    sealName: `${folder}/${SEAL_FILE}`,
    stateKey: request.stateKey,
    limits: request.limits ?? DEFAULT_ENTRY_LIMITS,
    transport: request.transport ?? new ActionsCacheTransport(),
    tempDir: request.tempDir,
    wording: shardWording(runId, distributionId, shard),
    required: `${folder}/${SHARD_FILE}`,
    key: (sequence) =>
      buildShardKey({ prefix, runId, distributionId, shard, githubRunId, attempt, sequence }),
    now: request.now ?? Date.now
  });
}

/**
 * Restore the newest save of the shard into the project root; null when the shard has none.
 * Throws a RunCacheError when the entry is broken, refused or belongs to another shard; the
 * project is left untouched in all those cases.
 */
export async function restoreShardFromCache(
  request: ShardLocation
): Promise<RestoreShardResult | null> {
  const { prefix, runId, distributionId, shard } = validated(() => ({
    prefix: validatePrefix(request.prefix),
    runId: validateRunId(request.runId),
    distributionId: validateDistributionId(request.distributionId),
    shard: validateShard(request.shard)
  }));
  const folder = shardFolder(runId, distributionId, shard);
  const wording = shardWording(runId, distributionId, shard);
  const restored = await restoreEntry({
    root: path.resolve(request.root),
    paths: [folder],
    sealName: `${folder}/${SEAL_FILE}`,
    stateKey: request.stateKey,
    limits: request.limits ?? DEFAULT_ENTRY_LIMITS,
    transport: request.transport ?? new ActionsCacheTransport(),
    tempDir: request.tempDir,
    wording,
    lookFor: shardRestorePrefix(prefix, runId, distributionId, shard),
    outside: 'is outside the shard folder',
    owned: (key) => {
      const parts = parseShardKey(key, prefix, runId, distributionId, shard);
      if (!parts) {
        throw new RunCacheError(
          'foreign',
          `the cache entry found for ${wording.label} has the key ${JSON.stringify(key)}, which is not a save of that shard`
        );
      }
      return parts;
    },
    check: async (staging, _parts, key, content) => {
      const updatedAt = await checkShardFile(
        staging,
        folder,
        { runId, distributionId, shard },
        wording.label,
        key
      );
      const bytes = content.reduce((n, item) => n + (item.kind === 'file' ? item.size : 0), 0);
      await request.admit?.({ key, bytes, members: content.length });
      return updatedAt;
    }
  });
  return restored ?? null;
}

function shardWording(runId: string, distributionId: string, shard: number): EntryWording {
  return {
    label: `shard ${shard} of distribution ${distributionId} of run ${runId}`,
    restorer: 'the gather job',
    jobs: 'save and gather it'
  };
}

/** The staged `shard.json` names this shard; returns its `updated_at` ('' when it has none). */
async function checkShardFile(
  staging: string,
  folder: string,
  expected: { runId: string; distributionId: string; shard: number },
  label: string,
  key: string
): Promise<string> {
  const file = path.join(staging, ...folder.split('/'), SHARD_FILE);
  let document: unknown;
  try {
    if (!(await isPlainFile(file))) throw new Error('missing');
    // Read like the engine's own files, which may use Python's json spelling (NaN, Infinity).
    document = readRunJson(await readFile(file, 'utf8'));
  } catch {
    throw new RunCacheError(
      'corrupt',
      `the cache entry ${key} has no readable ${SHARD_FILE} for ${label}`
    );
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new RunCacheError(
      'corrupt',
      `the cache entry ${key} holds a ${SHARD_FILE} that is not a JSON object`
    );
  }
  const record = document as Record<string, unknown>;
  const found = {
    run_id: record.run_id,
    distribution_id: record.distribution_id,
    shard: record.shard
  };
  if (
    found.run_id !== expected.runId ||
    found.distribution_id !== expected.distributionId ||
    found.shard !== expected.shard
  ) {
    throw new RunCacheError(
      'foreign',
      `the cache entry ${key} holds the ${SHARD_FILE} of ${shown(found)}, not of ${label}`
    );
  }
  return typeof record.updated_at === 'string' ? record.updated_at : '';
}

/** Hostile values for a message, cut short. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
