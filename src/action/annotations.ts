/**
 * A workflow's problems as annotations on its file, one per problem, where the runner shows
 * them beside the line they are about.
 *
 * GitHub keeps at most 10 error annotations per step and drops the rest unseen. The step's
 * failure (core.setFailed) is one of them, so at most 9 are problems: past that, 8 are, and the
 * 9th says how many more the log lists.
 */
import * as core from '@actions/core';
import * as path from 'node:path';
import { InvalidWorkflowError } from '../engine/run-lifecycle.js';
import { formatValidationError, type ValidationError } from '../engine/validate.js';
import { WorkflowLoadError } from '../engine/yaml-source.js';

export const MAX_ERROR_ANNOTATIONS = 10;

/**
 * When `error` is a workflow's problems (it does not validate, or its YAML cannot be read at a
 * known place), annotate each and return the step's short failure message; otherwise null.
 * `workspace`: what annotation paths are relative to; `line`: a line for the job log.
 */
export function annotateWorkflowProblems(
  error: unknown,
  workspace: string,
  line: (text: string) => void
): string | null {
  let failure: string;
  let problems: readonly ValidationError[];
  if (error instanceof InvalidWorkflowError) {
    failure = `workflow ${error.source} is invalid`;
    problems = error.errors;
  } else if (
    error instanceof WorkflowLoadError &&
    error.file !== undefined &&
    error.line !== undefined
  ) {
    failure = `workflow ${workspacePath(error.file, workspace) ?? error.file} cannot be read`;
    problems = [{ message: error.reason, file: error.file, line: error.line, col: error.col }];
  } else {
    return null;
  }

  // One annotation stays for the step's own failure.
  const room = MAX_ERROR_ANNOTATIONS - 1;
  const annotated = problems.length <= room ? problems : problems.slice(0, room - 1);
  const rest = problems.slice(annotated.length);
  for (const problem of annotated) {
    const file = workspacePath(problem.file, workspace);
    core.error(formatValidationError({ ...problem, file: file ?? problem.file }), {
      title: 'Invalid workflow',
      file,
      startLine: problem.line,
      startColumn: problem.line === undefined ? undefined : problem.col
    });
  }
  if (rest.length > 0) {
    core.error(`… and ${rest.length} more problems, listed in the log`);
    line(`${rest.length} more problems:`);
    for (const problem of rest) {
      const file = workspacePath(problem.file, workspace) ?? problem.file;
      line(formatValidationError({ ...problem, file }));
    }
  }
  return `${failure}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
}

/** `file` relative to the workspace, '/'-separated as annotations want it; undefined outside. */
function workspacePath(file: string | undefined, workspace: string): string | undefined {
  if (file === undefined) return undefined;
  const relative = path.relative(workspace, path.resolve(workspace, file));
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`);
  if (relative === '' || outside || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
