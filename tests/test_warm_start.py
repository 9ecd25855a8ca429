"""Warming an engine before worker processes are forked changes nothing a run reports."""

from __future__ import annotations

import json

from claimcheck.config import Config
from claimcheck.engine import Engine, warm
from claimcheck.manager.facade import ClaimcheckPluginManager
from claimcheck.model import Document, RawMention
from claimcheck.plugin import hookimpl
from claimcheck.reading.files import DocInput
from claimcheck.reporting import FormatOptions
from claimcheck.reporting.json import render
from tests.scale_corpus import SEEDS


class Raises:
    @hookimpl
    def claimcheck_extract(self, document: Document) -> list[RawMention]:
        raise ValueError("extractor broke")


def _report(engine: Engine) -> str:
    docs, errors = engine.load_paths([str(SEEDS)])
    assert not errors
    return render(engine.run(docs), FormatOptions(command="check", version="test"))


def test_a_warm_engine_reports_what_a_cold_one_does() -> None:
    cold = _report(Engine())
    engine = Engine()
    warm(engine)
    assert _report(engine) == cold
    assert json.loads(cold)["findings"]


def test_a_plugin_failing_on_the_warm_up_is_reported_once_on_the_documents() -> None:
    pm = ClaimcheckPluginManager(load_entrypoints=False)
    pm.register(Raises(), "broken")
    engine = Engine(Config(), pm=pm)
    warm(engine)
    assert engine.pm.failures == []
    doc = engine.read(DocInput(path="a.txt", text="Officials said 26 people were killed."))
    result = engine.run([doc])
    failures = [f for f in result.findings if f.code == "CC901"]
    assert len(failures) == 1 and "'broken'" in failures[0].message
