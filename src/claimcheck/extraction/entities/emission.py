"""Turning the typed candidates into entity mentions."""

from __future__ import annotations

from claimcheck.extraction.entities.page import Page
from claimcheck.language.aliases import make_id
from claimcheck.model import Entity, RawMention


def emit(pg: Page) -> list[RawMention]:
    out: list[RawMention] = []
    last_end = -1
    lang_de = pg.lex.language == "de"
    for c in sorted(pg.cands, key=lambda c: (c.start, -c.end)):
        if c.type in ("drop", "acronym") or (c.start, c.end) in pg.absorbed:
            continue
        if c.start < last_end:
            continue
        if c.type == "pending":
            target = pg.defs[c.attrs["acronym"]]
            if target.type in ("drop", "pending", "acronym"):
                continue
            typ = "other" if target.type == "unknown" else target.type
            eid = target.id or make_id(typ, target.key)
            canonical = target.canonical or target.surface
            c.type, c.id, c.canonical = typ, eid, canonical
            c.key = target.key
        typ = c.type
        if typ == "unknown":
            if lang_de:
                continue
            typ = "other"
        canonical = c.canonical or c.surface
        if not c.id:
            if typ == "person" and c.words:
                key = " ".join(pg.table.token_classes.get(w, w) for w in c.words)
            else:
                key = c.key or pg.table.key(c.surface)
            if not key:
                continue
            c.id = make_id(typ, key)
            if typ in ("person", "other", "organization", "location"):
                canonical = _clean_surface(c.surface)
        attrs = c.attrs  # the candidate is private: hand its attrs over without a copy
        attrs["surface"] = c.surface
        if c.key:
            attrs["key"] = c.key
        if c.weak:
            attrs["weak"] = True
        value = Entity(type=typ, canonical=canonical, id=c.id, role=c.role)  # type: ignore[arg-type]
        out.append(RawMention(kind="entity", start=c.start, end=c.end, value=value, attrs=attrs))
        last_end = c.end
    return out


def _clean_surface(surface: str) -> str:
    """A name as written, without a leading article and with single spaces."""
    s = " ".join(surface.split())
    if s[:4] in ("the ", "The "):
        s = s[4:]
    return s
