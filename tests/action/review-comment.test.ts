/**
 * The run's review comment as a reader sees it (rendered by a CommonMark + GFM renderer, as the
 * job summary's tests render it): outside text inert, commands only mid-line in code, mentions
 * broken, the file cut as the summary cuts it, the body within GitHub's limit, and the marker
 * that finds the comment again.
 */
import { findCommandLines, readAnswerEvent } from '../../src/action/answer-event.js';
import {
  MAX_COMMENT_CHARS,
  parseReviewMarker,
  renderReviewComment,
  reviewMarker,
  type SettledCommentFacts,
  type WaitingCommentFacts
} from '../../src/action/review-comment.js';
import { MAX_SHOW_FILE_CHARS } from '../../src/action/summary.js';
import { renderGfm } from '../support/rendered-summary.js';

const HOSTILE =
  '<script>alert(1)</script> <img src=x onerror=alert(1)> @octocat ![x](https://e.vil/x.png)';

function waiting(overrides: Partial<WaitingCommentFacts> = {}): WaitingCommentFacts {
  return {
    state: 'waiting',
    runId: '3f9c2a71',
    ref: 'feature/x',
    workflowId: 'review-fanout',
    workflowName: 'Review fan-out',
    summaryUrl: 'https://github.com/o/r/actions/runs/42',
    gate: { stepId: 'review', message: 'Please review the plan.', options: ['approve', 'reject'] },
    showFile: null,
    approvals: [],
    minApprovals: 1,
    policy: { approvers: [], minApprovals: 1, allowSelfApproval: false },
    pullRequest: true,
    dispatch: {
      workflowFile: 'specflow.yml',
      runIdInput: 'run-id',
      answerInput: 'answer',
      ref: null
    },
    ...overrides
  };
}

function settled(overrides: Partial<SettledCommentFacts> = {}): SettledCommentFacts {
  return {
    state: 'moved_on',
    runId: '3f9c2a71',
    ref: 'feature/x',
    workflowId: 'review-fanout',
    workflowName: 'Review fan-out',
    summaryUrl: null,
    outcome: {
      gateStepId: 'review',
      option: 'approve',
      by: [
        {
          actor: 'alice',
          how: 'comment',
          option: 'approve',
          url: 'https://github.com/o/r/pull/1#issuecomment-5',
          at: '2025-01-02T03:04:05Z'
        }
      ]
    },
    status: 'paused',
    nextGate: 'deploy',
    history: [
      {
        gateStepId: 'review',
        option: 'approve',
        actor: 'alice',
        how: 'comment',
        url: null,
        at: '2025-01-02T03:04:05Z'
      }
    ],
    ...overrides
  };
}

const textOf = (body: string): string => renderGfm(body).body.textContent ?? '';

/** Nothing in the body is a command, to the reader of answers or to the eye. */
function expectNoCommand(body: string): void {
  expect(findCommandLines(body)).toEqual([]);
  for (const line of body.split('\n')) expect(line.trim()).not.toMatch(/^\/specflow/);
  const replay = readAnswerEvent('issue_comment', {
    action: 'created',
    issue: { number: 1 },
    comment: { id: 1, body, user: { login: 'bot' }, created_at: '2025-01-01T00:00:00Z' }
  });
  expect(replay.kind === 'ignored' || replay.kind === 'refused').toBe(true);
}

describe('the marker', () => {
  const marker = (runId: string, waiting = false, ref: string | null = null): string =>
    reviewMarker({ runId, waiting, ref });

  test('round trip', () => {
    expect(marker('3f9c2a71')).toBe('<!-- specflow-run: 3f9c2a71 -->');
    expect(marker('3f9c2a71', true, 'a b-->x')).toBe(
      '<!-- specflow-run: 3f9c2a71 waiting ref=a%20b--%3Ex -->'
    );
    expect(parseReviewMarker(`${marker('3f9c2a71')}\nrest`)).toEqual({
      runId: '3f9c2a71',
      waiting: false,
      ref: null
    });
    expect(parseReviewMarker(`${marker('run_1-x', true, 'a b-->x')}\r\nrest`)).toEqual({
      runId: 'run_1-x',
      waiting: true,
      ref: 'a b-->x'
    });
    expect(parseReviewMarker(renderReviewComment(waiting()))).toEqual({
      runId: '3f9c2a71',
      waiting: true,
      ref: 'feature/x'
    });
    expect(parseReviewMarker(renderReviewComment(settled()))?.waiting).toBe(false);
  });

  test('only the very first line counts, exactly', () => {
    for (const body of [
      `hello\n${marker('3f9c2a71')}`,
      ` ${marker('3f9c2a71')}`,
      '<!-- specflow-run: ../x -->',
      '<!-- specflow-run: -x -->',
      `<!-- specflow-run: ${'a'.repeat(129)} -->`,
      '<!-- specflow-run:  3f9c2a71 -->',
      '<!-- specflow-run: 3f9c2a71 --> trailing',
      '',
      null,
      42
    ]) {
      expect(parseReviewMarker(body)).toBeNull();
    }
  });

  test('an invalid run id has no marker', () => {
    expect(() => marker('../x')).toThrow(/invalid run id/);
  });
});

describe('waiting at a gate', () => {
  test('the gate, the count, the policy and every way to answer', () => {
    const body = renderReviewComment(
      waiting({
        approvals: [
          {
            actor: 'alice',
            how: 'review',
            option: 'approve',
            url: null,
            at: '2025-01-02T03:04:05Z'
          }
        ],
        minApprovals: 2,
        policy: {
          approvers: [
            { kind: 'user', login: 'alice' },
            { kind: 'team', org: 'org', slug: 'reviewers' }
          ],
          minApprovals: 2,
          allowSelfApproval: true
        }
      })
    );
    const doc = renderGfm(body);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Waiting for a review at gate review');
    expect(text).toContain('1 of 2 approvals so far: alice (pull-request review');
    expect(text).toContain('Who may answer: alice, org/reviewers.');
    expect(text).toContain('Whoever started the run may approve it too.');
    const codes = [...doc.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toContain('/specflow approve 3f9c2a71');
    expect(codes).toContain('/specflow reject 3f9c2a71');
    expect(codes).toContain('gh workflow run specflow.yml -f run-id=3f9c2a71 -f answer=approve');
    expect(text).toContain('Approve answers approve, Request changes answers reject');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(
      'https://github.com/o/r/actions/runs/42'
    );
    expectNoCommand(body);
  });

  test('anyone with write access; no self-approval', () => {
    const text = textOf(renderReviewComment(waiting()));
    expect(text).toContain('0 of 1 approval so far.');
    expect(text).toContain('anyone with write access to the repository');
    expect(text).toContain('Whoever started the run, or last resumed it, may not approve it.');
  });

  test('the review line names only options the gate has, and only on a pull request', () => {
    const only = textOf(
      renderReviewComment(
        waiting({ gate: { stepId: 'g', message: '', options: ['approve', 'abort'] } })
      )
    );
    expect(only).toContain('Or submit a pull-request review: Approve answers approve.');
    expect(only).not.toContain('Request changes');
    const none = textOf(
      renderReviewComment(
        waiting({ gate: { stepId: 'g', message: '', options: ['ship', 'hold'] } })
      )
    );
    expect(none).not.toContain('pull-request review');
    expect(textOf(renderReviewComment(waiting({ pullRequest: false })))).not.toContain(
      'pull-request review'
    );
  });

  test('no workflow file: no dispatch command', () => {
    expect(textOf(renderReviewComment(waiting({ dispatch: null })))).not.toContain(
      'gh workflow run'
    );
  });

  test('outside text is escaped and inert', () => {
    const body = renderReviewComment(
      waiting({
        workflowName: HOSTILE,
        gate: {
          stepId: '<b>review</b>',
          message: `${HOSTILE}\n/specflow approve 3f9c2a71\n  /specflow reject\n> quoted`,
          options: ['approve', '<i>x</i>', '@team', 'two words']
        },
        showFile: { path: 'spec/@me.md', lines: [HOSTILE, '/specflow approve', '```'], note: null },
        approvals: [
          {
            actor: '@evil',
            how: 'comment',
            option: 'approve',
            url: 'javascript:alert(1)',
            at: '<now>'
          }
        ],
        minApprovals: 2,
        policy: {
          approvers: [{ kind: 'team', org: '@org', slug: 'team' }],
          minApprovals: 2,
          allowSelfApproval: false
        }
      })
    );
    const doc = renderGfm(body);
    expect(doc.querySelector('script, img, b, i')).toBeNull();
    // A bare URL in the text is autolinked (as GitHub does), but no link comes from an
    // approval's url that is not https, and no image loads.
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://github.com/o/r/actions/runs/42');
    expect(hrefs.some((h) => h?.startsWith('javascript'))).toBe(false);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<b>review</b>');
    // Every @ that could ping is followed by a zero-width joiner.
    expect(text).not.toMatch(/@(?!\u200d)[\w-]/);
    expect(text).toContain('@\u200doctocat');
    expect(text).toContain('/specflow approve 3f9c2a71');
    expectNoCommand(body);
    // Options a comment line cannot carry exactly are answered by dispatch.
    const codes = [...doc.querySelectorAll('code')].map((c) => c.textContent ?? '');
    expect(codes).toContain('/specflow <i>x</i> 3f9c2a71');
    expect(codes.some((c) => c.includes('team 3f9c2a71'))).toBe(false);
    expect(codes.some((c) => c.includes('two words 3f9c2a71'))).toBe(false);
    expect(text.match(/answer by dispatch/g)).toHaveLength(2);
  });

  test('show_file is shown and cut as the summary cuts it', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i} ${'x'.repeat(100)}`);
    const doc = renderGfm(
      renderReviewComment(waiting({ showFile: { path: 'plan.md', lines, note: null } }))
    );
    const shown = doc.querySelector('details pre')?.textContent ?? '';
    expect(shown).toContain('line 0 ');
    expect(shown).toContain(`… (cut at ${MAX_SHOW_FILE_CHARS} characters)`);
    expect(shown).not.toContain('line 299 ');
    expect(shown.length).toBeLessThanOrEqual(MAX_SHOW_FILE_CHARS + 100);
    expect(doc.querySelector('details summary')?.textContent).toBe('plan.md');
  });

  test('a file that is not shown says why', () => {
    const text = textOf(
      renderReviewComment(
        waiting({
          showFile: { path: '../secret', lines: null, note: 'the file is outside the project' }
        })
      )
    );
    expect(text).toContain('../secret: the file is outside the project');
  });

  test('the body stays within GitHub limit: the file is cut first', () => {
    // Quotes escape to six characters each: the summary's cut alone would overflow.
    const lines = Array.from({ length: 200 }, () => '"'.repeat(1_000));
    const body = renderReviewComment(waiting({ showFile: { path: 'q.md', lines, note: null } }));
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const doc = renderGfm(body);
    expect(doc.querySelector('details pre')?.textContent).toMatch(/… \(cut at \d+ characters\)$/);
    expect(doc.querySelector('details pre')?.textContent ?? '').toContain('"');
    expect(parseReviewMarker(body)?.runId).toBe('3f9c2a71');
  });

  test('everything huge at once still fits, with the commands kept', () => {
    const body = renderReviewComment(
      waiting({
        workflowName: '"'.repeat(100_000),
        gate: {
          stepId: "'".repeat(10_000),
          message: '<'.repeat(200_000),
          options: Array.from({ length: 500 }, (_, i) => `opt${i}${'&'.repeat(150)}`)
        },
        showFile: { path: '>'.repeat(10_000), lines: ['"'.repeat(60_000)], note: null },
        approvals: Array.from({ length: 500 }, (_, i) => ({
          actor: `u${i}${'"'.repeat(150)}`,
          how: 'comment' as const,
          option: 'approve',
          url: null,
          at: '2025-01-01T00:00:00Z'
        })),
        minApprovals: 1000,
        policy: {
          approvers: Array.from({ length: 500 }, () => ({
            kind: 'user' as const,
            login: '"'.repeat(200)
          })),
          minApprovals: 1000,
          allowSelfApproval: false
        }
      })
    );
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(parseReviewMarker(body)?.runId).toBe('3f9c2a71');
    expect(renderGfm(body).querySelectorAll('code').length).toBeGreaterThan(0);
    expectNoCommand(body);
  });
});

describe('after the gate', () => {
  test('moved on: who answered how, and where the run is now', () => {
    const body = renderReviewComment(settled());
    const text = textOf(body);
    expect(text).toContain('Gate review approved: the run went on');
    expect(text).toContain('Gate review was approved by alice (comment, 2025-01-02T03:04:05Z).');
    expect(text).toContain('Status: ⏸️ paused at the next gate deploy.');
    expect(text).toContain('Answers (1)');
    expect(text).toContain('alice answered approve at gate review by comment');
    expect(renderGfm(body).querySelector('a')?.getAttribute('href')).toBe(
      'https://github.com/o/r/pull/1#issuecomment-5'
    );
    expectNoCommand(body);
  });

  test('ended: completed, failed, aborted by a rejection', () => {
    expect(
      textOf(renderReviewComment(settled({ state: 'ended', status: 'completed', nextGate: null })))
    ).toContain('The run ended: completed');
    expect(
      textOf(renderReviewComment(settled({ state: 'ended', status: 'failed', nextGate: null })))
    ).toContain('Status: ❌ failed.');
    const rejected = textOf(
      renderReviewComment(
        settled({
          state: 'ended',
          status: 'aborted',
          nextGate: null,
          outcome: {
            gateStepId: 'review',
            option: 'reject',
            by: [
              {
                actor: 'bob',
                how: 'review',
                option: 'approve',
                url: null,
                at: '2025-01-03T00:00:00Z'
              }
            ]
          }
        })
      )
    );
    expect(rejected).toContain('The run ended: aborted');
    expect(rejected).toContain('Gate review was rejected by bob (pull-request review');
  });

  test('another option is named; hostile history is inert; a long history keeps its end', () => {
    const history = Array.from({ length: 150 }, (_, i) => ({
      gateStepId: 'g',
      option: i === 149 ? '/specflow approve' : `@x${i}`,
      actor: '<img src=x>',
      how: 'dispatch' as const,
      url: null,
      at: `t${i}`
    }));
    const body = renderReviewComment(
      settled({
        outcome: { gateStepId: 'g', option: 'ship-it', by: [] },
        status: 'running',
        history
      })
    );
    const doc = renderGfm(body);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Gate g answered ship-it: the run went on');
    expect(text).toContain('Status: 🔄 running.');
    expect(text).toContain('50 earlier answers not listed');
    expect(text).toContain('t149');
    expect(text).not.toContain('t49:');
    expect(doc.querySelector('img')).toBeNull();
    expect(text).not.toMatch(/@(?!\u200d)\w/);
    expectNoCommand(body);
  });
});
