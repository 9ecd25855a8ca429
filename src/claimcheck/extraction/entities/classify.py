"""Typing each name of a chunk: known names, acronyms, roles, head nouns and unknown runs."""

from __future__ import annotations

from typing import Any

from claimcheck.extraction.entities.acronyms import acronym_matches, is_acronym
from claimcheck.extraction.entities.known import (
    compound_places,
    head_type,
    known_at,
    known_cand,
    known_pieces,
    known_whole,
    name_cand,
)
from claimcheck.extraction.entities.organisations import headed
from claimcheck.extraction.entities.page import Cand, Page, Tok, keyw, surface_of
from claimcheck.extraction.entities.roles import find_role
from claimcheck.language.aliases import key_of_words


def classify_single(pg: Page, tok: Tok, title: bool, initial: bool) -> list[Cand] | None:
    """Fast path for a chunk of one word (most chunks)."""
    lex = pg.lex
    table = pg.table
    words = tok.words
    if not words:
        return None
    text = tok.text
    if len(text.rstrip(".")) == 1:
        return None  # a lone initial or letter ("E!", "T")
    if len(words) == 1 and (len(text) == 1 or not text.isupper()):
        w = words[0]
        if w in lex.function or w in lex.calendar:
            return None
    key = tok.key or key_of_words(table, words)
    if key in table.names or key in lex.places or key in table.demonyms:
        whole = known_whole(pg, [tok], key)
        return [whole] if whole is not None else None
    if is_acronym(text):
        return [Cand(tok.start, tok.end, text, "acronym", key=key)]
    if len(words) > 1:
        parts = compound_places(pg, tok)
        if parts:
            return parts
    if title or key in table.roles or key in table.honorifics:
        return None
    if initial and key not in pg.seen_chunks and not (set(words) <= pg.attested):
        return None
    if lex.language == "de":
        return None
    return [Cand(tok.start, tok.end, text, "unknown", key=key, canonical=text, words=words)]


def classify(pg: Page, seg: list[Tok], unverified: bool, title: bool) -> list[Cand]:
    lex = pg.lex
    text = pg.text
    key = keyw(lex, seg)
    # "China-Pakistan": a compound of places is the places.
    if len(seg) == 1 and len(seg[0].words) > 1 and key not in lex.places:
        parts = compound_places(pg, seg[0])
        if parts:
            return parts
    if unverified:
        n_known = known_at(pg, seg, 0)
        if n_known == 0 and not is_acronym(seg[0].text) and key not in pg.seen_chunks:
            if len(seg) == 1:
                if not (set(seg[0].words) <= pg.attested):
                    return []
            else:
                w0 = seg[0].text
                if (
                    pg.written_lower(w0)
                    or w0.endswith(("ing", "ed", "ly"))
                    or seg[0].words[0] in lex.function
                ):
                    seg = seg[1:]
                    while seg and seg[0].conn:
                        seg = seg[1:]
                    if not seg:
                        return []
                    key = keyw(lex, seg)
    whole = known_whole(pg, seg, key)
    if whole is not None:
        return [whole]
    if len(seg) == 1 and len(seg[0].text.rstrip(".")) == 1:
        return []  # a lone letter or initial

    # Acronyms standing alone.
    if len(seg) == 1 and is_acronym(seg[0].text):
        return [Cand(seg[0].start, seg[0].end, seg[0].text, "acronym", key=key)]
    # "Airport Security Force ASF": an acronym after its long form.
    if len(seg) > 2 and is_acronym(seg[-1].text) and not seg[-2].conn:
        long = seg[:-1]
        if acronym_matches(seg[-1].text, surface_of(text, long)):
            acr = Cand(seg[-1].start, seg[-1].end, seg[-1].text, "acronym")
            return [*classify(pg, long, False, title), acr]

    # A name typed by its head noun, unless a role comes before a full name
    # ("General Assembly" is an organisation, "Senator Frank Church" a person).
    head = head_type(pg, seg)
    pieces = known_pieces(pg, seg)
    role = find_role(pg, seg, title, pieces)
    if head is not None and not (role is not None and len(role[1]) >= 2):
        if title:
            return [c for c in headed(pg, seg, head) if c.id]
        return headed(pg, seg, head)
    if role is not None:
        return role[0]
    if title:
        return [c for c in classify_rest(pg, seg, pieces, title=True) if c.id]
    return classify_rest(pg, seg, pieces)


def classify_rest(
    pg: Page, seg: list[Tok], pieces: list[tuple[str, int, int, Any]], title: bool = False
) -> list[Cand]:
    """Names without a role or head: known names, honorifics and unknown runs."""
    lex = pg.lex
    text = pg.text
    kinds = [p[0] for p in pieces]
    # Honorific + name.
    if len(pieces) >= 2 and kinds[0] == "honorific" and all(k == "unknown" for k in kinds[1:]):
        name = seg[pieces[1][1] :]
        c = name_cand(pg, name, "person")
        c.attrs["honorific"] = surface_of(text, seg[: pieces[1][1]])
        return [c]
    if all(k == "unknown" for k in kinds):
        if lex.language == "de":
            return []
        return [name_cand(pg, seg, "unknown")]
    unknown = kinds.count("unknown")
    small_known = all(
        k in ("unknown", "place", "demonym") and (k == "unknown" or j - i == 1)
        for k, i, j, _ in pieces
    )
    if unknown and small_known and not title and lex.language != "de":
        # "China Daily", "Michael Jordan": a place word inside a longer name.
        c = name_cand(pg, seg, "unknown")
        c.attrs["has_place"] = True
        return [c]
    out: list[Cand] = []
    run: list[Tok] = []
    for kind, i, j, info in pieces:
        if kind == "unknown":
            run.extend(seg[i:j])
            continue
        if run:
            if lex.language != "de":
                out.append(name_cand(pg, run, "unknown"))
            run = []
        if kind in ("entity", "place", "demonym"):
            known = known_cand(pg, seg[i:j], kind, info)
            if known is not None:
                out.append(known)
    if run and lex.language != "de":
        out.append(name_cand(pg, run, "unknown"))
    return out
