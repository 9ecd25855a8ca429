"""Roles and titles: "Prime Minister Shehbaz Sharif", "spokesperson Lin Jian", ", the governor of Qeshm,"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimcheck.extraction.entities.acronyms import is_acronym
from claimcheck.extraction.entities.gazetteer import demonym_country
from claimcheck.extraction.entities.known import known_cand, known_pieces, name_cand
from claimcheck.extraction.entities.page import Cand, Page, Tok, surface_of
from claimcheck.language.text import name_tokens


def role_span(pg: Page, toks: Sequence[Tok]) -> tuple[int, int, str] | None:
    """The last role (as token indices) ending at the end of ``toks``, if any."""
    roles = pg.table.roles
    for n in range(min(pg.table.max_role_words + 2, len(toks)), 0, -1):
        k = " ".join(w for t in toks[len(toks) - n :] for w in t.words)
        if k in roles:
            return (len(toks) - n, len(toks), roles[k])
    return None


def find_role(
    pg: Page, seg: list[Tok], title: bool, pieces: list[tuple[str, int, int, Any]] | None = None
) -> tuple[list[Cand], list[Tok]] | None:
    """A person named after a role: "[Pakistani] Prime Minister [of X] Shehbaz Sharif"."""
    lex = pg.lex
    table = pg.table
    rw = lex.role_words
    if not any(w in rw for t in seg for w in t.words):
        return None
    if pieces is None:
        pieces = known_pieces(pg, seg)
    role_idx = [n for n, p in enumerate(pieces) if p[0] == "role"]
    if not role_idx:
        return None
    r = role_idx[-1]
    after = pieces[r + 1 :]
    complement: list[tuple[str, int, int, Any]] = []
    j0 = pieces[r][2]
    # "of Pakistan" after the role
    if j0 < len(seg) and seg[j0].conn and seg[j0].words == ("of",):
        rest = known_pieces(pg, seg[j0 + 1 :])
        if rest and rest[0][0] in ("place", "entity"):
            k0, i0, j1, info0 = rest[0]
            complement = [(k0, i0 + j0 + 1, j1 + j0 + 1, info0)]
            after = [(k, i + j0 + 1, j + j0 + 1, x) for k, i, j, x in rest[1:]]
        else:
            return None
    if not after:
        # A role without a name: keep the places and organisations around it.
        out: list[Cand] = []
        for kind, i, j, info in (*pieces[:r], *complement):
            if kind in ("entity", "place"):
                c = known_cand(pg, seg[i:j], kind, info)
                if c is not None:
                    out.append(c)
        return (out, [])
    if not all(p[0] == "unknown" for p in after):
        return None
    name = seg[after[0][1] :]
    if any(is_acronym(t.text) for t in name if not t.conn) or len(name) > 6:
        return None
    if title and not (set(w for t in name for w in t.words) <= pg.attested):
        return None
    rs, re_ = seg[pieces[r][1]].start, seg[pieces[r][2] - 1].end
    person = name_cand(pg, name, "person")
    person.role = pieces[r][3]
    person.attrs["role"] = pieces[r][3]
    person.attrs["role_span"] = (rs, re_)
    person.attrs["role_surface"] = pg.text[rs:re_]
    roles = [p[3] for p in pieces[:r] if p[0] == "role"]
    if roles:
        person.attrs["roles"] = [*roles, pieces[r][3]]
    out = _role_context(pg, seg, (*pieces[:r], *complement), person)
    mods = [t.text for t in seg[: pieces[r][1]] if t.words and t.words[0] in table.role_modifiers]
    if mods:
        person.attrs["role_modifier"] = mods[-1].lower()
    out.append(person)
    return (out, name)


def _role_context(
    pg: Page, seg: list[Tok], around: tuple[tuple[str, int, int, Any], ...], person: Cand
) -> list[Cand]:
    """The places and organisations written with a role, and what they tell of its holder."""
    lex = pg.lex
    table = pg.table
    out: list[Cand] = []
    for kind, i, j, info in around:
        if kind == "demonym":
            place = demonym_country(info, lex.language, table)
            if place is not None:
                person.attrs.setdefault("country", place.country)
        elif kind in ("place", "entity"):
            c = known_cand(pg, seg[i:j], kind, info)
            if c is None:
                continue
            out.append(c)
            if kind == "place" and info.kind == "country":
                person.attrs.setdefault("country", info.country)
            elif kind == "place" or info.type == "location":
                person.attrs.setdefault("role_place", info.id)
            else:
                person.attrs.setdefault("role_org", info.id)
                person.attrs.setdefault("role_org_surface", c.surface)
        elif kind == "honorific":
            person.attrs["honorific"] = surface_of(pg.text, seg[i:j])
    return out


def appositive_role(pg: Page, pos: int) -> bool:
    """ ", the governor of Qeshm," / ", a spokesman for ...": a role in apposition."""
    m = pg.p.appositive.match(pg.text, pos, pos + 60)
    return m is not None and m.group(1) in pg.lex.role_last


def next_lower_word(pg: Page, pos: int) -> str | None:
    """The lower-case word right after ``pos`` (one space away), if any."""
    text = pg.text
    if pos >= len(text) - 1 or text[pos] not in " \t\u00a0" or not text[pos + 1].islower():
        return None
    m = pg.p.next_lower.match(text, pos)
    return m.group(1) if m else None


def lower_role_before(pg: Page, pos: int) -> tuple[int, int, str, int | None] | None:
    """A lower-case role written just before ``pos`` ("spokesperson Lin Jian")."""
    text = pg.text
    if pos < 2 or text[pos - 1] not in " \t\u00a0":
        return None
    tail = text[max(0, pos - 24) : pos].rsplit(None, 1)
    last = tail[-1] if tail else ""
    if not last or last not in pg.lex.role_last:
        return None
    window = text[max(0, pos - 60) : pos]
    spans = [m.span() for m in pg.p.lower_word.finditer(window)][-(pg.table.max_role_words + 1) :]
    if not spans or spans[-1][1] < len(window) - 1 or window[spans[-1][1] :].strip():
        return None
    base = pos - len(window)
    roles = pg.table.roles
    for n in range(min(len(spans), pg.table.max_role_words), 0, -1):
        first = spans[-n]
        # words must be adjacent (spaces only)
        seg = window[first[0] : spans[-1][1]]
        if not pg.p.lower_run.fullmatch(seg):
            continue
        role = roles.get(" ".join(name_tokens(seg)))
        if role is None:
            continue
        rs, re_ = base + first[0], base + spans[-1][1]
        mod_start = None
        if len(spans) > n:
            prev = spans[-n - 1]
            between = window[prev[1] : first[0]]
            word = window[prev[0] : prev[1]]
            if not between.strip() and word in pg.table.role_modifiers:
                mod_start = base + prev[0]
        return rs, re_, role, mod_start
    return None
