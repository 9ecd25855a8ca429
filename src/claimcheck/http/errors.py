"""Exception handlers of ``claimcheck serve``: every error is a problem+json answer."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from claimcheck.http.problems import Problem, problem_response
from claimcheck.http.validation import RequestInvalid

__all__ = ["EXCEPTION_HANDLERS"]

log = logging.getLogger("claimcheck.http.server")

Handler = Callable[[Request, Exception], Awaitable[Response]]


async def on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return exc.response(request.url.path)


async def on_invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestInvalid)
    n = len(exc.errors)
    return Problem(
        "invalid-request",
        f"{n} problem{'s' if n != 1 else ''} with the request: {exc}",
        errors=exc.errors,
    ).response(request.url.path)


async def on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = exc.detail
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no such endpoint: {request.url.path}"
    elif exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        detail = f"{request.method} is not allowed on {request.url.path}" + (
            f" (allowed: {allowed})" if allowed else ""
        )
    return problem_response(exc.status_code, detail, instance=request.url.path, headers=exc.headers)


async def on_error(request: Request, exc: Exception) -> Response:
    log.error("check failed: %s", request.url.path, exc_info=exc)
    return Problem(
        "internal-error", f"the server could not answer ({type(exc).__name__})"
    ).response(request.url.path)


EXCEPTION_HANDLERS: Mapping[type[Exception], Handler] = {
    Problem: on_problem,
    RequestInvalid: on_invalid,
    HTTPException: on_http,
    Exception: on_error,
}
