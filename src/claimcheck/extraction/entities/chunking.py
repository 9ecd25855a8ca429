"""Cutting a run of capitalised words into the names it holds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

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


@dataclass(frozen=True, slots=True)
class _Tail(Sequence[Tok]):
    """``toks[start:]`` without the copy: what is left of a segment after its first cuts.

    A run of "A and B and C ..." is cut one name at a time; copying the rest at every cut
    would make the run cost the square of its length.
    """

    toks: Sequence[Tok]
    start: int

    def __len__(self) -> int:
        return len(self.toks) - self.start

    @overload
    def __getitem__(self, i: int) -> Tok: ...

    @overload
    def __getitem__(self, i: slice) -> list[Tok]: ...

    def __getitem__(self, i: int | slice) -> Tok | list[Tok]:
        if isinstance(i, slice):
            a, b, step = i.indices(len(self))
            return list(self.toks[self.start + a : self.start + b : step])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.toks[self.start + i]

    def __iter__(self) -> Iterator[Tok]:
        # Lazily, by index: islice would step over the first ``start`` tokens every time.
        return map(self.toks.__getitem__, range(self.start, len(self.toks)))


def _rest(toks: Sequence[Tok], start: int) -> Sequence[Tok]:
    """``toks[start:]`` without its leading connectors, as a view."""
    while start < len(toks) and toks[start].conn:
        start += 1
    if isinstance(toks, _Tail):
        return _Tail(toks.toks, toks.start + start)
    return _Tail(toks, start)


#: One cut of a segment: the names it gives, and the rest still to split (``None``: nothing).
_Cut = tuple[list[list[Tok]], Sequence[Tok] | None]


def split_connectors(pg: Page, seg: list[Tok]) -> list[list[Tok]]:
    """Split "A and B" / "A of B" unless they read as one name.

    One cut at a time, from the left: a run of names joined by "and" is as long as the text
    makes it, and costs neither a call frame nor a copy of the rest per name.
    """
    out: list[list[Tok]] = []
    rest: Sequence[Tok] | None = seg
    while rest is not None:
        parts, rest = _cut(pg, rest)
        out.extend(parts)
    return out


def _first_connector(seg: Sequence[Tok]) -> int:
    """Index of the first "and", "of" or "for" linking words in ``seg``, or -1."""
    for i, t in enumerate(seg):
        if t.conn and t.words and t.words[0] in ("and", "of", "for"):
            return i
    return -1


def _cut(pg: Page, seg: Sequence[Tok]) -> _Cut:
    """The names before the first connector of ``seg`` and what is left after them."""
    i = _first_connector(seg)
    if i < 0 or known_at(pg, seg, 0) == len(seg):
        return [list(seg)], None
    around = _around_known(pg, seg, i)
    if around is not None:
        return around
    left, right = list(seg[:i]), _rest(seg, i + 1)
    if not left or not right:
        return [list(p) for p in (left, right) if p], None
    if seg[i].words[0] == "and":
        return _split_and(pg, seg, left, right)
    return _split_of(pg, seg, left, right)


def _around_known(pg: Page, seg: Sequence[Tok], i: int) -> _Cut | None:
    """A known name across the connector at ``i`` ("Chinese Belt and Road"): cut around it."""
    for st in range(i):
        n = known_at(pg, seg, st)
        if st + n > i + 1:
            parts: list[list[Tok]] = []
            if st:
                parts.extend(split_connectors(pg, list(seg[:st])))
            parts.append(list(seg[st : st + n]))
            rest = _rest(seg, st + n)
            return parts, (rest or None)
    return None


def _split_and(pg: Page, seg: Sequence[Tok], left: list[Tok], right: Sequence[Tok]) -> _Cut:
    """ "A and B": one name when neither side is known and they read as one."""
    table = pg.table
    lk = known_at(pg, left, 0) == len(left)
    rk = known_at(pg, right, 0) == len(right)
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
        return [list(seg)], None
    return [left], right


def _split_of(pg: Page, seg: Sequence[Tok], left: list[Tok], right: Sequence[Tok]) -> _Cut:
    """ "A of B" / "A for B": whole after a head noun or before a role's holder."""
    table = pg.table
    first = left[0].words[0] if left[0].words else ""
    last = left[-1].words[-1] if left[-1].words else ""
    lead = table.leading_heads.get(first) if len(left) == 1 else None
    if role_span(pg, left) is not None:
        # "Prime Minister of Pakistan Shehbaz Sharif" stays whole; "CEO of The Wildlife
        # Society" is a role and an organisation.
        if known_at(pg, right, 0) and not head_type(pg, right):
            return [list(seg)], None
        return [left], right
    if lead or last in table.org_heads or last in table.location_heads or last in table.other_heads:
        return _headed_of(pg, seg, right)
    return [left], right


def _headed_of(pg: Page, seg: Sequence[Tok], right: Sequence[Tok]) -> _Cut:
    """ "Ministry of Information and Broadcasting" is one name, but "Society for Conservation
    Biology and the Wildlife Society" is two."""
    # The "and"s are found one ahead of use: the first that starts a new name ends the scan.
    ands = (k for k, t in enumerate(right) if t.conn and t.words == ("and",))
    j = next(ands, None)
    while j is not None:
        following = next(ands, None)
        if j == 0 or j == len(right) - 1:
            j = following
            continue
        stop = following if following is not None else len(right)
        conj = list(_rest(right[j + 1 : stop], 0))
        if conj and (
            right[j + 1].words == ("the",)
            or head_type(pg, conj)
            or known_at(pg, conj, 0) == len(conj)
        ):
            head_part = [*seg[: len(seg) - len(right)], *right[:j]]
            return [head_part], _rest(right, j + 1)
        j = following
    return [list(seg)], None
