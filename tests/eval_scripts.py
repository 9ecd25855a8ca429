"""Import or run the evaluation scripts in ``eval/`` (plain scripts, not a package) from tests."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

EVAL = Path(__file__).resolve().parents[1] / "eval"


def load_eval_script(name: str) -> ModuleType:
    """``eval/NAME.py`` as a module, loaded once per process (the scripts import each other)."""
    if name in sys.modules:
        return sys.modules[name]
    sys.path.insert(0, str(EVAL))
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def run_eval_json(name: str, *args: str, timeout: float) -> Any:
    """What ``eval/NAME.py --json ARGS`` prints, run in a fresh interpreter, parsed."""
    out = subprocess.run(
        [sys.executable, str(EVAL / f"{name}.py"), "--json", *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    )
    return json.loads(out.stdout)
