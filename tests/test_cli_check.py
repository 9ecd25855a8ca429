"""`claimcheck check` options as a user meets them: drafts against sources, selection, exit
codes, output file."""

from __future__ import annotations

from pathlib import Path

from .conftest import write

WIRE_A = "A suicide bombing at the train station in Quetta on November 9 killed 26 people, police said.\n"
WIRE_B = "A suicide bombing at the train station in Quetta on November 9 killed 24 people, police said.\n"
DRAFT = "A suicide bombing at the train station in Quetta on November 9 killed 32 people, police said.\n"
MANIFEST = """[defaults]
published = 2024-11-20
"""


def _setup(tmp: Path) -> tuple[Path, Path, Path]:
    write(tmp, "wire/claimcheck-manifest.toml", MANIFEST)
    write(tmp, "drafts/claimcheck-manifest.toml", MANIFEST)
    a = write(tmp, "wire/a.txt", WIRE_A)
    b = write(tmp, "wire/b.txt", WIRE_B)
    d = write(tmp, "drafts/quetta.txt", DRAFT)
    return a, b, d


def test_against_reports_only_what_involves_the_draft(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _a, _b, d = _setup(tmp_path)
    res = cli("check", str(d), "--against", str(tmp_path / "wire"), "--format", "json")
    data = res.json()
    roles = {Path(x["path"]).name: x["role"] for x in data["documents"]}
    assert roles == {"quetta.txt": "draft", "a.txt": "source", "b.txt": "source"}
    findings = [f for f in data["findings"] if f["severity"] in ("warning", "error")]
    assert findings, "the draft's 32 against the wires' 26 and 24"
    for f in findings:
        assert f["location"]["path"] == str(d)  # the draft's statement leads
        assert f["location"]["text"] == "32"
    # the wires disagree with each other too (26 vs 24), but that involves no draft
    assert not any(
        f["location"]["path"] != str(d) and all(r["path"] != str(d) for r in f["related"])
        for f in data["findings"]
    )
    assert res.code == 1


def test_without_against_every_document_is_compared(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _d = _setup(tmp_path)
    res = cli("check", str(a), str(b), "--format", "json")
    texts = {f["location"]["text"] for f in res.json()["findings"]} | {
        r["text"] for f in res.json()["findings"] for r in f["related"]
    }
    assert {"26", "24"} <= texts


def test_select_ignore_and_fail_on(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _d = _setup(tmp_path)
    assert cli("check", str(a), str(b), "--ignore", "CC1").code == 0
    assert cli("check", str(a), str(b), "--select", "CC2").code == 0
    assert cli("check", str(a), str(b), "--select", "CC101").code == 1
    assert cli("check", str(a), str(b), "--fail-on", "never").code == 0
    shown = cli("check", str(a), str(b), "--min-severity", "error", "--format", "json").json()
    assert all(f["severity"] == "error" for f in shown["findings"])


def test_output_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _d = _setup(tmp_path)
    out = tmp_path / "report.json"
    res = cli("check", str(a), str(b), "--format", "json", "--output", str(out))
    assert res.out == ""
    assert '"findings"' in out.read_text(encoding="utf-8")
