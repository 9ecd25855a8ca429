"""Looking up written forms (currency names and signs, unit symbols) before a figure."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.language.surfaces import SurfaceIndex, _letters_before

# letters of several scripts, digits that are and are not decimal, the underscore, signs
_ALPHABET = st.sampled_from(list("abcXYZéßΣдж中ـ_0१²½ $€£-.'\u00a0\n"))
_TEXT = st.text(_ALPHABET, max_size=60)


@given(_TEXT, st.data())
def test_the_letters_before_a_position_are_what_the_pattern_finds(text: str, data) -> None:  # type: ignore[no-untyped-def]
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    m = re.compile(r"[^\W\d_]+\Z").search(text, lo, pos)
    assert _letters_before(text, pos, lo) == (m.start() if m else pos)


def test_forms_before_a_figure() -> None:
    index = SurfaceIndex({"$": "USD", "HK$": "HKD", "Rs": "INR"}, {"euros": "EUR", "hk $": "HKD"})
    found = {
        text: (m.surface, m.value) if (m := index.before(text, len(text))) else None
        for text in ("paid $", "paid HK$", "paid hk $", "Rs", "in euros", "Meuros", "x", "")
    }
    assert found == {
        "paid $": ("$", "USD"),
        "paid HK$": ("HK$", "HKD"),
        "paid hk $": ("hk $", "HKD"),
        "Rs": ("Rs", "INR"),
        "in euros": ("euros", "EUR"),
        "Meuros": None,
        "x": None,
        "": None,
    }
