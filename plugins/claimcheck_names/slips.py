"""CC404 name-slip: one person's surname spelled with one letter different."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from claimcheck.claims.participants import Link, Participant
from claimcheck.model import Finding
from claimcheck.normalization.names.slips import word_key
from claimcheck.rulekit.conflicts import doc_label
from claimcheck.rulekit.rules import RuleContext, Statement

__all__ = ["check_name_slip"]


def _who(a: Participant, b: Participant) -> str:
    full = next((p.name for p in (a, b) if p.named_in_full), None)
    if full:
        return full
    office = next((t.office for p in (a, b) for t in p.titles), None)
    return f"the {office}" if office else (a.name or b.name or "the person")


def _order(lk: Link, used: Counter[str], ctx: RuleContext) -> tuple[Participant, Participant]:
    """(the spelling to fix, the spelling it differs from): a draft's first, then the rarer."""
    a, b = lk.a, lk.b
    if lk.a.doc == lk.b.doc:
        # inside one document the short form that strays from the full name is the slip
        return (b, a) if a.named_in_full else (a, b)
    if ctx.in_draft(b.doc) and not ctx.in_draft(a.doc):
        return b, a
    if ctx.in_draft(a.doc) and not ctx.in_draft(b.doc):
        return a, b
    ka, kb = word_key(a.surname or ""), word_key(b.surname or "")
    return (a, b) if used[ka] < used[kb] else (b, a)


def check_name_slip(ctx: RuleContext) -> Iterator[Finding]:
    cast = ctx.participants
    used: Counter[str] = Counter(
        word_key(p.surname) for ps in cast.people.values() for p in ps if p.surname
    )
    seen: set[tuple[str, str, str, str]] = set()
    for lk in cast.links_of("slip"):
        mine, other = _order(lk, used, ctx)
        m, o = mine.first_mention, other.first_mention
        if m is None or o is None or mine.surname is None or other.surname is None:
            continue
        key = (mine.doc, other.doc, word_key(mine.surname), word_key(other.surname))
        if key in seen:
            continue
        seen.add(key)
        same_doc = mine.doc == other.doc
        where = (
            "elsewhere in this document"
            if same_doc
            else f"in {doc_label(ctx.documents[other.doc])}"
        )
        who = _who(mine, other)
        yield ctx.report(
            message=(
                f"The surname of {who} is spelled \u201c{mine.surname}\u201d here but "
                f"\u201c{other.surname}\u201d {where}; one letter differs"
            ),
            claim=f"the name of {who}",
            primary=Statement.of(
                m, f"{doc_label(ctx.documents[mine.doc])} writes \u201c{m.text}\u201d"
            ),
            related=[
                Statement.of(
                    o, f"{doc_label(ctx.documents[other.doc])} writes \u201c{o.text}\u201d"
                )
            ],
            confidence=0.8,
            evidence=[_evidence(mine, other)],
            reason=(
                "One letter apart and not a known transliteration: most likely a misspelling. "
                "Check the name against the source and use one spelling."
            ),
            fingerprint_parts=sorted((mine.surname, other.surname)),
        )


def _evidence(a: Participant, b: Participant) -> str:
    if a.given and b.given:
        return f"the same given name, {a.given}"
    if a.doc == b.doc:
        return "a surname used alone, one letter off the full name given earlier"
    office = next((t.office for t in a.titles), "title")
    return f"the same title, {office}"
