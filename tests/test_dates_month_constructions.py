"""Constructions around a month that Recognizers-Text's DateTime grammars for English, German
and French describe (``MonthFrontSimpleCasesRegex``, ``MonthFrontBetweenRegex``,
``RelativeMonthRegex`` with a day, ``LastDateRegex``/``NextDateRegex``, ``MonthWithYear``),
generated over every month name CLDR gives (wide and abbreviated, with and without the dot)
and read back to the interval they name:

* the days of a month written after it ("March from the 3rd to the 5th", "im März vom 3. bis
  5.", "mars entre le 3 et le 5");
* a year relative to publication written before the month ("last year in March", "letztes
  Jahr im Mai", "l'année dernière en mars");
* days of the month before, of or after publication ("the 3rd of next month", "vom 4. bis 22.
  dieses Monats", "du 4 au 22 du mois prochain");
* a weekday with the week it falls in, without the genitive or "de" ("Freitag nächste Woche",
  "mercredi la semaine prochaine");
* German days without their full stop before a month ("vom 3 bis 5 März"), "im Monat März",
  and the French superscript "1ᵉʳ";
* a weekday of a month by its rank ("the second Friday of July", "am letzten Sonntag im Mai",
  "le 1er dimanche de mai": ``WeekDayOfMonthRegex``);
* a weekday with a day of the month and no month ("Friday the 13th", "Freitag, den 13.",
  "vendredi 13"): the latest day of that number on that weekday (``WeekDayAndDayOfMonth``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import get_month_names
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.model import DateValue

LANGUAGES = st.sampled_from(("en", "de", "fr"))


def _dates(text: str, language: str, published: dt.date) -> list[tuple[str, DateValue]]:
    out = []
    for m in extract_text(text, language=language, published=published):
        if m.kind == "date":
            assert isinstance(m.value, DateValue)
            out.append((m.text, m.value))
    return out


def _month_forms(language: str, month: int) -> list[str]:
    """Every way CLDR writes the month in a sentence: wide, abbreviated with and without its
    dot, in the format and the stand-alone context."""
    forms = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            name = str(get_month_names(width, context, locale=language)[month])
            forms.update({name, name.rstrip(".")})
    if language == "en":
        forms = {f[:1].upper() + f[1:] for f in forms}
    return sorted(f for f in forms if len(f.rstrip(".")) >= 3)


def _month_end(year: int, month: int) -> dt.date:
    first = dt.date(year + month // 12, month % 12 + 1, 1)
    return first - dt.timedelta(days=1)


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


# --------------------------------------------------------------------------------------------
# the days of a month written after it

MONTH_FRONT = {
    "en": [
        "It happened in {m} from the {a}th to the {b}th{y}, officials said.",
        "It happened {m} between the {a}th and the {b}th{y}, officials said.",
        "It happened in {m}, from {a} to {b}{y}, officials said.",
    ],
    "de": [
        "Es geschah im {m} vom {a}. bis {b}.{y}, sagte die Polizei.",
        "Es geschah im {m} vom {a}. bis zum {b}.{y}, sagte die Polizei.",
        "Es geschah im {m} zwischen dem {a}. und {b}.{y}, sagte die Polizei.",
    ],
    "fr": [
        "Cela s'est passé en {m} du {a} au {b}{y}, selon la police.",
        "Cela s'est passé en {m} entre le {a} et le {b}{y}, selon la police.",
        "Cela s'est passé en {m}, du {a} jusqu'au {b}{y}, selon la police.",
    ],
}


@settings(max_examples=250, deadline=None)
@given(
    language=LANGUAGES,
    year=st.integers(1990, 2035),
    month=st.integers(1, 12),
    first=st.integers(1, 20),
    length=st.integers(1, 8),
    with_year=st.booleans(),
    data=st.data(),
)
def test_the_days_of_a_month_written_after_it_are_one_range(
    language: str,
    year: int,
    month: int,
    first: int,
    length: int,
    with_year: bool,
    data: st.DataObject,
) -> None:
    name = data.draw(st.sampled_from(_month_forms(language, month)))
    template = data.draw(st.sampled_from(MONTH_FRONT[language]))
    written_year = f" {year}" if with_year else ""
    text = template.format(m=name, a=first, b=first + length, y=written_year)
    published = dt.date(year, 12, 31)  # a past sentence: the year of publication
    found = [
        v for t, v in _dates(text, language, published) if name.rstrip(".") in t and str(first) in t
    ]
    assert len(found) == 1, (text, _dates(text, language, published))
    assert (found[0].start, found[0].end) == (
        dt.date(year, month, first),
        dt.date(year, month, first + length),
    ), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In March between 3 and 5 percent of the vote was lost."),
        ("en", "In May from 3 to 5 people were hurt."),
        ("de", "Im März zwischen 3 und 5 Prozent der Stimmen gingen verloren."),
        ("fr", "En mars, entre 3 et 5 % des voix ont été perdues."),
    ],
)
def test_a_count_after_a_month_is_no_range_of_days(language: str, text: str) -> None:
    found = _dates(text, language, dt.date(2021, 6, 15))
    assert all(v.granularity == "month" for _, v in found), found


# --------------------------------------------------------------------------------------------
# a relative year before the month

YEAR_BEFORE = {
    "en": {-1: "Last year in {m}", 0: "This year in {m}", 1: "Next year in {m}"},
    "de": {-1: "Letztes Jahr im {m}", 0: "Dieses Jahr im {m}", 1: "Nächstes Jahr im {m}"},
    "fr": {-1: "L'année dernière en {m}", 0: "Cette année en {m}", 1: "L'an prochain en {m}"},
}
VERB = {"en": ", prices rose.", "de": " stiegen die Preise.", "fr": ", les prix ont augmenté."}


@settings(max_examples=200, deadline=None)
@given(
    language=LANGUAGES,
    offset=st.sampled_from((-1, 0, 1)),
    month=st.integers(1, 12),
    published=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    data=st.data(),
)
def test_a_relative_year_written_before_the_month_names_its_year(
    language: str, offset: int, month: int, published: dt.date, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from([f for f in _month_forms(language, month) if "." not in f]))
    text = YEAR_BEFORE[language][offset].format(m=name) + VERB[language]
    found = [v for t, v in _dates(text, language, published) if t.rstrip(".") == name]
    assert len(found) == 1, (text, _dates(text, language, published))
    year = published.year + offset
    assert (found[0].start, found[0].end) == (dt.date(year, month, 1), _month_end(year, month))


# --------------------------------------------------------------------------------------------
# days of the month before, of or after publication

RELATIVE_MONTH_DAYS = {
    "en": {
        "one": "He was away on the {a}th of {mod} month.",
        "range": "He was away from the {a}th to the {b}th of {mod} month.",
        "mods": {-1: "last", 0: "this", 1: "next"},
    },
    "de": {
        "one": "Er war am {a}. {mod} Monats weg.",
        "range": "Er war vom {a}. bis {b}. {mod} Monats weg.",
        "mods": {-1: "letzten", 0: "dieses", 1: "nächsten"},
    },
    "fr": {
        "one": "Il était absent le {a} {mod}.",
        "range": "Il était absent du {a} au {b} {mod}.",
        "mods": {-1: "du mois dernier", 0: "de ce mois", 1: "du mois prochain"},
    },
}


@settings(max_examples=200, deadline=None)
@given(
    language=LANGUAGES,
    offset=st.sampled_from((-1, 0, 1)),
    first=st.integers(1, 20),
    length=st.integers(0, 8),
    published=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
)
def test_days_of_a_month_named_relative_to_publication(
    language: str, offset: int, first: int, length: int, published: dt.date
) -> None:
    forms = RELATIVE_MONTH_DAYS[language]
    template = forms["one"] if length == 0 else forms["range"]
    mods = forms["mods"]
    assert isinstance(template, str) and isinstance(mods, dict)
    text = template.format(a=first, b=first + length, mod=mods[offset])
    year, month = _add_months(published, offset)
    found = _dates(text, language, published)
    assert len(found) == 1, (text, found)
    value = found[0][1]
    assert (value.start, value.end) == (
        dt.date(year, month, first),
        dt.date(year, month, first + length),
    ), text


def test_the_31st_of_a_month_that_has_30_days_is_no_date() -> None:
    found = _dates("He left on the 31st of next month.", "en", dt.date(2021, 5, 10))
    assert all(v.start is None for _, v in found), found


@pytest.mark.parametrize(
    "text", ["Sales rose 4 this month.", "Output fell from 4 to 3 percent this month."]
)
def test_a_count_before_this_month_is_no_day(text: str) -> None:
    found = _dates(text, "en", dt.date(2021, 6, 15))
    assert all(v.granularity == "month" for _, v in found), found


# --------------------------------------------------------------------------------------------
# weekdays with their week, German days without a full stop, "im Monat", "1ᵉʳ"


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("de", "Er kommt am Freitag nächste Woche.", dt.date(2021, 6, 25)),
        ("de", "Er kommt am Freitag in der nächsten Woche.", dt.date(2021, 6, 25)),
        ("de", "Er kam am Mittwoch letzte Woche.", dt.date(2021, 6, 9)),
        ("fr", "Il viendra mercredi la semaine prochaine.", dt.date(2021, 6, 23)),
        ("fr", "Il vient mercredi cette semaine.", dt.date(2021, 6, 16)),
        ("fr", "Il est venu vendredi la semaine dernière.", dt.date(2021, 6, 11)),
    ],
)
def test_a_weekday_with_its_week_after_it(language: str, text: str, day: dt.date) -> None:
    found = _dates(text, language, dt.date(2021, 6, 15))  # a Tuesday
    assert (day, day) in [(v.start, v.end) for _, v in found], found


@settings(max_examples=100, deadline=None)
@given(
    year=st.integers(1990, 2035),
    month=st.integers(1, 12),
    first=st.integers(1, 20),
    length=st.integers(1, 8),
    opener=st.sampled_from(("vom {a} bis {b}", "vom {a} bis zum {b}", "{a} bis {b}.")),
    data=st.data(),
)
def test_german_days_without_their_full_stop_before_a_month(
    year: int, month: int, first: int, length: int, opener: str, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from([f for f in _month_forms("de", month) if "." not in f]))
    written = opener.format(a=first, b=first + length) + f" {name} {year}"
    text = f"Die Messe lief {written} in Berlin."
    found = _dates(text, "de", dt.date(2036, 1, 1))
    assert [(v.start, v.end) for _, v in found] == [
        (dt.date(year, month, first), dt.date(year, month, first + length))
    ], text


@pytest.mark.parametrize("month", range(1, 13))
def test_im_monat_before_a_german_month(month: int) -> None:
    name = str(get_month_names("wide", locale="de")[month])
    found = _dates(f"Im Monat {name} stiegen die Preise.", "de", dt.date(2021, 12, 31))
    assert [(v.start, v.end) for _, v in found] == [
        (dt.date(2021, month, 1), _month_end(2021, month))
    ]


@pytest.mark.parametrize("month", range(1, 13))
def test_the_french_first_of_the_month_in_superscript(month: int) -> None:
    name = str(get_month_names("wide", locale="fr")[month])
    found = _dates(f"Il est venu le 1ᵉʳ {name} 2019.", "fr", dt.date(2021, 6, 15))
    assert [(t, v.start) for t, v in found] == [(f"1ᵉʳ {name} 2019", dt.date(2019, month, 1))]


RANKS = {
    "en": ("first", "second", "third", "fourth", "last"),
    "de": ("ersten", "zweiten", "dritten", "vierten", "letzten"),
    "fr": ("premier", "deuxième", "troisième", "quatrième", "dernier"),
}
RANK_FIGURES = {
    "en": ("1st", "2nd", "3rd", "4th"),
    "de": ("1.", "2.", "3.", "4."),
    "fr": ("1er", "2e", "3e", "4e"),
}
WEEKDAY_OF_MONTH = {
    "en": "It happened on the {r} {w} of {m}{y}.",
    "de": "Es geschah am {r} {w} im {m}{y}.",
    "fr": "Cela s'est passé le {r} {w} de {m}{y}.",
}


@settings(max_examples=200, deadline=None)
@given(
    language=LANGUAGES,
    year=st.integers(1990, 2035),
    month=st.integers(1, 12),
    weekday=st.integers(0, 6),
    rank=st.integers(0, 4),
    figures=st.booleans(),
    with_year=st.booleans(),
)
def test_a_weekday_of_a_month_by_its_rank(
    language: str, year: int, month: int, weekday: int, rank: int, figures: bool, with_year: bool
) -> None:
    """ "the second Friday of July", "am letzten Sonntag im Mai", "le 1er dimanche de mai"."""
    from babel.dates import get_day_names

    ranks = RANK_FIGURES[language] if figures and rank < 4 else RANKS[language]
    day_name = str(get_day_names("wide", locale=language)[weekday])
    month_name = str(get_month_names("wide", locale=language)[month])
    text = WEEKDAY_OF_MONTH[language].format(
        r=ranks[rank], w=day_name, m=month_name, y=f" {year}" if with_year else ""
    )
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * rank)
    while day.month != month:  # the last one
        day -= dt.timedelta(days=7)
    found = _dates(text, language, dt.date(year, 12, 31))
    assert [(v.start, v.end) for _, v in found] == [(day, day)], text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "It happens on the second Tuesday of each month."),
        ("de", "Es geschieht jeden zweiten Dienstag des Monats."),
        ("fr", "Cela se passe le deuxième mardi de chaque mois."),
        ("en", "He came on a Friday in July."),
    ],
)
def test_a_weekday_of_every_month_or_of_no_rank_is_no_day(language: str, text: str) -> None:
    found = _dates(text, language, dt.date(2021, 6, 15))
    assert all(v.granularity != "day" for _, v in found), found


# --------------------------------------------------------------------------------------------
# a weekday and a day of the month without the month

WEEKDAY_DAY = {
    "en": ("It happened on {w} the {d}th, officials said.", "It happened on {w}, the {d}th."),
    "de": ("Es geschah am {w}, den {d}., sagte die Polizei.", "Es geschah am {w} dem {d}. hier."),
    "fr": ("Cela s'est passé le {w} {d}, selon la police.", "Cela s'est passé {w} {d} à Paris."),
}


@settings(max_examples=200, deadline=None)
@given(
    language=LANGUAGES,
    day=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    days_later=st.integers(0, 400),
    data=st.data(),
)
def test_a_weekday_with_a_day_of_the_month_is_the_latest_such_day(
    language: str, day: dt.date, days_later: int, data: st.DataObject
) -> None:
    """The day named is the latest day of that number falling on that weekday, on or before
    publication (a past-tense sentence)."""
    from babel.dates import format_date

    weekday = format_date(day, data.draw(st.sampled_from(("EEEE", "EEE"))), locale=language)
    weekday = weekday.rstrip(".") if language != "de" else weekday
    if language == "en":
        weekday = weekday[:1].upper() + weekday[1:]
    template = data.draw(st.sampled_from(WEEKDAY_DAY[language]))
    text = template.format(w=weekday, d=day.day)
    published = day + dt.timedelta(days=days_later)
    latest = day
    probe = day
    for _ in range(days_later + 1):  # a later day with the same number and weekday
        if probe.day == day.day and probe.weekday() == day.weekday():
            latest = probe
        probe += dt.timedelta(days=1)
        if probe > published:
            break
    found = [v for t, v in _dates(text, language, published) if str(day.day) in t]
    assert [(v.start, v.end) for v in found] == [(latest, latest)], (text, published)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Monday 3rd quarter results came out."),
        ("fr", "Samedi 2 buts ont été marqués."),
        ("de", "Am Freitag, 13 Uhr, begann es."),
    ],
)
def test_a_figure_after_a_weekday_that_is_no_day_of_the_month(language: str, text: str) -> None:
    found = _dates(text, language, dt.date(2021, 6, 15))
    assert all(v.timex is None or not v.timex.startswith("XXXX-XX-") for _, v in found), found


# --------------------------------------------------------------------------------------------
# a range of weekdays with the week they fall in

WEEKDAY_RANGE_IN_WEEK = {
    "en": {
        "before": "It was closed {week} from {a} to {b}.",
        "after": "It was closed from {a} to {b} {week}.",
        "weeks": {-1: "last week", 0: "this week", 1: "next week"},
    },
    "de": {
        "before": "Es war {week} von {a} bis {b} geschlossen.",
        "after": "Es war von {a} bis {b} {week} geschlossen.",
        "weeks": {-1: ("letzte Woche", "letzter Woche"), 0: ("diese Woche", "dieser Woche")}
        | {1: ("nächste Woche", "nächster Woche")},
    },
    "fr": {
        "before": "C'était fermé {week} du {a} au {b}.",
        "after": "C'était fermé du {a} au {b} {week}.",
        "weeks": {-1: ("la semaine dernière", "de la semaine dernière")}
        | {0: ("cette semaine", "de cette semaine"), 1: ("la semaine prochaine",) * 2},
    },
}


@settings(max_examples=150, deadline=None)
@given(
    language=LANGUAGES,
    offset=st.sampled_from((-1, 0, 1)),
    first=st.integers(0, 5),
    length=st.integers(1, 6),
    order=st.sampled_from(("before", "after")),
    published=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
)
def test_a_range_of_weekdays_takes_the_week_written_with_it(
    language: str, offset: int, first: int, length: int, order: str, published: dt.date
) -> None:
    from babel.dates import get_day_names

    last = min(first + length, 6)
    forms = WEEKDAY_RANGE_IN_WEEK[language]
    weeks = forms["weeks"]
    template = forms[order]
    assert isinstance(weeks, dict) and isinstance(template, str)
    week = weeks[offset]
    if isinstance(week, tuple):  # German and French write the week after in another case
        week = week[0] if order == "before" else week[1]
    names = get_day_names("wide", locale=language)
    text = template.format(week=week, a=names[first], b=names[last])
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
    expected = (monday + dt.timedelta(days=first), monday + dt.timedelta(days=last))
    found = [(v.start, v.end) for t, v in _dates(text, language, published) if names[last] in t]
    assert found == [expected], (text, _dates(text, language, published))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Ich bin vom 4 bis 22 diesen Monat weg.", dt.date(2021, 6, 4), dt.date(2021, 6, 22)),
        ("Ich bin 4-23 nächsten Monat weg.", dt.date(2021, 7, 4), dt.date(2021, 7, 23)),
        ("Ich war zwischen 2 und 5 letzten Monat weg.", dt.date(2021, 5, 2), dt.date(2021, 5, 5)),
    ],
)
def test_german_days_of_a_relative_month_without_full_stops(
    text: str, first: dt.date, last: dt.date
) -> None:
    found = _dates(text, "de", dt.date(2021, 6, 15))
    assert [(v.start, v.end) for _, v in found] == [(first, last)], found


@pytest.mark.parametrize(
    "text", ["Die Preise stiegen um 4 diesen Monat.", "Er fehlte 3 nächsten Monat."]
)
def test_a_german_count_before_a_relative_month_is_no_day(text: str) -> None:
    found = _dates(text, "de", dt.date(2021, 6, 15))
    assert all(v.granularity == "month" for _, v in found), found


# --------------------------------------------------------------------------------------------
# German day adjectives: "am gestrigen Montag", "am morgigen Tag"

DAY_ADJECTIVES = {"vorgestrigen": -2, "gestrigen": -1, "heutigen": 0, "morgigen": 1}


@settings(max_examples=100, deadline=None)
@given(
    adjective=st.sampled_from(sorted(DAY_ADJECTIVES)),
    published=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    opener=st.sampled_from(("Am", "Seit dem", "Bis zum", "Nach dem")),
    noun=st.sampled_from(("weekday", "Tag")),
)
def test_a_german_day_adjective_names_the_day_from_publication(
    adjective: str, published: dt.date, opener: str, noun: str
) -> None:
    from babel.dates import format_date

    day = published + dt.timedelta(days=DAY_ADJECTIVES[adjective])
    written = format_date(day, "EEEE", locale="de") if noun == "weekday" else "Tag"
    text = f"{opener} {adjective} {written} stiegen die Preise."
    found = _dates(text, "de", published)
    assert [(t, v.start, v.end) for t, v in found] == [(f"{adjective} {written}", day, day)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Il est venu lundi, mars 3.", [("lundi, mars 3", dt.date(2021, 3, 3))]),
        ("Il est venu mars 3.", [("mars 3", dt.date(2021, 3, 3))]),
        ("La sonde Mars 3 a atterri.", []),
    ],
)
def test_a_french_lower_case_mars_before_its_day_is_the_month(
    text: str, found: list[tuple[str, dt.date]]
) -> None:
    assert [(t, v.start) for t, v in _dates(text, "fr", dt.date(2021, 6, 15))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("On Tuesday 21, the court met.", [("Tuesday 21", dt.date(2020, 7, 21))]),
        ("The court will meet on Tuesday 21.", [("Tuesday 21", dt.date(2021, 9, 21))]),
        ("On Sunday 20 people died.", [("Sunday", dt.date(2021, 6, 13))]),
    ],
)
def test_an_english_weekday_with_a_bare_day_closing_the_phrase(
    text: str, found: list[tuple[str, dt.date]]
) -> None:
    assert [(t, v.start) for t, v in _dates(text, "en", dt.date(2021, 6, 15))] == found


# --------------------------------------------------------------------------------------------
# a quarter or half of a year named relative to publication, with or without "of"/"de"

PERIOD_OF_RELATIVE_YEAR = {
    "en": {
        "ranks": ("first", "second", "third", "fourth"),
        "forms": ("In the {r} {p} of {y}, sales fell.", "In the {r} {p} {y}, sales fell."),
        "periods": {"quarter": "quarter", "half": "half"},
        "years": {-1: "last year", 0: "this year", 1: "next year"},
    },
    "de": {
        "ranks": ("ersten", "zweiten", "dritten", "vierten"),
        "forms": ("Im {r} {p} {y} fielen die Umsätze.", "Im {r} {p} des {y} fielen die Umsätze."),
        "periods": {"quarter": "Quartal", "half": "Halbjahr"},
        "years": {-1: "vergangenen Jahres", 0: "laufenden Jahres", 1: "nächsten Jahres"},
    },
    "fr": {
        "ranks": ("premier", "deuxième", "troisième", "quatrième"),
        "forms": (
            "Au {r} {p} de {y}, les ventes ont chuté.",
            "Au {r} {p} {y}, les ventes ont chuté.",
        ),
        "periods": {"quarter": "trimestre", "half": "semestre"},
        "years": {-1: "l'année dernière", 0: "cette année", 1: "l'an prochain"},
    },
}


@settings(max_examples=150, deadline=None)
@given(
    language=LANGUAGES,
    offset=st.sampled_from((-1, 0, 1)),
    half=st.booleans(),
    rank=st.integers(0, 3),
    form=st.integers(0, 1),
    published=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
)
def test_a_quarter_or_half_of_a_relative_year(
    language: str, offset: int, half: bool, rank: int, form: int, published: dt.date
) -> None:
    spec = PERIOD_OF_RELATIVE_YEAR[language]
    ranks, forms, periods, years = spec["ranks"], spec["forms"], spec["periods"], spec["years"]
    assert isinstance(ranks, tuple) and isinstance(forms, tuple)
    assert isinstance(periods, dict) and isinstance(years, dict)
    if half and rank > 1:
        rank %= 2
    if language == "de" and form == 1:
        years = {k: v.split()[0].rstrip("n") + "n Jahres" for k, v in years.items()}
    if language == "fr" and form == 0 and offset == 0:
        years = {0: "l'année en cours"}
    text = str(forms[form]).format(
        r=ranks[rank], p=periods["half" if half else "quarter"], y=years[offset]
    )
    size = 6 if half else 3
    year = published.year + offset
    first = dt.date(year, size * rank + 1, 1)
    found = _dates(text, language, published)
    assert [(v.start, v.end) for _, v in found] == [
        (first, _month_end(year, size * rank + size))
    ], (text, found)


# --------------------------------------------------------------------------------------------
# the rest of the week, month or year (Recognizers-Text's RestOfDateRegex)

REST_OF = {
    "en": {
        "week": "the rest of the week",
        "month": "the rest of this month",
        "year": "the rest of the year",
    },
    "de": {"week": "Rest der Woche", "month": "Rest dieses Monats", "year": "Rest des Jahres"},
    "fr": {
        "week": "le reste de la semaine",
        "month": "le reste du mois",
        "year": "le reste de l'année",
    },
}
REST_SENTENCE = {
    "en": "Markets will stay closed for {}.",
    "de": "Die Börse bleibt für den {} geschlossen.",
    "fr": "La bourse restera fermée pour {}.",
}


@settings(max_examples=100, deadline=None)
@given(
    language=LANGUAGES,
    unit=st.sampled_from(("week", "month", "year")),
    published=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
)
def test_the_rest_of_a_period_runs_from_publication_to_its_end(
    language: str, unit: str, published: dt.date
) -> None:
    written = REST_OF[language][unit]
    text = REST_SENTENCE[language].format(written)
    if unit == "week":
        end = published + dt.timedelta(days=6 - published.weekday())
    elif unit == "month":
        end = _month_end(published.year, published.month)
    else:
        end = dt.date(published.year, 12, 31)
    found = _dates(text, language, published)
    assert [(t, v.start, v.end) for t, v in found] == [(written, published, end)], text
