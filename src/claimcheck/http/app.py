"""The routes of ``claimcheck serve``.

========================  =================================================================
``POST /v1/check``        check a draft against its sources (bearer token when configured)
``GET  /v1/rules``        every rule: code, name, severity, summary
``GET  /v1/rules/{code}`` one rule with its documentation
``GET  /v1/health``       liveness, readiness and the check workers; never needs a token
``GET  /openapi.json``    the OpenAPI description
``GET  /problems/{type}`` what an error type means
========================  =================================================================

Around the routes: the access log (outermost, when configured), then CORS for the configured
browser origins (answering ``OPTIONS`` preflights before authentication), then the exception
handlers of :mod:`.errors`.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from claimcheck import __version__
from claimcheck.api import engine_for
from claimcheck.http.access import OUTCOME_KEY, AccessLog, access_logger
from claimcheck.http.answers import AnswerCache, request_chars, request_key
from claimcheck.http.auth import BearerAuth
from claimcheck.http.body import read_body, read_json
from claimcheck.http.errors import EXCEPTION_HANDLERS
from claimcheck.http.openapi import openapi_document
from claimcheck.http.pool import Overloaded, Reply, WorkerPool, serving
from claimcheck.http.problems import PROBLEM_TYPES, Problem, problem_response
from claimcheck.http.responses import API_VERSION, check_body
from claimcheck.http.settings import ServerSettings
from claimcheck.http.validation import CheckRequest, parse_check_request
from claimcheck.rulekit import RuleSpec

__all__ = ["create_app"]


class _Cors(CORSMiddleware):
    """Starlette's CORS, with a refused preflight answered as problem+json like every error."""

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        detail = bytes(response.body).decode("utf-8", "replace")
        return problem_response(400, f"{detail} for this server", headers={"Vary": "Origin"})


class _Routes:
    """The route handlers of one server: its settings, its workers and its token."""

    def __init__(self, settings: ServerSettings, pool: WorkerPool) -> None:
        self.settings = settings
        self.pool = pool
        self.auth = BearerAuth(settings.token)
        self.openapi = openapi_document(__version__, auth=self.auth.required)
        self.tool = {"name": "claimcheck", "version": __version__}
        self.answers = AnswerCache()

    def specs(self) -> Mapping[str, RuleSpec]:
        return engine_for(self.settings.config).pm.rules()

    async def check(self, request: Request) -> Response:
        self.auth.check(request)
        s = self.settings
        raw = await read_body(request, s.max_body, s.body_timeout)
        req = parse_check_request(read_json(raw), max_documents=s.max_documents)
        del raw
        t0 = time.monotonic()
        key = request_key(req)
        body = self.answers.get(key)
        if body is None:
            body = self._body(req, await self._run(req, t0 + s.deadline))
            self.answers.put(key, body, request_chars(req))
        body["elapsed_ms"] = round((time.monotonic() - t0) * 1000, 1)
        outcome = {k: body[k] for k in ("decision", "complete", "incomplete_reason") if k in body}
        request.scope[OUTCOME_KEY] = outcome
        return JSONResponse(body)

    async def _run(self, req: CheckRequest, until: float) -> Reply:
        try:
            return await self.pool.run(req, until)
        except Overloaded:
            raise Problem(
                "overloaded",
                f"all {self.pool.size} check workers are busy and {self.pool.queued} checks "
                "are waiting; try again shortly",
                headers={"Retry-After": str(max(1, math.ceil(self.settings.deadline)))},
            ) from None

    def _body(self, req: CheckRequest, reply: Reply) -> dict[str, Any]:
        answer = reply.answer
        if answer is None or answer.body is None:
            if answer is not None and answer.invalid is not None:
                errors = (
                    [{"pointer": answer.pointer, "detail": answer.invalid}]
                    if answer.pointer
                    else []
                )
                raise Problem("invalid-request", answer.invalid, errors=errors)
            if answer is not None and answer.error is not None:
                raise RuntimeError(f"the check failed in its worker: {answer.error}")
            return check_body(
                req,
                None,
                timed_out=reply.timed_out,
                worker_failed=reply.worker_failed,
                stalled_in=reply.stalled_in,
                elapsed=0.0,
                config=self.settings.config,
                version=__version__,
            )
        return dict(answer.body)

    def _rule_json(self, spec: RuleSpec) -> dict[str, Any]:
        config = self.settings.config
        return {
            "code": spec.code,
            "name": spec.name,
            "severity": config.severity.get(spec.code, spec.default_severity),
            "default_severity": spec.default_severity,
            "summary": spec.summary,
            "plugin": spec.plugin,
            "enabled": config.selects(spec.code),
            "help_uri": f"/v1/rules/{spec.code}",
        }

    async def rules(self, request: Request) -> Response:
        self.auth.check(request)
        rules = [self._rule_json(spec) for spec in self.specs().values()]
        return JSONResponse({"api_version": API_VERSION, "rules": rules})

    async def rule(self, request: Request) -> Response:
        self.auth.check(request)
        code = str(request.path_params["code"]).upper()
        spec = self.specs().get(code)
        if spec is None:
            raise Problem("unknown-rule", f"no installed rule has the code {code!r}")
        return JSONResponse({**self._rule_json(spec), "doc": spec.doc or spec.summary})

    async def health(self, request: Request) -> Response:
        workers = self.pool.health()
        status = serving(workers)
        body = {
            "status": status,
            "api_version": API_VERSION,
            "tool": self.tool,
            "rules": len(self.specs()),
            "pending_checks": workers["queued"] + workers["busy"] + workers["stuck"],
            "workers": workers,
        }
        return JSONResponse(body, status_code=503 if status == "unavailable" else 200)

    async def openapi_json(self, request: Request) -> Response:
        return JSONResponse(self.openapi)

    async def problem_type(self, request: Request) -> Response:
        p = PROBLEM_TYPES.get(str(request.path_params["slug"]))
        if p is None:
            raise HTTPException(404, f"no problem type {request.path_params['slug']!r}")
        return JSONResponse(
            {"type": p.uri, "title": p.title, "status": p.status, "description": p.description}
        )

    def routes(self) -> list[Route]:
        return [
            Route("/v1/check", self.check, methods=["POST"]),
            Route("/v1/rules", self.rules, methods=["GET"]),
            Route("/v1/rules/{code}", self.rule, methods=["GET"]),
            Route("/v1/health", self.health, methods=["GET"]),
            Route("/openapi.json", self.openapi_json, methods=["GET"]),
            Route("/problems/{slug}", self.problem_type, methods=["GET"]),
        ]


def _middleware(settings: ServerSettings) -> list[Middleware]:
    out: list[Middleware] = []
    if settings.access_log:
        out.append(Middleware(AccessLog, logger=access_logger(settings.access_log)))
    if settings.cors_origins:
        out.append(
            Middleware(
                _Cors,
                allow_origins=settings.cors_origins,
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type"],
                expose_headers=["Retry-After"],
                max_age=600,
            )
        )
    return out


def create_app(
    settings: ServerSettings | None = None, *, pool: WorkerPool | None = None
) -> Starlette:
    """The ASGI application.

    ``pool`` is a started :class:`~claimcheck.http.pool.WorkerPool`; without one, the
    application starts its own when it starts up (and stops it when it shuts down).
    """
    settings = settings or ServerSettings.resolve()
    owned = pool is None
    workers = pool or WorkerPool(
        settings.worker_count,
        settings.config,
        max_queue=settings.max_queue,
        cache_chars=settings.source_cache_chars,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if owned:
            await loop.run_in_executor(None, workers.start)
        workers.attach(loop)
        try:
            yield
        finally:
            workers.close()

    return Starlette(
        routes=_Routes(settings, workers).routes(),
        middleware=_middleware(settings),
        exception_handlers=dict(EXCEPTION_HANDLERS),
        lifespan=lifespan,
    )
