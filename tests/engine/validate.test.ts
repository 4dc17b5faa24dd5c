/**
 * Workflow validation. fixtures/validate/*.yml were run through the reference
 * engine's validate_workflow (fixtures/validate/generate.py wrote
 * reference-errors.json); the wording differs by design, so parity means the
 * same problems in the same order, naming the same quoted things.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkflowDefinition, loadWorkflowFile } from '../../src/engine/definition.js';
import { STEP_TYPES } from '../../src/engine/steps/index.js';
import type { StepConfig, StepIssue, StepType } from '../../src/engine/types.js';
import {
  dispatchDefaultErrors,
  formatValidationError,
  validateWorkflow,
  type ValidationError
} from '../../src/engine/validate.js';
import { WorkflowLoadError } from '../../src/engine/yaml-source.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'validate');
const reference = JSON.parse(
  fs.readFileSync(path.join(fixtures, 'reference-errors.json'), 'utf8')
) as Record<string, { errors?: string[]; load_error?: string }>;

/** Quoted words of a message (`'x'`, `''`): the ids, keys and values it names. */
function quotedWords(message: string): string[] {
  return [...message.matchAll(/'([^'\s]*)'/g)].map((m) => m[0]);
}

/**
 * A step type whose validate() returns fixed issues, for tests independent of the real
 * steps' own rules; it holds the child steps, and keeps the rules spanning steps, of the
 * built-in type of that name.
 */
function fakeStep(type: string, issues: (config: StepConfig) => StepIssue[] = () => []): StepType {
  const builtin = STEP_TYPES.get(type);
  return {
    type,
    validate: issues,
    execute: () => Promise.reject(new Error('not run in these tests')),
    ...(builtin?.children ? { children: builtin.children } : {}),
    ...(builtin?.scopeIssues ? { scopeIssues: builtin.scopeIssues } : {})
  };
}

const fakeTypes: ReadonlyMap<string, StepType> = new Map(
  ['shell', 'gate', 'fan-in', 'fan-out', 'if', 'switch', 'while'].map((t) => [t, fakeStep(t)])
);

const HEADER = 'schema_version: "1.0"\nworkflow:\n  id: wf\n  name: W\n  version: "1.0.0"\n';

function check(text: string, types: ReadonlyMap<string, StepType> = fakeTypes): ValidationError[] {
  return validateWorkflow(WorkflowDefinition.fromString(text, 'wf.yml'), types);
}

describe('parity with the reference validate_workflow', () => {
  const files = fs
    .readdirSync(fixtures)
    .filter((f) => f.endsWith('.yml'))
    .sort();

  it('has a reference answer for every fixture', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.filter((f) => !(f in reference))).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const expected = reference[file];
    const def = loadWorkflowFile(path.join(fixtures, file));
    const errors = validateWorkflow(def, STEP_TYPES);
    const messages = errors.map((e) => e.message);
    expect(messages.length).toBe(expected.errors!.length);
    expected.errors!.forEach((refMessage, i) => {
      for (const word of quotedWords(refMessage)) {
        // The reference shows a date as datetime.date(...); we name the type instead.
        if (word.startsWith("'datetime")) continue;
        expect({ message: messages[i], word }).toEqual({
          message: expect.stringContaining(word) as string,
          word
        });
      }
    });
    for (const e of errors) {
      expect(e.file).toBe(path.join(fixtures, file));
      expect(formatValidationError(e).startsWith(`${e.file}:`)).toBe(true);
    }
  });
});

describe('positions and step ids', () => {
  it('points at the value of the offending key and names the step', () => {
    const errors = check(
      HEADER +
        [
          'steps:', //                    6
          '  - id: a', //                  7
          '    type: shell', //            8
          '    continue_on_error: "yes"', // 9
          '  - id: a', //                  10
          '    type: [shell]' //           11
        ].join('\n')
    );
    expect(errors).toEqual([
      expect.objectContaining({ stepId: 'a', line: 9, col: 24, file: 'wf.yml' }),
      expect.objectContaining({ stepId: 'a', line: 10, col: 9 }),
      expect.objectContaining({ stepId: 'a', line: 11, col: 11 })
    ]);
    expect(errors[1].message).toMatch(/'a' is used more than once/);
    expect(formatValidationError(errors[0])).toMatch(
      /^wf\.yml:9:24: Step 'a': 'continue_on_error'/
    );
  });

  it('points at the step mapping when the key is absent', () => {
    const errors = check(HEADER + 'steps:\n  - type: shell\n    run: x\n');
    expect(errors).toEqual([{ message: "A step has no 'id'.", file: 'wf.yml', line: 7, col: 5 }]);
  });

  it('points at each wait_for entry', () => {
    const errors = check(
      HEADER +
        'steps:\n  - id: a\n    type: shell\n  - id: j\n    type: fan-in\n    wait_for: [a, j, zz, 5]\n'
    );
    expect(errors.map((e) => [e.line, e.col, e.stepId])).toEqual([
      [11, 19, 'j'],
      [11, 22, 'j'],
      [11, 26, 'j']
    ]);
  });

  it('points at workflow header fields, or at the start of the workflow block when one is missing', () => {
    const errors = check(
      'workflow:\n  id: Bad\n  version: 1.0\nsteps:\n  - id: a\n    type: shell\n'
    );
    expect(errors.map((e) => [e.line, e.col])).toEqual([
      [2, 7],
      [2, 3],
      [3, 12]
    ]);
    // With no mapping under `workflow:`, the `workflow` key itself.
    const bare = check('workflow:\nsteps:\n  - id: a\n    type: shell\n');
    expect(bare.map((e) => [e.line, e.col])).toEqual([
      [1, 1],
      [1, 1]
    ]);
  });

  it('has no position for a problem with no node, and formats without one', () => {
    const def = new WorkflowDefinition({ steps: [] });
    const errors = validateWorkflow(def, fakeTypes);
    expect(errors.map((e) => [e.line, e.file])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined]
    ]);
    expect(formatValidationError(errors[0])).toBe("The workflow has no 'workflow.id'.");
    expect(formatValidationError({ message: 'm', file: 'f.yml' })).toBe('f.yml: m');
  });
});

describe('step types come from the map given', () => {
  it("reports each issue of a step type's validate at the issue's key, naming the step", () => {
    const types = new Map([
      [
        'shell',
        fakeStep('shell', (config) =>
          config.id === 'b'
            ? [{ message: 'needs a run command', key: 'run' }, { message: "Shell step 'b' is odd" }]
            : []
        )
      ]
    ]);
    const errors = check(
      HEADER + 'steps:\n  - id: a\n    type: shell\n  - id: b\n    type: shell\n    run: 5\n',
      types
    );
    expect(errors).toEqual([
      { message: "Step 'b': needs a run command", stepId: 'b', file: 'wf.yml', line: 11, col: 10 },
      { message: "Shell step 'b' is odd", stepId: 'b', file: 'wf.yml', line: 9, col: 5 }
    ]);
  });

  it('rejects types missing from the map and skips their nested steps', () => {
    const errors = check(
      HEADER + 'steps:\n  - id: a\n    type: custom\n    then:\n      - id: a\n        type: nope\n'
    );
    expect(errors.map((e) => e.message)).toEqual(["Step 'a' has an unknown type 'custom'."]);
  });

  it('defaults a missing type to command', () => {
    const errors = check(HEADER + 'steps:\n  - id: a\n');
    expect(errors.map((e) => e.message)).toEqual(["Step 'a' has an unknown type 'command'."]);
    expect(
      check(HEADER + 'steps:\n  - id: a\n', new Map([['command', fakeStep('command')]]))
    ).toEqual([]);
  });

  it('knows only the types in the map (an empty map knows none)', () => {
    const errors = check(HEADER + 'steps:\n  - id: a\n    type: fan-in\n', new Map());
    expect(errors.map((e) => e.message)).toEqual(["Step 'a' has an unknown type 'fan-in'."]);
  });

  it('checks the step lists under then/else/steps/cases/default/step of any step, as the reference does', () => {
    // A stray `then:` under a shell step never runs, but the reference's validator checks it,
    // and its ids count: the workflow is refused there too.
    const errors = check(
      HEADER +
        'steps:\n  - id: a\n    type: shell\n    then: [{id: a, type: shell}]\n  - id: b\n    type: if\n    steps: [{id: b}]\n'
    );
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [9, "Step id 'a' is used more than once."],
      [12, "Step id 'b' is used more than once."],
      [12, "Step 'b' has an unknown type 'command'."]
    ]);
  });

  it('validates nested steps with the step type of each', () => {
    const seen: string[] = [];
    const types = new Map(
      ['if', 'shell', 'fan-out', 'switch'].map((t) => [
        t,
        fakeStep(t, (config) => {
          seen.push(String(config.id));
          return [];
        })
      ])
    );
    check(
      HEADER +
        [
          'steps:',
          '  - id: a',
          '    type: if',
          '    then: [{id: b, type: shell}]',
          '    else: [{id: c, type: shell}]',
          '  - id: d',
          '    type: switch',
          '    cases: {x: [{id: e, type: shell}], y: 5}',
          '    default: [{id: f, type: shell}]',
          '  - id: g',
          '    type: fan-out',
          '    step: {id: h, type: shell}'
        ].join('\n'),
      types
    );
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});

describe('ids across nesting', () => {
  it('counts ids in branches, cases, defaults and loop bodies as one scope', () => {
    const errors = check(
      HEADER +
        [
          'steps:',
          '  - {id: a, type: if, then: [{id: b, type: shell}], else: [{id: a, type: shell}]}',
          '  - {id: s, type: switch, cases: {k: [{id: b, type: shell}]}, default: [{id: s, type: shell}]}',
          '  - {id: w, type: while, steps: [{id: w, type: shell}]}'
        ].join('\n')
    );
    expect(errors.map((e) => e.message)).toEqual([
      "Step id 'a' is used more than once.",
      "Step id 'b' is used more than once.",
      "Step id 's' is used more than once.",
      "Step id 'w' is used more than once."
    ]);
  });

  it('gives a fan-out template its own scope', () => {
    const errors = check(
      HEADER +
        'steps:\n  - {id: a, type: shell}\n  - {id: f, type: fan-out, step: {id: a, type: if, then: [{id: a, type: shell}]}}\n'
    );
    expect(errors.map((e) => e.message)).toEqual(["Step id 'a' is used more than once."]);
    expect(errors[0].line).toBe(8);
  });

  it('lets a fan-in wait for a step declared earlier inside a branch, but not later', () => {
    const errors = check(
      HEADER +
        'steps:\n  - {id: a, type: if, then: [{id: inner, type: shell}]}\n  - {id: j, type: fan-in, wait_for: [inner, later]}\n  - {id: later, type: shell}\n'
    );
    expect(errors.map((e) => e.message)).toEqual([
      "Fan-in step 'j': 'wait_for' names 'later', which is not a step declared before it."
    ]);
  });
});

describe('gate verdict_input', () => {
  const gate = (extra: string) =>
    `  - {id: g, type: gate, message: m, options: [approve, reject], ${extra}}\n`;

  it('must name a declared input', () => {
    const errors = check(HEADER + 'inputs: {v: {}}\nsteps:\n' + gate('verdict_input: w'));
    expect(errors.map((e) => e.message)).toEqual([
      "Gate step 'g': 'verdict_input' names 'w', which is not a declared input."
    ]);
  });

  it("needs '' in the input's enum when the gate retries", () => {
    const bad = check(
      HEADER + 'inputs: {v: {enum: [a]}}\nsteps:\n' + gate('verdict_input: v, on_reject: retry')
    );
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toMatch(/does not allow ''/);
    const good = check(
      HEADER + "inputs: {v: {enum: ['', a]}}\nsteps:\n" + gate('verdict_input: v, on_reject: retry')
    );
    expect(good).toEqual([]);
    const aborting = check(
      HEADER + 'inputs: {v: {enum: [a]}}\nsteps:\n' + gate('verdict_input: v, on_reject: abort')
    );
    expect(aborting).toEqual([]);
  });

  it('is not checked against a malformed inputs block (already reported once)', () => {
    const errors = check(HEADER + 'inputs: [v]\nsteps:\n' + gate('verdict_input: v'));
    expect(errors.map((e) => e.message)).toEqual(["'inputs' must be a mapping (or left out)."]);
  });

  it('is rejected anywhere inside a fan-out template', () => {
    const errors = check(
      HEADER +
        'inputs: {v: {}}\nsteps:\n  - {id: f, type: fan-out, step: {id: t, type: if, then: [{id: g, type: gate, verdict_input: v}]}}\n'
    );
    expect(errors.map((e) => e.message)).toEqual([
      "Gate step 'g': 'verdict_input' cannot be used inside a fan-out template."
    ]);
  });
});

describe('header and inputs', () => {
  it("accepts schema_version 1.0 written as a float, because str(1.0) == '1.0'", () => {
    expect(
      check('schema_version: 1.0\n' + HEADER.slice(22) + 'steps: [{id: a, type: shell}]')
    ).toEqual([]);
    expect(
      check('schema_version: 1\n' + HEADER.slice(22) + 'steps: [{id: a, type: shell}]')
    ).toHaveLength(1);
    expect(
      check('schema_version: 1.0\n' + HEADER.slice(22) + 'steps: [{id: a, type: shell}]')
    ).toEqual([]);
  });

  it("accepts Unicode digits in the version, as Python's \\d does", () => {
    const text = HEADER.replace('"1.0.0"', '"١.٢.٣"') + 'steps: [{id: a, type: shell}]';
    expect(check(text)).toEqual([]);
  });

  it('checks input defaults with the YAML types they were written with', () => {
    const errors = check(
      HEADER +
        'inputs:\n  d: {default: 2024-01-01}\n  n: {type: number, default: "1_000"}\n  f: {type: string, default: 1.0}\nsteps: [{id: a, type: shell}]'
    );
    expect(errors.map((e) => e.message)).toEqual([
      "Input 'd' has an invalid default: Input 'd' must be a string; got a date (quote it in the YAML).",
      "Input 'f' has an invalid default: Input 'f' must be a string; got 1.0."
    ]);
  });
});

describe('dispatchDefaultErrors', () => {
  it('returns the messages for workflow.integration/model/options of the wrong shape', () => {
    const def = WorkflowDefinition.fromString(
      HEADER + '  integration: 5\n  model: [x]\n  options: 3\nsteps: []\n'
    );
    expect(dispatchDefaultErrors(def)).toEqual([
      "'workflow.integration' must be a string or null, not int (5).",
      "'workflow.model' must be a string or null, not list (['x']).",
      "'workflow.options' must be a mapping or null, not int (3)."
    ]);
    expect(dispatchDefaultErrors(WorkflowDefinition.fromString(HEADER + '  options:\n'))).toEqual(
      []
    );
  });
});

describe('loading', () => {
  it('reports invalid YAML and non-mapping documents with the file name', () => {
    expect(() => WorkflowDefinition.fromString('a: [', 'x.yml')).toThrow(WorkflowLoadError);
    expect(() => WorkflowDefinition.fromString('- a', 'x.yml')).toThrow(
      /^x\.yml: a workflow must be a YAML mapping at the top level, but this document is a list$/
    );
    expect(() => WorkflowDefinition.fromString('')).toThrow(/document is empty/);
  });
});
