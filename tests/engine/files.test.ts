/**
 * Run and workflow files someone else may have placed: a FIFO or a link to a device there must
 * give an error naming the file, never a read that blocks or never ends.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRegularFile } from '../../src/engine/files.js';
import { listRunRecords } from '../../src/engine/run-record.js';
import { RunState } from '../../src/engine/run-state.js';
import { harness, header } from '../support/engine-harness.js';

const gate = `${header()}steps:\n  - id: g\n    type: gate\n    message: ok?\n`;
const onPosix = process.platform !== 'win32';
const posixOnly = onPosix ? test : test.skip;

/** A fresh project and the path of a run folder in it (not created). */
function runFolderIn(runId: string): { project: string; dir: string } {
  const h = harness();
  return { project: h.project, dir: path.join(h.project, '.specify/workflows/runs', runId) };
}

describe('files that are not regular files', () => {
  posixOnly.each(['state.json', 'inputs.json', 'log.jsonl', 'workflow.yml'])(
    'a FIFO as %s: resume and load fail at once, naming it',
    async (name) => {
      const h = harness();
      await h.run(gate, {}, 'r1');
      const dir = path.join(h.project, '.specify/workflows/runs/r1');
      fs.rmSync(path.join(dir, name), { force: true });
      execFileSync('mkfifo', [path.join(dir, name)]);
      await expect(h.resume('r1')).rejects.toThrow(
        new RegExp(`${name.replace('.', '\\.')}.*(named pipe|not a regular file)`)
      );
    }
  );

  posixOnly('a link to /dev/zero as state.json is a device, not a run', () => {
    const { project, dir } = runFolderIn('r2');
    fs.mkdirSync(dir, { recursive: true });
    fs.symlinkSync('/dev/zero', path.join(dir, 'state.json'));
    expect(() => RunState.load('r2', project)).toThrow(/state\.json: it is a device/);
    // Listing runs says so rather than reading forever.
    expect(listRunRecords(project)).toEqual([
      { runId: 'r2', error: expect.stringMatching(/state\.json: it is a device/) }
    ]);
  });

  test('a folder, and a file past the bound, are refused by the one reader', () => {
    const { project } = runFolderIn('r3');
    expect(() => readRegularFile(project)).toThrow(/it is a directory/);
    const big = path.join(project, 'big');
    fs.writeFileSync(big, 'x'.repeat(100));
    expect(() => readRegularFile(big, 10)).toThrow(/it is 100 bytes, more than the 10/);
    expect(readRegularFile(big).length).toBe(100);
  });
});
