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
from claimcheck.extraction.numbers.surfaces import SurfaceIndex
from claimcheck.language.cldr import tables
from claimcheck.language.numwords import NumberGrammar, number_grammar, word_entries

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
    r"[ \u00a0\u202f\u2009]?(?P<mark>[\"″'′])(?:(?<=['′])[ \u00a0\u202f\u2009]?(?P<inches>\d{1,2})[\"″])?"
)
_SOURCES["SIZE_WORD"] = (
    r"[ \u00a0\u202f\u2009]*(?:long|wide|tall|high|deep|thick|across|in[ \u00a0\u202f\u2009]+(?:diameter|length|width)"
    r"|x\b|×)"
)
_SOURCES["HEAT_CUES"] = (
    r"(?i)\b(?:temperatures?|heat|hot|cold|warm|weather|celsius|fahrenheit|centigrade|"
    r"degrés?\s+celsius|temperatur\w*|hitze|kälte|chaleur|froid)\b"
)
_SOURCES["STREET"] = (
    r"[ \u00a0\u202f\u2009]+(?:[A-Z][\w'’.-]*[ \u00a0\u202f\u2009]+){0,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
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
    r"(?i)(?:[:.]\d\d(?!\d)|[ \u00a0\u202f\u2009]?(?:[ap]\. ?m\.|[ap]m\b|uhr\b|h\d\d\b|h\b(?=\s*(?:$|[^\w]))))"
)

#: After a figure split as "6. 0": a lower-case word, a percent sign or word, a unit symbol.
_SOURCES["TOKENIZED_DECIMAL_AFTER"] = (
    r"(?: ?%| (?:per ?cent|percent)\b| [a-z]| ?-magnitude\b|(?:bn|mn|m|k)\b)"
)
_SOURCES["PERCENT_AHEAD"] = r" ?(?:%|per ?cent\b|percent\b)"
_SOURCES["BLOCK_OF"] = r" block of\b"
_SOURCES["DIALLED"] = (
    r"(?i)\b(?:call|called|calling|calls|dial|dialed|dialled|dialling)[ \u00a0\u202f\u2009]+\Z"
)
_SOURCES["WORDS"] = r"[^\W\d_]+"
_SOURCES["MAGNITUDE_BEFORE"] = r"(?i)\b(?:magnitude|measuring|measured|richter)\b[^.]{0,12}\Z"
_SOURCES["ZERO_DAY"] = r"[ -]days?\b"
_SOURCES["SENTENCE_END"] = r"[.!?]\s*$"

_SOURCES["GAP_A"] = r"[ \u00a0\u202f\u2009]+an?[ \u00a0\u202f\u2009]+"
_SOURCES["GAP_HALF"] = (
    r"[ \u00a0\u202f\u2009]+(?:an?[ \u00a0\u202f\u2009]+|ein(?:e|es|en)?[ \u00a0\u202f\u2009]+)?"
)
_SOURCES["SENTENCE_REST"] = r"[ \u00a0\u202f\u2009]*(?:[.!?]|$)"
_SOURCES["FRACTION_END"] = r"[ \u00a0\u202f\u2009]*(?:(?:of|des?|du|d['’]|der|von)\b|[.,;:!?)\]]|$)"
_SOURCES["OF"] = r"[ \u00a0\u202f\u2009]+(?:of|de|d['’])[ \u00a0\u202f\u2009]*"
_SOURCES["OF_EN"] = r"[ \u00a0\u202f\u2009]+of\b"
_SOURCES["SPACE_LOWER"] = r"[ \u00a0\u202f\u2009][a-z]"
_SOURCES["NEXT_WORD"] = r"[ \u00a0\u202f\u2009]+([a-zA-Z][\w-]*)"
_SOURCES["AND_SPACE"] = r"(?:[ \u00a0\u202f\u2009]+(?:and|und|et))?[ \u00a0\u202f\u2009]+"
_SOURCES["OLD"] = r"(?:[ \u00a0\u202f\u2009]?-[ \u00a0\u202f\u2009]?|[ \u00a0\u202f\u2009]+)old\b"
_SOURCES["INCHES"] = (
    r"(?:[ \u00a0\u202f\u2009]+and)?[ \u00a0\u202f\u2009]+(\d{1,2})[ \u00a0\u202f\u2009]*(?:inches|inch|in)\b"
)
_SOURCES["PER"] = r"(?:[ \u00a0\u202f\u2009]+(?:per|pro|par)[ \u00a0\u202f\u2009]+|/)"
_SOURCES["ALNUM_ID_END"] = r"[^\W\d_][\w]*\d\Z"
_SOURCES["ANY_ORDINAL_SUFFIX"] = r"(?i:st|nd|rd|th|er|re|e|ème|eme|è|de|nde)(?![\w])"
_SOURCES["LETTERS"] = r"[a-zA-Z]+"
_SOURCES["PC"] = r"(?i:pc|pct)(?![\w])"
_SOURCES["CAPITAL_BEFORE"] = r"(?<![\w.])([A-Z][\w'’-]*)[ \u00a0\u202f\u2009]+\Z"
#: Finance shorthand: "30 MUSD", "MEUR 120", "500 kEUR" (million or thousand of a currency).
_SOURCES["FIN_AFTER"] = r"[ \u00a0\u202f\u2009]?(?P<mult>[Mk])(?P<code>[A-Z]{3})(?![\w])"
_SOURCES["FIN_BEFORE"] = r"(?<![\w])(?P<mult>[Mk])(?P<code>[A-Z]{3})[ \u00a0\u202f\u2009]?\Z"
#: A character after a figure that may start a currency symbol in another script.
_SOURCES["NON_ASCII_AFTER"] = r"[ \u00a0\u202f\u2009]?(?P<s>[^\x00-\x7f\s])"
_SOURCES["RANGE_DIGITS"] = r"[ \u00a0\u202f\u2009]*[-–][ \u00a0\u202f\u2009]*(\d+)(?![\d.,])"
_SOURCES["SUBUNIT_COUNT"] = r"[ \u00a0\u202f\u2009]?\d{1,2}[ \u00a0\u202f\u2009]"
_SOURCES["NEG_SIGN"] = r"(?:^|(?<=[\s(\[]))[-−]\Z"
_SOURCES["NEG_SIGN_SPACED"] = r"(?:^|(?<=[\n(\[:=]))[ \t]*(?P<sign>[-−])[ \u00a0\u202f\u2009]\Z"


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
    from claimcheck.extraction.quantities.units import lexicon

    t = tables(lang)
    words = word_entries(lang)
    word_list = list(words)
    digit = token_pattern(lang)
    # Figures in digits and vulgar fractions: every match starts with a digit or one of a few
    # characters, so a leading class check keeps the scan fast.
    first = "0-9.," + "".join(VULGAR)
    figures = re.compile(
        rf"(?=[{first}])(?:(?P<dfrac>(?<![\d/.,])\d{{1,3}}/\d{{1,3}}(?![\d/]))|(?P<num>{digit})"
        r"|(?P<vul>[" + "".join(VULGAR) + "]))"
    )
    # Number words, matched case-sensitively in lower case, Capitalised and UPPER CASE (a
    # case-sensitive alternation scans several times faster than a case-insensitive one).
    variants = (
        set(word_list) | {w[:1].upper() + w[1:] for w in word_list} | {w.upper() for w in word_list}
    )
    word_alt = _words_alt(sorted(variants))
    initials = "".join(sorted({w[0] for w in variants}))
    word_part = r"(?P<word>" + word_alt + r")"
    if lang == "de":
        morphemes = [
            "eins",
            "ein",
            "zwei",
            "drei",
            "vier",
            "fünf",
            "fuenf",
            "funf",
            "sechs",
            "sech",
            "sieben",
            "sieb",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwölf",
            "zwoelf",
            "zwanzig",
            "dreißig",
            "dreissig",
            "vierzig",
            "fünfzig",
            "fuenfzig",
            "sechzig",
            "siebzig",
            "achtzig",
            "neunzig",
            "hundert",
            "tausend",
            "und",
            "einhalb",
        ]
        morph = _words_alt(morphemes)
        head = _words_alt(sorted({m[:1].upper() + m[1:] for m in morphemes} | set(morphemes)))
        word_part = r"(?P<cw>(?:" + head + r")(?:" + morph + r")+)(?!\w)|" + word_part
        initials = "".join(
            sorted(set(initials) | {m[0] for m in morphemes} | {m[0].upper() for m in morphemes})
        )
    words_re = re.compile(r"\b(?=[" + re.escape(initials) + r"])(?:" + word_part + r")\b")

    abbr = {s: v for s, (v, style) in t["scales"].items() if style == "abbr"}
    # "m" next to a figure may be metres: handled in _scale_suffix.
    scale_abbr = re.compile(
        r"(?P<sp>[ \u00a0\u202f\u2009]?)(?P<abbr>"
        + trie_pattern(sorted(abbr, key=len, reverse=True))
        + r")(?![\w])"
    )

    percent_words = {
        "en": r"per[ \u00a0\u202f\u2009]?cents?|percents?|pct|pc(?=\b)",
        "de": r"Prozent|prozent|v\.[ ]?H\.",
        "fr": r"pour[ \u00a0\u202f\u2009]?cent|pourcent",
    }[lang]
    points_words = {
        "en": r"percentage[ \u00a0\u202f\u2009]points?|percent(?:age)?[ \u00a0\u202f\u2009]points?|per[ \u00a0\u202f\u2009]cent(?:age)?[ \u00a0\u202f\u2009]points?|points?(?=[ \u00a0\u202f\u2009]+(?:higher|lower|more|less)\b)",
        "de": r"Prozentpunkte?n?",
        "fr": r"points?[ \u00a0\u202f\u2009]de[ \u00a0\u202f\u2009]pourcentage",
    }[lang]
    percent = re.compile(
        r"(?:(?P<pp>[ \u00a0-]+(?i:" + points_words + r"))(?![\w])"
        r"|(?P<sign>[ \u00a0\u202f\u2009]?[%％])"
        r"|(?P<pw>(?:[ \u00a0\u202f\u2009]+|-)(?i:" + percent_words + r"))(?![\w]))"
    )

    units = lexicon(lang)
    unit_index: SurfaceIndex[list[Any]] = SurfaceIndex(units["exact"], units["folded"])
    quals = PREFIX[lang]
    qual_before = re.compile(
        r"(?i)(?<![\w])(?P<q>"
        + trie_pattern(sorted(quals, key=len, reverse=True))
        + r")[ \u00a0\u202f\u2009]+\Z"
    )
    post = POSTFIX[lang]
    qual_after = re.compile(
        r"(?i)(?P<q>(?:[ \u00a0\u202f\u2009]+(?:"
        + "|".join(
            re.escape(p) for p in sorted((p for p in post if p[0].isalpha()), key=len, reverse=True)
        )
        + r")(?![\w])(?![ \u00a0\u202f\u2009]+(?:than|als|que)\b))|(?:"
        + "|".join(re.escape(p) for p in post if not p[0].isalpha())
        + r"))"
    )
    months = t["months"]
    mflags = "(?i)" if lang == "fr" else ""
    months_alt = trie_pattern(sorted(months, key=len, reverse=True))
    months_before = re.compile(
        mflags + r"(?<![\w])(?:" + months_alt + r")\.?[ \u00a0\u202f\u2009]+\Z"
    )
    months_after = re.compile(
        mflags
        + r"(?:[ \u00a0\u202f\u2009]*(?:\.|(?:of|de|du)[ \u00a0\u202f\u2009]+)?[ \u00a0\u202f\u2009]*)(?:"
        + months_alt
        + r")(?![\w])"
    )
    and_word, and_a = {
        "en": (r"and", r"and[ \u00a0\u202f\u2009]+an?"),
        "de": (r"und", r"und[ \u00a0\u202f\u2009]+ein(?:e|en)?"),
        "fr": (r"et", r"et[ \u00a0\u202f\u2009]+(?:un|une)"),
    }[lang]
    gap_and = re.compile(
        r"(?i)(?:[ \u00a0\u202f\u2009]+" + and_word + r"[ \u00a0\u202f\u2009]+|-" + and_word + "-)"
    )
    gap_and_a = re.compile(r"(?i)[ \u00a0\u202f\u2009]+" + and_a + r"[ \u00a0\u202f\u2009]+")
    conns = RANGE_CONNECTORS[lang]
    range_conn = re.compile(
        r"(?i)(?P<c>[ \u00a0\u202f\u2009]*[-–—‒][ \u00a0\u202f\u2009]*|[ \u00a0\u202f\u2009]+(?:"
        + "|".join(conns)
        + r")[ \u00a0\u202f\u2009]+)"
    )
    opener, closer = RANGE_OPENERS[lang]
    range_open = re.compile(r"(?i)(?<![\w])" + opener + r"[ \u00a0\u202f\u2009]+\Z")
    range_and = re.compile(r"(?i)[ \u00a0\u202f\u2009]+" + closer + r"[ \u00a0\u202f\u2009]+")
    a_before = re.compile(
        {
            "en": r"(?i)(?<![\w])(?:an?)[ \u00a0\u202f\u2009]+\Z",
            "de": r"(?i)(?<![\w])(?:ein(?:e|en|er|es|em)?)[ \u00a0\u202f\u2009]+\Z",
            "fr": r"(?i)(?<![\w])(?:une?)[ \u00a0\u202f\u2009]+\Z",
        }[lang]
    )
    de_joiner = re.compile(
        r"(?i)[ \u00a0\u202f\u2009]+(?:de[ \u00a0\u202f\u2009]+|d['’][ \u00a0\u202f\u2009]?)"
        if lang == "fr"
        else r"(?!)"
    )
    return LangTables(
        lang=lang,
        grammar=number_grammar(lang),
        ordinal_suffix=re.compile(number_grammar(lang).ordinal_suffix),
        figures=figures,
        words_re=words_re,
        words=words,
        scale_abbr=scale_abbr,
        scale_abbr_values=abbr,
        percent=percent,
        unit_index=unit_index,
        units=units,
        qual_before=qual_before,
        qual_after=qual_after,
        qualifiers={k.lower(): v for k, v in quals.items()},
        postfix={k.lower(): v for k, v in post.items()},
        months_before=months_before,
        months_after=months_after,
        gap_and=gap_and,
        gap_and_a=gap_and_a,
        range_conn=range_conn,
        range_open=range_open,
        range_and=range_and,
        a_before=a_before,
        de_joiner=de_joiner,
        word_before=re.compile(r"([\w'’-]+)[ \u00a0\u202f\u2009]*\Z"),
        word_after=re.compile(r"[ \u00a0\u202f\u2009]+([\w'’-]+)"),
        unit_names=frozenset(
            e[0] for table in (units["exact"], units["folded"]) for e in table.values()
        ),
    )


# --------------------------------------------------------------------------------------------
# entry point
