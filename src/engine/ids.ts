/**
 * The two identifier grammars, in one place: run ids become folder names and
 * cache keys; workflow ids are spec-kit's lowercase ids.
 */

/** A run id: one safe path component (no separators, no `..`, never starting with `-`). */
export const RUN_ID_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;

/** spec-kit's workflow id: lowercase alphanumerics with inner hyphens. */
export const WORKFLOW_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function isValidRunId(runId: unknown): runId is string {
  return typeof runId === 'string' && RUN_ID_PATTERN.test(runId);
}

export function isValidWorkflowId(workflowId: unknown): workflowId is string {
  return typeof workflowId === 'string' && WORKFLOW_ID_PATTERN.test(workflowId);
}
