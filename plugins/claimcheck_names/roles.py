"""Normalizing titles and roles so that they can be compared.

"Prime Minister", "prime minister" and "PM" are one role; "spokesman", "spokeswoman" and
"spokesperson" are one role; "Pakistani Prime Minister" is the Prime Minister with the
qualifier "pakistani". Only offices that one person holds at a time, and one at a time per
country or organisation, can conflict.
"""

from __future__ import annotations

import regex

__all__ = ["EXCLUSIVE", "INCOMPATIBLE", "SERVICES", "Role", "incompatible", "parse_role", "service"]

_EQUIV = {
    "pm": "prime minister",
    "premier": "prime minister",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "spokespeople": "spokesperson",
    "foreign secretary": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "defense minister": "defence minister",
    "minister of defence": "defence minister",
    "minister of defense": "defence minister",
    "interior minister": "interior minister",
    "home minister": "interior minister",
    "finance minister": "finance minister",
    "minister of finance": "finance minister",
    "chancellor of the exchequer": "finance minister",
    "secretary general": "secretary-general",
    "ceo": "chief executive",
    "chief executive officer": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "head coach": "coach",
    "co owner": "owner",
    # cabinet secretaries are their country's ministers of the portfolio
    "secretary of state": "foreign minister",
    "defense secretary": "defence minister",
    "defence secretary": "defence minister",
    "secretary of defense": "defence minister",
    "secretary of defence": "defence minister",
    "treasury secretary": "finance minister",
    "secretary of the treasury": "finance minister",
    "home secretary": "interior minister",
}

#: Offices held by one person at a time; two of them for one person at one time conflict.
EXCLUSIVE = frozenset(
    {
        "president",
        "vice president",
        "prime minister",
        "deputy prime minister",
        "foreign minister",
        "defence minister",
        "interior minister",
        "finance minister",
        "chief minister",
        "governor",
        "mayor",
        "king",
        "queen",
        "emperor",
        "chancellor",
        "pope",
        "secretary-general",
        "chief executive",
        "army chief",
        "chief justice",
        "speaker",
    }
)
#: Functions one person does not hold together: a judge is not the prosecutor of the same
#: court, a company's chief executive is not its finance chief, a team's coach is not its owner.
INCOMPATIBLE = (
    frozenset({"judge", "prosecutor"}),
    frozenset({"chief executive", "chief financial officer", "chief operating officer"}),
    frozenset({"chair", "chief financial officer"}),
    frozenset({"chair", "chief operating officer"}),
    frozenset({"coach", "owner"}),
    # the heads of two law-enforcement agencies (a county's, a city's)
    frozenset({"sheriff", "police chief"}),
    # a legislator is not at once a governor or a mayor, nor in both chambers
    frozenset({"senator", "representative"}),
    *(
        frozenset({legislator, executive})
        for legislator in ("senator", "representative", "member of congress")
        for executive in ("governor", "mayor")
    ),
    # a cabinet minister is not at once a governor or a mayor
    frozenset({"minister", "governor"}),
    frozenset({"minister", "mayor"}),
)
#: "health minister", "education minister": a portfolio, held by one person at a time.
_PORTFOLIO = regex.compile(r"\A(?!prime\b|chief\b|deputy\b)[a-z]+ minister\Z")
_TEMPORAL = regex.compile(
    r"(?i)\b(?:former|ex|then|late|acting|interim|outgoing|incoming|designate|elect|deputy)\b|-elect\b"
)


class Role:
    """A parsed role: its normalized office and qualifier, and whether it is time-bound."""

    __slots__ = ("context", "office", "qualifier", "temporal", "text")

    def __init__(self, office: str, qualifier: str, temporal: bool, text: str) -> None:
        self.office = office
        self.qualifier = qualifier
        self.temporal = temporal
        self.text = text
        #: The words written just before the title ("Cal Fire" in "Cal Fire Division Chief").
        self.context = ""

    @property
    def exclusive(self) -> bool:
        return self.office in EXCLUSIVE or bool(_PORTFOLIO.match(self.office))


#: The emergency service an office belongs to: one person does not serve in two at once.
SERVICES = {
    "fire": frozenset(
        {"fire chief", "battalion chief", "fire marshal", "fire captain", "firefighter"}
    ),
    "police": frozenset(
        {
            "police chief",
            "police captain",
            "police officer",
            "sheriff",
            "detective",
            "sergeant",
            "trooper",
            "constable",
        }
    ),
}
_SERVICE_WORDS = {"fire": "fire", "police": "police", "sheriff": "police"}


def service(office: str, qualifier: str = "") -> str | None:
    """The emergency service of an office ("fire" for "battalion chief", "Cal Fire division
    chief"; "police" for "sheriff"), if it names one."""
    for name, offices in SERVICES.items():
        if office in offices:
            return name
    for w in qualifier.lower().split():
        if w in _SERVICE_WORDS:
            return _SERVICE_WORDS[w]
    return None


def incompatible(a: str, b: str) -> bool:
    """Whether one person cannot hold both offices at once (beyond two exclusive offices)."""
    return a != b and any(a in g and b in g for g in INCOMPATIBLE)


def parse_role(text: str, qualifier: str | None = None) -> Role:
    """Normalize a role as written ("Pakistani Prime Minister", "foreign ministry spokesperson")."""
    t = " ".join(text.replace("\u2019", "'").lower().replace("-", " ").split())
    temporal = bool(_TEMPORAL.search(text))
    t = _TEMPORAL.sub("", t).strip()
    office = t
    qual = (qualifier or "").lower()
    for surface in sorted(_EQUIV, key=len, reverse=True):
        if t.endswith(surface):
            office = _EQUIV[surface]
            rest = t[: -len(surface)].strip()
            qual = qual or rest
            break
    else:
        for known in sorted(EXCLUSIVE, key=len, reverse=True):
            if t.endswith(known.replace("-", " ")):
                office = known
                qual = qual or t[: -len(known)].strip()
                break
    return Role(office=office, qualifier=qual, temporal=temporal, text=text)
