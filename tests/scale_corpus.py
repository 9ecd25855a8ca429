"""Corpora for the scale tests: the seed articles under new names, some with their figures
changed (so sources disagree), and ECB+ articles when ../shared/corpora has them."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ECB = ROOT.parent / "shared" / "corpora" / "ecbplus" / "ecbplus_docs.jsonl.gz"

# a count or amount that is not a year, a time of day or part of a longer number
_FIGURE = re.compile(r"(?<![\d,.:])(\d{1,3})(?![\d,.:])")


def shift_figures(text: str, by: int) -> str:
    """The text with every small figure (not a year) raised by ``by``."""
    return _FIGURE.sub(lambda m: str(int(m.group(1)) + by), text)


def seed_variants(folder: Path, copies: int) -> list[Path]:
    """``copies`` renamed copies of every seed in ``folder``; odd copies have their figures
    changed. Returns the files written, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            if k % 2:
                text = shift_figures(text, k)
            path = folder / f"v{k:02d}_{seed.name}"
            path.write_text(text, encoding="utf-8")
            out.append(path)
    return sorted(out)


def ecb_articles(folder: Path, every: int = 1) -> list[Path]:
    """Every ``every``-th ECB+ article as a text file in ``folder`` (none without the corpus)."""
    if not ECB.exists():
        return []
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    with gzip.open(ECB, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % every:
                continue
            d = json.loads(line)
            text = " ".join(s.strip() for s in d["sentences"] if s.strip()) + "\n"
            path = folder / (str(d["doc"]).removesuffix(".xml") + ".txt")
            path.write_text(text, encoding="utf-8")
            out.append(path)
    return sorted(out)
