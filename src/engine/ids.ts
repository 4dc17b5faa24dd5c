/**
 * The two identifier grammars, in one place: run ids become folder names and
 * cache keys; workflow ids are spec-kit's lowercase ids.
 */

/** A run id: one safe path component (no separators, no `..`, never starting with `-`). */
export const RUN_ID_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;

/**
 * The longest run id. It is part of every cache key (the service refuses keys
 * over 512 characters) and of a folder name; generated ids are 8 characters.
 */
export const MAX_RUN_ID_LENGTH = 128;

/** spec-kit's workflow id: lowercase alphanumerics with inner hyphens. */
export const WORKFLOW_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function isValidRunId(runId: unknown): runId is string {
  return runIdProblem(runId) === null;
}

/** Why `runId` is not a valid run id ("invalid run id ...: ..."), or null when it is one. */
export function runIdProblem(runId: unknown): string | null {
  if (typeof runId === 'string' && runId.length > MAX_RUN_ID_LENGTH) {
    return `invalid run id ${shown(runId)}: it is ${runId.length} characters long; the limit is ${MAX_RUN_ID_LENGTH}`;
  }
  if (typeof runId === 'string' && RUN_ID_PATTERN.test(runId)) return null;
  return `invalid run id ${shown(runId)}: use letters, digits, '-' and '_' only, starting with a letter or digit`;
}

/** A value for an error message, cut short so a huge input does not fill the screen. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(typeof value === 'string' ? cut : value) ?? String(value);
}

export function isValidWorkflowId(workflowId: unknown): workflowId is string {
  return typeof workflowId === 'string' && WORKFLOW_ID_PATTERN.test(workflowId);
}
