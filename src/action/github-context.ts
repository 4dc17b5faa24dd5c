/**
 * What the Action learns about the job from the runner's environment: who runs it, which
 * workflow file and branch it runs from, and how a person would dispatch that workflow again to
 * resume a paused run.
 */
import { quoteShellWord } from '../engine/agents/shell-words.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
// By file: the package exports only its `context`, built once when it is first imported (and
// loading Octokit with it); the class builds one from the variables of the moment.
import { Context } from '../../node_modules/@actions/github/lib/context.js';

export interface GithubContext {
  workspace: string | null;
  actor: string | null;
  triggeringActor: string | null;
  runId: string;
  runAttempt: string;
  repository: string | null;
  serverUrl: string;
  eventName: string | null;
  refName: string | null;
  /** The caller workflow's path in the repository, e.g. `.github/workflows/specflow.yml`. */
  workflowPath: string | null;
  /** The caller workflow's display name (GITHUB_WORKFLOW). */
  workflowName: string | null;
  defaultBranch: string | null;
  /** The event's payload as the event file holds it (hostile: any shape); absent in tests' contexts. */
  payload?: unknown;
}

/**
 * The job as @actions/github's Context reads it from `env`, plus what that Context leaves out:
 * the workspace, the triggering actor, the branch name and the workflow file.
 */
export function readGithubContext(env: NodeJS.ProcessEnv = process.env): GithubContext {
  const context = contextOf(env);
  const text = (value: string | undefined): string | null => value?.trim() || null;
  // Context's run numbers are parseInt's: NaN when the variable is unset.
  const count = (value: number): string | null =>
    Number.isSafeInteger(value) ? String(value) : null;
  // GITHUB_WORKFLOW_REF is `owner/repo/<path>@<ref>`.
  const workflowRef = /^[^/]+\/[^/]+\/(.+?)@[^@]*$/.exec(env.GITHUB_WORKFLOW_REF?.trim() ?? '');
  // The payload is whatever JSON the event file holds: any field may be missing or of any type.
  const defaultBranch: unknown = (
    context.payload as { repository?: { default_branch?: unknown } } | null
  )?.repository?.default_branch;
  return {
    workspace: text(env.GITHUB_WORKSPACE),
    actor: text(context.actor),
    triggeringActor: text(env.GITHUB_TRIGGERING_ACTOR),
    runId: count(context.runId) ?? '0',
    runAttempt: count(context.runAttempt) ?? '1',
    repository: text(env.GITHUB_REPOSITORY),
    serverUrl: text(context.serverUrl) ?? 'https://github.com',
    eventName: text(context.eventName),
    refName: text(env.GITHUB_REF_NAME),
    workflowPath: workflowRef ? workflowRef[1] : null,
    workflowName: text(context.workflow),
    defaultBranch: typeof defaultBranch === 'string' && defaultBranch !== '' ? defaultBranch : null,
    payload: context.payload
  };
}

/** A Context of `env`: the class reads process.env, so that is `env` while it is built. */
function contextOf(env: NodeJS.ProcessEnv): Context {
  const processEnv = process.env;
  try {
    process.env = env;
    try {
      return new Context();
    } catch {
      // An event file that is not JSON: the rest of the context still holds.
      process.env = { ...env, GITHUB_EVENT_PATH: undefined };
      return new Context();
    }
  } finally {
    process.env = processEnv;
  }
}

/** The names of the caller's workflow_dispatch inputs that carry the run id and a gate's verdict. */
export interface DispatchInputNames {
  runId: string;
  /** Null when the caller passes nothing into the gate's verdict input. */
  verdict: string | null;
  /** The input fed into the Action's `answer` (any gate), or null when none is. */
  answer: string | null;
  /** The input fed into the Action's `answer-from` (answers handed on), or null when none is. */
  answerFrom: string | null;
  /** Whether the caller workflow can be dispatched at all (false when we could not tell). */
  dispatchable: boolean | null;
}

const INPUT_REFERENCE = String.raw`\$\{\{\s*(?:github\.event\.)?inputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}`;

/**
 * Find, in the caller workflow's text, which dispatch input feeds the Action's `run-id` and
 * which one feeds the gate's `verdict_input` (e.g. `spec_verdict: ${{ inputs.verdict }}` inside
 * the `inputs` block). Falls back to `run-id` and the verdict input's own name.
 */
export function findDispatchInputs(
  callerText: string | null,
  verdictInput: string | null
): DispatchInputNames {
  const fallback: DispatchInputNames = {
    runId: 'run-id',
    verdict: verdictInput,
    answer: null,
    answerFrom: null,
    dispatchable: null
  };
  if (callerText === null) return fallback;
  let declared: string[] | null = null;
  let dispatchable: boolean | null = null;
  try {
    const doc = parseDocument(callerText);
    const on: unknown = isMap(doc.contents) ? doc.contents.get('on', true) : undefined;
    if (isScalar(on)) {
      dispatchable = on.value === 'workflow_dispatch';
    } else if (isSeq(on)) {
      dispatchable = on.items.some((i) => isScalar(i) && i.value === 'workflow_dispatch');
    } else if (isMap(on)) {
      dispatchable = on.has('workflow_dispatch');
      const trigger = on.get('workflow_dispatch', true);
      const inputs = isMap(trigger) ? trigger.get('inputs', true) : undefined;
      if (isMap(inputs)) {
        declared = inputs.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      }
    }
  } catch {
    // Unparseable caller: fall back to text patterns alone.
  }
  const feeding = (actionInput: string): string | null =>
    new RegExp(
      String.raw`(?:^|[\s{,"'])` + actionInput + String.raw`\s*:\s*['"]?` + INPUT_REFERENCE,
      'm'
    ).exec(callerText)?.[1] ?? null;
  let verdict = verdictInput;
  if (verdictInput !== null) {
    const escaped = verdictInput.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const verdictMatch = new RegExp(
      String.raw`(?:^|[\s{,"'])` + escaped + String.raw`['"]?\s*[:=]\s*['"]?` + INPUT_REFERENCE,
      'm'
    ).exec(callerText);
    if (verdictMatch) verdict = verdictMatch[1];
    else if (declared !== null && !declared.includes(verdictInput)) verdict = null;
  }
  return {
    runId: feeding('run-id') ?? 'run-id',
    verdict,
    answer: feeding('answer'),
    answerFrom: feeding('answer-from'),
    dispatchable
  };
}

export function readCallerWorkflow(github: GithubContext): string | null {
  if (!github.workflowPath || !github.workspace) return null;
  const file = path.resolve(github.workspace, github.workflowPath);
  if (path.relative(github.workspace, file).startsWith('..')) return null;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export interface ResumeInstructions {
  /** The `gh workflow run ...` line that resumes the run. */
  command: string;
  /** The workflow's page, where "Run workflow" dispatches it. */
  workflowUrl: string | null;
  /** Dispatch input names used in the command. */
  inputs: DispatchInputNames;
  /** The branch the dispatch must run on, when it is not the default branch. */
  ref: string | null;
}

export function resumeInstructions(
  github: GithubContext,
  runId: string,
  verdictInput: string | null,
  verdict: string | null,
  callerText: string | null
): ResumeInstructions {
  const inputs = findDispatchInputs(callerText, verdictInput);
  const workflowFile = github.workflowPath
    ? path.posix.basename(github.workflowPath)
    : (github.workflowName ?? '<workflow file>');
  // A dispatch runs on the default branch unless told otherwise, and a run's saved state is only
  // visible from its own branch or the default branch.
  const ref =
    github.refName && github.defaultBranch && github.refName !== github.defaultBranch
      ? github.refName
      : null;
  const words = [
    'gh',
    'workflow',
    'run',
    quoteShellWord(workflowFile),
    '-f',
    `${inputs.runId}=${runId}`
  ];
  if (inputs.answer !== null && verdict !== null) {
    words.push('-f', quoteShellWord(`${inputs.answer}=${verdict}`));
  } else if (inputs.verdict !== null && verdict !== null) {
    words.push('-f', quoteShellWord(`${inputs.verdict}=${verdict}`));
  }
  if (ref !== null) words.push('--ref', quoteShellWord(ref));
  const workflowUrl =
    github.repository && github.workflowPath
      ? `${github.serverUrl}/${github.repository}/actions/workflows/${path.posix.basename(github.workflowPath)}`
      : null;
  return { command: words.join(' '), workflowUrl, inputs, ref };
}
