"""The formats CI tools consume, each validated against its published schema, and the JSON
contract validated against the schemas claimcheck ships."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, SEEDS, write

jsonschema = pytest.importorskip("jsonschema")
SCHEMAS = ROOT / "tests" / "data" / "schemas"
PACKAGED = ROOT / "src" / "claimcheck" / "data" / "schemas"

WIRE = "A suicide bombing at the train station in Zürich on November 9 killed 26 people, police said.\n"
DRAFT = "A suicide bombing at the train station in Zürich on November 9 killed 32 people, police said.\n"


def _validator(name: str) -> Any:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def _contract(name: str) -> Any:
    schema = json.loads((PACKAGED / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture
def pair(tmp_path: Path) -> list[str]:
    write(tmp_path, "claimcheck-manifest.toml", "[defaults]\npublished = 2024-11-20\n")
    return [str(write(tmp_path, "wire.txt", WIRE)), str(write(tmp_path, "draft.txt", DRAFT))]


def test_concise_is_one_line_per_finding(cli, pair: list[str]) -> None:  # type: ignore[no-untyped-def]
    res = cli("check", *pair, "--format", "concise")
    full = cli("check", *pair, "--format", "json").json()["findings"]
    lines = res.out.splitlines()
    assert res.code == 1 and len(lines) == len(full) + 1  # and the summary
    for line, f in zip(lines, full):
        loc = f["location"]
        assert line.startswith(f"{loc['path']}:{loc['line']}:{loc['column']}: {f['code']} ")
    quiet = cli("check", *pair, "--format", "concise", "-q").out.splitlines()
    assert quiet == lines[:-1]


def test_gitlab_code_quality_validates(cli, pair: list[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = write(tmp_path, "broken.txt", b"\xff\xfe bad")
    res = cli("check", *pair, str(bad), "--format", "gitlab")
    issues = json.loads(res.out)
    _validator("gitlab-codequality.schema.json").validate(issues)
    assert {i["severity"] for i in issues} >= {"major", "blocker"}
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)  # GitLab tells issues apart by them


def test_gitlab_on_the_seeds_validates(cli) -> None:  # type: ignore[no-untyped-def]
    issues = json.loads(cli("check", str(SEEDS), "--format", "gitlab").out)
    assert issues
    _validator("gitlab-codequality.schema.json").validate(issues)


def test_rdjson_validates_and_counts_columns_in_utf8_bytes(cli, pair: list[str]) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("check", *pair, "--format", "rdjson").out)
    _validator("rdjson.schema.json").validate(data)
    findings = cli("check", *pair, "--format", "json").json()["findings"]
    diag = data["diagnostics"][0]
    loc = findings[0]["location"]
    assert diag["location"]["range"]["start"]["line"] == loc["line"]
    # "Zürich" comes before the figure: one more byte than code points
    assert diag["location"]["range"]["start"]["column"] == loc["column"] + 1
    assert diag["code"]["value"] == findings[0]["code"]
    assert diag["related_locations"][0]["location"]["path"] in pair


def test_junit_validates_against_the_junit_schema(cli, pair: list[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(SCHEMAS / "junit.xsd"))
    bad = write(tmp_path, "broken.txt", b"\xff\xfe bad")
    res = cli("check", *pair, str(bad), "--format", "junit")
    schema.validate(res.out)
    tree = schema.to_dict(res.out)
    suites = {s["@name"]: s for s in tree["testsuite"]}
    assert int(suites[str(bad)]["@errors"]) == 1
    assert sum(int(s.get("@failures", 0)) for s in suites.values()) >= 1
    seeds = cli("check", str(SEEDS), "--format", "junit").out
    schema.validate(seeds)


def test_junit_carries_no_character_xml_cannot_hold(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    xmlschema = pytest.importorskip("xmlschema")
    write(tmp_path, "claimcheck-manifest.toml", "[defaults]\npublished = 2024-11-20\n")
    a = write(tmp_path, "a\x1bb.txt", WIRE)
    b = write(tmp_path, "b.txt", DRAFT.replace("police", "police\x0c"))
    res = cli("check", str(a), str(b), "--format", "junit")
    xmlschema.XMLSchema(str(SCHEMAS / "junit.xsd")).validate(res.out)


@pytest.mark.parametrize(
    "fmt", ["text", "concise", "json", "gitlab", "rdjson", "junit", "sarif", "github"]
)
def test_every_format_is_offered(cli, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.cli import main

    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert fmt in " ".join(capsys.readouterr().out.split())
    assert cli("check", str(SEEDS), "--format", fmt, "-q").code in (0, 1)


def test_several_reports_in_one_run(cli, pair: list[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out_json, out_xml = tmp_path / "r.json", tmp_path / "r.xml"
    res = cli(
        "check", *pair,
        "--format", "json", "-o", str(out_json),
        "--format", "junit", "-o", str(out_xml),
        "--format", "concise",
    )  # fmt: skip
    assert res.code == 1
    assert json.loads(out_json.read_text(encoding="utf-8"))["findings"]
    assert out_xml.read_text(encoding="utf-8").startswith("<?xml")
    assert res.out.splitlines()[0].endswith(
        json.loads(out_json.read_text())["findings"][0]["message"]
    )


def test_two_reports_cannot_share_stdout(cli, pair: list[str]) -> None:  # type: ignore[no-untyped-def]
    res = cli("check", *pair, "--format", "json", "--format", "text")
    assert res.code == 2 and "only one report can go to stdout" in res.err


# -- the JSON contract ---------------------------------------------------------------------


def test_the_schemas_in_docs_are_the_packaged_ones() -> None:
    for name in ("check.schema.json", "extract.schema.json"):
        assert (ROOT / "docs" / "schemas" / name).read_bytes() == (PACKAGED / name).read_bytes()


def test_the_schemas_ship_in_the_package() -> None:
    from importlib import resources

    files = resources.files("claimcheck") / "data" / "schemas"
    assert json.loads((files / "check.schema.json").read_text(encoding="utf-8"))["title"]


def test_check_json_validates_against_the_contract(cli, pair: list[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = write(tmp_path, "broken.txt", b"\xff\xfe bad")
    for args in ([*pair, str(bad)], [str(SEEDS)]):
        data = cli("check", *args, "--format", "json").json()
        _contract("check.schema.json").validate(data)
    assert data["findings"]


def test_extract_json_validates_against_the_contract(cli) -> None:  # type: ignore[no-untyped-def]
    data = cli("extract", str(SEEDS), "--format", "json").json()
    assert {m["kind"] for m in data["mentions"]} >= {"number", "money", "date", "entity", "quote"}
    _contract("extract.schema.json").validate(data)
