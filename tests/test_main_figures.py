"""Each story's main figure per attribute, compared across reports of one incident.

Sentences written for these tests: those present ("were inside the home"), prison terms and
halts read from their constructions, and two reports that each give one figure of such an
attribute for their main event, in different paragraphs and words, compared as one fact.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Claim, Finding
from claimcheck.reading.files import DocInput

PUBLISHED = dt.date(2025, 5, 6)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _doc(path: str, text: str, title: str | None = None) -> DocInput:
    meta: dict[str, object] = {"published": PUBLISHED, "published_from": "manifest"}
    meta["language"] = "en"
    if title is not None:
        meta["title"] = title
    return DocInput(path=path, text=text, meta=meta)


def _figures(engine: Engine, text: str) -> dict[str, Claim]:
    doc = engine.read(_doc("a.txt", text))
    return {c.mention.text: c for c in engine.analyze(doc).claims if c.kind != "date"}


def _counts(engine: Engine, *docs: DocInput) -> list[Finding]:
    read = [engine.read(d) for d in docs]
    return [
        f
        for f in engine.run(read).findings
        if f.code in ("CC101", "CC102") and f.severity in ("warning", "error")
    ]


def _cites(found: list[Finding], *paths: str) -> bool:
    return any({loc.path for loc in (f.location, *f.related)} == set(paths) for f in found)


PRESENT = [
    ("Two children inside the home were unharmed.", "Two"),
    ("Police said 3 children were inside the house throughout the standoff.", "3"),
    ("About 80 workers were inside the factory when the fire started.", "About 80"),
    ("Nearly 40 guests were in the hotel lobby at the time.", "Nearly 40"),
    ("Five customers inside the bank hid in the vault.", "Five"),
]


@pytest.mark.parametrize(("text", "figure"), PRESENT)
def test_those_present_are_counted_as_present(engine: Engine, text: str, figure: str) -> None:
    claim = _figures(engine, text)[figure]
    assert (claim.attribute, claim.grows) == ("present", False)


CASUALTIES_INSIDE = [
    ("Two people inside the car were killed.", "Two", "killed"),
    ("Four workers inside the shed were injured by the blast.", "Four", "injured"),
]


@pytest.mark.parametrize(("text", "figure", "attribute"), CASUALTIES_INSIDE)
def test_a_casualty_inside_a_place_is_still_a_casualty(
    engine: Engine, text: str, figure: str, attribute: str
) -> None:
    assert _figures(engine, text)[figure].attribute == attribute


ON_BOARD = [
    ("All 31 children on board were from Hadley Elementary.", "31"),
    ("The ferry had 212 passengers on board when it listed.", "212"),
    ("None of the 14 pilgrims aboard was hurt.", "14"),
]


@pytest.mark.parametrize(("text", "figure"), ON_BOARD)
def test_any_group_on_board_is_counted_aboard(engine: Engine, text: str, figure: str) -> None:
    assert _figures(engine, text)[figure].attribute == "aboard"


TERMS = [
    ("Former treasurer gets 9 years for embezzling", "9 years"),
    ("Pell will spend 7 years in prison for stealing from the district.", "7 years"),
    ("The judge jailed him for seven years on Tuesday.", "seven years"),
    ("A court in Leeds sentenced Ms Dale to 30 months for fraud.", "30 months"),
    ("Ortiz was given 12 years behind bars.", "12 years"),
]


@pytest.mark.parametrize(("text", "figure"), TERMS)
def test_a_prison_term_is_read_from_its_construction(
    engine: Engine, text: str, figure: str
) -> None:
    assert _figures(engine, text)[figure].attribute == "prison term"


NOT_TERMS = [
    ("He faces up to 20 years in prison if convicted.", "up to 20 years"),
    ("He served four months in federal prison for perjury.", "four months"),
    ("She was sentenced to 2 years in that case, records show.", "2 years"),
    ("The firm spent 3 years on the bridge.", "3 years"),
]


@pytest.mark.parametrize(("text", "figure"), NOT_TERMS)
def test_a_possible_or_earlier_term_is_no_prison_term(
    engine: Engine, text: str, figure: str
) -> None:
    assert _figures(engine, text)[figure].attribute != "prison term"


HALTS = [
    ("Service on the Red Line was suspended for 90 minutes.", "90 minutes"),
    ("The motorway was closed for three hours after the crash.", "three hours"),
    ("Flights were grounded for about 40 minutes.", "about 40 minutes"),
]


@pytest.mark.parametrize(("text", "figure"), HALTS)
def test_a_halt_is_read_from_its_construction(engine: Engine, text: str, figure: str) -> None:
    assert _figures(engine, text)[figure].attribute == "halt"


# two reports of one incident: the same lead, then one figure of an attribute told later in
# each report's own words; the second report's figure differs
LATER = [
    (
        "A school bus rolled onto its side on Route 9 near Alton on Monday, injuring 12 pupils.",
        "The bus was carrying 36 pupils from Alton Middle School.",
        "All 31 children on board were from Alton Middle School.",
    ),
    (
        "Police shot a gunman during a standoff at a house on Cole Street on Friday.",
        "Police said 3 children were inside the house throughout.",
        "Two children inside the house were unharmed, officers said.",
    ),
    (
        "A man was stabbed on a Line 4 train at Carver Street station on Wednesday night.",
        "Service on Line 4 was suspended for 90 minutes.",
        "Trains were halted for 40 minutes while detectives searched the carriage.",
    ),
]


@pytest.mark.parametrize(("lead", "one", "other"), LATER)
def test_each_reports_one_figure_of_an_attribute_is_compared(
    engine: Engine, lead: str, one: str, other: str
) -> None:
    first = _doc("r0.txt", f"{lead}\n\nIt happened at rush hour.\n\n{one}\n")
    second = _doc("r1.txt", f"{lead}\n\nWitnesses described chaos.\n\n{other}\n")
    found = _counts(engine, first, second)
    assert _cites(found, "r0.txt", "r1.txt"), [f.message for f in found]


@pytest.mark.parametrize(("lead", "one", "other"), LATER)
def test_reports_that_agree_on_their_one_figure_are_not_flagged(
    engine: Engine, lead: str, one: str, other: str
) -> None:
    first = _doc("r0.txt", f"{lead}\n\nIt happened at rush hour.\n\n{one}\n")
    second = _doc("r1.txt", f"{lead}\n\nWitnesses described chaos.\n\n{one}\n")
    assert not _counts(engine, first, second)


def test_a_report_giving_two_values_has_no_single_figure_to_compare(engine: Engine) -> None:
    lead = "A gunman held hostages at a bank on Elm Street in Marlow on Friday."
    first = _doc(
        "r0.txt",
        f"{lead}\n\nIt lasted hours.\n\nPolice said 6 customers were inside the bank at first. "
        "By noon, 2 customers were inside the vault with the gunman.\n",
    )
    second = _doc(
        "r1.txt",
        f"{lead}\n\nIt lasted hours.\n\nThere were 4 customers inside at the time, a witness said.\n",
    )
    assert not _counts(engine, first, second)


def test_a_headline_prison_term_is_checked_against_another_reports_story(
    engine: Engine,
) -> None:
    first = _doc(
        "a.md",
        "---\ntitle: Former clerk gets 9 years for stealing $2 million\n---\n\n"
        "A former county clerk, Ann Ruiz, was sentenced on Tuesday for stealing $2 million.\n",
    )
    second = _doc(
        "b.txt",
        "Ann Ruiz, a former county clerk, will spend 7 years in prison for stealing $2 million "
        "from the county, a judge ruled on Tuesday.",
    )
    found = _counts(engine, first, second)
    assert _cites(found, "a.md", "b.txt"), [f.message for f in found]
    assert any("prison term" in f.message and "9 years" in f.message for f in found)


JOBS = [
    ("Kessel Foods to close its Leeds plant, cutting 900 jobs", "900"),
    ("The bank will lay off 300 workers by March.", "300"),
    ("About 450 jobs will be lost when the line shuts.", "About 450"),
    ("Some 400 employees will lose their jobs when the mill closes.", "Some 400"),
    ("Seven hundred workers learned on Monday that their jobs will disappear.", "Seven hundred"),
]


@pytest.mark.parametrize(("text", "figure"), JOBS)
def test_jobs_cut_are_counted_as_jobs_or_as_the_workers_losing_them(
    engine: Engine, text: str, figure: str
) -> None:
    claim = _figures(engine, text)[figure]
    assert (claim.attribute, claim.subject) == ("jobs cut", "jobs")


NOT_JOBS = [
    ("The plant employs 900 workers.", "900"),
    ("He cut 3 seconds off the record.", "3 seconds"),
]


@pytest.mark.parametrize(("text", "figure"), NOT_JOBS)
def test_other_figures_near_jobs_words_are_no_job_cuts(
    engine: Engine, text: str, figure: str
) -> None:
    assert _figures(engine, text)[figure].attribute != "jobs cut"


def test_a_headline_job_cut_is_checked_against_the_workers_another_report_counts(
    engine: Engine,
) -> None:
    first = _doc(
        "a.md",
        "---\ntitle: Kessel Foods to close Leeds plant, cutting 900 jobs\n---\n\n"
        "Kessel Foods said on Monday it would close its Leeds plant next spring.\n",
    )
    second = _doc(
        "b.txt",
        "Some 700 workers at the Kessel Foods plant on Kirk Lane learned on Monday that "
        "they will lose their jobs next spring.",
    )
    found = _counts(engine, first, second)
    assert _cites(found, "a.md", "b.txt"), [f.message for f in found]


def test_a_figure_dated_to_the_season_of_its_event_is_still_the_events(engine: Engine) -> None:
    lead = "A bus carrying campers overturned on Route 9 near Alton on Monday."
    first = _doc(
        "r0.txt",
        f"{lead}\n\nThe driver was unhurt.\n\nThe bus was carrying 36 pupils on its first run "
        "of this spring.\n",
    )
    claims = engine.analyze(engine.read(first)).claims
    (figure,) = [c for c in claims if c.mention.text == "36"]
    assert figure.time is not None and figure.time.granularity == "season"
    second = _doc(
        "r1.txt", f"{lead}\n\nThe driver was unhurt.\n\nAll 31 pupils on board were unhurt.\n"
    )
    assert _cites(_counts(engine, first, second), "r0.txt", "r1.txt")
