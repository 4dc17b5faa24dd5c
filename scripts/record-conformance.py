#!/usr/bin/env python3
"""Record the reference engine's outcome of the conformance cases.

Runs tests/fixtures/conformance/cases/NAME.yml (with its optional NAME.json:
phases, env, files, ignore) through spec-kit's own Python workflow engine and
writes tests/fixtures/conformance/expected/NAME.json, the oracle that
tests/cli/conformance.test.ts replays specflow against.

    REF_SRC=/path/to/spec-kit/src python3 scripts/record-conformance.py [NAME ...]
    python3 scripts/record-conformance.py --ref-src /path/to/spec-kit/src --out /tmp/exp

The reference is a spec-kit source tree (its src/ folder, or the checkout
holding it). Only its workflow engine is imported: the CLI's third-party
dependencies that are not installed (typer, rich, ...) are replaced by inert
stand-ins, as the engine never calls them. Needs Python 3.9+ and PyYAML.
"""
from __future__ import annotations

import argparse
import importlib.abc
import importlib.machinery
import json
import os
import re
import shutil
import sys
import tempfile
import types
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "conformance"

# Imported by spec-kit's CLI modules that the workflow engine pulls in, but
# never used on a workflow run. Stand-ins are made only for those missing.
CLI_ONLY_PACKAGES = frozenset(
    {"json5", "readchar", "typer", "rich", "platformdirs", "httpx", "truststore", "packaging"}
)


class _Inert:
    """Whatever a CLI module does with a missing dependency at import time:
    call it, subclass it, decorate with it, read attributes off it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def __call__(self, *args: Any, **kwargs: Any) -> "_Inert":
        return self

    def __getattr__(self, name: str) -> "_Inert":
        if name.startswith("__"):
            raise AttributeError(name)
        return self


class _StandInModule(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        # A class, so `class X(rich.Foo)` works; calling it gives an _Inert.
        return type(name, (_Inert,), {})


class _StandInFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Supplies a stand-in for a CLI-only package (and any submodule of it)
    that the regular import system could not find."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None):
        if fullname.split(".")[0] not in CLI_ONLY_PACKAGES:
            return None
        for finder in sys.meta_path:
            if finder is self:
                continue
            find = getattr(finder, "find_spec", None)
            if find is not None and find(fullname, path, target) is not None:
                return None  # installed: use the real one
        return importlib.machinery.ModuleSpec(fullname, self, is_package=True)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = _StandInModule(spec.name)
        module.__path__ = []
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        pass


def load_reference(ref_src: Path) -> types.SimpleNamespace:
    """Import spec-kit's workflow engine from `ref_src` without running the
    CLI package's __init__ (which imports the whole command-line app)."""
    package_dir = ref_src / "specify_cli"
    if not (package_dir / "workflows" / "engine.py").is_file():
        raise SystemExit(f"{ref_src} is not a spec-kit src/ folder (no specify_cli/workflows/engine.py)")
    sys.meta_path.append(_StandInFinder())
    package = types.ModuleType("specify_cli")
    package.__path__ = [str(package_dir)]
    sys.modules["specify_cli"] = package
    from specify_cli.workflows import engine  # type: ignore[import-not-found]

    return types.SimpleNamespace(
        WorkflowDefinition=engine.WorkflowDefinition,
        WorkflowEngine=engine.WorkflowEngine,
        validate_workflow=engine.validate_workflow,
    )


def reference_source(flag: str | None) -> Path:
    given = flag or os.environ.get("REF_SRC")
    if not given:
        raise SystemExit(
            "no reference: pass --ref-src or set REF_SRC to a checkout of "
            "github/spec-kit (or its src/ folder)"
        )
    root = Path(given).resolve()
    # A whole checkout is fine too.
    return root / "src" if (root / "src" / "specify_cli").is_dir() else root


def summarize_run(run_dir: Path, ignore: list[str]) -> dict[str, Any]:
    """What the comparison looks at in a run's files: the run's status,
    position, whether it has an error, its resolved inputs, and per step its
    type, status, output and whether it has an error."""
    state = json.loads((run_dir / "state.json").read_text(encoding="utf-8"))
    inputs_file = json.loads((run_dir / "inputs.json").read_text(encoding="utf-8"))
    skipped = [re.compile(pattern) for pattern in ignore]
    steps: dict[str, Any] = {}
    for step_id, record in (state.get("step_results") or {}).items():
        if any(pattern.fullmatch(step_id) for pattern in skipped):
            continue
        if isinstance(record, dict):
            steps[step_id] = {
                "type": record.get("type"),
                "status": record.get("status"),
                "output": record.get("output"),
                "error_present": bool(record.get("error")),
            }
        else:
            steps[step_id] = {"bad_record": repr(record)}
    return {
        "status": state.get("status"),
        "current_step_id": state.get("current_step_id"),
        "current_step_index": state.get("current_step_index"),
        "error_present": bool(state.get("error")),
        "inputs": (inputs_file or {}).get("inputs"),
        "steps": steps,
    }


def run_phase(ref: types.SimpleNamespace, engine: Any, workflow: Path, phase: dict, run_id: str | None):
    """One `specify workflow run` or `resume`, as the CLI would: returns the
    phase's outcome (exit code, and `stage` when it stopped before or outside
    a run), the run id it ran, and whether to stop replaying."""
    outcome: dict[str, Any] = {"op": phase["op"]}
    inputs = phase.get("inputs", {})
    try:
        if phase["op"] == "run":
            try:
                definition = ref.WorkflowDefinition.from_yaml(workflow)
            except ValueError:
                outcome.update(exit=1, stage="load")
                return outcome, run_id, True
            if ref.validate_workflow(definition):
                outcome.update(exit=1, stage="validate")
                return outcome, run_id, True
            state = engine.execute(definition, inputs, run_id=phase.get("run_id"))
        else:
            state = engine.resume(run_id or phase.get("run_id", "nope"), inputs)
        run_id = state.run_id
        outcome["exit"] = 1 if state.status.value in ("failed", "aborted") else 0
    except Exception as exc:  # the CLI reports it and exits 1
        outcome.update(exit=1, stage="exception", exception=type(exc).__name__)
    return outcome, run_id, False


def record_case(ref: types.SimpleNamespace, case_yml: Path) -> dict[str, Any]:
    spec_file = case_yml.with_suffix(".json")
    spec = json.loads(spec_file.read_text(encoding="utf-8")) if spec_file.exists() else {}
    project = Path(tempfile.mkdtemp(prefix="specflow-record-"))
    runs = project / ".specify" / "workflows" / "runs"
    workflow = project / "workflow.yml"
    shutil.copyfile(case_yml, workflow)
    for rel, text in spec.get("files", {}).items():
        target = project / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    os.environ.update(spec.get("env", {}))
    os.chdir(project)  # shell steps run where the CLI was started
    phases: list[dict[str, Any]] = []
    run_id: str | None = None
    try:
        engine = ref.WorkflowEngine(project)
        for phase in spec.get("phases", [{"op": "run"}]):
            outcome, run_id, stop = run_phase(ref, engine, workflow, phase, run_id)
            phases.append(outcome)
            if stop:
                break
            if run_id is None and runs.is_dir():
                # The engine raised before returning a state: the run it began, if any.
                begun = sorted(d.name for d in runs.iterdir() if (d / "state.json").is_file())
                run_id = begun[0] if begun else None
            if run_id is not None and (runs / run_id / "state.json").is_file():
                outcome["state"] = summarize_run(runs / run_id, spec.get("ignore", []))
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        shutil.rmtree(project, ignore_errors=True)
    return {"case": case_yml.stem, "phases": phases}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="cases to record (default: all)")
    parser.add_argument("--ref-src", help="spec-kit's src/ folder (default: $REF_SRC)")
    parser.add_argument("--cases", type=Path, default=FIXTURES / "cases", help="where NAME.yml are")
    parser.add_argument("--out", type=Path, default=FIXTURES / "expected", help="where NAME.json go")
    args = parser.parse_args(argv)

    ref = load_reference(reference_source(args.ref_src))
    cases_dir = args.cases.resolve()
    out_dir = args.out.resolve()
    available = {path.stem: path for path in cases_dir.glob("*.yml")}
    unknown = [name for name in args.names if name not in available]
    if unknown:
        print(f"no such case in {cases_dir}: {', '.join(unknown)}", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.names or sorted(available):
        result = record_case(ref, available[name])
        # The committed format: one-space indent, sorted keys, ASCII, NaN as NaN.
        text = json.dumps(result, indent=1, sort_keys=True) + "\n"
        (out_dir / f"{name}.json").write_text(text, encoding="utf-8")
        shown = [phase.get("state", {}).get("status", phase.get("stage")) for phase in result["phases"]]
        print(f"{name}: {shown} exit={result['phases'][-1].get('exit')}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
