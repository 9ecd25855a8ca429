"""Dates as CLDR writes them, in every format length and skeleton of each supported locale and
its regional variants, and CLDR's relative-period names, extracted and resolved back; and the
classes of news dates beyond calendar dates: references, times of day, anaphoric days,
decades, update stamps. Every case is generated from babel's data or from a table of several
forms, never one hand-picked sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from babel.dates import format_date, format_skeleton, format_timedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.extraction.dates.extractor import find_dates
from claimcheck.language.calendar import calendar_words, phrase_key
from claimcheck.model import DateValue

#: Locales whose renderings must come back, with the language tag a document would carry.
LOCALES = ("en", "en_GB", "en_AU", "en_IN", "de", "de_AT", "de_CH", "fr", "fr_CA", "fr_CH")
#: Skeletons with a year (year-less ones are resolved against a publication date below).
DAY_SKELETONS = ("yMd", "yMMMd", "yMMMMd", "yMMMEd", "yMEd")
MONTH_SKELETONS = ("yMMM", "yMMMM", "yM")
SENTENCES = {
    "en": "The agreement was signed on {} in the capital.",
    "de": "Das Abkommen wurde am {} in der Hauptstadt unterzeichnet.",
    "fr": "L'accord a été signé le {} dans la capitale.",
}
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Two-digit years ("10/28/67") are read in 1950-2049.
days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))


def _covering(text: str, rendered: str, tag: str) -> list[tuple[int, int, DateValue]]:
    start = text.index(rendered)
    out = []
    for m in find_dates(text, tag):
        assert isinstance(m.value, DateValue)
        if m.start <= start and m.end >= start + len(rendered):
            out.append((m.start, m.end, m.value))
    return out


@settings(max_examples=300, deadline=None)
@given(
    day=days,
    locale=st.sampled_from(LOCALES),
    fmt=st.sampled_from(("short", "medium", "long", "full", *DAY_SKELETONS)),
)
def test_every_cldr_day_format_round_trips(day: dt.date, locale: str, fmt: str) -> None:
    if fmt in DAY_SKELETONS:
        rendered = format_skeleton(fmt, day, locale=locale)
    else:
        rendered = format_date(day, format=fmt, locale=locale)
    tag = locale.replace("_", "-")
    text = SENTENCES[locale[:2]].format(rendered)
    found = _covering(text, rendered, tag)
    assert len(found) == 1, (text, [text[s:e] for s, e, _ in found])
    value = found[0][2]
    assert (value.start, value.end) == (day, day), text
    if value.weekday is not None:
        assert value.weekday == ENGLISH_DAYS[day.weekday()], text


@settings(max_examples=150, deadline=None)
@given(day=days, locale=st.sampled_from(LOCALES), skeleton=st.sampled_from(MONTH_SKELETONS))
def test_every_cldr_month_format_round_trips(day: dt.date, locale: str, skeleton: str) -> None:
    rendered = format_skeleton(skeleton, day, locale=locale)
    text = SENTENCES[locale[:2]].format(rendered)
    found = _covering(text, rendered, locale.replace("_", "-"))
    assert len(found) == 1, text
    value = found[0][2]
    assert value.start == day.replace(day=1), text
    assert value.end is not None and (value.end.year, value.end.month) == (day.year, day.month)


@settings(max_examples=150, deadline=None)
@given(day=days, language=st.sampled_from(("en", "de", "fr")))
def test_year_less_days_take_the_publication_year(day: dt.date, language: str) -> None:
    rendered = format_skeleton("MMMMd", day, locale=language)
    text = SENTENCES[language].format(rendered)
    published = day + dt.timedelta(days=3)
    dates = [m for m in extract_text(text, language=language, published=published)]
    values = [m.value for m in dates if m.kind == "date" and rendered in m.text]
    assert len(values) == 1 and isinstance(values[0], DateValue)
    assert values[0].start == day


@settings(max_examples=300, deadline=None)
@given(
    day=days,
    locale=st.sampled_from(LOCALES),
    skeleton=st.sampled_from(("MMMd", "MMMMd", "MMMEd", "MMMMEd", "MMMMEEEEd", "MEd", "Md")),
)
def test_every_year_less_cldr_day_format_takes_the_publication_year(
    day: dt.date, locale: str, skeleton: str
) -> None:
    rendered = format_skeleton(skeleton, day, locale=locale)
    if skeleton == "Md" and "-" in rendered:
        return  # "08-21" (fr-CA): figures joined by a hyphen are scores and codes in news
    text = SENTENCES[locale[:2]].format(rendered)
    published = day + dt.timedelta(days=3)
    tag = locale.replace("_", "-")
    found = [m for m in extract_text(text, language=tag, published=published) if m.kind == "date"]
    assert len(found) == 1 and rendered in found[0].text, (text, [m.text for m in found])
    assert isinstance(found[0].value, DateValue) and found[0].value.start == day, text


def _relative_names() -> list[tuple[str, str, int, str]]:
    out = []
    for language in ("en", "de", "fr"):
        fields = Locale.parse(language)._data["date_fields"]
        for unit in ("day", "week", "month", "quarter", "year"):
            for offset, name in fields[unit]["relative"].items():
                out.append((language, unit, int(offset), str(name)))
    return out


PUBLISHED = dt.date(2021, 6, 16)  # a Wednesday in the second quarter


def _expected(unit: str, offset: int) -> tuple[dt.date, dt.date]:
    if unit == "day":
        d = PUBLISHED + dt.timedelta(days=offset)
        return d, d
    if unit == "week":
        monday = PUBLISHED - dt.timedelta(days=PUBLISHED.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        first = dt.date(2021, 6 + offset, 1)
        return first, dt.date(2021, 7 + offset, 1) - dt.timedelta(days=1)
    if unit == "quarter":
        first = dt.date(2021, 4 + 3 * offset, 1)
        return first, dt.date(2021, 7 + 3 * offset, 1) - dt.timedelta(days=1)
    return dt.date(2021 + offset, 1, 1), dt.date(2021 + offset, 12, 31)


@pytest.mark.parametrize(("language", "unit", "offset", "name"), _relative_names())
def test_cldr_relative_periods_resolve(language: str, unit: str, offset: int, name: str) -> None:
    text = {
        "en": f"The plant closed {name}, officials said.",
        "de": f"Das Werk schloss {name}, sagten Beamte.",
        "fr": f"L'usine a fermé {name}, ont dit les responsables.",
    }[language]
    dates = [m for m in extract_text(text, language=language, published=PUBLISHED)]
    found = [m for m in dates if m.kind == "date"]
    assert [m.text for m in found] == [name]
    value = found[0].value
    assert isinstance(value, DateValue)
    assert (value.start, value.end) == _expected(unit, offset)


@pytest.mark.parametrize("language", ["en", "de", "fr"])
@pytest.mark.parametrize("n", [2, 3, 5])
@pytest.mark.parametrize(("unit", "days_per"), [("day", 1), ("month", 30.5), ("year", 365.25)])
def test_cldr_ago_phrases_resolve(language: str, n: int, unit: str, days_per: float) -> None:
    rendered = format_timedelta(
        dt.timedelta(days=-n * days_per),
        granularity=unit,  # type: ignore[arg-type]
        threshold=1.0,
        add_direction=True,
        locale=language,
    )
    found = [m for m in extract_text(rendered, language=language, published=PUBLISHED)]
    assert [m.text for m in found if m.kind == "date"] == [rendered]
    value = found[0].value
    assert isinstance(value, DateValue) and value.start is not None
    if unit == "day":
        assert value.start == PUBLISHED - dt.timedelta(days=n)
    elif unit == "month":
        assert (value.start.year * 12 + value.start.month) == 2021 * 12 + 6 - n
    else:
        assert value.start.year == 2021 - n


# --------------------------------------------------------------------------------------------
# references to the present, the past and the future


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_every_reference_phrase_is_a_reference(language: str) -> None:
    words = calendar_words(language)
    for phrase in words.reference_forms:
        text = {"en": "{} it sold music.", "de": "{} verkaufte es Musik.", "fr": "{} il vendait."}
        sentence = text[language].format(phrase[:1].upper() + phrase[1:])
        mentions = [m for m in find_dates(sentence, language)]
        assert len(mentions) == 1, sentence
        value = mentions[0].value
        assert isinstance(value, DateValue)
        assert value.reference in ("present", "past", "future")
        assert value.start is None and value.to_json()["reference"] == value.reference


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose in the past few years.",
        "Sales fell in recent months.",
        "It was the worst at the time of the crash.",
        "The future of the plant is unclear.",
        "Call back as soon as possible.",
        "the now-defunct airline",
        "its most recent model",
        "In den vergangenen Jahren und in der Vergangenheit der Firma.",
        "The current account deficit widened.",
        "Profit rose in the current fiscal year.",
    ],
)
def test_rolling_windows_and_named_times_are_not_references(text: str) -> None:
    language = "de" if "Firma" in text else "en"
    refs = [m for m in find_dates(text, language) if getattr(m.value, "reference", None)]
    assert refs == []


@pytest.mark.parametrize(
    ("text", "phrase", "reference"),
    [
        ("Stability matters more under the current circumstances.", "current", "present"),
        ("The current chairman took office in 2004.", "current", "present"),
        ("Shares trade well below their current value.", "current", "present"),
        ("It had, at one point, set a new low.", "at one point", "past"),
        ("At one point, the index was down sharply.", "At one point", "past"),
        ("Customers were told to call back at a later time.", "a later time", "future"),
        ("The vote was postponed to a later date.", "a later date", "future"),
    ],
)
def test_adjectives_and_idioms_of_the_present_past_and_future(
    text: str, phrase: str, reference: str
) -> None:
    found = [m for m in extract_text(text, published=PUBLISHED) if m.kind == "date"]
    refs = [(m.text, m.value.reference) for m in found if isinstance(m.value, DateValue)]
    assert (phrase, reference) in refs


def test_references_never_take_part_in_date_comparison() -> None:
    (m,) = extract_text("The store currently sells music.", published=PUBLISHED)
    assert isinstance(m.value, DateValue)
    assert not m.value.resolved and m.value.reference == "present"
    assert m.value.describe() == "the present"


# --------------------------------------------------------------------------------------------
# times of day, anaphoric days, update stamps


@pytest.mark.parametrize(
    ("language", "day", "period"),
    [
        (lang, day, period)
        for lang, days_ in (
            ("en", ("Friday", "yesterday", "Monday")),
            ("de", ("Freitag", "gestern", "Montag")),
            ("fr", ("vendredi", "hier", "lundi")),
        )
        for day in days_
        for period in calendar_words(lang).day_period_forms
    ],
)
def test_a_part_of_the_day_belongs_to_its_day(language: str, day: str, period: str) -> None:
    text = f"{day} {period}"
    mentions = find_dates(f"... {text} ...", language)
    assert [(m.end - m.start) for m in mentions] == [len(text)], text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Obama spoke at 16:00 UTC today.", "16:00 UTC today"),
        ("GM filed at 12:00 UTC Monday in New York.", "12:00 UTC Monday"),
        ("The court meets Monday at 10 a.m. in Paris.", "Monday at 10 a.m."),
        ("Er sprach am Freitag um 18 Uhr.", "Freitag um 18 Uhr"),
        ("Il a parlé mardi soir à 18h30.", "mardi soir à 18h30"),
    ],
)
def test_a_clock_time_joins_its_day(text: str, span: str) -> None:
    language = "de" if "Uhr" in text else "fr" if "mardi" in text else "en"
    mentions = find_dates(text, language)
    assert [text[m.start : m.end] for m in mentions] == [span]


CLOCK_TIMES = ("18:00 UTC", "6:40 p.m. (GMT +8)", "0800 GMT", "9 a.m.", "14:58 UTC")


@pytest.mark.parametrize("time", CLOCK_TIMES)
def test_a_lone_clock_time_is_kept_but_never_compared(time: str) -> None:
    # which day "Updated 9:01 AM EDT" belongs to is too often another story's: no interval
    text = f"Markets fell on Tuesday. At {time}, the bank cut its rate."
    mentions = [m for m in extract_text(text, published=PUBLISHED) if m.kind == "date"]
    assert [m.text for m in mentions] == ["Tuesday", time]
    assert mentions[1].value.start is None and mentions[1].value.end is None
    assert mentions[1].value.describe().endswith("(day unknown)")


def _clock_day(text: str, time: str) -> dt.date | None:
    found = [m for m in extract_text(text, published=PUBLISHED) if m.kind == "date"]
    value = next(m.value for m in found if m.text == time)
    assert isinstance(value, DateValue) and value.start is None
    return value.day


@pytest.mark.parametrize("time", CLOCK_TIMES)
@pytest.mark.parametrize(
    ("template", "day"),
    [
        # the day named in the same sentence, before or after the time
        ("The jet made its first flight Tuesday in Everett, Washington at {}.", 1),
        ("At {}, the central banks of five countries acted together on Tuesday.", 1),
        ("Shares were up 3% at {} on a busy March 4, 2009, said traders.", 2),
        # else the last day named before it
        ("The plan was unveiled on Monday. The index rose 2% at {} in London.", 0),
        # else the publication date
        ("The index rose 2% at {} in London.", 3),
        ("As of {}, the primary UK index was one of the worst performers.", 3),
    ],
)
def test_a_lone_clock_time_carries_the_day_it_falls_on(time: str, template: str, day: int) -> None:
    days = (dt.date(2021, 6, 14), dt.date(2021, 6, 15), dt.date(2009, 3, 4), PUBLISHED)
    assert _clock_day(template.format(time), time) == days[day]


@pytest.mark.parametrize("period", ["morning", "afternoon", "evening", "late-morning"])
@pytest.mark.parametrize(
    ("template", "day"),
    [
        ("Ford's stock rose to a five-year high in {} trading, then fell.", PUBLISHED),
        ("On Monday, shares fell 3% in {} trading in Tokyo.", dt.date(2021, 6, 14)),
        ("The yen slipped on June 1. In {} dealings it recovered.", dt.date(2021, 6, 1)),
    ],
)
def test_trading_named_by_its_part_of_the_day_is_the_day_of_the_story(
    period: str, template: str, day: dt.date
) -> None:
    text = template.format(period)
    found = [m for m in extract_text(text, published=PUBLISHED) if m.kind == "date"]
    word = period.rpartition("-")[2]
    values = [m.value for m in found if m.text.lower() == word]
    assert len(values) == 1 and values[0].start == values[0].end == day, text


@pytest.mark.parametrize(
    "text", ["He was tired in the morning.", "It was a long night session.", "Evening classes."]
)
def test_a_part_of_the_day_alone_is_no_date(text: str) -> None:
    assert [m for m in extract_text(text, published=PUBLISHED) if m.kind == "date"] == []


def test_a_lone_clock_time_day_is_in_the_json() -> None:
    text = "The index rose 2% at 18:00 UTC in London."
    found = [m for m in extract_text(text, published=PUBLISHED) if m.kind == "date"]
    assert found[0].value.to_json()["day"] == PUBLISHED.isoformat()
    assert found[0].value.to_json()["start"] is None
    assert "day" not in extract_text("It fell on Tuesday.", published=PUBLISHED)[0].value.to_json()


@pytest.mark.parametrize(
    ("language", "phrase"),
    [(lang, p) for lang in ("en", "de", "fr") for p in calendar_words(lang).anaphor_forms],
)
def test_anaphors_take_the_period_named_before(language: str, phrase: str) -> None:
    first = {"en": "on March 3, 2009", "de": "am 3. März 2009", "fr": "le 3 mars 2009"}[language]
    text = f"It began {first}. {phrase[:1].upper() + phrase[1:]}, it ended."
    found = [m for m in extract_text(text, language=language) if m.kind == "date"]
    assert len(found) == 2, text
    unit, offset = calendar_words(language).anaphors[phrase_key(phrase)]
    value = found[1].value
    assert isinstance(value, DateValue) and value.start is not None, text
    if unit == "calendar_week":  # "the following week": a Monday-to-Sunday week
        monday = dt.date(2009, 3, 2) + dt.timedelta(weeks=offset)
        assert (value.start, value.end) == (monday, monday + dt.timedelta(days=6))
    elif unit in ("day", "week"):  # "two weeks later": fourteen days
        days = offset * (7 if unit == "week" else 1)
        assert value.start == value.end == dt.date(2009, 3, 3) + dt.timedelta(days=days)
    elif unit == "month":
        index = 2009 * 12 + 2 + offset
        assert (value.start.year, value.start.month) == (index // 12, index % 12 + 1)
    elif unit == "period":  # "the same period last year": the period named before, a year back
        assert value.start == value.end == dt.date(2009 + offset, 3, 3)
    else:
        year = 2009 + offset
        assert (value.start, value.end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


def test_anaphors_without_an_antecedent_use_the_publication_date() -> None:
    found = [m for m in extract_text("Prices fell the previous year.", published=PUBLISHED)]
    assert [(m.value.start, m.value.end) for m in found] == [
        (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    ]
    (undated,) = [m for m in extract_text("Prices fell the previous year.")]
    assert isinstance(undated.value, DateValue) and undated.value.start is None


@pytest.mark.parametrize("text", ["The day he died was sad.", "the day before the vote"])
def test_relative_clauses_are_not_anaphors(text: str) -> None:
    assert find_dates(text, "en") == []


@pytest.mark.parametrize(
    "stamp", ["UPDATE 5/21/16:", "Updated: May 21, 2016", "**Update** 21 May 2016"]
)
def test_an_update_stamp_anchors_the_relative_dates_after_it(stamp: str) -> None:
    text = f"The toll was 12 on Tuesday.\n\n{stamp} The toll rose to 20 yesterday."
    found = [m for m in extract_text(text, published=dt.date(2016, 5, 19)) if m.kind == "date"]
    values = {m.text: m.value for m in found}
    assert values["Tuesday"].start == dt.date(2016, 5, 17)
    assert values["yesterday"].start == dt.date(2016, 5, 20)


@pytest.mark.parametrize(
    ("language", "text", "decade"),
    [
        ("en", "the boxy cars of the 70s", 1970),
        ("en", "since the ’90s", 1990),
        ("en", "in the late 60s", 1960),
        ("en", "in the 1990 s", 1990),
        ("de", "die 70er Jahre", 1970),
        ("de", "in den 80ern", 1980),
        ("fr", "les années 70", 1970),
    ],
)
def test_decades_with_and_without_the_century(language: str, text: str, decade: int) -> None:
    (m,) = find_dates(text, language)
    assert m.value.start is not None and m.value.start.year // 10 * 10 == decade


@pytest.mark.parametrize("text", ["She is in her 70s.", "in their early 80s", "in the 70s degrees"])
def test_ages_and_temperatures_are_not_decades(text: str) -> None:
    assert find_dates(text, "en") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("In the first quarter of last year, GM lost.", dt.date(2020, 1, 1), dt.date(2020, 3, 31)),
        ("In the second half of next year it grows.", dt.date(2022, 7, 1), dt.date(2022, 12, 31)),
        (
            "For the final quarter of 2009, Ford made money.",
            dt.date(2009, 10, 1),
            dt.date(2009, 12, 31),
        ),
        ("Im dritten Quartal des vergangenen Jahres.", dt.date(2020, 7, 1), dt.date(2020, 9, 30)),
    ],
)
def test_quarters_and_halves_of_a_relative_year(text: str, start: dt.date, end: dt.date) -> None:
    language = "de" if "Quartal" in text else "en"
    found = [
        m for m in extract_text(text, language=language, published=PUBLISHED) if m.kind == "date"
    ]
    assert [(m.value.start, m.value.end) for m in found] == [(start, end)]


@pytest.mark.parametrize(
    ("language", "text", "start", "end"),
    [
        ("en", "in the summer of 2009", dt.date(2009, 6, 1), dt.date(2009, 8, 31)),
        ("en", "Sales rose last summer.", dt.date(2020, 6, 1), dt.date(2020, 8, 31)),
        ("en", "It opens in the fall.", dt.date(2021, 9, 1), dt.date(2021, 11, 30)),
        ("en", "winter 2009", dt.date(2009, 12, 1), dt.date(2010, 2, 28)),
        ("en", "in early spring 2010", dt.date(2010, 3, 1), dt.date(2010, 3, 31)),
        ("de", "im Frühjahr 2009", dt.date(2009, 3, 1), dt.date(2009, 5, 31)),
        ("de", "im vergangenen Sommer", dt.date(2020, 6, 1), dt.date(2020, 8, 31)),
        ("fr", "l'été dernier", dt.date(2020, 6, 1), dt.date(2020, 8, 31)),
        ("fr", "cet hiver", dt.date(2021, 12, 1), dt.date(2022, 2, 28)),
    ],
)
def test_seasons(language: str, text: str, start: dt.date, end: dt.date) -> None:
    found = [m for m in extract_text(text, language=language, published=PUBLISHED)]
    values = [m.value for m in found if m.kind == "date"]
    assert len(values) == 1 and isinstance(values[0], DateValue), text
    assert (values[0].start, values[0].end, values[0].granularity) == (start, end, "season")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the fall of Rome"),
        ("en", "Prices may fall in June."),
        ("en", "Spring water is sold."),
        ("en", "prices are set to fall"),
        ("fr", "L'accord a été signé."),
    ],
)
def test_season_words_that_are_other_words(language: str, text: str) -> None:
    seasons = [m for m in find_dates(text, language) if m.value.granularity == "season"]
    assert seasons == []


@pytest.mark.parametrize(
    ("language", "text", "timex", "ends_in"),
    [
        ("en", "Profit rose in fiscal 2009.", "FY2009", 2009),
        ("en", "FY09 revenue", "FY2009", 2009),
        ("en", "the fiscal year 2009/10", "FY2010", 2010),
        ("de", "im Geschäftsjahr 2009", "FY2009", 2009),
        ("fr", "pour l'exercice 2009", "FY2009", 2009),
    ],
)
def test_fiscal_years_cover_every_month_they_may_end_in(
    language: str, text: str, timex: str, ends_in: int
) -> None:
    (m,) = find_dates(text, language)
    assert isinstance(m.value, DateValue)
    assert (m.value.timex, m.value.granularity) == (timex, "fiscal_year")
    assert (m.value.start, m.value.end) == (dt.date(ends_in - 1, 2, 1), dt.date(ends_in, 12, 31))
    assert m.value.describe() == f"a fiscal year ending in {ends_in}"


@pytest.mark.parametrize(
    ("language", "text", "offset"),
    [
        ("en", "this fiscal year", 0),
        ("en", "last fiscal year", -1),
        ("en", "next financial year", 1),
        ("de", "im laufenden Geschäftsjahr", 0),
    ],
)
def test_relative_fiscal_years_hold_the_publication_date(
    language: str, text: str, offset: int
) -> None:
    (m,) = [m for m in extract_text(text, language=language, published=PUBLISHED)]
    assert isinstance(m.value, DateValue) and m.value.start and m.value.end
    shifted = PUBLISHED.replace(year=PUBLISHED.year + offset)
    assert m.value.start <= shifted <= m.value.end
    assert find_dates("Fiscal policy is tight.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        '"We can grow our economy today," Obama said.',
        "He said: “We will vote tomorrow.”",
        '"Prices fell last week," the minister said on television.',
    ],
)
def test_deictic_dates_inside_quotations_are_not_guessed(text: str) -> None:
    (m,) = [m for m in extract_text(text, published=PUBLISHED) if m.kind == "date"]
    assert isinstance(m.value, DateValue)
    assert m.value.start is None and m.attrs.get("quoted") is True


def test_a_time_zone_conversion_in_parentheses_is_the_same_moment() -> None:
    text = "She died at 18:41 this evening (02:41 GMT Friday) in a Los Angeles hospital."
    (m,) = find_dates(text, "en")
    assert text[m.start : m.end] == "18:41 this evening (02:41 GMT Friday)"
    assert m.value.timex == "PRESENT_REF-day"
    dated = "Seacom announced today (14 October 2011) that services were restored."
    assert len(find_dates(dated, "en")) == 2  # a date in parentheses after a day: its own


@pytest.mark.parametrize(
    ("language", "text", "start", "end"),
    [
        (
            "en",
            "GM will cut jobs by the end of the year.",
            dt.date(2021, 9, 1),
            dt.date(2021, 12, 31),
        ),
        ("en", "at the beginning of the month", dt.date(2021, 6, 1), dt.date(2021, 6, 10)),
        ("de", "bis Ende des Jahres", dt.date(2021, 9, 1), dt.date(2021, 12, 31)),
        ("fr", "d'ici la fin de l'année", dt.date(2021, 9, 1), dt.date(2021, 12, 31)),
        ("fr", "au début du mois", dt.date(2021, 6, 1), dt.date(2021, 6, 10)),
    ],
)
def test_a_part_of_the_current_month_or_year(
    language: str, text: str, start: dt.date, end: dt.date
) -> None:
    found = [m for m in extract_text(text, language=language, published=PUBLISHED)]
    assert [(m.value.start, m.value.end) for m in found if m.kind == "date"] == [(start, end)]


@settings(max_examples=60, deadline=None)
@given(day=days, language=st.sampled_from(("en", "de", "fr")))
def test_common_log_format_dates_in_every_language(day: dt.date, language: str) -> None:
    rendered = format_date(day, "dd/MMM/yyyy", locale="en")  # "23/Sep/2020"
    (m,) = find_dates(f"... {rendered} ...", language)
    assert (m.value.start, m.value.end) == (day, day)


@pytest.mark.parametrize(
    ("language", "text", "start", "end"),
    [
        ("de", "zwischen dem 2. und 5. Oktober 2016", dt.date(2016, 10, 2), dt.date(2016, 10, 5)),
        ("fr", "le premier octobre 2016", dt.date(2016, 10, 1), dt.date(2016, 10, 1)),
    ],
)
def test_more_day_forms(language: str, text: str, start: dt.date, end: dt.date) -> None:
    (m,) = find_dates(text, language)
    assert (m.value.start, m.value.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Markets honoured Martin Luther King. Monday's memo followed.", ["Monday"]),
        ("It closed in Washington. Friday was calm.", ["Friday"]),
        ("Shoppers flocked to stores on Black Friday.", []),
        ("He read the Sunday Times.", []),
    ],
)
def test_a_weekday_after_a_full_stop_is_not_part_of_a_name(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_dates(text, "en")] == found


# --------------------------------------------------------------------------------------------
# Time ahead, compounds of a weekday and a part of the day, the full stop after a month


@pytest.mark.parametrize("n", [2, 3, 5])
@pytest.mark.parametrize(("unit", "days_per"), [("day", 1), ("month", 30.5), ("year", 365.25)])
def test_french_time_ahead_resolves_in_future_sentences(n: int, unit: str, days_per: float) -> None:
    rendered = format_timedelta(
        dt.timedelta(days=n * days_per),
        granularity=unit,  # type: ignore[arg-type]
        threshold=1.0,
        add_direction=True,
        locale="fr",
    )  # "dans 3 jours"
    for sentence in (f"Le sommet aura lieu {rendered}.", f"Le sommet a lieu {rendered}."):
        found = [m for m in extract_text(sentence, language="fr", published=PUBLISHED)]
        assert [m.text for m in found if m.kind == "date"] == [rendered]
        value = found[0].value
        assert isinstance(value, DateValue) and value.start is not None
        if unit == "day":
            assert value.start == PUBLISHED + dt.timedelta(days=n)
        elif unit == "month":
            assert (value.start.year * 12 + value.start.month) == 2021 * 12 + 6 + n
        else:
            assert value.start.year == 2021 + n
    # in reported speech the days count from when the words were spoken, which is not known
    said = f"Il a dit en mai qu'il viendrait {rendered}."
    assert not [m for m in find_dates(said, "fr") if m.value.timex and "FUTURE" in m.value.timex]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The bridge will be built in two years."),
        ("en", "Cheeks will be the fifth coach in four years."),
        ("en", "Shares hit their lowest level in six years."),
        ("de", "Die Brücke soll in zwei Jahren gebaut werden."),
        ("de", "Die Brücke wurde in drei Monaten gebaut."),
        ("fr", "Le pont a été construit en deux ans."),
    ],
)
def test_a_span_of_time_is_not_a_date_ahead(language: str, text: str) -> None:
    assert find_dates(text, language) == []


@settings(max_examples=60, deadline=None)
@given(day=st.integers(0, 6), period=st.sampled_from(sorted(calendar_words("de").day_periods)))
def test_german_weekday_and_part_of_the_day_in_one_word(day: int, period: str) -> None:
    name = format_date(dt.date(2021, 6, 7 + day), "EEEE", locale="de")  # 7 June 2021: Monday
    compound = name + period
    text = f"Die Polizei nahm ihn am {compound} fest."
    (m,) = [m for m in extract_text(text, language="de", published=PUBLISHED) if m.kind == "date"]
    assert m.text == compound
    assert isinstance(m.value, DateValue)
    assert m.value.weekday == ENGLISH_DAYS[day]
    assert m.value.start is not None and m.value.start <= PUBLISHED
    assert m.value.start.weekday() == day


@settings(max_examples=60, deadline=None)
@given(month=st.integers(1, 12), language=st.sampled_from(("en", "fr")))
def test_a_full_stop_after_a_month_name_ends_the_sentence(month: int, language: str) -> None:
    name = format_date(dt.date(2021, month, 1), "MMMM", locale=language)
    text = {
        "en": f"It opened on the first of {name}. Crowds came.",
        "fr": f"Il a ouvert le premier {name}. La foule est venue.",
    }[language]
    (m,) = find_dates(text, language)
    assert text[m.start : m.end].endswith(name)


@settings(max_examples=80, deadline=None)
@given(year=st.integers(1950, 2048), four=st.booleans(), language=st.sampled_from(("en", "de")))
def test_a_season_or_financial_year_written_with_a_slash(
    year: int, four: bool, language: str
) -> None:
    second = str(year + 1) if four else f"{(year + 1) % 100:02d}"
    written = f"{year}/{second}"
    text = {"en": f"Sales fell in {written}.", "de": f"Der Umsatz fiel {written}."}[language]
    (m,) = find_dates(text, language)
    assert text[m.start : m.end] == written
    assert (m.value.start, m.value.end) == (dt.date(year, 1, 1), dt.date(year + 1, 12, 31))
    # not consecutive: not a span of two years (nor a date)
    gap = f"{year}/{(year + 3) % 100:02d}"
    assert [text[m.start : m.end] for m in find_dates(f"The ratio was {gap}.", "en")] != [gap]


@pytest.mark.parametrize(
    ("text", "part", "offset", "unit"),  # "du" is "de" + "le": the article of the period
    [
        ("Il est arrivé fin du mois dernier.", "late", -1, "month"),
        ("Il est arrivé à la fin du mois dernier.", "late", -1, "month"),
        ("Il viendra au début du mois prochain.", "early", 1, "month"),
        ("Il est arrivé fin de l'année dernière.", "late", -1, "year"),
    ],
)
def test_french_parts_of_relative_periods(text: str, part: str, offset: int, unit: str) -> None:
    (m,) = [m for m in extract_text(text, language="fr", published=PUBLISHED) if m.kind == "date"]
    assert isinstance(m.value, DateValue) and m.value.timex is not None
    kind = "PAST" if offset < 0 else "FUTURE"
    assert m.value.timex.startswith(f"{kind}_REF-{unit}-{abs(offset)}")
    assert m.value.timex.endswith(part)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "He left the Tuesday before last."),
        ("en", "He will come the Friday after next."),
        ("de", "Er kam am vorletzten Dienstag."),
        ("de", "Er kommt übernächsten Freitag."),
        ("fr", "Il viendra mardi en huit."),
    ],
)
def test_a_weekday_two_weeks_off_is_not_read_as_the_nearest(language: str, text: str) -> None:
    assert [m for m in find_dates(text, language) if m.value.weekday] == []


@pytest.mark.parametrize(
    ("language", "text", "start", "end", "part"),
    [
        ("de", "Es war im Spätsommer 2019.", dt.date(2019, 8, 1), dt.date(2019, 8, 31), "late"),
        ("de", "Es war im Frühsommer 2020.", dt.date(2020, 6, 1), dt.date(2020, 6, 30), "early"),
        ("de", "Es war im Hochsommer 2018.", dt.date(2018, 7, 1), dt.date(2018, 7, 31), "mid"),
        ("de", "Es war Ende des Sommers 2019.", dt.date(2019, 8, 1), dt.date(2019, 8, 31), "late"),
        ("de", "Es war im Spätherbst 2017.", dt.date(2017, 11, 1), dt.date(2017, 11, 30), "late"),
        (
            "fr",
            "C'était à la fin de l'été 2019.",
            dt.date(2019, 8, 1),
            dt.date(2019, 8, 31),
            "late",
        ),
        (
            "fr",
            "C'était au début du printemps 2021.",
            dt.date(2021, 3, 1),
            dt.date(2021, 3, 31),
            "early",
        ),
        ("fr", "C'était à la fin de l'été.", dt.date(2020, 8, 1), dt.date(2020, 8, 31), "late"),
        ("en", "It was in late summer 2019.", dt.date(2019, 8, 1), dt.date(2019, 8, 31), "late"),
    ],
)
def test_parts_of_seasons(
    language: str, text: str, start: dt.date, end: dt.date, part: str
) -> None:
    (m,) = [
        m for m in extract_text(text, language=language, published=PUBLISHED) if m.kind == "date"
    ]
    assert isinstance(m.value, DateValue)
    assert (m.value.start, m.value.end) == (start, end)
    assert m.value.timex is not None and m.value.timex.endswith(part)


@settings(max_examples=60, deadline=None)
@given(day=days, language=st.sampled_from(("en", "de", "fr")), again=st.booleans())
def test_two_days_joined_by_and_are_two_dates(day: dt.date, language: str, again: bool) -> None:
    following = day + dt.timedelta(days=1)
    if following.month != day.month:
        return
    month = format_date(day, "MMMM", locale=language)
    und = "und am" if again else "und"
    text = {
        "en": f"The talks were held on {day.day} and {following.day} {month} {day.year}.",
        "de": f"Die Gespräche fanden am {day.day}. {und} {following.day}. {month} {day.year} statt.",
        "fr": f"Les pourparlers ont eu lieu les {day.day} et {following.day} {month} {day.year}.",
    }[language]
    found = [(m.value.start, m.value.end) for m in find_dates(text, language)]
    assert found == [(day, day), (following, following)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("C'était à la fin de l'été.", dt.date(2020, 8, 1)),  # "c'était": a past tense
        ("Il n'a pas plu au début du printemps.", dt.date(2021, 3, 1)),
        ("Le sommet aura lieu à la fin de l'été.", dt.date(2021, 8, 1)),
    ],
)
def test_french_tense_after_an_elided_word(text: str, start: dt.date) -> None:
    (m,) = [m for m in extract_text(text, language="fr", published=PUBLISHED) if m.kind == "date"]
    assert isinstance(m.value, DateValue) and m.value.start == start


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Apple unveiled new laptops and the iLife ’11 software suite.", []),
        ("The firm shipped Office ’97 to schools.", []),
        ("Buyers on eBay ’09 saw prices fall.", []),
        ("Prices have not been this low since ’82.", ["’82"]),
        ("Stocks fell, as in ’08 and ’09.", ["’08", "’09"]),
    ],
)
def test_a_version_after_a_product_name_is_not_a_year(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_dates(text, "en")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Markets to stay shut until Friday\n\nSeptember 18, 2008\n\nThe ministry said so.",
            ["Friday", "September 18, 2008"],
        ),
        ("The vote is on Tuesday,\nNov. 19, 2024, in the capital.", ["Tuesday,\nNov. 19, 2024"]),
    ],
)
def test_a_weekday_and_a_date_do_not_join_across_paragraphs(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_dates(text, "en")] == found


@pytest.mark.parametrize(("part", "years"), [("early", (0, 3)), ("mid", (4, 6)), ("late", (7, 9))])
@pytest.mark.parametrize("decade", [1960, 1980, 2000])
@pytest.mark.parametrize("short", [False, True])
@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_parts_of_decades(
    part: str, years: tuple[int, int], decade: int, short: bool, language: str
) -> None:
    number = f"{decade % 100:02d}" if short and decade < 2000 else str(decade)
    text = {
        "en": f"It was in the {part} {number}s.",
        "de": "Das war {} der {}er Jahre.",
        "fr": "C'était {} des années {}.",
    }[language]
    if language != "en":
        word = {
            "de": {"early": "Anfang", "mid": "Mitte", "late": "Ende"},
            "fr": {"early": "au début", "mid": "au milieu", "late": "à la fin"},
        }[language][part]
        text = text.format(word, number)
    (m,) = find_dates(text, language)
    assert (m.value.start, m.value.end) == (
        dt.date(decade + years[0], 1, 1),
        dt.date(decade + years[1], 12, 31),
    ), text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The plane was due on May 8. It landed three days later than planned.", ["May 8"]),
        ("Das Flugzeug landete zwei Tage später als geplant.", []),
        ("L'avion a atterri deux jours plus tard que prévu.", []),
    ],
)
def test_a_count_later_than_something_is_a_comparison(text: str, found: list[str]) -> None:
    language = "de" if "Flugzeug" in text else "fr" if "avion" in text else "en"
    assert [text[m.start : m.end] for m in find_dates(text, language)] == found


def test_a_count_of_weeks_later_is_an_approximate_day() -> None:
    text = "The attack came on May 3, 2010. Two weeks later the army withdrew."
    found = [m for m in extract_text(text) if m.kind == "date"]
    assert [m.text for m in found] == ["May 3, 2010", "Two weeks later"]
    assert found[1].value.start == dt.date(2010, 5, 17)
    assert found[1].attrs.get("approximate") is True


@settings(max_examples=60, deadline=None)
@given(day=days, length=st.integers(1, 5), language=st.sampled_from(("de", "fr")))
def test_numeric_ranges_between_two_year_less_days(
    day: dt.date, length: int, language: str
) -> None:
    last = day + dt.timedelta(days=length)
    if last.year != day.year:
        return  # a range over New Year without a year is read in one year or the other
    sep = "." if language == "de" else "/"
    a = f"{day.day}{sep}{day.month}" + ("." if language == "de" else "")
    b = f"{last.day}{sep}{last.month}" + ("." if language == "de" else "")
    text = {
        "de": f"Die Messe fand zwischen dem {a} und dem {b} statt.",
        "fr": f"Le salon a eu lieu entre le {a} et le {b}.",
    }[language]
    published = last + dt.timedelta(days=10)
    found = [m for m in extract_text(text, language=language, published=published)]
    dates = [m for m in found if m.kind == "date"]
    assert len(dates) == 1, (text, [m.text for m in dates])
    assert not dates[0].text.endswith(
        "/" + str(last.month) + "."
    )  # the full stop is the sentence's
    assert (dates[0].value.start, dates[0].value.end) == (day, last), text


@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 20)))
def test_a_german_day_range_written_with_one_month(day: dt.date) -> None:
    last = day + dt.timedelta(days=3)
    if last.month != day.month:
        return
    written = f"vom {day.day}. bis {last.day}.{last.month}.{last.year}"
    (m,) = find_dates(f"Die Messe lief {written}.", "de")
    assert (m.value.start, m.value.end) == (day, last)


@pytest.mark.parametrize(
    ("language", "text", "start", "end"),
    [
        ("de", "Wie war das zweite halbjahr 2020?", dt.date(2020, 7, 1), dt.date(2020, 12, 31)),
        ("de", "Wie war das 3. quartal 2020?", dt.date(2020, 7, 1), dt.date(2020, 9, 30)),
        ("en", "Third Quarter 2020 Results", dt.date(2020, 7, 1), dt.date(2020, 9, 30)),
        ("fr", "Le Premier Trimestre 2020 fut bon.", dt.date(2020, 1, 1), dt.date(2020, 3, 31)),
    ],
)
def test_quarter_and_half_words_in_any_case(
    language: str, text: str, start: dt.date, end: dt.date
) -> None:
    (m,) = find_dates(text, language)
    assert (m.value.start, m.value.end) == (start, end)


@settings(max_examples=40, deadline=None)
@given(day=days)
def test_month_first_days_joined_by_and_keep_the_first_with_its_year(day: dt.date) -> None:
    following = day + dt.timedelta(days=1)
    if following.month != day.month:
        return
    month = format_date(day, "MMMM", locale="en")
    text = f"The talks were held on {month} {day.day} and {following.day}, {day.year}, in Oslo."
    found = find_dates(text, "en")
    assert text[found[0].start : found[0].end] == f"{month} {day.day}"
    assert (found[0].value.start, found[0].value.end) == (day, day)
