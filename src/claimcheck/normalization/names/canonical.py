"""Name keys, stable entity ids and entity comparison.

A *name key* is what two spellings of one name have in common: the name folded to lower-case
ASCII, apostrophes dropped, hyphens, dots and slashes read as spaces, "&" read as "and", a
leading "the" dropped, and each word replaced by the preferred spelling of its transliteration
class from the alias data ("Baluch" -> "baloch"). Keys never depend on the document, so the
ids built from them are stable across documents and runs.

Ids are ``"<prefix>:<slug>"`` with the prefix naming the entity type (``person``, ``org``,
``loc``) or ``ent`` for a name whose type the text does not settle. :func:`same_entity` treats
``ent:x`` as compatible with any typed id of the same slug.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.model import Entity
    from claimcheck.normalization.names.aliases import AliasTable

__all__ = [
    "ID_PREFIX",
    "fold",
    "id_slug",
    "make_id",
    "name_key",
    "name_tokens",
    "name_variants_differ",
    "plain_form",
    "role_key",
    "same_entity",
    "slug",
]

#: Id prefix of each entity type.
ID_PREFIX = {"person": "person", "organization": "org", "location": "loc", "other": "ent"}

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
    }
)
_APOSTROPHES = re.compile(r"['’ʼ`´‘]")
_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics ("Baluchestān" -> "baluchestan")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def name_tokens(surface: str) -> tuple[str, ...]:
    """The folded words of a name, with apostrophes dropped and "&" read as "and"."""
    text = _APOSTROPHES.sub("", fold(surface)).replace("&", " and ")
    return tuple(_WORDS.findall(text))


def plain_form(surface: str) -> str:
    """The name as words only, without transliteration classes: typography does not count."""
    toks = name_tokens(surface)
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    return " ".join(toks)


def name_key(surface: str, aliases: AliasTable | None = None) -> str:
    """The key of a name: folded words, leading "the" dropped, transliteration classes applied."""
    if aliases is None:
        from claimcheck.normalization.names.aliases import active_table

        aliases = active_table()
    return aliases.key(surface)


def slug(key: str) -> str:
    """A key as the slug part of an id ("balochistan liberation army" -> "balochistan-...")."""
    return "-".join(key.split())


def make_id(entity_type: str, key: str) -> str:
    """The id of an entity of ``entity_type`` whose name key is ``key``."""
    return f"{ID_PREFIX.get(entity_type, 'ent')}:{slug(key)}"


def id_slug(entity_id: str) -> tuple[str, str]:
    """Split an id into its prefix and slug."""
    prefix, _, rest = entity_id.partition(":")
    return (prefix, rest) if rest else ("", prefix)


def role_key(role: str, aliases: AliasTable | None = None) -> str | None:
    """The canonical role for a role as written ("spokesman" -> "spokesperson"), if known."""
    if aliases is None:
        from claimcheck.normalization.names.aliases import active_table

        aliases = active_table()
    return aliases.roles.get(" ".join(name_tokens(role)))


def same_entity(a: Entity, b: Entity, aliases: AliasTable | None = None) -> bool:
    """Whether two entity values name the same entity.

    Equal ids are the same entity. A name whose type was not settled (``ent:`` ids) is the
    same entity as a typed one with the same slug ("ent:xi-jinping" and
    "person:xi-jinping"). Pairs the alias data lists as distinct never are.
    """
    if aliases is None:
        from claimcheck.normalization.names.aliases import active_table

        aliases = active_table()
    if aliases.are_distinct(a.id, b.id):
        return False
    if a.id == b.id:
        return True
    pa, sa = id_slug(a.id)
    pb, sb = id_slug(b.id)
    if sa != sb:
        return False
    return "ent" in (pa, pb) or (pa == pb)


def name_variants_differ(a_surface: str, b_surface: str, aliases: AliasTable | None = None) -> bool:
    """Whether two names are the same entity written two ways, beyond typography.

    True for "Baloch Liberation Army" / "Balochistan Liberation Army" (one entity in the alias
    data) and "Baluch Republican Army" / "Baloch Republican Army" (one transliteration class);
    False for names that differ only in case, hyphens, apostrophes or a leading "the", for
    different entities ("Balochistan Liberation Front"), and for an acronym against its long
    form (that is not a spelling).
    """
    if aliases is None:
        from claimcheck.normalization.names.aliases import active_table

        aliases = active_table()
    form_a, form_b = plain_form(a_surface), plain_form(b_surface)
    if not form_a or not form_b or form_a == form_b:
        return False
    id_a, id_b = aliases.name_id(a_surface), aliases.name_id(b_surface)
    if id_a is None or id_b is None or id_a != id_b:
        return False
    return not aliases.are_distinct(a_surface, b_surface)
