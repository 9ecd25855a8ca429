"""Calendar vocabulary for the date extractor, per language.

Month, weekday and quarter names and the short-date field order come from CLDR through babel
(the base locale plus a few regional variants, so "Sept", "Jänner" and "juill." are covered).
The "<n> days ago" phrasings come from CLDR's relative-time patterns (``format_timedelta``).
What CLDR does not carry -- words for "last", "next", "early", "mid", small number words, the
newsroom abbreviations "Tues." and "Thurs." -- is kept here as small per-language lexicons.

Everything is built lazily, once per language, by :func:`calendar_words`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Literal

from claimcheck.language.numwords import cardinal_word, ordinal_forms
from claimcheck.language.text import SUPPORTED_LANGUAGES, base_language, fold

__all__ = [
    "SUPPORTED_LANGUAGES",
    "TIME_ZONES",
    "CalendarWords",
    "DatePhrases",
    "base_language",
    "calendar_words",
    "date_phrases",
    "day_words",
    "decade_words",
    "fold",
    "phrase_key",
    "relative_word_forms",
    "short_date_order",
]


#: Regional CLDR locales whose names are merged into the base language's tables.
_REGIONAL_LOCALES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("en", "en_GB", "en_AU", "en_IN"),
        "de": ("de", "de_AT", "de_CH"),
        "fr": ("fr", "fr_CA", "fr_CH"),
    }
)

#: Newsroom abbreviations CLDR lacks (AP style "Tues.", "Thurs."), as weekday index (Mon = 0).
_EXTRA_WEEKDAY_ABBREVIATIONS: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {
        "en": MappingProxyType({"tues": 1, "weds": 2, "thur": 3, "thurs": 3}),
        "de": MappingProxyType({}),
        "fr": MappingProxyType({}),
    }
)

#: Weekday names in common use that CLDR does not list ("Sonnabend", Saturday in northern and
#: eastern German, beside CLDR's "Samstag").
_EXTRA_WEEKDAY_NAMES: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {
        "en": MappingProxyType({}),
        "de": MappingProxyType({"Sonnabend": 5}),
        "fr": MappingProxyType({}),
    }
)

#: Languages that write a weekday and a part of the day as one word ("Sonntagabend",
#: "Montagmorgen"): the weekday name followed by CLDR's stand-alone day period, lower-cased.
_WEEKDAY_PERIOD_COMPOUNDS = frozenset({"de"})

#: Languages whose CLDR "in <n> <unit>" reads only as a time ahead ("dans deux semaines"). In
#: English and German the same words are as often a span of time ("built in two years", "the
#: fifth coach in four years", "in zwei Jahren gebaut"), so they are not read as dates there.
_AHEAD_IS_A_DATE = frozenset({"fr"})

#: The words for one in "a week ago", "vor einem Monat", "il y a une semaine".
_ONE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"en": ("a", "an", "one"), "de": ("einem", "einer", "ein", "eine"), "fr": ("un", "une")}
)

#: Small number words used in "two weeks ago", "vor zwei Wochen", "il y a deux semaines".
_NUMBER_WORDS: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {
        lang: MappingProxyType(
            {**dict.fromkeys(ones, 1), **{cardinal_word(lang, n): n for n in range(2, 13)}}
        )
        for lang, ones in _ONE_WORDS.items()
    }
)

#: Ordinal words for days of the month and quarters ("the fourth of July", "third quarter"):
#: the highest read and, in German, the inflections ("am dritten", "das erste Quartal").
_ORDINALS_READ: Mapping[str, tuple[int, tuple[str, ...]]] = MappingProxyType(
    {"en": (31, ("",)), "de": (31, ("en", "e", "es", "er", "em")), "fr": (4, ("",))}
)


def _day_ordinal_forms(language: str, n: int, endings: tuple[str, ...]) -> tuple[str, ...]:
    """The ordinal ``n`` (1 to 31) as written for a day of the month; German joins a unit
    to a tens ordinal ("einundzwanzigsten", "einunddreißigsten")."""
    if language == "de" and n > 20 and n % 10:
        unit = "ein" if n % 10 == 1 else cardinal_word("de", n % 10)
        tens = ordinal_forms("de", n - n % 10, ("",))[0]
        return tuple(f"{unit}und{tens}{ending}" for ending in endings)
    return ordinal_forms(language, n, endings)


_ORDINAL_WORDS: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {
        lang: MappingProxyType(
            {w: n for n in range(1, top + 1) for w in _day_ordinal_forms(lang, n, endings)}
        )
        for lang, (top, endings) in _ORDINALS_READ.items()
    }
)


#: Words for the present, the past and the future as news uses them ("currently",
#: "recently", "in the future"). CLDR has only "now" (the relative name of the current
#: second), which :func:`calendar_words` adds; TimeML writes these PRESENT_REF, PAST_REF and
#: FUTURE_REF. A phrase keeps its preposition only where it is part of the idiom.
_REFERENCE_WORDS: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "present": (
                    "currently",
                    "at present",
                    "presently",
                    "nowadays",
                    "these days",
                    "at the moment",
                    "right now",
                    "for now",
                    "the time being",
                    "current",
                ),
                "past": (
                    "recently",
                    "more recently",
                    "most recently",
                    "lately",
                    "recent",
                    "the past",
                    "at the time",
                    "at that time",
                    "at one point",
                ),
                "future": (
                    "soon",
                    "very soon",
                    "the future",
                    "the near future",
                    "the near term",
                    "the long term",
                    "the short term",
                    "the medium term",
                    "the longer term",
                    "the long run",
                    "the short run",
                    "the foreseeable future",
                    "a future date",
                    "a later date",
                    "a later time",
                    "a later stage",
                ),
            }
        ),
        "de": MappingProxyType(
            {
                "present": (
                    "derzeit",
                    "zurzeit",
                    "zur Zeit",
                    "gegenwärtig",
                    "momentan",
                    "aktuell",
                    "heutzutage",
                    "im Moment",
                ),
                "past": (
                    "kürzlich",
                    "neulich",
                    "vor kurzem",
                    "jüngst",
                    "damals",
                    "der Vergangenheit",
                ),
                "future": ("bald", "demnächst", "künftig", "zukünftig", "in Zukunft"),
            }
        ),
        "fr": MappingProxyType(
            {
                "present": (
                    "actuellement",
                    "à présent",
                    "en ce moment",
                    "de nos jours",
                    "présentement",
                    "à l'heure actuelle",
                    "à l’heure actuelle",
                ),
                "past": (
                    "récemment",
                    "dernièrement",
                    "à l'époque",
                    "à l’époque",
                    "autrefois",
                    "par le passé",
                    "dans le passé",
                ),
                "future": (
                    "bientôt",
                    "prochainement",
                    "à l'avenir",
                    "à l’avenir",
                    "dans le futur",
                ),
            }
        ),
    }
)

#: Words that, right after a reference phrase, make it something else: a rolling window with
#: a count ("the past few years"), the time of a named event ("at the time of the crash",
#: "the future of the company"), a period of its own ("the current fiscal year") or a term
#: ("current account"). Period nouns ("the past decade", "in recent years") come
#: from CLDR's duration units.
_REFERENCE_STOPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            {"of", "when", "that", "few", "several", "couple", "many", "fiscal", "account"}
        ),
        "de": frozenset({"des", "der", "von", "paar", "einige", "wenige", "mehrere"}),
        "fr": frozenset({"de", "du", "des", "d", "quelques", "plusieurs"}),
    }
)

#: Words that, right before a reference phrase, make it a comparison ("as soon as", "as
#: recently as 2009", "the most recent model").
_REFERENCE_STOPS_BEFORE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset({"as", "how", "too", "most"}),
        "de": frozenset({"so", "wie"}),
        "fr": frozenset({"aussi", "plus"}),
    }
)

#: CLDR duration units whose names make a period noun ("years", "Jahre", "décennies").
_PERIOD_UNITS = ("year", "quarter", "month", "week", "day", "hour", "minute", "decade", "century")


#: Phrases for a period named before, or the one before or after it ("that day", "the
#: previous year", "am Vortag", "le lendemain"), -> (unit, offset). TimeML resolves them from
#: the last date the text named, else from the publication date.
_ANAPHORS: Mapping[str, Mapping[str, tuple[str, int]]] = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                **dict.fromkeys(
                    ("the day", "that day", "the same day", "that same day"), ("day", 0)
                ),
                **dict.fromkeys(("the previous day", "a day earlier"), ("day", -1)),
                **dict.fromkeys(("the following day", "the next day", "a day later"), ("day", 1)),
                **dict.fromkeys(("that month", "the same month"), ("month", 0)),
                **dict.fromkeys(("the previous month", "a month earlier"), ("month", -1)),
                **dict.fromkeys(("the following month", "a month later"), ("month", 1)),
                **dict.fromkeys(
                    ("that year", "the same year", "that same year", "the entire year"),
                    ("year", 0),
                ),
                **dict.fromkeys(("the whole year", "the full year"), ("year", 0)),
                **dict.fromkeys(
                    ("the previous year", "the prior year", "the year previous", "a year earlier"),
                    ("year", -1),
                ),
                **dict.fromkeys(("the following year", "a year later"), ("year", 1)),
                # a part of the day named before ("that night"), or of the one after it
                **{
                    f"{when}that {part}": ("day", 0)
                    for when in ("", "later ", "earlier ", "early ", "late ")
                    for part in ("day", "morning", "afternoon", "evening", "night")
                    if (when, part) != ("", "day")
                },
                **{
                    f"the {which} {part}": ("day", offset)
                    for which, offset in (("next", 1), ("following", 1), ("previous", -1))
                    for part in ("morning", "afternoon", "evening", "night")
                },
                # the calendar week of the day named before (not seven days from it)
                **dict.fromkeys(
                    (
                        "that week",
                        "the same week",
                        "that same week",
                        *(
                            f"{w} {x} week"
                            for w in ("earlier", "later")
                            for x in ("in the", "that")
                        ),
                    ),
                    ("calendar_week", 0),
                ),
                **dict.fromkeys(
                    ("the previous week", "the prior week"),
                    ("calendar_week", -1),
                ),
                **dict.fromkeys(("the following week",), ("calendar_week", 1)),
                # "the day before, ...": the day before the one named last (not "the day
                # before the vote", see the extractor)
                **dict.fromkeys(("the day before", "the night before"), ("day", -1)),
                **dict.fromkeys(("the day after",), ("day", 1)),
                # "earlier in the year", "later that month": the period named last
                **{
                    f"{when} {where} {unit}": (unit, 0)
                    for when in ("earlier", "later")
                    for where in ("in the", "that")
                    for unit in ("month", "year")
                },
                # the period named before, a year earlier: "sales rose in February compared
                # with the same period last year"
                **dict.fromkeys(
                    (
                        f"the same {period} {year}"
                        for period in ("period", "quarter", "month", "week", "season")
                        for year in (
                            "last year",
                            "a year earlier",
                            "a year ago",
                            "a year before",
                            "of last year",
                            "of the last year",
                            "of the previous year",
                            "of the prior year",
                            "the previous year",
                            "the prior year",
                        )
                    ),
                    ("period", -1),
                ),
                **dict.fromkeys(
                    ("the year-earlier period", "the year-ago period", "the year-ago quarter"),
                    ("period", -1),
                ),
            }
        ),
        "de": MappingProxyType(
            {
                **dict.fromkeys(
                    ("am selben Tag", "am gleichen Tag", "an diesem Tag", "am selben Tage"),
                    ("day", 0),
                ),
                **dict.fromkeys(("am Vortag", "einen Tag zuvor", "einen Tag früher"), ("day", -1)),
                **dict.fromkeys(
                    ("am Folgetag", "am nächsten Tag", "tags darauf", "einen Tag später"),
                    ("day", 1),
                ),
                **dict.fromkeys(("im selben Monat", "im gleichen Monat"), ("month", 0)),
                **dict.fromkeys(("im Vormonat",), ("month", -1)),
                **dict.fromkeys(("im Folgemonat", "im Monat darauf"), ("month", 1)),
                **dict.fromkeys(("im Monat zuvor",), ("month", -1)),
                **dict.fromkeys(("am Tag darauf", "am Tag danach"), ("day", 1)),
                **dict.fromkeys(("am Tag zuvor", "am Tag vorher"), ("day", -1)),
                **dict.fromkeys(("im Jahr darauf", "im Jahr danach"), ("year", 1)),
                **dict.fromkeys(("im Jahr zuvor", "im Jahr davor"), ("year", -1)),
                **dict.fromkeys(("im selben Jahr", "im gleichen Jahr"), ("year", 0)),
                **dict.fromkeys(("im Vorjahr", "ein Jahr zuvor", "ein Jahr früher"), ("year", -1)),
                **dict.fromkeys(("im Folgejahr", "ein Jahr später"), ("year", 1)),
                **dict.fromkeys(("im Tagesverlauf", "im Laufe des Tages"), ("day", 0)),
                **dict.fromkeys(
                    (
                        "Vorjahreszeitraum",
                        "Vorjahresquartal",
                        "Vorjahresmonat",
                        *(
                            f"{same} {period} des Vorjahres"
                            for same in ("gleichen", "selben")
                            for period in ("Zeitraum", "Quartal", "Monat")
                        ),
                    ),
                    ("period", -1),
                ),
            }
        ),
        "fr": MappingProxyType(
            {
                **dict.fromkeys(
                    ("le même jour", "ce jour-là", "le jour même", "la même journée"), ("day", 0)
                ),
                **dict.fromkeys(("la veille", "le jour précédent"), ("day", -1)),
                **dict.fromkeys(("le lendemain", "le jour suivant"), ("day", 1)),
                **dict.fromkeys(("le même mois", "ce mois-là"), ("month", 0)),
                **dict.fromkeys(("le mois précédent",), ("month", -1)),
                **dict.fromkeys(("le mois suivant",), ("month", 1)),
                **dict.fromkeys(("la même année", "cette année-là"), ("year", 0)),
                **dict.fromkeys(("l'année précédente", "l’année précédente"), ("year", -1)),
                **dict.fromkeys(("un an plus tôt", "un an auparavant"), ("year", -1)),
                **dict.fromkeys(("l'année suivante", "l’année suivante"), ("year", 1)),
                **dict.fromkeys(("un an plus tard",), ("year", 1)),
                **dict.fromkeys(
                    (
                        "en fin de journée",
                        "en début de journée",
                        "en milieu de journée",
                        "en cours de journée",
                    ),
                    ("day", 0),
                ),
                **dict.fromkeys(
                    (
                        f"{same} {year}"
                        for same in ("la même période", "le même trimestre", "le même mois")
                        for year in (
                            "l'an dernier",
                            "l’an dernier",
                            "l'an passé",
                            "de l'année dernière",
                            "de l’année dernière",
                            "de l'année précédente",
                            "de l’année précédente",
                            "un an plus tôt",
                        )
                    ),
                    ("period", -1),
                ),
            }
        ),
    }
)

#: The words after a count of days, weeks, months or years that make it a time after or
#: before the one named last ("three days later", "zwei Wochen später", "un mois plus tôt"),
#: with the sign of the offset, and the words for one before a unit.
_COUNTED_ANAPHOR_WORDS: Mapping[str, tuple[tuple[str, int], ...]] = MappingProxyType(
    {
        "en": (("later", 1), ("earlier", -1)),
        "de": (("später", 1), ("danach", 1), ("früher", -1), ("zuvor", -1), ("vorher", -1)),
        "fr": (("plus tard", 1), ("plus tôt", -1), ("auparavant", -1)),
    }
)
_COUNTED_ANAPHOR_ONES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"en": ("a", "one"), "de": ("einen", "eine", "ein"), "fr": ("un", "une")}
)


def _counted_anaphors(language: str) -> dict[str, tuple[str, int]]:
    """ "two days later", "eine Woche später", "trois ans plus tôt" -> (unit, offset), for one to
    twelve days, weeks, months and years written in words (CLDR's unit names); a week is
    returned as the unit "week", which the extractor reads as seven days."""
    from babel import Locale

    patterns = Locale.parse(language)._data["unit_patterns"]
    out: dict[str, tuple[str, int]] = {}
    for unit in ("day", "week", "month", "year"):
        forms = patterns[f"duration-{unit}"]["long"]
        for n in range(1, 13):
            words = _COUNTED_ANAPHOR_ONES[language] if n == 1 else (cardinal_word(language, n),)
            noun = str(forms["one" if n == 1 else "other"]).replace("\xa0", " ")
            for word in words:
                for after, sign in _COUNTED_ANAPHOR_WORDS[language]:
                    out[f"{noun.replace('{0}', word)} {after}"] = (unit, sign * n)
    return out


@cache
def _anaphors(language: str) -> Mapping[str, tuple[str, int]]:
    """The anaphoric phrases of a language as written: the table and the counted ones."""
    return MappingProxyType({**_counted_anaphors(language), **_ANAPHORS[language]})


#: Words after which an anaphoric day phrase is a relative clause or a relative date of its
#: own ("the day he died", "the day before the vote").
_ANAPHOR_STOPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            {"before", "after", "he", "she", "it", "they", "we", "i", "you", "his", "her"}
            | {"in", "on"}  # "that day in October": the date that follows says which
        ),
        "de": frozenset({"davor", "danach", "zuvor", "als"}),
        "fr": frozenset({"où", "ou", "suivant", "précédent", "precedent", "avant", "après"}),
    }
)

#: Words that open an update stamp in a body ("UPDATE 5/21/16", "Aktualisiert am ..."):
#: relative dates after it are read from its date.
_UPDATE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("update", "updated", "updates"),
        "de": ("aktualisiert", "aktualisierung", "update"),
        "fr": ("mise à jour", "mis à jour", "actualisé", "actualisation"),
    }
)

#: Words for the last of a year's quarters or halves, said of a named year ("the final
#: quarter of 2009"); "last" is left out, as "last quarter" is the previous one.
_FINAL_WORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"en": frozenset({"final", "closing"}), "de": frozenset(), "fr": frozenset()}
)


#: Words written with a clock time ("6:40 p.m.", "18 Uhr", "18 h 30"); CLDR's "AM"/"PM"
#: are added.
_CLOCK_MARKERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("a.m.", "p.m.", "am", "pm", "o'clock", "o’clock"),
        "de": ("Uhr",),
        "fr": ("h", "heures", "heure"),
    }
)

#: Time-zone abbreviations news writes after a clock time ("18:00 UTC", "12:00 ET").
TIME_ZONES = (
    "UTC", "GMT", "CET", "CEST", "MEZ", "MESZ", "WET", "WEST", "EET", "EEST", "BST", "IST",
    "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT",
    "AKST", "HST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "AWST", "NZST", "NZDT", "WIB",
)  # fmt: skip

#: Words joining a clock time to its day ("Monday at 10 a.m.", "18 Uhr am Freitag").
_TIME_GLUE: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("at", "on", "of", "by", "from"),
        "de": ("um", "am", "ab", "gegen"),
        "fr": ("à", "le", "dès", "vers"),
    }
)


#: Era names in common use beside CLDR's ("BCE", "v. u. Z.", "avant notre ère"): CLDR holds
#: them as variants babel does not load.
_ERA_VARIANTS: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {
        "en": MappingProxyType({"B.C.": 0, "BCE": 0, "B.C.E.": 0, "A.D.": 1, "C.E.": 1}),
        "de": MappingProxyType(
            {"v.u.Z.": 0, "v. u. Z.": 0, "vor Christus": 0, "n. u. Z.": 1, "nach Christus": 1}
        ),
        "fr": MappingProxyType(
            {"av. n. è.": 0, "avant notre ère": 0, "apr. J.-C.": 1, "de notre ère": 1}
        ),
    }
)


def _eras(language: str) -> Mapping[str, int]:
    """Era words as written -> 0 (before the common era) or 1, from CLDR (wide and
    abbreviated; the one-letter narrow forms are too often other words) and the variants."""
    from babel.dates import get_era_names

    out: dict[str, int] = {}
    for loc in _REGIONAL_LOCALES[language]:
        for width in ("wide", "abbreviated"):
            for era, name in get_era_names(width, locale=loc).items():
                out[str(name)] = int(era)
    out.update(_ERA_VARIANTS[language])
    return MappingProxyType(out)


@cache
def short_date_order(tag: str) -> str | None:
    """The order of day, month and year in the CLDR short date of a BCP 47 tag with a region
    ("en-GB" -> "dmy", "en-US" -> "mdy"), or ``None`` without a region or for an unknown one."""
    from babel import Locale, UnknownLocaleError

    parts = tag.replace("_", "-").split("-")
    if len(parts) < 2:
        return None
    try:
        locale = Locale.parse("_".join(parts[:2]))
    except (ValueError, UnknownLocaleError):
        return None
    return _field_order(locale.date_formats["short"].pattern)


def phrase_key(text: str) -> str:
    """A word or phrase as a lookup key: folded, dots dropped, single spaces ("This  Past",
    "this past" -> "this past")."""
    return " ".join(fold(text).replace(".", " ").split())


@dataclass(frozen=True, slots=True)
class CalendarWords:
    """The calendar vocabulary of one language.

    Lookup tables are keyed by :func:`fold`-ed forms without a trailing period; ``*_forms``
    hold every surface form (with accents, with and without the period) for building patterns.
    """

    language: str
    months: Mapping[str, int]
    month_forms: tuple[str, ...]
    #: Folded abbreviated month forms that are not also full names ("nov", "sept", "janv").
    month_abbreviations: frozenset[str]
    weekdays: Mapping[str, int]
    weekday_forms: tuple[str, ...]
    weekday_abbreviations: frozenset[str]
    #: English weekday names by index (Mon = 0), the form ``DateValue.weekday`` carries.
    weekday_names: tuple[str, ...]
    #: Quarter names ("Q3", "3rd quarter", "3e trimestre") folded -> quarter number.
    quarters: Mapping[str, int]
    quarter_forms: tuple[str, ...]
    #: Order of day, month and year in the locale's CLDR short date format: "mdy", "dmy", "ymd".
    short_date_order: str
    #: CLDR "<n> <unit> ago" and "in <n> <unit>" patterns as (prefix, suffix, unit) with
    #: ``{0}`` removed.
    ago_patterns: tuple[tuple[str, str, str], ...]
    ahead_patterns: tuple[tuple[str, str, str], ...]
    #: Small number and ordinal words, keyed as written and folded.
    number_words: Mapping[str, int]
    ordinal_words: Mapping[str, int]
    #: Words for the last quarter or half of a named year ("final"), as written.
    final_words: frozenset[str]
    #: Parts of a day from CLDR's day periods ("morning", "Abend", "soir"), folded, and
    #: clock markers ("a.m.", "Uhr", "h") and words joining a time to a day, as written.
    day_periods: frozenset[str]
    day_period_forms: tuple[str, ...]
    clock_markers: tuple[str, ...]
    time_glue: tuple[str, ...]
    #: Anaphoric phrases (folded) -> (unit, offset) ("the previous year" -> ("year", -1)),
    #: as written, the words after which they are not anaphoric (folded), and the words
    #: opening an update stamp, as written.
    anaphors: Mapping[str, tuple[str, int]]
    anaphor_forms: tuple[str, ...]
    anaphor_stops: frozenset[str]
    update_words: tuple[str, ...]
    #: Era words as written -> 0 (before the common era: "BC", "v. Chr.", "av. J.-C.") or 1
    #: ("AD", "n. Chr."): CLDR's wide and abbreviated era names and their common variants.
    eras: Mapping[str, int]
    #: Phrases for the present, past and future ("now", "recently"), folded -> "present",
    #: "past" or "future"; ``reference_forms`` holds them as written, for patterns.
    references: Mapping[str, str]
    reference_forms: tuple[str, ...]
    #: Folded words after which a reference phrase is not one ("of", "few"), before which
    #: it is not one ("as soon as", "most recent"), and the
    #: folded period nouns of CLDR's duration units ("years", "jahre", "decennies").
    reference_stops: frozenset[str]
    reference_stops_before: frozenset[str]
    period_nouns: frozenset[str]


def _with_folded(words: Mapping[str, int]) -> Mapping[str, int]:
    """``words`` keyed both as written and :func:`fold`-ed ("troisième", "troisieme")."""
    out = dict(words)
    out.update({fold(k): v for k, v in words.items()})
    return MappingProxyType(out)


def _strip_dot(form: str) -> str:
    return form[:-1] if form.endswith(".") else form


def _surface_variants(form: str) -> set[str]:
    """A form as written, without its trailing period, and accent-free."""
    out = {form, _strip_dot(form)}
    for f in list(out):
        plain = "".join(c for c in unicodedata.normalize("NFKD", f) if not unicodedata.combining(c))
        out.add(plain)
    return {f for f in out if f}


def _field_order(pattern: str) -> str:
    order = []
    for ch in pattern:
        key = {"d": "d", "M": "m", "L": "m", "y": "y"}.get(ch)
        if key and key not in order:
            order.append(key)
    return "".join(order) if len(order) == 3 else "mdy"


def _relative_time_patterns(locale: str, sign: int) -> tuple[tuple[str, str, str], ...]:
    """CLDR's "<n> <unit> ago" (``sign`` -1) or "in <n> <unit>" (``sign`` 1) as
    (prefix, suffix, unit)."""
    import datetime as dt

    from babel.dates import format_timedelta

    out: set[tuple[str, str, str]] = set()
    units: tuple[tuple[Literal["day", "week", "month", "year"], float], ...] = (
        ("day", 1),
        ("week", 7),
        ("month", 30.5),
        ("year", 365.25),
    )
    for unit, days_per in units:
        for n in (1, 2, 5):
            rendered = format_timedelta(
                dt.timedelta(days=sign * n * days_per),
                granularity=unit,
                threshold=1.0,
                add_direction=True,
                locale=locale,
            )
            marker = str(n)
            if marker not in rendered:
                continue
            prefix, _, suffix = rendered.partition(marker)
            out.add((prefix, suffix, unit))
    return tuple(sorted(out))


def _ahead_patterns(locale: str) -> tuple[tuple[str, str, str], ...]:
    """CLDR's "in <n> <unit>" where it reads as a time ahead only (see ``_AHEAD_IS_A_DATE``)."""
    return _relative_time_patterns(locale, 1) if locale in _AHEAD_IS_A_DATE else ()


def _references(locale: str) -> dict[str, str]:
    """The reference phrases of a language, with CLDR's word for "now"."""
    from babel import Locale

    out = {phrase: ref for ref, phrases in _REFERENCE_WORDS[locale].items() for phrase in phrases}
    now = Locale.parse(locale)._data["date_fields"]["second"]["relative"].get(0)
    if now:
        out[str(now)] = "present"
    return out


def _day_periods(locale: str) -> set[str]:
    """CLDR's stand-alone names of the parts of a day ("morning", "Nachmittag", "soir"), and
    its words for noon and midnight."""
    from babel import Locale

    periods = Locale.parse(locale).day_periods
    out: set[str] = set()
    for width in ("wide", "abbreviated"):
        names = periods.get("stand-alone", {}).get(width, {})
        for key, name in names.items():
            if key not in ("am", "pm") and not str(name).endswith("."):
                out.add(str(name))
    wide = periods.get("format", {}).get("wide", {})
    out.update(str(wide[k]) for k in ("midnight", "noon") if k in wide)
    return out


def _extra_weekday_names(locale: str, periods: set[str]) -> dict[str, int]:
    """Weekday names CLDR does not list, as weekday index: the language's own
    ("Sonnabend") and, where a weekday and a part of the day are written as one word, each
    wide weekday name joined to each one-word part of the day ("Sonntagabend")."""
    from babel.dates import get_day_names

    out = dict(_EXTRA_WEEKDAY_NAMES[locale])
    if locale in _WEEKDAY_PERIOD_COMPOUNDS:
        parts = {p.lower() for p in periods if p.isalpha()}
        for idx, name in get_day_names("wide", "format", locale=locale).items():
            for part in parts:
                out[f"{name}{part}"] = idx
    return out


def _clock_markers(locale: str) -> tuple[str, ...]:
    """Markers written after a clock time: CLDR's AM/PM and the language's own."""
    from babel import Locale

    names = Locale.parse(locale).day_periods.get("format", {}).get("abbreviated", {})
    marks = {str(names[k]) for k in ("am", "pm") if k in names} | set(_CLOCK_MARKERS[locale])
    return tuple(sorted(marks, key=lambda f: (-len(f), f)))


def _period_nouns(locale: str) -> frozenset[str]:
    """Singular and plural names of CLDR's duration units, folded ("years", "jahrzehnte")."""
    from babel import Locale

    patterns = Locale.parse(locale)._data["unit_patterns"]
    out: set[str] = set()
    for unit in _PERIOD_UNITS:
        forms = patterns.get(f"duration-{unit}", {}).get("long", {})
        for key in ("one", "other"):
            pattern = forms.get(key)
            if pattern:
                out.update(fold(w) for w in str(pattern).replace("{0}", " ").split())
    return frozenset(out)


def _add_business_quarters(quarters: dict[str, int], forms: set[str]) -> None:
    """ "Q3" is written in business news whatever the language; CLDR has it as English."""
    from babel.dates import get_quarter_names

    for num, name in get_quarter_names("abbreviated", "format", locale="en").items():
        quarters[fold(name)] = num
        forms.add(name)


@cache
def calendar_words(language: str) -> CalendarWords:
    """The calendar vocabulary for a supported base language ("en", "de" or "fr")."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names, get_quarter_names

    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"no date grammar for language {language!r}")
    months: dict[str, int] = {}
    month_forms: set[str] = set()
    wide_months: set[str] = set()
    abbr_months: set[str] = set()
    weekdays: dict[str, int] = {}
    weekday_forms: set[str] = set()
    wide_days: set[str] = set()
    abbr_days: set[str] = set()
    quarters: dict[str, int] = {}
    quarter_forms: set[str] = set()
    for loc in _REGIONAL_LOCALES[language]:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for num, name in get_month_names(width, context, locale=loc).items():
                    for form in _surface_variants(name):
                        months[fold(form)] = num
                        month_forms.add(form)
                        (wide_months if width == "wide" else abbr_months).add(fold(form))
                for idx, name in get_day_names(width, context, locale=loc).items():
                    for form in _surface_variants(name):
                        weekdays[fold(form)] = idx
                        weekday_forms.add(form)
                        (wide_days if width == "wide" else abbr_days).add(fold(form))
            for num, name in get_quarter_names(width, "format", locale=loc).items():
                for form in _surface_variants(name):
                    quarters[fold(form)] = num
                    quarter_forms.add(form)
    _add_business_quarters(quarters, quarter_forms)
    for form, idx in _EXTRA_WEEKDAY_ABBREVIATIONS[language].items():
        weekdays[form] = idx
        weekday_forms.add(form)
        abbr_days.add(form)
    references = _references(language)
    periods = _day_periods(language)
    for form, idx in _extra_weekday_names(language, periods).items():
        weekdays[fold(form)] = idx
        weekday_forms.add(form)
        wide_days.add(fold(form))
    locale = Locale.parse(language)
    return CalendarWords(
        language=language,
        months=MappingProxyType(months),
        month_forms=tuple(sorted(month_forms, key=lambda f: (-len(f), f))),
        month_abbreviations=frozenset(abbr_months - wide_months),
        weekdays=MappingProxyType(weekdays),
        weekday_forms=tuple(sorted(weekday_forms, key=lambda f: (-len(f), f))),
        weekday_abbreviations=frozenset(abbr_days - wide_days),
        weekday_names=tuple(get_day_names("wide", "format", locale="en")[i] for i in range(7)),
        quarters=MappingProxyType(quarters),
        quarter_forms=tuple(sorted(quarter_forms, key=lambda f: (-len(f), f))),
        short_date_order=_field_order(locale.date_formats["short"].pattern),
        ago_patterns=_relative_time_patterns(language, -1),
        ahead_patterns=_ahead_patterns(language),
        number_words=_with_folded(_NUMBER_WORDS[language]),
        ordinal_words=_with_folded(_ORDINAL_WORDS[language]),
        final_words=_FINAL_WORDS[language],
        anaphors=MappingProxyType({phrase_key(k): v for k, v in _anaphors(language).items()}),
        anaphor_forms=tuple(sorted(_anaphors(language), key=lambda f: (-len(f), f))),
        anaphor_stops=_REFERENCE_STOPS[language] | _ANAPHOR_STOPS[language],
        update_words=_UPDATE_WORDS[language],
        eras=_eras(language),
        day_periods=frozenset(fold(f) for f in periods),
        day_period_forms=tuple(sorted(periods, key=lambda f: (-len(f), f))),
        clock_markers=_clock_markers(language),
        time_glue=_TIME_GLUE[language],
        references=MappingProxyType({fold(k): v for k, v in references.items()}),
        reference_forms=tuple(sorted(references, key=lambda f: (-len(f), f))),
        reference_stops=_REFERENCE_STOPS[language],
        reference_stops_before=_REFERENCE_STOPS_BEFORE[language],
        period_nouns=_period_nouns(language),
    )


# --------------------------------------------------------------------------------------------
# The date grammar's phrases per language: what CLDR does not carry, as regular-expression
# fragments. Placeholders the grammar fills in: <YEAR> (a four-digit year), <MON>/<MON2>
# (a month name), <D1>/<D2> (a day number), <ORD> (an ordinal word), <CONN> (a range
# connector), <PARTS> (the part words), <NAME> (a group name).


@dataclass(frozen=True, slots=True)
class DatePhrases:
    """The phrases and switches of one language's date grammar that CLDR does not carry."""

    #: relative day words CLDR lacks ("tonight"); CLDR's "yesterday" ... are added
    extra_day_words: Mapping[str, int]
    #: relative unit words as written -> unit ("Woche" -> "week", "année" -> "year")
    unit_words: Mapping[str, str]
    #: modifier words (folded) -> "this"/"last"/"next"/"past"/"earlier"/"later"/"last2"/...
    modifiers: Mapping[str, str]
    parts: str
    part_glue: str
    #: an article a part word may take ("la fin de")
    part_article: str
    cues: str
    strict_cues: str
    sports: str
    strong_year_cues: str
    count_before: str
    count_after: str
    range_openers: str
    connectors: str
    and_words: tuple[str, ...]
    day_number: str
    day_after_month: str
    year_tail: str
    day_first: str
    decade_suffix: str
    decade_before: str
    quarter_word: str
    #: the word for a half-year (a pattern); where it is not also a half of a match
    #: ("Halbjahr", "semestre"), it is a date without a year too
    half_word: str
    year_ref: str
    mod_before: str
    mod_after: str
    ordinal_first: str
    century: str
    range_year_after: str
    relative_before: str
    relative_after: str
    day_before_after: str
    #: a week relative to publication after a weekday ("Friday next week", "am Freitag
    #: nächster Woche", "vendredi de la semaine prochaine"), its modifier in group ``mod``
    weekday_week_after: str
    #: the same week written before the weekday ("next week on Friday", "nächste Woche Freitag")
    weekday_week_before: str
    #: a year relative to publication after a month ("May last year", "im Mai letzten
    #: Jahres", "en mai de l'année dernière"): the month of that year
    month_year_after: str
    #: a part word and an article before a unit, for a part of the current month or year
    #: ("by the end of the year", "Ende des Jahres", "la fin de l'année")
    part_of_current: str
    #: one word for a part of the current year or month ("year-end", "Jahresende") -> (unit,
    #: part); read only after a cue word of ``period_part_cues`` ("by year-end", "zum
    #: Jahresende"), since "year-end results" names no date
    period_parts: Mapping[str, tuple[str, str]]
    period_part_cues: str
    #: a part before an anaphoric day ("late in the day", "the start of the day"), and the
    #: idiom that names no day (group ``idiom``: "at the end of the day")
    day_part_before: str
    #: "the second Tuesday of each month": what follows a weekday that makes it a rule
    weekday_of_after: str
    #: words that are also month or weekday names ("may", "Mars") and need a date around them
    ambiguous: frozenset[str]
    #: words that may stand before a capitalized weekday ("On Tuesday"), where a capitalized
    #: word before a weekday otherwise makes it a name ("Black Friday")
    weekday_openers: frozenset[str]
    #: a capitalized word before a weekday makes it a name ("Black Friday", "Super Tuesday")
    weekday_names_in_titles: bool
    #: a weekday after these (folded) is habitual ("le mardi" = on Tuesdays)
    habitual_weekday_before: frozenset[str]
    #: a lower-case ambiguous month alone is a word ("you may", "to march")
    lowercase_month_is_word: bool
    #: a capitalized ambiguous month inside a sentence is a name ("Mars", the planet)
    capitalized_month_is_name: bool
    #: a dot separates day and month ("19.11.2024", "22.04."); else it is a decimal point
    dot_separates_dates: bool
    #: nouns are capitalized, so "2024 Menschen" is a count
    capitalized_nouns: bool
    #: plural endings that make the word after a number a count ("2000 protesters")
    plural_endings: tuple[str, ...]
    #: modifiers follow the unit ("la semaine dernière", "ce mois-ci")
    modifier_after_unit: bool
    #: "over the last year", "in the next week" are rolling windows
    rolling_windows: bool
    #: words for a fiscal year ("fiscal year", "FY", "Geschäftsjahr", "exercice"), as written
    fiscal_words: tuple[str, ...]
    #: season names as written -> TIMEX3 code ("summer" -> "SU"), and those that are also
    #: common words and need a year, a modifier or a preposition ("fall", "spring", "été")
    seasons: Mapping[str, str]
    ambiguous_seasons: frozenset[str]
    #: day words that are also other words, and the words before them that say so
    #: ("am Morgen", "heute Morgen": the morning, not tomorrow)
    homonym_day_words: frozenset[str]
    homonym_before: str
    #: prefixes that make a season one of its parts in a compound ("Spätsommer",
    #: "Frühherbst") -> "early"/"mid"/"late"
    season_part_prefixes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: a place named before a weekday ("shot in Brooklyn Monday", "at the Kraft Plant
    #: Thursday night"): its capitalized words end a name of its own, not the weekday's
    place_before_weekday: str = r"(?!)"
    #: a century in Roman figures, through its noun ("XIXe siècle")
    roman_century: str = r"(?!)"
    #: the letters of a half of a year written with its number ("H1"; French "S1", "S2" for
    #: the semesters, read only with their year: "au S1 2019")
    half_letters: str = "H"
    #: half words (folded) that name a half of a year only with the year ("the second half
    #: of 2019", "zweite Hälfte 2019"): alone they are as often a half of a match or a book
    year_bound_halves: frozenset[str] = frozenset()


#: The decades of a century in words, 20 to 90 ("the twenties", "die zwanziger Jahre", "les
#: années vingt"), as the word for the decade's tens.
_DECADE_TENS: Mapping[str, tuple[tuple[str, int], ...]] = MappingProxyType(
    {
        "en": tuple(
            zip(
                [
                    "twenties",
                    "thirties",
                    "forties",
                    "fifties",
                    "sixties",
                    "seventies",
                    "eighties",
                    "nineties",
                ],
                range(20, 100, 10),
                strict=True,
            )
        ),
        "de": tuple(
            zip(
                [
                    "zwanziger",
                    "dreißiger",
                    "vierziger",
                    "fünfziger",
                    "sechziger",
                    "siebziger",
                    "achtziger",
                    "neunziger",
                ],
                range(20, 100, 10),
                strict=True,
            )
        ),
        "fr": (
            ("vingt", 20),
            ("trente", 30),
            ("quarante", 40),
            ("cinquante", 50),
            ("soixante", 60),
            ("soixante-dix", 70),
            ("septante", 70),
            ("quatre-vingt", 80),
            ("quatre-vingts", 80),
            ("huitante", 80),
            ("quatre-vingt-dix", 90),
            ("nonante", 90),
        ),
    }
)


@cache
def decade_words(language: str) -> Mapping[str, int]:
    """Decades written in words, as written -> the decade's first year in the twentieth
    century ("the twenties" 1920, "Achtzigerjahre" 1980, "années quatre-vingt" 1980).
    English needs its article before the word (checked where it is read); German writes the
    noun "Jahre" with the tens, French the noun "années" before them."""
    out: dict[str, int] = {}
    for word, tens in _DECADE_TENS[language]:
        year = 1900 + tens
        if language == "en":
            out[word] = year
        elif language == "de":
            for noun in ("Jahre", "Jahren", "Jahrn"):
                out.update({f"{word} {noun}": year, f"{word}-{noun}": year})
                out[f"{word}{noun.lower()}"] = year  # "Zwanzigerjahre"
        else:
            out[f"années {word}"] = year
    return MappingProxyType(out)


_NEVER = r"(?!)"

_EN = DatePhrases(
    extra_day_words=MappingProxyType({"tonight": 0}),
    unit_words=MappingProxyType(
        {
            "week": "week",
            "weekend": "weekend",
            "month": "month",
            "year": "year",
            "quarter": "quarter",
            "decade": "decade",
        }
    ),
    modifiers=MappingProxyType(
        {
            "this": "this",
            "last": "last",
            "next": "next",
            "coming": "next",
            "this coming": "next",
            "this past": "past",
            "past": "past",
            "earlier this": "earlier",
            "later this": "later",
            "current": "this",
            "previous": "last",
            "after next": "next2",
            "before last": "last2",
        }
    ),
    parts=r"(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of|the\s+turn\s+of)",
    part_glue=r"(?:\s*-\s*|\s+|\s+the\s+year\s+)",
    part_article="",
    cues=r"in|on|since|until|till|by|during|before|after|from|through|to|of|between|and|or|"
    r"for|throughout|around|circa|as\s+of|starting|beginning|ending|early|mid|late|"
    r"this|last|next|past|the",
    strict_cues=r"in|since|until|till|by|during|before|after|from|through|throughout|between|of|"
    r"to|early|mid|late|as\s+of",
    sports=r"scor\w*|points?|touchdowns?|goals?|game|match|innings|halftime|quarterback|"
    r"rebounds?|yards?|trail\w*|basket\w*|inning|overtime|buzzer|free\s+throws?|field\s+goals?",
    strong_year_cues=r"in|since|until|till|during|before|after|from|through|throughout|between|"
    r"back\s+to|early|mid|late|year|years|summer|winter|spring|autumn|fall|circa|as\s+of|"
    r"(?:the\s+)?(?:end|beginning|start|middle|turn|spring|summer|autumn|fall|winter)\s+of",
    count_before=r"about|around|approximately|roughly|nearly|almost|over|some|than|least|most|"
    r"at|up\s+to|only|just|total\s+of|estimated|another|additional|No\.?|no\.|number|page|"
    r"pages|route|flight|room|article|section|rule|resolution|chapter|model|version|code|"
    r"[$€£¥₹#+]",
    count_after=r"\s*(?:%|per\s*cent|percent|\$|€|£)|\s+(?:people|persons|men|women|children|"
    r"troops|soldiers|police|personnel|staff|members|workers|families|homes|houses|votes|"
    r"seats|deaths|dead|times|km|kilomet|met(?:er|re)s|miles|feet|tons|tonnes|acres|hectares|"
    r"dollars|rupees|euros|pounds|yuan|units|cases|kg|mw|gw|hours|minutes|points|degrees)\b",
    range_openers=r"(?P<open>from|between)(?:\s+the)?(?:\s+years?)?",
    connectors=r"\s*(?:-|–|—|~|to|through|thru|till|until|and)\s*",
    and_words=("and",),
    day_number=r"(?P<NAME>[0-3]?\d)(?:st|nd|rd|th)?(?![\d])(?![.,:]\d)",
    day_after_month=r"(?:the\s+)?(?:<D1>|(?P<dw1><ORD>))",
    year_tail=r"(?:\s*,\s*|\s+|\s+of\s+|\s*[-/]\s*)(?P<y><YEAR>)",
    day_first=r"""
        <D1>(?:<CONN><WD2>(?:the\s+)?<D2>)?
        (?:\s+of\s+(?:the\s+month\s+of\s+)?|\s*[-/.]\s*|\s+)
        (?:(?P<yx><YEAR>)\s*[-/]\s*)?
        <MON>
        (?:(?:<OF_THE_YEAR>|\s*,\s*|\s+|\s+of\s+|\s+in\s+|\s*[-/]\s*|(?<=\.))(?P<y><YEAR>)|<YY>)?""",
    decade_suffix=r"(?P<decade>\x20?['’]?s)(?!\w)",
    decade_before=_NEVER,
    quarter_word="quarter",
    half_word="half",
    year_bound_halves=frozenset({"half"}),
    year_ref=r"(?:\s+of\s+|\s*,?\s*|\s+in\s+)(?:(?P<y><YEAR>)|(?:the\s+)?"
    r"(?P<yrel>this|last|next|the)\s+(?:fiscal\s+|calendar\s+)?year\b)",
    mod_before=r"(?<!\w)(?P<mod>this\s+past|this\s+coming|last|next|this|past|previous|coming|"
    r"every|each|on|by|since|until|till|before|after|from|through|between|and|or)\s+\Z",
    mod_after=_NEVER,
    ordinal_first=r"(?P<dw1><ORD>)(?:\s*(?P<conn>-|–|to|through|till|until|and)\s*(?:the\s+)?"
    r"(?P<dw2><ORD>))?(?:\s+day)?\s+of\s+(?:the\s+month\s+of\s+)?<MON>"
    r"(?:(?:\s*,\s*|\s+|\s+of\s+)(?P<y><YEAR>))?",
    century=r"(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+century(?!\w)",
    range_year_after=r"(?:\s*,\s*|\s+in\s+|\s+of\s+)(?P<y><YEAR>)",
    relative_before=r"(?<!\w)(?:<PARTS>[\s-]+)?(?P<mod>earlier\s+this|later\s+this|"
    r"this\s+coming|this\s+past|this|last|next|coming|current|previous|past)\s+\Z",
    relative_after=r"\s+(?P<mod>after\s+next|before\s+last)(?!\w)",
    day_before_after=r"(?<!\w)the\s+day\s+(?P<ba>before|after)\s+\Z",
    weekday_week_after=r"\s+(?:of\s+)?(?P<mod>next|last|this)\s+week(?!\w)",
    weekday_week_before=r"(?<!\w)(?P<mod>next|last|this)\s+week,?\s+(?:on\s+)?\Z",
    month_year_after=r"(?:\s+|\s+of\s+)(?P<yrel>(?:this|last|next)\s+year)(?!\w)",
    part_of_current=r"(?<!\w)<PARTS>\s+the\s+\Z",
    period_parts=MappingProxyType(
        {
            "year-end": ("year", "late"),
            "year end": ("year", "late"),
            "mid-year": ("year", "mid"),
            "midyear": ("year", "mid"),
            "month-end": ("month", "late"),
            "month end": ("month", "late"),
        }
    ),
    period_part_cues=r"by|at|until|till|before|after|since|toward|towards|around|through",
    day_part_before=r"(?<!\w)(?:(?P<idiom>at\s+the\s+end\s+of\s+)|(?:late|early|earlier|later)\s+in\s+|"
    r"(?:the\s+)?(?:start|beginning|end|middle|close)\s+of\s+)\Z",
    weekday_of_after=r"\s+(?:of|in)\s+(?P<what>\w+)",
    ambiguous=frozenset(
        {"may", "march", "mar", "august", "aug", "jan", "jun", "sat", "sun", "wed", "mon", "fri"}
        | {"thu", "tue"}
    ),
    weekday_openers=frozenset(
        {"on", "by", "since", "until", "till", "last", "next", "this", "from", "before", "after"}
        | {"through", "and", "or", "but", "late", "early", "as", "that", "so", "then", "it"}
        | {"he", "she", "they", "we", "i", "the", "at", "in", "for", "of", "to", "with", "mid"}
        | {"like"}
    ),
    weekday_names_in_titles=True,
    habitual_weekday_before=frozenset(),
    lowercase_month_is_word=True,
    capitalized_month_is_name=False,
    dot_separates_dates=False,
    capitalized_nouns=False,
    plural_endings=("s",),
    modifier_after_unit=False,
    rolling_windows=True,
    fiscal_words=("fiscal year", "financial year", "fiscal", "FY"),
    seasons=MappingProxyType(
        {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
    ),
    ambiguous_seasons=frozenset({"spring", "fall"}),
    homonym_day_words=frozenset(),
    homonym_before=_NEVER,
    place_before_weekday=r"(?<![\w-])(?:in|at|near|outside|inside|across|along|from|off)\s+"
    r"(?:the\s+)?(?:\p{Lu}[\w’'.-]*\s+){1,4}\Z",
)

_DE_ENDINGS = ("", "r", "n", "m", "s")

_DE = DatePhrases(
    extra_day_words=MappingProxyType({}),
    unit_words=MappingProxyType(
        {
            "Woche": "week",
            "Wochenende": "weekend",
            "Monat": "month",
            "Monats": "month",
            "Jahr": "year",
            "Jahres": "year",
            "Quartal": "quarter",
            "Quartals": "quarter",
        }
    ),
    modifiers=MappingProxyType(
        {
            f"{stem}{e}": meaning
            for stem, meaning in (
                ("diese", "this"),
                ("laufende", "this"),
                ("letzte", "last"),
                ("vergangene", "last"),
                ("vorige", "last"),
                ("nachste", "next"),
                ("kommende", "next"),
                ("ubernachste", "next2"),
                ("vorletzte", "last2"),
            )
            for e in _DE_ENDINGS
        }
    ),
    parts=r"(?P<part>Anfang|Mitte|Ende)",
    part_glue=r"(?:\s*-\s*|\s+|\s+des\s+Jahres\s+|\s+des\s+|\s+der\s+)",
    part_article="",
    cues=r"im|in|am|an|seit|bis|ab|vom|von|zum|zur|vor|nach|während|zwischen|und|oder|Anfang|"
    r"Mitte|Ende|diesen|dieses|letzten|vergangenen|nächsten|kommenden|Jahr|Jahre|Jahres",
    strict_cues=r"im|seit|bis|ab|vom|zum|Anfang|Mitte|Ende|vergangenen|letzten|nächsten|"
    r"kommenden",
    sports=r"Tor\w*|Spiel\w*|Punkte|Halbzeit|Verlängerung",
    strong_year_cues=r"im|in|seit|bis|ab|von|vom|zwischen|Anfang|Mitte|Ende|Jahr|Jahre|Jahres|"
    r"Jahren|Frühjahr|Sommer|Herbst|Winter|Frühling|während",
    count_before=r"etwa|rund|ungefähr|fast|knapp|mehr\s+als|weniger\s+als|über|mindestens|"
    r"höchstens|bis\s+zu|insgesamt|weitere|Nr\.?|Nummer|Seite|Artikel|[$€£¥₹#+]",
    count_after=r"\s*(?:%|Prozent|€|\$)|\s+(?:Menschen|Personen|Leute|Soldaten|Polizisten|"
    r"Einwohner|Mitglieder|Stimmen|Tote|Euro|Dollar|Kilometer|Meter|Tonnen|Stunden|Minuten|"
    r"Mal|Grad)\b",
    range_openers=r"(?P<open>vom|von|zwischen|ab)(?:\s+(?:dem|den))?(?:\s+Jahre?)?",
    connectors=r"\s*(?:-|–|—|bis(?:\s+(?:zum|zur|Ende|Anfang|Mitte))?|und(?:\s+(?:dem|den|am))?)\s*",
    and_words=("und", "und dem", "und den", "und am"),
    day_number=r"(?P<NAME>[0-3]?\d)\.(?!\d)",
    day_after_month=r"(?P<d1>[0-3]?\d)(?:\.)?(?![\d])(?![,:]\d)",
    year_tail=r"(?:\s*,\s*|\s+|\s*[-/]\s*|<OF_THE_YEAR>)(?P<y><YEAR>)",
    day_first=r"""
        (?P<d1>[0-3]?\d)(?:\.|(?=\s*[-–])|(?=\x20<MON>)|(?=/<MON>/))
        (?:\s*(?:-|–|bis(?:\s+(?:zum|zur))?|und(?:\s+(?:dem|den|am))?)\s*<WD2>(?P<d2>[0-3]?\d)\.)?
        (?:\s*|\s*[-/]\s*)
        (?:(?P<yx><YEAR>)\s*[-/]\s*)?
        <MON>
        (?:(?:<OF_THE_YEAR>|\s*,\s*|\s+|\s*[-/]\s*|(?<=\.))(?P<y><YEAR>)|<YY>)?""",
    decade_suffix=r"(?P<decade>ern?)(?:(?:\s*-?\s*|\s+)Jahren?\b|(?!\w))",
    decade_before=_NEVER,
    quarter_word="Quartal",
    half_word="(?:Halbjahr|Jahreshälfte|Hälfte)",
    year_bound_halves=frozenset({"halfte"}),
    year_ref=r"(?:\s+|\s+des\s+Jahres\s+|\s+(?:des|dieses|des\s+laufenden|des\s+vergangenen|"
    r"des\s+nächsten)\s+)(?:(?P<y><YEAR>)|(?P<yrel>Jahres|(?:laufenden|vergangenen|letzten|"
    r"vorigen|nächsten|kommenden|dieses)\s+Jahres))",
    mod_before=r"(?<!\w)(?:am\s+|im\s+|seit\s+|bis\s+)?(?P<mod>letzte[nmrs]?|vergangene[nmrs]?|"
    r"vorige[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|diese[nmrs]?|jede[nmrs]?|am|seit|bis|ab|"
    r"vom|zum|im|den|dem|zwischen|und|oder)\s+\Z",
    mod_after=_NEVER,
    # "am ersten März", "vom dritten bis fünften Oktober 1990": only after the article or
    # preposition a date takes ("der erste März-Sonntag" is no date)
    ordinal_first=r"(?<=(?<!\w)(?:am|vom|zum|den|dem|ab|seit|bis)\s+)(?P<dw1><ORD>)"
    r"(?:\s*(?P<conn>-|–|bis(?:\s+zum)?|und(?:\s+(?:dem|am))?)\s*(?P<dw2><ORD>))?"
    r"\s+<MON>(?!-)(?:(?:\s*,\s*|\s+)(?P<y><YEAR>))?",
    century=r"(?P<c>[12]?\d)\.\s*Jahrhunderts?(?!\w)",
    range_year_after=r"(?:\s*,\s*|\s+)(?P<y><YEAR>)",
    relative_before=r"(?<!\w)(?:(?P<part>Anfang|Mitte|Ende)\s+)?(?:(?:im|am|in\s+der|"
    r"in\s+diesem|in\s+dieser|des|der|dem|den|die|das)\s+)?(?P<mod>(?:diese|letzte|vergangene|"
    r"vorige|übernächste|nächste|kommende|vorletzte|laufende)[nmrs]?)\s+\Z",
    relative_after=_NEVER,
    day_before_after=_NEVER,
    weekday_week_after=r"\s+(?P<mod>(?:nächste|kommende|letzte|vergangene|vorige|diese)r)\s+"
    r"Woche(?!\w)",
    weekday_week_before=r"(?<!\w)(?P<mod>(?:nächste|kommende|letzte|vergangene|vorige|diese))\s+"
    r"Woche,?\s+(?:am\s+)?\Z",
    month_year_after=r"\s+(?:des\s+)?(?P<yrel>(?:diese|letzte|vergangene|vorige|nächste|"
    r"kommende|laufende)[ns]\s+Jahres)(?!\w)",
    part_of_current=r"(?<!\w)(?P<part>Anfang|Mitte|Ende)\s+(?:des|dieses)\s+\Z",
    period_parts=MappingProxyType(
        {
            f"{unit}{joint}{word}": (meaning, part)
            for unit, joint, meaning in (("Jahres", "", "year"), ("Monats", "", "month"))
            for word, part in (
                ("ende", "late"),
                ("anfang", "early"),
                ("beginn", "early"),
                ("mitte", "mid"),
            )
        }
    ),
    period_part_cues=r"zum|zur|bis|am|seit|vor|nach|ab|gegen|zu|um",
    day_part_before=_NEVER,
    weekday_of_after=_NEVER,
    ambiguous=frozenset({"august", "mai", "so", "mo", "di", "mi", "do", "fr", "sa"}),
    weekday_openers=frozenset(),
    weekday_names_in_titles=False,
    habitual_weekday_before=frozenset(),
    lowercase_month_is_word=False,
    capitalized_month_is_name=False,
    dot_separates_dates=True,
    capitalized_nouns=True,
    plural_endings=("s",),
    modifier_after_unit=False,
    rolling_windows=False,
    fiscal_words=("Geschäftsjahr", "Geschäftsjahres", "Fiskaljahr", "Fiskaljahres"),
    seasons=MappingProxyType(
        {
            **{"Frühling": "SP", "Frühjahr": "SP", "Sommer": "SU", "Herbst": "FA", "Winter": "WI"},
            # genitive ("Ende des Sommers", "im Laufe des Herbstes")
            **{"Frühlings": "SP", "Frühjahrs": "SP", "Sommers": "SU", "Herbstes": "FA"},
            **{"Herbsts": "FA", "Winters": "WI"},
        }
    ),
    ambiguous_seasons=frozenset(),
    homonym_day_words=frozenset({"morgen"}),
    homonym_before=r"(?<!\w)(?:am|jeden|heute|gestern|den|diesen|einen|guten|vom|zum|bis|"
    r"frühen|späten)\s+\Z",
    season_part_prefixes=MappingProxyType({"Früh": "early", "Hoch": "mid", "Spät": "late"}),
)

_FR = DatePhrases(
    extra_day_words=MappingProxyType({"aujourd'hui": 0}),
    unit_words=MappingProxyType(
        {
            "semaine": "week",
            "week-end": "weekend",
            "mois": "month",
            "année": "year",
            "an": "year",
            "trimestre": "quarter",
        }
    ),
    modifiers=MappingProxyType(
        {
            "ce": "this",
            "cet": "this",
            "cette": "this",
            "ci": "this",
            "dernier": "last",
            "derniere": "last",
            "passe": "last",
            "passee": "last",
            "prochain": "next",
            "prochaine": "next",
            # "la semaine après la prochaine", "l'année avant la dernière"
            **dict.fromkeys(("apres la prochaine", "apres le prochain"), "next2"),
            **dict.fromkeys(("avant la derniere", "avant le dernier"), "last2"),
            "plus tot ce": "earlier",
            "plus tot cette": "earlier",
            "plus tot cet": "earlier",
            "plus tard ce": "later",
            "plus tard cette": "later",
            "plus tard cet": "later",
        }
    ),
    parts=r"(?P<part>début|debut|mi|fin|milieu)",
    part_glue=r"(?:\s*-\s*|\s+(?:de\s+|du\s+mois\s+de\s+|du\s+mois\s+d['’]\s*|"
    r"de\s+l['’]\s*année\s+|de\s+l['’]\s*|du\s+|des\s+années\s+|des\s+)?|\s*d['’]\s*)",
    part_article=r"(?:(?:la|le)\s+)?",
    cues=r"en|depuis|jusqu['’]en|jusqu['’]à|jusqu['’]au|d['’]ici|dès|avant|après|pendant|"
    r"entre|et|ou|de|d['’]|du|au|à|début|mi|fin|courant|mois\s+de|mois\s+d['’]|année|"
    r"l['’]année|an|l['’]an",
    strict_cues=r"en|depuis|dès|avant|après|d['’]ici|jusqu['’]en|de|d['’]|du|au|début|mi|fin",
    sports=r"but\w*|match\w*|points?|mi-temps|prolongation",
    strong_year_cues=r"en|depuis|jusqu['’]en|d['’]ici|dès|avant|après|pendant|entre|début|mi|"
    r"fin|année|l['’]année|an|l['’]an|printemps|été|automne|hiver",
    count_before=r"environ|près\s+de|presque|plus\s+de|moins\s+de|au\s+moins|quelque|quelques|"
    r"jusqu['’]à|total\s+de|autres|n°|numéro|page|article|[$€£¥₹#+]",
    count_after=r"\s*(?:%|pour\s*cent|€|\$)|\s+(?:personnes|gens|hommes|femmes|enfants|soldats|"
    r"policiers|habitants|membres|voix|morts|euros|dollars|kilomètres|mètres|tonnes|heures|"
    r"minutes|fois|degrés)\b",
    range_openers=r"(?P<open>du|de|d['’]|entre(?:\s+le)?|depuis\s+le)(?:\s+l['’]\s*année)?",
    connectors=r"\s*(?:-|–|—|au|à|a|et(?:\s+le)?|jusqu['’]au|jusqu['’]à)\s*",
    and_words=("et", "et le"),
    day_number=r"(?P<NAME>1er|[0-3]?\d)(?:er|e|ème)?(?![\d])(?![.,:]\d)",
    day_after_month=r"(?P<d1>1er|[0-3]?\d)(?![\d])(?![.,:]\d)",
    year_tail=r"(?:\s*,\s*|\s+|\s+de\s+|\s*[-/]\s*|<OF_THE_YEAR>)(?P<y><YEAR>)",
    day_first=r"""
        <D1>(?:\s*(?:-|–|au|à|et(?:\s+le)?|jusqu['’]au)\s*<WD2><D2>)?
        (?:\s+|\s*[-/.]\s*)
        (?:(?P<yx><YEAR>)\s*[-/]\s*)?
        <MON>
        (?:(?:<OF_THE_YEAR>|\s*,\s*|\s+|\s+de\s+|\s*[-/]\s*|(?<=\.))(?P<y><YEAR>)|<YY>)?""",
    decade_suffix=r"(?P<decade>(?!))",
    decade_before=r"(?<!\w)(?:(?:les\s+)?années|(?:la\s+)?décennie(?:\s+de)?)\s+\Z",
    quarter_word="trimestre",
    half_word="(?:semestre|moitié)",
    half_letters="[HS]",
    year_bound_halves=frozenset({"moitie"}),
    year_ref=r"(?:\s+|\s+de\s+|\s+de\s+l['’]année\s+)(?:(?P<y><YEAR>)|(?P<yrel>de\s+l['’]année"
    r"(?:\s+(?:dernière|prochaine|passée|en\s+cours))?(?!\s*\d)|de\s+l['’]an\s+(?:dernier|prochain|passé)|"
    r"de\s+cette\s+année))",
    mod_before=r"(?<!\w)(?P<mod>ce|cet|cette|chaque|tous\s+les|le|du|au|depuis|dès|entre|et|ou)"
    r"\s+\Z",
    mod_after=r"\s+(?P<mod>dernière|dernier|prochaine|prochain|passée|passé)(?!\w)",
    ordinal_first=r"(?P<dw1><ORD>)\s+<MON>(?:(?:\s*,\s*|\s+|\s+de\s+)(?P<y><YEAR>))?",
    century=r"(?P<c>[12]?\d)(?:e|ème|eme)\s+siècle(?!\w)",
    range_year_after=r"(?:\s*,\s*|\s+en\s+|\s+de\s+)(?P<y><YEAR>)",
    relative_before=r"(?<!\w)(?:(?P<part>début|debut|fin|mi)(?:\s*-\s*|\s+)(?:de\s+|d['’]\s*)?)?"
    r"(?:(?P<mod>plus\s+tôt\s+(?:cette|ce|cet)|plus\s+tard\s+(?:cette|ce|cet)|cette|"
    r"ce|cet)|(?P<det>la|le|l['’]|les|du))\s*\Z",
    relative_after=r"(?:\s+|-)(?P<mod>après\s+l[ae]\s+prochaine?|avant\s+l[ae]\s+derni(?:ère|er)|"
    r"dernière|dernier|prochaine|prochain|passée|passé|ci)(?!\w)",
    day_before_after=_NEVER,
    weekday_week_after=r"\s+de\s+(?:la\s+semaine\s+(?P<mod>prochaine|dernière|passée)|"
    r"(?P<mod>cette)\s+semaine)(?!\w)",
    weekday_week_before=_NEVER,
    month_year_after=r"\s+(?:de\s+)?(?P<yrel>l['’]an(?:née)?\s+(?:dernière|dernier|"
    r"prochaine|prochain|passée|passé|en\s+cours)|cette\s+année)(?!\w)",
    period_parts=MappingProxyType({}),
    period_part_cues=_NEVER,
    day_part_before=_NEVER,
    part_of_current=r"(?<!\w)(?:en\s+(?P<part>début|debut|fin|milieu)\s+(?:d['’]\s*|de\s+)\Z|"
    r"(?P<part>début|debut|fin|milieu|mi)(?:\s*-\s*|\s+)"
    r"(?:de\s+l['’]\s*|du\s+|de\s+la\s+)\Z)",
    weekday_of_after=_NEVER,
    ambiguous=frozenset({"mars", "mar", "mer", "jeu", "ven", "sam", "dim", "lun"}),
    weekday_openers=frozenset(),
    weekday_names_in_titles=False,
    habitual_weekday_before=frozenset({"le"}),
    lowercase_month_is_word=False,
    capitalized_month_is_name=True,
    dot_separates_dates=True,
    capitalized_nouns=False,
    plural_endings=("s", "x"),
    modifier_after_unit=True,
    rolling_windows=False,
    fiscal_words=("exercice fiscal", "exercice", "année fiscale"),
    seasons=MappingProxyType({"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}),
    ambiguous_seasons=frozenset({"ete"}),  # "a été signé"
    homonym_day_words=frozenset(),
    homonym_before=_NEVER,
    roman_century=r"[XVI]{1,5}(?:e|ème|eme)[\x20\u00a0]+siècle",
)

_DATE_PHRASES: Mapping[str, DatePhrases] = MappingProxyType({"en": _EN, "de": _DE, "fr": _FR})


def date_phrases(language: str) -> DatePhrases:
    """The date grammar's phrases of a supported base language ("en", "de" or "fr")."""
    if language not in _DATE_PHRASES:
        raise ValueError(f"no date grammar for language {language!r}")
    return _DATE_PHRASES[language]


@cache
def season_words(language: str) -> Mapping[str, tuple[str, str | None]]:
    """Season names as written -> (TIMEX3 code, part): the language's names, and where it
    writes a part of a season as one word, the compounds ("Spätsommer" -> ("SU", "late"))."""
    phrases = date_phrases(language)
    out: dict[str, tuple[str, str | None]] = {k: (v, None) for k, v in phrases.seasons.items()}
    for prefix, part in phrases.season_part_prefixes.items():
        for name, code in phrases.seasons.items():
            if not name.lower().startswith(prefix.lower()):  # not "Frühfrühling"
                out[prefix + name.lower()] = (code, part)
    return MappingProxyType(out)


def day_words(language: str) -> Mapping[str, int]:
    """Relative day words, folded -> offset in days: CLDR's ("yesterday" -1, "übermorgen" 2)
    and the language's extra ones ("tonight")."""
    return MappingProxyType({fold(k): v for k, v in _day_word_forms(language).items()})


def _day_word_forms(language: str) -> dict[str, int]:
    from babel import Locale

    relative = Locale.parse(language)._data["date_fields"]["day"]["relative"]
    out = {str(name): int(offset) for offset, name in relative.items()}
    out.update(date_phrases(language).extra_day_words)
    return out


def relative_word_forms(language: str) -> tuple[str, ...]:
    """Relative day and unit words as written ("yesterday", "übermorgen", "Woche")."""
    forms = set(_day_word_forms(language)) | set(date_phrases(language).unit_words)
    forms |= {fold(f) for f in forms}  # "ubermorgen", "annee" as typed without accents
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))
