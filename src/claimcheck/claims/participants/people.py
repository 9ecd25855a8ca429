"""The people of one document: named or described, with age, gender, role and titles.

A named person is every mention of one entity id (entity linking has already given a surname
used alone the id of the full name it shortens). A described person ("a 19-year-old man",
"the victim, aged 27,") is known only by the age statement that describes them; a later
"the 19-year-old" with the same age is the same person, and so is a named person with that
same age when exactly one has it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from claimcheck.claims.participants.ages import PERSON_NOUNS, Age, find_ages, in_headline
from claimcheck.claims.participants.surnames import with_lone_surnames
from claimcheck.claims.participants.titles import (
    with_appositive_title,
    with_title_before,
    with_title_phrase_before,
)
from claimcheck.model import Document, Entity, Mention
from claimcheck.normalization.names.slips import one_letter_apart, word_key

__all__ = ["Participant", "Title", "find_participants"]

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Titles and honorifics an extracted name may begin with, beside the offices of the role
#: table ("Councilman Victor Haldane", "Dr. Maria Okafor").
_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "rev",
        "sir",
        "dame",
        "councilman",
        "councilwoman",
        "councillor",
        "councilor",
        "alderman",
        "alderwoman",
        "commissioner",
        "sgt",
        "lt",
        "capt",
        "det",
        "cpl",
        "gen",
        "col",
        "maj",
        "gov",
        "sen",
        "rep",
        "officer",
        # what makes a title a lesser one ("Assistant Tony DiLeo")
        "assistant",
        "associate",
    ]
)


def _is_title_word(word: str) -> bool:
    w = word.lower().strip(".")
    return w in _HONORIFICS or w in _role_words() or w in PERSON_NOUNS


@dataclass(frozen=True, slots=True, kw_only=True)
class Title:
    """A title written with a person's name: "foreign ministry spokesperson", "Fire Chief"."""

    mention: Mention
    #: The role as the entity extractor normalized it ("spokesperson", "Prime Minister").
    office: str
    #: The organisation or country qualifying it as written ("foreign ministry"), if any.
    qualifier: str = ""
    #: "former", "acting", "then": a title that is not a claim about now.
    modifier: str = ""

    @property
    def text(self) -> str:
        return " ".join(p for p in (self.modifier, self.qualifier, self.office) if p)


@dataclass(frozen=True, slots=True, kw_only=True)
class Participant:
    """One person in one document."""

    doc: str
    #: Unique in the document: the entity id, or ``described:<n>`` for an unnamed person.
    key: str
    #: The name as the document settles it ("Maria Lopez"), ``None`` for a described person.
    name: str | None = None
    mentions: tuple[Mention, ...] = ()
    ages: tuple[Age, ...] = ()
    #: The story role: "victim", "suspect", "officer", or a person noun ("man", "woman").
    role: str | None = None
    gender: str | None = None
    titles: tuple[Title, ...] = ()
    #: Whether the text shows this is a person (a role, an age, a speech verb, a surname used
    #: alone), not only a name shaped like one.
    typed: bool = True

    @property
    def words(self) -> tuple[str, ...]:
        if not self.name:
            return ()
        ws = [w.strip(".,") for w in self.name.split()]
        while len(ws) > 1 and ws[-1].lower() in _SUFFIXES:
            ws.pop()
        while len(ws) > 2 and _is_title_word(ws[0]):
            ws.pop(0)  # "Councilman Victor Haldane": the title is not the given name
        return tuple(w for w in ws if w)

    @property
    def named_in_full(self) -> bool:
        return len(self.words) >= 2

    @property
    def given(self) -> str | None:
        ws = self.words
        return ws[0] if len(ws) >= 2 else None

    @property
    def surname(self) -> str | None:
        ws = self.words
        return ws[-1] if ws else None

    @property
    def first_mention(self) -> Mention | None:
        if self.mentions:
            return self.mentions[0]
        return self.ages[0].mention if self.ages else None

    def describe(self) -> str:
        """How a message names the person: "Maria Lopez", "the victim", "the 19-year-old man"."""
        if self.name:
            return self.name
        kin = next((a for a in self.ages if a.kin_of and a.noun), None)
        if kin is not None:
            assert kin.kin_of is not None
            mark = "\u2019" if kin.kin_of.endswith("s") else "\u2019s"
            return f"{kin.kin_of}{mark} {kin.noun}"  # "Mendes’ daughter"
        if self.role and self.role not in ("person", "relative"):
            return f"the {self.role}"
        noun = next((a.noun for a in self.ages if a.noun), None)
        return f"the {noun}" if noun else "the person"


def _title(m: Mention) -> Title | None:
    v = m.value
    if not isinstance(v, Entity) or not v.role:
        return None
    attrs = m.attrs or {}
    qual = attrs.get("role_org_surface") or ""
    return Title(
        mention=m,
        office=v.role,
        qualifier=" ".join(str(qual).split()),
        modifier=str(attrs.get("role_modifier") or ""),
    )


def _merged_role(current: str | None, *more: str | None) -> str | None:
    """A person's role from several statements: their part in the story ("victim",
    "suspect") over what they are ("girl", "student"), else the first one given."""
    for r in (current, *more):
        if r in ("victim", "suspect"):
            return r
    return next((r for r in (current, *more) if r), None)


def _titled(document: Document, m: Mention) -> Mention:
    """A name's mention with the title written before or beside it, however written."""
    return with_title_before(
        document, with_title_phrase_before(document, with_appositive_title(document, m))
    )


def _named(
    document: Document, mentions: Sequence[Mention], ages: Sequence[Age]
) -> list[Participant]:
    """Named people: the entity mentions of persons, grouped by id, with their ages."""
    aged_ids = {
        a.name.value.id for a in ages if a.name is not None and isinstance(a.name.value, Entity)
    }
    by_id: dict[str, list[Mention]] = defaultdict(list)
    mentions = [_titled(document, m) for m in mentions]
    for m in mentions:
        v = m.value
        if m.kind != "entity" or not isinstance(v, Entity):
            continue
        if v.type == "person" or (
            v.type == "other" and (v.id in aged_ids or _person_name(v.canonical))
        ):
            by_id[v.id].append(m)
    merged = _untyped(mentions, by_id)
    _strays(document.plain, mentions, by_id)
    ages_of: dict[str, list[Age]] = defaultdict(list)
    for a in ages:
        if a.name is not None and isinstance(a.name.value, Entity):
            ages_of[merged.get(a.name.value.id, a.name.value.id)].append(a)
    out = []
    for eid, ms in by_id.items():
        v = max(ms, key=lambda m: len(_name_words(m))).value
        assert isinstance(v, Entity)
        if v.type != "person" and eid not in aged_ids and _only_a_place(document.plain, ms):
            continue
        if v.canonical.lower() in PERSON_NOUNS:
            continue  # "the Scot", a headline's "Woman": a description, not a name
        own = ages_of.get(eid, [])
        titles = tuple(t for t in map(_title, ms) if t is not None)
        role = _merged_role(None, *(a.role for a in own)) or _named_role(document.plain, ms)
        gender = next((a.gender for a in own if a.gender), None)
        typed = bool(own or titles) or any(
            (isinstance(m.value, Entity) and m.value.type == "person")
            or _PERSON_AFTER.match(document.plain, m.plain_end, m.plain_end + 24)
            for m in ms
        )
        name = v.canonical if v.type == "person" else _person_name(v.canonical) or v.canonical
        if name.endswith((" Jr", " Sr")):
            name += "."  # "Tyrone Mills Jr.", as written
        out.append(
            Participant(
                doc=document.id,
                key=eid,
                typed=typed or len({len(_name_words(m)) for m in ms}) > 1,
                name=name,
                mentions=tuple(ms),
                ages=tuple(own),
                role=role,
                gender=gender,
                titles=titles,
            )
        )
    return out


#: A description of the victim or the suspect right before the name it introduces: "The
#: victim, Maria Lopez,", "the man who died, Harold Quist,", "identified the man killed as
#: 71-year-old Harold Quist", "police identified the gunman as ...".
_ROLE_BEFORE_NAME = regex.compile(
    r"(?i)\b(?:(?P<victim>victim|(?:man|woman|boy|girl|person|teen|teenager|child|driver)"
    r"\s+(?:who\s+(?:died|was\s+killed|was\s+shot\s+dead)|killed|slain))"
    r"|(?P<suspect>suspect|gunman|shooter|attacker|assailant))"
    r"(?:(?P<comma>\s*,)|\s+(?:was\s+|has\s+been\s+)?identified\s+as|\s+as)"
    r"\s+(?:\d{1,3}[-\s]years?[-\s]old\s+)?\Z"
)
#: What was done to a name, right before it: "police arrested 23-year-old Vishwanand
#: Subryan", "charged Maria Lopez", "struck and killed Raj Chohan" (a verb alone, "shot
#: Gray", may be told of a bystander or in a quotation: not enough to give a part).
_DONE_TO_NAME = regex.compile(
    r"(?i)\b(?:(?P<suspect>arrested|charged|booked|detained|apprehended|indicted)|"
    r"(?P<victim>struck\s+and\s+killed|shot\s+and\s+killed|fatally\s+(?:shot|struck|stabbed)))"
    r"\s+(?:\d{1,3}[-\s]years?[-\s]old\s+)?\Z"
)


#: A place's name in an apposition after a person's ("Reyes, 24, of East Orange, was ..."),
#: or a second person's name sharing the predicate ("Reyes, 24, and Ana Ortiz, 31, died").
_PLACE_WORDS = r"\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}"
#: The predicate right after a name (and its age): "Quist, 71, died", "Ortiz was shot",
#: "Reyes, 24, was arrested"; a clause in between ("Ortiz said the man was shot") says
#: nothing of the name.
_ROLE_AFTER_NAME = regex.compile(
    r"\G(?:\s*,\s*\d{1,3}\s*,?)?(?:\s+and\s+" + _PLACE_WORDS + r"(?:\s*,\s*\d{1,3}\s*,)?)?"
    r"(?:\s*,?\s*(?:of|from)\s+" + _PLACE_WORDS + r"\s*,)?\s+(?:"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:(?P<suspect>"
    r"arrested|charged|detained|booked|apprehended|indicted|taken\s+into\s+custody)|(?P<victim>killed|"
    r"shot|stabbed|wounded|injured|struck|murdered|found\s+dead|pronounced\s+dead))"
    r"|(?P<victim2>died)|(?P<suspect2>opened\s+fire|(?:shot\s+and\s+killed|fatally\s+shot|"
    r"gunned\s+down)\s+(?:a|an|the|his|her|their|two|three|\d+|\p{Lu}\p{Ll}+)))\b"
)


#: A description the name is identified as, the identifying verb before or after it: "police
#: identified the man killed in Englewood on Saturday as", "the teen who died has been
#: identified as", "identified the suspect in the shooting as".
_IDENTIFIED_AS = regex.compile(
    r"(?i)(?P<verb>identified\s+)?(?:the|a|an)\s+(?P<desc>(?:[\p{L}-]+\s+){0,2}?"
    r"(?P<noun>\p{L}+)(?P<rest>[^.;!?\n]{0,90}?))\s+(?:(?:was|has\s+been|had\s+been|have\s+been)"
    r"\s+(?:later\s+|since\s+|now\s+)?(?P<passive>identified)\s+)?as\s+"
    r"(?:\d{1,3}[-\s]years?[-\s]old\s+)?\Z"
)
_DETERMINER = regex.compile(r"(?i)(?<![\w-])(?:identified\s+)?(?:the|an?)\s")
_SUSPECT_DESC = regex.compile(
    r"(?i)\b(?:suspect|gunman|shooter|attacker|assailant|robber|killer|arrested|charged|wanted)\b"
)
_VICTIM_DESC = regex.compile(
    r"(?i)\b(?:victim|killed|slain|dead|died|shot|wounded|injured|hurt|struck|fatal|fatally|"
    r"deadly|murdered|stabbed)\b"
)


def _identified_role(plain: str, m: Mention) -> str | None:
    """ "victim" or "suspect" for a name a description is identified as ("identified the man
    killed Saturday as John Smith"), when the description says which, and only one of them."""
    lo = max(0, m.plain_start - 160)
    for det in reversed(list(_DETERMINER.finditer(plain, lo, m.plain_start))):
        found = _IDENTIFIED_AS.match(plain, det.start(), m.plain_start)
        if found is None or not (found.group("verb") or found.group("passive")):
            continue
        if PERSON_NOUNS.get(found.group("noun").lower()) is not None:
            return _role_of_description(found)
    return None


def _role_of_description(found: regex.Match[str]) -> str | None:
    """ "victim" or "suspect" as the words of a description say ("the man killed", "the
    suspect in the fatal shooting"), ``None`` when they say neither."""
    desc = found.group("desc")
    suspect, victim = _SUSPECT_DESC.search(desc), _VICTIM_DESC.search(desc)
    if suspect is not None and victim is not None:
        if suspect.start() < victim.start() and found.group("noun").lower() != "victim":
            return "suspect"  # "the suspect in the fatal shooting"
        return "victim" if suspect.start() > victim.start() else None
    return "suspect" if suspect is not None else "victim" if victim is not None else None


def _named_role(plain: str, mentions: Sequence[Mention]) -> str | None:
    """ "victim" or "suspect" for a named person when a description introducing the name, or
    the predicate of the clause the name is in, says which; ``None`` when the mentions say
    nothing or disagree."""
    found = set()
    for m in mentions:
        if len(m.text.split()) < 2:
            continue  # a surname alone may be a relative's ("Jenkin, 23, was charged")
        before = _ROLE_BEFORE_NAME.search(plain, max(0, m.plain_start - 60), m.plain_start)
        if before is not None and not (
            before.group("comma") and plain[m.plain_end : m.plain_end + 1] not in (",", "(")
        ):  # "the victim, Maria Lopez, ..." but not "was the shooter, Coleman testified"
            found.add("victim" if before.group("victim") else "suspect")
            continue
        identified = _identified_role(plain, m)
        if identified is not None:
            found.add(identified)
            continue
        done = _DONE_TO_NAME.search(plain, max(0, m.plain_start - 40), m.plain_start)
        if done is not None:
            found.add("suspect" if done.group("suspect") else "victim")
            continue
        after = _ROLE_AFTER_NAME.match(plain, m.plain_end, m.plain_end + 60)
        if after is not None:
            suspect = after.group("suspect") or after.group("suspect2")
            found.add("suspect" if suspect else "victim")
    return found.pop() if len(found) == 1 else None


_PARTICLES = frozenset(
    {"van", "de", "der", "den", "la", "los", "las", "del", "della", "di", "du", "von"}
)


def _surname_key(words: Sequence[str]) -> str:
    """The key of a name's surname, with its particles: "van dyke" for "Jason Van Dyke". A
    suffix is kept: "Jr" says the family shares the name, so "Flynn" alone may be the
    daughter of "Herbert Flynn Jr"."""
    ws = list(words)
    k = len(ws) - 1
    while k > 0 and ws[k - 1].lower() in _PARTICLES:
        k -= 1
    return " ".join(word_key(w) for w in ws[k:])


def _untyped(mentions: Sequence[Mention], by_id: dict[str, list[Mention]]) -> dict[str, str]:
    """ "Warren Jeffs ... loyal to Jeffs": a name whose last word the text later uses alone is a
    person's, though nothing else types it. Adds such names to ``by_id`` and returns the id of
    each surname used alone -> the id of its full name."""
    ents = [
        m
        for m in mentions
        if m.kind == "entity" and isinstance(m.value, Entity) and m.value.type in _PERSONISH
    ]
    full: dict[str, set[str]] = defaultdict(set)
    for m in ents:
        words = _name_words(m)
        key = _surname_key(words)
        if 2 <= len(words) <= 5 and len(key.split()) < len(words):
            full[key].add(m.value.id)  # type: ignore[union-attr]
            full[key.split()[-1]].add(m.value.id)  # type: ignore[union-attr]
    merged: dict[str, str] = {}
    for m in ents:
        words = _name_words(m)
        key = _surname_key(words)
        ids = full.get(key) if len(words) == len(key.split()) else None
        if ids is not None and len(ids) == 1:
            merged[m.value.id] = next(iter(ids))  # type: ignore[union-attr]
    if not merged:
        return merged
    targets = set(merged.values())
    for m in ents:
        eid = m.value.id  # type: ignore[union-attr]
        target = merged.get(eid) or (eid if eid in targets else None)
        if target is not None and all(x is not m for x in by_id[target]):
            by_id[target].append(m)
    for eid in merged:
        by_id.pop(eid, None)
    for ms in by_id.values():
        ms.sort(key=lambda m: m.start)
    return merged


#: A preposition of place right before a name: "shot in North Philadelphia", "at Park Heights".
_PLACE_BEFORE = regex.compile(
    r"(?i)(?<![\w-])(?:in|at|near|outside|inside|across|around|throughout|toward|towards)\s+"
    r"(?:the\s+)?\Z"
)


def _only_a_place(plain: str, mentions: Sequence[Mention]) -> bool:
    """Whether a name nothing types as a person's is only ever written where a place goes
    ("a shooting in North Philadelphia"): a place, not someone a description refers to."""
    longest = max(len(m.text.split()) for m in mentions)
    return longest > 1 and all(
        _PLACE_BEFORE.search(plain, max(0, m.plain_start - 16), m.plain_start)
        and not plain.startswith(("'s", "\u2019s"), m.plain_end)
        for m in mentions
        if len(m.text.split()) == longest
    )  # the full name's mentions: "Philadelphia police" is no surname of "North Philadelphia"


_PERSONISH = frozenset({"person", "other"})
#: What follows only a person's name: "Seth MacFarlane, who ...", "... said", "... told".
_PERSON_AFTER = regex.compile(
    r",\s+(?:who|whose)\b|\s+(?:said|says|told|tells|added|testified|pleaded)\b"
)
#: A given name, an optional initial, a surname (with its particle: "Van Dyke", "de la Cruz")
#: and a suffix: "Maria Okafor", "Brian G. Nichols", "Tyrone Mills Jr". A name of this shape
#: is a person's even when nothing around it says so.
_PARTICLE = (
    r"(?:(?:[Vv]an(?: [Dd]e[rn]?)?|[Dd]e(?: la| los| las)?|[Dd]el|[Dd]ella|[Dd]i|[Dd]u|[Vv]on) )"
)
_NAME = (
    r"\p{Lu}\p{Ll}+(?: \p{Lu}\.)? " + _PARTICLE + r"?(?:Mc|Mac|O['\u2019]|D['\u2019])?\p{Lu}\p{Ll}+"
    r"(?:['\u2019-]\p{Lu}?\p{Ll}+)?(?: (?:Jr|Sr|II|III|IV)\.?)?"
)
_NAME_LIKE = regex.compile(_NAME)
#: "Secretary of the Interior Ken Salazar" read as one name: the title, then the person's name.
_TITLED_NAME = regex.compile(r"(?P<title>.+?) (?P<name>" + _NAME + r")")


def _person_name(canonical: str) -> str | None:
    """The person's name in an entity name, or ``None`` when it does not look like one."""
    if _NAME_LIKE.fullmatch(canonical):
        return canonical
    m = _TITLED_NAME.fullmatch(canonical)
    if m is None:
        return None
    words = set(m.group("title").lower().replace("-", " ").split())
    return m.group("name") if words & (_role_words() | _HONORIFICS) else None


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    from claimcheck.language.aliases import AliasTable

    return frozenset(w for k in AliasTable.default().roles for w in k.lower().split())


def _name_words(m: Mention) -> list[str]:
    v = m.value
    return v.canonical.split() if isinstance(v, Entity) else []


def _strays(plain: str, mentions: Sequence[Mention], by_id: dict[str, list[Mention]]) -> None:
    """Add the lone capitalised words one letter off a named person's surname ("Maria
    Lopez" ... "Lopaz said"): a misspelt surname that extraction could not type. A word inside
    quotation marks ("the 'Gary Ross Is Boss' campaign") is a quoted title, not a name."""
    surnames = set()
    for ms in by_id.values():
        words = max((_name_words(m) for m in ms), key=len)
        if len(words) >= 2:
            surnames.add(words[-1])
    if not surnames:
        return
    for m in mentions:
        v = m.value
        if m.kind != "entity" or not isinstance(v, Entity) or v.type != "other":
            continue
        if " " not in v.canonical and any(one_letter_apart(v.canonical, s) for s in surnames):
            if not _quoted(plain, m.plain_start):
                by_id[v.id].append(m)


def _quoted(plain: str, pos: int) -> bool:
    """Whether ``pos`` is inside quotation marks opened earlier in its paragraph."""
    start = plain.rfind("\n", max(0, pos - 400), pos) + 1
    before = plain[max(start, pos - 400) : pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


#: "The 26-year-old actress ...", "police said the 44-year-old was ...", "and the
#: 44-year-old's lawyer ...": a definite description as the subject of its clause, the place
#: where a report refers back to the person its story is about. After a verb or a preposition
#: ("told the 36-year-old driver", "the assault on the 15-year-old") it is someone else.
_SUBJECT_SLOT = regex.compile(
    r"(?i)(?:\A|[.!?:;][\"'\u201d\u2019)]*\s+|\n\s*|,\s+|(?<![\w-])(?:said|says|say|that|and|"
    r"but|when|while|because|where|although|though)\s+)\Z"
)
_THE_BEFORE = regex.compile(r"(?i)(?<![\w-])the\s+\Z")
#: Who speaks for a person or is theirs: "a spokesman for the 33-year-old", "lawyers for the
#: 44-year-old", "the family of the 19-year-old": the person the story is about.
_SPEAKING_FOR = regex.compile(
    r"(?i)(?<![\w-])(?:spokes(?:man|woman|person)|representatives?|reps?|publicist|lawyers?|"
    r"attorneys?|agent|family|relatives|parents|friends)\s+(?:for|of)\s+\Z"
)


def _definite_subject(plain: str, pos: int) -> bool:
    """Whether the words at ``pos`` follow a "the" that opens a clause's subject."""
    det = _THE_BEFORE.search(plain, max(0, pos - 8), pos)
    return det is not None and bool(
        _SUBJECT_SLOT.search(plain, max(0, det.start() - 16), det.start())
        or _SPEAKING_FOR.search(plain, max(0, det.start() - 32), det.start())
    )


def _description_start(plain: str, a: Age) -> int | None:
    """Where the words of the description an age is told in begin: "the [44-year-old]
    driver", "the [actress], 43,", "the [victim], aged 27,"."""
    m = a.mention
    if a.construction == "year-old":
        return m.plain_start
    if a.construction not in ("apposition", "aged") or a.holder != "noun" or not a.noun:
        return None
    lo = max(0, m.plain_start - 60)
    found = regex.search(
        r"(?i)(?<![\w-])the\s+(?P<words>(?:[\p{L}-]+\s+){0,2}?"
        + regex.escape(a.noun)
        + r")\s*[,(]\s*(?:aged\s+)?\Z",
        plain[lo : m.plain_start],
    )
    return lo + found.start("words") if found is not None else None


#: How many sentences back a description or a pronoun looks for the person it refers to.
_ANTECEDENT_SENTENCES = 2
#: How far back (in characters) a description looks for an indefinite introduction of its
#: own noun ("a woman was shot ... the 44-year-old woman" is that woman, not someone named).
_INTRODUCTION_SPAN = 400

#: Described people a definite description may refer back to when one person is named just
#: before: "the 44-year-old man", "the 26-year-old actress". A child ("the 12-year-old girl")
#: or a relative ("the 12-year-old daughter") is someone else in all likelihood.
_NOT_ANAPHORIC_ROLES = frozenset({"relative", "child", "girl", "boy"})
#: Roles of a person's part in an incident: one person does not play two of them.
_STORY_ROLES = frozenset({"victim", "suspect", "driver"})


#: After a description's noun, what identifies the person anew: "the 44-year-old driver of
#: the pickup", "the 30-year-old owner of a bakery".
_NEW_PERSON_AFTER = regex.compile(r"\G\s+of\s+(?:the|an?)\s")


def _introduces(plain: str, a: Age) -> bool:
    """Whether a description names its person anew by what they are of ("the driver of the
    pickup") rather than referring back to someone named."""
    if a.noun is None:
        return False
    end = a.mention.plain_end
    found = regex.search(r"(?i)\b" + regex.escape(a.noun) + r"\b", plain[end : end + 60])
    return found is not None and bool(_NEW_PERSON_AFTER.match(plain, end + found.end()))


def _refers_back(plain: str, a: Age) -> str | None:
    """How an age is told of someone the text has already named: "subject" for a pronoun's
    ("she was 85", "he died at 95") or a definite description's as its clause's subject ("the
    44-year-old", "the 44-year-old's lawyer", "the actress, 43,"); "object" for a definite
    description after a verb that says what happened to the person ("police shot the
    16-year-old"); ``None`` otherwise, or when an indefinite one of its noun introduced it."""
    if a.construction in ("predicate", "died"):
        return "subject"
    if a.role in _NOT_ANAPHORIC_ROLES:
        return None
    at = _description_start(plain, a)
    if at is None or not _THE_BEFORE.search(plain, max(0, at - 8), at):
        return None
    how = "subject" if _definite_subject(plain, at) else "object"
    if how == "object" and a.role not in ("victim", "suspect"):
        return None  # "told the 36-year-old driver", "the assault on the 15-year-old"
    if a.noun is None:
        return how
    if _introduces(plain, a):
        return None  # "the 44-year-old driver of the pickup": someone the text introduces
    before = plain[max(0, at - _INTRODUCTION_SPAN) : at]
    intro = regex.compile(
        r"(?i)(?<![\w-])(?:a|an|one|another)\s+(?:[\p{L}\d-]+\s+){0,3}"
        + regex.escape(a.noun)
        + r"\b"
    )
    return how if intro.search(before) is None else None


#: A name followed by a speech verb is the speaker, not the person a description in the rest
#: of the sentence refers to: "Moffat also said that the 55-year-old's ...".
_SPEAKER_AFTER = regex.compile(r"\G\s+(?:also\s+|later\s+)?(?:said|says|told|added|announced)\b")
_SPEAKER = regex.compile(
    r"(\p{Lu}\p{Ll}+)\s+(?:also\s+|later\s+)?(?:said|says|told|added|announced)\b"
)


#: A speaker named after a quotation: '"She is well," her publicist, Ben Hale, said.'
_QUOTE_SPEAKER_AFTER = regex.compile(r"\G\s*,?\s+(?:also\s+|later\s+)?(?:said|says|told|added)\b")


def _only_quoted_speaker(plain: str, p: Participant) -> bool:
    """Whether every mention of a person names the speaker of a quotation or a statement
    ("..., Ben Hale said"): someone the story quotes, not whom a description refers to."""
    return bool(p.mentions) and all(
        _QUOTE_SPEAKER_AFTER.match(plain, x.plain_end) for x in p.mentions
    )


def _named_before(plain: str, m: Mention, named: Sequence[Participant]) -> set[int] | None:
    """The people named in the sentences just before ``m``; ``None`` when its own sentence
    names someone before it other than its speaker ("Cooley said Orozco murdered the
    35-year-old deputy": someone else). The speaker ("Moffat said that the 55-year-old's
    ...") is not whom the description refers to."""
    found: set[int] = set()
    head = plain[max(0, m.plain_start - 300) : m.plain_start]
    cut = list(_SENTENCE_END.finditer(head))
    speakers = {w.group(1) for w in _SPEAKER.finditer(head[cut[-1].end() if cut else 0 :])}
    for i, p in enumerate(named):
        if p.surname in speakers or _only_quoted_speaker(plain, p):
            continue
        here = [x for x in p.mentions if x.start < m.start and x.sentence == m.sentence]
        person = p.typed or p.role is not None
        if person and any(not _SPEAKER_AFTER.match(plain, x.plain_end) for x in here):
            return None
        if here:
            continue
        if any(
            x.start < m.start
            and 0 < m.sentence - x.sentence <= _ANTECEDENT_SENTENCES
            and (p.typed or p.role is not None or _opens_sentence(plain, x) or _full_name(p))
            for x in p.mentions
        ):  # a name nothing says is a person's ("the Academy Awards") only as a subject
            found.add(i)
    return found


def _full_name(p: Participant) -> bool:
    """Whether a name has the shape of a person's full name and nothing else: a given name
    and a surname, no title ("Peter Capaldi", not "Doctor Who")."""
    return (
        p.name is not None
        and len(p.name.split()) == 2
        and bool(_NAME_LIKE.fullmatch(p.name))
        and not _is_title_word(p.name.split()[0])
    )


def _only_one_named(m: Mention, named: Sequence[Participant]) -> set[int]:
    """The one person named in full before ``m``, when the text has named only one."""
    before = {
        i
        for i, p in enumerate(named)
        if p.named_in_full
        and (p.typed or _full_name(p))
        and any(x.start < m.start for x in p.mentions)
    }
    return before if len(before) == 1 else set()


def _named_earlier(m: Mention, named: Sequence[Participant]) -> set[int]:
    """The people named in full (and typed) before ``m`` anywhere in the document."""
    return {
        i
        for i, p in enumerate(named)
        if p.named_in_full and p.typed and any(x.start < m.start for x in p.mentions)
    }


def _named_later(m: Mention, named: Sequence[Participant]) -> set[int]:
    """The people named in full (and typed) after ``m`` in the document."""
    return {
        i
        for i, p in enumerate(named)
        if p.named_in_full and p.typed and any(x.start > m.start for x in p.mentions)
    }


#: The person a story is about is named at least this often, more than anyone else.
_PROTAGONIST_MENTIONS = 3


def _protagonist(found: set[int], named: Sequence[Participant]) -> set[int]:
    """Of several people just named, the one the document names most often, when clearly."""
    counts = sorted(((len(named[i].mentions), i) for i in found), reverse=True)
    if counts and counts[0][0] >= _PROTAGONIST_MENTIONS:
        if len(counts) == 1 or counts[1][0] < counts[0][0]:
            return {counts[0][1]}
    return set()


def _antecedent(document: Document, a: Age, named: Sequence[Participant]) -> int | None:
    """The named person a description ("the 26-year-old actress") or a pronoun ("she was
    85") refers back to: the only person named in the sentences just before it, else the
    subject of the sentence before, else the one the document is most about."""
    m = a.mention
    how = _refers_back(document.plain, a)
    if how is None:
        return None
    if a.construction in ("predicate", "died") and _quoted(document.plain, m.plain_start):
        return None  # "Jeffs wrote: 'There is a younger girl ... She is 13.'": the speaker's she
    found = _named_before(document.plain, m, named)
    if found is None:
        return None
    if len(found) > 1:
        subjects = _subjects_before(document.plain, m.sentence - 1, found, named)
        found = subjects if len(subjects) == 1 else _protagonist(found, named)
    elif not found and how == "subject":
        # nobody named just before: the person the whole story is about, if it is clearly one,
        # or the one person it has named so far; before any name ("On Saturday, the
        # 26-year-old was handed the keys ..."), the one the story goes on to be about
        earlier = _named_earlier(m, named)
        found = _protagonist(earlier, named) or _only_one_named(m, named)
        if not found and not earlier and a.holder == "bare":
            found = _protagonist(_named_later(m, named), named)
    if len(found) != 1:
        return None
    i = next(iter(found))
    if a.role == "officer" and not named[i].titles:
        return None  # "the 35-year-old deputy" is not a suspect named just before
    if a.role in _STORY_ROLES and named[i].role in _STORY_ROLES and a.role != named[i].role:
        return None  # "Reyes was arrested ... the 44-year-old victim died"
    if how == "object" and named[i].role != a.role:
        return None  # "police shot the 16-year-old" is the victim the story has named
    return i if named[i].named_in_full or len(named) == 1 else None


#: At most this many words before a name at the start of its sentence ("Indeed, Jackman
#: ...", "Actor Peter Capaldi has ..."): the name is the sentence's subject.
_SUBJECT_LEAD_WORDS = 3
_SENTENCE_END = regex.compile(r"[.!?][\"\u201d\u2019']?\s|\n")


def _opens_sentence(plain: str, x: Mention) -> bool:
    """Whether a name opens its sentence ("Actor Peter Capaldi has ...")."""
    lo = max(0, x.plain_start - 120)
    ends = list(_SENTENCE_END.finditer(plain, lo, x.plain_start))
    start = ends[-1].end() if ends else lo
    if not ends and lo > 0:
        return False
    return len(plain[start : x.plain_start].split()) <= _SUBJECT_LEAD_WORDS


def _subjects_before(
    plain: str, sentence: int, found: set[int], named: Sequence[Participant]
) -> set[int]:
    """Of the people ``found``, those named as the subject of sentence ``sentence``: the one
    a description opening the next sentence most likely refers back to. A subject of two
    names ("Karen Poole, 52, and Jason Poole, 19, died") is both."""
    out = set()
    for i in found:
        for x in named[i].mentions:
            if x.sentence == sentence and _opens_sentence(plain, x):
                out.add(i)
                if _COORDINATED_AFTER.match(plain, x.plain_end, x.plain_end + 40):
                    out.add(-1)  # another name shares the subject: whose age, unclear
    return out


#: After a name: another name joined to it ("Karen Poole, 52, and Jason Poole", "Poole and
#: Lee").
_COORDINATED_AFTER = regex.compile(r"\G(?:\s*,\s*\d{1,3}\s*,?)?\s*(?:,|\band\b)\s*\p{Lu}")


#: "The victim was later identified as", "Police identified the woman as", "She has been
#: identified as": the name a described person is given next.
_IDENTIFIED = regex.compile(
    r"(?i)(?<![\w-])(?:(?:the\s+(?P<noun>\p{L}+)|(?P<pron>he|she))\s+(?:was|has\s+been|had\s+been)"
    r"\s+(?:later\s+|since\s+|formally\s+|locally\s+)?(?:identified|named)\s+(?:locally\s+)?as"
    r"|(?:identified|named)\s+(?:the\s+(?P<noun2>\p{L}+)|him|her)\s+as)"
    r"\s+(?:\d{1,3}[-\s]years?[-\s]old\s+)?(?=\p{Lu})"
)  # "named as" is British usage: "He has been named locally as John Jenkin"
#: How far after a description the sentence that names the person may be.
_IDENTIFIED_SPAN = 320


def _identified_later(plain: str, a: Age, named: Sequence[Participant]) -> int | None:
    """The person a description ("a 71-year-old man") is named as in the sentences after it
    ("The victim was identified as Harold Quist"), when its noun or role is the one named."""
    if a.holder != "noun":
        return None
    end = a.mention.plain_end
    for found in _IDENTIFIED.finditer(plain, end, min(len(plain), end + _IDENTIFIED_SPAN)):
        noun = found.group("noun") or found.group("noun2")
        if noun is not None:
            hit = PERSON_NOUNS.get(noun.lower())
            if hit is None or (hit[0] != a.role and noun.lower() != a.noun):
                return None  # "the suspect was identified as": someone else
        for i, p in enumerate(named):
            if any(x.plain_start == found.end() for x in p.mentions):
                return i
        return None
    return None


#: How many sentences after a description of a victim or a suspect the story may name them.
_NAMED_NEXT_SENTENCES = 2


#: A sentence that tells of more people than one in a part: "and two others were wounded".
_OTHERS = regex.compile(
    r"(?i)\b(?:others?|another|both|several|two|three|four|five|\d+)\s+(?!years?\b)"
)


def _sentence_of(plain: str, pos: int) -> str:
    lo = max(0, pos - 200)
    ends = list(_SENTENCE_END.finditer(plain, lo, pos))
    start = ends[-1].end() if ends else lo
    end = _SENTENCE_END.search(plain, pos)
    return plain[start : end.start() if end is not None else len(plain)]


def _named_next(plain: str, a: Age, named: Sequence[Participant]) -> int | None:
    """ "A 23-year-old man has been charged with ... John Jenkin will appear in court": the
    one person of the description's part (victim or suspect) the story names in the sentences
    right after it, when that person has no age of their own and nobody else has the part."""
    if a.holder != "noun" or a.role not in ("victim", "suspect"):
        return None
    if _OTHERS.search(_sentence_of(plain, a.mention.plain_start)):
        return None  # "a 19-year-old man was killed and two others were wounded"
    same = [i for i, p in enumerate(named) if p.role == a.role]
    if not same:
        same = [i for i, p in enumerate(named) if _opens_next_sentence(plain, a, p)]
    if len(same) != 1:
        return None
    p = named[same[0]]
    first = p.mentions[0] if p.mentions else None
    if p.ages or not p.named_in_full or first is None or first.start < a.mention.start:
        return None
    if a.gender and p.gender and a.gender != p.gender:
        return None
    return same[0] if first.sentence - a.mention.sentence <= _NAMED_NEXT_SENTENCES else None


def _opens_next_sentence(plain: str, a: Age, p: Participant) -> bool:
    """Whether a person whose part the text does not tell is first named as the subject of the
    sentence right after a description ("A 36-year-old Australian man died ... Duncan Rait, a
    native of ..., was"), neither titled nor speaking ("Mayor Ann Lee said ...")."""
    if p.role is not None or p.titles or not p.mentions:
        return False
    first = p.mentions[0]
    return (
        first.sentence == a.mention.sentence + 1
        and _opens_sentence(plain, first)
        and not _SPEAKER_AFTER.match(plain, first.plain_end)
        and not _QUOTE_SPEAKER_AFTER.match(plain, first.plain_end)
    )


def _described(
    document: Document, ages: Sequence[Age], named: list[Participant]
) -> list[Participant]:
    """Unnamed people, one per distinct (role, age); a bare "the 19-year-old" joins the one
    person of that age. A described age that exactly one named person also has is theirs."""
    out: list[Participant] = []
    by_value_named: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(named):
        for v in {a.value for a in p.ages}:
            by_value_named[v].append(i)
    for a in ages:
        if a.holder not in ("noun", "bare"):
            continue
        owners = by_value_named.get(a.value, [])
        if len(owners) == 1:
            i = owners[0]
            named[i] = replace(
                named[i],
                ages=(*named[i].ages, a),
                role=_merged_role(named[i].role, a.role),
                gender=named[i].gender or a.gender,
            )
            continue
        if owners:
            continue  # two named people of that age: whose, the text does not say
        ante = _antecedent(document, a, named)
        if ante is None:
            ante = _identified_later(document.plain, a, named)
        if ante is None:
            ante = _named_next(document.plain, a, named)
        if ante is not None:
            named[ante] = replace(
                named[ante],
                ages=(*named[ante].ages, a),
                role=_merged_role(named[ante].role, a.role),
            )
            continue
        same = [
            j
            for j, p in enumerate(out)
            if any(x.value == a.value for x in p.ages)
            and (a.role is None or p.role is None or p.role == a.role)
        ]
        if len(same) == 1:
            j = same[0]
            out[j] = replace(
                out[j],
                ages=(*out[j].ages, a),
                role=_merged_role(out[j].role, a.role),
                gender=out[j].gender or a.gender,
            )
        elif not same and (a.holder == "noun" or a.role in ("victim", "suspect")):
            out.append(
                Participant(
                    doc=document.id,
                    key=f"described:{len(out)}",
                    ages=(a,),
                    role=a.role,
                    gender=a.gender,
                )
            )
    return out


def _headline_described(plain: str, p: Participant) -> bool:
    return bool(p.ages) and all(in_headline(plain, a.mention.plain_start) for a in p.ages)


def _headline_owner(
    plain: str, p: Participant, named: Sequence[Participant], described: Sequence[Participant]
) -> Participant | None:
    """Whom a headline's description ("Man, 19, shot dead", "19-Year-Old Killed") stands for:
    the one person the story names in that part, else the one it describes in that part and
    of that gender."""
    if p.role not in _STORY_ROLES:
        return None
    same = [q for q in named if q.role == p.role]
    if len(same) == 1:
        return same[0]
    if same:
        return None
    others = [
        q
        for q in described
        if q is not p
        and q.role == p.role
        and not _headline_described(plain, q)
        and (p.gender is None or q.gender in (None, p.gender))
    ]
    return others[0] if len(others) == 1 else None


def _with_headlines(
    plain: str, named: list[Participant], described: list[Participant]
) -> list[Participant]:
    """The described people of a document, each headline description joined to the person
    of the story it stands for (see :func:`_headline_owner`)."""
    for p in [q for q in described if _headline_described(plain, q)]:
        owner = _headline_owner(plain, p, named, described)
        if owner is None:
            continue
        merged = replace(owner, ages=(*owner.ages, *p.ages), gender=owner.gender or p.gender)
        pool = named if owner.name else described
        pool[pool.index(owner)] = merged
        described.remove(p)
    return described


def find_participants(document: Document, mentions: Sequence[Mention]) -> tuple[Participant, ...]:
    """The people of one document: named ones first (in order of first mention), then the
    described ones."""
    mentions = with_lone_surnames(document, mentions)
    ages = find_ages(document, mentions)
    named = _named(document, mentions, ages)
    described = _with_headlines(document.plain, named, _described(document, ages, named))
    named.sort(key=lambda p: p.mentions[0].start)
    return (*named, *described)
