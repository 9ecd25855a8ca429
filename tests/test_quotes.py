"""Quotation extraction and speaker attribution; quotation tokens for comparison."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.quotes.extractor import find_quotes, quote_tokens
from claimcheck.model import Quote, RawMention

DATA = Path(__file__).parent / "data" / "quotes"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CASES = tomllib.loads((DATA / "extraction.toml").read_text(encoding="utf-8"))["case"]
TOKENS = tomllib.loads((DATA / "tokens.toml").read_text(encoding="utf-8"))


def _quotes(text: str, language: str = "en") -> list[RawMention]:
    found = find_quotes(text, language)
    for m in found:
        assert isinstance(m.value, Quote)
        assert text[m.start : m.end] == m.value.text
    return found


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_quote_case(case: dict[str, Any]) -> None:
    found = _quotes(case["text"], case.get("language", "en"))
    by_text = {m.value.text: m.value for m in found}  # type: ignore[union-attr]
    for want in case.get("expect", []):
        assert want["text"] in by_text, (want["text"], list(by_text))
        if "speaker" in want:
            assert (by_text[want["text"]].speaker or "") == want["speaker"]
    for text in case.get("absent", []):
        assert text not in by_text
    if "count" in case:
        assert len(found) == case["count"], list(by_text)


def _seed(name: str) -> dict[str, str | None]:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return {m.value.text: m.value.speaker for m in _quotes(path.read_text(encoding="utf-8"))}  # type: ignore[union-attr]


def test_seed_000_speakers() -> None:
    q = _seed("000")
    assert q["comprehensive military operation"] == "Pakistan"
    assert q["is willing to deepen pragmatic cooperation"] == "Lin Jian"
    islamabad = [t for t in q if t.startswith("targeting innocent civilians")]
    assert [q[t] for t in islamabad] == ["Islamabad"]
    assert q["create a safe, stable and predictable business environment"] == "Xi Jinping"


def test_seed_002_speakers() -> None:
    q = _seed("002")
    blamed = [t for t in q if t.startswith("targeting innocent civilians")]
    assert [q[t] for t in blamed] == ["The government"]
    assert q["is willing to deepen pragmatic cooperation"] == "Lin Jian"
    assert "terrorist" not in q


def test_seed_003_speakers() -> None:
    q = _seed("003")
    lin = [t for t in q if t.startswith("China is willing to strengthen")]
    assert [q[t] for t in lin] == ["Lin Jian"]
    assert q["want to stop CPEC and development projects."] == "Shehbaz Sharif"
    admin = [t for t in q if t.startswith("target innocent civilians")]
    assert [q[t] for t in admin] == ["the administration"]


def test_seed_004_quote_over_two_sentences_and_unbalanced_mark() -> None:
    text = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    found = _quotes(text)
    long = [m for m in found if m.value.text.startswith("I do not understand")]  # type: ignore[union-attr]
    assert len(long) == 1
    assert long[0].value.speaker == "Lin Jian"  # type: ignore[union-attr]
    assert long[0].value.text.endswith("the peoples of the two countries.")  # type: ignore[union-attr]
    assert not any("joint counter-terrorism exercise" in m.value.text for m in found)  # type: ignore[union-attr]


def test_speaker_span_points_at_the_name() -> None:
    text = "“We will act decisively against them,” Prime Minister Shehbaz Sharif said."
    (m,) = _quotes(text)
    s, e = m.attrs["speaker_span"]
    assert text[s:e] == "Shehbaz Sharif"


@pytest.mark.parametrize(("a", "b"), TOKENS["equal"])
def test_typography_only_differences_vanish(a: str, b: str) -> None:
    assert quote_tokens(a) == quote_tokens(b)


@pytest.mark.parametrize(("a", "b"), TOKENS["different"])
def test_wording_differences_remain(a: str, b: str) -> None:
    assert quote_tokens(a) != quote_tokens(b)


def test_gap_marker() -> None:
    assert quote_tokens("We will act ... and win") == ("we", "will", "act", "…", "and", "win")


_pieces = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "„",
        "«",
        "»",
        "''",
        "``",
        " ",
        "\n",
        "said",
        "Lin",
        "Jian",
        "we",
        "will",
        "act",
        "now",
        ".",
        ",",
        "he",
        "according to",
        "the",
        "government",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=50))
def test_spans_are_exact_for_any_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for m in _quotes(text):
        assert 0 <= m.start < m.end <= len(text)
        assert len(m.value.text.split()) >= 1  # type: ignore[union-attr]
        span = m.attrs.get("speaker_span")
        if span is not None:
            assert 0 <= span[0] < span[1] <= len(text)
