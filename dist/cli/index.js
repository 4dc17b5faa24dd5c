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
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UsageError = void 0;
exports.parseArgs = parseArgs;
exports.parseInputPairs = parseInputPairs;
/**
 * Command-line argument parsing for `specflow` (small and strict: unknown
 * flags are errors, so a typo never silently changes a run).
 */
const pyvalue_js_1 = __nccwpck_require__(610);
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
exports.UsageError = UsageError;
/** Flags each command accepts besides --help. */
const COMMAND_FLAGS = {
    run: ['--input', '--json', '--run-id', '--no-prompt'],
    resume: ['--input', '--json', '--rerun-items', '--force', '--no-prompt', '--answer'],
    status: ['--json'],
    validate: ['--json']
};
function parseArgs(command, argv) {
    const allowed = (0, pyvalue_js_1.getOr)(COMMAND_FLAGS, command, []);
    const parsed = {
        positionals: [],
        inputs: [],
        json: false,
        help: false,
        rerunItems: false,
        force: false,
        noPrompt: false
    };
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
        else if (name === '--rerun-items' || name === '--force' || name === '--no-prompt') {
            if (!allowed.includes(name))
                throw new UsageError(`${command} does not take ${name}`);
            if (arg !== name)
                throw new UsageError(`${name} takes no value`);
            if (name === '--force')
                parsed.force = true;
            else if (name === '--no-prompt')
                parsed.noPrompt = true;
            else
                parsed.rerunItems = true;
        }
        else if (name === '--answer') {
            if (!allowed.includes('--answer'))
                throw new UsageError(`${command} does not take --answer`);
            // A second answer would silently replace the first: say so instead.
            if (parsed.answer !== undefined)
                throw new UsageError('--answer is given more than once');
            parsed.answer = takeValue('--answer');
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
        (0, pyvalue_js_1.setKey)(inputs, key, pair.slice(eq + 1).trim());
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
exports.invocation = invocation;
/**
 * The `specflow` commands: run, resume, status, validate. Thin: each parses
 * its arguments, calls the engine, and reports.
 */
const path = __importStar(__nccwpck_require__(6760));
const engine_js_1 = __nccwpck_require__(7586);
const shell_words_js_1 = __nccwpck_require__(2923);
const validate_js_1 = __nccwpck_require__(6082);
const outcome_js_1 = __nccwpck_require__(938);
const run_record_js_1 = __nccwpck_require__(9821);
const waiting_js_1 = __nccwpck_require__(2425);
const show_file_js_1 = __nccwpck_require__(7476);
const run_lifecycle_js_1 = __nccwpck_require__(7990);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const ids_js_1 = __nccwpck_require__(7744);
const inputs_js_1 = __nccwpck_require__(5545);
const args_js_1 = __nccwpck_require__(7593);
const terminal_js_1 = __nccwpck_require__(1028);
const version_js_1 = __nccwpck_require__(3882);
/** Exit code after an interrupted run (it is saved, paused, and resumable). */
exports.EXIT_INTERRUPTED = 130;
exports.HELP = {
    main: `specflow: run spec-kit workflows

Usage:
  specflow run <workflow.yml | installed-id> [-i key=value]... [--json] [--run-id ID] [--no-prompt]
  specflow resume <run-id> [-i key=value]... [--answer OPTION] [--json] [--rerun-items] [--force] [--no-prompt]
  specflow status [run-id] [--json]
  specflow validate <workflow.yml | installed-id> [--json]
  specflow --version

Run state lives in .specify/workflows/runs/<run-id>/ under the current directory.
Exit codes: 0 completed or paused, 1 failed, aborted or any error, 130 interrupted (saved as paused).
Run 'specflow <command> --help' for a command's details.`,
    run: `specflow run <workflow.yml | installed-id> [options]

Start a new run of a workflow: a .yml/.yaml file, or the id of a workflow
installed under .specify/workflows/<id>/workflow.yml.

Options:
  -i, --input key=value  set a workflow input (repeatable); values are coerced to the input's type
  --run-id ID            use this run id (default: $SPECKIT_WORKFLOW_RUN_ID, else 8 random hex chars)
  --no-prompt            a gate pauses the run even on a terminal (without a terminal it always does)
  --json                 print one JSON object with the outcome on stdout; everything else goes to stderr
  -h, --help             show this help`,
    resume: `specflow resume <run-id> [options]

Continue a paused or failed run from the step where it stopped, with the
workflow definition saved in the run. New inputs are merged over the stored ones.
A fan-out being resumed keeps the items whose last run provably gives the same
result (nothing it depended on changed, no gate in it) and runs the others again.

Options:
  -i, --input key=value  set or override a workflow input (repeatable), e.g. a gate's verdict input
  --answer OPTION        answer the gate the run is paused at with one of its options, exactly as
                         written (case matters); for a gate with verdict_input it sets that input,
                         and it also answers a gate without one (spec-kit asks those only at a terminal)
  --json                 print one JSON object with the outcome on stdout
  --rerun-items          run every item of a resumed fan-out again, as spec-kit does
  --no-prompt            a gate pauses the run even on a terminal (without a terminal it always does)
  --force                take over a run that a process on another host is driving (or left
                         running): only when you know that process is gone
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
    if (command === '--version' || command === '-V' || command === 'version') {
        io.stdout.write(`specflow ${(0, version_js_1.packageVersion)()}\n`);
        return 0;
    }
    // `--json` promises one JSON object for every outcome, a usage error included (told from the
    // raw arguments, since they did not parse).
    const usageError = (message, help) => {
        if (argv.includes('--json'))
            io.stdout.write(JSON.stringify({ error: message }, null, 2) + '\n');
        io.stderr.write(`${errStyle.red('error:')} ${message}\n\n${help}\n`);
        return 1;
    };
    if (!(0, pyvalue_js_1.hasKey)(exports.HELP, command) || command === 'main') {
        return usageError(`unknown command ${JSON.stringify(command)}`, exports.HELP.main);
    }
    let args;
    try {
        args = (0, args_js_1.parseArgs)(command, rest);
    }
    catch (err) {
        return usageError(err.message, exports.HELP[command]);
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
    let message = err instanceof Error ? err.message : String(err);
    if (err instanceof types_js_1.RunDrivenElsewhereError) {
        message += `: if you know it is, run \`${invocation(io)} resume ${err.runId} --force\``;
    }
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
/** A run id given on the command line, checked here so the error names where it came from. */
function runIdFrom(value, source) {
    const problem = (0, ids_js_1.runIdProblem)(value);
    if (problem !== null)
        throw new args_js_1.UsageError(`${source}: ${problem}`);
    return value;
}
/**
 * The command this process answers to, so every hint can be pasted as printed: `npx specflow`
 * under npx, `specflow` from a link on PATH, else `node <the script>`.
 */
function invocation(io) {
    if (io.env.npm_command === 'exec')
        return 'npx specflow';
    const script = io.script;
    if (script === undefined || path.basename(script) === 'specflow')
        return 'specflow';
    const relative = path.relative(io.cwd, script);
    const shown = relative.startsWith('..') || path.isAbsolute(relative) ? script : relative;
    return `node ${(0, shell_words_js_1.quoteShellWord)(shown)}`;
}
function makeEngine(args, io) {
    // With --json, stdout carries only the outcome object: everything else goes to stderr.
    const human = args.json ? io.stderr : io.stdout;
    const style = (0, terminal_js_1.makeStyle)(human, io.env);
    const { reporter, output } = (0, terminal_js_1.terminalReporter)(human, style, { quietSteps: false });
    const canAsk = Boolean(io.stdin.isTTY) && !args.noPrompt;
    const engine = new engine_js_1.WorkflowEngine({
        projectRoot: io.cwd,
        reporter,
        output,
        prompt: canAsk ? (0, terminal_js_1.terminalGatePrompt)(io.stdin, io.stderr, io.signal) : null,
        signal: io.signal,
        env: io.env
    });
    return { engine, style, human, canAsk };
}
/**
 * Once the engine has accepted the run (nothing refused it), print its header and warn about
 * inputs the workflow does not declare: the engine drops them, as the reference does.
 */
function announceOnAccept(session, io, inputs, header) {
    const { engine, human } = session;
    engine.onRunAccepted((state) => {
        human.write(`${header(state)}\n`);
        const definition = engine.liveDefinition;
        if (definition === null)
            return;
        const warn = (0, terminal_js_1.makeStyle)(io.stderr, io.env).yellow('warning:');
        for (const name of (0, inputs_js_1.undeclaredInputs)(definition, inputs)) {
            io.stderr.write(`${warn} input ${JSON.stringify(name)} is not declared by workflow ${String(definition.id)}: it is ignored\n`);
        }
    });
}
async function runCommand(args, io) {
    const source = onePositional(args, 'workflow (file or installed id)');
    const session = makeEngine(args, io);
    const inputs = (0, args_js_1.parseInputPairs)(args.inputs);
    if (args.runId !== undefined)
        runIdFrom(args.runId, '--run-id');
    else if (io.env.SPECKIT_WORKFLOW_RUN_ID?.trim()) {
        runIdFrom(io.env.SPECKIT_WORKFLOW_RUN_ID.trim(), 'SPECKIT_WORKFLOW_RUN_ID');
    }
    const { engine, style } = session;
    announceOnAccept(session, io, inputs, (state) => {
        const definition = engine.liveDefinition;
        const name = definition === null ? state.workflowId : String(definition.name);
        return `${style.bold('Running workflow:')} ${name} (${state.workflowId}), run ${state.runId}`;
    });
    const result = await (0, run_lifecycle_js_1.startRun)(engine, { workflow: source, inputs, runId: args.runId });
    return finish(result, args, io, session);
}
async function resumeCommand(args, io) {
    const runId = runIdFrom(onePositional(args, 'run id'), 'run id argument');
    const inputs = (0, args_js_1.parseInputPairs)(args.inputs);
    const session = makeEngine(args, io);
    const { engine, style } = session;
    announceOnAccept(session, io, inputs, (state) => {
        return `${style.bold('Resuming run:')} ${state.runId} (${state.workflowId})`;
    });
    const result = await (0, run_lifecycle_js_1.resumeRun)(engine, {
        runId,
        inputs,
        rerunItems: args.rerunItems,
        force: args.force,
        answer: args.answer ?? null
    });
    return finish(result, args, io, session);
}
function finish(result, args, io, session) {
    const { outcome } = result;
    const { style } = session;
    const interrupted = io.signal.aborted && outcome.status === 'paused';
    if (args.json)
        io.stdout.write((0, pyvalue_js_1.standardJson)(outcome, 2) + '\n');
    // With --json the person watching still gets the story, on stderr beside the step lines.
    const out = session.human;
    const command = invocation(io);
    out.write(`\n${(0, terminal_js_1.colourForStatus)(style, outcome.status)(`Status: ${outcome.status}`)}\n`);
    out.write(`${style.dim(`Run ID: ${outcome.run_id}`)}\n`);
    if (outcome.failed_step_id) {
        const label = outcome.status === 'aborted' ? 'Aborted at:' : 'Failed step:';
        out.write(`${style.red(label)} ${outcome.failed_step_id}\n`);
    }
    if (outcome.error)
        out.write(`${style.red('Error:')} ${outcome.error}\n`);
    if (outcome.status === 'failed') {
        out.write(`\nResume with: ${style.cyan(`${command} resume ${outcome.run_id}`)} (once the cause is fixed: the failed step runs again)\n`);
    }
    if (outcome.status === 'paused') {
        if (interrupted)
            out.write('Interrupted; the run was saved.\n');
        const gate = outcome.gate;
        if (gate && gate.message !== null)
            out.write(`Gate ${gate.step_id}: ${gate.message}\n`);
        const answer = (0, outcome_js_1.gateAnswer)(result);
        const resume = `${command} resume ${outcome.run_id}`;
        if (answer !== null && answer.verdictInput === null) {
            // A gate that reads no input is answered by --answer (specflow's), or at a terminal: a
            // plain resume without either would pause again.
            const answerWith = answer.approveWith === null
                ? `${resume} --answer <option>`
                : `${resume} --answer ${(0, shell_words_js_1.quoteShellWord)(answer.approveWith)}`;
            out.write(`\nGate ${answer.stepId} has no verdict_input: resume with ${style.cyan(answerWith)}${optionsNote(answer.options)}, or run ${style.cyan(resume)} in a terminal${args.noPrompt ? ', without --no-prompt,' : ''} to be asked.\n`);
        }
        else {
            // Quoted: option names come from the workflow and the line is meant to be pasted.
            const verdict = answer?.verdictInput && answer.approveWith !== null
                ? ` -i ${(0, shell_words_js_1.quoteShellWord)(`${answer.verdictInput}=${answer.approveWith}`)}`
                : '';
            out.write(`\nResume with: ${style.cyan(`${resume}${verdict}`)}\n`);
            if (answer?.verdictInput && answer.approveWith !== null) {
                out.write(`(or ${style.cyan(`${resume} --answer ${(0, shell_words_js_1.quoteShellWord)(answer.approveWith)}`)}, which sets ${answer.verdictInput})\n`);
            }
        }
    }
    if (result.crash !== null && io.env.SPECFLOW_DEBUG && result.crash instanceof Error) {
        io.stderr.write(`${result.crash.stack ?? result.crash.message}\n`);
    }
    return interrupted ? exports.EXIT_INTERRUPTED : (0, outcome_js_1.exitCodeFor)(outcome.status);
}
/** ` (options: a, b)`: what `--answer` may be, quoted as it is to be pasted; '' for one option. */
function optionsNote(options) {
    if (options.length < 2)
        return '';
    return ` (options: ${options.map((o) => (0, shell_words_js_1.quoteShellWord)(o)).join(', ')})`;
}
/** Rows as columns padded to their widest cell; `colour` styles a cell after padding. */
function table(rows, colour = (_r, _c, cell) => cell) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    return rows
        .map((r, i) => r
        .map((cell, c) => colour(i, c, c === r.length - 1 ? cell : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd())
        .join('\n');
}
function statusCommand(args, io) {
    if (args.positionals.length > 1)
        throw new args_js_1.UsageError('expected at most one run id');
    const style = (0, terminal_js_1.makeStyle)(io.stdout, io.env);
    if (args.positionals.length === 0) {
        const runs = (0, run_record_js_1.listRunRecords)(io.cwd).map(listedRunJson);
        if (args.json) {
            io.stdout.write((0, pyvalue_js_1.standardJson)(runs, 2) + '\n');
            return 0;
        }
        if (runs.length === 0) {
            io.stdout.write('No runs in this project.\n');
            return 0;
        }
        const rows = [
            ['RUN ID', 'STATUS', 'WORKFLOW', 'CURRENT STEP', 'SINCE', 'DETAIL'],
            ...runs.map((run) => [
                run.run_id,
                run.status,
                run.workflow_id ?? '-',
                run.current_step_id ?? '-',
                shownTime(run.waiting_since ?? run.updated_at),
                runDetail(run)
            ].map(tableCell))
        ];
        const coloured = (row, column, cell) => row === 0
            ? style.bold(cell)
            : column === 1
                ? (0, terminal_js_1.colourForStatus)(style, runs[row - 1].status)(cell)
                : cell;
        io.stdout.write(table(rows, coloured) + '\n');
        return 0;
    }
    const { state, definition } = (0, run_record_js_1.loadRunRecord)(io.cwd, runIdFrom(args.positionals[0], 'run id argument'));
    const outcome = (0, outcome_js_1.runOutcome)(state);
    if (args.json) {
        const steps = Object.fromEntries(Object.entries(state.stepResults).map(([id, rec]) => [
            id,
            { type: rec.type, status: rec.status, error: rec.error }
        ]));
        io.stdout.write((0, pyvalue_js_1.standardJson)({ ...outcome, steps }, 2) + '\n');
        return 0;
    }
    io.stdout.write(`Run ${state.runId} of ${state.workflowId}: ${(0, terminal_js_1.colourForStatus)(style, state.status)(state.status)}\n`);
    io.stdout.write(`Current step: ${state.currentStepId ?? '-'} (index ${state.currentStepIndex})\n`);
    const halted = outcome.failed_step_id ?? null;
    // The steps holding the one that failed (its fan-out, loop, branch) say completed in their
    // own records, as in the reference: each is marked as stopped by it.
    const enclosing = halted === null || definition === null ? [] : (0, outcome_js_1.enclosingSteps)(definition.steps, halted);
    if (halted !== null) {
        const label = outcome.status === 'aborted' ? 'Aborted at:' : 'Failed step:';
        io.stdout.write(`${style.red(label)} ${halted}\n`);
    }
    if (outcome.error)
        io.stdout.write(`${style.red('Error:')} ${outcome.error}\n`);
    const waiting = (0, waiting_js_1.waitingView)({ state, definition });
    if (waiting.reason === 'gate' || waiting.reason === 'interrupted') {
        const what = waiting.reason === 'gate'
            ? `gate ${waiting.gate}${waiting.message === null ? '' : `: ${tableCell(waiting.message)}`}`
            : 'interrupted: resume to go on';
        io.stdout.write(`Waiting since ${shownTime(waiting.waiting_since)} at ${what}\n`);
    }
    if (outcome.distribution !== undefined) {
        const { step_id: at, shards, items } = outcome.distribution;
        io.stdout.write(`Distributed: fan-out ${at}, ${items} item${items === 1 ? '' : 's'} in ${shards} shard${shards === 1 ? '' : 's'} for matrix jobs, waiting for its gather\n`);
    }
    const entries = Object.entries(state.stepResults);
    if (entries.length === 0)
        return 0;
    const rows = [
        ['STATUS', 'STEP', 'TYPE', ''],
        ...entries.map(([id, rec]) => [
            String(rec.status),
            id,
            String(rec.type),
            halted === null
                ? ''
                : id === halted
                    ? `<- ${outcome.status === 'aborted' ? 'aborted' : 'failed'} the run`
                    : enclosing.includes(id)
                        ? `(stopped by ${halted})`
                        : ''
        ])
    ];
    const coloured = (row, column, cell) => row === 0
        ? style.bold(cell)
        : column === 0
            ? (0, terminal_js_1.colourForStatus)(style, String(entries[row - 1][1].status))(cell)
            : cell;
    io.stdout.write(table(rows, coloured) + '\n');
    return 0;
}
function listedRunJson(listed) {
    if ('error' in listed) {
        return {
            run_id: listed.runId,
            workflow_id: null,
            status: 'damaged',
            current_step_id: null,
            updated_at: null,
            reason: null,
            gate: null,
            message: null,
            waiting_since: null,
            error: listed.error
        };
    }
    const view = (0, waiting_js_1.waitingView)(listed.record);
    return {
        run_id: view.run_id,
        workflow_id: view.workflow_id,
        status: view.status,
        current_step_id: view.current_step_id,
        updated_at: view.updated_at,
        reason: view.reason,
        gate: view.gate,
        message: view.message,
        waiting_since: view.waiting_since,
        error: listed.record.state.error
    };
}
/**
 * The list's last column: what a paused run waits for, or what went wrong. A gate's message and
 * a run's error are cut short (the run's own status shows them whole); why a damaged run does not
 * load is shown whole, its file named first.
 */
function runDetail(run) {
    if (run.status === 'damaged')
        return `cannot load: ${tableCell(run.error ?? '')}`;
    switch (run.reason) {
        case 'gate':
            return run.message === null
                ? `gate ${run.gate}`
                : `gate ${run.gate}: ${cutShort(tableCell(run.message))}`;
        case 'interrupted':
            return 'interrupted: resume to go on';
        case 'distributed':
            return `gather of fan-out ${run.current_step_id ?? ''}`;
        case 'other':
            return 'a resume';
    }
    return run.error === null ? '' : `error: ${cutShort(tableCell(run.error))}`;
}
/** The longest message the run list shows before it is cut with an ellipsis. */
const MAX_MESSAGE_CHARS = 60;
function cutShort(text) {
    const chars = Array.from(text);
    return chars.length <= MAX_MESSAGE_CHARS
        ? text
        : `${chars.slice(0, MAX_MESSAGE_CHARS - 1).join('')}…`;
}
/**
 * Text from a run (a gate's message is workflow text, an error may quote a file) as one table
 * cell: on one line, and without control characters, a terminal's escapes among them.
 */
function tableCell(text) {
    return (0, show_file_js_1.stripControl)(text.replace(/\s+/g, ' ')).trim();
}
/** A state timestamp as the list shows it, to the second in UTC; '-' for none. */
function shownTime(timestamp) {
    if (timestamp === null || timestamp === '')
        return '-';
    const time = Date.parse(timestamp);
    if (Number.isNaN(time))
        return timestamp;
    return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
function validateCommand(args, io) {
    const source = onePositional(args, 'workflow (file or installed id)');
    const engine = new engine_js_1.WorkflowEngine({ projectRoot: io.cwd, env: io.env });
    let definition;
    let errors = [];
    try {
        definition = (0, run_lifecycle_js_1.loadValidWorkflow)(engine, source);
    }
    catch (err) {
        if (!(err instanceof run_lifecycle_js_1.InvalidWorkflowError))
            throw err;
        definition = err.definition;
        errors = err.errors;
    }
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
    if (status === 'failed' || status === 'aborted' || status === 'damaged')
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
        stepFinished({ stepId, status, record, depth }) {
            topLevel.end();
            // A failure is marked where it happened: among concurrent items the last line printed is
            // seldom the item that failed.
            if (status !== 'failed' || options.quietSteps)
                return;
            const error = typeof record?.error === 'string' && record.error !== '' ? `: ${record.error}` : '';
            out.write(`${'  '.repeat(depth)}  ${style.red('✗')} [${stepId}] failed${error}\n`);
        },
        itemOutput({ itemId }) {
            const sink = prefixedLineSink(out, `    ${style.dim(`[${itemId}]`)} `);
            sinks.set(itemId, sink);
            return sink;
        },
        itemFinished({ itemId }) {
            sinks.get(itemId)?.end();
            sinks.delete(itemId);
        },
        notice(message) {
            out.write(`${style.yellow('!')} ${message}\n`);
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

/***/ 3882:
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
exports.packageVersion = packageVersion;
/**
 * The version `specflow --version` prints: the package's own, read from its package.json at run
 * time (two folders up from both the tsc build and the bundle), so it never drifts from a copy.
 */
const node_fs_1 = __nccwpck_require__(3024);
const path = __importStar(__nccwpck_require__(6760));
const node_url_1 = __nccwpck_require__(3136);
const PACKAGE_NAME = 'specflow-action';
function packageVersion() {
    let dir = path.dirname((0, node_url_1.fileURLToPath)(import.meta.url));
    for (let up = 0; up < 4; up++) {
        try {
            const pkg = JSON.parse((0, node_fs_1.readFileSync)(path.join(dir, 'package.json'), 'utf8'));
            if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string')
                return pkg.version;
        }
        catch {
            // No package.json here (or not ours): look one folder up.
        }
        dir = path.dirname(dir);
    }
    return 'unknown';
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
        groups: options.groups,
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
exports.mergeOptions = mergeOptions;
/**
 * Settings shared by the agent steps (`command`, `prompt`): which
 * integration and model a step uses (their `timeout` is read with the
 * shell step's, by `timeoutIssue` in steps/step-config.ts).
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
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
/** A key from integration.json, stripped as Python strips; null when it is not a non-blank string. */
function cleanIntegrationKey(key) {
    if (typeof key !== 'string')
        return null;
    const stripped = (0, pyvalue_js_1.pyStrip)(key);
    return stripped === '' ? null : stripped;
}
/** Newest integration.json schema this code understands. */
const INTEGRATION_STATE_SCHEMA = 1;
/**
 * The project's default AI integration as recorded by `specify init` in
 * `.specify/integration.json`: `default_integration`, else the legacy
 * `integration`, else the first of `installed_integrations`. Null when the
 * file is missing, not UTF-8, not JSON (Python's json: NaN/Infinity are
 * accepted, a byte-order mark or a raw control character is not), not an
 * object, or written by a newer schema. The one reader for both
 * `integration: auto` and the agent steps, so they cannot pick different CLIs.
 */
function readProjectIntegration(projectRoot) {
    let text;
    try {
        const bytes = fs.readFileSync(path.join(projectRoot, '.specify', 'integration.json'));
        // Python reads it as strict UTF-8 and keeps a byte-order mark (which json then rejects).
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return null;
    }
    let data;
    try {
        data = (0, pyvalue_js_1.pyJsonLoads)(text);
    }
    catch {
        return null;
    }
    if (!(0, pyvalue_js_1.isDict)(data))
        return null;
    const schema = data.integration_state_schema;
    // A file written by a newer spec-kit may mean something else.
    if ((0, pyvalue_js_1.isPyInt)(schema) && schema > INTEGRATION_STATE_SCHEMA)
        return null;
    const chosen = cleanIntegrationKey(data.default_integration) ?? cleanIntegrationKey(data.integration);
    if (chosen !== null)
        return chosen;
    const installed = Array.isArray(data.installed_integrations) ? data.installed_integrations : [];
    for (const key of installed) {
        const clean = cleanIntegrationKey(key);
        if (clean !== null)
            return clean;
    }
    return null;
}
/**
 * The merged options: the workflow's defaults, overridden key by key by the
 * step's, in Python's order (`dict.update` keeps a key where it first was).
 */
function mergeOptions(workflowDefaults, stepOptions) {
    const merged = {};
    const order = [];
    for (const source of [(0, pyvalue_js_1.isDict)(workflowDefaults) ? workflowDefaults : {}, stepOptions]) {
        for (const key of (0, pyvalue_js_1.pyKeys)(source)) {
            if (!(0, pyvalue_js_1.hasKey)(merged, key))
                order.push(key);
            (0, pyvalue_js_1.setKey)(merged, key, source[key]);
        }
    }
    (0, pyvalue_js_1.recordPyKeyOrder)(merged, order);
    return merged;
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
const output_tail_js_1 = __nccwpck_require__(1976);
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
        output: context.output,
        groups: context.processGroups
    });
    if (!run) {
        return {
            dispatched: false,
            reason: `${ready.integration.name} could not be started from ${JSON.stringify(ready.executablePath)}`
        };
    }
    return { dispatched: true, run, agentName: ready.integration.name };
}
/** How much of an agent's stderr a failure's error message quotes. */
const ERROR_TAIL_LINES = 20;
const ERROR_TAIL_CHARS = 2000;
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
        const tail = (0, output_tail_js_1.outputTail)(run.stderr, ERROR_TAIL_LINES, ERROR_TAIL_CHARS);
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

/***/ 7854:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeBreather = makeBreather;
/**
 * Steps that start no process (`if`, `switch`, a loop over them) resolve as microtasks only,
 * which starves the event loop: no signal is handled and no coalesced state write happens until
 * the whole sequence ends. A breather gives the loop a turn every few milliseconds.
 */
const BREATH_INTERVAL_MS = 20;
/** A function to await between units of work; it yields once per interval, else returns at once. */
function makeBreather(intervalMs = BREATH_INTERVAL_MS) {
    let last = performance.now();
    return async () => {
        if (performance.now() - last < intervalMs)
            return;
        await new Promise((resolve) => setImmediate(resolve));
        last = performance.now();
    };
}


/***/ }),

/***/ 6545:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.conditionIsNeverEvaluated = conditionIsNeverEvaluated;
exports.conditionHasMalformedExpressionBlock = conditionHasMalformedExpressionBlock;
exports.suggestedConditionCorrection = suggestedConditionCorrection;
exports.conditionFixHint = conditionFixHint;
/**
 * Checks on a step's `condition` text before the run: whether it is ever
 * evaluated at all, whether a `{{` in it cannot be closed, and, for one that
 * is never evaluated, whether wrapping it in one `{{ }}` block would give the
 * expression that was evidently meant (the hint offers the fix only then).
 * The rules are the reference's; the walks over the text mirror the
 * evaluator's (expressions.ts), through the same scanner.
 */
const expression_scanner_js_1 = __nccwpck_require__(217);
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
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
        const close = (0, expression_scanner_js_1.findBlockClose)(text, start);
        if (close === -1)
            return text.indexOf('}}', start + 2) !== -1 ? 'evaluated' : 'verbatim';
        i = close + 2;
    }
}
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
    let copied = 0;
    (0, expression_scanner_js_1.scanUnquoted)(text, 0, (i) => {
        if (!text.startsWith('{{', i) && !text.startsWith('}}', i))
            return 1;
        let end = i + 2;
        while (end < text.length && (0, pyvalue_js_1.pyIsSpace)(text[end]))
            end++;
        out += text.slice(copied, i);
        let kept = out.length;
        while (kept > 0 && (0, pyvalue_js_1.pyIsSpace)(out[kept - 1]))
            kept--;
        out = out.slice(0, kept) + ' ';
        copied = end;
        return end - i;
    });
    return out + text.slice(copied);
}
const BOOLEAN_OPERATORS = [' or ', ' and '];
const SPACED_OPERATORS = [...BOOLEAN_OPERATORS, ...expressions_js_1.COMPARISON_OPERATORS].filter((op) => op.startsWith(' '));
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
    for (const op of [...BOOLEAN_OPERATORS, ...expressions_js_1.COMPARISON_OPERATORS]) {
        if ((0, expression_scanner_js_1.findTopLevel)(stripped, op) === -1)
            continue;
        if ((0, expression_scanner_js_1.splitTopLevel)(stripped, op).some((segment) => (0, pyvalue_js_1.pyStrip)(segment) === ''))
            return true;
    }
    return ((0, expression_scanner_js_1.findTopLevel)(stripped, '|') !== -1 &&
        (0, expression_scanner_js_1.splitTopLevel)(stripped, '|').some((segment) => (0, pyvalue_js_1.pyStrip)(segment) === ''));
}
const NAMESPACE_ROOTS = ['inputs', 'steps', 'item', 'fan_in', 'context'];
const PATH_SEGMENT = /^[\p{L}\p{N}_-]+(\[\p{Nd}+\])?\n?$/u;
const INDEXED_ROOT = /^([\p{L}\p{N}_-]+)\[\p{Nd}+\]$/u;
function isLiteral(text) {
    if ((0, expressions_js_1.isStringLiteral)(text))
        return true;
    const lower = text.toLowerCase();
    return ['true', 'false', 'none', 'null'].includes(lower) || (0, expressions_js_1.numericLiteral)(text) !== undefined;
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
    if ((0, expression_scanner_js_1.findTopLevel)(stripped, '|') !== -1) {
        const [head, ...filters] = (0, expression_scanner_js_1.splitTopLevel)(stripped, '|');
        const reason = unresolvableTerm(head);
        if (reason !== null)
            return reason;
        for (const filter of filters) {
            const call = expressions_js_1.FILTER_CALL.exec((0, pyvalue_js_1.pyStrip)(filter));
            if (call === null)
                continue; // left for the evaluator probe to judge
            const argReason = unresolvableTerm(call[2]);
            if (argReason !== null)
                return argReason;
        }
        return null;
    }
    for (const op of BOOLEAN_OPERATORS) {
        const idx = (0, expression_scanner_js_1.findTopLevel)(stripped, op);
        if (idx !== -1) {
            return (unresolvableTerm(stripped.slice(0, idx)) ??
                unresolvableTerm(stripped.slice(idx + op.length)));
        }
    }
    if (stripped.startsWith('not '))
        return unresolvableTerm(stripped.slice(4));
    for (const op of expressions_js_1.COMPARISON_OPERATORS) {
        const idx = (0, expression_scanner_js_1.findTopLevel)(stripped, op);
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
        for (const element of (0, expression_scanner_js_1.splitTopLevel)(inner, ',')) {
            if ((0, pyvalue_js_1.pyStrip)(element) === '')
                continue;
            const reason = unresolvableTerm(element);
            if (reason !== null)
                return reason;
        }
        return null;
    }
    const segments = (0, expression_scanner_js_1.splitTopLevel)(stripped, '.');
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
        (0, expressions_js_1.evaluateSimple)(text, probe);
    }
    catch (err) {
        if (err instanceof expressions_js_1.FilterFormError)
            return err.summary;
    }
    return null;
}
/** Why wrapping `core` in `{{ }}` would not give the intended expression, or null when it would. */
function wrappingWouldNotRepair(core) {
    if (core === '')
        return 'there is no expression in it to wrap';
    if ((0, expression_scanner_js_1.hasUnbalancedQuote)(core))
        return 'a quote in it is never closed';
    if ((0, expression_scanner_js_1.hasUnbalancedBracket)(core))
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

/***/ 1185:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WorkflowDefinition = void 0;
exports.loadWorkflowFile = loadWorkflowFile;
exports.readWorkflowText = readWorkflowText;
/**
 * A workflow definition as read from YAML, with the reference's header
 * defaults. Fields hold the raw parsed values (they may be malformed until
 * `validateWorkflow` has checked them), so they are typed `unknown`.
 */
const files_js_1 = __nccwpck_require__(4817);
const pyvalue_js_1 = __nccwpck_require__(610);
const yaml_source_js_1 = __nccwpck_require__(6293);
const yaml_writer_js_1 = __nccwpck_require__(9759);
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
        return (0, yaml_writer_js_1.dumpYaml)(this.data);
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
    return WorkflowDefinition.fromString(readWorkflowText(path), path);
}
/** A workflow file's text: a regular file of UTF-8. Throws WorkflowLoadError naming the file. */
function readWorkflowText(path) {
    let bytes;
    try {
        bytes = (0, files_js_1.readRegularFile)(path);
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
    return text;
}


/***/ }),

/***/ 2450:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_SHARDS = void 0;
exports.newDistributionId = newDistributionId;
exports.planShards = planShards;
exports.indexRanges = indexRanges;
exports.distributionJson = distributionJson;
exports.parseDistribution = parseDistribution;
exports.gatheredItemJson = gatheredItemJson;
exports.templateStepIds = templateStepIds;
exports.checkGatheredItem = checkGatheredItem;
/**
 * A fan-out handed to other jobs: its items are split into shards, each shard runs in a job of
 * its own (a GitHub Actions matrix), and a gather records what they gave as the engine would
 * have recorded the fan-out run in place (fan-out.ts, `gather` mode).
 *
 * What a shard hands back is hostile data (another job wrote it, into a cache others can write
 * to), so `checkGatheredItem` admits only records an item of this template can write.
 */
const node_crypto_1 = __nccwpck_require__(7598);
const item_reuse_js_1 = __nccwpck_require__(3494);
const pyvalue_js_1 = __nccwpck_require__(610);
const step_tree_js_1 = __nccwpck_require__(7475);
const types_js_1 = __nccwpck_require__(3171);
/** GitHub's limit on the jobs one matrix makes. */
exports.MAX_SHARDS = 256;
function newDistributionId() {
    return (0, node_crypto_1.randomBytes)(6).toString('hex');
}
/**
 * Split the items to run into at most MAX_SHARDS shards of consecutive indexes, as even as can
 * be: one item per shard up to the limit, then neighbours share.
 */
function planShards(pending) {
    const count = Math.min(pending.length, exports.MAX_SHARDS);
    const shards = [];
    let at = 0;
    for (let n = 0; n < count; n++) {
        const size = Math.floor(pending.length / count) + (n < pending.length % count ? 1 : 0);
        shards.push(pending.slice(at, at + size));
        at += size;
    }
    return shards;
}
/** Indexes as a short label: "0-3, 7, 9-10". */
function indexRanges(indexes) {
    const parts = [];
    for (let i = 0; i < indexes.length;) {
        let j = i;
        while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1)
            j++;
        parts.push(j === i ? String(indexes[i]) : `${indexes[i]}-${indexes[j]}`);
        i = j + 1;
    }
    return parts.join(', ');
}
function distributionJson(d) {
    return {
        id: d.id,
        step_id: d.stepId,
        shards: d.shards,
        window: d.window,
        item_count: d.itemCount,
        ...(d.applied.length === 0 ? {} : { applied: d.applied })
    };
}
const isIndex = (v) => Number.isSafeInteger(v) && v >= 0;
/** The distribution a state holds, or why it is not one (a clause). */
function parseDistribution(value) {
    if (!(0, pyvalue_js_1.isDict)(value))
        return 'must be an object';
    const { id, step_id: stepId, shards, window, item_count: itemCount, applied = [] } = value;
    if (typeof id !== 'string' || !/^[a-z0-9]{1,32}$/.test(id))
        return 'has a malformed id';
    if (typeof stepId !== 'string' || stepId === '')
        return 'has no step_id';
    if (!isIndex(itemCount))
        return 'has a malformed item_count';
    if (!Number.isSafeInteger(window) || window < 1)
        return 'has a malformed window';
    if (!Array.isArray(shards) || shards.length === 0 || shards.length > exports.MAX_SHARDS) {
        return `must list 1 to ${exports.MAX_SHARDS} shards`;
    }
    const seen = new Set();
    for (const shard of shards) {
        if (!Array.isArray(shard) || shard.length === 0)
            return 'has an empty or malformed shard';
        for (const index of shard) {
            if (!isIndex(index) || index >= itemCount || seen.has(index)) {
                return 'has a shard with a malformed, repeated or out-of-range item index';
            }
            seen.add(index);
        }
    }
    if (!Array.isArray(applied) ||
        applied.some((index, i) => !seen.has(index) || (i > 0 && index <= applied[i - 1]))) {
        return 'has a malformed applied list (ascending item indexes of its shards)';
    }
    return {
        id,
        stepId,
        shards: shards,
        window: window,
        itemCount: itemCount,
        applied: applied
    };
}
/** One item as a shard's result file holds it (JSON, snake_case). */
function gatheredItemJson(item) {
    return {
        records: item.records.map(([id, record, timing]) => [id, record, timing]),
        reuse: item.reuse,
        current: item.current,
        halt: item.halt === null
            ? null
            : { status: item.halt.status, error: item.halt.error, step_id: item.halt.stepId }
    };
}
/**
 * The ids the steps nested in a fan-out's template record under (they keep their own ids in
 * every item), with each one's type.
 */
function templateStepIds(template, stepTypes) {
    const ids = new Map();
    let first = true;
    for (const step of (0, step_tree_js_1.walkStep)(template, 0, stepTypes)) {
        // The template itself records under the item's id.
        if (!first)
            ids.set(step.id, (0, pyvalue_js_1.pyStr)((0, step_tree_js_1.stepTypeOf)(step.config)));
        first = false;
    }
    return ids;
}
const HALT_STATUSES = [types_js_1.RunStatus.Paused, types_js_1.RunStatus.Failed, types_js_1.RunStatus.Aborted];
const STEP_STATUSES = Object.values(types_js_1.StepStatus);
/**
 * Read one item of a shard's result back, admitting only what item `itemId` of this fan-out can
 * have written: records under its own ids or under ids its template declares (nested steps keep
 * their plain ids), with a known status, a gate only as waiting (a shard never answers a gate:
 * anything else is forged), its own record present unless it stopped short and of its
 * template's type (`itemType`), a halt only at one of its steps. Returns the item,
 * or why it is refused (a clause).
 */
function checkGatheredItem(value, itemId, itemType, templateIds) {
    // A loop or fan-out nested in the template records its passes and items under its id.
    const itemsStep = (id) => (0, item_reuse_js_1.isPrivateTo)(itemId, id) ||
        templateIds.has(id) ||
        [...templateIds.keys()].some((declared) => id.startsWith(`${declared}:`));
    if (!(0, pyvalue_js_1.isDict)(value))
        return 'is not an object';
    const { records, reuse, current, halt } = value;
    if (!Array.isArray(records))
        return 'has no list of records';
    const checked = [];
    for (const entry of records) {
        if (!Array.isArray(entry) || entry.length !== 3)
            return 'has a malformed record';
        const [id, record, timing] = entry;
        if (typeof id !== 'string')
            return 'has a record without an id';
        if (!itemsStep(id)) {
            return `writes the record ${JSON.stringify(id)}, which is not one of this item's steps`;
        }
        if (!(0, pyvalue_js_1.isDict)(record) || typeof record.type !== 'string') {
            return `has a malformed record ${JSON.stringify(id)}`;
        }
        // The item itself records as its template's type (a fan-out of gates records gates).
        const declared = id === itemId ? itemType : templateIds.get(id);
        if (declared !== undefined && declared !== record.type) {
            return `has a ${record.type} record under ${JSON.stringify(id)}, which the template declares as ${declared}`;
        }
        if (typeof record.status !== 'string' || !STEP_STATUSES.includes(record.status)) {
            return `has a record ${JSON.stringify(id)} with an unknown status`;
        }
        if (record.type === 'gate' && record.status !== types_js_1.StepStatus.Paused) {
            return `has a gate ${JSON.stringify(id)} that is ${String(record.status)}, but a shard never answers a gate`;
        }
        const goodTiming = timing === null ||
            ((0, pyvalue_js_1.isDict)(timing) &&
                typeof timing.started_at === 'string' &&
                typeof timing.finished_at === 'string');
        if (!goodTiming)
            return `has a malformed timing for ${JSON.stringify(id)}`;
        checked.push([id, record, timing]);
    }
    if (reuse !== null && !(0, pyvalue_js_1.isDict)(reuse))
        return 'has a malformed reuse entry';
    if (typeof current !== 'string' || !itemsStep(current)) {
        return 'has a malformed current step';
    }
    let stop = null;
    if (halt !== null) {
        if (!(0, pyvalue_js_1.isDict)(halt) || typeof halt.status !== 'string' || !HALT_STATUSES.includes(halt.status)) {
            return 'has a malformed halt';
        }
        const error = halt.error ?? null;
        if (error !== null && typeof error !== 'string')
            return 'has a malformed halt';
        if (typeof halt.step_id !== 'string' || !itemsStep(halt.step_id)) {
            return 'has a malformed halt';
        }
        stop = { status: halt.status, error, stepId: halt.step_id };
    }
    if (stop === null && !checked.some(([id]) => id === itemId)) {
        return 'has no record of the item itself';
    }
    const kept = reuse !== null && backedReuse(reuse, itemId, checked, current) ? reuse : null;
    return { records: checked, reuse: kept, current, halt: stop };
}
/**
 * Whether a gathered item's reuse entry says only what its admitted records say. A resume that
 * reuses the item writes the entry's `shared` records and moves the run to its `current` step
 * (item-reuse.ts), so an entry the records do not back could write any step's record. The entry
 * an honest shard saves is made from those very records: every one completed and no gate, its
 * digests theirs, its shared records and current step among them. One that is not is dropped
 * (the item then runs again on a resume), not refused: the records themselves were admitted.
 */
function backedReuse(reuse, itemId, records, current) {
    const written = new Map(records.map(([id, record]) => [id, record]));
    const own = written.get(itemId);
    if (own === undefined || reuse.record !== (0, item_reuse_js_1.digest)(own))
        return false;
    if ((0, pyvalue_js_1.getOr)(reuse, 'current', itemId) !== current)
        return false;
    for (const record of written.values()) {
        if (record.status !== types_js_1.StepStatus.Completed || record.type === 'gate')
            return false;
    }
    const privates = (0, pyvalue_js_1.getOr)(reuse, 'private', {});
    if (!(0, pyvalue_js_1.isDict)(privates))
        return false;
    for (const [id, expected] of Object.entries(privates)) {
        const record = written.get(id);
        if (id === itemId || !(0, item_reuse_js_1.isPrivateTo)(itemId, id) || record === undefined)
            return false;
        if (expected !== (0, item_reuse_js_1.digest)(record))
            return false;
    }
    const shared = (0, pyvalue_js_1.getOr)(reuse, 'shared', []);
    if (!Array.isArray(shared))
        return false;
    for (const pair of shared) {
        if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string')
            return false;
        const record = written.get(pair[0]);
        if (record === undefined || (0, item_reuse_js_1.isPrivateTo)(itemId, pair[0]))
            return false;
        if ((0, item_reuse_js_1.digest)(pair[1]) !== (0, item_reuse_js_1.digest)(record))
            return false;
    }
    return true;
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
exports.WorkflowEngine = void 0;
/**
 * The workflow engine: runs a validated definition step by step, records
 * every result in the run state, halts on pause/failure/abort, and resumes
 * from the step that stopped. Semantics follow spec-kit's engine; see
 * fan-out.ts for concurrent fan-out.
 */
const fs = __importStar(__nccwpck_require__(3024));
const os = __importStar(__nccwpck_require__(8161));
const path = __importStar(__nccwpck_require__(6760));
const yaml_source_js_1 = __nccwpck_require__(6293);
const yaml_writer_js_1 = __nccwpck_require__(9759);
const definition_js_1 = __nccwpck_require__(1185);
const validate_js_1 = __nccwpck_require__(6082);
const inputs_js_1 = __nccwpck_require__(5545);
const expressions_js_1 = __nccwpck_require__(6025);
const fan_out_js_1 = __nccwpck_require__(7662);
const distribution_js_1 = __nccwpck_require__(2450);
const step_tree_js_1 = __nccwpck_require__(7475);
const item_reuse_js_1 = __nccwpck_require__(3494);
const breath_js_1 = __nccwpck_require__(7854);
const outcome_js_1 = __nccwpck_require__(938);
const resume_point_js_1 = __nccwpck_require__(3688);
const run_lock_js_1 = __nccwpck_require__(4635);
const index_js_1 = __nccwpck_require__(2734);
const pyvalue_js_1 = __nccwpck_require__(610);
const ids_js_1 = __nccwpck_require__(7744);
const run_state_js_1 = __nccwpck_require__(5039);
const types_js_1 = __nccwpck_require__(3171);
const silentSink = { stdout() { }, stderr() { } };
/** Python's `a or b or c`: the first truthy operand, else the last. */
function pyOr(...values) {
    for (const v of values.slice(0, -1))
        if ((0, pyvalue_js_1.pyTruthy)(v))
            return v;
    return values[values.length - 1];
}
/**
 * How a list stopped, seen after nested steps returned: their own halt, or
 * one another fan-out item reached meanwhile. `skips` says whether stopping
 * here leaves out steps that would otherwise run (later steps of the list,
 * loop passes, fan-out items): inside a fan-out item such a result is
 * partial and must not be reused.
 */
function stoppedBy(own, session, context, skips) {
    const halt = own ?? session.halting;
    if (halt !== null && skips)
        context.itemTrace?.spoil();
    return halt;
}
/** Note `halt` as the drive's first halt if none came before, and hand it back. */
function halted(session, halt) {
    session.halting ??= halt;
    return halt;
}
function pgids(groups) {
    return groups.map((g) => g.pgid).join(', ');
}
/** Say in the run's log which groups of a killed driver were ended before it went on. */
function logOrphans(state, lock, orphans) {
    if (orphans === null || (orphans.ended.length === 0 && orphans.survived.length === 0))
        return;
    const previous = lock.previous;
    state.log({
        event: 'orphans_ended',
        previous_driver: previous && { pid: previous.pid, hostname: previous.hostname },
        process_groups: orphans.ended.map((g) => g.pgid),
        survived: orphans.survived.map((g) => g.pgid)
    });
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
        return this.live?.state ?? null;
    }
    /** The definition the live run executes (the run's saved copy on a resume); null as liveState. */
    get liveDefinition() {
        return this.live?.definition ?? null;
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
        this.live = null;
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
        // Starting over would silently replace a run's saved state.
        const exists = () => fs.existsSync(path.join(dir, 'state.json'));
        const refuse = () => {
            throw new types_js_1.WorkflowError(`run ${id} already exists: resume it, or choose another run id`);
        };
        if (exists())
            refuse();
        const { lock, orphans } = await this.lockRun(id, 'run');
        try {
            // Asked again under the lock: a start with the same id may have won meanwhile.
            if (exists())
                refuse();
            return await this.executeLocked(definition, id, resolved, lock, orphans);
        }
        finally {
            lock.release();
        }
    }
    async executeLocked(definition, id, resolved, lock, orphans) {
        const dir = (0, run_state_js_1.runDirectory)(this.projectRoot, id);
        const state = new run_state_js_1.RunState({
            runId: id,
            workflowId: definition.id,
            projectRoot: this.projectRoot,
            coalesceMs: this.options.persistIntervalMs
        });
        fs.mkdirSync(dir, { recursive: true });
        // The run keeps its own copy of the definition so resume works even if the source moves.
        const definitionText = (0, yaml_writer_js_1.dumpYaml)(definition.data);
        fs.writeFileSync(path.join(dir, 'workflow.yml'), definitionText, 'utf8');
        state.inputs = resolved;
        state.workflowDir = definition.sourcePath
            ? path.dirname(path.resolve(definition.sourcePath))
            : null;
        state.status = types_js_1.RunStatus.Running;
        state.runner = (0, run_state_js_1.currentRunner)();
        logOrphans(state, lock, orphans);
        state.checkpoint();
        const context = this.makeContext(definition, state, lock);
        return this.drive({
            state,
            reusable: new Map(),
            definitionDigest: (0, item_reuse_js_1.definitionDigest)(definitionText),
            definitionFile: definition.sourcePath,
            halting: null,
            crashedStepId: null,
            answer: { pending: null }
        }, definition, definition.steps, context, 0, 'workflow_failed');
    }
    /** Continue a paused or failed run from the step where it stopped. */
    async resume(runId, inputs = {}, options = {}) {
        this.live = null;
        (0, run_state_js_1.assertValidRunId)(runId);
        // Taken before the state is read: a resume that lost the race must not act on what it read.
        const { lock, orphans } = await this.lockRun(runId, 'resume', options.force === true);
        try {
            return await this.resumeLocked(runId, inputs, options, lock, orphans);
        }
        finally {
            lock.release();
        }
    }
    async resumeLocked(runId, inputs, options, lock, orphans) {
        const state = run_state_js_1.RunState.load(runId, this.projectRoot, this.options.persistIntervalMs);
        // A run left `running` by a process that was killed (SIGKILL, a crash, a lost
        // machine) would otherwise be stuck forever: treat it as interrupted. The lock
        // this resume took over proves its holder gone even where the pid was reused.
        const previous = lock.previous;
        const orphaned = state.status === types_js_1.RunStatus.Running &&
            ((0, run_state_js_1.runnerIsGone)(state.runner) ||
                (previous !== null &&
                    state.runner !== null &&
                    state.runner.pid === previous.pid &&
                    state.runner.hostname === previous.hostname));
        // A driver on another host cannot be seen from here: only --force says it is gone.
        const forced = !orphaned &&
            options.force === true &&
            state.status === types_js_1.RunStatus.Running &&
            state.runner !== null &&
            state.runner.hostname !== os.hostname();
        if (state.status === types_js_1.RunStatus.Running && !orphaned && !forced) {
            const by = state.runner
                ? ` by pid ${state.runner.pid} on ${state.runner.hostname}`
                : ' by a process it does not name';
            throw new types_js_1.RunDrivenElsewhereError(`run ${runId} is running${by}; only someone who knows that process is gone may take it over`, runId);
        }
        if (!orphaned && !forced && !(0, run_state_js_1.isResumable)(state.status)) {
            throw new types_js_1.WorkflowError(`run ${runId} is ${state.status}; only paused or failed runs can be resumed`);
        }
        const copy = path.join(state.runDir, 'workflow.yml');
        const hasCopy = fs.existsSync(copy);
        // What the run executes now, compared with what its items ran with: the
        // saved copy as it is on disk, else the installed workflow as the copy would be.
        let definition;
        let definitionText;
        if (hasCopy) {
            definitionText = (0, definition_js_1.readWorkflowText)(copy);
            definition = definition_js_1.WorkflowDefinition.fromString(definitionText, copy);
        }
        else {
            definition = this.loadWorkflow(state.workflowId);
            definitionText = (0, yaml_writer_js_1.dumpYaml)(definition.data);
        }
        const defaultsErrors = (0, validate_js_1.dispatchDefaultErrors)(definition);
        if (defaultsErrors.length > 0)
            throw new types_js_1.WorkflowError(defaultsErrors.join(' '));
        if (!Array.isArray(definition.steps)) {
            // Validated when the run started; a copy changed since cannot be resumed.
            throw new types_js_1.WorkflowError(`the workflow of run ${runId} (${hasCopy ? copy : state.workflowId}) has no list of steps`);
        }
        const steps = definition.steps;
        // The state may come from outside (a copied folder, a cache entry): it must not skip steps.
        // In strict mode a saved verdict never passes a gate, so one left in the input is no threat.
        (0, resume_point_js_1.assertResumePoint)(state, steps, this.stepTypes, {
            savedVerdictPasses: this.options.answeredGatesOnly !== true
        });
        const answered = this.gateAnswerFor(state, definition, inputs, options.answer ?? null);
        const role = distributedRole(state, options);
        // Any other resume runs the fan-out itself, or hands it out afresh.
        if (role === undefined)
            state.distribution = null;
        let merged = inputs;
        if (answered !== null && answered.verdictInput !== null) {
            merged = { ...inputs };
            (0, pyvalue_js_1.setKey)(merged, answered.verdictInput, answered.answer);
        }
        if (Object.keys(merged).length > 0) {
            state.inputs = (0, inputs_js_1.resolveInputs)(definition, { ...state.inputs, ...merged }, this.projectRoot);
        }
        // A shard or a gather keeps what the distribution kept: the items it handed out are the
        // ones without a result to keep, and the gather takes the others as they were.
        const reusable = new Map(options.rerunItems === true && role === undefined ? [] : Object.entries(state.fanOutReuse));
        await options.beforeContinue?.({ state, definition, definitionText, fromCopy: hasCopy });
        // Logged only now: a refused resume leaves the run as it was, its log included.
        if (orphaned || forced) {
            state.log({ event: 'run_recovered', previous_runner: state.runner, forced });
        }
        if (answered !== null) {
            state.log({
                event: 'gate_answered',
                step_id: answered.stepId,
                answer: answered.answer,
                verdict_input: answered.verdictInput
            });
        }
        state.error = null;
        state.failedStepId = null;
        state.status = types_js_1.RunStatus.Running;
        state.runner = (0, run_state_js_1.currentRunner)();
        logOrphans(state, lock, orphans);
        state.checkpoint();
        // A gate with verdict_input reads the answer from its input, unless in strict mode.
        const handed = answered !== null &&
            (answered.verdictInput === null || this.options.answeredGatesOnly === true)
            ? { stepId: answered.stepId, answer: answered.answer }
            : null;
        const answer = { pending: handed };
        const context = this.makeContext(definition, state, lock, answer);
        const offset = state.currentStepIndex;
        const session = {
            state,
            reusable,
            definitionDigest: (0, item_reuse_js_1.definitionDigest)(definitionText),
            definitionFile: definition.sourcePath,
            halting: null,
            crashedStepId: null,
            answer,
            distributed: role
        };
        const ended = await this.drive(session, definition, steps.slice(offset), context, offset, 'resume_failed');
        if (role !== undefined && !role.reached) {
            throw new types_js_1.WorkflowError(`run ${runId} did not reach its distributed fan-out ${role.stepId} (it ended ${ended.status})`);
        }
        return ended;
    }
    /**
     * Take the run's lock (refused while another live process drives the run);
     * when it was taken over from a driver that died, first end the process
     * groups that driver left running, so no step runs beside its orphan.
     */
    async lockRun(runId, mode, force = false) {
        const lock = (0, run_lock_js_1.acquireRunLock)(this.projectRoot, runId, mode, {}, force);
        const previous = lock.previous;
        if (previous === null)
            return { lock, orphans: null };
        // The lock file is only a claim (anyone who can write the project can write one): on Linux
        // only groups that carry the dead holding's mark are ended, recorded or not; elsewhere, with
        // no way to look, the groups it records.
        const groups = (0, run_lock_js_1.markingSupported)() ? (0, run_lock_js_1.markedGroups)(previous) : previous.groups;
        if (groups.length === 0)
            return { lock, orphans: null };
        try {
            const orphans = await (0, run_lock_js_1.endOrphanGroups)(groups);
            lock.adopt(orphans.survived);
            const driver = `pid ${previous.pid} on ${previous.hostname}`;
            if (orphans.ended.length > 0) {
                this.reporter.notice?.(`Run ${runId}: ended process groups ${pgids(orphans.ended)} left running by its killed driver (${driver})`);
            }
            if (orphans.survived.length > 0) {
                this.reporter.notice?.(`Run ${runId}: process groups ${pgids(orphans.survived)} of its killed driver (${driver}) did not end on SIGKILL`);
            }
            return { lock, orphans };
        }
        catch (err) {
            lock.release();
            throw err;
        }
    }
    /**
     * The gate a resume's `answer` is for, and the input it sets (the gate's verdict_input); null
     * without an answer. Throws a WorkflowError, before anything is changed, when the run is not
     * paused at a gate, the answer is none of the gate's recorded options, or `inputs` give the
     * verdict input another value.
     */
    gateAnswerFor(state, definition, inputs, answer) {
        if (answer === null)
            return null;
        const gate = (0, outcome_js_1.waitingGate)(state);
        if (gate === null && state.status === types_js_1.RunStatus.Paused && state.currentStepId !== null) {
            // Interrupted at a step (a gate's prompt among them) rather than paused by a gate.
            throw new types_js_1.WorkflowError(`run ${state.runId} is paused at step ${state.currentStepId}, but not by a gate waiting for an answer (it was interrupted): resume it without an answer`);
        }
        if (gate === null) {
            const at = state.currentStepId === null ? '' : ` at step ${state.currentStepId}`;
            throw new types_js_1.WorkflowError(`run ${state.runId} is not paused at a gate (it is ${state.status}${at}), so there is no gate to answer`);
        }
        const raw = gate.record.output?.options;
        const options = Array.isArray(raw) ? raw.filter((o) => typeof o === 'string') : [];
        if (!options.includes(answer)) {
            const choices = options.length === 0
                ? 'its record lists no options'
                : `answer one of ${options.map((o) => JSON.stringify(o)).join(', ')} (case matters)`;
            throw new types_js_1.WorkflowError(`${JSON.stringify(answer)} is not an option of gate ${gate.stepId}: ${choices}`);
        }
        const verdictInput = (0, outcome_js_1.verdictInputFor)(definition, gate.stepId, this.stepTypes);
        if (verdictInput !== null && (0, pyvalue_js_1.hasKey)(inputs, verdictInput)) {
            const given = (0, pyvalue_js_1.getOr)(inputs, verdictInput, null);
            if (given !== answer) {
                throw new types_js_1.WorkflowError(`gate ${gate.stepId} reads its verdict from input ${JSON.stringify(verdictInput)}, which is given as ${JSON.stringify(given)} beside the answer ${JSON.stringify(answer)}: give one of them`);
            }
        }
        return { stepId: gate.stepId, answer, verdictInput };
    }
    makeContext(definition, state, lock, answer = { pending: null }) {
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
            // Once, and only to the gate the run waited at: a retry pauses again, a later gate asks.
            takeAnswer: (stepId) => {
                const { pending } = answer;
                if (pending === null || pending.stepId !== stepId)
                    return null;
                answer.pending = null;
                return pending.answer;
            },
            answeredGatesOnly: this.options.answeredGatesOnly === true,
            signal: this.signal,
            output: this.options.output ?? silentSink,
            env: this.options.env ?? process.env,
            processGroups: lock
        };
    }
    /** Run steps to a stop and make the state on disk exact. */
    async drive(session, definition, steps, context, offset, failureEvent) {
        const { state } = session;
        this.live = { state, definition };
        for (const listener of this.acceptListeners)
            listener(state);
        let halt;
        try {
            halt = await this.executeSteps(session, steps, context, offset, 0);
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
            state.status = types_js_1.RunStatus.Failed;
            state.error = message;
            state.failedStepId = session.crashedStepId;
            state.log({ event: failureEvent, error: message });
            state.runner = null;
            state.flush();
            throw err;
        }
        if (state.status !== types_js_1.RunStatus.Running) {
            // Stopped from outside meanwhile (an adapter saved a run that would not stop as
            // paused): that stands, whatever the steps did after.
        }
        else if (halt === null) {
            state.status = types_js_1.RunStatus.Completed;
            state.failedStepId = null;
            // A completed run is never resumed: what its items could reuse is dead weight.
            state.fanOutReuse = {};
        }
        else {
            state.status = halt.status;
            state.error = halt.error;
            state.failedStepId = (0, outcome_js_1.endedInFailure)(halt.status) ? halt.stepId : null;
        }
        state.log({ event: 'workflow_finished', status: state.status });
        state.runner = null;
        state.flush();
        return state;
    }
    /** Nested steps: they leave current_step_index alone, so a resume re-runs the enclosing step. */
    runNested = (session, steps, context, depth) => this.executeSteps(session, steps, context, -1, depth);
    /**
     * Execute a list of steps in order, and say how it stopped: null when every
     * step ran (or failed with continue_on_error), else the halt. `offset` is the
     * index of the first step in the top-level list, or -1 for nested steps.
     */
    async executeSteps(session, steps, context, offset, depth) {
        const { state } = session;
        const breathe = (0, breath_js_1.makeBreather)();
        for (let i = 0; i < steps.length; i++) {
            await breathe();
            if (this.signal.aborted)
                throw new types_js_1.InterruptedError();
            const config = steps[i];
            const stepId = (0, step_tree_js_1.stepIdAt)(config, i);
            const type = (0, step_tree_js_1.stepTypeOf)(config);
            state.currentStepId = stepId;
            context.itemTrace?.started(stepId);
            if (offset >= 0)
                state.currentStepIndex = offset + i;
            state.log({ event: 'step_started', step_id: stepId, type });
            // Top-level progress reaches the disk at once (the run journal), so a
            // killed process never makes a resume repeat a finished step.
            if (offset >= 0)
                state.markPosition();
            const label = pyOr((0, pyvalue_js_1.getOr)(config, 'command', ''), type);
            this.reporter.stepStarted?.({ stepId, type, label: String(label), depth });
            const impl = typeof type === 'string' ? this.stepTypes.get(type) : undefined;
            if (!impl) {
                const error = `unknown step type ${JSON.stringify(type)} at step ${stepId}`;
                context.itemTrace?.spoil();
                state.log({ event: 'step_failed', step_id: stepId, error });
                this.reporter.stepFinished?.({
                    stepId,
                    type: String(type),
                    status: null,
                    record: undefined,
                    depth
                });
                return halted(session, { status: types_js_1.RunStatus.Failed, error, stepId });
            }
            const startedAt = new Date().toISOString();
            let result;
            try {
                result = await impl.execute(config, context);
            }
            catch (err) {
                session.crashedStepId ??= stepId;
                throw located(err, session, stepId, config);
            }
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
            const timing = { started_at: startedAt, finished_at: new Date().toISOString() };
            // A top-level step with nothing left to run is done once recorded: the
            // record says at once that the run goes on at the next step.
            const goesOn = result.status === types_js_1.StepStatus.Completed ||
                (result.status === types_js_1.StepStatus.Failed && !out.aborted && config.continue_on_error === true);
            const done = offset >= 0 &&
                i + 1 < steps.length &&
                goesOn &&
                (result.nextSteps ?? []).length === 0 &&
                result.fanOut === undefined;
            const next = done ? [offset + i + 1, (0, step_tree_js_1.stepIdAt)(steps[i + 1], i + 1)] : undefined;
            state.recordStep(stepId, record, timing, next);
            context.itemTrace?.wrote(stepId, record);
            state.log({ event: 'step_completed', step_id: stepId, status: result.status });
            const finished = (halt) => {
                this.reporter.stepFinished?.({ stepId, type, status: record.status, record, depth });
                return halt;
            };
            if (result.status === types_js_1.StepStatus.Paused) {
                return finished(halted(session, { status: types_js_1.RunStatus.Paused, error: null, stepId }));
            }
            if (result.status === types_js_1.StepStatus.Failed) {
                const error = result.error ?? null;
                if (out.aborted) {
                    // A gate's abort is an operator decision: continue_on_error never overrides it.
                    state.log({ event: 'workflow_aborted', step_id: stepId });
                    return finished(halted(session, { status: types_js_1.RunStatus.Aborted, error, stepId }));
                }
                if (config.continue_on_error === true) {
                    state.log({ event: 'step_continue_on_error', step_id: stepId, error });
                    finished(null);
                    continue;
                }
                state.log({ event: 'step_failed', step_id: stepId, error });
                return finished(halted(session, { status: types_js_1.RunStatus.Failed, error, stepId }));
            }
            const isLast = i === steps.length - 1;
            const { repeat, fanOut } = result;
            const nested = result.nextSteps ?? [];
            if (nested.length > 0) {
                const inner = await this.runNested(session, nested, context, depth + 1);
                const stop = stoppedBy(inner, session, context, !isLast || repeat !== undefined);
                if (stop !== null)
                    return finished(stop);
                if (repeat !== undefined) {
                    const loop = await this.repeatLoop(session, stepId, config, repeat, nested, context, depth);
                    const stopLoop = stoppedBy(loop, session, context, !isLast);
                    if (stopLoop !== null)
                        return finished(stopLoop);
                }
            }
            if (fanOut !== undefined) {
                const { items, template } = fanOut;
                if ((0, pyvalue_js_1.pyTruthy)(template) && items.length > 0) {
                    const request = {
                        parentId: stepId,
                        items,
                        template,
                        maxConcurrency: fanOut.maxConcurrency,
                        context,
                        depth
                    };
                    const role = session.distributed?.stepId === stepId ? session.distributed : undefined;
                    if (role === undefined && this.distributes(session, stepId, context)) {
                        const distribution = (0, fan_out_js_1.distributionOf)(session, request);
                        if (distribution !== null) {
                            state.distribution = distribution;
                            state.log({
                                event: 'fan_out_distributed',
                                step_id: stepId,
                                shards: distribution.shards.length,
                                items: distribution.shards.reduce((n, shard) => n + shard.length, 0)
                            });
                            state.save();
                            return finished(halted(session, { status: types_js_1.RunStatus.Paused, error: null, stepId }));
                        }
                    }
                    if (role !== undefined) {
                        role.reached = true;
                        request.mode = this.fanOutMode(role, template, state);
                    }
                    const run = await (0, fan_out_js_1.runFanOut)(this.fanOutRunner, session, request);
                    if (role?.kind === 'shard') {
                        // A shard's work ends with its items: the run goes on in the gather.
                        return finished(halted(session, { status: types_js_1.RunStatus.Paused, error: null, stepId }));
                    }
                    if (role?.kind === 'gather' && !role.missing) {
                        // Every shard was heard from: nothing is left to gather (a missing shard keeps it
                        // open, so re-running that shard's job and the gather fills it in).
                        state.distribution = null;
                        state.save();
                    }
                    context.item = null;
                    state.setStepOutput(stepId, { ...out, results: run.results });
                    const cut = run.results.length < items.length;
                    const stop = stoppedBy(run.halt, session, context, !isLast || cut);
                    if (stop !== null)
                        return finished(stop);
                }
                else {
                    out.results = [];
                    state.setStepOutput(stepId, out);
                }
            }
            finished(null);
        }
        return null;
    }
    /** Whether this fan-out hands its items to other jobs (EngineOptions.distribute). */
    distributes(session, stepId, context) {
        return (this.options.distribute?.(stepId) === true &&
            !context.insideFanOut &&
            // The answer a resume brought is for a gate still ahead (maybe in these items): here.
            session.answer.pending === null);
    }
    /** How the fan-out of a shard or a gather runs its items. */
    fanOutMode(role, template, state) {
        if (role.kind === 'shard')
            return { kind: 'shard', indexes: role.indexes, place: role.place };
        const declared = (0, distribution_js_1.templateStepIds)(template, this.stepTypes);
        const itemType = (0, pyvalue_js_1.pyStr)((0, step_tree_js_1.stepTypeOf)(template));
        const { source, distribution } = role;
        const fanOutId = distribution.stepId;
        return {
            kind: 'gather',
            source: {
                item: (index) => {
                    const given = source.item(index);
                    if ('missing' in given) {
                        role.missing = true;
                        return given;
                    }
                    const itemId = (0, step_tree_js_1.fanOutItemId)(fanOutId, template, index);
                    const checked = (0, distribution_js_1.checkGatheredItem)(given.given, itemId, itemType, declared);
                    if (typeof checked === 'string') {
                        return { missing: `the result its shard saved was refused: it ${checked}` };
                    }
                    return checked;
                },
                apply: async (kept) => {
                    // A gather that stopped at a missing shard left its changes in the project (and in
                    // the state it saved): the next gather may gather those items again, never apply them.
                    const done = new Set(distribution.applied);
                    const conflict = await source.apply(kept.filter((index) => !done.has(index)));
                    if (conflict === null && state.distribution !== null) {
                        for (const index of kept)
                            done.add(index);
                        state.distribution = {
                            ...state.distribution,
                            applied: [...done].sort((a, b) => a - b)
                        };
                        state.save();
                    }
                    return conflict;
                }
            }
        };
    }
    get fanOutRunner() {
        return { runSteps: this.runNested, reporter: this.reporter };
    }
    /**
     * A loop step ran its body once; repeat it while the condition holds, up to
     * its number of passes in all. Each repetition records
     * its steps as `<loop>:<step>:<n>` and aliases the plain id to the latest.
     */
    async repeatLoop(session, loopId, config, { condition, passes }, body, context, depth) {
        const { state } = session;
        const breathe = (0, breath_js_1.makeBreather)();
        for (let iteration = 1; iteration < passes; iteration++) {
            // A body of steps that start no process would otherwise hold the event loop for the
            // whole loop: no signal, no state write.
            await breathe();
            if (this.signal.aborted)
                throw new types_js_1.InterruptedError();
            let holds;
            try {
                holds = (0, expressions_js_1.evaluateCondition)(condition, context);
            }
            catch (err) {
                throw located(err, session, loopId, config);
            }
            if (!holds)
                return null;
            for (let n = 0; n < body.length; n++) {
                const original = body[n].id;
                const passId = (0, step_tree_js_1.loopPassId)(loopId, body[n], n, iteration);
                const inner = await this.runNested(session, [(0, step_tree_js_1.withStepId)(body[n], passId)], context, depth + 1);
                // Stopping here leaves out the rest of this pass, or the passes after it.
                const stop = stoppedBy(inner, session, context, true);
                if (stop !== null)
                    return stop;
                const rec = (0, pyvalue_js_1.getOr)(context.steps, passId, undefined);
                // context.steps is the state's record map: recording the alias updates both.
                if ((0, pyvalue_js_1.pyTruthy)(original) && rec !== undefined) {
                    state.recordStep(String(original), rec);
                    context.itemTrace?.wrote(String(original), rec);
                }
            }
        }
        return null;
    }
}
exports.WorkflowEngine = WorkflowEngine;
/**
 * What a resume with `shard` or `gather` does at the run's distributed fan-out; undefined for
 * any other resume. Throws, before anything changes, when the run has no distribution open or
 * no such shard.
 */
function distributedRole(state, options) {
    const { shard, gather } = options;
    if (shard === undefined && gather === undefined)
        return undefined;
    const what = shard === undefined ? 'to gather' : `for shard ${shard.number}`;
    const distribution = state.distribution;
    if (distribution === null) {
        throw new types_js_1.WorkflowError(`run ${state.runId} has no distributed fan-out waiting for its shards (it is ${state.status}), so there is nothing ${what}`);
    }
    if (options.answer !== undefined && options.answer !== null) {
        throw new types_js_1.WorkflowError(`a gate answer cannot be given to a shard or a gather of run ${state.runId}`);
    }
    const { stepId, shards } = distribution;
    if (shard === undefined) {
        return {
            kind: 'gather',
            stepId,
            distribution,
            source: gather,
            missing: false,
            reached: false
        };
    }
    if (!Number.isSafeInteger(shard.number) || shard.number < 1 || shard.number > shards.length) {
        throw new types_js_1.WorkflowError(`run ${state.runId} split fan-out ${stepId} into ${shards.length} shard${shards.length === 1 ? '' : 's'}; there is no shard ${shard.number}`);
    }
    return {
        kind: 'shard',
        stepId,
        indexes: shards[shard.number - 1],
        place: shard.place,
        reached: false
    };
}
/** An expression error that should say where it is: the step, and its line in the workflow file. */
function located(err, session, stepId, config) {
    if (!(err instanceof expressions_js_1.ExpressionDepthError))
        return err;
    const at = (0, yaml_source_js_1.locateNode)(config);
    const file = session.definitionFile ?? undefined;
    return err.locate(`${(0, yaml_source_js_1.formatLocation)({ file, ...at })}step ${stepId}: `);
}


/***/ }),

/***/ 217:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The one quote- and bracket-aware scan of `{{ }}` expression text, read the
 * way the reference reads it everywhere:
 *
 * - `'` or `"` opens a quoted stretch that runs to the next mark of the same
 *   kind; there are no escapes (a backslash is an ordinary character), and
 *   the other mark inside it is data;
 * - outside quotes `(`, `[` and `{` open a bracket and `)`, `]` and `}` close
 *   one, whatever kind it was; a closer with none open is ignored, so the
 *   depth never goes below 0.
 *
 * The evaluator splits on operators and filters at depth 0, finds the `}}`
 * that closes a block (where braces are delimiters, not brackets), and the
 * condition lint asks whether quotes and brackets balance; all of them walk
 * the text with `scanUnquoted`.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STOP = void 0;
exports.scanUnquoted = scanUnquoted;
exports.findTopLevel = findTopLevel;
exports.splitTopLevel = splitTopLevel;
exports.findUnquoted = findUnquoted;
exports.findBlockClose = findBlockClose;
exports.hasUnbalancedQuote = hasUnbalancedQuote;
exports.hasUnbalancedBracket = hasUnbalancedBracket;
/** Returned by a visitor to end the scan. */
exports.STOP = -1;
const OPENERS = '([{';
const CLOSERS = ')]}';
const OPENER_OF = { ')': '(', ']': '[', '}': '{' };
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
/**
 * Walk `text` from `from`, calling `visit(index, depth)` at each character
 * outside quotes other than the quote marks themselves (brackets included),
 * where `depth` is the number of brackets open before it. The visitor returns
 * how many characters to move on: 1 to go on scanning, more to step over a
 * token it matched (the token's characters are not scanned), or STOP.
 *
 * Returns the quote mark still open at the end, or null (also after STOP).
 */
function scanUnquoted(text, from, visit) {
    let depth = 0;
    let i = from;
    while (i < text.length) {
        const code = text.charCodeAt(i);
        if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
            // A quoted stretch ends at the next mark of its kind, so it is skipped in one search.
            const close = text.indexOf(text[i], i + 1);
            if (close === -1)
                return text[i];
            i = close + 1;
            continue;
        }
        const step = visit(i, depth);
        if (step === exports.STOP)
            return null;
        if (step === 1) {
            if (code === 0x28 || code === 0x5b || code === 0x7b)
                depth++;
            else if ((code === 0x29 || code === 0x5d || code === 0x7d) && depth > 0)
                depth--;
        }
        i += step;
    }
    return null;
}
const isBracket = (ch) => OPENERS.includes(ch) || CLOSERS.includes(ch);
/** Whether `token` starts at `i`, outside brackets, on a character that is no bracket itself. */
function atTopLevel(text, i, depth, token) {
    return depth === 0 && text.startsWith(token, i) && !isBracket(text[i]);
}
/** Index of the first `token` outside quotes and brackets, or -1. */
function findTopLevel(text, token) {
    let found = -1;
    scanUnquoted(text, 0, (i, depth) => {
        if (!atTopLevel(text, i, depth, token))
            return 1;
        found = i;
        return exports.STOP;
    });
    return found;
}
/** `text` split at every `sep` outside quotes and brackets (list elements at `,`, filters at `|`...). */
function splitTopLevel(text, sep) {
    const parts = [];
    let start = 0;
    scanUnquoted(text, 0, (i, depth) => {
        if (!atTopLevel(text, i, depth, sep))
            return 1;
        parts.push(text.slice(start, i));
        start = i + sep.length;
        return sep.length;
    });
    parts.push(text.slice(start));
    return parts;
}
/** Index of the first `token` at or after `from` outside quotes (brackets do not matter), or -1. */
function findUnquoted(text, token, from = 0) {
    let found = -1;
    scanUnquoted(text, from, (i) => {
        if (!text.startsWith(token, i))
            return 1;
        found = i;
        return exports.STOP;
    });
    return found;
}
/** Index of the `}}` closing the block whose `{{` is at `start`, ignoring quoted text; -1 if none. */
function findBlockClose(text, start) {
    return findUnquoted(text, '}}', start + 2);
}
/** Whether a quote opened in `text` is never closed. */
function hasUnbalancedQuote(text) {
    return scanUnquoted(text, 0, () => 1) !== null;
}
/**
 * Whether brackets outside quotes fail to nest by kind. Stricter than the
 * depth the other scans keep: there `f(]` ends at depth 0, here it is unbalanced.
 */
function hasUnbalancedBracket(text) {
    const open = [];
    let mismatched = false;
    scanUnquoted(text, 0, (i) => {
        const ch = text[i];
        if (OPENERS.includes(ch))
            open.push(ch);
        else if (ch in OPENER_OF && open.pop() !== OPENER_OF[ch]) {
            mismatched = true;
            return exports.STOP;
        }
        return 1;
    });
    return mismatched || open.length > 0;
}


/***/ }),

/***/ 6025:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExpressionDepthError = exports.MAX_EXPRESSION_DEPTH = exports.COMPARISON_OPERATORS = exports.FILTER_CALL = exports.FilterFormError = void 0;
exports.isStringLiteral = isStringLiteral;
exports.numericLiteral = numericLiteral;
exports.evaluateSimple = evaluateSimple;
exports.evaluateExpression = evaluateExpression;
exports.evaluateCondition = evaluateCondition;
/**
 * The `{{ }}` expression language of workflow templates.
 *
 * A behavioural port of the reference engine's evaluator. The grammar is not
 * a conventional one: an expression is taken apart by searching for operator
 * text at the top level (outside quotes and brackets, as expression-scanner.ts
 * reads them), in a fixed order:
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
 * Values follow Python semantics through `pyvalue.ts`, ints and floats kept
 * apart: a `2.0` literal or a JSON `1e2` read by from_json is a float and
 * renders as `2.0` / `100.0`, and ints of any size stay exact.
 *
 * The checks on condition text before a run are in condition-lint.ts.
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const expression_scanner_js_1 = __nccwpck_require__(217);
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
exports.FilterFormError = FilterFormError;
const FILTER_NAMES = ['default', 'join', 'map', 'contains', 'from_json'];
const FILTER_FORMS = "default, default('x'), join('sep'), map('attr'), contains('s') or from_json";
// Python's `\w` is Unicode-aware: letters, digits of any kind, and '_'.
const LEADING_WORD = /^[\p{L}\p{N}_]+/u;
// `name(arg)` spanning the whole segment; the argument may not hold a newline
// (Python's `.` excludes only '\n', so `[^\n]` rather than JS `.`).
exports.FILTER_CALL = /^([\p{L}\p{N}_]+)\(([^\n]+)\)$/u;
// One path part with an index, `name[3]`; Python's `$` also matches before a final newline.
const INDEXED_PART = /^([\p{L}\p{N}_-]+)\[(\p{Nd}+)\]\n?$/u;
const truthy = pyvalue_js_1.pyTruthy;
/**
 * Python's `value or {}`, without an O(size) truthiness test: a dict stays
 * itself here, and an empty one is swapped for a fresh `{}` only where the
 * whole of it is the value (see `wholeRoot`), which is all that can tell them apart.
 */
function orEmptyDict(value) {
    return (0, pyvalue_js_1.isDict)(value) || truthy(value) ? value : {};
}
/** Roots that Python's namespace builds with `x or {}`. */
const DICT_ROOTS = new Set(['inputs', 'steps', 'fan_in']);
/**
 * A root dict used whole (`{{ steps }}`): a fresh `{}` when empty, as Python's
 * `context.steps or {}` gives, so the live step map never becomes what a step
 * records (it would then contain itself). Looking inside a root never needs this.
 */
function wholeRoot(path, value) {
    if (!DICT_ROOTS.has(path) || !(0, pyvalue_js_1.isDict)(value))
        return value;
    return Object.keys(value).length === 0 ? {} : value;
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
/** True when `stripped` is exactly one `{{ ... }}` block with a non-blank body. */
function isSingleExpression(stripped) {
    if (!(stripped.startsWith('{{') && stripped.endsWith('}}')))
        return false;
    const inner = stripped.slice(2, -2);
    if ((0, pyvalue_js_1.pyStrip)(inner) === '')
        return false;
    // Only the body is scanned: a `}}` outside quotes there ends the first block early.
    return (0, expression_scanner_js_1.findUnquoted)(inner, '}}') === -1;
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
            if (!(0, pyvalue_js_1.isPyList)(current) || typeof index !== 'number' || index >= current.length)
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
    return numericLiteral(value) ?? value;
}
const isNumeric = (v) => (0, pyvalue_js_1.isPyNumber)(v) || typeof v === 'boolean';
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
exports.COMPARISON_OPERATORS = ['!=', '==', '>=', '<=', '>', '<', ' not in ', ' in '];
function isStringLiteral(expr) {
    const q = expr.charAt(0);
    return (q === "'" || q === '"') && expr.indexOf(q, 1) === expr.length - 1;
}
/** The numeric literal rule: float() when the text holds a dot, int() otherwise (so `1e3` is no number). */
function numericLiteral(text) {
    if (!text.includes('.'))
        return (0, pyvalue_js_1.pyParseInt)(text);
    const n = (0, pyvalue_js_1.pyParseFloat)(text);
    return n === undefined ? undefined : new pyvalue_js_1.PyFloat(n);
}
/**
 * How deep the evaluator may recurse. Like spec-kit's, it recurses once per
 * chained operator (`a or b or c`, `not not x`, `a == b == c`) and twice per
 * bracket (`[[...]]`) or filter argument (`default(x | default(...))`), as
 * the reference does in Python frames; Python's limit of 1,000 frames ends
 * the same expressions there (a RecursionError that fails the run). A bound
 * keeps the JS stack safe, and the work before it is reached bounded.
 */
exports.MAX_EXPRESSION_DEPTH = 960;
let evaluationDepth = 0;
/** The expression the evaluation in progress started from, to show when it is refused. */
let outermost = '';
/**
 * An expression nested past MAX_EXPRESSION_DEPTH. Not an ExpressionError: the
 * reference's RecursionError is no ValueError, so no step catches it and the
 * run fails, as there.
 */
class ExpressionDepthError extends Error {
    expression;
    where;
    constructor(expression, 
    /** Where in the workflow, once the engine has said (`file:line:col: step x: `). */
    where = '') {
        const shown = expression.length > 60 ? `${expression.slice(0, 57)}...` : expression;
        super(`${where}the expression ${JSON.stringify(shown)} is nested deeper than ${exports.MAX_EXPRESSION_DEPTH} levels ` +
            `(each chained operator is a level, each bracket or filter argument two): split it into steps`);
        this.expression = expression;
        this.where = where;
        this.name = 'ExpressionDepthError';
    }
    /** The same error, saying which step of which file it comes from (the innermost step says). */
    locate(where) {
        return this.where === '' ? new ExpressionDepthError(this.expression, where) : this;
    }
}
exports.ExpressionDepthError = ExpressionDepthError;
/** Go `levels` deeper for `work`, refusing past MAX_EXPRESSION_DEPTH. */
function deeper(levels, work) {
    evaluationDepth += levels;
    try {
        if (evaluationDepth > exports.MAX_EXPRESSION_DEPTH)
            throw new ExpressionDepthError(outermost);
        return work();
    }
    finally {
        evaluationDepth -= levels;
    }
}
/** Evaluate the body of one `{{ }}` block against a namespace (the condition lint probes with it). */
function evaluateSimple(raw, ns) {
    if (evaluationDepth === 0)
        outermost = (0, pyvalue_js_1.pyStrip)(raw);
    evaluationDepth++;
    try {
        if (evaluationDepth > exports.MAX_EXPRESSION_DEPTH)
            throw new ExpressionDepthError(outermost);
        return evaluateLevel(raw, ns);
    }
    finally {
        evaluationDepth--;
    }
}
function evaluateLevel(raw, ns) {
    const expr = (0, pyvalue_js_1.pyStrip)(raw);
    if (isStringLiteral(expr))
        return expr.slice(1, -1);
    if ((0, expression_scanner_js_1.findTopLevel)(expr, '|') !== -1) {
        const [head, ...filters] = (0, expression_scanner_js_1.splitTopLevel)(expr, '|');
        let value = evaluateSimple(head, ns);
        for (const filter of filters)
            value = applyFilter(value, (0, pyvalue_js_1.pyStrip)(filter), ns);
        return value;
    }
    const orIdx = (0, expression_scanner_js_1.findTopLevel)(expr, ' or ');
    if (orIdx !== -1) {
        const left = evaluateSimple(expr.slice(0, orIdx), ns);
        const right = evaluateSimple(expr.slice(orIdx + 4), ns);
        return truthy(left) || truthy(right);
    }
    const andIdx = (0, expression_scanner_js_1.findTopLevel)(expr, ' and ');
    if (andIdx !== -1) {
        const left = evaluateSimple(expr.slice(0, andIdx), ns);
        const right = evaluateSimple(expr.slice(andIdx + 5), ns);
        return truthy(left) && truthy(right);
    }
    if (expr.startsWith('not '))
        return !truthy(evaluateSimple(expr.slice(4), ns));
    for (const op of exports.COMPARISON_OPERATORS) {
        const idx = (0, expression_scanner_js_1.findTopLevel)(expr, op);
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
        return deeper(1, () => (0, expression_scanner_js_1.splitTopLevel)(inner, ',')
            .filter((element) => (0, pyvalue_js_1.pyStrip)(element) !== '')
            .map((element) => evaluateSimple(element, ns)));
    }
    return wholeRoot(expr, resolveDotPath(ns, expr));
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
    const call = exports.FILTER_CALL.exec(filter);
    if (call) {
        // The argument is evaluated before the name is checked, as in the reference.
        const arg = deeper(1, () => evaluateSimple(call[2], ns));
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
    return (0, pyvalue_js_1.isPyList)(value) ? value.map(pyvalue_js_1.pyStr).join(separator) : (0, pyvalue_js_1.pyStr)(value);
}
function filterMap(value, attr) {
    if (typeof attr !== 'string') {
        throw new types_js_1.ExpressionError(`map needs a string attribute name, but its argument is ${(0, pyvalue_js_1.pyTypeName)(attr)}`);
    }
    if (!(0, pyvalue_js_1.isPyList)(value))
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
    if ((0, pyvalue_js_1.isPyList)(value))
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
        let close = (0, expression_scanner_js_1.findBlockClose)(template, start);
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


/***/ }),

/***/ 7662:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fanOutWindow = fanOutWindow;
exports.distributionOf = distributionOf;
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
 *
 * On resume an item is not run again when its last run provably gives the
 * same result; the rules, and what is recorded for them, are in item-reuse.ts.
 */
const breath_js_1 = __nccwpck_require__(7854);
const p_queue_1 = __importDefault(__nccwpck_require__(9052));
const step_tree_js_1 = __nccwpck_require__(7475);
const distribution_js_1 = __nccwpck_require__(2450);
const pyvalue_js_1 = __nccwpck_require__(610);
const item_reuse_js_1 = __nccwpck_require__(3494);
const types_js_1 = __nccwpck_require__(3171);
/**
 * The window size, coerced the way the reference's `max(1, int(value))` does:
 * 4, "4", " 4 ", "٤" (any Unicode digits), 4.7 give 4; anything int() rejects gives 1.
 */
function fanOutWindow(value) {
    let n;
    if (typeof value === 'boolean')
        n = value ? 1 : 0;
    else if ((0, pyvalue_js_1.isPyInt)(value))
        n = value;
    else if (value instanceof pyvalue_js_1.PyFloat) {
        n = Number.isFinite(value.value) ? (0, pyvalue_js_1.pyInt)(Math.trunc(value.value)) : undefined;
    }
    else if (typeof value === 'string')
        n = (0, pyvalue_js_1.pyParseInt)(value);
    if (n === undefined || n < 1)
        return 1;
    // A window wider than any list of items is as good as any other.
    return typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
}
function fanOutFingerprint(session, request) {
    return (0, item_reuse_js_1.fingerprinter)({
        definition: session.definitionDigest,
        inputs: request.context.inputs,
        parentId: request.parentId,
        template: request.template
    });
}
/**
 * The distribution of this fan-out's items that a resume would run (those without a result it
 * may keep, item-reuse.ts), or null when there is none left to run.
 */
function distributionOf(session, request) {
    const { items, template, parentId, context } = request;
    const fingerprint = fanOutFingerprint(session, request);
    const pending = [];
    for (let index = 0; index < items.length; index++) {
        const id = (0, step_tree_js_1.fanOutItemId)(parentId, template, index);
        const kept = session.reusable.has(id) &&
            (0, item_reuse_js_1.reusableEntry)(session.reusable.get(id), fingerprint(index, items[index]), id, context.steps) !== null;
        if (!kept)
            pending.push(index);
    }
    if (pending.length === 0)
        return null;
    return {
        id: (0, distribution_js_1.newDistributionId)(),
        stepId: parentId,
        shards: (0, distribution_js_1.planShards)(pending),
        window: fanOutWindow(request.maxConcurrency),
        itemCount: items.length,
        applied: []
    };
}
async function runFanOut(runner, session, request) {
    const { parentId, items, template, context, depth } = request;
    const { state } = session;
    const { reporter } = runner;
    if (items.length === 0)
        return { results: [], halt: null };
    const workers = Math.min(fanOutWindow(request.maxConcurrency), items.length);
    const itemId = (index) => (0, step_tree_js_1.fanOutItemId)(parentId, template, index);
    // Reuse is decided for the items of a fan-out that is not itself inside a
    // fan-out item: an inner fan-out is part of its item's run, reused or re-run
    // with it, and its items note what they do in that item's trace.
    const tracing = context.itemTrace === undefined;
    const fingerprint = fanOutFingerprint(session, request);
    /** The recorded output of item `index` when a resume may keep it (see item-reuse.ts). */
    const reusedOutput = (index) => {
        const id = itemId(index);
        if (!tracing || !session.reusable.has(id))
            return undefined;
        const raw = session.reusable.get(id);
        session.reusable.delete(id); // considered once: never again in this run of the engine
        const entry = (0, item_reuse_js_1.reusableEntry)(raw, fingerprint(index, items[index]), id, context.steps);
        if (entry === null)
            return undefined;
        // Records nested steps wrote under shared ids are written again, as a re-run would.
        for (const [sharedId, record] of entry.shared)
            state.recordStep(sharedId, record);
        // The current step moves on as the item's re-run would have moved it.
        state.currentStepId = entry.current;
        state.setItemReuse(id, raw); // as it was saved: it still holds
        state.log({ event: 'fan_out_item_reused', step_id: id });
        return state.stepResults[id].output;
    };
    const breathe = (0, breath_js_1.makeBreather)();
    const runItem = async (index, itemContext, itemSession = session) => {
        await breathe();
        if (context.signal.aborted)
            throw new types_js_1.InterruptedError();
        const id = itemId(index);
        const reused = reusedOutput(index);
        if (reused !== undefined) {
            reporter.itemFinished?.({
                parentId,
                itemId: id,
                index,
                record: (0, pyvalue_js_1.getOr)(state.stepResults, id, undefined),
                reused: true
            });
            return { value: reused, halt: null };
        }
        let trace = null;
        let runContext = itemContext;
        if (tracing) {
            // Until this run of the item has finished, nothing may offer the last one.
            state.setItemReuse(id, undefined);
            trace = new item_reuse_js_1.ItemRunTrace(id, context.steps);
            runContext = { ...itemContext, steps: trace.view(), itemTrace: trace };
        }
        const itemStep = (0, step_tree_js_1.withStepId)(template, id);
        const halt = await runner.runSteps(itemSession, [itemStep], runContext, depth + 1);
        const record = (0, pyvalue_js_1.getOr)(context.steps, id, undefined);
        if (trace !== null && !context.signal.aborted) {
            const entry = trace.entry(fingerprint(index, items[index]));
            if (entry !== null) {
                state.setItemReuse(id, entry);
            }
        }
        reporter.itemFinished?.({ parentId, itemId: id, index, record, reused: false });
        return { value: record?.output ?? {}, halt, trace };
    };
    const itemContext = (index) => ({
        ...context,
        item: items[index],
        insideFanOut: true,
        output: reporter.itemOutput?.({ parentId, itemId: itemId(index), index }) ?? context.output
    });
    // The halt this item's own record imposes on the run, if any.
    const haltOf = (index, run) => {
        const rec = (0, pyvalue_js_1.getOr)(context.steps, itemId(index), undefined);
        // Ran but recorded nothing (an unknown step type): its steps' own halt.
        if (rec === undefined)
            return run.halt;
        const error = rec.error ?? null;
        const stepId = itemId(index);
        if (rec.status === types_js_1.StepStatus.Paused)
            return { status: types_js_1.RunStatus.Paused, error, stepId };
        if (rec.status === types_js_1.StepStatus.Failed) {
            if ((0, pyvalue_js_1.isDict)(rec.output) && rec.output.aborted) {
                return { status: types_js_1.RunStatus.Aborted, error, stepId };
            }
            if (template.continue_on_error !== true)
                return { status: types_js_1.RunStatus.Failed, error, stepId };
        }
        return null;
    };
    if (request.mode?.kind === 'shard') {
        const { indexes, place } = request.mode;
        await runShardItems(indexes, Math.min(workers, indexes.length), async (index) => {
            const root = await place.prepare(index);
            const base = itemContext(index);
            // Each item runs as it would alone in its job: another's halt does not cut it short.
            const alone = { ...session, halting: null };
            const run = await runItem(index, root === undefined ? base : { ...base, projectRoot: root }, alone);
            if (alone.crashedStepId !== null)
                session.crashedStepId ??= alone.crashedStepId;
            await place.finished(index, shardItem(state, run, itemId(index)));
        });
        return { results: [], halt: null };
    }
    if (request.mode?.kind === 'gather') {
        return gatherItems(request.mode.source, {
            session,
            items,
            itemId,
            reusedOutput,
            haltOf: (index, run) => haltOf(index, run),
            report: (index, reused) => reporter.itemFinished?.({
                parentId,
                itemId: itemId(index),
                index,
                record: (0, pyvalue_js_1.getOr)(state.stepResults, itemId(index), undefined),
                reused
            }),
            failedRecord: (error) => ({
                type: (0, pyvalue_js_1.pyStr)((0, step_tree_js_1.stepTypeOf)(template)),
                integration: null,
                model: null,
                options: null,
                input: null,
                output: {},
                status: types_js_1.StepStatus.Failed,
                error
            }),
            parentId
        });
    }
    if (workers <= 1) {
        // One item after another, stopping as soon as the run halts.
        const results = [];
        for (let index = 0; index < items.length; index++) {
            const run = await runItem(index, itemContext(index));
            results.push(run.value);
            reporter.fanOutProgress?.({
                stepId: parentId,
                done: index + 1,
                running: 0,
                total: items.length
            });
            const halt = run.halt ?? session.halting;
            if (halt !== null)
                return { results, halt };
        }
        return { results, halt: null };
    }
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
            session.halting === null &&
            !context.signal.aborted) {
            const index = nextIndex++;
            running++;
            outcomes[index] = queue
                .add(() => runItem(index, itemContext(index)))
                .then((run) => ({ ok: true, run }), (error) => {
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
        slots.push(outcome.run.value);
        halt = haltOf(index, outcome.run);
        if (halt !== null)
            break;
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
        // The first halting item in item order decides, whatever a later item did while running;
        // the enclosing lists stop on it.
        session.halting = halt;
        state.save();
    }
    return { results: slots, halt };
}
/** Run a shard's items, at most `window` at once, each one started whatever the others gave. */
async function runShardItems(indexes, window, run) {
    const queue = new p_queue_1.default({ concurrency: Math.max(1, window) });
    let failure = null;
    await Promise.all(indexes.map((index) => queue
        .add(() => run(index))
        .catch((error) => {
        // A thrown error is a bug or an interruption, not a result: start nothing more.
        failure ??= { error };
        queue.clear();
    })));
    if (failure !== null)
        throw failure.error;
}
/** What a shard hands back for one item it ran. */
function shardItem(state, run, itemId) {
    const written = run.trace?.records() ??
        (state.stepResults[itemId] === undefined ? [] : [[itemId, state.stepResults[itemId]]]);
    const reuse = (0, pyvalue_js_1.getOr)(state.fanOutReuse, itemId, null);
    return {
        records: written.map(([id, record]) => [id, record, (0, pyvalue_js_1.getOr)(state.stepTimings, id, null)]),
        reuse: (0, pyvalue_js_1.isDict)(reuse) ? reuse : null,
        current: run.trace?.currentStep() ?? itemId,
        halt: run.halt
    };
}
/**
 * Record a distributed fan-out from what its shards recorded: item by item in item order, an
 * item kept from before the distribution reused as a resume would, the first halting item
 * deciding, the items after it left out with their changes. The kept items' changes are then
 * brought into the project; when they do not merge, the fan-out fails and no gathered item is
 * offered for reuse (its changes are not in the project).
 */
async function gatherItems(source, basis) {
    const { session } = basis;
    const { state } = session;
    const results = [];
    const gathered = [];
    let halt = null;
    for (let index = 0; index < basis.items.length; index++) {
        const id = basis.itemId(index);
        let run;
        const reused = basis.reusedOutput(index);
        if (reused !== undefined) {
            basis.report(index, true);
            run = { value: reused, halt: null };
        }
        else {
            const given = source.item(index);
            state.setItemReuse(id, undefined);
            if ('missing' in given) {
                state.currentStepId = id;
                state.recordStep(id, basis.failedRecord(given.missing));
                state.log({ event: 'fan_out_item_missing', step_id: id, error: given.missing });
                run = { value: {}, halt: null };
            }
            else {
                for (const [recordId, record, timing] of given.records) {
                    state.recordStep(recordId, record, timing ?? undefined);
                }
                if (given.reuse !== null)
                    state.setItemReuse(id, given.reuse);
                state.currentStepId = given.current;
                state.log({ event: 'fan_out_item_gathered', step_id: id });
                run = { value: (0, pyvalue_js_1.getOr)(state.stepResults, id, undefined)?.output ?? {}, halt: given.halt };
                gathered.push(index);
            }
            basis.report(index, false);
        }
        results.push(run.value);
        // The item's steps halted the run even when its own record did not say so (a gate or a
        // failure nested in an \`if\` whose record completed): in place, that halt stops the run.
        halt = basis.haltOf(index, run) ?? run.halt;
        if (halt !== null)
            break;
    }
    const conflict = await source.apply(gathered);
    if (conflict !== null) {
        for (const index of gathered)
            state.setItemReuse(basis.itemId(index), undefined);
        state.log({ event: 'fan_out_changes_conflict', step_id: basis.parentId, error: conflict });
        halt = { status: types_js_1.RunStatus.Failed, error: conflict, stepId: basis.parentId };
    }
    if (halt !== null) {
        session.halting = halt;
        state.save();
    }
    return { results, halt };
}


/***/ }),

/***/ 4817:
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
exports.NONBLOCKING_READ = exports.MAX_READ_BYTES = void 0;
exports.nonRegularKind = nonRegularKind;
exports.requireRegularFile = requireRegularFile;
exports.readRegularFile = readRegularFile;
exports.readRegularText = readRegularText;
exports.writeFileAtomic = writeFileAtomic;
exports.syncDirectory = syncDirectory;
/**
 * The run folder's file I/O. Writing: atomically (temp file and rename), durably where asked.
 * Reading a file of a run or a workflow that someone else may have placed: a FIFO would block the
 * read forever and a device (a link to /dev/zero) never end, so the file is opened without
 * blocking and refused unless it is a regular file within a size bound.
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const node_crypto_1 = __nccwpck_require__(7598);
const types_js_1 = __nccwpck_require__(3171);
/** Far above any run's state or workflow, far below what Node can hold as one string. */
exports.MAX_READ_BYTES = 256 * 1024 * 1024;
/**
 * Flags for reading a file someone else may have placed: non-blocking, so opening a FIFO returns
 * at once and fstat can turn it away (Windows has no such flag, nor FIFOs that open() would
 * wait on).
 */
exports.NONBLOCKING_READ = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
/** What a path is when it is not a regular file ("a named pipe"), for messages and notices. */
function nonRegularKind(stats) {
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
 * Refuse `file` unless `stats` (best from fstat of the open descriptor, so the
 * check is of what is read) say it is a regular file: a WorkflowError
 * "cannot <doing> <file>: it is a named pipe".
 */
function requireRegularFile(stats, file, doing = 'read') {
    if (!stats.isFile())
        throw new types_js_1.WorkflowError(`cannot ${doing} ${file}: it is ${nonRegularKind(stats)}`);
}
/**
 * The bytes of `file`, which must be a regular file of at most `maxBytes`. A missing file
 * throws the usual ENOENT error (callers word that case themselves); anything else that is
 * wrong is a WorkflowError naming the file.
 */
function readRegularFile(file, maxBytes = exports.MAX_READ_BYTES) {
    let fd;
    try {
        fd = fs.openSync(file, exports.NONBLOCKING_READ);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw err;
        throw new types_js_1.WorkflowError(`cannot read ${file}: ${err.message}`);
    }
    try {
        const stats = fs.fstatSync(fd);
        requireRegularFile(stats, file);
        if (stats.size > maxBytes) {
            throw new types_js_1.WorkflowError(`cannot read ${file}: it is ${stats.size} bytes, more than the ${maxBytes} this reads`);
        }
        return fs.readFileSync(fd);
    }
    finally {
        fs.closeSync(fd);
    }
}
/** `readRegularFile` as UTF-8 text. */
function readRegularText(file, maxBytes = exports.MAX_READ_BYTES) {
    return readRegularFile(file, maxBytes).toString('utf8');
}
/**
 * Write a file atomically: a temp file beside it, then rename over it. With
 * `durable`, the content and the rename are also made to survive a crash of
 * the machine before this returns.
 */
function writeFileAtomic(file, content, durable = false) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${(0, node_crypto_1.randomBytes)(3).toString('hex')}.tmp`);
    try {
        if (durable) {
            const fd = fs.openSync(tmp, 'w');
            try {
                fs.writeFileSync(fd, content, 'utf8');
                fs.fsyncSync(fd);
            }
            finally {
                fs.closeSync(fd);
            }
        }
        else
            fs.writeFileSync(tmp, content, 'utf8');
        fs.renameSync(tmp, file);
    }
    catch (err) {
        fs.rmSync(tmp, { force: true });
        throw err;
    }
    if (durable)
        syncDirectory(path.dirname(file));
}
/** Make a rename or an unlink in `dir` survive a crash (where the platform can). */
function syncDirectory(dir) {
    let fd;
    try {
        fd = fs.openSync(dir, fs.constants.O_RDONLY);
        fs.fsyncSync(fd);
    }
    catch {
        // Windows cannot open a folder for this; its renames need no such step.
    }
    finally {
        if (fd !== undefined)
            fs.closeSync(fd);
    }
}


/***/ }),

/***/ 7744:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The two identifier grammars, in one place: run ids become folder names and
 * cache keys; workflow ids are spec-kit's lowercase ids.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WORKFLOW_ID_PATTERN = exports.MAX_RUN_ID_LENGTH = exports.RUN_ID_PATTERN = void 0;
exports.isValidRunId = isValidRunId;
exports.runIdProblem = runIdProblem;
exports.isValidWorkflowId = isValidWorkflowId;
/** A run id: one safe path component (no separators, no `..`, never starting with `-`). */
exports.RUN_ID_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;
/**
 * The longest run id. It is part of every cache key (the service refuses keys
 * over 512 characters) and of a folder name; generated ids are 8 characters.
 */
exports.MAX_RUN_ID_LENGTH = 128;
/** spec-kit's workflow id: lowercase alphanumerics with inner hyphens. */
exports.WORKFLOW_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
function isValidRunId(runId) {
    return runIdProblem(runId) === null;
}
/** Why `runId` is not a valid run id ("invalid run id ...: ..."), or null when it is one. */
function runIdProblem(runId) {
    if (typeof runId === 'string' && runId.length > exports.MAX_RUN_ID_LENGTH) {
        return `invalid run id ${shown(runId)}: it is ${runId.length} characters long; the limit is ${exports.MAX_RUN_ID_LENGTH}`;
    }
    if (typeof runId === 'string' && exports.RUN_ID_PATTERN.test(runId))
        return null;
    return `invalid run id ${shown(runId)}: use letters, digits, '-' and '_' only, starting with a letter or digit`;
}
/** A value for an error message, cut short so a huge input does not fill the screen. */
function shown(value) {
    const text = typeof value === 'string' ? value : String(value);
    const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return JSON.stringify(typeof value === 'string' ? cut : value) ?? String(value);
}
function isValidWorkflowId(workflowId) {
    return typeof workflowId === 'string' && exports.WORKFLOW_ID_PATTERN.test(workflowId);
}


/***/ }),

/***/ 5545:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.coerceInput = coerceInput;
exports.resolveInputSentinel = resolveInputSentinel;
exports.undeclaredInputs = undeclaredInputs;
exports.resolveInputs = resolveInputs;
/**
 * Workflow inputs: coercing a value to its declared type and resolving the
 * run's inputs from what was provided, defaults, and project state
 * (`integration: auto`). Follows the reference's _coerce_input/_resolve_inputs.
 */
const settings_js_1 = __nccwpck_require__(8548);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const shown = (value) => (0, pyvalue_js_1.pyRepr)(value);
/** Python's float(): a number, or text Python can read as one; undefined otherwise. */
function toPythonFloat(value, type) {
    if (type === 'date' || type === 'datetime')
        return undefined;
    if (typeof value === 'number')
        return value;
    if (typeof value === 'bigint')
        return Number(value); // float() of a big int rounds it
    if (value instanceof pyvalue_js_1.PyFloat)
        return value.value;
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
    const label = (0, pyvalue_js_1.pyKeyRepr)(name);
    // A string enum would turn membership into a substring test, a scalar one into a crash.
    if (enumValues !== null && !Array.isArray(enumValues)) {
        throw new types_js_1.WorkflowError(`Input ${label}: 'enum' must be a list, not ${(0, pyvalue_js_1.pyTypeName)(enumValues)}.`);
    }
    let result = value;
    if (type === 'number') {
        // float(True) would be 1: a boolean is an authoring mistake, not a number.
        const number = typeof value === 'boolean' ? undefined : toPythonFloat(value, valueType);
        if (number === undefined || !Number.isFinite(number)) {
            throw new types_js_1.WorkflowError(`Input ${label} must be a number; got ${shown(value)}.`);
        }
        // float(value), then int when integral: `2.0` becomes 2, `1e20` the exact int of that float.
        result = Number.isInteger(number) ? (0, pyvalue_js_1.pyInt)(number) : new pyvalue_js_1.PyFloat(number);
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
            throw new types_js_1.WorkflowError(`Input ${label} must be a boolean; got ${shown(value)}.`);
        }
    }
    else if (type === 'string') {
        if (typeof value !== 'string' || valueType !== undefined) {
            const what = valueType === 'date' || valueType === 'datetime'
                ? `a ${valueType} (quote it in the YAML)`
                : shown(value);
            throw new types_js_1.WorkflowError(`Input ${label} must be a string; got ${what}.`);
        }
    }
    // Python's `in` compares with ==, so 1 matches true and 1.0. A date matches no string.
    const comparable = valueType === 'date' || valueType === 'datetime' ? undefined : result;
    if (enumValues !== null && (comparable === undefined || !(0, pyvalue_js_1.pyContains)(enumValues, comparable))) {
        throw new types_js_1.WorkflowError(`Input ${label} is ${shown(result)}, which is not one of the allowed values ${(0, pyvalue_js_1.pyRepr)(enumValues)}.`);
    }
    return result;
}
/** `integration: auto` (given or defaulted) means the project's integration, when it has one. */
function resolveInputSentinel(name, value, projectRoot) {
    if (name === 'integration' && value === 'auto') {
        return (0, settings_js_1.readProjectIntegration)(projectRoot) ?? value;
    }
    return value;
}
/**
 * The provided names the workflow does not declare, in the order given: the reference accepts
 * them without a word and drops them, so a typo would go unnoticed unless an adapter says so.
 */
function undeclaredInputs(def, provided) {
    const declared = (0, pyvalue_js_1.isDict)(def.inputs) ? def.inputs : {};
    return (0, pyvalue_js_1.pyKeys)(provided).filter((name) => !(0, pyvalue_js_1.hasKey)(declared, name));
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
            throw new types_js_1.WorkflowError(`Input ${(0, pyvalue_js_1.pyKeyRepr)(name)} is required but was not provided.`);
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
        (0, pyvalue_js_1.setKey)(resolved, name, coerceInput(name, value, checkedDef, valueType));
    }
    (0, pyvalue_js_1.recordPyKeyOrder)(resolved, (0, pyvalue_js_1.pyKeys)(inputDefs).filter((name) => (0, pyvalue_js_1.hasKey)(resolved, name)));
    return resolved;
}


/***/ }),

/***/ 3494:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ItemRunTrace = exports.REUSE_FORMAT = void 0;
exports.digest = digest;
exports.definitionDigest = definitionDigest;
exports.isPrivateTo = isPrivateTo;
exports.fingerprinter = fingerprinter;
exports.reusableEntry = reusableEntry;
/**
 * When a resumed fan-out may keep an item's recorded result instead of
 * running the item again.
 *
 * The reference re-runs a whole fan-out step when a run is resumed. specflow
 * keeps an item's last result only where running it again provably gives the
 * same records, and re-runs it in any doubt:
 *
 * - Its fingerprint is unchanged: the run's saved workflow definition, the
 *   run's inputs, the fan-out step's id, the item's index and value, and the
 *   step template, compared as exact JSON text (so `1` and `true`, or two key
 *   orders, differ).
 * - Every record the item's run wrote (its own, and those of the steps
 *   nested in it: branches, loop passes, inner fan-outs) is `completed`, none
 *   is a gate, even one a later record under the same id replaced, and the
 *   item did not stop short (an unknown step type, or a
 *   halt of the run seen from inside the item).
 * - Every step record the item read before writing it itself (an expression
 *   such as `{{ steps.plan.output.stdout }}`) is as it was then. An item that
 *   looked at all of `steps` at once is never reused.
 * - The records it wrote under ids that only it uses (`<item id>:...`) are
 *   still there, unchanged.
 *
 * A gate is never reused, answered or not: the reference asks it again, and
 * what its answer approved (a message, a `show_file` on disk) may have
 * changed since. What an item does outside the run (files, environment,
 * network) cannot be fingerprinted; `--rerun-items` turns reuse off.
 *
 * Records that nested steps wrote under ids shared with other items (a step
 * inside an `if` template keeps its plain id) are kept whole in the entry and
 * written again when the item is reused, so `steps.<id>` after the fan-out
 * shows the record the last item wrote, as after a re-run.
 *
 * Entries live in the run's state (`fan_out_reuse`), keyed by item id. The
 * entry of an item is removed when the item starts and written only once it
 * has finished, so a state written in between never offers a partial run.
 * Only entries that existed when a resume began are used, each at most once:
 * an item never reuses what was recorded in the same run of the engine.
 */
const node_crypto_1 = __nccwpck_require__(7598);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
/** Changes whenever what an entry means changes; entries of another format are ignored. */
exports.REUSE_FORMAT = 3;
/**
 * The exact JSON text of a value (floats, big ints and key types kept). With
 * an indent, pyJsonDumps takes JSON.stringify's fast path for plain data.
 */
const exactJson = (value) => (0, pyvalue_js_1.pyJsonDumps)(value, 1);
/** SHA-256 of the exact JSON text of a value. */
function digest(value) {
    return (0, node_crypto_1.createHash)('sha256').update(exactJson(value)).digest('base64url');
}
/** SHA-256 of a workflow definition's saved YAML text. */
function definitionDigest(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text, 'utf8').digest('base64url');
}
/** Whether `id` belongs to the item `itemId` alone: the item itself or an id it prefixes. */
function isPrivateTo(itemId, id) {
    // The separator matters: item `f:t:1` must not claim `f:t:10` or its records.
    return id === itemId || id.startsWith(`${itemId}:`);
}
/** Whether a record may stand for a run that needs no repeating. */
function reusableRecord(record) {
    return (0, pyvalue_js_1.isDict)(record) && record.status === types_js_1.StepStatus.Completed && record.type !== 'gate';
}
function recordDigest(steps, id) {
    return (0, pyvalue_js_1.hasKey)(steps, id) ? digest(steps[id]) : null;
}
/** Fingerprints of the items of one fan-out run. */
function fingerprinter(basis) {
    const common = digest([
        exports.REUSE_FORMAT,
        basis.definition,
        basis.inputs,
        basis.parentId,
        basis.template
    ]);
    return (index, item) => (0, node_crypto_1.createHash)('sha256')
        .update(`${common}\n${index}\n`)
        .update(exactJson(item))
        .digest('base64url');
}
/**
 * An entry as the run's state keeps it: parts that are empty, and a current
 * step that is the item itself, are left out (state files of big fan-outs are
 * rewritten often, and most items read and share nothing).
 */
function stored(entry, itemId) {
    const out = {
        format: entry.format,
        fingerprint: entry.fingerprint,
        record: entry.record
    };
    if (Object.keys(entry.private).length > 0)
        out.private = entry.private;
    if (entry.shared.length > 0)
        out.shared = entry.shared;
    if (Object.keys(entry.reads).length > 0)
        out.reads = entry.reads;
    if (entry.current !== itemId)
        out.current = entry.current;
    return out;
}
/** The entry of item `itemId`, when `value` (read from a run's state) is one of this format. */
function asEntry(value, itemId) {
    if (!(0, pyvalue_js_1.isDict)(value) || value.format !== exports.REUSE_FORMAT)
        return null;
    const { fingerprint, record } = value;
    const own = (0, pyvalue_js_1.getOr)(value, 'private', {});
    const shared = (0, pyvalue_js_1.getOr)(value, 'shared', []);
    const reads = (0, pyvalue_js_1.getOr)(value, 'reads', {});
    const current = (0, pyvalue_js_1.getOr)(value, 'current', itemId);
    if (typeof fingerprint !== 'string' || typeof record !== 'string')
        return null;
    if (typeof current !== 'string')
        return null;
    if (!(0, pyvalue_js_1.isDict)(own) || !Object.values(own).every((d) => typeof d === 'string'))
        return null;
    if (!(0, pyvalue_js_1.isDict)(reads) || !Object.values(reads).every((d) => d === null || typeof d === 'string')) {
        return null;
    }
    const wellFormed = (pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && (0, pyvalue_js_1.isDict)(pair[1]);
    if (!Array.isArray(shared) || !shared.every(wellFormed))
        return null;
    return {
        format: exports.REUSE_FORMAT,
        fingerprint,
        record,
        private: own,
        shared: shared,
        reads: reads,
        current
    };
}
/**
 * The entry of item `itemId` when its recorded result may be kept: `raw` is
 * what the run's state held for it when the resume began, `steps` the
 * records as they are now, just before the item would start.
 */
function reusableEntry(raw, fingerprint, itemId, steps) {
    const entry = asEntry(raw, itemId);
    if (entry === null || entry.fingerprint !== fingerprint)
        return null;
    if (!(0, pyvalue_js_1.hasKey)(steps, itemId) || !reusableRecord(steps[itemId]))
        return null;
    if (digest(steps[itemId]) !== entry.record)
        return null;
    for (const [id, expected] of Object.entries(entry.private)) {
        if (id === itemId || !isPrivateTo(itemId, id))
            return null;
        if (!(0, pyvalue_js_1.hasKey)(steps, id) || !reusableRecord(steps[id]) || digest(steps[id]) !== expected) {
            return null;
        }
    }
    for (const [id, record] of entry.shared) {
        // A shared id inside this item's own space, or a record that needs repeating: not ours.
        if (isPrivateTo(itemId, id) || !reusableRecord(record))
            return null;
    }
    for (const [id, expected] of Object.entries(entry.reads)) {
        if (recordDigest(steps, id) !== expected)
            return null;
    }
    return entry;
}
/**
 * Watches one fan-out item run: what it records (told by the engine through
 * the ItemTrace interface) and which records it reads (through `view`).
 */
class ItemRunTrace {
    itemId;
    steps;
    written = new Map();
    reads = new Map();
    spoiled = false;
    current;
    constructor(itemId, steps) {
        this.itemId = itemId;
        this.steps = steps;
        this.current = itemId;
    }
    started(stepId) {
        this.current = stepId;
    }
    wrote(stepId, record) {
        // A gate or an unfinished step rules the item out for good, even once a later
        // record under the same id (a loop pass, a nested template's step) replaces it.
        if (!reusableRecord(record))
            this.spoiled = true;
        // Last write last: a loop pass rewrites its body's plain ids.
        this.written.delete(stepId);
        this.written.set(stepId, record);
    }
    spoil() {
        this.spoiled = true;
    }
    /** Every record the item's run wrote, in the order last written. */
    records() {
        return [...this.written];
    }
    /** The last step the item's run started. */
    currentStep() {
        return this.current;
    }
    /**
     * The records as the item's steps see them: the same object, with every
     * lookup of a record the item has not written itself noted with the
     * record's digest at that moment. Listing all records (`{{ steps }}`)
     * makes the item depend on everything: it is not reused.
     */
    view() {
        const note = (key) => {
            if (typeof key !== 'string' || this.written.has(key) || this.reads.has(key))
                return;
            this.reads.set(key, recordDigest(this.steps, key));
        };
        return new Proxy(this.steps, {
            get: (target, key) => {
                note(key);
                return Reflect.get(target, key);
            },
            has: (target, key) => {
                note(key);
                return Reflect.has(target, key);
            },
            getOwnPropertyDescriptor: (target, key) => {
                note(key);
                return Reflect.getOwnPropertyDescriptor(target, key);
            },
            ownKeys: (target) => {
                this.spoiled = true;
                return Reflect.ownKeys(target);
            }
        });
    }
    /** The entry for this finished run as the state keeps it, or null when a resume must run the item again. */
    entry(fingerprint) {
        if (this.spoiled)
            return null;
        const own = this.written.get(this.itemId);
        if (own === undefined || this.steps[this.itemId] !== own)
            return null;
        const privateDigests = new Map();
        const shared = [];
        for (const [id, record] of this.written) {
            if (!reusableRecord(record))
                return null;
            if (id === this.itemId)
                continue;
            if (isPrivateTo(this.itemId, id)) {
                // Nobody else writes these; a different record there means something is off.
                if (this.steps[id] !== record)
                    return null;
                privateDigests.set(id, digest(record));
            }
            else {
                shared.push([id, record]);
            }
        }
        return stored({
            format: exports.REUSE_FORMAT,
            fingerprint,
            record: digest(own),
            private: Object.fromEntries(privateDigests),
            shared,
            reads: Object.fromEntries(this.reads),
            current: this.current
        }, this.itemId);
    }
}
exports.ItemRunTrace = ItemRunTrace;


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.waitingGate = waitingGate;
exports.gateOutcome = gateOutcome;
exports.runOutcome = runOutcome;
exports.distributionOutcome = distributionOutcome;
exports.haltedWithin = haltedWithin;
exports.haltingStepId = haltingStepId;
exports.enclosingSteps = enclosingSteps;
exports.endedInFailure = endedInFailure;
exports.exitCodeFor = exitCodeFor;
exports.verdictInputFor = verdictInputFor;
exports.gateAnswer = gateAnswer;
/**
 * The machine-readable outcome of a run (what `specflow ... --json` prints
 * and what the Action sets as outputs).
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const step_tree_js_1 = __nccwpck_require__(7475);
const index_js_1 = __nccwpck_require__(2734);
const gate_js_1 = __nccwpck_require__(4927);
const types_js_1 = __nccwpck_require__(3171);
/** The current step's record when that step is a gate (whatever the run's status). */
function currentGateRecord(state) {
    const rec = state.currentStepId === null
        ? undefined
        : (0, pyvalue_js_1.getOr)(state.stepResults, state.currentStepId, undefined);
    if (!rec || typeof rec !== 'object')
        return undefined;
    const out = (rec.output ?? {});
    // Records from older tools may lack `type`; only a gate writes `on_reject`.
    const isGate = rec.type ? rec.type === 'gate' : 'on_reject' in out;
    return isGate ? rec : undefined;
}
/** The gate a paused run waits at, with its record; null when it is not paused at a gate. */
function waitingGate(state) {
    if (state.status !== types_js_1.RunStatus.Paused || state.currentStepId === null)
        return null;
    const record = currentGateRecord(state);
    return record === undefined ? null : { stepId: state.currentStepId, record };
}
/** The gate the run rests on, when it is paused or aborted at one. */
function gateOutcome(state) {
    if (state.status !== types_js_1.RunStatus.Paused && state.status !== types_js_1.RunStatus.Aborted)
        return undefined;
    const rec = currentGateRecord(state);
    if (rec === undefined)
        return undefined;
    const out = (rec.output ?? {});
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
    if (endedInFailure(state.status)) {
        outcome.error = state.error;
        outcome.failed_step_id = state.failedStepId;
    }
    const distribution = distributionOutcome(state);
    if (distribution !== null)
        outcome.distribution = distribution;
    return outcome;
}
/** The fan-out whose items wait in shards of other jobs, with how many; null when there is none. */
function distributionOutcome(state) {
    const d = state.distribution;
    if (d === null)
        return null;
    return {
        step_id: d.stepId,
        shards: d.shards.length,
        items: d.shards.reduce((n, shard) => n + shard.length, 0)
    };
}
/**
 * Whether the step `stepId` encloses `haltedStepId` (a fan-out whose item, a loop whose pass,
 * halted the run): the engine names nested records `<parent>:<child>...`, and a step's own id
 * may not hold ':'. Its own record may say completed, as in the reference.
 */
function haltedWithin(stepId, haltedStepId) {
    return haltedStepId !== null && haltedStepId.startsWith(`${stepId}:`);
}
/**
 * The step the run stopped at: the one that failed or aborted it (failed_step_id; the current
 * step for a state written without it), or the one a paused run waits at (its gate, or the
 * step an interruption stopped). Null for a run that did not stop short.
 */
function haltingStepId(state) {
    if (endedInFailure(state.status))
        return state.failedStepId ?? state.currentStepId;
    return state.status === types_js_1.RunStatus.Paused ? state.currentStepId : null;
}
/**
 * The steps of `steps` that enclose the step `stepId`, outermost first: the ones whose step
 * lists hold it (an `if` branch, a loop body) and the fan-out or loop whose item or pass it is
 * (haltedWithin). Their own records may say completed; empty when it is top-level or unknown.
 */
function enclosingSteps(steps, stepId, stepTypes = index_js_1.STEP_TYPES) {
    const search = (list, outer) => {
        if (!Array.isArray(list))
            return null;
        for (let index = 0; index < list.length; index++) {
            const config = list[index];
            if (!(0, pyvalue_js_1.isDict)(config))
                continue;
            const id = (0, step_tree_js_1.stepIdAt)(config, index);
            if (id === stepId)
                return outer;
            for (const child of (0, step_tree_js_1.childLists)(config, stepTypes)) {
                const found = search(child.steps, [...outer, id]);
                if (found !== null)
                    return found;
            }
            if (haltedWithin(id, stepId))
                return [...outer, id];
        }
        return null;
    };
    return search(steps, []) ?? [];
}
/** A run that ended in failure: failed, or aborted at a gate (a pause is a legitimate wait). */
function endedInFailure(status) {
    return status === types_js_1.RunStatus.Failed || status === types_js_1.RunStatus.Aborted;
}
/** 0 for completed and paused, 1 for failed and aborted. */
function exitCodeFor(status) {
    return endedInFailure(status) ? 1 : 0;
}
/**
 * The input a gate reads its verdict from (`verdict_input`), so a paused run
 * can say exactly how to resume it; null when the gate has none (or there is
 * no definition or gate to look in).
 */
function verdictInputFor(definition, gateStepId, stepTypes = index_js_1.STEP_TYPES) {
    if (definition === null || gateStepId === null)
        return null;
    const config = (0, step_tree_js_1.findStep)(definition.steps, gateStepId, stepTypes);
    const name = config === undefined ? null : (0, pyvalue_js_1.getOr)(config, 'verdict_input', null);
    return typeof name === 'string' && name !== '' ? name : null;
}
/** How to answer the gate a paused run waits at; null when it waits at none. */
function gateAnswer(record) {
    const gate = waitingGate(record.state);
    if (gate === null)
        return null;
    const raw = gate.record.output?.options;
    const options = Array.isArray(raw) ? raw.map((o) => (0, pyvalue_js_1.pyStr)(o)) : [];
    return {
        stepId: gate.stepId,
        options,
        verdictInput: verdictInputFor(record.definition, gate.stepId),
        approveWith: options.find((o) => !(0, gate_js_1.isRejection)(o)) ?? options[0] ?? null,
        onReject: onRejectFor(record.definition, gate.stepId)
    };
}
/** The gate's `on_reject`, as the gate step reads it (`abort` when unset or unreadable). */
function onRejectFor(definition, gateStepId) {
    const config = definition === null ? undefined : (0, step_tree_js_1.findStep)(definition.steps, gateStepId, index_js_1.STEP_TYPES);
    const value = config === undefined ? 'abort' : (0, pyvalue_js_1.getOr)(config, 'on_reject', 'abort');
    return typeof value === 'string' ? value : 'abort';
}


/***/ }),

/***/ 1976:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The end of a process's output, for places that show a failure without the
 * whole stream: an agent step's error message and the job summary.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputTail = outputTail;
/**
 * The last `maxLines` lines of `text` (line endings normalized, trailing
 * whitespace dropped so blank lines at the end do not use up the budget),
 * cut to its last `maxChars` characters behind a leading `…` when longer.
 */
function outputTail(text, maxLines, maxChars) {
    const lines = text.replace(/\r\n?/g, '\n').trimEnd().split('\n');
    const kept = lines.slice(-maxLines).join('\n');
    return kept.length > maxChars ? `…${kept.slice(kept.length - maxChars)}` : kept;
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
                if (child.pid !== undefined) {
                    untrackGroup(child.pid);
                    spec.groups?.ended(child.pid);
                }
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
                env: spec.groups?.marker
                    ? { ...(spec.env ?? process.env), [spec.groups.marker[0]]: spec.groups.marker[1] }
                    : spec.env,
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
        if (started.pid !== undefined) {
            trackGroup(started.pid);
            // Before returning to the event loop: the child cannot have been reaped yet, so
            // its /proc entry (and start time) is still there even if it already exited.
            spec.groups?.started(started.pid);
        }
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
 * `[1, 'a']`, `{'k': 1}`, `2.0`), truthiness follows `bool()`, and `==`
 * treats `True == 1 == 1.0`.
 *
 * The value model keeps Python's types where JavaScript would blur them:
 * - a JS `number` is a Python int (always a safe integer, never -0), and a
 *   `bigint` an int beyond 2**53 (so every digit stays exact);
 * - a Python float is a `PyFloat` box, so `2.0` stays a float through
 *   rendering, comparison, the run files and a resume (`2.0`, not `2`);
 * - a dict is a plain object; a key that is not a str (`1`, `None`, `True`,
 *   `1.5` from YAML) is stored under a property name that starts with NUL
 *   (see `pyKeyName`), so it never collides with the str key of the same text.
 * A stray non-integral JS number is still read as a float, to stay safe.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PyJsonError = exports.PyJsonDepthError = exports.RUN_FILE_MAX_DEPTH = exports.PY_JSON_MAX_DEPTH = exports.PY_INT_MAX_STR_DIGITS = exports.PyFloat = void 0;
exports.pyInt = pyInt;
exports.isDict = isDict;
exports.getOr = getOr;
exports.hasKey = hasKey;
exports.setKey = setKey;
exports.pyTypeName = pyTypeName;
exports.isPyInt = isPyInt;
exports.isPyNumber = isPyNumber;
exports.pyNumberValue = pyNumberValue;
exports.pyFloatRepr = pyFloatRepr;
exports.pyNumber = pyNumber;
exports.pyReprString = pyReprString;
exports.pyRepr = pyRepr;
exports.pyStr = pyStr;
exports.pyTruthy = pyTruthy;
exports.pyEquals = pyEquals;
exports.pyContains = pyContains;
exports.pyKeyName = pyKeyName;
exports.pyKeyOf = pyKeyOf;
exports.pyKeyRepr = pyKeyRepr;
exports.pyKeyStr = pyKeyStr;
exports.findKeyName = findKeyName;
exports.pyIsSpace = pyIsSpace;
exports.pyStrip = pyStrip;
exports.pyParseInt = pyParseInt;
exports.pyParseFloat = pyParseFloat;
exports.pyCompare = pyCompare;
exports.jsonNestsTooDeep = jsonNestsTooDeep;
exports.pyJsonLoads = pyJsonLoads;
exports.pyJsonDumps = pyJsonDumps;
exports.pyJsonLine = pyJsonLine;
exports.standardJson = standardJson;
exports.isArrayIndexKey = isArrayIndexKey;
exports.recordPyKeyOrder = recordPyKeyOrder;
exports.carryPyKeyOrder = carryPyKeyOrder;
exports.pyKeys = pyKeys;
exports.markPyTuple = markPyTuple;
exports.isPyTuple = isPyTuple;
exports.isPyList = isPyList;
/** A Python float. Immutable; JS numbers in workflow data are Python ints. */
class PyFloat {
    value;
    constructor(value) {
        this.value = value;
    }
    /** What non-Python consumers (JSON.stringify) see: the plain number. */
    toJSON() {
        return this.value;
    }
    toString() {
        return pyFloatRepr(this.value);
    }
}
exports.PyFloat = PyFloat;
/** An int in the value model's one spelling: a number when safe (never -0), else a bigint. */
function pyInt(n) {
    if (typeof n === 'bigint') {
        return n >= -MAX_SAFE && n <= MAX_SAFE ? Number(n) : n;
    }
    if (Number.isSafeInteger(n))
        return n === 0 ? 0 : n;
    return Number.isInteger(n) ? BigInt(n) : n;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function isDict(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof PyFloat));
}
/**
 * Python's `dict.get(key, default)`: the default only when the key is absent.
 * Own keys only, so `constructor` or `toString` are keys like any other.
 */
function getOr(obj, key, fallback) {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : fallback;
}
/** Python's `key in dict` (own keys only). */
function hasKey(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/**
 * Python's `dict[key] = value`. A plain assignment of `__proto__` would
 * replace the object's prototype instead of storing a key.
 */
function setKey(obj, key, value) {
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
/** The Python type name of a value, as `type(x).__name__` would say it. */
function pyTypeName(value) {
    if (value === null || value === undefined)
        return 'NoneType';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'int' : 'float';
    if (typeof value === 'bigint')
        return 'int';
    if (value instanceof PyFloat)
        return 'float';
    if (typeof value === 'string')
        return 'str';
    if (Array.isArray(value))
        return isPyTuple(value) ? 'tuple' : 'list';
    return 'dict';
}
/** `isinstance(x, int)` without bools. */
function isPyInt(value) {
    return (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'bigint';
}
/** `isinstance(x, (int, float))` without bools. */
function isPyNumber(value) {
    return typeof value === 'number' || typeof value === 'bigint' || value instanceof PyFloat;
}
/** The JS number of an int or float (never a bool), for arithmetic such as timeouts; undefined for anything else. */
function pyNumberValue(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'bigint')
        return Number(value);
    if (value instanceof PyFloat)
        return value.value;
    return undefined;
}
/** Python's `repr()` of a float: always shows it is a float (`1.0`, `1e+16`, `-0.0`, `inf`). */
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
        // JS and Python both print the shortest digits that read back the same.
        const s = String(n);
        return Number.isInteger(n) ? `${s}.0` : s;
    }
    // Outside [1e-4, 1e16) Python uses exponent form with at least two exponent digits.
    const [mantissa, exp] = n.toExponential().split('e');
    const sign = exp.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}
/** Python's `str()` of an int or float of the value model. */
function pyNumber(n) {
    if (typeof n === 'bigint')
        return n.toString();
    if (n instanceof PyFloat)
        return pyFloatRepr(n.value);
    if (!Number.isInteger(n))
        return pyFloatRepr(n);
    // Every digit of the exact value (an unsafe JS integer would print rounded digits).
    return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
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
    if (typeof value === 'number' || typeof value === 'bigint')
        return pyNumber(value);
    if (typeof value === 'string')
        return value;
    if (value instanceof PyFloat)
        return pyFloatRepr(value.value);
    if (Array.isArray(value)) {
        return isPyTuple(value) ? pyTupleStr(value) : '[' + value.map(pyRepr).join(', ') + ']';
    }
    if (isDict(value)) {
        const parts = pyKeys(value).map((k) => `${pyKeyRepr(k)}: ${pyRepr(value[k])}`);
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
        return value !== 0;
    if (typeof value === 'string')
        return value.length > 0;
    if (value instanceof PyFloat)
        return value.value !== 0; // NaN is truthy in Python
    if (typeof value === 'bigint')
        return value !== 0n;
    if (Array.isArray(value))
        return value.length > 0;
    if (isDict(value))
        return Object.keys(value).length > 0; // O(size): avoid on hot paths
    return true;
}
/** The numeric value of a bool, int or float (bigint kept exact); undefined for anything else. */
function numericOf(value) {
    if (typeof value === 'number' || typeof value === 'bigint')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (value instanceof PyFloat)
        return value.value;
    return undefined;
}
/**
 * Compare two numbers exactly, as Python compares ints and floats (an int
 * beyond 2**53 against a float is not rounded first): negative, zero or
 * positive, or NaN when either is NaN.
 */
function compareNumeric(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'number')
        return -compareNumeric(b, a);
    const big = a;
    const f = b;
    if (Number.isNaN(f))
        return NaN;
    if (f === Infinity)
        return -1;
    if (f === -Infinity)
        return 1;
    // Every finite double has an exact integral floor; big and f differ unless f is that integer.
    const floor = BigInt(Math.floor(f));
    if (big < floor)
        return -1;
    if (big > floor)
        return 1;
    return Number.isInteger(f) ? 0 : -1;
}
/**
 * Python's `==` (bools compare as 0/1 with numbers; lists and dicts compare
 * deeply). Inside containers Python takes an object as equal to itself before
 * comparing, so a list holding one NaN object equals itself.
 */
function pyEquals(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a === b;
    if (typeof a === 'string' || typeof b === 'string')
        return a === b;
    const na = numericOf(a);
    const nb = numericOf(b);
    if (na !== undefined && nb !== undefined)
        return compareNumeric(na, nb) === 0;
    if (a === null || a === undefined)
        return b === null || b === undefined;
    if (Array.isArray(a) && Array.isArray(b)) {
        // A tuple never equals a list: ('a', 1) != ['a', 1].
        if (isPyTuple(a) !== isPyTuple(b))
            return false;
        return a.length === b.length && a.every((v, i) => v === b[i] || pyEquals(v, b[i]));
    }
    if (isDict(a) && isDict(b)) {
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => {
            const other = k.charCodeAt(0) === 0 ? findKeyName(b, pyKeyOf(k)) : hasKey(b, k) ? k : undefined;
            return other !== undefined && (a[k] === b[other] || pyEquals(a[k], b[other]));
        });
    }
    return false;
}
/** Python's `x in container` for lists, strings (substring) and dicts (keys). */
function pyContains(container, x) {
    if (Array.isArray(container))
        return container.some((v) => v === x || pyEquals(v, x));
    if (typeof container === 'string') {
        if (typeof x !== 'string')
            throw new TypeError("'in <string>' requires string as left operand");
        return container.includes(x);
    }
    if (isDict(container)) {
        if (Array.isArray(x) && !isPyTuple(x))
            throw new TypeError("unhashable type: 'list'");
        if (isDict(x))
            throw new TypeError("unhashable type: 'dict'");
        return findKeyName(container, x) !== undefined;
    }
    throw new TypeError(`argument of type '${pyTypeName(container)}' is not iterable`);
}
// ---------------------------------------------------------------------------
// Dict keys that are not strings.
//
// PyYAML gives mapping keys their scalar type (`1:` is the int 1, `~:` None).
// A JS object holds only string property names, so such a key is stored under
// NUL + its repr (`"\0" + "1"`, `"\0None"`, `"\0True"`, `"\0" + "1.5"`): the
// name cannot be typed as a dot path, it renders with str() as the key does,
// and json.dump's spelling of the key is derived from it. A str key that
// itself starts with NUL is stored under NUL + "s" + the key.
const KEY_MARK = '\u0000';
const INT_KEY = /^-?\d+$/;
/** The property name under which a dict holds the Python key `key` (a str, int, float, bool or None). */
function pyKeyName(key) {
    if (typeof key === 'string')
        return key.charCodeAt(0) === 0 ? `${KEY_MARK}s${key}` : key;
    return KEY_MARK + pyRepr(key);
}
/** The Python key stored under a property name (the inverse of `pyKeyName`). */
function pyKeyOf(name) {
    if (name.charCodeAt(0) !== 0)
        return name;
    const text = name.slice(1);
    if (text.startsWith('s'))
        return text.slice(1);
    if (text === 'None')
        return null;
    if (text === 'True' || text === 'False')
        return text === 'True';
    if (INT_KEY.test(text))
        return pyInt(BigInt(text));
    return new PyFloat(text === 'nan' ? NaN : text === 'inf' ? Infinity : text === '-inf' ? -Infinity : Number(text));
}
/** `repr()` of the key stored under a property name. */
function pyKeyRepr(name) {
    if (name.charCodeAt(0) !== 0)
        return pyReprString(name);
    return name[1] === 's' ? pyReprString(name.slice(2)) : name.slice(1);
}
/** `str()` of the key stored under a property name (what a switch matches cases with). */
function pyKeyStr(name) {
    if (name.charCodeAt(0) !== 0)
        return name;
    return name[1] === 's' ? name.slice(2) : name.slice(1);
}
/** Whether a property name holds a key that is not a str. */
function isTypedKeyName(name) {
    return name.charCodeAt(0) === 0 && name[1] !== 's';
}
/**
 * The property under which `dict` holds a key equal to `key`, if any. Python
 * finds `1`, `1.0` and `True` as one key (equal numbers hash alike), so every
 * spelling of an equal number is tried.
 */
function findKeyName(dict, key) {
    const n = numericOf(key);
    if (n === undefined) {
        const name = pyKeyName(key);
        return hasKey(dict, name) ? name : undefined;
    }
    for (const name of numericKeyNames(n))
        if (hasKey(dict, name))
            return name;
    return undefined;
}
/** Every property name a key equal to the number `n` may be stored under. */
function numericKeyNames(n) {
    if (typeof n === 'bigint') {
        const asFloat = Number(n);
        return BigInt(asFloat) === n
            ? [KEY_MARK + n.toString(), KEY_MARK + pyFloatRepr(asFloat)]
            : [KEY_MARK + n.toString()];
    }
    if (!Number.isInteger(n))
        return [KEY_MARK + pyFloatRepr(n)];
    const names = [KEY_MARK + pyNumber(pyInt(n)), KEY_MARK + pyFloatRepr(n)];
    if (n === 0)
        names.push(KEY_MARK + '-0.0', KEY_MARK + 'False');
    if (n === 1)
        names.push(KEY_MARK + 'True');
    return names;
}
/** The text json.dump writes for the key stored under a property name. */
function jsonKeyText(name) {
    if (!isTypedKeyName(name))
        return pyKeyStr(name);
    const text = name.slice(1);
    if (text === 'None')
        return 'null';
    if (text === 'True' || text === 'False')
        return text.toLowerCase();
    if (text === 'inf')
        return 'Infinity';
    if (text === '-inf')
        return '-Infinity';
    if (text === 'nan')
        return 'NaN';
    return text;
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
 * surrounding whitespace. Exact at any size (a bigint beyond 2**53).
 */
function pyParseInt(text) {
    const t = numberText(text);
    if (!PY_INT_TEXT.test(t))
        return undefined;
    const digits = t.replace(/[+_-]/g, '');
    if (digits.length > exports.PY_INT_MAX_STR_DIGITS)
        return undefined;
    const plain = t.replace(/_/g, '');
    // Up to 15 digits a double is exact; beyond, parse exactly.
    return pyInt(digits.length <= 15 ? Number(plain) : BigInt(plain));
}
const PY_FLOAT_TEXT = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const PY_FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;
/** Python's `float(text)` as a plain number (box it in a PyFloat to use it as a value), or undefined where Python raises ValueError. */
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
    if (na !== undefined && nb !== undefined)
        return orderResult(compareNumeric(na, nb), op);
    if (typeof a === 'string' && typeof b === 'string')
        return orderResult(compareCodePoints(a, b), op);
    if (Array.isArray(a) && Array.isArray(b) && isPyTuple(a) === isPyTuple(b)) {
        const common = Math.min(a.length, b.length);
        for (let i = 0; i < common; i++) {
            if (a[i] !== b[i] && !pyEquals(a[i], b[i]))
                return pyCompare(a[i], b[i], op);
        }
        return orderResult(a.length - b.length, op);
    }
    throw new TypeError(`'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
}
/** How deep json.loads nests before Python's recursion limit stops it. */
exports.PY_JSON_MAX_DEPTH = 1000;
/**
 * How deep a run file may nest: a value as deep as PY_JSON_MAX_DEPTH (a step's
 * JSON output) sits a few levels down in `state.json` (`step_results.<id>.output.data`)
 * and in journal lines, and must load back.
 */
exports.RUN_FILE_MAX_DEPTH = exports.PY_JSON_MAX_DEPTH + 16;
/**
 * JSON nested deeper than Python's decoder can go (its RecursionError): not a
 * JSONDecodeError, so what catches only decode errors lets it through, as in
 * the reference.
 */
class PyJsonDepthError extends Error {
    position;
    constructor(position, maxDepth = exports.PY_JSON_MAX_DEPTH) {
        super(`JSON nested more than ${maxDepth} levels deep (at character ${position})`);
        this.position = position;
        this.name = 'PyJsonDepthError';
    }
}
exports.PyJsonDepthError = PyJsonDepthError;
/**
 * Whether JSON text nests deeper than `maxDepth`, in one pass that
 * skips strings: text JSON.parse would read (it nests as deep as memory
 * allows) but nothing could write back out or Python could read.
 */
function jsonNestsTooDeep(text, maxDepth = exports.PY_JSON_MAX_DEPTH) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            for (i++; i < text.length; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c)
                    i++;
                else if (d === 0x22)
                    break;
            }
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > maxDepth)
                return true;
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return false;
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
// json.loads hands out one shared object per literal, which containers compare by identity.
const JSON_NAN = new PyFloat(NaN);
const JSON_INF = new PyFloat(Infinity);
const JSON_NEG_INF = new PyFloat(-Infinity);
/**
 * How json.dumps spells a number: every digit of an int, repr() of a float,
 * NaN/Infinity literals. A JS number is an int when integral unless `isFloat`.
 */
function jsonNumber(n, isFloat = false) {
    if (typeof n === 'bigint')
        return n.toString();
    if (Number.isNaN(n))
        return 'NaN';
    if (n === Infinity)
        return 'Infinity';
    if (n === -Infinity)
        return '-Infinity';
    return Number.isInteger(n) && !isFloat ? pyNumber(n) : pyFloatRepr(n);
}
/**
 * Python's `json.loads` on a str: standard JSON plus the NaN, Infinity and
 * -Infinity literals Python accepts; a leading byte-order mark is an error.
 * JSON integers load as ints (exactly, at any size up to Python's 4300-digit
 * limit) and the rest as floats (`1.0` stays the float 1.0).
 */
function pyJsonLoads(text, maxDepth = exports.PY_JSON_MAX_DEPTH) {
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
    let depth = 0;
    const parseValue = () => {
        const ch = text[pos];
        if (ch !== '{' && ch !== '[')
            return parseItem();
        // Python's decoder recurses per level and gives up near its recursion limit.
        if (++depth > maxDepth)
            throw new PyJsonDepthError(pos, maxDepth);
        try {
            return parseItem();
        }
        finally {
            depth--;
        }
    };
    const parseItem = () => {
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
                setKey(obj, pyKeyName(key), value);
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
            ['NaN', JSON_NAN],
            ['Infinity', JSON_INF],
            ['-Infinity', JSON_NEG_INF]
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
            if (m[1] !== undefined || m[2] !== undefined)
                return new PyFloat(Number(m[0]));
            const digits = m[0].length - (m[0][0] === '-' ? 1 : 0);
            if (digits > exports.PY_INT_MAX_STR_DIGITS)
                fail('an integer longer than 4300 digits');
            return pyInt(digits <= 15 ? Number(m[0]) : BigInt(m[0]));
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
    // unless a number or key needs Python's spelling.
    return refusingCircles(() => indent !== undefined && !needsPythonSpelling(value)
        ? JSON.stringify(value, null, indent)
        : writeJson(value, indent, false));
}
/**
 * One line of JSON that `pyJsonLoads` reads back as the same value (the run
 * journal's lines): compact, and spelled as Python would only where a number
 * or a key order needs it.
 */
function pyJsonLine(value) {
    return refusingCircles(() => needsPythonSpelling(value) ? writeJson(value, undefined, false) : JSON.stringify(value));
}
function refusingCircles(write) {
    try {
        return write();
    }
    catch (err) {
        // Python's json.dump refuses these too ("Circular reference detected").
        if (err instanceof RangeError || (err instanceof TypeError && /circular/i.test(err.message))) {
            throw new TypeError('cannot write the value as JSON: it contains itself (a circular reference, such as a step output holding `{{ steps }}`) or nests too deeply', { cause: err });
        }
        throw err;
    }
}
/**
 * Standard JSON of workflow data for other programs (`--json`, Action
 * outputs): like JSON.stringify (compact without `indent`, undefined members
 * left out), but ints keep every digit, floats show as floats (`2.0`), and
 * NaN/infinities, which JSON cannot hold, are null.
 */
function standardJson(value, indent) {
    if (!needsPythonSpelling(value))
        return JSON.stringify(value, null, indent);
    return writeJson(value, indent, true);
}
function writeJson(value, indent, standard) {
    const parts = [];
    const pad = indent === undefined ? null : ' '.repeat(indent);
    const itemSep = pad !== null ? ',' : standard ? ',' : ', ';
    const keySep = pad === null && standard ? ':' : ': ';
    const number = (n, isFloat = false) => {
        const text = jsonNumber(n, isFloat);
        return standard && typeof n === 'number' && !Number.isFinite(n) ? 'null' : text;
    };
    const write = (v, depth) => {
        if (v === null || v === undefined)
            parts.push('null');
        else if (typeof v === 'boolean')
            parts.push(v ? 'true' : 'false');
        else if (typeof v === 'number' || typeof v === 'bigint')
            parts.push(number(v));
        else if (v instanceof PyFloat)
            parts.push(number(v.value, true));
        else if (typeof v === 'string')
            parts.push(JSON.stringify(v));
        else if (Array.isArray(v))
            writeItems(v, depth, '[', ']', (item) => write(item, depth + 1));
        else if (isDict(v)) {
            const keys = standard ? pyKeys(v).filter((k) => v[k] !== undefined) : pyKeys(v);
            writeItems(keys, depth, '{', '}', (k) => {
                parts.push(JSON.stringify(jsonKeyText(k)), keySep);
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
                parts.push(itemSep);
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
    if (typeof value === 'number')
        return !Number.isSafeInteger(value);
    if (typeof value === 'bigint')
        return true;
    if (typeof value !== 'object' || value === null)
        return false;
    if (value instanceof PyFloat)
        return true;
    if (Array.isArray(value)) {
        for (const item of value)
            if (needsPythonSpelling(item))
                return true;
        return false;
    }
    if (PY_KEY_ORDER.has(value))
        return true;
    for (const key in value) {
        if (key.charCodeAt(0) === 0 || needsPythonSpelling(value[key]))
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
 * Give `copy` (a shallow copy of `obj`, maybe with keys changed or added) `obj`'s Python key
 * order: pyKeys keeps the recorded order and appends keys added since, as Python does.
 */
function carryPyKeyOrder(obj, copy) {
    const order = PY_KEY_ORDER.get(obj);
    if (order !== undefined)
        PY_KEY_ORDER.set(copy, order);
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
// ---------------------------------------------------------------------------
// Python tuples.
//
// PyYAML's `!!omap` and `!!pairs` build lists of (key, value) tuples. A tuple
// is a JS array marked here: it is a list everywhere JS looks (json.dump
// writes tuples as lists too), but str() shows `('a', 1)`, type() is `tuple`,
// and it never equals a list. Code that follows an `isinstance(x, list)` of
// the reference asks `isPyList`, which a tuple fails.
const PY_TUPLES = new WeakSet();
/** Mark `items` as a Python tuple (it is returned for convenience). */
function markPyTuple(items) {
    PY_TUPLES.add(items);
    return items;
}
function isPyTuple(value) {
    return Array.isArray(value) && PY_TUPLES.has(value);
}
/** Python's `isinstance(value, list)`: an array that is not a tuple. */
function isPyList(value) {
    return Array.isArray(value) && !PY_TUPLES.has(value);
}
/** str() of a tuple: `('a', 1)`, `('a',)` for one item, `()` for none. */
function pyTupleStr(items) {
    const inner = items.map(pyRepr).join(', ');
    return items.length === 1 ? `(${inner},)` : `(${inner})`;
}


/***/ }),

/***/ 3688:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertResumePoint = assertResumePoint;
/**
 * Whether a saved state's resume point agrees with the workflow it resumes.
 *
 * A resume continues at `current_step_index` and treats every step before it
 * as done, so a state that came from outside (a run folder copied in, an
 * Actions cache entry another job wrote) could skip steps and gates by
 * pointing past them. What spec-kit and specflow write always agrees with
 * the definition; each check here refuses only what neither ever writes. These
 * catch damaged states: a forged one can be made consistent (only a sealed
 * cache entry, `state-key`, proves who wrote a state).
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const step_tree_js_1 = __nccwpck_require__(7475);
const gate_js_1 = __nccwpck_require__(4927);
const types_js_1 = __nccwpck_require__(3171);
/** Throws a WorkflowError naming the state file unless `point` is a place `steps` can resume from. */
function assertResumePoint(point, steps, stepTypes, options = {}) {
    const bad = (why) => {
        throw new types_js_1.WorkflowError(`corrupt run state ${point.stateFile}: ${why}`);
    };
    const index = point.currentStepIndex;
    if (index >= steps.length) {
        // Resuming there would run nothing and report the run completed.
        bad(`'current_step_index' is ${index}, past the last of the workflow's ${steps.length} steps`);
    }
    const here = steps[index];
    const current = point.currentStepId;
    if (current === null) {
        if (index > 0)
            bad(`'current_step_id' is null, but 'current_step_index' is ${index}`);
    }
    else if (!belongsTo(current, here, index, stepTypes)) {
        bad(`'current_step_id' ${JSON.stringify(current)} is not step ${index} (${JSON.stringify((0, step_tree_js_1.stepIdAt)(here, index))}) nor a step inside it`);
    }
    // Every top-level gate before the resume point was passed; the step at it runs again.
    for (let j = 0; j < index; j++) {
        if ((0, step_tree_js_1.stepTypeOf)(steps[j]) !== 'gate')
            continue;
        const id = (0, step_tree_js_1.stepIdAt)(steps[j], j);
        const record = (0, pyvalue_js_1.getOr)(point.stepResults, id, undefined);
        if (record === undefined)
            bad(`gate ${JSON.stringify(id)} comes before the resume point but never ran`);
        // A nested step may reuse a gate's id (ids are unique per scope), so only a gate's record says.
        if (!(0, pyvalue_js_1.isDict)(record) || record.type !== 'gate')
            continue;
        const passed = record.status === 'completed' ||
            (record.status === 'failed' && steps[j].continue_on_error === true);
        if (!passed) {
            bad(`gate ${JSON.stringify(id)} comes before the resume point but is ${JSON.stringify(record.status)}`);
        }
    }
    // A gate that paused read its verdict input and found it empty (a retry clears it):
    // a saved verdict that passes the gate would let the resume through without anyone's answer.
    const gate = current === null || options.savedVerdictPasses === false
        ? undefined
        : findStepIn(here, index, current, stepTypes);
    if (gate !== undefined && (0, step_tree_js_1.stepTypeOf)(gate) === 'gate') {
        const record = (0, pyvalue_js_1.getOr)(point.stepResults, current, undefined);
        const verdictInput = (0, pyvalue_js_1.getOr)(gate, 'verdict_input', null);
        const value = typeof verdictInput === 'string' ? (0, pyvalue_js_1.getOr)(point.inputs, verdictInput, null) : null;
        const options = (0, pyvalue_js_1.getOr)(gate, 'options', gate_js_1.DEFAULT_GATE_OPTIONS);
        if ((0, pyvalue_js_1.isDict)(record) &&
            record.type === 'gate' &&
            record.status === 'paused' &&
            typeof value === 'string' &&
            (0, pyvalue_js_1.isPyList)(options) &&
            options.some((o) => typeof o === 'string' && o.toLowerCase() === value.toLowerCase() && !(0, gate_js_1.isRejection)(o))) {
            bad(`gate ${JSON.stringify(current)} is paused, but its verdict input ${JSON.stringify(verdictInput)} is saved as ${JSON.stringify(value)}, which would pass it`);
        }
    }
}
/**
 * Whether the engine could have made `id` its current step while running
 * `config`: the step itself, a step nested in it, or an id built from one of
 * those (`<loop>:<step>:<pass>`, `<fan-out>:<template>:<item>`).
 */
function belongsTo(id, config, index, stepTypes) {
    for (const step of (0, step_tree_js_1.walkStep)(config, index, stepTypes)) {
        if (id === step.id || id.startsWith(`${step.id}:`))
            return true;
    }
    return false;
}
/** The step `id` names within `config` (itself, at `index` of its list, or nested), if any. */
function findStepIn(config, index, id, stepTypes) {
    for (const step of (0, step_tree_js_1.walkStep)(config, index, stepTypes))
        if (step.id === id)
            return step.config;
    return undefined;
}


/***/ }),

/***/ 5129:
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
exports.JournalWriter = exports.JOURNAL_FILE = void 0;
exports.newJournalToken = newJournalToken;
exports.journalToken = journalToken;
exports.removeJournal = removeJournal;
exports.readJournal = readJournal;
/**
 * The run journal: `journal.jsonl` beside a run's `state.json`, one line per
 * result recorded since the last snapshot of the state.
 *
 * Rewriting the whole `state.json` for every step costs time quadratic in
 * the number of steps, and rewriting it only now and then loses what
 * finished in between when the process is killed. So each recorded result
 * is appended here the moment it exists (one write: a killed process loses
 * nothing it wrote), made durable against a crash of the machine by an
 * fsync that covers every line written in the last few milliseconds (group
 * commit), and folded into `state.json` from time to time and exactly when
 * the run stops (see run-state.ts).
 *
 * A journal belongs to one snapshot: its first line names a random token
 * that the snapshot it extends also carries (`journal` in state.json). A
 * snapshot without that token, such as one spec-kit wrote (it drops fields
 * it does not know), or one written after the run stopped, ignores whatever
 * journal lies beside it, so lines never apply to a state they did not
 * follow.
 *
 * Entries set values (a record, an output, a position); applying them in
 * order to the snapshot gives the state as it was after the last line. Any
 * prefix is a state the run was in, so a last line without its newline (a
 * write cut off by a kill) or a line of zeros (a crash before the fsync) ends
 * the journal there. Any other line that is not an entry is damage, reported
 * with its line number.
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const node_crypto_1 = __nccwpck_require__(7598);
const files_js_1 = __nccwpck_require__(4817);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
exports.JOURNAL_FILE = 'journal.jsonl';
const JOURNAL_FORMAT = 'specflow-journal/1';
/** How long a written line may wait for the fsync that makes it survive a crash of the machine. */
const GROUP_COMMIT_MS = 4;
/** A fresh token tying a journal to the snapshot it extends. */
function newJournalToken() {
    return (0, node_crypto_1.randomBytes)(12).toString('hex');
}
const TOKEN = /^[0-9a-f]{24}$/;
/** The token a loaded state.json carries, when it is one this tool writes. */
function journalToken(value) {
    return typeof value === 'string' && TOKEN.test(value) ? value : null;
}
/** One line of text for an entry. */
function encode(entry) {
    let doc;
    switch (entry.kind) {
        case 'step':
            doc = { step: entry.stepId, record: entry.record, at: entry.at };
            if (entry.timing !== null)
                doc.timing = entry.timing;
            break;
        case 'output':
            doc = { output: entry.stepId, value: entry.output };
            break;
        case 'reuse':
            doc =
                entry.entry === undefined
                    ? { reuse: entry.itemId }
                    : { reuse: entry.itemId, entry: entry.entry };
            break;
        case 'at':
            doc = { at: entry.at };
            break;
    }
    return (0, pyvalue_js_1.pyJsonLine)(doc) + '\n';
}
/** An open journal that lines are appended to. */
class JournalWriter {
    fd;
    unsynced = false;
    syncing = false;
    closeAfterSync = false;
    timer = null;
    /** Bytes of entries appended so far (the header not counted). */
    bytes = 0;
    constructor(fd) {
        this.fd = fd;
    }
    /**
     * Start a new journal for the snapshot carrying `token`: the header is
     * written to a temp file and renamed over the old journal, so the file is
     * never a mix of two journals.
     */
    static create(dir, token) {
        const file = path.join(dir, exports.JOURNAL_FILE);
        (0, files_js_1.writeFileAtomic)(file, (0, pyvalue_js_1.pyJsonLine)({ journal: JOURNAL_FORMAT, base: token }) + '\n', true);
        return new JournalWriter(fs.openSync(file, 'a'));
    }
    /** Append one entry: when this returns, a kill of this process no longer loses it. */
    append(entry) {
        if (this.fd === null)
            throw new Error('the run journal is closed');
        const data = Buffer.from(encode(entry), 'utf8');
        let written = 0;
        while (written < data.length) {
            written += fs.writeSync(this.fd, data, written, data.length - written);
        }
        this.bytes += data.length;
        this.unsynced = true;
        if (!this.syncing)
            this.scheduleSync();
    }
    scheduleSync() {
        if (this.timer !== null)
            return;
        this.timer = setTimeout(() => this.startSync(), GROUP_COMMIT_MS);
        this.timer.unref();
    }
    /** One fsync, off the event loop, for every line written before it started. */
    startSync() {
        this.timer = null;
        if (this.fd === null || !this.unsynced)
            return;
        this.unsynced = false;
        this.syncing = true;
        const fd = this.fd;
        fs.fdatasync(fd, () => {
            // A failed fsync leaves the lines written (a kill loses nothing); the
            // snapshot at the next stop is made durable on its own.
            this.syncing = false;
            if (this.closeAfterSync) {
                fs.close(fd, () => { });
                return;
            }
            if (this.unsynced)
                this.scheduleSync();
        });
    }
    /** Stop appending (a snapshot now holds everything the journal said). */
    close() {
        if (this.timer !== null) {
            clearTimeout(this.timer);
            this.timer = null;
        }
        if (this.fd === null)
            return;
        const fd = this.fd;
        this.fd = null;
        // An fsync still running uses the descriptor: it closes it when it ends.
        if (this.syncing)
            this.closeAfterSync = true;
        else
            fs.closeSync(fd);
    }
}
exports.JournalWriter = JournalWriter;
/** Remove the journal beside a snapshot that no longer has one. */
function removeJournal(dir) {
    fs.rmSync(path.join(dir, exports.JOURNAL_FILE), { force: true });
}
/**
 * The entries of the journal in `dir` that extend the snapshot carrying
 * `token`: none when there is no journal or it belongs to another snapshot.
 * `parse` reads one line's JSON with the run files' number and key rules.
 */
function readJournal(dir, token, parse) {
    const file = path.join(dir, exports.JOURNAL_FILE);
    let text;
    try {
        text = (0, files_js_1.readRegularText)(file);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    const entries = [];
    let start = 0;
    let line = 0;
    for (;;) {
        const end = text.indexOf('\n', start);
        // The text after the last newline is a write a kill cut short.
        if (end < 0)
            break;
        line++;
        const lineText = text.slice(start, end);
        let doc;
        try {
            doc = parse(lineText);
        }
        catch (err) {
            // Zeros where a crash left the file longer than what reached the disk: the journal ends here.
            if (/^\0*$/.test(lineText))
                break;
            throw new types_js_1.WorkflowError(`corrupt run journal ${file}:${line}: not valid JSON (${err.message}); ` +
                'remove the file to resume from the last snapshot, which runs again what it recorded');
        }
        start = end + 1;
        if (line === 1) {
            if (!(0, pyvalue_js_1.isDict)(doc) || doc.journal !== JOURNAL_FORMAT || doc.base !== token)
                return [];
            continue;
        }
        const entry = decode(doc);
        if (typeof entry === 'string') {
            throw new types_js_1.WorkflowError(`corrupt run journal ${file}:${line}: ${entry}`);
        }
        entries.push(entry);
    }
    return entries;
}
/** The entry a line's JSON says, or why it says none. */
function decode(doc) {
    if (!(0, pyvalue_js_1.isDict)(doc))
        return 'expected a JSON object';
    if ('step' in doc) {
        if (typeof doc.step !== 'string')
            return `'step' must be a step id`;
        if (!(0, pyvalue_js_1.isDict)(doc.record))
            return `the record of step ${JSON.stringify(doc.step)} must be an object`;
        if (doc.timing !== undefined && !(0, pyvalue_js_1.isDict)(doc.timing))
            return `'timing' must be an object`;
        const at = decodePosition(doc.at);
        if (typeof at === 'string')
            return at;
        return {
            kind: 'step',
            stepId: doc.step,
            record: doc.record,
            timing: doc.timing ?? null,
            at
        };
    }
    if ('output' in doc) {
        if (typeof doc.output !== 'string')
            return `'output' must be a step id`;
        if (!(0, pyvalue_js_1.isDict)(doc.value))
            return `the output of step ${JSON.stringify(doc.output)} must be an object`;
        return { kind: 'output', stepId: doc.output, output: doc.value };
    }
    if ('reuse' in doc) {
        if (typeof doc.reuse !== 'string')
            return `'reuse' must be an item id`;
        return { kind: 'reuse', itemId: doc.reuse, entry: doc.entry };
    }
    if ('at' in doc) {
        const at = decodePosition(doc.at);
        return typeof at === 'string' ? at : { kind: 'at', at };
    }
    return 'not an entry this journal writes';
}
function decodePosition(value) {
    const bad = `'at' must be [step index, step id or null]`;
    if (!Array.isArray(value) || value.length !== 2)
        return bad;
    const [index, stepId] = value;
    if (!(0, pyvalue_js_1.isPyInt)(index) || typeof index !== 'number' || index < 0)
        return bad;
    if (stepId !== null && typeof stepId !== 'string')
        return bad;
    return [index, stepId];
}


/***/ }),

/***/ 7990:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InvalidWorkflowError = void 0;
exports.loadValidWorkflow = loadValidWorkflow;
exports.startRun = startRun;
exports.resumeRun = resumeRun;
exports.abortPausedRun = abortPausedRun;
const outcome_js_1 = __nccwpck_require__(938);
const validate_js_1 = __nccwpck_require__(6082);
const types_js_1 = __nccwpck_require__(3171);
/** A workflow that does not validate; `errors` carry their file:line:col. */
class InvalidWorkflowError extends types_js_1.WorkflowError {
    source;
    definition;
    errors;
    constructor(source, definition, errors) {
        super(`workflow ${source} is invalid:\n${errors.map((e) => `  ${(0, validate_js_1.formatValidationError)(e)}`).join('\n')}`);
        this.source = source;
        this.definition = definition;
        this.errors = errors;
        this.name = 'InvalidWorkflowError';
    }
}
exports.InvalidWorkflowError = InvalidWorkflowError;
/** The workflow `source` names (a file or an installed id), validated; throws InvalidWorkflowError. */
function loadValidWorkflow(engine, source) {
    const definition = engine.loadWorkflow(source);
    const errors = (0, validate_js_1.validateWorkflow)(definition, engine.stepTypes);
    if (errors.length > 0)
        throw new InvalidWorkflowError(source, definition, errors);
    return definition;
}
async function startRun(engine, request) {
    const definition = loadValidWorkflow(engine, request.workflow);
    request.beforeStart?.(definition);
    return settle(engine, engine.execute(definition, request.inputs, request.runId));
}
async function resumeRun(engine, request) {
    const { runId, inputs, ...options } = request;
    return settle(engine, engine.resume(runId, inputs, options));
}
/**
 * The run's record once the engine has let go of it, also when a step threw:
 * the run was saved as failed, and the user needs its id and outcome, not only
 * the message. An error before the run was accepted (a bad input, a refused
 * resume) is thrown as it is.
 */
async function settle(engine, running) {
    let crash = null;
    let state;
    try {
        state = await running;
    }
    catch (err) {
        const live = engine.liveState;
        if (live === null || live.status !== types_js_1.RunStatus.Failed)
            throw err;
        state = live;
        crash = err;
    }
    return { state, definition: engine.liveDefinition, outcome: (0, outcome_js_1.runOutcome)(state), crash };
}
/**
 * End a paused run as aborted where it rests, running nothing (a gate nobody answered in time).
 * Only a pause can be ended so: a run that is going belongs to its driver.
 */
function abortPausedRun(state, reason) {
    if (state.status !== types_js_1.RunStatus.Paused) {
        throw new types_js_1.WorkflowError(`run ${state.runId} is ${state.status}, not paused: it is not aborted`);
    }
    state.status = types_js_1.RunStatus.Aborted;
    state.error = reason;
    state.runner = null;
    state.log({ event: 'workflow_aborted', step_id: state.currentStepId, reason });
    state.flush();
}


/***/ }),

/***/ 4635:
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
exports.DRIVER_VARIABLE = exports.ORPHAN_GRACE_MS = exports.RunLock = void 0;
exports.runLockPath = runLockPath;
exports.processStartTime = processStartTime;
exports.processIsGone = processIsGone;
exports.acquireRunLock = acquireRunLock;
exports.markingSupported = markingSupported;
exports.markedGroups = markedGroups;
exports.endOrphanGroups = endOrphanGroups;
/**
 * One driver per run: the engine holds `.specify/workflows/runs/<run id>.lock`
 * while it starts or resumes a run, so two resumes of one paused run cannot
 * both continue it.
 *
 * The lock sits beside the run folder, not in it: the folder is archived into
 * the Actions cache and restored on other machines, where a lock naming this
 * host's processes would mean nothing. Its name is not a run id (it has a
 * dot), so nothing that lists runs takes it for one.
 *
 * It is one JSON object naming the driver (pid, host, when it started and, on
 * Linux, the process's start time, so a recycled pid is not taken for the
 * holder) and the process groups the driver's steps are running. It is
 * published whole, by an exclusive create (a link of a complete temp file,
 * which fails if the lock exists, so nobody ever reads it half-written), and
 * rewritten by renaming a temp file over it after each spawn and each exit.
 *
 * A lock is taken over only when its holder is provably gone: same host, and
 * the pid is not alive or is alive with another start time. Takeover happens
 * under a short exclusive mutex (`<run id>.lock.takeover`) and re-reads the
 * lock under it, so two takers of one stale lock cannot both win. The taker
 * then ends the dead driver's process groups that are still running (see
 * endOrphanGroups) before any step runs again.
 */
const node_crypto_1 = __nccwpck_require__(7598);
const fs = __importStar(__nccwpck_require__(3024));
const os = __importStar(__nccwpck_require__(8161));
const path = __importStar(__nccwpck_require__(6760));
const pyvalue_js_1 = __nccwpck_require__(610);
const files_js_1 = __nccwpck_require__(4817);
const run_state_js_1 = __nccwpck_require__(5039);
const types_js_1 = __nccwpck_require__(3171);
/** Bumped when the record's meaning changes; another version is damaged, not guessed at. */
const LOCK_FORMAT = 1;
/** No genuine lock comes near this (a group is ~40 bytes). */
const MAX_LOCK_BYTES = 4 * 1024 * 1024;
/** Lock and mutex changes seen in a row before giving up (each is another process acting). */
const MAX_ATTEMPTS = 8;
function runLockPath(projectRoot, runId) {
    return path.join((0, run_state_js_1.runsRoot)(projectRoot), `${runId}.lock`);
}
// ---------------------------------------------------------------------------
// Processes, as /proc shows them (Linux); elsewhere only kill(pid, 0) can tell.
const onLinux = process.platform === 'linux';
/** Fields of /proc/<pid>/stat; null when it cannot be read (gone, or not Linux). */
function procStat(pid) {
    if (!onLinux)
        return null;
    let text;
    try {
        text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return null;
    }
    // The command name (field 2) may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state), fields[2] field 5 (pgrp), fields[19] field 22 (starttime).
    if (fields.length < 20)
        return null;
    return { state: fields[0], pgrp: Number(fields[2]), start: fields[19] };
}
/** The start time /proc records for `pid` (Linux), else null. */
function processStartTime(pid) {
    return procStat(pid)?.start ?? null;
}
const dead = (stat) => stat.state === 'Z' || stat.state === 'X';
/** Whether a process with this pid exists (a zombie counts: kill(0) cannot tell). */
function pidExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        // EPERM: it exists and belongs to someone else.
        return err.code !== 'ESRCH';
    }
}
/**
 * Whether the process `pid` that started at `start` has provably ended: no
 * such pid, a zombie, or (on Linux) the pid now belongs to a process that
 * started at another time. Anything that cannot be told counts as alive.
 */
function processIsGone(pid, start) {
    if (!pidExists(pid))
        return true;
    const stat = procStat(pid);
    if (stat === null)
        return false;
    if (dead(stat))
        return true;
    return start !== null && stat.start !== start;
}
/** This process, as a lock names it. */
function currentHolder(mode) {
    return {
        pid: process.pid,
        hostname: os.hostname(),
        processStart: processStartTime(process.pid),
        startedAt: new Date().toISOString(),
        mode
    };
}
function holderIsGone(holder) {
    return holder.hostname === os.hostname() && processIsGone(holder.pid, holder.processStart);
}
// ---------------------------------------------------------------------------
// The lock file.
function serialize(record) {
    return (JSON.stringify({
        format: LOCK_FORMAT,
        run_id: record.runId,
        pid: record.pid,
        hostname: record.hostname,
        process_start: record.processStart,
        started_at: record.startedAt,
        mode: record.mode,
        token: record.token,
        groups: record.groups
    }) + '\n');
}
const isPid = (v) => Number.isSafeInteger(v) && v > 0;
const isStart = (v) => v === null || (typeof v === 'string' && /^\d{1,20}$/.test(v));
/** The record in a lock's text, or why it is not one. */
function parseRecord(text, runId) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return 'not JSON';
    }
    if (!(0, pyvalue_js_1.isDict)(data))
        return 'not a JSON object';
    if (data.format !== LOCK_FORMAT)
        return `unknown format ${JSON.stringify(data.format)}`;
    if (data.run_id !== runId)
        return `it names run ${JSON.stringify(data.run_id)}`;
    if (!isPid(data.pid))
        return `'pid' must be a positive integer`;
    if (typeof data.hostname !== 'string' || data.hostname === '')
        return `'hostname' must be a string`;
    if (!isStart(data.process_start))
        return `'process_start' must be digits or null`;
    if (typeof data.started_at !== 'string')
        return `'started_at' must be a string`;
    if (data.mode !== 'run' && data.mode !== 'resume')
        return `'mode' must be "run" or "resume"`;
    if (typeof data.token !== 'string')
        return `'token' must be a string`;
    const groups = data.groups;
    if (!Array.isArray(groups))
        return `'groups' must be a list`;
    for (const g of groups) {
        // pgid 1 (init) or below would signal everything: never a group a step started.
        if (!(0, pyvalue_js_1.isDict)(g) || !isPid(g.pgid) || g.pgid < 2 || !isStart(g.start)) {
            return `'groups' must hold {pgid, start} entries with pgid >= 2`;
        }
    }
    return {
        runId,
        pid: data.pid,
        hostname: data.hostname,
        processStart: data.process_start,
        startedAt: data.started_at,
        mode: data.mode,
        token: data.token,
        groups: groups.map((g) => ({
            pgid: g.pgid,
            start: g.start
        }))
    };
}
/**
 * A lock (or mutex) file's text and inode, never through a symlink; null when
 * it does not exist. Anything but a small regular file is refused.
 */
function readNoFollow(file) {
    let fd;
    try {
        fd = fs.openSync(file, files_js_1.NONBLOCKING_READ | (fs.constants.O_NOFOLLOW ?? 0));
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return null;
        if (code === 'ELOOP' || code === 'EMLINK') {
            throw new types_js_1.WorkflowError(`${file} is a symbolic link; a run lock never is, so it is not used`);
        }
        throw new types_js_1.WorkflowError(`cannot read ${file}: ${err.message}`);
    }
    try {
        const stats = fs.fstatSync(fd);
        (0, files_js_1.requireRegularFile)(stats, file);
        if (stats.size > MAX_LOCK_BYTES) {
            throw new types_js_1.WorkflowError(`${file} is ${stats.size} bytes, far more than a run lock`);
        }
        return { text: fs.readFileSync(fd, 'utf8'), ino: stats.ino };
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * Create `file` holding `content`, only if it does not exist: a complete temp
 * file is linked to the name (link fails with EEXIST, like O_EXCL), so the
 * file never exists half-written. Where links are not supported, O_EXCL.
 * Returns false when the file exists.
 */
function createExclusive(file, content) {
    const tmp = tempBeside(file);
    fs.writeFileSync(tmp, content, { flag: 'wx' });
    try {
        fs.linkSync(tmp, file);
        return true;
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return false;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') {
            throw err;
        }
    }
    finally {
        fs.rmSync(tmp, { force: true });
    }
    try {
        fs.writeFileSync(file, content, { flag: 'wx' });
        return true;
    }
    catch (err) {
        if (err.code === 'EEXIST')
            return false;
        throw err;
    }
}
function tempBeside(file) {
    return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${(0, node_crypto_1.randomBytes)(4).toString('hex')}.tmp`);
}
function inodeOf(file) {
    try {
        return fs.lstatSync(file).ino;
    }
    catch {
        return null;
    }
}
function refusal(record, runId, file, doing) {
    const what = doing ?? (record.mode === 'resume' ? 'resumed' : 'run');
    // Another host's process cannot be seen from here: say how to take over once it is known gone.
    const way = record.hostname === os.hostname()
        ? 'remove it only if that process is gone'
        : `if you know that process is gone, resume with --force`;
    return new types_js_1.WorkflowError(`run ${runId} is being ${what} by pid ${record.pid} on ${record.hostname} (lock ${file}; ${way})`);
}
function damaged(file, runId, why) {
    return new types_js_1.WorkflowError(`run lock ${file} is damaged (${why}); if no specflow process is driving run ${runId}, remove it`);
}
// ---------------------------------------------------------------------------
// Holding a lock.
/** Locks this process holds, removed if it exits without releasing them (process.exit). */
const held = new Set();
function releaseAllHeld() {
    for (const lock of [...held])
        lock.release();
}
/** A run's lock, held by this process until `release`. */
class RunLock {
    file;
    record;
    previous;
    released = false;
    constructor(file, record, 
    /** The holder whose stale lock this one replaced, with the groups it recorded. */
    previous) {
        this.file = file;
        this.record = record;
        this.previous = previous;
        if (held.size === 0)
            process.on('exit', releaseAllHeld);
        held.add(this);
    }
    get groups() {
        return this.record.groups;
    }
    /** Carried by every process this holding starts (see `markedGroups`). */
    get marker() {
        return [exports.DRIVER_VARIABLE, driverMark(this.record)];
    }
    /** A step started a process group: name it before anything else can happen. */
    started(pgid) {
        this.record.groups.push({ pgid, start: processStartTime(pgid) });
        this.write();
    }
    ended(pgid) {
        const at = this.record.groups.findIndex((g) => g.pgid === pgid);
        if (at < 0)
            return;
        this.record.groups.splice(at, 1);
        this.write();
    }
    /** Keep naming groups a takeover could not end, so the next one tries again. */
    adopt(groups) {
        if (groups.length === 0)
            return;
        this.record.groups.push(...groups);
        this.write();
    }
    release() {
        if (this.released)
            return;
        this.released = true;
        held.delete(this);
        if (held.size === 0)
            process.removeListener('exit', releaseAllHeld);
        try {
            const found = readNoFollow(this.file);
            const record = found && parseRecord(found.text, this.record.runId);
            // Only our own holding is removed.
            if (typeof record === 'object' && record !== null && record.token === this.record.token) {
                fs.rmSync(this.file, { force: true });
            }
        }
        catch {
            // Left behind, it names a process that is gone: the next driver takes it over.
        }
    }
    write() {
        if (this.released)
            return;
        try {
            (0, files_js_1.writeFileAtomic)(this.file, serialize(this.record));
        }
        catch {
            // The record of groups is a safety net for a killed driver; the run goes on without it.
        }
    }
}
exports.RunLock = RunLock;
/**
 * Take the lock of run `runId` for this process, or throw: a WorkflowError
 * naming the live (or other host's) holder, or the damaged or symlinked file.
 */
function acquireRunLock(projectRoot, runId, mode, hooks = {}, 
/** Take over another host's lock too (its holder is known, by the caller, to be gone). */
force = false) {
    const file = runLockPath(projectRoot, runId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const mine = {
        ...currentHolder(mode),
        runId,
        token: (0, node_crypto_1.randomBytes)(8).toString('hex'),
        groups: []
    };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        if (createExclusive(file, serialize(mine)))
            return new RunLock(file, mine, null);
        const found = readNoFollow(file);
        if (found === null)
            continue; // released meanwhile: try again
        const record = parseRecord(found.text, runId);
        if (typeof record === 'string')
            throw damaged(file, runId, record);
        const otherHost = record.hostname !== os.hostname();
        if (!holderIsGone(record) && !(force && otherHost))
            throw refusal(record, runId, file);
        hooks.judgedStale?.();
        if (takeOver(file, found, mine, runId, hooks))
            return new RunLock(file, mine, record);
    }
    throw new types_js_1.WorkflowError(`run ${runId}: its lock ${file} kept changing; try again`);
}
/**
 * Replace the stale lock `stale` with `mine`, under the takeover mutex;
 * false when the lock changed meanwhile (another taker won, or it was released).
 */
function takeOver(file, stale, mine, runId, hooks) {
    const mutex = `${file}.takeover`;
    const mutexIno = takeMutex(mutex, mine, runId);
    try {
        const now = readNoFollow(file);
        if (now === null || now.ino !== stale.ino || now.text !== stale.text)
            return false;
        hooks.underMutex?.();
        (0, files_js_1.writeFileAtomic)(file, serialize(mine));
        return true;
    }
    finally {
        if (inodeOf(mutex) === mutexIno)
            fs.rmSync(mutex, { force: true });
    }
}
/** Take the takeover mutex (its inode is returned), clearing one a dead process left. */
function takeMutex(mutex, mine, runId) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        if (createExclusive(mutex, serialize(mine))) {
            const ino = inodeOf(mutex);
            if (ino !== null)
                return ino;
            continue;
        }
        const found = readNoFollow(mutex);
        if (found === null)
            continue;
        const record = parseRecord(found.text, runId);
        if (typeof record === 'string')
            throw damaged(mutex, runId, record);
        if (!holderIsGone(record))
            throw refusal(record, runId, mutex, 'taken over');
        // Its holder died inside the takeover. Move it aside, then check that what moved is the
        // one judged stale: a live taker may have replaced it in between.
        const aside = tempBeside(mutex);
        try {
            fs.renameSync(mutex, aside);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                continue;
            throw err;
        }
        const moved = inodeOf(aside);
        if (moved === found.ino) {
            fs.rmSync(aside, { force: true });
            continue;
        }
        // Someone else's live mutex: give it back and let them finish.
        try {
            fs.linkSync(aside, mutex);
        }
        catch {
            // A third taker made a new one meanwhile; it is the one that counts now.
        }
        fs.rmSync(aside, { force: true });
        throw new types_js_1.WorkflowError(`run ${runId} is being taken over by another process; try again`);
    }
    throw new types_js_1.WorkflowError(`run ${runId}: the takeover mutex ${mutex} kept changing; try again`);
}
// ---------------------------------------------------------------------------
// Ending the process groups a dead driver left running.
/** How long orphaned groups get to exit on SIGTERM before SIGKILL. */
exports.ORPHAN_GRACE_MS = 2000;
const POLL_MS = 20;
/** After SIGKILL, how long to wait for the kernel to finish them before reporting survivors. */
const KILL_SETTLE_MS = 1000;
/** This process's own group: never signalled, whatever a lock says. */
function ownGroup() {
    return procStat(process.pid)?.pgrp ?? null;
}
/**
 * Whether group `g` is still one the dead driver started. On Linux a group
 * whose leader is alive with another start time (or in another group) is a
 * new process that got the pid: not ours. A group whose leader is gone but
 * whose members live is still ours: Linux does not reuse a pid that is in use
 * as a process group id.
 */
function stillOurs(g) {
    if (g.pgid === process.pid || g.pgid === ownGroup())
        return false;
    const leader = procStat(g.pgid);
    if (leader === null || dead(leader))
        return true;
    if (leader.pgrp !== g.pgid)
        return false;
    return g.start === null || leader.start === g.start;
}
/** Whether any live (not zombie) process is in group `pgid`. */
function groupAlive(pgid) {
    if (!onLinux) {
        try {
            process.kill(-pgid, 0);
            return true;
        }
        catch (err) {
            return err.code !== 'ESRCH';
        }
    }
    let names;
    try {
        names = fs.readdirSync('/proc');
    }
    catch {
        return pidExists(-pgid);
    }
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        const stat = procStat(Number(name));
        if (stat !== null && stat.pgrp === pgid && !dead(stat))
            return true;
    }
    return false;
}
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // ESRCH: gone already; EPERM: not ours to end.
    }
}
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitGone(groups, ms) {
    const giveUpAt = Date.now() + ms;
    let alive = groups.filter((g) => groupAlive(g.pgid));
    while (alive.length > 0 && Date.now() < giveUpAt) {
        await pause(POLL_MS);
        alive = alive.filter((g) => groupAlive(g.pgid));
    }
    return alive;
}
/** The variable that tags a run's processes with the holding of the lock that started them. */
exports.DRIVER_VARIABLE = 'SPECFLOW_RUN_DRIVER';
function driverMark(record) {
    return `${record.runId}:${record.token}`;
}
/** Whether `markedGroups` can look (it reads /proc). */
function markingSupported() {
    return onLinux && fs.existsSync('/proc/self/environ');
}
/**
 * The groups of processes still tagged with `record`'s holding (Linux: from /proc/<pid>/environ,
 * readable for our own user's processes). This finds what the holder started but had not yet
 * recorded when it was killed: the moment between a spawn and the write of the lock.
 */
function markedGroups(record) {
    if (!onLinux)
        return [];
    const needle = Buffer.from(`\0${exports.DRIVER_VARIABLE}=${driverMark(record)}\0`);
    let names;
    try {
        names = fs.readdirSync('/proc');
    }
    catch {
        return [];
    }
    const found = new Map();
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        let environ;
        try {
            environ = Buffer.concat([
                Buffer.from([0]),
                fs.readFileSync(`/proc/${name}/environ`),
                Buffer.from([0])
            ]);
        }
        catch {
            continue; // gone, or not ours to read
        }
        if (!environ.includes(needle))
            continue;
        const stat = procStat(Number(name));
        if (stat === null || dead(stat) || found.has(stat.pgrp))
            continue;
        const leader = procStat(stat.pgrp);
        found.set(stat.pgrp, { pgid: stat.pgrp, start: leader?.start ?? null });
    }
    return [...found.values()];
}
/**
 * End the recorded groups that are still running and still ours: SIGTERM to
 * each group, up to ORPHAN_GRACE_MS for them to go, then SIGKILL.
 */
async function endOrphanGroups(groups, graceMs = exports.ORPHAN_GRACE_MS) {
    const running = groups.filter((g) => stillOurs(g) && groupAlive(g.pgid));
    if (running.length === 0)
        return { ended: [], survived: [] };
    for (const g of running)
        signalGroup(g.pgid, 'SIGTERM');
    let left = await waitGone(running, graceMs);
    // Checked again: a group that emptied meanwhile may have had its id reused.
    for (const g of left)
        if (stillOurs(g))
            signalGroup(g.pgid, 'SIGKILL');
    left = await waitGone(left, KILL_SETTLE_MS);
    const survived = new Set(left);
    return { ended: running.filter((g) => !survived.has(g)), survived: left };
}


/***/ }),

/***/ 4216:
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
exports.readLogEvents = readLogEvents;
/**
 * Reading a run's `log.jsonl`, the events the engine (and the Action) appended as the run went.
 * The log is a record for people and tools, never the run's state: a line that does not read
 * is skipped, and a missing or unreadable log reads as empty.
 */
const path = __importStar(__nccwpck_require__(6760));
const files_js_1 = __nccwpck_require__(4817);
/** Every event in `runDir`'s log whose `event` is one of `events`, oldest first. */
function readLogEvents(runDir, events) {
    let text;
    try {
        text = (0, files_js_1.readRegularText)(path.join(runDir, 'log.jsonl'));
    }
    catch {
        return [];
    }
    const found = [];
    for (const line of text.split('\n')) {
        // Most lines are other events: a substring test spares parsing them.
        if (!events.some((event) => line.includes(`"${event}"`)))
            continue;
        try {
            const entry = JSON.parse(line);
            if (typeof entry === 'object' &&
                entry !== null &&
                events.includes(entry.event)) {
                found.push(entry);
            }
        }
        catch {
            // A damaged line does not hide the others.
        }
    }
    return found;
}


/***/ }),

/***/ 9821:
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
exports.loadRunRecord = loadRunRecord;
exports.savedDefinition = savedDefinition;
exports.listRunRecords = listRunRecords;
/**
 * A run as it was saved, read once: its state and the definition it runs (the
 * copy in its folder). Outputs, the summary, `status` and the resume hint all
 * read this, so none of them loads the files again.
 */
const fs = __importStar(__nccwpck_require__(3024));
const path = __importStar(__nccwpck_require__(6760));
const definition_js_1 = __nccwpck_require__(1185);
const ids_js_1 = __nccwpck_require__(7744);
const run_state_js_1 = __nccwpck_require__(5039);
/** Load a saved run; throws a WorkflowError when its state is missing or damaged. */
function loadRunRecord(projectRoot, runId) {
    const state = run_state_js_1.RunState.load(runId, projectRoot);
    return { state, definition: savedDefinition(state) };
}
/** The definition saved with a run; null when it is missing or unreadable. */
function savedDefinition(state) {
    const file = path.join(state.runDir, 'workflow.yml');
    if (!fs.existsSync(file))
        return null;
    try {
        return (0, definition_js_1.loadWorkflowFile)(file);
    }
    catch {
        return null;
    }
}
/**
 * Every run folder under the project, by run id. A folder whose state does not load is listed
 * with the reason, never left out: a damaged run is one to look at, not to lose track of.
 * Files beside the folders (locks, temp files) and names no run could have are not runs.
 */
function listRunRecords(projectRoot) {
    const root = (0, run_state_js_1.runsRoot)(projectRoot);
    let entries;
    try {
        entries = fs.readdirSync(root, { withFileTypes: true });
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    const runs = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const runId = entry.name;
        if (!(0, ids_js_1.isValidRunId)(runId) || !(entry.isDirectory() || entry.isSymbolicLink()))
            continue;
        try {
            runs.push({ runId, record: loadRunRecord(projectRoot, runId) });
        }
        catch (err) {
            runs.push({ runId, error: err instanceof Error ? err.message : String(err) });
        }
    }
    return runs;
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
exports.RunState = void 0;
exports.assertValidRunId = assertValidRunId;
exports.generateRunId = generateRunId;
exports.pythonTimestamp = pythonTimestamp;
exports.isResumable = isResumable;
exports.runsRoot = runsRoot;
exports.runDirectory = runDirectory;
exports.currentRunner = currentRunner;
exports.runnerIsGone = runnerIsGone;
exports.readRunJson = readRunJson;
/**
 * A run's persisted state: `.specify/workflows/runs/<run_id>/` holding
 * `state.json`, `inputs.json`, `log.jsonl` and `workflow.yml`, in the same
 * layout and fields as the reference so either tool can inspect or resume
 * the other's runs, plus specflow's `journal.jsonl` while the run is driven.
 *
 * Each recorded result (a step's record, an output, a fan-out item's reuse
 * entry, the top-level position) is appended to the journal the moment it
 * exists, at a cost that does not grow with the run (run-journal.ts). The
 * whole state is written as a snapshot (`state.json`, atomically: temp file
 * and rename) when something the journal does not hold changes, once the
 * journal has grown to half the snapshot's size (so the snapshots cost time
 * linear in the work done, not quadratic), at most once per coalescing
 * window, and exactly at every stop, where `flush()` also retires the
 * journal: a stopped run's folder is what the reference reads and writes.
 * Loading a state replays the journal of its snapshot over it.
 */
const fs = __importStar(__nccwpck_require__(3024));
const os = __importStar(__nccwpck_require__(8161));
const path = __importStar(__nccwpck_require__(6760));
const node_crypto_1 = __nccwpck_require__(7598);
const files_js_1 = __nccwpck_require__(4817);
const run_journal_js_1 = __nccwpck_require__(5129);
const distribution_js_1 = __nccwpck_require__(2450);
const ids_js_1 = __nccwpck_require__(7744);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
/** How long a change only a snapshot holds may wait before it reaches the disk. */
const DEFAULT_COALESCE_MS = 200;
/** How long log lines may wait before they are appended to `log.jsonl`. */
const LOG_WRITE_MS = 4;
/** Throws unless `runId` is safe to use as a single path component. */
function assertValidRunId(runId) {
    const problem = (0, ids_js_1.runIdProblem)(runId);
    if (problem !== null)
        throw new types_js_1.WorkflowError(problem);
}
/** A fresh run id: 8 hex characters, like the reference's truncated uuid4. */
function generateRunId() {
    return (0, node_crypto_1.randomBytes)(4).toString('hex');
}
/** Timestamps in the reference's format (`datetime.now(timezone.utc).isoformat()`). */
function pythonTimestamp(date = new Date()) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}
/** Only a paused or failed run can be resumed (a run left running only once its driver is gone). */
function isResumable(status) {
    return status === types_js_1.RunStatus.Paused || status === types_js_1.RunStatus.Failed;
}
/** Opening the run log to append: created if missing, never through a symbolic link. */
const APPEND_NO_FOLLOW = fs.constants.O_WRONLY |
    fs.constants.O_APPEND |
    fs.constants.O_CREAT |
    (fs.constants.O_NOFOLLOW ?? 0);
function runsRoot(projectRoot) {
    return path.join(projectRoot, '.specify', 'workflows', 'runs');
}
function runDirectory(projectRoot, runId) {
    assertValidRunId(runId);
    return path.join(runsRoot(projectRoot), runId);
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
    /**
     * specflow's addition: for each fan-out item whose last run may be reused
     * on resume, what that run depended on (see item-reuse.ts). The reference
     * ignores the field when it loads a run and drops it when it saves one, so
     * a run the reference has touched reuses nothing.
     */
    fanOutReuse = {};
    /**
     * specflow's addition: the fan-out whose items were handed to other jobs (a matrix of
     * shards) and are not gathered yet; null otherwise (and then absent from state.json).
     */
    distribution = null;
    inputs = {};
    workflowDir = null;
    createdAt;
    updatedAt;
    error = null;
    /**
     * specflow's addition: the step whose own result failed or aborted the run (a fan-out item,
     * a step inside a branch), which `current_step_id` does not always name.
     */
    failedStepId = null;
    /** Kept as found so a run started by the reference from an installed workflow round-trips. */
    installedWorkflowId = null;
    installedRegistryRoot = null;
    coalesceMs;
    /** Changed in a way only a snapshot holds. */
    dirty = false;
    snapshotTimer = null;
    logTimer = null;
    pendingLog = [];
    dirCreated = false;
    /** The journal of the last snapshot, while results are being recorded. */
    journal = null;
    /** Set when an append failed: from then on every change waits for a snapshot. */
    journalFailed = false;
    snapshotBytes = 0;
    /** The position the journal last recorded, so an unchanged one is not written again. */
    journaledAt = null;
    /** What the snapshots have cost so far (counted, so tests and benchmarks can tell). */
    persistence = { snapshots: 0, snapshotBytes: 0 };
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
    /** Where the run is now: `current_step_index` and `current_step_id`. */
    position() {
        return [this.currentStepIndex, this.currentStepId];
    }
    /**
     * Record a step's result. `next` is where the run goes on once this
     * result has been recorded, when the engine knows it already (a top-level
     * step with nothing nested to run): a state replayed after a kill right
     * here then starts at the next step instead of running this one again.
     */
    recordStep(stepId, record, timing, next) {
        this.applyRecord(stepId, record, timing ?? null);
        // The run is at the next step from here on, in memory as on disk.
        if (next !== undefined)
            [this.currentStepIndex, this.currentStepId] = next;
        this.journalEntry({
            kind: 'step',
            stepId,
            record,
            timing: timing ?? null,
            at: this.position()
        });
    }
    applyRecord(stepId, record, timing) {
        // Timings live beside the records: `{{ steps.x }}` must see exactly the reference's record.
        if (timing !== null)
            (0, pyvalue_js_1.setKey)(this.stepTimings, stepId, timing);
        if ((0, pyvalue_js_1.isArrayIndexKey)(stepId) && !(0, pyvalue_js_1.hasKey)(this.stepResults, stepId)) {
            // Python appends a new id; JS would list an integer-like one (`2`) before the others.
            const order = [...(0, pyvalue_js_1.pyKeys)(this.stepResults), stepId];
            (0, pyvalue_js_1.setKey)(this.stepResults, stepId, record);
            (0, pyvalue_js_1.recordPyKeyOrder)(this.stepResults, order);
        }
        else
            (0, pyvalue_js_1.setKey)(this.stepResults, stepId, record);
    }
    setStepOutput(stepId, output) {
        const rec = (0, pyvalue_js_1.getOr)(this.stepResults, stepId, undefined);
        if (rec === undefined)
            return;
        rec.output = output;
        this.journalEntry({ kind: 'output', stepId, output });
    }
    /** Offer (or, with `undefined`, withdraw) a fan-out item's last run for reuse (item-reuse.ts). */
    setItemReuse(itemId, entry) {
        if (entry === undefined && !(0, pyvalue_js_1.hasKey)(this.fanOutReuse, itemId))
            return; // nothing to withdraw
        if (entry === undefined)
            delete this.fanOutReuse[itemId];
        else
            (0, pyvalue_js_1.setKey)(this.fanOutReuse, itemId, entry);
        this.journalEntry({ kind: 'reuse', itemId, entry });
    }
    /** Make the current position durable (a top-level step is starting). */
    markPosition() {
        const at = this.position();
        const last = this.journaledAt;
        if (last !== null && last[0] === at[0] && last[1] === at[1])
            return;
        this.journalEntry({ kind: 'at', at });
    }
    /** Append an event to `log.jsonl` (within a few milliseconds, and at every snapshot). */
    log(entry) {
        const line = (0, pyvalue_js_1.pyJsonDumps)({ ...entry, timestamp: pythonTimestamp() });
        this.pendingLog.push(line);
        if (this.logTimer === null) {
            this.logTimer = setTimeout(() => {
                this.logTimer = null;
                try {
                    this.writePendingLog();
                }
                catch {
                    // Kept pending: the next snapshot writes them or reports why it cannot.
                }
            }, LOG_WRITE_MS);
            this.logTimer.unref();
        }
    }
    /**
     * Append one event to log.jsonl now, without a snapshot: for an event about a run nobody drives
     * (an answer the Action recorded but that did not resume it).
     */
    logNow(entry) {
        this.log(entry);
        this.writePendingLog();
    }
    /** Mark the state changed in a way only a snapshot holds; one follows within the coalescing window. */
    save() {
        this.dirty = true;
        this.scheduleSnapshot();
    }
    /** Write a snapshot now and start a journal for what follows (a run starts or resumes). */
    checkpoint() {
        this.snapshot(true);
    }
    /**
     * Write everything now and retire the journal: state.json, inputs.json
     * and pending log lines are exact, as the reference would have left them.
     * Called whenever the run stops.
     */
    flush() {
        this.snapshot(false);
    }
    journalEntry(entry) {
        if (entry.kind === 'step' || entry.kind === 'at')
            this.journaledAt = entry.at;
        if (this.journalFailed) {
            this.save();
            return;
        }
        try {
            // A snapshot holds this change too, and starts the journal that what follows goes to.
            if (this.journal === null)
                this.snapshot(true);
            else
                this.journal.append(entry);
        }
        catch {
            // Out of space, say: fall back to snapshots alone, whose errors the next stop reports.
            this.journalFailed = true;
            this.journal?.close();
            this.journal = null;
            this.save();
            return;
        }
        this.scheduleSnapshot();
    }
    scheduleSnapshot() {
        if (this.snapshotTimer !== null)
            return;
        this.snapshotTimer = setTimeout(() => {
            this.snapshotTimer = null;
            // Folding the journal each time it has grown to half the snapshot keeps the
            // snapshots' cost linear in the journal's, however large the state grows.
            const worthFolding = this.journal !== null &&
                this.journal.bytes > 0 &&
                this.journal.bytes * 2 >= this.snapshotBytes;
            if (!this.dirty && !worthFolding)
                return;
            try {
                this.snapshot(!this.journalFailed);
            }
            catch {
                // Nothing can catch an error thrown from a timer: leave the state
                // dirty; the explicit flush when the run stops retries and reports it.
                this.dirty = true;
            }
        }, this.coalesceMs);
        this.snapshotTimer.unref();
    }
    /**
     * Write state.json and inputs.json durably; then, with `keepJournal`, a new
     * journal tied to this snapshot, else none. A kill between the two leaves
     * a snapshot whose token no journal carries: it is complete on its own.
     */
    snapshot(keepJournal) {
        if (this.snapshotTimer !== null) {
            clearTimeout(this.snapshotTimer);
            this.snapshotTimer = null;
        }
        this.ensureDir();
        this.writePendingLog();
        const token = keepJournal ? (0, run_journal_js_1.newJournalToken)() : null;
        this.updatedAt = pythonTimestamp();
        const doc = this.toJSON();
        // specflow's addition, which the reference drops: the journal that extends this snapshot.
        if (token !== null)
            doc.journal = token;
        const text = (0, pyvalue_js_1.pyJsonDumps)(doc, 2);
        (0, files_js_1.writeFileAtomic)(this.stateFile, text, true);
        (0, files_js_1.writeFileAtomic)(path.join(this.runDir, 'inputs.json'), (0, pyvalue_js_1.pyJsonDumps)({ inputs: this.inputs }, 2), true);
        this.dirty = false;
        // The new journal starts from this snapshot's position.
        this.journaledAt = this.position();
        this.snapshotBytes = text.length;
        this.persistence.snapshots++;
        this.persistence.snapshotBytes += text.length;
        this.journal?.close();
        this.journal = null;
        if (token !== null)
            this.journal = run_journal_js_1.JournalWriter.create(this.runDir, token);
        else
            (0, run_journal_js_1.removeJournal)(this.runDir);
    }
    /** Apply one journal entry as the call that wrote it did (nothing is written). */
    replay(entry) {
        switch (entry.kind) {
            case 'step':
                this.applyRecord(entry.stepId, entry.record, entry.timing);
                [this.currentStepIndex, this.currentStepId] = entry.at;
                break;
            case 'output': {
                const rec = (0, pyvalue_js_1.getOr)(this.stepResults, entry.stepId, undefined);
                if (rec !== undefined)
                    rec.output = entry.output;
                break;
            }
            case 'reuse':
                if (entry.entry === undefined)
                    delete this.fanOutReuse[entry.itemId];
                else
                    (0, pyvalue_js_1.setKey)(this.fanOutReuse, entry.itemId, entry.entry);
                break;
            case 'at':
                [this.currentStepIndex, this.currentStepId] = entry.at;
                break;
        }
    }
    writePendingLog() {
        if (this.logTimer !== null) {
            clearTimeout(this.logTimer);
            this.logTimer = null;
        }
        if (this.pendingLog.length === 0)
            return;
        this.ensureDir();
        const lines = this.pendingLog.join('\n') + '\n';
        // Never through a link: a run folder from elsewhere could point log.jsonl at a script.
        const fd = fs.openSync(path.join(this.runDir, 'log.jsonl'), APPEND_NO_FOLLOW, 0o644);
        try {
            fs.writeSync(fd, lines);
        }
        finally {
            fs.closeSync(fd);
        }
        this.pendingLog = [];
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
            failed_step_id: this.failedStepId,
            step_timings: this.stepTimings,
            runner: this.runner,
            fan_out_reuse: this.fanOutReuse,
            ...(this.distribution === null ? {} : { distribution: (0, distribution_js_1.distributionJson)(this.distribution) })
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
            text = (0, files_js_1.readRegularText)(file);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                throw new types_js_1.WorkflowError(`no run ${runId} in ${runsRoot(projectRoot)}`);
            }
            if (err instanceof types_js_1.WorkflowError)
                throw err;
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
            'failed_step_id',
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
        state.failedStepId = d.failed_step_id ?? null;
        state.stepTimings = (0, pyvalue_js_1.isDict)(d.step_timings)
            ? d.step_timings
            : {};
        state.runner = isRunnerIdentity(d.runner) ? d.runner : null;
        // Each entry is checked where it is used; anything else here is ignored.
        state.fanOutReuse = (0, pyvalue_js_1.isDict)(d.fan_out_reuse) ? d.fan_out_reuse : {};
        if (d.distribution !== undefined && d.distribution !== null) {
            const distribution = (0, distribution_js_1.parseDistribution)(d.distribution);
            if (typeof distribution === 'string')
                bad(`'distribution' ${distribution}`);
            state.distribution = distribution;
        }
        state.installedWorkflowId = d.installed_workflow_id ?? null;
        state.installedRegistryRoot = d.installed_registry_root ?? null;
        state.dirCreated = true;
        // Appended to at every flush: a FIFO or a device there would block or never take the end,
        // and a link would carry the run's log lines into the file it names.
        const logFile = path.join(dir, 'log.jsonl');
        const logStats = fs.lstatSync(logFile, { throwIfNoEntry: false });
        if (logStats?.isSymbolicLink()) {
            throw new types_js_1.WorkflowError(`corrupt run state: ${logFile} is a symbolic link`);
        }
        if (logStats !== undefined)
            (0, files_js_1.requireRegularFile)(logStats, logFile, 'append to');
        // Results recorded after the snapshot was written (a kill before the run stopped).
        const token = (0, run_journal_js_1.journalToken)(d.journal);
        if (token !== null) {
            for (const entry of (0, run_journal_js_1.readJournal)(dir, token, readRunJson))
                state.replay(entry);
        }
        const inputsFile = path.join(dir, 'inputs.json');
        if (fs.existsSync(inputsFile)) {
            const doc = parseJsonFile(inputsFile, (0, files_js_1.readRegularText)(inputsFile));
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
 * A run file's JSON, as Python's json.load reads it: floats stay floats
 * (`2.0`), ints of any size stay exact, the `NaN`/`Infinity` literals the
 * reference writes are read, and a dict with integer-like keys (`"2": ...`)
 * keeps its order. JSON.parse is exact only for text with none of these, so
 * it is the fast path for such text alone.
 */
function readRunJson(text) {
    // Too deep for Python (and for writing back): the exact reader says where.
    return PLAIN_JSON_UNSAFE.test(text) || (0, pyvalue_js_1.jsonNestsTooDeep)(text, pyvalue_js_1.RUN_FILE_MAX_DEPTH)
        ? (0, pyvalue_js_1.pyJsonLoads)(text, pyvalue_js_1.RUN_FILE_MAX_DEPTH)
        : JSON.parse(text);
}
/**
 * Anything JSON.parse would read differently from json.load: a number token
 * with a fraction or exponent (a float) where a value starts (after `":`, `[`
 * or `,`, or at the top), 16 digits in a row (an int past 2**53), the NaN and
 * Infinity literals, an integer-like key, or an escaped NUL (which the value
 * model keeps apart from typed keys). Text inside strings may match too (and
 * costs only the slower reader); timestamps such as `01:15:24.879` do not.
 */
const PLAIN_JSON_UNSAFE = /(?:"\s*:|[[,]|^)\s*-?\d+[.eE]|\d{16}|NaN|Infinity|"(?:0|[1-9][0-9]*)"\s*:|\\u0000/;
function parseJsonFile(file, text) {
    try {
        return readRunJson(text);
    }
    catch (err) {
        throw new types_js_1.WorkflowError(`corrupt run state ${file}: not valid JSON (${err.message})`);
    }
}


/***/ }),

/***/ 7476:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_SHOW_FILE_LINE_CHARS = exports.MAX_SHOW_FILE_BYTES = exports.MAX_SHOW_FILE_LINES = void 0;
exports.stripControl = stripControl;
exports.readShowFile = readShowFile;
/**
 * What a gate shows of its `show_file`: a bounded read of the file, split into
 * lines the way Python's text mode splits them, with control characters
 * removed. Its own module because the job summary shows the same lines.
 */
const promises_1 = __nccwpck_require__(1455);
const types_1 = __nccwpck_require__(3429);
const files_js_1 = __nccwpck_require__(4817);
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
        const handle = await (0, promises_1.open)(path, files_js_1.NONBLOCKING_READ);
        try {
            const stats = await handle.stat();
            if (!stats.isFile())
                return [`(could not read file: ${(0, files_js_1.nonRegularKind)(stats)})`];
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


/***/ }),

/***/ 7475:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_ITEM_ID = exports.DEFAULT_STEP_TYPE = void 0;
exports.stepTypeOf = stepTypeOf;
exports.stepIdAt = stepIdAt;
exports.fanOutItemId = fanOutItemId;
exports.loopPassId = loopPassId;
exports.loopBodyId = loopBodyId;
exports.withStepId = withStepId;
exports.childLists = childLists;
exports.topLevelSteps = topLevelSteps;
exports.walkStep = walkStep;
exports.validatedLists = validatedLists;
exports.walkSteps = walkSteps;
exports.findStep = findStep;
/**
 * The shape of a workflow's steps, in one place: the id and type a step gets
 * when it names none, the ids the engine gives nested runs (fan-out items,
 * loop passes), and the step lists each control-flow step holds. Validation,
 * the engine, the resume checks, the outcome and the summary all walk steps
 * through this module, so they agree on what is inside what.
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const yaml_source_js_1 = __nccwpck_require__(6293);
/** The type of a step that names none (the reference's default). */
exports.DEFAULT_STEP_TYPE = 'command';
/** The id a fan-out item's template gets when it names none. */
exports.DEFAULT_ITEM_ID = 'item';
/** A step's `type`, as written or the default (not checked: validation says what is wrong). */
function stepTypeOf(config) {
    return (0, pyvalue_js_1.getOr)(config, 'type', exports.DEFAULT_STEP_TYPE);
}
/**
 * The id of the step at `index` of its list: its own `id`, else `step-<index>`. Only an
 * unvalidated config has an id that is not a string; it is keyed as JavaScript spells it.
 */
function stepIdAt(config, index) {
    return String((0, pyvalue_js_1.getOr)(config, 'id', `step-${index}`));
}
/** The id item `index` of fan-out `parentId` runs under: `<parent>:<template id>:<index>`. */
function fanOutItemId(parentId, template, index) {
    return `${parentId}:${(0, pyvalue_js_1.pyStr)((0, pyvalue_js_1.getOr)(template, 'id', exports.DEFAULT_ITEM_ID))}:${index}`;
}
/**
 * The id a loop body's step `index` runs under in pass `iteration` (the
 * first repetition is 1): `<loop>:<step>:<pass>`. A step with an empty id
 * counts as one without, as in the reference.
 */
function loopPassId(loopId, config, index, iteration) {
    return `${loopId}:${loopBodyId(config, index)}:${iteration}`;
}
/** The id a loop body's step is known by in the body itself (what a pass's record is aliased to). */
function loopBodyId(config, index) {
    const own = (0, pyvalue_js_1.getOr)(config, 'id', null);
    return (0, pyvalue_js_1.pyTruthy)(own) ? String(own) : `step-${index}`;
}
/**
 * A copy of a step's config that runs under another id (a fan-out item, a loop
 * pass). It keeps what the loader knows of the original (its line, its values'
 * types, its Python key order), which a plain spread would drop.
 */
function withStepId(config, id) {
    const copy = { ...config, id };
    (0, yaml_source_js_1.carryNodeInfo)(config, copy);
    (0, pyvalue_js_1.carryPyKeyOrder)(config, copy);
    return copy;
}
/**
 * The child step lists of `config`, as its step type declares them
 * (`StepType.children`); none for a leaf step or an unknown type.
 */
function childLists(config, stepTypes) {
    const type = stepTypeOf(config);
    const impl = typeof type === 'string' ? stepTypes.get(type) : undefined;
    return impl?.children?.(config) ?? [];
}
/** The top-level steps of a list as (id, type) pairs, with the engine's defaults. */
function topLevelSteps(steps) {
    if (!Array.isArray(steps))
        return [];
    return steps.map((config, index) => {
        const step = (0, pyvalue_js_1.isDict)(config) ? config : {};
        return { id: stepIdAt(step, index), type: (0, pyvalue_js_1.pyStr)(stepTypeOf(step)) };
    });
}
/** The step at `index` of its list, then every step nested in it, depth first. */
function* walkStep(config, index, stepTypes) {
    yield { config, index, id: stepIdAt(config, index) };
    for (const list of childLists(config, stepTypes))
        yield* walkSteps(list.steps, stepTypes);
}
/** The keys the reference's validator looks under on every step, in the order it looks. */
const VALIDATED_KEYS = ['then', 'else', 'steps', 'cases', 'default', 'step'];
/**
 * The step lists validation checks under `config`: the reference's validator looks under
 * `then`, `else`, `steps`, `cases`, `default` and `step` on a step of any type, so a list no
 * step of that type runs (a `then:` under a shell step) is checked too and its ids count.
 * Each list is read the way the control-flow type that owns its key reads it.
 */
function validatedLists(config, stepTypes) {
    const byKey = new Map();
    for (const impl of stepTypes.values()) {
        for (const list of impl.children?.(config) ?? []) {
            const lists = byKey.get(list.key) ?? [];
            // Two types may own one key (while and do-while's `steps`): one reading is enough.
            if (!byKey.has(list.key) || lists.every((l) => l.steps !== list.steps))
                lists.push(list);
            byKey.set(list.key, lists);
        }
    }
    const ordered = VALIDATED_KEYS.flatMap((key) => byKey.get(key) ?? []);
    for (const [key, lists] of byKey)
        if (!VALIDATED_KEYS.includes(key))
            ordered.push(...lists);
    return ordered;
}
/** Every step in a list of steps, depth first, children after their parent. */
function* walkSteps(steps, stepTypes) {
    if (!Array.isArray(steps))
        return;
    for (let index = 0; index < steps.length; index++) {
        const config = steps[index];
        if ((0, pyvalue_js_1.isDict)(config))
            yield* walkStep(config, index, stepTypes);
    }
}
/** The step whose id (as the engine gives it) is `id`, anywhere in `steps`. */
function findStep(steps, id, stepTypes) {
    for (const step of walkSteps(steps, stepTypes))
        if (step.id === id)
            return step.config;
    return undefined;
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
/** `input` and `options`: mappings when present. */
function mappingIssue(config, key) {
    if (!(0, pyvalue_js_1.hasKey)(config, key) || (0, pyvalue_js_1.isDict)(config[key]))
        return [];
    return [
        {
            message: `Command step ${(0, step_config_js_1.stepLabel)(config)}: '${key}' must be a mapping of names to values, not ${(0, pyvalue_js_1.pyTypeName)(config[key])}.`,
            key
        }
    ];
}
function parse(config) {
    const issues = (0, step_config_js_1.baseIssues)(config);
    // A missing one runs as '' (the agent is told to run nothing), as in the reference.
    issues.push(...(0, step_config_js_1.requiredTextIssues)('Command', config, 'command', ' to run', true));
    issues.push(...mappingIssue(config, 'input'), ...mappingIssue(config, 'options'));
    issues.push(...(0, step_config_js_1.stringSettingIssues)('Command', config, ['integration', 'model']));
    return (0, step_config_js_1.parsed)(issues, () => {
        // The reference never times out a streamed command, so it does not check
        // `timeout`; an unusable value falls back to the default with a warning.
        const timeout = (0, step_config_js_1.timeoutIssue)('Command', config);
        return {
            command: (0, pyvalue_js_1.getOr)(config, 'command', ''),
            input: (0, pyvalue_js_1.getOr)(config, 'input', {}),
            options: (0, pyvalue_js_1.getOr)(config, 'options', {}),
            integration: (0, pyvalue_js_1.getOr)(config, 'integration', null),
            model: (0, pyvalue_js_1.getOr)(config, 'model', null),
            timeoutSeconds: timeout
                ? exports.DEFAULT_COMMAND_TIMEOUT
                : (0, step_config_js_1.timeoutSeconds)(config, exports.DEFAULT_COMMAND_TIMEOUT),
            timeoutWarning: timeout?.message ?? null
        };
    });
}
async function run(settings, context, config) {
    const { command, input } = settings;
    const resolvedInput = {};
    const inputKeys = (0, pyvalue_js_1.pyKeys)(input);
    for (const key of inputKeys)
        (0, pyvalue_js_1.setKey)(resolvedInput, key, (0, expressions_js_1.evaluateExpression)(input[key], context));
    (0, pyvalue_js_1.recordPyKeyOrder)(resolvedInput, inputKeys);
    const agent = (0, step_config_js_1.resolveAgentChoice)('Command', config, settings, context);
    if ('problem' in agent)
        return (0, step_config_js_1.failedResult)(agent.problem);
    const { integration, model } = agent;
    const options = (0, settings_js_1.mergeOptions)(context.defaultOptions, settings.options);
    if (settings.timeoutWarning) {
        context.output.stderr(`warning: ${settings.timeoutWarning} Using ${exports.DEFAULT_COMMAND_TIMEOUT} seconds.\n`);
    }
    const timeoutSeconds = settings.timeoutSeconds;
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
exports.commandStep = (0, step_config_js_1.defineStep)({ type: 'command', parse, run });


/***/ }),

/***/ 3401:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.doWhileStep = void 0;
const step_config_js_1 = __nccwpck_require__(9837);
exports.doWhileStep = (0, step_config_js_1.defineStep)({
    type: 'do-while',
    parse: (config) => (0, step_config_js_1.parseLoop)('Do-while', config, 'false'),
    children: step_config_js_1.loopChildren,
    async run({ condition, maxIterations, body }, _context, config) {
        // The condition is recorded as written (not evaluated): the engine evaluates it after each pass.
        const output = { condition, max_iterations: maxIterations, loop_type: 'do-while' };
        // The body always runs, so it must be a list.
        return (0, step_config_js_1.loopPass)(body, output, config);
    }
});


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
/**
 * What is wrong with a `wait_for` entry that is not a string (a step id). `typeName`
 * is how it is named: workflow validation names YAML's scalar types.
 */
function notAStepIdMessage(label, entry, typeName = (0, pyvalue_js_1.pyTypeName)(entry)) {
    return `Fan-in step ${label}: 'wait_for' entries must be step id strings, not ${typeName} (${(0, pyvalue_js_1.pyRepr)(entry)}).`;
}
function parse(config) {
    const label = (0, step_config_js_1.stepLabel)(config);
    const issues = (0, step_config_js_1.baseIssues)(config);
    const waitFor = (0, pyvalue_js_1.getOr)(config, 'wait_for', []);
    if (!(0, pyvalue_js_1.isPyList)(waitFor)) {
        issues.push({
            message: `Fan-in step ${label}: 'wait_for' must be a non-empty list of step ids, not ${(0, pyvalue_js_1.pyTypeName)(waitFor)}.`,
            key: 'wait_for'
        });
    }
    else if (waitFor.length === 0) {
        // Waiting for nothing completes with no results; validation refuses it as a wiring mistake.
        issues.push({
            message: `Fan-in step ${label}: 'wait_for' must be a non-empty list of step ids.`,
            key: 'wait_for',
            advisory: true
        });
    }
    else {
        const notAnId = waitFor.find((entry) => typeof entry !== 'string');
        // Workflow validation reports each such entry at its position (scopeIssues).
        if (notAnId !== undefined) {
            issues.push({ message: notAStepIdMessage(label, notAnId), key: 'wait_for', crossStep: true });
        }
    }
    const output = (0, pyvalue_js_1.getOr)(config, 'output', null);
    if (output !== null && !(0, pyvalue_js_1.isDict)(output)) {
        issues.push({
            message: `Fan-in step ${label}: 'output' must be a mapping of names to expressions, not ${(0, pyvalue_js_1.pyTypeName)(output)}.`,
            key: 'output'
        });
    }
    return (0, step_config_js_1.parsed)(issues, () => ({
        waitFor: waitFor,
        output: (output ?? {})
    }));
}
exports.fanInStep = (0, step_config_js_1.defineStep)({
    type: 'fan-in',
    parse,
    // Never empty results that look complete.
    unparsedOutput: () => ({ results: [] }),
    // Every wait_for entry must name a step declared before the fan-in (not the fan-in itself),
    // each reported at its entry: a typo or a forward reference would join silently empty results.
    scopeIssues(config, scope) {
        const waitFor = (0, pyvalue_js_1.getOr)(config, 'wait_for', null);
        if (!(0, pyvalue_js_1.isPyList)(waitFor))
            return [];
        const label = (0, step_config_js_1.stepLabel)(config);
        const issues = [];
        waitFor.forEach((target, index) => {
            const at = { node: waitFor, key: index };
            if (typeof target !== 'string') {
                issues.push({
                    message: notAStepIdMessage(label, target, scope.typeName(waitFor, index)),
                    ...at
                });
            }
            else if (target === (0, pyvalue_js_1.getOr)(config, 'id', null)) {
                issues.push({
                    message: `Fan-in step ${label}: 'wait_for' names the fan-in itself.`,
                    ...at
                });
            }
            else if (!scope.declaredIds.has(target)) {
                issues.push({
                    message: `Fan-in step ${label}: 'wait_for' names ${(0, pyvalue_js_1.pyRepr)(target)}, which is not a step declared before it.`,
                    ...at
                });
            }
        });
        return issues;
    },
    async run(settings, context) {
        const { waitFor, output: outputConfig } = settings;
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
                (0, pyvalue_js_1.setKey)(resolved, key, typeof expression === 'string' && expression.includes('{{')
                    ? (0, expressions_js_1.evaluateExpression)(expression, context)
                    : expression);
            }
        }
        finally {
            context.fanIn = previousFanIn;
        }
        // `results` first, then the declared keys in order (JS would list integer-like keys first).
        (0, pyvalue_js_1.recordPyKeyOrder)(resolved, ['results', ...(0, pyvalue_js_1.pyKeys)(outputConfig).filter((k) => k !== 'results')]);
        return { status: types_js_1.StepStatus.Completed, output: resolved };
    }
});


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
function parse(config) {
    const label = (0, step_config_js_1.stepLabel)(config);
    const issues = (0, step_config_js_1.baseIssues)(config);
    if (!(0, pyvalue_js_1.hasKey)(config, 'items')) {
        issues.push({ message: `Fan-out step ${label} has no 'items'.`, key: 'items', advisory: true });
    }
    // An explicit `step:` with nothing under it (null) is not a mapping either.
    const template = (0, pyvalue_js_1.getOr)(config, 'step', {});
    if (!(0, pyvalue_js_1.hasKey)(config, 'step')) {
        // Runs `{}` (a command step with nothing to run) per item, as the reference does.
        issues.push({
            message: `Fan-out step ${label} has no 'step' (the step to run for each item).`,
            key: 'step',
            advisory: true
        });
    }
    else if (!(0, pyvalue_js_1.isDict)(template)) {
        issues.push({
            message: `Fan-out step ${label}: 'step' must be a mapping (the step to run for each item), not ${(0, pyvalue_js_1.pyTypeName)(template)}.`,
            key: 'step'
        });
    }
    return (0, step_config_js_1.parsed)(issues, () => ({
        items: (0, pyvalue_js_1.getOr)(config, 'items', '[]'),
        maxConcurrency: maxConcurrencyOf(config),
        template: template
    }));
}
function maxConcurrencyOf(config) {
    return (0, pyvalue_js_1.getOr)(config, 'max_concurrency', 1);
}
exports.fanOutStep = (0, step_config_js_1.defineStep)({
    type: 'fan-out',
    parse,
    unparsedOutput: (config) => ({
        items: [],
        max_concurrency: maxConcurrencyOf(config),
        step_template: {},
        item_count: 0
    }),
    children(config) {
        const template = (0, pyvalue_js_1.getOr)(config, 'step', null);
        return (0, pyvalue_js_1.isDict)(template) ? [{ key: 'step', steps: [template], perItem: true }] : [];
    },
    async run({ items: itemsExpression, maxConcurrency, template }, context, config) {
        const items = (0, expressions_js_1.evaluateExpression)(itemsExpression, context);
        // Anything but a list (a tuple too) is a wiring mistake; fanning out over nothing would hide it.
        if (!(0, pyvalue_js_1.isPyList)(items)) {
            return (0, step_config_js_1.failedResult)(`Fan-out step ${(0, step_config_js_1.stepLabel)(config)}: 'items' must resolve to a list, but ${(0, pyvalue_js_1.pyRepr)(itemsExpression)} gave ${(0, pyvalue_js_1.pyTypeName)(items)}.`, { items: [], max_concurrency: maxConcurrency, step_template: template, item_count: 0 });
        }
        return {
            status: types_js_1.StepStatus.Completed,
            output: {
                items,
                max_concurrency: maxConcurrency,
                step_template: template,
                item_count: items.length
            },
            fanOut: { items, template, maxConcurrency }
        };
    }
});


/***/ }),

/***/ 4927:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateStep = exports.DEFAULT_GATE_OPTIONS = void 0;
exports.isRejection = isRejection;
exports.composeGateText = composeGateText;
/**
 * `gate`: a person approves or rejects before the run continues.
 *
 * With someone to ask (`context.prompt`), the message and the options are
 * shown, followed by the contents of `show_file` if set. Without anyone
 * (CI, no terminal) the step pauses so the run can be resumed later; on
 * resume the verdict can come from the workflow input named by
 * `verdict_input`, or (specflow's addition) from the answer the resume hands
 * to the gate it waited at (`context.takeAnswer`); under the engine's
 * `answeredGatesOnly` only that answer or the prompt decides. `on_reject` decides what a reject/abort choice does:
 * fail the run (abort), pause to ask again (retry), or carry on (skip).
 */
const node_path_1 = __nccwpck_require__(6760);
const expressions_js_1 = __nccwpck_require__(6025);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const show_file_js_1 = __nccwpck_require__(7476);
const step_config_js_1 = __nccwpck_require__(9837);
exports.DEFAULT_GATE_OPTIONS = ['approve', 'reject'];
const ON_REJECT_CHOICES = ['abort', 'skip', 'retry'];
/** Choices that count as a rejection (compared case-insensitively). */
const REJECT_CHOICES = ['reject', 'abort'];
function isStringList(value) {
    return (0, pyvalue_js_1.isPyList)(value) && value.every((option) => typeof option === 'string');
}
/** Whether a gate's `choice` rejects (what `on_reject` acts on). */
function isRejection(choice) {
    return REJECT_CHOICES.includes(choice.toLowerCase());
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
    const lines = await (0, show_file_js_1.readShowFile)((0, node_path_1.resolve)(projectRoot || '.', showFile));
    const body = [`${(0, show_file_js_1.stripControl)(showFile)}:`, ...lines.map((line) => `  ${line}`)].join('\n');
    return `${text}\n\n${body}`;
}
/** The rule that `verdict_input` stays out of fan-out templates (checked by validation and by a run). */
function verdictInFanOutMessage(label) {
    // Inputs are shared by the whole run; one verdict cannot stand for every item.
    return `Gate step ${label}: 'verdict_input' cannot be used inside a fan-out template.`;
}
function parse(config) {
    const label = (0, step_config_js_1.stepLabel)(config);
    const issues = (0, step_config_js_1.baseIssues)(config);
    if (!(0, pyvalue_js_1.hasKey)(config, 'message')) {
        // The gate asks 'Review required.'.
        issues.push({
            message: `Gate step ${label} has no 'message'.`,
            key: 'message',
            advisory: true
        });
    }
    const options = (0, pyvalue_js_1.getOr)(config, 'options', exports.DEFAULT_GATE_OPTIONS);
    if (!(0, pyvalue_js_1.isPyList)(options) || options.length === 0) {
        issues.push({
            message: `Gate step ${label}: 'options' must be a non-empty list of strings, not ${(0, pyvalue_js_1.pyTypeName)(options)}.`,
            key: 'options'
        });
    }
    else if (!isStringList(options)) {
        const notText = options.find((option) => typeof option !== 'string');
        issues.push({
            message: `Gate step ${label}: every option must be a string, not ${(0, pyvalue_js_1.pyTypeName)(notText)} (${(0, pyvalue_js_1.pyRepr)(notText)}).`,
            key: 'options'
        });
    }
    // Any other value would let a rejected gate pass as if approved.
    const onReject = (0, pyvalue_js_1.getOr)(config, 'on_reject', 'abort');
    if (!ON_REJECT_CHOICES.includes(onReject)) {
        issues.push({
            message: `Gate step ${label}: 'on_reject' must be one of 'abort', 'skip' or 'retry', not ${(0, pyvalue_js_1.pyRepr)(onReject)}.`,
            key: 'on_reject'
        });
    }
    const verdictInput = (0, pyvalue_js_1.getOr)(config, 'verdict_input', null);
    if ((0, pyvalue_js_1.hasKey)(config, 'verdict_input') &&
        (typeof verdictInput !== 'string' || verdictInput === '')) {
        issues.push({
            message: `Gate step ${label}: 'verdict_input' must be a non-empty string.`,
            key: 'verdict_input'
        });
    }
    // Aborting or retrying on reject needs an option that rejects; without one the gate only ever passes.
    if ((onReject === 'abort' || onReject === 'retry') && isStringList(options)) {
        if (!options.some(isRejection)) {
            issues.push({
                message: `Gate step ${label}: on_reject is ${(0, pyvalue_js_1.pyRepr)(onReject)} but no option is 'reject' or 'abort'.`,
                key: 'options',
                advisory: true
            });
        }
    }
    return (0, step_config_js_1.parsed)(issues, () => ({
        message: (0, pyvalue_js_1.getOr)(config, 'message', 'Review required.'),
        // The record keeps the options as written; the defaults are copied so nothing changes the shared list.
        options: options === exports.DEFAULT_GATE_OPTIONS ? [...exports.DEFAULT_GATE_OPTIONS] : options,
        onReject: onReject,
        verdictInput: verdictInput,
        showFile: (0, pyvalue_js_1.getOr)(config, 'show_file', null)
    }));
}
exports.gateStep = (0, step_config_js_1.defineStep)({
    type: 'gate',
    parse,
    // What the gate would have shown, nothing evaluated; no choice was made.
    unparsedOutput: (config) => ({
        message: (0, pyvalue_js_1.getOr)(config, 'message', 'Review required.'),
        options: (0, pyvalue_js_1.getOr)(config, 'options', [...exports.DEFAULT_GATE_OPTIONS]),
        on_reject: (0, pyvalue_js_1.getOr)(config, 'on_reject', 'abort'),
        choice: null
    }),
    // verdict_input must name a declared workflow input (others are dropped when a run
    // starts or resumes), and a retrying gate must be able to reset it to ''.
    scopeIssues(config, scope) {
        const verdictInput = (0, pyvalue_js_1.getOr)(config, 'verdict_input', null);
        // Other shapes are the gate's own issue.
        if (typeof verdictInput !== 'string' || verdictInput === '')
            return [];
        const label = (0, step_config_js_1.stepLabel)(config);
        if (scope.insideFanOut)
            return [{ message: verdictInFanOutMessage(label), key: 'verdict_input' }];
        if (scope.inputs === null)
            return [];
        if (!(0, pyvalue_js_1.hasKey)(scope.inputs, verdictInput)) {
            return [
                {
                    message: `Gate step ${label}: 'verdict_input' names ${(0, pyvalue_js_1.pyRepr)(verdictInput)}, which is not a declared input.`,
                    key: 'verdict_input'
                }
            ];
        }
        const verdictDef = scope.inputs[verdictInput];
        const enumValues = (0, pyvalue_js_1.isDict)(verdictDef) ? (0, pyvalue_js_1.getOr)(verdictDef, 'enum', null) : null;
        if ((0, pyvalue_js_1.pyEquals)((0, pyvalue_js_1.getOr)(config, 'on_reject', null), 'retry') &&
            (0, pyvalue_js_1.isPyList)(enumValues) &&
            !(0, pyvalue_js_1.pyContains)(enumValues, '')) {
            return [
                {
                    message: `Gate step ${label}: on_reject 'retry' resets input ${(0, pyvalue_js_1.pyRepr)(verdictInput)} to '' after a ` +
                        "rejection, but that input's 'enum' does not allow ''. Add '' to the enum, or use " +
                        "on_reject 'abort' or 'skip'.",
                    key: 'on_reject'
                }
            ];
        }
        return [];
    },
    async run(settings, context, config) {
        const label = (0, step_config_js_1.stepLabel)(config);
        const { options, onReject, verdictInput } = settings;
        let message = settings.message;
        if (typeof message === 'string' && message.includes('{{')) {
            message = (0, expressions_js_1.evaluateExpression)(message, context);
        }
        // Checked before the pause, so such a gate fails in CI instead of pausing and breaking on resume.
        if (verdictInput !== null && context.insideFanOut) {
            return (0, step_config_js_1.failedResult)(verdictInFanOutMessage(label));
        }
        let showFile = settings.showFile;
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
        // specflow's strict mode: a value already in the verdict input (given at the start, or left
        // by an earlier gate reading the same input) never passes the gate on its own.
        const answeredOnly = context.answeredGatesOnly === true;
        if (verdictInput !== null && !answeredOnly) {
            const value = (0, pyvalue_js_1.getOr)(context.inputs, verdictInput, null);
            if (value !== null && value !== '') {
                if (typeof value !== 'string') {
                    return (0, step_config_js_1.failedResult)(`Gate step ${label}: verdict input ${(0, pyvalue_js_1.pyRepr)(verdictInput)} must be a string, not ${(0, pyvalue_js_1.pyTypeName)(value)}.`, output);
                }
                choice = options.find((option) => option.toLowerCase() === value.toLowerCase()) ?? null;
                if (choice === null) {
                    return (0, step_config_js_1.failedResult)(`Gate step ${label}: verdict input ${(0, pyvalue_js_1.pyRepr)(verdictInput)} is ${(0, pyvalue_js_1.pyRepr)(value)}, which is none of the options.`, output);
                }
                boundVerdictInput = verdictInput;
            }
        }
        if (choice === null) {
            // specflow's addition: the answer a resume brought for the gate the run waited at.
            const answer = context.takeAnswer?.(String((0, pyvalue_js_1.getOr)(config, 'id', ''))) ?? null;
            if (answer !== null) {
                // The engine checked it against the options the gate recorded; these are the same list.
                if (!options.includes(answer)) {
                    return (0, step_config_js_1.failedResult)(`Gate step ${label}: the answer ${(0, pyvalue_js_1.pyRepr)(answer)} is none of the options.`, output);
                }
                choice = answer;
                // In strict mode the resume also set it as the verdict input: a retry clears it again.
                if (verdictInput !== null)
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
            return (0, step_config_js_1.failedResult)(`Gate ${label} was rejected.`, output);
        }
        if (onReject === 'retry') {
            // Clear the verdict so resuming asks again rather than rejecting again.
            if (boundVerdictInput !== null)
                (0, pyvalue_js_1.setKey)(context.inputs, boundVerdictInput, '');
            return { status: types_js_1.StepStatus.Paused, output };
        }
        // skip: completed; later steps can look at `choice`.
        return { status: types_js_1.StepStatus.Completed, output };
    }
});


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
const step_config_js_1 = __nccwpck_require__(9837);
function parse(config) {
    const issues = [...(0, step_config_js_1.baseIssues)(config), ...(0, step_config_js_1.conditionIssues)('If', config)];
    if (!(0, pyvalue_js_1.hasKey)(config, 'then')) {
        // Runs nothing when the condition holds.
        issues.push({
            message: `If step ${(0, step_config_js_1.stepLabel)(config)} has no 'then'.`,
            key: 'then',
            advisory: true
        });
    }
    const thenBranch = (0, step_config_js_1.stepListAt)('If', config, 'then', (0, pyvalue_js_1.getOr)(config, 'then', []));
    // An explicit `else:` with nothing under it means "no else".
    const elseBranch = (0, step_config_js_1.stepListAt)('If', config, 'else', (0, pyvalue_js_1.getOr)(config, 'else', null) ?? []);
    issues.push(...thenBranch.issues, ...elseBranch.issues);
    return (0, step_config_js_1.parsed)(issues, () => ({
        condition: (0, pyvalue_js_1.getOr)(config, 'condition', false),
        then: thenBranch.list,
        else: elseBranch.list
    }));
}
exports.ifStep = (0, step_config_js_1.defineStep)({
    type: 'if',
    parse,
    children: (config) => (0, step_config_js_1.listChildren)(config, ['then', 'else']),
    async run(settings, context) {
        const result = (0, expressions_js_1.evaluateCondition)(settings.condition, context);
        // Only the chosen branch must be a list of steps, as in the reference.
        return (0, step_config_js_1.chosenSteps)(result ? settings.then : settings.else, { condition_result: result });
    }
});


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
function parse(config) {
    const issues = (0, step_config_js_1.baseIssues)(config);
    const script = (0, pyvalue_js_1.getOr)(config, 'script', null);
    const choices = exports.SCRIPT_TYPES.map((s) => (0, pyvalue_js_1.pyRepr)(s)).join(', ');
    // The reference passes any script to `specify init`, which refuses an unknown one; validation refuses it first.
    if (script !== null && typeof script !== 'string') {
        issues.push({
            message: `Init step ${(0, step_config_js_1.stepLabel)(config)}: 'script' must be a string, one of ${choices}.`,
            key: 'script',
            advisory: true
        });
    }
    else if (typeof script === 'string' &&
        !script.includes('{{') &&
        !exports.SCRIPT_TYPES.includes(script)) {
        issues.push({
            message: `Init step ${(0, step_config_js_1.stepLabel)(config)}: 'script' must be one of ${choices}.`,
            key: 'script',
            advisory: true
        });
    }
    return (0, step_config_js_1.parsed)(issues, () => ({
        project: (0, pyvalue_js_1.getOr)(config, 'project', null),
        here: (0, pyvalue_js_1.getOr)(config, 'here', null),
        integration: (0, pyvalue_js_1.getOr)(config, 'integration', null),
        integrationOptions: (0, pyvalue_js_1.getOr)(config, 'integration_options', null),
        script,
        preset: (0, pyvalue_js_1.getOr)(config, 'preset', null),
        force: (0, pyvalue_js_1.getOr)(config, 'force', null),
        // An explicit null means the default too.
        ignoreAgentTools: (0, pyvalue_js_1.getOr)(config, 'ignore_agent_tools', null) ?? true
    }));
}
async function run(settings, context) {
    const project = resolve(settings.project, context);
    const here = resolveFlag(settings.here, context);
    let integration = resolve(settings.integration, context);
    if (!(0, pyvalue_js_1.pyTruthy)(integration))
        integration = resolve(context.defaultIntegration, context);
    // Record the integration `specify init` will actually pick.
    if (!(0, pyvalue_js_1.pyTruthy)(integration))
        integration = defaultInitIntegration(context);
    const integrationOptions = resolve(settings.integrationOptions, context);
    const script = resolve(settings.script, context);
    const preset = resolve(settings.preset, context);
    let force = resolveFlag(settings.force, context);
    // Unattended runs skip the agent-CLI check unless told otherwise.
    const ignoreAgentTools = resolveFlag(settings.ignoreAgentTools, context);
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
        groups: context.processGroups,
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
exports.initStep = (0, step_config_js_1.defineStep)({ type: 'init', parse, run });


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
const step_dispatch_js_1 = __nccwpck_require__(8506);
/** Seconds a prompt may run when the step sets no `timeout`. */
exports.DEFAULT_PROMPT_TIMEOUT = 300;
function parse(config) {
    const issues = (0, step_config_js_1.baseIssues)(config);
    // A missing or non-string prompt is sent as its text, as the reference does.
    issues.push(...(0, step_config_js_1.requiredTextIssues)('Prompt', config, 'prompt', ' to send'));
    issues.push(...(0, step_config_js_1.stringSettingIssues)('Prompt', config, ['integration', 'model']));
    const timeout = (0, step_config_js_1.timeoutIssue)('Prompt', config);
    if (timeout)
        issues.push(timeout);
    return (0, step_config_js_1.parsed)(issues, () => ({
        prompt: (0, pyvalue_js_1.getOr)(config, 'prompt', ''),
        integration: (0, pyvalue_js_1.getOr)(config, 'integration', null),
        model: (0, pyvalue_js_1.getOr)(config, 'model', null),
        timeoutSeconds: (0, step_config_js_1.timeoutSeconds)(config, exports.DEFAULT_PROMPT_TIMEOUT)
    }));
}
async function run(settings, context, config) {
    const evaluated = (0, expressions_js_1.evaluateExpression)(settings.prompt, context);
    const prompt = typeof evaluated === 'string' ? evaluated : (0, pyvalue_js_1.pyStr)(evaluated);
    const agent = (0, step_config_js_1.resolveAgentChoice)('Prompt', config, settings, context);
    if ('problem' in agent)
        return (0, step_config_js_1.failedResult)(agent.problem);
    const { integration, model } = agent;
    const timeoutSeconds = settings.timeoutSeconds;
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
exports.promptStep = (0, step_config_js_1.defineStep)({ type: 'prompt', parse, run });


/***/ }),

/***/ 2180:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shellStep = exports.DEFAULT_SHELL_TIMEOUT_SECONDS = exports.MAX_SHELL_CAPTURE_BYTES = void 0;
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
/**
 * What a step's record keeps of each stream: the last 16 MiB (the live output still shows it
 * all). Unbounded, 600 MB of output overflowed a string and crashed every resume of the run.
 */
exports.MAX_SHELL_CAPTURE_BYTES = 16 * 1024 * 1024;
exports.DEFAULT_SHELL_TIMEOUT_SECONDS = 300;
function parse(config) {
    const label = (0, step_config_js_1.stepLabel)(config);
    const issues = (0, step_config_js_1.baseIssues)(config);
    // A missing or non-string `run` is run as its text, as the reference does; validation refuses it.
    issues.push(...(0, step_config_js_1.requiredTextIssues)('Shell', config, 'run'));
    const outputFormat = (0, pyvalue_js_1.getOr)(config, 'output_format', null);
    if (outputFormat !== null && outputFormat !== 'json') {
        issues.push({
            message: `Shell step ${label}: 'output_format' can only be 'json', not ${(0, pyvalue_js_1.pyRepr)(outputFormat)}.`,
            key: 'output_format',
            advisory: true
        });
    }
    const timeout = (0, step_config_js_1.timeoutIssue)('Shell', config);
    if (timeout !== null)
        issues.push(timeout);
    return (0, step_config_js_1.parsed)(issues, () => ({
        run: (0, pyvalue_js_1.getOr)(config, 'run', ''),
        timeout: (0, pyvalue_js_1.getOr)(config, 'timeout', exports.DEFAULT_SHELL_TIMEOUT_SECONDS),
        timeoutSeconds: (0, step_config_js_1.timeoutSeconds)(config, exports.DEFAULT_SHELL_TIMEOUT_SECONDS),
        json: outputFormat === 'json'
    }));
}
/** Python's text-mode capture turns \r\n and lone \r into \n; recorded output must match. */
function universalNewlines(text) {
    return text.replace(/\r\n?/g, '\n');
}
/** What a shell step that did not run its command records. */
function notRun(stderr) {
    return { exit_code: -1, stdout: '', stderr };
}
exports.shellStep = (0, step_config_js_1.defineStep)({
    type: 'shell',
    parse,
    unparsedOutput: () => notRun('invalid timeout'),
    async run(settings, context, config) {
        let run = settings.run;
        if (typeof run === 'string' && run.includes('{{'))
            run = (0, expressions_js_1.evaluateExpression)(run, context);
        const command = (0, pyvalue_js_1.pyStr)(run);
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
            timeoutSeconds: settings.timeoutSeconds,
            signal: context.signal,
            output: context.output,
            groups: context.processGroups,
            maxCaptureBytes: exports.MAX_SHELL_CAPTURE_BYTES
        });
        if (outcome.aborted)
            throw new types_js_1.InterruptedError();
        if (outcome.timedOut) {
            return (0, step_config_js_1.failedResult)(`Shell command did not finish within ${(0, pyvalue_js_1.pyStr)(settings.timeout)} seconds.`, notRun('timeout'));
        }
        if (outcome.spawnError) {
            const reason = outcome.spawnError.message;
            return (0, step_config_js_1.failedResult)(`Shell command could not be started: ${reason}`, notRun(reason));
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
        if (outcome.stdoutTruncated || outcome.stderrTruncated)
            output.truncated = true;
        if (outcome.exitCode !== 0) {
            return {
                status: types_js_1.StepStatus.Failed,
                error: `Shell command exited with code ${outcome.exitCode}.`,
                output
            };
        }
        if (settings.json) {
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
});


/***/ }),

/***/ 9837:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loopChildren = exports.DEFAULT_MAX_ITERATIONS = void 0;
exports.defineStep = defineStep;
exports.parsed = parsed;
exports.advisory = advisory;
exports.isIntSetting = isIntSetting;
exports.stepLabel = stepLabel;
exports.baseIssues = baseIssues;
exports.conditionIssues = conditionIssues;
exports.stepListAt = stepListAt;
exports.chosenSteps = chosenSteps;
exports.loopPass = loopPass;
exports.parseLoop = parseLoop;
exports.maxIterationsIssues = maxIterationsIssues;
exports.timeoutIssue = timeoutIssue;
exports.timeoutSeconds = timeoutSeconds;
exports.requiredTextIssues = requiredTextIssues;
exports.failedResult = failedResult;
exports.stringSettingIssues = stringSettingIssues;
exports.resolveAgentChoice = resolveAgentChoice;
exports.listChildren = listChildren;
/**
 * What the step types in this folder share: `defineStep`, which makes a
 * step type's validate() and execute() from its one parse(), and the rules
 * several types apply to their settings.
 */
const settings_js_1 = __nccwpck_require__(8548);
const condition_lint_js_1 = __nccwpck_require__(6545);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
/**
 * A step type whose validate() reports every issue parse() finds, and whose
 * execute() fails the step with the first problem before doing anything
 * (configurations that were never validated, such as a resumed run whose
 * workflow was edited, reach execute() too), else runs the parsed settings.
 */
function defineStep(definition) {
    const step = {
        type: definition.type,
        validate: (config) => definition
            .parse(config)
            .issues.filter((issue) => !issue.crossStep)
            .map(({ message, key }) => (key === undefined ? { message } : { message, key })),
        async execute(config, context) {
            const parsed = definition.parse(config);
            if (parsed.ok)
                return definition.run(parsed.settings, context, config);
            const problem = parsed.issues.find((issue) => !issue.advisory);
            return failedResult(problem.message, definition.unparsedOutput?.(config) ?? {});
        }
    };
    if (definition.children)
        step.children = definition.children.bind(definition);
    if (definition.scopeIssues)
        step.scopeIssues = definition.scopeIssues.bind(definition);
    return step;
}
/** The parse result for `issues`: settings (made by `settings`) unless one is not advisory. */
function parsed(issues, settings) {
    if (issues.some((issue) => !issue.advisory))
        return { ok: false, issues };
    return { ok: true, settings: settings(), issues };
}
/** `issues`, marked advisory: validation refuses them, a run tolerates them. */
function advisory(issues) {
    return issues.map((issue) => ({ ...issue, advisory: true }));
}
/** Python's `isinstance(config[key], int)` (never a bool; a YAML `3.0` is a float). */
function isIntSetting(config, key) {
    return (0, pyvalue_js_1.isPyInt)(config[key]);
}
/** How messages name a step: Python's repr of its id, '?' when it has none. */
function stepLabel(config) {
    return (0, pyvalue_js_1.pyRepr)((0, pyvalue_js_1.getOr)(config, 'id', '?'));
}
/** The rule every step type shares: an `id` is required (advisory: the engine names a step without one). */
function baseIssues(config) {
    return (0, pyvalue_js_1.hasKey)(config, 'id') ? [] : [{ message: "Step has no 'id'.", key: 'id', advisory: true }];
}
/**
 * Rules for the `condition` of if/while/do-while. A condition that is plain
 * text (no complete `{{ }}` block) is never evaluated and always counts as
 * true; one whose `{{` cannot be closed is evaluated cut short.
 */
function conditionIssues(title, config) {
    // Lint: a run evaluates whatever the condition is, as the reference does.
    return advisory(conditionProblems(title, config));
}
function conditionProblems(title, config) {
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
    if ((0, condition_lint_js_1.conditionIsNeverEvaluated)(condition)) {
        return [
            {
                message: `${title} step ${label}: condition ${(0, pyvalue_js_1.pyRepr)(condition)} is not exactly one ` +
                    "complete '{{ }}' block, so it is read as plain text, never evaluated, and " +
                    `always counts as true. ${(0, condition_lint_js_1.conditionFixHint)(condition)}`,
                key
            }
        ];
    }
    if ((0, condition_lint_js_1.conditionHasMalformedExpressionBlock)(condition)) {
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
/**
 * The step list under `key` (`fallback` when absent or, for an optional list,
 * null), and the advisory issue of one that is not a list. `what` names it in
 * the message (`'then'`, `case 'b'`).
 */
function stepListAt(title, config, key, value, what = (0, pyvalue_js_1.pyRepr)(key)) {
    if ((0, pyvalue_js_1.isPyList)(value))
        return { list: { steps: value }, issues: [] };
    const problem = {
        message: `${title} step ${stepLabel(config)}: ${what} must be a list of steps, not ${(0, pyvalue_js_1.pyTypeName)(value)}.`,
        key,
        advisory: true
    };
    return { list: { problem }, issues: [problem] };
}
/** The steps of a chosen list, or the failed result (with `failedOutput`) of one that is not a list. */
function chosenSteps(list, output, failedOutput = output) {
    if ('problem' in list)
        return failedResult(list.problem.message, failedOutput);
    return { status: types_js_1.StepStatus.Completed, output, nextSteps: list.steps };
}
/** Passes a loop makes at most when `max_iterations` is absent, null or unusable. */
exports.DEFAULT_MAX_ITERATIONS = 10;
/**
 * A loop's first pass over its body, and how the engine repeats it: while `condition` (absent:
 * false) holds, up to `max_iterations` passes when that is a whole number of at least 1.
 */
function loopPass(body, output, config) {
    const first = chosenSteps(body, output);
    if (first.nextSteps === undefined)
        return first;
    const cap = config.max_iterations;
    const passes = isIntSetting(config, 'max_iterations') && cap >= 1
        ? cap
        : exports.DEFAULT_MAX_ITERATIONS;
    return { ...first, repeat: { condition: (0, pyvalue_js_1.getOr)(config, 'condition', false), passes } };
}
/**
 * A loop step's settings or problems (while, do-while); `condition` is what an absent
 * condition is recorded as.
 */
function parseLoop(title, config, condition) {
    const body = stepListAt(title, config, 'steps', (0, pyvalue_js_1.getOr)(config, 'steps', []));
    const issues = [
        ...baseIssues(config),
        ...conditionIssues(title, config),
        ...maxIterationsIssues(title, config),
        ...body.issues
    ];
    return parsed(issues, () => ({
        condition: (0, pyvalue_js_1.getOr)(config, 'condition', condition),
        maxIterations: (0, pyvalue_js_1.getOr)(config, 'max_iterations', null) ?? exports.DEFAULT_MAX_ITERATIONS,
        body: body.list
    }));
}
/** A loop's one child list: its body. */
const loopChildren = (config) => listChildren(config, ['steps']);
exports.loopChildren = loopChildren;
/**
 * `max_iterations` of the loop steps: absent or null, or an integer >= 1 (never
 * a boolean). Advisory: the step records it as written and the engine uses
 * the default for anything else.
 */
function maxIterationsIssues(title, config) {
    const value = (0, pyvalue_js_1.getOr)(config, 'max_iterations', null);
    if (value === null || (isIntSetting(config, 'max_iterations') && value >= 1))
        return [];
    return [
        {
            message: `${title} step ${stepLabel(config)}: 'max_iterations' must be a whole number of at least 1.`,
            key: 'max_iterations',
            advisory: true
        }
    ];
}
/**
 * The problem with a step's `timeout` (absent is fine: the default applies),
 * or null. Booleans are not numbers here (in Python `true` would pass as 1 second).
 */
function timeoutIssue(title, config) {
    if (!(0, pyvalue_js_1.hasKey)(config, 'timeout'))
        return null;
    const timeout = config.timeout;
    const seconds = (0, pyvalue_js_1.pyNumberValue)(timeout);
    if (seconds !== undefined && seconds > 0 && Number.isFinite(seconds))
        return null;
    return {
        message: `${title} step ${stepLabel(config)}: 'timeout' must be a number of seconds greater than zero, not ${(0, pyvalue_js_1.pyRepr)(timeout)}.`,
        key: 'timeout'
    };
}
/** A step's `timeout` in seconds: the one it sets, else `fallback` (only call it when `timeoutIssue` found none). */
function timeoutSeconds(config, fallback) {
    return (0, pyvalue_js_1.hasKey)(config, 'timeout') ? (0, pyvalue_js_1.pyNumberValue)(config.timeout) : fallback;
}
/**
 * A key the step needs as text (a command's `command`, a shell's `run`): its absence, or a
 * value that is not a string. Both are advisory where the reference runs the step anyway
 * (as '' or as the value's text); `stopsIfNotText` makes a non-string one stop the step.
 */
function requiredTextIssues(title, config, key, what = '', stopsIfNotText = false) {
    const label = stepLabel(config);
    if (!(0, pyvalue_js_1.hasKey)(config, key)) {
        return [{ message: `${title} step ${label} has no '${key}'${what}.`, key, advisory: true }];
    }
    const value = config[key];
    if (typeof value === 'string')
        return [];
    const issue = {
        message: `${title} step ${label}: '${key}' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(value)}.`,
        key
    };
    if (!stopsIfNotText)
        issue.advisory = true;
    return [issue];
}
/** A failed step result. */
function failedResult(error, output = {}) {
    return { status: types_js_1.StepStatus.Failed, output, error };
}
/**
 * Keys that, when present and not null, must hold a string (the agent steps'
 * integration and model): in the config, or in `values` (the settings as
 * resolved when the step runs, which a workflow default or an expression gives).
 */
function stringSettingIssues(title, config, keys, values = config) {
    const issues = [];
    for (const key of keys) {
        const value = (0, pyvalue_js_1.getOr)(values, key, null);
        if (value !== null && typeof value !== 'string') {
            issues.push({
                message: `${title} step ${stepLabel(config)}: '${key}' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(value)}.`,
                key
            });
        }
    }
    return issues;
}
/**
 * The integration and model an agent step runs with: the step's own (as
 * parsed), else the workflow's, else the project's integration, expressions
 * evaluated; or the problem with what they resolved to (a workflow default or
 * an expression can give a non-string the step's own check never saw).
 */
function resolveAgentChoice(title, config, own, context) {
    const integration = (0, settings_js_1.resolveSetting)(own.integration, context.defaultIntegration, context, () => (0, settings_js_1.readProjectIntegration)(context.projectRoot));
    const model = (0, settings_js_1.resolveSetting)(own.model, context.defaultModel, context);
    const resolved = { integration, model };
    const [problem] = stringSettingIssues(title, config, ['integration', 'model'], resolved);
    return problem ? { problem: problem.message } : resolved;
}
/** The lists of steps under `keys` that are lists (what a control-flow step holds). */
function listChildren(config, keys) {
    const lists = [];
    for (const key of keys) {
        const steps = (0, pyvalue_js_1.getOr)(config, key, null);
        if ((0, pyvalue_js_1.isPyList)(steps))
            lists.push({ key, steps: steps });
    }
    return lists;
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
const step_config_js_1 = __nccwpck_require__(9837);
const yaml_source_js_1 = __nccwpck_require__(6293);
/** `matched_case` when no case matched and `default` ran. */
exports.DEFAULT_CASE = '__default__';
/** The cases in the workflow's order (a JS object would list `1:` and `2:` before `b:`). */
function caseEntries(cases) {
    return (0, pyvalue_js_1.pyKeys)(cases).map((key) => [key, cases[key]]);
}
function parse(config) {
    const label = (0, step_config_js_1.stepLabel)(config);
    const issues = (0, step_config_js_1.baseIssues)(config);
    if (!(0, pyvalue_js_1.hasKey)(config, 'expression')) {
        // Evaluates '' (and so runs the '' case or the default).
        issues.push({
            message: `Switch step ${label} has no 'expression'.`,
            key: 'expression',
            advisory: true
        });
    }
    // Without `cases` (or with a `case:` typo) the switch would quietly run only its default.
    if (!(0, pyvalue_js_1.hasKey)(config, 'cases')) {
        issues.push({ message: `Switch step ${label} has no 'cases'.`, key: 'cases', advisory: true });
    }
    const cases = (0, pyvalue_js_1.getOr)(config, 'cases', {});
    let parsedCases;
    if (!(0, pyvalue_js_1.isDict)(cases)) {
        const problem = {
            message: `Switch step ${label}: 'cases' must be a mapping, not ${(0, pyvalue_js_1.pyTypeName)(cases)}.`,
            key: 'cases',
            advisory: true
        };
        issues.push(problem);
        parsedCases = { problem };
    }
    else {
        const entries = [];
        for (const [key, steps] of caseEntries(cases)) {
            const list = (0, step_config_js_1.stepListAt)('Switch', config, 'cases', steps, `case ${(0, pyvalue_js_1.pyKeyRepr)(key)}`);
            issues.push(...list.issues);
            entries.push({ text: (0, pyvalue_js_1.pyKeyStr)(key), steps: list.list });
        }
        // Keys Python keeps apart but a JS object merges (1 and '1'): reported, never matched.
        for (const [key, steps] of (0, yaml_source_js_1.shadowedEntries)(cases)) {
            issues.push(...(0, step_config_js_1.stepListAt)('Switch', config, 'cases', steps, `case ${(0, pyvalue_js_1.pyKeyRepr)(key)}`).issues);
        }
        parsedCases = entries;
    }
    const fallback = (0, step_config_js_1.stepListAt)('Switch', config, 'default', (0, pyvalue_js_1.getOr)(config, 'default', null) ?? []);
    issues.push(...fallback.issues);
    return (0, step_config_js_1.parsed)(issues, () => ({
        expression: (0, pyvalue_js_1.getOr)(config, 'expression', ''),
        cases: parsedCases,
        fallback: fallback.list
    }));
}
exports.switchStep = (0, step_config_js_1.defineStep)({
    type: 'switch',
    parse,
    children(config) {
        const lists = [];
        const cases = (0, pyvalue_js_1.getOr)(config, 'cases', null);
        if ((0, pyvalue_js_1.isDict)(cases)) {
            // Keys Python keeps apart but a JS object merges (1 and '1') are held aside: walk them too.
            for (const [, steps] of [...caseEntries(cases), ...(0, yaml_source_js_1.shadowedEntries)(cases)]) {
                if ((0, pyvalue_js_1.isPyList)(steps))
                    lists.push({ key: 'cases', steps: steps });
            }
        }
        const fallback = (0, pyvalue_js_1.getOr)(config, 'default', null);
        if ((0, pyvalue_js_1.isPyList)(fallback))
            lists.push({ key: 'default', steps: fallback });
        return lists;
    },
    async run(settings, context) {
        const value = (0, expressions_js_1.evaluateExpression)(settings.expression, context);
        // Captured command output ends in a newline; `echo approve` must still match `approve:`.
        const text = value === null || value === undefined ? '' : (0, pyvalue_js_1.pyStrip)((0, pyvalue_js_1.pyStr)(value));
        // The first case whose key's text is the value's text; only the chosen list must be a list of steps.
        const unmatched = { matched_case: null, expression_value: value };
        if ('problem' in settings.cases)
            return (0, step_config_js_1.failedResult)(settings.cases.problem.message, unmatched);
        const matched = settings.cases.find((entry) => entry.text === text);
        if (matched) {
            return (0, step_config_js_1.chosenSteps)(matched.steps, { matched_case: matched.text, expression_value: value }, unmatched);
        }
        return (0, step_config_js_1.chosenSteps)(settings.fallback, { matched_case: exports.DEFAULT_CASE, expression_value: value }, unmatched);
    }
});


/***/ }),

/***/ 1539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.whileStep = void 0;
/**
 * `while`: run `steps` as long as the condition holds, checked before each
 * pass. This step makes the first check; the engine repeats the body and
 * re-checks, up to `max_iterations` (10 when absent or null).
 */
const expressions_js_1 = __nccwpck_require__(6025);
const types_js_1 = __nccwpck_require__(3171);
const step_config_js_1 = __nccwpck_require__(9837);
exports.whileStep = (0, step_config_js_1.defineStep)({
    type: 'while',
    parse: (config) => (0, step_config_js_1.parseLoop)('While', config, false),
    children: step_config_js_1.loopChildren,
    async run({ condition, maxIterations, body }, context, config) {
        const result = (0, expressions_js_1.evaluateCondition)(condition, context);
        const output = { condition_result: result, max_iterations: maxIterations, loop_type: 'while' };
        // Only a body about to run must be a list, as in the reference.
        if (!result)
            return { status: types_js_1.StepStatus.Completed, output };
        return (0, step_config_js_1.loopPass)(body, output, config);
    }
});


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
exports.InterruptedError = exports.ExpressionError = exports.RunDrivenElsewhereError = exports.WorkflowError = exports.RUN_STATUSES = exports.RunStatus = exports.StepStatus = void 0;
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
/**
 * A resume refused because the run is marked running by a process on another host, which this
 * host cannot see: only the person who knows it is gone may take the run over (the CLI's
 * `--force`), so the adapter says how in its own terms.
 */
class RunDrivenElsewhereError extends WorkflowError {
    runId;
    constructor(message, runId) {
        super(message);
        this.runId = runId;
        this.name = 'RunDrivenElsewhereError';
    }
}
exports.RunDrivenElsewhereError = RunDrivenElsewhereError;
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
const step_tree_js_1 = __nccwpck_require__(7475);
/** `file:line:col: message`, leaving out whatever position is unknown. */
function formatValidationError(error) {
    return `${(0, yaml_source_js_1.formatLocation)(error)}${error.message}`;
}
/** Python's `\d` matches any Unicode decimal digit. */
const SEMVER_PATTERN = /^\p{Nd}+\.\p{Nd}+\.\p{Nd}+$/u;
const RECOGNIZED_REQUIRES_KEYS = ['integrations', 'speckit_version'];
const INPUT_TYPES = ['string', 'number', 'boolean'];
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
        problems.add(`'workflow.${key}' must be ${expected}, not ${typeOf(value, type)} (${(0, pyvalue_js_1.pyRepr)(value)}).`, { node: header, key });
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
    if ((0, pyvalue_js_1.pyStr)(def.schemaVersion) !== '1.0') {
        problems.add(`schema_version ${(0, pyvalue_js_1.pyRepr)(def.schemaVersion)} is not supported; it must be '1.0'.`, { node: data, key: 'schema_version' });
    }
    // Header fields: only null and '' count as missing, so `id: 0` gets the type error.
    const id = def.id;
    if (id === null || id === '') {
        problems.add("The workflow has no 'workflow.id'.", headerAt('id'));
    }
    else if (typeof id !== 'string') {
        const type = header ? def.scalarType(header, 'id') : undefined;
        problems.add(`'workflow.id' must be a string, not ${typeOf(id, type)} (${(0, pyvalue_js_1.pyRepr)(id)}).`, headerAt('id'));
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
        problems.add(`'workflow.name' must be a string, not ${typeOf(name, type)} (${(0, pyvalue_js_1.pyRepr)(name)}).`, headerAt('name'));
    }
    const version = def.version;
    if (version === null || version === '') {
        problems.add("The workflow has no 'workflow.version'.", headerAt('version'));
    }
    else if (typeof version !== 'string') {
        const type = header ? def.scalarType(header, 'version') : undefined;
        problems.add(`'workflow.version' must be a string, not ${typeOf(version, type)} (${(0, pyvalue_js_1.pyRepr)(version)}); ` +
            'quote it in the YAML (version: "1.0.0").', headerAt('version'));
    }
    else if (!SEMVER_PATTERN.test(version)) {
        problems.add(`Workflow version ${(0, pyvalue_js_1.pyRepr)(version)} is not a semantic version (X.Y.Z).`, headerAt('version'));
    }
    checkDispatchDefaults(def, problems);
    checkInputs(def, problems);
    checkRequires(def, problems);
    const steps = def.steps;
    if (!(0, pyvalue_js_1.isPyList)(steps)) {
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
    for (const name of (0, pyvalue_js_1.pyKeys)(inputs)) {
        const inputDef = inputs[name];
        if (!(0, pyvalue_js_1.isDict)(inputDef)) {
            problems.add(`Input ${(0, pyvalue_js_1.pyKeyRepr)(name)} must be a mapping.`, { node: inputs, key: name });
            continue;
        }
        const type = (0, pyvalue_js_1.getOr)(inputDef, 'type', null);
        if ((0, pyvalue_js_1.pyTruthy)(type) && !INPUT_TYPES.some((t) => (0, pyvalue_js_1.pyEquals)(type, t))) {
            problems.add(`Input ${(0, pyvalue_js_1.pyKeyRepr)(name)} has type ${(0, pyvalue_js_1.pyRepr)(type)}; it must be 'string', 'number' or 'boolean'.`, { node: inputDef, key: 'type' });
        }
        // Checked here too because the default's check below is skipped without a default.
        const enumValues = (0, pyvalue_js_1.getOr)(inputDef, 'enum', null);
        const enumIsList = enumValues === null || (0, pyvalue_js_1.isPyList)(enumValues);
        if (!enumIsList) {
            problems.add(`Input ${(0, pyvalue_js_1.pyKeyRepr)(name)}: 'enum' must be a list, not ${(0, pyvalue_js_1.pyTypeName)(enumValues)}.`, {
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
                problems.add(`Input ${(0, pyvalue_js_1.pyKeyRepr)(name)} has an invalid default: ${err.message}`, {
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
    for (const key of (0, pyvalue_js_1.pyKeys)(requires)) {
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
    constructor(def, problems, stepTypes, inputDefs) {
        this.def = def;
        this.problems = problems;
        this.stepTypes = stepTypes;
        this.inputDefs = inputDefs;
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
            add(`A step id must be a string, not ${typeOf(stepId, type)} (${(0, pyvalue_js_1.pyRepr)(stepId)}).`, {
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
        const type = (0, step_tree_js_1.stepTypeOf)(config);
        if (typeof type !== 'string') {
            add(`Step ${label}: 'type' must be a string, not ${(0, pyvalue_js_1.pyTypeName)(type)} (${(0, pyvalue_js_1.pyRepr)(type)}).`, at('type'), stepId);
            return;
        }
        const impl = this.stepTypes.get(type);
        if (!impl) {
            add(`Step ${label} has an unknown type ${(0, pyvalue_js_1.pyRepr)(type)}.`, at('type'), stepId);
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
        if ((0, pyvalue_js_1.hasKey)(config, 'continue_on_error') && typeof config.continue_on_error !== 'boolean') {
            add(`Step ${label}: 'continue_on_error' must be true or false, not ${(0, pyvalue_js_1.pyTypeName)(config.continue_on_error)}.`, at('continue_on_error'), stepId);
        }
        const scope = {
            declaredIds: seen,
            insideFanOut,
            inputs: this.inputDefs,
            typeName: (node, key) => typeOf(node[key], this.def.scalarType(node, key))
        };
        for (const issue of impl.scopeIssues?.(config, scope) ?? []) {
            add(issue.message, at(issue.key, issue.node ?? config), stepId);
        }
        // In the workflow's order: a fan-in under case `1:` may wait for a step of an earlier `b:`.
        for (const list of (0, step_tree_js_1.validatedLists)(config, this.stepTypes)) {
            // A fan-out template runs under generated ids (parent:template:index), so it
            // is checked with its own set of ids and does not claim its id in this scope.
            if (list.perItem)
                this.walk(list.steps, new Set(), true);
            else
                this.walk(list.steps, seen, insideFanOut);
        }
    }
}


/***/ }),

/***/ 2425:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.waitingView = waitingView;
exports.waitedDays = waitedDays;
/**
 * What a paused run waits for, and since when: the one rule behind `specflow status` and the
 * Action's list of paused runs.
 */
const outcome_js_1 = __nccwpck_require__(938);
const run_log_js_1 = __nccwpck_require__(4216);
const types_js_1 = __nccwpck_require__(3171);
/**
 * The events with which the engine (and the Action, saving a run it had to stop) ends every
 * drive of a run: a pause is the last of them, whatever is logged after it while nobody drives
 * the run (an answer that did not pass the gate, say).
 */
const STOP_EVENTS = [
    'workflow_finished',
    'workflow_interrupted',
    'workflow_failed',
    'resume_failed'
];
/** What `record`'s run waits for, and since when. Reads the run's log. */
function waitingView(record) {
    const { state, definition } = record;
    const paused = state.status === types_js_1.RunStatus.Paused;
    const stop = paused ? lastStop(state.runDir) : null;
    const gate = paused ? (0, outcome_js_1.gateOutcome)(state) : undefined;
    const distribution = paused ? (0, outcome_js_1.distributionOutcome)(state) : null;
    const updatedAt = state.updatedAt === '' ? null : state.updatedAt;
    let reason = null;
    if (paused) {
        // The engine's rule for a gate waiting for an answer (waitingGate) decides, as it does for
        // `--answer`: an interruption that left a gate's record waiting still waits for its answer.
        if (distribution !== null)
            reason = 'distributed';
        else if (gate !== undefined)
            reason = 'gate';
        else if (stop?.event === 'workflow_interrupted')
            reason = 'interrupted';
        else
            reason = 'other';
    }
    return {
        run_id: state.runId,
        workflow_id: state.workflowId,
        workflow_name: definition === null || typeof definition.name !== 'string' ? null : definition.name,
        status: state.status,
        current_step_id: state.currentStepId,
        reason,
        gate: gate?.step_id ?? null,
        message: gate?.message ?? null,
        options: gate?.options ?? null,
        distribution,
        // A log that does not end in a pause (written by another tool, or lost) leaves the time the
        // state was last saved.
        waiting_since: !paused ? null : (stop?.pausedAt ?? updatedAt),
        updated_at: updatedAt
    };
}
/** The last stop in the run's log, and its time when it left the run paused. */
function lastStop(runDir) {
    const events = (0, run_log_js_1.readLogEvents)(runDir, STOP_EVENTS);
    const last = events.at(-1);
    if (last === undefined)
        return null;
    const pause = last.event === 'workflow_interrupted' ||
        (last.event === 'workflow_finished' && last.status === types_js_1.RunStatus.Paused);
    const at = typeof last.timestamp === 'string' && last.timestamp !== '' ? last.timestamp : null;
    return { event: String(last.event), pausedAt: pause ? at : null };
}
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * How many days (fractional) the run has waited by `now`; null when it is not waiting or its
 * time does not read. Never negative: a clock behind the one that wrote the time waited 0.
 */
function waitedDays(view, now) {
    if (view.waiting_since === null)
        return null;
    const since = Date.parse(view.waiting_since);
    if (Number.isNaN(since))
        return null;
    return Math.max(0, now.getTime() - since) / DAY_MS;
}


/***/ }),

/***/ 9919:
/***/ ((__unused_webpack_module, exports) => {


/**
 * YAML text to a node tree, by the rules of PyYAML's pure-Python loader (its
 * Scanner, Parser and Composer), which is what the reference's
 * `yaml.safe_load` runs. `yaml-source.ts` turns the tree into values.
 *
 * PyYAML reads YAML 1.1 with rules of its own that general YAML parsers do not
 * share, and workflows are read by it, so the rules are followed here rather
 * than the specification:
 *
 * - inside `[...]` and `{...}`, `?` always marks a key and `:` always marks a
 *   value (`[?x]` is `[{x: None}]`, `[:8]` is an error), and a plain scalar
 *   stops at `,?[]{}` (`[a?b]` is an error);
 * - a `:` ends a plain scalar only before a space, a line break, or (in a
 *   flow collection) one of `,[]{}` (`{a:b}` has the key `a:b`);
 * - a tag runs up to a space or a line break, taking `,]}` with it
 *   (`[!!str]` is an error); an anchor may be followed by `?:,]}%@` and a
 *   backquote (`[&a]` holds one null);
 * - `#` starts a comment wherever a token may start, even with no space
 *   before it (`[a]#c`);
 * - tabs are only allowed inside quoted scalars, comments and block scalar
 *   content, never between tokens or in indentation;
 * - a simple key must fit on one line and in 1024 characters;
 * - an anchor may be defined only once per document, an alias must name an
 *   anchor defined before it, and only one document is accepted.
 *
 * The scanner is lazy, like PyYAML's, so an error is reported where PyYAML
 * would find it first. Messages are our own.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_YAML_EXPANDED_NODES = exports.MAX_YAML_DEPTH = exports.LineIndex = exports.YamlSyntaxError = exports.isMap = exports.isSeq = exports.isScalar = void 0;
exports.composeYaml = composeYaml;
const isScalar = (node) => node?.kind === 'scalar';
exports.isScalar = isScalar;
const isSeq = (node) => node?.kind === 'seq';
exports.isSeq = isSeq;
const isMap = (node) => node?.kind === 'map';
exports.isMap = isMap;
/** A scan, parse or compose error at a UTF-16 offset of the text. */
class YamlSyntaxError extends Error {
    reason;
    offset;
    constructor(reason, offset) {
        super(reason);
        this.reason = reason;
        this.offset = offset;
        this.name = 'YamlSyntaxError';
    }
}
exports.YamlSyntaxError = YamlSyntaxError;
/**
 * 1-based line and column of an offset, counted the way PyYAML's reader
 * counts them: `\r\n`, `\r`, `\n`, U+0085, U+2028 and U+2029 end a line;
 * columns count code points, and a byte-order mark takes no column.
 */
class LineIndex {
    starts = [0];
    /** Offsets of UTF-16 units that take no column: the second half of a surrogate pair, a byte-order mark. */
    noColumn = [];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text[i];
            if (ch === '\r' && text[i + 1] === '\n')
                continue;
            if (ch === '\n' || ch === '\r' || ch === '\x85' || ch === '\u2028' || ch === '\u2029') {
                this.starts.push(i + 1);
            }
            else if (ch === '\ufeff')
                this.noColumn.push(i);
            else if (ch >= '\ud800' && ch <= '\udbff' && /[\udc00-\udfff]/.test(text[i + 1] ?? '')) {
                this.noColumn.push(++i);
            }
        }
    }
    position(offset) {
        const line = countAtMost(this.starts, offset) - 1;
        const start = this.starts[line];
        // Offsets are UTF-16 units; take away those that are no column of their own.
        const skipped = countAtMost(this.noColumn, offset - 1) - countAtMost(this.noColumn, start - 1);
        return { line: line + 1, col: offset - start - skipped + 1 };
    }
}
exports.LineIndex = LineIndex;
/** How many of the sorted `values` are <= `limit` (binary search). */
function countAtMost(values, limit) {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (values[mid] <= limit)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Line breaks PyYAML knows, and the end-of-text sentinel. */
const BREAKS = '\r\n\x85\u2028\u2029';
const END_OR_BREAK = '\0' + BREAKS;
const BLANK_END_OR_BREAK = '\0 \t' + BREAKS;
/** Where a tag, directive part or block scalar header may end (a tab may not end them). */
const SPACE_END_OR_BREAK = '\0 ' + BREAKS;
const HEX = '0123456789ABCDEFabcdef';
const URI_PUNCTUATION = "-;/?:@&=+$,_.!~*'()[]%";
const isIn = (ch, set) => ch.length > 0 && set.includes(ch);
const isWordChar = (ch) => (ch >= '0' && ch <= '9') ||
    (ch >= 'A' && ch <= 'Z') ||
    (ch >= 'a' && ch <= 'z') ||
    ch === '-' ||
    ch === '_';
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\x08',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\x0b',
    f: '\x0c',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '\\': '\\',
    '/': '/',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029'
};
const ESCAPE_LENGTHS = { x: 2, u: 4, U: 8 };
const describe = (ch) => (ch === '\0' ? 'the end of the text' : JSON.stringify(ch));
class Scanner {
    chars;
    p = 0;
    offset = 0;
    line = 0;
    column = 0;
    done = false;
    flowLevel = 0;
    tokens = [];
    tokensTaken = 0;
    indent = -1;
    indents = [];
    allowSimpleKey = true;
    possibleSimpleKeys = new Map();
    constructor(text) {
        this.chars = Array.from(text);
        const mark = this.mark();
        this.tokens.push({ kind: 'stream-start', start: mark, end: mark });
    }
    // Public interface: the parser's view of the token stream.
    check(...kinds) {
        const token = this.peekToken();
        return token !== undefined && kinds.includes(token.kind);
    }
    peekToken() {
        while (this.needMoreTokens())
            this.fetchMoreTokens();
        return this.tokens[0];
    }
    /** The next token; the parser only asks while the stream has not ended. */
    getToken() {
        while (this.needMoreTokens())
            this.fetchMoreTokens();
        this.tokensTaken++;
        return this.tokens.shift();
    }
    /** Inside `[...]` or `{...}` (PyYAML tests its flow level for truth, so a stray `]` counts too). */
    get inFlow() {
        return this.flowLevel !== 0;
    }
    // Reading characters.
    peek(k = 0) {
        return this.chars[this.p + k] ?? '\0';
    }
    prefix(length) {
        return this.chars.slice(this.p, this.p + length).join('');
    }
    forward(length = 1) {
        for (; length > 0; length--) {
            const ch = this.chars[this.p++];
            this.offset += ch.length;
            if (ch === '\n' || ch === '\x85' || ch === '\u2028' || ch === '\u2029') {
                this.line++;
                this.column = 0;
            }
            else if (ch === '\r') {
                if (this.chars[this.p] !== '\n') {
                    this.line++;
                    this.column = 0;
                }
            }
            else if (ch !== '\ufeff')
                this.column++;
        }
    }
    mark() {
        return { offset: this.offset, index: this.p, line: this.line, column: this.column };
    }
    fail(reason, at = this.mark()) {
        throw new YamlSyntaxError(reason, at.offset);
    }
    // Token queue.
    needMoreTokens() {
        if (this.done)
            return false;
        if (this.tokens.length === 0)
            return true;
        // The next token may turn out to be a simple key: look further before handing it out.
        this.staleSimpleKeys();
        return this.nextPossibleSimpleKey() === this.tokensTaken;
    }
    fetchMoreTokens() {
        this.scanToNextToken();
        this.staleSimpleKeys();
        this.unwindIndent(this.column);
        const ch = this.peek();
        if (ch === '\0')
            return this.fetchStreamEnd();
        if (ch === '%' && this.column === 0)
            return this.fetchDirective();
        if (ch === '-' && this.atDocumentIndicator('---'))
            return this.fetchDocumentIndicator('document-start');
        if (ch === '.' && this.atDocumentIndicator('...'))
            return this.fetchDocumentIndicator('document-end');
        if (ch === '[')
            return this.fetchFlowCollectionStart('flow-sequence-start');
        if (ch === '{')
            return this.fetchFlowCollectionStart('flow-mapping-start');
        if (ch === ']')
            return this.fetchFlowCollectionEnd('flow-sequence-end');
        if (ch === '}')
            return this.fetchFlowCollectionEnd('flow-mapping-end');
        if (ch === ',')
            return this.fetchFlowEntry();
        if (ch === '-' && isIn(this.peek(1), BLANK_END_OR_BREAK))
            return this.fetchBlockEntry();
        // In a flow collection `?` and `:` are indicators whatever follows them.
        if (ch === '?' && (this.inFlow || isIn(this.peek(1), BLANK_END_OR_BREAK)))
            return this.fetchKey();
        if (ch === ':' && (this.inFlow || isIn(this.peek(1), BLANK_END_OR_BREAK)))
            return this.fetchValue();
        if (ch === '*')
            return this.fetchAnchorOrAlias('alias');
        if (ch === '&')
            return this.fetchAnchorOrAlias('anchor');
        if (ch === '!')
            return this.fetchTag();
        if ((ch === '|' || ch === '>') && !this.inFlow)
            return this.fetchBlockScalar(ch);
        if (ch === "'" || ch === '"')
            return this.fetchFlowScalar(ch);
        if (this.canStartPlain())
            return this.fetchPlain();
        if (ch === '\t')
            this.fail('found a tab character where only spaces are allowed');
        this.fail(`found ${describe(ch)}, which cannot start any token`);
    }
    atDocumentIndicator(indicator) {
        return (this.column === 0 && this.prefix(3) === indicator && isIn(this.peek(3), BLANK_END_OR_BREAK));
    }
    /**
     * A plain scalar starts with anything but an indicator, a space or a line
     * break; `-` (and, outside flow collections, `?` and `:`) may start one
     * when something other than a space follows.
     */
    canStartPlain() {
        const ch = this.peek();
        if (!isIn(ch, BLANK_END_OR_BREAK + '-?:,[]{}#&*!|>\'"%@`'))
            return true;
        if (isIn(this.peek(1), BLANK_END_OR_BREAK))
            return false;
        return ch === '-' || (!this.inFlow && (ch === '?' || ch === ':'));
    }
    // Simple keys: a key not marked by `?`, known to be one when its `:` comes.
    nextPossibleSimpleKey() {
        let min;
        for (const key of this.possibleSimpleKeys.values()) {
            if (min === undefined || key.tokenNumber < min)
                min = key.tokenNumber;
        }
        return min;
    }
    /** Forget possible simple keys that can no longer be keys (another line, or over 1024 characters). */
    staleSimpleKeys() {
        for (const [level, key] of [...this.possibleSimpleKeys]) {
            if (key.line !== this.line || this.p - key.index > 1024) {
                if (key.required)
                    this.fail("a simple key needs a ':' on its line", key.mark);
                this.possibleSimpleKeys.delete(level);
            }
        }
    }
    saveSimpleKey() {
        // A block key at the indentation of its mapping must be a key.
        const required = !this.inFlow && this.indent === this.column;
        if (!this.allowSimpleKey)
            return;
        this.removeSimpleKey();
        this.possibleSimpleKeys.set(this.flowLevel, {
            tokenNumber: this.tokensTaken + this.tokens.length,
            required,
            index: this.p,
            line: this.line,
            column: this.column,
            mark: this.mark()
        });
    }
    removeSimpleKey() {
        const key = this.possibleSimpleKeys.get(this.flowLevel);
        if (!key)
            return;
        if (key.required)
            this.fail("a simple key needs a ':' on its line", key.mark);
        this.possibleSimpleKeys.delete(this.flowLevel);
    }
    // Indentation.
    unwindIndent(column) {
        if (this.inFlow)
            return; // flow collections ignore indentation
        while (this.indent > column) {
            const mark = this.mark();
            this.indent = this.indents.pop();
            this.tokens.push({ kind: 'block-end', start: mark, end: mark });
        }
    }
    addIndent(column) {
        if (this.indent >= column)
            return false;
        this.indents.push(this.indent);
        this.indent = column;
        return true;
    }
    // Fetchers.
    pushIndicator(kind, length = 1) {
        const start = this.mark();
        this.forward(length);
        this.tokens.push({ kind, start, end: this.mark() });
    }
    fetchStreamEnd() {
        this.unwindIndent(-1);
        this.removeSimpleKey();
        this.allowSimpleKey = false;
        this.possibleSimpleKeys.clear();
        const mark = this.mark();
        this.tokens.push({ kind: 'stream-end', start: mark, end: mark });
        this.done = true;
    }
    fetchDirective() {
        this.unwindIndent(-1);
        this.removeSimpleKey();
        this.allowSimpleKey = false;
        this.tokens.push(this.scanDirective());
    }
    fetchDocumentIndicator(kind) {
        this.unwindIndent(-1);
        this.removeSimpleKey();
        this.allowSimpleKey = false;
        this.pushIndicator(kind, 3);
    }
    fetchFlowCollectionStart(kind) {
        this.saveSimpleKey();
        this.flowLevel++;
        this.allowSimpleKey = true;
        this.pushIndicator(kind);
    }
    fetchFlowCollectionEnd(kind) {
        this.removeSimpleKey();
        // A stray `]` takes the level below zero, as in PyYAML; the parser rejects the token.
        this.flowLevel--;
        this.allowSimpleKey = false;
        this.pushIndicator(kind);
    }
    fetchFlowEntry() {
        this.allowSimpleKey = true;
        this.removeSimpleKey();
        this.pushIndicator('flow-entry');
    }
    fetchBlockEntry() {
        if (!this.inFlow) {
            if (!this.allowSimpleKey)
                this.fail('a sequence entry is not allowed here');
            if (this.addIndent(this.column)) {
                const mark = this.mark();
                this.tokens.push({ kind: 'block-sequence-start', start: mark, end: mark });
            }
        }
        // In a flow collection `- ` is left for the parser to reject.
        this.allowSimpleKey = true;
        this.removeSimpleKey();
        this.pushIndicator('block-entry');
    }
    fetchKey() {
        if (!this.inFlow) {
            if (!this.allowSimpleKey)
                this.fail('a mapping key is not allowed here');
            if (this.addIndent(this.column)) {
                const mark = this.mark();
                this.tokens.push({ kind: 'block-mapping-start', start: mark, end: mark });
            }
        }
        this.allowSimpleKey = !this.inFlow;
        this.removeSimpleKey();
        this.pushIndicator('key');
    }
    fetchValue() {
        const key = this.possibleSimpleKeys.get(this.flowLevel);
        if (key) {
            // The saved token was a simple key: put KEY (and maybe a mapping start) before it.
            this.possibleSimpleKeys.delete(this.flowLevel);
            const at = key.tokenNumber - this.tokensTaken;
            this.tokens.splice(at, 0, { kind: 'key', start: key.mark, end: key.mark });
            if (!this.inFlow && this.addIndent(key.column)) {
                this.tokens.splice(at, 0, { kind: 'block-mapping-start', start: key.mark, end: key.mark });
            }
            this.allowSimpleKey = false;
        }
        else {
            // The value of a `?` key, or of no key at all (which the parser rejects).
            if (!this.inFlow) {
                if (!this.allowSimpleKey)
                    this.fail('a mapping value is not allowed here');
                if (this.addIndent(this.column)) {
                    const mark = this.mark();
                    this.tokens.push({ kind: 'block-mapping-start', start: mark, end: mark });
                }
            }
            this.allowSimpleKey = !this.inFlow;
            this.removeSimpleKey();
        }
        this.pushIndicator('value');
    }
    fetchAnchorOrAlias(kind) {
        this.saveSimpleKey();
        this.allowSimpleKey = false;
        this.tokens.push(this.scanAnchor(kind));
    }
    fetchTag() {
        this.saveSimpleKey();
        this.allowSimpleKey = false;
        this.tokens.push(this.scanTag());
    }
    fetchBlockScalar(style) {
        this.allowSimpleKey = true;
        this.removeSimpleKey();
        this.tokens.push(this.scanBlockScalar(style));
    }
    fetchFlowScalar(style) {
        this.saveSimpleKey();
        this.allowSimpleKey = false;
        this.tokens.push(this.scanFlowScalar(style));
    }
    fetchPlain() {
        this.saveSimpleKey();
        // scanPlain allows a simple key again when it stops at the start of a line.
        this.allowSimpleKey = false;
        this.tokens.push(this.scanPlain());
    }
    // Scanners.
    /** Skip spaces, line breaks and comments (a `#` needs no space before it here). */
    scanToNextToken() {
        if (this.p === 0 && this.peek() === '\ufeff')
            this.forward();
        for (;;) {
            while (this.peek() === ' ')
                this.forward();
            if (this.peek() === '#')
                this.skipToLineEnd();
            if (this.scanLineBreak() === '')
                return;
            if (!this.inFlow)
                this.allowSimpleKey = true;
        }
    }
    skipToLineEnd() {
        while (!isIn(this.peek(), END_OR_BREAK))
            this.forward();
    }
    /** Consume one line break; `\r\n`, `\r` and U+0085 read as `\n`. Returns '' when there is none. */
    scanLineBreak() {
        const ch = this.peek();
        if (ch === '\r' || ch === '\n' || ch === '\x85') {
            this.forward(ch === '\r' && this.peek(1) === '\n' ? 2 : 1);
            return '\n';
        }
        if (ch === '\u2028' || ch === '\u2029') {
            this.forward();
            return ch;
        }
        return '';
    }
    scanDirective() {
        const start = this.mark();
        this.forward();
        const name = this.scanDirectiveName();
        const token = { kind: 'directive', start, end: start, value: name };
        if (name === 'YAML') {
            token.version = this.scanYamlDirectiveValue();
            token.end = this.mark();
        }
        else if (name === 'TAG') {
            token.tagDirective = this.scanTagDirectiveValue();
            token.end = this.mark();
        }
        else {
            token.end = this.mark();
            this.skipToLineEnd();
        }
        this.scanIgnoredLine('directive');
        return token;
    }
    scanDirectiveName() {
        let length = 0;
        while (isWordChar(this.peek(length)))
            length++;
        if (length === 0 || !isIn(this.peek(length), SPACE_END_OR_BREAK)) {
            if (length > 0)
                this.forward(length);
            this.fail(`a directive name is letters, digits, '-' and '_', not ${describe(this.peek())}`);
        }
        const name = this.prefix(length);
        this.forward(length);
        return name;
    }
    scanYamlDirectiveValue() {
        while (this.peek() === ' ')
            this.forward();
        const major = this.scanDirectiveNumber();
        if (this.peek() !== '.')
            this.fail(`expected '.' in the %YAML version, found ${describe(this.peek())}`);
        this.forward();
        const minor = this.scanDirectiveNumber();
        if (!isIn(this.peek(), SPACE_END_OR_BREAK)) {
            this.fail(`expected a digit or a space in the %YAML version, found ${describe(this.peek())}`);
        }
        return [major, minor];
    }
    scanDirectiveNumber() {
        let length = 0;
        while (this.peek(length) >= '0' && this.peek(length) <= '9')
            length++;
        if (length === 0)
            this.fail(`expected a digit in the %YAML version, found ${describe(this.peek())}`);
        const n = Number(this.prefix(length));
        this.forward(length);
        return n;
    }
    scanTagDirectiveValue() {
        while (this.peek() === ' ')
            this.forward();
        const handle = this.scanTagHandle('directive');
        if (this.peek() !== ' ')
            this.fail(`expected a space after the %TAG handle, found ${describe(this.peek())}`);
        while (this.peek() === ' ')
            this.forward();
        const prefix = this.scanTagUri('directive');
        if (!isIn(this.peek(), SPACE_END_OR_BREAK)) {
            this.fail(`expected a space after the %TAG prefix, found ${describe(this.peek())}`);
        }
        return [handle, prefix];
    }
    /** After a directive or a block scalar header only spaces and a comment may follow on the line. */
    scanIgnoredLine(what) {
        while (this.peek() === ' ')
            this.forward();
        if (this.peek() === '#')
            this.skipToLineEnd();
        if (!isIn(this.peek(), END_OR_BREAK)) {
            this.fail(`only a comment may follow a ${what} on its line, found ${describe(this.peek())}`);
        }
        this.scanLineBreak();
    }
    scanAnchor(kind) {
        const start = this.mark();
        this.forward();
        let length = 0;
        while (isWordChar(this.peek(length)))
            length++;
        const after = this.peek(length);
        if (length === 0) {
            this.fail(`an ${kind} name is letters, digits, '-' and '_', not ${describe(after)}`);
        }
        const value = this.prefix(length);
        this.forward(length);
        if (!isIn(after, BLANK_END_OR_BREAK + '?:,]}%@`')) {
            this.fail(`an ${kind} name is letters, digits, '-' and '_', not ${describe(after)}`);
        }
        return { kind, start, end: this.mark(), value };
    }
    scanTag() {
        const start = this.mark();
        let handle;
        let suffix;
        const next = this.peek(1);
        if (next === '<') {
            // Verbatim: `!<tag:yaml.org,2002:str>`.
            this.forward(2);
            suffix = this.scanTagUri('tag');
            if (this.peek() !== '>')
                this.fail(`a verbatim tag ends with '>', found ${describe(this.peek())}`);
            this.forward();
        }
        else if (isIn(next, BLANK_END_OR_BREAK)) {
            // The non-specific tag `!`.
            suffix = '!';
            this.forward();
        }
        else {
            // `!!suffix` or `!handle!suffix` when another `!` comes before the end of the tag, else `!suffix`.
            let length = 1;
            let ch = next;
            let named = false;
            while (!isIn(ch, SPACE_END_OR_BREAK)) {
                if (ch === '!') {
                    named = true;
                    break;
                }
                length++;
                ch = this.peek(length);
            }
            if (named)
                handle = this.scanTagHandle('tag');
            else {
                handle = '!';
                this.forward();
            }
            suffix = this.scanTagUri('tag');
        }
        // A tag ends at a space or a line break, so `[!!str]` has the tag `!!str]`.
        if (!isIn(this.peek(), SPACE_END_OR_BREAK)) {
            this.fail(`a tag must be followed by a space, found ${describe(this.peek())}`);
        }
        return { kind: 'tag', start, end: this.mark(), handle, suffix };
    }
    scanTagHandle(what) {
        if (this.peek() !== '!')
            this.fail(`a ${what} handle starts with '!', found ${describe(this.peek())}`);
        let length = 1;
        let ch = this.peek(1);
        if (ch !== ' ') {
            while (isWordChar(ch))
                ch = this.peek(++length);
            if (ch !== '!') {
                this.forward(length);
                this.fail(`a ${what} handle ends with '!', found ${describe(ch)}`);
            }
            length++;
        }
        const value = this.prefix(length);
        this.forward(length);
        return value;
    }
    scanTagUri(what) {
        let out = '';
        let length = 0;
        let ch = this.peek();
        while ((ch >= '0' && ch <= '9') ||
            (ch >= 'A' && ch <= 'Z') ||
            (ch >= 'a' && ch <= 'z') ||
            isIn(ch, URI_PUNCTUATION)) {
            if (ch === '%') {
                out += this.prefix(length);
                this.forward(length);
                length = 0;
                out += this.scanUriEscapes(what);
            }
            else
                length++;
            ch = this.peek(length);
        }
        if (length > 0) {
            out += this.prefix(length);
            this.forward(length);
        }
        if (out === '')
            this.fail(`expected the text of a ${what}, found ${describe(ch)}`);
        return out;
    }
    scanUriEscapes(what) {
        const bytes = [];
        const at = this.mark();
        while (this.peek() === '%') {
            this.forward();
            for (let k = 0; k < 2; k++) {
                if (!isIn(this.peek(k), HEX)) {
                    this.fail(`a ${what} escape is '%' and two hexadecimal digits, found ${describe(this.peek(k))}`);
                }
            }
            bytes.push(parseInt(this.prefix(2), 16));
            this.forward(2);
        }
        try {
            return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
        }
        catch {
            return this.fail(`the ${what} escapes are not UTF-8`, at);
        }
    }
    scanBlockScalar(style) {
        const folded = style === '>';
        const start = this.mark();
        this.forward();
        // Header: chomping (`+`/`-`) and indentation (1-9) indicators in either order.
        let chomping;
        let increment;
        const readIncrement = () => {
            if (this.peek() >= '0' && this.peek() <= '9') {
                increment = Number(this.peek());
                if (increment === 0)
                    this.fail('a block scalar indentation indicator is 1 to 9, not 0');
                this.forward();
            }
        };
        const readChomping = () => {
            if (this.peek() === '+' || this.peek() === '-') {
                chomping = this.peek() === '+';
                this.forward();
            }
        };
        if (this.peek() === '+' || this.peek() === '-') {
            readChomping();
            readIncrement();
        }
        else if (this.peek() >= '0' && this.peek() <= '9') {
            readIncrement();
            readChomping();
        }
        if (!isIn(this.peek(), SPACE_END_OR_BREAK)) {
            this.fail(`expected chomping or indentation indicators, found ${describe(this.peek())}`);
        }
        this.scanIgnoredLine('block scalar header');
        const minIndent = Math.max(this.indent + 1, 1);
        let indent;
        let breaks;
        let end;
        if (increment === undefined) {
            // Detect the indentation from the first non-empty line.
            breaks = [];
            let maxIndent = 0;
            end = this.mark();
            while (isIn(this.peek(), ' ' + BREAKS)) {
                if (this.peek() !== ' ') {
                    breaks.push(this.scanLineBreak());
                    end = this.mark();
                }
                else {
                    this.forward();
                    if (this.column > maxIndent)
                        maxIndent = this.column;
                }
            }
            indent = Math.max(minIndent, maxIndent);
        }
        else {
            indent = minIndent + increment - 1;
            [breaks, end] = this.scanBlockBreaks(indent);
        }
        const chunks = [];
        let lineBreak = '';
        while (this.column === indent && this.peek() !== '\0') {
            for (const item of breaks)
                chunks.push(item);
            const leadingNonSpace = this.peek() !== ' ' && this.peek() !== '\t';
            let length = 0;
            while (!isIn(this.peek(length), END_OR_BREAK))
                length++;
            chunks.push(this.prefix(length));
            this.forward(length);
            lineBreak = this.scanLineBreak();
            [breaks, end] = this.scanBlockBreaks(indent);
            if (this.column !== indent || this.peek() === '\0')
                break;
            // Folding joins two lines that both start with a non-space with a space.
            if (folded &&
                lineBreak === '\n' &&
                leadingNonSpace &&
                this.peek() !== ' ' &&
                this.peek() !== '\t') {
                if (breaks.length === 0)
                    chunks.push(' ');
            }
            else
                chunks.push(lineBreak);
        }
        if (chomping !== false)
            chunks.push(lineBreak);
        if (chomping === true)
            for (const item of breaks)
                chunks.push(item);
        return { kind: 'scalar', start, end, value: chunks.join(''), style };
    }
    /** Empty lines of a block scalar, with the indentation up to `indent` skipped. */
    scanBlockBreaks(indent) {
        const breaks = [];
        let end = this.mark();
        while (this.column < indent && this.peek() === ' ')
            this.forward();
        while (isIn(this.peek(), BREAKS)) {
            breaks.push(this.scanLineBreak());
            end = this.mark();
            while (this.column < indent && this.peek() === ' ')
                this.forward();
        }
        return [breaks, end];
    }
    scanFlowScalar(style) {
        const double = style === '"';
        const start = this.mark();
        const quote = this.peek();
        this.forward();
        const chunks = [];
        this.scanQuotedNonSpaces(double, chunks);
        while (this.peek() !== quote) {
            this.scanQuotedSpaces(chunks);
            this.scanQuotedNonSpaces(double, chunks);
        }
        this.forward();
        return { kind: 'scalar', start, end: this.mark(), value: chunks.join(''), style };
    }
    scanQuotedNonSpaces(double, chunks) {
        for (;;) {
            let length = 0;
            while (!isIn(this.peek(length), '\'"\\\0 \t' + BREAKS))
                length++;
            if (length > 0) {
                chunks.push(this.prefix(length));
                this.forward(length);
            }
            const ch = this.peek();
            if (!double && ch === "'" && this.peek(1) === "'") {
                chunks.push("'");
                this.forward(2);
            }
            else if ((double && ch === "'") || (!double && (ch === '"' || ch === '\\'))) {
                chunks.push(ch);
                this.forward();
            }
            else if (double && ch === '\\') {
                this.forward();
                const esc = this.peek();
                if (Object.prototype.hasOwnProperty.call(ESCAPES, esc)) {
                    chunks.push(ESCAPES[esc]);
                    this.forward();
                }
                else if (Object.prototype.hasOwnProperty.call(ESCAPE_LENGTHS, esc)) {
                    const digits = ESCAPE_LENGTHS[esc];
                    this.forward();
                    for (let k = 0; k < digits; k++) {
                        if (!isIn(this.peek(k), HEX)) {
                            this.fail(`the escape \\${esc} needs ${digits} hexadecimal digits, found ${describe(this.peek(k))}`);
                        }
                    }
                    const code = parseInt(this.prefix(digits), 16);
                    // Python's chr() refuses code points past U+10FFFF.
                    if (code > 0x10ffff)
                        this.fail(`the escape \\${esc} names no character`);
                    chunks.push(String.fromCodePoint(code));
                    this.forward(digits);
                }
                else if (isIn(esc, BREAKS)) {
                    this.scanLineBreak();
                    this.scanQuotedBreaks(chunks);
                }
                else {
                    this.fail(`unknown escape \\${esc === '\0' ? '' : esc} in a double-quoted scalar`);
                }
            }
            else
                return;
        }
    }
    scanQuotedSpaces(chunks) {
        let length = 0;
        while (this.peek(length) === ' ' || this.peek(length) === '\t')
            length++;
        const spaces = this.prefix(length);
        this.forward(length);
        const ch = this.peek();
        if (ch === '\0')
            this.fail('the text ends inside a quoted scalar');
        if (isIn(ch, BREAKS)) {
            const lineBreak = this.scanLineBreak();
            const breaks = [];
            this.scanQuotedBreaks(breaks);
            if (lineBreak !== '\n')
                chunks.push(lineBreak);
            else if (breaks.length === 0)
                chunks.push(' ');
            for (const item of breaks)
                chunks.push(item);
        }
        else
            chunks.push(spaces);
    }
    scanQuotedBreaks(chunks) {
        for (;;) {
            const head = this.prefix(3);
            if ((head === '---' || head === '...') && isIn(this.peek(3), BLANK_END_OR_BREAK)) {
                this.fail('a document marker inside a quoted scalar');
            }
            while (this.peek() === ' ' || this.peek() === '\t')
                this.forward();
            if (!isIn(this.peek(), BREAKS))
                return;
            chunks.push(this.scanLineBreak());
        }
    }
    scanPlain() {
        const start = this.mark();
        let end = start;
        const indent = this.indent + 1;
        const chunks = [];
        let spaces = [];
        const inFlow = this.inFlow;
        for (;;) {
            if (this.peek() === '#')
                break;
            let length = 0;
            for (;;) {
                const ch = this.peek(length);
                if (isIn(ch, BLANK_END_OR_BREAK))
                    break;
                if (ch === ':' && isIn(this.peek(length + 1), BLANK_END_OR_BREAK + (inFlow ? ',[]{}' : '')))
                    break;
                if (inFlow && isIn(ch, ',?[]{}'))
                    break;
                length++;
            }
            if (length === 0)
                break;
            this.allowSimpleKey = false;
            for (const item of spaces)
                chunks.push(item);
            chunks.push(this.prefix(length));
            this.forward(length);
            end = this.mark();
            spaces = this.scanPlainSpaces();
            if (!spaces || spaces.length === 0 || this.peek() === '#')
                break;
            if (!inFlow && this.column < indent)
                break;
        }
        return { kind: 'scalar', start, end, value: chunks.join(''), style: '' };
    }
    /**
     * The spaces and line breaks after a chunk of a plain scalar, as they join
     * it to the next chunk; undefined at a document marker.
     */
    scanPlainSpaces() {
        let length = 0;
        while (this.peek(length) === ' ')
            length++;
        const spaces = this.prefix(length);
        this.forward(length);
        if (!isIn(this.peek(), BREAKS))
            return spaces ? [spaces] : [];
        const lineBreak = this.scanLineBreak();
        this.allowSimpleKey = true;
        const atMarker = () => {
            const head = this.prefix(3);
            return (head === '---' || head === '...') && isIn(this.peek(3), BLANK_END_OR_BREAK);
        };
        if (atMarker())
            return undefined;
        const breaks = [];
        while (isIn(this.peek(), ' ' + BREAKS)) {
            if (this.peek() === ' ')
                this.forward();
            else {
                breaks.push(this.scanLineBreak());
                if (atMarker())
                    return undefined;
            }
        }
        const out = [];
        if (lineBreak !== '\n')
            out.push(lineBreak);
        else if (breaks.length === 0)
            out.push(' ');
        for (const item of breaks)
            out.push(item);
        return out;
    }
}
// -- Parser and composer ------------------------------------------------------------
const DEFAULT_TAG_HANDLES = { '!': '!', '!!': 'tag:yaml.org,2002:' };
const STYLES = {
    '': 'PLAIN',
    "'": 'QUOTE_SINGLE',
    '"': 'QUOTE_DOUBLE',
    '|': 'BLOCK_LITERAL',
    '>': 'BLOCK_FOLDED'
};
const TOKEN_NAMES = {
    'stream-start': 'the start of the text',
    'stream-end': 'the end of the text',
    directive: 'a directive',
    'document-start': "'---'",
    'document-end': "'...'",
    'block-sequence-start': 'a block sequence',
    'block-mapping-start': 'a block mapping',
    'block-end': 'the end of a block',
    'flow-sequence-start': "'['",
    'flow-mapping-start': "'{'",
    'flow-sequence-end': "']'",
    'flow-mapping-end': "'}'",
    'block-entry': "'-'",
    'flow-entry': "','",
    key: "'?'",
    value: "':'",
    alias: 'an alias',
    anchor: 'an anchor',
    tag: 'a tag',
    scalar: 'a scalar'
};
/**
 * PyYAML's parser state machine as recursive descent: it takes the same
 * tokens in the same order and accepts exactly what it accepts. Nodes are
 * built as the parser goes (PyYAML's composer), so aliases resolve to the
 * node their anchor names.
 */
/**
 * The deepest nesting of collections a document may have: past it, a clear error rather than a
 * stack overflow. PyYAML itself gives up at about 490 levels (RecursionError), so nothing it
 * reads is refused.
 */
exports.MAX_YAML_DEPTH = 500;
/** The most nodes a document may expand to once its aliases are followed. */
exports.MAX_YAML_EXPANDED_NODES = 1_000_000;
class TreeBuilder {
    text;
    scanner;
    tagHandles = DEFAULT_TAG_HANDLES;
    anchors = new Map();
    /** How many collections the node being built is inside. */
    depth = 0;
    /** Where each alias is used, and the node it repeats. */
    aliasUses = [];
    constructor(text) {
        this.text = text;
        this.scanner = new Scanner(text);
    }
    fail(reason, token) {
        throw new YamlSyntaxError(reason, token?.start.offset ?? this.text.length);
    }
    found() {
        const token = this.scanner.peekToken();
        return token ? TOKEN_NAMES[token.kind] : 'nothing';
    }
    /** The single document of the text (null for a text with none), as `yaml.safe_load` composes it. */
    single() {
        const s = this.scanner;
        s.getToken(); // stream start
        let root = null;
        let documents = 0;
        if (!s.check('directive', 'document-start', 'stream-end')) {
            // A document without `---`.
            this.tagHandles = DEFAULT_TAG_HANDLES;
            root = this.node(true, false);
            if (s.check('document-end'))
                s.getToken();
            documents = 1;
        }
        for (;;) {
            while (s.check('document-end'))
                s.getToken();
            if (s.check('stream-end'))
                break;
            const first = s.peekToken();
            this.directives();
            if (!s.check('document-start')) {
                this.fail(`expected '---' to start a document, found ${this.found()}`, s.peekToken());
            }
            if (documents > 0)
                this.fail('expected a single document, but found another document', first);
            s.getToken();
            this.anchors = new Map();
            root = s.check('directive', 'document-start', 'document-end', 'stream-end')
                ? this.emptyScalar(s.peekToken().start)
                : this.node(true, false);
            if (s.check('document-end'))
                s.getToken();
            documents = 1;
        }
        if (root !== null)
            this.boundExpansion(root);
        return root;
    }
    /**
     * A shared node is built once but used as many times as it is aliased: nine aliases of nine
     * aliases of... ("billion laughs") is a few hundred bytes that expand to more than memory. Count
     * the nodes the document expands to (linear in its distinct nodes) and refuse it past a bound,
     * at the alias that repeats the most.
     */
    boundExpansion(root) {
        if (this.aliasUses.length === 0)
            return;
        const sizes = new Map();
        const size = (node) => {
            const known = sizes.get(node);
            if (known !== undefined)
                return known;
            sizes.set(node, 1); // a node inside itself (a recursive alias) counts once
            let total = 1;
            if (node.kind === 'seq')
                for (const item of node.items)
                    total += size(item);
            else if (node.kind === 'map') {
                for (const pair of node.items)
                    total += size(pair.key) + size(pair.value);
            }
            total = Math.min(total, Number.MAX_SAFE_INTEGER);
            sizes.set(node, total);
            return total;
        };
        if (size(root) <= exports.MAX_YAML_EXPANDED_NODES)
            return;
        const worst = this.aliasUses.reduce((a, b) => (size(b.target) > size(a.target) ? b : a));
        throw new YamlSyntaxError(`the document's aliases expand to more than ${exports.MAX_YAML_EXPANDED_NODES.toLocaleString('en-US')} nodes ` +
            `(this alias alone repeats ${size(worst.target).toLocaleString('en-US')})`, worst.offset);
    }
    directives() {
        const s = this.scanner;
        let version;
        const handles = {};
        while (s.check('directive')) {
            const token = s.getToken();
            if (token.value === 'YAML') {
                if (version)
                    this.fail('a document may have only one %YAML directive', token);
                if (token.version[0] !== 1)
                    this.fail('only YAML 1.x documents can be read', token);
                version = token.version;
            }
            else if (token.value === 'TAG') {
                const [handle, prefix] = token.tagDirective;
                if (Object.prototype.hasOwnProperty.call(handles, handle)) {
                    this.fail(`the tag handle ${handle} is defined twice`, token);
                }
                handles[handle] = prefix;
            }
        }
        this.tagHandles = { ...DEFAULT_TAG_HANDLES, ...handles };
    }
    emptyScalar(at, tag, anchor, start = at) {
        return this.register(anchor, {
            kind: 'scalar',
            value: '',
            type: 'PLAIN',
            tag,
            anchor,
            range: [start.offset, at.offset],
            source: ''
        });
    }
    register(anchor, node) {
        if (anchor !== undefined)
            this.anchors.set(anchor, node);
        return node;
    }
    openCollection(kind, start, tag, anchor) {
        const node = {
            kind,
            items: [],
            tag,
            anchor,
            range: [start.offset, start.offset]
        };
        return this.register(anchor, node);
    }
    node(block, indentlessSequence) {
        // Each level is a frame of this recursion: past a bound, a clear error, not a stack overflow.
        if (this.depth >= exports.MAX_YAML_DEPTH) {
            this.fail(`nested deeper than ${exports.MAX_YAML_DEPTH} levels; a workflow never needs that many`, this.scanner.peekToken());
        }
        this.depth++;
        try {
            return this.nodeAtDepth(block, indentlessSequence);
        }
        finally {
            this.depth--;
        }
    }
    nodeAtDepth(block, indentlessSequence) {
        const s = this.scanner;
        if (s.check('alias')) {
            const token = s.getToken();
            const target = this.anchors.get(token.value);
            if (!target)
                this.fail(`found undefined alias '${token.value}'`, token);
            this.aliasUses.push({ target: target, offset: token.start.offset });
            return target;
        }
        let anchor;
        let tagToken;
        let start;
        let end;
        if (s.check('anchor')) {
            const token = s.getToken();
            start = token.start;
            end = token.end;
            anchor = token.value;
            if (s.check('tag')) {
                tagToken = s.getToken();
                end = tagToken.end;
            }
        }
        else if (s.check('tag')) {
            tagToken = s.getToken();
            start = tagToken.start;
            end = tagToken.end;
            if (s.check('anchor')) {
                const token = s.getToken();
                end = token.end;
                anchor = token.value;
            }
        }
        let tag;
        if (tagToken) {
            const { handle, suffix } = tagToken;
            if (handle === undefined)
                tag = suffix;
            else if (!Object.prototype.hasOwnProperty.call(this.tagHandles, handle)) {
                this.fail(`the tag handle ${handle} is not defined`, tagToken);
            }
            else
                tag = this.tagHandles[handle] + suffix;
        }
        const next = s.peekToken();
        start ??= next.start;
        end ??= start;
        if (anchor !== undefined && this.anchors.has(anchor)) {
            const first = this.anchors.get(anchor);
            const where = new LineIndex(this.text).position(first.range[0]);
            this.fail(`found duplicate anchor '${anchor}' (first defined at line ${where.line}, column ${where.col})`, { kind: 'anchor', start, end: start });
        }
        if (indentlessSequence && next.kind === 'block-entry') {
            return this.indentlessSequence(start, tag, anchor);
        }
        switch (next.kind) {
            case 'scalar': {
                s.getToken();
                return this.register(anchor, {
                    kind: 'scalar',
                    value: next.value,
                    type: STYLES[next.style],
                    tag,
                    anchor,
                    range: [start.offset, next.end.offset],
                    source: this.text.slice(next.start.offset, next.end.offset)
                });
            }
            case 'flow-sequence-start':
                return this.flowSequence(start, tag, anchor);
            case 'flow-mapping-start':
                return this.flowMapping(start, tag, anchor);
            case 'block-sequence-start':
                if (block)
                    return this.blockSequence(start, tag, anchor);
                break;
            case 'block-mapping-start':
                if (block)
                    return this.blockMapping(start, tag, anchor);
                break;
        }
        // Only an anchor and/or a tag: an empty scalar carries them.
        if (anchor !== undefined || tag !== undefined)
            return this.emptyScalar(end, tag, anchor, start);
        return this.fail(`expected a value, but found ${TOKEN_NAMES[next.kind]}`, next);
    }
    blockSequence(start, tag, anchor) {
        const s = this.scanner;
        const node = this.openCollection('seq', start, tag, anchor);
        const items = node.items;
        s.getToken();
        while (s.check('block-entry')) {
            const entry = s.getToken();
            items.push(s.check('block-entry', 'block-end') ? this.emptyScalar(entry.end) : this.node(true, false));
        }
        if (!s.check('block-end')) {
            this.fail(`expected another '- ' entry or the end of the list, found ${this.found()}`, s.peekToken());
        }
        node.range[1] = s.getToken().end.offset;
        return node;
    }
    /** `key:\n- a\n- b`: a sequence at the indentation of its mapping. */
    indentlessSequence(start, tag, anchor) {
        const s = this.scanner;
        const node = this.openCollection('seq', start, tag, anchor);
        const items = node.items;
        while (s.check('block-entry')) {
            const entry = s.getToken();
            items.push(s.check('block-entry', 'key', 'value', 'block-end')
                ? this.emptyScalar(entry.end)
                : this.node(true, false));
        }
        node.range[1] = s.peekToken().start.offset;
        return node;
    }
    blockMapping(start, tag, anchor) {
        const s = this.scanner;
        const node = this.openCollection('map', start, tag, anchor);
        const items = node.items;
        s.getToken();
        while (s.check('key')) {
            const keyToken = s.getToken();
            const key = s.check('key', 'value', 'block-end')
                ? this.emptyScalar(keyToken.end)
                : this.node(true, true);
            let value;
            if (s.check('value')) {
                const valueToken = s.getToken();
                value = s.check('key', 'value', 'block-end')
                    ? this.emptyScalar(valueToken.end)
                    : this.node(true, true);
            }
            else
                value = this.emptyScalar(s.peekToken().start);
            items.push({ key, value });
        }
        if (!s.check('block-end')) {
            this.fail(`expected another key or the end of the mapping, found ${this.found()}`, s.peekToken());
        }
        node.range[1] = s.getToken().end.offset;
        return node;
    }
    flowSequence(start, tag, anchor) {
        const s = this.scanner;
        const node = this.openCollection('seq', start, tag, anchor);
        const items = node.items;
        s.getToken();
        for (let first = true; !s.check('flow-sequence-end'); first = false) {
            if (!first)
                this.flowEntry("',' or ']' in the flow sequence");
            if (s.check('key')) {
                // `[? a : b]` / `[a: b]`: an entry that is a mapping of one pair.
                const keyStart = s.peekToken().start.offset;
                const pair = this.flowPair('flow-sequence-end');
                const end = s.peekToken().start.offset;
                items.push({ kind: 'map', items: [pair], range: [keyStart, end] });
            }
            else if (!s.check('flow-sequence-end')) {
                items.push(this.node(false, false));
            }
        }
        node.range[1] = s.getToken().end.offset;
        return node;
    }
    /** The `,` between two flow entries (`expected` says what else could have come). */
    flowEntry(expected) {
        const s = this.scanner;
        if (!s.check('flow-entry'))
            this.fail(`expected ${expected}, found ${this.found()}`, s.peekToken());
        s.getToken();
    }
    /** A flow entry that starts with a key token: its key and value, either one empty. */
    flowPair(end) {
        const s = this.scanner;
        const keyToken = s.getToken();
        const key = s.check('value', 'flow-entry', end)
            ? this.emptyScalar(keyToken.end)
            : this.node(false, false);
        if (!s.check('value'))
            return { key, value: this.emptyScalar(s.peekToken().start) };
        const valueToken = s.getToken();
        const value = s.check('flow-entry', end)
            ? this.emptyScalar(valueToken.end)
            : this.node(false, false);
        return { key, value };
    }
    flowMapping(start, tag, anchor) {
        const s = this.scanner;
        const node = this.openCollection('map', start, tag, anchor);
        const items = node.items;
        s.getToken();
        for (let first = true; !s.check('flow-mapping-end'); first = false) {
            if (!first)
                this.flowEntry("',' or '}' in the flow mapping");
            if (s.check('key')) {
                items.push(this.flowPair('flow-mapping-end'));
            }
            else if (!s.check('flow-mapping-end')) {
                // `{a}`: a key with no value.
                const key = this.node(false, false);
                items.push({ key, value: this.emptyScalar(s.peekToken().start) });
            }
        }
        node.range[1] = s.getToken().end.offset;
        return node;
    }
}
/**
 * The node tree of the text's single document, or null when it has none.
 * Throws YamlSyntaxError where PyYAML's `safe_load` would fail to compose it
 * (it does not check printable characters; see `parseYamlWithPositions`).
 */
function composeYaml(text) {
    return new TreeBuilder(text).single();
}


/***/ }),

/***/ 6293:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WorkflowLoadError = void 0;
exports.formatLocation = formatLocation;
exports.scalarTypeOf = scalarTypeOf;
exports.shadowedEntries = shadowedEntries;
exports.carryNodeInfo = carryNodeInfo;
exports.locateNode = locateNode;
exports.parseYamlWithPositions = parseYamlWithPositions;
/**
 * Workflow YAML, read the way the reference reads it: PyYAML's `safe_load`
 * (YAML 1.1 scalar resolution) producing plain JS values, plus a source map so
 * validation can point at `file:line:col`.
 *
 * `yaml-parser.ts` scans, parses and composes the text by PyYAML's own rules
 * into a tree whose scalars are still text; this module then constructs
 * values, following PyYAML's resolver (yaml-text-checks.ts) and
 * SafeConstructor (here); yaml-writer.ts writes values back as YAML:
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
 * - `!!omap` and `!!pairs` build lists of (key, value) tuples (arrays
 *   marked by `markPyTuple`);
 * - ints are exact at any size (a bigint beyond 2**53) and floats are
 *   `PyFloat` boxes, so `1.0` stays a float (pyvalue.ts models the numbers);
 * - non-string keys keep their type (`1`, `True`, `None`, `1.5`), stored
 *   under the typed property names of `pyKeyName`, so `1` and `'1'` are two
 *   keys. Keys Python considers equal (`1`, `true`, `1.0`) collapse into one,
 *   keeping the first key and the last value, as in a Python dict. A
 *   timestamp key is kept as its text; a str key with the same text cannot
 *   share the JS object and is set aside (see `shadowedEntries`) so
 *   validation still checks its value.
 *
 * Known differences, all outside what workflows use: recursive aliases
 * (`&a [*a]`) and the tags `!!binary` and `!!set` are rejected (PyYAML
 * builds recursive lists, bytes and sets the engine cannot use); a mapping
 * merged into itself (`&a {<<: *a}`) is rejected (PyYAML merges whatever it
 * has flattened so far); of a timestamp key and a str key with the same
 * text, only the first is in the object.
 */
const yaml_parser_js_1 = __nccwpck_require__(9919);
const pyvalue_js_1 = __nccwpck_require__(610);
const types_js_1 = __nccwpck_require__(3171);
const yaml_text_checks_js_1 = __nccwpck_require__(6445);
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
 * level, so the writer's `dumpYaml` can keep floats floats without being handed the parse.
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
/**
 * Give `copy` (a shallow copy of `node` with some keys changed) what is known of
 * `node`: its position and its values' hidden types, so errors in the copy still
 * point into the file. A spread copies none of it.
 */
function carryNodeInfo(node, copy) {
    const info = containerInfo.get(node);
    if (info)
        containerInfo.set(copy, info);
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
    // Python refuses decimal text past its int max str digits (power-of-two bases are exempt).
    if (base === 10 && digits.replace(/_/g, '').length > pyvalue_js_1.PY_INT_MAX_STR_DIGITS)
        return undefined;
    const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
    const big = BigInt(prefix + digits.replace(/_/g, ''));
    return m[1] === '-' ? -big : big;
}
// -- Scalar construction ----------------------------------------------------------
class ConstructError extends Error {
}
/** A scalar's text for a message: quoted, and cut when long (a scalar may be megabytes). */
function quoted(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
function constructBool(text) {
    const v = { yes: true, no: false, true: true, false: false, on: true, off: false }[text.toLowerCase()];
    if (v === undefined)
        throw new ConstructError(`cannot read ${quoted(text)} as a boolean`);
    return v;
}
function splitSign(text) {
    const value = text.replace(/_/g, '');
    if (value === '')
        throw new ConstructError('empty number');
    const sign = value[0] === '-' ? -1 : 1;
    return [sign, value[0] === '+' || value[0] === '-' ? value.slice(1) : value];
}
/** Past this a sexagesimal int has more digits than Python will print. */
const SEXAGESIMAL_LIMIT = 10n ** BigInt(pyvalue_js_1.PY_INT_MAX_STR_DIGITS);
function constructInt(text) {
    const [sign, value] = splitSign(text);
    const bad = () => {
        throw new ConstructError(`cannot read ${quoted(text)} as an integer`);
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
        n = 0n;
        for (const part of value.split(':')) {
            const digit = parsePythonInt(part, 10);
            if (digit === undefined)
                bad();
            n = n * 60n + digit;
            // Each part costs time in the size of the sum: bound it where Python could no longer print it.
            if (n >= SEXAGESIMAL_LIMIT) {
                throw new ConstructError(`the integer ${quoted(text)} has more than 4300 digits`);
            }
        }
    }
    else
        n = parsePythonInt(value, 10);
    if (n === undefined)
        bad();
    return (0, pyvalue_js_1.pyInt)(sign < 0 ? -n : n); // exact at any size; Python ints have no negative zero
}
function constructFloat(text) {
    const [sign, value] = splitSign(text.toLowerCase());
    const bad = () => {
        throw new ConstructError(`cannot read ${quoted(text)} as a float`);
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
        throw new ConstructError(`cannot read ${quoted(text)} as a timestamp`);
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
const YAML_NAN = new pyvalue_js_1.PyFloat(NaN);
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
        case 'float': {
            // PyYAML hands out one shared NaN object, which containers compare by identity.
            const n = constructFloat(text);
            return { value: Number.isNaN(n) ? YAML_NAN : new pyvalue_js_1.PyFloat(n) };
        }
        case 'timestamp':
            return constructTimestamp(text);
        case 'merge':
        case 'value':
        default:
            throw new ConstructError(`the tag '${fullTag}' is not supported`);
    }
}
// -- Python key semantics ---------------------------------------------------------
/**
 * The property name a constructed key is stored under: a str as itself, a
 * timestamp as the text Python's str() gives it (JS has no date type), and
 * any other scalar under its typed name (`pyKeyName`), so `1` and `'1'` are two keys.
 */
function keyName(key) {
    return key.type !== undefined && typeof key.value === 'string' ? key.value : (0, pyvalue_js_1.pyKeyName)(key.value);
}
/** Whether a constructed key is a list or mapping, which Python cannot hash. */
function isUnhashable(value) {
    return Array.isArray(value) || (0, pyvalue_js_1.isDict)(value);
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
    if (typeof v === 'bigint')
        return `num:${v}`;
    if (typeof v === 'number' || v instanceof pyvalue_js_1.PyFloat) {
        const n = typeof v === 'number' ? v : v.value;
        if (Number.isNaN(n))
            return 'num:nan';
        return `num:${Number.isInteger(n) ? BigInt(n).toString() : String(n)}`;
    }
    return 'none';
}
// -- Construction -----------------------------------------------------------------
class Builder {
    lines;
    file;
    cache = new Map();
    inProgress = new Set();
    constructor(lines, file) {
        this.lines = lines;
        this.file = file;
    }
    position(offset) {
        return this.lines.position(offset);
    }
    fail(reason, node) {
        const pos = node?.range ? this.position(node.range[0]) : undefined;
        throw new WorkflowLoadError(reason, { file: this.file, ...pos });
    }
    /** An alias is the node its anchor names, so shared nodes are built once and shared. */
    construct(node) {
        if (!node)
            return { value: null };
        const cached = this.cache.get(node);
        if (cached)
            return cached;
        if (this.inProgress.has(node)) {
            this.fail('recursive aliases (a node that contains itself) are not supported', node);
        }
        this.inProgress.add(node);
        let result;
        try {
            result = this.constructNew(node);
        }
        catch (err) {
            if (err instanceof ConstructError)
                this.fail(err.message, node);
            throw err;
        }
        finally {
            this.inProgress.delete(node);
        }
        this.cache.set(node, result);
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
        if ((0, yaml_parser_js_1.isScalar)(node)) {
            const text = node.value;
            if (tag !== undefined)
                return constructScalarByTag(tag, text, node.tag);
            // PyYAML resolves plain scalars, and any scalar with the non-specific tag `!`.
            const implicit = node.type === 'PLAIN' || node.tag === '!';
            return constructScalarByTag(implicit ? (0, yaml_text_checks_js_1.resolvePlainTag)(text) : 'str', text);
        }
        if ((0, yaml_parser_js_1.isSeq)(node)) {
            if (tag === 'omap' || tag === 'pairs')
                return this.constructPairs(node, tag);
            if (tag !== undefined && tag !== 'seq')
                this.fail(`the tag '${node.tag}' is not supported on a sequence`, node);
            const list = [];
            const info = { pos: this.position(node.range[0]), entries: new Map() };
            containerInfo.set(list, info);
            node.items.forEach((item, index) => {
                const built = this.construct(item);
                list.push(built.value);
                info.entries.set(index, {
                    pos: this.valuePosition(item, undefined, node),
                    type: built.type
                });
            });
            return { value: list };
        }
        if ((0, yaml_parser_js_1.isMap)(node)) {
            if (tag !== undefined && tag !== 'map')
                this.fail(`the tag '${node.tag}' is not supported on a mapping`, node);
            const obj = {};
            const info = { pos: this.position(node.range[0]), entries: new Map() };
            containerInfo.set(obj, info);
            const names = new Map();
            const order = [];
            for (const pair of this.flatten(node, new Set())) {
                const keyNode = pair.key;
                // PyYAML reads a plain `=` key as the string '=' (elsewhere `=` is an error).
                const key = this.isPlain(keyNode, '=') ? { value: '=' } : this.construct(keyNode);
                if (isUnhashable(key.value)) {
                    this.fail('found unhashable key (a mapping or list cannot be a key)', keyNode);
                }
                const identity = keyIdentity(key);
                const known = names.get(identity);
                const name = known ?? keyName(key);
                const value = this.construct(pair.value);
                if (known === undefined && info.entries.has(name)) {
                    // A different Python key with text an earlier key already has.
                    (info.shadowed ??= []).push([name, value.value]);
                    continue;
                }
                names.set(identity, name);
                if (known === undefined)
                    order.push(name);
                (0, pyvalue_js_1.setKey)(obj, name, value.value);
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
    /**
     * `!!omap` and `!!pairs`: PyYAML's SafeConstructor builds a list of
     * (key, value) tuples from a sequence of one-pair mappings, without merging
     * `<<` keys and without checking for duplicate keys (so `!!omap` accepts
     * them too). Keys may be any value, lists and dicts included.
     */
    constructPairs(node, tag) {
        const what = tag === 'omap' ? 'an ordered map (!!omap)' : 'pairs (!!pairs)';
        const list = [];
        const info = { pos: this.position(node.range[0]), entries: new Map() };
        containerInfo.set(list, info);
        node.items.forEach((item, index) => {
            if (!(0, yaml_parser_js_1.isMap)(item)) {
                this.fail(`${what} holds one-pair mappings, but this item is not a mapping`, item);
            }
            if (item.items.length !== 1) {
                this.fail(`${what} holds one-pair mappings, but this one has ${item.items.length} pairs`, item);
            }
            const pair = item.items[0];
            const key = this.construct(pair.key);
            const value = this.construct(pair.value);
            const tuple = (0, pyvalue_js_1.markPyTuple)([key.value, value.value]);
            containerInfo.set(tuple, {
                pos: this.position(item.range[0]),
                entries: new Map([
                    [0, { pos: this.position(pair.key.range[0]), type: key.type }],
                    [1, { pos: this.valuePosition(pair.value, pair.key, item), type: value.type }]
                ])
            });
            list.push(tuple);
            info.entries.set(index, { pos: this.position(item.range[0]) });
        });
        return { value: list };
    }
    /** Where a value starts; an empty value points at its key (or its parent). */
    valuePosition(value, key, parent) {
        const empty = !value ||
            ((0, yaml_parser_js_1.isScalar)(value) && value.source === '' && value.range[0] === value.range[1] && !value.tag);
        const at = empty ? (key ?? parent) : value;
        return this.position(at.range[0]);
    }
    /** A mapping's pairs with `<<` merge keys expanded the way PyYAML's flatten_mapping does. */
    flatten(node, visiting) {
        if (!(0, yaml_parser_js_1.isMap)(node))
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
            const source = pair.value;
            if (source && (0, yaml_parser_js_1.isMap)(source)) {
                for (const inherited of this.flatten(source, visiting))
                    merged.push(inherited);
            }
            else if (source && (0, yaml_parser_js_1.isSeq)(source)) {
                const parts = [];
                for (const item of source.items) {
                    const sub = item;
                    if (!(0, yaml_parser_js_1.isMap)(sub))
                        this.fail('a merge list may only contain mappings', sub);
                    parts.push(this.flatten(sub, visiting));
                }
                // PyYAML applies the list back to front, so earlier mappings win.
                for (const part of parts.reverse())
                    for (const inherited of part)
                        merged.push(inherited);
            }
            else {
                this.fail("the value of a merge key '<<' must be a mapping or a list of mappings", source);
            }
        }
        visiting.delete(node);
        return [...merged, ...own];
    }
    isMergeKey(key) {
        if (key && (0, yaml_parser_js_1.isScalar)(key) && key.tag === YAML_TAG + 'merge')
            return true;
        return this.isPlain(key, '<<');
    }
    /**
     * A scalar with exactly this text that PyYAML resolves by its value: an
     * untagged plain scalar, or any scalar with the non-specific tag `!`
     * (`! "<<"` is a merge key too).
     */
    isPlain(node, text) {
        if (!(0, yaml_parser_js_1.isScalar)(node) || node.value !== text)
            return false;
        return node.tag === '!' || (node.tag === undefined && node.type === 'PLAIN');
    }
}
// -- Reading ----------------------------------------------------------------------
/**
 * Parse one YAML document the way `yaml.safe_load` does. Throws
 * WorkflowLoadError with `file:line:col` on any problem.
 */
function parseYamlWithPositions(text, file) {
    const lines = new yaml_parser_js_1.LineIndex(text);
    // PyYAML's reader refuses these before anything is parsed.
    const bad = (0, yaml_text_checks_js_1.findUnacceptableCharacter)(text);
    if (bad) {
        const code = bad.char.codePointAt(0).toString(16).padStart(4, '0');
        throw new WorkflowLoadError(`unacceptable character #x${code}: special characters are not allowed`, { file, ...lines.position(bad.offset) });
    }
    try {
        const root = (0, yaml_parser_js_1.composeYaml)(text);
        if (root === null)
            return { data: null, locate: locateNode, scalarType: scalarTypeOf };
        const data = new Builder(lines, file).construct(root).value;
        return { data, locate: locateNode, scalarType: scalarTypeOf };
    }
    catch (err) {
        if (err instanceof yaml_parser_js_1.YamlSyntaxError) {
            throw new WorkflowLoadError(err.reason, { file, ...lines.position(err.offset) });
        }
        // PyYAML gives up (RecursionError) past about 490 levels; this gives up later, but cleanly.
        if (err instanceof RangeError && /call stack/i.test(err.message)) {
            throw new WorkflowLoadError('the YAML nests collections too deeply to be read', { file });
        }
        throw err;
    }
}


/***/ }),

/***/ 6445:
/***/ ((__unused_webpack_module, exports) => {


/**
 * What PyYAML makes of raw text before any value is built, shared by the
 * loader (yaml-source.ts) and the writer (yaml-writer.ts): which characters
 * its reader refuses, and which tag its implicit resolvers give a plain
 * scalar (so the writer knows which strings must be quoted to stay strings).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findUnacceptableCharacter = findUnacceptableCharacter;
exports.isAcceptableCharacter = isAcceptableCharacter;
exports.resolvePlainTag = resolvePlainTag;
// -- Characters the reader accepts ------------------------------------------------
/** The characters PyYAML's reader accepts anywhere in a file (tab, line breaks, printable text). */
const PRINTABLE_RANGES = '\\t\\n\\r\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}';
const NON_PRINTABLE = new RegExp(`[^${PRINTABLE_RANGES}]`, 'u');
const PRINTABLE_CHAR = new RegExp(`[${PRINTABLE_RANGES}]`, 'u');
/** The first character PyYAML's reader refuses, with its UTF-16 offset; null when there is none. */
function findUnacceptableCharacter(text) {
    const bad = NON_PRINTABLE.exec(text);
    return bad ? { char: bad[0], offset: bad.index } : null;
}
/** Whether PyYAML's reader accepts this character (one code point). */
function isAcceptableCharacter(ch) {
    return PRINTABLE_CHAR.test(ch);
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


/***/ }),

/***/ 9759:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dumpYaml = dumpYaml;
/**
 * Plain data as YAML text that reads back, through the loader
 * (yaml-source.ts) and through PyYAML, as the same data: strings that would
 * resolve to another type are quoted, floats stay floats, timestamps stay
 * timestamps. The run's copy of its workflow is written with it.
 */
const pyvalue_js_1 = __nccwpck_require__(610);
const yaml_source_js_1 = __nccwpck_require__(6293);
const yaml_text_checks_js_1 = __nccwpck_require__(6445);
/** YAML 1.1 line breaks besides `\n`/`\r`. */
const EXTRA_BREAKS = /[\x85\u2028\u2029]/;
const SAFE_PLAIN = /^[A-Za-z0-9_./$()+=^~;][A-Za-z0-9_ ./$()+=^~;:"'!@%&*?`<>-]*$/;
function canBePlain(s) {
    if (!SAFE_PLAIN.test(s) || s.endsWith(' ') || s.endsWith(':'))
        return false;
    if (s.includes(': ') || s.includes(' #') || s.startsWith('---') || s.startsWith('...'))
        return false;
    return (0, yaml_text_checks_js_1.resolvePlainTag)(s) === 'str';
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
        else if (!(0, yaml_text_checks_js_1.isAcceptableCharacter)(ch) || EXTRA_BREAKS.test(ch) || cp === 0xfeff) {
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
            (!(0, yaml_text_checks_js_1.isAcceptableCharacter)(ch) || EXTRA_BREAKS.test(ch) || ch === '\r' || ch === '\ufeff')) {
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
    if (value instanceof pyvalue_js_1.PyFloat || (typeof value === 'number' && !Number.isInteger(value))) {
        const n = typeof value === 'number' ? value : value.value;
        if (Number.isNaN(n))
            return '.nan';
        if (n === Infinity)
            return '.inf';
        if (n === -Infinity)
            return '-.inf';
        const repr = (0, pyvalue_js_1.pyFloatRepr)(n);
        // PyYAML only reads a float with a dot: `1e+16` must be written `1.0e+16`.
        return repr.includes('.') ? repr : repr.replace('e', '.0e');
    }
    if (typeof value === 'number' || typeof value === 'bigint')
        return (0, pyvalue_js_1.pyNumber)(value);
    if (typeof value === 'string') {
        if ((type === 'date' || type === 'datetime') && (0, yaml_text_checks_js_1.resolvePlainTag)(value) === 'timestamp')
            return value;
        return canBePlain(value) ? value : doubleQuoted(value);
    }
    throw new TypeError(`cannot write a ${typeof value} as YAML`);
}
function isContainer(value) {
    return Array.isArray(value) || (0, pyvalue_js_1.isDict)(value);
}
function isEmptyContainer(value) {
    return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}
function keyTextForDump(name, pad) {
    const key = (0, pyvalue_js_1.pyKeyOf)(name);
    const text = typeof key !== 'string'
        ? scalarText(key, undefined)
        : canBePlain(key)
            ? key
            : doubleQuoted(key);
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
            const type = (0, yaml_source_js_1.scalarTypeOf)(value, index);
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
            out.push(`${pad}${keyTextForDump(key, pad)}${valueText(item, (0, yaml_source_js_1.scalarTypeOf)(value, key), indent + 2, stack)}`);
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

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

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
    signal: controller.signal,
    script: process.argv[1]
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`specflow: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
