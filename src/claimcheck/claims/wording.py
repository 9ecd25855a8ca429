"""A claim's frame in words, for findings: whose figure it is and of which event.

count_phrase(claim)      "number of people killed in the shooting in Las Vegas on Saturday 5 September"
statement_phrase(claim)  "41 workers were killed"
"""

from __future__ import annotations

from claimcheck.claims.attributes import attribute_record
from claimcheck.claims.event_kinds import event_kind
from claimcheck.model import Claim, Event

__all__ = ["count_phrase", "event_noun", "event_phrase", "statement_phrase"]

#: An attribute that dates an event of its own, as the event's noun ("arrested" -> arrest).
_EVENT_NOUNS = {
    "killed": "death",
    "injured": "injury",
    "arrested": "arrest",
    "shot": "shooting",
    "charged": "charge",
    "kidnapped": "kidnapping",
}


def event_noun(event: str | None) -> str:
    """An event class in words: "shooting", "arrest" (for "arrested"), "event" for none."""
    if not event:
        return "event"
    kind = event_kind(event)
    return _EVENT_NOUNS.get(event) or (kind.noun if kind else event)


_SINGULAR = {
    "people": "person",
    "police": "police officer",
    "men": "man",
    "women": "woman",
    "children": "child",
    "crew": "crew member",
    "staff": "staff member",
}


def _singular(noun: str) -> str:
    if noun in _SINGULAR:
        return _SINGULAR[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def event_phrase(event: Event | None, *, fallback: str | None = None) -> str:
    """ "in the shooting in Las Vegas on Saturday 5 September", or "in the shooting" from the
    trigger word alone; empty when nothing is known."""
    if event is not None and event.main and event.type:
        return f" in {event.describe()}"
    if fallback:
        return f" in the {fallback}"
    return ""


def count_phrase(claim: Claim, other: Claim | None = None) -> str:
    """What a count counts, in words: "number of people killed in the fire in Dhaka"."""
    subject = claim.subject or (other.subject if other else None)
    attribute = claim.attribute or (other.attribute if other else None)
    record = attribute_record(attribute) if attribute else None
    if record is not None and record.kind == "property":
        what = record.phrase
    elif attribute:
        participle = record.phrase if record else attribute
        what = f"number of {subject or 'people'} {participle}"
    elif subject:
        what = f"number of {subject}"
    else:
        what = "figure"
    where = event_phrase(claim.event_ref) or (event_phrase(other.event_ref) if other else "")
    where = where or event_phrase(None, fallback=claim.event or (other.event if other else None))
    if record is not None and record.kind == "property" and where:
        where = " of" + where.removeprefix(" in")  # "magnitude of the earthquake"
    return what + where


def statement_phrase(claim: Claim) -> str:
    """The statement a count makes: "41 workers were killed", "1 person was injured"."""
    value = claim.mention.value.describe()
    number = getattr(claim.mention.value, "value", None)
    subject = claim.subject or "people"
    record = attribute_record(claim.attribute) if claim.attribute else None
    if record is None or record.kind != "count":
        return f"{value} ({count_phrase(claim)})"
    one = number == 1 and getattr(claim.mention.value, "qualifier", "exact") == "exact"
    noun = _singular(subject) if one else subject
    return f"{value} {noun} {'was' if one else 'were'} {record.phrase}"
