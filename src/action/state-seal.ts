/**
 * The `state-key` seal: with a secret only the caller's jobs hold, every save records an
 * HMAC-SHA256 over the entry's key and content digest, and a restore refuses an entry without a
 * valid one. An entry written by a job without the secret (any other workflow on the branch that
 * can write the cache) then cannot pass as a saved run; binding the key stops an old, genuinely
 * sealed entry from being uploaded again under a newer key.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Inside the run folder of the entry; never copied into the project. */
export const SEAL_FILE = 'specflow-seal.json';
const SEAL_FORMAT = 'specflow-seal/1';

function mac(stateKey: string, cacheKey: string, digest: string): string {
  return createHmac('sha256', stateKey)
    .update(`${SEAL_FORMAT}\n${cacheKey}\n${digest}`)
    .digest('hex');
}

export function sealDocument(stateKey: string, cacheKey: string, digest: string): string {
  return `${JSON.stringify({ format: SEAL_FORMAT, key: cacheKey, digest, hmac: mac(stateKey, cacheKey, digest) })}\n`;
}

/** Whether `text` (the entry's seal file) seals this key and content with this state key. */
export function sealIsValid(
  stateKey: string,
  cacheKey: string,
  digest: string,
  text: string
): boolean {
  let seal: unknown;
  try {
    seal = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof seal !== 'object' || seal === null) return false;
  const claimed = (seal as Record<string, unknown>).hmac;
  if (typeof claimed !== 'string' || !/^[0-9a-f]{64}$/.test(claimed)) return false;
  return timingSafeEqual(
    Buffer.from(claimed, 'hex'),
    Buffer.from(mac(stateKey, cacheKey, digest), 'hex')
  );
}
