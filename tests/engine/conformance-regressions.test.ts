/**
 * Behaviours found to differ from the reference engine by differential
 * testing (see tests/conformance.test.ts for the recorded cases), pinned here
 * through the engine itself.
 */
import { STEP_TYPES } from '../../src/engine/steps/index.js';
import { validateWorkflow } from '../../src/engine/validate.js';
import { harness, header } from '../support/engine-harness.js';

describe('switch cases whose keys are different Python values with the same text', () => {
  const yaml = (expression: string, first: string, second: string) => `${header()}steps:
  - id: sw
    type: switch
    expression: "${expression}"
    cases:
      ${first}:
        - id: first
          type: shell
          run: "echo first"
      ${second}:
        - id: second
          type: shell
          run: "echo second"
`;

  test.each([
    ['{{ true }}', 'true', '"True"'],
    ['{{ 16 }}', '0x10', '"16"'],
    ["{{ '1.5' }}", '1.50', '"1.5"'],
    ['None', '~', '"None"']
  ])('%s matches the first of %s and %s, as str(key) == value does in order', async (e, a, b) => {
    const state = await harness().run(yaml(e, a, b));
    expect(state.status).toBe('completed');
    expect(state.stepResults.first?.status).toBe('completed');
    expect(state.stepResults.second).toBeUndefined();
  });

  test('the steps of the later case are still validated', () => {
    const h = harness();
    const def = h.definition(`${header()}steps:
  - id: sw
    type: switch
    expression: x
    cases:
      1:
        - id: a
          type: shell
          run: "echo a"
      "1":
        - id: a
          type: shell
`);
    const messages = validateWorkflow(def, STEP_TYPES).map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/'a' is used more than once/),
        expect.stringMatching(/'a' has no 'run'/)
      ])
    );
  });
});

describe('dicts with integer-like keys render in Python order', () => {
  test('JSON output, a fan-in output and the inputs, also after a resume', async () => {
    const h = harness();
    const yaml = `${header()}inputs:
  b: { default: x }
  "2": { default: y }
steps:
  - id: j
    type: shell
    run: "printf '{\\"b\\": 1, \\"10\\": 2}'"
    output_format: json
  - id: fi
    type: fan-in
    wait_for: [j]
    output:
      z: "{{ fan_in.results[0].data.b }}"
      2: two
  - id: once
    type: shell
    run: "[ -f ok ] || { touch ok; exit 1; }"
  - id: show
    type: shell
    run: "printf '%s' \\"{{ steps.j.output.data }} {{ steps.fi.output }} {{ inputs }}\\""
`;
    expect((await h.run(yaml, {}, 'order')).status).toBe('failed');
    const state = await h.resume('order');
    expect(state.status).toBe('completed');
    expect(state.stepResults.show.output.stdout).toBe(
      "{'b': 1, '10': 2} {'results': [{'exit_code': 0, 'stdout': '{b: 1, 10: 2}', 'stderr': '', 'data': {'b': 1, '10': 2}}], 'z': 1, '2': 'two'} {'b': 'x', '2': 'y'}"
    );
  });
});
