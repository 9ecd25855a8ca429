"""Date rules (CC3xx): the same event on different dates, and weekdays that contradict their dates.

Registered through the ``claimcheck`` entry-point group, like any third-party plugin.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.plugin import hookimpl
from claimcheck.rulekit import RuleSpec
from claimcheck_dates.rules import RULES

__all__ = ["claimcheck_rules"]


@hookimpl
def claimcheck_rules() -> Iterable[RuleSpec]:
    return RULES
