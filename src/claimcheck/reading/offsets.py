"""Build an analysis text piece by piece while remembering where each character came from."""

from __future__ import annotations

__all__ = ["OffsetBuilder"]


class OffsetBuilder:
    """Accumulates the analysis text of a document and its map to the original file.

    ``keep`` copies a slice of the original text; ``insert`` adds synthetic characters (a
    paragraph break for a ``<p>``, the ``&`` of ``&amp;``) mapped to one original offset.
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self._parts: list[str] = []
        self._map: list[int] = []
        self._ends: list[int] = []

    def keep(self, start: int, end: int) -> None:
        if end <= start:
            return
        self._parts.append(self.original[start:end])
        self._map.extend(range(start, end))
        self._ends.extend(range(start + 1, end + 1))

    def insert(self, text: str, at: int, *, width: int = 1) -> None:
        """Add ``text`` standing for ``original[at:at+width]``.

        A span starting on any of its characters starts at ``at``; one ending on any of them
        ends at ``at + width``.
        """
        if not text:
            return
        self._parts.append(text)
        self._map.extend([at] * len(text))
        self._ends.extend([at + width] * len(text))

    def last_char(self) -> str:
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def build(self) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
        """The analysis text, the start map (one entry past the end) and the end map."""
        text = "".join(self._parts)
        end = self._ends[-1] if self._ends else 0
        return text, (*self._map, end), tuple(self._ends)
