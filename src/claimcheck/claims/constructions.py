"""How news English states counts: the construction a figure stands in.

A figure's attribute is first guessed from the nearest casualty word (see
:mod:`claimcheck.claims.framing`); the constructions here settle what the words around the figure
say it counts, and override that guess:

* a frequency counts times, not people: "was shot 10 times", "stabbed six times";
* a figure joined to a noun by a hyphen modifies it: "a seven-storey factory", "a 19-year-old";
* a list of ages gives ages: "three teenagers, ages 15, 17 and 19", "aged 16 and 18";
* a counted event counts events: "in three overnight shootings", "two separate attacks",
  and so does a count of charges: "two murder charges", "three counts of assault";
* a predicate after the figure belongs to it: "two were killed and seven others were
  wounded" (seven were wounded), "left three others hurt";
* "struck by bullets" or "hit by gunfire" is being shot, not being killed;
* presence is not a casualty: "about 150 people were in the plant", "two children inside
  the home were unharmed" count those present, nor is a figure with a verb of its own:
  "14,000 people taking shelter";
* "killed three people and then himself" counts the victims without the attacker (a part);
* a count "across the city over the weekend" or "in six shootings" is a total over several
  incidents, while "raids across Northgate" alone is where one event reached;
* a figure is the object of the verb before it: "arrested 25 pirates", "injuring four
  firefighters", "killed 40 people seeking shelter";
* being taken or sent to hospital is being hurt: "seven firefighters were taken to
  hospital", "sent 11 people to hospital", and so is suffering burns or injuries; being
  forced from one's home is being displaced ("60 residents were forced from their homes");
  being held is being arrested ("three suspects are in custody"); a toll counts the dead:
  "put the toll at 63";
* a breakdown after a count is a part of it: "three people, a man and two women", "out of
  23 arrested pirates, 12 are from Somalia", "Of the dead, nine were children", and so is
  each of several coordinated groups: "two women and one man died";
* a running total is a total: "600 killed so far", "since the offensive began", "86 arrests
  over the course of the protests";
* a count of the injured by how badly is a part: "eight were seriously injured".

A duration says what lasted that long when its clause does: a prison term ("jailed for
seven years", "gets 9 years", "will spend 7 years in prison") or a halt ("service was
suspended for 90 minutes", "the highway was closed for three hours"); see
:func:`read_duration`.

Each rule reads the figure's own clause (up to the next comma, semicolon, "and" or "but"),
never words further off.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import regex

__all__ = [
    "HALT",
    "JOBS_CUT",
    "PRESENT",
    "PRISON_TERM",
    "Reading",
    "read_construction",
    "read_duration",
]

#: The attribute of a count of those present ("150 people were in the plant").
PRESENT = "present"
#: The attribute of a duration that is a prison term.
PRISON_TERM = "prison term"
#: The attribute of a duration that something was halted or closed for.
HALT = "halt"
#: The attribute of jobs cut, whether counted as jobs or as the workers losing them.
JOBS_CUT = "jobs cut"


@dataclass(frozen=True, slots=True)
class Reading:
    """What a construction says a figure counts. ``kind`` names the construction; the
    attribute and subject, when set, replace the nearest-word guess."""

    kind: Literal[
        "frequency",
        "ages",
        "events",
        "predicate",
        "shot",
        "presence",
        "inclusive",
        "aggregate",
        "breakdown",
        "part",
        "unrelated",
        "modifier",
        "fatal",
    ]
    attribute: str | None = None
    subject: str | None = None


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019\-]*")
_CLAUSE_END = regex.compile(r"[,;:()\u2014]|\s[-\u2013]\s|\s(?:and|but|while|as|after|when)\s")

_FREQUENCY = regex.compile(r"\A\s+(?:more\s+)?times\b", regex.I)
_AGES_BEFORE = regex.compile(
    r"\b(?:ages|aged|age)\s+(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|to\s+|-\s*))*\Z", regex.I
)
_EVENTS = regex.compile(
    r"\A\s+(?:(?:separate|different|other|more|overnight|weekend|unrelated|recent|fatal|"
    r"nonfatal|earlier|previous|similar|deadly|violent|armed|mass|suspected|drive-by|"
    r"related)\s+){0,2}"
    r"(shootings|attacks|incidents|stabbings|crashes|collisions|explosions|fires|bombings|"
    r"robberies|assaults|homicides|murders|raids|strikes|quakes|earthquakes|aftershocks|"
    r"tremors|blasts|accidents|times)\b",
    regex.I,
)
#: A count of charges, whatever crime names them: "two murder charges", "one attempted
#: murder charge", "three counts of assault".
_CHARGES = regex.compile(
    r"\A\s+(?:(?:attempted|first-degree|second-degree|third-degree|capital|felony|misdemeanou?r|"
    r"additional|more|new|further|separate|criminal|federal|state|murder|manslaughter|assault|"
    r"homicide|kidnapping|weapons?|firearms?|drugs?|fraud|terrorism|terror|rape|robbery|"
    r"arson|theft|burglary|corruption|bribery|related)\s+){0,3}(charges?|counts|indictments?)\b",
    regex.I,
)
_NUMBER_WORD = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_BREAKDOWN = regex.compile(
    rf"\b{_NUMBER_WORD}\s+(?:[\p{{L}}-]+\s+)?(?:people|persons|victims|dead|injured|others)\s*"
    rf"(?:,|:|\u2014|-|\()\s*(?:including\s+)?(?:{_NUMBER_WORD}\s+[\p{{L}}-]+\s*(?:,|and)\s*)+\Z|"
    # the first member right after the whole: "the three wounded victims, two women and a man"
    rf"\b{_NUMBER_WORD}\s+(?:[\p{{L}}-]+\s+)?(?:people|persons|victims)\s*,\s*\Z",
    regex.I,
)
_MODIFIER = regex.compile(r"\A[-\u2011](\p{L}[\p{L}-]*)")
_AMONG = regex.compile(
    rf"\bamong\s+(?:the|those)\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?:were|are|was|is)\s+"
    rf"(?:{_NUMBER_WORD}\s+[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?\s*(?:,|and)\s*)*\Z",
    regex.I,
)
_STRUCK = regex.compile(
    r"\b(?:struck|hit|grazed|wounded)\s+by\s+(?:stray\s+|a\s+)?(?:gunfire|bullets?|shots|rounds|"
    r"shotgun\s+pellets|gunshots)\b",
    regex.I,
)
_PRESENCE = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was|are|is|had\s+been|have\s+been)\s+"
    r"(?:still\s+|already\s+|working\s+|gathered\s+)?(?:inside|in|at)\s+"
    r"(?:the|a|an|their|his|her)\b",
    regex.I,
)
#: Presence told after the counted group, with no verb of its own: "two children inside the
#: home were unharmed" (those on board a vehicle are counted "aboard").
_PRESENCE_AFTER = regex.compile(r"\A\s+(?:[\p{L}-]+\s+){1,2}?inside\b", regex.I)
_INCLUSIVE = regex.compile(
    r"\A\s*,?\s+(?:[\p{L}-]+,?\s+){0,3}?(?:(?:and\s+)?then|before\s+(?:killing|shooting|turning\s+"
    r"(?:the\s+gun|a\s+gun|his\s+gun|her\s+gun|the\s+weapon)\s+on))\s+"
    r"(?:himself|herself|themselves)\b",
    regex.I,
)
#: A toll that counts the attacker with his victims: "4 dead, including the shooter", "five
#: people, including the gunman, were killed" (reports differ on whether he is counted).
_WITH_ATTACKER = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]+\s*)?,?\s*(?:including|among\s+them|counting)\s+"
    r"(?:the\s+|a\s+|an\s+|one\s+)?(?:suspected\s+|alleged\s+|lone\s+)?(?:gunman|shooter|"
    r"attacker|assailant|suspect|bomber|killer|perpetrator|gunmen|attackers|bombers)\b",
    regex.I,
)
#: The attacker's own death told later in the sentence: "... and then killed himself".
_SUICIDE = regex.compile(
    r"\b(?:killed|killing|shot|shooting)\s+(?:himself|herself|themselves)\b|"
    r"\btur(?:ned|ning)\s+(?:the|a|his|her)\s+(?:gun|weapon)\s+on\s+(?:himself|herself)\b|"
    r"\b(?:took|taking)\s+(?:his|her|their)\s+own\s+li(?:fe|ves)\b",
    regex.I,
)
#: A figure spread over a city or a country ("across the city", "statewide"): a total over
#: many incidents when its clause also gives a period or incidents ("across the city over the
#: weekend", "in shootings across the state"); alone it is where one event reached ("raids
#: across Northgate", "a storm killed seven across the county").
_SPREAD = regex.compile(
    r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?:city|state|country|region|nation|"
    r"county|metro\s+area|(?-i:\p{Lu})\p{L}+)\b|\bcitywide\b|\bstatewide\b|\bnationwide\b",
    regex.I,
)
_OVER_TIME = regex.compile(
    r"\b(?:this|last|over\s+the|during\s+the|in\s+the\s+past|the\s+past|over\s+a)\s+"
    r"(?:[\p{L}-]+\s+)?(?:weekend|week|month|year|night|holiday|holidays|days|weeks|months|"
    r"storm|summer|winter|spring|autumn|fall)\b|\bovernight\b|"
    r"\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?:shootings|incidents|attacks|stabbings|crashes|collisions|accidents|fires|"
    r"homicides|murders)\b",
    regex.I,
)
_AGGREGATE = regex.compile(
    r"\bin\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|separate)\s+"
    r"(?:separate\s+)?(?:shootings|incidents|attacks)\b|"
    # a running total: "so far", "since the offensive began", "in the 12 days of fighting"
    r"\bso\s+far\b|\bsince\s+the\s+[\p{L}-]+\s+(?:began|started)\b|\bover\s+the\s+course\s+of\b|"
    r"\bin\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?:days|weeks|months)\s+(?:of|since)\b",
    regex.I,
)
#: A figure that divides a group given before it: "out of 23 arrested pirates, 12 are ...".
_OUT_OF = regex.compile(
    rf"\bout\s+of\s+(?:the\s+)?{_NUMBER_WORD}\s+(?:[\p{{L}}-]+\s+){{0,2}}[\p{{L}}-]+\s*,\s*\Z",
    regex.I,
)
#: A figure that divides a group the sentence opens with: "Of the dead, nine were children",
#: "Of those arrested, 12 were released".
_OF_THE = regex.compile(
    r"\A\s*(?:but\s+|and\s+)?of\s+(?:the|those|them|these)\b[^,;:]{0,40},\s*\Z", regex.I
)
#: Counted groups coordinated with each other: "two women and one man died" (each a part).
_GROUPS_BEFORE = regex.compile(rf"\b{_NUMBER_WORD}\s+[\p{{L}}-]+\s*(?:,|and|&)\s*\Z", regex.I)
_GROUPS_AFTER = regex.compile(
    rf"\A\s+[\p{{L}}-]+\s*(?:,|and|&)\s*(?:{_NUMBER_WORD})\s+(?!(?:others?|more)\b)[\p{{L}}-]+"
    r"\s+(?:were|was|have|had|are|died|dead|killed|injured|wounded|hurt|arrested)\b",
    regex.I,
)
#: Taken to hospital is being hurt: "seven firefighters were taken to hospital with burns".
_HOSPITAL = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,3}?(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:\p{L}+ly\s+)?(?:taken|rushed|sent|transported|airlifted|flown|admitted|treated)\s+"
    r"(?:to|at|in)\s+(?:(?:the|a|an|local|area|nearby|two|three|several|different)\s+)*"
    r"hospitals?\b",
    regex.I,
)
#: Needing hospital treatment is being hurt: "fifteen people needed hospital treatment".
_TREATMENT = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:needed|required|requiring|needing|received|receiving)\s+"
    r"(?:hospital|medical|emergency)\s+(?:treatment|care|attention)\b",
    regex.I,
)
#: Being pulled from water or rubble, in the passive: "eight people were pulled alive from
#: the rubble", "three fishermen were plucked from the sea".
_PULLED_FROM = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been)\s+(?:pulled|plucked|"
    r"hauled|winched|airlifted|dragged|dug)\s+(?:out\s+)?(?:alive\s+)?(?:from|out\s+of)\s+"
    r"(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:water|waters|sea|river|lake|ocean|surf|rubble|debris|"
    r"wreckage|ruins|flames|mud|snow)\b",
    regex.I,
)
#: Sending people to hospital is hurting them: "a gas leak sent 11 people to hospital".
_SENT = regex.compile(r"\b(?:sent|sending|sends|put|putting|puts|landed|landing)\s+\Z", regex.I)
_TO_HOSPITAL = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,3}?(?:to|in|into)\s+(?:the\s+|a\s+|an\s+|local\s+|area\s+)*"
    r"hospitals?\b",
    regex.I,
)
#: An aside naming some of a group: ", including two firefighters,".
_INCLUDING_ASIDE = regex.compile(
    r"(?<=\A\s*(?:[\p{L}-]+\s*){0,2}),\s*(?:including|among\s+them)\s[^,;.]{1,60},", regex.I
)
#: Suffering burns or injuries is being hurt: "two firefighters suffered burns"; with how
#: badly, a part of the injured ("three suffered serious burns").
_SUFFERED = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,3}?(?:suffered|sustained|received|were\s+treated\s+for|"
    r"was\s+treated\s+for)\s+((?:[\p{L}-]+\s+){0,2}?)(?:burns|injuries|wounds|cuts|fractures|"
    r"bruises|gunshot\s+wounds|smoke\s+inhalation)\b",
    regex.I,
)
_HOW_BADLY = regex.compile(
    r"\b(?<!non-)(?:serious|critical|severe|grave|life-threatening|minor|slight|light)\b", regex.I
)
#: Forcing people from their homes is displacing them: "forced 3,000 residents from their
#: homes", "left 200 families homeless" (the latter by its own word).
_FORCED = regex.compile(r"\b(?:forced|forcing|forces|drove|driving|drives)\s+\Z", regex.I)
#: Being forced from one's home, told in the passive: "about 60 residents were forced from
#: their homes", "200 families were driven out of their houses".
_FORCED_FROM = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been|are)\s+(?:\p{L}+ly\s+)?"
    r"(?:forced|driven|chased|displaced)\s+(?:to\s+(?:flee|leave|abandon)\s+|from\s+|out\s+of\s+)"
    r"(?:their|his|her|the)\s+(?:homes?|houses?|villages?|neighbou?rhoods?|flats?|apartments?)\b",
    regex.I,
)
#: Being held is being arrested: "three suspects are in custody", "two men remain in police
#: custody", "five were behind bars".
_IN_CUSTODY = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:are|were|was|is|remain|remained|remains|had\s+been|"
    r"have\s+been)\s+(?:(?:now|still|all|being)\s+)?(?:held\s+)?(?:in\s+(?:police\s+|federal\s+)?"
    r"custody|behind\s+bars)\b",
    regex.I,
)
_FROM_HOMES = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:from|out\s+of)\s+(?:their|his|her|the)\s+"
    r"(?:homes?|houses?|villages?|neighbou?rhoods?)\b",
    regex.I,
)
#: Losing one's life is being killed: "nine people lost their lives".
_LOST_LIVES = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,3}?(?:lost|losing|lose|have\s+lost|had\s+lost)\s+"
    r"(?:their|his|her)\s+lives?\b",
    regex.I,
)
#: A toll given as such: "put the death toll at 63", "the toll rose to 41", "a death toll
#: of 12" (the dead, whatever the verb).
_TOLL = regex.compile(
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(dead|deaths|fatalities|victims|casualties|"
    r"injured|wounded|injuries|missing|arrests|arrested|displaced|evacuees|evacuated))\b"
    r"(?:\s+(?:[\p{L}'\u2019-]+|\d[\d,]*)){0,8}?\s+"
    r"(?:at|to|of|is|was|stands\s+at|stood\s+at|reached|hit|climbed\s+to|rose\s+to|"
    r"risen\s+to|jumped\s+to)\s+(?:(?:at\s+least|about|nearly|almost|some|around|"
    r"more\s+than|over)\s+)?\Z",
    regex.I,
)


def _reading_of_harm(before: str, clause: str, after: str) -> Reading | None:
    """Constructions that state being hurt, displaced or killed without an attribute word at
    the figure: sent to hospital, suffered burns, forced from their homes, a toll."""
    if _SENT.search(before) and _TO_HOSPITAL.match(_INCLUDING_ASIDE.sub("", after, count=1)):
        # "sent five people, including two firefighters, to the hospital"
        return Reading("predicate", "injured")
    suffered = _SUFFERED.match(clause)
    if suffered:
        if _HOW_BADLY.search(suffered.group(1)):
            return Reading("part")  # "three suffered serious burns": some of the injured
        if _HOW_BADLY.search(before):
            # "one man suffered critical injuries and two non-life-threatening injuries"
            return Reading("part")
        # "three people suffered non-life-threatening injuries": the wounded who survived
        return Reading("predicate", "injured")
    if _LOST_LIVES.match(clause):
        return Reading("predicate", "killed")
    if (_FORCED.search(before) and _FROM_HOMES.match(clause)) or _FORCED_FROM.match(clause):
        return Reading("predicate", "displaced")
    if _IN_CUSTODY.match(clause):
        return Reading("predicate", "arrested")
    if _SURVIVING.match(clause):
        # "three victims are expected to survive": the wounded; beside a worse grade
        # ("one was critical and two were in stable condition") a part of them
        return Reading("part") if _HOW_BADLY.search(before) else Reading("predicate", "injured")
    told = _NUMBER_WHO.search(before)
    if told:
        # "the number of people who died has risen to 38"
        return Reading("predicate", _WHO_VERBS[told.group(1).lower()])
    toll = _TOLL.search(before)
    if toll:
        # "the toll rose to 41" counts the dead; "the number of injured has risen to 20"
        # counts what its noun names
        noun = (toll.group(1) or "").lower()
        return Reading("predicate", _TOLL_NOUNS.get(noun, "killed"))
    return None


#: Victims who live: "the three victims are expected to survive", "two others were listed in
#: stable condition", "four people survived the shooting".
_SURVIVING = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:are|were|is|was|remain|remained)\s+(?:all\s+|both\s+)?"
    r"(?:(?:expected|likely)\s+to\s+(?:survive|recover|live)|(?:listed\s+)?in\s+(?:stable|good|fair|"
    r"satisfactory)\s+condition)|survived\b)",
    regex.I,
)
#: A toll told by a relative clause: "the number of people who died has risen to 38", "the
#: number of people injured stands at 20".
_NUMBER_WHO = regex.compile(
    r"\bnumber\s+of\s+(?:people|persons|victims|residents|passengers)\s+(?:who\s+"
    r"(?:have\s+|had\s+|were\s+|was\s+)?(?:been\s+)?)?(died|killed|injured|wounded|hurt|"
    r"arrested|detained|missing|displaced|evacuated|rescued)\b"
    r"(?:\s+(?:[\p{L}'\u2019-]+|\d[\d,]*)){0,10}?\s+"
    r"(?:at|to|is|was|stands\s+at|stood\s+at|reached|hit|climbed\s+to|rose\s+to|"
    r"risen\s+to|jumped\s+to)\s+(?:(?:at\s+least|about|nearly|almost|some|around|"
    r"more\s+than|over)\s+)?\Z",
    regex.I,
)
_WHO_VERBS = {
    "died": "killed",
    "killed": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "arrested": "arrested",
    "detained": "arrested",
    "missing": "missing",
    "displaced": "displaced",
    "evacuated": "displaced",
    "rescued": "rescued",
}
#: Being cut off from the power supply: "left 30,000 without power", "about 20,000 homes
#: lost power", "12,000 customers remained without electricity".
_NO_POWER = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:were|are|was|is|remain|remained|remains|still|had|"
    r"have)\s+){0,2}(?:without|lost|lose|losing|lacked|lacking)\s+(?:power|electricity)\b",
    regex.I,
)
#: "knocks out power to 8,000", "cut electricity to some 3,000 homes".
_POWER_TO = regex.compile(
    r"\b(?:knock(?:s|ed|ing)?\s+out|cut(?:s|ting)?(?:\s+off)?)\s+(?:the\s+)?(?:power|"
    r"electricity)\s+(?:supply\s+|supplies\s+)?to\s+(?:(?:about|some|nearly|more\s+than|"
    r"over|at\s+least)\s+)?\Z",
    regex.I,
)
#: The attribute of a count of those left without power.
NO_POWER = "without power"
_TOLL_NOUNS = {
    "injured": "injured",
    "wounded": "injured",
    "injuries": "injured",
    "missing": "missing",
    "arrests": "arrested",
    "arrested": "arrested",
    "displaced": "displaced",
    "evacuees": "displaced",
    "evacuated": "displaced",
}


#: A count of the injured by how badly ("eight were seriously injured", "eight people had
#: suffered serious injuries"): a part of all the injured.
_SEVERITY = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,4}?(?:seriously|critically|severely|gravely|badly|slightly|"
    r"lightly|serious|critical|severe|grave|minor|life-threatening)\s+(?:[\p{L}-]+\s+)?"
    r"(?:injured|injuries|injury|wounded|wounds|hurt)\b",
    regex.I,
)
#: The verb a figure is the object of ("arrested 25 pirates", "killing 40 people seeking
#: shelter"): a participle or a present form right before the figure.
_OBJECT_VERB = regex.compile(
    r"(\p{L}+(?:ed|ing|s))\s+(?:(?:his|her|their|its|at\s+least|some|about|nearly)\s+)?\Z",
    regex.I,
)
#: Pulling people from water or rubble is rescuing them ("pulled 42 people from the sea").
_PULLED = frozenset({"pulled", "plucked", "hauled", "winched", "airlifted", "dragged", "pulling"})
_FROM_DANGER = regex.compile(
    r"\bfrom\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:water|waters|sea|river|lake|ocean|surf|"
    r"rubble|debris|wreckage|ruins|flames|mud|snow)\b",
    regex.I,
)
#: Words that may stand between a figure and its predicate ("seven others were also wounded").
_BRIDGE = frozenset(
    [
        "other",
        "others",
        "more",
        "people",
        "persons",
        "men",
        "women",
        "children",
        "officers",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "being",
        "also",
        "reportedly",
        "critically",
        "seriously",
        "severely",
        "fatally",
        "badly",
        "slightly",
        "later",
        "still",
        "taken",
        "into",
        "who",
        "now",
    ]
)
_PREDICATE_SPAN = 6
#: Words a counted noun phrase may run to before its predicate ("Akron police officers").
_NOUN_SPAN = 3
#: The complement of a counted noun, up to the clause's auxiliary ("members of the Brookfield
#: city council were ...").
_OF_COMPLEMENT = regex.compile(
    r"(\A\s+[\p{L}-]+)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}'\u2019.-]+\s+){1,4}?"
    r"(?=(?:were|was|have|has|had|are|is)\s)",
    regex.I,
)
_IN_ALL = regex.compile(r"\s(?:in\s+all|in\s+total|altogether)\b", regex.I)
_SHOT_DEAD = frozenset({"dead", "killed", "death"})
_EMPLOYED = "employed"


def _spread_over_time(text: str) -> bool:
    """Whether words give a total over several incidents: "in six shootings", "so far",
    "across the city over the weekend"."""
    return bool(_AGGREGATE.search(text) or (_SPREAD.search(text) and _OVER_TIME.search(text)))


_SENTENCE_START = regex.compile(r"(?:[.;:!?]\s|\A)(?=[^.;:!?]*\Z)")


def _clause_before(before: str) -> str:
    """The words of the figure's sentence before it, from the last full stop or semicolon
    (the text given as ``before`` may reach back past its sentence)."""
    m = _SENTENCE_START.search(before)
    return before[m.end() :] if m else before


def _clause_after(text: str) -> str:
    m = _CLAUSE_END.search(text)
    return text[: m.start()] if m else text


def _predicate(after: str, attribute_words: Mapping[str, str]) -> str | None:
    """The attribute word of a predicate right after a figure in its clause ("seven others
    were wounded" -> injured), skipping the counted noun, a complement of it ("two members
    of the city council were indicted") and auxiliaries; "" when the figure has a verb of its
    own that states no attribute, ``None`` when nothing is said."""
    after = _OF_COMPLEMENT.sub(r"\1 ", after, count=1)
    after = _IN_ALL.sub(" ", after, count=1)  # "four people in all were killed"
    words = [w.group().lower() for w in _WORD.finditer(after)][: _PREDICATE_SPAN + 6]
    noun = False  # the counted noun, after "other" or "more" ("two other workers were hurt")
    for i, w in enumerate(words[:_PREDICATE_SPAN]):
        attr = attribute_words.get(w)
        slot = i == 0 or (not noun and words[i - 1] in ("other", "more"))
        if slot and attr == _EMPLOYED:
            # "two employees were hurt": the noun counted, not a count of staff, when the
            # clause goes on to a predicate of its own
            told = _predicate_after_noun(words[i + 1 :], attribute_words)
            if told is not None:
                return told
        if attr == "shot" and _SHOT_DEAD & set(words[i + 1 : i + 4]):
            return "killed"  # "shot dead", "shot and killed", "shot to death"
        if attr is not None and attr != "aged":
            return attr
        if i == 0 and w not in _BRIDGE:
            noun = True
        elif i > 0 and w not in _BRIDGE:
            verb = len(w) > 4 and w.endswith(("ing", "ed"))
            if not noun and not verb and words[i - 1] in ("other", "more"):
                noun = True
                continue
            if noun and not verb and i < _NOUN_SPAN and _compound(words[: i + 1]):
                continue  # "two Akron police officers were hurt": a compound noun
            if verb:
                later = [attribute_words.get(x) for x in words[i + 1 : i + 7]]
                found = [a for a in later if a and a != "aged"]
                # "three soldiers stationed nearby were killed": the clause's own predicate;
                # "14,000 people taking shelter": a verb that states no attribute
                return found[0] if found else ""
            return None  # the first word may be the counted noun ("seven soldiers")
    return None


#: Words that open a phrase of their own after a figure, never a counted noun.
_NOT_NOUNS = frozenset(
    [
        "in",
        "at",
        "on",
        "of",
        "for",
        "from",
        "to",
        "near",
        "after",
        "before",
        "with",
        "by",
        "as",
        "into",
        "inside",
        "outside",
        "during",
        "over",
        "under",
        "and",
        "or",
        "but",
        "the",
        "a",
        "an",
        "this",
        "that",
    ]
)


def _compound(words: Sequence[str]) -> bool:
    """Whether words right after a figure may be one counted noun phrase ("akron police
    officers"), not a phrase of their own ("in elm street")."""
    return not any(w in _NOT_NOUNS or w in _BRIDGE for w in words)


def _predicate_after_noun(words: Sequence[str], attribute_words: Mapping[str, str]) -> str | None:
    """The attribute of the predicate right after a counted noun, past auxiliaries only
    ("employees were also hurt" -> injured; not "employees at the plant where the shooting
    ...")."""
    for w in words[:_PREDICATE_SPAN]:
        attr = attribute_words.get(w)
        if attr is not None and attr != "aged":
            return attr
        if w not in _BRIDGE:
            return None
    return None


def _object_of(before: str, clause: str, attribute_words: Mapping[str, str]) -> str | None:
    """The attribute of the transitive verb a figure is the object of, if any: "the navy
    arrested 25 pirates" (arrested), "injuring four firefighters" (injured), "pulled 42
    people from the water" (rescued)."""
    m = _OBJECT_VERB.search(before)
    if m is None:
        return None
    verb = m.group(1).lower()
    if verb in _PULLED and _FROM_DANGER.search(clause):
        return "rescued"
    attr = attribute_words.get(verb) or _CARE_VERBS.get(verb)
    return attr if attr not in (None, "aged", "magnitude") else None


#: Caring for people after an incident is counting the hurt: "crews treated 16 people".
_CARE_VERBS = {"treated": "injured", "treating": "injured", "hospitalized": "injured"}


def _coordinated_groups(before: str, after: str, attribute_words: Mapping[str, str]) -> bool:
    """Whether the figure counts one of several groups coordinated in one subject ("two
    women and one man died", "one man and two women were hurt"): each is a part of the
    whole. "Two were killed and seven wounded" coordinates predicates, not groups."""
    m = _GROUPS_BEFORE.search(before)
    if m is not None:
        noun = m.group().split()[1].strip(",&").lower()
        return noun not in attribute_words and noun not in ("others", "other", "more")
    return bool(_GROUPS_AFTER.match(after))


#: The dead among those a sentence has just counted as shot or hurt: "four people were shot,
#: one fatally", "5 shot, 2 fatally", "two of them fatally" (all the dead, not a part).
_FATALLY = regex.compile(
    r"\A\s+(?:of\s+(?:them|those|whom|the\s+(?:victims|wounded|injured))\s+)?(?:were\s+|was\s+)?"
    r"(?:fatally|mortally)(?:\s+(?:wounded|injured|hurt|shot|stabbed))?[ \t]*(?:[,.;:)\n]|\Z|\s(?:and|but|while|"
    r"police|officials|authorities|according)\b|\s[-\u2013\u2014]\s?)",
    regex.I,
)
#: A predicate that a figure's own "fatally" makes a death: "two were fatally shot",
#: "a man was fatally wounded", "three fatally injured".
_FATALLY_BEFORE_VERB = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:fatally|mortally)\s+(?:shot|wounded|injured|hurt|stabbed|struck|gunned\s+down)\b",
    regex.I,
)


#: A parent's children: "a 59-year-old mother of two", "father of 3" (no casualty).
_PARENT_OF = regex.compile(
    r"\b(?:mother|father|mom|dad|mum|parent|grandmother|grandfather|grandparent)\s+of\s+\Z",
    regex.I,
)
#: One person beside a counted group in a list ("Mother, 2 children killed", "a man and two
#: women were hurt"): the figure is a part of those the predicate counts.
_BESIDE_ONE = regex.compile(
    r"(?:\A|[,;:]\s*)(?:(?:a|an|the|his|her|their)\s+)?(?:(?:young|elderly|teenage|\d{1,3}-year-old)\s+)?"
    r"(?:man|woman|boy|girl|teen|teenager|child|baby|mother|father|son|daughter|wife|husband|"
    r"grandmother|grandfather|driver|officer|firefighter|passenger)\s*(?:,|and|&)\s*"
    r"(?:(?:his|her|their)\s+)?\Z",
    regex.I,
)
#: A group said to be among a larger one: "two officers were among the injured".
_AMONG_THEM = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\b",
    regex.I,
)
#: Being in hospital is being hurt: "three people are in the hospital after a shooting".
_IN_HOSPITAL = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:are|were|remain|remained|remains|is|was)\s+(?:still\s+)?"
    r"(?:in|at)\s+(?:the\s+|a\s+|area\s+|local\s+)?hospitals?\b",
    regex.I,
)
#: One more of the same fate told after the figure: "and a third died later at a hospital".
_ONE_MORE = regex.compile(
    r"\b(?:and|while|as|but)\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh)\b"
    r"(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:was|is|has\s+been|had\s+been|later)\s+)?(?:also\s+)?"
    r"(?P<verb>\p{L}+)",
    regex.I,
)


def _one_more(sentence_after: str, attribute: str, attribute_words: Mapping[str, str]) -> bool:
    """Whether the sentence goes on to one more of the figure's own predicate ("Two people
    died at the scene and a third died later"): the figure is then a part of the toll."""
    m = _ONE_MORE.search(sentence_after)
    return m is not None and attribute_words.get(m.group("verb").lower()) == attribute


#: Shot and killed, told as one predicate: "two men were shot and killed", "a teen was shot
#: to death", "three were shot dead" (the "and" does not open a clause of its own).
_SHOT_KILLED = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)"
    r"(?:(?:also|reportedly|later)\s+)?(?:shot|stabbed|beaten|gunned\s+down)\s+(?:and\s+killed|to\s+death|"
    r"dead)\b",
    regex.I,
)


#: A person's age given as the complement of "was": "The man who died was 27", "the
#: victim, who was 19," (not a toll: "the death toll was 27").
_PERSON_WAS = regex.compile(
    r"\b(?:man|woman|boy|girl|teen|teenager|victim|driver|suspect|gunman|shooter|he|she|"
    r"who\s+died|who\s+was\s+killed|who\s+was\s+shot)\b[^,;:.]{0,40}?\b(?:was|is)\s+"
    r"(?:only\s+|just\s+)?\Z",
    regex.I,
)
_AGE_END = regex.compile(r"\A\s*(?:[.,;)]|\Z|(?:and|when|at\s+the\s+time)\b)", regex.I)
_NOT_A_PERSON = regex.compile(r"\b(?:toll|number|total|count|tally|figure)\b", regex.I)


def _age_complement(before: str, after: str) -> bool:
    """Whether a bare figure is a person's age as the complement of "was" ("The man who died
    was 27.", "the victim was 19 and a student")."""
    return (
        bool(_PERSON_WAS.search(before))
        and bool(_AGE_END.match(after))
        and not _NOT_A_PERSON.search(before)
    )


def _local_reading(before: str, after: str) -> Reading | None:
    """Constructions read from the words right around the figure: a modifier, a part beside
    one person, a parent's children, deaths told by "fatally" or "shot and killed"."""
    modifier = _MODIFIER.match(after)
    if modifier:
        return Reading("modifier", None, modifier.group(1).lower())  # "a seven-storey factory"
    if _BESIDE_ONE.search(before) or _AMONG_THEM.match(after):
        return Reading("part")  # "Mother, 2 children killed", "two officers were among the hurt"
    if _PARENT_OF.search(before):
        return Reading("unrelated", None, "children")  # "a mother of two died"
    if _FATALLY.match(after):
        if _spread_over_time(before):
            # "41 people were shot across the city since Friday, seven of them fatally"
            return Reading("aggregate")
        return Reading("fatal", "killed")  # "four people were shot, one fatally"
    if _FATALLY_BEFORE_VERB.match(_clause_after(after)) or _SHOT_KILLED.match(after):
        return Reading("predicate", "killed")  # "two men were fatally shot", "shot and killed"
    return None


def read_construction(
    before: str, after: str, sentence_after: str, attribute_words: Mapping[str, str]
) -> Reading | None:
    """The construction of a figure, given the text before it (up to its sentence start), the
    text after it, the rest of its sentence and the attribute words (word -> attribute).
    ``None`` when no rule applies."""
    if _WITH_ATTACKER.match(after):
        return Reading("inclusive")  # "4 dead, including the shooter"
    # "six people, including a 12-year-old girl, were shot": the aside does not end the clause
    after = _INCLUDING_ASIDE.sub("", after, count=1)
    local = _local_reading(before, after)
    if local is not None:
        return local
    if _OUT_OF.search(before) or _OF_THE.match(before):
        # "out of 23 arrested pirates, 12 are from Somalia"; "Of the dead, nine were children"
        return Reading("part")
    if _BREAKDOWN.search(before) or _AMONG.search(before):
        # "three people, a man and two women"; "Among the dead were seven firefighters"
        return Reading("breakdown")
    if _FREQUENCY.match(after):
        return Reading("frequency", None, "times")
    if _AGES_BEFORE.search(before) or _age_complement(before, after):
        return Reading("ages", "aged", "age")
    counted = _EVENTS.match(after)
    if counted:
        return Reading("events", None, counted.group(1).lower())
    charges = _CHARGES.match(after)
    if charges:
        return Reading("events", None, "charges")  # "two murder charges": no one killed
    clause = _clause_after(after)
    if _STRUCK.search(clause):
        return Reading("shot", "shot")
    if _INCLUSIVE.match(after):
        return Reading("inclusive")
    if _SUICIDE.search(sentence_after) and _object_of(before, clause, attribute_words) == "killed":
        return Reading("inclusive")  # "shot and killed three co-workers ... then killed himself"
    if _coordinated_groups(before, after, attribute_words):
        return Reading("part")
    if _spread_over_time(clause) or _spread_over_time(_clause_before(before) + clause):
        # "26 wounded across the city this weekend", "Across Chicago, 41 had been shot
        # since Friday evening"
        return Reading("aggregate")
    if _HOSPITAL.match(clause) or _TREATMENT.match(clause) or _IN_HOSPITAL.match(clause):
        return Reading("predicate", "injured")
    if _PULLED_FROM.match(clause):
        return Reading("predicate", "rescued")
    if _SEVERITY.match(clause):
        return Reading("part")  # "eight seriously injured": some of the injured
    harm = _reading_of_harm(before, clause, after)
    if harm is not None:
        return harm
    if _jobs_cut(before, after):
        return Reading("predicate", JOBS_CUT, "jobs")
    if _NO_POWER.match(clause) or _POWER_TO.search(before):
        return Reading("predicate", NO_POWER, "customers")  # homes, customers, people
    attr = _predicate(clause, attribute_words)
    if attr and _one_more(sentence_after, attr, attribute_words):
        return Reading("part")  # "two died at the scene and a third died later"
    if attr == "aboard":
        # "stabbed five people aboard a train": the verb's object, where it happened
        attr = _object_of(before, clause, attribute_words) or attr
    if not attr:
        # "arrested 25 Somali pirates", "killed 40 people seeking shelter": the verb before
        attr = _object_of(before, clause, attribute_words) or attr
    if not attr and (_PRESENCE.match(clause) or _present_after(clause, attribute_words)):
        return Reading("presence", PRESENT)
    if attr == "":
        return Reading("unrelated", None)
    if attr is not None:
        return Reading("predicate", attr)
    return None


def _present_after(clause: str, attribute_words: Mapping[str, str]) -> bool:
    """ "Two children inside the home were unharmed": a group placed by a modifier after
    its noun, whose clause states no casualty ("two people inside the car were killed"
    counts the dead)."""
    m = _PRESENCE_AFTER.match(clause)
    if m is None:
        return False
    rest = (w.group().lower() for w in _WORD.finditer(clause, m.end()))
    return not any(attribute_words.get(w) not in (None, "aged") for w in rest)


#: Cutting jobs: "cutting 1,700 jobs", "will lay off 300 workers", "to shed 90 positions".
_CUT_BEFORE = regex.compile(
    r"\b(?:cut|cuts|cutting|slash|slashes|slashing|slashed|eliminate|eliminates|eliminating|"
    r"eliminated|axe|axes|axing|axed|shed|sheds|shedding|lay\s+off|lays\s+off|laying\s+off|"
    r"laid\s+off)\s+(?:(?:about|nearly|some|around|up\s+to|more\s+than|over)\s+)?\Z",
    regex.I,
)
_JOBS_NOUN = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:jobs|positions|posts|workers|employees|staff|"
    r"staffers)\b",
    regex.I,
)
#: Workers told they lose their jobs: "1,200 workers ... will lose their jobs", "their jobs
#: will disappear"; jobs that go: "300 jobs will be lost".
_LOSE_JOBS = regex.compile(
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:workers|employees|staff|staffers|people)\b[^.;]{0,80}?"
    r"\b(?:(?:will|would|are\s+to|to|could)\s+)?(?:lose|losing|lost)\s+(?:their\s+)?jobs\b|"
    r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:workers|employees|staff|staffers)\b[^.;]{0,80}?"
    r"\btheir\s+jobs\s+(?:will|would|are\s+to)\s+(?:disappear|go|end|be\s+(?:cut|eliminated|"
    r"lost))\b|"
    r"\A\s+(?:[\p{L}-]+\s+){0,1}?(?:jobs|positions)\s+(?:will|would|are\s+to|could)\s+"
    r"(?:be\s+)?(?:lost|go|cut|eliminated|disappear)\b",
    regex.I,
)


def _jobs_cut(before: str, after: str) -> bool:
    """Whether a figure counts jobs cut, as jobs or as the workers losing them ("cutting
    1,700 jobs", "1,200 workers learned that their jobs will disappear")."""
    if _CUT_BEFORE.search(before) and _JOBS_NOUN.match(after):
        return True
    return bool(_LOSE_JOBS.match(after))


#: A duration that is a prison term: "sentenced to seven years", "jailed for 9 years",
#: "gets 9 years" (a headline's), "will spend 7 years in prison", "serve 12 years".
_TERM_BEFORE = regex.compile(
    r"\b(?:sentenced|sentencing|sentences|jailed|jailing|jails|imprisoned|imprisoning|"
    r"gets|got|given|handed|receives|received|serve|serves|serving)\s+"
    r"(?:(?:[\p{L}'\u2019.-]+\s+){0,3}?(?:to|for)\s+|down\s+|a\s+further\s+|another\s+)?"
    r"(?:(?:at\s+least|nearly|almost|"
    r"more\s+than)\s+)?\Z",
    regex.I,
)
_TERM_AFTER = regex.compile(
    r"\A\s*(?:in\s+(?:(?:a\s+)?(?:federal|state)\s+)?(?:prison|jail)|behind\s+bars)\b",
    regex.I,
)
#: A duration that is at most possible: "faces up to 20 years", "could get 10 years".
_TERM_POSSIBLE = regex.compile(
    r"\b(?:faces?|facing|could|would|may|might|maximum|up\s+to|possible|as\s+much\s+as)\b"
    r"[^,;]{0,30}\Z",
    regex.I,
)
#: A term of an earlier case, or one already served: "He served four months in federal
#: prison", "sentenced to 2 years, with 9 months to serve in that case", "a prior conviction".
_TERM_PAST = regex.compile(
    r"\b(?:served|serving\s+out|had\s+been\s+(?:sentenced|jailed)|previous(?:ly)?|prior|"
    r"earlier|(?:that|another|a\s+separate|an\s+unrelated)\s+case|paroled|released)\b",
    regex.I,
)
#: A duration that something was halted or closed for: "suspended for 90 minutes".
_HALT_BEFORE = regex.compile(
    r"\b(?:suspended|halted|stopped|closed|shut|shut\s+down|blocked|grounded|delayed|"
    r"disrupted|cordoned\s+off|evacuated|locked\s+down|out|cut|without\s+power)\s+"
    r"(?:for\s+)(?:(?:about|nearly|almost|more\s+than|over|some|around)\s+)?\Z",
    regex.I,
)


def read_duration(before: str, after: str) -> str | None:
    """What a duration measures, when its own words say: a prison term ("jailed for seven
    years", "gets 9 years", "7 years in prison"), unless only possible ("faces up to 20
    years") or of an earlier case ("served four months in prison"), or a halt ("service was suspended for 90 minutes"); ``None`` otherwise."""
    if _TERM_BEFORE.search(before) or _TERM_AFTER.match(after):
        if _TERM_POSSIBLE.search(before) or _TERM_PAST.search(before + " " + after):
            return None  # at most possible, or an earlier case's
        return PRISON_TERM
    if _HALT_BEFORE.search(before):
        return HALT
    return None
