"""Reading the body of ``POST /v1/check``: within the size limit, within the body timeout.

A declared ``Content-Length`` over the limit is refused (413) before anything is read; a body
without one (chunked) is counted while it arrives, so a wrong or missing header does not get
past the limit. The whole body must arrive within the body timeout: a body shorter than its
``Content-Length`` is a 400 once the timeout passes (the client is not waited for forever), a
chunked body still arriving is a 408.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.requests import ClientDisconnect, Request

from claimcheck.http.problems import Problem

__all__ = ["read_body", "read_json"]


def _declared(request: Request) -> int | None:
    value = request.headers.get("content-length")
    return int(value) if value is not None and value.strip().isdigit() else None


async def _collect(request: Request, limit: int, chunks: list[bytes]) -> None:
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Problem(
                "request-too-large", f"the body is over {limit} bytes, the most this server accepts"
            )
        chunks.append(chunk)


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The request body, refusing (413) as soon as it is known to exceed ``limit`` bytes, and
    giving up (400 or 408) when it has not all arrived ``timeout`` seconds from now."""
    declared = _declared(request)
    if declared is not None and declared > limit:
        raise Problem(
            "request-too-large",
            f"the body is {declared} bytes; this server accepts at most {limit}",
        )
    chunks: list[bytes] = []
    try:
        await asyncio.wait_for(_collect(request, limit, chunks), timeout)
    except asyncio.TimeoutError:
        got = sum(len(c) for c in chunks)
        if declared is not None:
            raise Problem(
                "incomplete-body",
                f"the body has {got} of the {declared} bytes its Content-Length declares, "
                f"and no more arrived within {timeout:g} s",
            ) from None
        raise Problem(
            "body-timeout", f"the body was still arriving after {timeout:g} s ({got} bytes)"
        ) from None
    except ClientDisconnect:
        raise Problem(
            "invalid-json", "the client closed the connection before the body ended"
        ) from None
    return b"".join(chunks)


def read_json(raw: bytes) -> Any:
    """The decoded JSON of a body; 400 for anything that is not one UTF-8 JSON value."""
    if not raw.strip():
        raise Problem("invalid-json", "the body is empty; send a JSON object with 'draft'")
    try:
        return json.loads(raw)
    except UnicodeDecodeError as exc:
        raise Problem("invalid-json", f"the body is not UTF-8 (byte {exc.start})") from None
    except RecursionError:
        raise Problem("invalid-json", "the JSON is nested too deeply") from None
    except ValueError as exc:
        raise Problem("invalid-json", f"the body is not valid JSON: {exc}") from None
