"""Grouping the spellings of one entity: which differences are worth showing an editor."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.model import Entity, Mention

__all__ = ["distinct_spellings", "spelling_key", "spelling_variants"]

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


def spelling_variants(a: str, b: str) -> bool:
    """Whether two names are spellings of one another ("Baloch Liberation Army" and
    "Balochistan Liberation Army"), not different names for one thing ("Pakistani Taliban" and
    "Tehreek-e-Taliban Pakistan"): the same number of words, most of them identical, the others
    alike in spelling."""
    import difflib

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
