/**
 * What the main step leaves for the post step. Both phases run the same bundle; the runner
 * hands values saved with `core.saveState` in main to post as `STATE_<name>` variables.
 */
export const PHASE_STATE = {
  /** Set by main at once: its presence tells the bundle it runs as the post step. */
  isPost: 'isPost',
  /** The run main started or resumed (set as soon as it is known). */
  runId: 'run_id',
  projectRoot: 'project_root',
  cache: 'cache',
  /** The `state-store` main kept runs in (`cache` when it had no artifact home). */
  stateStore: 'state_store',
  prefix: 'cache_key_prefix',
  /** JSON array of the canonical persist paths. */
  persistPaths: 'persist_paths',
  /** The cache key main saved the run under; empty when main did not save it. */
  savedKey: 'saved_key',
  /**
   * On a resume, the restored state's `updated_at`: while the state on disk still has it, the
   * engine never took the run, and the post step must not save that copy over newer saves.
   */
  restoredUpdatedAt: 'restored_updated_at'
} as const;
