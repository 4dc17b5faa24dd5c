/**
 * The Action's main step: start a run, or restore and resume one; then save it to the cache,
 * set the outputs and write the job summary. A thin adapter over the engine, like the CLI.
 */
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { WorkflowEngine } from '../engine/engine.js';
import { endedInFailure, gateAnswer, haltingStepId } from '../engine/outcome.js';
import { WorkflowError } from '../engine/types.js';
import { undeclaredInputs } from '../engine/inputs.js';
import { resumeRun, startRun, type RunResult } from '../engine/run-lifecycle.js';
import { loadRunRecord, type RunRecord } from '../engine/run-record.js';
import { RunState, generateRunId, isResumable, runDirectory } from '../engine/run-state.js';
import { RunStatus, type StepType } from '../engine/types.js';
import { annotateWorkflowProblems } from './annotations.js';
import { RunCacheError, type RunStateStore } from './cache-store.js';
import { preloadArtifactClient } from './artifact-transport.js';
import { jobRunStore } from './state-homes.js';
import { readGithubContext, type GithubContext } from './github-context.js';
import {
  ActionInputError,
  readActionInputs,
  type ActionInputs,
  type DistributeChoice
} from './inputs.js';
import { ActionLog } from './log.js';
import { actionOutputs } from './outputs.js';
import { PHASE_STATE } from './phase-state.js';
import {
  checkResumingRun,
  claimRestoredRun,
  recordResume,
  restoreRun,
  type AcceptedResume,
  type RestoredRun
} from './resume.js';
import {
  notSavedError,
  requireSavableKeys,
  saveRunState,
  type SaveOutcome,
  type SaveTarget
} from './save.js';
import {
  ANSWER_EVENTS,
  acknowledge,
  answerRecord,
  dispatchAnswer,
  judgeRunAnswer,
  nextReviewRecord,
  openReview,
  publishReview,
  readHandedAnswer,
  renderHandledSummary,
  routeEventAnswer,
  verdictInputAnswer,
  type JudgedAnswer,
  type PassedGate,
  type PendingAnswer,
  type Review
} from './review.js';
import { keepReviewRecord, readReviewRecord, type ReviewRecord } from './review-record.js';
import { guardFileCommands, stepEnvironment, type FileCommandGuard } from './step-env.js';
import { changeScope, gatherShards, type GatheredShards } from './distributed.js';
import { runShardJob } from './shard-job.js';
import { runListJob } from './list-job.js';
import {
  escapeHtml,
  gatherSummaryFacts,
  renderStopSummary,
  renderSummary,
  type SummaryFacts
} from './summary.js';

/**
 * After SIGINT, how long the engine gets to stop on its own (it ends the step's processes:
 * SIGTERM, then SIGKILL 2 s later) before the run is saved as it stands. The runner
 * kills the tree 10 s after SIGINT; the save must be done well before.
 */
export const STOP_GRACE_MS = 3000;

export interface MainOptions {
  env?: NodeJS.ProcessEnv;
  write?: (text: string) => void;
  /** The cache seam; by default `runStateStore`'s choice for the `cache` input. */
  store?: RunStateStore;
  /** Where SIGINT/SIGTERM come from; the process by default (tests pass their own emitter). */
  signals?: SignalSource;
  /** The step types the engine knows; the built-in ones by default. */
  stepTypes?: ReadonlyMap<string, StepType>;
  /** The clock `expire-after-days` is measured by. */
  now?: () => Date;
}

export interface SignalSource {
  on(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

/** How the run ended; `cancelled`: whether the job had been cancelled by then. */
type Settled = (
  { kind: 'state'; result: RunResult } | { kind: 'error'; error: unknown } | { kind: 'timeout' }
) & { cancelled: boolean };

/**
 * The main step, as the runner (through index.ts) and @github/local-action run it: the entry
 * point actions/typescript-action lays out, `export async function run(): Promise<void>`.
 */
export async function run(): Promise<void> {
  await runMain();
}

/** The main step, with seams for tests. */
export async function runMain(options: MainOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  // The live window's token stays in memory: GITHUB_STATE is a file a step can find, and with
  // the token a step could end the window. The runner gives each step (main, post) a command
  // parser of its own, so a window main leaves open ends with main's step.
  const log = new ActionLog({ write });

  const controller = new AbortController();
  let signalledAt: number | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    // A second signal (the runner's SIGTERM) changes nothing: the save is under way.
    if (controller.signal.aborted) return;
    signalledAt = Date.now();
    log.line(`${signal} received: stopping the run, ending its processes, and saving it`);
    controller.abort();
  };
  const signals = options.signals ?? process;
  signals.on('SIGINT', onSignal);
  signals.on('SIGTERM', onSignal);
  try {
    await mainSteps(env, log, controller, () => signalledAt, options);
  } finally {
    signals.off('SIGINT', onSignal);
    signals.off('SIGTERM', onSignal);
  }
}

async function mainSteps(
  env: NodeJS.ProcessEnv,
  log: ActionLog,
  controller: AbortController,
  signalledAt: () => number | null,
  options: MainOptions
): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readActionInputs();
  } catch (error) {
    const message = error instanceof ActionInputError ? error.message : String(error);
    await writeSummary(renderStopSummary('inputs', null, message));
    fail(message);
    return;
  }
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  if (inputs.stateKey) core.setSecret(inputs.stateKey);

  const github = readGithubContext(env);
  const root = path.resolve(github.workspace ?? process.cwd(), inputs.workingDirectory);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    const message = `input 'working-directory': ${root} is not a directory`;
    await writeSummary(renderStopSummary('inputs', null, message));
    fail(message);
    return;
  }
  const store =
    options.store ?? jobRunStore(inputs, github, env, (message) => core.warning(message));
  // Loaded now, in the background: a save after SIGINT has only seconds.
  if (store.artifacts !== null) void preloadArtifactClient().catch(() => undefined);
  const target: SaveTarget = {
    store,
    root,
    prefix: inputs.cacheKeyPrefix,
    persistPaths: inputs.persistPaths,
    github,
    stateKey: inputs.stateKey,
    limits: inputs.stateLimits
  };
  core.saveState(PHASE_STATE.projectRoot, root);
  core.saveState(PHASE_STATE.cache, String(store.enabled));
  core.saveState(PHASE_STATE.stateStore, store.artifacts === null ? 'cache' : inputs.stateStore);
  core.saveState(PHASE_STATE.prefix, inputs.cacheKeyPrefix);
  core.saveState(PHASE_STATE.persistPaths, JSON.stringify(inputs.persistPaths));

  const stepEnv = stepEnvironment(env, inputs.githubToken);
  const engine = new WorkflowEngine({
    projectRoot: root,
    reporter: log.reporter,
    output: log.output,
    prompt: null,
    signal: controller.signal,
    env: stepEnv,
    stepTypes: options.stepTypes,
    // A gate passes only by an answer this job judged (never by a verdict left in the inputs).
    answeredGatesOnly: true,
    distribute: distributeFilter(inputs.distribute)
  });

  if (inputs.listPaused) {
    if (!store.enabled) {
      const message = `input 'list-paused': the paused runs are read from where runs are kept, but ${store.offReason ?? 'the cache is off'}`;
      await writeSummary(renderStopSummary('inputs', null, message));
      fail(message);
      return;
    }
    const outcome = await runListJob({
      inputs,
      target,
      env,
      log,
      now: options.now,
      stepTypes: options.stepTypes
    });
    log.finish();
    await writeSummary(outcome.summary);
    if (outcome.failure !== null) fail(outcome.failure);
    return;
  }

  if (inputs.distribute !== null || inputs.shard !== null || inputs.gather) {
    const input = inputs.shard !== null ? 'shard' : inputs.gather ? 'gather' : 'distribute';
    if (!store.enabled) {
      const message = `input '${input}': a distributed fan-out needs the Actions cache, but ${store.offReason ?? 'it is off'}`;
      await writeSummary(renderStopSummary('inputs', inputs.runId, message));
      fail(message);
      return;
    }
  }
  if (inputs.shard !== null && inputs.runId !== null) {
    try {
      const outcome = await runShardJob({
        inputs,
        shard: inputs.shard,
        runId: inputs.runId,
        target,
        engine,
        github,
        log
      });
      log.finish();
      await writeSummary(outcome.summary);
      if (outcome.failure !== null) fail(outcome.failure);
    } catch (error) {
      log.finish();
      const message = error instanceof Error ? error.message : String(error);
      core.setOutput('error', message);
      await writeSummary(renderStopSummary('resume', inputs.runId, error, root));
      fail(message);
    }
    return;
  }

  const review = openReview(inputs, github, env, (message) => core.warning(message));
  // The answer this job brings: a comment or review event, a handed-on one, or a dispatch's.
  let answer: PendingAnswer | null = null;
  let eventRunId: string | null = null;
  if (inputs.runId === null && ANSWER_EVENTS.includes(github.eventName ?? '')) {
    const route = await routeEventAnswer(review);
    if (route.kind === 'handled') {
      log.line(route.line);
      await writeSummary(renderHandledSummary(route.line));
      if (route.failure !== null) fail(route.failure);
      return;
    }
    eventRunId = route.runId;
    answer = route.answer;
  }

  const resuming = inputs.runId !== null || eventRunId !== null;
  const runId = inputs.runId ?? eventRunId ?? generateRunId();
  let restoredKey: string | null = null;
  /** Taken just before the run starts, after main's own state is written. */
  let ownFiles: FileCommandGuard | null = null;
  const begin = (): void => {
    core.saveState(PHASE_STATE.runId, runId);
    ownFiles = guardFileCommands(env);
  };
  let run: Promise<RunResult>;
  let passed: PassedGate | null = null;
  let previousReview: ReviewRecord | null = null;
  let gathered: GatheredShards | null = null;
  try {
    if (!resuming && (inputs.answer !== null || inputs.answerFrom !== null)) {
      throw new WorkflowError(
        `input '${inputs.answer !== null ? 'answer' : 'answer-from'}' answers a paused run: give its run-id too`
      );
    }
    if (inputs.runId !== null && inputs.answerFrom !== null) {
      answer = await readHandedAnswer(review, inputs.answerFrom, runId);
    } else if (inputs.runId !== null && inputs.answer !== null) {
      answer = dispatchAnswer(review, inputs.answer, runId);
    }
    if (resuming) {
      if (store.enabled) requireSavableKeys(target, { runId, workflowId: null, resuming: true });
      const restored = await log.group(`Restore run ${runId}`, () =>
        restoreRun({
          store,
          engine,
          root,
          runId,
          prefix: inputs.cacheKeyPrefix,
          persistPaths: inputs.persistPaths,
          workflow: inputs.workflow,
          inputs: inputs.inputs,
          github,
          stateKey: inputs.stateKey,
          limits: inputs.stateLimits,
          note: (line) => log.line(line)
        })
      );
      restoredKey = restored.restored?.key ?? null;
      if (restored.restored !== null) {
        requireSavableKeys(target, {
          runId,
          workflowId: restored.restored.parts.workflowId,
          resuming: true
        });
        core.saveState(PHASE_STATE.restoredUpdatedAt, restored.restored.updatedAt);
      }
      // The run as restored: which gate it waits at, and what its review has recorded.
      const before = loadFromDisk(root, runId);
      previousReview = readReviewRecord(root, runId);
      let resumeInputs = inputs.inputs;
      if (before !== null && answer === null) {
        const byVerdict = verdictInputAnswer(review, before, inputs.inputs);
        if (byVerdict !== null) ({ answer, inputs: resumeInputs } = byVerdict);
      }
      const waiting = before === null ? null : gateAnswer(before);
      if (waiting !== null && answer === null) {
        throw new WorkflowError(
          `run ${runId} waits at gate ${waiting.stepId} for an answer (${waiting.options.join(', ')}): ` +
            `resume it with the answer input${waiting.verdictInput === null ? '' : ` or input ${waiting.verdictInput}`}, ` +
            `or answer on its pull request or issue with /specflow <option> ${runId}`
        );
      }
      if (answer !== null && before === null) {
        throw new WorkflowError(`run ${runId}'s state could not be read to judge the answer`);
      }
      if (inputs.gather && before !== null) {
        gathered = await log.group(`Gather the shards of run ${runId}`, () =>
          gatherShards(
            { ...target, runId, stateKey: inputs.stateKey, limits: inputs.stateLimits },
            before.state,
            changeScope(inputs.distributeChanges, inputs.persistPaths)
          )
        );
        for (const line of gathered.lines) log.line(line);
      } else if (inputs.gather) {
        throw new WorkflowError(`run ${runId}'s state could not be read to gather its shards`);
      }
      let judged: JudgedAnswer | null = null;
      if (answer !== null && before !== null) {
        judged = await judgeRunAnswer(review, before, previousReview, answer);
        log.line(describeJudgement(judged));
        if (judged.judgement.result !== 'passes') {
          await settleUntakenAnswer({
            review,
            log,
            target,
            restored,
            judged,
            before,
            previous: previousReview
          });
          return;
        }
      }
      begin();
      let accepted: AcceptedResume | null = null;
      engine.onRunAccepted((state) => {
        if (accepted === null) return;
        recordResume(state, accepted);
        if (judged !== null) state.log({ ...answerRecord(review, judged) });
        log.line(accepted.announcement);
      });
      const option = answer?.given.option ?? null;
      run = resumeRun(engine, {
        runId,
        inputs: resumeInputs,
        rerunItems: inputs.rerunItems,
        answer: option,
        gather: gathered?.source,
        // force-resume overrides another job's claim only (claimRestoredRun); a run another
        // host's driver left running is refused by the engine's rule, as without it.
        beforeContinue: async (resuming) => {
          const checked = checkResumingRun(resuming, restored, option);
          await claimRestoredRun(restored, inputs.forceResume);
          accepted = checked;
          passed = passedGate(judged);
        }
      });
    } else {
      run = startRun(engine, {
        workflow: inputs.workflow,
        inputs: inputs.inputs,
        runId,
        beforeStart: (definition) => {
          if (store.enabled) {
            requireSavableKeys(target, {
              runId,
              workflowId: String(definition.id),
              workflowFile: inputs.workflow,
              resuming: false
            });
          }
          begin();
          // Announced only once nothing refused the start (an input, the run id).
          engine.onRunAccepted(() =>
            log.line(
              `Starting run ${runId} of ${String(definition.name)} (${String(definition.id)})`
            )
          );
        }
      });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setOutput('error', message);
    if (answer !== null) await acknowledge(review, answer, { result: 'refused', reason: message });
    await writeSummary(renderStopSummary(resuming ? 'resume' : 'start', runId, error, root));
    fail(message);
    return;
  }

  // Said once the engine has accepted the run, after its announcement (registered above): an
  // input the workflow does not declare is dropped, as in the reference, and a typo there
  // would otherwise go unnoticed.
  engine.onRunAccepted(() => {
    const definition = engine.liveDefinition;
    if (definition === null) return;
    for (const name of undeclaredInputs(definition, inputs.inputs)) {
      core.warning(
        `input ${JSON.stringify(name)} is not declared by workflow ${String(definition.id)}: it is ignored`
      );
    }
  });
  const settled = await settle(run, controller.signal);
  log.finish();
  // The shards' results are in the run now (or the gather was refused): none is saved with it.
  await (gathered as GatheredShards | null)?.cleanUp();
  const forged = (ownFiles as FileCommandGuard | null)?.restore() ?? [];
  if (forged.length > 0) {
    core.warning(`A step changed the Action's own ${forged.join(', ')}; the change was undone`);
  }

  // Once the engine has the run, its own RunState is the only one that may write it: it may
  // still be going (a step that ignores the cancellation) and writes what it holds.
  const record: RunRecord | null =
    settled.kind === 'state'
      ? settled.result
      : engine.liveState !== null
        ? { state: engine.liveState, definition: engine.liveDefinition }
        : loadFromDisk(root, runId);
  const state = record?.state ?? null;
  let actionError: string | null = null;
  if (settled.kind === 'error') {
    // An error that is not the run's own failure (a bad input, a refused resume, a bug).
    actionError = settled.error instanceof Error ? settled.error.message : String(settled.error);
  }
  if (settled.kind === 'timeout' && state !== null && !isStopped(state)) {
    // The engine did not stop in time: save the run as the interrupted run it is.
    state.status = RunStatus.Paused;
    state.runner = null;
    state.log({ event: 'workflow_interrupted', reason: 'the job was cancelled' });
    state.flush();
    log.line(`The run did not stop within ${STOP_GRACE_MS} ms; saving it as paused`);
  }
  if (record === null || state === null) {
    const message = actionError || `run ${runId} left no state to report`;
    core.setOutput('error', message);
    const cause = settled.kind === 'error' ? settled.error : message;
    // An invalid workflow: one annotation per problem where it is, and a short failure line.
    const invalidWorkflow =
      settled.kind === 'error'
        ? annotateWorkflowProblems(settled.error, github.workspace ?? process.cwd(), (line) =>
            log.line(line)
          )
        : null;
    await writeSummary(renderStopSummary(resuming ? 'resume' : 'start', runId, cause, root));
    fail(invalidWorkflow ?? message);
    return;
  }

  // Decided by how the run stopped: a run that paused at a gate on its own and was cancelled
  // only while being saved was not interrupted.
  const interrupted = settled.cancelled && state.status === RunStatus.Paused;
  const workflowId = state.workflowId;
  // A resume the engine never took (a refused input, a claim held by another job) left the
  // state as restored: saving it again could put a stale copy above another job's newer save.
  const untouched = resuming && engine.liveState === null && restoredKey !== null;
  // review.json travels in the run folder: written before the save that carries it.
  let reviewRecord: ReviewRecord | null = null;
  if (!untouched && engine.liveState !== null) {
    reviewRecord = await nextReviewRecord(review, {
      record,
      previous: previousReview,
      moved: true,
      // A resume that answered nothing re-ran work on someone's behalf: they may not approve
      // what it produced. One that answered a gate made nobody a resumer.
      resumedBy: resuming && answer === null ? (github.triggeringActor ?? github.actor) : null,
      threadFromEvent: answer === null,
      approvals: null,
      started: !resuming
    });
    keepReviewRecord(root, runId, reviewRecord, (message) => core.warning(message));
  }
  const saved: SaveOutcome = untouched
    ? {
        saved: true,
        key: restoredKey,
        detail: `Run ${runId} was not resumed; its saved state (${restoredKey}) is unchanged`,
        failure: null
      }
    : await log.group(`Save run ${runId} to the Actions cache`, () =>
        saveRunState(target, { runId, workflowId, status: state.status, restored: resuming })
      );
  if (saved.saved && saved.key) core.saveState(PHASE_STATE.savedKey, saved.key);
  // A run that could be resumed but was not saved must not look resumable.
  const lost = saved.failure !== null && isResumable(state.status);
  reportSave(saved, store, log, lost);
  const started = signalledAt();
  if (started !== null) log.line(`Saved ${Date.now() - started} ms after the cancellation signal`);

  if (answer !== null) {
    // Taken only once saved: a run that went on but was not saved can be answered again.
    const taken = actionError === null && !lost;
    await acknowledge(review, answer, {
      result: taken ? 'accepted' : 'refused',
      reason: actionError ?? (taken ? null : `the run went on but was not saved: ${saved.failure}`)
    });
  }
  if (untouched && !inputs.stateKey && actionError !== null) {
    // Refused before the engine took it, and unsealed: the restored files are anyone's, so
    // neither the outputs nor the summary repeat what they say.
    await reportRefusal(runId, actionError, root);
    return;
  }
  await report(record, github, log, saved, lost, interrupted, actionError, {
    review,
    reviewRecord,
    passed
  });
  decideExit(state, inputs, interrupted, lost ? saved.failure : null, actionError);
}

/** The engine's `distribute` for the input: which fan-outs hand their items to a matrix. */
function distributeFilter(choice: DistributeChoice): ((stepId: string) => boolean) | undefined {
  if (choice === null) return undefined;
  return choice === 'all' ? () => true : (stepId) => choice.has(stepId);
}

/** Outputs and a summary that say only that the run was not resumed, and why. */
async function reportRefusal(runId: string, error: string, root: string): Promise<void> {
  core.setOutput('run-id', runId);
  core.setOutput('error', error);
  await writeSummary(renderStopSummary('resume', runId, error, root));
  fail(error);
}

/** The job summary; a summary that cannot be written is a warning, never the step's failure. */
async function writeSummary(text: string | (() => Promise<string>)): Promise<void> {
  try {
    await core.summary.addRaw(typeof text === 'string' ? text : await text()).write();
  } catch (error) {
    core.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

/** The run's result, or its error, or — once cancelled — a timeout if it does not stop in time. */
async function settle(run: Promise<RunResult>, signal: AbortSignal): Promise<Settled> {
  const result = run.then(
    (result): Settled => ({ kind: 'state', result, cancelled: signal.aborted }),
    (error: unknown): Settled => ({ kind: 'error', error, cancelled: signal.aborted })
  );
  let timer: NodeJS.Timeout | undefined;
  let timeUp!: (settled: Settled) => void;
  const deadline = new Promise<Settled>((resolve) => (timeUp = resolve));
  const arm = (): void => {
    timer = setTimeout(() => timeUp({ kind: 'timeout', cancelled: true }), STOP_GRACE_MS);
  };
  if (signal.aborted) arm();
  else signal.addEventListener('abort', arm, { once: true });
  try {
    return await Promise.race([result, deadline]);
  } finally {
    // A cancellation after this point (while the run is saved) must not start the clock.
    signal.removeEventListener('abort', arm);
    if (timer !== undefined) clearTimeout(timer);
  }
}

function isStopped(state: RunState): boolean {
  return state.status !== RunStatus.Running && state.status !== RunStatus.Created;
}

function loadFromDisk(root: string, runId: string): RunRecord | null {
  if (!existsSync(path.join(runDirectory(root, runId), 'state.json'))) return null;
  try {
    return loadRunRecord(root, runId);
  } catch {
    return null;
  }
}

/** Right after the cache client's own messages; a lost save is the step's error later. */
function reportSave(saved: SaveOutcome, store: RunStateStore, log: ActionLog, lost: boolean): void {
  // Artifacts left by a missing actions: write expire on their own: said, not warned.
  if (saved.partial) core.warning(saved.detail);
  else if (saved.saved || !store.enabled || lost || saved.failure === null) log.line(saved.detail);
  else core.warning(saved.detail);
}

async function report(
  record: RunRecord,
  github: GithubContext,
  log: ActionLog,
  saved: SaveOutcome,
  lost: boolean,
  interrupted: boolean,
  actionError: string | null,
  shown: { review: Review; reviewRecord: ReviewRecord | null; passed: PassedGate | null }
): Promise<void> {
  const { state } = record;
  const outputs = actionOutputs(state, gateAnswer(record)?.verdictInput ?? null);
  if (actionError !== null && outputs.values.error === '') outputs.values.error = actionError;
  if (lost) {
    outputs.values.status = `${state.status} (not saved)`;
    if (outputs.values.error === '') {
      outputs.values.error = notSavedError(state.runId, state.status, saved.failure ?? '');
    }
  }
  for (const [name, value] of Object.entries(outputs.values)) core.setOutput(name, value);
  if (outputs.truncated) {
    core.warning(
      "The outputs JSON was too large for GitHub's limit on a job's outputs; it was cut (outputs-truncated is true)."
    );
  }
  log.line(`Run ${state.runId}: ${state.status}`);
  let facts: SummaryFacts | null = null;
  try {
    facts = await gatherSummaryFacts({
      record,
      github,
      durations: log.durations,
      interrupted,
      cache: { saved: saved.saved, detail: saved.detail, failure: saved.failure },
      outputsTruncated: outputs.truncated
    });
  } catch (error) {
    core.warning(
      `Could not gather the job summary: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  if (facts !== null && shown.reviewRecord !== null) {
    await publishReview(shown.review, {
      summary: facts,
      runDir: state.runDir,
      reviewRecord: shown.reviewRecord,
      passed: shown.passed,
      saved: saved.saved && !lost
    });
  }
  if (facts === null) return;
  const gathered = facts;
  await writeSummary(async () => {
    let text = renderSummary(gathered);
    if (actionError !== null) {
      text += `\n> [!CAUTION]\n> The Action stopped with an error: ${escapeHtml(actionError).replace(/\n/g, ' ')}\n`;
    }
    return text;
  });
}

/** `lostSave`: why a run that could be resumed was not saved. */
function decideExit(
  state: RunState,
  inputs: ActionInputs,
  interrupted: boolean,
  lostSave: string | null,
  actionError: string | null
): void {
  if (actionError !== null) {
    fail(actionError);
  } else if (endedInFailure(state.status)) {
    fail(
      `run ${state.runId} ${state.status} at step ${haltingStepId(state) ?? '-'}: ${state.error ?? 'no error recorded'}` +
        (lostSave === null
          ? ''
          : ` (its state could not be saved, so it cannot be resumed from here: ${lostSave})`)
    );
  } else if (lostSave !== null) {
    fail(notSavedError(state.runId, state.status, lostSave));
  } else if (interrupted) {
    fail(
      `run ${state.runId} was interrupted and saved as paused; resume it with run-id ${state.runId}`
    );
  } else if (state.status === RunStatus.Paused && inputs.failOnPause) {
    fail(`run ${state.runId} is paused at ${state.currentStepId ?? '-'} (fail-on-pause is true)`);
  }
}

function fail(message: string): void {
  core.setFailed(message);
}

/** The gate this job's answer passed, and whose approvals counted; null when it passed none. */
function passedGate(judged: JudgedAnswer | null): PassedGate | null {
  if (judged === null || judged.gate === null || judged.judgement.result !== 'passes') return null;
  const { option } = judged.answer.given;
  return {
    gateStepId: judged.gate.stepId,
    option,
    by: judged.judgement.approvals.filter((a) => a.option === option)
  };
}

function describeJudgement(judged: JudgedAnswer): string {
  const { given } = judged.answer;
  const what = `The answer ${given.option} by ${given.actor} (${given.how})`;
  const { judgement } = judged;
  switch (judgement.result) {
    case 'passes':
      return `${what} passes gate ${judged.gate?.stepId ?? '-'}`;
    case 'recorded':
      return `${what} is counted: ${judgement.count} of ${judgement.needed} approvals`;
    default:
      return `${what} is ${judgement.result}: ${judgement.reason}`;
  }
}

/**
 * An answer that does not pass the gate (refused, stale, or an approval short of min-approvals).
 * The run does not go on; an answer to the gate it waits at is kept in its log (and an approval
 * in review.json) and saved, once this job has claimed the save as a resume would.
 */
async function settleUntakenAnswer(facts: {
  review: Review;
  log: ActionLog;
  target: SaveTarget;
  restored: RestoredRun;
  judged: JudgedAnswer;
  before: RunRecord;
  previous: ReviewRecord | null;
}): Promise<void> {
  const { review, log, target, restored, judged, before } = facts;
  const { runId, root } = { runId: before.state.runId, root: target.root };
  const { given } = judged.answer;
  const event = answerRecord(review, judged);
  let reason = event.reason;
  let result = event.result;
  let saved: SaveOutcome | null = null;
  let reviewRecord: ReviewRecord | null = null;
  if (judged.gate !== null) {
    try {
      await claimRestoredRun(restored, false);
      before.state.logNow({ ...event });
      reviewRecord = await nextReviewRecord(review, {
        record: before,
        previous: facts.previous,
        moved: false,
        resumedBy: null,
        threadFromEvent: false,
        approvals: judged.judgement.result === 'recorded' ? judged.judgement.approvals : null,
        started: false
      });
      keepReviewRecord(root, runId, reviewRecord, (message) => core.warning(message));
      saved = await log.group(`Save run ${runId} to the Actions cache`, () =>
        saveRunState(target, {
          runId,
          workflowId: before.state.workflowId,
          status: before.state.status
        })
      );
      log.line(saved.detail);
      if (saved.saved && saved.key) core.saveState(PHASE_STATE.savedKey, saved.key);
      if (!saved.saved && result === 'recorded') {
        result = 'refused';
        reason = `the approval could not be saved (${saved.failure ?? saved.detail}); answer again`;
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      log.line(`Run ${runId} was not updated with this answer: ${why}`);
      if (result === 'recorded') {
        result = 'refused';
        // Another job took the run meanwhile (its answer, a resume): this one must be given again.
        reason =
          error instanceof RunCacheError && error.reason === 'claimed'
            ? `another job took run ${runId} at the same time (${why}); answer again`
            : `the approval could not be recorded (${why}); answer again`;
      }
    }
  }
  await acknowledge(review, judged.answer, { result, reason });
  const line =
    result === 'recorded'
      ? `Counted the approval by ${given.actor} for run ${runId}: ${reason ?? ''}; the run waits for more`
      : `The answer ${given.option} by ${given.actor} to run ${runId} was not taken: ${reason ?? result}`;
  core.setOutput('run-id', runId);
  core.setOutput('status', before.state.status);
  if (result !== 'recorded') core.setOutput('error', line);

  const summary = await gatherSummaryFacts({
    // Its log and review.json are read from the run folder: the state itself is unchanged.
    record: before,
    github: review.github,
    cache:
      saved === null ? null : { saved: saved.saved, detail: saved.detail, failure: saved.failure }
  }).catch(() => null);
  if (summary !== null && reviewRecord !== null && saved?.saved === true) {
    await publishReview(review, {
      summary,
      runDir: before.state.runDir,
      reviewRecord,
      passed: null,
      saved: true
    });
  }
  await writeSummary(
    `${renderHandledSummary(line)}\n${summary === null ? '' : renderSummary(summary)}`
  );
  if (result === 'recorded') return;
  // A dispatch that did not pass fails; a comment's or review's refusal is answered on its thread.
  if (given.how === 'dispatch') fail(line);
  else core.warning(line);
}
