/**
 * Child processes for steps (STUB: being implemented; signatures are the contract).
 */
import type { OutputSink } from './types.js';

export interface ProcessSpec {
  /** argv[0] and arguments; with `shell: true`, `command` is run by `/bin/sh -c`. */
  command: string;
  args?: string[];
  shell?: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Seconds; the whole process tree is killed when it elapses. */
  timeoutSeconds?: number;
  /** Aborting kills the whole process tree. */
  signal?: AbortSignal;
  /** Live output (chunks as they arrive). */
  output?: OutputSink;
  /** Keep at most this many bytes of each stream (the tail); default unlimited. */
  maxCaptureBytes?: number;
}

export interface ProcessOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Ended because `signal` aborted. */
  aborted: boolean;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  /** Set when the process could not be started (ENOENT, EACCES...). */
  spawnError?: Error;
}

export function runProcess(_spec: ProcessSpec): Promise<ProcessOutcome> {
  throw new Error('not implemented');
}
