/**
 * Reading a run's own records for the Action: the definition it runs (the copy in its folder),
 * a step's configuration by id, and the history of resumes kept in its log.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadWorkflowFile, type WorkflowDefinition } from '../engine/definition.js';
import { getOr, isDict, pyStr } from '../engine/pyvalue.js';
import type { StepConfig } from '../engine/types.js';

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

/** The configuration of the step with this id, searched through nested step lists too. */
export function findStepConfig(steps: unknown, id: string): StepConfig | null {
  const seen = new Set<unknown>();
  const visit = (value: unknown): StepConfig | null => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return null;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = visit(item);
        if (found) return found;
      }
      return null;
    }
    const dict = value as Record<string, unknown>;
    if (dict.id === id && (typeof dict.type === 'string' || 'run' in dict || 'command' in dict)) {
      return dict;
    }
    for (const child of Object.values(dict)) {
      const found = visit(child);
      if (found) return found;
    }
    return null;
  };
  return visit(steps);
}

/** A gate's `verdict_input`, when the step is a gate that names one. */
export function verdictInputOf(
  definition: WorkflowDefinition | null,
  stepId: string | null
): string | null {
  if (!definition || stepId === null) return null;
  const config = findStepConfig(definition.steps, stepId);
  const name = config?.verdict_input;
  return typeof name === 'string' && name !== '' ? name : null;
}

/** Every `resumed` event in the run's log, oldest first; unreadable lines are skipped. */
export function readResumeHistory(runDir: string): ResumeRecord[] {
  let text: string;
  try {
    text = readFileSync(path.join(runDir, 'log.jsonl'), 'utf8');
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
