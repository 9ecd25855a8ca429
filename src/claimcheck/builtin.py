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
    "dateline": "claimcheck.dateline",
    "segmenter": "claimcheck.segmenter",
    "extract-numbers": "claimcheck.extract.hooks:NumericExtractor",
    "extract-dates": "claimcheck.extract.hooks:DateExtractor",
    "extract-entities": "claimcheck.extract.hooks:EntityExtractor",
    "extract-quotes": "claimcheck.extract.hooks:QuoteExtractor",
    "normalize-dates": "claimcheck.normalize:DateResolver",
    "normalize-money": "claimcheck.normalize:CurrencyResolver",
    "normalize-entities": "claimcheck.normalize:EntityLinker",
    "framing": "claimcheck.claims.framing",
    "aligner": "claimcheck.claims.align",
    "core-rules": "claimcheck.core_rules",
    "suppress": "claimcheck.suppress",
    "format-text": "claimcheck.formatters.text",
    "format-json": "claimcheck.formatters.json",
    "format-sarif": "claimcheck.formatters.sarif",
    "format-github": "claimcheck.formatters.github",
    "format-html": "claimcheck.formatters.html",
}
