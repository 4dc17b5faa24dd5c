#!/usr/bin/env node
/**
 * `specflow` entry point: wires the process (argv, streams, signals) to the commands.
 */
import { runCli } from './commands.js';

const controller = new AbortController();
let interrupts = 0;
const onSignal = (signal: NodeJS.Signals): void => {
  interrupts++;
  if (interrupts > 1) {
    // A second interrupt means "now": the first one is already saving the run.
    process.exit(signal === 'SIGINT' ? 130 : 143);
  }
  process.stderr.write(`\nspecflow: ${signal} received, stopping and saving the run…\n`);
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
  script: process.argv[1]
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `specflow: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`
    );
    process.exitCode = 1;
  }
);
