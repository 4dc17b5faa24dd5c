/**
 * The run lock on its own: who may take it, who is refused, how a stale one
 * is taken over (once, by one taker), what a damaged or symlinked lock gives,
 * and how the process groups a dead driver left are ended. Dead and live
 * holders are real processes; interleavings are placed with the takeover
 * hooks or a barrier across real child processes, never by timing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  acquireRunLock,
  endOrphanGroups,
  markedGroups,
  processStartTime,
  runLockPath,
  type RunLock,
  type TakeoverHooks
} from '../../src/engine/run-lock.js';
import { listRunRecords } from '../../src/engine/run-record.js';
import { RunState } from '../../src/engine/run-state.js';
import { InterruptedError, RunStatus, StepStatus, type StepType } from '../../src/engine/types.js';
import { isRunning, waitForEnvironment, waitUntilGone } from '../support/processes.js';
import { deferred, harness, header, type Harness } from '../support/engine-harness.js';

const LOCK_MODULE = path.resolve('build/engine/run-lock.js');
const onLinux = process.platform === 'linux';
const linuxOnly = onLinux ? test : test.skip;

const projects: string[] = [];
const children: ChildProcess[] = [];
const held: RunLock[] = [];

function tmpProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specflow-lock-'));
  fs.mkdirSync(path.join(dir, '.specify', 'workflows', 'runs'), { recursive: true });
  projects.push(dir);
  return dir;
}

afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
  for (const child of children.splice(0)) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  }
});

afterAll(() => {
  for (const dir of projects) fs.rmSync(dir, { recursive: true, force: true });
});

function take(
  project: string,
  runId = 'r1',
  mode: 'run' | 'resume' = 'resume',
  hooks?: TakeoverHooks
): RunLock {
  const lock = acquireRunLock(project, runId, mode, hooks);
  held.push(lock);
  return lock;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

/** The pid of a process that has exited (and been reaped). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid as number;
}

/** A live process in a group of its own, killed after the test. */
function liveGroup(script: string): ChildProcess {
  const child = spawn('/bin/sh', ['-c', script], { detached: true, stdio: 'ignore' });
  children.push(child);
  return child;
}

function lockText(fields: Record<string, unknown>, runId = 'r1'): string {
  return JSON.stringify({
    format: 1,
    run_id: runId,
    pid: 1,
    hostname: os.hostname(),
    process_start: null,
    started_at: '2024-01-01T00:00:00.000Z',
    mode: 'resume',
    token: 'abc',
    groups: [],
    ...fields
  });
}

/** The lock as the module reads it (for functions that take a record). */
function readLockRecord(project: string, runId = 'r1') {
  const raw = readLock(project, runId);
  return {
    runId: String(raw.run_id),
    pid: Number(raw.pid),
    hostname: String(raw.hostname),
    processStart: null,
    startedAt: String(raw.started_at),
    mode: 'resume' as const,
    token: String(raw.token),
    groups: []
  };
}

function readLock(project: string, runId = 'r1'): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(runLockPath(project, runId), 'utf8'));
}

describe('taking and releasing', () => {
  test('the lock names this process and sits beside the run folder; release removes it', () => {
    const project = tmpProject();
    const lock = take(project, 'r1', 'run');
    expect(lock.file).toBe(path.join(project, '.specify/workflows/runs/r1.lock'));
    expect(readLock(project)).toEqual({
      format: 1,
      run_id: 'r1',
      pid: process.pid,
      hostname: os.hostname(),
      process_start: processStartTime(process.pid),
      started_at: expect.any(String),
      mode: 'run',
      token: expect.any(String),
      groups: []
    });
    if (onLinux) expect(readLock(project).process_start).toMatch(/^\d+$/);
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
  });

  test('a live holder is refused, naming pid and host', () => {
    const project = tmpProject();
    take(project);
    expect(errorOf(() => take(project))).toMatch(
      new RegExp(
        `^run r1 is being resumed by pid ${process.pid} on ${os.hostname()} \\(lock .*r1\\.lock`
      )
    );
    // A start says "run", not "resumed".
    take(project, 'r2', 'run');
    expect(errorOf(() => take(project, 'r2'))).toMatch(/^run r2 is being run by pid/);
  });

  test('a live holder in another process is refused', () => {
    const project = tmpProject();
    const child = liveGroup('exec sleep 60');
    const pid = child.pid as number;
    fs.writeFileSync(
      runLockPath(project, 'r1'),
      lockText({ pid, process_start: processStartTime(pid) })
    );
    expect(errorOf(() => take(project))).toMatch(`run r1 is being resumed by pid ${pid} on`);
  });

  test('a lock left by a dead process is taken over, and says whose it was', () => {
    const project = tmpProject();
    const pid = deadPid();
    fs.writeFileSync(runLockPath(project, 'r1'), lockText({ pid }));
    const lock = take(project);
    expect(lock.previous).toMatchObject({ pid, hostname: os.hostname() });
    expect(readLock(project).pid).toBe(process.pid);
  });

  linuxOnly('a recycled pid (alive, another start time) does not hold the lock', () => {
    const project = tmpProject();
    const child = liveGroup('exec sleep 60');
    const pid = child.pid as number;
    fs.writeFileSync(runLockPath(project, 'r1'), lockText({ pid, process_start: '1' }));
    expect(take(project).previous?.pid).toBe(pid);
    // Nor does this process's own pid with a start time that is not ours.
    fs.writeFileSync(
      runLockPath(project, 'r9'),
      lockText({ pid: process.pid, process_start: '1' }, 'r9')
    );
    expect(take(project, 'r9').previous?.pid).toBe(process.pid);
    expect(isRunning(pid)).toBe(true);
  });

  test("another host's lock is refused even when its pid means nothing here", () => {
    const project = tmpProject();
    fs.writeFileSync(
      runLockPath(project, 'r1'),
      lockText({ pid: deadPid(), hostname: 'elsewhere.example' })
    );
    expect(errorOf(() => take(project))).toMatch(
      /^run r1 is being resumed by pid \d+ on elsewhere\.example/
    );
  });

  test('listing runs ignores the lock, the takeover mutex and temp files', () => {
    const project = tmpProject();
    const state = new RunState({ runId: 'r1', workflowId: 'wf', projectRoot: project });
    state.status = RunStatus.Paused;
    state.flush();
    take(project);
    const runs = path.join(project, '.specify/workflows/runs');
    fs.writeFileSync(path.join(runs, 'r1.lock.takeover'), '{}');
    fs.writeFileSync(path.join(runs, '.r1.lock.1.ab.tmp'), '{}');
    expect(listRunRecords(project)).toEqual([{ runId: 'r1', record: expect.anything() }]);
  });
});

describe('a lock that is not a lock', () => {
  test.each([
    ['', /not JSON/],
    ['garbage', /not JSON/],
    ['[]', /not a JSON object/],
    ['{}', /unknown format/],
    [lockText({ pid: -5 }), /'pid' must be a positive integer/],
    [lockText({ pid: 1.5 }), /'pid'/],
    [lockText({ run_id: 'other' }), /names run "other"/],
    [lockText({ hostname: 7 }), /'hostname'/],
    [lockText({ process_start: '12; rm' }), /'process_start'/],
    [lockText({ pid: 999999999, groups: [{ pgid: 1, start: null }] }), /pgid >= 2/],
    [lockText({ pid: 999999999, groups: [{ pgid: -1, start: null }] }), /pgid >= 2/],
    [lockText({ groups: 'all' }), /'groups' must be a list/]
  ])('%j is refused with an error naming the file, which is left alone', (text, why) => {
    const project = tmpProject();
    const file = runLockPath(project, 'r1');
    fs.writeFileSync(file, text);
    const message = errorOf(() => take(project));
    expect(message).toContain(`run lock ${file} is damaged (`);
    expect(message).toMatch(why);
    expect(message).toMatch(/if no specflow process is driving run r1, remove it$/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  test('a symlink at the lock path is never followed, dangling or not', () => {
    const project = tmpProject();
    const file = runLockPath(project, 'r1');
    const target = path.join(project, 'elsewhere.json');
    const stale = lockText({ pid: deadPid() });
    fs.writeFileSync(target, stale);
    fs.symlinkSync(target, file);
    expect(errorOf(() => take(project))).toBe(
      `${file} is a symbolic link; a run lock never is, so it is not used`
    );
    expect(fs.readFileSync(target, 'utf8')).toBe(stale);
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);

    fs.rmSync(target);
    expect(errorOf(() => take(project))).toMatch(/is a symbolic link/);
    expect(fs.existsSync(target)).toBe(false);
  });

  test('a directory or a FIFO at the lock path is refused without waiting on it', () => {
    const project = tmpProject();
    fs.mkdirSync(runLockPath(project, 'r1'));
    expect(errorOf(() => take(project))).toMatch(/r1\.lock: it is a directory/);
    const fifo = runLockPath(project, 'r2');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(errorOf(() => take(project, 'r2'))).toMatch(/r2\.lock: it is a named pipe/);
  });
});

describe('takeover is won once', () => {
  test('a taker that another overtook after it judged the lock stale loses to it', () => {
    const project = tmpProject();
    fs.writeFileSync(runLockPath(project, 'r1'), lockText({ pid: deadPid() }));
    let rival: RunLock | undefined;
    const message = errorOf(() =>
      take(project, 'r1', 'resume', {
        judgedStale: () => {
          rival = take(project);
        }
      })
    );
    expect(rival?.previous).not.toBeNull();
    // The lock changed under the first taker: re-read under the mutex, it is live now.
    expect(message).toMatch(`run r1 is being resumed by pid ${process.pid}`);
    expect(readLock(project).token).toBe(JSON.parse(fs.readFileSync(rival!.file, 'utf8')).token);
  });

  test('a second taker while the first holds the mutex is refused', () => {
    const project = tmpProject();
    fs.writeFileSync(runLockPath(project, 'r1'), lockText({ pid: deadPid() }));
    let second = '';
    const first = take(project, 'r1', 'resume', {
      underMutex: () => {
        second = errorOf(() => take(project));
      }
    });
    expect(second).toMatch(`run r1 is being taken over by pid ${process.pid}`);
    expect(second).toContain('r1.lock.takeover');
    expect(first.previous).not.toBeNull();
    expect(fs.existsSync(`${first.file}.takeover`)).toBe(false);
  });

  test('a mutex left by a taker that died is cleared; a damaged one is refused', () => {
    const project = tmpProject();
    const file = runLockPath(project, 'r1');
    fs.writeFileSync(file, lockText({ pid: deadPid() }));
    fs.writeFileSync(`${file}.takeover`, lockText({ pid: deadPid() }));
    expect(take(project).previous).not.toBeNull();
    expect(fs.existsSync(`${file}.takeover`)).toBe(false);

    fs.writeFileSync(runLockPath(project, 'r2'), lockText({ pid: deadPid() }, 'r2'));
    fs.writeFileSync(`${runLockPath(project, 'r2')}.takeover`, 'junk');
    expect(errorOf(() => take(project, 'r2'))).toMatch(/run lock .*r2\.lock\.takeover is damaged/);
  });

  test('many processes released at once onto one stale lock: exactly one wins, every round', async () => {
    const rounds = 20;
    const takers = 4;
    const code = `
      const { acquireRunLock } = await import(${JSON.stringify(LOCK_MODULE)});
      const [project] = process.argv.slice(1);
      process.stdout.write('ready\\n');
      process.stdin.once('data', () => {
        let lock = null;
        try {
          lock = acquireRunLock(project, 'r1', 'resume');
          process.stdout.write('won\\n');
        } catch (err) {
          process.stdout.write((/being (resumed|taken over) by/.test(err.message) ? 'refused' : 'error: ' + err.message) + '\\n');
        }
        // Held until every taker has tried, so a late one cannot win after a release.
        process.stdin.once('end', () => lock?.release());
      });
    `;
    for (let round = 0; round < rounds; round++) {
      const project = tmpProject();
      fs.writeFileSync(runLockPath(project, 'r1'), lockText({ pid: deadPid() }));
      const procs = Array.from({ length: takers }, () => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', code, project], {
          stdio: ['pipe', 'pipe', 'inherit']
        });
        let out = '';
        const waiting: [number, (lines: string[]) => void][] = [];
        child.stdout.on('data', (d) => {
          out += d;
          const got = out.split('\n').filter(Boolean);
          for (const [want, resolve] of waiting) if (got.length >= want) resolve(got);
        });
        const lines = (want: number) =>
          new Promise<string[]>((resolve) => waiting.push([want, resolve]));
        const exited = new Promise((resolve) => child.on('close', resolve));
        return { child, ready: lines(1), result: lines(2), exited };
      });
      await Promise.all(procs.map((p) => p.ready));
      for (const p of procs) p.child.stdin.write('go\n');
      const results = (await Promise.all(procs.map((p) => p.result))).map((l) => l[1]);
      for (const p of procs) p.child.stdin.end();
      await Promise.all(procs.map((p) => p.exited));
      expect([round, results.filter((r) => r === 'won')]).toEqual([round, ['won']]);
      expect(results.filter((r) => r !== 'won' && r !== 'refused')).toEqual([]);
      expect(fs.existsSync(runLockPath(project, 'r1'))).toBe(false);
    }
  }, 120000);
});

describe('the process groups a driver started', () => {
  test('are named in the lock while they run', () => {
    const project = tmpProject();
    const lock = take(project);
    const child = liveGroup('exec sleep 60');
    lock.started(child.pid as number);
    expect(readLock(project).groups).toEqual([
      { pgid: child.pid, start: processStartTime(child.pid as number) }
    ]);
    lock.ended(child.pid as number);
    expect(readLock(project).groups).toEqual([]);
  });

  linuxOnly('still running after their driver died are ended: SIGTERM, then SIGKILL', async () => {
    // One group whose leader waits on two members, one whose leader has exited leaving a
    // member behind, one that ignores SIGTERM.
    const waiting = liveGroup('sleep 60 & sleep 60 & wait');
    const orphanedMember = liveGroup('sleep 60 & echo $! ; exit 0');
    const stubborn = liveGroup("trap '' TERM; sleep 60 & wait");
    const groups = [waiting, orphanedMember, stubborn].map((c) => ({
      pgid: c.pid as number,
      start: processStartTime(c.pid as number)
    }));
    await new Promise((resolve) => orphanedMember.on('exit', resolve));
    const members = (pgid: number) =>
      fs
        .readdirSync('/proc')
        .filter((n) => /^\d+$/.test(n))
        .filter((n) => {
          try {
            const stat = fs.readFileSync(`/proc/${n}/stat`, 'utf8');
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            return Number(fields[2]) === pgid && fields[0] !== 'Z';
          } catch {
            return false;
          }
        })
        .map(Number);
    // Latch: every group has its sleeps running before the driver "dies".
    while (members(groups[0].pgid).length < 3 || members(groups[2].pgid).length < 2) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const before = groups.map((g) => members(g.pgid));
    expect(before[1].length).toBeGreaterThan(0);
    const outcome = await endOrphanGroups(groups, 200);
    expect(outcome.ended.map((g) => g.pgid).sort()).toEqual(groups.map((g) => g.pgid).sort());
    expect(outcome.survived).toEqual([]);
    for (const pid of before.flat()) expect(await waitUntilGone(pid)).toBe(true);
  });

  linuxOnly('a group whose leader pid now belongs to another process is left alone', async () => {
    const other = liveGroup('exec sleep 60');
    const pid = other.pid as number;
    const outcome = await endOrphanGroups([{ pgid: pid, start: '1' }], 200);
    expect(outcome).toEqual({ ended: [], survived: [] });
    expect(isRunning(pid)).toBe(true);
  });

  linuxOnly("finds the processes tagged with a holding's mark, and only that holding's", () => {
    const project = tmpProject();
    const lock = take(project);
    const [name, value] = lock.marker;
    const tagged = spawn('/bin/sh', ['-c', 'exec sleep 60'], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, [name]: value }
    });
    const other = spawn('/bin/sh', ['-c', 'exec sleep 60'], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, [name]: `${value}x` }
    });
    children.push(tagged, other);
    const record = { ...readLockRecord(project), token: value.split(':')[1] };
    expect(markedGroups(record).map((g) => g.pgid)).toEqual([tagged.pid]);
  });

  test('groups already gone, and this process own group, are not signalled', async () => {
    const outcome = await endOrphanGroups([
      { pgid: deadPid(), start: null },
      { pgid: process.pid, start: null }
    ]);
    expect(outcome).toEqual({ ended: [], survived: [] });
  });
});

describe('the engine holds the lock while it drives a run', () => {
  const lockOf = (h: Harness, runId: string): string => runLockPath(h.project, runId);

  test('and drops it however the run stops: completed, paused, failed, thrown, interrupted', async () => {
    const h = harness();
    const cases: [string, string, string][] = [
      ['done', 'completed', `  - id: a\n    type: shell\n    run: "true"\n`],
      ['gate', 'paused', `  - id: g\n    type: gate\n    message: ok?\n`],
      ['fail', 'failed', `  - id: a\n    type: shell\n    run: "exit 3"\n`]
    ];
    for (const [runId, status, steps] of cases) {
      expect((await h.run(`${header()}steps:\n${steps}`, {}, runId)).status).toBe(status);
      expect(fs.existsSync(lockOf(h, runId))).toBe(false);
    }
    await expect(
      h.run(
        `${header()}steps:\n  - id: a\n    type: shell\n    run: "{{ x | bogus }}"\n`,
        {},
        'thrown'
      )
    ).rejects.toThrow(/bogus/);
    expect(fs.existsSync(lockOf(h, 'thrown'))).toBe(false);
    // A refused resume (the run is completed) takes the lock and gives it back.
    await expect(h.resume('done')).rejects.toThrow(/is completed/);
    expect(fs.existsSync(lockOf(h, 'done'))).toBe(false);

    const controller = new AbortController();
    const entered = deferred();
    const stuck: StepType = {
      type: 'stuck',
      validate: () => [],
      execute: async (_config, context) => {
        entered.resolve();
        await new Promise((resolve) => context.signal.addEventListener('abort', resolve));
        throw new InterruptedError();
      }
    };
    const interrupted = harness([stuck], { signal: controller.signal });
    const run = interrupted.run(`${header()}steps:\n  - id: s\n    type: stuck\n`, {}, 'int');
    await entered.promise;
    expect(fs.existsSync(lockOf(interrupted, 'int'))).toBe(true);
    controller.abort();
    expect((await run).status).toBe('paused');
    expect(fs.existsSync(lockOf(interrupted, 'int'))).toBe(false);
  });

  test('a start of an existing run id keeps its refusal; a second start of a live one is refused', async () => {
    const h = harness();
    const gate = `${header()}steps:\n  - id: g\n    type: gate\n    message: ok?\n`;
    await h.run(gate, {}, 'r1');
    await expect(h.run(gate, {}, 'r1')).rejects.toThrow(/run r1 already exists/);

    const entered = deferred();
    const release = deferred();
    const hold: StepType = {
      type: 'hold',
      validate: () => [],
      execute: async () => {
        entered.resolve();
        await release.promise;
        return { status: StepStatus.Completed, output: {} };
      }
    };
    const held = harness([hold], { projectRoot: h.project });
    const first = held.run(`${header()}steps:\n  - id: h\n    type: hold\n`, {}, 'r2');
    await entered.promise;
    await expect(held.resume('r2')).rejects.toThrow(
      `run r2 is being run by pid ${process.pid} on ${os.hostname()}`
    );
    release.resolve();
    expect((await first).status).toBe('completed');
  });

  test("names each step's process group in the lock while it runs", async () => {
    const h = harness();
    const pidFile = path.join(h.project, 'pid');
    const run = h.run(
      `${header()}steps:\n  - id: a\n    type: shell\n    run: "echo $$ > pid.tmp; mv pid.tmp pid; while [ ! -e go ]; do sleep 0.01; done"\n`,
      {},
      'g1'
    );
    while (!fs.existsSync(pidFile)) await new Promise((r) => setTimeout(r, 10));
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(readLock(h.project, 'g1').groups).toEqual([{ pgid: pid, start: processStartTime(pid) }]);
    fs.writeFileSync(path.join(h.project, 'go'), '');
    expect((await run).status).toBe('completed');
    expect(fs.existsSync(runLockPath(h.project, 'g1'))).toBe(false);
  });

  linuxOnly(
    "a forged lock naming a group that is not the run's leaves that group alone",
    async () => {
      // Anyone who can write the project can write a lock: its list of groups is only a claim.
      const h = harness();
      await h.run(`${header()}steps:\n  - id: g\n    type: gate\n    message: ok?\n`, {}, 'f1');
      const victim = liveGroup('exec sleep 60');
      const pid = victim.pid as number;
      fs.writeFileSync(
        runLockPath(h.project, 'f1'),
        lockText(
          {
            pid: deadPid(),
            token: 'forged',
            groups: [{ pgid: pid, start: processStartTime(pid) }]
          },
          'f1'
        )
      );
      await h.resume('f1');
      expect(isRunning(pid)).toBe(true);
    }
  );

  linuxOnly(
    "a killed driver's process it had not recorded yet is found by its mark and ended",
    async () => {
      // The moment between a spawn and the lock's rewrite: the lock names no group, but the
      // step's process carries the dead holding's mark.
      const h = harness();
      await h.run(`${header()}steps:\n  - id: g\n    type: gate\n    message: ok?\n`, {}, 'm1');
      fs.writeFileSync(
        runLockPath(h.project, 'm1'),
        lockText({ pid: deadPid(), token: 'feedface', groups: [] }, 'm1')
      );
      const orphan = spawn('/bin/sh', ['-c', 'exec sleep 60'], {
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, SPECFLOW_RUN_DRIVER: 'm1:feedface' }
      });
      children.push(orphan);
      // Until the child has exec'd, /proc shows this process's environment, without the mark.
      expect(
        await waitForEnvironment(orphan.pid as number, 'SPECFLOW_RUN_DRIVER=m1:feedface')
      ).toBe(true);
      const notices: string[] = [];
      const resumed = harness([], {
        projectRoot: h.project,
        reporter: { notice: (text: string) => void notices.push(text) }
      });
      await resumed.resume('m1');
      expect(await waitUntilGone(orphan.pid as number)).toBe(true);
      expect(notices.join('\n')).toContain(`ended process groups ${orphan.pid}`);
    }
  );
});
