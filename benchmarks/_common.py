"""Helpers shared by the benchmark scripts.

The benchmarks drive claimcheck only through its command line (in subprocesses) and its public
API, so they keep working while the package's modules move around.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def ecb_path() -> Path:
    """The ECB+ corpus: ``$CLAIMCHECK_EVAL_SHARED/corpora/ecbplus`` or ``../shared`` beside
    the repository (a git worktree lives one level deeper, so its parents are tried too)."""
    base = os.environ.get("CLAIMCHECK_EVAL_SHARED")
    candidates = [Path(base)] if base else []
    candidates += [p / "shared" for p in ROOT.parents]
    for c in candidates:
        f = c / "corpora" / "ecbplus" / "ecbplus_docs.jsonl.gz"
        if f.exists():
            return f
    return candidates[0] / "corpora" / "ecbplus" / "ecbplus_docs.jsonl.gz"


def claimcheck_cmd(python: str | Path | None = None) -> list[str]:
    """The ``claimcheck`` console script beside ``python`` (default: this interpreter)."""
    py = Path(python) if python else Path(sys.executable)
    exe = py.with_name("claimcheck")
    if exe.exists():
        return [str(exe)]
    if python is None and (found := shutil.which("claimcheck")):
        return [found]
    return [str(py), "-m", "claimcheck"]


def clean_env() -> dict[str, str]:
    """The environment without CLAIMCHECK_* settings, so runs are comparable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMCHECK_")}
    env.setdefault("PYTHONHASHSEED", "0")
    return env


@dataclass
class Run:
    """One finished (or killed) subprocess."""

    seconds: float
    returncode: int | None  # None when it was killed at the timeout
    peak_rss_mib: float  # the process's (and its reaped children's) peak resident set
    timed_out: bool = False
    cpu_seconds: float = 0.0  # user + system time of the process and its reaped children

    @property
    def ok(self) -> bool:
        return not self.timed_out and self.returncode in (0, 1)


def run(
    cmd: Sequence[str],
    *,
    timeout: float | None = None,
    cwd: Path | None = None,
    stdout: Path | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    """Run ``cmd`` and measure its wall time and peak RSS exactly (``os.wait4``).

    Output goes to ``stdout`` (a file) or nowhere; stderr is discarded. At ``timeout`` the
    process group is killed and the run is marked as timed out.
    """
    out = stdout.open("wb") if stdout else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd),
            cwd=cwd,
            stdout=out,
            stderr=subprocess.DEVNULL,
            env=env if env is not None else clean_env(),
            start_new_session=True,
        )
        killed = threading.Event()

        def _kill() -> None:
            killed.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, 9)

        timer = threading.Timer(timeout, _kill) if timeout else None
        if timer:
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            if timer:
                timer.cancel()
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    timed_out = killed.is_set()
    return Run(
        seconds=seconds,
        returncode=None if timed_out else proc.returncode,
        peak_rss_mib=usage.ru_maxrss / 1024,
        timed_out=timed_out,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
    )


def slope(s1: float, t1: float, s2: float, t2: float) -> float:
    """The log-log slope between (size, time) points: 1.0 is linear, 2.0 quadratic."""
    if t1 <= 0 or t2 <= 0:
        return math.nan
    return math.log(t2 / t1) / math.log(s2 / s1)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], left: bool = False) -> str:
    """A plain fixed-width table (columns after the first right-aligned unless ``left``)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, r in enumerate(cells):
        lines.append(
            "  ".join(
                c.rjust(w) if i and not left else c.ljust(w)
                for i, (c, w) in enumerate(zip(r, widths))
            )
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def parse_size(text: str) -> int:
    """``10k``, ``1M``, ``1000`` -> bytes (decimal units: 1k = 1,000)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?\s*", text)
    if not m:
        raise ValueError(f"not a size: {text!r}")
    scale = {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2).lower()]
    return int(float(m.group(1)) * scale)


def human_size(n: int) -> str:
    if n >= 1_000_000 and n % 100_000 == 0:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000 and n % 100 == 0:
        return f"{n / 1_000:g} KB"
    return f"{n} B"


# --------------------------------------------------------------------------------------------
# news text: ECB+ articles rebuilt, or the seeds when the corpus is not there

_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_SENT_END = re.compile(r"[.!?…][\"”’')\]]*$")


def _assemble_fallback(sentences: Sequence[str]) -> str:
    parts: list[str] = []
    for i, raw in enumerate(sentences):
        s = raw.strip()
        if not s or (i == 0 and _URL_LINE.match(s)):
            continue
        parts.append(s)
        parts.append(" " if _SENT_END.search(s) else "\n")
    return "".join(parts).rstrip()


def _assembler():
    """eval/perturb.py's ``assemble`` (undoes the corpus tokenization) when importable."""
    try:
        sys.path.insert(0, str(ROOT))
        from eval.perturb import assemble

        return assemble
    except Exception:
        return _assemble_fallback
    finally:
        if sys.path and sys.path[0] == str(ROOT):
            sys.path.pop(0)


@dataclass(frozen=True)
class Article:
    name: str  # a file name: "<doc>.txt"
    cluster: str
    text: str


def articles() -> list[Article]:
    """Every ECB+ article as plain text (about 1,000 with 43 topics), else the five seeds."""
    f = ecb_path()
    if not f.exists():
        return [
            Article(p.name, "seeds", p.read_text(encoding="utf-8"))
            for p in sorted(SEEDS.glob("*.txt"))
        ]
    assemble = _assembler()
    out = []
    with gzip.open(f, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            text = assemble(d["sentences"]) + "\n"
            name = str(d["doc"]).removesuffix(".xml") + ".txt"
            out.append(Article(name, str(d.get("cluster") or d.get("topic")), text))
    return out


def news_text(target_bytes: int) -> list[Article]:
    """Whole articles, in corpus order, until ``target_bytes`` of UTF-8 text (repeating the
    corpus under new names if it is smaller)."""
    pool = articles()
    out: list[Article] = []
    size = 0
    i = 0
    while size < target_bytes:
        a = pool[i % len(pool)]
        rnd = i // len(pool)
        name = a.name if rnd == 0 else f"r{rnd}_{a.name}"
        out.append(Article(name, a.cluster, a.text))
        size += len(a.text.encode("utf-8"))
        i += 1
    return out


def help_lists(cmd: Sequence[str], subcommand: str, option: str) -> bool:
    """Whether ``claimcheck SUBCOMMAND --help`` lists ``option``."""
    r = subprocess.run(
        [*cmd, subcommand, "--help"], capture_output=True, text=True, env=clean_env(), check=False
    )
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", r.stdout) is not None
