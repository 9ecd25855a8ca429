"""Ranges of days, weekdays written with their date and months of a relative year, in English,
German and French, generated from CLDR's names and interval formats (babel) for many dates
rather than from hand-picked sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_interval, get_day_names, get_month_names
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.model import DateValue

LANGUAGES = ("en", "de", "fr")
PUBLISHED = dt.date(2026, 12, 7)
SENTENCES = {
    "en": "The fair took place {} in the capital.",
    "de": "Die Messe fand {} in der Hauptstadt statt.",
    "fr": "Le salon a eu lieu {} dans la capitale.",
}
days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


def _dates_covering(text: str, rendered: str, language: str) -> list[DateValue]:
    """The values of the date mentions covering ``rendered`` (offsets checked exactly)."""
    start = text.index(rendered)
    out = []
    for m in extract_text(text, language=language, published=PUBLISHED):
        if m.kind != "date":
            continue
        assert text[m.start : m.end] == m.text
        if m.start <= start and m.end >= start + len(rendered):
            assert isinstance(m.value, DateValue)
            out.append(m.value)
    return out


@settings(max_examples=200, deadline=None)
@given(
    first=days,
    length=st.integers(min_value=1, max_value=60),
    language=st.sampled_from(LANGUAGES),
    skeleton=st.sampled_from(("yMd", "yMMMd", "yMMMMd")),
)
def test_cldr_date_intervals_read_as_one_range(
    first: dt.date, length: int, language: str, skeleton: str
) -> None:
    last = first + dt.timedelta(days=length)
    rendered = format_interval(first, last, skeleton, locale=language)
    text = SENTENCES[language].format(rendered)
    assert (first, last) in {(v.start, v.end) for v in _dates_covering(text, rendered, language)}


#: "from 3 to 12 March 2024" in the words of each language ({d1}, {d2}, {month}, {year}).
DAY_RANGES = {
    "en": ("from {month} {d1} to {d2}, {year}", "between {month} {d1} and {d2}, {year}",
           "{month} {d1}-{d2}, {year}", "from {d1} to {d2} {month} {year}",
           "{d1}-{d2} {month} {year}"),
    "de": ("vom {d1}. bis {d2}. {month} {year}", "vom {d1}. bis zum {d2}. {month} {year}",
           "zwischen dem {d1}. und dem {d2}. {month} {year}",
           "zwischen {d1}. und {d2}. {month} {year}", "{d1}.–{d2}. {month} {year}"),
    "fr": ("du {d1} au {d2} {month} {year}", "entre le {d1} et le {d2} {month} {year}",
           "{d1}-{d2} {month} {year}", "du {d1} jusqu'au {d2} {month} {year}"),
}  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    first=days,
    length=st.integers(min_value=1, max_value=14),
    language=st.sampled_from(LANGUAGES),
    width=st.sampled_from(("wide", "abbreviated")),
    data=st.data(),
)
def test_day_ranges_within_a_month_in_every_language(
    first: dt.date, length: int, language: str, width: str, data: st.DataObject
) -> None:
    first = first.replace(day=min(first.day, 14))
    last = first + dt.timedelta(days=length)
    template = data.draw(st.sampled_from(DAY_RANGES[language]))
    month = get_month_names(width, "format", language)[first.month]
    rendered = template.format(d1=first.day, d2=last.day, month=month, year=first.year)
    text = SENTENCES[language].format(rendered)
    assert (first, last) in {(v.start, v.end) for v in _dates_covering(text, rendered, language)}


#: A weekday written before its date, with the punctuation and articles news uses.
WEEKDAY_DATES = {
    "en": ("{wd}, {month} {d}, {year}", "{wd} {d} {month} {year}", "{wd}, the {d}th of {month} {year}"),
    "de": ("{wd}, {d}. {month} {year}", "{wd}, den {d}. {month} {year}",
           "{wd}, dem {d}. {month} {year}", "{wd} {d}. {month} {year}"),
    "fr": ("{wd} {d} {month} {year}", "{wd}, {d} {month} {year}"),
}  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(day=days, language=st.sampled_from(LANGUAGES), data=st.data())
def test_a_weekday_before_its_date_is_one_mention(
    day: dt.date, language: str, data: st.DataObject
) -> None:
    if language == "en":
        day = day.replace(day=min(day.day, 28) if day.day > 3 else day.day + 3)
    template = data.draw(st.sampled_from(WEEKDAY_DATES[language]))
    width = data.draw(st.sampled_from(("wide", "abbreviated")))
    weekday = get_day_names(width, "format", language)[day.weekday()]
    month = get_month_names("wide", "format", language)[day.month]
    rendered = template.format(wd=weekday, d=day.day, month=month, year=day.year)
    text = SENTENCES[language].format(rendered)
    values = _dates_covering(text, rendered, language)
    assert (day, day) in {(v.start, v.end) for v in values}, (text, values)


#: A month, then a year relative to publication: offset -> phrases.
MONTH_OF_YEAR = {
    "en": {-1: ("{month} last year", "{month} of last year"), 0: ("{month} this year",),
           1: ("{month} next year",)},
    "de": {-1: ("{month} letzten Jahres", "{month} vergangenen Jahres", "{month} vorigen Jahres",
                "{month} des vergangenen Jahres"),
           0: ("{month} dieses Jahres", "{month} laufenden Jahres"),
           1: ("{month} nächsten Jahres", "{month} kommenden Jahres")},
    "fr": {-1: ("{month} de l'année dernière", "{month} l'an dernier", "{month} de l'an passé",
                "{month} l'année passée"),
           0: ("{month} de cette année",), 1: ("{month} de l'année prochaine",
                                                 "{month} l'an prochain")},
}  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    month=st.integers(min_value=1, max_value=12),
    language=st.sampled_from(LANGUAGES),
    offset=st.sampled_from((-1, 0, 1)),
    data=st.data(),
)
def test_a_month_of_a_relative_year(
    month: int, language: str, offset: int, data: st.DataObject
) -> None:
    template = data.draw(st.sampled_from(MONTH_OF_YEAR[language][offset]))
    name = get_month_names("wide", "stand-alone" if language == "de" else "format", language)
    rendered = template.format(month=name[month])
    text = SENTENCES[language].format({"en": "in ", "de": "im ", "fr": "en "}[language] + rendered)
    year = PUBLISHED.year + offset
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    # the month keeps its own span (the year words are a mention of their own) and takes
    # the year they name
    assert [(v.start, v.end) for v in _dates_covering(text, name[month], language)] == [
        (first, last)
    ]
    year_words = rendered[len(name[month]) :].strip()
    year_words = year_words.removeprefix("of ").removeprefix("de ").removeprefix("des ")
    assert (dt.date(year, 1, 1), dt.date(year, 12, 31)) in {
        (v.start, v.end) for v in _dates_covering(text, year_words, language)
    }


def _interval(
    text: str, span: str, language: str, published: dt.date
) -> set[tuple[dt.date, dt.date]]:
    start = text.index(span)
    return {
        (m.value.start, m.value.end)
        for m in extract_text(text, language=language, published=published)
        if m.kind == "date"
        and m.start <= start
        and m.end >= start + len(span)
        and isinstance(m.value, DateValue)
    }


MONDAY = dt.date(2016, 11, 7)


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("I'll be out the week after next.", "the week after next", dt.date(2016, 11, 21),
         dt.date(2016, 11, 27)),
        ("Prices will fall the month after next.", "the month after next", dt.date(2017, 1, 1),
         dt.date(2017, 1, 31)),
        ("He came back the year before last.", "the year before last", dt.date(2014, 1, 1),
         dt.date(2014, 12, 31)),
        ("The plant opens the year after next.", "the year after next", dt.date(2018, 1, 1),
         dt.date(2018, 12, 31)),
    ],
)  # fmt: skip
def test_periods_after_next_and_before_last(
    text: str, span: str, start: dt.date, end: dt.date
) -> None:
    assert (start, end) in _interval(text, span, "en", MONDAY)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        # "since" looks back: the month or day lies before publication
        ("Markets had their best week since December.", "December", dt.date(2015, 12, 1)),
        ("Prices have risen since December 3.", "December 3", dt.date(2015, 12, 3)),
        ("Die Preise steigen seit Dezember.", "Dezember", dt.date(2015, 12, 1)),
        ("Les prix montent depuis décembre.", "décembre", dt.date(2015, 12, 1)),
        # an intention in a past-tense sentence looks forward
        ("The firm said it wants to close 80 stores by early December.", "early December",
         dt.date(2016, 12, 1)),
        ("The union has said it hopes to sign the deal in December.", "December",
         dt.date(2016, 12, 1)),
    ],
)  # fmt: skip
def test_since_looks_back_and_intentions_look_forward(text: str, span: str, day: dt.date) -> None:
    language = "de" if "Preise" in text else "fr" if "prix" in text else "en"
    assert day in {s for s, _ in _interval(text, span, language, MONDAY)}


@pytest.mark.parametrize(
    ("language", "text", "span", "start", "end"),
    [
        ("en", "Revenue for about 2019 Q1 fell.", "2019 Q1", dt.date(2019, 1, 1),
         dt.date(2019, 3, 31)),
        ("en", "How about 2019-Q3?", "2019-Q3", dt.date(2019, 7, 1), dt.date(2019, 9, 30)),
        ("en", "The show runs 13 to 20 January.", "13 to 20 January", dt.date(2016, 1, 13),
         dt.date(2016, 1, 20)),
        ("en", "Revenue rose in Q2'19.", "Q2'19", dt.date(2019, 4, 1), dt.date(2019, 6, 30)),
        ("en", "Revenue rose in H1’20.", "H1’20", dt.date(2020, 1, 1), dt.date(2020, 6, 30)),
        ("de", "Der Umsatz stieg im Q2/2019.", "Q2/2019", dt.date(2019, 4, 1),
         dt.date(2019, 6, 30)),
        ("fr", "Les ventes ont augmenté au T2/2019.", "T2/2019", dt.date(2019, 4, 1),
         dt.date(2019, 6, 30)),
        ("en", "Revenue rose in 2Q 2019.", "2Q 2019", dt.date(2019, 4, 1), dt.date(2019, 6, 30)),
        ("en", "Revenue rose in 3Q19.", "3Q19", dt.date(2019, 7, 1), dt.date(2019, 9, 30)),
        ("en", "Revenue rose in 1H 2020.", "1H 2020", dt.date(2020, 1, 1), dt.date(2020, 6, 30)),
        ("de", "Am Sonnabend kam er.", "Sonnabend", dt.date(2016, 11, 5), dt.date(2016, 11, 5)),
        ("de", "Was ist mit 3 Okt 2016?", "3 Okt 2016", dt.date(2016, 10, 3),
         dt.date(2016, 10, 3)),
        ("de", "Ich komme am 11.Juli.2014 zurück.", "11.Juli.2014", dt.date(2014, 7, 11),
         dt.date(2014, 7, 11)),
        ("fr", "Je reviendrai le 25.oct.2002.", "25.oct.2002", dt.date(2002, 10, 25),
         dt.date(2002, 10, 25)),
        ("de", "Sie reist zwischen dem 17. Juni 2011 und dem 18.12.2011.",
         "17. Juni 2011 und dem 18.12.2011", dt.date(2011, 6, 17), dt.date(2011, 12, 18)),
    ],
)  # fmt: skip
def test_more_written_forms(
    language: str, text: str, span: str, start: dt.date, end: dt.date
) -> None:
    assert (start, end) in _interval(text, span, language, MONDAY)


@pytest.mark.parametrize(
    "text",
    ["About 2019 people came.", "Er hat 3 Mai-Bäume gepflanzt.", "Es gab 12 Januar-Termine."],
)
def test_counts_stay_counts(text: str) -> None:
    language = "en" if text.startswith(("About", "Model")) else "de"
    assert not [m for m in extract_text(text, language=language) if m.kind == "date"]


#: A part of the current year or month in one word or a bare phrase, after its cue.
PERIOD_PARTS = [
    ("en", "The deal should close by {}.", "year-end", "late", "year"),
    ("en", "Rates will rise toward {}.", "mid-year", "mid", "year"),
    ("en", "Payments are due at {}.", "month-end", "late", "month"),
    ("de", "Das soll bis zum {} fertig sein.", "Jahresende", "late", "year"),
    ("de", "Seit {} stieg der Kurs.", "Jahresbeginn", "early", "year"),
    ("de", "Zur {} stieg der Kurs.", "Jahresmitte", "mid", "year"),
    ("de", "Zum {} wird gezahlt.", "Monatsende", "late", "month"),
    ("fr", "Les ventes augmenteront en {}.", "fin d'année", "late", "year"),
    ("fr", "Les ventes ont augmenté en {}.", "début d'année", "early", "year"),
    ("fr", "Le loyer est payé en {}.", "fin de mois", "late", "month"),
]
_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 30)}


@pytest.mark.parametrize(("language", "frame", "phrase", "part", "unit"), PERIOD_PARTS)
def test_a_part_of_the_current_period_in_one_word(
    language: str, frame: str, phrase: str, part: str, unit: str
) -> None:
    text = frame.format(phrase)
    if unit == "year":
        first, last = _PART_MONTHS[part]
        want = (
            dt.date(2016, first, 1),
            (dt.date(2016, last, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1),
        )
    else:
        first, last = _PART_DAYS[part]
        want = (dt.date(2016, 11, first), dt.date(2016, 11, last))
    assert want in _interval(text, phrase, language, MONDAY)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("en", "Sales rose at the end of the year 2015.", "the end of the year 2015"),
        ("de", "Die Preise stiegen Ende des Jahres 2015.", "Ende des Jahres 2015"),
        ("fr", "Les prix ont augmenté à la fin de l'année 2015.", "fin de l'année 2015"),
    ],
)
def test_a_part_of_a_named_year_written_with_the_year_word(
    language: str, text: str, span: str
) -> None:
    assert (dt.date(2015, 9, 1), dt.date(2015, 12, 31)) in _interval(text, span, language, MONDAY)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Year-end results were strong."),
        ("en", "The firm reported year-end results."),
        ("de", "Die Jahresende-Bilanz war gut."),
        ("fr", "Les fins de mois sont difficiles."),
    ],
)
def test_period_words_without_a_cue_are_no_date(language: str, text: str) -> None:
    assert not [m for m in extract_text(text, language=language) if m.kind == "date"]


@pytest.mark.parametrize(
    ("language", "text", "span", "start", "end"),
    [
        ("en", "Sales rose 43% in February compared to the same period last year.",
         "the same period last year", dt.date(2015, 2, 1), dt.date(2015, 2, 28)),
        ("en", "Profit in the third quarter fell from the same period a year earlier.",
         "the same period a year earlier", dt.date(2015, 7, 1), dt.date(2015, 9, 30)),
        ("en", "Revenue rose in the third quarter from the year-ago quarter.",
         "the year-ago quarter", dt.date(2015, 7, 1), dt.date(2015, 9, 30)),
        ("de", "Im dritten Quartal stieg der Umsatz gegenüber dem Vorjahreszeitraum.",
         "Vorjahreszeitraum", dt.date(2015, 7, 1), dt.date(2015, 9, 30)),
        ("de", "Im März stieg der Umsatz im Vergleich zum gleichen Zeitraum des Vorjahres.",
         "gleichen Zeitraum des Vorjahres", dt.date(2015, 3, 1), dt.date(2015, 3, 31)),
        ("fr", "En février, les ventes ont progressé par rapport à la même période l'an dernier.",
         "la même période l'an dernier", dt.date(2015, 2, 1), dt.date(2015, 2, 28)),
    ],
)  # fmt: skip
def test_the_same_period_a_year_earlier(
    language: str, text: str, span: str, start: dt.date, end: dt.date
) -> None:
    assert (start, end) in _interval(text, span, language, MONDAY)


def test_the_same_period_without_a_period_before_stays_unresolved() -> None:
    text = "Sales fell compared with the same period last year."
    found = [m for m in extract_text(text, language="en", published=MONDAY) if m.kind == "date"]
    assert [m.text for m in found] == ["the same period last year"]
    assert all(isinstance(m.value, DateValue) and not m.value.resolved for m in found)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("en", "On March 3 the market fell late in the day.", "late in the day"),
        ("en", "On March 3 shares rose at the start of the day.", "the start of the day"),
        ("en", "On March 3 the Dow recovered earlier in the day.", "earlier in the day"),
        ("fr", "Le 3 mars, la Bourse a reculé en fin de journée.", "en fin de journée"),
        ("fr", "Le 3 mars, le CAC a progressé en début de journée.", "en début de journée"),
        ("de", "Am 3. März fiel der DAX im Tagesverlauf.", "im Tagesverlauf"),
    ],
)
def test_a_part_of_the_day_named_before_is_that_day(language: str, text: str, span: str) -> None:
    assert (dt.date(2016, 3, 3), dt.date(2016, 3, 3)) in _interval(text, span, language, MONDAY)


def test_at_the_end_of_the_day_is_an_idiom() -> None:
    text = "At the end of the day, it is about trust."
    assert not [m for m in extract_text(text, language="en") if m.kind == "date"]


#: A weekday of a week named relative to publication: phrase -> (weekday words, days from
#: the publication Monday).
WEEKDAY_OF_WEEK = [
    ("en", "The vote is on Friday next week.", "Friday", 11),
    ("en", "The vote was on Monday last week.", "Monday", -7),
    ("en", "The vote is next week on Friday.", "Friday", 11),
    ("de", "Die Abstimmung ist am Freitag nächster Woche.", "Freitag", 11),
    ("de", "Die Abstimmung war am Montag vergangener Woche.", "Montag", -7),
    ("de", "Die Abstimmung ist nächste Woche Freitag.", "Freitag", 11),
    ("fr", "Le vote aura lieu vendredi de la semaine prochaine.", "vendredi", 11),
    ("fr", "Le vote a eu lieu le lundi de la semaine dernière.", "lundi", -7),
]


@pytest.mark.parametrize(("language", "text", "weekday", "days"), WEEKDAY_OF_WEEK)
def test_a_weekday_of_a_relative_week(language: str, text: str, weekday: str, days: int) -> None:
    day = MONDAY + dt.timedelta(days=days)
    assert _interval(text, weekday, language, MONDAY) == {(day, day)}


@pytest.mark.parametrize(
    ("language", "text", "span", "half"),
    [
        ("de", "Im ersten Halbjahr stieg der Umsatz.", "ersten Halbjahr", 1),
        ("de", "In der ersten Jahreshälfte stieg der Umsatz.", "ersten Jahreshälfte", 1),
        ("fr", "Au premier semestre, les ventes ont augmenté.", "premier semestre", 1),
        ("de", "Im zweiten Halbjahr stieg der Umsatz.", "zweiten Halbjahr", 2),
    ],
)
def test_a_half_year_without_a_year_where_the_word_is_no_half_of_a_match(
    language: str, text: str, span: str, half: int
) -> None:
    year = 2016  # published in November 2016: the first half is past, the second current
    first = dt.date(year, 1 if half == 1 else 7, 1)
    last = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    assert (first, last) in _interval(text, span, language, MONDAY)


def test_the_first_half_alone_in_english_is_a_match() -> None:
    text = "In the first half, the team scored twice."
    assert not [m for m in extract_text(text, language="en") if m.kind == "date"]


@pytest.mark.parametrize(
    ("language", "text", "span", "day"),
    [
        ("en", "The plant closed on March 5 last year.", "March 5", dt.date(2015, 3, 5)),
        ("en", "The plant closed on 5 March last year.", "5 March", dt.date(2015, 3, 5)),
        ("de", "Das Werk schloss am 5. März vergangenen Jahres.", "5. März", dt.date(2015, 3, 5)),
        ("fr", "L'usine a fermé le 5 mars de l'an dernier.", "5 mars", dt.date(2015, 3, 5)),
        ("fr", "L'usine a fermé le 5 mars dernier.", "5 mars dernier", dt.date(2016, 3, 5)),
        ("fr", "L'usine ouvrira le 5 mars prochain.", "5 mars prochain", dt.date(2017, 3, 5)),
    ],
)
def test_a_day_of_a_relative_year(language: str, text: str, span: str, day: dt.date) -> None:
    assert _interval(text, span, language, MONDAY) == {(day, day)}


@settings(max_examples=100, deadline=None)
@given(
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    language=st.sampled_from(LANGUAGES),
)
def test_a_weekday_chooses_between_the_two_orders_of_a_numeric_date(
    day: dt.date, language: str
) -> None:
    # written in the order the language does not use; when only that order fits the
    # weekday, the weekday decides
    day = day.replace(day=min(day.day, 12))
    if day.day == day.month:
        return
    other = dt.date(day.year, day.day, day.month)
    if other.weekday() == day.weekday():
        return
    weekday = get_day_names("wide", "format", language)[day.weekday()]
    first, second = (day.month, day.day) if language != "en" else (day.day, day.month)
    sep = "/" if language != "de" else "."
    rendered = f"{weekday}, {first}{sep}{second}{sep}{day.year}"
    text = SENTENCES[language].format(rendered)
    assert (day, day) in {(v.start, v.end) for v in _dates_covering(text, rendered, language)}


UNTIL = {
    "en": (
        "Stock markets to remain closed until {}",
        "The regulator said the exchange will stay shut until {}.",
        "Voting is suspended until {} at the earliest.",
    ),
    "de": ("Die Börse bleibt bis {} geschlossen.", "Der Handel ist bis {} ausgesetzt."),
    "fr": ("La Bourse restera fermée jusqu'à {}.", "Le vote est suspendu jusqu'au {}."),
}


@pytest.mark.parametrize(
    ("language", "template"), [(lang, t) for lang, ts in UNTIL.items() for t in ts]
)
@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("offset", range(7))
def test_until_a_weekday_looks_forward(
    language: str, template: str, weekday: int, offset: int
) -> None:
    # a span that runs through the time of writing ends on the next such day (or today)
    published = PUBLISHED + dt.timedelta(days=offset)
    name = get_day_names("wide", locale=language)[weekday]
    name = name if language != "en" else name.capitalize()
    found = [m for m in extract_text(template.format(name), language=language, published=published)]
    dates = [m.value for m in found if m.kind == "date"]
    assert len(dates) == 1 and isinstance(dates[0], DateValue)
    day = dates[0].start
    assert day is not None and day.weekday() == weekday
    assert 0 <= (day - published).days < 7


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # past tense: the nearer of the two (published on a Thursday)
        ("The government continued to hold the markets closed until Friday.", 19),
        ("The exchange was shut until Monday, when trading resumed.", 15),
        ("Trading had been halted until Wednesday, officials said.", 17),
    ],
)
def test_until_a_weekday_in_the_past_tense_is_the_nearer_one(text: str, day: int) -> None:
    found = [m for m in extract_text(text, published=dt.date(2008, 9, 18)) if m.kind == "date"]
    assert [m.value.start for m in found] == [dt.date(2008, 9, day)]


def test_a_weekday_range_with_until_is_still_one_range() -> None:
    text = "Die Messe ist von Montag bis Freitag geöffnet."
    found = [m for m in extract_text(text, language="de", published=dt.date(2008, 9, 18))]
    assert [(m.text, m.value.start, m.value.end) for m in found if m.kind == "date"] == [
        ("von Montag bis Freitag", dt.date(2008, 9, 15), dt.date(2008, 9, 19))
    ]


@pytest.mark.parametrize(
    ("text", "word", "span"),
    [
        ("US stock markets have their best week since November.", "week", (5, 11)),
        ("Gold is heading for its best month since 2008.", "month", (1, 31)),
        ("The yen posts its strongest week in 20 years.", "week", (5, 11)),
        ("Wall Street is on course for its worst quarter since 2002.", "quarter", (1, 90)),
    ],
)
def test_a_record_period_in_the_present_tense_is_the_current_one(
    text: str, word: str, span: tuple[int, int]
) -> None:
    published = dt.date(2026, 1, 9)  # a Friday
    found = [m for m in extract_text(text, published=published) if m.kind == "date"]
    values = [m.value for m in found if m.text == word]
    assert len(values) == 1, text
    start = published.replace(day=1) + dt.timedelta(days=span[0] - 1)
    assert (values[0].start, values[0].end) == (start, start + dt.timedelta(span[1] - span[0]))


@pytest.mark.parametrize(
    "text",
    [
        "It was the best year since 1999, the firm said.",
        "This is the best week of my life.",
        "The Nasdaq had its strongest quarter since 2001.",
        "They spent their best week together.",
    ],
)
def test_a_record_period_in_the_past_or_without_a_comparison_is_no_date(text: str) -> None:
    found = [m for m in extract_text(text, published=PUBLISHED) if m.kind == "date"]
    assert [m.text for m in found if m.text in ("week", "year", "quarter")] == []
