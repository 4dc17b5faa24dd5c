/**
 * Steps that start no process (`if`, `switch`, a loop over them) resolve as microtasks only,
 * which starves the event loop: no signal is handled and no coalesced state write happens until
 * the whole sequence ends. A breather gives the loop a turn every few milliseconds.
 */
const BREATH_INTERVAL_MS = 20;

/** A function to await between units of work; it yields once per interval, else returns at once. */
export function makeBreather(intervalMs = BREATH_INTERVAL_MS): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < intervalMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}
