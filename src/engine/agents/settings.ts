/**
 * Settings shared by the agent steps (`command`, `prompt`): which
 * integration and model a step uses (their `timeout` is read with the
 * shell step's, by `timeoutIssue` in steps/step-config.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { evaluateExpression } from '../expressions.js';
import {
  hasKey,
  isDict,
  isPyInt,
  pyJsonLoads,
  pyKeys,
  recordPyKeyOrder,
  setKey
} from '../pyvalue.js';
import type { StepContext } from '../types.js';

function isUnset(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * A step's `integration` or `model`: the step's own value, else the
 * workflow's default when the step leaves it unset (absent, null or empty),
 * else `projectDefault()` when both are unset; a string holding `{{ }}` is
 * then evaluated. Non-string results are left for the caller to reject.
 */
export function resolveSetting(
  stepValue: unknown,
  workflowDefault: unknown,
  context: StepContext,
  projectDefault: () => string | null = () => null
): unknown {
  let value: unknown = isUnset(stepValue) ? workflowDefault : stepValue;
  if (isUnset(value)) value = projectDefault() ?? (value === undefined ? null : value);
  if (typeof value === 'string' && value !== '' && value.includes('{{')) {
    value = evaluateExpression(value, context);
  }
  return value;
}

/**
 * The project's default integration as recorded by `specify init` in
 * `.specify/integration.json`, or null when the file is missing or unusable.
 */
export function readProjectIntegration(projectRoot: string): string | null {
  if (!projectRoot) return null;
  let data: unknown;
  try {
    data = pyJsonLoads(
      fs.readFileSync(path.join(projectRoot, '.specify', 'integration.json'), 'utf8')
    );
  } catch {
    return null;
  }
  if (!isDict(data)) return null;
  const schema = data.integration_state_schema;
  // A file written by a newer spec-kit may mean something else.
  if (isPyInt(schema) && schema > 1) return null;
  const clean = (v: unknown): string | null =>
    typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  const installed = Array.isArray(data.installed_integrations) ? data.installed_integrations : [];
  return (
    clean(data.default_integration) ??
    clean(data.integration) ??
    installed.map(clean).find((k) => k) ??
    null
  );
}

/**
 * The merged options: the workflow's defaults, overridden key by key by the
 * step's, in Python's order (`dict.update` keeps a key where it first was).
 */
export function mergeOptions(
  workflowDefaults: unknown,
  stepOptions: Record<string, unknown>
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const order: string[] = [];
  for (const source of [isDict(workflowDefaults) ? workflowDefaults : {}, stepOptions]) {
    for (const key of pyKeys(source)) {
      if (!hasKey(merged, key)) order.push(key);
      setKey(merged, key, source[key]);
    }
  }
  recordPyKeyOrder(merged, order);
  return merged;
}
