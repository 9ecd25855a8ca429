"""Settings of the HTTP server: command-line options first, then environment, then defaults.

Importing this module imports neither Starlette nor uvicorn, so the command line can describe
and validate ``claimcheck serve`` without the server extra installed.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

from claimcheck.config import Config

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_BODY",
    "ENV_DEADLINE",
    "ENV_MAX_BODY",
    "ENV_TOKEN",
    "ServerSettings",
    "SettingsError",
    "available_cores",
    "parse_origins",
    "parse_port",
    "parse_size",
]

#: Largest request body accepted, in bytes (1 MiB).
DEFAULT_MAX_BODY = 1 << 20
#: Seconds a check may take before the answer is sent with ``complete: false``.
DEFAULT_DEADLINE = 3.0

ENV_TOKEN = "CLAIMCHECK_TOKEN"
ENV_MAX_BODY = "CLAIMCHECK_MAX_BODY"
ENV_DEADLINE = "CLAIMCHECK_DEADLINE"

#: option name -> environment variable, for the options that have one.
ENVIRONMENT: Mapping[str, str] = {
    "token": ENV_TOKEN,
    "max_body": ENV_MAX_BODY,
    "deadline": ENV_DEADLINE,
    "workers": "CLAIMCHECK_WORKERS",
    "max_queue": "CLAIMCHECK_MAX_QUEUE",
    "max_connections": "CLAIMCHECK_MAX_CONNECTIONS",
    "header_timeout": "CLAIMCHECK_HEADER_TIMEOUT",
    "body_timeout": "CLAIMCHECK_BODY_TIMEOUT",
    "cors_origins": "CLAIMCHECK_CORS_ORIGINS",
    "access_log": "CLAIMCHECK_ACCESS_LOG",
}

_SIZE = re.compile(r"^\s*(\d+)\s*([kKmM]i?[bB]?|[bB])?\s*$")
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20}

T = TypeVar("T")


class SettingsError(ValueError):
    """A server option or environment variable has a value that cannot be used."""


def available_cores() -> int:
    """The CPUs this process may run on (its affinity mask where the system has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def parse_size(value: str | int) -> int:
    """A byte count from ``1048576``, ``"512KiB"``, ``"1M"`` or ``"2MiB"`` (binary units)."""
    if isinstance(value, int):
        n = value
    else:
        m = _SIZE.match(value)
        if m is None:
            raise SettingsError(
                f"body size must be a number of bytes like 1048576 or 1MiB, not {value!r}"
            )
        n = int(m[1]) * _UNITS[(m[2] or "")[:1].lower()]
    if n < 1024:
        raise SettingsError(f"body size limit must be at least 1024 bytes, not {n}")
    return n


def parse_port(value: str | int) -> int:
    """A TCP port, 0 (any free port) to 65535."""
    try:
        port = int(value)
    except ValueError:
        raise SettingsError(f"port must be a number from 0 to 65535, not {value!r}") from None
    if not 0 <= port <= 65535:
        raise SettingsError(f"port must be a number from 0 to 65535, not {port}")
    return port


def _seconds(what: str, top: float) -> Callable[[str | float], float]:
    def parse(value: str | float) -> float:
        try:
            secs = float(value)
        except ValueError:
            raise SettingsError(f"{what} must be a number of seconds, not {value!r}") from None
        if not math.isfinite(secs) or secs <= 0 or secs > top:
            raise SettingsError(f"{what} must be between 0 and {top:g} seconds, not {value!r}")
        return secs

    return parse


def _count(what: str, low: int, top: int) -> Callable[[str | int], int]:
    def parse(value: str | int) -> int:
        try:
            n = int(value)
        except ValueError:
            raise SettingsError(f"{what} must be a whole number, not {value!r}") from None
        if not low <= n <= top:
            raise SettingsError(f"{what} must be from {low} to {top}, not {n}")
        return n

    return parse


def parse_origins(value: str | Sequence[str]) -> tuple[str, ...]:
    """CORS origins from ``"https://cms.example.org,https://staging.example.org"`` or a list.

    Each is ``*`` or a bare origin: scheme, host and optional port, no path.
    """
    items = value.split(",") if isinstance(value, str) else list(value)
    out: list[str] = []
    for raw in items:
        origin = raw.strip().rstrip("/")
        if not origin:
            continue
        if origin != "*":
            parts = urlsplit(origin)
            if parts.scheme not in ("http", "https") or not parts.hostname or parts.path:
                raise SettingsError(
                    f"CORS origin must be '*' or like https://cms.example.org, not {raw.strip()!r}"
                )
        out.append(origin)
    return tuple(dict.fromkeys(out))


def _token(value: str | None) -> str | None:
    if value is None:
        return None
    tok = value.strip()
    if not tok:
        return None
    if any(c.isspace() for c in tok) or not tok.isprintable():
        raise SettingsError("the token must be printable and contain no spaces")
    return tok


_PARSERS: Mapping[str, Callable[[Any], Any]] = {
    "token": _token,
    "max_body": parse_size,
    "deadline": _seconds("deadline", 600),
    "workers": _count("workers", 1, 64),
    "max_queue": _count("queue length", 0, 10_000),
    "max_connections": _count("connection limit", 8, 100_000),
    "header_timeout": _seconds("header timeout", 3600),
    "body_timeout": _seconds("body timeout", 3600),
    "cors_origins": parse_origins,
    "access_log": lambda v: v.strip() or None,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerSettings:
    """What the server enforces. ``token`` ``None`` means no authentication."""

    config: Config = field(default_factory=Config)
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    deadline: float = DEFAULT_DEADLINE
    #: Most documents (draft plus sources) in one request.
    max_documents: int = 64
    #: Check worker processes; ``None`` means one per available core.
    workers: int | None = None
    #: Most checks waiting for a free worker before new ones are turned away with 503.
    max_queue: int = 64
    #: Open connections at most; more are answered 503 and closed at once.
    max_connections: int = 256
    #: Seconds a client has to send a request's headers (from connecting, or from the end
    #: of the previous answer on a kept-alive connection).
    header_timeout: float = 10.0
    #: Seconds a client has to send a request's whole body.
    body_timeout: float = 30.0
    #: Seconds an idle kept-alive connection stays open.
    keep_alive: float = 5.0
    #: Browser origins allowed to call the API (CORS); empty: none.
    cors_origins: tuple[str, ...] = ()
    #: Where the JSON-lines access log goes: a file path, ``-`` for stderr, ``None`` for none.
    access_log: str | None = None
    #: Characters of analysed sources each worker keeps for reuse across requests.
    source_cache_chars: int = 2_000_000

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers is not None else available_cores()

    @classmethod
    def resolve(
        cls,
        config: Config | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        **options: Any,
    ) -> ServerSettings:
        """Settings from ``options`` (the names of the fields), falling back to the
        ``CLAIMCHECK_*`` environment variables of :data:`ENVIRONMENT`, then the defaults.

        Raises :class:`SettingsError` with a readable message for a bad value.
        """
        env = os.environ if environ is None else environ
        unknown = set(options) - set(_PARSERS)
        if unknown:
            raise TypeError(f"unknown server options: {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for name, parse in _PARSERS.items():
            raw = options.get(name)
            if raw is None and name in ENVIRONMENT:
                raw = env.get(ENVIRONMENT[name])
            if raw is not None:
                values[name] = parse(raw)
        values = {k: v for k, v in values.items() if v is not None}
        return cls(config=config if config is not None else Config(), **values)
