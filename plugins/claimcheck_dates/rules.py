"""CC301 date-mismatch and CC302 weekday-date-mismatch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from claimcheck.model import Alignment, Claim, DateValue, Finding, Mention
from claimcheck.rulekit import (
    RuleContext,
    RuleSpec,
    Statement,
    doc_label,
    event_noun,
    group_conflicts,
    load_doc,
)

__all__ = ["RULES", "weekday_conflict"]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _date(m: Mention) -> DateValue:
    assert isinstance(m.value, DateValue)
    return m.value


def disjoint(a: DateValue, b: DateValue) -> bool:
    """Both resolved and no day in common (unresolved is never a conflict)."""
    if not (a.resolved and b.resolved):
        return False
    assert a.start and a.end and b.start and b.end
    return a.end < b.start or b.end < a.start


#: How far from its publication date a date written without its year may lie.
HALF_YEAR = 183

_MONTH_DAY = regex.compile(r"^XXXX-(\d\d)(?:-(\d\d))?$")
_WEEKDAY = regex.compile(r"^XXXX-WXX-(\d)$")


def _parts(v: DateValue) -> tuple[str, int, int | None] | None:
    """The calendar fields a date states even without a year: ("md", month, day) or
    ("w", weekday, None)."""
    if v.resolved and v.start == v.end and v.granularity == "day":
        assert v.start is not None
        return ("md", v.start.month, v.start.day)
    if v.resolved and v.granularity == "month":
        assert v.start is not None
        return ("md", v.start.month, None)
    if v.timex:
        m = _MONTH_DAY.match(v.timex)
        if m:
            return ("md", int(m.group(1)), int(m.group(2)) if m.group(2) else None)
        w = _WEEKDAY.match(v.timex)
        if w:
            return ("w", int(w.group(1)), None)
    return None


def unresolved_conflict(a: DateValue, b: DateValue) -> bool:
    """Two dates, at least one without a year or publication date to resolve it, that
    still cannot name the same day: different months, different days of one month, or
    different weekdays."""
    if a.resolved and b.resolved:
        return False
    pa, pb = _parts(a), _parts(b)
    if pa is None or pb is None:
        return False
    if pa[0] != pb[0]:
        # a bare weekday against a day written in full: "Tuesday" cannot be Saturday 9 March
        # ("today", resolved against a publication date, may have been written the day before)
        for w, full in ((pa, b), (pb, a)):
            if w[0] == "w" and full.resolution == "absolute" and full.start == full.end:
                assert full.start is not None
                return w[1] != full.start.isoweekday()
        return False
    if pa[1] != pb[1]:
        return True
    return pa[2] is not None and pb[2] is not None and pa[2] != pb[2]


def same_calendar_day(a: DateValue, b: DateValue) -> bool:
    """Both written without a year and naming the same month and day: any difference of
    year comes from resolving them against different publication dates."""
    ta, tb = a.timex or "", b.timex or ""
    if not (ta.startswith("XXXX-") and tb.startswith("XXXX-")):
        return False
    pa, pb = _MONTH_DAY.match(ta), _MONTH_DAY.match(tb)
    return bool(pa and pb and pa.groups() == pb.groups())


def inferred_year_only(a: DateValue, b: DateValue) -> bool:
    """One date written without a year ("June 20", its year inferred from the publication
    date), the other naming only a year: they differ at most in the inferred part."""
    for x, y in ((a, b), (b, a)):
        if (x.timex or "").startswith("XXXX-") and y.granularity in ("year", "decade", "century"):
            return True
    return False


def loose_week(a: DateValue, b: DateValue) -> bool:
    """A relative week ("last week") against a day at most a week from it: reporters use
    "last week" for the past seven days, so only a day further off contradicts it."""
    if a.resolution != "relative" or a.granularity != "week" or not (a.resolved and b.resolved):
        return False
    assert a.start is not None and a.end is not None and b.start is not None
    return a.start <= b.start <= a.end + dt.timedelta(days=7)


def same_relative_words(a: Mention, b: Mention) -> bool:
    """Two relative dates written alike ("today" and "today", "on Saturday" and "Saturday
    morning"): resolved against different reference dates they differ, but the reports say
    the same thing, so the difference is unknown, not a conflict."""
    va, vb = _date(a), _date(b)
    if not (_relative(va) and _relative(vb)):
        return False
    if va.weekday or vb.weekday:
        # "Wednesday, March 3" against "Wednesday night": the date written says more
        bare = _bare_weekday(va) and _bare_weekday(vb)
        return bool(bare and va.weekday and vb.weekday and va.weekday.lower() == vb.weekday.lower())
    return _words(a.text) == _words(b.text)


def _bare_weekday(v: DateValue) -> bool:
    """A weekday written without a month and day ("on Monday", "Monday night")."""
    return _MONTH_DAY.match(v.timex or "") is None


def tells_the_day(v: DateValue) -> bool:
    """Whether a date can give the day of a reported event: not "the same day" (the day of
    whatever the text named just before) and not "tomorrow" or "next week" (what is
    expected, not what happened)."""
    return not (v.timex or "").startswith(("ANAPHOR", "FUTURE_REF"))


#: Words before a date that make it the bound of a period ("by Wednesday", "until May 3",
#: "the fifth operation since September").
_BOUNDS = frozenset({"by", "until", "till", "through", "since"})


def _period_bound(c: Claim) -> bool:
    """A date that bounds a period ("had destroyed 37 homes by Wednesday morning", "closed
    until Friday", "the fifth operation since September") says when a state held, not the
    day of the event."""
    return c.context[0][-1:] in {(w,) for w in _BOUNDS}


def _relative(v: DateValue) -> bool:
    return v.resolution == "relative" or bool(v.timex and not v.timex[:1].isdigit())


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in regex.findall(r"\w+", text.casefold()) if w not in ("on", "the"))


def one_day_apart(a: DateValue, b: DateValue) -> bool:
    """Resolved single days one day apart, at least one of them relative ("today",
    "Monday"): outlets in other time zones or publishing after midnight disagree so."""
    if not (a.resolved and b.resolved) or a.start != a.end or b.start != b.end:
        return False
    if "relative" not in (a.resolution, b.resolution):
        return False
    assert a.start is not None and b.start is not None
    return abs((a.start - b.start).days) == 1


def weekday_conflict(v: DateValue, published: dt.date | None = None) -> str | None:
    """The actual weekday of a single-day date written with a different weekday.

    A date written without its year ("Wednesday, March 4") has its year inferred from the
    publication date; it conflicts only when its weekday matches the month and day in no year
    it could mean (within half a year of the publication, as news dates are), so a year
    inferred wrongly never makes a conflict. A bare weekday resolved against the publication date is always consistent."""
    if not v.weekday or not v.resolved or v.start != v.end:
        return None
    assert v.start is not None
    actual = _WEEKDAYS[v.start.weekday()]
    if actual.lower() == v.weekday.lower():
        return None
    if v.resolution != "relative":
        return actual
    md = _MONTH_DAY.match(v.timex or "")
    if md is None or md.group(2) is None or published is None:
        return None
    month, day = int(md.group(1)), int(md.group(2))
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February
        near = abs((when - published).days) <= HALF_YEAR
        if near and _WEEKDAYS[when.weekday()].lower() == v.weekday.lower():
            return None
    return actual


_LATE = regex.compile(r"(?i)\b(?:night|overnight|late|midnight)\b")
_EARLY = regex.compile(r"(?i)\b(?:early|overnight|morning|a\.?m\.?|dawn|hours|midnight)\b")
#: A time of day that is neither the small hours nor unsaid ("10 p.m. Monday", "Monday
#: afternoon", "Tuesday evening"): not the night before told as the next day.
_DAYTIME = regex.compile(
    r"(?i)\b(?:night|late|midnight|evening|afternoon|noon|midday)\b|\d\s*p\.?m\b"
)


def _around(ctx: RuleContext, m: Mention) -> str:
    """The date as written with the words just before it ("late Saturday", "the early
    hours of March 9")."""
    text = ctx.documents[m.doc].text
    return text[max(0, m.start - 24) : m.end]


def across_midnight(ctx: RuleContext, a: Mention, b: Mention) -> bool:
    """One day's night and the next day's early hours, or the next day with no time of day
    ("Saturday night" and "early Sunday"): an event around midnight, which reports date
    either way. "Friday night" and "late Saturday" are two different nights."""
    va, vb = _date(a), _date(b)
    if not (va.resolved and vb.resolved) or va.start != va.end or vb.start != vb.end:
        return False
    assert va.start is not None and vb.start is not None
    first, then = (a, b) if va.start < vb.start else (b, a)
    if abs((va.start - vb.start).days) != 1 or not _LATE.search(_around(ctx, first)):
        return False
    return _early_or_untimed(_around(ctx, then))


def _early_or_untimed(later: str) -> bool:
    """The next day's small hours, or the next day with no time of day: the same night."""
    return bool(_EARLY.search(later)) or not _DAYTIME.search(later)


def _day(v: DateValue) -> str:
    """A date in words; a weekday no publication date resolves is just the weekday
    ("Monday"), as the report wrote it."""
    if not v.resolved and v.weekday and (v.timex or "").startswith("XXXX-WXX"):
        return v.weekday.capitalize()
    return v.describe()


def _weekday_no(v: DateValue) -> int | None:
    """The weekday written in a date (Monday = 0), if any."""
    if not v.weekday or v.weekday.capitalize() not in _WEEKDAYS:
        return None
    return _WEEKDAYS.index(v.weekday.capitalize())


def written_weekdays_differ(ctx: RuleContext, a: Mention, b: Mention) -> bool:
    """Two dates written with different weekdays, at least one of them with no calendar
    date to compare ("on Monday" in a report without a publication date): one event cannot
    have happened on both days. Neighbouring days around midnight ("late Friday" and "early
    Saturday") are one night told two ways."""
    va, vb = _date(a), _date(b)
    if va.resolved and vb.resolved:
        return False
    wa, wb = _weekday_no(va), _weekday_no(vb)
    if wa is None or wb is None or wa == wb:
        return False
    if (wb - wa) % 7 == 1:
        return not _midnight(ctx, a, b)
    if (wa - wb) % 7 == 1:
        return not _midnight(ctx, b, a)
    return True


def _midnight(ctx: RuleContext, first: Mention, then: Mention) -> bool:
    """A day's night and the next day's early hours, or the next day without a time of day."""
    if not _LATE.search(_around(ctx, first)):
        return False
    return _early_or_untimed(_around(ctx, then))


def _anchored(al: Alignment) -> bool:
    """Two dates of one event with a named anchor in common (a person, a place): "arrested
    on Sunday, February 3" and "arrested Feb. 1" in undated reports cannot both be right.
    Weekdays next to each other are not enough ("Friday night", "early Saturday")."""
    main = any(e.startswith("both date the main event") for e in al.evidence)
    if not (main or (al.a.event and al.a.event == al.b.event)):
        return False  # "the attack" and "the shelling" are one event only as both stories' own
    pa, pb = _parts(_date(al.a.mention)), _parts(_date(al.b.mention))
    if pa and pb and pa[0] == pb[0] == "w" and (pa[1] - pb[1]) % 7 in (1, 6):
        return False
    cues = ("same actors", "same person", "same place", "same scheduled event")
    return main or any(e.startswith(cues) for e in al.evidence)


def _where(ctx: RuleContext, partners: list[Mention]) -> str:
    """ "Sunday 9 March 2025 in Riverside Ledger and Saturday 8 March 2025 in KXTV News": each
    other date with the reports that give it."""
    by_date: dict[str, list[str]] = {}
    for p in partners:
        label = doc_label(ctx.documents[p.doc])
        names = by_date.setdefault(_day(_date(p)), [])
        if label not in names:
            names.append(label)
    parts = [f"{d} in {' and '.join(sorted(n))}" for d, n in sorted(by_date.items())]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def check_date_mismatch(ctx: RuleContext) -> Iterator[Finding]:
    pairs: dict[tuple[Mention, Mention], Alignment] = {}
    for al in ctx.alignments_of("date"):
        if al.a.doc == al.b.doc or al.strength != "strong":
            continue
        va, vb = _date(al.a.mention), _date(al.b.mention)
        if same_calendar_day(va, vb) or inferred_year_only(va, vb):
            continue  # "June 20" in both, or "June 20" against "in 2005": the year was inferred
        if same_relative_words(al.a.mention, al.b.mention):
            continue  # "on Saturday" in both: only the reports' reference dates differ
        if not (tells_the_day(va) and tells_the_day(vb)):
            continue
        if _period_bound(al.a) or _period_bound(al.b):
            continue  # "by Wednesday morning": how far things had gone, not when it happened
        if across_midnight(ctx, al.a.mention, al.b.mention):
            continue
        if loose_week(va, vb) or loose_week(vb, va):
            continue  # "escaped last week" against the day: often the past seven days
        if _weekday_no(va) is not None and _weekday_no(vb) is not None:
            undated = written_weekdays_differ(ctx, al.a.mention, al.b.mention)
        else:
            undated = unresolved_conflict(va, vb)
        if disjoint(va, vb) or ((al.lexical or _anchored(al)) and undated):
            pairs[(al.a.mention, al.b.mention)] = al
            pairs[(al.b.mention, al.a.mention)] = al
    for primary, partners in group_conflicts(
        ((a, b) for a, b in pairs if a.key < b.key), prefer=ctx.in_draft
    ):
        als = [pairs[(primary, p)] for p in partners]
        strong = all(al.strength == "strong" for al in als)
        event = event_noun(als[0].a.event)
        mine = _day(_date(primary))
        others = ", ".join(sorted({_day(_date(p)) for p in partners}))
        relative = [m for m in (primary, *partners) if _date(m).resolution == "relative"]
        unresolved = any(not _date(m).resolved for m in (primary, *partners))
        near = all(one_day_apart(_date(primary), _date(p)) for p in partners)
        reason = f"One {event} cannot have happened on {mine} and on {others}."
        if unresolved:
            reason += " The year is not known (no publication date), so this is a warning."
        elif near:
            reason += (
                " The dates are one day apart and one is relative, so a time-zone or "
                "publication-time difference may explain it."
            )
        if relative:
            reason += (
                " Relative dates were resolved against each report's publication date"
                f" ({', '.join(sorted({doc_label(ctx.documents[m.doc]) + ': ' + str(ctx.documents[m.doc].published) for m in relative}))})."
            )
        yield ctx.report(
            message=f"The {event} is dated {mine} here but {_where(ctx, partners)}",
            claim=f"the date of the {event}",
            primary=Statement.of(primary, f"{doc_label(ctx.documents[primary.doc])} says {mine}"),
            related=[
                Statement.of(p, f"{doc_label(ctx.documents[p.doc])} says {_day(_date(p))}")
                for p in partners
            ],
            confidence=0.5 if unresolved or near else (0.85 if strong and not relative else 0.7),
            severity="warning" if unresolved or near or not strong else None,
            evidence=sorted({e for al in als for e in al.evidence}),
            reason=reason,
        )


def check_weekday(ctx: RuleContext) -> Iterator[Finding]:
    for ms in ctx.mentions.values():
        for m in ms:
            if m.kind != "date":
                continue
            v = _date(m)
            actual = weekday_conflict(v, ctx.documents[m.doc].published)
            if actual is None:
                continue
            assert v.start is not None
            inferred = v.resolution == "relative"
            yield ctx.report(
                message=f"{v.weekday} does not match {v.start.strftime('%d %B %Y').lstrip('0')}, which is a {actual}"
                + (" (the year taken from the publication date)" if inferred else ""),
                claim=f"the date {v.start.isoformat()}",
                primary=Statement.of(m, f"written as {v.weekday}, {v.start.isoformat()}"),
                confidence=0.85 if inferred else 0.95,
                reason=f"{v.start.isoformat()} fell on a {actual}; either the weekday or the date is wrong."
                + (
                    f" The date is written without its year; no year within half a year of"
                    f" the publication date puts it on a {v.weekday}."
                    if inferred
                    else ""
                ),
            )


RULES = [
    RuleSpec(
        code="CC301",
        name="date-mismatch",
        summary="The same event is dated differently, after resolving relative dates per report.",
        default_severity="error",
        check=check_date_mismatch,
        doc=load_doc(__name__, "CC301"),
        kinds=("date",),
    ),
    RuleSpec(
        code="CC302",
        name="weekday-date-mismatch",
        summary="A weekday written with a date is not that date's weekday.",
        default_severity="error",
        check=check_weekday,
        doc=load_doc(__name__, "CC302"),
        kinds=("date",),
    ),
]
