"""Cutting a run of capitalised words into the names it holds."""

from __future__ import annotations

from claimcheck.extraction.entities.acronyms import is_acronym
from claimcheck.extraction.entities.known import article_name, head_type, known_at, unknown_token
from claimcheck.extraction.entities.page import Page, Tok, keyw
from claimcheck.extraction.entities.roles import role_span


def split_chunk(
    pg: Page, toks: list[Tok], title: bool, initial: bool
) -> list[tuple[list[Tok], bool]]:
    """Cut a chunk at function words, calendar words and weak connectors."""
    lex = pg.lex
    segs: list[list[Tok]] = []
    cur: list[Tok] = []
    unverified_first = initial and not title
    first = True
    for i, t in enumerate(toks):
        w = t.words[0] if t.words else ""
        single = len(t.words) == 1 and (len(t.text) == 1 or not t.text.isupper())
        if not t.conn and single and (w in lex.function or w in lex.calendar):
            keep_month = (
                w in lex.months
                and not first
                and cur
                and not cur[-1].conn
                and unknown_token(pg, cur[-1])
                and not pg.text[t.end : t.end + 2].strip()[:1].isdigit()
            )
            if not keep_month and not (i == 0 and article_name(pg, toks)):
                if cur:
                    segs.append(cur)
                cur = []
                if first:
                    unverified_first = False
                first = False
                continue
        cur.append(t)
        first = False
    if cur:
        segs.append(cur)
    out: list[tuple[list[Tok], bool]] = []
    for n, seg in enumerate(segs):
        while seg and seg[0].conn:
            seg = seg[1:]
        while seg and seg[-1].conn:
            seg = seg[:-1]
        if not seg:
            continue
        first_seg = n == 0 and seg[0] is toks[0]
        for part in split_connectors(pg, seg):
            out.append((part, unverified_first and first_seg and part[0] is toks[0]))
    if title:
        return [(s, False) for s, _ in out]
    return out


def split_connectors(pg: Page, seg: list[Tok]) -> list[list[Tok]]:
    """Split "A and B" / "A of B" unless they read as one name."""
    conn_idx = [
        i for i, t in enumerate(seg) if t.conn and t.words and t.words[0] in ("and", "of", "for")
    ]
    if not conn_idx:
        return [seg]
    if known_at(pg, seg, 0) == len(seg):
        return [seg]
    i = conn_idx[0]
    around = _around_known(pg, seg, i)
    if around is not None:
        return around
    left, right = seg[:i], seg[i + 1 :]
    while right and right[0].conn:
        right = right[1:]
    if not left or not right:
        return [p for p in (left, right) if p]
    if seg[i].words[0] == "and":
        return _split_and(pg, seg, left, right)
    return _split_of(pg, seg, left, right)


def _around_known(pg: Page, seg: list[Tok], i: int) -> list[list[Tok]] | None:
    """A known name across the connector at ``i`` ("Chinese Belt and Road"): cut around it."""
    for st in range(i):
        n = known_at(pg, seg, st)
        if st + n > i + 1:
            parts: list[list[Tok]] = []
            if st:
                parts.extend(split_connectors(pg, seg[:st]))
            parts.append(seg[st : st + n])
            rest = seg[st + n :]
            while rest and rest[0].conn:
                rest = rest[1:]
            if rest:
                parts.extend(split_connectors(pg, rest))
            return parts
    return None


def _split_and(pg: Page, seg: list[Tok], left: list[Tok], right: list[Tok]) -> list[list[Tok]]:
    """ "A and B": one name when neither side is known and they read as one."""
    table = pg.table
    lk = known_at(pg, left, 0) == len(left)
    rk = known_at(pg, right, 0) == len(right)
    right_parts = split_connectors(pg, right)
    r_head = head_type(pg, right) or (
        len(right) == 1 and right[0].words and right[0].words[-1] in table.org_heads
    )
    keep = False
    if not lk and not rk:
        if (r_head and len(left) == 1 and not head_type(pg, left)) or (
            len(left) == 1
            and len(right) == 1
            and keyw(pg.lex, left) not in pg.seen_chunks
            and keyw(pg.lex, right) not in pg.seen_chunks
            and not is_acronym(left[0].text)
            and not is_acronym(right[0].text)
        ):
            keep = True
    if keep:
        return [seg]
    return [left, *right_parts]


def _split_of(pg: Page, seg: list[Tok], left: list[Tok], right: list[Tok]) -> list[list[Tok]]:
    """ "A of B" / "A for B": whole after a head noun or before a role's holder."""
    table = pg.table
    first = left[0].words[0] if left[0].words else ""
    last = left[-1].words[-1] if left[-1].words else ""
    lead = table.leading_heads.get(first) if len(left) == 1 else None
    if role_span(pg, left) is not None:
        # "Prime Minister of Pakistan Shehbaz Sharif" stays whole; "CEO of The Wildlife
        # Society" is a role and an organisation.
        if known_at(pg, right, 0) and not head_type(pg, right):
            return [seg]
        return [left, *split_connectors(pg, right)]
    if lead or last in table.org_heads or last in table.location_heads or last in table.other_heads:
        return _headed_of(pg, seg, right)
    return [left, *split_connectors(pg, right)]


def _headed_of(pg: Page, seg: list[Tok], right: list[Tok]) -> list[list[Tok]]:
    """ "Ministry of Information and Broadcasting" is one name, but "Society for Conservation
    Biology and the Wildlife Society" is two."""
    ands = [k for k, t in enumerate(right) if t.conn and t.words == ("and",)]
    for n, j in enumerate(ands):
        if j == 0 or j == len(right) - 1:
            continue
        stop = ands[n + 1] if n + 1 < len(ands) else len(right)
        conj = right[j + 1 : stop]
        while conj and conj[0].conn:
            conj = conj[1:]
        if conj and (
            right[j + 1].words == ("the",)
            or head_type(pg, conj)
            or known_at(pg, conj, 0) == len(conj)
        ):
            after = right[j + 1 :]
            while after and after[0].conn:
                after = after[1:]
            head_part = seg[: seg.index(right[0])] + right[:j]
            return [head_part, *split_connectors(pg, after)]
    return [seg]
