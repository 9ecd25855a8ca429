"""A claim's frame in words, for findings: whose figure it is and of which event.

count_phrase(claim)      "number of people killed in the shooting in Las Vegas on Saturday 5 September"
statement_phrase(claim)  "41 workers were killed"
"""

from __future__ import annotations

from claimcheck.claims.attributes import attribute_record
from claimcheck.claims.event_kinds import event_kind
from claimcheck.claims.lexicon import PART_GROUPS, PERSON_SUBJECTS
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


_IRREGULAR = {singular: plural for plural, singular in _SINGULAR.items()}
#: Counted groups that are plural as they stand.
_PLURAL_AS_IS = frozenset(
    {"people", "police", "crew", "staff", "personnel", "aircraft", "cattle", "livestock"}
)


def _plural(noun: str) -> str:
    """A counted group in the plural, as a message names it: "magazine" -> "magazines",
    "round of ammunition" -> "rounds of ammunition", "family" -> "families"."""
    head, sep, rest = noun.partition(" of ")
    if sep:
        return f"{_plural(head)} of {rest}"
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun in _PLURAL_AS_IS or noun in _SINGULAR or noun.endswith(("s", "men", "children")):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("ch", "sh", "x", "z")):
        return noun + "es"
    return noun + "s"


def _group(claim: Claim, other: Claim | None) -> str | None:
    """The counted group two statements share, in the plural; "people" when one report
    calls the victims or suspects by one name and the other by another."""
    mine, theirs = claim.subject, other.subject if other else None
    if mine and theirs and mine != theirs:
        return "people"
    noun = mine or theirs
    if other is not None and mine != theirs and noun in PERSON_SUBJECTS - PART_GROUPS:
        return "people"  # "seven others" and "two men": the victims, however named
    return _plural(noun) if noun else None


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
    subject = _group(claim, other)
    attribute = claim.attribute or (other.attribute if other else None)
    record = attribute_record(attribute) if attribute else None
    if record is not None and record.kind in ("property", "measure"):
        what = record.phrase
    elif attribute:
        participle = record.phrase if record else attribute
        what = f"number of {subject or 'people'} {participle}"
    elif claim.subject and _property(claim.subject):
        what = _property(claim.subject)  # "the 6.1-magnitude quake": its magnitude
    elif subject:
        what = f"number of {subject}"
    else:
        what = "figure"
    where = event_phrase(claim.event_ref) or (event_phrase(other.event_ref) if other else "")
    where = where or event_phrase(None, fallback=claim.event or (other.event if other else None))
    restated = f" in the {_EVENT_NOUNS[attribute]}" if attribute in _EVENT_NOUNS else None
    if restated and (where == restated or where.startswith(restated + " ")):
        # "people killed on Sunday 15 September", not "people killed in the death on ..."
        where = where.removeprefix(restated)
    named = not attribute and bool(claim.subject and _property(claim.subject))
    if (named or (record is not None and record.kind == "property")) and where:
        where = " of" + where.removeprefix(" in")  # "magnitude of the earthquake"
    return what + where


def _property(noun: str) -> str:
    """The phrase of a property attribute a noun names ("magnitude"), or ""."""
    record = attribute_record(noun)
    return record.phrase if record is not None and record.kind == "property" else ""


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
