/** Summary facts made by hand, for what no run can easily produce (a chart of hostile ids). */
import type { SummaryFacts } from '../../src/action/summary.js';
import { RunStatus } from '../../src/engine/types.js';

export function handMadeFacts(facts: Partial<SummaryFacts>): SummaryFacts {
  return {
    workflowName: 'w',
    workflowId: 'w',
    runId: 'r',
    status: RunStatus.Completed,
    interrupted: false,
    halt: null,
    topSteps: [],
    records: {},
    timings: {},
    durations: new Map(),
    resumes: [],
    answers: [],
    gate: null,
    failure: null,
    pullRequest: false,
    dispatch: null,
    cache: null,
    outputsTruncated: false,
    ...facts
  };
}
