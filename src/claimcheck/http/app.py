"""The routes of ``claimcheck serve``.

========================  =================================================================
``POST /v1/check``        check a draft against its sources (bearer token when configured)
``GET  /v1/rules``        every rule: code, name, severity, summary
``GET  /v1/rules/{code}`` one rule with its documentation
``GET  /v1/health``       liveness; never needs a token
``GET  /openapi.json``    the OpenAPI description
``GET  /problems/{type}`` what an error type means
========================  =================================================================
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from claimcheck import __version__
from claimcheck.http.openapi import openapi_document
from claimcheck.http.problems import PROBLEM_TYPES, Problem, problem_response
from claimcheck.http.responses import API_VERSION, check_body
from claimcheck.http.runner import CheckRunner, Overloaded
from claimcheck.http.settings import ServerSettings
from claimcheck.http.validation import RequestInvalid, parse_check_request
from claimcheck.reading import DocumentError

__all__ = ["create_app", "read_body"]

log = logging.getLogger("claimcheck.http.server")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) as soon as it is known to exceed ``limit`` bytes.

    A declared ``Content-Length`` over the limit is refused before reading anything; a body
    without one (chunked) is counted while it arrives, so a wrong or missing header does not
    get past the limit.
    """
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise Problem(
            "request-too-large",
            f"the body is {int(declared)} bytes; this server accepts at most {limit}",
        )
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Problem(
                    "request-too-large",
                    f"the body is over {limit} bytes, the most this server accepts",
                )
            chunks.append(chunk)
    except ClientDisconnect:
        raise Problem(
            "invalid-json", "the client closed the connection before the body ended"
        ) from None
    return b"".join(chunks)


def _token_digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


def create_app(
    settings: ServerSettings | None = None, *, runner: CheckRunner | None = None
) -> Starlette:
    """The ASGI application; ``runner`` defaults to one built from ``settings``."""
    settings = settings or ServerSettings.resolve()
    runner = runner or CheckRunner(settings)
    expected = _token_digest(settings.token) if settings.token else None
    openapi = openapi_document(__version__, auth=expected is not None)
    tool = {"name": "claimcheck", "version": __version__}

    def authorize(request: Request) -> None:
        if expected is None:
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
        if not hmac.compare_digest(_token_digest(credential), expected):
            raise Problem(
                "unauthorized",
                "the bearer token is not valid",
                headers={"WWW-Authenticate": 'Bearer realm="claimcheck", error="invalid_token"'},
            )

    async def check(request: Request) -> Response:
        authorize(request)
        raw = await read_body(request, settings.max_body)
        if not raw.strip():
            raise Problem("invalid-json", "the body is empty; send a JSON object with 'draft'")
        try:
            data = json.loads(raw)
        except UnicodeDecodeError as exc:
            raise Problem("invalid-json", f"the body is not UTF-8 (byte {exc.start})") from None
        except RecursionError:
            raise Problem("invalid-json", "the JSON is nested too deeply") from None
        except ValueError as exc:
            raise Problem("invalid-json", f"the body is not valid JSON: {exc}") from None
        req = parse_check_request(data, max_documents=settings.max_documents)
        try:
            outcome = await runner.run(req)
        except Overloaded:
            raise Problem(
                "overloaded",
                f"{runner.pending} checks are waiting; try again shortly",
                headers={"Retry-After": str(max(1, math.ceil(settings.deadline)))},
            ) from None
        except DocumentError as exc:
            raise Problem("invalid-request", str(exc)) from None
        result = outcome.result
        if result is not None:
            unread = next((e for e in result.errors if e.path == req.draft_id), None)
            if unread is not None:
                raise Problem(
                    "invalid-request",
                    f"the draft cannot be read: {unread.message}",
                    errors=[{"pointer": "/draft/text", "detail": unread.message}],
                )
        body = check_body(
            req,
            result,
            timed_out=outcome.timed_out,
            elapsed=outcome.elapsed,
            config=settings.config,
            version=__version__,
        )
        return JSONResponse(body)

    def rule_json(code: str) -> dict[str, Any]:
        spec = runner.rules()[code]
        return {
            "code": spec.code,
            "name": spec.name,
            "severity": settings.config.severity.get(code, spec.default_severity),
            "default_severity": spec.default_severity,
            "summary": spec.summary,
            "plugin": spec.plugin,
            "enabled": settings.config.selects(code),
            "help_uri": f"/v1/rules/{code}",
        }

    async def rules(request: Request) -> Response:
        authorize(request)
        return JSONResponse(
            {"api_version": API_VERSION, "rules": [rule_json(c) for c in runner.rules()]}
        )

    async def rule(request: Request) -> Response:
        authorize(request)
        code = str(request.path_params["code"]).upper()
        specs = runner.rules()
        if code not in specs:
            raise Problem("unknown-rule", f"no installed rule has the code {code!r}")
        return JSONResponse({**rule_json(code), "doc": specs[code].doc or specs[code].summary})

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "api_version": API_VERSION,
                "tool": tool,
                "rules": len(runner.rules()),
                "pending_checks": runner.pending,
            }
        )

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(openapi)

    async def problem_type(request: Request) -> Response:
        p = PROBLEM_TYPES.get(str(request.path_params["slug"]))
        if p is None:
            raise HTTPException(404, f"no problem type {request.path_params['slug']!r}")
        return JSONResponse(
            {"type": p.uri, "title": p.title, "status": p.status, "description": p.description}
        )

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
        return problem_response(
            exc.status_code, detail, instance=request.url.path, headers=exc.headers
        )

    async def on_error(request: Request, exc: Exception) -> Response:
        log.error("check failed: %s", request.url.path, exc_info=exc)
        return Problem(
            "internal-error", f"the server could not answer ({type(exc).__name__})"
        ).response(request.url.path)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            runner.close()

    return Starlette(
        routes=[
            Route("/v1/check", check, methods=["POST"]),
            Route("/v1/rules", rules, methods=["GET"]),
            Route("/v1/rules/{code}", rule, methods=["GET"]),
            Route("/v1/health", health, methods=["GET"]),
            Route("/openapi.json", openapi_json, methods=["GET"]),
            Route("/problems/{slug}", problem_type, methods=["GET"]),
        ],
        exception_handlers={
            Problem: on_problem,
            RequestInvalid: on_invalid,
            HTTPException: on_http,
            Exception: on_error,
        },
        lifespan=lifespan,
    )
