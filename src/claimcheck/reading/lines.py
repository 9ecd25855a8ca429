"""Line and column arithmetic over a text, cached per text."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

__all__ = ["line_col", "line_starts"]

_NEWLINE = re.compile(r"\r\n|\r|\n")


@lru_cache(maxsize=64)
def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` starts (``\\n``, ``\\r\\n`` and ``\\r`` end lines)."""
    starts = [0]
    starts.extend(m.end() for m in _NEWLINE.finditer(text))
    return tuple(starts)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset`` in ``text``."""
    starts = line_starts(text)
    idx = bisect.bisect_right(starts, offset) - 1
    return idx + 1, offset - starts[idx] + 1
