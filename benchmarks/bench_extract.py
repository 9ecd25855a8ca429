"""Extraction throughput of ``claimcheck extract`` over news text, in one process.

    python benchmarks/bench_extract.py              # ~1 MB as files, as one 1 MB file, one 5 MB file
    python benchmarks/bench_extract.py --mb 0.5 --big-mb 2

The text is whole ECB+ articles (``../shared/corpora/ecbplus``, rebuilt as eval/perturb.py
does), else the seed articles repeated. Three inputs of the same text:

    many files   ~1 MB as one file per article (about 500 files)
    one 1 MB     the same articles concatenated into one file
    one 5 MB     that file's text five times over, in one file

Each is run as ``claimcheck extract PATH --format json`` in a fresh process (the report goes
to a temporary file), with byte code cached as an installed package has it. Printed: wall time, MB/s of wall time, MB/s per CPU second (user +
system time of the process: the "per core" figure, since extraction is single-process), the
same net of start-up (an extract of a one-line file), the number of mentions and peak RSS.
Target: >= 1 MB/s per core in all three. Timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
from pathlib import Path

from _common import Run, claimcheck_cmd, clean_env, news_text, run, table

TARGET_MB_S = 1.0


def _extract(
    cmd: list[str], path: Path, out: Path, timeout: float, env: dict[str, str]
) -> tuple[Run, int]:
    r = run([*cmd, "extract", str(path), "--format", "json"], stdout=out, timeout=timeout, env=env)
    mentions = -1
    if r.ok:
        with contextlib.suppress(ValueError):
            mentions = len(json.loads(out.read_text(encoding="utf-8")).get("mentions", []))
    out.unlink(missing_ok=True)
    return r, mentions


def _bytecode_env(cache: Path) -> dict[str, str]:
    """The environment with byte-code caching on, in ``cache``: an installed claimcheck runs
    from byte code, so compiling its sources on every start (``PYTHONDONTWRITEBYTECODE`` in
    the caller's environment) is not part of what is measured."""
    env = clean_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def bench(mb: float, big_mb: float, timeout: float = 600) -> list[dict[str, object]]:
    cmd = claimcheck_cmd()
    docs = news_text(int(mb * 1_000_000))
    with tempfile.TemporaryDirectory(prefix="cc-extract-") as tmp:
        base = Path(tmp)
        out = base / "out.json"
        env = _bytecode_env(base / "pycache")
        one_line = base / "one.txt"
        one_line.write_text("Officials said 26 people were killed on Tuesday.\n", encoding="utf-8")
        _extract(cmd, one_line, out, timeout, env)
        starts = [_extract(cmd, one_line, out, timeout, env)[0] for _ in range(3)]
        start_wall = min(r.seconds for r in starts)
        start_cpu = min(r.cpu_seconds for r in starts)

        many = base / "many"
        many.mkdir()
        for d in docs:
            (many / d.name).write_text(d.text, encoding="utf-8")
        joined = "\n\n".join(d.text.strip() for d in docs) + "\n"
        one = base / "one_1mb.txt"
        one.write_text(joined, encoding="utf-8")
        big = base / "one_big.txt"
        reps = max(1, round(big_mb * 1_000_000 / len(joined.encode("utf-8"))))
        big.write_text("\n\n".join([joined.strip()] * reps) + "\n", encoding="utf-8")

        inputs = [
            (f"{len(docs)} files", many, sum(len(d.text.encode("utf-8")) for d in docs)),
            ("one file", one, one.stat().st_size),
            ("one big file", big, big.stat().st_size),
        ]
        rows: list[dict[str, object]] = []
        for label, path, nbytes in inputs:
            r, mentions = _extract(cmd, path, out, timeout, env)
            mbytes = nbytes / 1e6
            rows.append(
                {
                    "input": label,
                    "bytes": nbytes,
                    "ok": r.ok,
                    "seconds": r.seconds,
                    "cpu_seconds": r.cpu_seconds,
                    "mb_s": mbytes / r.seconds,
                    "mb_s_cpu": mbytes / r.cpu_seconds,
                    "mb_s_cpu_net": mbytes / max(r.cpu_seconds - start_cpu, 1e-6),
                    "mentions": mentions,
                    "peak_rss_mib": r.peak_rss_mib,
                    "startup_s": start_wall,
                }
            )
    return rows


def report(rows: list[dict[str, object]]) -> str:
    body = []
    for r in rows:
        label = f"{r['input']} ({int(r['bytes']) / 1e6:.2f} MB)"
        if not r["ok"]:
            body.append([label, "failed", "", "", "", "", "", ""])
            continue
        body.append(
            [
                label,
                f"{float(r['seconds']):.2f}",
                f"{float(r['mb_s']):.2f}",
                f"{float(r['mb_s_cpu']):.2f}",
                f"{float(r['mb_s_cpu_net']):.2f}",
                f">= {TARGET_MB_S:g}",
                r["mentions"],
                f"{float(r['peak_rss_mib']):.0f}",
            ]
        )
    head = ["input", "wall s", "MB/s", "MB/s/core", "net of start-up", "target", "mentions"]
    return table([*head, "peak MiB"], body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="text size in MB (default 1)")
    ap.add_argument("--big-mb", type=float, default=5.0, help="the big file (default 5)")
    ap.add_argument("--timeout", type=float, default=600.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rows = bench(args.mb, args.big_mb, args.timeout)
    print(f"claimcheck extract PATH --format json (start-up {float(rows[0]['startup_s']):.2f} s)")
    print(report(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
