"""Settings of the HTTP server: command-line options first, then environment, then defaults."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import regex

from claimcheck.config import Config

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_BODY",
    "ENV_DEADLINE",
    "ENV_MAX_BODY",
    "ENV_TOKEN",
    "ServerSettings",
    "SettingsError",
    "parse_size",
]

#: Largest request body accepted, in bytes (1 MiB).
DEFAULT_MAX_BODY = 1 << 20
#: Seconds a check may take before the answer is sent with ``complete: false``.
DEFAULT_DEADLINE = 3.0

ENV_TOKEN = "CLAIMCHECK_TOKEN"
ENV_MAX_BODY = "CLAIMCHECK_MAX_BODY"
ENV_DEADLINE = "CLAIMCHECK_DEADLINE"

_SIZE = regex.compile(r"^\s*(\d+)\s*([kKmM]i?[bB]?|[bB])?\s*$")
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20}


class SettingsError(ValueError):
    """A server option or environment variable has a value that cannot be used."""


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


def _parse_deadline(value: str | float) -> float:
    try:
        secs = float(value)
    except ValueError:
        raise SettingsError(f"deadline must be a number of seconds, not {value!r}") from None
    if not math.isfinite(secs) or secs <= 0 or secs > 600:
        raise SettingsError(f"deadline must be between 0 and 600 seconds, not {value!r}")
    return secs


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerSettings:
    """What the server enforces. ``token`` ``None`` means no authentication."""

    config: Config = field(default_factory=Config)
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    deadline: float = DEFAULT_DEADLINE
    #: Most documents (draft plus sources) in one request.
    max_documents: int = 64
    #: Most checks waiting for the worker before new ones are turned away with 503.
    max_pending: int = 64

    @classmethod
    def resolve(
        cls,
        config: Config | None = None,
        *,
        token: str | None = None,
        max_body: str | int | None = None,
        deadline: str | float | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> ServerSettings:
        """Settings from options, falling back to ``CLAIMCHECK_*`` environment variables.

        Raises :class:`SettingsError` with a readable message for a bad value.
        """
        env = os.environ if environ is None else environ
        tok = token if token is not None else env.get(ENV_TOKEN)
        if tok is not None:
            tok = tok.strip()
            if not tok:
                tok = None
            elif any(c.isspace() for c in tok) or not tok.isprintable():
                raise SettingsError("the token must be printable and contain no spaces")
        body = max_body if max_body is not None else env.get(ENV_MAX_BODY)
        secs = deadline if deadline is not None else env.get(ENV_DEADLINE)
        return cls(
            config=config if config is not None else Config(),
            token=tok,
            max_body=parse_size(body) if body is not None else DEFAULT_MAX_BODY,
            deadline=_parse_deadline(secs) if secs is not None else DEFAULT_DEADLINE,
        )
