import { WorkflowDefinition } from '../../../src/engine/definition.js';
import { getOr } from '../../../src/engine/pyvalue.js';
import { getStepType, STEP_TYPES } from '../../../src/engine/steps/index.js';
import {
  baseIssues,
  chosenSteps,
  defineStep,
  listChildren,
  parsed,
  stepLabel,
  stepListAt,
  type StepList
} from '../../../src/engine/steps/step-config.js';
import { StepStatus } from '../../../src/engine/types.js';
import { validateWorkflow } from '../../../src/engine/validate.js';
import { makeContext, removeTempProjects } from '../../support/context.js';
import { harness } from '../../support/engine-harness.js';

afterAll(removeTempProjects);

describe('step type registry', () => {
  it('registers every built-in step type under its YAML type', () => {
    expect([...STEP_TYPES.keys()].sort()).toEqual([
      'command',
      'do-while',
      'fan-in',
      'fan-out',
      'gate',
      'if',
      'init',
      'prompt',
      'shell',
      'switch',
      'while'
    ]);
    for (const [type, step] of STEP_TYPES) expect(step.type).toBe(type);
  });

  it('looks types up by name', () => {
    expect(getStepType('shell')?.type).toBe('shell');
    expect(getStepType('nope')).toBeUndefined();
  });

  it('applies the shared id rule in every type', () => {
    for (const step of STEP_TYPES.values()) {
      expect(step.validate({}).some((issue) => issue.key === 'id')).toBe(true);
    }
  });
});

describe('a new step type is its own file plus a registry entry', () => {
  // A leaf: `note` records its text, which must be a string.
  const noteStep = defineStep<{ text: string }>({
    type: 'note',
    parse(config) {
      const issues = baseIssues(config);
      if (typeof config.text !== 'string') {
        issues.push({
          message: `Note step ${stepLabel(config)}: 'text' must be a string.`,
          key: 'text'
        });
      }
      return parsed(issues, () => ({ text: config.text as string }));
    },
    async run({ text }) {
      return { status: StepStatus.Completed, output: { text } };
    }
  });
  // Control flow: `group` runs its `body`, a list of steps.
  const groupStep = defineStep<{ body: StepList }>({
    type: 'group',
    parse(config) {
      const body = stepListAt('Group', config, 'body', getOr(config, 'body', []));
      return parsed([...baseIssues(config), ...body.issues], () => ({ body: body.list }));
    },
    children: (config) => listChildren(config, ['body']),
    async run({ body }) {
      return chosenSteps(body, {});
    }
  });
  const types = new Map([...STEP_TYPES, ['note', noteStep], ['group', groupStep]]);
  const workflow = (steps: string) =>
    `schema_version: "1.0"\nworkflow: {id: w, name: W, version: "1.0.0"}\nsteps:\n${steps}`;

  it('is validated, nested steps too, through its parse and its children', () => {
    const def = WorkflowDefinition.fromString(
      workflow(
        '  - {id: g, type: group, body: [{id: n, type: note, text: 5}, {id: g, type: note, text: x}]}\n'
      ),
      'wf.yml'
    );
    expect(validateWorkflow(def, types).map((e) => [e.stepId, e.message])).toEqual([
      ['n', "Note step 'n': 'text' must be a string."],
      ['g', "Step id 'g' is used more than once."]
    ]);
  });

  it('runs, nested steps too, and fails an unparsable step with its problem', async () => {
    const h = harness([noteStep, groupStep]);
    const state = await h.run(
      workflow('  - {id: g, type: group, body: [{id: n, type: note, text: hello}]}\n'),
      {},
      'custom'
    );
    expect(state.status).toBe('completed');
    expect(state.stepResults.n).toMatchObject({ type: 'note', output: { text: 'hello' } });
    const failed = await noteStep.execute({ id: 'n', text: 5 }, makeContext());
    expect(failed).toEqual({
      status: 'failed',
      output: {},
      error: "Note step 'n': 'text' must be a string."
    });
  });
});
