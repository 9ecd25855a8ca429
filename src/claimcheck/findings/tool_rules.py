"""Rules about the tool itself (CC9xx). The core holds no contradiction rule."""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.model import Finding
from claimcheck.plugin import hookimpl
from claimcheck.rulekit import RuleContext, RuleSpec

__all__ = ["claimcheck_rules"]

PLUGIN_FAILURE_DOC = """\
# CC901 plugin-failure

## What it finds
A plugin (a rule, an extractor, a reader, a formatter hook) raised an exception during the run.
The finding names the plugin and the error; the run's exit code is 2.

## Why it matters
What the failing plugin checks is missing from the report. A clean report with a silent
failure would tell an editor that facts agree when nobody looked.

## Example
A rule plugin whose check raises `ValueError("boom")`:

    plugin 'myrules' failed in rule XX101 (ValueError: boom); what it checks is missing from this report

## Known false positives
None: every CC901 is a real failure. Report it to the plugin's authors, or disable the plugin
with `disable-plugins` in the configuration.
"""


def _engine_reports(ctx: RuleContext) -> Iterable[Finding]:
    # The engine reports failures itself, after every other rule has run.
    return ()


@hookimpl
def claimcheck_rules() -> Iterable[RuleSpec]:
    return [
        RuleSpec(
            code="CC901",
            name="plugin-failure",
            summary="A plugin raised an error; what it checks is missing from the report.",
            default_severity="error",
            check=_engine_reports,
            doc=PLUGIN_FAILURE_DOC,
        )
    ]
