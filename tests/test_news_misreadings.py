"""Misreadings seen on real reports by different outlets, each written here as sentences of
our own with the same construction: dates that are not the event's, counts of different
groups, and the wording of the messages that report a real disagreement."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Finding
from claimcheck.reading.files import DocInput

PUBLISHED = dt.date(2024, 3, 4)  # a Monday


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _findings(engine: Engine, *texts: str) -> list[Finding]:
    meta = {"language": "en", "published": PUBLISHED, "published_from": "manifest"}
    docs = [engine.read(DocInput(path=f"r{i}.txt", text=t, meta=meta)) for i, t in enumerate(texts)]
    return [f for f in engine.run(docs).findings if f.severity in ("warning", "error")]


def _codes(engine: Engine, *texts: str) -> set[str]:
    return {f.code for f in _findings(engine, *texts)}


NOT_THE_EVENTS_DATE = [
    (
        "A gunman shot two men outside a bar in Dunmore on Saturday night, police said.\n\n"
        "Copyright 2021 Dunmore Gazette. All rights reserved.",
        "Two men were shot outside a Dunmore bar on Saturday night, police said.\n\n"
        "\u00a9 2024 Valley Newsroom",
    ),
    (
        "Marta Lisle, 17, was shot and killed in Dunmore on Saturday night.\n\n"
        "Visitation will be held on Thursday and the funeral on Friday at St. Anne's.",
        "A 17-year-old girl, Marta Lisle, was shot dead in Dunmore on Saturday night.",
    ),
    (
        "Fire crews fought a blaze at a Dunmore warehouse on Saturday.\n\n"
        "Weather: Tuesday 54\u00b0 Partly cloudy. Wednesday 58\u00b0 Rain.",
        "A fire broke out at a warehouse in Dunmore on Saturday, the fire department said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NOT_THE_EVENTS_DATE)
def test_a_date_that_is_not_the_events_is_not_set_against_it(
    engine: Engine, a: str, b: str
) -> None:
    assert "CC301" not in _codes(engine, a, b)


DIFFERENT_GROUPS = [
    (
        "About a dozen protesters marched to the plant gates in Kerrville on Monday.",
        "Guards fired rubber bullets at about six protesters at the Kerrville plant on Monday.",
    ),
    (
        "Some 40 workers were inside the mill in Kerrville when the boiler exploded on Monday.",
        "Three workers were injured when a boiler exploded at the Kerrville mill on Monday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT_GROUPS)
def test_counts_of_different_groups_are_not_one_count(engine: Engine, a: str, b: str) -> None:
    assert not {"CC101", "CC102"} & _codes(engine, a, b)


def test_a_count_conflict_names_the_figure_and_reads_as_english(engine: Engine) -> None:
    a = "Two men were killed and seven others were wounded in a shooting in Kerrville on Saturday."
    b = "Two men were killed and nine others were wounded in a shooting in Kerrville on Saturday."
    found = [f for f in _findings(engine, a, b) if f.code in ("CC101", "CC102")]
    assert found
    msg = found[0].message
    assert msg.startswith("The number of people wounded") or msg.startswith("The number of")
    assert " is 7 here but 9 " in msg or " is 9 here but 7 " in msg
    assert "The people" not in msg and "number of male" not in msg


def test_an_age_conflict_names_whose_age_it_is(engine: Engine) -> None:
    a = "Police identified the victim as Dario Pent, 19, of Kerrville."
    b = "The victim, Dario Pent, 29, of Kerrville, died at the scene."
    found = [f for f in _findings(engine, a, b) if f.code == "CC120"]
    assert found
    assert "Dario Pent\u2019s age is" in found[0].message
    assert "age aged" not in found[0].message
