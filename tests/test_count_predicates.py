"""Predicates that state a count without a casualty word at the figure, in sentences written
for these tests: being held ("three suspects are in custody"), being forced from one's home
or pulled from rubble in the passive, needing hospital treatment, "in all" before the
predicate, and the object of a verb behind a possessive ("wounded his two friends")."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Claim
from claimcheck.reading.files import DocInput

PUBLISHED = dt.date(2025, 5, 6)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _claims(engine: Engine, text: str) -> dict[str, Claim]:
    meta: dict[str, object] = {"published": PUBLISHED, "published_from": "manifest"}
    doc = engine.read(DocInput(path="a.txt", text=text, meta=meta))
    return {c.mention.text: c for c in engine.analyze(doc).claims if c.kind == "number"}


PREDICATES = [
    ("Three suspects are in custody after the brawl.", "Three", "arrested"),
    ("Two men remain in police custody, officers said.", "Two", "arrested"),
    ("Four teenagers were being held in custody overnight.", "Four", "arrested"),
    ("About 60 residents were forced from their homes by the fire.", "About 60", "displaced"),
    ("Five families were forced to flee their homes.", "Five", "displaced"),
    ("Some 200 villagers were driven out of their houses by the floods.", "Some 200", "displaced"),
    ("A gunman killed a man and wounded his two friends.", "two", "injured"),
    ("The driver injured their 3 passengers.", "3", "injured"),
    ("Fifteen people needed hospital treatment after the blast.", "Fifteen", "injured"),
    ("Two climbers required medical attention at the summit.", "Two", "injured"),
    ("Eight people were pulled alive from the rubble.", "Eight", "rescued"),
    ("Three fishermen were plucked from the sea by a helicopter.", "Three", "rescued"),
    ("Four people in all were killed, police said.", "Four", "killed"),
    ("Nine passengers in total were hurt.", "Nine", "injured"),
]


@pytest.mark.parametrize(("text", "figure", "attribute"), PREDICATES)
def test_the_predicate_is_read_from_the_construction(
    engine: Engine, text: str, figure: str, attribute: str
) -> None:
    claim = _claims(engine, text)[figure]
    assert (claim.attribute, claim.bound) == (attribute, True)


OTHERS_AFTER = [
    "A car hit a bus shelter on Kirk Lane. Two people died. Seven others were taken to hospital.",
    "The roof fell in on Sunday. One worker was killed. Seven others were injured.",
    "Gunmen stormed the hotel. Four guests were kidnapped. Seven others were hurt in the raid.",
]


@pytest.mark.parametrize("text", OTHERS_AFTER)
def test_others_after_a_count_of_another_attribute_are_all_of_theirs(
    engine: Engine, text: str
) -> None:
    claim = _claims(engine, text)["Seven"]
    assert (claim.scope, claim.attribute) == ("unknown", "injured")


def test_others_after_a_count_of_the_same_attribute_are_more_of_it(engine: Engine) -> None:
    claims = _claims(engine, "Two people died in the crash. Seven others were killed later.")
    assert claims["Seven"].scope == "partial"
