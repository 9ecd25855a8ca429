"""Date mentions: find dates in news text and normalize them to inclusive day intervals.

:func:`find_dates` returns one :class:`~claimcheck.model.RawMention` of kind ``"date"`` per date
expression. Absolute expressions ("Nov 21, 2024", "in 2009", "Q3 2024", "the 1990s") come out
resolved; expressions that need the publication date ("on Tuesday", "last month", "in October",
"yesterday") come out unresolved, with an under-specified TIMEX-like ``timex`` (grammar in
:mod:`claimcheck.normalization.dates`) and ``attrs["tense"]`` read from the sentence, so
that :func:`~claimcheck.normalization.dates.resolve_date` can place them once the publication date is known.

A weekday written with a date ("Tuesday, Nov. 19, 2024", "on Tuesday (Nov 19)") is one mention
whose value carries both the date and the weekday *as written*, so a rule can compare them.
Approximate periods ("late November", "mid-2023", "two months ago") carry
``attrs["approximate"] = True``.

Not dates: "may" and "march" as verbs, "Sunday Times", "Black Friday", "every Tuesday", times of
day, "24/7", "2,024", a four-digit count ("2024 people"), rolling windows ("the past 24 hours",
"in recent months", "over the last year") and impossible dates ("February 30").

How it works: one trigger pattern (:mod:`claimcheck.extraction.dates.grammar`) stops at the words a
date can be anchored on -- CLDR month and weekday names from babel, figures, "yesterday",
"week", "ago" ...; the parsers (:mod:`~claimcheck.extraction.dates.parsers`,
:mod:`~claimcheck.extraction.dates.relative`) read the expression around each trigger, and
:mod:`~claimcheck.extraction.dates.ranges` joins neighbours into ranges. Patterns are compiled once
per language, on first use.
"""

from __future__ import annotations

import regex

from claimcheck.extraction.dates.atoms import DateAtom, ref_timex, timex_of
from claimcheck.extraction.dates.daytime import attach_times
from claimcheck.extraction.dates.grammar import DateGrammar, date_grammar
from claimcheck.extraction.dates.parsers import parse_at
from claimcheck.extraction.dates.ranges import merge_ranges
from claimcheck.extraction.dates.tense import tense_near
from claimcheck.extraction.dates.timex import interval_of
from claimcheck.language.calendar import base_language, short_date_order
from claimcheck.model import DateValue, RawMention

__all__ = ["find_dates"]


def find_dates(text: str, language: str = "en") -> list[RawMention]:
    """Date mentions in ``text``, in order; ``text[m.start:m.end]`` is each mention's text.

    ``language`` is a BCP 47 tag; English, German and French are supported (others yield no
    mentions). Relative dates stay unresolved (``start``/``end`` ``None``): resolve them with
    :func:`~claimcheck.normalization.dates.resolve_date`, passing the mention's ``attrs["tense"]``.
    """
    lang = base_language(language, default="")
    if not lang or not text:
        return []
    grammar = date_grammar(lang, short_date_order(language))
    atoms: list[DateAtom] = []
    floor = 0
    for trigger in grammar.trigger.finditer(text):
        if trigger.start() < floor:
            continue
        try:
            atom = parse_at(grammar, text, trigger, floor)
        except (ValueError, KeyError, OverflowError):
            atom = None  # a form the tables do not know: not a date we can read
        if atom is None:
            continue
        atoms.append(atom)
        floor = atom.end
    if lang == "en":
        atoms = _fiscal_quarters(text, _possessive_periods(text, _fiscal_years(text, atoms)))
    mentions = []
    for atom in attach_times(grammar, text, merge_ranges(grammar, text, atoms)):
        if not atom.weak:
            mention = _mention(grammar, text, atom)
            if mention is not None:
                mentions.append(mention)
    return mentions


#: "2008's first quarter", "last year's second half": the year a quarter or half belongs to,
#: written before it
_POSSESSIVE_YEAR = regex.compile(r"(?<![\w.,])(?P<y>1\d{3}|20\d\d)['’]s\s+(?:the\s+)?\Z")
_YEAR_OWNS = regex.compile(r"['’]s\s+(?:the\s+)?\Z")


def _possessive_periods(text: str, atoms: list[DateAtom]) -> list[DateAtom]:
    """A quarter or half after a year in the possessive is that year's ("2008's first
    quarter", "last year's fourth quarter", "this year's second half"): one date, not a
    year-less quarter read by tense."""
    out: list[DateAtom] = []
    for atom in atoms:
        if atom.kind not in ("quarter", "half") or atom.year is not None or atom.mod or not atom.n:
            out.append(atom)
            continue
        prev = out[-1] if out else None
        window = text[max(0, atom.start - 12) : atom.start]
        year = _POSSESSIVE_YEAR.search(window)
        if year is not None and (prev is None or prev.end <= atom.start - len(year.group())):
            atom.year, atom.start = int(year.group("y")), atom.start - len(year.group())
        elif (
            prev is not None
            and prev.kind == "relative"
            and prev.granularity == "year"
            and (prev.timex or "").count(":") == 0
            and _YEAR_OWNS.fullmatch(text, prev.end, atom.start)
        ):
            letter = "Q" if atom.kind == "quarter" else "H"
            out[-1] = DateAtom(
                prev.start,
                atom.end,
                "relative",
                timex=f"{prev.timex}:{letter}{atom.n}",
                granularity="quarter" if atom.kind == "quarter" else "month",
            )
            continue
        out.append(atom)
    return out


#: "the 2009 fiscal year", "its 2008 financial year": a fiscal year named by the year it ends in
_FISCAL_YEAR_AFTER = regex.compile(r"[ \t]+(?:fiscal|financial)[ \t]+year\b", regex.IGNORECASE)
_ARTICLE_BEFORE = regex.compile(r"(?<!\w)the[ \t]+\Z", regex.IGNORECASE)


def _fiscal_years(text: str, atoms: list[DateAtom]) -> list[DateAtom]:
    """A year written before "fiscal year" names that fiscal year (``FY2009``, every day a
    fiscal year ending in 2009 may cover), as "fiscal 2009" and "fiscal year 2009" do."""
    out: list[DateAtom] = []
    for atom in atoms:
        after = None
        if atom.kind == "year" and atom.year is not None and not atom.part:
            after = _FISCAL_YEAR_AFTER.match(text, atom.end)
        if after is None:
            out.append(atom)
            continue
        the = _ARTICLE_BEFORE.search(text, max(0, atom.start - 4), atom.start)
        start = the.start() if the is not None else atom.start
        if out and out[-1].end > start:
            start = atom.start
        out.append(
            DateAtom(
                start, after.end(), "fiscal", timex=f"FY{atom.year}", granularity="fiscal_year"
            )
        )
    return out


#: "its fiscal first quarter": a quarter of a fiscal year, whose months the text does not say
_FISCAL_BEFORE = regex.compile(r"(?<!\w)(?:fiscal|financial)(?:[- ]year)?\s+\Z", regex.IGNORECASE)
_OF_GAP = regex.compile(r"\s+of\s+")


def _fiscal_quarters(text: str, atoms: list[DateAtom]) -> list[DateAtom]:
    """A quarter of a fiscal year is no calendar quarter (Apple's fiscal first quarter runs
    October to December): "the first quarter of fiscal 2009" is one date, every day fiscal
    2009 may cover, and so is "the fiscal fourth quarter of 2008" (fiscal 2008); "its fiscal
    first quarter" is every day the fiscal year around publication may cover, like "this
    fiscal year"."""
    out: list[DateAtom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if (
            atom.kind == "fiscal"
            and prev is not None
            and prev.kind == "quarter"
            and _OF_GAP.fullmatch(text, prev.end, atom.start)
        ):
            atom.start = prev.start  # "the first quarter of fiscal 2009"
            out[-1] = atom
            continue
        fiscal = None
        if atom.kind == "quarter":
            fiscal = _FISCAL_BEFORE.search(text, max(0, atom.start - 16), atom.start)
        if fiscal is not None:  # "its fiscal first quarter", "the fiscal fourth quarter of 2008"
            timex = f"FY{atom.year}" if atom.year is not None else ref_timex("fiscal", 0)
            atom = DateAtom(
                fiscal.start(), atom.end, "fiscal", timex=timex, granularity="fiscal_year"
            )
        out.append(atom)
    return out


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside a direct quotation opened earlier in its paragraph?"""
    start = max(text.rfind("\n", max(0, pos - 1000), pos) + 1, pos - 1000)
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


#: Values whose resolution does not depend on tense: "now", "that day", "at 18:00 UTC".
_WITHOUT_TENSE = frozenset({"reference", "anaphor", "time"})


def _mention(g: DateGrammar, text: str, atom: DateAtom) -> RawMention | None:
    timex = timex_of(atom)
    if timex is None:
        return None
    span = interval_of(timex)
    weekday: str | None = None
    if atom.weekday is not None:
        weekday = g.words.weekday_names[atom.weekday]
    elif atom.kind == "weekday" and atom.n:
        weekday = g.words.weekday_names[atom.n - 1]
    value = DateValue(
        start=span[0] if span else None,
        end=span[1] if span else None,
        granularity=atom.granularity,
        weekday=weekday,
        timex=timex,
        resolution="absolute" if span else "unresolved",
        reference=atom.mod if atom.kind == "reference" else None,
    )
    attrs: dict[str, object] = {}
    if span is None and atom.kind not in _WITHOUT_TENSE:
        # only a value still to be resolved needs the sentence's tense
        attrs["tense"] = tense_near(text, atom.start, atom.end, g.language)
        if "_REF-" in timex and _quoted(text, atom.start):
            attrs["quoted"] = True  # "today" in a quotation is the day the words were said
    if atom.approximate:
        attrs["approximate"] = True
    line_start = atom.start < 40 or text.rfind("\n", atom.start - 40, atom.start) >= 0
    if (
        span is not None
        and line_start
        and g.update_before.search(text, max(0, atom.start - 40), atom.start)
    ):
        attrs["update"] = True  # "UPDATE 5/21/16": later relative dates are read from it
    return RawMention(kind="date", start=atom.start, end=atom.end, value=value, attrs=attrs)
