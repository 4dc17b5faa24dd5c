/**
 * Builds StepContexts for step tests: a fresh temporary project directory,
 * nobody to answer gates, a live AbortController and an OutputSink that
 * records everything written to it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputSink, StepContext } from '../../src/engine/types.js';

export interface CollectingSink extends OutputSink {
  readonly out: string[];
  readonly err: string[];
}

export function collectingSink(): CollectingSink {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (chunk) => void out.push(chunk),
    stderr: (chunk) => void err.push(chunk)
  };
}

export interface TestContext extends StepContext {
  output: CollectingSink;
  /** Aborts `signal`. */
  controller: AbortController;
  /** Removes the temporary project directory. */
  cleanup(): void;
}

const projects: string[] = [];

/** A temporary directory removed by `removeTempProjects` (call it in afterAll/afterEach). */
export function makeTempProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'specflow-step-'));
  projects.push(dir);
  return dir;
}

export function removeTempProjects(): void {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function makeContext(overrides: Partial<StepContext> = {}): TestContext {
  const controller = new AbortController();
  const projectRoot = overrides.projectRoot ?? makeTempProject();
  const context: TestContext = {
    inputs: {},
    steps: {},
    item: null,
    insideFanOut: false,
    fanIn: {},
    defaultIntegration: null,
    defaultModel: null,
    defaultOptions: {},
    runId: 'run-test',
    workflowDir: null,
    prompt: null,
    env: process.env,
    ...overrides,
    projectRoot,
    signal: overrides.signal ?? controller.signal,
    output: collectingSink(),
    controller,
    cleanup: () => rmSync(projectRoot, { recursive: true, force: true })
  };
  return context;
}
