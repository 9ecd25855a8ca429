"""Quote rules (CC5xx): misquotes across sources, and the same words given to different speakers.

Registered through the ``claimcheck`` entry-point group, like any third-party plugin.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.plugin import hookimpl
from claimcheck.rulekit import RuleSpec
from claimcheck_quotes.rules import RULES

__all__ = ["claimcheck_rules"]


@hookimpl
def claimcheck_rules() -> Iterable[RuleSpec]:
    return RULES
