"""Every rule has a documentation page with the required sections, and its examples hold:
each ``flagged`` example produces the rule's code, each ``clean`` example does not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.rulekit.docs import REQUIRED_SECTIONS

_BLOCK = re.compile(r"```claimcheck-example (flagged|clean)([^\n]*)\n(.*?)```", re.S)
_DOC = re.compile(r"^=== (\S+)((?: \w+=\S+)*)\n", re.M)


def _rules():  # type: ignore[no-untyped-def]
    return Engine(Config()).pm.rules()


RULES = _rules()


def examples(doc: str) -> list[tuple[str, dict[str, str], list[tuple[str, dict[str, str], str]]]]:
    out = []
    for kind, opts, body in _BLOCK.findall(doc):
        options = dict(o.split("=", 1) for o in opts.split())
        parts = _DOC.split(body)
        docs = []
        for i in range(1, len(parts), 3):
            meta = dict(o.split("=", 1) for o in parts[i + 1].split())
            docs.append((parts[i], meta, parts[i + 2]))
        out.append((kind, options, docs))
    return out


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_page_has_sections(code: str) -> None:
    doc = RULES[code].doc
    assert doc.startswith(f"# {code} {RULES[code].name}"), f"{code}: page title"
    heads = re.findall(r"^## (.+)$", doc, re.M)
    assert heads == list(REQUIRED_SECTIONS), f"{code}: sections {heads}"


RUNNABLE = sorted(c for c in RULES if c != "CC901")


@pytest.mark.parametrize("code", RUNNABLE)
def test_rule_examples(code: str, tmp_path: Path) -> None:
    cases = examples(RULES[code].doc)
    kinds = {k for k, _, _ in cases}
    assert kinds == {"flagged", "clean"}, f"{code} needs a flagged and a clean example"
    for n, (kind, options, docs) in enumerate(cases):
        folder = tmp_path / f"case{n}"
        folder.mkdir()
        rates = {}
        if "rates" in options:
            pair, rate = options["rates"].split(":")
            rates[pair] = float(rate)
        for name, _meta, text in docs:
            (folder / name).write_text(text, encoding="utf-8")
        manifest = "\n".join(
            f'[documents."{name}"]\n' + "\n".join(f"{k} = {v}" for k, v in meta.items())
            for name, meta, _ in docs
        )
        (folder / "claimcheck-manifest.toml").write_text(manifest + "\n", encoding="utf-8")
        engine = Engine(Config(exchange_rates=rates))
        loaded, errors = engine.load_paths([str(folder)])
        assert not errors, errors
        result = engine.run(loaded)
        codes = [f.code for f in result.findings]
        assert not result.failures, result.failures
        if kind == "flagged":
            assert code in codes, f"{code}: flagged example {n} not flagged: {codes}"
        else:
            assert code not in codes, (
                f"{code}: clean example {n} flagged: {[f.message for f in result.findings if f.code == code]}"
            )


def test_rule_pages_in_docs_are_up_to_date() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, str(root / "scripts" / "rule_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr + "\nrun: python scripts/rule_docs.py"
