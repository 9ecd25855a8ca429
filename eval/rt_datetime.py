"""Recognizers-Text DateTime conformance: how claimcheck's date normalizer fares on RT's specs.

The runner (``eval/conformance.py``) calls :func:`check_case` for every case of
``Specs/DateTime/{English,German,French}/DateTimeModel.json``; run this module directly for a
per-language summary with the reasons cases fall out of scope::

    python eval/rt_datetime.py [SPEC_ROOT] [--show-failures]

(per language, the tuning and the blind part; ``--show-failures`` lists the tuning part's failing
cases only, see ``eval/README.md``).

A case goes through the public path, ``claimcheck.extract_text(text, language=...,
published=ReferenceDateTime)``. It **passes** when every in-scope expected result is matched by
a date mention whose span overlaps the expected span (RT's ``End`` is inclusive) and whose
resolved interval equals the expected one. A case whose ``Results`` are empty must yield no date
mention.

Shapes of the spec files
    Every shape found in the DateTime specs is read: the type under ``TypeName`` or (three French
    results) ``Typename``; a span from ``Start``/``End``, else from ``Resolution.Start``/``End``,
    else where ``Text`` occurs once in the input, else the result is matched by value anywhere
    in the input; a missing ``Resolution`` or ``values`` makes the result ``unresolvable``; a
    value with only ``start`` or ``end`` is ``modifier`` (RT gives it a ``Mod``) or, without one,
    ``open-interval``; a result with no type at all is ``type:missing``; a missing or
    malformed ``ReferenceDateTime`` means no reference date; values with ``list``, ``timezone``
    or ``sourceEntity`` keys are read like the others.

Mapping of values
    RT ``date`` values are single days; ``daterange`` values are half-open ``[start, end)``,
    claimcheck intervals are inclusive, so RT's end is taken minus one day. A range written
    with two named ends ("from May to Oct 2020", "2014-2018", "November 18-19") RT ends where
    the second end *starts* (2020-10-01, 2018-01-01, 11-19); claimcheck includes the whole
    second end (news reads "2014-2018" as inclusive), so there RT's end is compared with the
    start of claimcheck's last endpoint. For an ambiguous
    expression RT lists two candidate values (the past and the future reading of "Friday",
    "April", "22/04"); claimcheck resolves by the news policy (most recent on or before the
    publication date, the next one in future-tense sentences) and a case matches when the
    value the policy selects is one of RT's candidates.

In scope
    ``datetimeV2.date`` and ``datetimeV2.daterange`` results and negative cases, except the
    categories below.

Out of scope (``None``), by category of the expected result, with the reason
    * other types -- ``time``, ``timerange``, ``datetime``, ``datetimerange``, ``duration``,
      ``set``: times of day and durations are quantities, not dates, in claimcheck's model;
      recurring sets ("every week") are not facts with an interval.
    * ``Mod`` values (before, after, since, until, start, mid, end ...): open or partial
      intervals such as "before 2010" or "since late July"; a DateValue is a closed interval.
    * unresolvable values (RT "not resolved": seasons, fiscal and school years, "February 30").
    * no reference date: cases without ``Context.ReferenceDateTime`` whose expression carries
      no four-digit year, or a relative word ("hier", "ce mai"), were resolved by RT against
      the day the spec was written, which is unknowable.
    * holidays (Easter, Christmas, Black Friday, Juneteenth, Eid ...): need holiday calendars;
      claimcheck treats them as not-a-date.
    * duration arithmetic and rolling windows ("in 2 weeks", "two months ago", "next 3 days",
      "the next decade", "3 days after
      January 12th", "the last 3 months", "a fortnight later"): RT counts exact days from the
      reference moment; claimcheck resolves "N months ago" (and French "dans N mois") to that
      calendar month on purpose, and does not extract English or German "in N days" (a span
      of time as often as a time ahead in news: "the fifth coach in four years").
    * numbers written in words ("may twenty nine", "two thousand and twenty", "zwölfter
      fünfter"): news writes dates in figures.
    * week structure ("week 31", "the first week of 2015", "the week of April 10th",
      "weekend", "workweek", "business days"): week-numbered and weekend spans.
    * bare day of month ("the 18th", "le 23") and two-digit years ("12/12/30",
      "april of 87"):
      too ambiguous in news text to extract without a precision loss. A day of the month
      with its weekday ("Tue 13th", "Freitag, den 13.", "vendredi 13") is in scope: it is
      read as the nearest month where the two agree.
    * chat and query shorthand ("=2019", "otd", "cy18", "till date", "the day", "the month",
      "same week", "das Jahr", "between now and ..."): not news usage.
    * compact numeric month forms ("2015-3", "12-2015", "20200701"): collide with year ranges,
      scores and identifiers.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "EXTRACTION_PATH",
    "SPEC_ROOT",
    "case_reason",
    "check_case",
    "out_of_scope_reason",
    "result_span",
]

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from holdout import shared_root  # noqa: E402

SPEC_ROOT = shared_root() / "specs" / "recognizers-text" / "DateTime"

#: Which extraction path the cases go through.
EXTRACTION_PATH = "claimcheck.extract_text"

IN_SCOPE_TYPES = frozenset({"datetimeV2.date", "datetimeV2.daterange"})

_LANGUAGES = {"english": "en", "german": "de", "french": "fr", "en": "en", "de": "de", "fr": "fr"}

_HOLIDAYS = re.compile(
    r"easter|christmas|xmas|black friday|juneteenth|freedom day|jubilee day|labor day|labour day|"
    r"thanksgiving|new year|eid|halloween|valentine|independence|mother'?s day|father'?s day|"
    r"memorial day|martin luther|st\.? patrick|saint patrick|earth day|karsamstag|fastnacht|"
    r"friedensfest|allerheiligen|erntedank|pfingsten|weihnacht|tag der arbeit|ostern|silvester|"
    r"noël|noel|pâques|paques|nouvel an|vendredi noir|jour de la terre|toussaint|fête|"
    r"indépendance|saint[- ]",
    re.I,
)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|a|an|couple|few|several|ein|eine|einem|einer|zwei|drei|vier|fünf|beiden|"
    r"un|une|deux|trois|quatre|cinq|quelques|\d+"
)
_DURATION = re.compile(
    rf"(?:\b(?:{_NUMBER_WORDS})\s+(?:next\s+|last\s+|prochaines?\s+|business\s+|derniers?\s+)?"
    r"(?:days?|weeks?|months?|years?|quarters?|fortnights?|business days|tage?n?|tg\.?|wochen?|"
    r"monaten?|jahren?|jours?|semaines?|mois|ans?|années?|trimestres?|journées?)\b)"
    r"|\bfortnight\b|\bago\b|\bil ?y ?a\b|\bvor \d|\bfrom (?:today|tomorrow|yesterday)\b|"
    r"\b(?:before|after) (?:today|tomorrow|yesterday)\b|\bà partir de\b|\bavant hier\b|"
    r"\bdecade\b|\bjahrzehnt|\bdécennie|"
    r"\bjours? (?:avant|après)\b|\bafter (?:next|the)\b|\bafter\b.*\b(?:on)\b",
    re.I,
)
_SPELLED = re.compile(
    r"\b(?:twenty|thirty|thousand|hundred|nineteen|eighteen|seventeen|sixteen|fifteen|"
    r"fourteen|thirteen|eleven|twelve|vingt|trente|mille|deux|zwölfter|fünfter|siebter|"
    r"vierter|dritter|zweiter|erster|tausend|neunzehn|zwanzig)\b",
    re.I,
)
_WEEK_STRUCTURE = re.compile(
    r"\bweek\s*\d|\b\d+(?:st|nd|rd|th)?\s+weeks?\b|\b(?:first|second|third|fourth|last|1st|"
    r"2nd|3rd|4th)\s+(?:\d+\s+|ten\s+|two\s+)?(?:weeks?|days?|months?)\s+of\b|\bweek of\b|"
    r"\bweek commencing\b|\bweekend\b|\bworkweek\b|\bbusiness days?\b|\bwochenende\b|"
    r"\bwerktag|\bsemaine\s*\d|\bweek-end\b|\bsemaine de travail\b|\bw/c\b|semaine commençant|"
    r"\bsemaines? de\b|\bsemaine d['’]|(?:1ère|première|dernière|3e)\s+semaine",
    re.I,
)
#: a weekday with a day of the month ("Tue 13th", "Freitag, den 13.", "vendredi 13"): read
#: as the nearest month where the two agree
_WEEKDAY_AND_DAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?\s+"
    r"(?:the\s+|den\s+|dem\s+|le\s+)?\d{1,2}(?:st|nd|rd|th|\.|er)?$",
    re.I,
)
_DAY_ONLY = re.compile(r"^(?:[^\W\d]+\.?\s+)?(?:the\s+|le\s+)?\d{1,2}(?:st|nd|rd|th|er)?$", re.I)
_RELATIVE_WORDS = re.compile(
    r"\b(?:today|tomorrow|yesterday|now|this|next|last|previous|current|heute|gestern|morgen|"
    r"nächst\w*|letzt\w*|dies\w*|vergangen\w*|hier|demain|aujourd|maintenant|ce|cette|cet|"
    r"prochain\w*|dernier\w*|derni[eè]re)\b",
    re.I,
)
_TWO_DIGIT_YEAR = re.compile(
    r"\b\d{1,2}[/.\- ]\d{1,2}[/.\- ]\d{2}\b(?![/.\-]?\d)|\bof\s+\d{2}\b|\b[a-z]+\s+\d{2}$", re.I
)
_SHORTHAND = re.compile(
    r"^(?:[<>=\s]+\d{4}|otd|cy\s*\d+|sy\s*\d+|the day|the month|the week|the year|same week|"
    r"till date|eoy|the day before|mois|le mois|l['’]année|même (?:semaine|année)|"
    r"à ce jour|(?:dem|das|diese[nms]?) jahr|lendemain|le lendemain|week-end\.?)$|"
    r"\bnow\b|\bmaintenant\b|\bcurrent\b|\bcalendar year\b|\bannée calendaire\b|"
    r"\bthis \d|\bce \d|\bthe \d+(?:st|nd|rd|th) day\b|\ble \d+ du mois\b|\bsame\b|"
    r"\bprochain \d|\bfollowing\b|\bprevious week\b|\bnext week \w+day\b",
    re.I,
)
_COMPACT_NUMERIC = re.compile(
    r"^\d{4}-\d{1,2}$|^\d{1,2}-\d{4}$|^\d{8}$|\d{4}\s*(?:/|-)\s*\d{1,2}\s*(?:/|-)\s*[a-z]|"
    r"^\d{1,2}-\d{4}-[a-z]|^[a-z]+-\d{4}-\d{1,2}$",
    re.I,
)
_HAS_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")


def out_of_scope_reason(result: dict[str, Any], has_reference: bool) -> str | None:
    """Why an expected RT result is out of scope, or ``None`` when it is in scope."""
    type_name = _type_name(result)
    if type_name not in IN_SCOPE_TYPES:
        return "type:" + (type_name.removeprefix("datetimeV2.") or "missing")
    text = str(result.get("Text") or "").strip()
    values = _values(result)
    if not values:
        return "unresolvable"
    if any(v.get("Mod") for v in values):
        return "modifier"
    if any(v.get("value") == "not resolved" for v in values):
        return "unresolvable"
    if not any("value" in v or ("start" in v and "end" in v) for v in values):
        return "open-interval"
    if not has_reference and (not _HAS_YEAR.search(text) or _RELATIVE_WORDS.search(text)):
        return "no-reference"
    for name, pattern in (
        ("holiday", _HOLIDAYS),
        ("duration-arithmetic", _DURATION),
        ("spelled-numbers", _SPELLED),
        ("week-structure", _WEEK_STRUCTURE),
        ("shorthand", _SHORTHAND),
        ("compact-numeric", _COMPACT_NUMERIC),
    ):
        if pattern.search(text):
            return name
    if _DAY_ONLY.match(text) and not _WEEKDAY_AND_DAY.match(text):
        return "day-of-month-only"
    if _TWO_DIGIT_YEAR.search(text) and not _HAS_YEAR.search(text):
        return "two-digit-year"
    return None


def _type_name(result: dict[str, Any]) -> str:
    """RT's ``TypeName`` (three French results spell it ``Typename``)."""
    return str(result.get("TypeName") or result.get("Typename") or "")


def _values(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The resolution values of a result (none when ``Resolution`` or ``values`` is missing)."""
    values = (result.get("Resolution") or {}).get("values") or []
    return [v for v in values if isinstance(v, dict)]


def result_span(result: dict[str, Any], text: str) -> tuple[int, int] | None:
    """The expected span, ``end`` exclusive, or ``None`` when it cannot be placed.

    RT gives ``Start`` and an inclusive ``End``; a few results carry them inside ``Resolution``
    and some carry none. Then the span is where ``Text`` occurs in the input, when it occurs
    exactly once; otherwise the result is matched by value anywhere in the input.
    """
    for holder in (result, result.get("Resolution") or {}):
        start, end = holder.get("Start"), holder.get("End")
        if isinstance(start, int) and isinstance(end, int):
            return start, end + 1
    written = str(result.get("Text") or "")
    if written and text.count(written) == 1:
        start = text.index(written)
        return start, start + len(written)
    low = text.lower()
    if written and low.count(written.lower()) == 1:
        start = low.index(written.lower())
        return start, start + len(written)
    return None


def _language(language: str) -> str:
    return _LANGUAGES.get(language.strip().lower(), language.strip().lower()[:2])


def _reference(case: dict[str, Any]) -> dt.date | None:
    ref = (case.get("Context") or {}).get("ReferenceDateTime")
    if not isinstance(ref, str) or not ref:
        return None
    try:
        return dt.date.fromisoformat(ref[:10])
    except ValueError:
        return None


def _dates(text: str, language: str, published: dt.date | None) -> list[tuple[int, int, Any]]:
    """The date mentions of ``text`` through the public path (``conformance.extract_mentions``)."""
    from conformance import extract_mentions

    return [
        (m.start, m.end, m.value)
        for m in extract_mentions(text, language, published)
        if m.kind == "date"
    ]


def _candidates(result: dict[str, Any]) -> list[tuple[dt.date, dt.date | None, bool]]:
    """RT's candidate values as (start, exclusive end or None for a day, written as a range)."""
    out: list[tuple[dt.date, dt.date | None, bool]] = []
    for v in _values(result):
        try:
            if "value" in v:
                out.append((dt.date.fromisoformat(v["value"][:10]), None, False))
            else:
                start = dt.date.fromisoformat(v["start"][:10])
                end = dt.date.fromisoformat(v["end"][:10])
                out.append((start, end, str(v.get("timex", "")).startswith("(")))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def _last_endpoint_start(value: Any) -> dt.date | None:
    """Where the last named period of a claimcheck range starts ("May 2018" -> 2018-05-01)."""
    timex = value.timex or ""
    if not timex.startswith("(") or value.end is None:
        return None
    last = timex[1:-1].partition(",")[2].partition(":")[0]
    end: dt.date = value.end
    unit = last.split("-")[1] if "_REF-" in last else ""
    if unit == "day" or re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d|XXXX-WXX-\d", last):
        return end
    if unit in ("week", "weekend"):
        return end - dt.timedelta(days=end.weekday())
    if unit == "month" or re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", last):
        return end.replace(day=1)
    if unit == "quarter" or re.fullmatch(r"(?:\d{4}|XXXX)-Q\d", last):
        return end.replace(month=end.month - 2, day=1)
    if unit == "year" or re.fullmatch(r"\d{4}", last):
        return end.replace(month=1, day=1)
    return None


def _value_matches(value: Any, candidate: tuple[dt.date, dt.date | None, bool]) -> bool:
    start, end, written_as_range = candidate
    if value.start is None or value.end is None:
        return False
    if end is None:
        return value.start == start and value.end == start
    if value.start != start:
        return False
    if value.end == end - dt.timedelta(days=1):
        return True
    # RT ends a range written "A to B" where B starts; claimcheck includes all of B.
    return written_as_range and _last_endpoint_start(value) == end


def _matches(result: dict[str, Any], text: str, found: Iterable[tuple[int, int, Any]]) -> bool:
    span = result_span(result, text)
    wanted = _candidates(result)
    return any(
        (span is None or (m_start < span[1] and m_end > span[0]))
        and any(_value_matches(value, c) for c in wanted)
        for m_start, m_end, value in found
    )


def check_case(case: dict[str, Any], language: str, model: str) -> bool | None:
    """Does claimcheck agree with one RT DateTime case? ``None`` when the case is out of scope."""
    if "datetime" not in model.lower():
        return None
    lang = _language(language)
    if lang not in ("en", "de", "fr"):
        return None
    published = _reference(case)
    results = [r for r in case.get("Results") or [] if isinstance(r, dict)]
    text = str(case.get("Input") or "")
    if not results:
        return not _dates(text, lang, published)
    expected = [r for r in results if out_of_scope_reason(r, published is not None) is None]
    if not expected:
        return None
    found = _dates(text, lang, published)
    return all(_matches(r, text, found) for r in expected)


def case_reason(case: dict[str, Any], language: str, model: str) -> str | None:
    """Why :func:`check_case` leaves a case out (the category of its first result), if it does."""
    if "datetime" not in model.lower() or _language(language) not in ("en", "de", "fr"):
        return "not a DateTime spec claimcheck reads"
    has_reference = _reference(case) is not None
    results = [r for r in case.get("Results") or [] if isinstance(r, dict)]
    reasons = [out_of_scope_reason(r, has_reference) for r in results]
    if not reasons or any(r is None for r in reasons):
        return None
    return reasons[0]


def _main(argv: list[str]) -> int:
    from conformance import case_part

    root = Path(argv[0]) if argv and not argv[0].startswith("-") else SPEC_ROOT
    show = "--show-failures" in argv or "--failures" in argv
    for name in ("English", "German", "French"):
        path = root / name / "DateTimeModel.json"
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        tally: Counter[str] = Counter()
        reasons: Counter[str] = Counter()
        for i, case in enumerate(cases):
            which = case_part(case)
            has_ref = _reference(case) is not None
            results = [r for r in case.get("Results") or [] if isinstance(r, dict)]
            for r in results:
                reasons[out_of_scope_reason(r, has_ref) or "in-scope"] += 1
            outcome = check_case(case, name, "DateTimeModel")
            kind = "negative" if not results else "positive"
            verdict = "skip" if outcome is None else "pass" if outcome else "fail"
            tally[f"{which}:{kind}:{verdict}"] += 1
            if show and outcome is False and which == "tuning":  # never a blind failure
                text = str(case.get("Input") or "")
                found = _dates(text, _language(name), _reference(case))
                print(f"  FAIL {name}#{i} {text[:100]!r} ref={_reference(case)}")
                for r in results:
                    if out_of_scope_reason(r, has_ref) is None:
                        print(
                            f"      want {r.get('Text')!r} {[(a, b) for a, b, _ in _candidates(r)]}"
                        )
                for s, e, v in found:
                    print(f"      got  {text[s:e]!r} {v.start}..{v.end} {v.timex}")
        print(f"{name}:")
        for which in ("tuning", "blind"):
            pos = tally[f"{which}:positive:pass"], tally[f"{which}:positive:fail"]
            neg = tally[f"{which}:negative:pass"], tally[f"{which}:negative:fail"]
            passed, total = pos[0] + neg[0], sum(pos) + sum(neg)
            print(
                f"   {which:<6} {passed}/{total} in-scope cases pass "
                f"({100 * passed / max(total, 1):.1f}%); date/daterange cases {pos[0]}/{sum(pos)}, "
                f"negatives {neg[0]}/{sum(neg)}; out of scope {tally[f'{which}:positive:skip']}"
            )
        print("   via", EXTRACTION_PATH)
        print("   results by category:", dict(sorted(reasons.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
