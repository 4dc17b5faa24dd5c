/**
 * The REST listings the artifact home reads (through the real Octokit, against the stand-in):
 * filtered by name prefix, newest first, and bounded, saying when the bound cut them.
 */
import { githubApi, MAX_LISTED } from '../../src/action/github-api.js';
import { startCacheServer, type CacheServer } from '../support/cache-server.js';
import { startGithubApiServer, type GithubApiServer } from '../support/github-api-server.js';

let cache: CacheServer;
let api: GithubApiServer;

beforeEach(async () => {
  cache = await startCacheServer();
  api = await startGithubApiServer({ repository: 'octo/repo', cache });
});

afterEach(async () => {
  await cache.close();
  await api.close();
});

const client = () =>
  githubApi('test-token', { GITHUB_REPOSITORY: 'octo/repo', GITHUB_API_URL: api.url });

function seed(count: number, name: (i: number) => string): void {
  for (let i = 0; i < count; i++) {
    cache.seedArtifact({ name: name(i), data: Buffer.from('x'), githubRunId: 1 + (i % 7) });
  }
}

test('artifacts under a prefix, newest first, from every page', async () => {
  seed(150, (i) => (i % 2 === 0 ? `specflow-r${i}.w.1.1.${i}.tzst` : `other-${i}`));
  const { artifacts, cut } = await client().listArtifacts('specflow-');
  expect(cut).toBe(false);
  expect(artifacts).toHaveLength(75);
  expect(artifacts[0].name).toBe('specflow-r148.w.1.1.148.tzst');
  expect(artifacts.map((a) => a.id)).toEqual([...artifacts.map((a) => a.id)].sort((a, b) => b - a));
  expect(artifacts[0]).toMatchObject({ headBranch: 'main', expired: false, sizeInBytes: 1 });
});

test('a listing past its bound says it was cut, and keeps the newest', async () => {
  seed(MAX_LISTED + 50, (i) => `flood-${i}`);
  const { artifacts, cut } = await client().listArtifacts('flood-');
  expect(cut).toBe(true);
  expect(artifacts).toHaveLength(MAX_LISTED);
  expect(artifacts[0].name).toBe(`flood-${MAX_LISTED + 49}`);
}, 60_000);
