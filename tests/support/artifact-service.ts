/**
 * The artifact half of the results service stand-in (cache-server.ts mounts it on the same
 * server, because the runner gives both services one ACTIONS_RESULTS_URL), and the runtime tokens
 * both halves accept. Enough of the real service for `@actions/artifact` 6.x to run unmodified.
 *
 * Runtime tokens: ACTIONS_RUNTIME_TOKEN is a JWT. The client never verifies it; it only decodes
 * the `scp` claim and takes the backend ids of its workflow run and job from the scope
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` (`getBackendIdsFromToken`).
 * The tokens made here are HS256-signed with a secret of this server, so a token it did not issue
 * is refused (401 `unauthenticated`), as is a call whose backend ids are not the token's (403
 * `permission_denied`). Each GitHub run id (the REST API's `workflow_run.id`) maps to a
 * deterministic UUID-shaped backend id, and each (run id, job id) to a job backend id. The `ac`
 * claim carries the ref, in the shape the real tokens use (`[{"Scope":"refs/heads/main",
 * "Permission":3}]`); the cache half files new entries under it.
 *
 * Twirp JSON calls, POST `<ACTIONS_RESULTS_URL>/twirp/github.actions.results.api.v1.ArtifactService/<Method>`,
 * proto field names, int64 as decimal strings, wrapper types (StringValue, Int64Value) as bare
 * values, timestamps as RFC 3339 strings:
 * - `CreateArtifact {workflow_run_backend_id, workflow_job_run_backend_id, name, version,
 *   mime_type?, expires_at?}` → `{ok, signed_upload_url}`. A name already used in the same run
 *   (uploaded or still uploading) is refused like the real service: 409 `already_exists`. The
 *   client sends `mime_type` from the file name (`application/zip` for a zipped upload, the
 *   extension's type or `application/octet-stream` for `skipArchive`); none means zip.
 * - `FinalizeArtifact {…ids, name, size, hash?}` → `{ok, artifact_id}`; `size` must be the bytes
 *   uploaded, and `hash` (`sha256:<hex>`, the client's digest of what it sent) becomes the
 *   artifact's `digest`. Only now does the artifact become visible, to the twirp list and to REST.
 * - `ListArtifacts {…ids, name_filter?, id_filter?}` → `{artifacts: [{workflow_run_backend_id,
 *   workflow_job_run_backend_id, database_id, name, size, created_at, digest?}]}`: the token's
 *   run's finalized, unexpired artifacts only (a download from another run goes through REST).
 * - `GetSignedArtifactURL {…ids, name}` → `{signed_url}` and `DeleteArtifact {…ids, name}` →
 *   `{ok, artifact_id}`: the run id must be the token's; the job id is the uploading job's, taken
 *   from the list answer, so any job of the run may pass.
 *
 * The upload: the client streams through `BlockBlobClient.uploadStream` (8 MiB blocks), that is
 * Put Block (`PUT ?comp=block&blockid=…`) and Put Block List (`PUT ?comp=blocklist`), to
 * `/<account>/actions-results/<artifact id>` on this server (the same blob code as the cache).
 * The download is one plain GET of the signed URL (from GetSignedArtifactURL, or the REST
 * `…/artifacts/{id}/zip` redirect): `Content-Type` is the artifact's mime type, which is what
 * makes the client unzip it (unless `skipDecompress`), and `Content-Disposition: attachment;
 * filename=<name>` (`<name>.zip` for a zipped one) names the file it writes otherwise.
 *
 * Not modelled: storage quotas, the per-run artifact count limit, job-level visibility.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The error answer of a twirp call: HTTP status, twirp code, message (`{code, msg}` JSON). */
export class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/** What the blob endpoints read and write: a cache entry or an artifact. */
export interface BlobTarget {
  data: Buffer;
  finalized: boolean;
  uploadSig: string;
  downloadSig: string;
  blocks: Map<string, Buffer>;
  /** Headers a GET answers with besides length and range (content type, disposition). */
  downloadHeaders(): Record<string, string>;
}

/* ------------------------------------------------------------------------------------------ */
/* Runtime tokens and runs                                                                     */
/* ------------------------------------------------------------------------------------------ */

export interface RunOptions {
  /** The GitHub run id, `workflow_run.id` in the REST API (default: the server's default run). */
  githubRunId?: number | string;
  /** The job the token is for (default `build`); it picks the job backend id. */
  jobId?: string | number;
  /** The run's head branch (default `main`). */
  headBranch?: string;
  /** The run's head commit (default: derived from the run id). */
  headSha?: string;
  /** The repository the run's head came from; null (default) is the repository itself. */
  headRepositoryId?: number | null;
  /** The ref in the token's `ac` claim, under which cache entries are saved (default `refs/heads/<headBranch>`). */
  ref?: string;
}

export interface RunInfo {
  githubRunId: number;
  runBackendId: string;
  headBranch: string;
  headSha: string;
  /** null: the repository itself; a number: a fork's repository id. */
  headRepositoryId: number | null;
  ref: string;
}

export interface RuntimeClaims {
  githubRunId: number;
  jobId: string;
  runBackendId: string;
  jobBackendId: string;
  ref: string;
}

const uuidFrom = (text: string): string => {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};
const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

export function runBackendId(githubRunId: number): string {
  return uuidFrom(`workflow-run:${githubRunId}`);
}
export function jobBackendId(githubRunId: number, jobId: string): string {
  return uuidFrom(`workflow-job-run:${githubRunId}:${jobId}`);
}

function runIdOf(value: number | string): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`not a GitHub run id: ${value}`);
  return id;
}

/** The runs the server knows of (from tokens issued and artifacts seeded), and the tokens. */
export class RunRegistry {
  private readonly secret = randomBytes(32);
  private readonly runs = new Map<number, RunInfo>();
  private readonly byBackendId = new Map<string, number>();

  constructor(readonly defaultRunId: number) {}

  /** The run, registered on first mention; a later mention may not change its details. */
  run(options: RunOptions = {}): RunInfo {
    const githubRunId = runIdOf(options.githubRunId ?? this.defaultRunId);
    const known = this.runs.get(githubRunId);
    const headBranch = options.headBranch ?? known?.headBranch ?? 'main';
    const wanted: RunInfo = {
      githubRunId,
      runBackendId: runBackendId(githubRunId),
      headBranch,
      headSha:
        options.headSha ??
        known?.headSha ??
        createHash('sha1').update(`head:${githubRunId}`).digest('hex'),
      headRepositoryId:
        options.headRepositoryId !== undefined
          ? options.headRepositoryId
          : (known?.headRepositoryId ?? null),
      ref: options.ref ?? known?.ref ?? `refs/heads/${headBranch}`
    };
    if (known) {
      if (JSON.stringify(known) !== JSON.stringify(wanted)) {
        throw new Error(`run ${githubRunId} is already known with other details`);
      }
      return known;
    }
    this.runs.set(githubRunId, wanted);
    this.byBackendId.set(wanted.runBackendId, githubRunId);
    return wanted;
  }

  get(githubRunId: number): RunInfo | undefined {
    return this.runs.get(githubRunId);
  }

  /** An HS256 JWT with the scopes a job's runtime token has. */
  issue(options: RunOptions = {}): string {
    const run = this.run(options);
    const jobId = String(options.jobId ?? 'build');
    const job = jobBackendId(run.githubRunId, jobId);
    const issuedAt = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256', x5t: 'stand-in' }));
    const payload = b64url(
      JSON.stringify({
        nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
        scp: `Actions.ExampleScope Actions.Results:${run.runBackendId}:${job}`,
        ac: JSON.stringify([{ Scope: run.ref, Permission: 3 }]),
        job_id: jobId,
        iss: 'vstoken.actions.githubusercontent.com',
        aud: 'vstoken.actions.githubusercontent.com',
        nbf: issuedAt - 60,
        iat: issuedAt,
        exp: issuedAt + 6 * 3600
      })
    );
    return `${header}.${payload}.${this.sign(`${header}.${payload}`)}`;
  }

  /** The claims of a token this registry issued, or undefined for any other string. */
  verify(token: string): RuntimeClaims | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let payload: { scp?: unknown; ac?: unknown; job_id?: unknown };
    try {
      payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return undefined;
    }
    const scope = String(payload.scp ?? '')
      .split(' ')
      .map((s) => s.split(':'))
      .find((s) => s[0] === 'Actions.Results' && s.length === 3);
    if (!scope) return undefined;
    const githubRunId = this.byBackendId.get(scope[1]);
    if (githubRunId === undefined) return undefined;
    const scopes = JSON.parse(String(payload.ac ?? '[]')) as { Scope?: string }[];
    return {
      githubRunId,
      jobId: String(payload.job_id ?? ''),
      runBackendId: scope[1],
      jobBackendId: scope[2],
      ref: scopes[0]?.Scope ?? this.runs.get(githubRunId)!.ref
    };
  }

  private sign(input: string): string {
    return createHmac('sha256', this.secret).update(input).digest('base64url');
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Artifacts                                                                                   */
/* ------------------------------------------------------------------------------------------ */

export interface ArtifactInfo {
  id: number;
  name: string;
  /** Bytes stored (0 until uploaded). */
  size: number;
  githubRunId: number;
  /** The job that uploaded it; null for a seeded one. */
  jobId: string | null;
  finalized: boolean;
  mimeType: string;
  headBranch: string;
  headSha: string;
  /** null: uploaded by a run of the repository itself; a number: by a run from that fork. */
  headRepositoryId: number | null;
  /** Creation order among artifacts; a higher number is newer. */
  created: number;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  /** Set when seeded so, or once the clock passes `expiresAt`. */
  expired: boolean;
  /** `sha256:<hex>` as the uploader reported it at finalize (null before, or if it sent none). */
  digest: string | null;
}

export interface SeedArtifact {
  name: string;
  data: Buffer;
  githubRunId: number | string;
  headBranch?: string;
  headSha?: string;
  headRepositoryId?: number | null;
  /** Default `application/octet-stream` (a raw upload); `application/zip` for a zipped one. */
  mimeType?: string;
  expired?: boolean;
  /** Default: the server's clock. */
  createdAt?: Date;
}

interface StoredArtifact extends BlobTarget {
  id: number;
  name: string;
  run: RunInfo;
  jobId: string | null;
  jobBackendId: string;
  mimeType: string;
  created: number;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  expiredFlag: boolean;
  digest: string | null;
}

const DEFAULT_RETENTION_DAYS = 90;
const ZIP = 'application/zip';

export interface ArtifactService {
  twirp(method: string, body: Record<string, unknown>, claims: RuntimeClaims): unknown;
  /** The artifact whose blob lives at this id (pending ones too). */
  blobTarget(id: number): BlobTarget | undefined;
  list(): ArtifactInfo[];
  get(id: number): ArtifactInfo | undefined;
  blob(id: number): Buffer | undefined;
  /** A signed GET URL for a finalized artifact. */
  downloadUrl(id: number): string | undefined;
  remove(id: number): boolean;
  seed(seed: SeedArtifact): ArtifactInfo;
  corrupt(id: number, data?: Buffer): void;
}

export function createArtifactService(deps: {
  runs: RunRegistry;
  now: () => Date;
  /** The signed URL of an artifact's blob. */
  blobUrl: (id: number, sig: string, permissions: string) => string;
}): ArtifactService {
  const { runs, now } = deps;
  const artifacts: StoredArtifact[] = [];
  let nextId = 3_000_001;

  const isExpired = (a: StoredArtifact): boolean =>
    a.expiredFlag || now().getTime() >= a.expiresAt.getTime();
  const fileName = (a: StoredArtifact): string =>
    a.mimeType === ZIP && !a.name.toLowerCase().endsWith('.zip') ? `${a.name}.zip` : a.name;

  const create = (
    name: string,
    run: RunInfo,
    jobId: string | null,
    mimeType: string,
    expiresAt: Date | undefined
  ): StoredArtifact => {
    if (artifacts.some((a) => a.run.githubRunId === run.githubRunId && a.name === name)) {
      throw new TwirpError(
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run'
      );
    }
    const id = nextId++;
    const at = now();
    const artifact: StoredArtifact = {
      id,
      name,
      run,
      jobId,
      jobBackendId: jobBackendId(run.githubRunId, jobId ?? 'seed'),
      mimeType,
      created: id,
      createdAt: at,
      updatedAt: at,
      expiresAt: expiresAt ?? new Date(at.getTime() + DEFAULT_RETENTION_DAYS * 86_400_000),
      expiredFlag: false,
      digest: null,
      data: Buffer.alloc(0),
      finalized: false,
      uploadSig: randomBytes(12).toString('hex'),
      downloadSig: randomBytes(12).toString('hex'),
      blocks: new Map(),
      downloadHeaders: () => {
        const file = fileName(artifact);
        return {
          'Content-Type': artifact.mimeType,
          'Content-Disposition': `attachment; filename=${file}; filename*=UTF-8''${encodeURIComponent(file)}`
        };
      }
    };
    artifacts.push(artifact);
    return artifact;
  };

  const info = (a: StoredArtifact): ArtifactInfo => ({
    id: a.id,
    name: a.name,
    size: a.data.length,
    githubRunId: a.run.githubRunId,
    jobId: a.jobId,
    finalized: a.finalized,
    mimeType: a.mimeType,
    headBranch: a.run.headBranch,
    headSha: a.run.headSha,
    headRepositoryId: a.run.headRepositoryId,
    created: a.created,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    expiresAt: a.expiresAt,
    expired: isExpired(a),
    digest: a.digest
  });

  const str = (body: Record<string, unknown>, field: string): string =>
    typeof body[field] === 'string' ? body[field] : '';
  /** A wrapper type's JSON: the bare value (StringValue, Int64Value) or, leniently, `{value}`. */
  const wrapped = (value: unknown): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'object' && 'value' in value) return String(value.value);
    return String(value);
  };

  const twirp = (method: string, body: Record<string, unknown>, claims: RuntimeClaims) => {
    const runId = str(body, 'workflow_run_backend_id');
    const jobId = str(body, 'workflow_job_run_backend_id');
    if (!runId || !jobId) {
      throw new TwirpError(
        400,
        'invalid_argument',
        'workflow run and job backend ids are required'
      );
    }
    if (runId !== claims.runBackendId) {
      throw new TwirpError(403, 'permission_denied', 'the token is not for this workflow run');
    }
    const ownJob = jobId === claims.jobBackendId;
    const run = runs.get(claims.githubRunId)!;
    const inRun = (a: StoredArtifact): boolean => a.run.githubRunId === claims.githubRunId;
    const named = (name: string): StoredArtifact => {
      const found = artifacts.find(
        (a) => inRun(a) && a.finalized && !isExpired(a) && a.name === name
      );
      if (!found) throw new TwirpError(404, 'not_found', `artifact ${name} not found`);
      return found;
    };
    switch (method) {
      case 'CreateArtifact': {
        if (!ownJob)
          throw new TwirpError(403, 'permission_denied', 'the token is not for this job');
        const name = str(body, 'name');
        if (!name) throw new TwirpError(400, 'invalid_argument', 'name is required');
        const expires =
          body.expires_at === undefined ? undefined : new Date(String(body.expires_at));
        if (expires && Number.isNaN(expires.getTime())) {
          throw new TwirpError(400, 'invalid_argument', 'expires_at is not a timestamp');
        }
        const mimeType = wrapped(body.mime_type) ?? ZIP;
        const artifact = create(name, run, claims.jobId, mimeType, expires);
        return {
          ok: true,
          signed_upload_url: deps.blobUrl(artifact.id, artifact.uploadSig, 'cw')
        };
      }
      case 'FinalizeArtifact': {
        if (!ownJob)
          throw new TwirpError(403, 'permission_denied', 'the token is not for this job');
        const name = str(body, 'name');
        const artifact = artifacts.find(
          (a) => inRun(a) && !a.finalized && a.name === name && a.jobBackendId === jobId
        );
        if (!artifact)
          throw new TwirpError(404, 'not_found', `no artifact ${name} is being uploaded`);
        if (String(body.size ?? '0') !== String(artifact.data.length)) {
          throw new TwirpError(
            400,
            'invalid_argument',
            `size ${String(body.size)} does not match the ${artifact.data.length} bytes uploaded`
          );
        }
        artifact.finalized = true;
        artifact.blocks.clear();
        artifact.digest = wrapped(body.hash) ?? null;
        artifact.updatedAt = now();
        return { ok: true, artifact_id: String(artifact.id) };
      }
      case 'ListArtifacts': {
        if (!ownJob)
          throw new TwirpError(403, 'permission_denied', 'the token is not for this job');
        const nameFilter = wrapped(body.name_filter);
        const idFilter = wrapped(body.id_filter);
        const listed = artifacts.filter(
          (a) =>
            inRun(a) &&
            a.finalized &&
            !isExpired(a) &&
            (nameFilter === undefined || a.name === nameFilter) &&
            (idFilter === undefined || String(a.id) === idFilter)
        );
        return {
          artifacts: listed.map((a) => ({
            workflow_run_backend_id: a.run.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.data.length),
            created_at: a.createdAt.toISOString(),
            ...(a.digest ? { digest: a.digest } : {})
          }))
        };
      }
      case 'GetSignedArtifactURL': {
        const artifact = named(str(body, 'name'));
        return { signed_url: deps.blobUrl(artifact.id, artifact.downloadSig, 'r') };
      }
      case 'DeleteArtifact': {
        const artifact = named(str(body, 'name'));
        artifacts.splice(artifacts.indexOf(artifact), 1);
        return { ok: true, artifact_id: String(artifact.id) };
      }
      default:
        throw new TwirpError(404, 'bad_route', `no handler for ${method}`);
    }
  };

  const byId = (id: number): StoredArtifact | undefined => artifacts.find((a) => a.id === id);

  return {
    twirp,
    blobTarget: byId,
    list: () => artifacts.map(info),
    get: (id) => {
      const found = byId(id);
      return found ? info(found) : undefined;
    },
    blob: (id) => byId(id)?.data,
    downloadUrl: (id) => {
      const found = byId(id);
      return found?.finalized ? deps.blobUrl(found.id, found.downloadSig, 'r') : undefined;
    },
    remove: (id) => {
      const found = byId(id);
      if (found) artifacts.splice(artifacts.indexOf(found), 1);
      return found !== undefined;
    },
    seed: (seed) => {
      const run = runs.run({
        githubRunId: seed.githubRunId,
        headBranch: seed.headBranch,
        headSha: seed.headSha,
        headRepositoryId: seed.headRepositoryId
      });
      let artifact: StoredArtifact;
      try {
        artifact = create(
          seed.name,
          run,
          null,
          seed.mimeType ?? 'application/octet-stream',
          undefined
        );
      } catch (error) {
        if (error instanceof TwirpError)
          throw new Error(`${seed.name}: ${error.message}`, { cause: error });
        throw error;
      }
      if (seed.createdAt) {
        artifact.createdAt = seed.createdAt;
        artifact.updatedAt = seed.createdAt;
        artifact.expiresAt = new Date(
          seed.createdAt.getTime() + DEFAULT_RETENTION_DAYS * 86_400_000
        );
      }
      artifact.data = Buffer.from(seed.data);
      artifact.digest = `sha256:${createHash('sha256').update(artifact.data).digest('hex')}`;
      artifact.finalized = true;
      artifact.expiredFlag = seed.expired ?? false;
      return info(artifact);
    },
    corrupt: (id, data) => {
      const found = byId(id);
      if (!found) throw new Error(`no artifact with id ${id}`);
      found.data = data ?? Buffer.from('this is not what was uploaded\n'.repeat(8));
    }
  };
}
