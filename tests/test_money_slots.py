"""Amounts of one kind that each report of a story gives once are one amount, however the
sentences are worded: the bail, the cash seized, the severance set aside, the loss."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.money_reports import money_findings as _run

#: (how one report states the amount, how another states it), ``{v}`` the amount in thousands.
SLOTS = [
    (
        "Okonkwo was charged with burglary and is being held on ${v},000 bail.",
        "A judge set bail at ${v}K for the man, who did not enter a plea.",
    ),
    (
        "Officers recovered two rifles and ${v},000 in cash from the garage, the sheriff said.",
        "The raid turned up a stash of pills and ${v}K in cash hidden in a freezer.",
    ),
    (
        "The mill set aside ${v},000 for severance, according to a filing.",
        "Workers will share ${v}K in severance under the agreement.",
    ),
]

STORY = [
    "Deputies searched a house on Alder Street in Millbrook on Monday.",
    "Sheriff's deputies raided a home on Alder Street in Millbrook on Monday.",
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    slot=st.sampled_from(SLOTS),
    v=st.integers(min_value=12, max_value=900),
    w=st.integers(min_value=12, max_value=900),
)
def test_one_kind_of_amount_given_once_in_each_report_is_compared(
    slot: tuple[str, str], v: int, w: int
) -> None:
    a = f"{STORY[0]} {slot[0].format(v=v)}"
    b = f"{STORY[1]} {slot[1].format(v=w)}"
    found = _run(a, b)
    if v == w:
        assert found == []
        return
    assert len(found) == 1
    f = found[0]
    assert f.severity in ("warning", "error")
    assert {f.location.path, *(r.path for r in f.related)} == {"r0.txt", "r1.txt"}
    texts = {f.location.text, *(r.text for r in f.related)}
    assert texts == {f"${v},000", f"${w}K"}


def test_an_amount_of_a_kind_a_report_gives_twice_is_not_matched_by_its_kind() -> None:
    one = "Okonkwo was charged with burglary and is being held on $50,000 bail."
    two = one + " His brother was charged too and is being held on $20,000 bail."
    other = "A judge set bail at $75K for the man, who did not enter a plea."
    assert len(_run(one, other)) == 1
    assert _run(two, other) == []


def test_prices_and_deals_stated_once_are_not_assumed_to_be_one_amount() -> None:
    a = "The new laptop will cost $1,299 in the United States."
    b = "A tablet from the same maker would cost $799 when it ships next month."
    assert _run(a, b) == []
    c = "The chipmaker agreed to buy the designer for $5.4 billion in cash and stock."
    d = "It paid $4.2 billion in cash for a networking business it acquired last year."
    assert _run(c, d) == []


def test_one_amount_written_two_ways_is_no_conflict() -> None:
    a = f"{STORY[0]} Officers recovered $412,000 in cash from the garage."
    b = f"{STORY[1]} The raid turned up $412K in cash hidden in a freezer."
    assert _run(a, b) == []
