"""Unsafe paths and writes, tried as an attacker and a careless user would."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from claimcheck.reading import files
from claimcheck.reporting.output import OutputError, write_atomic

from ..conftest import write

WIRE = "A suicide bombing at the train station in Quetta on November 9 killed 26 people, police said.\n"
DRAFT = "A suicide bombing at the train station in Quetta on November 9 killed 32 people, police said.\n"


def _one_error(err: str, *words: str) -> None:
    lines = [ln for ln in err.splitlines() if ln.startswith("claimcheck: error:")]
    assert any(all(w in ln for w in words) for ln in lines), err
    assert "Traceback" not in err


@pytest.mark.parametrize("source", ["/etc/passwd", "../outside.txt", "/**/*", "../**/*.txt"])
def test_front_matter_sources_stay_in_the_drafts_tree(cli, tmp_path: Path, source: str) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "outside.txt", WIRE)
    draft = write(
        tmp_path,
        "desk/draft.md",
        f"---\npublished: 2024-11-20\nsources: ['{source}']\n---\n{DRAFT}",
    )
    res = cli("check", str(draft), "--format", "json")
    assert res.code == 2
    _one_error(res.err, str(draft), "outside the draft's folder")
    assert [d["path"] for d in res.json()["documents"]] == [str(draft)]


def test_a_link_out_of_the_tree_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "secret.txt", WIRE)
    os.symlink(tmp_path / "secret.txt", tmp_path / "desk" / "wire.txt") if (
        tmp_path / "desk"
    ).mkdir() is None else None
    draft = write(tmp_path, "desk/draft.md", f"---\nsources: [wire.txt]\n---\n{DRAFT}")
    res = cli("check", str(draft), "--format", "json")
    assert res.code == 2 and "outside the draft's folder" in res.err


def test_a_fifo_is_refused_not_waited_on(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, "good.txt", WIRE)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    res = cli("check", str(good), str(fifo), "--format", "json")
    _one_error(res.err, str(fifo), "named pipe")
    assert res.code == 2 and str(good) in {d["path"] for d in res.json()["documents"]}


def test_a_link_to_a_device_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, "good.txt", WIRE)
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    res = cli("check", str(tmp_path), "--format", "json")
    _one_error(res.err, "zero.txt", "character device")
    assert str(good) in {d["path"] for d in res.json()["documents"]}


def test_a_file_over_the_size_limit_is_refused(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(files.read_regular, "__defaults__", (1000,))
    big = write(tmp_path, "big.txt", WIRE * 20)
    res = cli("check", str(big), "--format", "json")
    _one_error(res.err, str(big), "file too large")


def test_broken_links_in_a_folder_are_reported(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "good.txt", WIRE)
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink(tmp_path / "loop-a.txt", tmp_path / "loop-b.txt")
    res = cli("check", str(tmp_path), "--format", "json")
    _one_error(res.err, "dangling.txt", "does not exist")
    _one_error(res.err, "loop-a.txt", "loop")
    assert res.code == 2


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_no_write_over_an_input(cli, tmp_path: Path, option: str) -> None:  # type: ignore[no-untyped-def]
    a, b = write(tmp_path, "a.txt", WIRE), write(tmp_path, "b.txt", DRAFT)
    res = cli("check", str(a), str(b), option, str(a))
    assert res.code == 2 and "one of the inputs" in res.err
    assert a.read_text(encoding="utf-8") == WIRE


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_no_write_to_a_device(cli, tmp_path: Path, option: str) -> None:  # type: ignore[no-untyped-def]
    a = write(tmp_path, "a.txt", WIRE)
    res = cli("check", str(a), option, "/dev/null")
    assert res.code == 2 and "not a regular file" in res.err


def test_a_failed_write_keeps_the_old_report_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = write(tmp_path, "report.json", '{"old": true}\n')

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(target, '{"new": true}\n')
    assert json.loads(target.read_text()) == {"old": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_concurrent_writers_never_fail_or_leave_a_broken_file(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    errors: list[Exception] = []

    def writer(n: int) -> None:
        try:
            write_atomic(target, json.dumps({"writer": n, "pad": "x" * 5000}) + "\n")
        except Exception as exc:  # pragma: no cover - the failure being tested for
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(60)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert json.loads(target.read_text())["pad"] == "x" * 5000
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]
