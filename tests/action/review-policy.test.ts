import { describe, expect, it } from '@jest/globals';
import {
  describePolicy,
  judgeAnswer,
  parseApprovers,
  type AccountChecks,
  type GivenAnswer,
  type ReviewPolicy,
  type WaitingGate
} from '../../src/action/review-policy.js';
import { emptyReviewRecord, type ReviewRecord } from '../../src/action/review-record.js';

/** GitHub as the policy sees it: who is a bot, who has which permission, who is in which team. */
function github(facts: {
  bots?: string[];
  permissions?: Record<string, string>;
  teams?: Record<string, string[]>;
  failTeams?: boolean;
}): AccountChecks & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    accountType: (login) => {
      asked.push(`type ${login}`);
      return Promise.resolve(facts.bots?.includes(login) ? 'Bot' : 'User');
    },
    permissionOf: (login) => {
      asked.push(`permission ${login}`);
      return Promise.resolve(facts.permissions?.[login.toLowerCase()] ?? 'none');
    },
    isTeamMember: (org, slug, login) => {
      asked.push(`team ${org}/${slug} ${login}`);
      if (facts.failTeams) return Promise.reject(new Error('cannot read the org'));
      return Promise.resolve(facts.teams?.[`${org}/${slug}`]?.includes(login) ?? false);
    }
  };
}

const policy = (over: Partial<ReviewPolicy> = {}): ReviewPolicy => ({
  approvers: [],
  minApprovals: 1,
  allowSelfApproval: false,
  ...over
});
const gate: WaitingGate = {
  stepId: 'review',
  options: ['approve', 'reject'],
  pausedAt: '2026-12-01T10:00:00.000Z'
};
const record = (over: Partial<ReviewRecord> = {}): ReviewRecord => ({
  ...emptyReviewRecord(),
  startedBy: ['alice'],
  gate: { stepId: 'review', pausedAt: gate.pausedAt as string },
  ...over
});
const answer = (
  actor: string,
  option = 'approve',
  over: Partial<GivenAnswer> = {}
): GivenAnswer => ({
  actor,
  how: 'comment',
  option,
  at: '2026-12-01T11:00:00.000Z',
  url: `https://github.com/o/r/issues/1#${actor}`,
  ...over
});
const writers = { permissions: { alice: 'admin', bob: 'write', carol: 'maintain', dave: 'read' } };

describe('judgeAnswer', () => {
  it('lets a writer who did not start the run pass the gate', async () => {
    const verdict = await judgeAnswer(policy(), github(writers), record(), gate, answer('bob'));
    expect(verdict).toMatchObject({ result: 'passes' });
  });

  it('refuses readers, outsiders and options the gate does not have', async () => {
    const checks = github(writers);
    expect(await judgeAnswer(policy(), checks, record(), gate, answer('dave'))).toEqual({
      result: 'refused',
      reason: 'dave has read access to the repository; answering needs write access'
    });
    expect(await judgeAnswer(policy(), checks, record(), gate, answer('mallory'))).toMatchObject({
      result: 'refused',
      reason: expect.stringContaining('no access') as unknown as string
    });
    // Matched exactly: `Approve` is not `approve`.
    expect(
      await judgeAnswer(policy(), checks, record(), gate, answer('bob', 'Approve'))
    ).toMatchObject({ result: 'refused' });
  });

  it("refuses the initiator's and the last resumer's approval, but lets them reject", async () => {
    const checks = github(writers);
    const rec = record({ lastResumedBy: 'Carol' });
    for (const actor of ['alice', 'ALICE', 'carol']) {
      expect(await judgeAnswer(policy(), checks, rec, gate, answer(actor))).toMatchObject({
        result: 'refused',
        reason: expect.stringContaining('cannot approve it') as unknown as string
      });
    }
    expect(await judgeAnswer(policy(), checks, rec, gate, answer('alice', 'reject'))).toMatchObject(
      {
        result: 'passes'
      }
    );
    expect(
      await judgeAnswer(policy({ allowSelfApproval: true }), checks, rec, gate, answer('alice'))
    ).toMatchObject({ result: 'passes' });
  });

  it('refuses bots by account type, not by name, unless listed by name', async () => {
    const checks = github({
      bots: ['helper'],
      permissions: { helper: 'write', 'deploy[bot]': 'write' }
    });
    expect(await judgeAnswer(policy(), checks, record(), gate, answer('helper'))).toMatchObject({
      result: 'refused',
      reason: expect.stringContaining('is a bot') as unknown as string
    });
    // A user whose name ends in [bot] is not a bot; the type says so.
    const listed = policy({ approvers: parseApprovers(['helper']) });
    expect(await judgeAnswer(listed, checks, record(), gate, answer('helper'))).toMatchObject({
      result: 'passes'
    });
  });

  it('with approvers, only listed users and members of listed teams may answer', async () => {
    const checks = github({ ...writers, teams: { 'acme/reviewers': ['erin'] } });
    const listed = policy({ approvers: parseApprovers(['Bob, acme/reviewers']) });
    expect(await judgeAnswer(listed, checks, record(), gate, answer('bob'))).toMatchObject({
      result: 'passes'
    });
    expect(await judgeAnswer(listed, checks, record(), gate, answer('erin'))).toMatchObject({
      result: 'passes'
    });
    // Write access is not enough when approvers are named.
    expect(await judgeAnswer(listed, checks, record(), gate, answer('carol'))).toMatchObject({
      result: 'refused',
      reason: 'carol is not among the approvers (Bob, acme/reviewers)'
    });
  });

  it('refuses any approval of a run whose starter is not known, unless self-approval is allowed', async () => {
    const unknown = record({ startedBy: null });
    expect(
      await judgeAnswer(policy(), github(writers), unknown, gate, answer('bob'))
    ).toMatchObject({ result: 'refused', reason: expect.stringMatching(/is not known/) });
    expect(
      await judgeAnswer(policy(), github(writers), unknown, gate, answer('bob', 'reject'))
    ).toMatchObject({ result: 'passes' });
    expect(
      await judgeAnswer(
        policy({ allowSelfApproval: true }),
        github(writers),
        unknown,
        gate,
        answer('bob')
      )
    ).toMatchObject({ result: 'passes' });
  });

  it('does not count an earlier approver who may no longer answer when the last one arrives', async () => {
    const two = policy({ minApprovals: 2 });
    const first = await judgeAnswer(two, github(writers), record(), gate, answer('bob'));
    const approvals = first.result === 'recorded' ? first.approvals : [];
    expect(approvals).toHaveLength(1);
    // bob's access is gone by the time the second approval comes.
    const withoutBob = github({ permissions: { ...writers.permissions, bob: 'read' } });
    const second = await judgeAnswer(two, withoutBob, record({ approvals }), gate, answer('carol'));
    expect(second).toMatchObject({ result: 'recorded', count: 1, needed: 2 });
  });

  it('fails closed when a check cannot be made', async () => {
    const listed = policy({ approvers: parseApprovers(['acme/reviewers']) });
    await expect(
      judgeAnswer(listed, github({ failTeams: true }), record(), gate, answer('erin'))
    ).rejects.toThrow('cannot read the org');
  });

  it('ignores comments written before the pause, not dispatches', async () => {
    const old = answer('bob', 'approve', { at: '2026-12-01T09:59:59.000Z' });
    expect(await judgeAnswer(policy(), github(writers), record(), gate, old)).toMatchObject({
      result: 'stale'
    });
    expect(
      await judgeAnswer(policy(), github(writers), record(), gate, { ...old, how: 'dispatch' })
    ).toMatchObject({ result: 'passes' });
    // GitHub's times are whole seconds: a comment in the very second of the pause counts.
    const sameSecond = answer('bob', 'approve', { at: '2026-12-01T10:00:00Z' });
    const paused = { ...gate, pausedAt: '2026-12-01T10:00:00.750Z' };
    expect(
      await judgeAnswer(policy(), github(writers), record(), paused, sameSecond)
    ).toMatchObject({ result: 'passes' });
    const garbled = answer('bob', 'approve', { at: 'yesterday' });
    expect(await judgeAnswer(policy(), github(writers), record(), gate, garbled)).toMatchObject({
      result: 'stale'
    });
  });

  it('counts distinct approvers toward min-approvals, and one reject passes at once', async () => {
    const two = policy({ minApprovals: 2 });
    const checks = github(writers);
    const first = await judgeAnswer(two, checks, record(), gate, answer('bob'));
    expect(first).toMatchObject({ result: 'recorded', count: 1, needed: 2 });
    const approvals = first.result === 'recorded' ? first.approvals : [];
    const rec = record({ approvals });
    // The same person again (another comment, another case) does not count twice.
    expect(await judgeAnswer(two, checks, rec, gate, answer('BOB'))).toMatchObject({
      result: 'recorded',
      count: 1
    });
    const second = await judgeAnswer(two, checks, rec, gate, answer('carol'));
    expect(second).toMatchObject({ result: 'passes' });
    expect(second.result === 'passes' ? second.approvals.map((a) => a.actor) : []).toEqual([
      'bob',
      'carol'
    ]);
    expect(await judgeAnswer(two, checks, record(), gate, answer('carol', 'reject'))).toMatchObject(
      { result: 'passes' }
    );
  });

  it('does not count approvals of an earlier pause', async () => {
    const two = policy({ minApprovals: 2 });
    const earlier = record({
      gate: { stepId: 'review', pausedAt: '2026-12-01T08:00:00.000Z' },
      approvals: [
        {
          actor: 'bob',
          how: 'comment',
          option: 'approve',
          url: null,
          at: '2026-12-01T08:30:00.000Z'
        }
      ]
    });
    expect(await judgeAnswer(two, github(writers), earlier, gate, answer('carol'))).toMatchObject({
      result: 'recorded',
      count: 1
    });
  });
});

describe('parseApprovers', () => {
  it('reads logins and team slugs, and refuses what GitHub would not name', () => {
    expect(parseApprovers(['@bob, acme/Reviewers', '', 'deploy[bot]'])).toEqual([
      { kind: 'user', login: 'bob' },
      { kind: 'team', org: 'acme', slug: 'Reviewers' },
      { kind: 'user', login: 'deploy[bot]' }
    ]);
    expect(() => parseApprovers(['../etc'])).toThrow('not a login or an org/team slug');
    expect(() => parseApprovers(['bo b'])).toThrow('is not a GitHub login');
    expect(() => parseApprovers(['a/b/c'])).toThrow();
  });

  it('says who may answer', () => {
    expect(describePolicy(policy())).toBe(
      "anyone with write access to the repository may answer; the run's initiator and its last resumer cannot approve it"
    );
    expect(
      describePolicy(
        policy({ approvers: parseApprovers(['bob']), minApprovals: 2, allowSelfApproval: true })
      )
    ).toBe('bob may answer; 2 distinct approvals pass the gate');
  });
});
