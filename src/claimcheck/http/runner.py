"""Running checks off the event loop, one at a time, within a per-request deadline.

The engine is shared by every request (its plugin manager, pint registry, CLDR data and alias
tables load once per process), so checks run one after another on a single worker thread while
the event loop keeps answering health checks and reading other requests. Each request's
deadline counts from when it arrived: time spent waiting for the worker is part of it. The
engine stops between documents and between rules when the deadline passes and returns what it
has; if a single step overruns, the request is answered anyway, shortly after the deadline,
with no findings and ``complete: false``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from claimcheck.api import check_texts, engine_for
from claimcheck.engine import Engine, RunResult
from claimcheck.http.settings import ServerSettings
from claimcheck.http.validation import CheckRequest
from claimcheck.rulekit import RuleSpec

__all__ = ["GRACE", "CheckRunner", "Outcome", "Overloaded"]

#: How long after its deadline a request is answered even if the check is still running.
GRACE = 0.5

# A short article pair with the kinds of mentions news carries, to load every extractor's
# data before the first real request.
_WARM_DRAFT = (
    "QUETTA, Pakistan (AP) — At least 26 people were killed and 62 injured on Saturday when a "
    "bomb exploded at the railway station, police official Muhammad Baloch said. "
    '"We will rebuild," Prime Minister Shehbaz Sharif said on November 9, 2024. '
    "The $62-billion China-Pakistan Economic Corridor covers 3,000 kilometres, and prices rose "
    "20% last month, the third increase this year."
)
_WARM_SOURCE = _WARM_DRAFT.replace("26 people", "24 people").replace("$62-billion", "$65-billion")


class Overloaded(Exception):
    """Too many checks are waiting for the worker."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """A finished (or abandoned) check: the run, whether the deadline cut it short, how long."""

    result: RunResult | None
    timed_out: bool
    elapsed: float


class CheckRunner:
    """Runs :func:`claimcheck.check_texts` on a dedicated worker thread."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self._executor: ThreadPoolExecutor | None = None
        self._pending = 0

    def engine(self) -> Engine:
        """The process-wide engine for the server's configuration (loaded on first use)."""
        return engine_for(self.settings.config)

    def rules(self) -> Mapping[str, RuleSpec]:
        return self.engine().pm.rules()

    def warm(self) -> RunResult:
        """Load the plugins and the data a typical check needs; call before serving."""
        self.rules()
        return check_texts(
            draft={"id": "warm-draft", "text": _WARM_DRAFT, "published": "2024-11-20"},
            sources=[{"id": "warm-source", "text": _WARM_SOURCE, "published": "2024-11-20"}],
            config=self.settings.config,
        )

    @property
    def pending(self) -> int:
        """Checks accepted and not yet answered."""
        return self._pending

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="claimcheck-check"
            )
        return self._executor

    def close(self) -> None:
        """Stop the worker; checks still queued are dropped."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _job(self, request: CheckRequest, until: float) -> RunResult | None:
        remaining = until - time.monotonic()
        if remaining <= 0:  # the deadline passed while waiting for the worker
            return None
        return check_texts(
            draft=request.draft,
            sources=list(request.sources),
            config=self.settings.config,
            deadline=remaining,
        )

    async def run(self, request: CheckRequest) -> Outcome:
        """Check ``request`` within the server's deadline.

        Raises :class:`Overloaded` when too many checks are already waiting, and whatever
        ``check_texts`` raises for a malformed document.
        """
        if self._pending >= self.settings.max_pending:
            raise Overloaded
        self._pending += 1
        t0 = time.monotonic()
        deadline = self.settings.deadline
        try:
            loop = asyncio.get_running_loop()
            fut = loop.run_in_executor(self._pool(), self._job, request, t0 + deadline)
            # an abandoned check's error is still retrieved, so it is not logged as lost
            fut.add_done_callback(lambda f: f.cancelled() or f.exception())
            try:
                result = await asyncio.wait_for(asyncio.shield(fut), timeout=deadline + GRACE)
            except asyncio.TimeoutError:
                return Outcome(None, True, time.monotonic() - t0)
            return Outcome(result, result is None or not result.complete, time.monotonic() - t0)
        finally:
            self._pending -= 1
