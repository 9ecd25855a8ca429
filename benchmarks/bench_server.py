"""Latency and throughput of the HTTP check: POST /v1/check of a ~1,000-word draft against
5 sources, from 1 and from 8 concurrent clients.

    python benchmarks/bench_server.py [--requests 100] [--warmup 10] [--clients 1 8]
                                      [--serve-arg=--workers=2 ...] [--profile]

Starts ``claimcheck serve`` on a free loopback port, waits for /v1/health, sends ``--warmup``
checks, then for each number of clients in ``--clients`` sends ``--requests`` checks per
client, each client on its own keep-alive connection, all at once. It prints the throughput
(requests per second of wall time) and the p50, p95 and maximum of the client-side latency,
next to the server's own ``elapsed_ms`` (the difference is HTTP, JSON and the hop to a check
worker). The draft is seed 000 plus paragraphs of seed 002 up to about 1,000 words; the
sources are the five seeds. ``--serve-arg`` passes an option on to ``claimcheck serve``.

``--profile`` also runs the same check in this process under cProfile and prints where the
time goes, by pipeline stage and by function. Targets: p95 under 150 ms for one client and
under 100 ms for eight. Timings are reported, never asserted: they belong to this machine.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TARGET_WORDS = 1000


def _seeds() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def build_request() -> dict[str, Any]:
    """The draft (seed 000 grown with paragraphs of seed 002) and the five seeds as sources."""
    seeds = _seeds()
    first = seeds[0].read_text(encoding="utf-8")
    extra = [p for p in seeds[2].read_text(encoding="utf-8").split("\n") if p.strip()]
    draft = first.rstrip("\n")
    for para in extra:
        if len(draft.split()) >= TARGET_WORDS:
            break
        draft += "\n" + para
    sources = [
        {"id": p.name, "text": p.read_text(encoding="utf-8"), "published": "2024-11-20"}
        for p in seeds
    ]
    return {
        "draft": {"id": "draft.txt", "text": draft + "\n", "published": "2024-11-20"},
        "sources": sources,
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(port: int, log: Path, extra: list[str]) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMCHECK_")}
    cmd = [sys.executable, "-m", "claimcheck", "serve", "--port", str(port), "--deadline", "30"]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*cmd, *extra],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=log.parent,
        )
    t0 = time.monotonic()
    while time.monotonic() - t0 < 60:
        if proc.poll() is not None:
            raise SystemExit(f"server exited:\n{log.read_text()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).status_code == 200:
                print(f"server ready in {time.monotonic() - t0:.2f} s (start-up and warm-up)")
                return proc
        except httpx.TransportError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (the check workers hang off a fork server)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(parents.get(p, []))
    return out


def server_cpu(pid: int) -> float | None:
    """CPU seconds used so far by the server and its workers (Linux; None elsewhere)."""
    if not Path("/proc/self/stat").exists():
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in _descendants(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def _client_loop(
    url: str, body: bytes, n: int, latencies: list[float], server_ms: list[float], last: list[Any]
) -> None:
    headers = {"content-type": "application/json"}
    with httpx.Client(base_url=url, timeout=60) as client:
        for _ in range(n):
            t0 = time.perf_counter()
            r = client.post("/v1/check", content=body, headers=headers)
            latencies.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
            answer = r.json()
            server_ms.append(float(answer["elapsed_ms"]))
            last[:] = [answer]


def measure(port: int, payload: dict[str, Any], clients: int, n: int, pid: int) -> dict[str, float]:
    """``clients`` concurrent clients sending ``n`` checks each; prints and returns the figures."""
    url = f"http://127.0.0.1:{port}"
    body = json.dumps(payload).encode("utf-8")
    latencies: list[float] = []
    server_ms: list[float] = []
    last: list[Any] = []
    threads = [
        threading.Thread(target=_client_loop, args=(url, body, n, latencies, server_ms, last))
        for _ in range(clients)
    ]
    cpu0 = server_cpu(pid)
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    cpu1 = server_cpu(pid)
    total = len(latencies)
    if total < clients * n:
        raise SystemExit(f"{clients * n - total} of {clients * n} requests failed")
    answer = last[0]
    p95 = _percentile(latencies, 0.95)
    figures = {
        "clients": clients,
        "rps": total / wall,
        "p50": _percentile(latencies, 0.5),
        "p95": p95,
    }
    print(
        f"{clients} client{'s' if clients != 1 else ''} x {n} requests: "
        f"{figures['rps']:6.1f} req/s; decision {answer['decision']}, "
        f"{len(answer['findings'])} findings, complete {answer['complete']}"
    )
    print(
        f"  latency   p50 {figures['p50']:7.1f} ms   p95 {p95:7.1f} ms"
        f"   max {max(latencies):7.1f} ms   mean {statistics.fmean(latencies):7.1f} ms"
    )
    print(
        f"  in check  p50 {_percentile(server_ms, 0.5):7.1f} ms   p95 {_percentile(server_ms, 0.95):7.1f} ms"
        "   (the server's elapsed_ms, queueing included)"
    )
    if cpu0 is not None and cpu1 is not None:
        per = (cpu1 - cpu0) / total * 1000
        cores = os.cpu_count() or 1
        print(
            f"  server CPU {per:7.1f} ms per check (the server and its workers): "
            f"at most {cores * 1000 / per:.0f} req/s on {cores} idle cores"
        )
    target = 150 if clients == 1 else 100
    print(f"  target p95 < {target} ms: {'met' if p95 < target else 'NOT met'}")
    return figures


def _describe(payload: dict[str, Any]) -> None:
    body = json.dumps(payload).encode("utf-8")
    words = len(payload["draft"]["text"].split())
    src_words = sum(len(s["text"].split()) for s in payload["sources"])
    print(
        f"request: draft {words} words + {len(payload['sources'])} sources ({src_words} words), "
        f"{len(body) / 1024:.0f} KiB"
    )


def _warm(port: int, payload: dict[str, Any], n: int) -> None:
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        for _ in range(n):
            client.post("/v1/check", json=payload).raise_for_status()


def profile(payload: dict[str, Any], runs: int = 5) -> None:
    """Where a warm check spends its time, in this process."""
    from claimcheck import api

    api.check_texts(**payload)  # warm
    stages: dict[str, list[float]] = {}
    prof = cProfile.Profile()
    for _ in range(runs):
        prof.enable()
        result = api.check_texts(**payload)
        prof.disable()
        for k, v in result.timings.items():
            stages.setdefault(k, []).append(v * 1000)
    print(f"\nin-process check, {runs} warm runs; engine stages (median ms):")
    print("  " + "   ".join(f"{k} {statistics.median(v):.1f}" for k, v in stages.items()))
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).sort_stats("cumulative")
    stats.print_stats(25)
    print("\ncumulative time by function (all runs):")
    print("\n".join(out.getvalue().splitlines()[6:]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument(
        "--clients", type=int, nargs="+", default=[1, 8], help="concurrent clients, one run each"
    )
    ap.add_argument(
        "--serve-arg",
        action="append",
        default=[],
        metavar="OPTION",
        help="an option for claimcheck serve, e.g. --serve-arg=--workers=2",
    )
    ap.add_argument("--profile", action="store_true", help="also profile the check in-process")
    args = ap.parse_args()
    payload = build_request()
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = _start(port, Path(tmp) / "server.log", args.serve_arg)
        try:
            _describe(payload)
            _warm(port, payload, args.warmup)
            results = [measure(port, payload, k, args.requests, proc.pid) for k in args.clients]
            if len(results) > 1:
                base = results[0]
                for r in results[1:]:
                    print(
                        f"{r['clients']:g} clients vs {base['clients']:g}: "
                        f"throughput x{r['rps'] / base['rps']:.2f}"
                    )
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    if args.profile:
        profile(payload)


if __name__ == "__main__":
    main()
