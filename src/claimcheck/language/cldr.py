"""Number and currency data derived from CLDR (through babel) for the extractors.

Everything here is derived from babel's locale data, not typed in: decimal and group
separators, compact scale words ("million", "Mrd.", "milliard", "L"/"Cr" for lakh/crore),
currency symbols with how ambiguous each one is, currency names in singular and plural,
their head nouns ("dollars", "rupees") and the ISO 4217 codes in use. A few newsroom forms CLDR
does not have ("bn", "Rs.", "RMB", "C$") are added from small lists below.

The tables are built on first use, once per process, and cached as JSON on disk (see
:mod:`claimcheck.language.lexcache`) so that a cold process does not unpickle babel's locales.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter, defaultdict
from functools import cache
from typing import Any

from claimcheck.language.lexcache import cached_json
from claimcheck.language.text import SUPPORTED_LANGUAGES, base_language

__all__ = ["SUPPORTED", "babel_version", "home_symbols", "tables"]

#: Languages with number words, qualifiers and currency names.
SUPPORTED = SUPPORTED_LANGUAGES

#: Bump when the builder below changes what it produces.
_SCHEMA = "13"

#: A symbol denotes one currency when that currency has at least this share of the locales
#: using the symbol, and at least ``_MIN_LOCALES`` of them.
_DOMINANT_SHARE = 0.9
_MIN_LOCALES = 3

#: Newsroom currency forms CLDR lacks, per language: surface -> ISO codes (several = ambiguous).
_NEWSROOM_SYMBOLS: dict[str, dict[str, list[str]]] = {
    "en": {
        # "Rs" is CLDR's symbol for PKR, MUR and SCR; Indian, Sri Lankan and Nepali papers
        # write it for their rupees too.
        "Rs": ["PKR", "INR", "LKR", "NPR", "MUR", "SCR"],
        "Rs.": ["PKR", "INR", "LKR", "NPR", "MUR", "SCR"],
        "C$": ["CAD"],
        "S$": ["SGD"],
        "RMB": ["CNY"],
        "Tk": ["BDT"],
        "Mex$": ["MXN"],
        "元": ["CNY"],
    },
    "de": {"SFr.": ["CHF"], "sFr.": ["CHF"], "Fr.": ["CHF"], "RMB": ["CNY"]},
    "fr": {"$ US": ["USD"], "$ CA": ["CAD"], "RMB": ["CNY"], "FCFA": ["XOF", "XAF"]},
}

#: Newsroom currency words CLDR lacks (lower case) -> ISO codes.
_NEWSROOM_NAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pounds sterling": ["GBP"],
        "pound sterling": ["GBP"],
        "sterling": ["GBP"],
        "renminbi": ["CNY"],
        "greenbacks": ["USD"],
        "rmb": ["CNY"],
        "american dollars": ["USD"],
    },
    "de": {"euro": ["EUR"], "franken": ["CHF", "XOF", "XAF"]},
    "fr": {"dollars américains": ["USD"], "dollar américain": ["USD"], "euro": ["EUR"]},
}

#: Head nouns of currency names that are also ordinary words (or weight units), per language:
#: they count as a currency only in a full name ("Brazilian reals", "South Korean won").
_HEAD_COLLISIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "real",
            "reals",
            "won",
            "mark",
            "marks",
            "pound",
            "pounds",
            "dram",
            "drams",
            "kip",
            "sol",
            "soles",
            "lev",
            "leva",
            "pula",
            "rand",
            "som",
            "tala",
            "vatu",
            "colón",
            "gold",
        }
    ),
    "de": frozenset({"real", "pfund", "rand", "mark", "won", "som", "sol"}),
    "fr": frozenset({"livre", "livres", "sol", "sols", "réal", "réals", "rand", "mark", "som"}),
}

#: ISO codes that are also words or well-known acronyms: accepted only in upper case, after
#: the amount ("500 TRY"), never before it.
ISO_WORD_CODES = frozenset(
    {
        "ALL",
        "TOP",
        "CUP",
        "MOP",
        "PEN",
        "GEL",
        "TRY",
        "SOS",
        "MAD",
        "BAM",
        "AMD",
        "BOB",
        "DOP",
        "PHP",
        "NIO",
        "LAK",
        "MNT",
        "BIF",
        "SAR",
    }
)

#: Newsroom scale abbreviations CLDR lacks: surface -> (multiplier, "word" | "abbr").
_NEWSROOM_SCALES: dict[str, dict[str, tuple[float, str]]] = {
    "en": {
        "bn": (1e9, "abbr"),
        "bln": (1e9, "abbr"),
        "mn": (1e6, "abbr"),
        "mln": (1e6, "abbr"),
        "m": (1e6, "abbr"),
        "k": (1e3, "abbr"),
        "b": (1e9, "abbr"),
        "tn": (1e12, "abbr"),
        "trn": (1e12, "abbr"),
        "cr": (1e7, "abbr"),
        "MM": (1e6, "abbr"),
        "lakh": (1e5, "word"),
        "lakhs": (1e5, "word"),
        "lac": (1e5, "word"),
        "lacs": (1e5, "word"),
        "crore": (1e7, "word"),
        "crores": (1e7, "word"),
        "arab": (1e9, "word"),
        "kharab": (1e11, "word"),
        "hundred": (1e2, "word"),
    },
    "de": {
        "Tsd.": (1e3, "abbr"),
        "Tsd": (1e3, "abbr"),
        "Mio": (1e6, "abbr"),
        "Mrd": (1e9, "abbr"),
        "Mia.": (1e9, "abbr"),
        "Bio": (1e12, "abbr"),
        "Hundert": (1e2, "word"),
        "k": (1e3, "abbr"),
        "Lakh": (1e5, "word"),
        "Crore": (1e7, "word"),
    },
    "fr": {
        "Mds": (1e9, "abbr"),
        "Mrd": (1e9, "abbr"),
        "mds": (1e9, "abbr"),
        "cent": (1e2, "word"),
        "cents": (1e2, "word"),
        "mille": (1e3, "word"),
        "milliers": (1e3, "word"),
        # CLDR's French scales stop at "billion" (1e12). In news "trillion" is the English
        # word carried over (debts, market values); the long-scale 1e18 does not occur there.
        "trillion": (1e12, "word"),
        "trillions": (1e12, "word"),
        "lakh": (1e5, "word"),
        "lakhs": (1e5, "word"),
        "crore": (1e7, "word"),
        "crores": (1e7, "word"),
    },
}


@cache
def babel_version() -> str:
    """babel's version, read without importing babel (which would cost a few milliseconds)."""
    spec = importlib.util.find_spec("babel")
    if spec is None or spec.origin is None:
        return "none"
    try:
        with open(spec.origin, encoding="utf-8") as fh:
            m = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", fh.read())
    except OSError:
        return "unknown"
    return m.group(1) if m else "unknown"


@cache
def tables(language: str) -> dict[str, Any]:
    """The derived number and currency tables for a supported base language."""
    lang = base_language(language)
    return cached_json(
        f"cldr-numeric-{lang}", f"{_SCHEMA}-babel{babel_version()}", lambda: _build(lang)
    )


@cache
def home_symbols() -> dict[str, list[str]]:
    """Currency symbols in non-Latin scripts, as each currency's home locales write them
    ("₾" GEL, "₭" LAK, "ரூ" LKR). Built only when a figure sits next to such a symbol."""
    return cached_json(
        "cldr-home-symbols", f"{_SCHEMA}-babel{babel_version()}", _build_home_symbols
    )


# --------------------------------------------------------------------------------------------
# builders (run on a cache miss only)


def _build_home_symbols() -> dict[str, list[str]]:
    from babel import Locale
    from babel.core import get_global
    from babel.languages import get_official_languages

    out: dict[str, list[str]] = {}
    for territory, entries in get_global("territory_currencies").items():
        live = [code for code, _start, end, tender in entries if end is None and tender]
        if not live:
            continue
        for lang in get_official_languages(territory):
            try:
                loc = Locale.parse(f"{lang}_{territory}")
            except Exception:  # no such locale in CLDR
                continue
            for code in live:
                sym = loc.currency_symbols.get(code, "")
                sym = sym.replace("\u200f", "").replace("\u200b", "").strip()
                if (
                    sym
                    and sym != code
                    and not sym.isascii()
                    and not any(c.isascii() and c.isalpha() for c in sym)
                ):
                    codes = out.setdefault(sym, [])
                    if code not in codes:
                        codes.append(code)
    return out


def _family(lang: str) -> list[Any]:
    from babel import Locale, localedata

    out = []
    for ident in localedata.locale_identifiers():
        if ident == lang or ident.startswith(lang + "_"):
            try:
                out.append(Locale.parse(ident))
            except Exception:  # a locale babel lists but cannot load is simply skipped
                continue
    return out


def _current_currencies() -> set[str]:
    from babel.core import get_global

    current: set[str] = set()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if end is None and tender:
                current.add(code)
    return current


def _build(lang: str) -> dict[str, Any]:
    from babel import Locale

    base = Locale.parse(lang)
    family = _family(lang)
    current = _current_currencies()
    latn = base.number_symbols.get("latn", {})
    currency = _symbols(lang, family, current)
    if lang != "en":
        # English-language symbols ("US$", "C$", "Rs") turn up in every newsroom, and a glyph
        # that is generic in this language's locales but settled in English ("£") follows
        # English usage.
        english = _symbols("en", _family("en"), current)
        own = _NEWSROOM_SYMBOLS.get(lang, {})
        for sym, codes in english["symbols"].items():
            if sym in own:
                continue
            if sym in english["certain"] and sym not in currency["certain"]:
                currency["symbols"][sym] = codes
                currency["certain"].append(sym)
            elif sym not in currency["symbols"]:
                currency["symbols"][sym] = codes
        currency["certain"].sort()
    return {
        "decimal": latn.get("decimal", "."),
        "group": latn.get("group", ","),
        "percent": sorted(
            {loc.number_symbols.get("latn", {}).get("percentSign", "%") for loc in family} | {"%"}
        ),
        "scales": _scales(lang, base, family),
        "currency": currency,
        "names": _names(lang, base, current),
        "heads": _heads(lang, base, current),
        "scale_heads": _heads(lang, base, current, colliding=True),
        "codes": sorted(current),
        "months": _months(base),
        # A locale of the language groups digits in lakhs and crores ("#,##,##0", en-IN).
        "indian_grouping": any(
            "#,##,##0" in str(getattr(loc.decimal_formats.get(None), "pattern", ""))
            for loc in family
        ),
    }


def _months(base: Any) -> list[str]:
    """Month names and abbreviations, with and without the abbreviation's full stop."""
    out: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for name in base.months.get(context, {}).get(width, {}).values():
                name = str(name)
                out.add(name)
                out.add(name.rstrip("."))
    if str(base) == "en":
        out.add("Sept")  # the newsroom abbreviation CLDR spells "Sep"
    return sorted(n for n in out if len(n) >= 3)


def _scales(lang: str, base: Any, family: list[Any]) -> dict[str, list[Any]]:
    """Scale words from compact decimal formats: surface -> [multiplier, "word" | "abbr"]."""
    out: dict[str, list[Any]] = {}
    locales = [base] + [loc for loc in family if str(loc) in {"en_IN", "de_CH", "fr_CA"}]
    for loc in locales:
        for kind, fmts in loc.compact_decimal_formats.items():
            for forms in fmts.values():  # plural category -> {magnitude: pattern}
                for magnitude, pattern in forms.items():
                    text = str(pattern.pattern)
                    zeros = text.count("0")
                    word = re.sub(r"[0#]+", "", text).replace("'", "").strip(" \u00a0\u202f")
                    if not word or zeros == 0:
                        continue
                    mult = int(magnitude) / 10 ** (zeros - 1)
                    style = "word" if kind == "long" else "abbr"
                    out.setdefault(word, [mult, style])
                    if style == "abbr" and word.endswith("."):
                        out.setdefault(word[:-1], [mult, style])
    for surface, (mult, style) in _NEWSROOM_SCALES.get(lang, {}).items():
        out.setdefault(surface, [mult, style])
    return out


def _symbols(lang: str, family: list[Any], current: set[str]) -> dict[str, Any]:
    """Currency symbols of the language's locales -> ISO codes, dominant first.

    A symbol used for one currency in (nearly) all locales that have it ("£", "€", "US$")
    maps to that currency alone; one shared by several ("$", "Rs", "kr") keeps every
    candidate so the resolver can choose by region.
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for loc in family:
        for code, sym in loc.currency_symbols.items():
            if code not in current or sym == code or not sym.strip():
                continue
            letters = sum(ch.isalpha() for ch in sym)
            if letters == len(sym) and len(sym) < 2:
                continue  # single letters ("R", "K") are too ambiguous in running text
            counts[sym.replace("\u00a0", " ").replace("\u202f", " ")][code] += 1
    # A glyph that is also part of other currencies' symbols ("$" in "CA$", "$US") is generic:
    # it stands for one currency only with broad support, and otherwise for any of them.
    containing: dict[str, set[str]] = {
        sym: {code for other, c in counts.items() if sym in other for code in c} for sym in counts
    }
    symbols: dict[str, list[str]] = {}
    certain: list[str] = []
    for sym, counter in counts.items():
        ranked = [code for code, _ in counter.most_common()]
        top, total = counter[ranked[0]], sum(counter.values())
        generic = bool(containing[sym] - set(ranked))
        if top >= _DOMINANT_SHARE * total and (top >= _MIN_LOCALES or not generic):
            symbols[sym] = ranked[:1]
            certain.append(sym)
        else:
            symbols[sym] = ranked + sorted(containing[sym] - set(ranked))
    for sym, codes in _NEWSROOM_SYMBOLS.get(lang, {}).items():
        symbols[sym] = list(dict.fromkeys(codes + symbols.get(sym, [])))
        if len(codes) == 1 and sym not in certain:
            certain.append(sym)
        elif len(codes) > 1 and sym in certain:
            certain.remove(sym)
    return {"symbols": symbols, "certain": sorted(certain)}


def _name_variants(lang: str, name: str) -> set[str]:
    name = name.strip().lower()
    if "(" in name or not name:
        return set()
    out = {name}
    if lang == "en" and re.search(r"\bus\b", name):
        out.add(re.sub(r"\bus\b", "u.s.", name))
    if lang == "de":
        words = name.split(" ")
        if len(words) == 2 and re.search(r"(?:e|er|es|en)$", words[0]):
            stem = re.sub(r"(?:e|er|es|en)$", "", words[0])
            for ending in ("e", "er", "es", "en"):
                out.add(f"{stem}{ending} {words[1]}")
        if "-" in name:
            out.add(name.replace("-", " "))
    return out


def _all_names(base: Any, code: str) -> list[str]:
    names = [base.currencies.get(code, "")]
    plural = base._data["currency_names_plural"].get(code)
    if plural:
        names.extend(str(v) for v in plural.values())
    return [n for n in names if n]


def _names(lang: str, base: Any, current: set[str]) -> dict[str, list[str]]:
    """Full currency names (lower case, singular and plural) -> ISO codes."""
    out: dict[str, list[str]] = {}
    for code in base.currencies:
        for name in _all_names(base, code):
            for variant in _name_variants(lang, name):
                codes = out.setdefault(variant, [])
                if code not in codes:
                    # A current currency wins over a historic one of the same name.
                    if code in current:
                        codes.insert(0, code)
                    else:
                        codes.append(code)
    for name, codes in list(out.items()):
        live = [c for c in codes if c in current]
        out[name] = live[:1] if live else codes[:1]
    for name, codes in _NEWSROOM_NAMES.get(lang, {}).items():
        out[name] = codes
    return out


def _heads(
    lang: str, base: Any, current: set[str], *, colliding: bool = False
) -> dict[str, list[str]]:
    """Head nouns of current currencies' names ("dollars", "Rupien", "euros") -> ISO codes.

    With ``colliding``, only the heads that are also ordinary words ("pounds", "won"): they
    denote money only after a scale word ("361 million pounds").
    """
    collisions = _HEAD_COLLISIONS.get(lang, frozenset())
    heads: dict[str, list[str]] = defaultdict(list)
    for code in sorted(current):
        for name in _all_names(base, code):
            name = name.strip().lower()
            if "(" in name:
                continue
            words = re.split(r"[ \-]", name)
            head = words[0] if lang == "fr" else words[-1]
            if (head in collisions) != colliding or len(head) < 3 or len(words) > 3:
                continue
            if code not in heads[head]:
                heads[head].append(code)
    return dict(heads)
