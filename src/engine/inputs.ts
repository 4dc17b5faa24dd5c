/**
 * Workflow inputs: coercing a value to its declared type and resolving the
 * run's inputs from what was provided, defaults, and project state
 * (`integration: auto`). Follows the reference's _coerce_input/_resolve_inputs.
 */
import { readProjectIntegration } from './agents/settings.js';
import type { WorkflowDefinition } from './definition.js';
import {
  getOr,
  hasKey,
  isDict,
  pyContains,
  PyFloat,
  pyInt,
  pyKeys,
  pyParseFloat,
  pyKeyRepr,
  pyRepr,
  pyTruthy,
  pyTypeName,
  recordPyKeyOrder,
  setKey,
  type PyDict
} from './pyvalue.js';
import { WorkflowError } from './types.js';
import type { PyScalarType } from './yaml-source.js';

const shown = (value: unknown): string => pyRepr(value);

/** Python's float(): a number, or text Python can read as one; undefined otherwise. */
function toPythonFloat(value: unknown, type?: PyScalarType): number | undefined {
  if (type === 'date' || type === 'datetime') return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value); // float() of a big int rounds it
  if (value instanceof PyFloat) return value.value;
  if (typeof value === 'string') return pyParseFloat(value);
  return undefined;
}

const TRUE_WORDS = ['true', '1', 'yes'];
const FALSE_WORDS = ['false', '0', 'no'];

/**
 * Convert `value` to the type `inputDef` declares (`string` when it declares
 * none) and check it against `enum`. `valueType` is the Python type the YAML
 * gave the value when JS cannot show it (an unquoted date is not a string).
 * Throws WorkflowError naming the input.
 */
export function coerceInput(
  name: string,
  value: unknown,
  inputDef: PyDict,
  valueType?: PyScalarType
): unknown {
  const type = getOr(inputDef, 'type', 'string');
  const enumValues = getOr(inputDef, 'enum', null);
  const label = pyKeyRepr(name);
  // A string enum would turn membership into a substring test, a scalar one into a crash.
  if (enumValues !== null && !Array.isArray(enumValues)) {
    throw new WorkflowError(
      `Input ${label}: 'enum' must be a list, not ${pyTypeName(enumValues)}.`
    );
  }

  let result = value;
  if (type === 'number') {
    // float(True) would be 1: a boolean is an authoring mistake, not a number.
    const number = typeof value === 'boolean' ? undefined : toPythonFloat(value, valueType);
    if (number === undefined || !Number.isFinite(number)) {
      throw new WorkflowError(`Input ${label} must be a number; got ${shown(value)}.`);
    }
    // float(value), then int when integral: `2.0` becomes 2, `1e20` the exact int of that float.
    result = Number.isInteger(number) ? pyInt(number) : new PyFloat(number);
  } else if (type === 'boolean') {
    if (typeof value === 'string' && valueType === undefined) {
      const word = value.toLowerCase();
      if (TRUE_WORDS.includes(word)) result = true;
      else if (FALSE_WORDS.includes(word)) result = false;
      else
        throw new WorkflowError(
          `Input ${label} must be a boolean (true/false, yes/no, 1/0); got ${pyRepr(value)}.`
        );
    } else if (typeof value !== 'boolean') {
      throw new WorkflowError(`Input ${label} must be a boolean; got ${shown(value)}.`);
    }
  } else if (type === 'string') {
    if (typeof value !== 'string' || valueType !== undefined) {
      const what =
        valueType === 'date' || valueType === 'datetime'
          ? `a ${valueType} (quote it in the YAML)`
          : shown(value);
      throw new WorkflowError(`Input ${label} must be a string; got ${what}.`);
    }
  }

  // Python's `in` compares with ==, so 1 matches true and 1.0. A date matches no string.
  const comparable = valueType === 'date' || valueType === 'datetime' ? undefined : result;
  if (enumValues !== null && (comparable === undefined || !pyContains(enumValues, comparable))) {
    throw new WorkflowError(
      `Input ${label} is ${shown(result)}, which is not one of the allowed values ${pyRepr(enumValues)}.`
    );
  }
  return result;
}

/** `integration: auto` (given or defaulted) means the project's integration, when it has one. */
export function resolveInputSentinel(name: string, value: unknown, projectRoot: string): unknown {
  if (name === 'integration' && value === 'auto') {
    return readProjectIntegration(projectRoot) ?? value;
  }
  return value;
}

/**
 * The provided names the workflow does not declare, in the order given: the reference accepts
 * them without a word and drops them, so a typo would go unnoticed unless an adapter says so.
 */
export function undeclaredInputs(
  def: WorkflowDefinition,
  provided: Record<string, unknown>
): string[] {
  const declared = isDict(def.inputs) ? def.inputs : {};
  return pyKeys(provided).filter((name) => !hasKey(declared, name));
}

/**
 * The run's inputs: each declared input from `provided`, else its default,
 * else an error when it is required; undeclared provided names are dropped.
 * Values are coerced to their declared types. Throws WorkflowError.
 */
export function resolveInputs(
  def: WorkflowDefinition,
  provided: Record<string, unknown>,
  projectRoot: string
): Record<string, unknown> {
  const resolved: Record<string, unknown> = {};
  // Definitions are not necessarily validated: a malformed inputs block means no inputs.
  if (!isDict(def.inputs)) return resolved;
  const inputDefs = def.inputs;
  for (const name of pyKeys(inputDefs)) {
    const inputDef = inputDefs[name];
    if (!isDict(inputDef)) continue;
    let value: unknown;
    let valueType: PyScalarType | undefined;
    if (hasKey(provided, name)) {
      value = resolveInputSentinel(name, provided[name], projectRoot);
    } else if (hasKey(inputDef, 'default')) {
      value = resolveInputSentinel(name, inputDef.default, projectRoot);
      if (value === inputDef.default) valueType = def.scalarType(inputDef, 'default');
    } else if (pyTruthy(getOr(inputDef, 'required', false))) {
      throw new WorkflowError(`Input ${pyKeyRepr(name)} is required but was not provided.`);
    } else {
      continue;
    }
    // An unresolved 'auto' skips enum membership (only a list enum: a malformed one must still fail).
    let checkedDef = inputDef;
    if (
      name === 'integration' &&
      value === 'auto' &&
      Array.isArray(getOr(inputDef, 'enum', null))
    ) {
      checkedDef = Object.fromEntries(Object.entries(inputDef).filter(([k]) => k !== 'enum'));
    }
    setKey(resolved, name, coerceInput(name, value, checkedDef, valueType));
  }
  recordPyKeyOrder(
    resolved,
    pyKeys(inputDefs).filter((name) => hasKey(resolved, name))
  );
  return resolved;
}
