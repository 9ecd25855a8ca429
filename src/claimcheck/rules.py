"""The rule kit under its first name: ``claimcheck.rules`` is :mod:`claimcheck.rulekit`.

Rule plugins written against ``from claimcheck.rules import RuleSpec, RuleContext, Statement``
keep working; new code imports :mod:`claimcheck.rulekit`.
"""

from __future__ import annotations

from claimcheck.rulekit import *  # noqa: F403 - the alias re-exports the kit as it is
from claimcheck.rulekit import __all__ as __all__
