"""Counts and headline figures of one incident told by two outlets in their own words.

The reports live in ``tests/data/counts/shooting_reports.toml``: shootings, crashes, fires and
raids in US cities, each told by two outlets with their own sentence order, number words or
digits, headlines and datelines. A figure changed in one report must be flagged against the
other report's statement of it; the unaltered reports agree and raise nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from claimcheck.api import check_texts
from claimcheck.model import Finding

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).parent / "data" / "counts" / "shooting_reports.toml"
INCIDENTS: list[dict[str, Any]] = tomllib.loads(DATA.read_text(encoding="utf-8"))["incident"]


def _report(doc: dict[str, str]) -> dict[str, str]:
    meta = f'---\ntitle: "{doc["title"]}"\npublished: {doc["published"]}\n---\n'
    return {"id": doc["id"], "text": meta + doc["body"], "format": "markdown"}


def _warnings(draft: dict[str, str], sources: list[dict[str, str]]) -> list[Finding]:
    found = check_texts(draft=draft, sources=sources).findings
    return [f for f in found if f.severity in ("warning", "error")]


def _changes() -> list[Any]:
    return [
        pytest.param(incident, change, id=f"{incident['id']}:{change['new']}@{change['doc']}")
        for incident in INCIDENTS
        for change in incident.get("change", [])
    ]


@pytest.mark.parametrize("incident", INCIDENTS, ids=[i["id"] for i in INCIDENTS])
def test_reports_that_agree_raise_nothing(incident: dict[str, Any]) -> None:
    docs = [_report(d) for d in incident["doc"]]
    assert _warnings(docs[0], docs[1:]) == []


@pytest.mark.parametrize(("incident", "change"), _changes())
def test_a_changed_figure_is_flagged_against_the_other_report(
    incident: dict[str, Any], change: dict[str, str]
) -> None:
    docs = {d["id"]: _report(d) for d in incident["doc"]}
    draft = docs.pop(change["doc"])
    text = draft["text"]
    at = text.index(change["statement"])
    start = at + change["statement"].index(change["target"])
    end = start + len(change["new"])
    draft = dict(draft, text=text[:start] + change["new"] + text[start + len(change["target"]) :])
    other = docs[change["counterpart_doc"]]["text"]
    span: tuple[int, int] | None = None
    if "counterpart" in change:
        c0 = other.index(change["counterpart"])
        c0 += change["counterpart"].index(change.get("counterpart_target", change["counterpart"]))
        span = (c0, c0 + len(change.get("counterpart_target", change["counterpart"])))
    found = _warnings(draft, list(docs.values()))
    assert any(_cites(f, draft["id"], (start, end)) for f in found), found
    assert any(
        _cites(f, draft["id"], (start, end)) and _cites(f, change["counterpart_doc"], span)
        for f in found
    ), found


def _cites(f: Finding, doc: str, span: tuple[int, int] | None) -> bool:
    """The finding cites a statement of ``doc`` overlapping ``span`` (any, when ``None``)."""
    return any(
        loc.path == doc and (span is None or (loc.start < span[1] and loc.end > span[0]))
        for loc in (f.location, *f.related)
    )
