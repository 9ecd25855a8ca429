"""The indexed documents that share the most retrieval keys with a draft, without counting
every posting.

The plain way counts, for every usable key of the draft, every document that holds it: the
work grows with the index, since a common key's posting list does. Here keys are read rarest
first and every document met is counted. Once the document ranked ``limit``-th so far holds
more keys than remain unread, no document not met yet can reach the top; from then on the
remaining (common, long) keys are looked up only for the documents that still can, through
the ``(key, document)`` primary key, when that costs fewer look-ups than reading the lists.
The result is exactly the plain count's: the ``limit`` documents with the most shared keys,
ties by path.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["top_documents"]

#: Host parameters per statement, well below SQLite's limit.
_CHUNK = 400


@dataclass(slots=True)
class _Tally:
    """Shared-key counts per document, with how many documents have each count."""

    hits: dict[int, int] = field(default_factory=dict)
    by_count: list[int] = field(default_factory=lambda: [0])

    def add(self, doc: int) -> None:
        n = self.hits.get(doc, 0) + 1
        self.hits[doc] = n
        if n == len(self.by_count):
            self.by_count.append(0)
        self.by_count[n] += 1
        if n > 1:
            self.by_count[n - 1] -= 1

    @property
    def best(self) -> int:
        return len(self.by_count) - 1

    def kth(self, k: int) -> int:
        """The count of the document ranked ``k``-th (0 when fewer are counted)."""
        seen = 0
        for n in range(len(self.by_count) - 1, 0, -1):
            seen += self.by_count[n]
            if seen >= k:
                return n
        return 0

    def reaching(self, floor: int) -> int:
        """How many documents have at least ``floor`` keys."""
        return sum(self.by_count[max(1, floor) :])


def top_documents(
    db: sqlite3.Connection,
    sizes: Mapping[str, int],
    *,
    limit: int,
    skip: frozenset[int],
    path_of: Callable[[Iterable[int]], dict[int, str]],
) -> list[int]:
    """The ids of the ``limit`` documents holding the most of the keys in ``sizes`` (key ->
    how many documents hold it), best first, ties by path; documents in ``skip`` are left
    out."""
    order = sorted(sizes, key=lambda k: (sizes[k], k))
    tally = _Tally()
    unread = sum(sizes.values())
    for i, key in enumerate(order):
        left = len(order) - i
        floor = tally.kth(limit) if tally.best > left else 0
        if floor > left and left * tally.reaching(floor - left) < unread:
            _count_among(db, order[i:], tally, floor - left)
            break
        for (doc,) in db.execute("SELECT document FROM keys WHERE key = ?", (key,)):
            if doc not in skip:
                tally.add(doc)
        unread -= sizes[key]
    hits = tally.hits
    if len(hits) > limit:  # only the documents that can make the top need their paths
        floor = heapq.nlargest(limit, hits.values())[-1]
        hits = {d: n for d, n in hits.items() if n >= floor}
    paths = path_of(hits)
    return sorted(hits, key=lambda d: (-hits[d], paths[d]))[:limit]


def _count_among(db: sqlite3.Connection, keys: Sequence[str], tally: _Tally, least: int) -> None:
    """Count ``keys`` for the documents that hold at least ``least`` keys already (the others
    cannot reach the top) and forget the rest."""
    alive = sorted(d for d, n in tally.hits.items() if n >= least)
    tally.hits = {d: tally.hits[d] for d in alive}
    for key_part in _chunks(keys):
        for doc_part in _chunks(alive):
            sql = (
                f"SELECT document, count(*) FROM keys WHERE key IN ({_marks(key_part)}) "
                f"AND document IN ({_marks(doc_part)}) GROUP BY document"
            )
            for doc, n in db.execute(sql, (*key_part, *doc_part)):
                tally.hits[doc] += n


def _marks(items: Sequence[Any]) -> str:
    return ",".join("?" * len(items))


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]
