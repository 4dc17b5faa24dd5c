/**
 * When a resumed fan-out keeps an item's recorded result instead of running
 * it again (issue point 1). The reference re-runs the whole fan-out; specflow
 * reuses an item only where the result is provably the same, and never
 * across a gate. Work is counted with shell steps appending to `runs.log`;
 * nothing depends on timing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPrivateTo } from '../../src/engine/item-reuse.js';
import type { RunState } from '../../src/engine/run-state.js';
import {
  StepStatus,
  type GatePrompt,
  type StepConfig,
  type StepContext,
  type StepType
} from '../../src/engine/types.js';
import { deferred, harness, header, settle, type Harness } from '../support/engine-harness.js';

/** The lines appended to runs.log since it was last cleared. */
function runs(h: Harness): string[] {
  const file = path.join(h.project, 'runs.log');
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8').trim();
  return text === '' ? [] : text.split('\n');
}

function clearRuns(h: Harness): void {
  fs.writeFileSync(path.join(h.project, 'runs.log'), '');
}

function touch(h: Harness, name: string, text = ''): void {
  fs.writeFileSync(path.join(h.project, name), text);
}

function runFile(h: Harness, runId: string, name: string): string {
  return path.join(h.project, '.specify', 'workflows', 'runs', runId, name);
}

/** Edit the run's saved workflow definition (what resume executes). */
function editDefinition(h: Harness, runId: string, from: string, to: string): void {
  const file = runFile(h, runId, 'workflow.yml');
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

/** Rewrite the run's state.json. */
function editState(
  h: Harness,
  runId: string,
  edit: (state: Record<string, unknown>) => void
): void {
  const file = runFile(h, runId, 'state.json');
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(state);
  fs.writeFileSync(file, JSON.stringify(state, null, 2));
}

/** A second engine on the same project whose gate prompt answers `choice` and counts questions. */
function answering(
  h: Harness,
  choice: string,
  extraTypes: StepType[] = []
): { h: Harness; asked: string[] } {
  const asked: string[] = [];
  const prompt: GatePrompt = async (text) => {
    asked.push(text);
    return choice;
  };
  return { h: harness(extraTypes, { projectRoot: h.project, prompt }), asked };
}

function results(state: RunState, stepId = 'fan'): unknown[] {
  return state.stepResults[stepId].output.results as unknown[];
}

/** A shell fan-out whose item `c` fails until the file `fixed` exists. */
const shellFan = (items = "['a', 'b', 'c']", extra = '') => `${header()}${extra}steps:
  - id: fan
    type: fan-out
    items: "{{ ${items} }}"
    step:
      id: job
      type: shell
      run: "echo {{ item }} >> runs.log; if [ {{ item }} = c ] && [ ! -f fixed ]; then exit 3; fi; echo done-{{ item }}"
  - id: after
    type: shell
    run: "echo after >> runs.log"
`;

describe('a gate inside a fan-out item is never skipped on resume', () => {
  // Item `a` runs some work, then a gate that nobody can answer in this process.
  const gatedIf = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    step:
      id: check
      type: if
      condition: "{{ item == 'a' }}"
      then:
        - id: work
          type: shell
          run: "echo work-{{ item }} >> runs.log"
        - id: approve
          type: gate
          message: "Approve {{ item }}?"
  - id: after
    type: shell
    run: "echo after >> runs.log"
`;

  test('the item whose if step completed while its gate paused runs again and pauses at the gate again', async () => {
    const h = harness();
    const first = await h.run(gatedIf, {}, 'gate-if');
    expect(first.status).toBe('paused');
    expect(first.stepResults['fan:check:0'].status).toBe(StepStatus.Completed);
    expect(first.stepResults.approve.status).toBe(StepStatus.Paused);
    expect(runs(h)).toEqual(['work-a']);

    for (let attempt = 0; attempt < 2; attempt++) {
      clearRuns(h);
      const again = await h.resume('gate-if');
      expect(again.status).toBe('paused');
      expect(again.currentStepId).toBe('approve');
      expect(again.stepResults.approve.status).toBe(StepStatus.Paused);
      expect(again.stepResults.after).toBeUndefined();
      // The whole item ran again, the gate included; item b never started.
      expect(runs(h)).toEqual(['work-a']);
    }

    // Only an answer gets the run past the gate.
    const { h: withPrompt, asked } = answering(h, 'approve');
    clearRuns(h);
    const done = await withPrompt.resume('gate-if');
    expect(asked).toEqual(['Approve a?']);
    expect(done.status).toBe('completed');
    expect(done.stepResults.approve.output.choice).toBe('approve');
    expect(runs(h)).toEqual(['work-a', 'after']);
  });

  test('a gate that was answered is asked again: its answer is not reused', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    step:
      id: check
      type: if
      condition: "{{ item == 'a' }}"
      then:
        - id: approve
          type: gate
          message: "Approve {{ item }}?"
      else:
        - id: late
          type: shell
          run: "[ -f fixed ]"
  - id: after
    type: shell
    run: "echo after >> runs.log"
`;
    const { h: withPrompt, asked } = answering(h, 'approve');
    const first = await withPrompt.run(yaml, {}, 'answered');
    expect(asked).toEqual(['Approve a?']);
    expect(first.status).toBe('failed');
    expect(first.stepResults.approve.output.choice).toBe('approve');

    touch(h, 'fixed');
    // Nobody to answer now: the earlier answer does not carry the run past the gate.
    const unanswered = await h.resume('answered');
    expect(unanswered.status).toBe('paused');
    expect(unanswered.currentStepId).toBe('approve');
    expect(unanswered.stepResults.approve.output.choice).toBeNull();
    expect(unanswered.stepResults.after).toBeUndefined();

    const done = await withPrompt.resume('answered');
    expect(asked).toEqual(['Approve a?', 'Approve a?']);
    expect(done.status).toBe('completed');
  });

  test('fan-out items that are gates themselves are asked again', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    step:
      id: ok
      type: gate
      message: "Approve {{ item }}?"
  - id: late
    type: shell
    run: "[ -f fixed ]"
`;
    const { h: withPrompt, asked } = answering(h, 'approve');
    expect((await withPrompt.run(yaml, {}, 'gate-items')).status).toBe('failed');
    expect(asked).toEqual(['Approve a?', 'Approve b?']);
    // The failed step is after the fan-out: resuming there does not touch the gates.
    touch(h, 'fixed');
    expect((await h.resume('gate-items')).status).toBe('completed');

    // A failure inside the fan-out brings the fan-out back: both gates are asked again.
    const inside = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b', 'c'] }}"
    step:
      id: check
      type: if
      condition: "{{ item != 'c' }}"
      then:
        - id: ok
          type: gate
          message: "Approve {{ item }}?"
      else:
        - id: late
          type: shell
          run: "[ -f fixed2 ]"
`;
    asked.length = 0;
    expect((await withPrompt.run(inside, {}, 'gate-items-2')).status).toBe('failed');
    touch(h, 'fixed2');
    const unanswered = await h.resume('gate-items-2');
    expect(unanswered.status).toBe('paused');
    expect(unanswered.currentStepId).toBe('ok');
    const done = await withPrompt.resume('gate-items-2');
    expect(done.status).toBe('completed');
    expect(asked).toEqual(['Approve a?', 'Approve b?', 'Approve a?', 'Approve b?']);
  });

  test('a gate in an inner fan-out of the item pauses the run again', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    step:
      id: inner
      type: fan-out
      items: "{{ [item] }}"
      step:
        id: ok
        type: gate
        message: "Approve {{ item }}?"
  - id: after
    type: shell
    run: "echo after >> runs.log"
`;
    const first = await h.run(yaml, {}, 'inner-gate');
    expect(first.status).toBe('paused');
    // The item's own record is a completed fan-out step; the gate below it paused.
    expect(first.stepResults['fan:inner:0'].status).toBe(StepStatus.Completed);
    expect(first.stepResults['fan:inner:0:ok:0'].status).toBe(StepStatus.Paused);
    const again = await h.resume('inner-gate');
    expect(again.status).toBe('paused');
    expect(again.currentStepId).toBe('fan:inner:0:ok:0');
    expect(again.stepResults.after).toBeUndefined();
    expect(runs(h)).toEqual([]);
  });

  test('with items running at once, the paused item pauses again while a finished one is kept', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    max_concurrency: 2
    step:
      id: check
      type: if
      condition: "{{ item == 'a' }}"
      then:
        - id: approve
          type: gate
          message: "Approve {{ item }}?"
      else:
        - id: work
          type: shell
          run: "echo work-{{ item }} >> runs.log"
  - id: after
    type: shell
    run: "echo after >> runs.log"
`;
    expect((await h.run(yaml, {}, 'window-gate')).status).toBe('paused');
    expect(runs(h)).toEqual(['work-b']);
    clearRuns(h);
    const again = await h.resume('window-gate');
    expect(again.status).toBe('paused');
    expect(again.currentStepId).toBe('approve');
    expect(runs(h)).toEqual([]);
    const { h: withPrompt } = answering(h, 'approve');
    const done = await withPrompt.resume('window-gate');
    expect(done.status).toBe('completed');
    // b was never run again; its record is the one it left.
    expect(runs(h)).toEqual(['after']);
    expect(done.stepResults.work.status).toBe(StepStatus.Completed);
  });
});

describe('a gate is never reused even when a later record takes its id', () => {
  // Step ids are unique per scope only: a nested template may reuse a gate's id
  // for a shell step, whose record then replaces the gate's under that id.
  /** Completes once the record `gate` names is paused (the gate has halted the run). */
  const waitForPausedGate: StepType = {
    type: 'wait-for-paused-gate',
    validate: () => [],
    async execute(config, context) {
      const id = String(config.gate);
      for (let turn = 0; turn < 10_000; turn++) {
        if (context.steps[id]?.status === StepStatus.Paused) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return { status: StepStatus.Completed, output: {} };
    }
  };

  test('a paused gate whose record a sibling overwrote pauses again on resume', async () => {
    const h = harness([waitForPausedGate]);
    const yaml = `${header()}steps:
  - id: review
    type: fan-out
    items: "{{ ['pr-1'] }}"
    step:
      id: per-pr
      type: fan-out
      items: "{{ ['human', 'bot'] }}"
      max_concurrency: 2
      step:
        id: lane
        type: if
        condition: "{{ item == 'human' }}"
        then:
          - id: approval
            type: gate
            message: "Approve the change?"
        else:
          - id: hold
            type: wait-for-paused-gate
            gate: approval
          - id: wrap
            type: fan-out
            items: "{{ ['x'] }}"
            step:
              id: w
              type: if
              condition: "{{ true }}"
              then:
                - id: approval
                  type: shell
                  run: "true"
  - id: deploy
    type: shell
    run: "echo deployed >> runs.log"
`;
    const first = await h.run(yaml, {}, 'overwritten-gate');
    expect(first.status).toBe('paused');
    // The sibling's shell record now stands under the gate's id.
    expect(first.stepResults.approval.type).toBe('shell');
    for (let attempt = 0; attempt < 2; attempt++) {
      const again = await h.resume('overwritten-gate');
      expect(again.status).toBe('paused');
      expect(again.stepResults.deploy).toBeUndefined();
    }
    expect(runs(h)).toEqual([]);
    const { h: withPrompt, asked } = answering(h, 'approve', [waitForPausedGate]);
    const done = await withPrompt.resume('overwritten-gate');
    expect(asked).toEqual(['Approve the change?']);
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['deployed']);
  });

  test('an answered gate whose id a later nested step reused is asked again', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: review
    type: fan-out
    items: "{{ ['pr-1', 'pr-2'] }}"
    step:
      id: lane
      type: if
      condition: "{{ item == 'pr-1' }}"
      then:
        - id: approval
          type: gate
          message: "Approve {{ item }}?"
        - id: wrap
          type: fan-out
          items: "{{ ['x'] }}"
          step:
            id: w
            type: if
            condition: "{{ true }}"
            then:
              - id: approval
                type: shell
                run: "true"
      else:
        - id: check
          type: shell
          run: "[ -f ok ]"
  - id: deploy
    type: shell
    run: "echo deployed >> runs.log"
`;
    const { h: withPrompt, asked } = answering(h, 'approve');
    const first = await withPrompt.run(yaml, {}, 'answered-overwritten');
    expect(asked).toEqual(['Approve pr-1?']);
    expect(first.status).toBe('failed');
    touch(h, 'ok');
    const unanswered = await h.resume('answered-overwritten');
    expect(unanswered.status).toBe('paused');
    expect(unanswered.stepResults.deploy).toBeUndefined();
    expect(runs(h)).toEqual([]);
  });
});

describe('legitimate reuse: a completed item with nothing changed does not run again', () => {
  test('a shell item, resumed twice, runs once; results stay in item order', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b', 'c'] }}"
    step:
      id: job
      type: shell
      run: "echo {{ item }} >> runs.log; if [ {{ item }} = c ] && [ ! -f fixed ]; then exit 3; fi; echo done-{{ item }}"
`;
    expect((await h.run(yaml, {}, 'plain')).status).toBe('failed');
    expect(runs(h)).toEqual(['a', 'b', 'c']);
    clearRuns(h);
    // Still failing: a and b are kept, c runs again.
    expect((await h.resume('plain')).status).toBe('failed');
    expect(runs(h)).toEqual(['c']);
    touch(h, 'fixed');
    clearRuns(h);
    const done = await h.resume('plain');
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['c']);
    expect(results(done).map((r) => (r as { stdout: string }).stdout)).toEqual([
      'done-a\n',
      'done-b\n',
      'done-c\n'
    ]);
    const reused = h.logLines('plain').filter((e) => e.event === 'fan_out_item_reused');
    expect(reused.map((e) => e.step_id)).toEqual([
      'fan:job:0',
      'fan:job:1',
      'fan:job:0',
      'fan:job:1'
    ]);
    // A completed run keeps nothing to reuse.
    expect(h.stateFile('plain').fan_out_reuse).toEqual({});
  });

  test('the same input values given again on resume still reuse', async () => {
    const h = harness();
    const yaml = shellFan(
      "['a', inputs.second, 'c']",
      'inputs:\n  second: { type: string, default: b }\n'
    );
    expect((await h.run(yaml, { second: 'b' }, 'same-inputs')).status).toBe('failed');
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('same-inputs', { second: 'b' })).status).toBe('completed');
    expect(runs(h)).toEqual(['c', 'after']);
  });

  test('numbers survive the trip through the run files: float items and inputs still keep', async () => {
    // Inputs come back from inputs.json and records from state.json; their
    // fingerprints must read the same as when the items ran.
    const h = harness();
    const yaml = shellFan(
      "[1.5, 2.0, inputs.ratio, 1e20, 'c']",
      'inputs:\n  ratio: { type: number, default: 0.25 }\n'
    );
    expect((await h.run(yaml, { ratio: '0.75' }, 'numbers')).status).toBe('failed');
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('numbers')).status).toBe('completed');
    expect(runs(h)).toEqual(['c', 'after']);
  });

  test('an item that reads an earlier step record is kept while that record is the same', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: outer
    type: if
    condition: "true"
    then:
      - id: prep
        type: shell
        run: "cat prep.txt"
      - id: fan
        type: fan-out
        items: "{{ ['a', 'b'] }}"
        step:
          id: job
          type: shell
          run: "echo {{ item }}-{{ steps.prep.output.stdout }} >> runs.log; [ {{ item }} != b ] || [ -f fixed ]"
`;
    touch(h, 'prep.txt', 'x');
    expect((await h.run(yaml, {}, 'reads-same')).status).toBe('failed');
    expect(runs(h)).toEqual(['a-x', 'b-x']);
    touch(h, 'fixed');
    clearRuns(h);
    // `outer` runs again, and with it `prep`, which gives the same record: a is kept.
    expect((await h.resume('reads-same')).status).toBe('completed');
    expect(runs(h)).toEqual(['b-x']);
  });

  test('nested records of a reused item are written again, so steps.<id> shows the last item', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b', 'c'] }}"
    max_concurrency: 3
    step:
      id: check
      type: if
      condition: "{{ item == 'a' }}"
      then:
        - id: late
          type: shell
          run: "echo late-{{ item }} >> runs.log; [ -f fixed ]"
      else:
        - id: work
          type: shell
          run: "echo work-{{ item }} >> runs.log; printf {{ item }}"
  - id: after
    type: shell
    run: "echo after-{{ steps.work.output.stdout }} >> runs.log"
`;
    const first = await h.run(yaml, {}, 'nested-replay');
    expect(first.status).toBe('failed');
    expect(runs(h).sort()).toEqual(['late-a', 'work-b', 'work-c']);
    // Make c's `work` record the one on disk to be something else: b's.
    editState(h, 'nested-replay', (state) => {
      const steps = state.step_results as Record<string, { output: { stdout: string } }>;
      steps.work.output.stdout = 'b';
    });
    touch(h, 'fixed');
    clearRuns(h);
    const done = await h.resume('nested-replay');
    expect(done.status).toBe('completed');
    // b and c are kept; c's nested record is written back after b's, as a re-run would.
    expect(runs(h)).toEqual(['late-a', 'after-c']);
    expect(done.stepResults.work.output.stdout).toBe('c');
  });

  test('a loop template keeps its passes under its own ids; item 1 never claims item 10', async () => {
    const h = harness();
    const items = Array.from({ length: 11 }, (_, i) => i).join(', ');
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ [${items}] }}"
    step:
      id: loop
      type: do-while
      condition: "true"
      max_iterations: 2
      steps:
        - id: body
          type: shell
          run: "if [ -f seen-{{ item }} ] && [ {{ item }} = 10 ] && [ ! -f fixed ]; then exit 1; fi; touch seen-{{ item }}; echo {{ item }} >> runs.log"
`;
    const first = await h.run(yaml, {}, 'loop-ids');
    expect(first.status).toBe('failed');
    expect(first.stepResults['fan:loop:10:body:1'].status).toBe(StepStatus.Failed);
    const entries = h.stateFile('loop-ids').fan_out_reuse as Record<
      string,
      { private: Record<string, string> }
    >;
    expect(Object.keys(entries['fan:loop:1'].private)).toEqual(['fan:loop:1:body:1']);
    expect(entries['fan:loop:10']).toBeUndefined();
    touch(h, 'fixed');
    for (let i = 0; i <= 10; i++) fs.rmSync(path.join(h.project, `seen-${i}`));
    clearRuns(h);
    const done = await h.resume('loop-ids');
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['10', '10']);
    expect(done.stepResults['fan:loop:10:body:1'].status).toBe(StepStatus.Completed);
  });
});

describe('each way reuse could be wrong re-runs the item instead', () => {
  test('a changed item value runs again; the unchanged ones are kept', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: outer
    type: if
    condition: "true"
    then:
      - id: list
        type: shell
        run: "cat list.json"
      - id: fan
        type: fan-out
        items: "{{ steps.list.output.stdout | from_json }}"
        step:
          id: job
          type: shell
          run: "echo {{ item }} >> runs.log; [ {{ item }} != c ] || [ -f fixed ]"
`;
    touch(h, 'list.json', '["a", "b", "c"]');
    expect((await h.run(yaml, {}, 'item-changed')).status).toBe('failed');
    touch(h, 'list.json', '["a", "B2", "c"]');
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('item-changed')).status).toBe('completed');
    expect(runs(h)).toEqual(['B2', 'c']);
  });

  test('an item equal only by Python equality (1 and true) runs again', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: outer
    type: if
    condition: "true"
    then:
      - id: list
        type: shell
        run: "cat list.json"
      - id: fan
        type: fan-out
        items: "{{ steps.list.output.stdout | from_json }}"
        step:
          id: job
          type: shell
          run: "echo {{ item }} >> runs.log; [ {{ item }} != 2 ] || [ -f fixed ]"
`;
    touch(h, 'list.json', '[1, 2]');
    expect((await h.run(yaml, {}, 'item-type')).status).toBe('failed');
    touch(h, 'list.json', '[true, 2]');
    touch(h, 'fixed');
    clearRuns(h);
    const done = await h.resume('item-type');
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['True', '2']);
  });

  test('a changed template runs every item again', async () => {
    const h = harness();
    expect((await h.run(shellFan(), {}, 'template-changed')).status).toBe('failed');
    editDefinition(h, 'template-changed', 'echo done-{{ item }}', 'echo finished-{{ item }}');
    touch(h, 'fixed');
    clearRuns(h);
    const done = await h.resume('template-changed');
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['a', 'b', 'c', 'after']);
    expect((results(done)[0] as { stdout: string }).stdout).toBe('finished-a\n');
  });

  test('a change elsewhere in the workflow definition runs every item again', async () => {
    const h = harness();
    expect((await h.run(shellFan(), {}, 'definition-changed')).status).toBe('failed');
    editDefinition(h, 'definition-changed', 'echo after >> runs.log', 'echo later >> runs.log');
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('definition-changed')).status).toBe('completed');
    expect(runs(h)).toEqual(['a', 'b', 'c', 'later']);
  });

  test('without the saved copy, the installed workflow is compared: the same keeps, a change re-runs', async () => {
    const h = harness();
    const installed = path.join(h.project, '.specify', 'workflows', 'sample', 'workflow.yml');
    fs.mkdirSync(path.dirname(installed), { recursive: true });
    fs.writeFileSync(installed, shellFan("['a', 'b', 'c', 'd']"));
    const definition = h.engine.loadWorkflow('sample');
    for (const runId of ['installed-same', 'installed-changed']) {
      expect((await h.engine.execute(definition, {}, runId)).status).toBe('failed');
      fs.rmSync(runFile(h, runId, 'workflow.yml'));
    }
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('installed-same')).status).toBe('completed');
    expect(runs(h)).toEqual(['c', 'd', 'after']);
    fs.writeFileSync(
      installed,
      shellFan("['a', 'b', 'c', 'd']").replace('echo after', 'echo later')
    );
    clearRuns(h);
    expect((await h.resume('installed-changed')).status).toBe('completed');
    expect(runs(h)).toEqual(['a', 'b', 'c', 'd', 'later']);
  });

  test('new input values run every item again, even ones that do not use them', async () => {
    const h = harness();
    const yaml = shellFan("['a', 'b', 'c']", 'inputs:\n  note: { type: string, default: one }\n');
    expect((await h.run(yaml, {}, 'inputs-changed')).status).toBe('failed');
    touch(h, 'fixed');
    clearRuns(h);
    const done = await h.resume('inputs-changed', { note: 'two' });
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['a', 'b', 'c', 'after']);
  });

  test('an item whose nested step failed (continue_on_error) runs again', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    step:
      id: check
      type: if
      condition: "{{ item == 'a' }}"
      then:
        - id: flaky
          type: shell
          continue_on_error: true
          run: "echo {{ item }} >> runs.log; [ -f fixed ]"
      else:
        - id: late
          type: shell
          run: "[ -f fixed ]"
`;
    const first = await h.run(yaml, {}, 'nested-failed');
    expect(first.status).toBe('failed');
    expect(first.stepResults['fan:check:0'].status).toBe(StepStatus.Completed);
    expect(first.stepResults.flaky.status).toBe(StepStatus.Failed);
    touch(h, 'fixed');
    clearRuns(h);
    const done = await h.resume('nested-failed');
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['a']);
    expect(done.stepResults.flaky.status).toBe(StepStatus.Completed);
  });

  test('an item that read a step record which has changed runs again', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: outer
    type: if
    condition: "true"
    then:
      - id: prep
        type: shell
        run: "cat prep.txt"
      - id: fan
        type: fan-out
        items: "{{ ['a', 'b'] }}"
        step:
          id: job
          type: shell
          run: "echo {{ item }}-{{ steps.prep.output.stdout }} >> runs.log; [ {{ item }} != b ] || [ -f fixed ]"
`;
    touch(h, 'prep.txt', 'x');
    expect((await h.run(yaml, {}, 'reads-changed')).status).toBe('failed');
    touch(h, 'prep.txt', 'y');
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('reads-changed')).status).toBe('completed');
    expect(runs(h)).toEqual(['a-y', 'b-y']);
  });

  test('an item that looked at all step records at once runs again', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    step:
      id: check
      type: if
      condition: "{{ steps }}"
      then:
        - id: job
          type: shell
          run: "echo {{ item }} >> runs.log; [ {{ item }} != b ] || [ -f fixed ]"
`;
    expect((await h.run(yaml, {}, 'reads-all')).status).toBe('failed');
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('reads-all')).status).toBe('completed');
    expect(runs(h)).toEqual(['a', 'b']);
  });

  test("an item's record that changed on disk runs again", async () => {
    const h = harness();
    expect((await h.run(shellFan(), {}, 'record-changed')).status).toBe('failed');
    editState(h, 'record-changed', (state) => {
      const steps = state.step_results as Record<string, { output: { stdout: string } }>;
      steps['fan:job:0'].output.stdout = 'forged\n';
    });
    touch(h, 'fixed');
    clearRuns(h);
    const done = await h.resume('record-changed');
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['a', 'c', 'after']);
    expect((results(done)[0] as { stdout: string }).stdout).toBe('done-a\n');
  });

  test('a run saved without the reuse entries (as the reference saves it) runs every item again', async () => {
    const h = harness();
    expect((await h.run(shellFan(), {}, 'no-entries')).status).toBe('failed');
    editState(h, 'no-entries', (state) => {
      expect(Object.keys(state.fan_out_reuse as object)).toEqual(['fan:job:0', 'fan:job:1']);
      delete state.fan_out_reuse;
    });
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('no-entries')).status).toBe('completed');
    expect(runs(h)).toEqual(['a', 'b', 'c', 'after']);
  });

  test('an item that saw the run halt from inside (its loop cut short) runs again in full', async () => {
    // `hold` blocks its first execution until the test releases it, so item b
    // is inside its loop when item a pauses the run.
    const release = deferred();
    let holds = 0;
    const hold: StepType = {
      type: 'hold',
      validate: () => [],
      async execute(_config: StepConfig, _context: StepContext) {
        holds++;
        if (holds === 1) await release.promise;
        return { status: StepStatus.Completed, output: { holds } };
      }
    };
    const h = harness([hold]);
    const yaml = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    max_concurrency: 2
    step:
      id: check
      type: if
      condition: "{{ item == 'a' }}"
      then:
        - id: approve
          type: gate
          message: "Approve {{ item }}?"
      else:
        - id: loop
          type: do-while
          condition: "true"
          max_iterations: 3
          steps:
            - id: wait
              type: hold
`;
    const running = h.run(yaml, {}, 'halt-inside');
    // Item a's gate has paused (its record says so) while item b is held inside its loop.
    const gatePaused = (): boolean =>
      h.engine.liveState?.stepResults['approve']?.status === 'paused';
    for (let i = 0; i < 50 && !gatePaused(); i++) await settle();
    expect(gatePaused()).toBe(true);
    release.resolve();
    expect((await running).status).toBe('paused');
    expect(holds).toBe(1); // the loop stopped after one pass: the run had halted
    expect((h.stateFile('halt-inside').fan_out_reuse as object)['fan:check:1' as never]).toBe(
      undefined
    );

    const prompt: GatePrompt = async () => 'approve';
    const withPrompt = harness([hold], { projectRoot: h.project, prompt });
    const done = await withPrompt.resume('halt-inside');
    expect(done.status).toBe('completed');
    expect(holds).toBe(4); // b ran again, all three passes
  });

  test('while an item runs again, the state on disk offers no entry for it', async () => {
    // A process killed mid-item must not leave an entry that vouches for the old run.
    const seen: string[][] = [];
    const engine: { h?: Harness } = {};
    const probe: StepType = {
      type: 'probe',
      validate: () => [],
      async execute(_config: StepConfig, context: StepContext) {
        const state = engine.h!.engine.liveState!;
        state.flush();
        const onDisk = engine.h!.stateFile(state.runId).fan_out_reuse as object;
        seen.push(Object.keys(onDisk));
        const fails =
          context.item === 'b' && !fs.existsSync(path.join(context.projectRoot, 'fixed'));
        return { status: fails ? StepStatus.Failed : StepStatus.Completed, output: {} };
      }
    };
    const h = harness([probe]);
    engine.h = h;
    const yaml = `${header()}inputs:
  note: { type: string, default: one }
steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    step:
      id: job
      type: probe
`;
    expect((await h.run(yaml, {}, 'mid-item')).status).toBe('failed');
    expect(seen).toEqual([[], ['fan:job:0']]);
    touch(h, 'fixed');
    seen.length = 0;
    // New inputs: a runs again, and while it does its old entry is gone from disk.
    expect((await h.resume('mid-item', { note: 'two' })).status).toBe('completed');
    expect(seen).toEqual([[], ['fan:job:0']]);
  });

  test('an entry is used at most once per resume, never for a second run of the same item id', async () => {
    const h = harness();
    const yaml = `${header()}steps:
  - id: loop
    type: do-while
    condition: "true"
    max_iterations: 2
    steps:
      - id: wrap
        type: if
        condition: "true"
        then:
          - id: fan
            type: fan-out
            items: "{{ ['a'] }}"
            step:
              id: job
              type: shell
              run: "echo {{ item }} >> runs.log"
      - id: check
        type: shell
        run: "if [ -f seen ] && [ ! -f fixed ]; then exit 1; fi; touch seen"
`;
    expect((await h.run(yaml, {}, 'once')).status).toBe('failed');
    expect(runs(h)).toEqual(['a', 'a']);
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.resume('once')).status).toBe('completed');
    // First pass: the entry from the last run is kept. Second pass: it is spent, so a runs.
    expect(runs(h)).toEqual(['a']);
  });
});

describe('rerunItems: reuse turned off', () => {
  test('a resume with rerunItems runs every item again, exactly like the reference', async () => {
    const h = harness();
    expect((await h.run(shellFan(), {}, 'switch')).status).toBe('failed');
    touch(h, 'fixed');
    clearRuns(h);
    const done = await h.engine.resume('switch', {}, { rerunItems: true });
    expect(done.status).toBe('completed');
    expect(runs(h)).toEqual(['a', 'b', 'c', 'after']);
  });

  test('the items it re-ran can be reused by a later resume', async () => {
    const h = harness();
    const yaml = shellFan("['a', 'b', 'c', 'd']").replace(
      'echo done-',
      'if [ {{ item }} = d ] && [ ! -f fixed-d ]; then exit 4; fi; echo done-'
    );
    expect((await h.run(yaml, {}, 'switch-later')).status).toBe('failed');
    touch(h, 'fixed');
    clearRuns(h);
    expect((await h.engine.resume('switch-later', {}, { rerunItems: true })).status).toBe('failed');
    expect(runs(h)).toEqual(['a', 'b', 'c', 'd']);
    touch(h, 'fixed-d');
    clearRuns(h);
    expect((await h.resume('switch-later')).status).toBe('completed');
    expect(runs(h)).toEqual(['d', 'after']);
  });
});

test('an id belongs to an item only as the item itself or under its prefix and a colon', () => {
  expect(isPrivateTo('f:t:1', 'f:t:1')).toBe(true);
  expect(isPrivateTo('f:t:1', 'f:t:1:body:1')).toBe(true);
  expect(isPrivateTo('f:t:1', 'f:t:10')).toBe(false);
  expect(isPrivateTo('f:t:1', 'f:t:10:body:1')).toBe(false);
  expect(isPrivateTo('f:t:1', 'f:t:1x')).toBe(false);
  expect(isPrivateTo('f:t:1', 'body')).toBe(false);
});
