"""Every rule has a documentation page with the required sections, and its examples hold:
each ``flagged`` example produces the rule's code, each ``clean`` example does not."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.plugin import hookimpl
from claimcheck.rulekit import REQUIRED_SECTIONS, RuleSpec
from claimcheck.rulekit.testing import check_rule_examples, rule_examples


def _rules():  # type: ignore[no-untyped-def]
    return Engine(Config()).pm.rules()


RULES = _rules()


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_page_has_sections(code: str) -> None:
    doc = RULES[code].doc
    assert doc.startswith(f"# {code} {RULES[code].name}"), f"{code}: page title"
    heads = re.findall(r"^## (.+)$", doc, re.M)
    assert heads == list(REQUIRED_SECTIONS), f"{code}: sections {heads}"


RUNNABLE = sorted(c for c in RULES if c != "CC901")


@pytest.mark.parametrize("code", RUNNABLE)
def test_rule_examples(code: str) -> None:
    check_rule_examples(code)


def test_examples_are_parsed_with_their_documents_and_options() -> None:
    page = (
        "```claimcheck-example flagged rates=EUR/USD:1.08\n"
        "=== a.txt published=2024-11-20 outlet=Wire\nOne.\n=== b.txt\nTwo.\n```\n"
        "```claimcheck-example clean\n=== c.md\nThree.\n```\n"
    )
    flagged, clean = rule_examples(page)
    assert flagged.kind == "flagged" and flagged.options == {"rates": "EUR/USD:1.08"}
    assert [d.name for d in flagged.documents] == ["a.txt", "b.txt"]
    assert flagged.documents[0].meta == {"published": "2024-11-20", "outlet": "Wire"}
    assert flagged.documents[1].text == "Two.\n"
    assert clean.kind == "clean" and clean.documents[0].meta == {}


def test_a_rule_that_misbehaves_fails_its_examples() -> None:
    class Silent:
        @hookimpl
        def claimcheck_rules(self) -> list[RuleSpec]:
            spec = RULES["CC101"]
            return [replace(spec, code="ZZ101", name="silent", check=lambda ctx: ())]

    with pytest.raises(AssertionError, match="flagged example 0 not flagged"):
        check_rule_examples("ZZ101", plugins={"silent": Silent()})


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
