"""Linking participants stays fast and loses nothing when a cluster names one person in
hundreds of reports."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Document
from claimcheck.reading.files import DocInput

META = {"published": dt.date(2025, 3, 14), "published_from": "manifest", "language": "en"}
SPELLINGS = [("Okafor", "Okafar"), ("Lindqvist", "Lindquist"), ("Whitfield", "Whitfeld")]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _docs(engine: Engine, right: str, wrong: str, n: int) -> list[Document]:
    texts = [
        f"Police said Maria {wrong if i == n else right}, who was shot outside a store on "
        f"Fifth Street on Friday, is recovering."
        for i in range(n + 1)
    ]
    return [
        engine.read(DocInput(path=f"r{i:04d}.txt", text=t, meta=META)) for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(("right", "wrong"), SPELLINGS)
def test_one_slip_among_many_reports_of_one_name_is_found(
    engine: Engine, right: str, wrong: str
) -> None:
    n = 150
    findings = engine.run(_docs(engine, right, wrong, n)).findings
    slips = [f for f in findings if f.code == "CC404"]
    assert slips, f"Maria {wrong} must be set against Maria {right}"
    involved = {loc.path for f in slips for loc in (f.location, *f.related)}
    assert f"r{n:04d}.txt" in involved
    texts = {loc.text for f in slips for loc in (f.location, *f.related)}
    assert texts == {f"Maria {right}", f"Maria {wrong}"}
