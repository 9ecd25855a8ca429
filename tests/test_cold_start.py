"""What a fresh ``claimcheck`` process loads: a version probe or a pre-commit hook pays for
every module imported before the first line of output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import claimcheck
from tests.scale_corpus import SEEDS

# Loaded by a check, never by ``--version``: the engine, the records, the date and number
# grammars, CLDR and the unit registry, and the standard modules that cost most to import.
HEAVY = (
    "claimcheck.engine",
    "claimcheck.model",
    "claimcheck.extraction",
    "regex",
    "babel",
    "pint",
    "pluggy",
    "dataclasses",
    "inspect",
)


def _modules_after(code: str) -> tuple[str, set[str]]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    *printed, modules = out.strip().splitlines()
    return "\n".join(printed), set(json.loads(modules))


def test_version_loads_nothing_heavy() -> None:
    printed, modules = _modules_after(
        "from claimcheck.cli import main\nassert main(['--version']) == 0"
    )
    assert printed == f"claimcheck {claimcheck.__version__}"
    assert not {m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY} - {"claimcheck"}
    assert not any(m.startswith(HEAVY) for m in modules)


def test_version_is_the_same_through_the_parser(cli) -> None:  # type: ignore[no-untyped-def]
    fast = cli("--version")
    assert fast.code == 0 and fast.out == f"claimcheck {claimcheck.__version__}\n"
    # the version flag among other options goes through the argument parser, same answer
    with pytest.raises(SystemExit) as exc:
        cli("--version", "--version")
    assert exc.value.code == 0


def test_importing_the_package_loads_nothing_else() -> None:
    _, modules = _modules_after("import claimcheck")
    assert not {m for m in modules if m.startswith("claimcheck.")}


def test_a_check_of_small_files_starts_no_worker_machinery() -> None:
    _, modules = _modules_after(
        "from claimcheck.cli import main\n"
        f"main(['check', {str(SEEDS)!r}, '--format', 'json', '--output', '/dev/null'])"
    )
    assert "claimcheck.engine" in modules
    assert "multiprocessing" not in modules
