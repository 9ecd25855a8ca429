"""``claimcheck serve``: the HTTP check for CMS pre-publish hooks, on uvicorn.

The server checks that its extra is installed, binds its socket (so a port in use is one clear
error), starts its check workers (each loads the plugins and normalization data and runs a
warm-up check), prints one line saying where it listens, and then serves until interrupted.
The application itself lives in :mod:`claimcheck.http.app`, the connection guards (header
timeout, connection limit, lingering close) in :mod:`claimcheck.http.protocol`.
"""

from __future__ import annotations

import gc
import ipaddress
import logging
import math
import socket
import sys
from typing import TYPE_CHECKING, Any

from claimcheck.config import Config
from claimcheck.http.settings import ServerSettings, SettingsError, parse_port

if TYPE_CHECKING:
    from claimcheck.http.pool import WorkerPool

__all__ = ["serve"]

#: File descriptors kept free for the listening socket, logs, pipes and the like.
_SPARE_FDS = 64


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> socket.socket:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, addr = infos[0]
    # the protocol number matters: asyncio turns Nagle's algorithm off only on sockets that
    # say they are TCP, and without that every keep-alive answer waits for a delayed ACK
    sock = socket.socket(family, kind, proto or socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(addr)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _fit_connections(wanted: int, workers: int) -> int:
    """The connection limit the open-file limit allows, raising the soft limit if it can.

    Accepting past the open-file limit fails on every attempt and floods the log; the
    connection limit keeps the server below it.
    """
    try:
        import resource
    except ImportError:  # not on this platform
        return wanted
    need = wanted + _SPARE_FDS + 4 * workers
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < need:
        target = need if hard == resource.RLIM_INFINITY else min(need, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY or soft >= need:
        return wanted
    fitted = max(8, soft - _SPARE_FDS - 4 * workers)
    print(
        f"claimcheck: warning: the open-file limit ({soft}) allows {fitted} connections, "
        f"not {wanted}",
        file=sys.stderr,
    )
    return fitted


def _missing_extra() -> str | None:
    """The module of the ``server`` extra that cannot be imported, if any."""
    for name in ("starlette", "uvicorn"):
        try:
            __import__(name)
        except ImportError:
            return name
    return None


class _OneLine(logging.Formatter):
    """``claimcheck: warning: message``, like every other line the command prints; an
    unexpected error (a 500) keeps its traceback, which the operator needs."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"claimcheck: {record.levelname.lower()}: {record.getMessage()}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    logger = logging.getLogger("claimcheck.http.server")
    logger.addHandler(handler)
    logger.propagate = False


def _fail(message: str) -> int:
    print(f"claimcheck: error: {message}", file=sys.stderr)
    return 2


def serve(
    host: str = "127.0.0.1",
    port: int | str = 8765,
    config: Config | None = None,
    **options: Any,
) -> int:
    """Serve the HTTP API until interrupted; returns the exit code (2 when it cannot start).

    ``options`` are the fields of :class:`~claimcheck.http.settings.ServerSettings` (``token``,
    ``max_body``, ``deadline``, ``workers``, ``max_queue``, ``max_connections``,
    ``header_timeout``, ``body_timeout``, ``cors_origins``, ``access_log``); each falls back to
    its ``CLAIMCHECK_*`` environment variable, then to its default. Port 0 picks a free port;
    the line printed at start says which.
    """
    missing = _missing_extra()
    if missing is not None:
        return _fail(
            f"'claimcheck serve' needs the server extra ({missing} is not installed): "
            "pip install 'claimcheck[server]'"
        )
    try:
        port = parse_port(port)
        settings = ServerSettings.resolve(config, **options)
    except SettingsError as exc:
        return _fail(str(exc))
    try:
        sock = _bind(host, port)
    except OSError as exc:
        return _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    with sock:
        return _run(sock, host, settings)


def _run(sock: socket.socket, host: str, settings: ServerSettings) -> int:
    from claimcheck.api import engine_for
    from claimcheck.http.pool import WorkerPool
    from claimcheck.manager.facade import PluginError

    _log_to_stderr()
    if settings.access_log:
        from claimcheck.http.access import access_logger

        try:
            access_logger(settings.access_log)
        except OSError as exc:
            return _fail(f"{settings.access_log}: cannot write the access log: {exc.strerror}")
    try:
        engine = engine_for(settings.config)  # the rules the server lists
    except PluginError as exc:
        return _fail(str(exc))
    for msg in engine.pm.load_errors:
        print(f"claimcheck: error: {msg}", file=sys.stderr)
    connections = _fit_connections(settings.max_connections, settings.worker_count)
    pool = WorkerPool(
        settings.worker_count,
        settings.config,
        max_queue=settings.max_queue,
        cache_chars=settings.source_cache_chars,
    )
    try:
        pool.start()
    except RuntimeError as exc:
        return _fail(str(exc))
    try:
        # what start-up loaded lives as long as the process: keep it out of full collections
        gc.collect()
        gc.freeze()
        _announce(sock, host, settings)
        _uvicorn(sock, settings, pool, connections)
    finally:
        pool.close()
    return 0


def _announce(sock: socket.socket, host: str, settings: ServerSettings) -> None:
    if not _is_loopback(host) and settings.token is None:
        print(
            f"claimcheck: warning: listening on {host} without a token; anyone who can "
            "reach this address can use the check (set --token or CLAIMCHECK_TOKEN)",
            file=sys.stderr,
        )
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    auth = "bearer token required" if settings.token else "no token"
    print(
        f"claimcheck: serving POST /v1/check on http://{shown}:{bound_port} "
        f"({auth}; body limit {settings.max_body} bytes; deadline {settings.deadline:g} s; "
        f"{settings.worker_count} check worker{'s' if settings.worker_count != 1 else ''})",
        flush=True,
    )


def _uvicorn(
    sock: socket.socket, settings: ServerSettings, pool: WorkerPool, connections: int
) -> None:
    import uvicorn

    from claimcheck.http.app import create_app
    from claimcheck.http.protocol import guarded_protocol

    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, pool=pool),
            http=guarded_protocol(
                header_timeout=settings.header_timeout, max_connections=connections
            ),
            log_level="warning",
            access_log=False,
            server_header=False,
            lifespan="on",
            timeout_keep_alive=max(1, math.ceil(settings.keep_alive)),
            timeout_graceful_shutdown=max(5, math.ceil(settings.deadline + 2)),
        )
    )
    server.run(sockets=[sock])
