import { parse as parseYaml } from 'yaml';
import {
  conditionFixHint,
  conditionHasMalformedExpressionBlock,
  conditionIsNeverEvaluated,
  suggestedConditionCorrection
} from '../../src/engine/condition-lint.js';
import {
  evaluateCondition,
  evaluateExpression,
  ExpressionDepthError,
  MAX_EXPRESSION_DEPTH,
  type ExpressionScope
} from '../../src/engine/expressions.js';
import { ExpressionError } from '../../src/engine/types.js';
import { PyFloat } from '../../src/engine/pyvalue.js';
import {
  EXPRESSION_CASES,
  REMEDIATION_CASES,
  SCOPES,
  VALIDATOR_CASES,
  type Outcome,
  type ReferenceScope
} from '../fixtures/expressions-reference.js';

function toScope(s: ReferenceScope): ExpressionScope {
  return {
    inputs: s.inputs as ExpressionScope['inputs'],
    steps: s.steps as ExpressionScope['steps'],
    item: s.item,
    fanIn: s.fan_in as ExpressionScope['fanIn'],
    runId: s.run_id as string,
    workflowDir: s.workflow_dir
  };
}

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (err) {
    if (!(err instanceof ExpressionError)) throw err;
    return { error: 'ValueError' };
  }
}

function scope(overrides: Partial<ExpressionScope> = {}): ExpressionScope {
  return {
    inputs: {},
    steps: {},
    item: null,
    fanIn: {},
    runId: '',
    workflowDir: null,
    ...overrides
  };
}

describe('agrees with the reference evaluator', () => {
  const rows = EXPRESSION_CASES.map(([scopeName, template, value, condition]) => ({
    name: `${scopeName} ${JSON.stringify(template)}`,
    scopeName,
    template,
    value,
    condition
  }));

  test.each(rows)('evaluateExpression $name', ({ scopeName, template, value }) => {
    expect(outcomeOf(() => evaluateExpression(template, toScope(SCOPES[scopeName])))).toEqual(
      value
    );
  });

  test.each(rows)('evaluateCondition $name', ({ scopeName, template, condition }) => {
    expect(outcomeOf(() => evaluateCondition(template, toScope(SCOPES[scopeName])))).toEqual(
      condition
    );
  });

  test.each(VALIDATOR_CASES.map(([c, never, malformed]) => ({ c, never, malformed })))(
    'validators on $c',
    ({ c, never, malformed }) => {
      expect(conditionIsNeverEvaluated(c)).toBe(never);
      expect(conditionHasMalformedExpressionBlock(c)).toBe(malformed);
    }
  );

  // The reference words its reasons differently; each category maps to ours.
  const reasonPhrase: Record<string, string> = {
    empty: 'no expression in it',
    quote: 'a quote in it is never closed',
    bracket: 'its brackets are unbalanced',
    operand: 'an operator in it is missing an operand',
    emptyOperand: 'one of its operands is empty',
    notAName: 'is neither a literal nor a path',
    notARoot: 'is not one of the roots an expression can read',
    badSegment: 'is not a valid path part',
    rejected: 'the evaluator would reject it'
  };

  test.each(REMEDIATION_CASES.map(([c, remedy]) => ({ c, remedy })))(
    'correction offered for $c',
    ({ c, remedy }) => {
      const hint = conditionFixHint(c);
      if ('correction' in remedy) {
        expect(suggestedConditionCorrection(c)).toBe(remedy.correction);
        expect(hint).toContain(remedy.correction);
      } else {
        expect(suggestedConditionCorrection(c)).toBeNull();
        expect(hint).toContain('No corrected form is suggested because');
        expect(hint).toContain(reasonPhrase[remedy.withheld]);
      }
    }
  );
});

describe("Python's numbers", () => {
  it('keeps an integral float a float: it renders with its .0', () => {
    expect(evaluateExpression('x {{ 2.0 }}', scope())).toBe('x 2.0');
    expect(evaluateExpression('{{ 2.0 }}', scope())).toEqual(new PyFloat(2));
    expect(evaluateExpression('{{ 2.0 }}', scope())).not.toBe(2);
  });

  it('keeps ints past 2**53 exact', () => {
    expect(evaluateExpression('{{ 9007199254740993 }}', scope())).toBe(9007199254740993n);
    expect(evaluateCondition('{{ 9007199254740993 > 9007199254740992 }}', scope())).toBe(true);
  });
});

describe('a root used whole', () => {
  it("is a fresh {} when empty, as Python's `context.steps or {}`, never the live map", () => {
    const steps = {};
    const value = evaluateExpression('{{ steps }}', scope({ steps }));
    expect(value).toEqual({});
    expect(value).not.toBe(steps);
    const filled = { a: { output: {} } } as unknown as ExpressionScope['steps'];
    expect(evaluateExpression('{{ steps }}', scope({ steps: filled }))).toBe(filled);
  });
});

describe('evaluateExpression', () => {
  it('passes non-string templates through untouched', () => {
    const list = ['{{ inputs.a }}'];
    expect(evaluateExpression(list, scope())).toBe(list);
    expect(evaluateExpression(7, scope())).toBe(7);
    expect(evaluateExpression(null, scope())).toBeNull();
    expect(evaluateExpression(true, scope())).toBe(true);
  });

  it('returns the value itself, not a copy, for a lone path', () => {
    const tags = ['a'];
    expect(evaluateExpression('{{ inputs.tags }}', scope({ inputs: { tags } }))).toBe(tags);
  });

  it('reads context.run_id and context.workflow_dir, empty when unset', () => {
    expect(evaluateExpression('{{ context }}', scope())).toEqual({ run_id: '', workflow_dir: '' });
    expect(
      evaluateExpression(
        '{{ context.run_id }}@{{ context.workflow_dir }}',
        scope({ runId: 'r1', workflowDir: '/w' })
      )
    ).toBe('r1@/w');
  });

  it('does not read inherited object properties as keys', () => {
    expect(evaluateExpression('{{ inputs.toString }}', scope())).toBeNull();
    expect(evaluateExpression('{{ inputs.hasOwnProperty }}', scope())).toBeNull();
  });

  it('treats an explicit null value like a missing one', () => {
    expect(evaluateExpression('{{ inputs.a.b }}', scope({ inputs: { a: null } }))).toBeNull();
    expect(evaluateExpression('{{ inputs.a | default(1) }}', scope({ inputs: { a: null } }))).toBe(
      1
    );
  });

  it('evaluates both sides of and/or (no short-circuit), as the reference does', () => {
    expect(() => evaluateExpression('{{ true or inputs.a | bogus }}', scope())).toThrow(
      ExpressionError
    );
    expect(() => evaluateExpression('{{ false and inputs.a | join(5) }}', scope())).toThrow(
      ExpressionError
    );
  });

  it('does not mutate the scope through filters', () => {
    const inputs = { items: [{ name: 'x' }], blob: '[1]' };
    const before = JSON.stringify(inputs);
    evaluateExpression('{{ inputs.items | map("name") | join(",") }}', scope({ inputs }));
    evaluateExpression('{{ inputs.blob | from_json }}', scope({ inputs }));
    expect(JSON.stringify(inputs)).toBe(before);
  });

  it('parses JSON objects with a __proto__ key as data', () => {
    const value = evaluateExpression(`{{ '{"__proto__": {"x": 1}}' | from_json }}`, scope());
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('expression errors name what went wrong', () => {
  const cases: Array<[string, string[]]> = [
    ['{{ inputs.tags | bogus }}', ["unknown filter 'bogus'"]],
    ['{{ inputs.tags | length }}', ["unknown filter 'length'"]],
    ["{{ inputs.tags | upper('x') }}", ["unknown filter 'upper'"]],
    ['{{ inputs.tags | join }}', ["filter 'join'", '| join']],
    ['{{ inputs.tags | map }}', ["filter 'map'"]],
    ['{{ inputs.tags | contains }}', ["filter 'contains'"]],
    ['{{ inputs.tags | default() }}', ["filter 'default'", 'default()']],
    ['{{ inputs.count | default(0) > 5 }}', ["filter 'default'", 'default(0) > 5']],
    ['{{ inputs.blob | from_json() }}', ['from_json', 'from_json()']],
    ['{{ inputs.blob | from_json extra }}', ['from_json extra']],
    ['{{ inputs.tags | join(5) }}', ['join', 'int']],
    ['{{ inputs.tags | map(none) }}', ['map', 'NoneType']],
    ['{{ inputs.text | contains(5) }}', ['contains', 'int']],
    ['{{ inputs.count | from_json }}', ['from_json', 'int']],
    ['{{ inputs.text | from_json }}', ['from_json', 'parse']]
  ];
  const s = scope({ inputs: { tags: ['a'], count: 1, blob: '[1]', text: 'hi' } });

  test.each(cases)('%s', (template, fragments) => {
    let caught: unknown;
    try {
      evaluateExpression(template, s);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ExpressionError);
    for (const fragment of fragments) expect((caught as Error).message).toContain(fragment);
  });

  test.each(['join', 'map', 'contains', 'default()', 'from_json()'])(
    'a known filter in the wrong form (| %s) is not called unknown',
    (filter) => {
      expect(() => evaluateExpression(`{{ inputs.tags | ${filter} }}`, s)).toThrow(
        /^(?![\s\S]*unknown)/
      );
    }
  );
});

describe('evaluateCondition', () => {
  it('reads true/false text in any case, ignoring surrounding whitespace', () => {
    expect(evaluateCondition('false', scope())).toBe(false);
    expect(evaluateCondition(' TRUE\n', scope())).toBe(true);
    expect(evaluateCondition('{{ inputs.out }}', scope({ inputs: { out: 'False\n' } }))).toBe(
      false
    );
  });

  it('keeps other text truthy, even whitespace', () => {
    expect(evaluateCondition('   ', scope())).toBe(true);
    expect(evaluateCondition('', scope())).toBe(false);
    expect(evaluateCondition('no', scope())).toBe(true);
  });

  it('passes booleans and other values through truthiness', () => {
    expect(evaluateCondition(true, scope())).toBe(true);
    expect(evaluateCondition(false, scope())).toBe(false);
    expect(evaluateCondition(0, scope())).toBe(false);
    expect(evaluateCondition([], scope())).toBe(false);
    expect(evaluateCondition(null, scope())).toBe(false);
  });

  it('treats NaN as true, as Python does', () => {
    expect(evaluateCondition(`{{ 'NaN' | from_json }}`, scope())).toBe(true);
  });

  it('is always true for a brace-less expression, which the validator flags', () => {
    const s = scope({ inputs: { count: 5 } });
    expect(evaluateCondition('{{ inputs.count > 100 }}', s)).toBe(false);
    expect(evaluateCondition('inputs.count > 100', s)).toBe(true);
    expect(conditionIsNeverEvaluated('inputs.count > 100')).toBe(true);
  });

  it('raises on a block truncated by an unbalanced quote', () => {
    expect(() => evaluateCondition("{{ inputs.missing | default('oops }}", scope())).toThrow(
      ExpressionError
    );
  });
});

describe('condition corrections', () => {
  const offered = REMEDIATION_CASES.filter(([, r]) => 'correction' in r).map(([c]) => c);

  test.each(offered)('the correction for %j is valid YAML and passes both validators', (c) => {
    const correction = suggestedConditionCorrection(c)!;
    const loaded = parseYaml(`condition: ${correction}`) as { condition: string };
    expect(loaded.condition.startsWith('{{ ')).toBe(true);
    expect(conditionIsNeverEvaluated(loaded.condition)).toBe(false);
    expect(conditionHasMalformedExpressionBlock(loaded.condition)).toBe(false);
  });

  it('drops stray delimiters instead of nesting them, keeping quoted ones', () => {
    expect(suggestedConditionCorrection('{{ inputs.count > 100')).toBe(
      '"{{ inputs.count > 100 }}"'
    );
    expect(suggestedConditionCorrection("{{ inputs.x == '}}'")).toBe('"{{ inputs.x == \'}}\' }}"');
    expect(suggestedConditionCorrection('{{ inputs.name == "a  b"')).toBe(
      '"{{ inputs.name == \\"a  b\\" }}"'
    );
  });

  it('keeps non-ASCII text readable', () => {
    expect(suggestedConditionCorrection("inputs.ten == 'mười'")).toBe(
      '"{{ inputs.ten == \'mười\' }}"'
    );
  });

  it('describes non-string conditions by their Python text', () => {
    expect(conditionFixHint(3)).toBe('Write it as one expression block: "{{ 3 }}".');
  });
});

describe('where the scans used to differ, the reference decides', () => {
  // The typed fast path scans only the block body for a `}}`; the block-close
  // scan of interpolation runs on to the end. Output from spec-kit's evaluator.
  it('takes the fast path when the body ends inside a quote or before a third brace', () => {
    expect(evaluateExpression("{{ 'a }}", scope())).toBeNull(); // interpolation would give ''
    expect(evaluateExpression("{{ 'x' }}}", scope())).toBeNull(); // interpolation would give 'x}'
    expect(conditionHasMalformedExpressionBlock("{{ 'a }}")).toBe(true);
  });

  it('splits at depth 0 after brackets that only balance by count, which the lint refuses', () => {
    const s = scope({ inputs: { f: 'x' } });
    expect(evaluateExpression("{{ inputs.f(] == 'x' }}", s)).toBe(false);
    expect(evaluateExpression("{{ ) inputs.f == 'x' }}", s)).toBe(false);
    expect(suggestedConditionCorrection("inputs.f(] == 'x'")).toBeNull();
    expect(conditionFixHint("inputs.f(] == 'x'")).toContain('brackets are unbalanced');
  });

  it('reads a backslash as an ordinary character, not an escape', () => {
    expect(evaluateExpression("{{ 'a\\' == 'a\\' }}", scope())).toBe(true);
    expect(evaluateExpression("{{ ['a,b', ('c,d')] }}", scope())).toEqual(['a,b', null]);
  });
});

describe('nesting bound', () => {
  const scope: ExpressionScope = {
    inputs: { x: 'v' },
    steps: {},
    item: null,
    fanIn: {},
    runId: 'r',
    workflowDir: null
  };
  const evaluate = (expr: string) => evaluateExpression(`{{ ${expr} }}`, scope);
  const chain = (op: string, n: number, operand: string) =>
    Array.from({ length: n + 1 }, () => operand).join(` ${op} `);

  test('each chained operator is a level: 959 evaluate, 960 are refused', () => {
    expect(evaluate(chain('or', 959, 'false'))).toBe(false);
    expect(evaluate(chain('and', 959, 'true'))).toBe(true);
    expect(evaluate(`${'not '.repeat(959)}true`)).toBe(false);
    for (const expr of [
      chain('or', MAX_EXPRESSION_DEPTH, 'false'),
      chain('and', MAX_EXPRESSION_DEPTH, 'true'),
      chain('==', MAX_EXPRESSION_DEPTH, '1'),
      `${'not '.repeat(MAX_EXPRESSION_DEPTH)}true`
    ]) {
      expect(() => evaluate(expr)).toThrow(ExpressionDepthError);
    }
  });

  test('each bracket and each filter argument is two levels', () => {
    const list = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
    expect(evaluate(list(479))).toBeDefined();
    expect(() => evaluate(list(480))).toThrow(ExpressionDepthError);
    const defaults = (n: number) => `inputs.x${' | default(inputs.x'.repeat(n)}${')'.repeat(n)}`;
    expect(evaluate(defaults(300))).toBe('v');
    expect(() => evaluate(defaults(480))).toThrow(/nested deeper than 960 levels/);
  });

  test('the refusal is no ValueError (the reference fails the run, not the step) and shows the expression', () => {
    const expr = chain('or', 5000, 'false');
    let caught: unknown;
    try {
      evaluate(expr);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ExpressionDepthError);
    expect(caught).not.toBeInstanceOf(ExpressionError);
    expect((caught as Error).message).toContain('"false or false or false');
    // The evaluator is usable again at full depth after a refusal.
    expect(evaluate(chain('or', 959, 'false'))).toBe(false);
  });
});
