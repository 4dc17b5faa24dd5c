/**
 * A workflow definition as read from YAML, with the reference's header
 * defaults. Fields hold the raw parsed values (they may be malformed until
 * `validateWorkflow` has checked them), so they are typed `unknown`.
 */
import { readRegularFile } from './files.js';
import { getOr, isDict, pyTypeName, type PyDict } from './pyvalue.js';
import {
  WorkflowLoadError,
  locateNode,
  parseYamlWithPositions,
  scalarTypeOf,
  type PyScalarType,
  type SourcePosition
} from './yaml-source.js';
import { dumpYaml } from './yaml-writer.js';

export class WorkflowDefinition {
  /** The whole document, exactly as parsed (what the run's `workflow.yml` copy is written from). */
  readonly data: PyDict;
  readonly sourcePath: string | null;

  readonly id: unknown;
  readonly name: unknown;
  readonly version: unknown;
  readonly author: unknown;
  readonly description: unknown;
  readonly schemaVersion: unknown;
  readonly defaultIntegration: unknown;
  readonly defaultModel: unknown;
  /** `workflow.options`; an explicit null becomes `{}`. */
  readonly defaultOptions: unknown;
  readonly requires: unknown;
  readonly inputs: unknown;
  readonly steps: unknown;

  constructor(data: PyDict, sourcePath: string | null = null) {
    this.data = data;
    this.sourcePath = sourcePath;
    // A `workflow:` block that is not a mapping reads as empty, so its fields
    // take their defaults and validation reports the missing id and name.
    const raw = getOr(data, 'workflow', {});
    const header: PyDict = isDict(raw) ? raw : {};
    this.id = getOr(header, 'id', '');
    this.name = getOr(header, 'name', '');
    this.version = getOr(header, 'version', '0.0.0');
    this.author = getOr(header, 'author', '');
    this.description = getOr(header, 'description', '');
    this.schemaVersion = getOr(data, 'schema_version', '1.0');
    this.defaultIntegration = getOr(header, 'integration', null);
    this.defaultModel = getOr(header, 'model', null);
    const options = getOr(header, 'options', null);
    this.defaultOptions = options === null ? {} : options;
    this.requires = getOr(data, 'requires', {});
    this.inputs = getOr(data, 'inputs', {});
    this.steps = getOr(data, 'steps', []);
  }

  /** The `workflow:` block when it is a mapping. */
  get header(): PyDict | undefined {
    const raw = this.data.workflow;
    return isDict(raw) ? raw : undefined;
  }

  /**
   * Where a mapping/sequence of this definition starts, or where `node[key]`
   * starts. Only known for definitions read from YAML text.
   */
  locate(node: object, key?: string | number): SourcePosition | undefined {
    return locateNode(node, key);
  }

  /** The Python type of `node[key]` where JS hides it (`1.0` is a float, timestamps are dates). */
  scalarType(node: object, key: string | number): PyScalarType | undefined {
    return scalarTypeOf(node, key);
  }

  /** YAML text that reads back as this definition's data (for the run's copy). */
  toYaml(): string {
    return dumpYaml(this.data);
  }

  /** Parse workflow YAML text; `file` only labels error messages and positions. */
  static fromString(text: string, file?: string): WorkflowDefinition {
    const { data } = parseYamlWithPositions(text, file);
    if (!isDict(data)) {
      throw new WorkflowLoadError(
        `a workflow must be a YAML mapping at the top level, but this document is ${describeType(data)}`,
        { file }
      );
    }
    return new WorkflowDefinition(data, file ?? null);
  }
}

function describeType(value: unknown): string {
  const names: Record<string, string> = {
    NoneType: 'empty',
    list: 'a list',
    str: 'a string',
    int: 'a number',
    float: 'a number',
    bool: 'a boolean'
  };
  return names[pyTypeName(value)] ?? pyTypeName(value);
}

/** Read and parse a workflow file (UTF-8). Throws WorkflowLoadError naming the file. */
export function loadWorkflowFile(path: string): WorkflowDefinition {
  return WorkflowDefinition.fromString(readWorkflowText(path), path);
}

/** A workflow file's text: a regular file of UTF-8. Throws WorkflowLoadError naming the file. */
export function readWorkflowText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new WorkflowLoadError(`cannot read the workflow file: ${reason}`, { file: path });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WorkflowLoadError('the workflow file is not valid UTF-8 text', { file: path });
  }
  return text;
}
