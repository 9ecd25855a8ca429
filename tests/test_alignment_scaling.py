"""Alignment stays linear and loses nothing when one fact is stated by hundreds of reports."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from claimcheck.claims import alignment
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Document
from claimcheck.reading.files import DocInput

META = {"published": dt.date(2024, 11, 10), "published_from": "manifest", "language": "en"}
OUTLETS = ["wire", "daily", "herald", "post", "times", "courier", "gazette", "tribune"]


def _docs(engine: Engine, n_same: int, odd: int) -> list[Document]:
    texts = [
        f"{26 if i < n_same else odd} people were killed in the bombing at the railway station "
        f"in Quetta on Saturday, the {OUTLETS[i % len(OUTLETS)]} reported."
        for i in range(n_same + 1)
    ]
    return [
        engine.read(DocInput(path=f"r{i:04d}.txt", text=t, meta=META)) for i, t in enumerate(texts)
    ]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def test_a_lone_different_figure_among_hundreds_of_reports_is_found(engine: Engine) -> None:
    n = alignment.MAX_BUCKET + 1  # more reports than a bucket pairs exhaustively
    result = engine.run(_docs(engine, n, 31))
    found = [f for f in result.findings if f.code in ("CC101", "CC102")]
    assert found, "the report saying 31 must be set against those saying 26"
    involved = {loc.path for f in found for loc in (f.location, *f.related)}
    assert f"r{n:04d}.txt" in involved


def test_candidate_pairs_per_claim_are_bounded_in_a_large_bucket(engine: Engine) -> None:
    docs = _docs(engine, alignment.MAX_BUCKET * 2, 31)
    claims = [c for d in docs for c in engine.analyze(d).claims]
    pairs = list(alignment._candidates(claims, frozenset()))
    # each blocking key a claim has contributes at most 2 * WINDOW partners
    assert len(pairs) / len(claims) <= 10 * alignment.WINDOW
    assert len(pairs) < len(claims) ** 2 / 20


def test_checking_a_draft_compares_only_pairs_that_involve_it(engine: Engine) -> None:
    docs = _docs(engine, 5, 31)
    docs[-1] = dataclasses.replace(docs[-1], role="draft")
    result = engine.run(docs)
    assert result.alignments
    draft = docs[-1].id
    assert all(draft in (al.a.doc, al.b.doc) for al in result.alignments)
    assert any(f.code in ("CC101", "CC102") for f in result.findings)
