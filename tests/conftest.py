"""Shared fixtures: running the command line in-process and paths to shared material."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        """The output as JSON; a ``check`` or ``extract`` document is validated against the
        schema the package ships, so every test that reads one also tests the contract."""
        data = json.loads(self.out)
        if isinstance(data, dict) and "tool" in data:
            name = "extract" if "mentions" in data else "check"
            _schema(name).validate(data)
        return data


@functools.cache
def _schema(name: str) -> Any:
    import jsonschema

    path = ROOT / "src" / "claimcheck" / "data" / "schemas" / f"{name}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., CliResult]:
    """Run ``claimcheck ARGS`` in-process; returns exit code, stdout and stderr."""
    from claimcheck.cli import main

    def run(*args: str, cwd: Path | None = None) -> CliResult:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        code = main(list(args))
        cap = capsys.readouterr()
        return CliResult(code, cap.out, cap.err)

    return run


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


def write(tmp: Path, name: str, text: str | bytes) -> Path:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture(autouse=True)
def _isolated_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run from a folder without a claimcheck configuration above it."""
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


def python() -> str:
    return sys.executable
