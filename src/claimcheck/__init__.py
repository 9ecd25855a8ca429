"""claimcheck: find where a draft's facts disagree with its sources.

The public API::

    import claimcheck

    result = claimcheck.check(["seeds/"])                  # files and folders
    result = claimcheck.check_texts(draft={...}, sources=[{...}])   # CMS hooks
    mentions = claimcheck.extract_text("Twenty-six people died on Tuesday.",
                                       published=datetime.date(2024, 11, 20))

Everything else (readers, extractors, the plugin manager) is reached through these and the
records they return. Plugins use :mod:`claimcheck.plugin` (``hookimpl``) and
:mod:`claimcheck.rulekit` (``RuleSpec``, ``RuleContext``, ``Statement``).
"""

from __future__ import annotations

__version__ = "0.1.0"

# No import runs here (not even ``typing``): ``claimcheck --version`` loads this package and
# nothing more, and everything below loads on first use. Type checkers read the name
# ``TYPE_CHECKING`` as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from claimcheck.api import check, check_texts, extract, extract_text
    from claimcheck.config import Config, ConfigError, load_config
    from claimcheck.engine import Engine, RunResult
    from claimcheck.model import (
        Alignment,
        Claim,
        DateValue,
        Document,
        Entity,
        Finding,
        InputError,
        Location,
        Mention,
        Money,
        Number,
        Ordinal,
        Percent,
        Quantity,
        Quote,
    )
    from claimcheck.plugin import hookimpl
    from claimcheck.rulekit import RuleContext, RuleSpec, Statement

__all__ = [
    "Alignment",
    "Claim",
    "Config",
    "ConfigError",
    "DateValue",
    "Document",
    "Engine",
    "Entity",
    "Finding",
    "InputError",
    "Location",
    "Mention",
    "Money",
    "Number",
    "Ordinal",
    "Percent",
    "Quantity",
    "Quote",
    "RuleContext",
    "RuleSpec",
    "RunResult",
    "Statement",
    "__version__",
    "check",
    "check_texts",
    "extract",
    "extract_text",
    "hookimpl",
    "load_config",
]


# Loaded on first use: ``claimcheck --version`` and ``claimcheck rules`` need none of it.
_WHERE = {
    **dict.fromkeys(("check", "check_texts", "extract", "extract_text"), "api"),
    **dict.fromkeys(("Config", "ConfigError", "load_config"), "config"),
    **dict.fromkeys(("Engine", "RunResult"), "engine"),
    **dict.fromkeys(
        (
            "Alignment",
            "Claim",
            "DateValue",
            "Document",
            "Entity",
            "Finding",
            "InputError",
            "Location",
            "Mention",
            "Money",
            "Number",
            "Ordinal",
            "Percent",
            "Quantity",
            "Quote",
        ),
        "model",
    ),
    "hookimpl": "plugin",
    **dict.fromkeys(("RuleContext", "RuleSpec", "Statement"), "rulekit"),
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"claimcheck.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*(n for n in globals() if n.startswith("_")), *__all__})
