"""Small defects of the command line: codes, dates, binary configuration, hostile names."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import write

WIRE = "A suicide bombing at the train station in Quetta on November 9 killed 26 people, police said.\n"
DRAFT = "A suicide bombing at the train station in Quetta on November 9 killed 32 people, police said.\n"


@pytest.mark.parametrize(
    ("option", "code"), [("--select", "CC999"), ("--ignore", "XY1"), ("--select", "not a code!")]
)
def test_unknown_codes_are_a_usage_error(cli, tmp_path: Path, option: str, code: str) -> None:  # type: ignore[no-untyped-def]
    a = write(tmp_path, "a.txt", WIRE)
    res = cli("check", str(a), option, code)
    assert res.code == 2 and res.err.count("\n") == 1 and code.upper() in res.err.upper()


def test_unknown_code_in_the_configuration_names_the_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cfg = write(tmp_path, "claimcheck.toml", 'select = ["CC999"]\n')
    res = cli("check", str(write(tmp_path, "a.txt", WIRE)), cwd=tmp_path)
    assert res.code == 2 and str(cfg.name) in res.err and "CC999" in res.err


def test_an_impossible_front_matter_date_names_the_cause(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = write(tmp_path, "d.md", "---\npublished: 2024-13-45\n---\n" + DRAFT)
    res = cli("check", str(d))
    assert res.code == 2
    assert "published: '2024-13-45' is not a real date" in res.err and "no reader" not in res.err


def test_a_binary_configuration_is_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cfg = write(tmp_path, "bad.toml", bytes(range(256)))
    res = cli("check", str(write(tmp_path, "a.txt", WIRE)), "--config", str(cfg))
    assert res.code == 2 and res.err.count("\n") == 1
    assert "internal error" not in res.err and str(cfg) in res.err


@pytest.mark.parametrize("name", ["a\nclaimcheck: error: forged.txt", "a\x1b[2Jb", "a\u202eb"])
def test_hostile_file_names_are_escaped(cli, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "claimcheck-manifest.toml", "[defaults]\npublished = 2024-11-20\n")
    hostile = write(tmp_path, name + ".txt", DRAFT)
    wire = write(tmp_path, "wire.txt", WIRE)
    for fmt in ("text", "concise"):
        res = cli("check", str(hostile), str(wire), "--format", fmt)
        assert res.code == 1
        assert "\x1b" not in res.out and "\u202e" not in res.out
        assert not any(
            line.startswith("claimcheck: error: forged") for line in res.out.splitlines()
        )
    broken = write(tmp_path, name + "-broken.txt", b"\xff")
    err = cli("check", str(broken), str(wire)).err
    assert err.count("\n") == 1 and "\x1b" not in err
