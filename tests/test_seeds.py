"""``claimcheck check seeds/``: the first thing a new user runs finds the real disagreements
and none of the traps."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import SEEDS


@pytest.fixture(scope="module")
def report() -> tuple[int, dict[str, Any]]:
    import io
    import json
    from contextlib import redirect_stderr, redirect_stdout

    from claimcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["check", str(SEEDS), "--format", "json"])
    assert err.getvalue() == "", err.getvalue()
    return code, json.loads(out.getvalue())


def _locs(f: dict[str, Any]) -> list[dict[str, Any]]:
    return [f["location"], *f["related"]]


def _covers(f: dict[str, Any], doc: str, needle: str) -> bool:
    return any(doc in loc["path"] and needle in loc["text"] for loc in _locs(f))


def _serious(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in data["findings"] if f["severity"] in ("warning", "error")]


def test_exit_code_is_one(report: tuple[int, dict[str, Any]]) -> None:
    assert report[0] == 1


def test_cpec_value_conflict(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    hits = [
        f
        for f in data["findings"]
        if f["severity"] == "error"
        and (_covers(f, "000_", "$62-billion") or _covers(f, "001_", "$62-billion"))
        and _covers(f, "004_", "$65-billion")
    ]
    assert hits, "the $62-billion / $65-billion CPEC conflict is not reported as an error"
    values = {loc["value"]["value"] for loc in _locs(hits[0])}
    assert values == {62_000_000_000, 65_000_000_000}


def test_government_quote_conflict(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    hits = [
        f
        for f in data["findings"]
        if _covers(f, "000_", "undermine Pakistan") and _covers(f, "002_", "scuttle Pakistan")
    ]
    assert hits, "the undermine/scuttle quote is not reported"
    assert "undermine" in hits[0]["message"] and "scuttle" in hits[0]["message"]


def test_baloch_and_balochistan_liberation_army_are_one_group(
    report: tuple[int, dict[str, Any]],
) -> None:
    _, data = report
    for f in _serious(data):
        texts = " ".join(loc["text"] for loc in _locs(f))
        assert not ("Baloch Liberation Army" in texts and "Balochistan Liberation Army" in texts), (
            f["message"]
        )
        assert "Sistan" not in texts, f["message"]


def test_october_and_last_month_agree(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    for f in _serious(data):
        texts = [loc["text"] for loc in _locs(f)]
        assert not ("last month" in texts and "October" in texts), f["message"]


def test_same_number_different_facts(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    for f in _serious(data):
        if f["code"].startswith(("CC1", "CC6")):
            values = {(loc["value"] or {}).get("value") for loc in _locs(f)}
            assert values != {12}, f["message"]


def test_offsets_are_exact(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for f in data["findings"]:
        for loc in _locs(f):
            name = loc["path"].replace("\\", "/").rsplit("/", 1)[-1]
            assert texts[name][loc["start"] : loc["end"]] == loc["text"]


def test_publication_dates(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    dates = {d["path"].rsplit("/", 1)[-1][:3]: d["published"] for d in data["documents"]}
    assert dates == {
        "000": "2024-11-20",
        "001": "2024-11-21",
        "002": "2024-11-20",
        "003": "2024-11-20",
        "004": "2024-11-20",
    }


def test_json_shape(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    assert set(data) >= {"tool", "documents", "findings", "errors"}
    assert data["tool"]["name"] == "claimcheck"
    for f in data["findings"]:
        assert set(f) >= {
            "code",
            "rule",
            "severity",
            "message",
            "claim",
            "location",
            "related",
            "confidence",
            "fingerprint",
        }
        assert set(f["location"]) >= {
            "path",
            "start",
            "end",
            "line",
            "column",
            "end_line",
            "end_column",
            "text",
            "value",
        }
        assert all("message" in r for r in f["related"])
        assert 0.0 <= f["confidence"] <= 1.0


def test_text_output_explains_each_finding(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("check", str(SEEDS))
    assert res.code == 1
    block = next(b for b in res.out.split("\n\n") if "CC201" in b)
    assert "$62-billion" in block and "$65-billion" in block
    assert "62,000,000,000 USD" in block and "65,000,000,000 USD" in block
    assert "004_388cbbbbe972536e.txt:" in block
