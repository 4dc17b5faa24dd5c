/**
 * The `prompt` step against stand-in agent CLIs on a temporary PATH.
 * (Per-case agreement with the reference is in tests/agents/reference-steps.test.ts.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { DEFAULT_PROMPT_TIMEOUT, promptStep } from '../../../src/engine/steps/prompt.js';
import { agentSandbox, type AgentSandbox } from '../agents/fake-agent.js';
import { waitUntilGone } from '../../support/processes.js';

let sandbox: AgentSandbox;
beforeEach(() => {
  sandbox = agentSandbox();
});
afterEach(() => sandbox.cleanup());

describe('validate', () => {
  const keysOf = (config: Record<string, unknown>) => promptStep.validate(config).map((i) => i.key);

  it('accepts a prompt with optional settings', () => {
    expect(
      keysOf({ id: 'p', prompt: 'Review {{ inputs.file }}', integration: 'claude', timeout: 2.5 })
    ).toEqual([]);
  });

  it('names the key of each problem', () => {
    expect(keysOf({ id: 'p' })).toEqual(['prompt']);
    expect(keysOf({ id: 'p', prompt: null })).toEqual(['prompt']);
    expect(keysOf({ id: 'p', prompt: 'x', integration: {}, model: [] })).toEqual([
      'integration',
      'model'
    ]);
    expect(keysOf({ prompt: 'x' })).toEqual(['id']);
  });

  it.each([['30'], [true], [0], [-1], [null], [Infinity], [NaN]])(
    'rejects timeout %p like the reference',
    (timeout) => {
      expect(keysOf({ id: 'p', prompt: 'x', timeout })).toEqual(['timeout']);
    }
  );

  it('has the reference default timeout', () => {
    expect(DEFAULT_PROMPT_TIMEOUT).toBe(300);
  });
});

describe('execute', () => {
  it('sends the evaluated prompt and records what the agent said', async () => {
    sandbox.install('opencode', { stdout: 'looks fine', stderr: 'warn' });
    const context = sandbox.context({ inputs: { file: 'src/a.ts' } });
    const result = await promptStep.execute(
      { id: 'p', prompt: 'Review {{ inputs.file }}', integration: 'opencode', model: 'gpt' },
      context
    );
    expect(result).toEqual({
      status: 'completed',
      output: {
        prompt: 'Review src/a.ts',
        integration: 'opencode',
        model: 'gpt',
        exit_code: 0,
        stdout: 'looks fine',
        stderr: 'warn',
        dispatched: true,
        truncated: false
      }
    });
    expect(sandbox.runs('opencode')[0].argv).toEqual(['run', '-m', 'gpt', 'Review src/a.ts']);
    expect(context.output.out.join('')).toBe('looks fine');
  });

  it('fails with the exit code when the agent fails', async () => {
    sandbox.install('claude', { stderr: 'no credits', exitCode: 2 });
    const result = await promptStep.execute(
      { id: 'p', prompt: 'x', integration: 'claude' },
      sandbox.context()
    );
    expect(result.status).toBe('failed');
    expect(result.output).toMatchObject({ exit_code: 2, stderr: 'no credits', dispatched: true });
    expect(result.error).toContain('no credits');
  });

  it('does not dispatch an empty prompt', async () => {
    sandbox.install('claude');
    const result = await promptStep.execute(
      { id: 'p', prompt: '{{ inputs.text }}', integration: 'claude' },
      sandbox.context({ inputs: { text: '' } })
    );
    expect(result.output).toEqual({
      prompt: '',
      integration: 'claude',
      model: null,
      exit_code: 1,
      dispatched: false
    });
    expect(result.error).toContain('empty');
    expect(sandbox.runs()).toEqual([]);
  });

  it('fails before dispatch on an invalid timeout (execute guards unvalidated configs too)', async () => {
    sandbox.install('claude');
    const result = await promptStep.execute(
      { id: 'p', prompt: 'x', integration: 'claude', timeout: 'later' },
      sandbox.context()
    );
    expect(result).toEqual({
      status: 'failed',
      output: {},
      error: expect.stringContaining("'timeout'")
    });
    expect(sandbox.runs()).toEqual([]);
  });

  it('records -1 and ends the process tree on timeout', async () => {
    const pidFile = path.join(sandbox.scratch, 'grandchild.pid');
    sandbox.install('claude', { hangWithGrandchild: { pidFile } });
    const result = await promptStep.execute(
      { id: 'p', prompt: 'x', integration: 'claude', timeout: 1 },
      sandbox.context()
    );
    expect(result.status).toBe('failed');
    expect(result.output).toMatchObject({ exit_code: -1, dispatched: true });
    expect(result.output.stderr).toContain('Prompt timed out after 1 seconds');
    expect(await waitUntilGone(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(true);
  });
});
