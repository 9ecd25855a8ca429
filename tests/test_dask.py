"""``--dask``: analysis on a real Dask distributed cluster (a scheduler and two workers started
as processes on loopback) gives the same claim index as one process."""

from __future__ import annotations

import json
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scale_corpus import seed_variants

pytest.importorskip("distributed")

pytestmark = pytest.mark.slow

PUBLISHED = "2024-11-20"
START_TIMEOUT = 60.0


def _dask(*args: str, log: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("dask")
    cmd = [str(exe), *args] if exe.exists() else [sys.executable, "-m", "dask", *args]
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    with log.open("wb") as fh:
        return subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env)


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in reversed(procs):
        if p.poll() is None:
            p.send_signal(signal.SIGINT)
    for p in reversed(procs):
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


@pytest.fixture
def scheduler(tmp_path: Path) -> Iterator[str]:
    """The address of a scheduler with two single-threaded workers, all on 127.0.0.1."""
    from distributed import Client

    sfile = tmp_path / "scheduler.json"
    procs = [
        _dask(
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(sfile),
            log=tmp_path / "scheduler.log",
        )
    ]
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not sfile.exists() or not sfile.read_text().strip():
            assert procs[0].poll() is None, (tmp_path / "scheduler.log").read_text()
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.2)
        address = json.loads(sfile.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for i in range(2):
            procs.append(
                _dask(
                    "worker",
                    address,
                    "--host",
                    "127.0.0.1",
                    "--nworkers",
                    "1",
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                    "--name",
                    f"w{i}",
                    log=tmp_path / f"worker{i}.log",
                )
            )
        with Client(address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT)
        yield address
    finally:
        _stop(procs)


def _contents(db: Path) -> tuple[object, ...]:
    con = sqlite3.connect(db)
    docs = [
        (path, digest, pickle.loads(zlib.decompress(blob)))
        for path, digest, blob in con.execute(
            "SELECT path, content_hash, analysis FROM documents ORDER BY path"
        )
    ]
    claims = sorted(
        con.execute(
            'SELECT d.path, c.start, c."end", c.kind, c.text, c.attribute, c.subject, c.event,'
            " c.value FROM claims c JOIN documents d ON d.id = c.document"
        )
    )
    keys = sorted(
        con.execute("SELECT k.key, d.path FROM keys k JOIN documents d ON d.id = k.document")
    )
    counts = sorted(con.execute("SELECT key, documents FROM key_counts"))
    return docs, claims, keys, counts


def test_index_on_a_dask_cluster_equals_one_process(cli, scheduler: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    seed_variants(corpus, 3)
    one, dask = tmp_path / "one.db", tmp_path / "dask.db"
    r1 = cli("index", str(corpus), "--db", str(one), "--published", PUBLISHED, "--jobs", "1")
    assert r1.code == 0, r1.err
    r2 = cli("index", str(corpus), "--db", str(dask), "--published", PUBLISHED, "--dask", scheduler)
    assert r2.code == 0, r2.err
    assert "15 added" in r2.err
    assert _contents(dask) == _contents(one)
    # and a check run on the cluster reports what one process reports
    c1 = cli("check", str(corpus), "--format", "json", "--published", PUBLISHED, "--jobs", "1")
    c2 = cli(
        "check", str(corpus), "--format", "json", "--published", PUBLISHED, "--dask", scheduler
    )
    assert c2.out == c1.out


def test_unreachable_scheduler_is_one_line(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import claimcheck.parallel.dask as on_dask

    monkeypatch.setattr(on_dask, "CONNECT_TIMEOUT", 2)
    corpus = tmp_path / "corpus"
    seed_variants(corpus, 1)
    r = cli("index", str(corpus), "--db", str(tmp_path / "x.db"), "--dask", "tcp://127.0.0.1:9")
    assert r.code == 2
    assert len(r.err.strip().splitlines()) == 1 and "scheduler" in r.err, r.err


def test_jobs_and_dask_together_is_a_usage_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("check", str(tmp_path), "--jobs", "2", "--dask", "local")
    assert r.code == 2 and "cannot be combined" in r.err
