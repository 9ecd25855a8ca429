"""Entity extraction: table-driven cases, the seed articles, and properties of every result."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.entities.extractor import find_entities
from claimcheck.model import Entity, RawMention

DATA = Path(__file__).parent / "data" / "entities"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CASES = tomllib.loads((DATA / "extraction.toml").read_text(encoding="utf-8"))["case"]


def _by_text(text: str, mentions: list[RawMention]) -> dict[str, list[RawMention]]:
    out: dict[str, list[RawMention]] = {}
    for m in mentions:
        out.setdefault(text[m.start : m.end], []).append(m)
    return out


def _check(m: RawMention, want: dict[str, Any]) -> None:
    v = m.value
    assert isinstance(v, Entity)
    for field in ("type", "id", "canonical", "role"):
        if field in want:
            assert getattr(v, field) == want[field], (want["text"], field, v)
    for key, value in want.get("attrs", {}).items():
        assert key in m.attrs, (want["text"], key, dict(m.attrs))
        got = m.attrs[key]
        assert got == value, (want["text"], key, got)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_extraction_case(case: dict[str, Any]) -> None:
    text = case["text"]
    mentions = find_entities(text, case.get("language", "en"))
    found = _by_text(text, mentions)
    for want in case.get("expect", []):
        assert want["text"] in found, (want["text"], sorted(found))
        # Every occurrence of the span satisfies the expectation unless it says otherwise.
        _check(found[want["text"]][0], want)
    for span in case.get("absent", []):
        assert span not in found, (span, found.get(span))
    if "count" in case:
        assert len(mentions) == case["count"], sorted(found)


def test_person_span_excludes_role_and_role_span_is_citable() -> None:
    text = "Pakistani Prime Minister Shehbaz Sharif chaired a meeting."
    (m,) = find_entities(text)
    rs, re_ = m.attrs["role_span"]
    assert text[m.start : m.end] == "Shehbaz Sharif"
    assert text[rs:re_] == "Prime Minister"


def test_same_span_same_id_everywhere_in_a_text() -> None:
    text = "The BLA attacked. The Balochistan Liberation Army (BLA) is banned. BLA fighters fled."
    ids = {m.value.id for m in find_entities(text) if text[m.start : m.end] == "BLA"}  # type: ignore[union-attr]
    assert ids == {"org:balochistan-liberation-army"}


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_offsets_and_no_function_words(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    mentions = find_entities(text)
    assert mentions
    previous_end = -1
    for m in mentions:
        assert m.kind == "entity"
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= previous_end, "entity mentions do not overlap"
        previous_end = m.end
        surface = text[m.start : m.end]
        assert surface == m.attrs["surface"]
        assert surface.strip() == surface
        assert surface not in {"However", "The", "According", "Tuesday", "Wednesday", "November"}


def test_seed_000_people_and_organisations() -> None:
    text = (SEEDS / "000_3d5d9e3a4461c3fe.txt").read_text(encoding="utf-8")
    found = _by_text(text, find_entities(text))
    assert {m.value.id for m in found["Xi Jinping"]} == {"person:xi-jinping"}  # type: ignore[union-attr]
    assert {m.value.role for m in found["Shehbaz Sharif"]} == {"Prime Minister"}  # type: ignore[union-attr]
    assert found["Lin Jian"][0].attrs["role_org"] == "org:cn-ministry-of-foreign-affairs"
    assert {m.value.id for m in found["Pakistan Army"]} == {"org:pakistan-army"}  # type: ignore[union-attr]
    assert all(m.value.id == "loc:sistan-and-baluchestan" for m in found["Sistan and Baluchestan"])  # type: ignore[union-attr]


def test_import_loads_no_data() -> None:
    code = (
        "import sys; import claimcheck.extraction.entities.extractor, claimcheck.extraction.quotes.extractor, "
        "claimcheck.normalization.names.linking; "
        "from claimcheck.language import aliases; "
        "assert aliases._load.cache_info().currsize == 0; "
        "from claimcheck.extraction.entities import lexicon, patterns; "
        "assert patterns.patterns.cache_info().currsize == 0; "
        "assert lexicon.lexicon.cache_info().currsize == 0; "
        "print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


_words = st.sampled_from(
    [
        "the",
        "The",
        "Pakistan",
        "said",
        "Prime",
        "Minister",
        "Shehbaz",
        "Sharif",
        "BLA",
        "(",
        ")",
        "of",
        "and",
        "Ministry",
        "Foreign",
        "Affairs",
        "foreign",
        "ministry",
        "Chinese",
        "spokesperson",
        "Lin",
        "Jian",
        ".",
        ",",
        "\n",
        "Xi",
        "President",
        "Army",
        "Liberation",
        "Balochistan",
        "Baloch",
        "In",
        "October",
        "“",
        "”",
        "'s",
        "-",
        "e",
        "al-Adl",
        "Jaish",
        "U.S.",
        "Mr",
        "Dr.",
        "É",
        "Ångström",
        "New",
        "York",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_words, max_size=40))
def test_offsets_are_exact_for_any_text(words: list[str]) -> None:
    text = " ".join(words)
    for m in find_entities(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.attrs["surface"]
        v = m.value
        assert isinstance(v, Entity)
        assert v.id.split(":", 1)[0] in {"person", "org", "loc", "ent"}
        assert v.canonical
