"""Words that are never names when capitalised, and calendar words from CLDR.

The closed-class lists are small hand-kept lexicons (articles, pronouns, prepositions,
conjunctions, sentence adverbs) that babel does not have; month and weekday names come from
CLDR through babel, loaded lazily.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.language.text import fold

__all__ = ["calendar_words", "function_words", "language_names"]

_EN = """
a an the this that these those he she it we they i you me him us them his her hers its our ours
their theirs my mine your yours there here who whom whose which what whatever whoever when where
why how however but and or nor so yet if unless whether while whilst although though because
since as after before during until till amid amidst among amongst despite following according
in on at by for from of to with without within about above across against along alongside
around behind below beneath beside besides between beyond into like near off onto out outside
over past per through throughout toward towards under underneath unlike upon via versus
meanwhile moreover furthermore nevertheless nonetheless instead also still then thus therefore
hence indeed only even just neither either both each every all any some many most much more
less few several such no not yes other another recent later earlier today yesterday tomorrow
tonight now never always often sometimes perhaps maybe please thanks thank oh ok okay do does
did is are was were be been being has have had would shall should could might must
"""

_DE = """
der die das den dem des ein eine einer eines einem einen er sie es wir ihr ich du sein seine
ihre ihren unser unsere dies diese dieser dieses jene jener und oder aber doch denn weil wenn
als ob dass nach vor bei mit von zu zum zur aus auf an in im am um für gegen ohne durch über
unter zwischen seit während laut trotz wegen auch noch schon nur sogar jedoch dennoch deshalb
daher dort hier heute gestern morgen nun jetzt nie immer alle viele einige mehrere kein keine
nicht ja nein wie wo wer was warum welche welcher welches
"""

_FR = """
le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu
son sa ses leur leurs notre nos votre vos mon ma mes et ou mais donc or ni car si que qui quoi
dont où quand comme lorsque puisque selon après avant pendant depuis dans sur sous chez par
pour avec sans contre entre vers malgré aussi encore déjà seulement même cependant pourtant
toutefois ainsi alors ici là aujourd'hui hier demain maintenant jamais toujours tous toutes
plusieurs certains aucun aucune ne pas oui non
"""

_LISTS = {"en": _EN, "de": _DE, "fr": _FR}


@lru_cache(maxsize=8)
def function_words(language: str) -> frozenset[str]:
    """Closed-class words of ``language`` (folded), plus the English ones."""
    words = set(_EN.split())
    words.update(_LISTS.get(language.split("-")[0], "").split())
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=8)
def calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names and abbreviations (folded, without dots) from CLDR."""
    from babel import Locale, UnknownLocaleError

    out: set[str] = {"sept"}
    for loc in {"en", language.split("-")[0]}:
        try:
            data = Locale.parse(loc)
        except (UnknownLocaleError, ValueError):
            continue
        for table in (data.months, data.days):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for name in table.get(context, {}).get(width, {}).values():
                        out.add(fold(name).rstrip("."))
    return frozenset(out)


@lru_cache(maxsize=8)
def language_names(language: str) -> frozenset[str]:
    """Names of languages in ``language`` and English (folded), from CLDR."""
    from babel import Locale, UnknownLocaleError

    out: set[str] = set()
    for loc in {"en", language.split("-")[0]}:
        try:
            out.update(fold(n) for n in Locale.parse(loc).languages.values())
        except (UnknownLocaleError, ValueError):
            continue
    return frozenset(out)
