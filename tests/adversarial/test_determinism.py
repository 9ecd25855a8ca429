"""The same input gives byte-identical output whatever the hash seed or the order of paths."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import write

QUOTE = [
    "targeting innocent civilians and foreign nationals to undermine Pakistan's economic progress",
    "targeting innocent civilians and foreign nationals to scuttle Pakistan's economic progress",
    "targeting innocent civilians and foreign workers to undermine Pakistan's economic progress",
]


def _cluster(folder: Path, n: int) -> list[str]:
    """``n`` reports of one bombing, with tolls, amounts and quotes that vary."""
    rng = random.Random(20241120)
    write(folder, "claimcheck-manifest.toml", "[defaults]\npublished = 2024-11-20\n")
    paths = []
    for i in range(n):
        text = (
            f"A suicide bombing at the train station in Quetta on November 9 killed "
            f"{rng.choice([24, 26, 26, 32])} people, police said.\n\n"
            f"The Foreign Office accused the group of \u201c{rng.choice(QUOTE)}\u201d.\n\n"
            f"The government pledged ${rng.choice([62, 65])}-billion for the province.\n"
        )
        paths.append(str(write(folder, f"r{i:03}.txt", text)))
    return paths


def _check(paths: list[str], fmt: str, seed: str, cwd: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", *paths, "--format", fmt, "--no-progress"],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=600,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_output_is_byte_identical_across_hash_seeds(tmp_path: Path, fmt: str) -> None:
    paths = _cluster(tmp_path, 120)
    first = _check(paths, fmt, "0", tmp_path)
    assert b"CC501" in first and b"CC101" in first
    assert _check(paths, fmt, "12345", tmp_path) == first
    assert _check(paths, fmt, "987", tmp_path) == first


@pytest.mark.xfail(
    reason="which statement of a conflict group leads, and so the fingerprint, still follows "
    "the order documents were read in (rulekit.conflicts.group_conflicts)",
    strict=False,
)
def test_output_is_byte_identical_across_path_orders(tmp_path: Path) -> None:
    paths = _cluster(tmp_path, 120)
    first = _check(paths, "json", "0", tmp_path)
    assert _check(list(reversed(paths)), "json", "0", tmp_path) == first
