"""The rule kit is a small, explicit public API: a sorted ``__all__``, private modules behind
it, the old ``claimcheck.rules`` name as an alias, and one name-spelling comparison."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck.rulekit as kit
import claimcheck.rules
from claimcheck.extraction.quotes.extractor import quote_tokens as extractor_tokens
from claimcheck.model import Mention, Number
from claimcheck.normalization.names import canonical


def _isort_style(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions (ruff's RUF022 order)."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def test_all_is_sorted_and_complete() -> None:
    names = kit.__all__
    assert names == sorted(names, key=_isort_style) and len(set(names)) == len(names)
    public = {
        n for n in dir(kit) if not n.startswith("_") and not isinstance(getattr(kit, n), ModuleType)
    }
    assert public - {"annotations"} == set(names)


def test_modules_behind_the_kit_are_private() -> None:
    kit_modules = {
        getattr(kit, n).__module__
        for n in kit.__all__
        if hasattr(getattr(kit, n), "__module__") and callable(getattr(kit, n))
    }
    own = {m for m in kit_modules if m.startswith("claimcheck.rulekit")}
    assert own and all(m.split(".")[2].startswith("_") for m in own), own


def test_claimcheck_rules_is_the_kit_under_its_first_name() -> None:
    assert claimcheck.rules.__all__ == kit.__all__
    for n in kit.__all__:
        assert getattr(claimcheck.rules, n) is getattr(kit, n)
    legacy = importlib.import_module("claimcheck.rules")
    assert legacy.RuleSpec is kit.RuleSpec and legacy.RuleContext is kit.RuleContext


def test_one_name_spelling_comparison() -> None:
    assert kit.spelling_variants is canonical.spelling_variants
    assert kit.spelling_key is canonical.spelling_key
    assert kit.spelling_variants("Baloch Liberation Army", "Balochistan Liberation Army")
    assert not kit.spelling_variants("Pakistani Taliban", "Tehreek-e-Taliban Pakistan")


_WORD = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=2, max_size=9
).filter(lambda w: w.upper().lower() == w.lower() == w.title().lower())  # no "ß", no "ı"


@given(st.lists(_WORD, min_size=2, max_size=4), st.sampled_from(["upper", "lower", "title"]))
def test_typography_is_not_a_spelling(words: list[str], case: str) -> None:
    name = " ".join(words)
    variants = [
        getattr(name, case)(),
        "-".join(words),
        f"the {name}",
        f"{name}\u2019s",
    ]
    for v in variants:
        assert kit.spelling_key(v) == kit.spelling_key(name), v
        assert kit.spelling_variants(v, name)
        assert not canonical.name_variants_differ(v, name), v


def _mention(text: str, value: float, qualifier: str = "exact") -> Mention:
    return Mention(
        doc="d",
        kind="number",
        start=0,
        end=len(text),
        text=text,
        value=Number(value=value, low=value, high=value, qualifier=qualifier),  # type: ignore[arg-type]
        plain_start=0,
        plain_end=len(text),
        sentence=0,
    )


def test_hedges_and_rounding_widen_the_interval() -> None:
    exact = _mention("200", 200)
    about = _mention("about 200", 200, "about")
    assert kit.interval(exact) == (200, 200)
    tolerance = 200 * kit.ABOUT_TOLERANCE
    assert kit.interval(about) == pytest.approx((200 - tolerance, 200 + tolerance))
    assert kit.compatible(about, _mention("213", 213))
    assert not kit.compatible(exact, _mention("213", 213))


def test_conflicts_are_grouped_around_the_odd_one_out() -> None:
    pairs = [("a", "d"), ("b", "d"), ("c", "d")]
    assert kit.group_conflicts(pairs) == [("d", ["a", "b", "c"])]
    assert kit.group_conflicts(pairs, prefer=lambda x: x == "a") == [
        ("a", ["d"]),
        ("d", ["b", "c"]),
    ]


def test_quote_tokens_are_the_extractors() -> None:
    text = "\u201cWe won\u2019t stop,\u201d she said \u2014 twice."
    assert kit.quote_tokens(text) == extractor_tokens(text)


def test_growing_counts_are_named() -> None:
    assert {"killed", "injured"} <= kit.GROWING_ATTRIBUTES
