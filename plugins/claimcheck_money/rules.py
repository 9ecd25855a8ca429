"""CC201 money-mismatch, CC202 money-scale-slip, CC203 converted-amount-mismatch."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping

from claimcheck.model import Alignment, Claim, Finding, Mention, Money
from claimcheck.rulekit import (
    RuleContext,
    RuleSpec,
    Statement,
    compatible,
    doc_label,
    group_conflicts,
    interval,
    load_doc,
)

__all__ = ["RULES"]


def _money(m: Mention) -> Money:
    assert isinstance(m.value, Money)
    return m.value


def _scale_slip(a: Mention, b: Mention) -> int | None:
    """The power of ten between two amounts written with the same digits, if any."""
    va, vb = _money(a).value, _money(b).value
    if not va or not vb:
        return None
    ratio = max(va, vb) / min(va, vb)
    k = round(math.log10(ratio))
    if k >= 2 and abs(ratio / (10**k) - 1) < 0.01:
        return k
    return None


def _tolerance(ctx: RuleContext) -> float:
    """``[rules.CC203] tolerance`` when configured, else the top-level ``exchange-tolerance``.

    ``ctx.options`` always holds the rule's default, so it cannot tell whether the option was
    set; the configuration's own table can.
    """
    configured = ctx.config.rules.get(ctx.rule.code, {})
    return float(configured.get("tolerance", ctx.config.exchange_tolerance))


def _totals(ctx: RuleContext) -> dict[tuple[str, int], list[Claim]]:
    """Each sentence's amounts, by document and sentence."""
    out: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ctx.claims_of("money"):
        out[(c.doc, c.mention.sentence)].append(c)
    return out


def _part_of_told_total(
    totals: Mapping[tuple[str, int], list[Claim]], part: Claim, other: Claim
) -> bool:
    """Whether ``part`` is introduced by "including" after a total of its own sentence that
    agrees with ``other``: the two reports agree on the total, and the part is not it."""
    if not (part.including or part.context[0][-1:] == ("including",)):
        return False
    return any(
        c.mention.start < part.mention.start and compatible(c.mention, other.mention)
        for c in totals.get((part.doc, part.mention.sentence), ())
    )


def _currencies(a: Money, b: Money) -> tuple[str | None, str | None]:
    """The two amounts' currencies; two amounts whose currency is unknown but written alike
    ("Rs 5 crore" and "Rs 8 crore" in two reports of one story) are in one currency."""
    if (a.currency is None or b.currency is None) and a.currency_text:
        if a.currency == b.currency and a.currency_text == b.currency_text:
            return a.currency_text, b.currency_text
    return a.currency, b.currency


def _converted_alike(al: Alignment, tolerance: float) -> bool:
    """Two outlets' conversions of one amount that differ by no more than the rates of the
    day may: "€4.5m (£3.9m)" and "4.5 million euros (£3.85 million)"."""
    if not (al.a.conversion and al.b.conversion):
        return False
    la, ha = interval(al.a.mention)
    lb, hb = interval(al.b.mention)
    return la * (1 - tolerance) <= hb and lb * (1 - tolerance) <= ha


def _capped_alike(a: Mention, b: Mention) -> bool:
    """Whether two amounts can both be true. Two caps ("up to $5,000" and "up to $10,000" for
    one reward) state one maximum each, so they agree only when the maxima are one value."""
    if not compatible(a, b):
        return False
    va, vb = _money(a), _money(b)
    if not (va.qualifier == vb.qualifier == "at_most") or va.value is None or vb.value is None:
        return True
    return abs(va.value - vb.value) <= 0.005 * max(abs(va.value), abs(vb.value))


def _pairs(ctx: RuleContext, want: str) -> dict[tuple[Mention, Mention], Alignment]:
    """Cross-document money alignments of one kind of conflict: mismatch, slip or converted."""
    out: dict[tuple[Mention, Mention], Alignment] = {}
    rates = ctx.config.exchange_rates
    tol = _tolerance(ctx)
    totals = _totals(ctx)
    for al in ctx.alignments_of("money"):
        if al.a.doc == al.b.doc:
            continue
        if _part_of_told_total(totals, al.a, al.b) or _part_of_told_total(totals, al.b, al.a):
            continue  # "$334 million, including $281 million in cash": a part, not the price
        a, b = al.a.mention, al.b.mention
        ca, cb = _currencies(_money(a), _money(b))
        if ca is None or cb is None:
            continue  # unknown is not a conflict
        if ca == cb:
            if _capped_alike(a, b) or _converted_alike(al, ctx.config.exchange_tolerance):
                continue
            kind = "slip" if _scale_slip(a, b) else "mismatch"
        else:
            rate = rates.get(f"{ca}/{cb}") or (
                1 / rates[f"{cb}/{ca}"] if f"{cb}/{ca}" in rates else None
            )
            if rate is None:
                continue  # different currencies and no rate configured: not comparable
            la, ha = interval(a)
            lb, hb = interval(b)
            la, ha = la * rate * (1 - tol), ha * rate * (1 + tol)
            if la <= hb and lb <= ha:
                continue
            kind = "converted"
        if kind == want:
            out[(a, b)] = al
            out[(b, a)] = al
    return out


def _emit(ctx: RuleContext, want: str) -> Iterator[Finding]:
    pairs = _pairs(ctx, want)
    for primary, partners in group_conflicts(
        ((a, b) for a, b in pairs if a.key < b.key), prefer=ctx.in_draft
    ):
        als = [pairs[(primary, p)] for p in partners]
        # an outlet's own conversion is a warning at most: it may have used another day's rate
        strong = all(al.strength == "strong" and not al.a.conversion for al in als)
        claim = _what(als[0])
        mine = _money(primary).describe()
        others = ", ".join(sorted({_money(p).describe() for p in partners}))
        pdoc = ctx.documents[primary.doc]
        related = [
            Statement.of(p, f"{doc_label(ctx.documents[p.doc])} says {_money(p).describe()}")
            for p in partners
        ]
        assumed = any(
            (_money(primary).currency_assumed or _money(p).currency_assumed)
            and _money(primary).currency_text != _money(p).currency_text
            for p in partners
        )
        if want == "slip":
            k = _scale_slip(primary, partners[0]) or 3
            message = (
                f"Scale slip: {claim} is {mine} here but {others} elsewhere (a factor of 10^{k})"
            )
            reason = "The same digits with a different scale word (million/billion, lakh/crore) is a classic slip."
        elif want == "converted":
            message = f"{claim[:1].upper() + claim[1:]} is {mine} here but {others} elsewhere, which the configured exchange rate does not reconcile"
            reason = f"Converted at the configured rate, the amounts differ by more than {_tolerance(ctx):.0%}."
        else:
            where = _where(ctx, partners)
            message = f"{claim[:1].upper() + claim[1:]}{_event(als[0])} is {mine} here but {others} {where}"
            reason = f"{mine} and {others} cannot both be {claim}."
        if assumed:
            reason += " (A currency was assumed, not written.)"
        evidence = sorted({e for al in als for e in al.evidence})
        yield ctx.report(
            message=message,
            claim=claim,
            primary=Statement.of(primary, f"{doc_label(pdoc)} says {mine}"),
            related=related,
            confidence=(0.9 if strong else 0.55) * (0.8 if assumed else 1.0),
            severity=None if strong and not assumed else "warning",
            evidence=evidence,
            reason=reason,
        )


#: What an alignment's evidence says the two amounts are, and how a message names it.
_ROLES = (
    (re.compile(r"both are the (\w+) of (.+)"), "the {0} of {1}"),
    (re.compile(r"both were received from the (.+)"), "the amount received from the {0}"),
    (re.compile(r"both convert (.+)"), "the conversion of {0}"),
    (re.compile(r"each report gives one amount as the (.+)"), "the {0}"),
    (re.compile(r"each report gives one amount in (.+)"), "the amount in {0}"),
    (re.compile(r"both are the (\w+)"), "the {0}"),
)


def _what(al: Alignment) -> str:
    """Whose amount and what for, as the alignment found it ("the offer of Nationals", "the
    ransom"), else what the statements say it is."""
    for found in al.evidence:
        for pattern, words in _ROLES:
            if m := pattern.fullmatch(found):
                return words.format(*m.groups())
    subject = al.a.subject or al.b.subject
    return f"the amount of {subject}" if subject else f"the {al.a.attribute or 'amount'}"


def _event(al: Alignment) -> str:
    """ " in the bribery case in Brookfield" when both statements belong to their stories'
    main events and the event has a type; empty otherwise."""
    ea, eb = al.a.event_ref, al.b.event_ref
    if ea is None or eb is None or not (ea.main and eb.main) or not ea.type:
        return ""
    return " in " + ea.describe()


def _where(ctx: RuleContext, partners: list[Mention]) -> str:
    docs = sorted({p.doc for p in partners})
    if len(docs) == 1:
        return "in " + doc_label(ctx.documents[docs[0]])
    return "in other reports"


def check_money_mismatch(ctx: RuleContext) -> Iterator[Finding]:
    return _emit(ctx, "mismatch")


def check_scale_slip(ctx: RuleContext) -> Iterator[Finding]:
    return _emit(ctx, "slip")


def check_converted(ctx: RuleContext) -> Iterator[Finding]:
    return _emit(ctx, "converted")


RULES = [
    RuleSpec(
        code="CC201",
        name="money-mismatch",
        summary="The same amount of money is reported with incompatible values in one currency.",
        default_severity="error",
        check=check_money_mismatch,
        doc=load_doc(__name__, "CC201"),
        kinds=("money",),
    ),
    RuleSpec(
        code="CC202",
        name="money-scale-slip",
        summary="The same amount is written with the same digits but another scale (million vs billion).",
        default_severity="error",
        check=check_scale_slip,
        doc=load_doc(__name__, "CC202"),
        kinds=("money",),
    ),
    RuleSpec(
        code="CC203",
        name="converted-amount-mismatch",
        summary="Amounts in different currencies disagree at the exchange rate the configuration gives.",
        default_severity="warning",
        check=check_converted,
        doc=load_doc(__name__, "CC203"),
        kinds=("money",),
        options={"tolerance": 0.05},
    ),
]
