/**
 * `init` step: bootstraps a spec-kit project by running `specify init` with
 * the arguments the reference passes (`--here`, `--integration`, `--script`,
 * `--force`, `--ignore-agent-tools`, `--preset`...). The reference calls its
 * own CLI in-process; specflow runs the `specify` executable from PATH.
 */
import * as fs from 'node:fs';

import { findExecutable } from '../agents/executables.js';
import { INTEGRATIONS } from '../agents/integrations.js';
import { MAX_CAPTURE_BYTES } from '../agents/dispatch.js';
import { evaluateExpression } from '../expressions.js';
import { baseIssues, defineStep, parsed, stepLabel } from './step-config.js';
import { runProcess } from '../process.js';
import { getOr, pyRepr, pyStr, pyTruthy } from '../pyvalue.js';
import {
  InterruptedError,
  StepStatus,
  type ParsedStep,
  type StepConfig,
  type StepContext,
  type StepIssue,
  type StepResult,
  type StepType
} from '../types.js';

export const SCRIPT_TYPES = ['sh', 'ps', 'py'] as const;

/** Integration `specify init` picks when none is given (overridable with SPECKIT_INTEGRATION_DEFAULT). */
export const DEFAULT_INIT_INTEGRATION = 'copilot';
export const DEFAULT_INIT_INTEGRATION_VAR = 'SPECKIT_INTEGRATION_DEFAULT';

/** Folders the engine itself may have created in the project before this step runs. */
const ENGINE_OWNED_DIRS = new Set(['.specify']);

export const SPECIFY_INSTALL_HINT =
  'install it in an earlier job step, e.g. `uv tool install specify-cli --from git+https://github.com/github/spec-kit.git` ' +
  '(or `pipx install git+https://github.com/github/spec-kit.git`)';

function resolve(value: unknown, context: StepContext): unknown {
  return typeof value === 'string' && value.includes('{{')
    ? evaluateExpression(value, context)
    : value;
}

/** Config flags accept booleans, numbers and the texts true/1/yes. */
function resolveFlag(value: unknown, context: StepContext): boolean {
  const resolved = resolve(value, context);
  if (typeof resolved === 'string')
    return ['true', '1', 'yes'].includes(resolved.trim().toLowerCase());
  return pyTruthy(resolved);
}

function defaultInitIntegration(context: StepContext): string {
  const override = (context.env[DEFAULT_INIT_INTEGRATION_VAR] ?? '').trim();
  if (!override) return DEFAULT_INIT_INTEGRATION;
  if (INTEGRATIONS.has(override)) return override;
  context.output.stderr(
    `warning: ${DEFAULT_INIT_INTEGRATION_VAR}=${JSON.stringify(override)} is not an integration spec-kit knows; ` +
      `using ${JSON.stringify(DEFAULT_INIT_INTEGRATION)}.\n`
  );
  return DEFAULT_INIT_INTEGRATION;
}

type DirectoryCheck = { ok: true; onlyEngineDirs: boolean } | { ok: false; error: string };

/** Whether the target folder holds anything besides engine-owned folders. */
function inspectTarget(base: string): DirectoryCheck {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(base, { withFileTypes: true });
  } catch (err) {
    return {
      ok: false,
      error: `Cannot look inside the target directory ${pyRepr(base)}: ${(err as Error).message}`
    };
  }
  let engineDirs = false;
  for (const entry of entries) {
    if (ENGINE_OWNED_DIRS.has(entry.name) && entry.isDirectory()) engineDirs = true;
    else {
      return {
        ok: false,
        error:
          `Target directory ${pyRepr(base)} is not empty, and specify init would ask before merging into it. ` +
          "Set 'force: true' on the step to merge anyway."
      };
    }
  }
  return { ok: true, onlyEngineDirs: engineDirs };
}

/** The init step's settings as written: each may be an expression, evaluated when the step runs. */
interface InitSettings {
  project: unknown;
  here: unknown;
  integration: unknown;
  integrationOptions: unknown;
  script: unknown;
  preset: unknown;
  force: unknown;
  ignoreAgentTools: unknown;
}

function parse(config: StepConfig): ParsedStep<InitSettings> {
  const issues: StepIssue[] = baseIssues(config);
  const script = getOr(config, 'script', null);
  const choices = SCRIPT_TYPES.map((s) => pyRepr(s)).join(', ');
  // The reference passes any script to `specify init`, which refuses an unknown one; validation refuses it first.
  if (script !== null && typeof script !== 'string') {
    issues.push({
      message: `Init step ${stepLabel(config)}: 'script' must be a string, one of ${choices}.`,
      key: 'script',
      advisory: true
    });
  } else if (
    typeof script === 'string' &&
    !script.includes('{{') &&
    !(SCRIPT_TYPES as readonly string[]).includes(script)
  ) {
    issues.push({
      message: `Init step ${stepLabel(config)}: 'script' must be one of ${choices}.`,
      key: 'script',
      advisory: true
    });
  }
  return parsed(issues, () => ({
    project: getOr(config, 'project', null),
    here: getOr(config, 'here', null),
    integration: getOr(config, 'integration', null),
    integrationOptions: getOr(config, 'integration_options', null),
    script,
    preset: getOr(config, 'preset', null),
    force: getOr(config, 'force', null),
    // An explicit null means the default too.
    ignoreAgentTools: getOr(config, 'ignore_agent_tools', null) ?? true
  }));
}

async function run(settings: InitSettings, context: StepContext): Promise<StepResult> {
  const project = resolve(settings.project, context);
  const here = resolveFlag(settings.here, context);

  let integration = resolve(settings.integration, context);
  if (!pyTruthy(integration)) integration = resolve(context.defaultIntegration, context);
  // Record the integration `specify init` will actually pick.
  if (!pyTruthy(integration)) integration = defaultInitIntegration(context);

  const integrationOptions = resolve(settings.integrationOptions, context);
  const script = resolve(settings.script, context);
  const preset = resolve(settings.preset, context);
  let force = resolveFlag(settings.force, context);
  // Unattended runs skip the agent-CLI check unless told otherwise.
  const ignoreAgentTools = resolveFlag(settings.ignoreAgentTools, context);

  const argv = ['init'];
  if (here) argv.push('--here');
  else if (pyTruthy(project)) argv.push(pyStr(project));
  else argv.push('.');
  if (pyTruthy(integration)) argv.push('--integration', pyStr(integration));
  if (pyTruthy(integrationOptions)) argv.push('--integration-options', pyStr(integrationOptions));
  if (pyTruthy(script)) argv.push('--script', pyStr(script));
  if (pyTruthy(preset)) argv.push('--preset', pyStr(preset));
  if (ignoreAgentTools) argv.push('--ignore-agent-tools');

  const outputWith = (
    exitCode: number,
    stdout: string,
    stderr: string
  ): Record<string, unknown> => ({
    argv,
    project,
    here,
    integration,
    integration_options: integrationOptions,
    script,
    preset,
    force,
    ignore_agent_tools: ignoreAgentTools,
    exit_code: exitCode,
    stdout,
    stderr
  });
  const failWith = (message: string): StepResult => ({
    status: StepStatus.Failed,
    output: outputWith(1, '', message),
    error: message
  });

  // `specify init` would stop to ask about a non-empty current directory,
  // and nobody can answer in a workflow: fail early instead. Only engine
  // folders present counts as empty, with --force so init does not ask.
  const targetsCurrentDir = here || !pyTruthy(project) || pyStr(project) === '.';
  const cwd = context.projectRoot || process.cwd();
  if (targetsCurrentDir && !force) {
    const check = inspectTarget(cwd);
    if (!check.ok) return failWith(check.error);
    if (check.onlyEngineDirs) force = true;
  }
  if (force) argv.push('--force');

  const specify = findExecutable('specify', context.env, cwd);
  if (!specify) return failWith(`The specify CLI was not found on PATH; ${SPECIFY_INSTALL_HINT}.`);

  const outcome = await runProcess({
    command: specify,
    args: argv,
    cwd,
    env: context.env,
    signal: context.signal,
    output: context.output,
    groups: context.processGroups,
    maxCaptureBytes: MAX_CAPTURE_BYTES
  });
  if (outcome.aborted) {
    throw new InterruptedError('specify init was stopped because the run was interrupted');
  }
  if (outcome.spawnError)
    return failWith(`specify init could not be started: ${outcome.spawnError.message}`);

  const output = outputWith(outcome.exitCode, outcome.stdout, outcome.stderr);
  output.truncated = outcome.stdoutTruncated || outcome.stderrTruncated;
  if (outcome.exitCode !== 0) {
    const detail = outcome.stderr.trim() || outcome.stdout.trim();
    const error = detail
      ? `specify init exited with code ${outcome.exitCode}:\n${detail.slice(-2000)}`
      : `specify init exited with code ${outcome.exitCode}.`;
    return { status: StepStatus.Failed, output, error };
  }
  return { status: StepStatus.Completed, output };
}

export const initStep: StepType = defineStep({ type: 'init', parse, run });
