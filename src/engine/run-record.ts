/**
 * A run as it was saved, read once: its state and the definition it runs (the
 * copy in its folder). Outputs, the summary, `status` and the resume hint all
 * read this, so none of them loads the files again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadWorkflowFile, type WorkflowDefinition } from './definition.js';
import { isValidRunId } from './ids.js';
import { RunState, runsRoot } from './run-state.js';

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
  if (!fs.existsSync(file)) return null;
  try {
    return loadWorkflowFile(file);
  } catch {
    return null;
  }
}

/** A run folder as listed: the run it holds, or why its state does not load. */
export type ListedRun = { runId: string; record: RunRecord } | { runId: string; error: string };

/**
 * Every run folder under the project, by run id. A folder whose state does not load is listed
 * with the reason, never left out: a damaged run is one to look at, not to lose track of.
 * Files beside the folders (locks, temp files) and names no run could have are not runs.
 */
export function listRunRecords(projectRoot: string): ListedRun[] {
  const root = runsRoot(projectRoot);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const runs: ListedRun[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const runId = entry.name;
    if (!isValidRunId(runId) || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    try {
      runs.push({ runId, record: loadRunRecord(projectRoot, runId) });
    } catch (err) {
      runs.push({ runId, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return runs;
}
