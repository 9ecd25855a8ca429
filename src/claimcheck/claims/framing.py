"""Claim framing: what fact does each value mention assert?

For a count the frame is the attribute (killed, injured, arrested ...), the head noun of what is
counted (people, soldiers) and the event the sentence is about: its trigger (attack, bombing),
places, actors and dates. For money it is the entity or thing the amount belongs to (the
"$62-billion China-Pakistan Economic Corridor"). For a date it is the event that happened then.

Statements that recall another event in passing ("the 2009 attack that killed 13") are marked
``scope="background"``; counts introduced by "including" or "another" are ``partial``; counts
with "total", "toll" or "bringing ... to" are ``total``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

import regex

from claimcheck.claims.attributes import (
    BUILTIN_ATTRIBUTES,
    AttributeSpec,
    AttributeTable,
    attribute_table,
)
from claimcheck.claims.constructions import Reading, read_construction, read_duration
from claimcheck.claims.event_kinds import cue_words, event_kind, outcome_words
from claimcheck.claims.events import (
    DEFINITE,
    OCCURRED,
    SCHEDULED,
    UNTOLD,
    EventLink,
    SentenceFacts,
    assign_events,
    in_story,
    one_kind,
    response_verb_at,
)
from claimcheck.claims.lexicon import (
    EVENT_TRIGGERS,
    GENERIC_EVENTS,
    KNOWN_SUBJECTS,
    MONEY_ATTRIBUTES,
    PARTIAL_CUES,
    PERSON_SUBJECTS,
    REPORTING_VERBS,
    STOPWORDS,
    SUBJECT_CLASSES,
    TOTAL_CUES,
)
from claimcheck.claims.money_roles import is_conversion
from claimcheck.claims.single_victims import single_victims
from claimcheck.claims.sums import coordinated_sums
from claimcheck.claims.verb_forms import is_past_form
from claimcheck.language.text import base_language
from claimcheck.model import Claim, DateValue, Document, Entity, Event, Mention, Segment
from claimcheck.plugin import hookimpl

__all__ = ["claimcheck_attributes", "claimcheck_frame_claims", "frame_document"]

#: word -> outcome kind ("died" -> death).
OUTCOMES = outcome_words()
CUES = cue_words()

_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019\-]*|\d[\d,.]*\d|\d")
_CLAUSE_BREAK = regex.compile(r"[;\u2014]|(?<!\d):(?!\s?\d)|\s\u2013\s|\s-\s")  # not "1:30"
_WINDOW = 12
_MODIFIER_SKIP = 3

_UNIT_DIMENSIONS = (
    ("hour", "duration"),
    ("minute", "duration"),
    ("second", "duration"),
    ("day", "duration"),
    ("week", "duration"),
    ("month", "duration"),
    ("year", "duration"),
    ("square", "area"),
    ("acre", "area"),
    ("hectare", "area"),
    ("per_hour", "speed"),
    ("degree", "temperature"),
    ("kelvin", "temperature"),
    ("liter", "volume"),
    ("litre", "volume"),
    ("gallon", "volume"),
    ("barrel", "volume"),
    ("cubic", "volume"),
    ("ton", "mass"),
    ("gram", "mass"),
    ("pound", "mass"),
    ("ounce", "mass"),
    ("meter", "length"),
    ("metre", "length"),
    ("mile", "length"),
    ("feet", "length"),
    ("foot", "length"),
    ("inch", "length"),
    ("yard", "length"),
    ("watt", "power"),
)


class _Tok(NamedTuple):
    """A word of a sentence (a named tuple: sentences are tokenized in the hot path)."""

    text: str
    low: str
    start: int
    end: int


_CORPORATE = regex.compile(
    r"-(?:inc|incorporated|ltd|limited|llc|plc|corp|corporation|co|company|sa|ag|asa|ab|nv|bv|gmbh|spa|srl|oyj|as|group|holdings)$"
)


@lru_cache(maxsize=4096)
def anchor_id(entity_id: str) -> str:
    """An entity id as an alignment anchor: without its type prefix (the text may not settle
    whether "Brightpaw" is an organisation) and without a company-form suffix ("Brightpaw
    Inc" is Brightpaw)."""
    slug = entity_id.split(":", 1)[-1]
    if entity_id.startswith("loc:"):
        return slug  # "Cusco" typed a place in one report and left untyped in another
    return _CORPORATE.sub("", slug)


def _dimension(unit: str) -> str:
    u = unit.lower()
    for key, dim in _UNIT_DIMENSIONS:
        if key in u:
            return dim
    return u


def _lemma(word: str) -> str:
    w = word.lower()
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return w.replace("\u2019", "'") if "\u2019" in w else w


_WIRE_DATE = r"(?:(?:,\s*\p{Lu}\p{Ll}+)?,\s*(?:[\p{Lu}][\p{L}.]+\s+)?(?:[\p{Lu}]\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}))"
_WIRE_AGENCY = r"(?:\s*\((?:Reuters|AP|AFP|dpa|DPA|Xinhua|ANI|PTI|UPI|IANS|Bloomberg|CNN|BBC)\))"
_DATELINE = regex.compile(
    # "ACCRA, Oct 5 (Reuters) - ", "LIMA (AP) — ", "WASHINGTON — ", "Rome, 5 October - "
    rf"\s*(?:\p{{Lu}}[\p{{Lu}}.'\- ]{{1,40}}{_WIRE_DATE}?{_WIRE_AGENCY}?"
    rf"|\p{{Lu}}\p{{Ll}}+(?:[ -]\p{{Lu}}\p{{Ll}}+){{0,2}}(?:{_WIRE_DATE}{_WIRE_AGENCY}?|{_WIRE_AGENCY}))"
    r"\s*[-\u2013\u2014]{1,2}\s+"
)


def _phrases(tokens: list[_Tok]) -> list[_Tok]:
    """Two-word event names ("air strikes", "highest level") read as one word: the first
    token takes the phrase as its lemma."""
    for i in range(len(tokens) - 1):
        pair = f"{tokens[i].low} {tokens[i + 1].low}"
        if pair in EVENT_TRIGGERS:
            tokens[i] = tokens[i]._replace(low=pair)
            tokens[i + 1] = tokens[i + 1]._replace(low=pair)  # "opened fire" is no fire
    return tokens


def _months_are_not_events(tokens: list[_Tok], mentions: Sequence[Mention]) -> None:
    """A word of a date that also names a kind of event ("March 4" is no protest march)
    names no event: its lemma is blanked."""
    spans = [(m.plain_start, m.plain_end) for m in mentions if m.kind == "date"]
    for i, t in enumerate(tokens):
        if t.low in EVENT_TRIGGERS and any(s <= t.start and t.end <= e for s, e in spans):
            tokens[i] = t._replace(low="")


class _Sentence:
    """A sentence's tokens and the mentions inside it (in analysis-text offsets)."""

    def __init__(self, doc: Document, seg: Segment, mentions: Sequence[Mention]) -> None:
        self.seg = seg
        self.text = doc.plain[seg.plain_start : seg.plain_end]
        base = seg.plain_start
        # a wire dateline ("ACCRA, Oct 5 (Reuters) -") says where and when the report was
        # filed, not where or when the event happened
        dl = _DATELINE.match(self.text)
        if dl:
            cut = base + dl.end()
            mentions = [m for m in mentions if m.plain_start >= cut]
        self.tokens = _phrases(
            [
                _Tok(m.group(), _lemma(m.group()), base + m.start(), base + m.end())
                for m in _TOKEN.finditer(self.text)
            ]
        )
        _months_are_not_events(self.tokens, mentions)
        self.breaks = [base + m.start() for m in _CLAUSE_BREAK.finditer(self.text)]
        self.ends = [t.end for t in self.tokens]
        self.mentions = mentions
        self.lows = frozenset(t.low for t in self.tokens)
        #: content words with their offsets, for the claims of this sentence
        self.content = [
            (t.low, t.start)
            for t in self.tokens
            if t.low not in STOPWORDS and len(t.low) > 2 and not t.low[0].isdigit()
        ]
        self.entities = [m for m in mentions if m.kind == "entity"]
        self.dates = [m for m in mentions if m.kind == "date"]

    def index_at(self, offset: int) -> int:
        """Index of the first token ending after ``offset``."""
        return bisect.bisect_right(self.ends, offset)

    def same_clause(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return not any(lo < x < hi for x in self.breaks)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from claimcheck.extraction.entities.gazetteer import territory_names

    return frozenset(n.lower() for n in territory_names("en").values())


def _is_country(m: Mention) -> bool:
    """Whether a place mention names a country (CLDR territories), not a city or province."""
    kind = m.attrs.get("place_kind") if m.attrs else None
    if kind is not None:
        return kind == "country"
    v = m.value
    return isinstance(v, Entity) and v.canonical.lower() in _country_names()


def _anchors(sent: _Sentence) -> tuple[tuple[str, ...], tuple[str, ...], DateValue | None]:
    places: list[str] = []
    actors: list[str] = []
    for e in sent.entities:
        v = e.value
        if not isinstance(v, Entity):
            continue
        if v.type == "location":
            places.append(anchor_id(v.id))
        else:
            actors.append(anchor_id(v.id))
    time: DateValue | None = None
    for d in sent.dates:
        v = d.value
        if isinstance(v, DateValue) and v.resolved:
            if time is None or not time.resolved or _span_days(v) < _span_days(time):
                time = v
        elif isinstance(v, DateValue) and time is None and (v.timex or "").startswith("XXXX-"):
            time = v  # "November 9" in an undated report: kept as written
    return tuple(dict.fromkeys(places)), tuple(dict.fromkeys(actors)), time


def _span_days(v: DateValue) -> int:
    assert v.start is not None and v.end is not None
    return (v.end - v.start).days


def _nearest(
    sent: _Sentence, pos_start: int, pos_end: int, table: Mapping[str, str]
) -> tuple[str, str] | None:
    """The closest token (by token distance, same clause) whose lemma is in ``table``."""
    lex = table
    i0 = sent.index_at(pos_start)
    i1 = sent.index_at(max(pos_start, pos_end - 1))
    best: tuple[int, int, str, str] | None = None
    lo, hi = max(0, i0 - _WINDOW - 1), min(len(sent.tokens), i1 + _WINDOW + 2)
    for j in range(lo, hi):
        t = sent.tokens[j]
        if i0 <= j <= i1:
            continue
        cls = lex.get(t.low)
        if cls is None:
            continue
        dist = i0 - j if j < i0 else j - i1
        if dist > _WINDOW:
            continue
        if not sent.same_clause(t.start, pos_start):
            continue
        lo_off, hi_off = (t.end, pos_start) if j < i0 else (pos_end, t.start)
        if "," in sent.text[lo_off - sent.seg.plain_start : hi_off - sent.seg.plain_start]:
            dist += 1  # "1 Dead, 2 Injured": a comma between them loosens the link
        # on a tie the word after the figure wins: "24 people dead and 249 people injured"
        key = (dist, 0 if j > i1 else 1)
        if best is None or key < best[:2]:
            best = (key[0], key[1], cls, t.low)
    return (best[2], best[3]) if best else None


_RUN_MAX = 4
_GAP_OK = regex.compile(r"[\s\-\u2011]*")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]  # "catches", "passes", "boxes"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _subject(
    sent: _Sentence,
    m: Mention,
    attribute_words: Mapping[str, str],
    time_words: frozenset[str] = frozenset(),
) -> str | None:
    """The head noun of what a number counts, as a synonym class when one is known ("26
    people", "three more armed separatists" -> militants, "seven AK-47 assault rifles" ->
    rifle, "the number of people killed ... to 20" -> people)."""
    toks = sent.tokens
    base = sent.seg.plain_start
    j = sent.index_at(max(m.plain_start, m.plain_end - 1))
    # the mention's own last token may be a word ("twenty-six"); start after the mention
    while j < len(toks) and toks[j].start < m.plain_end:
        j += 1
    run: list[_Tok] = []
    prev_end = m.plain_end
    while j < len(toks) and len(run) < _RUN_MAX:
        t = toks[j]
        if not _GAP_OK.fullmatch(sent.text[prev_end - base : t.start - base]):
            break
        low = t.low
        if not run and low in ("more", "other", "others", "of", "the", "additional", "further"):
            prev_end = t.end
            j += 1
            continue
        if low in STOPWORDS and low not in ("more", "other"):
            break
        if low in attribute_words and not SUBJECT_CLASSES.get(low):
            break  # "Five dead", "24 killed": the attribute, not what is counted
        if run and low in _ADVERBS_AFTER:
            break  # "carrying 23 students home": where they went, not what is counted
        if low in time_words or low in _WHERE_PRESENT:
            break  # "injured seven others Monday", "4 customers inside": not what is counted
        if run and len(low) > 4 and low.endswith("ing") and low not in SUBJECT_CLASSES:
            break  # "40 Palestinians seeking shelter": a clause of their own begins
        run.append(t)
        prev_end = t.end
        if low in EVENT_TRIGGERS:
            break  # "a 7.8 earthquake struck ...": the event noun ends the phrase
        cls = SUBJECT_CLASSES.get(low)
        if cls and (j + 1 >= len(toks) or SUBJECT_CLASSES.get(toks[j + 1].low) is None):
            return cls
        j += 1
    words = [t for t in run if not t.low[0].isdigit()]
    if words:
        head = words[-1].low
        cls = SUBJECT_CLASSES.get(head)
        if cls:
            return cls
        # "two counts of murder", "13 magazines of ammunition": the complement says what
        if j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low not in STOPWORDS:
            return f"{_singular(head)} of {_singular(toks[j + 1].low)}"
        return _singular(head)
    # "the number of people killed in ... to 20": look left for "number of X" / "toll of X"
    i0 = sent.index_at(m.plain_start)
    for k in range(i0 - 1, max(-1, i0 - _WINDOW), -1):
        if (
            toks[k].low in ("number", "toll", "count", "tally")
            and k + 2 < len(toks)
            and toks[k + 1].low == "of"
        ):
            return SUBJECT_CLASSES.get(toks[k + 2].low) or _singular(toks[k + 2].low)
    return None


#: Adverbs right after a counted group ("sent 40 workers home", "brought 12 sailors ashore").
_ADVERBS_AFTER = frozenset({"home", "back", "away", "ashore", "aboard"})
#: Words after a counted group that say where it was ("4 customers inside", "31 aboard").
_WHERE_PRESENT = frozenset({"inside", "aboard", "onboard"})


def _distance(sent: _Sentence, m: Mention, word: str) -> int:
    """Tokens between a mention and the nearest occurrence of ``word`` in its sentence."""
    i0 = sent.index_at(m.plain_start)
    i1 = sent.index_at(max(m.plain_start, m.plain_end - 1))
    best = len(sent.tokens)
    for j, t in enumerate(sent.tokens):
        if t.low == word:
            best = min(best, i0 - j if j < i0 else max(0, j - i1))
    return best


#: A place named before a figure holds it only when a preposition places something there
#: ("In Syria, 1,444 died"); otherwise it names where the event was ("A Michigan office
#: shooting left 1 dead").
_LOCATIVE_BEFORE = regex.compile(
    r"(?i)\b(?:in|at|inside|outside|near|across|throughout|from)\s+(?:the\s+)?\Z"
)


def _near_actor(sent: _Sentence, m: Mention, *, places: bool = False) -> str | None:
    """The person or organisation (or, with ``places``, the place) named closest to a figure
    in its clause, if any: in "X scored 20 points and Y 15", 20 belongs to X; in "2,921 died
    in Turkey, while 1,444 were killed in Syria", 1,444 belongs to Syria."""
    best: tuple[int, str] | None = None
    for e in sent.entities:
        v = e.value
        if not isinstance(v, Entity) or (v.type == "location") != places:
            continue
        if not sent.same_clause(e.plain_start, m.plain_start):
            continue
        if e.plain_end <= m.plain_start:
            if places and not _LOCATIVE_BEFORE.search(
                sent.text, 0, e.plain_start - sent.seg.plain_start
            ):
                continue  # "Troy, Michigan office shooting: 1 dead": the event's place
            gap = sent.text[
                e.plain_end - sent.seg.plain_start : m.plain_start - sent.seg.plain_start
            ]
        elif e.plain_start >= m.plain_end:
            gap = sent.text[
                m.plain_end - sent.seg.plain_start : e.plain_start - sent.seg.plain_start
            ]
        else:
            continue
        if e.plain_start >= m.plain_end and not gap.strip():
            continue  # "killed 40 Palestinians": the counted group, not the figure's holder
        words = len(gap.split())
        if words > 6:
            continue
        if best is None or words < best[0]:
            best = (words, anchor_id(v.id))
    return best[1] if best else None


def _context(sent: _Sentence, m: Mention) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Up to two words either side of a mention, for telling list items apart."""
    i0 = sent.index_at(m.plain_start)
    j = i0
    while j < len(sent.tokens) and sent.tokens[j].start < m.plain_end:
        j += 1
    left = tuple(t.low for t in sent.tokens[max(0, i0 - 2) : i0])
    right = tuple(t.low for t in sent.tokens[j : j + 2])
    return left, right


def _reference_date(document: Document, mentions: Sequence[Mention]) -> dt.date | None:
    """The publication date, or for an undated document the middle of the year its absolute
    dates name most often: what "recent" means for it."""
    if document.published:
        return document.published
    years = Counter(
        m.value.start.year
        for m in mentions
        if isinstance(m.value, DateValue) and m.value.resolution == "absolute" and m.value.start
    )
    if not years:
        return None
    return dt.date(years.most_common(1)[0][0], 7, 1)


def _is_background(sent: _Sentence, ref: dt.date | None) -> bool:
    """A sentence about another, earlier event: it names a date more than a year before the
    document's reference date ("the 2004 tsunami that killed 170,000", "last year, a quake")."""
    for d in sent.dates:
        v = d.value
        if not isinstance(v, DateValue):
            continue
        if v.resolved and ref is not None:
            assert v.end is not None
            if (ref - v.end).days > 365:
                return True
        elif not v.resolved and (v.timex or "").startswith("PAST_REF-year"):
            return True
    return False


#: Words that set a sentence's toll in an earlier time than the story's: "earlier this year",
#: "last month", "two years ago".
_RECALLED = regex.compile(
    r"\b(?:earlier|previously)\s+(?:this|that)\s+(?:year|month)\b|"
    r"\blast\s+(?:year|month|spring|summer|fall|autumn|winter)\b|"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years|months|"
    r"decades)\s+(?:ago|earlier|before)\b",
    regex.I,
)
#: Paragraphs after the lead's in which "N others" still contrasts with the lead's count.
_LEAD_PARAGRAPHS = 2

_SCOPES = {"inclusive": "partial", "aggregate": "total", "breakdown": "partial", "part": "partial"}


def _construction(
    plain: str, seg: Segment, m: Mention, attribute_words: Mapping[str, str]
) -> Reading | None:
    return read_construction(
        plain[seg.plain_start : m.plain_start],
        plain[m.plain_end : min(len(plain), m.plain_end + 120)],
        plain[m.plain_end : seg.plain_end],
        attribute_words,
    )


def _apply(
    reading: Reading, attribute: str | None, subject: str | None, bound: bool
) -> tuple[str | None, str | None, bool]:
    """A figure's attribute, counted group and whether its attribute is bound, as its
    construction says (see :mod:`claimcheck.claims.constructions`)."""
    if reading.kind == "presence":
        return reading.attribute, subject, True  # those present: no casualty, a count of its own
    if reading.kind in ("frequency", "ages", "events", "unrelated", "modifier"):
        return None, reading.subject or subject, False
    if reading.kind == "fatal":
        return reading.attribute, None, True  # the dead among those just counted
    if reading.kind in ("predicate", "shot"):
        # "cutting 1,700 jobs" and "1,200 workers will lose their jobs" count one thing
        return reading.attribute, reading.subject or subject, True
    return attribute, subject, bound


def _can_count(subject: str | None, reading: Reading | None) -> bool:
    """Whether a growing attribute (killed, arrested ...) can count this group: people can,
    and so can a group the lexicon does not know when the construction binds the verb to the
    figure ("arrested 25 pirates", "three councilmen charged"); games or houses cannot."""
    if subject is None or subject in PERSON_SUBJECTS:
        return True
    bound = reading is not None and reading.kind in ("predicate", "fatal")
    return bound and subject not in KNOWN_SUBJECTS


@lru_cache(maxsize=8)
def _time_words(language: str) -> frozenset[str]:
    """The names of weekdays and months (CLDR) and "today", "yesterday" ... of a language:
    words that end a counted phrase ("seven others Monday")."""
    from claimcheck.language.calendar import calendar_words

    try:
        words = calendar_words(base_language(language))
    except ValueError:
        return frozenset()
    single = (w for w in words.references if " " not in w)
    return frozenset(w.lower() for w in (*words.weekdays, *words.months, *single))


def _contrasting_others(
    sent: _Sentence, m: Mention, attribute: str | None, attribute_words: Mapping[str, str]
) -> bool:
    """ "N others" after a count of another attribute in the sentence ("two were killed and
    seven others were wounded") means others than those: every one wounded, not a part."""
    i0 = sent.index_at(m.plain_start)
    after = [t.low for t in sent.tokens[i0 + 1 : i0 + 2]]
    if after not in (["other"], ["others"], ["more"]) or _including(sent, m):
        return False  # "killed three people and injured two more": every one injured
    earlier = {attribute_words.get(t.low) for t in sent.tokens[:i0]}
    return bool(earlier - {None, attribute, "aged"})


def _quantity(plain: str, sent: _Sentence, m: Mention, words: Mapping[str, str]) -> _What:
    """A measure's dimension or, for a duration its words say more of, what lasted that
    long: "jailed for seven years" (a prison term), "suspended for 90 minutes" (a halt)."""
    dimension = _dimension(getattr(m.value, "unit", ""))
    if dimension == "duration":
        what = read_duration(
            plain[sent.seg.plain_start : m.plain_start], plain[m.plain_end : sent.seg.plain_end]
        )
        if what is not None:
            return _What(what, None, None, True)
    return _What(dimension, _subject(sent, m, words))


def _others_after(
    sent: _Sentence,
    prev: _Sentence | None,
    m: Mention,
    attribute: str | None,
    words: Mapping[str, str],
) -> bool:
    """ "N others" opening a sentence right after one of its paragraph that counts another
    attribute ("Two people died. Seven others were taken to hospital."): others than those,
    so every one of them, as when both are told in one sentence."""
    i0 = sent.index_at(m.plain_start)
    if prev is None or i0 > 1:
        return False
    if [t.low for t in sent.tokens[i0 + 1 : i0 + 2]] not in (["other"], ["others"], ["more"]):
        return False
    if not any(x.kind == "number" for x in prev.mentions):
        return False
    named = {words.get(t.low) for t in prev.tokens}
    return bool(named - {None, attribute, "aged"})


def _another_of_other_fate(
    sent: _Sentence, m: Mention, attribute: str | None, words: Mapping[str, str]
) -> bool:
    """ "One man dead and another injured": "another" with a predicate of its own names
    someone else, so the figure is all of its own, not a part."""
    i0 = sent.index_at(m.plain_start)
    later = [t.low for t in sent.tokens[i0 + 1 : i0 + 9]]
    if "another" not in later:
        return False
    k = later.index("another")
    if k == 0 or later[k - 1] != "and":
        return False
    named = {words.get(w) for w in later[k + 1 : k + 4]} - {None, "aged"}
    return bool(named) and attribute not in named


def _quoted(quotes: Sequence[tuple[int, int]], m: Mention) -> bool:
    """Whether a figure is inside a quotation ("there's three people shot!"): a witness's
    words, not the report's own count."""
    i = bisect.bisect_right(quotes, (m.plain_start, 1 << 62)) - 1
    return i >= 0 and quotes[i][0] <= m.plain_start and m.plain_end <= quotes[i][1]


def _has_recent_date(sent: _Sentence, ref: dt.date | None) -> bool:
    """Whether a sentence also dates something within the year before the reference date
    ("crested on Monday, below the 1997 level": about now, recalling the past in passing)."""
    if ref is None:
        return False
    for d in sent.dates:
        v = d.value
        if isinstance(v, DateValue) and v.resolved:
            assert v.end is not None
            if (ref - v.end).days <= 365:
                return True
    return False


def _scope(sent: _Sentence, m: Mention, doc: Document, time: DateValue | None) -> str:
    i0 = sent.index_at(m.plain_start)
    before = {t.low for t in sent.tokens[max(0, i0 - 3) : i0]}
    after = [t.low for t in sent.tokens[i0 + 1 : i0 + 3]]
    later = [t.low for t in sent.tokens[i0 + 1 : i0 + 7]]
    if (
        after[:1] == ["of"]
        and after[1:2]
        and after[1] in ("the", "these", "those", "them", "whom", "which", "its", "their")
    ):
        return "partial"  # "two of the three victims"
    including = any(
        t.low in ("including", "includes", "included") and sent.same_clause(t.start, m.plain_start)
        for t in sent.tokens[max(0, i0 - 6) : i0]
    )
    if (
        including
        or (before & PARTIAL_CUES and not _among_whole(sent, i0))
        or after[:2] == ["of", "them"]
        or after[:1] in (["more"], ["other"], ["others"])
        or "another" in later
    ):
        return "partial"
    if sent.lows & TOTAL_CUES:
        return "total"
    return "unknown"


def _among_whole(sent: _Sentence, i0: int) -> bool:
    """ "Driver among 5 dead", "among the 12 injured": the figure is the whole group that
    something is among, not a part (unlike "among them three children")."""
    toks = sent.tokens
    prev = [t.low for t in toks[max(0, i0 - 2) : i0]]
    return prev[-1:] == ["among"] or prev == ["among", "the"]


def _content(sent: _Sentence, exclude: tuple[int, int]) -> frozenset[str]:
    """The sentence's content words, less those of the mention itself."""
    lo, hi = exclude
    return frozenset(w for w, start in sent.content if not lo <= start < hi)


def _money_subject(sent: _Sentence, m: Mention) -> tuple[str | None, str | None]:
    """The entity an amount belongs to: the name right after an attributive amount ("the
    $62-billion China-Pakistan Economic Corridor") or the name it stands in apposition to ("the
    China-Pakistan Economic Corridor (CPEC), a $65-billion investment")."""
    best: tuple[int, Mention] | None = None
    for e in sent.entities:
        if not isinstance(e.value, Entity) or e.value.type == "location":
            continue
        if e.plain_start >= m.plain_end:
            gap = sent.text[
                m.plain_end - sent.seg.plain_start : e.plain_start - sent.seg.plain_start
            ]
            if not gap.strip(" -\u2011"):
                dist = len(gap)
            else:
                continue
        elif e.plain_end <= m.plain_start:
            gap = sent.text[
                e.plain_end - sent.seg.plain_start : m.plain_start - sent.seg.plain_start
            ]
            # apposition: "Entity (ABBR), a $X", "Entity, worth $X", "Entity's $X"
            if not regex.fullmatch(
                r"(?:\s*\([^()]{1,12}\))?\s*(?:,\s*(?:an?|the|some|worth|valued at|estimated at|"
                r"which (?:is|was) worth|costing|at)?\s*|'s\s+|\u2019s\s+|\s+(?:worth|valued at|costing|at)\s+)",
                gap,
            ):
                continue
            dist = len(gap)
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, e)
    if best is None:
        return None, None
    v = best[1].value
    assert isinstance(v, Entity)
    return v.canonical, anchor_id(v.id)


def _facts(sent: _Sentence, ref: dt.date | None) -> SentenceFacts:
    places, actors, _ = _anchors(sent)
    triggers = tuple(
        (EVENT_TRIGGERS[t.low], tuple(x.low for x in sent.tokens[max(0, j - 2) : j]))
        for j, t in enumerate(sent.tokens)
        if t.low in EVENT_TRIGGERS
    )
    spans = tuple(
        d.value
        for d in sent.dates
        if isinstance(d.value, DateValue)
        and d.value.resolved
        and _span_days(d.value) <= 92
        and not _of_the_telling(sent, d)
    )
    # the dates of events first, those of statements ("said on Wednesday") last
    dated = sorted(
        (
            d
            for d in sent.dates
            if isinstance(d.value, DateValue) and d.value.resolved and _span_days(d.value) <= 92
        ),
        key=lambda d: (
            _date_event(sent, d) is None,
            # "in mourning tonight after Saturday night's party": the report's day last
            isinstance(d.value, DateValue) and (d.value.timex or "").startswith("PRESENT_REF"),
        ),
    )
    dates = tuple(
        d.value
        for d in dated
        if isinstance(d.value, DateValue)
        and _span_days(d.value) <= 7
        and not _bound(sent, d)
        and not _of_an_act(sent, d)
        and not _stamped(sent, d)
    )
    names = {
        anchor_id(e.value.id): e.value.canonical
        for e in sent.entities
        if isinstance(e.value, Entity)
    }
    return SentenceFacts(
        paragraph=sent.seg.paragraph,
        triggers=triggers,
        places=places,
        actors=actors,
        dates=dates,
        spans=spans,
        background=_is_background(sent, ref) and not _has_recent_date(sent, ref),
        names=MappingProxyType(names),
        outcomes=tuple(OUTCOMES[t.low] for t in sent.tokens if t.low in OUTCOMES),
        cues=tuple(CUES[t.low] for t in sent.tokens if t.low in CUES),
        stamps=tuple(
            d.value
            for d in sent.dates
            if isinstance(d.value, DateValue) and d.value in spans and _stamped(sent, d)
        ),
    )


#: "just before Christmas 2002", "until Friday": a date the sentence's event lies before,
#: not the day it happened
_BOUND_BEFORE = regex.compile(r"(?<!\w)(?:before|until|till|ahead\s+of)\s+\Z", regex.IGNORECASE)


def _stamped(sent: _Sentence, m: Mention) -> bool:
    """A page's update or posting stamp ("UPDATE 5/21/16:", "Posted Monday"): the day of
    the report, not of its event."""
    base = sent.seg.plain_start
    before = sent.text[max(0, m.plain_start - base - 30) : m.plain_start - base]
    return bool(_STAMP_BEFORE.search(before))


def _stamp_line(sent: _Sentence) -> bool:
    """A sentence that opens with a page's stamp ("UPDATE 5/21/16: Police have named the
    victim"): no sentence of the story's lead."""
    return any(_stamped(sent, d) for d in sent.dates[:1])


def _of_the_telling(sent: _Sentence, m: Mention) -> bool:
    """A day the sentence was said on ("has died, police said Saturday") or of an act done
    after the event ("arrested a man Thursday"): no sign that the sentence tells of another
    event than its story's."""
    found = _date_attachment(sent, m)
    return (found is not None and found[0] == "report") or _of_an_act(sent, m)


def _of_an_act(sent: _Sentence, m: Mention) -> bool:
    """A date of what was done after the event ("charged Wednesday", "on Tuesday
    identified"): not a day the event may be dated by."""
    found = _date_attachment(sent, m)
    if found is not None and found[0] == "act":
        return True
    i1 = sent.index_at(max(m.plain_start, m.plain_end - 1))
    after = sent.tokens[i1 + 1 : i1 + 2]
    return bool(after) and after[0].low in _OWN_ACTS  # "police on Tuesday identified the men"


def _bound(sent: _Sentence, m: Mention) -> bool:
    base = sent.seg.plain_start
    before = sent.text[max(0, m.plain_start - base - 12) : m.plain_start - base]
    return _BOUND_BEFORE.search(before) is not None


_HEADLINE_END = regex.compile(r"[.!?:;\"\u201d\u2019']\s*\Z")


def _is_headline(document: Document, segments: Sequence[Segment], index: int) -> bool:
    """The opening sentence is a headline when it stands alone in its paragraph and does not
    end like a sentence ("Warehouse fire kills 41 workers")."""
    if index != 0 or not segments:
        return False
    seg = segments[0]
    if len(segments) > 1 and segments[1].paragraph == seg.paragraph:
        return False
    text = document.plain[seg.plain_start : seg.plain_end]
    return len(text) < 200 and not _HEADLINE_END.search(text)


def document_events(
    document: Document,
    segments: Sequence[Segment],
    by_sentence: Mapping[int, Sequence[Mention]],
    ref: dt.date | None,
    cache: dict[int, _Sentence],
) -> list[EventLink]:
    """Each sentence's event (see :mod:`claimcheck.claims.events`)."""
    facts = []
    for i, seg in enumerate(segments):
        sent = cache.get(i)
        if sent is None:
            sent = cache[i] = _Sentence(document, seg, by_sentence.get(i, []))
        facts.append(_facts(sent, ref))
    return assign_events(document.id, facts, document.published)


class _What(NamedTuple):
    """What a figure states: attribute, counted group or owner, and how surely."""

    attribute: str | None
    subject: str | None = None
    subject_id: str | None = None
    bound: bool = True
    reading: Reading | None = None


class _Framer:
    """Frames the claims of one document (its sentences analysed once each)."""

    def __init__(
        self,
        document: Document,
        segments: Sequence[Segment],
        mentions: Sequence[Mention],
        table: AttributeTable,
    ) -> None:
        self.doc = document
        self.segments = segments
        self.table = table
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            self.by_sentence.setdefault(m.sentence, []).append(m)
        self.cache: dict[int, _Sentence] = {}
        self.ref = _reference_date(document, mentions)
        self.links = document_events(document, segments, self.by_sentence, self.ref, self.cache)
        self.quotes = sorted((m.plain_start, m.plain_end) for m in mentions if m.kind == "quote")

    def sentence(self, index: int) -> _Sentence:
        sent = self.cache.get(index)
        if sent is None:
            seg = self.segments[index]
            sent = self.cache[index] = _Sentence(self.doc, seg, self.by_sentence.get(index, []))
        return sent

    def anchors(
        self, m: Mention, sent: _Sentence
    ) -> tuple[tuple[str, ...], tuple[str, ...], DateValue | None, bool]:
        """Places, actors and time of a statement, from its sentence or, without any, from
        the sentence before in its paragraph (``inherited``)."""
        places, actors, time = _anchors(sent)
        if places or actors or m.sentence == 0:
            return places, actors, time, False
        prev = self.segments[m.sentence - 1]
        if prev.paragraph != sent.seg.paragraph and sent.entities:
            return places, actors, time, False
        places, actors, ptime = _anchors(self.sentence(m.sentence - 1))
        return places, actors, time or ptime, bool(places or actors)

    def count(self, sent: _Sentence, m: Mention) -> _What:
        """The attribute and counted group of a number."""
        plain = self.doc.plain
        att = _nearest(sent, m.plain_start, m.plain_end, self.table.words)
        attribute = att[0] if att else None
        bound = att is not None and _distance(sent, m, att[1]) <= _BOUND
        val = getattr(m.value, "value", None)
        if attribute == "magnitude" and att and _distance(sent, m, att[1]) > 3:
            attribute = None  # "seven villages" near "magnitude": not the magnitude
        if attribute == "aged" and att and _distance(sent, m, att[1]) > 1:
            attribute = None  # "five girls, aged 15 and 12": five is not an age
        grows = self.table.grows
        subject = _subject(sent, m, self.table.words, _time_words(self.doc.language))
        if subject is None:
            subject = _elided_subject(self, sent, m)
        if _ON_BOARD.match(plain, m.plain_end, min(len(plain), m.plain_end + 60)):
            attribute = "aboard"  # "a plane with 54 people on board", "killing all 52 aboard"
        reading = _construction(plain, sent.seg, m, self.table.words)
        if reading is not None:
            attribute, subject, bound = _apply(reading, attribute, subject, bound)
        if subject in PERSON_SUBJECTS and _CARRYING.search(
            plain, max(0, m.plain_start - 16), m.plain_start
        ):
            # "the plane was carrying 48 passengers", "a bus carrying 23 students rolled over"
            attribute, bound = "aboard", True
        if _is_age(plain, m):
            attribute, subject = "aged", "age"  # "Alice McMeekin, 58, and ..."
        if attribute in grows and val is not None and not float(val).is_integer():
            attribute = None  # "6.4" is not a count of people killed, nor is "a third"
        if attribute in grows and not _can_count(subject, reading):
            attribute = None  # "missed nine games because of the injury": not nine injured
        return _What(attribute, subject, None, bound, reading)

    def what(self, sent: _Sentence, m: Mention) -> _What:
        if m.kind == "number":
            return self.count(sent, m)
        if m.kind == "money":
            att = _nearest(sent, m.plain_start, m.plain_end, _money_words(sent))
            attribute = att[0] if att else "amount"
            rate = _rate(sent, m)
            if rate:
                attribute += f" per {rate}"
            return _What(attribute, *_money_subject(sent, m))
        if m.kind == "quantity":
            return _quantity(self.doc.plain, sent, m, self.table.words)
        if m.kind == "percent":
            return _What("percent", _percent_subject(sent, m))
        return _What(self.date_event(sent, m))

    def date_event(self, sent: _Sentence, m: Mention) -> str | None:
        """The event a date dates: the event or verb it is attached to; for a day next to a
        casualty verb or an outcome ("was fatally wounded Saturday", "died Thursday"), the
        event its sentence is about when that is the story's main event told there; for a
        day in the clause of the lead's event word with nothing nearer ("started shooting at
        a party on Alder Street in the early hours of March 9"), the main event; none for a
        reporting verb's date or a page's stamp."""
        if _stamp(sent, m):
            return None
        found = _date_attachment(sent, m, self.table.words)
        if _ahead(sent, m):
            return _scheduled(sent, found)
        if self._untold_day(sent, m, found):
            return UNTOLD
        if found is not None and found[0] == "event" and _two_of_a_kind(sent, found[1]):
            return None  # "a quake rattled ... Wednesday, days after a quake levelled ..."
        if found is not None and found[0] == "event" and self._loose_main(sent, m, found[1]):
            return self.links[min(m.sentence, len(self.links) - 1)].event.type
        if found is not None and found[0] in ("event", "attribute", "report", "act"):
            return found[1]
        v = m.value
        if not isinstance(v, DateValue) or not _names_a_day(v, self.doc.published):
            return None
        link = self.links[min(m.sentence, len(self.links) - 1)]
        ev = link.event
        if found is None and link.how == "own" and _happened_on(sent, m, ev):
            return ev.type
        if found is None and _responded_on(sent, m, ev) and not _quoted(self.quotes, m):
            return ev.type  # "Officers were called to ... just before 10 p.m. Monday"
        if found is None:
            lead = self._in_lead_clause(sent, m, ev) and link.how == "own"
            lead = lead or self._main_day(sent, m, ev)
            return ev.type if lead or self._lead_day(sent, m, ev) else None
        if not in_story(ev, link.how, m.sentence, sent.seg.paragraph):
            return None
        if found[0] == "outcome" and found[1] != ev.type:
            return None  # "died Monday" in a story of Saturday's shooting: a later day
        return ev.type

    def _loose_main(self, sent: _Sentence, m: Mention, kind: str | None) -> bool:
        """Whether a date's event word is a generic word for its sentence's main event, told
        as that one event ("the attack on Saturday", "in Sunday's blast" in the story of a
        bombing): the main event's day. Not a series ("in furious clashes with police
        Wednesday") nor another event ("another attack on Monday"), nor a day named
        only as the report's ("this morning")."""
        link = self.links[min(m.sentence, len(self.links) - 1)]
        ev = link.event
        if kind is None or ev.type is None or kind == ev.type or not ev.main:
            return False
        if link.how != "own" or kind not in GENERIC_EVENTS or not one_kind(kind, ev.type):
            return False
        v = m.value
        if not isinstance(v, DateValue) or not _names_a_day(v, self.doc.published):
            return False
        return any(
            EVENT_TRIGGERS.get(t.low) == kind
            and not t.low.endswith("s")
            and not _INDEFINITE & {x.low for x in sent.tokens[max(0, j - 2) : j]}
            for j, t in enumerate(sent.tokens)
        )

    def _untold_day(
        self, sent: _Sentence, m: Mention, found: tuple[str, str | None] | None
    ) -> bool:
        """Whether a date is the day of a main event no word of the lead names by its kind
        ("Federal prosecutors on Monday charged two councilmen", "Workers learned on June 12
        that their jobs will go"): the only day of the headline and lead, in the first
        clause of its sentence, written without a year, in no one's quoted words, and not a
        reporting verb's day unless what is said is a plan ("said on Tuesday it would close
        the plant": the announcement is the news; "said Thursday the actress checked into
        rehab" dates the saying)."""
        link = self.links[min(m.sentence, len(self.links) - 1)]
        ev = link.event
        if not ev.main or ev.type is not None or ev.scope != "story":
            return False
        v = m.value
        if not isinstance(v, DateValue) or not _names_a_day(v, self.doc.published):
            return False
        if not ev.sentence <= m.sentence <= ev.sentence + 1 or _YEAR.search(m.text):
            return False
        if found is not None and (found[0] != "report" or not _plans_after(sent, m)):
            return False
        days = [
            x
            for i in range(ev.sentence, m.sentence + 1)
            for x in self.by_sentence.get(i, ())
            if isinstance(x.value, DateValue) and _names_a_day(x.value, self.doc.published)
        ]
        if days[:1] != [m] or any(x.sentence == m.sentence for x in days[1:]):
            return False  # a day before it, or two in its sentence: which is the event's?
        i0 = sent.index_at(m.plain_start)
        before = sent.tokens[:i0]
        if not all(sent.same_clause(t.start, m.plain_start) for t in before):
            return False  # "..., but on Saturday the crowd turned": another clause's day
        if any(t.low in _LINKS or t.low in _SUBORDINATORS for t in before):
            return False  # "after she left a clinic on Sunday": the day of what came before
        return not _quoted(self.quotes, m)

    def _main_day(self, sent: _Sentence, m: Mention, ev: Event) -> bool:
        """Whether a date is the day the story's lead gives its main event, whatever verb
        tells it ("Bus crash injures 23" over "... taken to hospitals on Thursday after
        their school bus rolled onto its side"): the day the event was dated by, the first
        day of the headline and lead and the only one of its sentence, in no one's quoted
        words, and not the day of a predicate of its own before the event's word ("Jurors
        on Friday watched video of the moment two workers were shot")."""
        if not ev.main or ev.type is None or ev.scope != "story":
            return False
        if not any(_names_kind(t, ev.type) for t in self.sentence(ev.sentence).tokens):
            return False  # "gathered Monday to remember a man killed by a gunman": no kind said
        if not ev.sentence <= m.sentence <= ev.sentence + 1 or _own_day(
            sent, m, ev, self.table.words
        ):
            return False
        if _YEAR.search(m.text):
            return False  # "posted on Wednesday, September 18, 2013": a page's stamp, often
        days = [
            x
            for i in range(ev.sentence, m.sentence + 1)
            for x in self.by_sentence.get(i, ())
            if isinstance(x.value, DateValue) and _names_a_day(x.value, self.doc.published)
        ]
        if ev.date is not None and m.value != ev.date:
            return False  # the event was dated by another day of its lead
        if days[:1] != [m] or any(x.sentence == m.sentence for x in days[1:]):
            return False  # a day before it, or two in its sentence: which is the event's?
        return not _quoted(self.quotes, m)

    def _lead_day(self, sent: _Sentence, m: Mention, ev: Event) -> bool:
        """Whether a day that no word of its clause claims is the day of the main event: the
        only day its sentence names, in the lead that tells the main event ("Yvonne Hiller
        returned Saturday evening, gunned down two women"; "Three shells hit the school at
        about 3pm on Tuesday"), in the sentence's first clause (no "but", "after", "said"
        before it), in a sentence that names no other kind of event and is not told in
        another's words."""
        if not ev.main or ev.type is None or ev.scope != "story":
            return False
        if not ev.sentence <= m.sentence <= ev.sentence + LEAD_DAY_SPAN:
            return False
        others = (x.value for x in sent.mentions if x.kind == "date" and x is not m)
        if any(isinstance(v, DateValue) and _names_a_day(v, self.doc.published) for v in others):
            return False  # "Tuesday the crowd was calm, but on Saturday ...": which one?
        kinds = {EVENT_TRIGGERS.get(t.low) for t in sent.tokens} - {None, ev.type}
        if kinds - GENERIC_EVENTS:
            return False
        i0 = sent.index_at(m.plain_start)
        i1 = sent.index_at(max(m.plain_start, m.plain_end - 1))
        before, after = sent.tokens[:i0], sent.tokens[i1 + 1 :]
        named = [t for t in before if _names_kind(t, ev.type)]
        if not (named or any(_names_kind(t, ev.type) for t in after)):
            return False  # "On Monday a crowd marched to the precinct": the sentence's own day
        clause = [t for t in before if sent.same_clause(t.start, m.plain_start)]
        if any(_names_kind(t, ev.type) for t in clause):
            return False  # the event's word before the day, in its clause: that clause decides
        if any(t.low in _LINKS or _verb_like(t) for t in clause):
            return False  # "handed out blankets Monday to survivors of the quake"
        if not named and after and _own_verb(sent, m, after[0]):
            return False  # "Regulators on Tuesday opened an inquiry after a shooting"
        return not _quoted(self.quotes, m)

    def _in_lead_clause(self, sent: _Sentence, m: Mention, ev: Event) -> bool:
        """Whether a date is in the clause of the word that names the main event in the
        sentence introducing it (or the lead after a headline), after that word: the lead's
        predicate is what it dates."""
        if not ev.main or ev.type is None or not ev.sentence <= m.sentence:
            return False
        stamps = sum(_stamp_line(self.sentence(i)) for i in range(ev.sentence + 1, m.sentence))
        if m.sentence > ev.sentence + 1 + stamps:
            return False  # beyond the lead ("UPDATE 5/21/16: ..." lines are none of it)
        i0 = sent.index_at(m.plain_start)
        base = sent.seg.plain_start
        for j in range(i0 - 1, -1, -1):
            t = sent.tokens[j]
            if (
                _opens_clause_at(sent, j, i0, self.table.words)
                or "," in sent.text[t.end - base : m.plain_start - base]
            ):
                return False  # "..., final results showed on Monday": another predicate's day
            if EVENT_TRIGGERS.get(t.low, OUTCOMES.get(t.low)) == ev.type:
                i1 = sent.index_at(max(m.plain_start, m.plain_end - 1))
                acts = _act_between(sent, j, i0, i1, ev.type, self.table.words)
                acts = acts or _told_in_passing(sent, j, i0, self.table.words)
                return sent.same_clause(t.start, m.plain_start) and not acts
        return False

    def scope(self, sent: _Sentence, m: Mention, what: _What, time: DateValue | None) -> str:
        if m.kind == "date":
            v = m.value
            if isinstance(v, DateValue) and v.resolved and self.ref is not None:
                assert v.end is not None
                if (self.ref - v.end).days > 365:
                    return "background"
            return "unknown"
        scope = _scope(sent, m, self.doc, time)
        if scope != "partial" and _is_background(sent, self.ref):
            return "background"
        if what.attribute in self.table.grows and _RECALLED.search(sent.text):
            return "background"  # "Earlier this year, a campus shooting left three dead"
        reading = what.reading
        if reading is not None and reading.kind == "fatal":
            return "unknown"  # "five were shot, two of them fatally": all the dead
        if reading is not None and reading.kind in _SCOPES:
            if reading.kind == "part" and scope == "total":
                return scope  # "a total of 14 rifles, 31 magazines": items of a total
            return _SCOPES[reading.kind]
        if scope == "partial" and reading is not None and reading.kind == "predicate":
            if _contrasting_others(sent, m, what.attribute, self.table.words):
                return "unknown"  # "two were killed and seven others wounded": all the wounded
            prev = self._previous_in_paragraph(sent, m)
            if _others_after(sent, prev, m, what.attribute, self.table.words):
                return "unknown"  # "Two people died. Seven others were taken to hospital."
            if _others_after(sent, _lead(self, sent), m, what.attribute, self.table.words):
                return "unknown"  # the lead counts the dead, a later paragraph "two more"
            if _another_of_other_fate(sent, m, what.attribute, self.table.words):
                return "unknown"  # "left one man dead and another injured"
        return scope

    def _previous_in_paragraph(self, sent: _Sentence, m: Mention) -> _Sentence | None:
        if m.sentence == 0 or self.segments[m.sentence - 1].paragraph != sent.seg.paragraph:
            return None
        return self.sentence(m.sentence - 1)

    def claim(self, m: Mention) -> Claim:
        index = min(m.sentence, len(self.segments) - 1)
        seg = self.segments[index]
        link = self.links[index]
        sent = self.sentence(index)
        places, actors, time, inherited = self.anchors(m, sent)
        trig = _nearest(sent, m.plain_start, m.plain_end, EVENT_TRIGGERS)
        what = self.what(sent, m)
        event = what.attribute if m.kind == "date" else (trig[0] if trig else None)
        scope = self.scope(sent, m, what, time)
        qualifier = getattr(m.value, "qualifier", "exact")
        return Claim(
            doc=self.doc.id,
            mention=m,
            attribute=what.attribute,
            subject=what.subject,
            subject_id=what.subject_id,
            event=event,
            place=places,
            actors=actors,
            time=m.value if isinstance(m.value, DateValue) else time,
            hedges=(qualifier,) if qualifier != "exact" else (),
            scope=scope,  # type: ignore[arg-type]
            sentence_text=sent.text,
            content=_content(sent, (m.plain_start, m.plain_end)),
            triggers=tuple(
                sorted({EVENT_TRIGGERS[t.low] for t in sent.tokens if t.low in EVENT_TRIGGERS})
            ),
            inherited=inherited,
            paragraph=seg.paragraph,
            near_actor=what.subject_id or _near_actor(sent, m),
            near_place=_near_actor(sent, m, places=True),
            # "EUR 110bn ($141bn)": the outlet's own conversion of an amount
            conversion=is_conversion(self.doc.plain, m, sent.mentions),
            context=_context(sent, m),
            including=scope == "partial"
            and (
                _including(sent, m)
                or (what.reading is not None and what.reading.kind == "breakdown")
            ),
            countries=self.countries(sent, m, inherited),
            names=MappingProxyType(
                {
                    anchor_id(e.value.id): e.value.canonical
                    for e in sent.entities
                    if isinstance(e.value, Entity)
                }
            ),
            event_ref=link.event,
            event_link=link.how,
            headline=_is_headline(self.doc, self.segments, m.sentence),
            draft=self.doc.role == "draft",
            bound=what.bound and what.attribute is not None and not _quoted(self.quotes, m),
            grows=what.attribute in self.table.grows,
        )

    def countries(self, sent: _Sentence, m: Mention, inherited: bool) -> frozenset[str]:
        prev = _prev_entities(self.segments, self.by_sentence, m.sentence, inherited)
        return frozenset(
            anchor_id(e.value.id)
            for e in (*sent.entities, *prev)
            if isinstance(e.value, Entity) and _is_country(e)
        )


def _lead(framer: _Framer, sent: _Sentence) -> _Sentence | None:
    """The lead of the story (its first sentence after the headline) when ``sent`` comes in
    one of the paragraphs right after it."""
    segments = framer.segments
    first = 1 if _is_headline(framer.doc, segments, 0) else 0
    if first >= len(segments):
        return None
    lead = segments[first]
    if not 0 < sent.seg.paragraph - lead.paragraph <= _LEAD_PARAGRAPHS:
        return None
    return framer.sentence(first)


def _elided_subject(framer: _Framer, sent: _Sentence, m: Mention) -> str | None:
    """The counted group a coordinated figure leaves out: "killed three more armed
    separatists while arresting 11" (11 separatists). Only for a figure that ends its
    clause, right after a verb, and the figure before it in the same sentence."""
    plain = framer.doc.plain
    if not _ELIDED_END.match(plain, m.plain_end, min(len(plain), m.plain_end + 3)):
        return None
    earlier = [x for x in sent.mentions if x.kind == "number" and x.plain_end <= m.plain_start]
    if not earlier:
        return None
    prev = earlier[-1]
    between = plain[prev.plain_end : m.plain_start]
    if not _ELIDED_LINK.search(between):
        return None
    words = framer.table.words
    return _subject(sent, prev, words, _time_words(framer.doc.language))


def frame_document(
    document: Document,
    segments: Sequence[Segment],
    mentions: Sequence[Mention],
    attributes: Sequence[AttributeSpec] = BUILTIN_ATTRIBUTES,
) -> list[Claim]:
    """Frame a claim for every numeric and date mention of a document, reading counts with
    the given attribute records (the built-in ones and those plugins register)."""
    if not segments:
        return []
    framer = _Framer(document, segments, mentions, attribute_table(tuple(attributes)))
    claims = [
        framer.claim(m)
        for m in mentions
        if m.kind in ("number", "money", "quantity", "percent", "date")
        and not (m.kind == "number" and _in_score(document.plain, m))  # "a 20-13 victory"
        and not (m.kind == "date" and _not_a_statement(document.plain, m, framer.quotes))
    ]
    # "a mother and her two children died": the groups' sum is the event's figure
    sums = (framer.claim(m) for m in coordinated_sums(document, segments, mentions))
    # "A man was shot and killed": one dead, told without a numeral
    heads = (i for i in range(len(segments)) if _is_headline(document, segments, i))
    ones = (framer.claim(m) for m in single_victims(document, segments, heads))
    return claims + [c for c in (*sums, *ones) if c.attribute in framer.table.grows]


_STAMP_BEFORE = regex.compile(
    r"(?i)(?:\b(?:last\s+)?(?:update[ds]?|modified|published|posted|filed)(?:\s+(?:on|at))?|"
    r"\u00a9|\(c\)|\bcopyright)\s*:?\s*\Z"
)
_STAMP_AFTER = regex.compile(r"(?i)\A[\s,|\-]*(?:last\s+)?(?:updated|modified|published|posted)\b")


def _not_a_statement(plain: str, m: Mention, quotes: Sequence[tuple[int, int]]) -> bool:
    """A date that states nothing about an event: a page's "Last updated" or "Published"
    stamp, a copyright line, or a date inside someone's quoted words ("grow our economy
    today")."""
    before = plain[max(0, m.plain_start - 30) : m.plain_start]
    after = plain[m.plain_end : m.plain_end + 30]
    # "The department on Friday published rules": a predicate, not a stamp after its date
    stamped_after = _STAMP_AFTER.match(after) and not _ON_END.search(before)
    return bool(_STAMP_BEFORE.search(before) or stamped_after or _quoted(quotes, m))


_ON_END = regex.compile(r"(?i)\b(?:on|late|early)\s*\Z")


_DATE_EVENT_WINDOW = 10
#: Sentences after the one introducing the main event in which a day no word claims is still
#: the day the lead gives the main event.
LEAD_DAY_SPAN = 2
#: Words between a figure and its attribute in one construction ("12 people were killed").
_BOUND = 3


_RATE = regex.compile(
    r"(?i)\A[\s,]*(?:a|an|per|each|every)\s+(?:year|month|week|day|season|annum|hour|share|head|person|capita)\b"
    r"|\A[\s,]*(?:annually|yearly|monthly|weekly|daily|apiece|each)\b|\A\s*/\s*(?:year|yr|month|mo|day|hr|hour)\b"
)


_PER_UNIT = frozenset({"share", "head", "person", "capita", "apiece", "each"})


def _rate(sent: _Sentence, m: Mention) -> str | None:
    """ "period" for an amount per period ("$22 million per season", "annual"), "unit" for one
    per unit ("$62 a share"), ``None`` for an amount."""
    after = sent.text[m.plain_end - sent.seg.plain_start : m.plain_end - sent.seg.plain_start + 30]
    before = sent.text[
        max(0, m.plain_start - sent.seg.plain_start - 12) : m.plain_start - sent.seg.plain_start
    ].lower()
    found = _RATE.match(after)
    if found:
        words = found.group().lower().replace("/", " ").split()
        return "unit" if words and words[-1] in _PER_UNIT else "period"
    if "annual" in before or "average" in before:
        return "period"
    if _PERIODIC_NOUN.search(sent.text[: m.plain_start - sent.seg.plain_start]):
        return "period"  # "an annual salary of $190,000", "her yearly pay will be $265,000"
    return None


#: A yearly amount's noun before its figure: "annual salary of", "yearly pay will be".
_PERIODIC_NOUN = regex.compile(
    r"(?i)\b(?:annual|yearly|monthly|weekly)\s+(?:[\p{L}-]+\s+)?(?:salary|pay|wages?|income|"
    r"rent|fee|stipend|compensation)\s+(?:(?:of|is|was|will\s+be|would\s+be|to|at)\s+)+"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?\Z"
)


_SCORE_BEFORE = regex.compile(
    r"\d\s?[-\u2013/]\s?\Z|\d \Z|(?i:\bone in (?:every |each )?)\Z|\d\s+(?:and|or)\s+\Z"
)
_SCORE_AFTER = regex.compile(
    r"\A\s?[-\u2013/]\s?\d|\A \d|\A(?i: in (?:every |each )?\d)|\A\s+(?:and|or)\s+\d"
)


_AGE_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'\u2019.-]+,\s*\Z")
_AGE_AFTER = regex.compile(r"\A\s*(?:[,);]|\.(?:\s|\Z)|\Z)")  # "Banky, 40." too


#: A figure that ends its clause ("... while arresting 11.") and the coordination that
#: links it to the figure before ("killed three separatists while arresting 11").
_ELIDED_END = regex.compile(r"\s*(?:[.,;:)]|\Z)")
_ELIDED_LINK = regex.compile(
    r"\b(?:and|while|but|before|after|as\s+well\s+as)\s+(?:also\s+)?\p{L}+(?:ed|ing)\s+"
    r"(?:(?:at\s+least|some|about|another|a\s+further)\s+)?\Z",
    regex.I,
)

_CARRYING = regex.compile(r"\b(?:carrying|carried|carries|carry)\s+\Z", regex.I)

#: "54 people on board", "all 31 pupils aboard": the counted group (any noun, two words at
#: most) and then where it was.
_ON_BOARD = regex.compile(
    r"(?:\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s+(?:on\s+board|aboard)\b", regex.I
)


def _is_age(plain: str, m: Mention) -> bool:
    """A figure set off by commas after a name is the person's age."""
    before = plain[max(0, m.plain_start - 40) : m.plain_start]
    after = plain[m.plain_end : m.plain_end + 3]
    val = getattr(m.value, "value", None)
    return (
        val is not None
        and 0 < val < 120
        and bool(_AGE_BEFORE.search(before))
        and bool(_AGE_AFTER.match(after))
    )


def _money_words(sent: _Sentence) -> Mapping[str, str]:
    """The words that may name an amount's attribute in this sentence: not a word that is
    only part of a name here ("from developer Grant Ellison" is no grant)."""
    in_names = {
        t.low
        for t in sent.tokens
        if t.text[:1].isupper()
        and any(e.plain_start <= t.start < e.plain_end for e in sent.entities)
    }
    in_names -= {t.low for t in sent.tokens if t.text[:1].islower()}
    if not in_names & MONEY_ATTRIBUTES.keys():
        return MONEY_ATTRIBUTES
    return {w: a for w, a in MONEY_ATTRIBUTES.items() if w not in in_names}


def _in_score(plain: str, m: Mention) -> bool:
    """A figure written against another ("20-13", "91–73", "4 1/2"), coordinated with another
    before one noun ("the 7.6 and 7.5 magnitude quakes": which is which is not said) or inside a
    run of digit groups (a phone number "0800 555 111") is not compared."""
    before = plain[max(0, m.plain_start - 16) : m.plain_start]
    after = plain[m.plain_end : m.plain_end + 16]
    return bool(_SCORE_BEFORE.search(before) or _SCORE_AFTER.match(after))


def _including(sent: _Sentence, m: Mention) -> bool:
    i0 = sent.index_at(m.plain_start)
    return any(
        t.low in ("including", "includes", "included") and sent.same_clause(t.start, m.plain_start)
        for t in sent.tokens[max(0, i0 - 6) : i0]
    )


def _prev_entities(
    segments: Sequence[Segment], by_sentence: dict[int, list[Mention]], index: int, inherited: bool
) -> list[Mention]:
    if not inherited or index == 0:
        return []
    return [m for m in by_sentence.get(index - 1, []) if m.kind == "entity"]


def _date_event(
    sent: _Sentence, m: Mention, attribute_words: Mapping[str, str] | None = None
) -> str | None:
    """The event a date dates: the nearest event trigger in its clause, unless a reporting
    verb is nearer ("Lin Jian said on Wednesday" dates a statement, not the operation it was
    about); without a trigger, the nearest verb that dates an event of its own ("was
    arrested on Sunday": an arrest)."""
    found = _date_attachment(sent, m, attribute_words)
    return found[1] if found is not None and found[0] in ("event", "attribute") else None


def _date_attachment(
    sent: _Sentence, m: Mention, attribute_words: Mapping[str, str] | None = None
) -> tuple[str, str | None] | None:
    """What a date is attached to in its clause, nearest first: ("report", None) for a
    reporting verb, ("event", class) for an event trigger, ("attribute", attribute) for a verb
    that dates an event of its own ("was arrested on Sunday"), ("incident", attribute) for a
    casualty verb ("was fatally wounded Saturday": the day of the incident the sentence is
    about), ``None`` for nothing."""
    i0 = sent.index_at(m.plain_start)
    i1 = sent.index_at(max(m.plain_start, m.plain_end - 1))
    best: tuple[int, tuple[str, str | None]] | None = None
    lo, hi = max(0, i0 - _WINDOW - 1), min(len(sent.tokens), i1 + _WINDOW + 2)
    for j in range(lo, hi):
        t = sent.tokens[j]
        if i0 <= j <= i1:
            continue
        dist = i0 - j if j < i0 else j - i1
        if dist > _DATE_EVENT_WINDOW or not sent.same_clause(t.start, m.plain_start):
            continue
        cand = _attachment_of(t.low, j < i0, attribute_words)
        if cand is None or (cand[0] == "report" and not _dates_report(sent, m, t, dist)):
            continue
        if j > i1 and _own_predicate_first(sent.tokens[i1 + 1 : j]):
            continue  # "on Monday opened an inquiry after an explosion": the inquiry's day
        if j > i1 + 1 and cand[0] == "event" and _act_before(sent, lo, i0, m, attribute_words):
            if not _SAME_DAY_CUES & {t.low for t in sent.tokens[i1 + 1 : j]}:
                continue  # "arrested a man Thursday in connection with a shooting" (not
                # "over Thursday's shooting"): the arrest's day
        if j > i1 and i0 > 2 and _verb_group(sent.tokens[i1 + 1 : j]):
            continue  # "who shot ... at the plant Thursday night has been charged with assault"
        if j > i1 + 4 and is_past_form(sent.tokens[i1 + 1].low):
            continue  # "Jurors on Thursday watched video of the moment a man was gunned down"
        if cand[0] == "event" and _act_between(sent, j, i0, i1, cand[1], attribute_words):
            continue  # "convicted of murdering a deputy in June 2005": the murder's date
        if cand[0] == "event" and j < i0 and _told_in_passing(sent, j, i0, attribute_words):
            continue  # "charged in the shooting on Elm Street appeared in court Tuesday"
        if cand[0] in ("attribute", "incident", "outcome"):
            dist += 1  # an event noun, when there is one as near, names the event better
        if best is None or dist < best[0]:
            best = (dist, cand)
    return best[1] if best else None


#: Words between an act's day and an event named after it that put both on one day
#: ("arrested a man on Monday evening, hours after a robbery").
_SAME_DAY_CUES = frozenset({"hours", "minutes", "shortly", "moments", "soon"})


#: Prepositions that make an event's word a modifier of another phrase ("charged in the
#: shooting", "the gun used in Sunday's shooting").
_EVENT_PREPOSITIONS = frozenset({"in", "of", "for", "over", "with", "after", "from"})


def _told_in_passing(sent: _Sentence, j: int, i0: int, words: Mapping[str, str] | None) -> bool:
    """Whether an event's word before a date is named in passing: already dated by a
    possessive day ("in Sunday's shooting on Thursday"), or inside a phrase after a
    preposition with a verb of another act between it and the date ("a man charged in the
    shooting on Elm Street appeared in court Tuesday")."""
    before = sent.tokens[max(0, j - 2) : j]
    if any(x.text.endswith(("'s", "\u2019s")) and _in_a_date(sent, x) for x in before[-1:]):
        return True
    if not any(x.low in _EVENT_PREPOSITIONS for x in before):
        return False
    table = words or {}
    return any(
        is_past_form(x.low)
        and not _incident_verb(x.low, table)
        and x.low not in OCCURRED
        and not _modifier(sent, k)
        for k, x in enumerate(sent.tokens[j + 1 : i0], start=j + 1)
    )


def _in_a_date(sent: _Sentence, t: _Tok) -> bool:
    return any(d.plain_start <= t.start < d.plain_end for d in sent.dates)


def _act_before(
    sent: _Sentence, lo: int, i0: int, m: Mention, words: Mapping[str, str] | None
) -> bool:
    """Whether a verb of an act of its own (an arrest, a charge, a conviction) comes before a
    date in its clause: what the date dates, not the event named after it ("police arrested
    a 22-year-old man Thursday in connection with a shooting")."""
    for t in sent.tokens[lo:i0]:
        if not sent.same_clause(t.start, m.plain_start):
            continue
        cand = _attachment_of(t.low, True, words)
        if cand is not None and cand[0] in ("attribute", "act"):
            return True
        kind = event_kind(cand[1]) if cand is not None and cand[0] == "event" else None
        if kind is not None and kind.role == "procedure":
            return True
    return False


def _attachment_of(
    low: str, before: bool, attribute_words: Mapping[str, str] | None
) -> tuple[str, str | None] | None:
    if low in REPORTING_VERBS:
        return ("report", None)
    if low in EVENT_TRIGGERS:
        return ("event", EVENT_TRIGGERS[low])
    if low in OUTCOMES:
        return ("outcome", OUTCOMES[low])  # "died Saturday", "his death on Thursday"
    # a regular verb before the date ("was arrested around 1:30 a.m. Feb. 1", not "fired
    # last week was arrested"; not "held up a store Monday", a robbery); "died" is left out:
    # a victim may die days after the incident
    if not before or not low.endswith("ed") or low == "died":
        return None
    attribute = attribute_words.get(low) if attribute_words is not None else None
    if attribute in _DATED_ATTRIBUTES:
        return ("attribute", attribute)
    if attribute in _INCIDENT_ATTRIBUTES:
        return ("incident", attribute)
    if low in _OWN_ACTS:
        return ("act", None)  # "was charged Wednesday with attempted murder in a shooting"
    return None


#: Verbs of what is done after an incident, whose day is their own: "charged Wednesday",
#: "identified Saturday", "arraigned Monday".
_OWN_ACTS = frozenset(
    {
        "arrested",
        "charged",
        "arraigned",
        "booked",
        "indicted",
        "identified",
        "released",
        "jailed",
        "sentenced",
        "convicted",
        "extradited",
        "buried",
    }
)


def _dates_report(sent: _Sentence, m: Mention, t: _Tok, dist: int) -> bool:
    """Whether a reporting verb is what the date dates: right before it ("said on Thursday",
    "said late Thursday") or after it in one stretch ("police on Thursday said"); not when
    the date is inside the reported words ("police say he pointed a gun at officers on
    Tuesday") or the verb closes the clause after a comma ("collided late Saturday, state
    police said")."""
    base = sent.seg.plain_start
    if _reported_to_police(sent, t):
        return False  # "The shooting was reported at 11:48 p.m. Sunday": when it happened
    if t.start < m.plain_start:
        return dist <= 2
    if _report_noun(sent, t):
        return False  # "around 2 a.m. Sunday after reports of gunfire"
    return "," not in sent.text[m.plain_end - base : t.start - base]


#: Words before a reporting word that make it a noun ("after reports of gunfire", "a
#: report of shots fired").
_NOUN_OPENERS = frozenset(
    {"a", "an", "the", "after", "of", "following", "amid", "on", "to", "about", "for", "multiple"}
)


def _reported_to_police(sent: _Sentence, t: _Tok) -> bool:
    """Whether "reported" is passive ("the shooting was reported", "shots were reported"):
    the time the incident was called in, not a saying."""
    j = sent.tokens.index(t)
    return t.low == "reported" and j > 0 and sent.tokens[j - 1].low in ("was", "were")


def _report_noun(sent: _Sentence, t: _Tok) -> bool:
    """Whether a reporting word is a noun: after an article or a preposition, or before
    "of" ("reports of gunfire")."""
    j = sent.tokens.index(t)
    before = sent.tokens[j - 1].low if j else ""
    after = sent.tokens[j + 1].low if j + 1 < len(sent.tokens) else ""
    return before in _NOUN_OPENERS or after == "of"


#: Words that set an event at another time than the clause before them.
_SUBORDINATORS = frozenset({"after", "before", "since", "following", "until", "because"})


def _own_predicate_first(between: Sequence[_Tok]) -> bool:
    """Whether the words between a date and an event named after it hold a predicate of
    their own and then a word setting the event at another time ("on Monday opened an
    inquiry after an explosion"); not "on Thursday after their bus rolled", where the date
    may be the event's, nor "early Sunday when fire swept", where it is."""
    verb = False
    for t in between:
        if t.low in _SUBORDINATORS:
            return verb
        verb = verb or is_past_form(t.low) or t.low in REPORTING_VERBS
    return False


def _names_kind(t: _Tok, kind: str | None) -> bool:
    return EVENT_TRIGGERS.get(t.low, OUTCOMES.get(t.low)) == kind


def _verb_like(t: _Tok) -> bool:
    """A past tense or participle, an auxiliary or a reporting verb."""
    return is_past_form(t.low) or t.low in _AUXILIARIES or t.low in REPORTING_VERBS


def _own_verb(sent: _Sentence, m: Mention, t: _Tok) -> bool:
    """Whether the word right after a date is a verb it belongs to ("on Tuesday opened",
    "Thursday announced"), not set off by a comma."""
    base = sent.seg.plain_start
    if "," in sent.text[m.plain_end - base : t.start - base]:
        return False
    return t.low in REPORTING_VERBS or t.low in _AUXILIARIES or is_past_form(t.low)


#: Auxiliaries that open a verb group ("has been charged", "was arrested").
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})


def _verb_group(between: Sequence[_Tok]) -> bool:
    """Whether the words between a date and an event named after it hold an auxiliary and a
    participle: the date closes the subject ("the woman who shot three co-workers Thursday
    night has been charged with assault"), and the event named after belongs to the
    predicate, not to the day."""
    for k, t in enumerate(between):
        if t.low in _AUXILIARIES:
            return any(is_past_form(x.low) or x.low.endswith("en") for x in between[k + 1 :])
    return False


#: Words that open another clause, whose predicate a date after them belongs to.
_LINKS = frozenset(
    {"and", "but", "while", "as", "after", "before", "when", "where", "which", "who", "until"}
)
_CLAUSE_LINKS = _LINKS | REPORTING_VERBS


def _own_day(sent: _Sentence, m: Mention, ev: Event, words: Mapping[str, str]) -> bool:
    """Whether a date is in a later clause of its sentence ("..., but they fell short,
    results showed on Tuesday"), or the event's word comes after it and a verb of its
    own claims it first ("on Friday watched video of the moment ... were shot", "on
    Monday opened an inquiry after a shooting")."""
    i0 = sent.index_at(m.plain_start)
    i1 = sent.index_at(max(m.plain_start, m.plain_end - 1))
    for j, t in enumerate(sent.tokens[:i0]):
        if not _names_kind(t, ev.type):
            continue
        if _opens_clause(sent, j + 1, i0, words) or not sent.same_clause(t.start, m.plain_start):
            return True  # "the election, but they fell short, results showed on Tuesday"
        if _act_between(sent, j, i0, i1, ev.type, words):
            return True  # "convicted a man of murdering a shop owner on Tuesday"
        if _told_in_passing(sent, j, i0, words):
            return True  # "charged in the shooting ... appeared in court Tuesday"
    after = sent.tokens[i1 + 1 :]
    at = next((k for k, t in enumerate(after) if _names_kind(t, ev.type)), None)
    if at is None or not after:
        return False
    return _own_verb(sent, m, after[0]) or _own_predicate_first(after[:at])


def _opens_clause(sent: _Sentence, lo: int, hi: int, words: Mapping[str, str]) -> bool:
    """Whether a word from ``lo`` up to a date at ``hi`` opens another clause."""
    return any(_opens_clause_at(sent, k, hi, words) for k in range(lo, hi))


def _opens_clause_at(sent: _Sentence, k: int, hi: int, words: Mapping[str, str]) -> bool:
    """Whether the word at ``k`` opens another clause than a date's at ``hi``: a clause
    link, except an "and" joining two names ("near 27th and Capitol") or the verbs of one
    incident ("was shot and killed") with no verb of another act after it ("and arrested
    his brother Tuesday")."""
    low = sent.tokens[k].low
    if low != "and":
        return low in _CLAUSE_LINKS
    return any(_verb_like(x) and not _incident_verb(x.low, words) for x in sent.tokens[k + 1 : hi])


def _incident_verb(low: str, words: Mapping[str, str]) -> bool:
    """A verb that tells the incident itself ("killed", "wounded", "shot")."""
    return low in EVENT_TRIGGERS or words.get(low) in _INCIDENT_ATTRIBUTES


def _act_between(
    sent: _Sentence, j: int, i0: int, i1: int, cls: str | None, words: Mapping[str, str] | None
) -> bool:
    """Whether a procedure's word ("convicted") and a date have the act it concerns between
    them ("of murdering a deputy"): the date is the act's."""
    kind = event_kind(cls)
    if words is None or kind is None or kind.role != "procedure":
        return False
    lo, hi = (j + 1, i0) if j < i0 else (i1 + 1, j)
    # "murdering": the act's word, whichever form the attribute lists ("murder")
    return any(t.low in words or t.low.removesuffix("ing") in words for t in sent.tokens[lo:hi])


#: Words after a reporting verb's day that make what is said a plan ("said on Tuesday it
#: would close", "announced Monday it will cut").
_PLANS = frozenset({"would", "will", "plans", "intends", "aims", "expects"})


def _plans_after(sent: _Sentence, m: Mention) -> bool:
    """Whether a reporting verb's day is followed by a plan in the words it reports: "it
    would", "the company will", "it plans to", "it is to" within the next four words."""
    i1 = sent.index_at(max(m.plain_start, m.plain_end - 1))
    after = [t.low for t in sent.tokens[i1 + 1 : i1 + 5]]
    pairs = itertools.pairwise(after)
    return bool(_PLANS & set(after)) or any(x in ("is", "was") and y == "to" for x, y in pairs)


#: Words before an event's word that make it another event than the one told ("another
#: attack", "each raid"); "a" and "an" introduce the main event in a lead.
_INDEFINITE = frozenset({"another", "other", "any", "each", "every", "earlier", "previous"})


def _happened_on(sent: _Sentence, m: Mention, ev: Event) -> bool:
    """Whether a date closes the clause that tells when the main event already told happened
    ("When the Israeli attack came on the girls' school in the camp at 3.45pm on Saturday,
    ..."; "the shooting took place just after 8:30pm Tuesday"): the event's word after a
    definite word, a verb of happening right after it, and no other verb or clause between
    that verb and the date."""
    if not ev.main or ev.type is None or ev.scope != "story":
        return False
    i0 = sent.index_at(m.plain_start)
    toks = sent.tokens
    for j in range(i0 - 1, 0, -1):
        t = toks[j]
        if not sent.same_clause(t.start, m.plain_start) or t.low in _CLAUSE_LINKS:
            return False
        if not _names_kind(t, ev.type):
            continue
        before = {x.low for x in toks[max(0, j - 3) : j]}
        verb = next((k for k in range(j + 1, min(j + 4, i0)) if toks[k].low in OCCURRED), None)
        if verb is None or not (before & DEFINITE or any(x.endswith("'s") for x in before)):
            return False
        between = toks[verb + 1 : i0]
        return not any(is_past_form(x.low) or x.low in _AUXILIARIES for x in between)
    return False


def _responded_on(sent: _Sentence, m: Mention, ev: Event) -> bool:
    """Whether a date closes the clause that tells the first response to the story's
    incident ("Officers were called to the 1100 block of Kerr Avenue just before 10 p.m.
    Monday", "Deputies responded to the club around 2 a.m. Sunday", "police found a man
    shot in the chest Tuesday night"): the hour the responders came is the incident's.
    The response verb comes before the date in its clause with no other verb or clause
    between them, and the date is written without a year."""
    kind = event_kind(ev.type)
    if not ev.main or ev.type is None or ev.scope != "story" or _YEAR.search(m.text):
        return False
    if kind is not None and kind.role != "incident":
        return False  # a trial's day is not the crime's
    i0 = _time_words_before(sent, sent.index_at(m.plain_start))
    words = [t.low for t in sent.tokens]
    for j in range(i0 - 1, max(-1, i0 - _RESPONSE_WINDOW - 1), -1):
        t = sent.tokens[j]
        if not sent.same_clause(t.start, m.plain_start):
            return False
        if response_verb_at(words, j):
            return not _OWN_ACTS & sent.lows  # not "arrived at his home and arrested him"
        if t.low in _CLAUSE_LINKS:
            return False
        if _verb_like(t) and not _in_the_call(sent, j):
            return False  # "officers arrived and arrested a man Tuesday": the arrest's day
    return False


#: How far before its date a response verb may come, in its clause ("Officers found a man
#: with a gunshot wound in a parked car Saturday night").
_RESPONSE_WINDOW = 16


def _in_the_call(sent: _Sentence, j: int) -> bool:
    """Whether a verb-like word between a response verb and its day is no verb of another
    act: an auxiliary ("were called"), a participle before its noun ("a parked car") or the
    shots the call was about ("a call of shots fired around 9 p.m. Tuesday")."""
    low = sent.tokens[j].low
    shots = j > 0 and sent.tokens[j - 1].low in ("shots", "shot", "gunshots")
    return low in RESPONSE_AUXILIARIES or _modifier(sent, j) or shots


def _modifier(sent: _Sentence, j: int) -> bool:
    """Whether a participle qualifies the noun after it ("in a parked car")."""
    return j > 0 and sent.tokens[j - 1].low in ("a", "an", "the")


#: Words that set a time more exactly ("just before 10 p.m. Monday", "shortly after 2 a.m.
#: Sunday"): part of the date's phrase, not another clause.
_TIME_HEDGES = frozenset(
    {"just", "shortly", "right", "sometime", "about", "around", "approximately", "before", "after"}
)


def _time_words_before(sent: _Sentence, i0: int) -> int:
    """The first token of the words that set a date's time more exactly before it."""
    while i0 > 0 and sent.tokens[i0 - 1].low in _TIME_HEDGES:
        i0 -= 1
    return i0


#: Words between a response verb and its date that are no verb of their own.
RESPONSE_AUXILIARIES = frozenset({"was", "were", "is", "are"})


_AHEAD = frozenset({"will", "expected", "planned", "scheduled", "next", "upcoming", "plans"})


def _ahead(sent: _Sentence, m: Mention) -> bool:
    """A date of something still to come in its clause ("a rally is expected on Friday",
    "will be sentenced Tuesday", "will make her second appearance as host on the March 2
    broadcast"): the date of no event the story reports. "will" makes its whole clause
    future; the other words only the few words after them."""
    i0 = sent.index_at(m.plain_start)
    lo = max(0, i0 - 6)
    for k in range(max(0, i0 - _FUTURE_REACH), i0):
        t = sent.tokens[k]
        if t.low in _AHEAD and (k >= lo or t.low == "will"):
            if sent.same_clause(t.start, m.plain_start):
                return True
    return False


#: How far before a date, in its clause, "will" makes it a date still to come.
_FUTURE_REACH = 16


def _scheduled(sent: _Sentence, found: tuple[str, str | None] | None) -> str | None:
    """The event a date still to come is set for: the event word it is attached to or,
    without one, the only kind of event its sentence names ("the election of deputies of
    the Mejlis, which is scheduled for December 17")."""
    if found is not None and found[0] == "event":
        return SCHEDULED + found[1] if found[1] else None
    if found is not None:
        return None  # "will be sentenced Tuesday", "said on Friday"
    kinds = {EVENT_TRIGGERS[t.low] for t in sent.tokens if t.low in EVENT_TRIGGERS}
    return SCHEDULED + kinds.pop() if len(kinds) == 1 else None


def _two_of_a_kind(sent: _Sentence, cls: str | None) -> bool:
    """A sentence telling of two events of one class ("a quake ... days after a powerful
    quake"): which one a date belongs to is not clear from the nearest word."""
    kinds = [t.start for t in sent.tokens if EVENT_TRIGGERS.get(t.low) == cls]
    return len(set(kinds)) > 1 and bool(sent.lows & _SEQUENCE_CUES)


#: Words that set two events of one class apart in one sentence.
_SEQUENCE_CUES = frozenset(
    {"after", "before", "days", "earlier", "previous", "prior", "another", "since", "following"}
)


_CLOCK = regex.compile(
    r"(?i)\d[:.]\d\d|\d\s*(?:a\.?m\b|p\.?m\b)|\b(?:gmt|utc|bst|ist|est|edt|pst|pdt)\b"
)
_YEAR = regex.compile(r"\b\d{4}\b")


#: Words before a date written with its year that make it a statement's date, not a stamp
#: ("on May 2, 2013", "scheduled for December 17, 2013").
_DATE_PREPOSITIONS = frozenset({"on", "of", "since", "until", "for", "before", "after", "by"})


#: A dateline: a place in capitals or title case and a comma before the date, at the start of
#: its sentence, and a dash or the end of the line after it ("MUMBAI, Nov 11 -").
_DATELINE_BEFORE = regex.compile(r"\s*\p{Lu}[\p{L}.'\u2019 -]{1,40},\s*")
_DATELINE_AFTER = regex.compile(r"\s*(?:\(\p{L}+\)\s*)?(?:[-\u2013\u2014:]|\Z)")


def _stamp(sent: _Sentence, m: Mention) -> bool:
    """A page's date and time stamp ("Major fire at Waitrose July 21, 2013, 2:21 pm BST",
    "Sheriff's Deputy Killed June 24, 2005 A 35-year-old ...") or a dateline ("Mumbai, Nov
    11 - ..."), which dates no event: a dateline's place and date, or a date written
    with its year and a clock time, or with its year and no "on" or "of" before it (a story
    dates its events with a preposition or a verb)."""
    v = m.value
    base = sent.seg.plain_start
    if _DATELINE_BEFORE.fullmatch(sent.text[: m.plain_start - base]) and _DATELINE_AFTER.match(
        sent.text[m.plain_end - base :]
    ):
        return True  # "Mumbai, Nov 11 - Indian Navy ...": the dateline, the report's day
    if not (isinstance(v, DateValue) and v.granularity == "day" and _YEAR.search(m.text)):
        return False  # "in 2005", "in June 2024" are dates of events
    if _CLOCK.search(m.text):
        return True
    i0 = sent.index_at(m.plain_start)
    return i0 == 0 or sent.tokens[i0 - 1].low not in _DATE_PREPOSITIONS


#: Casualty attributes whose verb dates the incident it happened in ("wounded Saturday").
_INCIDENT_ATTRIBUTES = frozenset({"killed", "injured"})


_DAY_TIMEX = regex.compile(r"^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)$")


def _names_a_day(v: DateValue, published: dt.date | None) -> bool:
    """A date that names one day the event may have happened on: a weekday, a month and day,
    or a resolved day no later than the report ("is planned for Tuesday" is not) and not the
    report's own day named only as such ("tonight")."""
    if v.reference is not None or v.granularity != "day":
        return False
    if v.resolved:
        assert v.start is not None and v.end is not None
        if v.start != v.end or (published is not None and v.end > published):
            return False
        # "tonight", "today": the day of the report, which a story tells its reactions on
        return not (v.timex or "").startswith("PRESENT_REF")
    return bool(v.weekday or (v.timex and _DAY_TIMEX.match(v.timex)))


#: Attributes whose verb dates an event of its own ("was arrested on Sunday").
_DATED_ATTRIBUTES = frozenset({"arrested"})


def _percent_subject(sent: _Sentence, m: Mention) -> str | None:
    i0 = sent.index_at(m.plain_start)
    i1 = sent.index_at(max(m.plain_start, m.plain_end - 1))
    toks = sent.tokens
    if i1 + 2 < len(toks) and toks[i1 + 1].low == "of":
        w = toks[i1 + 2].low
        if w in ("the", "its", "their") and i1 + 3 < len(toks):
            w = toks[i1 + 3].low
        return w
    for k in range(i0 - 1, max(-1, i0 - 5), -1):
        w = toks[k].low
        if (
            w not in STOPWORDS
            and not w[0].isdigit()
            and w not in ("rose", "fell", "grew", "by", "to")
        ):
            return w
    return None


@hookimpl
def claimcheck_frame_claims(
    document: Document,
    segments: Sequence[Segment],
    mentions: Sequence[Mention],
    attributes: Sequence[AttributeSpec],
) -> Iterable[Claim]:
    return frame_document(document, segments, mentions, attributes or BUILTIN_ATTRIBUTES)


@hookimpl
def claimcheck_attributes() -> Iterable[AttributeSpec]:
    return BUILTIN_ATTRIBUTES
