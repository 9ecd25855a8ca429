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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from types import MappingProxyType
from typing import Any

import regex

from claimcheck.extraction.dates.named_days import named_day_forms
from claimcheck.language.calendar import (
    TIME_ZONES,
    CalendarWords,
    DatePhrases,
    calendar_words,
    date_phrases,
    day_words,
    decade_words,
    fold,
    phrase_key,
    relative_word_forms,
    season_words,
)


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


__all__ = ["DateGrammar", "date_grammar", "trie_pattern"]

_I = regex.IGNORECASE

#: A year a date may carry (four digits, 1000-2099), and the same not part of a longer number.
_YEAR_CORE = r"(?:1\d{3}|20\d{2})"
_YEAR = _YEAR_CORE + r"(?![\d])(?![.,]\d)"


#: "of the year" between a month and its year ("im Januar des Jahres 2017", "en janvier de
#: l'année 2017", "in January of the year 2017")
#: a year in two figures after an apostrophe, after a month or a day ("Jun ’86", "11 Oct ’19")
_APOSTROPHE_YEAR = r"(?:\s*,\s*|\s+)['’](?P<yy>\d\d)(?![\w'’])"
_OF_THE_YEAR = r"\s+(?:of\s+the\s+year|des\s+Jahres|de\s+l['’]\s*an(?:n[ée]e)?)\s+"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a trie (much faster than a flat list)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    escaped: dict[str, str] = {}

    def render(node: dict[str, dict]) -> str:
        # a run of nodes with one letter each and no word ending in them is that run of
        # letters: taken in one loop, as most of a word list's trie is such runs
        run = []
        while len(node) == 1 and "" not in node:
            ((ch, node),) = node.items()
            run.append(escaped.get(ch) or escaped.setdefault(ch, regex.escape(ch)))
        return "".join(run) + _render_fork(node, render, escaped)

    return render(trie)


def _render_fork(
    node: dict[str, dict], render: Callable[[dict[str, dict]], str], escaped: dict[str, str]
) -> str:
    """One node of :func:`trie_pattern`'s trie with several branches or a word ending."""
    if len(node) == 1:  # only the end of a word
        return ""
    branches = []
    for ch in sorted(k for k in node if k):
        head = escaped.get(ch) or escaped.setdefault(ch, regex.escape(ch))
        branches.append(head + render(node[ch]))
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        body = ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def _case_variants(forms: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for form in forms:
        out.update({form, form.lower(), form.upper(), form[:1].upper() + form[1:].lower()})
        out.add(form[:1].upper() + form[1:])  # "In Zukunft", "Der Vergangenheit"
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
    ordinal_first: regex.Pattern[str]
    century: regex.Pattern[str]
    numeric_range: regex.Pattern[str]
    numeric_range_before: regex.Pattern[str]
    #: the second date after the first of "von 28/2 bis 1/3"
    numeric_range_after: regex.Pattern[str]
    numeric_month_range: regex.Pattern[str]
    #: a year and a range connector before a year ("2014 jusqu'à ", "2014 to ")
    year_range_before: regex.Pattern[str]
    year_first_named: regex.Pattern[str]
    log_date: regex.Pattern[str]
    range_year_after: regex.Pattern[str]
    relative_before: regex.Pattern[str]
    relative_after: regex.Pattern[str]
    day_before_after: regex.Pattern[str]
    part_of_current: regex.Pattern[str]
    #: the cue before a one-word part of a period ("by year-end", "zum Jahresende")
    period_part_before: regex.Pattern[str]
    month_year_after: regex.Pattern[str]
    weekday_week_after: regex.Pattern[str]
    weekday_week_before: regex.Pattern[str]
    ago: regex.Pattern[str]
    ago_backward: bool
    #: "in two weeks", "dans trois jours" (CLDR's future relative-time patterns)
    ahead: regex.Pattern[str]
    ahead_backward: bool
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
    #: modifier words (folded) -> "this"/"last"/"next"/... (see ``DatePhrases.modifiers``)
    modifiers: Mapping[str, str]
    #: the year after a fiscal-year word ("fiscal 2009", "FY09", "Geschäftsjahr 2009/10")
    fiscal_year: regex.Pattern[str]
    #: the year after a season ("summer 2009", "the summer of 2009", "l'été de 2009")
    season_year: regex.Pattern[str]
    #: the first letters of clock markers and time zones, lower-cased ("p", "uhr", "utc")
    time_words: frozenset[str]
    #: trigger words and phrases (folded, single-spaced) -> the kinds of date they anchor
    lexicon: Mapping[str, tuple[str, ...]]
    #: the language's phrases and switches (:class:`~claimcheck.language.calendar.DatePhrases`)
    phrases: DatePhrases
    #: a weekday followed by "of each month"; day words that are also other words
    weekday_of_after: regex.Pattern[str]
    #: an era word after a year ("79 n. Chr.", "300 BC"), and "AD" before one ("AD 79")
    era_after: regex.Pattern[str]
    era_before: regex.Pattern[str]
    homonym_before: regex.Pattern[str]
    day_part_before: regex.Pattern[str]
    place_before_weekday: regex.Pattern[str]


def _fill(template: str, **parts: str) -> str:
    """``template`` with its ``<NAME>`` placeholders replaced (see ``DatePhrases``)."""
    out = template.replace("<OF_THE_YEAR>", _OF_THE_YEAR).replace("<YEAR>", _YEAR)
    out = out.replace("<YY>", _APOSTROPHE_YEAR)
    for key, value in parts.items():
        out = out.replace(f"<{key.upper()}>", value)
    return out


@dataclass(frozen=True, slots=True)
class _Names:
    """The alternations of a language's names, shared by several patterns."""

    month: str
    weekday: str
    ordinals: str
    period_ordinals: str
    quarters: str
    mon: str
    mon2: str
    d1: str
    d2: str


def _names(words: CalendarWords, phrases: DatePhrases) -> _Names:
    month_trie = _alternation(f.rstrip(".") for f in words.month_forms)
    return _Names(
        month=month_trie,
        weekday=_alternation(f.rstrip(".") for f in words.weekday_forms),
        ordinals=trie_pattern(sorted(_case_variants(words.ordinal_words))),
        period_ordinals=_alternation([*words.ordinal_words, *words.final_words]),
        quarters=trie_pattern(sorted(_case_variants(words.quarter_forms))),
        mon=rf"(?P<mon>{month_trie})(?:\.|(?!\w))",
        mon2=rf"(?P<mon2>{month_trie})(?:\.|(?!\w))",
        d1=phrases.day_number.replace("NAME", "d1"),
        d2=phrases.day_number.replace("NAME", "d2"),
    )


def _english_months() -> str:
    """CLDR's English month names and abbreviations ("Sep", "Sept", "May") as an alternation."""
    return _alternation(f.rstrip(".") for f in calendar_words("en").month_forms)


def _calendar_patterns(n: _Names, p: DatePhrases) -> dict[str, Any]:
    """Dates written with a month name or with figures."""
    conn = p.connectors
    day_after_month = _fill(p.day_after_month, d1=n.d1, ord=n.ordinals)
    # "Nov. 9", "November 9, 2024", "March 2-4", "Nov 18-Dec 19, 2015", "October 2023",
    # "Dec-2018", "June of 1992", "Sep-23-2020", "novembre 23 de 1987"
    month_first = rf"""{n.mon}
        (?:
            (?:\s+|\s*-\s*|\s*/\s*)(?P<yx>{_YEAR})(?:\s*-\s*|\s*/\s*)(?P<dx>[0-3]?\d)(?!\d)
          | (?:\s*[-/]\s*|\s+|(?<=\.)){day_after_month}
            (?:{conn}(?:{n.mon2}\s*)?(?:{n.d2}|(?:the\s+)?(?P<dw2>{n.ordinals})))?
            (?:{_fill(p.year_tail)}|{_APOSTROPHE_YEAR})?
          | (?:\s*,\s*|\s*[-/]\s*|\s+|\s+of\s+|\s+de\s+|\s+d['’]|{_OF_THE_YEAR})(?P<ym>{_YEAR})
          | {_APOSTROPHE_YEAR}
        )?"""
    # "9 November 2024", "9th of November", "2-4 March", "19. November 2024", "1er janvier"
    # a weekday may name the first day too: "Fri 3 to Sun 5 March", "Mi., 12.–Do., 13. Sept."
    weekday2 = rf"(?:(?:{n.weekday})\.?,?\s+)?"
    day_first = _fill(p.day_first, d1=n.d1, d2=n.d2, conn=conn, mon=n.mon, wd2=weekday2)
    # ISO "2024-11-19", "19/11/2024", "19.11.2024", "27. 11.", "5/21/16", "02 04 2009",
    # "10/1967"
    numeric = rf"""(?:
            (?P<iy>{_YEAR_CORE})(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?![\d])
          | (?P<a>[0-3]?\d)(?:(?P<sep>[/\-])|(?P<sep>\.)(?P<sp>[\x20\u00a0])?)(?P<b>[0-3]?\d)
            (?:(?P=sep)(?(sp)[\x20\u00a0])(?P<ny>{_YEAR_CORE}|\d{{2}}))?
            (?P<dot>\.(?!\d))?
          | (?P<a>[0-3]\d)(?P<sep>[\x20\u00a0])(?P<b>[0-3]\d)[\x20\u00a0](?P<ny>{_YEAR_CORE})
          | (?P<mm>[01]?\d)(?P<msep>[/.])(?P<my>{_YEAR_CORE})
        )(?![\d])(?![-/.,]\d)"""
    # "10/1-11/7", "5/1/2019-5/7/2020"; where a dot separates dates also "27.08.–07.09.2017"
    sep = r"[/.]" if p.dot_separates_dates else "/"
    # and, written day first with dots, "07.–08.03.2010" (two days of one month)
    # or "vom 1. bis 3.10.2019"
    # and "Di., 06.–Do., 08.07.2027" (CLDR's interval with weekdays)
    one_day = (
        r"(?P<da>[0-3]?\d)(?P<s1>\.)\s*(?:-|–|\s(?:bis|au)(?:\s+zum)?\s)\s*"
        rf"(?:(?:{n.weekday})\.?,?\s+)?(?=[0-3]?\d\.[01]?\d\.)|"
    ) * (sep != "/")
    numeric_range = rf"""(?:{one_day}(?P<a>[0-3]?\d)(?P<s1>{sep})(?P<b>[0-3]?\d)
        (?:(?P=s1)(?P<y1>{_YEAR_CORE}))?(?(?=\.\s*[-–])\.)\s*(?:-|–)\s*)
        (?P<c>[0-3]?\d)(?P=s1)(?P<d>[0-3]?\d)(?:(?P=s1)(?P<y2>{_YEAR_CORE}))?(?![\d])(?![-/.,]\d)"""
    return {
        "month_first": _lazy(month_first, _I | regex.VERBOSE),
        "day_first": _lazy(day_first, _I | regex.VERBOSE),
        "numeric": _lazy(numeric, regex.VERBOSE),
        "numeric_range": _lazy(numeric_range, regex.VERBOSE),
        "numeric_range_before": _lazy(rf"(?<![\d/.])[0-3]?\d[/.][0-3]?\d\.?\s*{conn}\Z", _I),
        # "01/2019-03/2019", "12.2018–02.2019": two months in figures
        "numeric_month_range": _lazy(
            rf"(?P<m1>[01]?\d)(?P<s>[/.])(?P<y1>{_YEAR_CORE})\s*[-–]\s*"
            rf"(?P<m2>[01]?\d)(?P=s)(?P<y2>{_YEAR_CORE})(?![\d])(?![-/.,]\d)"
        ),
        "year_range_before": _lazy(rf"(?<![\d.,]){_YEAR_CORE}{conn}\Z", _I),
        "numeric_range_after": _lazy(rf"\.?{conn}[0-3]?\d[/.][0-3]?\d(?![\d,])", _I),
        # the Common Log Format writes English months in every language: "23/Sep/2020"
        "log_date": _lazy(
            rf"(?P<d1>[0-3]?\d)/(?P<mon>{_english_months()})/(?P<y>{_YEAR_CORE})(?![\d])", _I
        ),
        "year_first_named": _lazy(
            rf"(?P<y>{_YEAR_CORE})\s*(?P<sep>[-/])\s*{n.mon}\s*(?P=sep)\s*(?P<d1>[0-3]?\d)(?![\d])",
            _I,
        ),
        "ordinal_first": _lazy(_fill(p.ordinal_first, ord=n.ordinals, mon=n.mon), _I),
        "range_year_after": _lazy(_fill(p.range_year_after), _I),
        "month_year_after": _lazy(p.month_year_after, _I),
        "weekday_week_after": _lazy(p.weekday_week_after, _I),
        "weekday_week_before": _lazy(p.weekday_week_before, _I),
        "connector": _lazy(rf"{conn}\Z", _I),
    }


def _period_patterns(n: _Names, p: DatePhrases) -> dict[str, Any]:
    """Years, decades, centuries, quarters and halves."""
    year = rf"""(?P<y>{_YEAR_CORE})(?![\d])
        (?:
            {p.decade_suffix}
          | \s*(?:-|–|—|~)\s*(?P<y2>1\d{{3}}|20\d{{2}}|\d{{2}})(?![\d])(?![-/.,]\d)
          | (?P<slash>/)(?P<y2>1\d{{3}}|20\d{{2}}|\d{{2}})(?![\d])(?![-/.,]\d)
          | \s*-?\s*(?:Q|T)(?P<q>[1-4])(?!\w) | \s*-?\s*(?:trimestre|Quartal)\s*(?P<q>[1-4])(?!\w)
          | \s*-?\s*{p.half_letters}(?P<h>[12])(?!\w)
        )?"""
    # "Q3 2024", "the third quarter of 2024", "3. Quartal", "T3 2024", "the final quarter"
    quarter = rf"""(?:
            (?P<qname>{n.quarters})(?!\w)
          | (?:(?P<qn>[1-4])(?:st|nd|rd|th|\.|er|e|ème)?|(?P<qw>{n.period_ordinals}))[\s-]+{p.quarter_word}(?!\w)
          | (?:(?P<hn>[12])(?:st|nd|\.|er|e)?|(?P<hw>{n.period_ordinals}))[\s-]+{p.half_word}(?!\w)
          | (?P<hx>{p.half_letters}[12])(?!\w)
        )
        (?:{_fill(p.year_ref)}|\s*/\s*(?P<y>{_YEAR})|\x20?['’](?P<yy>\d{{2}})(?![\d'’]))?"""
    return {
        "year": _lazy(year, _I | regex.VERBOSE),
        # "the 70s", "die 70er Jahre", "les années 70" (the last only after "années")
        "short_decade": _lazy(
            rf"(?P<d>[1-9]0)(?![\d])(?:{p.decade_suffix}|(?P<decade>)(?![\w'’]))",
            _I | regex.VERBOSE,
        ),
        "decade_before": _lazy(p.decade_before, _I),
        "century": _lazy(p.century, _I),
        "quarter": _lazy(quarter, _I | regex.VERBOSE),
    }


def _context_patterns(n: _Names, p: DatePhrases) -> dict[str, Any]:
    """The words around a date that make it one, or make it something else."""
    wd = rf"(?P<wd>{n.weekday})\.?(?!\w)"
    edge = r"(?:\s+|\s*-\s*|(?<=['’]))\Z"
    articles = r"(?:the|early|mid|late|le|la|l['’]|les|mois\s+de|mois\s+d['’])"
    return {
        "weekday_tail": _lazy(
            r"\s*,\s*(?:the\s+|le\s+|den\s+|dem\s+)?|\s*\(\s*|\s*-\s*|\s+(?:the\s+|le\s+|den\s+|dem\s+)?",
            _I,
        ),
        "weekday_after_date": _lazy(rf"\s*(?:\(\s*{wd}\s*\)|,\s*{wd}(?=\s*[,.;)]))", _I),
        "part_before": _lazy(rf"(?<!\w){p.part_article}{p.parts}{p.part_glue}\Z", _I),
        "mod_before": _lazy(p.mod_before, _I),
        "mod_after": _lazy(p.mod_after, _I),
        "cue_before": _lazy(rf"(?<!\w)(?:{p.cues})(?:\s+{articles})?{edge}", _I),
        "strict_cue_before": _lazy(rf"(?<!\w)(?:{p.strict_cues}){edge}", _I),
        "sports": _lazy(rf"(?<!\w)(?:{p.sports})(?!\w)", _I),
        "strong_year_cue_before": _lazy(
            rf"(?<!\w)(?:{p.strong_year_cues})"
            rf"(?:\s+(?:the\s+year|le|la|l['’]|de|du|des|der|dem))?{edge}",
            _I,
        ),
        "count_before": _lazy(rf"(?:(?<!\w)(?:{p.count_before}))\s*\Z", _I),
        "count_after": _lazy(p.count_after, _I),
        "range_before": _lazy(rf"(?<!\w){p.range_openers}(?:\s+|(?<=['’]))\Z", _I),
        "weekday_of_after": _lazy(p.weekday_of_after),
        "homonym_before": _lazy(p.homonym_before, _I),
        "day_part_before": _lazy(p.day_part_before, _I),
        "place_before_weekday": _lazy(p.place_before_weekday),
    }


def _relative_patterns(p: DatePhrases) -> dict[str, Any]:
    return {
        "relative_before": _lazy(_fill(p.relative_before, parts=p.parts), _I),
        "relative_after": _lazy(p.relative_after, _I),
        "day_before_after": _lazy(p.day_before_after, _I),
        "part_of_current": _lazy(_fill(p.part_of_current, parts=p.parts), _I),
        "period_part_before": _lazy(
            rf"(?<!\w)(?:{p.period_part_cues})(?:\s+(?:the|dem|der))?\s+\Z", _I
        ),
    }


def _relative_time_pattern(
    words: CalendarWords, patterns: tuple[tuple[str, str, str], ...]
) -> tuple[Any, bool, set[str]]:
    """ "<n> <unit> ago" or "in <n> <unit>" from CLDR's relative-time patterns: the pattern,
    whether it is searched backwards from its trigger ("two days ago"), and its trigger words.
    Without patterns, a pattern that never matches and no trigger."""
    if not patterns:
        return _lazy(r"(?!)"), False, set()
    numbers = "|".join(
        [r"\d{1,3}"] + [regex.escape(w) for w in sorted(words.number_words, key=len, reverse=True)]
    )
    prefixes = sorted({prefix for prefix, _, _ in patterns})
    suffix_by_unit: dict[str, set[str]] = {}
    for _, suffix, unit in patterns:
        suffix_by_unit.setdefault(unit, set()).add(suffix)
    prefix_alt = "|".join(_spaced(x) + (r"\s*" if x else "") for x in prefixes)
    unit_alts = "|".join(
        rf"(?P<{unit}>{'|'.join(sorted((_spaced(x) for x in sufs), key=len, reverse=True))})"
        for unit, sufs in sorted(suffix_by_unit.items())
    )
    backward = prefixes == [""]
    pattern = _lazy(
        rf"(?<!\w)(?:{prefix_alt})(?P<n>{numbers})\s*(?:{unit_alts})(?!\w)"
        + (r"\Z" if backward else ""),
        _I,
    )
    triggers: set[str] = set()
    for prefix, suffix, _ in patterns:
        tokens = (prefix if prefix.strip() else suffix).split()
        if tokens:
            triggers.add(tokens[0] if prefix.strip() else tokens[-1])
    return pattern, backward, triggers


def _lexicon(
    language: str, words: CalendarWords, ago_words: set[str], ahead_words: set[str]
) -> dict[str, list[str]]:
    """Words and phrases a date may be anchored on, as written -> their kinds, in the order
    they are tried: relative words, "ago" and "in" words, references, parts of the day,
    anaphors."""
    out: dict[str, list[str]] = {}
    for kind, forms in (
        ("rel", relative_word_forms(language)),
        ("ago", sorted(ago_words)),
        ("ahead", sorted(ahead_words)),
        ("ref", words.reference_forms),
        ("dp", words.day_period_forms),
        ("ana", words.anaphor_forms),
        ("season", tuple(season_words(language))),
        ("fiscal", date_phrases(language).fiscal_words),
        ("pp", tuple(date_phrases(language).period_parts)),
        ("dec", tuple(decade_words(language))),
        ("hol", named_day_forms(language)),
    ):
        for form in forms:
            out.setdefault(form, []).append(kind)
    return out


def _trigger(language: str, n: _Names, lexicon: Iterable[str]) -> Any:
    """The one pattern that finds where a date may be anchored. A phrase of the lexicon is
    tried before a month or weekday name it may start with ("Sept semaines plus tard")."""
    p = date_phrases(language)
    return re.compile(
        rf"""(?<![\w])(?:
            (?P<qtr>{n.quarters}|(?:[1-4](?:st|nd|rd|th|\.|er|e|ème)?|{n.period_ordinals})[\s-]+(?i:{p.quarter_word}|{p.half_word})|{p.half_letters}[12])(?!\w)
          | (?P<num>\d)
          | (?P<lex>{_alternation(lexicon)})(?!\w)
          | (?P<mon>{n.month})(?!\w)
          | (?P<wd>{n.weekday})(?!\w)
          | (?P<ord>{n.ordinals})(?=\s)
          | (?P<fy>FY)(?=\s?\d)
          | (?P<rom>{p.roman_century})(?!\w)
        )""",
        re.VERBOSE,
    )


def _build(language: str) -> DateGrammar:
    words = calendar_words(language)
    phrases = date_phrases(language)
    names = _names(words, phrases)
    ago, ago_backward, ago_words = _relative_time_pattern(words, words.ago_patterns)
    ahead, ahead_backward, ahead_words = _relative_time_pattern(words, words.ahead_patterns)
    lexicon = _lexicon(language, words, ago_words, ahead_words)
    kinds: dict[str, tuple[str, ...]] = {}
    for form, forms_kinds in lexicon.items():
        key = phrase_key(form)
        kinds[key] = tuple(dict.fromkeys([*kinds.get(key, ()), *forms_kinds]))
    clock, day_period_after, time_glue = _time_patterns(words)
    update_words = _alternation(words.update_words)
    return DateGrammar(
        language=language,
        words=words,
        trigger=_trigger(language, names, lexicon),
        lexicon=MappingProxyType(kinds),
        **_calendar_patterns(names, phrases),
        **_period_patterns(names, phrases),
        **_context_patterns(names, phrases),
        **_relative_patterns(phrases),
        ago=ago,
        ago_backward=ago_backward,
        ahead=ahead,
        ahead_backward=ahead_backward,
        clock=clock,
        update_before=_lazy(rf"(?:^|\n)[\s*_#>|-]*(?:{update_words})\s*(?:[:,\-–]\s*)?[*_]*\s*\Z"),
        day_period_after=day_period_after,
        time_glue=time_glue,
        **_era_patterns(words),
        fiscal_year=_lazy(
            rf"\s?(?P<y>{_YEAR_CORE}|\d{{2}})(?:\s*[/-]\s*(?P<y2>\d{{2}}|{_YEAR_CORE}))?(?![\d])"
        ),
        season_year=_lazy(rf"(?:\s+(?:of|de|d['’]|des\s+Jahres))?,?\s+(?P<y>{_YEAR})", _I),
        time_words=frozenset(_letters(w) for w in (*words.clock_markers, *TIME_ZONES)),
        day_words=day_words(language),
        unit_words=MappingProxyType({fold(k): v for k, v in phrases.unit_words.items()}),
        modifiers=phrases.modifiers,
        phrases=phrases,
    )


def _era_patterns(words: CalendarWords) -> dict[str, Any]:
    """Era words after a year and, for the common era, its abbreviation before one. Case
    matters: "AD" is an era, "ad" a word."""

    def written(form: str) -> str:
        return r"\s*".join(regex.escape(part) for part in form.split())

    forms = sorted(words.eras, key=lambda f: (-len(f), f))
    after = "|".join(written(f) for f in forms)
    before = "|".join(
        written(f) for f in forms if words.eras[f] == 1 and f.replace(".", "").isupper()
    )
    return {
        "era_after": _lazy(rf"[\x20\u00a0]*(?P<era>{after})(?!\w)"),
        "era_before": _lazy(rf"(?<![\w.])(?P<era>{before or '(?!)'})[\x20\u00a0]*\Z"),
    }


def _letters(word: str) -> str:
    """The leading letters of ``word``, lower-cased ("p.m." -> "p", "UTC" -> "utc")."""
    m = re.match(r"[^\W\d_]+", word)
    return m.group(0).lower() if m else ""


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
def date_grammar(language: str, short_date_order: str | None = None) -> DateGrammar:
    """The compiled grammar of a supported base language, built on first use; with
    ``short_date_order`` ("dmy", "mdy", "ymd"), for a region that writes figures in another
    order than the language's CLDR default ("en-GB": 04/11/2027 is 4 November)."""
    grammar = _build(language)
    if short_date_order and short_date_order != grammar.words.short_date_order:
        words = replace(grammar.words, short_date_order=short_date_order)
        grammar = replace(grammar, words=words)
    return grammar
