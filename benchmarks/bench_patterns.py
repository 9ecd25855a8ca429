"""Pathological inputs: how the time of ``claimcheck check FILE --format json`` grows with size.

    python benchmarks/bench_patterns.py                 # 10 KB, 100 KB, 1 MB
    python benchmarks/bench_patterns.py --quick         # 10 KB and 100 KB only
    python benchmarks/bench_patterns.py --sizes 10k,1M --only money,md_brackets --timeout 30

For each pattern a document of each size is written and checked in a fresh process. Printed
per size: wall time, CPU time (user + system) and peak RSS, the best of three by CPU time when
a run takes under 1 s; per step: the growth exponent, the log-log slope between two sizes
(1.0 linear, 2.0 quadratic). The exponent is computed on CPU time, which other jobs on a
shared machine disturb far less than wall time, net of start-up (a check of the same pattern
at 500 bytes, which also pays for the lazily loaded resources the pattern needs), because
start-up would otherwise flatten every slope. When the net time of the smaller size is under
100 ms it is noise: the exponent is shown in brackets and not judged. A run that exceeds
``--timeout`` (wall time) is killed, reported as ">timeout", and its pattern grows no further;
its exponent, from the CPU time used until the kill, is a lower bound (">1.40"). A run that
exits with 2 or crashes is reported as "error".

Targets: every exponent <= 1.2, and 1 MB of any pattern checked in under 5 s (judged on CPU
time; on an idle machine wall time is about the same). Timings are
reported, never asserted: they belong to this machine.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _common import (
    ROOT,
    SEEDS,
    claimcheck_cmd,
    human_size,
    parse_size,
    run,
    slope,
    table,
)

EXPONENT_TARGET = 1.2
MB_TARGET_S = 5.0
NOISE_S = 0.1


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (
            (unit * (size // len(unit.encode("utf-8")) + 1))
            .encode("utf-8")[:size]
            .decode("utf-8", "ignore")
        )

    return build


def _prose() -> str:
    """Realistic news prose: the seed articles, one after another."""
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(SEEDS.glob("*.txt")))


def _unmatched_quote(size: int) -> str:
    body = _prose().replace('"', "").replace("“", "").replace("”", "") + "\n\n"
    return '"' + _repeat(body)(size - 1)


def _no_punctuation(size: int) -> str:
    words = [w.strip(".!?;:,\"“”'()") for w in _prose().split()]
    return _repeat(" ".join(w.lower() for w in words if w) + " ")(size)


def _one_line(size: int) -> str:
    return _repeat(" ".join(_prose().split()) + " ")(size)


# name -> (suffix, builder); each builder returns text of exactly ``size`` UTF-8 bytes or less.
PATTERNS: dict[str, tuple[str, Callable[[int], str]]] = {
    "number_words": (".txt", _repeat("one ")),
    "punct_runs": (".txt", _repeat("." * 40 + "!" * 40 + "?" * 40)),
    "money": (".txt", _repeat("$1 ")),
    "mixed_number_words": (".txt", _repeat("twenty-one thousand three hundred ")),
    "iso_dates": (".txt", _repeat("2020-03-01 ")),
    "date_ranges": (".txt", _repeat("1-2 March 2020 ")),
    "units": (".txt", _repeat("5 km ")),
    "percents": (".txt", _repeat("5% ")),
    "md_brackets": (".md", _repeat("[![")),
    "unmatched_quote": (".txt", _unmatched_quote),
    "html_a": (".html", _repeat("<a")),
    "no_punctuation": (".txt", _no_punctuation),
    "one_long_line": (".txt", _one_line),
}

BASE_SIZE = 500  # bytes: the start-up run of each pattern


@dataclass
class _Check:
    status: str  # "ok", ">timeout" or "error"
    wall: float
    cpu: float  # user + system seconds (until the kill, for a timed-out run)
    rss: float
    note: str = ""


def _check(cmd: list[str], path: Path, timeout: float) -> _Check:
    """One check in a fresh process."""
    out = path.with_suffix(path.suffix + ".json")
    r = run([*cmd, "check", str(path), "--format", "json"], timeout=timeout, stdout=out)
    c = _Check("ok", r.seconds, r.cpu_seconds, r.peak_rss_mib)
    try:
        if r.timed_out:
            c.status = ">timeout"
        elif not r.ok:
            c.status, c.note = "error", f"exit {r.returncode}"
        else:
            data = json.loads(out.read_text(encoding="utf-8"))
            c.note = f"{len(data.get('findings', []))} findings"
            if data.get("errors"):
                c.note += f", {len(data['errors'])} errors"
    except (OSError, ValueError):
        c.status, c.note = "error", "no JSON report"
    finally:
        out.unlink(missing_ok=True)
    return c


def _best(cmd: list[str], path: Path, timeout: float, n: int) -> _Check:
    """The best of ``n`` runs by CPU time (one run when the first is not ok)."""
    best = _check(cmd, path, timeout)
    for _ in range(n - 1 if best.status == "ok" else 0):
        again = _check(cmd, path, timeout)
        if again.status == "ok" and again.cpu < best.cpu:
            best = again
    return best


def bench(
    sizes: list[int],
    timeout: float,
    only: list[str] | None = None,
    verbose: bool = True,
    repeat: int = 3,
) -> list[dict[str, object]]:
    """Every pattern at every size; one result row per (pattern, size) actually run."""
    cmd = claimcheck_cmd()
    results: list[dict[str, object]] = []
    names = [n for n in PATTERNS if not only or n in only]
    with tempfile.TemporaryDirectory(prefix="cc-patterns-") as tmp:
        base: dict[str, float] = {}
        for name in names:
            suffix, build = PATTERNS[name]
            p = Path(tmp, f"start_{name}{suffix}")
            p.write_text(build(BASE_SIZE), encoding="utf-8", newline="")
            base[name] = _best(cmd, p, timeout, repeat).cpu
        if verbose:
            print(
                f"start-up CPU time (each pattern at {BASE_SIZE} bytes, best of {repeat}): "
                + ", ".join(f"{n} {t * 1000:.0f} ms" for n, t in base.items()),
                flush=True,
            )
        for name in names:
            suffix, build = PATTERNS[name]
            prev: tuple[int, float] | None = None
            for size in sizes:
                p = Path(tmp, f"{name}{suffix}")
                p.write_text(build(size), encoding="utf-8", newline="")
                first = _check(cmd, p, timeout)
                c = first if first.wall >= 1.0 or repeat < 2 else _best(cmd, p, timeout, repeat)
                net = max(c.cpu - base[name], 1e-6)
                exp = math.nan
                judged = False
                if c.status in ("ok", ">timeout") and prev is not None:
                    # for a timed-out run, a lower bound: it needed more than that CPU time
                    exp = slope(prev[0], prev[1], size, net)
                    judged = prev[1] >= NOISE_S
                row = {
                    "pattern": name,
                    "size": size,
                    "status": c.status,
                    "seconds": None if c.status == ">timeout" else c.wall,
                    "cpu_seconds": c.cpu,
                    "net_cpu_seconds": net,
                    "exponent": exp,
                    "exponent_judged": judged,
                    "exponent_is_lower_bound": c.status == ">timeout",
                    "peak_rss_mib": c.rss,
                    "startup_cpu_seconds": base[name],
                    "note": c.note,
                }
                results.append(row)
                if verbose:
                    print(_line(row), flush=True)
                if c.status != "ok":
                    break
                prev = (size, net)
    return results


def _fmt_time(row: dict[str, object]) -> str:
    if row["status"] == ">timeout":
        return ">timeout"
    secs = row["seconds"]
    text = f"{secs:.2f} s" if isinstance(secs, float) else "?"
    return text if row["status"] == "ok" else f"error ({text})"


def _fmt_exp(row: dict[str, object]) -> str:
    exp = row["exponent"]
    if not isinstance(exp, float) or math.isnan(exp):
        return "-"
    text = f">{exp:.2f}" if row.get("exponent_is_lower_bound") else f"{exp:.2f}"
    return text if row["exponent_judged"] else f"({text})"


def _line(row: dict[str, object]) -> str:
    return (
        f"  {row['pattern']:<20} {human_size(int(row['size'])):>8}  {_fmt_time(row):>10}  "
        f"CPU {float(row['cpu_seconds']):6.2f} s  exponent {_fmt_exp(row):>6}  "  # type: ignore[arg-type]
        f"peak {row['peak_rss_mib']:.0f} MiB  {row['note']}"
    )


def verdict(results: list[dict[str, object]]) -> dict[str, object]:
    """Worst judged exponent, patterns over target, and the slowest 1 MB run."""
    worst = max(
        (
            float(r["exponent"])
            for r in results
            if r["exponent_judged"] and not math.isnan(float(r["exponent"]))
        ),
        default=math.nan,
    )
    failing = sorted(
        {
            str(r["pattern"])
            for r in results
            if r["status"] != "ok"
            or (r["exponent_judged"] and float(r["exponent"]) > EXPONENT_TARGET)
            or (r["size"] == 1_000_000 and float(r["cpu_seconds"]) > MB_TARGET_S)
        }
    )
    mb = [r for r in results if r["size"] == 1_000_000]
    slowest = max((float(r["cpu_seconds"]) for r in mb if r["status"] == "ok"), default=math.nan)
    timed_out = sorted({str(r["pattern"]) for r in results if r["status"] == ">timeout"})
    return {
        "worst_exponent": worst,
        "failing": failing,
        "timed_out": timed_out,
        "slowest_1mb_s": slowest,
    }


def summary_table(results: list[dict[str, object]], sizes: list[int]) -> str:
    rows = []
    for name in dict.fromkeys(str(r["pattern"]) for r in results):
        mine = {int(r["size"]): r for r in results if r["pattern"] == name}
        cells: list[object] = [name]
        for s in sizes:
            r = mine.get(s)
            cells.append(f"{_fmt_time(r)} (CPU {float(r['cpu_seconds']):.1f})" if r else "")  # type: ignore[arg-type]
        exps = [_fmt_exp(mine[s]) for s in sizes[1:] if s in mine]
        cells.append(" ".join(exps) or "-")
        cells.append(f"{max(float(r['peak_rss_mib']) for r in mine.values()):.0f}")
        rows.append(cells)
    headers = ["pattern", *(f"{human_size(s)} wall (CPU s)" for s in sizes)]
    headers += ["exponents", "peak MiB"]
    return table(headers, rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1M", help="comma-separated, e.g. 10k,100k,1M")
    ap.add_argument("--quick", action="store_true", help="10 KB and 100 KB only")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default 60)")
    ap.add_argument("--only", default="", help="comma-separated pattern names")
    ap.add_argument("--repeat", type=int, default=3, help="best of N for runs under 1 s")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    sizes = sorted(parse_size(s) for s in ("10k,100k" if args.quick else args.sizes).split(","))
    only = [s.strip() for s in args.only.split(",") if s.strip()] or None
    unknown = [n for n in only or [] if n not in PATTERNS]
    if unknown:
        ap.error(f"unknown pattern(s) {', '.join(unknown)}; known: {', '.join(PATTERNS)}")
    print(
        f"claimcheck check FILE --format json, sizes {', '.join(map(human_size, sizes))}, "
        f"timeout {args.timeout:g} s, from {ROOT}"
    )
    results = bench(sizes, args.timeout, only, repeat=max(1, args.repeat))
    print()
    print(summary_table(results, sizes))
    v = verdict(results)
    print(
        f"\nworst judged exponent {v['worst_exponent']:.2f} (target <= {EXPONENT_TARGET}; "
        "lower bounds of timed-out runs included); "
        f"slowest 1 MB {v['slowest_1mb_s']:.2f} s CPU (target < {MB_TARGET_S:g} s)\n"
        f"timed out: {', '.join(v['timed_out']) or 'none'}\n"  # type: ignore[arg-type]
        f"over target: {', '.join(v['failing']) or 'none'}"  # type: ignore[arg-type]
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
