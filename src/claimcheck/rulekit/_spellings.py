"""Grouping the spellings of one entity: which differences are worth showing an editor.

What counts as one spelling is :func:`~claimcheck.normalization.names.canonical.spelling_key`,
the comparison entity linking uses too; the kit re-exports it with :func:`spelling_variants`.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.model import Entity, Mention
from claimcheck.normalization.names.canonical import spelling_key, spelling_variants

__all__ = ["distinct_spellings", "spelling_key", "spelling_variants"]


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
    if len(out) > 1:
        # keep the spellings that are variants of the most used one
        out.sort(key=lambda g: (-len({m.doc for m in g}), g[0].doc, g[0].start))
        head = out[0][0].text
        out = [out[0], *(g for g in out[1:] if spelling_variants(head, g[0].text))]
    out.sort(key=lambda g: (-len({m.doc for m in g}), g[0].doc, g[0].start))
    return out
