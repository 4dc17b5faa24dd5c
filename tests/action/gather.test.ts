/**
 * A gather job's side of a distributed fan-out (distributed.ts `gatherShards`), with real git,
 * the engine, and the real cache client against the stand-in service: shard jobs save their
 * entries as the Action does, and the gather restores them all. Each job is a clone of one
 * origin with the run's files copied in, as a restore of the run leaves them.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionsCacheRunStore } from '../../src/action/cache-store.js';
import { gatherShards, ShardWork, type ShardStoreTarget } from '../../src/action/distributed.js';
import type { EntryLimits } from '../../src/action/entry-contents.js';
import type { GithubContext } from '../../src/action/github-context.js';
import {
  restoreShardFromCache,
  saveShardToCache,
  shardFolder
} from '../../src/action/shard-store.js';
import { WorkflowEngine } from '../../src/engine/engine.js';
import { RunState } from '../../src/engine/run-state.js';
import { openCacheTestBed, type CacheTestBed } from '../support/cache-server.js';
import { git } from '../support/git.js';

const RUN = 'r1';
const SCOPE = { paths: ['specs'] };
const WORKFLOW_FILE = 'workflow.yml';
const LIMITS: EntryLimits = { maxBytes: 1024 ** 3, maxMembers: 50_000 };

const ITEMS = ['a', 'b', 'c'];
/** Each item's line, with lines between: git takes changes to adjacent lines for a conflict. */
const NOTES = (done: string[] = []): string =>
  ITEMS.map((item) => `${item}: ${done.includes(item) ? 'done' : 'todo'}\n\n`).join('');

/**
 * Each item writes a file of its own, marks its line in the tracked notes done, and pads with
 * `size` bytes. Item a's nested step fails under continue_on_error: a is kept, but with no
 * reuse entry, so every gather gathers it again.
 */
const WORKFLOW = `schema_version: "1.0"
workflow:
  id: spread
  name: Spread
  version: "0.1.0"
steps:
  - id: work
    type: fan-out
    items: ${JSON.stringify(ITEMS)}
    step:
      id: one
      type: if
      condition: "true"
      then:
        - id: write
          type: shell
          continue_on_error: true
          run: "echo made by {{ item }} > specs/{{ item }}.txt; sed -i 's/^{{ item }}: todo$/{{ item }}: done/' specs/notes.md; if [ {{ item }} = a ]; then exit 3; fi"
`;

let bed: CacheTestBed;
let origin: string;
let jobs = 0;

beforeEach(async () => {
  bed = await openCacheTestBed('gather-test-', () => ({ GITHUB_WORKSPACE: undefined }));
  origin = join(bed.scratch, 'origin');
  mkdirSync(join(origin, 'specs'), { recursive: true });
  git(origin, ['init', '-q', '-b', 'main']);
  writeFileSync(join(origin, WORKFLOW_FILE), WORKFLOW);
  writeFileSync(join(origin, 'specs/notes.md'), NOTES());
  git(origin, ['add', '-A']);
  git(origin, ['commit', '-q', '-m', 'init']);
});

afterEach(() => bed.close());

/** A job's workspace: a clone, with the run's saved files (run folder, specs) of `from` in it. */
function checkout(from?: string): string {
  const dir = join(bed.scratch, `job-${++jobs}`);
  git(bed.scratch, ['clone', '-q', origin, dir]);
  if (from !== undefined) {
    cpSync(join(from, '.specify'), join(dir, '.specify'), { recursive: true });
    cpSync(join(from, 'specs'), join(dir, 'specs'), { recursive: true });
  }
  return dir;
}

const github = (attempt: string): GithubContext => ({
  workspace: null,
  actor: null,
  triggeringActor: null,
  runId: '1001',
  runAttempt: attempt,
  repository: null,
  serverUrl: 'https://github.com',
  eventName: null,
  refName: null,
  workflowPath: null,
  workflowName: null,
  defaultBranch: null
});

async function start(): Promise<string> {
  const root = checkout();
  const engine = new WorkflowEngine({ projectRoot: root, distribute: (id) => id === 'work' });
  const paused = await engine.execute(engine.loadWorkflow(join(root, WORKFLOW_FILE)), {}, RUN);
  expect(paused.distribution?.shards).toEqual([[0], [1], [2]]);
  return root;
}

/** Shard job `n` from the run as `from` holds it: run its item, save its entry (`pad`: made bigger). */
async function shard(
  from: string,
  n: number,
  attempt = '1',
  pad: { bytes?: number; files?: number } = {}
): Promise<void> {
  const root = checkout(from);
  const distribution = RunState.load(RUN, root).distribution!;
  const folder = join(root, shardFolder(RUN, distribution.id, n));
  const work = await ShardWork.open(root, SCOPE, folder, 1);
  const engine = new WorkflowEngine({ projectRoot: root, answeredGatesOnly: true });
  try {
    await engine.resume(RUN, {}, { shard: { number: n, place: work } });
  } finally {
    await work.close();
  }
  await work.write({ runId: RUN, distribution, shard: n, github: github(attempt) });
  if (pad.bytes) writeFileSync(join(folder, 'padding'), 'x'.repeat(pad.bytes));
  for (let i = 0; i < (pad.files ?? 0); i++) writeFileSync(join(folder, `padding-${i}`), '');
  const saved = await saveShardToCache({
    root,
    prefix: 'specflow',
    runId: RUN,
    distributionId: distribution.id,
    shard: n,
    githubRunId: '1001',
    attempt
  });
  expect(saved.saved).toBe(true);
}

/** The gather job from the run as `from` holds it; its workspace, state and log lines. */
async function gather(
  from: string,
  limits = LIMITS
): Promise<{ root: string; state: RunState; lines: string[] }> {
  const root = checkout(from);
  const target: ShardStoreTarget = {
    store: new ActionsCacheRunStore(),
    root,
    prefix: 'specflow',
    runId: RUN,
    github: github('1'),
    stateKey: '',
    limits
  };
  const gathered = await gatherShards(target, RunState.load(RUN, root), SCOPE);
  const engine = new WorkflowEngine({ projectRoot: root, answeredGatesOnly: true });
  const state = await engine.resume(RUN, {}, { gather: gathered.source });
  await gathered.cleanUp();
  return { root, state, lines: gathered.lines };
}

function specsOf(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(root, 'specs'))
      .sort()
      .map((name) => [name, readFileSync(join(root, 'specs', name), 'utf8')])
  );
}

const ALL_DONE = {
  'a.txt': 'made by a\n',
  'b.txt': 'made by b\n',
  'c.txt': 'made by c\n',
  'notes.md': NOTES(ITEMS)
};

test('one gather of every shard: each item’s changes applied once', async () => {
  const run = await start();
  for (const n of [1, 2, 3]) await shard(run, n);
  const { root, state } = await gather(run);
  expect(state.status).toBe('completed');
  expect(specsOf(root)).toEqual(ALL_DONE);
}, 60_000);

test('a second gather, once the missing shard has run, leaves the files a single gather gives', async () => {
  const run = await start();
  await shard(run, 1);
  await shard(run, 3);
  const first = await gather(run);
  expect(first.state.status).toBe('failed');
  expect(first.state.error).toContain('shard 2 (items 1)');
  expect(first.state.distribution?.applied).toEqual([0]);
  expect(specsOf(first.root)).toEqual({
    'a.txt': 'made by a\n',
    'notes.md': NOTES(['a'])
  });
  // "Re-run failed jobs": shard 2 and the gather, from the run as the first gather saved it.
  await shard(first.root, 2, '2');
  const second = await gather(first.root);
  expect(second.state.status).toBe('completed');
  expect(second.state.distribution).toBeNull();
  expect(specsOf(second.root)).toEqual(ALL_DONE);
}, 60_000);

describe('the shard entries of a gather together are held to the run’s own limits', () => {
  /** What shard n's entry restores, as the store counts it for a gather. */
  async function counted(run: string, n: number): Promise<{ bytes: number; members: number }> {
    let seen = { bytes: -1, members: -1 };
    const restored = await restoreShardFromCache({
      root: checkout(),
      prefix: 'specflow',
      runId: RUN,
      distributionId: RunState.load(RUN, run).distribution!.id,
      shard: n,
      admit: async (entry) => {
        seen = { bytes: entry.bytes, members: entry.members };
      }
    });
    expect(restored).not.toBeNull();
    return seen;
  }

  test.each([
    // Shard 2's entry is the big one: 4000 more bytes, or 30 more files.
    ['bytes', 'max-restore-size', { bytes: 4000 }],
    ['files', 'max-restore-files', { files: 30 }]
  ] as const)(
    'past the total %s, the entry that takes it there is refused, naming it and %s',
    async (what, input, pad) => {
      const run = await start();
      for (const n of [1, 2, 3]) await shard(run, n, '1', n === 2 ? pad : {});
      const [one, two, three] = [
        await counted(run, 1),
        await counted(run, 2),
        await counted(run, 3)
      ];
      // Each entry alone, and shards 1 and 3 together, are within the limit; 1 and 2 are not.
      const limits =
        what === 'bytes'
          ? { ...LIMITS, maxBytes: one.bytes + two.bytes - 1 }
          : { ...LIMITS, maxMembers: one.members + two.members - 1 };
      const key = what === 'bytes' ? 'bytes' : 'members';
      expect(one[key] + three[key]).toBeLessThanOrEqual(one[key] + two[key] - 1);

      const { root, state, lines } = await gather(run, limits);
      expect(lines[0]).toMatch(/^shard 1 \(items 0\): restored from /);
      expect(lines[1]).toMatch(
        new RegExp(
          `^shard 2 \\(items 1\\): was refused: the cache entry \\S+ was refused: with the shard ` +
            `entries restored before it, the gather would restore .*more than ${input} .*` +
            `raise ${input} for the gather job`
        )
      );
      expect(lines[2]).toMatch(/^shard 3 \(items 2\): restored from /);
      expect(state.status).toBe('failed');
      expect(state.failedStepId).toBe('work:one:1');
      expect(state.error).toContain(`raise ${input}`);
      // Nothing of the refused entry reached the project; item 0's changes did.
      expect(specsOf(root)).toEqual({ 'a.txt': 'made by a\n', 'notes.md': NOTES(['a']) });
    },
    60_000
  );
});
