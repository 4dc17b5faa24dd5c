/**
 * Input coercion and resolution. Expected values were taken from the
 * reference engine's _coerce_input / _load_project_integration for the same
 * arguments (Python's float(), bool-is-not-a-number, == for enum membership).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkflowDefinition } from '../../src/engine/definition.js';
import { readProjectIntegration } from '../../src/engine/agents/settings.js';
import { coerceInput, resolveInputSentinel, resolveInputs } from '../../src/engine/inputs.js';
import { WorkflowError } from '../../src/engine/types.js';
import { PyFloat } from '../../src/engine/pyvalue.js';

function coerced(type: unknown, value: unknown): unknown {
  return coerceInput('n', value, { type });
}

function rejects(run: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(WorkflowError);
  expect((caught as Error).message).toMatch(message);
}

describe('coerceInput', () => {
  it.each([
    [' 4 ', 4],
    ['4.0', 4],
    ['1e3', 1000],
    ['1_000', 1000],
    [new PyFloat(4.5), new PyFloat(4.5)],
    ['4.5', new PyFloat(4.5)],
    ['-0', 0],
    ['\u0664\u0662', 42],
    ['\u00a05\u3000', 5],
    [7, 7]
  ])('number: %j becomes %j', (value, expected) => {
    const result = coerced('number', value);
    if (expected instanceof PyFloat) expect(result).toEqual(expected);
    else expect(Object.is(result, expected)).toBe(true);
  });

  it.each([
    ['inf'],
    ['nan'],
    ['1e400'],
    ['1__0'],
    ['0x10'],
    [''],
    [null],
    [true],
    [[1]],
    ['\x1c5']
  ])('number: %j is rejected', (value) => {
    rejects(() => coerced('number', value), /^Input 'n' must be a number/);
  });

  it.each([
    ['TRUE', true],
    ['Yes', true],
    ['1', true],
    ['0', false],
    ['no', false],
    [true, true],
    [false, false]
  ])('boolean: %j becomes %j', (value, expected) => {
    expect(coerced('boolean', value)).toBe(expected);
  });

  it.each([['on'], [' true'], [1], [null]])('boolean: %j is rejected', (value) => {
    rejects(() => coerced('boolean', value), /^Input 'n' must be a boolean/);
  });

  it('string is the default type and accepts only strings', () => {
    expect(coerceInput('n', 'x', {})).toBe('x');
    for (const value of [5, null, ['a'], true]) {
      rejects(() => coerceInput('n', value, {}), /^Input 'n' must be a string/);
    }
  });

  it('passes any value through an unknown or null type', () => {
    expect(coerced('integer', [1])).toEqual([1]);
    expect(coerced(null, { a: 1 })).toEqual({ a: 1 });
  });

  it('checks enum membership with Python == after coercion (1 == True)', () => {
    expect(coerceInput('n', '1', { type: 'number', enum: [true] })).toBe(1);
    expect(coerceInput('n', true, { type: null, enum: [1] })).toBe(true);
    expect(coerceInput('n', 'yes', { type: 'boolean', enum: [1] })).toBe(true);
    rejects(
      () => coerceInput('n', 'yes', { type: 'boolean', enum: [0] }),
      /^Input 'n' is True, which is not one of the allowed values \[0\]/
    );
    rejects(() => coerceInput('n', 'a', { enum: [] }), /allowed values \[\]/);
  });

  it('requires enum to be a list', () => {
    rejects(() => coerceInput('n', 'a', { enum: 'abc' }), /'enum' must be a list, not str/);
  });

  it('knows a YAML date is not a string, and shows floats as floats', () => {
    rejects(() => coerceInput('n', '2024-01-01', {}, 'date'), /got a date/);
    rejects(() => coerceInput('n', '2024-01-01', { type: 'number' }, 'date'), /must be a number/);
    rejects(() => coerceInput('n', new PyFloat(1), {}), /got 1\.0\./);
    expect(coerceInput('n', new PyFloat(1), { type: 'number' })).toBe(1);
  });

  it('reads a number input as float() then int() when integral, as the reference does', () => {
    expect(coerceInput('n', '2.0', { type: 'number' })).toBe(2);
    expect(coerceInput('n', '-0.0', { type: 'number' })).toBe(0);
    expect(coerceInput('n', '2.5', { type: 'number' })).toEqual(new PyFloat(2.5));
    // float() rounds first: the int is that float's exact value, past 2**53 a bigint.
    expect(coerceInput('n', '12345678901234567891', { type: 'number' })).toBe(
      12345678901234567168n
    );
    expect(coerceInput('n', '1e20', { type: 'number' })).toBe(100000000000000000000n);
    expect(coerceInput('n', 9007199254740993n, { type: 'number' })).toBe(9007199254740992n);
  });
});

describe('readProjectIntegration', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'specflow-inputs-'));
    fs.mkdirSync(path.join(root, '.specify'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const withFile = (content: string | Buffer): string | null => {
    fs.writeFileSync(path.join(root, '.specify', 'integration.json'), content);
    return readProjectIntegration(root);
  };

  it.each([
    ['{"integration": " claude "}', 'claude'],
    ['{"default_integration": "d", "integration": "i"}', 'd'],
    ['{"default_integration": "", "integration": "x"}', 'x'],
    ['{"default_integration": "  ", "installed_integrations": ["", " a ", "b"]}', 'a'],
    ['{"integration_state_schema": 2, "integration": "x"}', null],
    ['{"integration_state_schema": true, "integration": "x"}', 'x'],
    ['{"integration_state_schema": 1, "integration": "x"}', 'x'],
    ['{"integration": "x", "n": NaN}', 'x'],
    ['[1]', null],
    ['{"integration": 5}', null],
    ['{}', null],
    ['{not json', null]
  ])('%s gives %j', (content, expected) => {
    expect(withFile(content)).toBe(expected);
  });

  // The agent steps' copy of this reader used to differ on these: str.strip()
  // removes the separators U+001C-U+001F (JS trim does not) but keeps U+FEFF.
  it.each([
    ['{"integration": "\\u001fclaude"}', 'claude'],
    ['{"default_integration": "\\u001c", "integration": "y"}', 'y'],
    ['{"integration": "\\ufeffclaude"}', '\ufeffclaude'],
    ['{"integration": NaN, "installed_integrations": [NaN, "x"]}', 'x'],
    ['{"integration_state_schema": NaN, "integration": "x"}', 'x'],
    ['{"integration": "\u0001x"}', null]
  ])('%s gives %j, as Python does', (content, expected) => {
    expect(withFile(content)).toBe(expected);
  });

  it('ignores an integration named in invalid UTF-8 rather than reading U+FFFD', () => {
    expect(
      withFile(Buffer.concat([Buffer.from('{"integration": "'), Buffer.from([0xff, 0x22, 0x7d])]))
    ).toBeNull();
  });

  it('ignores a file with a byte-order mark or invalid UTF-8, as Python does', () => {
    expect(withFile(Buffer.from('\ufeff{"integration": "x"}', 'utf8'))).toBeNull();
    expect(
      withFile(Buffer.from([0x7b, 0x22, 0x69, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]))
    ).toBeNull();
  });

  it('is null when the file is missing or is a directory', () => {
    expect(readProjectIntegration(root)).toBeNull();
    fs.mkdirSync(path.join(root, '.specify', 'integration.json'));
    expect(readProjectIntegration(root)).toBeNull();
  });

  it("resolves only the 'integration' input's 'auto'", () => {
    withFile('{"integration": "gemini"}');
    expect(resolveInputSentinel('integration', 'auto', root)).toBe('gemini');
    expect(resolveInputSentinel('other', 'auto', root)).toBe('auto');
    expect(resolveInputSentinel('integration', 'AUTO', root)).toBe('AUTO');
  });
});

describe('resolveInputs', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'specflow-inputs-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const def = (inputs: string) =>
    WorkflowDefinition.fromString(`workflow: {id: w, name: W}\ninputs:\n${inputs}\nsteps: []\n`);

  it('takes provided values, then defaults, skips optional ones, and drops undeclared names', () => {
    const d = def(
      '  a: {type: number}\n  b: {type: boolean, default: "yes"}\n  c: {}\n  d: {default: x}'
    );
    expect(resolveInputs(d, { a: '3', extra: 'dropped' }, root)).toEqual({ a: 3, b: true, d: 'x' });
    expect(Object.keys(resolveInputs(d, { d: 'y', a: '1' }, root))).toEqual(['a', 'b', 'd']);
  });

  it('requires required inputs', () => {
    const d = def('  topic: {required: true}');
    rejects(() => resolveInputs(d, {}, root), /^Input 'topic' is required/);
    expect(resolveInputs(d, { topic: 't' }, root)).toEqual({ topic: 't' });
  });

  it('coerces defaults with the type YAML gave them', () => {
    rejects(() => resolveInputs(def('  since: {default: 2024-01-01}'), {}, root), /got a date/);
    expect(
      resolveInputs(def('  since: {default: 2024-01-01}'), { since: '2024-01-01' }, root)
    ).toEqual({
      since: '2024-01-01'
    });
  });

  it('treats a malformed inputs block as no inputs, and skips non-mapping input definitions', () => {
    const d = WorkflowDefinition.fromString('inputs: [a]\n');
    expect(resolveInputs(d, { a: 1 }, root)).toEqual({});
    expect(resolveInputs(def('  a: 5\n  b: {default: x}'), { a: 1 }, root)).toEqual({ b: 'x' });
  });

  describe('integration: auto', () => {
    const autoDef = () => def('  integration: {default: auto, enum: [claude, gemini]}');

    it("resolves 'auto' from .specify/integration.json, checking the enum", () => {
      fs.mkdirSync(path.join(root, '.specify'));
      fs.writeFileSync(
        path.join(root, '.specify', 'integration.json'),
        '{"integration": "gemini"}'
      );
      expect(resolveInputs(autoDef(), {}, root)).toEqual({ integration: 'gemini' });
      expect(resolveInputs(autoDef(), { integration: 'auto' }, root)).toEqual({
        integration: 'gemini'
      });
      fs.writeFileSync(
        path.join(root, '.specify', 'integration.json'),
        '{"integration": "copilot"}'
      );
      rejects(() => resolveInputs(autoDef(), {}, root), /'copilot', which is not one of/);
    });

    it("keeps 'auto' when the project has no integration, exempt from the enum but not the type", () => {
      expect(resolveInputs(autoDef(), {}, root)).toEqual({ integration: 'auto' });
      rejects(
        () => resolveInputs(def('  integration: {type: number, default: auto}'), {}, root),
        /must be a number/
      );
      rejects(
        () => resolveInputs(def('  integration: {default: auto, enum: auto}'), {}, root),
        /'enum' must be a list/
      );
    });
  });

  it('keeps a __proto__ input as data', () => {
    const resolved = resolveInputs(def('  __proto__: {default: x}'), {}, root);
    expect(Object.keys(resolved)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(resolved)).toBe(Object.prototype);
  });
});
