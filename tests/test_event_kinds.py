"""Kinds of news events beyond casualties, and the day each report gives its main event.

The reports are written for these tests: an indictment, a verdict, a death,
new regulations, a shooting dated far from its verb in the lead, told by two outlets in their
own words. A changed day must be flagged (CC301); the same day in other words, and days that
belong to another predicate, must not.
"""

from __future__ import annotations

import pytest

from claimcheck.claims.event_kinds import EVENT_KINDS, event_kind, outcome_words, trigger_words
from claimcheck.claims.wording import event_noun
from tests.event_reports import (
    assert_other_day_flagged,
    assert_same_date_not_flagged,
    date_findings,
    report,
)

# (first report with its day left open, second report, publication date, the second's day)
_PAIRS = [
    (
        (
            "Two county clerks indicted",
            "A grand jury {day} indicted two Marlow County clerks on charges of stealing "
            "from the county's road fund.",
        ),
        (
            "Marlow County clerks indicted",
            "Two clerks of Marlow County were indicted on Tuesday on theft charges.",
        ),
        "2025-02-13",
        "Tuesday",
    ),
    (
        (
            "Jury convicts Dalton in fraud case",
            "A federal jury in Kent convicted Aaron Dalton {day} of wire fraud.",
        ),
        (
            "Dalton found guilty",
            "Aaron Dalton was convicted on Monday of wire fraud in Kent, ending a three-week trial.",
        ),
        "2025-10-08",
        "Monday",
    ),
    (
        (
            "Novelist Ruth Ellery dies at 88",
            "Ruth Ellery, whose novels chronicled life in the mill towns of Vermont, "
            "died {day} at her home in Burlington. She was 88.",
        ),
        (
            "Ruth Ellery, chronicler of mill towns",
            "Ruth Ellery died on Sunday in Burlington, her publisher said.",
        ),
        "2025-09-16",
        "Sunday",
    ),
    (
        (
            "New rules for river dredging",
            "The Interior Department issued new regulations {day} that limit dredging "
            "in the Caldera River basin.",
        ),
        (
            "Dredging limits announced",
            "The Interior Department on Friday published regulations limiting dredging "
            "in the Caldera River basin.",
        ),
        "2025-11-17",
        "Friday",
    ),
    (
        (
            "Two dead after gunfire at warehouse party",
            "LAKEVILLE (Wire) - A gunman opened fire at a packed warehouse party {day}, "
            "killing two people, police said.",
        ),
        (
            "Party shooting leaves two dead",
            "Two people died after someone started shooting at a warehouse party on Harbor Road "
            "in Lakeville in the early hours of Sunday.",
        ),
        "2025-03-10",
        "Sunday",
    ),
]


@pytest.mark.parametrize(("first", "second", "published", "day"), _PAIRS)
def test_the_event_dated_on_another_day_is_flagged(
    first: tuple[str, str], second: tuple[str, str], published: str, day: str
) -> None:
    assert_other_day_flagged(first, second, published, day, shift=5)


@pytest.mark.parametrize(("first", "second", "published", "day"), _PAIRS)
def test_the_same_day_written_as_a_date_is_not_flagged(
    first: tuple[str, str], second: tuple[str, str], published: str, day: str
) -> None:
    assert_same_date_not_flagged(first, second, published, day)


@pytest.mark.parametrize(
    "body",
    [
        # the day of another predicate in a later clause of the lead
        "Voters in Castelo handed the Greens the most seats in the council election, "
        "but they fell short of a majority, final results showed on Tuesday.",
        # the day of the act a verdict concerns, not of the verdict
        "A jury convicted a Castelo man of murdering a shop owner on Tuesday.",
        # a predicate of its own before an event set at another time
        "Regulators in Castelo on Tuesday opened an inquiry after a shooting in the town.",
        # a victim who died days after the incident
        "A man wounded in a shooting in Castelo on Sunday died on Tuesday in hospital.",
    ],
)
def test_days_of_other_predicates_are_not_the_event_day(body: str) -> None:
    published = "2025-06-12"
    election = report(
        "b.md",
        "Greens win Castelo vote",
        "The Greens won the council election in Castelo on Sunday, officials said. "
        "After a two-week trial, a local man was convicted on Sunday. A shooting in Castelo on Sunday "
        "wounded a man.",
        published,
    )
    a = report("a.md", "Castelo", body, published)
    assert date_findings(a, election) == []


def test_no_word_names_two_kinds_of_event() -> None:
    seen: dict[str, str] = {}
    for kind in EVENT_KINDS:
        for words in kind.words.values():
            for w in words:
                assert seen.setdefault(w, kind.name) == kind.name, (w, kind.name, seen[w])


def test_every_kind_has_english_words_and_a_noun() -> None:
    for kind in EVENT_KINDS:
        assert kind.words.get("en"), kind.name
        assert kind.noun and event_noun(kind.name) == kind.noun


def test_an_explosion_is_not_called_a_bombing() -> None:
    assert trigger_words()["explosion"] == "explosion"
    assert trigger_words()["blast"] == "explosion"
    assert trigger_words()["bombing"] == "bombing"
    assert event_noun("explosion") == "explosion"
    kind = event_kind("explosion")
    assert kind is not None and kind.generic  # "a bomb blast": the bombing names it better


def test_outcomes_never_name_a_sentence_of_their_own() -> None:
    assert "died" in outcome_words()
    assert "died" not in trigger_words()


@pytest.mark.parametrize("day", ["Monday", "Tuesday", "Wednesday"])
def test_last_week_is_not_set_against_a_day_of_the_past_week(day: str) -> None:
    a = report(
        "a.md",
        "Inmate escapes during transfer",
        f"Jon Varga escaped on {day} while being moved from the Elkton prison to a hospital.",
        "2025-03-19",
    )
    b = report(
        "b.md",
        "Manhunt for Elkton inmate",
        "Jon Varga escaped last week while being moved from the Elkton prison to a hospital.",
        "2025-03-21",
    )
    assert date_findings(a, b) == []
