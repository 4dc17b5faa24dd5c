/**
 * The job log as the runner reads it: groups per top-level step, fan-out items as one group each,
 * and no line a step prints acting as a workflow command.
 */
import { ActionLog, CommandGuard, formatDuration, plainLine } from '../../src/action/log.js';
import { StepStatus, type StepType } from '../../src/engine/types.js';
import { getOr, pyStr } from '../../src/engine/pyvalue.js';
import { harness, header, type Harness } from '../support/engine-harness.js';
import { parseCommand, readAsRunner } from '../support/workflow-commands.js';

/** Every group as [title, lines between ::group:: and ::endgroup::], checking they never nest. */
function groupsOf(log: string): { title: string; body: string[] }[] {
  const groups: { title: string; body: string[] }[] = [];
  let open: { title: string; body: string[] } | null = null;
  let stopped: string | null = null;
  for (const line of log.split('\n')) {
    const command = parseCommand(line, stopped);
    if (stopped !== null) {
      // Stopped: every line is text, except the token that resumes commands.
      if (command?.name === stopped) stopped = null;
      else if (open) open.body.push(line);
      continue;
    }
    if (command?.name === 'stop-commands') stopped = command.data;
    else if (command?.name === 'group') {
      if (open) throw new Error(`group "${command.data}" opened inside "${open.title}"`);
      open = { title: command.data, body: [] };
      continue;
    } else if (command?.name === 'endgroup') {
      if (!open) throw new Error('endgroup without a group');
      groups.push(open);
      open = null;
      continue;
    }
    if (open && command === null) open.body.push(line);
  }
  if (open) throw new Error(`group "${open.title}" never closed`);
  return groups;
}

let tokenCounter = 0;
function captureLog(): { log: ActionLog; text: () => string; windows: (string | null)[] } {
  const chunks: string[] = [];
  const windows: (string | null)[] = [];
  const log = new ActionLog({
    write: (t) => chunks.push(t),
    newToken: () => `tok${String(++tokenCounter).padStart(4, '0')}ffffffffffff`,
    onLiveWindow: (token) => windows.push(token)
  });
  return { log, text: () => chunks.join(''), windows };
}

function runWith(log: ActionLog, extra: StepType[] = []): Harness {
  return harness(extra, { reporter: log.reporter, output: log.output, prompt: null });
}

const HOSTILE = [
  'line one',
  '::add-mask::secret',
  '  ::set-output name=x::y',
  'text ##[set-env name=A]b',
  '::SET-OUTPUT name=y::z',
  '::stop-commands::guess',
  '::group::evil\r::warning::after a carriage return',
  '::guess::',
  '::endgroup::'
].join('\n');

describe('step output cannot issue workflow commands', () => {
  test('hostile lines from a step are text to the runner; only our commands act', async () => {
    const { log, text, windows } = captureLog();
    const h = runWith(log);
    const state = await h.run(
      header() +
        // A bare CR in the YAML would end the line (PyYAML reads it as a line break): the shell makes it.
        `steps:\n  - id: hostile\n    type: shell\n    run: |\n      cat <<'EOF' | tr '~' '\\r'\n${HOSTILE.split(
          '\n'
        )
          .map((l) => `      ${l.replace(/\r/g, '~')}`)
          .join('\n')}\n      EOF\n      printf 'no newline at the end'\n` +
        `  - id: after\n    type: shell\n    run: echo done\n`
    );
    expect(state.status).toBe('completed');
    const { commands, lines } = readAsRunner(text());
    // What the runner acts on: groups, and our own stop/resume pairs. Nothing from the step.
    expect(commands.map((c) => c.name)).toEqual([
      'group',
      'stop-commands',
      'resume-commands',
      'endgroup',
      'group',
      'stop-commands',
      'resume-commands',
      'endgroup'
    ]);
    expect(commands.filter((c) => c.name === 'group').map((c) => c.data)).toEqual([
      'hostile (shell)',
      'after (shell)'
    ]);
    // The step's text reaches the log unchanged.
    for (const line of HOSTILE.split(/\r|\n/)) expect(lines).toContain(line);
    // A last line without a newline is ended before the resume token, so the token is seen.
    expect(lines).toContain('no newline at the end');
    expect(windows).toEqual([expect.any(String), null, expect.any(String), null]);
    expect(windows[0]).not.toBe(windows[2]);
  });

  test('our own lines quoting step ids or errors are guarded when they could look like commands', () => {
    const chunks: string[] = [];
    const log = new ActionLog({ write: (t) => chunks.push(t), newToken: () => 'feedface' });
    log.line('✓ plan completed in 2ms');
    log.line('::add-mask::x');
    log.line('\u200b::add-mask::y');
    log.line('plan failed: see ##[error]z');
    log.line('a\n::warning::split');
    expect(readAsRunner(chunks.join('')).commands.map((c) => c.name)).toEqual([
      'stop-commands',
      'resume-commands',
      'stop-commands',
      'resume-commands',
      'stop-commands',
      'resume-commands'
    ]);
    expect(chunks[0]).toBe('✓ plan completed in 2ms\n');
    expect(chunks.join('')).toContain('a ::warning::split\n');
  });

  const HOSTILE_NAMES = [
    '::warning title=x::pwned',
    '::add-mask::x',
    '##[error]x',
    '   ::warning title=x::pwned',
    '\t##[error]x',
    '\u200b::add-mask::x',
    '\u200b \u200b::warning::x',
    // A Hangul filler is a letter, and one the runner's comparisons skip.
    '\u3164::warning::x',
    '#\u200b#[error]x',
    'ok\n::warning::second line',
    'ok\r::warning::after a carriage return',
    'ok\n  ##[error]indented'
  ];

  test.each(
    HOSTILE_NAMES.flatMap((name) => [[name], [`plan failed: ${name}`], [`${name} paused`]])
  )('a line of our own quoting %j is text to the runner, on one line', (text) => {
    let n = 0;
    const written = plainLine(text, () => `token${++n}abcdef`);
    const { commands, lines } = readAsRunner(written);
    expect(commands.map((c) => c.name)).toEqual(
      written.startsWith('::stop-commands::') ? ['stop-commands', 'resume-commands'] : []
    );
    expect(lines).toContain(text.replace(/[\r\n]+/g, ' '));
  });

  test('ordinary lines of our own are written as they are', () => {
    for (const text of [
      'Run ab12 saved to the Actions cache as specflow-ab12.x.1.1.2',
      '✓ plan completed'
    ]) {
      expect(plainLine(text)).toBe(`${text}\n`);
    }
  });

  test('a sealed block ends the line before its resume token', () => {
    const guard = new CommandGuard(
      () => {},
      () => 'abc'
    );
    expect(guard.sealed('x')).toBe('::stop-commands::abc\nx\n::abc::\n');
    expect(guard.sealed('')).toBe('');
  });
});

test('after finish(), a straggling step cannot open groups or issue commands', () => {
  const { log, text } = captureLog();
  log.reporter.stepStarted!({ stepId: 'slow', type: 'shell', label: 'sleep', depth: 0 });
  log.output.stdout('partial');
  log.finish();
  log.reporter.stepStarted!({ stepId: 'next', type: 'shell', label: 'x', depth: 0 });
  log.output.stdout('::add-mask::late\n');
  log.reporter.itemOutput!({ parentId: 'p', itemId: 'p:i:0', index: 0 }).stdout('::warning::x\n');
  const { commands } = readAsRunner(text());
  expect(commands.map((c) => c.name)).toEqual([
    'group',
    'stop-commands',
    'resume-commands',
    'endgroup',
    'stop-commands',
    'resume-commands',
    'stop-commands',
    'resume-commands'
  ]);
  expect(text()).toContain('partial\n::tok');
});

/** A step type whose items write, meet at a barrier, and write again: output interleaves for sure. */
function barrierStep(parties: number): StepType {
  let waiting: (() => void)[] = [];
  return {
    type: 'chatty',
    validate: () => [],
    async execute(config, context) {
      const name = pyStr(context.item ?? getOr(config, 'name', '?'));
      context.output.stdout(`${name}: first\n`);
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === parties) {
          waiting.forEach((r) => r());
          waiting = [];
        }
      });
      context.output.stderr(`${name}: second`);
      context.output.stdout(`\n::error::${name}\n`);
      return {
        status: name === 'b' ? StepStatus.Failed : StepStatus.Completed,
        output: { name },
        error: name === 'b' ? 'b went wrong' : null
      };
    }
  };
}

describe('fan-out items', () => {
  test('each item is one group of its own output, printed when it finishes, progress between', async () => {
    const { log, text } = captureLog();
    const h = runWith(log, [barrierStep(3)]);
    const state = await h.run(
      header() +
        'steps:\n' +
        '  - id: intro\n    type: shell\n    run: echo intro\n' +
        '  - id: fan\n    type: fan-out\n    items: ["a", "b", "c"]\n    max_concurrency: 3\n' +
        '    step:\n      id: each\n      type: chatty\n      continue_on_error: true\n' +
        '  - id: outro\n    type: shell\n    run: echo outro\n'
    );
    expect(state.status).toBe('completed');
    const groups = groupsOf(text());
    expect(groups.map((g) => g.title.replace(/ in \d+(\.\d+)?m?s$/, ''))).toEqual([
      'intro (shell)',
      'fan (fan-out)',
      expect.stringMatching(/^fan:each:[abc012]+ · (completed|failed)$/),
      expect.stringMatching(/^fan:each:\d · (completed|failed)$/),
      expect.stringMatching(/^fan:each:\d · (completed|failed)$/),
      'outro (shell)'
    ]);
    for (const group of groups.slice(2, 5)) {
      const index = Number(/fan:each:(\d)/.exec(group.title)![1]);
      const name = 'abc'[index];
      // Only this item's lines, in the order it wrote them, despite the interleaving.
      expect(group.body.filter((l) => l !== '')).toEqual([
        `${name}: first`,
        `${name}: second`,
        `::error::${name}`,
        ...(name === 'b' ? ['error: b went wrong'] : [])
      ]);
    }
    const progress = text()
      .split('\n')
      .filter((l) => l.startsWith('fan: '));
    expect(progress).toEqual([
      'fan: 1/3 items done, 2 running',
      'fan: 2/3 items done, 1 running',
      'fan: 3/3 items done, 0 running'
    ]);
    // Item groups and progress lines alternate: nothing is printed inside another's group.
    const order = text()
      .split('\n')
      .filter((l) => l.startsWith('::group::fan:each') || l.startsWith('fan: '))
      .map((l) => (l.startsWith('fan: ') ? 'progress' : 'item'));
    expect(order).toEqual(['item', 'progress', 'item', 'progress', 'item', 'progress']);
    expect(readAsRunner(text()).commands.some((c) => c.name === 'error')).toBe(false);
  });

  test('an item buffer keeps the tail when an item prints a lot', async () => {
    const { log, text } = captureLog();
    const big: StepType = {
      type: 'big',
      validate: () => [],
      async execute(_config, context) {
        const chunk = 'x'.repeat(64 * 1024) + '\n';
        for (let i = 0; i < 20; i++) context.output.stdout(chunk);
        context.output.stdout('the end\n');
        return { status: StepStatus.Completed, output: {} };
      }
    };
    const h = runWith(log, [big]);
    await h.run(
      header() +
        'steps:\n  - id: fan\n    type: fan-out\n    items: [1]\n    step:\n      id: each\n      type: big\n'
    );
    const body = groupsOf(text()).find((g) => g.title.startsWith('fan:each:0'))!.body;
    expect(body[0]).toMatch(/^… \(\d+ earlier characters of output not shown\)$/);
    expect(body.join('\n').length).toBeLessThan(1024 * 1024 + 64 * 1024 + 200);
    expect(body).toContain('the end');
  });
});

test('step durations in the log', () => {
  expect(formatDuration(42)).toBe('42ms');
  expect(formatDuration(1500)).toBe('1.5s');
  expect(formatDuration(125_000)).toBe('2m 5s');
  expect(formatDuration(3_725_000)).toBe('1h 2m');
  expect(formatDuration(null)).toBe('');
});
