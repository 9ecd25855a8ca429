"""Typing names from the text around them: roles, appositions, speech verbs, surnames, common words."""

from __future__ import annotations

from claimcheck.extraction.entities.acronyms import is_acronym
from claimcheck.extraction.entities.page import Page
from claimcheck.extraction.entities.roles import appositive_role, lower_role_before, next_lower_word
from claimcheck.language.aliases import make_id

_PREPOSITIONS = frozenset(["of", "in", "from", "at", "near", "to", "for", "by", "with"])
_PLACE_OF = frozenset(
    ["province", "district", "city", "town", "village", "region", "state", "county", "capital"]
)


def context_types(pg: Page) -> None:
    """Type names from the words around them: roles, honorifics, "group", "said"."""
    text = pg.text
    p = pg.p
    trailing = pg.table.trailing_common
    ends = {c.end: c for c in pg.cands if c.type not in ("drop",)}
    for c in pg.cands:
        if c.type not in ("unknown", "person", "location", "organization", "other"):
            continue
        if (c.start, c.end) in pg.absorbed:
            continue
        if c.type == "unknown" or (c.type == "person" and "role" not in c.attrs):
            found = lower_role_before(pg, c.start)
            if found is not None:
                rs, re_, role, mod_start = found
                if not any(is_acronym(w) for w in c.surface.split()):
                    c.type = "person"
                    c.role = role
                    c.attrs["role"] = role
                    c.attrs["role_span"] = (rs, re_)
                    c.attrs["role_surface"] = text[rs:re_]
                    if mod_start is not None:
                        c.attrs["role_modifier"] = text[mod_start:rs].strip().lower()
                    prev_start = mod_start if mod_start is not None else rs
                    k = prev_start
                    while k > 0 and text[k - 1] in " \t\u00a0":
                        k -= 1
                    owner = ends.get(k)
                    if owner is not None and owner is not c:
                        if owner.type == "organization":
                            c.attrs["role_org"] = owner.id or make_id("organization", owner.key)
                            c.attrs["role_org_surface"] = owner.surface
                            if owner.attrs.get("country"):
                                c.attrs.setdefault("country", owner.attrs["country"])
                        elif owner.type == "location" and owner.attrs.get("country"):
                            c.attrs.setdefault("country", owner.attrs["country"])
                            if owner.attrs.get("demonym"):
                                pg.absorbed.add((owner.start, owner.end))
                    continue
        if c.type == "unknown":
            nxt = next_lower_word(pg, c.end)
            typ = trailing.get(nxt) if nxt else None
            if typ is not None:
                c.type = typ
                c.attrs["head"] = nxt
                continue
            prev = text[max(0, c.start - 30) : c.start].split()[-2:]
            if len(prev) == 2 and prev[1] == "of" and prev[0] in _PLACE_OF:
                c.type = "location"
                continue
            in_phrase = bool(prev) and prev[-1] in _PREPOSITIONS
            if (prev and prev[-1].endswith("-year-old")) or (
                not in_phrase
                and text[c.end : c.end + 1] == ","
                and (p.person_after.match(text, c.end, c.end + 12) or appositive_role(pg, c.end))
            ):
                c.type = "person"
                continue
            if (
                len(c.words) >= 2
                and not c.attrs.get("has_place")
                and p.speech_after.match(text, c.end, c.end + 40)
            ):
                c.type = "person"
        elif c.type == "location" and not c.attrs.get("demonym"):
            nxt = next_lower_word(pg, c.end)
            if nxt and trailing.get(nxt) == "location":
                c.attrs["head"] = nxt


def surnames(pg: Page) -> None:
    """A name used alone and as part of exactly one longer name is that person."""
    full: dict[str, set[str]] = {}
    # Only names the text shows to be people seed this: a team ("Indianapolis Colts")
    # or a company used by its last word is not a person.
    longs = [c for c in pg.cands if c.type == "person" and 2 <= len(c.words) <= 5]
    for c in longs:
        for w in {c.words[0], c.words[-1]}:
            full.setdefault(w, set()).add(c.key)
    by_key = {c.key: c for c in longs}
    singles = [
        c
        for c in pg.cands
        if len(c.words) <= 1
        and (
            c.type in ("unknown", "person")
            or (c.type == "location" and c.weak and not c.attrs.get("demonym"))
        )
    ]
    for c in singles:
        w = c.words[0] if c.words else pg.table.key(c.surface)
        keys = full.get(w, set())
        if len(keys) != 1:
            continue
        target = by_key[next(iter(keys))]
        c.type = "person"
        c.id = ""
        c.weak = False
        c.attrs["full_name"] = target.surface
        if not c.words:
            c.words = (w,)
        if not c.key:
            c.key = w


def common_words(pg: Page) -> None:
    """Drop lone unknown words that are common nouns here ("Police" / "police")."""
    table = pg.table
    heads = table.org_heads | table.location_heads | table.other_heads
    for c in pg.cands:
        if c.type != "unknown" or len(c.words) != 1 or " " in c.surface:
            continue
        w = c.words[0]
        if w in heads or w in table.trailing_common or pg.written_lower(c.surface):
            c.type = "drop"
