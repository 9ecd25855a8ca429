"""The options of ``claimcheck serve`` (light: imported when the command line is built).

Each option falls back to a ``CLAIMCHECK_*`` environment variable (see
:data:`claimcheck.http.settings.ENVIRONMENT`), then to the default of
:class:`~claimcheck.http.settings.ServerSettings`.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["add_serve_arguments", "serve_options"]


def _port(value: str) -> int:
    # the same rule as claimcheck.http.settings.parse_port, without importing the settings
    # (and the configuration machinery) just to build the command line
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 65535, not {value!r}")
    return port


def add_serve_arguments(s: argparse.ArgumentParser) -> None:
    """Add the ``serve`` options to its sub-parser."""
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=_port, default=8765, help="0 picks a free port")
    s.add_argument("--config", metavar="FILE")
    s.add_argument("--token", help="require this bearer token (default: $CLAIMCHECK_TOKEN)")
    s.add_argument(
        "--max-body",
        metavar="BYTES",
        help="largest request body, e.g. 1048576 or 1MiB (default 1MiB; $CLAIMCHECK_MAX_BODY)",
    )
    s.add_argument(
        "--deadline",
        metavar="SECONDS",
        help="answer with what was found after this long (default 3; $CLAIMCHECK_DEADLINE)",
    )
    s.add_argument("--workers", metavar="N", help="check worker processes (default: one per core)")
    s.add_argument(
        "--max-queue", metavar="N", help="checks waiting for a worker before 503 (default 64)"
    )
    s.add_argument("--max-connections", metavar="N", help="open connections at most (default 256)")
    s.add_argument(
        "--header-timeout",
        metavar="SECONDS",
        help="time a client has to send a request's headers (default 10)",
    )
    s.add_argument(
        "--body-timeout",
        metavar="SECONDS",
        help="time a client has to send a request's body (default 30)",
    )
    s.add_argument(
        "--cors-origin",
        action="append",
        metavar="ORIGIN",
        help="a browser origin allowed to call the API, e.g. https://cms.example.org "
        "(repeatable; '*' for any; default none; $CLAIMCHECK_CORS_ORIGINS, comma-separated)",
    )
    s.add_argument(
        "--access-log",
        metavar="FILE",
        help="write an access log (JSON lines) to FILE, or '-' for stderr (default: none)",
    )


def serve_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of :func:`claimcheck.http.server.serve` from parsed options."""
    return {
        "host": args.host,
        "port": args.port,
        "token": args.token,
        "max_body": args.max_body,
        "deadline": args.deadline,
        "workers": args.workers,
        "max_queue": args.max_queue,
        "max_connections": args.max_connections,
        "header_timeout": args.header_timeout,
        "body_timeout": args.body_timeout,
        "cors_origins": args.cors_origin,
        "access_log": args.access_log,
    }
