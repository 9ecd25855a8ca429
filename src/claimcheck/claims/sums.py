"""The sum of coordinated groups that share one casualty predicate.

"A mother and her two young children died" says three people died; "two officers and a
civilian were hurt" that three were hurt; "the blast killed five women and a man" that six
were killed. Each group is a part of the event's figure (framing reads "two" as a part), and
their sum is the figure itself, to be compared with another report's total ("Three dead in
Birch Avenue fire"). This module finds such lists and gives their sum as a number mention
spanning the whole list, so that it is framed like any other count.

Only lists of people each counted by a numeral or one person ("a man", "her husband"), joined
by "and", with the predicate right after the list ("died", "were killed", "who were hurt") or
the verb right before it ("killed five women and a man"). A list that breaks down a figure
given before it ("three people, a man and two women", "Among the dead were ...") is a part of
that figure, not a sum; a killer counted with his victims ("killed three people and then
himself") is not summed either: reports differ on whether the dead include him.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.model import Document, Mention, Number, Segment

__all__ = ["coordinated_sums", "counted_mention"]

_SINGULAR = (
    "man|woman|boy|girl|child|baby|infant|toddler|teenager|teen|mother|father|son|daughter|"
    "wife|husband|brother|sister|grandmother|grandfather|grandson|granddaughter|aunt|uncle|"
    "nephew|niece|cousin|officer|policeman|policewoman|driver|passenger|pilot|worker|"
    "firefighter|teacher|student|pupil|civilian|guard|soldier|nurse|doctor|resident|"
    "neighbou?r|friend|relative|bystander|tourist|customer|employee|clerk|guest|motorist|"
    "cyclist|pedestrian|hiker|climber|fisherman|miner|farmer|journalist|photographer"
)
_PLURAL = (
    "men|women|boys|girls|children|babies|infants|toddlers|teenagers|teens|sons|daughters|"
    "brothers|sisters|grandchildren|officers|policemen|drivers|passengers|pilots|workers|"
    "firefighters|teachers|students|pupils|civilians|guards|soldiers|nurses|doctors|"
    "residents|neighbou?rs|friends|relatives|bystanders|tourists|customers|employees|"
    "clerks|guests|motorists|cyclists|pedestrians|hikers|climbers|fishermen|miners|"
    "farmers|journalists|photographers|people"
)
_NUMERALS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_ADJ = (
    r"(?:(?:young|elderly|old|teenage|adult|infant|baby|little|small|female|male|local|"
    r"off-duty|\d{1,2}-year-old|\p{L}+-year-old)\s+){0,2}"
)
_OWNER = r"(?:(?:his|her|their|its)\s+)"
_ONE = rf"(?:(?:a|an|one|the|his|her|their)\s+{_ADJ}(?:{_SINGULAR})\b)"
_MANY = rf"(?:{_OWNER}?(?P<n>\d{{1,3}}|{'|'.join(_NUMERALS)})\s+{_ADJ}(?:{_PLURAL})\b)"
_CONJUNCT = rf"(?:{_ONE}|{_MANY})"
_LIST = regex.compile(
    rf"\b(?P<list>{_CONJUNCT}(?:\s*,\s*{_CONJUNCT})*\s*,?\s+(?:and|&)\s+"
    rf"{_CONJUNCT})\b",
    regex.I,
)
_CONJUNCT_RE = regex.compile(rf"{_ONE}|{_MANY}", regex.I)
#: The list's predicate right after it: "died", "were killed", "who were all hurt".
_PREDICATE_AFTER = regex.compile(
    r"\A\s*,?\s*(?:who\s+)?(?:(?:were|was|have|had|has|are)\s+)?(?:(?:all|both|also|been|"
    r"later|reportedly|fatally|critically|seriously|badly)\s+){0,2}"
    r"(?P<verb>died|dead|killed|slain|drowned|perished|injured|wounded|hurt|hospitali[sz]ed|"
    r"arrested|detained|shot|stabbed|"
    r"missing|rescued|kidnapped|abducted)\b",
    regex.I,
)
#: The verb the list is the object of: "the blast killed five women and a man".
_VERB_BEFORE = regex.compile(
    r"\b(?P<verb>killed|killing|kills|injured|injuring|injures|wounded|wounding|hurt|"
    r"hurting|arrested|arresting|detained|detaining|rescued|rescuing|kidnapped|abducted)"
    r"\s+(?:at\s+least\s+)?\Z",
    regex.I,
)
#: Before a breakdown of a figure already given: "three people, a man and two women",
#: "Among the dead were", "including", "Of those killed,".
_BREAKDOWN = regex.compile(
    r"(?:[,:(\u2014\u2013-]\s*|\b(?:including|among\s+(?:them|the\s+[\p{L}]+|those\s+[\p{L}]+)"
    r"(?:\s+(?:were|was|are))?|of\s+(?:them|whom))\s*)\Z",
    regex.I,
)
#: A killer counted with the list ("... and then himself").
_SELF = regex.compile(r"\A[^.;]{0,30}\b(?:himself|herself|themselves)\b", regex.I)


def coordinated_sums(
    document: Document, segments: Sequence[Segment], mentions: Sequence[Mention]
) -> list[Mention]:
    """A number mention (extractor ``sum``) for each list of people that shares a casualty
    predicate, valued at the sum of its groups and spanning the list."""
    out: list[Mention] = []
    plain = document.plain
    for index, seg in enumerate(segments):
        text = plain[seg.plain_start : seg.plain_end]
        for m in _LIST.finditer(text):
            total = _total(m.group("list"))
            if total is None or not _shared_predicate(text, m.start(), m.end()):
                continue
            start, end = seg.plain_start + m.start("list"), seg.plain_start + m.end("list")
            out.append(counted_mention(document, index, start, end, float(total), "sum"))
    return out


def _total(phrase: str) -> int | None:
    """The sum of a list's groups; ``None`` for a list whose first group is broken down by
    the rest ("three people, a man and two women") or that sums to fewer than two."""
    counts = []
    for c in _CONJUNCT_RE.finditer(phrase):
        n = c.group("n")
        counts.append(1 if n is None else int(n) if n.isdigit() else _NUMERALS[n.lower()])
        if c.group().lower().endswith("people"):
            return None  # "three people, a man and two women": a whole and its parts
    if len(counts) > 2 and counts[0] == sum(counts[1:]):
        return None
    total = sum(counts)
    return total if total >= 2 else None


def _shared_predicate(text: str, start: int, end: int) -> bool:
    before, after = text[:start], text[end:]
    if _BREAKDOWN.search(before) or _SELF.match(after):
        return False
    return bool(_PREDICATE_AFTER.match(after) or _VERB_BEFORE.search(before))


def counted_mention(
    document: Document, sentence: int, start: int, end: int, value: float, extractor: str
) -> Mention:
    """A count the words give without a numeral ("a mother and her two children": 3; "A man
    was shot and killed": 1), as a number mention over the words that tell it."""
    fs, fe = document.file_span(start, end)
    return Mention(
        doc=document.id,
        kind="number",
        start=fs,
        end=fe,
        text=document.text[fs:fe],
        value=Number(value=value),
        plain_start=start,
        plain_end=end,
        sentence=sentence,
        extractor=extractor,
    )
