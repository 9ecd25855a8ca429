"""The access log of ``claimcheck serve``: one JSON object per line, per request answered.

::

    {"time": "2026-12-07T12:00:00.123Z", "client": "127.0.0.1", "method": "POST",
     "path": "/v1/check", "status": 200, "request_bytes": 5120, "response_bytes": 2048,
     "duration_ms": 23.4, "decision": "block", "complete": true}

Request bodies, headers (the bearer token among them) and query strings are never logged; a
check adds only its ``decision``, ``complete`` and ``incomplete_reason``. The log is written
through :mod:`logging` (logger ``claimcheck.http.access``), to a file that log rotation may move
(it is reopened) or to stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
import sys
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["OUTCOME_KEY", "AccessLog", "access_logger"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Scope key under which a route leaves what the log may say about its answer.
OUTCOME_KEY = "claimcheck.outcome"


def access_logger(target: str) -> logging.Logger:
    """The access logger, writing to ``target`` (a file path, or ``-`` for stderr)."""
    logger = logging.getLogger("claimcheck.http.access")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for h in list(logger.handlers):
        logger.removeHandler(h)
        h.close()
    handler: logging.Handler
    if target == "-":
        handler = logging.StreamHandler(sys.stderr)
    else:
        handler = logging.handlers.WatchedFileHandler(target, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    return logger


def _now() -> str:
    return (
        dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


class AccessLog:
    """ASGI middleware that logs each HTTP request's line, status, sizes and duration."""

    def __init__(self, app: ASGIApp, logger: logging.Logger) -> None:
        self.app = app
        self.logger = logger

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        seen = {"status": 0, "bytes": 0, "in": 0}

        async def counting_receive() -> Message:
            message = await receive()
            seen["in"] += len(message.get("body", b""))
            return message

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = int(message["status"])
            elif message["type"] == "http.response.body":
                seen["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        finally:
            self._log(scope, seen, time.perf_counter() - t0)

    def _log(self, scope: Scope, seen: dict[str, int], elapsed: float) -> None:
        client = scope.get("client")
        entry: dict[str, Any] = {
            "time": _now(),
            "client": client[0] if client else None,
            "method": scope["method"],
            "path": scope["path"],
            "status": seen["status"] or None,
            "request_bytes": seen["in"],
            "response_bytes": seen["bytes"],
            "duration_ms": round(elapsed * 1000, 1),
        }
        outcome = scope.get(OUTCOME_KEY)
        if isinstance(outcome, dict):
            entry.update(outcome)
        self.logger.info(json.dumps(entry, ensure_ascii=True))
