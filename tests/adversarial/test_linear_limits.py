"""The bounds that keep the analysis linear are reported, never silent (CC920)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import engine as engine_module
from claimcheck.engine import Engine
from claimcheck.reading.files import DocInput
from claimcheck.segmenting import figures as figures_module
from claimcheck.segmenting.figures import MAX_FIGURES_PER_SENTENCE
from claimcheck.segmenting.sentences import MAX_SENTENCE_CHARS, segment_text


def _run(text: str) -> tuple[list[str], list[str]]:
    eng = Engine()
    doc = eng.read(DocInput(path="draft.txt", text=text))
    result = eng.run([doc])
    limits = [f for f in result.findings if f.code == "CC920"]
    for f in limits:
        assert text[f.location.start : f.location.end] == f.location.text
    return [f.message for f in limits], [f.severity for f in limits]


#: Figures as news writes them, each counted once by the figure bound.
_FIGURES = ["$5", "12%", "3 km", "2020-03-01", "1,500", "seven", "twelve", "4.5"]


@given(
    st.lists(st.sampled_from(_FIGURES), min_size=MAX_FIGURES_PER_SENTENCE + 1, max_size=120),
    st.sampled_from([", ", " and ", "; "]),
)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_figures_past_the_sentence_bound_are_reported_not_read(
    figures: list[str], sep: str
) -> None:
    text = f"The tallies read {sep.join(figures)}.\n"
    eng = Engine()
    analysis = eng.analyze(eng.read(DocInput(path="draft.txt", text=text)))
    (limit,) = analysis.limits
    assert limit.kind == "figures-per-sentence"
    assert f"more than {MAX_FIGURES_PER_SENTENCE} figures" in limit.message
    # nothing is read from the bound on, and the finding points at what was not read
    assert all(m.end <= limit.start for m in analysis.mentions)
    kept = figures[: MAX_FIGURES_PER_SENTENCE - 1]
    at = len("The tallies read ") + sum(len(f) + len(sep) for f in kept)
    assert at <= limit.start < at + len(figures[MAX_FIGURES_PER_SENTENCE - 1])
    messages, severities = _run(text)
    assert len(messages) == 1 and severities == ["warning"]
    assert f"from its {MAX_FIGURES_PER_SENTENCE}th figure on" in messages[0]


def test_a_document_denser_in_figures_than_news_is_read_up_to_its_share(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(figures_module, "MIN_FIGURES_PER_DOCUMENT", 100)
    text = "Votes: 5, 3, 7, 9. " * 200  # short sentences, each within the sentence bound
    budget = len(text) // figures_module.FIGURES_PER_DOCUMENT_CHARS
    eng = Engine()
    analysis = eng.analyze(eng.read(DocInput(path="draft.txt", text=text)))
    assert [lim.kind for lim in analysis.limits] == ["figures-per-document"]
    (limit,) = analysis.limits
    assert limit.end == len(text)
    values = [m for m in analysis.mentions if m.kind == "number"]
    assert budget - 5 <= len(values) < budget
    assert all(m.end <= limit.start for m in analysis.mentions)
    messages, _ = _run(text)
    assert len(messages) == 1
    assert f"its last {len(text) - limit.start:,} characters were not checked" in messages[0]


@pytest.mark.parametrize("count", [5, 12])
def test_mentions_past_the_sentence_limit_are_reported(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    monkeypatch.setattr(engine_module, "MAX_MENTIONS_PER_SENTENCE", 4)
    figures = ", ".join(str(i) for i in range(1, count + 1))
    messages, severities = _run(f"The tickets drawn were {figures}.\n")
    assert len(messages) == 1 and severities == ["warning"]
    assert "after the first 4 of each were not checked" in messages[0]


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


SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_statements_past_the_document_bound_are_read_but_not_compared(
    monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    text = path.read_text(encoding="utf-8")
    eng = Engine()
    whole = eng.analyze(eng.read(DocInput(path="draft.txt", text=text)))
    framed = [m for m in whole.mentions if m.kind in engine_module.FRAMED_KINDS]
    bound = len(framed) // 2
    monkeypatch.setattr(engine_module, "MAX_FRAMED_PER_DOCUMENT", bound)
    analysis = eng.analyze(eng.read(DocInput(path="draft.txt", text=text)))
    (limit,) = analysis.limits
    assert limit.kind == "statements-per-document"
    assert limit.start == framed[bound].plain_start
    # every mention is still extracted; statements come only from the text before the bound
    assert analysis.mentions == whole.mentions
    assert analysis.claims and all(c.mention.plain_end <= limit.start for c in analysis.claims)
    messages, _ = _run(text)
    assert [m for m in messages if "were read but not compared" in m] == [
        f"the document holds more than {bound:,} figures, dates and quotes: the "
        f"{len(framed) - bound:,} after the first {bound:,} were read but not compared with "
        "anything"
    ]
