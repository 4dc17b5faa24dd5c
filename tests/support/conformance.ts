/**
 * Differential conformance cases recorded from the reference engine
 * (spec-kit's Python workflow engine), replayed against specflow.
 *
 * A case is `cases/NAME.yml` (the workflow) with an optional `cases/NAME.json`
 * (`phases`, `inputs`, `env`, `files`, `ignore`); `expected/NAME.json` holds
 * the reference's normalized outcome of every phase. The normalization and
 * comparison are those of the shared conformance checker (check.py and
 * normalize.py), ported so CI can replay the recorded outcomes without the
 * reference or Python.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  isDict as isPyDict,
  isPyNumber,
  pyEquals,
  pyJsonLoads,
  pyNumberValue,
  setKey
} from '../../src/engine/pyvalue.js';

export interface CaseSpec {
  phases?: PhaseSpec[];
  ignore?: string[];
  env?: Record<string, string>;
  files?: Record<string, string>;
}

export interface PhaseSpec {
  op: 'run' | 'resume';
  inputs?: Record<string, string>;
  run_id?: string;
}

export interface NormalizedStep {
  type: unknown;
  status: unknown;
  output: unknown;
  error_present: boolean;
}

export interface NormalizedState {
  status: unknown;
  current_step_id: unknown;
  current_step_index: unknown;
  error_present: boolean;
  inputs: unknown;
  steps: Record<string, NormalizedStep | { bad_record: string }>;
}

export interface PhaseOutcome {
  op: string;
  exit: number | string;
  /** Set by the reference recorder: the workflow failed to load or validate. */
  stage?: string;
  state?: NormalizedState | { unreadable: string };
}

export interface CaseOutcome {
  phases: PhaseOutcome[];
}

/** How to run one CLI command in a project: returns its exit code and stdout. */
export type CliRunner = (
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv
) => Promise<{ code: number | string; stdout: string }>;

type Dict = Record<string, unknown>;

const isDict = (v: unknown): v is Dict => isPyDict(v);

/** Python's `bool()` of a JSON value (as normalize.py applies it to `error`). */
function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isDict(v)) return Object.keys(v).length > 0;
  return true;
}

/** normalize.py's `normalize_state`: what of a run's state is compared. */
export function normalizeState(state: Dict, inputsDoc: unknown, ignore: string[]): NormalizedState {
  // Python's re.fullmatch.
  const patterns = ignore.map((p) => new RegExp(`^(?:${p})$`, 'u'));
  const steps: NormalizedState['steps'] = {};
  const results = isDict(state.step_results) ? state.step_results : {};
  for (const [id, rec] of Object.entries(results)) {
    if (patterns.some((p) => p.test(id))) continue;
    if (!isDict(rec)) {
      setKey(steps, id, { bad_record: JSON.stringify(rec) });
      continue;
    }
    // setKey: a step id `__proto__` is an ordinary key.
    setKey(steps, id, {
      type: rec.type ?? null,
      status: rec.status ?? null,
      output: rec.output ?? null,
      error_present: truthy(rec.error)
    });
  }
  return {
    status: state.status ?? null,
    current_step_id: state.current_step_id ?? null,
    current_step_index: state.current_step_index ?? null,
    error_present: truthy(state.error),
    inputs: isDict(inputsDoc) ? (inputsDoc.inputs ?? null) : null,
    steps
  };
}

function show(v: unknown): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return JSON.stringify((text ?? String(v)).slice(0, 80));
}

/**
 * normalize.py's `diff`: differences between the expected and actual value.
 * A dict in `actual` may carry extra keys only under an `output`.
 */
export function diffValues(expected: unknown, actual: unknown, at = '$'): string[] {
  if (isDict(expected) && isDict(actual)) {
    const out: string[] = [];
    for (const k of Object.keys(expected)) {
      if (!Object.prototype.hasOwnProperty.call(actual, k)) out.push(`${at}.${k}: missing`);
      else out.push(...diffValues(expected[k], actual[k], `${at}.${k}`));
    }
    if (!at.includes('.output')) {
      for (const k of Object.keys(actual)) {
        if (!Object.prototype.hasOwnProperty.call(expected, k)) out.push(`${at}.${k}: unexpected`);
      }
    }
    return out;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return [`${at}: length ${actual.length} != ${expected.length}`];
    }
    return expected.flatMap((e, i) => diffValues(e, actual[i], `${at}[${i}]`));
  }
  if (typeof expected === 'boolean' || typeof actual === 'boolean') {
    return expected === actual ? [] : [`${at}: ${show(actual)} != ${show(expected)}`];
  }
  // Numbers compare by value (Python: 1 == 1.0), and a NaN recorded on both sides matches.
  if (isPyNumber(expected) && isPyNumber(actual)) {
    const bothNaN = Number.isNaN(pyNumberValue(expected)) && Number.isNaN(pyNumberValue(actual));
    return bothNaN || pyEquals(expected, actual)
      ? []
      : [`${at}: ${show(actual)} != ${show(expected)}`];
  }
  return expected === actual || (expected === null && actual === undefined)
    ? []
    : [`${at}: ${show(actual)} != ${show(expected)}`];
}

/** check.py's `compare`: every way a replayed case differs from the recorded one. */
export function compareOutcomes(expected: CaseOutcome, actual: CaseOutcome): string[] {
  const problems: string[] = [];
  const ep = expected.phases;
  const ap = actual.phases;
  if (ap.length < ep.length) problems.push(`ran ${ap.length} phases, expected ${ep.length}`);
  ep.forEach((e, i) => {
    const a = ap[i];
    if (a === undefined) return;
    if (e.exit !== a.exit) problems.push(`phase ${i} (${e.op}): exit ${a.exit} != ${e.exit}`);
    if (e.stage === 'validate' || e.stage === 'load') {
      if (a.state !== undefined)
        problems.push(`phase ${i}: a run was created for an invalid workflow`);
      return;
    }
    if (e.state !== undefined) {
      if (a.state === undefined) problems.push(`phase ${i}: no state.json`);
      else problems.push(...diffValues(e.state, a.state, 'state').map((d) => `phase ${i}: ${d}`));
    }
  });
  return problems;
}

/** Read JSON the way Python's json module does (NaN and Infinity included). */
export function readJson(file: string): unknown {
  return pyJsonLoads(fs.readFileSync(file, 'utf8'));
}

export function caseNames(dir: string): string[] {
  return fs
    .readdirSync(path.join(dir, 'expected'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function expectedOutcome(dir: string, name: string): CaseOutcome {
  return readJson(path.join(dir, 'expected', `${name}.json`)) as CaseOutcome;
}

/** check.py's `run_case`: replay a case's phases in a fresh project. */
export async function replayCase(dir: string, name: string, cli: CliRunner): Promise<CaseOutcome> {
  const caseYml = path.join(dir, 'cases', `${name}.yml`);
  const specFile = path.join(dir, 'cases', `${name}.json`);
  const spec: CaseSpec = fs.existsSync(specFile) ? (readJson(specFile) as CaseSpec) : {};
  const phases = spec.phases ?? [{ op: 'run' }];
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'speccase-'));
  fs.copyFileSync(caseYml, path.join(project, 'workflow.yml'));
  for (const [rel, text] of Object.entries(spec.files ?? {})) {
    const file = path.join(project, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k) && k !== 'SPECKIT_WORKFLOW_RUN_ID'
    )
  );
  Object.assign(env, spec.env ?? {});
  env.NO_COLOR ??= '1';
  const runs = path.join(project, '.specify', 'workflows', 'runs');
  const out: PhaseOutcome[] = [];
  let runId: string | null = null;
  try {
    for (const phase of phases) {
      const inputArgs = Object.entries(phase.inputs ?? {}).flatMap(([k, v]) => ['-i', `${k}=${v}`]);
      const phaseEnv = { ...env };
      let args: string[];
      if (phase.op === 'run') {
        if (phase.run_id) phaseEnv.SPECKIT_WORKFLOW_RUN_ID = phase.run_id;
        args = ['run', 'workflow.yml', '--json', ...inputArgs];
      } else {
        args = ['resume', runId ?? 'nope', '--json', ...inputArgs];
      }
      const { code, stdout } = await cli(args, project, phaseEnv);
      const result: PhaseOutcome = { op: phase.op, exit: code };
      try {
        const payload: unknown = JSON.parse(stdout);
        if (isDict(payload) && typeof payload.run_id === 'string' && payload.run_id) {
          runId = payload.run_id;
        }
      } catch {
        // No JSON on stdout: the run id is found on disk below.
      }
      if (runId === null && fs.existsSync(runs)) {
        const ids = fs
          .readdirSync(runs)
          .filter((d) => fs.existsSync(path.join(runs, d, 'state.json')));
        runId = ids.length === 1 ? ids[0] : null;
      }
      if (runId !== null && fs.existsSync(path.join(runs, runId, 'state.json'))) {
        try {
          const state = readJson(path.join(runs, runId, 'state.json')) as Dict;
          const inputsFile = path.join(runs, runId, 'inputs.json');
          const inputs = fs.existsSync(inputsFile) ? readJson(inputsFile) : {};
          result.state = normalizeState(state, inputs, spec.ignore ?? []);
        } catch (err) {
          result.state = { unreadable: (err as Error).message };
        }
      }
      out.push(result);
    }
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
  return { phases: out };
}

/** A runner that starts the built CLI as its own process, as a user would. */
export function processRunner(cliScript: string): CliRunner {
  return (args, cwd, env) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cliScript, ...args], {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'ignore']
      });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => (stdout += chunk));
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code: code ?? String(signal), stdout }));
    });
}
