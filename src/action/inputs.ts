/**
 * The Action's inputs (action.yml), read through @actions/core and checked before anything runs.
 * Every problem is reported with the name of the input it is about, so a typo in a caller
 * workflow is found from the error alone.
 */
import * as core from '@actions/core';
import { composeYaml, isMap, isScalar, type ScalarNode } from '../engine/yaml-parser.js';
import { parseYamlWithPositions, WorkflowLoadError } from '../engine/yaml-source.js';
import { resolvePlainTag } from '../engine/yaml-text-checks.js';
import { getOr, hasKey, isDict } from '../engine/pyvalue.js';
import {
  CacheKeyError,
  normalizePersistPaths,
  validatePrefix,
  validateRunId
} from './cache-keys.js';
import { DEFAULT_ENTRY_LIMITS, type EntryLimits } from './entry-contents.js';
import { parseApprovers, type ReviewPolicy } from './review-policy.js';

import { MAX_SHARDS } from '../engine/distribution.js';
import { artifactPrefixProblem } from './artifact-transport.js';
import type { StateStoreChoice } from './cache-store.js';

export const DEFAULT_CACHE_KEY_PREFIX = 'specflow';

export interface ActionInputs {
  /** A workflow file or installed workflow id; empty only when resuming. */
  workflow: string;
  /** Workflow inputs; empty values already dropped. */
  inputs: Record<string, unknown>;
  /** The run to resume, or null to start a new one. */
  runId: string | null;
  workingDirectory: string;
  /** Canonical relative paths saved with the run (may be empty). */
  persistPaths: string[];
  cache: boolean;
  cacheKeyPrefix: string;
  failOnPause: boolean;
  /** On resume, run every fan-out item again (spec-kit's behaviour) instead of reusing any. */
  rerunItems: boolean;
  githubToken: string;
  /** Resume even when another job has claimed the same save (one that died before saving). */
  forceResume: boolean;
  /** The secret entries are sealed with and must carry; empty: no seal. */
  stateKey: string;
  /** Bounds on a run's saved state, for both the save and the restore. */
  stateLimits: EntryLimits;
  /** A dispatch's answer to the gate the run waits at (one of its options); null when none. */
  answer: string | null;
  /** A comment or review that answers the run, handed over by the job that read it. */
  answerFrom: AnswerSource | null;
  /** Where the gate comment goes. */
  reviewIssue: ReviewIssueChoice;
  /** Set a `specflow/<workflow id>` commit status on the commit the run started from. */
  commitStatus: boolean;
  /** Who may answer gates, and how many must approve. */
  policy: ReviewPolicy;
  /** Fan-out step ids whose items run as a matrix of jobs, `all`, or null for none. */
  distribute: DistributeChoice;
  /** What a shard hands back of its workspace: changes in the persist paths, or the whole tree. */
  distributeChanges: 'persist-paths' | 'worktree';
  /** Run this shard (1-based) of the run's distributed fan-out; null otherwise. */
  shard: number | null;
  /** Gather the shards of the run's distributed fan-out, and go on. */
  gather: boolean;
  /** Where runs are kept: the cache, and paused or failed runs also as artifacts. */
  stateStore: StateStoreChoice;
  /** Retention of those artifacts; null: the repository's setting. */
  artifactRetentionDays: number | null;
  /** List the paused runs (summary table, `paused-runs` output) instead of running one. */
  listPaused: boolean;
  /** With listPaused: read each paused run's newest cache entry, so the cache keeps it. */
  keepAlive: boolean;
  /** With listPaused: answer runs paused longer than this many days; null: never. */
  expireAfterDays: number | null;
  onExpiry: 'reject' | 'abort';
}

/** `distribute`: the fan-out step ids, `all`, or none (null). */
export type DistributeChoice = ReadonlySet<string> | 'all' | null;

/** `review-issue`: the event's thread (`auto`), none, a given issue or PR, or a new issue. */
export type ReviewIssueChoice = 'auto' | 'none' | 'new' | number;

/** `answer-from`: `comment:<id>` or `review:<pull request>:<id>`. */
export type AnswerSource =
  { kind: 'comment'; commentId: number } | { kind: 'review'; pullNumber: number; reviewId: number };

/** A malformed Action input; the message starts with the input's name. */
export class ActionInputError extends Error {
  override readonly name = 'ActionInputError';
  constructor(
    readonly input: string,
    problem: string
  ) {
    super(`input '${input}': ${problem}`);
  }
}

/**
 * One input, trimmed ('' when unset). Asked for explicitly: core.getInput trims by default, but
 * @github/local-action's stand-in for it trims only when told to.
 */
function inputText(name: string): string {
  return core.getInput(name, { trimWhitespace: true });
}

/** Run `parse`; whatever it throws becomes an ActionInputError naming `input`. */
function named<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ActionInputError) throw error;
    throw new ActionInputError(input, error instanceof Error ? error.message : String(error));
  }
}

/** The bounds on a run's saved state (`max-restore-size`, `max-restore-files`). */
export function readStateLimits(): EntryLimits {
  return {
    maxBytes: named('max-restore-size', () =>
      parseByteSize(inputText('max-restore-size'), DEFAULT_ENTRY_LIMITS.maxBytes)
    ),
    maxMembers: named('max-restore-files', () =>
      parseCount(inputText('max-restore-files'), DEFAULT_ENTRY_LIMITS.maxMembers)
    )
  };
}

export function readActionInputs(): ActionInputs {
  const runIdText = inputText('run-id');
  const runId = runIdText === '' ? null : named('run-id', () => validateRunId(runIdText));
  const workflow = inputText('workflow');
  const listing = readListingInputs(runId);
  if (workflow === '' && runId === null && !listing.listPaused) {
    throw new ActionInputError(
      'workflow',
      'required to start a run (a workflow file, or the id of a workflow installed under .specify/workflows/<id>/)'
    );
  }
  const prefixText = inputText('cache-key-prefix');
  const homes = readStateStoreInputs();
  if (listing.keepAlive && homes.stateStore === 'artifact') {
    throw new ActionInputError(
      'keep-alive',
      "reads the paused runs' cache entries, and with state-store: artifact runs have none " +
        '(an artifact lasts its retention whether read or not): drop keep-alive, or use state-store: cache+artifact'
    );
  }
  const cacheKeyPrefix = named('cache-key-prefix', () => {
    const prefix = validatePrefix(prefixText === '' ? DEFAULT_CACHE_KEY_PREFIX : prefixText);
    const problem = homes.stateStore === 'cache' ? null : artifactPrefixProblem(prefix);
    if (problem !== null) throw new Error(`${problem} (state-store is ${homes.stateStore})`);
    return prefix;
  });
  const read: ActionInputs = {
    workflow,
    inputs: named('inputs', () => parseWorkflowInputs(inputText('inputs'))),
    runId,
    workingDirectory: inputText('working-directory') || '.',
    persistPaths: named('persist-paths', () =>
      parsePersistPaths(core.getMultilineInput('persist-paths'))
    ),
    cache: booleanInput('cache', true),
    cacheKeyPrefix,
    failOnPause: booleanInput('fail-on-pause', false),
    rerunItems: booleanInput('rerun-items', false),
    githubToken: inputText('github-token'),
    forceResume: booleanInput('force-resume', false),
    stateKey: inputText('state-key'),
    stateLimits: readStateLimits(),
    answer: inputText('answer') || null,
    answerFrom: named('answer-from', () => parseAnswerSource(inputText('answer-from'))),
    reviewIssue: named('review-issue', () => parseReviewIssue(inputText('review-issue'))),
    commitStatus: booleanInput('commit-status', false),
    policy: {
      approvers: named('approvers', () => parseApprovers(core.getMultilineInput('approvers'))),
      minApprovals: named('min-approvals', () => parseCount(inputText('min-approvals'), 1)),
      allowSelfApproval: booleanInput('allow-self-approval', false)
    },
    ...readDistributionInputs(runId),
    ...homes,
    ...listing
  };
  if (read.listPaused) {
    // A listing runs no workflow: these would be dropped without a word. (Empty values, such as
    // an unset dispatch input, are already gone.)
    const ignored = [
      ['answer', read.answer !== null],
      ['answer-from', read.answerFrom !== null],
      ['distribute', read.distribute !== null],
      ['inputs', Object.keys(read.inputs).length > 0]
    ] as const;
    const given = ignored.find(([, set]) => set);
    if (given !== undefined) {
      throw new ActionInputError(
        given[0],
        'a job with list-paused: true runs no workflow, so this would be ignored: drop it, or list in a job of its own'
      );
    }
  }
  return read;
}

function readStateStoreInputs(): Pick<ActionInputs, 'stateStore' | 'artifactRetentionDays'> {
  const choice = inputText('state-store') || 'cache+artifact';
  if (choice !== 'cache' && choice !== 'cache+artifact' && choice !== 'artifact') {
    throw new ActionInputError(
      'state-store',
      `expected cache, cache+artifact or artifact, got ${JSON.stringify(choice)}`
    );
  }
  const days = inputText('artifact-retention-days');
  if (days !== '' && !(/^[1-9]\d?$/.test(days) && Number(days) <= 90)) {
    throw new ActionInputError(
      'artifact-retention-days',
      `expected a number of days from 1 to 90, got ${JSON.stringify(days)}`
    );
  }
  if (days !== '' && choice === 'cache') {
    throw new ActionInputError(
      'artifact-retention-days',
      'with state-store: cache no artifact is kept, so this would be ignored: drop it, or use state-store: cache+artifact'
    );
  }
  return { stateStore: choice, artifactRetentionDays: days === '' ? null : Number(days) };
}

function readListingInputs(
  runId: string | null
): Pick<ActionInputs, 'listPaused' | 'keepAlive' | 'expireAfterDays' | 'onExpiry'> {
  const listPaused = booleanInput('list-paused', false);
  const keepAlive = booleanInput('keep-alive', false);
  const expiryText = inputText('expire-after-days');
  const onExpiryText = inputText('on-expiry');
  const needsList = (input: string): void => {
    if (!listPaused) {
      throw new ActionInputError(
        input,
        'works in a job that lists the paused runs: set list-paused: true'
      );
    }
  };
  if (listPaused && runId !== null) {
    throw new ActionInputError(
      'list-paused',
      'a job either lists the paused runs or resumes one: drop run-id'
    );
  }
  if (keepAlive) needsList('keep-alive');
  let expireAfterDays: number | null = null;
  if (expiryText !== '') {
    needsList('expire-after-days');
    if (!/^\d{1,4}(\.\d{1,3})?$/.test(expiryText) || Number(expiryText) <= 0) {
      throw new ActionInputError(
        'expire-after-days',
        `expected a number of days greater than 0, got ${JSON.stringify(expiryText)}`
      );
    }
    expireAfterDays = Number(expiryText);
  }
  if (onExpiryText !== '' && onExpiryText !== 'reject' && onExpiryText !== 'abort') {
    throw new ActionInputError(
      'on-expiry',
      `expected reject or abort, got ${JSON.stringify(onExpiryText)}`
    );
  }
  if (onExpiryText !== '' && expireAfterDays === null) {
    throw new ActionInputError(
      'on-expiry',
      'says what happens once expire-after-days has passed: set it too'
    );
  }
  return {
    listPaused,
    keepAlive,
    expireAfterDays,
    onExpiry: onExpiryText === 'abort' ? 'abort' : 'reject'
  };
}

function readDistributionInputs(
  runId: string | null
): Pick<ActionInputs, 'distribute' | 'distributeChanges' | 'shard' | 'gather'> {
  const distribute = parseDistribute(core.getMultilineInput('distribute'));
  const changes = inputText('distribute-changes') || 'persist-paths';
  if (changes !== 'persist-paths' && changes !== 'worktree') {
    throw new ActionInputError(
      'distribute-changes',
      `expected persist-paths or worktree, got ${JSON.stringify(changes)}`
    );
  }
  const shardText = inputText('shard');
  const shard = shardText === '' ? null : named('shard', () => parseShardNumber(shardText));
  const gather = booleanInput('gather', false);
  if (shard !== null && gather) {
    throw new ActionInputError('gather', 'a job either runs a shard or gathers them, not both');
  }
  if ((shard !== null || gather) && runId === null) {
    throw new ActionInputError(
      shard !== null ? 'shard' : 'gather',
      "needs the run-id of the run whose fan-out was distributed (the start job's run-id output)"
    );
  }
  if (shard !== null && distribute !== null) {
    throw new ActionInputError('distribute', 'a shard job runs its items; it distributes nothing');
  }
  return { distribute, distributeChanges: changes, shard, gather };
}

/** Step ids, one per line or comma-separated; `all` alone means every fan-out. */
export function parseDistribute(lines: readonly string[]): DistributeChoice {
  const ids = lines
    .flatMap((line) => line.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0) return null;
  if (ids.includes('all')) {
    if (ids.length > 1) {
      throw new ActionInputError('distribute', '`all` stands alone: it distributes every fan-out');
    }
    return 'all';
  }
  return new Set(ids);
}

export function parseShardNumber(text: string): number {
  if (!/^[1-9]\d{0,2}$/.test(text) || Number(text) > MAX_SHARDS) {
    throw new Error(`expected a shard number from 1 to ${MAX_SHARDS}, got ${JSON.stringify(text)}`);
  }
  return Number(text);
}

const ISSUE_NUMBER = /^[1-9]\d{0,9}$/;

export function parseReviewIssue(text: string): ReviewIssueChoice {
  const value = text.trim().replace(/^#/, '');
  if (value === '' || value === 'auto') return 'auto';
  if (value === 'none' || value === 'new') return value;
  if (ISSUE_NUMBER.test(value)) return Number(value);
  throw new Error(`expected auto, none, new or an issue number, got ${JSON.stringify(text)}`);
}

export function parseAnswerSource(text: string): AnswerSource | null {
  const value = text.trim();
  if (value === '') return null;
  const comment = /^comment:([1-9]\d{0,15})$/.exec(value);
  if (comment && Number.isSafeInteger(Number(comment[1]))) {
    return { kind: 'comment', commentId: Number(comment[1]) };
  }
  const review = /^review:([1-9]\d{0,9}):([1-9]\d{0,15})$/.exec(value);
  if (review && Number.isSafeInteger(Number(review[2]))) {
    return { kind: 'review', pullNumber: Number(review[1]), reviewId: Number(review[2]) };
  }
  throw new Error(
    `expected comment:<comment id> or review:<pull request>:<review id>, got ${JSON.stringify(text)}`
  );
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1000,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1000 ** 3,
  gib: 1024 ** 3
};

/** A size such as `1GiB`, `500MB`, `200m` or a number of bytes; empty means the default. */
export function parseByteSize(text: string, fallback: number): number {
  const value = text.trim();
  if (value === '') return fallback;
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(value);
  const unit = match ? getOwn(SIZE_UNITS, match[2].toLowerCase()) : undefined;
  if (!match || unit === undefined) {
    throw new Error(
      `expected a size such as 1GiB, 500MB or a number of bytes, got ${JSON.stringify(value)}`
    );
  }
  const bytes = Math.floor(Number(match[1]) * unit);
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new Error(`expected a size of at least one byte, got ${JSON.stringify(value)}`);
  }
  return bytes;
}

/** A positive whole number; empty means the default. */
export function parseCount(text: string, fallback: number): number {
  const value = text.trim();
  if (value === '') return fallback;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
    throw new Error(`expected a whole number of at least 1, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

function getOwn(table: Record<string, number>, key: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * A boolean input as core.getBooleanInput reads it (true, True, TRUE, false, False, FALSE); empty
 * means `fallback`, which getBooleanInput would refuse (a caller outside a runner may pass none).
 */
function booleanInput(name: string, fallback: boolean): boolean {
  const text = inputText(name);
  if (text === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new ActionInputError(
      name,
      `expected true or false (also True, TRUE, False, FALSE), got ${JSON.stringify(text)}`
    );
  }
}

/** Lines (core.getMultilineInput), each holding one path or several comma-separated. */
export function parsePersistPaths(lines: readonly string[]): string[] {
  const paths = lines.flatMap((line) => line.split(',')).filter((p) => p.trim() !== '');
  try {
    return normalizePersistPaths(paths);
  } catch (error) {
    if (error instanceof CacheKeyError) throw new Error(error.message, { cause: error });
    throw error;
  }
}

const KEY_VALUE_LINE = /^\s*([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*=(.*)$/;

function isEmptyValue(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * The `inputs` input: a YAML or JSON mapping, or `key=value` lines. Empty values are dropped,
 * so `verdict: ${{ inputs.verdict }}` with an unset dispatch input leaves a stored value alone.
 *
 * Scalars are kept as the text written (`1.0` stays "1.0", `yes` stays "yes"), the same as the
 * CLI's `-i key=value`: the workflow's declared input types do the conversion, with the
 * engine's rules, instead of a second set of YAML typing rules.
 */
export function parseWorkflowInputs(text: string): Record<string, unknown> {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '' && !/^\s*#/.test(l));
  if (lines.length === 0) return {};
  if (lines.every((l) => KEY_VALUE_LINE.test(l))) return parseKeyValueLines(lines);

  // Read by the engine's own YAML reader (PyYAML's rules), so a mistake is told in the same
  // words, with its line and column, as one in a workflow file.
  let data: unknown;
  let root: ReturnType<typeof composeYaml>;
  try {
    data = parseYamlWithPositions(text).data;
    root = composeYaml(text);
  } catch (error) {
    const where =
      error instanceof WorkflowLoadError && error.line !== undefined
        ? `line ${error.line}, column ${error.col}: `
        : '';
    const reason = error instanceof WorkflowLoadError ? error.reason : (error as Error).message;
    throw new Error(`not a YAML or JSON mapping, nor key=value lines (${where}${reason})`, {
      cause: error
    });
  }
  if (data === null || (isScalar(root) && isEmptyValue(root.value))) return {};
  if (!isMap(root) || !isDict(data)) {
    throw new Error('expected a YAML or JSON mapping of input names to values, or key=value lines');
  }
  const result: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const pair of root.items) {
    const name = isScalar(pair.key) ? pair.key.value : null;
    // A key YAML reads as something else than text (`1:`, `true:`, `~:`) names no input.
    if (name === null || name === '' || !hasKey(data, name)) {
      throw new Error('every input name must be a plain name');
    }
    if (seen.has(name)) throw new Error(`'${name}' is given twice`);
    seen.add(name);
    const value = pair.value;
    // Scalars stay the text written; lists and mappings are what the workflow file would hold.
    const plain = isScalar(value) ? scalarText(value) : getOr(data, name, null);
    if (isEmptyValue(plain)) continue;
    define(result, name, plain);
  }
  return result;
}

/** A scalar as written: null for an empty or null value (`key:`, `~`), else its text. */
function scalarText(node: ScalarNode): string | null {
  const plain = node.type === 'PLAIN' && node.tag === undefined;
  return plain && resolvePlainTag(node.value) === 'null' ? null : node.value;
}

function parseKeyValueLines(lines: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const line of lines) {
    const match = KEY_VALUE_LINE.exec(line)!;
    const name = match[1];
    if (seen.has(name)) throw new Error(`'${name}' is given twice`);
    seen.add(name);
    const value = match[2].trim();
    if (value !== '') define(result, name, value);
  }
  return result;
}

/** Plain assignment would let a `__proto__` key change the object's prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
