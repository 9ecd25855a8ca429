"""Figures, dates and quotations that look alike across reports but cannot be told to be
one fact are not flagged: unknown is not a conflict.

Each group is one kind of false alarm seen on real clusters, written here as sentences of
our own; each test also keeps a real disagreement of the same shape flagged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.reading.files import DocInput


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _flagged(engine: Engine, *texts: str, published: dt.date | None = None) -> list[str]:
    meta = {"language": "en"}
    if published is not None:
        meta |= {"published": published, "published_from": "manifest"}
    docs = [engine.read(DocInput(path=f"r{i}.txt", text=t, meta=meta)) for i, t in enumerate(texts)]
    return [f.code for f in engine.run(docs).findings if f.severity in ("warning", "error")]


# --- quotations -------------------------------------------------------------------------------

NESTED = [
    (
        '"Officers sealed off the block and talked to the man until he came out," Lt. Dana Ross said.',
        "\"Officers'sealed off' the block and talked to the man until he came out,\" Lt. Dana Ross said.",
    ),
    (
        '"I went to open the window and they shouted stay inside, stay down," Ana Ruiz said.',
        "\"I went to open the window and they shouted'stay inside, stay down.'\" Ana Ruiz said.",
    ),
    (
        '"The whole neighbourhood heard the blast and the colour of the sky changed," Tom Hale said.',
        '"The whole neighborhood heard the blast and the color of the sky changed," Tom Hale said.',
    ),
]


@pytest.mark.parametrize(("a", "b"), NESTED)
def test_typography_of_a_nested_quote_or_british_spelling_is_not_a_misquote(
    engine: Engine, a: str, b: str
) -> None:
    assert "CC501" not in _flagged(engine, a, b)


def test_a_changed_word_in_the_same_quotation_is_still_a_misquote(engine: Engine) -> None:
    a = '"Officers sealed off the block and talked to the man until he came out," Lt. Dana Ross said.'
    b = '"Officers sealed off the street and talked to the man until he gave up," Lt. Dana Ross said.'
    assert "CC501" in _flagged(engine, a, b)


# --- counts -----------------------------------------------------------------------------------

BARE_COUNTS = [
    (
        "Ellis caught nine passes for 120 yards on Sunday. He has 61 catches this season.",
        "Ellis had a strong game. He finished with nine catches for 120 yards and has 58 catches this season.",
    ),
    (
        "Moreno scored 31 points against Dayton. She now has 1,204 points for her career.",
        "It was Moreno's best night. She has 1,180 points for her career.",
    ),
]


@pytest.mark.parametrize(("a", "b"), BARE_COUNTS)
def test_a_bare_count_without_a_shared_owner_is_not_compared(
    engine: Engine, a: str, b: str
) -> None:
    assert not {"CC101", "CC102"} & set(_flagged(engine, a, b))


SUPERSEDED = [
    (
        "A magnitude 4.1 earthquake shook the valley on Sunday, the Geological Survey said.",
        "The Geological Survey, which initially rated the earthquake as 4.5 in magnitude, "
        "said the quake struck the valley on Sunday.",
    ),
    (
        "The fire at the depot on Friday killed six people, officials said.",
        "Officials, who at first reported that the fire at the depot had killed nine people, "
        "gave the final toll on Friday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SUPERSEDED)
def test_a_figure_the_sentence_says_was_replaced_is_not_compared(
    engine: Engine, a: str, b: str
) -> None:
    assert not {"CC101", "CC102"} & set(_flagged(engine, a, b))


PARTITIVE = [
    (
        "A gunman killed one person and wounded two others at an office in Dayton on Monday.",
        "Local radio first said that two of the three victims of the Dayton office shooting died.",
    ),
    (
        "The crash on the bridge in Leeds killed one man on Tuesday.",
        "Police said three of the five passengers in the Leeds bridge crash were killed.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PARTITIVE)
def test_the_whole_group_of_a_partitive_is_not_the_predicate_count(
    engine: Engine, a: str, b: str
) -> None:
    codes = _flagged(engine, a, b)
    assert not {"CC101", "CC102"} & set(codes) or _part_flagged(engine, a, b)


def _part_flagged(engine: Engine, a: str, b: str) -> bool:
    """A finding, if any, must cite the part ("two"), never the whole group ("three")."""
    meta = {"language": "en"}
    docs = [
        engine.read(DocInput(path=f"r{i}.txt", text=t, meta=meta)) for i, t in enumerate((a, b))
    ]
    cited = {
        loc.text
        for f in engine.run(docs).findings
        if f.code in ("CC101", "CC102") and f.severity in ("warning", "error")
        for loc in (f.location, *f.related)
    }
    return not cited & {"three", "five"}


# --- dates ------------------------------------------------------------------------------------


def test_the_same_relative_date_resolved_against_different_days_is_not_a_conflict(
    engine: Engine,
) -> None:
    a = "The bodies of the two women were found at a house in Alder Street, Brookfield, on Saturday."
    b = "The bodies of the two women were found at their Alder Street home in Brookfield on Saturday morning."
    meta_a = {"language": "en", "published": dt.date(2024, 5, 13), "published_from": "manifest"}
    meta_b = {"language": "en", "published": dt.date(2024, 5, 20), "published_from": "manifest"}
    docs = [
        engine.read(DocInput(path="r0.txt", text=a, meta=meta_a)),
        engine.read(DocInput(path="r1.txt", text=b, meta=meta_b)),
    ]
    codes = [f.code for f in engine.run(docs).findings if f.severity in ("warning", "error")]
    assert "CC301" not in codes


# --- one document -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kovac is charged with fraud between March 1, 2019, and June 30, 2020. "
        "Lind is charged with fraud between May 1, 2018, and Jan. 15, 2019.",
        "The permit was valid from Feb. 2, 2015, to Aug. 9, 2016. "
        "The second permit was valid from April 4, 2017, to Sept. 1, 2018.",
    ],
)
def test_the_ends_of_periods_are_not_an_event_dated_two_ways(engine: Engine, text: str) -> None:
    assert "CC602" not in _flagged(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "The charity's team of 4 doctors and 6 nurses works in the camp. It also gives support "
        "to the most vulnerable families in the region, including more than 900 orphans.",
        "A crew of 2 pilots and 3 engineers flew the aircraft, which carried aid for "
        "residents of the valley, including about 400 children.",
    ],
)
def test_parts_of_another_group_do_not_exceed_a_total(engine: Engine, text: str) -> None:
    assert "CC601" not in _flagged(engine, text)


def test_parts_that_exceed_their_own_total_are_still_flagged(engine: Engine) -> None:
    text = "The blast killed 12 people, including 9 workers and 7 visitors."
    assert "CC601" in _flagged(engine, text)


def _dated(engine: Engine, *pairs: tuple[str, dt.date]) -> list[str]:
    docs = [
        engine.read(
            DocInput(
                path=f"r{i}.txt",
                text=text,
                meta={"language": "en", "published": day, "published_from": "manifest"},
            )
        )
        for i, (text, day) in enumerate(pairs)
    ]
    return [f.code for f in engine.run(docs).findings if f.severity in ("warning", "error")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A warehouse fire broke out in Linden on Sunday, destroying the building.",
            "Expect long debates about the warehouse fire in Linden at the council tomorrow.",
        ),
        (
            "The gunman opened fire at the Linden mall on Saturday, police said.",
            "Police released the video on Tuesday. The same day, the Linden mall shooting "
            "suspect appeared before a judge.",
        ),
        (
            "A wildfire broke out near Linden on Tuesday afternoon, officials said.",
            "The wildfire near Linden had burned 900 acres by Thursday morning, officials said.",
        ),
    ],
)
def test_dates_that_are_not_the_day_of_the_event_are_not_compared(
    engine: Engine, a: str, b: str
) -> None:
    codes = _dated(engine, (a, dt.date(2025, 6, 2)), (b, dt.date(2025, 6, 3)))
    assert "CC301" not in codes


def test_a_different_day_of_the_event_is_still_a_conflict(engine: Engine) -> None:
    a = "A wildfire broke out near Linden on Tuesday afternoon, officials said."
    b = "A wildfire broke out near Linden on Thursday afternoon, officials said."
    assert "CC301" in _dated(engine, (a, dt.date(2025, 6, 6)), (b, dt.date(2025, 6, 6)))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Norvale Systems is buying Brightpath for $412 million, including $300 million in cash.",
            "Norvale Systems announced on Monday that it would buy Brightpath for $412 million.",
        ),
        (
            "The council approved a budget of $88 million, including $12 million for roads.",
            "The council approved a budget of $88 million on Tuesday.",
        ),
    ],
)
def test_a_part_after_including_is_not_compared_with_the_agreed_total(
    engine: Engine, a: str, b: str
) -> None:
    assert "CC201" not in _flagged(engine, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"We finally have an answer and we can rest now," said the girl\'s father, Paul Brandt.',
            'Paul Brandt of Elm Falls said later, "We finally have an answer and we can rest now."',
        ),
    ],
)
def test_a_speaker_named_beside_both_quotations_is_not_a_speaker_conflict(
    engine: Engine, a: str, b: str
) -> None:
    assert "CC502" not in _flagged(engine, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A strong earthquake struck the island of Vela on Sunday, killing four people. The "
            "seismology centre of Vela University registered a quake measuring 3.9 on the "
            "Richter scale at 08:40 on Monday.",
            "A strong earthquake hit the island of Vela on Sunday, killing four people. The "
            "region is prone to frequent earthquakes. In March, a quake measuring 6.7 on the "
            "Richter scale hit the southern town of Orsa, killing 300 people.",
        ),
        (
            "A strong earthquake struck the island of Vela on Sunday, killing four people. The "
            "seismology centre registered a quake measuring 4.1 on the Richter scale on Monday.",
            "A strong earthquake hit the island of Vela on Sunday, killing four people. In 2019, "
            "a quake measuring 5.8 on the Richter scale hit the port of Dace.",
        ),
    ],
)
def test_a_figure_of_an_event_recalled_by_its_month_is_not_the_days_figure(
    engine: Engine, a: str, b: str
) -> None:
    assert not {"CC101", "CC102"} & set(_flagged(engine, a, b))
