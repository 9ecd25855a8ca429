"""Text helpers every stage shares: one ``fold``, one ``base_language``, name words and slugs.

Extraction, normalization and the rules compare words the same way, so the folding lives here,
below all of them: lower case, diacritics stripped, letters without a decomposition spelled out
("ß" -> "ss", "ø" -> "o", "æ" -> "ae") and the typographic apostrophe read as "'".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["SUPPORTED_LANGUAGES", "base_language", "fold", "name_tokens", "slug"]

#: Languages claimcheck has number words, calendar words and grammar for.
SUPPORTED_LANGUAGES = ("en", "de", "fr")

_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "\u2019": "'",
    }
)
_APOSTROPHES = re.compile(r"['’ʼ`´‘]")
_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics ("Baluchestān" -> "baluchestan",
    "Fünf" -> "funf", "dreißig" -> "dreissig", "Février" -> "fevrier")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def base_language(language: str | None, default: str = "en") -> str:
    """The supported base language of a BCP 47 tag ("en-GB" -> "en", "de_AT" -> "de").

    A tag of a language claimcheck does not support, or no tag, gives ``default``: English for
    the number extractors (digits read the same), ``""`` where nothing should be read.
    """
    base = re.split(r"[-_]", language or "", maxsplit=1)[0].lower()
    return base if base in SUPPORTED_LANGUAGES else default


@lru_cache(maxsize=65536)
def name_tokens(surface: str) -> tuple[str, ...]:
    """The folded words of a name, with apostrophes dropped and "&" read as "and"."""
    text = _APOSTROPHES.sub("", fold(surface)).replace("&", " and ")
    return tuple(_WORDS.findall(text))


def slug(key: str) -> str:
    """A key as the slug part of an id ("balochistan liberation army" -> "balochistan-...")."""
    return "-".join(key.split())
