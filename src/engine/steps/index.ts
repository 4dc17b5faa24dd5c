/**
 * The registry of step types, keyed by the `type:` value used in workflow YAML.
 */
import type { StepType } from '../types.js';
import { commandStep } from './command.js';
import { doWhileStep } from './do-while.js';
import { fanInStep } from './fan-in.js';
import { fanOutStep } from './fan-out.js';
import { gateStep } from './gate.js';
import { ifStep } from './if.js';
import { initStep } from './init.js';
import { promptStep } from './prompt.js';
import { shellStep } from './shell.js';
import { switchStep } from './switch.js';
import { whileStep } from './while.js';

const BUILTIN_STEPS: readonly StepType[] = [
  commandStep,
  doWhileStep,
  fanInStep,
  fanOutStep,
  gateStep,
  ifStep,
  initStep,
  promptStep,
  shellStep,
  switchStep,
  whileStep
];

export const STEP_TYPES: ReadonlyMap<string, StepType> = new Map(
  BUILTIN_STEPS.map((step) => [step.type, step])
);

export function getStepType(type: string): StepType | undefined {
  return STEP_TYPES.get(type);
}
