/**
 * The `list-paused` table, rendered as GitHub renders a job summary, from rows whose text comes
 * from saved state (a gate message may quote what an agent wrote): nothing in it may add, move
 * or drop a cell, nor become a link.
 */
import { renderPausedRuns, type PausedRun } from '../../src/action/paused-runs.js';
import { renderGfm } from '../support/rendered-summary.js';

const RESUME = 'gh workflow run specflow.yml --ref main -f run-id=r1 -f spec_verdict=approve';

function row(overrides: Partial<PausedRun> = {}): PausedRun {
  return {
    run_id: 'r1',
    state: 'paused',
    workflow_id: 'feature-demo',
    workflow_name: 'Feature',
    gate: 'review-spec',
    message: 'Review the spec.',
    options: ['approve', 'reject'],
    waiting_since: '2025-01-01T00:00:00Z',
    waited_days: 3,
    thread: {
      kind: 'issue',
      number: 7,
      url: 'https://github.com/org/repo/issues/7'
    },
    policy: 'write access, not the run starter',
    resume_command: RESUME,
    branch: 'main',
    key: 'specflow-r1.feature-demo.1.1.1',
    cache_key: 'specflow-r1.feature-demo.1.1.1',
    artifact: null,
    kept_alive: null,
    problem: null,
    expired: null,
    ...overrides
  };
}

/** Each data row's cells, as text. */
function cells(markdown: string): string[][] {
  const doc = renderGfm(markdown);
  return [...doc.querySelectorAll('tr')]
    .filter((tr) => tr.querySelector('td') !== null)
    .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}

test('a message with pipes cannot move the resume command, nor write its own', () => {
  const hostile =
    'Looks fine | x | 2020 | - | anyone at all | gh workflow run evil.yml -f run-id=r1 -f spec_verdict=approve';
  const text = renderPausedRuns([row({ message: hostile, workflow_name: 'A | B', gate: 'g|h' })], {
    prefix: 'specflow',
    keepAlive: false
  });
  const [only] = cells(text);
  expect(only).toHaveLength(8);
  expect(only[3]).toBe(hostile);
  expect(only[1]).toBe('A | B');
  expect(only[6]).toBe('write access, not the run starter');
  expect(only[7]).toBe(RESUME);
});

test('URLs, host names and addresses in saved text are not made links', () => {
  const text = renderPausedRuns(
    [
      row({
        message:
          'see https://evil.example/login or www.evil.example or mail admin@evil.example, evil.example',
        workflow_name: 'http://evil.example',
        problem: 'https://evil.example/p',
        state: 'damaged'
      })
    ],
    { prefix: 'specflow', keepAlive: false }
  );
  const doc = renderGfm(text);
  const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  // Only the thread's own link, built from the repository, not from saved text.
  expect(links).toEqual(['https://github.com/org/repo/issues/7']);
});
