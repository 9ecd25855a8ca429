"""Bad input: one clear line on stderr naming the file, exit 2, the rest still checked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import write

GOOD = "Officials said the bombing in Quetta on November 9 killed 26 people.\n"


def _assert_one_error(res, path: str, words: str) -> None:  # type: ignore[no-untyped-def]
    lines = [ln for ln in res.err.splitlines() if ln.strip()]
    assert "Traceback" not in res.err
    matching = [ln for ln in lines if path in ln]
    assert len(matching) == 1, res.err
    assert matching[0].startswith("claimcheck: error: ")
    assert words in matching[0]
    assert res.code == 2


def _checked(res) -> list[str]:  # type: ignore[no-untyped-def]
    return [d["path"] for d in res.json()["documents"]]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("latin1.txt", "Caf\xe9 owners said 26 people died.".encode("latin-1"), "not valid UTF-8"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("empty.txt", b"", "empty document"),
        ("blank.md", b"  \n\n", "empty document"),
        (
            "bad.md",
            b"---\npublished: [2024\ntitle: x\n---\nBody 26 people.\n",
            "malformed front matter",
        ),
        ("unclosed.md", b"---\npublished: 2024-11-20\nBody text.\n", "malformed front matter"),
        ("baddate.md", b"---\npublished: yesterday\n---\nBody 26 people.\n", "published"),
    ],
)
def test_bad_file_is_reported_and_others_checked(
    cli, tmp_path: Path, name: str, content: bytes, words: str
) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, "good.txt", GOOD)
    bad = write(tmp_path, name, content)
    before = bad.read_bytes()
    res = cli("check", str(good), str(bad), "--format", "json")
    _assert_one_error(res, str(bad), words)
    assert str(good) in _checked(res)
    assert res.json()["errors"][0]["path"] == str(bad)
    assert bad.read_bytes() == before  # inputs are never modified


def test_missing_path(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, "good.txt", GOOD)
    res = cli("check", str(good), str(tmp_path / "nope.txt"), "--format", "json")
    _assert_one_error(res, "nope.txt", "no such file")
    assert str(good) in _checked(res)


def test_folder_without_documents(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty"
    empty.mkdir()
    write(empty, "notes.csv", "a,b\n")
    good = write(tmp_path, "good.txt", GOOD)
    res = cli("check", str(empty), str(good), "--format", "json")
    _assert_one_error(res, str(empty), "no documents")
    assert str(good) in _checked(res)


def test_unknown_format_is_a_usage_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, "good.txt", GOOD)
    res = cli("check", str(good), "--format", "yaml")
    assert res.code == 2
    assert res.out == ""
    lines = res.err.strip().splitlines()
    assert len(lines) == 1
    assert "unknown --format 'yaml'" in lines[0] and "json" in lines[0]


def test_unreadable_file(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, "good.txt", GOOD)
    locked = write(tmp_path, "locked.txt", GOOD)
    real = os.open

    def guarded(path: str, flags: int, *args: int) -> int:
        # tests run as root, where chmod 000 does not stop a read
        if os.fspath(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, flags, *args)

    monkeypatch.setattr(os, "open", guarded)
    res = cli("check", str(good), str(locked), "--format", "json")
    _assert_one_error(res, str(locked), "permission denied")
    assert str(good) in _checked(res)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_by_mode(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    locked = write(tmp_path, "locked.txt", GOOD)
    locked.chmod(0)
    try:
        res = cli("check", str(locked))
        _assert_one_error(res, str(locked), "permission denied")
    finally:
        locked.chmod(0o644)


def test_unsupported_file_type(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, "good.txt", GOOD)
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4")
    res = cli("check", str(good), str(pdf), "--format", "json")
    _assert_one_error(res, str(pdf), "unsupported file type")


def test_bad_published_option(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, "good.txt", GOOD)
    res = cli("check", str(good), "--published", "20/11/2024")
    assert res.code == 2
    assert res.err.count("\n") == 1 and "--published" in res.err


def test_no_traceback_from_the_console_script(tmp_path: Path) -> None:
    import subprocess
    import sys

    bad = write(tmp_path, "bad.txt", b"\xff\xfe\x00\x00")
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert str(bad) in proc.stderr


def test_broken_manifest_is_reported_in_every_run(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", GOOD)
    write(tmp_path, "claimcheck-manifest.toml", "[documents\n")
    for _ in range(2):  # a server or a notebook runs many checks in one process
        res = cli("check", str(tmp_path), "--format", "json")
        manifest_errors = [
            e for e in res.json()["errors"] if e["path"].endswith("claimcheck-manifest.toml")
        ]
        assert len(manifest_errors) == 1 and "not valid TOML" in manifest_errors[0]["message"]
        assert res.code == 2
        assert len(res.json()["documents"]) == 2
