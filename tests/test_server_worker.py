"""What runs inside a check worker of ``claimcheck serve``, in process: the analysed sources it
reuses, the answer it builds, and where it says a stalled check was."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.http.responses import decide
from claimcheck.http.validation import parse_check_request
from claimcheck.http.worker import (
    CachingEngine,
    SourceCache,
    answer,
    document_key,
    run_check,
    stalled_in,
)
from claimcheck.reading.files import DocInput

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
PUBLISHED = "2024-11-20"


def _doc(ident: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "text": text, "published": PUBLISHED, **extra}


@pytest.fixture(scope="module")
def seed_request() -> Any:
    docs = [_doc(p.name, p.read_text(encoding="utf-8")) for p in SEEDS]
    return parse_check_request({"draft": docs[0], "sources": docs[1:]})


@pytest.fixture(scope="module")
def cached() -> Iterator[CachingEngine]:
    yield CachingEngine(Config(), SourceCache(2_000_000))


def _findings(result: Any) -> list[dict[str, Any]]:
    return [f.to_json() for f in result.findings]


def test_reused_sources_give_the_same_findings(seed_request: Any, cached: CachingEngine) -> None:
    plain = run_check(Engine(Config()), seed_request, 60)
    first = run_check(cached, seed_request, 60)
    misses = cached.cache.misses
    second = run_check(cached, seed_request, 60)
    assert _findings(first) == _findings(plain) == _findings(second)
    assert cached.cache.misses == misses, "the second request analysed its sources again"
    assert cached.cache.hits >= len(seed_request.sources)


def test_a_changed_source_is_analysed_again(seed_request: Any, cached: CachingEngine) -> None:
    run_check(cached, seed_request, 60)
    source = seed_request.sources[0]
    edited = {**source, "text": source["text"].replace("26", "29", 1)}
    request = parse_check_request({"draft": seed_request.draft, "sources": [edited]})
    misses = cached.cache.misses
    run_check(cached, request, 60)
    assert cached.cache.misses == misses + 1


def test_a_draft_checked_again_is_not_analysed_again(seed_request: Any) -> None:
    eng = CachingEngine(Config(), SourceCache(2_000_000))
    plain = run_check(Engine(Config()), seed_request, 60)
    first = run_check(eng, seed_request, 60)
    misses = eng.drafts.misses
    fewer = replace(seed_request, sources=seed_request.sources[:1])
    again = run_check(eng, fewer, 60)
    assert eng.drafts.misses == misses and eng.drafts.hits >= 1
    assert _findings(first) == _findings(plain)
    assert _findings(again) == _findings(run_check(Engine(Config()), fewer, 60))


def test_a_draft_never_reuses_a_source_of_the_same_text(seed_request: Any) -> None:
    eng = CachingEngine(Config(), SourceCache(2_000_000))
    draft = seed_request.draft
    as_source = {**draft, "id": "copy.txt"}
    request = replace(seed_request, sources=(as_source,))
    result = run_check(eng, request, 60)
    assert eng.cache.misses == 1 and eng.drafts.misses == 1
    assert _findings(result) == _findings(run_check(Engine(Config()), request, 60))


def test_drafts_hold_a_share_of_the_cache_of_their_own() -> None:
    eng = CachingEngine(Config(), SourceCache(1000))
    assert eng.drafts is not eng.cache
    assert eng.drafts.max_chars < eng.cache.max_chars


def test_the_key_follows_content_and_metadata() -> None:
    eng = Engine(Config())

    def read(text: str, **meta: Any) -> Any:
        return eng.read(DocInput(path="s", text=text, role="source", meta=meta))

    base = document_key(read("Twelve people were hurt."), True)
    assert base == document_key(read("Twelve people were hurt."), True)
    assert base != document_key(read("Twelve people were hurt!"), True)
    assert base != document_key(read("Twelve people were hurt.", outlet="AP"), True)
    assert base != document_key(read("Twelve people were hurt."), False)


def test_the_cache_is_bounded_by_characters() -> None:
    eng = Engine(Config())
    cache = SourceCache(max_chars=1000)
    for i in range(20):
        doc = eng.read(DocInput(path=f"s{i}", text="x " * 100, role="source"))
        cache.put(document_key(doc, True), eng.analyze(doc), len(doc.text))
    assert len(cache) == 5  # 200 characters each
    assert cache.get("no such key") is None


def test_an_unreadable_draft_is_invalid_not_a_crash(cached: CachingEngine) -> None:
    req = parse_check_request({"draft": {"id": "d", "text": "<p>x", "format": "html"}})
    out = answer(cached, req, 10, "0")
    assert out.body is not None or out.invalid is not None
    assert out.error is None


def test_an_incomplete_answer_never_passes() -> None:
    assert decide([], "error") == "pass"
    assert decide([], "error", complete=False) == "warn"
    assert decide([], "never", complete=False) == "warn"


def test_a_check_out_of_time_answers_incomplete(seed_request: Any) -> None:
    eng = CachingEngine(Config(), SourceCache(2_000_000))
    out = answer(eng, seed_request, 1e-9, "0")
    assert out.body is not None
    assert out.body["complete"] is False and out.body["decision"] != "pass"


def _spin(stop: threading.Event) -> None:
    while not stop.is_set():
        pass


def test_a_stalled_thread_is_placed_in_its_plugin() -> None:
    stop = threading.Event()
    t = threading.Thread(target=_spin, args=(stop,))
    t.start()
    try:
        time.sleep(0.05)
        assert t.ident is not None
        frame = sys._current_frames()[t.ident]
        where = stalled_in(frame, {__name__: "spinner"})
        assert where == {"plugin": "spinner", "function": f"{__name__}._spin"}
        assert stalled_in(frame, {"claimcheck_counts": "counts"}) is None
    finally:
        stop.set()
        t.join()


def test_sources_people_are_read_once_across_revisions_of_a_draft(seed_request: Any) -> None:
    engine = CachingEngine(Config(), SourceCache(2_000_000))
    read: list[str] = []
    plain = Engine.find_participants

    def counting(self: Engine, doc: Any, mentions: Any) -> Any:
        read.append(doc.role)
        return plain(self, doc, mentions)

    revisions = [
        replace(seed_request, draft={**seed_request.draft, "text": seed_request.draft["text"] + t})
        for t in ("", "\nThe mayor, 54, said 12 people were hurt.", "\nNo one else was hurt.")
    ]
    fresh = Engine(Config())
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Engine, "find_participants", counting)
        answers = [answer(engine, r, 60, "test").body for r in revisions]
    assert read.count("source") == len(seed_request.sources)  # once each, not per revision
    assert read.count("draft") == len(revisions)
    for r, body in zip(revisions, answers):
        assert body == answer(fresh, r, 60, "test").body
