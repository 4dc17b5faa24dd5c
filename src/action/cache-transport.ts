/**
 * The transfer of cache entries: the real `@actions/cache` client, with two things it does not
 * offer on its own.
 *
 * - **Download without extraction.** `restoreCache` unpacks with `tar -P`, which honours absolute
 *   names, `..` and links in a hostile entry before anyone can look at it. So a restore looks the
 *   entry up and downloads it with the client's own lookup and download calls (the same service
 *   versions, versioning and transfer code `restoreCache` uses), and the archive is read by
 *   `tar-reader.ts` instead. Those calls are not part of the package's exports, hence the import
 *   by file; the package version is pinned by the lock file and the tests run against these very
 *   functions, so a change in them fails the tests rather than a resume.
 * - **Output fenced off.** Everything the client prints (progress, warnings, and under
 *   RUNNER_DEBUG a listing of the archive with every member's name) goes out inside a
 *   stop-commands window, so a member named `::add-mask::…` is text, not a command. The text is
 *   also kept, so the store can say in its own words why a transfer failed.
 */
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { HttpClient } from '@actions/http-client';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
// Not exported by the package (see above).
import {
  downloadCache,
  getCacheEntry
} from '../../node_modules/@actions/cache/lib/internal/cacheHttpClient.js';
import {
  getCacheVersion,
  getCompressionMethod
} from '../../node_modules/@actions/cache/lib/internal/cacheUtils.js';
import {
  getCacheMode,
  getCacheServiceVersion,
  isCacheReadable
} from '../../node_modules/@actions/cache/lib/internal/config.js';
import { internalCacheTwirpClient } from '../../node_modules/@actions/cache/lib/internal/shared/cacheTwirpClient.js';
import type { ArchiveCompression } from './tar-reader.js';

export interface DownloadedEntry {
  key: string;
  archive: string;
  compression: ArchiveCompression;
  /** Where it came from, for the log: "the Actions cache" when not said. */
  source?: string;
  /** Whether it came from an artifact rather than the cache. */
  fromArtifact?: boolean;
}

export type SaveOutcome =
  /** `as`: what the save is called in that home, when not by its key ("the artifact K.tzst"). */
  (
    | { stored: true; id: number; as?: string }
    /**
     * `clientSaid`: the last thing the client printed about it; `refusal`: what happened, in a
     * sentence of our own naming the home and the key.
     */
    | { stored: false; clientSaid: string; refusal: string }
  ) & {
    /** For a save stored in several homes: what each did. */
    homes?: HomeOutcome[];
  };

export interface HomeOutcome {
  home: string;
  stored: boolean;
  /** What the save is called there, when not by its key. */
  as?: string;
  /** Why it was not stored; '' when it was. */
  said: string;
}

/** The seam between the run store and the cache service. */
export interface CacheTransport {
  available(): boolean;
  /**
   * The entry the service returns for `key` (an exact key first, else the newest key starting
   * with it) among those saved with `paths`, downloaded (never unpacked) into the folder
   * `into`. `check` sees the entry's key and size (when the storage tells it) before any byte of
   * it is fetched, and may throw.
   */
  download(
    paths: readonly string[],
    key: string,
    into: string,
    check?: (key: string, size: number | null) => void
  ): Promise<DownloadedEntry | undefined>;
  /** Archive `paths` (relative to `from`) under `key`. */
  save(paths: readonly string[], key: string, from: string): Promise<SaveOutcome>;
}

export type FenceWrite = (text: string) => void;

/**
 * Whether the runner offers a cache service. A stand-in client may lack the check:
 * @github/local-action's has only restoreCache and saveCache, and there is no service then.
 */
export function cacheServiceAvailable(client: { isFeatureAvailable?: () => boolean }): boolean {
  return typeof client.isFeatureAvailable === 'function' && client.isFeatureAvailable();
}

export class ActionsCacheTransport implements CacheTransport {
  /** `write`: where fenced output goes; the process's stdout as it is at each call by default. */
  constructor(private readonly write?: FenceWrite) {}

  available(): boolean {
    return cacheServiceAvailable(cache);
  }

  async download(
    paths: readonly string[],
    key: string,
    into: string,
    check: (key: string, size: number | null) => void = () => {}
  ): Promise<DownloadedEntry | undefined> {
    const { result } = await fencedClientCall(this.write, undefined, () =>
      downloadEntry([...paths], key, into, check)
    );
    return result;
  }

  async save(paths: readonly string[], key: string, from: string): Promise<SaveOutcome> {
    const { result, said } = await fencedClientCall(this.write, from, () =>
      cache.saveCache([...paths], key)
    );
    if (result !== -1) return { stored: true, id: result };
    const clientSaid = lastClientLine(said);
    return { stored: false, clientSaid, refusal: cacheRefusal(key, clientSaid) };
  }
}

/**
 * One toolkit client call (the cache's, the artifact store's) with its output fenced and kept,
 * GITHUB_WORKSPACE (and the current folder) pinned to `workspace` when given, and RUNNER_TEMP
 * defaulted outside a runner. Calls are queued: the pins and the fence are process-wide.
 * `write`: where fenced output goes; the process's stdout as it is at each call by default.
 */
export function fencedClientCall<T>(
  write: FenceWrite | undefined,
  workspace: string | undefined,
  call: () => Promise<T>
): Promise<{ result: T; said: string }> {
  const run = async (): Promise<{ result: T; said: string }> => {
    const saved = {
      cwd: process.cwd(),
      workspace: process.env.GITHUB_WORKSPACE,
      temp: process.env.RUNNER_TEMP,
      write: process.stdout.write
    };
    const out = write ?? ((text: string) => void saved.write.call(process.stdout, text));
    const fence = new ClientOutputFence(out, core.isDebug());
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      fence.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
    if (!saved.temp) process.env.RUNNER_TEMP = tmpdir();
    try {
      if (workspace !== undefined) {
        process.env.GITHUB_WORKSPACE = workspace;
        process.chdir(workspace);
      }
      const result = await call();
      return { result, said: fence.said() };
    } finally {
      process.stdout.write = saved.write;
      process.chdir(saved.cwd);
      restoreVariable('GITHUB_WORKSPACE', saved.workspace);
      restoreVariable('RUNNER_TEMP', saved.temp);
      fence.close();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * The client's output, line by line, inside a stop-commands window, except the two commands it
 * relies on: `::add-mask::` of its URL signatures (the signed URLs it prints must be masked, so
 * the mask is issued outside the window, which is then reopened) and `::debug::` (dropped unless
 * the job runs with debug logging, where it is shown as text: inside the window the runner would
 * show it always).
 */
class ClientOutputFence {
  private token: string | null = null;
  private partial = '';
  private readonly kept: string[] = [];

  constructor(
    private readonly write: FenceWrite,
    private readonly debug: boolean
  ) {}

  push(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  said(): string {
    return this.kept.join('\n');
  }

  close(): void {
    if (this.partial !== '') this.line(this.partial);
    this.partial = '';
    if (this.token !== null) this.write(`::${this.token}::\n`);
    this.token = null;
  }

  private line(raw: string): void {
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trimStart();
    // Only what the client masks: the signatures of its signed URLs (base64, or URI-encoded).
    // Anything else that reaches stdout meanwhile (a straggling step's output) stays text.
    if (/^::add-mask::[A-Za-z0-9+/=%]{16,}$/.test(trimmed)) {
      if (this.token !== null) this.write(`::${this.token}::\n`);
      this.token = null;
      this.write(`${trimmed}\n`);
      return;
    }
    if (trimmed.startsWith('::debug::') && !this.debug) return;
    this.kept.push(line);
    if (this.token === null) {
      this.token = randomBytes(16).toString('hex');
      this.write(`::stop-commands::${this.token}\n`);
    }
    this.write(`${line}\n`);
  }
}

let queue: Promise<unknown> = Promise.resolve();

function restoreVariable(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Why the cache did not store an entry, in our words. */
function cacheRefusal(key: string, clientSaid: string): string {
  // The client words every failed reservation as a race with another job; a save key is
  // unique to this job's save, so what actually happened is that the service said no.
  const reservation = /another job may be creating this cache/.test(clientSaid);
  const said = reservation
    ? ': the cache service refused, or did not answer, the request to reserve it'
    : clientSaid
      ? ` (the cache client said: ${clientSaid})`
      : '';
  return `the Actions cache did not store the entry ${key}${said}`;
}

/** The last non-debug line the client printed, without its command syntax. */
function lastClientLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('::debug::'));
  const last = lines.at(-1) ?? '';
  return last.replace(/^::[a-z-]+(?: [^:]*)?::/, '').slice(0, 500);
}

/** What `restoreCache` does up to the download, for both service versions; no extraction. */
async function downloadEntry(
  paths: string[],
  key: string,
  into: string,
  check: (key: string, size: number | null) => void
): Promise<DownloadedEntry | undefined> {
  if (!isCacheReadable(getCacheMode())) {
    throw new Error(`the job's cache-mode '${getCacheMode()}' does not permit reads`);
  }
  const compression = (await getCompressionMethod()) as ArchiveCompression;
  const archive = path.join(into, compression === 'gzip' ? 'cache.tgz' : 'cache.tzst');
  if (getCacheServiceVersion() === 'v2') {
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({
      key,
      restoreKeys: [],
      version: getCacheVersion(paths, compression as never)
    });
    if (!response.ok) return undefined;
    check(response.matchedKey, await storedSize(response.signedDownloadUrl));
    await downloadCache(response.signedDownloadUrl, archive, { useAzureSdk: true });
    return { key: response.matchedKey, archive, compression };
  }
  const entry = await getCacheEntry([key], paths, { compressionMethod: compression as never });
  if (!entry?.archiveLocation || !entry.cacheKey) return undefined;
  check(entry.cacheKey, await storedSize(entry.archiveLocation));
  await downloadCache(entry.archiveLocation, archive);
  return { key: entry.cacheKey, archive, compression };
}

/**
 * The archive's size as the storage reports it (a HEAD request), so an entry too big to accept
 * is refused before it fills the disk; null when it does not say.
 */
async function storedSize(url: string): Promise<number | null> {
  try {
    const response = await new HttpClient('specflow-action').head(url);
    const length = Number(response.message.headers['content-length']);
    response.message.resume();
    return response.message.statusCode === 200 && Number.isSafeInteger(length) ? length : null;
  } catch {
    return null;
  }
}
