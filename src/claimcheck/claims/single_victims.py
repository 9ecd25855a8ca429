"""One victim told without a numeral.

Local reports of a shooting or a crash often count a single dead person by the article alone:
"A man was shot and killed Saturday", "A 19-year-old died at the scene", and in the headline
"Man, 19, killed in Eastside shooting" or "Teen dies after crash". Another report of the same
incident writes "one dead" or "1 killed"; when one of them is changed, the pair must still be
compared. This module gives such a phrase as a number mention of one (extractor ``single``),
spanning the person phrase, so that it is framed like any other count.

Only where a story tells its main event: in the headline, or opening one of the first two
sentences of the body (after a dateline or "Police say"), never inside a clause that recalls
something else ("weeks after a man was killed there"). A document that tells of a second
death ("a second victim", "also died", "both were killed", "and then himself") gives none:
its single phrase would then be one of the dead, not their number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from claimcheck.claims.sums import counted_mention
from claimcheck.model import Document, Mention, Segment

__all__ = ["single_victims"]

_PERSON = (
    r"(?:man|woman|boy|girl|teen|teenager|child|toddler|infant|baby|person|motorist|driver|"
    r"pedestrian|cyclist|bicyclist|motorcyclist|passenger|worker|resident|student|"
    r"bystander|officer|deputy|trooper|firefighter|mother|father|grandmother|grandfather)"
)
_ADJ = r"(?:young|elderly|old|teenage|local|unidentified|off-duty|\d{1,3}-year-old)"
#: The person phrase: "A man", "An elderly woman", "A 19-year-old", "a 19-year-old man".
_NP = rf"\b(?:A|a|An|an)\s+(?:{_ADJ}\s+){{0,2}}(?:{_PERSON}|\d{{1,3}}-year-old)\b"
_DEATH = (
    r"(?:(?:was|has\s+been|is)\s+(?:(?:fatally|mortally)\s+(?:shot|stabbed|wounded|injured|"
    r"struck)|shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|stabbed\s+to\s+death|"
    r"killed|found\s+dead|dead|pronounced\s+dead)|died|is\s+dead)\b"
)
#: Where the phrase may open the sentence: at its start, after a dateline or an attribution.
_OPENING = regex.compile(
    r"\A(?:[\p{Lu}][\p{L}.,' ]{1,40}(?:\s*\([\p{L} ]{1,20}\))?\s*(?:--|[\u2014\u2013]|\s-\s)\s*)?"
    r"(?:(?:Police|Authorities|Officials|Investigators|Deputies)\s+(?:say|said)\s+)?\Z"
)
_LEAD = regex.compile(rf"(?P<np>{_NP})(?:\s*,\s*\d{{1,3}}\s*,)?\s+{_DEATH}")
#: A telegraphic headline: "Man killed in ...", "Man, 19, killed", "Teen dies after crash".
_HEADLINE = regex.compile(
    r"(?P<np>(?i:man|woman|boy|girl|teen|teenager|child|toddler|person|motorist|driver|"
    r"pedestrian|cyclist|motorcyclist))(?:\s*,\s*\d{1,3}\s*,)?\s+"
    r"(?i:killed|dies|dead|shot\s+dead|fatally\s+(?:shot|stabbed|struck)|slain)\b"
)
#: A second death told anywhere in the document.
_ANOTHER = regex.compile(
    r"\b(?:second|another|third)\s+(?:victim|person|man|woman|teen|teenager|boy|girl)\b|"
    r"\balso\s+(?:died|killed|dead)\b|\bboth\s+(?:died|were\s+killed|dead)\b|"
    r"\b(?:himself|herself|themselves)\b|\bdouble\s+(?:homicide|murder)\b|"
    r"\bmurder-suicide\b|\bvictims\s+(?:died|were\s+killed|were\s+pronounced)\b",
    regex.I,
)
_LEAD_SENTENCES = 2


def single_victims(
    document: Document, segments: Sequence[Segment], headlines: Iterable[int]
) -> list[Mention]:
    """A number mention of one for each phrase that counts a single dead person in the
    headline (``headlines``: the indices of its segments) or the lead (see the module
    docstring)."""
    plain = document.plain
    if _ANOTHER.search(plain):
        return []
    heads = frozenset(headlines)
    body = [i for i in range(len(segments)) if i not in heads][:_LEAD_SENTENCES]
    out: list[Mention] = []
    for index in sorted(heads):
        seg = segments[index]
        m = _HEADLINE.match(plain[seg.plain_start : seg.plain_end])
        if m is not None:
            start = seg.plain_start + m.start("np")
            out.append(
                counted_mention(document, index, start, start + len(m.group("np")), 1.0, "single")
            )
    for index in body:
        seg = segments[index]
        text = plain[seg.plain_start : seg.plain_end]
        for m in _LEAD.finditer(text):
            if _OPENING.match(text[: m.start()]):
                start = seg.plain_start + m.start("np")
                out.append(
                    counted_mention(
                        document, index, start, start + len(m.group("np")), 1.0, "single"
                    )
                )
                break
    return out
