"""Ages of the people in a story, read from how news states them.

English constructions, each tied to whose age it is:

* "a 19-year-old man", "the 19-year-old", "19-year-old Kimani Gray", "a 23-year-old woman,
  Shantel Davis," and "Bensu Elianita, a 22-year-old resident" (the ``year-old`` construction;
  "19 years old" too);
* "Smith, 19," and "John Smith (45)" (an age in apposition to a name);
* "aged 19" after a name or a person noun ("The victim, aged 27,", "a man aged 19");
* lists: "three males - ages 15, 18, and 22" are the ages of a group, of no one person;
* the age as a predicate: "Whitfield is 44", "Felt, who was 95,", "She was 85." and "died
  Thursday at 85" (a pronoun's age is resolved to the person it refers back to by
  :mod:`claimcheck.claims.participants.people`).

An age is never a count: :func:`age_figures` gives framing the figures to keep out of counts.
What is not a person's age now is left out: "a 30-year-old record", "then-15-year-old",
"at age 12", "a 12-week-old fetus".
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import regex

from claimcheck.claims.participants.surnames import with_lone_surnames
from claimcheck.language.aliases import AliasTable
from claimcheck.model import Document, Entity, Mention

__all__ = ["PERSON_NOUNS", "Age", "age_figures", "find_ages"]

Holder = Literal["name", "noun", "bare", "group"]

_OCCUPATIONS = """striker defender midfielder goalkeeper quarterback pitcher boxer golfer jockey
    swimmer sprinter skier fighter wrestler heavyweight champion challenger climber hiker
    director producer comedian author writer poet host presenter anchor correspondent
    broadcaster drummer businessman businesswoman tycoon billionaire entrepreneur executive
    banker investor engineer professor researcher lawmaker politician candidate nominee
    appointee employee retiree trainee detainee refugee reporter photographer chef designer
    dancer astronaut surgeon neurosurgeon lawyer attorney teacher nurse priest pastor veteran
    inmate prisoner mechanic farmer rancher fisherman contractor agent guard
    scot briton scotsman welshman englishman irishman frenchman dutchman"""
#: "-ist" and "-ician" nouns name a person ("pianist", "physician"), except these.
_NOT_PERSON_IST = frozenset(
    [
        "list",
        "mist",
        "twist",
        "wrist",
        "fist",
        "gist",
        "exist",
        "assist",
        "insist",
        "persist",
        "resist",
        "consist",
        "desist",
        "subsist",
        "playlist",
        "checklist",
        "shortlist",
        "waitlist",
        "blacklist",
        "wishlist",
        "tracklist",
        "setlist",
    ]
)
_PERSON_SUFFIX = regex.compile(r"\A\p{Ll}{3,}(?:ist|ician)\Z")

_NATIONAL_WOMEN = "scotswoman englishwoman irishwoman welshwoman frenchwoman dutchwoman"
_NATIONALS = """brit swede dane spaniard aussie kiwi icelander zealander londoner glaswegian
texan californian yorker"""
#: Who a person is in public life: "the 39-year-old doctor", "the 55-year-old sect leader".
_PUBLIC_ROLES = """doctor leader protester demonstrator coach manager owner founder chairman
chairwoman spokesman spokeswoman official mayor governor senator congressman congresswoman
bodyguard friend neighbor neighbour"""
#: Person nouns news uses for a participant: noun -> (role, gender). The role is what links an
#: unnamed person across reports ("the victim", "the suspect"); "man" and "woman" are roles too.
PERSON_NOUNS: Mapping[str, tuple[str, str | None]] = {
    **{w: ("man", "male") for w in ["man", "guy", "male", "gentleman"]},
    **{w: ("woman", "female") for w in ["woman", "lady", "female"]},
    **{w: ("boy", "male") for w in ["boy", "teenage_boy", "schoolboy"]},
    **{w: ("girl", "female") for w in ["girl", "schoolgirl"]},
    **{w: ("child", None) for w in ["child", "toddler", "baby", "infant", "kid"]},
    **{w: ("teenager", None) for w in ["teen", "teenager", "youth", "juvenile"]},
    **{w: ("victim", None) for w in ["victim"]},
    **{
        w: ("suspect", None)
        for w in [
            "suspect",
            "gunman",
            "shooter",
            "attacker",
            "assailant",
            "killer",
            "defendant",
            "accused",
        ]
    },
    **{w: ("driver", None) for w in ["driver", "motorist", "cyclist", "pedestrian", "passenger"]},
    **{
        w: ("officer", None)
        for w in [
            "officer",
            "policeman",
            "policewoman",
            "deputy",
            "trooper",
            "detective",
            "constable",
        ]
    },
    **{w: ("firefighter", None) for w in ["firefighter", "fireman"]},
    **{w: ("soldier", None) for w in ["soldier"]},
    **{w: ("student", None) for w in ["student", "pupil"]},
    **{w: ("resident", None) for w in ["resident", "native"]},
    **{w: ("worker", None) for w in ["worker", "employee"]},
    **{
        w: ("relative", "male")
        for w in [
            "father",
            "son",
            "husband",
            "brother",
            "grandfather",
            "boyfriend",
            "nephew",
            "uncle",
            "groom",
            "fiance",
            "stepson",
            "grandson",
        ]
    },
    **{
        w: ("relative", "female")
        for w in [
            "mother",
            "daughter",
            "wife",
            "sister",
            "grandmother",
            "girlfriend",
            "niece",
            "aunt",
            "mum",
            "mom",
            "bride",
            "fiancee",
            "fiancée",
            "stepdaughter",
            "granddaughter",
        ]
    },
    **{
        w: ("person", None)
        for w in [
            "person",
            "individual",
            "actor",
            "actress",
            "singer",
            "player",
            "star",
            "rapper",
            "athlete",
        ]
    },
    # where a person is from, in the nouns that are not the country's adjective ("the
    # 55-year-old Scot", "the Briton, 33,"); the adjectives are the alias table's demonyms
    **{w: ("person", "female") for w in _NATIONAL_WOMEN.split()},
    **{w: ("person", None) for w in f"{_NATIONALS} {_PUBLIC_ROLES}".split()},
    # what a person does: "the 36-year-old quarterback", "Striker Lionel Messi"
    **{w: ("person", None) for w in _OCCUPATIONS.split()},
}

_YEAR_OLD = regex.compile(r"(?i)[-\s\u2010\u2011]+years?(?:[-\s\u2010\u2011]+old|\s+of\s+age)\Z")
#: What completes a figure read as "29-Year" or "29 years": "-Old" (a title-case headline),
#: " of age".
_OLD_AFTER = regex.compile(r"(?i)\G(?:[-\s\u2010\u2011]old\b|\s+of\s+age\b)")
_YEARS_TEXT = regex.compile(r"(?i)[-\s\u2010\u2011]years?\Z")
_MONTHS_OLD = regex.compile(r"(?i)(?:month|week|day)s?[-\s]+old")
#: Before the figure: not an age now ("then-15-year-old", "former 19-year-old").
_PAST_BEFORE = regex.compile(r"(?i)\b(?:then|former|ex|once)[-\s\u2010]*\Z")
_ARTICLE_BEFORE = regex.compile(
    r"(?i)\b(?:a|an|the|this|that|his|her|their|our)\s+(?:[\p{Ll}-]+\s+){0,2}\Z"
)
_AGED_BEFORE = regex.compile(r"(?i)(?<![\w-])(?P<word>aged|ages|age)\s+(?:(?:between|from)\s+)?\Z")
_LIST_BEFORE = regex.compile(
    r"(?i)(?<![\w-])(?:ages|aged|age)\s+(?:(?:between|from)\s+)?"
    r"(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|through\s+|-\s*|\u2013\s*))+\Z"
)
_LIST_AFTER = regex.compile(r"\G\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|through\s+|-\s*|\u2013\s*)\d")
_AT_AGE = regex.compile(
    r"(?i)\b(?:at|by|from|since|until|under|over)\s+(?:the\s+)?ages?\s+(?:of\s+)?\Z"
)
#: "Smith, 19,", "Smith, now 19,", "Smith (19)", "Smith - 19 -".
_APPOS_SEP = regex.compile(r"(?:,|\(|\s[-\u2013\u2014])\s*(?:now\s+)?\Z")
_DASH_AFTER = regex.compile(r"\A\s*[-\u2013\u2014]\s")
_APPOS_AFTER = regex.compile(r"\A(?:\s*(?:[,);:]|\.(?!\d)|\Z)|\s+(?:and|of|from|who|was|is)\b)")
_NOUN_AFTER = regex.compile(r"\A\s+(?:[\p{L}-]+\s+){0,3}?(?P<noun>[\p{Ll}]+)\b")
#: The words after an age, up to four, as candidates for its person noun.
_WORDS_AFTER = regex.compile(
    r"\G(?:-\p{L}+)?\s+(?:[\p{L}\"\u201c\u201d-]+\s+){0,3}?(?P<noun>[\p{Ll}]+)\b"
)
_POSSESSIVE_AFTER = regex.compile(r"\A['\u2019]s\b")
_NAME_AFTER_NOUN = regex.compile(
    r"\G(?:\s*,\s*|[ \u00a0])"
)  # "a 33-year-old man, Joe Doe", "protester Joe Doe"
_APPOS_BEFORE = regex.compile(
    r"(?:,|\s+(?:is|was))\s+(?:an?|the)\s+(?:[\p{Ll}-]+(?:['\u2019]s)?\s+){0,2}\Z"
)  # "Reid, a 33-year-old actress", "Reid is a 33-year-old actress"
_BARE_AFTER = regex.compile(r"\A(?:\s*[,.;:)!?\u2014]|\s*\Z|\s+[\p{Ll}])")

#: The verb of an age stated as a predicate: "is 44", "was only 19", "turned 60".
_PRED_VERB = (
    r"(?:(?:is|was)(?:\s+(?:now|only|just|still))?"
    r"|(?:(?:had|has)\s+)?(?:(?:just|only|recently)\s+)?turned)"
)
_PRONOUN_PRED = regex.compile(r"(?i)(?<![\w-])(?P<subj>he|she|who)\s+" + _PRED_VERB + r"\s+\Z")
_NAME_PRED = regex.compile(r"\s+" + _PRED_VERB + r"\s+\Z")
_WHO_BEFORE = regex.compile(r"\s*,\s*\Z")
_DESCRIBED_PRED = regex.compile(r"(?i)(?<![\w-])the\s+(?P<noun>\p{Ll}+)\s+" + _PRED_VERB + r"\s+\Z")
#: What may follow a predicate age: the end of the clause, never a noun ("was 44 points")
#: nor "when" or "at the time" ("he was 5 when the family moved": an age then, not now).
_PRED_AFTER = regex.compile(
    r"\G(?:\s+years?\s+old\b(?!\s+(?:when|at|in|then)\b)|\s*(?:[,.;:!?)\u2014]|\Z)"
    r"|\s+(?:and|but|or)\b)"
)
#: "died Thursday at 85", "passed away at the age of 95", "died in 2008, aged 85".
_DIED_AT = regex.compile(
    r"(?i)\b(?:died|dies|passed\s+away)\b[^.;!?]{0,60}?"
    r"(?:\bat\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?|\baged\s+)\Z"
)
#: What may follow an age at death: the end of the clause or what it died of, where or when
#: ("died at 85 after a long illness"), never a noun ("died at 85 Main Street").
_DIED_AFTER = regex.compile(
    r"\G(?:\s*(?:[,.;:!?)\u2014]|\n|\Z)|\s+(?:and|but|or|after|following|in|on|of|from|at|"
    r"surrounded|years?\s+old)\b)"
)
#: The subject of "died": a name this close before it ("Page, the pin-up icon, died").
_SUBJECT_GAP = 40
#: At most this many words before the name that opens a sentence ("Actor Peter Capaldi").
_SUBJECT_LEAD = 3
_SENTENCE_BREAK = regex.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n")


_BE = (
    r"(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:[\p{Ll}]+ly\s+|later\s+|then\s+)?"
)
_SUSPECT_AFTER = regex.compile(
    r"\A[^.;!?]{0,40}?\b" + _BE + r"(?:arrested|charged|detained|cuffed|handcuffed|booked|"
    r"apprehended|indicted|convicted|accused|taken\s+into\s+custody)\b"
)
_VICTIM_AFTER = regex.compile(
    r"\A[^.;!?]{0,40}?\b(?:" + _BE + r"(?:killed|shot|stabbed|slashed|wounded|injured|hurt|"
    r"struck|hit|murdered|found\s+(?:dead|shot|stabbed|wounded|suffering)|pronounced\s+dead|"
    r"hospitalized|run\s+over)|died|dies)\b"
)
#: What is told only of someone hurt: "was taken to Ben Taub Hospital", "is in critical
#: condition after being shot", "is expected to survive".
_HURT_AFTER = regex.compile(
    r"(?i)\A[^.;!?]{0,40}?\b(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:later\s+|then\s+)?"
    r"(?:taken|rushed|transported|airlifted|flown|driven)\s+(?:by\s+[\p{L}\s]{1,20}\s+)?to\s+"
    r"(?:an?\s+|the\s+)?(?:[\p{L}.'\u2019-]+\s+){0,4}?(?:hospital|medical\s+center|trauma\s+center)"
    r"|(?:is|was|are|were|remains|remained)\s+(?:listed\s+)?in\s+(?:critical|serious|stable|grave|"
    r"fair|good|life-threatening)(?:\s+but\s+stable)?\s+condition"
    r"|(?:is|was|are|were)\s+expected\s+to\s+(?:survive|recover))\b"
)
#: A headline's participle without its verb: "Man, 19, shot dead", "Woman, 34, killed in
#: crash", "Teen, 16, wounded in drive-by".
_HEADLINE_VICTIM_AFTER = regex.compile(
    r"(?i)\A\s*,?\s+(?:fatally\s+|critically\s+|seriously\s+)?(?:shot|killed|slain|stabbed|"
    r"wounded|injured|hurt|struck|hit|dies|dead|found\s+dead|gunned\s+down)\b(?!\s+(?:a|an|the|his|"
    r"her|their|two|three|\d+)\b)"
)
#: A headline's participle of an arrest or a charge: "Man, 34, arrested after standoff".
_HEADLINE_SUSPECT_AFTER = regex.compile(
    r"(?i)\A\s*,?\s+(?:arrested|charged|jailed|indicted|sentenced|convicted|booked|detained|"
    r"accused|held)\b"
)
_VICTIM_BEFORE = regex.compile(
    r"(?i)\b(?:killed|killing|kills|shot|shooting|stabbed|stabbing|struck|striking|injured|"
    r"injuring|wounded|wounding|murdered|murdering|slashed|hit|hitting|ran\s+over)"
    r"(?:\s+[^.;!?]{0,40}?\bincluding)?\s+(?:a|an|the)\s+\Z"
)
#: What the person did, right after the description: "a 19-year-old employee opened fire",
#: "a 23-year-old man, who was drunk, struck a pedestrian" (never a passive: "was shot").
_PERPETRATOR_AFTER = regex.compile(
    r"\A(?:\s*,[^,.;!?]{1,60},)?\s+(?:allegedly\s+|reportedly\s+|then\s+|later\s+)?"
    r"(?:opened\s+fire\b|(?:shot\s+and\s+killed|fatally\s+(?:shot|stabbed|struck)|gunned\s+down|"
    r"stabbed|robbed|attacked|ambushed|struck|ran\s+over|killed)"
    r"\s+(?:a|an|the|his|her|their|two|three|four|\d+|\p{Lu}\p{Ll}+)\b)"
)
_SUSPECT_BEFORE = regex.compile(
    r"(?i)\b(?:arrested|charged|detained|cuffed|booked|apprehended|suspect(?:ed)?\s+is)\s+(?:a|an|the)\s+\Z"
)
#: Person nouns that say nothing of a person's part in the story: the predicate decides it
#: ("a 19-year-old man was arrested" is the suspect, "killed a 59-year-old woman" the victim).
_GENERIC_ROLES = frozenset({None, "man", "woman", "boy", "girl", "child", "teenager", "person"})


#: Roles a person keeps whatever happens in the story: "the 35-year-old deputy" who was shot
#: is still found as the officer, "her 12-year-old daughter" as the relative.
_LASTING_ROLES = frozenset({"officer", "firefighter", "soldier", "relative"})
#: "The victim, a 19-year-old student, ...": the description's part in the story.
_ROLE_NOUN_BEFORE = regex.compile(
    r"(?i)(?<![\w-])the\s+(?P<noun>\p{L}+)(?:\s+of\s+(?:the|an?)\s+\p{Ll}+)?\s*,\s+"
    r"(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}\Z"
)


def _story_role(plain: str, start: int, end: int) -> str | None:
    """ "suspect" or "victim" when the clause says what happened to the person at ``start:end``,
    or an apposition names the part ("The victim, a 19-year-old student, ...")."""
    appos = _ROLE_NOUN_BEFORE.search(plain, max(0, start - 60), start)
    if appos is not None:
        hit = _noun(appos.group("noun"))
        if hit is not None and hit[0] in ("victim", "suspect", "driver"):
            return hit[0]  # "The driver of the truck, a 44-year-old man, ..."
    before = plain[max(0, start - 40) : start]
    after = plain[end : end + 80]
    if _SUSPECT_BEFORE.search(before) or _SUSPECT_AFTER.match(after):
        return "suspect"
    if _HEADLINE_SUSPECT_AFTER.match(after) and in_headline(plain, start):
        return "suspect"
    if _PERPETRATOR_AFTER.match(after) and not _VICTIM_BEFORE.search(before):
        return "suspect"
    if _VICTIM_BEFORE.search(before) or _VICTIM_AFTER.match(after):
        return "victim"
    if _HURT_AFTER.match(after) or _HEADLINE_VICTIM_AFTER.match(after):
        return "victim"
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Age:
    """A person's age as one statement states it."""

    mention: Mention
    value: int
    #: Whose age: a named person ("name", with ``name``), a described one ("noun": "a 19-year-old
    #: man"), one the sentence refers back to ("bare": "the 19-year-old"), or a group's ("group").
    holder: Holder
    name: Mention | None = None
    noun: str | None = None
    role: str | None = None
    gender: str | None = None
    #: "year-old", "apposition", "aged", "list", "predicate" ("Whitfield is 44", "she was
    #: 85") or "died" ("died at 85").
    construction: str = "year-old"
    #: Whose relative a described person is, as written: "Mendes" for "Ms. Mendes' 12-year-old
    #: daughter" or "the 12-year-old daughter of Maria Mendes".
    kin_of: str | None = None


def _int_value(m: Mention) -> int | None:
    v = getattr(m.value, "value", None)
    if v is None or getattr(m.value, "qualifier", "exact") != "exact":
        return None
    if not float(v).is_integer() or not 0 < v <= 120:
        return None
    return int(v)


class _People:
    """The person-like entity mentions of a document, findable by where they start and end."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.items = [m for m in mentions if m.kind == "entity" and _person_like(m)]
        self.starts = [m.plain_start for m in self.items]
        self.by_end = {m.plain_end: m for m in self.items}

    def starting_within(self, lo: int, hi: int) -> Mention | None:
        i = bisect.bisect_left(self.starts, lo)
        if i < len(self.items) and self.starts[i] <= hi:
            return self.items[i]
        return None


def _person_like(m: Mention) -> bool:
    v = m.value
    return isinstance(v, Entity) and v.type in ("person", "other")


def _noun(word: str) -> tuple[str, str | None] | None:
    w = word.lower()
    hit = PERSON_NOUNS.get(w)
    if hit is None and w.endswith("s") and not w.endswith("ss"):
        return None  # a plural noun names a group, not one person
    if hit is None and (_demonym(w) or (_PERSON_SUFFIX.match(w) and w not in _NOT_PERSON_IST)):
        return ("person", None)  # "the 32-year-old Ukrainian", "the 81-year-old pianist"
    return hit


_DEMONYM_AFTER = regex.compile(r"\A\s+(?P<noun>\p{Lu}\p{Ll}+)\b")


def _demonym(word: str) -> bool:
    """Whether a word names a person by country ("American", "Ukrainian")."""
    return word.lower() in AliasTable.default().demonyms


def _age(
    m: Mention,
    value: int,
    holder: Holder,
    construction: str,
    name: Mention | None = None,
    noun: str | None = None,
    story: str | None = None,
) -> Age:
    hit = _noun(noun) if noun else None
    role = hit[0] if hit else None
    if story is not None and role not in _LASTING_ROLES and role not in ("victim", "suspect"):
        role = story  # "a 19-year-old student was killed": in this story, the victim
    return Age(
        mention=m,
        value=value,
        holder=holder,
        name=name,
        noun=noun.lower() if noun else None,
        role=role,
        gender=hit[1] if hit else None,
        construction=construction,
    )


#: A line that is a headline: a front-matter title, a Markdown heading, or the first line.
_HEADLINE_LINE = regex.compile(r"(?:title:|#{1,6}\s)")
_SENTENCE_LINE_END = regex.compile(r"[.!?:;\"\u201d']\s*\Z")


def in_headline(plain: str, pos: int) -> bool:
    """Whether ``pos`` lies in a headline: a front-matter ``title``, a Markdown heading, or a
    first line of text that does not end like a sentence ("Man, 19, shot dead")."""
    start = plain.rfind("\n", 0, pos) + 1
    end = plain.find("\n", pos)
    line = plain[start : len(plain) if end < 0 else end]
    if _HEADLINE_LINE.match(line):
        return True
    return not plain[:start].strip() and len(line) < 200 and not _SENTENCE_LINE_END.search(line)


def _year_old(plain: str, m: Mention, value: int, people: _People) -> tuple[Age | None, bool]:
    """The ``year-old`` construction: (the age of a person or ``None``, whether it is an age)."""
    s, e = m.plain_start, m.plain_end
    before = plain[max(0, s - 24) : s]
    if _PAST_BEFORE.search(before):
        return None, True
    after = plain[e : e + 80]
    if in_headline(plain, s):
        headline = _headline_year_old(plain, m, value, people)
        if headline is not None:
            return headline, True
    if _POSSESSIVE_AFTER.match(after):
        return _age(m, value, "bare", "year-old"), True  # "the 55-year-old's love of ..."
    name = people.starting_within(e, e + 24)
    if (
        name is not None
        and not _demonym(name.text)
        and name.text.lower() not in PERSON_NOUNS  # "the 55-year-old Scot"
        and (
            _only_titles_between(plain[e : name.plain_start])
            or (plain[e : name.plain_start].strip() == "," and _THE_BEFORE_AGE.search(before))
        )  # "the 51-year-old Capt. Tom Tennant", "The 33-year-old, Tara Reid, ..."
        and not _noun_follows(plain, name.plain_end)
    ):
        return _age(m, value, "name", "year-old", name=name), True
    owner = people.by_end.get(_appos_owner_end(plain, s))
    nm = _DEMONYM_AFTER.match(after)
    if nm is None or not (_demonym(nm.group("noun")) or nm.group("noun").lower() in PERSON_NOUNS):
        nm = _person_noun_after(after)
    noun = nm.group("noun") if nm is not None else ""
    if nm is not None and _noun(noun) is not None:
        ne = e + nm.end()
        story = _story_role(plain, s, ne)
        appos = _NAME_AFTER_NOUN.match(plain, ne, ne + 4)
        named = people.starting_within(appos.end(), appos.end()) if appos is not None else None
        if named is not None or owner is not None:
            return _age(
                m, value, "name", "year-old", name=named or owner, noun=noun, story=story
            ), True
        age = _parent_of_children(
            _age(m, value, "noun", "year-old", noun=noun, story=story), plain, ne
        )
        kin = _kin_of(plain, s, ne, people) if age.role == "relative" else None
        return (dataclasses.replace(age, kin_of=kin) if kin else age), True
    if owner is not None:
        return _age(
            m, value, "name", "year-old", name=owner
        ), True  # "Pell, the 58-year-old former treasurer"
    if _BARE_AFTER.match(after) and _ARTICLE_BEFORE.search(before):
        verb = noun and _THE_BEFORE_AGE.search(before) and _PAST_VERB_AFTER.match(after)
        if (
            verb
            or not noun
            or noun in _VERBS_AFTER
            or noun in _NOT_MODIFIERS
            or noun in _CLAUSE_AFTER
        ):
            # "the 19-year-old was ...", "shot the 16-year-old after ...", "... twice"
            return _bare_year_old(plain, m, value), True
    return None, True  # "a 30-year-old record": an age, but not a person's


def _headline_year_old(plain: str, m: Mention, value: int, people: _People) -> Age | None:
    """A title-case headline's age: "19-Year-Old Man Killed In Shooting", "19-Year-Old Dies"
    (a name right after it is read as in any sentence)."""
    s, e = m.plain_start, m.plain_end
    end = plain.find("\n", e)
    after = plain[e : len(plain) if end < 0 else end]
    words = after.lower()
    if not after[1:2].isupper():
        return None
    name = people.starting_within(e, e + 4)
    if (
        name is not None
        and not _HEADLINE_VICTIM_AFTER.match(words)
        and name.text.split()[0].lower() not in PERSON_NOUNS
    ):
        return None  # "19-Year-Old Marcus Delgado Killed": a name ("Killed", "Man Killed": none)
    nm = _person_noun_after(words)
    if nm is not None and _noun(nm.group("noun")) is not None:
        ne = e + nm.end()
        story = _story_role(words, 0, nm.end()) or _story_role(plain, s, ne)
        return _age(m, value, "noun", "year-old", noun=nm.group("noun"), story=story)
    story = _story_role(words, 0, 0)
    return _age(m, value, "bare", "year-old", story=story) if story is not None else None


def _bare_year_old(plain: str, m: Mention, value: int) -> Age:
    """ "the 19-year-old" with no noun of its own; in apposition to a description ("The
    officer, a 29-year-old who joined in 2019,") the description's person."""
    s, e = m.plain_start, m.plain_end
    appos = _ROLE_NOUN_BEFORE.search(plain, max(0, s - 60), s)
    if appos is not None and _noun(appos.group("noun")) is not None:
        noun = appos.group("noun")
        return _age(m, value, "noun", "apposition", noun=noun, story=_story_role(plain, s, e))
    return _age(m, value, "bare", "year-old", story=_story_role(plain, s, e))


_VERBS_AFTER = frozenset(
    [
        "was",
        "is",
        "has",
        "had",
        "who",
        "will",
        "would",
        "said",
        "says",
        "faces",
        "faced",
        "died",
        "remains",
        "remained",
        "allegedly",
        "reportedly",
        "also",
        "later",
        "then",
        "told",
        "pleaded",
        "admitted",
        "appeared",
        "could",
        "did",
        "does",
    ]
)


def _person_noun_after(after: str) -> regex.Match[str] | None:
    """The first of the next four words that is a person noun ("a 19-year-old college
    student", "a 33-year-old Dayton man"), else the first word."""
    first = None
    for k, nm in enumerate(_WORDS_AFTER.finditer(after)):
        word = nm.group("noun")
        if first is None:
            first = nm
        if _noun(word) is not None:
            return nm
        if k == 3 or word in _VERBS_AFTER or word in _NOT_MODIFIERS:
            break
    return first


_THE_BEFORE_AGE = regex.compile(r"(?i)(?<![\w-])the\s+\Z")
#: A verb in the past right after "the 36-year-old", and what follows a verb, not a noun:
#: "the 36-year-old threw for 3,900 yards", "the 19-year-old signed with the Hawks".
_PAST_VERB_AFTER = regex.compile(
    r"\A\s+(?:\p{Ll}{2,}ed|threw|won|led|took|made|went|came|became|ran|spent|got|gave|began|"
    r"wrote|fled|drove|fell|broke|lost|paid|kept|held|sat|stood|met|saw|left|sang|swam|flew)"
    r"\s+(?:(?:the|a|an|his|her|their|its|for|with|in|on|at|to|from|into|over|after|before|"
    r"twice|him|them|it|out|up|down|off|back|last|this|that|guilty|\d)\b|\p{Lu}\p{Ll})"
)  # "the 33-year-old entered Promises": a name after the verb

#: Words that open a clause or a phrase after "the 16-year-old": the age ends its noun
#: phrase ("shot the 16-year-old after he ...", "the 19-year-old outside a bar").
_CLAUSE_AFTER = frozenset(
    {"after", "before", "when", "while", "because", "outside", "inside", "near", "during"}
    | {"twice", "once", "again", "repeatedly", "dead", "unconscious"}
)

#: Words that end the noun phrase an age begins: the person noun is not further on.
_NOT_MODIFIERS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "by",
        "with",
        "to",
        "from",
        "for",
        "and",
        "or",
        "but",
        "as",
        "than",
        "that",
        "this",
        "his",
        "her",
        "their",
        "its",
        "were",
        "are",
        "be",
        "been",
        "being",
    ]
)


#: "Ms. Mendes' " or "Smith's " right before an age: the relative's family.
_KIN_BEFORE = regex.compile(r"(?P<owner>\p{Lu}[\p{L}'\u2019-]*\p{L})(?:['\u2019]s?)\s+\Z")
#: " of Maria Mendes" right after "the 12-year-old daughter".
_KIN_AFTER = regex.compile(
    r"\G\s+of\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}(?P<owner>\p{Lu}\p{Ll}[\p{L}'\u2019-]*)\b"
)


#: "her 12-year-old daughter": a relative of the person the pronoun refers back to.
_KIN_PRONOUN = regex.compile(r"(?i)(?<![\w-])(?:her|his)\s+\Z")
#: How far back a possessive pronoun looks for the person it refers to.
_KIN_PRONOUN_SPAN = 200


def _kin_of(plain: str, start: int, noun_end: int, people: _People) -> str | None:
    """The family name a relative is described by: "Mendes' 12-year-old daughter", "the
    12-year-old son of Tom Reyes", or "her 12-year-old daughter" just after the mother is
    named (the surname of the person named last before the pronoun)."""
    found = _KIN_BEFORE.search(plain, max(0, start - 40), start)
    if found is None:
        found = _KIN_AFTER.match(plain, noun_end, noun_end + 60)
    if found is None and _KIN_PRONOUN.search(plain, max(0, start - 8), start):
        i = bisect.bisect_left(people.starts, start) - 1
        if i >= 0 and start - people.items[i].plain_end <= _KIN_PRONOUN_SPAN:
            words = people.items[i].text.split()
            return regex.sub(r"['\u2019]s?\Z", "", words[-1]) if words else None
        return None
    if found is None:
        return None
    owner = found.group("owner").rstrip("'\u2019")
    return owner if owner not in ("The", "A", "An") else None


def _noun_follows(plain: str, pos: int) -> bool:
    """Whether a person noun follows a name: "a 33-year-old Dayton man" (a place's name)."""
    nm = _person_noun_after(plain[pos : pos + 40])
    return nm is not None and _noun(nm.group("noun")) is not None


def _only_titles_between(gap: str) -> bool:
    """Nothing but spaces, or a capitalised title ("Capt.", "champion"), between an age and a
    name: "51-year-old Capt. Tom Tennant", "the 36-year-old champion Klitschko"."""
    words = gap.split()
    if len(words) > 2:
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_WORDS for w in words)


_TITLE_WORDS = frozenset(
    [
        "champion",
        "deputy",
        "officer",
        "detective",
        "sergeant",
        "constable",
        "trooper",
        "firefighter",
        "chief",
        "actor",
        "actress",
        "singer",
        "star",
        "rapper",
        "driver",
        "suspect",
        "victim",
    ]
)


def _appos_owner_end(plain: str, start: int) -> int:
    """Where a name would end for "Name, a 22-year-old resident" or "Name is a 22-year-old
    resident" (-1 when not that shape)."""
    m = _APPOS_BEFORE.search(plain, max(0, start - 40), start)
    return m.start() if m is not None else -1


#: "a father of two", "a mother of 12": what a person is, not whose relative.
_PARENT_OF = regex.compile(
    r"(?i)\G\s+of\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)


def _parent_of_children(age: Age, plain: str, noun_end: int) -> Age:
    """ "the 34-year-old father of two" is the person the story tells of, not a relative."""
    if age.role != "relative" or not _PARENT_OF.match(plain, noun_end):
        return age
    return dataclasses.replace(age, role=_story_role(plain, age.mention.plain_start, noun_end))


#: "the actress" right before ", 43,": a description in apposition with an age.
_DESCRIBED_BEFORE = regex.compile(
    r"(?i)(?<![\w-])(?:(?:the|an?)\s+|\p{L}+['\u2019]s\s+)(?:[\p{L}-]+\s+){0,2}?(?P<noun>\p{Ll}+)\Z"
)
#: A headline's person noun before ", 19,": "Man, 19, shot dead", "Brooklyn Teen, 16, Killed"
#: (a front-matter title, a Markdown heading or a first line).
_HEADLINE_NOUN_BEFORE = regex.compile(
    r"(?:\A|\n)(?:title:\s*|#{1,6}\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,2}?(?P<noun>\p{L}+)\Z"
)


def _described_before(plain: str, k: int) -> str | None:
    """The person noun of a description ending at ``k``: "the actress", "the pickup's driver",
    a headline's "Man"."""
    found = _DESCRIBED_BEFORE.search(plain, max(0, k - 40), k)
    if found is not None and _noun(found.group("noun")) is not None:
        return found.group("noun")
    found = _HEADLINE_NOUN_BEFORE.search(plain, max(0, k - 40), k)
    if found is not None and found.group("noun").lower() in PERSON_NOUNS and in_headline(plain, k):
        return found.group("noun")
    return None


def _before_spaces(plain: str, k: int) -> int:
    while k > 0 and plain[k - 1] in " \t\u00a0":
        k -= 1
    return k


def _name_before_sep(plain: str, k: int, people: _People) -> Mention | None:
    """The name ending at ``k``, before an apposition's comma or bracket; a suffix's or an
    initial's full stop may end it ("Robert Jones Jr., 29,")."""
    name = people.by_end.get(k)
    if name is None and plain[k - 1 : k] == ".":
        name = people.by_end.get(k - 1)
    return name


#: "19 years old" written out, not the attributive "19-year-old".
_YEARS_OLD_OUT = regex.compile(r"(?i)\d\s+years?\s+(?:old|of\s+age)\Z")


def _years_old_apposition(plain: str, m: Mention, value: int, people: _People) -> Age | None:
    """ "Marcus Delgado, 19 years old, was ...": the age written out in apposition to a name."""
    s = m.plain_start
    if not _YEARS_OLD_OUT.search(plain, s, m.plain_end):
        return None
    sep = _APPOS_SEP.search(plain, max(0, s - 8), s)
    if sep is None or plain[sep.start()] != ",":
        return None
    name = _name_before_sep(plain, _before_spaces(plain, sep.start()), people)
    return _age(m, value, "name", "apposition", name=name) if name is not None else None


#: ", his mother," right after "Gray, 45": the apposition says whose relative the name is.
_KIN_APPOSITION = regex.compile(r"\G\s*,\s*(?:his|her|their)\s+(?P<noun>\p{Ll}+)\b")


def _relative(word: str) -> bool:
    hit = _noun(word)
    return hit is not None and hit[0] == "relative"


def _apposition(plain: str, m: Mention, value: int, people: _People) -> Age | None:
    """ "Smith, 19," "John Smith (45)": an age right after a person's name; "the actress, 43,":
    after a description of one."""
    s, e = m.plain_start, m.plain_end
    if not plain[s:e].isdigit():
        return None
    sep = _APPOS_SEP.search(plain, max(0, s - 8), s)
    if sep is None:
        return None
    k = _before_spaces(plain, sep.start())
    name = _name_before_sep(plain, k, people)
    if name is not None and name.text.split()[-1].lower() in PERSON_NOUNS:
        if " " not in name.text or in_headline(plain, s):
            name = None  # a headline's "Woman, 34, killed", "Toledo Man, 19," read as a name
    noun = None
    if name is None:
        noun = _described_before(plain, k)
        if noun is None:
            return None
    after = plain[e : e + 8]
    if plain[sep.start()] == "(":
        if not after.startswith(")"):
            return None
    elif plain[sep.start()] != ",":
        if not _DASH_AFTER.match(after):
            return None
    elif not _APPOS_AFTER.match(after):
        return None
    if name is None:
        story = _story_role(plain, k - len(noun or ""), e)
        return _age(m, value, "noun", "apposition", noun=noun, story=story)  # "the actress, 43,"
    kin = _KIN_APPOSITION.match(plain, e)
    if kin is not None and len(name.text.split()) == 1 and _relative(kin.group("noun")):
        # "Gray, 45, his mother, said": a relative who shares the surname, not the person
        # the report names in full
        relative = _age(m, value, "noun", "apposition", noun=kin.group("noun"))
        return dataclasses.replace(relative, kin_of=name.text.split()[-1])
    return _age(m, value, "name", "apposition", name=name)


def _aged(plain: str, m: Mention, value: int, people: _People) -> tuple[Age | None, bool]:
    """ "aged 19" after a name or a person noun; "age 19" only set off by commas."""
    s = m.plain_start
    found = _AGED_BEFORE.search(plain, max(0, s - 20), s)
    if found is None:
        return None, False
    if _AT_AGE.search(plain, max(0, s - 24), s):
        return None, False  # "at age 12": an age then, not now
    if found.group("word").lower() == "ages" or _LIST_AFTER.match(
        plain, m.plain_end, m.plain_end + 12
    ):
        return _age(m, value, "group", "list"), True
    w = found.start("word")
    head = plain[max(0, w - 40) : w]
    if found.group("word").lower() == "age" and not regex.search(r"[,(]\s*\Z", head):
        return None, False
    stripped = head.rstrip(" ,(\u00a0")
    owner = _name_before_sep(plain, w - (len(head) - len(stripped)), people)
    if owner is not None:
        return _age(m, value, "name", "aged", name=owner), True
    last = regex.search(r"([\p{L}]+)\Z", stripped)
    if last is not None and _noun(last.group(1)) is not None:
        story = _story_role(plain, w - len(head) + last.start(1), m.plain_end)
        return _age(m, value, "noun", "aged", noun=last.group(1), story=story), True
    return None, True


def _name_ending_at(plain: str, pos: int, people: _People) -> Mention | None:
    """The person named right before ``pos``, spaces aside."""
    k = pos
    while k > 0 and plain[k - 1] in " \t\u00a0":
        k -= 1
    return people.by_end.get(k)


#: "turned 33 in November", "turned 60 last week": the age now, whenever it was reached.
_TURNED_BEFORE = regex.compile(r"(?i)\bturned\s+\Z")
_TURNED_AFTER = regex.compile(r"\G\s+(?:in|on|last|this|earlier)\s+(?!\d{4})")
#: "At 33, Reid has ...": an age opening the clause whose subject is the name after it.
_AT_OPENING = regex.compile(r"(?:\A|[.!?][\"'\u201d\u2019)]*\s+|\n\s*)At\s+\Z")
_COMMA_AFTER = regex.compile(r"\G\s*,\s+")


def _at_opening(plain: str, m: Mention, value: int, people: _People) -> Age | None:
    """ "At 33, Reid has been in treatment twice": the age of the name the clause opens with."""
    s = m.plain_start
    if not plain[s : m.plain_end].isdigit() or not _AT_OPENING.search(plain, max(0, s - 8), s):
        return None
    comma = _COMMA_AFTER.match(plain, m.plain_end)
    if comma is None:
        return None
    name = people.starting_within(comma.end(), comma.end())
    return _age(m, value, "name", "predicate", name=name) if name is not None else None


def _predicate(plain: str, m: Mention, value: int, people: _People) -> Age | None:
    """ "Whitfield is 44", "Felt, who was 95,", "She was 85.": the age as what a clause says of
    its subject, a named person or a pronoun (resolved later to whom it refers back to)."""
    s, e = m.plain_start, m.plain_end
    if not _PRED_AFTER.match(plain, e, e + 16) and not (
        _TURNED_BEFORE.search(plain, max(0, s - 12), s) and _TURNED_AFTER.match(plain, e)
    ):
        return None
    head = plain[max(0, s - 40) : s]
    found = _PRONOUN_PRED.search(head)
    if found is not None:
        subj = found.group("subj").lower()
        if subj != "who":
            return _age(m, value, "bare", "predicate")
        comma = _WHO_BEFORE.search(
            plain, max(0, s - len(head) + found.start() - 4), s - len(head) + found.start()
        )
        if comma is None:
            return None
        name = _name_before_sep(plain, _before_spaces(plain, comma.start()), people)
        if name is not None:
            return _age(m, value, "name", "predicate", name=name)
        described = _DESCRIBED_BEFORE.search(plain, max(0, comma.start() - 40), comma.start())
        if described is None or _noun(described.group("noun")) is None:
            return None
        # "The actress, who is 33, ...": the age of a description
        return _age(m, value, "noun", "predicate", noun=described.group("noun"))
    found = _DESCRIBED_PRED.search(head)
    if found is not None and _noun(found.group("noun")) is not None:
        return _age(m, value, "noun", "predicate", noun=found.group("noun"))  # "the victim was 19"
    found = _NAME_PRED.search(head)
    if found is None:
        return None
    name = _name_ending_at(plain, s - len(head) + found.start(), people)
    return _age(m, value, "name", "predicate", name=name) if name is not None else None


#: A dateline opening a story: "LOS ANGELES (AP) - ", "NEW YORK -- ".
_DATELINE = regex.compile(
    r"\G\s*\p{Lu}[\p{Lu}\s.,'-]{1,40}?(?:\s*\([^)\n]{1,20}\))?\s*[-\u2013\u2014]+\s+"
)


def _subject_before(plain: str, pos: int, people: _People) -> Mention | None:
    """The person a clause ending at ``pos`` is about: the name opening its sentence ("Mark
    Felt, the FBI official known as Deep Throat, has died"), else a name right before
    ("... said Bettie Page died")."""
    ends = list(_SENTENCE_BREAK.finditer(plain, max(0, pos - 240), pos))
    start = ends[-1].end() if ends else max(0, pos - 240)
    dateline = _DATELINE.match(plain, start, pos)
    start = dateline.end() if dateline is not None else start
    i = bisect.bisect_left(people.starts, start)
    if i < len(people.items) and people.items[i].plain_end <= pos:
        first = people.items[i]
        if len(plain[start : first.plain_start].split()) <= _SUBJECT_LEAD:
            return first
    i = bisect.bisect_right(people.starts, pos) - 1
    if i >= 0 and people.items[i].plain_start >= start:
        name = people.items[i]
        gap = plain[name.plain_end : pos]
        if len(gap) <= _SUBJECT_GAP and name.plain_end <= pos:
            return name
    return None


def _died_at(plain: str, m: Mention, value: int, people: _People) -> Age | None:
    """ "Page died Thursday at 85", "She passed away at the age of 95": the age at death of
    the subject of "died", a name right before it or a pronoun resolved later."""
    s = m.plain_start
    found = _DIED_AT.search(plain, max(0, s - 90), s)
    if found is None or not _DIED_AFTER.match(plain, m.plain_end, m.plain_end + 16):
        return None
    name = _subject_before(plain, found.start(), people)
    if name is not None:
        return _age(m, value, "name", "died", name=name)
    if regex.search(
        r"(?i)(?<![\w-])(?:he|she)\s+\Z", plain[max(0, found.start() - 8) : found.start()]
    ):
        return _age(m, value, "bare", "died")
    return None


#: ", ages 19 and 22" after a coordination of names: each name's age, in the order written.
_RESPECTIVE = regex.compile(
    r"(?i)\s*[,(]\s*(?:ages|aged)\s+(?P<list>\d{1,3}(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d{1,3})+)"
    r"(?=\s*[,.;:)]|\s+(?:were|are|was|have|had|died)\b)"
)
#: What joins names in a coordination: "A, B and C", "A and B", "A, B, and C".
_NAME_JOIN = regex.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)\Z")


def _coordinated_names(plain: str, end: int, people: _People) -> list[Mention]:
    """The names of a coordination ending at ``end`` ("Smith, Jones and Lee"), in order."""
    names: list[Mention] = []
    k = end
    while True:
        name = people.by_end.get(k)
        if name is None:
            break
        names.append(name)
        join = _NAME_JOIN.search(plain, max(0, name.plain_start - 8), name.plain_start)
        if join is None:
            break
        k = join.start()
    return names[::-1]


def _respective(plain: str, m: Mention, value: int, people: _People) -> Age | None:
    """ "Marcus Delgado and Trina Oakes, ages 19 and 22,": the age of the name at the same place
    in the coordination before the list, when there are as many names as ages."""
    s = m.plain_start
    lo = max(0, s - 48)
    for found in _RESPECTIVE.finditer(plain, lo, min(len(plain), m.plain_end + 48)):
        figures = list(regex.finditer(r"\d{1,3}", found.group("list")))
        offset = found.start("list")
        index = next((i for i, f in enumerate(figures) if offset + f.start() == s), None)
        if index is None:
            continue
        names = _coordinated_names(plain, found.start(), people)
        if len(names) == len(figures) >= 2:
            return _age(m, value, "name", "list", name=names[index])
    return None


#: German "19-jährige", "19-Jährige", "19-jähriger" right after a figure.
_JAEHRIG = regex.compile(r"\G[-\u2010\u2011]?[jJ]ährige?[rnms]?\b")
#: German person nouns after "-jährige": noun -> the English person noun it stands for.
_GERMAN_NOUNS = {
    "mann": "man",
    "frau": "woman",
    "junge": "boy",
    "mädchen": "girl",
    "opfer": "victim",
    "täter": "suspect",
    "tatverdächtige": "suspect",
    "tatverdächtiger": "suspect",
    "schütze": "shooter",
    "angeklagte": "defendant",
    "angeklagter": "defendant",
    "fahrer": "driver",
    "fahrerin": "driver",
    "polizist": "officer",
    "polizistin": "officer",
    "schüler": "student",
    "schülerin": "student",
    "student": "student",
    "studentin": "student",
}
_GERMAN_NOUN_AFTER = regex.compile(r"\G\s+(?P<noun>\p{Lu}\p{Ll}+)")
_GERMAN_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\w-])(?:der|die|den|dem|des)\s+\Z")


def _german(plain: str, m: Mention, value: int, people: _People) -> tuple[Age | None, bool]:
    """ "der 19-jährige Marcus Delgado", "ein 19-jähriger Mann", "Der 19-Jährige wurde ...":
    the German ``-jährig`` construction."""
    found = _JAEHRIG.match(plain, m.plain_end)
    if found is None:
        return None, False
    e = found.end()
    noun = _GERMAN_NOUN_AFTER.match(plain, e)
    english = _GERMAN_NOUNS.get(noun.group("noun").lower()) if noun is not None else None
    if english is not None:
        return _age(m, value, "noun", "year-old", noun=english), True
    name = people.starting_within(e, e + 4)
    if name is not None:
        return _age(m, value, "name", "year-old", name=name), True
    if noun is None and _GERMAN_ARTICLE_BEFORE.search(
        plain, max(0, m.plain_start - 8), m.plain_start
    ):
        return _age(m, value, "bare", "year-old"), True
    return None, True


def _one(plain: str, m: Mention, people: _People) -> tuple[Age | None, bool]:
    """The age a figure states, and whether the figure is an age at all."""
    value = _int_value(m)
    if value is None:
        return None, False
    text = plain[m.plain_start : m.plain_end]
    if _MONTHS_OLD.search(text):
        return None, True  # "a 12-week-old": an age in weeks, not years
    german, is_german = _german(plain, m, value, people)
    if is_german:
        return german, True
    said = (
        _predicate(plain, m, value, people)
        or _died_at(plain, m, value, people)
        or _at_opening(plain, m, value, people)
    )
    if said is not None:
        return said, True
    if m.attrs.get("age") or _YEAR_OLD.search(text):
        written_out = _years_old_apposition(plain, m, value, people)
        if written_out is not None:
            return written_out, True
        return _year_old(plain, m, value, people)
    respective = _respective(plain, m, value, people)
    if respective is not None:
        return respective, True
    if _LIST_BEFORE.search(plain, max(0, m.plain_start - 48), m.plain_start):
        return _age(m, value, "group", "list"), True
    age, is_age = _aged(plain, m, value, people)
    if is_age or age is not None:
        return age, True
    age = _apposition(plain, m, value, people)
    return age, age is not None


def _completed(document: Document, m: Mention) -> Mention:
    """A figure read as "29-Year" in "29-Year-Old" or "29 years" in "29 years of age", with the
    rest of its words."""
    plain = document.plain
    if not _YEARS_TEXT.search(plain, m.plain_start, m.plain_end):
        return m
    more = _OLD_AFTER.match(plain, m.plain_end)
    if more is None:
        return m
    start, end = document.file_span(m.plain_start, more.end())
    return dataclasses.replace(
        m, start=start, end=end, text=document.text[start:end], plain_end=more.end()
    )


def _scan(
    document: Document, mentions: Sequence[Mention]
) -> tuple[tuple[Age, ...], frozenset[Any]]:
    plain = document.plain
    mentions = with_lone_surnames(document, mentions)
    people = _People(mentions)
    ages: list[Age] = []
    keys: set[Any] = set()
    for m in mentions:
        if m.kind not in ("number", "quantity"):
            continue
        age, is_age = _one(plain, _completed(document, m), people)
        if is_age:
            keys.add(m.key)
        if age is not None:
            ages.append(age)
    return tuple(ages), frozenset(keys)


def find_ages(document: Document, mentions: Sequence[Mention]) -> tuple[Age, ...]:
    """The ages of people the document states, in text order."""
    return _scan(document, mentions)[0]


def age_figures(document: Document, mentions: Sequence[Mention]) -> frozenset[Any]:
    """Keys (:attr:`Mention.key`) of the figures that are ages, a person's or a group's or a
    thing's ("three males - ages 15, 18, and 22"): framing must not read them as counts."""
    return _scan(document, mentions)[1]
