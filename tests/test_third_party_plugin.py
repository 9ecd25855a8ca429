"""Plugins distributed separately: installed into a temporary environment, their rules show in
``claimcheck rules`` and their findings in ``check``; a failing plugin is named, the others run,
and configuration can disable it. One is a whole new rule family built only on the public
names (``claimcheck.rulekit``, ``claimcheck.model``, ``claimcheck.plugin``), with a
documentation page whose examples its own tests run through ``claimcheck.rulekit.testing``."""

from __future__ import annotations

import ast
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
from claimcheck.rulekit import RuleSpec, Statement


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


FAMILY = {
    "claimcheck_tolls/__init__.py": '''
"""XX201 round-toll: an exact-looking count that is a round hundred."""
from claimcheck.model import Number
from claimcheck.plugin import hookimpl
from claimcheck.rulekit import RuleSpec, Statement, doc_label, interval, load_doc


def check_round_toll(ctx):
    for doc_id, mentions in ctx.mentions.items():
        for m in mentions:
            if m.kind != "number" or not isinstance(m.value, Number):
                continue
            low, high = interval(m)
            if low == high and low >= 100 and low % 100 == 0:
                label = doc_label(ctx.documents[doc_id])
                yield ctx.report(
                    message=f"{label} gives {m.text} as if exact; a round figure is usually an estimate",
                    claim=f"a count of {m.text}",
                    primary=Statement.of(m),
                    confidence=0.5,
                )


@hookimpl
def claimcheck_rules():
    return [
        RuleSpec(
            code="XX201",
            name="round-toll",
            summary="A count that is a round hundred, given without a hedge.",
            default_severity="info",
            check=check_round_toll,
            doc=load_doc(__name__, "XX201"),
            kinds=("number",),
        )
    ]
''',
    "claimcheck_tolls/docs/XX201.md": """# XX201 round-toll

## What it finds
A count that is a round hundred, stated without "about" or "some".

## Why it matters
Round figures are usually estimates; an exact-looking one overstates what is known.

## Example
```claimcheck-example flagged
=== wire.txt published=2024-11-20
The flood killed 200 people in the valley.
```

```claimcheck-example clean
=== wire.txt published=2024-11-20
The flood killed about 200 people in the valley.
```

## Known false positives
A count that really is a round hundred.
""",
    "tests/test_tolls.py": """
import claimcheck_tolls
from claimcheck.rulekit.testing import check_rule_examples


def test_documented_examples():
    check_rule_examples("XX201", plugins={"tolls": claimcheck_tolls})
""",
}

PYPROJECT = """
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "1.0"

[project.entry-points.claimcheck]
{entry}

[tool.setuptools]
{packages}

[tool.setuptools.package-data]
"*" = ["docs/*.md"]
"""


def _install(target: Path, src: Path) -> None:
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


def _distribution(root: Path, name: str, entry: str, packages: str, files: dict[str, str]) -> Path:
    src = root / name
    write(src, "pyproject.toml", PYPROJECT.format(name=name, entry=entry, packages=packages))
    for path, text in files.items():
        write(src, path, textwrap.dedent(text).lstrip())
    return src


@pytest.fixture(scope="module")
def family_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _distribution(
        tmp_path_factory.mktemp("pkg"),
        "claimcheck-tolls",
        'tolls = "claimcheck_tolls"',
        'packages = ["claimcheck_tolls"]',
        FAMILY,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, family_source: Path) -> Path:
    root = tmp_path_factory.mktemp("pkg")
    target = tmp_path_factory.mktemp("site")
    extra = _distribution(
        root,
        "claimcheck-extra",
        'extra = "claimcheck_extra"',
        'py-modules = ["claimcheck_extra"]',
        {"claimcheck_extra.py": PLUGIN},
    )
    _install(target, extra)
    _install(target, family_source)
    return target


def _run(
    site: Path, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env or {})}
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


def test_new_family_imports_only_public_names(family_source: Path) -> None:
    tree = ast.parse((family_source / "claimcheck_tolls" / "__init__.py").read_text())
    modules = {
        n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module is not None
    }
    assert modules == {"claimcheck.model", "claimcheck.plugin", "claimcheck.rulekit"}


def test_new_family_works_end_to_end(site: Path, tmp_path: Path) -> None:
    listed = _run(site, "rules")
    line = next(ln for ln in listed.stdout.splitlines() if ln.startswith("XX201"))
    assert "round-toll" in line and "[tolls]" in line
    page = _run(site, "rule", "XX201")
    assert page.returncode == 0 and "## Why it matters" in page.stdout
    write(tmp_path, "a.txt", "The flood killed 300 people in the valley, officials said.\n")
    write(tmp_path, "claimcheck.toml", 'disable-plugins = ["extra"]\n')  # the failing one
    proc = _run(site, "check", "a.txt", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (finding,) = [f for f in json.loads(proc.stdout)["findings"] if f["code"] == "XX201"]
    assert finding["location"]["text"] == "300" and finding["rule"] == "round-toll"


def test_new_family_tests_its_documented_examples(site: Path, family_source: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(site) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_tolls.py"],
        capture_output=True,
        text=True,
        env=env,
        cwd=family_source,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 passed" in proc.stdout


def test_a_plugin_that_cannot_be_imported_is_reported(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    target = tmp_path_factory.mktemp("site")
    broken = _distribution(
        tmp_path_factory.mktemp("pkg"),
        "claimcheck-broken",
        'broken = "claimcheck_broken"',
        'py-modules = ["claimcheck_broken"]',
        {"claimcheck_broken.py": "import a_module_nobody_installed\n"},
    )
    _install(target, broken)
    proc = _run(target, "check", str(SEEDS), "--format", "json")
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    (failure,) = [f for f in data["findings"] if f["code"] == "CC901"]
    assert "'broken'" in failure["message"] and "a_module_nobody_installed" in failure["message"]
    assert "CC201" in {f["code"] for f in data["findings"]}  # the other plugins still ran
    assert "Traceback" not in proc.stderr and "broken" in proc.stderr
    listed = _run(target, "rules")
    assert listed.returncode == 2 and "CC101" in listed.stdout and "broken" in listed.stderr
    quiet = _run(target, "rules", env={"CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert quiet.returncode == 0 and "CC101" not in quiet.stdout and "CC901" in quiet.stdout
