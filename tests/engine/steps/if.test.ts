import { ifStep } from '../../../src/engine/steps/if.js';
import { makeContext, removeTempProjects } from '../../support/context.js';

afterAll(removeTempProjects);

const keysOf = (config: Record<string, unknown>) => ifStep.validate(config).map((i) => i.key);

describe('if validate', () => {
  it('accepts a complete step, with a boolean or expression condition', () => {
    expect(keysOf({ id: 'a', condition: '{{ inputs.x == 1 }}', then: [], else: [] })).toEqual([]);
    expect(keysOf({ id: 'a', condition: false, then: [] })).toEqual([]);
    expect(keysOf({ id: 'a', condition: 'true', then: [], else: null })).toEqual([]);
  });

  it('requires id, condition and then', () => {
    expect(keysOf({})).toEqual(['id', 'condition', 'then']);
  });

  it('rejects a condition that is neither text nor boolean', () => {
    const issues = ifStep.validate({ id: 'a', condition: [1], then: [] });
    expect(issues.map((i) => i.key)).toEqual(['condition']);
    expect(issues[0].message).toContain('list');
    expect(keysOf({ id: 'a', condition: 0, then: [] })).toEqual(['condition']);
  });

  it('rejects a bare expression that would never be evaluated, with a fix', () => {
    const [issue] = ifStep.validate({ id: 'a', condition: 'inputs.x > 1', then: [] });
    expect(issue.key).toBe('condition');
    expect(issue.message).toContain('{{ inputs.x > 1 }}');
  });

  it('rejects a condition whose {{ cannot be closed', () => {
    const [issue] = ifStep.validate({ id: 'a', condition: "{{ x | default('oops }}", then: [] });
    expect(issue.key).toBe('condition');
    expect(issue.message).toContain('truncated');
  });

  it('rejects branches that are not lists', () => {
    expect(keysOf({ id: 'a', condition: true, then: { id: 't' } })).toEqual(['then']);
    expect(keysOf({ id: 'a', condition: true, then: null })).toEqual(['then']);
    expect(keysOf({ id: 'a', condition: true, then: [], else: 'x' })).toEqual(['else']);
  });
});

describe('if execute', () => {
  const config = {
    id: 'a',
    condition: '{{ inputs.x == 1 }}',
    then: [{ id: 't' }],
    else: [{ id: 'e' }]
  };

  it('hands out then when the condition holds', async () => {
    const result = await ifStep.execute(config, makeContext({ inputs: { x: 1 } }));
    expect(result).toEqual({
      status: 'completed',
      output: { condition_result: true },
      nextSteps: [{ id: 't' }]
    });
  });

  it('hands out else otherwise, and nothing when else is absent or empty', async () => {
    expect((await ifStep.execute(config, makeContext({ inputs: { x: 2 } }))).nextSteps).toEqual([
      { id: 'e' }
    ]);
    for (const elseBranch of [undefined, null]) {
      const c: Record<string, unknown> = { id: 'a', condition: 'false', then: [{ id: 't' }] };
      if (elseBranch !== undefined) c.else = elseBranch;
      const result = await ifStep.execute(c, makeContext());
      expect(result).toMatchObject({ status: 'completed', nextSteps: [] });
    }
  });

  it('treats plain text as truthy and literal booleans as themselves', async () => {
    const run = async (condition: unknown) =>
      (await ifStep.execute({ id: 'a', condition, then: [] }, makeContext())).output;
    expect(await run('  ')).toEqual({ condition_result: true });
    expect(await run('')).toEqual({ condition_result: false });
    expect(await run('False')).toEqual({ condition_result: false });
    expect(await run(0)).toEqual({ condition_result: false });
  });

  it('fails on a chosen branch that is not a list (unvalidated config)', async () => {
    const thenNull = await ifStep.execute({ id: 'a', condition: true, then: null }, makeContext());
    expect(thenNull.status).toBe('failed');
    expect(thenNull.output).toEqual({ condition_result: true });
    expect(thenNull.error).toBeTruthy();
    const elseText = await ifStep.execute(
      { id: 'a', condition: false, then: [], else: 'x' },
      makeContext()
    );
    expect(elseText).toMatchObject({ status: 'failed', output: { condition_result: false } });
    // The branch not taken is not inspected.
    const ok = await ifStep.execute(
      { id: 'a', condition: true, then: [], else: 'x' },
      makeContext()
    );
    expect(ok.status).toBe('completed');
  });

  it('lets expression errors escape', async () => {
    await expect(
      ifStep.execute(
        { id: 'a', condition: '{{ inputs.x | nosuchfilter }}', then: [] },
        makeContext()
      )
    ).rejects.toMatchObject({ name: 'ExpressionError' });
  });
});
