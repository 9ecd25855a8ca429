"""Bearer-token authentication of ``claimcheck serve``."""

from __future__ import annotations

import hashlib
import hmac

from starlette.requests import Request

from claimcheck.http.problems import Problem

__all__ = ["BearerAuth"]


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


class BearerAuth:
    """Checks ``Authorization: Bearer <token>`` against the configured token, if any."""

    def __init__(self, token: str | None) -> None:
        self._expected = _digest(token) if token else None

    @property
    def required(self) -> bool:
        return self._expected is not None

    def check(self, request: Request) -> None:
        """Raise a 401 :class:`Problem` unless the request carries the token (or none is set)."""
        if self._expected is None:
            return
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        credential = credential.strip()
        if scheme.lower() != "bearer" or not credential:
            raise Problem(
                "unauthorized",
                "this server requires 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": 'Bearer realm="claimcheck"'},
            )
        # comparing digests takes the same time whatever the length of the guess
        if not hmac.compare_digest(_digest(credential), self._expected):
            raise Problem(
                "unauthorized",
                "the bearer token is not valid",
                headers={"WWW-Authenticate": 'Bearer realm="claimcheck", error="invalid_token"'},
            )
