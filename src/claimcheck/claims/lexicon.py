"""Word lists for claim framing: what a figure counts and of whom.

These are small English lexicons of news usage (no maintained source covers them): casualty and
event verbs, the head nouns of counted groups with their synonym classes, event triggers and
hedges. Each entry maps a surface word (lower case) to a class name.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from claimcheck.claims.attributes import attribute_table
from claimcheck.claims.event_kinds import EVENT_KINDS, trigger_words

__all__ = [
    "ATTRIBUTE_WORDS",
    "EVENT_PROPERTIES",
    "EVENT_TRIGGERS",
    "GENERIC_EVENTS",
    "GENERIC_SUBJECTS",
    "GROWING_ATTRIBUTES",
    "KNOWN_SUBJECTS",
    "MONEY_ATTRIBUTES",
    "MONEY_VALUE_ATTRIBUTES",
    "PARTIAL_CUES",
    "PART_GROUPS",
    "PERSON_SUBJECTS",
    "REPORTING_VERBS",
    "STOPWORDS",
    "SUBJECT_CLASSES",
    "TOTAL_CUES",
]


def _table(spec: Mapping[str, str], *, plurals: bool = False) -> Mapping[str, str]:
    out: dict[str, str] = {}
    for cls, words in spec.items():
        for w in words.split():
            out[w.replace("_", " ")] = cls
            if plurals and not w.endswith("s") and "_" not in w:
                out.setdefault(w + "s", cls)  # "tremors", "blasts"
    return MappingProxyType(out)


#: word -> attribute of a count ("killing" -> killed), from the built-in attribute records.
ATTRIBUTE_WORDS = attribute_table().words

#: Counts that legitimately rise as reports come in (tolls, arrests).
GROWING_ATTRIBUTES = attribute_table().grows

#: word -> attribute of an amount of money.
MONEY_ATTRIBUTES = _table(
    {
        "cost": "cost costs costing price priced spend spent spending expense expenditure budget",
        "investment": "investment investments invest invested investing",
        "worth": "worth valued value valuation",
        "loan": "loan loans lent borrowed debt bailout",
        "aid": "aid grant grants donation donated pledged pledge assistance",
        "deal": "deal contract agreement acquisition acquire acquired buy bought sale sold purchase",
        "fine": "fine fined penalty damages settlement compensation ransom bail",
        "revenue": "revenue revenues sales profit profits earnings income turnover",
        "salary": "salary wage wages pay paid bonus",
        "loss": "loss losses damage",
    }
)

#: Money attributes that all give what something is worth: "a deal worth $4.2bn", "bought for
#: $4.2bn", "a $4.2bn investment" state one value.
MONEY_VALUE_ATTRIBUTES = frozenset({"cost", "investment", "worth", "deal"})

#: Head nouns of counted groups -> synonym class.
SUBJECT_CLASSES = _table(
    {
        "people": "people persons person individuals individual civilians civilian residents "
        "victims villagers pedestrians bystanders worshippers teenagers teenager teens teen "
        "youths youth males females adults adult juveniles juvenile pilgrims tourists visitors "
        "fans guests shoppers commuters travellers travelers menschen personen "
        "personnes",
        "soldiers": "soldiers soldier troops troop servicemen serviceman personnel paramilitaries "
        "paramilitary marines sailors airmen commandos soldaten soldats",
        "police": "police policemen policeman officers officer cops constables polizisten policiers",
        "militants": "militants militant fighters fighter combatants combatant insurgents insurgent "
        "rebels rebel gunmen gunman terrorists terrorist separatists separatist attackers "
        "attacker assailants jihadists guerrillas",
        "members": "members member",
        "workers": "workers worker labourers laborers employees employee staff miners coworkers "
        "co-workers colleagues",
        "engineers": "engineers engineer",
        "children": "children child kids minors students pupils schoolchildren boys girls kinder "
        "enfants",
        "women": "women woman",
        "men": "men man",
        "nationals": "nationals national citizens citizen foreigners expatriates",
        "suspects": "suspects suspect",
        "protesters": "protesters protester demonstrators demonstrator",
        "migrants": "migrants migrant asylum refugees refugee",
        "journalists": "journalists journalist reporters reporter",
        "patients": "patients patient",
        "prisoners": "prisoners prisoner inmates inmate detainees detainee hostages",
        "crew": "crew crewmembers",
        "passengers": "passengers passenger fahrgäste passagiere passagers",
        "firefighters": "firefighters firefighter",
        "doctors": "doctors doctor nurses nurse medics",
        "houses": "houses house homes home buildings building structures",
        "vehicles": "vehicles vehicle cars car trucks buses",
        "aircraft": "aircraft planes plane jets helicopters drones",
        "animals": "animals cattle livestock",
        "years": "years year",
        "games": "games game matches match",
        "goals": "goals goal",
        "points": "points",
        "countries": "countries nations states",
    }
)

#: Subject classes of people: only these can be killed, injured, arrested or displaced.
PERSON_SUBJECTS = frozenset(
    [
        "people",
        "soldiers",
        "police",
        "militants",
        "members",
        "workers",
        "engineers",
        "children",
        "women",
        "men",
        "nationals",
        "suspects",
        "protesters",
        "migrants",
        "journalists",
        "patients",
        "prisoners",
        "crew",
        "passengers",
        "firefighters",
        "doctors",
    ]
)

#: Subject classes that contain the others (a count of people includes soldiers).
GENERIC_SUBJECTS = frozenset({"people"})

#: Every subject class the lexicon knows.
KNOWN_SUBJECTS = frozenset(SUBJECT_CLASSES.values())

#: Subject classes that name a part of an event's victims or suspects, not all of them
#: ("two children" of "five people killed").
PART_GROUPS = frozenset(
    ["children", "women", "soldiers", "police", "firefighters", "journalists", "doctors"]
)

#: word -> event class (what happened), from the event-kind records.
EVENT_TRIGGERS = trigger_words()

#: Attributes that describe the event itself, not a count within it.
EVENT_PROPERTIES = frozenset({"magnitude"})

#: Event classes that name other events loosely ("the attack" for a bombing or a shooting).
GENERIC_EVENTS = frozenset(k.name for k in EVENT_KINDS if k.generic)

#: Words that make a count the whole of something ("in total", "the toll rose to").
TOTAL_CUES = frozenset(
    ["total", "overall", "tally", "altogether", "bringing", "brought", "cumulative", "combined"]
)
#: Reporting verbs: a date next to one dates a statement, not the event it reports.
REPORTING_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "saying",
        "stated",
        "states",
        "told",
        "tells",
        "announced",
        "announces",
        "announcing",
        "reported",
        "reports",
        "added",
        "confirmed",
        "confirms",
        "unveiled",
        "unveils",
        "released",
        "issued",
        "declared",
        "declares",
        "noted",
        "asked",
        "responded",
        "replied",
        "wrote",
        "tweeted",
        "posted",
        "claimed",
        "denied",
        "accused",
        "blamed",
        "warned",
        "urged",
        "condemned",
        "commented",
        "disclosed",
        "revealed",
        "insisted",
    ]
)

#: Words that make a count a part of something ("including", "of them", "among").
PARTIAL_CUES = frozenset(
    ["including", "included", "among", "of_whom", "of_them", "of_which", "another", "more"]
)

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "after",
        "before",
        "than",
        "then",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "i",
        "we",
        "our",
        "you",
        "your",
        "not",
        "no",
        "nor",
        "so",
        "such",
        "into",
        "over",
        "under",
        "about",
        "also",
        "more",
        "most",
        "some",
        "any",
        "all",
        "each",
        "other",
        "another",
        "said",
        "says",
        "say",
        "told",
        "according",
        "would",
        "will",
        "could",
        "should",
        "may",
        "might",
        "can",
        "did",
        "do",
        "does",
        "also",
        "just",
        "only",
        "very",
        "up",
        "out",
        "off",
        "new",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)
