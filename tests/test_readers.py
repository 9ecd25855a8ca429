"""Readers keep exact offsets: every mention's text is ``file_text[start:end]``."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.reading.files import DocInput

MD = """---
published: 2024-11-20
outlet: Example Times
title: "Quetta bombing"
---
# Twenty-six *killed* in Quetta

A suicide bombing at the train station in [Quetta](https://example.org/quetta-2024) killed
**26 people** on November 9, officials said. `code 99` is not a figure.

<!-- claimcheck: ignore[CC101] checked with police -->
- The Balochistan Liberation Army (BLA) claimed the attack.
"""

HTML = """<!doctype html><html lang="en"><head>
<meta property="article:published_time" content="2024-11-20T08:00:00Z">
<meta property="og:site_name" content="Example Post"><title>Quetta &amp; after</title>
<style>.x { width: 26px }</style><script>var toll = 99;</script></head>
<body><h1>Bombing kills 26</h1><p>A suicide bombing at the train station in Quetta killed
<b>26&nbsp;people</b> on November&#160;9, officials said.</p>
<p>The Balochistan Liberation Army (BLA) claimed the attack &mdash; again.</p></body></html>
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


@pytest.mark.parametrize(("fmt", "text"), [("markdown", MD), ("html", HTML), ("text", MD)])
def test_offsets_are_exact(engine: Engine, fmt: str, text: str) -> None:
    doc = engine.read(DocInput(path=f"x.{fmt}", text=text, format=fmt))
    a = engine.analyze(doc)
    assert a.mentions, "nothing extracted"
    for m in a.mentions:
        assert text[m.start : m.end] == m.text
    for s in a.segments:
        assert 0 <= s.start <= s.end <= len(text)


def test_markup_and_front_matter_never_produce_mentions(engine: Engine) -> None:
    for fmt, text in (("markdown", MD), ("html", HTML)):
        doc = engine.read(DocInput(path="x", text=text, format=fmt))
        texts = [m.text for m in engine.analyze(doc).mentions]
        assert "99" not in " ".join(texts)
        assert not any("2024-11-20" in t for t in texts)
        assert not any("quetta-2024" in t or "26px" in t for t in texts)


def test_front_matter_metadata(engine: Engine) -> None:
    doc = engine.read(DocInput(path="x.md", text=MD, format="markdown"))
    assert doc.published == dt.date(2024, 11, 20) and doc.published_from == "front-matter"
    assert doc.outlet == "Example Times" and doc.title == "Quetta bombing"


def test_html_metadata_and_entities(engine: Engine) -> None:
    doc = engine.read(DocInput(path="x.html", text=HTML, format="html"))
    assert doc.published == dt.date(2024, 11, 20)
    assert doc.outlet == "Example Post" and doc.language == "en"
    assert "26\xa0people" in doc.plain and "AT&amp;T" not in doc.plain
    i = doc.plain.index("\u2014")
    s, e = doc.file_span(i, i + 1)
    assert HTML[s:e] == "&mdash;"


def test_dateline_gives_the_publication_date(engine: Engine) -> None:
    text = "Headline here\n- In Reports\n- 03:27 PM, Nov 21, 2024\n- Staff\nPakistan on Tuesday announced an operation.\n"
    doc = engine.read(DocInput(path="d.txt", text=text))
    assert doc.published == dt.date(2024, 11, 21) and doc.published_from == "dateline"


def test_a_caption_date_is_not_a_dateline(engine: Engine) -> None:
    text = "An explosion near the airport in Karachi, Pakistan Oct 6, 2024. REUTERS/FILE\nMore text follows here.\n"
    doc = engine.read(DocInput(path="d.txt", text=text))
    assert doc.published is None


def test_manifest_date_comes_before_the_dateline(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(
        "- 03:27 PM, Nov 21, 2024\nOn Tuesday the cabinet met.\n", encoding="utf-8"
    )
    (tmp_path / "claimcheck-manifest.toml").write_text(
        '[documents."a.txt"]\npublished = 2024-11-25\n', encoding="utf-8"
    )
    res = cli("extract", str(tmp_path), "--format", "json")
    assert res.json()["documents"][0]["published"] == "2024-11-25"


def test_cli_published_fills_in(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("On Tuesday the cabinet met.\n", encoding="utf-8")
    res = cli("extract", str(tmp_path / "a.txt"), "--published", "2024-11-20", "--format", "json")
    dates = [m["value"] for m in res.json()["mentions"] if m["kind"] == "date"]
    assert dates and dates[0]["start"] == "2024-11-19"
