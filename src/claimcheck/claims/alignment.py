"""Claim alignment: which statements are about the same fact?

Never an all-pairs scan. Each claim gets blocking keys (kind and attribute combined with each of
its anchors: places, actors, the month of its date, its event trigger, the entity an amount
belongs to, its rarer content words); candidate pairs are the claims that share a key, and a
content word shared by too many claims is no key. A key shared by many claims (one fact told
by hundreds of reports, many stories of one kind in one run) is ranked: each claim keeps the
few members nearest to it by value, story and anchors, so the pairs grow with the claims, not
with their square. Each candidate is then scored:

* attribute and counted group must agree (a count of soldiers is not a count of members; a
  count of people may include soldiers, so that pair is a part-whole relation, not a rival);
* shared places, actors and dates add evidence, weighted by how rare they are in the run;
  two statements placed in different specific places or on disjoint dates are different events;
* shared event triggers and content words add a little.

Strong alignments (named anchors in common) may produce errors; weak ones only warnings.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

import regex

from claimcheck.claims.attributes import attribute_record
from claimcheck.claims.event_kinds import event_kind, story_figures
from claimcheck.claims.events import (
    SAME_EVENT_DAYS,
    SCHEDULED,
    UNTOLD,
    WEEK,
    day_gap,
    in_story,
    same_dated_event,
    same_story_event,
    tells_the_response,
    tells_when_it_happened,
)
from claimcheck.claims.lexicon import (
    ATTRIBUTE_WORDS,
    EVENT_PROPERTIES,
    GENERIC_EVENTS,
    GENERIC_SUBJECTS,
    KNOWN_SUBJECTS,
    MONEY_ATTRIBUTES,
    MONEY_VALUE_ATTRIBUTES,
    PART_GROUPS,
    PERSON_SUBJECTS,
    STOPWORDS,
)
from claimcheck.claims.main_figures import figure_key, main_figure, main_figures
from claimcheck.claims.money_roles import (
    GOODS,
    NAMED_PURPOSES,
    ONE_PER_STORY,
    PRODUCT,
    MoneyRole,
    change_amount,
    money_role,
    named_parties,
    paid_in,
    payer_word,
    refers_back,
    same_party,
    superseded,
    title_case,
)
from claimcheck.claims.wording import event_noun
from claimcheck.config import Config
from claimcheck.model import Alignment, Claim, DateValue, Event
from claimcheck.plugin import hookimpl

__all__ = ["align_claims", "claimcheck_align"]

#: A content word shared by more claims than this is too common to block on.
MAX_BUCKET = 400
#: A blocking key shared by more claims than this is ranked (:func:`_ranked_pairs`): each
#: claim meets its ``WINDOW`` nearest neighbours in a few orders and keeps the ``KEEP`` of
#: them that share most with it, instead of every member.
RANK_ABOVE = 32
WINDOW = 8
KEEP = 12
STRONG = 3.5
#: Days between a date and the day its story gives its event beyond which it is another's.
YEAR = 366
#: Sentences after the one that introduces the main event in which a date is still the date
#: the story gives it.
LEAD_SPAN = 2
WEAK = 2.5


def _date_key(v: DateValue | None) -> str | None:
    if v is None or v.start is None or v.end is None:
        return None
    if (v.end - v.start).days > 62:
        return None
    return f"{v.start.year}-{v.start.month:02d}"


def _keys(
    c: Claim, rare: Sequence[str], money: _MoneyFacts | None = None
) -> Iterator[tuple[str, ...]]:
    kind = c.kind
    if kind == "money" and c.subject_id:
        yield ("money", "subject", c.subject_id)
    if kind == "money":
        yield from _money_keys(c, money or _money_facts(c))
    for w in rare:
        yield (kind, "w", w)
    attr = c.attribute
    story = c.event_ref.type if c.event_ref is not None and c.event_ref.main else None
    if kind == "date":
        if (story and c.event == story) or (c.event == UNTOLD and _of_main_event(c)):
            # the date of the story's main event, whatever kind each report calls it ("an
            # attack", "shelling"): the scorer judges whether the two events are one
            yield ("date", "story")
        if c.event and c.event.startswith(SCHEDULED):
            yield ("date", c.event)  # few per story: the scorer judges by the stories' names
        elif c.event:
            for ev in {c.event, *c.triggers}:
                for p in c.place:
                    yield ("date", ev, "p", p)
                for a in {*c.actors, *(_surname(a) for a in c.actors)}:
                    yield ("date", ev, "a", a)
        return
    if attr is None and c.subject is None:
        return
    if kind == "money":
        # money attributes vary with the verb ("bought for", "a deal worth"): block on the
        # rate only ("per unit", "per period") and let the scorer judge the rest
        attr = attr.partition(" per ")[2] if attr else ""
    base = (kind, attr or "-", c.subject or "-")
    if story and (attr or kind == "money"):
        # one key per attribute of the story's event, whatever the counted group is called
        # ("kills 4" in a headline, "two people were killed" in another report's lead)
        yield (kind, attr or "-", "story", story)
    yield from _main_event_key(c)
    for p in c.place:
        yield (*base, "p", p)
    for a in c.actors:
        yield (*base, "a", a)
    dk = _date_key(c.time)
    if dk:
        yield (*base, "t", dk)
    if kind in ("money", "percent", "quantity") and not (c.place or c.actors or c.subject_id):
        # amounts of unnamed things ("paid $3 million for the painting"): block on their words
        for w in c.content:
            yield (kind, attr or "-", "w", w)


def _money_keys(c: Claim, facts: _MoneyFacts) -> Iterator[tuple[str, ...]]:
    """An amount's kind, its payer and party, and the currency it converts into: "in bribes"
    and "accepted ... from a developer" meet, as do two reports' conversions into pounds."""
    if facts.slot is not None:
        yield ("money", "slot", facts.slot)
    if facts.payer is not None:
        yield ("money", "payer", facts.payer)
    role = facts.role
    if role.purpose == "contract":
        # "signed Carl Dunmore to a contract" and "Dunmore agreed to a deal" meet by surname
        for a in {*c.actors, *named_parties(c)}:
            yield ("money", "contract", _surname(a))
    if role.party and role.purpose:
        yield ("money", "party", role.purpose)
    if c.conversion:
        yield ("money", "converted", str(getattr(c.mention.value, "currency", None)))


def _main_event_key(c: Claim) -> Iterator[tuple[str, ...]]:
    """One key per attribute for the counts a story tells of its main event, whatever the
    event is called and the group counted ("arrested 25 pirates" in one report's lead, "has
    arrested 23 Somali and Yemeni pirates" in another's): the scorer judges whether the two
    main events are one."""
    if c.kind == "number" and c.attribute and c.grows and c.bound and _in_story(c):
        yield ("number", c.attribute, "main")
    if c.attribute and main_figure(c):
        # a candidate for its story's one figure of the attribute, wherever it is told
        yield (c.kind, c.attribute, "figure")


def _of_main_event(c: Claim) -> bool:
    """Whether a statement belongs to its story's main event, by its own anchors or by the
    discourse."""
    return c.event_ref is not None and c.event_ref.main


def _in_story(c: Claim) -> bool:
    """Whether a statement is told of its story's main event: in the lead, in a sentence
    naming the event, or later in the story as a count the discourse leaves with the main
    event (see :func:`_told_later`)."""
    return in_story(c.event_ref, c.event_link, c.mention.sentence, c.paragraph) or _told_later(c)


def _told_later(c: Claim) -> bool:
    """A count further down a story that its sentence gives no event, place or time of its
    own, whose attribute the words at the figure state ("Four deaths so close together were
    unusual", "the twenty families displaced"): the main event's figure, by the discourse. A
    place the main event is not given ("In neighbouring Vell, 10 died"), a date, or a part
    or total keeps it apart."""
    ev = c.event_ref
    if not (c.kind == "number" and c.bound and c.grows and ev is not None and ev.main):
        return False
    if c.event_link != "discourse" or c.scope != "unknown" or not _on_event_day(c, ev):
        return False
    if c.near_place or (c.place and not set(c.place) & set(ev.places)):
        return False
    return _stated_at_figure(c)


def _on_event_day(c: Claim, ev: Event) -> bool:
    """Whether a statement gives no time, or one within days of its main event's date
    ("this weekend" in a story of Sunday's fall)."""
    if c.time is None:
        return True
    if ev.date is None or not (ev.date.resolved and c.time.resolved):
        return False
    return day_gap(ev.date, c.time) <= SAME_EVENT_DAYS


_CLAUSE_AFTER = regex.compile(r"[,;:()\u2014]|\s[-\u2013]\s|\s(?:and|but|while|after|when)\s")
_WORDS = regex.compile(r"\p{L}[\p{L}'\u2019-]*")
_HEDGE_WORDS = frozenset({"at", "least", "about", "some", "nearly", "almost", "around", "the"})
#: Words after a figure, in its clause, that may state its attribute ("51 people had been
#: arrested", "Four deaths so close together").
_PREDICATE_REACH = 5


def _stated_at_figure(c: Claim) -> bool:
    """Whether the figure's own clause states its attribute right at it: the verb it is the
    object of ("arrested 46", "injuring at least 40") or a predicate or noun after it in its
    clause ("Four deaths", "51 people had been arrested"), not a word of another clause."""
    text = c.sentence_text
    at = text.find(c.mention.text)
    if at < 0:
        return False
    words = ATTRIBUTE_WORDS
    before = [w.lower() for w in _WORDS.findall(text[max(0, at - 40) : at])]
    while before and before[-1] in _HEDGE_WORDS:
        before.pop()
    if before and words.get(before[-1]) == c.attribute:
        return True
    rest = text[at + len(c.mention.text) :]
    cut = _CLAUSE_AFTER.search(rest)
    after = _WORDS.findall(rest[: cut.start()] if cut else rest)[:_PREDICATE_REACH]
    return any(words.get(w.lower()) == c.attribute for w in after)


#: Words after "in" or "for" that say when or how an amount was given, not what it is for.
_NOT_PURPOSES = frozenset(
    {"total", "all", "full", "part", "return", "exchange", "addition", "order", "case"}
    | {"information", "tips", "tip", "details", "anyone", "leads"}  # what a reward is for
)


#: What a price, a deal, a company's revenue or someone's pay is worth varies from one
#: product, deal, quarter or person to the next, even within one story: no slot of one amount.
_OPEN_MONEY_ATTRIBUTES = MONEY_VALUE_ATTRIBUTES | {"revenue", "salary"}


def _purpose(c: Claim) -> str | None:
    """What an amount is for, named right after it: "$412,000 in cash", "$9M for severance",
    "$2 million in damages"."""
    right = c.context[1]
    if len(right) < 2 or right[0] not in ("in", "for"):
        return paid_in(c)
    word = right[1]
    if not word.isalpha() or word in STOPWORDS or word in _NOT_PURPOSES:
        return None
    # one pattern per word: compiled without filling regex's cache of the fixed patterns
    in_for = regex.compile(rf"\b(?:in|for) {word}\b", cache_pattern=False)
    if not in_for.search(c.sentence_text):
        return None  # "bail at $500,000 for Marcus Reed": a name, not a purpose
    return MONEY_ATTRIBUTES.get(word, word)


def money_slot(c: Claim, role: MoneyRole | None = None) -> str | None:
    """The kind of amount a money statement gives, when it says: what it is for ("in cash",
    "for severance") or its attribute ("bail", "the loss"); ``None`` for a bare amount.
    ``role`` is the amount's :func:`money_role` when the caller has read it."""
    if c.kind != "money" or c.scope == "background" or c.conversion:
        return None
    attr, _, per = (c.attribute or "amount").partition(" per ")
    if per:
        return None
    form = paid_in(c)
    if form is not None:
        return form  # "$281 million of the purchase price will be in cash": the cash part
    told = _purpose(c)
    role = role or money_role(c)
    if role.party == GOODS + "damage":
        return "loss"  # "the fire did about $900,000 worth of damage"
    purpose = role.purpose
    if purpose in ONE_PER_STORY and (
        told is None or purpose == "loot" or MONEY_ATTRIBUTES.get(purpose) == told
    ):
        # "the ransom of $2 million was paid", "held on $250,000 bail"; what thieves took is
        # the loot, whatever it was in ("made off with $2 million in diamonds"); "caused $1
        # million in damages" is the loss the event caused
        return "loss" if purpose == "damages" and _damage_done(c) else purpose
    if attr in _OPEN_MONEY_ATTRIBUTES:
        return None
    slot = told or (None if attr == "amount" else attr)
    return "loss" if slot == "fine" and _damage_done(c) else slot


def _slot_words(slot: str) -> str:
    named = slot in MONEY_ATTRIBUTES.values() or slot in ONE_PER_STORY
    return f"as the {slot}" if named else f"in {slot}"


def _one_person(c: Claim, na: str, nb: str) -> bool:
    """Whether two ids beside an amount name one person, in full and without a given name
    ("Deputy Chief Harold Brennan" and "Deputy Chief Brennan")."""
    if c.kind != "money":
        return False
    wa, wb = na.split("-"), nb.split("-")
    short, full = sorted((wa, wb), key=len)
    return short[-1] == full[-1] and set(short) <= set(full)


def _one_name(na: str, nb: str) -> bool:
    """Whether two ids differ only by how a name is spaced or hyphenated ("SeaMicro" and
    "Sea Micro")."""
    return na.split(":")[-1].replace("-", "") == nb.split(":")[-1].replace("-", "")


#: A name followed by one of these gives an amount, it does not hold it: "Denise Marlowe put
#: the damage at $8.5m", "the owner estimated the loss at ...", "police said".
_TELLING = frozenset(
    {
        "said",
        "says",
        "estimated",
        "estimates",
        "put",
        "puts",
        "valued",
        "values",
        "pegged",
        "told",
        "reported",
        "reports",
        "announced",
        "confirmed",
        "according",
    }
)


def _told_by(c: Claim, actor: str | None) -> bool:
    """Whether the actor named beside an amount is who tells it rather than whose it is: a
    verb of saying or estimating follows the actor's name in the amount's sentence, or the
    name is the agent of one ("the $184 million reported by Boston WCVB sportscaster Mike
    Lynch")."""
    if not actor or not c.names or actor not in c.names:
        return False
    told = str(c.names[actor])
    at = c.sentence_text.find(told)
    if at > 0:
        agent = c.sentence_text[max(0, at - 30) : at].lower().split()
        if agent[-1:] == ["the"]:
            agent.pop()
        if agent[-1:] == ["by"] and len(agent) > 1 and agent[-2] in _TELLING:
            return True  # "the $184 million reported by Boston WCVB"
        if agent[-2:] == ["according", "to"]:
            return True  # "earned $4 million, according to The Hollywood Reporter"
    name = told.split()[-1].lower()
    words = [w.strip(".;:\"'\u201d") for w in c.sentence_text.lower().replace(",", " ").split()]
    for i, w in enumerate(words):
        if w.strip(".'\u2019s") == name:
            if _TELLING & set(words[i + 1 : i + 5]):
                return True
    return False


#: Words of a court, a sanction or a payment: "damages" among them are awarded, not done.
_AWARDED = frozenset(
    {
        "court",
        "jury",
        "judge",
        "ordered",
        "awarded",
        "award",
        "sued",
        "lawsuit",
        "suit",
        "pay",
        "paid",
        "fined",
        "fine",
        "penalty",
        "settlement",
        "settled",
        "bail",
        "ransom",
        "compensation",
        "verdict",
    }
)


def _money_base(c: Claim) -> str:
    """The kind of an amount without its "per": "damages" an event caused ("caused $1
    million in damages", "damages to the church are estimated at $1 million") are a loss,
    not damages a court awards."""
    base = (c.attribute or "amount").partition(" per ")[0]
    return "loss" if base == "fine" and _damage_done(c) else base


def _damage_done(c: Claim) -> bool:
    words = set(c.sentence_text.lower().replace(",", " ").replace(".", " ").split())
    return bool(words & {"damage", "damages"}) and not words & _AWARDED


def _claim_key(c: Claim) -> tuple[str, int, int]:
    return (c.doc, c.mention.start, c.mention.end)


def _single_money_slots(
    claims: Sequence[Claim], facts: Mapping[tuple[str, int, int], _MoneyFacts]
) -> frozenset[tuple[str, str]]:
    """(document, slot) for each kind of amount a document gives exactly one value of: "the
    bail" or "the cash seized" that each of two reports of one story gives once is the same
    amount, however differently the sentences are worded."""
    values: dict[tuple[str, str], set[float]] = defaultdict(set)
    for c in claims:
        slot = facts[_claim_key(c)].slot if c.kind == "money" else None
        v = getattr(c.mention.value, "value", None)
        if slot is not None and v is not None:
            values[(c.doc, slot)].add(float(v))
    return frozenset(k for k, vs in values.items() if len(vs) == 1)


@dataclass(frozen=True, slots=True)
class _MoneyFacts:
    """What the words around an amount say of it, read once per claim and run."""

    role: MoneyRole
    slot: str | None
    payer: str | None
    #: an earlier value ("rose from $40") or a change ("dropped $100"), not an amount
    earlier: tuple[bool, bool]
    #: a part of a price paid in one form ("including $281 million in cash")
    paid_part: bool


def _money_facts(c: Claim) -> _MoneyFacts:
    role = money_role(c)
    slot = money_slot(c, role)
    return _MoneyFacts(
        role=role,
        slot=slot,
        payer=payer_word(c),
        earlier=(superseded(c), change_amount(c)),
        paid_part=_paid_part(c, slot),
    )


def _money_facts_of(claims: Sequence[Claim]) -> dict[tuple[str, int, int], _MoneyFacts]:
    """Each amount's facts; an amount whose clause tells it of "it" ("the Red Sox made an
    offer of $160 million, but sources say it is closer to $184 million") takes the role of
    the amount before it in its sentence."""
    out: dict[tuple[str, int, int], _MoneyFacts] = {}
    before: dict[tuple[str, int], _MoneyFacts] = {}
    money = sorted((c for c in claims if c.kind == "money"), key=lambda c: (c.doc, c.mention.start))
    for c in money:
        facts = _money_facts(c)
        prev = before.get((c.doc, c.mention.sentence))
        if prev is not None and facts.role == MoneyRole() and refers_back(c):
            facts = replace(facts, role=prev.role)
        out[_claim_key(c)] = facts
        if facts.role.purpose:
            before[(c.doc, c.mention.sentence)] = facts
    return out


def _one_contract(a: Claim, b: Claim, fa: _MoneyFacts, fb: _MoneyFacts) -> bool:
    """Two signed contracts whose sentences name the same party and whose figures stand
    beside names both sentences give ("Miles agreed to a $60 million deal with the Lakers",
    "the Lakers signed Miles to an $80 million contract")."""
    if not (fa.role.purpose == fb.role.purpose == "contract"):
        return False
    both = _names_of(set(a.actors)) & _names_of(set(b.actors))
    near = [x for x in (a.near_actor, b.near_actor) if x]
    return bool(both) and all(_told_in(a, x) and _told_in(b, x) for x in near)


def _told_in(c: Claim, ident: str) -> bool:
    """Whether a sentence names the party an id stands for, in full or by its last name."""
    last = _surname(ident)
    if ident in c.actors:
        return True
    # one pattern per name: compiled without filling regex's cache of the fixed patterns
    named = regex.compile(rf"(?i)\b{regex.escape(last)}\b", cache_pattern=False)
    return named.search(c.sentence_text) is not None


_REMAINDER = regex.compile(
    r"(?i)\b(?:remainder|rest|balance)\s+(?:in|of\s+it\s+in)\s+(?:cash|stock|shares)\b"
)


def _paid_part(c: Claim, slot: str | None) -> bool:
    """An amount told as the part of a price paid in one form ("including $281 million in
    cash", "$281 million of the purchase price will be in cash")."""
    if slot not in ("cash", "stock"):
        return False
    if paid_in(c) is not None:
        return True  # "of which $281 million will be paid in cash"
    if _REMAINDER.search(c.sentence_text):
        return True  # "paying $281 million in cash for SeaMicro and the remainder in stock"
    return c.scope == "partial" or c.including or c.context[1][:2] == ("of", "the")


def _converted_amounts(claims: Sequence[Claim]) -> dict[tuple[str, int], Claim]:
    """Each conversion's amount converted: the amount before it in its sentence that is not
    itself a conversion, by (document, offset of the conversion)."""
    out: dict[tuple[str, int], Claim] = {}
    last: dict[tuple[str, int], Claim] = {}
    money = sorted((c for c in claims if c.kind == "money"), key=lambda c: (c.doc, c.mention.start))
    for c in money:
        key = (c.doc, c.mention.sentence)
        if not c.conversion:
            last[key] = c
        elif key in last:
            out[(c.doc, c.mention.start)] = last[key]
    return out


def _assumed(c: Claim) -> bool:
    """Whether an amount's currency was assumed, not written (a bare "$")."""
    return bool(getattr(c.mention.value, "currency_assumed", False))


def _same_currency(a: Claim, b: Claim) -> bool:
    ca = getattr(a.mention.value, "currency", None)
    return ca is not None and ca == getattr(b.mention.value, "currency", None)


def _equal(a: Claim, b: Claim) -> bool:
    """Whether two amounts are one value as written ("2m" and "two million")."""
    va = getattr(a.mention.value, "value", None)
    vb = getattr(b.mention.value, "value", None)
    return va is not None and vb is not None and abs(va - vb) <= 0.005 * max(abs(va), abs(vb))


def _amount(c: Claim) -> str:
    v = c.mention.value
    return v.describe() if hasattr(v, "describe") else c.mention.text


def _overlap(a: DateValue, b: DateValue) -> bool:
    assert a.start and a.end and b.start and b.end
    return a.start <= b.end and b.start <= a.end


def _similarity(a: Claim, b: Claim) -> float:
    ca, cb = a.content, b.content
    if len(ca) < 3 or len(cb) < 3:
        return 0.0
    return len(ca & cb) / math.sqrt(len(ca) * len(cb))


def _context_match(a: Claim, b: Claim) -> float:
    """How much of the two words either side of the figures agree (0 to 1)."""
    la, ra = a.context
    lb, rb = b.context
    n = max(len(la), len(lb)) + max(len(ra), len(rb))
    if n == 0:
        return 0.0
    same = sum(x == y for x, y in zip(reversed(la), reversed(lb))) + sum(
        x == y for x, y in zip(ra, rb)
    )
    return same / n


class _Scorer:
    def __init__(
        self, claims: Sequence[Claim], money: Mapping[tuple[str, int, int], _MoneyFacts]
    ) -> None:
        self.n = max(1, len({c.doc for c in claims}))
        #: the anchors each document names anywhere, with the surnames of full names
        self.named: dict[str, frozenset[str]] = {}
        df: Counter[str] = Counter()
        for doc_claims in _by_doc(claims).values():
            ids: set[str] = set()
            for c in doc_claims:
                ids.update(c.place)
                ids.update(c.actors)
            df.update(ids)
            self.named[doc_claims[0].doc] = _names_of(ids)
        self.df = df
        self.countries = frozenset(
            p for c in claims for p in (*c.place, c.near_place) if p in c.countries
        )
        self.money = money
        self.single_slots = _single_money_slots(claims, self.money)
        self.converted = _converted_amounts(claims)
        #: names of more than one word the run gives anyone ("boston-red-sox")
        self.full_names = frozenset(x for c in claims for x in c.actors if "-" in x)
        self.main = main_figures(claims)

    def weight(self, anchor: str) -> float:
        """Rare anchors weigh more: 2.0 for one named in few documents, less for common ones."""
        frac = self.df.get(anchor, 1) / self.n
        if self.n <= 2:
            return 2.0
        return 2.0 if frac < 0.5 else (1.0 if frac < 0.8 else 0.5)

    def specific(self, anchor: str) -> bool:
        """Whether naming this anchor pins down an event: a city or a group does, a country
        named throughout the run does not."""
        return anchor not in self.countries

    def score(self, a: Claim, b: Claim) -> tuple[float, list[str], bool, bool, float] | None:
        """(score, evidence, has a named anchor in common, near-identical statement), or
        ``None`` when the two cannot be the same fact."""
        gate = self._gate(a, b)
        if gate is None:
            return None
        sim, lexical, story = gate
        single = self.main_pair(a, b)
        t = _Tally()
        kinds = {"money": self._money, "date": self._date}
        if not kinds.get(a.kind, self._figure)(a, b, t, lexical, story or single):
            return None
        if not (self._anchors(a, b, t, story or single) and self._time(a, b, t, story or single)):
            return None
        _events_and_words(a, b, t, story, lexical, sim)
        if single and not story:
            t.add(
                STRONG,
                f"each report gives one figure of {_attribute_words(a)} for its main event",
                anchored=True,
            )
        return t.s, t.ev, t.anchored, lexical, sim

    def _gate(self, a: Claim, b: Claim) -> tuple[float, bool, bool] | None:
        """(similarity, near-identical, both the story's main event), or ``None`` when the
        two statements cannot be one fact whatever else they share."""
        if a.kind != b.kind or _told_alone(a, b, self.main_pair):
            return None
        if a.doc == b.doc and a.mention.sentence == b.mention.sentence:
            return None
        if (a.scope == "background") != (b.scope == "background"):
            return None
        if not self._same_holder(a, b):
            return None
        sim = _similarity(a, b)
        ctx = _context_match(a, b)
        if not (_same_event(a, b, sim) or _same_named_event(a, b)):
            return None
        if not _same_slot(a, b, sim, ctx):
            return None
        lexical = sim >= 0.6 and ctx >= 0.5
        if a.scope == "background" and not lexical:
            return None  # earlier events recalled in passing are compared only word for word
        if (a.conversion or b.conversion) and not (lexical and ctx >= 0.75):
            if not self.same_conversion(a, b):
                return None  # an outlet's own conversion compares only with a conversion
        return sim, lexical, _story(a, b)

    def _same_holder(self, a: Claim, b: Claim) -> bool:
        """Not figures of two different people or two different places."""
        if a.kind == "date" and (
            self.main_days(a, b) or (_one_day(a) and _one_day(b) and bool(_same_people(a, b)))
        ):
            return True  # the day of one event, whoever is named beside it
        na, nb = a.near_actor, b.near_actor
        if a.attribute in EVENT_PROPERTIES and a.attribute == b.attribute and a.doc != b.doc:
            na = nb = None  # a magnitude belongs to the event, whoever is named beside it
        if a.kind == "money":
            na, nb = _money_holders(self, a, b)
        if na and nb and na != nb and not _one_person(a, na, nb) and not _one_name(na, nb):
            if not self._named_in_both(a, b, na, nb):
                return False  # "X scored 20, Y 15": figures of different people
        npa, npb = a.near_place, b.near_place
        # "2,921 died in Turkey, 1,444 in Syria": figures of different places (a city and
        # the country around it may well be one place)
        return not (
            npa
            and npb
            and npa != npb
            and a.kind != "date"
            and self.specific(npa) == self.specific(npb)
        )

    def same_conversion(self, a: Claim, b: Claim) -> bool:
        """Two reports' conversions into one currency of one amount ("2m euros (£1.7m)" and
        "two million euros (£1.3 million)"): each converts an amount the other also gives in
        the same currency, so they are one figure, up to the rates the outlets used."""
        if not (a.conversion and b.conversion) or a.doc == b.doc:
            return False
        base_a = self.converted.get((a.doc, a.mention.start))
        base_b = self.converted.get((b.doc, b.mention.start))
        if base_a is None or base_b is None:
            return False
        return _same_currency(a, b) and _same_currency(base_a, base_b) and _equal(base_a, base_b)

    def one_role(self, a: Claim, b: Claim) -> bool:
        """Whether two amounts are one party's for one purpose ("Dana Whitfield will
        receive $2 million under her new agreement", "Whitfield is being paid $3 million"),
        whatever other word each sentence has for it."""
        ra, rb = self.facts(a).role, self.facts(b).role
        return bool(
            ra.purpose
            and ra.purpose == rb.purpose
            and ra.party
            and rb.party
            and self.one_party(ra.party, rb.party)
        )

    def facts(self, c: Claim) -> _MoneyFacts:
        return self.money[_claim_key(c)]

    def one_party(self, a: str, b: str) -> bool:
        """Whether two parties are one: the same name, a name and its last words, or the
        first and the last words of a name the run gives in full ("Boston" and "Red Sox" of
        "Boston Red Sox", "Washington" and "Nationals")."""
        return same_party(a, b) or not {f"{a}-{b}", f"{b}-{a}"}.isdisjoint(self.full_names)

    def _named_in_both(self, a: Claim, b: Claim, na: str, nb: str) -> bool:
        """Whether two main figures whose sentences name different holders ("Kessler Foods
        to close Dayton plant, cutting 1,700 jobs", "1,200 workers at the Kessler Foods
        plant") where one names a participant the other story names too: one story's
        figure, not two owners'."""
        return self.main_pair(a, b) and (
            na in self.named.get(b.doc, frozenset()) or nb in self.named.get(a.doc, frozenset())
        )

    def main_pair(self, a: Claim, b: Claim) -> bool:
        """Two reports' main figures of one attribute of their main events, which are one
        event, counting one group (see :mod:`claimcheck.claims.main_figures`): "The bus was
        carrying 36 pupils" and "All 31 children on board" state one fact."""
        if a.doc == b.doc or not a.attribute or a.attribute != b.attribute:
            return False
        if figure_key(a) not in self.main or figure_key(b) not in self.main:
            return False
        sa, sb = a.subject, b.subject
        if not (sa == sb or None in (sa, sb) or (a.grows and _victims(sa) and _victims(sb))):
            return False
        return same_story_event(a.event_ref, b.event_ref) or _one_story(a, b)

    def main_days(self, a: Claim, b: Claim) -> bool:
        """Two dates, each the day its story gives its main event, of one event: judged by
        the events' kinds and anchors or, when one lead names none, by a name both stories
        give somewhere (the gunman, the plant)."""
        if not _dates_main_event(a, b):
            return False
        ea, eb = a.event_ref, b.event_ref
        assert ea is not None and eb is not None
        if same_dated_event(ea, eb):
            return True
        shared = self.named.get(a.doc, frozenset()) & self.named.get(b.doc, frozenset())
        return bool(shared) and same_dated_event(ea, eb, by_anchor=False)

    def _scheduled(self, a: Claim, b: Claim, t: _Tally) -> bool:
        """Two days set for an event of one kind ("scheduled for December 17", "in the
        December 15 election") in two stories that name someone or something in common, by
        reports published within a week of each other: one event, one day. Not for court
        dates: a case has many."""
        if a.event != b.event or a.doc == b.doc or not (_one_day(a) and _one_day(b)):
            return False
        kind = event_kind((a.event or "").removeprefix(SCHEDULED))
        if kind is None or kind.role == "procedure":
            return False  # a case has many hearings: "a bail hearing", "a plea hearing"
        if not self.named.get(a.doc, frozenset()) & self.named.get(b.doc, frozenset()):
            return False
        ra, rb = (c.event_ref.reported if c.event_ref else None for c in (a, b))
        if ra is not None and rb is not None and abs((ra - rb).days) >= WEEK:
            return False  # set again since
        noun = event_noun(a.event)
        t.add(STRONG, f"same scheduled event: both give the day of the {noun}", anchored=True)
        return True

    def _money(self, a: Claim, b: Claim, t: _Tally, lexical: bool, story: bool) -> bool:
        sa = _named_holder(a, a.subject_id, self.named.get(b.doc, frozenset()))
        sb = _named_holder(b, b.subject_id, self.named.get(a.doc, frozenset()))
        if sa and sb:
            if not self.one_party(sa, sb):
                return False  # "Mayor Ann Cole's budget" and "Cole's" are one party's
            t.add(3.0, f"both amounts are given for {a.subject}", anchored=True)
        per_a = (a.attribute or "amount").partition(" per ")[2]
        per_b = (b.attribute or "amount").partition(" per ")[2]
        base_a, base_b = _money_base(a), _money_base(b)
        if per_a != per_b:
            return False  # "$62 a share" is not the price of the deal
        if _scale(a, b) > 1001:
            return False  # "$334 million" for the deal and "$9" a share: not one amount
        if per_a:
            t.add(1.0, f"both are amounts per {per_a}")
        fa, fb = self.facts(a), self.facts(b)
        slot = fa.slot
        if _point(a) != _value(a) or _point(b) != _value(b):
            # a range ("between $140 million and $150 million") is compared only as one
            # party's amount for one purpose, or the story's one amount of its kind
            if not (self.one_role(a, b) or (slot in ONE_PER_STORY and slot == fb.slot)):
                return False
        if not (
            base_a == base_b
            or (slot in ONE_PER_STORY and slot == fb.slot)
            or self.one_role(a, b)
            or (slot is not None and slot == fb.slot)
            or "amount" in (base_a, base_b)
            or {base_a, base_b} <= MONEY_VALUE_ATTRIBUTES
        ):
            return False  # a loan is not a fine
        if a.attribute == b.attribute and a.attribute != "amount":
            t.add(1.0, f"both are a {a.attribute}")
        if a.doc != b.doc and not _money_roles(self, a, b, t):
            return False
        if slot == "loot" and (_assumed(a) or _assumed(b)) and (a.hedges or b.hedges):
            # the value of a haul is an estimate that insurers, police and each outlet's own
            # dollars ("$137-million" in a Canadian paper) make vary: an estimate in a bare
            # "$" ("an estimated $102 million", "more than $160 million") is not compared
            slot = None
        if a.doc != b.doc and slot is not None and slot == fb.slot:
            # one story's loss, bail or severance is one amount, wherever each report's
            # sentence places the company or the court
            t.one_slot = _of_main_event(a) and _of_main_event(b)
            if {(a.doc, slot), (b.doc, slot)} <= self.single_slots:
                t.add(2.5, f"each report gives one amount {_slot_words(slot)}")
            elif slot in ONE_PER_STORY:
                t.add(0.0, f"both are the {slot}")  # what the message calls them
        return True

    def _date(self, a: Claim, b: Claim, t: _Tally, lexical: bool, story: bool) -> bool:
        if not lexical and (_off_its_event(a) or _off_its_event(b)):
            return False  # "the 2007 report on quake risks" in a story of a 2013 quake
        if self.main_days(a, b):
            assert a.event_ref is not None
            t.one_day = True
            # strong on its own, even when the two sentences name the event by different
            # words ("shot" and "the memorial for ... who was fatally wounded")
            t.add(
                STRONG + 1.0,
                f"both date the main event of their story ({event_noun(a.event)})",
                anchored=True,
            )
            return True
        if (a.event or "").startswith(SCHEDULED) or (b.event or "").startswith(SCHEDULED):
            return self._scheduled(a, b, t)
        # one kind of event, or a generic kind ("the attack") the other's sentence also names
        same_event = bool(a.event and b.event) and (
            a.event == b.event
            or (
                bool({a.event, b.event} & GENERIC_EVENTS)
                and (a.event in b.triggers or b.event in a.triggers)
            )
        )
        if not same_event and not lexical:
            return False
        if same_event:
            t.add(1.0, f"both date the {event_noun(a.event)}")
        days = _one_day(a) and _one_day(b)
        people = _same_people(a, b) if same_event and days and a.doc != b.doc else ()
        if people:
            # "Kimani Gray was shot on Monday" and "Gray ... was fatally wounded Saturday":
            # one event of one kind told of the same person is one day
            names = ", ".join(sorted(_name(a, b, x) for x in people))
            t.add(STRONG, f"same person: {names}", anchored=True)
            return True
        if not lexical and not story:
            spec_a = {p for p in a.place if self.specific(p)} | set(a.actors)
            spec_b = {p for p in b.place if self.specific(p)} | set(b.actors)
            if not spec_a & spec_b:
                return False
        return True

    def _figure(self, a: Claim, b: Claim, t: _Tally, lexical: bool, story: bool) -> bool:
        """Counts, quantities and percents: the same attribute of the same group."""
        if a.attribute and b.attribute and a.attribute != b.attribute:
            return False
        if not _same_group(a, b, lexical, story):
            return False
        if story and not lexical and _apart(a, b):
            return False
        if not (a.attribute and b.attribute) and not lexical:
            # a figure with no stated attribute ("20 points", "three boats") is only
            # comparable in nearly the same statement: one player has points in every game
            return False
        if (
            a.kind == "number"
            and a.event
            and b.event
            and a.event != b.event
            and not ({a.event, b.event} & GENERIC_EVENTS)
            and not lexical
            and not (story and a.attribute not in EVENT_PROPERTIES)
        ):
            # the aftershock's magnitude is not the earthquake's; but two counts of one main
            # event are one figure whichever word nearest each names it ("gunfire at the
            # rally", "shots were fired")
            return False
        if a.attribute and a.attribute == b.attribute:
            verb = "count" if a.kind == "number" else "give"
            t.add(1.0, f"both {verb} {a.attribute}")
        if a.subject and a.subject == b.subject:
            t.add(1.5, f"of {a.subject}")
        return True

    def _anchors(self, a: Claim, b: Claim, t: _Tally, story: bool) -> bool:
        """Shared places and actors (a name one report types as a place and another leaves
        untyped counts as either); different specific places are different events, except
        for one kind of amount of one story's main event, and for a headline's count of its
        story's main event when the two main events are one (a headline names the state,
        another report's story the city), and for the days two stories give one main event."""
        pa, pb = set(a.place), set(b.place)
        shared_p = pa & pb
        headline_story = story and (a.headline or b.headline or _both_main(a, b, self.main))
        if pa and pb and not shared_p and not (t.one_slot or t.one_day or headline_story):
            if any(self.specific(p) for p in pa) and any(self.specific(p) for p in pb):
                return False
        inherited = 0.6 if a.inherited or b.inherited else 1.0
        if shared_p:
            w = max(self.weight(p) for p in shared_p)
            names = ", ".join(sorted(_name(a, b, p) for p in shared_p))
            specific = any(self.specific(p) for p in shared_p)
            t.add(w * inherited, "same place: " + names, anchored=specific)
        shared_a = (set(a.actors) & set(b.actors)) | (
            (set(a.place) & set(b.actors)) | (set(a.actors) & set(b.place))
        ) - shared_p
        if shared_a:
            w = max(self.weight(x) for x in shared_a)
            names = ", ".join(sorted(_name(a, b, x) for x in shared_a))
            specific = any(self.specific(x) for x in shared_a)
            t.add(0.8 * w * inherited, "same actors: " + names, anchored=specific)
        return True

    def _time(self, a: Claim, b: Claim, t: _Tally, story: bool) -> bool:
        """The times the two figures are given for: the same day is evidence, disjoint
        times (beyond what one event spans) rule the pair out."""
        ta, tb = a.time, b.time
        if a.kind == "date" or ta is None or tb is None:
            return True
        if not ta.resolved and not tb.resolved:
            if ta.timex and ta.timex == tb.timex and "-" in ta.timex[5:]:
                # "November 9" in two undated reports: the same day in all likelihood
                t.add(1.0, f"same date: {ta.describe()}", anchored=True)
            return True
        if not (ta.resolved and tb.resolved):
            return True
        if not _overlap(ta, tb) and not (story and day_gap(ta, tb) <= SAME_EVENT_DAYS):
            return False
        assert ta.start and ta.end and tb.start and tb.end
        if _overlap(ta, tb) and max((ta.end - ta.start).days, (tb.end - tb.start).days) <= 31:
            t.add(1.5, f"same time: {ta.describe()}", anchored=True)
        return True


def _money_holders(s: _Scorer, a: Claim, b: Claim) -> tuple[str | None, str | None]:
    """Whose two amounts are, as far as the names beside them say: not who tells them, not
    a headline's capitalised words, and nobody's in particular when they are one party's
    amount for one purpose, or the one bail or reward each report gives its story (set by
    a court or offered by a group each report names its own way), unless they are two
    people's."""
    na = _named_holder(a, a.near_actor, s.named.get(b.doc, frozenset()))
    nb = _named_holder(b, b.near_actor, s.named.get(a.doc, frozenset()))
    if _told_by(a, na) or _told_by(b, nb):
        return None, None  # "a spokeswoman put the damage at ...": who gives it, not whose
    bought = s.facts(a).role.purpose in ("acquisition", "price", "pay") and s.one_role(a, b)
    if bought or _one_contract(a, b, s.facts(a), s.facts(b)):
        # "X signed Y to a $5m deal": the contract is both parties'; "Zeta will pay $434
        # million to acquire Lumen": the price of one acquisition, whoever is named first
        # (not an offer: who it is made to and who reports it part two outlets' rumours)
        return None, None
    slot = s.facts(a).slot
    if (
        slot in ONE_PER_STORY
        and slot == s.facts(b).slot
        and {(a.doc, slot), (b.doc, slot)} <= s.single_slots
        and not (na and nb and _full_name(na) and _full_name(nb))
    ):
        return None, None  # "bond was set at" beside the court, "held on" beside the city
    return na, nb


def _named_holder(c: Claim, ident: str | None, other: frozenset[str]) -> str | None:
    """The holder an id names beside an amount; in a headline, only a name the other report
    gives too."""
    if ident is None or not (c.headline or title_case(c.sentence_text)):
        return ident
    return ident if ident in other or _surname(ident) in other else None


def _money_roles(s: _Scorer, a: Claim, b: Claim, t: _Tally) -> bool:
    """Whose amount each is and what it is for: one party's offer in two reports is one
    figure, two parties' offers are two; an amount received from one payer ("from a
    developer") in each report of one story is one payment; an earlier value ("from $3")
    is not the current one."""
    fa, fb = s.facts(a), s.facts(b)
    if fa.earlier != fb.earlier:
        return False  # an earlier value or a change is not the amount
    if fa.paid_part != fb.paid_part:
        return False  # "$281 million of the price will be in cash" is not the price
    if s.same_conversion(a, b):
        base = s.converted[(a.doc, a.mention.start)]
        t.add(STRONG, f"both convert {_amount(base)}", anchored=True)
        return True
    ra, rb = fa.role, fb.role
    if ra.purpose != rb.purpose and {ra.purpose, rb.purpose} <= NAMED_PURPOSES:
        return False  # an offer is not the contract signed, bail is not a fine
    if ra.purpose and ra.purpose == rb.purpose and ra.party and rb.party:
        if not s.one_party(ra.party, rb.party):
            return False  # the Nationals' offer is not the Orioles'
        thing = ra.party.startswith((PRODUCT, GOODS))
        who = "the " + ra.party.partition(":")[2] if thing else _name(a, b, ra.party)
        what = f"price of the acquisition of {who}" if ra.purpose == "acquisition" else ""
        t.add(STRONG, f"both are the {what or f'{ra.purpose} of {who}'}", anchored=True)
    if ra.purpose == rb.purpose == "contract":
        people = (_names_of(set(a.actors)) & _names_of(set(b.actors))) - {*a.place, *b.place}
        # "signed Carl Dunmore to a $180 million contract", "Dunmore agreed to a deal"
        people |= {x for x in a.actors if _full_name(x) and _told_in(b, x)}
        people |= {x for x in b.actors if _full_name(x) and _told_in(a, x)}
        people -= {_surname(x) for x in people if _full_name(x)}  # "Elton Brand", not "Brand"
        if people:
            # a signed contract is one per player and team, whoever the sentence opens with
            who = ", ".join(sorted(_name(a, b, x) for x in people))
            t.add(STRONG, f"both are the contract of {who}", anchored=True)
    payer = fa.payer
    if payer and payer == fb.payer and _of_main_event(a) and _of_main_event(b):
        t.add(STRONG, f"both were received from the {payer}", anchored=True)
    return True


@dataclass
class _Tally:
    """The evidence gathered for one candidate pair while it is scored."""

    s: float = 0.0
    ev: list[str] = field(default_factory=list)
    anchored: bool = False
    #: Two amounts of one kind ("the loss") of one story's main event: places do not part them.
    one_slot: bool = False
    #: Two days of one event, each the day its story gives its main event: the places their
    #: sentences name ("at his home in Santa Rosa", "in California") do not part them.
    one_day: bool = False

    def add(self, weight: float, evidence: str, *, anchored: bool = False) -> None:
        self.s += weight
        self.ev.append(evidence)
        self.anchored = self.anchored or anchored


def _same_group(a: Claim, b: Claim, lexical: bool, story: bool) -> bool:
    """Whether two counts count one group. Different groups are different facts, except
    that the counts of the main event of one story (both read from their constructions)
    count its victims or suspects whatever each report calls them ("25 pirates" and "23
    people", "two men" and "seven others"), unless one names a part ("children", "officers")."""
    sa, sb = a.subject, b.subject
    if sa == sb:
        return True
    if story and a.kind == "number" and a.grows and _victims(sa) and _victims(sb):
        return True
    if sa and sb:
        return False
    # "Three dead" and "2 children die": the children are a part
    return lexical or (sa or sb) in GENERIC_SUBJECTS


#: The extractor of a count of one told without a numeral ("A man was shot and killed"):
#: see :mod:`claimcheck.claims.single_victims`.
_SINGLE = "single"


def _both_main(a: Claim, b: Claim, main: frozenset[tuple[str, int, int]]) -> bool:
    """Two counts, each its story's one figure of its attribute for its main event: the
    places their sentences name (a wire's dateline city, the region another report names)
    do not part them."""
    return a.kind == "number" and figure_key(a) in main and figure_key(b) in main


def _told_alone(a: Claim, b: Claim, main_pair: Callable[[Claim, Claim], bool]) -> bool:
    """A count of one told without a numeral ("A man was shot and killed") compared other
    than as its story's main figure against another report's: one of the dead, not their
    number, wherever the story tells of more."""
    return _SINGLE in (a.mention.extractor, b.mention.extractor) and not main_pair(a, b)


#: Reports of one event's toll differ by updates and sources, not by an order of magnitude:
#: a count this many times another, and more than ``_APART_MIN`` apart, is of another scope
#: (a running total of a war, another strike, an earlier disaster recalled in passing).
_APART_RATIO = 5.0
_APART_MIN = 5


def _apart(a: Claim, b: Claim) -> bool:
    """Whether two counts of a story's main event are too far apart to be one figure."""
    va = getattr(a.mention.value, "value", None)
    vb = getattr(b.mention.value, "value", None)
    if va is None or vb is None:
        return False
    lo, hi = sorted((abs(float(va)), abs(float(vb))))
    return hi - lo > _APART_MIN and (lo == 0 or hi / lo > _APART_RATIO)


def _victims(subject: str | None) -> bool:
    """Whether a counted group may stand for all the victims or suspects of an event: people
    by any name, but no part of them ("children") and nothing that is not people."""
    if subject is None:
        return True
    if subject in PART_GROUPS:
        return False
    return subject in PERSON_SUBJECTS or subject not in KNOWN_SUBJECTS


def _same_slot(a: Claim, b: Claim, sim: float, ctx: float) -> bool:
    """Parts and totals compare only with the same part or total in nearly the same words;
    one sentence's figures in different slots are different facts."""
    if (a.kind == "number" and a.scope != b.scope and "unknown" not in (a.scope, b.scope)) or (
        a.kind == "number" and ("partial" in (a.scope, b.scope) or "total" in (a.scope, b.scope))
    ):
        # a part ("two of the victims", "18 other people") or a total over several
        # events compares only with the same part or total in nearly the same words
        if not (a.scope == b.scope and sim >= 0.6 and ctx >= 0.5):
            return False
    if (
        sim >= 0.8
        and ctx == 0.0
        and a.context != ((), ())
        and not (a.subject_id and a.subject_id == b.subject_id)
        and not _same_reading(a, b)
        and not (a.kind == "date" and _dates_main_event(a, b))
    ):
        return False  # the same statement, but the figures fill different slots in it
    return not (sim >= 0.6 and _both_state_both(a, b))  # one sentence giving both figures


def _same_reading(a: Claim, b: Claim) -> bool:
    """Two counts whose constructions read the same attribute of the same group ("had
    arrested 11 armed separatists" and "killed three separatists while arresting 11"), or
    of a group one leaves unnamed ("wounded four people", "two were wounded"): one slot,
    however differently the words around the figures run; and so are two counts of a toll
    whose constructions leave both groups unnamed ("two others were injured", "injured two
    more")."""
    return (
        a.kind == "number"
        and a.bound
        and b.bound
        and a.attribute is not None
        and a.attribute == b.attribute
        and ((a.subject or b.subject) is not None or (a.grows and b.grows))
        and (a.subject == b.subject or None in (a.subject, b.subject))
        and (a.subject or b.subject) not in PART_GROUPS
    )


def _events_and_words(
    a: Claim, b: Claim, t: _Tally, story: bool, lexical: bool, sim: float
) -> None:
    """The main event of both stories, the kind of event and the words the two share."""
    if story:
        assert a.event_ref is not None
        t.add(
            2.5,
            f"both are about the main event of their story ({a.event_ref.describe()})",
            anchored=True,
        )
    elif _headline_and_story(a, b):
        t.add(2.0, "the headline and the story tell of one event", anchored=True)
    ta, tb = set(a.triggers), set(b.triggers)
    if ta & tb:
        one_event = a.attribute in EVENT_PROPERTIES and bool(a.event) and a.event == b.event
        # one earthquake has one magnitude, whoever reports it
        t.add(1.0, "same kind of event: " + ", ".join(sorted(ta & tb)), anchored=one_event)
    elif ta and tb and a.kind in ("number", "date") and not lexical:
        t.s -= 1.0
    t.s += 2.0 * sim
    if lexical:
        t.ev.append(f"nearly the same sentence ({sim:.0%} of the words)")
    elif sim >= 0.2:
        t.ev.append("shared words: " + ", ".join(sorted(a.content & b.content)[:5]))


def _same_named_event(a: Claim, b: Claim) -> bool:
    """Two dates of one class of event whose sentences name the same actor ("Operation
    Azm-i-Istehkam was approved in June", "Gray was shot Monday"): one event, whether each
    story tells it as its main event or as another."""
    return (
        a.kind == "date"
        and a.doc != b.doc
        and a.event is not None
        and a.event == b.event
        and bool(
            set(a.actors) & set(b.actors) or (_one_day(a) and _one_day(b) and _same_people(a, b))
        )
    )


def _off_its_event(c: Claim) -> bool:
    """A date more than a year from the day its own story gives the event it is read as
    dating: a background event's (an earlier quake, a study's year), not this one's."""
    ev, v = c.event_ref, c.mention.value
    if ev is None or ev.date is None or not isinstance(v, DateValue):
        return False
    if not (ev.date.resolved and v.resolved):
        return False
    return day_gap(ev.date, v) > YEAR


def _one_day(c: Claim) -> bool:
    """Whether a date names one day ("Monday", "June 20", "20 June 2005"), not a month or a
    year: a person is arrested or convicted more than once in a year."""
    v = c.mention.value
    if not isinstance(v, DateValue) or v.granularity != "day" or v.reference is not None:
        return False
    return v.start == v.end if v.resolved else bool(v.weekday or (v.timex or "").count("-") == 2)


def _surname(ident: str) -> str:
    """The last word of an anchor id ("kimani-gray" -> "gray")."""
    return ident.rpartition("-")[2]


def _same_people(a: Claim, b: Claim) -> tuple[str, ...]:
    """Actors of two statements that name one person, in full in one and by surname in the
    other ("Jamal Williams" and "Williams"): ids of the full names. Two full names must be
    the same name; a surname alone matches a full name ending in it. Only for what happens
    to people (a shooting, an arrest), not for acts of office named after someone ("a Bush
    regulation", "the Obama rule")."""
    if not (story_figures(a.event) and story_figures(b.event)):
        return ()
    out: set[str] = set()
    for x, y in ((a, b), (b, a)):
        alone = {p for p in y.actors if "-" not in p and len(p) > 2} - set(y.place)
        out.update(f for f in x.actors if _full_name(f) and _surname(f) in alone)
    return tuple(sorted(out))


def _full_name(ident: str) -> bool:
    """An id shaped like a given name and a surname ("kimani-gray", "brian-g-nichols"), not
    like the name of a team or a company of three words ("san-diego-chargers")."""
    words = ident.split("-")
    return len(words) == 2 or (len(words) == 3 and len(words[1]) == 1)


def _dates_main_event(a: Claim, b: Claim) -> bool:
    """Two dates, each of its story's main event (told in the lead or in a sentence that
    names it), whose main events are one event by their class and anchors: "shot early
    Monday" and "in the early hours of March 9" date one shooting, however worded."""
    ea, eb = a.event_ref, b.event_ref
    if ea is None or eb is None or a.doc == b.doc:
        return False
    if not (_dates_its_main_event(a, ea) and _dates_its_main_event(b, eb)):
        return False
    if not (_the_event_day(a, ea) and _the_event_day(b, eb)):
        return False
    if not (_told_of_main(a, ea) and _told_of_main(b, eb)):
        return False
    return _day_in_story(a, ea) and _day_in_story(b, eb)


def _day_in_story(c: Claim, event: Event) -> bool:
    """Whether a date is told as part of its story's main event: in the sentences or the
    paragraph that introduce it, in a sentence naming it, or in one telling the first
    response to it ("Deputies responded to the club around 2 a.m. Sunday")."""
    if in_story(event, c.event_link, c.mention.sentence, c.paragraph):
        return True
    return _responded(c, event)


def _responded(c: Claim, event: Event) -> bool:
    """A day the discourse leaves with the main event, in a sentence telling the first
    response to that incident, written without a year."""
    return (
        event.main
        and c.event_link == "discourse"
        and not _YEAR.search(c.mention.text)
        and tells_the_response(c.sentence_text)
    )


def _dates_its_main_event(c: Claim, event: Event) -> bool:
    """Whether a date is read as dating its story's main event: by the event's kind, or as
    the lead's day of a main event no word names by kind."""
    if event.type is None:
        return c.event == UNTOLD
    return bool(c.event) and c.event == event.type


def _told_of_main(c: Claim, event: Event) -> bool:
    """Whether a date is told of the main event: in its lead, or later in a sentence that
    tells when the event already told happened ("the shooting took place just after 8:30pm
    Tuesday", "Felt died ... Saturday"), written without a year (a year later in a story
    dates what came before: "the latest quakes there occurred on Oct. 10, 2002"); later in
    a story, "a shooting that occurred Monday" may be another."""
    if c.mention.sentence <= event.sentence + LEAD_SPAN:
        return True
    if _responded(c, event):
        return True
    if c.event_link != "own" or _YEAR.search(c.mention.text):
        return False
    return tells_when_it_happened(c.sentence_text, event.type)


_YEAR = regex.compile(r"\b\d{4}\b")


def _names_of(ids: set[str]) -> frozenset[str]:
    """Anchor ids and the surnames of the full names among them ("jamal-williams" gives
    "williams" too), so that "Williams" in one story meets "Jamal Williams" in another."""
    return frozenset(ids | {_surname(i) for i in ids if _full_name(i) and len(_surname(i)) > 3})


def _the_event_day(c: Claim, event: Event) -> bool:
    """Whether a date is the day its document gives its event: a day (not "now"), and the
    day the lead dates the event when it does ("broke out Tuesday" in a story that also says
    "by Wednesday morning" it had destroyed 37 homes: a fire lasts days)."""
    v = c.mention.value
    if not isinstance(v, DateValue) or v.reference is not None:
        return False
    if not v.resolved:
        return event.date is None and bool(v.weekday or (v.timex or "").count("-") == 2)
    assert v.start is not None and v.end is not None
    if v.start != v.end:
        return False
    return event.date is None or not event.date.resolved or _overlap(v, event.date)


def _story(a: Claim, b: Claim) -> bool:
    """Both statements are told as part of their stories' main events, which are one event,
    and (for counts) each reads its attribute from its own construction."""
    if a.kind == "number" and not (a.bound and b.bound):
        return False
    if a.attribute in EVENT_PROPERTIES or _vague(a) or _vague(b):
        return False  # agencies rate a quake differently; "dozens" is no count to compare
    return (
        _in_story(a)
        and _in_story(b)
        and not (_dated_apart(a) or _dated_apart(b))
        and (same_story_event(a.event_ref, b.event_ref) or _one_story(a, b))
    )


def _dated_apart(c: Claim) -> bool:
    """A count whose sentence dates it days away from its story's main event ("In
    February, a woman opened fire at a university, killing three"): another event's."""
    ev = c.event_ref
    if c.kind != "number" or ev is None or ev.date is None or c.time is None:
        return False
    if not (ev.date.resolved and c.time.resolved):
        return False
    return day_gap(ev.date, c.time) > SAME_EVENT_DAYS


def _one_story(a: Claim, b: Claim) -> bool:
    """Counts of two documents' main events that the events' classes and anchors do not
    settle (one report calls it an attack, another a storming, or names none; one places it
    in a city, the other in its state): one event when the events are dated (or reported)
    within days of each other or, undated, are of one class or share an anchor."""
    ea, eb = a.event_ref, b.event_ref
    if ea is None or eb is None or not (ea.main and eb.main) or ea.doc == eb.doc:
        return False
    if a.kind not in ("number", "quantity") or not (a.attribute and a.attribute == b.attribute):
        return False
    anchors_a, anchors_b = {*ea.places, *ea.actors}, {*eb.places, *eb.actors}
    shared = bool(anchors_a & anchors_b) or _named_in_short(anchors_a, anchors_b)
    if ea.date is not None and eb.date is not None:
        return day_gap(ea.date, eb.date) <= (SAME_EVENT_DAYS if shared else 1)
    if ea.reported is not None and eb.reported is not None:
        return abs((ea.reported - eb.reported).days) <= SAME_EVENT_DAYS
    # undated: one class of event told in one cluster, or one anchor in common
    return shared or bool(ea.type and ea.type == eb.type)


def _named_in_short(a: set[str], b: set[str]) -> bool:
    """Whether one story names a place or body in short that the other names in full ("Mt
    Cook" and "Mt Cook National Park"): an id of two words or more that begins the other's."""
    for x in a:
        for y in b:
            short, full = sorted((x, y), key=len)
            if "-" in short and full.startswith(short + "-"):
                return True
    return False


def _attribute_words(c: Claim) -> str:
    record = attribute_record(c.attribute) if c.attribute else None
    phrase = record.phrase if record is not None else (c.attribute or "")
    return phrase if record is not None and record.kind == "measure" else f"those {phrase}"


_VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens", "several"})


def _scale(a: Claim, b: Claim) -> float:
    """How many times the larger amount is the smaller one."""
    lo, hi = sorted((abs(_point(a)), abs(_point(b))))
    return hi / lo if lo else math.inf


def _value(c: Claim) -> float | None:
    value = getattr(c.mention.value, "value", None)
    return None if value is None else float(value)


def _point(c: Claim) -> float:
    """A figure's value, or the middle of the range it gives ("between $1 million and $2
    million"), or 0 when it gives none."""
    v = c.mention.value
    value = getattr(v, "value", None)
    if value is not None:
        return float(value)
    bounds = [x for x in (getattr(v, "low", None), getattr(v, "high", None)) if x is not None]
    return sum(bounds) / len(bounds) if bounds else 0.0


def _vague(c: Claim) -> bool:
    """A figure given as an order of magnitude ("dozens", "hundreds of thousands")."""
    return c.kind == "number" and bool(_VAGUE & set(c.mention.text.lower().split()))


def _both_state_both(a: Claim, b: Claim) -> bool:
    """Whether each statement's sentence also gives the other's figure ("$1,099 for the
    13-inch and $1,799 for the 15-inch" in both reports): the figures fill different slots."""
    return (
        a.mention.text != b.mention.text
        and a.mention.text in b.sentence_text
        and b.mention.text in a.sentence_text
    )


def _headline_and_story(a: Claim, b: Claim) -> bool:
    """A document's headline count and the same count in its story's lead or in a sentence
    about its main event ("Warehouse fire kills 41 workers" over "14 workers were killed")."""
    return (
        a.doc == b.doc
        and a.headline != b.headline
        and a.kind == "number"
        and a.bound
        and b.bound
        and not (_vague(a) or _vague(b))
        and in_story(a.event_ref, a.event_link, a.mention.sentence, a.paragraph)
        and in_story(b.event_ref, b.event_link, b.mention.sentence, b.paragraph)
    )


def _same_event(a: Claim, b: Claim, sim: float) -> bool:
    """Statements of different events are different facts: inside one document, statements
    whose sentences name two events; across documents, one naming the story's main event and
    one naming another (an earlier attack, a funeral). Nearly the same sentence is exempt."""
    ea, eb = a.event_ref, b.event_ref
    if ea is None or eb is None or sim >= 0.6:
        return True
    if a.event_link != "own" or b.event_link != "own":
        return True  # an event the discourse gives is a guess: it never separates statements
    if a.doc == b.doc:
        return ea.id == eb.id
    return ea.main == eb.main


def _name(a: Claim, b: Claim, ident: str) -> str:
    for c in (a, b):
        names = c.names
        if names and ident in names:
            return str(names[ident])
    return ident.split(":", 1)[-1].replace("-", " ").title()


def _by_doc(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        out[c.doc].append(c)
    return out


def _rare_words(claims: Sequence[Claim], per_claim: int = 3) -> list[list[str]]:
    """For each claim, its rarest content words that some other claim shares."""
    df: Counter[str] = Counter()
    for c in claims:
        df.update(c.content)
    out = []
    for c in claims:
        words = [w for w in c.content if 2 <= df[w] <= MAX_BUCKET]  # common words are no key
        words.sort(key=lambda w: (df[w], w))
        out.append(words[:per_claim])
    return out


def _sort_key(c: Claim) -> tuple[float, str, int]:
    v = c.mention.value
    num = getattr(v, "value", None)
    if num is None and isinstance(v, DateValue) and v.start is not None:
        num = v.start.toordinal()
    return (float(num) if num is not None else math.inf, c.doc, c.mention.start)


def _story_key(c: Claim) -> tuple[str, int]:
    """Claims of stories of one kind reported on nearby days."""
    ev = c.event_ref
    kind = (ev.type or "") if ev is not None else ""
    day = ev.reported.toordinal() if ev is not None and ev.reported is not None else 0
    return (kind, day)


def _anchor_key(c: Claim) -> str:
    """Claims naming one place or actor (their own or their event's)."""
    ev = c.event_ref
    anchors = (*c.place, *c.actors, *((*ev.places, *ev.actors) if ev is not None else ()))
    return min(anchors, default="")


def _facets(c: Claim) -> frozenset[tuple[str, object]]:
    """What two claims of a large bucket may have in common, for ranking candidates: the
    value, the event's kind and day of report, anchors, the month of the date, the owner."""
    ev = c.event_ref
    out: set[tuple[str, object]] = {("v", _sort_key(c)[0])}
    out.update(("a", x) for x in (*c.place, *c.actors))
    if ev is not None:
        out.update(("a", x) for x in (*ev.places, *ev.actors))
        out.add(("e", ev.type))
        out.add(("r", ev.reported))
    for name, value in (("t", _date_key(c.time)), ("s", c.subject_id), ("n", c.near_actor)):
        if value is not None:
            out.add((name, value))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class _Rank:
    """What ranked blocking knows of one claim, worked out once for every bucket it is in:
    its place in each order (by value; by story, then value; by anchor, then value), its
    value and its facets."""

    orders: tuple[tuple[str | float | int, ...], ...]
    value: float
    facets: frozenset[tuple[str, object]]

    @classmethod
    def of(cls, c: Claim) -> _Rank:
        # by value, then by what the claim is and where: never by the order of the run
        v = (*_sort_key(c), c.mention.end, c.kind, c.attribute or "", c.subject or "")
        return cls((v, (*_story_key(c), *v), (_anchor_key(c), *v)), v[0], _facets(c))


class _Ranks(dict[int, _Rank]):
    """Each claim's :class:`_Rank`, made when a large bucket first needs it."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        super().__init__()
        self.claims = claims

    def __missing__(self, i: int) -> _Rank:
        r = self[i] = _Rank.of(self.claims[i])
        return r


def _bucket_pairs(members: Sequence[int], ranks: _Ranks, partners: dict[int, array[int]]) -> None:
    """Add the candidate pairs of one blocking bucket to ``partners``: all of a small
    bucket's, and at most about ``2 * KEEP`` per claim in a large one (:func:`_ranked_pairs`).
    ``members`` are in increasing order, so a small bucket's pairs are each member with the
    members after it."""
    if len(members) <= RANK_ABOVE:
        for x in range(len(members) - 1):
            _later(partners, members[x]).extend(members[x + 1 :])
        return
    _add_pairs(partners, _ranked_pairs(members, ranks))


def _later(partners: dict[int, array[int]], i: int) -> array[int]:
    """The array of the claims after ``i`` that are its candidates."""
    later = partners.get(i)
    if later is None:
        later = partners[i] = array("i")
    return later


def _add_pairs(partners: dict[int, array[int]], pairs: Iterable[tuple[int, int]]) -> None:
    for i, j in pairs:
        if i < j:
            _later(partners, i).append(j)
        else:
            _later(partners, j).append(i)


def _ranked_pairs(members: Sequence[int], ranks: _Ranks) -> Iterator[tuple[int, int]]:
    """Ranked blocking of a large bucket (one fact stated by hundreds of reports, or many
    stories of one kind in one run).

    The members are sorted in a few orders (by value; by the kind and report day of their
    story, then value; by anchor, then value) and each claim's ``WINDOW`` neighbours on
    either side in each order are its pool; of the pool it keeps the ``KEEP`` that share most
    with it (value, event, anchors, date, owner), nearest in value first, then by document and
    position (never by the order the run was given its documents in). So every run of
    equal values meets the values next to it, a lone different figure meets the reports it
    differs from, and no member goes without candidates. (Checking drafts pairs them with
    every member instead, :func:`_draft_pairs`.)
    """
    rank = [ranks[i] for i in members]
    pools: list[set[int]] = [set() for _ in members]
    for k in range(len(rank[0].orders)):
        ranked = sorted(range(len(members)), key=lambda x: rank[x].orders[k])
        for x, at in enumerate(ranked):
            pools[at].update(ranked[max(0, x - WINDOW) : x + 1 + WINDOW])
    facets = [r.facets for r in rank]
    values = [r.value for r in rank]
    first = [r.orders[0] for r in rank]
    for x, pool in enumerate(pools):
        pool.discard(x)
        fx, vx = facets[x], values[x]
        ys = list(pool)
        keys = [(-len(fx & facets[y]), _distance(vx, values[y]), first[y]) for y in ys]
        for at in sorted(range(len(ys)), key=keys.__getitem__)[:KEEP]:
            yield members[x], members[ys[at]]


def _distance(a: float, b: float) -> float:
    return 0.0 if a == b else abs(a - b) if math.isfinite(a) and math.isfinite(b) else math.inf


def _draft_pairs(
    members: Sequence[int], claims: Sequence[Claim], drafts: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Candidate pairs of one bucket when checking drafts: each draft claim with every other
    member, and no pair of two sources' claims (those are never compared), so the work grows
    with the drafts' claims, not with the square of the sources'."""
    for i in members:
        if claims[i].doc in drafts:
            for j in members:
                if j != i:
                    yield i, j


def _candidates(
    claims: Sequence[Claim],
    drafts: frozenset[str],
    money: Mapping[tuple[str, int, int], _MoneyFacts] | None = None,
) -> Iterator[tuple[int, int]]:
    """The candidate pairs ``(i, j)``, ``i < j``, in order. Each claim's later partners are
    held in a compact array (4 bytes a pair, repeats included) and sorted only when the
    scorer reaches that claim, so a large run's pairs take little memory. ``money`` holds
    each amount's facts when the caller has read them."""
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (c, rare) in enumerate(zip(claims, _rare_words(claims))):
        for k in set(_keys(c, rare, money.get(_claim_key(c)) if money else None)):
            buckets[k].append(i)
    ranks = _Ranks(claims)
    partners: dict[int, array[int]] = {}
    for members in buckets.values():
        if len(members) < 2:
            continue
        if drafts:
            _add_pairs(partners, _draft_pairs(members, claims, drafts))
        else:
            _bucket_pairs(members, ranks, partners)
    del buckets
    return _in_order(partners)


def _in_order(partners: dict[int, array[int]]) -> Iterator[tuple[int, int]]:
    """Every pair once, by first then second claim; each claim's partners are released once
    its pairs are given."""
    for i in sorted(partners):
        for j in sorted(set(partners.pop(i))):
            yield i, j


def align_claims(claims: Sequence[Claim], config: Config | None = None) -> list[Alignment]:
    """Aligned pairs of claims, across documents and within one, best evidence first.

    When some claims come from drafts (``check --against``), only pairs that involve a
    draft are considered."""
    drafts = frozenset(c.doc for c in claims if c.draft)
    money = _money_facts_of(claims)
    candidates = _candidates(claims, drafts, money)
    scorer = _Scorer(claims, money)
    out: list[Alignment] = []
    for i, j in candidates:
        a, b = claims[i], claims[j]
        res = scorer.score(a, b)
        if res is None:
            continue
        s, ev, anchored, lexical, sim = res
        if lexical or (s >= STRONG and anchored):
            strength = "strong"
        elif s >= WEAK:
            strength = "weak"
        else:
            continue
        out.append(
            Alignment(
                a=a,
                b=b,
                score=round(s, 3),
                evidence=tuple(ev),
                strength=strength,  # type: ignore[arg-type]
                similarity=round(sim, 3),
                lexical=lexical,
            )
        )
    return out


@hookimpl(trylast=True)
def claimcheck_align(claims: Sequence[Claim], config: Config) -> Iterable[Alignment]:
    return align_claims(claims, config)


def blocking_keys(claim: Claim) -> Iterator[tuple[str, ...]]:
    """Every key under which ``claim`` may be paired, whatever else is in the run.

    A run blocks on a claim's anchors and on those of its content words that are rare in the
    run; these are the anchors and all its content words, so two claims that the alignment
    could pair in any run share at least one of them (the claim index retrieves by them).
    """
    return _keys(claim, sorted(claim.content))
