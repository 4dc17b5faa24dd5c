/**
 * Reading a reviewer's answer from an event payload: comment commands and their rules (fences,
 * quotes, conflicts, run ids), pull-request reviews, and payloads of any shape, which are
 * ignored or refused with a reason and never throw.
 */
import {
  findCommandLines,
  MAX_ANSWER_BODY_BYTES,
  readAnswerEvent,
  type AnswerEvent
} from '../../src/action/answer-event.js';

function commentPayload(body: unknown, overrides: Record<string, unknown> = {}): unknown {
  return {
    action: 'created',
    issue: { number: 12, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/12' } },
    comment: {
      id: 991,
      body,
      user: { login: 'alice', type: 'User' },
      html_url: 'https://github.com/o/r/pull/12#issuecomment-991',
      created_at: '2025-01-02T03:04:05Z'
    },
    ...overrides
  };
}

function reviewPayload(state: unknown, body: unknown = null, action = 'submitted'): unknown {
  return {
    action,
    pull_request: { number: 7 },
    review: {
      id: 55,
      state,
      body,
      user: { login: 'bob', type: 'User' },
      html_url: 'https://github.com/o/r/pull/7#pullrequestreview-55',
      submitted_at: '2025-01-02T03:04:05Z'
    }
  };
}

const comment = (body: unknown): AnswerEvent =>
  readAnswerEvent('issue_comment', commentPayload(body));

function expectKind<K extends AnswerEvent['kind']>(
  event: AnswerEvent,
  kind: K
): Extract<AnswerEvent, { kind: K }> {
  expect(event.kind).toBe(kind);
  return event as Extract<AnswerEvent, { kind: K }>;
}

describe('comment commands', () => {
  test('a command line answers, with who, where and when', () => {
    expect(comment('/specflow approve 3f9c2a71')).toEqual({
      kind: 'answer',
      how: 'comment',
      option: 'approve',
      runId: '3f9c2a71',
      actor: 'alice',
      actorType: 'User',
      url: 'https://github.com/o/r/pull/12#issuecomment-991',
      createdAt: '2025-01-02T03:04:05Z',
      commentId: 991,
      itemId: 991,
      thread: { kind: 'pull_request', number: 12 }
    });
  });

  test('the run id may be left out; the line is trimmed; other lines are free text', () => {
    const event = expectKind(
      comment('Looks good to me.\n\n   /specflow approve  \t\nThanks'),
      'answer'
    );
    expect(event.option).toBe('approve');
    expect(event.runId).toBeNull();
  });

  test('the option is passed through as written', () => {
    expect(expectKind(comment('/specflow Needs-Work'), 'answer').option).toBe('Needs-Work');
    expect(expectKind(comment('/specflow ÄÖ'), 'answer').option).toBe('ÄÖ');
  });

  test('an issue without pull_request is an issue thread', () => {
    const payload = commentPayload('/specflow approve', { issue: { number: 3 } });
    const event = expectKind(readAnswerEvent('issue_comment', payload), 'answer');
    expect(event.thread).toEqual({ kind: 'issue', number: 3 });
  });

  test.each([
    ['no command at all', 'LGTM'],
    ['command in the middle of a line', 'please /specflow approve'],
    ['a different case', '/SpecFlow approve'],
    ['no option', '/specflow'],
    ['too many words', '/specflow approve 3f9c2a71 now'],
    ['glued to the name', '/specflowapprove'],
    ['inside a fenced block', '```\n/specflow approve\n```'],
    ['inside a tilde fence', '~~~~ text\n/specflow approve\n~~~~'],
    ['inside an unclosed fence', 'see:\n```sh\n/specflow approve'],
    ['after a shorter closing fence', '````\n```\n/specflow approve\n````'],
    ['in a quote', '> /specflow approve'],
    ['in a nested quote', '> > /specflow approve 3f9c2a71'],
    ['a lazy continuation of a quote', '> I would say\n/specflow approve'],
    ['in an HTML comment', '<!--\n/specflow approve\n-->'],
    ['in a one-line HTML comment', '<!-- /specflow approve -->']
  ])('%s is no command', (_what, body) => {
    expect(comment(body).kind).toBe('ignored');
  });

  test('a command after a closed fence or quote counts', () => {
    expect(comment('```\ncode\n```\n/specflow approve').kind).toBe('answer');
    expect(comment('> quoted\n\n/specflow approve').kind).toBe('answer');
    expect(comment('<!-- note -->\n/specflow approve').kind).toBe('answer');
    // Inline code on one line is not a fence.
    expect(comment('``` not a fence ```\n/specflow approve').kind).toBe('answer');
  });

  test('a malformed /specflow line is ignored with a reason that says so', () => {
    expect(expectKind(comment('/specflow approve this now'), 'ignored').reason).toMatch(/exactly/);
  });

  test('the same command twice is one answer; different ones are refused', () => {
    expect(comment('/specflow approve\n/specflow approve').kind).toBe('answer');
    const refused = expectKind(comment('/specflow approve\ntext\n/specflow reject'), 'refused');
    expect(refused.reason).toMatch(/conflicting commands: line 1 and line 3/);
    expect(refused.actor).toBe('alice');
    expect(refused.commentId).toBe(991);
    expect(refused.thread).toEqual({ kind: 'pull_request', number: 12 });
    expect(comment('/specflow approve aaaa\n/specflow approve bbbb').kind).toBe('refused');
    expect(comment('/specflow approve\n/specflow approve bbbb').kind).toBe('refused');
  });

  test('an invalid run id is refused with the run id check', () => {
    for (const id of ['-x', '..', 'a/b', 'x'.repeat(129), 'a.b']) {
      expect(expectKind(comment(`/specflow approve ${id}`), 'refused').reason).toMatch(
        /invalid run id/
      );
    }
  });

  test('edited and deleted comments are ignored', () => {
    for (const action of ['edited', 'deleted', undefined, 5]) {
      const event = readAnswerEvent(
        'issue_comment',
        commentPayload('/specflow approve', { action })
      );
      expect(event.kind).toBe('ignored');
    }
  });

  test('a body over 64 KiB is refused, measured in UTF-8 bytes', () => {
    const big = `/specflow approve\n${'x'.repeat(MAX_ANSWER_BODY_BYTES)}`;
    expect(expectKind(comment(big), 'refused').reason).toMatch(/64 KiB/);
    // Under the limit in characters, over it in bytes.
    const wide = `/specflow approve\n${'é'.repeat(MAX_ANSWER_BODY_BYTES / 2)}`;
    expect(wide.length).toBeLessThan(MAX_ANSWER_BODY_BYTES);
    expect(comment(wide).kind).toBe('refused');
    const fits = `/specflow approve\n${'x'.repeat(MAX_ANSWER_BODY_BYTES - 100)}`;
    expect(comment(fits).kind).toBe('answer');
  });

  test('findCommandLines lists each command with its line', () => {
    expect(findCommandLines('a\r\n/specflow approve\r/specflow reject 3f9c2a71')).toEqual([
      { option: 'approve', runId: null, line: 2 },
      { option: 'reject', runId: '3f9c2a71', line: 3 }
    ]);
  });
});

describe('pull-request reviews', () => {
  test.each([
    ['APPROVED', 'approve'],
    ['approved', 'approve'],
    ['CHANGES_REQUESTED', 'reject'],
    ['changes_requested', 'reject']
  ])('state %s answers %s', (state, option) => {
    const event = expectKind(
      readAnswerEvent('pull_request_review', reviewPayload(state)),
      'answer'
    );
    expect(event).toEqual({
      kind: 'answer',
      how: 'review',
      option,
      runId: null,
      actor: 'bob',
      actorType: 'User',
      url: 'https://github.com/o/r/pull/7#pullrequestreview-55',
      createdAt: '2025-01-02T03:04:05Z',
      commentId: null,
      itemId: 55,
      thread: { kind: 'pull_request', number: 7 }
    });
  });

  test.each(['COMMENTED', 'commented', 'DISMISSED', 'PENDING', '', 3, null, 'constructor'])(
    'state %p answers nothing',
    (state) => {
      expect(readAnswerEvent('pull_request_review', reviewPayload(state)).kind).toBe('ignored');
    }
  );

  test('only submitted reviews answer', () => {
    for (const action of ['edited', 'dismissed']) {
      expect(
        readAnswerEvent('pull_request_review', reviewPayload('APPROVED', null, action)).kind
      ).toBe('ignored');
    }
  });

  test("the run id comes from the body's command line", () => {
    const body = 'Fine by me.\n/specflow approve 3f9c2a71';
    const event = readAnswerEvent('pull_request_review', reviewPayload('APPROVED', body));
    expect(expectKind(event, 'answer').runId).toBe('3f9c2a71');
    const plain = readAnswerEvent('pull_request_review', reviewPayload('APPROVED', 'LGTM'));
    expect(expectKind(plain, 'answer').runId).toBeNull();
  });

  test('a body that contradicts the review, conflicts, or names a bad run id is refused', () => {
    for (const body of [
      '/specflow reject',
      '/specflow approve a\n/specflow approve b',
      '/specflow approve ../x',
      'x'.repeat(MAX_ANSWER_BODY_BYTES + 1),
      42
    ]) {
      const event = readAnswerEvent('pull_request_review', reviewPayload('APPROVED', body));
      expect(expectKind(event, 'refused').actor).toBe('bob');
    }
  });
});

describe('hostile payloads', () => {
  test('other events bring no answer', () => {
    for (const name of [
      'push',
      'pull_request',
      'pull_request_review_comment',
      '',
      'workflow_dispatch'
    ]) {
      expect(readAnswerEvent(name, commentPayload('/specflow approve')).kind).toBe('ignored');
    }
  });

  test.each([
    ['null', null],
    ['a string', '/specflow approve'],
    ['an array', [commentPayload('/specflow approve')]],
    ['no comment', { action: 'created', issue: { number: 1 } }],
    [
      'no issue',
      { action: 'created', comment: { body: '/specflow approve', user: { login: 'a' } } }
    ],
    ['issue number 0', commentPayload('/specflow approve', { issue: { number: 0 } })],
    ['issue number a string', commentPayload('/specflow approve', { issue: { number: '12' } })],
    ['issue number fractional', commentPayload('/specflow approve', { issue: { number: 1.5 } })],
    ['body a number', commentPayload(12)],
    ['body an object', commentPayload({ toString: () => '/specflow approve' })],
    ['body missing', commentPayload(undefined)]
  ])('%s: ignored', (_what, payload) => {
    expect(readAnswerEvent('issue_comment', payload).kind).toBe('ignored');
  });

  test('a missing or malformed login or timestamp is ignored', () => {
    const base = commentPayload('/specflow approve') as { comment: Record<string, unknown> };
    for (const change of [
      { user: null },
      { user: { login: '' } },
      { user: { login: ['alice'] } },
      { user: 'alice' },
      { created_at: 'yesterday' },
      { created_at: undefined }
    ]) {
      const payload = { ...base, comment: { ...base.comment, ...change } };
      expect(readAnswerEvent('issue_comment', payload).kind).toBe('ignored');
    }
  });

  test('odd optional fields become null, not errors', () => {
    const base = commentPayload('/specflow approve') as { comment: Record<string, unknown> };
    const payload = {
      ...base,
      comment: { ...base.comment, id: -1, html_url: 5, user: { login: 'alice', type: {} } }
    };
    const event = expectKind(readAnswerEvent('issue_comment', payload), 'answer');
    expect(event).toMatchObject({ commentId: null, url: null, actorType: null });
  });

  test('inherited keys do not count', () => {
    const payload = Object.create(commentPayload('/specflow approve') as object);
    expect(readAnswerEvent('issue_comment', payload).kind).toBe('ignored');
  });

  test('a payload that throws when read is ignored', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        }
      }
    );
    expect(readAnswerEvent('issue_comment', trap)).toEqual({
      kind: 'ignored',
      reason: 'unreadable payload'
    });
    const getter = commentPayload('/specflow approve') as Record<string, unknown>;
    Object.defineProperty(getter, 'comment', {
      get() {
        throw new Error('boom');
      }
    });
    expect(readAnswerEvent('issue_comment', getter).kind).toBe('ignored');
  });

  test('random shapes never throw', () => {
    // A small deterministic generator of nested values.
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const leaves = [
      null,
      undefined,
      0,
      -1,
      1e308,
      NaN,
      '',
      'created',
      'submitted',
      'APPROVED',
      '/specflow approve',
      '/specflow approve ../x',
      '> /specflow reject',
      '```',
      true,
      [],
      {}
    ];
    const keys = [
      'action',
      'issue',
      'comment',
      'review',
      'pull_request',
      'number',
      'body',
      'user',
      'login',
      'state',
      'created_at',
      'submitted_at',
      'id',
      '__proto__'
    ];
    const value = (depth: number): unknown => {
      if (depth > 3 || next() < 0.3) return leaves[Math.floor(next() * leaves.length)];
      if (next() < 0.2) return [value(depth + 1), value(depth + 1)];
      const out: Record<string, unknown> = {};
      for (const key of keys) if (next() < 0.4) out[key] = value(depth + 1);
      return out;
    };
    for (let i = 0; i < 2000; i++) {
      const name = next() < 0.5 ? 'issue_comment' : 'pull_request_review';
      const event = readAnswerEvent(name, value(0));
      expect(['answer', 'ignored', 'refused']).toContain(event.kind);
      expect(
        typeof (event as { reason?: unknown }).reason === 'string' || event.kind === 'answer'
      ).toBe(true);
    }
  });

  test('a huge body of command-like lines is bounded and refused', () => {
    const body = '/specflow approve\n'.repeat(10_000);
    expect(comment(body).kind).toBe('refused');
  });
});
