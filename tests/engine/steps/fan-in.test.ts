import { fanInStep } from '../../../src/engine/steps/fan-in.js';
import type { StepRecord } from '../../../src/engine/types.js';
import { makeContext, removeTempProjects } from '../../support/context.js';

afterAll(removeTempProjects);

const keysOf = (config: Record<string, unknown>) => fanInStep.validate(config).map((i) => i.key);

const record = (output: Record<string, unknown>): StepRecord => ({
  type: 'shell',
  integration: null,
  model: null,
  options: null,
  input: null,
  output,
  status: 'completed',
  error: null
});

describe('fan-in validate', () => {
  it('accepts a complete step', () => {
    expect(keysOf({ id: 'j', wait_for: ['a'], output: { n: '{{ x }}' } })).toEqual([]);
    expect(keysOf({ id: 'j', wait_for: ['a'], output: null })).toEqual([]);
  });

  it('wants a non-empty wait_for list and a mapping output', () => {
    expect(keysOf({})).toEqual(['id', 'wait_for']);
    expect(keysOf({ id: 'j', wait_for: [] })).toEqual(['wait_for']);
    expect(keysOf({ id: 'j', wait_for: 'a' })).toEqual(['wait_for']);
    expect(keysOf({ id: 'j', wait_for: ['a'], output: [] })).toEqual(['output']);
  });
});

describe('fan-in execute', () => {
  it('collects the outputs of the awaited steps, {} for unknown ones', async () => {
    const context = makeContext({ steps: { a: record({ v: 1 }) } });
    const result = await fanInStep.execute({ id: 'j', wait_for: ['a', 'missing'] }, context);
    expect(result).toEqual({ status: 'completed', output: { results: [{ v: 1 }, {}] } });
  });

  it('resolves output expressions against fan_in.results, then restores fan_in', async () => {
    const context = makeContext({
      steps: { a: record({ v: 1 }), b: record({ v: 2 }) },
      fanIn: { previous: true }
    });
    const result = await fanInStep.execute(
      {
        id: 'j',
        wait_for: ['a', 'b'],
        output: { vs: "{{ fan_in.results | map('v') }}", lit: 3, txt: 'n={{ fan_in.results }}' }
      },
      context
    );
    expect(result.output).toEqual({
      results: [{ v: 1 }, { v: 2 }],
      vs: [1, 2],
      lit: 3,
      txt: "n=[{'v': 1}, {'v': 2}]"
    });
    expect(context.fanIn).toEqual({ previous: true });
  });

  it('lets an output key named results replace the collected results', async () => {
    const result = await fanInStep.execute(
      { id: 'j', wait_for: ['a'], output: { results: 'x' } },
      makeContext()
    );
    expect(result.output).toEqual({ results: 'x' });
  });

  it('restores fan_in even when an expression fails', async () => {
    const context = makeContext({ fanIn: { previous: true } });
    await expect(
      fanInStep.execute({ id: 'j', wait_for: ['a'], output: { x: '{{ a | nosuch }}' } }, context)
    ).rejects.toMatchObject({ name: 'ExpressionError' });
    expect(context.fanIn).toEqual({ previous: true });
  });

  it('fails on a malformed wait_for or output (unvalidated config)', async () => {
    for (const config of [
      { id: 'j', wait_for: ['a'], output: [] },
      { id: 'j', wait_for: ['a'], output: 0 },
      { id: 'j', wait_for: 'a' },
      { id: 'j', wait_for: ['a', 5] },
      { id: 'j', wait_for: [['a']] }
    ]) {
      const result = await fanInStep.execute(config, makeContext());
      expect(result.status).toBe('failed');
      expect(result.output).toEqual({ results: [] });
      expect(result.error).toBeTruthy();
    }
  });

  it('completes with no results for an empty or absent wait_for', async () => {
    for (const config of [{ id: 'j', wait_for: [] }, { id: 'j' }]) {
      expect(await fanInStep.execute(config, makeContext())).toEqual({
        status: 'completed',
        output: { results: [] }
      });
    }
  });
});
