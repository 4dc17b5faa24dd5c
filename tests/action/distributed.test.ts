/**
 * A shard of several items (more items than GitHub's 256 matrix jobs): each item runs in a git
 * worktree of its own, so items running side by side never share files, and each item's
 * changes are taken apart from the others'.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowEngine } from '../../src/engine/engine.js';
import { ShardWork } from '../../src/action/distributed.js';
import { git } from '../support/git.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'specflow-shardwork-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const WORKFLOW = `schema_version: "1.0"
workflow:
  id: many
  name: Many
  version: "0.1.0"
steps:
  - id: list
    type: shell
    run: "seq 0 299 | paste -sd, - | sed 's/.*/[&]/'"
    output_format: json
  - id: fan
    type: fan-out
    items: "{{ steps.list.output.data }}"
    max_concurrency: 2
    step:
      id: one
      type: shell
      run: "ls specs | tr '\\\\n' ' '; echo {{ item }} > specs/{{ item }}.txt"
`;

test('two items of one shard run side by side, each in its own worktree, their changes apart', async () => {
  const origin = join(scratch, 'origin');
  mkdirSync(join(origin, 'specs'), { recursive: true });
  git(origin, ['init', '-q', '-b', 'main']);
  writeFileSync(join(origin, 'workflow.yml'), WORKFLOW);
  writeFileSync(join(origin, 'specs/base.md'), 'base\n');
  git(origin, ['add', '-A']);
  git(origin, ['commit', '-q', '-m', 'init']);

  const start = join(scratch, 'start');
  git(scratch, ['clone', '-q', origin, start]);
  const starter = new WorkflowEngine({ projectRoot: start, distribute: (id) => id === 'fan' });
  const paused = await starter.execute(starter.loadWorkflow(join(start, 'workflow.yml')), {}, 'r1');
  expect(paused.distribution?.shards[0]).toEqual([0, 1]);

  // The shard job's workspace: a checkout with the run's folder as a restore leaves it.
  const shard = join(scratch, 'shard');
  git(scratch, ['clone', '-q', origin, shard]);
  execFileSync('cp', ['-r', join(start, '.specify'), shard]);
  const folder = join(shard, '.specify/workflows/shards/r1/x-1');
  const work = await ShardWork.open(shard, { paths: ['specs'] }, folder, 2);
  const engine = new WorkflowEngine({ projectRoot: shard, answeredGatesOnly: true });
  try {
    await engine.resume('r1', {}, { shard: { number: 1, place: work } });
  } finally {
    await work.close();
  }

  expect(Object.keys(work.items).sort()).toEqual(['0', '1']);
  for (const index of [0, 1]) {
    const item = work.items[String(index)];
    const records = item.records as [string, { output: { stdout: string } }][];
    // Each saw the baseline only, never the other item's file.
    expect(records[0][1].output.stdout).toBe('base.md ');
    const patch = readFileSync(join(folder, `item-${index}.patch`), 'utf8');
    expect(patch).toContain(`specs/${index}.txt`);
    expect(patch).not.toContain(`specs/${1 - index}.txt`);
  }
  // The project itself is as the checkout left it; the worktrees are gone.
  expect(existsSync(join(shard, 'specs/0.txt'))).toBe(false);
  expect(git(shard, ['worktree', 'list']).trim().split('\n')).toHaveLength(1);
}, 60_000);
