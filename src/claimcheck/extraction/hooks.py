"""The core extractors as plugins: numbers, dates, entities and quotes.

Each is a separate plugin so that one failing does not take the others with it, and each can
be disabled by name (``disable-plugins = ["extract-quotes"]``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimcheck.config import Config
from claimcheck.language.aliases import AliasTable
from claimcheck.model import Document, RawMention, Segment
from claimcheck.plugin import hookimpl

__all__ = ["DateExtractor", "EntityExtractor", "NumericExtractor", "QuoteExtractor"]


class NumericExtractor:
    """Numbers, money, quantities, percents and ordinals."""

    @hookimpl
    def claimcheck_extract(self, document: Document) -> Iterable[RawMention]:
        from claimcheck.extraction.numbers.extractor import find_numeric

        return find_numeric(document.plain, document.language)


class DateExtractor:
    """Dates and periods, absolute and relative (resolved later, in normalization)."""

    @hookimpl
    def claimcheck_extract(self, document: Document) -> Iterable[RawMention]:
        from claimcheck.extraction.dates.extractor import find_dates

        return find_dates(document.plain, document.language)


class EntityExtractor:
    """People, organisations and places, with titles and acronyms."""

    @hookimpl
    def claimcheck_extract(self, document: Document, config: Config) -> Iterable[RawMention]:
        from claimcheck.extraction.entities.extractor import find_entities

        return find_entities(document.plain, document.language, AliasTable.load(config.aliases))


class QuoteExtractor:
    """Direct quotations and who said them."""

    @hookimpl
    def claimcheck_extract(
        self, document: Document, segments: Sequence[Segment], config: Config
    ) -> Iterable[RawMention]:
        from claimcheck.extraction.quotes.extractor import find_quotes

        return find_quotes(document.plain, document.language, AliasTable.load(config.aliases))
