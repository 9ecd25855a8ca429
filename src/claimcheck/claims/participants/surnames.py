"""Surnames used alone at the start of a sentence, where entity extraction leaves them.

A capitalised word opening a sentence may be any word, so the entity extractor does not type
it; the age written beside it says it is a person's name: "Teixeira, 28, agreed to ...",
"Whitfield, a 44-year-old father of two, was ...", when the document names the person in
full elsewhere. :func:`with_lone_surnames` adds those as person mentions, so the age has its
person and the surname links to the full name.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator, Sequence

import regex

from claimcheck.language.aliases import make_id
from claimcheck.model import Document, Entity, Mention
from claimcheck.normalization.names.canonical import name_key

__all__ = ["with_lone_surnames"]

_LONE_SURNAME = regex.compile(
    r"(?:\A|(?<=[.!?][\"'\u201d\u2019)]*\s+)|(?<=\n\s*))"
    r"(?P<name>(?:Mc|Mac|O['\u2019])?\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?)"
    r"(?=,\s+(?:\d{1,3}\s*[,)]|(?:a|an|the)\s+\d{1,3}[-\s\u2010\u2011]years?[-\s\u2010\u2011]old))"
)

#: Words that open a sentence before a comma and a number without being anyone's name.
_NOT_NAMES = frozenset(
    [
        "however",
        "meanwhile",
        "overall",
        "today",
        "yesterday",
        "tonight",
        "now",
        "then",
        "still",
        "instead",
        "also",
        "besides",
        "later",
        "earlier",
        "finally",
        "first",
        "second",
        "third",
        "last",
        "next",
        "again",
        "so",
        "thus",
        "otherwise",
        "altogether",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "police",
        "officials",
        "authorities",
        "prosecutors",
        "investigators",
        "witnesses",
        "officers",
    ]
)


def _surnames_named(mentions: Sequence[Mention]) -> frozenset[str]:
    """The last words of the names of two or more words the document gives."""
    out = set()
    for m in mentions:
        if m.kind == "entity" and isinstance(m.value, Entity) and m.value.type != "location":
            words = m.value.canonical.split()
            if len(words) >= 2:
                out.add(words[-1])
    return frozenset(out)


def _lone_surnames(document: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """Lone surnames opening a sentence beside an age, of a name the document gives in full
    elsewhere ("Showrunner, 51," is nobody's surname)."""
    plain = document.plain
    surnames = _surnames_named(mentions)
    covered = sorted((m.plain_start, m.plain_end) for m in mentions if m.kind == "entity")
    starts = [s for s, _ in covered]
    ordered = sorted(mentions, key=lambda m: m.plain_start)
    at = [m.plain_start for m in ordered]
    out: list[Mention] = []
    for found in _LONE_SURNAME.finditer(plain):
        s, e = found.span("name")
        word = found.group("name")
        if word.lower() in _NOT_NAMES or word not in surnames:
            continue
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and covered[i][1] > s:
            continue  # already an entity
        j = bisect.bisect_left(at, e)
        if j >= len(ordered):
            continue
        fs, fe = document.file_span(s, e)
        out.append(
            Mention(
                doc=document.id,
                kind="entity",
                start=fs,
                end=fe,
                text=document.text[fs:fe],
                value=Entity(type="person", canonical=word, id=make_id("person", name_key(word))),
                plain_start=s,
                plain_end=e,
                sentence=ordered[j].sentence,
                extractor="participants",
            )
        )
    return out


def _whole_word_spans(plain: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` is written as whole words in ``plain`` (a plain search: one per name)."""
    at = plain.find(text)
    while at >= 0:
        end = at + len(text)
        before = plain[at - 1 : at]
        after = plain[end : end + 1]
        joined = before.isalnum() or (before != "" and before in "'\u2019-")
        if not joined and not after.isalnum():
            yield at, end
        at = plain.find(text, end)


def _uncovered_names(document: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """Other places a person's full name is written where extraction found no name: a
    title-case headline ("Kimani Gray, 16, Killed By Police") reads as no names at all."""
    plain = document.plain
    names: dict[str, Mention] = {}
    for m in mentions:
        v = m.value
        if (
            m.kind == "entity"
            and isinstance(v, Entity)
            and v.type in ("person", "other")
            and len(m.text.split()) >= 2
            and m.text == plain[m.plain_start : m.plain_end]
        ):
            names.setdefault(m.text, m)
    if not names:
        return []
    covered = sorted((m.plain_start, m.plain_end) for m in mentions if m.kind == "entity")
    starts = [s for s, _ in covered]
    ordered = sorted(mentions, key=lambda m: m.plain_start)
    at = [m.plain_start for m in ordered]
    out: list[Mention] = []
    for text, m in names.items():
        for s, e in _whole_word_spans(plain, text):
            i = bisect.bisect_right(starts, e - 1) - 1
            if i >= 0 and covered[i][1] > s:
                continue  # an entity is written there already
            fs, fe = document.file_span(s, e)
            j = min(bisect.bisect_left(at, e), len(ordered) - 1)
            out.append(
                dataclasses.replace(
                    m,
                    start=fs,
                    end=fe,
                    plain_start=s,
                    plain_end=e,
                    sentence=ordered[j].sentence,
                    extractor="participants",
                )
            )
    return out


def _shared_surnames(mentions: Sequence[Mention]) -> Sequence[Mention]:
    """A surname used alone that extraction gave to one of two people of that surname
    ("Kimani Gray" and his mother "Maria Gray" ... "Gray, 45,"): whose, the text does not say,
    so it is given an id of its own. A title before it ("Coach Williams") says whose."""
    people = [
        (i, m, m.value)
        for i, m in enumerate(mentions)
        if m.kind == "entity"
        and isinstance(m.value, Entity)
        and m.value.type in ("person", "other")
    ]
    alone = [(i, m, v) for i, m, v in people if not v.role and " " not in m.text.strip()]
    if not alone:
        return mentions
    fulls: dict[str, set[str]] = {}
    for _, _, v in people:
        words = v.canonical.split()
        if len(words) >= 2:
            fulls.setdefault(words[-1].lower(), set()).add(v.id)
    out = list(mentions)
    for i, m, v in alone:
        ids = fulls.get(m.text.strip().lower(), set())
        if v.id in ids and len(ids) > 1:
            attrs = {k: x for k, x in m.attrs.items() if k not in ("full_name", "linked_by")}
            own = make_id("person", name_key(m.text))
            out[i] = dataclasses.replace(
                m, value=dataclasses.replace(v, id=own, canonical=m.text), attrs=attrs
            )
    return out


def with_lone_surnames(document: Document, mentions: Sequence[Mention]) -> Sequence[Mention]:
    """``mentions`` with the surnames used alone at the start of a sentence beside an age, a
    person's full name where extraction found none (a title-case headline), and a surname that
    two people of the document share kept apart from both."""
    mentions = _shared_surnames(mentions)
    extra = [*_lone_surnames(document, mentions), *_uncovered_names(document, mentions)]
    if not extra:
        return mentions
    return sorted((*mentions, *extra), key=lambda m: (m.plain_start, m.plain_end))
