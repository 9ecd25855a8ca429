"""Benchmarks: start-up, extraction throughput and alignment at scale.

    python benchmarks/bench.py [--runs 7] [--corpus-mb 1.0] [--cluster 1000]

1. Cold start: the median wall time of ``claimcheck check seeds/`` in a fresh process, next to
   a bare ``python -c pass`` measured in the same run, their ratio, and the peak memory of the
   check (target: ratio at most 20).
2. Extraction: reading, segmenting, extracting and normalizing about 1 MB of news text in one
   process (what ``claimcheck extract`` does), in MB/s (target: at least 0.5 MB/s); and the
   same with claim framing added (the analysis ``check`` does before aligning). The ECB+ articles in ``../shared`` are used
   when present, else the seed articles repeated.
3. Alignment at scale: a full check of a cluster of ~1,000 articles (ECB+, or the seeds
   repeated under new names), with the time spent aligning and in the rules.

Timings are reported, never asserted: they belong to this machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ECB = ROOT.parent / "shared" / "corpora" / "ecbplus" / "ecbplus_docs.jsonl.gz"


def _claimcheck_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("claimcheck")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("claimcheck")
    return [found] if found else [sys.executable, "-m", "claimcheck"]


def _time(cmd: list[str], runs: int, cwd: Path) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(
            cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def bench_cold(runs: int) -> dict[str, float]:
    base_cmd = [sys.executable, "-c", "pass"]
    check_cmd = [*_claimcheck_cmd(), "check", str(SEEDS), "--format", "json"]
    subprocess.run(
        check_cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    base, _ = _time(base_cmd, runs, ROOT)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    check, _ = _time(check_cmd, runs, ROOT)
    peak_kb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {
        "python_pass_s": base,
        "check_seeds_s": check,
        "ratio": check / base,
        "peak_mb": peak_kb / 1024,
    }


def _corpus(target_bytes: int) -> list[tuple[str, str]]:
    docs: list[tuple[str, str]] = []
    size = 0
    if ECB.exists():
        with gzip.open(ECB, "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                sents = d["sentences"][1:] if d.get("url") else d["sentences"]
                text = "\n".join(sents) + "\n"
                docs.append((f"{d['doc']}.txt", text))
                size += len(text.encode("utf-8"))
                if size >= target_bytes:
                    break
    else:
        seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
        i = 0
        while size < target_bytes:
            name, text = seeds[i % len(seeds)]
            docs.append((f"{i:05d}_{name}", text))
            size += len(text.encode("utf-8"))
            i += 1
    return docs


def bench_extract(mb: float) -> dict[str, float]:
    from claimcheck.config import Config
    from claimcheck.engine import Engine
    from claimcheck.reading.files import DocInput

    docs = _corpus(int(mb * 1_000_000))
    eng = Engine(Config())
    eng.analyze(
        eng.read(DocInput(path="warm.txt", text="Warm-up: 26 people on Tuesday in Quetta."))
    )
    total = sum(len(t.encode("utf-8")) for _, t in docs)
    t = time.perf_counter()
    n = 0
    for name, text in docs:
        a = eng.analyze(eng.read(DocInput(path=name, text=text)), frame=False)
        n += len(a.mentions)
    dt = time.perf_counter() - t
    t = time.perf_counter()
    claims = 0
    for name, text in docs:
        claims += len(eng.analyze(eng.read(DocInput(path=name, text=text))).claims)
    framed = time.perf_counter() - t
    return {
        "bytes": total,
        "seconds": dt,
        "mb_per_s": total / 1e6 / dt,
        "mentions": n,
        "framed_mb_per_s": total / 1e6 / framed,
        "claims": claims,
    }


def bench_cluster(size: int) -> dict[str, float]:
    from claimcheck.config import Config
    from claimcheck.engine import Engine

    docs = _corpus(10**12)[:size]
    if len(docs) < size:  # repeat under new names
        docs = [(f"{i:05d}_{docs[i % len(docs)][0]}", docs[i % len(docs)][1]) for i in range(size)]
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in docs:
            Path(tmp, name).write_text(text, encoding="utf-8")
        eng = Engine(Config())
        t = time.perf_counter()
        loaded, _ = eng.load_paths([tmp])
        result = eng.run(loaded)
        total = time.perf_counter() - t
    claims = sum(len(a.claims) for a in result.analyses.values())
    return {
        "documents": len(loaded),
        "claims": claims,
        "alignments": len(result.alignments),
        "findings": len(result.findings),
        "total_s": total,
        "analyze_s": result.timings.get("analyze", 0.0),
        "align_s": result.timings.get("align", 0.0),
        "rules_s": result.timings.get("rules", 0.0),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus-mb", type=float, default=1.0)
    ap.add_argument("--cluster", type=int, default=1000)
    ap.add_argument("--skip", nargs="*", default=[], choices=["cold", "extract", "cluster"])
    args = ap.parse_args()
    os.chdir(ROOT)
    if "cold" not in args.skip:
        r = bench_cold(args.runs)
        print(
            f"cold start: python -c pass {r['python_pass_s'] * 1000:.0f} ms, "
            f"claimcheck check seeds/ {r['check_seeds_s'] * 1000:.0f} ms (median of {args.runs}), "
            f"ratio {r['ratio']:.1f} (target <= 20), peak memory {r['peak_mb']:.0f} MB"
        )
    if "extract" not in args.skip:
        r = bench_extract(args.corpus_mb)
        print(
            f"extraction: {r['bytes'] / 1e6:.2f} MB in {r['seconds']:.2f} s = {r['mb_per_s']:.2f} MB/s "
            f"(target >= 0.5), {r['mentions']:.0f} mentions; with claim framing "
            f"{r['framed_mb_per_s']:.2f} MB/s, {r['claims']:.0f} claims"
        )
    if "cluster" not in args.skip:
        r = bench_cluster(args.cluster)
        print(
            f"cluster: {r['documents']:.0f} documents, {r['claims']:.0f} claims, "
            f"{r['alignments']:.0f} aligned pairs, {r['findings']:.0f} findings in {r['total_s']:.1f} s "
            f"(analysis {r['analyze_s']:.1f} s, alignment {r['align_s']:.2f} s, rules {r['rules_s']:.2f} s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
