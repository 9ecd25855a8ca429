"""The core's own plugins, registered like any other plugin (by name, disable-able).

Each entry is ``name -> "module"`` or ``name -> "module:Class"`` (instantiated without
arguments). Rule plugins are not here: they live in ``plugins/`` and load through the
``claimcheck`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["DEFAULT_PLUGINS"]

DEFAULT_PLUGINS: Mapping[str, str] = {
    "read-text": "claimcheck.reading.plain",
    "read-markdown": "claimcheck.reading.markdown",
    "read-html": "claimcheck.reading.html",
    "dateline": "claimcheck.reading.dateline",
    "segmenter": "claimcheck.segmenting.sentences",
    "extract-numbers": "claimcheck.extraction.hooks:NumericExtractor",
    "extract-dates": "claimcheck.extraction.hooks:DateExtractor",
    "extract-entities": "claimcheck.extraction.hooks:EntityExtractor",
    "extract-quotes": "claimcheck.extraction.hooks:QuoteExtractor",
    "normalize-dates": "claimcheck.normalization.hooks:DateResolver",
    "normalize-money": "claimcheck.normalization.hooks:CurrencyResolver",
    "normalize-entities": "claimcheck.normalization.hooks:EntityLinker",
    "framing": "claimcheck.claims.framing",
    "aligner": "claimcheck.claims.alignment",
    "core-rules": "claimcheck.findings.tool_rules",
    "suppress": "claimcheck.findings.suppress",
    "undated": "claimcheck.findings.undated",
    "format-text": "claimcheck.reporting.text",
    "format-json": "claimcheck.reporting.json",
    "format-sarif": "claimcheck.reporting.sarif",
    "format-github": "claimcheck.reporting.github",
    "format-html": "claimcheck.reporting.html",
    "format-concise": "claimcheck.reporting.concise",
    "format-gitlab": "claimcheck.reporting.gitlab",
    "format-junit": "claimcheck.reporting.junit",
    "format-rdjson": "claimcheck.reporting.rdjson",
}
