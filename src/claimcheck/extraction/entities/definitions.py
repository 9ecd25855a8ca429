"""Acronym definitions ("Balochistan Liberation Army (BLA)", "BLA (Baloch Liberation Army)") and long forms."""

from __future__ import annotations

from claimcheck.extraction.entities.acronyms import acronym_matches, is_acronym
from claimcheck.extraction.entities.known import head_type, name_cand
from claimcheck.extraction.entities.page import Cand, Page


def definitions(pg: Page) -> None:
    """Acronym definitions in both orders, and acronyms defined elsewhere in the text."""
    defs: dict[str, Cand] = {}
    _long_then_acronym(pg, defs)
    _acronym_then_long(pg, defs)
    _type_acronyms(pg, defs)
    # Resolve defined acronyms to their long form once that is typed.
    pg.defs = defs


def _long_then_acronym(pg: Page, defs: dict[str, Cand]) -> None:
    """ "Balochistan Liberation Army (BLA)": a long form, then its acronym in brackets."""
    text = pg.text
    p = pg.p
    cands = pg.cands
    by_start = {c.start: n for n, c in enumerate(cands)}
    for n, c in enumerate(cands):
        if "(" not in text[c.end : c.end + 3]:
            continue
        if c.type == "acronym" or (c.start, c.end) in pg.absorbed:
            continue
        m = p.acr_after.match(text, c.end, min(len(text), c.end + 20))
        if m is None:
            continue
        acr = m.group(1)
        if not is_acronym(acr):
            continue
        long_toks = long_form(pg, n, acr)
        if long_toks is None:
            continue
        target = cands[long_toks]
        if target.type == "person":
            continue
        target.attrs["acronym"] = acr.replace(".", "")
        defs.setdefault(acr.replace(".", ""), target)
        a = by_start.get(m.start(1))
        if a is not None:
            cands[a].attrs["definition"] = True


def _acronym_then_long(pg: Page, defs: dict[str, Cand]) -> None:
    """ "BLA (Baloch Liberation Army)"; "Airport Security Force ASF"."""
    text = pg.text
    p = pg.p
    cands = pg.cands
    for n, c in enumerate(cands):
        if c.type != "acronym":
            continue
        if n > 0 and c.surface.replace(".", "") not in defs:
            prev = cands[n - 1]
            gap = text[prev.end : c.start]
            if (
                prev.type not in ("acronym", "person", "drop")
                and 0 < len(gap) <= 2
                and not gap.strip()
                and acronym_matches(c.surface, prev.surface)
            ):
                prev.attrs["acronym"] = c.surface.replace(".", "")
                defs[c.surface.replace(".", "")] = prev
                c.attrs["definition"] = True
                continue
        if n + 1 >= len(cands):
            continue
        nxt = cands[n + 1]
        if not p.paren_open.match(text, c.end, nxt.start):
            continue
        if not p.paren_close.match(text, nxt.end, min(len(text), nxt.end + 5)):
            continue
        if nxt.type == "acronym" or not acronym_matches(c.surface, nxt.surface):
            continue
        nxt.attrs["acronym"] = c.surface.replace(".", "")
        defs.setdefault(c.surface.replace(".", ""), nxt)
        c.attrs["definition"] = True


def _type_acronyms(pg: Page, defs: dict[str, Cand]) -> None:
    """Acronyms defined in the text wait for their long form; listed ones take its entity."""
    cands = pg.cands
    table = pg.table
    for ac in cands:
        if ac.type != "acronym":
            continue
        c = ac
        acr = c.surface.replace(".", "")
        defined = defs.get(acr)
        if defined is not None:
            c.attrs["acronym"] = acr
            c.attrs["expansion"] = defined.canonical or defined.surface
            c.attrs["expansion_span"] = (defined.start, defined.end)
            c.type = "pending"
            continue
        eid = table.acronyms.get(c.surface) or table.acronyms.get(acr)
        if eid:
            ent = table.entities[eid]
            c.type, c.id, c.canonical = ent.type, ent.id, ent.canonical
            c.attrs["acronym"] = acr
            if ent.country:
                c.attrs["country"] = ent.country
        else:
            c.type = "drop"


def long_form(pg: Page, n: int, acr: str) -> int | None:
    """Index of the candidate (possibly merged with its neighbours) ``acr`` abbreviates."""
    cands = pg.cands
    c = cands[n]
    if acronym_matches(acr, c.surface):
        return n
    # Merge with up to two preceding neighbours separated by spaces or a connector.
    text = pg.text
    start_idx = n
    for _ in range(2):
        if start_idx == 0:
            break
        prev = cands[start_idx - 1]
        gap = text[prev.end : cands[start_idx].start]
        if len(gap) > 6 or not pg.p.gap.fullmatch(gap):
            break
        start_idx -= 1
        surface = text[cands[start_idx].start : c.end]
        if acronym_matches(acr, surface):
            merged = cands[start_idx]
            toks = pg.tokens(merged.start, c.end)
            new = name_cand(pg, toks, "organization")
            head = head_type(pg, toks)
            if head:
                new.type = head
            for k in range(start_idx, n + 1):
                cands[k].type = "drop"
            cands[n] = new
            return n
    return None
