"""One person given two different posts by reports of one story, and the titles that only
look different (a post named more or less fully, a title inside a quotation, a later report)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Finding
from claimcheck.reading.files import DocInput

_ENGINE = Engine(Config())
DAY = dt.date(2025, 12, 2)


def _titles(a: str, b: str, days: int | None = 1) -> list[Finding]:
    dates = [DAY, DAY + dt.timedelta(days=days)] if days is not None else [None, None]
    docs = []
    for i, (t, d) in enumerate(zip((a, b), dates, strict=True)):
        meta = {"published": d, "published_from": "manifest"} if d else {}
        docs.append(_ENGINE.read(DocInput(path=f"r{i}.txt", text=t, meta=meta)))
    return [f for f in _ENGINE.run(docs).findings if f.code == "CC401"]


PEOPLE = [("Helen", "Brisco"), ("Tomasz", "Wrobel"), ("Keisha", "Odum")]
POSTS = [
    ("Harbour Master", "Commander"),
    ("Police Chief", "Mayor"),
    ("Fire Marshal", "Sheriff"),
]


@pytest.mark.parametrize("given,surname", PEOPLE)
@pytest.mark.parametrize("post_a,post_b", POSTS)
def test_two_posts_for_one_person_in_reports_days_apart_are_flagged(
    given: str, surname: str, post_a: str, post_b: str
) -> None:
    a = f"{post_a} {given} {surname} said crews searched through the night on Monday."
    b = f"Rescuers pressed on, {post_b} {given} {surname} told reporters on Tuesday."
    found = _titles(a, b)
    assert len(found) == 1
    f = found[0]
    assert f.severity in ("warning", "error")
    assert {f.location.path, *(r.path for r in f.related)} == {"r0.txt", "r1.txt"}
    assert f"{given} {surname}" in f.message


@pytest.mark.parametrize("days", [None, 400])
def test_reports_a_year_apart_or_undated_may_give_a_later_post(days: int | None) -> None:
    a = "Police Chief Helen Brisco said crews searched through the night on Monday."
    b = "Mayor Helen Brisco told reporters the city would rebuild the pier."
    assert _titles(a, b, days) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chief Helen Brisco said the blaze was out.", "Fire Chief Helen Brisco said it was out."),
        ("Dr. Helen Brisco said the blaze was out.", "Professor Helen Brisco said it was out."),
        (
            'Her aide said: "As mayor, Commander Helen Brisco will rebuild the pier."',
            "Harbour Master Helen Brisco said the pier would be rebuilt.",
        ),
    ],
)
def test_titles_that_only_look_different_are_not_flagged(a: str, b: str) -> None:
    assert _titles(a, b) == []


def test_a_body_named_after_the_name_gives_the_post_its_service() -> None:
    a = "Fire Captain Luis Ruiz said the blaze started in a loading bay."
    b = "Captain Ruiz of the Eastport Police Department praised the crews."
    assert len(_titles(a, b, days=None)) == 1


def test_the_words_before_a_title_at_the_start_of_a_sentence_are_read() -> None:
    a = "The fire was 10 percent contained. Cal Fire Division Chief Marco Ibarra said so."
    b = "Sheriff Marco Ibarra says two firefighters were hurt."
    assert len(_titles(a, b, days=None)) == 1


@pytest.mark.parametrize("given,surname", PEOPLE)
@pytest.mark.parametrize(
    "post_a,after_b",
    [
        ("Police Chief", "the mayor of the city"),
        ("Fire Marshal", "the sheriff"),
        ("Harbour Master", "the commander of the coast guard station"),
    ],
)
def test_a_post_written_after_the_name_is_read(
    given: str, surname: str, post_a: str, after_b: str
) -> None:
    """ ", the mayor of the city," right after a name gives that person's post, like a title
    before the name does."""
    a = f"{post_a} {given} {surname} said crews searched through the night on Monday."
    b = f"Rescuers pressed on, {given} {surname}, {after_b}, told reporters on Tuesday."
    found = _titles(a, b)
    assert len(found) == 1, [f.message for f in found]
    assert f"{given} {surname}" in found[0].message


@pytest.mark.parametrize("given,surname", PEOPLE)
@pytest.mark.parametrize(
    "body",
    ["the Eastport Fire Department", "the county fire service", "the Harbor City Fire Department"],
)
def test_chief_alone_before_a_surname_is_a_title_set_against_another_service(
    given: str, surname: str, body: str
) -> None:
    a = f"Police Chief {given} {surname} said the blaze started in a loading bay on Monday."
    b = f"Chief {surname} of {body} praised crews for keeping the flames back on Monday."
    found = _titles(a, b)
    assert len(found) == 1 and f"{given} {surname}" in found[0].message


@pytest.mark.parametrize("given,surname", PEOPLE)
def test_a_generic_head_before_a_title_names_no_other_organisation(
    given: str, surname: str
) -> None:
    a = f"During the event, company CFO {given} {surname} addressed the complaints on Friday."
    b = f"Kessler CEO {given} {surname} unveiled the products at the event on Friday."
    found = _titles(a, b, days=None)  # undated: only a strict conflict of offices is flagged
    assert len(found) == 1 and "CFO" in found[0].message and "CEO" in found[0].message


@pytest.mark.parametrize("given,surname", PEOPLE)
@pytest.mark.parametrize(("days", "flagged"), [(2, True), (20, True), (45, False), (90, False)])
def test_offices_one_person_cannot_hold_at_once_may_change_between_reports_months_apart(
    given: str, surname: str, days: int, flagged: bool
) -> None:
    a = f"The board named {given} {surname}, the chief operating officer of Acme, to lead talks."
    b = f"{given} {surname}, the chief executive officer of Acme, outlined a plan on Monday."
    found = _titles(a, b, days)
    assert bool(found) is flagged
    if found:
        assert found[0].severity == "error"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Chief Wendell Franklin told reporters the suspect was in custody.",
            "Mayor Wendell Franklin said the city grieves.",
        ),
        (
            "Sgt. Maria Okafor said the suspect was in custody.",
            "Lt. Maria Okafor, a police spokeswoman, said the suspect was 24.",
        ),
        (
            "Captain Ray Lutz said the case was closed.",
            "Sergeant Ray Lutz led the investigation.",
        ),
    ],
)
def test_a_rank_or_a_bare_chief_is_compared_like_any_post(a: str, b: str) -> None:
    """ "Chief Wendell Franklin", read by the entity extractor as one name, keeps its title."""
    found = _titles(a, b)
    assert len(found) == 1
    assert {found[0].location.path, *(r.path for r in found[0].related)} == {"r0.txt", "r1.txt"}
