/**
 * A stale gate answered while the listing job works: the listing read the run at its first gate,
 * waiting for over `expire-after-days`; before the listing job answers it, a reviewer approves
 * that gate and the run pauses at its second one. The listing job must not answer the second
 * gate (which has only just begun to wait), nor end a run a reviewer has just moved on.
 */
import { listingRows, openListingTestBed, type ListingTestBed } from '../support/action-bed.js';
import { runPhase } from './runner.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const TWO_GATES = `schema_version: "1.0"
workflow:
  id: two-gates
  name: Two gates
  version: "1.0.0"
inputs:
  first_verdict:
    type: string
    default: ""
  second_verdict:
    type: string
    default: ""
steps:
  - id: write
    type: shell
    run: mkdir -p specs && echo draft > specs/draft.md
  - id: first
    type: gate
    message: "First look"
    options: [approve, reject]
    on_reject: abort
    verdict_input: first_verdict
  - id: second
    type: gate
    message: "Second look"
    options: [approve, reject]
    on_reject: abort
    verdict_input: second_verdict
`;

let bed: ListingTestBed;
beforeAll(async () => {
  bed = await openListingTestBed({
    prefix: 'specflow-expiry-race-',
    runIdBase: 800,
    workflow: () => TWO_GATES
  });
}, 240_000);
afterAll(() => bed?.close());

test.each(['reject', 'abort'])(
  'on-expiry %s leaves alone a run a reviewer moved on after the listing read it',
  async (onExpiry) => {
    const run = await bed.pausedRun();
    const now = new Date(Date.now() + 8 * DAY_MS);
    // The listing job's second artifact listing is its expiry's restore (the first found the
    // saves and answered the read of the run). Just before it, the reviewer approves the first gate.
    let listings = 0;
    let reviewer: Promise<void> | null = null;
    bed.api.beforeRequest = async (request) => {
      if (reviewer !== null || request.method !== 'GET') return;
      if (!request.path.endsWith('/actions/artifacts') || ++listings < 2) return;
      reviewer = (async () => {
        const resumed = await runPhase(bed.job({ 'run-id': run.runId, answer: 'approve' }));
        expect(resumed.outputs.status).toBe('paused');
        expect(resumed.stdout).toMatch(/second/);
      })();
      await reviewer;
    };
    let listed;
    try {
      listed = await bed.listingJob({ 'expire-after-days': '7', 'on-expiry': onExpiry }, now);
    } finally {
      bed.api.beforeRequest = null;
    }
    expect(reviewer).not.toBeNull();
    const row = listingRows(listed.outputs).find((r) => r.run_id === run.runId)!;
    expect(row.gate).toBe('first');
    expect(String(row.expired)).toMatch(/not answered/);
    // Nothing told the thread it expired, and the run still waits, now at its second gate.
    expect(bed.api.comments.filter((c) => c.issue === run.issue && /⌛/.test(c.body))).toEqual([]);
    const after = listingRows((await bed.listingJob({}, new Date())).outputs).find(
      (r) => r.run_id === run.runId
    );
    expect(after?.gate).toBe('second');
    expect(after?.state).toBe('paused');
  },
  180_000
);
