"""A real ``claimcheck serve`` process on a free loopback port, for the server's adversarial
tests: started with options and environment, waited for, and stopped; plus raw-socket helpers
for clients that do what httpx would not (stall, lie about lengths, send too much)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

PUBLISHED = "2024-11-20"
BLOCKING = {
    "draft": {
        "id": "drafts/quetta.md",
        "text": "A suicide bombing at the train station in Quetta on November 9 killed 32 people.",
        "published": PUBLISHED,
    },
    "sources": [
        {
            "id": "wire/ap.txt",
            "text": "Police said the attack was carried out by a suicide bomber. A suicide "
            "bombing at the train station in Quetta on November 9 killed 26 people.",
            "published": PUBLISHED,
        }
    ],
}


@dataclass
class Server:
    host: str
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30.0, **kwargs)

    def health(self) -> dict[str, Any]:
        r = httpx.get(f"{self.url}/v1/health", timeout=10)
        body: dict[str, Any] = r.json()
        return body

    def wait_healthy(self, timeout: float = 60.0) -> dict[str, Any]:
        """Health once every worker is ready again."""
        until = time.monotonic() + timeout
        while True:
            body = self.health()
            if body["status"] == "ok" or time.monotonic() > until:
                return body
            time.sleep(0.1)

    def connect(self, timeout: float = 10.0) -> socket.socket:
        sock = socket.create_connection((self.host, self.port), timeout=timeout)
        return sock


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(tmp: Path, *args: str, env: Mapping[str, str] | None = None) -> Server:
    port = free_port()
    log = tmp / "server.log"
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMCHECK_")}
    environ.update(env or {})
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "claimcheck", "serve", "--port", str(port), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=tmp,
            env=environ,
        )
    server = Server("127.0.0.1", port, proc, log)
    until = time.monotonic() + 90
    while time.monotonic() < until:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{server.url}/v1/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise AssertionError(f"server did not answer /v1/health within 90 s:\n{log.read_text()}")


def stop(server: Server) -> None:
    if server.proc.poll() is None:
        server.proc.terminate()
        try:
            server.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait(timeout=10)


def read_response(sock: socket.socket, timeout: float = 10.0) -> bytes:
    """Everything the server sends until it closes the connection (or ``timeout``)."""
    sock.settimeout(timeout)
    chunks: list[bytes] = []
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        try:
            data = sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def closed_by_peer(sock: socket.socket, within: float) -> float | None:
    """Seconds until the server closed ``sock`` (reading and discarding), or None."""
    t0 = time.monotonic()
    sock.settimeout(0.2)
    while time.monotonic() - t0 < within:
        try:
            data = sock.recv(4096)
        except TimeoutError:
            continue
        except ConnectionResetError:
            return time.monotonic() - t0
        if not data:
            return time.monotonic() - t0
    return None


def resident_kib(pid: int) -> int | None:
    """The process's resident memory in KiB; None when it is gone (or a zombie holding none)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return None
