/**
 * Stand-in agent CLIs for tests. Each is a small Node script written into a
 * temporary bin directory that records its argv, cwd and environment, prints
 * chosen text to stdout and stderr, and exits with a chosen code. Optional
 * behaviours let tests prove overlap (a barrier), kill a process tree (a
 * grandchild that never ends) and cut the capture (a flood of output).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { makeContext, type TestContext } from '../../support/context.js';
import type { StepContext } from '../../../src/engine/types.js';

export interface FakeAgentBehaviour {
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  /** Bytes of filler written to each stream before `stdout`/`stderr`. */
  floodBytes?: number;
  /**
   * Arrive at a barrier: create a file in `dir`, then wait until `count`
   * files are there. Only agents that run at the same time can all pass it
   * (a lone agent gives up after `giveUpMs` and exits 99).
   */
  barrier?: { dir: string; count: number; giveUpMs?: number };
  /** Start a grandchild that never ends, write its pid here, then never end either. */
  hangWithGrandchild?: { pidFile: string };
}

export interface AgentRecord {
  name: string;
  argv: string[];
  cwd: string;
  env: Record<string, string>;
}

const SCRIPT = String.raw`
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const behaviour = __BEHAVIOUR__;
const record = { name: __NAME__, argv: process.argv.slice(2), cwd: process.cwd(), env: process.env };
fs.writeFileSync(path.join(__RECORD_DIR__, __NAME__ + '.' + process.pid + '.json'), JSON.stringify(record));

function finish() {
  if (behaviour.floodBytes) {
    process.stdout.write('o'.repeat(behaviour.floodBytes));
    process.stderr.write('e'.repeat(behaviour.floodBytes));
  }
  if (behaviour.stdout) process.stdout.write(behaviour.stdout);
  if (behaviour.stderr) process.stderr.write(behaviour.stderr);
  process.exitCode = behaviour.exitCode ?? 0;
}

if (behaviour.hangWithGrandchild) {
  const child = spawn('/bin/sleep', ['100000'], { stdio: 'inherit' });
  fs.writeFileSync(behaviour.hangWithGrandchild.pidFile + '.tmp', String(child.pid));
  fs.renameSync(behaviour.hangWithGrandchild.pidFile + '.tmp', behaviour.hangWithGrandchild.pidFile);
  setInterval(() => {}, 1 << 30);
} else if (behaviour.barrier) {
  const { dir, count, giveUpMs } = behaviour.barrier;
  fs.writeFileSync(path.join(dir, 'arrived.' + process.pid), '');
  const giveUpAt = Date.now() + (giveUpMs ?? 20000);
  const poll = setInterval(() => {
    if (fs.readdirSync(dir).filter((f) => f.startsWith('arrived.')).length >= count) {
      clearInterval(poll);
      finish();
    } else if (Date.now() > giveUpAt) {
      clearInterval(poll);
      process.stderr.write('barrier: only some agents arrived');
      process.exitCode = 99;
    }
  }, 5);
} else {
  finish();
}
`;

/** Single-quote `text` for /bin/sh. */
function shQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The stand-in's source. Plain behaviours use /bin/sh, which starts far
 * faster than Node; barriers, floods and grandchildren use Node.
 */
function agentScript(name: string, behaviour: FakeAgentBehaviour, records: string): string {
  if (!behaviour.barrier && !behaviour.floodBytes && !behaviour.hangWithGrandchild) {
    const base = shQuote(path.join(records, name));
    return [
      '#!/bin/sh',
      `out=${base}.$$`,
      `printf '%s\\0' ${shQuote(name)} "$@" > "$out.argv.tmp"`,
      'pwd -P > "$out.cwd"',
      '/usr/bin/env -0 > "$out.env"',
      'mv "$out.argv.tmp" "$out.argv"',
      `printf '%s' ${shQuote(behaviour.stdout ?? '')}`,
      `printf '%s' ${shQuote(behaviour.stderr ?? '')} >&2`,
      `exit ${behaviour.exitCode ?? 0}`,
      ''
    ].join('\n');
  }
  // Replacer functions, so `$` in the values is not a replacement pattern.
  const body = SCRIPT.replace('__BEHAVIOUR__', () => JSON.stringify(behaviour))
    .replace(/__NAME__/g, () => JSON.stringify(name))
    .replace('__RECORD_DIR__', () => JSON.stringify(records));
  return `#!${process.execPath}\n${body}`;
}

/** Runs recorded by the /bin/sh stand-ins (NUL-separated argv and env). */
function readShellRecords(records: string): AgentRecord[] {
  return fs
    .readdirSync(records)
    .filter((f) => f.endsWith('.argv'))
    .map((f) => {
      const stem = path.join(records, f.slice(0, -'.argv'.length));
      const [name, ...argv] = fs.readFileSync(`${stem}.argv`, 'utf8').split('\0').slice(0, -1);
      const env: Record<string, string> = {};
      for (const entry of fs.readFileSync(`${stem}.env`, 'utf8').split('\0').slice(0, -1)) {
        const eq = entry.indexOf('=');
        env[entry.slice(0, eq)] = entry.slice(eq + 1);
      }
      return { name, argv, cwd: fs.readFileSync(`${stem}.cwd`, 'utf8').trimEnd(), env };
    });
}

export interface AgentSandbox {
  /** Directory put first on the context's PATH. */
  bin: string;
  /** Where stand-ins write what they were run with. */
  records: string;
  /** Scratch directory for barriers and pid files. */
  scratch: string;
  /** Write a stand-in executable `name` into `bin`. */
  install(name: string, behaviour?: FakeAgentBehaviour): string;
  /** Every run recorded so far (optionally only those of `name`). */
  runs(name?: string): AgentRecord[];
  /** A step context whose PATH holds only `bin` and the system directories. */
  context(overrides?: Partial<StepContext>): TestContext;
  cleanup(): void;
}

export function agentSandbox(): AgentSandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specflow-agents-'));
  const bin = path.join(root, 'bin');
  const records = path.join(root, 'records');
  const scratch = path.join(root, 'scratch');
  for (const dir of [bin, records, scratch]) fs.mkdirSync(dir);
  const contexts: TestContext[] = [];

  return {
    bin,
    records,
    scratch,
    install(name, behaviour = {}) {
      const file = path.join(bin, name);
      fs.writeFileSync(file, agentScript(name, behaviour, records), { mode: 0o755 });
      return file;
    },
    runs(name) {
      return fs
        .readdirSync(records)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(fs.readFileSync(path.join(records, f), 'utf8')) as AgentRecord)
        .concat(readShellRecords(records))
        .filter((r) => name === undefined || r.name === name);
    },
    context(overrides = {}) {
      const context = makeContext({
        env: { PATH: `${bin}:/usr/bin:/bin`, HOME: root, SPECFLOW_TEST_MARKER: 'agent-env' },
        ...overrides
      });
      contexts.push(context);
      return context;
    },
    cleanup() {
      for (const context of contexts.splice(0)) context.cleanup();
      fs.rmSync(root, { recursive: true, force: true });
    }
  };
}
