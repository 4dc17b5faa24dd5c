/**
 * A run's state in the GitHub Actions cache: save it when the run stops, restore it when a later
 * workflow_dispatch resumes it, possibly on another runner with an empty workspace.
 *
 * One entry holds the run folder (`.specify/workflows/runs/<run id>/`) and the persist paths
 * (default `specs`), all relative to the project root. Keys: see `cache-keys.ts`. The service
 * only matches an entry saved with the same paths (they are hashed into its version), so save
 * and restore both get them from `runCachePaths`.
 *
 * An entry is hostile data: any job on this branch or the default branch can write one. So (the
 * steps every kind of entry shares, shard entries included, are in `cache-entry.ts`):
 * - A save archives a snapshot holding only what a restore accepts (`entry-contents.ts`), and,
 *   with a state key, seals it (`state-seal.ts`).
 * - A restore downloads the archive without unpacking it (`cache-transport.ts`), checks its
 *   whole listing against the rules and bounds, extracts it into a private staging folder with
 *   the same checks, checks the seal and that the state belongs to the run, and only then
 *   copies it into the project. Any refusal names the entry's key and the first member at
 *   fault, and leaves the project as it was.
 * - A resume claims the save it continues from (`claimResume`): cache keys are immutable, so of
 *   two jobs resuming the same save only one can create the claim entry.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { readRunJson } from '../engine/run-state.js';
import {
  RunCacheError,
  isPlainFile,
  privateFolder,
  restoreEntry,
  saveEntry,
  validated,
  type EntryWording,
  type RestoreRunResult,
  type SaveRunResult
} from './cache-entry.js';
import {
  DEFAULT_PERSIST_PATHS,
  buildClaimKey,
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
import { ArtifactTransport, type ArtifactSave } from './artifact-transport.js';
import { MAX_LISTED } from './github-api.js';
import {
  ActionsCacheTransport,
  type CacheTransport,
  type DownloadedEntry,
  type HomeOutcome,
  type SaveOutcome
} from './cache-transport.js';
import { DEFAULT_ENTRY_LIMITS, extractEntry, type EntryLimits } from './entry-contents.js';
import {
  restoreShardFromCache,
  saveShardToCache,
  type RestoreShardResult,
  type SaveShardRequest,
  type ShardLocation
} from './shard-store.js';
import type { ArchiveCompression } from './tar-reader.js';
import { SEAL_FILE } from './state-seal.js';

export {
  RunCacheError,
  type RunCacheErrorReason,
  type RestoreRunResult,
  type SaveRunResult
} from './cache-entry.js';

interface RunLocation {
  /** The project root (where `.specify/` lives); absolute, or relative to the current folder. */
  root: string;
  /** The `cache-key-prefix` input. */
  prefix: string;
  runId: string;
  /** Relative to the project root; default `specs`. Must be the same for save and restore. */
  persistPaths?: readonly string[];
  /** The `state-key` input; empty or absent: entries are neither sealed nor required to be. */
  stateKey?: string;
  /** Bounds on what is saved and restored (`max-restore-size`, `max-restore-files`). */
  limits?: EntryLimits;
  transport?: CacheTransport;
  /** Where temporary folders go; default RUNNER_TEMP, else the system temp folder. */
  tempDir?: string;
}

export interface SaveRunRequest extends RunLocation {
  workflowId: string;
  /** How the run stopped: with an artifact home, a paused or failed run is kept there too. */
  status?: string;
  /**
   * The run was restored by this job: ended, it is kept as an artifact too, so that its newest
   * artifact says it ended even while older paused ones are still there.
   */
  restored?: boolean;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT of the job that saves. */
  githubRunId: string | number;
  attempt: string | number;
  /** Clock for the key's save sequence (milliseconds). */
  now?: () => number;
}

export interface RestoreRunRequest extends RunLocation {
  /** When known, the entry must belong to this workflow too. */
  workflowId?: string;
}

export interface ClaimRequest {
  prefix: string;
  runId: string;
  /** The restored save this resume continues from. */
  resumes: { key: string; parts: SaveKeyParts };
  githubRunId: string | number;
  attempt: string | number;
  /** Who resumes, and where their job is, for the message another job gets. */
  actor: string | null;
  runUrl: string | null;
  /** `force-resume`: take over a save claimed by a job that died before it saved. */
  force: boolean;
  transport?: CacheTransport;
  tempDir?: string;
}

/** The seam the Action talks to; the cache-backed store or a disabled one (`runStateStore`). */
export interface RunStateStore {
  /** False when nothing is saved or restored: a resume must find the run in the workspace. */
  readonly enabled: boolean;
  /** When not enabled, why, as a clause for messages ("cache is false"). */
  readonly offReason?: string;
  save(request: SaveRunRequest): Promise<SaveRunResult>;
  restore(request: RestoreRunRequest): Promise<RestoreRunResult>;
  claim(request: ClaimRequest): Promise<{ key: string }>;
  /** A shard job's results (`shard-store.ts`). */
  saveShard(request: SaveShardRequest): Promise<SaveRunResult>;
  /** A shard's newest results; null when the shard saved none. */
  restoreShard(request: ShardLocation): Promise<RestoreShardResult | null>;
  /** Delete what only a resumable run needs (its artifacts), once it has ended for good. */
  forget(request: { prefix: string; runId: string }): Promise<ForgetResult>;
  /** The artifact home, when runs are kept as artifacts too (`state-store`). */
  readonly artifacts: ArtifactTransport | null;
}

/** `deleted`: artifacts removed; `failure`: why some could not be (one sentence), else null. */
export interface ForgetResult {
  deleted: number;
  failure: string | null;
}

/** `state-store`: where runs are kept. */
export type StateStoreChoice = 'cache' | 'cache+artifact' | 'artifact';

/** The statuses a run is resumable in, the ones kept as artifacts. */
const KEPT_AS_ARTIFACT: ReadonlySet<string> = new Set(['paused', 'failed']);

export const CACHE_OFF = 'cache is false';
export const CACHE_UNAVAILABLE = 'the Actions cache is not available here';

/**
 * The store for the `cache` input. Where the runner offers no cache service (GHES without it,
 * @github/local-action), `cache: true` keeps the run in the workspace, as `cache: false` does,
 * after one warning: a pause still succeeds, and a resume still needs the run in the workspace
 * (`restoreRun` refuses it otherwise, never starting anew).
 */
export function runStateStore(
  cache: boolean,
  warn: (message: string) => void,
  transport: CacheTransport = new ActionsCacheTransport(),
  homes: { choice: StateStoreChoice; artifacts: () => ArtifactTransport } = {
    choice: 'cache',
    artifacts: () => {
      throw new Error('no artifact home');
    }
  }
): RunStateStore {
  if (!cache) return new DisabledRunStateStore(CACHE_OFF);
  if (!transport.available()) {
    warn(
      `${CACHE_UNAVAILABLE}: the run is kept in the workspace only; pass cache: false to silence this`
    );
    return new DisabledRunStateStore(CACHE_UNAVAILABLE);
  }
  if (homes.choice === 'cache') return new ActionsCacheRunStore(transport);
  const artifacts = homes.artifacts();
  if (!artifacts.available()) {
    warn(
      'the artifact service is not available here (no ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL): ' +
        `runs are kept in the Actions cache only${homes.choice === 'artifact' ? ' (state-store is artifact)' : ''}`
    );
    return new ActionsCacheRunStore(transport);
  }
  return new ActionsCacheRunStore(transport, artifacts, homes.choice === 'cache+artifact');
}

/**
 * Runs kept in the Actions cache, and with an artifact home also as artifacts (paused and failed
 * runs: the ones a resume may need after the cache has evicted them). Claims and shard results
 * always go to the cache: they are short-lived, and a claim needs the cache's immutable keys.
 */
export class ActionsCacheRunStore implements RunStateStore {
  readonly enabled = true;
  constructor(
    private readonly transport: CacheTransport = new ActionsCacheTransport(),
    readonly artifacts: ArtifactTransport | null = null,
    /** False with `state-store: artifact`: runs are kept as artifacts only. */
    private readonly cacheRuns = true
  ) {}
  save(request: SaveRunRequest): Promise<SaveRunResult> {
    const homes: SaveHome[] = [];
    if (this.cacheRuns || this.artifacts === null) {
      homes.push({ name: 'the Actions cache', transport: this.transport });
    }
    const resumable = KEPT_AS_ARTIFACT.has(request.status ?? 'paused');
    if (this.artifacts !== null && (resumable || request.restored === true)) {
      homes.push({ name: 'an artifact', transport: this.artifacts });
    }
    if (homes.length === 0) {
      return Promise.resolve({
        saved: false,
        key: '',
        paths: [],
        reason: `run ${request.runId} is ${request.status}: only a paused or failed run, or one this job resumed, is kept (state-store is artifact)`,
        unneeded: true
      });
    }
    const transport =
      homes.length === 1 && homes[0].transport === this.transport
        ? this.transport
        : new EveryHome(homes);
    return saveRunToCache({ ...request, transport });
  }
  restore(request: RestoreRunRequest): Promise<RestoreRunResult> {
    if (this.artifacts === null)
      return restoreRunFromCache({ transport: this.transport, ...request });
    const { sequenceOf } = runSaves(request);
    const homes = new NewestHome(
      this.cacheRuns ? this.transport : null,
      this.artifacts,
      sequenceOf
    );
    return restoreRunFromCache({ ...request, transport: homes }).catch((error: unknown) => {
      if (!(error instanceof RunCacheError) || error.reason !== 'not-found') throw error;
      throw new RunCacheError(
        'not-found',
        homes.listingProblem === null
          ? `${error.message}; no artifact of it either` +
              (homes.artifactsCut
                ? ` among the newest ${MAX_LISTED} artifacts of the repository (the listing stops there)`
                : '')
          : `${error.message}; and the artifacts could not be listed to look for one: ${homes.listingProblem}`
      );
    });
  }
  async forget(request: { prefix: string; runId: string }): Promise<ForgetResult> {
    if (this.artifacts === null) return { deleted: 0, failure: null };
    const { startsWith, sequenceOf } = runSaves(request);
    try {
      const saves = await this.artifacts.saves(startsWith, sequenceOf);
      // Oldest first, stopping at the first refusal: whatever stays, the newest save stays
      // with it (the ended run's own), so an older paused one is never taken for the newest.
      return await this.artifacts.remove(saves.map((save) => save.artifact).reverse());
    } catch (error) {
      return { deleted: 0, failure: error instanceof Error ? error.message : String(error) };
    }
  }
  claim(request: ClaimRequest): Promise<{ key: string }> {
    return claimResume({ transport: this.transport, ...request });
  }
  saveShard(request: SaveShardRequest): Promise<SaveRunResult> {
    return saveShardToCache({ transport: this.transport, ...request });
  }
  restoreShard(request: ShardLocation): Promise<RestoreShardResult | null> {
    return restoreShardFromCache({ transport: this.transport, ...request });
  }
}

export class DisabledRunStateStore implements RunStateStore {
  readonly enabled = false;
  constructor(readonly offReason: string = CACHE_OFF) {}
  async save(request: SaveRunRequest): Promise<SaveRunResult> {
    return {
      saved: false,
      key: '',
      paths: [],
      reason: `${this.offReason}; run ${request.runId} was not saved`
    };
  }
  async restore(request: RestoreRunRequest): Promise<RestoreRunResult> {
    throw new RunCacheError(
      'unavailable',
      `cannot restore run ${request.runId}: ${this.offReason}, so no saved state can be looked up`
    );
  }
  async claim(request: ClaimRequest): Promise<{ key: string }> {
    throw new RunCacheError('unavailable', `cannot claim run ${request.runId}: ${this.offReason}`);
  }
  async saveShard(request: SaveShardRequest): Promise<SaveRunResult> {
    return {
      saved: false,
      key: '',
      paths: [],
      reason: `${this.offReason}; ${shardName(request)} was not saved`
    };
  }
  async restoreShard(request: ShardLocation): Promise<RestoreShardResult | null> {
    throw new RunCacheError(
      'unavailable',
      `cannot restore ${shardName(request)}: ${this.offReason}, so no saved results can be looked up`
    );
  }
  readonly artifacts = null;
  async forget(): Promise<ForgetResult> {
    return { deleted: 0, failure: null };
  }
}

/** What every save key of one run starts with, and a key's save sequence (null: not the run's). */
function runSaves(request: { prefix: string; runId: string }): {
  startsWith: string;
  sequenceOf: (key: string) => number | null;
} {
  const prefix = validated(() => validatePrefix(request.prefix));
  const runId = validated(() => validateRunId(request.runId));
  return {
    startsWith: restorePrefix(prefix, runId),
    sequenceOf: (key) => parseSaveKey(key, prefix, runId)?.sequence ?? null
  };
}

interface SaveHome {
  /** For messages: "the Actions cache", "an artifact". */
  name: string;
  transport: CacheTransport;
}

/**
 * One save stored in several homes from the same snapshot, under the same key (so one seal
 * serves all). Stored when any home stored it; what each home did is told.
 */
class EveryHome implements CacheTransport {
  constructor(private readonly homes: readonly SaveHome[]) {}
  available(): boolean {
    return this.homes.every((home) => home.transport.available());
  }
  download(): Promise<DownloadedEntry | undefined> {
    return Promise.reject(new Error('a save in several homes is restored through NewestHome'));
  }
  async save(paths: readonly string[], key: string, from: string): Promise<SaveOutcome> {
    const told: HomeOutcome[] = [];
    let id: number | null = null;
    for (const home of this.homes) {
      const outcome = await home.transport.save(paths, key, from);
      if (outcome.stored) id ??= outcome.id;
      told.push({
        home: home.name,
        stored: outcome.stored,
        as: outcome.stored ? outcome.as : undefined,
        said: outcome.stored ? '' : outcome.refusal
      });
    }
    if (id !== null) return { stored: true, id, homes: told };
    const refusal = told.map((home) => home.said).join('; ');
    return { stored: false, clientSaid: refusal, refusal, homes: told };
  }
}

/**
 * A run's restore from the cache and its artifacts: the newest save wins whichever home holds
 * it (a stale artifact never overrides a newer cache entry, nor the reverse). The cache is asked
 * first; its key is compared with the newest artifact's before anything is fetched.
 */
class NewestHome implements CacheTransport {
  /** Why the artifacts could not be listed, when they could not. */
  listingProblem: string | null = null;
  /** Whether the listing stopped at its bound, older artifacts not looked at. */
  get artifactsCut(): boolean {
    return this.artifacts.listingCut;
  }
  constructor(
    private readonly cache: CacheTransport | null,
    private readonly artifacts: ArtifactTransport,
    private readonly sequenceOf: (key: string) => number | null
  ) {}
  available(): boolean {
    return (this.cache?.available() ?? true) && this.artifacts.available();
  }
  save(): Promise<SaveOutcome> {
    return Promise.reject(new Error('NewestHome only restores'));
  }
  async download(
    paths: readonly string[],
    key: string,
    into: string,
    check: (key: string, size: number | null) => void = () => {}
  ): Promise<DownloadedEntry | undefined> {
    let newest: ArtifactSave | undefined;
    let listing: string | null = null;
    try {
      [newest] = await this.artifacts.saves(key, this.sequenceOf);
    } catch (error) {
      listing = error instanceof Error ? error.message : String(error);
      this.listingProblem = listing;
      if (this.cache === null) {
        throw new RunCacheError('unavailable', `could not list the artifacts: ${listing}`);
      }
    }
    const artifactSequence = newest === undefined ? null : this.sequenceOf(newest.key);
    if (this.cache !== null) {
      let superseded = false;
      const fromCache = await this.cache
        .download(paths, key, into, (found, size) => {
          const sequence = this.sequenceOf(found);
          if (artifactSequence !== null && sequence !== null && artifactSequence > sequence) {
            superseded = true;
            throw new SupersededEntry();
          }
          check(found, size);
        })
        .catch((error: unknown) => {
          if (error instanceof SupersededEntry) return undefined;
          throw error;
        });
      if (fromCache !== undefined && !superseded) {
        return listing === null
          ? fromCache
          : { ...fromCache, source: `the Actions cache (no artifact was looked at: ${listing})` };
      }
    }
    return newest === undefined ? undefined : this.artifacts.fetch(newest, into, check);
  }
}

class SupersededEntry extends Error {}

/** For a disabled store's messages; the request is not validated there, so values are cut short. */
function shardName(request: ShardLocation): string {
  const cut = (value: unknown): string => String(value).slice(0, 40);
  return `shard ${cut(request.shard)} of distribution ${cut(request.distributionId)} of run ${cut(request.runId)}`;
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
  return saveEntry({
    root: path.resolve(request.root),
    paths: runCachePaths(runId, persistPaths),
    sealName: `${runFolder(runId)}/${SEAL_FILE}`,
    stateKey: request.stateKey,
    limits: request.limits ?? DEFAULT_ENTRY_LIMITS,
    transport: request.transport ?? new ActionsCacheTransport(),
    tempDir: request.tempDir,
    wording: runWording(runId),
    required: `${runFolder(runId)}/state.json`,
    key: (sequence) => buildSaveKey({ prefix, runId, workflowId, githubRunId, attempt, sequence }),
    now: request.now ?? Date.now
  });
}

/**
 * Restore the newest saved state of a run into the project root. Throws a RunCacheError when
 * nothing is saved, the entry is broken, refused or belongs to something else; the project is
 * left untouched in all those cases.
 */
export async function restoreRunFromCache(request: RestoreRunRequest): Promise<RestoreRunResult> {
  const { runId, prefix, workflowId, persistPaths } = validated(() => ({
    runId: validateRunId(request.runId),
    prefix: validatePrefix(request.prefix),
    workflowId:
      request.workflowId === undefined ? undefined : validateWorkflowId(request.workflowId),
    persistPaths: normalizePersistPaths(request.persistPaths ?? DEFAULT_PERSIST_PATHS)
  }));
  const paths = runCachePaths(runId, persistPaths);
  const lookFor = restorePrefix(prefix, runId);
  const restored = await restoreEntry({
    root: path.resolve(request.root),
    paths,
    sealName: `${runFolder(runId)}/${SEAL_FILE}`,
    stateKey: request.stateKey,
    limits: request.limits ?? DEFAULT_ENTRY_LIMITS,
    transport: request.transport ?? new ActionsCacheTransport(),
    tempDir: request.tempDir,
    wording: runWording(runId),
    lookFor,
    owned: (key) => ownedKey(key, prefix, runId),
    check: (staging, parts, key) => checkRunState(staging, runId, parts, workflowId, key)
  });
  if (!restored) {
    throw new RunCacheError(
      'not-found',
      `no saved state for run ${runId} on this branch or the default branch ` +
        `(looked for cache keys starting with "${lookFor}"; a run is found only with the ` +
        `cache-key-prefix and persist-paths it was saved with: ${paths.join(', ')})`
    );
  }
  return restored;
}

function runWording(runId: string): EntryWording {
  return { label: `run ${runId}`, restorer: 'a resume', jobs: 'save and resume it' };
}

/**
 * Claim the save a resume continues from, before the run goes on: only the first job to create
 * the claim entry continues; another gets a RunCacheError('claimed') naming the first. With
 * `force`, the claim gets a key of its own and always succeeds: the documented way past a claim
 * left by a job that died before it saved.
 */
export async function claimResume(request: ClaimRequest): Promise<{ key: string }> {
  const runId = validated(() => validateRunId(request.runId));
  const transport = request.transport ?? new ActionsCacheTransport();
  const key = validated(() =>
    buildClaimKey({
      prefix: request.prefix,
      runId,
      sequence: request.resumes.parts.sequence,
      force: request.force
        ? {
            githubRunId: validateGithubRunId(request.githubRunId),
            attempt: validateAttempt(request.attempt)
          }
        : undefined
    })
  );
  const folder = await privateFolder(request.tempDir, 'specflow-claim-');
  try {
    await mkdir(path.join(folder, CLAIM_FOLDER));
    await writeFile(
      path.join(folder, CLAIM_FOLDER, CLAIM_FILE),
      JSON.stringify({
        run_id: runId,
        resumes: request.resumes.key,
        github_run_id: String(request.githubRunId),
        github_run_attempt: String(request.attempt),
        actor: request.actor,
        run_url: request.runUrl,
        forced: request.force
      })
    );
    const outcome = await transport.save([CLAIM_FOLDER], key, folder);
    if (outcome.stored) return { key };
    const holder = await readClaim(transport, key, folder);
    const hint =
      'If that job ended without saving the run, resume it again with force-resume: true.';
    if (holder !== null) {
      throw new RunCacheError(
        'claimed',
        `run ${runId} was already resumed by ${holder} from the same save (${request.resumes.key}). ${hint}`
      );
    }
    throw new RunCacheError(
      'unavailable',
      `could not claim run ${runId} for this job: the cache service did not store the claim ${key}` +
        `${outcome.clientSaid ? ` (the cache client said: ${outcome.clientSaid})` : ''}. ` +
        `Without a claim two jobs could continue the run; try again. ${hint}`
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const CLAIM_FOLDER = 'specflow-claim';
const CLAIM_FILE = 'claim.json';
const CLAIM_LIMITS: EntryLimits = { maxBytes: 64 * 1024, maxMembers: 4 };

/**
 * Who holds an existing claim, as a phrase for a message; null when there is none. A claim just
 * reserved by another job becomes visible only once its upload is finalized, so a refused
 * reservation is looked up for a while before it is taken for a service failure.
 */
async function readClaim(
  transport: CacheTransport,
  key: string,
  temp: string,
  pollMs = 500,
  attempts = 20
): Promise<string | null> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
    const into = path.join(temp, `existing-${attempt}`);
    await mkdir(into);
    let downloaded;
    try {
      downloaded = await transport.download([CLAIM_FOLDER], key, into);
    } catch {
      downloaded = undefined;
    }
    if (downloaded?.key === key) return describeClaim(downloaded, into);
  }
  return null;
}

async function describeClaim(
  downloaded: { archive: string; compression: ArchiveCompression },
  into: string
): Promise<string> {
  try {
    const staging = path.join(into, 'staging');
    await mkdir(staging);
    await extractEntry(
      downloaded.archive,
      downloaded.compression,
      [CLAIM_FOLDER],
      staging,
      CLAIM_LIMITS
    );
    const claim = JSON.parse(
      await readFile(path.join(staging, CLAIM_FOLDER, CLAIM_FILE), 'utf8')
    ) as Record<string, unknown>;
    // Claim entries are written by other jobs: only well-formed values reach the message.
    const runUrl =
      typeof claim.run_url === 'string' &&
      /^https:\/\/[\w.-]+(?::\d+)?\/[\w.-]+\/[\w.-]+\/actions\/runs\/\d+$/.test(claim.run_url)
        ? claim.run_url
        : null;
    const actor =
      typeof claim.actor === 'string' &&
      /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(claim.actor)
        ? claim.actor
        : null;
    const job = runUrl ?? 'another job';
    return actor ? `${job} (${actor})` : job;
  } catch {
    return 'another job';
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

async function checkRunState(
  staging: string,
  runId: string,
  parts: SaveKeyParts,
  expectedWorkflow: string | undefined,
  key: string
): Promise<string> {
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
  return typeof record.updated_at === 'string' ? record.updated_at : '';
}
