/** Step records for tests of the run files (state, journal) that need one to save. */
import { StepStatus, type StepRecord } from '../../src/engine/types.js';

/** A shell step's record: exit 0, `stdout` as its output, no error. */
export function shellRecord(
  stdout = 'hi\n',
  status: StepStatus = StepStatus.Completed
): StepRecord {
  return {
    type: 'shell',
    integration: null,
    model: null,
    options: {},
    input: {},
    output: { exit_code: 0, stdout, stderr: '' },
    status,
    error: null
  };
}
