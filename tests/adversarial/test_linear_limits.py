"""The bounds that keep the analysis linear are reported, never silent (CC920)."""

from __future__ import annotations

import pytest

from claimcheck import engine as engine_module
from claimcheck.engine import MAX_MENTIONS_PER_SENTENCE, Engine
from claimcheck.reading.files import DocInput
from claimcheck.segmenting.sentences import MAX_SENTENCE_CHARS, segment_text


def _run(text: str) -> tuple[list[str], list[str]]:
    eng = Engine()
    doc = eng.read(DocInput(path="draft.txt", text=text))
    result = eng.run([doc])
    limits = [f for f in result.findings if f.code == "CC920"]
    for f in limits:
        assert text[f.location.start : f.location.end] == f.location.text
    return [f.message for f in limits], [f.severity for f in limits]


@pytest.mark.parametrize("count", [MAX_MENTIONS_PER_SENTENCE + 1, 3 * MAX_MENTIONS_PER_SENTENCE])
def test_figures_past_the_sentence_limit_are_reported(count: int) -> None:
    figures = ", ".join(str(i) for i in range(1, count + 1))
    messages, severities = _run(f"The tickets drawn were {figures}.\n")
    assert len(messages) == 1 and severities == ["warning"]
    assert f"after the first {MAX_MENTIONS_PER_SENTENCE} of each were not checked" in messages[0]


def test_ordinary_prose_reaches_no_limit() -> None:
    text = "A bombing in Quetta on November 9 killed 26 people, police said. " * 30
    assert _run(text)[0] == []


def test_an_overlong_sentence_is_cut_at_clause_breaks_and_reported() -> None:
    clause = "the committee met again on the matter of the budget, "
    text = "It said " + clause * (3 * MAX_SENTENCE_CHARS // len(clause)) + "and left.\n"
    assert len(segment_text(text)) == 1
    eng = Engine()
    parts = eng.analyze(eng.read(DocInput(path="draft.txt", text=text))).segments
    assert len(parts) >= 3
    assert [p.index for p in parts] == list(range(len(parts)))
    assert all(p.end - p.start <= MAX_SENTENCE_CHARS for p in parts)
    assert all(text[p.end - 1] == "," for p in parts[:-1])  # cut after a clause mark
    assert text[parts[-1].end - 1] == "."
    messages, _ = _run(text)
    assert any("longer than 2,000 characters were cut" in m for m in messages)


def test_text_past_the_document_limit_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "MAX_DOCUMENT_CHARS", 2_000)
    text = "Police said 26 people were killed in the attack on Tuesday. " * 100
    eng = Engine()
    doc = eng.read(DocInput(path="draft.txt", text=text))
    analysis = eng.analyze(doc)
    assert analysis.mentions and max(m.end for m in analysis.mentions) <= 2_000
    assert [lim.kind for lim in analysis.limits] == ["document-size"]
    assert analysis.document is doc  # findings point into the whole file
