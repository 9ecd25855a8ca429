"""Whose an amount of money is and what it is for, read from the words around it.

A story about money names several amounts of one kind ("the Orioles (seven years, $140
million) and Nationals (eight years, $160 million) made offers") and the same amount in other
words ("accepted $59K from a developer", "taking $59,000 in bribes from a developer"). Two
reports' amounts are one fact when they are the same party's amount for the same purpose,
and never when they are two parties' amounts of one purpose. An amount in parentheses after
another converts it ("€2m (£1.7m; $2.6m)"); an earlier value ("rose from $3 to $5") is not
today's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import regex

from claimcheck.claims.lexicon import STOPWORDS
from claimcheck.model import Claim, Mention

__all__ = [
    "GOODS",
    "NAMED_PURPOSES",
    "ONE_PER_STORY",
    "PRODUCT",
    "MoneyRole",
    "change_amount",
    "is_conversion",
    "money_purpose",
    "money_role",
    "named_parties",
    "paid_in",
    "payer_word",
    "refers_back",
    "same_party",
    "superseded",
    "title_case",
]


def _table(spec: dict[str, str]) -> MappingProxyType[str, str]:
    return MappingProxyType({w: cls for cls, words in spec.items() for w in words.split()})


#: Words that say what an amount is for -> the purpose they name.
PURPOSES = _table(
    {
        "offer": "offer offers offered offering bid bids bidding contract contracts proposal",
        "bribe": "bribe bribes bribery kickback kickbacks payoff payoffs",
        "bail": "bail",
        "ransom": "ransom",
        "fine": "fine fines fined penalty penalties",
        "settlement": "settlement settlements settle settled",
        "damages": "damages compensation",
        "salary": "salary salaries wage wages fee paycheck paycheque payday",
        "reward": "reward rewards bounty",
        "donation": "donation donations donated",
        "budget": "budget budgets",
        "funding": "funding grant grants",
        "loot": "stole stolen steal steals stealing looted loot haul heist theft snatched "
        "grabbed robbed",
    }
)
_BAIL_OUT = regex.compile(r"\bbail\s+out\b", regex.I)
#: Purposes a sentence names in words ("bail", "an offer", "a signed contract"), as against
#: those read from what the sentence is about (an acquisition, goods, a product's price).
NAMED_PURPOSES = frozenset(PURPOSES.values()) | {"contract"}

#: "made off with", "got away with", "escaped with": what thieves took.
_GOT_AWAY = regex.compile(
    r"\b(?:made|make|makes|making|got|get|gets|getting|escaped|fled|drove)\s+(?:off\s+|away\s+)?with\b",
    regex.I,
)

#: Purposes a story has one amount of, whoever tells it: the bail set, the ransom paid, the
#: fine, the settlement, the reward offered. Offers, salaries and donations are many.
ONE_PER_STORY = frozenset(
    {"bail", "ransom", "fine", "settlement", "damages", "reward", "bribe", "loot"}
)

#: Verbs whose subject pays or offers the amount: the party whose amount it is.
_PAYING = frozenset(
    {"bid", "bids", "offered", "offers", "offer", "paid", "pays", "pay", "paying", "spent"}
    | {"spend", "spends", "donated", "pledged", "gave", "give", "gives", "raised"}
)

#: Verbs whose subject makes the offer its object names: "have made an eight-year offer".
_MAKING = frozenset({"made", "makes", "making", "make", "submitted", "tabled", "extended"})

#: Verbs of receiving: the amount comes "from" its payer.
_RECEIVING = frozenset(
    {"accepted", "accepting", "accept", "accepts", "took", "taking", "take", "takes"}
    | {"received", "receiving", "receive", "receives", "got", "getting", "pocketed"}
    | {"collected", "collecting"}
)

#: Words around a figure that is only the earlier value of an amount that changed.
_EARLIER = regex.compile(
    r"\b(?:rising|rose|risen|rise|rises|fell|fallen|falling|fall|falls|climbed|climbing|dropped|"
    r"dropping|increased|increasing|decreased|decreasing|raised|raising|lowered|lowering|cut|"
    r"cutting|boosted|jumped|soared|slipped|went|grew|grown|changed|revised|upped)"
    r"\s+(?:[\p{L}'\u2019]+\s+){0,3}?from\s+\Z",
    regex.I,
)
_LATER = regex.compile(r"\A\s*(?:\p{L}+\s+){0,3}?to\s+(?:\p{Sc}|US\$|\d|about|around)", regex.I)
_UP_FROM = regex.compile(r"\b(?:up|down)\s+from\s+\Z", regex.I)

_POSSESSIVE = regex.compile(r"(?:['\u2019]s?)?\s+(?:\p{L}+[- ])?(\p{L}+)\b")
#: How many words may stand between a party's name and the figure of its amount.
_PARTY_REACH = 8
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*")
#: How far (in words) from the figure a word naming its purpose may be.
_PURPOSE_REACH = 8
_CLAUSE = regex.compile(
    r"[;:\u2014]|,\s+(?:but|while|though|although|whereas)\b|\s[-\u2013]{1,2}\s"
)


@dataclass(frozen=True, slots=True)
class MoneyRole:
    """What an amount is for and who pays or offers it, each ``None`` when the sentence does
    not say."""

    purpose: str | None = None
    party: str | None = None


def _at(c: Claim) -> int:
    return c.sentence_text.find(c.mention.text)


def _clause(c: Claim) -> tuple[str, str]:
    """The text of the figure's clause before and after the figure (a semicolon, a dash or
    "but" ends a clause; commas do not, since lists and parentheses of amounts use them)."""
    text, at = c.sentence_text, _at(c)
    if at < 0:
        return "", ""
    before, after = text[:at], text[at + len(c.mention.text) :]
    cuts = list(_CLAUSE.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    cut = _CLAUSE.search(after)
    return before, after[: cut.start()] if cut else after


def money_purpose(c: Claim) -> str | None:
    """The purpose the figure's clause names nearest to it ("have bid $160 million", "an
    8-year, $240 million contract", "taking $95,000 in bribes"), or ``None``."""
    before, after = _clause(c)
    first = c.sentence_text.startswith(before)
    if title_case(c.sentence_text):
        # "Reward Up to $10,000 Offered in Killing of Clerk": a headline's capitals name nothing
        before, after = before.lower(), after.lower()
    if _CUSTODY.search(c.sentence_text) and not _SECURITIES.search(c.sentence_text):
        # "held on a $250,000 bond", "bond was set at $1 million": the bond is the bail
        before, after = _BOND.sub("bail", before), _BOND.sub("bail", after)
    if _THIEVES.search(c.sentence_text):
        before = _TOOK.sub(" stole ", before)  # "the robbers took $30,000 from the till"
        after = _TAKEN.sub(" stolen", after)  # "gems valued at £3.7m were taken by raiders"
    if _COURT.search(c.sentence_text):
        before = _AWARDED.sub("damages", before)  # "a jury awarded the family $4.5 million"
    before, after = _SPENDING_PLAN.sub("budget", before), _SPENDING_PLAN.sub("budget", after)
    purpose = _nearest_purpose(before, after, first=first) or _subject_purpose(before, first)
    if purpose in (None, "offer") and _FOR_TIPS.match(after):
        purpose = "reward"  # "Crime Stoppers is offering up to $5,000 for information"
    elif purpose is None and _FOR_RELEASE.match(after) and _KIDNAP.search(c.sentence_text):
        purpose = "ransom"  # "the kidnappers asked for $2 million for the girl's release"
    if purpose in ONE_PER_STORY and _SHARE_OR_SUM.search(before + " " + after):
        # "added $5,000 to the reward, bringing the total to $25,000", "$500,000 bond each":
        # a share or a sum of the story's amount, not the amount itself
        return None
    return purpose


_SUBJECT = regex.compile(r"\A\s*(?:(?:the|his|her|their|its)\s+)?(\p{L}+)\b", regex.I)
_IS_SET_AT = regex.compile(
    r"\b(?:is|was|were|will\s+be|has\s+been|had\s+been|be)\s+(?:set\s+at|set|raised\s+to|"
    r"lowered\s+to|reduced\s+to|fixed\s+at|put\s+at)?\s*(?:(?:about|around|roughly|nearly|"
    r"almost|up\s+to)\s+)?\Z",
    regex.I,
)


def _subject_purpose(before: str, first: bool) -> str | None:
    """The purpose the clause's subject names when the figure is its complement, however
    far apart: "Bail for the driver, Dana Kirk, of Dayton, was set at $2 million"."""
    if not first or not _IS_SET_AT.search(before):
        return None
    found = _SUBJECT.match(before)
    return PURPOSES.get(found.group(1).lower()) if found else None


_COURT = regex.compile(r"\b(?:jury|jurors|judge|court|verdict|lawsuit|suit|trial)\b", regex.I)
_AWARDED = regex.compile(r"\b(?:awarded|awarding|awards|award)\b", regex.I)
_SPENDING_PLAN = regex.compile(r"\bspending\s+(?:plan|blueprint)\b", regex.I)
_FOR_RELEASE = regex.compile(
    r"\A\s*(?:in\s+exchange\s+)?for\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\p{L}'\u2019-]+\s+){0,3}?"
    r"(?:safe\s+)?(?:release|return|freedom)\b",
    regex.I,
)
_KIDNAP = regex.compile(
    r"\b(?:kidnap\w*|abduct\w*|captors?|hostages?|held\s+captive|ransom)\b", regex.I
)
#: Words of a share of an amount or a sum of several: "an additional $5,000", "bringing the
#: total to", "$250,000 each".
_SHARE_OR_SUM = regex.compile(
    r"\b(?:total|totals|totaling|totalling|combined|additional|added|adding|adds|another|"
    r"extra|matching|bringing|brings|raising|each|apiece)\b",
    regex.I,
)


#: Words of someone held or released by a court: a "bond" in their sentence is bail.
_CUSTODY = regex.compile(
    r"\b(?:held|holding|jailed|jail|custody|booked|lieu|posted|posting|bonded|bondsman|"
    r"arraign(?:ed|ment)?|magistrate|judge|court|detention|inmate|released|charged|suspect|"
    r"defendant|set|sets|setting|"
    r"(?:cash|surety|secured|signature|property)\s+bonds?)\b",
    regex.I,
)
#: Words of bonds as securities: "issued $500 million in bonds", "a bond measure"; in lower
#: case, since "Franklin County Municipal Court" sets bail.
_SECURITIES = regex.compile(
    r"\b(?:issu(?:e|es|ed|ing|ance)|offering|yields?|treasur(?:y|ies)|Treasury|municipal|"
    r"investors?|interest|coupon|maturity|matures|refinanc\w*|voters|measure|referendum|"
    r"rating)\b"
)
_BOND = regex.compile(r"\b[Bb]onds?\b")
#: Words of thieves: "took" in their sentence is what they stole.
_THIEVES = regex.compile(
    r"\b(?:robbers?|robbery|robberies|robbed|thie(?:f|ves)|burglars?|burglary|heist|bandits?|raiders|"
    r"looters?|muggers?|hold-?up|stick-?up|carjack\w*)\b",
    regex.I,
)
_TOOK = regex.compile(r"\b(?:took|taken|take|takes|taking)\b(?=[^.;]{0,40}\Z)", regex.I)
_TAKEN = regex.compile(r"(?<=\A[^.;]{0,25}?\b(?:were|was|been)\s+)taken\b", regex.I)
#: What a reward is offered for: "up to $5,000 for information leading to an arrest", "$10,000
#: for tips", "$20,000 to anyone who helps solve the case".
_FOR_TIPS = regex.compile(
    r"\A\s*(?:(?:in|as)\s+(?:a\s+)?(?:cash|reward)\s+)?(?:for\s+(?:any\s+|more\s+|the\s+)?"
    r"(?:information|tips?|details|leads?|the\s+arrest|an\s+arrest)\b|to\s+anyone\s+(?:who|with)\b"
    r"|(?:for\s+)?(?:anything\s+)?(?:leading|that\s+leads?)\s+to\s+(?:an?\s+|the\s+)?"
    r"(?:arrest|conviction|identification)\b)",
    regex.I,
)


def _nearest_purpose(before: str, after: str, *, first: bool) -> str | None:
    """The purpose word nearest the figure, in the words before and after it."""
    # "bail out" is no bail
    before = _BAIL_OUT.sub("bailout", _GOT_AWAY.sub(" stole ", before))
    after = _BAIL_OUT.sub("bailout", after)
    left = _plain_words(before, first=first)[-_PURPOSE_REACH:]
    right = _plain_words(after, first=False)[:_PURPOSE_REACH]
    found: tuple[int, str] | None = None
    for dist, w in enumerate(reversed(left)):
        if w in PURPOSES:
            found = (dist, PURPOSES[w])
            break
    for dist, w in enumerate(right):
        if w in PURPOSES:
            if found is None or dist < found[0]:
                found = (dist, PURPOSES[w])
            break
    best = found[1] if found else None
    if best in (None, "offer") and _SIGNED.search(before) and _SIGNED_WORDS & {*left, *right}:
        return "contract"  # "agreed to an eight-year, $180 million contract": signed, not offered
    return best


def _plain_words(text: str, *, first: bool) -> list[str]:
    """The words of a stretch of a sentence, lower-cased; a capitalised word stands for the
    word only when it opens the sentence ("Bail was set at"), otherwise it is part of a name
    ("from developer Grant Ellison" is no grant)."""
    words = _WORD.findall(text)
    return [
        "" if w[:1].isupper() and not (first and i == 0) else w.lower() for i, w in enumerate(words)
    ]


#: Verbs that make a contract final: "signed X to a $Y deal", "agreed to a $Y contract".
_SIGNED = regex.compile(
    r"\b(?:signed|signs|signing|sign|agreed|agrees|inked|inks|finalized|finalised|completed|"
    r"landed|lands|reached)\b",
    regex.I,
)
_SIGNED_WORDS = frozenset({"contract", "contracts", "deal", "extension", "pact"})


def _name_ids(c: Claim) -> list[tuple[str, str]]:
    """(id, display name) of the organisations and people the sentence names, longest first,
    with the name that opens the sentence when the entity reader left it out (a capitalised
    first word is ambiguous to it: "Ross earned $3 million", "Washington's offer of")."""
    names = dict(c.names)
    opening = _OPENING.match(c.sentence_text)
    if opening:
        words = opening.group(1).split()
        if not {w.lower() for w in words} & (STOPWORDS | _NOT_NAMES):
            ident = "-".join(w.lower() for w in words)
            if not any(same_party(ident, x) for x in names):
                names[ident] = opening.group(1)
    return sorted(names.items(), key=lambda kv: -len(kv[1]))


def named_parties(c: Claim) -> list[str]:
    """The ids of the parties a sentence names, with the name that opens it."""
    return [ident for ident, _ in _name_ids(c) if ident not in c.place]


_OPENING = regex.compile(
    r"\A(?:The\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?=['\u2019\s,])"
)
#: Capitalised words that open sentences without naming a party.
_NOT_NAMES = frozenset(
    {"police", "officials", "sources", "authorities", "prosecutors", "investigators"}
    | {"witnesses", "reports", "report", "today", "yesterday", "according", "under", "after"}
    | {"though", "although", "while", "when", "if", "as", "since", "meanwhile", "however"}
)


_EARNING = regex.compile(
    r"\A[^()]{0,40}?\b(?:(?:was|were|is|are|be|being|been|get|gets|got|getting)\s+paid|"
    r"earned|earns|earn|earning|received|receives|receive|receiving|pocketed|commanded|"
    r"took\s+home|takes\s+home|will\s+(?:earn|receive|get|make|take\s+home))\s+"
    r"(?:an?\s+(?:annual\s+|reported\s+)?(?:salary|fee|paycheck|payday)\s+of\s+)?"
    r"(?:an?\s+)?(?:(?:about|around|roughly|some|nearly|an?\s+"
    r"estimated|more\s+than|less\s+than|reported)\s+)?\Z",
    regex.I,
)


def _named_before(c: Claim, before: str) -> Iterator[tuple[str, str, int, str]]:
    """The parties (not places) the sentence names before the figure, longest name first:
    id, name, where its last mention starts in ``before``, and the words between it and the
    figure."""
    for ident, name in _name_ids(c):
        if ident in c.place:
            continue
        at = before.rfind(name)
        if at >= 0:
            yield ident, name, at, before[at + len(name) :]


def _payee(c: Claim, before: str) -> str | None:
    """The person paid the amount: "Gary Ross was paid $2 million", "Ross earned $3 million",
    "Gary Ross, who ended up being paid $3 million", "Lionsgate paid Gary Ross $2 million"."""
    for ident, name, at, between in _named_before(c, before):
        if regex.fullmatch(r"\s+", between) and _PAID_TO.search(before[:at]):
            return ident  # "paid Gary Ross $2 million", "the deal pays director Ann Hale $3m"
        if _EARNING.match(between) and not _names_in(c, between, name):
            return ident
    return None


#: A verb of paying and the role of the person paid, before the name: "paid director".
_PAID_TO = regex.compile(
    r"\b(?:paid|pays|pay|paying)\s+(?:(?:first-time\s+)?\p{Ll}[\p{Ll}-]*\s+){0,2}\Z"
)


def _party_before(c: Claim, before: str) -> str | None:
    """The name whose verb of paying or offering comes before the figure ("The Nationals
    reportedly have bid $160 million", "Acme paid $3m"), or that opens a parenthesis holding
    the figure ("Nationals (eight years, $160 million)")."""
    for ident, name, _at, between in _named_before(c, before):
        if regex.fullmatch(r"\s*\([^()]*", between):
            return ident  # "Nationals (eight years, $120 million)"
        if regex.fullmatch(r"['\u2019]s?\s*", between):
            return ident  # "Mayor Cole's $4.2 billion budget", "Acme's $2bn bid"
        words = [w.lower() for w in _WORD.findall(between)]
        if "(" in between or ")" in between or len(words) > _PARTY_REACH:
            continue
        owner = _POSSESSIVE.match(between)
        possessive = between[:1] in "'\u2019" and any(PURPOSES.get(w) for w in words[:2])
        if owner and (PURPOSES.get(owner.group(1).lower()) is not None or possessive):
            # "Acme's bid of $2m", "Boston's offer to Teixeira was $180 million", "Ross's fee
            # for the first film was $3 million"
            return ident
        if any(w in _RECEIVING for w in words):
            continue
        verb = next((i for i, w in enumerate(words[:3]) if w in _PAYING), None)
        if verb is not None and not _names_in(c, between, name, upto=words[verb]):
            return ident  # "The Nationals reportedly have bid $160 million", "offered X $2m"
        if _MAKING & set(words[:3]) and any(PURPOSES.get(w) == "offer" for w in words):
            return ident  # "The Red Sox have made an eight-year offer"
    return None


def _names_in(c: Claim, between: str, name: str, *, upto: str = "") -> bool:
    """Whether another name stands between a party and its verb ("Acme said Zenith offered
    $2m"); a name after the verb is who the offer is made to ("offered Teixeira $160m")."""
    head = between[: between.lower().find(upto)] if upto and upto in between.lower() else between
    return any(n in head for n in c.names.values() if n != name and n not in name)


_PRICE_VERB = regex.compile(
    r"(?:(?:still|now|also|will|would|currently|only|each)\s+)*"
    r"(?:costs?|costing|starts?\s+at|starting\s+at|(?:is|are|was|were|will\s+be|be)\s+priced\s+at|"
    r"priced\s+at|sells?\s+for|retails?\s+for|goes\s+for|sold\s+for|fetched|fetches)"
    r"\s+(?:(?:from|at|just|only|about|around|roughly)\s+)?\Z",
    regex.I,
)
#: A thing's price told with its possessive: "The MacBook Air's entry price is $1,199".
_PRICE_NOUN = regex.compile(
    r"['\u2019]s\s+(?:(?:entry|base|starting|retail|list|sticker|asking|launch)\s+)?price"
    r"(?:\s+tag)?\s+(?:(?:is|was|will\s+be|would\s+be|of|at)\s+)(?:(?:just|only|about|around)\s+)?\Z",
    regex.I,
)
#: A word of a model's name: capitalised ("Air", "iPhone") or letters with digits ("11-inch").
_MODEL_WORD = regex.compile(r"\p{Lu}|\d.*\p{L}|\p{L}.*\d")
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "new", "base"})


def _product(before: str) -> str | None:
    """The thing a price is told for, named right before its verb: "The 11-inch Air will
    cost from $999" and "the 11-inch Air still starts at US$999" give "11-inch air". Only a
    name with a capital or a digit (a model, a painting's title), not "it" or "the house"."""
    verb = _PRICE_VERB.search(before) or _PRICE_NOUN.search(before)
    if verb is None:
        return None
    words = _WORD.findall(before[: verb.start()])[-3:]
    while words and words[0].lower() in _ARTICLES:
        words.pop(0)
    named = [w for w in words if _MODEL_WORD.search(w)]
    if not named or any(w.lower() in STOPWORDS or w.lower() in _NOT_PRODUCTS for w in words):
        return None  # "killed 32 people and cost $4.5 billion": no product
    return PRODUCT + " ".join(words[words.index(named[0]) :])


#: The prefix of a party that is a thing priced, not a named organisation or person.
PRODUCT = "product:"
#: The prefix of a party that is the goods an amount values ("$100 million of crude oil").
GOODS = "goods:"

#: Words before a price verb that are no product: "Apple said it will cost $999".
_NOT_PRODUCTS = frozenset({"it", "they", "this", "that", "which", "who", "each", "one"})


def money_role(c: Claim) -> MoneyRole:
    """What an amount is for and who pays or offers it, as far as its clause says. An
    earlier value of an amount that changed, and a change ("dropped $100"), have no role."""
    if c.kind != "money" or superseded(c) or change_amount(c):
        return MoneyRole()
    before, _ = _clause(c)
    product = _product(before)
    if product is not None:
        return MoneyRole("price", product)
    purpose = money_purpose(c)
    if purpose in (None, "salary", "contract", "offer") and (payee := _payee(c, before)):
        return MoneyRole("pay", payee)  # "Morales will earn $245,000 a year under the contract"
    if purpose in (None, "contract") and (target := _acquired(c)) is not None:
        return MoneyRole("acquisition", target)  # "agreed to acquire X in a deal valued at"
    if purpose is None and (goods := _goods(c)) is not None:
        return MoneyRole("value", goods)
    party = _party_before(c, before)
    # "Otero's annual salary": what someone is paid, however each report words it
    return MoneyRole("pay" if purpose == "salary" and party else purpose, party)


_ACQUIRING = regex.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisition\s+of|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)"
    r"|purchase\s+of|takeover\s+of|take\s+over|takes\s+over|taking\s+over)\s+"
    r"(?:(?:the|a|an|\p{Ll}[\p{Ll}-]*)\s+){0,3}\Z",
    regex.I,
)
_ACQUIRED_AFTER = regex.compile(
    r"\A(?:\s*\([^()]{0,20}\))?(?:\s+(?:will\s+be|is\s+being|was|is|has\s+been)\s+"
    r"(?:acquired|bought|purchased|taken\s+over)\s+by|,\s+which\s+(?:\p{Lu}\S*\s+){1,3}"
    r"(?:is|was|will\s+be|has\s+been)?\s*(?:buying|acquiring|bought|acquired|purchasing))",
)


#: "The deal values SeaMicro at $290 million".
_VALUES = regex.compile(r"\b(?:values|valued|valuing)\s+\Z", regex.I)


def _acquired(c: Claim) -> str | None:
    """The company or thing a story's acquisition buys, when its sentence names exactly one:
    "is acquiring SeaMicro for $334 million", "a $334 million acquisition of SeaMicro",
    "to acquire graphics chipmaker ATI Technologies in a $5.4bn deal", "SeaMicro, which AMD
    is buying for $290 million"."""
    text = c.sentence_text
    found: set[str] = set()
    for ident, name in c.names.items():
        if ident in c.place:
            continue
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            ahead = text[max(0, start - 60) : start]
            if (
                _ACQUIRING.search(ahead)
                or _ACQUIRED_AFTER.match(text, end)
                or (_VALUES.search(ahead) and text.startswith(" at ", end))
            ):
                found.add(ident)
                break
            start = text.find(name, end)
    whole = {x for x in found if not any(x != y and same_party(y, x) for y in found)}
    if len(whole) != 1 and (bought := _paid_for(c)) is not None:
        whole = {bought}  # "will pay $434 million to acquire the Austin start-up Lumen Labs"
    return next(iter(whole)) if len(whole) == 1 else None


#: "will pay $68.7 billion for", "is paying about $5.4bn in cash for", "spent $1bn to buy".
_PAY_BEFORE = regex.compile(
    r"\b(?:pay|pays|paid|paying|spend|spends|spent|spending|shell(?:ed)?\s+out|fork(?:ed)?\s+"
    r"over)\s+(?:(?:about|around|roughly|some|nearly|almost|an?\s+estimated|more\s+than|"
    r"over|up\s+to)\s+)?\Z",
    regex.I,
)
#: After the figure, up to the bought company's name: "for video game maker". Not "in cash
#: for": that may be only the part of the price paid in cash.
_FOR_NAME = regex.compile(
    r"\A\s+(?:for|to\s+(?:buy|acquire|purchase))"
    r"\s+(?:(?!(?:and|or)\s)(?:the|a|an|\p{L}[\p{L}-]*)\s+){0,4}\Z"
)


#: After the figure, a deal's noun and the company it buys: "$334 million deal for",
#: "a $5.4bn takeover of".
_DEAL_OF = regex.compile(
    r"\A\s+(?:(?:all-cash|cash|stock|cash-and-stock)\s+)?(?:deal|acquisition|purchase|takeover|"
    r"buyout)\s+(?:for|of)\s+(?:(?:the|a|an|\p{Ll}[\p{Ll}-]*)\s+){0,3}\Z"
)


def _paid_for(c: Claim) -> str | None:
    """The company a payer's amount buys, named after "for": "Microsoft will pay $68.7
    billion for video game maker Activision Blizzard", "the $334 million deal for Lumen"."""
    at = _at(c)
    if at < 0:
        return None
    paid = bool(_PAY_BEFORE.search(c.sentence_text[max(0, at - 50) : at]))
    end = at + len(c.mention.text)
    found = [
        (start, ident)
        for ident, name in c.names.items()
        if ident not in c.place
        and (start := c.sentence_text.find(name, end)) >= 0
        and (
            (paid and _FOR_NAME.match(c.sentence_text[end:start]))
            or _DEAL_OF.match(c.sentence_text[end:start])
        )
    ]
    # the name that ends the phrase: "to acquire the Austin start-up Lumen Labs"
    return max(found)[1] if found else None


_GOODS_AFTER = regex.compile(
    r"\A\s*(?:worth\s+)?of\s+(?:the\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)"
)
_GOODS_BEFORE = regex.compile(
    r"(?:(\p{Ll}[\p{Ll}-]*)\s+)?(\p{Ll}[\p{Ll}-]*),?\s+(?:(?:is|was|are|were)\s+(?:estimated\s+)?|"
    r"(?:estimated|thought|believed|said|reported)\s+to\s+be\s+)?(?:worth|valued\s+at)\s+"
    r"(?:(?:an\s+estimated|about|some|around|roughly|nearly|more\s+than|over)\s+)?\Z"
)


def _goods(c: Claim) -> str | None:
    """The goods an amount values, by their head noun: "$100 million worth of crude oil",
    "$125 million of crude oil" and "its cargo of crude oil is worth $150 million" all value
    the oil."""
    at = _at(c)
    if at < 0:
        return None
    after = _GOODS_AFTER.match(c.sentence_text[at + len(c.mention.text) :])
    words = after.group(1).split() if after else []
    cut = next((i for i, w in enumerate(words) if w in STOPWORDS), len(words))
    found = words[cut - 1] if cut else None
    if found is None:
        before = _GOODS_BEFORE.search(c.sentence_text[max(0, at - 60) : at])
        found = before.group(2) if before else None
        if before and found in _CONTAINERS and before.group(1):
            found = before.group(1)  # "the tanker's oil cargo, estimated to be worth": the oil
    if found is None or found in _NOT_GOODS or found in PURPOSES:
        return None
    return GOODS + (found[:-1] if found.endswith("s") and not found.endswith("ss") else found)


#: Words for a load of goods: "an oil cargo" values the oil.
_CONTAINERS = frozenset({"cargo", "cargoes", "shipment", "shipments", "consignment", "load"})

#: Words after "of" or before "worth" that are no goods: "$5m of the price", "it is worth".
_NOT_GOODS = frozenset(
    {"it", "this", "that", "which", "what", "each", "one", "all", "them", "price", "prices"}
    | {"deal", "total", "sum", "amount", "value", "cost", "costs", "budget", "money", "cash"}
    | {"dollars", "euros", "pounds", "which", "estimated", "be", "been", "is", "was"}
)


_CHANGE = regex.compile(
    r"\b(?:dropped|drops|fell|falls|rose|rises|climbed|gained|lost|jumped|slipped|increased|"
    r"decreased|cut|raised|lowered|trimmed|added)\s+(?:by\s+)?\Z|\bby\s+\Z",
    regex.I,
)


def change_amount(c: Claim) -> bool:
    """Whether the figure is how much an amount changed, not the amount: "has dropped $100
    to $1,199", "rose by $2"."""
    at = _at(c)
    return at >= 0 and bool(_CHANGE.search(c.sentence_text[max(0, at - 30) : at]))


_PAYER = regex.compile(
    r"\A[^,;()]{0,40}?\bfrom\s+(?:an?\s+|the\s+|one\s+)?(?:(?:local|area|city|real[- ]estate|"
    r"wealthy|private|unnamed|prominent)\s+)?(\p{Ll}+)",
)


def payer_word(c: Claim) -> str | None:
    """Who an amount received came from, as the noun the sentence gives it: "accepted $59K
    from developer Grant Ellison" and "taking $95,000 in bribes from a developer" both give
    "developer". Only after a verb of receiving just before the figure."""
    at = _at(c)
    if c.kind != "money" or at < 0:
        return None
    before = [w.lower() for w in _WORD.findall(c.sentence_text[:at])][-4:]
    if not _RECEIVING & set(before):
        return None
    found = _PAYER.match(c.sentence_text[at + len(c.mention.text) :])
    if found is None:
        return None
    word = found.group(1)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def superseded(c: Claim) -> bool:
    """Whether the figure is the earlier value of an amount that changed: "rose from $3 to
    $5", "up from $40 million", "cut its offer from $9bn to $7bn"."""
    at = _at(c)
    if at < 0:
        return False
    before = c.sentence_text[max(0, at - 40) : at]
    if _UP_FROM.search(before):
        return True
    after = c.sentence_text[at + len(c.mention.text) :]
    return bool(_EARLIER.search(before) and _LATER.match(after))


_HEDGE = r"(?:(?:about|around|roughly|some|nearly|approximately|approx\.|or|almost|c\.)\s+)?"
_OPENS = regex.compile(r"\s*\(\s*" + _HEDGE + r"\Z", regex.I)
_NEXT = regex.compile(r"\s*[;,/]\s*" + _HEDGE + r"\Z", regex.I)
_CLOSES = regex.compile(r"\s*[);,/]")
_OLD_STYLE = regex.compile(
    r"[\p{Sc}\d][^()]{0,40}\(\s*(?:about|around|roughly|some|nearly|or|approximately|approx\.?)?\s*\Z",
    regex.I,
)


def is_conversion(plain: str, m: Mention, mentions: Sequence[Mention]) -> bool:
    """An amount in parentheses right after another amount converts it to another currency:
    "€50m ($55m)", "two million euros (£1.7 million)", and each amount of a list of
    conversions, "2m euros (£1.3m; $2.6m)"."""
    if m.kind != "money" or not _CLOSES.match(plain, m.plain_end):
        return False
    earlier = [x for x in mentions if x.kind == "money" and x.plain_end <= m.plain_start]
    if not earlier:
        before = plain[max(0, m.plain_start - 48) : m.plain_start]
        return bool(_OLD_STYLE.search(before))
    prev = max(earlier, key=lambda x: x.plain_end)
    gap = plain[prev.plain_end : m.plain_start]
    if _OPENS.fullmatch(gap):
        return True
    if _NEXT.fullmatch(gap):
        return is_conversion(plain, prev, [x for x in earlier if x is not prev])
    return False


_PAID_IN = regex.compile(
    r"\A[^;:(),\d\p{Sc}]{0,60}?\b(?:is|was|are|were|be|being)\s+(?:paid\s+|payable\s+)?in\s+"
    r"(cash|stock|shares)\b",
    regex.I,
)


def paid_in(c: Claim) -> str | None:
    """The form a part of a price is paid in, told after the figure: "$281 million of the
    purchase price will be in cash" gives "cash", like "$281 million in cash"."""
    at = _at(c)
    if c.kind != "money" or at < 0:
        return None
    found = _PAID_IN.match(c.sentence_text[at + len(c.mention.text) :])
    return found.group(1).lower().replace("shares", "stock") if found else None


def same_party(a: str, b: str) -> bool:
    """Whether two anchor ids name one party: the same id, or a name and its last words
    ("washington-nationals" and "nationals")."""
    wa, wb = (regex.split(r"[- ]", x.split(":")[-1].lower()) for x in (a, b))
    if "".join(wa) == "".join(wb):
        return True  # "SeaMicro" and "Sea Micro"
    short, full = sorted((wa, wb), key=len)
    return short == full[len(full) - len(short) :]


#: "it is", "that would be", "it was closer to": the clause tells its figure of what the
#: clause before it named. Not "it is less than the $184 million reported": a bound, and a
#: figure others gave.
_IT_IS = regex.compile(
    r"\b(?:it|that)\s+(?:(?:is|was|would|will|could|may|might)\s+)?(?:be\s+|is\s+|was\s+)?"
    r"(?:(?:actually|only|just|now|still|closer\s+to|nearer|about|around|roughly|nearly)\s+)*"
    r"\Z",
    regex.I,
)


def refers_back(c: Claim) -> bool:
    """Whether the figure's clause gives it of "it", after another clause of its sentence:
    "but sources say it is closer to $184 million"."""
    before, _ = _clause(c)
    return before != c.sentence_text[: len(before)] and bool(_IT_IS.search(before))


def title_case(text: str) -> bool:
    """Whether a line is written in title case, as many headlines are: most of its longer
    words capitalised ("Bond Set at $1 Million for Suspect in Deadly Shooting")."""
    words = [w for w in regex.findall(r"\p{L}+", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
