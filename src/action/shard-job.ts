/**
 * A shard job (`shard` with `run-id`): restore the run, run this shard's items of its
 * distributed fan-out as the engine would run them there, and save what they recorded and
 * changed as the shard's own cache entry. The run itself is not saved and does not go on: the
 * gather does that (so the post step, which saves an unsaved run, is never told of it).
 */
import * as core from '@actions/core';
import * as path from 'node:path';
import { indexRanges } from '../engine/distribution.js';
import type { WorkflowEngine } from '../engine/engine.js';
import { resumeRun } from '../engine/run-lifecycle.js';
import { RunState } from '../engine/run-state.js';
import { WorkflowError } from '../engine/types.js';
import { changeScope, ShardWork } from './distributed.js';
import type { GithubContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import type { ActionLog } from './log.js';
import { checkResumingRun, restoreRun } from './resume.js';
import type { SaveTarget } from './save.js';
import { shardFolder } from './shard-store.js';
import { escapeHtml } from './summary.js';

export interface ShardJob {
  inputs: ActionInputs;
  shard: number;
  runId: string;
  target: SaveTarget;
  engine: WorkflowEngine;
  github: GithubContext;
  log: ActionLog;
}

/** What the job summary says of the shard. */
export interface ShardJobOutcome {
  summary: string;
  /** Why the job fails: its items could not be run, or their results not saved. */
  failure: string | null;
}

export async function runShardJob(job: ShardJob): Promise<ShardJobOutcome> {
  const { inputs, shard, runId, target, engine, github, log } = job;
  const { root, store } = target;
  const restored = await log.group(`Restore run ${runId} for shard ${shard}`, () =>
    restoreRun({
      store,
      engine,
      root,
      runId,
      prefix: target.prefix,
      persistPaths: target.persistPaths,
      workflow: inputs.workflow,
      inputs: {},
      github,
      stateKey: target.stateKey ?? '',
      limits: inputs.stateLimits,
      note: (line) => log.line(line)
    })
  );
  const distribution = RunState.load(runId, root).distribution;
  if (distribution === null) {
    throw new WorkflowError(
      `run ${runId} has no distributed fan-out waiting for its shards: it was gathered already, or resumed since`
    );
  }
  const indexes = distribution.shards[shard - 1] ?? [];
  const folder = path.join(root, shardFolder(runId, distribution.id, shard));
  const work = await ShardWork.open(
    root,
    changeScope(inputs.distributeChanges, target.persistPaths),
    folder,
    indexes.length
  );
  const label = `shard ${shard} of ${distribution.shards.length} (items ${indexRanges(indexes)} of fan-out ${distribution.stepId})`;
  try {
    log.line(`Running ${label}`);
    await resumeRun(engine, {
      runId,
      inputs: {},
      // Items kept from before the distribution were never handed to a shard.
      rerunItems: false,
      shard: { number: shard, place: work },
      beforeContinue: async (resuming) => {
        checkResumingRun(resuming, restored, null);
      }
    });
  } finally {
    await work.close();
  }
  await work.write({ runId, distribution, shard, github });
  const account = work.account();
  log.line(`Shard ${shard}: ${account}`);
  const saved = await log.group(`Save shard ${shard} of run ${runId} to the Actions cache`, () =>
    store.saveShard({
      root,
      prefix: target.prefix,
      runId,
      distributionId: distribution.id,
      shard,
      githubRunId: github.runId,
      attempt: github.runAttempt,
      stateKey: target.stateKey,
      limits: target.limits
    })
  );
  const detail = saved.saved
    ? `Saved as ${saved.key}`
    : `Not saved: ${saved.reason}. Re-run this job, or the gather counts its items as failed`;
  log.line(detail);
  core.setOutput('run-id', runId);
  const summary =
    `## Shard ${shard} of run <code>${escapeHtml(runId)}</code>\n\n` +
    `${escapeHtml(label)}: ${escapeHtml(account)}.\n\n${escapeHtml(detail)}.\n` +
    `The gather job records these items and continues the run.\n`;
  return {
    summary,
    failure: saved.saved ? null : `shard ${shard} of run ${runId}: ${saved.reason}`
  };
}
