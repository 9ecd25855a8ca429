"""Run every benchmark with modest defaults and print one summary table.

    python benchmarks/run_all.py                    # a few minutes to a quarter of an hour
    python benchmarks/run_all.py --full             # the full sizes of each script
    python benchmarks/run_all.py --skip cold,server --venv /tmp/ccv

Modest defaults: patterns at 10 KB and 100 KB (30 s timeout), cold start 11 rounds in a new
temporary venv, extraction of 1 MB and 5 MB, clusters of 1,000 articles, 2,000 articles in
clusters, one draft against 500 sources, and 100 server requests per concurrency level. With
``--full``: patterns up to 1 MB (60 s timeout), 15 rounds, clusters of 1,000 and 5,000,
10,000 articles in clusters, 200 server requests. Targets of single-process runs are judged on
CPU time, which other jobs on a shared machine disturb little. The benchmarks run one after the other,
never two at once. Each script can also be run on its own (see benchmarks/README.md).
Timings are reported, never asserted: they belong to this machine.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

import bench_cold
import bench_extract
import bench_patterns
import bench_scale
import bench_server
from _common import table

ALL = ["patterns", "cold", "extract", "scale", "server"]


def _met(ok: bool | None) -> str:
    return "" if ok is None else ("yes" if ok else "NO")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help="the full sizes")
    ap.add_argument("--skip", default="", help=f"comma-separated, of {','.join(ALL)}")
    ap.add_argument("--venv", type=Path, help="cold start: reuse (or create once) this venv")
    ap.add_argument("--json", type=Path, help="also write every result here")
    args = ap.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if skip - set(ALL):
        ap.error(f"unknown benchmark(s): {', '.join(sorted(skip - set(ALL)))}")
    full = args.full
    summary: list[list[object]] = []
    results: dict[str, object] = {}
    t_start = time.perf_counter()

    if "patterns" not in skip:
        sizes = [10_000, 100_000, 1_000_000] if full else [10_000, 100_000]
        print(f"== patterns ({', '.join(map(bench_patterns.human_size, sizes))})", flush=True)
        rows = bench_patterns.bench(sizes, 60.0 if full else 30.0)
        print(bench_patterns.summary_table(rows, sizes), flush=True)
        v = bench_patterns.verdict(rows)
        results["patterns"] = rows
        worst = float(v["worst_exponent"])  # type: ignore[arg-type]
        summary.append(
            [
                "patterns",
                "worst growth exponent",
                "-" if math.isnan(worst) else f"{worst:.2f}",
                "<= 1.2",
                _met(None if math.isnan(worst) else worst <= 1.2),
            ]
        )
        failing = v["failing"]
        summary.append(
            [
                "patterns",
                "patterns over target",
                f"{len(failing)}: {', '.join(failing)}" if failing else "0",  # type: ignore[arg-type]
                "0",
                _met(not failing),
            ]
        )
        slowest = float(v["slowest_1mb_s"])  # type: ignore[arg-type]
        if not math.isnan(slowest):
            summary.append(
                ["patterns", "slowest 1 MB (s)", f"{slowest:.2f}", "< 5", _met(slowest < 5)]
            )

    if "cold" not in skip:
        print("\n== cold start", flush=True)
        runs = 15 if full else 11
        with tempfile.TemporaryDirectory(prefix="cc-venv-") as tmp:
            venv = args.venv or Path(tmp) / "venv"
            if not (venv / "bin" / "claimcheck").exists():
                print(f"venv ready in {bench_cold.make_venv(venv):.0f} s", flush=True)
            res = bench_cold.bench(venv, runs)
        print(bench_cold.report(res, runs), flush=True)
        results["cold"] = res
        base = res["python -c pass"]["median_ms"]
        summary.append(["cold", "python -c pass (ms)", f"{base:.0f}", "", ""])
        for name in ("--version", "rules", "check seeds/"):
            ratio = res[name]["ratio"]
            target = bench_cold.TARGETS.get(name)
            summary.append(
                [
                    "cold",
                    f"claimcheck {name} / python -c pass",
                    f"{ratio:.1f}x ({res[name]['median_ms']:.0f} ms); "
                    f"CPU {res[name]['cpu_ratio']:.1f}x",
                    f"<= {target:g}x" if target else "",
                    _met(ratio <= target if target else None),
                ]
            )

    if "extract" not in skip:
        print("\n== extraction", flush=True)
        rows = bench_extract.bench(1.0, 5.0)
        print(bench_extract.report(rows), flush=True)
        results["extract"] = rows
        for r in rows:
            val = float(r["mb_s_cpu"]) if r["ok"] else math.nan  # type: ignore[arg-type]
            summary.append(
                [
                    "extract",
                    f"{r['input']} ({int(r['bytes']) / 1e6:.1f} MB), MB/s per core",  # type: ignore[arg-type]
                    f"{val:.2f}",
                    ">= 1",
                    _met(val >= 1.0),
                ]
            )

    if "scale" not in skip:
        print("\n== scale", flush=True)
        rows = bench_scale.bench_clusters([1000, 5000] if full else [1000], 600.0)
        rows += bench_scale.bench_realistic(10_000 if full else 2_000, 600.0)
        rows += bench_scale.bench_against(500, 600.0)
        print(bench_scale.report(rows), flush=True)
        results["scale"] = rows
        limits = {"cluster 1000": (10, None), "cluster 5000": (20, 400)}
        for r in rows:
            case = str(r["case"])
            secs = float(r["seconds"])  # type: ignore[arg-type]
            cpu = float(r["cpu_seconds"])  # type: ignore[arg-type]
            rss = float(r["peak_rss_mib"])  # type: ignore[arg-type]
            ok: bool | None = None
            if r["status"] != "ok":
                ok = False
            elif case in limits:
                t_max, m_max = limits[case]
                ok = cpu < t_max and (m_max is None or rss < m_max)  # one process: CPU time
            elif case == "10000 in clusters (CLI)":
                ok = secs < 60
            shown = (
                ">timeout"
                if r["status"] == ">timeout"
                else f"{secs:.1f} s wall, {cpu:.1f} s CPU, {rss:.0f} MiB"
            )
            summary.append(
                ["scale", case, shown, bench_scale.TARGETS.get(case.split(" (")[0], ""), _met(ok)]
            )

    if "server" not in skip:
        print("\n== server", flush=True)
        n = 200 if full else 100
        rows = bench_server.bench(n, [1, 8], 10)
        print(bench_server.report(rows, 10), flush=True)
        results["server"] = rows
        for r in rows:
            summary.append(
                [
                    "server",
                    f"{int(r['clients'])} client(s): req/s, p50, p95",
                    f"{r['req_s']:.1f}, {r['p50_ms']:.0f} ms, {r['p95_ms']:.0f} ms",
                    "8 clients: >= 1.7x today's req/s; p95 < 100 ms" if r["clients"] == 8 else "",
                    _met(r["p95_ms"] < 100) if r["clients"] == 8 else "",
                ]
            )

    print(f"\n== summary ({time.perf_counter() - t_start:.0f} s)")
    print(table(["benchmark", "figure", "value", "target", "met"], summary, left=True))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
