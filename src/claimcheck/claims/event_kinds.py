"""What kinds of event news reports tell of, as data: each kind with its noun and its words.

A report's main event gets its kind from the first word of its headline and lead that names
one ("indicted", "convicted", "escaped"), and a date attached to such a word dates that event.
Kinds have a role that decides which one is the story when a lead names several:

* ``incident``: what happened (a shooting, a crash, an escape, an election, a launch);
* ``procedure``: what the authorities did about something that happened (charges, a
  conviction, a trial): the story only when its lead names no incident;
* ``outcome``: what an incident led to (a death): the story only when the lead names nothing
  else ("Felt died Thursday at his home"), and never a sentence's own event, since a victim
  may die days after the incident.

``generic`` kinds name others loosely ("the attack" for a bombing or a shooting; "a blast" for
a bombing or a gas explosion): they are the story only when no specific kind is named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

__all__ = [
    "EVENT_KINDS",
    "UNTOLD",
    "EventKind",
    "cue_words",
    "event_kind",
    "names_better",
    "outcome_words",
    "story_figures",
    "trigger_words",
]

Role = Literal["incident", "procedure", "outcome"]


@dataclass(frozen=True, slots=True)
class EventKind:
    """A kind of news event: its name, its noun in messages and its words per language
    (lower case; ``_`` joins the words of a phrase)."""

    name: str
    noun: str
    words: Mapping[str, tuple[str, ...]]
    role: Role = "incident"
    generic: bool = False
    #: For a generic kind, the kinds it names loosely (none listed: any specific kind).
    loosely: tuple[str, ...] = ()
    #: Whether two reports of one event of this kind give one figure per attribute (a
    #: shooting's dead, a flood's evacuated): false where a story's amounts are of many
    #: things (a launch's prices); its dates are compared either way.
    figures: bool = True
    #: Whether the English words also stand in the plural with an added "s".
    plurals: bool = True
    #: English words that name the kind only when no word of the lead names one ("a
    #: gunman who killed a man": a shooting; "a gunman stormed a hotel": an attack).
    cues: tuple[str, ...] = ()


def _kind(
    name: str,
    en: str,
    *,
    noun: str | None = None,
    role: Role = "incident",
    generic: bool = False,
    loosely: tuple[str, ...] = (),
    figures: bool = True,
    de: str = "",
    fr: str = "",
    cues: str = "",
) -> EventKind:
    words = {lang: tuple(w.split()) for lang, w in (("en", en), ("de", de), ("fr", fr)) if w}
    return EventKind(
        name,
        noun or name,
        MappingProxyType(words),
        role,
        generic,
        loosely,
        figures,
        cues=tuple(cues.split()),
    )


#: What the lead's day dates when no word of the lead names the main event's kind
#: ("Federal prosecutors on Monday charged two councilmen"): the story's event, untold. It
#: is no kind (no word names it), and reads as "the event" in messages.
UNTOLD = "event"

EVENT_KINDS: tuple[EventKind, ...] = (
    _kind(
        "attack",
        "attack attacks attacked assault assaults raid raids ambush ambushed stormed storming "
        "offensive onslaught",
        generic=True,
        de="angriff anschlag überfall",
        fr="attaque attentat assaut",
    ),
    _kind(
        "bombing",
        "bombing bombings bomb bomber bombers suicide ied",
        de="bombenanschlag sprengstoffanschlag",
        fr="attentat_à_la_bombe",
    ),
    _kind(
        "explosion",
        "blast blasts explosion explosions exploded detonated",
        generic=True,
        loosely=("bombing",),
        de="explosion explodierte detonation",
        fr="explosion explosé",
    ),
    _kind(
        "shooting",
        "shooting shootings shot gunfire massacre rampage opened_fire opening_fire open_fire "
        "opens_fire gunned_down",
        de="schüsse schießerei",
        fr="fusillade",
        cues="gunman gunmen gunshot gunshots",
    ),
    _kind(
        "stabbing",
        "stabbing stabbings stabbed knifed",
        de="messerangriff messerattacke",
        fr="poignardé poignardée",
    ),
    _kind(
        "strike",
        "strike strikes airstrike airstrikes air_strikes shelling missile missiles drone",
        noun="strike",
        de="luftangriff",
        fr="frappe frappes",
    ),
    _kind(
        "clash", "clash clashes clashed fighting battle gunbattle firefight skirmish", generic=True
    ),
    _kind("earthquake", "earthquake quake tremor", de="erdbeben beben", fr="séisme"),
    _kind("aftershock", "aftershock aftershocks", de="nachbeben", fr="réplique"),
    _kind("flood", "flood floods flooding flooded", de="hochwasser überschwemmung", fr="crue"),
    _kind("peak", "crested crest crests peaked highest_level highest_point", noun="crest"),
    _kind("deal", "acquisition takeover merger buyout deal", de="übernahme", fr="rachat"),
    _kind("fire", "fire fires blaze wildfire inferno", de="feuer großbrand", fr="incendie"),
    _kind("storm", "storm hurricane typhoon cyclone tornado", de="sturm orkan", fr="tempête"),
    _kind(
        "crash",
        "crash crashed collision collided derailment derailed sank sinking capsized wreck "
        "hit-and-run",
        de="unfall zusammenstoß entgleist",
        fr="collision",
    ),
    _kind("collapse", "collapse collapsed", de="einsturz eingestürzt", fr="effondrement"),
    _kind(
        "robbery",
        "robbery robbed heist holdup stickup",
        figures=False,
        de="raubüberfall überfallen",
        fr="braquage braqué",
    ),
    _kind("stampede", "stampede crush", de="massenpanik", fr="bousculade"),
    _kind(
        "escape",
        "escape escaped escapes jailbreak breakout",
        figures=False,
        de="flucht gefängnisausbruch",
        fr="évasion évadé",
    ),
    _kind(
        "resignation",
        "resignation resigned resigns resign",
        de="rücktritt zurückgetreten",
        fr="démission démissionné",
        figures=False,
    ),
    _kind(
        "appointment",
        "appointed appointment",
        de="ernannt ernennung",
        fr="nommé nommée",
        figures=False,
    ),
    _kind("meeting", "meeting meetings summit talks conference session", de="gipfel", fr="sommet"),
    _kind("election", "election elections vote poll polls referendum", de="wahl", fr="élection"),
    _kind(
        "protest",
        "protest protests demonstration demonstrations rally rallies march",
        de="protest demonstration kundgebung",
    ),
    _kind("operation", "operation operations crackdown campaign", generic=True),
    _kind("outbreak", "outbreak epidemic pandemic", de="ausbruch", fr="épidémie"),
    _kind(
        "regulation",
        "regulation regulations rule rules",
        de="verordnung",
        fr="règlement",
        figures=False,
    ),
    _kind(
        "launch",
        "preorder preorders unveiled unveiling",
        de="markteinführung",
        fr="lancement",
        figures=False,
    ),
    _kind("broadcast", "broadcast telecast", de="ausstrahlung", fr="télédiffusion", figures=False),
    _kind(
        "walkout",
        "walkout walkouts",
        noun="walkout",
        de="streik",
        fr="grève",
        figures=False,
    ),
    _kind("rehab", "rehab", noun="stay in rehab", de="entzug", fr="désintoxication", figures=False),
    _kind(
        "indictment",
        "indicted indictment indictments",
        role="procedure",
        de="angeklagt anklage",
        fr="inculpé inculpés inculpation",
        figures=False,
    ),
    _kind(
        "conviction",
        "convicted conviction convictions found_guilty",
        role="procedure",
        de="schuldig_gesprochen",
        fr="reconnu_coupable",
        figures=False,
    ),
    _kind(
        "sentencing",
        "sentenced sentencing",
        role="procedure",
        de="verurteilt",
        fr="condamné condamnée",
        figures=False,
    ),
    _kind("trial", "trial verdict hearing", role="procedure", de="prozess", fr="procès"),
    _kind(
        "death",
        "died dies",
        role="outcome",
        de="starb gestorben",
        fr="décédé décès",
        figures=False,
    ),
)

_RANK = {"incident": 0, "procedure": 1, "outcome": 2}


@lru_cache(maxsize=1)
def _by_name() -> Mapping[str, EventKind]:
    return MappingProxyType({k.name: k for k in EVENT_KINDS})


def event_kind(name: str | None) -> EventKind | None:
    """The record of a kind by its name."""
    return _by_name().get(name or "")


def story_figures(name: str | None) -> bool:
    """Whether two reports' figures of one event of this kind are one fact per attribute."""
    kind = event_kind(name)
    return kind is None or kind.figures


def _role_rank(name: str) -> int:
    kind = event_kind(name)
    return 0 if kind is None else _RANK[kind.role]


def names_better(new: str, old: str) -> bool:
    """Whether a kind named later in a lead names its story better than one named before:
    a specific kind the earlier generic one names loosely ("a blast ... the bombing"), or an
    incident after what was done about one ("charged ... in the shooting")."""
    kind = event_kind(old)
    if kind is not None and kind.generic and new != old and not _generic(new):
        if not kind.loosely or new in kind.loosely:
            return True
    return _role_rank(new) < _role_rank(old)


def _generic(name: str) -> bool:
    kind = event_kind(name)
    return kind is not None and kind.generic


def _words(outcome: bool) -> Mapping[str, str]:
    out: dict[str, str] = {}
    for kind in EVENT_KINDS:
        if (kind.role == "outcome") != outcome:
            continue
        for lang, words in kind.words.items():
            for w in words:
                out.setdefault(w.replace("_", " "), kind.name)
                if lang == "en" and kind.plurals and not w.endswith("s") and "_" not in w:
                    out.setdefault(w + "s", kind.name)  # "tremors", "blasts"
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def trigger_words() -> Mapping[str, str]:
    """word -> kind, for every kind a sentence can be about (outcomes left out)."""
    return _words(outcome=False)


@lru_cache(maxsize=1)
def outcome_words() -> Mapping[str, str]:
    """word -> kind, for outcomes ("died"): they name a story's event only when its lead
    names nothing else."""
    return _words(outcome=True)


@lru_cache(maxsize=1)
def cue_words() -> Mapping[str, str]:
    """word -> kind, for the words that name a kind only when the lead names none."""
    return MappingProxyType({w: k.name for k in EVENT_KINDS for w in k.cues})
