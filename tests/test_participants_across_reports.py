"""One incident told by two outlets in their own words: a participant's age changed in one
report is flagged against the other, whether each report names the person or only describes
them, and wherever the age is told (headline, lead, a later clause); different people are
never set against each other."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claims.participants import find_participants
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Finding
from claimcheck.reading.files import DocInput

_ENGINE = Engine(Config())

GIVEN = ["Marcus", "Darnell", "Luis", "Tyrone", "Kevin", "Andre"]
SURNAMES = ["Delgado", "Whitaker", "Okafor", "Pruitt", "O'Neal", "Van Dyke", "McAllister"]
CITIES = ["Toledo", "Memphis", "Akron", "Dayton", "Tulsa"]


def _doc(text: str, i: int):  # type: ignore[no-untyped-def]
    return _ENGINE.read(DocInput(path=f"r{i}.md", text=text, meta={}))


def _age_findings(*texts: str) -> list[Finding]:
    docs = [_doc(t, i) for i, t in enumerate(texts)]
    return [f for f in _ENGINE.run(docs).findings if f.code == "CC120"]


def _cites_both(f: Finding) -> bool:
    return {f.location.path, *(r.path for r in f.related)} == {"r0.md", "r1.md"}


def _roles(text: str) -> dict[str, str | None]:
    doc = _doc(text, 0)
    people = find_participants(doc, _ENGINE.analyze(doc, frame=False).mentions)
    return {p.name or p.key: p.role for p in people}


#: A report that describes the victim and never names them: where the age is told.
DESCRIBED_VICTIM = [
    "A {n}-year-old man was shot and killed late Friday outside a bar in {c}, police said. "
    "No arrests have been made.",
    "---\ntitle: Man, {n}, shot dead outside {c} bar\n---\n"
    "A gunman opened fire outside a bar in {c} late Friday, police said. No one is in custody.",
    "---\ntitle: {N}-Year-Old Man Killed Outside {c} Bar\n---\n"
    "Police in {c} are looking for the gunman. No one is in custody.",
    "# {c} Man, {n}, Killed In Shooting\n\nPolice said the gunman fled in a dark sedan.",
    "A man was shot outside a {c} bar late Friday. The victim, {n}, died at a hospital.",
    "Police said a {n}-year-old man was found shot outside a bar in {c} late Friday. "
    "He was taken to a hospital, where he died.",
]

#: A report that names the victim: how it gives the part and the age.
NAMED_VICTIM = [
    "Police identified the man killed outside a {c} bar on Friday as {g} {s}, {n}.",
    "The {c} County coroner identified the victim as {n}-year-old {g} {s}.",
    "{g} {s}, {n}, of {c}, was shot and killed late Friday, police said.",
    "The man who died, {g} {s}, {n}, had just left the bar, police said.",
    "The man shot dead outside the bar has been identified as {g} {s}, {n}.",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    described=st.sampled_from(DESCRIBED_VICTIM),
    named=st.sampled_from(NAMED_VICTIM),
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(SURNAMES),
    c=st.sampled_from(CITIES),
    n=st.integers(16, 60),
    changed_in_named=st.booleans(),
)
def test_an_unnamed_victims_age_is_compared_with_the_named_one(
    described: str, named: str, g: str, s: str, c: str, n: int, changed_in_named: bool
) -> None:
    def a(k: int) -> str:
        return described.format(n=k, N=k, c=c)

    def b(k: int) -> str:
        return named.format(n=k, g=g, s=s, c=c)

    assert _age_findings(a(n), b(n)) == []
    other = n + 10
    found = _age_findings(a(n), b(other)) if changed_in_named else _age_findings(a(other), b(n))
    assert any(_cites_both(f) for f in found), found


#: Ways a story tells the one suspect, named, with the age in various places.
NAMED_SUSPECT = [
    "{g} {s}, {n}, was arrested Friday after a standoff in {c}, police said.",
    "Police arrested {g} {s} on Friday. The {n}-year-old was held without bail.",
    "Officers arrested {n}-year-old {g} {s} on Friday after a standoff in {c}.",
    "{g} {s} was arrested Friday after a standoff. He is {n}.",
    "{g} {s} was arrested Friday after a standoff.\n\nThe {n}-year-old father of two had "
    "been wanted since March.",
    "---\ntitle: {c} Man, {n}, Arrested After Standoff\n---\nPolice arrested {g} {s} on Friday.",
    "---\ntitle: {N}-Year-Old Arrested After {c} Standoff\n---\nPolice arrested {g} {s} Friday.",
    "A {n}-year-old man was arrested Friday after a standoff in {c}.",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    wording=st.sampled_from(NAMED_SUSPECT),
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(SURNAMES),
    c=st.sampled_from(CITIES),
    n=st.integers(18, 60),
)
def test_a_suspects_age_is_compared_however_the_report_gives_it(
    wording: str, g: str, s: str, c: str, n: int
) -> None:
    other_report = (
        f"{c.upper()} -- {g} {s}, {n}, of {c}, was taken into custody on Friday after a "
        f"four-hour standoff with officers, police said."
    )
    assert _age_findings(wording.format(g=g, s=s, c=c, n=n, N=n), other_report) == []
    changed = wording.format(g=g, s=s, c=c, n=n + 10, N=n + 10)
    assert any(_cites_both(f) for f in _age_findings(changed, other_report))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # a described officer, then the officer of the other report
            "The officer, a {n}-year-old who joined the force in 2019, was hit in the arm.",
            "Police say the gunman fired at the {n}-year-old officer after a traffic stop.",
        ),
        (  # a possessive description and an apposition
            "The pickup's driver, {n}, of Springfield, suffered minor injuries.",
            "The driver of the pickup, a {n}-year-old Springfield man, was treated at the scene.",
        ),
        (  # a woman among several victims, told in apposition and attributively
            "Two men were killed and a woman was wounded. The woman, {n}, was taken to Ben "
            "Taub Hospital and is expected to survive.",
            "Officers found two men dead in a breezeway. A {n}-year-old woman was shot in the leg.",
        ),
        (  # a boy in critical condition, then the victim of the other report
            "A {n}-year-old boy is in critical condition after being shot in North "
            "Philadelphia on Thursday.",
            "Philadelphia police say a teenager was shot Thursday in North Philadelphia. The "
            "victim, {n}, was rushed to Temple University Hospital.",
        ),
    ],
)
def test_described_people_of_one_part_are_compared(first: str, second: str) -> None:
    assert _age_findings(first.format(n=17), second.format(n=17)) == []
    assert any(_cites_both(f) for f in _age_findings(first.format(n=27), second.format(n=17)))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Police identified the man killed in the shooting as Dan Brown, 19.",
            "Dan Brown",
            "victim",
        ),
        (
            "The Cook County Medical Examiner's office identified the man killed in Englewood "
            "on Saturday as John A. Rodriguez, 19.",
            "John A. Rodriguez",
            "victim",
        ),
        ("The teen who died has been identified as Mark Lewis.", "Mark Lewis", "victim"),
        (
            "Police identified the suspect in the fatal shooting as Dan Brown.",
            "Dan Brown",
            "suspect",
        ),
        ("Dan Brown, 24, of East Orange, was arrested on Monday.", "Dan Brown", "suspect"),
        ("The woman was identified as Jane Doe.", "Jane Doe", None),
    ],
)
def test_the_description_a_name_is_identified_as_gives_its_part(
    text: str, name: str, role: str | None
) -> None:
    assert _roles(text)[name] == role


def test_a_suspect_taken_to_hospital_stays_the_suspect() -> None:
    assert _roles("The suspect, 25, was taken to a hospital.")["described:0"] == "suspect"


def test_a_place_is_not_the_person_a_description_refers_to() -> None:
    text = (
        "Philadelphia police say a teenager was shot Thursday in North Philadelphia.\n\n"
        "The victim, 16, was rushed to Temple University Hospital."
    )
    assert "North Philadelphia" not in _roles(text)


def test_two_victims_of_a_headline_are_not_guessed() -> None:
    """A headline's one description does not join either of two named victims."""
    first = (
        "---\ntitle: Man, 19, shot dead in Toledo\n---\n"
        "Marcus Delgado and Luis Okafor were shot and killed outside a bar, police said."
    )
    second = "Marcus Delgado, 29, and Luis Okafor, 31, died at the scene, police said."
    assert _age_findings(first, second) == []


def test_a_surname_shared_with_a_junior_belongs_to_neither() -> None:
    """ "Herbert Flynn Jr" speaks of his daughter, told by surname alone: her age is not his."""
    first = (
        "Herbert Flynn Jr told reporters his daughter had planned to become a nurse. "
        "Flynn, 20, was shot in April."
    )
    second = "Herbert Flynn Jr., 52, asked the jury for the maximum sentence."
    assert _age_findings(first, second) == []


#: Wire and entertainment copy: the person named once, the age told in another clause.
PROFILE_WORDINGS = [
    "{full} has checked into rehab, a spokesman said. {sur}, who turned {n} in November, "
    "entered Promises on Tuesday.",
    "{full} has checked into rehab. The {n} year old entered Promises on Tuesday.",
    "{full} has checked into rehab. The {n}-year old entered Promises on Tuesday.",
    "{full} has checked into rehab, a spokesman said Tuesday. The Scot, {n}, entered Promises.",
    "{full} has checked into rehab, a spokesman said Tuesday. The {n}-year-old Scot entered "
    "Promises.",
    '{full} has checked into rehab. "All is well," said a spokesman for the {n}-year-old.',
    "{full} has checked into rehab. At {n}, {sur} has been in treatment twice before.",
    "The {n}-year-old, {full}, has checked into rehab, a spokesman said.",
    "On Tuesday, the {n}-year-old checked into rehab. {full} said the stay was voluntary. "
    "{sur} has been there before. {sur} thanked fans.",
    "A {n}-year-old man has been charged with assault. He has been named as {full}.",
    "A {n}-year-old man has been charged with assault after a fight. {full} was arrested "
    "at his home on Friday.",
    "Police said {n}-year-old protester {full} was hurt.",
    "A {n}-year-old man died on Friday after falling from a ridge. {full}, a native of "
    "Auckland, was with a group of skiers. {sur} had planned to stay for four days.",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    wording=st.sampled_from(PROFILE_WORDINGS),
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(["Reid", "Capaldi", "Jenkin", "Kyriakides", "O'Neal"]),
    n=st.integers(20, 70),
)
def test_an_age_told_in_another_clause_is_the_named_persons(
    wording: str, g: str, s: str, n: int
) -> None:
    full = f"{g} {s}"
    other = f"{full}, {n}, was in the news again on Tuesday, a spokesman confirmed."
    assert _age_findings(wording.format(full=full, sur=s, n=n), other) == []
    changed = wording.format(full=full, sur=s, n=n + 10)
    assert any(_cites_both(f) for f in _age_findings(changed, other))


def test_a_victim_among_several_is_not_named_by_the_next_name() -> None:
    """ "A 19-year-old man was killed and two others were wounded. ... John Smith was also
    shot": John Smith may be one of the others."""
    first = (
        "A 19-year-old man was killed and two others were wounded on Friday. Police said "
        "John Smith was also shot."
    )
    second = "John Smith, 25, was treated for a wound to the leg, police said."
    assert _age_findings(first, second) == []


def test_a_word_ending_in_ed_before_and_is_no_verb() -> None:
    """ "The 35-year-old newlywed and father to two boys died": the deputy the gunman shot,
    not the gunman named before."""
    text = (
        "Jose Luis Orozco fired one shot through the door. Orozco hit the deputy in the head. "
        "The 35-year-old newlywed and father to two boys died almost immediately."
    )
    doc = _doc(text, 0)
    people = find_participants(doc, _ENGINE.analyze(doc, frame=False).mentions)
    assert all(35 not in {a.value for a in p.ages} for p in people if p.name)


def test_a_speaker_opening_the_next_sentence_is_not_the_person_described() -> None:
    first = "A 19-year-old man was shot dead on Friday. John Smith said the city grieves."
    second = "John Smith, 52, a city councilman, called for calm."
    assert _age_findings(first, second) == []
