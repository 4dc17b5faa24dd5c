/**
 * The `init` step against a stand-in `specify` on a temporary PATH.
 * (The argv for many configurations is checked against the reference in
 * tests/agents/reference-steps.test.ts.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { initStep } from '../../../src/engine/steps/init.js';
import { InterruptedError } from '../../../src/engine/types.js';
import { waitUntilGone } from '../../support/processes.js';
import { agentSandbox, type AgentSandbox } from '../agents/fake-agent.js';

let sandbox: AgentSandbox;
beforeEach(() => {
  sandbox = agentSandbox();
});
afterEach(() => sandbox.cleanup());

describe('validate', () => {
  const keysOf = (config: Record<string, unknown>) => initStep.validate(config).map((i) => i.key);

  it('accepts sh, ps, py and expressions for script', () => {
    for (const script of ['sh', 'ps', 'py', '{{ inputs.script }}', null]) {
      expect(keysOf({ id: 'i', script })).toEqual([]);
    }
    expect(keysOf({ id: 'i' })).toEqual([]);
  });

  it('rejects other scripts', () => {
    expect(keysOf({ id: 'i', script: 'bash' })).toEqual(['script']);
    expect(keysOf({ id: 'i', script: ['sh'] })).toEqual(['script']);
    expect(keysOf({ script: 'sh' })).toEqual(['id']);
  });
});

describe('execute', () => {
  it('runs specify init in the project and records its output', async () => {
    sandbox.install('specify', { stdout: 'Project ready\n', stderr: 'hint\n' });
    const context = sandbox.context();
    const result = await initStep.execute(
      { id: 'i', here: true, integration: 'claude', script: 'sh' },
      context
    );
    expect(result).toEqual({
      status: 'completed',
      output: {
        argv: [
          'init',
          '--here',
          '--integration',
          'claude',
          '--script',
          'sh',
          '--ignore-agent-tools'
        ],
        project: null,
        here: true,
        integration: 'claude',
        integration_options: null,
        script: 'sh',
        preset: null,
        force: false,
        ignore_agent_tools: true,
        exit_code: 0,
        stdout: 'Project ready\n',
        stderr: 'hint\n',
        truncated: false
      }
    });
    const [run] = sandbox.runs('specify');
    expect(run.argv).toEqual(result.output.argv);
    expect(run.cwd).toBe(fs.realpathSync(context.projectRoot));
    expect(context.output.out.join('')).toBe('Project ready\n');
  });

  it('fails with what specify printed when it fails', async () => {
    sandbox.install('specify', { stderr: 'Unknown preset "x"\n', exitCode: 2 });
    const result = await initStep.execute({ id: 'i', preset: 'x' }, sandbox.context());
    expect(result.status).toBe('failed');
    expect(result.output).toMatchObject({ exit_code: 2, stderr: 'Unknown preset "x"\n' });
    expect(result.error).toContain('Unknown preset "x"');
  });

  it('says how to install specify when it is not on PATH', async () => {
    const result = await initStep.execute({ id: 'i' }, sandbox.context());
    expect(result.status).toBe('failed');
    expect(result.output).toMatchObject({
      exit_code: 1,
      stdout: '',
      argv: ['init', '.', '--integration', 'copilot', '--ignore-agent-tools']
    });
    expect(result.error).toContain('specify CLI was not found');
    expect(result.error).toContain('uv tool install specify-cli');
    expect(result.output.stderr).toBe(result.error);
  });

  it('refuses a non-empty target without force, before running specify', async () => {
    sandbox.install('specify');
    const context = sandbox.context();
    fs.writeFileSync(path.join(context.projectRoot, 'README.md'), '# app\n');
    const refused = await initStep.execute({ id: 'i', here: true }, context);
    expect(refused.status).toBe('failed');
    expect(refused.error).toContain("'force: true'");
    expect(sandbox.runs('specify')).toEqual([]);

    const forced = await initStep.execute({ id: 'i', here: true, force: true }, context);
    expect(forced.status).toBe('completed');
    expect(sandbox.runs('specify')[0].argv.at(-1)).toBe('--force');
  });

  it('warns about an unknown SPECKIT_INTEGRATION_DEFAULT and uses copilot', async () => {
    sandbox.install('specify');
    const context = sandbox.context();
    context.env = { ...context.env, SPECKIT_INTEGRATION_DEFAULT: 'nope' };
    const result = await initStep.execute({ id: 'i' }, context);
    expect(result.output.integration).toBe('copilot');
    expect(context.output.err.join('')).toContain('SPECKIT_INTEGRATION_DEFAULT');
  });

  it('stops specify and raises InterruptedError when the run is cancelled', async () => {
    const pidFile = path.join(sandbox.scratch, 'grandchild.pid');
    sandbox.install('specify', { hangWithGrandchild: { pidFile } });
    const context = sandbox.context();
    const run = initStep.execute({ id: 'i' }, context);
    // The grandchild's pid file is the latch: specify is running.
    while (!fs.existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 5));
    context.controller.abort();
    await expect(run).rejects.toThrow(InterruptedError);
    expect(await waitUntilGone(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(true);
  });
});
