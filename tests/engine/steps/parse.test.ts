/**
 * Each step type reads its settings once (`parse`, through defineStep):
 * validate() shows every issue, and execute() fails an unparsable step with
 * the first problem, in the same words, before it does anything.
 */
import { WorkflowDefinition } from '../../../src/engine/definition.js';
import { STEP_TYPES } from '../../../src/engine/steps/index.js';
import { fanInStep } from '../../../src/engine/steps/fan-in.js';
import { ifStep } from '../../../src/engine/steps/if.js';
import { switchStep } from '../../../src/engine/steps/switch.js';
import { whileStep } from '../../../src/engine/steps/while.js';
import { doWhileStep } from '../../../src/engine/steps/do-while.js';
import type { StepConfig } from '../../../src/engine/types.js';
import { makeContext, removeTempProjects } from '../../support/context.js';

afterAll(removeTempProjects);

/** Configs that cannot run, per type; none starts a process or reads an expression. */
const UNPARSABLE: [string, StepConfig, string][] = [
  ['command', { id: 's', command: 5 }, "'command' must be a string, not int."],
  ['command', { id: 's', command: 'c', input: 'x' }, "'input' must be a mapping"],
  ['command', { id: 's', command: 'c', options: [1] }, "'options' must be a mapping"],
  ['command', { id: 's', command: 'c', integration: ['claude'] }, "'integration' must be"],
  ['prompt', { id: 'p', prompt: 'x', model: { a: 1 } }, "'model' must be a string, not dict."],
  ['prompt', { id: 'p', prompt: 'x', timeout: '30' }, "'timeout' must be a number of seconds"],
  ['shell', { id: 's', run: 'echo ran', timeout: 0 }, "'timeout' must be a number of seconds"],
  ['gate', { id: 'g', message: 'm', on_reject: 'later' }, "'on_reject' must be one of"],
  ['gate', { id: 'g', message: 'm', options: ['a', 1] }, 'every option must be a string'],
  ['fan-in', { id: 'j', wait_for: 'a' }, "'wait_for' must be a non-empty list of step ids"],
  ['fan-in', { id: 'j', wait_for: ['a'], output: 3 }, "'output' must be a mapping"],
  ['fan-out', { id: 'f', items: [1], step: 'x' }, "'step' must be a mapping"]
];

describe('a step whose settings do not parse', () => {
  it.each(UNPARSABLE)(
    '%s %j fails with the message validation shows',
    async (type, config, words) => {
      const step = STEP_TYPES.get(type)!;
      const shown = step.validate(config).map((issue) => issue.message);
      const result = await step.execute(config, makeContext());
      expect(result.status).toBe('failed');
      expect(result.error).toContain(words);
      expect(shown).toContain(result.error);
    }
  );

  it('fails with the first problem in validation order (the reference checks in another order)', async () => {
    // The reference's run would name the integration (it checks options last) and the output.
    const command = await STEP_TYPES.get('command')!.execute(
      { id: 's', command: 'c', options: [1], integration: ['x'] },
      makeContext()
    );
    expect(command.error).toContain("'options'");
    const fanIn = await fanInStep.execute({ id: 'j', wait_for: 'a', output: 3 }, makeContext());
    expect(fanIn).toEqual({
      status: 'failed',
      output: { results: [] },
      error: "Fan-in step 'j': 'wait_for' must be a non-empty list of step ids, not str."
    });
  });

  it('fails a fan-in on a wait_for entry that is no id, which workflow validation reports per entry', async () => {
    const config = { id: 'j', wait_for: ['a', 5] };
    expect(fanInStep.validate(config)).toEqual([]);
    expect((await fanInStep.execute(config, makeContext())).error).toBe(
      "Fan-in step 'j': 'wait_for' entries must be step id strings, not int (5)."
    );
  });
});

describe('advisory issues: validation refuses them, a run goes on as the reference does', () => {
  it('runs a switch without cases or expression, and loops with an unusable max_iterations', async () => {
    const sw = { id: 's' };
    expect(switchStep.validate(sw).map((i) => i.key)).toEqual(['expression', 'cases']);
    expect(await switchStep.execute(sw, makeContext())).toMatchObject({
      status: 'completed',
      output: { matched_case: '__default__', expression_value: '' }
    });
    const loop = { id: 'w', condition: true, max_iterations: 0, steps: [] };
    expect(whileStep.validate(loop).map((i) => i.key)).toEqual(['max_iterations']);
    expect(await whileStep.execute(loop, makeContext())).toMatchObject({
      status: 'completed',
      output: { max_iterations: 0 }
    });
  });

  it('evaluates a plain-text condition (lint only: it always holds)', async () => {
    const config = { id: 'i', condition: 'yes', then: [{ id: 'x' }] };
    expect(ifStep.validate(config).map((i) => i.key)).toEqual(['condition']);
    expect(await ifStep.execute(config, makeContext())).toMatchObject({
      status: 'completed',
      nextSteps: [{ id: 'x' }]
    });
  });
});

describe('branches that are not lists fail the step only when chosen, as in the reference', () => {
  it('if: a bad else does not stop a true condition; a bad then does', async () => {
    const badElse = { id: 'i', condition: true, then: [], else: 'oops' };
    expect(ifStep.validate(badElse).map((i) => i.message)).toEqual([
      "If step 'i': 'else' must be a list of steps, not str."
    ]);
    expect((await ifStep.execute(badElse, makeContext())).status).toBe('completed');
    expect(await ifStep.execute({ id: 'i', condition: true, then: 'oops' }, makeContext())).toEqual(
      {
        status: 'failed',
        output: { condition_result: true },
        error: "If step 'i': 'then' must be a list of steps, not str."
      }
    );
  });

  it('switch: names a case by its key as written, in validation and in a run', async () => {
    const def = { id: 's', expression: '1', cases: { 1: 'oops' } };
    // Written in YAML, so the key is the integer 1, not the text '1'.
    const steps = WorkflowDefinition.fromString(
      'schema_version: "1.0"\nworkflow: {id: w, name: W, version: "1.0.0"}\n' +
        'steps:\n  - {id: s, type: switch, expression: "1", cases: {1: oops, b: []}}\n',
      'wf.yml'
    ).steps as StepConfig[];
    const written = steps[0];
    const message = "Switch step 's': case 1 must be a list of steps, not str.";
    expect(switchStep.validate(written).map((i) => i.message)).toEqual([message]);
    expect(await switchStep.execute(written, makeContext())).toEqual({
      status: 'failed',
      output: { matched_case: null, expression_value: '1' },
      error: message
    });
    // An unchosen bad case does not matter to a run.
    expect((await switchStep.execute({ ...def, expression: 'b' }, makeContext())).status).toBe(
      'completed'
    );
  });

  it('do-while: the body always runs, so it must be a list', async () => {
    expect(await doWhileStep.execute({ id: 'd', condition: 'x', steps: 3 }, makeContext())).toEqual(
      {
        status: 'failed',
        output: { condition: 'x', max_iterations: 10, loop_type: 'do-while' },
        error: "Do-while step 'd': 'steps' must be a list of steps, not int."
      }
    );
  });
});
