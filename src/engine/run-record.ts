/**
 * A run as it was saved, read once: its state and the definition it runs (the
 * copy in its folder). Outputs, the summary, `status` and the resume hint all
 * read this, so none of them loads the files again.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { loadWorkflowFile, type WorkflowDefinition } from './definition.js';
import { RunState } from './run-state.js';

export interface RunRecord {
  state: RunState;
  /** The definition the run executes; null when its copy is missing or unreadable. */
  definition: WorkflowDefinition | null;
}

/** Load a saved run; throws a WorkflowError when its state is missing or damaged. */
export function loadRunRecord(projectRoot: string, runId: string): RunRecord {
  const state = RunState.load(runId, projectRoot);
  return { state, definition: savedDefinition(state) };
}

/** The definition saved with a run; null when it is missing or unreadable. */
export function savedDefinition(state: RunState): WorkflowDefinition | null {
  const file = path.join(state.runDir, 'workflow.yml');
  if (!existsSync(file)) return null;
  try {
    return loadWorkflowFile(file);
  } catch {
    return null;
  }
}
