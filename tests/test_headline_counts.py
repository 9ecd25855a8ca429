"""Telegraphic headlines state counts: "4 Dead In Elm Street Shooting", "Gunman kills 2,
wounds 3", "3 hurt as bus overturns". Headlines written for these tests, in sentence case
and title case, as the first line of a plain-text report (no closing punctuation)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.reading.files import DocInput

PUBLISHED = dt.date(2025, 5, 6)
BODY = "\n\nPolice said the incident happened on Monday in Marlow.\n"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _headline_counts(engine: Engine, headline: str) -> list[tuple[str, str | None]]:
    meta: dict[str, object] = {"published": PUBLISHED, "published_from": "manifest"}
    meta["language"] = "en"
    doc = engine.read(DocInput(path="h.txt", text=headline + BODY, meta=meta))
    return [
        (c.mention.text, c.attribute)
        for c in engine.analyze(doc).claims
        if c.kind == "number" and c.headline
    ]


HEADLINES = [
    ("4 Dead In Elm Street Shooting", [("4", "killed")]),
    ("Gunman Kills 4 In Elm Street Shooting", [("4", "killed")]),
    ("3 Hurt At Kirk Lane Crash", [("3", "injured")]),
    ("Gunman kills 2, wounds 3 at Elm Street bar", [("2", "killed"), ("3", "injured")]),
    ("3 hurt as bus overturns on Route 9", [("3", "injured")]),
    ("Quake toll rises to 300", [("300", "killed")]),
    ("Two Killed, Five Hurt In Marlow Crash", [("Two", "killed"), ("Five", "injured")]),
    ("Six arrested after Marlow brawl", [("Six", "arrested")]),
]


@pytest.mark.parametrize(("headline", "counts"), HEADLINES)
def test_a_telegraphic_headline_states_its_counts(
    engine: Engine, headline: str, counts: list[tuple[str, str]]
) -> None:
    assert _headline_counts(engine, headline) == counts


def test_a_street_address_is_still_no_count(engine: Engine) -> None:
    meta: dict[str, object] = {"published": PUBLISHED, "published_from": "manifest"}
    doc = engine.read(
        DocInput(path="a.txt", text="The fire began at 221 Baker Street on Monday.", meta=meta)
    )
    assert not [c for c in engine.analyze(doc).claims if c.kind == "number"]
