"""Grammatical tense around a date mention: does the sentence talk about the past or the future?

A relative date ("on Tuesday", "in December") is resolved differently in "the group attacked on
Tuesday" and in "the court will rule on Tuesday". Like SUTime's relative-date heuristics, this
looks at the sentence holding the mention and takes the tense cue nearest to it: future markers
(will, 'll, going to, plans to, wants to, is to, scheduled, has been scheduled, would, could,
may be, next ...; not "should", in news mostly a judgement rather than a time), past-tense verbs (irregular forms and
regular "-ed" forms) and their German and French counterparts. No cue means ``None``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

import regex

__all__ = ["Tense", "sentence_bounds", "tense_near"]

Tense = Literal["past", "future"]

#: How far (in characters) to look for the sentence around a mention.
_WINDOW = 320

_FUTURE = {
    "en": r"(?:has|have|had)\s+been\s+(?:scheduled|set|planned|slated)|"
    r"(?:might|could|would)(?!\s+have)|may\s+(?:be|not)|will|won[’']t|shall|going\s+to|plans?\s+to|planned|planning|intends?\s+to|"
    r"intended\s+to|aims?\s+to|aimed\s+to|(?:wants?|hopes?|expects?|seeks?|promised|"
    r"pledged|vowed|agreed|promises|pledges|vows|agrees)\s+to|(?:is|are|was|were)\s+(?:due|set|expected|slated|scheduled|to)|"
    r"scheduled|slated|upcoming|next|later\s+this",
    "de": r"wird|werden|wirst|werde|soll|sollen|sollte|geplant|plant|planen|will|wollen|"
    r"nächste[nmrs]?|kommende[nmrs]?|bevorstehende[nmrs]?|voraussichtlich",
    "fr": r"va|vont|sera|seront|aura|auront|devrait|devraient|doit|doivent|veut|veulent|"
    r"compte|comptent|entend|entendent|prévoit|prévoient|souhaite|souhaitent|"
    r"prochaine?s?|prévue?s?|\w{3,}(?:eront|iront|era|ira)|"
    r"\w{3,}(?:dra|rra|vra|tra|ura|dront|rront|vront|tront|uront)",  # viendra, pourra, devra
}

_PAST = {
    "en": r"was|were|had|did|(?:has|have)\s+been|said|says?\s+(?:it|he|she|they)\s+(?:was|were|had)|told|went|came|"
    r"took|made|saw|met|left|began|held|gave|found|got|became|brought|fell|fought|won|lost|"
    r"struck|shot|sent|kept|paid|sold|spoke|wrote|chose|rose|led|fled|ran|stood|thought|felt|"
    r"heard|knew|meant|broke|drove|flew|grew|threw|wore|ate|caught|taught|sought|built|spent|"
    r"ago|earlier",
    "de": r"war|waren|wurde|wurden|hatte|hatten|hat|haben|sagte|sagten|erklärte|erklärten|"
    r"teilte|teilten|gab|gaben|kam|kamen|fand|fanden|begann|begannen|starb|starben|vergangene[nmrs]?",
    "fr": r"(?:a|ont)(?!\s+lieu)|avait|avaient|était|étaient|fut|furent|eut|eurent|il\s+y\s+a|\w{3,}aient|"
    r"dernière?s?",
}

#: Regular past-tense forms, where a language marks them with an ending ("-ed").
_REGULAR_PAST = {"en": r"\b[a-z]{2,}ed\b"}
#: Languages that elide a word before a verb ("c'était", "qu'il a").
_ELIDING = frozenset({"fr"})
#: A future clitic ("we'll").
_FUTURE_CLITIC = {"en": r"(?<=\w)[’']ll(?!\w)"}

#: Words ending in "-ed" that are not past-tense verbs (or are mostly adjectives in news).
_NOT_PAST_ED = frozenset(
    [
        "need",
        "bed",
        "red",
        "shed",
        "wed",
        "fed",
        "led",
        "sled",
        "seed",
        "feed",
        "weed",
        "deed",
        "need",
        "heed",
        "speed",
        "bleed",
        "breed",
        "creed",
        "greed",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
        "hundred",
        "kindred",
        "sacred",
        "naked",
        "wicked",
        "rugged",
        "beloved",
        "based",
        "armed",
        "alleged",
        "concerned",
        "detailed",
        "limited",
        "advanced",
        "experienced",
        "skilled",
        "talented",
        "renowned",
        "united",
        "related",
        "supposed",
        "so-called",
        "interested",
        "used",
        "tired",
    ]
)

#: "be held", "are planned", "was killed", "remain closed": a participle after a form of "be"
#: (or of a copula such as "remain", "stay") takes its tense from that verb, which is a cue of
#: its own when it is "was", "were" or "remained".
_PASSIVE_BEFORE = re.compile(
    r"(?<![\w’'])(?:be|been|being|is|are|am|was|were|remains?|stays?|staying|remaining)\s+$"
)

#: "has announced", "have cut", "has already made": a participle of the present perfect
_PERFECT_BEFORE = re.compile(
    r"(?<![\w’'])(?:has|have|[’']s|[’']ve)\s+(?:(?:\w+ly|already|just|also|now|since|not|never)\s+)?$"
)
#: A verb in -ing ("resulting", "leading", "bringing"): the start of another event
_ING_VERB = re.compile(r"(?<![\w’'-])[a-z]{3,}ing(?![\w’'-])")
#: Words in -ing that are prepositions or nouns, not another event ("during the quarter")
_NOT_AN_EVENT = frozenset(
    {"during", "including", "following", "according", "regarding", "concerning", "excluding",
     "pending", "notwithstanding", "beginning", "starting", "ending", "trading", "morning",
     "evening", "spring", "something", "nothing", "anything", "everything", "thing", "king",
     "spending", "funding", "earnings", "meeting", "building", "opening", "closing", "selling"}
)  # fmt: skip

#: A promise or plan made in the past ("pledged to", "agreed to"): what follows it lies
#: ahead of the promise, but a date written before it dates the promise itself
_SAID_AHEAD = re.compile(r"(?:promised|pledged|vowed|agreed|intended|aimed)\b")

_SENTENCE_END = regex.compile(r"[.!?]['\"”’)\]]*\s+(?=[\"“‘(\[]?[\p{Lu}\d])|\n")


@cache
def _cue_pattern(language: str) -> re.Pattern[str]:
    future = _FUTURE.get(language, _FUTURE["en"])
    past = _PAST.get(language, _PAST["en"])
    regular = _REGULAR_PAST.get(language)
    ed = rf"|(?P<ed>{regular})" if regular else ""
    # matched against lower-cased text: much faster than a case-insensitive pattern
    short = _FUTURE_CLITIC.get(language)
    contraction = rf"|(?P<ll>{short})" if short else ""
    # a cue may follow an elided word where the language elides ("c'était", "n'ont", "l'a")
    before = r"(?<!\w)" if language in _ELIDING else r"(?<![\w’'])"
    return re.compile(rf"{before}(?:(?P<fut>{future})|(?P<past>{past}))(?![\w’']){contraction}{ed}")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around ``text[start:end]`` (bounded to a window)."""
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    hi = min(len(text), end + _WINDOW)
    m = _SENTENCE_END.search(text, end, hi)
    right = m.start() + 1 if m else hi
    return left, right


#: "since November", "seit März", "depuis juin": what follows lies before the time of speaking
_SINCE_BEFORE = regex.compile(r"(?<!\w)(?:since|ever\s+since|seit|depuis)\s+(?:\w+\s+)?\Z", regex.I)


def _perfect_of_another_event(window: str, cue: re.Match[str], start: int) -> bool:
    """Is ``cue`` a participle of the present perfect followed, before the mention at
    ``start``, by a verb of another event? The perfect tells of a past reaching the time of
    speaking ("GM has reported a loss in the fourth quarter", published in January: last
    year's); the event after it may lie ahead ("Ford has announced cuts, resulting in the
    closure of ten plants during the fourth quarter", published in August: this year's)."""
    if cue.group("past") is not None or cue.end() > start:
        return False
    if not _PERFECT_BEFORE.search(window, max(0, cue.start() - 24), cue.start()):
        return False
    return any(w.group() not in _NOT_AN_EVENT for w in _ING_VERB.finditer(window, cue.end(), start))


def tense_near(text: str, start: int, end: int, language: str = "en") -> Tense | None:
    """The tense cue nearest to the mention ``text[start:end]`` within its sentence; a mention
    right after "since" ("seit", "depuis", with at most one word between) is in the past."""
    if _SINCE_BEFORE.search(text, max(0, start - 24), start):
        return "past"
    left, right = sentence_bounds(text, start, end)
    window = text[left:right].lower()
    start, end = start - left, end - left
    best: Tense | None = None
    best_distance = None
    for m in _cue_pattern(language).finditer(window):
        if m.start() < end and m.end() > start:
            continue
        kind: Tense
        if m.group("fut") or m.groupdict().get("ll"):
            kind = "future"
            if m.start() >= end and _SAID_AHEAD.match(m.group("fut") or ""):
                kind = "past"  # "On Sunday, the G7 pledged to act": the pledge is dated
        else:
            if m.group("past") is None:
                word = m.group("ed")
                if word is None or word in _NOT_PAST_ED:
                    continue
            if _PASSIVE_BEFORE.search(window, max(0, m.start() - 12), m.start()):
                continue
            if _perfect_of_another_event(window, m, start):
                continue
            kind = "past"
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best_distance is None or distance < best_distance:
            best, best_distance = kind, distance
    return best
