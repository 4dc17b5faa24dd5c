/** Helpers for tests that check which processes are still running. */
import { readFileSync } from 'node:fs';

/** True while `pid` runs (a zombie waiting to be reaped counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * Waits until `pid` has terminated. The kernel finishes a SIGKILLed process
 * asynchronously, so a check right after the kill can still see it; this
 * polls instead of asserting on timing, giving up after `limitMs`.
 */
export async function waitUntilGone(pid: number, limitMs = 5000): Promise<boolean> {
  const giveUpAt = Date.now() + limitMs;
  while (isRunning(pid)) {
    if (Date.now() > giveUpAt) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/**
 * Waits until `pid`'s environment holds `entry` (`NAME=value`): a spawn returns before the
 * child has exec'd, and until then /proc shows the parent's environment. False after `limitMs`.
 */
export async function waitForEnvironment(
  pid: number,
  entry: string,
  limitMs = 5000
): Promise<boolean> {
  const giveUpAt = Date.now() + limitMs;
  for (;;) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry)) return true;
    } catch {
      // Not readable yet (or gone): look again.
    }
    if (Date.now() > giveUpAt) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
