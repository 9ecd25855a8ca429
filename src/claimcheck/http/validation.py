"""The ``POST /v1/check`` request: validated field by field, every problem with a JSON pointer.

::

    {"draft": DOC, "sources": [DOC, ...],
     "policy": {"fail_on": "error", "select": ["CC1"], "ignore": ["CC4"], "min_severity": "info"},
     "revision": "optional, echoed back"}
    DOC = {"id", "text", "format": "text" | "markdown" | "html",
           "published", "outlet", "url", "language", "title"}

Only ``draft.text`` is required. Unknown fields are ignored, so clients can send fields a later
version understands. A missing ``id`` becomes ``draft`` or ``source-N``. A string anywhere in
the body holding a lone surrogate (``"\\ud800"`` in the JSON: not Unicode text) is refused
with a pointer to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.config import FAIL_ON, SEVERITIES, parse_codes
from claimcheck.reading import DocumentError
from claimcheck.reading.metadata import parse_published

__all__ = ["FORMATS", "CheckRequest", "Policy", "RequestInvalid", "parse_check_request"]

FORMATS = ("text", "markdown", "html")
_STRING_FIELDS = ("outlet", "url", "language", "title")
_MAX_ID = 200
_SURROGATE = re.compile("[\ud800-\udfff]")


class RequestInvalid(Exception):
    """The request body does not match the schema; ``errors`` are ``{"pointer", "detail"}``."""

    def __init__(self, errors: Sequence[Mapping[str, str]]) -> None:
        super().__init__("; ".join(f"{e['pointer'] or '/'}: {e['detail']}" for e in errors))
        self.errors = list(errors)


@dataclass(frozen=True, slots=True, kw_only=True)
class Policy:
    """How the client wants findings turned into a decision, and which rules it cares about.

    ``fail_on`` is the lowest severity that blocks (``never``: nothing blocks); ``select`` and
    ``ignore`` are code prefixes applied to the findings, within what the server runs.
    """

    fail_on: str = "error"
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    min_severity: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckRequest:
    """A valid check request; documents are plain dicts in the shape ``check_texts`` takes."""

    draft: dict[str, Any]
    sources: tuple[dict[str, Any], ...] = ()
    policy: Policy = field(default_factory=Policy)
    revision: str | None = None

    @property
    def draft_id(self) -> str:
        return str(self.draft["id"])


class _Errors:
    def __init__(self) -> None:
        self.items: list[dict[str, str]] = []

    def add(self, pointer: str, detail: str) -> None:
        self.items.append({"pointer": pointer, "detail": detail})


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _document(obj: Any, pointer: str, default_id: str, errs: _Errors) -> dict[str, Any] | None:
    if not isinstance(obj, dict):
        errs.add(pointer, f"must be an object with 'text', not {_kind(obj)}")
        return None
    out: dict[str, Any] = {}
    ident = obj.get("id")
    if ident is None:
        out["id"] = default_id
    elif not isinstance(ident, str) or not ident.strip():
        errs.add(f"{pointer}/id", f"must be a non-empty string, not {_kind(ident)}")
    elif len(ident) > _MAX_ID or not ident.isprintable():
        errs.add(f"{pointer}/id", f"must be printable and at most {_MAX_ID} characters")
    else:
        out["id"] = ident
    text = obj.get("text")
    if "text" not in obj:
        errs.add(f"{pointer}/text", "is required")
    elif not isinstance(text, str):
        errs.add(f"{pointer}/text", f"must be a string, not {_kind(text)}")
    elif not text.strip():
        errs.add(f"{pointer}/text", "is empty")
    else:
        out["text"] = text
    fmt = obj.get("format")
    if fmt is None:
        out["format"] = "text"
    elif fmt not in FORMATS:
        errs.add(f"{pointer}/format", f"must be one of {', '.join(FORMATS)}, not {fmt!r}")
    else:
        out["format"] = fmt
    published = obj.get("published")
    if published is not None:
        if not isinstance(published, str):
            errs.add(f"{pointer}/published", f"must be an ISO date string, not {_kind(published)}")
        else:
            try:
                parse_published(published)
            except DocumentError:
                errs.add(
                    f"{pointer}/published",
                    f"must be an ISO date like 2024-11-20 or a datetime, not {published!r}",
                )
            else:
                out["published"] = published
    for key in _STRING_FIELDS:
        val = obj.get(key)
        if val is None:
            continue
        if not isinstance(val, str):
            errs.add(f"{pointer}/{key}", f"must be a string, not {_kind(val)}")
        else:
            out[key] = val
    return out


def _codes(value: Any, pointer: str, errs: _Errors) -> tuple[str, ...] | None:
    if isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(x, str) for x in value)
    ):
        return parse_codes(value)
    errs.add(
        pointer, "must be a list of rule codes or code prefixes (or one comma-separated string)"
    )
    return None


def _policy(obj: Any, errs: _Errors) -> Policy:
    if obj is None:
        return Policy()
    if not isinstance(obj, dict):
        errs.add("/policy", f"must be an object, not {_kind(obj)}")
        return Policy()
    fail_on = obj.get("fail_on", "error")
    if fail_on not in FAIL_ON:
        errs.add("/policy/fail_on", f"must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
        fail_on = "error"
    min_sev = obj.get("min_severity")
    if min_sev is not None and min_sev not in SEVERITIES:
        errs.add("/policy/min_severity", f"must be one of {', '.join(SEVERITIES)}, not {min_sev!r}")
        min_sev = None
    select = (
        _codes(obj["select"], "/policy/select", errs) if obj.get("select") is not None else None
    )
    ignore = (
        _codes(obj["ignore"], "/policy/ignore", errs) if obj.get("ignore") is not None else None
    )
    return Policy(fail_on=fail_on, select=select, ignore=ignore or (), min_severity=min_sev)


def _pointer_token(key: str) -> str:
    token = key.replace("~", "~0").replace("/", "~1")
    # a key may hold a surrogate itself: shown escaped, so the answer stays valid UTF-8
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", token)


def _strings(data: Any) -> Iterator[tuple[str, str]]:
    """Every string in a decoded JSON value (keys too), with its JSON pointer; iterative, so
    deep nesting cannot exhaust the stack."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        pointer, value = stack.pop()
        if isinstance(value, str):
            yield pointer, value
        elif isinstance(value, dict):
            for k, v in value.items():
                child = f"{pointer}/{_pointer_token(str(k))}"
                yield child, str(k)
                stack.append((child, v))
        elif isinstance(value, list):
            stack.extend((f"{pointer}/{i}", v) for i, v in enumerate(value))


def _lone_surrogates(data: Any, errs: _Errors) -> None:
    for pointer, text in _strings(data):
        m = _SURROGATE.search(text)
        if m is not None:
            errs.add(
                pointer,
                f"holds a lone surrogate (U+{ord(m[0]):04X}) at character {m.start()}, "
                "which is not Unicode text",
            )


def parse_check_request(data: Any, *, max_documents: int = 64) -> CheckRequest:
    """Validate a decoded JSON body; raises :class:`RequestInvalid` listing every problem."""
    errs = _Errors()
    _lone_surrogates(data, errs)
    if errs.items:
        raise RequestInvalid(sorted(errs.items, key=lambda e: e["pointer"]))
    if not isinstance(data, dict):
        errs.add("", f"the body must be a JSON object with 'draft', not {_kind(data)}")
        raise RequestInvalid(errs.items)
    draft: dict[str, Any] | None = None
    if "draft" not in data:
        errs.add("/draft", "is required")
    else:
        draft = _document(data["draft"], "/draft", "draft", errs)
    raw_sources = data.get("sources")
    sources: list[dict[str, Any]] = []
    if raw_sources is not None and not isinstance(raw_sources, list):
        errs.add("/sources", f"must be an array of documents, not {_kind(raw_sources)}")
    elif raw_sources:
        if len(raw_sources) + 1 > max_documents:
            errs.add("/sources", f"at most {max_documents - 1} sources per request")
        else:
            for i, s in enumerate(raw_sources):
                doc = _document(s, f"/sources/{i}", f"source-{i + 1}", errs)
                if doc is not None:
                    sources.append(doc)
    policy = _policy(data.get("policy"), errs)
    revision = data.get("revision")
    if revision is not None and (
        isinstance(revision, bool) or not isinstance(revision, (str, int))
    ):
        errs.add("/revision", f"must be a string, not {_kind(revision)}")
        revision = None
    if draft is not None and not errs.items:
        seen: dict[str, str] = {}
        for pointer, doc in (
            ("/draft", draft),
            *((f"/sources/{i}", s) for i, s in enumerate(sources)),
        ):
            ident = doc.get("id")
            if ident in seen:
                errs.add(f"{pointer}/id", f"{ident!r} is already the id of {seen[ident]}")
            elif isinstance(ident, str):
                seen[ident] = pointer
    if errs.items or draft is None:
        raise RequestInvalid(errs.items)
    return CheckRequest(
        draft=draft,
        sources=tuple(sources),
        policy=policy,
        revision=str(revision) if revision is not None else None,
    )
