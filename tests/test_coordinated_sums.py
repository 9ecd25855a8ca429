"""Lists of people sharing one casualty predicate count their sum.

"A father and his two sons drowned" says three drowned: the list is framed as one count of
three, compared with another report's total; a breakdown of a figure given before it, or a
killer counted with his victims, is not summed. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Claim, Finding
from claimcheck.reading.files import DocInput

PUBLISHED = dt.date(2025, 5, 6)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def _doc(path: str, text: str) -> DocInput:
    meta: dict[str, object] = {"published": PUBLISHED, "published_from": "manifest"}
    meta["language"] = "en"
    return DocInput(path=path, text=text, meta=meta)


def _sums(engine: Engine, text: str) -> list[Claim]:
    doc = engine.read(_doc("a.txt", text))
    return [c for c in engine.analyze(doc).claims if c.mention.extractor == "sum"]


def _counts(engine: Engine, *texts: str) -> list[Finding]:
    docs = [engine.read(_doc(f"r{i}.txt", t)) for i, t in enumerate(texts)]
    return [
        f
        for f in engine.run(docs).findings
        if f.code in ("CC101", "CC102") and f.severity in ("warning", "error")
    ]


SUMS = [
    ("A father and his two sons drowned off Brill Point on Sunday.", "killed", 3),
    ("Two officers and a civilian were hurt when the van crashed.", "injured", 3),
    ("The explosion killed four miners and a guard at the Orla pit.", "killed", 5),
    ("A man, a woman and 3 children were rescued from the roof.", "rescued", 5),
    ("The driver and his wife were killed instantly.", "killed", 2),
    ("Police arrested a teenager and two men after the robbery.", "arrested", 3),
]


@pytest.mark.parametrize(("text", "attribute", "total"), SUMS)
def test_a_list_sharing_a_predicate_counts_its_sum(
    engine: Engine, text: str, attribute: str, total: int
) -> None:
    (claim,) = _sums(engine, text)
    assert (claim.attribute, claim.mention.value.value) == (attribute, total)  # type: ignore[union-attr]
    assert text[claim.mention.start : claim.mention.end] == claim.mention.text


NOT_SUMS = [
    "Police said three people, a man and two women, were killed in the blast.",
    "Among the dead were a nurse and two pupils.",
    "He killed a neighbour and his wife and then himself.",
    "Smith and Jones were arrested on Monday.",
    "A man and a woman walked their dog past the scene.",
    "Four workers, a foreman and three welders, died in the fall.",
]


@pytest.mark.parametrize("text", NOT_SUMS)
def test_breakdowns_killers_and_other_lists_are_not_summed(engine: Engine, text: str) -> None:
    assert not _sums(engine, text)


def test_a_sum_is_compared_with_another_reports_total(engine: Engine) -> None:
    lead = "A fire swept through a house on Elm Street in Marlow on Saturday."
    other = "Three people died in a house fire on Elm Street in Marlow on Saturday."
    agreeing = f"A mother and her two young sons died when {lead[2:]}"
    assert not _counts(engine, other, agreeing)
    disagreeing = f"A mother and her three young sons died when {lead[2:]}"
    found = _counts(engine, other, disagreeing)
    assert any(
        {loc.path for loc in (f.location, *f.related)} == {"r0.txt", "r1.txt"}
        and {"3", "4"} <= set(re.findall(r"\d+", f.message))
        for f in found
    ), [f.message for f in found]
