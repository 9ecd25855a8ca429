"""A check that misses its deadline is stopped, never answers ``pass``, and the server recovers.

Each test runs a real ``claimcheck serve`` process on loopback. A plugin that loops forever on
a marker word is installed the way third-party plugins are (an entry point in a
``*.dist-info`` folder on the server's ``PYTHONPATH``).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.adversarial.server_process import (
    BLOCKING,
    Server,
    resident_kib,
    start,
    stop,
)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="POSIX")]

HANG_MARKER = "hang-this-check"

PLUGIN = f'''
"""A rule plugin whose extractor never returns on a marker word."""

from claimcheck.plugin import hookimpl


@hookimpl
def claimcheck_extract(document, segments):
    if "{HANG_MARKER}" in document.text:
        while True:
            pass
    return None
'''


def _install_hanging_plugin(site: Path) -> None:
    site.mkdir(parents=True, exist_ok=True)
    (site / "hanging_plugin.py").write_text(PLUGIN, encoding="utf-8")
    dist = site / "hanging_plugin-1.0.dist-info"
    dist.mkdir(exist_ok=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: hanging-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[claimcheck]\nhangs = hanging_plugin\n")


def _server(tmp: Path, *args: str) -> Server:
    site = tmp / "site"
    _install_hanging_plugin(site)
    return start(tmp, *args, env={"PYTHONPATH": str(site)})


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Two workers, a 1.5 s deadline, the hanging plugin installed."""
    srv = _server(tmp_path_factory.mktemp("pair"), "--workers", "2", "--deadline", "1.5")
    try:
        yield srv
    finally:
        stop(srv)


def _post(server: Server, payload: dict[str, Any]) -> Any:
    with server.client() as c:
        return c.post("/v1/check", json=payload)


def test_a_hanging_plugin_is_stopped_named_and_replaced(pair: Server) -> None:
    before = pair.wait_healthy()
    pids = {p["pid"] for p in before["workers"]["processes"]}
    draft = {"id": "d", "text": f"Officials said 12 people were hurt. {HANG_MARKER}"}
    t0 = time.monotonic()
    r = _post(pair, {"draft": draft})
    waited = time.monotonic() - t0
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["complete"] is False
    assert body["incomplete_reason"] == "timeout"
    assert body["decision"] == "warn", "what was not checked must not pass"
    assert body["stalled_in"]["plugin"] == "hangs"
    assert "hanging_plugin" in body["stalled_in"]["function"]
    assert waited < 1.5 + 3, waited  # answered at the deadline, not when the loop ends
    # the stuck worker is gone (its memory with it) and a fresh one took its place
    after = pair.wait_healthy()
    assert after["status"] == "ok"
    assert after["workers"]["restarts"] >= before["workers"]["restarts"] + 1
    new_pids = {p["pid"] for p in after["workers"]["processes"]}
    gone = pids - new_pids
    assert len(gone) == 1
    assert all(resident_kib(pid) is None for pid in gone)
    # and checks go on as before
    blocked = _post(pair, BLOCKING).json()
    assert blocked["decision"] == "block" and blocked["complete"] is True


def test_one_huge_draft_cannot_make_the_server_fail_open(pair: Server) -> None:
    """The reported attack: 1,048,000 dots, under the 1 MiB limit, then a real conflict."""
    pair.wait_healthy()
    seen: list[dict[str, Any]] = []
    answer: list[Any] = []

    def attack() -> None:
        answer.append(_post(pair, {"draft": {"id": "dots", "text": "." * 1_048_000}}))

    t = threading.Thread(target=attack)
    t.start()
    while t.is_alive():
        seen.append(pair.health())
        time.sleep(0.2)
    t.join()
    r = answer[0]
    assert r.status_code == 200, r.text
    dots = r.json()
    if not dots["complete"]:
        assert dots["decision"] != "pass"
        # while it ran, health said a worker was busy (or stuck), not that all was idle
        assert any(h["workers"]["busy"] + h["workers"]["stuck"] >= 1 for h in seen)
    # right away, from another client, a contradicting pair is still blocked
    for _ in range(3):
        blocked = _post(pair, BLOCKING).json()
        assert blocked["decision"] == "block", blocked
        assert blocked["complete"] is True
    health = pair.health()
    if not dots["complete"]:
        assert health["workers"]["restarts"] >= 1
        # truthful while the replacement warms up: not every worker is ready
        assert health["status"] in ("ok", "degraded")
    assert pair.wait_healthy()["status"] == "ok"


def test_many_stalled_checks_do_not_pile_up_memory(pair: Server) -> None:
    """Stopped checks leave nothing behind: the server's own memory stays flat."""
    pair.wait_healthy()
    server_pid = pair.proc.pid
    draft = {"id": "d", "text": f"{HANG_MARKER} " + "word " * 60_000}  # 300 KB each
    _post(pair, {"draft": draft})
    pair.wait_healthy()
    first = resident_kib(server_pid)
    assert first is not None
    for _ in range(3):
        body = _post(pair, {"draft": draft}).json()
        assert body["complete"] is False and body["decision"] != "pass"
        pair.wait_healthy()
    last = resident_kib(server_pid)
    assert last is not None
    assert last - first < 40_000, (first, last)


@pytest.fixture(scope="module")
def narrow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One worker and room for one waiting check."""
    srv = _server(
        tmp_path_factory.mktemp("narrow"),
        "--workers",
        "1",
        "--max-queue",
        "1",
        "--deadline",
        "1.5",
    )
    try:
        yield srv
    finally:
        stop(srv)


def test_a_full_queue_answers_503_with_retry_after(narrow: Server) -> None:
    narrow.wait_healthy()
    draft = {"id": "d", "text": f"Officials said 12 people were hurt. {HANG_MARKER}"}
    results: list[Any] = []

    def post() -> None:
        results.append(_post(narrow, {"draft": draft}))

    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
        time.sleep(0.1)
    for t in threads:
        t.join()
    statuses = sorted(r.status_code for r in results)
    assert 503 in statuses, statuses
    for r in results:
        if r.status_code == 503:
            assert r.headers["content-type"].startswith("application/problem+json")
            assert int(r.headers["retry-after"]) >= 1
            assert r.json()["type"] == "/problems/overloaded"
        else:
            assert r.status_code == 200
            assert r.json()["decision"] != "pass"
    # once the stuck worker is replaced, the server checks again
    assert narrow.wait_healthy()["status"] == "ok"
    assert _post(narrow, BLOCKING).json()["decision"] == "block"
