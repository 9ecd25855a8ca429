"""Command-line conventions as a user of ruff or Vale expects them, in real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import write

WIRE = "A suicide bombing at the train station in Quetta on November 9 killed 26 people, police said.\n"
DRAFT = "A suicide bombing at the train station in Quetta on November 9 killed 32 people, police said.\n"
FRONT = "---\npublished: 2024-11-20\nsources: [wire.txt]\n---\n"


def _run(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("NO_COLOR", "FORCE_COLOR", "CLAIMCHECK_CONFIG")
    }
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


@pytest.fixture
def story(tmp_path: Path) -> Path:
    write(tmp_path, "claimcheck-manifest.toml", "[defaults]\npublished = 2024-11-20\n")
    write(tmp_path, "wire.txt", WIRE)
    return tmp_path


def test_a_draft_on_stdin_takes_its_name_format_and_sources(story: Path) -> None:
    res = _run(
        "check",
        "-",
        "--stdin-filename",
        "draft.md",
        "--format",
        "json",
        cwd=story,
        stdin=FRONT + DRAFT,
    )
    data = json.loads(res.stdout)
    assert res.returncode == 1, res.stderr
    assert {d["path"] for d in data["documents"]} == {"draft.md", "wire.txt"}
    f = next(f for f in data["findings"] if f["code"] == "CC101")
    assert f["location"]["path"] == "draft.md" and f["location"]["text"] == "32"
    assert (FRONT + DRAFT)[f["location"]["start"] : f["location"]["end"]] == "32"


def test_stdin_without_a_name_is_plain_text(story: Path) -> None:
    res = _run("check", "-", "wire.txt", "--format", "json", cwd=story, stdin=DRAFT)
    assert any(d["path"] == "-" for d in json.loads(res.stdout)["documents"])


def test_stdin_filename_with_an_unknown_suffix_is_a_usage_error(story: Path) -> None:
    res = _run("check", "-", "--stdin-filename", "x.pdf", cwd=story, stdin=DRAFT)
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "x.pdf" in res.stderr


def test_quiet_prints_findings_only(story: Path) -> None:
    write(story, "draft.md", FRONT + DRAFT)
    loud = _run("check", "draft.md", cwd=story)
    quiet = _run("check", "draft.md", "-q", cwd=story)
    assert "in 2 documents" in loud.stdout and "in 2 documents" not in quiet.stdout
    assert "CC101" in quiet.stdout and quiet.returncode == loud.returncode == 1


def test_statistics_counts_per_rule(story: Path) -> None:
    write(story, "draft.md", FRONT + DRAFT)
    res = _run("check", "draft.md", "--statistics", cwd=story)
    assert res.stdout.splitlines()[0].split()[:2] == ["1", "CC101"]
    data = json.loads(
        _run("check", "draft.md", "--statistics", "--format", "json", cwd=story).stdout
    )
    assert data[0]["code"] == "CC101" and data[0]["count"] == 1


@pytest.mark.parametrize(
    ("args", "env", "colored"),
    [
        ((), {}, False),  # not a terminal
        (("--color", "always"), {}, True),
        ((), {"FORCE_COLOR": "1"}, True),
        ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        (("--color", "always"), {"NO_COLOR": "1"}, True),  # asked for explicitly
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
    ],
)
def test_color(story: Path, args: tuple[str, ...], env: dict[str, str], colored: bool) -> None:
    write(story, "draft.md", FRONT + DRAFT)
    res = _run("check", "draft.md", *args, cwd=story, env=env)
    assert ("\x1b[" in res.stdout) is colored


def test_fail_on_a_code(story: Path) -> None:
    write(
        story,
        "draft.md",
        "---\nsources: [wire.txt]\n---\n" + DRAFT.replace("November 9", "Tuesday"),
    )
    write(story, "undated.txt", WIRE)
    (story / "claimcheck-manifest.toml").write_text(
        '[documents."wire.txt"]\npublished = 2024-11-20\n'
    )
    base = _run(
        "check", "draft.md", "undated.txt", "--format", "json", "--fail-on", "never", cwd=story
    )
    assert any(f["code"] == "CC910" for f in json.loads(base.stdout)["findings"])
    assert _run("check", "draft.md", "--fail-on", "never,CC910", "-q", cwd=story).returncode == 1
    bad = _run("check", "draft.md", "--fail-on", "sometimes", cwd=story)
    assert bad.returncode == 2 and "sometimes" in bad.stderr


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_shell_completion(story: Path, shell: str) -> None:
    res = _run("completion", shell, cwd=story)
    assert res.returncode == 0
    assert "--stdin-filename" in res.stdout and "claimcheck" in res.stdout
