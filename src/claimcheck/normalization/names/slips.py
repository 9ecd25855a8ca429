"""Spelling slips in names: two spellings one letter apart that no alias table knows.

"Rodriguez" and "Rodriguaz", "Gonzales" and "Gonzalez" are one name misspelled (an editor must
fix one); "Mohammed" and "Muhammad" are a known transliteration (the alias data's token
classes), which is a matter of house style. :func:`slip_keys` gives the keys under which two
spellings one edit apart meet, so a cluster's names are compared by blocking, not pairwise.
"""

from __future__ import annotations

from claimcheck.language.aliases import AliasTable
from claimcheck.language.text import name_tokens

__all__ = [
    "MIN_SLIP_LENGTH",
    "known_variant",
    "one_letter_apart",
    "slip_keys",
    "transliteration_like",
    "word_key",
]

#: Shorter words differ by one letter too often to call it a slip ("Li" and "Lu").
MIN_SLIP_LENGTH = 4


def word_key(word: str) -> str:
    """A name word folded for comparison (case, diacritics, apostrophes away)."""
    toks = name_tokens(word)
    return "".join(toks)


def slip_keys(word: str) -> set[str]:
    """The word and every form of it with one letter removed: two words one substitution,
    insertion or deletion apart share at least one key."""
    w = word_key(word)
    return {w, *(w[:i] + w[i + 1 :] for i in range(len(w)))}


#: Letters that romanizations of one name commonly swap: Greek "Kougias" and "Kouyias",
#: Persian "Alishbandi" and "Alishvandi", Arabic "Qasim" and "Kasim", "Yusuf" and "Jusuf".
_ROMANIZATION_PAIRS = frozenset(
    frozenset(p) for p in (("b", "v"), ("k", "q"), ("j", "y"), ("i", "y"), ("g", "y"))
)


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two name words differ by exactly one letter added, dropped or replaced; a
    plural ("the Gigantes" for the Gigante family) is not a different spelling."""
    x, y = word_key(a), word_key(b)
    if x == y or min(len(x), len(y)) < MIN_SLIP_LENGTH or abs(len(x) - len(y)) > 1:
        return False
    if x + "s" == y or y + "s" == x:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    if len(x) > len(y):
        x, y = y, x
    i = 0
    while i < len(x) and x[i] == y[i]:
        i += 1
    return x[i:] == y[i + 1 :]


def known_variant(a: str, b: str, table: AliasTable) -> bool:
    """Whether the alias data treats the two words as spellings of one name."""
    x, y = word_key(a), word_key(b)
    classes = table.token_classes
    return classes.get(x, x) == classes.get(y, y)


def transliteration_like(a: str, b: str) -> bool:
    """Whether two spellings one letter apart differ by letters romanizations swap (b and v,
    k and q, j and y, i and y, g and y): likely a transliteration, not a slip."""
    x, y = word_key(a), word_key(b)
    if len(x) != len(y):
        return False
    diff = [(p, q) for p, q in zip(x, y) if p != q]
    return len(diff) == 1 and frozenset(diff[0]) in _ROMANIZATION_PAIRS
