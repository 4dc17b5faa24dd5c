/**
 * The store a job keeps runs in, from its inputs (`cache`, `state-store`): one rule for the main
 * and the post step, which must save a run to the same homes.
 */
import { jobArtifactHome } from './artifact-transport.js';
import { runStateStore, type RunStateStore, type StateStoreChoice } from './cache-store.js';
import { ActionsCacheTransport, type CacheTransport } from './cache-transport.js';
import { githubApi } from './github-api.js';
import type { GithubContext } from './github-context.js';

export interface StoreInputs {
  cache: boolean;
  stateStore: StateStoreChoice;
  artifactRetentionDays: number | null;
  githubToken: string;
}

export function jobRunStore(
  inputs: StoreInputs,
  github: GithubContext,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void,
  transport: CacheTransport = new ActionsCacheTransport()
): RunStateStore {
  return runStateStore(inputs.cache, warn, transport, {
    choice: inputs.stateStore,
    artifacts: () =>
      jobArtifactHome({
        token: inputs.githubToken,
        retentionDays: inputs.artifactRetentionDays,
        refName: github.refName,
        defaultBranch: github.defaultBranch,
        payload: github.payload,
        env,
        api: () => githubApi(inputs.githubToken, env)
      })
  });
}
