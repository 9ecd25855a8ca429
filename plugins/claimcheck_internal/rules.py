"""CC601 parts-exceed-total, CC602 internal-date-mismatch, CC603 name-spelled-two-ways,
CC604 internal-value-mismatch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import regex

from claimcheck.model import Alignment, Claim, DateValue, Entity, Finding, Mention, Number
from claimcheck.rulekit import (
    RuleContext,
    RuleSpec,
    Statement,
    compatible,
    count_phrase,
    distinct_spellings,
    event_noun,
    interval,
    load_doc,
    statement_phrase,
)

__all__ = ["RULES"]


def check_parts_exceed_total(ctx: RuleContext) -> Iterator[Finding]:
    """In one sentence, a total and the parts it includes ("26 people, including 14 soldiers
    and 15 police"): the parts cannot add up to more than the total."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ctx.claims_of("number"):
        by_sentence[(c.doc, c.mention.sentence)].append(c)
    for (doc, index), claims in by_sentence.items():
        parts = [c for c in claims if c.scope == "partial" and c.including]
        totals = [
            c
            for c in claims
            if c.scope != "partial"
            and c.mention.start < min((p.mention.start for p in parts), default=0)
        ]
        if parts and not totals:
            # "Eleven people died ... Among the dead were seven firefighters and six residents"
            totals = [
                c
                for c in by_sentence.get((doc, index - 1), [])
                if c.scope != "partial" and c.attribute and c.attribute == parts[0].attribute
            ]
        if not parts or not totals:
            continue
        total = max(totals, key=lambda c: c.mention.start)
        if total.attribute and any(p.attribute and p.attribute != total.attribute for p in parts):
            continue
        if total.mention.sentence == parts[0].mention.sentence and not _introduces(
            ctx.documents[doc].text, total, parts[0]
        ):
            continue  # "a team of 3 officers ... support for civilians, including 1200 children"
        lo_sum = sum(interval(p.mention)[0] for p in parts)
        t_hi = interval(total.mention)[1]
        if lo_sum <= t_hi:
            continue
        tv = total.mention.value
        assert isinstance(tv, Number)
        yield ctx.report(
            message=f"The parts add up to {lo_sum:g}, more than the total of {tv.describe()}",
            claim=f"the {total.attribute or 'total'} and its parts",
            primary=Statement.of(total.mention, f"total: {tv.describe()}"),
            related=[Statement.of(p.mention, "part") for p in parts],
            confidence=0.8,
            reason="Parts included in a total cannot exceed it.",
        )


#: Words between a total and the "including" that opens its parts, at most ("26 people,
#: most of them civilians, including ...").
_TOTAL_REACH = 8


def _introduces(text: str, total: Claim, part: Claim) -> bool:
    """Whether the parts follow the total's own phrase: few words lie between the total and
    the "including" before the first part."""
    between = text[total.mention.end : part.mention.start].casefold()
    head, sep, _ = between.rpartition("including")
    return bool(sep) and len(head.split()) <= _TOTAL_REACH


#: "between May 1, 2005, and Dec. 8, 2006", "from 2004 to 2008": the ends of a period.
_RANGE_END = regex.compile(
    r"\b(?:between\b[^.;]{1,40}\band|from\b[^.;]{1,40}\b(?:to|until|through|till))\s*$",
    regex.IGNORECASE,
)
_RANGE_START = regex.compile(r"^\W*(?:and|to|until|through|till)\b", regex.IGNORECASE)


def _period_end(c: Claim) -> bool:
    """A date that opens or closes a period ("charged with polygamy between Nov. 1, 2004,
    and Oct. 8, 2008") is not the date of an event."""
    at = c.sentence_text.find(c.mention.text)
    if at < 0:
        return False
    before, after = c.sentence_text[:at], c.sentence_text[at + len(c.mention.text) :]
    if _RANGE_END.search(before):
        return True
    return regex.search(r"\b(?:between|from)\s*$", before, regex.IGNORECASE) is not None and bool(
        _RANGE_START.match(after)
    )


def check_internal_date(ctx: RuleContext) -> Iterator[Finding]:
    for al in ctx.alignments_of("date"):
        if al.a.doc != al.b.doc or al.strength != "strong" or al.similarity < 0.5:
            continue  # a long story names earlier events of the same kind on other dates
        va, vb = al.a.mention.value, al.b.mention.value
        assert isinstance(va, DateValue) and isinstance(vb, DateValue)
        if not (va.resolved and vb.resolved):
            continue
        if _period_end(al.a) or _period_end(al.b):
            continue
        assert va.start and va.end and vb.start and vb.end
        if va.end >= vb.start and vb.end >= va.start:
            continue
        weekday = va.weekday or vb.weekday
        yield ctx.report(
            message=f"This document dates the {event_noun(al.a.event)} both {va.describe()} and {vb.describe()}",
            claim=f"the date of the {event_noun(al.a.event)}",
            primary=Statement.of(al.a.mention, va.describe()),
            related=[Statement.of(al.b.mention, vb.describe())],
            confidence=0.7 if al.strength == "strong" else 0.5,
            severity=None if al.strength == "strong" else "warning",
            evidence=list(al.evidence),
            reason=(
                "A weekday resolved against the publication date contradicts the date given elsewhere."
                if weekday or "relative" in (va.resolution, vb.resolution)
                else "One event cannot have two dates."
            ),
        )


def _internal_message(a: Claim, b: Claim, kind: str) -> tuple[str, str, Claim, Claim]:
    """(message, claim, primary, other): a headline against its story reads as such."""
    if kind == "number" and (a.headline or b.headline):
        head, body = (a, b) if a.headline else (b, a)
        told = statement_phrase(head)
        return (
            f"The headline says {told}; the story says {body.mention.value.describe()}",
            count_phrase(head, body),
            head,
            body,
        )
    what = (
        count_phrase(a, b)
        if kind == "number"
        else f"{a.subject or ''} {a.attribute or kind}".strip()
    )
    va, vb = a.mention.value.describe(), b.mention.value.describe()
    return f"This document gives the {what} as {va} and as {vb}", what, a, b


def _restated(al: Alignment) -> bool:
    """Whether one document surely states one count twice. A long story gives many figures
    of one kind (each victim's age, each quake's magnitude, each strike's dead); only a
    headline against its story, one sentence written twice, or two statements of the same
    count of one event dated to the same day are the same count."""
    a, b = al.a, al.b
    if a.headline or b.headline:
        body = b if a.headline else a
        return not _dated_apart(body)
    if al.lexical:
        return True
    if not (a.bound and b.bound and a.grows and b.grows) or a.scope == "partial":
        return False
    ta, tb = a.time, b.time
    if ta is None or tb is None:
        return False
    if ta.resolved and tb.resolved:
        return ta.start == ta.end == tb.start == tb.end
    return bool(ta.timex) and ta.timex == tb.timex and "-" in (ta.timex or "")[5:]


#: Granularities of a date that recalls a period rather than the day of a news event.
_PERIODS = frozenset({"month", "season", "quarter", "year", "decade", "century"})


def _dated_apart(c: Claim) -> bool:
    """A figure its own sentence dates to a month or longer ("a quake struck in September,
    killing seven and injuring 40") recalls another event than the day's news a headline
    tells."""
    return c.time is not None and c.time.granularity in _PERIODS and c.event_link == "own"


def check_internal_value(ctx: RuleContext) -> Iterator[Finding]:
    for kind in ("number", "money"):
        for al in ctx.alignments_of(kind):
            if al.a.doc != al.b.doc or al.strength != "strong":
                continue
            if kind == "number" and not al.a.attribute:
                continue  # "20 points" and "2,301 points": a game and a career, not one fact
            if kind == "number" and not _restated(al):
                continue
            if compatible(al.a.mention, al.b.mention):
                continue
            message, what, first, second = _internal_message(al.a, al.b, kind)
            a, b = first.mention, second.mention
            yield ctx.report(
                message=message,
                claim=what,
                primary=Statement.of(a, a.value.describe()),
                related=[Statement.of(b, b.value.describe())],
                confidence=0.6 if al.strength == "strong" else 0.4,
                severity=None if al.strength == "strong" else "warning",
                evidence=list(al.evidence),
                reason="The same fact stated twice with values that cannot both be true.",
            )


def check_name_two_ways(ctx: RuleContext) -> Iterator[Finding]:
    for ms in ctx.mentions.values():
        by_id: dict[str, list[Mention]] = defaultdict(list)
        for m in ms:
            if m.kind == "entity" and isinstance(m.value, Entity):
                by_id[m.value.id].append(m)
        for group in by_id.values():
            spellings = distinct_spellings(group)
            if len(spellings) < 2:
                continue
            first = spellings[0][0]
            canonical = first.value.canonical  # type: ignore[union-attr]
            yield ctx.report(
                message=f"{canonical} is spelled {len(spellings)} ways in this document: "
                + ", ".join(f"\u201c{g[0].text}\u201d" for g in spellings),
                claim=f"the name of {canonical}",
                primary=Statement.of(first, f"\u201c{first.text}\u201d"),
                related=[Statement.of(g[0], f"\u201c{g[0].text}\u201d") for g in spellings[1:]],
                confidence=0.85,
                reason="Not a contradiction, but one document should spell a name one way.",
                fingerprint_parts=sorted(g[0].text for g in spellings),
            )


RULES = [
    RuleSpec(
        code="CC601",
        name="parts-exceed-total",
        summary="Parts included in a stated total add up to more than the total.",
        default_severity="error",
        check=check_parts_exceed_total,
        doc=load_doc(__name__, "CC601"),
        kinds=("number",),
    ),
    RuleSpec(
        code="CC602",
        name="internal-date-mismatch",
        summary="One document dates the same event two ways (a weekday against a date, two dates).",
        default_severity="error",
        check=check_internal_date,
        doc=load_doc(__name__, "CC602"),
        kinds=("date",),
    ),
    RuleSpec(
        code="CC603",
        name="name-spelled-two-ways",
        summary="One document spells the same name in two ways.",
        default_severity="info",
        check=check_name_two_ways,
        doc=load_doc(__name__, "CC603"),
        kinds=("entity",),
    ),
    RuleSpec(
        code="CC604",
        name="internal-value-mismatch",
        summary="One document states the same fact twice with values that cannot both be true.",
        default_severity="warning",
        check=check_internal_value,
        doc=load_doc(__name__, "CC604"),
        kinds=("number", "money"),
    ),
]
