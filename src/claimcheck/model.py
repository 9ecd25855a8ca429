"""The value model: frozen, typed records that flow through the pipeline.

Everything here is an immutable value. Stages never modify a record; they build a new one with
:func:`dataclasses.replace`. Offsets are 0-based code-point offsets into the *original* decoded
file text, ``end`` exclusive, so ``document.text[m.start:m.end] == m.text`` holds for every
mention, claim and finding location.

Value kinds (``Value.kind``) and their JSON shape are fixed by DESIGN.md:

* :class:`Number`, :class:`Money`, :class:`Quantity`, :class:`Percent` share the number fields
  ``value``, ``low``, ``high`` and ``qualifier`` (bounds may be ``None`` for open intervals);
* :class:`Ordinal`, :class:`DateValue`, :class:`Entity`, :class:`Quote`.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from types import MappingProxyType
from typing import Any, ClassVar, Literal

__all__ = [
    "EMPTY",
    "Alignment",
    "Claim",
    "DatePart",
    "DateValue",
    "Document",
    "Entity",
    "Finding",
    "InputError",
    "Location",
    "Mention",
    "Money",
    "Number",
    "Ordinal",
    "Percent",
    "Quantity",
    "Quote",
    "RawMention",
    "Segment",
    "Severity",
    "Value",
    "number_json",
    "reduce_plain",
    "reduce_record",
]

Severity = Literal["info", "warning", "error"]
Qualifier = Literal["exact", "about", "at_least", "more_than", "at_most", "less_than", "range"]
Granularity = Literal[
    "day", "week", "month", "season", "quarter", "year", "fiscal_year", "decade", "century"
]

#: An empty, read-only mapping shared as the default ``attrs`` of records.
EMPTY: Mapping[str, Any] = MappingProxyType({})

SEVERITY_RANK: Mapping[str, int] = MappingProxyType({"info": 0, "warning": 1, "error": 2})


def number_json(x: float | None) -> int | float | None:
    """Render a magnitude as a JSON number: integral values as ``int``."""
    if x is None:
        return None
    if isinstance(x, bool):
        return int(x)
    if isinstance(x, int):
        return x
    if math.isfinite(x) and x == int(x) and abs(x) < 1e18:
        return int(x)
    return round(x, 10)


# --------------------------------------------------------------------------------------------
# pickling
#
# Analysed documents cross process boundaries (``check --jobs``, Dask workers) and are stored
# in the claim index. ``MappingProxyType`` does not pickle, so records holding read-only
# mappings (``attrs``, ``meta``) reduce to their field values with every mapping proxy, at any
# depth inside mappings, lists and tuples, turned into a plain dict marked for re-wrapping.


class _Proxied(dict[str, Any]):
    """A pickled ``MappingProxyType``'s contents, re-wrapped when the record is rebuilt."""

    __slots__ = ()


def _to_plain(value: Any) -> Any:
    if type(value) is MappingProxyType:
        return _Proxied({k: _to_plain(v) for k, v in value.items()})
    if type(value) is dict:
        return {k: _to_plain(v) for k, v in value.items()}
    if type(value) is tuple and any(type(v) in _CONTAINERS for v in value):
        return tuple(_to_plain(v) for v in value)
    return value


def _from_plain(value: Any) -> Any:
    if type(value) is _Proxied:
        return MappingProxyType({k: _from_plain(v) for k, v in value.items()})
    if type(value) is dict:
        return {k: _from_plain(v) for k, v in value.items()}
    if type(value) is tuple and any(type(v) in _CONTAINERS for v in value):
        return tuple(_from_plain(v) for v in value)
    return value


_CONTAINERS = (MappingProxyType, dict, _Proxied, tuple)


#: Where a record class keeps its :class:`_Layout` once made.
_LAYOUT = "_pickle_layout"


@dataclass(frozen=True, slots=True)
class _Layout:
    """How a record class is pickled: its field names (one tuple, so a pickle holding many
    records of the class stores it once), a getter of all their values at once, and the slot
    of each field (setting a slot directly is how a frozen record is rebuilt)."""

    names: tuple[str, ...]
    get: Callable[[Any], Any]
    slots: tuple[Any, ...]

    @classmethod
    def of(cls, record: type) -> _Layout:
        layout = record.__dict__.get(_LAYOUT)
        if layout is None:
            names = tuple(f.name for f in fields(record))
            slots = tuple(_slot(record, n) for n in names)
            get = operator.attrgetter(*names) if len(names) > 1 else _one(names[0])
            layout = cls(names, get, slots)
            type.__setattr__(record, _LAYOUT, layout)
        return layout


def _one(name: str) -> Callable[[Any], tuple[Any]]:
    def get(record: Any) -> tuple[Any]:
        return (getattr(record, name),)

    return get


def _slot(record: type, name: str) -> Any:
    return next(k.__dict__[name] for k in record.__mro__ if name in k.__dict__)


def _rebuild_record(cls: type, names: tuple[str, ...], values: tuple[Any, ...]) -> Any:
    """Unpickle a record reduced by :func:`reduce_record`."""
    return _rebuild_plain(cls, names, tuple(_from_plain(v) for v in values))


def _rebuild_plain(cls: type, names: tuple[str, ...], values: tuple[Any, ...]) -> Any:
    """Unpickle a record reduced by :func:`reduce_plain`. The names are the fields as they
    were when it was pickled, so a record stored by an earlier version (with fields since
    added, which take their defaults) still loads."""
    obj: Any = object.__new__(cls)
    layout = _Layout.of(cls)
    if names == layout.names:
        for slot, value in zip(layout.slots, values, strict=True):
            slot.__set__(obj, value)
        return obj
    given = dict(zip(names, values, strict=True))
    for f in fields(cls):
        if f.name in given:
            value = given[f.name]
        elif f.default is not MISSING:
            value = f.default
        elif f.default_factory is not MISSING:
            value = f.default_factory()
        else:
            continue  # a field the class did not have then and that has no default
        object.__setattr__(obj, f.name, value)
    return obj


def reduce_record(self: Any) -> tuple[Any, ...]:
    """``__reduce__`` of records with read-only mapping fields: plain field values by name."""
    layout = _Layout.of(type(self))
    return (_rebuild_record, (type(self), layout.names, tuple(map(_to_plain, layout.get(self)))))


def reduce_plain(self: Any) -> tuple[Any, ...]:
    """``__reduce__`` of records that hold no read-only mapping at any depth: their field
    values as they are, by name. Compact, and about twice as fast as a dataclass's default
    pickling, which calls ``__getstate__`` and ``__setstate__`` field by field."""
    layout = _Layout.of(type(self))
    return (_rebuild_plain, (type(self), layout.names, layout.get(self)))


# --------------------------------------------------------------------------------------------
# values


@dataclass(frozen=True, slots=True, kw_only=True)
class Number:
    """A count or other plain number, as an interval with a qualifier.

    ``value`` is the stated figure; ``low``/``high`` bound what the statement allows
    ("more than 70": value 70, low 70, high None, qualifier ``more_than``).
    """

    kind: ClassVar[str] = "number"
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    #: True for vague quantities ("dozens", "hundreds") whose bounds are conventional.
    vague: bool = False

    __reduce__ = reduce_plain

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": number_json(self.value),
            "low": number_json(self.low),
            "high": number_json(self.high),
            "qualifier": self.qualifier,
        }

    def describe(self) -> str:
        """A short human rendering of the interval ("26", "more than 70", "10-12")."""
        return describe_interval(self.value, self.low, self.high, self.qualifier)


@dataclass(frozen=True, slots=True, kw_only=True)
class Money(Number):
    """An amount of money; ``currency`` is ISO 4217 or ``None`` when unknowable."""

    kind: ClassVar[str] = "money"
    currency: str | None = None
    #: True when the currency was not written but assumed (a bare "$" resolved by default).
    currency_assumed: bool = False
    #: The currency as written ("$", "Rs", "euros").
    currency_text: str | None = None

    def to_json(self) -> dict[str, Any]:
        d = Number.to_json(self)
        d["currency"] = self.currency
        if self.currency_assumed:
            d["currency_assumed"] = True
        return d

    def describe(self) -> str:
        return f"{Number.describe(self)} {self.currency or '(currency unknown)'}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(Number):
    """A measurement: magnitude plus a unit name pint understands."""

    kind: ClassVar[str] = "quantity"
    unit: str = ""

    def to_json(self) -> dict[str, Any]:
        d = Number.to_json(self)
        d["unit"] = self.unit
        return d

    def describe(self) -> str:
        return f"{Number.describe(self)} {self.unit}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Percent(Number):
    """A percentage (20 for "20%"); ``points`` for "percentage points"."""

    kind: ClassVar[str] = "percent"
    points: bool = False

    def to_json(self) -> dict[str, Any]:
        d = Number.to_json(self)
        if self.points:
            d["points"] = True
        return d

    def describe(self) -> str:
        return f"{Number.describe(self)}{' percentage points' if self.points else '%'}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Ordinal:
    """An ordinal ("third" = 3)."""

    kind: ClassVar[str] = "ordinal"
    value: int

    __reduce__ = reduce_plain

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value}

    def describe(self) -> str:
        return f"ordinal {self.value}"


@dataclass(frozen=True, slots=True, kw_only=True)
class DateValue:
    """A date or period, as an inclusive interval of days.

    ``timex`` keeps the under-specified form as written ("XXXX-WXX-2" for a bare "Tuesday",
    "PAST_REF-month-1" style keys for "last month"); ``start``/``end`` are ``None`` until it is
    resolved against a publication date.
    """

    kind: ClassVar[str] = "date"
    start: dt.date | None
    end: dt.date | None
    granularity: Granularity = "day"
    weekday: str | None = None
    timex: str | None = None
    #: How the interval was obtained: "absolute", "relative" (resolved against the
    #: publication date) or "unresolved".
    resolution: str = "absolute"
    #: For a reference to the present, the past or the future without a calendar period
    #: ("now", "currently", "recently", "in the future"): "present", "past" or "future";
    #: such a value has no interval. ``None`` for every calendar date.
    reference: str | None = None
    #: For a clock time with no day written beside it ("at 18:00 UTC", timex ``T1800``): the
    #: day it falls on, read from the context (a day named in the same sentence, else the
    #: last day named, else the publication date). ``start``/``end`` stay ``None``: a time
    #: of day is placed for the reader, not compared as a date.
    day: dt.date | None = None
    #: For a range written as two date expressions ("from 2009 to 2011", "1957-58", "March 3
    #: to 12"): the two ends, each with its own span and value ("58" is 1958, the "12" of
    #: "March 3 to 12" is March 12). ``None`` for every other date. Not part of the value's
    #: identity: "2009-2011" and "from 2009 to 2011" are the same period.
    parts: tuple[DatePart, DatePart] | None = field(default=None, compare=False)

    __reduce__ = reduce_plain

    @property
    def resolved(self) -> bool:
        return self.start is not None and self.end is not None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
            "weekday": self.weekday,
        }
        if self.reference is not None:
            out["reference"] = self.reference  # only on "now", "recently", "in the future"
        if self.day is not None:
            out["day"] = self.day.isoformat()  # only on a clock time alone ("at 18:00 UTC")
        if self.parts is not None:
            out["parts"] = [part.to_json() for part in self.parts]  # only on a range
        return out

    def describe(self) -> str:
        if self.reference is not None:
            return f"the {self.reference}"
        if not self.resolved:
            return _describe_timex(self.timex, self.weekday)
        assert self.start is not None and self.end is not None
        if self.start == self.end:
            d = self.start
            return f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}"
        s, e = self.start, self.end
        if self.granularity == "fiscal_year":
            return f"a fiscal year ending in {e.year}"  # months unknown: see the timex grammar
        if self.granularity == "season":
            name = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}.get(s.month, "season")
            return f"{name} {s.year}" + (f"-{str(e.year)[2:]}" if e.year != s.year else "")
        if self.granularity == "month" and s.day == 1 and (e + dt.timedelta(days=1)).day == 1:
            if (s.year, s.month) == (e.year, e.month):
                return f"{s.strftime('%B')} {s.year}"
        if self.granularity == "year" and (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
            return str(s.year) if s.year == e.year else f"{s.year} to {e.year}"
        return f"{s.isoformat()} to {e.isoformat()}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A named person, organisation or place with a canonical id."""

    kind: ClassVar[str] = "entity"
    type: Literal["person", "organization", "location", "other"]
    canonical: str
    id: str
    #: The role or title written with the name ("Prime Minister"), if any.
    role: str | None = None

    __reduce__ = reduce_plain

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind,
            "type": self.type,
            "canonical": self.canonical,
            "id": self.id,
        }
        if self.role:
            d["role"] = self.role
        return d

    def describe(self) -> str:
        return f"{self.role + ' ' if self.role else ''}{self.canonical}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A direct quotation: the words inside the marks and who said them."""

    kind: ClassVar[str] = "quote"
    speaker: str | None
    text: str
    #: The canonical entity id of the speaker when known.
    speaker_id: str | None = None

    __reduce__ = reduce_plain

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "speaker": self.speaker, "text": self.text}

    def describe(self) -> str:
        who = self.speaker or "unknown speaker"
        return f"{who}: \u201c{self.text}\u201d"


def _describe_timex(timex: str | None, weekday: str | None) -> str:
    """Words for a date that could not be resolved ("November 9, year unknown")."""
    import calendar
    import re

    if timex:
        m = re.fullmatch(r"XXXX-(\d\d)(?:-(\d\d))?", timex)
        if m:
            month = calendar.month_name[int(m.group(1))]
            day = f" {int(m.group(2))}" if m.group(2) else ""
            return f"{weekday + ', ' if weekday else ''}{month}{day} (year unknown)"
        w = re.fullmatch(r"XXXX-WXX-(\d)(?::.*)?", timex)
        if w:
            return f"a {calendar.day_name[int(w.group(1)) - 1]} (date unknown: no publication date)"
        t = re.fullmatch(r"T(\d\d)(\d\d)", timex)
        if t:
            return f"{t.group(1)}:{t.group(2)} (day unknown)"
        h = re.fullmatch(r"XXXX-@(\w+)(?::.*)?", timex)
        if h:  # a holiday: "christmas_eve" -> "Christmas Eve"
            return f"{h.group(1).replace('_', ' ').title()} (year unknown)"
    return f"an unresolved date ({timex or 'no publication date'})"


@dataclass(frozen=True, slots=True, kw_only=True)
class DatePart:
    """One end of a date range as written: ``text`` at ``start:end`` (offsets into the text
    the range was found in: the file's text once the engine has placed the mention), and the
    date it names, read with what the range shares ("1957-58": "58" is 1958)."""

    start: int
    end: int
    text: str
    value: DateValue

    __reduce__ = reduce_plain

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value.to_json(),
        }


Value = Number | Money | Quantity | Percent | Ordinal | DateValue | Entity | Quote

NUMERIC_KINDS = frozenset({"number", "money", "quantity", "percent"})


def describe_interval(
    value: float | None, low: float | None, high: float | None, qualifier: str
) -> str:
    """Render an interval in words an editor reads ("at least 26", "10 to 12")."""

    def fmt(x: float | None) -> str:
        if x is None:
            return "?"
        n = number_json(x)
        if isinstance(n, int):
            return f"{n:,}"
        return f"{n:,.6g}" if abs(x) >= 1 else f"{n:g}"

    if qualifier == "exact":
        return fmt(value)
    if qualifier == "about":
        return f"about {fmt(value)}"
    if qualifier == "at_least":
        return f"at least {fmt(low)}"
    if qualifier == "more_than":
        return f"more than {fmt(low)}"
    if qualifier == "at_most":
        return f"at most {fmt(high)}"
    if qualifier == "less_than":
        return f"less than {fmt(high)}"
    if low is not None and high is None:
        return f"{fmt(low)} or more"
    if high is not None and low is None:
        return f"up to {fmt(high)}"
    return f"{fmt(low)} to {fmt(high)}"


# --------------------------------------------------------------------------------------------
# text


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A sentence, in both coordinate systems.

    ``start``/``end`` index the original file text; ``plain_start``/``plain_end`` index the
    document's analysis text (markup removed). ``paragraph`` numbers the paragraph it is in.
    """

    start: int
    end: int
    plain_start: int
    plain_end: int
    paragraph: int
    index: int

    __reduce__ = reduce_plain


@dataclass(frozen=True, slots=True, kw_only=True)
class RawMention:
    """What an extractor returns: a value found at ``start``/``end`` of the *analysis text*.

    The engine maps the offsets back to the original file text and builds a :class:`Mention`.
    """

    kind: str
    start: int
    end: int
    value: Value
    attrs: Mapping[str, Any] = field(default_factory=lambda: EMPTY, compare=False, hash=False)

    __reduce__ = reduce_record


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A value found in a document, with exact offsets into the original file text."""

    doc: str
    kind: str
    start: int
    end: int
    text: str
    value: Value
    #: The same span in the analysis text.
    plain_start: int
    plain_end: int
    #: Index of the sentence (:class:`Segment`) holding the mention.
    sentence: int
    extractor: str = ""
    attrs: Mapping[str, Any] = field(default_factory=lambda: EMPTY, compare=False, hash=False)

    __reduce__ = reduce_record

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.doc, self.kind, self.start, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class InputError:
    """A document that could not be read, or a problem with the run's input or configuration."""

    path: str
    message: str

    __reduce__ = reduce_plain

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}

    def render(self) -> str:
        return f"claimcheck: error: {self.path}: {self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A read document: the original text, the analysis text and its metadata.

    ``plain`` is the text the extractors see: the file text with front matter and markup
    removed. ``plain_to_file`` maps each analysis-text offset (and one past the end) to the
    file-text offset it came from; it is empty when the analysis text is the file text.
    """

    id: str
    path: str
    text: str
    plain: str
    plain_to_file: tuple[int, ...]
    #: For each analysis-text character, the file offset just past what it stands for;
    #: empty when the analysis text is the file text (plain-text documents).
    plain_ends: tuple[int, ...] = ()
    format: Literal["text", "markdown", "html"] = "text"
    role: Literal["draft", "source", "peer"] = "peer"
    published: dt.date | None = None
    #: Where the publication date came from: front-matter, manifest, cli, dateline.
    published_from: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    language: str = "en"
    sources: tuple[str, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=lambda: EMPTY, compare=False, hash=False)

    __reduce__ = reduce_record

    def file_span(self, plain_start: int, plain_end: int) -> tuple[int, int]:
        """Map a half-open span of the analysis text to the original file text."""
        m = self.plain_to_file
        if not m:  # the analysis text is the file text
            return plain_start, max(plain_start, plain_end)
        if plain_end <= plain_start:
            s = m[plain_start]
            return s, s
        if self.plain_ends:
            return m[plain_start], self.plain_ends[plain_end - 1]
        return m[plain_start], m[plain_end - 1] + 1

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "role": self.role,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "language": self.language,
        }


# --------------------------------------------------------------------------------------------
# claims and alignment


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Something that happened, as one document tells it: its main event (the headline's and
    the lead's) or another it mentions (an earlier attack, an arrest, a funeral).

    ``id`` is unique within the document ("e0" is the main event); ``type`` the event class
    (shooting, fire, arrest ...) or ``None`` when the story names none; ``date`` the day it
    happened, when the document says; ``places``/``actors`` canonical anchor ids named where
    it is introduced. ``sentence`` is the index of the sentence that introduces it. Claims
    point at their event through :attr:`Claim.event_ref`, and participants (people) may
    point at it the same way.
    """

    doc: str
    id: str
    type: str | None = None
    main: bool = False
    #: "background" for an event recalled from before the story (more than a year earlier).
    scope: Literal["story", "other", "background"] = "story"
    date: DateValue | None = None
    time_of_day: str | None = None
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    sentence: int = 0
    #: The paragraph of that sentence.
    paragraph: int = 0
    #: The publication date of the document that tells it.
    reported: dt.date | None = None
    #: Display names of the anchors, by id ("kumasi" -> "Kumasi").
    names: Mapping[str, str] = field(default_factory=lambda: EMPTY, compare=False, hash=False)

    __reduce__ = reduce_record

    def describe(self) -> str:
        """The event in words: "the shooting in Las Vegas on Saturday 5 September"."""
        what = f"the {self.type}" if self.type else "the event"
        place = next((self.names.get(p, "") for p in self.places), "")
        if place:
            what += f" in {place}"
        if self.date is not None and self.date.resolved and self.date.granularity == "day":
            what += f" on {self.date.describe()}"
        return what


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """What fact a value mention asserts.

    ``attribute`` is what is counted or measured ("killed", "cost"); ``subject`` the head noun
    of what is counted ("people", "soldiers") or the entity an amount belongs to; ``event`` the
    trigger word of the event the statement is about; ``place``/``actors`` canonical entity ids
    in the same statement; ``time`` the date the statement is anchored to. ``scope`` says
    whether the figure is the event's total, a part of it, or about another event mentioned in
    passing ("background").

    The remaining fields are the evidence alignment works with: the sentence's content words
    and event triggers, the actor and place named right next to the figure, and how the claim
    found its event (``event_ref``, ``event_link``).
    """

    doc: str
    mention: Mention
    attribute: str | None = None
    subject: str | None = None
    subject_id: str | None = None
    event: str | None = None
    place: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    time: DateValue | None = None
    hedges: tuple[str, ...] = ()
    scope: Literal["total", "partial", "background", "unknown"] = "unknown"
    sentence_text: str = ""
    #: The sentence's content words, less the figure's own.
    content: frozenset[str] = frozenset()
    #: Event classes named anywhere in the sentence.
    triggers: tuple[str, ...] = ()
    #: Whether ``place``/``actors`` come from the previous sentence.
    inherited: bool = False
    paragraph: int = 0
    #: The person or organisation named right beside the figure (its owner), if any.
    near_actor: str | None = None
    #: The place named right beside the figure ("1,444 were killed in Syria").
    near_place: str | None = None
    #: An amount in parentheses converting another ("EUR 110bn ($141bn)").
    conversion: bool = False
    #: Up to two words either side of the figure.
    context: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    #: A part introduced by "including".
    including: bool = False
    #: Anchor ids of the countries named in the sentence.
    countries: frozenset[str] = frozenset()
    #: Display names of the sentence's entities, by anchor id.
    names: Mapping[str, str] = field(default_factory=lambda: EMPTY, compare=False, hash=False)
    #: The event the statement belongs to, and how it was found: "own" (its sentence names
    #: the event), "discourse" (the paragraph's or the lead's event) or ``None``.
    event_ref: Event | None = None
    event_link: Literal["own", "discourse"] | None = None
    #: Whether the statement is the document's headline.
    headline: bool = False
    #: Whether the statement is in a draft checked against sources.
    draft: bool = False
    #: Whether the attribute is one that rises as reports come in (a toll): from its record.
    grows: bool = False
    #: Whether the attribute was read from the construction the figure is in ("12 people
    #: were killed", "killing 12"), not from a word further off in the sentence.
    bound: bool = False

    __reduce__ = reduce_record

    @property
    def kind(self) -> str:
        return self.mention.kind

    def describe(self) -> str:
        """The fact in words ("people killed", "amount of China-Pakistan Economic Corridor")."""
        parts = [p for p in (self.subject, self.attribute) if p]
        what = " ".join(parts) if parts else self.kind
        if self.event and self.event not in what:
            what += f" ({self.event})"
        return what


@dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    """Two claims judged to be about the same fact, with the evidence for it."""

    a: Claim
    b: Claim
    score: float
    evidence: tuple[str, ...]
    #: "strong" alignments may produce errors; "weak" ones only warnings.
    strength: Literal["strong", "weak"] = "strong"
    #: How much of the two sentences' content words they share (0 to 1).
    similarity: float = 0.0
    #: Nearly the same sentence with the figures in the same place.
    lexical: bool = False

    __reduce__ = reduce_plain


# --------------------------------------------------------------------------------------------
# findings


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """A span of a document in a finding, with line and column for people."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    value: Value | None = None
    message: str | None = None

    __reduce__ = reduce_plain

    def to_json(self, *, with_message: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "value": self.value.to_json() if self.value is not None else None,
        }
        if with_message:
            d["message"] = self.message or ""
        return d


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """A structured result of a rule: a primary statement and the statements it conflicts with."""

    code: str
    rule: str
    severity: Severity
    message: str
    claim: str
    location: Location
    related: tuple[Location, ...] = ()
    confidence: float = 1.0
    fingerprint: str = ""
    plugin: str = ""
    #: Why the two statements are taken to be about the same fact.
    evidence: tuple[str, ...] = ()
    #: Why they cannot both be true.
    reason: str = ""

    __reduce__ = reduce_plain

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "claim": self.claim,
            "location": self.location.to_json(),
            "related": [r.to_json(with_message=True) for r in self.related],
            "confidence": round(self.confidence, 3),
            "fingerprint": self.fingerprint,
        }
        if self.evidence:
            d["evidence"] = list(self.evidence)
        if self.reason:
            d["reason"] = self.reason
        if self.plugin:
            d["plugin"] = self.plugin
        return d

    @property
    def sort_key(self) -> tuple[str, int, str]:
        return (self.location.path, self.location.start, self.code)
