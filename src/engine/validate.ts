/**
 * Workflow validation: every rule of the reference's validate_workflow, with
 * each problem pointing at the YAML node it is about.
 *
 * Rules of one step type live with it: its own settings (`StepType.validate`)
 * and how it fits the workflow (`StepType.scopeIssues`: fan-in wiring, gate
 * verdict inputs). This module applies the workflow-level rules and those
 * every step shares: ids (unique per scope, a fan-out template being a scope
 * of its own), `type`, `continue_on_error`. Nested steps are found through
 * the step tree (each control-flow type declares its `children`).
 */
import type { WorkflowDefinition } from './definition.js';
import { WORKFLOW_ID_PATTERN } from './ids.js';
import { coerceInput } from './inputs.js';
import {
  getOr,
  hasKey,
  isDict,
  pyKeys,
  pyEquals,
  pyKeyRepr,
  pyRepr,
  pyStr,
  pyTruthy,
  pyTypeName,
  type PyDict,
  isPyList
} from './pyvalue.js';
import { WorkflowError, type StepScope, type StepType } from './types.js';
import { formatLocation, type PyScalarType } from './yaml-source.js';
import { stepTypeOf, validatedLists } from './step-tree.js';

export interface ValidationError {
  message: string;
  /** The step the problem is in, when it is in a step. */
  stepId?: string;
  file?: string;
  line?: number;
  col?: number;
}

/** `file:line:col: message`, leaving out whatever position is unknown. */
export function formatValidationError(error: ValidationError): string {
  return `${formatLocation(error)}${error.message}`;
}

/** Python's `\d` matches any Unicode decimal digit. */
const SEMVER_PATTERN = /^\p{Nd}+\.\p{Nd}+\.\p{Nd}+$/u;

const RECOGNIZED_REQUIRES_KEYS = ['integrations', 'speckit_version'];

const INPUT_TYPES = ['string', 'number', 'boolean'];

function typeOf(value: unknown, type: PyScalarType | undefined): string {
  return type ?? pyTypeName(value);
}

/** Collects problems, attaching the position of the node each one is about. */
class Problems {
  readonly list: ValidationError[] = [];

  constructor(private readonly def: WorkflowDefinition) {}

  /**
   * Record a problem at `node[key]` when that position is known, else at
   * `node`, else at `fallback` (e.g. the key that holds a missing block).
   */
  add(
    message: string,
    at: { node?: unknown; key?: string | number; fallback?: [object, string] } = {},
    stepId?: string
  ): void {
    const error: ValidationError = { message };
    if (stepId !== undefined) error.stepId = stepId;
    if (this.def.sourcePath) error.file = this.def.sourcePath;
    const pos = this.position(at);
    if (pos) {
      error.line = pos.line;
      error.col = pos.col;
    }
    this.list.push(error);
  }

  private position(at: { node?: unknown; key?: string | number; fallback?: [object, string] }) {
    const node = at.node;
    if (typeof node === 'object' && node !== null) {
      const pos =
        (at.key !== undefined ? this.def.locate(node, at.key) : undefined) ?? this.def.locate(node);
      if (pos) return pos;
    }
    return at.fallback ? this.def.locate(at.fallback[0], at.fallback[1]) : undefined;
  }
}

/** Problems with the workflow-level dispatch defaults (`workflow.integration/model/options`). */
export function dispatchDefaultErrors(def: WorkflowDefinition): string[] {
  const problems = new Problems(def);
  checkDispatchDefaults(def, problems);
  return problems.list.map((p) => p.message);
}

function checkDispatchDefaults(def: WorkflowDefinition, problems: Problems): void {
  const header = def.header;
  const check = (key: string, value: unknown, ok: boolean, expected: string): void => {
    if (ok) return;
    const type = header ? def.scalarType(header, key) : undefined;
    problems.add(
      `'workflow.${key}' must be ${expected}, not ${typeOf(value, type)} (${pyRepr(value)}).`,
      { node: header, key }
    );
  };
  const integration = def.defaultIntegration;
  check(
    'integration',
    integration,
    integration === null || typeof integration === 'string',
    'a string or null'
  );
  const model = def.defaultModel;
  check('model', model, model === null || typeof model === 'string', 'a string or null');
  check('options', def.defaultOptions, isDict(def.defaultOptions), 'a mapping or null');
}

/**
 * Every problem in a workflow definition; an empty list means it is valid.
 * `stepTypes` is the registry of step types (`type:` value → implementation).
 */
export function validateWorkflow(
  def: WorkflowDefinition,
  stepTypes: ReadonlyMap<string, StepType>
): ValidationError[] {
  const problems = new Problems(def);
  const data = def.data;
  const header = def.header;
  const headerAt = (key: string) => ({
    node: header,
    key,
    fallback: [data, 'workflow'] as [object, string]
  });

  // schema_version is compared as Python's str() of it, so an unquoted 1.0 (a float) passes and 1 does not.
  if (pyStr(def.schemaVersion) !== '1.0') {
    problems.add(
      `schema_version ${pyRepr(def.schemaVersion)} is not supported; it must be '1.0'.`,
      { node: data, key: 'schema_version' }
    );
  }

  // Header fields: only null and '' count as missing, so `id: 0` gets the type error.
  const id = def.id;
  if (id === null || id === '') {
    problems.add("The workflow has no 'workflow.id'.", headerAt('id'));
  } else if (typeof id !== 'string') {
    const type = header ? def.scalarType(header, 'id') : undefined;
    problems.add(
      `'workflow.id' must be a string, not ${typeOf(id, type)} (${pyRepr(id)}).`,
      headerAt('id')
    );
  } else if (!WORKFLOW_ID_PATTERN.test(id)) {
    problems.add(
      `Workflow id ${pyRepr(id)} must use lowercase letters, digits and hyphens (not at either end).`,
      headerAt('id')
    );
  }

  const name = def.name;
  if (name === null || name === '') {
    problems.add("The workflow has no 'workflow.name'.", headerAt('name'));
  } else if (typeof name !== 'string') {
    const type = header ? def.scalarType(header, 'name') : undefined;
    problems.add(
      `'workflow.name' must be a string, not ${typeOf(name, type)} (${pyRepr(name)}).`,
      headerAt('name')
    );
  }

  const version = def.version;
  if (version === null || version === '') {
    problems.add("The workflow has no 'workflow.version'.", headerAt('version'));
  } else if (typeof version !== 'string') {
    const type = header ? def.scalarType(header, 'version') : undefined;
    problems.add(
      `'workflow.version' must be a string, not ${typeOf(version, type)} (${pyRepr(version)}); ` +
        'quote it in the YAML (version: "1.0.0").',
      headerAt('version')
    );
  } else if (!SEMVER_PATTERN.test(version)) {
    problems.add(
      `Workflow version ${pyRepr(version)} is not a semantic version (X.Y.Z).`,
      headerAt('version')
    );
  }

  checkDispatchDefaults(def, problems);
  checkInputs(def, problems);
  checkRequires(def, problems);

  const steps = def.steps;
  if (!isPyList(steps)) {
    problems.add("'steps' must be a list.", { node: data, key: 'steps' });
    return problems.list;
  }
  if (steps.length === 0) {
    problems.add('The workflow defines no steps.', { node: data, key: 'steps' });
  }
  // Declared inputs, for gate verdict_input checks; null when the inputs block
  // itself is malformed (already reported), so that one mistake is not repeated per gate.
  const inputDefs = isDict(def.inputs) ? def.inputs : null;
  const walker = new StepWalker(def, problems, stepTypes, inputDefs);
  walker.walk(steps, new Set(), false);
  return problems.list;
}

function checkInputs(def: WorkflowDefinition, problems: Problems): void {
  const inputs = def.inputs;
  if (!isDict(inputs)) {
    problems.add("'inputs' must be a mapping (or left out).", { node: def.data, key: 'inputs' });
    return;
  }
  for (const name of pyKeys(inputs)) {
    const inputDef = inputs[name];
    if (!isDict(inputDef)) {
      problems.add(`Input ${pyKeyRepr(name)} must be a mapping.`, { node: inputs, key: name });
      continue;
    }
    const type = getOr(inputDef, 'type', null);
    if (pyTruthy(type) && !INPUT_TYPES.some((t) => pyEquals(type, t))) {
      problems.add(
        `Input ${pyKeyRepr(name)} has type ${pyRepr(type)}; it must be 'string', 'number' or 'boolean'.`,
        { node: inputDef, key: 'type' }
      );
    }

    // Checked here too because the default's check below is skipped without a default.
    const enumValues = getOr(inputDef, 'enum', null);
    const enumIsList = enumValues === null || isPyList(enumValues);
    if (!enumIsList) {
      problems.add(
        `Input ${pyKeyRepr(name)}: 'enum' must be a list, not ${pyTypeName(enumValues)}.`,
        {
          node: inputDef,
          key: 'enum'
        }
      );
    }

    if (hasKey(inputDef, 'default')) {
      const value = inputDef.default;
      // 'auto' for the integration input is resolved at run time, so only its enum
      // membership is exempt; a malformed enum was reported above and is not re-reported.
      const isAutoIntegration = name === 'integration' && value === 'auto';
      let checkedDef: PyDict = inputDef;
      if ((isAutoIntegration || !enumIsList) && hasKey(inputDef, 'enum')) {
        checkedDef = Object.fromEntries(Object.entries(inputDef).filter(([k]) => k !== 'enum'));
      }
      try {
        coerceInput(name, value, checkedDef, def.scalarType(inputDef, 'default'));
      } catch (err) {
        if (!(err instanceof WorkflowError)) throw err;
        problems.add(`Input ${pyKeyRepr(name)} has an invalid default: ${err.message}`, {
          node: inputDef,
          key: 'default'
        });
      }
    }
  }
}

function checkRequires(def: WorkflowDefinition, problems: Problems): void {
  const requires = def.requires;
  if (!isDict(requires)) {
    problems.add("'requires' must be a mapping (or left out).", {
      node: def.data,
      key: 'requires'
    });
    return;
  }
  for (const key of pyKeys(requires)) {
    if (key === 'permissions') {
      problems.add(
        "'requires.permissions' is not enforced by anything: shell steps always run with the " +
          "user's own permissions. Remove it, and put a 'gate' step before sensitive steps instead.",
        { node: requires, key }
      );
    } else if (!RECOGNIZED_REQUIRES_KEYS.includes(key)) {
      problems.add(
        `'requires' has an unknown key ${pyRepr(key)}; the known keys are ${RECOGNIZED_REQUIRES_KEYS.join(', ')}.`,
        { node: requires, key }
      );
    }
  }
}

/** Validates step lists recursively: ids are unique across nesting, except inside fan-out templates. */
class StepWalker {
  constructor(
    private readonly def: WorkflowDefinition,
    private readonly problems: Problems,
    private readonly stepTypes: ReadonlyMap<string, StepType>,
    private readonly inputDefs: PyDict | null
  ) {}

  walk(steps: unknown[], seen: Set<string>, insideFanOut: boolean): void {
    steps.forEach((step, index) => this.step(steps, index, step, seen, insideFanOut));
  }

  private step(
    list: unknown[],
    index: number,
    config: unknown,
    seen: Set<string>,
    insideFanOut: boolean
  ): void {
    const add = this.problems.add.bind(this.problems);
    if (!isDict(config)) {
      add(`A step must be a mapping, not ${pyTypeName(config)}.`, { node: list, key: index });
      return;
    }
    const stepId = getOr(config, 'id', null);
    if (stepId === null || stepId === '') {
      add("A step has no 'id'.", { node: config, key: 'id' });
      return;
    }
    if (typeof stepId !== 'string') {
      const type = this.def.scalarType(config, 'id');
      add(`A step id must be a string, not ${typeOf(stepId, type)} (${pyRepr(stepId)}).`, {
        node: config,
        key: 'id'
      });
      return;
    }
    const label = pyRepr(stepId);
    const at = (key?: string | number, node: unknown = config) => ({ node, key });

    if (stepId.includes(':')) {
      add(
        `Step id ${label} contains ':', which is reserved for the ids the engine gives nested steps (parent:child).`,
        at('id'),
        stepId
      );
    }
    if (seen.has(stepId)) add(`Step id ${label} is used more than once.`, at('id'), stepId);
    seen.add(stepId);

    const type = stepTypeOf(config);
    if (typeof type !== 'string') {
      add(
        `Step ${label}: 'type' must be a string, not ${pyTypeName(type)} (${pyRepr(type)}).`,
        at('type'),
        stepId
      );
      return;
    }
    const impl = this.stepTypes.get(type);
    if (!impl) {
      add(`Step ${label} has an unknown type ${pyRepr(type)}.`, at('type'), stepId);
      return;
    }

    for (const issue of impl.validate(config)) {
      // Step types usually name the step themselves; make sure every message does.
      const message = issue.message.includes(label)
        ? issue.message
        : `Step ${label}: ${issue.message}`;
      add(message, at(issue.key), stepId);
    }

    // Must be a literal boolean: a truthy string would silently change how failures are handled.
    if (hasKey(config, 'continue_on_error') && typeof config.continue_on_error !== 'boolean') {
      add(
        `Step ${label}: 'continue_on_error' must be true or false, not ${pyTypeName(config.continue_on_error)}.`,
        at('continue_on_error'),
        stepId
      );
    }

    const scope: StepScope = {
      declaredIds: seen,
      insideFanOut,
      inputs: this.inputDefs,
      typeName: (node, key) =>
        typeOf((node as Record<string | number, unknown>)[key], this.def.scalarType(node, key))
    };
    for (const issue of impl.scopeIssues?.(config, scope) ?? []) {
      add(issue.message, at(issue.key, issue.node ?? config), stepId);
    }

    // In the workflow's order: a fan-in under case `1:` may wait for a step of an earlier `b:`.
    for (const list of validatedLists(config, this.stepTypes)) {
      // A fan-out template runs under generated ids (parent:template:index), so it
      // is checked with its own set of ids and does not claim its id in this scope.
      if (list.perItem) this.walk(list.steps, new Set(), true);
      else this.walk(list.steps, seen, insideFanOut);
    }
  }
}
