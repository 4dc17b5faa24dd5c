import { fanOutStep } from '../../../src/engine/steps/fan-out.js';
import { makeContext, removeTempProjects } from '../../support/context.js';

afterAll(removeTempProjects);

const keysOf = (config: Record<string, unknown>) => fanOutStep.validate(config).map((i) => i.key);

describe('fan-out validate', () => {
  it('accepts a complete step', () => {
    expect(keysOf({ id: 'f', items: '{{ x }}', step: { id: 't' } })).toEqual([]);
  });

  it('requires id, items and step', () => {
    expect(keysOf({})).toEqual(['id', 'items', 'step']);
  });

  it('wants step to be a mapping, an explicit null included', () => {
    expect(keysOf({ id: 'f', items: [], step: null })).toEqual(['step']);
    expect(keysOf({ id: 'f', items: [], step: [1] })).toEqual(['step']);
  });
});

describe('fan-out execute', () => {
  it('records the resolved items and the template for the engine', async () => {
    const step = { id: 't', type: 'shell' };
    const result = await fanOutStep.execute(
      { id: 'f', items: '{{ inputs.list }}', step, max_concurrency: 3 },
      makeContext({ inputs: { list: [1, 'a'] } })
    );
    expect(result).toEqual({
      status: 'completed',
      output: { items: [1, 'a'], max_concurrency: 3, step_template: step, item_count: 2 },
      fanOut: { items: [1, 'a'], template: step, maxConcurrency: 3 }
    });
  });

  it('takes a literal list as is and defaults max_concurrency to 1', async () => {
    const result = await fanOutStep.execute(
      { id: 'f', items: [1, 2], step: { id: 't' } },
      makeContext()
    );
    expect(result.output).toEqual({
      items: [1, 2],
      max_concurrency: 1,
      step_template: { id: 't' },
      item_count: 2
    });
  });

  it('fails when items does not resolve to a list, absent items included', async () => {
    for (const config of [
      { id: 'f', step: { id: 't' } },
      { id: 'f', items: '{{ inputs.list }}', step: { id: 't' } }
    ]) {
      const result = await fanOutStep.execute(config, makeContext({ inputs: { list: 'abc' } }));
      expect(result.status).toBe('failed');
      expect(result.output).toEqual({
        items: [],
        max_concurrency: 1,
        step_template: { id: 't' },
        item_count: 0
      });
    }
  });

  it('fails on a step template that is not a mapping, recording an empty one', async () => {
    for (const step of [null, [1], 'x']) {
      const result = await fanOutStep.execute({ id: 'f', items: [1], step }, makeContext());
      expect(result).toMatchObject({
        status: 'failed',
        output: { items: [], max_concurrency: 1, step_template: {}, item_count: 0 }
      });
    }
  });

  it('completes with an empty template when step is absent (the engine then runs nothing)', async () => {
    const result = await fanOutStep.execute({ id: 'f', items: [] }, makeContext());
    expect(result.output).toEqual({
      items: [],
      max_concurrency: 1,
      step_template: {},
      item_count: 0
    });
    expect(result.status).toBe('completed');
  });
});
