"""The benchmark scripts still run (a minimal size, a few patterns); no timing is asserted."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
SCRIPTS = [
    "bench_patterns.py",
    "bench_cold.py",
    "bench_extract.py",
    "bench_scale.py",
    "bench_server.py",
    "run_all.py",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_parses_its_options(script: str) -> None:
    r = subprocess.run(
        [sys.executable, str(BENCH / script), "--help"], capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
    assert "usage:" in r.stdout


def test_pattern_builders_make_documents_of_the_requested_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    patterns = importlib.import_module("bench_patterns")
    for name, (_suffix, build) in patterns.PATTERNS.items():
        text = build(2_000)
        assert 1_990 <= len(text.encode("utf-8")) <= 2_000, name


def test_patterns_minimal_run(tmp_path: Path) -> None:
    out = tmp_path / "patterns.json"
    r = subprocess.run(
        [
            sys.executable,
            str(BENCH / "bench_patterns.py"),
            "--sizes",
            "1000",
            "--only",
            "money,md_brackets,html_a",
            "--timeout",
            "30",
            "--repeat",
            "1",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert {row["pattern"] for row in rows} == {"money", "md_brackets", "html_a"}
    assert all(row["status"] in ("ok", ">timeout") for row in rows), rows
    assert "worst judged exponent" in r.stdout
