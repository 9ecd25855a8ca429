"""CC120 age-mismatch: one participant, two ages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from claimcheck.model import Document, Finding
from claimcheck.rulekit import (
    Age,
    Cast,
    Participant,
    RuleContext,
    RuleSpec,
    Statement,
    doc_label,
    load_doc,
    published_order,
)

__all__ = ["RULES", "possessive"]

#: The most statements of the majority age a finding cites.
_MAX_RELATED = 4


def possessive(who: str) -> str:
    """ "Maria Lopez's", "the victim's", "James Gonzales'" (AP style for a name ending in s)."""
    if who.endswith("s") and who[:1].isupper():
        return f"{who}\u2019"
    return f"{who}\u2019s"


def _units(cast: Cast) -> Iterator[tuple[list[Participant], bool]]:
    """Sets of participants that are one person, and whether the set rests on a role only."""
    grouped: set[tuple[str, str]] = set()
    for g in cast.groups():
        grouped.update((p.doc, p.key) for p in g)
        yield g, False
    for lk in cast.links_of("role"):
        yield [lk.a, lk.b], True
    for ps in cast.people.values():
        for p in ps:
            if (p.doc, p.key) not in grouped and len({a.value for a in p.ages}) > 1:
                yield [p], False


#: Years two ages of one person may differ between undated reports: an arrest and a trial
#: are often two or three years apart, and the reports rarely say when they were written.
UNDATED_TOLERANCE = 3


def _allowed(da: Document, db: Document) -> int:
    """How many years two ages of one person may differ between the two documents."""
    if da.id == db.id:
        return 0
    gap = published_order(da, db)
    if gap is None:
        return UNDATED_TOLERANCE
    gap = abs(gap)
    return 0 if gap == 0 else int(gap / 365.25) + 1


def _loosely_held(a: Age) -> bool:
    """An age tied to its person by a surname used alone ("Gray, 16,", perhaps a relative)
    or by a description ("the 26-year-old actress"): not compared inside one document."""
    return a.holder != "name" or (a.name is not None and a.name.attrs.get("linked_by") == "surname")


def _statements(unit: Sequence[Participant]) -> list[tuple[Participant, Age]]:
    """Every statement of a person's age, name-held ages first in each document ("Reid, 33,"
    before "the 33-year-old"): a finding cites each, whichever an editor looks at."""
    out: list[tuple[Participant, Age]] = []
    seen: set[tuple[str, int, int]] = set()
    for p in unit:
        for a in sorted(p.ages, key=lambda a: (a.holder != "name", a.mention.start)):
            key = (p.doc, a.mention.start, a.mention.end)
            if key not in seen and a.holder != "group":
                seen.add(key)
                out.append((p, a))
    return out


def _who(unit: Sequence[Participant]) -> str:
    """How the message names the person: the full name when any document gives it."""
    full = next((p.name for p in unit if p.named_in_full), None)
    named = next((p.name for p in unit if p.name), None)
    return full or named or unit[0].describe()


def _check_unit(ctx: RuleContext, unit: Sequence[Participant], by_role: bool) -> Iterator[Finding]:
    sts = _statements(unit)
    values = Counter(v for _, v in {(p.doc, a.value) for p, a in sts})  # reports, not repeats
    if len(values) < 2:
        return
    docs = ctx.documents
    majority = max(
        values, key=lambda v: (values[v], -min(a.mention.start for _, a in sts if a.value == v))
    )
    who = _who(unit)
    told: set[tuple[str, int]] = set()
    for p, a in sts:
        if a.value == majority or (p.doc, a.value) in told:
            continue  # one finding for each document's other age
        told.add((p.doc, a.value))
        partners: list[tuple[Participant, Age]] = []
        for q, b in sts:
            if b.value != majority or abs(a.value - b.value) <= _allowed(docs[p.doc], docs[q.doc]):
                continue
            if p.doc == q.doc and (_loosely_held(a) or _loosely_held(b)):
                continue  # "Mahnefah Gray, 19," and her brother "Gray, 16,"
            partners.append((q, b))
        if not partners:
            continue
        partners.sort(key=lambda qb: qb[0].doc == p.doc)  # other reports first
        # the document's other statements of the same age ("Whitfield, 34," and "the
        # 34-year-old") are cited too: an editor fixes every one
        also = [(q, b) for q, b in sts if q.doc == p.doc and b.value == a.value and b is not a]
        yield _finding(ctx, who, (p, a), partners[:_MAX_RELATED], by_role, also[:_MAX_RELATED])


def _finding(
    ctx: RuleContext,
    who: str,
    mine: tuple[Participant, Age],
    partners: Sequence[tuple[Participant, Age]],
    weak: bool,
    also: Sequence[tuple[Participant, Age]] = (),
) -> Finding:
    p, a = mine
    docs = ctx.documents
    here = doc_label(docs[p.doc])
    places = []
    for q, _ in partners:
        places.append(
            "elsewhere in this document" if q.doc == p.doc else f"in {doc_label(docs[q.doc])}"
        )
    where = (
        places[0]
        if len(set(places)) == 1
        else "in " + ", ".join(sorted({doc_label(docs[q.doc]) for q, _ in partners}))
    )
    other = partners[0][1].value
    owner = possessive(who)
    message = f"{owner[:1].upper()}{owner[1:]} age is {a.value} here but {other} {where}"
    related = [
        Statement.of(b.mention, f"{doc_label(docs[q.doc])}: {q.describe()}, {b.value}")
        for q, b in (*partners, *also)
    ]
    return ctx.report(
        message=message,
        claim=f"the age of {who}",
        primary=Statement.of(a.mention, f"{here}: {p.describe()}, {a.value}"),
        related=related,
        confidence=0.55 if weak else 0.9,
        severity="warning" if weak else None,
        evidence=[_evidence(p, partners)],
        reason=(
            f"One person cannot be {a.value} and {other} at once"
            + (
                "; the reports do not name the person, so check it is the same one."
                if weak
                else "."
            )
        ),
    )


def _evidence(p: Participant, partners: Sequence[tuple[Participant, Age]]) -> str:
    q = partners[0][0]
    if p.name and q.name:
        return f"both name {q.name if q.named_in_full else p.name}"
    return f"each report describes one {p.role or q.role or 'person'} and names none"


def check_age_mismatch(ctx: RuleContext) -> Iterator[Finding]:
    cast = ctx.participants
    for unit, by_role in _units(cast):
        yield from _check_unit(ctx, unit, by_role)


RULES = [
    RuleSpec(
        code="CC120",
        name="age-mismatch",
        summary="One person is given two different ages (19 in one report, 29 in another).",
        default_severity="error",
        check=check_age_mismatch,
        doc=load_doc(__name__, "CC120"),
        kinds=("number", "quantity"),
    ),
]
