"""Compiled regular expressions of the date extractor, one grammar per language, built once.

The extractor scans a text with one *trigger* pattern that stops only at words a date can be
anchored on (a month or weekday name from CLDR, a digit, "yesterday", "week", "ago", "Q3" ...).
At each trigger it tries the small anchored patterns below, and looks a few words back (patterns
ending in ``\\Z``, searched in a short window before the trigger) for modifiers such as "early",
"last", "in" or "between". Nothing here runs at import time: :func:`date_grammar` builds and
caches the grammar of a language on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

import regex

from claimcheck.language.calendar import TIME_ZONES, CalendarWords, calendar_words, fold


class _LazyPattern:
    """A pattern compiled on first use: a grammar holds dozens, and a text needs only some."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._args = args
        self._kwargs = kwargs
        self._rx: Any = None

    def __getattr__(self, name: str) -> Any:
        # called only for names not yet cached: compile once, then keep the pattern's bound
        # method on the instance so later calls cost nothing extra
        rx = self._rx
        if rx is None:
            rx = self._rx = regex.compile(*self._args, **self._kwargs)
        value = getattr(rx, name)
        self.__dict__[name] = value
        return value


def _lazy(*args: Any, **kwargs: Any) -> Any:
    return _LazyPattern(*args, **kwargs)


__all__ = ["AND_WORDS", "DateGrammar", "date_grammar", "trie_pattern"]

_I = regex.IGNORECASE

#: A year a date may carry (four digits, 1000-2099), and the same not part of a longer number.
_YEAR_CORE = r"(?:1\d{3}|20\d{2})"
_YEAR = _YEAR_CORE + r"(?![\d])(?![.,]\d)"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a trie (much faster than a flat list)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        if list(node) == [""]:
            return ""
        optional = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            branches.append(regex.escape(ch) + render(node[ch]))
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return render(trie)


def _case_variants(forms: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for form in forms:
        out.update({form, form.lower(), form.upper(), form[:1].upper() + form[1:].lower()})
    return out


def _alternation(forms: Iterable[str]) -> str:
    return trie_pattern(sorted(_case_variants(forms)))


def _spaced(text: str) -> str:
    """Escape ``text`` for a pattern, letting any run of spaces match any whitespace."""
    return r"\s+".join(regex.escape(part) for part in text.split())


@dataclass(frozen=True, slots=True)
class DateGrammar:
    """The patterns of one language. ``*_before`` patterns end at ``\\Z`` (search a window)."""

    language: str
    words: CalendarWords
    #: Compiled with :mod:`re`, several times faster than ``regex`` for this one scan.
    trigger: re.Pattern[str]
    month_first: regex.Pattern[str]
    day_first: regex.Pattern[str]
    numeric: regex.Pattern[str]
    year: regex.Pattern[str]
    quarter: regex.Pattern[str]
    weekday_tail: regex.Pattern[str]
    weekday_after_date: regex.Pattern[str]
    part_before: regex.Pattern[str]
    mod_before: regex.Pattern[str]
    mod_after: regex.Pattern[str]
    cue_before: regex.Pattern[str]
    strict_cue_before: regex.Pattern[str]
    sports: regex.Pattern[str]
    strong_year_cue_before: regex.Pattern[str]
    count_before: regex.Pattern[str]
    count_after: regex.Pattern[str]
    range_before: regex.Pattern[str]
    connector: regex.Pattern[str]
    ordinal_first: regex.Pattern[str] | None
    century: regex.Pattern[str]
    numeric_range: regex.Pattern[str]
    numeric_range_before: regex.Pattern[str]
    year_first_named: regex.Pattern[str]
    range_year_after: regex.Pattern[str]
    relative_before: regex.Pattern[str]
    relative_after: regex.Pattern[str]
    day_before_after: regex.Pattern[str]
    ago: regex.Pattern[str]
    ago_backward: bool
    decade_before: regex.Pattern[str]
    short_decade: regex.Pattern[str]
    #: a clock time ("6:40 p.m.", "0800 UTC", "18 Uhr"), a part of the day after a day
    #: ("Friday morning", "Monday at noon") and what may join a time to its day
    clock: regex.Pattern[str]
    #: the line before an update stamp's date ("UPDATE ", "**Updated:** ")
    update_before: regex.Pattern[str]
    day_period_after: regex.Pattern[str]
    time_glue: regex.Pattern[str]
    #: relative day words (folded) -> offset in days ("yesterday" -> -1)
    day_words: Mapping[str, int]
    #: relative unit words (folded) -> unit ("week", "weekend", "month", "quarter", "year")
    unit_words: Mapping[str, str]
    #: modifier words (folded) -> "this"/"last"/"next"/... (see _MODIFIERS)
    modifiers: Mapping[str, str]
    #: month and weekday words that are also ordinary words and need a date around them
    ambiguous: frozenset[str]
    #: words that may stand before a capitalized weekday ("On Tuesday"), folded
    weekday_openers: frozenset[str]


# Per-language lexicons (not in CLDR) ---------------------------------------------------------

_DAY_WORDS = {
    "en": {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1},
    "de": {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "ubermorgen": 2},
    "fr": {
        "aujourd'hui": 0,
        "aujourd’hui": 0,
        "hier": -1,
        "demain": 1,
        "avant-hier": -2,
        "apres-demain": 2,
    },
}

_UNIT_WORDS = {
    "en": {
        "week": "week",
        "weekend": "weekend",
        "month": "month",
        "year": "year",
        "quarter": "quarter",
    },
    "de": {
        "woche": "week",
        "wochenende": "weekend",
        "monat": "month",
        "monats": "month",
        "jahr": "year",
        "jahres": "year",
        "quartal": "quarter",
        "quartals": "quarter",
    },
    "fr": {
        "semaine": "week",
        "week-end": "weekend",
        "mois": "month",
        "annee": "year",
        "an": "year",
        "trimestre": "quarter",
    },
}

# modifier word (folded) -> meaning; "this" = 0, "last" = -1, "next" = +1, "last2" = -2 ...
_MODIFIERS = {
    "en": {
        "this": "this",
        "last": "last",
        "next": "next",
        "coming": "next",
        "this coming": "next",
        "this past": "past",
        "past": "past",
        "earlier this": "earlier",
        "later this": "later",
    },
    "de": {
        **{f"diese{e}": "this" for e in ("", "r", "n", "m", "s")},
        **{f"laufende{e}": "this" for e in ("", "r", "n", "m", "s")},
        **{f"letzte{e}": "last" for e in ("", "r", "n", "m", "s")},
        **{f"vergangene{e}": "last" for e in ("", "r", "n", "m", "s")},
        **{f"vorige{e}": "last" for e in ("", "r", "n", "m", "s")},
        **{f"nachste{e}": "next" for e in ("", "r", "n", "m", "s")},
        **{f"kommende{e}": "next" for e in ("", "r", "n", "m", "s")},
        **{f"ubernachste{e}": "next2" for e in ("", "r", "n", "m", "s")},
        **{f"vorletzte{e}": "last2" for e in ("", "r", "n", "m", "s")},
    },
    "fr": {
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
        "plus tot ce": "earlier",
        "plus tot cette": "earlier",
        "plus tot cet": "earlier",
        "plus tard ce": "later",
        "plus tard cette": "later",
        "plus tard cet": "later",
    },
}

_PARTS = {
    "en": r"(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of|the\s+turn\s+of)",
    "de": r"(?P<part>Anfang|Mitte|Ende)",
    "fr": r"(?P<part>début|debut|mi|fin|milieu)",
}

#: What may stand between a part word and the month or year it modifies.
_PART_GLUE = {
    "en": r"(?:\s*-\s*|\s+)",
    "de": r"(?:\s*-\s*|\s+)",
    "fr": r"(?:\s*-\s*|\s+(?:de\s+|du\s+mois\s+de\s+|du\s+mois\s+d['’]\s*)?|\s*d['’]\s*)",
}

#: Prepositions after which a bare month or year is a date.
_CUES = {
    "en": r"in|on|since|until|till|by|during|before|after|from|through|to|of|between|and|or|"
    r"for|throughout|around|circa|as\s+of|starting|beginning|ending|early|mid|late|"
    r"this|last|next|past|the",
    "de": r"im|in|am|an|seit|bis|ab|vom|von|zum|zur|vor|nach|während|zwischen|und|oder|Anfang|"
    r"Mitte|Ende|diesen|dieses|letzten|vergangenen|nächsten|kommenden|Jahr|Jahre|Jahres",
    "fr": r"en|depuis|jusqu['’]en|jusqu['’]à|jusqu['’]au|d['’]ici|dès|avant|après|pendant|"
    r"entre|et|ou|de|d['’]|du|au|à|début|mi|fin|courant|mois\s+de|mois\s+d['’]|année|l['’]année|"
    r"an|l['’]an",
}

#: Prepositions after which even a month name that is also a word ("May", "March", "mars") is
#: a month.
_STRICT_CUES = {
    "en": r"in|since|until|till|by|during|before|after|from|through|throughout|between|of|to|"
    r"early|mid|late|as\s+of",
    "de": r"im|seit|bis|ab|vom|zum|Anfang|Mitte|Ende|vergangenen|letzten|nächsten|kommenden",
    "fr": r"en|depuis|dès|avant|après|d['’]ici|jusqu['’]en|de|d['’]|du|au|début|mi|fin",
}

#: Sports words: "the fourth quarter" or "the second half" of a match is not a period of a year.
_SPORTS = {
    "en": r"scor\w*|points?|touchdowns?|goals?|game|match|innings|halftime|quarterback|rebounds?|"
    r"yards?|trail\w*|basket\w*|inning|overtime|buzzer|free\s+throws?|field\s+goals?",
    "de": r"Tor\w*|Spiel\w*|Punkte|Halbzeit|Verlängerung",
    "fr": r"but\w*|match\w*|points?|mi-temps|prolongation",
}

#: Cues after which a four-digit number is a year whatever follows it.
_STRONG_YEAR_CUES = {
    "en": r"in|since|until|till|during|before|after|from|through|throughout|between|back\s+to|"
    r"early|mid|late|year|years|summer|winter|spring|autumn|fall|circa|as\s+of|"
    r"(?:the\s+)?(?:end|beginning|start|middle|turn|spring|summer|autumn|fall|winter)\s+of",
    "de": r"im|in|seit|bis|ab|von|vom|zwischen|Anfang|Mitte|Ende|Jahr|Jahre|Jahres|Jahren|"
    r"Frühjahr|Sommer|Herbst|Winter|Frühling|während",
    "fr": r"en|depuis|jusqu['’]en|d['’]ici|dès|avant|après|pendant|entre|début|mi|fin|"
    r"année|l['’]année|an|l['’]an|printemps|été|automne|hiver",
}

#: Words before a number that make it a count rather than a year.
_COUNT_BEFORE = {
    "en": r"about|around|approximately|roughly|nearly|almost|over|some|than|least|most|at|"
    r"up\s+to|only|just|total\s+of|estimated|another|additional|No\.?|no\.|number|page|pages|"
    r"route|flight|room|article|section|rule|resolution|chapter|model|version|code|[$€£¥₹#+]",
    "de": r"etwa|rund|ungefähr|fast|knapp|mehr\s+als|weniger\s+als|über|mindestens|höchstens|"
    r"bis\s+zu|insgesamt|weitere|Nr\.?|Nummer|Seite|Artikel|[$€£¥₹#+]",
    "fr": r"environ|près\s+de|presque|plus\s+de|moins\s+de|au\s+moins|quelque|quelques|"
    r"jusqu['’]à|total\s+de|autres|n°|numéro|page|article|[$€£¥₹#+]",
}

#: What may follow a number that makes it a count or a measure, not a year.
_COUNT_AFTER = {
    "en": r"\s*(?:%|per\s*cent|percent|\$|€|£)|\s+(?:people|persons|men|women|children|"
    r"troops|soldiers|police|personnel|staff|members|workers|families|homes|houses|votes|"
    r"seats|deaths|dead|times|km|kilomet|met(?:er|re)s|miles|feet|tons|tonnes|acres|hectares|"
    r"dollars|rupees|euros|pounds|yuan|units|cases|kg|mw|gw|hours|minutes|points)\b",
    "de": r"\s*(?:%|Prozent|€|\$)|\s+(?:Menschen|Personen|Leute|Soldaten|Polizisten|Einwohner|"
    r"Mitglieder|Stimmen|Tote|Euro|Dollar|Kilometer|Meter|Tonnen|Stunden|Minuten|Mal)\b",
    "fr": r"\s*(?:%|pour\s*cent|€|\$)|\s+(?:personnes|gens|hommes|femmes|enfants|soldats|"
    r"policiers|habitants|membres|voix|morts|euros|dollars|kilomètres|mètres|tonnes|heures|"
    r"minutes|fois)\b",
}

_RANGE_OPENERS = {
    "en": r"(?P<open>from|between)(?:\s+the)?",
    "de": r"(?P<open>vom|von|zwischen|ab)",
    "fr": r"(?P<open>du|de|d['’]|entre(?:\s+le)?|depuis\s+le)",
}

_CONNECTORS = {
    "en": r"\s*(?:-|–|—|~|to|through|thru|till|until|and)\s*",
    "de": r"\s*(?:-|–|—|bis(?:\s+(?:zum|zur|Ende|Anfang|Mitte))?|und)\s*",
    "fr": r"\s*(?:-|–|—|au|à|a|et(?:\s+le)?|jusqu['’]au|jusqu['’]à)\s*",
}

#: Range connectors that need an opener ("between ... and ...").
AND_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"en": ("and",), "de": ("und",), "fr": ("et", "et le")}
)


def _day_number(language: str, name: str) -> str:
    if language == "en":
        return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d])(?![.,:]\d)"
    if language == "de":
        return rf"(?P<{name}>[0-3]?\d)\.(?!\d)"
    return rf"(?P<{name}>1er|[0-3]?\d)(?:er|e|ème)?(?![\d])(?![.,:]\d)"


def _build(language: str) -> DateGrammar:
    words = calendar_words(language)
    lang = language
    month_trie = _alternation(f.rstrip(".") for f in words.month_forms)
    weekday_trie = _alternation(f.rstrip(".") for f in words.weekday_forms)
    mon = rf"(?P<mon>{month_trie})(?:\.|(?!\w))"
    mon2 = rf"(?P<mon2>{month_trie})(?:\.|(?!\w))"
    wd = rf"(?P<wd>{weekday_trie})\.?(?!\w)"
    d1 = _day_number(lang, "d1")
    d2 = _day_number(lang, "d2")
    ordinals = trie_pattern(sorted(_case_variants(words.ordinal_words)))
    period_ordinals = _alternation([*words.ordinal_words, *words.final_words])
    connector = _CONNECTORS[lang]

    # month first: "Nov. 9", "November 9, 2024", "March 2-4", "Nov 18-Dec 19, 2015",
    # "October 2023", "Dec-2018", "June of 1992", "Sep-23-2020", "novembre 23 de 1987"
    if lang == "en":
        day_after_month = rf"(?:the\s+)?(?:{d1}|(?P<dw1>{ordinals}))"
        year_tail = rf"(?:\s*,\s*|\s+|\s+of\s+|\s*-\s*)(?P<y>{_YEAR})"
    elif lang == "de":
        day_after_month = r"(?P<d1>[0-3]?\d)(?:\.)?(?![\d])(?![,:]\d)"
        year_tail = rf"(?:\s*,\s*|\s+|\s*-\s*)(?P<y>{_YEAR})"
    else:
        day_after_month = r"(?P<d1>1er|[0-3]?\d)(?![\d])(?![.,:]\d)"
        year_tail = rf"(?:\s*,\s*|\s+|\s+de\s+|\s*-\s*)(?P<y>{_YEAR})"
    month_first = _lazy(
        rf"""{mon}
        (?:
            (?:\s+|\s*-\s*|\s*/\s*)(?P<yx>{_YEAR})(?:\s*-\s*|\s*/\s*)(?P<dx>[0-3]?\d)(?!\d)
          | (?:\s*[-/]\s*|\s+|(?<=\.)){day_after_month}
            (?:{connector}(?:{mon2}\s*)?(?:{d2}|(?:the\s+)?(?P<dw2>{ordinals})))?
            (?:{year_tail})?
          | (?:\s*,\s*|\s*[-/]\s*|\s+|\s+of\s+|\s+de\s+|\s+d['’])(?P<ym>{_YEAR})
        )?""",
        _I | regex.VERBOSE,
    )

    # day first: "9 November 2024", "9th of November", "2-4 March", "19. November 2024",
    # "1er janvier", "05-Aug-2016", "23-2020-September", "vom 12. bis 14. März"
    if lang == "en":
        day_first_src = rf"""
            {d1}(?:{connector}{d2})?
            (?:\s+of\s+(?:the\s+month\s+of\s+)?|\s*[-/.]\s*|\s+)
            (?:(?P<yx>{_YEAR})\s*[-/]\s*)?
            {mon}
            (?:(?:\s*,\s*|\s+|\s+of\s+|\s+in\s+|\s*[-/]\s*)(?P<y>{_YEAR}))?"""
    elif lang == "de":
        day_first_src = rf"""
            (?P<d1>[0-3]?\d)(?:\.|(?=\s*[-–]))
            (?:\s*(?:-|–|bis(?:\s+(?:zum|zur))?|und)\s*(?P<d2>[0-3]?\d)\.)?
            (?:\s*|\s*[-/]\s*)
            (?:(?P<yx>{_YEAR})\s*[-/]\s*)?
            {mon}
            (?:(?:\s*,\s*|\s+|\s*[-/]\s*)(?P<y>{_YEAR}))?"""
    else:
        day_first_src = rf"""
            {d1}(?:\s*(?:-|–|au|à|et(?:\s+le)?)\s*{d2})?
            (?:\s+|\s*[-/.]\s*)
            (?:(?P<yx>{_YEAR})\s*[-/]\s*)?
            {mon}
            (?:(?:\s*,\s*|\s+|\s+de\s+|\s*[-/]\s*)(?P<y>{_YEAR}))?"""
    day_first = _lazy(day_first_src, _I | regex.VERBOSE)

    # numbers only: ISO "2024-11-19", "19/11/2024", "19.11.2024", "11/20", "22.04."
    numeric = _lazy(
        rf"""(?:
            (?P<iy>{_YEAR_CORE})(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?![\d])
          | (?P<a>[0-3]?\d)(?:(?P<sep>[/\-])|(?P<sep>\.)(?P<sp>[\x20\u00a0])?)(?P<b>[0-3]?\d)
            (?:(?P=sep)(?(sp)[\x20\u00a0])(?P<ny>{_YEAR_CORE}|\d{{2}}))?
            (?P<dot>\.(?!\d))?
          | (?P<a>[0-3]\d)(?P<sep>[\x20\u00a0])(?P<b>[0-3]\d)[\x20\u00a0](?P<ny>{_YEAR_CORE})
        )(?![\d])(?![-/.,]\d)""",
        regex.VERBOSE,
    )

    numeric_range = _lazy(
        rf"""(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y1>{_YEAR_CORE}))?
        \s*(?:-|–)\s*
        (?P<c>[0-3]?\d)/(?P<d>[0-3]?\d)(?:/(?P<y2>{_YEAR_CORE}))?(?![\d])(?![-/.,]\d)""",
        regex.VERBOSE,
    )
    numeric_range_before = _lazy(rf"(?<![\d/.])[0-3]?\d[/.][0-3]?\d\.?\s*{connector}\Z", _I)

    decade_suffix = {
        "en": r"(?P<decade>\x20?['’]?s)(?!\w)",
        "de": r"(?P<decade>ern?)(?:(?:\s*-?\s*|\s+)Jahren?\b|(?!\w))",
        "fr": r"(?P<decade>(?!))",
    }[lang]
    # "the 70s", "die 70er Jahre", "les années 70" (the last only after "années")
    short_decade = _lazy(
        rf"(?P<d>[1-9]0)(?![\d])(?:{decade_suffix}|(?P<decade>)(?![\w'’]))", _I | regex.VERBOSE
    )
    year = _lazy(
        rf"""(?P<y>{_YEAR_CORE})(?![\d])
        (?:
            {decade_suffix}
          | \s*(?:-|–|—|~)\s*(?P<y2>1\d{{3}}|20\d{{2}}|\d{{2}})(?![\d])(?![-/.,]\d)
          | \s*-?\s*(?:Q|T)(?P<q>[1-4])(?!\w) | \s*-?\s*(?:trimestre|Quartal)\s*(?P<q>[1-4])(?!\w)
          | \s*-?\s*H(?P<h>[12])(?!\w)
        )?""",
        _I | regex.VERBOSE,
    )

    # quarters and halves: "Q3 2024", "the third quarter of 2024", "3. Quartal", "T3 2024"
    quarter_names = trie_pattern(sorted(_case_variants(words.quarter_forms)))
    qword = {"en": "quarter", "de": "Quartal", "fr": "trimestre"}[lang]
    hword = {"en": "half", "de": "Halbjahr", "fr": "semestre"}[lang]
    year_ref = {
        "en": rf"(?:\s+of\s+|\s*,?\s*|\s+in\s+)(?:(?P<y>{_YEAR})|(?:the\s+)?(?P<yrel>this|last|next|the)\s+(?:fiscal\s+|calendar\s+)?year\b)",
        "de": rf"(?:\s+|\s+des\s+Jahres\s+|\s+(?:des|dieses|des\s+laufenden|des\s+vergangenen|des\s+nächsten)\s+)(?:(?P<y>{_YEAR})|(?P<yrel>Jahres|laufenden\s+Jahres|vergangenen\s+Jahres|nächsten\s+Jahres))",
        "fr": rf"(?:\s+|\s+de\s+|\s+de\s+l['’]année\s+)(?:(?P<y>{_YEAR})|(?P<yrel>de\s+l['’]année(?:\s+(?:dernière|prochaine|passée|en\s+cours))?|de\s+cette\s+année))",
    }[lang]
    quarter = _lazy(
        rf"""(?:
            (?P<qname>{quarter_names})(?!\w)
          | (?:(?P<qn>[1-4])(?:st|nd|rd|th|\.|er|e|ème)?|(?P<qw>{period_ordinals}))[\s-]+{qword}(?!\w)
          | (?:(?P<hn>[12])(?:st|nd|\.|er|e)?|(?P<hw>{period_ordinals}))[\s-]+{hword}(?!\w)
          | (?P<hx>H[12])(?!\w)
        )
        (?:{year_ref})?""",
        _I | regex.VERBOSE,
    )

    weekday_tail = _lazy(
        r"\s*,\s*(?:the\s+|le\s+|den\s+)?|\s*\(\s*|\s*-\s*|\s+(?:the\s+|le\s+|den\s+)?", _I
    )
    weekday_after_date = _lazy(rf"\s*(?:\(\s*{wd}\s*\)|,\s*{wd}(?=\s*[,.;)]))", _I)

    article = r"(?:(?:la|le)\s+)?" if lang == "fr" else ""
    part_before = _lazy(rf"(?<!\w){article}{_PARTS[lang]}{_PART_GLUE[lang]}\Z", _I)
    if lang == "en":
        mod_before_src = r"(?<!\w)(?P<mod>this\s+past|this\s+coming|last|next|this|past|previous|coming|every|each|on|by|since|until|till|before|after|from|through|between|and|or)\s+\Z"
        mod_after_src = r"(?!)"
    elif lang == "de":
        mod_before_src = r"(?<!\w)(?:am\s+|im\s+|seit\s+|bis\s+)?(?P<mod>letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|diese[nmrs]?|jede[nmrs]?|am|seit|bis|ab|vom|zum|im|den|und|oder)\s+\Z"
        mod_after_src = r"(?!)"
    else:
        mod_before_src = (
            r"(?<!\w)(?P<mod>ce|cet|cette|chaque|tous\s+les|le|du|au|depuis|dès|et|ou)\s+\Z"
        )
        mod_after_src = r"\s+(?P<mod>dernière|dernier|prochaine|prochain|passée|passé)(?!\w)"
    mod_before = _lazy(mod_before_src, _I)
    mod_after = _lazy(mod_after_src, _I)
    cue_before = _lazy(
        rf"(?<!\w)(?:{_CUES[lang]})(?:\s+(?:the|early|mid|late|le|la|l['’]|les|mois\s+de|mois\s+d['’]))?(?:\s+|\s*-\s*|(?<=['’]))\Z",
        _I,
    )
    strict_cue_before = _lazy(rf"(?<!\w)(?:{_STRICT_CUES[lang]})(?:\s+|\s*-\s*|(?<=['’]))\Z", _I)
    sports = _lazy(rf"(?<!\w)(?:{_SPORTS[lang]})(?!\w)", _I)
    strong_year_cue_before = _lazy(
        rf"(?<!\w)(?:{_STRONG_YEAR_CUES[lang]})(?:\s+(?:the\s+year|le|la|l['’]|de|du|des|der|dem))?(?:\s+|\s*-\s*|(?<=['’]))\Z",
        _I,
    )
    count_before = _lazy(rf"(?:(?<!\w)(?:{_COUNT_BEFORE[lang]}))\s*\Z", _I)
    count_after = _lazy(_COUNT_AFTER[lang], _I)
    range_before = _lazy(rf"(?<!\w){_RANGE_OPENERS[lang]}(?:\s+|(?<=['’]))\Z", _I)
    connector_re = _lazy(rf"{connector}\Z", _I)
    ordinal_first = (
        _lazy(
            rf"(?P<dw1>{ordinals})(?:\s*(?P<conn>-|–|to|through|till|until|and)\s*(?:the\s+)?(?P<dw2>{ordinals}))?(?:\s+day)?\s+of\s+(?:the\s+month\s+of\s+)?{mon}(?:(?:\s*,\s*|\s+|\s+of\s+)(?P<y>{_YEAR}))?",
            _I,
        )
        if lang == "en"
        else None
    )
    century = _lazy(
        {
            "en": r"(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+century(?!\w)",
            "de": r"(?P<c>[12]?\d)\.\s*Jahrhunderts?(?!\w)",
            "fr": r"(?P<c>[12]?\d)(?:e|ème|eme)\s+siècle(?!\w)",
        }[lang],
        _I,
    )
    year_first_named = _lazy(
        rf"(?P<y>{_YEAR_CORE})\s*(?P<sep>[-/])\s*{mon}\s*(?P=sep)\s*(?P<d1>[0-3]?\d)(?![\d])", _I
    )
    range_year_after = _lazy(
        {
            "en": rf"(?:\s*,\s*|\s+in\s+|\s+of\s+)(?P<y>{_YEAR})",
            "de": rf"(?:\s*,\s*|\s+)(?P<y>{_YEAR})",
            "fr": rf"(?:\s*,\s*|\s+en\s+|\s+de\s+)(?P<y>{_YEAR})",
        }[lang],
        _I,
    )

    if lang == "en":
        relative_before = _lazy(
            rf"(?<!\w)(?:{_PARTS['en']}[\s-]+)?(?P<mod>earlier\s+this|later\s+this|this\s+coming|this\s+past|this|last|next|coming)\s+\Z",
            _I,
        )
        relative_after = _lazy(r"(?!)")
        day_before_after = _lazy(r"(?<!\w)the\s+day\s+(?P<ba>before|after)\s+\Z", _I)
    elif lang == "de":
        relative_before = _lazy(
            r"(?<!\w)(?:(?P<part>Anfang|Mitte|Ende)\s+)?(?:(?:im|am|in\s+der|in\s+diesem|in\s+dieser|des|der|dem|den|die|das)\s+)?(?P<mod>(?:diese|letzte|vergangene|vorige|übernächste|nächste|kommende|vorletzte|laufende)[nmrs]?)\s+\Z",
            _I,
        )
        relative_after = _lazy(r"(?!)")
        day_before_after = _lazy(r"(?!)")
    else:
        relative_before = _lazy(
            r"(?<!\w)(?:(?P<part>début|debut|fin|mi)(?:\s*-\s*|\s+)(?:de\s+|d['’]\s*|du\s+)?)?(?:(?P<mod>plus\s+tôt\s+(?:cette|ce|cet)|plus\s+tard\s+(?:cette|ce|cet)|cette|ce|cet)|(?P<det>la|le|l['’]|les))\s*\Z",
            _I,
        )
        relative_after = _lazy(
            r"(?:\s+|-)(?P<mod>dernière|dernier|prochaine|prochain|passée|passé|ci)(?!\w)", _I
        )
        day_before_after = _lazy(r"(?!)")

    # "<n> <unit> ago" from CLDR's relative-time patterns
    numbers = "|".join(
        [r"\d{1,3}"] + [regex.escape(w) for w in sorted(words.number_words, key=len, reverse=True)]
    )
    prefixes = sorted({p for p, _, _ in words.ago_patterns})
    suffix_by_unit: dict[str, set[str]] = {}
    for _, suffix, unit in words.ago_patterns:
        suffix_by_unit.setdefault(unit, set()).add(suffix)
    prefix_alt = "|".join(_spaced(p) + (r"\s*" if p else "") for p in prefixes)
    unit_alts = "|".join(
        rf"(?P<{unit}>{'|'.join(sorted((_spaced(s) for s in sufs), key=len, reverse=True))})"
        for unit, sufs in sorted(suffix_by_unit.items())
    )
    ago_backward = prefixes == [""]
    ago = _lazy(
        rf"(?<!\w)(?:{prefix_alt})(?P<n>{numbers})\s*(?:{unit_alts})(?!\w)"
        + (r"\Z" if ago_backward else ""),
        _I,
    )
    ago_trigger_words: set[str] = set()
    for prefix, suffix, _ in words.ago_patterns:
        text = prefix if prefix.strip() else suffix
        tokens = text.split()
        if tokens:
            ago_trigger_words.add(tokens[0] if prefix.strip() else tokens[-1])

    decade_before = _lazy(
        {"en": r"(?!)", "de": r"(?!)", "fr": r"(?<!\w)(?:les\s+)?années\s+\Z"}[lang], _I
    )

    clock, day_period_after, time_glue = _time_patterns(words)
    rel_words = set(_UNIT_WORDS[lang]) | set(_DAY_WORDS[lang])
    rel_surface: set[str] = set()
    for w in rel_words:
        rel_surface.add(w)
    if lang == "de":
        rel_surface |= {
            "übermorgen",
            "Woche",
            "Wochenende",
            "Monat",
            "Monats",
            "Jahr",
            "Jahres",
            "Quartal",
            "Quartals",
        }
    if lang == "fr":
        rel_surface |= {"après-demain", "année"}
    trigger = re.compile(
        rf"""(?<![\w])(?:
            (?P<qtr>{quarter_names}|(?:[1-4](?:st|nd|rd|th|\.|er|e|ème)?|{period_ordinals})[\s-]+(?:{qword}|{hword})|H[12])(?!\w)
          | (?P<num>\d)
          | (?P<mon>{month_trie})(?!\w)
          | (?P<wd>{weekday_trie})(?!\w)
          | (?P<rel>{_alternation(rel_surface)})(?!\w)
          | (?P<ago>{_alternation(ago_trigger_words)})(?!\w)
          | (?P<ord>{ordinals})(?=\s)
          | (?P<ref>{_alternation(words.reference_forms)})(?!\w)
          | (?P<dp>{_alternation(words.day_period_forms)})(?!\w)
          | (?P<ana>{_alternation(words.anaphoric_days)})(?!\w)
        )""",
        re.VERBOSE,
    )

    ambiguous = {
        "en": {
            "may",
            "march",
            "mar",
            "august",
            "aug",
            "jan",
            "jun",
            "sat",
            "sun",
            "wed",
            "mon",
            "fri",
            "thu",
            "tue",
        },
        "de": {"august", "mai", "so", "mo", "di", "mi", "do", "fr", "sa"},
        "fr": {"mars", "mar", "mer", "jeu", "ven", "sam", "dim", "lun"},
    }[lang]
    openers = {
        "en": {
            "on",
            "by",
            "since",
            "until",
            "till",
            "last",
            "next",
            "this",
            "from",
            "before",
            "after",
            "through",
            "and",
            "or",
            "but",
            "late",
            "early",
            "as",
            "that",
            "so",
            "then",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "the",
            "at",
            "in",
            "for",
            "of",
            "to",
            "with",
            "mid",
            "like",
        },
        "de": set(),
        "fr": set(),
    }[lang]
    return DateGrammar(
        language=lang,
        words=words,
        trigger=trigger,
        month_first=month_first,
        day_first=day_first,
        numeric=numeric,
        year=year,
        quarter=quarter,
        weekday_tail=weekday_tail,
        weekday_after_date=weekday_after_date,
        part_before=part_before,
        mod_before=mod_before,
        mod_after=mod_after,
        cue_before=cue_before,
        strict_cue_before=strict_cue_before,
        sports=sports,
        strong_year_cue_before=strong_year_cue_before,
        count_before=count_before,
        count_after=count_after,
        range_before=range_before,
        connector=connector_re,
        ordinal_first=ordinal_first,
        century=century,
        numeric_range=numeric_range,
        numeric_range_before=numeric_range_before,
        year_first_named=year_first_named,
        range_year_after=range_year_after,
        relative_before=relative_before,
        relative_after=relative_after,
        day_before_after=day_before_after,
        ago=ago,
        ago_backward=ago_backward,
        decade_before=decade_before,
        short_decade=short_decade,
        clock=clock,
        update_before=_lazy(
            rf"(?:^|\n)[\s*_#>|-]*(?:{_alternation(words.update_words)})\s*(?:[:,\-–]\s*)?[*_]*\s*\Z"
        ),
        day_period_after=day_period_after,
        time_glue=time_glue,
        day_words=MappingProxyType({fold(k): v for k, v in _DAY_WORDS[lang].items()}),
        unit_words=MappingProxyType({fold(k): v for k, v in _UNIT_WORDS[lang].items()}),
        modifiers=MappingProxyType({fold(k): v for k, v in _MODIFIERS[lang].items()}),
        ambiguous=frozenset(ambiguous),
        weekday_openers=frozenset(openers),
    )


def _time_patterns(words: CalendarWords) -> tuple[Any, Any, Any]:
    """Clock times, parts of the day after a day, and the glue between a time and its day."""
    zones = trie_pattern(TIME_ZONES)
    offset = r"(?:\s*[+\-−–]\s*\d{1,2}(?::?\d\d)?)?"
    markers = _alternation(words.clock_markers)
    clock = _lazy(
        rf"""(?P<h>[0-2]?\d)
        (?:(?:[:.]|(?P<hsep>(?<=\d)h(?=\d)))(?P<mi>[0-5]\d)|(?P<mi>[0-5]\d)(?=\s*(?:{zones})\b))?
        (?:\s*(?P<mark>{markers})(?!\w))?
        (?:\s*(?P<zone>{zones})(?!\w){offset}|\s*\(\s*(?P<zone>{zones}){offset}\s*\))?""",
        regex.VERBOSE,
    )
    glue = trie_pattern(sorted(_case_variants(words.time_glue)))
    periods = _alternation(words.day_period_forms)
    day_period_after = _lazy(rf"(?:\s+|\s*,\s*)(?:(?:{glue})\s+)?(?:{periods})(?!\w)")
    time_glue = _lazy(rf"\s*(?:,\s*|\(\s*)?(?:(?:{glue})\s+)?")
    return clock, day_period_after, time_glue


@cache
def date_grammar(language: str) -> DateGrammar:
    """The compiled grammar of a supported base language, built on first use."""
    return _build(language)
