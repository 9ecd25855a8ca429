"""Recognizers-Text conformance of the normalizer stays at or above its measured floors.

Runs ``eval/conformance.py --json`` over the specs in the shared data folder
(``specs/recognizers-text``; the test is skipped when it is not found, see
``eval/holdout.py``). For every Number and NumberWithUnit spec file, and the date cases of every
DateTime spec file, the pass rate on in-scope cases of the tuning part, of the blind part and of
the whole file must not fall below the floor, and the number of cases judged out of scope must
not grow: widening the out-of-scope categories is not a way to keep a rate up. No case may make
an adapter raise.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from holdout import shared_root  # noqa: E402

from tests.eval_scripts import run_eval_json  # noqa: E402

SPECS = shared_root() / "specs" / "recognizers-text"

#: file -> (tuning, blind, all: minimum pass rates; minimum in-scope cases; maximum out-of-scope
#: cases), as measured (split by the first byte of SHA-1 of each case's input).
FLOORS: dict[str, tuple[float, float, float, int, int]] = {
    "Number/English/NumberModel.json": (1.0, 0.97, 0.98, 88, 21),
    "Number/English/NumberRangeModel.json": (1.0, 1.0, 1.0, 26, 17),
    "Number/English/PercentModel.json": (1.0, 1.0, 1.0, 6, 4),
    "Number/German/NumberModel.json": (1.0, 1.0, 1.0, 27, 1),
    "Number/French/NumberModel.json": (0.96, 0.94, 0.95, 120, 28),
    "NumberWithUnit/English/CurrencyModel.json": (1.0, 0.97, 0.98, 77, 13),
    "NumberWithUnit/German/CurrencyModel.json": (1.0, 1.0, 1.0, 12, 2),
    "NumberWithUnit/French/CurrencyModel.json": (1.0, 1.0, 1.0, 55, 3),
    "NumberWithUnit/English/DimensionModel.json": (1.0, 1.0, 1.0, 64, 3),
    # the date and date-range cases of the DateTime specs (times, durations, sets are out)
    "DateTime/English/DateTimeModel.json": (0.98, 0.92, 0.95, 154, 317),
    "DateTime/German/DateTimeModel.json": (1.0, 0.61, 0.83, 31, 70),
    "DateTime/French/DateTimeModel.json": (0.96, 0.87, 0.91, 108, 356),
}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, object]]:
    if not SPECS.is_dir():
        pytest.skip(f"{SPECS} not found")
    data = run_eval_json("conformance", "--specs", str(SPECS), *FLOORS, timeout=600)
    assert data["extraction_path"] == "claimcheck.extract_text"
    return {r["file"]: r for r in data["results"]}


@pytest.mark.parametrize("spec", sorted(FLOORS))
def test_rate_at_or_above_floor(spec: str, results: dict[str, dict[str, object]]) -> None:
    tuning, blind, whole, min_in_scope, max_out = FLOORS[spec]
    r = results[spec]
    assert r["skipped"] is None
    assert r["errors"] == 0, r["error_kinds"]
    t, b = r["tuning"], r["blind"]
    assert isinstance(t, dict) and isinstance(b, dict)
    assert t["rate"] >= tuning, (
        f"{spec}: tuning {t['passed']}/{t['in_scope']} (failing cases {r['tuning_failures']})"
    )
    # the blind part's failures are never listed, only counted
    assert b["rate"] >= blind, f"{spec}: blind {b['passed']}/{b['in_scope']}"
    assert r["rate"] >= whole
    assert t["in_scope"] + b["in_scope"] == r["in_scope"] >= min_in_scope
    assert r["out_of_scope"] <= max_out, r["out_of_scope_reasons"]


def test_targets(results: dict[str, dict[str, object]]) -> None:
    """The targets the normalizer is held to."""
    rate = {k: float(v["rate"]) for k, v in results.items()}  # type: ignore[arg-type]
    assert rate["Number/English/NumberModel.json"] >= 0.95
    assert rate["NumberWithUnit/English/CurrencyModel.json"] >= 0.95
    assert rate["NumberWithUnit/English/DimensionModel.json"] >= 0.90
    for lang in ("German", "French"):
        assert rate[f"Number/{lang}/NumberModel.json"] >= 0.80
        assert rate[f"NumberWithUnit/{lang}/CurrencyModel.json"] >= 0.80


def test_out_of_scope_reasons_are_named(results: dict[str, dict[str, object]]) -> None:
    for spec, r in results.items():
        reasons = r["out_of_scope_reasons"]
        assert isinstance(reasons, dict)
        assert "out of scope" not in reasons, f"{spec}: an unnamed out-of-scope case"
        assert sum(reasons.values()) == r["out_of_scope"]


def test_split_covers_both_parts(results: dict[str, dict[str, object]]) -> None:
    """Every spec file has cases in both parts, and only tuning failures are reported."""
    for spec, r in results.items():
        t, b = r["tuning"], r["blind"]
        assert isinstance(t, dict) and isinstance(b, dict)
        assert t["cases"] > 0 and b["cases"] > 0, spec
        assert t["cases"] + b["cases"] == r["cases"]
        assert "failures" not in r
        failures = r["tuning_failures"]
        assert isinstance(failures, list)
        assert len(failures) == t["in_scope"] - t["passed"]


def test_adapters_read_every_shape() -> None:
    """Odd result shapes are scored or counted out of scope with a reason, never raised on."""
    import rt_datetime
    import rt_number

    ref = {"ReferenceDateTime": "2020-05-02T00:00:00"}
    day = {"values": [{"timex": "2020-05-01", "type": "date", "value": "2020-05-01"}]}
    odd: list[dict[str, object]] = [
        {
            "Input": "It opened on 1 May 2020.",
            "Context": ref,
            "Results": [{"Text": "1 May 2020", "Typename": "datetimeV2.date", "Resolution": day}],
        },
        {
            "Input": "It opened on 1 May 2020.",
            "Context": ref,
            "Results": [
                {
                    "Text": "1 May 2020",
                    "TypeName": "datetimeV2.date",
                    "Resolution": {**day, "Start": 13, "End": 22},
                }
            ],
        },
        {"Input": "x", "Results": [{"Text": "x"}]},
        {"Input": "y", "Results": [{}]},
        {"Results": None},
        {"Input": "z", "Context": {"ReferenceDateTime": "garbage"}, "Results": []},
        {
            "Input": "in 2019",
            "Results": [
                {
                    "Text": "2019",
                    "TypeName": "datetimeV2.daterange",
                    "Resolution": {"values": [{"start": "2019-01-01"}]},
                }
            ],
        },
    ]
    for case in odd:
        outcome = rt_datetime.check_case(case, "en", "DateTimeModel")
        if outcome is None:
            assert rt_datetime.case_reason(case, "en", "DateTimeModel")
    assert rt_datetime.check_case(odd[0], "en", "DateTimeModel") is True
    assert rt_datetime.check_case(odd[1], "en", "DateTimeModel") is True
    for case in ({"Input": "x", "Results": [{}]}, {"Input": "$5", "Results": [{"Text": "$5"}]}):
        for model in rt_number.MODELS:
            if rt_number.check_case(case, "en", model) is None:
                assert rt_number.case_reason(case, "en", model)
