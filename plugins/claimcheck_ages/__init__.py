"""Age rules (CC12x): a participant's age stated differently in two places.

Registered through the ``claimcheck`` entry-point group, like any third-party plugin.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.plugin import hookimpl
from claimcheck.rulekit import RuleSpec
from claimcheck_ages.rules import RULES

__all__ = ["claimcheck_rules"]


@hookimpl
def claimcheck_rules() -> Iterable[RuleSpec]:
    return RULES
