"""The core normalizers as plugins: relative dates, bare currencies, entity ids.

Each sees a document's extracted mentions and returns replacements for the ones it resolves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

import regex

from claimcheck.config import Config
from claimcheck.language.aliases import AliasTable
from claimcheck.model import Document, Entity, Mention, Money, Quote
from claimcheck.plugin import hookimpl

__all__ = ["CurrencyResolver", "DateResolver", "EntityLinker", "update_stamps"]


class DateResolver:
    """Resolves "on Tuesday", "last month", "the day" and the like against the publication
    date, or, after a dated update line in the body ("UPDATE 5/21/16"), against that line's
    date; "that day" and "the previous year" against the day or year named before."""

    @hookimpl
    def claimcheck_normalize(
        self, document: Document, mentions: Sequence[Mention]
    ) -> Iterable[Mention]:
        from claimcheck.normalization.dates import resolve_in_context

        anchors = update_stamps(document.plain)
        return resolve_in_context(mentions, document.published, anchors=anchors)


_UPDATE = regex.compile(
    r"(?im)^[ \t*_#>]*(?:update[ds]?|last\s+updated|editor'?s\s+note)\b[*_]*[ \t]*(?:on|at)?[ \t]*[:\-\u2013\u2014]?[ \t]*"
    r"(?P<date>\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2}|"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})|(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}))"
)
_STAMP_FORMATS = (
    "%m/%d/%y",
    "%m/%d/%Y",
    "%Y-%m-%d",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
)


def update_stamps(plain: str) -> list[tuple[int, dt.date]]:
    """The dated update lines of a text ("UPDATE 5/21/16", "Updated: March 4, 2025"), as
    (offset, date) in order: the relative dates after each are meant from that day."""
    found = []
    for m in _UPDATE.finditer(plain):
        raw = m.group("date").replace(",", "").replace(".", "")
        raw = " ".join(raw.split())
        for fmt in _STAMP_FORMATS:
            try:
                found.append((m.end(), dt.datetime.strptime(raw, fmt).date()))
                break
            except ValueError:
                continue
    return found


class CurrencyResolver:
    """Gives a bare "$" or "rupees" a currency from language, outlet or configuration."""

    @hookimpl
    def claimcheck_normalize(
        self, document: Document, mentions: Sequence[Mention], config: Config
    ) -> Iterable[Mention]:
        out = []
        for m in mentions:
            v = m.value
            if isinstance(v, Money) and v.currency is None:
                from claimcheck.extraction.money.currencies import resolve_currency

                nv = resolve_currency(
                    v,
                    language=document.language or config.language,
                    outlet=document.outlet,
                    default=config.default_currency,
                )
                if nv != v:
                    out.append(replace(m, value=nv))
        return out


class EntityLinker:
    """Gives entity mentions document-wide canonical ids (acronyms, surnames, aliases) and
    links quote speakers to them."""

    @hookimpl
    def claimcheck_normalize(
        self, document: Document, mentions: Sequence[Mention], config: Config
    ) -> Iterable[Mention]:
        ents = [m for m in mentions if m.kind == "entity"]
        if not ents:
            return ()
        from claimcheck.normalization.names.linking import link_entities

        table = AliasTable.load(config.aliases)
        linked = link_entities(ents, language=document.language, aliases=table)
        out: list[Mention] = list(linked)
        quotes = [m for m in mentions if m.kind == "quote"]
        if quotes:
            out.extend(_link_speakers(quotes, linked, table))
        return out


def _link_speakers(
    quotes: Sequence[Mention], entities: Sequence[Mention], table: AliasTable
) -> list[Mention]:
    """Attach an entity id to each quote's speaker when a linked mention spells it."""

    def fold_name(surface: str) -> str:
        return table.key(surface)

    by_surface: dict[str, str] = {}
    for e in entities:
        v = e.value
        if isinstance(v, Entity):
            by_surface.setdefault(fold_name(e.text), v.id)
            by_surface.setdefault(fold_name(v.canonical), v.id)
    out = []
    for q in quotes:
        v = q.value
        if isinstance(v, Quote) and v.speaker and v.speaker_id is None:
            sid = by_surface.get(fold_name(v.speaker))
            if sid:
                out.append(replace(q, value=replace(v, speaker_id=sid)))
    return out
