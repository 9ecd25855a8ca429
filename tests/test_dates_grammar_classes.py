"""German and French dates at the level of English: each class of date text generated from
CLDR (babel) or from number words (num2words) and read back to the interval it names.

Covered: CLDR's interval formats with a weekday on both ends, two months joined by a slash,
spelled ordinal days, years with an era word, decades in words, centuries in Roman figures,
"of the year" between a month and its year, two-figure years after an apostrophe, halves named
by the generic word, seasons after "en", numeric ranges opened by a preposition, a range whose
first end is an abbreviated month.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_interval, get_era_names, get_month_names
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from claimcheck import extract_text
from claimcheck.model import DateValue

SENTENCES = {
    "en": "It happened {} in the capital.",
    "de": "Es geschah {} in der Hauptstadt.",
    "fr": "Cela s'est passé {} dans la capitale.",
}
#: What a day takes before it in each language ("on", "am", "le").
ON = {"en": "on", "de": "am", "fr": "le"}
IN = {"en": "in", "de": "im", "fr": "en"}
LANGUAGES = st.sampled_from(("en", "de", "fr"))
years = st.integers(1950, 2040)


def _dates(text: str, language: str, published: dt.date) -> list[tuple[str, DateValue]]:
    out = []
    for m in extract_text(text, language=language, published=published):
        if m.kind == "date":
            assert isinstance(m.value, DateValue)
            out.append((m.text, m.value))
    return out


def _one_covering(text: str, written: str, language: str, published: dt.date) -> DateValue:
    """The one date mention that covers ``written`` in ``text``."""
    found = [(t, v) for t, v in _dates(text, language, published) if written in t]
    assert len(found) == 1, (text, _dates(text, language, published))
    return found[0][1]


def _month_end(year: int, month: int) -> dt.date:
    first = dt.date(year + month // 12, month % 12 + 1, 1)
    return first - dt.timedelta(days=1)


@st.composite
def day_ranges(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    """Two days of one month, the second after the first."""
    first = dt.date(draw(years), draw(st.integers(1, 12)), draw(st.integers(1, 25)))
    return first, first + dt.timedelta(days=draw(st.integers(1, 3)))


@settings(max_examples=200, deadline=None)
@given(
    days=day_ranges(),
    language=LANGUAGES,
    skeleton=st.sampled_from(("MMMEd", "MMMMEd", "yMMMEd", "yMEd", "yMMMMEEEEd")),
)
def test_cldr_intervals_with_a_weekday_on_each_end(
    days: tuple[dt.date, dt.date], language: str, skeleton: str
) -> None:
    first, last = days
    written = format_interval(first, last, skeleton, locale=language)
    text = SENTENCES[language].format(f"{ON[language]} {written}")
    value = _one_covering(text, written, language, last + dt.timedelta(days=2))
    assert (value.start, value.end) == (first, last), text


@settings(max_examples=120, deadline=None)
@given(
    year=years,
    month=st.integers(1, 11),
    language=LANGUAGES,
    width=st.sampled_from(("wide", "abbreviated")),
)
def test_two_months_joined_by_a_slash_are_one_period(
    year: int, month: int, language: str, width: str
) -> None:
    names = get_month_names(width, "format", locale=language)
    written = f"{names[month]}/{names[month + 1]} {year}"
    text = SENTENCES[language].format(f"{IN[language]} {written}")
    value = _one_covering(text, written, language, dt.date(2045, 1, 1))
    assert (value.start, value.end) == (dt.date(year, month, 1), _month_end(year, month + 1))


@settings(max_examples=120, deadline=None)
@given(day=st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)))
def test_german_days_written_as_ordinal_words(day: dt.date) -> None:
    ordinal = num2words(day.day, to="ordinal", lang="de") + "n"  # "am dritten"
    written = f"{ordinal} {format_date(day, 'MMMM yyyy', locale='de')}"
    text = SENTENCES["de"].format(f"am {written}")
    value = _one_covering(text, written, "de", dt.date(2045, 1, 1))
    assert (value.start, value.end) == (day, day), text


@settings(max_examples=150, deadline=None)
@given(
    year=st.integers(1, 2099),
    language=LANGUAGES,
    width=st.sampled_from(("wide", "abbreviated")),
    era=st.sampled_from((0, 1)),
)
def test_years_with_an_era_word(year: int, language: str, width: str, era: int) -> None:
    """A year of the common era with its era word is that year; before it, the figures
    are never read as the year of ours."""
    written = f"{year} {get_era_names(width, locale=language)[era]}"
    text = SENTENCES[language].format(f"{IN[language]} {written}")
    found = [(t, v) for t, v in _dates(text, language, dt.date(2045, 1, 1)) if str(year) in t]
    if era == 0:
        assert found == [], text
    else:
        assert len(found) == 1 and found[0][0] == written, (text, found)
        assert (found[0][1].start, found[0][1].end) == (
            dt.date(year, 1, 1),
            dt.date(year, 12, 31),
        )


def test_the_common_era_abbreviation_before_the_year() -> None:
    value = _one_covering("Vesuvius erupted in AD 79.", "AD 79", "en", dt.date(2020, 1, 1))
    assert (value.start, value.end) == (dt.date(79, 1, 1), dt.date(79, 12, 31))


def _decade_words(language: str, tens: int) -> str:
    word = num2words(tens, lang=language)
    if language == "en":
        return "the " + word[:-1] + "ies"  # "twenty" -> "the twenties"
    if language == "de":
        return f"den {word}er Jahren"
    return "les années " + word


@settings(max_examples=60, deadline=None)
@given(language=LANGUAGES, tens=st.integers(2, 9))
def test_decades_written_in_words(language: str, tens: int) -> None:
    written = _decade_words(language, tens * 10)
    text = SENTENCES[language].format(f"{'dans' if language == 'fr' else 'in'} {written}")
    found = [v for t, v in _dates(text, language, dt.date(2020, 1, 1)) if t in written]
    assert len(found) == 1, (text, found)
    year = 1900 + tens * 10
    assert (found[0].start, found[0].end) == (dt.date(year, 1, 1), dt.date(year + 9, 12, 31))


def test_decade_words_for_an_age_or_a_temperature_are_not_decades() -> None:
    for text in (
        "She is in her twenties.",
        "He was in his early thirties when he left.",
        "Temperatures will stay in the low twenties.",
    ):
        assert _dates(text, "en", dt.date(2020, 1, 1)) == [], text


def _roman(n: int) -> str:
    out = ""
    for value, figure in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + figure, n - value
    return out


@settings(max_examples=40, deadline=None)
@given(century=st.integers(11, 21), suffix=st.sampled_from(("e", "ème")))
def test_french_centuries_in_roman_figures(century: int, suffix: str) -> None:
    written = f"{_roman(century)}{suffix} siècle"
    value = _one_covering(f"Au {written}, la ville a grandi.", written, "fr", dt.date(2020, 1, 1))
    first = (century - 1) * 100
    assert (value.start, value.end) == (dt.date(first, 1, 1), dt.date(first + 99, 12, 31))


OF_THE_YEAR = {"en": "of the year", "de": "des Jahres", "fr": "de l'année"}


@settings(max_examples=120, deadline=None)
@given(
    day=st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)),
    language=LANGUAGES,
    with_day=st.booleans(),
)
def test_of_the_year_between_a_month_and_its_year(
    day: dt.date, language: str, with_day: bool
) -> None:
    month = format_date(day, "MMMM", locale=language)
    written = f"{month} {OF_THE_YEAR[language]} {day.year}"
    if with_day:
        written = format_date(day, "d. " if language == "de" else "d ", locale=language) + written
    text = SENTENCES[language].format(f"{ON[language] if with_day else IN[language]} {written}")
    value = _one_covering(text, written, language, dt.date(2045, 1, 1))
    if with_day:
        assert (value.start, value.end) == (day, day), text
    else:
        assert (value.start, value.end) == (day.replace(day=1), _month_end(day.year, day.month))


@settings(max_examples=120, deadline=None)
@given(
    day=st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)),
    locale=st.sampled_from(("en", "en_GB", "en_AU")),
    skeleton=st.sampled_from(("yyMMM", "yyMMMd")),
)
def test_two_figure_years_after_an_apostrophe(day: dt.date, locale: str, skeleton: str) -> None:
    from babel.dates import format_skeleton

    written = format_skeleton(skeleton, day, locale=locale)  # "Jun ’86", "11 Oct ’19"
    text = SENTENCES["en"].format(f"{'on' if 'd' in skeleton else 'in'} {written}")
    value = _one_covering(text, written, locale.replace("_", "-"), dt.date(2045, 1, 1))
    if "d" in skeleton:
        assert (value.start, value.end) == (day, day), text
    else:
        assert (value.start, value.end) == (day.replace(day=1), _month_end(day.year, day.month))


HALVES = {
    "en": ("the {} half of {}", ("first", "second")),
    "de": ("{} Hälfte {}", ("erste", "zweite")),
    "fr": ("la {} moitié de {}", ("première", "seconde")),
}


@settings(max_examples=60, deadline=None)
@given(language=LANGUAGES, year=years, half=st.sampled_from((1, 2)))
def test_halves_named_by_the_generic_word_need_their_year(
    language: str, year: int, half: int
) -> None:
    template, ordinals = HALVES[language]
    written = template.format(ordinals[half - 1], year)
    value = _one_covering(
        SENTENCES[language].format(written), written, language, dt.date(2045, 1, 1)
    )
    start = dt.date(year, 1 if half == 1 else 7, 1)
    assert (value.start, value.end) == (start, _month_end(year, 6 if half == 1 else 12))
    alone = template.format(ordinals[half - 1], "").strip().removesuffix(" of").removesuffix(" de")
    assert _dates(SENTENCES[language].format(alone), language, dt.date(2045, 1, 1)) == []


@settings(max_examples=20, deadline=None)
@given(season=st.sampled_from(("été", "hiver", "automne")), year=years)
def test_a_french_season_after_en(season: str, year: int) -> None:
    text = f"Cela s'est passé en {season}."
    found = _dates(text, "fr", dt.date(year, 12, 31))
    assert [t for t, _ in found] == [season], text


@settings(max_examples=80, deadline=None)
@given(
    language=LANGUAGES,
    day=st.integers(13, 27),
    month=st.integers(1, 11),
    year=years,
)
def test_numeric_ranges_opened_by_a_preposition(
    language: str, day: int, month: int, year: int
) -> None:
    opener, joint = {"en": ("from", "to"), "de": ("von", "bis"), "fr": ("du", "au")}[language]
    first, last = (f"{day}/{month}", f"{day}/{month + 1}")
    if language == "en":
        first, last = f"{month}/{day}", f"{month + 1}/{day}"
    written = f"{opener} {first} {joint} {last}"
    published = dt.date(year, month + 1, 28)
    value = _one_covering(SENTENCES[language].format(written), written, language, published)
    assert (value.start, value.end) == (dt.date(year, month, day), dt.date(year, month + 1, day))


@settings(max_examples=60, deadline=None)
@given(year=years, month=st.integers(1, 11), d1=st.integers(1, 28), d2=st.integers(1, 28))
def test_a_range_from_an_abbreviated_month_to_a_day(
    year: int, month: int, d1: int, d2: int
) -> None:
    names = get_month_names("abbreviated", "format", locale="fr")
    written = f"{d1} {names[month]}-{d2} {names[month + 1]} {year}"
    value = _one_covering(
        SENTENCES["fr"].format(f"du {written}"), written, "fr", dt.date(2045, 1, 1)
    )
    assert (value.start, value.end) == (dt.date(year, month, d1), dt.date(year, month + 1, d2))


@st.composite
def month_forms(draw: st.DrawFn, language: str, month: int) -> str:
    """A month name in a form CLDR gives: wide or abbreviated, format or stand-alone, with or
    without its abbreviation's dot, as written or in lower case."""
    width = draw(st.sampled_from(("wide", "abbreviated")))
    context = draw(st.sampled_from(("format", "stand-alone")))
    name = str(get_month_names(width, context, locale=language)[month])
    if draw(st.booleans()):
        name = name.rstrip(".")
    return name.lower() if draw(st.booleans()) and language != "en" else name


@settings(max_examples=250, deadline=None)
@given(day=st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)), data=st.data())
def test_every_month_form_with_a_day_weekday_and_year(day: dt.date, data: st.DataObject) -> None:
    language = data.draw(LANGUAGES)
    month = data.draw(month_forms(language, day.month))
    weekday = format_date(day, data.draw(st.sampled_from(("EEEE", "EEE"))), locale=language)
    if language == "de":
        written = f"{weekday}, {day.day}. {month} {day.year}"
    elif language == "fr":
        written = f"{weekday} {day.day} {month} {day.year}"
    else:
        written = f"{weekday}, {month} {day.day}, {day.year}"
    text = SENTENCES[language].format(f"{ON[language]} {written}")
    value = _one_covering(text, written, language, dt.date(2045, 1, 1))
    assert (value.start, value.end) == (day, day), text
    assert value.weekday == format_date(day, "EEEE", locale="en"), text


@settings(max_examples=150, deadline=None)
@given(day=st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)), data=st.data())
def test_every_month_form_without_a_year_takes_the_publication_year(
    day: dt.date, data: st.DataObject
) -> None:
    language = data.draw(LANGUAGES)
    month = data.draw(month_forms(language, day.month))
    written = {"de": f"{day.day}. {month}", "fr": f"{day.day} {month}"}.get(
        language, f"{month} {day.day}"
    )
    text = SENTENCES[language].format(f"{ON[language]} {written}")
    value = _one_covering(text, written, language, day)  # published the same day
    assert (value.start, value.end) == (day, day), text


@settings(max_examples=40, deadline=None)
@given(century=st.integers(11, 19))
def test_english_hundreds_with_s_are_the_century(century: int) -> None:
    written = f"{(century - 1) * 100}s"
    value = _one_covering(f"It was built in the {written}.", written, "en", dt.date(2020, 1, 1))
    first = (century - 1) * 100
    assert (value.start, value.end) == (dt.date(first, 1, 1), dt.date(first + 99, 12, 31))


@settings(max_examples=80, deadline=None)
@given(
    language=LANGUAGES,
    year=years,
    month=st.integers(1, 11),
    days=st.tuples(st.integers(1, 28), st.integers(1, 28)),
)
def test_two_dates_joined_by_and_share_the_year_written_last(
    language: str, year: int, month: int, days: tuple[int, int]
) -> None:
    first = dt.date(year, month, days[0])
    second = dt.date(year, month + 1, days[1])
    fmt = {"en": "MMMM d", "de": "d. MMMM", "fr": "d MMMM"}[language]
    joint = {"en": " and ", "de": " und am ", "fr": " et le "}[language]
    end = format_date(second, fmt, locale=language) + (", " if language == "en" else " ")
    text = SENTENCES[language].format(
        f"{ON[language]} {format_date(first, fmt, locale=language)}{joint}{end}{year}"
    )
    values = [(v.start, v.end) for _, v in _dates(text, language, dt.date(2045, 1, 1))]
    assert values == [(first, first), (second, second)], text


@settings(max_examples=40, deadline=None)
@given(first=st.integers(1950, 2030), span=st.integers(1, 10))
def test_a_year_after_a_year_and_jusqu_a_is_a_year(first: int, span: int) -> None:
    text = f"La gamme va de {first} jusqu'à {first + span}."
    values = [(v.start, v.end) for _, v in _dates(text, "fr", dt.date(2045, 1, 1))]
    assert values == [(dt.date(first, 1, 1), dt.date(first + span, 12, 31))], text
    assert _dates("On attend jusqu'à 2000 personnes.", "fr", dt.date(2045, 1, 1)) == []


def test_an_era_abbreviation_that_begins_a_name_is_no_era() -> None:
    text = "In 2019 BC Hydro raised its rates."
    assert [t for t, _ in _dates(text, "en", dt.date(2020, 1, 1))] == ["2019"]


@settings(max_examples=40, deadline=None)
@given(year=years, half=st.sampled_from((1, 2)), letter_first=st.booleans())
def test_french_semesters_by_letter_need_their_year(
    year: int, half: int, letter_first: bool
) -> None:
    written = f"S{half} {year}" if letter_first else f"{year} S{half}"
    value = _one_covering(
        f"Les ventes du {written} ont progressé.", written, "fr", dt.date(2045, 1, 1)
    )
    start = dt.date(year, 1 if half == 1 else 7, 1)
    assert (value.start, value.end) == (start, _month_end(year, 6 if half == 1 else 12))
    assert _dates(f"Au S{half}, les ventes ont progressé.", "fr", dt.date(2045, 1, 1)) == []
