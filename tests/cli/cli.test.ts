/**
 * The `specflow` command line as a user runs it: a real process (the tsc
 * build of src/cli, made by `npm test` before jest), real files, exit codes
 * and the --json contract.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { makeStyle, terminalGatePrompt } from '../../src/cli/terminal.js';
import { parseArgs, parseInputPairs } from '../../src/cli/args.js';
import { CLI, cliCommand, projectWith, requireBuiltCli, specflow } from '../support/cli.js';
import { header } from '../support/engine-harness.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const project = projectWith;

const gateWorkflow = `${header()}inputs:
  verdict: { type: string, default: "" }
steps:
  - id: draft
    type: shell
    run: "echo drafting"
  - id: review
    type: gate
    message: "Ship it?"
    options: [approve, reject]
    verdict_input: verdict
  - id: ship
    type: shell
    run: "echo shipped"
`;

requireBuiltCli();

describe('specflow run --json', () => {
  test('prints exactly one JSON object; step output goes to stderr', () => {
    const dir = project({ 'wf.yml': gateWorkflow });
    const r = specflow(dir, ['run', 'wf.yml', '--json', '--run-id', 'j1']);
    expect(r.code).toBe(0);
    const payload = JSON.parse(r.stdout);
    expect(payload).toEqual({
      run_id: 'j1',
      workflow_id: 'sample',
      status: 'paused',
      current_step_id: 'review',
      current_step_index: 1,
      gate: { step_id: 'review', message: 'Ship it?', options: ['approve', 'reject'], choice: null }
    });
    expect(r.stderr).toContain('drafting');
    expect(r.stdout).not.toContain('drafting');
  });

  test('resume with the verdict completes; a rejection aborts with exit 1', () => {
    const dir = project({ 'wf.yml': gateWorkflow });
    specflow(dir, ['run', 'wf.yml', '--json', '--run-id', 'j2']);
    const ok = specflow(dir, ['resume', 'j2', '-i', 'verdict=approve', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ status: 'completed', current_step_id: 'ship' });

    specflow(dir, ['run', 'wf.yml', '--json', '--run-id', 'j3']);
    const no = specflow(dir, ['resume', 'j3', '--input', 'verdict=reject', '--json']);
    expect(no.code).toBe(1);
    const payload = JSON.parse(no.stdout);
    expect(payload.status).toBe('aborted');
    expect(payload.gate.choice).toBe('reject');
    expect(payload.error).toMatch(/review/);
  });

  test('resume --answer sets the verdict input; a wrong or conflicting answer changes nothing', () => {
    const dir = project({ 'wf.yml': gateWorkflow });
    const paused = specflow(dir, ['run', 'wf.yml', '--run-id', 'ans1']);
    // The -i hint stays; --answer is offered beside it.
    expect(paused.stdout).toContain(
      `Resume with: ${cliCommand(dir)} resume ans1 -i verdict=approve`
    );
    expect(paused.stdout).toContain(
      `(or ${cliCommand(dir)} resume ans1 --answer approve, which sets verdict)`
    );
    const stateFile = path.join(dir, '.specify/workflows/runs/ans1/state.json');
    const before = fs.readFileSync(stateFile, 'utf8');
    const wrong = specflow(dir, ['resume', 'ans1', '--answer', 'APPROVE', '--json']);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toEqual({
      error:
        '"APPROVE" is not an option of gate review: answer one of "approve", "reject" (case matters)'
    });
    const clash = specflow(dir, ['resume', 'ans1', '--answer=approve', '-i', 'verdict=reject']);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('given as "reject" beside the answer "approve"');
    expect(fs.readFileSync(stateFile, 'utf8')).toBe(before);

    const ok = specflow(dir, ['resume', 'ans1', '--answer', 'approve', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      run_id: 'ans1',
      workflow_id: 'sample',
      status: 'completed',
      current_step_id: 'ship',
      current_step_index: 2
    });
    const inputs = JSON.parse(
      fs.readFileSync(path.join(dir, '.specify/workflows/runs/ans1/inputs.json'), 'utf8')
    );
    expect(inputs.inputs).toEqual({ verdict: 'approve' });
    // A run that is not paused at a gate has none to answer.
    const done = specflow(dir, ['resume', 'ans1', '--answer', 'approve']);
    expect(done.code).toBe(1);
  });

  test('resume --answer answers a gate without verdict_input; a reject aborts', () => {
    const dir = project({ 'wf.yml': gateWorkflow.replace('    verdict_input: verdict\n', '') });
    specflow(dir, ['run', 'wf.yml', '--run-id', 'ans2']);
    const no = specflow(dir, ['resume', 'ans2', '--answer', 'reject', '--json']);
    expect(no.code).toBe(1);
    expect(JSON.parse(no.stdout)).toMatchObject({
      status: 'aborted',
      failed_step_id: 'review',
      gate: { step_id: 'review', choice: 'reject' }
    });
    const log = fs.readFileSync(path.join(dir, '.specify/workflows/runs/ans2/log.jsonl'), 'utf8');
    expect(log).toContain('"event": "gate_answered", "step_id": "review", "answer": "reject"');
  });

  test('resume keeps completed fan-out items; --rerun-items runs them all again', () => {
    const dir = project({
      'wf.yml': `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    step:
      id: job
      type: shell
      run: "echo {{ item }} >> runs.log; [ {{ item }} != b ] || [ -f fixed ]"
`
    });
    const ran = (): string[] => {
      const lines = fs.readFileSync(path.join(dir, 'runs.log'), 'utf8').trim().split('\n');
      fs.writeFileSync(path.join(dir, 'runs.log'), '');
      return lines;
    };
    expect(specflow(dir, ['run', 'wf.yml', '--json', '--run-id', 'ri']).code).toBe(1);
    expect(ran()).toEqual(['a', 'b']);
    expect(specflow(dir, ['resume', 'ri', '--json']).code).toBe(1);
    expect(ran()).toEqual(['b']);
    fs.writeFileSync(path.join(dir, 'fixed'), '');
    const all = specflow(dir, ['resume', 'ri', '--rerun-items', '--json']);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout).status).toBe('completed');
    expect(ran()).toEqual(['a', 'b']);
  });

  test('a failed run exits 1 with the error', () => {
    const dir = project({
      'wf.yml': `${header()}steps:\n  - id: bad\n    type: shell\n    run: "exit 3"\n`
    });
    const r = specflow(dir, ['run', 'wf.yml', '--json']);
    expect(r.code).toBe(1);
    const payload = JSON.parse(r.stdout);
    expect(payload.status).toBe('failed');
    expect(payload.run_id).toMatch(/^[0-9a-f]{8}$/);
    expect(payload.error).toMatch(/3/);
  });

  test('an invalid workflow exits 1, names file:line:col, and creates no run', () => {
    const dir = project({
      'wf.yml': `${header()}steps:\n  - id: loop\n    type: while\n    condition: "{{ true }}"\n    max_iterations: 0\n    steps: []\n`
    });
    const r = specflow(dir, ['run', 'wf.yml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/wf\.yml:\d+:\d+/);
    expect(r.stderr).toContain('loop');
    expect(fs.existsSync(path.join(dir, '.specify'))).toBe(false);
  });

  test('invalid YAML exits 1 with the position', () => {
    const dir = project({ 'wf.yml': `${header()}steps:\n  - id: [unclosed\n` });
    const r = specflow(dir, ['run', 'wf.yml', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatch(/wf\.yml:\d+:\d+/);
  });

  test('a bad input value or a malformed -i exits 1 without a run', () => {
    const dir = project({
      'wf.yml': `${header()}inputs:\n  n: { type: number }\nsteps:\n  - id: a\n    type: shell\n    run: "true"\n`
    });
    const bad = specflow(dir, ['run', 'wf.yml', '-i', 'n=lots']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("'n'");
    const malformed = specflow(dir, ['run', 'wf.yml', '-i', 'n']);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/key=value/);
    expect(fs.existsSync(path.join(dir, '.specify/workflows/runs'))).toBe(false);
  });

  test('an installed workflow runs by id', () => {
    const dir = project({ '.specify/workflows/sample/workflow.yml': gateWorkflow });
    const r = specflow(dir, ['run', 'sample', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe('paused');
  });
});

describe('a step that throws', () => {
  test('the run is saved as failed and reported with its id, in --json and in text', () => {
    const dir = project({
      'wf.yml': `${header()}steps:\n  - id: bad\n    type: shell\n    run: "echo {{ inputs.x | bogus }}"\n`
    });
    const json = specflow(dir, ['run', 'wf.yml', '--json', '--run-id', 't1']);
    expect(json.code).toBe(1);
    const payload = JSON.parse(json.stdout);
    expect(payload).toMatchObject({ run_id: 't1', status: 'failed', current_step_id: 'bad' });
    expect(payload.error).toMatch(/bogus/);
    const text = specflow(dir, ['run', 'wf.yml', '--run-id', 't2']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Run ID: t2');
    expect(text.stdout).toMatch(/Error:.*bogus/);
  });

  test('the resume hint quotes what it pastes', () => {
    const dir = project({
      'wf.yml': `${header()}inputs:
  v: { type: string, default: "" }
steps:
  - id: g
    type: gate
    message: ok?
    options: ["ship it; touch pwned", reject]
    verdict_input: v
`
    });
    const r = specflow(dir, ['run', 'wf.yml', '--run-id', 'q1']);
    expect(r.stdout).toContain(`${cliCommand(dir)} resume q1 -i 'v=ship it; touch pwned'`);
  });
});

describe('errors and other commands', () => {
  test('resuming an unknown or hostile run id exits 1 clearly', () => {
    const dir = project({});
    const unknown = specflow(dir, ['resume', 'nope', '--json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).error).toMatch(/no run nope/);
    const hostile = specflow(dir, ['resume', '../../etc', '--json']);
    expect(hostile.code).toBe(1);
    expect(JSON.parse(hostile.stdout).error).toMatch(/invalid run id/);
  });

  test('a run id over 128 characters is refused, naming where it came from', () => {
    const dir = project({ 'wf.yml': gateWorkflow });
    const long = 'r'.repeat(5000);
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['run', 'wf.yml', '--run-id', long], {}, /^error: --run-id: invalid run id/],
      [['run', 'wf.yml'], { SPECKIT_WORKFLOW_RUN_ID: long }, /^error: SPECKIT_WORKFLOW_RUN_ID: /],
      [['resume', long], {}, /^error: run id argument: invalid run id/],
      [['status', long], {}, /^error: run id argument: invalid run id/]
    ];
    for (const [args, env, source] of cases) {
      const r = specflow(dir, args, env);
      expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(source)]);
      expect(r.stderr).toContain('5000 characters long; the limit is 128');
    }
    expect(fs.existsSync(path.join(dir, '.specify'))).toBe(false);
    const edge = specflow(dir, ['run', 'wf.yml', '--json', '--run-id', 'r'.repeat(128)]);
    expect([edge.code, JSON.parse(edge.stdout).run_id]).toEqual([0, 'r'.repeat(128)]);
  });

  test('a corrupted state file is reported and left as it was', () => {
    const dir = project({ '.specify/workflows/runs/bad1/state.json': '{"run_id": "bad1", ' });
    const r = specflow(dir, ['resume', 'bad1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/corrupt run state/);
    expect(fs.readFileSync(path.join(dir, '.specify/workflows/runs/bad1/state.json'), 'utf8')).toBe(
      '{"run_id": "bad1", '
    );
  });

  test('--help works for every command; unknown commands and flags exit 1', () => {
    const dir = project({});
    for (const cmd of [[], ['run'], ['resume'], ['status'], ['validate']]) {
      const r = specflow(dir, [...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/specflow/);
    }
    expect(specflow(dir, ['frobnicate']).code).toBe(1);
    // Names of Object members are not commands either.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const r = specflow(dir, [name]);
      expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('unknown command')]);
    }
    expect(specflow(dir, ['run', 'x.yml', '--frob']).code).toBe(1);
  });

  test('a usage error under --json is still one JSON object on stdout', () => {
    const dir = project({});
    for (const args of [
      ['frobnicate', '--json'],
      ['run', 'x.yml', '--frob', '--json'],
      ['status', '--json', '--rerun-items'],
      ['resume', '--json', '-i']
    ]) {
      const r = specflow(dir, args);
      expect([args, r.code]).toEqual([args, 1]);
      expect(JSON.parse(r.stdout)).toEqual({ error: expect.any(String) });
      expect(r.stderr).toMatch(/^error: /);
    }
  });

  test("a run another host's process drives: refused naming it, taken over with --force", () => {
    const dir = project({ 'wf.yml': gateWorkflow });
    expect(specflow(dir, ['run', 'wf.yml', '--run-id', 'h1']).code).toBe(0);
    const stateFile = path.join(dir, '.specify/workflows/runs/h1/state.json');
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
    state.status = 'running';
    state.runner = { pid: 4242, hostname: 'elsewhere.example', started_at: state.updated_at };
    fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
    const refused = specflow(dir, ['resume', 'h1']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'run h1 is running by pid 4242 on elsewhere.example; only someone who knows that process is gone may take it over: ' +
        `if you know it is, run \`${cliCommand(dir)} resume h1 --force\``
    );
    const forced = specflow(dir, ['resume', 'h1', '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).status).toBe('paused');
    const log = fs.readFileSync(path.join(dir, '.specify/workflows/runs/h1/log.jsonl'), 'utf8');
    expect(log).toMatch(/"event": "run_recovered".*"forced": true/);

    // Another host's lock: the same way out.
    const lockFile = path.join(dir, '.specify/workflows/runs/h1.lock');
    fs.writeFileSync(
      lockFile,
      JSON.stringify({
        format: 1,
        run_id: 'h1',
        pid: 4242,
        hostname: 'elsewhere.example',
        process_start: null,
        started_at: '2026-01-01T00:00:00.000Z',
        mode: 'resume',
        token: 'abc',
        groups: []
      })
    );
    const locked = specflow(dir, ['resume', 'h1']);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(
      /being resumed by pid 4242 on elsewhere\.example .*resume with --force/
    );
    expect(specflow(dir, ['resume', 'h1', '--force']).code).toBe(0);
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  test('a saved workflow left without steps is refused on resume, and the run stays paused', () => {
    const dir = project({ 'wf.yml': gateWorkflow });
    expect(specflow(dir, ['run', 'wf.yml', '--run-id', 'e1']).code).toBe(0);
    const copy = path.join(dir, '.specify/workflows/runs/e1/workflow.yml');
    fs.writeFileSync(copy, fs.readFileSync(copy, 'utf8').replace(/^steps:[\s\S]*$/m, 'steps:\n'));
    const r = specflow(dir, ['resume', 'e1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the workflow of run e1 \(.*workflow\.yml\) has no list of steps/);
    const state = JSON.parse(
      fs.readFileSync(path.join(dir, '.specify/workflows/runs/e1/state.json'), 'utf8')
    );
    expect(state.status).toBe('paused');
  });

  test('status lists runs and shows one', () => {
    const dir = project({ 'wf.yml': gateWorkflow });
    specflow(dir, ['run', 'wf.yml', '--run-id', 's1']);
    const list = specflow(dir, ['status', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ run_id: 's1', status: 'paused', workflow_id: 'sample' })
    ]);
    const one = specflow(dir, ['status', 's1', '--json']);
    expect(JSON.parse(one.stdout)).toMatchObject({
      run_id: 's1',
      status: 'paused',
      steps: {
        draft: { type: 'shell', status: 'completed' },
        review: { type: 'gate', status: 'paused' }
      }
    });
    const shown = specflow(dir, ['status', 's1']).stdout;
    expect(shown).toContain('review');
    // What it waits for, and since when.
    expect(shown).toMatch(/^Waiting since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC at gate review/m);
  });

  describe('the list of runs', () => {
    const noted = `${header('noted')}inputs:
  note: { type: string, default: "" }
steps:
  - id: check
    type: gate
    message: "Check {{ inputs.note }}"
    options: [approve, reject]
`;
    const runsDir = (dir: string): string => path.join(dir, '.specify/workflows/runs');

    test('paused runs show their gate, since when, and the message; --json lists objects', () => {
      const dir = project({ 'wf.yml': gateWorkflow, 'noted.yml': noted });
      specflow(dir, ['run', 'wf.yml', '--run-id', 'p1']);
      specflow(dir, ['run', 'noted.yml', '--run-id', 'p2', '-i', 'note=the release notes']);
      specflow(dir, ['run', 'wf.yml', '--run-id', 'done', '-i', 'verdict=approve']);
      const json = JSON.parse(specflow(dir, ['status', '--json']).stdout) as Record<
        string,
        unknown
      >[];
      const pauseOf = (runId: string): unknown =>
        fs
          .readFileSync(path.join(runsDir(dir), runId, 'log.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .find((e) => e.event === 'workflow_finished' && e.status === 'paused')?.timestamp;
      const state = (runId: string): Record<string, unknown> =>
        JSON.parse(fs.readFileSync(path.join(runsDir(dir), runId, 'state.json'), 'utf8'));
      expect(json).toEqual([
        {
          run_id: 'done',
          workflow_id: 'sample',
          status: 'completed',
          current_step_id: 'ship',
          updated_at: state('done').updated_at,
          reason: null,
          gate: null,
          message: null,
          waiting_since: null,
          error: null
        },
        {
          run_id: 'p1',
          workflow_id: 'sample',
          status: 'paused',
          current_step_id: 'review',
          updated_at: state('p1').updated_at,
          reason: 'gate',
          gate: 'review',
          message: 'Ship it?',
          waiting_since: pauseOf('p1'),
          error: null
        },
        expect.objectContaining({
          run_id: 'p2',
          workflow_id: 'noted',
          gate: 'check',
          message: 'Check the release notes',
          waiting_since: pauseOf('p2')
        })
      ]);
      expect(json[1].waiting_since).toEqual(expect.stringMatching(/\+00:00$/));

      const lines = specflow(dir, ['status']).stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^RUN ID +STATUS +WORKFLOW +CURRENT STEP +SINCE +DETAIL$/);
      const since = (json[1].waiting_since as string).slice(0, 19).replace('T', ' ');
      expect(lines[2]).toMatch(
        new RegExp(`^p1 +paused +sample +review +${since} UTC +gate review: Ship it\\?$`)
      );
      expect(lines[3]).toMatch(/gate check: Check the release notes$/);
      expect(lines[1]).toMatch(/^done +completed +sample +ship +\d{4}-\d\d-\d\d [\d:]{8} UTC$/);
    });

    test('a run folder whose state does not load is listed as damaged, with why', () => {
      const dir = project({ 'wf.yml': gateWorkflow });
      specflow(dir, ['run', 'wf.yml', '--run-id', 'good']);
      fs.mkdirSync(path.join(runsDir(dir), 'broken'));
      fs.writeFileSync(path.join(runsDir(dir), 'broken', 'state.json'), '{"run_id": ');
      const listed = specflow(dir, ['status', '--json']);
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([
        expect.objectContaining({
          run_id: 'broken',
          status: 'damaged',
          workflow_id: null,
          error: expect.stringMatching(/broken.state\.json: not valid JSON/)
        }),
        expect.objectContaining({ run_id: 'good', status: 'paused' })
      ]);
      const table = specflow(dir, ['status']);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(
        /^broken +damaged +- +- +- +cannot load: corrupt run state .*not valid JSON/m
      );
      expect(table.stdout).toMatch(/^good +paused /m);
    });

    test("a message's terminal escapes and line breaks never reach the table; a long one is cut", () => {
      const dir = project({ 'noted.yml': noted });
      const hostile = `\u001b[2J\u001b]0;owned\u0007red\nnext line ${'x'.repeat(100)}`;
      specflow(dir, ['run', 'noted.yml', '--run-id', 'h1', '-i', `note=${hostile}`]);
      const json = JSON.parse(specflow(dir, ['status', '--json']).stdout) as { message: string }[];
      // The JSON keeps the message as the gate rendered it (its escapes are JSON's).
      expect(json[0].message).toBe(`Check ${hostile}`);
      const out = specflow(dir, ['status']).stdout;
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      const row = out.trimEnd().split('\n')[1];
      expect(row).toMatch(/gate check: Check \[2J\]0;ownedred next line x+…$/);
      expect(row.slice(row.indexOf('Check')).length).toBe(60);
    });
  });

  test('validate reports problems with positions, or says valid', () => {
    const dir = project({
      'good.yml': gateWorkflow,
      'bad.yml': `${header()}steps:\n  - id: a\n    type: shell\n  - id: a\n    type: gate\n    message: m\n`
    });
    const good = specflow(dir, ['validate', 'good.yml']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/valid/);
    const bad = specflow(dir, ['validate', 'bad.yml', '--json']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout);
    expect(report.valid).toBe(false);
    expect(report.errors.length).toBeGreaterThanOrEqual(2);
    expect(report.errors[0]).toHaveProperty('line');
  });

  test('human output: a line per step, the status, the run id and the resume command; no colour when piped', () => {
    const dir = project({ 'wf.yml': gateWorkflow });
    const r = specflow(dir, ['run', 'wf.yml', '--run-id', 'h1'], { NO_COLOR: '' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[draft] shell');
    expect(r.stdout).toContain('[review] gate');
    expect(r.stdout).toContain('Status: paused');
    expect(r.stdout).toContain('Run ID: h1');
    expect(r.stdout).toContain(`${cliCommand(dir)} resume h1 -i verdict=approve`);
    expect(r.stdout).not.toContain('\u001b[');
  });
});

describe('interrupting the CLI', () => {
  test('SIGINT during a step saves a paused run (exit 130) that resume completes', async () => {
    const dir = project({
      'wf.yml': `${header()}steps:
  - id: long
    type: shell
    run: "if [ -f second ]; then echo quick; else touch started; sleep 30; fi"
  - id: after
    type: shell
    run: "echo after"
`
    });
    const child = spawn(process.execPath, [CLI, 'run', 'wf.yml', '--json', '--run-id', 'sig'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code))
    );
    while (!fs.existsSync(path.join(dir, 'started'))) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(fs.existsSync(path.join(dir, '.specify/workflows/runs/sig.lock'))).toBe(false);
    expect(JSON.parse(stdout)).toMatchObject({
      run_id: 'sig',
      status: 'paused',
      current_step_id: 'long'
    });
    const state = JSON.parse(
      fs.readFileSync(path.join(dir, '.specify/workflows/runs/sig/state.json'), 'utf8')
    );
    expect(state.status).toBe('paused');

    fs.writeFileSync(path.join(dir, 'second'), '');
    const resumed = specflow(dir, ['resume', 'sig', '--json']);
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout).status).toBe('completed');
  });
});

describe('a killed run', () => {
  test('a run left "running" by a SIGKILLed process resumes; a live one is refused', async () => {
    const dir = project({
      'wf.yml': `${header()}steps:
  - id: first
    type: shell
    run: "echo once >> first.log"
  - id: long
    type: shell
    run: "if [ -f second ]; then echo quick; else touch started; sleep 30; fi"
`
    });
    const child = spawn(process.execPath, [CLI, 'run', 'wf.yml', '--json', '--run-id', 'k9'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: 'ignore'
    });
    const exited = new Promise((resolve) => child.on('close', resolve));
    while (!fs.existsSync(path.join(dir, 'started'))) await new Promise((r) => setTimeout(r, 10));

    const live = specflow(dir, ['resume', 'k9', '--json']);
    expect(live.code).toBe(1);
    expect(JSON.parse(live.stdout).error).toMatch(
      new RegExp(`^run k9 is being run by pid ${child.pid} on ${escapeRegExp(os.hostname())} `)
    );

    // Top-level steps are saved as they start, so the kill cannot make the resume repeat `first`.
    child.kill('SIGKILL');
    await exited;
    const stuck = JSON.parse(
      fs.readFileSync(path.join(dir, '.specify/workflows/runs/k9/state.json'), 'utf8')
    );
    expect(stuck.status).toBe('running');
    expect(stuck.runner.pid).toBe(child.pid);

    fs.writeFileSync(path.join(dir, 'second'), '');
    const resumed = specflow(dir, ['resume', 'k9', '--json']);
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout).status).toBe('completed');
    expect(fs.readFileSync(path.join(dir, 'first.log'), 'utf8')).toBe('once\n');
    // The killed driver's `sleep 30` was still running; the resume ended it first.
    expect(resumed.stderr).toMatch(
      /Run k9: ended process groups \d+ left running by its killed driver/
    );
  });
});

describe('argument parsing and style', () => {
  test('inputs stay strings, keys and values are trimmed, = in values is kept', () => {
    expect(parseInputPairs([' a = 1 ', 'b=x=y', 'c='])).toEqual({ a: '1', b: 'x=y', c: '' });
    expect(() => parseInputPairs(['=1'])).toThrow(/empty key/);
  });
  test('an input may be named __proto__ or constructor', () => {
    const inputs = parseInputPairs(['__proto__=p', 'constructor=c']);
    expect(Object.getPrototypeOf(inputs)).toBe(Object.prototype);
    expect(Object.keys(inputs)).toEqual(['__proto__', 'constructor']);
    expect(inputs.constructor).toBe('c');
  });
  test('flags per command', () => {
    expect(
      parseArgs('run', ['wf.yml', '-i', 'a=1', '--input=b=2', '--run-id', 'x', '--json'])
    ).toEqual({
      positionals: ['wf.yml'],
      inputs: ['a=1', 'b=2'],
      json: true,
      help: false,
      runId: 'x',
      rerunItems: false,
      force: false,
      noPrompt: false
    });
    expect(parseArgs('resume', ['r1', '--rerun-items']).rerunItems).toBe(true);
    expect(parseArgs('run', ['wf.yml', '--no-prompt']).noPrompt).toBe(true);
    expect(parseArgs('resume', ['r1', '--no-prompt']).noPrompt).toBe(true);
    expect(() => parseArgs('status', ['--no-prompt'])).toThrow(/does not take/);
    expect(() => parseArgs('run', ['wf.yml', '--no-prompt=yes'])).toThrow(/takes no value/);
    expect(parseArgs('resume', ['r1', '--force']).force).toBe(true);
    expect(() => parseArgs('run', ['wf.yml', '--force'])).toThrow(/does not take/);
    expect(() => parseArgs('run', ['wf.yml', '--rerun-items'])).toThrow(/does not take/);
    expect(() => parseArgs('resume', ['r1', '--rerun-items=false'])).toThrow(/takes no value/);
    expect(() => parseArgs('status', ['--run-id', 'x'])).toThrow(/does not take/);
    expect(() => parseArgs('run', ['-i'])).toThrow(/needs a value/);
    expect(parseArgs('resume', ['r1', '--answer', 'approve']).answer).toBe('approve');
    expect(parseArgs('resume', ['r1', '--answer=two words']).answer).toBe('two words');
    expect(parseArgs('resume', ['r1']).answer).toBeUndefined();
    expect(() => parseArgs('run', ['wf.yml', '--answer', 'approve'])).toThrow(/does not take/);
    expect(() => parseArgs('resume', ['r1', '--answer'])).toThrow(/needs a value/);
    expect(() => parseArgs('resume', ['r1', '--answer', 'a', '--answer', 'b'])).toThrow(
      /more than once/
    );
  });
  test('colour only on a terminal and never under NO_COLOR', () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    expect(makeStyle(tty, {}).red('x')).toBe('\x1b[31mx\x1b[0m');
    expect(makeStyle(tty, { NO_COLOR: '1' }).red('x')).toBe('x');
    expect(makeStyle({ isTTY: false } as NodeJS.WriteStream, {}).red('x')).toBe('x');
  });
});

describe('the terminal gate prompt', () => {
  const streams = () => {
    const input = new PassThrough() as unknown as NodeJS.ReadStream;
    const out = new PassThrough();
    let shown = '';
    out.on('data', (d) => (shown += d));
    return { input, out, shown: () => shown };
  };

  test('takes an option by number or by name, and asks again after a wrong answer', async () => {
    const { input, out, shown } = streams();
    const ask = terminalGatePrompt(input, out);
    const answer = ask('Ship it?', ['approve', 'reject']);
    (input as unknown as PassThrough).write('7\nREJECT\n');
    expect(await answer).toBe('reject');
    expect(shown()).toContain('Ship it?');
    expect(shown()).toContain('Not an option');
  });

  test('end of input picks the last option', async () => {
    const { input, out } = streams();
    const answer = terminalGatePrompt(input, out)('Ship it?', ['approve', 'reject']);
    (input as unknown as PassThrough).end();
    expect(await answer).toBe('reject');
  });

  test('an interrupt stops reading, so nothing keeps the process waiting for input', async () => {
    const { input, out } = streams();
    const controller = new AbortController();
    const answer = terminalGatePrompt(input, out, controller.signal)('Ship it?', ['a', 'b']);
    expect(input.listenerCount('data')).toBeGreaterThan(0);
    controller.abort();
    await answer;
    expect(input.listenerCount('data')).toBe(0);
  });
});
