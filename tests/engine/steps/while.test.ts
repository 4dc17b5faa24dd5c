import { whileStep } from '../../../src/engine/steps/while.js';
import { makeContext, removeTempProjects } from '../../support/context.js';

afterAll(removeTempProjects);

const keysOf = (config: Record<string, unknown>) => whileStep.validate(config).map((i) => i.key);

describe('while validate', () => {
  it('accepts a complete step', () => {
    expect(keysOf({ id: 'w', condition: '{{ x }}', steps: [], max_iterations: 3 })).toEqual([]);
    expect(keysOf({ id: 'w', condition: true, max_iterations: null })).toEqual([]);
  });

  it('requires id and condition', () => {
    expect(keysOf({})).toEqual(['id', 'condition']);
  });

  it('rejects a non-text condition and a bare expression', () => {
    expect(keysOf({ id: 'w', condition: {} })).toEqual(['condition']);
    expect(keysOf({ id: 'w', condition: 'inputs.n < 3' })).toEqual(['condition']);
  });

  it('wants max_iterations to be an integer of at least 1, and not a boolean', () => {
    for (const max of [true, 0, -2, '3', 1.5]) {
      expect(keysOf({ id: 'w', condition: true, max_iterations: max })).toEqual(['max_iterations']);
    }
  });

  it('wants steps to be a list', () => {
    expect(keysOf({ id: 'w', condition: true, steps: {} })).toEqual(['steps']);
  });
});

describe('while execute', () => {
  it('hands out the body while the condition holds', async () => {
    const result = await whileStep.execute(
      { id: 'w', condition: '{{ inputs.go }}', steps: [{ id: 'b' }] },
      makeContext({ inputs: { go: true } })
    );
    expect(result).toEqual({
      status: 'completed',
      output: { condition_result: true, max_iterations: 10, loop_type: 'while' },
      nextSteps: [{ id: 'b' }],
      // The engine re-checks the condition before each further pass, 10 passes in all.
      repeat: { condition: '{{ inputs.go }}', passes: 10 }
    });
  });

  it('runs nothing when the condition is false, whatever steps holds', async () => {
    const result = await whileStep.execute(
      { id: 'w', condition: '{{ inputs.go }}', steps: 'bad', max_iterations: 3 },
      makeContext({ inputs: { go: false } })
    );
    expect(result).toEqual({
      status: 'completed',
      output: { condition_result: false, max_iterations: 3, loop_type: 'while' }
    });
  });

  it('fails when the body about to run is not a list; null max_iterations means 10', async () => {
    const result = await whileStep.execute(
      { id: 'w', condition: true, steps: 'bad', max_iterations: null },
      makeContext()
    );
    expect(result.status).toBe('failed');
    expect(result.output).toEqual({
      condition_result: true,
      max_iterations: 10,
      loop_type: 'while'
    });
  });

  it('hands out an empty body when steps is absent', async () => {
    const result = await whileStep.execute({ id: 'w', condition: true }, makeContext());
    expect(result).toMatchObject({ status: 'completed', nextSteps: [] });
  });
});
