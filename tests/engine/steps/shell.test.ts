import { realpathSync } from 'node:fs';
import { MAX_SHELL_CAPTURE_BYTES, shellStep } from '../../../src/engine/steps/shell.js';
import { InterruptedError } from '../../../src/engine/types.js';
import { makeContext, removeTempProjects } from '../../support/context.js';
import { waitUntilGone } from '../../support/processes.js';
import { PyFloat } from '../../../src/engine/pyvalue.js';

afterAll(removeTempProjects);

const keysOf = (config: Record<string, unknown>) => shellStep.validate(config).map((i) => i.key);

describe('shell validate', () => {
  it('accepts a complete step', () => {
    expect(keysOf({ id: 's', run: 'echo {{ x }}', output_format: 'json', timeout: 1.5 })).toEqual(
      []
    );
    expect(keysOf({ id: 's', run: 'true', output_format: null })).toEqual([]);
  });

  it('requires id and a string run', () => {
    expect(keysOf({})).toEqual(['id', 'run']);
    expect(keysOf({ id: 's', run: ['echo', 'x'] })).toEqual(['run']);
    expect(keysOf({ id: 's', run: null })).toEqual(['run']);
  });

  it('allows only json as output_format', () => {
    expect(keysOf({ id: 's', run: 'x', output_format: 'yaml' })).toEqual(['output_format']);
  });

  it('wants timeout to be a positive finite number (a boolean is not one)', () => {
    for (const timeout of [true, '5', -1, 0, new PyFloat(Infinity), new PyFloat(NaN), null]) {
      expect(keysOf({ id: 's', run: 'x', timeout })).toEqual(['timeout']);
    }
  });
});

describe('shell execute', () => {
  test('keeps the last 16 MiB of a stream in the record, marked truncated; the live output gets it all', async () => {
    const context = makeContext();
    // 20 MiB of one long line, then a last line to find at the end of the tail.
    const result = await shellStep.execute(
      { id: 's', run: 'head -c 20971520 /dev/zero | tr "\\0" "x"; echo; echo LAST' },
      context
    );
    const output = result.output as Record<string, unknown>;
    expect(output.truncated).toBe(true);
    expect((output.stdout as string).length).toBeLessThanOrEqual(MAX_SHELL_CAPTURE_BYTES);
    expect((output.stdout as string).endsWith('x\nLAST\n')).toBe(true);
    expect(context.output.out.join('').length).toBe(20 * 1024 * 1024 + 6);
    // Small output is kept whole, with no flag.
    const small = await shellStep.execute({ id: 's', run: 'echo hi' }, makeContext());
    expect(small.output).toEqual({ exit_code: 0, stdout: 'hi\n', stderr: '' });
  });

  it('records exit code and output, with newlines normalised as Python text mode does', async () => {
    const context = makeContext();
    const result = await shellStep.execute(
      { id: 's', run: "printf 'a\\r\\nb\\rc'; echo err >&2" },
      context
    );
    expect(result).toEqual({
      status: 'completed',
      output: { exit_code: 0, stdout: 'a\nb\nc', stderr: 'err\n' }
    });
    // The live view gets the bytes as they came.
    expect(context.output.out.join('')).toBe('a\r\nb\rc');
    expect(context.output.err.join('')).toBe('err\n');
  });

  it('fails on a non-zero exit, keeping the output', async () => {
    const result = await shellStep.execute({ id: 's', run: 'echo out; exit 4' }, makeContext());
    expect(result.status).toBe('failed');
    expect(result.output).toEqual({ exit_code: 4, stdout: 'out\n', stderr: '' });
    expect(result.error).toContain('4');
  });

  it('records death by signal N as exit code -N', async () => {
    const result = await shellStep.execute({ id: 's', run: 'kill -9 $$' }, makeContext());
    expect(result).toMatchObject({ status: 'failed', output: { exit_code: -9 } });
  });

  it('evaluates expressions in run and runs in the project root', async () => {
    const context = makeContext({ inputs: { w: 'hi' } });
    const result = await shellStep.execute({ id: 's', run: 'echo {{ inputs.w }}; pwd' }, context);
    expect(result.output.stdout).toBe(`hi\n${realpathSync(context.projectRoot)}\n`);
  });

  it('runs the Python text of a non-string run', async () => {
    const result = await shellStep.execute({ id: 's', run: 42 }, makeContext());
    expect(result.output).toMatchObject({ exit_code: 127 });
  });

  it('sets SPECKIT_WORKFLOW_DIR to the workflow folder, and removes an inherited one without it', async () => {
    const run = 'printf %s "${SPECKIT_WORKFLOW_DIR-unset}"';
    const withDir = await shellStep.execute({ id: 's', run }, makeContext({ workflowDir: '/wf' }));
    expect(withDir.output.stdout).toBe('/wf');
    const without = await shellStep.execute(
      { id: 's', run },
      makeContext({ env: { ...process.env, SPECKIT_WORKFLOW_DIR: 'leak' } })
    );
    expect(without.output.stdout).toBe('unset');
  });

  it('parses stdout into data with output_format json, NaN and Infinity included', async () => {
    const result = await shellStep.execute(
      { id: 's', run: `echo '{"a": [1, NaN, -Infinity], "b": null}'`, output_format: 'json' },
      makeContext()
    );
    expect(result.status).toBe('completed');
    expect(result.output.data).toEqual({
      a: [1, new PyFloat(NaN), new PyFloat(-Infinity)],
      b: null
    });
  });

  it('fails when declared JSON output does not parse, empty output included', async () => {
    for (const run of ['echo nope', 'true']) {
      const result = await shellStep.execute(
        { id: 's', run, output_format: 'json' },
        makeContext()
      );
      expect(result.status).toBe('failed');
      expect(result.output).not.toHaveProperty('data');
      expect(result.output.exit_code).toBe(0);
    }
  });

  it('fails an invalid timeout without running anything', async () => {
    const context = makeContext();
    const result = await shellStep.execute({ id: 's', run: 'echo ran', timeout: true }, context);
    expect(result).toMatchObject({
      status: 'failed',
      output: { exit_code: -1, stdout: '', stderr: 'invalid timeout' }
    });
    expect(context.output.out).toEqual([]);
  });

  it('fails on timeout with exit code -1 and stderr "timeout", killing the tree', async () => {
    const context = makeContext();
    const result = await shellStep.execute(
      { id: 's', run: 'sleep 30 & echo $!; wait', timeout: 0.2 },
      context
    );
    expect(result).toMatchObject({
      status: 'failed',
      output: { exit_code: -1, stdout: '', stderr: 'timeout' }
    });
    const grandchild = Number(context.output.out.join('').trim());
    expect(await waitUntilGone(grandchild)).toBe(true);
  }, 10000);

  it('fails with exit code -1 when the shell cannot start', async () => {
    const result = await shellStep.execute(
      { id: 's', run: 'echo hi' },
      makeContext({ projectRoot: '/nonexistent/project' })
    );
    expect(result.status).toBe('failed');
    expect(result.output).toMatchObject({ exit_code: -1, stdout: '' });
    expect(result.output.stderr).toContain('ENOENT');
  });

  it('throws InterruptedError and kills the tree when the run is aborted', async () => {
    const context = makeContext();
    let grandchild = 0;
    context.output.stdout = (chunk) => {
      grandchild = Number(chunk.trim());
      context.controller.abort();
    };
    await expect(
      shellStep.execute({ id: 's', run: 'sleep 30 & echo $!; wait' }, context)
    ).rejects.toBeInstanceOf(InterruptedError);
    expect(grandchild).toBeGreaterThan(0);
    expect(await waitUntilGone(grandchild)).toBe(true);
  }, 10000);

  it('throws InterruptedError without starting when already aborted', async () => {
    const context = makeContext();
    context.controller.abort();
    await expect(shellStep.execute({ id: 's', run: 'echo ran' }, context)).rejects.toBeInstanceOf(
      InterruptedError
    );
    expect(context.output.out).toEqual([]);
  });

  it('fails the run (throws) on output that is not UTF-8, as the reference does', async () => {
    await expect(
      shellStep.execute({ id: 's', run: "printf '\\377'" }, makeContext())
    ).rejects.toMatchObject({ name: 'WorkflowError' });
  });

  it('lets expression errors escape', async () => {
    await expect(
      shellStep.execute({ id: 's', run: 'echo {{ x | nosuch }}' }, makeContext())
    ).rejects.toMatchObject({ name: 'ExpressionError' });
  });
});
