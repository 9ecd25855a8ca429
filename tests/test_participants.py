"""The people of a story: their ages, names and titles, read and compared across reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claims.participants import age_figures, cast_of, find_ages, find_participants
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Finding
from claimcheck.normalization.names.slips import one_letter_apart, transliteration_like
from claimcheck.reading.files import DocInput

DAY = dt.date(2025, 3, 14)
_ENGINE = Engine(Config())

GIVEN = ["Maria", "Daniel", "Keisha", "Tomasz", "Aisha", "Robert", "Lucia", "Darnell", "Ingrid"]
SURNAMES = ["Okafor", "Lindqvist", "Castellano", "Whitfield", "Brennan", "Moreno", "Haddad"]
NOUNS = ["man", "woman", "boy", "girl", "driver", "victim", "suspect"]


def _docs(*texts: str, dates: Sequence[dt.date | None] = ()) -> list:  # type: ignore[type-arg]
    out = []
    for i, t in enumerate(texts):
        d = dates[i] if i < len(dates) else DAY
        meta = {"published": d, "published_from": "manifest"} if d else {}
        out.append(_ENGINE.read(DocInput(path=f"r{i}.txt", text=t, meta=meta)))
    return out


def _check(*texts: str, dates: Sequence[dt.date | None] = ()) -> list[Finding]:
    return _ENGINE.run(_docs(*texts, dates=dates)).findings


def _codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def _ages(text: str) -> list[tuple[int, str, str | None]]:
    (doc,) = _docs(text)
    mentions = _ENGINE.analyze(doc, frame=False).mentions
    return [
        (a.value, a.holder, a.name.text if a.name is not None else a.noun)
        for a in find_ages(doc, mentions)
    ]


# -- reading ages -------------------------------------------------------------------------

AGE_TEMPLATES = [
    ("{g} {s}, {n}, was taken to a hospital in Dayton.", "name"),
    ("Police arrested {n}-year-old {g} {s} on Friday.", "name"),
    ("{g} {s} ({n}) was charged with assault.", "name"),
    ("The driver, {g} {s}, aged {n}, was not hurt.", "name"),
    ("Witnesses said a {n}-year-old {noun} was hit near the bridge.", "noun"),
    ("The {noun}, aged {n}, died at the scene.", "noun"),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.sampled_from(AGE_TEMPLATES),
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(SURNAMES),
    n=st.integers(min_value=2, max_value=99),
    noun=st.sampled_from(NOUNS),
)
def test_an_age_is_read_with_whose_age_it_is(
    template: tuple[str, str], g: str, s: str, n: int, noun: str
) -> None:
    text, holder = template
    found = _ages(text.format(g=g, s=s, n=n, noun=noun))
    assert len(found) == 1
    value, got_holder, who = found[0]
    assert value == n and got_holder == holder
    assert who == (f"{g} {s}" if holder == "name" else noun)


@pytest.mark.parametrize(
    "text",
    [
        "The 30-year-old stadium will be torn down next spring.",
        "Her then-15-year-old son testified on Tuesday.",
        "He started playing the violin at age 12.",
        "Doctors delivered the 28-week-old baby by caesarean section.",
        "The team broke a 40-year-old scoring record on Sunday.",
    ],
)
def test_what_is_not_a_persons_age_now_is_not_read_as_one(text: str) -> None:
    assert [h for h in _ages(text) if h[1] != "group"] == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ages=st.lists(st.integers(min_value=1, max_value=99), min_size=2, max_size=4),
    noun=st.sampled_from(["males", "teenagers", "women", "men"]),
    sep=st.sampled_from([" - ages ", ", ages ", ", aged "]),
)
def test_a_list_of_ages_is_a_groups_ages_and_never_a_count(
    ages: list[int], noun: str, sep: str
) -> None:
    listed = ", ".join(str(a) for a in ages[:-1]) + f", and {ages[-1]}"
    text = f"Officers detained {len(ages)} {noun}{sep}{listed} - after the fight on Main Street."
    (doc,) = _docs(text)
    analysis = _ENGINE.analyze(doc)
    figures = age_figures(doc, analysis.mentions)
    listed_mentions = [m for m in analysis.mentions if m.key in figures]
    assert sorted(int(m.text) for m in listed_mentions) == sorted(ages)
    for c in analysis.claims:
        if c.mention.key in figures:
            assert c.attribute in (None, "aged")  # an age, or nothing counted


def test_ages_in_a_list_do_not_conflict_with_a_count() -> None:
    a = "Police said three males - ages 16, 17, and 21 - were arrested after the robbery in Akron."
    b = "Police in Akron said three males were arrested after the robbery."
    assert _codes(_check(a, b), "CC101") == []


# -- comparing ages ------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(SURNAMES),
    n=st.integers(min_value=15, max_value=80),
    delta=st.sampled_from([0, 1, 4, 10]),
    forms=st.sampled_from(
        [
            (
                "{g} {s}, {n}, was wounded in the shooting.",
                "{n}-year-old {g} {s} was wounded in the shooting.",
            ),
            (
                "{g} {s}, {n}, was wounded in the shooting.",
                "Police said {s}, {n}, was wounded in the shooting.",
            ),
        ]
    ),
)
def test_one_persons_ages_are_compared_across_reports(
    g: str, s: str, n: int, delta: int, forms: tuple[str, str]
) -> None:
    a = forms[0].format(g=g, s=s, n=n)
    b = forms[1].format(g=g, s=s, n=n + delta)
    found = _codes(_check(a, b), "CC120")
    if delta == 0:
        assert found == []
        return
    assert len(found) == 1
    f = found[0]
    cited = {loc.path for loc in (f.location, *f.related)}
    assert cited == {"r0.txt", "r1.txt"}
    assert f.message.startswith(f"{g} {s}\u2019s age is ") or f.message.startswith(
        f"{g} {s}\u2019 age is "
    )
    assert f"{n}" in f.message and f"{n + delta}" in f.message


def test_an_age_written_in_words_agrees_with_digits() -> None:
    a = "Firefighter Janelle Ortega, 34, was treated for smoke inhalation."
    b = "Thirty-four-year-old Janelle Ortega was treated for smoke inhalation, officials said."
    assert _codes(_check(a, b), "CC120") == []


def test_a_birthday_between_dated_reports_is_not_a_conflict() -> None:
    a = "Daniel Okafor, 27, was arrested on Thursday in Leeds."
    b = "Daniel Okafor, 28, went on trial at Leeds Crown Court on Monday."
    later = [DAY, DAY + dt.timedelta(days=400)]
    assert _codes(_check(a, b, dates=later), "CC120") == []
    same_day = [DAY, DAY]
    assert len(_codes(_check(a, b, dates=same_day), "CC120")) == 1


def test_two_people_with_one_surname_keep_their_own_ages() -> None:
    a = "Rosa Brennan, 61, and her son, Liam Brennan, 35, were found in the house."
    b = "Liam Brennan, 35, was charged; his mother Rosa Brennan, 61, had been missing since May."
    assert _codes(_check(a, b), "CC120") == []


def test_an_unnamed_victim_is_the_same_person_when_each_report_has_one() -> None:
    a = "The victim, aged 19, was pronounced dead at the scene on Halsted Street."
    b = "A man was shot on Halsted Street. The victim, aged 29, died at the scene."
    found = _codes(_check(a, b), "CC120")
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert found[0].message.startswith("The victim\u2019s age is ")


def test_two_unnamed_men_are_not_assumed_to_be_one() -> None:
    a = "A 38-year-old man was arrested. A 50-year-old man from Dexter tipped off police."
    b = "Police said a 47-year-old man and a 48-year-old man were wounded."
    assert _codes(_check(a, b), "CC120") == []


# -- names --------------------------------------------------------------------------------


@st.composite
def _slipped(draw: st.DrawFn) -> tuple[str, str]:
    """A surname and the same surname with one letter replaced."""
    name = draw(st.sampled_from(SURNAMES))
    i = draw(st.integers(min_value=1, max_value=len(name) - 1))
    letter = draw(st.sampled_from("aeioudmnrt").filter(lambda c: c != name[i]))
    return name, name[:i] + letter + name[i + 1 :]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=_slipped(), g=st.sampled_from(GIVEN))
def test_a_surname_one_letter_off_is_a_warning(pair: tuple[str, str], g: str) -> None:
    right, wrong = pair
    a = f"{g} {right}, who was shot outside a store on Fifth Street, is recovering."
    b = f"Police said {g} {wrong}, who was shot outside a store on Fifth Street, is recovering."
    found = _codes(_check(a, b), "CC404")
    if transliteration_like(right, wrong):
        assert all(f.severity == "info" for f in found)
        return
    assert len(found) == 1 and found[0].severity == "warning"
    texts = {loc.text for loc in (found[0].location, *found[0].related)}
    assert texts == {f"{g} {right}", f"{g} {wrong}"}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=_slipped(), g=st.sampled_from(GIVEN), h=st.sampled_from(GIVEN))
def test_different_given_names_are_different_people(pair: tuple[str, str], g: str, h: str) -> None:
    if g == h:
        return
    right, wrong = pair
    a = f"{g} {right} spoke at the council meeting on Tuesday."
    b = f"{h} {wrong} spoke at the council meeting on Tuesday."
    assert _codes(_check(a, b), "CC404") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Fire Chief Ramon Gonzalez said the blaze began in a storage room.",
            "The blaze began in a storage room, Fire Chief Gonzales said.",
        ),
        (
            "Detective Sergeant Alan Pickell said the car was found abandoned.",
            "The car was found abandoned, said Detective Sergeant Alan Pickel.",
        ),
    ],
)
def test_a_title_holder_spelled_two_ways_is_one_person(a: str, b: str) -> None:
    assert len(_codes(_check(a, b), "CC404")) == 1


def test_inside_one_document_a_surname_drifting_from_the_full_name_is_found() -> None:
    text = (
        "Commerce Secretary Gary Lockwood announced the ruling on Monday. "
        "Critics said the agency had waited too long. "
        "On Tuesday, Lockwod said the departments would review it jointly."
    )
    found = _codes(_check(text), "CC404")
    assert len(found) == 1
    assert "elsewhere in this document" in found[0].message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Muhammad Rahman", "Mohammed Rahman"),  # a known transliteration class
        ("Ahmed Hussain", "Ahmed Hussein"),
    ],
)
def test_a_known_transliteration_is_not_a_slip(a: str, b: str) -> None:
    found = _check(
        f"{a} told reporters the talks had failed.", f"{b} told reporters the talks had failed."
    )
    assert _codes(found, "CC404") == []


def test_a_name_in_full_and_by_surname_is_not_a_slip_or_a_conflict() -> None:
    a = "Keisha Whitfield, 42, was elected mayor. Whitfield thanked her volunteers."
    b = "Whitfield, 42, won the race for mayor on Tuesday night."
    findings = _check(a, b)
    assert [f for f in findings if f.code in ("CC120", "CC404", "CC401", "CC402")] == []


def test_names_nothing_shows_to_be_peoples_are_not_compared_as_people() -> None:
    a = "He was fired from Gordon Advisors, a consulting firm in the building."
    b = "He worked at Gordon Advisers, a consulting firm in the building."
    assert _codes(_check(a, b), "CC404") == []


def test_a_family_name_in_the_plural_is_not_a_slip() -> None:
    assert not one_letter_apart("Gigante", "Gigantes")
    text = "Vincent Gigante died on Monday. The Gigantes had lived on Sullivan Street since 1950."
    assert _codes(_check(text), "CC404") == []


# -- titles --------------------------------------------------------------------------------


def test_one_spokesperson_in_two_ministries_is_named_with_both_ministries() -> None:
    a = "China's foreign ministry spokesperson Zhao Ming said the talks would resume in March."
    b = "China's defence ministry spokesperson Zhao Ming said the talks would resume in March."
    (f,) = _codes(_check(a, b), "CC401")
    assert "oreign ministry spokesperson" in f.message
    assert "efence ministry spokesperson" in f.message


def test_one_office_two_holders_with_one_surname() -> None:
    a = "Prime Minister Ishaan Varma opened the new terminal on Saturday."
    b = "Prime Minister Rohan Varma opened the new terminal on Saturday."
    (f,) = _codes(_check(a, b), "CC402")
    assert "Ishaan Varma" in f.message and "Rohan Varma" in f.message


# -- participants --------------------------------------------------------------------------


def test_participants_carry_name_age_role_gender_and_title() -> None:
    text = (
        "Officer Dana Whitfield, 41, responded to the call. "
        "A 19-year-old woman was taken to a hospital, police said."
    )
    (doc,) = _docs(text)
    people = find_participants(doc, _ENGINE.analyze(doc, frame=False).mentions)
    named = next(p for p in people if p.name == "Dana Whitfield")
    assert [a.value for a in named.ages] == [41]
    assert [t.office for t in named.titles] == ["Police Officer"]
    described = next(p for p in people if p.name is None)
    assert (described.role, described.gender, described.ages[0].value) == ("victim", "female", 19)


def test_the_cast_links_a_surname_to_the_full_name_in_another_report() -> None:
    docs = _docs(
        "Tomasz Lindqvist, 52, was charged with fraud on Friday.",
        "On Monday, Lindqvist, 52, denied the charges through his lawyer.",
    )
    mentions = {d.id: _ENGINE.analyze(d, frame=False).mentions for d in docs}
    cast = cast_of({d.id: d for d in docs}, mentions)
    assert [(lk.how, lk.a.name, lk.b.name) for lk in cast.links] == [
        ("surname", "Tomasz Lindqvist", "Lindqvist")
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Police Captain Frank Osei said the smoke alarm was not working.",
            "Battalion Chief Frank Osei said the smoke detector had no battery.",
        ),
        (
            "Superior Court Judge Alma Reyes sentenced him to 12 years.",
            "Prosecutor Alma Reyes asked for 12 years in prison.",
        ),
        (
            "CEO Laura Brandt said the plant would close in March.",
            "CFO Laura Brandt said the plant would close in March.",
        ),
    ],
)
def test_two_functions_one_person_cannot_hold_are_a_title_conflict(a: str, b: str) -> None:
    (f,) = _codes(_check(a, b), "CC401")
    # the finding cites the titles, not only the name
    cited = {loc.text for loc in (f.location, *f.related)}
    assert all(" " in t and t.split()[0][0].isupper() for t in cited)
    assert any(
        t.startswith(("Police", "Superior", "CEO", "Battalion", "Prosecutor", "CFO")) for t in cited
    )


def test_a_title_and_the_surname_in_another_report_are_one_person() -> None:
    a = "President Richard Nixon resigned in August 1974."
    b = "Prime Minister Nixon resigned in August 1974."
    (f,) = _codes(_check(a, b), "CC401")
    assert {loc.text for loc in (f.location, *f.related)} == {
        "President Richard Nixon",
        "Prime Minister Nixon",
    }


def test_the_same_title_in_two_outlets_words_is_no_conflict() -> None:
    a = "Fire Chief Ramon Gonzalez said the blaze began in a storage room."
    b = "The blaze began in a storage room, said fire chief Ramon Gonzalez."
    assert [f for f in _check(a, b) if f.code.startswith("CC4") and f.severity != "info"] == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (
            "Kessler's chief financial officer, Laura Brandt, has not responded.",
            "Chief Executive Laura Brandt said the decision was not made lightly.",
            True,
        ),
        (
            "Laura Brandt, the company's chief executive, said the plant would close.",
            "Chief Executive Laura Brandt said the plant would close.",
            False,
        ),
        (
            "The city's police chief, Dana Mercer, said two men were arrested.",
            "Fire Chief Dana Mercer said two men were arrested.",
            True,
        ),
    ],
)
def test_a_title_in_apposition_is_the_persons_title(a: str, b: str, conflict: bool) -> None:
    found = _codes(_check(a, b), "CC401")
    assert len(found) == (1 if conflict else 0)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("A 19-year-old was arrested Wednesday night on the platform.", "suspect"),
        ("The blast killed a 71-year-old man and destroyed two homes.", "victim"),
        ("The gunman fled after wounding two others, including a 9-year-old boy.", "victim"),
        ("A 17-year-old boy was cuffed on the platform by transit police.", "suspect"),
        ("A 30-year-old woman was hospitalized with burns.", "victim"),
    ],
)
def test_the_predicate_tells_the_victim_from_the_suspect(text: str, role: str) -> None:
    (doc,) = _docs(text)
    people = find_participants(doc, _ENGINE.analyze(doc, frame=False).mentions)
    assert [p.role for p in people if p.ages] == [role]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=_slipped(), g=st.sampled_from(GIVEN), title=st.sampled_from(["Dr", "Dr.", "Mr."]))
def test_a_titled_surname_one_letter_off_a_full_name_elsewhere_is_a_slip(
    pair: tuple[str, str], g: str, title: str
) -> None:
    right, wrong = pair
    a = f"Managers said {title} {wrong} had been approached by the health ministry."
    b = f"They spotted {g} {right} on a rival channel on Monday, being mentioned for the post."
    found = _codes(_check(a, b), "CC404")
    if transliteration_like(right, wrong):
        return
    texts = {loc.text for f in found for loc in (f.location, *f.related)}
    assert wrong in " ".join(texts) and right in " ".join(texts), found
