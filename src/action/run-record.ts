/**
 * Reading a run's own records for the Action: the definition it runs (the copy in its folder),
 * a gate's verdict input, and the history of resumes kept in its log.
 */
import { existsSync } from 'node:fs';
import { readRegularText } from '../engine/files.js';
import * as path from 'node:path';
import { loadWorkflowFile, type WorkflowDefinition } from '../engine/definition.js';
import { getOr, isDict, pyStr } from '../engine/pyvalue.js';
import { verdictInputFor } from '../engine/outcome.js';

/** The `resumed` event the Action adds to a run's log.jsonl. */
export interface ResumeRecord {
  event: 'resumed';
  actor: string | null;
  triggering_actor: string | null;
  github_run_id: string;
  github_run_attempt: string;
  /** The gate the run rested on, its verdict input and the verdict given (if any). */
  gate: string | null;
  verdict_input: string | null;
  verdict: string | null;
  /** Names of the inputs this resume set. */
  inputs: string[];
  timestamp?: string;
}

/** The definition saved with the run; null when it is missing or unreadable. */
export function loadRunDefinition(runDir: string): WorkflowDefinition | null {
  const file = path.join(runDir, 'workflow.yml');
  if (!existsSync(file)) return null;
  try {
    return loadWorkflowFile(file);
  } catch {
    return null;
  }
}

/** The top-level steps of a definition as (id, type) pairs, with the engine's defaults. */
export function topLevelSteps(
  definition: WorkflowDefinition | null
): { id: string; type: string }[] {
  const steps = definition?.steps;
  if (!Array.isArray(steps)) return [];
  return steps.map((config, i) => {
    const step = isDict(config) ? config : {};
    return {
      id: pyStr(getOr(step, 'id', `step-${i}`)),
      type: pyStr(getOr(step, 'type', 'command'))
    };
  });
}

/** A gate's `verdict_input`, when the step is a gate that names one. */
export function verdictInputOf(
  definition: WorkflowDefinition | null,
  stepId: string | null
): string | null {
  return definition && stepId !== null ? verdictInputFor(definition, stepId) : null;
}

/** Every `resumed` event in the run's log, oldest first; unreadable lines are skipped. */
export function readResumeHistory(runDir: string): ResumeRecord[] {
  let text: string;
  try {
    text = readRegularText(path.join(runDir, 'log.jsonl'));
  } catch {
    return [];
  }
  const records: ResumeRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('"resumed"')) continue;
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (entry.event === 'resumed') records.push(entry as unknown as ResumeRecord);
    } catch {
      // A damaged line does not hide the others.
    }
  }
  return records;
}
