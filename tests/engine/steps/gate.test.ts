import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gateStep } from '../../../src/engine/steps/gate.js';
import { InterruptedError, type GatePrompt } from '../../../src/engine/types.js';
import { makeContext, makeTempProject, removeTempProjects } from '../../support/context.js';

afterAll(removeTempProjects);

const keysOf = (config: Record<string, unknown>) => gateStep.validate(config).map((i) => i.key);

/** A prompt that answers `choice` and remembers what it was shown. */
function answering(choice: string): GatePrompt & { shown: [string, string[]][] } {
  const shown: [string, string[]][] = [];
  const prompt = async (text: string, options: string[]) => {
    shown.push([text, options]);
    return choice;
  };
  return Object.assign(prompt, { shown });
}

describe('gate validate', () => {
  it('accepts a complete step and the defaults', () => {
    expect(keysOf({ id: 'g', message: 'm' })).toEqual([]);
    expect(
      keysOf({
        id: 'g',
        message: 'm',
        options: ['Yes', 'Abort'],
        on_reject: 'retry',
        verdict_input: 'v'
      })
    ).toEqual([]);
    expect(keysOf({ id: 'g', message: 'm', options: ['yes', 'no'], on_reject: 'skip' })).toEqual(
      []
    );
  });

  it('requires id and message', () => {
    expect(keysOf({})).toEqual(['id', 'message']);
  });

  it('wants a non-empty list of string options', () => {
    expect(keysOf({ id: 'g', message: 'm', options: 'approve' })).toEqual(['options']);
    // An empty list also has no reject option for the default on_reject: abort.
    expect(keysOf({ id: 'g', message: 'm', options: [] })).toEqual(['options', 'options']);
    expect(keysOf({ id: 'g', message: 'm', options: ['reject', 1], on_reject: 'skip' })).toEqual([
      'options'
    ]);
  });

  it('wants on_reject to be abort, skip or retry', () => {
    expect(keysOf({ id: 'g', message: 'm', on_reject: 'Abort' })).toEqual(['on_reject']);
    expect(keysOf({ id: 'g', message: 'm', on_reject: null })).toEqual(['on_reject']);
  });

  it('wants verdict_input to be a non-empty string', () => {
    expect(keysOf({ id: 'g', message: 'm', verdict_input: '' })).toEqual(['verdict_input']);
    expect(keysOf({ id: 'g', message: 'm', verdict_input: null })).toEqual(['verdict_input']);
  });

  it('wants a reject or abort option when rejecting aborts or retries', () => {
    expect(keysOf({ id: 'g', message: 'm', options: ['yes', 'no'] })).toEqual(['options']);
    expect(keysOf({ id: 'g', message: 'm', options: ['yes', 'no'], on_reject: 'retry' })).toEqual([
      'options'
    ]);
  });
});

describe('gate execute without anyone to ask', () => {
  it('pauses, recording the resolved message and show_file', async () => {
    const result = await gateStep.execute(
      { id: 'g', message: 'Review {{ inputs.x }}', show_file: '{{ inputs.f }}' },
      makeContext({ inputs: { x: 'it', f: 'spec.md' } })
    );
    expect(result).toEqual({
      status: 'paused',
      output: {
        message: 'Review it',
        options: ['approve', 'reject'],
        on_reject: 'abort',
        show_file: 'spec.md',
        choice: null
      }
    });
  });

  it('uses the defaults and records non-string values as given (show_file as text)', async () => {
    expect((await gateStep.execute({ id: 'g' }, makeContext())).output).toEqual({
      message: 'Review required.',
      options: ['approve', 'reject'],
      on_reject: 'abort',
      show_file: null,
      choice: null
    });
    const result = await gateStep.execute({ id: 'g', message: 42, show_file: 7 }, makeContext());
    expect(result.output).toMatchObject({ message: 42, show_file: '7' });
  });

  it('fails on bad options or on_reject before pausing', async () => {
    for (const extra of [
      { options: 'approve' },
      { options: [] },
      { options: ['a', 1] },
      { on_reject: 'Abort' },
      { on_reject: null }
    ]) {
      const config = { id: 'g', message: 'm', ...extra };
      const result = await gateStep.execute(config, makeContext());
      expect(result.status).toBe('failed');
      expect(result.output).toEqual({
        message: 'm',
        options: getOptions(config),
        on_reject: getOnReject(config),
        choice: null
      });
    }
  });

  it('records what it would have shown, nothing evaluated, when its settings do not parse', async () => {
    // Every parse failure records the same (the reference records nothing for a bad verdict_input).
    for (const verdictInput of ['', null, 3]) {
      const result = await gateStep.execute(
        { id: 'g', message: 'm', verdict_input: verdictInput },
        makeContext()
      );
      expect(result).toEqual({
        status: 'failed',
        output: { message: 'm', options: ['approve', 'reject'], on_reject: 'abort', choice: null },
        error: "Gate step 'g': 'verdict_input' must be a non-empty string."
      });
    }
    // Failing before doing anything: the message is not evaluated (so cannot fail instead).
    const result = await gateStep.execute(
      { id: 'g', message: '{{ inputs.nope | nosuchfilter }}', options: [] },
      makeContext()
    );
    expect(result.output.message).toBe('{{ inputs.nope | nosuchfilter }}');
    expect(result.error).toBe(
      "Gate step 'g': 'options' must be a non-empty list of strings, not list."
    );
  });

  it('fails on a verdict_input inside a fan-out (known only when it runs) with an empty output', async () => {
    const inFanOut = await gateStep.execute(
      { id: 'g', message: 'm', verdict_input: 'v' },
      makeContext({ insideFanOut: true })
    );
    expect(inFanOut).toMatchObject({ status: 'failed', output: {} });
    expect(inFanOut.error).toBeTruthy();
  });
});

function getOptions(config: Record<string, unknown>): unknown {
  return 'options' in config ? config.options : ['approve', 'reject'];
}
function getOnReject(config: Record<string, unknown>): unknown {
  return 'on_reject' in config ? config.on_reject : 'abort';
}

describe('gate verdicts from an input', () => {
  const base = { id: 'g', message: 'm', verdict_input: 'v' };
  const output = (choice: unknown) => ({
    message: 'm',
    options: ['approve', 'reject'],
    on_reject: 'abort',
    show_file: null,
    choice
  });

  it('completes with the option matching the verdict case-insensitively', async () => {
    const result = await gateStep.execute(base, makeContext({ inputs: { v: 'APPROVE' } }));
    expect(result).toEqual({ status: 'completed', output: output('approve') });
  });

  it('fails with aborted on a reject verdict under on_reject abort', async () => {
    const result = await gateStep.execute(base, makeContext({ inputs: { v: 'reject' } }));
    expect(result.status).toBe('failed');
    expect(result.output).toEqual({ ...output('reject'), aborted: true });
  });

  it('pauses and clears the verdict under on_reject retry', async () => {
    const context = makeContext({ inputs: { v: 'Reject' } });
    const result = await gateStep.execute({ ...base, on_reject: 'retry' }, context);
    expect(result).toEqual({
      status: 'paused',
      output: { ...output('reject'), on_reject: 'retry' }
    });
    expect(context.inputs.v).toBe('');
  });

  it('completes under on_reject skip', async () => {
    const result = await gateStep.execute(
      { ...base, on_reject: 'skip' },
      makeContext({ inputs: { v: 'reject' } })
    );
    expect(result).toEqual({
      status: 'completed',
      output: { ...output('reject'), on_reject: 'skip' }
    });
  });

  it('fails on a verdict that is no option or not a string', async () => {
    for (const v of ['maybe', 0, false]) {
      const result = await gateStep.execute(base, makeContext({ inputs: { v } }));
      expect(result).toEqual({ status: 'failed', output: output(null), error: expect.any(String) });
    }
  });

  it('pauses when the verdict is empty or absent', async () => {
    for (const inputs of [{ v: '' }, { v: null }, {}]) {
      expect((await gateStep.execute(base, makeContext({ inputs }))).status).toBe('paused');
    }
  });
});

describe('gate answers handed over by a resume (context.takeAnswer)', () => {
  /** A seam holding `answer` for the step `forId`, noting which ids asked for it. */
  function handing(answer: string, forId: string) {
    const asked: string[] = [];
    const takeAnswer = (stepId: string) => {
      asked.push(stepId);
      return stepId === forId ? answer : null;
    };
    return { takeAnswer, asked };
  }

  it('takes the answer for its own id before asking anyone', async () => {
    const seam = handing('reject', 'g');
    const prompt = answering('approve');
    const result = await gateStep.execute(
      { id: 'g', message: 'm', on_reject: 'skip' },
      makeContext({ takeAnswer: seam.takeAnswer, prompt })
    );
    expect(result.status).toBe('completed');
    expect(result.output.choice).toBe('reject');
    expect(seam.asked).toEqual(['g']);
    expect(prompt.shown).toEqual([]);
  });

  it('pauses when the answer is for another gate', async () => {
    const seam = handing('approve', 'other');
    const result = await gateStep.execute(
      { id: 'g', message: 'm' },
      makeContext({ takeAnswer: seam.takeAnswer })
    );
    expect(result.status).toBe('paused');
  });

  it('fails on an answer that is none of its options', async () => {
    const seam = handing('Approve', 'g');
    const result = await gateStep.execute(
      { id: 'g', message: 'm' },
      makeContext({ takeAnswer: seam.takeAnswer })
    );
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/the answer 'Approve' is none of the options/);
  });

  it('reads a verdict input before any answer, unless answeredGatesOnly', async () => {
    const config = { id: 'g', message: 'm', verdict_input: 'v', on_reject: 'retry' };
    const loose = await gateStep.execute(
      config,
      makeContext({ inputs: { v: 'approve' }, takeAnswer: handing('reject', 'g').takeAnswer })
    );
    expect(loose.output.choice).toBe('approve');
    // Strict: the saved verdict passes nothing; nobody answered, so the gate pauses.
    const strictContext = makeContext({ inputs: { v: 'approve' }, answeredGatesOnly: true });
    const unanswered = await gateStep.execute(config, strictContext);
    expect(unanswered).toMatchObject({ status: 'paused', output: { choice: null } });
    expect(strictContext.inputs.v).toBe('approve');
    // An answered reject under retry clears the input, as a verdict read from it would.
    const answered = makeContext({
      inputs: { v: 'reject' },
      answeredGatesOnly: true,
      takeAnswer: handing('reject', 'g').takeAnswer
    });
    const retried = await gateStep.execute(config, answered);
    expect(retried).toMatchObject({ status: 'paused', output: { choice: 'reject' } });
    expect(answered.inputs.v).toBe('');
  });
});

describe('gate execute with someone to ask', () => {
  it('shows the message, the options and the show_file contents', async () => {
    const projectRoot = makeTempProject();
    writeFileSync(join(projectRoot, 'f.md'), 'line1\r\nline2\x1b[31m\n\nlast');
    const prompt = answering('Approve');
    const result = await gateStep.execute(
      { id: 'g', message: 'Look', options: ['Approve', 'Reject'], show_file: 'f.md' },
      makeContext({ projectRoot, prompt })
    );
    expect(prompt.shown).toEqual([
      ['Look\n\nf.md:\n  line1\n  line2[31m\n  \n  last', ['Approve', 'Reject']]
    ]);
    expect(result).toEqual({
      status: 'completed',
      output: {
        message: 'Look',
        options: ['Approve', 'Reject'],
        on_reject: 'abort',
        show_file: 'f.md',
        choice: 'Approve'
      }
    });
  });

  it('treats a picked Reject as a rejection', async () => {
    const result = await gateStep.execute(
      { id: 'g', message: 'Look', options: ['Approve', 'Reject'] },
      makeContext({ prompt: answering('Reject') })
    );
    expect(result.status).toBe('failed');
    expect(result.output).toMatchObject({ choice: 'Reject', aborted: true });
  });

  it('pauses on a rejection under retry, clearing nothing without a bound verdict', async () => {
    const context = makeContext({ prompt: answering('reject'), inputs: { v: '' } });
    const result = await gateStep.execute(
      { id: 'g', message: 'm', on_reject: 'retry', verdict_input: 'v' },
      context
    );
    expect(result).toMatchObject({ status: 'paused', output: { choice: 'reject' } });
    expect(context.inputs).toEqual({ v: '' });
  });

  it('shows the message alone without show_file, and does not ask when a verdict is bound', async () => {
    const prompt = answering('approve');
    await gateStep.execute({ id: 'g', message: 7 }, makeContext({ prompt }));
    expect(prompt.shown).toEqual([['7', ['approve', 'reject']]]);
    const unused = answering('reject');
    const result = await gateStep.execute(
      { id: 'g', message: 'm', verdict_input: 'v' },
      makeContext({ prompt: unused, inputs: { v: 'approve' } })
    );
    expect(result.output.choice).toBe('approve');
    expect(unused.shown).toEqual([]);
  });
});

describe('gate interrupted while asking', () => {
  it('throws InterruptedError when the run is aborted before the answer comes', async () => {
    const context = makeContext();
    context.prompt = () => {
      context.controller.abort();
      return new Promise<string>(() => {});
    };
    await expect(gateStep.execute({ id: 'g', message: 'm' }, context)).rejects.toBeInstanceOf(
      InterruptedError
    );
  });
});
