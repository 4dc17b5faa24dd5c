/**
 * Child processes for steps.
 *
 * Every child runs in its own process group so that a timeout or an abort can
 * take down the whole tree it started (`sh -c 'a & b'` leaves `a` behind if
 * only the shell is killed). Output is captured as UTF-8 and streamed live.
 *
 * Exit codes follow Python's `subprocess` convention, because the reference
 * records `returncode` verbatim: a normal exit gives its status, death by
 * signal N gives -N, and a timeout, an abort or a failure to start gives -1
 * (the value the reference's shell step records for a timeout).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { isUtf8 } from 'node:buffer';
import { constants as osConstants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { isNativeError } from 'node:util/types';
import type { OutputSink, ProcessGroupObserver } from './types.js';

export interface ProcessSpec {
  /** argv[0] and arguments; with `shell: true`, `command` is run by `/bin/sh -c` (args become $0, $1...). */
  command: string;
  args?: string[];
  shell?: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Seconds; the whole process tree is killed when it elapses. Absent or non-finite: no limit. */
  timeoutSeconds?: number;
  /** Aborting kills the whole process tree. */
  signal?: AbortSignal;
  /** Live output (chunks as they arrive). */
  output?: OutputSink;
  /** Keep at most this many bytes of each stream (the tail); default unlimited. */
  maxCaptureBytes?: number;
  /** Milliseconds between SIGTERM and SIGKILL when killing the tree (default KILL_GRACE_MS). */
  killGraceMs?: number;
  /** Told the child's process group id right after the spawn, and again once it has exited. */
  groups?: ProcessGroupObserver;
}

export interface ProcessOutcome {
  /** Exit status; -signo when killed by a signal; -1 on timeout, abort or spawn failure. */
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Ended because `signal` aborted. */
  aborted: boolean;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  /** The captured bytes were not valid UTF-8 (the text has U+FFFD in their place). */
  stdoutInvalidUtf8?: boolean;
  stderrInvalidUtf8?: boolean;
  /** Set when the process could not be started (ENOENT, EACCES...). */
  spawnError?: Error;
  /** The signal that ended the process, if one did. */
  signal?: NodeJS.Signals | null;
}

/** Time a killed tree gets to exit on SIGTERM before SIGKILL. */
export const KILL_GRACE_MS = 2000;

/**
 * After SIGKILL, how long to wait for the pipes to close. A process that left
 * the group (setsid) can hold them open forever; we stop listening then.
 */
const PIPE_DRAIN_MS = 500;

/** setTimeout's upper bound; longer timeouts are scheduled in hops. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Collects one output stream: decodes UTF-8 across chunk boundaries for the
 * live sink and keeps the captured bytes (only the last `maxBytes` when set).
 */
export class StreamCapture {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private readonly decoder = new StringDecoder('utf8');
  truncated = false;

  constructor(
    private readonly maxBytes: number | undefined,
    private readonly onText?: (text: string) => void
  ) {}

  push(chunk: Buffer): void {
    if (this.onText) {
      const text = this.decoder.write(chunk);
      if (text) this.onText(text);
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.maxBytes !== undefined && this.size > this.maxBytes) this.dropHead(this.maxBytes);
  }

  /** Flush a trailing incomplete character to the live sink. */
  end(): void {
    if (!this.onText) return;
    const text = this.decoder.end();
    if (text) this.onText(text);
  }

  text(): string {
    return this.bytes().toString('utf8');
  }

  /** False when the kept bytes are not valid UTF-8 (Python's strict decoding would fail). */
  validUtf8(): boolean {
    return isUtf8(this.bytes());
  }

  private bytes(): Buffer {
    const bytes = Buffer.concat(this.chunks);
    if (!this.truncated) return bytes;
    // The cut may land inside a character: skip its orphaned continuation bytes.
    let start = 0;
    while (start < 3 && start < bytes.length && (bytes[start] & 0xc0) === 0x80) start++;
    return bytes.subarray(start);
  }

  private dropHead(limit: number): void {
    const keep = Math.max(0, Math.floor(limit));
    while (this.chunks.length > 0 && this.size - this.chunks[0].length >= keep) {
      this.size -= this.chunks[0].length;
      this.chunks.shift();
    }
    if (this.size > keep) {
      this.chunks[0] = this.chunks[0].subarray(this.size - keep);
      this.size = keep;
    }
    this.truncated = true;
  }
}

// ---------------------------------------------------------------------------
// Process groups still running, killed if this process dies first. Detached
// children do not get the terminal's SIGINT, so without this a Ctrl-C (or a
// SIGTERM from a CI runner) would leave them running as orphans.

const liveGroups = new Set<number>();
const FATAL_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function killAllGroups(): void {
  for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
}

function onFatalSignal(signal: NodeJS.Signals): void {
  // Another listener owns shutdown (it aborts the run, which kills the trees).
  if (process.listenerCount(signal) > 1) return;
  // Nobody else handles it, so this process is about to die: take the trees
  // along, then let the signal do what it would have done without us.
  killAllGroups();
  uninstallGuards();
  process.kill(process.pid, signal);
}

function installGuards(): void {
  for (const signal of FATAL_SIGNALS) process.on(signal, onFatalSignal);
  process.on('exit', killAllGroups);
}

function uninstallGuards(): void {
  for (const signal of FATAL_SIGNALS) process.removeListener(signal, onFatalSignal);
  process.removeListener('exit', killAllGroups);
}

function trackGroup(pid: number): void {
  if (liveGroups.size === 0) installGuards();
  liveGroups.add(pid);
}

function untrackGroup(pid: number): void {
  if (!liveGroups.delete(pid)) return;
  if (liveGroups.size === 0) uninstallGuards();
}

function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  if (signal !== null) {
    const signo = osConstants.signals[signal];
    if (typeof signo === 'number') return -signo;
  }
  return -1;
}

/** Run a child process to completion. Never rejects: failures are reported in the outcome. */
export function runProcess(spec: ProcessSpec): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const sink = spec.output;
    const stdout = new StreamCapture(spec.maxCaptureBytes, sink && ((t) => sink.stdout(t)));
    const stderr = new StreamCapture(spec.maxCaptureBytes, sink && ((t) => sink.stderr(t)));
    const grace = spec.killGraceMs ?? KILL_GRACE_MS;

    let timedOut = false;
    let aborted = false;
    let spawnError: Error | undefined;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let killing = false;
    let done = false;
    const timers = new Set<NodeJS.Timeout>();
    let child: ChildProcess | undefined;

    const later = (ms: number, fn: () => void): void => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    };

    const finish = (): void => {
      if (done) return;
      done = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      spec.signal?.removeEventListener('abort', onAbort);
      if (child) {
        if (child.pid !== undefined) {
          untrackGroup(child.pid);
          spec.groups?.ended(child.pid);
        }
        child.stdout?.destroy();
        child.stderr?.destroy();
        child.unref();
      }
      stdout.end();
      stderr.end();
      const failed = spawnError !== undefined || timedOut || aborted;
      resolve({
        exitCode: failed || !exit ? -1 : exitCodeOf(exit.code, exit.signal),
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
        aborted,
        stdoutTruncated: stdout.truncated,
        stderrTruncated: stderr.truncated,
        stdoutInvalidUtf8: !stdout.validUtf8(),
        stderrInvalidUtf8: !stderr.validUtf8(),
        spawnError,
        signal: exit?.signal ?? null
      });
    };

    const killTree = (): void => {
      if (killing || done || !child || child.pid === undefined) return;
      killing = true;
      const pid = child.pid;
      signalGroup(pid, 'SIGTERM');
      later(grace, () => {
        signalGroup(pid, 'SIGKILL');
        later(PIPE_DRAIN_MS, finish);
      });
    };

    function onAbort(): void {
      if (done || timedOut) return;
      aborted = true;
      killTree();
    }

    if (spec.signal?.aborted) {
      aborted = true;
      finish();
      return;
    }

    const file = spec.shell ? '/bin/sh' : spec.command;
    const args = spec.shell ? ['-c', spec.command, ...(spec.args ?? [])] : (spec.args ?? []);
    try {
      child = spawn(file, args, {
        cwd: spec.cwd,
        env: spec.groups?.marker
          ? { ...(spec.env ?? process.env), [spec.groups.marker[0]]: spec.groups.marker[1] }
          : spec.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true
      });
    } catch (error) {
      // Invalid arguments (e.g. a NUL byte) are rejected before any process exists.
      spawnError = isNativeError(error) ? error : new Error(String(error));
      finish();
      return;
    }
    const started = child;
    if (started.pid !== undefined) {
      trackGroup(started.pid);
      // Before returning to the event loop: the child cannot have been reaped yet, so
      // its /proc entry (and start time) is still there even if it already exited.
      spec.groups?.started(started.pid);
    }

    started.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    started.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    started.on('error', (error) => {
      if (started.pid === undefined) {
        spawnError = error;
        finish();
      }
    });
    started.on('exit', (code, signal) => {
      exit = { code, signal };
    });
    started.on('close', (code, signal) => {
      exit ??= { code, signal };
      // Members of the group that closed their pipes but still run would
      // outlive a kill we already decided on.
      if (killing && started.pid !== undefined) signalGroup(started.pid, 'SIGKILL');
      finish();
    });

    spec.signal?.addEventListener('abort', onAbort, { once: true });

    const timeout = spec.timeoutSeconds;
    if (timeout !== undefined && Number.isFinite(timeout)) {
      const deadline = Date.now() + Math.max(0, timeout * 1000);
      const arm = (): void => {
        const remaining = deadline - Date.now();
        if (remaining > 0) {
          later(Math.min(remaining, MAX_TIMER_MS), arm);
          return;
        }
        if (done || aborted) return;
        timedOut = true;
        killTree();
      };
      arm();
    }
  });
}
