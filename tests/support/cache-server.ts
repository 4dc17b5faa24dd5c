/**
 * A local stand-in for the GitHub Actions cache service (v2), so the real
 * `@actions/cache` client can run unmodified in tests.
 *
 * What the client (v6, ACTIONS_CACHE_SERVICE_V2 set) sends, and what this serves:
 *
 * - Twirp JSON calls, POST `<ACTIONS_RESULTS_URL>/twirp/github.actions.results.api.v1.CacheService/<Method>`
 *   with `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>` and proto field names in the body:
 *   - `CreateCacheEntry {key, version}` → `{ok, signed_upload_url}`. A key+version that already
 *     exists (finalized or still uploading) is refused like the real service: HTTP 409 with a twirp
 *     `already_exists` error. The client turns that into a ReserveCacheError, logs it with
 *     `core.info` and `saveCache` returns -1 without throwing.
 *   - `FinalizeCacheEntryUpload {key, version, size_bytes}` → `{ok, entry_id}`. Only then does the
 *     entry become visible to restores.
 *   - `GetCacheEntryDownloadURL {key, restore_keys, version}` → `{ok, signed_download_url,
 *     matched_key}`, or `{ok: false}` on a miss (HTTP 200). For each of key, then each restore key
 *     in order: an exact key match first, else the newest entry whose key starts with it. Only
 *     finalized entries with the same version count (the client derives the version from the
 *     paths and the compression method).
 * - The upload goes through the Azure storage SDK (`BlockBlobClient.uploadFile`) to the signed
 *   URL. For an IP host the SDK reads the path as `/<account>/<container>/<blob>`. Archives up to
 *   128 MiB (the client's `maxSingleShotSize`) are sent as one Put Blob (`PUT`, header
 *   `x-ms-blob-type: BlockBlob`); larger ones as Put Block (`PUT ?comp=block&blockid=...`) plus
 *   Put Block List (`PUT ?comp=blocklist`, XML body). All three answer 201 with an ETag.
 * - The download: for a host that is not `*.blob.core.windows.net` the client does one plain
 *   `GET` of the signed URL and checks the body against Content-Length. `HEAD` and ranged `GET`
 *   (`Range` / `x-ms-range`), which it uses for real Azure hosts, are served too.
 *
 * Authorization: the bearer token must be `token` (by default a runtime token for the default
 * run) or any other runtime token this server issued (`runtimeToken`); anything else gets 401
 * `unauthenticated`. A new entry is filed under the ref of the token's `ac` claim (what the REST
 * cache listing shows as `ref`). A lookup that answers with an entry counts as a read of it and
 * moves its `last_accessed_at` to the server's clock (`now`), which is what keeps a real entry
 * from eviction; `removeEntry` evicts one by hand.
 *
 * The same server is the artifact service (artifact-service.ts: twirp `ArtifactService`, blobs
 * under `/<account>/actions-results/<id>`), and `store` is what the REST stand-in
 * (github-api-server.ts) reads for `/actions/artifacts` and `/actions/caches`.
 *
 * Not modelled: branch scopes (every entry is visible to every restore), automatic eviction, size
 * limits.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createArtifactService,
  RunRegistry,
  TwirpError,
  type ArtifactInfo,
  type ArtifactService,
  type BlobTarget,
  type RunOptions,
  type RuntimeClaims,
  type SeedArtifact
} from './artifact-service.js';
import { readBody } from './request-body.js';

export type { ArtifactInfo, RunOptions, SeedArtifact } from './artifact-service.js';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const ARTIFACT_TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const ARTIFACT_METHODS = [
  'CreateArtifact',
  'FinalizeArtifact',
  'ListArtifacts',
  'GetSignedArtifactURL',
  'DeleteArtifact'
] as const;
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';
const ARTIFACT_CONTAINER = 'actions-results';
const BLOB_PATH = new RegExp(`^/${ACCOUNT}/(${CONTAINER}|${ARTIFACT_CONTAINER})/(\\d+)$`);
/** The run `token` and `env()` are for unless told otherwise. */
export const DEFAULT_GITHUB_RUN_ID = 9_000_001;

export type CacheRequestKind =
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'GetCacheEntryDownloadURL'
  | (typeof ARTIFACT_METHODS)[number]
  | 'PutBlob'
  | 'PutBlock'
  | 'PutBlockList'
  | 'GetBlob'
  | 'HeadBlob'
  | 'Unknown';

export interface RecordedRequest {
  kind: CacheRequestKind;
  method: string;
  /** Path without the query string (signatures stay out of test output). */
  path: string;
  status: number;
  /** The parsed JSON body of a twirp call. */
  body?: Record<string, unknown>;
}

export interface CacheEntryInfo {
  id: number;
  key: string;
  version: string;
  /** Bytes of the stored blob (0 until uploaded). */
  size: number;
  finalized: boolean;
  /** Creation order; a higher number is newer. */
  created: number;
  /** The ref it was saved under (the saving token's, `refs/heads/main` by default). */
  ref: string;
  createdAt: Date;
  /** Creation, then each lookup that answered with it. */
  lastAccessedAt: Date;
  /** Lookups (GetCacheEntryDownloadURL) that answered with this entry. */
  reads: number;
}

export interface SeedEntry {
  key: string;
  version: string;
  data: Buffer;
  /** Default `refs/heads/main`. */
  ref?: string;
}

/**
 * What the REST stand-in reads: the finalized artifacts and cache entries, their signed download
 * URLs, and the deletions the REST API performs.
 */
export interface ResultsStore {
  now(): Date;
  artifacts(): ArtifactInfo[];
  artifactDownloadUrl(id: number): string | undefined;
  deleteArtifact(id: number): boolean;
  cacheEntries(): CacheEntryInfo[];
  deleteCacheEntry(id: number): boolean;
}

export interface EnvOptions extends RunOptions {
  /** Also set GITHUB_RUN_ID (default: only when `githubRunId` is given). */
  runId?: boolean;
}

export interface CacheServer {
  /** Base URL with a trailing slash, as the runner sets ACTIONS_RESULTS_URL. */
  readonly url: string;
  /** The default runtime token (for run DEFAULT_GITHUB_RUN_ID, job `build`, unless `options.token`). */
  readonly token: string;
  /** The run `token` is for. */
  readonly githubRunId: number;
  /**
   * The variables that point the cache and artifact clients at this server (v2 protocol).
   * With run options, ACTIONS_RUNTIME_TOKEN is a token for that run and job, and GITHUB_RUN_ID
   * is set when a run id is given.
   */
  env(run?: EnvOptions): Record<string, string>;
  /** A runtime token (a JWT this server accepts) for a job of a run. */
  runtimeToken(run?: RunOptions): string;
  /** What the REST stand-in reads. */
  readonly store: ResultsStore;
  /** All entries, oldest first (pending ones included, flagged `finalized: false`). */
  entries(): CacheEntryInfo[];
  /** The stored bytes of the newest entry with exactly this key. */
  blob(key: string): Buffer | undefined;
  /** Lookups that answered with an entry of exactly this key (any version). */
  entryReads(key: string): number;
  /** Drop every entry with this key (of one version, if given), as eviction would; the count dropped. */
  removeEntry(key: string, version?: string): number;
  requests(): RecordedRequest[];
  countRequests(kind?: CacheRequestKind): number;
  /** Replace an entry's bytes (garbage by default) without touching its key or version. */
  corruptEntry(key: string, data?: Buffer): void;
  /** Add a finalized entry directly, as if some other job had saved it. */
  seedEntry(entry: SeedEntry): CacheEntryInfo;
  /**
   * Hold every CreateCacheEntry whose key matches until `count` of them are waiting, then answer
   * them in arrival order (a barrier: two jobs reserving at the same instant).
   */
  holdReservations(match: RegExp, count: number): void;
  /** All artifacts, oldest first (pending ones included, flagged `finalized: false`). */
  artifacts(): ArtifactInfo[];
  /** The stored bytes of an artifact. */
  artifactBlob(id: number): Buffer | undefined;
  /** Add a finalized artifact, as if another run (of a fork, with `headRepositoryId`) uploaded it. */
  seedArtifact(seed: SeedArtifact): ArtifactInfo;
  /** Replace an artifact's bytes (garbage by default); its size and digest stay as uploaded. */
  corruptArtifact(id: number, data?: Buffer): void;
  /** Drop an artifact (as expiry clean-up or another run's deletion would). */
  removeArtifact(id: number): boolean;
  close(): Promise<void>;
}

export interface CacheServerOptions {
  /** A fixed bearer token the cache twirp calls accept besides the issued runtime tokens. */
  token?: string;
  /** The clock for timestamps (creation, last access, artifact expiry). */
  now?: () => Date;
  /** The run `token` and `env()` are for (default DEFAULT_GITHUB_RUN_ID). */
  githubRunId?: number;
}

interface Entry extends BlobTarget {
  id: number;
  key: string;
  version: string;
  created: number;
  ref: string;
  createdAt: Date;
  lastAccessedAt: Date;
  reads: number;
}

class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export async function startCacheServer(options: CacheServerOptions = {}): Promise<CacheServer> {
  const now = options.now ?? (() => new Date());
  const runs = new RunRegistry(options.githubRunId ?? DEFAULT_GITHUB_RUN_ID);
  const token = options.token ?? runs.issue();
  const entries: Entry[] = [];
  const log: RecordedRequest[] = [];
  let nextId = 1;
  let base = '';
  let hold: { match: RegExp; count: number; waiting: (() => void)[] } | null = null;

  const newEntry = (key: string, version: string, ref: string): Entry => {
    const id = nextId++;
    const at = now();
    const entry: Entry = {
      id,
      key,
      version,
      data: Buffer.alloc(0),
      finalized: false,
      created: id,
      ref,
      createdAt: at,
      lastAccessedAt: at,
      reads: 0,
      uploadSig: randomBytes(12).toString('hex'),
      downloadSig: randomBytes(12).toString('hex'),
      blocks: new Map(),
      downloadHeaders: () => ({ 'Content-Type': 'application/octet-stream' })
    };
    entries.push(entry);
    return entry;
  };

  const blobUrl = (container: string, id: number, sig: string, permissions: string): string =>
    `${base}${ACCOUNT}/${container}/${id}?sv=2024-11-04&sr=b&sp=${permissions}&sig=${sig}`;
  const entryUrl = (entry: Entry, sig: string, permissions: string): string =>
    blobUrl(CONTAINER, entry.id, sig, permissions);

  const artifactService: ArtifactService = createArtifactService({
    runs,
    now,
    blobUrl: (id, sig, permissions) => blobUrl(ARTIFACT_CONTAINER, id, sig, permissions)
  });

  const findForRestore = (keys: string[], version: string): Entry | undefined => {
    const visible = entries.filter((e) => e.finalized && e.version === version);
    for (const wanted of keys) {
      const exact = visible.filter((e) => e.key === wanted);
      const pool = exact.length > 0 ? exact : visible.filter((e) => e.key.startsWith(wanted));
      if (pool.length > 0) return pool.reduce((a, b) => (b.created > a.created ? b : a));
    }
    return undefined;
  };

  const twirp = (
    method: string,
    body: Record<string, unknown>,
    claims: RuntimeClaims | undefined
  ): Record<string, unknown> => {
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    if (!key) throw new TwirpError(400, 'invalid_argument', 'key is required');
    if (!version) throw new TwirpError(400, 'invalid_argument', 'version is required');
    switch (method) {
      case 'CreateCacheEntry': {
        if (entries.some((e) => e.key === key && e.version === version)) {
          throw new TwirpError(
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists'
          );
        }
        const entry = newEntry(key, version, claims?.ref ?? 'refs/heads/main');
        return { ok: true, signed_upload_url: entryUrl(entry, entry.uploadSig, 'cw') };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find((e) => !e.finalized && e.key === key && e.version === version);
        if (!entry) throw new TwirpError(404, 'not_found', 'no cache entry is being uploaded');
        if (String(body.size_bytes ?? '') !== String(entry.data.length)) {
          throw new TwirpError(
            400,
            'invalid_argument',
            `size_bytes ${String(body.size_bytes)} does not match the ${entry.data.length} bytes uploaded`
          );
        }
        entry.finalized = true;
        entry.blocks.clear();
        return { ok: true, entry_id: String(entry.id) };
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys)
          ? body.restore_keys.filter((k): k is string => typeof k === 'string')
          : [];
        const entry = findForRestore([key, ...restoreKeys], version);
        if (!entry) return { ok: false, signed_download_url: '', matched_key: '' };
        entry.reads++;
        entry.lastAccessedAt = now();
        return {
          ok: true,
          signed_download_url: entryUrl(entry, entry.downloadSig, 'r'),
          matched_key: entry.key
        };
      }
      default:
        throw new TwirpError(404, 'bad_route', `no handler for ${method}`);
    }
  };

  const handleTwirp = async (
    req: IncomingMessage,
    res: ServerResponse,
    service: 'cache' | 'artifact',
    method: string,
    record: RecordedRequest
  ): Promise<void> => {
    const raw = await readBody(req);
    try {
      if (req.method !== 'POST') throw new TwirpError(404, 'bad_route', 'twirp calls are POSTs');
      const bearer = /^Bearer (\S+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
      const claims = runs.verify(bearer);
      // The cache half also takes a fixed `options.token`; the artifact half needs the backend
      // ids a runtime token carries.
      if (!claims && !(service === 'cache' && bearer === token)) {
        throw new TwirpError(401, 'unauthenticated', 'missing or wrong bearer token');
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        throw new TwirpError(415, 'bad_route', 'only the JSON protocol is served');
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new TwirpError(400, 'malformed', 'the body is not JSON');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new TwirpError(400, 'malformed', 'the body is not a JSON object');
      }
      record.body = body as Record<string, unknown>;
      const key = String(record.body.key ?? '');
      if (method === 'CreateCacheEntry' && hold && hold.match.test(key)) {
        const barrier = hold;
        const arrived = new Promise<void>((resolve) => barrier.waiting.push(resolve));
        if (barrier.waiting.length >= barrier.count) {
          hold = null;
          for (const release of barrier.waiting) release();
        }
        await arrived;
      }
      const answer =
        service === 'artifact'
          ? artifactService.twirp(method, record.body, claims!)
          : twirp(method, record.body, claims);
      sendJson(res, 200, answer as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      sendJson(res, error.status, { code: error.code, msg: error.message });
    }
  };

  const handleBlob = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    entry: BlobTarget | undefined,
    record: RecordedRequest
  ): Promise<void> => {
    const comp = url.searchParams.get('comp');
    if (req.method === 'PUT') {
      record.kind =
        comp === 'block' ? 'PutBlock' : comp === 'blocklist' ? 'PutBlockList' : 'PutBlob';
    } else if (req.method === 'GET') {
      record.kind = 'GetBlob';
    } else if (req.method === 'HEAD') {
      record.kind = 'HeadBlob';
    }
    const body = await readBody(req);
    try {
      if (!entry) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
      const sig = url.searchParams.get('sig');
      if (req.method === 'PUT') {
        if (sig !== entry.uploadSig) throw authError();
        if (entry.finalized) {
          throw new BlobError(409, 'BlobImmutable', 'The entry is finalized; it cannot change.');
        }
        writeBlob(entry, comp, url, req, body);
        res.writeHead(201, blobHeaders(req, entry, { 'Content-Length': '0' }));
        res.end();
        return;
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (sig !== entry.downloadSig) throw authError();
        if (!entry.finalized) {
          throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
        }
        const range = parseRange(req.headers['x-ms-range'] ?? req.headers.range, entry.data.length);
        const slice = range ? entry.data.subarray(range.start, range.end + 1) : entry.data;
        const headers = blobHeaders(req, entry, {
          ...entry.downloadHeaders(),
          'Content-Length': String(slice.length),
          'Accept-Ranges': 'bytes',
          'x-ms-blob-type': 'BlockBlob'
        });
        if (range)
          headers['Content-Range'] = `bytes ${range.start}-${range.end}/${entry.data.length}`;
        res.writeHead(range ? 206 : 200, headers);
        res.end(req.method === 'HEAD' ? undefined : slice);
        return;
      }
      throw new BlobError(405, 'UnsupportedHttpVerb', `${req.method} is not served`);
    } catch (error) {
      if (!(error instanceof BlobError)) throw error;
      const xml =
        '<?xml version="1.0" encoding="utf-8"?>' +
        `<Error><Code>${error.code}</Code><Message>${error.message}</Message></Error>`;
      res.writeHead(error.status, {
        'Content-Type': 'application/xml',
        'Content-Length': String(Buffer.byteLength(xml)),
        'x-ms-error-code': error.code,
        'x-ms-request-id': randomBytes(8).toString('hex')
      });
      res.end(req.method === 'HEAD' ? undefined : xml);
    }
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: RecordedRequest = {
      kind: 'Unknown',
      method: req.method ?? '',
      path: url.pathname,
      status: 0
    };
    log.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    let work: Promise<void>;
    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      const method = url.pathname.slice(TWIRP_PREFIX.length);
      if (
        method === 'CreateCacheEntry' ||
        method === 'FinalizeCacheEntryUpload' ||
        method === 'GetCacheEntryDownloadURL'
      ) {
        record.kind = method;
      }
      work = handleTwirp(req, res, 'cache', method, record);
    } else if (url.pathname.startsWith(ARTIFACT_TWIRP_PREFIX)) {
      const method = url.pathname.slice(ARTIFACT_TWIRP_PREFIX.length);
      const known = ARTIFACT_METHODS.find((m) => m === method);
      if (known) record.kind = known;
      work = handleTwirp(req, res, 'artifact', method, record);
    } else {
      const match = BLOB_PATH.exec(url.pathname);
      if (match) {
        const id = Number(match[2]);
        const target =
          match[1] === CONTAINER
            ? entries.find((e) => e.id === id)
            : artifactService.blobTarget(id);
        work = handleBlob(req, res, url, target, record);
      } else {
        work = readBody(req).then(() => {
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          res.end('not found');
        });
      }
    }
    work.catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const info = (e: Entry): CacheEntryInfo => ({
    id: e.id,
    key: e.key,
    version: e.version,
    size: e.data.length,
    finalized: e.finalized,
    created: e.created,
    ref: e.ref,
    createdAt: e.createdAt,
    lastAccessedAt: e.lastAccessedAt,
    reads: e.reads
  });
  const newestWithKey = (key: string): Entry | undefined =>
    entries.filter((e) => e.key === key).sort((a, b) => b.created - a.created)[0];
  const dropEntries = (drop: (e: Entry) => boolean): number => {
    const before = entries.length;
    for (let i = entries.length - 1; i >= 0; i--) if (drop(entries[i])) entries.splice(i, 1);
    return before - entries.length;
  };

  const store: ResultsStore = {
    now,
    artifacts: () => artifactService.list().filter((a) => a.finalized),
    artifactDownloadUrl: (id) => artifactService.downloadUrl(id),
    deleteArtifact: (id) => artifactService.remove(id),
    cacheEntries: () => entries.filter((e) => e.finalized).map(info),
    deleteCacheEntry: (id) => dropEntries((e) => e.id === id) > 0
  };

  return {
    url: base,
    token,
    githubRunId: runs.defaultRunId,
    env: (run) => {
      const vars: Record<string, string> = {
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RESULTS_URL: base,
        ACTIONS_RUNTIME_TOKEN: run ? runs.issue(run) : token,
        GITHUB_SERVER_URL: 'https://github.com'
      };
      if (run && (run.runId ?? run.githubRunId !== undefined)) {
        vars.GITHUB_RUN_ID = String(runs.run(run).githubRunId);
      }
      return vars;
    },
    runtimeToken: (run) => runs.issue(run),
    store,
    entries: () => entries.map(info),
    blob: (key) => newestWithKey(key)?.data,
    entryReads: (key) => entries.filter((e) => e.key === key).reduce((n, e) => n + e.reads, 0),
    removeEntry: (key, version) =>
      dropEntries((e) => e.key === key && (version === undefined || e.version === version)),
    requests: () => log.map((r) => ({ ...r })),
    countRequests: (kind) => (kind ? log.filter((r) => r.kind === kind).length : log.length),
    corruptEntry: (key, data) => {
      const entry = newestWithKey(key);
      if (!entry) throw new Error(`no cache entry with key ${key}`);
      entry.data = data ?? Buffer.from('this is not an archive\n'.repeat(8));
    },
    holdReservations: (match, count) => {
      hold = { match, count, waiting: [] };
    },
    seedEntry: ({ key, version, data, ref }) => {
      const entry = newEntry(key, version, ref ?? 'refs/heads/main');
      entry.data = Buffer.from(data);
      entry.finalized = true;
      return info(entry);
    },
    artifacts: () => artifactService.list(),
    artifactBlob: (id) => artifactService.blob(id),
    seedArtifact: (seed) => artifactService.seed(seed),
    corruptArtifact: (id, data) => artifactService.corrupt(id, data),
    removeArtifact: (id) => artifactService.remove(id),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })
  };
}

function authError(): BlobError {
  return new BlobError(
    403,
    'AuthenticationFailed',
    'The signature does not grant this operation on this blob.'
  );
}

function writeBlob(
  entry: BlobTarget,
  comp: string | null,
  url: URL,
  req: IncomingMessage,
  body: Buffer
): void {
  if (comp === 'block') {
    const blockId = url.searchParams.get('blockid');
    if (!blockId) throw new BlobError(400, 'InvalidQueryParameterValue', 'blockid is missing');
    entry.blocks.set(blockId, body);
    return;
  }
  if (comp === 'blocklist') {
    const ids = [
      ...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)</g)
    ].map((m) => m[2]);
    const parts = ids.map((id) => {
      const block = entry.blocks.get(id);
      if (!block) throw new BlobError(400, 'InvalidBlockList', `block ${id} was never staged`);
      return block;
    });
    entry.data = Buffer.concat(parts);
    entry.blocks.clear();
    return;
  }
  if (comp !== null) throw new BlobError(400, 'InvalidQueryParameterValue', `comp=${comp}`);
  if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
    throw new BlobError(400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob');
  }
  entry.data = body;
}

function blobHeaders(
  req: IncomingMessage,
  entry: BlobTarget,
  extra: Record<string, string>
): Record<string, string> {
  const headers: Record<string, string> = {
    ETag: `"0x${createHash('sha256').update(entry.data).digest('hex').slice(0, 16).toUpperCase()}"`,
    'Last-Modified': new Date(0).toUTCString(),
    'x-ms-request-id': randomBytes(8).toString('hex'),
    'x-ms-version': String(req.headers['x-ms-version'] ?? '2024-11-04'),
    'x-ms-request-server-encrypted': 'true',
    ...extra
  };
  const clientRequestId = req.headers['x-ms-client-request-id'];
  if (typeof clientRequestId === 'string') headers['x-ms-client-request-id'] = clientRequestId;
  return headers;
}

function parseRange(
  header: string | string[] | undefined,
  size: number
): { start: number; end: number } | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start > end) throw new BlobError(416, 'InvalidRange', 'The range cannot be satisfied.');
  return { start, end };
}

function sendJson(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text))
  });
  res.end(text);
}

/**
 * Set environment variables (undefined removes one) and return a function that puts the previous
 * values back. The cache client reads its configuration from process.env on every call.
 */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const previous = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(vars)) {
    previous.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * Collect what @actions/core writes to stdout (workflow commands such as `::warning::`) instead
 * of printing it; returns the captured text so far and a function that stops capturing.
 */
export function captureStdout(): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  return {
    text: () => chunks.join(''),
    restore: () => {
      process.stdout.write = original;
    }
  };
}

export interface CacheTestBed {
  server: CacheServer;
  /** A fresh folder for the test's files; RUNNER_TEMP is its `runner-temp` folder. */
  scratch: string;
  output: ReturnType<typeof captureStdout>;
  /** Stop capturing, put the environment back, stop the server, remove `scratch`. */
  close(): Promise<void>;
}

/**
 * What every cache test starts from: a fresh stand-in service that the client is pointed at
 * (and only it: no ACTIONS_CACHE_MODE or ACTIONS_CACHE_URL from the machine), a scratch folder
 * holding the runner's temp folder, and stdout captured. `env` adds variables, given `scratch`.
 */
export async function openCacheTestBed(
  prefix: string,
  env: (scratch: string) => Record<string, string | undefined> = () => ({})
): Promise<CacheTestBed> {
  const server = await startCacheServer();
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(scratch, 'runner-temp'));
  const restoreEnv = setEnv({
    ...server.env(),
    RUNNER_TEMP: join(scratch, 'runner-temp'),
    ACTIONS_CACHE_MODE: undefined,
    ACTIONS_CACHE_URL: undefined,
    ...env(scratch)
  });
  const output = captureStdout();
  return {
    server,
    scratch,
    output,
    async close() {
      output.restore();
      restoreEnv();
      await server.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  };
}
