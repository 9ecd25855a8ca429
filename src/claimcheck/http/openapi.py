"""The OpenAPI 3.1 description of the HTTP API, served at ``/openapi.json``.

Written by hand so that it documents the contract (DESIGN.md, "HTTP check for CMS hooks")
rather than whatever the code happens to accept; ``tests/test_server.py`` checks that the
server answers as described.
"""

from __future__ import annotations

from typing import Any

from claimcheck.http.problems import PROBLEM_JSON, PROBLEM_TYPES
from claimcheck.http.responses import API_VERSION, INCOMPLETE_REASONS
from claimcheck.http.settings import DEFAULT_DEADLINE, DEFAULT_MAX_BODY
from claimcheck.http.validation import FORMATS

__all__ = ["openapi_document"]

_NULLABLE_STRING: dict[str, Any] = {"type": ["string", "null"]}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {PROBLEM_JSON: {"schema": _ref("Problem")}}}


_NUMBER_FIELDS: dict[str, Any] = {
    "value": {"type": ["number", "null"]},
    "low": {"type": ["number", "null"]},
    "high": {"type": ["number", "null"]},
    "qualifier": {
        "type": "string",
        "enum": ["exact", "about", "at_least", "more_than", "at_most", "less_than", "range"],
    },
}

_SCHEMAS: dict[str, Any] = {
    "Document": {
        "type": "object",
        "description": "A document to check. Offsets in findings index `text` in Unicode code points.",
        "required": ["text"],
        "properties": {
            "id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200,
                "description": "Names the document in findings (`location.path`). "
                "Defaults to `draft` and `source-N`; must be unique in a request.",
            },
            "text": {"type": "string", "minLength": 1, "description": "The full text, unchanged."},
            "format": {"type": "string", "enum": list(FORMATS), "default": "text"},
            "published": {
                "type": ["string", "null"],
                "description": "ISO date or datetime of publication; relative dates resolve against it.",
                "examples": ["2024-11-20"],
            },
            "outlet": _NULLABLE_STRING,
            "url": _NULLABLE_STRING,
            "language": {**_NULLABLE_STRING, "description": "BCP 47 tag, default `en`."},
            "title": _NULLABLE_STRING,
        },
    },
    "Policy": {
        "type": "object",
        "description": "How findings turn into a decision, and which rules count.",
        "properties": {
            "fail_on": {
                "type": "string",
                "enum": ["info", "warning", "error", "never"],
                "default": "error",
                "description": "Lowest severity that blocks; `never` never blocks.",
            },
            "select": {
                "oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}],
                "description": "Code prefixes to report (within what the server runs).",
            },
            "ignore": {
                "oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}],
                "description": "Code prefixes to leave out.",
            },
            "min_severity": {"type": "string", "enum": ["info", "warning", "error"]},
        },
    },
    "CheckRequest": {
        "type": "object",
        "required": ["draft"],
        "properties": {
            "draft": _ref("Document"),
            "sources": {"type": "array", "items": _ref("Document"), "default": []},
            "policy": _ref("Policy"),
            "revision": {
                "type": "string",
                "description": "The draft's revision in the CMS; echoed back for caching and audit.",
            },
        },
    },
    "Value": {
        "type": ["object", "null"],
        "description": "A normalized value; the fields depend on `kind` (see DESIGN.md).",
        "required": ["kind"],
        "properties": {
            "kind": {
                "type": "string",
                "enum": [
                    "number",
                    "money",
                    "quantity",
                    "percent",
                    "ordinal",
                    "date",
                    "entity",
                    "quote",
                ],
            },
            **_NUMBER_FIELDS,
            "currency": _NULLABLE_STRING,
            "unit": {"type": "string"},
            "start": _NULLABLE_STRING,
            "end": _NULLABLE_STRING,
            "granularity": {"type": "string"},
            "weekday": _NULLABLE_STRING,
            "reference": {"enum": ["present", "past", "future"]},
            "day": {"type": "string", "format": "date"},
            "parts": {
                "type": "array",
                "description": "The two ends of a date range written as two expressions.",
                "minItems": 2,
                "maxItems": 2,
                "items": {
                    "type": "object",
                    "required": ["start", "end", "text", "value"],
                    "properties": {
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "text": {"type": "string"},
                        "value": _ref("Value"),
                    },
                },
            },
            "type": {"type": "string", "enum": ["person", "organization", "location", "other"]},
            "canonical": {"type": "string"},
            "id": {"type": "string"},
            "speaker": _NULLABLE_STRING,
            "text": {"type": "string"},
        },
    },
    "Location": {
        "type": "object",
        "description": "A statement: `text` is exactly the document text from `start` to `end`.",
        "required": [
            "path",
            "start",
            "end",
            "line",
            "column",
            "end_line",
            "end_column",
            "text",
            "value",
        ],
        "properties": {
            "path": {"type": "string", "description": "The document id."},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "line": {"type": "integer", "minimum": 1},
            "column": {"type": "integer", "minimum": 1},
            "end_line": {"type": "integer", "minimum": 1},
            "end_column": {"type": "integer", "minimum": 1},
            "text": {"type": "string"},
            "value": _ref("Value"),
            "message": {"type": "string"},
        },
    },
    "Finding": {
        "type": "object",
        "required": [
            "code",
            "rule",
            "severity",
            "message",
            "claim",
            "location",
            "related",
            "confidence",
            "fingerprint",
        ],
        "properties": {
            "code": {"type": "string", "examples": ["CC101"]},
            "rule": {"type": "string", "examples": ["count-mismatch"]},
            "severity": {"type": "string", "enum": ["error", "warning", "info"]},
            "message": {"type": "string"},
            "claim": {"type": "string"},
            "location": _ref("Location"),
            "related": {"type": "array", "items": _ref("Location")},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "fingerprint": {
                "type": "string",
                "description": "Stable across edits that do not touch the claim; key dismissals by it.",
            },
            "evidence": {"type": "array", "items": {"type": "string"}},
            "reason": {"type": "string"},
            "plugin": {"type": "string"},
            "help_uri": {
                "type": "string",
                "description": "The rule's documentation on this server.",
            },
        },
    },
    "DocumentInfo": {
        "type": "object",
        "properties": {
            "path": {"type": "string"},
            "role": {"type": "string", "enum": ["draft", "source", "peer"]},
            "published": _NULLABLE_STRING,
            "outlet": _NULLABLE_STRING,
            "language": {"type": "string"},
        },
    },
    "InputError": {
        "type": "object",
        "required": ["path", "message"],
        "properties": {"path": {"type": "string"}, "message": {"type": "string"}},
    },
    "Tool": {
        "type": "object",
        "required": ["name", "version"],
        "properties": {"name": {"type": "string"}, "version": {"type": "string"}},
    },
    "CheckResponse": {
        "type": "object",
        "required": ["decision", "findings", "complete"],
        "properties": {
            "api_version": {"type": "string", "const": API_VERSION},
            "tool": _ref("Tool"),
            "id": {"type": "string", "description": "The draft's id."},
            "revision": {"type": "string"},
            "decision": {
                "type": "string",
                "enum": ["pass", "warn", "block"],
                "description": "`block` when a finding is at or above `policy.fail_on` (default "
                "`error`), `warn` when another finding is a warning or error, else `pass`. "
                "An incomplete answer (`complete: false`) never reads `pass`: what was not "
                "checked has not passed, so it reads `warn` unless what was checked already "
                "blocks.",
            },
            "complete": {
                "type": "boolean",
                "description": "False when part of the check did not run; the findings are "
                "what was found, and `incomplete_reason` says why.",
            },
            "incomplete_reason": {
                "type": "string",
                "enum": list(INCOMPLETE_REASONS),
                "description": "`timeout`: the deadline passed and the check was stopped (a "
                "check that does not stop by itself is killed with its worker process); "
                "`plugin_failure`: a plugin failed (a CC9xx finding names it); `input_error`: "
                "a source could not be read (see `errors`); `worker_failure`: the worker "
                "process running the check died.",
            },
            "stalled_in": {
                "type": "object",
                "description": "For a check stopped at its deadline: the plugin whose code was "
                "running, when known.",
                "required": ["plugin", "function"],
                "properties": {
                    "plugin": {"type": "string", "description": "The plugin's name."},
                    "function": {"type": "string", "description": "module.function"},
                },
            },
            "summary": {
                "type": "object",
                "properties": {
                    "error": {"type": "integer"},
                    "warning": {"type": "integer"},
                    "info": {"type": "integer"},
                },
            },
            "findings": {"type": "array", "items": _ref("Finding")},
            "documents": {"type": "array", "items": _ref("DocumentInfo")},
            "errors": {"type": "array", "items": _ref("InputError")},
            "elapsed_ms": {"type": "number"},
        },
    },
    "Rule": {
        "type": "object",
        "required": ["code", "name", "severity", "summary"],
        "properties": {
            "code": {"type": "string"},
            "name": {"type": "string"},
            "severity": {"type": "string", "enum": ["error", "warning", "info"]},
            "summary": {"type": "string"},
            "plugin": {"type": "string"},
            "help_uri": {"type": "string"},
        },
    },
    "RuleDoc": {
        "allOf": [
            _ref("Rule"),
            {
                "type": "object",
                "properties": {"doc": {"type": "string", "description": "Markdown."}},
            },
        ]
    },
    "Health": {
        "type": "object",
        "required": ["status"],
        "properties": {
            "status": {
                "type": "string",
                "enum": ["ok", "degraded", "unavailable"],
                "description": "`ok`: every check worker can take checks; `degraded`: some are "
                "starting or stuck (being replaced) but others serve; `unavailable` (with "
                "status 503): none can take a check right now.",
            },
            "api_version": {"type": "string"},
            "tool": _ref("Tool"),
            "rules": {"type": "integer"},
            "pending_checks": {
                "type": "integer",
                "description": "Checks accepted and not yet answered (queued or running).",
            },
            "workers": _ref("Workers"),
        },
    },
    "Workers": {
        "type": "object",
        "description": "The check worker processes.",
        "required": ["total", "idle", "busy", "stuck", "starting", "queued", "restarts"],
        "properties": {
            "total": {"type": "integer", "minimum": 1},
            "idle": {"type": "integer", "minimum": 0},
            "busy": {"type": "integer", "minimum": 0},
            "stuck": {
                "type": "integer",
                "minimum": 0,
                "description": "Busy past their check's deadline; killed and replaced shortly "
                "after it.",
            },
            "starting": {"type": "integer", "minimum": 0},
            "queued": {"type": "integer", "minimum": 0, "description": "Checks waiting."},
            "restarts": {
                "type": "integer",
                "minimum": 0,
                "description": "Workers replaced since start (stopped at a deadline, or died).",
            },
            "processes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["slot", "state"],
                    "properties": {
                        "slot": {"type": "integer"},
                        "state": {
                            "type": "string",
                            "enum": ["idle", "busy", "stuck", "starting"],
                        },
                        "pid": {"type": ["integer", "null"]},
                        "checks": {"type": "integer"},
                        "busy_ms": {"type": "number"},
                    },
                },
            },
        },
    },
    "Problem": {
        "type": "object",
        "description": "RFC 9457 problem details.",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {
                "type": "string",
                "enum": ["about:blank", *(p.uri for p in PROBLEM_TYPES.values())],
            },
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "instance": {"type": "string"},
            "errors": {
                "type": "array",
                "description": "For 422: each invalid field, by JSON pointer.",
                "items": {
                    "type": "object",
                    "properties": {"pointer": {"type": "string"}, "detail": {"type": "string"}},
                },
            },
        },
    },
}


def _check_path(unauthorized: dict[str, Any]) -> dict[str, Any]:
    return {
        "/v1/check": {
            "post": {
                "operationId": "check",
                "summary": "Check a draft against its sources",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("CheckRequest")}},
                },
                "responses": {
                    "200": {
                        "description": "The decision and the findings that involve the draft.",
                        "content": {"application/json": {"schema": _ref("CheckResponse")}},
                    },
                    "400": _problem(
                        "The body is not valid JSON, or is shorter than its Content-Length."
                    ),
                    **unauthorized,
                    "408": _problem("The body did not arrive within the body timeout."),
                    "413": _problem("The body is larger than the server's limit."),
                    "422": _problem(
                        "A field is missing or invalid (a string with a lone surrogate "
                        "among them); see `errors`."
                    ),
                    "503": _problem(
                        "Every check worker is busy and the queue is full, or too many "
                        "connections are open; see Retry-After."
                    ),
                },
            }
        }
    }


def _rules_paths(unauthorized: dict[str, Any]) -> dict[str, Any]:
    return {
        "/v1/rules": {
            "get": {
                "operationId": "listRules",
                "summary": "Every rule: code, name, default severity, summary",
                "responses": {
                    "200": {
                        "description": "The installed rules.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["rules"],
                                    "properties": {
                                        "api_version": {"type": "string"},
                                        "rules": {"type": "array", "items": _ref("Rule")},
                                    },
                                }
                            }
                        },
                    },
                    **unauthorized,
                },
            }
        },
        "/v1/rules/{code}": {
            "get": {
                "operationId": "getRule",
                "summary": "One rule with its documentation",
                "parameters": [
                    {
                        "name": "code",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "example": "CC101",
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The rule.",
                        "content": {"application/json": {"schema": _ref("RuleDoc")}},
                    },
                    **unauthorized,
                    "404": _problem("No rule has this code."),
                },
            }
        },
    }


def _health_path() -> dict[str, Any]:
    return {
        "/v1/health": {
            "get": {
                "operationId": "health",
                "summary": "Liveness and readiness (never needs a token)",
                "security": [],
                "responses": {
                    "200": {
                        "description": "The server is up and at least one check worker "
                        "can take checks.",
                        "content": {"application/json": {"schema": _ref("Health")}},
                    },
                    "503": {
                        "description": "No check worker can take a check right now.",
                        "content": {"application/json": {"schema": _ref("Health")}},
                    },
                },
            }
        },
    }


def openapi_document(version: str, *, auth: bool) -> dict[str, Any]:
    """The OpenAPI document; ``auth`` says whether this server requires a bearer token."""
    security: list[dict[str, list[str]]] = [{"bearer": []}] if auth else []
    unauthorized = {"401": _problem("Missing or wrong bearer token.")} if auth else {}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "claimcheck",
            "version": version,
            "summary": "Pre-publication check: where a draft's facts disagree with its sources.",
            "description": (
                "Send a draft and the sources it was built from; the answer says whether to "
                "publish (`pass`), show warnings (`warn`) or stop (`block`), with every "
                f"conflicting statement. Bodies are limited (default {DEFAULT_MAX_BODY} bytes) and "
                f"each check has a deadline (default {DEFAULT_DEADLINE:g} s); a check cut short "
                "is stopped and answers with what it found, `complete: false`, and a decision "
                "that is never `pass`. Checks run in worker processes; when every worker is "
                "busy and the queue is full the answer is 503 with `Retry-After`. Clients must "
                "send their headers and body within the server's timeouts. Errors are RFC 9457 "
                "problem details."
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": "/"}],
        "security": security,
        "paths": {
            **_check_path(unauthorized),
            **_rules_paths(unauthorized),
            **_health_path(),
        },
        "components": {
            "schemas": _SCHEMAS,
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "The token given to `claimcheck serve --token` or CLAIMCHECK_TOKEN.",
                }
            },
        },
    }
