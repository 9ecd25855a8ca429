"""The same input gives byte-identical output whatever the hash seed or the order of paths."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

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


FORMATS = ("json", "text", "sarif", "gitlab", "junit", "rdjson", "concise", "html")


def _reports(paths: list[str], seed: str, cwd: Path, tag: str) -> dict[str, bytes]:
    """Every format's report of one run (``--format``/``--output`` pairs), by format."""
    out = cwd / f"out-{tag}"
    out.mkdir()
    pairs = [a for fmt in FORMATS for a in ("--format", fmt, "--output", str(out / fmt))]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", *paths, *pairs, "--no-progress"],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=600,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return {fmt: (out / fmt).read_bytes() for fmt in FORMATS}


def test_every_format_is_byte_identical_across_hash_seeds_and_path_orders(tmp_path: Path) -> None:
    paths = _cluster(tmp_path, 120)
    first = _reports(paths, "0", tmp_path, "first")
    assert b"CC501" in first["json"] and b"CC101" in first["json"]
    shuffled = list(paths)
    random.Random(7).shuffle(shuffled)
    for tag, seed, order in (
        ("seed", "12345", paths),
        ("reversed", "987", list(reversed(paths))),
        ("shuffled", "31", shuffled),
    ):
        again = _reports(order, seed, tmp_path, tag)
        for fmt in FORMATS:
            assert again[fmt] == first[fmt], f"{fmt} differs with {tag} (PYTHONHASHSEED={seed})"
