"""A newsroom's own style-book aliases, named in the configuration, link names the packaged
alias data does not know."""

from __future__ import annotations

from pathlib import Path

from .conftest import write

SOURCE = "The Mohajir Qaumi Movement (MQM) called a strike in Karachi on Tuesday.\n"
DRAFT = "The Muttahida Qaumi Movement called a strike in Karachi on Tuesday.\n"
STYLE = """
[[entity]]
id = "org:muttahida-qaumi-movement"
type = "organization"
canonical = "Muttahida Qaumi Movement"
aliases = ["Mohajir Qaumi Movement"]
acronyms = ["MQM"]
"""


def _ids(res, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {
        m["value"]["id"]
        for m in res.json()["mentions"]
        if m["kind"] == "entity" and "Qaumi" in m["text"]
    }


def test_without_the_style_book_the_names_are_two_entities(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "a.txt", SOURCE)
    write(tmp_path, "b.txt", DRAFT)
    res = cli("extract", str(tmp_path), "--format", "json", cwd=tmp_path)
    assert len(_ids(res, "Qaumi")) == 2


def test_style_book_aliases_from_configuration(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "a.txt", SOURCE)
    write(tmp_path, "b.txt", DRAFT)
    write(tmp_path, "style/aliases.toml", STYLE)
    write(tmp_path, "claimcheck.toml", 'aliases = ["style/aliases.toml"]\n')
    res = cli(
        "extract",
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert _ids(res, "Qaumi") == {"org:muttahida-qaumi-movement"}
    canon = {m["value"]["canonical"] for m in res.json()["mentions"] if "Qaumi" in m["text"]}
    assert canon == {"Muttahida Qaumi Movement"}
