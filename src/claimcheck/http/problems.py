"""Error responses as RFC 9457 problem details (``application/problem+json``).

Every error the server sends has ``type``, ``title``, ``status`` and ``detail``, plus
``instance`` (the request path). Errors specific to claimcheck have a ``type`` under
``/problems/``, which the server also answers with a description of the problem type; plain
HTTP errors (404, 405) use ``about:blank`` with the status phrase as title, as the RFC says.
A response never carries a stack trace.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from starlette.responses import Response

__all__ = ["PROBLEM_JSON", "PROBLEM_TYPES", "Problem", "ProblemType", "problem_response"]

PROBLEM_JSON = "application/problem+json"


@dataclass(frozen=True, slots=True)
class ProblemType:
    """A kind of error: its status, a fixed title, and what a client should do about it."""

    slug: str
    status: int
    title: str
    description: str

    @property
    def uri(self) -> str:
        return f"/problems/{self.slug}"


PROBLEM_TYPES: Mapping[str, ProblemType] = {
    p.slug: p
    for p in (
        ProblemType(
            "invalid-json",
            400,
            "Request body is not valid JSON",
            "The body of POST /v1/check must be one JSON object encoded as UTF-8.",
        ),
        ProblemType(
            "incomplete-body",
            400,
            "Request body shorter than its Content-Length",
            "The client declared a Content-Length but sent fewer bytes before the body "
            "timeout (claimcheck serve --body-timeout). Send the whole body, or a correct length.",
        ),
        ProblemType(
            "body-timeout",
            408,
            "Request body too slow",
            "The body did not arrive within the body timeout (claimcheck serve --body-timeout).",
        ),
        ProblemType(
            "unauthorized",
            401,
            "Missing or wrong bearer token",
            "This server requires 'Authorization: Bearer <token>' with the token it was started with.",
        ),
        ProblemType(
            "request-too-large",
            413,
            "Request body too large",
            "The body is larger than the server's limit (claimcheck serve --max-body). "
            "Send fewer or shorter sources, or raise the limit.",
        ),
        ProblemType(
            "invalid-request",
            422,
            "Request does not match the schema",
            "The JSON is well formed but a field is missing or has the wrong type or value; "
            "'errors' lists each problem with a JSON pointer to the field.",
        ),
        ProblemType(
            "unknown-rule",
            404,
            "No such rule",
            "No installed rule has this code; GET /v1/rules lists them.",
        ),
        ProblemType(
            "overloaded",
            503,
            "Too many checks waiting",
            "Every check worker is busy and the queue is full (claimcheck serve --max-queue). "
            "Retry after the number of seconds in Retry-After.",
        ),
        ProblemType(
            "internal-error",
            500,
            "Internal error",
            "The check failed unexpectedly. The server log has the details; the request can be retried.",
        ),
    )
}


class Problem(Exception):
    """An error to answer with a problem+json response (raised inside request handlers)."""

    def __init__(
        self,
        slug: str,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
        errors: Sequence[Mapping[str, str]] = (),
    ) -> None:
        super().__init__(detail)
        self.type = PROBLEM_TYPES[slug]
        self.detail = detail
        self.headers = dict(headers or {})
        self.errors = list(errors)

    def response(self, instance: str) -> Response:
        extra: dict[str, Any] = {"errors": self.errors} if self.errors else {}
        return problem_response(
            self.type.status,
            self.detail,
            type_uri=self.type.uri,
            title=self.type.title,
            instance=instance,
            headers=self.headers,
            extra=extra,
        )


def problem_response(
    status: int,
    detail: str,
    *,
    type_uri: str = "about:blank",
    title: str | None = None,
    instance: str | None = None,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Response:
    """A problem+json response; ``title`` defaults to the HTTP status phrase."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body: dict[str, Any] = {
        "type": type_uri,
        "title": title or phrase,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    if extra:
        body.update(extra)
    return Response(
        json.dumps(body, ensure_ascii=False).encode("utf-8"),
        status_code=status,
        headers=dict(headers or {}),
        media_type=PROBLEM_JSON,
    )
