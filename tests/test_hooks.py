"""Every hook is specified, typed, documented and exercised by a test named after it."""

from __future__ import annotations

import datetime as dt
import inspect
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from claimcheck import hookspecs
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.manager.facade import ClaimcheckPluginManager
from claimcheck.model import Alignment, Claim, Document, Finding, Mention, Number, RawMention
from claimcheck.plugin import hookimpl
from claimcheck.reading.files import DocInput
from claimcheck.reporting import FormatOptions, FormatterSpec
from claimcheck.rulekit.rules import RuleContext, RuleSpec, Statement

ROOT = Path(__file__).resolve().parents[1]
HOOKS = sorted(n for n in dir(hookspecs) if n.startswith("claimcheck_"))


def test_every_hook_is_documented() -> None:
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    for name in HOOKS:
        fn = getattr(hookspecs, name)
        doc = inspect.getdoc(fn) or ""
        sig = inspect.signature(fn)
        for p in sig.parameters:
            assert f":param {p}:" in doc, f"{name}: :param {p}: missing"
        assert ":return:" in doc, f"{name}: :return: missing"
        assert sig.return_annotation is not inspect.Signature.empty, f"{name}: untyped return"
        assert f"{name}({', '.join(sig.parameters)})" in guide, (
            f"{name} missing from docs/plugins.md"
        )


def test_every_hook_has_a_test() -> None:
    mod = sys.modules[__name__]
    for name in HOOKS:
        short = name.removeprefix("claimcheck_")
        assert hasattr(mod, f"test_hook_{short}"), f"no test_hook_{short}"


def _engine(*plugins: object) -> Engine:
    pm = ClaimcheckPluginManager(load_entrypoints=True)
    for p in plugins:
        pm.pm.register(p)
    return Engine(Config(), pm=pm)


def _doc(engine: Engine, text: str, **meta: object) -> Document:
    return engine.read(DocInput(path="t.txt", text=text, meta=meta))


def test_hook_configure() -> None:
    seen: list[Config] = []

    class P:
        @hookimpl
        def claimcheck_configure(self, config: Config) -> None:
            seen.append(config)

    _engine(P())
    assert len(seen) == 1


def test_hook_read_document() -> None:
    class P:
        @hookimpl(tryfirst=True)
        def claimcheck_read_document(self, path: str, text: str, format: str) -> Document | None:
            if format != "text" or not text.startswith("#!"):
                return None
            return Document(
                id=path,
                path=path,
                text=text,
                plain=" " * 2 + text[2:],
                plain_to_file=(),
                format="text",
            )

    eng = _engine(P())
    doc = _doc(eng, "#!26 people")
    assert doc.plain.startswith("  26")


def test_hook_publication_date() -> None:
    class P:
        @hookimpl(tryfirst=True)
        def claimcheck_publication_date(self, document: Document) -> dt.date | None:
            return dt.date(2020, 1, 2)

    eng = _engine(P())
    assert _doc(eng, "On Tuesday 26 people died.").published == dt.date(2020, 1, 2)
    assert _doc(
        eng, "x", published=dt.date(2021, 5, 5), published_from="manifest"
    ).published == dt.date(2021, 5, 5)


def test_hook_segment() -> None:
    class P:
        @hookimpl(tryfirst=True)
        def claimcheck_segment(self, document: Document):  # type: ignore[no-untyped-def]
            from claimcheck.model import Segment

            n = len(document.plain)
            return [Segment(start=0, end=n, plain_start=0, plain_end=n, paragraph=0, index=0)]

    eng = _engine(P())
    a = eng.analyze(_doc(eng, "One. Two. Three."))
    assert len(a.segments) == 1


def test_hook_extract() -> None:
    class P:
        @hookimpl
        def claimcheck_extract(self, document: Document) -> Iterable[RawMention]:
            i = document.plain.find("forty-two")
            return (
                [
                    RawMention(
                        kind="number", start=i, end=i + 9, value=Number(value=42, low=42, high=42)
                    )
                ]
                if i >= 0
                else []
            )

    eng = _engine(P())
    doc = _doc(eng, "The answer is forty-two.")
    m = [m for m in eng.analyze(doc).mentions if m.kind == "number"]
    assert [(x.text, x.value.value) for x in m] == [("forty-two", 42)]  # type: ignore[union-attr]


def test_hook_normalize() -> None:
    class P:
        @hookimpl
        def claimcheck_normalize(self, mentions: list[Mention]) -> Iterable[Mention]:
            from dataclasses import replace

            return [
                replace(m, value=Number(value=1, low=1, high=1))
                for m in mentions
                if m.kind == "number"
            ]

    eng = _engine(P())
    ms = eng.analyze(_doc(eng, "It cost 26 people their homes.")).mentions
    assert all(m.value.value == 1 for m in ms if m.kind == "number")  # type: ignore[union-attr]


def test_hook_frame_claims() -> None:
    class P:
        @hookimpl
        def claimcheck_frame_claims(
            self, document: Document, mentions: list[Mention]
        ) -> Iterable[Claim]:
            return [
                Claim(doc=document.id, mention=m, attribute="custom")
                for m in mentions
                if m.kind == "number"
            ]

    eng = _engine(P())
    claims = eng.analyze(_doc(eng, "The blast killed 26 people.")).claims
    assert any(c.attribute == "custom" for c in claims)


def test_hook_attributes() -> None:
    from claimcheck.claims.attributes import AttributeSpec

    class P:
        @hookimpl
        def claimcheck_attributes(self) -> list[AttributeSpec]:
            return [
                AttributeSpec(
                    name="goals",
                    family="sports",
                    words={"en": ("goals", "scored")},
                    phrase="scored",
                )
            ]

    eng = _engine(P())
    claims = eng.analyze(_doc(eng, "Haaland scored 3 goals against Leeds.")).claims
    assert any(c.attribute == "goals" and not c.grows for c in claims)
    plain = _engine()
    claims = plain.analyze(_doc(plain, "Haaland scored 3 goals against Leeds.")).claims
    assert not any(c.attribute == "goals" for c in claims)


def test_hook_align() -> None:
    class P:
        @hookimpl(tryfirst=True)
        def claimcheck_align(self, claims: list[Claim]) -> list[Alignment]:
            nums = [c for c in claims if c.kind == "number"]
            return (
                [Alignment(a=nums[0], b=nums[1], score=9, evidence=("forced",))]
                if len(nums) > 1
                else []
            )

    eng = _engine(P())
    docs = [
        _doc(eng, "The blast killed 26 people."),
        eng.read(DocInput(path="u.txt", text="The blast killed 30 people.")),
    ]
    res = eng.run(docs)
    assert [a.evidence for a in res.alignments] == [("forced",)]


def test_hook_rules() -> None:
    def check(ctx: RuleContext) -> Iterable[Finding]:
        for ms in ctx.mentions.values():
            for m in ms:
                yield ctx.report(message="seen", claim="x", primary=Statement.of(m))

    class P:
        @hookimpl
        def claimcheck_rules(self) -> list[RuleSpec]:
            return [
                RuleSpec(
                    code="ZZ001", name="see-all", summary="s", default_severity="info", check=check
                )
            ]

    eng = _engine(P())
    res = eng.run([_doc(eng, "The blast killed 26 people.")])
    assert any(f.code == "ZZ001" for f in res.findings)
    for f in res.findings:
        doc = res.documents[0]
        assert doc.text[f.location.start : f.location.end] == f.location.text


def test_hook_findings() -> None:
    class P:
        @hookimpl
        def claimcheck_findings(self, findings: list[Finding]) -> list[Finding]:
            return [f for f in findings if f.code != "CC403"]

    texts = (
        "The Balochistan Liberation Army (BLA) claimed it.",
        "The Baloch Liberation Army (BLA) claimed it.",
    )
    for plugins, expected in (((), True), ((P(),), False)):
        eng = _engine(*plugins)
        docs = [eng.read(DocInput(path=f"{i}.txt", text=t)) for i, t in enumerate(texts)]
        assert any(f.code == "CC403" for f in eng.run(docs).findings) is expected


def test_hook_formatters() -> None:
    class P:
        @hookimpl
        def claimcheck_formatters(self) -> list[FormatterSpec]:
            return [
                FormatterSpec(
                    name="count", description="n", render=lambda r, o: f"{len(r.findings)}\n"
                )
            ]

    eng = _engine(P())
    spec = eng.pm.formatters()["count"]
    res = eng.run([_doc(eng, "The blast killed 26 people.")])
    assert spec.render(res, FormatOptions()).strip().isdigit()


def test_duplicate_rule_code_names_both_plugins() -> None:
    from claimcheck.manager.facade import PluginError

    def check(ctx: RuleContext) -> Iterable[Finding]:
        return ()

    class P:
        @hookimpl
        def claimcheck_rules(self) -> list[RuleSpec]:
            return [
                RuleSpec(
                    code="CC101", name="dup", summary="s", default_severity="info", check=check
                )
            ]

    eng = _engine(P())
    with pytest.raises(PluginError, match="CC101"):
        eng.pm.rules()
