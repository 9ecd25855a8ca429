"""A plugin distributed separately: installed into a temporary environment, its rule shows in
``claimcheck rules`` and its findings in ``check``; a failing plugin is named, the others run,
and configuration can disable it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import SEEDS, write

pytestmark = pytest.mark.slow

PLUGIN = '''
"""An example third-party claimcheck plugin."""
from claimcheck.plugin import hookimpl
from claimcheck.rulekit.rules import RuleSpec, Statement


def _round_numbers(ctx):
    for ms in ctx.mentions.values():
        for m in ms:
            if m.kind == "number" and getattr(m.value, "value", None) == 26:
                yield ctx.report(
                    message="The figure 26 appears here",
                    claim="a figure of 26",
                    primary=Statement.of(m),
                )


def _explode(ctx):
    raise RuntimeError("boom")


@hookimpl
def claimcheck_rules():
    return [
        RuleSpec(code="XX101", name="figure-twenty-six", summary="Points at every 26.",
                 default_severity="warning", check=_round_numbers,
                 doc="# XX101 figure-twenty-six\\n"),
        RuleSpec(code="XX102", name="always-fails", summary="Raises.",
                 default_severity="warning", check=_explode),
    ]
'''


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("pkg")
    write(
        src,
        "pyproject.toml",
        textwrap.dedent(
            """
            [build-system]
            requires = ["setuptools>=61"]
            build-backend = "setuptools.build_meta"

            [project]
            name = "claimcheck-extra"
            version = "1.0"

            [project.entry-points.claimcheck]
            extra = "claimcheck_extra"
            """
        ),
    )
    write(src, "claimcheck_extra.py", PLUGIN)
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(src),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return target


def _run(site: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(site) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_rule_is_listed(site: Path) -> None:
    proc = _run(site, "rules")
    assert proc.returncode == 0, proc.stderr
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("XX101"))
    assert "figure-twenty-six" in line and "[extra]" in line


def test_findings_and_failure(site: Path) -> None:
    proc = _run(site, "check", str(SEEDS), "--format", "json")
    data = json.loads(proc.stdout)
    codes = [f["code"] for f in data["findings"]]
    assert "XX101" in codes  # the plugin's findings are reported
    failure = [f for f in data["findings"] if f["code"] == "CC901"]
    assert (
        len(failure) == 1 and "'extra'" in failure[0]["message"] and "boom" in failure[0]["message"]
    )
    assert "CC201" in codes  # the built-in rules still ran
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "extra" in proc.stderr


def test_disabled_by_configuration(site: Path, tmp_path: Path) -> None:
    write(tmp_path, "claimcheck.toml", 'disable-plugins = ["extra"]\n')
    proc = _run(site, "check", str(SEEDS), "--format", "json", cwd=tmp_path)
    codes = {f["code"] for f in json.loads(proc.stdout)["findings"]}
    assert not codes & {"XX101", "CC901"}
    assert proc.returncode == 1
