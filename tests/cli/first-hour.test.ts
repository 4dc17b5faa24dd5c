/**
 * The CLI as a new user meets it: the README's quick start on a real terminal (twice in a row),
 * hints that run as printed, the failing fan-out item named everywhere, warnings for inputs the
 * workflow ignores, and `status` as a table.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invocation } from '../../src/cli/commands.js';
import { CLI, cliCommand, projectWith, requireBuiltCli, cliEnv, specflow } from '../support/cli.js';
import { header, tempProject } from '../support/engine-harness.js';
import { onTerminal } from '../support/pty.js';

const REPO = path.resolve('.');

const project = projectWith;

const gateWorkflow = (verdictInput: boolean): string => `${header()}inputs:
  verdict: { type: string, default: "" }
steps:
  - id: review
    type: gate
    message: "Ship it?"
    options: [approve, reject]
${verdictInput ? '    verdict_input: verdict\n' : ''}  - id: ship
    type: shell
    run: "echo shipped"
`;

const failingFanOut = `${header()}steps:
  - id: work
    type: fan-out
    items: [0, 1, 2, 3]
    max_concurrency: 4
    step:
      id: job
      type: shell
      run: "test {{ item }} != 1"
  - id: after
    type: shell
    run: "echo after"
`;

requireBuiltCli();

describe('the quick start', () => {
  /** The README's first shell block, as a user pastes it. */
  function quickStart(): string[] {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const block = /```sh\n([\s\S]*?)```/.exec(readme);
    if (block === null) throw new Error('README.md has no sh block');
    return block[1].split('\n').filter((line) => line.trim() !== '');
  }

  test('shows fan-out, a pause and a resume, and works twice in a row on a terminal', () => {
    const lines = quickStart();
    expect(lines[0]).toBe('npm ci');
    const dir = project({});
    fs.cpSync(path.join(REPO, 'examples'), path.join(dir, 'examples'), { recursive: true });
    // `npm ci` is the install the test already has; `npx specflow` is this build.
    const script = [
      `npx() { [ "$1" = specflow ] || return 99; shift; node ${JSON.stringify(CLI)} "$@"; }`,
      ...lines.slice(1),
      ...lines.slice(1)
    ].join('\n');
    const r = onTerminal(['bash', '-e', '-c', script], {
      cwd: dir,
      env: cliEnv({ npm_command: 'exec' }),
      timeoutSeconds: 60
    });
    expect(r.screen).not.toContain('Choose [');
    expect(r.code).toBe(0);
    expect(r.screen.match(/\[draft:section:2\] shell/g)).toHaveLength(2);
    expect(r.screen.match(/Status: paused/g)).toHaveLength(2);
    expect(
      r.screen.match(/Resume with: npx specflow resume [0-9a-f]{8} -i verdict=approve/g)
    ).toHaveLength(2);
    expect(r.screen.match(/Status: completed/g)).toHaveLength(2);
    expect(fs.readFileSync(path.join(dir, 'specs/demo/README.md'), 'utf8')).toContain('## faq');
  });
});

describe('gates on a terminal', () => {
  test('a gate asks on a terminal, as in the reference', () => {
    const dir = project({ 'wf.yml': gateWorkflow(true) });
    const r = onTerminal([process.execPath, CLI, 'run', 'wf.yml', '--run-id', 't1'], {
      cwd: dir,
      env: cliEnv(),
      answers: ['1']
    });
    expect(r.screen).toContain('Choose [1-2]:');
    expect(r.screen).toContain('Status: completed');
    expect(r.code).toBe(0);
  });

  test('--no-prompt pauses on a terminal, and the hint resumes it', () => {
    const dir = project({ 'wf.yml': gateWorkflow(true) });
    const r = onTerminal(
      [process.execPath, CLI, 'run', 'wf.yml', '--run-id', 't2', '--no-prompt'],
      { cwd: dir, env: cliEnv() }
    );
    expect(r.screen).not.toContain('Choose [');
    expect(r.screen).toContain('Status: paused');
    const hint = /Resume with: (.*)\n/.exec(r.screen)?.[1];
    expect(hint).toBe(`${cliCommand(dir)} resume t2 -i verdict=approve`);
    const resumed = specflow(dir, ['resume', 't2', '-i', 'verdict=approve']);
    expect(resumed.stdout).toContain('Status: completed');
  });

  test('a gate without verdict_input says to --answer it or resume at a terminal, not a command that pauses again', () => {
    const dir = project({ 'wf.yml': gateWorkflow(false) });
    const first = specflow(dir, ['run', 'wf.yml', '--run-id', 'nv']);
    expect(first.stdout).toContain('Status: paused');
    expect(first.stdout).not.toContain('Resume with:');
    expect(first.stdout).toContain(
      `Gate review has no verdict_input: resume with ${cliCommand(dir)} resume nv --answer approve (options: approve, reject), or run ${cliCommand(dir)} resume nv in a terminal to be asked.`
    );
    const onTty = onTerminal([process.execPath, CLI, 'resume', 'nv', '--no-prompt'], {
      cwd: dir,
      env: cliEnv()
    });
    expect(onTty.screen).toContain('in a terminal, without --no-prompt, to be asked.');
    // On a terminal it is answered.
    const answered = onTerminal([process.execPath, CLI, 'resume', 'nv'], {
      cwd: dir,
      env: cliEnv(),
      answers: ['approve']
    });
    expect(answered.screen).toContain('Status: completed');
  });

  test('the --answer hint of a gate without verdict_input runs as printed', () => {
    const dir = project({ 'wf.yml': gateWorkflow(false) });
    const first = specflow(dir, ['run', 'wf.yml', '--run-id', 'na']);
    const hint = /resume with (.*) \(options: /.exec(first.stdout)?.[1];
    expect(hint).toBe(`${cliCommand(dir)} resume na --answer approve`);
    const resumed = specflow(dir, ['resume', 'na', '--answer', 'approve']);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('shipped');
    expect(resumed.stdout).toContain('Status: completed');
  });
});

describe('hints run as printed', () => {
  test('the command is named the way it was started', () => {
    const cwd = '/work/project';
    expect(invocation({ env: { npm_command: 'exec' }, cwd, script: '/x/bin/specflow' })).toBe(
      'npx specflow'
    );
    expect(invocation({ env: {}, cwd, script: '/usr/local/bin/specflow' })).toBe('specflow');
    expect(invocation({ env: {}, cwd, script: '/work/project/dist/cli/index.js' })).toBe(
      'node dist/cli/index.js'
    );
    expect(invocation({ env: {}, cwd, script: '/opt/my tools/index.js' })).toBe(
      "node '/opt/my tools/index.js'"
    );
  });

  test('from a link named specflow on PATH, the hint says specflow', () => {
    const dir = project({ 'wf.yml': gateWorkflow(true) });
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    // What `npm link` makes: an executable script behind a link named after the bin.
    fs.chmodSync(CLI, 0o755);
    fs.symlinkSync(CLI, path.join(bin, 'specflow'));
    const env = cliEnv({ PATH: `${bin}:${process.env.PATH ?? ''}` });
    const r = onTerminal(['specflow', 'run', 'wf.yml', '--run-id', 'p1', '--no-prompt'], {
      cwd: dir,
      env
    });
    expect(r.screen).toContain('Resume with: specflow resume p1 -i verdict=approve');
  });

  test('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      version: string;
    };
    const r = specflow(tempProject(), ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`specflow ${pkg.version}\n`);
  });
});

describe('the step that failed the run is named everywhere', () => {
  test('the screen marks the item, the outcome names it, status shows it', () => {
    const dir = project({ 'wf.yml': failingFanOut });
    const r = specflow(dir, ['run', 'wf.yml', '--run-id', 'f1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ [work:job:1] failed: Shell command exited with code 1.');
    expect(r.stdout).toContain('Failed step: work:job:1\n');
    expect(r.stdout).toContain(`Resume with: ${cliCommand(dir)} resume f1 (once the cause`);

    const json = JSON.parse(specflow(dir, ['status', 'f1', '--json']).stdout) as Record<
      string,
      unknown
    >;
    expect(json.failed_step_id).toBe('work:job:1');
    // current_step_id stays the reference's value: the item started last.
    expect(json.current_step_id).toBe('work:job:3');

    const status = specflow(dir, ['status', 'f1']).stdout;
    expect(status).toContain('Failed step: work:job:1\n');
    expect(status).toMatch(/^failed {5}work:job:1 {2}shell {4}<- failed the run$/m);
    expect(status).toMatch(/^completed {2}work {8}fan-out {2}\(stopped by work:job:1\)$/m);
  });

  test('status marks a branch holding the failed step, though its record says completed', () => {
    const dir = project({
      'wf.yml': `${header()}steps:
  - id: check
    type: if
    condition: "{{ true }}"
    then:
      - id: probe
        type: shell
        run: "exit 2"
`
    });
    specflow(dir, ['run', 'wf.yml', '--run-id', 'b1']);
    const status = specflow(dir, ['status', 'b1']).stdout;
    expect(status).toMatch(/^completed {2}check {2}if {5}\(stopped by probe\)$/m);
    expect(status).toMatch(/^failed {5}probe {2}shell {2}<- failed the run$/m);
  });

  test('--json carries failed_step_id; a resume that completes clears it', () => {
    const dir = project({ 'wf.yml': failingFanOut.replace('!= 1', '!= 1 || test -f fixed') });
    const failed = JSON.parse(specflow(dir, ['run', 'wf.yml', '--json', '--run-id', 'f2']).stdout);
    expect(failed).toMatchObject({ status: 'failed', failed_step_id: 'work:job:1' });
    fs.writeFileSync(path.join(dir, 'fixed'), '');
    const resumed = JSON.parse(specflow(dir, ['resume', 'f2', '--json']).stdout);
    expect(resumed.status).toBe('completed');
    expect(resumed).not.toHaveProperty('failed_step_id');
    const state = JSON.parse(
      fs.readFileSync(path.join(dir, '.specify/workflows/runs/f2/state.json'), 'utf8')
    );
    expect(state.failed_step_id).toBeNull();
  });

  test('a rejected gate is where the run aborted', () => {
    const dir = project({
      'wf.yml': gateWorkflow(true).replace(
        'options: [approve, reject]',
        'options: [approve, reject]\n    on_reject: abort'
      )
    });
    specflow(dir, ['run', 'wf.yml', '--run-id', 'a1']);
    const r = specflow(dir, ['resume', 'a1', '-i', 'verdict=reject', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'aborted', failed_step_id: 'review' });
    expect(r.stderr).toContain('Aborted at: review');
  });
});

describe('inputs the workflow does not declare', () => {
  test('are warned about on run and resume, and ignored as in the reference', () => {
    const dir = project({ 'wf.yml': gateWorkflow(true) });
    const run = specflow(dir, ['run', 'wf.yml', '--run-id', 'u1', '-i', 'bogus=1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning: input "bogus" is not declared by workflow sample: it is ignored'
    );
    const resume = specflow(dir, ['resume', 'u1', '-i', 'verdict=approve', '-i', 'typo=x']);
    expect(resume.stderr).toContain('input "typo" is not declared');
    expect(resume.stderr).not.toContain('"verdict"');
    const inputs = JSON.parse(
      fs.readFileSync(path.join(dir, '.specify/workflows/runs/u1/inputs.json'), 'utf8')
    );
    expect(Object.keys(inputs.inputs)).toEqual(['verdict']);
  });
});

describe('headers and lists', () => {
  test('no "Running workflow" or "Resuming run" before an error that stops it', () => {
    const dir = project({ 'wf.yml': gateWorkflow(true) });
    specflow(dir, ['run', 'wf.yml', '--run-id', 'h1', '-i', 'verdict=approve']);
    const again = specflow(dir, ['run', 'wf.yml', '--run-id', 'h1']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(again.stdout).not.toContain('Running workflow');
    const done = specflow(dir, ['resume', 'h1']);
    expect(done.code).toBe(1);
    expect(done.stdout).not.toContain('Resuming run');
  });

  test('status without a run id is a table with a header', () => {
    const dir = project({ 'wf.yml': gateWorkflow(true) });
    specflow(dir, ['run', 'wf.yml', '--run-id', 'a-long-run-id']);
    specflow(dir, ['run', 'wf.yml', '--run-id', 'b', '-i', 'verdict=approve']);
    const lines = specflow(dir, ['status']).stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^RUN ID {9}STATUS {5}WORKFLOW {2}CURRENT STEP {2}SINCE {20}DETAIL$/);
    expect(lines).toHaveLength(3);
    const column = lines[0].indexOf('STATUS');
    for (const line of lines.slice(1)) expect(line.slice(column)).toMatch(/^(paused|completed) /);
  });
});
