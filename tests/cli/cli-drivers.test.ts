/**
 * One driver per run, as users meet it: real `specflow` processes (the tsc
 * build), released together through a barrier, and a driver killed with
 * SIGKILL while its fan-out items run. Work is counted in files the steps
 * append to; which copy of an item runs is proven with flock, which a second
 * live copy cannot take.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, specflow } from '../support/cli.js';
import { header, tempProject } from '../support/engine-harness.js';
import { isRunning, waitUntilGone } from '../support/processes.js';

const COMMANDS = path.resolve('build/cli/commands.js');
const RUNS = '.specify/workflows/runs';

const spawned: ChildProcess[] = [];
afterEach(() => {
  for (const child of spawned.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/**
 * The built CLI's commands in a child that says when it is loaded and waits
 * for `go` before running: node's start-up is behind the barrier, so two of
 * them start resuming within microseconds of each other.
 */
const AT_BARRIER = `
  const { runCli } = await import(${JSON.stringify(COMMANDS)});
  process.once('message', () => {
    process.disconnect();
    runCli(process.argv.slice(1), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      env: process.env,
      cwd: process.cwd(),
      signal: new AbortController().signal
    }).then((code) => (process.exitCode = code));
  });
  process.send('ready');
`;

interface Driver {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; stderr: string }>;
}

function driverAtBarrier(project: string, args: string[]): Driver {
  const child = spawn(process.execPath, ['--input-type=module', '-e', AT_BARRIER, ...args], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc']
  });
  spawned.push(child);
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  return {
    child,
    ready: new Promise((resolve) => child.once('message', () => resolve())),
    exited: new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })))
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

function lines(file: string): string[] {
  return fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean)
    : [];
}

beforeAll(() => {
  if (!fs.existsSync(CLI))
    throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does)`);
});

describe('two resumes of one paused run, released at the same instant', () => {
  // `ship` appends to after.log, then holds the run until the test releases it, so the
  // loser is still racing a live holder whenever it gets there (or until its driver is gone, so
  // a failed trial leaves no loop behind).
  const workflow = `${header()}inputs:
  verdict: { type: string, default: "" }
steps:
  - id: review
    type: gate
    message: "Ship it?"
    options: [approve, reject]
    verdict_input: verdict
  - id: ship
    type: shell
    run: "echo ship >> after.log; while [ ! -e release ] && kill -0 $PPID 2>/dev/null; do sleep 0.01; done"
  - id: tail
    type: shell
    run: "echo tail >> after.log"
`;

  test('one continues and runs each later step once; the other exits 1 naming it', async () => {
    const template = tempProject();
    fs.writeFileSync(path.join(template, 'wf.yml'), workflow);
    expect(specflow(template, ['run', 'wf.yml', '--run-id', 'pair', '--json']).code).toBe(0);

    const pairs = 20;
    for (let trial = 0; trial < pairs; trial++) {
      const project = tempProject();
      fs.cpSync(template, project, { recursive: true });
      const afterLog = path.join(project, 'after.log');
      const args = ['resume', 'pair', '-i', 'verdict=approve', '--json'];
      const drivers = [driverAtBarrier(project, args), driverAtBarrier(project, args)];
      await Promise.all(drivers.map((d) => d.ready));
      for (const d of drivers) d.child.send('go');

      // The first to exit is the loser; if both ran, `ship` shows up twice instead.
      const race = { first: -1 };
      drivers.forEach((d, i) => void d.exited.then(() => race.first < 0 && (race.first = i)));
      while (race.first < 0 && lines(afterLog).length < 2) await tick();
      expect([trial, lines(afterLog).length < 2]).toEqual([trial, true]);
      const loser = drivers[race.first];
      const winner = drivers[1 - race.first];
      const lost = await loser.exited;
      expect(lost.code).toBe(1);
      expect(lost.stderr).toContain(
        `error: run pair is being resumed by pid ${winner.child.pid} on ${os.hostname()}`
      );
      // The loser may be turned away before the winner reaches `ship`.
      while (lines(afterLog).length === 0) await tick();
      expect(lines(afterLog)).toEqual(['ship']);

      fs.writeFileSync(path.join(project, 'release'), '');
      expect((await winner.exited).code).toBe(0);
      expect(lines(afterLog)).toEqual(['ship', 'tail']);
      const state = JSON.parse(
        fs.readFileSync(path.join(project, RUNS, 'pair/state.json'), 'utf8')
      );
      expect(state.status).toBe('completed');
      expect(fs.existsSync(path.join(project, RUNS, 'pair.lock'))).toBe(false);
      fs.rmSync(project, { recursive: true, force: true });
    }
  }, 180000);
});

describe('a driver killed while its fan-out items run', () => {
  // Each item holds flock on its own file for as long as any of its processes lives:
  // a copy started while the orphan still runs cannot take it and records a clash.
  // Output goes nowhere: an orphan's pipes lead to the dead driver, and the shell's note
  // that its sleep was terminated would get it SIGPIPE before its TERM trap wrote.
  const workflow = `${header()}steps:
  - id: fan
    type: fan-out
    items: "{{ ['a', 'b'] }}"
    max_concurrency: 2
    step:
      id: job
      type: shell
      run: |
        exec >/dev/null 2>&1
        exec 9>"hold.{{ item }}"
        flock -n 9 || { echo "{{ item }}" >> clash.log; exit 1; }
        trap 'echo "{{ item }} ended" >> events.log; exit 143' TERM
        if [ -e second ]; then
          echo "{{ item }} rerun" >> events.log
        else
          echo "{{ item }} $$" >> started.log
          sleep 60 &
          wait $!
        fi
`;

  test('the resume ends the orphans first, says so, and then runs the items once', async () => {
    const trials = 4;
    for (let trial = 0; trial < trials; trial++) {
      // Odd trials kill the driver as soon as the items run, without waiting for it to name
      // their groups in the lock: the items carry its mark, and the resume finds them by it.
      const waitForLock = trial % 2 === 0;
      const project = tempProject();
      fs.writeFileSync(path.join(project, 'wf.yml'), workflow);
      const file = (name: string): string => path.join(project, name);
      const child = spawn(process.execPath, [CLI, 'run', 'wf.yml', '--run-id', 'kr', '--json'], {
        cwd: project,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: 'ignore'
      });
      spawned.push(child);
      const killed = new Promise((resolve) => child.on('close', resolve));
      // Latch: both items are in their sleep (their shells wrote their pids), and the driver
      // has named their groups in the lock (it does so right after each spawn, but the child
      // may get this far first; a kill in between leaves that group unnamed).
      const recorded = (): number[] => {
        try {
          const lock = JSON.parse(fs.readFileSync(path.join(project, RUNS, 'kr.lock'), 'utf8'));
          return lock.groups.map((g: { pgid: number }) => g.pgid).sort();
        } catch {
          return [];
        }
      };
      while (lines(file('started.log')).length < 2 || (waitForLock && recorded().length < 2)) {
        await tick();
      }
      const items = lines(file('started.log')).map((l) => Number(l.split(' ')[1]));
      // Each item's group is led by its shell.
      if (waitForLock) expect(recorded()).toEqual([...items].sort());

      child.kill('SIGKILL');
      await killed;
      // SIGKILL cannot take the detached item groups along.
      for (const pid of items) expect(isRunning(pid)).toBe(true);

      fs.writeFileSync(file('second'), '');
      const resumed = specflow(project, ['resume', 'kr', '--json']);
      expect([trial, resumed.code, JSON.parse(resumed.stdout).status]).toEqual([
        trial,
        0,
        'completed'
      ]);
      const notice = resumed.stderr.match(
        /Run kr: ended process groups ([\d, ]+) left running by its killed driver \(pid (\d+) on /
      );
      expect(notice?.[2]).toBe(String(child.pid));
      expect(notice?.[1].split(', ').map(Number).sort()).toEqual([...items].sort());
      // Ended (their TERM trap ran) before the new copies ran; no copy met a live one.
      const events = lines(file('events.log'));
      expect([...events].sort()).toEqual(['a ended', 'a rerun', 'b ended', 'b rerun']);
      expect(events.indexOf('a ended')).toBeLessThan(events.indexOf('a rerun'));
      expect(events.indexOf('b ended')).toBeLessThan(events.indexOf('b rerun'));
      expect(fs.existsSync(file('clash.log'))).toBe(false);
      for (const pid of items) expect(await waitUntilGone(pid)).toBe(true);

      const log = lines(path.join(project, RUNS, 'kr/log.jsonl')).map((l) => JSON.parse(l));
      expect(log).toContainEqual(
        expect.objectContaining({
          event: 'orphans_ended',
          previous_driver: { pid: child.pid, hostname: os.hostname() },
          survived: []
        })
      );
      expect(fs.existsSync(path.join(project, RUNS, 'kr.lock'))).toBe(false);
      fs.rmSync(project, { recursive: true, force: true });
    }
  }, 120000);
});
