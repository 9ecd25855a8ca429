"""Name keys and entity comparison.

A *name key* is what two spellings of one name have in common: the name folded to lower-case
ASCII, apostrophes dropped, hyphens, dots and slashes read as spaces, "&" read as "and", a
leading "the" dropped, and each word replaced by the preferred spelling of its transliteration
class from the alias data ("Baluch" -> "baloch"). Keys never depend on the document, so the
ids built from them (:func:`claimcheck.language.aliases.make_id`) are stable across documents
and runs.

Every function takes the run's alias table; without one, the packaged alias data is used.
:func:`same_entity` treats ``ent:x`` as compatible with any typed id of the same slug.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from claimcheck.language.aliases import AliasTable, id_slug
from claimcheck.language.text import name_tokens

if TYPE_CHECKING:
    from claimcheck.model import Entity

__all__ = [
    "name_key",
    "name_variants_differ",
    "role_key",
    "same_entity",
    "spelling_key",
    "spelling_variants",
]

_POSSESSIVE = re.compile(r"['\u2019]s$")
_LEADING_THE = re.compile(r"^(?i:the)\s+")


def _table(aliases: AliasTable | None) -> AliasTable:
    return aliases if aliases is not None else AliasTable.default()


def spelling_key(text: str) -> str:
    """A spelling with case, typography and possessives folded away: what two spellings of one
    name must share to count as one spelling ("the Baloch Liberation Army's" -> "baloch
    liberation army"). Diacritics count: "José" and "Jose" are two spellings."""
    t = text.replace("\u2019", "'").strip()
    t = _POSSESSIVE.sub("", t)
    t = _LEADING_THE.sub("", t)
    return " ".join(t.lower().replace("-", " ").split())


def spelling_variants(a: str, b: str) -> bool:
    """Whether two names are spellings of one another ("Baloch Liberation Army" and
    "Balochistan Liberation Army"), not different names for one thing ("Pakistani Taliban" and
    "Tehreek-e-Taliban Pakistan"): the same number of words, most of them identical, the others
    alike in spelling."""
    wa, wb = spelling_key(a).split(), spelling_key(b).split()
    if len(wa) != len(wb):
        return False
    same = sum(x == y for x, y in zip(wa, wb))
    if same * 2 < len(wa):
        return False
    return all(
        x == y or x.startswith(y[:4]) or difflib.SequenceMatcher(a=x, b=y).ratio() >= 0.7
        for x, y in zip(wa, wb)
    )


def name_key(surface: str, aliases: AliasTable | None = None) -> str:
    """The key of a name: folded words, leading "the" dropped, transliteration classes applied."""
    aliases = _table(aliases)
    return aliases.key(surface)


def role_key(role: str, aliases: AliasTable | None = None) -> str | None:
    """The canonical role for a role as written ("spokesman" -> "spokesperson"), if known."""
    aliases = _table(aliases)
    return aliases.roles.get(" ".join(name_tokens(role)))


def same_entity(a: Entity, b: Entity, aliases: AliasTable | None = None) -> bool:
    """Whether two entity values name the same entity.

    Equal ids are the same entity. A name whose type was not settled (``ent:`` ids) is the
    same entity as a typed one with the same slug ("ent:xi-jinping" and
    "person:xi-jinping"). Pairs the alias data lists as distinct never are.
    """
    aliases = _table(aliases)
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
    False for names with one :func:`spelling_key` (they differ only in case, hyphens, a
    possessive or a leading "the"), for
    different entities ("Balochistan Liberation Front"), and for an acronym against its long
    form (that is not a spelling).
    """
    aliases = _table(aliases)
    form_a, form_b = spelling_key(a_surface), spelling_key(b_surface)
    if not form_a or not form_b or form_a == form_b:
        return False
    id_a, id_b = aliases.name_id(a_surface), aliases.name_id(b_surface)
    if id_a is None or id_b is None or id_a != id_b:
        return False
    return not aliases.are_distinct(a_surface, b_surface)
