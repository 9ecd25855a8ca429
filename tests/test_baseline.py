"""Baselines: ``check --write-baseline FILE`` records today's findings, ``check --baseline FILE``
(or ``baseline`` in the configuration) reports only new ones."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.findings.baseline import BASELINE_VERSION, Baseline

from .conftest import CliResult, write
from .test_suppress import WIRE, figures, story

__all__ = ["figures"]

Run = Callable[..., CliResult]

DRAFT = story("Intro paragraph about the day.\n\nThe bombing killed 32 people, police said.\n")


def _setup(tmp_path: Path, draft: str = DRAFT) -> None:
    write(tmp_path, "wire.txt", WIRE)
    write(tmp_path, "draft.md", draft)


def _check(cli: Run, tmp_path: Path, *extra: str) -> CliResult:
    return cli("check", "draft.md", "--select", "TT", "--format", "json", *extra, cwd=tmp_path)


def test_write_then_apply(figures: None, cli: Run, tmp_path: Path) -> None:
    _setup(tmp_path)
    first = _check(cli, tmp_path, "--write-baseline", "claimcheck-baseline.json")
    assert first.code == 0 and first.json()["findings"] == []
    assert "recorded 1 finding in baseline claimcheck-baseline.json" in first.err
    data = json.loads((tmp_path / "claimcheck-baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == BASELINE_VERSION
    (entry,) = data["findings"]
    assert entry["path"] == "draft.md" and entry["code"] == "TT101"
    assert len(entry["fingerprint"]) >= 16 and "32" in entry["message"]

    without = _check(cli, tmp_path)
    assert without.code == 1 and [f["code"] for f in without.json()["findings"]] == ["TT101"]
    assert without.json()["findings"][0]["fingerprint"] == entry["fingerprint"]

    with_baseline = _check(cli, tmp_path, "--baseline", "claimcheck-baseline.json")
    assert with_baseline.code == 0 and with_baseline.json()["findings"] == []
    assert "1 finding recorded in baseline" in with_baseline.err


def test_text_report_counts_nothing_baselined(figures: None, cli: Run, tmp_path: Path) -> None:
    _setup(tmp_path)
    _check(cli, tmp_path, "--write-baseline", "b.json")
    res = cli("check", "draft.md", "--select", "TT", "--baseline", "b.json", cwd=tmp_path)
    assert res.code == 0 and "TT101" not in res.out
    assert "0 errors" in res.out


def test_unrelated_edit_keeps_the_finding_baselined(
    figures: None, cli: Run, tmp_path: Path
) -> None:
    _setup(tmp_path)
    _check(cli, tmp_path, "--write-baseline", "b.json")
    before = _check(cli, tmp_path).json()["findings"][0]
    edited = story(
        "A much longer introduction, rewritten by the desk.\n\nA new paragraph.\n\n"
        "The bombing killed 32 people, police said.\n"
    )
    write(tmp_path, "draft.md", edited)
    after = _check(cli, tmp_path).json()["findings"][0]
    assert after["location"]["line"] != before["location"]["line"]
    assert after["fingerprint"] == before["fingerprint"]
    res = _check(cli, tmp_path, "--baseline", "b.json")
    assert res.code == 0 and res.json()["findings"] == []


def test_changed_value_is_new(figures: None, cli: Run, tmp_path: Path) -> None:
    _setup(tmp_path)
    _check(cli, tmp_path, "--write-baseline", "b.json")
    write(tmp_path, "draft.md", DRAFT.replace("32 people", "35 people"))
    res = _check(cli, tmp_path, "--baseline", "b.json")
    assert res.code == 1
    (finding,) = res.json()["findings"]
    assert finding["location"]["text"] == "35"
    # the old entry matches nothing any more: a one-line notice, not an error
    stale = [ln for ln in res.err.splitlines() if "no finding any more" in ln]
    assert len(stale) == 1 and "draft.md TT101" in stale[0] and "b.json" in stale[0]


def test_fixed_conflict_leaves_a_stale_entry(figures: None, cli: Run, tmp_path: Path) -> None:
    _setup(tmp_path)
    _check(cli, tmp_path, "--write-baseline", "b.json")
    write(tmp_path, "draft.md", DRAFT.replace("32 people", "26 people"))
    res = _check(cli, tmp_path, "--baseline", "b.json")
    assert res.code == 0 and res.json()["findings"] == []
    assert "1 baseline entry in b.json matches no finding any more" in res.err
    assert "error" not in res.err


def test_entries_for_documents_not_checked_are_not_stale(
    figures: None, cli: Run, tmp_path: Path
) -> None:
    _setup(tmp_path)
    write(tmp_path, "other.md", story("Elsewhere the blast killed 30 people.\n"))
    res = cli(
        "check",
        "draft.md",
        "other.md",
        "--select",
        "TT",
        "--write-baseline",
        "b.json",
        cwd=tmp_path,
    )
    assert res.code == 0
    assert {e["path"] for e in json.loads((tmp_path / "b.json").read_text())["findings"]} == {
        "draft.md",
        "other.md",
    }
    res = _check(cli, tmp_path, "--baseline", "b.json")
    assert res.code == 0 and "any more" not in res.err


def test_baseline_from_configuration(figures: None, cli: Run, tmp_path: Path) -> None:
    _setup(tmp_path)
    write(tmp_path, "claimcheck.toml", 'baseline = "ci/claimcheck-baseline.json"\n')
    first = _check(cli, tmp_path, "--write-baseline", "ci/claimcheck-baseline.json")
    assert first.code == 0 and (tmp_path / "ci" / "claimcheck-baseline.json").is_file()
    res = _check(cli, tmp_path)
    assert res.code == 0 and res.json()["findings"] == []
    # paths in the file are relative to its folder
    entry = json.loads((tmp_path / "ci" / "claimcheck-baseline.json").read_text())["findings"][0]
    assert entry["path"] == "../draft.md"


def test_new_findings_are_reported_beside_baselined_ones(
    figures: None, cli: Run, tmp_path: Path
) -> None:
    _setup(tmp_path)
    _check(cli, tmp_path, "--write-baseline", "b.json")
    write(tmp_path, "draft.md", DRAFT + "\nA hospital said it killed 40 people.\n")
    res = _check(cli, tmp_path, "--baseline", "b.json")
    assert res.code == 1
    assert [f["location"]["text"] for f in res.json()["findings"]] == ["40"]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "baseline file not found"),
        ("{not json", "not valid JSON"),
        ('{"findings": []}', "no 'version' field"),
        ('{"version": 99, "findings": []}', "version 99 is not supported"),
        ('{"version": 1, "findings": [{"path": "a.md"}]}', "findings[0] must have"),
    ],
)
def test_bad_baseline_files(
    figures: None, cli: Run, tmp_path: Path, content: str | None, says: str
) -> None:
    _setup(tmp_path)
    if content is not None:
        write(tmp_path, "b.json", content)
    res = _check(cli, tmp_path, "--baseline", "b.json")
    assert res.code == 2 and res.out == ""
    (line,) = res.err.strip().splitlines()
    assert line.startswith("claimcheck: error: ") and "b.json" in line and says in line


def test_write_is_stable_and_sorted(tmp_path: Path) -> None:
    from claimcheck.config import Config
    from claimcheck.engine import Engine
    from claimcheck.model import Finding
    from claimcheck.reading.files import DocInput
    from claimcheck.rulekit._rules import make_location

    engine = Engine(Config())
    doc = engine.read(DocInput(path=str(tmp_path / "a.txt"), text="One two three.\n"))

    def finding(code: str, fp: str) -> Finding:
        return Finding(
            code=code,
            rule="r",
            severity="error",
            message="m",
            claim="c",
            location=make_location(doc, 0, 3),
            fingerprint=fp,
        )

    found = [finding("CC201", "b"), finding("CC101", "a"), finding("CC901", "c")]
    base = Baseline.from_findings(tmp_path / "b.json", found)
    base.write()
    first = (tmp_path / "b.json").read_text()
    Baseline.from_findings(tmp_path / "b.json", list(reversed(found))).write()
    assert (tmp_path / "b.json").read_text() == first
    loaded = Baseline.load(tmp_path / "b.json")
    # plugin failures are never accepted into a baseline
    assert [e.code for e in loaded.entries] == ["CC101", "CC201"]
    match = loaded.apply(found, [doc.path])
    assert match.matched == 2 and [f.code for f in match.kept] == ["CC901"] and not match.stale


@pytest.mark.slow
def test_real_rule_fingerprint_survives_unrelated_edits(cli: Run, tmp_path: Path) -> None:
    """With the shipped money rule: the corridor's amount conflict stays baselined."""
    write(
        tmp_path,
        "wire.txt",
        "Many work on the $62-billion China-Pakistan Economic Corridor (CPEC).\n",
    )
    body = (
        "The region is home to the China-Pakistan Economic Corridor (CPEC), "
        "a $65-billion investment.\n"
    )
    write(tmp_path, "draft.md", story("Intro.\n\n" + body))
    first = cli(
        "check",
        "draft.md",
        "--select",
        "CC2",
        "--format",
        "json",
        "--write-baseline",
        "b.json",
        cwd=tmp_path,
    )
    assert first.code == 0, first.err
    entries = json.loads((tmp_path / "b.json").read_text())["findings"]
    assert [e["code"] for e in entries] == ["CC201"]
    write(tmp_path, "draft.md", story("A rewritten intro.\n\nAnother paragraph.\n\n" + body))
    res = cli(
        "check",
        "draft.md",
        "--select",
        "CC2",
        "--format",
        "json",
        "--baseline",
        "b.json",
        cwd=tmp_path,
    )
    assert res.code == 0 and res.json()["findings"] == [], res.out
