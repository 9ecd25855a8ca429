"""Grouping the spellings of one entity: which differences are worth showing an editor."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.model import Entity, Mention

__all__ = ["distinct_spellings", "spelling_key"]

_POSSESSIVE = regex.compile(r"['\u2019]s$")


def spelling_key(text: str) -> str:
    """A spelling with case, typography and possessives folded away."""
    t = text.replace("\u2019", "'").strip()
    t = _POSSESSIVE.sub("", t)
    t = regex.sub(r"^(?i:the)\s+", "", t)
    return " ".join(t.lower().replace("-", " ").split())


def _is_full_name(m: Mention) -> bool:
    """A full written name: several words, not an acronym or a surname alone."""
    t = m.text.strip()
    if t.isupper() or len(t.split()) < 2:
        return False
    v = m.value
    return not (isinstance(v, Entity) and len(t) < len(v.canonical) * 0.6)


def distinct_spellings(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Full-name mentions grouped by spelling, most used first; one group means one spelling.

    Two spellings count as different only when neither is a word-level shortening of the other
    ("Xi Jinping" and "Chinese President Xi Jinping" are one spelling).
    """
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if _is_full_name(m):
            groups.setdefault(spelling_key(m.text), []).append(m)
    keys = list(groups)
    drop: set[str] = set()
    for a in keys:
        for b in keys:
            if a != b and (f" {a} " in f" {b} "):
                drop.add(a)
    out = [g for k, g in groups.items() if k not in drop]
    out.sort(key=lambda g: (-len({m.doc for m in g}), g[0].doc, g[0].start))
    return out
