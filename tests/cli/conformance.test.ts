/**
 * Replays the differential conformance cases in fixtures/conformance against
 * specflow and compares each phase's outcome (exit code, run status, current
 * step, inputs, every step's type/status/output/error) with what the
 * reference engine recorded for the same case. The recorded expected/*.json
 * files are the oracle: CI cannot reach the reference. To add a case, write
 * it under fixtures/conformance/cases and record the reference's outcome with
 * `npm run record-conformance -- NAME` (scripts/record-conformance.py; see
 * fixtures/conformance/README.md).
 *
 * Every case goes through the CLI's command layer (`runCli`: argv, --json,
 * exit codes, run files) in this process, a few at a time; a sample also runs
 * through the built CLI as a separate process, as a user runs it.
 *
 * Known, deliberate differences are kept out of the fixtures: runs are never
 * overwritten, a resumed fan-out keeps the items whose last run provably
 * gives the same result (its side effects are not repeated), agent stdout is
 * captured, and integration.json is consulted for agent steps.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/commands.js';
import {
  caseNames,
  compareOutcomes,
  expectedOutcome,
  processRunner,
  replayCase,
  type CliRunner
} from '../support/conformance.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, '..', 'fixtures', 'conformance');
const CLI = path.resolve(here, '..', '..', 'build', 'cli', 'index.js');

/** A write stream that keeps what is written (not a terminal). */
function capture(): NodeJS.WriteStream & { text: () => string } {
  let text = '';
  return {
    isTTY: false,
    write(chunk: string | Uint8Array) {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
    text: () => text
  } as unknown as NodeJS.WriteStream & { text: () => string };
}

const inProcess: CliRunner = async (args, cwd, env) => {
  const stdout = capture();
  const code = await runCli(args, {
    stdout,
    stderr: capture(),
    stdin: { isTTY: false } as NodeJS.ReadStream,
    env,
    cwd,
    signal: new AbortController().signal
  });
  return { code, stdout: stdout.text() };
};

const names = caseNames(FIXTURES);

test('the fixture set is present and every case has its recorded outcome', () => {
  expect(names.length).toBeGreaterThanOrEqual(60);
  for (const name of names) {
    expect(fs.existsSync(path.join(FIXTURES, 'cases', `${name}.yml`))).toBe(true);
  }
});

describe('every case matches the reference (command layer, in process)', () => {
  test.concurrent.each(names)('%s', async (name) => {
    const actual = await replayCase(FIXTURES, name, inProcess);
    expect(compareOutcomes(expectedOutcome(FIXTURES, name), actual)).toEqual([]);
  });
});

// One case of each kind, through the built CLI as its own process.
const PROCESS_SAMPLE = [
  'gate-retry-reject-then-approve',
  'fanc-slow-first-fails',
  'input-required-missing',
  'val-fanin-forward',
  'val-yaml-error',
  'resume-completed-run',
  'expr-exception-stops-run',
  'run-id-env',
  'key-order-resume',
  'fan-resume-gate-in-if'
];

describe('a sample matches through the built CLI process', () => {
  beforeAll(() => {
    if (!fs.existsSync(CLI))
      throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does)`);
  });

  test.concurrent.each(PROCESS_SAMPLE)('%s', async (name) => {
    const actual = await replayCase(FIXTURES, name, processRunner(CLI));
    expect(compareOutcomes(expectedOutcome(FIXTURES, name), actual)).toEqual([]);
  });
});
