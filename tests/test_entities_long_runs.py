"""Long runs of capitalised names joined by connectors: a list of thousands of names in one
run ("Alpha Corp And Beta Group And ...", a Title Case index, a table flattened to a line) is
read name by name, like a short one, without running out of stack or slowing per name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.entities.extractor import find_entities

_HEADED = ["Corp", "Group", "Holdings", "Bank", "Ministry"]
_NAMES = ["Alpha", "Beta", "Gamma", "Delta", "Kestrel", "Marlow", "Ostrava", "Quill"]


def _names(n: int) -> list[str]:
    """``n`` organisation names, each a made-up word and a head noun ("Kestrel Bank")."""
    return [f"{_NAMES[k % len(_NAMES)]}{k} {_HEADED[k % len(_HEADED)]}" for k in range(n)]


@pytest.mark.parametrize("joiner", [" And ", " and ", " of the ", ", "])
def test_thousands_of_names_in_one_run_are_each_found(joiner: str) -> None:
    names = _names(3000)
    text = "The list names " + joiner.join(names) + " as partners.\n"
    mentions = find_entities(text)
    found = [text[m.start : m.end] for m in mentions]
    assert all(m.attrs["surface"] == text[m.start : m.end] for m in mentions)
    if joiner in (" And ", " and ", ", "):
        assert found == names


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_names(40)), min_size=2, max_size=40), st.integers(2, 30))
def test_a_run_repeated_reads_like_its_copies(names: list[str], copies: int) -> None:
    """A run of names said many times over in one run gives the same names each time."""
    run = " And ".join(names)
    one = find_entities(f"The list names {run} as partners.\n")
    many_text = "The list names " + " And ".join([run] * copies) + " as partners.\n"
    many = find_entities(many_text)
    one_names = [m.value.canonical for m in one]
    assert [m.value.canonical for m in many] == one_names * copies
