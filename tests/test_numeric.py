"""Numbers, money, quantities, percents and ordinals: table-driven cases and the offset contract.

The cases live in ``tests/data/numeric/cases.toml``; each names the exact span, the kind and the
normalized fields a mention must have, or the spans that must not be extracted.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest

from claimcheck.extraction.numbers.extractor import find_numeric
from claimcheck.model import Money, Number, Ordinal, Percent, Quantity, RawMention

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES_FILE = Path(__file__).parent / "data" / "numeric" / "cases.toml"
CASES: list[dict[str, Any]] = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))["case"]

_FIELDS = (
    "value",
    "low",
    "high",
    "qualifier",
    "currency",
    "currency_text",
    "unit",
    "points",
    "vague",
)
_VALUE_TYPES = {
    "number": Number,
    "money": Money,
    "quantity": Quantity,
    "percent": Percent,
    "ordinal": Ordinal,
}


def _same(got: Any, want: Any) -> bool:
    if want == "none":
        return got is None
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return got is not None and math.isclose(
            float(got), float(want), rel_tol=1e-9, abs_tol=1e-12
        )
    return bool(got == want)


def _describe(text: str, mentions: list[RawMention]) -> str:
    return "; ".join(f"{m.kind} {text[m.start : m.end]!r} {m.value}" for m in mentions)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    mentions = find_numeric(text, case.get("lang", "en"))
    got = _describe(text, mentions)
    spans = [text[m.start : m.end] for m in mentions]
    for want in case.get("m", []):
        assert want["text"] in spans, f"missing {want['text']!r}; got {got}"
        m = mentions[spans.index(want["text"])]
        assert m.kind == want["kind"], f"{want['text']!r}: kind {m.kind}; got {got}"
        assert isinstance(m.value, _VALUE_TYPES[want["kind"]])
        for field in _FIELDS:
            if field in want:
                assert _same(getattr(m.value, field, None), want[field]), (
                    f"{want['text']!r}: {field} = {getattr(m.value, field, None)!r}, "
                    f"expected {want[field]!r}"
                )
    if case.get("only"):
        assert spans == [w["text"] for w in case.get("m", [])], f"unexpected mentions: {got}"
    for bad in case.get("absent", []):
        assert not any(bad in s for s in spans), f"{bad!r} should not be extracted; got {got}"


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_offsets_are_exact_and_ordered(case: dict[str, Any]) -> None:
    text = case["text"]
    mentions = find_numeric(text, case.get("lang", "en"))
    last = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last, "mentions overlap or are out of order"
        assert m.kind == m.value.kind
        last = m.end


def test_empty_and_wordless_text() -> None:
    assert find_numeric("") == []
    assert find_numeric("   \n\t") == []
    assert find_numeric("No figures here at all.") == []


def test_long_digit_runs_are_not_figures() -> None:
    assert find_numeric("9" * 400) == []
    assert find_numeric("1" * 5000 + " people") == []
    assert find_numeric("$" + "9" * 310 + " million") == []
    (m,) = find_numeric("a debt of $" + "9" * 20)
    assert m.value.value == 1e20 - 1 or m.value.value == pytest.approx(1e20)


def test_unknown_language_falls_back_to_english() -> None:
    mentions = find_numeric("It cost $5 million.", "xx-YY")
    assert [(m.kind, m.value.value) for m in mentions] == [("money", 5e6)]


def test_region_subtag_uses_the_base_language() -> None:
    mentions = find_numeric("2,5 Millionen Euro", "de-AT")
    assert len(mentions) == 1
    assert mentions[0].value == Money(
        value=2.5e6, low=2.5e6, high=2.5e6, currency="EUR", currency_text="Euro"
    )


def test_json_shape_of_a_range() -> None:
    (m,) = find_numeric("between 10 and 12 people")
    assert m.value.to_json() == {
        "kind": "number",
        "value": None,
        "low": 10,
        "high": 12,
        "qualifier": "range",
    }


def test_seed_sentence() -> None:
    text = (
        "particularly those involved in the $62-billion China-Pakistan Economic Corridor (CPEC), "
        "a suicide bombing at Quetta's crowded train station, which killed 26 people."
    )
    got = [(text[m.start : m.end], m.kind, m.value.value) for m in find_numeric(text)]
    assert got == [("$62-billion", "money", 62e9), ("26", "number", 26)]
