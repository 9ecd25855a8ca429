"""Number words in English, German and French.

CLDR (through babel) has no spelled-out number data, so the small closed vocabularies are
here: cardinals, ordinals, fraction denominators, vague quantity words ("dozens", "Hunderte",
"des milliers") and the sign and decimal-point words. Scale words ("million", "Milliarden",
"lakh") come from CLDR's compact formats via :func:`claimcheck.language.cldr.tables`.

:func:`word_entries` gives each word's role; :func:`split_german_compound` takes a German
numeral written as one word ("dreihundertneunundneunzigtausend") apart into its morphemes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.language.cldr import SUPPORTED, tables
from claimcheck.language.text import base_language, fold

__all__ = [
    "VAGUE_CEILINGS",
    "Entry",
    "NumberGrammar",
    "cardinal_word",
    "german_compound_value",
    "number_grammar",
    "ordinal_forms",
    "split_german_compound",
    "vague_ceiling",
    "word_entries",
    "written_with_scale",
]

#: A word's role and value: ("unit", 7), ("teen", 13), ("ten", 40), ("hund", 100),
#: ("scale", 1e6), ("dozen", 12), ("ord", 5) for "fifth", ("den", 5) for "fifths",
#: ("half", 2), ("vague", 200) for "hundreds", ("art", 1) for an article that may be "one",
#: ("point", 0), ("sign", -1), ("mixed", 1.5) for "anderthalb", ("few", 2), ("approx", 20)
#: for "vingtaine" (about twenty).
Entry = tuple[str, float]

_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_EN_ORD_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_EN_ORD_TENS = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]

_DE_UNITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TEENS = [
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]
_DE_TENS = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
_DE_ORD = {
    1: "erst",
    2: "zweit",
    3: "dritt",
    4: "viert",
    5: "fünft",
    6: "sechst",
    7: "siebt",
    8: "acht",
    9: "neunt",
    10: "zehnt",
    11: "elft",
    12: "zwölft",
    13: "dreizehnt",
    14: "vierzehnt",
    15: "fünfzehnt",
    16: "sechzehnt",
    17: "siebzehnt",
    18: "achtzehnt",
    19: "neunzehnt",
    20: "zwanzigst",
    30: "dreißigst",
    40: "vierzigst",
    50: "fünfzigst",
    60: "sechzigst",
    70: "siebzigst",
    80: "achtzigst",
    90: "neunzigst",
    100: "hundertst",
    1000: "tausendst",
}
_DE_DEN = {
    3: "drittel",
    4: "viertel",
    5: "fünftel",
    6: "sechstel",
    7: "siebtel",
    8: "achtel",
    9: "neuntel",
    10: "zehntel",
    20: "zwanzigstel",
    100: "hundertstel",
    1000: "tausendstel",
}

_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_FR_TENS = {
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
_FR_ORD = {
    1: "unième",
    2: "deuxième",
    3: "troisième",
    4: "quatrième",
    5: "cinquième",
    6: "sixième",
    7: "septième",
    8: "huitième",
    9: "neuvième",
    10: "dixième",
    11: "onzième",
    12: "douzième",
    13: "treizième",
    14: "quatorzième",
    15: "quinzième",
    16: "seizième",
    20: "vingtième",
    30: "trentième",
    40: "quarantième",
    50: "cinquantième",
    60: "soixantième",
    70: "septantième",
    80: "huitantième",
    90: "nonantième",
    100: "centième",
    1000: "millième",
    1e6: "millionième",
    1e9: "milliardième",
    1e12: "billionième",
}


#: French ordinals one and two as written alone ("premier", "seconde"); "unième" and
#: "deuxième" are the forms that end a compound or count among many.
_FR_OWN_ORDINALS = {1: ("premier", "première"), 2: ("deuxième", "second", "seconde")}


def cardinal_word(language: str, n: int) -> str:
    """The cardinal ``n`` written as one word: 0 to 19 ("twelve", "zwölf"), 16 in French."""
    words = {
        "en": (*_EN_UNITS, *_EN_TEENS),
        "de": (*_DE_UNITS, *_DE_TEENS),
        "fr": (*_FR_UNITS, *_FR_TEENS),
    }[base_language(language)]
    return words[n]


def ordinal_forms(language: str, n: int, endings: tuple[str, ...] = ("",)) -> tuple[str, ...]:
    """The ordinal ``n`` (1 to 99) as one word, every form a language writes alone.

    English joins a tens word to a unit ordinal ("twenty-first"); German gives its stem
    ("dritt") with each of ``endings`` ("dritten", "dritte"); French has two forms for first
    and three for second.
    """
    lang = base_language(language)
    if lang == "de":
        return tuple(_DE_ORD[n] + ending for ending in endings)
    if lang == "fr":
        return _FR_OWN_ORDINALS.get(n) or (_FR_ORD[n],)
    if n < 10:
        return (_EN_ORD_UNITS[n - 1],)
    if n < 20:
        return (_EN_ORD_TEENS[n - 10],)
    if n % 10 == 0:
        return (_EN_ORD_TENS[n // 10 - 2],)
    return (f"{_EN_TENS[n // 10 - 2]}-{_EN_ORD_UNITS[n % 10 - 1]}",)


@dataclass(frozen=True, slots=True)
class NumberGrammar:
    """How a language writes figures in words: the facts the numeric grammar reads as data, so
    that the extractor has no branch per language."""

    lang: str
    #: A scale word alone is a number ("mille", "tausend", "hundert"); English needs "a" or
    #: "one" before it ("a hundred"), or a larger scale word after it ("hundred thousand").
    bare_scale: bool
    #: The indefinite article is a separate word of the number ("un million", "eine Million");
    #: English "a" is matched in front of the phrase instead.
    article_tokens: bool
    #: Digits before the hundred word ("5 hundred") read as one figure.
    digit_hundred: bool
    #: "et"/"and" joins an article-one or these teen words to a tens word ("vingt et un",
    #: "soixante et onze").
    and_after_tens: frozenset[str]
    #: Vigesimal compounds: multiplier word + "twenty" word -> value ("quatre-vingt").
    vigesimal: tuple[tuple[str, frozenset[str], float], ...]
    #: The "ten" word that forms 17-19 with a unit after a tens word ("soixante-dix-sept").
    ten_word: str
    #: A fraction's denominator must be plural unless the numerator is one ("three fifths");
    #: French also writes "cent mille billionième".
    plural_denominator: bool
    #: The ordinal two is "second" (a unit of time), never a half.
    second_not_half: bool
    #: Determiners before a noun meaning one half ("la moitié", "die Hälfte").
    half_noun_determiners: frozenset[str]
    #: Words after a bare "half" that make it a fraction ("half of", "half the votes").
    half_followers: frozenset[str]
    #: A bare "half" after a qualifier is a fraction ("more than half").
    half_after_qualifier: bool
    #: A capitalised vague plural inside a sentence is a name ("Thousand Oaks"); German
    #: capitalises every noun.
    capitalised_vague_is_name: bool
    #: Ordinal suffixes written fused to digits ("21st", "1er", "3e").
    ordinal_suffix: str
    #: Vague plurals that are a quantity only as a multiplier ("tens of thousands").
    vague_needs_of: frozenset[str]
    #: A comma may follow a scale word inside one number ("two thousand, three hundred"),
    #: as English cheque style writes it; elsewhere it separates a list.
    comma_in_words: bool
    #: Morphemes of numerals written as one word ("dreihundertneunundneunzig"), German.
    compound_morphemes: tuple[str, ...] = ()
    #: The word for "and" in numbers and after them ("one hundred and five"), and "and a"
    #: before a fraction ("and a half"), as regular expressions.
    and_word: str = "and"
    and_article: str = r"and[ \u00a0]+an?"
    #: The indefinite article before a figure phrase ("a hundred", "eine Million").
    article: str = r"an?"
    #: Percent words and percentage-point words after a figure (regular expressions).
    percent_words: str = r"per[ \u00a0]?cents?|percents?|pct|pc(?=\b)"
    points_words: str = r"percentage[ \u00a0]points?"
    #: Month names are matched in any case (French writes them in lower case).
    months_any_case: bool = False
    #: The preposition joining a scale word or figure to a currency or noun ("3 millions
    #: d'euros"), and whether it follows a bare figure too ("30 d'euros" is not French).
    noun_joiner: str = r"(?!)"
    joiner_after_any_figure: bool = False
    #: A single-letter scale abbreviation may follow the figure after a space, as CLDR's
    #: compact formats write it in French ("1,2 M", "3 k").
    spaced_single_scales: bool = False
    #: Figures split by Penn-Treebank tokenization ("13, 000", "6. 0") are rejoined: the
    #: tokenized corpora news tools meet are English.
    tokenized_rejoin: bool = False
    #: A capitalised word right before a figure names something ("Flight 370"); German
    #: capitalises every noun.
    capitals_mark_names: bool = True
    #: "one" before something that is not a word ("one 5-year-old") is not a count.
    one_needs_word: bool = False


#: The morphemes of German numerals written as one word, longest alternatives first where
#: one is a prefix of another ("eins" before "ein").
# fmt: off
_DE_MORPHEMES: tuple[str, ...] = (
    "eins", "ein", "zwei", "drei", "vier", "fünf", "fuenf", "funf", "sechs", "sech",
    "sieben", "sieb", "acht", "neun", "zehn", "elf", "zwölf", "zwoelf", "zwanzig",
    "dreißig", "dreissig", "vierzig", "fünfzig", "fuenfzig", "sechzig", "siebzig",
    "achtzig", "neunzig", "hundert", "tausend", "und", "einhalb",
)
# fmt: on

_GRAMMARS = {
    "en": NumberGrammar(
        lang="en",
        bare_scale=False,
        article_tokens=False,
        digit_hundred=True,
        and_after_tens=frozenset(),
        vigesimal=(),
        ten_word="",
        plural_denominator=True,
        second_not_half=True,
        half_noun_determiners=frozenset(),
        half_followers=frozenset(
            ["of", "the", "a", "an", "their", "its", "his", "her", "our", "those", "these", "all"]
        ),
        half_after_qualifier=True,
        capitalised_vague_is_name=True,
        ordinal_suffix=r"(?:st|nd|rd|th)(?![\w])",
        vague_needs_of=frozenset({"tens"}),
        comma_in_words=True,
        points_words=(
            r"percentage[ \u00a0]points?|percent(?:age)?[ \u00a0]points?"
            r"|per[ \u00a0]cent(?:age)?[ \u00a0]points?"
            r"|points?(?=[ \u00a0]+(?:higher|lower|more|less)\b)"
        ),
        tokenized_rejoin=True,
        one_needs_word=True,
    ),
    "de": NumberGrammar(
        lang="de",
        bare_scale=True,
        article_tokens=True,
        digit_hundred=False,
        and_after_tens=frozenset(),
        vigesimal=(),
        ten_word="",
        plural_denominator=True,
        second_not_half=False,
        half_noun_determiners=frozenset({"die", "der", "eine"}),
        half_followers=frozenset(),
        half_after_qualifier=False,
        capitalised_vague_is_name=False,
        ordinal_suffix=r"(?!)",
        vague_needs_of=frozenset(),
        comma_in_words=False,
        compound_morphemes=_DE_MORPHEMES,
        and_word="und",
        and_article=r"und[ \u00a0]+ein(?:e|en)?",
        article=r"ein(?:e|en|er|es|em)?",
        percent_words=r"Prozent|prozent|v\.[ ]?H\.",
        points_words=r"Prozentpunkte?n?",
        capitals_mark_names=False,
    ),
    "fr": NumberGrammar(
        lang="fr",
        bare_scale=True,
        article_tokens=True,
        digit_hundred=False,
        and_after_tens=frozenset({"un", "une", "onze"}),
        vigesimal=(("quatre", frozenset({"vingt", "vingts"}), 80.0),),
        ten_word="dix",
        plural_denominator=False,
        second_not_half=True,
        half_noun_determiners=frozenset({"la", "une"}),
        half_followers=frozenset(),
        half_after_qualifier=False,
        capitalised_vague_is_name=False,
        ordinal_suffix=r"(?:er|re|ère|e|ème|eme|è|nd|nde|de)(?![\w])",
        vague_needs_of=frozenset(),
        comma_in_words=False,
        and_word="et",
        and_article=r"et[ \u00a0]+(?:un|une)",
        article=r"une?",
        percent_words=r"pour[ \u00a0]?cent|pourcent",
        points_words=r"points?[ \u00a0]de[ \u00a0]pourcentage",
        months_any_case=True,
        noun_joiner=r"[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]?)",
        joiner_after_any_figure=True,
        spaced_single_scales=True,
    ),
}


def number_grammar(language: str) -> NumberGrammar:
    """The number-word grammar facts of a language (English for unsupported ones)."""
    return _GRAMMARS[base_language(language)]


@cache
def _scale_after_figure() -> re.Pattern[str]:
    """Any supported language's scale word or abbreviation of a thousand or more (CLDR's
    compact formats and the newsroom additions) right after digits or a hyphen."""
    surfaces = {
        surface.rstrip(".")
        for lang in SUPPORTED
        for surface, (mult, _style) in tables(lang)["scales"].items()
        if mult >= 1000 and surface.rstrip(".")
    }
    alt = "|".join(re.escape(w) for w in sorted(surfaces, key=len, reverse=True))
    return re.compile(r"(?i)(?:\d[\s\u00a0\u202f]*|-)(?:" + alt + r")(?![^\W\d_])")


def written_with_scale(text: str) -> bool:
    """Whether a figure as written carries a scale word or abbreviation after its digits
    ("$62 billion", "62bn", "2,5 Mio.", "3 milliards"), in any supported language."""
    return bool(_scale_after_figure().search(text))


#: The conventional top of a vague plural ("dozens" is under a gross, "hundreds" stays below
#: two thousand, "thousands" below twenty thousand, "tens of thousands" below a hundred
#: thousand): a figure above it is worth a query. Loose usage is allowed up to about twice the
#: next round figure; the plurals of large scale words run up to the next scale word.
VAGUE_CEILINGS: dict[str, float] = {
    "dozens": 144,
    "douzaines": 144,
    "dutzende": 144,
    "dutzenden": 144,
    "scores": 399,
    "tens": 99,
    "dizaines": 99,
    "hundreds": 1999,
    "hunderte": 1999,
    "hunderten": 1999,
    "centaines": 1999,
    "thousands": 19999,
    "tausende": 19999,
    "tausenden": 19999,
    "milliers": 19999,
    "zehntausende": 99999,
    "zehntausenden": 99999,
    "hunderttausende": 999999,
    "lakhs": 9999999,
    "millions": 999e6,
    "billions": 999e9,
    "trillions": 999e12,
}

#: The strict top of a vague word used as a multiplier ("tens of thousands" is below a
#: hundred thousand, "hundreds of millions" below a billion).
_VAGUE_STRICT: dict[str, float] = {
    "tens": 99,
    "dizaines": 99,
    "dozens": 144,
    "hundreds": 999,
    "centaines": 999,
}


def vague_ceiling(word: str, unit: float = 1.0) -> float | None:
    """The conventional upper bound of a vague quantity word, in units of ``unit`` when the
    word multiplies another ("tens of thousands": word "tens", unit 1000)."""
    key = fold(word)
    if unit != 1.0:
        strict = _VAGUE_STRICT.get(key)
        return None if strict is None else (strict + 1) * unit - 1
    return VAGUE_CEILINGS.get(key)


def _variants(word: str) -> set[str]:
    """A word plus its ASCII transliterations ("fünf": "fuenf", "funf"; "dreißig": "dreissig")."""
    out = {word.lower(), fold(word)}
    out.add(
        word.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    )
    return out


def _add(table: dict[str, Entry], words: object, entry: Entry) -> None:
    for w in words if isinstance(words, (list, tuple, set)) else [words]:
        for v in _variants(str(w)):
            table.setdefault(v, entry)


@cache
def word_entries(language: str) -> dict[str, Entry]:
    """Lower-cased (and accent-folded) number words of a language -> their role and value."""
    lang = base_language(language)
    table: dict[str, Entry] = {}
    builder = {"en": _english, "de": _german, "fr": _french}[lang]
    builder(table)
    # Scale words from CLDR's compact formats (long forms only: abbreviations are matched
    # next to digits, see claimcheck.extraction.numbers.extractor).
    for surface, (mult, style) in tables(lang)["scales"].items():
        if style != "word":
            continue
        entry: Entry = ("hund", 100.0) if mult == 100 else ("scale", float(mult))
        _add(table, surface, entry)
    return table


def _english(t: dict[str, Entry]) -> None:
    v: float
    for i, w in enumerate(_EN_UNITS):
        _add(t, w, ("unit", i))
    _add(t, ["nought", "naught"], ("unit", 0))
    for i, w in enumerate(_EN_TEENS):
        _add(t, w, ("teen", 10 + i))
    for i, w in enumerate(_EN_TENS):
        _add(t, w, ("ten", 20 + 10 * i))
    _add(t, "hundred", ("hund", 100))
    _add(t, ["dozen", "doz", "dz"], ("dozen", 12))
    _add(t, "dzs", ("dozen", 12))
    for i, w in enumerate(_EN_ORD_UNITS):
        _add(t, w, ("ord", i + 1))
    for i, w in enumerate(_EN_ORD_TEENS):
        _add(t, w, ("ord", 10 + i))
    for i, w in enumerate(_EN_ORD_TENS):
        _add(t, w, ("ord", 20 + 10 * i))
    for w, v in (
        ("hundredth", 100),
        ("thousandth", 1e3),
        ("millionth", 1e6),
        ("billionth", 1e9),
        ("trillionth", 1e12),
    ):
        _add(t, w, ("ord", v))
    # Plural denominators ("three fifths"); "seconds" is time, not halves.
    for i, w in enumerate(_EN_ORD_UNITS + _EN_ORD_TEENS):
        if w not in ("second",):
            _add(t, w + "s", ("den", i + 1 if i < 9 else 10 + i - 9))
    for i, w in enumerate(_EN_ORD_TENS):
        _add(t, w + "s", ("den", 20 + 10 * i))
    for w, v in (
        ("hundredths", 100),
        ("thousandths", 1e3),
        ("millionths", 1e6),
        ("billionths", 1e9),
        ("trillionths", 1e12),
        ("halves", 2),
        ("quarters", 4),
    ):
        _add(t, w, ("den", v))
    _add(t, "half", ("half", 2))
    _add(t, "quarter", ("quarter", 4))
    for w, v in (
        ("dozens", 24),
        ("hundreds", 200),
        ("thousands", 2000),
        ("millions", 2e6),
        ("billions", 2e9),
        ("trillions", 2e12),
        ("scores", 40),
        ("tens", 20),
        ("lakhs", 2e5),
        ("crores", 2e7),
    ):
        t[w] = ("vague", v)
    for w, v in (
        ("several", 3),
        ("handful", 2),
        ("few", 2),
        ("couple", 2),
        ("multibillion", 2e9),
        ("multimillion", 2e6),
        ("multitrillion", 2e12),
    ):
        t[w] = ("few", v)
    _add(t, "point", ("point", 0))
    _add(t, ["minus", "negative"], ("sign", -1))


def _german(t: dict[str, Entry]) -> None:
    v: float
    for i, w in enumerate(_DE_UNITS):
        _add(t, w, ("unit", i))
    for w in ("ein", "eine", "einen", "einem", "einer", "eines"):
        _add(t, w, ("art", 1))
    for i, w in enumerate(_DE_TEENS):
        _add(t, w, ("teen", 10 + i))
    for i, w in enumerate(_DE_TENS):
        _add(t, w, ("ten", 20 + 10 * i))
    _add(t, ["hundert", "einhundert"], ("hund", 100))
    _add(t, ["tausend", "eintausend"], ("scale", 1e3))
    _add(t, "dutzend", ("dozen", 12))
    for v, stem in _DE_ORD.items():
        for ending in ("e", "er", "en", "es", "em"):
            _add(t, stem + ending, ("ord", v))
    for v, w in _DE_DEN.items():
        _add(t, w, ("den", v))
    _add(t, ["hälfte"], ("den", 2))
    for w in ("halb", "halbe", "halben", "halber", "halbes", "halbem"):
        _add(t, w, ("half", 2))
    for w, v in (
        ("anderthalb", 1.5),
        ("eineinhalb", 1.5),
        ("einundhalb", 1.5),
        ("zweieinhalb", 2.5),
        ("dreieinhalb", 3.5),
        ("viereinhalb", 4.5),
        ("fünfeinhalb", 5.5),
        ("dreiviertel", 0.75),
    ):
        _add(t, w, ("mixed", v))
    for w, v in (
        ("dutzende", 24),
        ("hunderte", 200),
        ("tausende", 2000),
        ("zehntausende", 20000),
        ("hunderttausende", 200000),
        ("dutzenden", 24),
        ("hunderten", 200),
        ("tausenden", 2000),
        ("zehntausenden", 20000),
    ):
        _add(t, w, ("vague", v))
    for w, v in (("mehrere", 3), ("etliche", 3), ("mehreren", 3)):
        _add(t, w, ("few", v))
    _add(t, "komma", ("point", 0))
    _add(t, ["minus", "negativ"], ("sign", -1))


def _french(t: dict[str, Entry]) -> None:
    v: float
    for i, w in enumerate(_FR_UNITS):
        if w == "un":
            continue
        _add(t, w, ("unit", i))
    for w in ("un", "une"):
        _add(t, w, ("art", 1))
    for i, w in enumerate(_FR_TEENS):
        _add(t, w, ("teen", 10 + i))
    for w, v in _FR_TENS.items():
        _add(t, w, ("ten", v))
    _add(t, ["cent", "cents"], ("hund", 100))
    _add(t, ["douzaine"], ("dozen", 12))
    for v, w in _FR_ORD.items():
        _add(t, w, ("ord", v))
        _add(t, w + "s", ("den", v))
        _add(t, w.replace("ième", "ieme"), ("ord", v))
        _add(t, w.replace("ième", "ieme") + "s", ("den", v))
    for w in ("premier", "première", "premiers", "premières", "second", "seconde"):
        _add(t, w, ("ord", 1 if w.startswith("prem") else 2))
    _add(t, ["tiers"], ("den", 3))
    _add(t, ["quart", "quarts"], ("den", 4))
    _add(t, ["demi", "demie", "demis"], ("half", 2))
    _add(t, ["moitié"], ("den", 2))
    for w, v in (("douzaines", 24), ("dizaines", 20), ("centaines", 200), ("milliers", 2000)):
        _add(t, w, ("vague", v))
    for w, v in (("plusieurs", 3), ("quelques", 2)):
        _add(t, w, ("few", v))
    # "une vingtaine": about twenty.
    for w, v in (
        ("dizaine", 10),
        ("quinzaine", 15),
        ("vingtaine", 20),
        ("trentaine", 30),
        ("quarantaine", 40),
        ("cinquantaine", 50),
        ("soixantaine", 60),
        ("centaine", 100),
    ):
        _add(t, w, ("approx", v))
    _add(t, "virgule", ("point", 0))
    _add(t, ["moins", "négatif", "négative"], ("sign", -1))


# --------------------------------------------------------------------------------------------
# German compounds


def _norm_de(word: str) -> str:
    """Fold a German word so that "fünf", "fuenf" and "Fünf" compare equal ("funf")."""
    return fold(word).replace("ue", "u").replace("oe", "o").replace("ae", "a")


@cache
def _de_morphemes() -> tuple[tuple[str, Entry], ...]:
    table: dict[str, Entry] = {}
    for i, w in enumerate(_DE_UNITS[1:], start=1):
        table[_norm_de(w)] = ("unit", i)
    table["ein"] = ("unit", 1)
    table["eins"] = ("unit", 1)  # "hunderteins"
    for i, w in enumerate(_DE_TEENS):
        table[_norm_de(w)] = ("teen", 10 + i)
    for i, w in enumerate(_DE_TENS):
        table[_norm_de(w)] = ("ten", 20 + 10 * i)
    table["hundert"] = ("hund", 100)
    table["tausend"] = ("scale", 1e3)
    table["und"] = ("and", 0)
    table["einhalb"] = ("half", 2)
    # Longest first, so "neunzehn" is read before "neun".
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


def split_german_compound(word: str) -> list[tuple[str, Entry]] | None:
    """The morphemes of a German numeral written as one word, or ``None``."""
    w = _norm_de(word)
    morphemes = _de_morphemes()
    out: list[tuple[str, Entry]] = []
    i = 0
    while i < len(w):
        for m, e in morphemes:
            if w.startswith(m, i):
                out.append((m, e))
                i += len(m)
                break
        else:
            return None
    return out


def german_compound_value(word: str) -> float | None:
    """The value of a German numeral written as one word ("einhunderteinunddreißig" = 131)."""
    parts = split_german_compound(word)
    if not parts:
        return None
    kinds = [e for _, e in parts]
    total = 0.0
    i = 0
    n = len(kinds)

    def below_thousand(i: int) -> tuple[float, int] | None:
        value = 0.0
        start = i
        # [unit] hundert
        if i < n and kinds[i][0] == "unit" and i + 1 < n and kinds[i + 1][0] == "hund":
            value = kinds[i][1] * 100
            i += 2
        elif i < n and kinds[i][0] == "hund":
            value = 100
            i += 1
        # unit und ten | teen | ten | unit
        if i < n:
            k, v = kinds[i]
            if k == "unit" and i + 2 < n and kinds[i + 1][0] == "and" and kinds[i + 2][0] == "ten":
                value += v + kinds[i + 2][1]
                i += 3
            elif k in ("teen", "ten", "unit"):
                value += v
                i += 1
        return (value, i) if i > start else None

    first = below_thousand(i)
    if first is not None:
        total, i = first
    if i < n and kinds[i][0] == "scale":
        total = (total or 1) * 1000
        i += 1
        rest = below_thousand(i)
        if rest is not None:
            total += rest[0]
            i = rest[1]
    if i < n and kinds[i][0] == "half" and i == n - 1:
        return total + 0.5 if total else None
    if i != n:
        return None
    return total
