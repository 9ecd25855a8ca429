"""`claimcheck extract --claims`: each statement's frame, and what it was aligned with and why."""

from __future__ import annotations

from pathlib import Path

from .conftest import write

WIRE = (
    "Warehouse fire kills 14 workers in Dayton\n\n"
    "Fourteen workers were killed in a fire at a warehouse in Dayton on Thursday, "
    "officials said.\n"
)
DRAFT = (
    "---\ntitle: Warehouse fire kills 41 workers\npublished: 2025-01-03\n---\n\n"
    "At least 41 workers were killed in a fire at a warehouse in Dayton on Thursday.\n"
)


def _files(tmp: Path) -> tuple[Path, Path]:
    write(tmp, "claimcheck-manifest.toml", "[defaults]\npublished = 2025-01-03\n")
    return write(tmp, "wire.txt", WIRE), write(tmp, "draft.md", DRAFT)


def test_json_lists_each_claim_with_its_frame_and_alignments(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wire, draft = _files(tmp_path)
    res = cli("extract", "--claims", "--format", "json", str(wire), str(draft))
    assert res.code == 0, res.err
    claims = res.json()["claims"]
    for c in claims:  # exact offsets into each file, front matter included
        source = Path(c["path"]).read_text(encoding="utf-8")
        assert source[c["start"] : c["end"]] == c["text"]
    headline = next(c for c in claims if c["path"] == str(draft) and c["text"] == "41")
    assert headline["headline"] and headline["attribute"] == "killed"
    assert headline["event"]["main"] and headline["event"]["type"] == "fire"
    body = next(c for c in claims if c["text"] == "Fourteen")
    assert body["event_link"] == "own"
    assert any(a["path"] == str(draft) and a["evidence"] for a in body["aligned"]), (
        "the wire's 14 is aligned with the draft's 41, with the evidence for it"
    )


def test_text_says_why_statements_were_compared(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wire, draft = _files(tmp_path)
    res = cli("extract", "--claims", str(wire), str(draft))
    assert res.code == 0, res.err
    assert "event   the fire" in res.out
    assert "aligned" in res.out and "both count killed" in res.out
