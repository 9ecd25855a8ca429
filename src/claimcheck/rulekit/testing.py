"""Running a rule's documented examples as tests, for claimcheck's rules and third parties'.

A rule page (``RuleSpec.doc``) shows its examples as fenced blocks: ``flagged`` ones the rule
must report, ``clean`` ones it must not. Each block holds one or more documents, each after a
``=== NAME key=value ...`` line (the keys are manifest fields such as ``published``)::

    ```claimcheck-example flagged
    === wire.txt published=2024-11-20
    A bombing in Quetta on November 9 killed 26 people.
    === draft.txt published=2024-11-20
    A bombing in Quetta on November 9 killed 32 people.
    ```

A block may carry options after its kind: ``rates=EUR/USD:1.08`` sets an exchange rate.

In a plugin's own test suite::

    import myrules
    from claimcheck.rulekit.testing import check_rule_examples

    def test_my_rule_examples():
        check_rule_examples("XX101", plugins={"myrules": myrules})

``check_rule_examples`` runs every example through the whole pipeline (reading, extraction,
normalization, framing, alignment, every installed rule family plus ``plugins``) and raises
:class:`AssertionError` naming the example that does not behave as documented.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from claimcheck.config import Config
    from claimcheck.engine import Engine, RunResult

__all__ = ["ExampleDocument", "RuleExample", "check_rule_examples", "rule_examples", "run_example"]

_BLOCK = re.compile(r"```claimcheck-example (flagged|clean)([^\n]*)\n(.*?)```", re.S)
_DOC = re.compile(r"^=== (\S+)((?: \w+=\S+)*)\n", re.M)


@dataclass(frozen=True, slots=True)
class ExampleDocument:
    """One document of an example: its file name, manifest fields and text."""

    name: str
    meta: Mapping[str, str]
    text: str


@dataclass(frozen=True, slots=True)
class RuleExample:
    """One example of a rule page: whether the rule must flag it, its options, its documents."""

    kind: Literal["flagged", "clean"]
    options: Mapping[str, str]
    documents: tuple[ExampleDocument, ...]


def _pairs(text: str) -> dict[str, str]:
    return dict(o.split("=", 1) for o in text.split())


def rule_examples(doc: str) -> list[RuleExample]:
    """The examples of a rule page, in order."""
    out = []
    for kind, opts, body in _BLOCK.findall(doc):
        parts = _DOC.split(body)
        docs = tuple(
            ExampleDocument(parts[i], _pairs(parts[i + 1]), parts[i + 2])
            for i in range(1, len(parts), 3)
        )
        out.append(RuleExample(kind, _pairs(opts), docs))
    return out


def _engine(example: RuleExample, config: Config | None, plugins: Mapping[str, object]) -> Engine:
    from dataclasses import replace

    from claimcheck.config import Config
    from claimcheck.engine import Engine
    from claimcheck.manager.facade import ClaimcheckPluginManager

    config = config or Config()
    if "rates" in example.options:
        pair, rate = example.options["rates"].split(":")
        config = replace(config, exchange_rates={**config.exchange_rates, pair: float(rate)})
    pm = ClaimcheckPluginManager()
    for name, plugin in plugins.items():
        if not pm.pm.has_plugin(name):
            pm.register(plugin, name)
    return Engine(config, pm=pm)


def run_example(
    example: RuleExample,
    *,
    config: Config | None = None,
    plugins: Mapping[str, object] | None = None,
) -> RunResult:
    """Check an example's documents against each other, as ``claimcheck check`` would.

    The documents are written to a temporary folder with a manifest holding their fields.
    ``plugins`` (name -> module or object) are registered beside the installed ones.
    """
    engine = _engine(example, config, plugins or {})
    with tempfile.TemporaryDirectory(prefix="claimcheck-example-") as tmp:
        folder = Path(tmp)
        for d in example.documents:
            (folder / d.name).write_text(d.text, encoding="utf-8")
        manifest = "\n".join(
            f'[documents."{d.name}"]\n' + "\n".join(f"{k} = {v}" for k, v in d.meta.items())
            for d in example.documents
        )
        (folder / "claimcheck-manifest.toml").write_text(manifest + "\n", encoding="utf-8")
        docs, errors = engine.load_paths([str(folder)])
        if errors:
            raise AssertionError(f"example documents could not be read: {errors}")
        return engine.run(docs)


def check_rule_examples(
    code: str,
    *,
    config: Config | None = None,
    plugins: Mapping[str, object] | None = None,
) -> None:
    """Assert that rule ``code`` flags each of its ``flagged`` examples and none of its
    ``clean`` ones, and that its page has at least one of each. A failure of the rule's own
    plugin fails the check; other plugins' failures do not."""
    rules = _engine(RuleExample("clean", {}, ()), config, plugins or {}).pm.rules()
    if code not in rules:
        raise AssertionError(f"no rule {code} is installed (known: {', '.join(rules)})")
    examples = rule_examples(rules[code].doc)
    kinds = {e.kind for e in examples}
    if kinds != {"flagged", "clean"}:
        raise AssertionError(f"{code} needs a flagged and a clean example on its page")
    for n, example in enumerate(examples):
        result = run_example(example, config=config, plugins=plugins)
        own = [f for f in result.failures if f.plugin == rules[code].plugin]
        if own:
            raise AssertionError(f"{code} example {n}: plugin failures: {own}")
        found = [f for f in result.findings if f.code == code]
        if example.kind == "flagged" and not found:
            codes = [f.code for f in result.findings]
            raise AssertionError(f"{code}: flagged example {n} not flagged (found {codes})")
        if example.kind == "clean" and found:
            raise AssertionError(f"{code}: clean example {n} flagged: {[f.message for f in found]}")
