/**
 * Stale gates: runs paused by the bundle (as the runner runs it), then a listing job with
 * `expire-after-days`, run in this process so its clock can be set: the run that has waited
 * longer is answered (rejected, or aborted), its thread is told, its artifacts go; the one that
 * has not waited long enough still waits. Against the cache/artifact stand-in and the REST
 * stand-in, with the real clients.
 */
import {
  EXAMPLE_WORKFLOW,
  listingRows,
  openListingTestBed,
  type ListingRow,
  type ListingTestBed
} from '../support/action-bed.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The workflow in every checkout of the test that runs. */
let workflowText = EXAMPLE_WORKFLOW;
afterEach(() => {
  workflowText = EXAMPLE_WORKFLOW;
});

let bed: ListingTestBed;
beforeAll(async () => {
  bed = await openListingTestBed({
    prefix: 'specflow-expiry-',
    runIdBase: 700,
    workflow: () => workflowText
  });
}, 240_000);
afterAll(() => bed?.close());

test.each([
  ['reject', /answered reject \(the run is now aborted\)/],
  ['abort', /: aborted/]
])(
  'expire-after-days with on-expiry %s answers the run that waited too long, and only it',
  async (onExpiry, said) => {
    const stale = await bed.pausedRun();
    const fresh = await bed.pausedRun();
    // When each began to wait, as the listing reads it.
    const before = listingRows((await bed.listingJob({}, new Date())).outputs);
    const since = (runId: string): number =>
      Date.parse(String(before.find((r) => r.run_id === runId)!.waiting_since));
    const [staleSince, freshSince] = [since(stale.runId), since(fresh.runId)];
    expect(freshSince).toBeGreaterThan(staleSince);
    // Past 7 days for the first, not yet for the second.
    const now = new Date(staleSince + 7 * DAY_MS + (freshSince - staleSince) / 2);

    const listed = await bed.listingJob({ 'expire-after-days': '7', 'on-expiry': onExpiry }, now);
    const rows = listingRows(listed.outputs);
    const row = (runId: string): ListingRow => rows.find((r) => r.run_id === runId)!;
    expect(String(row(stale.runId).expired)).toMatch(/^expired after 7 d at gate review-spec/);
    expect(String(row(stale.runId).expired)).toMatch(said);
    expect(row(fresh.runId).expired).toBeNull();

    // The stale run ended: its artifacts are gone, its thread was told, its log says why.
    expect(bed.artifactsOf(stale.runId)).toEqual([]);
    expect(bed.artifactsOf(fresh.runId)).toHaveLength(1);
    const told = bed.api.comments.filter((c) => c.issue === stale.issue && /⌛/.test(c.body));
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain(
      `run <code>${stale.runId}</code> waited 7 days at gate <code>review-spec</code>, longer than expire-after-days (7)`
    );
    expect(bed.api.comments.filter((c) => c.issue === fresh.issue && /⌛/.test(c.body))).toEqual(
      []
    );
    // Its gate comment no longer asks for an answer: it says how the run ended.
    const gateComment = bed.api.comments.find(
      (c) => c.issue === stale.issue && c.body.includes(`specflow-run: ${stale.runId}`)
    );
    expect(gateComment?.body).toContain('The run ended: aborted');

    // A later listing no longer shows it; the other still waits.
    const after = listingRows((await bed.listingJob({}, now)).outputs).map((r) => r.run_id);
    expect(after).toContain(fresh.runId);
    expect(after).not.toContain(stale.runId);
  },
  180_000
);

test('a listing job reads the repository-wide artifact listing once, however many runs wait', async () => {
  // Each read of the listing is up to 100 requests in a busy repository (or one a fork's pull
  // request has flooded with artifacts): once per paused run would soon spend the token's
  // hourly allowance.
  await bed.pausedRun();
  await bed.pausedRun();
  const from = bed.api.requests.length;
  const listed = await bed.listingJob({}, new Date());
  expect(listingRows(listed.outputs).length).toBeGreaterThanOrEqual(2);
  const listings = bed.api.requests
    .slice(from)
    .filter((r) => r.method === 'GET' && r.path === '/repos/org/repo/actions/artifacts');
  expect(listings).toHaveLength(1);
}, 120_000);

test('a gate that goes on past a reject (on_reject: skip) is aborted on expiry, so nothing it holds back runs', async () => {
  workflowText = EXAMPLE_WORKFLOW.replace('on_reject: abort', 'on_reject: skip');
  expect(workflowText).toContain('on_reject: skip');
  const stale = await bed.pausedRun();
  const listed = listingRows((await bed.listingJob({}, new Date())).outputs);
  const since = Date.parse(String(listed.find((r) => r.run_id === stale.runId)!.waiting_since));
  const expired = await bed.listingJob(
    { 'expire-after-days': '7', 'on-expiry': 'reject' },
    new Date(since + 8 * DAY_MS)
  );
  const row = listingRows(expired.outputs).find((r) => r.run_id === stale.runId)!;
  expect(String(row.expired)).toMatch(/^expired after 8 d at gate review-spec: aborted/);
  expect(expired.stdout).toContain(
    `Gate review-spec goes on past a reject (on_reject: skip): run ${stale.runId} is aborted instead`
  );
  // The step after the gate never ran.
  expect(expired.stdout).not.toMatch(/plan \(shell\)/);
}, 180_000);
