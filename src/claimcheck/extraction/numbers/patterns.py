"""Compiled patterns and per-language tables for the numeric extractor.

Nothing is compiled when the module is imported: :data:`RX` compiles each small pattern the
first time it is used, and :func:`compiled` builds a language's tables (number words, scale
abbreviations, unit and currency indexes, qualifier and month patterns) on its first call and
keeps them for the process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimcheck.extraction.money.currencies import trie_pattern
from claimcheck.extraction.numbers.digits import token_pattern
from claimcheck.extraction.numbers.qualifiers import (
    POSTFIX,
    PREFIX,
    RANGE_CONNECTORS,
    RANGE_OPENERS,
)
from claimcheck.language.cldr import tables
from claimcheck.language.numwords import NumberGrammar, number_grammar, word_entries
from claimcheck.language.surfaces import SurfaceIndex

__all__ = [
    "BLOCKED",
    "FRACTION_DENOMINATORS",
    "RX",
    "VULGAR",
    "LangTables",
    "compiled",
    "emails",
]


class _LazyPatterns:
    """The module's regular expressions, each compiled on first use (compiling them all when
    the module is imported would cost tens of milliseconds)."""

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources

    def __getattr__(self, name: str) -> re.Pattern[str]:
        try:
            source = self._sources[name]
        except KeyError:
            raise AttributeError(name) from None
        pattern = re.compile(source)
        setattr(self, name, pattern)
        return pattern


_SOURCES: dict[str, str] = {}
RX = _LazyPatterns(_SOURCES)

VULGAR = {
    "¼": 0.25,
    "½": 0.5,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}

#: Denominators with which "a/b" written in digits reads as a fraction rather than a date or
#: score ("1/2", "3/4"; not "9/11" or "24/7").
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})

_SOURCES["ANGLE_CUES"] = (
    r"(?i)\b(?:angle|angles|turn|turned|turns|rotate|rotated|rotation|tilt|tilted|incline|"
    r"slope|latitude|longitude|bearing|heading|compass|winkel|drehung|neigung)\b"
)

_SOURCES["PRESSURE_CUES"] = (
    r"(?i)\b(?:pressure|barometric|barometer|hurricane|typhoon|cyclone|storm|millibars?|"
    r"luftdruck|druck|pression|ouragan|tempête)\b"
)
#: A prime or quotation mark after a figure as feet or inches ('6\'', '10 "', '5\'10"').
_SOURCES["PRIME_AFTER"] = (
    r"[ \u00a0]?(?P<mark>[\"″'′])(?:(?<=['′])[ \u00a0]?(?P<inches>\d{1,2})[\"″])?"
)
_SOURCES["SIZE_WORD"] = (
    r"[ \u00a0]*(?:long|wide|tall|high|deep|thick|across|in[ \u00a0]+(?:diameter|length|width)"
    r"|x\b|×)"
)
_SOURCES["HEAT_CUES"] = (
    r"(?i)\b(?:temperatures?|heat|hot|cold|warm|weather|celsius|fahrenheit|centigrade|"
    r"degrés?\s+celsius|temperatur\w*|hitze|kälte|chaleur|froid)\b"
)
#: A street address after a number ("10 Downing Street"); the words between are a name, never
#: a title-case headline's preposition ("4 Dead In Elm Street Shooting").
_SOURCES["STREET"] = (
    r"[ \u00a0]+(?:(?!(?:In|At|On|Of|Near|Off|After|As|For|From|By|Outside|Inside)[ \u00a0])"
    r"[A-Z][\w'’.-]*[ \u00a0]+){0,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
    r"Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|Terrace|Square|"
    r"Strasse|Straße|Str\.|Weg|Platz|Allee|Gasse|rue|avenue|boulevard|place|chemin)\b"
)

#: Spans that never hold figures -- links, e-mail addresses, phone numbers -- each with a
#: string that must occur in the text for the pattern to be worth running.
BLOCKED: tuple[tuple[str, str], ...] = (
    ("://", "URL"),
    ("www.", "WWW"),
    ("+", "PHONE_INTL"),
    ("(", "PHONE_AREA"),
)
_SOURCES["URL"] = r"https?://[^\s<>\"]+"
_SOURCES["WWW"] = r"www\.[^\s<>\"]+"
_SOURCES["PHONE_INTL"] = r"\+\d{1,3}(?:[ ./-]?\(?\d{1,4}\)?){2,}\d"
_SOURCES["PHONE_AREA"] = r"\(\d{3}\)[ ]?\d{3}[-.]\d{4}(?![\w-])"

_SOURCES["EMAIL_LOCAL"] = r"[\w.+-]+\Z"
_SOURCES["EMAIL_DOMAIN"] = r"[\w-]+\.[\w.-]+"


def emails(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses, found from their "@" (a scan for the address itself would
    try every word of the text)."""
    out = []
    at = text.find("@")
    while at != -1:
        local = RX.EMAIL_LOCAL.search(text, max(0, at - 64), at)
        domain = RX.EMAIL_DOMAIN.match(text, at + 1)
        if local and domain:
            out.append((local.start(), domain.end()))
        at = text.find("@", at + 1)
    return out


#: Digit runs that are dates, times or phone numbers, each alternative starting with a digit
#: (a leading look-behind would slow the scan of every character): "2024-11-20",
#: "17/05/2018", "20.11.2024", "2012-13", tokenized "08 / 04 / 11" and "13: 42",
#: "555-123-4567". A match preceded by a digit is discarded by the caller.
_SOURCES["DIGIT_SPANS"] = (
    r"\d(?:\d{3}-\d{1,2}-\d{1,2}(?!\d)|\d?[/.]\d{1,2}[/.]\d{2,4}(?!\d)"
    r"|\d{3}/\d{1,2}/\d{1,2}(?!\d)|\d{3}-\d{2}(?![\d,.])|\d{0,3} / \d{1,2} / \d{2,4}(?!\d)"
    r"|\d?: \d\d(?:: \d\d)?(?!\d)|\d{2}-\d{3}-\d{4}(?![\w-])|\d{3} - \d\d - \d\d(?!\d))"
)

#: Times of day ("3:27 PM", "15:30", "11pm", "9 a.m.", "15 Uhr", "15h30").
_SOURCES["TIME_AFTER"] = (
    r"(?i)(?:[:.]\d\d(?!\d)|[ \u00a0]?(?:[ap]\. ?m\.|[ap]m\b|uhr\b|h\d\d\b|h\b(?=\s*(?:$|[^\w]))))"
)

#: After a figure split as "6. 0": a lower-case word, a percent sign or word, a unit symbol.
_SOURCES["TOKENIZED_DECIMAL_AFTER"] = (
    r"(?: ?%| (?:per ?cent|percent)\b| [a-z]| ?-magnitude\b|(?:bn|mn|m|k)\b)"
)
_SOURCES["PERCENT_AHEAD"] = r" ?(?:%|per ?cent\b|percent\b)"
_SOURCES["BLOCK_OF"] = r" block of\b"
_SOURCES["DIALLED"] = (
    r"(?i)\b(?:call|called|calling|calls|dial|dialed|dialled|dialling)[ \u00a0]+\Z"
)
_SOURCES["WORDS"] = r"[^\W\d_]+"
_SOURCES["MAGNITUDE_BEFORE"] = r"(?i)\b(?:magnitude|measuring|measured|richter)\b[^.]{0,12}\Z"
_SOURCES["ZERO_DAY"] = r"[ -]days?\b"
_SOURCES["SENTENCE_END"] = r"[.!?]\s*$"

_SOURCES["GAP_A"] = r"[ \u00a0]+an?[ \u00a0]+"
_SOURCES["GAP_HALF"] = r"[ \u00a0]+(?:an?[ \u00a0]+|ein(?:e|es|en)?[ \u00a0]+)?"
_SOURCES["SENTENCE_REST"] = r"[ \u00a0]*(?:[.!?]|$)"
_SOURCES["FRACTION_END"] = r"[ \u00a0]*(?:(?:of|des?|du|d['’]|der|von)\b|[.,;:!?)\]]|$)"
_SOURCES["OF"] = r"[ \u00a0]+(?:of|de|d['’])[ \u00a0]*"
_SOURCES["OF_EN"] = r"[ \u00a0]+of\b"
_SOURCES["SPACE_LOWER"] = r"[ \u00a0][a-z]"
_SOURCES["NEXT_WORD"] = r"[ \u00a0]+([a-zA-Z][\w-]*)"
_SOURCES["AND_SPACE"] = r"(?:[ \u00a0]+(?:and|und|et))?[ \u00a0]+"
_SOURCES["OLD"] = r"(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0]+)old\b"
_SOURCES["INCHES"] = r"(?:[ \u00a0]+and)?[ \u00a0]+(\d{1,2})[ \u00a0]*(?:inches|inch|in)\b"
_SOURCES["PER"] = r"(?:[ \u00a0]+(?:per|pro|par)[ \u00a0]+|/)"
_SOURCES["ALNUM_ID_END"] = r"[^\W\d_][\w]*\d\Z"
_SOURCES["ANY_ORDINAL_SUFFIX"] = r"(?i:st|nd|rd|th|er|re|e|ème|eme|è|de|nde)(?![\w])"
_SOURCES["LETTERS"] = r"[a-zA-Z]+"
_SOURCES["PC"] = r"(?i:pc|pct)(?![\w])"
_SOURCES["CAPITAL_BEFORE"] = r"(?<![\w.])([A-Z][\w'’-]*)[ \u00a0]+\Z"
#: Finance shorthand: "30 MUSD", "MEUR 120", "500 kEUR" (million or thousand of a currency).
_SOURCES["FIN_AFTER"] = r"[ \u00a0]?(?P<mult>[Mk])(?P<code>[A-Z]{3})(?![\w])"
_SOURCES["FIN_BEFORE"] = r"(?<![\w])(?P<mult>[Mk])(?P<code>[A-Z]{3})[ \u00a0]?\Z"
#: A character after a figure that may start a currency symbol in another script.
_SOURCES["NON_ASCII_AFTER"] = r"[ \u00a0]?(?P<s>[^\x00-\x7f\s])"
_SOURCES["RANGE_DIGITS"] = r"[ \u00a0]*[-–][ \u00a0]*(\d+)(?![\d.,])"
_SOURCES["SUBUNIT_COUNT"] = r"[ \u00a0]?\d{1,2}[ \u00a0]"
_SOURCES["NEG_SIGN"] = r"(?:^|(?<=[\s(\[]))[-−]\Z"
_SOURCES["NEG_SIGN_SPACED"] = r"(?:^|(?<=[\n(\[:=]))[ \t]*(?P<sign>[-−])[ \u00a0]\Z"


@dataclass(frozen=True, slots=True)
class LangTables:
    lang: str
    grammar: NumberGrammar
    ordinal_suffix: re.Pattern[str]
    figures: re.Pattern[str]
    words_re: re.Pattern[str]
    words: dict[str, tuple[str, float]]
    scale_abbr: re.Pattern[str]
    scale_abbr_values: dict[str, float]
    percent: re.Pattern[str]
    unit_index: SurfaceIndex[list[Any]]
    units: dict[str, Any]
    qual_before: re.Pattern[str]
    qual_after: re.Pattern[str]
    qualifiers: dict[str, str]
    postfix: dict[str, str]
    months_before: re.Pattern[str]
    months_after: re.Pattern[str]
    gap_and: re.Pattern[str]
    gap_and_a: re.Pattern[str]
    range_conn: re.Pattern[str]
    range_open: re.Pattern[str]
    range_and: re.Pattern[str]
    a_before: re.Pattern[str]
    de_joiner: re.Pattern[str]
    word_before: re.Pattern[str]
    word_after: re.Pattern[str]
    unit_names: frozenset[str]


def _words_alt(words: list[str]) -> str:
    return trie_pattern(sorted(set(words)))


@cache
def compiled(lang: str) -> LangTables:
    """A language's tables and patterns, built on its first use and kept for the process."""
    from claimcheck.extraction.quantities.units import lexicon

    g = number_grammar(lang)
    t = tables(lang)
    words = word_entries(lang)
    units = lexicon(lang)
    abbr = {s: v for s, (v, style) in t["scales"].items() if style == "abbr"}
    quals = PREFIX[lang]
    post = POSTFIX[lang]
    return LangTables(
        lang=lang,
        grammar=g,
        ordinal_suffix=re.compile(g.ordinal_suffix),
        figures=_figures_pattern(lang),
        words_re=_words_pattern(list(words), g),
        words=words,
        scale_abbr=_scale_abbr_pattern(abbr),
        scale_abbr_values=abbr,
        percent=_percent_pattern(g),
        unit_index=SurfaceIndex(units["exact"], units["folded"]),
        units=units,
        qual_before=_qualifier_before(quals),
        qual_after=_qualifier_after(post),
        qualifiers={k.lower(): v for k, v in quals.items()},
        postfix={k.lower(): v for k, v in post.items()},
        months_before=_months_pattern(t["months"], g, before=True),
        months_after=_months_pattern(t["months"], g, before=False),
        gap_and=re.compile(rf"(?i)(?:{_SP}+{g.and_word}{_SP}+|-{g.and_word}-)"),
        gap_and_a=re.compile(rf"(?i){_SP}+{g.and_article}{_SP}+"),
        range_conn=re.compile(
            rf"(?i)(?P<c>{_SP}*[-–—‒]{_SP}*|{_SP}+(?:"
            + "|".join(RANGE_CONNECTORS[lang])
            + rf"){_SP}+)"
        ),
        range_open=re.compile(rf"(?i)(?<![\w]){RANGE_OPENERS[lang][0]}{_SP}+\Z"),
        range_and=re.compile(rf"(?i){_SP}+{RANGE_OPENERS[lang][1]}{_SP}+"),
        a_before=re.compile(rf"(?i)(?<![\w])(?:{g.article}){_SP}+\Z"),
        de_joiner=re.compile("(?i)" + g.noun_joiner),
        word_before=re.compile(rf"([\w'’-]+){_SP}*\Z"),
        word_after=re.compile(rf"{_SP}+([\w'’-]+)"),
        unit_names=frozenset(
            e[0] for table in (units["exact"], units["folded"]) for e in table.values()
        ),
    )


#: The spaces that separate a figure from what follows it. The narrow no-break space CLDR
#: writes in French and German and the typesetter's thin space are read as no-break spaces
#: (see :func:`claimcheck.extraction.numbers.extractor.find_numeric`): characters outside
#: Latin-1 in a character class make every pattern slower to compile and to run.
_SP = r"[ \u00a0]"


def _figures_pattern(lang: str) -> re.Pattern[str]:
    """Figures in digits (with the language's separators), digit fractions and vulgar
    fractions; every match starts with a digit or one of a few characters, so a leading
    class check keeps the scan fast."""
    digit = token_pattern(lang)
    first = "0-9.," + "".join(VULGAR)
    return re.compile(
        rf"(?=[{first}])(?:(?P<dfrac>(?<![\d/.,])\d{{1,3}}/\d{{1,3}}(?![\d/]))|(?P<num>{digit})"
        r"|(?P<vul>[" + "".join(VULGAR) + "]))"
    )


def _words_pattern(word_list: list[str], g: NumberGrammar) -> re.Pattern[str]:
    """Number words, matched case-sensitively in lower case, Capitalised and UPPER CASE (a
    case-sensitive alternation scans several times faster than a case-insensitive one), and
    the language's numerals written as one word."""
    variants = (
        set(word_list) | {w[:1].upper() + w[1:] for w in word_list} | {w.upper() for w in word_list}
    )
    initials = {w[0] for w in variants}
    word_part = r"(?P<word>" + _words_alt(sorted(variants)) + r")"
    morphemes = list(g.compound_morphemes)
    if morphemes:
        morph = _words_alt(morphemes)
        head = _words_alt(sorted({m[:1].upper() + m[1:] for m in morphemes} | set(morphemes)))
        word_part = r"(?P<cw>(?:" + head + r")(?:" + morph + r")+)(?!\w)|" + word_part
        initials |= {m[0] for m in morphemes} | {m[0].upper() for m in morphemes}
    first = re.escape("".join(sorted(initials)))
    return re.compile(r"\b(?=[" + first + r"])(?:" + word_part + r")\b")


def _scale_abbr_pattern(abbr: dict[str, float]) -> re.Pattern[str]:
    """Scale abbreviations after digits ("62bn", "2,5 Mio."); "m" next to a figure may be
    metres, which the extractor decides."""
    return re.compile(
        rf"(?P<sp>{_SP}?)(?P<abbr>"
        + trie_pattern(sorted(abbr, key=len, reverse=True))
        + r")(?![\w])"
    )


def _percent_pattern(g: NumberGrammar) -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?P<pp>[ \u00a0-]+(?i:{g.points_words}))(?![\w])"
        rf"|(?P<sign>{_SP}?[%％])"
        rf"|(?P<pw>(?:{_SP}+|-)(?i:{g.percent_words}))(?![\w]))"
    )


def _qualifier_before(quals: dict[str, str]) -> re.Pattern[str]:
    return re.compile(
        r"(?i)(?<![\w])(?P<q>" + trie_pattern(sorted(quals, key=len, reverse=True)) + rf"){_SP}+\Z"
    )


def _qualifier_after(post: dict[str, str]) -> re.Pattern[str]:
    words = sorted((p for p in post if p[0].isalpha()), key=len, reverse=True)
    signs = [p for p in post if not p[0].isalpha()]
    return re.compile(
        rf"(?i)(?P<q>(?:{_SP}+(?:"
        + "|".join(re.escape(p) for p in words)
        + rf")(?![\w])(?!{_SP}+(?:than|als|que)\b))|(?:"
        + "|".join(re.escape(p) for p in signs)
        + r"))"
    )


def _months_pattern(months: list[str], g: NumberGrammar, *, before: bool) -> re.Pattern[str]:
    """A month name right before a figure ("March 4") or right after it ("4 mars", "4th of
    March"), so that days of dates are left to the date extractor."""
    flags = "(?i)" if g.months_any_case else ""
    alt = trie_pattern(sorted(months, key=len, reverse=True))
    if before:
        return re.compile(flags + rf"(?<![\w])(?:{alt})\.?{_SP}+\Z")
    return re.compile(flags + rf"(?:{_SP}*(?:\.|(?:of|de|du){_SP}+)?{_SP}*)(?:{alt})(?![\w])")


# --------------------------------------------------------------------------------------------
# entry point
