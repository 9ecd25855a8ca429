"""Short reports of one story, each published the same day, checked together for the tests of
money alignment."""

from __future__ import annotations

import datetime as dt
from functools import cache

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Finding
from claimcheck.reading.files import DocInput

DAY = dt.date(2025, 5, 6)


@cache
def _engine() -> Engine:
    return Engine(Config())


def money_findings(*texts: str) -> list[Finding]:
    """The money findings (CC2xx) of the texts checked as one cluster, ``r0.txt``, ``r1.txt``..."""
    engine = _engine()
    docs = [
        engine.read(
            DocInput(
                path=f"r{i}.txt", text=t, meta={"published": DAY, "published_from": "manifest"}
            )
        )
        for i, t in enumerate(texts)
    ]
    return [f for f in engine.run(docs).findings if f.code.startswith("CC2")]
