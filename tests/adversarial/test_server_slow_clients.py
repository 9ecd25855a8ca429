"""Clients that are slow, lie about their body's length, or send too much get a clear answer or
are disconnected, and cannot exhaust the server.

A real ``claimcheck serve`` process on loopback with short timeouts, driven over raw sockets
(a plain HTTP/1.1 client, as curl or a CMS's HTTP library would be underneath).
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.adversarial.server_process import (
    BLOCKING,
    Server,
    closed_by_peer,
    read_response,
    start,
    stop,
)

pytestmark = pytest.mark.slow

HEADER_TIMEOUT = 1.0
BODY_TIMEOUT = 1.5
MAX_CONNECTIONS = 12


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = start(
        tmp_path_factory.mktemp("slow"),
        "--workers",
        "1",
        "--header-timeout",
        str(HEADER_TIMEOUT),
        "--body-timeout",
        str(BODY_TIMEOUT),
        "--max-connections",
        str(MAX_CONNECTIONS),
    )
    try:
        yield srv
    finally:
        stop(srv)


def _status(response: bytes) -> int:
    assert response.startswith(b"HTTP/1.1 "), response[:200]
    return int(response.split(b" ", 2)[1])


def _problem(response: bytes) -> dict[str, object]:
    head, _, body = response.partition(b"\r\n\r\n")
    assert b"application/problem+json" in head.lower()
    problem: dict[str, object] = json.loads(body)
    return problem


def test_headers_sent_one_byte_at_a_time_are_cut_off(server: Server) -> None:
    request = b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    with server.connect() as sock:
        t0 = time.monotonic()
        closed = False
        for byte in request:  # a slow-loris client: a byte every 0.25 s
            try:
                sock.sendall(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
            time.sleep(0.25)
            if time.monotonic() - t0 > HEADER_TIMEOUT + 3:
                break
        if not closed:
            closed = closed_by_peer(sock, 3) is not None
        assert closed, "the server kept a connection whose headers never ended"
        assert time.monotonic() - t0 < HEADER_TIMEOUT + 3


def test_an_idle_connection_is_closed(server: Server) -> None:
    with server.connect() as sock:
        waited = closed_by_peer(sock, HEADER_TIMEOUT + 5)
    assert waited is not None and waited < HEADER_TIMEOUT + 2


def test_a_body_shorter_than_its_content_length_is_400(server: Server) -> None:
    body = json.dumps(BLOCKING).encode()
    head = (
        "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body) + 100}\r\n\r\n"
    ).encode()
    with server.connect() as sock:
        t0 = time.monotonic()
        sock.sendall(head + body)
        response = read_response(sock, timeout=BODY_TIMEOUT + 8)
    assert _status(response) == 400
    problem = _problem(response)
    assert problem["type"] == "/problems/incomplete-body"
    assert str(len(body)) in str(problem["detail"])
    assert time.monotonic() - t0 < BODY_TIMEOUT + 5


def test_an_oversized_body_gets_a_413_the_client_can_read(server: Server) -> None:
    """The client sends its whole body (16 MB, more than the socket buffers hold) before
    reading, and asks to close the connection after the answer, as urllib does: the server
    must not reset the connection under it."""
    body = b'{"draft": {"text": "' + b"x" * 16_000_000 + b'"}}'
    head = (
        "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Connection: close\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    with server.connect(timeout=20) as sock:
        sock.sendall(head + body)  # no broken pipe: the server reads and discards the rest
        response = read_response(sock, timeout=10)
    assert _status(response) == 413
    assert _problem(response)["type"] == "/problems/request-too-large"


def test_urllib_reads_the_413(server: Server) -> None:
    request = urllib.request.Request(
        f"{server.url}/v1/check",
        data=b"x" * 16_000_000,
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=20)
    assert err.value.code == 413
    assert json.loads(err.value.read())["status"] == 413


def test_a_chunked_body_over_the_limit_is_413(server: Server) -> None:
    chunk = b"y" * 65536
    head = (
        b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    framed = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(24)) + b"0\r\n\r\n"
    with server.connect(timeout=20) as sock:
        sock.sendall(head + framed)
        response = read_response(sock, timeout=10)
    assert _status(response) == 413


def test_too_many_connections_are_refused_and_the_server_stays_up(server: Server) -> None:
    held: list[socket.socket] = []
    try:
        for _ in range(MAX_CONNECTIONS):
            held.append(server.connect())
        time.sleep(0.2)
        with server.connect() as extra:
            response = read_response(extra, timeout=5)
        assert _status(response) == 503
        assert b"retry-after" in response.lower()
    finally:
        for s in held:
            s.close()
    # the held connections are gone, so the server answers again
    until = time.monotonic() + 10
    while True:
        try:
            if server.health()["status"] == "ok":
                break
        except Exception:
            if time.monotonic() > until:
                raise
        time.sleep(0.2)


def test_a_well_behaved_client_after_all_that(server: Server) -> None:
    with server.client() as c:
        assert c.post("/v1/check", json=BLOCKING).json()["decision"] == "block"


def test_the_log_is_not_flooded(server: Server) -> None:
    log = Path(server.log).read_text()
    assert "Too many open files" not in log
    assert len(log.splitlines()) < 50, log
