"""What a figure counts is read from the construction it stands in, not from the nearest word.

Each group below is one construction news English uses to state a count, with several
sentences written for these tests; the claim framed for the figure must say what it counts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Claim
from claimcheck.reading.files import DocInput

PUBLISHED = dt.date(2025, 3, 3)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _claims(engine: Engine, text: str, path: str = "a.txt") -> dict[str, Claim]:
    meta = {"published": PUBLISHED, "published_from": "manifest", "language": "en"}
    doc = engine.read(DocInput(path=path, text=text, meta=meta))
    return {c.mention.text: c for c in engine.analyze(doc).claims if c.kind == "number"}


def _check(engine: Engine, *texts: str) -> list[str]:
    meta = {"published": PUBLISHED, "published_from": "manifest", "language": "en"}
    docs = [engine.read(DocInput(path=f"{i}.txt", text=t, meta=meta)) for i, t in enumerate(texts)]
    return [f.code for f in engine.run(docs).findings if f.severity in ("warning", "error")]


COORDINATED = [
    ("Three women were killed and five others were injured in the crash.", "five", "injured"),
    ("One officer died and four others were hurt when the roof fell in.", "four", "injured"),
    ("Two children were killed and nine others wounded in the blast.", "nine", "injured"),
    ("The attack left one guard dead and six others wounded.", "six", "injured"),
    ("Police said two men were arrested and three others were detained.", "three", "arrested"),
]


@pytest.mark.parametrize(("text", "figure", "attribute"), COORDINATED)
def test_a_coordinated_predicate_belongs_to_its_own_figure(
    engine: Engine, text: str, figure: str, attribute: str
) -> None:
    assert _claims(engine, text)[figure].attribute == attribute


FREQUENCIES = [
    ("The victim was shot six times in the chest.", "six"),
    ("He was stabbed 12 times, the coroner said.", "12"),
    ("Officers fired at the car 30 times before it stopped.", "30"),
    ("The teenager had been hit four times by police rounds.", "four"),
]


@pytest.mark.parametrize(("text", "figure"), FREQUENCIES)
def test_a_frequency_is_not_a_count_of_people(engine: Engine, text: str, figure: str) -> None:
    claim = _claims(engine, text)[figure]
    assert claim.attribute is None and claim.subject == "times"


COUNTED_EVENTS = [
    ("One man is dead after four separate shootings on Friday night.", "four", "shootings"),
    ("Two people were wounded in three overnight stabbings.", "three", "stabbings"),
    ("A woman was killed in one of two crashes on the highway.", "two", "crashes"),
]


@pytest.mark.parametrize(("text", "figure", "counted"), COUNTED_EVENTS)
def test_a_count_of_events_is_not_a_count_of_victims(
    engine: Engine, text: str, figure: str, counted: str
) -> None:
    claim = _claims(engine, text)[figure]
    assert claim.attribute is None and claim.subject == counted


STRUCK = [
    "Four people were struck by stray bullets outside the bar.",
    "Three bystanders were hit by gunfire during the chase.",
    "Two girls were grazed by bullets as they walked home.",
]


@pytest.mark.parametrize("text", STRUCK)
def test_struck_by_bullets_is_shot_not_killed(engine: Engine, text: str) -> None:
    (claim,) = _claims(engine, text).values()
    assert claim.attribute == "shot"


PRESENCE = [
    ("About 80 workers were inside the factory when the fire started.", "About 80"),
    ("Some 200 people were at the party when the shots rang out.", "Some 200"),
    ("Nearly 40 guests were in the hotel lobby at the time of the attack.", "Nearly 40"),
]


@pytest.mark.parametrize(("text", "figure"), PRESENCE)
def test_presence_is_not_a_casualty_count(engine: Engine, text: str, figure: str) -> None:
    assert _claims(engine, text)[figure].attribute == "present"  # no casualty


AGES = [
    ("Police detained three teenagers, ages 15, 17 and 19.", "15"),
    ("Three brothers, ages 9, 11 and 14, were rescued from the roof.", "9"),
    ("Four males - ages 16, 18, 21 and 23 - were charged.", "16"),
]


@pytest.mark.parametrize(("text", "figure"), AGES)
def test_a_list_of_ages_is_not_a_count(engine: Engine, text: str, figure: str) -> None:
    claim = _claims(engine, text)[figure]
    assert claim.subject == "age" and claim.attribute in (None, "aged")


INCLUSIVE = [
    ("He killed two coworkers and then himself.", "two"),
    ("The gunman shot dead four people before turning the gun on himself.", "four"),
    ("The man killed his three children and then himself, police said.", "three"),
]


@pytest.mark.parametrize(("text", "figure"), INCLUSIVE)
def test_victims_and_then_the_attacker_is_a_part_of_the_dead(
    engine: Engine, text: str, figure: str
) -> None:
    claim = _claims(engine, text)[figure]
    assert claim.attribute == "killed" and claim.scope == "partial"


AGGREGATE = [
    ("At least 30 people were shot across the city over the weekend.", "At least 30"),
    ("Five people were killed in shootings across the state on Sunday.", "Five"),
    ("Nineteen people were wounded statewide this week.", "Nineteen"),
    ("Twelve people were wounded in six separate shootings on Saturday.", "Twelve"),
    ("Some 45 people were injured citywide during the storm.", "Some 45"),
]


@pytest.mark.parametrize(("text", "figure"), AGGREGATE)
def test_a_total_over_many_incidents_is_a_total(engine: Engine, text: str, figure: str) -> None:
    assert _claims(engine, text)[figure].scope == "total"


#: where one event reached, with no period or incidents to add up: the event's own figure
SPREAD = [
    ("Police arrested 16 people in dawn raids across Northgate on Wednesday.", "16", "arrested"),
    ("The storm killed nine people across the county on Monday.", "nine", "killed"),
    ("The floods displaced 4,000 residents throughout the region.", "4,000", "displaced"),
]


@pytest.mark.parametrize(("text", "figure", "attribute"), SPREAD)
def test_an_event_that_reached_across_a_place_gives_its_own_figure(
    engine: Engine, text: str, figure: str, attribute: str
) -> None:
    claim = _claims(engine, text)[figure]
    assert (claim.attribute, claim.scope) == (attribute, "unknown")


def test_raids_across_a_town_are_compared_with_another_reports_arrests(engine: Engine) -> None:
    first = "Police arrested 14 people in dawn raids across Northgate on Wednesday."
    second = "Officers took 16 suspects into custody in dawn raids in Northgate on Wednesday."
    assert {"CC101", "CC102"} & set(_check(engine, first, second))


def test_coordinated_counts_do_not_conflict_across_reports(engine: Engine) -> None:
    a = "Two men were killed and seven others were wounded in a shooting in Dayton on Sunday."
    b = "Two people were killed and seven were injured in a shooting in Dayton on Sunday."
    assert _check(engine, a, b) == []


def test_the_attacker_counted_among_the_dead_is_no_conflict(engine: Engine) -> None:
    a = "A gunman killed three people and then himself at an office in Tulsa on Sunday."
    b = "Four people died at an office in Tulsa on Sunday, including the gunman."
    assert _check(engine, a, b) == []


def test_a_weekend_total_is_not_the_incidents_count(engine: Engine) -> None:
    a = "Three people were wounded in a shooting in Chicago on Saturday."
    b = "In Chicago, 26 people were wounded across the city over the weekend, police said."
    assert _check(engine, a, b) == []


def test_a_changed_count_in_a_coordinated_statement_is_found(engine: Engine) -> None:
    a = "Two men were killed and seven others were wounded in a shooting in Dayton on Sunday."
    b = "Two people were killed and nine were injured in a shooting in Dayton on Sunday."
    assert "CC101" in _check(engine, a, b) or "CC102" in _check(engine, a, b)


BREAKDOWN = [
    ("Police said at least three people, a man and two women, were killed in the attack.", "two"),
    ("Five victims - two boys and three girls - were taken to hospital.", "three"),
    ("Four people, including two officers, were hurt in the crash.", "two"),
    ("Among the dead were seven firefighters and six residents.", "six"),
    ("Among those injured were three children and a teacher.", "three"),
    ("Of the dead, nine were children.", "nine"),
    ("Of those arrested, 12 were later released without charge.", "12"),
    ("Of the 30 people hurt, four were firefighters.", "four"),
    ("But of the wounded, six remain in a critical condition.", "six"),
]


HARM = [
    ("A gas leak at the school sent 11 pupils to hospital.", "11", "injured"),
    ("The crash put four people in the hospital on Friday.", "four", "injured"),
    ("Two firefighters suffered burns fighting the blaze.", "Two", "injured"),
    ("Nine passengers sustained injuries when the train braked.", "Nine", "injured"),
    ("The floods forced 3,000 residents from their homes.", "3,000", "displaced"),
    ("Officials put the death toll from the quake at 63.", "63", "killed"),
    ("The toll from Sunday's landslide rose to 41 on Tuesday.", "41", "killed"),
    ("Nine people lost their lives when the tornado hit.", "Nine", "killed"),
    ("At least 14 people drowned when the boat capsized.", "At least 14", "killed"),
    ("An avalanche buried 11 skiers near the summit.", "11", "trapped"),
    ("Twenty people were taken into custody after the clashes.", "Twenty", "arrested"),
    ("A man stabbed five people aboard a train on Friday.", "five", "stabbed"),
    ("Police said he knifed two commuters on the platform.", "two", "stabbed"),
    ("The blast killed 12 people aboard the ferry.", "12", "killed"),
    ("The number of dead from the landslide has risen to 11.", "11", "killed"),
    ("The number of injured stood at 40 on Tuesday night.", "40", "injured"),
    ("By noon the number of missing had climbed to 23.", "23", "missing"),
    ("Emergency crews treated 16 people at the scene.", "16", "injured"),
]


@pytest.mark.parametrize(("text", "figure", "attribute"), HARM)
def test_harm_stated_without_a_casualty_word_at_the_figure(
    engine: Engine, text: str, figure: str, attribute: str
) -> None:
    claim = _claims(engine, text)[figure]
    assert (claim.attribute, claim.bound) == (attribute, True)


def test_suffering_serious_burns_is_a_part_of_the_injured(engine: Engine) -> None:
    claim = _claims(engine, "Three workers suffered serious burns in the blast.")["Three"]
    assert claim.scope == "partial"


def test_a_toll_put_at_a_figure_is_compared_across_reports(engine: Engine) -> None:
    first = "Officials put the death toll from Sunday's quake in Tarn at 63."
    second = "The quake that struck Tarn on Sunday killed 58 people, officials said."
    assert {"CC101", "CC102"} & set(_check(engine, first, second))


def test_one_slot_whether_or_not_each_report_names_the_group(engine: Engine) -> None:
    first = "Gunfire at the Avon rally on Saturday killed one person and wounded four."
    second = (
        "One person was killed and two were wounded when shots were fired at the Avon rally "
        "on Saturday."
    )
    assert {"CC101", "CC102"} & set(_check(engine, first, second))


#: "of the ..." that does not open the sentence divides nothing
NOT_A_BREAKDOWN = [
    ("Because of the storm, 40 people were evacuated.", "40", "displaced"),
    ("In the wake of the blast, 12 people were taken to hospital.", "12", "injured"),
]


CHARGES = [
    ("She is expected to be arraigned on two murder charges on Friday.", "two"),
    ("He faces one attempted murder charge and a weapons count.", "one"),
    ("Prosecutors filed three counts of assault against the driver.", "three"),
    ("The men were indicted on 14 federal drug charges.", "14"),
]


@pytest.mark.parametrize(("text", "figure"), CHARGES)
def test_a_count_of_charges_counts_no_victims(engine: Engine, text: str, figure: str) -> None:
    claim = _claims(engine, text)[figure]
    assert (claim.attribute, claim.subject) == (None, "charges")


def test_people_facing_charges_are_still_counted(engine: Engine) -> None:
    claim = _claims(engine, "Police arrested five men who now face charges.")["five"]
    assert claim.attribute == "arrested"


@pytest.mark.parametrize(("text", "figure", "attribute"), NOT_A_BREAKDOWN)
def test_of_the_inside_a_clause_is_no_breakdown(
    engine: Engine, text: str, figure: str, attribute: str
) -> None:
    claim = _claims(engine, text)[figure]
    assert (claim.attribute, claim.scope) == (attribute, "unknown")


@pytest.mark.parametrize(("text", "figure"), BREAKDOWN)
def test_a_breakdown_of_a_count_is_a_part_of_it(engine: Engine, text: str, figure: str) -> None:
    assert _claims(engine, text)[figure].scope == "partial"


def test_the_quake_after_an_earlier_quake_is_that_quake(engine: Engine) -> None:
    text = (
        "A 6.1 magnitude earthquake struck Aceh on Tuesday, killing 24 people.\n\n"
        "In April last year an 8.6 magnitude quake struck off the coast. "
        "Five people died in the quake."
    )
    claims = _claims(engine, text)
    assert claims["24"].event_ref is not None and claims["24"].event_ref.main
    assert claims["Five"].event_ref is not None and not claims["Five"].event_ref.main


OWN_VERB = [
    ("The quakes have left over 14,000 people taking shelter in tents.", "over 14,000", None),
    ("About 300 residents living near the river were evacuated.", "About 300", "displaced"),
    ("Three soldiers stationed at the checkpoint were killed.", "Three", "killed"),
]


@pytest.mark.parametrize(("text", "figure", "attribute"), OWN_VERB)
def test_a_figure_with_a_verb_of_its_own_takes_its_clause_predicate(
    engine: Engine, text: str, figure: str, attribute: str | None
) -> None:
    assert _claims(engine, text)[figure].attribute == attribute


def test_parts_named_after_a_total_cannot_exceed_it(engine: Engine) -> None:
    text = (
        "Nine people died when a bus overturned near Quito on Monday, police said. "
        "Among the dead were six pilgrims and five tourists."
    )
    assert "CC601" in _check(engine, text)


MODIFIERS = [
    ("At least 17 workers were killed when a fire tore through a seven-storey factory.", "seven"),
    ("Police said a 19-year-old man was killed in the crash.", "19"),
    ("The three-day search for the two missing hikers ended.", "three"),
]


@pytest.mark.parametrize(("text", "figure"), MODIFIERS)
def test_a_hyphenated_figure_modifies_a_noun_and_counts_nothing(
    engine: Engine, text: str, figure: str
) -> None:
    claims = _claims(engine, text)
    assert figure not in claims or claims[figure].attribute is None
