"""Tables built at start-up from packaged data: read back from the cache directory exactly as
built, and word-list alternations that match exactly their words."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import regex
import tomllib
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.dates.grammar import trie_pattern
from claimcheck.language import aliases


def test_packaged_aliases_come_back_from_the_cache_as_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    text = resources.files("claimcheck").joinpath("data", "aliases.toml").read_text("utf-8")
    parsed = tomllib.loads(text)
    assert aliases._packaged() == parsed  # built, then written
    assert list(tmp_path.glob("aliases-*.json"))
    assert aliases._packaged() == parsed  # read back
    for f in tmp_path.glob("aliases-*.json"):
        f.write_text("{not json", encoding="utf-8")
    assert aliases._packaged() == parsed  # a damaged file is built over


WORDS = st.lists(
    st.text(alphabet="abAé .-'()?*+|", min_size=1, max_size=7), min_size=1, max_size=12
)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="abAé .-'()?*+|", min_size=1, max_size=7))
def test_a_word_trie_matches_its_words_and_nothing_else(words: list[str], other: str) -> None:
    pattern = regex.compile(f"(?:{trie_pattern(words)})")
    for word in words:
        assert pattern.fullmatch(word)
    assert bool(pattern.fullmatch(other)) == (other in words)
