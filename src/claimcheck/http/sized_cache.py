"""A cache bounded by the total size of what it keeps and by its count, forgetting the least
recently used first: the server's kept answers and its workers' analysed sources."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

__all__ = ["SizedCache"]

V = TypeVar("V")


class SizedCache(Generic[V]):
    """Values by key, each charged a size; at most ``max_chars`` in all and ``max_entries``
    values, least recently used forgotten first. ``hits`` and ``misses`` count lookups."""

    def __init__(self, max_chars: int, max_entries: int) -> None:
        self.max_chars = max_chars
        self.max_entries = max_entries
        self._items: OrderedDict[str, tuple[V, int]] = OrderedDict()
        self._chars = 0
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> V | None:
        """The value kept for ``key`` (now the most recently used), or ``None``."""
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self.hits += 1
        self._items.move_to_end(key)
        return item[0]

    def put(self, key: str, value: V, size: int) -> None:
        """Keep ``value`` for ``key`` (in place of one kept before), unless it alone is larger
        than the cache."""
        if size > self.max_chars:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self._chars -= old[1]
        self._items[key] = (value, size)
        self._chars += size
        while self._chars > self.max_chars or len(self._items) > self.max_entries:
            _, (_, dropped) = self._items.popitem(last=False)
            self._chars -= dropped

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)
