/** The key length check before a run starts, and the wording of a lost save. */
import {
  MAX_KEY_LENGTH,
  buildSaveKey,
  longestRunKeys,
  requireKeyFits
} from '../../src/action/cache-keys.js';
import type { ArtifactTransport } from '../../src/action/artifact-transport.js';
import {
  DisabledRunStateStore,
  type ForgetResult,
  type RunStateStore,
  type SaveRunRequest,
  type SaveRunResult
} from '../../src/action/cache-store.js';
import { readGithubContext } from '../../src/action/github-context.js';
import {
  notSavedError,
  requireSavableKeys,
  saveRunState,
  type SaveTarget
} from '../../src/action/save.js';
import { RunStatus } from '../../src/engine/types.js';

const parts = {
  prefix: 'specflow',
  runId: 'ab12cd34',
  workflowId: 'feature',
  githubRunId: '1234567890',
  attempt: '2'
};

test('the longest keys: a save with a 13-digit sequence, and a forced claim of such a save', () => {
  const [save, claim] = longestRunKeys(parts);
  expect(save).toBe(buildSaveKey({ ...parts, sequence: 9_999_999_999_999 }));
  expect(save.length).toBe(buildSaveKey({ ...parts, sequence: Date.now() }).length);
  expect(claim).toBe('specflow-ab12cd34.claim.9999999999999.1234567890.2');
  expect(claim.length).toBeLessThan(save.length);
});

test('requireKeyFits: at the limit it passes; past it, it names the longest chosen part', () => {
  const chosen = [
    { value: 'a'.repeat(10), source: 'input a' },
    { value: 'b'.repeat(20), source: 'input b' }
  ];
  expect(() => requireKeyFits('k'.repeat(MAX_KEY_LENGTH), chosen)).not.toThrow();
  expect(() => requireKeyFits('k'.repeat(MAX_KEY_LENGTH + 3), chosen)).toThrow(
    "the run's cache keys would be up to 515 characters, over the cache service's limit of 512: " +
      'shorten input b (20 characters) by at least 3'
  );
});

describe('requireSavableKeys', () => {
  const target = (prefix: string): SaveTarget => ({
    store: new DisabledRunStateStore(),
    root: '/project',
    prefix,
    persistPaths: ['specs'],
    github: readGithubContext({ GITHUB_RUN_ID: '1234567890', GITHUB_RUN_ATTEMPT: '1' })
  });

  test("a new run with a long workflow id: the workflow's id is at fault, in its file", () => {
    expect(() =>
      requireSavableKeys(target('specflow'), {
        runId: 'ab12cd34',
        workflowId: 'w'.repeat(500),
        workflowFile: 'flows/long.yml',
        resuming: false
      })
    ).toThrow(
      /^run ab12cd34 is not started, since its state could never be saved: .* shorten the workflow's id in flows\/long\.yml \(500 characters\) by at least \d+$/
    );
  });

  test('a resume: the run id is an input too; the saved workflow id cannot be changed, so it is not named', () => {
    const resume = (runId: string) => () =>
      requireSavableKeys(target('specflow'), {
        runId,
        workflowId: 'w'.repeat(400),
        resuming: true
      });
    expect(resume('r'.repeat(128))).toThrow(/shorten input 'run-id' \(128 characters\)/);
    expect(resume('r'.repeat(10))).not.toThrow();
  });

  test('before a resume has restored the run, only the prefix and the run id are known', () => {
    expect(() =>
      requireSavableKeys(target('p'.repeat(490)), {
        runId: 'r1',
        workflowId: null,
        resuming: true
      })
    ).toThrow(/^run r1 is not resumed, .*: shorten input 'cache-key-prefix' \(490 characters\)/);
    expect(() =>
      requireSavableKeys(target('p'.repeat(400)), {
        runId: 'r1',
        workflowId: null,
        resuming: true
      })
    ).not.toThrow();
  });
});

test('the error of a lost save', () => {
  expect(notSavedError('r1', RunStatus.Paused, 'no service')).toBe(
    'run r1 paused but its state could not be saved: no service'
  );
  expect(notSavedError('r1', RunStatus.Failed, 'no service')).toBe(
    'run r1 failed and its state could not be saved, so it cannot be resumed from here: no service'
  );
});

describe('saveRunState: a run that ended keeps its artifacts until its end is saved', () => {
  const ended = (saved: boolean): { target: SaveTarget; forgotten: string[] } => {
    const forgotten: string[] = [];
    const store = {
      enabled: true,
      artifacts: {} as ArtifactTransport,
      save: async (request: SaveRunRequest): Promise<SaveRunResult> =>
        saved
          ? { saved: true, key: `specflow-${request.runId}.feature.1.1.9`, paths: [], cacheId: 1 }
          : { saved: false, key: '', paths: [], reason: 'the cache service said: 503' },
      forget: async (request: { runId: string }): Promise<ForgetResult> => {
        forgotten.push(request.runId);
        return { deleted: 1, failure: null };
      }
    } as unknown as RunStateStore;
    const target: SaveTarget = {
      store,
      root: '/project',
      prefix: 'specflow',
      persistPaths: ['specs'],
      github: readGithubContext({ GITHUB_RUN_ID: '1234567890', GITHUB_RUN_ATTEMPT: '1' })
    };
    return { target, forgotten };
  };

  test.each([RunStatus.Completed, RunStatus.Aborted])(
    'a %s run whose save failed: its artifacts (maybe its only saved state) are not deleted',
    async (status) => {
      const { target, forgotten } = ended(false);
      const outcome = await saveRunState(target, {
        runId: 'r1',
        workflowId: 'feature',
        status,
        restored: true
      });
      expect(outcome.saved).toBe(false);
      expect(outcome.failure).toMatch(/503/);
      expect(forgotten).toEqual([]);
      expect(outcome.detail).toMatch(/artifacts are kept/);
    }
  );

  test('a run that never left its first job has no artifacts to look for', async () => {
    const { target, forgotten } = ended(true);
    await saveRunState(target, { runId: 'r1', workflowId: 'feature', status: RunStatus.Completed });
    expect(forgotten).toEqual([]);
  });

  test('a completed run that was saved: its artifacts are deleted', async () => {
    const { target, forgotten } = ended(true);
    const outcome = await saveRunState(target, {
      runId: 'r1',
      workflowId: 'feature',
      status: RunStatus.Completed,
      restored: true
    });
    expect(outcome.saved).toBe(true);
    expect(forgotten).toEqual(['r1']);
    expect(outcome.detail).toMatch(/its 1 artifact deleted/);
  });
});
