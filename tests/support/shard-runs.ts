/**
 * Shards of a distributed fan-out run by the engine alone, as a shard job would run them: in
 * another job's workspace (a copy of the project), answering no gate.
 */
import * as fs from 'node:fs';
import { gatheredItemJson } from '../../src/engine/distribution.js';
import { harness, tempProject } from './engine-harness.js';

/** Copy a project (its files and run folder) into a fresh one: another job's workspace. */
export function cloneProject(from: string): string {
  const to = tempProject();
  fs.cpSync(from, to, { recursive: true });
  return to;
}

/** Run shard `n` of `runId` in a copy of `project`; what each item recorded, as JSON text. */
export async function runShard(
  project: string,
  runId: string,
  n: number
): Promise<Map<number, string>> {
  const h = harness([], { projectRoot: cloneProject(project), answeredGatesOnly: true });
  const results = new Map<number, string>();
  await h.engine.resume(
    runId,
    {},
    {
      shard: {
        number: n,
        place: {
          prepare: async () => undefined,
          finished: async (index, item) => {
            results.set(index, JSON.stringify(gatheredItemJson(item)));
          }
        }
      }
    }
  );
  return results;
}
