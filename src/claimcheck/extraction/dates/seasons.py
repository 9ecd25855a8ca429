"""Seasons, holidays and fiscal years: the periods of a year that are named rather than
numbered.

Seasons: "summer 2009", "in the winter of 1999", "last summer", "early spring",
"im vergangenen Sommer", "l'été dernier", "cet hiver".

A season is the meteorological one of the northern hemisphere (spring is March to May, winter
December to February of the next year), written with the TIMEX3 codes ``SP``, ``SU``, ``FA``
and ``WI`` (see :mod:`claimcheck.normalization.dates`). A season that is also a common word
("fall", "spring", "été" in "a été signé") needs a year, a modifier or a preposition; a season
followed by "of" and no year is something else ("the fall of Rome", "the spring of hope").

Holidays: "on Christmas Day", "before Easter", "Thanksgiving 2008", "last Christmas": the day
python-holidays gives it (see :mod:`claimcheck.extraction.dates.named_days`), in the year
written or, without one, the year a day without one would take. A holiday's name is a date
only after a preposition of time, a modifier or with a year, and not before a noun it
qualifies ("Christmas sales", "the Christmas season", "Easter Island", "Labor Day weekend":
periods, places and events around the day, not the day).

Fiscal years: "fiscal 2009", "FY09", "the fiscal year 2009/10", "this fiscal year",
"im laufenden Geschäftsjahr", "l'exercice 2009". When a fiscal year starts differs between
companies and countries, so "fiscal 2009" is the twelve months ending in 2009 at a month the
text does not say: the value is every day such a year may cover (timex ``FY2009``,
``PRESENT_REF-fiscal``, ``PAST_REF-fiscal-1``), which never contradicts a date it contains.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import regex

from claimcheck.extraction.dates.atoms import DateAtom, ref_timex
from claimcheck.extraction.dates.grammar import DateGrammar
from claimcheck.extraction.dates.named_days import named_day_key
from claimcheck.extraction.dates.scan import look_back, match_at, normalize, part_meaning
from claimcheck.language.calendar import fold, season_words

__all__ = ["parse_fiscal", "parse_named_day", "parse_season"]

_OF = ("of", "de", "d")
_THE = regex.compile(r"(?<!\w)the\s+\Z", regex.IGNORECASE)
_ARTICLES = frozenset({"the", "le", "la", "l'", "l’", "les", "der", "die", "das", "den"})
#: a preposition that only a season follows ("en été"; "a été" is a participle)
_SEASON_PREPOSITIONS = frozenset({"en"})


@cache
def _season_codes(language: str) -> Mapping[str, tuple[str, str | None]]:
    """Folded season names -> (TIMEX3 code, part of the season the word itself names)."""
    return {fold(k): v for k, v in season_words(language).items()}


def parse_season(g: DateGrammar, text: str, start: int, end: int, floor: int) -> DateAtom | None:
    """The season anchored at ``text[start:end]``, with its year, modifier or part."""
    word = text[start:end]
    entry = _season_codes(g.language).get(fold(word))
    if entry is None:
        return None
    code, own_part = entry
    atom = DateAtom(start, end, "season", timex=code, granularity="season")
    year = match_at(g.season_year, text, end)
    if year is not None:
        atom.year, atom.end = int(year.group("y")), year.end()
    if own_part is not None:  # "Spätsommer"
        atom.part, atom.approximate = own_part, True
    else:
        _modifiers(g, text, atom, floor)
    if atom.year is not None or atom.mod or atom.part:
        return atom
    if normalize(text[end : end + 4]).startswith(_OF):
        return None  # "the fall of Rome"
    cue = look_back(g.cue_before, text, start, floor)
    if cue is None:
        return atom if _is_subject(g, text, start, end, floor) else None
    words = normalize(cue.group(0)).split()
    if words[-1] in _SEASON_PREPOSITIONS:
        return atom
    if fold(word) in g.phrases.ambiguous_seasons and (len(words) < 2 or words[-1] not in _ARTICLES):
        return None  # "spring shows signs of hope", "to fall": "in the fall" is the season
    return atom


#: A clause opening before a season that is the subject of its clause ("but spring shows
#: signs of hope", "Summer was hot."): the start of the text or a sentence, "but"/"and" after
#: a comma, a semicolon, a colon or an opening quotation mark.
_CLAUSE_OPENING = regex.compile(
    r"(?:\A|[.!?]\s+|[;:]\s+|,\s+(?:but|and|yet|while)\s+|[\"“‘(]\s*)\Z", regex.IGNORECASE
)
#: The verb after a season that is the subject: an auxiliary, a verb a season is the subject
#: of ("spring shows signs of hope", "winter brought snow") or a regular past form; a noun
#: after it ("Spring Street", "winter storms", "Summer Olympics") makes the season a modifier
#: of that noun, and a plural noun cannot be told from a verb, so other "-s" forms are not read.
_VERB_AFTER = regex.compile(
    r"\s+(?:is|was|has|had|will|would|could|may|might|should|can|(?:look|seem|show|bring|"
    r"come|arrive|begin|start|end|see|promise|mark|offer|mean)s|brought|came|began|saw|"
    r"[a-z]{2,}ed)(?![\w’'-])"
)


def _is_subject(g: DateGrammar, text: str, start: int, end: int, floor: int) -> bool:
    """ "spring shows signs of hope", "Summer was hot": a season with no cue, year or
    modifier is the season of the story when it opens a clause and a verb follows it."""
    if g.language != "en" or match_at(_VERB_AFTER, text, end) is None:
        return False
    return _CLAUSE_OPENING.search(text, max(floor, start - 12), start) is not None


def _modifiers(g: DateGrammar, text: str, atom: DateAtom, floor: int) -> None:
    """ "last summer", "this winter", "l'été dernier", "early spring", "la fin de l'été"."""
    part = look_back(g.part_before, text, atom.start, floor)
    if part is not None and part_meaning(part.group("part")):
        atom.part, atom.start, atom.approximate = (
            part_meaning(part.group("part")),
            part.start(),
            True,
        )
        return
    if atom.year is not None:
        return
    before = look_back(g.relative_before, text, atom.start, floor)
    if before is not None and before.groupdict().get("mod"):
        meaning = g.modifiers.get(normalize(before.group("mod")))
        if meaning in ("this", "last", "next", "past"):
            atom.mod = "last" if meaning == "past" else meaning
            atom.start = before.start("mod")
            return
    after = match_at(g.relative_after, text, atom.end)
    if after is not None:
        meaning = g.modifiers.get(normalize(after.group("mod")))
        if meaning in ("last", "next"):
            atom.mod, atom.end = meaning, after.end()


def parse_fiscal(g: DateGrammar, text: str, start: int, end: int, floor: int) -> DateAtom | None:
    """ "fiscal 2009", "FY09", "fiscal year 2009/10", "this fiscal year", "Geschäftsjahr 2009"."""
    year = match_at(g.fiscal_year, text, end)
    if year is not None:
        y = int(year.group("y"))
        if y < 100:
            y += 2000 if y < 50 else 1900
        if year.group("y2"):  # "2009/10": the year it ends in
            y2 = int(year.group("y2"))
            y = y2 if y2 > 999 else y // 100 * 100 + y2
        return DateAtom(start, year.end(), "fiscal", timex=f"FY{y}", granularity="fiscal_year")
    before = look_back(g.relative_before, text, start, floor)
    if before is None or not before.groupdict().get("mod"):
        article = look_back(_THE, text, start, floor)
        if article is None or not fold(text[start:end]).endswith("year"):
            return None  # "fiscal" alone is an adjective ("the fiscal deficit")
        # "the fiscal year", "the financial year": the one the story is in
        return DateAtom(
            article.start(),
            end,
            "fiscal",
            timex=ref_timex("fiscal", 0),
            granularity="fiscal_year",
        )
    meaning = g.modifiers.get(normalize(before.group("mod")))
    offset = {"this": 0, "last": -1, "next": 1}.get(meaning or "")
    if offset is None:
        return None
    return DateAtom(
        before.start("mod"),
        end,
        "fiscal",
        timex=ref_timex("fiscal", offset),
        granularity="fiscal_year",
    )


#: "on Christmas Day", "until Easter", "ahead of Thanksgiving": a holiday as a time
_HOLIDAY_CUE_BEFORE = regex.compile(
    r"(?<!\w)(?:on|at|before|after|since|until|till|by|over|during|around|through|for|from|"
    r"following|ahead\s+of|in\s+time\s+for)\s+\Z",
    regex.IGNORECASE,
)
_HOLIDAY_MOD_BEFORE = regex.compile(r"(?<!\w)(?P<mod>this|last|next)\s+\Z", regex.IGNORECASE)
_HOLIDAY_YEAR_AFTER = regex.compile(r",?\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)(?![\d.,]\d|\d)")
_WORD_AFTER = regex.compile(r"['’]?s?\s+(?P<w>\p{L}+)")
#: Nouns a holiday's name qualifies: the name is then part of a period ("Christmas sales",
#: "the Easter holidays"), a place ("Easter Island") or an event named after the day
_QUALIFIED = frozenset(
    {
        "sales", "season", "seasons", "shopping", "shoppers", "spending", "period", "periods",
        "holiday", "holidays", "weekend", "weekends", "week", "break", "rush", "trading",
        "quarter", "tree", "trees", "lights", "card", "cards", "gift", "gifts", "dinner",
        "lunch", "party", "parties", "market", "markets", "bonus", "bonuses", "decorations",
        "carol", "carols", "message", "address", "speech", "celebration", "celebrations",
        "festivities", "travel", "traffic", "deadline", "special", "edition", "episode",
        "album", "song", "songs", "film", "movie", "story", "island", "islands", "rising",
        "parade", "test", "truce", "offensive", "uprising", "bombing", "bomber", "plot",
        "attack", "attacks", "tsunami", "massacre", "storm", "storms", "sale", "bunny",
        "egg", "eggs", "service", "services", "mass", "vigil", "mood", "spirit", "appeal",
        "agreement", "accord", "accords", "treaty", "act", "costume", "costumes", "candy",
        "turkey", "pudding", "cake", "pageant", "play", "concert", "show", "fair", "feast",
    }
)  # fmt: skip


def parse_named_day(g: DateGrammar, text: str, start: int, end: int, floor: int) -> DateAtom | None:
    """A holiday named as a day ("on Christmas Day", "Easter 2009", "last Thanksgiving")."""
    key = named_day_key(g.language, text[start:end])
    if key is None:
        return None
    year = match_at(_HOLIDAY_YEAR_AFTER, text, end)
    after = match_at(_WORD_AFTER, text, end)
    if year is None and after is not None and after.group("w").casefold() in _QUALIFIED:
        return None  # "Christmas sales", "Easter Island"
    if year is not None:
        y = int(year.group("y"))
        return DateAtom(start, year.end(), "holiday", year=y, timex=f"{y:04d}-@{key}")
    mod = look_back(_HOLIDAY_MOD_BEFORE, text, start, floor)
    if mod is not None:
        word = mod.group("mod").lower()
        timex = f"XXXX-@{key}" + ("" if word == "this" else f":{word}")
        return DateAtom(mod.start("mod"), end, "holiday", mod=word, timex=timex)
    if look_back(_HOLIDAY_CUE_BEFORE, text, start, floor) is None:
        return None  # "Christmas is a time of ...": the feast, not a day of the story
    return DateAtom(start, end, "holiday", timex=f"XXXX-@{key}")
