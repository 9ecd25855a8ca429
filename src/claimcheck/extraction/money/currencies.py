"""Currencies next to amounts: what a written symbol, code or name denotes, and resolving the
ambiguous ones.

The surface forms come from CLDR through :mod:`claimcheck.language.cldr`: symbols ("US$", "€",
"£", "Rs"), ISO 4217 codes, full names ("Pakistani rupees", "dollars des États-Unis") and the
head nouns of names ("dollars", "Rupien", "euros"). A form that denotes one currency ("€",
"USD", "yen", "euros") is settled when the amount is extracted; one that several currencies
share ("$", "dollars", "Rs", "rupees") keeps ``currency=None`` until :func:`resolve_currency`
picks one from the document's region, outlet or the configured default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from claimcheck.language.cldr import ISO_WORD_CODES, tables
from claimcheck.language.surfaces import SurfaceIndex
from claimcheck.language.text import base_language
from claimcheck.model import Money

__all__ = [
    "CurrencyForm",
    "CurrencyLexicon",
    "candidates",
    "currency_lexicon",
    "lookup",
    "resolve_currency",
    "trie_pattern",
]

#: Sub-units newsrooms write (CLDR has no names for them): surface -> (codes, or a head noun
#: whose currencies are meant; the amount is divided by 100).
_SUBUNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "cents": ("@dollars", "EUR"),
        "cent": ("@dollars", "EUR"),
        "pence": ("GBP",),
        "penny": ("GBP",),
        "paise": ("INR", "PKR"),
        "paisa": ("INR", "PKR"),
        "kopecks": ("RUB",),
        "pesewas": ("GHS",),
    },
    "de": {
        "cent": ("EUR", "@dollar"),
        "cents": ("EUR", "@dollar"),
        "rappen": ("CHF",),
        "pence": ("GBP",),
    },
    "fr": {
        "cents": ("EUR", "@dollars"),
        "cent": ("EUR", "@dollars"),
        "centimes": ("EUR", "CHF", "@francs"),
        "centime": ("EUR", "CHF", "@francs"),
        "pesewas": ("GHS",),
        "pence": ("GBP",),
    },
}


@dataclass(frozen=True, slots=True)
class CurrencyForm:
    """What a written currency form denotes."""

    codes: tuple[str, ...]
    #: True when the form denotes exactly one currency.
    certain: bool
    #: 0.01 for a sub-unit ("cents", "pence"), else 1.
    factor: float = 1.0
    #: A head noun that is also an ordinary word ("pounds", "won"): money only after a
    #: scale word ("361 million pounds", not "two pounds").
    scale_only: bool = False


@dataclass(frozen=True, slots=True)
class CurrencyLexicon:
    """The currency forms of one language."""

    #: Exact-case forms (symbols, ISO codes) and case-folded forms (names) -> meaning.
    exact: dict[str, CurrencyForm]
    folded: dict[str, CurrencyForm]
    #: Forms allowed before an amount ("US$62bn", "PKR 500"): symbols and codes.
    before: SurfaceIndex[CurrencyForm]
    #: Forms allowed after an amount ("500 EUR", "5 €", "2 million euros").
    after: SurfaceIndex[CurrencyForm]


def trie_pattern(words: list[str]) -> str:
    """A compact alternation (a character trie) matching any of ``words``, longest first."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@cache
def currency_lexicon(language: str) -> CurrencyLexicon:
    """The currency forms of a language, indexed once per process."""
    lang = base_language(language)
    t = tables(lang)
    symbols: dict[str, list[str]] = t["currency"]["symbols"]
    certain = set(t["currency"]["certain"])
    exact: dict[str, CurrencyForm] = {}
    folded: dict[str, CurrencyForm] = {}
    for sym, codes in symbols.items():
        exact[sym] = CurrencyForm(tuple(codes), sym in certain)
    codes_all: list[str] = t["codes"]
    for code in codes_all:
        exact.setdefault(code, CurrencyForm((code,), True))
        if code not in ISO_WORD_CODES:
            exact.setdefault(code.lower(), CurrencyForm((code,), True))
    heads: dict[str, list[str]] = t["heads"]
    # "CAD$ 15", "AUD$": a dollar currency's code written with the dollar sign.
    for code in heads.get("dollar", []):
        exact.setdefault(code + "$", CurrencyForm((code,), True))
        exact.setdefault(code.lower() + "$", CurrencyForm((code,), True))
    for form, code in _territory_dollars(symbols, lang).items():
        exact.setdefault(form, CurrencyForm((code,), True))
    for name, codes in t["names"].items():
        folded[name] = CurrencyForm(tuple(codes), len(codes) == 1)
    for head, codes in heads.items():
        folded.setdefault(head, CurrencyForm(tuple(codes), len(codes) == 1))
    for head, codes in t.get("scale_heads", {}).items():
        folded.setdefault(head, CurrencyForm(tuple(codes), len(codes) == 1, scale_only=True))
    for sub, spec in _SUBUNITS.get(lang, {}).items():
        expanded: list[str] = []
        for item in spec:
            expanded.extend(heads.get(item[1:], []) if item.startswith("@") else [item])
        codes_t = tuple(dict.fromkeys(expanded))
        folded[sub] = CurrencyForm(codes_t, len(codes_t) == 1, 0.01)
    before = {s: f for s, f in exact.items() if s not in ISO_WORD_CODES}
    return CurrencyLexicon(
        exact=exact,
        folded=folded,
        before=SurfaceIndex(before, {}),
        after=SurfaceIndex(exact, folded),
    )


def _territory_dollars(symbols: dict[str, list[str]], lang: str) -> dict[str, str]:
    """Dollar signs with a territory written before or after them, as CLDR's symbols do
    ("HK$", "NZ$", "$US", "$ CA"), for every currency CLDR writes with a dollar sign: the
    territory is the first two letters of the ISO code. Upper case fused or spaced ("HK $"),
    lower case as tokenized text writes it ("hk $") unless the letters are a word ("us")."""
    from claimcheck.language.closed_words import DETERMINERS, ONE_NOT_NUMBER

    words = ONE_NOT_NUMBER | DETERMINERS.get(lang, frozenset())
    codes = {code for sym, cs in symbols.items() if "$" in sym for code in cs}
    out: dict[str, str] = {}
    for sym, cs in symbols.items():
        prefix = sym.replace("$", "").strip()
        if len(cs) == 1 and "$" in sym and len(prefix) >= 2 and prefix.isalpha():
            codes.add(cs[0])
            out.update(_dollar_spellings(prefix, cs[0], words))
    for code in sorted(codes):
        for form, c in _dollar_spellings(code[:2], code, words).items():
            out.setdefault(form, c)
    return out


def _dollar_spellings(prefix: str, code: str, words: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in {prefix, prefix.upper()}:
        for form in (p + "$", p + " $", "$" + p, "$ " + p):
            out[form] = code
    low = prefix.lower()
    out[low + "$"] = code
    if low not in words:
        out[low + " $"] = code
    return out


def lookup(surface: str, language: str) -> CurrencyForm | None:
    """What a currency form denotes in a language ("$", "euros", "PKR"), or ``None``."""
    lex = currency_lexicon(language)
    form = lex.exact.get(surface)
    if form is None:
        form = lex.folded.get(re.sub(r"\s+", " ", surface.strip(" -\u00a0")).lower())
    return form


def candidates(currency_text: str, language: str) -> tuple[str, ...]:
    """The currencies a written form may denote, most likely first (empty when unknown)."""
    form = lookup(currency_text, language)
    if form is None and base_language(language) != "en":
        form = lookup(currency_text, "en")
    return form.codes if form else ()


_REGION = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2}|\d{3})(?:[-_]|$)")
_TLD = re.compile(
    r"(?:^|[./])[\w-]+\.(?:(?:co|com|org|net|gov|ac|edu)\.)?([a-z]{2})(?:[/:]|$)", re.I
)
_TLD_REGION = {"uk": "GB"}


def _region(language: str | None, outlet: str | None) -> str | None:
    """The region a document is from: the language tag's ("en-PK"), else the outlet's domain."""
    if language:
        m = _REGION.match(language.strip())
        if m and m.group(1).isalpha():
            return m.group(1).upper()
    if outlet:
        m = _TLD.search(outlet.strip())
        if m:
            tld = m.group(1).lower()
            return _TLD_REGION.get(tld, tld.upper())
    return None


@cache
def _territory_currencies(region: str) -> tuple[str, ...]:
    from babel.numbers import get_territory_currencies

    try:
        return tuple(get_territory_currencies(region))
    except Exception:  # an unknown territory code
        return ()


def resolve_currency(
    value: Money, *, language: str, outlet: str | None, default: str | None
) -> Money:
    """Give an amount written with an ambiguous currency ("$", "rupees", "Rs") a currency.

    The document's region (from its language tag, "en-PK", or its outlet's country domain)
    decides first, then ``default``, and only among the currencies the written form can
    denote: "Rs" in an "en-PK" document is PKR, "$" with default "USD" is USD, but "Rs" with
    default "USD" stays unknown. A resolved currency is marked ``currency_assumed``.
    """
    if value.currency is not None or not value.currency_text:
        return value
    codes = candidates(value.currency_text, language)
    if not codes:
        return value
    region = _region(language, outlet)
    if region:
        for code in _territory_currencies(region):
            if code in codes:
                return replace(value, currency=code, currency_assumed=True)
    if default and default.upper() in codes:
        return replace(value, currency=default.upper(), currency_assumed=True)
    return value
