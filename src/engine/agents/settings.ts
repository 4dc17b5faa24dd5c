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
  pyStrip,
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

/** A key from integration.json, stripped as Python strips; null when it is not a non-blank string. */
function cleanIntegrationKey(key: unknown): string | null {
  if (typeof key !== 'string') return null;
  const stripped = pyStrip(key);
  return stripped === '' ? null : stripped;
}

/** Newest integration.json schema this code understands. */
const INTEGRATION_STATE_SCHEMA = 1;

/**
 * The project's default AI integration as recorded by `specify init` in
 * `.specify/integration.json`: `default_integration`, else the legacy
 * `integration`, else the first of `installed_integrations`. Null when the
 * file is missing, not UTF-8, not JSON (Python's json: NaN/Infinity are
 * accepted, a byte-order mark or a raw control character is not), not an
 * object, or written by a newer schema. The one reader for both
 * `integration: auto` and the agent steps, so they cannot pick different CLIs.
 */
export function readProjectIntegration(projectRoot: string): string | null {
  let text: string;
  try {
    const bytes = fs.readFileSync(path.join(projectRoot, '.specify', 'integration.json'));
    // Python reads it as strict UTF-8 and keeps a byte-order mark (which json then rejects).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  let data: unknown;
  try {
    data = pyJsonLoads(text);
  } catch {
    return null;
  }
  if (!isDict(data)) return null;
  const schema = data.integration_state_schema;
  // A file written by a newer spec-kit may mean something else.
  if (isPyInt(schema) && schema > INTEGRATION_STATE_SCHEMA) return null;
  const chosen =
    cleanIntegrationKey(data.default_integration) ?? cleanIntegrationKey(data.integration);
  if (chosen !== null) return chosen;
  const installed = Array.isArray(data.installed_integrations) ? data.installed_integrations : [];
  for (const key of installed) {
    const clean = cleanIntegrationKey(key);
    if (clean !== null) return clean;
  }
  return null;
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
