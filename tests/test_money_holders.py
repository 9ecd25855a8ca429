"""Whose amount it is: who tells an amount is not who holds it, the damage a fire caused is a
loss (not damages a court awards), and one story's amount of one kind is one amount wherever
each report's sentence places it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.model import Finding
from tests.money_reports import money_findings

FIRE = [
    "A fire destroyed a furniture warehouse on Dock Road in Eastport on Friday.",
    "Flames gutted a warehouse on Dock Road in Eastport on Friday afternoon.",
]
#: Who tells the loss in each report: a speaker, an owner, an official.
TELLERS = [
    "A company spokeswoman, Denise Marlowe, put the damage at {v}.",
    "Fire Marshal Owen Tate estimated the damage at {v}.",
    "A spokesman for the owner said the loss was {v}.",
]
HOLDERS = [
    "The building's owner, Keel Storage, estimated the loss at {v}.",
    "Insurers for Keel Storage said the loss came to {v}.",
]


def _run(*texts: str) -> list[Finding]:
    """The warning- and error-level money findings of the texts checked together."""
    return [f for f in money_findings(*texts) if f.severity in ("warning", "error")]


def _cites(f: Finding, *texts: str) -> bool:
    return set(texts) <= {f.location.text, *(r.text for r in f.related)}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    teller=st.sampled_from(TELLERS),
    holder=st.sampled_from(HOLDERS),
    v=st.integers(min_value=2, max_value=9),
)
def test_one_loss_told_by_different_people_is_compared(teller: str, holder: str, v: int) -> None:
    a = f"{FIRE[0]} {teller.format(v=f'${v}.5m')}"
    b = f"{FIRE[1]} {holder.format(v=f'${v + 2}.5 million')}"
    found = _run(a, b)
    assert any(_cites(f, f"${v}.5m", f"${v + 2}.5 million") for f in found), found


def test_the_damage_an_event_caused_is_its_loss() -> None:
    pairs = [
        (
            "The fire, estimated to have caused $2 million in damages to the chapel, was set.",
            "Damage to the chapel was estimated at $1 million, officials said.",
        ),
        (
            "The storm caused $4 million in damage to the pier, the city said.",
            "Damages to the pier are estimated at $7 million.",
        ),
    ]
    for a, b in pairs:
        found = _run(f"{FIRE[0]} {a}", f"{FIRE[1]} {b}")
        assert found, (a, b)


def test_damages_a_court_awards_are_not_a_loss() -> None:
    a = f"{FIRE[0]} A jury awarded the tenant $2 million in damages over an earlier blaze."
    b = f"{FIRE[1]} Damage to the warehouse was estimated at $1 million."
    assert _run(a, b) == []


def test_the_bail_of_two_different_people_is_not_one_amount() -> None:
    a = "Deputies arrested two men on Alder Street on Monday. Tomas Okafor is held on $50,000 bail."
    b = "Deputies arrested two men on Alder Street on Monday. Ivan Lindqvist is held on $20,000 bail."
    assert _run(a, b) == []


def test_one_storys_amount_of_a_kind_is_compared_whatever_place_its_report_names() -> None:
    a = (
        "Kessler Foods will close its Dayton plant, cutting 410 jobs. Production will move to "
        "Murfreesboro, Tenn. The company set aside $9M for severance."
    )
    b = (
        "Kessler Foods said Tuesday it will close its plant in Dayton, Ohio, and cut 410 jobs. "
        "The company expects charges of $48 million, including $19 million in severance."
    )
    found = _run(a, b)
    assert any(_cites(f, "$9M", "$19 million") for f in found), found
