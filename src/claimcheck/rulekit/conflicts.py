"""Helpers for rule authors: group pairwise conflicts into findings, name documents.

Three outlets that say 26 and one that says 30 make three conflicting pairs but one finding:
the outlier, with the three statements it disagrees with. :func:`group_conflicts` does that
grouping for any pairwise relation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from claimcheck.model import Document

__all__ = ["doc_label", "group_conflicts", "published_order"]

T = TypeVar("T", bound=Hashable)


def group_conflicts(
    pairs: Iterable[tuple[T, T]], prefer: Callable[[T], bool] | None = None
) -> list[tuple[T, list[T]]]:
    """Cover every conflicting pair with as few (primary, partners) groups as possible.

    Elements for which ``prefer`` is true (statements in a draft) become primaries first; then
    the element in the most conflicts (the odd one out), with all its not yet covered
    partners; ties go to the element with the smallest ``key`` (a mention's document, kind
    and offsets) when elements have one, else to the element seen first. So the groups, and
    the findings built from them, do not depend on the order the documents were read in.
    """
    adj: dict[T, list[T]] = defaultdict(list)
    order: dict[T, int] = {}
    for a, b in pairs:
        if a == b:
            continue
        for x in (a, b):
            order.setdefault(x, len(order))
        if b not in adj[a]:
            adj[a].append(b)
        if a not in adj[b]:
            adj[b].append(a)
    covered: set[frozenset[T]] = set()
    out: list[tuple[T, list[T]]] = []

    def stable(k: T) -> Any:
        key = getattr(k, "key", None)
        return (0, key) if key is not None else (1, order[k])

    for x in sorted(
        adj, key=lambda k: (not prefer(k) if prefer else False, -len(adj[k]), stable(k))
    ):
        partners = sorted((y for y in adj[x] if frozenset((x, y)) not in covered), key=stable)
        if not partners:
            continue
        for y in partners:
            covered.add(frozenset((x, y)))
        out.append((x, partners))
    return out


def doc_label(doc: Document) -> str:
    """How a finding names a document: its outlet when known, else its file name."""
    if doc.outlet:
        return doc.outlet
    return doc.path.replace("\\", "/").rsplit("/", 1)[-1]


def published_order(a: Document, b: Document) -> int | None:
    """Days from ``a``'s publication to ``b``'s, or ``None`` when either is unknown."""
    if a.published is None or b.published is None:
        return None
    return (b.published - a.published).days
