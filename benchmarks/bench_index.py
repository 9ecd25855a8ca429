"""The claim index: build an index of many articles once, then time drafts checked against it.

    python benchmarks/bench_index.py --articles 100000 --dir /tmp/cc-index-100k
    python benchmarks/bench_index.py --articles 2000 --drafts 10      # a quick look

1. Build: ``claimcheck index DIR --db DIR/index.db --jobs J`` over ECB+ articles repeated under
   new names (``r<k>_<name>``), in a fresh process; wall and CPU time, peak RSS. With ``--dir``,
   the articles and the index are kept there and reused by later runs (building 100,000
   takes a while); a reused index is brought up to date first (an incremental run: every
   file is hashed, none analysed again), and that run is timed too.
2. Query: drafts are ECB+ articles with their figures changed, under names the index does
   not hold. In one process (``claimcheck.index``: open index, engine loaded), each draft is
   checked with ``--against-index`` semantics; the first round is cold (sources unpickled
   from the index), the later rounds warm. Printed: p50 and p95 per draft, cold and warm, in
   wall and in CPU time (steadier on a shared machine).
3. Fidelity: for the first ``--verify`` drafts, the findings against the index are compared
   with those of ``check DRAFT --against SOURCES`` over the same sources, read and analysed
   afresh from their files (printed as "same as --against", drafts equal / compared).

Target: a draft against an index of 100,000 articles, p95 < 300 ms warm.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

from _common import articles, claimcheck_cmd, percentile, run, table

TARGET = "p95 < 300 ms warm (100,000 articles)"
_FIGURE = re.compile(r"(?<![\d,.:])(\d{1,3})(?![\d,.:])")


def write_corpus(folder: Path, n: int) -> int:
    """``n`` ECB+ articles in ``folder`` (reused when a previous run wrote them)."""
    marker = folder / f".complete-{n}"
    if marker.exists():
        return n
    folder.mkdir(parents=True, exist_ok=True)
    pool = articles()
    for i in range(n):
        a = pool[i % len(pool)]
        rnd = i // len(pool)
        name = a.name if rnd == 0 else f"r{rnd}_{a.name}"
        (folder / name).write_text(a.text, encoding="utf-8")
    marker.write_text("")
    return n


def build(folder: Path, db: Path, jobs: int, timeout: float) -> dict[str, object]:
    cmd = [*claimcheck_cmd(), "index", str(folder), "--db", str(db), "--jobs", str(jobs)]
    r = run([*cmd, "--no-progress"], timeout=timeout)
    return {
        "ok": r.returncode == 0,
        "wall_s": round(r.seconds, 2),
        "cpu_s": round(r.cpu_seconds, 2),
        "peak_mib": round(r.peak_rss_mib),
    }


def drafts(folder: Path, count: int) -> list[Path]:
    """``count`` ECB+ articles from different topics, figures changed, as draft files."""
    pool = articles()
    step = max(1, len(pool) // max(1, count))
    out = []
    for a in pool[::step][:count]:
        text = _FIGURE.sub(lambda m: str(int(m.group(1)) + 3), a.text)
        path = folder / f"draft_{a.name}"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def query(db: Path, files: list[Path], rounds: int, verify: int) -> dict[str, object]:
    from claimcheck.engine import Engine
    from claimcheck.index import ClaimIndex, against_index, read_drafts

    engine = Engine()
    docs, _ = read_drafts(engine, [str(f) for f in files])
    times: list[list[float]] = []
    cpu: list[list[float]] = []
    sources: list[int] = []
    findings = 0
    same = checked = 0
    with ClaimIndex(str(db)) as index:
        for rnd in range(rounds):
            row, row_cpu = [], []
            for i, d in enumerate(docs):
                t0, c0 = time.perf_counter(), time.process_time()
                run_docs, analyze = against_index(engine, [d], index)
                result = engine.run(run_docs, analyze=analyze)
                row.append(time.perf_counter() - t0)
                row_cpu.append(time.process_time() - c0)
                if rnd == 0:
                    sources.append(len(run_docs) - 1)
                    findings += len(result.findings)
                    if i < verify:
                        checked += 1
                        same += _direct(engine, d.path, run_docs[1:]) == _json(result)
            times.append(row)
            cpu.append(row_cpu)
        size = len(index)
    warm = [t for row in times[1:] for t in row]
    warm_cpu = [t for row in cpu[1:] for t in row]
    return {
        "indexed": size,
        "drafts": len(docs),
        "sources_per_draft": round(sum(sources) / max(1, len(sources)), 1),
        "findings": findings,
        "same_as_direct": f"{same}/{checked}",
        "cold_p50_ms": _ms(times[0], 0.5),
        "cold_p95_ms": _ms(times[0], 0.95),
        "warm_p50_ms": _ms(warm, 0.5),
        "warm_p95_ms": _ms(warm, 0.95),
        "warm_cpu_p50_ms": _ms(warm_cpu, 0.5),
        "warm_cpu_p95_ms": _ms(warm_cpu, 0.95),
    }


def _ms(values: list[float], q: float) -> float | None:
    return round(percentile(values, q) * 1000, 1) if values else None


def _json(result) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [f.to_json() for f in result.findings]


def _direct(engine, draft: str, sources) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """The findings of ``check DRAFT --against SOURCES`` with the sources the index gave,
    read and analysed afresh from their files."""
    docs, _ = engine.load_paths([draft], against=[d.path for d in sources], focus=True)
    return _json(engine.run(docs))


def bench(
    n: int,
    folder: Path | None,
    jobs: int,
    count: int,
    rounds: int,
    timeout: float,
    verify: int,
    *,
    build_first: bool = True,
) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="cc-index-") as tmp:
        base = folder or Path(tmp)
        corpus = base / "articles"
        db = base / f"index-{n}.db"
        reused = db.exists()
        write_corpus(corpus, n)
        if build_first or not reused:
            print(f"  {'updating' if reused else 'building'} the index of {n} articles", flush=True)
            built = build(corpus, db, jobs, timeout)
        else:
            built = {"ok": True, "wall_s": "-", "cpu_s": "-", "peak_mib": "-"}
        qdir = Path(tmp, "drafts")
        qdir.mkdir()
        q = query(db, drafts(qdir, count), rounds, verify)
    return {
        "articles": n,
        "reused": reused,
        "jobs": jobs,
        **{f"build_{k}": v for k, v in built.items()},
        **q,
    }


def report(row: dict[str, object]) -> str:
    build_label = "update (incremental)" if row["reused"] else f"build (--jobs {row['jobs']})"
    lines = [
        table(
            ["articles", build_label, "CPU", "peak RSS"],
            [
                [
                    row["articles"],
                    f"{row['build_wall_s']} s",
                    f"{row['build_cpu_s']} s",
                    f"{row['build_peak_mib']} MiB",
                ]
            ],
        ),
        table(
            [
                "drafts",
                "sources each",
                "cold p50",
                "cold p95",
                "warm p50",
                "warm p95",
                "warm CPU p50",
                "warm CPU p95",
                "same as --against",
                "target",
            ],
            [
                [
                    row["drafts"],
                    row["sources_per_draft"],
                    f"{row['cold_p50_ms']} ms",
                    f"{row['cold_p95_ms']} ms",
                    f"{row['warm_p50_ms']} ms",
                    f"{row['warm_p95_ms']} ms",
                    f"{row['warm_cpu_p50_ms']} ms",
                    f"{row['warm_cpu_p95_ms']} ms",
                    row["same_as_direct"],
                    TARGET,
                ]
            ],
        ),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000, help="articles in the index")
    ap.add_argument("--dir", type=Path, help="keep (and reuse) the articles and the index here")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the build")
    ap.add_argument("--drafts", type=int, default=40, help="drafts checked per round")
    ap.add_argument("--rounds", type=int, default=4, help="rounds (the first is cold)")
    ap.add_argument("--timeout", type=float, default=7200.0, help="for the build, seconds")
    ap.add_argument(
        "--verify",
        type=int,
        default=10,
        help="drafts whose findings are compared with a direct check against the same sources",
    )
    ap.add_argument(
        "--no-build",
        action="store_true",
        help="with --dir: query the index as it is, without bringing it up to date first",
    )
    args = ap.parse_args(argv)
    row = bench(
        args.articles,
        args.dir,
        args.jobs,
        args.drafts,
        args.rounds,
        args.timeout,
        args.verify,
        build_first=not args.no_build,
    )
    print(report(row))
    return 0 if row["build_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
