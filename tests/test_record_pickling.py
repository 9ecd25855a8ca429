"""Analysed documents cross process boundaries and are stored in the claim index: every record
comes back from a pickle equal to what was pickled, and value records keep the state format
index files written before hold."""

from __future__ import annotations

import copy
import pickle
from dataclasses import fields

import pytest

from claimcheck import model
from claimcheck.engine import Analysis, Engine
from tests.scale_corpus import SEEDS


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    engine = Engine()
    docs, errors = engine.load_paths([str(SEEDS)])
    assert docs and not errors
    return [engine.analyze(d) for d in docs]


def _records(analyses: list[Analysis]) -> list[object]:
    out: list[object] = []
    for a in analyses:
        out += [a.document, *a.segments, *a.mentions, *a.claims]
        out += [m.value for m in a.mentions]
        out += [c.event for c in a.claims if getattr(c, "event", None) is not None]
    return out


def test_every_record_of_an_analysis_round_trips(analyses: list[Analysis]) -> None:
    records = _records(analyses)
    kinds = {type(r).__name__ for r in records}
    assert {"Document", "Segment", "Mention", "Claim", "Number", "DateValue", "Entity"} <= kinds
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(records, protocol=protocol))
        assert back == records
        for a, b in zip(records, back, strict=True):
            assert getattr(a, "attrs", None) == getattr(b, "attrs", None)
            assert getattr(a, "meta", None) == getattr(b, "meta", None)
    assert pickle.loads(pickle.dumps(analyses, protocol=pickle.HIGHEST_PROTOCOL)) == analyses


def test_value_records_keep_the_state_older_index_files_hold(analyses: list[Analysis]) -> None:
    values = [m.value for a in analyses for m in a.mentions] + [
        s for a in analyses for s in a.segments
    ]
    for v in values:
        state = [getattr(v, f.name) for f in fields(v)]  # what dataclasses wrote
        assert v.__getstate__() == state  # type: ignore[attr-defined]
        fresh = object.__new__(type(v))
        fresh.__setstate__(state)  # type: ignore[attr-defined]
        assert fresh == v
        assert copy.copy(v) == v


def test_records_with_read_only_mappings_reduce_by_field_name() -> None:
    m = model.Mention(
        doc="d",
        kind="number",
        start=0,
        end=2,
        text="26",
        value=model.Number(value=26.0),
        plain_start=0,
        plain_end=2,
        sentence=0,
        attrs={"nested": ({"a": 1},)},
    )
    rebuild, (cls, names, values) = m.__reduce__()
    assert cls is model.Mention and names == tuple(f.name for f in fields(m))
    back = rebuild(cls, names, values)
    assert back == m and back.attrs == m.attrs
