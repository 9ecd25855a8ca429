"""Whose an amount is and what it is for: one party's offer, one payment from a payer, one
ransom or bail, one product's price, one acquisition, the value of one cargo are compared across
reports however the sentences are worded; two parties' offers, two products, a change, an earlier
value and a part of a price are not; conversions in parentheses compare only with conversions."""

from __future__ import annotations

import pytest
from babel.numbers import format_currency
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimcheck.model import Finding
from tests.money_reports import money_findings


def _flagged(*texts: str) -> list[Finding]:
    return [f for f in money_findings(*texts) if f.severity in ("warning", "error")]


def _cites(f: Finding, *texts: str) -> bool:
    """Whether the finding cites exactly these statements (a hedge may lead one: "about")."""
    cited = [f.location.text, *(r.text for r in f.related)]
    return len(cited) == len(texts) and all(any(c.endswith(t) for c in cited) for t in texts)


#: One party's offer told two ways: ``{p}`` the party, ``{v}`` the amount in millions.
OFFERS = [
    (
        "The {p} reportedly have bid ${v} million over eight years for the slugger.",
        "The slugger has offers from several clubs, and the {p} (eight years, ${v} million) "
        "lead the bidding.",
    ),
    (
        "The {p} have offered the pitcher a seven-year, ${v} million deal.",
        "The {p}' offer to the pitcher is worth ${v} million over seven years, a source said.",
    ),
    (
        "Sources say the {p} made an eight-year offer worth ${v} million on Friday.",
        "The {p} offered ${v} million over eight years, the player's agent confirmed.",
    ),
]
PARTIES = ["Mariners", "Orioles", "Padres", "Rockies"]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pair=st.sampled_from(OFFERS),
    party=st.sampled_from(PARTIES),
    v=st.integers(min_value=100, max_value=300),
    w=st.integers(min_value=100, max_value=300),
)
def test_one_partys_offer_is_compared_however_worded(
    pair: tuple[str, str], party: str, v: int, w: int
) -> None:
    # "$100 million" and "$101 million" may both round one amount (100.5 million): amounts as
    # written are intervals, so only values at least two apart must disagree
    assume(abs(v - w) != 1)
    found = _flagged(pair[0].format(p=party, v=v), pair[1].format(p=party, v=w))
    if v == w:
        assert found == []
        return
    assert any(_cites(f, f"${v} million", f"${w} million") for f in found)
    assert all(party in f.message for f in found)  # whose offer it is


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The Mariners offered $210 million; the Padres offered $180 million.",
            "The Padres have bid $180 million for the pitcher, while the Mariners bid $210 million.",
        ),
        (
            "The Giants offered $120 million and the Dodgers $150 million.",
            "The Dodgers' bid was $150 million, while the Giants offered $120 million.",
        ),
        (
            "The Red Sox offered Mark Teixeira an eight-year, $170 million contract.",
            "Mark Teixeira signed an eight-year, $180 million deal with the Yankees.",
        ),
    ],
)
def test_different_parties_offers_and_an_offer_and_the_contract_signed_are_not_one_amount(
    one: str, other: str
) -> None:
    assert _flagged(one, other) == []


@pytest.mark.parametrize(
    ("one", "other", "mine", "theirs"),
    [
        (
            "Mark Teixeira agreed to an eight-year, $180 million contract with the Yankees.",
            "The Yankees signed Mark Teixeira to a $160 million deal on Tuesday.",
            "$180 million",
            "$160 million",
        ),
        (
            "The Lakers signed Jordan Miles to a four-year, $80 million contract.",
            "Miles agreed to a four-year deal worth $60 million with the Lakers.",
            "$80 million",
            "$60 million",
        ),
    ],
)
def test_a_signed_contract_is_one_whichever_party_the_sentence_opens_with(
    one: str, other: str, mine: str, theirs: str
) -> None:
    found = _flagged(one, other)
    assert len(found) == 1 and _cites(found[0], mine, theirs)
    assert "contract" in found[0].message


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Federal prosecutors charged two councilmen with taking ${v},000 in bribes from a "
            "developer seeking zoning changes.",
            "Prosecutors say the councilmen accepted ${w}K from developer Grant Ellison in "
            "exchange for votes.",
        ),
        (
            "Commissioner Dale Price accepted ${v},000 from a contractor, prosecutors said.",
            "Prosecutors say Commissioner Dale Price took ${w}K in kickbacks from a contractor.",
        ),
        (
            "The clerk is accused of receiving ${v},000 from a landlord to speed up permits.",
            "Investigators say the clerk got ${w}K from a landlord over two years.",
        ),
    ],
)
def test_an_amount_received_from_one_payer_is_one_payment(one: str, other: str) -> None:
    found = _flagged(one.format(v=95), other.format(w=59))
    assert len(found) == 1 and _cites(found[0], "$95,000", "$59K")
    assert "received from the" in found[0].message
    assert _flagged(one.format(v=95), other.format(w=95)) == []


#: Purposes a story has one amount of, each told two ways; ``{v}`` the amount in thousands.
ONE_PER_STORY = [
    (
        "ransom",
        "The ransom of ${v},000 was paid by the family on Tuesday.",
        "The family paid a ransom of ${v}K, police said.",
    ),
    (
        "bail",
        "A judge set bail at ${v},000 for Marcus Reed.",
        "Reed is being held on ${v}K bail.",
    ),
    (
        "settlement",
        "The company agreed to pay a ${v},000 settlement to former employees.",
        "Under the settlement, the firm will pay ${v}K to former workers.",
    ),
    (
        "reward",
        "Police are offering a ${v},000 reward for information about the shooting.",
        "A reward of ${v}K has been offered for information leading to an arrest.",
    ),
]


@pytest.mark.parametrize(("purpose", "one", "other"), ONE_PER_STORY)
def test_one_storys_ransom_bail_settlement_or_reward_is_one_amount(
    purpose: str, one: str, other: str
) -> None:
    found = _flagged(one.format(v=500), other.format(v=250))
    assert len(found) == 1 and _cites(found[0], "$500,000", "$250K")
    assert f"The {purpose} " in found[0].message
    assert _flagged(one.format(v=500), other.format(v=500)) == []


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.integers(min_value=2, max_value=90),
    rate=st.floats(min_value=0.6, max_value=1.2),
    drift=st.floats(min_value=-0.03, max_value=0.03),
)
def test_two_outlets_conversions_of_one_amount_agree_within_the_rates_of_the_day(
    base: int, rate: float, drift: float
) -> None:
    """Conversions rendered by CLDR (babel) in each outlet's style: within a few percent they
    are one amount at two days' rates, never a conflict."""
    pounds = round(base * rate * 1_000_000, -5)
    other = round(pounds * (1 + drift), -5)
    one = f"The painting sold for €{base}m ({format_currency(pounds, 'GBP', '¤#,##0', locale='en_GB')}) at auction."
    two = (
        f"The painting fetched {base} million euros "
        f"({format_currency(other, 'GBP', '¤#,##0', locale='en_GB')}) at the Paris auction."
    )
    assert _flagged(one, two) == []


@pytest.mark.parametrize(
    ("one", "other", "mine", "theirs"),
    [
        (
            "The painting sold for €4.5m (£3.9m) at auction in Paris.",
            "The painting fetched 4.5 million euros (£3.1 million) at the Paris auction.",
            "£3.9m",
            "£3.1 million",
        ),
        (
            "They made off with 2m euros (£1.3m; $2.6m) in gems and watches.",
            "The robbers grabbed watches worth an estimated two million euros (£1.7 million).",
            "£1.3m",
            "£1.7 million",
        ),
    ],
)
def test_conversions_of_one_amount_that_disagree_are_a_warning(
    one: str, other: str, mine: str, theirs: str
) -> None:
    found = _flagged(one, other)
    assert len(found) == 1 and _cites(found[0], mine, theirs)
    assert found[0].severity == "warning"
    assert "conversion of" in found[0].message


def test_a_conversion_is_never_set_against_an_amount_in_its_own_currency() -> None:
    one = "The painting sold for €4.5m ($5m) at auction in Paris."
    other = "The painting fetched $4.1 million at the Paris auction, the auction house said."
    assert _flagged(one, other) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Shares rose from $40 to $52 after the announcement.",
            "The stock closed at $40 on Friday.",
        ),
        (
            "The company's shares rose $3 to $15 on Tuesday.",
            "Shares of the company closed at $3 on Tuesday.",
        ),
        (
            "Though the 11-inch Air still starts at US$999, the 13-inch has dropped $100 to $1,199.",
            "The 13-inch Air now costs $100 more than the 11-inch model.",
        ),
    ],
)
def test_a_change_or_an_earlier_value_is_not_the_amount(one: str, other: str) -> None:
    assert _flagged(one, other) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The 11-inch Air will cost from ${v} up to $1,099.",
            "Though the 11-inch Air still starts at US${w}, the 13-inch is unchanged.",
        ),
        (
            "Apple's new Studio Display is priced at ${v}.",
            "The Studio Display will sell for ${w} when it ships in June.",
        ),
    ],
)
def test_one_products_price_is_compared_and_two_products_are_not(one: str, other: str) -> None:
    found = _flagged(one.format(v=999), other.format(w=899))
    assert len(found) == 1 and _cites(found[0], "$999", "US$899" if "US$" in other else "$899")
    assert "price of the" in found[0].message
    other_product = other.replace("11-inch Air", "13-inch Air").replace("Studio", "Pro")
    assert _flagged(one.format(v=999), other_product.format(w=899)) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Advanced Micro Devices is acquiring SeaMicro for ${v} million, the chipmaker said.",
            "AMD announced a ${w} million acquisition of SeaMicro on Wednesday.",
        ),
        (
            "Oracle agreed to acquire Sun Microsystems for ${v} million on Monday.",
            "The board said Oracle is buying Sun Microsystems for ${w} million.",
        ),
        (
            "Chipmaker AMD said on Wednesday it will buy server maker SeaMicro for ${v} million.",
            "The deal values SeaMicro at ${w} million, according to AMD.",
        ),
    ],
)
def test_the_price_of_one_acquisition_is_compared(one: str, other: str) -> None:
    found = _flagged(one.format(v=334), other.format(w=290))
    assert len(found) == 1 and _cites(found[0], "$334 million", "$290 million")


def test_a_part_of_a_price_paid_in_cash_is_compared_with_that_part_not_the_price() -> None:
    total = "Advanced Micro Devices is acquiring SeaMicro for $334 million, including $281 million in cash."
    part = "AMD said ${v} million of the purchase price for SeaMicro will be in cash."
    found = _flagged(total, part.format(v=562))
    assert len(found) == 1 and _cites(found[0], "$281 million", "$562 million")
    assert _flagged(total, part.format(v=281)) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The tanker was carrying ${v} million worth of crude oil when it was seized.",
            "The ship's cargo of crude oil is worth ${w} million, the owners said.",
        ),
        (
            "Pirates seized a supertanker loaded with ${v} million of crude oil.",
            "Its cargo of crude oil is valued at ${w} million.",
        ),
        (
            "The Sirius Star was carrying ${v} million of crude oil.",
            "The tanker's cargo, two million barrels of crude oil, is worth about ${w} million.",
        ),
    ],
)
def test_the_value_of_one_cargo_is_compared(one: str, other: str) -> None:
    found = _flagged(one.format(v=100), other.format(w=150))
    assert len(found) == 1 and _cites(found[0], "$100 million", "$150 million")
    assert "value of the oil" in found[0].message


@pytest.mark.parametrize(
    ("one", "other", "conflict"),
    [
        ("The stadium will cost about $2 billion.", "The stadium will cost $2.1 billion.", False),
        (
            "The stadium will cost between $1 billion and $3 billion.",
            "The stadium will cost $2.5 billion.",
            False,
        ),
        (
            "The stadium will cost more than $2 billion.",
            "The stadium will cost $2.5 billion.",
            False,
        ),
        (
            "The stadium will cost more than $2 billion.",
            "The stadium will cost $1.5 billion.",
            True,
        ),
    ],
)
def test_approximations_and_ranges_conflict_only_when_disjoint(
    one: str, other: str, conflict: bool
) -> None:
    one = f"City officials on Monday unveiled plans for a new stadium at Harbor Point. {one}"
    other = f"The council approved the Harbor Point stadium plan on Monday. {other}"
    assert bool(_flagged(one, other)) == conflict


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Gary Ross was paid ${v} million to direct the first film.",
            "Ross earned ${w} million for directing the first film, sources said.",
        ),
        (
            "Lionsgate paid Gary Ross ${v} million to direct the film.",
            "The studio played hardball with Gary Ross, who ended up being paid ${w} million.",
        ),
        (
            "Dana Whitfield will receive ${v} million under her new agreement.",
            "The board said Dana Whitfield is being paid ${w} million this year.",
        ),
    ],
)
def test_what_one_person_is_paid_is_compared_and_two_peoples_pay_is_not(
    one: str, other: str
) -> None:
    found = _flagged(one.format(v=2), other.format(w=3))
    assert len(found) == 1 and _cites(found[0], "$2 million", "$3 million")
    assert "pay of" in found[0].message
    someone_else = "Jennifer Lawrence will earn $3 million for the sequel."
    assert _flagged(one.format(v=2), someone_else) == []


@pytest.mark.parametrize(
    ("one", "other", "conflict"),
    [
        (
            "The man handed a teller a note, showed a handgun and left with $38,000.",
            "The robber escaped with $45,000 in cash, police said.",
            True,
        ),
        (
            "Thieves made off with €2m in gems and watches from the store.",
            "The robbers grabbed watches worth an estimated €3m.",
            True,
        ),
    ],
)
def test_what_thieves_took_is_the_storys_loot(one: str, other: str, conflict: bool) -> None:
    story = "Armed robbers struck the Larkin Street branch in Easton on Monday."
    assert bool(_flagged(f"{story} {one}", f"{story} {other}")) == conflict


def test_a_count_before_cost_is_no_product_and_the_damage_is_still_compared() -> None:
    one = "The bombing on Tuesday killed 32 people and cost $4.5 billion in damage."
    other = "The bombing on Tuesday killed 26 people and cost $4 billion in damage."
    found = _flagged(one, other)
    assert len(found) == 1 and _cites(found[0], "$4.5 billion", "$4 billion")
