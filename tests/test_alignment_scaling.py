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


CITIES = [
    "Quetta",
    "Peshawar",
    "Lahore",
    "Karachi",
    "Kabul",
    "Kandahar",
    "Mosul",
    "Kirkuk",
    "Basra",
    "Aleppo",
    "Homs",
    "Idlib",
    "Sanaa",
    "Aden",
    "Mogadishu",
    "Kismayo",
    "Maiduguri",
    "Kano",
    "Bamako",
    "Gao",
    "Timbuktu",
    "Benghazi",
    "Tripoli",
    "Misrata",
    "Jalalabad",
    "Herat",
    "Kunduz",
    "Mazar-i-Sharif",
    "Ramadi",
    "Fallujah",
    "Tikrit",
    "Baqubah",
    "Hodeidah",
    "Taiz",
    "Marib",
    "Garissa",
    "Mandera",
    "Lamu",
    "Diffa",
    "Niamey",
]


def test_each_story_in_a_run_of_many_keeps_its_own_disagreement(engine: Engine) -> None:
    """Forty bombings in one run put every toll in one large bucket; ranked blocking must still
    set each story's odd report against the other reports of its own story."""
    texts = []
    for k, city in enumerate(CITIES):
        for i, outlet in enumerate(OUTLETS[:3]):
            n = 10 + k + (2 if i == 2 else 0)
            text = (
                f"{n} people were killed in the bombing at the market in {city} on Saturday, "
                f"the {outlet} reported."
            )
            texts.append((f"{city.lower()}-{outlet}.txt", text))
    assert len(texts) > alignment.RANK_ABOVE
    docs = [engine.read(DocInput(path=p, text=t, meta=META)) for p, t in texts]
    findings = [f for f in engine.run(docs).findings if f.code in ("CC101", "CC102")]
    for city in CITIES:
        odd = f"{city.lower()}-{OUTLETS[2]}.txt"
        siblings = {f"{city.lower()}-{o}.txt" for o in OUTLETS[:2]}
        involved = [{loc.path for loc in (f.location, *f.related)} for f in findings]
        assert any(odd in paths and paths & siblings for paths in involved), city
