"""CC101 count-mismatch and CC102 toll-updated."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from claimcheck.model import Alignment, Claim, Finding, Mention, Quantity
from claimcheck.rulekit import (
    RuleContext,
    RuleSpec,
    Statement,
    compatible,
    count_phrase,
    doc_label,
    group_conflicts,
    load_doc,
    published_order,
)

__all__ = ["RULES"]


def _conflicts(ctx: RuleContext, *, growing: bool) -> Iterator[tuple[Alignment, bool]]:
    """Cross-document count alignments whose values cannot both be true.

    Yields (alignment, is_update): an update is a growing count (a toll, arrests) whose
    documents were published on different days, or whose dates are unknown.
    """
    for al in (*ctx.alignments_of("number"), *ctx.alignments_of("quantity")):
        if al.a.doc == al.b.doc or not _counted(al):
            continue
        if al.strength != "strong" and not (growing and _same_event(al) and al.similarity >= 0.3):
            continue
        if compatible(al.a.mention, al.b.mention):
            continue
        if al.a.attribute == "aged" or al.b.attribute == "aged":
            continue  # a person's age is not a count: CC120 (age-mismatch) compares ages
        if _unknown(al):
            continue
        da, db = ctx.documents[al.a.doc], ctx.documents[al.b.doc]
        gap = published_order(da, db)
        is_update = al.a.grows and (gap is None or gap != 0)
        if is_update == growing:
            yield al, is_update


#: Durations this family judges: what its constructions say lasted that long.
_MEASURES = frozenset({"prison term", "halt"})


def _counted(al: Alignment) -> bool:
    """A count, or a duration of one of this family's measures in one unit ("7 years" and
    "9 years" in prison); other quantities (distances, weights) are not counts."""
    if al.a.kind == "number":
        return True
    unit_a = getattr(al.a.mention.value, "unit", None)
    unit_b = getattr(al.b.mention.value, "unit", None)
    return al.a.attribute in _MEASURES and al.a.attribute == al.b.attribute and unit_a == unit_b


#: Words that make a figure an estimate the report itself says was replaced ("the survey
#: originally rated the quake 4.4", "an initial toll of 12").
_SUPERSEDED = regex.compile(
    r"\b(?:originally|initially|at first|first reported|earlier estimates?|"
    r"initial (?:toll|estimate|figure|count|report)s?|previous (?:toll|estimate|figure)s?|"
    r"before (?:it was|being) (?:revised|corrected|updated|raised|lowered))\b",
    regex.IGNORECASE,
)
#: Words between such a cue and the figure it marks, at most.
_CUE_REACH = 10
_NUMERAL = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"some|all|most|many|none|half|both|several)"
)


#: Share of content words above which two sentences are one sentence edited.
_EDITED_COPY = 0.8


def _unknown(al: Alignment) -> bool:
    """Whether the frames cannot tell that the two figures count one thing, so that a
    difference is unknown rather than a conflict. One sentence with another figure is one
    fact however it is framed; formulaic sentences ("caught 52 passes for 440 yards") are
    alike but still need one owner."""
    a, b = al.a, al.b
    if bool(a.attribute) != bool(b.attribute) or _target(a) != _target(b):
        return True
    if _recalled(a) != _recalled(b):
        return True  # a figure recalled from a month or a year against the day's
    if al.similarity >= _EDITED_COPY:
        return False
    if _recalled(a) and not (_main(a) and _main(b)):
        return True  # two figures of an earlier event mentioned in passing
    if not _same_owner(a, b) or any(_superseded(c) or _partitive_whole(c) for c in (a, b)):
        return True
    return not al.lexical and any(c.grows and not c.bound for c in (a, b))


#: Prepositions whose object is the target of another action ("fired at about six
#: protesters", "opened fire on 12 marchers").
_TARGETING = frozenset({"at", "on", "upon", "toward", "towards", "against"})


#: "put the death toll at 63": "at" gives the toll's value, not a target.
_TOLL_AT = regex.compile(
    r"\btoll\b[^.;:]{0,60}\bat\s+(?:(?:at least|about|some|nearly)\s+)?\Z", regex.I
)


def _target(c: Claim) -> bool:
    """Whether the figure is the object of a preposition: those an action was aimed at are a
    group of their own, not the group a subject count gives ("about a dozen protesters
    marched" against "fired at about six protesters"). A toll put at a figure is no target."""
    if not (c.context[0] and c.context[0][-1] in _TARGETING):
        return False
    at = _figure_at(c)
    return at < 0 or _TOLL_AT.search(c.sentence_text[:at]) is None


#: Granularities of a date that recalls a period rather than the day of a news event.
_PERIODS = frozenset({"month", "season", "quarter", "year", "decade", "century"})


def _recalled(c: Claim) -> bool:
    """A figure its sentence dates to a month or longer ("In February, a quake measuring
    6.4 hit Zarand"): it is about a period or an event recalled from it, not set against a
    figure of the day's event. A period that holds the day of its story's event ("on the
    first day of summer camp") recalls nothing."""
    if c.time is None or c.time.granularity not in _PERIODS:
        return False
    day = c.event_ref.date if c.event_ref is not None else None
    if day is None or not (day.resolved and c.time.resolved):
        return True
    assert day.start and day.end and c.time.start and c.time.end
    return not (c.time.start <= day.start and day.end <= c.time.end)


def _main(c: Claim) -> bool:
    return c.event_ref is not None and c.event_ref.main


def _superseded(c: Claim) -> bool:
    """ "the USGS, which originally had rated the quake as 4.4": the sentence itself says the
    figure was replaced, so it is not what the report asserts now."""
    at = _figure_at(c)
    if at < 0:
        return False
    before = c.sentence_text[:at]
    cues = list(_SUPERSEDED.finditer(before))
    return bool(cues) and len(before[cues[-1].end() :].split()) <= _CUE_REACH


def _partitive_whole(c: Claim) -> bool:
    """ "two of the three victims died": the figure is the whole group, and the predicate
    belongs to the part before "of the"."""
    if c.context[0][-2:] != ("of", "the"):
        return False
    pattern = rf"\b{_NUMERAL}\s+of\s+the\s+{regex.escape(c.mention.text)}\b"
    return regex.search(pattern, c.sentence_text, regex.IGNORECASE) is not None


def _figure_at(c: Claim) -> int:
    return c.sentence_text.find(c.mention.text)


def _same_owner(a: Claim, b: Claim) -> bool:
    """A bare count with no predicate ("caught 52 passes", "has 53 catches") is somebody's
    figure: two of them are one fact only when both sentences name the same person or
    team. A pronoun ("He has 53 catches") does not say whose it is."""
    if a.attribute or b.attribute:
        return True
    return bool(_owners(a) & _owners(b))


def _owners(c: Claim) -> set[str]:
    """The actors of a claim's sentence, by the last word of their anchor ("hansbrough" for
    both "gene-hansbrough" and "hansbrough")."""
    return {actor.rsplit("-", 1)[-1] for actor in c.actors}


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


def _say(m: Mention) -> str:
    """A figure in words: "7 years", not "7 year"."""
    text = m.value.describe()
    value = getattr(m.value, "value", None)
    if isinstance(m.value, Quantity) and value != 1 and m.value.unit.isalpha():
        return text + "s"
    return text


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
            note = f"{doc_label(odoc)} says {_say(p)}"
            if growing:
                gap = published_order(pdoc, odoc)
                if gap is not None and gap != 0:
                    note += f" (published {odoc.published.isoformat()})"  # type: ignore[union-attr]
            related.append(Statement.of(p, note))
        others = ", ".join(sorted({_say(p) for p in partners}))
        where = ", ".join(
            sorted({f"{_say(p)} in {doc_label(ctx.documents[p.doc])}" for p in partners})
        )
        mine = _say(primary)
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
        kinds=("number", "quantity"),
    ),
    RuleSpec(
        code="CC102",
        name="toll-updated",
        summary="A toll or other running count differs between reports that may be updates of each other.",
        default_severity="warning",
        check=check_toll_updated,
        doc=load_doc(__name__, "CC102"),
        kinds=("number", "quantity"),
    ),
]
