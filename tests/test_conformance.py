"""Recognizers-Text conformance of the normalizer stays at or above its measured floors.

Runs ``eval/conformance.py --json`` over the specs in ``../shared/specs/recognizers-text`` (the
test is skipped when that directory is not beside the checkout). For every Number and
NumberWithUnit spec file, and the date cases of every DateTime spec file, the pass rate on in-scope cases must not fall below the floor, and
the number of cases judged out of scope must not grow: widening the out-of-scope categories
is not a way to keep a rate up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT.parent / "shared" / "specs" / "recognizers-text"

#: file -> (minimum pass rate, minimum in-scope cases, maximum out-of-scope cases), as measured.
FLOORS: dict[str, tuple[float, int, int]] = {
    "Number/English/NumberModel.json": (0.95, 88, 21),
    "Number/English/NumberRangeModel.json": (0.96, 26, 17),
    "Number/English/PercentModel.json": (1.0, 6, 4),
    "Number/German/NumberModel.json": (0.96, 27, 1),
    "Number/French/NumberModel.json": (0.90, 120, 28),
    "NumberWithUnit/English/CurrencyModel.json": (0.97, 77, 13),
    "NumberWithUnit/German/CurrencyModel.json": (1.0, 12, 2),
    "NumberWithUnit/French/CurrencyModel.json": (0.98, 55, 3),
    "NumberWithUnit/English/DimensionModel.json": (0.98, 64, 3),
    # the date and date-range cases of the DateTime specs (times, durations, sets are out)
    "DateTime/English/DateTimeModel.json": (0.93, 150, 321),
    "DateTime/German/DateTimeModel.json": (0.77, 31, 70),
    "DateTime/French/DateTimeModel.json": (0.87, 107, 357),
}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, object]]:
    if not SPECS.is_dir():
        pytest.skip("../shared/specs/recognizers-text is not beside the checkout")
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "eval" / "conformance.py"),
            "--json",
            "--specs",
            str(SPECS),
            *FLOORS,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    data = json.loads(out.stdout)
    assert data["extraction_path"] in (
        "claimcheck.extract_text",
        "claimcheck.extraction.numbers.extractor.find_numeric",
    )
    return {r["file"]: r for r in data["results"]}


@pytest.mark.parametrize("spec", sorted(FLOORS))
def test_rate_at_or_above_floor(spec: str, results: dict[str, dict[str, object]]) -> None:
    floor, min_in_scope, max_out = FLOORS[spec]
    r = results[spec]
    assert r["skipped"] is None
    assert r["rate"] >= floor, (
        f"{spec}: {r['passed']}/{r['in_scope']} (failing cases {r['failures']})"
    )
    assert r["in_scope"] >= min_in_scope
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
