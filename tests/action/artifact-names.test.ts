/**
 * The names that tie artifacts to saves: an artifact is named after its save's key, a listing
 * reads run ids back from keys it did not build, and a prefix must be usable in artifact names.
 */
import {
  artifactName,
  artifactPrefixProblem,
  keyOfArtifact
} from '../../src/action/artifact-transport.js';
import { buildSaveKey, parseAnySaveKey } from '../../src/action/cache-keys.js';

const key = buildSaveKey({
  prefix: 'specflow',
  runId: 'ab-c',
  workflowId: 'feature-demo',
  githubRunId: '12',
  attempt: '2',
  sequence: 1_700_000_000_000
});

test('an artifact name is the key and the archive extension, and reads back', () => {
  expect(artifactName(key, 'zstd-without-long')).toBe(`${key}.tzst`);
  expect(artifactName(key, 'gzip')).toBe(`${key}.tgz`);
  expect(keyOfArtifact(`${key}.tzst`)).toEqual({ key, compression: 'zstd-without-long' });
  expect(keyOfArtifact(`${key}.tgz`)).toEqual({ key, compression: 'gzip' });
  // Anything else is no save's: a zip, a bare key, the extension alone.
  expect(keyOfArtifact(`${key}.zip`)).toBeNull();
  expect(keyOfArtifact(key)).toBeNull();
  expect(keyOfArtifact('.tzst')).toBeNull();
});

test('parseAnySaveKey finds the run id in a key of any run, and nothing in other keys', () => {
  expect(parseAnySaveKey(key, 'specflow')).toMatchObject({
    runId: 'ab-c',
    workflowId: 'feature-demo',
    githubRunId: '12',
    attempt: '2',
    sequence: 1_700_000_000_000
  });
  expect(parseAnySaveKey('specflow-ab-c.claim.1700000000000', 'specflow')).toBeUndefined();
  expect(parseAnySaveKey('specflow-ab~shard~d1~1.1.1.5', 'specflow')).toBeUndefined();
  expect(parseAnySaveKey(key, 'other')).toBeUndefined();
  expect(parseAnySaveKey('specflow-.feature-demo.1.1.1', 'specflow')).toBeUndefined();
  expect(parseAnySaveKey('specflow-../x.feature-demo.1.1.1', 'specflow')).toBeUndefined();
});

test('a prefix with a character artifact names forbid is named', () => {
  expect(artifactPrefixProblem('specflow')).toBeNull();
  expect(artifactPrefixProblem('team-a_[x]#1')).toBeNull();
  for (const bad of ['a/b', 'a:b', 'a"b', 'a|b', 'a*b', 'a?b', 'a\\b', 'a<b', 'a>b']) {
    expect(artifactPrefixProblem(bad)).toMatch(/artifact names cannot hold/);
  }
});
