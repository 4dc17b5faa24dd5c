/**
 * A run killed with SIGKILL (the CLI, a real process) loses nothing it had
 * recorded: on resume no step or fan-out item with a completed record runs
 * again; only what was in flight when the kill came runs a second time.
 *
 * The kill is deterministic: the step that is in flight kills its own
 * driver (`kill -KILL $PPID`: a shell step's shell is a child of the CLI),
 * once, right after the steps before it have finished.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RunState } from '../../src/engine/run-state.js';
import { StepStatus } from '../../src/engine/types.js';
import { CLI, specflow } from '../support/cli.js';
import { header, tempProject } from '../support/engine-harness.js';

const linuxOnly = process.platform === 'win32' ? test.skip : test;

/** A shell command that notes one run of `name`, and kills the CLI the first time `killer` holds. */
function work(name: string, killer: string): string {
  return `echo ${name} >> runs.log; if ${killer} && [ ! -e killed ]; then touch killed; kill -KILL $PPID; sleep 5; fi`;
}

function runsOf(project: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of fs.readFileSync(path.join(project, 'runs.log'), 'utf8').split('\n')) {
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

function killedRun(project: string, workflow: string): { runId: string; state: RunState } {
  fs.writeFileSync(path.join(project, 'workflow.yml'), workflow);
  const killed = specflow(project, ['run', 'workflow.yml', '--run-id', 'killed1']);
  expect(killed.signal).toBe('SIGKILL');
  // What a resume starts from: the snapshot and its journal, as the kill left them.
  return { runId: 'killed1', state: RunState.load('killed1', project) };
}

function completedIds(state: RunState, prefix: string): string[] {
  return Object.entries(state.stepResults)
    .filter(([id, rec]) => id.startsWith(prefix) && rec.status === StepStatus.Completed)
    .map(([id]) => id);
}

beforeAll(() => {
  if (!fs.existsSync(CLI))
    throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does)`);
});

describe('after SIGKILL', () => {
  linuxOnly.each([1, 3])(
    'no fan-out item with a completed record runs again (window %i)',
    (window) => {
      const project = tempProject();
      const items = Array.from({ length: 12 }, (_, i) => i);
      const { runId, state } = killedRun(
        project,
        `${header('durable-fan')}steps:
  - id: fan
    type: fan-out
    items: ${JSON.stringify(items)}
    max_concurrency: ${window}
    step:
      id: job
      type: shell
      run: "${work('item{{ item }}', '[ {{ item }} = 7 ]')}"
`
      );
      const done = completedIds(state, 'fan:job:');
      // The window slid past items 0..7-window before the killer started: their records survived.
      for (let i = 0; i <= 7 - window; i++) expect(done).toContain(`fan:job:${i}`);
      expect(done).not.toContain('fan:job:7');

      const resumed = specflow(project, ['resume', runId, '--json']);
      expect(JSON.parse(resumed.stdout).status).toBe('completed');
      const runs = runsOf(project);
      for (const i of items) {
        const id = `fan:job:${i}`;
        if (done.includes(id)) expect([id, runs.get(`item${i}`)]).toEqual([id, 1]);
        else expect(runs.get(`item${i}`)).toBeGreaterThanOrEqual(1);
      }
      expect(runs.get('item7')).toBe(2); // in flight at the kill: run again, as it must be
    },
    30_000
  );

  linuxOnly(
    'no top-level step with a completed record runs again',
    () => {
      const project = tempProject();
      const steps = Array.from(
        { length: 8 },
        (_, i) => `  - id: s${i}
    type: shell
    run: "${work(`s${i}`, i === 5 ? 'true' : 'false')}"
`
      ).join('');
      const { runId, state } = killedRun(project, `${header('durable-steps')}steps:\n${steps}`);
      expect(completedIds(state, 's')).toEqual(['s0', 's1', 's2', 's3', 's4']);
      expect([state.currentStepIndex, state.currentStepId]).toEqual([5, 's5']);

      const resumed = specflow(project, ['resume', runId, '--json']);
      expect(JSON.parse(resumed.stdout).status).toBe('completed');
      expect(Object.fromEntries(runsOf(project))).toEqual({
        s0: 1,
        s1: 1,
        s2: 1,
        s3: 1,
        s4: 1,
        s5: 2,
        s6: 1,
        s7: 1
      });
    },
    30_000
  );
});
