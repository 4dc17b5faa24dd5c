/**
 * The Action's bundle entry, run by the runner twice: as `main`, then as `post`. The main phase
 * saves `isPost` at once, and the runner hands it back only to the post phase.
 */
import * as core from '@actions/core';
import { run } from './main.js';
import { PHASE_STATE } from './phase-state.js';
import { runPost } from './post.js';

const isPost = core.getState(PHASE_STATE.isPost) === 'true';
if (!isPost) core.saveState(PHASE_STATE.isPost, 'true');

(isPost ? runPost() : run())
  .catch((error: unknown) => {
    core.setFailed(
      `specflow: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
    );
  })
  .finally(() => {
    // Do not wait for leftovers (keep-alive sockets, a step that ignored the cancellation):
    // the run is saved and reported. stdout is synchronous for files and pipes on Linux.
    process.exit();
  });
