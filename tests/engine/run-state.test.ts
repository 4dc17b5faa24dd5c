import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  RunState,
  assertValidRunId,
  generateRunId,
  pythonTimestamp
} from '../../src/engine/run-state.js';
import { writeFileAtomic } from '../../src/engine/files.js';
import { listRunRecords } from '../../src/engine/run-record.js';
import { isValidRunId } from '../../src/engine/ids.js';
import { RunStatus, StepStatus, WorkflowError, type StepRecord } from '../../src/engine/types.js';
import { shellRecord } from '../support/step-records.js';
import { pyJsonLoads, pyStr } from '../../src/engine/pyvalue.js';
import { PyFloat } from '../../src/engine/pyvalue.js';

const f = (n: number): PyFloat => new PyFloat(n);

function tmpProject(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'specflow-state-'));
}

function writeState(project: string, runId: string, content: string): string {
  const dir = path.join(project, '.specify', 'workflows', 'runs', runId);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'state.json');
  fs.writeFileSync(file, content);
  return file;
}

describe('run ids', () => {
  test.each(['abc', 'A1', 'a_b-c', '1234abcd', 'x'.repeat(128)])('accepts %s', (id) => {
    expect(() => assertValidRunId(id)).not.toThrow();
  });
  test.each(['', '../x', 'a/b', '-a', '_a', 'a b', 'a\u0000', '..', 'a.b', 'ü'])(
    'refuses %j',
    (id) => {
      expect(() => assertValidRunId(id)).toThrow(WorkflowError);
    }
  );
  test('over 128 characters is refused, and the message says the limit without the whole id', () => {
    expect(() => assertValidRunId('x'.repeat(129))).toThrow(
      /129 characters long; the limit is 128/
    );
    let message = '';
    try {
      assertValidRunId('x'.repeat(5000));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.length).toBeLessThan(200);
  });
  test('generated ids are 8 hex characters and differ', () => {
    const a = generateRunId();
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(isValidRunId(a)).toBe(true);
    expect(generateRunId()).not.toBe(a);
  });
  test('a hostile id never reaches the file system', () => {
    const project = tmpProject();
    fs.writeFileSync(
      path.join(project, 'secret.json'),
      JSON.stringify({ run_id: '../../../secret' })
    );
    expect(() => RunState.load('../../../secret', project)).toThrow(/invalid run id/);
  });
});

describe('persisting', () => {
  test('flush writes the reference layout', () => {
    const project = tmpProject();
    const state = new RunState({ runId: 'r1', workflowId: 'wf', projectRoot: project });
    state.status = RunStatus.Running;
    state.inputs = { name: 'x' };
    state.recordStep('a', shellRecord());
    state.log({ event: 'step_started', step_id: 'a' });
    state.flush();
    const dir = path.join(project, '.specify/workflows/runs/r1');
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'));
    expect(Object.keys(data)).toEqual([
      'run_id',
      'workflow_id',
      'installed_workflow_id',
      'installed_registry_root',
      'status',
      'current_step_index',
      'current_step_id',
      'step_results',
      'workflow_dir',
      'created_at',
      'updated_at',
      'error',
      'failed_step_id',
      'step_timings',
      'runner',
      'fan_out_reuse'
    ]);
    expect(data.step_results.a.output.stdout).toBe('hi\n');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'inputs.json'), 'utf8'))).toEqual({
      inputs: { name: 'x' }
    });
    const log = fs.readFileSync(path.join(dir, 'log.jsonl'), 'utf8').trim().split('\n');
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0])).toMatchObject({ event: 'step_started', step_id: 'a' });
  });

  test('results reach the journal at once; the snapshot follows within the window or at a flush', () => {
    const project = tmpProject();
    const state = new RunState({
      runId: 'r2',
      workflowId: 'wf',
      projectRoot: project,
      coalesceMs: 60_000
    });
    state.checkpoint();
    for (let i = 0; i < 100; i++) state.recordStep(`s${i}`, shellRecord());
    const file = path.join(project, '.specify/workflows/runs/r2/state.json');
    // The snapshot is the one the checkpoint wrote; the journal holds the rest.
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).step_results)).toHaveLength(0);
    expect(Object.keys(RunState.load('r2', project).stepResults)).toHaveLength(100);
    state.flush();
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Object.keys(saved.step_results)).toHaveLength(100);
    // A stopped run's folder is the reference's: no journal, nothing that names one.
    expect(saved).not.toHaveProperty('journal');
    expect(fs.existsSync(path.join(state.runDir, 'journal.jsonl'))).toBe(false);
  });

  test('step ids are ordinary keys, kept in the order the steps ran', () => {
    const project = tmpProject();
    const state = new RunState({ runId: 'r5', workflowId: 'wf', projectRoot: project });
    for (const id of ['b', '__proto__', '2', 'constructor', '1'])
      state.recordStep(id, shellRecord());
    state.setStepOutput('constructor', { stdout: 'c' });
    expect(Object.getPrototypeOf(state.stepResults)).toBe(Object.prototype);
    state.flush();
    const text = fs.readFileSync(path.join(state.runDir, 'state.json'), 'utf8');
    const saved = pyJsonLoads(text) as { step_results: Record<string, StepRecord> };
    // Python's json.dump writes a dict in insertion order; JS would put '1' and '2' first.
    expect([...text.matchAll(/^ {4}"([^"]+)": \{$/gm)].map((m) => m[1])).toEqual([
      'b',
      '__proto__',
      '2',
      'constructor',
      '1'
    ]);
    expect(saved.step_results['constructor'].output).toEqual({ stdout: 'c' });
    const loaded = RunState.load('r5', project);
    expect(Object.keys(loaded.stepResults)).toContain('__proto__');
    // setStepOutput does not find a step that never ran under an Object member's name.
    loaded.setStepOutput('toString', { x: 1 });
    expect(Object.keys(loaded.stepResults)).not.toContain('toString');
  });

  test('a coalesced write happens by itself after the window', async () => {
    const project = tmpProject();
    const state = new RunState({
      runId: 'r3',
      workflowId: 'wf',
      projectRoot: project,
      coalesceMs: 1
    });
    state.recordStep('a', shellRecord());
    const file = path.join(project, '.specify/workflows/runs/r3/state.json');
    for (let i = 0; i < 200 && !fs.existsSync(file); i++)
      await new Promise((r) => setTimeout(r, 5));
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).step_results.a.status).toBe('completed');
  });

  test('atomic writes leave no temp files and replace whole files', () => {
    const dir = tmpProject();
    const file = path.join(dir, 'f.json');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(dir)).toEqual(['f.json']);
  });

  test('a write that cannot complete leaves the target as it was and no temp file', () => {
    const dir = tmpProject();
    // The target is a non-empty directory, so the final rename fails after the temp file is written.
    const target = path.join(dir, 'state.json');
    fs.mkdirSync(path.join(target, 'keep'), { recursive: true });
    expect(() => writeFileAtomic(target, 'new content')).toThrow();
    expect(fs.readdirSync(target)).toEqual(['keep']);
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
  });

  test('a background write that fails does not crash; the next flush reports the problem', async () => {
    const project = tmpProject();
    const state = new RunState({
      runId: 'r7',
      workflowId: 'wf',
      projectRoot: project,
      coalesceMs: 1
    });
    state.flush();
    const stateFile = path.join(project, '.specify/workflows/runs/r7/state.json');
    fs.rmSync(stateFile);
    fs.mkdirSync(path.join(stateFile, 'blocker'), { recursive: true });
    state.recordStep('a', shellRecord());
    await new Promise((r) => setTimeout(r, 20));
    expect(() => state.flush()).toThrow();
    fs.rmSync(stateFile, { recursive: true });
    state.flush();
    expect(JSON.parse(fs.readFileSync(stateFile, 'utf8')).step_results.a.status).toBe('completed');
  });

  test('timestamps look like Python isoformat in UTC', () => {
    expect(pythonTimestamp(new Date('2026-01-02T03:04:05.678Z'))).toBe(
      '2026-01-02T03:04:05.678000+00:00'
    );
  });
});

describe('loading', () => {
  test('a state nested deeper than Python reads (or anything can write back) is refused, not half-loaded', () => {
    const project = tmpProject();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    writeState(
      project,
      'deep1',
      `{"run_id": "deep1", "workflow_id": "wf", "status": "paused", "step_results": {"a": {"output": {"stdout": ${deep}}}}}`
    );
    expect(() => RunState.load('deep1', project)).toThrow(
      /corrupt run state .*state\.json: not valid JSON \(JSON nested more than 1016 levels deep/
    );
  });

  test('a log.jsonl that is a link is refused, and no log line is written through one', () => {
    const project = tmpProject();
    const script = path.join(project, 'build.sh');
    fs.writeFileSync(script, 'echo build\n');
    writeState(project, 'linked', '{"run_id": "linked", "workflow_id": "wf", "status": "paused"}');
    const log = path.join(project, '.specify', 'workflows', 'runs', 'linked', 'log.jsonl');
    fs.symlinkSync(script, log);
    expect(() => RunState.load('linked', project)).toThrow(/log\.jsonl is a symbolic link/);

    // A link put there while the run goes: the append refuses to follow it.
    const state = new RunState({ runId: 'live', workflowId: 'wf', projectRoot: project });
    state.flush();
    fs.symlinkSync(script, path.join(state.runDir, 'log.jsonl'));
    state.log({ event: 'step_started', step_id: 'a' });
    expect(() => state.flush()).toThrow(/ELOOP|symbolic link/);
    expect(fs.readFileSync(script, 'utf8')).toBe('echo build\n');
  });

  test('a step output as deep as a JSON output may be (1,000 levels) loads back', () => {
    const project = tmpProject();
    const state = new RunState({ runId: 'deep2', workflowId: 'wf', projectRoot: project });
    let data: unknown = [];
    for (let i = 1; i < 1000; i++) data = [data];
    state.recordStep('a', { ...shellRecord(), output: { data, ratio: new PyFloat(1) } });
    state.flush();
    expect(RunState.load('deep2', project).stepResults.a.output.data).toEqual(data);
  });

  test('round trip', () => {
    const project = tmpProject();
    const state = new RunState({ runId: 'r4', workflowId: 'wf-1', projectRoot: project });
    state.status = RunStatus.Paused;
    state.currentStepIndex = 2;
    state.currentStepId = 'gate';
    state.inputs = { a: 1 };
    state.recordStep('gate', shellRecord('hi\n', StepStatus.Paused));
    state.flush();
    const loaded = RunState.load('r4', project);
    expect(loaded.status).toBe('paused');
    expect(loaded.currentStepIndex).toBe(2);
    expect(loaded.currentStepId).toBe('gate');
    expect(loaded.inputs).toEqual({ a: 1 });
    expect(loaded.stepResults.gate.status).toBe('paused');
  });

  test('NaN, infinities and big integers survive a save and load, as in the reference', () => {
    const project = tmpProject();
    const state = new RunState({ runId: 'nan1', workflowId: 'wf-1', projectRoot: project });
    state.status = RunStatus.Failed;
    state.inputs = { big: 12345678901234567168n, two: f(2), negZero: f(-0) };
    state.recordStep('j', {
      ...shellRecord(),
      output: { data: { a: f(NaN), b: f(Infinity), c: f(-Infinity) }, max_concurrency: f(Infinity) }
    });
    state.flush();
    const text = fs.readFileSync(path.join(state.runDir, 'state.json'), 'utf8');
    // Python's json writes these literals (and reads them back); JSON.stringify would write null.
    expect(text).toContain('"a": NaN');
    expect(text).toContain('"max_concurrency": Infinity');
    expect(fs.readFileSync(path.join(state.runDir, 'inputs.json'), 'utf8')).toContain(
      '"big": 12345678901234567168'
    );
    const loaded = RunState.load('nan1', project);
    expect(loaded.stepResults.j.output).toEqual({
      data: { a: f(NaN), b: f(Infinity), c: f(-Infinity) },
      max_concurrency: f(Infinity)
    });
    expect(loaded.inputs.big).toBe(12345678901234567168n);
    expect(loaded.inputs.two).toEqual(f(2));
    expect(loaded.inputs.negZero).toEqual(f(-0));
  });

  test('the Python order of integer-like keys survives a save and load', () => {
    const project = tmpProject();
    const state = new RunState({ runId: 'order1', workflowId: 'wf-1', projectRoot: project });
    state.status = RunStatus.Failed;
    state.recordStep('j', {
      ...shellRecord(),
      output: { data: pyJsonLoads('{"b": 1, "2": 2, "a": 3}') }
    });
    state.flush();
    expect(fs.readFileSync(path.join(state.runDir, 'state.json'), 'utf8')).toMatch(
      /"b": 1,\s*"2": 2,\s*"a": 3/
    );
    const data = (RunState.load('order1', project).stepResults.j.output as { data: object })
      .data as Record<string, unknown>;
    expect(pyStr(data)).toBe("{'b': 1, '2': 2, 'a': 3}");
  });

  test('a state file the reference wrote with NaN loads', () => {
    const project = tmpProject();
    writeState(
      project,
      'nan2',
      '{"run_id": "nan2", "workflow_id": "wf", "status": "failed", "step_results": {"j": {"type": "shell", "output": {"data": NaN}, "status": "completed"}}}'
    );
    expect(RunState.load('nan2', project).stepResults.j.output).toEqual({ data: f(NaN) });
    expect(listRunRecords(project).map((r) => 'record' in r && r.record.state.runId)).toEqual([
      'nan2'
    ]);
  });

  test('an unknown run is a clear error', () => {
    expect(() => RunState.load('nope', tmpProject())).toThrow(/no run nope/);
  });

  const corrupt: [string, string, RegExp][] = [
    ['truncated JSON', '{"run_id": "r5", "workfl', /not valid JSON/],
    ['not an object', '[1, 2]', /expected a JSON object/],
    ['missing status', '{"run_id": "r5", "workflow_id": "wf"}', /missing field 'status'/],
    [
      'foreign run id',
      '{"run_id": "other", "workflow_id": "wf", "status": "paused"}',
      /belongs to run "other"/
    ],
    ['bad status', '{"run_id": "r5", "workflow_id": "wf", "status": "sleeping"}', /unknown status/],
    [
      'bad workflow id',
      '{"run_id": "r5", "workflow_id": "../wf", "status": "paused"}',
      /workflow_id/
    ],
    [
      'bad step results',
      '{"run_id": "r5", "workflow_id": "wf", "status": "paused", "step_results": {"a": 3}}',
      /step result "a"/
    ],
    [
      'bad index',
      '{"run_id": "r5", "workflow_id": "wf", "status": "paused", "current_step_index": -1}',
      /current_step_index/
    ],
    [
      'bad failed step',
      '{"run_id": "r5", "workflow_id": "wf", "status": "failed", "failed_step_id": {"a": 1}}',
      /'failed_step_id' must be a string or null/
    ]
  ];
  test.each(corrupt)('%s is reported and the file is left untouched', (_name, content, why) => {
    const project = tmpProject();
    const file = writeState(project, 'r5', content);
    expect(() => RunState.load('r5', project)).toThrow(why);
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  test('corrupt inputs.json is reported', () => {
    const project = tmpProject();
    const file = writeState(
      project,
      'r6',
      '{"run_id": "r6", "workflow_id": "wf", "status": "paused"}'
    );
    fs.writeFileSync(path.join(path.dirname(file), 'inputs.json'), '{"inputs": [1]}');
    expect(() => RunState.load('r6', project)).toThrow(/'inputs' must be an object/);
  });

  test('listing runs names a folder whose state does not load, with why', () => {
    const project = tmpProject();
    writeState(project, 'good', '{"run_id": "good", "workflow_id": "wf", "status": "completed"}');
    writeState(project, 'bad', '{oops');
    fs.mkdirSync(path.join(project, '.specify/workflows/runs/empty'));
    fs.writeFileSync(path.join(project, '.specify/workflows/runs/not-a-folder'), '{}');
    const listed = listRunRecords(project);
    expect(listed.map((r) => r.runId)).toEqual(['bad', 'empty', 'good']);
    expect(listed[0]).toEqual({ runId: 'bad', error: expect.stringMatching(/not valid JSON/) });
    expect(listed[1]).toEqual({
      runId: 'empty',
      error: 'no run empty in ' + path.join(project, '.specify/workflows/runs')
    });
    expect('record' in listed[2] && listed[2].record.state.status).toBe('completed');
  });
});
