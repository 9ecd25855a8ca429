"""Inline suppressions: ``<!-- claimcheck: ignore[CODES] reason -->`` in Markdown and HTML.

The tests use a small rule plugin (``TT101``: two documents give different numbers of people
killed) so they do not depend on the extractors; the rule builds its findings with
``RuleContext.report``, as every real rule does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.findings.suppress import parse_directives
from claimcheck.manager.facade import ClaimcheckPluginManager
from claimcheck.model import Document, Finding, Number, Segment
from claimcheck.plugin import hookimpl
from claimcheck.reading.files import DocInput
from claimcheck.rulekit import RuleContext, RuleSpec, Statement

from .conftest import CliResult, write

_KILLED = re.compile(r"killed (\d+) people")


class FigureRules:
    """A test rule: the number in "killed N people" differs between two documents."""

    @hookimpl
    def claimcheck_rules(self) -> Iterable[RuleSpec]:
        return [
            RuleSpec(
                code="TT101",
                name="toll-differs",
                summary="Two documents give different tolls.",
                default_severity="error",
                check=_check_tolls,
                doc="# TT101 toll-differs\n",
                options={"slack": 0},
            )
        ]


def _check_tolls(ctx: RuleContext) -> Iterator[Finding]:
    found = [(doc.id, m) for doc in ctx.documents.values() for m in _KILLED.finditer(doc.text)]
    for i, (da, ma) in enumerate(found):
        for db, mb in found[i + 1 :]:
            a, b = int(ma.group(1)), int(mb.group(1))
            if da == db or abs(a - b) <= ctx.options["slack"]:
                continue
            yield ctx.report(
                message=f"{a} people killed here but {b} elsewhere",
                claim="people killed",
                primary=Statement(
                    doc=da, start=ma.start(1), end=ma.end(1), value=Number(value=a, low=a, high=a)
                ),
                related=[
                    Statement(
                        doc=db,
                        start=mb.start(1),
                        end=mb.end(1),
                        value=Number(value=b, low=b, high=b),
                        message=f"{b} here",
                    )
                ],
            )


@pytest.fixture
def figures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Load :class:`FigureRules` beside the installed plugins in every engine of the test."""
    original = ClaimcheckPluginManager._load_entrypoints

    def load(self: ClaimcheckPluginManager) -> None:
        original(self)
        if "figures" not in self.disabled:
            self.pm.register(FigureRules(), name="figures")

    monkeypatch.setattr(ClaimcheckPluginManager, "_load_entrypoints", load)


WIRE = (
    "QUETTA (Wire) - A bombing at the station killed 26 people. Officials gave no other details.\n"
)


def story(body: str, *, front: str = "published: 2024-11-20\nsources: [wire.txt]\n") -> str:
    return f"---\n{front}---\n{body}"


Run = Callable[..., CliResult]


def check(
    cli: Run, folder: Path, *paths: str, extra: tuple[str, ...] = ()
) -> tuple[int, dict[str, Any]]:
    res = cli("check", *paths, "--select", "TT,CC90", "--format", "json", *extra, cwd=folder)
    return res.code, res.json()


def check_draft(
    cli: Run, folder: Path, draft: str, *, extra: tuple[str, ...] = ()
) -> tuple[int, dict[str, Any]]:
    """Check ``draft.md`` holding ``draft`` against the wire story it cites."""
    write(folder, "wire.txt", WIRE)
    write(folder, "draft.md", draft)
    return check(cli, folder, "draft.md", extra=extra)


def codes(data: dict[str, Any]) -> list[str]:
    return [f["code"] for f in data["findings"]]


# -- applying suppressions --------------------------------------------------------------------


def test_without_directive_the_conflict_is_reported(
    figures: None, cli: Run, tmp_path: Path
) -> None:
    code, data = check_draft(cli, tmp_path, story("The bombing killed 32 people, police said.\n"))
    assert codes(data) == ["TT101"] and code == 1
    assert data["findings"][0]["location"]["path"] == "draft.md"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "<!-- claimcheck: ignore[TT101] police revised the toll after the wire report -->\n"
            "The bombing killed 32 people, police said.\n",
            id="the next sentence",
        ),
        pytest.param(
            "The bombing killed 32 people <!-- claimcheck: ignore[TT1] police figure --> "
            "on Saturday.\n",
            id="a comment inside a sentence covers that sentence",
        ),
        pytest.param(
            "<!-- claimcheck: ignore-file[TT101] this draft reports the hospital's count -->\n\n"
            "Intro paragraph.\n\nThe bombing killed 32 people. Then it killed 40 people.\n",
            id="ignore-file covers the document",
        ),
    ],
)
def test_directive_hides_the_conflict(figures: None, cli: Run, tmp_path: Path, body: str) -> None:
    code, data = check_draft(cli, tmp_path, story(body))
    assert codes(data) == [] and code == 0


def test_scope_is_one_sentence(figures: None, cli: Run, tmp_path: Path) -> None:
    draft = story(
        "<!-- claimcheck: ignore[TT101] the police figure is newer -->\n"
        "The bombing killed 32 people, police said. Later a hospital said it killed 40 people.\n"
    )
    code, data = check_draft(cli, tmp_path, draft)
    assert codes(data) == ["TT101"] and code == 1
    loc = data["findings"][0]["location"]
    assert loc["text"] == "40" and draft[loc["start"] : loc["end"]] == "40"


def test_prefixes_and_several_codes(figures: None, cli: Run, tmp_path: Path) -> None:
    code, data = check_draft(
        cli,
        tmp_path,
        story(
            "<!-- claimcheck: ignore[CC201, tt1] newer police figure -->\n"
            "The bombing killed 32 people, police said.\n"
        ),
        extra=("--select", "TT,CC2,CC90"),
    )
    # TT1 hid the toll; CC201 had nothing to hide and is named as unused
    assert codes(data) == ["CC903"] and code == 0
    notice = data["findings"][0]
    assert notice["severity"] == "info" and "CC201" in notice["message"]
    assert "TT1" not in notice["message"]


def test_html_drafts(figures: None, cli: Run, tmp_path: Path) -> None:
    write(
        tmp_path,
        "wire.txt",
        WIRE,
    )
    write(
        tmp_path,
        "draft.html",
        "<html><body><p>Intro.</p>\n"
        "<!-- claimcheck: ignore[TT101] police figure -->\n"
        "<p>The bombing killed 32 people.</p></body></html>\n",
    )
    code, data = check(cli, tmp_path, "draft.html", "wire.txt")
    assert codes(data) == [] and code == 0


# -- directives that are reported ---------------------------------------------------------------


def test_no_reason_is_reported_and_not_applied(figures: None, cli: Run, tmp_path: Path) -> None:
    text = story("<!-- claimcheck: ignore[TT101] -->\nThe bombing killed 32 people.\n")
    code, data = check_draft(cli, tmp_path, text)
    assert sorted(codes(data)) == ["CC902", "TT101"] and code == 1
    notice = next(f for f in data["findings"] if f["code"] == "CC902")
    assert notice["rule"] == "suppression-without-reason" and notice["severity"] == "warning"
    assert "reason" in notice["message"]
    loc = notice["location"]
    assert text[loc["start"] : loc["end"]] == "<!-- claimcheck: ignore[TT101] -->"
    assert loc["line"] == 5 and loc["column"] == 1


def test_unused_suppression(figures: None, cli: Run, tmp_path: Path) -> None:
    code, data = check_draft(
        cli,
        tmp_path,
        story(
            "<!-- claimcheck: ignore[TT101] the toll was revised -->\n"
            "Officials gave no other details.\n\nThe bombing killed 32 people.\n"
        ),
    )
    assert sorted(codes(data)) == ["CC903", "TT101"] and code == 1
    notice = next(f for f in data["findings"] if f["code"] == "CC903")
    assert notice["rule"] == "unused-suppression" and notice["severity"] == "info"
    assert notice["related"][0]["text"] == "Officials gave no other details."
    # the notice is information: it alone does not fail a run
    write(
        tmp_path,
        "draft.md",
        story("<!-- claimcheck: ignore[TT101] the toll was revised -->\nNo figures here.\n"),
    )
    code, data = check(cli, tmp_path, "draft.md")
    assert codes(data) == ["CC903"] and code == 0


def test_unused_is_not_reported_for_codes_not_selected(
    figures: None, cli: Run, tmp_path: Path
) -> None:
    code, data = check_draft(
        cli,
        tmp_path,
        story("<!-- claimcheck: ignore[CC201] amount revised -->\nOfficials said little.\n"),
        extra=("--select", "TT,CC90"),
    )
    assert codes(data) == [] and code == 0


@pytest.mark.parametrize(
    ("directive", "says"),
    [
        ("<!-- claimcheck: ignor[TT101] revised -->", "'ignor' is not a claimcheck directive"),
        ("<!-- claimcheck: ignore TT101 revised -->", "codes to ignore in brackets"),
        ("<!-- claimcheck: ignore[T-101] revised -->", "not a rule code"),
        ("<!-- claimcheck: -->", "no directive"),
    ],
)
def test_invalid_directives(
    figures: None, cli: Run, tmp_path: Path, directive: str, says: str
) -> None:
    code, data = check_draft(cli, tmp_path, story(f"{directive}\nThe bombing killed 32 people.\n"))
    assert sorted(codes(data)) == ["CC904", "TT101"] and code == 1
    notice = next(f for f in data["findings"] if f["code"] == "CC904")
    assert says in notice["message"] and notice["location"]["text"] == directive


def test_directive_in_a_code_block_is_an_example(figures: None, cli: Run, tmp_path: Path) -> None:
    code, data = check_draft(
        cli,
        tmp_path,
        story(
            "Style guide excerpt:\n\n```\n<!-- claimcheck: ignore[TT101] -->\n```\n\n"
            "The bombing killed 32 people.\n"
        ),
    )
    assert codes(data) == ["TT101"] and code == 1


def test_directives_in_sources_apply_but_are_not_reported(
    figures: None, cli: Run, tmp_path: Path
) -> None:
    write(
        tmp_path,
        "wire.md",
        "---\npublished: 2024-11-19\n---\n"
        "<!-- claimcheck: ignore[TT101] early figure, later revised -->\n"
        "A bombing at the station killed 26 people.\n\n"
        "<!-- claimcheck: ignore[CC2] no amounts here -->\nNothing else.\n",
    )
    write(
        tmp_path, "draft.md", story("The bombing killed 32 people.\n", front="sources: [wire.md]\n")
    )
    code, data = check(cli, tmp_path, "draft.md")
    assert codes(data) == [] and code == 0


def test_plain_text_has_no_directives(figures: None, cli: Run, tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "<!-- claimcheck: ignore[TT101] revised -->\nThe bombing killed 32 people.\n",
    )
    write(tmp_path, "b.txt", WIRE)
    code, data = check(cli, tmp_path, "a.txt", "b.txt")
    assert codes(data) == ["TT101"] and code == 1


def test_configuration_can_raise_a_notice(figures: None, cli: Run, tmp_path: Path) -> None:
    write(tmp_path, "claimcheck.toml", '[severity]\nCC903 = "error"\n')
    code, data = check_draft(
        cli, tmp_path, story("<!-- claimcheck: ignore[TT101] revised -->\nNothing to see.\n")
    )
    assert [(f["code"], f["severity"]) for f in data["findings"]] == [("CC903", "error")]
    assert code == 1


def test_rules_are_listed(cli: Run) -> None:
    res = cli("rules")
    for code, name in (
        ("CC902", "suppression-without-reason"),
        ("CC903", "unused-suppression"),
        ("CC904", "invalid-suppression"),
    ):
        line = next(ln for ln in res.out.splitlines() if ln.startswith(code))
        assert name in line and "[suppress]" in line
    page = cli("rule", "CC902").out
    assert "## Why it matters" in page


# -- parsing ----------------------------------------------------------------------------------


def test_parse_directives_offsets_and_scopes() -> None:
    engine = Engine(Config())
    text = (
        "---\npublished: 2024-11-20\n---\n"
        "First sentence here. <!-- claimcheck: ignore[CC101,cc2] two reasons -->\n"
        "Second sentence follows. Third one.\n"
    )
    doc = engine.read(DocInput(path="d.md", text=text, format="markdown"))
    (d,) = parse_directives(doc, engine.pm.segment(document=doc))
    assert text[d.start : d.end].startswith("<!-- claimcheck:") and text[d.end - 3 : d.end] == "-->"
    assert d.codes == ("CC101", "CC2") and d.reason == "two reasons" and d.active
    assert d.scope is not None
    assert text[d.scope[0] : d.scope[1]] == "Second sentence follows."


def test_ordinary_comments_are_not_directives() -> None:
    engine = Engine(Config())
    doc = engine.read(
        DocInput(
            path="d.md", text="<!-- editor: check claimcheck output -->\nText.\n", format="markdown"
        )
    )
    assert parse_directives(doc, engine.pm.segment(document=doc)) == []


def test_directives_cover_the_sentences_the_segment_hook_gives() -> None:
    """A segmenter plugin decides what "the next sentence" is: here, the whole paragraph."""

    class Paragraphs:
        @hookimpl(tryfirst=True)
        def claimcheck_segment(self, document: Document) -> list[Segment]:
            start = document.plain.find("Second")
            fs, fe = document.file_span(start, len(document.plain.rstrip()))
            return [
                Segment(
                    start=fs,
                    end=fe,
                    plain_start=start,
                    plain_end=len(document.plain.rstrip()),
                    paragraph=0,
                    index=0,
                )
            ]

    pm = ClaimcheckPluginManager(load_entrypoints=False)
    pm.register(Paragraphs(), "paragraphs")
    engine = Engine(Config(), pm=pm)
    text = "<!-- claimcheck: ignore[CC101] one reason -->\nSecond sentence follows. Third one.\n"
    doc = engine.read(DocInput(path="d.md", text=text, format="markdown"))
    (d,) = parse_directives(doc, engine.pm.segment(document=doc))
    assert d.scope is not None
    assert text[d.scope[0] : d.scope[1]] == "Second sentence follows. Third one."
