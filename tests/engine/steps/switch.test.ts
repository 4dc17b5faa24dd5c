import { switchStep } from '../../../src/engine/steps/switch.js';
import { makeContext, removeTempProjects } from '../../support/context.js';

afterAll(removeTempProjects);

const keysOf = (config: Record<string, unknown>) => switchStep.validate(config).map((i) => i.key);

describe('switch validate', () => {
  it('accepts a complete step', () => {
    expect(keysOf({ id: 's', expression: '{{ x }}', cases: { a: [] }, default: [] })).toEqual([]);
    expect(keysOf({ id: 's', expression: 'x', cases: {}, default: null })).toEqual([]);
  });

  it('requires id, expression and cases', () => {
    expect(keysOf({})).toEqual(['id', 'expression', 'cases']);
  });

  it('rejects cases that are not a mapping, and case or default branches that are not lists', () => {
    expect(keysOf({ id: 's', expression: 'x', cases: [1] })).toEqual(['cases']);
    const issues = switchStep.validate({
      id: 's',
      expression: 'x',
      cases: { a: {}, b: [], c: 'x' }
    });
    expect(issues.map((i) => i.key)).toEqual(['cases', 'cases']);
    expect(issues[0].message).toContain("'a'");
    expect(issues[1].message).toContain("'c'");
    expect(keysOf({ id: 's', expression: 'x', cases: {}, default: 'oops' })).toEqual(['default']);
  });
});

describe('switch execute', () => {
  const config = {
    id: 's',
    expression: '{{ inputs.v }}',
    cases: { approve: [{ id: 'x' }], reject: [] },
    default: [{ id: 'd' }]
  };

  it('matches the case equal to the value with surrounding whitespace stripped', async () => {
    const result = await switchStep.execute(config, makeContext({ inputs: { v: ' approve\n' } }));
    expect(result).toEqual({
      status: 'completed',
      output: { matched_case: 'approve', expression_value: ' approve\n' },
      nextSteps: [{ id: 'x' }]
    });
  });

  it('falls back to default, recorded as __default__', async () => {
    const result = await switchStep.execute(config, makeContext({ inputs: { v: 'nope' } }));
    expect(result).toEqual({
      status: 'completed',
      output: { matched_case: '__default__', expression_value: 'nope' },
      nextSteps: [{ id: 'd' }]
    });
  });

  it('compares the Python text of non-string values', async () => {
    const run = (v: unknown, cases: Record<string, unknown>) =>
      switchStep.execute(
        { id: 's', expression: '{{ inputs.v }}', cases },
        makeContext({ inputs: { v } })
      );
    expect((await run(2, { '2': [{ id: 'two' }] })).output).toEqual({
      matched_case: '2',
      expression_value: 2
    });
    expect((await run(true, { True: [] })).output.matched_case).toBe('True');
    // None matches the empty case key, not 'None'.
    expect((await run(null, { None: [], '': [{ id: 'e' }] })).output).toEqual({
      matched_case: '',
      expression_value: null
    });
  });

  it('uses an empty default when default is absent or null', async () => {
    for (const fallback of [undefined, null]) {
      const c: Record<string, unknown> = { id: 's', expression: 'y', cases: { x: [] } };
      if (fallback !== undefined) c.default = fallback;
      expect(await switchStep.execute(c, makeContext())).toMatchObject({
        status: 'completed',
        output: { matched_case: '__default__', expression_value: 'y' },
        nextSteps: []
      });
    }
  });

  it('fails on cases that are not a mapping and on a chosen branch that is not a list', async () => {
    const bad = [
      { id: 's', expression: 'x', cases: [1] },
      { id: 's', expression: 'x', cases: { x: { id: 'q' } } },
      { id: 's', expression: 'y', cases: { x: [] }, default: 'oops' }
    ];
    for (const c of bad) {
      const result = await switchStep.execute(c, makeContext());
      expect(result.status).toBe('failed');
      expect(result.output).toEqual({ matched_case: null, expression_value: c.expression });
      expect(result.error).toBeTruthy();
    }
  });

  it('matches an absent expression as the empty string', async () => {
    const result = await switchStep.execute(
      { id: 's', cases: { '': [{ id: 'e' }] } },
      makeContext()
    );
    expect(result.output).toEqual({ matched_case: '', expression_value: '' });
  });
});
