"""Date extraction and normalization on MEANTIME, scored TempEval-3 style.

Usage::

    python eval/meantime_dates.py [--corpus DIR] [--json] [--show-failures] [--examples N]

MEANTIME (English section, NewsReader; CC BY 4.0, Minard et al., LREC 2016) is 120 Wikinews
articles (2004-2011) with TimeML TIMEX3 annotations whose values are resolved against each
article's document creation time (DCT). ``--corpus`` defaults to ``corpora/meantime-en`` under
the shared data folder (see ``eval/holdout.py``).

For every article:

* **Text.** The article is stored as tokens; it is rebuilt as the title, a blank line, the
  dateline, a blank line and the body sentences joined by spaces, with the usual detokenization
  (no space before ``, . : ; ) 's n't %``, none after ``( $ US$``, quotation marks `` and ''
  written as ``"`` and attached to the words they enclose). Each token keeps its character
  offsets, so a TIMEX3's span is the characters from its first to its last token.
* **Publication date.** The DCT (the TIMEX3 with ``functionInDocument="CREATION_TIME"``) is
  passed as ``published``; one DCT value is malformed ("03-02-2009" on a "March 03, 2009"
  dateline) and is read from its dateline instead; two articles have no DCT and are run
  without one, so claimcheck reads their dateline itself.
* **System.** ``claimcheck.extract_text(text, language="en", published=DCT)``, the mentions of
  kind ``date``. Their ``DateValue`` is written as a TIMEX3 value by :func:`timex_value`:
  ``reference`` present/past/future -> ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``; one day ->
  ``2007-03-04``; a clock time alone ("at 18:00 UTC") -> the day it falls on (``day``,
  as a TIMEX3 ``TIME`` is scored by its date); Monday to Sunday -> ``2007-W10``; Saturday
  and Sunday -> ``2007-W10-WE``; a calendar month -> ``2007-03``; a quarter -> ``2007-Q1``; a half -> ``2007-H1``; a season ->
  ``2007-SP``/``SU``/``FA``/``WI``; a fiscal year -> ``FY2007`` (one placed around a date,
  "this fiscal year", by the year of that date); a calendar year -> ``2007``; a decade -> ``200``; anything
  else -> ``START/END``; an unresolved value keeps its ``timex``. Two conventions of TIMEX3 are
  followed: a modified period ("early 2009", "the end of June", "earlier this week":
  claimcheck's ``timex`` ends in ``:early``, ``:mid``, ``:late``, ``:earlier`` or ``:later``,
  or a ``mod`` field; other suffixes such as ``:this`` or ``:Q1`` choose the period and are
  not modifiers) is written as its base period (``2009``, ``2009-06``, ``2009-W10``), as
  TIMEX3 puts the modifier in ``MOD`` ("the late 1990s" -> ``199``); and a range written with two ends
  ("from 2009 to 2011", "2009-2010", ``timex`` ``(A,B)``), which MEANTIME annotates as two
  dates, may match the gold TIMEX3 of each end, each judged against the period of its end
  (``2009``, ``2011``). Precision then counts the system mention once, recall each gold.

What is scored (the same scope for gold and system)
    * Only the annotated part of an article: MEANTIME annotates the title, the dateline and the
      first four body sentences at document level (sentences 0-5 in 116 articles); a system
      mention after the last sentence holding a document-level markable is ignored (the
      cross-document entity and event mentions, which carry only an ``m_id``, reach further and
      do not count).
    * The DCT itself is given, not extracted: the gold DCT is not scored and a system mention
      overlapping the DCT's tokens (the dateline) is ignored.
    * TIMEX3 ``DATE``: in scope, whatever its value (also ``XXXX-XX-XX`` and the few durations
      annotated as dates, "20 years ago" = ``P20Y``: they count as gold a system cannot match
      on value).
    * TIMEX3 ``TIME``: in scope, its value reduced to the date ("2007-03-04T18:00Z" ->
      ``2007-03-04``, "2007-03-04TMO" -> ``2007-03-04``); claimcheck has no time-of-day value.
      A ``DATE`` with a part of the day ("this morning", ``2008-01-09TMO``) is reduced alike.
    * TIMEX3 ``DURATION`` and ``SET``: out of scope (claimcheck reads "two years" as a quantity
      and "weekly" as nothing), unless the value is a date ("current" = ``PRESENT_REF``,
      "recent" = ``PAST_REF``), which is scored as a date. A system date overlapping an
      out-of-scope TIMEX3 ("two years ago", annotated ``DURATION`` ``P2Y``) and no in-scope one
      is not scored either way; the report counts and lists them.
    * TIMEX3 without tokens (non-consuming, ``TAG_DESCRIPTOR``) are not in the text.
    * The system side is every ``date`` mention; durations are not dates in claimcheck.

Measures (TempEval-3, UzZaman et al. 2013)
    strict extraction: a gold and a system span that are identical; relaxed extraction: spans
    that overlap (one-to-one, identical spans first, then the largest overlap; a two-ended range
    also takes the gold of its other end); value: a relaxed match whose values are equal.
    A range written as two date expressions joined by a range word or a dash ("from 2009 to
    2011", "1957-58", "March 3 to 12": a date value with ``parts``) is scored as those two
    expressions, each with its own span and value, as TimeML annotates two TIMEX3s there.
    Precision is matched system mentions over system mentions, recall matched gold over gold,
    for all three.

The articles are split by the first byte of SHA-1 of the document id (``eval/holdout.py``)
into a tuning and a blind part; the scores are printed for both and for all, and
``--show-failures`` prints the failures of the tuning part only, grouped by kind (missed,
spurious, wrong value, boundary = relaxed but not strict) and by category (the shape of the
gold value for missed ones, of the system value for spurious ones). Blind failures are counted,
never printed: see ``eval/README.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from holdout import PARTS, part, shared_root  # noqa: E402

__all__ = [
    "Article",
    "Span",
    "default_corpus",
    "evaluate",
    "gold_scope",
    "load_article",
    "load_corpus",
    "range_ends",
    "system_dates",
    "timex_value",
]

_REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
#: claimcheck's timex suffixes that are TIMEX3 modifiers ("early 2009" -> 2009 + MOD, "earlier
#: this month" -> the month, as TimeML annotates the period and leaves the rest to the text);
#: other suffixes (":last", ":this", ":Q1") choose the period and are not modifiers
_MODIFIERS = frozenset({"early", "mid", "late", "earlier", "later"})
_CALENDAR = re.compile(r"^(?:\d{1,4}|XXXX)(?:-|$)|^FY\d{4}")


def default_corpus() -> Path:
    """``corpora/meantime-en`` under the shared data folder."""
    return shared_root() / "corpora" / "meantime-en"


# --------------------------------------------------------------------------------------------
# reading the corpus


@dataclass(frozen=True, slots=True)
class Span:
    """A gold TIMEX3 or a system date mention, with its TIMEX3 value."""

    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"
    #: For a system range written with two ends ("from 2009 to 2011"): the value of each end.
    ends: tuple[str, str] | None = None


@dataclass(slots=True)
class Article:
    doc_id: str
    name: str
    text: str
    dct: dt.date | None
    #: Character spans excluded from scoring (the DCT's tokens).
    excluded: list[tuple[int, int]]
    #: Spans of out-of-scope gold TIMEX3s: a system mention overlapping one is not scored.
    ignored: list[tuple[int, int]]
    #: End offset of the annotated part (the last sentence holding a markable).
    region_end: int
    gold: list[Span]
    #: Gold TIMEX3s left out, by reason.
    out_of_scope: Counter[str] = field(default_factory=Counter)

    @property
    def part(self) -> str:
        return part(self.doc_id)


_NO_SPACE_BEFORE = frozenset(
    {",", ".", ":", ";", "?", "!", "%", ")", "]", "}", "'s", "'S", "n't", "'re", "'ve", "'ll",
     "'d", "'m", "''", "”", "’", "'", "..."}
)  # fmt: skip
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "``", "“", "‘", "`", "#"})


def _detokenize(tokens: list[tuple[str, str, int]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Rebuild the text from ``(t_id, token, sentence)``; the offsets of every token."""
    out: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev = ""
    prev_sentence: int | None = None
    quote_open = False
    attach_next = False
    for t_id, raw, sentence in tokens:
        opening = raw in ("``", "“") or (raw == '"' and not quote_open)
        closing = raw in ("''", "”") or (raw == '"' and quote_open)
        tok = '"' if opening or closing else raw
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence and prev_sentence in (0, 1):
            sep = "\n\n"  # the title and the dateline are lines of their own
        elif (
            closing
            or attach_next
            or raw in _NO_SPACE_BEFORE
            or prev in _NO_SPACE_AFTER
            or prev.endswith("$")
        ):
            sep = ""
        else:
            sep = " "
        out.append(sep + tok)
        pos += len(sep)
        offsets[t_id] = (pos, pos + len(tok))
        pos += len(tok)
        if opening:
            quote_open = True
        elif closing:
            quote_open = False
        attach_next = opening
        prev, prev_sentence = raw, sentence
    return "".join(out), offsets


_DAY_PART = re.compile(r"\d{4}-\d\d-\d\dT[A-Z]{2}")


def gold_scope(timex_type: str, value: str) -> tuple[str | None, str | None]:
    """The value a gold TIMEX3 is scored with, or ``(None, reason)`` when it is out of scope."""
    if timex_type == "DATE":
        # a day with a part of the day ("2008-01-09TMO", "this morning") is scored as its day,
        # like a TIME
        return (value.split("T", 1)[0] if _DAY_PART.fullmatch(value) else value), None
    if timex_type == "TIME":
        if value in _REF_VALUES:
            return value, None
        day = value.split("T", 1)[0]
        return (day, None) if day else (None, "time without a date")
    if value in _REF_VALUES or _CALENDAR.match(value):
        return value, None
    return None, timex_type.lower()


def _dct(value: str, written: str) -> dt.date | None:
    """The DCT from its value, or from its dateline text when the value is malformed."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(written.strip(), fmt).date()
        except ValueError:
            continue
    return None


_DOC_LEVEL = frozenset({"TIMEX3", "VALUE", "SIGNAL", "C-SIGNAL"})


def load_article(path: Path) -> Article:
    """One MEANTIME article: its text, DCT, annotated region and in-scope gold dates."""
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id") or path.stem.split("_", 1)[0]
    tokens = [
        (t.get("t_id", ""), t.text or "", int(t.get("sentence", "0"))) for t in root.iter("token")
    ]
    sentence_of = {t_id: s for t_id, _, s in tokens}
    text, offsets = _detokenize(tokens)
    markables = root.find("Markables")
    last_sentence = 0
    for el in markables if markables is not None else []:
        if el.tag not in _DOC_LEVEL and not set(el.attrib) - {"m_id"}:
            continue  # a cross-document mention (only an m_id) reaches past the annotated part
        for a in el.iter("token_anchor"):
            last_sentence = max(last_sentence, sentence_of.get(a.get("t_id", ""), 0))
    region_end = max(
        (end for t_id, (_, end) in offsets.items() if sentence_of[t_id] <= last_sentence),
        default=0,
    )
    dct: dt.date | None = None
    excluded: list[tuple[int, int]] = []
    ignored: list[tuple[int, int]] = []
    gold: list[Span] = []
    out: Counter[str] = Counter()
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in tx.iter("token_anchor") if a.get("t_id") in offsets]
        value = tx.get("value") or ""
        timex_type = tx.get("type") or ""
        if tx.get("functionInDocument") == "CREATION_TIME":
            written = " ".join(t for t_id, t, _ in tokens if t_id in ids).replace(" ,", ",")
            dct = _dct(value, written)
            if ids:
                excluded.append((offsets[ids[0]][0], offsets[ids[-1]][1]))
            continue
        if not ids:
            out["no tokens"] += 1
            continue
        start = min(offsets[i][0] for i in ids)
        end = max(offsets[i][1] for i in ids)
        scored, reason = gold_scope(timex_type, value)
        if scored is None:
            out[reason or "out of scope"] += 1
            ignored.append((start, end))
            continue
        gold.append(Span(start, end, text[start:end], scored, timex_type))
    gold.sort(key=lambda s: (s.start, s.end))
    return Article(doc_id, path.stem, text, dct, excluded, ignored, region_end, gold, out)


def load_corpus(root: Path) -> list[Article]:
    """Every article under ``root`` (``intra_cross-doc_annotation/corpus_*/*.xml``)."""
    base = root / "intra_cross-doc_annotation"
    files = sorted(base.glob("corpus_*/*.xml")) if base.is_dir() else sorted(root.rglob("*.xml"))
    return [load_article(p) for p in files]


# --------------------------------------------------------------------------------------------
# the system side


_SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def _month_end(d: dt.date) -> dt.date:
    nxt = d.replace(day=28) + dt.timedelta(days=4)
    return nxt - dt.timedelta(days=nxt.day)


def timex_value(value: Any) -> str:
    """A claimcheck ``DateValue`` written as a TIMEX3 value (see the module docstring)."""
    reference = getattr(value, "reference", None)
    if reference:
        return f"{str(reference).upper()}_REF"
    s: dt.date | None = value.start
    e: dt.date | None = value.end
    day = getattr(value, "day", None)
    if (s is None or e is None) and day is not None:
        return str(day.isoformat())  # a clock time: the day it falls on, as TIMEX3 scores it
    if s is None or e is None:
        return str(value.timex or "UNRESOLVED")
    granularity = str(getattr(value, "granularity", "day"))
    timex = str(getattr(value, "timex", "") or "")
    if getattr(value, "mod", None) or (
        not timex.startswith("(") and timex.rpartition(":")[2] in _MODIFIERS
    ):
        # TIMEX3 writes the base period and puts "early", "mid", "the end of" in MOD
        if granularity == "week" and s.isocalendar()[:2] == e.isocalendar()[:2]:
            return _period(s, "week")  # "earlier this week"
        if (s.year, s.month) == (e.year, e.month):
            return f"{s.year}-{s.month:02d}"
        if s.year == e.year:
            return str(s.year)
        if s.year // 10 == e.year // 10:
            return str(s.year // 10)  # "the late 1990s"
    if s == e:
        return s.isoformat()
    if e - s == dt.timedelta(days=6) and s.weekday() == 0:
        iso = s.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if e - s == dt.timedelta(days=1) and s.weekday() == 5:
        iso = s.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}-WE"
    if granularity == "season" and s.month in _SEASONS:
        return f"{s.year}-{_SEASONS[s.month]}"
    if s.day == 1 and e == _month_end(e):
        months = (e.year - s.year) * 12 + e.month - s.month + 1
        if granularity.startswith("fiscal"):
            return _fiscal_year(s, e)
        if months == 1:
            return f"{s.year}-{s.month:02d}"
        if months == 3 and s.month in (1, 4, 7, 10):
            return f"{s.year}-Q{(s.month + 2) // 3}"
        if months == 6 and s.month in (1, 7):
            return f"{s.year}-H{1 if s.month == 1 else 2}"
        if months == 12 and s.month == 1:
            return str(s.year)
        if months == 120 and s.month == 1 and s.year % 10 == 0:
            return str(s.year // 10)
        if months == 1200 and s.month == 1 and s.year % 100 == 0:
            return str(s.year // 100)
    return f"{s.isoformat()}/{e.isoformat()}"


def _fiscal_year(s: dt.date, e: dt.date) -> str:
    """A fiscal year: ``FY2009`` for a named one (every day a year ending in 2009 may cover,
    through December); one placed around a date ("this fiscal year", every day the fiscal year
    holding it may cover) is named, as TimeML annotators name it, by the year of that date, the
    middle of the interval."""
    if e.month == 12:
        return f"FY{e.year}"
    return f"FY{(s + (e - s) / 2).year}"


def _period(d: dt.date, granularity: str) -> str:
    if granularity == "year":
        return str(d.year)
    if granularity == "quarter":
        return f"{d.year}-Q{(d.month + 2) // 3}"
    if granularity == "month":
        return f"{d.year}-{d.month:02d}"
    if granularity == "week":
        iso = d.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    return d.isoformat()


def range_ends(value: Any) -> tuple[str, str] | None:
    """The TIMEX3 values of the two ends of a range written with two ends ("2009-2010",
    "between April and June"): claimcheck's ``timex`` is ``(A,B)``; each end is the period of
    the value's granularity holding ``start``, and the one holding ``end``."""
    timex = str(getattr(value, "timex", "") or "")
    if not timex.startswith("(") or value.start is None or value.end is None:
        return None
    granularity = str(getattr(value, "granularity", "day"))
    return _period(value.start, granularity), _period(value.end, granularity)


def system_dates(article: Article) -> tuple[list[Span], list[Span]]:
    """claimcheck's date mentions in the scored region of an article, as TIMEX3 values; and
    those left unscored because they overlap an out-of-scope gold TIMEX3 and no in-scope one."""
    from claimcheck import extract_text

    out: list[Span] = []
    unscored: list[Span] = []
    for m in extract_text(article.text, language="en", published=article.dct):
        if m.kind != "date" or m.start >= article.region_end:
            continue
        if any(m.start < end and m.end > start for start, end in article.excluded):
            continue
        for span in _extents(article, m):
            if any(
                span.start < end and span.end > start for start, end in article.ignored
            ) and not any(span.start < g.end and span.end > g.start for g in article.gold):
                unscored.append(span)
            else:
                out.append(span)
    out.sort(key=lambda s: (s.start, s.end))
    return out, unscored


def _extents(article: Article, m: Any) -> list[Span]:
    """The TIMEX3 extents of one date mention: a range written as two date expressions
    joined by a range word or a dash ("from 2009 to 2011", "1957-58", "March 3 to 12")
    is its two expressions, each with its own value, as TimeML writes it; any other
    mention is one extent."""
    parts = getattr(m.value, "parts", None)
    if parts:
        return [Span(p.start, p.end, p.text, timex_value(p.value)) for p in parts]
    text = article.text[m.start : m.end]
    return [Span(m.start, m.end, text, timex_value(m.value), ends=range_ends(m.value))]


# --------------------------------------------------------------------------------------------
# scoring


_MEASURES = ("strict", "relaxed", "value")


@dataclass(slots=True)
class Counts:
    """Gold and system mentions, and how many of each are matched per measure (a system range
    can match the two gold TIMEX3s of its ends, so the two sides are counted apart)."""

    gold: int = 0
    system: int = 0
    gold_hits: Counter[str] = field(default_factory=Counter)
    system_hits: Counter[str] = field(default_factory=Counter)

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.gold_hits.update(other.gold_hits)
        self.system_hits.update(other.system_hits)

    def prf(self, measure: str) -> tuple[float, float, float]:
        p = self.system_hits[measure] / self.system if self.system else 0.0
        r = self.gold_hits[measure] / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"gold": self.gold, "system": self.system}
        for name in _MEASURES:
            p, r, f = self.prf(name)
            out[name] = {
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(f, 4),
                "gold_matched": self.gold_hits[name],
                "system_matched": self.system_hits[name],
            }
        return out


@dataclass(frozen=True, slots=True)
class Failure:
    kind: str  # missed, spurious, wrong value, boundary
    category: str
    doc_id: str
    gold: Span | None
    system: Span | None
    context: str


def _align(gold: list[Span], system: list[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping spans, identical spans first, then largest overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = (g.start, g.end) == (s.start, s.end)
                candidates.append((not exact, -overlap, gi, si))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, _, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    return pairs


def _shape(value: str) -> str:
    """The category of a TIMEX3 value: its digits masked ("2007-03" -> "YYYY-MM")."""
    if value in _REF_VALUES or value.startswith("UNRESOLVED"):
        return value
    if "/" in value:
        return "START/END range"
    v = re.sub(r"^\d{4}", "YYYY", value)
    v = re.sub(r"^\d{3}$", "decade (YYY)", v)
    v = re.sub(r"-\d\d-\d\d$", "-MM-DD", v)
    v = re.sub(r"-\d\d$", "-MM", v)
    v = re.sub(r"-W\d\d", "-Www", v)
    v = re.sub(r"-Q\d", "-Qn", v)
    v = re.sub(r"-H\d", "-Hn", v)
    return re.sub(r"\d+", "n", v)


_PHENOMENA: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        (
            "modifier (early/late/mid/start/end of)",
            r"\b(?:early|late|later|mid|start|end|beginning)\b",
        ),
        ("range (from/between X to/and Y)", r"\b(?:from|between)\b.*\b(?:to|and)\b"),
        ("time of day", r"\d:\d\d|\b(?:morning|afternoon|evening|night|utc|gmt|noon)\b"),
        ("quarter, half or fiscal year", r"\b(?:quarter|half|fiscal|financial)\b"),
        ("decade", r"\b(?:decade|\d0s)\b"),
        (
            "anaphoric (the day, that day, same period)",
            r"\b(?:that|the same|the)\s+(?:day|period|time|week|year)\b|^which$|^this$",
        ),
        (
            "present/past/future word",
            r"\b(?:now|current\w*|recent\w*|soon|today|past|future|term|time being|a day)\b",
        ),
        ("ago / relative year", r"\b(?:ago|last year|next year|this year|a year earlier)\b"),
        ("season", r"\b(?:spring|summer|autumn|fall|winter)\b"),
        ("weekday", r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
        (
            "month and day",
            r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
        ),
        ("year", r"^\d{4}$"),
    )
)


def phenomenon(failure: Failure) -> str:
    """What kind of expression a failure is about, from its gold text (else its system text)."""
    span = failure.gold or failure.system
    assert span is not None
    text = span.text
    if failure.gold and re.match(r"P(?:\d|X|T)", failure.gold.value):
        return "duration annotated as a date"
    if failure.gold and "XXXX" in failure.gold.value:
        return "gold value unresolved (XXXX)"
    for name, pattern in _PHENOMENA:
        if pattern.search(text):
            return name
    return "other"


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


def _value_ok(g: Span, s: Span) -> bool:
    """Is the gold value the system's (or, for a range, that of the end on the gold's side)?"""
    if g.value == s.value:
        return True
    if s.ends is None:
        return False
    start_side = (g.start - s.start) <= (s.end - g.end)
    return g.value == s.ends[0 if start_side else 1]


def score_article(article: Article, system: list[Span]) -> tuple[Counts, list[Failure]]:
    counts = Counts(gold=len(article.gold), system=len(system))
    failures: list[Failure] = []
    gold = article.gold
    pairs = _align(gold, system)
    matched_g = {gi for gi, _ in pairs}
    # a range written with two ends also takes the other gold TIMEX3 it overlaps: MEANTIME
    # annotates "from 2009 to 2011" as two dates, claimcheck reads one range
    for si, s in enumerate(system):
        if s.ends is None:
            continue
        for gi, g in enumerate(gold):
            if gi not in matched_g and g.start < s.end and g.end > s.start:
                pairs.append((gi, si))
                matched_g.add(gi)
    hits: dict[str, set[int]] = {m: set() for m in _MEASURES}
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        exact = (g.start, g.end) == (s.start, s.end)
        counts.gold_hits["relaxed"] += 1
        hits["relaxed"].add(si)
        if exact:
            counts.gold_hits["strict"] += 1
            hits["strict"].add(si)
        if _value_ok(g, s):
            counts.gold_hits["value"] += 1
            hits["value"].add(si)
            if not exact:
                if s.ends is not None and not (g.start <= s.start and g.end >= s.end):
                    category = "one range mention for two gold ends"
                elif s.end - s.start > g.end - g.start:
                    category = "wider span"
                else:
                    category = "narrower span"
                context = _context(article.text, min(g.start, s.start), max(g.end, s.end))
                failures.append(Failure("boundary", category, article.doc_id, g, s, context))
        else:
            failures.append(
                Failure(
                    "wrong value",
                    f"{_shape(g.value)} <- {_shape(s.value)}",
                    article.doc_id,
                    g,
                    s,
                    _context(article.text, g.start, g.end),
                )
            )
    for measure, matched in hits.items():
        counts.system_hits[measure] = len(matched)
    matched_s = hits["relaxed"]
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            failures.append(
                Failure(
                    "missed",
                    f"{g.type} {_shape(g.value)}",
                    article.doc_id,
                    g,
                    None,
                    _context(article.text, g.start, g.end),
                )
            )
    for si, s in enumerate(system):
        if si not in matched_s:
            failures.append(
                Failure(
                    "spurious",
                    _shape(s.value),
                    article.doc_id,
                    None,
                    s,
                    _context(article.text, s.start, s.end),
                )
            )
    return counts, failures


@dataclass(slots=True)
class Result:
    articles: int = 0
    seconds: float = 0.0
    counts: dict[str, Counts] = field(default_factory=lambda: {p: Counts() for p in PARTS})
    documents: Counter[str] = field(default_factory=Counter)
    without_dct: list[str] = field(default_factory=list)
    out_of_scope: Counter[str] = field(default_factory=Counter)
    #: System mentions not scored because they overlap an out-of-scope gold TIMEX3.
    unscored: Counter[str] = field(default_factory=Counter)
    #: Failures of the tuning part only; the blind part's are counted in ``blind_failures``.
    failures: list[Failure] = field(default_factory=list)
    blind_failures: Counter[str] = field(default_factory=Counter)

    @property
    def all(self) -> Counts:
        total = Counts()
        for c in self.counts.values():
            total.add(c)
        return total


def evaluate(corpus: Path) -> Result:
    """Score every article of the corpus."""
    began = time.perf_counter()
    result = Result()
    for article in load_corpus(corpus):
        result.articles += 1
        which = article.part
        result.documents[which] += 1
        if article.dct is None:
            result.without_dct.append(article.doc_id)
        result.out_of_scope.update(article.out_of_scope)
        system, unscored = system_dates(article)
        result.unscored.update(f"{s.text!r} {s.value}" for s in unscored)
        counts, failures = score_article(article, system)
        result.counts[which].add(counts)
        if which == "tuning":
            result.failures.extend(failures)
        else:
            result.blind_failures.update(f.kind for f in failures)
    result.seconds = time.perf_counter() - began
    return result


# --------------------------------------------------------------------------------------------
# reporting

_KINDS = ("missed", "spurious", "wrong value", "boundary")


def _failure_summary(failures: list[Failure]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for kind in _KINDS:
        cats = Counter(f.category for f in failures if f.kind == kind)
        out[kind] = dict(cats.most_common())
    return out


def _phenomenon_summary(failures: list[Failure]) -> dict[str, dict[str, int]]:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for f in failures:
        table[phenomenon(f)][f.kind] += 1
    order = sorted(table, key=lambda k: -sum(table[k].values()))
    return {k: dict(table[k]) for k in order}


def to_json(result: Result) -> dict[str, Any]:
    return {
        "articles": result.articles,
        "documents": dict(result.documents),
        "without_dct": result.without_dct,
        "split": "sha1(doc_id) first byte even: tuning, odd: blind",
        "seconds": round(result.seconds, 2),
        "gold_out_of_scope": dict(result.out_of_scope),
        "system_unscored": sum(result.unscored.values()),
        **{name: c.to_json() for name, c in result.counts.items()},
        "all": result.all.to_json(),
        "tuning_failures": _failure_summary(result.failures),
        "tuning_failures_by_phenomenon": _phenomenon_summary(result.failures),
        "blind_failure_counts": {k: result.blind_failures[k] for k in _KINDS},
    }


def _print_scores(result: Result) -> None:
    print(
        f"MEANTIME dates: {result.articles} articles "
        f"(tuning {result.documents['tuning']}, blind {result.documents['blind']}), "
        f"{result.seconds:.1f} s"
    )
    if result.without_dct:
        print(f"without a DCT (run unanchored): {', '.join(result.without_dct)}")
    print(f"gold out of scope: {dict(result.out_of_scope)}")
    print(
        f"system dates on out-of-scope gold, not scored: {sum(result.unscored.values())}"
        + (f" ({', '.join(sorted(result.unscored))})" if result.unscored else "")
    )
    print(f"\n{'part':<7} {'gold':>5} {'sys':>5}   {'strict P/R/F1':^20} "
          f"{'relaxed P/R/F1':^20} {'value P/R/F1':^20}")  # fmt: skip
    rows = [*((p, result.counts[p]) for p in PARTS), ("all", result.all)]
    for name, c in rows:
        cells = []
        for measure in _MEASURES:
            p, r, f = c.prf(measure)
            cells.append(f"{100 * p:5.1f} {100 * r:5.1f} {100 * f:5.1f}")
        print(f"{name:<7} {c.gold:>5} {c.system:>5}   " + "   ".join(f"{x:^20}" for x in cells))
    kinds = Counter(f.kind for f in result.failures)
    print(
        "\nfailures, tuning part: "
        + ", ".join(f"{k} {kinds[k]}" for k in _KINDS)
        + "\nfailures, blind part (counted, never shown): "
        + ", ".join(f"{k} {result.blind_failures[k]}" for k in _KINDS)
    )


def _print_phenomena(result: Result) -> None:
    table = _phenomenon_summary(result.failures)
    print("\nfailures of the tuning part by phenomenon (from the gold text, else the system's):")
    print(f"  {'phenomenon':<44} {'total':>5}  " + "  ".join(f"{k:>11}" for k in _KINDS))
    for name, kinds in table.items():
        cells = "  ".join(f"{kinds.get(k, 0):>11}" for k in _KINDS)
        print(f"  {name:<44} {sum(kinds.values()):>5}  {cells}")


def _print_failures(result: Result, examples: int) -> None:
    by_kind: dict[str, dict[str, list[Failure]]] = defaultdict(lambda: defaultdict(list))
    for f in result.failures:
        by_kind[f.kind][f.category].append(f)
    for kind in _KINDS:
        cats = by_kind.get(kind, {})
        total = sum(len(v) for v in cats.values())
        print(f"\n== {kind}: {total} (tuning part)")
        for cat, items in sorted(cats.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  {len(items):>3}  {cat}")
            for f in items[:examples]:
                g = f"gold {f.gold.text!r} {f.gold.value}" if f.gold else ""
                s = f"got {f.system.text!r} {f.system.value}" if f.system else ""
                print(f"         {f.doc_id}: {'; '.join(x for x in (g, s) if x)}")
                print(f"           {f.context}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus(), help="MEANTIME root")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--show-failures",
        action="store_true",
        help="list the tuning part's failures by kind and category (never the blind part's)",
    )
    parser.add_argument("--examples", type=int, default=3, help="examples per category")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"meantime_dates: error: {args.corpus}: no such directory", file=sys.stderr)
        return 2
    result = evaluate(args.corpus)
    if args.json:
        json.dump(to_json(result), sys.stdout, indent=2)
        print()
        return 0
    _print_scores(result)
    if args.show_failures:
        _print_phenomena(result)
        _print_failures(result, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
