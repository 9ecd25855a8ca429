"""Throughput and latency of the HTTP check: POST /v1/check, a ~1,000-word draft and 5 sources.

    python benchmarks/bench_server.py [--requests 200] [--clients 1,8] [--warmup 10] [--edits]
                                      [--profile]

Starts ``claimcheck serve`` on a free loopback port, waits for /v1/health, sends ``--warmup``
checks, then ``--requests`` checks with 1 client and again with 8 concurrent clients (threads,
each with its own keep-alive connection), and prints requests per second and the p50, p95 and
maximum of the client-side latency next to the server's own ``elapsed_ms``, and the server
process's CPU time per request, alone and with its check workers (from /proc; steadier than
latency on a shared machine), and the load average. From the CPU time per request follow the
figures an otherwise idle machine would show: its cores can answer at most ``cores * 1000 /
CPU ms`` requests per second, and with N clients each waiting for its answer a request takes
about ``N * CPU ms / cores`` (Little's law; the clients' own CPU time left out). The draft is seed
000 plus paragraphs of seed 002 up to about 1,000 words; the sources are the five seeds. The
server's deadline is raised to 30 s (when ``serve`` has ``--deadline``) so that no answer is
cut short; answers with ``complete: false`` are counted all the same. The same request is
sent every time (the server keeps analysed documents, so only the first is analysed); with
``--edits`` every request carries a new revision of the draft, which is analysed each time.

``--profile`` also runs the same check in this process through the public API under cProfile
and prints where the time goes. Targets (against today's figures): 8-client throughput >= 1.7x
today's, and p95 < 100 ms. Timings are reported, never asserted: they belong to this machine.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
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
from _common import claimcheck_cmd, clean_env, help_lists, percentile, table

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


def _start(port: int, log: Path) -> subprocess.Popen[bytes]:
    cmd = [*claimcheck_cmd(), "serve", "--host", "127.0.0.1", "--port", str(port)]
    if help_lists(claimcheck_cmd(), "serve", "--deadline"):
        cmd += ["--deadline", "30"]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, env=clean_env(), cwd=log.parent
        )
    t0 = time.monotonic()
    while time.monotonic() - t0 < 60:
        if proc.poll() is not None:
            raise SystemExit(f"server exited:\n{log.read_text()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).status_code == 200:
                print(f"server ready in {time.monotonic() - t0:.2f} s")
                return proc
        except httpx.TransportError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def _post_all(port: int, bodies: list[bytes], clients: int) -> tuple[float, list[float], list[Any]]:
    """Send ``bodies`` from ``clients`` threads, each with its own keep-alive connection;
    (wall seconds, latencies in ms, the parsed answers)."""
    headers = {"content-type": "application/json"}
    todo = iter(bodies)
    lock = threading.Lock()
    latencies: list[float] = []
    answers: list[Any] = []
    errors: list[BaseException] = []

    def worker() -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            while True:
                with lock:
                    body = next(todo, None)
                if body is None:
                    return
                t0 = time.perf_counter()
                try:
                    r = client.post("/v1/check", content=body, headers=headers)
                    r.raise_for_status()
                    answer = r.json()
                except Exception as e:  # reported after the run
                    with lock:
                        errors.append(e)
                    return
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    latencies.append(ms)
                    answers.append(answer)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    if errors:
        raise SystemExit(f"{len(errors)} requests failed, first: {errors[0]!r}")
    return wall, latencies, answers


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, user + system CPU seconds) of a live process, from /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[1]), sum(int(f) for f in fields[11:13]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _cpu_seconds(pid: int | None) -> tuple[float, float]:
    """CPU time (user + system) of the server process, and of it with every process under it
    (the check workers and the process that starts them), from /proc."""
    if pid is None or not os.path.isdir("/proc"):
        return math.nan, math.nan
    stats = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = _stat(int(name))
            if st is not None:
                stats[int(name)] = st
    if pid not in stats:
        return math.nan, math.nan
    children: dict[int, list[int]] = {}
    for child, (parent, _) in stats.items():
        children.setdefault(parent, []).append(child)
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += stats[p][1]
        todo.extend(children.get(p, ()))
    return stats[pid][1], total


def bodies(payload: dict[str, Any], n: int, edits: bool, start: int = 0) -> list[bytes]:
    """``n`` request bodies: the same one, or with ``edits`` each with a draft of its own (a
    sentence added to its end, as an editor's next revision would)."""
    if not edits:
        return [json.dumps(payload).encode("utf-8")] * n
    out = []
    for i in range(start, start + n):
        draft = {**payload["draft"], "text": payload["draft"]["text"] + f"Revision {i + 1}.\n"}
        out.append(json.dumps({**payload, "draft": draft}).encode("utf-8"))
    return out


def measure(
    port: int,
    payload: dict[str, Any],
    warmup: int,
    n: int,
    concurrency: list[int],
    pid: int | None = None,
    edits: bool = False,
) -> list[dict[str, float]]:
    body = json.dumps(payload).encode("utf-8")
    _, _, answers = _post_all(port, bodies(payload, warmup, edits), 1)
    last = answers[-1] if answers else {}
    words = len(payload["draft"]["text"].split())
    src_words = sum(len(s["text"].split()) for s in payload["sources"])
    print(
        f"request: draft {words} words + {len(payload['sources'])} sources ({src_words} words), "
        f"{len(body) / 1024:.0f} KiB; decision {last.get('decision')}, "
        f"{len(last.get('findings', []))} findings, complete {last.get('complete')}"
    )
    rows = []
    for level, clients in enumerate(concurrency, 1):
        main0, all0 = _cpu_seconds(pid)
        client0 = time.process_time()
        wall, lat, answers = _post_all(port, bodies(payload, n, edits, level * n), clients)
        main1, all1 = _cpu_seconds(pid)
        client_ms = (time.process_time() - client0) * 1000 / n
        cpu_ms, all_ms = (main1 - main0) * 1000 / n, (all1 - all0) * 1000 / n
        server_ms = [float(a["elapsed_ms"]) for a in answers if "elapsed_ms" in a]
        rows.append(
            {
                "clients": clients,
                "requests": n,
                "req_s": n / wall,
                "p50_ms": percentile(lat, 0.5),
                "p95_ms": percentile(lat, 0.95),
                "max_ms": max(lat),
                "server_p50_ms": percentile(server_ms, 0.5) if server_ms else math.nan,
                "incomplete": sum(1 for a in answers if not a.get("complete", True)),
                "server_cpu_ms_per_request": cpu_ms,
                "all_cpu_ms_per_request": all_ms,
                "client_cpu_ms_per_request": client_ms,
                "load": os.getloadavg()[0],
            }
        )
        r = rows[-1]
        print(
            f"  {clients} client(s): {r['req_s']:.1f} req/s, p50 {r['p50_ms']:.0f} ms, "
            f"p95 {r['p95_ms']:.0f} ms, CPU per request {cpu_ms:.1f} ms in the server, "
            f"{all_ms:.1f} ms with its workers",
            flush=True,
        )
    return rows


def report(rows: list[dict[str, float]], warmup: int) -> str:
    body = [
        [
            int(r["clients"]),
            int(r["requests"]),
            f"{r['req_s']:.1f}",
            f"{r['p50_ms']:.0f}",
            f"{r['p95_ms']:.0f}",
            f"{r['max_ms']:.0f}",
            f"{r['server_p50_ms']:.0f}",
            f"{r['server_cpu_ms_per_request']:.1f}",
            f"{r['all_cpu_ms_per_request']:.1f}",
            f"{r['client_cpu_ms_per_request']:.1f}",
            int(r["incomplete"]),
            f"{r['load']:.1f}",
        ]
        for r in rows
    ]
    head = ["clients", "requests", "req/s", "p50 ms", "p95 ms", "max ms", "in check p50"]
    head += ["server CPU ms/req", "with workers", "client CPU", "incomplete", "load"]
    out = f"after {warmup} warm-up requests\n" + table(head, body)
    by = {int(r["clients"]): r for r in rows}
    cores = os.cpu_count() or 1
    for r in rows:
        cpu = r["all_cpu_ms_per_request"]
        if cpu == cpu:  # not NaN
            out += (
                f"\n{int(r['clients'])} client(s), CPU-normalised on {cores} idle cores: "
                f"{cores * 1000 / cpu:.0f} req/s at most, "
                f"{max(1.0, r['clients'] / cores) * cpu:.0f} ms per request"
            )
    if 1 in by and 8 in by:
        out += (
            f"\n8 clients / 1 client throughput: {by[8]['req_s'] / by[1]['req_s']:.2f}x; "
            "target: 8-client req/s >= 1.7x today's figure, p95 < 100 ms"
        )
    return out


def profile(payload: dict[str, Any], runs: int = 5) -> None:
    """Where a warm check spends its time, in this process (public API only)."""
    import claimcheck

    claimcheck.check_texts(**payload)  # warm
    stages: dict[str, list[float]] = {}
    prof = cProfile.Profile()
    for _ in range(runs):
        prof.enable()
        result = claimcheck.check_texts(**payload)
        prof.disable()
        for k, v in (getattr(result, "timings", None) or {}).items():
            stages.setdefault(k, []).append(v * 1000)
    if stages:
        print(f"\nin-process check, {runs} warm runs; engine stages (median ms):")
        print("  " + "   ".join(f"{k} {statistics.median(v):.1f}" for k, v in stages.items()))
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).sort_stats("cumulative")
    stats.print_stats(25)
    print("\ncumulative time by function (all runs):")
    print("\n".join(out.getvalue().splitlines()[6:]))


def bench(requests: int, clients: list[int], warmup: int, edits: bool) -> list[dict[str, float]]:
    payload = build_request()
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="cc-serve-") as tmp:
        proc = _start(port, Path(tmp) / "server.log")
        try:
            return measure(port, payload, warmup, requests, clients, proc.pid, edits)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=200, help="per concurrency level")
    ap.add_argument("--clients", default="1,8", help="concurrency levels (default 1,8)")
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument(
        "--edits",
        action="store_true",
        help="every request a new revision of the draft (a sentence added), so no draft is "
        "checked twice",
    )
    ap.add_argument("--profile", action="store_true", help="also profile the check in-process")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    clients = [int(c) for c in args.clients.split(",") if c.strip()]
    rows = bench(args.requests, clients, args.warmup, args.edits)
    print(report(rows, args.warmup))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if args.profile:
        profile(build_request())
    return 0


if __name__ == "__main__":
    sys.exit(main())
