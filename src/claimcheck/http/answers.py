"""Complete answers of ``POST /v1/check`` kept by the server, by the content of the request.

A check is a function of its request (the draft, the sources, the policy, the revision) and of
the server's configuration, which does not change while the server runs: nothing in it reads
the clock or the machine. A CMS sends the same request again when a page is reloaded or a
hook runs twice on one revision; the server then answers from here, without a worker, in the
time it takes to hash the request. Only complete answers are kept (no timeout, no failed
plugin, no unreadable input), so a failure is always reported afresh. The cache forgets the
least recently used answer first, and is bounded by count and by the characters of the
requests it answers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from claimcheck.http.sized_cache import SizedCache
from claimcheck.http.validation import CheckRequest

__all__ = ["MAX_ANSWERS", "MAX_ANSWER_CHARS", "AnswerCache", "request_key"]

#: Most answers kept, and the most characters of request text they may answer for.
MAX_ANSWERS = 256
MAX_ANSWER_CHARS = 32_000_000


def _feed(h: Any, value: object) -> None:
    """Hash ``value`` unambiguously: every string with its length, mappings in key order."""
    if isinstance(value, Mapping):
        h.update(b"{%d" % len(value))
        for k in sorted(value, key=str):
            _feed(h, str(k))
            _feed(h, value[k])
    elif isinstance(value, (tuple, list)):
        h.update(b"[%d" % len(value))
        for item in value:
            _feed(h, item)
    else:
        data = value if isinstance(value, str) else f"{type(value).__name__}:{value!r}"
        raw = data.encode("utf-8", "surrogatepass")
        h.update(b"s%d:" % len(raw))
        h.update(raw)


def request_key(request: CheckRequest) -> str:
    """A hash of everything a check's answer depends on in ``request``."""
    h = hashlib.blake2b(digest_size=20)
    _feed(h, request.draft)
    _feed(h, request.sources)
    _feed(h, [(f.name, getattr(request.policy, f.name)) for f in fields(request.policy)])
    _feed(h, request.revision)
    return h.hexdigest()


def request_chars(request: CheckRequest) -> int:
    """The characters of text a request carries (what its answer is charged for)."""
    docs = (request.draft, *request.sources)
    return sum(len(str(d.get("text", ""))) for d in docs)


def cacheable(body: Mapping[str, Any] | None) -> bool:
    """Whether an answer body may be given again for the same request."""
    return body is not None and body.get("complete") is True and not body.get("incomplete_reason")


class AnswerCache(SizedCache[dict[str, Any]]):
    """Answer bodies by :func:`request_key`, least recently used forgotten first."""

    def __init__(self, max_entries: int = MAX_ANSWERS, max_chars: int = MAX_ANSWER_CHARS) -> None:
        super().__init__(max_chars, max_entries)

    def get(self, key: str) -> dict[str, Any] | None:
        """A copy of the answer kept for ``key``, or ``None``."""
        body = super().get(key)
        return None if body is None else dict(body)

    def put(self, key: str, body: Mapping[str, Any], chars: int) -> None:
        """Keep ``body`` (when :func:`cacheable`) as the answer for ``key``."""
        if self.max_entries > 0 and cacheable(body):
            super().put(key, dict(body), chars)
