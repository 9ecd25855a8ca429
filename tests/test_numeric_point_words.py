"""A decimal-point word ("point", "Komma", "virgule") joins a number only to the decimals
written right after it: "at one point the index was down 500 points" holds the count 500,
not 1.5. Generated over number words, filler clauses and figures in each language."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.language.numwords import cardinal_word
from claimcheck.model import Number, Quantity

POINT_WORDS = {"en": "point", "de": "Komma", "fr": "virgule"}
FILLERS = {
    "en": ("the index was down", "the crowd reached", ", officials said,", "it had fallen by"),
    "de": ("sank der Index um", "waren es", ", so die Polizei,", "fiel der Kurs um"),
    "fr": ("l'indice a perdu", "on comptait", ", selon la police,", "le cours a chuté de"),
}


def _values(text: str, language: str) -> list[float]:
    out = []
    for m in extract_text(text, language=language):
        if isinstance(m.value, (Number, Quantity)) and m.value.value is not None:
            out.append(m.value.value)
    return out


@settings(max_examples=120, deadline=None)
@given(
    language=st.sampled_from(("en", "de", "fr")),
    n=st.integers(1, 9),
    filler=st.integers(0, 3),
    figure=st.integers(11, 999),
)
def test_a_point_word_does_not_reach_a_later_figure(
    language: str, n: int, filler: int, figure: int
) -> None:
    words = f"{cardinal_word(language, n)} {POINT_WORDS[language]}"
    text = f"{words} {FILLERS[language][filler]} {figure} points."
    values = _values(text, language)
    assert figure in values, (text, values)
    assert not any(0 < v - n < 1 for v in values), (text, values)


@settings(max_examples=60, deadline=None)
@given(language=st.sampled_from(("en", "de", "fr")), n=st.integers(2, 9), d=st.integers(2, 9))
def test_decimals_in_words_still_follow_a_point_word(language: str, n: int, d: int) -> None:
    text = f"{cardinal_word(language, n)} {POINT_WORDS[language]} {cardinal_word(language, d)}"
    assert n + d / 10 in [round(v, 6) for v in _values(text, language)], text


def test_a_word_number_before_point_does_not_take_figures_after_it() -> None:
    for text in ("At one point 500 people were there.", "At one point, 500 people came."):
        values = _values(text, "en")
        assert 500 in values and 1.5 not in values, (text, values)
