/**
 * Runs workflows through the real engine in a temporary project, with
 * optional extra step types whose behaviour a test controls (latches,
 * deferred completions), so concurrency is proven by construction, never by
 * timing.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkflowDefinition } from '../../src/engine/definition.js';
import { WorkflowEngine, type EngineOptions } from '../../src/engine/engine.js';
import { STEP_TYPES } from '../../src/engine/steps/index.js';
import { validateWorkflow } from '../../src/engine/validate.js';
import type { RunState } from '../../src/engine/run-state.js';
import type { StepType } from '../../src/engine/types.js';

export function tempProject(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'specflow-engine-'));
}

export function header(id = 'sample'): string {
  return `schema_version: "1.0"\nworkflow:\n  id: ${id}\n  name: Sample\n  version: "0.1.0"\n`;
}

export interface Harness {
  project: string;
  engine: WorkflowEngine;
  definition(yaml: string): WorkflowDefinition;
  run(yaml: string, inputs?: Record<string, unknown>, runId?: string): Promise<RunState>;
  resume(runId: string, inputs?: Record<string, unknown>): Promise<RunState>;
  stateFile(runId: string): Record<string, unknown>;
  logLines(runId: string): Record<string, unknown>[];
}

export function harness(
  extraTypes: StepType[] = [],
  options: Partial<EngineOptions> = {}
): Harness {
  const project = options.projectRoot ?? tempProject();
  const stepTypes = new Map(STEP_TYPES);
  for (const t of extraTypes) stepTypes.set(t.type, t);
  const engine = new WorkflowEngine({ projectRoot: project, stepTypes, ...options });
  const runDir = (runId: string) => path.join(project, '.specify', 'workflows', 'runs', runId);
  const h: Harness = {
    project,
    engine,
    definition(yaml) {
      const file = path.join(project, 'workflow.yml');
      fs.writeFileSync(file, yaml);
      return engine.loadWorkflow(file);
    },
    async run(yaml, inputs = {}, runId) {
      const def = h.definition(yaml);
      const errors = validateWorkflow(def, stepTypes);
      if (errors.length > 0) throw new Error(`invalid test workflow: ${JSON.stringify(errors)}`);
      return engine.execute(def, inputs, runId);
    },
    resume(runId, inputs = {}) {
      return engine.resume(runId, inputs);
    },
    stateFile(runId) {
      return JSON.parse(fs.readFileSync(path.join(runDir(runId), 'state.json'), 'utf8'));
    },
    logLines(runId) {
      return fs
        .readFileSync(path.join(runDir(runId), 'log.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    }
  };
  return h;
}

/** A promise with its resolve exposed. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every already-runnable task and microtask run (a few event-loop turns). */
export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
}
