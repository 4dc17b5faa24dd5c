/**
 * The Action's inputs: the `inputs` mapping in its three spellings, empty values, and errors that
 * name the input they are about.
 */
import {
  ActionInputError,
  parsePersistPaths,
  parseWorkflowInputs,
  readActionInputs,
  type ActionInputs
} from '../../src/action/inputs.js';
import { setEnv } from '../support/cache-server.js';
import { inputVariables } from './runner.js';

/**
 * readActionInputs through @actions/core, with the INPUT_* variables the runner would set: every
 * input, with action.yml's default when the caller gives none. `unset` inputs get no variable.
 */
function readInputs(values: Record<string, string>, unset: string[] = []): ActionInputs {
  const variables: Record<string, string | undefined> = inputVariables(values, {
    actionDefaultsOnly: true
  });
  for (const name of unset) variables[`INPUT_${name.toUpperCase()}`] = undefined;
  const restore = setEnv(variables);
  try {
    return readActionInputs();
  } finally {
    restore();
  }
}

function errorOf(fn: () => unknown): ActionInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ActionInputError) return error;
    throw error;
  }
  throw new Error('expected an ActionInputError');
}

describe('parseWorkflowInputs', () => {
  test('a YAML mapping keeps scalars as written, for the declared types to convert', () => {
    expect(parseWorkflowInputs('feature: Add login\nretries: 3\nratio: 1.0\ndry: no\n')).toEqual({
      feature: 'Add login',
      retries: '3',
      ratio: '1.0',
      dry: 'no'
    });
  });

  test('a JSON object', () => {
    expect(parseWorkflowInputs('{"verdict": "approve", "count": 2, "flag": true}')).toEqual({
      verdict: 'approve',
      count: '2',
      flag: 'true'
    });
  });

  test('key=value lines, values trimmed, = allowed in values, comments skipped', () => {
    expect(parseWorkflowInputs('# review\nverdict = approve\nquery=a=b\n\n')).toEqual({
      verdict: 'approve',
      query: 'a=b'
    });
  });

  test('empty values are dropped in every spelling (an unset dispatch input)', () => {
    expect(parseWorkflowInputs('spec_verdict: \nfeature: x\nnote: ""\ngone: ~')).toEqual({
      feature: 'x'
    });
    expect(parseWorkflowInputs('{"spec_verdict": "", "other": null, "kept": "y"}')).toEqual({
      kept: 'y'
    });
    expect(parseWorkflowInputs('spec_verdict=\nkept=1')).toEqual({ kept: '1' });
    expect(parseWorkflowInputs('  \n')).toEqual({});
  });

  test('quoted text stays text; nested values pass through', () => {
    expect(parseWorkflowInputs('a: "yes"\nb: [1, 2]\nc: {d: e}')).toEqual({
      a: 'yes',
      b: [1, 2],
      c: { d: 'e' }
    });
  });

  test('a YAML value containing = is not mistaken for key=value lines', () => {
    expect(parseWorkflowInputs('url: https://x.test/?a=b')).toEqual({ url: 'https://x.test/?a=b' });
  });

  test('a YAML mistake is told in our words, with its line and column, as in a workflow file', () => {
    const message = (text: string): string => {
      try {
        parseWorkflowInputs(text);
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error('accepted');
    };
    expect(message('verdict: approve\nnote: a: b')).toBe(
      'not a YAML or JSON mapping, nor key=value lines (line 2, column 8: a mapping value is not allowed here)'
    );
    // The YAML library's own wording ("Nested mappings are not allowed in compact mappings").
    expect(message('a: [b: c: d]')).not.toMatch(/compact mappings/);
    expect(message('a: [b: c: d]')).toMatch(/line 1, column \d+: /);
    expect(message(`a: ${'['.repeat(600)}`)).toMatch(/nested deeper than 500 levels/);
  });

  test('__proto__ is an ordinary key', () => {
    const parsed = parseWorkflowInputs('__proto__: polluted');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__']);
  });

  test.each([
    ['a list', '- a\n- b', /mapping/],
    ['a bare word', 'approve', /mapping/],
    ['mixed lines', 'a=1\nb: 2', /mapping|key=value/],
    ['a duplicate key', 'a: 1\na: 2', /unique|twice/i],
    ['a duplicate key=value', 'a=1\na=2', /twice/],
    ['broken JSON', '{"a": 1', /YAML or JSON/]
  ])('rejects %s', (_what, text, message) => {
    expect(() => parseWorkflowInputs(text)).toThrow(message);
  });
});

describe('readActionInputs', () => {
  test('defaults as the runner passes them', () => {
    expect(readInputs({ workflow: 'wf.yml' })).toEqual({
      workflow: 'wf.yml',
      inputs: {},
      runId: null,
      workingDirectory: '.',
      persistPaths: ['specs'],
      cache: true,
      cacheKeyPrefix: 'specflow',
      failOnPause: false,
      rerunItems: false,
      githubToken: 'ghs_fake_token_for_tests',
      forceResume: false,
      stateKey: '',
      stateLimits: { maxBytes: 1024 ** 3, maxMembers: 50_000 },
      answer: null,
      answerFrom: null,
      reviewIssue: 'auto',
      commitStatus: false,
      policy: { approvers: [], minApprovals: 1, allowSelfApproval: false },
      distribute: null,
      distributeChanges: 'persist-paths',
      shard: null,
      gather: false,
      stateStore: 'cache+artifact',
      artifactRetentionDays: null,
      listPaused: false,
      keepAlive: false,
      expireAfterDays: null,
      onExpiry: 'reject'
    });
  });

  test('distribute: step ids by line or comma, or all alone', () => {
    expect(
      readInputs({ workflow: 'w', distribute: 'implement, review\nbuild' }).distribute
    ).toEqual(new Set(['implement', 'review', 'build']));
    expect(readInputs({ workflow: 'w', distribute: 'all' }).distribute).toBe('all');
    expect(() => readInputs({ workflow: 'w', distribute: 'all, implement' })).toThrow(
      /^input 'distribute': `all` stands alone/
    );
  });

  test.each(['0', '257', '1.5', ' 3x', '-1'])('shard %s is refused, naming the input', (text) => {
    expect(() => readInputs({ 'run-id': 'r1', shard: text })).toThrow(
      /^input 'shard': expected a shard number from 1 to 256/
    );
  });

  test('shard and gather need the run id, and exclude each other', () => {
    expect(readInputs({ 'run-id': 'r1', shard: '256' }).shard).toBe(256);
    expect(() => readInputs({ workflow: 'w', shard: '1' })).toThrow(
      /^input 'shard': needs the run-id/
    );
    expect(() => readInputs({ workflow: 'w', gather: 'true' })).toThrow(
      /^input 'gather': needs the run-id/
    );
    expect(() => readInputs({ 'run-id': 'r1', shard: '1', gather: 'true' })).toThrow(
      /^input 'gather': a job either runs a shard or gathers them/
    );
    expect(() => readInputs({ 'run-id': 'r1', shard: '1', distribute: 'all' })).toThrow(
      /^input 'distribute': a shard job/
    );
    expect(() => readInputs({ workflow: 'w', 'distribute-changes': 'everything' })).toThrow(
      /^input 'distribute-changes': expected persist-paths or worktree/
    );
  });

  test.each([
    ['1GiB', 1024 ** 3],
    ['500MB', 500_000_000],
    ['200 mib', 200 * 1024 ** 2],
    ['1.5g', 1.5 * 1024 ** 3],
    ['4096', 4096]
  ])('max-restore-size %s is %d bytes', (text, bytes) => {
    const inputs = readInputs({ workflow: 'w', 'max-restore-size': text });
    expect(inputs.stateLimits.maxBytes).toBe(bytes);
  });

  test.each(['0', '-1', 'lots', '1TB', '1e9', '__proto__'])(
    'max-restore-size %s is refused, naming the input',
    (text) => {
      expect(() => readInputs({ workflow: 'w', 'max-restore-size': text })).toThrow(
        /^input 'max-restore-size': expected a size/
      );
    }
  );

  test('max-restore-files, force-resume and state-key', () => {
    const inputs = readInputs({
      workflow: 'w',
      'max-restore-files': '10',
      'force-resume': 'true',
      'state-key': ' s3cret '
    });
    expect(inputs.stateLimits.maxMembers).toBe(10);
    expect(inputs.forceResume).toBe(true);
    expect(inputs.stateKey).toBe('s3cret');
    expect(() => readInputs({ workflow: 'w', 'max-restore-files': '0' })).toThrow(
      /^input 'max-restore-files'/
    );
  });

  test('resume needs no workflow; persist paths split on lines and commas', () => {
    const inputs = readInputs({
      'run-id': 'run-1',
      inputs: 'spec_verdict: approve',
      'persist-paths': 'specs\r\ndocs/out, ./notes/\n\n',
      'fail-on-pause': 'True',
      'rerun-items': 'true',
      cache: 'FALSE'
    });
    expect(inputs.runId).toBe('run-1');
    expect(inputs.inputs).toEqual({ spec_verdict: 'approve' });
    expect(inputs.persistPaths).toEqual(['docs/out', 'notes', 'specs']);
    expect(inputs.failOnPause).toBe(true);
    expect(inputs.rerunItems).toBe(true);
    expect(inputs.cache).toBe(false);
  });

  test('a run id of exactly 128 characters is accepted', () => {
    expect(readInputs({ 'run-id': 'r'.repeat(128) }).runId).toBe('r'.repeat(128));
  });

  test('an empty persist-paths keeps only the run folder', () => {
    expect(readInputs({ workflow: 'w', 'persist-paths': '' }).persistPaths).toEqual([]);
  });

  test('an unset or empty boolean input means its default (getBooleanInput would refuse it)', () => {
    const booleans = ['cache', 'fail-on-pause', 'rerun-items', 'force-resume'];
    const unset = readInputs({ workflow: 'w' }, booleans);
    const empty = readInputs({
      workflow: 'w',
      ...Object.fromEntries(booleans.map((name) => [name, ' ']))
    });
    for (const inputs of [unset, empty]) {
      expect(inputs).toMatchObject({
        cache: true,
        failOnPause: false,
        rerunItems: false,
        forceResume: false
      });
    }
  });

  test.each([
    ['true', true],
    [' TRUE ', true],
    ['False', false]
  ])('cache %j is read as %s', (text, value) => {
    expect(readInputs({ workflow: 'w', cache: text }).cache).toBe(value);
  });

  test.each([
    [{ workflow: '' }, 'workflow', /required to start a run/],
    [{ workflow: 'w', inputs: '- a' }, 'inputs', /mapping/],
    [{ workflow: 'w', 'run-id': '../etc' }, 'run-id', /invalid run id/],
    // Caught here, not by the cache library's "Key Validation Error" much later.
    [{ workflow: 'w', 'run-id': 'r'.repeat(5000) }, 'run-id', /5000 characters.*limit is 128/],
    [{ workflow: 'w', 'run-id': 'r'.repeat(129) }, 'run-id', /limit is 128/],
    [{ workflow: 'w', 'persist-paths': '../up' }, 'persist-paths', /outside the project/],
    [{ workflow: 'w', 'persist-paths': 'specs/*.md' }, 'persist-paths', /plain path/],
    [{ workflow: 'w', cache: 'yes' }, 'cache', /true or false .*, got "yes"$/],
    [{ workflow: 'w', cache: 'tRUE' }, 'cache', /true or false/],
    [{ workflow: 'w', 'fail-on-pause': 'on' }, 'fail-on-pause', /true or false/],
    [{ workflow: 'w', 'rerun-items': 'yes' }, 'rerun-items', /true or false/],
    [{ workflow: 'w', 'cache-key-prefix': 'a b' }, 'cache-key-prefix', /no commas or whitespace/],
    [{ workflow: 'w', 'cache-key-prefix': 'team/specflow' }, 'cache-key-prefix', /artifact names/],
    [{ workflow: 'w', 'state-store': 'disk' }, 'state-store', /cache, cache\+artifact or artifact/],
    [{ workflow: 'w', 'artifact-retention-days': '91' }, 'artifact-retention-days', /1 to 90/],
    [{ workflow: 'w', 'artifact-retention-days': '0' }, 'artifact-retention-days', /1 to 90/],
    [{ workflow: 'w', 'keep-alive': 'true' }, 'keep-alive', /set list-paused: true/],
    [{ workflow: 'w', 'expire-after-days': '7' }, 'expire-after-days', /set list-paused/],
    [{ 'list-paused': 'true', 'expire-after-days': '0' }, 'expire-after-days', /greater than 0/],
    [{ 'list-paused': 'true', 'expire-after-days': '1e3' }, 'expire-after-days', /greater than 0/],
    [{ 'list-paused': 'true', 'on-expiry': 'approve' }, 'on-expiry', /reject or abort/],
    [{ 'list-paused': 'true', 'on-expiry': 'abort' }, 'on-expiry', /set it too/],
    [{ 'list-paused': 'true', 'run-id': 'r1' }, 'list-paused', /drop run-id/],
    // Combinations that would otherwise do nothing, silently.
    [
      { 'list-paused': 'true', 'keep-alive': 'true', 'state-store': 'artifact' },
      'keep-alive',
      /with state-store: artifact runs have none.*drop keep-alive/
    ],
    [
      { workflow: 'w', 'state-store': 'cache', 'artifact-retention-days': '30' },
      'artifact-retention-days',
      /no artifact is kept.*drop it/
    ],
    [{ 'list-paused': 'true', answer: 'approve' }, 'answer', /runs no workflow/],
    [{ 'list-paused': 'true', 'answer-from': 'comment:12' }, 'answer-from', /runs no workflow/],
    [{ 'list-paused': 'true', distribute: 'all' }, 'distribute', /runs no workflow/],
    [{ 'list-paused': 'true', inputs: 'feature: x' }, 'inputs', /runs no workflow/]
  ])('a malformed input is named: %j', (values, input, message) => {
    const error = errorOf(() => readInputs(values));
    expect(error.input).toBe(input);
    expect(error.message).toMatch(new RegExp(`^input '${input}': `));
    expect(error.message).toMatch(message);
  });
});

test('state-store and the listing inputs', () => {
  const listing = readInputs({
    'list-paused': 'true',
    'keep-alive': 'true',
    'expire-after-days': '14.5',
    'on-expiry': 'abort',
    'state-store': 'cache+artifact',
    'artifact-retention-days': '30',
    // Empty, as an unset dispatch input leaves it: nothing is ignored.
    inputs: 'spec_verdict: '
  });
  expect(listing).toMatchObject({
    workflow: '',
    listPaused: true,
    keepAlive: true,
    expireAfterDays: 14.5,
    onExpiry: 'abort',
    stateStore: 'cache+artifact',
    artifactRetentionDays: 30
  });
  expect(readInputs({ 'list-paused': 'true', 'state-store': 'artifact' }).stateStore).toBe(
    'artifact'
  );
  // With the cache alone, a prefix needs only to be a cache key's.
  expect(
    readInputs({ workflow: 'w', 'state-store': 'cache', 'cache-key-prefix': 'team/x' })
      .cacheKeyPrefix
  ).toBe('team/x');
});

test('parsePersistPaths on its own: lines, each with paths split on commas', () => {
  expect(parsePersistPaths(['b', 'a,,b', ' '])).toEqual(['a', 'b']);
});
