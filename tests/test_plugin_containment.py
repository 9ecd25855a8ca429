"""A plugin cannot sink a run: whatever it does wrong becomes a CC901 naming it, the exit code
is 2, and every other plugin's work is still reported. Also: pluggy's own machinery (wrappers,
monitoring, tracing) works, the alias table and the baseline follow each run's configuration."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.config import Config
from claimcheck.engine import Engine, RunResult
from claimcheck.findings.baseline import Baseline
from claimcheck.manager.facade import ClaimcheckPluginManager
from claimcheck.model import Document, Finding, RawMention, Segment
from claimcheck.plugin import hookimpl
from claimcheck.reading.files import DocInput
from claimcheck.reporting import FormatOptions
from claimcheck.reporting.json import render as render_json
from claimcheck.reporting.sarif import render as render_sarif
from claimcheck.rulekit import RuleContext, RuleSpec, Statement

# Two reports spelling one group two ways: the built-in CC403 fires.
TEXTS = (
    "The Balochistan Liberation Army (BLA) claimed it.",
    "The Baloch Liberation Army (BLA) claimed it.",
)


def _engine(timeout: float | None = None, **plugins: object) -> Engine:
    pm = ClaimcheckPluginManager(load_entrypoints=True, timeout=timeout)
    for name, plugin in plugins.items():
        pm.register(plugin, name)
    return Engine(Config(), pm=pm)


def _run(engine: Engine, texts: tuple[str, ...] = TEXTS) -> RunResult:
    docs = [engine.read(DocInput(path=f"{i}.txt", text=t)) for i, t in enumerate(texts)]
    return engine.run(docs)


def _failures(result: RunResult) -> list[Finding]:
    return [f for f in result.findings if f.code == "CC901"]


def _contained(result: RunResult, plugin: str, *words: str) -> None:
    """One CC901 naming ``plugin``, the built-in rules still ran, exit code 2."""
    (failure,) = _failures(result)
    assert f"'{plugin}'" in failure.message, failure.message
    for w in words:
        assert w in failure.message, failure.message
    assert any(f.code == "CC403" for f in result.findings), "the other plugins' work is lost"
    assert result.exit_code("error") == 2


class Raises:
    @hookimpl
    def claimcheck_extract(self, document: Document) -> list[RawMention]:
        raise ValueError("extractor broke")


class WrongType:
    @hookimpl
    def claimcheck_extract(self, document: Document) -> str:
        return "not mentions"


class WrongItems:
    @hookimpl
    def claimcheck_normalize(self) -> list[int]:
        return [1, 2]


class LazyFailure:
    @hookimpl
    def claimcheck_frame_claims(self) -> Iterator[Any]:
        yield from ()
        raise RuntimeError("failed while iterating")


class BadReader:
    @hookimpl(tryfirst=True)
    def claimcheck_read_document(self) -> int:
        return 42


class RaisingRules:
    @hookimpl
    def claimcheck_rules(self) -> list[RuleSpec]:
        raise ImportError("rule table missing")


class NotRules:
    @hookimpl
    def claimcheck_rules(self) -> list[str]:
        return ["XX101"]


@pytest.mark.parametrize(
    ("plugin", "words"),
    [
        (Raises(), ("claimcheck_extract", "ValueError", "extractor broke")),
        (WrongType(), ("claimcheck_extract", "TypeError", "str", "RawMention")),
        (WrongItems(), ("claimcheck_normalize", "int", "Mention")),
        (LazyFailure(), ("claimcheck_frame_claims", "failed while iterating")),
        (BadReader(), ("claimcheck_read_document", "int", "Document")),
        (RaisingRules(), ("claimcheck_rules", "rule table missing")),
        (NotRules(), ("claimcheck_rules", "RuleSpec")),
    ],
    ids=lambda x: type(x).__name__ if not isinstance(x, tuple) else "",
)
def test_a_failing_hook_is_reported_and_the_run_goes_on(plugin: object, words: tuple[str]) -> None:
    _contained(_run(_engine(bad=plugin)), "bad", *words)


def test_a_failure_declaring_rules_is_reported_in_every_run() -> None:
    engine = _engine(bad=RaisingRules())
    assert "CC101" in engine.pm.rules()
    for _ in range(2):
        _contained(_run(engine), "bad", "rule table missing")


def _rule(check: Any, code: str = "XX101") -> object:
    class Rules:
        @hookimpl
        def claimcheck_rules(self) -> list[RuleSpec]:
            return [
                RuleSpec(
                    code=code, name="test-rule", summary="s", default_severity="error", check=check
                )
            ]

    return Rules()


def test_a_finding_with_bad_offsets_never_reaches_a_report() -> None:
    def check(ctx: RuleContext) -> Iterator[Finding]:
        doc = next(iter(ctx.documents))
        yield ctx.report(message="m", claim="c", primary=Statement(doc=doc, start=-138, end=3))
        yield ctx.report(message="m", claim="c", primary=Statement(doc=doc, start=0, end=10**6))

    result = _run(_engine(offsets=_rule(check)))
    _contained(result, "offsets", "XX101", "not a span")
    assert not [f for f in result.findings if f.code == "XX101"]
    options = FormatOptions(version="test")
    report = json.loads(render_json(result, options))
    codes = {f["code"] for f in report["findings"]}
    assert "XX101" not in codes and {"CC403", "CC901"} <= codes
    assert all(f["location"]["line"] >= 1 for f in report["findings"])
    sarif = json.loads(render_sarif(result, options))
    regions = [
        loc["physicalLocation"]["region"]
        for run in sarif["runs"]
        for res in run["results"]
        for loc in res.get("locations", [])
        if "region" in loc.get("physicalLocation", {})
    ]
    assert all(r.get("startLine", 1) >= 1 and r.get("startColumn", 1) >= 1 for r in regions)


def test_a_rule_that_raises_is_reported() -> None:
    def check(ctx: RuleContext) -> Iterator[Finding]:
        raise RuntimeError("boom")

    _contained(_run(_engine(boom=_rule(check))), "boom", "rule XX101", "boom")


def test_a_plugin_that_loops_forever_is_stopped() -> None:
    class Loops:
        @hookimpl
        def claimcheck_extract(self) -> list[RawMention]:
            while True:
                # a plugin that swallows errors cannot swallow the time limit
                with contextlib.suppress(Exception):
                    sum(range(100))

    def slow_rule(ctx: RuleContext) -> Iterator[Finding]:
        while True:
            yield from ()

    t0 = time.monotonic()
    result = _run(_engine(timeout=0.3, loops=Loops(), slow=_rule(slow_rule)))
    assert time.monotonic() - t0 < 10
    messages = [f.message for f in _failures(result)]
    assert len(messages) == 2
    assert any("'loops'" in m and "no result within 0.3 s" in m for m in messages)
    assert any("'slow'" in m and "rule XX101" in m for m in messages)
    assert any(f.code == "CC403" for f in result.findings)
    assert result.exit_code("error") == 2


def test_the_time_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_PLUGIN_TIMEOUT", "7.5")
    assert ClaimcheckPluginManager(load_entrypoints=False).supervisor.timeout == 7.5
    monkeypatch.setenv("CLAIMCHECK_PLUGIN_TIMEOUT", "0")
    assert ClaimcheckPluginManager(load_entrypoints=False).supervisor.timeout is None


class Counting:
    """A new-style wrapper around segmentation: sees and passes on the inner result."""

    def __init__(self) -> None:
        self.seen: list[int] = []

    @hookimpl(wrapper=True)
    def claimcheck_segment(self) -> Iterator[None]:
        segments = yield
        self.seen.append(len(segments))
        return segments


class OldStyle:
    def __init__(self) -> None:
        self.calls = 0

    @hookimpl(hookwrapper=True)
    def claimcheck_extract(self) -> Iterator[None]:
        outcome = yield
        self.calls += len(outcome.get_result())


def test_wrappers_work() -> None:
    new, old = Counting(), OldStyle()
    plain = _run(_engine())
    wrapped = _run(_engine(new=new, old=old))
    assert new.seen == [1, 1] and old.calls == 8  # 2 documents x 4 extractors
    assert [f.fingerprint for f in wrapped.findings] == [f.fingerprint for f in plain.findings]
    assert not _failures(wrapped)


class BrokenWrapper:
    @hookimpl(wrapper=True)
    def claimcheck_segment(self) -> Iterator[None]:
        raise RuntimeError("wrapper broke")
        yield  # pragma: no cover


class NoYield:
    @hookimpl(wrapper=True)
    def claimcheck_extract(self) -> Iterator[None]:
        return
        yield


class FailsAfter:
    @hookimpl(wrapper=True)
    def claimcheck_extract(self) -> Iterator[None]:
        yield
        raise RuntimeError("teardown broke")


@pytest.mark.parametrize(
    ("plugin", "word"),
    [(BrokenWrapper(), "wrapper broke"), (NoYield(), "did not yield"), (FailsAfter(), "teardown")],
    ids=["raises", "no-yield", "teardown"],
)
def test_a_failing_wrapper_is_reported_and_stepped_over(plugin: object, word: str) -> None:
    _contained(_run(_engine(wrap=plugin)), "wrap", word)


def test_hook_call_monitoring_sees_every_call() -> None:
    engine = _engine()
    calls: list[str] = []
    undo = engine.pm.pm.add_hookcall_monitoring(
        lambda name, impls, kwargs: calls.append(name), lambda *a: None
    )
    try:
        _run(engine)
    finally:
        undo()
    for hook in ("claimcheck_read_document", "claimcheck_extract", "claimcheck_findings"):
        assert hook in calls


def test_tracing_writes_to_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLAIMCHECK_TRACE_PLUGINS", "1")
    engine = Engine(Config(), pm=ClaimcheckPluginManager(load_entrypoints=False))
    _run(engine, TEXTS[:1])
    err = capsys.readouterr().err
    assert "claimcheck_extract" in err and "claimcheck_segment" in err


def test_autoload_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "CC101" in ClaimcheckPluginManager().rules()
    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    rules = ClaimcheckPluginManager().rules()
    assert "CC101" not in rules and "CC901" in rules  # the core's own rules stay


def test_plugins_registered_directly_with_pluggy_are_guarded() -> None:
    pm = ClaimcheckPluginManager(load_entrypoints=True)
    pm.pm.register(Raises())
    result = _run(Engine(Config(), pm=pm))
    assert len(_failures(result)) == 1 and "extractor broke" in _failures(result)[0].message


def test_an_input_error_is_not_a_plugin_failure() -> None:
    with pytest.raises(claimcheck.reading.DocumentError):
        _engine().read(DocInput(path="x.rtf", text="x", format="rtf"))


def test_a_segment_hook_result_keeps_its_type() -> None:
    class Segmenter:
        @hookimpl(tryfirst=True)
        def claimcheck_segment(self, document: Document) -> list[Segment]:
            n = len(document.plain)
            return [Segment(start=0, end=n, plain_start=0, plain_end=n, paragraph=0, index=0)]

    engine = _engine(seg=Segmenter())
    doc = engine.read(DocInput(path="a.txt", text="One. Two."))
    assert len(engine.analyze(doc).segments) == 1
    assert not engine.pm.take_failures()


# -- configuration-dependent tables live with the run ---------------------------------------

STYLE_BOOK = """\
[[entity]]
id = "org:jamaat-ul-ahrar"
type = "organization"
canonical = "Jamaat-ul-Ahrar"
acronyms = ["JuA"]
"""


def test_two_engines_with_different_alias_files_do_not_interfere(tmp_path: Path) -> None:
    book = tmp_path / "aliases.toml"
    book.write_text(STYLE_BOOK, encoding="utf-8")
    text = "The JuA claimed the attack."
    with_book = Config(aliases=(str(book),))
    plain = Config()

    def ids(config: Config) -> list[str]:
        return [
            m.value.id for m in claimcheck.extract_text(text, config=config) if m.kind == "entity"
        ]  # type: ignore[union-attr]

    for _ in range(2):  # interleaved: neither engine's table leaks into the other
        assert ids(with_book) == ["org:jamaat-ul-ahrar"]
        assert ids(plain) == []


# -- the baseline is applied in the findings phase, whatever the way in ------------------------


def _baseline_config(tmp_path: Path, paths: list[str]) -> Config:
    first = claimcheck.check(paths, config=Config())
    recorded = [f for f in first.findings if f.code == "CC403"]
    assert recorded, [f.code for f in first.findings]
    file = tmp_path / "claimcheck-baseline.json"
    Baseline.from_findings(file, recorded).write()
    return Config(baseline=str(file))


def test_the_api_honours_the_configured_baseline(tmp_path: Path) -> None:
    paths = []
    for i, text in enumerate(TEXTS):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    config = _baseline_config(tmp_path, paths)
    result = claimcheck.check(paths, config=config)
    assert not [f for f in result.findings if f.code == "CC403"]
    assert result.baselined == 1 and "recorded in baseline" in result.notes[0].message
    assert result.exit_code("error") == 0


def test_check_texts_honours_the_configured_baseline(tmp_path: Path) -> None:
    draft = {"id": str(tmp_path / "0.txt"), "text": TEXTS[0]}
    sources = [{"id": str(tmp_path / "1.txt"), "text": TEXTS[1]}]
    before = claimcheck.check_texts(draft=draft, sources=sources, config=Config())
    recorded = [f for f in before.findings if f.code == "CC403"]
    assert recorded
    file = tmp_path / "b.json"
    Baseline.from_findings(file, recorded).write()
    after = claimcheck.check_texts(draft=draft, sources=sources, config=Config(baseline=str(file)))
    assert not [f for f in after.findings if f.code == "CC403"] and after.baselined == 1


def test_an_unreadable_baseline_is_a_failure_of_the_run_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text("not json", encoding="utf-8")
    engine = Engine(Config(baseline=str(tmp_path / "b.json")))
    result = _run(engine)
    assert any("'baseline'" in f.message for f in _failures(result))
    assert result.exit_code("error") == 2
