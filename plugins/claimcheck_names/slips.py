"""CC404 name-slip: one person's surname spelled with one letter different."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from claimcheck.model import Finding
from claimcheck.rulekit import (
    Link,
    Participant,
    RuleContext,
    Statement,
    doc_label,
    transliteration_like,
    word_key,
)

__all__ = ["check_name_slip"]

#: The most statements of the usual spelling a finding cites.
_MAX_RELATED = 4


def _who(a: Participant, b: Participant) -> str:
    full = next((p.name for p in (b, a) if p.named_in_full), None)  # the usual spelling first
    if full:
        return full
    office = next((t.office for p in (a, b) for t in p.titles), None)
    return f"the {office}" if office else (a.name or b.name or "the person")


def _spelling_groups(links: Iterator[Link]) -> dict[tuple[str, ...], dict[str, list[Participant]]]:
    """Slips grouped by the pair of spellings and, inside one document, by document: for each,
    the participants writing each spelling."""
    out: dict[tuple[str, ...], dict[str, list[Participant]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for lk in links:
        ka, kb = word_key(lk.a.surname or ""), word_key(lk.b.surname or "")
        key = (*sorted((ka, kb)), lk.a.doc if not lk.across else "")
        for p, k in ((lk.a, ka), (lk.b, kb)):
            if all((q.doc, q.key) != (p.doc, p.key) for q in out[key][k]):
                out[key][k].append(p)
    return out


def _pick(ctx: RuleContext, spellings: dict[str, list[Participant]]) -> tuple[str, str]:
    """(the spelling to fix, the other): the draft's, else the one fewer documents use; inside
    one document, the surname used alone rather than the full name."""
    (k1, ps1), (k2, ps2) = sorted(spellings.items())
    if ps1[0].doc == ps2[0].doc:
        return (k2, k1) if any(p.named_in_full for p in ps1) else (k1, k2)
    d1, d2 = any(ctx.in_draft(p.doc) for p in ps1), any(ctx.in_draft(p.doc) for p in ps2)
    if d1 != d2:
        return (k1, k2) if d1 else (k2, k1)
    n1, n2 = len({p.doc for p in ps1}), len({p.doc for p in ps2})
    return (k1, k2) if n1 <= n2 else (k2, k1)


def check_name_slip(ctx: RuleContext) -> Iterator[Finding]:
    cast = ctx.participants
    for spellings in _spelling_groups(cast.links_of("slip")).values():
        if len(spellings) != 2:
            continue
        odd, usual = _pick(ctx, spellings)
        mine = sorted(spellings[odd], key=lambda p: (not ctx.in_draft(p.doc), p.doc))[0]
        others = sorted(spellings[usual], key=lambda p: p.doc)[:_MAX_RELATED]
        finding = _finding(ctx, mine, others)
        if finding is not None:
            yield finding


def _finding(ctx: RuleContext, mine: Participant, others: list[Participant]) -> Finding | None:
    m = mine.first_mention
    other = others[0]
    if m is None or mine.surname is None or other.surname is None:
        return None
    docs = ctx.documents
    same_doc = other.doc == mine.doc
    labels = sorted({doc_label(docs[o.doc]) for o in others})
    where = "elsewhere in this document" if same_doc else "in " + ", ".join(labels)
    who = _who(mine, other)
    romanized = transliteration_like(mine.surname, other.surname)
    related = [
        Statement.of(
            o.first_mention, f"{doc_label(docs[o.doc])} writes \u201c{o.first_mention.text}\u201d"
        )
        for o in others
        if o.first_mention is not None
    ]
    return ctx.report(
        message=(
            f"The surname of {who} is spelled \u201c{mine.surname}\u201d here but "
            f"\u201c{other.surname}\u201d {where}; "
            + ("the spellings may be two romanizations" if romanized else "one letter differs")
        ),
        claim=f"the name of {who}",
        primary=Statement.of(m, f"{doc_label(docs[mine.doc])} writes \u201c{m.text}\u201d"),
        related=related,
        confidence=0.5 if romanized else 0.8,
        severity="info" if romanized else None,
        evidence=[_evidence(mine, other)],
        reason=(
            "Two romanizations of one name differ in such letters; pick one for the house style."
            if romanized
            else "One letter apart and not a known transliteration: most likely a misspelling. "
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
