"""Small helpers the date parsers share: bounded matching, looking back, modifier words."""

from __future__ import annotations

import regex

from claimcheck.extraction.dates.grammar import DateGrammar
from claimcheck.language.calendar import fold, phrase_key

__all__ = [
    "LOOKBACK",
    "group",
    "look_back",
    "match_at",
    "modifier_meaning",
    "normalize",
    "part_meaning",
    "range_start",
]

#: How far back (characters) modifiers such as "early", "last" or "between" are looked for.
LOOKBACK = 40
#: How far forward an anchored pattern may reach from its trigger.
WINDOW = 120


_LAST = frozenset(
    {"last", "past", "previous", "this past", "dernier", "derniere", "passe", "passee"}
)
_NEXT = frozenset({"next", "coming", "this coming", "prochain", "prochaine"})
_THIS = frozenset({"this", "ce", "cet", "cette"})


def match_at(pattern: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    """``pattern`` anchored at ``pos``, looking at a bounded window only.

    Bounding the window keeps each attempt cheap: the ``regex`` module may otherwise scan the
    rest of the text for a literal the pattern requires ("century", "quarter").
    """
    return pattern.match(text, pos, min(len(text), pos + WINDOW))


def look_back(
    pattern: regex.Pattern[str], text: str, pos: int, floor: int
) -> regex.Match[str] | None:
    """``pattern`` (ending in ``\\Z``) matched against the text just before ``pos``.

    ``floor`` is where the previous mention ended: nothing before it is looked at.
    """
    return pattern.search(text, max(floor, pos - LOOKBACK), pos)


def group(m: regex.Match[str], name: str) -> str | None:
    """A named group of ``m``, or ``None`` when this language's pattern has no such group."""
    return m.groupdict().get(name)


def normalize(word: str) -> str:
    """A modifier as a lookup key: folded, with single spaces ("This  Past" -> "this past")."""
    return phrase_key(word)


def modifier_meaning(word: str) -> str | None:
    """ "last", "next" or "this" for a modifier of a month or weekday, in any language."""
    key = normalize(word)
    if key in _LAST or key.startswith(("letzte", "vergangene", "vorige")):
        return "last"
    if key in _NEXT or key.startswith(("nachste", "kommende")):
        return "next"
    if key in _THIS or key.startswith("diese"):
        return "this"
    return None


def part_meaning(word: str) -> str | None:
    """ "early", "mid" or "late" for a part word ("the end of", "Mitte", "début" ...)."""
    key = normalize(word)
    if "begin" in key or "start" in key or key in ("early", "anfang", "debut"):
        return "early"
    if "mid" in key or key in ("mitte", "mi", "milieu"):
        return "mid"
    if "end" in key or key in ("late", "ende", "fin"):
        return "late"
    return None


def range_start(g: DateGrammar, text: str, start: int, gap: str, floor: int) -> int | None:
    """Where a range starts, given the words joining its ends ("between May 1 and 3").

    The range takes in its opener ("from", "between", "vom", "du"); a range joined by "and"
    needs "between" (or "zwischen", "entre"), otherwise ``None``.
    """
    opener = look_back(g.range_before, text, start, floor)
    between = opener is not None and fold(opener.group("open")).startswith(
        ("between", "zwischen", "entre")
    )
    if normalize(gap) in g.phrases.and_words and not between:
        return None
    return opener.start("open") if opener is not None else start
