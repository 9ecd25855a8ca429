"""Counts of one event told by different reports in their own words.

Each group is one construction or one way two outlets state the same figure, with sentences
written for these tests: the figure must be read with its predicate and counted group, and two
reports of one incident that disagree must be flagged, while parts, running totals and other
incidents must not be compared with the event's figure.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from claimcheck.api import check
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Claim, Finding
from claimcheck.reading.files import DocInput

PUBLISHED = dt.date(2025, 5, 6)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _doc_input(path: str, text: str, title: str | None = None) -> DocInput:
    meta: dict[str, object] = {
        "published": PUBLISHED,
        "published_from": "manifest",
        "language": "en",
    }
    if title is not None:
        meta["title"] = title
    return DocInput(path=path, text=text, meta=meta)


def _claims(engine: Engine, text: str) -> dict[str, Claim]:
    doc = engine.read(_doc_input("a.txt", text))
    return {c.mention.text: c for c in engine.analyze(doc).claims if c.kind == "number"}


def _flagged(engine: Engine, *texts: str) -> list[Finding]:
    docs = [engine.read(_doc_input(f"r{i}.txt", t)) for i, t in enumerate(texts)]
    return [f for f in engine.run(docs).findings if f.severity in ("warning", "error")]


def _counts(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.code in ("CC101", "CC102")]


OBJECTS = [
    ("The coast guard on Friday arrested 25 Ukrainian smugglers off the cape.", "25", "arrested"),
    ("A gunman injured seven others Monday at a warehouse in Dayton.", "seven", "injured"),
    ("The blast killed 40 villagers gathering for a wedding.", "40", "killed"),
    ("Rescuers pulled 42 people from the river after the bus overturned.", "42", "rescued"),
    (
        "A fire at the depot sent nine workers to hospital, injuring four firefighters.",
        "four",
        "injured",
    ),
    ("Deputies took sixteen suspects into custody after the raids.", "sixteen", "arrested"),
]


@pytest.mark.parametrize(("text", "figure", "attribute"), OBJECTS)
def test_a_figure_after_its_verb_counts_what_the_verb_says(
    engine: Engine, text: str, figure: str, attribute: str
) -> None:
    claim = _claims(engine, text)[figure]
    assert (claim.attribute, claim.bound) == (attribute, True)


HOSPITAL = [
    ("Seven firefighters were taken to hospital with burns.", "Seven"),
    ("Twelve passengers were rushed to area hospitals after the derailment.", "Twelve"),
    ("Three pupils were airlifted to a hospital in Leeds.", "Three"),
]


@pytest.mark.parametrize(("text", "figure"), HOSPITAL)
def test_being_taken_to_hospital_is_being_hurt(engine: Engine, text: str, figure: str) -> None:
    assert _claims(engine, text)[figure].attribute == "injured"


def test_the_counted_group_stops_at_a_weekday_or_a_clause_of_its_own(engine: Engine) -> None:
    claims = _claims(engine, "A driver killed one man and injured three others Sunday near Troy.")
    assert claims["three"].subject is None
    claims = _claims(
        engine, "The strike killed 30 Palestinians sheltering in a school, officials said."
    )
    assert claims["30"].subject == "palestinian"


PARTS = [
    "Police said two women and one man died when the balcony gave way.",
    "Out of 30 detained protesters, 12 were released without charge.",
    "Two teenagers and a man were hurt, and one woman and two men were arrested.",
]


@pytest.mark.parametrize("text", PARTS)
def test_coordinated_groups_and_shares_are_parts(engine: Engine, text: str) -> None:
    scopes = {c.scope for c in _claims(engine, text).values() if c.attribute}
    assert "partial" in scopes


RUNNING_TOTALS = [
    "More than 600 people have been killed so far in the fighting.",
    "At least 90 civilians have died since the offensive began.",
    "Some 200 people were killed in the 12 days of shelling.",
    "Police said 86 people were killed over the course of the riots.",
]


@pytest.mark.parametrize("text", RUNNING_TOTALS)
def test_a_running_total_is_a_total(engine: Engine, text: str) -> None:
    claims = [c for c in _claims(engine, text).values() if c.attribute == "killed"]
    assert claims and all(c.scope == "total" for c in claims)


SEVERITY = [
    ("Eight people were seriously injured in the collision.", "Eight"),
    ("Two passengers suffered critical injuries, the airline said.", "Two"),
    ("Five workers were slightly hurt when the scaffold fell.", "Five"),
]


@pytest.mark.parametrize(("text", "figure"), SEVERITY)
def test_the_injured_counted_by_how_badly_are_a_part(
    engine: Engine, text: str, figure: str
) -> None:
    assert _claims(engine, text)[figure].scope == "partial"


def test_among_the_dead_gives_the_whole(engine: Engine) -> None:
    claims = _claims(engine, "The driver was among 5 dead after the pile-up on Route 4.")
    assert claims["5"].scope != "partial"


def test_an_elided_group_is_the_one_before_it(engine: Engine) -> None:
    claims = _claims(engine, "Troops killed four armed smugglers while arresting 9.")
    assert (claims["9"].attribute, claims["9"].subject) == ("arrested", claims["four"].subject)


# two reports of one incident, each in its own words; the second states a different figure
DISAGREEING = [
    (
        "The Harbour Police on Saturday arrested 25 Ukrainian smugglers in a raid at Pier 9.",
        "Harbour Police say they have arrested 23 Ukrainian and Moldovan smugglers "
        "at Pier 9 on Saturday.",
    ),
    (
        "A fired clerk shot to death one person and injured seven others Monday at the "
        "Dayton tax office, police said.",
        "A clerk who was fired last week shot and killed a woman and wounded two men Monday "
        "at the Dayton tax office.",
    ),
    (
        "Seven firefighters were taken to hospital with burns after flames tore through "
        "the Kessel Mill warehouse on Saturday.",
        "A fire destroyed the Kessel Mill warehouse on Saturday, injuring four firefighters.",
    ),
]


@pytest.mark.parametrize(("first", "second"), DISAGREEING)
def test_two_reports_of_one_incident_that_disagree_are_flagged(
    engine: Engine, first: str, second: str
) -> None:
    found = _counts(_flagged(engine, first, second))
    assert found
    assert {loc.path for f in found for loc in (f.location, *f.related)} == {"r0.txt", "r1.txt"}


def test_the_message_names_the_victims_however_each_report_calls_them(engine: Engine) -> None:
    first, second = DISAGREEING[1]
    messages = [f.message for f in _counts(_flagged(engine, first, second))]
    assert any(m.startswith("The number of people injured in the shooting") for m in messages)
    first, second = DISAGREEING[2]
    messages = [f.message for f in _counts(_flagged(engine, first, second))]
    assert any(m.startswith("The number of firefighters injured in the fire") for m in messages)


AGREEING = [
    (
        "The Harbour Police on Saturday arrested 25 smugglers in a raid at Pier 9.",
        "Harbour Police say they have arrested twenty-five people at Pier 9 on Saturday.",
    ),
    (
        "A fire destroyed the Kessel Mill warehouse on Saturday, injuring four firefighters.",
        "Four firefighters were taken to hospital after the Kessel Mill warehouse fire "
        "on Saturday.",
    ),
]


@pytest.mark.parametrize(("first", "second"), AGREEING)
def test_two_reports_that_agree_are_not_flagged(engine: Engine, first: str, second: str) -> None:
    assert not _counts(_flagged(engine, first, second))


NOT_THE_EVENTS_FIGURE = [
    (
        "A shell hit the Al-Nur school in Gaza on Tuesday, killing 40 people, the UN said.",
        "A shell hit the Al-Nur school in Gaza on Tuesday. More than 600 people have been "
        "killed so far in the offensive.",
    ),
    (
        "A gas blast in Marlow on Tuesday killed three people, police said.",
        "A gas blast in Marlow on Tuesday killed three people. Police said two women and "
        "one man died in the blast.",
    ),
    (
        "A gunman opened fire at the Lintel depot on Monday, killing two workers.",
        "A gunman opened fire at the Lintel depot on Monday, killing two workers. In "
        "January, a man opened fire at a college in Avon, killing five.",
    ),
    (
        "An earthquake struck Tarn on Sunday, killing 4 people.",
        "An earthquake struck Tarn on Sunday, killing 4 people. In neighbouring Vell, "
        "a quake in 1998 killed 300 people.",
    ),
]


@pytest.mark.parametrize(("first", "second"), NOT_THE_EVENTS_FIGURE)
def test_parts_running_totals_and_other_events_are_not_the_events_figure(
    engine: Engine, first: str, second: str
) -> None:
    assert not _counts(_flagged(engine, first, second))


def test_a_headline_count_is_checked_against_another_reports_story(engine: Engine) -> None:
    first = engine.read(
        _doc_input(
            "a.md",
            "---\ntitle: Warehouse fire kills 41 workers\n---\n\n"
            "A fire at the Kessel Mill warehouse killed 41 workers on Saturday.\n",
        )
    )
    second = engine.read(
        _doc_input(
            "b.txt", "Fourteen workers were killed in the Kessel Mill warehouse fire on Saturday."
        )
    )
    found = _counts(
        [f for f in engine.run([first, second]).findings if f.severity in ("warning", "error")]
    )
    headline = first.text.index("41")
    assert any(
        loc.path == "a.md" and loc.start == headline
        for f in found
        for loc in (f.location, *f.related)
    )


# a headline that names the event's state or region over another report's story that names
# its town or street: one event, whose figures must agree
HEADLINE_PLACES = [
    (
        "Illinois office shooting: 1 dead, 5 injured",
        "A fired clerk opened fire Monday at an office in Chicago, killing a woman and "
        "wounding two men.",
        "5",
    ),
    (
        "Michigan factory shooting: 2 dead, 4 hurt",
        "A gunman opened fire at a factory in Detroit on Monday, killing two people and "
        "wounding six others.",
        "4",
    ),
    (
        "Florida nightclub shooting leaves 3 dead, 8 wounded",
        "Three people were killed and 11 were wounded when a man opened fire at a nightclub "
        "in Miami early Sunday.",
        "8",
    ),
]


@pytest.mark.parametrize(("headline", "story", "figure"), HEADLINE_PLACES)
def test_a_headline_naming_the_state_is_checked_against_a_story_naming_the_town(
    engine: Engine, headline: str, story: str, figure: str
) -> None:
    text = f'---\ntitle: "{headline}"\n---\n\nIt happened.\n'
    meta = _doc_input("a.md", text).meta
    first = engine.read(DocInput(path="a.md", text=text, format="markdown", meta=meta))
    second = engine.read(_doc_input("b.txt", story))
    found = _counts(
        [f for f in engine.run([first, second]).findings if f.severity in ("warning", "error")]
    )
    assert any(
        {loc.path for loc in (f.location, *f.related)} == {"a.md", "b.txt"}
        and any(loc.path == "a.md" and loc.text == figure for loc in (f.location, *f.related))
        for f in found
    ), [f.message for f in found]


def test_counts_placed_in_two_towns_are_still_not_one_figure(engine: Engine) -> None:
    first = "A fire at a depot in Dayton killed two workers on Saturday."
    second = "A fire at a depot in Toledo killed five workers on Saturday."
    assert not _counts(_flagged(engine, first, second))


# the same main event's figure told in one report's lead and deep in another report's story,
# in a sentence that names no event, place or time of its own
LATER = [
    (
        "Two residents were killed and 12 families displaced when gas exploded in a block of "
        "flats in Marlow on Saturday.",
        "Firefighters searched the rubble for hours. The council will house the 15 families "
        "displaced.",
    ),
    (
        "Two climbers died in falls on Mount Arden on Saturday, police said.",
        "Both were experienced. Three deaths in one weekend were unusual, a ranger said.",
    ),
    (
        "Police arrested 14 people in a raid on a warehouse in Marlow on Saturday.",
        "Officers had watched the warehouse for weeks. In all 16 people were arrested, a "
        "spokeswoman said.",
    ),
]


@pytest.mark.parametrize(("lead", "later"), LATER)
def test_a_count_later_in_a_story_is_the_main_events_by_the_discourse(
    engine: Engine, lead: str, later: str
) -> None:
    first = lead
    second = f"{lead.split(' on Saturday')[0]} on Saturday.\n\nIt was the worst in years. {later}"
    found = _counts(_flagged(engine, first, second))
    assert any(
        {loc.path for loc in (f.location, *f.related)} == {"r0.txt", "r1.txt"} for f in found
    ), [f.message for f in found]


def test_the_message_does_not_restate_the_count_as_the_event(engine: Engine) -> None:
    first = "Two climbers died on Mount Arden on Saturday, police said."
    second = "Three climbers died on Mount Arden on Saturday, police said."
    messages = [f.message for f in _counts(_flagged(engine, first, second))]
    assert messages
    assert all("killed in the death" not in m for m in messages), messages
    assert any(m.startswith("The number of climbers killed") for m in messages), messages


NOT_LATER = [
    # another place, another time, a part: not the main event's figure
    "Firefighters searched the rubble. In neighbouring Avon, 9 people were killed.",
    "Firefighters searched the rubble. In 2019, a blast there killed 9 people.",
    "Firefighters searched the rubble. Of the dead, 9 were children.",
]


@pytest.mark.parametrize("later", NOT_LATER)
def test_a_count_later_in_a_story_with_its_own_place_time_or_part_is_not_compared(
    engine: Engine, later: str
) -> None:
    first = "A gas explosion in Marlow on Saturday killed two residents, police said."
    second = f"A gas explosion in Marlow on Saturday killed two residents.\n\n{later}"
    assert not _counts(_flagged(engine, first, second))


@pytest.mark.parametrize(
    ("seed", "old", "new", "figure"),
    [
        (
            "000_3d5d9e3a4461c3fe.txt",
            "killing two and injuring ten",
            "killing three and injuring ten",
            "three",
        ),
        ("002_569574fb2f8b7dc2.txt", "while arresting 11.", "while arresting 17.", "17"),
    ],
)
def test_a_changed_count_in_a_copy_of_the_seeds_is_found(
    tmp_path: Path, seed: str, old: str, new: str, figure: str
) -> None:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    target = copy / seed
    text = target.read_text(encoding="utf-8")
    assert text.count(old) == 1
    target.write_text(text.replace(old, new), encoding="utf-8")
    at = text.index(old) + new.index(figure)
    findings = check([str(copy)]).findings
    hits = [
        f
        for f in findings
        if f.code in ("CC101", "CC102")
        and any(
            loc.path.endswith(seed) and loc.start == at and loc.text == figure
            for loc in (f.location, *f.related)
        )
        and any(not loc.path.endswith(seed) for loc in (f.location, *f.related))
    ]
    assert hits, [f.message for f in findings]
