"""Ages a report states as a clause's predicate or through a description of someone it has
named ("he is 44", "the 44-year-old was held"), compared across reports."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claims.participants import find_ages, find_participants
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.reading.files import DocInput

_ENGINE = Engine(Config())

GIVEN = ["Maria", "Daniel", "Keisha", "Tomasz", "Aisha", "Robert", "Lucia", "Darnell"]
SURNAMES = ["Okafor", "Lindqvist", "Castellano", "Whitfield", "Brennan", "Moreno", "Haddad"]
EVENTS = [
    "was arrested after a bank robbery on Main Street",
    "was charged on Friday over the warehouse fire in Eastport",
    "won the marathon in Boston on Monday",
    "was named the new coach of the Rovers on Tuesday",
]


def _doc(text: str, i: int = 0):  # type: ignore[no-untyped-def]
    return _ENGINE.read(DocInput(path=f"r{i}.txt", text=text, meta={}))


def _ages_of(text: str) -> dict[str, set[int]]:
    doc = _doc(text)
    mentions = _ENGINE.analyze(doc, frame=False).mentions
    return {p.name or p.key: {a.value for a in p.ages} for p in find_participants(doc, mentions)}


def _age_findings(*texts: str) -> list[str]:
    docs = [_doc(t, i) for i, t in enumerate(texts)]
    return [f.message for f in _ENGINE.run(docs).findings if f.code == "CC120"]


#: One person named in full, then an age stated of them in another clause.
REFERRING = [
    "{g} {s} {ev}. The {n}-year-old was later released.",
    "{g} {s} {ev}. Police said the {n}-year-old had no record.",
    "{g} {s} {ev}. The {n}-year-old's lawyer declined to comment.",
    "{g} {s} {ev}. The {n}-year-old Dayton native said little.",
    "{g} {s} {ev}. He is {n} and lives in Dayton.",
    "{g} {s} {ev}. She was {n}.",
    "{g} {s}, who is {n}, {ev}.",
    "{g} {s} is {n} years old. The news came as no surprise.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.sampled_from(REFERRING),
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(SURNAMES),
    ev=st.sampled_from(EVENTS),
    n=st.integers(min_value=18, max_value=90),
)
def test_an_age_told_of_a_named_person_in_another_clause_is_theirs(
    template: str, g: str, s: str, ev: str, n: int
) -> None:
    ages = _ages_of(template.format(g=g, s=s, ev=ev, n=n))
    assert ages.get(f"{g} {s}") == {n}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.sampled_from(REFERRING),
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(SURNAMES),
    n=st.integers(min_value=20, max_value=60),
)
def test_a_person_given_two_ages_by_two_reports_is_flagged(
    template: str, g: str, s: str, n: int
) -> None:
    ev = EVENTS[0]
    mine = template.format(g=g, s=s, ev=ev, n=n + 10)
    theirs = f"Police said {g} {s}, {n}, of Dayton, {ev}."
    found = _age_findings(mine, theirs)
    pair = (f"age is {n + 10} here but {n} ", f"age is {n} here but {n + 10} ")
    assert any(p in m for m in found for p in pair), found


def test_age_at_death_is_the_persons_age() -> None:
    for text in (
        "Bettie Lorne died Thursday in Los Angeles at 85.",
        "Mark Ellison, the pin-up photographer, died on Thursday, aged 85.",
        "Mark Ellison has died. He died at the age of 85 after a long illness.",
    ):
        ages = _ages_of(text)
        assert {85} in ages.values(), text


def test_an_age_then_or_of_someone_else_is_not_the_named_persons() -> None:
    texts = [
        # an age at the time of an earlier event
        "Reyes was sentenced on Monday. Tomas Reyes, who was 18 at the time, admitted the attack.",
        "Tomas Reyes was sentenced on Monday. He was 15 when the family moved to Ohio.",
        # a description after a verb or a preposition names the other party
        "Tomas Reyes was sentenced on Monday. He was convicted of the assault on the 15-year-old.",
        "Witnesses said Tomas Reyes told the 36-year-old driver to stop.",
        # a description its own sentence introduced first is that person
        "Tomas Reyes was arrested. A woman was shot in the leg, and the 36-year-old woman died.",
        # someone named earlier in the description's own sentence is someone else
        "Tomas Reyes said the 36-year-old deputy was shot twice.",
        # a child or a relative is someone else in all likelihood
        "Tomas Reyes was arrested on Monday. The 12-year-old girl was unhurt.",
        # not a person's age
        "Tomas Reyes was arrested on Monday. The score was 44 at half-time.",
    ]
    for text in texts:
        ages = _ages_of(text)
        assert not ages.get("Tomas Reyes"), (text, ages)


def test_a_pronouns_age_needs_one_person_to_refer_to() -> None:
    text = "Tomas Reyes met Ana Lindqvist on Monday in a cafe in Dayton. She is 44 and lives there."
    ages = _ages_of(text)
    assert ages.get("Tomas Reyes", set()) | ages.get("Ana Lindqvist", set()) <= {44}
    doc = _doc("He is 44 and lives in Dayton.")
    mentions = _ENGINE.analyze(doc, frame=False).mentions
    assert [a.value for a in find_ages(doc, mentions)] == [44]
    assert not any(p.ages for p in find_participants(doc, mentions))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(SURNAMES),
    n=st.integers(min_value=18, max_value=80),
    form=st.sampled_from(["{s}, {n}, signed the deal.", "{s}, a {n}-year-old father, signed."]),
)
def test_a_surname_opening_a_sentence_beside_an_age_is_the_person(
    g: str, s: str, n: int, form: str
) -> None:
    mine = f"{form.format(s=s, n=n + 10)} The club had chased {g} {s} for a year."
    theirs = f"{g} {s}, {n}, agreed terms with the club on Tuesday."
    found = _age_findings(mine, theirs)
    assert any(f"{g} {s}" in m for m in found), found


def test_a_sentence_opening_word_that_is_no_name_is_not_made_one() -> None:
    for text in (
        "Meanwhile, 45, the total, was reached.",
        "Police, 12, were there.",
        "Showrunner, 51, says the role went to Peter Capaldi.",
    ):
        doc = _doc(text)
        mentions = _ENGINE.analyze(doc, frame=False).mentions
        assert not [p for p in find_participants(doc, mentions) if p.ages], text


def test_a_definite_description_with_its_age_set_off_refers_back() -> None:
    for text in (
        "Tara Lindqvist has checked into a clinic, her publicist said. The actress, 43, is in Malibu.",
        "Police named Omar Haddad on Friday. The victim, aged 43, had lived in Dayton.",
    ):
        ages = _ages_of(text)
        assert {43} in ages.values() and not any(k.startswith("described") for k in ages), text


def test_a_relative_described_by_pronoun_is_linked_to_the_family_across_reports() -> None:
    mine = "Maria Okafor was shot outside a bank on Main Street. Her 14-year-old son was unhurt."
    theirs = "Maria Okafor, 34, was shot on Main Street. Okafor's 4-year-old son was not hurt."
    found = _age_findings(mine, theirs)
    assert any("Okafor\u2019s son" in m for m in found), found


def test_the_subject_of_died_is_whose_age_at_death_it_is() -> None:
    ages = _ages_of("Mark Ellison, the FBI official known as Deep Throat, has died aged 85.")
    assert ages.get("Mark Ellison") == {85}


def test_the_speaker_of_the_sentence_is_not_whom_a_description_refers_to() -> None:
    text = (
        "Omar Haddad was the only name considered, festival boss Karen Moreno said. "
        "Moreno also said that the 55-year-old's love of theatre had decided it."
    )
    ages = _ages_of(text)
    assert ages.get("Omar Haddad") == {55} and not ages.get("Karen Moreno")


def test_a_description_refers_to_the_person_the_story_is_about_when_several_were_named() -> None:
    text = (
        "Omar Haddad will play the lead, the studio said. Haddad replaces Ivan Brennan. "
        "Haddad was picked from a shortlist. On Monday the studio praised Haddad and "
        "Ivan Brennan. The 55-year-old star starts filming in May."
    )
    assert _ages_of(text).get("Omar Haddad") == {55}


def test_a_description_after_what_was_done_to_the_named_victim_is_the_victim() -> None:
    for text in (
        "Police said Kimani Brennan was shot by officers on Saturday. "
        "Two officers fatally shot the 16-year-old after he pointed a gun.",
        "Maria Okafor was stabbed on a platform on Monday. A man stabbed the 45-year-old "
        "twice, witnesses said.",
    ):
        ages = _ages_of(text)
        assert {16, 45} & set().union(*ages.values()), (text, ages)
        assert not any(k.startswith("described") for k in ages if ages[k]), (text, ages)


SCENES = ["outside a bar on Elm Street", "at a bus stop on Dock Road", "in a park in Millbrook"]


@pytest.mark.parametrize("scene", SCENES)
def test_several_unnamed_victims_each_compare_with_their_counterpart(scene: str) -> None:
    a = f"A gunman killed a 19-year-old man and wounded a 34-year-old woman {scene} on Saturday."
    b = (
        f"A 29-year-old man was killed and a 34-year-old woman was wounded in a shooting "
        f"{scene} on Saturday."
    )
    found = _age_findings(a, b)
    assert len(found) == 1 and "19" in found[0] and "29" in found[0]
    assert _age_findings(a, b.replace("29-year-old", "19-year-old")) == []


@pytest.mark.parametrize("scene", SCENES)
def test_a_description_in_apposition_to_the_victim_is_the_victims(scene: str) -> None:
    a = f"The victim, a 19-year-old student, died at the scene {scene} on Saturday."
    b = f"The 29-year-old victim died at the scene of the shooting {scene} on Saturday."
    found = _age_findings(a, b)
    assert found and "victim" in found[0]


@pytest.mark.parametrize(
    "template",
    [
        "{g} {s} is a {n}-year-old actress from New Jersey.",
        "{g} {s}, now {n}, checked into a clinic in Malibu.",
        "{g} {s} was a {n}-year-old father of two.",
    ],
)
def test_an_age_in_a_predicate_noun_or_with_now_is_the_named_persons(template: str) -> None:
    for g, s in zip(GIVEN[:3], SURNAMES[:3], strict=True):
        assert _ages_of(template.format(g=g, s=s, n=33)).get(f"{g} {s}") == {33}


def test_a_finding_cites_every_statement_of_the_other_age() -> None:
    mine = "Darnell Whitfield, 44, was arrested after a bank robbery on Main Street."
    theirs = (
        "Police said Darnell Whitfield, 34, was arrested on Main Street. "
        "The 34-year-old was held on bail."
    )
    docs = [_doc(t, i) for i, t in enumerate((mine, theirs))]
    found = [f for f in _ENGINE.run(docs).findings if f.code == "CC120"]
    assert len(found) == 1
    cited = {(loc.path, loc.text) for loc in (found[0].location, *found[0].related)}
    assert {("r1.txt", "34"), ("r1.txt", "34-year-old"), ("r0.txt", "44")} <= cited


def test_a_named_victim_described_as_a_girl_links_to_the_girl_another_report_describes() -> None:
    mine = (
        "A sniper killed Ana Lindqvist, 34, on Elm Street on Saturday and wounded two others, "
        "including an 11-year-old girl. Police later named the girl as Keisha Moreno, 11."
    )
    theirs = (
        "Ana Lindqvist was killed on Elm Street on Saturday. Another mother and a 21-year-old "
        "girl were wounded by the sniper."
    )
    found = _age_findings(mine, theirs)
    assert any("11" in m and "21" in m for m in found), found


def test_a_description_far_from_any_name_refers_to_the_person_the_story_is_about() -> None:
    text = (
        "Omar Haddad will play the Doctor, the studio said on Sunday. Haddad was the only "
        "name considered. Haddad starts filming in May. Fans welcomed the choice online. "
        "Critics were kinder still. The 55-year-old has long loved the show."
    )
    assert _ages_of(text).get("Omar Haddad") == {55}
