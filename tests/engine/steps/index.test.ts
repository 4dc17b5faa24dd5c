import { getStepType, STEP_TYPES } from '../../../src/engine/steps/index.js';

describe('step type registry', () => {
  it('registers every built-in step type under its YAML type', () => {
    expect([...STEP_TYPES.keys()].sort()).toEqual([
      'command',
      'do-while',
      'fan-in',
      'fan-out',
      'gate',
      'if',
      'init',
      'prompt',
      'shell',
      'switch',
      'while'
    ]);
    for (const [type, step] of STEP_TYPES) expect(step.type).toBe(type);
  });

  it('looks types up by name', () => {
    expect(getStepType('shell')?.type).toBe('shell');
    expect(getStepType('nope')).toBeUndefined();
  });

  it('applies the shared id rule in every type', () => {
    for (const step of STEP_TYPES.values()) {
      expect(step.validate({}).some((issue) => issue.key === 'id')).toBe(true);
    }
  });
});
