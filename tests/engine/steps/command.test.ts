/**
 * The `command` step against stand-in agent CLIs on a temporary PATH.
 * (Per-case agreement with the reference is in tests/agents/reference-steps.test.ts.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { MAX_CAPTURE_BYTES } from '../../../src/engine/agents/dispatch.js';
import { commandStep } from '../../../src/engine/steps/command.js';
import { InterruptedError, WorkflowError } from '../../../src/engine/types.js';
import { agentSandbox, type AgentSandbox } from '../agents/fake-agent.js';
import { isRunning, waitUntilGone } from '../../support/processes.js';

let sandbox: AgentSandbox;
beforeEach(() => {
  sandbox = agentSandbox();
});
afterEach(() => sandbox.cleanup());

const plan = (extra: Record<string, unknown> = {}) => ({
  id: 'plan',
  command: 'speckit.plan',
  integration: 'claude',
  ...extra
});

/** Waits for a file another process writes (a latch), giving up after `limitMs`. */
async function waitForFile(file: string, limitMs = 10000): Promise<string> {
  const giveUpAt = Date.now() + limitMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > giveUpAt) throw new Error(`${file} never appeared`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return fs.readFileSync(file, 'utf8');
}

describe('validate', () => {
  const keysOf = (config: Record<string, unknown>) =>
    commandStep.validate(config).map((i) => i.key);

  it('accepts a command with optional settings, expressions included', () => {
    expect(
      keysOf({
        id: 's',
        command: '{{ inputs.cmd }}',
        input: { args: 'x' },
        options: {},
        integration: '{{ inputs.agent }}',
        model: null
      })
    ).toEqual([]);
  });

  it('names the key of each problem', () => {
    expect(keysOf({ id: 's' })).toEqual(['command']);
    expect(keysOf({ id: 's', command: ['speckit.plan'] })).toEqual(['command']);
    expect(keysOf({ id: 's', command: null })).toEqual(['command']);
    expect(keysOf({ id: 's', command: 'c', input: 'x', options: [1] })).toEqual([
      'input',
      'options'
    ]);
    expect(keysOf({ id: 's', command: 'c', integration: ['claude'], model: 4 })).toEqual([
      'integration',
      'model'
    ]);
    expect(keysOf({ command: 'c' })).toEqual(['id']);
  });

  it('leaves timeout alone, as the reference does for commands', () => {
    expect(keysOf({ id: 's', command: 'c', timeout: 'soon' })).toEqual([]);
  });
});

describe('dispatch', () => {
  it("runs the agent in the project with the step's environment, streaming and capturing its output", async () => {
    sandbox.install('claude', { stdout: 'planned\n', stderr: 'note\n' });
    const context = sandbox.context({ inputs: { feature: 'auth' } });
    const result = await commandStep.execute(
      plan({ model: 'sonnet', input: { args: 'add {{ inputs.feature }}' } }),
      context
    );

    expect(result).toEqual({
      status: 'completed',
      output: {
        command: 'speckit.plan',
        integration: 'claude',
        model: 'sonnet',
        options: {},
        input: { args: 'add auth' },
        exit_code: 0,
        stdout: 'planned\n',
        stderr: 'note\n',
        dispatched: true,
        truncated: false
      }
    });
    expect(context.output.out.join('')).toBe('planned\n');
    expect(context.output.err.join('')).toBe('note\n');
    const [run] = sandbox.runs('claude');
    expect(run.argv).toEqual(['-p', '/speckit-plan add auth', '--model', 'sonnet']);
    expect(run.cwd).toBe(fs.realpathSync(context.projectRoot));
    expect(run.env.SPECFLOW_TEST_MARKER).toBe('agent-env');
  });

  it('fails with the exit code and the end of stderr when the agent fails', async () => {
    sandbox.install('claude', { stdout: 'partial', stderr: 'line 1\nrate limited\n', exitCode: 3 });
    const result = await commandStep.execute(plan(), sandbox.context());
    expect(result.status).toBe('failed');
    expect(result.output).toMatchObject({
      exit_code: 3,
      stdout: 'partial',
      stderr: 'line 1\nrate limited\n',
      dispatched: true
    });
    expect(result.error).toContain('exited with code 3');
    expect(result.error).toContain('rate limited');
  });

  it('keeps only the last MiB of each stream and says so', async () => {
    sandbox.install('claude', {
      floodBytes: MAX_CAPTURE_BYTES + 4096,
      stdout: 'END-OUT',
      stderr: 'END-ERR'
    });
    const context = sandbox.context();
    const result = await commandStep.execute(plan(), context);
    const output = result.output as Record<string, string>;
    expect(result.status).toBe('completed');
    expect(output.truncated).toBe(true);
    expect(Buffer.byteLength(output.stdout)).toBe(MAX_CAPTURE_BYTES);
    expect(output.stdout.endsWith('oooEND-OUT')).toBe(true);
    expect(output.stderr.endsWith('eeeEND-ERR')).toBe(true);
    // The live log still saw everything.
    expect(context.output.out.join('').length).toBe(MAX_CAPTURE_BYTES + 4096 + 'END-OUT'.length);
  });
});

describe('integration, model and options', () => {
  it("merges the workflow's options under the step's and uses the workflow's integration and model", async () => {
    sandbox.install('claude');
    const result = await commandStep.execute(
      { id: 's', command: 'speckit.tasks', options: { b: 3, c: 4 } },
      sandbox.context({
        defaultIntegration: 'claude',
        defaultModel: 'opus',
        defaultOptions: { a: 1, b: 2 }
      })
    );
    expect(result.output).toMatchObject({
      integration: 'claude',
      model: 'opus',
      options: { a: 1, b: 3, c: 4 }
    });
    expect(sandbox.runs('claude')[0].argv).toEqual(['-p', '/speckit-tasks', '--model', 'opus']);
  });

  it('evaluates expressions in integration and model', async () => {
    sandbox.install('gemini');
    const result = await commandStep.execute(
      plan({ integration: '{{ inputs.agent }}', model: '{{ inputs.model }}' }),
      sandbox.context({ inputs: { agent: 'gemini', model: 'pro' } })
    );
    expect(result.status).toBe('completed');
    expect(sandbox.runs('gemini')[0].argv).toEqual(['-p', '/speckit.plan', '-m', 'pro']);
  });

  it('fails the step, without running anything, when an expression gives a non-string', async () => {
    sandbox.install('claude');
    const result = await commandStep.execute(
      plan({ model: '{{ inputs.n }}' }),
      sandbox.context({ inputs: { n: 5 } })
    );
    expect(result).toEqual({
      status: 'failed',
      output: {},
      error: expect.stringContaining("'model' must be a string")
    });
    expect(sandbox.runs()).toEqual([]);
  });

  it('falls back to the integration recorded in .specify/integration.json', async () => {
    sandbox.install('codex');
    const context = sandbox.context();
    fs.mkdirSync(path.join(context.projectRoot, '.specify'));
    fs.writeFileSync(
      path.join(context.projectRoot, '.specify', 'integration.json'),
      JSON.stringify({ integration: 'codex', version: '0.9' })
    );
    const result = await commandStep.execute({ id: 's', command: 'speckit.plan' }, context);
    expect(result.output).toMatchObject({ integration: 'codex', dispatched: true });
    expect(sandbox.runs('codex')[0].argv).toEqual(['exec', '$speckit-plan']);
  });
});

describe('when the agent cannot be run', () => {
  it('names the executable it looked for and the override variable', async () => {
    const result = await commandStep.execute(plan(), sandbox.context());
    expect(result.status).toBe('failed');
    expect(result.output).toEqual({
      command: 'speckit.plan',
      integration: 'claude',
      model: null,
      options: {},
      input: {},
      exit_code: 1,
      dispatched: false
    });
    expect(result.error).toContain('"claude"');
    expect(result.error).toContain('SPECKIT_INTEGRATION_CLAUDE_EXECUTABLE');
  });

  it('says how to set an integration when none is configured', async () => {
    const result = await commandStep.execute(
      { id: 's', command: 'speckit.plan' },
      sandbox.context()
    );
    expect(result.output).toMatchObject({ integration: null, exit_code: 1, dispatched: false });
    expect(result.error).toContain("'integration:'");
  });

  it('rejects integrations spec-kit cannot dispatch to, and unknown ones', async () => {
    sandbox.install('bob');
    const bob = await commandStep.execute(plan({ integration: 'bob' }), sandbox.context());
    expect(bob.output).toMatchObject({ dispatched: false });
    const unknown = await commandStep.execute(plan({ integration: 'clawd' }), sandbox.context());
    expect(unknown.error).toContain('"clawd" is not a known integration');
    expect(sandbox.runs()).toEqual([]);
  });
});

describe('operator overrides', () => {
  it('runs the executable named by SPECKIT_INTEGRATION_<KEY>_EXECUTABLE', async () => {
    const pinned = sandbox.install('claude-pinned');
    const context = sandbox.context();
    context.env = {
      ...context.env,
      PATH: '/usr/bin:/bin',
      SPECKIT_INTEGRATION_CLAUDE_EXECUTABLE: `  ${pinned}  `
    };
    const result = await commandStep.execute(plan(), context);
    expect(result.status).toBe('completed');
    expect(sandbox.runs('claude-pinned')[0].argv).toEqual(['-p', '/speckit-plan']);
  });

  it('adds the words of SPECKIT_INTEGRATION_<KEY>_EXTRA_ARGS (kiro-cli → KIRO_CLI)', async () => {
    sandbox.install('kiro-cli');
    const context = sandbox.context();
    context.env = {
      ...context.env,
      SPECKIT_INTEGRATION_KIRO_CLI_EXTRA_ARGS: `--trust-all-tools --note 'two words'`
    };
    await commandStep.execute(plan({ integration: 'kiro-cli', model: 'm' }), context);
    expect(sandbox.runs('kiro-cli')[0].argv).toEqual([
      '-p',
      '/speckit.plan',
      '--trust-all-tools',
      '--note',
      'two words',
      '--model',
      'm'
    ]);
  });

  it('stops the run with a clear error on malformed EXTRA_ARGS', async () => {
    sandbox.install('claude');
    const context = sandbox.context();
    context.env = { ...context.env, SPECKIT_INTEGRATION_CLAUDE_EXTRA_ARGS: '--flag "unterminated' };
    const run = commandStep.execute(plan(), context);
    await expect(run).rejects.toThrow(WorkflowError);
    await expect(run).rejects.toThrow(
      /SPECKIT_INTEGRATION_CLAUDE_EXTRA_ARGS.*--flag \\"unterminated/
    );
    expect(sandbox.runs()).toEqual([]);
  });

  it("turns Copilot's --yolo off with SPECKIT_COPILOT_ALLOW_ALL_TOOLS=0", async () => {
    sandbox.install('copilot');
    const on = sandbox.context();
    await commandStep.execute(plan({ integration: 'copilot' }), on);
    const off = sandbox.context();
    off.env = { ...off.env, SPECKIT_COPILOT_ALLOW_ALL_TOOLS: '0' };
    await commandStep.execute(plan({ integration: 'copilot' }), off);
    expect(sandbox.runs('copilot').map((r) => r.argv)).toEqual(
      expect.arrayContaining([
        ['-p', '/speckit-plan', '--yolo'],
        ['-p', '/speckit-plan']
      ])
    );
  });

  it("selects Copilot's agent with --agent in a commands-layout project", async () => {
    sandbox.install('copilot');
    const context = sandbox.context();
    const agents = path.join(context.projectRoot, '.github', 'agents');
    fs.mkdirSync(agents, { recursive: true });
    fs.writeFileSync(path.join(agents, 'speckit.plan.agent.md'), '---\n---\n');
    await commandStep.execute(
      plan({ integration: 'copilot', input: { args: 'add auth' } }),
      context
    );
    expect(sandbox.runs('copilot')[0].argv).toEqual([
      '-p',
      'add auth',
      '--agent',
      'speckit.plan',
      '--yolo'
    ]);
  });
});

describe('timeout and cancellation', () => {
  it('ends the whole process tree when the timeout elapses', async () => {
    const pidFile = path.join(sandbox.scratch, 'grandchild.pid');
    sandbox.install('claude', { hangWithGrandchild: { pidFile } });
    const context = sandbox.context();
    const result = await commandStep.execute(plan({ timeout: 1 }), context);

    expect(result.status).toBe('failed');
    expect(result.output).toMatchObject({ exit_code: -1, dispatched: true });
    expect(result.output.stderr).toContain('timed out after 1 seconds');
    expect(result.error).toContain('timed out');
    const grandchild = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(await waitUntilGone(grandchild)).toBe(true);
  });

  it('warns about an unusable timeout and keeps the default', async () => {
    sandbox.install('claude');
    const context = sandbox.context();
    const result = await commandStep.execute(plan({ timeout: 'soon' }), context);
    expect(result.status).toBe('completed');
    expect(context.output.err.join('')).toContain("'timeout' must be a number of seconds");
  });

  it('kills the agent tree and raises InterruptedError when the run is cancelled', async () => {
    const pidFile = path.join(sandbox.scratch, 'grandchild.pid');
    sandbox.install('claude', { hangWithGrandchild: { pidFile } });
    const context = sandbox.context();
    const run = commandStep.execute(plan(), context);
    const grandchild = Number(await waitForFile(pidFile));
    expect(isRunning(grandchild)).toBe(true);

    context.controller.abort();
    await expect(run).rejects.toThrow(InterruptedError);
    expect(await waitUntilGone(grandchild)).toBe(true);
  });
});

describe('concurrent dispatch', () => {
  it('runs four agents at the same time (each waits at a barrier for all four)', async () => {
    const barrier = { dir: sandbox.scratch, count: 4 };
    sandbox.install('claude', { barrier, stdout: 'through' });
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((item) =>
        commandStep.execute(
          plan({ id: `plan-${item}`, input: { args: item } }),
          sandbox.context({ item, insideFanOut: true })
        )
      )
    );
    expect(results.map((r) => [r.status, r.output.stdout])).toEqual(
      Array(4).fill(['completed', 'through'])
    );
    expect(
      sandbox
        .runs('claude')
        .map((r) => r.argv[1])
        .sort()
    ).toEqual(['/speckit-plan a', '/speckit-plan b', '/speckit-plan c', '/speckit-plan d']);
  });

  it('has a barrier that a lone agent cannot pass (so the test above proves overlap)', async () => {
    sandbox.install('claude', { barrier: { dir: sandbox.scratch, count: 2, giveUpMs: 300 } });
    const result = await commandStep.execute(plan(), sandbox.context());
    expect(result.output).toMatchObject({ exit_code: 99 });
  });
});
