"""The fast entry-point reader finds what importlib.metadata finds."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import pytest

from claimcheck.manager.entrypoints import entry_points

from .conftest import write


def test_same_plugins_as_importlib_metadata() -> None:
    ours = sorted((e.name, e.value) for e in entry_points("claimcheck"))
    theirs = sorted((e.name, e.value) for e in metadata.entry_points(group="claimcheck"))
    assert ours == theirs
    assert {"counts", "money", "dates", "names", "quotes", "internal"} <= {n for n, _ in ours}


def test_reads_a_distribution_on_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path,
        "extra_rules-1.0.dist-info/entry_points.txt",
        "[console_scripts]\nx = y:z\n\n[claimcheck]\nextra = extra_rules.plugin:PLUGIN\n",
    )
    write(tmp_path, "extra_rules/__init__.py", "")
    write(tmp_path, "extra_rules/plugin.py", "PLUGIN = object()\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    eps = [e for e in entry_points("claimcheck") if e.name == "extra"]
    assert len(eps) == 1 and eps[0].dist == "extra_rules"
    import extra_rules.plugin  # type: ignore[import-not-found]

    assert eps[0].load() is extra_rules.plugin.PLUGIN


def test_falls_back_for_zip_archives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "plugins.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    monkeypatch.setattr(sys, "path", [*sys.path, str(archive)])
    names = {e.name for e in entry_points("claimcheck")}
    assert {"counts", "money"} <= names
