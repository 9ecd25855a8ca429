"""Names typed by their head noun, and ministries ("Ministry of Foreign Affairs" = "Foreign Ministry")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimcheck.extraction.entities.gazetteer import demonym_country
from claimcheck.extraction.entities.known import known_at, known_cand, name_cand
from claimcheck.extraction.entities.page import Cand, Page, Tok, keyw, surface_of
from claimcheck.language.text import name_tokens, slug


def headed(pg: Page, seg: list[Tok], head: str) -> list[Cand]:
    """A name typed by its head noun; ministries get a portfolio and a country."""
    lex = pg.lex
    table = pg.table
    words = [w for t in seg for w in t.words]
    prefix: list[Tok] = []
    body = seg
    country = None
    if head == "organization" and "ministry" in words:
        # Country adjective or country name before "Ministry ..." / "Foreign Ministry".
        n = known_at(pg, seg, 0)
        if n and n < len(seg):
            k = keyw(lex, seg[:n])
            place = (
                demonym_country(k, lex.language, table)
                if k in table.demonyms
                else lex.places.get(k)
            )
            if place is not None and place.kind == "country":
                country = place.country
                prefix, body = seg[:n], seg[n:]
        m = ministry(pg, body, country)
        if m is not None:
            if prefix:
                m.attrs["country_surface"] = surface_of(pg.text, prefix)
                m.attrs["country_span"] = (prefix[0].start, prefix[-1].end)
            out: list[Cand] = []
            if prefix and keyw(lex, prefix) not in table.demonyms:
                c = known_cand(pg, prefix, "place", lex.places[keyw(lex, prefix)])
                if c is not None:
                    out.append(c)
            out.append(m)
            return out
    c = name_cand(pg, seg, head)
    last = seg[-1].words[-1] if seg[-1].words else ""
    if last in table.org_heads or last in table.location_heads or last in table.other_heads:
        c.attrs["head"] = last
    else:
        heads = table.org_heads | table.location_heads
        c.attrs["head"] = next(
            (
                t.words[0]
                for t in seg
                if t.words and (t.words[0] in table.leading_heads or t.words[0] in heads)
            ),
            last,
        )
    # "Pakistan Army": the country it belongs to.
    n = known_at(pg, seg, 0)
    if n and n < len(seg):
        k = keyw(lex, seg[:n])
        place = (
            demonym_country(k, lex.language, table) if k in table.demonyms else lex.places.get(k)
        )
        if place is not None and place.country:
            c.attrs["country"] = place.country
    return [c]


def ministry(pg: Page, body: Sequence[Tok], country: str | None) -> Cand | None:
    """A ministry's portfolio: "Ministry of Foreign Affairs" = "Foreign Ministry"."""
    words = [w for t in body for w in t.words]
    if not words:
        return None
    if words[0] == "ministry" and len(words) > 2 and words[1] == "of":
        port = words[2:]
        if port and port[0] == "the":
            port = port[1:]
        # "Ministry of Foreign Affairs of Pakistan"
        if "of" in port:
            j = port.index("of")
            k = pg.table.key(" ".join(port[j + 1 :]))
            place = pg.lex.places.get(k)
            if place is not None and place.kind == "country" and country is None:
                country = place.country
            port = port[:j]
    elif words[-1] == "ministry" and len(words) >= 2:
        port = words[:-1]
    else:
        return None
    return ministry_cand(pg, body[0].start, body[-1].end, port, country)


def ministry_cand(
    pg: Page, start: int, end: int, port_words: Sequence[str], country: str | None
) -> Cand | None:
    table = pg.table
    port = [table.token_classes.get(w, w) for w in port_words]
    if port and port[-1] == "affairs":
        port = port[:-1]
    if not port:
        return None
    portfolio = " ".join(port)
    title = " ".join(w.capitalize() if w not in ("and", "of", "the") else w for w in port)
    if portfolio in table.affairs_portfolios:
        canonical = f"Ministry of {title} Affairs"
    else:
        canonical = f"Ministry of {title}"
    base = table.key(canonical)
    cid = f"org:{country.lower()}-{slug(base)}" if country else f"org:{slug(base)}"
    if country:
        from babel import Locale

        cname = Locale("en").territories.get(country, country)
        canonical = f"{canonical} ({cname})"
    attrs: dict[str, Any] = {"ministry": portfolio, "head": "ministry"}
    if country:
        attrs["country"] = country
    return Cand(
        start,
        end,
        pg.text[start:end],
        "organization",
        key=base,
        id=cid,
        canonical=canonical,
        attrs=attrs,
    )


def ministries_lowercase(pg: Page) -> None:
    """ "the foreign ministry", "China's defence ministry", "Chinese foreign ministry"."""
    text = pg.text
    lex = pg.lex
    table = pg.table
    if "ministr" not in text:
        return
    by_span = {(c.start, c.end): c for c in pg.cands}
    for m in ministry_mentions(pg):
        s = m.start()
        before = lex.before_ministry.search(text, max(0, s - 40), s)
        if before is None:
            continue
        country = None
        if before.group("cap"):
            cap = before.group("cap")
            k = table.key(cap)
            place = (
                demonym_country(k, lex.language, table)
                if k in table.demonyms and not before.group("poss")
                else lex.places.get(k)
            )
            if place is None or place.kind != "country":
                continue
            country = place.country
            span = before.span("cap")
            c = by_span.get(span)
            if c is not None and c.attrs.get("demonym"):
                pg.absorbed.add(span)
        port = name_tokens(m.group("port"))
        cand = ministry_cand(pg, s, m.end(), port, country)
        if cand is not None:
            if before.group("cap"):
                cand.attrs["country_surface"] = before.group("cap")
                cand.attrs["country_span"] = before.span("cap")
            pg.cands.append(cand)


def ministry_mentions(pg: Page) -> list[Any]:
    """Matches of "<portfolio> [affairs] ministry" in lower case, found from "ministry"."""
    text = pg.text
    pattern = pg.lex.lower_ministry
    out = []
    pos = text.find("ministry")
    while pos >= 0:
        end = pos + len("ministry")
        if (pos == 0 or not text[pos - 1].isalpha()) and not text[end : end + 1].isalpha():
            m = pattern.search(text, max(0, pos - 40), end)
            if m is not None and m.end() == end:
                out.append(m)
        pos = text.find("ministry", end)
    return out
