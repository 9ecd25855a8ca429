"""The word lists one language and alias table give the entity recogniser (built once each)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimcheck.extraction.entities.gazetteer import Place, place_index
from claimcheck.extraction.entities.patterns import SP, rx
from claimcheck.extraction.entities.wordlists import calendar_words, function_words
from claimcheck.language.aliases import AliasTable


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The names, heads, roles and word lists one language and alias table give."""

    table: AliasTable
    language: str
    places: dict[str, Place]
    function: frozenset[str]
    calendar: frozenset[str]
    months: frozenset[str]
    max_ngram: int
    first_words: frozenset[str]
    role_words: frozenset[str]
    #: last words of lower-case roles as written ("spokesperson", "minister", "rep")
    role_last: frozenset[str]
    lower_ministry: Any
    before_ministry: Any
    conns: frozenset[str]
    #: capitalised single words that are never names (function and calendar words)
    skip_single: frozenset[str]


@lru_cache(maxsize=8)
def lexicon(language: str, table: AliasTable) -> Lexicon:
    from babel import Locale

    places = place_index(language, table)
    lengths = [len(k.split()) for k in (*table.names, *places, *table.roles)]
    en = Locale("en")
    months = {
        name.lower().rstrip(".")
        for ctx in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in en.months[ctx][width].values()
    }
    ports = sorted(table.ministry_portfolios, key=len, reverse=True)
    port_alt = "|".join(re.escape(p).replace(r"\ ", rf"{SP}+") for p in ports)
    return Lexicon(
        table=table,
        language=language.split("-")[0].lower() or "en",
        places=places,
        function=function_words(language),
        calendar=calendar_words(language),
        months=frozenset(months | {"sept"}),
        max_ngram=min(max(lengths, default=1), 8),
        first_words=frozenset(
            {"the"}
            | {
                k.split()[0]
                for k in (*table.names, *places, *table.roles, *table.demonyms)
                if " " in k
            }
        ),
        role_words=frozenset(w for k in table.roles for w in k.split()),
        role_last=frozenset(k.split()[-1] for k in table.roles if k),
        lower_ministry=re.compile(
            rf"(?<![^\W\d_])(?P<port>{port_alt}){SP}+(?:affairs{SP}+)?ministry(?![^\W\d_])"
        ),
        before_ministry=rx(
            r"(?:(?P<the>(?<![^\W\d_])[Tt]he)|(?<![^\W\d_])(?P<cap>[{U}][\w\-]*)(?P<poss>['’]s)?)"
            + SP
            + "+$"
        ),
        conns=frozenset(
            [
                "of",
                "and",
                "for",
                "the",
                "de",
                "del",
                "della",
                "der",
                "den",
                "di",
                "du",
                "da",
                "des",
                "la",
                "le",
                "van",
                "von",
                "bin",
                "ibn",
                "al",
                "el",
                "ul",
                "y",
                "&",
            ]
        ),
        skip_single=frozenset(
            v
            for w in (
                *function_words(language),
                *calendar_words(language),
                *cardinal_words(language),
            )
            if len(w) > 1
            for v in (w, w.capitalize())
        ),
    )


@lru_cache(maxsize=8)
def cardinal_words(language: str) -> frozenset[str]:
    """Number words written as one word ("two", "nineteen", "forty"): a lone capitalised one
    opens a sentence after a dateline ("CHICAGO -- Two men were killed"), never a name."""
    from claimcheck.language.numwords import word_entries

    try:
        entries = word_entries(language)
    except KeyError:
        return frozenset()
    return frozenset(w for w, (role, value) in entries.items() if role in _CARDINAL and value)


_CARDINAL = frozenset({"unit", "teen", "ten"})
