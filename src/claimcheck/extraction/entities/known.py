"""Names the alias data and the gazetteer know, and candidates made from them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimcheck.extraction.entities.gazetteer import demonym_country
from claimcheck.extraction.entities.page import Cand, Page, Tok, keyw, surface_of
from claimcheck.language.aliases import key_of_words
from claimcheck.language.text import name_tokens


def known_at(pg: Page, toks: Sequence[Tok], i: int) -> int:
    """Length (in tokens) of the longest known name starting at ``toks[i]``, or 0."""
    return known_key_at(pg, toks, i)[0]


def known_key_at(pg: Page, toks: Sequence[Tok], i: int) -> tuple[int, str]:
    """:func:`known_at` with the name key of the known name (``""`` when there is none)."""
    lex = pg.lex
    table = pg.table
    tok = toks[i]
    words = tok.words
    first = words[0] if words else ""
    top = min(lex.max_ngram, len(toks) - i)
    if top == 1 or table.token_classes.get(first, first) not in lex.first_words:
        # Most words start no longer name: only the word itself can be known.
        if tok.conn:
            return 0, ""
        k = tok.key or key_of_words(table, words)
        return (1, k) if _known_key(pg, k, 1) else (0, "")
    # The words of toks[i : i + n] are run[: ends[n - 1]]: one list for every length.
    run: list[str] = []
    ends: list[int] = []
    for t in toks[i : i + top]:
        run.extend(t.words)
        ends.append(len(run))
    for n in range(top, 0, -1):
        if toks[i + n - 1].conn:
            continue
        k = key_of_words(table, tuple(run[: ends[n - 1]]))
        if _known_key(pg, k, n):
            return n, k
    return 0, ""


def _known_key(pg: Page, k: str, n: int) -> bool:
    """Whether ``k``, the key of ``n`` tokens, is a name, place, role, demonym or honorific."""
    table = pg.table
    if k in table.names or k in pg.lex.places or k in table.roles:
        return True
    return n <= 2 and (k in table.demonyms or (n == 1 and k in table.honorifics))


def article_name(pg: Page, toks: Sequence[Tok]) -> bool:
    """Whether ``toks`` start with a known name that includes its article ("The Hague")."""
    if toks[0].words != ("the",):
        return False
    n = known_at(pg, toks, 0)
    if n < 2:
        return False
    listed = pg.table.place_names.get(keyw(pg.lex, toks[:n]), "")
    return listed[:4].lower() == "the "


def unknown_token(pg: Page, t: Tok) -> bool:
    k = pg.table.key_of_tokens(t.words)
    return not (
        k in pg.table.names or k in pg.lex.places or k in pg.table.roles or k in pg.table.demonyms
    )


def head_type(pg: Page, toks: Sequence[Tok]) -> str | None:
    """The type a head noun gives a name: last word (or a leading "X of")."""
    if not _two_words(toks):
        return None
    last = toks[-1].words[-1] if toks[-1].words else ""
    table = pg.table
    if last in table.org_heads:
        return "organization"
    if last in table.location_heads:
        return "location"
    if last in table.other_heads:
        return "other"
    # A leading head, possibly after a country: "[Chinese] Ministry of ...", "Operation X".
    starts = [0]
    n = known_at(pg, toks, 0)
    if n and n < len(toks) - 1:
        starts.append(n)
    for i in starts:
        first = toks[i].words[0] if toks[i].words else ""
        linked = toks[i + 1].conn and toks[i + 1].words in (("of",), ("for",))
        lead = table.leading_heads.get(first)
        if lead and (linked or first == "operation"):
            return lead
        if linked and len(toks[i].words) == 1:
            # "Society for Conservation Biology", "Bank of England"
            if first in table.org_heads:
                return "organization"
            if first in table.location_heads:
                return "location"
    return None


def _two_words(toks: Sequence[Tok]) -> bool:
    """Whether ``toks`` hold at least two words besides connectors (stops at the second)."""
    seen = 0
    for t in toks:
        if not t.conn:
            seen += 1
            if seen == 2:
                return True
    return False


def known_pieces(pg: Page, seg: Sequence[Tok]) -> list[tuple[str, int, int, Any]]:
    """Greedy longest-match segmentation into known names and unknown words."""
    lex = pg.lex
    table = pg.table
    out: list[tuple[str, int, int, Any]] = []
    i = 0
    while i < len(seg):
        if seg[i].conn:
            if out and out[-1][0] == "unknown" and i + 1 < len(seg):
                out[-1] = ("unknown", out[-1][1], i + 1, None)
            i += 1
            continue
        n, k = known_key_at(pg, seg, i)
        if n:
            if k in table.names:
                out.append(("entity", i, i + n, table.entities[table.names[k]]))
            elif k in lex.places:
                out.append(("place", i, i + n, lex.places[k]))
            elif k in table.roles:
                out.append(("role", i, i + n, table.roles[k]))
            elif k in table.demonyms:
                out.append(("demonym", i, i + n, k))
            else:
                out.append(("honorific", i, i + n, k))
            i += n
            continue
        if out and out[-1][0] == "unknown" and out[-1][2] == i:
            out[-1] = ("unknown", out[-1][1], i + 1, None)
        else:
            out.append(("unknown", i, i + 1, None))
        i += 1
    return out


def known_whole(pg: Page, seg: Sequence[Tok], key: str) -> Cand | None:
    table = pg.table
    if key in table.names:
        return known_cand(pg, seg, "entity", table.entities[table.names[key]])
    if key in pg.lex.places:
        return known_cand(pg, seg, "place", pg.lex.places[key])
    if key in table.demonyms and len(seg) <= 2:
        return known_cand(pg, seg, "demonym", key)
    return None


def known_cand(pg: Page, toks: Sequence[Tok], kind: str, info: Any) -> Cand | None:
    text = pg.text
    s, e = toks[0].start, toks[-1].end
    surface = text[s:e]
    key = keyw(pg.lex, toks)
    if kind == "entity":
        return Cand(
            s,
            e,
            surface,
            info.type,
            key=key,
            id=info.id,
            canonical=info.canonical,
            attrs={"country": info.country} if info.country else {},
        )
    if kind == "place":
        attrs: dict[str, Any] = {}
        if info.country:
            attrs["country"] = info.country
        return Cand(
            s,
            e,
            surface,
            "location",
            key=key,
            id=info.id,
            canonical=info.canonical,
            attrs=attrs,
            weak=info.weak,
        )
    if kind == "demonym":
        place = demonym_country(info, pg.lex.language, pg.table)
        if place is None:
            return None
        return Cand(
            s,
            e,
            surface,
            "location",
            key=key,
            id=place.id,
            canonical=place.canonical,
            attrs={"demonym": True, "country": place.country},
        )
    return None


def name_cand(pg: Page, toks: Sequence[Tok], typ: str) -> Cand:
    key = keyw(pg.lex, toks)
    words = tuple(w for t in toks if not t.conn for w in t.words)
    return Cand(
        toks[0].start,
        toks[-1].end,
        surface_of(pg.text, toks),
        typ,
        key=key,
        canonical=surface_of(pg.text, toks),
        words=words,
    )


def compound_places(pg: Page, tok: Tok) -> list[Cand]:
    """The places of a hyphenated compound ("China-Pakistan"), if every part is one."""
    out = []
    pos = tok.start
    for part in pg.p.hyphen.split(tok.text):
        k = pg.table.key(part)
        place = pg.lex.places.get(k)
        if place is None or place.weak:
            return []
        sub = Tok(pos, pos + len(part), part, name_tokens(part), False)
        c = known_cand(pg, [sub], "place", place)
        if c is None:
            return []
        out.append(c)
        pos += len(part) + 1
    return out
