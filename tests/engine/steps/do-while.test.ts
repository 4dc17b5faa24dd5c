import { doWhileStep } from '../../../src/engine/steps/do-while.js';
import { makeContext, removeTempProjects } from '../../support/context.js';

afterAll(removeTempProjects);

const keysOf = (config: Record<string, unknown>) => doWhileStep.validate(config).map((i) => i.key);

describe('do-while validate', () => {
  it('accepts a complete step', () => {
    expect(keysOf({ id: 'd', condition: '{{ x }}', steps: [], max_iterations: 2 })).toEqual([]);
  });

  it('requires id and condition and checks their shapes', () => {
    expect(keysOf({})).toEqual(['id', 'condition']);
    expect(keysOf({ id: 'd', condition: {}, steps: [] })).toEqual(['condition']);
    expect(keysOf({ id: 'd', condition: 'x', steps: {} })).toEqual(['condition', 'steps']);
    expect(keysOf({ id: 'd', condition: 'false', max_iterations: false })).toEqual([
      'max_iterations'
    ]);
  });
});

describe('do-while execute', () => {
  it('always hands out the body and records the condition unevaluated', async () => {
    const result = await doWhileStep.execute(
      { id: 'd', condition: '{{ false }}', steps: [{ id: 'b' }], max_iterations: 4 },
      makeContext()
    );
    expect(result).toEqual({
      status: 'completed',
      output: { condition: '{{ false }}', max_iterations: 4, loop_type: 'do-while' },
      nextSteps: [{ id: 'b' }],
      repeat: { condition: '{{ false }}', passes: 4 }
    });
  });

  it('repeats while a missing condition holds, which is never (false, not the recorded text)', async () => {
    // The text "false" is plain text and would always count as true.
    const result = await doWhileStep.execute({ id: 'd', steps: [{ id: 'b' }] }, makeContext());
    expect(result.repeat).toEqual({ condition: false, passes: 10 });
  });

  it('defaults the recorded condition to "false" and max_iterations to 10', async () => {
    const result = await doWhileStep.execute({ id: 'd', steps: [] }, makeContext());
    expect(result.output).toEqual({
      condition: 'false',
      max_iterations: 10,
      loop_type: 'do-while'
    });
  });

  it('fails when steps is not a list', async () => {
    const result = await doWhileStep.execute(
      { id: 'd', condition: 'x', steps: { id: 'b' } },
      makeContext()
    );
    expect(result).toMatchObject({
      status: 'failed',
      output: { condition: 'x', max_iterations: 10, loop_type: 'do-while' }
    });
    expect(result.nextSteps).toBeUndefined();
  });
});
