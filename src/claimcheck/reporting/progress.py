"""A progress bar on stderr for long runs, and nothing otherwise.

The bar appears only when the stream is a terminal and the run is long: more than
:data:`MIN_ITEMS` documents, or still running after :data:`DELAY` seconds. Piped or redirected
output (CI logs, pre-commit, editors) never sees it. It redraws one line with a carriage
return, at most ten times a second, and erases itself when the run is done::

    checking  37/120 [#########.....................]  30%  drafts/quetta.md

No dependency: plain ANSI-free text, so it works in any terminal.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["DELAY", "MIN_ITEMS", "Progress"]

#: Runs with more documents than this show the bar from the start.
MIN_ITEMS = 20
#: Shorter runs show it once they have taken this long (seconds).
DELAY = 1.0
_INTERVAL = 0.1


class Progress:
    """A callable ``progress(done, total, label=None)`` drawing a bar on a terminal.

    ``enabled=None`` decides from the stream: a terminal, and ``TERM`` is not ``dumb``.
    ``clock`` is for tests.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        label: str = "checking",
        enabled: bool | None = None,
        min_items: int = MIN_ITEMS,
        delay: float = DELAY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        if enabled is None:
            enabled = _is_terminal(self.stream) and os.environ.get("TERM") != "dumb"
        self.enabled = enabled
        self.min_items = min_items
        self.delay = delay
        self.clock = clock
        self.started = clock()
        self._last_draw = float("-inf")
        self._width = 0
        self.drawn = False

    def __call__(self, done: int, total: int, item: str | None = None) -> None:
        if not self.enabled or total <= 0:
            return
        now = self.clock()
        if not self.drawn and total <= self.min_items and now - self.started < self.delay:
            return
        if done < total and now - self._last_draw < _INTERVAL:
            return
        self._last_draw = now
        self._draw(done, total, item)

    def _draw(self, done: int, total: int, item: str | None) -> None:
        columns = shutil.get_terminal_size((80, 24)).columns
        done = max(0, min(done, total))
        count = f"{done:>{len(str(total))}}/{total}"
        bar_width = max(10, min(30, columns - len(self.label) - len(count) - 20))
        filled = bar_width * done // total
        line = (
            f"{self.label}  {count} [{'#' * filled}{'.' * (bar_width - filled)}] "
            f"{100 * done // total:>3}%"
        )
        if item:
            room = columns - len(line) - 3
            if room > 8:
                line += "  " + (item if len(item) <= room else "\u2026" + item[-(room - 1) :])
        line = line[: max(1, columns - 1)]
        pad = " " * max(0, self._width - len(line))
        self._width = len(line)
        self.stream.write(f"\r{line}{pad}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """Erase the bar (if it was drawn) so the report starts on a clean line."""
        if self.drawn:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self.drawn = False
            self._width = 0

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False
