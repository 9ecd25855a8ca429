"""Who a participant is in the story (victim, suspect, someone's relative) and which person a
description refers to, read from sentences, and the ages compared through it."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.claims.participants import find_ages, find_participants
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Finding
from claimcheck.reading.files import DocInput

DAY = dt.date(2025, 9, 2)
_ENGINE = Engine(Config())


def _docs(*texts: str) -> list:  # type: ignore[type-arg]
    meta = {"published": DAY, "published_from": "manifest"}
    return [
        _ENGINE.read(DocInput(path=f"r{i}.txt", text=t, meta=meta)) for i, t in enumerate(texts)
    ]


def _ages_found(*texts: str) -> list[Finding]:
    return [f for f in _ENGINE.run(_docs(*texts)).findings if f.code == "CC120"]


def _roles(text: str) -> dict[str, str | None]:
    (doc,) = _docs(text)
    people = find_participants(doc, _ENGINE.analyze(doc, frame=False).mentions)
    return {p.name: p.role for p in people if p.name}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The woman who died, Teresa Nakamura, 64, ran a bakery on Elm Street.",
            "Teresa Nakamura",
            "victim",
        ),
        (
            "Relatives identified the man killed as Oswaldo Pineda, a roofer.",
            "Oswaldo Pineda",
            "victim",
        ),
        ("The victim, Jerome Whitlock, 27, was a nursing student.", "Jerome Whitlock", "victim"),
        (
            "Darius Fenwick, 31, was shot in the chest outside the store.",
            "Darius Fenwick",
            "victim",
        ),
        ("Police identified the gunman as Colin Ashby of Marlow.", "Colin Ashby", "suspect"),
        ("Renata Vos, 45, was arrested at her home on Friday.", "Renata Vos", "suspect"),
    ],
)
def test_a_named_persons_part_in_the_story_is_read_around_the_name(
    text: str, name: str, role: str
) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    "text",
    [
        "While not disputing that Hale was the shooter, Martin Crowe then testified otherwise.",
        "Martin Crowe said the man was shot twice in the back.",
    ],
)
def test_a_role_word_near_a_name_is_not_the_names_role(text: str) -> None:
    assert _roles(text).get("Martin Crowe") is None


def test_a_named_victim_and_an_unnamed_one_are_one_person_when_each_report_has_one() -> None:
    a = "A gas explosion on Friday killed an 81-year-old man in Oakdale, officials said."
    b = "The man who died, Harold Winslow, 71, lived in one of the houses in Oakdale."
    found = _ages_found(a, b)
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert "Harold Winslow\u2019s age is" in found[0].message


def test_a_description_opening_a_sentence_is_the_previous_subjects() -> None:
    a = (
        "Actor Colm Brannigan was named host of the awards on Friday, producers Ada Finch "
        "and Lee Moss said. The 40-year-old actor has hosted the show twice."
    )
    b = "The producers chose the 50-year-old Colm Brannigan to host the awards."
    found = _ages_found(a, b)
    assert len(found) == 1
    assert {f.text for f in (found[0].location, *found[0].related)} == {
        "40-year-old",
        "50-year-old",
    }


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Police said a 19-year-old college student was hurt.", "student"),
        ("A 33-year-old Dayton man was arrested after the chase.", "man"),
        ("A 27-year-old unarmed man was shot near the park.", "man"),
        ("The 45-year-old Glasgow-born actress was named on Sunday.", "actress"),
    ],
)
def test_an_age_reaches_its_person_noun_past_the_words_that_modify_it(text: str, noun: str) -> None:
    (doc,) = _docs(text)
    ages = find_ages(doc, _ENGINE.analyze(doc, frame=False).mentions)
    assert [(a.holder, a.noun) for a in ages] == [("noun", noun)]


def test_a_relative_described_by_family_name_is_one_person_across_reports() -> None:
    a = "Officers found Gomes in the apartment with Ms. Varga's 22-year-old daughter."
    b = "The 12-year-old daughter of Ilona Varga was also in the apartment, police said."
    found = _ages_found(a, b)
    assert len(found) == 1
    assert found[0].message.startswith("Varga\u2019s daughter\u2019s age is ")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Officers found Gomes in the apartment with her 22-year-old daughter.",
            "The 12-year-old daughter of Ilona Varga was also in the apartment.",
        ),
        (
            "Officers found Gomes with Ms. Varga's 22-year-old daughter.",
            "Mr. Hollis's 12-year-old daughter was also in the apartment.",
        ),
        (
            "Officers found Gomes with Ms. Varga's 22-year-old daughter.",
            "Ms. Varga's 12-year-old son was also in the apartment.",
        ),
    ],
)
def test_relatives_of_unknown_or_different_families_are_not_linked(a: str, b: str) -> None:
    assert _ages_found(a, b) == []


def test_a_person_named_beside_a_description_is_not_the_person_described() -> None:
    a = "Lorna Pettigrew, 34, was killed on Friday in Brownsville, police said."
    b = "Lorna Pettigrew and an 11-year-old girl were wounded by the gunman in Brownsville."
    assert _ages_found(a, b) == []


@pytest.mark.parametrize("title", ["Councilman", "Dr.", "Alderwoman", "Sen.", "Commissioner"])
def test_a_title_read_into_a_name_is_not_its_given_name(title: str) -> None:
    a = f"{title} Victor Haldane faces five counts of bribery, prosecutors said."
    b = "Prosecutors say Victor Haldone accepted the money. Haldone has served since 2013."
    slips = [f for f in _ENGINE.run(_docs(a, b)).findings if f.code == "CC404"]
    assert len(slips) == 1
    c = "Victor Haldane has served on the council since 2013."
    assert [f for f in _ENGINE.run(_docs(a, c)).findings if f.code.startswith("CC4")] == []
