"""CC501 misquote and CC502 quote-speaker-conflict."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import regex

from claimcheck.model import Entity, Finding, Mention, Quote
from claimcheck.rulekit import (
    RuleContext,
    RuleSpec,
    Statement,
    doc_label,
    group_conflicts,
    load_doc,
)
from claimcheck_quotes.matching import Diff, candidate_pairs, compare_quotes, tokens

__all__ = ["RULES"]


def _quote(m: Mention) -> Quote:
    assert isinstance(m.value, Quote)
    return m.value


def _person_names(ctx: RuleContext) -> dict[str, str]:
    """Person entity ids with their canonical names."""
    return {
        m.value.id: m.value.canonical
        for ms in ctx.mentions.values()
        for m in ms
        if m.kind == "entity" and isinstance(m.value, Entity) and m.value.type == "person"
    }


def _may_be_one_person(a: str, b: str) -> bool:
    """ "Sharif" and "Shehbaz Sharif" may be one person; "Sharif" and "Zardari" are not."""
    ta, tb = set(a.lower().split()), set(b.lower().split())
    return ta <= tb or tb <= ta or a.split()[-1].lower() == b.split()[-1].lower()


#: Characters either side of a quotation that hold its attribution.
_ATTRIBUTION_REACH = 160


def _names_beside(ctx: RuleContext, m: Mention, name: str) -> bool:
    """Whether a person's surname is written right beside a quotation."""
    text = ctx.documents[m.doc].text
    window = text[max(0, m.start - _ATTRIBUTION_REACH) : m.end + _ATTRIBUTION_REACH]
    surname = name.split()[-1]
    return regex.search(rf"\b{regex.escape(surname)}\b", window, regex.IGNORECASE) is not None


def _pairs(ctx: RuleContext) -> Iterator[tuple[Mention, Mention]]:
    quotes = [m for ms in ctx.mentions.values() for m in ms if m.kind == "quote"]
    # checking drafts, only findings that involve one are reported: two sources' quotations
    # are not compared (against many retrieved sources, those pairs are nearly all of them)
    drafts = any(ctx.in_draft(doc) for doc in ctx.documents)
    for i, j in candidate_pairs(quotes):
        a, b = quotes[i], quotes[j]
        if drafts and not (ctx.in_draft(a) or ctx.in_draft(b)):
            continue
        yield a, b


def _speaker(q: Quote) -> str:
    return q.speaker or "an unnamed speaker"


def check_misquote(ctx: RuleContext) -> Iterator[Finding]:
    # pairs of renderings of one quotation, grouped by how they differ, so that five reports
    # quoting one sentence two ways make one finding, not six
    by_diff: dict[str, dict[tuple[Mention, Mention], Diff]] = defaultdict(dict)
    for a, b in _pairs(ctx):
        qa, qb = _quote(a), _quote(b)
        if (
            qa.speaker_id
            and qb.speaker_id
            and qa.speaker_id != qb.speaker_id
            and not (qa.speaker and qb.speaker and _may_be_one_person(qa.speaker, qb.speaker))
        ):
            continue  # different speakers: CC502's business, or two different quotations
        diff = compare_quotes(tokens(a), tokens(b))
        if diff is None or diff.identical:
            continue
        key = " | ".join(sorted((diff.describe(), compare_quotes(tokens(b), tokens(a)).describe())))  # type: ignore[union-attr]
        by_diff[key][(a, b)] = diff
        by_diff[key][(b, a)] = diff
    for pairs in by_diff.values():
        for primary, partners in group_conflicts(
            ((a, b) for a, b in pairs if a.key < b.key), prefer=ctx.in_draft
        ):
            diff = compare_quotes(tokens(primary), tokens(partners[0]))
            assert diff is not None
            qa = _quote(primary)
            severity = None
            confidence = 0.85
            if diff.inflection_only:
                severity, confidence = "info", 0.5
            elif not diff.substitutions:
                # words left out without an ellipsis: worth seeing, but outlets trim quotes
                severity, confidence = "info", 0.5
            who = qa.speaker or next(
                (_quote(p).speaker for p in partners if _quote(p).speaker), None
            )
            claim = f"the words of {who}" if who else "a quotation"
            yield ctx.report(
                message=f"The quotation of {who or 'the speaker'} is worded differently in another report: {diff.describe()}",
                claim=claim,
                primary=Statement.of(
                    primary, f"{doc_label(ctx.documents[primary.doc])} quotes {_speaker(qa)}"
                ),
                related=[
                    Statement.of(
                        p, f"{doc_label(ctx.documents[p.doc])} quotes {_speaker(_quote(p))}"
                    )
                    for p in partners
                ],
                confidence=confidence,
                severity=severity,  # type: ignore[arg-type]
                evidence=[f"{diff.shared} words in the same order"]
                + ([f"attributed to {who}"] if who else []),
                reason="Words inside quotation marks must be the speaker's own; at most one version can be.",
                fingerprint_parts=[diff.describe()],
            )


def check_speaker_conflict(ctx: RuleContext) -> Iterator[Finding]:
    persons = _person_names(ctx)
    for a, b in _pairs(ctx):
        qa, qb = _quote(a), _quote(b)
        if not (qa.speaker_id and qb.speaker_id) or qa.speaker_id == qb.speaker_id:
            continue
        if qa.speaker_id not in persons or qb.speaker_id not in persons:
            continue  # "the government" and "the ministry" may well be one voice
        if _may_be_one_person(persons[qa.speaker_id], persons[qb.speaker_id]):
            continue
        if _names_beside(ctx, b, persons[qa.speaker_id]) or _names_beside(
            ctx, a, persons[qb.speaker_id]
        ):
            continue  # "said Flynn's father, Herbert Flynn": one report's speaker is named
            # beside the quotation in the other too, so the attributions may be one person
        diff = compare_quotes(tokens(a), tokens(b))
        if diff is None or not diff.identical:
            continue
        yield ctx.report(
            message=f"The same words are attributed to {qa.speaker} here and to {qb.speaker} in another report",
            claim=f"who said \u201c{qa.text[:60]}\u201d",
            primary=Statement.of(a, f"{doc_label(ctx.documents[a.doc])}: {qa.speaker}"),
            related=[Statement.of(b, f"{doc_label(ctx.documents[b.doc])}: {qb.speaker}")],
            confidence=0.75,
            evidence=[f"{diff.shared} identical words"],
            reason="A quotation has one speaker; one of the attributions is wrong.",
        )


RULES = [
    RuleSpec(
        code="CC501",
        name="misquote",
        summary="The same quotation is worded differently across reports.",
        default_severity="error",
        check=check_misquote,
        doc=load_doc(__name__, "CC501"),
        kinds=("quote",),
    ),
    RuleSpec(
        code="CC502",
        name="quote-speaker-conflict",
        summary="The same words are attributed to different people.",
        default_severity="warning",
        check=check_speaker_conflict,
        doc=load_doc(__name__, "CC502"),
        kinds=("quote",),
    ),
]
