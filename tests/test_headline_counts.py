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


def _flagged_between(engine: Engine, title: str, body: str, other: str) -> bool:
    meta: dict[str, object] = {"published": PUBLISHED, "published_from": "manifest"}
    first = engine.read(
        DocInput(
            path="a.md",
            text=f'---\ntitle: "{title}"\n---\n\n{body}\n',
            format="markdown",
            meta=meta,
        )
    )
    second = engine.read(DocInput(path="b.txt", text=other, meta=meta))
    return any(
        {loc.path for loc in (f.location, *f.related)} == {"a.md", "b.txt"}
        for f in engine.run([first, second]).findings
        if f.code.startswith("CC1") and f.severity in ("warning", "error")
    )


# a headline's figure against another report's story that tells it in its own words
AGAINST_STORIES = [
    (
        "Ferry toll rises to 41",
        "Rescuers recovered more bodies on Tuesday from the ferry that capsized off Brill "
        "Point on Sunday.",
        "The number of people who died when a ferry capsized off Brill Point on Sunday has "
        "risen to {n}, officials said on Tuesday.",
    ),
    (
        "Storm leaves 30,000 without power",
        "A storm swept across Marlow County on Monday.",
        "About {n},000 homes lost power when a storm swept across Marlow County on Monday.",
    ),
    (
        "Ice storm knocks out power to 8,000 in Alton",
        "Freezing rain hit Alton overnight on Tuesday.",
        "Some {n},000 customers in Alton remained without electricity after freezing rain on "
        "Tuesday.",
    ),
]


@pytest.mark.parametrize(("title", "body", "other"), AGAINST_STORIES)
def test_a_headline_figure_is_checked_against_another_reports_wording(
    engine: Engine, title: str, body: str, other: str
) -> None:
    stated = int("".join(ch for ch in title if ch.isdigit()).removesuffix("000") or 0)
    assert _flagged_between(engine, title, body, other.format(n=stated - 3 if stated > 3 else 1))
    assert not _flagged_between(engine, title, body, other.format(n=stated))
