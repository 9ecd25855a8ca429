"""What an amount is for, told the many ways local and wire reports tell it: a bond set in
court is the bail, money offered for tips is the reward, a jury's award is damages, the price
of an acquisition is what the buyer pays for the company, someone's annual salary is what they
earn a year. Two reports of one story that give such an amount differently are flagged; an
amount of another kind, another party's or a part of the sum is not set against it."""

from __future__ import annotations

import pytest
from babel.numbers import format_currency
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.model import Finding
from tests.money_reports import money_findings


def _flagged(*texts: str) -> list[Finding]:
    return [f for f in money_findings(*texts) if f.severity in ("warning", "error")]


def _usd(v: int) -> str:
    """An amount as a US outlet writes it, rendered by CLDR: "$250,000"."""
    return format_currency(v, "USD", "¤#,##0", locale="en_US")


#: A bond set for one defendant, as court and police reporters word it; ``{v}`` the amount.
BONDS = [
    "Marcus Hale, 24, was booked into the county jail and is being held on a {v} bond.",
    "A judge set bond at {v} for Marcus Hale, who is charged with murder.",
    "Hale remains jailed in lieu of {v} cash bond, jail records show.",
    "Hale appeared in bond court Saturday, where his bail was set at {v}.",
    "Prosecutors asked that Hale be held without bail; the judge instead ordered him held on "
    "{v} bond.",
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    one=st.sampled_from(BONDS),
    other=st.sampled_from(BONDS),
    v=st.sampled_from([100_000, 250_000, 500_000, 1_000_000]),
    factor=st.sampled_from([2, 3, 5]),
)
def test_a_bond_set_in_court_is_the_storys_bail(one: str, other: str, v: int, factor: int) -> None:
    found = _flagged(one.format(v=_usd(v)), other.format(v=_usd(v * factor)))
    assert len(found) == 1
    assert found[0].message.startswith("The bail")
    assert _flagged(one.format(v=_usd(v)), other.format(v=_usd(v))) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The city plans to issue $50 million in bonds to pay for the new arena.",
            "Voters approved a $75 million bond measure for the arena in 2019.",
        ),
        (
            "The county sold $120 million of bonds to investors on Tuesday.",
            "The bond sale raised $90 million for road repairs, the county said.",
        ),
    ],
)
def test_bonds_sold_to_investors_are_no_bail(one: str, other: str) -> None:
    assert _flagged(one, other) == []


def test_the_bail_of_two_defendants_told_in_one_sentence_is_not_one_amount() -> None:
    one = "Jones is being held on a $500,000 bond. His co-defendant, Carl Tate, is held on $250,000 bond."
    other = "Jones remains jailed on $500,000 bond, and Tate on a $250,000 bond each."
    assert _flagged(one, other) == []


#: A reward offered for tips, as police and Crime Stoppers word it; ``{v}`` the amount.
REWARDS = [
    "Crime Stoppers is offering up to {v} for information leading to an arrest in the case.",
    "A reward of up to {v} is available for tips that lead to the gunman's arrest, police said.",
    "Tipsters who help police find the shooter could be eligible for a reward of up to {v}.",
    "Crime Stoppers will pay up to {v} to anyone with information about the shooting.",
]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    one=st.sampled_from(REWARDS),
    other=st.sampled_from(REWARDS),
    v=st.sampled_from([1_000, 2_500, 5_000, 10_000]),
)
def test_a_reward_offered_for_tips_is_one_amount_and_two_caps_disagree(
    one: str, other: str, v: int
) -> None:
    found = _flagged(one.format(v=_usd(v)), other.format(v=_usd(v * 3)))
    assert len(found) == 1 and found[0].message.startswith("The reward")
    assert _flagged(one.format(v=_usd(v)), other.format(v=_usd(v))) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (  # a cap and the amount it caps
            "Crime Stoppers is offering up to $5,000 for information.",
            "A $5,000 reward is being offered for tips in the case.",
        ),
        (  # a share of the reward and the total it makes
            "The FBI is offering a reward of up to $20,000 for information leading to an arrest.",
            "The city has added $5,000 to the reward, bringing the total to $25,000.",
        ),
    ],
)
def test_a_cap_or_a_share_of_the_reward_is_no_conflict(one: str, other: str) -> None:
    assert _flagged(one, other) == []


@pytest.mark.parametrize(
    ("one", "other", "what"),
    [
        (
            "A federal jury awarded $4.5 million to the family of a man killed by deputies.",
            "Jurors found the deputies used excessive force and awarded the family $6.5 million "
            "in damages.",
            "The damages",
        ),
        (
            "The kidnappers demanded a ransom of $1 million.",
            "The abductors asked for $2 million for the girl's release.",
            "The ransom",
        ),
        (
            "Investigators put the damage to the Grace Baptist Church at about $400,000.",
            "The fire did about $900,000 worth of damage to the Grace Baptist Church.",
            "The loss",
        ),
        (
            "The robbers took $40,000 from the armored truck before fleeing, police said.",
            "Police said the thieves escaped with $60,000.",
            "The loot",
        ),
    ],
)
def test_an_amount_is_read_for_its_purpose_however_worded(one: str, other: str, what: str) -> None:
    found = _flagged(one, other)
    assert len(found) == 1 and found[0].message.startswith(what)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Broadcom Inc. said Monday it would pay $61 billion for cloud software company "
            "VMware Inc.",
            "Broadcom agreed to acquire VMware in a cash-and-stock deal valued at $71 billion.",
        ),
        (
            "Zeta Corp said it would acquire Lumen Labs for $334 million in cash and stock.",
            "Under the terms of the deal, Zeta will pay roughly $434 million to acquire the "
            "Austin start-up Lumen Labs.",
        ),
        (
            "The $334 million deal for Lumen Labs is expected to close in the second quarter.",
            "Zeta Corp's purchase of Lumen Labs, valued at $290 million, needs approval.",
        ),
        (
            "Pfizer has agreed to buy Seagen for $43bn, the drugmaker said.",
            "Pfizer will pay 53 billion dollars to acquire Seagen, a cancer drug developer.",
        ),
    ],
)
def test_what_a_buyer_pays_for_a_company_is_the_price_of_its_acquisition(
    one: str, other: str
) -> None:
    found = _flagged(one, other)
    assert len(found) == 1 and "acquisition of" in found[0].message


def test_the_part_of_a_price_paid_in_cash_is_not_the_price() -> None:
    one = "Zeta is paying $281 million in cash for Lumen Labs and the remainder in stock."
    other = "Zeta said it will pay $334 million for Lumen Labs."
    assert _flagged(one, other) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Superintendent Dana Morales will earn $245,000 a year under her new contract.",
            "Morales's annual salary will be $265,000, according to the contract.",
        ),
        (
            "Police Chief Ray Otero earns $180,000 a year.",
            "Otero is paid an annual salary of $190,000.",
        ),
        (
            "Lionsgate paid director Ann Hale $3 million for the first installment.",
            "Hale reportedly received $5 million for directing the film.",
        ),
        (
            "Director Gary Ross took home a $3 million paycheck for the first film.",
            "Ross earned $4 million for directing the first film.",
        ),
        (
            "Ross's fee for the first film was $3 million.",
            "Ross commanded a salary of $5 million for the first film.",
        ),
        (
            "Director Gary Ross was paid $3 million for the first film.",
            "Ross, who directed the first movie, earned $4 million, according to The Hollywood "
            "Reporter.",
        ),
    ],
)
def test_what_one_person_is_paid_is_compared_however_each_report_words_it(
    one: str, other: str
) -> None:
    found = _flagged(one, other)
    assert len(found) == 1 and found[0].message.startswith("The pay of")


def test_what_two_people_are_paid_a_year_is_not_one_amount() -> None:
    one = "Coach Tom Reyes will earn $3 million a year under the deal."
    other = "Assistant Dan Miles will be paid $1 million annually."
    assert _flagged(one, other) == []


@pytest.mark.parametrize(
    ("one", "other", "what"),
    [
        (
            "The base MacBook Air costs $999.",
            "The MacBook Air's entry price is $1,199, Apple said.",
            "MacBook Air",
        ),
        (
            "Pirates seized the Sirius Star, a supertanker loaded with $100 million worth of oil.",
            "The hijacked tanker's oil cargo, estimated to be worth $200 million, is still aboard.",
            "oil",
        ),
        (
            "The council approved Mayor Ann Cole's $4.2 billion budget on Tuesday.",
            "The council passed Cole's $4.8 billion spending plan Tuesday.",
            "Cole",
        ),
        (
            "The Yankees signed first baseman Carl Dunmore to an eight-year, $180 million "
            "contract on Tuesday.",
            "Dunmore agreed to a $200 million deal with New York, a person familiar with the "
            "negotiations said.",
            "Dunmore",
        ),
    ],
)
def test_whose_amount_it_is_is_read_from_a_possessive_a_cargo_or_a_surname(
    one: str, other: str, what: str
) -> None:
    found = _flagged(one, other)
    assert len(found) == 1 and what in found[0].message


def test_an_amount_told_of_it_in_a_second_clause_is_the_first_clauses_amount() -> None:
    one = (
        "The Mariners have made an eight-year offer to Dunmore of $160 million, but people "
        "close to the talks say it is closer to $184 million."
    )
    other = "The Mariners' offer to Dunmore is worth $200 million over eight years."
    found = _flagged(one, other)
    assert len(found) == 1 and "$184 million" in {found[0].location.text} | {
        r.text for r in found[0].related
    }


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        ("The Riverside Park bridge will cost more than $5 million.", True),
        ("The Riverside Park bridge will cost about $1.5 million.", False),
    ],
)
def test_a_range_conflicts_only_when_disjoint(other: str, conflict: bool) -> None:
    one = "The new Riverside Park bridge will cost between $1 million and $2 million."
    assert bool(_flagged(one, other)) == conflict


def _md_flagged(*texts: str) -> list[Finding]:
    """Warnings and errors of Markdown reports, each with its headline as front-matter title."""
    from claimcheck.reading.files import DocInput
    from tests.money_reports import DAY, _engine

    engine = _engine()
    docs = [
        engine.read(
            DocInput(path=f"r{i}.md", text=t, meta={"published": DAY, "published_from": "manifest"})
        )
        for i, t in enumerate(texts)
    ]
    return [
        f
        for f in engine.run(docs).findings
        if f.code.startswith("CC2") and f.severity in ("warning", "error")
    ]


@pytest.mark.parametrize(
    ("title", "body", "other", "what"),
    [
        (
            "Bond Set at {v} for Suspect in Deadly Southwest Side Shooting",
            "A judge on Saturday ordered a 19-year-old man held in the death of a teenager.",
            "Tyree Banks, 19, is being held on {w} bond, according to court records.",
            "The bail",
        ),
        (
            "Reward Up to {v} Offered in Killing of Store Clerk",
            "Police are asking for the public's help in finding the gunman.",
            "Crime Stoppers is offering up to {w} for information leading to an arrest.",
            "The reward",
        ),
        (
            "Judge Sets {v} Bail for Driver Charged in Fatal Crash",
            "The driver was charged with vehicular homicide on Monday.",
            "Bail for the driver, Dana Kirk, was set at {w} during her arraignment.",
            "The bail",
        ),
    ],
)
def test_a_title_case_headlines_amount_is_read_for_its_purpose(
    title: str, body: str, other: str, what: str
) -> None:
    draft = f"---\ntitle: {title.format(v='$1 Million')}\n---\n{body}\n"
    found = _md_flagged(draft, other.format(w="$2 million"))
    assert len(found) == 1 and found[0].message.startswith(what)
    assert _md_flagged(draft, other.format(w="$1 million")) == []
