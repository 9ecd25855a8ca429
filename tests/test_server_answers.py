"""Answers the server keeps: the same request answered again without a check, anything else
checked afresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.config import Config
from claimcheck.http.answers import AnswerCache, request_key
from claimcheck.http.validation import parse_check_request
from claimcheck.http.worker import CachingEngine, SourceCache, answer

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
PUBLISHED = "2024-11-20"

# words of any script, so every text is a valid document
_text = st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=40)


def _doc(ident: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "text": text, "published": PUBLISHED, **extra}


def _request(draft: str, *sources: str, **body: Any) -> Any:
    docs = [_doc(f"s{i}", s) for i, s in enumerate(sources)]
    return parse_check_request({"draft": _doc("d", draft), "sources": docs, **body})


@given(_text, _text, _text)
def test_the_key_follows_every_text_and_not_the_field_order(a: str, b: str, c: str) -> None:
    key = request_key(_request(a, b, c))
    reordered = parse_check_request(
        {"sources": [dict(reversed(list(_doc(f"s{i}", s).items()))) for i, s in enumerate((b, c))],
         "draft": {"published": PUBLISHED, "text": a, "id": "d"}}
    )  # fmt: skip
    assert request_key(reordered) == key
    assert request_key(_request(a + "x", b, c)) != key
    assert request_key(_request(a, c + "x", b)) != key
    assert request_key(_request(a, b)) != key or c == ""


def test_the_key_follows_policy_revision_and_metadata() -> None:
    base = _request("Twelve died.", "Ten died.")
    keys = {
        request_key(base),
        request_key(_request("Twelve died.", "Ten died.", policy={"fail_on": "warning"})),
        request_key(_request("Twelve died.", "Ten died.", policy={"ignore": ["CC1"]})),
        request_key(_request("Twelve died.", "Ten died.", revision="r2")),
        request_key(
            parse_check_request(
                {
                    "draft": _doc("d", "Twelve died.", outlet="Other"),
                    "sources": [_doc("s0", "Ten died.")],
                }
            )
        ),
    }
    assert len(keys) == 5


def _seed_answer() -> tuple[Any, dict[str, Any]]:
    docs = [_doc(p.name, p.read_text(encoding="utf-8")) for p in SEEDS]
    req = parse_check_request({"draft": docs[0], "sources": docs[1:]})
    body = answer(CachingEngine(Config(), SourceCache(2_000_000)), req, 60, "test").body
    assert body is not None
    return req, body


def test_a_kept_answer_is_the_answer_a_check_gives() -> None:
    req, body = _seed_answer()
    cache = AnswerCache()
    cache.put(request_key(req), body, 100)
    again = cache.get(request_key(req))
    assert again == body and again is not body
    again["elapsed_ms"] = 12.5  # the server stamps its own copy
    assert cache.get(request_key(req)) == body


def test_incomplete_answers_are_never_kept() -> None:
    req, body = _seed_answer()
    cache = AnswerCache()
    for reason in ("timeout", "plugin_failure", "input_error", "worker_failure"):
        cache.put(request_key(req), {**body, "complete": False, "incomplete_reason": reason}, 1)
    assert cache.get(request_key(req)) is None and len(cache) == 0


def test_the_cache_is_bounded_by_count_and_characters() -> None:
    body = {"complete": True, "findings": []}
    cache = AnswerCache(max_entries=3, max_chars=1000)
    for i in range(5):
        cache.put(str(i), body, 100)
    assert len(cache) == 3 and cache.get("0") is None and cache.get("4") is not None
    cache.put("big", body, 950)
    assert len(cache) == 1 and cache.get("big") is not None
    cache.put("too big", body, 1001)
    assert cache.get("too big") is None
    assert AnswerCache(max_entries=0).get("x") is None
