"""CC101 count-mismatch and CC102 toll-updated."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.claims.wording import count_phrase
from claimcheck.model import Alignment, Finding, Mention
from claimcheck.rulekit.compare import compatible
from claimcheck.rulekit.conflicts import doc_label, group_conflicts, published_order
from claimcheck.rulekit.docs import load_doc
from claimcheck.rulekit.rules import RuleContext, RuleSpec, Statement

__all__ = ["RULES"]


def _conflicts(ctx: RuleContext, *, growing: bool) -> Iterator[tuple[Alignment, bool]]:
    """Cross-document count alignments whose values cannot both be true.

    Yields (alignment, is_update): an update is a growing count (a toll, arrests) whose
    documents were published on different days, or whose dates are unknown.
    """
    for al in ctx.alignments_of("number"):
        if al.a.doc == al.b.doc:
            continue
        if al.strength != "strong" and not (growing and _same_event(al) and al.similarity >= 0.3):
            continue
        if compatible(al.a.mention, al.b.mention):
            continue
        da, db = ctx.documents[al.a.doc], ctx.documents[al.b.doc]
        gap = published_order(da, db)
        if al.a.attribute == "aged" and al.a.subject == "age" and gap != 0 and _age_gap(al) <= 3:
            continue  # "Orozco, 27" at his arrest and "Orozco, 29" at his trial
        is_update = al.a.grows and (gap is None or gap != 0)
        if is_update == growing:
            yield al, is_update


def _age_gap(al: Alignment) -> float:
    va = getattr(al.a.mention.value, "value", None) or 0
    vb = getattr(al.b.mention.value, "value", None) or 0
    return abs(va - vb)


def _same_event(al: Alignment) -> bool:
    """A weaker alignment that still names one kind of event, attribute and counted group:
    enough to show a toll that may have changed, as a warning."""
    a, b = al.a, al.b
    return bool(
        a.grows
        and a.attribute == b.attribute
        and a.subject
        and a.subject == b.subject
        and a.event
        and a.event == b.event
    )


def _describe(al: Alignment) -> str:
    """ "number of people killed in the shooting in Las Vegas on Saturday 5 September"."""
    return count_phrase(al.a, al.b)


def _emit(ctx: RuleContext, *, growing: bool) -> Iterator[Finding]:
    pairs: dict[tuple[Mention, Mention], Alignment] = {}
    for al, _ in _conflicts(ctx, growing=growing):
        pairs[(al.a.mention, al.b.mention)] = al
        pairs[(al.b.mention, al.a.mention)] = al
    for primary, partners in group_conflicts(
        ((a, b) for a, b in pairs if a.key < b.key), prefer=ctx.in_draft
    ):
        als = [pairs[(primary, p)] for p in partners]
        strong = all(al.strength == "strong" for al in als)
        claim = _describe(als[0])
        pdoc = ctx.documents[primary.doc]
        related = []
        for p in partners:
            odoc = ctx.documents[p.doc]
            note = f"{doc_label(odoc)} says {p.value.describe()}"
            if growing:
                gap = published_order(pdoc, odoc)
                if gap is not None and gap != 0:
                    note += f" (published {odoc.published.isoformat()})"  # type: ignore[union-attr]
            related.append(Statement.of(p, note))
        others = ", ".join(sorted({p.value.describe() for p in partners}))
        where = ", ".join(
            sorted({f"{p.value.describe()} in {doc_label(ctx.documents[p.doc])}" for p in partners})
        )
        mine = primary.value.describe()
        if growing:
            message = (
                f"The {claim} is {mine} here but {where}; "
                "the toll may have been updated between reports"
            )
            reason = (
                "Counts like this change as reports come in; the publication dates do not show "
                "which figure is current, so check the latest source."
            )
        else:
            message = f"The {claim} is {mine} here but {where}"
            reason = f"{mine} and {others} cannot both be the {claim}."
        evidence = sorted({e for al in als for e in al.evidence})
        conf = min(al.score for al in als) / 6.0
        yield ctx.report(
            message=message,
            claim=claim,
            primary=Statement.of(primary, f"{doc_label(pdoc)} says {mine}"),
            related=related,
            confidence=min(0.95, 0.5 + conf / 2) if strong else min(0.6, 0.3 + conf / 3),
            severity=None if strong else "warning",
            evidence=evidence,
            reason=reason,
        )


def check_count_mismatch(ctx: RuleContext) -> Iterator[Finding]:
    return _emit(ctx, growing=False)


def check_toll_updated(ctx: RuleContext) -> Iterator[Finding]:
    return _emit(ctx, growing=True)


RULES = [
    RuleSpec(
        code="CC101",
        name="count-mismatch",
        summary="The same count (killed, injured, arrested ...) is reported with incompatible values.",
        default_severity="error",
        check=check_count_mismatch,
        doc=load_doc(__name__, "CC101"),
        kinds=("number",),
    ),
    RuleSpec(
        code="CC102",
        name="toll-updated",
        summary="A toll or other running count differs between reports that may be updates of each other.",
        default_severity="warning",
        check=check_toll_updated,
        doc=load_doc(__name__, "CC102"),
        kinds=("number",),
    ),
]
