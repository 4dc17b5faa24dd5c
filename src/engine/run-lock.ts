/**
 * One driver per run: the engine holds `.specify/workflows/runs/<run id>.lock`
 * while it starts or resumes a run, so two resumes of one paused run cannot
 * both continue it.
 *
 * The lock sits beside the run folder, not in it: the folder is archived into
 * the Actions cache and restored on other machines, where a lock naming this
 * host's processes would mean nothing. Its name is not a run id (it has a
 * dot), so nothing that lists runs takes it for one.
 *
 * It is one JSON object naming the driver (pid, host, when it started and, on
 * Linux, the process's start time, so a recycled pid is not taken for the
 * holder) and the process groups the driver's steps are running. It is
 * published whole, by an exclusive create (a link of a complete temp file,
 * which fails if the lock exists, so nobody ever reads it half-written), and
 * rewritten by renaming a temp file over it after each spawn and each exit.
 *
 * A lock is taken over only when its holder is provably gone: same host, and
 * the pid is not alive or is alive with another start time. Takeover happens
 * under a short exclusive mutex (`<run id>.lock.takeover`) and re-reads the
 * lock under it, so two takers of one stale lock cannot both win. The taker
 * then ends the dead driver's process groups that are still running (see
 * endOrphanGroups) before any step runs again.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDict } from './pyvalue.js';
import { NONBLOCKING_READ, requireRegularFile, writeFileAtomic } from './files.js';
import { runsRoot } from './run-state.js';
import { WorkflowError, type ProcessGroupObserver } from './types.js';

/** Bumped when the record's meaning changes; another version is damaged, not guessed at. */
const LOCK_FORMAT = 1;
/** No genuine lock comes near this (a group is ~40 bytes). */
const MAX_LOCK_BYTES = 4 * 1024 * 1024;
/** Lock and mutex changes seen in a row before giving up (each is another process acting). */
const MAX_ATTEMPTS = 8;

/** A process group a driver started: its id and, on Linux, its leader's start time. */
export interface GroupRecord {
  pgid: number;
  start: string | null;
}

/** Who holds (or held) a run's lock. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** The pid's start time on Linux (clock ticks after boot, from /proc/<pid>/stat); else null. */
  processStart: string | null;
  startedAt: string;
  mode: 'run' | 'resume';
}

export interface LockRecord extends LockHolder {
  runId: string;
  /** Tells this holding of the lock from a later one by the same process. */
  token: string;
  groups: GroupRecord[];
}

/** Where test code can place another taker between two steps of a takeover. */
export interface TakeoverHooks {
  /** The lock was judged stale; the mutex is not taken yet. */
  judgedStale?(): void;
  /** The mutex is held and the lock re-read; it is about to be replaced. */
  underMutex?(): void;
}

export function runLockPath(projectRoot: string, runId: string): string {
  return path.join(runsRoot(projectRoot), `${runId}.lock`);
}

// ---------------------------------------------------------------------------
// Processes, as /proc shows them (Linux); elsewhere only kill(pid, 0) can tell.

const onLinux = process.platform === 'linux';

interface ProcStat {
  state: string;
  pgrp: number;
  start: string;
}

/** Fields of /proc/<pid>/stat; null when it cannot be read (gone, or not Linux). */
function procStat(pid: number): ProcStat | null {
  if (!onLinux) return null;
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: fields start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), fields[2] field 5 (pgrp), fields[19] field 22 (starttime).
  if (fields.length < 20) return null;
  return { state: fields[0], pgrp: Number(fields[2]), start: fields[19] };
}

/** The start time /proc records for `pid` (Linux), else null. */
export function processStartTime(pid: number): string | null {
  return procStat(pid)?.start ?? null;
}

const dead = (stat: ProcStat): boolean => stat.state === 'Z' || stat.state === 'X';

/** Whether a process with this pid exists (a zombie counts: kill(0) cannot tell). */
function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists and belongs to someone else.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Whether the process `pid` that started at `start` has provably ended: no
 * such pid, a zombie, or (on Linux) the pid now belongs to a process that
 * started at another time. Anything that cannot be told counts as alive.
 */
export function processIsGone(pid: number, start: string | null): boolean {
  if (!pidExists(pid)) return true;
  const stat = procStat(pid);
  if (stat === null) return false;
  if (dead(stat)) return true;
  return start !== null && stat.start !== start;
}

/** This process, as a lock names it. */
function currentHolder(mode: LockHolder['mode']): LockHolder {
  return {
    pid: process.pid,
    hostname: os.hostname(),
    processStart: processStartTime(process.pid),
    startedAt: new Date().toISOString(),
    mode
  };
}

function holderIsGone(holder: LockHolder): boolean {
  return holder.hostname === os.hostname() && processIsGone(holder.pid, holder.processStart);
}

// ---------------------------------------------------------------------------
// The lock file.

function serialize(record: LockRecord): string {
  return (
    JSON.stringify({
      format: LOCK_FORMAT,
      run_id: record.runId,
      pid: record.pid,
      hostname: record.hostname,
      process_start: record.processStart,
      started_at: record.startedAt,
      mode: record.mode,
      token: record.token,
      groups: record.groups
    }) + '\n'
  );
}

const isPid = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const isStart = (v: unknown): v is string | null =>
  v === null || (typeof v === 'string' && /^\d{1,20}$/.test(v));

/** The record in a lock's text, or why it is not one. */
function parseRecord(text: string, runId: string): LockRecord | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (!isDict(data)) return 'not a JSON object';
  if (data.format !== LOCK_FORMAT) return `unknown format ${JSON.stringify(data.format)}`;
  if (data.run_id !== runId) return `it names run ${JSON.stringify(data.run_id)}`;
  if (!isPid(data.pid)) return `'pid' must be a positive integer`;
  if (typeof data.hostname !== 'string' || data.hostname === '')
    return `'hostname' must be a string`;
  if (!isStart(data.process_start)) return `'process_start' must be digits or null`;
  if (typeof data.started_at !== 'string') return `'started_at' must be a string`;
  if (data.mode !== 'run' && data.mode !== 'resume') return `'mode' must be "run" or "resume"`;
  if (typeof data.token !== 'string') return `'token' must be a string`;
  const groups = data.groups;
  if (!Array.isArray(groups)) return `'groups' must be a list`;
  for (const g of groups as unknown[]) {
    // pgid 1 (init) or below would signal everything: never a group a step started.
    if (!isDict(g) || !isPid(g.pgid) || g.pgid < 2 || !isStart(g.start)) {
      return `'groups' must hold {pgid, start} entries with pgid >= 2`;
    }
  }
  return {
    runId,
    pid: data.pid,
    hostname: data.hostname,
    processStart: data.process_start,
    startedAt: data.started_at,
    mode: data.mode,
    token: data.token,
    groups: (groups as Record<string, unknown>[]).map((g) => ({
      pgid: g.pgid as number,
      start: g.start as string | null
    }))
  };
}

interface ReadLock {
  text: string;
  ino: number;
}

/**
 * A lock (or mutex) file's text and inode, never through a symlink; null when
 * it does not exist. Anything but a small regular file is refused.
 */
function readNoFollow(file: string): ReadLock | null {
  let fd: number;
  try {
    fd = fs.openSync(file, NONBLOCKING_READ | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP' || code === 'EMLINK') {
      throw new WorkflowError(`${file} is a symbolic link; a run lock never is, so it is not used`);
    }
    throw new WorkflowError(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    const stats = fs.fstatSync(fd);
    requireRegularFile(stats, file);
    if (stats.size > MAX_LOCK_BYTES) {
      throw new WorkflowError(`${file} is ${stats.size} bytes, far more than a run lock`);
    }
    return { text: fs.readFileSync(fd, 'utf8'), ino: stats.ino };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Create `file` holding `content`, only if it does not exist: a complete temp
 * file is linked to the name (link fails with EEXIST, like O_EXCL), so the
 * file never exists half-written. Where links are not supported, O_EXCL.
 * Returns false when the file exists.
 */
function createExclusive(file: string, content: string): boolean {
  const tmp = tempBeside(file);
  fs.writeFileSync(tmp, content, { flag: 'wx' });
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') {
      throw err;
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  try {
    fs.writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function tempBeside(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  );
}

function inodeOf(file: string): number | null {
  try {
    return fs.lstatSync(file).ino;
  } catch {
    return null;
  }
}

function refusal(record: LockHolder, runId: string, file: string, doing?: string): WorkflowError {
  const what = doing ?? (record.mode === 'resume' ? 'resumed' : 'run');
  // Another host's process cannot be seen from here: say how to take over once it is known gone.
  const way =
    record.hostname === os.hostname()
      ? 'remove it only if that process is gone'
      : `if you know that process is gone, resume with --force`;
  return new WorkflowError(
    `run ${runId} is being ${what} by pid ${record.pid} on ${record.hostname} (lock ${file}; ${way})`
  );
}

function damaged(file: string, runId: string, why: string): WorkflowError {
  return new WorkflowError(
    `run lock ${file} is damaged (${why}); if no specflow process is driving run ${runId}, remove it`
  );
}

// ---------------------------------------------------------------------------
// Holding a lock.

/** Locks this process holds, removed if it exits without releasing them (process.exit). */
const held = new Set<RunLock>();

function releaseAllHeld(): void {
  for (const lock of [...held]) lock.release();
}

/** A run's lock, held by this process until `release`. */
export class RunLock implements ProcessGroupObserver {
  private released = false;

  constructor(
    readonly file: string,
    private readonly record: LockRecord,
    /** The holder whose stale lock this one replaced, with the groups it recorded. */
    readonly previous: LockRecord | null
  ) {
    if (held.size === 0) process.on('exit', releaseAllHeld);
    held.add(this);
  }

  get groups(): readonly GroupRecord[] {
    return this.record.groups;
  }

  /** Carried by every process this holding starts (see `markedGroups`). */
  get marker(): readonly [string, string] {
    return [DRIVER_VARIABLE, driverMark(this.record)];
  }

  /** A step started a process group: name it before anything else can happen. */
  started(pgid: number): void {
    this.record.groups.push({ pgid, start: processStartTime(pgid) });
    this.write();
  }

  ended(pgid: number): void {
    const at = this.record.groups.findIndex((g) => g.pgid === pgid);
    if (at < 0) return;
    this.record.groups.splice(at, 1);
    this.write();
  }

  /** Keep naming groups a takeover could not end, so the next one tries again. */
  adopt(groups: readonly GroupRecord[]): void {
    if (groups.length === 0) return;
    this.record.groups.push(...groups);
    this.write();
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    held.delete(this);
    if (held.size === 0) process.removeListener('exit', releaseAllHeld);
    try {
      const found = readNoFollow(this.file);
      const record = found && parseRecord(found.text, this.record.runId);
      // Only our own holding is removed.
      if (typeof record === 'object' && record !== null && record.token === this.record.token) {
        fs.rmSync(this.file, { force: true });
      }
    } catch {
      // Left behind, it names a process that is gone: the next driver takes it over.
    }
  }

  private write(): void {
    if (this.released) return;
    try {
      writeFileAtomic(this.file, serialize(this.record));
    } catch {
      // The record of groups is a safety net for a killed driver; the run goes on without it.
    }
  }
}

/**
 * Take the lock of run `runId` for this process, or throw: a WorkflowError
 * naming the live (or other host's) holder, or the damaged or symlinked file.
 */
export function acquireRunLock(
  projectRoot: string,
  runId: string,
  mode: LockHolder['mode'],
  hooks: TakeoverHooks = {},
  /** Take over another host's lock too (its holder is known, by the caller, to be gone). */
  force = false
): RunLock {
  const file = runLockPath(projectRoot, runId);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const mine: LockRecord = {
    ...currentHolder(mode),
    runId,
    token: randomBytes(8).toString('hex'),
    groups: []
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (createExclusive(file, serialize(mine))) return new RunLock(file, mine, null);
    const found = readNoFollow(file);
    if (found === null) continue; // released meanwhile: try again
    const record = parseRecord(found.text, runId);
    if (typeof record === 'string') throw damaged(file, runId, record);
    const otherHost = record.hostname !== os.hostname();
    if (!holderIsGone(record) && !(force && otherHost)) throw refusal(record, runId, file);
    hooks.judgedStale?.();
    if (takeOver(file, found, mine, runId, hooks)) return new RunLock(file, mine, record);
  }
  throw new WorkflowError(`run ${runId}: its lock ${file} kept changing; try again`);
}

/**
 * Replace the stale lock `stale` with `mine`, under the takeover mutex;
 * false when the lock changed meanwhile (another taker won, or it was released).
 */
function takeOver(
  file: string,
  stale: ReadLock,
  mine: LockRecord,
  runId: string,
  hooks: TakeoverHooks
): boolean {
  const mutex = `${file}.takeover`;
  const mutexIno = takeMutex(mutex, mine, runId);
  try {
    const now = readNoFollow(file);
    if (now === null || now.ino !== stale.ino || now.text !== stale.text) return false;
    hooks.underMutex?.();
    writeFileAtomic(file, serialize(mine));
    return true;
  } finally {
    if (inodeOf(mutex) === mutexIno) fs.rmSync(mutex, { force: true });
  }
}

/** Take the takeover mutex (its inode is returned), clearing one a dead process left. */
function takeMutex(mutex: string, mine: LockRecord, runId: string): number {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (createExclusive(mutex, serialize(mine))) {
      const ino = inodeOf(mutex);
      if (ino !== null) return ino;
      continue;
    }
    const found = readNoFollow(mutex);
    if (found === null) continue;
    const record = parseRecord(found.text, runId);
    if (typeof record === 'string') throw damaged(mutex, runId, record);
    if (!holderIsGone(record)) throw refusal(record, runId, mutex, 'taken over');
    // Its holder died inside the takeover. Move it aside, then check that what moved is the
    // one judged stale: a live taker may have replaced it in between.
    const aside = tempBeside(mutex);
    try {
      fs.renameSync(mutex, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const moved = inodeOf(aside);
    if (moved === found.ino) {
      fs.rmSync(aside, { force: true });
      continue;
    }
    // Someone else's live mutex: give it back and let them finish.
    try {
      fs.linkSync(aside, mutex);
    } catch {
      // A third taker made a new one meanwhile; it is the one that counts now.
    }
    fs.rmSync(aside, { force: true });
    throw new WorkflowError(`run ${runId} is being taken over by another process; try again`);
  }
  throw new WorkflowError(`run ${runId}: the takeover mutex ${mutex} kept changing; try again`);
}

// ---------------------------------------------------------------------------
// Ending the process groups a dead driver left running.

/** How long orphaned groups get to exit on SIGTERM before SIGKILL. */
export const ORPHAN_GRACE_MS = 2000;
const POLL_MS = 20;
/** After SIGKILL, how long to wait for the kernel to finish them before reporting survivors. */
const KILL_SETTLE_MS = 1000;

/** This process's own group: never signalled, whatever a lock says. */
function ownGroup(): number | null {
  return procStat(process.pid)?.pgrp ?? null;
}

/**
 * Whether group `g` is still one the dead driver started. On Linux a group
 * whose leader is alive with another start time (or in another group) is a
 * new process that got the pid: not ours. A group whose leader is gone but
 * whose members live is still ours: Linux does not reuse a pid that is in use
 * as a process group id.
 */
function stillOurs(g: GroupRecord): boolean {
  if (g.pgid === process.pid || g.pgid === ownGroup()) return false;
  const leader = procStat(g.pgid);
  if (leader === null || dead(leader)) return true;
  if (leader.pgrp !== g.pgid) return false;
  return g.start === null || leader.start === g.start;
}

/** Whether any live (not zombie) process is in group `pgid`. */
function groupAlive(pgid: number): boolean {
  if (!onLinux) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code !== 'ESRCH';
    }
  }
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return pidExists(-pgid);
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(Number(name));
    if (stat !== null && stat.pgrp === pgid && !dead(stat)) return true;
  }
  return false;
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: gone already; EPERM: not ours to end.
  }
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitGone(groups: GroupRecord[], ms: number): Promise<GroupRecord[]> {
  const giveUpAt = Date.now() + ms;
  let alive = groups.filter((g) => groupAlive(g.pgid));
  while (alive.length > 0 && Date.now() < giveUpAt) {
    await pause(POLL_MS);
    alive = alive.filter((g) => groupAlive(g.pgid));
  }
  return alive;
}

/** The variable that tags a run's processes with the holding of the lock that started them. */
export const DRIVER_VARIABLE = 'SPECFLOW_RUN_DRIVER';

function driverMark(record: LockRecord): string {
  return `${record.runId}:${record.token}`;
}

/** Whether `markedGroups` can look (it reads /proc). */
export function markingSupported(): boolean {
  return onLinux && fs.existsSync('/proc/self/environ');
}

/**
 * The groups of processes still tagged with `record`'s holding (Linux: from /proc/<pid>/environ,
 * readable for our own user's processes). This finds what the holder started but had not yet
 * recorded when it was killed: the moment between a spawn and the write of the lock.
 */
export function markedGroups(record: LockRecord): GroupRecord[] {
  if (!onLinux) return [];
  const needle = Buffer.from(`\0${DRIVER_VARIABLE}=${driverMark(record)}\0`);
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  const found = new Map<number, GroupRecord>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let environ: Buffer;
    try {
      environ = Buffer.concat([
        Buffer.from([0]),
        fs.readFileSync(`/proc/${name}/environ`),
        Buffer.from([0])
      ]);
    } catch {
      continue; // gone, or not ours to read
    }
    if (!environ.includes(needle)) continue;
    const stat = procStat(Number(name));
    if (stat === null || dead(stat) || found.has(stat.pgrp)) continue;
    const leader = procStat(stat.pgrp);
    found.set(stat.pgrp, { pgid: stat.pgrp, start: leader?.start ?? null });
  }
  return [...found.values()];
}

export interface OrphanOutcome {
  /** Groups that were running and were ended. */
  ended: GroupRecord[];
  /** Groups still running after SIGKILL (a process stuck in the kernel). */
  survived: GroupRecord[];
}

/**
 * End the recorded groups that are still running and still ours: SIGTERM to
 * each group, up to ORPHAN_GRACE_MS for them to go, then SIGKILL.
 */
export async function endOrphanGroups(
  groups: readonly GroupRecord[],
  graceMs = ORPHAN_GRACE_MS
): Promise<OrphanOutcome> {
  const running = groups.filter((g) => stillOurs(g) && groupAlive(g.pgid));
  if (running.length === 0) return { ended: [], survived: [] };
  for (const g of running) signalGroup(g.pgid, 'SIGTERM');
  let left = await waitGone(running, graceMs);
  // Checked again: a group that emptied meanwhile may have had its id reused.
  for (const g of left) if (stillOurs(g)) signalGroup(g.pgid, 'SIGKILL');
  left = await waitGone(left, KILL_SETTLE_MS);
  const survived = new Set(left);
  return { ended: running.filter((g) => !survived.has(g)), survived: left };
}
