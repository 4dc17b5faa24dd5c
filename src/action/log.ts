/**
 * The job log: one collapsible group per top-level step with its output streamed live, fan-out
 * items buffered and printed as one group each when they finish, and nothing a step prints able
 * to act as a workflow command.
 *
 * Why stop-commands rather than rewriting suspicious lines: the runner recognises commands in
 * two syntaxes (`::cmd::` after leading whitespace, and `##[cmd]` anywhere in a line), splits
 * lines on \r as well as \n, and compares text with culture-aware .NET string functions that
 * skip zero-width characters. Guessing all of that from outside is fragile. `::stop-commands::`
 * with a fresh random token is the runner's own switch: until the token comes back, it treats
 * every line as text, whatever its shape. Step output cannot know the token, so it cannot end
 * the window. The price is two visible marker lines per group.
 *
 * Groups cannot nest and two open at once garble the log, so at most one group is open; a
 * fan-out closes the step's group, and each finished item is written as one group in a single
 * write, never interleaved with another.
 */
import { randomBytes } from 'node:crypto';
import type { RunReporter } from '../engine/run-session.js';
import { getOr } from '../engine/pyvalue.js';
import type { OutputSink, StepRecord, StepStatus } from '../engine/types.js';

/** Keep at most this much of one fan-out item's output (the tail) until it is printed. */
export const MAX_ITEM_BUFFER = 1024 * 1024;

export type LogWrite = (text: string) => void;

const randomToken = (): string => randomBytes(16).toString('hex');

/**
 * A line the runner cannot take for a workflow command: it starts with a letter, digit or one of
 * our marks (not whitespace, ':' or a character the runner's culture-aware comparisons skip, such
 * as a zero-width space or a Hangul filler, which is a letter), and has no '#' (`##[` acts
 * anywhere in a line) and no line break.
 */
const PLAIN_LINE = /^(?!\p{DI})[\p{L}\p{N}✓⏸✗↷•…][^#\r\n]*$/u;

/** `body` between `::stop-commands::<token>` and `::<token>::`, its last line ended first. */
function sealedText(body: string, token: string): string {
  if (body === '') return '';
  const end = body.endsWith('\n') ? '' : '\n';
  return `::stop-commands::${token}\n${body}${end}::${token}::\n`;
}

/**
 * The one way to print a line of our own that may quote outside data (step ids, errors, run ids
 * from state, cache keys, names, inputs): line breaks become spaces, and the line is written as
 * is when it cannot look like a command, else in a stop-commands window of its own.
 */
export function plainLine(text: string, newToken: () => string = randomToken): string {
  const single = text.replace(/[\r\n]+/g, ' ');
  return PLAIN_LINE.test(single) ? `${single}\n` : sealedText(`${single}\n`, newToken());
}

/** Escape a command's data the way the runner unescapes it. */
function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** One line for a group title: no line breaks, bounded length. */
function titleText(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${Math.round(seconds % 60)}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

const STATUS_MARK: Record<string, string> = {
  completed: '✓',
  paused: '⏸',
  failed: '✗',
  skipped: '↷',
  aborted: '✗'
};

/**
 * Writes text with workflow commands switched off. A window stays open across writes (live
 * output) until `close()`; `sealed` wraps a single write in a window of its own.
 */
export class CommandGuard {
  private token: string | null = null;
  /** Whether the last character written through an open window ended a line. */
  private atLineStart = true;

  constructor(
    private readonly write: LogWrite,
    private readonly newToken: () => string = randomToken,
    /** Told the token of a live window when it opens, and null when it closes. */
    private readonly onLiveWindow: (token: string | null) => void = () => {}
  ) {}

  get open(): boolean {
    return this.token !== null;
  }

  /** Raw text inside the live window (opened on demand). */
  text(chunk: string): void {
    if (chunk === '') return;
    if (this.token === null) {
      this.token = this.newToken();
      this.onLiveWindow(this.token);
      this.write(`::stop-commands::${this.token}\n`);
    }
    this.write(chunk);
    this.atLineStart = chunk.endsWith('\n');
  }

  /** End the live window; the resume token must start a line of its own or it is not seen. */
  close(): void {
    if (this.token === null) return;
    const token = this.token;
    this.token = null;
    this.write(`${this.atLineStart ? '' : '\n'}::${token}::\n`);
    this.atLineStart = true;
    this.onLiveWindow(null);
  }

  /** `body` with commands off, as one write (so no other output can land inside it). */
  sealed(body: string): string {
    return sealedText(body, this.newToken());
  }

  /** A line of our own: see `plainLine`. */
  line(text: string): string {
    return plainLine(text, this.newToken);
  }
}

interface ItemBuffer {
  chunks: string[];
  size: number;
  dropped: number;
  startedAt: number;
}

export interface ActionLogOptions {
  write: LogWrite;
  now?: () => number;
  newToken?: () => string;
  onLiveWindow?: (token: string | null) => void;
}

/** Turns engine reports into the job log. Use `reporter` and `output` as the engine's options. */
export class ActionLog {
  readonly reporter: RunReporter;
  readonly output: OutputSink;
  /** Wall-clock duration of each top-level step run in this process (ms). */
  readonly durations = new Map<string, number>();

  private readonly write: LogWrite;
  private readonly now: () => number;
  private readonly guard: CommandGuard;
  private groupOpen = false;
  private finished = false;
  /** The top-level step running now, and when it started. */
  private current: { id: string; title: string; startedAt: number } | null = null;
  private readonly items = new Map<string, ItemBuffer>();
  /** Item groups waiting for their progress report. */
  private readonly finishedItems: string[] = [];

  constructor(options: ActionLogOptions) {
    this.write = options.write;
    this.now = options.now ?? Date.now;
    this.guard = new CommandGuard(options.write, options.newToken, options.onLiveWindow);
    this.output = {
      stdout: (chunk) => this.stepText(chunk),
      stderr: (chunk) => this.stepText(chunk)
    };
    this.reporter = {
      stepStarted: ({ stepId, type, label, depth }) => {
        if (this.finished) return;
        if (depth === 0) {
          this.endGroup();
          const title = `${stepId} (${type})${label && label !== type ? `: ${label}` : ''}`;
          this.current = { id: stepId, title, startedAt: this.now() };
          this.startGroup(title);
        } else if (this.items.size === 0) {
          // A nested step (if/switch/loop body); fan-out items report in their own groups.
          this.stepText(`${'  '.repeat(depth)}▸ ${stepId} (${type})\n`);
        }
      },
      stepFinished: ({ stepId, status, record, depth }) => {
        if (this.finished) return;
        if (depth !== 0) return;
        this.endGroup();
        const started = this.current?.id === stepId ? this.current.startedAt : null;
        const ms = started === null ? null : this.now() - started;
        if (ms !== null) this.durations.set(stepId, ms);
        this.current = null;
        this.line(stepLine(stepId, status, record, ms));
      },
      itemOutput: ({ itemId }) => {
        if (this.finished) return this.output;
        // Items are printed as groups of their own: the step's group must close first.
        this.endGroup();
        const buffer: ItemBuffer = { chunks: [], size: 0, dropped: 0, startedAt: this.now() };
        this.items.set(itemId, buffer);
        const push = (chunk: string): void => {
          buffer.chunks.push(chunk);
          buffer.size += chunk.length;
          while (buffer.size > MAX_ITEM_BUFFER && buffer.chunks.length > 1) {
            const first = buffer.chunks.shift()!;
            buffer.size -= first.length;
            buffer.dropped += first.length;
          }
        };
        return { stdout: push, stderr: push };
      },
      itemFinished: ({ itemId, record, reused }) => {
        if (this.finished) return;
        const buffer = this.items.get(itemId);
        this.items.delete(itemId);
        if (reused) {
          this.line(`  ${itemId}: completed earlier, not run again`);
          return;
        }
        const ms = buffer ? this.now() - buffer.startedAt : null;
        let body = buffer?.chunks.join('') ?? '';
        if (buffer && buffer.dropped > 0) {
          body = `… (${buffer.dropped} earlier characters of output not shown)\n${body}`;
        }
        const status = record?.status ?? 'not recorded';
        const title = `${itemId} · ${status}${ms === null ? '' : ` in ${formatDuration(ms)}`}`;
        const error = record?.error ? `error: ${record.error}\n` : '';
        // Printed with the progress report that follows each finished item, so items and
        // progress lines alternate even when several items finish in the same moment.
        this.finishedItems.push(
          `::group::${commandData(titleText(title))}\n` +
            this.guard.sealed(body + (body && !body.endsWith('\n') ? '\n' : '') + error) +
            '::endgroup::\n'
        );
      },
      fanOutProgress: ({ stepId, done, running, total }) => {
        if (this.finished) return;
        const item = this.finishedItems.shift();
        if (item !== undefined) this.write(item);
        this.line(`${stepId}: ${done}/${total} items done, ${running} running`);
      },
      notice: (message) => {
        if (!this.finished) this.line(message);
      }
    };
  }

  /** A line of our own; it may quote outside data (see `plainLine`). */
  line(text: string): void {
    if (this.guard.open) this.guard.text(`${text.replace(/[\r\n]+/g, ' ')}\n`);
    else this.write(this.guard.line(text));
  }

  /**
   * Our own work (cache transfers) in a group of its own. The cache client's output is fenced
   * by the cache transport itself, which must let its masks through.
   */
  async group<T>(title: string, work: () => Promise<T>): Promise<T> {
    this.endGroup();
    this.startGroup(title);
    try {
      return await work();
    } finally {
      this.endGroup();
    }
  }

  /** Close whatever is open (the run stopped, or we are about to save). */
  close(): void {
    this.endGroup();
  }

  /**
   * The run is over as far as the log goes (it stopped, or it is being saved after a
   * cancellation it did not answer in time): anything a straggling step still prints is
   * written fenced, with no groups, so it cannot garble what follows.
   */
  finish(): void {
    this.close();
    this.finished = true;
  }

  private stepText(chunk: string): void {
    if (chunk === '') return;
    if (this.finished) {
      this.write(this.guard.sealed(chunk));
      return;
    }
    if (!this.groupOpen && this.current !== null) {
      // Output after a nested fan-out closed the step's group.
      this.startGroup(`${this.current.title} (continued)`);
    }
    this.guard.text(chunk);
  }

  private startGroup(title: string): void {
    this.write(`::group::${commandData(titleText(title))}\n`);
    this.groupOpen = true;
  }

  private endGroup(): void {
    this.guard.close();
    for (const item of this.finishedItems.splice(0)) this.write(item);
    if (this.groupOpen) {
      this.write('::endgroup::\n');
      this.groupOpen = false;
    }
  }
}

function stepLine(
  stepId: string,
  status: StepStatus | null,
  record: StepRecord | undefined,
  ms: number | null
): string {
  const shown = status ?? 'failed';
  const mark = getOr(STATUS_MARK, shown, '•');
  const took = ms === null ? '' : ` in ${formatDuration(ms)}`;
  const error = record?.error ? `: ${record.error}` : status === null ? ': unknown step type' : '';
  return `${mark} ${stepId} ${shown}${took}${error}`;
}
