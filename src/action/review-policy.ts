/**
 * Who may answer a gate, and when an answer passes it: the `approvers`, `min-approvals` and
 * `allow-self-approval` inputs, applied alike to comment, review and dispatch answers. Every
 * check that needs GitHub asks it (account type, collaborator permission, team membership); a
 * check that cannot be made refuses the answer, never lets it through.
 */
import { isRejection } from '../engine/steps/gate.js';
import type { AnswerChannel, Approval, ReviewRecord } from './review-record.js';

export type Approver =
  { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string };

export interface ReviewPolicy {
  /** Empty: anyone with write permission on the repository. */
  approvers: Approver[];
  minApprovals: number;
  allowSelfApproval: boolean;
}

/** What the policy asks GitHub (the client in github-api.ts has these). */
export interface AccountChecks {
  accountType(login: string): Promise<string>;
  permissionOf(login: string): Promise<string>;
  isTeamMember(org: string, slug: string, login: string): Promise<boolean>;
}

/** An answer as it reached the run: who, how, which option, when, and where it can be seen. */
export interface GivenAnswer {
  actor: string;
  how: AnswerChannel;
  option: string;
  /** When it was written (ISO 8601): a comment's or review's creation, a dispatch's start. */
  at: string;
  url: string | null;
}

/** The gate the run waits at, as the engine recorded it. */
export interface WaitingGate {
  stepId: string;
  options: string[];
  /** When the run paused there; answers written before it are stale. */
  pausedAt: string | null;
}

export type Judgement =
  /** Not allowed: the reason is for the person who answered. */
  | { result: 'refused'; reason: string }
  /** Written before the run paused at this gate: not an answer to it. */
  | { result: 'stale'; reason: string }
  /** An approval counted, not yet enough: `approvals` is the new list. */
  | { result: 'recorded'; approvals: Approval[]; count: number; needed: number }
  /** The gate takes this option now. */
  | { result: 'passes'; approvals: Approval[] };

/** A GitHub login (a bot's ends in `[bot]`): what may go into an API path or an approvers list. */
export const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const WRITE_ROLES = ['admin', 'maintain', 'write'];

/** `approvers` as written: logins and `org/team` slugs, one per line or comma-separated. */
export function parseApprovers(lines: string[]): Approver[] {
  const approvers: Approver[] = [];
  for (const entry of lines.flatMap((line) => line.split(',')).map((e) => e.trim())) {
    if (entry === '') continue;
    const name = entry.replace(/^@/, '');
    const slash = name.indexOf('/');
    if (slash === -1) {
      if (!LOGIN.test(name)) throw new Error(`${JSON.stringify(entry)} is not a GitHub login`);
      approvers.push({ kind: 'user', login: name });
    } else {
      const org = name.slice(0, slash);
      const slug = name.slice(slash + 1);
      if (!LOGIN.test(org) || !TEAM_SLUG.test(slug)) {
        throw new Error(`${JSON.stringify(entry)} is not a login or an org/team slug`);
      }
      approvers.push({ kind: 'team', org, slug });
    }
  }
  return approvers;
}

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The policy in words, for the gate comment and the summary. */
export function describePolicy(policy: ReviewPolicy): string {
  const who =
    policy.approvers.length === 0
      ? 'anyone with write access to the repository'
      : policy.approvers
          .map((a) => (a.kind === 'user' ? a.login : `${a.org}/${a.slug}`))
          .join(', ');
  const count =
    policy.minApprovals > 1 ? `; ${policy.minApprovals} distinct approvals pass the gate` : '';
  const self = policy.allowSelfApproval
    ? ''
    : "; the run's initiator and its last resumer cannot approve it";
  return `${who} may answer${count}${self}`;
}

/** The approvals recorded for this pause of this gate (others belong to an earlier one). */
export function approvalsFor(record: ReviewRecord, gate: WaitingGate): Approval[] {
  if (record.gate === null || record.gate.stepId !== gate.stepId) return [];
  if (gate.pausedAt !== null && record.gate.pausedAt !== gate.pausedAt) return [];
  return record.approvals;
}

/**
 * Judge one answer against the policy and the approvals so far. `checks` failing (a token that
 * cannot read the org, an unreachable API) throws: the caller refuses the answer with that error.
 */
export async function judgeAnswer(
  policy: ReviewPolicy,
  checks: AccountChecks,
  record: ReviewRecord,
  gate: WaitingGate,
  answer: GivenAnswer
): Promise<Judgement> {
  const { actor, option } = answer;
  if (!gate.options.includes(option)) {
    return {
      result: 'refused',
      reason: `${JSON.stringify(option)} is not one of gate ${gate.stepId}'s options (${gate.options.join(', ')})`
    };
  }
  // A dispatch is given now; a comment or review carries the time it was written.
  if (answer.how !== 'dispatch' && answer.how !== 'cli' && gate.pausedAt !== null) {
    const written = Date.parse(answer.at);
    // GitHub gives whole seconds: an answer in the second the run paused is not stale.
    const paused = Math.floor(Date.parse(gate.pausedAt) / 1000) * 1000;
    if (!Number.isFinite(written) || written < paused) {
      return {
        result: 'stale',
        reason: `it was written before the run paused at gate ${gate.stepId} (${gate.pausedAt}); answer again`
      };
    }
  }

  const refusal = await whyMayNotAnswer(policy, checks, actor);
  if (refusal !== null) return { result: 'refused', reason: refusal };

  const rejects = isRejection(option);
  if (!rejects && !policy.allowSelfApproval) {
    if (record.startedBy === null) {
      return {
        result: 'refused',
        reason: `who started this run is not known (it was not started by this Action), so no approval can be told from a self-approval (allow-self-approval is false)`
      };
    }
    const own = [...record.startedBy, ...(record.lastResumedBy ? [record.lastResumedBy] : [])];
    if (own.some((login) => sameLogin(login, actor))) {
      return {
        result: 'refused',
        reason: `${actor} started or last resumed this run and cannot approve it (allow-self-approval is false)`
      };
    }
  }
  const approval: Approval = { actor, how: answer.how, url: answer.url, at: answer.at, option };
  const earlier = approvalsFor(record, gate);
  // A reject applies on_reject at once; one person counts once per option.
  if (rejects) return { result: 'passes', approvals: [...earlier, approval] };
  let approvals = earlier.some((a) => a.option === option && sameLogin(a.actor, actor))
    ? earlier
    : [...earlier, approval];
  let count = approvals.filter((a) => a.option === option).length;
  if (count >= policy.minApprovals && count > 1) {
    // Before the gate passes, the earlier approvers must still be allowed (access revoked, the
    // policy changed since): one who no longer is does not count.
    const still: Approval[] = [];
    for (const a of approvals) {
      const counts =
        a.option !== option ||
        sameLogin(a.actor, actor) ||
        (await whyMayNotAnswer(policy, checks, a.actor)) === null;
      if (counts) still.push(a);
    }
    approvals = still;
    count = approvals.filter((a) => a.option === option).length;
  }
  if (count >= policy.minApprovals) return { result: 'passes', approvals };
  return { result: 'recorded', approvals, count, needed: policy.minApprovals };
}

/** Why `actor` may not answer any gate at all, or null when they may (the checks may throw). */
export async function whyMayNotAnswer(
  policy: ReviewPolicy,
  checks: AccountChecks,
  actor: string
): Promise<string | null> {
  if (!LOGIN.test(actor)) return `${JSON.stringify(actor)} is not a GitHub login`;
  const listedByName = policy.approvers.some((a) => a.kind === 'user' && sameLogin(a.login, actor));
  if (listedByName) return null;
  // The `[bot]` suffix is a convention, not a check: the account's type is.
  const type = await checks.accountType(actor);
  if (type !== 'User') {
    return `${actor} is a ${type === 'Bot' ? 'bot' : `${type} account`}: only people answer gates, unless listed by name in approvers`;
  }
  if (policy.approvers.length === 0) {
    const permission = await checks.permissionOf(actor);
    if (WRITE_ROLES.includes(permission)) return null;
    return `${actor} has ${permission === 'none' ? 'no' : permission} access to the repository; answering needs write access`;
  }
  for (const approver of policy.approvers) {
    if (approver.kind !== 'team') continue;
    if (await checks.isTeamMember(approver.org, approver.slug, actor)) return null;
  }
  return `${actor} is not among the approvers (${describePolicy({ ...policy, minApprovals: 1, allowSelfApproval: true }).replace(/ may answer$/, '')})`;
}
