"""Rules inside one document (CC6xx): totals, dates, repeated facts and spellings that disagree with themselves.

Registered through the ``claimcheck`` entry-point group, like any third-party plugin.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.plugin import hookimpl
from claimcheck.rulekit import RuleSpec
from claimcheck_internal.rules import RULES

__all__ = ["claimcheck_rules"]


@hookimpl
def claimcheck_rules() -> Iterable[RuleSpec]:
    return RULES
