"""The events of a document, and which event each sentence is about.

A news story has a main event, told in its headline and lead: the first event class the
opening sentences name ("a crush at a football stadium in Kumasi on Saturday"). It mentions
others: an earlier attack, the arrest of a suspect, a court date, a funeral. Each sentence
belongs to one event:

* through its own anchors: it names an event class (the main event's, or another's), or it
  recalls something from more than a year before the story (a background event);
* otherwise through the discourse: the event its paragraph was last about, or the main event.

A sentence that names the main event's class but marks it as another one ("an earlier
shooting", "a separate attack") or dates it days away from the main event starts an event of
its own. Nothing here looks at nearby words beyond the sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal

import regex

from claimcheck.claims.event_kinds import (
    UNTOLD,
    event_kind,
    names_better,
    outcome_words,
    story_figures,
    trigger_words,
)
from claimcheck.claims.lexicon import GENERIC_EVENTS
from claimcheck.model import DateValue, Event

__all__ = [
    "DEFINITE",
    "OCCURRED",
    "SCHEDULED",
    "UNTOLD",
    "EventLink",
    "SentenceFacts",
    "assign_events",
    "day_gap",
    "in_story",
    "one_kind",
    "response_verb_at",
    "same_dated_event",
    "same_story_event",
    "tells_the_response",
    "tells_when_it_happened",
]

#: Words that make an event of the main event's class another one.
OTHER_CUES = frozenset(
    {"earlier", "previous", "prior", "another", "separate", "similar", "second", "last", "recent"}
)
#: What a date of something still to come dates: "scheduled election" for the day an
#: election is set for, never compared with the day one was held.
SCHEDULED = "scheduled "
#: How many of the opening sentences make up the headline and lead.
LEAD_SENTENCES = 3
#: Days between two dates of one event in different reports (time zones, slips) beyond which
#: they are different events.
SAME_EVENT_DAYS = 3
#: Days between the dates two reports give one event when what makes it one event is not its
#: date: a wrong weekday is at most six days off.
WEEK = 7


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What event assignment needs of a sentence."""

    paragraph: int
    #: Event classes the sentence names, in order, each with the words before it.
    triggers: tuple[tuple[str, tuple[str, ...]], ...]
    places: tuple[str, ...]
    actors: tuple[str, ...]
    #: The sentence's resolved dates of at most a week (the dateline excluded).
    dates: tuple[DateValue, ...]
    #: All its resolved dates of at most a season ("in February" too).
    spans: tuple[DateValue, ...]
    background: bool
    names: Mapping[str, str]
    #: Outcomes the sentence names ("died"): a story's kind only when its lead names no other.
    outcomes: tuple[str, ...] = ()
    #: Kinds its words name only when the lead names none ("a gunman": a shooting).
    cues: tuple[str, ...] = ()
    #: The days of the page's stamps in it ("UPDATE 5/21/16:"): the report's, not an event's.
    stamps: tuple[DateValue, ...] = ()


@dataclass(frozen=True, slots=True)
class EventLink:
    """A sentence's event and how it was found."""

    event: Event
    how: Literal["own", "discourse"]


def _main_type(facts: Sequence[SentenceFacts]) -> tuple[str | None, int]:
    """The kind of event the lead names, first named first unless a later one names it
    better (a specific kind after a generic one, an incident after a procedure or an
    outcome); and the sentence that names it."""
    best: tuple[str, int] | None = None
    for i, f in enumerate(facts[:LEAD_SENTENCES]):
        if f.background:
            continue
        for cls in (*(c for c, _ in f.triggers), *f.outcomes):
            if best is None or names_better(cls, best[0]):
                best = (cls, i)
    if best is None:
        # "Police are looking for a gunman who killed a man": a shooting, named by its agent
        best = next(
            (
                (f.cues[0], i)
                for i, f in enumerate(facts[:LEAD_SENTENCES])
                if f.cues and not f.background
            ),
            None,
        )
    return best if best else (None, 0)


def _main_event(doc: str, facts: Sequence[SentenceFacts]) -> Event:
    typ, at = _main_type(facts)
    lead = [f for f in facts[: max(at + 1, 2)] if not f.background]
    date = next((d for f in facts[at : at + 1] for d in f.dates), None)
    if date is None:
        date = next((d for f in lead for d in f.dates), None)
    names: dict[str, str] = {}
    for f in lead:
        names.update(f.names)
    return Event(
        doc=doc,
        id="e0",
        type=typ,
        main=True,
        date=date,
        places=tuple(dict.fromkeys(p for f in lead for p in f.places)),
        actors=tuple(dict.fromkeys(a for f in lead for a in f.actors)),
        sentence=at,
        paragraph=facts[at].paragraph if facts else 0,
        names=MappingProxyType(names),
    )


def _days_apart(a: DateValue | None, b: DateValue | None) -> int:
    if a is None or b is None or not (a.resolved and b.resolved):
        return 0
    assert a.start and a.end and b.start and b.end
    if a.start <= b.end and b.start <= a.end:
        return 0
    return min(abs((a.start - b.end).days), abs((b.start - a.end).days))


def _is_other(
    f: SentenceFacts, cls: str, cues: tuple[str, ...], main: Event, when: DateValue | None
) -> bool:
    """A sentence naming the main event's class is about another event when it says so
    ("an earlier attack"), places it elsewhere ("a quake in eastern China" in a story about
    Iran) or dates it days away from the main event (or, undated, from the page's stamp)."""
    if set(cues) & OTHER_CUES:
        return True
    anchors = {*main.places, *main.actors}
    if f.places and main.places and not _share_anchor({*f.places, *f.actors}, anchors):
        return True
    return any(_days_apart(d, when) > SAME_EVENT_DAYS for d in f.spans)


def _share_anchor(a: set[str], b: set[str]) -> bool:
    """Whether two sets of anchor ids name something in common, one name inside another
    ("35th Street and Prospect Avenue" read as one place holds "Prospect Avenue")."""
    if a & b:
        return True
    return any(_inside(x, y) or _inside(y, x) for x in a for y in b)


def _inside(part: str, whole: str) -> bool:
    """Whether an anchor id's words run inside another's ("prospect-avenue" in
    "street-and-prospect-avenue"), two words at least."""
    return part.count("-") >= 1 and f"-{part}-" in f"-{whole}-"


def _refers_back(cues: tuple[str, ...], cls: str, previous: Event) -> bool:
    """ "the quake" right after a sentence about another quake is that quake."""
    return (
        not previous.main
        and previous.type == cls
        and bool(cues)
        and cues[-1] in ("the", "that", "this")
    )


def _new_event(doc: str, n: int, cls: str | None, f: SentenceFacts, i: int, scope: str) -> Event:
    return Event(
        doc=doc,
        id=f"e{n}",
        type=cls,
        scope=scope,  # type: ignore[arg-type]
        date=f.dates[0] if f.dates else None,
        places=f.places,
        actors=f.actors,
        sentence=i,
        paragraph=f.paragraph,
        names=MappingProxyType(dict(f.names)),
    )


def assign_events(
    doc: str, facts: Sequence[SentenceFacts], reported: dt.date | None = None
) -> list[EventLink]:
    """The event of each sentence, in order (one link per sentence)."""
    if not facts:
        return []
    main = replace(_main_event(doc, facts), reported=reported)
    when = main.date or next((d for f in facts[:LEAD_SENTENCES] for d in f.stamps), None)
    links: list[EventLink] = []
    by_paragraph: dict[int, Event] = {}
    others: dict[str | None, Event] = {}
    count = 1
    for i, f in enumerate(facts):
        chosen: Event | None = None
        if f.background:
            cls = f.triggers[0][0] if f.triggers else None
            chosen = _new_event(doc, count, cls, f, i, "background")
            count += 1
        elif f.triggers or (main.type is not None and main.type in f.outcomes):
            own = [(c, w) for c, w in f.triggers if c == main.type or c in GENERIC_EVENTS]
            # "Felt died of heart failure Saturday" in the story of his death
            own += [(c, ()) for c in f.outcomes if c == main.type]
            recalled = links[-1].event if links else main
            if own and main.type is not None:
                cls, cues = own[0]
                if _refers_back(cues, cls, recalled):
                    chosen = recalled  # "In 2012 a quake struck ... Five died in the quake."
                elif i > main.sentence and _is_other(f, cls, cues, main, when):
                    chosen = _new_event(doc, count, cls, f, i, "other")
                    count += 1
                else:
                    chosen = main
            elif i <= main.sentence:
                chosen = main
            else:
                cls = f.triggers[0][0]
                known = others.get(cls)
                if known is None or _days_apart(known.date, f.dates[0] if f.dates else None):
                    known = others[cls] = _new_event(doc, count, cls, f, i, "other")
                    count += 1
                chosen = known
        if chosen is not None:
            by_paragraph[f.paragraph] = chosen
            links.append(EventLink(chosen, "own"))
        else:
            links.append(EventLink(by_paragraph.get(f.paragraph, main), "discourse"))
    return links


#: Words that make the event word after them the event already told ("the shooting", "this
#: quake", "Sunday's blast" is read through its "'s").
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
#: Verbs that tell when an event named as their subject happened ("the shooting took place
#: ... Tuesday", "the quake struck ... Sunday").
OCCURRED = frozenset(
    {
        "happened",
        "occurred",
        "took",
        "unfolded",
        "erupted",
        "broke",
        "struck",
        "hit",
        "began",
        "started",
        "came",
        "ended",
    }
)
_WORD = regex.compile(r"\p{L}[\p{L}'\u2019-]*")


def tells_when_it_happened(text: str, kind: str | None) -> bool:
    """Whether a sentence tells when the event of this kind already told happened: its word
    after a definite word ("the shooting took place just after 8:30pm Tuesday", "the
    shootings happened shortly after 8:30 p.m. Thursday", "Sunday's quake struck ..."), with
    a verb of happening within a few words; or its outcome verb ("Felt died ... Saturday"),
    in the story of that outcome. Not "a shooting that occurred Monday" (maybe another),
    nor "the trial in the shooting starts Monday" (another event's day)."""
    if kind is None:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    triggers, outcomes = trigger_words(), outcome_words()
    for i, w in enumerate(words):
        if outcomes.get(w) == kind:
            return True
        if triggers.get(w) != kind or i == 0:
            continue
        before = words[max(0, i - 3) : i]
        definite = bool(DEFINITE & set(before)) or any(
            x.endswith(("'s", "\u2019s")) for x in before
        )
        if definite and OCCURRED & set(words[i + 1 : i + 4]):
            return True
    return False


#: Who answers the call when an incident happens ("officers were called", "deputies
#: responded", "firefighters arrived").
RESPONDERS = frozenset(
    {
        "police",
        "officers",
        "officer",
        "deputies",
        "deputy",
        "troopers",
        "trooper",
        "firefighters",
        "firefighter",
        "crews",
        "paramedics",
        "medics",
        "authorities",
        "investigators",
        "detectives",
        "units",
        "responders",
        "dispatchers",
    }
)
#: Verbs of the first response to an incident: the hour they give is the incident's.
RESPONSE_VERBS = frozenset(
    {"called", "dispatched", "summoned", "responded", "responding", "arrived", "alerted", "rushed"}
)
#: Verbs of finding the victims when the responders arrive ("officers found a man").
FINDING_VERBS = frozenset({"found", "discovered", "located"})
#: Who is found at the scene: a finding verb followed by one of these within a few words
#: tells the response ("found a man suffering from"), not a later search ("found the gun").
FOUND_AT_SCENE = frozenset(
    {
        "man",
        "men",
        "woman",
        "women",
        "boy",
        "girl",
        "teen",
        "teenager",
        "child",
        "person",
        "people",
        "victim",
        "victims",
        "body",
        "bodies",
        "driver",
        "passenger",
        "two",
        "three",
        "several",
        "him",
        "her",
        "them",
    }
)
#: How many words after a responder word its response verb may come ("officers were
#: called", "police say they were dispatched").
_RESPONSE_REACH = 3


def response_verb_at(words: Sequence[str], i: int) -> bool:
    """Whether the lower-case word at ``i`` tells the first response to an incident: a verb
    of responding after a responder within a few words ("Officers were called to",
    "deputies responded to", "police arrived"), or a verb of finding followed by a person
    ("officers found a man suffering from a gunshot wound")."""
    w = words[i]
    if w not in RESPONSE_VERBS and w not in FINDING_VERBS:
        return False
    if not RESPONDERS & set(words[max(0, i - _RESPONSE_REACH) : i]):
        return False
    if w in FINDING_VERBS:
        return bool(FOUND_AT_SCENE & set(words[i + 1 : i + 5]))
    if w == "called":
        # "were called to the scene", not "police called it a targeted attack"
        return words[i - 1] in _PASSIVE or words[i + 1 : i + 2] == ["to"]
    return True


_PASSIVE = frozenset({"was", "were", "been", "being", "got", "get"})


def tells_the_response(text: str) -> bool:
    """Whether a sentence tells the first response to an incident ("Officers were called to
    the 1100 block of Kerr Avenue just before 10 p.m. Monday"): the day it gives is the
    incident's, hours apart at most."""
    words = [w.lower() for w in _WORD.findall(text)]
    return any(response_verb_at(words, i) for i in range(len(words)))


def in_story(event: Event | None, how: str | None, sentence: int, paragraph: int = -1) -> bool:
    """Whether a statement is told as part of its story's main event: in the sentences that
    introduce it, in the paragraph that does, or in a sentence that names it."""
    if event is None or not event.main:
        return False
    return how == "own" or sentence <= event.sentence + 1 or paragraph == event.paragraph


def same_story_event(a: Event | None, b: Event | None) -> bool:
    """Whether two documents' main events are one event: the same class, an anchor in
    common (or none named in one of them) and dates (of the events, or else of the reports)
    at most a few days apart."""
    if a is None or b is None or not (a.main and b.main) or a.doc == b.doc:
        return False
    if a.type is None or a.type != b.type or not story_figures(a.type):
        return False
    anchors_a, anchors_b = {*a.places, *a.actors}, {*b.places, *b.actors}
    shared = bool(anchors_a & anchors_b) or not (anchors_a and anchors_b)
    if a.date is not None and b.date is not None:
        # two reports of one class of event on the same day or the next are one event even
        # when they name it by different places (a city, a street); days apart need an anchor
        return _days_apart(a.date, b.date) <= (SAME_EVENT_DAYS if shared else 1)
    if not shared:
        return False
    # a series of quakes in one region: without the event's dates, only reports published
    # within days of each other tell of one event
    if a.reported is None or b.reported is None:
        return False
    return abs((a.reported - b.reported).days) <= SAME_EVENT_DAYS


def same_dated_event(a: Event | None, b: Event | None, *, by_anchor: bool = True) -> bool:
    """Whether two documents' main events are one event, judged without the dates they give
    it (those are what is compared): the same class, and a named anchor in common or, when
    they name different ones (a city, a street), reports published within days of each
    other; the dates they give at most a week apart. With ``by_anchor`` false the caller
    has found what the two stories share elsewhere (a name both give): reports published
    days apart are still different events."""
    if a is None or b is None or not (a.main and b.main) or a.doc == b.doc:
        return False
    if a.type is None or b.type is None:
        return _same_untold_event(a, b, by_anchor=by_anchor)
    if not one_kind(a.type, b.type):
        return False
    if not by_anchor:
        apart = a.reported and b.reported and abs((a.reported - b.reported).days) >= WEEK
        return not apart and _days_apart(a.date, b.date) < WEEK
    if not {*a.places, *a.actors} & {*b.places, *b.actors}:
        if a.reported is None or b.reported is None:
            return False
        if abs((a.reported - b.reported).days) > SAME_EVENT_DAYS:
            return False
    return _days_apart(a.date, b.date) < WEEK


def _same_untold_event(a: Event, b: Event, *, by_anchor: bool) -> bool:
    """Two main events no word of whose leads names by kind ("charged two councilmen",
    "learned that their jobs will go"): one event only when both are untold (a vigil told
    without a kind is not the shooting another story names), their leads name something
    in common (a place, a company, a person), the reports were published within days of
    each other (without a kind, nothing else tells a feature on the team's week from the
    report of Friday's game), and the days are at most a week apart."""
    if a.type is not None or b.type is not None or not by_anchor:
        return False
    if not {*a.places, *a.actors} & {*b.places, *b.actors}:
        return False
    if a.reported is None or b.reported is None:
        return False
    if abs((a.reported - b.reported).days) > SAME_EVENT_DAYS:
        return False
    return _days_apart(a.date, b.date) < WEEK


def one_kind(a: str, b: str) -> bool:
    """Whether two kinds may name one event: the same kind, or a generic kind ("an attack")
    and a specific one it names loosely ("a strike", "a shooting")."""
    if a == b:
        return True
    ka, kb = event_kind(a), event_kind(b)
    for loose, exact in ((ka, kb), (kb, ka)):
        if loose is not None and exact is not None and loose.generic and not exact.generic:
            if not loose.loosely or exact.name in loose.loosely:
                return True
    return False


def day_gap(a: DateValue | None, b: DateValue | None) -> int:
    """Days between two resolved dates that do not overlap (0 when they do or are unknown)."""
    return _days_apart(a, b)
