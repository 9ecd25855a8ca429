"""Cold start in a fresh virtual environment, relative to a bare ``python -c pass``.

    python benchmarks/bench_cold.py                  # new temporary venv, 15 rounds
    python benchmarks/bench_cold.py --venv /tmp/ccv  # create it there once, reuse it later
    python benchmarks/bench_cold.py --runs 31

A temporary virtual environment is created and the repository is ``pip install``-ed into it,
not in editable mode (from a clean copy of the working tree, so a stale ``build/`` folder
cannot leak removed modules into the wheel). ``--venv PATH`` reuses an environment that
already has claimcheck (it is created and filled when PATH does not exist yet).

Then, in rounds, each of these runs once, in a rotating order (paired runs: machine load
affects every command of a round alike):

    python -c pass
    claimcheck --version
    claimcheck rules
    claimcheck check seeds/ --format json
    claimcheck check seeds/ --format json --no-cache   (when check has --no-cache)

The runs share a cache directory of their own (``CLAIMCHECK_CACHE_DIR``), filled by a first
run of each command: a warm cache is the state of an installed claimcheck after its first
check. ``--no-cache`` measures a check that compiles its patterns again (as the first check
after installing does); the derived CLDR tables are still read from the cache.

Printed: the median of each, its ratio to ``python -c pass`` (ratio of the medians, and the
median of the per-round ratios), the same for CPU time (user + system: steadier when other
jobs share the machine), and peak RSS. Targets: ``check seeds/`` <= 12x and
``--version`` <= 3x. Timings are reported, never asserted: they belong to this machine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, SEEDS, clean_env, help_lists, median, run, table

TARGETS = {"--version": 3.0, "check seeds/": 12.0}
_IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    ".tox",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
)


def make_venv(path: Path, verbose: bool = True) -> float:
    """Create a venv at ``path`` and install the working tree into it; the seconds it took."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    with tempfile.TemporaryDirectory(prefix="cc-src-") as tmp:
        src = Path(tmp) / "claimcheck"
        shutil.copytree(ROOT, src, ignore=_IGNORE)
        if verbose:
            print(f"installing {ROOT} (a clean copy) into {path} ...", flush=True)
        subprocess.run(
            [str(path / "bin" / "python"), "-m", "pip", "install", "-q", str(src)],
            check=True,
            env={**clean_env(), "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
        )
    return time.perf_counter() - t0


def commands(venv: Path) -> dict[str, list[str]]:
    py = str(venv / "bin" / "python")
    cc = str(venv / "bin" / "claimcheck")
    check = [cc, "check", str(SEEDS), "--format", "json"]
    out = {
        "python -c pass": [py, "-c", "pass"],
        "--version": [cc, "--version"],
        "rules": [cc, "rules"],
        "check seeds/": check,
    }
    if help_lists([cc], "check", "--no-cache"):
        out["check seeds/ --no-cache"] = [*check, "--no-cache"]
    return out


def bench(venv: Path, runs: int) -> dict[str, dict[str, float]]:
    cmds = commands(venv)
    names = list(cmds)
    with tempfile.TemporaryDirectory(prefix="cc-cache-") as cache:
        env = {**clean_env(), "CLAIMCHECK_CACHE_DIR": cache}
        return _rounds(cmds, names, runs, env)


def _rounds(
    cmds: dict[str, list[str]], names: list[str], runs: int, env: dict[str, str]
) -> dict[str, dict[str, float]]:
    for name in names:  # warm the file cache and the cache directory, byte-compile once
        run(cmds[name], cwd=ROOT, env=env)
    times: dict[str, list[float]] = {n: [] for n in names}
    cpu: dict[str, list[float]] = {n: [] for n in names}
    rss: dict[str, float] = dict.fromkeys(names, 0.0)
    codes: dict[str, set[int | None]] = {n: set() for n in names}
    for i in range(runs):
        order = names[i % len(names) :] + names[: i % len(names)]
        for name in order:
            r = run(cmds[name], cwd=ROOT, timeout=120, env=env)
            times[name].append(r.seconds)
            cpu[name].append(r.cpu_seconds)
            rss[name] = max(rss[name], r.peak_rss_mib)
            codes[name].add(r.returncode)
    base = times["python -c pass"]
    out: dict[str, dict[str, float]] = {}
    for name in names:
        paired = [t / b for t, b in zip(times[name], base)]
        out[name] = {
            "median_ms": median(times[name]) * 1000,
            "ratio": median(times[name]) / median(base),
            "paired_ratio": median(paired),
            "cpu_median_ms": median(cpu[name]) * 1000,
            "cpu_ratio": median(cpu[name]) / median(cpu["python -c pass"]),
            "peak_rss_mib": rss[name],
            "exit_codes": sorted(c if c is not None else -1 for c in codes[name]),  # type: ignore[dict-item]
        }
    return out


def report(res: dict[str, dict[str, float]], runs: int) -> str:
    rows = []
    for name, r in res.items():
        target = TARGETS.get(name)
        rows.append(
            [
                name,
                f"{r['median_ms']:.0f}",
                f"{r['ratio']:.1f}x",
                f"{r['paired_ratio']:.1f}x",
                f"{r['cpu_median_ms']:.0f}",
                f"{r['cpu_ratio']:.1f}x",
                f"<= {target:g}x" if target else "",
                f"{r['peak_rss_mib']:.0f}",
            ]
        )
    head = ["command", "median ms", "ratio", "paired ratio", "CPU ms", "CPU ratio", "target"]
    head.append("peak MiB")
    return f"{runs} rounds, fresh venv\n" + table(head, rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=15, help="rounds (default 15)")
    ap.add_argument("--venv", type=Path, help="reuse (or create once) this environment")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cc-venv-") as tmp:
        venv = args.venv or Path(tmp) / "venv"
        if not (venv / "bin" / "claimcheck").exists():
            secs = make_venv(venv)
            print(f"venv ready in {secs:.0f} s")
        else:
            print(f"reusing {venv}")
        res = bench(venv, args.runs)
    print(report(res, args.runs))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
