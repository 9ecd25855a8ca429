"""Who is who across a cluster: the same participant in several documents.

Two participants are linked

* by **name**: the same name key in both (entity ids are built from name keys, so a known
  transliteration, "Mohammed" and "Muhammad", is the same name already);
* by **surname**: a person named by surname alone in one document ("Ortiz") and in full in
  another, when exactly one person of the cluster has that surname in full;
* by a **slip**: the same given name, or the same title, with surnames one letter apart
  ("Maria Rodriguez" and "Maria Rodriguaz"; fire chief "Gonzales" and "Gonzalez"), also inside
  one document (a full name, later a surname one letter off it);
* by **role**: two described people ("a 19-year-old man", "the victim, aged 27"), when each of
  the two documents has exactly one described person of that role.

Two people with similar names in different roles, or with different given names, are not
linked. Candidate pairs are found by blocking on name keys, never by comparing every pair.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from claimcheck.claims.participants.people import Participant
from claimcheck.language.aliases import AliasTable, id_slug
from claimcheck.model import Entity
from claimcheck.normalization.names.canonical import role_key
from claimcheck.normalization.names.slips import (
    known_variant,
    one_letter_apart,
    slip_keys,
    word_key,
)

__all__ = ["LINKING_ROLES", "Cast", "Link", "link_participants"]

How = Literal["name", "surname", "slip", "role"]


@dataclass(frozen=True, slots=True)
class Link:
    """Two participants judged to be one person, and why."""

    a: Participant
    b: Participant
    how: How

    @property
    def across(self) -> bool:
        return self.a.doc != self.b.doc


@dataclass(frozen=True, slots=True)
class Cast:
    """The participants of every document of a run, and the links between them."""

    people: Mapping[str, tuple[Participant, ...]]
    links: tuple[Link, ...]

    def links_of(self, *hows: How) -> Iterator[Link]:
        return (lk for lk in self.links if not hows or lk.how in hows)

    def groups(self) -> list[list[Participant]]:
        """Participants that are one person (linked by name, surname or slip), two or more."""
        parent: dict[tuple[str, str], tuple[str, str]] = {}

        def find(x: tuple[str, str]) -> tuple[str, str]:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for lk in self.links:
            if lk.how != "role":
                parent[find((lk.a.doc, lk.a.key))] = find((lk.b.doc, lk.b.key))
        out: dict[tuple[str, str], list[Participant]] = defaultdict(list)
        for ps in self.people.values():
            for p in ps:
                if (p.doc, p.key) in parent:
                    out[find((p.doc, p.key))].append(p)
        return [g for g in out.values() if len(g) > 1]


def _name_key(p: Participant) -> str | None:
    if not p.name or not p.mentions:
        return None
    return id_slug(p.key)[1]


def _offices(p: Participant, table: AliasTable) -> set[str]:
    out = set()
    for t in p.titles:
        if t.modifier:
            continue
        out.add(role_key(t.office, table) or t.office.lower())
    return out


def _short_key(p: Participant) -> str:
    """Given name and surname: "Brian G. Nichols" and "Brian Nichols" are one name."""
    return f"{word_key(p.given or '')} {word_key(p.surname or '')}"


def _by_name(everyone: Sequence[Participant]) -> Iterator[Link]:
    """The same name, in full or without a middle name or initial, in two documents."""
    by_key: dict[str, list[Participant]] = defaultdict(list)
    for p in everyone:
        if _name_key(p) is not None and p.named_in_full:
            by_key[_short_key(p)].append(p)
    for ps in by_key.values():
        for a, b in itertools.pairwise(ps):
            if a.doc != b.doc:
                yield Link(a, b, "name")


def _by_surname(everyone: Sequence[Participant]) -> Iterator[Link]:
    full: dict[str, dict[str, Participant]] = defaultdict(dict)
    for p in everyone:
        if p.named_in_full and p.surname:
            full[word_key(p.surname)].setdefault(_short_key(p), p)
    # a document that names someone in full has linked its own surname mentions already
    named_here = {(p.doc, word_key(p.surname or "")) for p in everyone if p.named_in_full}
    alone: dict[str, Participant] = {}  # surname -> the last report naming only it
    for p in everyone:
        if p.named_in_full or not p.surname or not p.mentions:
            continue
        sk = word_key(p.surname)
        cands = full.get(sk, {})
        if (p.doc, sk) in named_here or len(cands) > 1:
            continue
        if not cands:
            # nobody in the cluster is named in full: "Comeaux, 49," in two reports
            prev = alone.get(sk)
            if prev is not None and prev.doc != p.doc:
                yield Link(prev, p, "surname")
            alone[sk] = p
            continue
        target = next(iter(cands.values()))
        if target.doc != p.doc:
            yield Link(target, p, "surname")


def _slip_pair(a: Participant, b: Participant, table: AliasTable, typed: set[str]) -> bool:
    """Surnames one letter apart, with the same given name or the same title."""
    if not a.surname or not b.surname or _name_key(a) == _name_key(b):
        return False
    if not (a.typed or b.typed or _short_key(a) in typed or _short_key(b) in typed):
        return False  # "Gordon Advisers" and "Gordon Advisors": nothing says these are people
    if not one_letter_apart(a.surname, b.surname) or known_variant(a.surname, b.surname, table):
        return False
    if a.given and b.given:
        return word_key(a.given) == word_key(b.given)
    if a.doc == b.doc:
        return a.named_in_full != b.named_in_full  # "Kevin Reilly", later "Reily"
    return bool(_offices(a, table) & _offices(b, table))  # fire chief "Gonzales", "Gonzalez"


def _by_slip(everyone: Sequence[Participant], table: AliasTable) -> Iterator[Link]:
    typed = {_short_key(p) for p in everyone if p.typed and p.named_in_full}
    block: dict[str, list[int]] = defaultdict(list)
    spelling: dict[int, str] = {}
    for i, p in enumerate(everyone):
        if (surname := p.surname) and p.mentions:
            spelling[i] = surname
            for k in slip_keys(surname):
                block[k].append(i)
    for x, y in _slip_candidates(block.values(), spelling, table):
        a, b = everyone[x], everyone[y]
        if _slip_pair(a, b, table, typed):
            yield Link(a, b, "slip")


def _slip_candidates(
    blocks: Iterable[Sequence[int]], spelling: Mapping[int, str], table: AliasTable
) -> list[tuple[int, int]]:
    """The pairs of participants in one block whose surnames are spelled one letter apart, in
    the order block by block, then by position, each pair once.

    A block holds everyone whose surname has one form in common, so a common surname fills
    one with hundreds of people; most of them spell it alike, and two alike spellings are
    never a slip. The members are grouped by spelling and each pair of spellings is judged
    once, so the work grows with the pairs of spellings one letter apart, not with the
    square of the people who bear them."""
    judged: dict[tuple[str, str], bool] = {}
    folds: dict[str, str] = {}
    first: dict[tuple[int, int], tuple[int, int, int]] = {}
    for n, ids in enumerate(blocks):
        groups: dict[str, list[int]] = defaultdict(list)  # folded spelling -> members
        shown: dict[str, str] = {}  # folded spelling -> a surname spelled so
        for i in ids:
            if (folded := folds.get(spelling[i])) is None:
                folded = folds[spelling[i]] = word_key(spelling[i])
            groups[folded].append(i)
            shown.setdefault(folded, spelling[i])
        if len(groups) < 2:
            continue
        for sa, sb in itertools.combinations(groups, 2):
            key = (sa, sb) if sa < sb else (sb, sa)
            if key not in judged:
                x, y = shown[sa], shown[sb]
                judged[key] = one_letter_apart(x, y) and not known_variant(x, y, table)
            if not judged[key]:
                continue
            for i in groups[sa]:
                for j in groups[sb]:
                    pair = (i, j) if i < j else (j, i)
                    if pair not in first:
                        first[pair] = (n, *pair)
    return sorted(first, key=first.__getitem__)


#: Roles that name one person of a story ("the victim", "the suspect", "the deputy"); "a man"
#: or "a girl" may be any of several.
LINKING_ROLES = frozenset({"victim", "suspect", "officer"})


def _by_surname_slip(
    everyone: Sequence[Participant], table: AliasTable, typed: set[str]
) -> Iterator[Link]:
    """A surname used alone ("Dr Gepta") one letter off the surname of exactly one person the
    cluster names in full ("Sanjay Gupta"), a spelling nobody's full name has."""
    block: dict[str, set[str]] = defaultdict(set)
    fulls: dict[str, Participant] = {}
    surnames: dict[str, str] = {}  # short key -> the surname of the first so named
    for p in everyone:
        if p.named_in_full and (surname := p.surname) and p.mentions:
            short = _short_key(p)
            if fulls.setdefault(short, p) is p:
                surnames[short] = surname
            for k in slip_keys(surname):
                block[k].add(short)
    exact = {word_key(s) for s in surnames.values()}
    judged: dict[tuple[str, str], bool] = {}  # (alone, full) surnames -> one letter apart
    for p in everyone:
        if p.named_in_full or not p.surname or not p.mentions or word_key(p.surname) in exact:
            continue
        cands = {
            key
            for k in slip_keys(p.surname)
            for key in block.get(k, ())
            if _slip_of(p.surname, surnames[key], table, judged)
        }
        if len(cands) != 1:
            continue
        key = next(iter(cands))
        target = fulls[key]
        # a full name one letter off in p's own document is a slip inside it, found as such
        here = any(q.doc == p.doc for q in (fulls[c] for c in cands))
        if (
            not here
            and target.doc != p.doc
            and (key in typed or _typed_person(p))  # a person's name, not "Zion Ranch"
            and word_key(p.surname)[:1] == word_key(target.surname or "")[:1]
        ):
            yield Link(target, p, "slip")


def _slip_of(alone: str, full: str, table: AliasTable, judged: dict[tuple[str, str], bool]) -> bool:
    """Whether two surnames are one letter apart and not known spellings of one name,
    judged once per pair of spellings."""
    known = judged.get((alone, full))
    if known is None:
        known = judged[alone, full] = one_letter_apart(alone, full) and not known_variant(
            alone, full, table
        )
    return known


def _typed_person(p: Participant) -> bool:
    """Whether entity extraction itself typed a participant's mentions as a person's name
    ("Dr Gepta"): then the full name one letter off it is a person's too."""
    return any(isinstance(m.value, Entity) and m.value.type == "person" for m in p.mentions)


def _named_apart(
    a: Participant, b: Participant, people: Mapping[str, tuple[Participant, ...]]
) -> bool:
    """Whether the report that only describes one of the two names the other in the very
    sentence of the description ("Zurana Horton ... and an 11-year-old girl were wounded"):
    two people, not one. (A name in another sentence may be the person described.)"""
    named, described = (a, b) if a.name else (b, a)
    if not named.surname:
        return False
    key = word_key(named.surname)
    sentences = {x.mention.sentence for x in described.ages}
    return any(
        q.surname
        and word_key(q.surname) == key
        and any(m.sentence in sentences for m in q.mentions)
        for q in people[described.doc]
    )


def _role_keys(p: Participant) -> tuple[tuple[str, str | None], ...]:
    """Keys a described person of a linking role is known by: the role, then the role and
    gender ("the victim"; "the man killed", "the woman wounded")."""
    assert p.role is not None
    return ((p.role, None), (p.role, p.gender)) if p.gender else ((p.role, None),)


def _by_role(people: Mapping[str, tuple[Participant, ...]]) -> Iterator[Link]:
    """People of one story role ("the victim", "the suspect"), one per document, chained
    document to document; where a document has several of a role, one of that role and
    gender ("a 19-year-old man was killed and a 34-year-old woman wounded"). Two named people
    are linked by their names, not their role."""
    last: dict[tuple[str, str | None], Participant] = {}
    done: set[tuple[str, str, str, str]] = set()
    for ps in people.values():
        counts: dict[tuple[str, str | None], list[Participant]] = defaultdict(list)
        for p in ps:
            if p.role in LINKING_ROLES and p.ages:
                for key in _role_keys(p):
                    counts[key].append(p)
        for key, items in counts.items():
            if len(items) != 1:
                continue
            prev, cur = last.get(key), items[0]
            if prev is not None and not (prev.name and cur.name):
                pair = (prev.doc, prev.key, cur.doc, cur.key)
                if pair not in done and not _named_apart(prev, cur, people):
                    done.add(pair)
                    yield Link(prev, cur, "role")
            last[key] = cur


def _kin_key(p: Participant) -> tuple[str, str] | None:
    """("mendes", "daughter") for a described person known as someone's relative."""
    if p.name:
        return None
    for a in p.ages:
        if a.kin_of and a.noun:
            return word_key(a.kin_of.split()[-1]), a.noun
    return None


def _by_kin(people: Mapping[str, tuple[Participant, ...]]) -> Iterator[Link]:
    """ "Ms. Mendes' 12-year-old daughter" and "the 22-year-old daughter of Rosa Mendes": one
    relative of one family in each of two documents."""
    last: dict[tuple[str, str], Participant] = {}
    for ps in people.values():
        here: dict[tuple[str, str], list[Participant]] = defaultdict(list)
        for p in ps:
            key = _kin_key(p)
            if key is not None:
                here[key].append(p)
        for key, items in here.items():
            if len(items) != 1:
                continue
            prev = last.get(key)
            if prev is not None:
                yield Link(prev, items[0], "role")
            last[key] = items[0]


def link_participants(
    people: Mapping[str, Sequence[Participant]], *, aliases: AliasTable | None = None
) -> Cast:
    """Link the participants of several documents (see the module docstring)."""
    table = aliases if aliases is not None else AliasTable.default()
    frozen = {doc: tuple(ps) for doc, ps in people.items()}
    everyone = [p for ps in frozen.values() for p in ps]
    links = [
        *_by_name(everyone),
        *_by_surname(everyone),
        *_by_slip(everyone, table),
        *_by_surname_slip(everyone, table, {_short_key(p) for p in everyone if p.typed}),
        *_by_role(frozen),
        *_by_kin(frozen),
    ]
    return Cast(people=frozen, links=tuple(links))
