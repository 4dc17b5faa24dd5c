/**
 * scripts/release.sh on a tiny scratch repository: a package.json whose `package` script
 * writes dist/ (standing in for ncc), and a bare repository as the remote for --push.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve('scripts/release.sh');

// Git that ignores the machine's configuration (signing, hooks, default branch names).
const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid'
};

let scratch: string;
let repo: string;

function git(...args: string[]): string {
  const res = spawnSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`git ${args.join(' ')}: ${res.stderr}`);
  return res.stdout.trim();
}

function release(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const res = spawnSync('bash', [SCRIPT, ...args], { cwd: repo, env: gitEnv, encoding: 'utf8' });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** package.json at `version`, whose `package` script writes `built` into dist/index.js. */
function writePackage(version: string, built = 'bundle'): void {
  const pkg = {
    name: 'release-test',
    version,
    private: true,
    scripts: { package: `mkdir -p dist && printf ${built} > dist/index.js` }
  };
  writeFileSync(join(repo, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
}

/** Commit package.json at `version` with the dist/ its `package` script builds. */
function commitVersion(version: string): string {
  writePackage(version);
  writeFileSync(join(repo, 'dist-marker'), version);
  mkdirSync(join(repo, 'dist'), { recursive: true });
  writeFileSync(join(repo, 'dist', 'index.js'), 'bundle');
  git('add', '-A');
  git('commit', '-q', '-m', `version ${version}`);
  return git('rev-parse', 'HEAD');
}

/** The commit a tag points at, and whether the tag is annotated. */
function tagInfo(tag: string): { commit: string; annotated: boolean } {
  return {
    commit: git('rev-parse', `${tag}^{commit}`),
    annotated: git('cat-file', '-t', tag) === 'tag'
  };
}

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'specflow-release-'));
  repo = join(scratch, 'repo');
  spawnSync('git', ['init', '-q', '-b', 'main', repo], { env: gitEnv });
});

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

test('tags package.json version and its major, then moves the major to the next release', () => {
  const first = commitVersion('0.1.0');
  let res = release();
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  expect(tagInfo('v0.1.0')).toEqual({ commit: first, annotated: true });
  expect(tagInfo('v0')).toEqual({ commit: first, annotated: true });
  expect(res.stdout).toContain('git push origin v0.1.0');
  expect(res.stdout).toContain('git push --force origin v0');

  const second = commitVersion('0.1.1');
  res = release('v0.1.1');
  expect(res.code).toBe(0);
  expect(tagInfo('v0.1.1').commit).toBe(second);
  expect(tagInfo('v0').commit).toBe(second);
  expect(tagInfo('v0.1.0').commit).toBe(first);

  // A new major gets its own major tag; the old one stays where it was.
  const third = commitVersion('1.0.0');
  res = release();
  expect(res.code).toBe(0);
  expect(tagInfo('v1').commit).toBe(third);
  expect(tagInfo('v0').commit).toBe(second);
});

test.each(['1.2.3', 'v1.2', 'v1.2.3-rc.1', 'v1.2.3+build', 'v01.2.3', 'latest'])(
  'refuses %s, which is not vX.Y.Z',
  (version) => {
    commitVersion('1.2.3');
    const res = release(version);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`'${version}' is not a release version`);
    expect(git('tag', '--list')).toBe('');
  }
);

test('refuses a version that is not greater than the latest release tag', () => {
  commitVersion('1.9.0');
  expect(release().code).toBe(0);
  commitVersion('1.10.0');
  expect(release().code).toBe(0);
  expect(release().stderr).toContain('v1.10.0 is not greater than the latest release tag, v1.10.0');
  // The latest is v1.10.0 by version order, though v1.9.0 sorts after it as text.
  for (const version of ['1.9.5', '0.20.0']) {
    commitVersion(version);
    const res = release();
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`v${version} is not greater than the latest release tag, v1.10.0`);
  }
  expect(git('tag', '--list').split('\n').sort()).toEqual(['v1', 'v1.10.0', 'v1.9.0']);
});

test('refuses a version other than package.json says', () => {
  commitVersion('0.2.0');
  const res = release('v0.3.0');
  expect(res.code).toBe(1);
  expect(res.stderr).toContain('package.json says version 0.2.0, not 0.3.0');
  expect(git('tag', '--list')).toBe('');
});

test('refuses a working tree with changes or untracked files', () => {
  commitVersion('0.1.0');
  writeFileSync(join(repo, 'notes.txt'), 'draft');
  let res = release();
  expect(res.code).toBe(1);
  expect(res.stderr).toContain('?? notes.txt');
  expect(res.stderr).toContain('the working tree has the changes above');

  rmSync(join(repo, 'notes.txt'));
  writeFileSync(join(repo, 'dist-marker'), 'edited');
  res = release();
  expect(res.code).toBe(1);
  expect(res.stderr).toContain('M dist-marker');
  expect(git('tag', '--list')).toBe('');
});

test('refuses when dist/ is not what `npm run package` builds', () => {
  commitVersion('0.1.0');
  writePackage('0.1.0', 'rebuilt');
  git('commit', '-q', '-am', 'the source changed, dist/ was not rebuilt');
  const res = release();
  expect(res.code).toBe(1);
  expect(res.stderr).toContain('M dist/index.js');
  expect(res.stderr).toContain('dist/ is not what the committed source builds');
  expect(git('tag', '--list')).toBe('');
});

/** A workflow under .github/workflows/ (committed by the next commitVersion). */
function writeWorkflow(name: string, text: string): void {
  mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(repo, '.github', 'workflows', name), text);
}

const callerOf = (uses: string): string =>
  [
    '# uses: <org>/specflow-action@v9 (a comment is not checked)',
    'jobs:',
    '  start:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v7',
    `      - uses: ${uses} # the Action`,
    ''
  ].join('\n');

test('refuses a workflow that names the Action with a placeholder owner', () => {
  writeWorkflow('matrix.yml', callerOf('<org>/specflow-action@v1'));
  commitVersion('1.0.0');
  const res = release();
  expect(res.code).toBe(1);
  expect(res.stderr).toContain(
    ".github/workflows/matrix.yml:7 uses <org>/specflow-action@v1: '<org>' is not an owner"
  );
  expect(git('tag', '--list')).toBe('');
});

test('refuses a workflow that names the Action at another major tag', () => {
  writeWorkflow('matrix.yml', callerOf('acme/specflow-action@v1'));
  commitVersion('2.0.0');
  const res = release();
  expect(res.code).toBe(1);
  expect(res.stderr).toContain('uses acme/specflow-action@v1: the release moves v2, so write @v2');
  expect(git('tag', '--list')).toBe('');
});

test("refuses a workflow that names another repository's Action than the remote's", () => {
  git('remote', 'add', 'origin', 'git@github.com:acme/specflow-action.git');
  writeWorkflow('matrix.yml', callerOf('other/specflow-action@v1'));
  commitVersion('1.0.0');
  const res = release();
  expect(res.code).toBe(1);
  expect(res.stderr).toContain(
    'uses other/specflow-action@v1, not this repository (acme/specflow-action, from remote origin)'
  );
  expect(git('tag', '--list')).toBe('');
});

test("accepts the remote's own Action and reusable workflow at the major tag", () => {
  git('remote', 'add', 'origin', 'https://github.com/Acme/specflow-action.git');
  writeWorkflow('matrix.yml', callerOf('acme/specflow-action@v1'));
  writeWorkflow(
    'caller.yaml',
    'jobs:\n  sdd:\n    uses: acme/specflow-action/.github/workflows/matrix.yml@v1\n'
  );
  const head = commitVersion('1.0.0');
  const res = release();
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  expect(tagInfo('v1').commit).toBe(head);
});

test('--push publishes the release tag and force-moves the major tag on the remote', () => {
  const remote = join(scratch, 'remote.git');
  spawnSync('git', ['init', '-q', '--bare', remote], { env: gitEnv });
  git('remote', 'add', 'origin', remote);
  const remoteTags = (): string =>
    spawnSync('git', ['--git-dir', remote, 'show-ref', '--tags', '--dereference'], {
      env: gitEnv,
      encoding: 'utf8'
    }).stdout;

  const first = commitVersion('2.0.0');
  expect(release('--push').code).toBe(0);
  expect(remoteTags()).toContain(`${first} refs/tags/v2^{}`);

  const second = commitVersion('2.0.1');
  const res = release('--push');
  expect(res.code).toBe(0);
  expect(res.stdout).toContain('+ git push --force origin v2');
  expect(remoteTags()).toContain(`${second} refs/tags/v2^{}`);
  expect(remoteTags()).toContain(`${second} refs/tags/v2.0.1^{}`);
  expect(remoteTags()).toContain(`${first} refs/tags/v2.0.0^{}`);
});
