"""Counts in German and French reports are framed and compared like English ones."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.reading.files import DocInput

CASES = [
    (
        "de",
        "Bei dem Anschlag auf den Bahnhof in Quetta wurden am Samstag 26 Menschen getötet.",
        "Bei dem Anschlag auf den Bahnhof in Quetta wurden am Samstag 31 Menschen getötet.",
    ),
    (
        "fr",
        "L'attentat contre la gare de Quetta a fait samedi 26 morts et 40 blessés.",
        "L'attentat contre la gare de Quetta a fait samedi 31 morts et 40 blessés.",
    ),
]


@pytest.mark.parametrize(("language", "a", "b"), CASES)
def test_toll_conflict_found(language: str, a: str, b: str) -> None:
    eng = Engine(Config())
    meta = {"published": dt.date(2024, 11, 20), "published_from": "manifest", "language": language}
    docs = [eng.read(DocInput(path=f"{i}.txt", text=t, meta=meta)) for i, t in enumerate((a, b))]
    result = eng.run(docs)
    found = [f for f in result.findings if f.code == "CC101"]
    assert len(found) == 1
    values = {loc.text for loc in (found[0].location, *found[0].related)}
    assert values == {"26", "31"}
