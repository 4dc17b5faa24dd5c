import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { runProcess, StreamCapture, type ProcessSpec } from '../../src/engine/process.js';
import { collectingSink } from '../support/context.js';
import { isRunning, waitUntilGone } from '../support/processes.js';

const base = (command: string, extra: Partial<ProcessSpec> = {}): ProcessSpec => ({
  command,
  shell: true,
  cwd: tmpdir(),
  env: process.env,
  ...extra
});

/** The pids a script prints, one per line, once the given number has arrived. */
function pidLatch(count: number): {
  sink: ReturnType<typeof collectingSink>;
  pids: Promise<number[]>;
} {
  const sink = collectingSink();
  let release: (pids: number[]) => void = () => {};
  const pids = new Promise<number[]>((r) => (release = r));
  const original = sink.stdout;
  sink.stdout = (chunk) => {
    original(chunk);
    const found = sink.out.join('').match(/^\d+$/gm) ?? [];
    if (found.length >= count) release(found.slice(0, count).map(Number));
  };
  return { sink, pids };
}

describe('runProcess exit status and output', () => {
  it('captures stdout, stderr and the exit code and streams them live', async () => {
    const sink = collectingSink();
    const outcome = await runProcess(base('echo out; echo err >&2; exit 3', { output: sink }));
    expect(outcome).toMatchObject({
      exitCode: 3,
      stdout: 'out\n',
      stderr: 'err\n',
      timedOut: false,
      aborted: false,
      stdoutTruncated: false,
      stderrTruncated: false,
      stdoutInvalidUtf8: false,
      stderrInvalidUtf8: false,
      spawnError: undefined
    });
    expect(sink.out.join('')).toBe('out\n');
    expect(sink.err.join('')).toBe('err\n');
  });

  it('reports death by signal N as -N, like Python subprocess', async () => {
    const outcome = await runProcess(base('kill -TERM $$'));
    expect(outcome.exitCode).toBe(-15);
    expect(outcome.signal).toBe('SIGTERM');
  });

  it('runs argv directly without a shell, in cwd with the given env', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'specflow-proc-'));
    try {
      const outcome = await runProcess({
        command: '/bin/sh',
        args: ['-c', 'printf "%s|%s|%s" "$1" "$MY_VAR" "$(pwd)"', 'zero', 'a b'],
        cwd: dir,
        env: { PATH: process.env.PATH, MY_VAR: 'v' }
      });
      expect(outcome.exitCode).toBe(0);
      expect(outcome.stdout).toBe(`a b|v|${dir}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes args to a shell command as $0, $1...', async () => {
    const outcome = await runProcess(base('printf "%s-%s" "$0" "$1"', { args: ['x', 'y'] }));
    expect(outcome.stdout).toBe('x-y');
  });
});

describe('runProcess spawn failures', () => {
  it('reports a missing executable without rejecting', async () => {
    const outcome = await runProcess({ command: '/nonexistent/prog', cwd: tmpdir(), env: {} });
    expect((outcome.spawnError as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(outcome.exitCode).toBe(-1);
  });

  it('reports a missing working directory', async () => {
    const outcome = await runProcess(base('echo hi', { cwd: '/nonexistent/dir' }));
    expect((outcome.spawnError as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(outcome.exitCode).toBe(-1);
    expect(outcome.stdout).toBe('');
  });

  it('reports arguments Node refuses (NUL bytes) the same way', async () => {
    const outcome = await runProcess(base('echo \0'));
    expect((outcome.spawnError as NodeJS.ErrnoException).code).toBe('ERR_INVALID_ARG_VALUE');
    expect(outcome.exitCode).toBe(-1);
  });
});

describe('runProcess timeout and abort kill the whole tree', () => {
  it('kills a backgrounded grandchild on timeout', async () => {
    const { sink, pids } = pidLatch(2);
    const outcome = await runProcess(
      base('sleep 30 & echo $!; echo $$; sleep 30', { timeoutSeconds: 0.3, output: sink })
    );
    const [grandchild, shell] = await pids;
    expect(outcome.timedOut).toBe(true);
    expect(outcome.aborted).toBe(false);
    expect(outcome.exitCode).toBe(-1);
    expect(await waitUntilGone(grandchild)).toBe(true);
    expect(await waitUntilGone(shell)).toBe(true);
  }, 10000);

  it('escalates to SIGKILL when the tree ignores SIGTERM', async () => {
    const { sink, pids } = pidLatch(1);
    const outcome = await runProcess(
      base("trap '' TERM; sleep 30 & echo $!; wait", {
        timeoutSeconds: 0.2,
        killGraceMs: 100,
        output: sink
      })
    );
    const [grandchild] = await pids;
    expect(outcome.timedOut).toBe(true);
    expect(await waitUntilGone(grandchild)).toBe(true);
  }, 10000);

  it('kills the tree when the signal aborts', async () => {
    const controller = new AbortController();
    const { sink, pids } = pidLatch(1);
    const running = runProcess(
      base('sleep 30 & echo $!; wait', { signal: controller.signal, output: sink })
    );
    const [grandchild] = await pids;
    expect(isRunning(grandchild)).toBe(true);
    controller.abort();
    const outcome = await running;
    expect(outcome).toMatchObject({ aborted: true, timedOut: false, exitCode: -1 });
    expect(await waitUntilGone(grandchild)).toBe(true);
  }, 10000);

  it('does not start at all when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const sink = collectingSink();
    const outcome = await runProcess(base('echo ran', { signal: controller.signal, output: sink }));
    expect(outcome).toMatchObject({ aborted: true, exitCode: -1, stdout: '' });
    expect(sink.out).toEqual([]);
  });

  it('removes its process-level signal guards once the child is done', async () => {
    const before = process.listenerCount('SIGTERM');
    const { pids, sink } = pidLatch(1);
    const running = runProcess(base('echo $$; exec sleep 30', { output: sink }));
    const [shell] = await pids;
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    process.kill(shell, 'SIGKILL');
    expect((await running).exitCode).toBe(-9);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  }, 10000);
});

describe('runProcess capture limits', () => {
  it('keeps only the tail of a stream past maxCaptureBytes', async () => {
    const outcome = await runProcess(
      base("head -c 100000 /dev/zero | tr '\\0' a; printf END; echo e >&2", {
        maxCaptureBytes: 16
      })
    );
    expect(outcome.stdout).toBe('a'.repeat(13) + 'END');
    expect(outcome.stdoutTruncated).toBe(true);
    expect(outcome.stderr).toBe('e\n');
    expect(outcome.stderrTruncated).toBe(false);
  });

  it('decodes a character split across two writes', async () => {
    const sink = collectingSink();
    const outcome = await runProcess(
      base("printf '\\303'; sleep 0.05; printf '\\251'", { output: sink })
    );
    expect(outcome.stdout).toBe('é');
    expect(sink.out.join('')).toBe('é');
  });
});

describe('StreamCapture', () => {
  it('decodes a multi-byte character split across chunks for the live sink', () => {
    const live: string[] = [];
    const capture = new StreamCapture(undefined, (text) => live.push(text));
    const euro = Buffer.from('x€y');
    capture.push(euro.subarray(0, 2));
    capture.push(euro.subarray(2, 3));
    capture.push(euro.subarray(3));
    capture.end();
    expect(live.join('')).toBe('x€y');
    expect(live.every((t) => !t.includes('\ufffd'))).toBe(true);
    expect(capture.text()).toBe('x€y');
    expect(capture.truncated).toBe(false);
  });

  it('drops a character cut in half by truncation instead of garbling it', () => {
    const capture = new StreamCapture(4);
    capture.push(Buffer.from('aé'));
    capture.push(Buffer.from('€'));
    // Last 4 bytes: the second byte of é, then €.
    expect(capture.text()).toBe('€');
    expect(capture.truncated).toBe(true);
  });

  it('tells whether the kept bytes are valid UTF-8', () => {
    const valid = new StreamCapture(undefined);
    valid.push(Buffer.from('é\ufffd'));
    expect(valid.validUtf8()).toBe(true);
    const invalid = new StreamCapture(undefined);
    invalid.push(Buffer.from([0x61, 0xff]));
    expect(invalid.validUtf8()).toBe(false);
    expect(invalid.text()).toBe('a\ufffd');
  });

  it('keeps nothing with a zero limit', () => {
    const capture = new StreamCapture(0);
    capture.push(Buffer.from('abc'));
    expect(capture.text()).toBe('');
    expect(capture.truncated).toBe(true);
  });
});

describe('runProcess when this process dies', () => {
  // Runs process.ts in a separate Node process (transpiled on the fly), so the
  // test can kill that process and check its children went with it.
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'specflow-driver-'));
    const source = readFileSync(resolve('src/engine/process.ts'), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
    });
    writeFileSync(join(dir, 'process.mjs'), outputText);
    writeFileSync(
      join(dir, 'driver.mjs'),
      [
        "import { runProcess } from './process.mjs';",
        'const mode = process.argv[2];',
        'runProcess({ command: "sleep 30 & echo $!; wait", shell: true, cwd: process.cwd(), env: process.env,',
        '  output: { stdout: (t) => { process.stdout.write(t); if (mode === "exit") process.exit(7); }, stderr: () => {} } });'
      ].join('\n')
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function runDriver(
    mode: 'signal' | 'exit'
  ): Promise<{ grandchild: number; code: number | null; signal: NodeJS.Signals | null }> {
    const driver = spawn(process.execPath, [join(dir, 'driver.mjs'), mode], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'inherit']
    });
    const grandchild = await new Promise<number>((resolvePid) => {
      let text = '';
      driver.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const match = /^(\d+)\n/.exec(text);
        if (match) resolvePid(Number(match[1]));
      });
    });
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((r) =>
      driver.on('exit', (code, signal) => r([code, signal]))
    );
    if (mode === 'signal') driver.kill('SIGTERM');
    const [code, signal] = await ended;
    return { grandchild, code, signal };
  }

  it('kills running trees and still dies of the signal', async () => {
    const { grandchild, signal } = await runDriver('signal');
    expect(signal).toBe('SIGTERM');
    expect(await waitUntilGone(grandchild)).toBe(true);
  }, 15000);

  it('kills running trees when the process exits', async () => {
    const { grandchild, code } = await runDriver('exit');
    expect(code).toBe(7);
    expect(await waitUntilGone(grandchild)).toBe(true);
  }, 15000);
});
