/**
 * The run journal (`journal.jsonl`): every recorded result is on disk the
 * moment it is recorded, a load replays it over the snapshot it extends,
 * what a kill or a crash cut short is ignored, and the snapshots cost time
 * linear in the work done.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RunState } from '../../src/engine/run-state.js';
import { PyFloat, pyJsonDumps, pyKeys } from '../../src/engine/pyvalue.js';
import { RunStatus, WorkflowError } from '../../src/engine/types.js';
import { shellRecord } from '../support/step-records.js';
import { harness, header } from '../support/engine-harness.js';

function tmpProject(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'specflow-journal-'));
}

function started(runId: string, project = tmpProject(), coalesceMs = 60_000): RunState {
  const state = new RunState({ runId, workflowId: 'wf', projectRoot: project, coalesceMs });
  state.status = RunStatus.Running;
  state.checkpoint();
  return state;
}

const journalOf = (state: RunState): string => path.join(state.runDir, 'journal.jsonl');

/** What a load must give back: the fields a snapshot holds, as text. */
function persisted(state: RunState): string {
  const { updated_at: _updated, ...rest } = state.toJSON();
  return pyJsonDumps(rest, 2);
}

describe('replaying the journal', () => {
  test('a load gives exactly the state a flush would have written', () => {
    const state = started('j1');
    state.currentStepIndex = 1;
    state.currentStepId = 'fan';
    state.markPosition();
    const timing = { started_at: 'a', finished_at: 'b' };
    for (const id of ['b', '2', '__proto__', '1']) state.recordStep(id, shellRecord(id), timing);
    state.recordStep('f', { ...shellRecord(), output: { ratio: new PyFloat(2), big: 2n ** 70n } });
    state.setStepOutput('b', { items: [1, 2], results: [{ x: 1 }] });
    state.setItemReuse('fan:item:0', { format: 3, kept: true });
    state.setItemReuse('fan:item:1', { format: 3 });
    state.setItemReuse('fan:item:1', undefined);
    state.recordStep('last', shellRecord(), timing, [2, 'next']);
    state.currentStepIndex = 2;
    state.currentStepId = 'next';

    const loaded = RunState.load('j1', state.projectRoot);
    expect(persisted(loaded)).toBe(persisted(state));
    // Python's key order (an integer-like id stays where it was recorded) and number types survive.
    expect(pyKeys(loaded.stepResults)).toEqual(['b', '2', '__proto__', '1', 'f', 'last']);
    expect(loaded.stepResults.f.output.ratio).toBeInstanceOf(PyFloat);
    expect(loaded.stepResults.f.output.big).toBe(2n ** 70n);
    expect(Object.getPrototypeOf(loaded.stepResults)).toBe(Object.prototype);
    expect(loaded.fanOutReuse).toEqual({ 'fan:item:0': { format: 3, kept: true } });
  });

  test('a step recorded as done moves the replayed run on to the next step', () => {
    const state = started('j2');
    state.currentStepIndex = 0;
    state.currentStepId = 'one';
    state.markPosition();
    state.recordStep('one', shellRecord(), undefined, [1, 'two']);
    // Killed here: the next step never started, yet its predecessor must not run again.
    const loaded = RunState.load('j2', state.projectRoot);
    expect([loaded.currentStepIndex, loaded.currentStepId]).toEqual([1, 'two']);
    expect(state.position()).toEqual([1, 'two']);
    // A snapshot taken before the next step starts says so too, and the journal after it agrees.
    state.checkpoint();
    state.markPosition();
    expect(RunState.load('j2', state.projectRoot).position()).toEqual([1, 'two']);
  });

  test('a last line cut short by a kill is ignored', () => {
    const state = started('j3');
    state.recordStep('a', shellRecord());
    fs.appendFileSync(journalOf(state), '{"step": "b", "record": {"type": "sh');
    const loaded = RunState.load('j3', state.projectRoot);
    expect(pyKeys(loaded.stepResults)).toEqual(['a']);
  });

  test('a line a crash left unwritten ends the journal: what follows it is not applied', () => {
    const state = started('j4');
    state.recordStep('a', shellRecord());
    fs.appendFileSync(journalOf(state), '\0\0\0\0\n');
    fs.appendFileSync(journalOf(state), '{"step": "b", "record": {}, "at": [0, null]}\n');
    expect(pyKeys(RunState.load('j4', state.projectRoot).stepResults)).toEqual(['a']);
  });

  test('a whole line that is not JSON, with more after it, is damage, not an end', () => {
    const state = started('j4b');
    state.recordStep('a', shellRecord());
    fs.appendFileSync(journalOf(state), '{"step": "b", "rec\n');
    fs.appendFileSync(journalOf(state), '{"step": "c", "record": {}, "at": [0, null]}\n');
    expect(() => RunState.load('j4b', state.projectRoot)).toThrow(
      /corrupt run journal .*journal\.jsonl:3: not valid JSON .*remove the file to resume from the last snapshot/
    );
  });

  test('a whole line that is no entry is damage, named by file and line', () => {
    const state = started('j5');
    state.recordStep('a', shellRecord());
    fs.appendFileSync(journalOf(state), '{"step": "b", "record": [], "at": [0, null]}\n');
    const load = () => RunState.load('j5', state.projectRoot);
    expect(load).toThrow(WorkflowError);
    expect(load).toThrow(
      /corrupt run journal .*journal\.jsonl:3: the record of step "b" must be an object/
    );
    fs.writeFileSync(
      journalOf(state),
      fs
        .readFileSync(journalOf(state), 'utf8')
        .replace('"record": [], "at": [0, null]', '"record": {}, "at": [-1, 7]')
    );
    expect(load).toThrow(/journal\.jsonl:3: 'at' must be \[step index, step id or null\]/);
  });

  test('a snapshot without the token (the reference saved it) ignores the journal beside it', () => {
    const state = started('j6');
    state.recordStep('a', shellRecord());
    state.recordStep('b', shellRecord());
    // spec-kit resumed the killed run from its snapshot and saved: it drops fields it does not know.
    const file = state.stateFile;
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(typeof doc.journal).toBe('string');
    delete doc.journal;
    doc.step_results.z = shellRecord('written by spec-kit');
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    expect(pyKeys(RunState.load('j6', state.projectRoot).stepResults)).toEqual(['z']);
  });

  test('a journal of another snapshot is ignored', () => {
    const state = started('j7');
    state.recordStep('a', shellRecord());
    const text = fs.readFileSync(journalOf(state), 'utf8');
    const other = text.replace(/"base": ?"[0-9a-f]+"/, '"base": "000000000000000000000000"');
    expect(other).not.toBe(text);
    fs.writeFileSync(journalOf(state), other);
    expect(pyKeys(RunState.load('j7', state.projectRoot).stepResults)).toEqual([]);
  });

  test('a stopped run leaves no journal, and a journal planted beside its snapshot does nothing', () => {
    const state = started('j8');
    state.recordStep('a', shellRecord());
    const journal = fs.readFileSync(journalOf(state), 'utf8');
    state.flush();
    expect(fs.existsSync(journalOf(state))).toBe(false);
    // A copy of the live journal put back (a checkout, a cache entry): the snapshot names no journal.
    fs.writeFileSync(journalOf(state), journal + journal.split('\n')[1] + '\n');
    expect(pyKeys(RunState.load('j8', state.projectRoot).stepResults)).toEqual(['a']);
  });

  test('a journal that is not a regular file is refused, not waited on', () => {
    const state = started('j9');
    state.recordStep('a', shellRecord());
    fs.rmSync(journalOf(state));
    fs.mkdirSync(journalOf(state));
    expect(() => RunState.load('j9', state.projectRoot)).toThrow(
      /journal\.jsonl: it is a directory/
    );
  });
});

describe('what persistence costs', () => {
  test('snapshots of a growing run cost bytes linear in the results, not quadratic', async () => {
    const state = started('c1', tmpProject(), 0);
    const steps = 3000;
    for (let i = 0; i < steps; i++) {
      state.currentStepIndex = i;
      state.currentStepId = `s${i}`;
      state.markPosition();
      state.recordStep(`s${i}`, shellRecord(`output of step ${i}\n`), {
        started_at: 'a',
        finished_at: 'b'
      });
      // Let every due snapshot happen, as a run that yields between steps does.
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    state.flush();
    const { snapshots, snapshotBytes } = state.persistence;
    const final = fs.statSync(state.stateFile).size;
    // A snapshot at every chance would be ~300 of them, ~150 × the final size in all.
    expect(snapshotBytes).toBeLessThanOrEqual(4 * final);
    expect(snapshots).toBeLessThan(30);
    expect(Object.keys(RunState.load('c1', state.projectRoot).stepResults)).toHaveLength(steps);
  });

  test('a change only a snapshot holds is written within the window', async () => {
    const state = started('c2', tmpProject(), 1);
    state.error = 'something only the snapshot holds';
    state.save();
    for (let i = 0; i < 200 && state.persistence.snapshots < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(JSON.parse(fs.readFileSync(state.stateFile, 'utf8')).error).toBe(
      'something only the snapshot holds'
    );
  });
});

describe('a journal is a resume point like any other', () => {
  test('a journal that moves a paused run past its gate is refused', async () => {
    const h = harness();
    const paused = await h.run(`${header('journal-gate')}steps:
  - id: review
    type: gate
    message: "Ship it?"
    options: [approve, reject]
  - id: ship
    type: shell
    run: "echo shipped"
`);
    expect(paused.status).toBe(RunStatus.Paused);
    // Forge a live journal that says the gate passed and the run is at `ship`.
    const doc = JSON.parse(fs.readFileSync(paused.stateFile, 'utf8'));
    doc.journal = 'abcdefabcdefabcdefabcdef';
    fs.writeFileSync(paused.stateFile, JSON.stringify(doc, null, 2));
    fs.writeFileSync(
      path.join(paused.runDir, 'journal.jsonl'),
      [
        '{"journal": "specflow-journal/1", "base": "abcdefabcdefabcdefabcdef"}',
        '{"at": [1, "ship"]}',
        ''
      ].join('\n')
    );
    await expect(h.resume(paused.runId)).rejects.toThrow(
      /gate "review" comes before the resume point but is "paused"/
    );
  });
});
