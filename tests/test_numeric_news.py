"""Quantities as news writes them: the unit attaches to the right figure inside sentences with
qualifiers, ranges, compounds and other figures around, for measures rendered by CLDR (babel)
in each language, and on real ECB+ sentences (when the corpus is present)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from babel.units import format_unit
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.numbers.extractor import find_numeric
from claimcheck.extraction.quantities.units import lexicon

settings.register_profile("news", max_examples=150, deadline=None)
settings.load_profile("news")

#: CLDR unit -> pint unit, for the measures news reports most.
NEWS_UNITS = {
    "length-kilometer": "kilometer",
    "length-mile": "mile",
    "length-meter": "meter",
    "length-foot": "foot",
    "mass-kilogram": "kilogram",
    "mass-tonne": "metric_ton",
    "area-hectare": "hectare",
    "area-square-kilometer": "square_kilometer",
    "volume-liter": "liter",
    "speed-kilometer-per-hour": "kilometer_per_hour",
    "speed-mile-per-hour": "mile_per_hour",
    "temperature-celsius": "degree_Celsius",
    "digital-gigabyte": "gigabyte",
    "power-megawatt": "megawatt",
}

TEMPLATES = {
    "en": [
        "The fire had burned {q} by Tuesday, officials said, and 12 homes were lost.",
        "Police said the suspect drove {q} before he was stopped at 3 a.m.",
        "In 2019, the company reported {q}, up from last year.",
        "Rescuers found the boat about {q} off the coast, with 4 people on board.",
    ],
    "de": [
        "Die Polizei teilte mit, der Mann sei {q} gefahren, bevor er um 3 Uhr gestoppt wurde.",
        "Im Jahr 2019 meldete das Unternehmen {q}, mehr als im Vorjahr.",
    ],
    "fr": [
        "Selon la police, le suspect a parcouru {q} avant d'être arrêté vers minuit.",
        "En 2019, l'entreprise a annoncé {q}, contre 12 l'an dernier.",
    ],
}


@given(
    cldr_id=st.sampled_from(sorted(NEWS_UNITS)),
    value=st.decimals(min_value=2, max_value=99999, places=1, allow_nan=False),
    length=st.sampled_from(["long", "short"]),
    lang=st.sampled_from(["en", "de", "fr"]),
    data=st.data(),
)
def test_cldr_measures_in_news_sentences(
    cldr_id: str, value: object, length: str, lang: str, data: st.DataObject
) -> None:
    """A measure CLDR writes in a news sentence with other figures around it is one quantity
    with its unit; the other figures stay plain."""
    if cldr_id == "length-meter" and length == "short":
        return  # a bare "m" is a million as often as metres; read in context only
    rendered = format_unit(value, cldr_id, length=length, locale=lang)
    symbol = re.sub(r"^[\d.,\s\u00a0\u202f]+", "", rendered).replace("\u202f", " ")
    if length == "short" and symbol not in lexicon(lang)["exact"]:
        return  # a symbol left out on purpose ("pi" is not read as feet in French)
    text = data.draw(st.sampled_from(TEMPLATES[lang])).format(q=rendered)
    found = [m for m in find_numeric(text, lang) if m.kind == "quantity"]
    assert [(m.value.unit, m.value.value) for m in found] == [
        (NEWS_UNITS[cldr_id], pytest.approx(float(str(value))))
    ], text
    assert rendered in text[found[0].start : found[0].end]


@given(
    low=st.integers(min_value=2, max_value=500),
    width=st.integers(min_value=1, max_value=500),
    form=st.sampled_from(
        [
            "between {a} and {b} {u}",
            "{a} to {b} {u}",
            "{a}-{b} {u}",
            "from {a} {u} to {b} {u}",
        ]
    ),
    unit=st.sampled_from([("miles", "mile"), ("kilometers", "kilometer"), ("tons", "ton")]),
)
def test_ranges_carry_their_unit(low: int, width: int, form: str, unit: tuple[str, str]) -> None:
    """A range of measures carries the unit on both ends, written once or twice."""
    written, name = unit
    text = "The storm moved " + form.format(a=low, b=low + width, u=written) + " inland."
    found = [m.value for m in find_numeric(text, "en") if m.kind == "quantity"]
    if form.startswith("from"):
        # "from X to Y" is a change in news: two values, each with its unit.
        assert [(q.unit, q.value) for q in found] == [(name, low), (name, low + width)], text
    else:
        assert [(q.unit, q.low, q.high) for q in found] == [(name, low, low + width)], text


@given(
    n=st.integers(min_value=2, max_value=900),
    qualifier=st.sampled_from(["more than", "at least", "about", "nearly", "up to"]),
)
def test_qualified_measures(n: int, qualifier: str) -> None:
    text = f"Winds of {qualifier} {n} mph were recorded, and 3 people were hurt."
    found = [m.value for m in find_numeric(text, "en") if m.kind == "quantity"]
    assert [(q.unit, q.value or q.low or q.high) for q in found] == [("mile_per_hour", n)], text


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("a 45-acre parcel east of town", "acre", 45),
        ("the 36 - yard field goal in the third quarter", "yard", 36),
        ("a magnitude 6.1 quake struck 10 km below the surface", "kilometer", 10),
        ("He is 5-foot-8 and weighs 135 pounds.", "pound", 135),
    ],
)
def test_compounds_and_neighbours(text: str, unit: str, value: float) -> None:
    found = [m.value for m in find_numeric(text, "en") if m.kind == "quantity"]
    assert (unit, value) in [(q.unit, q.value) for q in found], text


ECB = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ecbplus" / "ecbplus_docs.jsonl.gz"
)
_UNIT_WORDS = {
    "km": "kilometer",
    "kilometers": "kilometer",
    "kilometres": "kilometer",
    "miles": "mile",
    "mph": "mile_per_hour",
    "feet": "foot",
    "tons": "ton",
    "tonnes": "metric_ton",
    "kg": "kilogram",
    "meters": "meter",
    "metres": "meter",
    "acres": "acre",
    "hectares": "hectare",
    "gallons": "gallon",
    "barrels": "oil_barrel",
}
_MEASURE = re.compile(
    r"(?<![\w.:])(\d[\d,.]*)[ -]?(" + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + r")\b"
)


@pytest.mark.skipif(not ECB.exists(), reason="ECB+ corpus not present")
def test_ecb_measures_keep_their_unit() -> None:
    """On ECB+ news sentences, a figure written right before a unit word is a quantity in
    that unit (silver standard: the figure-unit pairs a pattern finds)."""
    total = attached = 0
    with gzip.open(ECB, "rt", encoding="utf-8") as fh:
        for line in fh:
            for sentence in json.loads(line)["sentences"]:
                for m in _MEASURE.finditer(sentence):
                    total += 1
                    found = [
                        x for x in find_numeric(sentence, "en") if x.start <= m.start(1) < x.end
                    ]
                    if found and getattr(found[0].value, "unit", None) == _UNIT_WORDS[m.group(2)]:
                        attached += 1
    assert total > 100
    assert attached / total >= 0.97, f"{attached}/{total}"


@pytest.mark.parametrize("unit", ["one ", "twenty-one thousand three hundred ", "deux "])
def test_long_runs_of_number_words_stay_linear(unit: str) -> None:
    """A run of number words far longer than any figure ("one one one ...") is read in
    linear time: four times the text costs about four times as long, not sixteen."""
    import time

    lang = "fr" if unit == "deux " else "en"

    def cost(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        best = float("inf")
        for _ in range(2):
            t = time.process_time()
            find_numeric(text, lang)
            best = min(best, time.process_time() - t)
        return best

    small, large = cost(5_000), cost(20_000)
    assert large < 8 * max(small, 0.01), (small, large)
