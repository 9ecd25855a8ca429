"""How local reports of shootings and crashes state their counts.

Sentences written for these tests in the styles of local television, newspaper and wire copy
about shootings in US cities: datelines before the lead, the dead told as a part of those shot
("four people were shot, one fatally"), wounds graded as not life-threatening, and "N more"
after a count of the dead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Claim
from claimcheck.reading.files import DocInput

PUBLISHED = dt.date(2025, 6, 16)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _claims(engine: Engine, text: str) -> dict[str, Claim]:
    meta: dict[str, object] = {
        "published": PUBLISHED,
        "published_from": "manifest",
        "language": "en",
    }
    doc = engine.read(DocInput(path="a.txt", text=text, meta=meta))
    return {c.mention.text: c for c in engine.analyze(doc).claims if c.kind == "number"}


def _read(engine: Engine, text: str, figure: str) -> tuple[str | None, str]:
    c = _claims(engine, text)[figure]
    return c.attribute, c.scope


DATELINES = ["CHICAGO --", "HOUSTON (KTRK) --", "Dayton, Ohio (WHIO) -", "MEMPHIS, Tenn. —"]
LEADS = [
    ("Two men were killed and four others were wounded Sunday.", "Two", "killed"),
    ("Three people were shot outside a nightclub early Saturday.", "Three", "shot"),
    ("Eleven people were arrested after a brawl at the fair.", "Eleven", "arrested"),
    ("Nineteen passengers were hurt when the bus overturned.", "Nineteen", "injured"),
]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize(("lead", "figure", "attribute"), LEADS)
def test_a_spelled_count_right_after_a_dateline_is_a_count(
    engine: Engine, dateline: str, lead: str, figure: str, attribute: str
) -> None:
    assert _read(engine, f"{dateline} {lead}", figure) == (attribute, "unknown")


FATALLY = [
    ("Police say four people were shot, one fatally, near the park.", "one"),
    ("Five people were shot, two of them fatally, outside a store late Friday.", "two"),
    ("Eight were shot, three fatally, in a spree across the east side.", "three"),
    ("Police: 5 shot outside Halsted Street store, 2 fatally", "2"),
    ("Officers found three victims, one fatally wounded, in the alley.", "one"),
    ("Two men were fatally shot and a woman was wounded on Friday.", "Two"),
    ("Three teenagers were fatally stabbed outside the school.", "Three"),
]


@pytest.mark.parametrize(("text", "figure"), FATALLY)
def test_those_shot_fatally_are_all_the_dead(engine: Engine, text: str, figure: str) -> None:
    assert _read(engine, text, figure) == ("killed", "unknown")


def test_those_shot_stay_a_count_of_the_shot(engine: Engine) -> None:
    claims = _claims(engine, "Police say four people were shot, one fatally, near the park.")
    assert claims["four"].attribute == "shot"


NOT_LIFE_THREATENING = [
    ("Three people suffered non-life-threatening injuries, police said.", "Three"),
    ("Two women sustained non-life-threatening gunshot wounds.", "Two"),
    ("Four victims suffered non-life-threatening injuries in the crash.", "Four"),
]


@pytest.mark.parametrize(("text", "figure"), NOT_LIFE_THREATENING)
def test_wounds_that_are_not_life_threatening_count_the_wounded(
    engine: Engine, text: str, figure: str
) -> None:
    assert _read(engine, text, figure) == ("injured", "unknown")


GRADED = [
    (
        "One man suffered life-threatening injuries and two others suffered "
        "non-life-threatening injuries.",
        "two",
    ),
    ("Three suffered serious burns.", "Three"),
    ("Two firefighters suffered critical injuries.", "Two"),
]


@pytest.mark.parametrize(("text", "figure"), GRADED)
def test_injuries_graded_beside_worse_ones_are_a_part(
    engine: Engine, text: str, figure: str
) -> None:
    assert _claims(engine, text)[figure].scope == "partial"


MORE = [
    ("The crash killed three people and seriously injured two more on Monday.", "two"),
    ("A gunman shot dead two men and wounded four more outside the bar.", "four"),
    ("The blaze killed one resident and injured six more, officials said.", "six"),
]


@pytest.mark.parametrize(("text", "figure"), MORE)
def test_n_more_after_the_dead_counts_every_one_hurt(
    engine: Engine, text: str, figure: str
) -> None:
    assert _read(engine, text, figure) == ("injured", "unknown")


def test_n_more_of_the_same_predicate_stays_a_part(engine: Engine) -> None:
    claims = _claims(engine, "Three people died Friday and two more died on Saturday.")
    assert claims["two"].scope == "partial"


SHOT_AND_KILLED = [
    ("Two men were shot and killed outside a gas station on Friday.", "Two"),
    ("Police said three people were shot to death inside the home.", "three"),
    ("Four teenagers were shot dead at a bus stop.", "Four"),
    ("The gunman shot and killed two people before fleeing.", "two"),
]


@pytest.mark.parametrize(("text", "figure"), SHOT_AND_KILLED)
def test_shot_and_killed_counts_the_dead(engine: Engine, text: str, figure: str) -> None:
    assert _read(engine, text, figure) == ("killed", "unknown")


ONE_DEAD = [
    ("A man was shot and killed early Sunday outside a bar on Elm Street.", "A man"),
    ("DAYTON, Ohio (WHIO) -- A 19-year-old was shot and killed Saturday night.", "A 19-year-old"),
    ("Police say a 27-year-old man died after he was shot outside a bar.", "a 27-year-old man"),
    ("An elderly woman was fatally struck by a pickup truck on Route 9.", "An elderly woman"),
    ("A teenager died after a shooting at a park on the east side.", "A teenager"),
]


@pytest.mark.parametrize(("text", "phrase"), ONE_DEAD)
def test_one_dead_told_by_the_article_alone_is_a_count_of_one(
    engine: Engine, text: str, phrase: str
) -> None:
    claim = _claims(engine, text)[phrase]
    assert (claim.attribute, claim.mention.value.value) == ("killed", 1.0)  # type: ignore[union-attr]


NOT_ONE_DEAD = [
    "Detectives returned to the corner weeks after a man was killed there.",
    "A man was shot and killed Saturday. A second victim died on Sunday.",
    "Police said the gunman killed a woman and then himself.",
    "A man and a woman were killed when the car left the road.",
]


@pytest.mark.parametrize("text", NOT_ONE_DEAD)
def test_a_death_recalled_or_one_of_several_is_no_count_of_one(engine: Engine, text: str) -> None:
    assert not [c for c in _claims(engine, text).values() if c.mention.extractor == "single"]


@pytest.mark.parametrize(
    "headline", ["Man, 19, killed in north side shooting", "Teen dies after crash on Route 9"]
)
def test_a_headline_naming_one_dead_counts_one(engine: Engine, headline: str) -> None:
    claims = _claims(engine, headline + "\n\nPolice said the incident happened on Sunday.\n")
    singles = [c for c in claims.values() if c.mention.extractor == "single"]
    assert [(c.attribute, c.headline) for c in singles] == [("killed", True)]


AGES = [
    ("Police said the gunfire broke out after closing. The man who died was 27.", "27"),
    ("The victim was 19 and a student at Central High.", "19"),
    ("Police said the shooter was 17, and the victim was 22.", "22"),
    ("A 59-year-old mother of two died when a drunken driver struck her.", "two"),
    ("Hit-and-run crash leaves Queens father of 3 dead", "3"),
]


@pytest.mark.parametrize(("text", "figure"), AGES)
def test_an_age_or_a_parents_children_is_no_count_of_the_dead(
    engine: Engine, text: str, figure: str
) -> None:
    assert _claims(engine, text)[figure].attribute is None


def test_a_toll_given_by_was_is_still_a_toll(engine: Engine) -> None:
    assert _read(engine, "The death toll was 27 on Monday.", "27")[0] == "killed"


SURVIVORS = [
    ("The three survivors are expected to recover.", "three"),
    ("Three victims are expected to survive, police said.", "Three"),
    ("Four people were listed in stable condition at Mercy Hospital.", "Four"),
]


@pytest.mark.parametrize(("text", "figure"), SURVIVORS)
def test_victims_who_survive_are_the_wounded(engine: Engine, text: str, figure: str) -> None:
    assert _read(engine, text, figure) == ("injured", "unknown")


def test_a_breakdown_right_after_the_whole_is_a_part(engine: Engine) -> None:
    text = "The three wounded victims, two women and a man, were in stable condition."
    assert _claims(engine, text)["two"].scope == "partial"


CITYWIDE = [
    (
        "It was a violent weekend. Across Chicago, at least 41 people had been shot since "
        "Friday evening, seven of them fatally.",
        "seven",
    ),
    ("Across the city, 26 people were wounded in shootings over the holiday weekend.", "26"),
    ("Statewide, 12 people died on the roads since Friday, troopers said.", "12"),
]


@pytest.mark.parametrize(("text", "figure"), CITYWIDE)
def test_a_citywide_total_is_no_count_of_the_incident(
    engine: Engine, text: str, figure: str
) -> None:
    assert _claims(engine, text)[figure].scope == "total"


def test_a_count_since_a_weekday_alone_is_the_incidents(engine: Engine) -> None:
    assert _read(engine, "Three hikers have been missing since Friday.", "Three") == (
        "missing",
        "unknown",
    )


HEADLINE_VERBS = [
    ("Apartment fire injures 5, displaces 30 in Tucson", "30", "displaced"),
    ("Blaze displaces 40 residents on Elm Street", "40", "displaced"),
]


@pytest.mark.parametrize(("headline", "figure", "attribute"), HEADLINE_VERBS)
def test_each_verb_of_a_headline_binds_its_own_figure(
    engine: Engine, headline: str, figure: str, attribute: str
) -> None:
    claims = _claims(engine, headline + "\n\nFire crews were called on Saturday.\n")
    assert claims[figure].attribute == attribute


SENT_WITH_ASIDE = [
    "The fire sent five people, including two firefighters, to the hospital.",
    "The crash sent 12 passengers, among them three children, to area hospitals.",
]


@pytest.mark.parametrize("text", SENT_WITH_ASIDE)
def test_sent_to_hospital_across_an_aside_counts_the_hurt(engine: Engine, text: str) -> None:
    whole = next(c for c in _claims(engine, text).values() if c.scope == "unknown")
    assert whole.attribute == "injured"


WITH_THE_ATTACKER = [
    ("Gunman kills 3, then himself at Tacoma warehouse", "3"),
    ("4 dead, including shooter, at Tacoma warehouse", "4"),
    ("Four people, including the gunman, are dead after a shooting in Tacoma.", "Four"),
    (
        "A former employee shot and killed three co-workers on Tuesday and then killed himself.",
        "three",
    ),
    ("The gunman killed five people before turning the gun on himself, police said.", "five"),
]


@pytest.mark.parametrize(("text", "figure"), WITH_THE_ATTACKER)
def test_a_toll_with_or_without_the_attacker_is_no_plain_toll(
    engine: Engine, text: str, figure: str
) -> None:
    assert _claims(engine, text + "\n\nPolice were called on Tuesday.\n")[figure].scope == "partial"


def test_a_toll_with_no_attacker_named_stays_the_toll(engine: Engine) -> None:
    assert _read(engine, "The gunman killed five people, police said.", "five") == (
        "killed",
        "unknown",
    )


OTHERS = [
    ("Two other workers were wounded.", "Two"),
    ("Two more employees were hurt and taken to the hospital.", "Two"),
    ("Three other passengers were injured.", "Three"),
]


@pytest.mark.parametrize(("text", "figure"), OTHERS)
def test_a_counted_noun_after_other_or_more_still_takes_its_predicate(
    engine: Engine, text: str, figure: str
) -> None:
    assert _claims(engine, text)[figure].attribute == "injured"


def test_employees_counted_with_no_predicate_are_the_staff(engine: Engine) -> None:
    text = "The plant has about 150 employees at the site where the shooting happened."
    assert _claims(engine, text)["about 150"].attribute == "employed"


def test_others_in_a_later_paragraph_contrast_with_the_leads_dead(engine: Engine) -> None:
    text = (
        "Four people are dead after a shooting at a warehouse in Tacoma on Tuesday.\n\n"
        "Investigators say the shooter opened fire in a break room. Two more employees were "
        "hurt and taken to Tacoma General Hospital.\n"
    )
    assert _read(engine, text, "Two") == ("injured", "unknown")


def test_those_carried_home_are_those_on_board(engine: Engine) -> None:
    text = "The bus was carrying 23 students home from a volleyball tournament."
    claim = _claims(engine, text)["23"]
    assert (claim.attribute, claim.subject) == ("aboard", "children")


RECALLED = [
    "Earlier this year, a campus shooting left three professors dead and three others wounded.",
    "Last year, a fire at the same plant killed four workers.",
    "Two years ago, a crash at the intersection killed five people.",
]


@pytest.mark.parametrize("text", RECALLED)
def test_a_toll_recalled_from_an_earlier_time_is_background(engine: Engine, text: str) -> None:
    counts = [c for c in _claims(engine, text).values() if c.attribute]
    assert counts and all(c.scope == "background" for c in counts)


ALL_OF_THEIR_OWN = [
    ("A shooting early Sunday left one man dead and another injured, police said.", "one"),
    ("Three people were killed and another was injured in the crash.", "Three"),
    ("One person was killed and another person was wounded Friday.", "One"),
]


@pytest.mark.parametrize(("text", "figure"), ALL_OF_THEIR_OWN)
def test_another_with_another_fate_leaves_the_figure_whole(
    engine: Engine, text: str, figure: str
) -> None:
    assert _read(engine, text, figure) == ("killed", "unknown")


ONE_MORE_OF_THE_SAME = [
    ("Two people died at the scene and a third died later at a hospital.", "Two"),
    ("Four men were arrested Friday and a fifth was arrested on Sunday.", "Four"),
]


@pytest.mark.parametrize(("text", "figure"), ONE_MORE_OF_THE_SAME)
def test_a_third_of_the_same_fate_makes_the_figure_a_part(
    engine: Engine, text: str, figure: str
) -> None:
    assert _claims(engine, text)[figure].scope == "partial"


def test_a_third_of_another_fate_leaves_the_figure_whole(engine: Engine) -> None:
    text = "Two people were killed and a third was wounded."
    assert _read(engine, text, "Two") == ("killed", "unknown")


PARTS_BESIDE_ONE = [
    ("Mother, 2 children killed in house fire\n\nCrews were called on Monday.\n", "2"),
    ("Two officers were among the injured.", "Two"),
    ("A man and two women were hurt in the crash.", "two"),
]


@pytest.mark.parametrize(("text", "figure"), PARTS_BESIDE_ONE)
def test_a_group_beside_one_person_or_among_the_hurt_is_a_part(
    engine: Engine, text: str, figure: str
) -> None:
    assert _claims(engine, text)[figure].scope == "partial"


def test_a_man_and_a_woman_shot_and_killed_are_two_dead(engine: Engine) -> None:
    claims = _claims(engine, "Police say a man and a woman were shot and killed inside a home.")
    claim = claims["a man and a woman"]
    assert (claim.attribute, claim.mention.value.value) == ("killed", 2.0)  # type: ignore[union-attr]


IN_HOSPITAL = [
    ("Three people are in the hospital after a shooting on Friday night.", "Three"),
    ("Two victims remain in the hospital, police said.", "Two"),
]


@pytest.mark.parametrize(("text", "figure"), IN_HOSPITAL)
def test_those_in_hospital_are_the_hurt(engine: Engine, text: str, figure: str) -> None:
    assert _read(engine, text, figure) == ("injured", "unknown")


def test_an_aside_does_not_part_a_count_from_its_predicate(engine: Engine) -> None:
    text = "Police said six people, including a 12-year-old girl, were shot at the park."
    claim = _claims(engine, text)["six"]
    assert (claim.attribute, claim.bound) == ("shot", True)


COUNTED_NAMES = [
    ("Two Akron police officers were injured when their cruiser crashed.", "Two", "injured"),
    ("Three Chicago men were arrested on Friday.", "Three", "arrested"),
    ("Four high school students were hurt in the crash.", "Four", "injured"),
]


@pytest.mark.parametrize(("text", "figure", "attribute"), COUNTED_NAMES)
def test_a_count_before_a_name_and_a_noun_for_people_is_a_count(
    engine: Engine, text: str, figure: str, attribute: str
) -> None:
    assert _read(engine, text, figure) == (attribute, "unknown")


@pytest.mark.parametrize(
    "text", ["Five Guys said on Monday it would open stores.", "Three Mile Island is a plant."]
)
def test_a_name_that_opens_with_a_number_word_stays_a_name(engine: Engine, text: str) -> None:
    assert not [c for c in _claims(engine, text).values() if c.attribute]
