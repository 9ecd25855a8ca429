"""The ways news states a participant's age and title, compared across two reports: each
wording read as the person's, so that a report giving another age or post is flagged, and
the wordings that name someone else are not."""

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

GIVEN = ["Marcus", "Trina", "Daniel", "Keisha", "Tomasz", "Lucia"]
SURNAMES = ["Delgado", "Oakes", "Lindqvist", "Okafor", "Brennan", "Haddad"]


def _doc(text: str, i: int = 0):  # type: ignore[no-untyped-def]
    return _ENGINE.read(DocInput(path=f"r{i}.txt", text=text, meta={}))


def _findings(*texts: str, code: str) -> list[Finding]:
    docs = [_doc(t, i) for i, t in enumerate(texts)]
    return [f for f in _ENGINE.run(docs).findings if f.code == code]


def _ages_of(text: str) -> dict[str, set[int]]:
    doc = _doc(text)
    mentions = _ENGINE.analyze(doc, frame=False).mentions
    return {p.name or p.key: {a.value for a in p.ages} for p in find_participants(doc, mentions)}


def _cites_both(f: Finding) -> bool:
    return {f.location.path, *(r.path for r in f.related)} == {"r0.txt", "r1.txt"}


#: An age in apposition or in a clause of its own, however it is punctuated or spelt.
AGE_WORDINGS = [
    "{g} {s} Jr., {n}, was arrested on Tuesday in Dayton.",
    "{g} {s} - {n} - was arrested on Tuesday in Dayton.",
    "{g} {s}, {n} years old, was arrested on Tuesday in Dayton.",
    "{g} {s}, {n} years of age, was arrested on Tuesday in Dayton.",
    "{g} {s} was arrested on Tuesday in Dayton. He had just turned {n}.",
    "{g} {s} was arrested on Tuesday in Dayton. She has recently turned {n}.",
    "Police arrested {g} {s} on Tuesday. The {n}-year-old quarterback was released later.",
    "Police arrested {g} {s} on Tuesday. The {n}-year-old former nurse was released later.",
    "Police arrested {g} {s} on Tuesday. The {n}-year-old signed with a new club last month.",
    "Striker {g} {s}, {n}, was arrested on Tuesday in Dayton.",
    "Der {n}-jährige {g} {s} wurde am Dienstag in Dayton festgenommen.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    wording=st.sampled_from(AGE_WORDINGS),
    g=st.sampled_from(GIVEN),
    s=st.sampled_from(SURNAMES),
    n=st.integers(min_value=18, max_value=70),
)
def test_each_wording_of_an_age_is_compared_with_another_reports(
    wording: str, g: str, s: str, n: int
) -> None:
    mine = wording.format(g=g, s=s, n=n + 10)
    theirs = f"{g} {s}, {n}, was taken into custody in Dayton on Tuesday, police said."
    found = _findings(mine, theirs, code="CC120")
    told = (f"{n + 10} here but {n} ", f"{n} here but {n + 10} ")
    assert any(_cites_both(f) and any(t in f.message for t in told) for f in found), found
    assert not _findings(wording.format(g=g, s=s, n=n), theirs, code="CC120")


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Delgado and Trina Oakes, ages 19 and 22, were killed on Alder Street.",
        "Marcus Delgado, Ann Lee and Trina Oakes, ages 19, 20 and 22, were killed on Sunday.",
        "The dead, Marcus Delgado and Trina Oakes (aged 19 and 22), were students.",
    ],
)
def test_a_list_of_ages_after_a_list_of_names_gives_each_name_its_age(text: str) -> None:
    ages = _ages_of(text)
    assert ages["Marcus Delgado"] == {19}
    assert ages["Trina Oakes"] == {22}


def test_a_list_of_ages_after_as_many_people_unnamed_is_no_ones() -> None:
    ages = _ages_of("Three men - ages 15, 18 and 22 - were hurt. Marcus Delgado saw it.")
    assert not ages.get("Marcus Delgado")


@pytest.mark.parametrize(
    "intro",
    [
        "A {n}-year-old woman died after she was struck in a parking lot on Friday. "
        "The victim was later identified as Luann Marsh of Burnsville.",
        "A {n}-year-old woman died after she was struck in a parking lot on Friday. "
        "Police identified the woman as Luann Marsh of Burnsville.",
        "A woman, {n}, died after she was struck in a parking lot on Friday. "
        "She has been identified as Luann Marsh.",
    ],
)
def test_a_described_person_identified_in_the_next_sentence_is_that_person(intro: str) -> None:
    assert _ages_of(intro.format(n=52))["Luann Marsh"] == {52}
    theirs = "Luann Marsh, 42, of Burnsville, was hit by a car in a parking lot on Friday."
    assert any(_cites_both(f) for f in _findings(intro.format(n=52), theirs, code="CC120"))


def test_a_suspect_identified_next_is_not_the_victim_described() -> None:
    text = (
        "A 52-year-old woman died after she was struck in a parking lot on Friday. "
        "The suspect was identified as Luann Marsh."
    )
    assert not _ages_of(text).get("Luann Marsh")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The dead were identified as Karen Poole, 52, and her son, Jason Poole, 19. The driver "
            "of the truck, a 44-year-old man from Salem, was treated for minor injuries.",
            "Karen Poole, 52, and Jason Poole, 19, died at the scene, police said. The 44-year-old "
            "driver of the pickup was not seriously hurt.",
        ),
        (
            "Ana Ruiz, 30, and Jo Wend, 41, were hurt. The 25-year-old owner of the bar called 911.",
            "Ana Ruiz, 30, and Jo Wend, 41, were hurt in the fight. The bar's owner, 25, called 911.",
        ),
    ],
)
def test_a_description_of_someone_new_is_not_a_person_named_before(a: str, b: str) -> None:
    assert _findings(a, b, code="CC120") == []


def test_the_one_driver_of_each_report_is_one_person() -> None:
    a = "Two people died on Route 9. The driver of the truck, a 44-year-old man, was unhurt."
    b = "Two people were killed in a crash on Route 9. The 54-year-old driver was not hurt."
    found = _findings(a, b, code="CC120")
    assert any(_cites_both(f) and "driver" in f.message for f in found), found


@pytest.mark.parametrize("n", [19, 33, 61])
def test_a_full_name_in_a_title_case_headline_is_the_persons(n: int) -> None:
    a = f"Kimani Gray, {n + 10}, Killed By Police In Brooklyn\n\nPolice say Kimani Gray was shot."
    b = f"Two officers shot and killed {n}-year-old Kimani Gray on Saturday night in Brooklyn."
    found = _findings(a, b, code="CC120")
    assert any(_cites_both(f) for f in found), found
    mine = [x for f in found for x in (f.location, *f.related) if x.path == "r0.txt"]
    assert mine and all(a[x.start : x.end] == str(n + 10) for x in mine)


#: Two posts one person does not hold at once, however the reports are dated.
POSTS = [
    ("Sheriff", "Police Chief"),
    ("Senator", "Governor"),
    ("Sen.", "Gov."),
    ("Representative", "Mayor"),
    ("Secretary of State", "Defense Secretary"),
    ("Treasury Secretary", "Defense Secretary"),
    ("Health Minister", "Education Minister"),
    ("Minister", "Governor"),
    ("Chairman", "CFO"),
]


@pytest.mark.parametrize(("post_a", "post_b"), POSTS)
@pytest.mark.parametrize(
    "frame",
    [
        "{t} Helen Marsh said on Tuesday that the talks would go on.",
        "The plan was announced by {t} Helen Marsh at a news conference.",
    ],
)
def test_two_posts_one_person_cannot_hold_together_are_flagged(
    post_a: str, post_b: str, frame: str
) -> None:
    theirs = f"Talks will resume next week, {post_a} Helen Marsh said in Geneva."
    found = _findings(frame.format(t=post_b), theirs, code="CC401")
    assert any(_cites_both(f) and "Helen Marsh" in f.message for f in found), found
    assert _findings(frame.format(t=post_a), theirs, code="CC401") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Representative Helen Marsh", "Congresswoman Helen Marsh"),
        ("former Defense Secretary Helen Marsh", "Secretary of State Helen Marsh"),
        ("Secretary of State Helen Marsh", "Foreign Minister Helen Marsh"),
        ("Prime Minister Helen Marsh", "Member of Parliament Helen Marsh"),
        ("Director Helen Marsh", "Producer Helen Marsh"),
    ],
)
def test_posts_one_person_may_hold_together_or_in_turn_are_not_flagged(a: str, b: str) -> None:
    mine = f"The plan was announced by {a} at a news conference on Tuesday."
    theirs = f"Talks will resume next week, {b} said in Geneva."
    assert _findings(mine, theirs, code="CC401") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Maria Gray, 45, said her son Kimani Gray, 16, was unarmed when police shot him.",
            "Kimani Gray, 16, was shot by police on Saturday. Gray, 45, his mother, said he was "
            "unarmed.",
        ),
        (
            "Kimani Gray, 16, was shot by police. His mother, Maria Gray, spoke on Monday. Gray, "
            "45, said he was unarmed.",
            "Kimani Gray, 16, was killed on Saturday. Maria Gray, 45, said her son was unarmed.",
        ),
        (
            "Tomas Reyes, 19, and his father, Luis Reyes, were arrested. Reyes, 52, was released.",
            "Tomas Reyes, 19, was charged on Monday; his father Luis Reyes, 52, was not.",
        ),
    ],
)
def test_two_people_sharing_a_surname_are_never_given_each_others_age(a: str, b: str) -> None:
    assert _findings(a, b, code="CC120") == []


#: An unnamed person's age stated of a description: after "aged", as a predicate, in apposition.
UNNAMED = [
    "A man aged {n} was shot dead on Alder Street on Sunday.",
    "A man was shot dead on Alder Street on Sunday. The victim was {n}.",
    "A man, {n}, was shot and killed on Alder Street on Sunday.",
    "The victim, a {n}-year-old man, died on Alder Street on Sunday.",
]


@pytest.mark.parametrize("wording", UNNAMED)
@pytest.mark.parametrize("n", [19, 47])
def test_the_one_victim_each_report_describes_is_one_person(wording: str, n: int) -> None:
    theirs = f"A {n + 10}-year-old man was shot and killed on Alder Street on Sunday night."
    found = _findings(wording.format(n=n), theirs, code="CC120")
    assert any(_cites_both(f) for f in found), found
    same = f"A {n}-year-old man was shot and killed on Alder Street on Sunday night."
    assert _findings(wording.format(n=n), same, code="CC120") == []


@pytest.mark.parametrize(
    ("described", "named"),
    [
        (
            "A {n}-year-old man was arrested Tuesday after a hit-and-run in Queens, police said.",
            "Police charged Vish Subryan, {m}, of Schenectady, with leaving the scene in Queens.",
        ),
        (
            "A {n}-year-old man was arrested Tuesday after a hit-and-run in Queens, police said.",
            "Officers arrested {m}-year-old Vish Subryan of Schenectady after the Queens crash.",
        ),
        (
            "A {n}-year-old woman was killed Tuesday in a hit-and-run in Queens, police said.",
            "A driver struck and killed Raj Chohan, {m}, as she crossed a street in Queens.",
        ),
        (
            "A {n}-year-old employee opened fire at the plant on Tuesday, killing two co-workers.",
            "Yvonne Hiller, {m}, opened fire at the plant on Tuesday after she was suspended.",
        ),
    ],
)
def test_a_report_that_names_the_person_and_one_that_describes_them_are_compared(
    described: str, named: str
) -> None:
    found = _findings(described.format(n=33), named.format(m=43), code="CC120")
    assert any(_cites_both(f) for f in found), found
    assert _findings(described.format(n=33), named.format(m=33), code="CC120") == []


@pytest.mark.parametrize(
    "text",
    [
        "A man, 19, killed in a crash on Route 9 was identified on Monday.",
        "A 19-year-old man gunned down in the street on Friday was identified.",
        "A 19-year-old man was shot and killed on Friday.",
    ],
)
def test_a_passive_participle_does_not_make_the_person_the_suspect(text: str) -> None:
    doc = _doc(text)
    mentions = _ENGINE.analyze(doc, frame=False).mentions
    assert all(p.role != "suspect" for p in find_participants(doc, mentions))


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        (
            "Rosa Alvarez, the city's police chief, said there was no suspect.",
            "Sheriff Rosa Alvarez said on Monday that there was no suspect yet.",
        ),
        (
            "Rosa Alvarez, the county police chief, said there was no suspect.",
            "Rosa Alvarez, the sheriff, said on Monday that there was no suspect yet.",
        ),
        (
            "Tom Reyes, the prosecutor in the case, asked for bail of $50,000.",
            "Judge Tom Reyes set bail at $50,000 on Monday.",
        ),
    ],
)
def test_a_title_in_apposition_with_a_place_or_a_generic_owner_is_read(
    mine: str, theirs: str
) -> None:
    found = _findings(mine, theirs, code="CC401")
    assert any(_cites_both(f) for f in found), found


def test_a_capitalised_or_current_title_after_a_name_is_read_and_a_former_one_is_past() -> None:
    mine = "Fritz Hendersin, the current chief operating officer, spoke on Tuesday."
    theirs = "On Monday Fritz Henderson, the Chief Executive Officer of General Motors, spoke."
    slips = _findings(mine, theirs, code="CC404")
    assert any(_cites_both(f) for f in slips), slips
    former = "Jane Doe, the former mayor of Eastport, said the pier would reopen."
    now = "Governor Jane Doe said on Monday the pier would reopen soon."
    assert _findings(former, now, code="CC401") == []


#: A description that refers back to the one person named: past a quoted speaker, several
#: sentences on, or with the age in a relative clause.
REFERRING_BACK = [
    '{g} {s} checked into rehab on Monday. "She is doing well," her publicist, Ben Hale, '
    "said. The {n}-year-old actress has struggled for years.",
    "{g} {s} checked into rehab on Monday, a source said. She was seen at a party last week. "
    "Friends said she had been drinking. The {n}-year-old actress has struggled for years.",
    "{g} {s} has gone to rehab. The actress, who is {n}, checked in on Monday.",
]


@pytest.mark.parametrize("wording", REFERRING_BACK)
@pytest.mark.parametrize(("g", "s"), [("Tara", "Lindqvist"), ("Dana", "Okafor")])
def test_a_description_refers_back_to_the_one_person_named(wording: str, g: str, s: str) -> None:
    assert _ages_of(wording.format(g=g, s=s, n=33))[f"{g} {s}"] == {33}
    assert not _ages_of(wording.format(g=g, s=s, n=33)).get("Ben Hale")
