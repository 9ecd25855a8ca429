"""``claimcheck serve``: the HTTP check for CMS pre-publish hooks, on uvicorn.

The server binds its socket first (so a port in use is one clear error), loads the plugins and
normalization data once by running a warm-up check, prints one line saying where it listens,
and then serves until interrupted. The application itself lives in :mod:`claimcheck.http`.
"""

from __future__ import annotations

import gc
import ipaddress
import socket
import sys

from claimcheck.config import Config

__all__ = ["serve"]


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


def serve(
    host: str = "127.0.0.1",
    port: int = 8765,
    config: Config | None = None,
    *,
    token: str | None = None,
    max_body: str | int | None = None,
    deadline: str | float | None = None,
) -> int:
    """Serve the HTTP API until interrupted; returns the exit code (2 when it cannot start).

    ``token``, ``max_body`` (bytes, or ``"1MiB"``) and ``deadline`` (seconds) fall back to the
    ``CLAIMCHECK_TOKEN``, ``CLAIMCHECK_MAX_BODY`` and ``CLAIMCHECK_DEADLINE`` environment
    variables, then to no token, 1 MiB and 3 seconds. Port 0 picks a free port; the line
    printed at start says which.
    """
    import uvicorn

    from claimcheck.http import ServerSettings, SettingsError, create_app
    from claimcheck.http.runner import CheckRunner
    from claimcheck.manager.facade import PluginError

    def fail(message: str) -> int:
        print(f"claimcheck: error: {message}", file=sys.stderr)
        return 2

    try:
        settings = ServerSettings.resolve(config, token=token, max_body=max_body, deadline=deadline)
    except SettingsError as exc:
        return fail(str(exc))
    try:
        sock = _bind(host, port)
    except OSError as exc:
        return fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    with sock:
        runner = CheckRunner(settings)
        try:
            runner.warm()
        except PluginError as exc:
            return fail(str(exc))
        # what warm-up loaded (plugins, CLDR and unit data, alias tables) lives as long as the
        # process: keep it out of the garbage collector's full passes during checks
        gc.collect()
        gc.freeze()
        for msg in runner.engine().pm.load_errors:
            print(f"claimcheck: error: {msg}", file=sys.stderr)
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
            f"({auth}; body limit {settings.max_body} bytes; deadline {settings.deadline:g} s)",
            flush=True,
        )
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings, runner=runner),
                log_level="warning",
                access_log=False,
                server_header=False,
                lifespan="on",
                timeout_keep_alive=15,
            )
        )
        server.run(sockets=[sock])
    return 0
