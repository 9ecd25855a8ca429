"""Output formats: SARIF validates and links statements, GitHub commands parse and escape,
and the text format keeps its shape.

Most cases render a small hand-built result, so they do not depend on what the extractors find;
the command-line cases run the seeds and check invariants that hold whatever is found.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from claimcheck.engine import RunResult
from claimcheck.model import Document, Finding, InputError, Number
from claimcheck.reporting import FormatOptions, sarif, text
from claimcheck.reporting import github as gh
from claimcheck.rulekit._rules import RuleSpec, make_location

from .conftest import SEEDS

DRAFT_PATH = "drafts/quetta, city: report.md"
DRAFT_TEXT = (
    "QUETTA — A suicide bombing at the train station in Quetta on November 9 killed 32 people.\n"
    "Officials said the toll (up 100%) may rise <b>further</b> & more.\n"
)
SOURCE_PATH = "wire/ap.txt"
SOURCE_TEXT = "A suicide bombing at the train station in Quetta on November 9 killed 26 people.\n"


def _doc(path: str, body: str, role: str) -> Document:
    return Document(
        id=path,
        path=path,
        text=body,
        plain=body,
        plain_to_file=(),
        role=role,  # type: ignore[arg-type]
        published=dt.date(2024, 11, 20),
        outlet="Wire" if role == "source" else None,
    )


def _rule(code: str, name: str, severity: str) -> RuleSpec:
    doc = f"# {code} {name}\n\n## What it finds\nTwo statements of one fact that disagree.\n"
    return RuleSpec(
        code=code,
        name=name,
        summary=f"{name.replace('-', ' ').capitalize()}.",
        default_severity=severity,  # type: ignore[arg-type]
        check=lambda ctx: (),
        doc=doc,
    )


def _span(body: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = body.index(needle, start + 1)
    return start, start + len(needle)


def synthetic_result(*, extra_warnings: int = 0) -> RunResult:
    """A draft and a source: a count conflict (error), a spelling note (info), an overlapping
    warning, plus one unreadable input."""
    draft = _doc(DRAFT_PATH, DRAFT_TEXT, "draft")
    source = _doc(SOURCE_PATH, SOURCE_TEXT, "source")
    n32, n26 = Number(value=32, low=32, high=32), Number(value=26, low=26, high=26)
    count = Finding(
        code="CC101",
        rule="count-mismatch",
        severity="error",
        message="The people killed in the bombing is 32 here but 26 (100% sure) in another report",
        claim="people killed in the bombing",
        location=make_location(draft, *_span(DRAFT_TEXT, "32"), value=n32),
        related=(
            make_location(source, *_span(SOURCE_TEXT, "26"), value=n26, message="Wire says 26"),
        ),
        confidence=0.95,
        fingerprint="3a110bbfe5dc7ad8e049",
        evidence=("both count killed", "same place: Quetta"),
        reason="32 and 26 cannot both be the count of the same people killed.",
    )
    spelling = Finding(
        code="CC603",
        rule="name-spelled-two-ways",
        severity="info",
        message="Quetta is written two ways in this document",
        claim="the name of Quetta",
        location=make_location(draft, *_span(DRAFT_TEXT, "Quetta")),
        related=(
            make_location(draft, *_span(DRAFT_TEXT, "QUETTA"), message="also written QUETTA"),
        ),
        confidence=0.6,
        fingerprint="0c7d2a0f5e1b9d3c4a21",
    )
    toll = Finding(
        code="CC102",
        rule="toll-updated",
        severity="warning",
        message="The toll may have been updated",
        claim="people killed",
        location=make_location(draft, *_span(DRAFT_TEXT, "killed 32 people"), value=n32),
        related=(
            make_location(
                source, *_span(SOURCE_TEXT, "killed 26 people"), value=n26, message="Wire says 26"
            ),
        ),
        confidence=0.5,
        fingerprint="9f8e7d6c5b4a39281706",
    )
    more = [
        Finding(
            code="CC102",
            rule="toll-updated",
            severity="warning",
            message=f"Warning number {i}",
            claim="people killed",
            location=make_location(draft, i, i + 1),
            fingerprint=f"{i:020d}",
        )
        for i in range(extra_warnings)
    ]
    return RunResult(
        documents=[draft, source],
        analyses={},
        findings=[count, spelling, toll, *more],
        errors=[
            InputError(path="wire/broken.txt", message="not valid UTF-8 (byte 0xe9 at offset 3)")
        ],
        failures=[],
        rules={
            r.code: r
            for r in (
                _rule("CC101", "count-mismatch", "error"),
                _rule("CC102", "toll-updated", "warning"),
                _rule("CC603", "name-spelled-two-ways", "info"),
            )
        },
    )


@pytest.fixture
def sarif_schema(shared: Path) -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(
        (shared / "reference" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
    )
    return jsonschema.Draft4Validator(schema)


# -- SARIF -------------------------------------------------------------------------------


def test_sarif_validates_against_the_schema(sarif_schema: Any) -> None:
    log = json.loads(sarif.render(synthetic_result(), FormatOptions()))
    sarif_schema.validate(log)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")


def test_sarif_results_point_at_both_statements() -> None:
    log = sarif.sarif_log(synthetic_result(), FormatOptions(version="9.9"))
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "claimcheck" and driver["version"] == "9.9"
    assert driver["informationUri"].startswith("http")
    assert run["columnKind"] == "unicodeCodePoints"
    rules = driver["rules"]
    for rule in rules:
        assert {
            "id",
            "name",
            "shortDescription",
            "fullDescription",
            "helpUri",
            "defaultConfiguration",
        } <= set(rule)
        assert "What it finds" in rule["fullDescription"]["text"]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in rules}
    assert levels == {"CC101": "error", "CC102": "warning", "CC603": "note"}

    by_rule = {r["ruleId"]: r for r in run["results"]}
    count = by_rule["CC101"]
    assert rules[count["ruleIndex"]]["id"] == "CC101"
    assert count["level"] == "error"
    assert count["partialFingerprints"] == {"claimcheck/v1": "3a110bbfe5dc7ad8e049"}
    loc = count["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "drafts/quetta%2C%20city%3A%20report.md"
    region = loc["region"]
    start = DRAFT_TEXT.index("32")
    assert (region["charOffset"], region["charLength"]) == (start, 2)
    assert (region["startLine"], region["endLine"]) == (1, 1)
    # "QUETTA — A": columns count code points, the em dash is one
    assert region["startColumn"] == start + 1 and region["endColumn"] == start + 3
    assert region["snippet"]["text"] == "32"
    (rel,) = count["relatedLocations"]
    assert rel["message"]["text"] == "Wire says 26"
    rregion = rel["physicalLocation"]["region"]
    assert (
        SOURCE_TEXT[rregion["charOffset"] : rregion["charOffset"] + rregion["charLength"]] == "26"
    )
    assert rel["physicalLocation"]["artifactLocation"]["uri"] == "wire/ap.txt"
    assert f"({rel['id']})" in count["message"]["text"]  # an embedded link to the related location
    assert count["properties"]["values"][0]["value"] == 32
    assert by_rule["CC603"]["level"] == "note"

    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "UTF-8" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "wire/broken.txt"


def test_sarif_artifact_uris() -> None:
    assert sarif.artifact_uri("seeds/000.txt") == "seeds/000.txt"
    assert sarif.artifact_uri("/srv/news/a b.md") == "file:///srv/news/a%20b.md"
    assert sarif.artifact_uri("drafts\\today.md") == "drafts/today.md"
    assert sarif.artifact_uri("C:\\news\\a.md") == "file:///C:/news/a.md"


def test_sarif_from_the_command_line_on_the_seeds(cli: Any, sarif_schema: Any) -> None:
    res = cli("check", str(SEEDS), "--format", "sarif")
    assert res.code in (0, 1, 2), res.err
    log = res.json()
    sarif_schema.validate(log)
    (run,) = log["runs"]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["partialFingerprints"]["claimcheck/v1"]
        for loc in (*result["locations"], *result.get("relatedLocations", ())):
            phys = loc["physicalLocation"]
            region = phys["region"]
            body = texts[Path(phys["artifactLocation"]["uri"]).name]
            start = region["charOffset"]
            assert body[start : start + region["charLength"]] == region["snippet"]["text"]


# -- GitHub ------------------------------------------------------------------------------

_COMMAND = re.compile(r"^::(?P<kind>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(value: str) -> str:
    return (
        value.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def _commands(output: str) -> list[dict[str, Any]]:
    out = []
    for line in output.splitlines()[:-1]:
        m = _COMMAND.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m["props"].split(","))
        out.append(
            {
                "kind": m["kind"],
                **{k: _unescape(v) for k, v in props.items()},
                "message": _unescape(m["message"]),
            }
        )
    return out


def test_github_commands_parse_and_escape() -> None:
    output = gh.render(synthetic_result(), FormatOptions())
    commands = _commands(output)
    assert [c["kind"] for c in commands] == ["error", "error", "notice", "warning"]
    broken, count, _spelling, toll = commands
    assert broken["file"] == "wire/broken.txt" and "UTF-8" in broken["message"]
    assert count["file"] == DRAFT_PATH  # the comma and colon survive the round trip
    start = DRAFT_TEXT.index("32")
    assert (count["line"], count["col"]) == ("1", str(start + 1))
    assert (count["endLine"], count["endColumn"]) == ("1", str(start + 3))
    assert count["title"] == "CC101 count-mismatch"
    lines = count["message"].splitlines()
    assert lines[0].endswith("26 (100% sure) in another report")
    assert any(ln.startswith("other: wire/ap.txt:1:") and "Wire says 26" in ln for ln in lines)
    assert "%25" in output and "%0A" in output
    assert toll["kind"] == "warning"
    assert output.splitlines()[-1] == "claimcheck: 2 errors, 1 warning, 1 notice in 2 documents."


def test_github_summary_says_what_github_will_hide() -> None:
    output = gh.render(synthetic_result(extra_warnings=11), FormatOptions())
    summary = output.splitlines()[-1]
    assert summary.startswith("claimcheck: 2 errors, 12 warnings, 1 notice")
    assert "2 more warnings appear only in this log" in summary
    assert len(_commands(output)) == 15


def test_github_escaping_rules() -> None:
    assert gh.escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b"
    assert gh.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_from_the_command_line(cli: Any) -> None:
    res = cli("check", str(SEEDS), "--format", "github")
    lines = res.out.splitlines()
    assert lines[-1].startswith("claimcheck: ")
    for c in _commands(res.out):
        assert c["file"].startswith(str(SEEDS))
        assert int(c["line"]) >= 1


# -- text, and the list of formats --------------------------------------------------------


def test_text_format_keeps_its_shape() -> None:
    output = text.render(synthetic_result(), FormatOptions())
    start = DRAFT_TEXT.index("32")
    lines = output.splitlines()
    assert lines[0] == (
        f"{DRAFT_PATH}:1:{start + 1}: CC101 error count-mismatch: "
        "The people killed in the bombing is 32 here but 26 (100% sure) in another report"
    )
    assert lines[1] == f"  this   {DRAFT_PATH}:1:{start + 1}  \u201c32\u201d  = 32"
    assert lines[2].startswith("  other  wire/ap.txt:1:") and lines[2].endswith(
        "\u201c26\u201d  = 26"
    )
    assert lines[-1].startswith("1 error, 1 warning, 1 info in 2 documents")


def test_every_format_is_offered(cli: Any) -> None:
    res = cli("check", str(SEEDS), "--format", "nope")
    assert res.code == 2
    for name in ("text", "json", "sarif", "github", "html"):
        assert name in res.err
