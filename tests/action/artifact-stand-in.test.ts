/**
 * The artifact half of the results stand-in and the REST routes around artifacts and caches,
 * exercised with the real `@actions/artifact` client, Octokit from `@actions/github` and the real
 * `@actions/cache` client, so the protocol details the stand-ins rely on are checked against the
 * code that ships.
 *
 * `@actions/github` fixes its API base URL (GITHUB_API_URL) when it is first loaded, and the
 * artifact client's `findBy` download calls `getOctokit(token)` with no base URL, so both servers
 * start once for the file and the clients are imported only after GITHUB_API_URL points at the
 * REST stand-in.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DefaultArtifactClient } from '@actions/artifact';
import type * as CacheModule from '@actions/cache';
import type { getOctokit } from '@actions/github';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  captureStdout,
  setEnv,
  startCacheServer,
  type CacheServer
} from '../support/cache-server.js';
import { startGithubApiServer, type GithubApiServer } from '../support/github-api-server.js';

const RUN_A = 7_100_001;
const RUN_B = 7_100_002;
const RAW_NAME = 'specflow-r1.wf.123.1.1700000000000.tzst';
const ARTIFACT_TWIRP = 'twirp/github.actions.results.api.v1.ArtifactService/';
/** Half a second past a whole second, so timestamps show whether they drop the fraction. */
let clock = new Date(Math.floor(Date.now() / 1000) * 1000 + 500);

let results: CacheServer;
let api: GithubApiServer;
let restoreApiUrl: () => void;
let Client: new () => DefaultArtifactClient;
let ArtifactNotFoundError: new (...args: never[]) => Error;
let octokitFor: typeof getOctokit;
let cache: typeof CacheModule;

let scratch: string;
let restoreEnv: () => void;
let output: ReturnType<typeof captureStdout>;
const originalCwd = process.cwd();

beforeAll(async () => {
  results = await startCacheServer({ now: () => clock });
  api = await startGithubApiServer({ cache: results, now: () => clock });
  restoreApiUrl = setEnv({ GITHUB_API_URL: api.url });
  ({ DefaultArtifactClient: Client, ArtifactNotFoundError } = await import('@actions/artifact'));
  ({ getOctokit: octokitFor } = await import('@actions/github'));
  cache = await import('@actions/cache');
});

afterAll(async () => {
  restoreApiUrl();
  await api.close();
  await results.close();
});

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'artifact-stand-in-'));
  mkdirSync(join(scratch, 'runner-temp'));
  mkdirSync(join(scratch, 'workspace'));
  restoreEnv = setEnv({
    ...results.env({ githubRunId: RUN_A }),
    RUNNER_TEMP: join(scratch, 'runner-temp'),
    GITHUB_WORKSPACE: join(scratch, 'workspace'),
    GITHUB_REPOSITORY: 'octo/repo',
    ACTIONS_CACHE_MODE: undefined,
    ACTIONS_CACHE_URL: undefined,
    GITHUB_RETENTION_DAYS: undefined
  });
  process.chdir(join(scratch, 'workspace'));
  output = captureStdout();
});

afterEach(() => {
  output.restore();
  process.chdir(originalCwd);
  restoreEnv();
  rmSync(scratch, { recursive: true, force: true });
  for (const a of results.artifacts()) results.removeArtifact(a.id);
  for (const e of results.entries()) results.removeEntry(e.key);
  for (const name of [...api.tokens.keys()]) if (name !== 'test-token') api.tokens.delete(name);
});

/** Act as a job of `githubRunId` from now on (a fresh ACTIONS_RUNTIME_TOKEN). */
function becomeRun(githubRunId: number, jobId = 'build'): void {
  process.env.ACTIONS_RUNTIME_TOKEN = results.runtimeToken({ githubRunId, jobId });
  process.env.GITHUB_RUN_ID = String(githubRunId);
}

function writeFile(name: string, data: Buffer | string): string {
  const path = join(scratch, 'upload', name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
}

async function uploadRaw(name = RAW_NAME, data: Buffer = randomBytes(300_000)) {
  const file = writeFile(name, data);
  const result = await new Client().uploadArtifact(name, [file], join(scratch, 'upload'), {
    skipArchive: true,
    retentionDays: 3
  });
  return { ...result, data };
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const findBy = (token = 'test-token', workflowRunId = RUN_A) => ({
  token,
  workflowRunId,
  repositoryOwner: 'octo',
  repositoryName: 'repo'
});

/** A twirp call by hand, to send what the client never would. */
async function twirp(method: string, body: unknown, token: string) {
  const response = await fetch(`${results.url}${ARTIFACT_TWIRP}${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body)
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The backend ids the client would read from a token's `scp` claim. */
function backendIds(token: string): {
  workflow_run_backend_id: string;
  workflow_job_run_backend_id: string;
} {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
    scp: string;
  };
  const scope = payload.scp.split(' ').find((s) => s.startsWith('Actions.Results:'))!;
  const [, run, job] = scope.split(':');
  return { workflow_run_backend_id: run, workflow_job_run_backend_id: job };
}

async function rejection(call: Promise<unknown>): Promise<Error> {
  const error = await call.then(
    () => {
      throw new Error('the call succeeded');
    },
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('upload with the real client', () => {
  it('uploads one raw file (skipArchive): block upload, finalize, then visible over REST', async () => {
    const { id, size, digest, data } = await uploadRaw();
    expect(size).toBe(data.length);
    expect(digest).toBe(sha256(data));
    expect(results.artifactBlob(id!)).toEqual(data);
    expect(results.artifacts()).toEqual([
      expect.objectContaining({
        id,
        name: RAW_NAME,
        size: data.length,
        githubRunId: RUN_A,
        jobId: 'build',
        finalized: true,
        mimeType: 'application/octet-stream',
        headBranch: 'main',
        headRepositoryId: null,
        expired: false,
        digest: `sha256:${sha256(data)}`
      })
    ]);
    const [stored] = results.artifacts();
    const days = (stored.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThan(3.01);
    const kinds = results
      .requests()
      .filter((r) => r.path.includes('ArtifactService') || r.path.includes('/actions-results/'))
      .map((r) => [r.kind, r.status]);
    expect(kinds).toEqual([
      ['CreateArtifact', 200],
      ['PutBlock', 201],
      ['PutBlockList', 201],
      ['FinalizeArtifact', 200]
    ]);

    const octokit = octokitFor('test-token');
    const listed = await octokit.rest.actions.listArtifactsForRepo({
      owner: 'octo',
      repo: 'repo',
      name: RAW_NAME
    });
    expect(listed.data.total_count).toBe(1);
    const [artifact] = listed.data.artifacts;
    expect(artifact).toEqual({
      id,
      node_id: expect.any(String),
      name: RAW_NAME,
      size_in_bytes: data.length,
      url: `${api.url}/repos/octo/repo/actions/artifacts/${id}`,
      archive_download_url: `${api.url}/repos/octo/repo/actions/artifacts/${id}/zip`,
      expired: false,
      digest: `sha256:${sha256(data)}`,
      created_at: clock.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      updated_at: clock.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      expires_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      workflow_run: {
        id: RUN_A,
        repository_id: 4242,
        head_repository_id: 4242,
        head_branch: 'main',
        head_sha: expect.stringMatching(/^[0-9a-f]{40}$/)
      }
    });
    const one = await octokit.rest.actions.getArtifact({
      owner: 'octo',
      repo: 'repo',
      artifact_id: id!
    });
    expect(one.data).toEqual(artifact);
  });

  it('uploads a zip of several files, served as application/zip and unzipped on download', async () => {
    const a = writeFile('state/a.json', '{"a":1}');
    const b = writeFile('state/sub/b.txt', 'bee');
    const { id } = await new Client().uploadArtifact('bundle', [a, b], join(scratch, 'upload'));
    expect(results.artifacts()).toEqual([
      expect.objectContaining({ id, name: 'bundle', mimeType: 'application/zip', finalized: true })
    ]);
    expect(results.artifactBlob(id!)!.subarray(0, 2).toString('latin1')).toBe('PK');

    // Same run, no findBy: the twirp list and signed URL.
    const here = join(scratch, 'here');
    await new Client().downloadArtifact(id!, { path: here });
    expect(readFileSync(join(here, 'state/a.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(join(here, 'state/sub/b.txt'), 'utf8')).toBe('bee');

    // From another run through REST; skipDecompress keeps the zip under the artifact's name.
    becomeRun(RUN_B);
    const kept = join(scratch, 'kept');
    await new Client().downloadArtifact(id!, {
      path: kept,
      skipDecompress: true,
      findBy: findBy()
    });
    expect(readdirSync(kept)).toEqual(['bundle.zip']);
    expect(readFileSync(join(kept, 'bundle.zip'))).toEqual(results.artifactBlob(id!));
  });

  it('refuses a second artifact of the same name in one run (409), not in another run', async () => {
    await uploadRaw();
    const error = await rejection(uploadRaw());
    expect(error.message).toMatch(/\(409\) Conflict: an artifact with this name already exists/);
    expect(results.artifacts()).toHaveLength(1);
    becomeRun(RUN_B);
    await uploadRaw();
    expect(results.artifacts().map((a) => a.githubRunId)).toEqual([RUN_A, RUN_B]);
  });

  it('keeps an artifact invisible until it is finalized', async () => {
    const token = results.runtimeToken({ githubRunId: RUN_A });
    const created = await twirp(
      'CreateArtifact',
      { ...backendIds(token), name: 'pending', version: 7, mime_type: 'application/octet-stream' },
      token
    );
    expect(created).toEqual({
      status: 200,
      body: { ok: true, signed_upload_url: expect.stringContaining('/actions-results/') }
    });
    expect(results.artifacts()).toEqual([
      expect.objectContaining({ name: 'pending', finalized: false })
    ]);
    const listed = await twirp('ListArtifacts', backendIds(token), token);
    expect(listed).toEqual({ status: 200, body: { artifacts: [] } });
    const rest = await octokitFor('test-token').rest.actions.listArtifactsForRepo({
      owner: 'octo',
      repo: 'repo'
    });
    expect(rest.data.total_count).toBe(0);
  });
});

describe('download from another workflow run', () => {
  it('finds the artifact through REST (302 to the blob) and writes the raw file by its name', async () => {
    const { id, data } = await uploadRaw();
    becomeRun(RUN_B, 'resume');
    const path = join(scratch, 'download');
    const answer = await new Client().downloadArtifact(id!, {
      path,
      skipDecompress: true,
      findBy: findBy(),
      expectedHash: `sha256:${sha256(data)}`
    });
    expect(answer).toEqual({ downloadPath: path, digestMismatch: false });
    expect(readdirSync(path)).toEqual([RAW_NAME]);
    expect(readFileSync(join(path, RAW_NAME))).toEqual(data);
    const zip = api.requests.find((r) => r.path.endsWith(`/artifacts/${id}/zip`))!;
    expect(zip.status).toBe(302);
  });

  it('without findBy another run sees nothing: the twirp list is the token run only', async () => {
    const { id } = await uploadRaw();
    becomeRun(RUN_B);
    const error = await rejection(new Client().downloadArtifact(id!, { path: join(scratch, 'x') }));
    expect(error).toBeInstanceOf(ArtifactNotFoundError);
    expect(error.message).toMatch(`No artifacts found for ID: ${id}`);
  });

  it('serves a seeded artifact of a fork run with its head repository, and its exact bytes', async () => {
    const data = randomBytes(1000);
    const seeded = results.seedArtifact({
      name: RAW_NAME,
      data,
      githubRunId: 7_200_001,
      headBranch: 'fork-branch',
      headRepositoryId: 999
    });
    const { data: listed } = await octokitFor('test-token').rest.actions.listArtifactsForRepo({
      owner: 'octo',
      repo: 'repo',
      name: RAW_NAME
    });
    expect(listed.artifacts[0]).toMatchObject({
      id: seeded.id,
      workflow_run: {
        id: 7_200_001,
        repository_id: 4242,
        head_repository_id: 999,
        head_branch: 'fork-branch'
      }
    });
    const path = join(scratch, 'fork');
    await new Client().downloadArtifact(seeded.id, {
      path,
      skipDecompress: true,
      findBy: findBy()
    });
    expect(readFileSync(join(path, RAW_NAME))).toEqual(data);
  });

  it('corruptArtifact changes the bytes served but not the digest: the client reports the mismatch', async () => {
    const { id, data } = await uploadRaw();
    results.corruptArtifact(id!);
    const path = join(scratch, 'bad');
    const answer = await new Client().downloadArtifact(id!, {
      path,
      skipDecompress: true,
      findBy: findBy(),
      expectedHash: `sha256:${sha256(data)}`
    });
    expect(answer.digestMismatch).toBe(true);
    expect(readFileSync(join(path, RAW_NAME))).not.toEqual(data);
  });

  it('an expired artifact is listed with expired: true and its zip answers 410', async () => {
    const seeded = results.seedArtifact({
      name: 'old',
      data: Buffer.from('x'),
      githubRunId: 7_200_002,
      expired: true
    });
    const octokit = octokitFor('test-token');
    const { data } = await octokit.rest.actions.listArtifactsForRepo({
      owner: 'octo',
      repo: 'repo',
      name: 'old'
    });
    expect(data.artifacts.map((a) => [a.id, a.expired])).toEqual([[seeded.id, true]]);
    const error = await rejection(
      octokit.rest.actions.downloadArtifact({
        owner: 'octo',
        repo: 'repo',
        artifact_id: seeded.id,
        archive_format: 'zip',
        request: { redirect: 'manual' }
      })
    );
    expect(error).toMatchObject({ status: 410 });
  });
});

describe('REST listing, deletion and permissions', () => {
  it('filters by exact name and pages newest first with a Link to the next page', async () => {
    const seeded = Array.from({ length: 105 }, (_, i) =>
      results.seedArtifact({
        name: 'state',
        data: Buffer.from(`#${i}`),
        githubRunId: 7_300_000 + i
      })
    );
    results.seedArtifact({ name: 'state-other', data: Buffer.from('no'), githubRunId: 7_300_000 });
    const octokit = octokitFor('test-token');
    const first = await octokit.rest.actions.listArtifactsForRepo({
      owner: 'octo',
      repo: 'repo',
      name: 'state',
      per_page: 100,
      page: 1
    });
    expect(first.data.total_count).toBe(105);
    expect(first.data.artifacts).toHaveLength(100);
    expect(first.headers.link).toMatch(/[?&]page=2[^>]*>; rel="next"/);
    const all = await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, {
      owner: 'octo',
      repo: 'repo',
      name: 'state',
      per_page: 100
    });
    expect(all.map((a) => a.id)).toEqual(seeded.map((a) => a.id).reverse());
    const last = await octokit.rest.actions.listArtifactsForRepo({
      owner: 'octo',
      repo: 'repo',
      name: 'state',
      per_page: 100,
      page: 2
    });
    expect(last.headers.link).not.toMatch(/rel="next"/);
    expect(last.data.artifacts.map((a) => a.name)).toEqual(Array(5).fill('state'));
  });

  it('deletes over REST (204); a token denied actions: write gets 403 and nothing changes', async () => {
    const { id } = await uploadRaw();
    api.tokens.set('ro', { identity: 'github-actions[bot]', denied: new Set(['actions: write']) });
    const denied = await rejection(
      octokitFor('ro').rest.actions.deleteArtifact({
        owner: 'octo',
        repo: 'repo',
        artifact_id: id!
      })
    );
    expect(denied).toMatchObject({ status: 403 });
    expect(denied.message).toMatch(/Resource not accessible by integration/);
    expect(results.artifacts()).toHaveLength(1);

    const done = await octokitFor('test-token').rest.actions.deleteArtifact({
      owner: 'octo',
      repo: 'repo',
      artifact_id: id!
    });
    expect(done.status).toBe(204);
    expect(results.artifacts()).toEqual([]);
    // Gone for good: the name is free in the run again.
    expect((await uploadRaw()).id).toBeGreaterThan(id!);
  });

  it('the client deleteArtifact with findBy goes through the run listing and REST delete', async () => {
    const { id } = await uploadRaw();
    becomeRun(RUN_B);
    expect(await new Client().deleteArtifact(RAW_NAME, { findBy: findBy() })).toEqual({ id });
    expect(results.artifacts()).toEqual([]);
  });

  it('a token denied actions: read cannot list, fetch, or download (403)', async () => {
    const { id } = await uploadRaw();
    api.tokens.set('blind', {
      identity: 'github-actions[bot]',
      denied: new Set(['actions: read'])
    });
    const octokit = octokitFor('blind');
    for (const call of [
      octokit.rest.actions.listArtifactsForRepo({ owner: 'octo', repo: 'repo' }),
      octokit.rest.actions.getArtifact({ owner: 'octo', repo: 'repo', artifact_id: id! }),
      octokit.rest.actions.getActionsCacheList({ owner: 'octo', repo: 'repo' })
    ]) {
      const error = await rejection(call);
      expect(error).toMatchObject({ status: 403 });
      expect(error.message).toMatch(/Resource not accessible by integration/);
    }
    becomeRun(RUN_B);
    const error = await rejection(
      new Client().downloadArtifact(id!, {
        path: join(scratch, 'no'),
        skipDecompress: true,
        findBy: findBy('blind')
      })
    );
    expect(error.message).toMatch(/Resource not accessible by integration/);
  });

  it('an unknown artifact id is a 404', async () => {
    const error = await rejection(
      octokitFor('test-token').rest.actions.getArtifact({
        owner: 'octo',
        repo: 'repo',
        artifact_id: 1
      })
    );
    expect(error).toMatchObject({ status: 404 });
  });
});

describe('runtime tokens', () => {
  it('refuses a bearer token that is not a JWT the server issued', async () => {
    const real = results.runtimeToken({ githubRunId: RUN_A });
    const ids = backendIds(real);
    expect(await twirp('ListArtifacts', ids, 'plain-token')).toEqual({
      status: 401,
      body: { code: 'unauthenticated', msg: expect.any(String) }
    });
    // Same claims, no valid signature: what anyone could mint from a decoded token.
    const [header, payload] = real.split('.');
    expect((await twirp('ListArtifacts', ids, `${header}.${payload}.forged`)).status).toBe(401);

    process.env.ACTIONS_RUNTIME_TOKEN = `${header}.${payload}.`;
    const error = await rejection(uploadRaw());
    expect(error.message).toMatch(/\(401\) Unauthorized/);
    expect(results.artifacts()).toEqual([]);
  });

  it('refuses backend ids that are not the token run (or, to upload, not its job)', async () => {
    const tokenA = results.runtimeToken({ githubRunId: RUN_A });
    const tokenB = results.runtimeToken({ githubRunId: RUN_B });
    const create = { name: 'x', version: 7 };
    expect(await twirp('CreateArtifact', { ...backendIds(tokenA), ...create }, tokenB)).toEqual({
      status: 403,
      body: { code: 'permission_denied', msg: 'the token is not for this workflow run' }
    });
    // A finalized artifact of run A: run B's token cannot sign its URL even naming A's ids.
    await uploadRaw();
    const sign = { ...backendIds(tokenA), name: RAW_NAME };
    expect(await twirp('GetSignedArtifactURL', sign, tokenB)).toEqual({
      status: 403,
      body: { code: 'permission_denied', msg: 'the token is not for this workflow run' }
    });
    expect(await twirp('GetSignedArtifactURL', sign, tokenA)).toEqual({
      status: 200,
      body: { signed_url: expect.stringContaining('/actions-results/') }
    });
    const otherJob = results.runtimeToken({ githubRunId: RUN_A, jobId: 'other' });
    const mixed = {
      ...backendIds(tokenA),
      workflow_job_run_backend_id: backendIds(otherJob).workflow_job_run_backend_id
    };
    expect(await twirp('CreateArtifact', { ...mixed, ...create }, tokenA)).toEqual({
      status: 403,
      body: { code: 'permission_denied', msg: 'the token is not for this job' }
    });
    expect(results.artifacts().map((a) => a.name)).toEqual([RAW_NAME]);
  });

  it('gives each run and job its own backend ids, the same each time', () => {
    const a = backendIds(results.runtimeToken({ githubRunId: RUN_A }));
    expect(backendIds(results.runtimeToken({ githubRunId: RUN_A }))).toEqual(a);
    expect(backendIds(results.runtimeToken({ githubRunId: RUN_A, jobId: 'j2' }))).toEqual({
      workflow_run_backend_id: a.workflow_run_backend_id,
      workflow_job_run_backend_id: expect.not.stringMatching(a.workflow_job_run_backend_id)
    });
    expect(
      backendIds(results.runtimeToken({ githubRunId: RUN_B })).workflow_run_backend_id
    ).not.toBe(a.workflow_run_backend_id);
    expect(results.env({ githubRunId: RUN_B }).GITHUB_RUN_ID).toBe(String(RUN_B));
  });
});

describe('caches over REST, and reads', () => {
  async function save(key: string, content: string): Promise<number> {
    mkdirSync('data', { recursive: true });
    writeFileSync('data/v.txt', content);
    const id = await cache.saveCache(['data'], key);
    rmSync('data', { recursive: true, force: true });
    return id;
  }

  it('lists by key prefix with ref, version and access times, and counts restores as reads', async () => {
    const a1 = await save('specflow-a-1', 'one');
    clock = new Date(clock.getTime() + 1000);
    const a2 = await save('specflow-a-2', 'two');
    await save('other-a-3', 'three');
    const octokit = octokitFor('test-token');
    const listed = await octokit.rest.actions.getActionsCacheList({
      owner: 'octo',
      repo: 'repo',
      key: 'specflow-a'
    });
    expect(listed.data.total_count).toBe(2);
    // Newest access first by default.
    expect(listed.data.actions_caches.map((c) => [c.id, c.key, c.ref])).toEqual([
      [a2, 'specflow-a-2', 'refs/heads/main'],
      [a1, 'specflow-a-1', 'refs/heads/main']
    ]);
    expect(listed.data.actions_caches[0].version).toBe(results.entries()[1].version);
    expect(listed.data.actions_caches[0].size_in_bytes).toBe(results.blob('specflow-a-2')!.length);

    clock = new Date(clock.getTime() + 60_000);
    expect(await cache.restoreCache(['data'], 'specflow-a-1')).toBe('specflow-a-1');
    expect(readFileSync('data/v.txt', 'utf8')).toBe('one');
    expect(await cache.restoreCache(['data'], 'absent', ['specflow-a-1'])).toBe('specflow-a-1');
    expect(await cache.restoreCache(['data'], 'absent')).toBeUndefined();
    expect(results.entryReads('specflow-a-1')).toBe(2);
    expect(results.entryReads('specflow-a-2')).toBe(0);

    const after = await octokit.rest.actions.getActionsCacheList({
      owner: 'octo',
      repo: 'repo',
      key: 'specflow-a',
      sort: 'last_accessed_at',
      direction: 'desc'
    });
    expect(after.data.actions_caches[0]).toMatchObject({
      id: a1,
      last_accessed_at: clock.toISOString()
    });
    const byCreation = await octokit.rest.actions.getActionsCacheList({
      owner: 'octo',
      repo: 'repo',
      sort: 'created_at',
      direction: 'asc',
      per_page: 2
    });
    expect(byCreation.data.total_count).toBe(3);
    expect(byCreation.data.actions_caches.map((c) => c.id)).toEqual([a1, a2]);
    expect(byCreation.headers.link).toMatch(/rel="next"/);
  });

  it('deletes a cache entry over REST (needs actions: write); removeEntry evicts by hand', async () => {
    const id = await save('specflow-del', 'x');
    await save('specflow-evict', 'y');
    api.tokens.set('ro', { identity: 'github-actions[bot]', denied: new Set(['actions: write']) });
    const denied = await rejection(
      octokitFor('ro').rest.actions.deleteActionsCacheById({
        owner: 'octo',
        repo: 'repo',
        cache_id: id
      })
    );
    expect(denied).toMatchObject({ status: 403 });
    const done = await octokitFor('test-token').rest.actions.deleteActionsCacheById({
      owner: 'octo',
      repo: 'repo',
      cache_id: id
    });
    expect(done.status).toBe(204);
    expect(results.entries().map((e) => e.key)).toEqual(['specflow-evict']);

    expect(results.removeEntry('specflow-evict')).toBe(1);
    expect(await cache.restoreCache(['data'], 'specflow-evict')).toBeUndefined();
  });

  it('files an entry under the ref of the token that saved it', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = results.runtimeToken({
      githubRunId: 7_400_001,
      headBranch: 'feature',
      ref: 'refs/pull/7/merge'
    });
    await save('specflow-pr', 'p');
    const { data } = await octokitFor('test-token').rest.actions.getActionsCacheList({
      owner: 'octo',
      repo: 'repo',
      ref: 'refs/pull/7/merge'
    });
    expect(data.actions_caches.map((c) => c.key)).toEqual(['specflow-pr']);
  });
});
