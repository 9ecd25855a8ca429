"""Offsets in a text as LSP positions: a line and a character counted in the code units of the
negotiated position encoding (UTF-16 by default; UTF-8 and UTF-32 when the client picks them).

Lines end at ``\\n``, ``\\r\\n`` or ``\\r``, as the protocol says, and at nothing else (Python's
:meth:`str.splitlines` also splits at form feeds and U+2028, which editors do not).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["ENCODINGS", "LineIndex"]

#: Position encodings understood, by their LSP names.
ENCODINGS = ("utf-16", "utf-32", "utf-8")
_LINE_END = re.compile(r"\r\n|\r|\n")


def _units(text: str, encoding: str) -> int:
    """How many code units ``text`` takes in ``encoding``."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Where each line of ``text`` starts, to turn offsets into positions and back."""

    text: str
    starts: tuple[int, ...]
    encoding: str = "utf-16"

    @classmethod
    def of(cls, text: str, encoding: str = "utf-16") -> LineIndex:
        starts = (0, *(m.end() for m in _LINE_END.finditer(text)))
        return cls(
            text=text, starts=starts, encoding=encoding if encoding in ENCODINGS else "utf-16"
        )

    def _line_end(self, line: int) -> int:
        """The offset where ``line``'s content ends (before its line break)."""
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > self.starts[line] and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, character) of a code-point ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        # an offset between \r and \n belongs to the end of the line
        offset = min(offset, self._line_end(line))
        return line, _units(self.text[self.starts[line] : offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of a client position (clamped to the line, as LSP asks)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self._line_end(line)
        if self.encoding == "utf-32":
            return min(start + max(character, 0), end)
        count = 0
        for i in range(start, end):
            if count >= character:
                return i
            count += _units(self.text[i], self.encoding)
        return end
