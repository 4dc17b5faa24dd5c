/**
 * What `specflow` shows a person: step lines, live step output, colours
 * (only on a terminal and never under NO_COLOR), and the gate prompt.
 */
import * as readline from 'node:readline';
import type { RunReporter } from '../engine/run-session.js';
import type { GatePrompt, OutputSink } from '../engine/types.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

export function makeStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Style {
  const on = Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  const wrap = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return {
    bold: wrap(1),
    dim: wrap(2),
    red: wrap(31),
    green: wrap(32),
    yellow: wrap(33),
    cyan: wrap(36)
  };
}

export function colourForStatus(style: Style, status: string): (s: string) => string {
  if (status === 'completed') return style.green;
  if (status === 'paused') return style.yellow;
  if (status === 'failed' || status === 'aborted' || status === 'damaged') return style.red;
  return (s) => s;
}

/** A sink that writes whole lines, each prefixed, so concurrent items never mix mid-line. */
export function prefixedLineSink(
  out: NodeJS.WritableStream,
  prefix: string
): OutputSink & { end(): void } {
  const pending = { stdout: '', stderr: '' };
  const write = (key: 'stdout' | 'stderr', chunk: string) => {
    const text = pending[key] + chunk;
    const lines = text.split('\n');
    pending[key] = lines.pop() ?? '';
    for (const line of lines) out.write(`${prefix}${line}\n`);
  };
  return {
    stdout: (c) => write('stdout', c),
    stderr: (c) => write('stderr', c),
    end() {
      for (const key of ['stdout', 'stderr'] as const) {
        if (pending[key] !== '') out.write(`${prefix}${pending[key]}\n`);
        pending[key] = '';
      }
    }
  };
}

/** Reports step starts as `▸ [id] label …` lines and streams step output, line by line. */
export function terminalReporter(
  out: NodeJS.WritableStream,
  style: Style,
  options: { quietSteps: boolean }
): { reporter: RunReporter; output: OutputSink } {
  const sinks = new Map<string, ReturnType<typeof prefixedLineSink>>();
  const topLevel = prefixedLineSink(out, '    ');
  const reporter: RunReporter = {
    stepStarted({ stepId, label, depth }) {
      if (options.quietSteps) return;
      out.write(`${'  '.repeat(depth)}  ${style.cyan('▸')} [${stepId}] ${label} …\n`);
    },
    stepFinished({ stepId, status, record, depth }) {
      topLevel.end();
      // A failure is marked where it happened: among concurrent items the last line printed is
      // seldom the item that failed.
      if (status !== 'failed' || options.quietSteps) return;
      const error =
        typeof record?.error === 'string' && record.error !== '' ? `: ${record.error}` : '';
      out.write(`${'  '.repeat(depth)}  ${style.red('✗')} [${stepId}] failed${error}\n`);
    },
    itemOutput({ itemId }) {
      const sink = prefixedLineSink(out, `    ${style.dim(`[${itemId}]`)} `);
      sinks.set(itemId, sink);
      return sink;
    },
    itemFinished({ itemId }) {
      sinks.get(itemId)?.end();
      sinks.delete(itemId);
    },
    notice(message) {
      out.write(`${style.yellow('!')} ${message}\n`);
    }
  };
  return { reporter, output: topLevel };
}

/**
 * Asks on the terminal which gate option to take: a number or an option's
 * name. End of input picks the last option (conventionally the rejection).
 */
export function terminalGatePrompt(
  input: NodeJS.ReadStream,
  out: NodeJS.WritableStream,
  signal?: AbortSignal
): GatePrompt {
  return async (text, options) => {
    out.write('\n  ┌─ Gate ─────────────────────────────────────\n');
    for (const line of text.split('\n')) out.write(line ? `  │ ${line}\n` : '  │\n');
    out.write('  │\n');
    options.forEach((opt, i) => out.write(`  │  [${i + 1}] ${opt}\n`));
    out.write('  └────────────────────────────────────────────\n');
    const rl = readline.createInterface({ input, output: out, terminal: false });
    // An interrupted run stops waiting for an answer; an open reader would keep the process alive.
    const stopReading = (): void => rl.close();
    signal?.addEventListener('abort', stopReading, { once: true });
    // The iterator buffers lines, so answers typed or pasted ahead are not lost.
    const lines = rl[Symbol.asyncIterator]();
    try {
      for (;;) {
        out.write(`  Choose [1-${options.length}]: `);
        const next = await lines.next();
        if (next.done) {
          out.write('\n');
          return options[options.length - 1];
        }
        const answer: string = next.value;
        const raw = answer.trim();
        if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= options.length) {
          return options[Number(raw) - 1];
        }
        const byName = options.find((o) => o.toLowerCase() === raw.toLowerCase());
        if (byName !== undefined) return byName;
        out.write(`  Not an option: enter 1-${options.length} or an option's name.\n`);
      }
    } finally {
      signal?.removeEventListener('abort', stopReading);
      rl.close();
      input.pause();
    }
  };
}
