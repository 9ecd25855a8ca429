"""A pronoun's age inside a quotation is the age of whom the speaker talks about, not of the
person the report named last: "Jeffs wrote: 'There is a younger girl ... She is 13.'" """

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.claims.participants import find_participants
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.reading.files import DocInput

_ENGINE = Engine(Config())

NAMES = ["Warren Jeffs", "Maria Okafor", "Daniel Lindqvist", "Keisha Castellano"]
QUOTES = [
    '{name} wrote: "There is an even younger girl I must see. She is {n}. She is ready."',
    '{name} told the court: "My neighbour came by. He is {n} and lives alone."',
    "{name} said: \u201cI met a woman at the station. She was {n}.\u201d",
]


def _ages(text: str) -> dict[str, set[int]]:
    doc = _ENGINE.read(DocInput(path="r0.txt", text=text, meta={}))
    mentions = _ENGINE.analyze(doc, frame=False).mentions
    return {p.name or p.key: {a.value for a in p.ages} for p in find_participants(doc, mentions)}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), template=st.sampled_from(QUOTES), n=st.integers(9, 90))
def test_a_pronoun_age_in_a_quotation_is_not_the_speakers(name: str, template: str, n: int) -> None:
    text = f"{name} appeared in court on Monday. " + template.format(name=name.split()[-1], n=n)
    ages = _ages(text)
    assert all(n not in values for values in ages.values()), (text, ages)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), n=st.integers(20, 90))
def test_a_pronoun_age_outside_a_quotation_still_refers_back(name: str, n: int) -> None:
    text = f"{name} appeared in court on Monday. She is {n}."
    assert n in _ages(text).get(name, set()), text
