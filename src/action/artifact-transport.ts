/**
 * Workflow artifacts as the second home of a run's saved state (`state-store`): a cache entry
 * nobody reads for 7 days is evicted, an artifact lasts its retention (up to 90 days).
 *
 * An artifact holds the very archive the cache entry of the same save holds, under the same key
 * (so the same seal checks it): its name is the key plus the archive's extension. The transfer
 * is `@actions/artifact`'s own client; the listing, and the download from another workflow run,
 * go through the REST API (`actions: read`), deleting through it too (`actions: write`).
 *
 * Artifacts are hostile data, and less fenced in than cache entries: any workflow run of the
 * repository can upload one under any name, a fork's pull request included, on any branch.
 * So, beyond the checks every entry gets (`cache-entry.ts`):
 * - a lookup takes only artifacts of this repository's own code (not a fork's), uploaded on the
 *   branch of this job or the default branch (the scope the cache gives its entries), not
 *   expired, and whose name is a key of the run (`owned`); the newest is the highest save
 *   sequence, then the highest id (`created_at` has whole seconds);
 * - the upload is the archive made from the checked snapshot, sent raw: the client's zip would
 *   follow symlinks out of project files;
 * - the download is raw too (nothing is unzipped) into the restore's private folder, and its
 *   archive is then read like any cache entry's.
 *
 * Loading the client costs about 1.5 s: it is imported on first use only.
 */
import { readdir, lstat, mkdir, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { createTar } from '../../node_modules/@actions/cache/lib/internal/tar.js';
import { getCompressionMethod } from '../../node_modules/@actions/cache/lib/internal/cacheUtils.js';
import {
  fencedClientCall,
  type CacheTransport,
  type DownloadedEntry,
  type FenceWrite,
  type SaveOutcome
} from './cache-transport.js';
import type { GithubApi, ListedArtifact } from './github-api.js';
import type { ArchiveCompression } from './tar-reader.js';

/** Where artifacts may come from: the repository's own code, on these branches. */
export interface ArtifactScope {
  /** The repository's id (GITHUB_REPOSITORY_ID); null: taken from each artifact's own run. */
  repositoryId: number | null;
  /** The job's branch and the default branch (either may be unknown); `any` for a listing. */
  branches: string[] | 'any';
}

export interface ArtifactHomeOptions {
  /** The REST client; a function, since a missing token should fail only what needs one. */
  api: () => GithubApi;
  token: string;
  /** `artifact-retention-days`; null: the repository's setting. */
  retentionDays: number | null;
  scope: ArtifactScope;
  env?: NodeJS.ProcessEnv;
  write?: FenceWrite;
}

/** A save found among the artifacts, before it is fetched. */
export interface ArtifactSave {
  artifact: ListedArtifact;
  /** The cache key the archive was saved under. */
  key: string;
  compression: ArchiveCompression;
}

const EXTENSIONS: readonly [string, ArchiveCompression][] = [
  ['.tzst', 'zstd-without-long'],
  ['.tgz', 'gzip']
];

/** The artifact name of a save: the key, and how its archive is compressed. */
export function artifactName(key: string, compression: ArchiveCompression): string {
  return `${key}${compression === 'gzip' ? '.tgz' : '.tzst'}`;
}

/** The key and compression an artifact name stands for; null for a name no save has. */
export function keyOfArtifact(
  name: string
): { key: string; compression: ArchiveCompression } | null {
  for (const [extension, compression] of EXTENSIONS) {
    if (name.endsWith(extension) && name.length > extension.length) {
      return { key: name.slice(0, -extension.length), compression };
    }
  }
  return null;
}

/** Characters an artifact name may not hold (the client's own rule). */
const NAME_FORBIDDEN = /["<>|*?\r\n\\/:]/;

/** Why a cache key prefix cannot name artifacts; null when it can. */
export function artifactPrefixProblem(prefix: string): string | null {
  return NAME_FORBIDDEN.test(prefix)
    ? `artifact names cannot hold any of " : < > | * ? \\ / or line breaks, and the prefix ${JSON.stringify(prefix)} does`
    : null;
}

type ArtifactModule = typeof import('@actions/artifact');
let loaded: Promise<ArtifactModule> | null = null;

/** The client, loaded once; `preloadArtifactClient` starts it early (the interrupt path is short). */
export function preloadArtifactClient(): Promise<ArtifactModule> {
  loaded ??= import('@actions/artifact');
  return loaded;
}

export class ArtifactTransport implements CacheTransport {
  /** With `remember`: the first listing read, by its name prefix. */
  private remembered: { prefix: string; listed: Promise<ListedArtifact[]> } | null = null;

  constructor(
    private readonly options: ArtifactHomeOptions,
    /**
     * Read the repository's listing once and answer every later lookup under its prefix from
     * it (a listing job: each read is up to 100 requests, once per paused run would spend the
     * token's hourly allowance). A job that changes a run lists afresh each time.
     */
    private readonly remember = false
  ) {}

  /**
   * The same home, taking artifacts of every branch of the repository (forks' never), for a
   * listing: its first listing answers its later lookups.
   */
  everyBranch(): ArtifactTransport {
    return new ArtifactTransport(
      { ...this.options, scope: { ...this.options.scope, branches: 'any' } },
      true
    );
  }

  /** Whether a listing so far stopped at its bound, with older artifacts not looked at. */
  listingCut = false;

  private list(namePrefix: string): Promise<ListedArtifact[]> {
    const earlier = this.remembered;
    if (earlier !== null && namePrefix.startsWith(earlier.prefix)) {
      return earlier.listed.then((all) => all.filter((a) => a.name.startsWith(namePrefix)));
    }
    const listed = this.options
      .api()
      .listArtifacts(namePrefix)
      .then(({ artifacts, cut }) => {
        this.listingCut ||= cut;
        return artifacts;
      });
    if (this.remember && earlier === null) {
      this.remembered = { prefix: namePrefix, listed };
      // A failed listing is not remembered: the next lookup tries again.
      listed.catch(() => {
        if (this.remembered?.listed === listed) this.remembered = null;
      });
    }
    return listed;
  }

  /** The artifact service needs the runner's runtime token and results URL. */
  available(): boolean {
    const env = this.options.env ?? process.env;
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
  }

  /**
   * The saves of one run (or of every run under a prefix) this job may take, newest first:
   * `sequenceOf` reads a key's save sequence, null for a key that is not one.
   */
  async saves(
    namePrefix: string,
    sequenceOf: (key: string) => number | null
  ): Promise<ArtifactSave[]> {
    const listed = await this.list(namePrefix);
    const found: (ArtifactSave & { sequence: number })[] = [];
    for (const artifact of listed) {
      if (!this.inScope(artifact)) continue;
      const named = keyOfArtifact(artifact.name);
      const sequence = named === null ? null : sequenceOf(named.key);
      if (named === null || sequence === null) continue;
      found.push({ artifact, ...named, sequence });
    }
    return found
      .sort((a, b) => b.sequence - a.sequence || b.artifact.id - a.artifact.id)
      .map(({ artifact, key, compression }) => ({ artifact, key, compression }));
  }

  /** Whether a listed artifact is one a job on this branch may restore from. */
  inScope(artifact: ListedArtifact): boolean {
    if (artifact.expired || artifact.githubRunId === null) return false;
    const own = this.options.scope.repositoryId ?? artifact.repositoryId;
    if (own === null || artifact.headRepositoryId !== own) return false;
    const { branches } = this.options.scope;
    return (
      branches === 'any' || (artifact.headBranch !== null && branches.includes(artifact.headBranch))
    );
  }

  /**
   * Not by key prefix alone: which names are a run's saves, and which is newest, needs the
   * run's key rules (`saves` with its `sequenceOf`, then `fetch`), as the store's restore does.
   */
  download(): Promise<DownloadedEntry | undefined> {
    return Promise.reject(
      new Error('an artifact is restored through the store (saves, then fetch)')
    );
  }

  /** One save's archive, downloaded without unpacking anything. */
  async fetch(
    save: ArtifactSave,
    into: string,
    check: (key: string, size: number | null) => void = () => {}
  ): Promise<DownloadedEntry> {
    const { artifact } = save;
    check(save.key, artifact.sizeInBytes);
    const api = this.options.api();
    const folder = path.join(into, `artifact-${artifact.id}`);
    await mkdir(folder);
    const client = new (await preloadArtifactClient()).DefaultArtifactClient();
    await fencedClientCall(this.options.write, undefined, () =>
      client.downloadArtifact(artifact.id, {
        path: folder,
        skipDecompress: true,
        findBy: {
          token: this.options.token,
          workflowRunId: artifact.githubRunId ?? 0,
          repositoryOwner: api.owner,
          repositoryName: api.repo
        }
      })
    );
    const names = await readdir(folder);
    const file = names.length === 1 ? path.join(folder, names[0]) : null;
    if (file === null || !(await lstat(file)).isFile()) {
      throw new Error(`artifact ${artifact.name} (id ${artifact.id}) did not download as one file`);
    }
    return {
      key: save.key,
      archive: file,
      compression: save.compression,
      fromArtifact: true,
      source: `artifact ${artifact.name} (id ${artifact.id}, workflow run ${artifact.githubRunId ?? '-'})`
    };
  }

  /** Archive `paths` of the snapshot `from` and upload the archive as the artifact of `key`. */
  async save(paths: readonly string[], key: string, from: string): Promise<SaveOutcome> {
    const folder = path.join(path.dirname(from), `${path.basename(from)}-artifact`);
    await mkdir(folder);
    let name = artifactName(key, 'zstd-without-long');
    try {
      const client = new (await preloadArtifactClient()).DefaultArtifactClient();
      // As the cache client does: a path the snapshot lacks is not archived.
      const present: string[] = [];
      for (const item of paths) {
        if (
          await lstat(path.join(from, item)).then(
            () => true,
            () => false
          )
        )
          present.push(item);
      }
      const { result } = await fencedClientCall(this.options.write, from, async () => {
        const method = (await getCompressionMethod()) === 'gzip' ? 'gzip' : 'zstd-without-long';
        name = artifactName(key, method);
        // The cache client's own tar call: the same members, names and order as the cache entry.
        await createTar(folder, present, method as never);
        const archive = path.join(folder, name);
        await rename(path.join(folder, method === 'gzip' ? 'cache.tgz' : 'cache.tzst'), archive);
        return client.uploadArtifact(path.basename(archive), [archive], folder, {
          skipArchive: true,
          ...(this.options.retentionDays === null
            ? {}
            : { retentionDays: this.options.retentionDays })
        });
      });
      return { stored: true, id: result.id ?? 0, as: `the artifact ${name}` };
    } catch (error) {
      // The client's messages run on with advice for self-hosted runners: the first line says it.
      const said = (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
      return {
        stored: false,
        clientSaid: said,
        refusal: `the artifact ${name} was not uploaded (the artifact client said: ${said})`
      };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** Delete artifacts in the order given, stopping at the first that cannot be deleted. */
  async remove(
    artifacts: readonly ListedArtifact[]
  ): Promise<{ deleted: number; failure: string | null }> {
    const api = this.options.api();
    let deleted = 0;
    for (const artifact of artifacts) {
      try {
        await api.deleteArtifact(artifact.id);
        deleted++;
      } catch (error) {
        return { deleted, failure: error instanceof Error ? error.message : String(error) };
      }
    }
    return { deleted, failure: null };
  }
}

/**
 * The branches a job restores and resumes runs of, as the cache scopes its entries: its own
 * (a pull request's head branch on a pull request) and the default branch.
 */
export function jobBranches(
  refName: string | null,
  defaultBranch: string | null,
  env: NodeJS.ProcessEnv
): string[] {
  const own = env.GITHUB_HEAD_REF?.trim() || refName;
  return [...new Set([own, defaultBranch].filter((b): b is string => Boolean(b)))];
}

/**
 * The artifact home of this job: its repository's own artifacts on its branch (the pull
 * request's head branch on a pull request) or the default branch.
 */
export function jobArtifactHome(facts: {
  token: string;
  retentionDays: number | null;
  refName: string | null;
  defaultBranch: string | null;
  payload?: unknown;
  env: NodeJS.ProcessEnv;
  api: () => GithubApi;
  write?: FenceWrite;
}): ArtifactTransport {
  const { env } = facts;
  const payloadId = (facts.payload as { repository?: { id?: unknown } } | null | undefined)
    ?.repository?.id;
  const idText = env.GITHUB_REPOSITORY_ID?.trim() ?? '';
  const repositoryId = /^\d{1,15}$/.test(idText)
    ? Number(idText)
    : typeof payloadId === 'number' && Number.isSafeInteger(payloadId)
      ? payloadId
      : null;
  return new ArtifactTransport({
    api: facts.api,
    token: facts.token,
    retentionDays: facts.retentionDays,
    scope: {
      repositoryId,
      branches: jobBranches(facts.refName, facts.defaultBranch, env)
    },
    env,
    write: facts.write
  });
}
