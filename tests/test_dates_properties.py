"""Property tests of the date extractor: CLDR-rendered dates round-trip; no input breaks it."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.dates.extractor import find_dates
from claimcheck.normalization.dates import resolve_date

LANGUAGES = ("en", "de", "fr")
FORMATS = ("long", "medium", "full")
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
SENTENCES = {
    "en": "The agreement was signed on {} in the capital.",
    "de": "Das Abkommen wurde am {} in der Hauptstadt unterzeichnet.",
    "fr": "L'accord a été signé le {} dans la capitale.",
}


@settings(max_examples=300, deadline=None)
@given(day=days, language=st.sampled_from(LANGUAGES), fmt=st.sampled_from(FORMATS))
def test_babel_rendered_dates_are_extracted_back(day: dt.date, language: str, fmt: str) -> None:
    rendered = format_date(day, format=fmt, locale=language)
    for text in (rendered, SENTENCES[language].format(rendered)):
        mentions = find_dates(text, language)
        assert len(mentions) == 1, (text, [text[m.start : m.end] for m in mentions])
        (m,) = mentions
        assert text[m.start : m.end] in rendered
        assert (m.value.start, m.value.end) == (day, day), text
        assert m.value.resolution == "absolute"
        if fmt == "full":
            assert m.value.weekday == ENGLISH_DAYS[day.weekday()]


@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=300), language=st.sampled_from(LANGUAGES), published=days)
def test_arbitrary_text_never_breaks_the_extractor(
    text: str, language: str, published: dt.date
) -> None:
    previous_end = 0
    for m in find_dates(text, language):
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= previous_end  # mentions are ordered and do not overlap
        previous_end = m.end
        value = resolve_date(m.value, published, tense=m.attrs.get("tense"))
        if value.start is not None and value.end is not None:
            assert value.start <= value.end


date_words = st.sampled_from(
    [
        "on",
        "Tuesday",
        "Nov.",
        "19",
        ",",
        "2024",
        "last",
        "month",
        "in",
        "October",
        "between",
        "and",
        "to",
        "-",
        "mid",
        "early",
        "late",
        "the",
        "1990s",
        "Q3",
        "third",
        "quarter",
        "May",
        "March",
        "ago",
        "two",
        "days",
        "/",
        "11/19/2024",
        "2024-11-19",
        "next",
        "week",
        "yesterday",
        "(",
        ")",
        "Dienstag",
        "19.",
        "November",
        "mardi",
        "novembre",
        "le",
        "du",
        "au",
        "dernier",
        "vom",
        "bis",
        "letzten",
        "Monat",
        "of",
        "fourth",
        "July",
        "H1",
        "er",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(date_words, max_size=14),
    language=st.sampled_from(LANGUAGES),
    published=days,
)
def test_date_like_word_salad_keeps_offsets_valid(
    words: list[str], language: str, published: dt.date
) -> None:
    text = " ".join(words)
    for m in find_dates(text, language):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        value = resolve_date(m.value, published, tense=m.attrs.get("tense"))
        assert value.kind == "date"
        if value.start is not None and value.end is not None:
            assert value.start <= value.end
