"""The progress bar: carriage-return updates on a terminal for long runs, nothing when piped."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.reporting.progress import Progress

from .conftest import CliResult, write


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _term(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")


def test_piped_stream_gets_nothing() -> None:
    out = io.StringIO()
    bar = Progress(out)
    for i in range(200):
        bar(i + 1, 200)
    bar.close()
    assert out.getvalue() == ""


def test_terminal_gets_carriage_return_updates() -> None:
    out = FakeTTY()
    clock = Clock()
    bar = Progress(out, clock=clock)
    for i in range(50):
        clock.now += 0.2
        bar(i + 1, 50, f"doc{i}.md")
    text = out.getvalue()
    assert text.count("\r") >= 10 and "\n" not in text
    assert "checking" in text and "50/50" in text and "100%" in text and "doc49.md" in text
    last = text.rsplit("\r", 1)[-1]
    assert "[" + "#" * (len(last.split("[")[1].split("]")[0])) + "]" in last  # a full bar
    bar.close()
    final = out.getvalue()[len(text) :]
    assert final.startswith("\r") and final.endswith("\r") and final.strip() == ""


def test_updates_are_throttled_but_the_last_is_drawn() -> None:
    out = FakeTTY()
    clock = Clock()
    bar = Progress(out, clock=clock)
    for i in range(1000):
        bar(i + 1, 1000)  # the clock does not move: one draw, then only the final one
    text = out.getvalue()
    assert text.count("\r") == 2 and text.rstrip().endswith("100%")


def test_short_runs_stay_quiet_until_the_delay() -> None:
    out = FakeTTY()
    clock = Clock()
    bar = Progress(out, clock=clock)
    bar(1, 5)
    bar(2, 5)
    assert out.getvalue() == ""
    clock.now += 1.5
    bar(3, 5)
    assert out.getvalue().startswith("\r") and "3/5" in out.getvalue()


def test_dumb_terminal_and_explicit_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "dumb")
    out = FakeTTY()
    bar = Progress(out)
    bar(50, 50)
    assert out.getvalue() == ""
    monkeypatch.setenv("TERM", "xterm")
    bar = Progress(out, enabled=False)
    bar(50, 50)
    assert out.getvalue() == ""


def test_close_without_drawing_writes_nothing() -> None:
    out = FakeTTY()
    with Progress(out) as bar:
        bar(1, 3)
    assert out.getvalue() == ""


def _corpus(tmp_path: Path, n: int = 25) -> None:
    for i in range(n):
        write(tmp_path, f"c/{i:02}.txt", f"Story {i}: the storm killed {i + 3} people on Monday.\n")


def test_cli_piped_stderr_has_no_progress(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    _corpus(tmp_path)
    for command in ("check", "extract"):
        res = cli(command, "c", "--published", "2024-11-20", cwd=tmp_path)
        assert "\r" not in res.err and "checking" not in res.err and "reading" not in res.err


def test_cli_draws_on_a_terminal(
    cli: Callable[..., CliResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus(tmp_path)
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    cli("check", "c", "--published", "2024-11-20", "--format", "json", cwd=tmp_path)
    drawn = tty.getvalue()
    assert "\rchecking" in drawn and "25/25" in drawn
    tty.seek(0)
    tty.truncate()
    cli("check", "c", "--published", "2024-11-20", "--no-progress", cwd=tmp_path)
    assert "\r" not in tty.getvalue()


def test_subprocess_with_piped_stderr(tmp_path: Path) -> None:
    _corpus(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", "c", "--published", "2024-11-20"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert "\r" not in proc.stderr
