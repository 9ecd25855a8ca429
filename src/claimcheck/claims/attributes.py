"""What a figure can count or measure, declared as data.

Each :class:`AttributeSpec` names an attribute ("killed"), the words that state it in each
language, its kind (a count of people or things, a property of the event such as a quake's
magnitude), whether it grows as reports come in (a toll), the rule family that owns it, and
how findings phrase it. The core's attributes are :data:`BUILTIN_ATTRIBUTES`; a plugin adds
its own through the ``claimcheck_attributes`` hook (say, goals for sports scores), and framing
reads figures with every registered attribute, without code for any of them::

    @hookimpl
    def claimcheck_attributes():
        return [AttributeSpec(name="goals", kind="count", family="sports",
                              words={"en": ("goals", "scored")}, phrase="scored")]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

__all__ = [
    "BUILTIN_ATTRIBUTES",
    "AttributeSpec",
    "AttributeTable",
    "attribute_record",
    "attribute_table",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributeSpec:
    """One attribute a figure can state."""

    #: Stable name, used in claims and findings ("killed").
    name: str
    #: "count" (of people or things), "property" (of the event: a magnitude), "measure".
    kind: Literal["count", "property", "measure"] = "count"
    #: Surface words by BCP 47 language, lower case ("killed", "killing", "dead" ...).
    words: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    #: Whether the figure legitimately rises as reports come in (a toll, arrests).
    grows: bool = False
    #: The rule family (plugin) that judges it.
    family: str = "counts"
    #: How findings say it: a participle for counts ("killed"), a noun for properties.
    phrase: str = ""


def _spec(
    name: str, *, grows: bool = False, phrase: str = "", kind: str = "count", **words: str
) -> AttributeSpec:
    return AttributeSpec(
        name=name,
        kind=kind,  # type: ignore[arg-type]
        grows=grows,
        phrase=phrase or name,
        words=MappingProxyType({lang: tuple(w.split()) for lang, w in words.items()}),
    )


BUILTIN_ATTRIBUTES: tuple[AttributeSpec, ...] = (
    _spec(
        "killed",
        grows=True,
        en="killed kill kills killing slain slew murdered murder dead died die dies dying "
        "deaths death fatalities fatality lives bodies perished massacred executed toll "
        "casualties drowned drowning",
        de="getötet tote toten todesopfer starben gestorben",
        fr="tués tuées tué tuée morts mortes décès",
    ),
    _spec(
        "injured",
        grows=True,
        en="injured injuring injure injures wounded wounding wound wounds hurt hurts injuries "
        "injury maimed hospitalized hospitalised",
        de="verletzt verletzte verletzten verwundet",
        fr="blessés blessées blessé blessée",
    ),
    _spec(
        "arrested",
        grows=True,
        en="arrested arresting arrest arrests detained detaining detain detention apprehended "
        "custody captured nabbed held rounded",
        de="festgenommen verhaftet",
        fr="arrêtés arrêtées interpellés interpellées",
    ),
    _spec(
        "missing",
        grows=True,
        en="missing unaccounted disappeared",
        de="vermisst vermisste",
        fr="disparus disparues",
    ),
    _spec(
        "displaced",
        grows=True,
        en="displaced displacing displaces evacuated evacuating homeless fled fleeing refugees uprooted",
    ),
    _spec("rescued", grows=True, en="rescued rescuing saved"),
    _spec("trapped", grows=True, en="trapped buried stranded"),
    _spec("shot", grows=True, en="shot shooting shoots gunned"),
    _spec("stabbed", grows=True, en="stabbed stabbing stabs knifed"),
    _spec("aboard", phrase="on board", en="aboard"),
    # those present ("150 people were in the plant"), read from the construction only
    _spec("present", phrase="present"),
    # durations whose words say what lasted: read from the construction only
    _spec("prison term", kind="measure", phrase="prison term"),
    _spec("halt", kind="measure", phrase="length of the halt"),
    _spec("jobs cut", phrase="cut"),  # read from the construction only
    _spec("without power", grows=True, phrase="without power"),  # from the construction only
    _spec(
        "destroyed",
        en="destroyed destroying destroys razed razing gutted flattened levelled leveled",
    ),
    _spec("kidnapped", grows=True, en="kidnapped abducted hostages hostage"),
    _spec("charged", grows=True, en="charged indicted convicted sentenced"),
    _spec("employed", en="employs employed employees workforce staff"),
    _spec(
        "attended",
        phrase="attending",
        en="attended attending attendees spectators crowd protesters demonstrators marched rallied",
    ),
    _spec("aged", kind="property", phrase="age", en="aged age old"),
    _spec(
        "magnitude",
        kind="property",
        phrase="magnitude",
        en="magnitude measuring measured richter",
    ),
    _spec("voted", phrase="voting", en="votes voted ballots"),
    _spec("seats", phrase="won", en="seats"),
)


@dataclass(frozen=True, slots=True)
class AttributeTable:
    """The registered attributes, indexed for framing."""

    specs: tuple[AttributeSpec, ...]
    #: word -> attribute name, every language together (a word belongs to the first spec).
    words: Mapping[str, str]
    grows: frozenset[str]
    by_name: Mapping[str, AttributeSpec]


def attribute_table(specs: Sequence[AttributeSpec] = BUILTIN_ATTRIBUTES) -> AttributeTable:
    """Index attribute records (the built-in ones first, then a plugin's, in order)."""
    key = tuple((spec, tuple(sorted(spec.words.items()))) for spec in specs)
    return _table(key)


@lru_cache(maxsize=8)
def _table(
    key: tuple[tuple[AttributeSpec, tuple[tuple[str, tuple[str, ...]], ...]], ...],
) -> AttributeTable:
    specs = tuple(spec for spec, _ in key)
    words: dict[str, str] = {}
    by_name: dict[str, AttributeSpec] = {}
    for spec, spelled in key:
        by_name.setdefault(spec.name, spec)
        for _, ws in spelled:
            for w in ws:
                words.setdefault(w.lower().replace("_", " "), spec.name)
    return AttributeTable(
        specs=specs,
        words=MappingProxyType(words),
        grows=frozenset(s.name for s in specs if s.grows),
        by_name=MappingProxyType(by_name),
    )


def attribute_record(name: str) -> AttributeSpec | None:
    """The built-in record of an attribute, if it has one."""
    return attribute_table().by_name.get(name)
