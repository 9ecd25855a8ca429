"""Import the evaluation scripts in ``eval/`` (plain scripts, not a package) from tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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
