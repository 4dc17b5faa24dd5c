#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2415:
/***/ ((module) => {



var has = Object.prototype.hasOwnProperty
  , prefix = '~';

/**
 * Constructor to create a storage for our `EE` objects.
 * An `Events` instance is a plain object whose properties are event names.
 *
 * @constructor
 * @private
 */
function Events() {}

//
// We try to not inherit from `Object.prototype`. In some engines creating an
// instance in this way is faster than calling `Object.create(null)` directly.
// If `Object.create(null)` is not supported we prefix the event names with a
// character to make sure that the built-in object properties are not
// overridden or used as an attack vector.
//
if (Object.create) {
  Events.prototype = Object.create(null);

  //
  // This hack is needed because the `__proto__` property is still inherited in
  // some old browsers like Android 4, iPhone 5.1, Opera 11 and Safari 5.
  //
  if (!new Events().__proto__) prefix = false;
}

/**
 * Representation of a single event listener.
 *
 * @param {Function} fn The listener function.
 * @param {*} context The context to invoke the listener with.
 * @param {Boolean} [once=false] Specify if the listener is a one-time listener.
 * @constructor
 * @private
 */
function EE(fn, context, once) {
  this.fn = fn;
  this.context = context;
  this.once = once || false;
}

/**
 * Add a listener for a given event.
 *
 * @param {EventEmitter} emitter Reference to the `EventEmitter` instance.
 * @param {(String|Symbol)} event The event name.
 * @param {Function} fn The listener function.
 * @param {*} context The context to invoke the listener with.
 * @param {Boolean} once Specify if the listener is a one-time listener.
 * @returns {EventEmitter}
 * @private
 */
function addListener(emitter, event, fn, context, once) {
  if (typeof fn !== 'function') {
    throw new TypeError('The listener must be a function');
  }

  var listener = new EE(fn, context || emitter, once)
    , evt = prefix ? prefix + event : event;

  if (!emitter._events[evt]) emitter._events[evt] = listener, emitter._eventsCount++;
  else if (!emitter._events[evt].fn) emitter._events[evt].push(listener);
  else emitter._events[evt] = [emitter._events[evt], listener];

  return emitter;
}

/**
 * Clear event by name.
 *
 * @param {EventEmitter} emitter Reference to the `EventEmitter` instance.
 * @param {(String|Symbol)} evt The Event name.
 * @private
 */
function clearEvent(emitter, evt) {
  if (--emitter._eventsCount === 0) emitter._events = new Events();
  else delete emitter._events[evt];
}

/**
 * Minimal `EventEmitter` interface that is molded against the Node.js
 * `EventEmitter` interface.
 *
 * @constructor
 * @public
 */
function EventEmitter() {
  this._events = new Events();
  this._eventsCount = 0;
}

/**
 * Return an array listing the events for which the emitter has registered
 * listeners.
 *
 * @returns {Array}
 * @public
 */
EventEmitter.prototype.eventNames = function eventNames() {
  var names = []
    , events
    , name;

  if (this._eventsCount === 0) return names;

  for (name in (events = this._events)) {
    if (has.call(events, name)) names.push(prefix ? name.slice(1) : name);
  }

  if (Object.getOwnPropertySymbols) {
    return names.concat(Object.getOwnPropertySymbols(events));
  }

  return names;
};

/**
 * Return the listeners registered for a given event.
 *
 * @param {(String|Symbol)} event The event name.
 * @returns {Array} The registered listeners.
 * @public
 */
EventEmitter.prototype.listeners = function listeners(event) {
  var evt = prefix ? prefix + event : event
    , handlers = this._events[evt];

  if (!handlers) return [];
  if (handlers.fn) return [handlers.fn];

  for (var i = 0, l = handlers.length, ee = new Array(l); i < l; i++) {
    ee[i] = handlers[i].fn;
  }

  return ee;
};

/**
 * Return the number of listeners listening to a given event.
 *
 * @param {(String|Symbol)} event The event name.
 * @returns {Number} The number of listeners.
 * @public
 */
EventEmitter.prototype.listenerCount = function listenerCount(event) {
  var evt = prefix ? prefix + event : event
    , listeners = this._events[evt];

  if (!listeners) return 0;
  if (listeners.fn) return 1;
  return listeners.length;
};

/**
 * Calls each of the listeners registered for a given event.
 *
 * @param {(String|Symbol)} event The event name.
 * @returns {Boolean} `true` if the event had listeners, else `false`.
 * @public
 */
EventEmitter.prototype.emit = function emit(event, a1, a2, a3, a4, a5) {
  var evt = prefix ? prefix + event : event;

  if (!this._events[evt]) return false;

  var listeners = this._events[evt]
    , len = arguments.length
    , args
    , i;

  if (listeners.fn) {
    if (listeners.once) this.removeListener(event, listeners.fn, undefined, true);

    switch (len) {
      case 1: return listeners.fn.call(listeners.context), true;
      case 2: return listeners.fn.call(listeners.context, a1), true;
      case 3: return listeners.fn.call(listeners.context, a1, a2), true;
      case 4: return listeners.fn.call(listeners.context, a1, a2, a3), true;
      case 5: return listeners.fn.call(listeners.context, a1, a2, a3, a4), true;
      case 6: return listeners.fn.call(listeners.context, a1, a2, a3, a4, a5), true;
    }

    for (i = 1, args = new Array(len -1); i < len; i++) {
      args[i - 1] = arguments[i];
    }

    listeners.fn.apply(listeners.context, args);
  } else {
    var length = listeners.length
      , j;

    for (i = 0; i < length; i++) {
      if (listeners[i].once) this.removeListener(event, listeners[i].fn, undefined, true);

      switch (len) {
        case 1: listeners[i].fn.call(listeners[i].context); break;
        case 2: listeners[i].fn.call(listeners[i].context, a1); break;
        case 3: listeners[i].fn.call(listeners[i].context, a1, a2); break;
        case 4: listeners[i].fn.call(listeners[i].context, a1, a2, a3); break;
        default:
          if (!args) for (j = 1, args = new Array(len -1); j < len; j++) {
            args[j - 1] = arguments[j];
          }

          listeners[i].fn.apply(listeners[i].context, args);
      }
    }
  }

  return true;
};

/**
 * Add a listener for a given event.
 *
 * @param {(String|Symbol)} event The event name.
 * @param {Function} fn The listener function.
 * @param {*} [context=this] The context to invoke the listener with.
 * @returns {EventEmitter} `this`.
 * @public
 */
EventEmitter.prototype.on = function on(event, fn, context) {
  return addListener(this, event, fn, context, false);
};

/**
 * Add a one-time listener for a given event.
 *
 * @param {(String|Symbol)} event The event name.
 * @param {Function} fn The listener function.
 * @param {*} [context=this] The context to invoke the listener with.
 * @returns {EventEmitter} `this`.
 * @public
 */
EventEmitter.prototype.once = function once(event, fn, context) {
  return addListener(this, event, fn, context, true);
};

/**
 * Remove the listeners of a given event.
 *
 * @param {(String|Symbol)} event The event name.
 * @param {Function} fn Only remove the listeners that match this function.
 * @param {*} context Only remove the listeners that have this context.
 * @param {Boolean} once Only remove one-time listeners.
 * @returns {EventEmitter} `this`.
 * @public
 */
EventEmitter.prototype.removeListener = function removeListener(event, fn, context, once) {
  var evt = prefix ? prefix + event : event;

  if (!this._events[evt]) return this;
  if (!fn) {
    clearEvent(this, evt);
    return this;
  }

  var listeners = this._events[evt];

  if (listeners.fn) {
    if (
      listeners.fn === fn &&
      (!once || listeners.once) &&
      (!context || listeners.context === context)
    ) {
      clearEvent(this, evt);
    }
  } else {
    for (var i = 0, events = [], length = listeners.length; i < length; i++) {
      if (
        listeners[i].fn !== fn ||
        (once && !listeners[i].once) ||
        (context && listeners[i].context !== context)
      ) {
        events.push(listeners[i]);
      }
    }

    //
    // Reset the array, or remove it completely if we have no more listeners.
    //
    if (events.length) this._events[evt] = events.length === 1 ? events[0] : events;
    else clearEvent(this, evt);
  }

  return this;
};

/**
 * Remove all listeners, or those of the specified event.
 *
 * @param {(String|Symbol)} [event] The event name.
 * @returns {EventEmitter} `this`.
 * @public
 */
EventEmitter.prototype.removeAllListeners = function removeAllListeners(event) {
  var evt;

  if (event) {
    evt = prefix ? prefix + event : event;
    if (this._events[evt]) clearEvent(this, evt);
  } else {
    this._events = new Events();
    this._eventsCount = 0;
  }

  return this;
};

//
// Alias methods names because people roll like that.
//
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
EventEmitter.prototype.addListener = EventEmitter.prototype.on;

//
// Expose the prefix.
//
EventEmitter.prefixed = prefix;

//
// Allow `EventEmitter` to be imported as module namespace.
//
EventEmitter.EventEmitter = EventEmitter;

//
// Expose the module.
//
if (true) {
  module.exports = EventEmitter;
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Command-line argument parsing for `specflow` (small and strict: unknown
 * flags are errors, so a typo never silently changes a run).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UsageError = void 0;
exports.parseArgs = parseArgs;
exports.parseInputPairs = parseInputPairs;
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
exports.UsageError = UsageError;
/** Flags each command accepts besides --help. */
const COMMAND_FLAGS = {
    run: ['--input', '--json', '--run-id'],
    resume: ['--input', '--json'],
    status: ['--json'],
    validate: ['--json']
};
function parseArgs(command, argv) {
    const allowed = COMMAND_FLAGS[command] ?? [];
    const parsed = { positionals: [], inputs: [], json: false, help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const takeValue = (flag) => {
            const eq = arg.indexOf('=');
            if (arg.startsWith('--') && eq > 0)
                return arg.slice(eq + 1);
            const value = argv[++i];
            if (value === undefined)
                throw new UsageError(`${flag} needs a value`);
            return value;
        };
        const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
        if (name === '--help' || name === '-h') {
            parsed.help = true;
        }
        else if (name === '-i' || name === '--input') {
            if (!allowed.includes('--input'))
                throw new UsageError(`${command} does not take ${name}`);
            parsed.inputs.push(takeValue('--input'));
        }
        else if (name === '--json') {
            if (!allowed.includes('--json'))
                throw new UsageError(`${command} does not take --json`);
            parsed.json = true;
        }
        else if (name === '--run-id') {
            if (!allowed.includes('--run-id'))
                throw new UsageError(`${command} does not take --run-id`);
            parsed.runId = takeValue('--run-id');
        }
        else if (arg === '--') {
            parsed.positionals.push(...argv.slice(i + 1));
            break;
        }
        else if (arg.startsWith('-') && arg !== '-') {
            throw new UsageError(`unknown option ${arg}`);
        }
        else {
            parsed.positionals.push(arg);
        }
    }
    return parsed;
}
/**
 * `key=value` pairs into an inputs mapping. Values stay strings: the
 * workflow's declared input types coerce them, as in the reference.
 */
function parseInputPairs(pairs) {
    const inputs = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq < 0)
            throw new UsageError(`input ${JSON.stringify(pair)} is not key=value`);
        const key = pair.slice(0, eq).trim();
        if (key === '')
            throw new UsageError(`input ${JSON.stringify(pair)} has an empty key`);
        inputs[key] = pair.slice(eq + 1).trim();
    }
    return inputs;
}


/***/ }),

/***/ 1654:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HELP = exports.EXIT_INTERRUPTED = void 0;
exports.runCli = runCli;
/**
 * The `specflow` commands: run, resume, status, validate. Thin: each parses
 * its arguments, calls the engine, and reports.
 */
const path = __importStar(__nccwpck_require__(6760));
const engine_js_1 = __nccwpck_require__(7586);
const shell_words_js_1 = __nccwpck_require__(2923);
const validate_js_1 = __nccwpck_require__(6082);
const outcome_js_1 = __nccwpck_require__(938);
const run_state_js_1 = __nccwpck_require__(5039);
const definition_js_1 = __nccwpck_require__(1185);
const args_js_1 = __nccwpck_require__(7593);
const terminal_js_1 = __nccwpck_require__(1028);
/** Exit code after an interrupted run (it is saved, paused, and resumable). */
exports.EXIT_INTERRUPTED = 130;
exports.HELP = {
    main: `specflow: run spec-kit workflows

Usage:
  specflow run <workflow.yml | installed-id> [-i key=value]... [--json] [--run-id ID]
  specflow resume <run-id> [-i key=value]... [--json]
  specflow status [run-id] [--json]
  specflow validate <workflow.yml | installed-id> [--json]

Run state lives in .specify/workflows/runs/<run-id>/ under the current directory.
Exit codes: 0 completed or paused, 1 failed, aborted or any error, 130 interrupted (saved as paused).
Run 'specflow <command> --help' for a command's details.`,
    run: `specflow run <workflow.yml | installed-id> [options]

Start a new run of a workflow: a .yml/.yaml file, or the id of a workflow
installed under .specify/workflows/<id>/workflow.yml.

Options:
  -i, --input key=value  set a workflow input (repeatable); values are coerced to the input's type
  --run-id ID            use this run id (default: $SPECKIT_WORKFLOW_RUN_ID, else 8 random hex chars)
  --json                 print one JSON object with the outcome on stdout; everything else goes to stderr
  -h, --help             show this help`,
    resume: `specflow resume <run-id> [options]

Continue a paused or failed run from the step where it stopped, with the
workflow definition saved in the run. New inputs are merged over the stored ones.

Options:
  -i, --input key=value  set or override a workflow input (repeatable), e.g. a gate's verdict input
  --json                 print one JSON object with the outcome on stdout
  -h, --help             show this help`,
    status: `specflow status [run-id] [options]

Without a run id, list the runs in this project; with one, show that run's steps.

Options:
  --json      print JSON on stdout
  -h, --help  show this help`,
    validate: `specflow validate <workflow.yml | installed-id> [options]

Check a workflow without running it; each problem is shown with its file:line:col.

Options:
  --json      print {"valid": bool, "errors": [...]} on stdout
  -h, --help  show this help`
};
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    const errStyle = (0, terminal_js_1.makeStyle)(io.stderr, io.env);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.stdout.write(exports.HELP.main + '\n');
        return command === undefined ? 1 : 0;
    }
    if (!(command in exports.HELP) || command === 'main') {
        io.stderr.write(`${errStyle.red('error:')} unknown command ${JSON.stringify(command)}\n\n${exports.HELP.main}\n`);
        return 1;
    }
    let args;
    try {
        args = (0, args_js_1.parseArgs)(command, rest);
    }
    catch (err) {
        io.stderr.write(`${errStyle.red('error:')} ${err.message}\n\n${exports.HELP[command]}\n`);
        return 1;
    }
    if (args.help) {
        io.stdout.write(exports.HELP[command] + '\n');
        return 0;
    }
    try {
        switch (command) {
            case 'run':
                return await runCommand(args, io);
            case 'resume':
                return await resumeCommand(args, io);
            case 'status':
                return statusCommand(args, io);
            default:
                return validateCommand(args, io);
        }
    }
    catch (err) {
        return reportError(err, args, io);
    }
}
function reportError(err, args, io) {
    const message = err instanceof Error ? err.message : String(err);
    if (args.json)
        io.stdout.write(JSON.stringify({ error: message }, null, 2) + '\n');
    const style = (0, terminal_js_1.makeStyle)(io.stderr, io.env);
    io.stderr.write(`${style.red('error:')} ${message}\n`);
    if (err instanceof args_js_1.UsageError)
        return 1;
    if (io.env.SPECFLOW_DEBUG && err instanceof Error && err.stack)
        io.stderr.write(err.stack + '\n');
    return 1;
}
function onePositional(args, what) {
    if (args.positionals.length !== 1) {
        throw new args_js_1.UsageError(`expected exactly one ${what}, got ${args.positionals.length}`);
    }
    return args.positionals[0];
}
function makeEngine(args, io) {
    // With --json, stdout carries only the outcome object: everything else goes to stderr.
    const human = args.json ? io.stderr : io.stdout;
    const style = (0, terminal_js_1.makeStyle)(human, io.env);
    const { reporter, output } = (0, terminal_js_1.terminalReporter)(human, style, { quietSteps: false });
    const engine = new engine_js_1.WorkflowEngine({
        projectRoot: io.cwd,
        reporter,
        output,
        prompt: io.stdin.isTTY ? (0, terminal_js_1.terminalGatePrompt)(io.stdin, io.stderr, io.signal) : null,
        signal: io.signal,
        env: io.env
    });
    return { engine, style };
}
function loadValidated(engine, source) {
    const definition = engine.loadWorkflow(source);
    const errors = (0, validate_js_1.validateWorkflow)(definition, engine.stepTypes);
    if (errors.length > 0) {
        throw new args_js_1.UsageError(`workflow is invalid:\n${errors.map((e) => `  ${(0, validate_js_1.formatValidationError)(e)}`).join('\n')}`);
    }
    return definition;
}
async function runCommand(args, io) {
    const source = onePositional(args, 'workflow (file or installed id)');
    const { engine, style } = makeEngine(args, io);
    const definition = loadValidated(engine, source);
    const inputs = (0, args_js_1.parseInputPairs)(args.inputs);
    const human = args.json ? io.stderr : io.stdout;
    human.write(`${style.bold('Running workflow:')} ${String(definition.name)} (${String(definition.id)})\n`);
    const state = await settled(engine.execute(definition, inputs, args.runId));
    return finish((0, outcome_js_1.runOutcome)(state), args, io, style, definition);
}
/**
 * The run's final state, also when a step threw (a bug or an expression
 * error): the run was saved as failed, and the user needs its id and outcome,
 * not only the message.
 */
async function settled(running) {
    try {
        return await running;
    }
    catch (err) {
        const state = (0, engine_js_1.runEndedBy)(err);
        if (state === undefined)
            throw err;
        return state;
    }
}
async function resumeCommand(args, io) {
    const runId = onePositional(args, 'run id');
    const inputs = (0, args_js_1.parseInputPairs)(args.inputs);
    const { engine, style } = makeEngine(args, io);
    const human = args.json ? io.stderr : io.stdout;
    human.write(`${style.bold('Resuming run:')} ${runId}\n`);
    const state = await settled(engine.resume(runId, inputs));
    return finish((0, outcome_js_1.runOutcome)(state), args, io, style, savedDefinition(state));
}
/** The definition saved with a run, for the resume hint; null when it cannot be read. */
function savedDefinition(state) {
    try {
        return (0, definition_js_1.loadWorkflowFile)(path.join(state.runDir, 'workflow.yml'));
    }
    catch {
        return null;
    }
}
function finish(outcome, args, io, style, definition) {
    const interrupted = io.signal.aborted && outcome.status === 'paused';
    if (args.json) {
        io.stdout.write(JSON.stringify(outcome, null, 2) + '\n');
    }
    else {
        const out = io.stdout;
        out.write(`\n${(0, terminal_js_1.colourForStatus)(style, outcome.status)(`Status: ${outcome.status}`)}\n`);
        out.write(`${style.dim(`Run ID: ${outcome.run_id}`)}\n`);
        if (outcome.error)
            out.write(`${style.red('Error:')} ${outcome.error}\n`);
        if (outcome.status === 'paused') {
            if (interrupted)
                out.write('Interrupted; the run was saved.\n');
            const gate = outcome.gate;
            if (gate && gate.message !== null)
                out.write(`Gate ${gate.step_id}: ${gate.message}\n`);
            const verdictInput = gate?.step_id && definition ? (0, outcome_js_1.verdictInputFor)(definition, gate.step_id) : null;
            // Quoted: option names come from the workflow and the line is meant to be pasted.
            const verdict = verdictInput && gate?.options?.length
                ? ` -i ${(0, shell_words_js_1.quoteShellWord)(`${verdictInput}=${gate.options[0]}`)}`
                : '';
            out.write(`\nResume with: ${style.cyan(`specflow resume ${outcome.run_id}${verdict}`)}\n`);
        }
    }
    return interrupted ? exports.EXIT_INTERRUPTED : (0, outcome_js_1.exitCodeFor)(outcome.status);
}
function statusCommand(args, io) {
    if (args.positionals.length > 1)
        throw new args_js_1.UsageError('expected at most one run id');
    const style = (0, terminal_js_1.makeStyle)(io.stdout, io.env);
    if (args.positionals.length === 0) {
        const runs = (0, run_state_js_1.listRuns)(io.cwd);
        if (args.json) {
            io.stdout.write(JSON.stringify(runs.map(summaryOf), null, 2) + '\n');
            return 0;
        }
        if (runs.length === 0) {
            io.stdout.write('No runs in this project.\n');
            return 0;
        }
        for (const run of runs.map(summaryOf)) {
            io.stdout.write(`${run.run_id}  ${(0, terminal_js_1.colourForStatus)(style, String(run.status))(String(run.status).padEnd(9))}  ${run.workflow_id}  ${run.updated_at ?? ''}\n`);
        }
        return 0;
    }
    const state = run_state_js_1.RunState.load(args.positionals[0], io.cwd);
    const outcome = (0, outcome_js_1.runOutcome)(state);
    if (args.json) {
        const steps = Object.fromEntries(Object.entries(state.stepResults).map(([id, rec]) => [
            id,
            { type: rec.type, status: rec.status, error: rec.error }
        ]));
        io.stdout.write(JSON.stringify({ ...outcome, steps }, null, 2) + '\n');
        return 0;
    }
    io.stdout.write(`Run ${state.runId} of ${state.workflowId}: ${(0, terminal_js_1.colourForStatus)(style, state.status)(state.status)}\n`);
    io.stdout.write(`Current step: ${state.currentStepId ?? '-'} (index ${state.currentStepIndex})\n`);
    if (outcome.error)
        io.stdout.write(`${style.red('Error:')} ${outcome.error}\n`);
    for (const [id, rec] of Object.entries(state.stepResults)) {
        io.stdout.write(`  ${(0, terminal_js_1.colourForStatus)(style, rec.status)(String(rec.status).padEnd(9))} ${id} (${rec.type})\n`);
    }
    return 0;
}
function summaryOf(run) {
    return {
        run_id: run.run_id,
        workflow_id: run.workflow_id,
        status: run.status,
        current_step_id: run.current_step_id ?? null,
        updated_at: run.updated_at ?? null
    };
}
function validateCommand(args, io) {
    const source = onePositional(args, 'workflow (file or installed id)');
    const engine = new engine_js_1.WorkflowEngine({ projectRoot: io.cwd, env: io.env });
    const definition = engine.loadWorkflow(source);
    const errors = (0, validate_js_1.validateWorkflow)(definition, engine.stepTypes);
    if (args.json) {
        io.stdout.write(JSON.stringify({ valid: errors.length === 0, errors }, null, 2) + '\n');
    }
    else if (errors.length === 0) {
        io.stdout.write(`${source}: valid (${String(definition.id)} ${String(definition.version)})\n`);
    }
    else {
        for (const e of errors)
            io.stderr.write(`${(0, validate_js_1.formatValidationError)(e)}\n`);
        io.stderr.write(`${errors.length} problem${errors.length === 1 ? '' : 's'} found\n`);
    }
    return errors.length === 0 ? 0 : 1;
}


/***/ }),

/***/ 1028:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeStyle = makeStyle;
exports.colourForStatus = colourForStatus;
exports.prefixedLineSink = prefixedLineSink;
exports.terminalReporter = terminalReporter;
exports.terminalGatePrompt = terminalGatePrompt;
/**
 * What `specflow` shows a person: step lines, live step output, colours
 * (only on a terminal and never under NO_COLOR), and the gate prompt.
 */
const readline = __importStar(__nccwpck_require__(481));
function makeStyle(stream, env) {
    const on = Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
    const wrap = (code) => (s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
    return {
        bold: wrap(1),
        dim: wrap(2),
        red: wrap(31),
        green: wrap(32),
        yellow: wrap(33),
        cyan: wrap(36)
    };
}
function colourForStatus(style, status) {
    if (status === 'completed')
        return style.green;
    if (status === 'paused')
        return style.yellow;
    if (status === 'failed' || status === 'aborted')
        return style.red;
    return (s) => s;
}
/** A sink that writes whole lines, each prefixed, so concurrent items never mix mid-line. */
function prefixedLineSink(out, prefix) {
    const pending = { stdout: '', stderr: '' };
    const write = (key, chunk) => {
        const text = pending[key] + chunk;
        const lines = text.split('\n');
        pending[key] = lines.pop() ?? '';
        for (const line of lines)
            out.write(`${prefix}${line}\n`);
    };
    return {
        stdout: (c) => write('stdout', c),
        stderr: (c) => write('stderr', c),
        end() {
            for (const key of ['stdout', 'stderr']) {
                if (pending[key] !== '')
                    out.write(`${prefix}${pending[key]}\n`);
                pending[key] = '';
            }
        }
    };
}
/** Reports step starts as `▸ [id] label …` lines and streams step output, line by line. */
function terminalReporter(out, style, options) {
    const sinks = new Map();
    const topLevel = prefixedLineSink(out, '    ');
    const reporter = {
        stepStarted({ stepId, label, depth }) {
            if (options.quietSteps)
                return;
            out.write(`${'  '.repeat(depth)}  ${style.cyan('▸')} [${stepId}] ${label} …\n`);
        },
        stepFinished() {
            topLevel.end();
        },
        itemOutput({ itemId }) {
            const sink = prefixedLineSink(out, `    ${style.dim(`[${itemId}]`)} `);
            sinks.set(itemId, sink);
            return sink;
        },
        itemFinished({ itemId }) {
            sinks.get(itemId)?.end();
            sinks.delete(itemId);
        }
    };
    return { reporter, output: topLevel };
}
/**
 * Asks on the terminal which gate option to take: a number or an option's
 * name. End of input picks the last option (conventionally the rejection).
 */
function terminalGatePrompt(input, out, signal) {
    return async (text, options) => {
        out.write('\n  ┌─ Gate ─────────────────────────────────────\n');
        for (const line of text.split('\n'))
            out.write(line ? `  │ ${line}\n` : '  │\n');
        out.write('  │\n');
        options.forEach((opt, i) => out.write(`  │  [${i + 1}] ${opt}\n`));
        out.write('  └────────────────────────────────────────────\n');
        const rl = readline.createInterface({ input, output: out, terminal: false });
        // An interrupted run stops waiting for an answer; an open reader would keep the process alive.
        const stopReading = () => rl.close();
        signal?.addEventListener('abort', stopReading, { once: true });
        // The iterator buffers lines, so answers typed or pasted ahead are not lost.
        const lines = rl[Symbol.asyncIterator]();
        try {
            for (;;) {
                out.write(`  Choose [1-${options.length}]: `);
                const next = await lines.next();
                if (next.done) {
                    out.write('\n');
                    return options[options.length - 1];
                }
                const answer = next.value;
                const raw = answer.trim();
                if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= options.length) {
                    return options[Number(raw) - 1];
                }
                const byName = options.find((o) => o.toLowerCase() === raw.toLowerCase());
                if (byName !== undefined)
                    return byName;
                out.write(`  Not an option: enter 1-${options.length} or an option's name.\n`);
            }
        }
        finally {
            signal?.removeEventListener('abort', stopReading);
            rl.close();
            input.pause();
        }
    };
}


/***/ }),

/***/ 8711:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COPILOT_ALLOW_ALL_LEGACY_VAR = exports.COPILOT_ALLOW_ALL_VAR = void 0;
exports.executableOverrideVar = executableOverrideVar;
exports.extraArgsVar = extraArgsVar;
exports.resolveExecutable = resolveExecutable;
exports.extraArgs = extraArgs;
exports.copilotAllowsAllTools = copilotAllowsAllTools;
exports.buildCommandInvocation = buildCommandInvocation;
exports.buildExecArgs = buildExecArgs;
exports.buildCopilotCommandArgs = buildCopilotCommandArgs;
/**
 * Building an agent's command line from its integration entry: the
 * invocation text for a spec-kit command, the operator's environment
 * overrides, and the argv for a non-interactive run.
 */
const types_js_1 = __nccwpck_require__(3171);
const shell_words_js_1 = __nccwpck_require__(2923);
/** The environment-variable stem for an integration: `kiro-cli` → `SPECKIT_INTEGRATION_KIRO_CLI`. */
function envStem(key) {
    return `SPECKIT_INTEGRATION_${key.toUpperCase().replace(/-/g, '_')}`;
}
/** Name of the variable that replaces the agent's executable. */
function executableOverrideVar(key) {
    return `${envStem(key)}_EXECUTABLE`;
}
/** Name of the variable whose words are added to the agent's argv. */
function extraArgsVar(key) {
    return `${envStem(key)}_EXTRA_ARGS`;
}
/** Copilot's permission switch: `0` turns off `--yolo`. */
exports.COPILOT_ALLOW_ALL_VAR = 'SPECKIT_COPILOT_ALLOW_ALL_TOOLS';
/** The older name of the same switch, still honoured when the new one is unset. */
exports.COPILOT_ALLOW_ALL_LEGACY_VAR = 'SPECKIT_ALLOW_ALL_TOOLS';
/** The executable to run: the override variable when set (trimmed), else the entry's default. */
function resolveExecutable(integration, cli, env) {
    const override = (env[executableOverrideVar(integration.key)] ?? '').trim();
    return override !== '' ? override : cli.executable;
}
/**
 * The operator's extra words for this agent. A value that cannot be split
 * is a configuration error of the whole run, as in the reference.
 */
function extraArgs(integration, env) {
    const name = extraArgsVar(integration.key);
    const value = (env[name] ?? '').trim();
    if (value === '')
        return [];
    try {
        return (0, shell_words_js_1.splitShellWords)(value);
    }
    catch (err) {
        if (!(err instanceof shell_words_js_1.ShellWordsError))
            throw err;
        throw new types_js_1.WorkflowError(`${name} must be a POSIX-quoted list of arguments, but ${err.message} in ${JSON.stringify(value)}. ` +
            `Quote words that contain spaces, for example ${name}='--append-system-prompt "be brief"'.`);
    }
}
/** Whether Copilot runs with `--yolo` (on unless a switch says `0`). */
function copilotAllowsAllTools(env) {
    const current = env[exports.COPILOT_ALLOW_ALL_VAR];
    if (current !== undefined)
        return current !== '0';
    const legacy = env[exports.COPILOT_ALLOW_ALL_LEGACY_VAR];
    if (legacy !== undefined)
        return legacy !== '0';
    return true;
}
/** `speckit.plan` → `plan`; other names are kept. */
function commandStem(commandName) {
    return commandName.startsWith('speckit.') ? commandName.slice('speckit.'.length) : commandName;
}
/** The hyphenated skill name of a command: `speckit.git.commit` → `speckit-git-commit`. */
function skillName(commandName) {
    return 'speckit-' + commandStem(commandName).replace(/\./g, '-');
}
/**
 * The text that makes the agent run a spec-kit command, followed by `args`
 * when there are any. Copilot's commands layout is handled by
 * `buildCopilotDispatch` instead.
 */
function buildCommandInvocation(integration, commandName, args = '') {
    let invocation;
    switch (integration.invocation) {
        case 'dotted':
            invocation = `/speckit.${commandStem(commandName)}`;
            break;
        case 'skill':
        case 'copilot':
            invocation = '/' + skillName(commandName);
            break;
        case 'dollar-skill':
            invocation = '$' + skillName(commandName);
            break;
        case 'skill-colon':
            invocation = '/skill:' + skillName(commandName);
            break;
        case 'hyphenated': {
            const name = commandName.replace(/\./g, '-');
            invocation = '/' + (name.startsWith('speckit-') ? name : `speckit-${name}`);
            break;
        }
        case 'hyphenated-keep':
            invocation =
                '/' + (commandName.startsWith('speckit-') ? commandName : skillName(commandName));
            break;
    }
    return args ? `${invocation} ${args}` : invocation;
}
/** Splits `/name rest` into `name` and `rest` at the first space. */
function splitSlashCommand(prompt) {
    const body = prompt.slice(1);
    const space = body.indexOf(' ');
    return space === -1 ? [body, ''] : [body.slice(0, space), body.slice(space + 1)];
}
/** The words each prompt-dependent slot expands to. */
function promptSlots(integration, cli, prompt) {
    switch (cli.promptForm) {
        case 'plain':
            return { '<prompt>': [prompt] };
        case 'goose-recipe': {
            if (prompt.startsWith('/speckit.')) {
                const [command, rest] = splitSlashCommand(prompt);
                const stem = command.slice('speckit.'.length);
                if (stem) {
                    const recipe = `${integration.commandsDir}/speckit.${stem}.yaml`;
                    const words = ['--recipe', recipe];
                    if (rest.trim())
                        words.push('--params', `args=${rest}`);
                    return { '<prompt>': words };
                }
            }
            return { '<prompt>': ['-t', prompt] };
        }
        case 'hermes-skill': {
            if (prompt.startsWith('/')) {
                const [command, rest] = splitSlashCommand(prompt);
                if (command)
                    return { '<prompt>': rest ? ['-s', command, '-q', rest] : ['-s', command] };
            }
            return { '<prompt>': ['-q', prompt] };
        }
        case 'opencode-command': {
            let message = prompt;
            let command = [];
            if (prompt.startsWith('/')) {
                const [name, rest] = splitSlashCommand(prompt);
                if (name) {
                    command = ['--command', name];
                    message = rest;
                }
            }
            return { '<command>': command, '<message>': message ? [message] : [] };
        }
    }
}
function isSlot(item) {
    return item.startsWith('<') && item.endsWith('>');
}
/**
 * The full argv (executable first) that runs `prompt` non-interactively, or
 * null when the integration cannot be dispatched to.
 */
function buildExecArgs(integration, prompt, options) {
    const cli = integration.cli;
    if (!cli)
        return null;
    const slots = {
        ...promptSlots(integration, cli, prompt),
        '<extra>': extraArgs(integration, options.env),
        '<model>': options.model && cli.modelFlag ? [cli.modelFlag, options.model] : [],
        '<json>': options.outputJson ? [...cli.jsonFlags] : [],
        '<agent>': options.copilotAgent ? ['--agent', options.copilotAgent] : [],
        '<permissions>': copilotAllowsAllTools(options.env) ? ['--yolo'] : []
    };
    const argv = [resolveExecutable(integration, cli, options.env)];
    for (const item of cli.argv) {
        const expansion = isSlot(item) ? slots[item] : undefined;
        if (expansion !== undefined)
            argv.push(...expansion);
        else
            argv.push(item);
    }
    return argv;
}
/**
 * What Copilot's dispatch runs for a spec-kit command: with the skills
 * layout the prompt is `/speckit-<name> args`; with the commands layout the
 * prompt is just the arguments and `--agent speckit.<name>` selects the agent.
 */
function buildCopilotCommandArgs(integration, commandName, args, skillsLayout, options) {
    if (skillsLayout) {
        return buildExecArgs(integration, buildCommandInvocation(integration, commandName, args), options);
    }
    return buildExecArgs(integration, args, {
        ...options,
        copilotAgent: `speckit.${commandStem(commandName)}`
    });
}


/***/ }),

/***/ 5972:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.copilotUsesSkills = copilotUsesSkills;
/**
 * Which layout a project's Copilot commands use. spec-kit installs Copilot
 * commands either as skills (`.github/skills/speckit-<name>/SKILL.md`, the
 * default) or as agents (`.github/agents/speckit.<name>.agent.md`), and
 * dispatches differently for each; it decides from the integration manifest
 * first, then from the files present.
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const pyvalue_js_1 = __nccwpck_require__(610);
const CORE_COMMANDS = [
    'analyze',
    'checklist',
    'clarify',
    'constitution',
    'converge',
    'implement',
    'plan',
    'specify',
    'tasks',
    'taskstoissues'
];
function isFile(p) {
    try {
        return fs.statSync(p).isFile();
    }
    catch {
        return false;
    }
}
/** The paths recorded in Copilot's manifest, or null when it is missing or unusable. */
function manifestPaths(projectRoot) {
    const manifest = path.join(projectRoot, '.specify', 'integrations', 'copilot.manifest.json');
    if (!isFile(manifest))
        return null;
    let data;
    try {
        data = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    }
    catch {
        return null;
    }
    // A manifest spec-kit itself would refuse to load says nothing about the layout.
    if (!(0, pyvalue_js_1.isDict)(data))
        return null;
    const files = data.files === undefined ? {} : data.files;
    if (!(0, pyvalue_js_1.isDict)(files) || !Object.entries(files).every(([, v]) => typeof v === 'string'))
        return null;
    const recovered = data.recovered_files === undefined ? [] : data.recovered_files;
    if (!Array.isArray(recovered) || !recovered.every((p) => typeof p === 'string'))
        return null;
    if ((0, pyvalue_js_1.pyTruthy)(data.integration) && data.integration !== 'copilot')
        return null;
    return Object.keys(files);
}
/** True when Copilot commands in this project are skills (the default). */
function copilotUsesSkills(projectRoot) {
    const recorded = manifestPaths(projectRoot);
    if (recorded) {
        if (recorded.some((p) => p.startsWith('.github/skills/speckit-') && p.endsWith('/SKILL.md')))
            return true;
        if (recorded.some((p) => p.startsWith('.github/agents/speckit.') && p.endsWith('.agent.md')))
            return false;
    }
    const github = path.join(projectRoot, '.github');
    const hasSkills = CORE_COMMANDS.some((c) => isFile(path.join(github, 'skills', `speckit-${c}`, 'SKILL.md')));
    const hasCommands = CORE_COMMANDS.some((c) => isFile(path.join(github, 'agents', `speckit.${c}.agent.md`)) ||
        isFile(path.join(github, 'prompts', `speckit.${c}.prompt.md`)));
    return !(hasCommands && !hasSkills);
}


/***/ }),

/***/ 4443:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CAPTURE_BYTES = void 0;
exports.buildDispatchArgv = buildDispatchArgv;
exports.prepareDispatch = prepareDispatch;
exports.runAgent = runAgent;
/**
 * Running an AI coding agent for a step: deciding whether (and how) the
 * agent can be dispatched to, then running it with its output streamed live
 * and captured.
 */
const process_js_1 = __nccwpck_require__(531);
const types_js_1 = __nccwpck_require__(3171);
const argv_js_1 = __nccwpck_require__(8711);
const copilot_layout_js_1 = __nccwpck_require__(5972);
const executables_js_1 = __nccwpck_require__(8216);
const integrations_js_1 = __nccwpck_require__(2074);
/** How much of each output stream is kept (the tail). */
exports.MAX_CAPTURE_BYTES = 1024 * 1024;
function notReady(reason) {
    return { ready: false, reason };
}
function installHint(integration) {
    const override = (0, argv_js_1.executableOverrideVar)(integration.key);
    const where = integration.installUrl ? ` (${integration.installUrl})` : '';
    return `install ${integration.name}${where} in an earlier job step, or set ${override} to its path`;
}
/**
 * The argv (executable first) that runs `request` through `integration`, or
 * null when it has no CLI dispatch. Output is streamed, so like the
 * reference no JSON output is asked for.
 */
function buildDispatchArgv(request, integration, target) {
    const options = { model: target.model, outputJson: false, env: target.env };
    if (request.kind === 'prompt')
        return (0, argv_js_1.buildExecArgs)(integration, request.prompt, options);
    if (integration.invocation === 'copilot') {
        const skills = (0, copilot_layout_js_1.copilotUsesSkills)(target.projectRoot || process.cwd());
        return (0, argv_js_1.buildCopilotCommandArgs)(integration, request.command, request.args, skills, options);
    }
    return (0, argv_js_1.buildExecArgs)(integration, (0, argv_js_1.buildCommandInvocation)(integration, request.command, request.args), options);
}
/**
 * Decide how to run `request` through the target's integration. Throws
 * WorkflowError when the operator's EXTRA_ARGS cannot be parsed.
 */
function prepareDispatch(request, target) {
    const key = target.integration;
    if (!key) {
        return notReady("no integration is set: name one with 'integration:' on the step or the workflow " +
            '(or initialise the project so .specify/integration.json records it)');
    }
    if (request.kind === 'prompt' && !request.prompt)
        return notReady('the prompt is empty');
    const integration = (0, integrations_js_1.getIntegration)(key);
    if (!integration) {
        return notReady(`${JSON.stringify(key)} is not a known integration (known: ${(0, integrations_js_1.integrationKeys)().join(', ')})`);
    }
    if (!integration.cli) {
        return notReady(`spec-kit has no command-line dispatch for ${integration.name} (${key})`);
    }
    const argv = buildDispatchArgv(request, integration, target);
    if (!argv)
        return notReady(`spec-kit has no command-line dispatch for ${integration.name} (${key})`);
    const executablePath = (0, executables_js_1.findExecutable)(argv[0], target.env, target.projectRoot || process.cwd());
    if (!executablePath) {
        return notReady(`the ${integration.name} CLI was not found (looked for ${JSON.stringify(argv[0])} on PATH); ${installHint(integration)}`);
    }
    return { ready: true, integration, argv, executablePath };
}
/**
 * Run a ready dispatch. Resolves to null when the agent could not be
 * started at all (the reference treats that as "not dispatched"); throws
 * InterruptedError when the run is cancelled (after the process tree is gone).
 */
async function runAgent(dispatch, options) {
    const outcome = await (0, process_js_1.runProcess)({
        command: dispatch.executablePath,
        args: dispatch.argv.slice(1),
        cwd: options.cwd,
        env: options.env,
        timeoutSeconds: options.timeoutSeconds,
        signal: options.signal,
        output: options.output,
        maxCaptureBytes: exports.MAX_CAPTURE_BYTES
    });
    // An agent that finished before the interruption keeps its result.
    if (outcome.aborted) {
        throw new types_js_1.InterruptedError(`${dispatch.integration.name} was stopped because the run was interrupted`);
    }
    if (outcome.spawnError)
        return null;
    return {
        // A timed-out agent records -1, as the reference's prompt step does.
        exitCode: outcome.timedOut ? -1 : outcome.exitCode,
        stdout: outcome.stdout,
        stderr: outcome.stderr,
        truncated: outcome.stdoutTruncated || outcome.stderrTruncated,
        timedOut: outcome.timedOut
    };
}


/***/ }),

/***/ 8216:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findExecutable = findExecutable;
/**
 * Finding an executable on a PATH, as Python's `shutil.which` does, but on
 * the PATH of the step's environment (not this process's) so a run can be
 * given its own tools.
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
// Python's os.defpath, used when PATH is not set at all.
const DEFAULT_PATH = '/bin:/usr/bin';
function isExecutableFile(candidate) {
    try {
        if (!fs.statSync(candidate).isFile())
            return false;
        fs.accessSync(candidate, fs.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The path of `name`, or null when it cannot be found. A name containing a
 * slash is checked as a path (relative to `cwd`); a bare name is looked up in
 * each PATH directory in turn.
 */
function findExecutable(name, env, cwd) {
    if (name === '')
        return null;
    if (name.includes('/') || (process.platform === 'win32' && name.includes('\\'))) {
        const candidate = path.resolve(cwd, name);
        return isExecutableFile(candidate) ? candidate : null;
    }
    const searchPath = env.PATH ?? DEFAULT_PATH;
    const extensions = process.platform === 'win32'
        ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)]
        : [''];
    for (const dir of searchPath.split(path.delimiter)) {
        // An empty PATH entry means the current directory.
        const base = path.resolve(cwd, dir === '' ? '.' : dir);
        for (const ext of extensions) {
            const candidate = path.join(base, name + ext);
            if (isExecutableFile(candidate))
                return candidate;
        }
    }
    return null;
}


/***/ }),

/***/ 2074:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The AI coding agents a workflow can dispatch to, one declarative entry per
 * spec-kit integration key.
 *
 * Every key spec-kit registers is listed (so `init` and error messages know
 * them all); only entries with a `cli` can run a `command` or `prompt` step.
 * The argv each entry describes must stay identical to what spec-kit builds:
 * tests/agents/argv.test.ts pins every entry against a table generated from
 * the reference.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.INTEGRATIONS = void 0;
exports.getIntegration = getIntegration;
exports.integrationKeys = integrationKeys;
// The argv shared by most agents: `<exe> -p <prompt> [extra] [--model M] [--output-format json]`.
const PRINT_ARGV = ['-p', '<prompt>', '<extra>', '<model>', '<json>'];
const OUTPUT_FORMAT_JSON = ['--output-format', 'json'];
function printCli(executable, modelFlag = '--model') {
    return {
        executable,
        argv: PRINT_ARGV,
        modelFlag,
        jsonFlags: OUTPUT_FORMAT_JSON,
        promptForm: 'plain'
    };
}
function entry(key, name, installUrl, invocation, cli) {
    return { key, name, installUrl, invocation, cli };
}
const ROVODEV_OUTPUT_SCHEMA = '{"type": "object", "properties": {"result": {"type": "string"}}}';
const ENTRIES = [
    entry('agy', 'Antigravity', 'https://antigravity.google/', 'skill', {
        executable: 'agy',
        argv: ['--print', '<prompt>', '<extra>'],
        modelFlag: null,
        jsonFlags: [],
        promptForm: 'plain'
    }),
    entry('alquimia', 'Alquimia AI', 'https://docs.alquimia.ai', 'skill', printCli('alquimia')),
    entry('amp', 'Amp', 'https://ampcode.com/manual#install', 'dotted', printCli('amp')),
    entry('auggie', 'Auggie CLI', 'https://docs.augmentcode.com/cli/setup-auggie/install-auggie-cli', 'dotted', printCli('auggie')),
    entry('bob', 'IBM Bob', null, 'dotted', null),
    entry('claude', 'Claude Code', 'https://docs.anthropic.com/en/docs/claude-code/setup', 'skill', printCli('claude')),
    entry('cline', 'Cline', 'https://github.com/cline/cline', 'hyphenated', null),
    entry('codebuddy', 'CodeBuddy', 'https://www.codebuddy.cn/docs/cli/installation', 'dotted', printCli('codebuddy')),
    entry('codex', 'Codex CLI', 'https://github.com/openai/codex', 'dollar-skill', {
        executable: 'codex',
        argv: ['exec', '<prompt>', '<extra>', '<model>', '<json>'],
        modelFlag: '--model',
        jsonFlags: ['--json'],
        promptForm: 'plain'
    }),
    entry('command-code', 'Command Code', 'https://commandcode.ai/docs', 'dollar-skill', printCli('command-code')),
    entry('copilot', 'GitHub Copilot', 'https://docs.github.com/en/copilot/concepts/agents/copilot-cli/about-copilot-cli', 'copilot', {
        executable: process.platform === 'win32' ? 'copilot.cmd' : 'copilot',
        argv: ['-p', '<prompt>', '<extra>', '<agent>', '<permissions>', '<model>', '<json>'],
        modelFlag: '--model',
        jsonFlags: OUTPUT_FORMAT_JSON,
        promptForm: 'plain'
    }),
    entry('cursor-agent', 'Cursor', 'https://docs.cursor.com/en/cli/overview', 'skill', {
        executable: 'cursor-agent',
        argv: [
            '-p',
            '--trust',
            '--approve-mcps',
            '--force',
            '<prompt>',
            '<extra>',
            '<model>',
            '<json>'
        ],
        modelFlag: '--model',
        jsonFlags: OUTPUT_FORMAT_JSON,
        promptForm: 'plain'
    }),
    entry('devin', 'Devin for Terminal', 'https://cli.devin.ai/docs', 'skill', {
        executable: 'devin',
        argv: ['-p', '<prompt>', '<extra>', '<model>'],
        modelFlag: '--model',
        jsonFlags: [],
        promptForm: 'plain'
    }),
    entry('droid', 'Factory Droid', 'https://docs.factory.ai/cli/getting-started/overview', 'skill', {
        executable: 'droid',
        // Droid alone puts the operator's extra words after its own flags.
        argv: ['exec', '<prompt>', '<model>', '<json>', '<extra>'],
        modelFlag: '--model',
        jsonFlags: OUTPUT_FORMAT_JSON,
        promptForm: 'plain'
    }),
    entry('firebender', 'Firebender', 'https://firebender.com/', 'dotted', null),
    entry('forge', 'Forge', 'https://forgecode.dev/docs/', 'hyphenated-keep', printCli('forge')),
    entry('gemini', 'Gemini CLI', 'https://github.com/google-gemini/gemini-cli', 'dotted', printCli('gemini', '-m')),
    entry('generic', 'Generic (bring your own agent)', null, 'dotted', null),
    {
        key: 'goose',
        name: 'Goose',
        installUrl: 'https://goose-docs.ai/docs/getting-started/installation',
        invocation: 'dotted',
        commandsDir: '.goose/recipes',
        cli: {
            executable: 'goose',
            argv: ['run', '<extra>', '<model>', '<json>', '<prompt>'],
            modelFlag: '--model',
            jsonFlags: OUTPUT_FORMAT_JSON,
            promptForm: 'goose-recipe'
        }
    },
    entry('grok', 'Grok Build', 'https://docs.x.ai/build/overview', 'skill', {
        executable: 'grok',
        argv: ['-p', '<prompt>', '--always-approve', '<extra>', '<model>', '<json>'],
        modelFlag: '--model',
        jsonFlags: OUTPUT_FORMAT_JSON,
        promptForm: 'plain'
    }),
    entry('hermes', 'Hermes Agent', 'https://github.com/NousResearch/hermes-agent', 'skill', {
        executable: 'hermes',
        argv: ['chat', '-Q', '<extra>', '<model>', '<json>', '<prompt>'],
        modelFlag: '-m',
        jsonFlags: ['--json'],
        promptForm: 'hermes-skill'
    }),
    entry('junie', 'Junie', 'https://junie.jetbrains.com/', 'hyphenated', printCli('junie')),
    entry('kilocode', 'Kilo Code', null, 'dotted', null),
    entry('kimi', 'Kimi Code', 'https://code.kimi.com/', 'skill-colon', printCli('kimi')),
    entry('kiro-cli', 'Kiro CLI', 'https://kiro.dev/docs/cli/', 'dotted', printCli('kiro-cli')),
    entry('lingma', 'Lingma', null, 'skill', null),
    entry('omp', 'Oh My Pi', 'https://www.npmjs.com/package/@oh-my-pi/pi-coding-agent', 'dotted', {
        executable: 'omp',
        // `--print` is a switch; the prompt is the last positional word.
        argv: ['--print', '<extra>', '<model>', '<json>', '<prompt>'],
        modelFlag: '--model',
        jsonFlags: ['--mode', 'json'],
        promptForm: 'plain'
    }),
    entry('opencode', 'opencode', 'https://opencode.ai', 'dotted', {
        executable: 'opencode',
        argv: ['run', '<extra>', '<command>', '<model>', '<json>', '<message>'],
        modelFlag: '-m',
        jsonFlags: ['--format', 'json'],
        promptForm: 'opencode-command'
    }),
    entry('pi', 'Pi Coding Agent', 'https://www.npmjs.com/package/@earendil-works/pi-coding-agent', 'dotted', printCli('pi')),
    entry('qodercli', 'Qoder CLI', 'https://qoder.com/cli', 'skill', printCli('qodercli')),
    entry('qwen', 'Qwen Code', 'https://github.com/QwenLM/qwen-code', 'dotted', printCli('qwen')),
    entry('rovodev', 'RovoDev ACLI', 'https://www.atlassian.com/software/rovo-dev', 'skill', {
        // Rovo Dev is a subcommand of Atlassian's `acli`; it takes no model.
        executable: 'acli',
        argv: ['rovodev', 'run', '<prompt>', '<extra>', '<json>'],
        modelFlag: null,
        jsonFlags: ['--output-schema', ROVODEV_OUTPUT_SCHEMA],
        promptForm: 'plain'
    }),
    entry('shai', 'SHAI', 'https://github.com/ovh/shai', 'dotted', printCli('shai')),
    entry('tabnine', 'Tabnine CLI', 'https://docs.tabnine.com/main/getting-started/tabnine-cli', 'dotted', printCli('tabnine', '-m')),
    entry('trae', 'Trae', null, 'skill', null),
    entry('vibe', 'Mistral Vibe', 'https://github.com/mistralai/mistral-vibe', 'skill', printCli('vibe')),
    entry('zcode', 'ZCode', 'https://zcode.z.ai/', 'dollar-skill', printCli('zcode')),
    entry('zed', 'Zed', null, 'skill', null)
];
/** Every integration, keyed by integration key. */
exports.INTEGRATIONS = new Map(ENTRIES.map((e) => [e.key, e]));
function getIntegration(key) {
    return exports.INTEGRATIONS.get(key);
}
/** Integration keys in sorted order (for messages). */
function integrationKeys() {
    return [...exports.INTEGRATIONS.keys()].sort();
}


/***/ }),

/***/ 8548:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSetting = resolveSetting;
exports.readProjectIntegration = readProjectIntegration;
exports.timeoutProblem = timeoutProblem;
exports.mergeOptions = mergeOptions;
/**
 * Settings shared by the agent steps (`command`, `prompt`): which
 * integration and model a step uses, and its timeout.
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const step_config_js_1 = __nccwpck_require__(9837);
function isUnset(value) {
    return value === undefined || value === null || value === '';
}
/**
 * A step's `integration` or `model`: the step's own value, else the
 * workflow's default when the step leaves it unset (absent, null or empty),
 * else `projectDefault()` when both are unset; a string holding `{{ }}` is
 * then evaluated. Non-string results are left for the caller to reject.
 */
function resolveSetting(stepValue, workflowDefault, context, projectDefault = () => null) {
    let value = isUnset(stepValue) ? workflowDefault : stepValue;
    if (isUnset(value))
        value = projectDefault() ?? (value === undefined ? null : value);
    if (typeof value === 'string' && value !== '' && value.includes('{{')) {
        value = (0, expressions_js_1.evaluateExpression)(value, context);
    }
    return value;
}
/**
 * The project's default integration as recorded by `specify init` in
 * `.specify/integration.json`, or null when the file is missing or unusable.
 */
function readProjectIntegration(projectRoot) {
    if (!projectRoot)
        return null;
    let data;
    try {
        data = JSON.parse(fs.readFileSync(path.join(projectRoot, '.specify', 'integration.json'), 'utf8'));
    }
    catch {
        return null;
    }
    if (!(0, pyvalue_js_1.isDict)(data))
        return null;
    const schema = data.integration_state_schema;
    // A file written by a newer spec-kit may mean something else.
    if (typeof schema === 'number' && Number.isInteger(schema) && schema > 1)
        return null;
    const clean = (v) => typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
    const installed = Array.isArray(data.installed_integrations) ? data.installed_integrations : [];
    return (clean(data.default_integration) ??
        clean(data.integration) ??
        installed.map(clean).find((k) => k) ??
        null);
}
/** A problem with a step's `timeout` (absent is fine: the default applies), or null. */
function timeoutProblem(config, stepKind) {
    if (!Object.prototype.hasOwnProperty.call(config, 'timeout'))
        return null;
    const timeout = config.timeout;
    if (typeof timeout === 'number' && timeout > 0 && Number.isFinite(timeout))
        return null;
    return `${stepKind} step ${(0, step_config_js_1.stepLabel)(config)}: 'timeout' must be a number of seconds greater than zero, got ${(0, pyvalue_js_1.pyRepr)(timeout)}.`;
}
/** The merged options: the workflow's defaults, overridden key by key by the step's. */
function mergeOptions(workflowDefaults, stepOptions) {
    return { ...((0, pyvalue_js_1.isDict)(workflowDefaults) ? workflowDefaults : {}), ...stepOptions };
}


/***/ }),

/***/ 2923:
/***/ ((__unused_webpack_module, exports) => {


/**
 * POSIX word splitting, as Python's `shlex.split` does it (posix mode, no
 * comments). The reference parses `SPECKIT_INTEGRATION_<KEY>_EXTRA_ARGS` with
 * it, so operators' values must split into the same tokens here.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ShellWordsError = void 0;
exports.splitShellWords = splitShellWords;
exports.quoteShellWord = quoteShellWord;
/** A value that cannot be split: an unclosed quote or a trailing backslash. */
class ShellWordsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ShellWordsError';
    }
}
exports.ShellWordsError = ShellWordsError;
const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
function splitShellWords(text) {
    const words = [];
    let state = 'between';
    // The state to return to after a backslash escape.
    let afterEscape = 'word';
    let word = '';
    // A quoted empty string ('' or "") is still a word.
    let quoted = false;
    const finishWord = () => {
        if (word !== '' || quoted)
            words.push(word);
        word = '';
        quoted = false;
    };
    for (const ch of text) {
        switch (state) {
            case 'between':
            case 'word':
                if (WHITESPACE.has(ch)) {
                    if (state === 'word')
                        finishWord();
                    state = 'between';
                }
                else if (ch === '\\') {
                    afterEscape = 'word';
                    state = 'escape';
                }
                else if (ch === "'" || ch === '"') {
                    quoted = true;
                    state = ch;
                }
                else {
                    word += ch;
                    state = 'word';
                }
                break;
            case "'":
                // Nothing is special inside single quotes but the closing quote.
                if (ch === "'")
                    state = 'word';
                else
                    word += ch;
                break;
            case '"':
                if (ch === '"')
                    state = 'word';
                else if (ch === '\\') {
                    afterEscape = '"';
                    state = 'escape';
                }
                else
                    word += ch;
                break;
            case 'escape':
                // Inside double quotes a backslash only escapes `"` and `\`; before
                // any other character it stays literal.
                if (afterEscape === '"' && ch !== '"' && ch !== '\\')
                    word += '\\';
                word += ch;
                state = afterEscape;
                break;
        }
    }
    if (state === 'escape')
        throw new ShellWordsError('a backslash at the end escapes nothing');
    if (state === "'" || state === '"')
        throw new ShellWordsError(`the ${state} quote is never closed`);
    if (state === 'word')
        finishWord();
    return words;
}
/** One word for a POSIX shell: as it is when it is plainly safe, else single-quoted. */
function quoteShellWord(word) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 8506:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dispatchForStep = dispatchForStep;
exports.dispatchedResult = dispatchedResult;
/**
 * The part of the `command` and `prompt` steps that is the same for both:
 * run the agent for the step and turn the outcome into the step's output
 * keys and error.
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const dispatch_js_1 = __nccwpck_require__(4443);
/** Dispatch `request` for a step whose integration and model are already resolved. */
async function dispatchForStep(request, integration, model, timeoutSeconds, context) {
    const target = { integration, model, projectRoot: context.projectRoot, env: context.env };
    const ready = (0, dispatch_js_1.prepareDispatch)(request, target);
    if (!ready.ready)
        return { dispatched: false, reason: ready.reason };
    const run = await (0, dispatch_js_1.runAgent)(ready, {
        cwd: context.projectRoot || process.cwd(),
        env: context.env,
        timeoutSeconds,
        signal: context.signal,
        output: context.output
    });
    if (!run) {
        return {
            dispatched: false,
            reason: `${ready.integration.name} could not be started from ${JSON.stringify(ready.executablePath)}`
        };
    }
    return { dispatched: true, run, agentName: ready.integration.name };
}
const ERROR_TAIL_LINES = 20;
const ERROR_TAIL_CHARS = 2000;
/** The last lines of an agent's stderr, short enough for an error message. */
function stderrTail(stderr) {
    const lines = stderr.trimEnd().split('\n');
    const tail = lines.slice(-ERROR_TAIL_LINES).join('\n');
    return tail.length > ERROR_TAIL_CHARS ? '…' + tail.slice(-ERROR_TAIL_CHARS) : tail;
}
/**
 * The output keys of a dispatched agent (`exit_code`, `stdout`, `stderr`,
 * `dispatched`, plus specflow's `truncated`) and, when it failed, the error.
 * `what` names the step's work for messages ("Command 'speckit.plan'").
 */
function dispatchedResult(what, run, agentName, timeoutSeconds) {
    let stderr = run.stderr;
    let error = null;
    if (run.timedOut) {
        const notice = `${what} timed out after ${(0, pyvalue_js_1.pyStr)(timeoutSeconds)} seconds; ${agentName} and its child processes were stopped.`;
        stderr = stderr === '' ? notice : `${stderr}${stderr.endsWith('\n') ? '' : '\n'}${notice}`;
        error = notice;
    }
    else if (run.exitCode !== 0) {
        const tail = stderrTail(run.stderr);
        error =
            `${what} failed: ${agentName} exited with code ${run.exitCode}` + (tail ? `:\n${tail}` : '.');
    }
    return {
        output: {
            exit_code: run.exitCode,
            stdout: run.stdout,
            stderr,
            dispatched: true,
            truncated: run.truncated
        },
        error
    };
}


/***/ }),

/***/ 1185:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WorkflowDefinition = void 0;
exports.loadWorkflowFile = loadWorkflowFile;
/**
 * A workflow definition as read from YAML, with the reference's header
 * defaults. Fields hold the raw parsed values (they may be malformed until
 * `validateWorkflow` has checked them), so they are typed `unknown`.
 */
const fs = __importStar(__nccwpck_require__(3024));
const pyvalue_js_1 = __nccwpck_require__(610);
const yaml_source_js_1 = __nccwpck_require__(6293);
class WorkflowDefinition {
    /** The whole document, exactly as parsed (what the run's `workflow.yml` copy is written from). */
    data;
    sourcePath;
    id;
    name;
    version;
    author;
    description;
    schemaVersion;
    defaultIntegration;
    defaultModel;
    /** `workflow.options`; an explicit null becomes `{}`. */
    defaultOptions;
    requires;
    inputs;
    steps;
    constructor(data, sourcePath = null) {
        this.data = data;
        this.sourcePath = sourcePath;
        // A `workflow:` block that is not a mapping reads as empty, so its fields
        // take their defaults and validation reports the missing id and name.
        const raw = (0, pyvalue_js_1.getOr)(data, 'workflow', {});
        const header = (0, pyvalue_js_1.isDict)(raw) ? raw : {};
        this.id = (0, pyvalue_js_1.getOr)(header, 'id', '');
        this.name = (0, pyvalue_js_1.getOr)(header, 'name', '');
        this.version = (0, pyvalue_js_1.getOr)(header, 'version', '0.0.0');
        this.author = (0, pyvalue_js_1.getOr)(header, 'author', '');
        this.description = (0, pyvalue_js_1.getOr)(header, 'description', '');
        this.schemaVersion = (0, pyvalue_js_1.getOr)(data, 'schema_version', '1.0');
        this.defaultIntegration = (0, pyvalue_js_1.getOr)(header, 'integration', null);
        this.defaultModel = (0, pyvalue_js_1.getOr)(header, 'model', null);
        const options = (0, pyvalue_js_1.getOr)(header, 'options', null);
        this.defaultOptions = options === null ? {} : options;
        this.requires = (0, pyvalue_js_1.getOr)(data, 'requires', {});
        this.inputs = (0, pyvalue_js_1.getOr)(data, 'inputs', {});
        this.steps = (0, pyvalue_js_1.getOr)(data, 'steps', []);
    }
    /** The `workflow:` block when it is a mapping. */
    get header() {
        const raw = this.data.workflow;
        return (0, pyvalue_js_1.isDict)(raw) ? raw : undefined;
    }
    /**
     * Where a mapping/sequence of this definition starts, or where `node[key]`
     * starts. Only known for definitions read from YAML text.
     */
    locate(node, key) {
        return (0, yaml_source_js_1.locateNode)(node, key);
    }
    /** The Python type of `node[key]` where JS hides it (`1.0` is a float, timestamps are dates). */
    scalarType(node, key) {
        return (0, yaml_source_js_1.scalarTypeOf)(node, key);
    }
    /** YAML text that reads back as this definition's data (for the run's copy). */
    toYaml() {
        return (0, yaml_source_js_1.dumpYaml)(this.data);
    }
    /** Parse workflow YAML text; `file` only labels error messages and positions. */
    static fromString(text, file) {
        const { data } = (0, yaml_source_js_1.parseYamlWithPositions)(text, file);
        if (!(0, pyvalue_js_1.isDict)(data)) {
            throw new yaml_source_js_1.WorkflowLoadError(`a workflow must be a YAML mapping at the top level, but this document is ${describeType(data)}`, { file });
        }
        return new WorkflowDefinition(data, file ?? null);
    }
}
exports.WorkflowDefinition = WorkflowDefinition;
function describeType(value) {
    const names = {
        NoneType: 'empty',
        list: 'a list',
        str: 'a string',
        int: 'a number',
        float: 'a number',
        bool: 'a boolean'
    };
    return names[(0, pyvalue_js_1.pyTypeName)(value)] ?? (0, pyvalue_js_1.pyTypeName)(value);
}
/** Read and parse a workflow file (UTF-8). Throws WorkflowLoadError naming the file. */
function loadWorkflowFile(path) {
    let bytes;
    try {
        bytes = fs.readFileSync(path);
    }
    catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new yaml_source_js_1.WorkflowLoadError(`cannot read the workflow file: ${reason}`, { file: path });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new yaml_source_js_1.WorkflowLoadError('the workflow file is not valid UTF-8 text', { file: path });
    }
    return WorkflowDefinition.fromString(text, path);
}


/***/ }),

/***/ 7586:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunState = exports.WorkflowEngine = void 0;
exports.runEndedBy = runEndedBy;
/**
 * The workflow engine: runs a validated definition step by step, records
 * every result in the run state, halts on pause/failure/abort, and resumes
 * from the step that stopped. Semantics follow spec-kit's engine; see
 * fan-out.ts for concurrent fan-out.
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const yaml_source_js_1 = __nccwpck_require__(6293);
const definition_js_1 = __nccwpck_require__(1185);
const validate_js_1 = __nccwpck_require__(6082);
const inputs_js_1 = __nccwpck_require__(5545);
const expressions_js_1 = __nccwpck_require__(6025);
const fan_out_js_1 = __nccwpck_require__(7662);
const index_js_1 = __nccwpck_require__(2734);
const pyvalue_js_1 = __nccwpck_require__(610);
const ids_js_1 = __nccwpck_require__(7744);
const step_config_js_1 = __nccwpck_require__(9837);
const while_js_1 = __nccwpck_require__(1539);
const run_state_js_1 = __nccwpck_require__(5039);
Object.defineProperty(exports, "RunState", ({ enumerable: true, get: function () { return run_state_js_1.RunState; } }));
const types_js_1 = __nccwpck_require__(3171);
const silentSink = { stdout() { }, stderr() { } };
/** Python's `a or b or c`: the first truthy operand, else the last. */
function pyOr(...values) {
    for (const v of values.slice(0, -1))
        if ((0, pyvalue_js_1.pyTruthy)(v))
            return v;
    return values[values.length - 1];
}
/** Runs that an error thrown out of a step ended (the error itself propagates unchanged). */
const failedRuns = new WeakMap();
/** The run an error ended, when it was thrown out of a running step; it is saved as failed. */
function runEndedBy(error) {
    return typeof error === 'object' && error !== null ? failedRuns.get(error) : undefined;
}
class WorkflowEngine {
    projectRoot;
    reporter;
    stepTypes;
    options;
    signal;
    live = null;
    acceptListeners = [];
    constructor(options) {
        this.options = options;
        this.projectRoot = path.resolve(options.projectRoot);
        this.reporter = options.reporter ?? {};
        this.stepTypes = options.stepTypes ?? index_js_1.STEP_TYPES;
        this.signal = options.signal ?? new AbortController().signal;
    }
    /**
     * The run this engine is driving (or last drove): null until a start or
     * resume has been accepted. An adapter that must change the live run from
     * outside (mark it paused when a step ignores cancellation) goes through
     * this instance: a second RunState loaded from disk would be a second writer.
     */
    get liveState() {
        return this.live;
    }
    /**
     * Call `listener` once a start or resume is accepted (inputs resolved, the
     * state written as running), just before the first step starts.
     */
    onRunAccepted(listener) {
        this.acceptListeners.push(listener);
    }
    /** A workflow by path (`*.yml`/`*.yaml` file) or by installed id (`.specify/workflows/<id>/workflow.yml`). */
    loadWorkflow(source) {
        const asPath = path.resolve(this.projectRoot, source);
        if (/\.ya?ml$/i.test(source) && fs.existsSync(asPath) && fs.statSync(asPath).isFile()) {
            return (0, definition_js_1.loadWorkflowFile)(asPath);
        }
        if ((0, ids_js_1.isValidWorkflowId)(source)) {
            const installed = path.join(this.projectRoot, '.specify', 'workflows', source, 'workflow.yml');
            if (fs.existsSync(installed))
                return (0, definition_js_1.loadWorkflowFile)(installed);
        }
        throw new types_js_1.WorkflowError(`workflow not found: ${source} (neither a .yml file nor an installed workflow id)`);
    }
    /** Start a new run of a (validated) definition. */
    async execute(definition, inputs = {}, runId) {
        const defaultsErrors = (0, validate_js_1.dispatchDefaultErrors)(definition);
        if (defaultsErrors.length > 0)
            throw new types_js_1.WorkflowError(defaultsErrors.join(' '));
        let id = runId;
        if (id === undefined) {
            const fromEnv = (this.options.env ?? process.env).SPECKIT_WORKFLOW_RUN_ID?.trim();
            id = fromEnv ? fromEnv : (0, run_state_js_1.generateRunId)();
        }
        (0, run_state_js_1.assertValidRunId)(id);
        const resolved = (0, inputs_js_1.resolveInputs)(definition, inputs, this.projectRoot);
        const dir = (0, run_state_js_1.runDirectory)(this.projectRoot, id);
        if (fs.existsSync(path.join(dir, 'state.json'))) {
            // Starting over would silently replace a run's saved state.
            throw new types_js_1.WorkflowError(`run ${id} already exists: resume it, or choose another run id`);
        }
        const state = new run_state_js_1.RunState({
            runId: id,
            workflowId: definition.id,
            projectRoot: this.projectRoot,
            coalesceMs: this.options.persistIntervalMs
        });
        fs.mkdirSync(dir, { recursive: true });
        // The run keeps its own copy of the definition so resume works even if the source moves.
        fs.writeFileSync(path.join(dir, 'workflow.yml'), (0, yaml_source_js_1.dumpYaml)(definition.data), 'utf8');
        state.inputs = resolved;
        state.workflowDir = definition.sourcePath
            ? path.dirname(path.resolve(definition.sourcePath))
            : null;
        state.status = types_js_1.RunStatus.Running;
        state.runner = (0, run_state_js_1.currentRunner)();
        state.flush();
        const context = this.makeContext(definition, state);
        return this.drive({ state, prior: new Map() }, definition.steps, context, 0, 'workflow_failed');
    }
    /** Continue a paused or failed run from the step where it stopped. */
    async resume(runId, inputs = {}) {
        const state = run_state_js_1.RunState.load(runId, this.projectRoot, this.options.persistIntervalMs);
        // A run left `running` by a process that was killed (SIGKILL, a crash, a lost
        // machine) would otherwise be stuck forever: treat it as interrupted.
        const orphaned = state.status === types_js_1.RunStatus.Running && (0, run_state_js_1.runnerIsGone)(state.runner);
        if (orphaned)
            state.log({ event: 'run_recovered', previous_runner: state.runner });
        if (!orphaned && state.status !== types_js_1.RunStatus.Paused && state.status !== types_js_1.RunStatus.Failed) {
            throw new types_js_1.WorkflowError(`run ${runId} is ${state.status}; only paused or failed runs can be resumed`);
        }
        const copy = path.join(state.runDir, 'workflow.yml');
        const definition = fs.existsSync(copy)
            ? (0, definition_js_1.loadWorkflowFile)(copy)
            : this.loadWorkflow(state.workflowId);
        const defaultsErrors = (0, validate_js_1.dispatchDefaultErrors)(definition);
        if (defaultsErrors.length > 0)
            throw new types_js_1.WorkflowError(defaultsErrors.join(' '));
        if (Object.keys(inputs).length > 0) {
            state.inputs = (0, inputs_js_1.resolveInputs)(definition, { ...state.inputs, ...inputs }, this.projectRoot);
        }
        const prior = new Map(Object.entries(state.stepResults));
        state.error = null;
        state.status = types_js_1.RunStatus.Running;
        state.runner = (0, run_state_js_1.currentRunner)();
        state.flush();
        const context = this.makeContext(definition, state);
        const steps = definition.steps;
        const offset = state.currentStepIndex;
        return this.drive({ state, prior }, steps.slice(offset), context, offset, 'resume_failed');
    }
    makeContext(definition, state) {
        return {
            inputs: state.inputs,
            steps: state.stepResults,
            item: null,
            insideFanOut: false,
            fanIn: {},
            defaultIntegration: definition.defaultIntegration,
            defaultModel: definition.defaultModel,
            defaultOptions: definition.defaultOptions,
            projectRoot: this.projectRoot,
            runId: state.runId,
            workflowDir: state.workflowDir,
            prompt: this.options.prompt ?? null,
            signal: this.signal,
            output: this.options.output ?? silentSink,
            env: this.options.env ?? process.env
        };
    }
    /** Run steps to a stop and make the state on disk exact. */
    async drive(session, steps, context, offset, failureEvent) {
        const { state } = session;
        this.live = state;
        for (const listener of this.acceptListeners)
            listener(state);
        try {
            await this.executeSteps(session, steps, context, offset, 0);
        }
        catch (err) {
            if (err instanceof types_js_1.InterruptedError || this.signal.aborted) {
                state.status = types_js_1.RunStatus.Paused;
                state.log({ event: 'workflow_interrupted' });
                state.runner = null;
                state.flush();
                return state;
            }
            const message = err instanceof Error ? err.message : String(err);
            if (typeof err === 'object' && err !== null)
                failedRuns.set(err, state);
            state.status = types_js_1.RunStatus.Failed;
            state.error = message;
            state.log({ event: failureEvent, error: message });
            state.runner = null;
            state.flush();
            throw err;
        }
        if (state.status === types_js_1.RunStatus.Running)
            state.status = types_js_1.RunStatus.Completed;
        state.log({ event: 'workflow_finished', status: state.status });
        state.runner = null;
        state.flush();
        return state;
    }
    /**
     * Execute a list of steps in order. `offset` is the index of the first step
     * in the top-level list, or -1 for nested steps (which leave
     * current_step_index alone, so a resume re-runs the enclosing step).
     */
    async executeSteps(session, steps, context, offset, depth) {
        const { state } = session;
        for (let i = 0; i < steps.length; i++) {
            if (this.signal.aborted)
                throw new types_js_1.InterruptedError();
            const config = steps[i];
            const stepId = String((0, pyvalue_js_1.getOr)(config, 'id', `step-${i}`));
            const type = (0, pyvalue_js_1.getOr)(config, 'type', 'command');
            state.currentStepId = stepId;
            if (offset >= 0)
                state.currentStepIndex = offset + i;
            state.log({ event: 'step_started', step_id: stepId, type });
            // Top-level progress reaches the disk at once, so a killed process never
            // makes a resume repeat a finished step; fan-out items (depth > 0, and
            // possibly thousands) are coalesced instead.
            if (depth === 0)
                state.flush();
            const label = pyOr((0, pyvalue_js_1.getOr)(config, 'command', ''), type);
            this.reporter.stepStarted?.({ stepId, type, label: String(label), depth });
            const impl = typeof type === 'string' ? this.stepTypes.get(type) : undefined;
            if (!impl) {
                const error = `unknown step type ${JSON.stringify(type)} at step ${stepId}`;
                state.status = types_js_1.RunStatus.Failed;
                state.error = error;
                state.log({ event: 'step_failed', step_id: stepId, error });
                this.reporter.stepFinished?.({
                    stepId,
                    type: String(type),
                    status: null,
                    record: undefined,
                    depth
                });
                return;
            }
            const startedAt = new Date().toISOString();
            const result = await impl.execute(config, context);
            const out = result.output ?? {};
            const record = {
                type,
                integration: pyOr(out.integration, config.integration, context.defaultIntegration) ?? null,
                model: pyOr(out.model, config.model, context.defaultModel) ?? null,
                options: pyOr(out.options, (0, pyvalue_js_1.getOr)(config, 'options', {})) ?? null,
                input: pyOr(out.input, (0, pyvalue_js_1.getOr)(config, 'input', {})) ?? null,
                output: out,
                status: result.status,
                error: result.error ?? null
            };
            // Timings live beside the records: `{{ steps.x }}` must see exactly the reference's record.
            state.stepTimings[stepId] = { started_at: startedAt, finished_at: new Date().toISOString() };
            state.recordStep(stepId, record);
            if (depth === 0)
                state.flush();
            state.log({ event: 'step_completed', step_id: stepId, status: result.status });
            if (result.status === types_js_1.StepStatus.Paused) {
                state.status = types_js_1.RunStatus.Paused;
                this.finishReport(stepId, type, record, depth);
                return;
            }
            if (result.status === types_js_1.StepStatus.Failed) {
                if (out.aborted) {
                    // A gate's abort is an operator decision: continue_on_error never overrides it.
                    state.status = types_js_1.RunStatus.Aborted;
                    state.error = result.error ?? null;
                    state.log({ event: 'workflow_aborted', step_id: stepId });
                    this.finishReport(stepId, type, record, depth);
                    return;
                }
                if (config.continue_on_error === true) {
                    state.log({
                        event: 'step_continue_on_error',
                        step_id: stepId,
                        error: result.error ?? null
                    });
                    this.finishReport(stepId, type, record, depth);
                    continue;
                }
                state.status = types_js_1.RunStatus.Failed;
                state.error = result.error ?? null;
                state.log({ event: 'step_failed', step_id: stepId, error: result.error ?? null });
                this.finishReport(stepId, type, record, depth);
                return;
            }
            const nested = result.nextSteps ?? [];
            if (nested.length > 0) {
                await this.executeSteps(session, nested, context, -1, depth + 1);
                if ((0, run_state_js_1.isHalted)(state))
                    return this.finishReport(stepId, type, record, depth);
                if (type === 'while' || type === 'do-while') {
                    await this.repeatLoop(session, stepId, config, nested, context, depth);
                    if ((0, run_state_js_1.isHalted)(state))
                        return this.finishReport(stepId, type, record, depth);
                }
            }
            if (type === 'fan-out') {
                const items = (0, pyvalue_js_1.getOr)(out, 'items', []);
                const template = (0, pyvalue_js_1.getOr)(out, 'step_template', {});
                if ((0, pyvalue_js_1.pyTruthy)(template) && (0, pyvalue_js_1.pyTruthy)(items)) {
                    const results = await (0, fan_out_js_1.runFanOut)(this, session, {
                        parentId: stepId,
                        items: items,
                        template: template,
                        maxConcurrency: (0, pyvalue_js_1.getOr)(out, 'max_concurrency', 1),
                        context,
                        depth
                    });
                    context.item = null;
                    state.setStepOutput(stepId, { ...out, results });
                    if ((0, run_state_js_1.isHalted)(state))
                        return this.finishReport(stepId, type, record, depth);
                }
                else {
                    out.results = [];
                    state.setStepOutput(stepId, out);
                }
            }
            this.finishReport(stepId, type, record, depth);
        }
    }
    finishReport(stepId, type, record, depth) {
        this.reporter.stepFinished?.({ stepId, type, status: record.status, record, depth });
    }
    /**
     * while/do-while: the step itself ran the body once; repeat it while the
     * condition holds, up to max_iterations in all. Each repetition records
     * its steps as `<loop>:<step>:<n>` and aliases the plain id to the latest.
     */
    async repeatLoop(session, loopId, config, body, context, depth) {
        const { state } = session;
        const cap = config.max_iterations;
        const maxIterations = (0, step_config_js_1.isIntSetting)(config, 'max_iterations') && cap >= 1
            ? cap
            : while_js_1.DEFAULT_MAX_ITERATIONS;
        const condition = (0, pyvalue_js_1.getOr)(config, 'condition', false);
        for (let iteration = 1; iteration < maxIterations; iteration++) {
            if (!(0, expressions_js_1.evaluateCondition)(condition, context))
                break;
            for (let n = 0; n < body.length; n++) {
                const original = body[n].id;
                const baseId = (0, pyvalue_js_1.pyTruthy)(original) ? String(original) : `step-${n}`;
                const stepCopy = { ...body[n], id: `${loopId}:${baseId}:${iteration}` };
                await this.executeSteps(session, [stepCopy], context, -1, depth + 1);
                if ((0, run_state_js_1.isHalted)(state))
                    return;
                const rec = context.steps[stepCopy.id];
                if ((0, pyvalue_js_1.pyTruthy)(original) && rec !== undefined) {
                    context.steps[String(original)] = rec;
                    state.recordStep(String(original), rec);
                }
            }
        }
    }
}
exports.WorkflowEngine = WorkflowEngine;


/***/ }),

/***/ 6025:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evaluateExpression = evaluateExpression;
exports.evaluateCondition = evaluateCondition;
exports.conditionIsNeverEvaluated = conditionIsNeverEvaluated;
exports.conditionHasMalformedExpressionBlock = conditionHasMalformedExpressionBlock;
exports.suggestedConditionCorrection = suggestedConditionCorrection;
exports.conditionFixHint = conditionFixHint;
/**
 * The `{{ }}` expression language of workflow templates.
 *
 * A behavioural port of the reference engine's evaluator. The grammar is not
 * a conventional one: an expression is taken apart by searching for operator
 * text at the top level (outside quotes and brackets), in a fixed order:
 *
 *   1. a lone quoted string literal
 *   2. `|` filter chains (so a pipe binds loosest: `a or b | default(1)`
 *      filters the result of `a or b`)
 *   3. ` or `, then ` and ` (split at the first occurrence; both sides are
 *      always evaluated, the result is a bool)
 *   4. a `not ` prefix
 *   5. the first of `!=`, `==`, `>=`, `<=`, `>`, `<`, ` not in `, ` in ` found
 *      anywhere (so `a > b == c` splits on `==`)
 *   6. number, boolean, null and list literals
 *   7. otherwise a dotted path into the namespace (missing keys give None)
 *
 * Values follow Python semantics through `pyvalue.ts`. specflow keeps no
 * int/float distinction for integral numbers, so where the reference holds an
 * integral float (a `2.0` or `1.5e3` literal, a JSON number such as `1.0` or
 * `1e2` read by from_json) the value is the integer and renders as `2`, not
 * `2.0` (and `1e16` as `10000000000000000`, `-0.0` as `0`). Comparisons are
 * unaffected. Integers beyond 2**53 lose precision.
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
/**
 * A filter written in a way the evaluator cannot apply (unknown name, or a
 * known filter in a form it does not take). Distinguished from errors about
 * the filtered value so the condition fix hint can tell the author's wiring
 * apart from placeholder data.
 */
class FilterFormError extends types_js_1.ExpressionError {
    summary;
    constructor(summary, detail) {
        super(`${summary}: ${detail}`);
        this.summary = summary;
    }
}
const FILTER_NAMES = ['default', 'join', 'map', 'contains', 'from_json'];
const FILTER_FORMS = "default, default('x'), join('sep'), map('attr'), contains('s') or from_json";
// Python's `\w` is Unicode-aware: letters, digits of any kind, and '_'.
const LEADING_WORD = /^[\p{L}\p{N}_]+/u;
// `name(arg)` spanning the whole segment; the argument may not hold a newline
// (Python's `.` excludes only '\n', so `[^\n]` rather than JS `.`).
const FILTER_CALL = /^([\p{L}\p{N}_]+)\(([^\n]+)\)$/u;
// One path part with an index, `name[3]`; Python's `$` also matches before a final newline.
const INDEXED_PART = /^([\p{L}\p{N}_-]+)\[(\p{Nd}+)\]\n?$/u;
const truthy = pyvalue_js_1.pyTruthy;
/** Python's `value or {}`; a dict stays itself (an empty one is as good as `{}`), without an O(size) truthiness test. */
function orEmptyDict(value) {
    return (0, pyvalue_js_1.isDict)(value) || truthy(value) ? value : {};
}
function buildNamespace(scope) {
    return {
        inputs: orEmptyDict(scope.inputs),
        steps: orEmptyDict(scope.steps),
        item: scope.item === undefined ? null : scope.item,
        fan_in: orEmptyDict(scope.fanIn),
        context: {
            run_id: truthy(scope.runId) ? scope.runId : '',
            workflow_dir: truthy(scope.workflowDir) ? scope.workflowDir : ''
        }
    };
}
// ---------------------------------------------------------------------------
// Quote- and bracket-aware scanning
/** Index of the first `token` outside quotes and brackets, or -1. */
function findTopLevel(text, token) {
    let quote = null;
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote !== null) {
            if (ch === quote)
                quote = null;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
        }
        else if (ch === '(' || ch === '[' || ch === '{') {
            depth++;
        }
        else if (ch === ')' || ch === ']' || ch === '}') {
            depth = Math.max(0, depth - 1);
        }
        else if (depth === 0 && text.startsWith(token, i)) {
            return i;
        }
    }
    return -1;
}
/** Split on every top-level `sep`. */
function splitTopLevel(text, sep) {
    const parts = [];
    let start = 0;
    for (;;) {
        const idx = findTopLevel(text.slice(start), sep);
        if (idx === -1) {
            parts.push(text.slice(start));
            return parts;
        }
        parts.push(text.slice(start, start + idx));
        start += idx + sep.length;
    }
}
/** Split list-literal elements on commas outside quotes and brackets. */
function splitTopLevelCommas(text) {
    const parts = [];
    let buf = '';
    let quote = null;
    let depth = 0;
    for (const ch of text) {
        if (quote !== null) {
            buf += ch;
            if (ch === quote)
                quote = null;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            buf += ch;
        }
        else if (ch === '(' || ch === '[' || ch === '{') {
            depth++;
            buf += ch;
        }
        else if (ch === ')' || ch === ']' || ch === '}') {
            depth = Math.max(0, depth - 1);
            buf += ch;
        }
        else if (ch === ',' && depth === 0) {
            parts.push(buf);
            buf = '';
        }
        else {
            buf += ch;
        }
    }
    parts.push(buf);
    return parts;
}
/** Index of the `}}` closing the block opened at `start`, ignoring quoted text; -1 if none. */
function findBlockClose(text, start) {
    let quote = null;
    for (let i = start + 2; i < text.length; i++) {
        const ch = text[i];
        if (quote !== null) {
            if (ch === quote)
                quote = null;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
        }
        else if (ch === '}' && text[i + 1] === '}') {
            return i;
        }
    }
    return -1;
}
/** True when `stripped` is exactly one `{{ ... }}` block with a non-blank body. */
function isSingleExpression(stripped) {
    if (!(stripped.startsWith('{{') && stripped.endsWith('}}')))
        return false;
    const inner = stripped.slice(2, -2);
    if ((0, pyvalue_js_1.pyStrip)(inner) === '')
        return false;
    let quote = null;
    for (let i = 0; i < inner.length; i++) {
        const ch = inner[i];
        if (quote !== null) {
            if (ch === quote)
                quote = null;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
        }
        else if (ch === '}' && inner[i + 1] === '}') {
            return false; // a `}}` outside quotes ends the first block early
        }
    }
    return true;
}
/**
 * How interpolation treats the first block it cannot close with the
 * quote-aware scan: 'evaluated' when a raw `}}` still follows (the truncated
 * body is evaluated), 'verbatim' when none does (the rest is kept as text),
 * null when every block closes.
 */
function firstUnclosableBlock(text) {
    let i = 0;
    for (;;) {
        const start = text.indexOf('{{', i);
        if (start === -1)
            return null;
        const close = findBlockClose(text, start);
        if (close === -1)
            return text.indexOf('}}', start + 2) !== -1 ? 'evaluated' : 'verbatim';
        i = close + 2;
    }
}
// ---------------------------------------------------------------------------
// Evaluation
function resolveDotPath(root, path) {
    let current = root;
    for (const part of path.split('.')) {
        const indexed = INDEXED_PART.exec(part);
        if (indexed) {
            if (!(0, pyvalue_js_1.isDict)(current))
                return null;
            current = (0, pyvalue_js_1.getOr)(current, indexed[1], null);
            const index = (0, pyvalue_js_1.pyParseInt)(indexed[2]);
            if (index === undefined) {
                throw new types_js_1.ExpressionError(`index in '${path}' has more than ${pyvalue_js_1.PY_INT_MAX_STR_DIGITS} digits`);
            }
            if (!Array.isArray(current) || index >= current.length)
                return null;
            current = current[index];
        }
        else if ((0, pyvalue_js_1.isDict)(current)) {
            current = (0, pyvalue_js_1.getOr)(current, part, null);
        }
        else {
            return null;
        }
        if (current === null || current === undefined)
            return null;
    }
    return current;
}
/** A numeric string as a number (float when it holds a dot, else int); anything else unchanged. */
function coerceNumber(value) {
    if (typeof value !== 'string')
        return value;
    const n = value.includes('.') ? (0, pyvalue_js_1.pyParseFloat)(value) : (0, pyvalue_js_1.pyParseInt)(value);
    return n === undefined ? value : n;
}
const isNumeric = (v) => typeof v === 'number' || typeof v === 'boolean';
/** Ordering that coerces numeric strings when both sides are numeric; incomparable pairs are false. */
function safeCompare(left, right, op) {
    const cl = coerceNumber(left);
    const cr = coerceNumber(right);
    if (isNumeric(cl) && isNumeric(cr)) {
        left = cl;
        right = cr;
    }
    try {
        return (0, pyvalue_js_1.pyCompare)(left, right, op);
    }
    catch (err) {
        if (err instanceof TypeError)
            return false;
        throw err;
    }
}
/** `left in right`, false (or true for `not in`) when the operands do not support membership. */
function safeMembership(left, right, negate) {
    let contained;
    try {
        contained = (0, pyvalue_js_1.pyContains)(right, left);
    }
    catch (err) {
        if (!(err instanceof TypeError))
            throw err;
        contained = false;
    }
    return negate ? !contained : contained;
}
const COMPARISON_OPERATORS = ['!=', '==', '>=', '<=', '>', '<', ' not in ', ' in '];
function isStringLiteral(expr) {
    const q = expr.charAt(0);
    return (q === "'" || q === '"') && expr.indexOf(q, 1) === expr.length - 1;
}
/** The numeric literal rule: float() when the text holds a dot, int() otherwise (so `1e3` is no number). */
function numericLiteral(text) {
    return text.includes('.') ? (0, pyvalue_js_1.pyParseFloat)(text) : (0, pyvalue_js_1.pyParseInt)(text);
}
function evaluateSimple(raw, ns) {
    const expr = (0, pyvalue_js_1.pyStrip)(raw);
    if (isStringLiteral(expr))
        return expr.slice(1, -1);
    if (findTopLevel(expr, '|') !== -1) {
        const [head, ...filters] = splitTopLevel(expr, '|');
        let value = evaluateSimple(head, ns);
        for (const filter of filters)
            value = applyFilter(value, (0, pyvalue_js_1.pyStrip)(filter), ns);
        return value;
    }
    const orIdx = findTopLevel(expr, ' or ');
    if (orIdx !== -1) {
        const left = evaluateSimple(expr.slice(0, orIdx), ns);
        const right = evaluateSimple(expr.slice(orIdx + 4), ns);
        return truthy(left) || truthy(right);
    }
    const andIdx = findTopLevel(expr, ' and ');
    if (andIdx !== -1) {
        const left = evaluateSimple(expr.slice(0, andIdx), ns);
        const right = evaluateSimple(expr.slice(andIdx + 5), ns);
        return truthy(left) && truthy(right);
    }
    if (expr.startsWith('not '))
        return !truthy(evaluateSimple(expr.slice(4), ns));
    for (const op of COMPARISON_OPERATORS) {
        const idx = findTopLevel(expr, op);
        if (idx === -1)
            continue;
        const left = evaluateSimple(expr.slice(0, idx), ns);
        const right = evaluateSimple(expr.slice(idx + op.length), ns);
        switch (op) {
            case '==':
                return (0, pyvalue_js_1.pyEquals)(left, right);
            case '!=':
                return !(0, pyvalue_js_1.pyEquals)(left, right);
            case ' in ':
                return safeMembership(left, right, false);
            case ' not in ':
                return safeMembership(left, right, true);
            default:
                return safeCompare(left, right, op);
        }
    }
    const number = numericLiteral(expr);
    if (number !== undefined)
        return number;
    const lower = expr.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    if (lower === 'none' || lower === 'null')
        return null;
    if (expr.startsWith('[') && expr.endsWith(']')) {
        const inner = (0, pyvalue_js_1.pyStrip)(expr.slice(1, -1));
        if (inner === '')
            return [];
        // Empty elements (`[1, 2,]`) are dropped rather than read as None.
        return splitTopLevelCommas(inner)
            .filter((element) => (0, pyvalue_js_1.pyStrip)(element) !== '')
            .map((element) => evaluateSimple(element, ns));
    }
    return resolveDotPath(ns, expr);
}
function applyFilter(value, filter, ns) {
    const leading = LEADING_WORD.exec(filter)?.[0];
    // from_json takes nothing: any argument or trailing text is an error, not another filter.
    if (leading === 'from_json') {
        if (filter !== 'from_json') {
            throw new FilterFormError('from_json takes no arguments', `write '| from_json' on its own, not '| ${filter}'`);
        }
        return filterFromJson(value);
    }
    const call = FILTER_CALL.exec(filter);
    if (call) {
        // The argument is evaluated before the name is checked, as in the reference.
        const arg = evaluateSimple(call[2], ns);
        switch (call[1]) {
            case 'default':
                return filterDefault(value, arg);
            case 'join':
                return filterJoin(value, arg);
            case 'map':
                return filterMap(value, arg);
            case 'contains':
                return filterContains(value, arg);
        }
    }
    if (filter === 'default')
        return filterDefault(value, '');
    const name = leading ?? filter;
    if (FILTER_NAMES.includes(name)) {
        throw new FilterFormError(`filter '${name}' cannot be used as '| ${filter}'`, `the supported forms are ${FILTER_FORMS}`);
    }
    throw new FilterFormError(`unknown filter '${name}' in '| ${filter}'`, `the supported filters are ${FILTER_FORMS}`);
}
function filterDefault(value, fallback) {
    return value === null || value === undefined || value === '' ? fallback : value;
}
function filterJoin(value, separator) {
    if (typeof separator !== 'string') {
        throw new types_js_1.ExpressionError(`join needs a string separator, but its argument is ${(0, pyvalue_js_1.pyTypeName)(separator)}`);
    }
    // A non-list renders as text, so a missing value joins to 'None'.
    return Array.isArray(value) ? value.map(pyvalue_js_1.pyStr).join(separator) : (0, pyvalue_js_1.pyStr)(value);
}
function filterMap(value, attr) {
    if (typeof attr !== 'string') {
        throw new types_js_1.ExpressionError(`map needs a string attribute name, but its argument is ${(0, pyvalue_js_1.pyTypeName)(attr)}`);
    }
    if (!Array.isArray(value))
        return [];
    const parts = attr.split('.');
    return value.map((item) => {
        if (!(0, pyvalue_js_1.isDict)(item))
            return item;
        let v = item;
        for (const part of parts) {
            if (!(0, pyvalue_js_1.isDict)(v))
                return null;
            v = (0, pyvalue_js_1.getOr)(v, part, null);
        }
        return v === undefined ? null : v;
    });
}
function filterContains(value, needle) {
    if (typeof value === 'string') {
        if (typeof needle !== 'string') {
            throw new types_js_1.ExpressionError(`contains on a string needs a string argument, but its argument is ${(0, pyvalue_js_1.pyTypeName)(needle)}`);
        }
        return value.includes(needle);
    }
    if (Array.isArray(value))
        return (0, pyvalue_js_1.pyContains)(value, needle);
    return false;
}
function filterFromJson(value) {
    if (typeof value !== 'string') {
        throw new types_js_1.ExpressionError(`from_json needs a JSON string, but the value is ${(0, pyvalue_js_1.pyTypeName)(value)}`);
    }
    try {
        return (0, pyvalue_js_1.pyJsonLoads)(value);
    }
    catch (err) {
        throw new types_js_1.ExpressionError(`from_json could not parse its input: ${err.message}`);
    }
}
function interpolate(template, ns) {
    let out = '';
    let i = 0;
    while (i < template.length) {
        const start = template.indexOf('{{', i);
        if (start === -1) {
            out += template.slice(i);
            break;
        }
        out += template.slice(i, start);
        let close = findBlockClose(template, start);
        if (close === -1) {
            // No close outside quotes. A raw `}}` further on is used anyway (so an
            // unbalanced quote surfaces as an evaluation error); with none at all the
            // rest of the template stays as written.
            close = template.indexOf('}}', start + 2);
            if (close === -1) {
                out += template.slice(start);
                break;
            }
        }
        const value = evaluateSimple(template.slice(start + 2, close), ns);
        out += value === null || value === undefined ? '' : (0, pyvalue_js_1.pyStr)(value);
        i = close + 2;
    }
    return out;
}
/** Evaluate a template: a single `{{ }}` block returns the typed value, else text. Non-strings pass through. Throws ExpressionError. */
function evaluateExpression(template, scope) {
    if (typeof template !== 'string')
        return template;
    const ns = buildNamespace(scope);
    const stripped = (0, pyvalue_js_1.pyStrip)(template);
    if (isSingleExpression(stripped))
        return evaluateSimple(stripped.slice(2, -2), ns);
    return interpolate(template, ns);
}
/** Evaluate a condition to a boolean ("true"/"false" text counts as booleans). */
function evaluateCondition(condition, scope) {
    const result = evaluateExpression(condition, scope);
    if (typeof result === 'string') {
        // Captured command output usually ends in a newline: `echo false` must read as false.
        const word = (0, pyvalue_js_1.pyStrip)(result).toLowerCase();
        if (word === 'false')
            return false;
        if (word === 'true')
            return true;
    }
    return truthy(result);
}
// ---------------------------------------------------------------------------
// Condition validation
/** True for a string condition that is not a single complete `{{ }}` block and so is never evaluated. */
function conditionIsNeverEvaluated(condition) {
    if (typeof condition !== 'string' || condition === '')
        return false; // '' is a definite false
    const stripped = (0, pyvalue_js_1.pyStrip)(condition);
    if (stripped === '')
        return true; // whitespace is non-empty text, so always true
    const lower = stripped.toLowerCase();
    if (lower === 'true' || lower === 'false')
        return false;
    if (!stripped.includes('{{'))
        return true;
    return firstUnclosableBlock(stripped) === 'verbatim';
}
/** True for a condition whose `{{` cannot be closed by the quote-aware scan. */
function conditionHasMalformedExpressionBlock(condition) {
    if (typeof condition !== 'string')
        return false;
    const stripped = (0, pyvalue_js_1.pyStrip)(condition);
    const lower = stripped.toLowerCase();
    if (stripped === '' || lower === 'true' || lower === 'false')
        return false;
    return firstUnclosableBlock(stripped) === 'evaluated';
}
/**
 * Remove every `{{` and `}}` outside quoted text, collapsing the whitespace
 * around each removed delimiter to one space. Quoted delimiters are data.
 */
function stripStrayDelimiters(text) {
    let out = '';
    let quote = null;
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (quote !== null) {
            out += ch;
            if (ch === quote)
                quote = null;
            i++;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            out += ch;
            i++;
        }
        else if (text.startsWith('{{', i) || text.startsWith('}}', i)) {
            i += 2;
            while (i < text.length && (0, pyvalue_js_1.pyIsSpace)(text[i]))
                i++;
            let end = out.length;
            while (end > 0 && (0, pyvalue_js_1.pyIsSpace)(out[end - 1]))
                end--;
            out = out.slice(0, end) + ' ';
        }
        else {
            out += ch;
            i++;
        }
    }
    return out;
}
function hasUnbalancedQuote(text) {
    let quote = null;
    for (const ch of text) {
        if (quote !== null) {
            if (ch === quote)
                quote = null;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
        }
    }
    return quote !== null;
}
const OPENER_OF = { ')': '(', ']': '[', '}': '{' };
/** Brackets outside quotes must nest by type (`f(]` is unbalanced even though the counts match). */
function hasUnbalancedBracket(text) {
    const stack = [];
    let quote = null;
    for (const ch of text) {
        if (quote !== null) {
            if (ch === quote)
                quote = null;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
        }
        else if (ch === '(' || ch === '[' || ch === '{') {
            stack.push(ch);
        }
        else if (ch in OPENER_OF && stack.pop() !== OPENER_OF[ch]) {
            return true;
        }
    }
    return stack.length > 0;
}
const BOOLEAN_OPERATORS = [' or ', ' and '];
const SPACED_OPERATORS = [...BOOLEAN_OPERATORS, ...COMPARISON_OPERATORS].filter((op) => op.startsWith(' '));
/** True when some operator lacks an operand on one side (checked at every occurrence). */
function hasIncompleteOperand(text) {
    const stripped = (0, pyvalue_js_1.pyStrip)(text);
    if (stripped === '')
        return true;
    if (['and', 'or', 'not'].includes(stripped) || stripped.endsWith(' not'))
        return true;
    // At the ends of the stripped text a word operator has lost its outer space.
    for (const op of SPACED_OPERATORS) {
        if (stripped.endsWith(op.trimEnd()) || stripped.startsWith(op.trimStart()))
            return true;
    }
    for (const op of [...BOOLEAN_OPERATORS, ...COMPARISON_OPERATORS]) {
        if (findTopLevel(stripped, op) === -1)
            continue;
        if (splitTopLevel(stripped, op).some((segment) => (0, pyvalue_js_1.pyStrip)(segment) === ''))
            return true;
    }
    return (findTopLevel(stripped, '|') !== -1 &&
        splitTopLevel(stripped, '|').some((segment) => (0, pyvalue_js_1.pyStrip)(segment) === ''));
}
const NAMESPACE_ROOTS = ['inputs', 'steps', 'item', 'fan_in', 'context'];
const PATH_SEGMENT = /^[\p{L}\p{N}_-]+(\[\p{Nd}+\])?\n?$/u;
const INDEXED_ROOT = /^([\p{L}\p{N}_-]+)\[\p{Nd}+\]$/u;
function isLiteral(text) {
    if (isStringLiteral(text))
        return true;
    const lower = text.toLowerCase();
    return ['true', 'false', 'none', 'null'].includes(lower) || numericLiteral(text) !== undefined;
}
/**
 * Why some operand in `text` cannot be resolved, or null when every leaf is a
 * literal, a list literal or a path under a namespace root. Walks the text the
 * way the evaluator does: filters (and their arguments), or/and, not, comparisons.
 */
function unresolvableTerm(text) {
    const stripped = (0, pyvalue_js_1.pyStrip)(text);
    if (stripped === '')
        return 'one of its operands is empty';
    if (findTopLevel(stripped, '|') !== -1) {
        const [head, ...filters] = splitTopLevel(stripped, '|');
        const reason = unresolvableTerm(head);
        if (reason !== null)
            return reason;
        for (const filter of filters) {
            const call = FILTER_CALL.exec((0, pyvalue_js_1.pyStrip)(filter));
            if (call === null)
                continue; // left for the evaluator probe to judge
            const argReason = unresolvableTerm(call[2]);
            if (argReason !== null)
                return argReason;
        }
        return null;
    }
    for (const op of BOOLEAN_OPERATORS) {
        const idx = findTopLevel(stripped, op);
        if (idx !== -1) {
            return (unresolvableTerm(stripped.slice(0, idx)) ??
                unresolvableTerm(stripped.slice(idx + op.length)));
        }
    }
    if (stripped.startsWith('not '))
        return unresolvableTerm(stripped.slice(4));
    for (const op of COMPARISON_OPERATORS) {
        const idx = findTopLevel(stripped, op);
        if (idx !== -1) {
            return (unresolvableTerm(stripped.slice(0, idx)) ??
                unresolvableTerm(stripped.slice(idx + op.length)));
        }
    }
    if (isLiteral(stripped))
        return null;
    if (stripped.startsWith('[') && stripped.endsWith(']')) {
        const inner = (0, pyvalue_js_1.pyStrip)(stripped.slice(1, -1));
        if (inner === '')
            return null;
        for (const element of splitTopLevelCommas(inner)) {
            if ((0, pyvalue_js_1.pyStrip)(element) === '')
                continue;
            const reason = unresolvableTerm(element);
            if (reason !== null)
                return reason;
        }
        return null;
    }
    const segments = splitTopLevel(stripped, '.');
    const first = (0, pyvalue_js_1.pyStrip)(segments[0]);
    if (!PATH_SEGMENT.test(first))
        return `'${stripped}' is neither a literal nor a path`;
    // Only `item` can be a list (a fan-out item), so only `item[n]` can resolve;
    // the other roots are always mappings and indexing them gives None.
    let root = first;
    const indexedRoot = INDEXED_ROOT.exec(first);
    if (indexedRoot !== null && indexedRoot[1] === 'item')
        root = 'item';
    if (!NAMESPACE_ROOTS.includes(root)) {
        return `'${first}' is not one of the roots an expression can read (${NAMESPACE_ROOTS.join(', ')})`;
    }
    for (const segment of segments.slice(1)) {
        if (!PATH_SEGMENT.test((0, pyvalue_js_1.pyStrip)(segment)))
            return `'${(0, pyvalue_js_1.pyStrip)(segment)}' is not a valid path part`;
    }
    return null;
}
/**
 * Run the evaluator over `text` with every root present and empty, and report
 * only complaints about how a filter is written. Errors about values (say
 * from_json handed the empty placeholder) are about the probe, not the text.
 */
function evaluatorRejects(text) {
    const probe = {};
    for (const root of NAMESPACE_ROOTS)
        probe[root] = {};
    try {
        evaluateSimple(text, probe);
    }
    catch (err) {
        if (err instanceof FilterFormError)
            return err.summary;
    }
    return null;
}
/** Why wrapping `core` in `{{ }}` would not give the intended expression, or null when it would. */
function wrappingWouldNotRepair(core) {
    if (core === '')
        return 'there is no expression in it to wrap';
    if (hasUnbalancedQuote(core))
        return 'a quote in it is never closed';
    if (hasUnbalancedBracket(core))
        return 'its brackets are unbalanced';
    if (hasIncompleteOperand(core))
        return 'an operator in it is missing an operand';
    const unresolvable = unresolvableTerm(core);
    if (unresolvable !== null)
        return unresolvable;
    const rejected = evaluatorRejects(core);
    if (rejected !== null)
        return `the evaluator would reject it (${rejected})`;
    return null;
}
/**
 * The condition wrapped in one `{{ }}` block (stray delimiters removed), as a
 * double-quoted YAML scalar ready to paste; null when wrapping it would not
 * yield the expression that was evidently meant.
 */
function suggestedConditionCorrection(condition) {
    const core = (0, pyvalue_js_1.pyStrip)(stripStrayDelimiters((0, pyvalue_js_1.pyStr)(condition)));
    if (wrappingWouldNotRepair(core) !== null)
        return null;
    // Every JSON string is a valid YAML double-quoted scalar, escapes included.
    return JSON.stringify(`{{ ${core} }}`);
}
/** A short hint on how to fix a condition that is never evaluated. */
function conditionFixHint(condition) {
    const core = (0, pyvalue_js_1.pyStrip)(stripStrayDelimiters((0, pyvalue_js_1.pyStr)(condition)));
    const reason = wrappingWouldNotRepair(core);
    if (reason === null) {
        return `Write it as one expression block: ${JSON.stringify(`{{ ${core} }}`)}.`;
    }
    return (`No corrected form is suggested because ${reason}; wrapping it as written would ` +
        'evaluate something other than what was meant and could flip the condition instead ' +
        'of fixing it. Complete the expression, or use the literal true or false.');
}


/***/ }),

/***/ 7662:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fanOutWindow = fanOutWindow;
exports.runFanOut = runFanOut;
/**
 * Fan-out: run a step template once per item, at most `max_concurrency` items
 * at a time, and hand back the item outputs in item order.
 *
 * The halt rules are the reference's (spec-kit `_run_fan_out`): the first
 * item *in item order* whose own result halts the run decides the outcome,
 * whatever finished first; once the run is halting no further item starts;
 * items already running finish and are ignored. Items run as real
 * concurrent promises (child processes) behind a p-queue window that is fed
 * lazily.
 *
 * The window slides over item order, as the reference's does: item
 * `k + window` starts only once items 0..k have finished and been collected,
 * not as soon as any running item finishes. A slow early item therefore
 * holds back later ones, and when it halts the run the later items never
 * start (and leave no record), exactly as in the reference.
 */
const p_queue_1 = __importDefault(__nccwpck_require__(9052));
const run_state_js_1 = __nccwpck_require__(5039);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
/** How long items may run back to back before the event loop gets a turn. */
const BREATH_INTERVAL_MS = 20;
/**
 * The window size, coerced the way the reference's `max(1, int(value))` does:
 * 4, "4", " 4 ", 4.7 give 4; anything int() rejects gives 1.
 */
function fanOutWindow(value) {
    let n;
    if (typeof value === 'boolean')
        n = value ? 1 : 0;
    else if (typeof value === 'number')
        n = Number.isFinite(value) ? Math.trunc(value) : undefined;
    else if (typeof value === 'string') {
        const text = value.trim();
        // Python int() on text: optional sign, digits, single underscores between digits.
        if (/^[+-]?\d+(_\d+)*$/.test(text))
            n = Number.parseInt(text.replace(/_/g, ''), 10);
    }
    return n === undefined || !Number.isFinite(n) ? 1 : Math.max(1, n);
}
async function runFanOut(engine, session, request) {
    const { parentId, items, template, context, depth } = request;
    const { state } = session;
    const reporter = engine.reporter;
    if (items.length === 0)
        return [];
    const workers = Math.min(fanOutWindow(request.maxConcurrency), items.length);
    const baseId = (0, pyvalue_js_1.pyStr)((0, pyvalue_js_1.getOr)(template, 'id', 'item'));
    const itemId = (index) => `${parentId}:${baseId}:${index}`;
    const priorParent = session.prior.get(parentId);
    const reusableOutput = (index) => {
        // Resuming: an item that completed before, for the same item and template, is not run again.
        const prev = session.prior.get(itemId(index));
        if (!prev || prev.status !== types_js_1.StepStatus.Completed || !priorParent)
            return undefined;
        const prevItems = priorParent.output?.items;
        if (!Array.isArray(prevItems) || index >= prevItems.length)
            return undefined;
        if (!(0, pyvalue_js_1.pyEquals)(prevItems[index], items[index]))
            return undefined;
        if (!(0, pyvalue_js_1.pyEquals)(priorParent.output?.step_template, template))
            return undefined;
        session.prior.delete(itemId(index));
        return prev.output;
    };
    // Items that start no process resolve as microtasks only, which would starve
    // the event loop: no signal handling and no state writes until the fan-out
    // ends. Give the loop a turn every few milliseconds.
    let lastBreath = performance.now();
    const breathe = async () => {
        if (performance.now() - lastBreath < BREATH_INTERVAL_MS)
            return;
        await new Promise((resolve) => setImmediate(resolve));
        lastBreath = performance.now();
    };
    const runItem = async (index, itemContext) => {
        await breathe();
        if (context.signal.aborted)
            throw new types_js_1.InterruptedError();
        const id = itemId(index);
        const reused = reusableOutput(index);
        if (reused !== undefined) {
            reporter.itemFinished?.({
                parentId,
                itemId: id,
                index,
                record: state.stepResults[id],
                reused: true
            });
            return reused;
        }
        const itemStep = { ...template, id };
        await engine.executeSteps(session, [itemStep], itemContext, -1, depth + 1);
        const record = itemContext.steps[id];
        reporter.itemFinished?.({ parentId, itemId: id, index, record, reused: false });
        return record?.output ?? {};
    };
    const itemContext = (index) => ({
        ...context,
        item: items[index],
        insideFanOut: true,
        output: reporter.itemOutput?.({ parentId, itemId: itemId(index), index }) ?? context.output
    });
    if (workers <= 1) {
        // One item after another, stopping as soon as the run halts.
        const results = [];
        for (let index = 0; index < items.length; index++) {
            results.push(await runItem(index, itemContext(index)));
            reporter.fanOutProgress?.({
                stepId: parentId,
                done: index + 1,
                running: 0,
                total: items.length
            });
            if ((0, run_state_js_1.isHalted)(state))
                break;
        }
        return results;
    }
    // Which run status this item's own record imposes, if it halts the run.
    const haltStatusOf = (index) => {
        const rec = context.steps[itemId(index)];
        if (rec === undefined) {
            // Ran but recorded nothing (an unknown step type): the run's status is its own.
            return (0, run_state_js_1.isHalted)(state) ? state.status : null;
        }
        if (rec.status === types_js_1.StepStatus.Paused)
            return types_js_1.RunStatus.Paused;
        if (rec.status === types_js_1.StepStatus.Failed) {
            if ((0, pyvalue_js_1.isDict)(rec.output) && rec.output.aborted)
                return types_js_1.RunStatus.Aborted;
            if (template.continue_on_error !== true)
                return types_js_1.RunStatus.Failed;
        }
        return null;
    };
    const queue = new p_queue_1.default({ concurrency: workers });
    const outcomes = [];
    let nextIndex = 0;
    let running = 0;
    let done = 0;
    // Items collected in order so far; the window is [collected, collected + workers).
    let collected = 0;
    let stopLaunching = false;
    const launch = () => {
        while (!stopLaunching &&
            nextIndex < items.length &&
            nextIndex < collected + workers &&
            !(0, run_state_js_1.isHalted)(state) &&
            !context.signal.aborted) {
            const index = nextIndex++;
            running++;
            outcomes[index] = queue
                .add(() => runItem(index, itemContext(index)))
                .then((value) => ({ ok: true, value }), (error) => {
                stopLaunching = true; // a thrown error is a bug, not a result: start nothing more
                return { ok: false, error };
            })
                .finally(() => {
                running--;
                done++;
                reporter.fanOutProgress?.({ stepId: parentId, done, running, total: items.length });
            });
        }
    };
    launch();
    const settleAll = async () => {
        stopLaunching = true;
        await Promise.all(outcomes.filter((p) => p !== undefined));
    };
    const slots = [];
    let halt = null;
    for (let index = 0; index < items.length; index++) {
        const pending = outcomes[index];
        if (pending === undefined)
            break; // never started: the run was already halting
        const outcome = await pending;
        if (!outcome.ok) {
            await settleAll();
            throw outcome.error;
        }
        slots.push(outcome.value);
        const status = haltStatusOf(index);
        if (status !== null) {
            halt = { index, status };
            break;
        }
        // This item's slot moves to the next item not yet started.
        collected = index + 1;
        launch();
    }
    await settleAll();
    if (halt === null && slots.length < items.length && context.signal.aborted) {
        // Stopped launching because the run was interrupted, not because it halted:
        // the fan-out is unfinished and must not read as complete.
        throw new types_js_1.InterruptedError();
    }
    if (halt !== null) {
        // A later item may have changed the run's status or error while running;
        // the halting item's own outcome is what a sequential run would have had.
        state.status = halt.status;
        const rec = context.steps[itemId(halt.index)];
        if (rec !== undefined)
            state.error = rec.error ?? null;
        state.save();
    }
    return slots;
}


/***/ }),

/***/ 7744:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The two identifier grammars, in one place: run ids become folder names and
 * cache keys; workflow ids are spec-kit's lowercase ids.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WORKFLOW_ID_PATTERN = exports.RUN_ID_PATTERN = void 0;
exports.isValidRunId = isValidRunId;
exports.isValidWorkflowId = isValidWorkflowId;
/** A run id: one safe path component (no separators, no `..`, never starting with `-`). */
exports.RUN_ID_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;
/** spec-kit's workflow id: lowercase alphanumerics with inner hyphens. */
exports.WORKFLOW_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
function isValidRunId(runId) {
    return typeof runId === 'string' && exports.RUN_ID_PATTERN.test(runId);
}
function isValidWorkflowId(workflowId) {
    return typeof workflowId === 'string' && exports.WORKFLOW_ID_PATTERN.test(workflowId);
}


/***/ }),

/***/ 5545:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.coerceInput = coerceInput;
exports.readProjectIntegration = readProjectIntegration;
exports.resolveInputSentinel = resolveInputSentinel;
exports.resolveInputs = resolveInputs;
/**
 * Workflow inputs: coercing a value to its declared type and resolving the
 * run's inputs from what was provided, defaults, and project state
 * (`integration: auto`). Follows the reference's _coerce_input/_resolve_inputs.
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const yaml_source_js_1 = __nccwpck_require__(6293);
function shown(value, type) {
    return type === 'float' && typeof value === 'number' ? (0, yaml_source_js_1.pyFloatRepr)(value) : (0, pyvalue_js_1.pyRepr)(value);
}
/** Python's float(): a number, or text Python can read as one; undefined otherwise. */
function toPythonFloat(value, type) {
    if (type === 'date' || type === 'datetime')
        return undefined;
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string')
        return (0, pyvalue_js_1.pyParseFloat)(value);
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
function coerceInput(name, value, inputDef, valueType) {
    const type = (0, pyvalue_js_1.getOr)(inputDef, 'type', 'string');
    const enumValues = (0, pyvalue_js_1.getOr)(inputDef, 'enum', null);
    const label = (0, pyvalue_js_1.pyRepr)(name);
    // A string enum would turn membership into a substring test, a scalar one into a crash.
    if (enumValues !== null && !Array.isArray(enumValues)) {
        throw new types_js_1.WorkflowError(`Input ${label}: 'enum' must be a list, not ${(0, pyvalue_js_1.pyTypeName)(enumValues)}.`);
    }
    let result = value;
    if (type === 'number') {
        // float(True) would be 1: a boolean is an authoring mistake, not a number.
        const number = typeof value === 'boolean' ? undefined : toPythonFloat(value, valueType);
        if (number === undefined || !Number.isFinite(number)) {
            throw new types_js_1.WorkflowError(`Input ${label} must be a number; got ${shown(value, valueType)}.`);
        }
        result = number + 0; // integral values become ints, and Python ints have no -0
    }
    else if (type === 'boolean') {
        if (typeof value === 'string' && valueType === undefined) {
            const word = value.toLowerCase();
            if (TRUE_WORDS.includes(word))
                result = true;
            else if (FALSE_WORDS.includes(word))
                result = false;
            else
                throw new types_js_1.WorkflowError(`Input ${label} must be a boolean (true/false, yes/no, 1/0); got ${(0, pyvalue_js_1.pyRepr)(value)}.`);
        }
        else if (typeof value !== 'boolean') {
            throw new types_js_1.WorkflowError(`Input ${label} must be a boolean; got ${shown(value, valueType)}.`);
        }
    }
    else if (type === 'string') {
        if (typeof value !== 'string' || valueType !== undefined) {
            const what = valueType === 'date' || valueType === 'datetime'
                ? `a ${valueType} (quote it in the YAML)`
                : shown(value, valueType);
            throw new types_js_1.WorkflowError(`Input ${label} must be a string; got ${what}.`);
        }
    }
    // Python's `in` compares with ==, so 1 matches true and 1.0. A date matches no string.
    const comparable = valueType === 'date' || valueType === 'datetime' ? undefined : result;
    if (enumValues !== null && (comparable === undefined || !(0, pyvalue_js_1.pyContains)(enumValues, comparable))) {
        throw new types_js_1.WorkflowError(`Input ${label} is ${shown(result, valueType)}, which is not one of the allowed values ${(0, pyvalue_js_1.pyRepr)(enumValues)}.`);
    }
    return result;
}
/** A key from integration.json, stripped; null when it is not a non-blank string. */
function cleanKey(key) {
    if (typeof key !== 'string')
        return null;
    const stripped = (0, pyvalue_js_1.pyStrip)(key);
    return stripped === '' ? null : stripped;
}
/** Newest integration.json schema this code understands. */
const INTEGRATION_STATE_SCHEMA = 1;
/**
 * The project's default AI integration from `.specify/integration.json`:
 * `default_integration`, else the legacy `integration`, else the first of
 * `installed_integrations`. Null when the file is missing, unreadable, not a
 * JSON object, or written by a newer schema.
 */
function readProjectIntegration(projectRoot) {
    let text;
    try {
        const bytes = fs.readFileSync(path.join(projectRoot, '.specify', 'integration.json'));
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return null;
    }
    let data;
    try {
        data = (0, pyvalue_js_1.pyJsonLoads)(text); // Python's json accepts NaN/Infinity and rejects a byte-order mark
    }
    catch {
        return null;
    }
    if (!(0, pyvalue_js_1.isDict)(data))
        return null;
    const schema = data.integration_state_schema;
    if (typeof schema === 'number' && Number.isInteger(schema) && schema > INTEGRATION_STATE_SCHEMA) {
        return null;
    }
    const chosen = cleanKey(data.default_integration) ?? cleanKey(data.integration);
    if (chosen !== null)
        return chosen;
    const installed = Array.isArray(data.installed_integrations) ? data.installed_integrations : [];
    for (const key of installed) {
        const clean = cleanKey(key);
        if (clean !== null)
            return clean;
    }
    return null;
}
/** `integration: auto` (given or defaulted) means the project's integration, when it has one. */
function resolveInputSentinel(name, value, projectRoot) {
    if (name === 'integration' && value === 'auto') {
        return readProjectIntegration(projectRoot) ?? value;
    }
    return value;
}
/**
 * The run's inputs: each declared input from `provided`, else its default,
 * else an error when it is required; undeclared provided names are dropped.
 * Values are coerced to their declared types. Throws WorkflowError.
 */
function resolveInputs(def, provided, projectRoot) {
    const resolved = {};
    // Definitions are not necessarily validated: a malformed inputs block means no inputs.
    if (!(0, pyvalue_js_1.isDict)(def.inputs))
        return resolved;
    const inputDefs = def.inputs;
    for (const name of (0, pyvalue_js_1.pyKeys)(inputDefs)) {
        const inputDef = inputDefs[name];
        if (!(0, pyvalue_js_1.isDict)(inputDef))
            continue;
        let value;
        let valueType;
        if ((0, pyvalue_js_1.hasKey)(provided, name)) {
            value = resolveInputSentinel(name, provided[name], projectRoot);
        }
        else if ((0, pyvalue_js_1.hasKey)(inputDef, 'default')) {
            value = resolveInputSentinel(name, inputDef.default, projectRoot);
            if (value === inputDef.default)
                valueType = def.scalarType(inputDef, 'default');
        }
        else if ((0, pyvalue_js_1.pyTruthy)((0, pyvalue_js_1.getOr)(inputDef, 'required', false))) {
            throw new types_js_1.WorkflowError(`Input ${(0, pyvalue_js_1.pyRepr)(name)} is required but was not provided.`);
        }
        else {
            continue;
        }
        // An unresolved 'auto' skips enum membership (only a list enum: a malformed one must still fail).
        let checkedDef = inputDef;
        if (name === 'integration' &&
            value === 'auto' &&
            Array.isArray((0, pyvalue_js_1.getOr)(inputDef, 'enum', null))) {
            checkedDef = Object.fromEntries(Object.entries(inputDef).filter(([k]) => k !== 'enum'));
        }
        Object.defineProperty(resolved, name, {
            value: coerceInput(name, value, checkedDef, valueType),
            writable: true,
            enumerable: true,
            configurable: true
        });
    }
    (0, pyvalue_js_1.recordPyKeyOrder)(resolved, (0, pyvalue_js_1.pyKeys)(inputDefs).filter((name) => (0, pyvalue_js_1.hasKey)(resolved, name)));
    return resolved;
}


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateOutcome = gateOutcome;
exports.runOutcome = runOutcome;
exports.exitCodeFor = exitCodeFor;
exports.verdictInputFor = verdictInputFor;
/**
 * The machine-readable outcome of a run (what `specflow ... --json` prints
 * and what the Action sets as outputs).
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
/** The gate the run rests on, when it is paused or aborted at one. */
function gateOutcome(state) {
    if (state.status !== types_js_1.RunStatus.Paused && state.status !== types_js_1.RunStatus.Aborted)
        return undefined;
    const rec = state.currentStepId === null ? undefined : state.stepResults[state.currentStepId];
    if (!rec || typeof rec !== 'object')
        return undefined;
    const out = (rec.output ?? {});
    // Records from older tools may lack `type`; only a gate writes `on_reject`.
    const isGate = rec.type ? rec.type === 'gate' : 'on_reject' in out;
    if (!isGate)
        return undefined;
    const options = out.options;
    return {
        step_id: state.currentStepId,
        message: out.message === null || out.message === undefined ? null : (0, pyvalue_js_1.pyStr)(out.message),
        options: options === null || options === undefined
            ? null
            : Array.isArray(options)
                ? options.map((o) => (0, pyvalue_js_1.pyStr)(o))
                : [(0, pyvalue_js_1.pyStr)(options)],
        choice: out.choice === null || out.choice === undefined ? null : (0, pyvalue_js_1.pyStr)(out.choice)
    };
}
function runOutcome(state) {
    const outcome = {
        run_id: state.runId,
        workflow_id: state.workflowId,
        status: state.status,
        current_step_id: state.currentStepId,
        current_step_index: state.currentStepIndex
    };
    const gate = gateOutcome(state);
    if (gate)
        outcome.gate = gate;
    if (state.status === types_js_1.RunStatus.Failed || state.status === types_js_1.RunStatus.Aborted) {
        outcome.error = state.error;
    }
    return outcome;
}
/** 0 for completed and paused (a pause is a legitimate wait), 1 for failed and aborted. */
function exitCodeFor(status) {
    return status === types_js_1.RunStatus.Failed || status === types_js_1.RunStatus.Aborted ? 1 : 0;
}
/** Every step config in a list, depth first, nested branches and loop bodies included. */
function* walkSteps(steps) {
    if (!Array.isArray(steps))
        return;
    for (const step of steps) {
        if (typeof step !== 'object' || step === null || Array.isArray(step))
            continue;
        const config = step;
        yield config;
        for (const key of ['then', 'else', 'steps', 'default'])
            yield* walkSteps(config[key]);
        const cases = config.cases;
        if (typeof cases === 'object' && cases !== null && !Array.isArray(cases)) {
            for (const branch of Object.values(cases))
                yield* walkSteps(branch);
        }
    }
}
/**
 * The input a gate reads its verdict from (`verdict_input`), so a paused run
 * can say exactly how to resume it; null when the gate has none.
 */
function verdictInputFor(definition, gateStepId) {
    for (const config of walkSteps(definition.steps)) {
        if (config.id === gateStepId) {
            const name = config.verdict_input;
            return typeof name === 'string' && name !== '' ? name : null;
        }
    }
    return null;
}


/***/ }),

/***/ 531:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamCapture = exports.KILL_GRACE_MS = void 0;
exports.runProcess = runProcess;
/**
 * Child processes for steps.
 *
 * Every child runs in its own process group so that a timeout or an abort can
 * take down the whole tree it started (`sh -c 'a & b'` leaves `a` behind if
 * only the shell is killed). Output is captured as UTF-8 and streamed live.
 *
 * Exit codes follow Python's `subprocess` convention, because the reference
 * records `returncode` verbatim: a normal exit gives its status, death by
 * signal N gives -N, and a timeout, an abort or a failure to start gives -1
 * (the value the reference's shell step records for a timeout).
 */
const node_child_process_1 = __nccwpck_require__(1421);
const node_buffer_1 = __nccwpck_require__(4573);
const node_os_1 = __nccwpck_require__(8161);
const node_string_decoder_1 = __nccwpck_require__(6193);
const types_1 = __nccwpck_require__(3429);
/** Time a killed tree gets to exit on SIGTERM before SIGKILL. */
exports.KILL_GRACE_MS = 2000;
/**
 * After SIGKILL, how long to wait for the pipes to close. A process that left
 * the group (setsid) can hold them open forever; we stop listening then.
 */
const PIPE_DRAIN_MS = 500;
/** setTimeout's upper bound; longer timeouts are scheduled in hops. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Collects one output stream: decodes UTF-8 across chunk boundaries for the
 * live sink and keeps the captured bytes (only the last `maxBytes` when set).
 */
class StreamCapture {
    maxBytes;
    onText;
    chunks = [];
    size = 0;
    decoder = new node_string_decoder_1.StringDecoder('utf8');
    truncated = false;
    constructor(maxBytes, onText) {
        this.maxBytes = maxBytes;
        this.onText = onText;
    }
    push(chunk) {
        if (this.onText) {
            const text = this.decoder.write(chunk);
            if (text)
                this.onText(text);
        }
        this.chunks.push(chunk);
        this.size += chunk.length;
        if (this.maxBytes !== undefined && this.size > this.maxBytes)
            this.dropHead(this.maxBytes);
    }
    /** Flush a trailing incomplete character to the live sink. */
    end() {
        if (!this.onText)
            return;
        const text = this.decoder.end();
        if (text)
            this.onText(text);
    }
    text() {
        return this.bytes().toString('utf8');
    }
    /** False when the kept bytes are not valid UTF-8 (Python's strict decoding would fail). */
    validUtf8() {
        return (0, node_buffer_1.isUtf8)(this.bytes());
    }
    bytes() {
        const bytes = Buffer.concat(this.chunks);
        if (!this.truncated)
            return bytes;
        // The cut may land inside a character: skip its orphaned continuation bytes.
        let start = 0;
        while (start < 3 && start < bytes.length && (bytes[start] & 0xc0) === 0x80)
            start++;
        return bytes.subarray(start);
    }
    dropHead(limit) {
        const keep = Math.max(0, Math.floor(limit));
        while (this.chunks.length > 0 && this.size - this.chunks[0].length >= keep) {
            this.size -= this.chunks[0].length;
            this.chunks.shift();
        }
        if (this.size > keep) {
            this.chunks[0] = this.chunks[0].subarray(this.size - keep);
            this.size = keep;
        }
        this.truncated = true;
    }
}
exports.StreamCapture = StreamCapture;
// ---------------------------------------------------------------------------
// Process groups still running, killed if this process dies first. Detached
// children do not get the terminal's SIGINT, so without this a Ctrl-C (or a
// SIGTERM from a CI runner) would leave them running as orphans.
const liveGroups = new Set();
const FATAL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is already gone.
    }
}
function killAllGroups() {
    for (const pid of liveGroups)
        signalGroup(pid, 'SIGKILL');
}
function onFatalSignal(signal) {
    // Another listener owns shutdown (it aborts the run, which kills the trees).
    if (process.listenerCount(signal) > 1)
        return;
    // Nobody else handles it, so this process is about to die: take the trees
    // along, then let the signal do what it would have done without us.
    killAllGroups();
    uninstallGuards();
    process.kill(process.pid, signal);
}
function installGuards() {
    for (const signal of FATAL_SIGNALS)
        process.on(signal, onFatalSignal);
    process.on('exit', killAllGroups);
}
function uninstallGuards() {
    for (const signal of FATAL_SIGNALS)
        process.removeListener(signal, onFatalSignal);
    process.removeListener('exit', killAllGroups);
}
function trackGroup(pid) {
    if (liveGroups.size === 0)
        installGuards();
    liveGroups.add(pid);
}
function untrackGroup(pid) {
    if (!liveGroups.delete(pid))
        return;
    if (liveGroups.size === 0)
        uninstallGuards();
}
function exitCodeOf(code, signal) {
    if (code !== null)
        return code;
    if (signal !== null) {
        const signo = node_os_1.constants.signals[signal];
        if (typeof signo === 'number')
            return -signo;
    }
    return -1;
}
/** Run a child process to completion. Never rejects: failures are reported in the outcome. */
function runProcess(spec) {
    return new Promise((resolve) => {
        const sink = spec.output;
        const stdout = new StreamCapture(spec.maxCaptureBytes, sink && ((t) => sink.stdout(t)));
        const stderr = new StreamCapture(spec.maxCaptureBytes, sink && ((t) => sink.stderr(t)));
        const grace = spec.killGraceMs ?? exports.KILL_GRACE_MS;
        let timedOut = false;
        let aborted = false;
        let spawnError;
        let exit;
        let killing = false;
        let done = false;
        const timers = new Set();
        let child;
        const later = (ms, fn) => {
            const timer = setTimeout(() => {
                timers.delete(timer);
                fn();
            }, ms);
            timers.add(timer);
        };
        const finish = () => {
            if (done)
                return;
            done = true;
            for (const timer of timers)
                clearTimeout(timer);
            timers.clear();
            spec.signal?.removeEventListener('abort', onAbort);
            if (child) {
                if (child.pid !== undefined)
                    untrackGroup(child.pid);
                child.stdout?.destroy();
                child.stderr?.destroy();
                child.unref();
            }
            stdout.end();
            stderr.end();
            const failed = spawnError !== undefined || timedOut || aborted;
            resolve({
                exitCode: failed || !exit ? -1 : exitCodeOf(exit.code, exit.signal),
                stdout: stdout.text(),
                stderr: stderr.text(),
                timedOut,
                aborted,
                stdoutTruncated: stdout.truncated,
                stderrTruncated: stderr.truncated,
                stdoutInvalidUtf8: !stdout.validUtf8(),
                stderrInvalidUtf8: !stderr.validUtf8(),
                spawnError,
                signal: exit?.signal ?? null
            });
        };
        const killTree = () => {
            if (killing || done || !child || child.pid === undefined)
                return;
            killing = true;
            const pid = child.pid;
            signalGroup(pid, 'SIGTERM');
            later(grace, () => {
                signalGroup(pid, 'SIGKILL');
                later(PIPE_DRAIN_MS, finish);
            });
        };
        function onAbort() {
            if (done || timedOut)
                return;
            aborted = true;
            killTree();
        }
        if (spec.signal?.aborted) {
            aborted = true;
            finish();
            return;
        }
        const file = spec.shell ? '/bin/sh' : spec.command;
        const args = spec.shell ? ['-c', spec.command, ...(spec.args ?? [])] : (spec.args ?? []);
        try {
            child = (0, node_child_process_1.spawn)(file, args, {
                cwd: spec.cwd,
                env: spec.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: true
            });
        }
        catch (error) {
            // Invalid arguments (e.g. a NUL byte) are rejected before any process exists.
            spawnError = (0, types_1.isNativeError)(error) ? error : new Error(String(error));
            finish();
            return;
        }
        const started = child;
        if (started.pid !== undefined)
            trackGroup(started.pid);
        started.stdout?.on('data', (chunk) => stdout.push(chunk));
        started.stderr?.on('data', (chunk) => stderr.push(chunk));
        started.on('error', (error) => {
            if (started.pid === undefined) {
                spawnError = error;
                finish();
            }
        });
        started.on('exit', (code, signal) => {
            exit = { code, signal };
        });
        started.on('close', (code, signal) => {
            exit ??= { code, signal };
            // Members of the group that closed their pipes but still run would
            // outlive a kill we already decided on.
            if (killing && started.pid !== undefined)
                signalGroup(started.pid, 'SIGKILL');
            finish();
        });
        spec.signal?.addEventListener('abort', onAbort, { once: true });
        const timeout = spec.timeoutSeconds;
        if (timeout !== undefined && Number.isFinite(timeout)) {
            const deadline = Date.now() + Math.max(0, timeout * 1000);
            const arm = () => {
                const remaining = deadline - Date.now();
                if (remaining > 0) {
                    later(Math.min(remaining, MAX_TIMER_MS), arm);
                    return;
                }
                if (done || aborted)
                    return;
                timedOut = true;
                killTree();
            };
            arm();
        }
    });
}


/***/ }),

/***/ 610:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Python value semantics for workflow data.
 *
 * Workflows in the wild depend on the reference engine's Python behaviour:
 * values spliced into text render the way `str()` does (`True`, `None`,
 * `[1, 'a']`, `{'k': 1}`), truthiness follows `bool()`, and `==` treats
 * `True == 1`. Integral numbers render as Python ints (specflow does not
 * keep Python's int/float distinction for integral values).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PyJsonError = exports.PY_INT_MAX_STR_DIGITS = void 0;
exports.isDict = isDict;
exports.getOr = getOr;
exports.hasKey = hasKey;
exports.pyTypeName = pyTypeName;
exports.isPyInt = isPyInt;
exports.pyNumber = pyNumber;
exports.pyReprString = pyReprString;
exports.pyRepr = pyRepr;
exports.pyStr = pyStr;
exports.pyTruthy = pyTruthy;
exports.pyEquals = pyEquals;
exports.pyContains = pyContains;
exports.cloneData = cloneData;
exports.pyIsSpace = pyIsSpace;
exports.pyStrip = pyStrip;
exports.pyParseInt = pyParseInt;
exports.pyParseFloat = pyParseFloat;
exports.pyCompare = pyCompare;
exports.pyJsonLoads = pyJsonLoads;
exports.pyJsonDumps = pyJsonDumps;
exports.isArrayIndexKey = isArrayIndexKey;
exports.recordPyKeyOrder = recordPyKeyOrder;
exports.pyKeys = pyKeys;
function isDict(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Python's `dict.get(key, default)`: the default only when the key is absent. */
function getOr(obj, key, fallback) {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : fallback;
}
function hasKey(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/** The Python type name of a value, as `type(x).__name__` would say it. */
function pyTypeName(value) {
    if (value === null || value === undefined)
        return 'NoneType';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'int' : 'float';
    if (typeof value === 'string')
        return 'str';
    if (Array.isArray(value))
        return 'list';
    return 'dict';
}
/** `isinstance(x, int)` without bools. */
function isPyInt(value) {
    return typeof value === 'number' && Number.isInteger(value);
}
/** Render a number the way Python's `str()`/`repr()` does. */
function pyNumber(n) {
    if (Number.isNaN(n))
        return 'nan';
    if (n === Infinity)
        return 'inf';
    if (n === -Infinity)
        return '-inf';
    if (Number.isInteger(n)) {
        // Python ints print every digit of their exact value; past 2**53 JS prints
        // the shortest round-trip digits (12345678901234567168 as ...567000), and
        // past 1e21 an exponent form.
        return Math.abs(n) <= Number.MAX_SAFE_INTEGER ? String(n) : BigInt(n).toString();
    }
    const abs = Math.abs(n);
    if (abs >= 1e-4 && abs < 1e16)
        return String(n);
    // Python uses exponent notation outside [1e-4, 1e16) with at least two exponent digits.
    const [mantissa, exp] = n.toExponential().split('e');
    const sign = exp.startsWith('-') ? '-' : '+';
    const digits = exp.replace(/^[+-]/, '').padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
}
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
/** Python's `repr()` of a string: single quotes unless only double quotes avoid escaping. */
function pyReprString(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of s) {
        const code = ch.codePointAt(0);
        if (ch === quote || ch === '\\')
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
            // Python escapes what str.isprintable() rejects: controls, format, separators, unassigned.
            if (code < 0x100)
                out += '\\x' + code.toString(16).padStart(2, '0');
            else if (code < 0x10000)
                out += '\\u' + code.toString(16).padStart(4, '0');
            else
                out += '\\U' + code.toString(16).padStart(8, '0');
        }
        else
            out += ch;
    }
    return out + quote;
}
/** Python's `repr()`. */
function pyRepr(value) {
    if (typeof value === 'string')
        return pyReprString(value);
    return pyStr(value);
}
/** Python's `str()`. */
function pyStr(value) {
    if (value === null || value === undefined)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return pyNumber(value);
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return '[' + value.map(pyRepr).join(', ') + ']';
    if (isDict(value)) {
        const parts = pyKeys(value).map((k) => `${pyReprString(k)}: ${pyRepr(value[k])}`);
        return '{' + parts.join(', ') + '}';
    }
    return String(value);
}
/** Python's `bool()`. */
function pyTruthy(value) {
    if (value === null || value === undefined)
        return false;
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return value !== 0; // NaN is truthy in Python
    if (typeof value === 'string')
        return value.length > 0;
    if (Array.isArray(value))
        return value.length > 0;
    if (isDict(value))
        return Object.keys(value).length > 0; // O(size): avoid on hot paths
    return true;
}
function numericOf(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    return undefined;
}
/** Python's `==` (bools compare as 0/1 with numbers; lists and dicts compare deeply). */
function pyEquals(a, b) {
    const na = numericOf(a);
    const nb = numericOf(b);
    if (na !== undefined && nb !== undefined)
        return na === nb;
    if (a === null || a === undefined)
        return b === null || b === undefined;
    if (typeof a === 'string' || typeof b === 'string')
        return a === b;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((v, i) => pyEquals(v, b[i]));
    }
    if (isDict(a) && isDict(b)) {
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => hasKey(b, k) && pyEquals(a[k], b[k]));
    }
    return false;
}
/** Python's `x in container` for lists, strings (substring) and dicts (keys). */
function pyContains(container, x) {
    if (Array.isArray(container))
        return container.some((v) => pyEquals(v, x));
    if (typeof container === 'string') {
        if (typeof x !== 'string')
            throw new TypeError("'in <string>' requires string as left operand");
        return container.includes(x);
    }
    if (isDict(container))
        return typeof x === 'string' && hasKey(container, x);
    throw new TypeError(`argument of type '${pyTypeName(container)}' is not iterable`);
}
/** A deep copy of JSON-shaped data. */
function cloneData(value) {
    return value === undefined ? value : structuredClone(value);
}
// ---------------------------------------------------------------------------
// Python string and number parsing, ordering and json.loads.
/** Characters for which Python's `str.isspace()` is true (what `str.strip()` removes). */
// eslint-disable-next-line no-control-regex -- Python counts U+001C-U+001F as whitespace
const PY_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Python's `ch.isspace()` for a single character (JS `\s` differs: it has U+FEFF, lacks U+001C-U+001F and U+0085). */
function pyIsSpace(ch) {
    return ch.length === 1 && PY_SPACE.test(ch);
}
/** Python's `str.strip()` with no argument. */
function pyStrip(s) {
    return stripWhere(s, PY_SPACE);
}
/**
 * Trim characters matching `space` from both ends. Index loops rather than a
 * `\s+$`-style regex, whose backtracking is quadratic on long inner runs of
 * whitespace (captured command output can be large).
 */
function stripWhere(s, space) {
    let start = 0;
    let end = s.length;
    while (start < end && space.test(s[start]))
        start++;
    while (end > start && space.test(s[end - 1]))
        end--;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
/**
 * int() and float() strip ASCII whitespace and any non-ASCII Unicode whitespace,
 * but not U+001C-U+001F, which `str.isspace()` counts as space.
 */
const NUMBER_SPACE = /[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const DECIMAL_DIGIT = /\p{Nd}/u;
const NON_ASCII = /\P{ASCII}/u;
/**
 * Replace every Unicode decimal digit (category Nd) with its ASCII digit, as
 * int() and float() do. Unicode assigns decimal digits in contiguous runs 0..9,
 * so a digit's value is its distance from the start of its run, modulo 10.
 */
function asciiDigits(text) {
    if (!NON_ASCII.test(text))
        return text;
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (cp < 0x80 || !DECIMAL_DIGIT.test(ch)) {
            out += ch;
            continue;
        }
        let run = 0;
        while (DECIMAL_DIGIT.test(String.fromCodePoint(cp - run - 1)))
            run++;
        out += String(run % 10);
    }
    return out;
}
function numberText(text) {
    return asciiDigits(stripWhere(text, NUMBER_SPACE));
}
/** Python refuses to convert decimal strings longer than this many digits to int. */
exports.PY_INT_MAX_STR_DIGITS = 4300;
const PY_INT_TEXT = /^[+-]?\d(?:_?\d)*$/;
/**
 * Python's `int(text)` (base 10), or undefined where Python raises ValueError.
 * Accepts a sign, digit-separating underscores, any Unicode decimal digits and
 * surrounding whitespace. Integers beyond 2**53 lose precision here.
 */
function pyParseInt(text) {
    const t = numberText(text);
    if (!PY_INT_TEXT.test(t))
        return undefined;
    const digits = t.replace(/[+_-]/g, '');
    if (digits.length > exports.PY_INT_MAX_STR_DIGITS)
        return undefined;
    const n = Number(t.replace(/_/g, ''));
    return n === 0 ? 0 : n; // Python has no negative integer zero
}
const PY_FLOAT_TEXT = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const PY_FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
/** Python's `float(text)`, or undefined where Python raises ValueError. */
function pyParseFloat(text) {
    const t = numberText(text);
    const special = PY_FLOAT_SPECIAL.exec(t);
    if (special) {
        if (special[2].toLowerCase() === 'nan')
            return NaN;
        return special[1] === '-' ? -Infinity : Infinity;
    }
    if (!PY_FLOAT_TEXT.test(t))
        return undefined;
    return Number(t.replace(/_/g, ''));
}
/** Compare strings by code point, as Python does (JS `<` compares UTF-16 units). */
function compareCodePoints(a, b) {
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    for (;;) {
        const x = ia.next();
        const y = ib.next();
        if (x.done)
            return y.done ? 0 : -1;
        if (y.done)
            return 1;
        if (x.value !== y.value)
            return x.value.codePointAt(0) - y.value.codePointAt(0);
    }
}
function orderResult(diff, op) {
    switch (op) {
        case '<':
            return diff < 0;
        case '<=':
            return diff <= 0;
        case '>':
            return diff > 0;
        case '>=':
            return diff >= 0;
    }
}
/**
 * Python's ordering operators. Numbers and bools compare numerically, strings
 * by code point, lists lexicographically (the first unequal elements decide,
 * then the lengths). Any other pair raises TypeError, as Python does.
 */
function pyCompare(a, b, op) {
    const na = numericOf(a);
    const nb = numericOf(b);
    if (na !== undefined && nb !== undefined) {
        switch (op) {
            case '<':
                return na < nb;
            case '<=':
                return na <= nb;
            case '>':
                return na > nb;
            case '>=':
                return na >= nb;
        }
    }
    if (typeof a === 'string' && typeof b === 'string')
        return orderResult(compareCodePoints(a, b), op);
    if (Array.isArray(a) && Array.isArray(b)) {
        const common = Math.min(a.length, b.length);
        for (let i = 0; i < common; i++) {
            if (!pyEquals(a[i], b[i]))
                return pyCompare(a[i], b[i], op);
        }
        return orderResult(a.length - b.length, op);
    }
    throw new TypeError(`'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
}
/** A json.loads failure (Python's JSONDecodeError). */
class PyJsonError extends Error {
    position;
    constructor(message, position) {
        super(`${message} (at character ${position})`);
        this.position = position;
        this.name = 'PyJsonError';
    }
}
exports.PyJsonError = PyJsonError;
const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
// eslint-disable-next-line no-control-regex -- raw control characters are not allowed in JSON strings
const JSON_STRING = /"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_SPACE = /[ \t\n\r]*/y;
/**
 * Python's `json.loads` on a str: standard JSON plus the NaN, Infinity and
 * -Infinity literals Python accepts; a leading byte-order mark is an error.
 * Python keeps JSON integers as ints and the rest as floats; both become
 * numbers here (so `1.0` loads as `1`).
 */
function pyJsonLoads(text) {
    let pos = 0;
    const fail = (message) => {
        throw new PyJsonError(message, pos);
    };
    const skipSpace = () => {
        JSON_SPACE.lastIndex = pos;
        JSON_SPACE.exec(text);
        pos = JSON_SPACE.lastIndex;
    };
    const parseString = () => {
        JSON_STRING.lastIndex = pos;
        const m = JSON_STRING.exec(text);
        if (!m)
            fail('invalid string');
        pos = JSON_STRING.lastIndex;
        return JSON.parse(m[0]);
    };
    const parseValue = () => {
        const ch = text[pos];
        if (ch === '"')
            return parseString();
        if (ch === '{') {
            pos++;
            const obj = {};
            skipSpace();
            if (text[pos] === '}') {
                pos++;
                return obj;
            }
            // JS lists integer-like keys first; remember the text's order when one appears.
            const order = [];
            let indexLike = false;
            for (;;) {
                skipSpace();
                if (text[pos] !== '"')
                    fail('expected a property name in double quotes');
                const key = parseString();
                if (!hasKey(obj, key)) {
                    order.push(key);
                    if (!indexLike && isArrayIndexKey(key))
                        indexLike = true;
                }
                skipSpace();
                if (text[pos] !== ':')
                    fail("expected ':'");
                pos++;
                skipSpace();
                const value = parseValue();
                // defineProperty keeps a "__proto__" key an ordinary own property.
                Object.defineProperty(obj, key, {
                    value,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
                skipSpace();
                if (text[pos] === ',') {
                    pos++;
                    continue;
                }
                if (text[pos] === '}') {
                    pos++;
                    if (indexLike)
                        recordPyKeyOrder(obj, order);
                    return obj;
                }
                fail("expected ',' or '}'");
            }
        }
        if (ch === '[') {
            pos++;
            const list = [];
            skipSpace();
            if (text[pos] === ']') {
                pos++;
                return list;
            }
            for (;;) {
                skipSpace();
                list.push(parseValue());
                skipSpace();
                if (text[pos] === ',') {
                    pos++;
                    continue;
                }
                if (text[pos] === ']') {
                    pos++;
                    return list;
                }
                fail("expected ',' or ']'");
            }
        }
        for (const [word, value] of [
            ['null', null],
            ['true', true],
            ['false', false],
            ['NaN', NaN],
            ['Infinity', Infinity],
            ['-Infinity', -Infinity]
        ]) {
            if (text.startsWith(word, pos)) {
                pos += word.length;
                return value;
            }
        }
        JSON_NUMBER.lastIndex = pos;
        const m = JSON_NUMBER.exec(text);
        if (m) {
            pos = JSON_NUMBER.lastIndex;
            const n = Number(m[0]);
            return n === 0 && !m[1] && !m[2] ? 0 : n; // the integer -0 is 0
        }
        return fail('expected a value');
    };
    if (text.startsWith('\ufeff'))
        fail('unexpected byte-order mark');
    skipSpace();
    const value = parseValue();
    skipSpace();
    if (pos !== text.length)
        fail('extra data after the value');
    return value;
}
/**
 * JSON text as Python's `json.dumps(value, indent=indent)` writes it, so the
 * run files read back the same in both tools: NaN and infinities are written
 * as the `NaN`/`Infinity`/`-Infinity` literals Python emits and reads (JSON
 * has none; `JSON.stringify` would write `null`), and integers keep every
 * digit of their exact value. Non-ASCII text is written as is (Python escapes
 * it; both read back the same string). Without `indent` the output is one
 * line with Python's `', '`/`': '` separators.
 */
function pyJsonDumps(value, indent) {
    // With an indent, JSON.stringify lays text out exactly as Python does and is
    // far faster (state files of big fan-outs are rewritten often): use it
    // unless a number needs Python's spelling.
    if (indent !== undefined && !needsPythonSpelling(value)) {
        return JSON.stringify(value, null, indent);
    }
    const parts = [];
    const pad = indent === undefined ? null : ' '.repeat(indent);
    const write = (v, depth) => {
        if (v === null || v === undefined)
            parts.push('null');
        else if (typeof v === 'boolean')
            parts.push(v ? 'true' : 'false');
        else if (typeof v === 'number') {
            if (Number.isNaN(v))
                parts.push('NaN');
            else if (v === Infinity)
                parts.push('Infinity');
            else if (v === -Infinity)
                parts.push('-Infinity');
            else
                parts.push(pyNumber(v));
        }
        else if (typeof v === 'string')
            parts.push(JSON.stringify(v));
        else if (Array.isArray(v))
            writeItems(v, depth, '[', ']', (item) => write(item, depth + 1));
        else if (isDict(v)) {
            writeItems(pyKeys(v), depth, '{', '}', (k) => {
                parts.push(JSON.stringify(k), ': ');
                write(v[k], depth + 1);
            });
        }
        else
            parts.push('null');
    };
    const writeItems = (items, depth, open, close, each) => {
        if (items.length === 0) {
            parts.push(open, close);
            return;
        }
        parts.push(open);
        const inner = pad === null ? '' : '\n' + pad.repeat(depth + 1);
        items.forEach((item, i) => {
            if (i > 0)
                parts.push(pad === null ? ', ' : ',');
            parts.push(inner);
            each(item);
        });
        if (pad !== null)
            parts.push('\n' + pad.repeat(depth));
        parts.push(close);
    };
    write(value, 0);
    return parts.join('');
}
/**
 * Whether JSON.stringify would write `value` differently from Python's json:
 * a number it spells differently, or a dict whose Python key order JS lost.
 */
function needsPythonSpelling(value) {
    if (typeof value === 'number') {
        return !Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value));
    }
    if (typeof value !== 'object' || value === null)
        return false;
    if (Array.isArray(value)) {
        for (const item of value)
            if (needsPythonSpelling(item))
                return true;
        return false;
    }
    if (PY_KEY_ORDER.has(value))
        return true;
    for (const key in value) {
        if (needsPythonSpelling(value[key]))
            return true;
    }
    return false;
}
// ---------------------------------------------------------------------------
// Python dict key order.
//
// A Python dict keeps insertion order; a JS object lists integer-like keys
// ("2", "10") first, in numeric order. Where data is read (JSON, YAML) with
// such keys, the Python order is remembered beside the object, and everything
// that shows a dict's order (str(), the run files) asks pyKeys.
const PY_KEY_ORDER = new WeakMap();
/** Whether JS would move `key` to the front of an object's keys (an array index). */
function isArrayIndexKey(key) {
    return /^(?:0|[1-9][0-9]{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}
/** Remember that `obj`'s keys are, in Python order, `keys` (when that differs from JS's order). */
function recordPyKeyOrder(obj, keys) {
    const js = Object.keys(obj);
    if (js.length === keys.length && js.every((k, i) => k === keys[i])) {
        PY_KEY_ORDER.delete(obj);
        return;
    }
    PY_KEY_ORDER.set(obj, keys);
}
/**
 * A dict's keys in Python's order: the recorded insertion order, with keys
 * added since appended (as Python appends them) and removed ones left out.
 */
function pyKeys(obj) {
    const js = Object.keys(obj);
    const order = PY_KEY_ORDER.get(obj);
    if (order === undefined)
        return js;
    const out = order.filter((k) => hasKey(obj, k));
    if (out.length === js.length)
        return out;
    const listed = new Set(out);
    for (const k of js)
        if (!listed.has(k))
            out.push(k);
    return out;
}


/***/ }),

/***/ 5039:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunState = exports.isValidRunId = void 0;
exports.assertValidRunId = assertValidRunId;
exports.generateRunId = generateRunId;
exports.pythonTimestamp = pythonTimestamp;
exports.isHalted = isHalted;
exports.runsRoot = runsRoot;
exports.runDirectory = runDirectory;
exports.writeFileAtomic = writeFileAtomic;
exports.currentRunner = currentRunner;
exports.runnerIsGone = runnerIsGone;
exports.readRunJson = readRunJson;
exports.listRuns = listRuns;
/**
 * A run's persisted state: `.specify/workflows/runs/<run_id>/` holding
 * `state.json`, `inputs.json`, `log.jsonl` and `workflow.yml`, in the same
 * layout and fields as the reference so either tool can inspect or resume
 * the other's runs.
 *
 * Persisting is coalesced: mutations mark the state dirty and one write
 * follows shortly after (the reference rewrites the whole file twice per
 * step, which is quadratic in a large fan-out). `flush()` writes at once and
 * is called whenever the run stops, so the file is exact at every stop and a
 * complete, recent snapshot in between. Writes are synchronous and atomic
 * (temp file + rename), so two writes never overlap and a reader never sees
 * half a file.
 */
const fs = __importStar(__nccwpck_require__(3024));
const os = __importStar(__nccwpck_require__(8161));
const path = __importStar(__nccwpck_require__(6760));
const node_crypto_1 = __nccwpck_require__(7598);
const ids_js_1 = __nccwpck_require__(7744);
Object.defineProperty(exports, "isValidRunId", ({ enumerable: true, get: function () { return ids_js_1.isValidRunId; } }));
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
/** How long mutations may wait before they reach the disk. */
const DEFAULT_COALESCE_MS = 200;
/** Throws unless `runId` is safe to use as a single path component. */
function assertValidRunId(runId) {
    if (!(0, ids_js_1.isValidRunId)(runId)) {
        throw new types_js_1.WorkflowError(`invalid run id ${JSON.stringify(runId)}: use letters, digits, '-' and '_' only, starting with a letter or digit`);
    }
}
/** A fresh run id: 8 hex characters, like the reference's truncated uuid4. */
function generateRunId() {
    return (0, node_crypto_1.randomBytes)(4).toString('hex');
}
/** Timestamps in the reference's format (`datetime.now(timezone.utc).isoformat()`). */
function pythonTimestamp(date = new Date()) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}
const HALTING = [types_js_1.RunStatus.Paused, types_js_1.RunStatus.Failed, types_js_1.RunStatus.Aborted];
/** Whether the run has stopped (paused, failed or aborted) and no further step may start. */
function isHalted(state) {
    return HALTING.includes(state.status);
}
function runsRoot(projectRoot) {
    return path.join(projectRoot, '.specify', 'workflows', 'runs');
}
function runDirectory(projectRoot, runId) {
    assertValidRunId(runId);
    return path.join(runsRoot(projectRoot), runId);
}
/** Write a file atomically: a temp file beside it, then rename over it. */
function writeFileAtomic(file, content) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${(0, node_crypto_1.randomBytes)(3).toString('hex')}.tmp`);
    try {
        fs.writeFileSync(tmp, content, 'utf8');
        fs.renameSync(tmp, file);
    }
    catch (err) {
        fs.rmSync(tmp, { force: true });
        throw err;
    }
}
function isRunnerIdentity(value) {
    return ((0, pyvalue_js_1.isDict)(value) &&
        typeof value.pid === 'number' &&
        Number.isInteger(value.pid) &&
        typeof value.hostname === 'string');
}
function currentRunner() {
    return { pid: process.pid, hostname: os.hostname() };
}
/**
 * Whether a run marked `running` has lost its driver: a process on this
 * host that no longer exists. A run from another host (or an older tool
 * that did not say) is assumed alive: nothing here can tell.
 */
function runnerIsGone(runner) {
    if (runner === null || runner.hostname !== os.hostname())
        return false;
    if (runner.pid === process.pid)
        return false;
    try {
        process.kill(runner.pid, 0);
        return false;
    }
    catch (err) {
        return err.code === 'ESRCH';
    }
}
class RunState {
    runId;
    workflowId;
    projectRoot;
    status = types_js_1.RunStatus.Created;
    currentStepIndex = 0;
    currentStepId = null;
    stepResults = {};
    /** specflow's addition: when each step ran (the reference ignores the field). */
    stepTimings = {};
    /**
     * specflow's addition: the process driving the run while it is running, so
     * a run left `running` by a killed process can be told from a live one.
     */
    runner = null;
    inputs = {};
    workflowDir = null;
    createdAt;
    updatedAt;
    error = null;
    /** Kept as found so a run started by the reference from an installed workflow round-trips. */
    installedWorkflowId = null;
    installedRegistryRoot = null;
    coalesceMs;
    dirty = false;
    timer = null;
    pendingLog = [];
    dirCreated = false;
    constructor(init) {
        assertValidRunId(init.runId);
        this.runId = init.runId;
        this.workflowId = init.workflowId;
        this.projectRoot = init.projectRoot;
        this.coalesceMs = init.coalesceMs ?? DEFAULT_COALESCE_MS;
        this.createdAt = pythonTimestamp();
        this.updatedAt = this.createdAt;
    }
    get runDir() {
        return runDirectory(this.projectRoot, this.runId);
    }
    get stateFile() {
        return path.join(this.runDir, 'state.json');
    }
    recordStep(stepId, record) {
        this.stepResults[stepId] = record;
        this.save();
    }
    setStepOutput(stepId, output) {
        const rec = this.stepResults[stepId];
        if (rec)
            rec.output = output;
        this.save();
    }
    /** Append an event to `log.jsonl` (written with the next persist). */
    log(entry) {
        const line = (0, pyvalue_js_1.pyJsonDumps)({ ...entry, timestamp: pythonTimestamp() });
        this.pendingLog.push(line);
        this.save();
    }
    /** Mark the state changed; it reaches the disk within the coalescing window. */
    save() {
        this.dirty = true;
        if (this.timer === null) {
            this.timer = setTimeout(() => {
                this.timer = null;
                try {
                    if (this.dirty)
                        this.flush();
                }
                catch {
                    // Nothing can catch an error thrown from a timer: leave the state
                    // dirty; the explicit flush when the run stops retries and reports it.
                }
            }, this.coalesceMs);
            this.timer.unref();
        }
    }
    /** Write everything now: state.json, inputs.json and pending log lines. */
    flush() {
        if (this.timer !== null) {
            clearTimeout(this.timer);
            this.timer = null;
        }
        this.ensureDir();
        this.updatedAt = pythonTimestamp();
        writeFileAtomic(this.stateFile, (0, pyvalue_js_1.pyJsonDumps)(this.toJSON(), 2));
        writeFileAtomic(path.join(this.runDir, 'inputs.json'), (0, pyvalue_js_1.pyJsonDumps)({ inputs: this.inputs }, 2));
        if (this.pendingLog.length > 0) {
            const lines = this.pendingLog.join('\n') + '\n';
            this.pendingLog = [];
            fs.appendFileSync(path.join(this.runDir, 'log.jsonl'), lines, 'utf8');
        }
        this.dirty = false;
    }
    ensureDir() {
        if (!this.dirCreated) {
            fs.mkdirSync(this.runDir, { recursive: true });
            this.dirCreated = true;
        }
    }
    toJSON() {
        return {
            run_id: this.runId,
            workflow_id: this.workflowId,
            installed_workflow_id: this.installedWorkflowId,
            installed_registry_root: this.installedRegistryRoot,
            status: this.status,
            current_step_index: this.currentStepIndex,
            current_step_id: this.currentStepId,
            step_results: this.stepResults,
            workflow_dir: this.workflowDir,
            created_at: this.createdAt,
            updated_at: this.updatedAt,
            error: this.error,
            step_timings: this.stepTimings,
            runner: this.runner
        };
    }
    /**
     * Load a run's state, validating what is read: a corrupt or foreign file
     * is reported (and left untouched), never half-loaded.
     */
    static load(runId, projectRoot, coalesceMs) {
        const dir = runDirectory(projectRoot, runId);
        const file = path.join(dir, 'state.json');
        let text;
        try {
            text = fs.readFileSync(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                throw new types_js_1.WorkflowError(`no run ${runId} in ${runsRoot(projectRoot)}`);
            }
            throw new types_js_1.WorkflowError(`cannot read ${file}: ${err.message}`);
        }
        const data = parseJsonFile(file, text);
        const bad = (why) => {
            throw new types_js_1.WorkflowError(`corrupt run state ${file}: ${why}`);
        };
        if (!(0, pyvalue_js_1.isDict)(data))
            bad('expected a JSON object');
        const d = data;
        for (const field of ['run_id', 'workflow_id', 'status']) {
            if (!(field in d))
                bad(`missing field '${field}'`);
        }
        if (d.run_id !== runId) {
            bad(`it belongs to run ${JSON.stringify(d.run_id)}, not ${JSON.stringify(runId)}`);
        }
        if (!(0, ids_js_1.isValidWorkflowId)(d.workflow_id)) {
            bad(`'workflow_id' must be a lowercase workflow id, got ${JSON.stringify(d.workflow_id)}`);
        }
        if (!types_js_1.RUN_STATUSES.includes(d.status)) {
            bad(`unknown status ${JSON.stringify(d.status)}`);
        }
        const index = d.current_step_index ?? 0;
        if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
            bad(`'current_step_index' must be a non-negative integer`);
        }
        const currentId = d.current_step_id ?? null;
        if (currentId !== null && typeof currentId !== 'string') {
            bad(`'current_step_id' must be a string or null`);
        }
        const results = d.step_results ?? {};
        if (!(0, pyvalue_js_1.isDict)(results))
            bad(`'step_results' must be an object`);
        for (const [id, rec] of Object.entries(results)) {
            if (!(0, pyvalue_js_1.isDict)(rec))
                bad(`step result ${JSON.stringify(id)} must be an object`);
        }
        for (const field of [
            'workflow_dir',
            'error',
            'installed_workflow_id',
            'installed_registry_root'
        ]) {
            const v = d[field];
            if (v !== undefined && v !== null && typeof v !== 'string') {
                bad(`'${field}' must be a string or null`);
            }
        }
        if ('installed_workflow_id' in d !== 'installed_registry_root' in d) {
            bad('installed workflow fields must be both present or both absent');
        }
        const state = new RunState({
            runId,
            workflowId: d.workflow_id,
            projectRoot,
            coalesceMs
        });
        state.status = d.status;
        state.currentStepIndex = index;
        state.currentStepId = currentId;
        state.stepResults = results;
        state.workflowDir = d.workflow_dir ?? null;
        state.createdAt = typeof d.created_at === 'string' ? d.created_at : '';
        state.updatedAt = typeof d.updated_at === 'string' ? d.updated_at : '';
        state.error = d.error ?? null;
        state.stepTimings = (0, pyvalue_js_1.isDict)(d.step_timings)
            ? d.step_timings
            : {};
        state.runner = isRunnerIdentity(d.runner) ? d.runner : null;
        state.installedWorkflowId = d.installed_workflow_id ?? null;
        state.installedRegistryRoot = d.installed_registry_root ?? null;
        state.dirCreated = true;
        const inputsFile = path.join(dir, 'inputs.json');
        if (fs.existsSync(inputsFile)) {
            const doc = parseJsonFile(inputsFile, fs.readFileSync(inputsFile, 'utf8'));
            if (!(0, pyvalue_js_1.isDict)(doc))
                throw new types_js_1.WorkflowError(`corrupt run inputs ${inputsFile}: expected a JSON object`);
            const inputs = doc.inputs ?? {};
            if (!(0, pyvalue_js_1.isDict)(inputs)) {
                throw new types_js_1.WorkflowError(`corrupt run inputs ${inputsFile}: 'inputs' must be an object`);
            }
            state.inputs = inputs;
        }
        return state;
    }
}
exports.RunState = RunState;
/**
 * A run file's JSON, as Python's json.load reads it: the reference writes NaN
 * and infinities as `NaN`/`Infinity`/`-Infinity`, which JSON.parse rejects,
 * and a dict with integer-like keys (`"2": ...`) keeps its order only through
 * pyJsonLoads.
 */
function readRunJson(text) {
    if (/"(?:0|[1-9][0-9]*)"\s*:/.test(text))
        return (0, pyvalue_js_1.pyJsonLoads)(text);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        try {
            return (0, pyvalue_js_1.pyJsonLoads)(text);
        }
        catch {
            throw err;
        }
    }
}
function parseJsonFile(file, text) {
    try {
        return readRunJson(text);
    }
    catch (err) {
        throw new types_js_1.WorkflowError(`corrupt run state ${file}: not valid JSON (${err.message})`);
    }
}
/** Summaries of every readable run under the project (unreadable ones are skipped). */
function listRuns(projectRoot) {
    const root = runsRoot(projectRoot);
    if (!fs.existsSync(root))
        return [];
    const runs = [];
    for (const name of fs.readdirSync(root).sort()) {
        if (!(0, ids_js_1.isValidRunId)(name))
            continue;
        try {
            const data = readRunJson(fs.readFileSync(path.join(root, name, 'state.json'), 'utf8'));
            if ((0, pyvalue_js_1.isDict)(data) && 'run_id' in data)
                runs.push(data);
        }
        catch {
            // Not a run folder, or one we cannot read: listing is best-effort.
        }
    }
    return runs;
}


/***/ }),

/***/ 9063:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commandStep = exports.DEFAULT_COMMAND_TIMEOUT = void 0;
/**
 * `command` step (also the default step type): runs a spec-kit command such
 * as `speckit.plan` through the configured AI coding agent's CLI. The
 * agent's output is streamed live and also kept in the step's output.
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const expressions_js_1 = __nccwpck_require__(6025);
const step_config_js_1 = __nccwpck_require__(9837);
const settings_js_1 = __nccwpck_require__(8548);
const step_dispatch_js_1 = __nccwpck_require__(8506);
/** Seconds a command may run when the step sets no `timeout`. */
exports.DEFAULT_COMMAND_TIMEOUT = 600;
function validate(config) {
    const issues = [];
    const name = (0, step_config_js_1.stepLabel)(config);
    issues.push(...(0, step_config_js_1.baseIssues)(config));
    if (!(0, pyvalue_js_1.hasKey)(config, 'command')) {
        issues.push({ message: `Command step ${name} has no 'command' to run.`, key: 'command' });
    }
    else if (typeof config.command !== 'string') {
        issues.push({
            message: `Command step ${name}: 'command' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(config.command)}.`,
            key: 'command'
        });
    }
    if ((0, pyvalue_js_1.hasKey)(config, 'input') && !(0, pyvalue_js_1.isDict)(config.input)) {
        issues.push({
            message: `Command step ${name}: 'input' must be a mapping of names to values.`,
            key: 'input'
        });
    }
    if ((0, pyvalue_js_1.hasKey)(config, 'options') && !(0, pyvalue_js_1.isDict)(config.options)) {
        issues.push({
            message: `Command step ${name}: 'options' must be a mapping of names to values.`,
            key: 'options'
        });
    }
    issues.push(...(0, step_config_js_1.stringSettingIssues)('Command', config, ['integration', 'model']));
    return issues;
}
async function execute(config, context) {
    const name = (0, step_config_js_1.stepLabel)(config);
    // Unvalidated configurations reach execute() too; they fail the step
    // instead of crashing the run.
    const command = (0, pyvalue_js_1.getOr)(config, 'command', '');
    if (typeof command !== 'string') {
        return (0, step_config_js_1.failedResult)(`Command step ${name}: 'command' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(command)}.`);
    }
    const input = (0, pyvalue_js_1.getOr)(config, 'input', {});
    if (!(0, pyvalue_js_1.isDict)(input))
        return (0, step_config_js_1.failedResult)(`Command step ${name}: 'input' must be a mapping, not ${(0, pyvalue_js_1.pyTypeName)(input)}.`);
    const resolvedInput = {};
    for (const [key, value] of Object.entries(input))
        resolvedInput[key] = (0, expressions_js_1.evaluateExpression)(value, context);
    const integration = (0, settings_js_1.resolveSetting)((0, pyvalue_js_1.getOr)(config, 'integration', null), context.defaultIntegration, context, () => (0, settings_js_1.readProjectIntegration)(context.projectRoot));
    const model = (0, settings_js_1.resolveSetting)((0, pyvalue_js_1.getOr)(config, 'model', null), context.defaultModel, context);
    if (integration !== null && typeof integration !== 'string') {
        return (0, step_config_js_1.failedResult)(`Command step ${name}: 'integration' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(integration)}.`);
    }
    if (model !== null && typeof model !== 'string') {
        return (0, step_config_js_1.failedResult)(`Command step ${name}: 'model' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(model)}.`);
    }
    const stepOptions = (0, pyvalue_js_1.getOr)(config, 'options', {});
    if (!(0, pyvalue_js_1.isDict)(stepOptions)) {
        return (0, step_config_js_1.failedResult)(`Command step ${name}: 'options' must be a mapping, not ${(0, pyvalue_js_1.pyTypeName)(stepOptions)}.`);
    }
    const options = (0, settings_js_1.mergeOptions)(context.defaultOptions, stepOptions);
    // The reference never times out a streamed command, so it does not check
    // `timeout` here; an unusable value falls back to the default with a warning.
    let timeoutSeconds = exports.DEFAULT_COMMAND_TIMEOUT;
    const timeoutIssue = (0, settings_js_1.timeoutProblem)(config, 'Command');
    if (timeoutIssue)
        context.output.stderr(`warning: ${timeoutIssue} Using ${exports.DEFAULT_COMMAND_TIMEOUT} seconds.\n`);
    else if ((0, pyvalue_js_1.hasKey)(config, 'timeout'))
        timeoutSeconds = config.timeout;
    const args = (0, pyvalue_js_1.pyStr)((0, pyvalue_js_1.getOr)(resolvedInput, 'args', ''));
    const outcome = await (0, step_dispatch_js_1.dispatchForStep)({ kind: 'command', command, args }, integration, model, timeoutSeconds, context);
    const output = {
        command,
        integration,
        model,
        options,
        input: resolvedInput
    };
    if (outcome.dispatched) {
        const result = (0, step_dispatch_js_1.dispatchedResult)(`Command ${(0, pyvalue_js_1.pyRepr)(command)}`, outcome.run, outcome.agentName, timeoutSeconds);
        Object.assign(output, result.output);
        return result.error === null
            ? { status: types_js_1.StepStatus.Completed, output }
            : (0, step_config_js_1.failedResult)(result.error, output);
    }
    output.exit_code = 1;
    output.dispatched = false;
    return (0, step_config_js_1.failedResult)(`Cannot run command ${(0, pyvalue_js_1.pyRepr)(command)}: ${outcome.reason}.`, output);
}
exports.commandStep = { type: 'command', validate, execute };


/***/ }),

/***/ 3401:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.doWhileStep = void 0;
/**
 * `do-while`: run `steps` once, then again while the condition holds. This
 * step always hands out the body; the engine evaluates `condition` after each
 * pass, up to `max_iterations` (10 when absent or null).
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
const while_js_1 = __nccwpck_require__(1539);
exports.doWhileStep = {
    type: 'do-while',
    validate(config) {
        return [
            ...(0, step_config_js_1.baseIssues)(config),
            ...(0, step_config_js_1.conditionIssues)('Do-while', config),
            ...(0, step_config_js_1.maxIterationsIssues)('Do-while', config),
            ...(0, step_config_js_1.nestedStepsIssues)('Do-while', config)
        ];
    },
    async execute(config) {
        const maxIterations = (0, pyvalue_js_1.getOr)(config, 'max_iterations', null) ?? while_js_1.DEFAULT_MAX_ITERATIONS;
        const body = (0, pyvalue_js_1.getOr)(config, 'steps', []);
        // Recorded as written (not evaluated): the engine evaluates it after each pass.
        const condition = (0, pyvalue_js_1.getOr)(config, 'condition', 'false');
        const output = { condition, max_iterations: maxIterations, loop_type: 'do-while' };
        // Unvalidated configs reach here too; the body always runs, so it must be a list.
        if (!Array.isArray(body)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output,
                error: `Do-while step ${(0, step_config_js_1.stepLabel)(config)}: 'steps' must be a list of steps, not ${(0, pyvalue_js_1.pyTypeName)(body)}.`
            };
        }
        return { status: types_js_1.StepStatus.Completed, output, nextSteps: body };
    }
};


/***/ }),

/***/ 5275:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fanInStep = void 0;
/**
 * `fan-in`: collect the outputs of the `wait_for` steps into
 * `output.results`, and resolve `output` expressions that may read them as
 * `fan_in.results`. Steps run in order, so there is nothing to wait for.
 */
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
exports.fanInStep = {
    type: 'fan-in',
    validate(config) {
        const label = (0, step_config_js_1.stepLabel)(config);
        const issues = (0, step_config_js_1.baseIssues)(config);
        const waitFor = (0, pyvalue_js_1.getOr)(config, 'wait_for', []);
        if (!Array.isArray(waitFor) || waitFor.length === 0) {
            issues.push({
                message: `Fan-in step ${label}: 'wait_for' must be a non-empty list of step ids.`,
                key: 'wait_for'
            });
        }
        const output = (0, pyvalue_js_1.getOr)(config, 'output', null);
        if (output !== null && !(0, pyvalue_js_1.isDict)(output)) {
            issues.push({
                message: `Fan-in step ${label}: 'output' must be a mapping of names to expressions, not ${(0, pyvalue_js_1.pyTypeName)(output)}.`,
                key: 'output'
            });
        }
        return issues;
    },
    async execute(config, context) {
        const label = (0, step_config_js_1.stepLabel)(config);
        const waitFor = (0, pyvalue_js_1.getOr)(config, 'wait_for', []);
        const outputConfig = (0, pyvalue_js_1.getOr)(config, 'output', null) ?? {};
        // The failures below guard unvalidated configs, which would otherwise
        // complete with silently empty results.
        if (!(0, pyvalue_js_1.isDict)(outputConfig)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: { results: [] },
                error: `Fan-in step ${label}: 'output' must be a mapping of names to expressions, not ${(0, pyvalue_js_1.pyTypeName)(outputConfig)}.`
            };
        }
        if (!Array.isArray(waitFor)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: { results: [] },
                error: `Fan-in step ${label}: 'wait_for' must be a list of step ids, not ${(0, pyvalue_js_1.pyTypeName)(waitFor)}.`
            };
        }
        const notAnId = waitFor.find((entry) => typeof entry !== 'string');
        if (notAnId !== undefined) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: { results: [] },
                error: `Fan-in step ${label}: every 'wait_for' entry must be a step id string; found ${(0, pyvalue_js_1.pyTypeName)(notAnId)} (${(0, pyvalue_js_1.pyRepr)(notAnId)}).`
            };
        }
        const results = waitFor.map((stepId) => {
            const record = (0, pyvalue_js_1.getOr)(context.steps, stepId, {});
            return (0, pyvalue_js_1.isDict)(record) ? (0, pyvalue_js_1.getOr)(record, 'output', {}) : {};
        });
        const resolved = { results };
        const previousFanIn = context.fanIn;
        context.fanIn = { results };
        try {
            for (const key of (0, pyvalue_js_1.pyKeys)(outputConfig)) {
                const expression = outputConfig[key];
                resolved[key] =
                    typeof expression === 'string' && expression.includes('{{')
                        ? (0, expressions_js_1.evaluateExpression)(expression, context)
                        : expression;
            }
        }
        finally {
            context.fanIn = previousFanIn;
        }
        // `results` first, then the declared keys in order (JS would list integer-like keys first).
        (0, pyvalue_js_1.recordPyKeyOrder)(resolved, ['results', ...(0, pyvalue_js_1.pyKeys)(outputConfig).filter((k) => k !== 'results')]);
        return { status: types_js_1.StepStatus.Completed, output: resolved };
    }
};


/***/ }),

/***/ 4754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fanOutStep = void 0;
/**
 * `fan-out`: resolve `items` to a list and hand the engine the `step`
 * template to run once per item (`max_concurrency` at a time). The engine
 * runs the items; this step only records what to run.
 */
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
exports.fanOutStep = {
    type: 'fan-out',
    validate(config) {
        const label = (0, step_config_js_1.stepLabel)(config);
        const issues = (0, step_config_js_1.baseIssues)(config);
        if (!(0, pyvalue_js_1.hasKey)(config, 'items')) {
            issues.push({ message: `Fan-out step ${label} has no 'items'.`, key: 'items' });
        }
        if (!(0, pyvalue_js_1.hasKey)(config, 'step')) {
            issues.push({
                message: `Fan-out step ${label} has no 'step' (the step to run for each item).`,
                key: 'step'
            });
        }
        else if (!(0, pyvalue_js_1.isDict)(config.step)) {
            // Includes an explicit `step:` with nothing under it, which execute() rejects.
            issues.push({ message: `Fan-out step ${label}: 'step' must be a mapping.`, key: 'step' });
        }
        return issues;
    },
    async execute(config, context) {
        // Absent `items` defaults to the text "[]", which is not a list: the step fails.
        const itemsExpression = (0, pyvalue_js_1.getOr)(config, 'items', '[]');
        const items = (0, expressions_js_1.evaluateExpression)(itemsExpression, context);
        const maxConcurrency = (0, pyvalue_js_1.getOr)(config, 'max_concurrency', 1);
        const template = (0, pyvalue_js_1.getOr)(config, 'step', {});
        const label = (0, step_config_js_1.stepLabel)(config);
        if (!(0, pyvalue_js_1.isDict)(template)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: { items: [], max_concurrency: maxConcurrency, step_template: {}, item_count: 0 },
                error: `Fan-out step ${label}: 'step' must be a mapping (the step to run for each item), not ${(0, pyvalue_js_1.pyTypeName)(template)}.`
            };
        }
        // Anything but a list is a wiring mistake; fanning out over nothing would hide it.
        if (!Array.isArray(items)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: {
                    items: [],
                    max_concurrency: maxConcurrency,
                    step_template: template,
                    item_count: 0
                },
                error: `Fan-out step ${label}: 'items' must resolve to a list, but ${(0, pyvalue_js_1.pyRepr)(itemsExpression)} gave ${(0, pyvalue_js_1.pyTypeName)(items)}.`
            };
        }
        return {
            status: types_js_1.StepStatus.Completed,
            output: {
                items,
                max_concurrency: maxConcurrency,
                step_template: template,
                item_count: items.length
            }
        };
    }
};


/***/ }),

/***/ 4927:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateStep = exports.MAX_SHOW_FILE_LINE_CHARS = exports.MAX_SHOW_FILE_BYTES = exports.MAX_SHOW_FILE_LINES = exports.DEFAULT_GATE_OPTIONS = void 0;
exports.readShowFile = readShowFile;
exports.composeGateText = composeGateText;
/**
 * `gate`: a person approves or rejects before the run continues.
 *
 * With someone to ask (`context.prompt`), the message and the options are
 * shown, followed by the contents of `show_file` if set. Without anyone
 * (CI, no terminal) the step pauses so the run can be resumed later; on
 * resume the verdict can come from the workflow input named by
 * `verdict_input`. `on_reject` decides what a reject/abort choice does:
 * fail the run (abort), pause to ask again (retry), or carry on (skip).
 */
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const types_1 = __nccwpck_require__(3429);
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
exports.DEFAULT_GATE_OPTIONS = ['approve', 'reject'];
const ON_REJECT_CHOICES = ['abort', 'skip', 'retry'];
/** Choices that count as a rejection (compared case-insensitively). */
const REJECT_CHOICES = ['reject', 'abort'];
/** At most this many lines of `show_file` are shown, so a big file cannot bury the question. */
exports.MAX_SHOW_FILE_LINES = 200;
/**
 * Control characters other than tab (C0 including newline, DEL, C1 including
 * CSI), removed from file text and paths before display so they cannot drive
 * the terminal.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;
function stripControl(text) {
    return text.replace(CONTROL_CHARS, '');
}
function isStringList(value) {
    return Array.isArray(value) && value.every((option) => typeof option === 'string');
}
function isRejection(choice) {
    return REJECT_CHOICES.includes(choice.toLowerCase());
}
/**
 * At most this many bytes of `show_file` are read: the line cap alone does not
 * bound the work, since one line can be as long as the file.
 */
exports.MAX_SHOW_FILE_BYTES = 256 * 1024;
/**
 * A longer line is cut here (with a note). Generous, so that what a person
 * wrote in a spec is shown whole, as the reference shows it.
 */
exports.MAX_SHOW_FILE_LINE_CHARS = 64 * 1024;
const READ_CHUNK_BYTES = 64 * 1024;
const LINE_BREAK = /\r\n|\r|\n/g;
// Opening a FIFO for reading waits for a writer; non-blocking lets fstat turn it away.
// (Windows has no such flag, nor FIFOs that open() would wait on.)
const OPEN_FLAGS = node_fs_1.constants.O_RDONLY | (node_fs_1.constants.O_NONBLOCK ?? 0);
/** What a path is, when it is not a regular file (for the notice). */
function fileKind(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * Collects lines from text that arrives in pieces. Each piece is scanned once;
 * the line being built keeps at most MAX_SHOW_FILE_LINE_CHARS characters.
 */
class LineCollector {
    lines = [];
    /** More lines follow than MAX_SHOW_FILE_LINES allows. */
    moreLines = false;
    current = '';
    currentCut = false;
    /** The last piece ended in \r, so a \n opening the next piece belongs to it. */
    afterCarriageReturn = false;
    add(text) {
        let from = 0;
        if (this.afterCarriageReturn && text.startsWith('\n'))
            from = 1;
        this.afterCarriageReturn = false;
        LINE_BREAK.lastIndex = from;
        for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
            this.append(text.slice(from, match.index));
            this.endLine();
            if (this.moreLines)
                return;
            from = match.index + match[0].length;
            this.afterCarriageReturn = match[0] === '\r' && from === text.length;
        }
        this.append(text.slice(from));
    }
    /** The end of what is read: a last line without a line break still counts. */
    finish() {
        if (this.current !== '' || this.currentCut)
            this.endLine();
    }
    append(piece) {
        if (this.currentCut || piece === '')
            return;
        const room = exports.MAX_SHOW_FILE_LINE_CHARS - this.current.length;
        if (piece.length > room) {
            this.current += piece.slice(0, room);
            this.currentCut = true;
        }
        else {
            this.current += piece;
        }
    }
    endLine() {
        if (this.lines.length >= exports.MAX_SHOW_FILE_LINES) {
            this.moreLines = true;
            return;
        }
        const note = this.currentCut ? `… (line cut at ${exports.MAX_SHOW_FILE_LINE_CHARS} characters)` : '';
        this.lines.push(stripControl(this.current) + note);
        this.current = '';
        this.currentCut = false;
    }
}
/**
 * The lines of `path` to show: at most MAX_SHOW_FILE_LINES from the first
 * MAX_SHOW_FILE_BYTES, control characters stripped, or a one-line notice when
 * the file is empty, is not a regular file (a FIFO would block, a device may
 * never end) or cannot be read. Lines end at \n, \r\n or \r, as in Python's
 * text mode.
 */
async function readShowFile(path) {
    const collector = new LineCollector();
    let moreBytes = false;
    try {
        const handle = await (0, promises_1.open)(path, OPEN_FLAGS);
        try {
            const stats = await handle.stat();
            if (!stats.isFile())
                return [`(could not read file: ${fileKind(stats)})`];
            const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
            // One byte past the budget is read (never shown) to learn whether there is more.
            const buffer = Buffer.alloc(READ_CHUNK_BYTES);
            let total = 0;
            for (;;) {
                const want = Math.min(buffer.length, exports.MAX_SHOW_FILE_BYTES + 1 - total);
                const { bytesRead } = await handle.read(buffer, 0, want, null);
                if (bytesRead === 0) {
                    collector.add(decoder.decode());
                    break;
                }
                const kept = Math.min(bytesRead, exports.MAX_SHOW_FILE_BYTES - total);
                total += bytesRead;
                // A character split by the budget is dropped rather than decoded as an error.
                collector.add(decoder.decode(buffer.subarray(0, kept), { stream: true }));
                if (collector.moreLines)
                    break;
                if (total > exports.MAX_SHOW_FILE_BYTES) {
                    moreBytes = true;
                    break;
                }
            }
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        const reason = (0, types_1.isNativeError)(error) ? error.message : String(error);
        return [stripControl(`(could not read file: ${reason})`)];
    }
    if (!collector.moreLines)
        collector.finish();
    const lines = collector.lines;
    if (lines.length === 0)
        return ['(file is empty)'];
    if (collector.moreLines) {
        lines.push(`… (only the first ${exports.MAX_SHOW_FILE_LINES} lines are shown)`);
    }
    else if (moreBytes) {
        lines.push(`… (only the first ${exports.MAX_SHOW_FILE_BYTES / 1024} KiB are shown)`);
    }
    return lines;
}
/** The answer, or InterruptedError once the run is interrupted (nobody is left to wait for it). */
function untilAborted(answer, signal) {
    if (signal.aborted)
        return Promise.reject(new types_js_1.InterruptedError());
    return new Promise((resolveAnswer, reject) => {
        const onAbort = () => reject(new types_js_1.InterruptedError());
        signal.addEventListener('abort', onAbort, { once: true });
        answer.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolveAnswer(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}
/** The text shown at the prompt: the message, then the file's lines indented under its path. */
async function composeGateText(message, showFile, projectRoot) {
    const text = (0, pyvalue_js_1.pyStr)(message);
    if (!showFile)
        return text;
    // Relative paths are read from the project root (the reference's working directory).
    const lines = await readShowFile((0, node_path_1.resolve)(projectRoot || '.', showFile));
    const body = [`${stripControl(showFile)}:`, ...lines.map((line) => `  ${line}`)].join('\n');
    return `${text}\n\n${body}`;
}
exports.gateStep = {
    type: 'gate',
    validate(config) {
        const label = (0, step_config_js_1.stepLabel)(config);
        const issues = (0, step_config_js_1.baseIssues)(config);
        if (!(0, pyvalue_js_1.hasKey)(config, 'message')) {
            issues.push({ message: `Gate step ${label} has no 'message'.`, key: 'message' });
        }
        const options = (0, pyvalue_js_1.getOr)(config, 'options', exports.DEFAULT_GATE_OPTIONS);
        if (!Array.isArray(options) || options.length === 0) {
            issues.push({
                message: `Gate step ${label}: 'options' must be a non-empty list.`,
                key: 'options'
            });
        }
        else if (!isStringList(options)) {
            issues.push({
                message: `Gate step ${label}: every option must be a string.`,
                key: 'options'
            });
        }
        const onReject = (0, pyvalue_js_1.getOr)(config, 'on_reject', 'abort');
        if (!ON_REJECT_CHOICES.includes(onReject)) {
            issues.push({
                message: `Gate step ${label}: 'on_reject' must be one of 'abort', 'skip' or 'retry'.`,
                key: 'on_reject'
            });
        }
        if ((0, pyvalue_js_1.hasKey)(config, 'verdict_input')) {
            const verdictInput = config.verdict_input;
            if (typeof verdictInput !== 'string' || verdictInput === '') {
                issues.push({
                    message: `Gate step ${label}: 'verdict_input' must be a non-empty string.`,
                    key: 'verdict_input'
                });
            }
        }
        // Aborting or retrying on reject needs an option that rejects.
        if ((onReject === 'abort' || onReject === 'retry') && isStringList(options)) {
            if (!options.some(isRejection)) {
                issues.push({
                    message: `Gate step ${label}: on_reject is ${(0, pyvalue_js_1.pyRepr)(onReject)} but no option is 'reject' or 'abort'.`,
                    key: 'options'
                });
            }
        }
        return issues;
    },
    async execute(config, context) {
        const label = (0, step_config_js_1.stepLabel)(config);
        let message = (0, pyvalue_js_1.getOr)(config, 'message', 'Review required.');
        if (typeof message === 'string' && message.includes('{{')) {
            message = (0, expressions_js_1.evaluateExpression)(message, context);
        }
        const options = (0, pyvalue_js_1.getOr)(config, 'options', [...exports.DEFAULT_GATE_OPTIONS]);
        const onReject = (0, pyvalue_js_1.getOr)(config, 'on_reject', 'abort');
        const hasVerdictInput = (0, pyvalue_js_1.hasKey)(config, 'verdict_input');
        const verdictInput = (0, pyvalue_js_1.getOr)(config, 'verdict_input', null);
        // The guards below catch unvalidated configs. They come before the pause
        // so a bad gate fails in CI instead of pausing and breaking on resume.
        if (!isStringList(options) || options.length === 0) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: { message, options, on_reject: onReject, choice: null },
                error: `Gate step ${label}: 'options' must be a non-empty list of strings, not ${(0, pyvalue_js_1.pyTypeName)(options)}.`
            };
        }
        // Any other value would let a rejected gate pass as if approved.
        if (!ON_REJECT_CHOICES.includes(onReject)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: { message, options, on_reject: onReject, choice: null },
                error: `Gate step ${label}: 'on_reject' must be one of 'abort', 'skip' or 'retry', not ${(0, pyvalue_js_1.pyRepr)(onReject)}.`
            };
        }
        if (hasVerdictInput && (typeof verdictInput !== 'string' || verdictInput === '')) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: {},
                error: `Gate step ${label}: 'verdict_input' must be a non-empty string.`
            };
        }
        // Inputs are shared by the whole run; one verdict cannot stand for every item.
        if (hasVerdictInput && context.insideFanOut) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: {},
                error: `Gate step ${label}: 'verdict_input' cannot be used in a fan-out step template.`
            };
        }
        let showFile = (0, pyvalue_js_1.getOr)(config, 'show_file', null);
        if (typeof showFile === 'string' && showFile.includes('{{')) {
            showFile = (0, expressions_js_1.evaluateExpression)(showFile, context);
        }
        const showFilePath = showFile === null || showFile === undefined ? null : (0, pyvalue_js_1.pyStr)(showFile);
        const output = {
            message,
            options,
            on_reject: onReject,
            show_file: showFilePath,
            choice: null
        };
        let choice = null;
        let boundVerdictInput = null;
        if (typeof verdictInput === 'string') {
            const value = (0, pyvalue_js_1.getOr)(context.inputs, verdictInput, null);
            if (value !== null && value !== '') {
                if (typeof value !== 'string') {
                    return {
                        status: types_js_1.StepStatus.Failed,
                        output,
                        error: `Gate step ${label}: verdict input ${(0, pyvalue_js_1.pyRepr)(verdictInput)} must be a string, not ${(0, pyvalue_js_1.pyTypeName)(value)}.`
                    };
                }
                choice = options.find((option) => option.toLowerCase() === value.toLowerCase()) ?? null;
                if (choice === null) {
                    return {
                        status: types_js_1.StepStatus.Failed,
                        output,
                        error: `Gate step ${label}: verdict input ${(0, pyvalue_js_1.pyRepr)(verdictInput)} is ${(0, pyvalue_js_1.pyRepr)(value)}, which is none of the options.`
                    };
                }
                boundVerdictInput = verdictInput;
            }
        }
        if (choice === null) {
            // Nobody to ask: pause so the run can be resumed with a verdict.
            if (context.prompt === null)
                return { status: types_js_1.StepStatus.Paused, output };
            const text = await composeGateText(message, showFilePath, context.projectRoot);
            choice = await untilAborted(context.prompt(text, options), context.signal);
        }
        output.choice = choice;
        if (!isRejection(choice))
            return { status: types_js_1.StepStatus.Completed, output };
        if (onReject === 'abort') {
            output.aborted = true;
            return { status: types_js_1.StepStatus.Failed, output, error: `Gate ${label} was rejected.` };
        }
        if (onReject === 'retry') {
            // Clear the verdict so resuming asks again rather than rejecting again.
            if (boundVerdictInput !== null)
                context.inputs[boundVerdictInput] = '';
            return { status: types_js_1.StepStatus.Paused, output };
        }
        // skip: completed; later steps can look at `choice`.
        return { status: types_js_1.StepStatus.Completed, output };
    }
};


/***/ }),

/***/ 8291:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ifStep = void 0;
/**
 * `if`: choose the `then` or `else` list of inline steps by a condition.
 */
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
exports.ifStep = {
    type: 'if',
    validate(config) {
        const label = (0, step_config_js_1.stepLabel)(config);
        const issues = [...(0, step_config_js_1.baseIssues)(config), ...(0, step_config_js_1.conditionIssues)('If', config)];
        if (!(0, pyvalue_js_1.hasKey)(config, 'then'))
            issues.push({ message: `If step ${label} has no 'then'.`, key: 'then' });
        if (!Array.isArray((0, pyvalue_js_1.getOr)(config, 'then', []))) {
            issues.push({ message: `If step ${label}: 'then' must be a list of steps.`, key: 'then' });
        }
        const elseBranch = (0, pyvalue_js_1.getOr)(config, 'else', null);
        if (elseBranch !== null && !Array.isArray(elseBranch)) {
            issues.push({ message: `If step ${label}: 'else' must be a list of steps.`, key: 'else' });
        }
        return issues;
    },
    async execute(config, context) {
        const result = (0, expressions_js_1.evaluateCondition)((0, pyvalue_js_1.getOr)(config, 'condition', false), context);
        const branchName = result ? 'then' : 'else';
        let branch = (0, pyvalue_js_1.getOr)(config, branchName, []);
        // An explicit `else:` with nothing under it means "no else".
        if (branch === null && branchName === 'else')
            branch = [];
        // Unvalidated configs reach here too; a non-list branch would be run item by item.
        if (!Array.isArray(branch)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: { condition_result: result },
                error: `If step ${(0, step_config_js_1.stepLabel)(config)}: ${(0, pyvalue_js_1.pyRepr)(branchName)} must be a list of steps, not ${(0, pyvalue_js_1.pyTypeName)(branch)}.`
            };
        }
        return {
            status: types_js_1.StepStatus.Completed,
            output: { condition_result: result },
            nextSteps: branch
        };
    }
};


/***/ }),

/***/ 2734:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STEP_TYPES = void 0;
exports.getStepType = getStepType;
const command_js_1 = __nccwpck_require__(9063);
const do_while_js_1 = __nccwpck_require__(3401);
const fan_in_js_1 = __nccwpck_require__(5275);
const fan_out_js_1 = __nccwpck_require__(4754);
const gate_js_1 = __nccwpck_require__(4927);
const if_js_1 = __nccwpck_require__(8291);
const init_js_1 = __nccwpck_require__(1414);
const prompt_js_1 = __nccwpck_require__(3798);
const shell_js_1 = __nccwpck_require__(2180);
const switch_js_1 = __nccwpck_require__(100);
const while_js_1 = __nccwpck_require__(1539);
const BUILTIN_STEPS = [
    command_js_1.commandStep,
    do_while_js_1.doWhileStep,
    fan_in_js_1.fanInStep,
    fan_out_js_1.fanOutStep,
    gate_js_1.gateStep,
    if_js_1.ifStep,
    init_js_1.initStep,
    prompt_js_1.promptStep,
    shell_js_1.shellStep,
    switch_js_1.switchStep,
    while_js_1.whileStep
];
exports.STEP_TYPES = new Map(BUILTIN_STEPS.map((step) => [step.type, step]));
function getStepType(type) {
    return exports.STEP_TYPES.get(type);
}


/***/ }),

/***/ 1414:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.initStep = exports.SPECIFY_INSTALL_HINT = exports.DEFAULT_INIT_INTEGRATION_VAR = exports.DEFAULT_INIT_INTEGRATION = exports.SCRIPT_TYPES = void 0;
/**
 * `init` step: bootstraps a spec-kit project by running `specify init` with
 * the arguments the reference passes (`--here`, `--integration`, `--script`,
 * `--force`, `--ignore-agent-tools`, `--preset`...). The reference calls its
 * own CLI in-process; specflow runs the `specify` executable from PATH.
 */
const fs = __importStar(__nccwpck_require__(3024));
const executables_js_1 = __nccwpck_require__(8216);
const integrations_js_1 = __nccwpck_require__(2074);
const dispatch_js_1 = __nccwpck_require__(4443);
const expressions_js_1 = __nccwpck_require__(6025);
const step_config_js_1 = __nccwpck_require__(9837);
const process_js_1 = __nccwpck_require__(531);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
exports.SCRIPT_TYPES = ['sh', 'ps', 'py'];
/** Integration `specify init` picks when none is given (overridable with SPECKIT_INTEGRATION_DEFAULT). */
exports.DEFAULT_INIT_INTEGRATION = 'copilot';
exports.DEFAULT_INIT_INTEGRATION_VAR = 'SPECKIT_INTEGRATION_DEFAULT';
/** Folders the engine itself may have created in the project before this step runs. */
const ENGINE_OWNED_DIRS = new Set(['.specify']);
exports.SPECIFY_INSTALL_HINT = 'install it in an earlier job step, e.g. `uv tool install specify-cli --from git+https://github.com/github/spec-kit.git` ' +
    '(or `pipx install git+https://github.com/github/spec-kit.git`)';
function resolve(value, context) {
    return typeof value === 'string' && value.includes('{{')
        ? (0, expressions_js_1.evaluateExpression)(value, context)
        : value;
}
/** Config flags accept booleans, numbers and the texts true/1/yes. */
function resolveFlag(value, context) {
    const resolved = resolve(value, context);
    if (typeof resolved === 'string')
        return ['true', '1', 'yes'].includes(resolved.trim().toLowerCase());
    return (0, pyvalue_js_1.pyTruthy)(resolved);
}
function defaultInitIntegration(context) {
    const override = (context.env[exports.DEFAULT_INIT_INTEGRATION_VAR] ?? '').trim();
    if (!override)
        return exports.DEFAULT_INIT_INTEGRATION;
    if (integrations_js_1.INTEGRATIONS.has(override))
        return override;
    context.output.stderr(`warning: ${exports.DEFAULT_INIT_INTEGRATION_VAR}=${JSON.stringify(override)} is not an integration spec-kit knows; ` +
        `using ${JSON.stringify(exports.DEFAULT_INIT_INTEGRATION)}.\n`);
    return exports.DEFAULT_INIT_INTEGRATION;
}
/** Whether the target folder holds anything besides engine-owned folders. */
function inspectTarget(base) {
    let entries;
    try {
        entries = fs.readdirSync(base, { withFileTypes: true });
    }
    catch (err) {
        return {
            ok: false,
            error: `Cannot look inside the target directory ${(0, pyvalue_js_1.pyRepr)(base)}: ${err.message}`
        };
    }
    let engineDirs = false;
    for (const entry of entries) {
        if (ENGINE_OWNED_DIRS.has(entry.name) && entry.isDirectory())
            engineDirs = true;
        else {
            return {
                ok: false,
                error: `Target directory ${(0, pyvalue_js_1.pyRepr)(base)} is not empty, and specify init would ask before merging into it. ` +
                    "Set 'force: true' on the step to merge anyway."
            };
        }
    }
    return { ok: true, onlyEngineDirs: engineDirs };
}
function validate(config) {
    const issues = [];
    issues.push(...(0, step_config_js_1.baseIssues)(config));
    const script = (0, pyvalue_js_1.getOr)(config, 'script', null);
    const choices = exports.SCRIPT_TYPES.map((s) => (0, pyvalue_js_1.pyRepr)(s)).join(', ');
    if (script !== null && typeof script !== 'string') {
        issues.push({
            message: `Init step ${(0, step_config_js_1.stepLabel)(config)}: 'script' must be a string, one of ${choices}.`,
            key: 'script'
        });
    }
    else if (typeof script === 'string' &&
        !script.includes('{{') &&
        !exports.SCRIPT_TYPES.includes(script)) {
        issues.push({
            message: `Init step ${(0, step_config_js_1.stepLabel)(config)}: 'script' must be one of ${choices}.`,
            key: 'script'
        });
    }
    return issues;
}
async function execute(config, context) {
    const project = resolve((0, pyvalue_js_1.getOr)(config, 'project', null), context);
    const here = resolveFlag((0, pyvalue_js_1.getOr)(config, 'here', null), context);
    let integration = resolve((0, pyvalue_js_1.getOr)(config, 'integration', null), context);
    if (!(0, pyvalue_js_1.pyTruthy)(integration))
        integration = resolve(context.defaultIntegration, context);
    // Record the integration `specify init` will actually pick.
    if (!(0, pyvalue_js_1.pyTruthy)(integration))
        integration = defaultInitIntegration(context);
    const integrationOptions = resolve((0, pyvalue_js_1.getOr)(config, 'integration_options', null), context);
    const script = resolve((0, pyvalue_js_1.getOr)(config, 'script', null), context);
    const preset = resolve((0, pyvalue_js_1.getOr)(config, 'preset', null), context);
    let force = resolveFlag((0, pyvalue_js_1.getOr)(config, 'force', null), context);
    // Unattended runs skip the agent-CLI check unless told otherwise; an
    // explicit null means the default too.
    const ignoreAgentTools = resolveFlag((0, pyvalue_js_1.getOr)(config, 'ignore_agent_tools', null) ?? true, context);
    const argv = ['init'];
    if (here)
        argv.push('--here');
    else if ((0, pyvalue_js_1.pyTruthy)(project))
        argv.push((0, pyvalue_js_1.pyStr)(project));
    else
        argv.push('.');
    if ((0, pyvalue_js_1.pyTruthy)(integration))
        argv.push('--integration', (0, pyvalue_js_1.pyStr)(integration));
    if ((0, pyvalue_js_1.pyTruthy)(integrationOptions))
        argv.push('--integration-options', (0, pyvalue_js_1.pyStr)(integrationOptions));
    if ((0, pyvalue_js_1.pyTruthy)(script))
        argv.push('--script', (0, pyvalue_js_1.pyStr)(script));
    if ((0, pyvalue_js_1.pyTruthy)(preset))
        argv.push('--preset', (0, pyvalue_js_1.pyStr)(preset));
    if (ignoreAgentTools)
        argv.push('--ignore-agent-tools');
    const outputWith = (exitCode, stdout, stderr) => ({
        argv,
        project,
        here,
        integration,
        integration_options: integrationOptions,
        script,
        preset,
        force,
        ignore_agent_tools: ignoreAgentTools,
        exit_code: exitCode,
        stdout,
        stderr
    });
    const failWith = (message) => ({
        status: types_js_1.StepStatus.Failed,
        output: outputWith(1, '', message),
        error: message
    });
    // `specify init` would stop to ask about a non-empty current directory,
    // and nobody can answer in a workflow: fail early instead. Only engine
    // folders present counts as empty, with --force so init does not ask.
    const targetsCurrentDir = here || !(0, pyvalue_js_1.pyTruthy)(project) || (0, pyvalue_js_1.pyStr)(project) === '.';
    const cwd = context.projectRoot || process.cwd();
    if (targetsCurrentDir && !force) {
        const check = inspectTarget(cwd);
        if (!check.ok)
            return failWith(check.error);
        if (check.onlyEngineDirs)
            force = true;
    }
    if (force)
        argv.push('--force');
    const specify = (0, executables_js_1.findExecutable)('specify', context.env, cwd);
    if (!specify)
        return failWith(`The specify CLI was not found on PATH; ${exports.SPECIFY_INSTALL_HINT}.`);
    const outcome = await (0, process_js_1.runProcess)({
        command: specify,
        args: argv,
        cwd,
        env: context.env,
        signal: context.signal,
        output: context.output,
        maxCaptureBytes: dispatch_js_1.MAX_CAPTURE_BYTES
    });
    if (outcome.aborted) {
        throw new types_js_1.InterruptedError('specify init was stopped because the run was interrupted');
    }
    if (outcome.spawnError)
        return failWith(`specify init could not be started: ${outcome.spawnError.message}`);
    const output = outputWith(outcome.exitCode, outcome.stdout, outcome.stderr);
    output.truncated = outcome.stdoutTruncated || outcome.stderrTruncated;
    if (outcome.exitCode !== 0) {
        const detail = outcome.stderr.trim() || outcome.stdout.trim();
        const error = detail
            ? `specify init exited with code ${outcome.exitCode}:\n${detail.slice(-2000)}`
            : `specify init exited with code ${outcome.exitCode}.`;
        return { status: types_js_1.StepStatus.Failed, output, error };
    }
    return { status: types_js_1.StepStatus.Completed, output };
}
exports.initStep = { type: 'init', validate, execute };


/***/ }),

/***/ 3798:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promptStep = exports.DEFAULT_PROMPT_TIMEOUT = void 0;
/**
 * `prompt` step: sends a free-form prompt (expressions allowed) to the
 * configured AI coding agent's CLI. The agent's output is streamed live and
 * also kept in the step's output.
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const expressions_js_1 = __nccwpck_require__(6025);
const step_config_js_1 = __nccwpck_require__(9837);
const settings_js_1 = __nccwpck_require__(8548);
const step_dispatch_js_1 = __nccwpck_require__(8506);
/** Seconds a prompt may run when the step sets no `timeout`. */
exports.DEFAULT_PROMPT_TIMEOUT = 300;
function validate(config) {
    const issues = [];
    const name = (0, step_config_js_1.stepLabel)(config);
    issues.push(...(0, step_config_js_1.baseIssues)(config));
    if (!(0, pyvalue_js_1.hasKey)(config, 'prompt')) {
        issues.push({ message: `Prompt step ${name} has no 'prompt' to send.`, key: 'prompt' });
    }
    else if (typeof config.prompt !== 'string') {
        issues.push({
            message: `Prompt step ${name}: 'prompt' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(config.prompt)}.`,
            key: 'prompt'
        });
    }
    issues.push(...(0, step_config_js_1.stringSettingIssues)('Prompt', config, ['integration', 'model']));
    const timeoutIssue = (0, settings_js_1.timeoutProblem)(config, 'Prompt');
    if (timeoutIssue)
        issues.push({ message: timeoutIssue, key: 'timeout' });
    return issues;
}
async function execute(config, context) {
    const name = (0, step_config_js_1.stepLabel)(config);
    const evaluated = (0, expressions_js_1.evaluateExpression)((0, pyvalue_js_1.getOr)(config, 'prompt', ''), context);
    const prompt = typeof evaluated === 'string' ? evaluated : (0, pyvalue_js_1.pyStr)(evaluated);
    const integration = (0, settings_js_1.resolveSetting)((0, pyvalue_js_1.getOr)(config, 'integration', null), context.defaultIntegration, context, () => (0, settings_js_1.readProjectIntegration)(context.projectRoot));
    const model = (0, settings_js_1.resolveSetting)((0, pyvalue_js_1.getOr)(config, 'model', null), context.defaultModel, context);
    // Unvalidated configurations reach execute() too; they fail the step
    // instead of crashing the run.
    if (integration !== null && typeof integration !== 'string') {
        return (0, step_config_js_1.failedResult)(`Prompt step ${name}: 'integration' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(integration)}.`);
    }
    if (model !== null && typeof model !== 'string') {
        return (0, step_config_js_1.failedResult)(`Prompt step ${name}: 'model' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(model)}.`);
    }
    const timeoutIssue = (0, settings_js_1.timeoutProblem)(config, 'Prompt');
    if (timeoutIssue)
        return (0, step_config_js_1.failedResult)(timeoutIssue);
    const timeoutSeconds = (0, pyvalue_js_1.hasKey)(config, 'timeout')
        ? config.timeout
        : exports.DEFAULT_PROMPT_TIMEOUT;
    const outcome = await (0, step_dispatch_js_1.dispatchForStep)({ kind: 'prompt', prompt }, integration, model, timeoutSeconds, context);
    const output = { prompt, integration, model };
    if (outcome.dispatched) {
        const result = (0, step_dispatch_js_1.dispatchedResult)('Prompt', outcome.run, outcome.agentName, timeoutSeconds);
        Object.assign(output, result.output);
        return result.error === null
            ? { status: types_js_1.StepStatus.Completed, output }
            : (0, step_config_js_1.failedResult)(result.error, output);
    }
    output.exit_code = 1;
    output.dispatched = false;
    return (0, step_config_js_1.failedResult)(`Cannot send the prompt: ${outcome.reason}.`, output);
}
exports.promptStep = { type: 'prompt', validate, execute };


/***/ }),

/***/ 2180:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shellStep = exports.DEFAULT_SHELL_TIMEOUT_SECONDS = void 0;
/**
 * `shell`: run `run` with /bin/sh -c in the project root and record its exit
 * code, stdout and stderr. A non-zero exit fails the step. With
 * `output_format: json`, stdout is parsed into `output.data`.
 */
const expressions_js_1 = __nccwpck_require__(6025);
const process_js_1 = __nccwpck_require__(531);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
exports.DEFAULT_SHELL_TIMEOUT_SECONDS = 300;
/** A problem with `timeout` (absent is fine), shared by validate() and execute(). */
function timeoutProblem(config) {
    if (!(0, pyvalue_js_1.hasKey)(config, 'timeout'))
        return null;
    const timeout = config.timeout;
    // Booleans are not numbers here (in Python `true` would have passed as 1 second).
    if (typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0)
        return null;
    return `Shell step ${(0, step_config_js_1.stepLabel)(config)}: 'timeout' must be a positive number of seconds, not ${(0, pyvalue_js_1.pyRepr)(timeout)}.`;
}
/** Python's text-mode capture turns \r\n and lone \r into \n; recorded output must match. */
function universalNewlines(text) {
    return text.replace(/\r\n?/g, '\n');
}
function failed(error, stderr) {
    return { status: types_js_1.StepStatus.Failed, error, output: { exit_code: -1, stdout: '', stderr } };
}
exports.shellStep = {
    type: 'shell',
    validate(config) {
        const label = (0, step_config_js_1.stepLabel)(config);
        const issues = (0, step_config_js_1.baseIssues)(config);
        if (!(0, pyvalue_js_1.hasKey)(config, 'run')) {
            issues.push({ message: `Shell step ${label} has no 'run'.`, key: 'run' });
        }
        else if (typeof config.run !== 'string') {
            // execute() would run the text form of a list or null as a command.
            issues.push({
                message: `Shell step ${label}: 'run' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(config.run)}.`,
                key: 'run'
            });
        }
        const outputFormat = (0, pyvalue_js_1.getOr)(config, 'output_format', null);
        if (outputFormat !== null && outputFormat !== 'json') {
            issues.push({
                message: `Shell step ${label}: 'output_format' can only be 'json', not ${(0, pyvalue_js_1.pyRepr)(outputFormat)}.`,
                key: 'output_format'
            });
        }
        const timeout = timeoutProblem(config);
        if (timeout !== null)
            issues.push({ message: timeout, key: 'timeout' });
        return issues;
    },
    async execute(config, context) {
        let run = (0, pyvalue_js_1.getOr)(config, 'run', '');
        if (typeof run === 'string' && run.includes('{{'))
            run = (0, expressions_js_1.evaluateExpression)(run, context);
        const command = (0, pyvalue_js_1.pyStr)(run);
        const timeoutError = timeoutProblem(config);
        if (timeoutError !== null)
            return failed(timeoutError, 'invalid timeout');
        const timeout = (0, pyvalue_js_1.getOr)(config, 'timeout', exports.DEFAULT_SHELL_TIMEOUT_SECONDS);
        const env = { ...context.env };
        if (context.workflowDir)
            env.SPECKIT_WORKFLOW_DIR = context.workflowDir;
        else
            delete env.SPECKIT_WORKFLOW_DIR;
        // The reference cannot start such a command either, and fails the whole run.
        if (command.includes('\0')) {
            throw new types_js_1.WorkflowError(`Shell step ${(0, step_config_js_1.stepLabel)(config)}: 'run' contains a NUL character.`);
        }
        if (context.signal.aborted)
            throw new types_js_1.InterruptedError();
        const outcome = await (0, process_js_1.runProcess)({
            command,
            shell: true,
            cwd: context.projectRoot || '.',
            env,
            timeoutSeconds: timeout,
            signal: context.signal,
            output: context.output
        });
        if (outcome.aborted)
            throw new types_js_1.InterruptedError();
        if (outcome.timedOut) {
            return failed(`Shell command did not finish within ${(0, pyvalue_js_1.pyStr)(timeout)} seconds.`, 'timeout');
        }
        if (outcome.spawnError) {
            const reason = outcome.spawnError.message;
            return failed(`Shell command could not be started: ${reason}`, reason);
        }
        // The reference decodes strictly and fails the whole run on bytes that are not UTF-8.
        if (outcome.stdoutInvalidUtf8 || outcome.stderrInvalidUtf8) {
            const stream = outcome.stdoutInvalidUtf8 ? 'stdout' : 'stderr';
            throw new types_js_1.WorkflowError(`Shell step ${(0, step_config_js_1.stepLabel)(config)}: the command's ${stream} is not valid UTF-8.`);
        }
        const output = {
            exit_code: outcome.exitCode,
            stdout: universalNewlines(outcome.stdout),
            stderr: universalNewlines(outcome.stderr)
        };
        if (outcome.exitCode !== 0) {
            return {
                status: types_js_1.StepStatus.Failed,
                error: `Shell command exited with code ${outcome.exitCode}.`,
                output
            };
        }
        if ((0, pyvalue_js_1.getOr)(config, 'output_format', null) === 'json') {
            // Declaring JSON output is a promise: stdout that does not parse fails the step.
            try {
                output.data = (0, pyvalue_js_1.pyJsonLoads)(output.stdout);
            }
            catch (error) {
                if (!(error instanceof pyvalue_js_1.PyJsonError))
                    throw error;
                const reason = error.message;
                return {
                    status: types_js_1.StepStatus.Failed,
                    error: `Shell step ${(0, step_config_js_1.stepLabel)(config)} has output_format: json, but its stdout is not JSON: ${reason}`,
                    output
                };
            }
        }
        return { status: types_js_1.StepStatus.Completed, output };
    }
};


/***/ }),

/***/ 9837:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isIntSetting = isIntSetting;
exports.stepLabel = stepLabel;
exports.baseIssues = baseIssues;
exports.conditionIssues = conditionIssues;
exports.maxIterationsIssues = maxIterationsIssues;
exports.nestedStepsIssues = nestedStepsIssues;
exports.failedResult = failedResult;
exports.stringSettingIssues = stringSettingIssues;
/**
 * Validation and message helpers shared by the step types in this folder.
 */
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const yaml_source_js_1 = __nccwpck_require__(6293);
/**
 * Python's `isinstance(config[key], int)` (never a bool): a YAML `3.0` is a
 * float there even though JS holds it as the integer 3.
 */
function isIntSetting(config, key) {
    return (0, pyvalue_js_1.isPyInt)(config[key]) && (0, yaml_source_js_1.scalarTypeOf)(config, key) !== 'float';
}
/** How messages name a step: Python's repr of its id, '?' when it has none. */
function stepLabel(config) {
    return (0, pyvalue_js_1.pyRepr)((0, pyvalue_js_1.getOr)(config, 'id', '?'));
}
/** The rule every step type shares: an `id` is required. */
function baseIssues(config) {
    return (0, pyvalue_js_1.hasKey)(config, 'id') ? [] : [{ message: "Step has no 'id'.", key: 'id' }];
}
/**
 * Rules for the `condition` of if/while/do-while. A condition that is plain
 * text (no complete `{{ }}` block) is never evaluated and always counts as
 * true; one whose `{{` cannot be closed is evaluated cut short.
 */
function conditionIssues(title, config) {
    const label = stepLabel(config);
    const key = 'condition';
    if (!(0, pyvalue_js_1.hasKey)(config, key))
        return [{ message: `${title} step ${label} has no 'condition'.`, key }];
    const condition = config[key];
    if (typeof condition !== 'string' && typeof condition !== 'boolean') {
        return [
            {
                message: `${title} step ${label}: 'condition' must be a string or a boolean, ` +
                    `not ${(0, pyvalue_js_1.pyTypeName)(condition)}.`,
                key
            }
        ];
    }
    if ((0, expressions_js_1.conditionIsNeverEvaluated)(condition)) {
        return [
            {
                message: `${title} step ${label}: condition ${(0, pyvalue_js_1.pyRepr)(condition)} is not exactly one ` +
                    "complete '{{ }}' block, so it is read as plain text, never evaluated, and " +
                    `always counts as true. ${(0, expressions_js_1.conditionFixHint)(condition)}`,
                key
            }
        ];
    }
    if ((0, expressions_js_1.conditionHasMalformedExpressionBlock)(condition)) {
        return [
            {
                message: `${title} step ${label}: condition ${(0, pyvalue_js_1.pyRepr)(condition)} opens a '{{' that ` +
                    "cannot be closed outside quotes, so the first '}}' ends it and a truncated " +
                    'expression is evaluated instead. Balance the braces and quotes.',
                key
            }
        ];
    }
    return [];
}
/** `max_iterations` of the loop steps: absent or null, or an integer >= 1 (never a boolean). */
function maxIterationsIssues(title, config) {
    const value = (0, pyvalue_js_1.getOr)(config, 'max_iterations', null);
    if (value === null || (isIntSetting(config, 'max_iterations') && value >= 1))
        return [];
    return [
        {
            message: `${title} step ${stepLabel(config)}: 'max_iterations' must be a whole number of at least 1.`,
            key: 'max_iterations'
        }
    ];
}
/** `steps` of the loop steps: a list when present. */
function nestedStepsIssues(title, config) {
    if (Array.isArray((0, pyvalue_js_1.getOr)(config, 'steps', [])))
        return [];
    return [{ message: `${title} step ${stepLabel(config)}: 'steps' must be a list.`, key: 'steps' }];
}
/** A failed step result. */
function failedResult(error, output = {}) {
    return { status: types_js_1.StepStatus.Failed, output, error };
}
/** Keys that, when present and not null, must hold a string (the agent steps' integration and model). */
function stringSettingIssues(title, config, keys) {
    const issues = [];
    for (const key of keys) {
        const value = (0, pyvalue_js_1.getOr)(config, key, null);
        if (value !== null && typeof value !== 'string') {
            issues.push({
                message: `${title} step ${stepLabel(config)}: '${key}' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(value)}.`,
                key
            });
        }
    }
    return issues;
}


/***/ }),

/***/ 100:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.switchStep = exports.DEFAULT_CASE = void 0;
/**
 * `switch`: evaluate `expression` once and run the steps of the case whose
 * key equals it (compared as text, surrounding whitespace stripped), else
 * `default`.
 */
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
const yaml_source_js_1 = __nccwpck_require__(6293);
/** `matched_case` when no case matched and `default` ran. */
exports.DEFAULT_CASE = '__default__';
function branchFailure(config, what, branch, value) {
    return {
        status: types_js_1.StepStatus.Failed,
        output: { matched_case: null, expression_value: value },
        error: `Switch step ${(0, step_config_js_1.stepLabel)(config)}: ${what} must be a list of steps, not ${(0, pyvalue_js_1.pyTypeName)(branch)}.`
    };
}
exports.switchStep = {
    type: 'switch',
    validate(config) {
        const label = (0, step_config_js_1.stepLabel)(config);
        const issues = (0, step_config_js_1.baseIssues)(config);
        if (!(0, pyvalue_js_1.hasKey)(config, 'expression')) {
            issues.push({ message: `Switch step ${label} has no 'expression'.`, key: 'expression' });
        }
        // Without `cases` (or with a `case:` typo) the switch would quietly run only its default.
        if (!(0, pyvalue_js_1.hasKey)(config, 'cases')) {
            issues.push({ message: `Switch step ${label} has no 'cases'.`, key: 'cases' });
        }
        const cases = (0, pyvalue_js_1.getOr)(config, 'cases', {});
        if (!(0, pyvalue_js_1.isDict)(cases)) {
            issues.push({ message: `Switch step ${label}: 'cases' must be a mapping.`, key: 'cases' });
        }
        else {
            for (const [caseKey, steps] of [...Object.entries(cases), ...(0, yaml_source_js_1.shadowedEntries)(cases)]) {
                if (!Array.isArray(steps)) {
                    issues.push({
                        message: `Switch step ${label}: case ${(0, pyvalue_js_1.pyRepr)(caseKey)} must be a list of steps.`,
                        key: 'cases'
                    });
                }
            }
        }
        const fallback = (0, pyvalue_js_1.getOr)(config, 'default', null);
        if (fallback !== null && !Array.isArray(fallback)) {
            issues.push({
                message: `Switch step ${label}: 'default' must be a list of steps.`,
                key: 'default'
            });
        }
        return issues;
    },
    async execute(config, context) {
        const value = (0, expressions_js_1.evaluateExpression)((0, pyvalue_js_1.getOr)(config, 'expression', ''), context);
        // Captured command output ends in a newline; `echo approve` must still match `approve:`.
        const text = value === null || value === undefined ? '' : (0, pyvalue_js_1.pyStrip)((0, pyvalue_js_1.pyStr)(value));
        const cases = (0, pyvalue_js_1.getOr)(config, 'cases', {});
        if (!(0, pyvalue_js_1.isDict)(cases)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output: { matched_case: null, expression_value: value },
                error: `Switch step ${(0, step_config_js_1.stepLabel)(config)}: 'cases' must be a mapping, not ${(0, pyvalue_js_1.pyTypeName)(cases)}.`
            };
        }
        for (const [caseKey, steps] of Object.entries(cases)) {
            if (caseKey !== text)
                continue;
            if (!Array.isArray(steps))
                return branchFailure(config, `case ${(0, pyvalue_js_1.pyRepr)(caseKey)}`, steps, value);
            return {
                status: types_js_1.StepStatus.Completed,
                output: { matched_case: caseKey, expression_value: value },
                nextSteps: steps
            };
        }
        let fallback = (0, pyvalue_js_1.getOr)(config, 'default', []);
        if (fallback === null)
            fallback = [];
        if (!Array.isArray(fallback))
            return branchFailure(config, "'default'", fallback, value);
        return {
            status: types_js_1.StepStatus.Completed,
            output: { matched_case: exports.DEFAULT_CASE, expression_value: value },
            nextSteps: fallback
        };
    }
};


/***/ }),

/***/ 1539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.whileStep = exports.DEFAULT_MAX_ITERATIONS = void 0;
/**
 * `while`: run `steps` as long as the condition holds, checked before each
 * pass. This step makes the first check; the engine repeats the body and
 * re-checks, up to `max_iterations` (10 when absent or null).
 */
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
exports.DEFAULT_MAX_ITERATIONS = 10;
exports.whileStep = {
    type: 'while',
    validate(config) {
        return [
            ...(0, step_config_js_1.baseIssues)(config),
            ...(0, step_config_js_1.conditionIssues)('While', config),
            ...(0, step_config_js_1.maxIterationsIssues)('While', config),
            ...(0, step_config_js_1.nestedStepsIssues)('While', config)
        ];
    },
    async execute(config, context) {
        const condition = (0, pyvalue_js_1.getOr)(config, 'condition', false);
        const maxIterations = (0, pyvalue_js_1.getOr)(config, 'max_iterations', null) ?? exports.DEFAULT_MAX_ITERATIONS;
        const body = (0, pyvalue_js_1.getOr)(config, 'steps', []);
        const result = (0, expressions_js_1.evaluateCondition)(condition, context);
        const output = { condition_result: result, max_iterations: maxIterations, loop_type: 'while' };
        if (!result)
            return { status: types_js_1.StepStatus.Completed, output };
        // Unvalidated configs reach here too; only a body about to run must be a list.
        if (!Array.isArray(body)) {
            return {
                status: types_js_1.StepStatus.Failed,
                output,
                error: `While step ${(0, step_config_js_1.stepLabel)(config)}: 'steps' must be a list of steps, not ${(0, pyvalue_js_1.pyTypeName)(body)}.`
            };
        }
        return { status: types_js_1.StepStatus.Completed, output, nextSteps: body };
    }
};


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Core vocabulary of the engine: statuses, the step context, step results and
 * the interface every step type implements. Nothing here knows about GitHub.
 *
 * Values that come from a workflow are "Python-shaped": YAML mappings become
 * plain objects, sequences arrays, and null stands for Python's None. The
 * helpers in `pyvalue.ts` give them the reference's semantics (str(), repr(),
 * truthiness, equality).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InterruptedError = exports.ExpressionError = exports.WorkflowError = exports.RUN_STATUSES = exports.RunStatus = exports.StepStatus = void 0;
exports.StepStatus = {
    Pending: 'pending',
    Running: 'running',
    Completed: 'completed',
    Failed: 'failed',
    Skipped: 'skipped',
    Paused: 'paused'
};
exports.RunStatus = {
    Created: 'created',
    Running: 'running',
    Paused: 'paused',
    Completed: 'completed',
    Failed: 'failed',
    Aborted: 'aborted'
};
exports.RUN_STATUSES = Object.values(exports.RunStatus);
/** Thrown for user-facing failures (bad input, unknown run, corrupt state). */
class WorkflowError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WorkflowError';
    }
}
exports.WorkflowError = WorkflowError;
/** Thrown by an expression that cannot be evaluated (the reference's ValueError). */
class ExpressionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ExpressionError';
    }
}
exports.ExpressionError = ExpressionError;
/** Raised inside a run when it is interrupted (the reference's KeyboardInterrupt). */
class InterruptedError extends Error {
    constructor(message = 'run interrupted') {
        super(message);
        this.name = 'InterruptedError';
    }
}
exports.InterruptedError = InterruptedError;


/***/ }),

/***/ 6082:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatValidationError = formatValidationError;
exports.dispatchDefaultErrors = dispatchDefaultErrors;
exports.validateWorkflow = validateWorkflow;
const ids_js_1 = __nccwpck_require__(7744);
const inputs_js_1 = __nccwpck_require__(5545);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const yaml_source_js_1 = __nccwpck_require__(6293);
/** `file:line:col: message`, leaving out whatever position is unknown. */
function formatValidationError(error) {
    return `${(0, yaml_source_js_1.formatLocation)(error)}${error.message}`;
}
/** Workflow and step ids: lowercase letters and digits, hyphens inside. */
/** Python's `\d` matches any Unicode decimal digit. */
const SEMVER_PATTERN = /^\p{Nd}+\.\p{Nd}+\.\p{Nd}+$/u;
const RECOGNIZED_REQUIRES_KEYS = ['integrations', 'speckit_version'];
const INPUT_TYPES = ['string', 'number', 'boolean'];
/** Step types the reference knows when its registry is empty. */
const FALLBACK_STEP_TYPES = [
    'command',
    'shell',
    'prompt',
    'gate',
    'if',
    'init',
    'switch',
    'while',
    'do-while',
    'fan-out',
    'fan-in'
];
/** A value as Python's repr() shows it, knowing floats and timestamps the YAML held. */
function reprOf(value, type) {
    if (type === 'float' && typeof value === 'number')
        return (0, yaml_source_js_1.pyFloatRepr)(value);
    return (0, pyvalue_js_1.pyRepr)(value);
}
function typeOf(value, type) {
    return type ?? (0, pyvalue_js_1.pyTypeName)(value);
}
/** Collects problems, attaching the position of the node each one is about. */
class Problems {
    def;
    list = [];
    constructor(def) {
        this.def = def;
    }
    /**
     * Record a problem at `node[key]` when that position is known, else at
     * `node`, else at `fallback` (e.g. the key that holds a missing block).
     */
    add(message, at = {}, stepId) {
        const error = { message };
        if (stepId !== undefined)
            error.stepId = stepId;
        if (this.def.sourcePath)
            error.file = this.def.sourcePath;
        const pos = this.position(at);
        if (pos) {
            error.line = pos.line;
            error.col = pos.col;
        }
        this.list.push(error);
    }
    position(at) {
        const node = at.node;
        if (typeof node === 'object' && node !== null) {
            const pos = (at.key !== undefined ? this.def.locate(node, at.key) : undefined) ?? this.def.locate(node);
            if (pos)
                return pos;
        }
        return at.fallback ? this.def.locate(at.fallback[0], at.fallback[1]) : undefined;
    }
}
/** Problems with the workflow-level dispatch defaults (`workflow.integration/model/options`). */
function dispatchDefaultErrors(def) {
    const problems = new Problems(def);
    checkDispatchDefaults(def, problems);
    return problems.list.map((p) => p.message);
}
function checkDispatchDefaults(def, problems) {
    const header = def.header;
    const check = (key, value, ok, expected) => {
        if (ok)
            return;
        const type = header ? def.scalarType(header, key) : undefined;
        problems.add(`'workflow.${key}' must be ${expected}, not ${typeOf(value, type)} (${reprOf(value, type)}).`, { node: header, key });
    };
    const integration = def.defaultIntegration;
    check('integration', integration, integration === null || typeof integration === 'string', 'a string or null');
    const model = def.defaultModel;
    check('model', model, model === null || typeof model === 'string', 'a string or null');
    check('options', def.defaultOptions, (0, pyvalue_js_1.isDict)(def.defaultOptions), 'a mapping or null');
}
/**
 * Every problem in a workflow definition; an empty list means it is valid.
 * `stepTypes` is the registry of step types (`type:` value → implementation).
 */
function validateWorkflow(def, stepTypes) {
    const problems = new Problems(def);
    const data = def.data;
    const header = def.header;
    const headerAt = (key) => ({
        node: header,
        key,
        fallback: [data, 'workflow']
    });
    // schema_version is compared as Python's str() of it, so an unquoted 1.0 (a float) passes and 1 does not.
    const schemaType = def.scalarType(data, 'schema_version');
    const schemaText = schemaType === 'float' && typeof def.schemaVersion === 'number'
        ? (0, yaml_source_js_1.pyFloatRepr)(def.schemaVersion)
        : (0, pyvalue_js_1.pyStr)(def.schemaVersion);
    if (schemaText !== '1.0') {
        problems.add(`schema_version ${reprOf(def.schemaVersion, schemaType)} is not supported; it must be '1.0'.`, { node: data, key: 'schema_version' });
    }
    // Header fields: only null and '' count as missing, so `id: 0` gets the type error.
    const id = def.id;
    if (id === null || id === '') {
        problems.add("The workflow has no 'workflow.id'.", headerAt('id'));
    }
    else if (typeof id !== 'string') {
        const type = header ? def.scalarType(header, 'id') : undefined;
        problems.add(`'workflow.id' must be a string, not ${typeOf(id, type)} (${reprOf(id, type)}).`, headerAt('id'));
    }
    else if (!ids_js_1.WORKFLOW_ID_PATTERN.test(id)) {
        problems.add(`Workflow id ${(0, pyvalue_js_1.pyRepr)(id)} must use lowercase letters, digits and hyphens (not at either end).`, headerAt('id'));
    }
    const name = def.name;
    if (name === null || name === '') {
        problems.add("The workflow has no 'workflow.name'.", headerAt('name'));
    }
    else if (typeof name !== 'string') {
        const type = header ? def.scalarType(header, 'name') : undefined;
        problems.add(`'workflow.name' must be a string, not ${typeOf(name, type)} (${reprOf(name, type)}).`, headerAt('name'));
    }
    const version = def.version;
    if (version === null || version === '') {
        problems.add("The workflow has no 'workflow.version'.", headerAt('version'));
    }
    else if (typeof version !== 'string') {
        const type = header ? def.scalarType(header, 'version') : undefined;
        problems.add(`'workflow.version' must be a string, not ${typeOf(version, type)} (${reprOf(version, type)}); ` +
            'quote it in the YAML (version: "1.0.0").', headerAt('version'));
    }
    else if (!SEMVER_PATTERN.test(version)) {
        problems.add(`Workflow version ${(0, pyvalue_js_1.pyRepr)(version)} is not a semantic version (X.Y.Z).`, headerAt('version'));
    }
    checkDispatchDefaults(def, problems);
    checkInputs(def, problems);
    checkRequires(def, problems);
    const steps = def.steps;
    if (!Array.isArray(steps)) {
        problems.add("'steps' must be a list.", { node: data, key: 'steps' });
        return problems.list;
    }
    if (steps.length === 0) {
        problems.add('The workflow defines no steps.', { node: data, key: 'steps' });
    }
    // Declared inputs, for gate verdict_input checks; null when the inputs block
    // itself is malformed (already reported), so that one mistake is not repeated per gate.
    const inputDefs = (0, pyvalue_js_1.isDict)(def.inputs) ? def.inputs : null;
    const walker = new StepWalker(def, problems, stepTypes, inputDefs);
    walker.walk(steps, new Set(), false);
    return problems.list;
}
function checkInputs(def, problems) {
    const inputs = def.inputs;
    if (!(0, pyvalue_js_1.isDict)(inputs)) {
        problems.add("'inputs' must be a mapping (or left out).", { node: def.data, key: 'inputs' });
        return;
    }
    for (const [name, inputDef] of Object.entries(inputs)) {
        if (!(0, pyvalue_js_1.isDict)(inputDef)) {
            problems.add(`Input ${(0, pyvalue_js_1.pyRepr)(name)} must be a mapping.`, { node: inputs, key: name });
            continue;
        }
        const type = (0, pyvalue_js_1.getOr)(inputDef, 'type', null);
        if ((0, pyvalue_js_1.pyTruthy)(type) && !INPUT_TYPES.some((t) => (0, pyvalue_js_1.pyEquals)(type, t))) {
            problems.add(`Input ${(0, pyvalue_js_1.pyRepr)(name)} has type ${(0, pyvalue_js_1.pyRepr)(type)}; it must be 'string', 'number' or 'boolean'.`, { node: inputDef, key: 'type' });
        }
        // Checked here too because the default's check below is skipped without a default.
        const enumValues = (0, pyvalue_js_1.getOr)(inputDef, 'enum', null);
        const enumIsList = enumValues === null || Array.isArray(enumValues);
        if (!enumIsList) {
            problems.add(`Input ${(0, pyvalue_js_1.pyRepr)(name)}: 'enum' must be a list, not ${(0, pyvalue_js_1.pyTypeName)(enumValues)}.`, {
                node: inputDef,
                key: 'enum'
            });
        }
        if ((0, pyvalue_js_1.hasKey)(inputDef, 'default')) {
            const value = inputDef.default;
            // 'auto' for the integration input is resolved at run time, so only its enum
            // membership is exempt; a malformed enum was reported above and is not re-reported.
            const isAutoIntegration = name === 'integration' && value === 'auto';
            let checkedDef = inputDef;
            if ((isAutoIntegration || !enumIsList) && (0, pyvalue_js_1.hasKey)(inputDef, 'enum')) {
                checkedDef = Object.fromEntries(Object.entries(inputDef).filter(([k]) => k !== 'enum'));
            }
            try {
                (0, inputs_js_1.coerceInput)(name, value, checkedDef, def.scalarType(inputDef, 'default'));
            }
            catch (err) {
                if (!(err instanceof types_js_1.WorkflowError))
                    throw err;
                problems.add(`Input ${(0, pyvalue_js_1.pyRepr)(name)} has an invalid default: ${err.message}`, {
                    node: inputDef,
                    key: 'default'
                });
            }
        }
    }
}
function checkRequires(def, problems) {
    const requires = def.requires;
    if (!(0, pyvalue_js_1.isDict)(requires)) {
        problems.add("'requires' must be a mapping (or left out).", {
            node: def.data,
            key: 'requires'
        });
        return;
    }
    for (const key of Object.keys(requires)) {
        if (key === 'permissions') {
            problems.add("'requires.permissions' is not enforced by anything: shell steps always run with the " +
                "user's own permissions. Remove it, and put a 'gate' step before sensitive steps instead.", { node: requires, key });
        }
        else if (!RECOGNIZED_REQUIRES_KEYS.includes(key)) {
            problems.add(`'requires' has an unknown key ${(0, pyvalue_js_1.pyRepr)(key)}; the known keys are ${RECOGNIZED_REQUIRES_KEYS.join(', ')}.`, { node: requires, key });
        }
    }
}
/** Validates step lists recursively: ids are unique across nesting, except inside fan-out templates. */
class StepWalker {
    def;
    problems;
    stepTypes;
    inputDefs;
    validTypes;
    constructor(def, problems, stepTypes, inputDefs) {
        this.def = def;
        this.problems = problems;
        this.stepTypes = stepTypes;
        this.inputDefs = inputDefs;
        this.validTypes = new Set(stepTypes.size > 0 ? stepTypes.keys() : FALLBACK_STEP_TYPES);
    }
    walk(steps, seen, insideFanOut) {
        steps.forEach((step, index) => this.step(steps, index, step, seen, insideFanOut));
    }
    step(list, index, config, seen, insideFanOut) {
        const add = this.problems.add.bind(this.problems);
        if (!(0, pyvalue_js_1.isDict)(config)) {
            add(`A step must be a mapping, not ${(0, pyvalue_js_1.pyTypeName)(config)}.`, { node: list, key: index });
            return;
        }
        const stepId = (0, pyvalue_js_1.getOr)(config, 'id', null);
        if (stepId === null || stepId === '') {
            add("A step has no 'id'.", { node: config, key: 'id' });
            return;
        }
        if (typeof stepId !== 'string') {
            const type = this.def.scalarType(config, 'id');
            add(`A step id must be a string, not ${typeOf(stepId, type)} (${reprOf(stepId, type)}).`, {
                node: config,
                key: 'id'
            });
            return;
        }
        const label = (0, pyvalue_js_1.pyRepr)(stepId);
        const at = (key, node = config) => ({ node, key });
        if (stepId.includes(':')) {
            add(`Step id ${label} contains ':', which is reserved for the ids the engine gives nested steps (parent:child).`, at('id'), stepId);
        }
        if (seen.has(stepId))
            add(`Step id ${label} is used more than once.`, at('id'), stepId);
        seen.add(stepId);
        const type = (0, pyvalue_js_1.getOr)(config, 'type', 'command');
        if (typeof type !== 'string') {
            add(`Step ${label}: 'type' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(type)} (${(0, pyvalue_js_1.pyRepr)(type)}).`, at('type'), stepId);
            return;
        }
        if (!this.validTypes.has(type)) {
            add(`Step ${label} has an unknown type ${(0, pyvalue_js_1.pyRepr)(type)}.`, at('type'), stepId);
            return;
        }
        const impl = this.stepTypes.get(type);
        for (const issue of impl ? impl.validate(config) : []) {
            // Step types usually name the step themselves; make sure every message does.
            const message = issue.message.includes(label)
                ? issue.message
                : `Step ${label}: ${issue.message}`;
            add(message, at(issue.key), stepId);
        }
        // Must be a literal boolean: a truthy string would silently change how failures are handled.
        if ((0, pyvalue_js_1.hasKey)(config, 'continue_on_error') && typeof config.continue_on_error !== 'boolean') {
            add(`Step ${label}: 'continue_on_error' must be true or false, not ${(0, pyvalue_js_1.pyTypeName)(config.continue_on_error)}.`, at('continue_on_error'), stepId);
        }
        if (type === 'fan-in')
            this.checkFanIn(config, stepId, seen);
        if (type === 'gate')
            this.checkGate(config, stepId, insideFanOut);
        for (const key of ['then', 'else', 'steps']) {
            const nested = (0, pyvalue_js_1.getOr)(config, key, null);
            if (Array.isArray(nested))
                this.walk(nested, seen, insideFanOut);
        }
        const cases = (0, pyvalue_js_1.getOr)(config, 'cases', null);
        if ((0, pyvalue_js_1.isDict)(cases)) {
            const branches = [...Object.values(cases), ...(0, yaml_source_js_1.shadowedEntries)(cases).map(([, v]) => v)];
            for (const branch of branches) {
                if (Array.isArray(branch))
                    this.walk(branch, seen, insideFanOut);
            }
        }
        const fallback = (0, pyvalue_js_1.getOr)(config, 'default', null);
        if (Array.isArray(fallback))
            this.walk(fallback, seen, insideFanOut);
        // A fan-out template runs under generated ids (parent:template:index), so it
        // is checked with its own set of ids and does not claim its id in this scope.
        const template = (0, pyvalue_js_1.getOr)(config, 'step', null);
        if ((0, pyvalue_js_1.isDict)(template))
            this.walk([template], new Set(), true);
    }
    /** Every wait_for id must name a step declared before the fan-in (not the fan-in itself). */
    checkFanIn(config, stepId, seen) {
        const waitFor = (0, pyvalue_js_1.getOr)(config, 'wait_for', null);
        if (!Array.isArray(waitFor))
            return;
        const label = (0, pyvalue_js_1.pyRepr)(stepId);
        waitFor.forEach((target, index) => {
            const at = { node: waitFor, key: index };
            if (typeof target !== 'string') {
                const type = this.def.scalarType(waitFor, index);
                this.problems.add(`Fan-in step ${label}: 'wait_for' entries must be step id strings, not ` +
                    `${typeOf(target, type)} (${reprOf(target, type)}).`, at, stepId);
            }
            else if (target === stepId) {
                this.problems.add(`Fan-in step ${label}: 'wait_for' names the fan-in itself.`, at, stepId);
            }
            else if (!seen.has(target)) {
                this.problems.add(`Fan-in step ${label}: 'wait_for' names ${(0, pyvalue_js_1.pyRepr)(target)}, which is not a step declared before it.`, at, stepId);
            }
        });
    }
    /** verdict_input must name a declared workflow input, and a retrying gate must be able to reset it to ''. */
    checkGate(config, stepId, insideFanOut) {
        const verdictInput = (0, pyvalue_js_1.getOr)(config, 'verdict_input', null);
        if (typeof verdictInput !== 'string' || verdictInput === '')
            return;
        const label = (0, pyvalue_js_1.pyRepr)(stepId);
        const at = { node: config, key: 'verdict_input' };
        if (insideFanOut) {
            this.problems.add(`Gate step ${label}: 'verdict_input' cannot be used inside a fan-out template.`, at, stepId);
            return;
        }
        if (this.inputDefs === null)
            return;
        if (!(0, pyvalue_js_1.hasKey)(this.inputDefs, verdictInput)) {
            this.problems.add(`Gate step ${label}: 'verdict_input' names ${(0, pyvalue_js_1.pyRepr)(verdictInput)}, which is not a declared input.`, at, stepId);
            return;
        }
        const verdictDef = this.inputDefs[verdictInput];
        const enumValues = (0, pyvalue_js_1.isDict)(verdictDef) ? (0, pyvalue_js_1.getOr)(verdictDef, 'enum', null) : null;
        if ((0, pyvalue_js_1.pyEquals)((0, pyvalue_js_1.getOr)(config, 'on_reject', null), 'retry') &&
            Array.isArray(enumValues) &&
            !(0, pyvalue_js_1.pyContains)(enumValues, '')) {
            this.problems.add(`Gate step ${label}: on_reject 'retry' resets input ${(0, pyvalue_js_1.pyRepr)(verdictInput)} to '' after a ` +
                "rejection, but that input's 'enum' does not allow ''. Add '' to the enum, or use " +
                "on_reject 'abort' or 'skip'.", { node: config, key: 'on_reject' }, stepId);
        }
    }
}


/***/ }),

/***/ 6293:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WorkflowLoadError = void 0;
exports.formatLocation = formatLocation;
exports.scalarTypeOf = scalarTypeOf;
exports.shadowedEntries = shadowedEntries;
exports.locateNode = locateNode;
exports.pyFloatRepr = pyFloatRepr;
exports.resolvePlainTag = resolvePlainTag;
exports.parseYamlWithPositions = parseYamlWithPositions;
exports.dumpYaml = dumpYaml;
/**
 * Workflow YAML, read the way the reference reads it: PyYAML's `safe_load`
 * (YAML 1.1 scalar resolution) producing plain JS values, plus a source map so
 * validation can point at `file:line:col`.
 *
 * The `yaml` package parses the text (with the failsafe schema, so every
 * scalar stays text); this module then constructs values itself, following
 * PyYAML's resolver and SafeConstructor:
 *
 * - plain `yes/no/true/false/on/off` (three casings each) are booleans; `y`,
 *   `n` and `oFF` stay strings;
 * - ints: decimal, `0b…`, `0x…`, leading-zero octal (`0755` → 493; `0o755`
 *   and `08` stay strings), sexagesimal `1:30` → 90, `_` separators;
 * - floats need a dot (`1.0`, `1.`, `.5`); an exponent needs a sign
 *   (`1.0e+3`); `1e3` stays a string; `.inf`, `-.inf`, `.nan`;
 * - `~`, `null`, `Null`, `NULL` and empty values are null;
 * - timestamps become the text Python's `str()` gives the date/datetime
 *   (`2024-01-02`, `2001-12-14 21:59:43.100000-05:00`) and are flagged as
 *   such (see `scalarTypeOf`), since JS has no value of that type;
 * - merge keys `<<` (mapping or list of mappings) merge like PyYAML: merged
 *   pairs come first, the mapping's own pairs override them, and of a list of
 *   mappings the EARLIER ones win;
 * - duplicate keys: the last value wins silently;
 * - non-string keys (JS objects only have string keys) become the text
 *   Python's `str()` gives the key (`1`, `True`, `None`, `1.0`), the same
 *   text the reference compares switch cases with. Keys Python considers
 *   equal (`1`, `true`, `1.0`) collapse into one, keeping the first key's
 *   text and the last value, as in a Python dict. Keys Python keeps apart
 *   but that have the same text (`1` and `'1'`, `true` and `'True'`) cannot
 *   share a JS object: the first keeps the key, as the first of them is the
 *   one a switch matches, and the later ones are set aside (see
 *   `shadowedEntries`) so validation still checks their values.
 *
 * Integral floats (`1.0`) become JS numbers indistinguishable from ints, so
 * the parser records which values were floats (`scalarTypeOf`); validation
 * uses that (`schema_version: 1.0` is accepted, `1` is not) and `dumpYaml`
 * keeps them floats.
 *
 * Known differences, all outside what workflows use: recursive aliases
 * (`&a [*a]`) and the tags `!!binary`, `!!set`, `!!omap`, `!!pairs` are
 * rejected (PyYAML builds recursive lists, bytes, sets and tuples the engine
 * cannot use); ints beyond 2^53 lose precision; of keys Python keeps apart
 * but that have the same text, only the first is in the object (a fan-in
 * `output` would show both); U+0085 inside quotes is not a line break;
 * a tab in the indentation of a block scalar with an explicit indentation
 * indicator is not rejected; columns count UTF-16 units.
 */
const yaml_1 = __nccwpck_require__(8815);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
/**
 * The workflow file cannot be read as YAML (syntax error, bad tag, not a
 * single document...). A WorkflowError, so callers treat it as the user's
 * mistake rather than a crash.
 */
class WorkflowLoadError extends types_js_1.WorkflowError {
    file;
    line;
    col;
    /** The problem without the location prefix. */
    reason;
    constructor(reason, where = {}) {
        super(`${formatLocation(where)}${reason}`);
        this.name = 'WorkflowLoadError';
        this.reason = reason;
        this.file = where.file;
        this.line = where.line;
        this.col = where.col;
    }
}
exports.WorkflowLoadError = WorkflowLoadError;
/** `file:line:col: ` (any part that is known), or nothing. */
function formatLocation(where) {
    const parts = [];
    if (where.file)
        parts.push(where.file);
    if (where.line !== undefined) {
        parts.push(String(where.line));
        if (where.col !== undefined)
            parts.push(String(where.col));
    }
    return parts.length > 0 ? `${parts.join(':')}: ` : '';
}
/**
 * Every container this module has constructed, with positions and hidden
 * scalar types. Weak, so definitions that are dropped free their maps; module
 * level, so `dumpYaml` can keep floats floats without being handed the parse.
 */
const containerInfo = new WeakMap();
/** The Python type of `node[key]` when JS cannot show it: `'float'` for `1.0`, `'date'`/`'datetime'` for timestamps. */
function scalarTypeOf(node, key) {
    return containerInfo.get(node)?.entries.get(key)?.type;
}
/**
 * Entries of a mapping that Python keeps but the JS object could not: a key
 * with the same text as an earlier, different key (`'1'` after `1`). Empty
 * for anything else.
 */
function shadowedEntries(node) {
    return containerInfo.get(node)?.shadowed ?? [];
}
/** Position of a container this module constructed, or of one of its values. */
function locateNode(node, key) {
    const info = containerInfo.get(node);
    if (!info)
        return undefined;
    if (key === undefined)
        return info.pos;
    return info.entries.get(key)?.pos;
}
// -- Python number text -----------------------------------------------------------
/** Python's `repr()` of a float: always shows it is a float (`1.0`, `1e+16`, `inf`). */
function pyFloatRepr(n) {
    if (Number.isNaN(n))
        return 'nan';
    if (n === Infinity)
        return 'inf';
    if (n === -Infinity)
        return '-inf';
    if (n === 0)
        return Object.is(n, -0) ? '-0.0' : '0.0';
    const abs = Math.abs(n);
    if (abs >= 1e-4 && abs < 1e16) {
        const s = String(n);
        return Number.isInteger(n) ? `${s}.0` : s;
    }
    // Outside [1e-4, 1e16) Python switches to exponent form with at least two exponent digits.
    const [mantissa, exp] = n.toExponential().split('e');
    const sign = exp.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}
const INT_DIGITS = {
    2: /^[01](?:_?[01])*$/,
    8: /^[0-7](?:_?[0-7])*$/,
    10: /^\d(?:_?\d)*$/,
    16: /^[0-9a-fA-F](?:_?[0-9a-fA-F])*$/
};
/** Python's `int(s, base)` for bases 2, 8, 10 and 16 (no prefix), as PyYAML calls it; undefined where Python raises. */
function parsePythonInt(text, base) {
    const s = (0, pyvalue_js_1.pyStrip)(text);
    const m = /^([+-]?)(.*)$/s.exec(s);
    const digits = m[2];
    if (!INT_DIGITS[base].test(digits))
        return undefined;
    const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
    const big = BigInt(prefix + digits.replace(/_/g, ''));
    return Number(m[1] === '-' ? -big : big);
}
const BOOL_RE = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT_RE = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT_RE = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL_RE = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP_RE = /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
/** PyYAML picks candidate resolvers by the first character, then takes the first regex that matches. */
const RESOLVERS = [
    ['bool', 'yYnNtTfFoO', BOOL_RE],
    ['float', '-+0123456789.', FLOAT_RE],
    ['int', '-+0123456789', INT_RE],
    ['merge', '<', /^<<$/],
    ['null', '~nN', NULL_RE],
    ['timestamp', '0123456789', TIMESTAMP_RE],
    ['value', '=', /^=$/]
];
/** The tag PyYAML gives a plain (unquoted, untagged) scalar. */
function resolvePlainTag(text) {
    if (text === '')
        return 'null';
    for (const [tag, first, re] of RESOLVERS) {
        if (first.includes(text[0]) && re.test(text))
            return tag;
    }
    return 'str';
}
class ConstructError extends Error {
}
function constructBool(text) {
    const v = { yes: true, no: false, true: true, false: false, on: true, off: false }[text.toLowerCase()];
    if (v === undefined)
        throw new ConstructError(`cannot read ${JSON.stringify(text)} as a boolean`);
    return v;
}
function splitSign(text) {
    const value = text.replace(/_/g, '');
    if (value === '')
        throw new ConstructError('empty number');
    const sign = value[0] === '-' ? -1 : 1;
    return [sign, value[0] === '+' || value[0] === '-' ? value.slice(1) : value];
}
function constructInt(text) {
    const [sign, value] = splitSign(text);
    const bad = () => {
        throw new ConstructError(`cannot read ${JSON.stringify(text)} as an integer`);
    };
    let n;
    if (value === '0')
        return 0;
    if (value.startsWith('0b'))
        n = parsePythonInt(value.slice(2), 2);
    else if (value.startsWith('0x'))
        n = parsePythonInt(value.slice(2), 16);
    else if (value[0] === '0')
        n = parsePythonInt(value, 8);
    else if (value.includes(':')) {
        n = 0;
        for (const part of value.split(':')) {
            const digit = parsePythonInt(part, 10);
            if (digit === undefined)
                bad();
            n = n * 60 + digit;
        }
    }
    else
        n = parsePythonInt(value, 10);
    if (n === undefined)
        bad();
    return sign * n + 0; // `+ 0` turns -0 into 0: Python ints have no negative zero
}
function constructFloat(text) {
    const [sign, value] = splitSign(text.toLowerCase());
    const bad = () => {
        throw new ConstructError(`cannot read ${JSON.stringify(text)} as a float`);
    };
    if (value === '.inf')
        return sign * Infinity;
    if (value === '.nan')
        return NaN;
    if (value.includes(':')) {
        let n = 0;
        for (const part of value.split(':')) {
            const digit = (0, pyvalue_js_1.pyParseFloat)(part);
            if (digit === undefined)
                bad();
            n = n * 60 + digit;
        }
        return sign * n;
    }
    const n = (0, pyvalue_js_1.pyParseFloat)(value);
    if (n === undefined)
        bad();
    return sign * n;
}
const TIMESTAMP_PARTS = /^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** A YAML timestamp as the text Python's `str()` gives the date/datetime PyYAML builds. */
function constructTimestamp(text) {
    const m = TIMESTAMP_PARTS.exec(text);
    if (!m)
        throw new ConstructError(`cannot read ${JSON.stringify(text)} as a timestamp`);
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28];
    daysInMonth.push(31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
    if (year < 1)
        throw new ConstructError(`year ${year} is out of range`);
    if (month < 1 || month > 12)
        throw new ConstructError('month must be in 1..12');
    if (day < 1 || day > daysInMonth[month - 1]) {
        throw new ConstructError('day is out of range for month');
    }
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (m[4] === undefined)
        return { value: date, type: 'date' };
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
    if (hour > 23)
        throw new ConstructError('hour must be in 0..23');
    if (minute > 59)
        throw new ConstructError('minute must be in 0..59');
    if (second > 59)
        throw new ConstructError('second must be in 0..59');
    let text2 = `${date} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
    const micro = m[7] ? Number(m[7].slice(0, 6).padEnd(6, '0')) : 0;
    if (micro !== 0)
        text2 += `.${pad(micro, 6)}`;
    if (m[9] !== undefined) {
        const offset = Number(m[10]) * 60 + Number(m[11] ?? 0);
        if (offset >= 24 * 60) {
            throw new ConstructError('timezone offset must be strictly between -24 and 24 hours');
        }
        text2 += `${m[9] === '-' && offset !== 0 ? '-' : '+'}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
    }
    else if (m[8] === 'Z')
        text2 += '+00:00';
    return { value: text2, type: 'datetime' };
}
const YAML_TAG = 'tag:yaml.org,2002:';
/** Build a scalar for a tag: a short name (`int`) for YAML's own tags, else the full tag. */
function constructScalarByTag(tag, text, fullTag = YAML_TAG + tag) {
    switch (tag) {
        case 'str':
            return { value: text };
        case 'null':
            return { value: null };
        case 'bool':
            return { value: constructBool(text) };
        case 'int':
            return { value: constructInt(text) };
        case 'float':
            return { value: constructFloat(text), type: 'float' };
        case 'timestamp':
            return constructTimestamp(text);
        case 'merge':
        case 'value':
        default:
            throw new ConstructError(`the tag '${fullTag}' is not supported`);
    }
}
// -- Python key semantics ---------------------------------------------------------
/** Python's `str()` of a constructed key. */
function keyText(key) {
    const v = key.value;
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return key.type === 'float' ? pyFloatRepr(v) : (0, pyvalue_js_1.pyNumber)(v);
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return 'None';
}
/**
 * Keys with equal identity are the same Python dict key (`1 == True == 1.0`).
 * NaN is never equal to itself, but PyYAML hands out one shared NaN object for
 * every `.nan`, and a dict finds a key by identity first: all `.nan` keys are one.
 */
function keyIdentity(key) {
    const v = key.value;
    if (typeof v === 'string')
        return `${key.type ?? 'str'}:${v}`;
    if (typeof v === 'boolean')
        return `num:${v ? 1 : 0}`;
    if (typeof v === 'number')
        return Number.isNaN(v) ? 'num:nan' : `num:${v === 0 ? 0 : v}`;
    return 'none';
}
/** Assign without letting a `__proto__` key replace the object's prototype. */
function setOwn(obj, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(obj, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
        });
    }
    else
        obj[key] = value;
}
// -- Construction -----------------------------------------------------------------
class Builder {
    doc;
    text;
    lines;
    file;
    cache = new Map();
    inProgress = new Set();
    constructor(doc, text, lines, file) {
        this.doc = doc;
        this.text = text;
        this.lines = lines;
        this.file = file;
    }
    position(offset) {
        const p = this.lines.linePos(offset);
        return { line: p.line, col: p.col };
    }
    fail(reason, node) {
        const pos = node?.range ? this.position(node.range[0]) : undefined;
        throw new WorkflowLoadError(reason, { file: this.file, ...pos });
    }
    /** Follow aliases to the node they name. */
    target(node) {
        if (!(0, yaml_1.isAlias)(node))
            return node;
        const found = node.resolve(this.doc);
        if (!found)
            this.fail(`found undefined alias '${node.source}'`, node);
        return found;
    }
    construct(node) {
        if (!node)
            return { value: null };
        const real = this.target(node);
        const cached = this.cache.get(real);
        if (cached)
            return cached;
        if (this.inProgress.has(real)) {
            this.fail('recursive aliases (a node that contains itself) are not supported', node);
        }
        this.inProgress.add(real);
        let result;
        try {
            result = this.constructNew(real);
        }
        catch (err) {
            if (err instanceof ConstructError)
                this.fail(err.message, real);
            throw err;
        }
        finally {
            this.inProgress.delete(real);
        }
        this.cache.set(real, result);
        return result;
    }
    explicitTag(node) {
        const tag = node.tag;
        if (tag === undefined || tag === '!')
            return undefined;
        // YAML's own tags by short name (`int`); anything else keeps its full text and is rejected.
        return tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : `custom:${tag}`;
    }
    constructNew(node) {
        const tag = this.explicitTag(node);
        if ((0, yaml_1.isScalar)(node)) {
            let text = String(node.value ?? '');
            if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
                text = this.blockAtEnd(node, text);
            if (tag !== undefined)
                return constructScalarByTag(tag, text, node.tag);
            // PyYAML resolves plain scalars, and any scalar with the non-specific tag `!`.
            const implicit = node.type === 'PLAIN' || node.tag === '!';
            return constructScalarByTag(implicit ? resolvePlainTag(text) : 'str', text);
        }
        if ((0, yaml_1.isSeq)(node)) {
            if (tag !== undefined && tag !== 'seq')
                this.fail(`the tag '${node.tag}' is not supported on a sequence`, node);
            const list = [];
            const info = { pos: this.position(node.range[0]), entries: new Map() };
            containerInfo.set(list, info);
            node.items.forEach((item, index) => {
                // `[a: b]` holds a single-pair mapping.
                const built = (0, yaml_1.isPair)(item) ? this.singlePair(item, node) : this.construct(item);
                list.push(built.value);
                info.entries.set(index, {
                    pos: this.valuePosition(item, undefined, node),
                    type: built.type
                });
            });
            return { value: list };
        }
        if ((0, yaml_1.isMap)(node)) {
            if (tag !== undefined && tag !== 'map')
                this.fail(`the tag '${node.tag}' is not supported on a mapping`, node);
            const obj = {};
            const info = { pos: this.position(node.range[0]), entries: new Map() };
            containerInfo.set(obj, info);
            const names = new Map();
            const order = [];
            for (const pair of this.flatten(node, new Set())) {
                const keyNode = pair.key;
                this.rejectMissingKey(keyNode);
                // PyYAML reads a plain `=` key as the string '=' (elsewhere `=` is an error).
                const key = this.isPlain(keyNode, '=') ? { value: '=' } : this.construct(keyNode);
                if (key.value !== null && typeof key.value === 'object') {
                    this.fail('found unhashable key (a mapping or list cannot be a key)', keyNode);
                }
                const identity = keyIdentity(key);
                const known = names.get(identity);
                const name = known ?? keyText(key);
                const value = this.construct(pair.value);
                if (known === undefined && info.entries.has(name)) {
                    // A different Python key with text an earlier key already has.
                    (info.shadowed ??= []).push([name, value.value]);
                    continue;
                }
                names.set(identity, name);
                if (known === undefined)
                    order.push(name);
                setOwn(obj, name, value.value);
                info.entries.set(name, {
                    pos: this.valuePosition(pair.value, keyNode, node),
                    type: value.type
                });
            }
            // Integer-like keys (`2:`) come first in a JS object; keep PyYAML's order beside it.
            if (order.some(pyvalue_js_1.isArrayIndexKey))
                (0, pyvalue_js_1.recordPyKeyOrder)(obj, order);
            return { value: obj };
        }
        this.fail('unsupported YAML node', node);
    }
    /** `[a: b]`: PyYAML reads the pair as a mapping with one key. */
    singlePair(pair, seq) {
        const keyNode = pair.key;
        this.rejectMissingKey(keyNode);
        const key = this.construct(keyNode);
        if (key.value !== null && typeof key.value === 'object') {
            this.fail('found unhashable key (a mapping or list cannot be a key)', keyNode);
        }
        const obj = {};
        const at = keyNode?.range ? keyNode : seq;
        const info = { pos: this.position(at.range[0]), entries: new Map() };
        containerInfo.set(obj, info);
        const value = this.construct(pair.value);
        const name = keyText(key);
        setOwn(obj, name, value.value);
        info.entries.set(name, {
            pos: this.valuePosition(pair.value, keyNode, seq),
            type: value.type
        });
        return { value: obj };
    }
    /** `: value` with no key before it is an error in PyYAML (an explicit `? ` key may be empty). */
    rejectMissingKey(key) {
        if (!key || !(0, yaml_1.isScalar)(key) || key.tag !== undefined || key.anchor !== undefined)
            return;
        const [start, end] = key.range;
        if (start === end && this.text[start] === ':')
            this.fail('found a mapping value with no key before it', key);
    }
    /**
     * A block scalar whose last content line runs into the end of the file has
     * no final line break in PyYAML; the `yaml` package adds one anyway.
     */
    blockAtEnd(node, value) {
        const source = this.text.slice(node.range[0], node.range[1]);
        if (!value.endsWith('\n') || /[\r\n]$/.test(source) || !source.includes('\n'))
            return value;
        const bodyLines = source.slice(source.indexOf('\n') + 1).split('\n');
        const last = bodyLines[bodyLines.length - 1];
        const firstContent = bodyLines.find((line) => line.trim() !== '');
        const indent = firstContent === undefined ? 0 : /^ */.exec(firstContent)[0].length;
        const isContent = last.trim() !== '' || last.length > indent;
        return isContent ? value.slice(0, -1) : value;
    }
    /** Where a value starts; an empty value points at its key (or its parent). */
    valuePosition(value, key, parent) {
        const empty = !value ||
            !value.range ||
            ((0, yaml_1.isScalar)(value) && value.source === '' && value.range[0] === value.range[1] && !value.tag);
        const at = empty ? (key?.range ? key : parent) : value;
        return this.position(at.range[0]);
    }
    /** A mapping's pairs with `<<` merge keys expanded the way PyYAML's flatten_mapping does. */
    flatten(node, visiting) {
        if (!(0, yaml_1.isMap)(node))
            return [];
        if (visiting.has(node))
            this.fail('recursive merge keys are not supported', node);
        visiting.add(node);
        const merged = [];
        const own = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            if (!this.isMergeKey(keyNode)) {
                own.push(pair);
                continue;
            }
            const source = pair.value ? this.target(pair.value) : null;
            if (source && (0, yaml_1.isMap)(source)) {
                merged.push(...this.flatten(source, visiting));
            }
            else if (source && (0, yaml_1.isSeq)(source)) {
                const parts = [];
                for (const item of source.items) {
                    const sub = this.target(item);
                    if (!(0, yaml_1.isMap)(sub))
                        this.fail('a merge list may only contain mappings', sub);
                    parts.push(this.flatten(sub, visiting));
                }
                // PyYAML applies the list back to front, so earlier mappings win.
                for (const part of parts.reverse())
                    merged.push(...part);
            }
            else {
                this.fail("the value of a merge key '<<' must be a mapping or a list of mappings", source ?? node);
            }
        }
        visiting.delete(node);
        return [...merged, ...own];
    }
    isMergeKey(key) {
        if (key && (0, yaml_1.isScalar)(key) && key.tag === YAML_TAG + 'merge')
            return true;
        return this.isPlain(key, '<<');
    }
    /** An untagged plain scalar with exactly this text. */
    isPlain(node, text) {
        return (!!node &&
            (0, yaml_1.isScalar)(node) &&
            node.tag === undefined &&
            node.type === 'PLAIN' &&
            node.value === text);
    }
}
// -- Text checks PyYAML makes that the `yaml` package does not -------------------
/** The characters PyYAML's reader accepts anywhere in a file (tab, line breaks, printable text). */
const PRINTABLE_RANGES = '\\t\\n\\r\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}';
const NON_PRINTABLE = new RegExp(`[^${PRINTABLE_RANGES}]`, 'u');
/** Tokens the `yaml` lexer emits that are not part of the source text; SCALAR_MARK precedes a scalar's text. */
const SCALAR_MARK = '\u001f';
const CONTROL_TOKENS = new Set(['\u0002', '\u0018', SCALAR_MARK]);
/**
 * PyYAML only accepts spaces between tokens; a tab there (or inside a plain
 * scalar, or in a block scalar's indentation) is an error. Returns the offset
 * of the first such tab.
 */
function findStrayTab(text) {
    if (!text.includes('\t'))
        return undefined;
    let offset = 0;
    let scalarNext = false;
    let blockHeader;
    for (const token of new yaml_1.Lexer().lex(text)) {
        if (token === SCALAR_MARK) {
            scalarNext = true;
            continue;
        }
        if (CONTROL_TOKENS.has(token))
            continue;
        let bad;
        if (scalarNext) {
            scalarNext = false;
            if (blockHeader !== undefined)
                bad = tabInBlockIndentation(token, blockHeader);
            else if (token.includes('\t'))
                bad = token.indexOf('\t');
            blockHeader = undefined;
        }
        else {
            const type = yaml_1.CST.tokenType(token);
            if (type === 'block-scalar-header')
                blockHeader = token;
            else if (type === 'space' && token.includes('\t'))
                bad = token.indexOf('\t');
        }
        if (bad !== undefined)
            return offset + bad;
        offset += token.length;
    }
    return undefined;
}
/** A tab in a block scalar before its content indentation is reached. */
function tabInBlockIndentation(body, header) {
    if (/[1-9]/.test(header))
        return undefined; // explicit indentation: the parent indent is unknown here
    let indent;
    let offset = 0;
    for (const line of body.split('\n')) {
        const spaces = /^ */.exec(line)[0].length;
        const rest = line.slice(spaces);
        if (rest.startsWith('\t') && (indent === undefined ? spaces === 0 : spaces < indent)) {
            return offset + spaces;
        }
        if (indent === undefined && rest !== '' && rest !== '\r')
            indent = spaces;
        offset += line.length + 1;
    }
    return undefined;
}
/**
 * Parse one YAML document the way `yaml.safe_load` does. Throws
 * WorkflowLoadError with `file:line:col` on any problem.
 */
function parseYamlWithPositions(text, file) {
    const lines = new yaml_1.LineCounter();
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { line: p.line, col: p.col };
    };
    const bad = NON_PRINTABLE.exec(text);
    if (bad) {
        // The line counter is only filled while parsing; count lines by hand here.
        const before = text.slice(0, bad.index);
        const line = before.split('\n').length;
        const col = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
        const code = bad[0].codePointAt(0).toString(16).padStart(4, '0');
        throw new WorkflowLoadError(`unacceptable character #x${code}: special characters are not allowed`, {
            file,
            line,
            col
        });
    }
    const docs = (0, yaml_1.parseAllDocuments)(text, {
        version: '1.1',
        schema: 'failsafe',
        uniqueKeys: false,
        lineCounter: lines,
        prettyErrors: false
    });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        const err = doc.errors[0];
        if (err) {
            const pos = at(err.pos[0]);
            throw new WorkflowLoadError(err.message.split('\n')[0], { file, ...pos });
        }
    }
    if (list.length > 1) {
        const second = list[1];
        const offset = second.range?.[0] ?? 0;
        throw new WorkflowLoadError('expected a single document, but found another document', {
            file,
            ...at(offset)
        });
    }
    const tab = findStrayTab(text);
    if (tab !== undefined) {
        throw new WorkflowLoadError('found a tab character where only spaces are allowed', {
            file,
            ...at(tab)
        });
    }
    const doc = list[0];
    if (!doc || doc.contents === null) {
        return { data: null, locate: locateNode, scalarType: scalarTypeOf };
    }
    // PyYAML refuses an anchor name that is defined twice.
    const anchors = new Map();
    (0, yaml_1.visit)(doc, {
        Node(_key, node) {
            const anchor = node.anchor;
            if (anchor === undefined || (0, yaml_1.isAlias)(node))
                return;
            if (anchors.has(anchor)) {
                const first = at(anchors.get(anchor).range[0]);
                throw new WorkflowLoadError(`found duplicate anchor '${anchor}' (first defined at line ${first.line}, column ${first.col})`, { file, ...at(node.range[0]) });
            }
            anchors.set(anchor, node);
        }
    });
    const builder = new Builder(doc, text, lines, file);
    const data = builder.construct(doc.contents).value;
    return { data, locate: locateNode, scalarType: scalarTypeOf };
}
// -- Dumping ----------------------------------------------------------------------
/** Characters that may appear unescaped in the dump (anything else is escaped). */
const PRINTABLE_CHAR = new RegExp(`[${PRINTABLE_RANGES}]`, 'u');
/** YAML 1.1 line breaks besides `\n`/`\r`. */
const EXTRA_BREAKS = /[\x85\u2028\u2029]/;
const SAFE_PLAIN = /^[A-Za-z0-9_./$()+=^~;][A-Za-z0-9_ ./$()+=^~;:"'!@%&*?`<>-]*$/;
function canBePlain(s) {
    if (!SAFE_PLAIN.test(s) || s.endsWith(' ') || s.endsWith(':'))
        return false;
    if (s.includes(': ') || s.includes(' #') || s.startsWith('---') || s.startsWith('...'))
        return false;
    return resolvePlainTag(s) === 'str';
}
function doubleQuoted(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (ch === '"' || ch === '\\')
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\0')
            out += '\\0';
        else if (!PRINTABLE_CHAR.test(ch) || EXTRA_BREAKS.test(ch) || cp === 0xfeff) {
            if (cp <= 0xff)
                out += '\\x' + cp.toString(16).padStart(2, '0');
            else if (cp <= 0xffff)
                out += '\\u' + cp.toString(16).padStart(4, '0');
            else
                out += '\\U' + cp.toString(16).padStart(8, '0');
        }
        else
            out += ch;
    }
    return out + '"';
}
/** A literal block (`|`) keeps multi-line text readable; only used where it reads back exactly. */
function literalBlock(s, indent) {
    if (!s.includes('\n'))
        return undefined;
    for (const ch of s) {
        if (ch !== '\n' &&
            ch !== '\t' &&
            (!PRINTABLE_CHAR.test(ch) || EXTRA_BREAKS.test(ch) || ch === '\r' || ch === '\ufeff')) {
            return undefined;
        }
    }
    const body = s.replace(/\n+$/, '');
    const trailing = s.length - body.length;
    const lines = body.split('\n');
    // Leading whitespace on the first line would be read as indentation; whitespace-only
    // last lines are ambiguous with chomping. Quote those instead.
    if (lines[0] === '' || /^[ \t]/.test(lines[0]))
        return undefined;
    if (/^[ \t]+$/.test(lines[lines.length - 1]))
        return undefined;
    const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
    const pad = ' '.repeat(indent);
    const content = lines.map((line) => (line === '' ? '' : pad + line)).join('\n');
    return `|${chomp}\n${content}${'\n'.repeat(Math.max(trailing, 1))}`.replace(/\n$/, '');
}
function scalarText(value, type) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            return '.nan';
        if (value === Infinity)
            return '.inf';
        if (value === -Infinity)
            return '-.inf';
        if (type === 'float' || !Number.isInteger(value)) {
            const repr = pyFloatRepr(value);
            // PyYAML only reads a float with a dot: `1e+16` must be written `1.0e+16`.
            return repr.includes('.') ? repr : repr.replace('e', '.0e');
        }
        return (0, pyvalue_js_1.pyNumber)(value);
    }
    if (typeof value === 'string') {
        if ((type === 'date' || type === 'datetime') && resolvePlainTag(value) === 'timestamp')
            return value;
        return canBePlain(value) ? value : doubleQuoted(value);
    }
    throw new TypeError(`cannot write a ${typeof value} as YAML`);
}
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function isEmptyContainer(value) {
    return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}
function keyTextForDump(key, pad) {
    const text = canBePlain(key) ? key : doubleQuoted(key);
    // Implicit keys are limited to 1024 characters; longer ones need the explicit `? ` form.
    return text.length > 1000 ? `? ${text}\n${pad}:` : `${text}:`;
}
/** Text after `key:` or `- ` for a value, with nested lines at `indent`. */
function valueText(value, type, indent, stack) {
    if (isContainer(value)) {
        if (isEmptyContainer(value))
            return Array.isArray(value) ? ' []' : ' {}';
        return '\n' + containerLines(value, indent, stack);
    }
    if (typeof value === 'string') {
        const block = literalBlock(value, indent);
        if (block !== undefined)
            return ' ' + block;
    }
    return ' ' + scalarText(value, type);
}
function containerLines(value, indent, stack) {
    if (stack.has(value))
        throw new TypeError('cannot write a recursive structure as YAML');
    stack.add(value);
    const pad = ' '.repeat(indent);
    const out = [];
    if (Array.isArray(value)) {
        value.forEach((item, index) => {
            const type = scalarTypeOf(value, index);
            if (isContainer(item) && !isEmptyContainer(item)) {
                // `- ` takes the place of the nested block's first indentation.
                const nested = containerLines(item, indent + 2, stack);
                out.push(`${pad}- ${nested.slice(indent + 2)}`);
            }
            else {
                out.push(`${pad}-${valueText(item, type, indent + 2, stack)}`);
            }
        });
    }
    else {
        for (const key of (0, pyvalue_js_1.pyKeys)(value)) {
            const item = value[key];
            out.push(`${pad}${keyTextForDump(key, pad)}${valueText(item, scalarTypeOf(value, key), indent + 2, stack)}`);
        }
    }
    stack.delete(value);
    return out.join('\n');
}
/**
 * YAML text for plain data that reads back (through `parseYamlWithPositions`
 * and through PyYAML) as the same data: strings that would resolve to
 * another type are quoted, floats parsed as floats stay floats, timestamps
 * stay timestamps.
 */
function dumpYaml(data) {
    if (isContainer(data)) {
        if (isEmptyContainer(data))
            return Array.isArray(data) ? '[]\n' : '{}\n';
        return containerLines(data, 0, new Set()) + '\n';
    }
    if (typeof data === 'string') {
        const block = literalBlock(data, 2);
        if (block !== undefined)
            return block + '\n';
    }
    return scalarText(data, undefined) + '\n';
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 9052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PriorityQueue: () => (/* reexport */ PriorityQueue),
  TimeoutError: () => (/* reexport */ TimeoutError),
  "default": () => (/* binding */ PQueue)
});

// EXTERNAL MODULE: ./node_modules/eventemitter3/index.js
var eventemitter3 = __nccwpck_require__(2415);
;// CONCATENATED MODULE: ./node_modules/eventemitter3/index.mjs



/* harmony default export */ const node_modules_eventemitter3 = ((/* unused pure expression or super */ null && (EventEmitter)));

;// CONCATENATED MODULE: ./node_modules/p-timeout/index.js
class TimeoutError extends Error {
	name = 'TimeoutError';

	constructor(message, options) {
		super(message, options);
		Error.captureStackTrace?.(this, TimeoutError);
	}
}

const getAbortedReason = signal => signal.reason ?? new DOMException('This operation was aborted.', 'AbortError');

function pTimeout(promise, options) {
	const {
		milliseconds,
		fallback,
		message,
		customTimers = {setTimeout, clearTimeout},
		signal,
	} = options;

	let timer;
	let abortHandler;

	const wrappedPromise = new Promise((resolve, reject) => {
		if (typeof milliseconds !== 'number' || Math.sign(milliseconds) !== 1) {
			throw new TypeError(`Expected \`milliseconds\` to be a positive number, got \`${milliseconds}\``);
		}

		if (signal?.aborted) {
			reject(getAbortedReason(signal));
			// The input still needs a rejection handler even though cancellation won.
			// eslint-disable-next-line promise/prefer-await-to-then, promise/prefer-catch
			promise.then(resolve, reject);
			return;
		}

		if (signal) {
			abortHandler = () => {
				reject(getAbortedReason(signal));
			};

			signal.addEventListener('abort', abortHandler, {once: true});
		}

		// Use .then() instead of async IIFE to preserve stack traces
		// eslint-disable-next-line promise/prefer-await-to-then, promise/prefer-catch
		promise.then(resolve, reject);

		if (milliseconds === Number.POSITIVE_INFINITY) {
			return;
		}

		// We create the error outside of `setTimeout` to preserve the stack trace.
		const timeoutError = new TimeoutError();

		// `.call(undefined, ...)` is needed for custom timers to avoid context issues
		timer = customTimers.setTimeout.call(undefined, () => {
			if (fallback) {
				try {
					resolve(fallback());
				} catch (error) {
					reject(error);
				}

				return;
			}

			if (typeof promise.cancel === 'function') {
				promise.cancel();
			}

			if (message === false) {
				resolve();
			} else if (message instanceof Error) {
				reject(message);
			} else {
				timeoutError.message = message ?? `Promise timed out after ${milliseconds} milliseconds`;
				reject(timeoutError);
			}
		}, milliseconds);
	});

	// eslint-disable-next-line promise/prefer-await-to-then
	const cancelablePromise = wrappedPromise.finally(() => {
		cancelablePromise.clear();
		if (abortHandler && signal) {
			signal.removeEventListener('abort', abortHandler);
		}
	});

	cancelablePromise.clear = () => {
		// `.call(undefined, ...)` is needed for custom timers to avoid context issues
		customTimers.clearTimeout.call(undefined, timer);
		timer = undefined;
	};

	return cancelablePromise;
}

;// CONCATENATED MODULE: ./node_modules/p-queue/dist/lower-bound.js
// Port of lower_bound from https://en.cppreference.com/w/cpp/algorithm/lower_bound
// Used to compute insertion index to keep queue sorted after insertion
function lowerBound(array, value, comparator) {
    let first = 0;
    let count = array.length;
    while (count > 0) {
        const step = Math.trunc(count / 2);
        let it = first + step;
        if (comparator(array[it], value) <= 0) {
            first = ++it;
            count -= step + 1;
        }
        else {
            count = step;
        }
    }
    return first;
}

;// CONCATENATED MODULE: ./node_modules/p-queue/dist/priority-queue.js

const compactionThreshold = 100;
class PriorityQueue {
    #queue = [];
    // The queue is stored as a sorted array, but dequeued items are left before `#head` until compaction. Only items from `#head` onward are live, which keeps repeated dequeues amortized O(1).
    #head = 0;
    enqueue(run, options) {
        const { priority = 0, id, } = options ?? {};
        const { size } = this;
        const element = {
            priority,
            id,
            run,
        };
        if (size === 0) {
            // When the queue is logically empty, discard any consumed prefix before accepting new work.
            this.#queue.length = 0;
            this.#head = 0;
            this.#queue.push(element);
            return;
        }
        if (this.#queue.at(-1).priority >= priority) {
            // Same-priority and lower-priority items belong after the current tail. Appending preserves FIFO order for equal priorities.
            this.#queue.push(element);
            return;
        }
        // Binary insertion must run on the live sorted range only.
        this.#compact();
        const index = lowerBound(this.#queue, element, (a, b) => b.priority - a.priority);
        this.#queue.splice(index, 0, element);
    }
    setPriority(id, priority) {
        // A dequeued item with the same id is no longer part of the queue.
        const index = this.#queue.findIndex((element, index) => index >= this.#head && element.id === id);
        if (index === -1) {
            throw new ReferenceError(`No promise function with the id "${id}" exists in the queue.`);
        }
        const [item] = this.#queue.splice(index, 1);
        this.enqueue(item.run, { priority, id });
    }
    remove(idOrRun) {
        const index = this.#queue.findIndex((element, index) => {
            // The consumed prefix may still contain references that should not be removable.
            if (index < this.#head) {
                return false;
            }
            if (typeof idOrRun === 'string') {
                return element.id === idOrRun;
            }
            return element.run === idOrRun;
        });
        if (index !== -1) {
            this.#queue.splice(index, 1);
        }
    }
    dequeue() {
        if (this.#head === this.#queue.length) {
            return undefined;
        }
        const item = this.#queue[this.#head];
        this.#head++;
        if (this.#head === this.#queue.length) {
            // Fully drained queues are reset immediately so the next enqueue starts from a clean array.
            this.#queue.length = 0;
            this.#head = 0;
        }
        else if (this.#head > compactionThreshold && this.#head > this.#queue.length / 2) {
            // Keep repeated dequeues cheap, but stop the consumed prefix from growing without bound.
            this.#compact();
        }
        return item?.run;
    }
    filter(options) {
        const result = [];
        for (let index = this.#head; index < this.#queue.length; index++) {
            const element = this.#queue[index];
            if (element.priority === options.priority) {
                result.push(element.run);
            }
        }
        return result;
    }
    get size() {
        return this.#queue.length - this.#head;
    }
    #compact() {
        // Compaction restores the invariant that the whole array is the live sorted range.
        if (this.#head === 0) {
            return;
        }
        this.#queue.splice(0, this.#head);
        this.#head = 0;
    }
}

;// CONCATENATED MODULE: ./node_modules/p-queue/dist/index.js



/**
Promise queue with concurrency control.
*/
class PQueue extends eventemitter3 {
    #carryoverIntervalCount;
    #isIntervalIgnored;
    #intervalCount = 0;
    #intervalCap;
    #rateLimitedInInterval = false;
    #rateLimitFlushScheduled = false;
    #interval;
    /*
    Timestamp when the current interval window ends. Kept accurate at every window transition: `#initializeIntervalIfNeeded` sets it when a window starts and `#onInterval` advances it as the recurring timer rolls into each new window. This is the source of truth for whether a task added after the queue goes idle belongs to a fresh window, so it must not go stale.
    */
    #intervalEnd = 0;
    // Recurring timer that drives windows while the queue is actively processing. Absent (`undefined`) once the queue goes idle.
    #intervalId;
    // One-shot timer used while idle to resume at the next window boundary, since `#intervalId` is cleared when idle.
    #timeoutId;
    #strict;
    // Circular buffer implementation for better performance
    #strictTicks = [];
    #strictTicksStartIndex = 0;
    #queue;
    #queueClass;
    #pending = 0;
    // The `!` is needed because of https://github.com/microsoft/TypeScript/issues/32194
    #concurrency;
    #isPaused;
    // Use to assign a unique identifier to a promise function, if not explicitly specified
    #idAssigner = 1n;
    // Track currently running tasks for debugging
    #runningTasks = new Map();
    #queueAbortListenerCleanupFunctions = new Set();
    /**
    Get or set the default timeout for all tasks. Can be changed at runtime.

    Operations will throw a `TimeoutError` if they don't complete within the specified time.

    The timeout begins when the operation is dequeued and starts execution, not while it's waiting in the queue.

    @example
    ```
    const queue = new PQueue({timeout: 5000});

    // Change timeout for all future tasks
    queue.timeout = 10000;
    ```
    */
    timeout;
    constructor(options) {
        super();
        // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
        options = {
            carryoverIntervalCount: false,
            intervalCap: Number.POSITIVE_INFINITY,
            interval: 0,
            concurrency: Number.POSITIVE_INFINITY,
            autoStart: true,
            queueClass: PriorityQueue,
            strict: false,
            ...options,
        };
        if (!(typeof options.intervalCap === 'number' && options.intervalCap >= 1)) {
            throw new TypeError(`Expected \`intervalCap\` to be a number from 1 and up, got \`${options.intervalCap?.toString() ?? ''}\` (${typeof options.intervalCap})`);
        }
        if (options.interval === undefined || !(Number.isFinite(options.interval) && options.interval >= 0)) {
            throw new TypeError(`Expected \`interval\` to be a finite number >= 0, got \`${options.interval?.toString() ?? ''}\` (${typeof options.interval})`);
        }
        if (options.strict && options.interval === 0) {
            throw new TypeError('The `strict` option requires a non-zero `interval`');
        }
        if (options.strict && options.intervalCap === Number.POSITIVE_INFINITY) {
            throw new TypeError('The `strict` option requires a finite `intervalCap`');
        }
        // TODO: Remove this fallback in the next major version
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        this.#carryoverIntervalCount = options.carryoverIntervalCount ?? options.carryoverConcurrencyCount ?? false;
        this.#isIntervalIgnored = options.intervalCap === Number.POSITIVE_INFINITY || options.interval === 0;
        this.#intervalCap = options.intervalCap;
        this.#interval = options.interval;
        this.#strict = options.strict;
        this.#queue = new options.queueClass();
        this.#queueClass = options.queueClass;
        this.concurrency = options.concurrency;
        if (options.timeout !== undefined && !(Number.isFinite(options.timeout) && options.timeout > 0)) {
            throw new TypeError(`Expected \`timeout\` to be a positive finite number, got \`${options.timeout}\` (${typeof options.timeout})`);
        }
        this.timeout = options.timeout;
        this.#isPaused = options.autoStart === false;
        this.#setupRateLimitTracking();
    }
    #cleanupStrictTicks(now) {
        // Remove ticks outside the current interval window using circular buffer approach
        while (this.#strictTicksStartIndex < this.#strictTicks.length) {
            const oldestTick = this.#strictTicks[this.#strictTicksStartIndex];
            if (oldestTick !== undefined && now - oldestTick >= this.#interval) {
                this.#strictTicksStartIndex++;
            }
            else {
                break;
            }
        }
        // Compact the array when it becomes inefficient or fully consumed
        // Compact when: (start index is large AND more than half wasted) OR all ticks expired
        const shouldCompact = (this.#strictTicksStartIndex > 100 && this.#strictTicksStartIndex > this.#strictTicks.length / 2)
            || this.#strictTicksStartIndex === this.#strictTicks.length;
        if (shouldCompact) {
            this.#strictTicks = this.#strictTicks.slice(this.#strictTicksStartIndex);
            this.#strictTicksStartIndex = 0;
        }
    }
    // Helper methods for interval consumption
    #consumeIntervalSlot(now) {
        if (this.#strict) {
            this.#strictTicks.push(now);
        }
        else {
            this.#intervalCount++;
        }
    }
    #rollbackIntervalSlot() {
        if (this.#strict) {
            // Pop from the end of the actual data (not from start index)
            if (this.#strictTicks.length > this.#strictTicksStartIndex) {
                this.#strictTicks.pop();
            }
        }
        else if (this.#intervalCount > 0) {
            this.#intervalCount--;
        }
    }
    #getActiveTicksCount() {
        return this.#strictTicks.length - this.#strictTicksStartIndex;
    }
    get #doesIntervalAllowAnother() {
        if (this.#isIntervalIgnored) {
            return true;
        }
        if (this.#strict) {
            // Cleanup already done by #isIntervalPausedAt before this is called
            return this.#getActiveTicksCount() < this.#intervalCap;
        }
        return this.#intervalCount < this.#intervalCap;
    }
    get #doesConcurrentAllowAnother() {
        return this.#pending < this.#concurrency;
    }
    #next() {
        this.#pending--;
        if (this.#pending === 0) {
            this.emit('pendingZero');
        }
        this.#tryToStartAnother();
        this.emit('next');
    }
    #onResumeInterval() {
        // Clear timeout ID before processing to prevent race condition
        // Must clear before #onInterval to allow new timeouts to be scheduled
        this.#timeoutId = undefined;
        this.#onInterval();
        this.#initializeIntervalIfNeeded();
    }
    #isIntervalPausedAt(now) {
        // Strict mode: check if we need to wait for oldest tick to age out
        if (this.#strict) {
            this.#cleanupStrictTicks(now);
            // If at capacity, need to wait for oldest tick to age out
            const activeTicksCount = this.#getActiveTicksCount();
            if (activeTicksCount >= this.#intervalCap) {
                const oldestTick = this.#strictTicks[this.#strictTicksStartIndex];
                // After cleanup, remaining ticks are within interval, so delay is always > 0
                const delay = this.#interval - (now - oldestTick);
                this.#createIntervalTimeout(delay);
                return true;
            }
            return false;
        }
        // Fixed window mode. While the recurring timer runs it already governs the windows, so pausing is only decided here when the queue is idle (the timer is absent) and we rely on `#intervalEnd`.
        if (this.#intervalId === undefined) {
            const delay = this.#intervalEnd - now;
            if (delay < 0) {
                // The interval expired while idle, so reset the count for the new window.
                this.#intervalCount = this.#carryoverIntervalCount ? this.#pending : 0;
            }
            else {
                // Still inside the previous window; wait out the remaining time before starting the next task.
                this.#createIntervalTimeout(delay);
                return true;
            }
        }
        return false;
    }
    #createIntervalTimeout(delay) {
        if (this.#timeoutId !== undefined) {
            return;
        }
        this.#timeoutId = setTimeout(() => {
            this.#onResumeInterval();
        }, delay);
    }
    #clearIntervalTimer() {
        if (this.#intervalId) {
            clearInterval(this.#intervalId);
            this.#intervalId = undefined;
        }
    }
    #clearTimeoutTimer() {
        if (this.#timeoutId) {
            clearTimeout(this.#timeoutId);
            this.#timeoutId = undefined;
        }
    }
    #tryToStartAnother() {
        if (this.#queue.size === 0) {
            // We can clear the interval ("pause")
            // Because we can redo it later ("resume")
            this.#clearIntervalTimer();
            this.emit('empty');
            if (this.#pending === 0) {
                // Clear timeout as well when completely idle
                this.#clearTimeoutTimer();
                // Compact strict ticks when idle to free memory
                if (this.#strict && this.#strictTicksStartIndex > 0) {
                    const now = Date.now();
                    this.#cleanupStrictTicks(now);
                }
                this.emit('idle');
            }
            return false;
        }
        let taskStarted = false;
        if (!this.#isPaused) {
            const now = Date.now();
            const canInitializeInterval = !this.#isIntervalPausedAt(now);
            if (this.#doesIntervalAllowAnother && this.#doesConcurrentAllowAnother) {
                const job = this.#queue.dequeue();
                if (!this.#isIntervalIgnored) {
                    this.#consumeIntervalSlot(now);
                    this.#scheduleRateLimitUpdate();
                }
                if (canInitializeInterval) {
                    this.#initializeIntervalIfNeeded();
                }
                // The task is started before the event, so that a listener which enqueues more work sees the
                // concurrency slot already taken. Emitting first let a listener start a second task past the limit.
                job();
                this.emit('active');
                taskStarted = true;
            }
        }
        return taskStarted;
    }
    #initializeIntervalIfNeeded() {
        if (this.#isIntervalIgnored || this.#intervalId !== undefined) {
            return;
        }
        // Strict mode uses timeouts instead of interval timers
        if (this.#strict) {
            return;
        }
        this.#intervalId = setInterval(() => {
            this.#onInterval();
        }, this.#interval);
        this.#intervalEnd = Date.now() + this.#interval;
    }
    #onInterval() {
        // Non-strict mode uses interval timers and intervalCount
        if (!this.#strict) {
            // Only touch the recurring interval timer here. When resumed via a timeout instead, `#intervalId` is undefined and `#initializeIntervalIfNeeded` sets `#intervalEnd` right after.
            if (this.#intervalId !== undefined) {
                if (this.#intervalCount === 0 && this.#pending === 0) {
                    this.#clearIntervalTimer();
                }
                else {
                    // The recurring timer fired, starting a new window. Keep the boundary accurate so tasks added after the queue later goes idle are scheduled against the correct window.
                    this.#intervalEnd = Date.now() + this.#interval;
                }
            }
            this.#intervalCount = this.#carryoverIntervalCount ? this.#pending : 0;
        }
        this.#processQueue();
        this.#scheduleRateLimitUpdate();
    }
    /**
    Executes all queued functions until it reaches the limit.
    */
    #processQueue() {
        // eslint-disable-next-line no-empty
        while (this.#tryToStartAnother()) { }
    }
    get concurrency() {
        return this.#concurrency;
    }
    set concurrency(newConcurrency) {
        if (!(typeof newConcurrency === 'number' && newConcurrency >= 1)) {
            throw new TypeError(`Expected \`concurrency\` to be a number from 1 and up, got \`${newConcurrency}\` (${typeof newConcurrency})`);
        }
        this.#concurrency = newConcurrency;
        this.#processQueue();
    }
    /**
    Updates the priority of a promise function by its id, affecting its execution order. Requires a defined concurrency limit to take effect.

    For example, this can be used to prioritize a promise function to run earlier.

    ```js
    import PQueue from 'p-queue';

    const queue = new PQueue({concurrency: 1});

    queue.add(async () => '🦄', {priority: 1});
    queue.add(async () => '🦀', {priority: 0, id: '🦀'});
    queue.add(async () => '🦄', {priority: 1});
    queue.add(async () => '🦄', {priority: 1});

    queue.setPriority('🦀', 2);
    ```

    In this case, the promise function with `id: '🦀'` runs second.

    You can also deprioritize a promise function to delay its execution:

    ```js
    import PQueue from 'p-queue';

    const queue = new PQueue({concurrency: 1});

    queue.add(async () => '🦄', {priority: 1});
    queue.add(async () => '🦀', {priority: 1, id: '🦀'});
    queue.add(async () => '🦄');
    queue.add(async () => '🦄', {priority: 0});

    queue.setPriority('🦀', -1);
    ```
    Here, the promise function with `id: '🦀'` executes last.
    */
    setPriority(id, priority) {
        if (typeof priority !== 'number' || !Number.isFinite(priority)) {
            throw new TypeError(`Expected \`priority\` to be a finite number, got \`${priority}\` (${typeof priority})`);
        }
        this.#queue.setPriority(id, priority);
    }
    async add(function_, options = {}) {
        // Create a copy to avoid mutating the original options object
        options = {
            timeout: this.timeout,
            ...options,
            // Assign unique ID if not provided
            id: options.id ?? (this.#idAssigner++).toString(),
        };
        if (options.timeout !== undefined && !(Number.isFinite(options.timeout) && options.timeout > 0)) {
            throw new TypeError(`Expected \`timeout\` to be a positive finite number, got \`${options.timeout}\` (${typeof options.timeout})`);
        }
        return new Promise((resolve, reject) => {
            // Create a unique symbol for tracking this task
            const taskSymbol = Symbol(`task-${options.id}`);
            let cleanupQueueAbortHandler = () => undefined;
            const run = async () => {
                // Task is now running — remove the queued-state abort listener
                cleanupQueueAbortHandler();
                this.#pending++;
                // Track this running task
                this.#runningTasks.set(taskSymbol, {
                    id: options.id,
                    priority: options.priority ?? 0, // Match priority-queue default
                    startTime: Date.now(),
                    timeout: options.timeout,
                });
                let eventListener;
                try {
                    // Check abort signal - if aborted, need to decrement the counter
                    // that was incremented in tryToStartAnother
                    try {
                        options.signal?.throwIfAborted();
                    }
                    catch (error) {
                        this.#rollbackIntervalConsumption();
                        // Clean up tracking before throwing
                        this.#runningTasks.delete(taskSymbol);
                        throw error;
                    }
                    let operation = function_({ signal: options.signal });
                    if (options.timeout !== undefined) {
                        operation = pTimeout(Promise.resolve(operation), {
                            milliseconds: options.timeout,
                            message: `Task timed out after ${options.timeout}ms (queue has ${this.#pending} running, ${this.#queue.size} waiting)`,
                        });
                    }
                    if (options.signal) {
                        const { signal } = options;
                        operation = Promise.race([operation, new Promise((_resolve, reject) => {
                                eventListener = () => {
                                    reject(signal.reason);
                                };
                                signal.addEventListener('abort', eventListener, { once: true });
                                // The task can abort the signal while it starts, before this listener exists, and an `AbortSignal` does not fire the event again.
                                if (signal.aborted) {
                                    eventListener();
                                }
                            })]);
                    }
                    const result = await operation;
                    resolve(result);
                    this.emit('completed', result);
                }
                catch (error) {
                    reject(error);
                    this.emit('error', error);
                }
                finally {
                    // Clean up abort event listener
                    if (eventListener) {
                        options.signal?.removeEventListener('abort', eventListener);
                    }
                    // Remove from running tasks
                    this.#runningTasks.delete(taskSymbol);
                    // Use queueMicrotask to prevent deep recursion while maintaining timing
                    queueMicrotask(() => {
                        this.#next();
                    });
                }
            };
            this.#queue.enqueue(run, options);
            const removeQueuedTask = () => {
                if (this.#queue instanceof PriorityQueue) {
                    this.#queue.remove(run);
                    return;
                }
                this.#queue.remove?.(options.id); // Intentionally best-effort: queued abort removal is only supported for queue classes that implement `.remove()`.
            };
            // Handle abort while task is waiting in the queue
            if (options.signal) {
                const { signal } = options;
                const queueAbortHandler = () => {
                    cleanupQueueAbortHandler();
                    removeQueuedTask();
                    reject(signal.reason);
                    this.#tryToStartAnother();
                    this.emit('next');
                };
                cleanupQueueAbortHandler = () => {
                    signal.removeEventListener('abort', queueAbortHandler);
                    this.#queueAbortListenerCleanupFunctions.delete(cleanupQueueAbortHandler);
                };
                if (signal.aborted) {
                    queueAbortHandler();
                    return;
                }
                signal.addEventListener('abort', queueAbortHandler, { once: true });
                this.#queueAbortListenerCleanupFunctions.add(cleanupQueueAbortHandler);
            }
            this.emit('add');
            this.#tryToStartAnother();
        });
    }
    async addAll(functions, options) {
        return Promise.all(functions.map(async (function_) => this.add(function_, options)));
    }
    /**
    Start (or resume) executing enqueued tasks within concurrency limit. No need to call this if queue is not paused (via `options.autoStart = false` or by `.pause()` method.)
    */
    start() {
        if (!this.#isPaused) {
            return this;
        }
        this.#isPaused = false;
        this.#processQueue();
        return this;
    }
    /**
    Put queue execution on hold.
    */
    pause() {
        this.#isPaused = true;
    }
    /**
    Clear the queue.
    */
    clear() {
        for (const cleanupQueueAbortHandler of this.#queueAbortListenerCleanupFunctions) {
            cleanupQueueAbortHandler();
        }
        this.#queue = new this.#queueClass();
        // Clear interval timer since queue is now empty (consistent with #tryToStartAnother)
        this.#clearIntervalTimer();
        // Note: We preserve strict mode rate-limiting state (ticks and timeout)
        // because clear() only clears queued tasks, not rate limit history.
        // This ensures that rate limits are still enforced after clearing the queue.
        // Note: We don't clear #runningTasks as those tasks are still running
        // They will be removed when they complete in the finally block
        // Force synchronous update since clear() should have immediate effect
        this.#updateRateLimitState();
        // Emit events so waiters (onEmpty, onIdle, onSizeLessThan) can resolve
        this.emit('empty');
        if (this.#pending === 0) {
            this.#clearTimeoutTimer();
            this.emit('idle');
        }
        this.emit('next');
    }
    /**
    Can be called multiple times. Useful if you for example add additional items at a later time.

    @returns A promise that settles when the queue becomes empty.
    */
    async onEmpty() {
        // Instantly resolve if the queue is empty
        if (this.#queue.size === 0) {
            return;
        }
        await this.#onEvent('empty');
    }
    /**
    @returns A promise that settles when the queue size is less than the given limit: `queue.size < limit`.

    If you want to avoid having the queue grow beyond a certain size you can `await queue.onSizeLessThan()` before adding a new item.

    Note that this only limits the number of items waiting to start. There could still be up to `concurrency` jobs already running that this call does not include in its calculation.
    */
    async onSizeLessThan(limit) {
        // Instantly resolve if the size is already below the limit.
        if (this.#queue.size < limit) {
            return;
        }
        // Listen on both `'next'` (task completion, queued abort, `clear()`) and `'active'` (every dequeue),
        // so waiters wake even when the queue drains without a completion (`start()`, a runtime `concurrency`
        // increase, or an interval tick).
        await this.#onEvent(['next', 'active'], () => this.#queue.size < limit);
    }
    /**
    The difference with `.onEmpty` is that `.onIdle` guarantees that all work from the queue has finished. `.onEmpty` merely signals that the queue is empty, but it could mean that some promises haven't completed yet.

    @returns A promise that settles when the queue becomes empty, and all promises have completed; `queue.size === 0 && queue.pending === 0`.
    */
    async onIdle() {
        // Instantly resolve if none pending and if nothing else is queued
        if (this.#pending === 0 && this.#queue.size === 0) {
            return;
        }
        await this.#onEvent('idle');
    }
    /**
    The difference with `.onIdle` is that `.onPendingZero` only waits for currently running tasks to finish, ignoring queued tasks.

    @returns A promise that settles when all currently running tasks have completed; `queue.pending === 0`.
    */
    async onPendingZero() {
        if (this.#pending === 0) {
            return;
        }
        await this.#onEvent('pendingZero');
    }
    /**
    @returns A promise that settles when the queue becomes rate-limited due to intervalCap.
    */
    async onRateLimit() {
        if (this.isRateLimited) {
            return;
        }
        await this.#onEvent('rateLimit');
    }
    /**
    @returns A promise that settles when the queue is no longer rate-limited.
    */
    async onRateLimitCleared() {
        if (!this.isRateLimited) {
            return;
        }
        await this.#onEvent('rateLimitCleared');
    }
    /**
    @returns A promise that rejects when any task in the queue errors.

    Use with `Promise.race([queue.onError(), queue.onIdle()])` to fail fast on the first error while still resolving normally when the queue goes idle.

    Important: The promise returned by `add()` still rejects. You must handle each `add()` promise (for example, `.catch(() => {})`) to avoid unhandled rejections.

    @example
    ```
    import PQueue from 'p-queue';

    const queue = new PQueue({concurrency: 2});

    queue.add(() => fetchData(1)).catch(() => {});
    queue.add(() => fetchData(2)).catch(() => {});
    queue.add(() => fetchData(3)).catch(() => {});

    // Stop processing on first error
    try {
        await Promise.race([
            queue.onError(),
            queue.onIdle()
        ]);
    } catch (error) {
        queue.pause(); // Stop processing remaining tasks
        console.error('Queue failed:', error);
    }
    ```
    */
    // eslint-disable-next-line @typescript-eslint/promise-function-async
    onError() {
        return new Promise((_resolve, reject) => {
            const handleError = (error) => {
                this.off('error', handleError);
                reject(error);
            };
            this.on('error', handleError);
        });
    }
    async #onEvent(events, filter) {
        const eventList = Array.isArray(events) ? events : [events];
        return new Promise(resolve => {
            const listener = () => {
                if (filter && !filter()) {
                    return;
                }
                for (const event of eventList) {
                    this.off(event, listener);
                }
                resolve();
            };
            for (const event of eventList) {
                this.on(event, listener);
            }
        });
    }
    /**
    Size of the queue, the number of queued items waiting to run.
    */
    get size() {
        return this.#queue.size;
    }
    /**
    Size of the queue, filtered by the given options.

    For example, this can be used to find the number of items remaining in the queue with a specific priority level.
    */
    sizeBy(options) {
        // eslint-disable-next-line unicorn/no-array-callback-reference
        return this.#queue.filter(options).length;
    }
    /**
    Number of running items (no longer in the queue).
    */
    get pending() {
        return this.#pending;
    }
    /**
    Whether the queue is currently paused.
    */
    get isPaused() {
        return this.#isPaused;
    }
    #setupRateLimitTracking() {
        // Only schedule updates when rate limiting is enabled
        if (this.#isIntervalIgnored) {
            return;
        }
        // Wire up to lifecycle events that affect rate limit state
        // Only 'add' and 'next' can actually change rate limit state
        this.on('add', () => {
            if (this.#queue.size > 0) {
                this.#scheduleRateLimitUpdate();
            }
        });
        this.on('next', () => {
            this.#scheduleRateLimitUpdate();
        });
    }
    #scheduleRateLimitUpdate() {
        // Skip if rate limiting is not enabled or already scheduled
        if (this.#isIntervalIgnored || this.#rateLimitFlushScheduled) {
            return;
        }
        this.#rateLimitFlushScheduled = true;
        queueMicrotask(() => {
            this.#rateLimitFlushScheduled = false;
            this.#updateRateLimitState();
        });
    }
    #rollbackIntervalConsumption() {
        if (this.#isIntervalIgnored) {
            return;
        }
        this.#rollbackIntervalSlot();
        this.#scheduleRateLimitUpdate();
    }
    #updateRateLimitState() {
        const previous = this.#rateLimitedInInterval;
        // Early exit if rate limiting is disabled or queue is empty
        if (this.#isIntervalIgnored || this.#queue.size === 0) {
            if (previous) {
                this.#rateLimitedInInterval = false;
                this.emit('rateLimitCleared');
            }
            return;
        }
        // Get the current count based on mode
        let count;
        if (this.#strict) {
            const now = Date.now();
            this.#cleanupStrictTicks(now);
            count = this.#getActiveTicksCount();
        }
        else {
            count = this.#intervalCount;
        }
        const shouldBeRateLimited = count >= this.#intervalCap;
        if (shouldBeRateLimited !== previous) {
            this.#rateLimitedInInterval = shouldBeRateLimited;
            this.emit(shouldBeRateLimited ? 'rateLimit' : 'rateLimitCleared');
        }
    }
    /**
    Whether the queue is currently rate-limited due to intervalCap.
    */
    get isRateLimited() {
        return this.#rateLimitedInInterval;
    }
    /**
    Whether the queue is saturated. Returns `true` when:
    - All concurrency slots are occupied and tasks are waiting, OR
    - The queue is rate-limited and tasks are waiting

    Useful for detecting backpressure and potential hanging tasks.

    ```js
    import PQueue from 'p-queue';

    const queue = new PQueue({concurrency: 2});

    // Backpressure handling
    if (queue.isSaturated) {
        console.log('Queue is saturated, waiting for capacity...');
        await queue.onSizeLessThan(queue.concurrency);
    }

    // Monitoring for stuck tasks
    setInterval(() => {
        if (queue.isSaturated) {
            console.warn(`Queue saturated: ${queue.pending} running, ${queue.size} waiting`);
        }
    }, 60000);
    ```
    */
    get isSaturated() {
        return (this.#pending === this.#concurrency && this.#queue.size > 0)
            || (this.isRateLimited && this.#queue.size > 0);
    }
    /**
    The tasks currently being executed. Each task includes its `id`, `priority`, `startTime`, `timeout` (if set), and `timeoutRemaining` (milliseconds until the task times out, or `undefined` if no timeout is set).

    Returns an array of task info objects.

    ```js
    import PQueue from 'p-queue';

    const queue = new PQueue({concurrency: 2, timeout: 10000});

    // Add tasks with IDs for better debugging
    queue.add(() => fetchUser(123), {id: 'user-123'});
    queue.add(() => fetchPosts(456), {id: 'posts-456', priority: 1});

    // Check what's running
    console.log(queue.runningTasks);
    // => [{
    //   id: 'user-123',
    //   priority: 0,
    //   startTime: 1759253001716,
    //   timeout: 10000,
    //   timeoutRemaining: 9700
    // }, {
    //   id: 'posts-456',
    //   priority: 1,
    //   startTime: 1759253001916,
    //   timeout: 10000,
    //   timeoutRemaining: 9900
    // }]
    ```
    */
    get runningTasks() {
        // Return fresh array with fresh objects to prevent mutations
        return [...this.#runningTasks.values()].map(task => ({
            ...task,
            timeoutRemaining: task.timeout ? Math.max(0, task.startTime + task.timeout - Date.now()) : undefined,
        }));
    }
}

/**
Error thrown when a task times out.

@example
```
import PQueue, {TimeoutError} from 'p-queue';

const queue = new PQueue({timeout: 1000});

try {
    await queue.add(() => someTask());
} catch (error) {
    if (error instanceof TimeoutError) {
        console.log('Task timed out');
    }
}
```
*/



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
/**
 * `specflow` entry point: wires the process (argv, streams, signals) to the commands.
 */
const commands_js_1 = __nccwpck_require__(1654);
const controller = new AbortController();
let interrupts = 0;
const onSignal = (signal) => {
    interrupts++;
    if (interrupts > 1) {
        // A second interrupt means "now": the first one is already saving the run.
        process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    process.stderr.write(`\nspecflow: ${signal} received, stopping and saving the run…\n`);
    controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
(0, commands_js_1.runCli)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`specflow: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
