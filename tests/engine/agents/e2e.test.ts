/**
 * Agent steps through the whole engine, with a stand-in `claude` on PATH:
 * the acceptance check (specify → gate → plan, pausing at the gate
 * and completing on resume, the agent's output in state.json), the example
 * spec-kit cycle, and a fan-out whose four agents really overlap.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { WorkflowEngine } from '../../../src/engine/engine.js';
import { STEP_TYPES } from '../../../src/engine/steps/index.js';
import type { StepRecord } from '../../../src/engine/types.js';
import { validateWorkflow } from '../../../src/engine/validate.js';
import { agentSandbox, type AgentSandbox } from './fake-agent.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const EXAMPLE = path.join(here, '..', '..', '..', 'examples', 'speckit-cycle', 'workflow.yml');

let sandbox: AgentSandbox;
let project: string;
beforeEach(() => {
  sandbox = agentSandbox();
  project = sandbox.context().projectRoot;
});
afterEach(() => sandbox.cleanup());

function engine(): WorkflowEngine {
  return new WorkflowEngine({
    projectRoot: project,
    env: sandbox.context().env,
    prompt: null,
    persistIntervalMs: 0
  });
}

interface SavedState {
  status: string;
  current_step_id: string | null;
  step_results: Record<string, StepRecord>;
}

function stateOnDisk(runId: string): SavedState {
  const file = path.join(project, '.specify', 'workflows', 'runs', runId, 'state.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeWorkflow(text: string): string {
  const file = path.join(project, 'workflow.yml');
  fs.writeFileSync(file, text);
  return file;
}

it('runs specify, pauses at the gate, and completes plan on resume with the output in state.json', async () => {
  sandbox.install('claude', {
    stdout: 'Wrote specs/001-albums/spec.md\n',
    stderr: 'tokens: 1234\n'
  });
  writeWorkflow(`schema_version: "1.0"
workflow:
  id: "spec-then-plan"
  name: "Spec then plan"
  version: "1.0.0"
  integration: claude
inputs:
  feature:
    type: string
    required: true
  verdict:
    type: string
    default: ""
steps:
  - id: specify
    command: speckit.specify
    input:
      args: "{{ inputs.feature }}"
  - id: review
    type: gate
    message: "Review the spec"
    options: [approve, reject]
    verdict_input: verdict
  - id: plan
    command: speckit.plan
    model: sonnet
    input:
      args: "{{ steps.specify.output.exit_code }}"
`);
  const first = engine();
  const definition = first.loadWorkflow('workflow.yml');
  expect(validateWorkflow(definition, STEP_TYPES)).toEqual([]);

  const paused = await first.execute(definition, { feature: 'photo albums' });
  expect([paused.status, paused.error]).toEqual(['paused', null]);
  let saved = stateOnDisk(paused.runId);
  expect(saved.current_step_id).toBe('review');
  expect(saved.step_results.specify).toMatchObject({
    status: 'completed',
    integration: 'claude',
    output: {
      exit_code: 0,
      dispatched: true,
      stdout: 'Wrote specs/001-albums/spec.md\n',
      stderr: 'tokens: 1234\n',
      truncated: false
    }
  });
  expect(saved.step_results.plan).toBeUndefined();
  expect(sandbox.runs('claude').map((r) => r.argv)).toEqual([
    ['-p', '/speckit-specify photo albums']
  ]);

  const done = await engine().resume(paused.runId, { verdict: 'approve' });
  expect(done.status).toBe('completed');
  saved = stateOnDisk(paused.runId);
  expect(saved.status).toBe('completed');
  expect(saved.step_results.review.output.choice).toBe('approve');
  expect(saved.step_results.plan).toMatchObject({
    status: 'completed',
    model: 'sonnet',
    output: { exit_code: 0, stdout: 'Wrote specs/001-albums/spec.md\n' }
  });
  expect(sandbox.runs('claude').map((r) => r.argv)).toEqual(
    expect.arrayContaining([['-p', '/speckit-plan 0', '--model', 'sonnet']])
  );
});

it('runs the example spec-kit cycle to the end across its three gates', async () => {
  // The stand-in answers every prompt "NO", so no clarification is needed.
  sandbox.install('claude', { stdout: 'NO' });
  fs.mkdirSync(path.join(project, '.specify'));
  fs.writeFileSync(
    path.join(project, '.specify', 'integration.json'),
    JSON.stringify({ integration: 'claude' })
  );
  const first = engine();
  const definition = first.loadWorkflow(EXAMPLE);
  expect(validateWorkflow(definition, STEP_TYPES)).toEqual([]);

  let state = await first.execute(definition, { feature: 'photo albums' });
  const verdicts = [
    { spec_review: 'approve' },
    { plan_review: 'approve' },
    { tasks_review: 'approve' }
  ];
  const pausedAt: (string | null)[] = [];
  for (const verdict of verdicts) {
    expect(state.status).toBe('paused');
    pausedAt.push(state.currentStepId);
    state = await engine().resume(state.runId, verdict);
  }
  expect(pausedAt).toEqual(['review-spec', 'review-plan', 'review-tasks']);
  expect(state.status).toBe('completed');

  const prompts = sandbox
    .runs('claude')
    .map((r) => r.argv[1])
    .sort();
  expect(prompts).toHaveLength(5);
  expect(prompts).toEqual(
    expect.arrayContaining([
      '/speckit-specify photo albums',
      '/speckit-plan photo albums',
      '/speckit-tasks',
      '/speckit-implement'
    ])
  );
  expect(prompts.some((p) => p.startsWith('Answer with exactly YES or NO'))).toBe(true);
  expect(stateOnDisk(state.runId).step_results['clarify-if-needed'].output.condition_result).toBe(
    false
  );
});

it('overlaps the agents of a four-item fan-out', async () => {
  sandbox.install('claude', {
    barrier: { dir: sandbox.scratch, count: 4 },
    stdout: 'reviewed'
  });
  writeWorkflow(`schema_version: "1.0"
workflow:
  id: "parallel-review"
  name: "Parallel review"
  version: "1.0.0"
  integration: claude
steps:
  - id: review
    type: fan-out
    items: ["api", "ui", "db", "docs"]
    max_concurrency: 4
    step:
      id: review-area
      type: prompt
      prompt: "Review the {{ item }} code"
  - id: collect
    type: fan-in
    wait_for: [review]
`);
  const runner = engine();
  const state = await runner.execute(runner.loadWorkflow('workflow.yml'), {});
  expect([state.status, state.error]).toEqual(['completed', null]);
  const outputs = Object.values(stateOnDisk(state.runId).step_results)
    .filter((r) => r.type === 'prompt')
    .map((r) => [r.status, r.output.exit_code, r.output.stdout]);
  expect(outputs).toEqual(Array(4).fill(['completed', 0, 'reviewed']));
  expect(
    sandbox
      .runs('claude')
      .map((r) => r.argv[1])
      .sort()
  ).toEqual([
    'Review the api code',
    'Review the db code',
    'Review the docs code',
    'Review the ui code'
  ]);
});
