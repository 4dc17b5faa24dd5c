/**
 * The lifecycle both adapters call: a step that throws (a bug, not a result) still leaves the
 * run saved as failed, with the step that threw named beside the reference's current step.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startRun } from '../../src/engine/run-lifecycle.js';
import type { StepType } from '../../src/engine/types.js';
import { harness, header } from '../support/engine-harness.js';

const throwing: StepType = {
  type: 'throws',
  validate: () => [],
  execute: (_config, context) => {
    if (context.item === 2 || context.item === undefined || context.item === null) {
      return Promise.reject(new Error('the step broke'));
    }
    return Promise.resolve({ status: 'completed', output: {} } as never);
  }
};

describe('a step that throws', () => {
  test.each([
    ['at top level', `  - id: boom\n    type: throws\n`, 'boom'],
    [
      'in a fan-out item',
      `  - id: fan\n    type: fan-out\n    items: [0, 1, 2, 3]\n    max_concurrency: 1\n    step:\n      id: job\n      type: throws\n`,
      'fan:job:2'
    ]
  ])('%s: the run is failed and names the step', async (_where, steps, stepId) => {
    const h = harness([throwing]);
    const file = path.join(h.project, 'wf.yml');
    fs.writeFileSync(file, `${header()}steps:\n${steps}`);
    const result = await startRun(h.engine, { workflow: file, inputs: {}, runId: 'crash' });
    expect(result.crash).toBeInstanceOf(Error);
    expect(result.outcome).toMatchObject({ status: 'failed', failed_step_id: stepId });
    expect(h.stateFile('crash').failed_step_id).toBe(stepId);
  });
});
