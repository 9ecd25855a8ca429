"""Place names: CLDR territories (through babel) and the places of the alias data.

Countries get ids from their ISO 3166 code ("loc:pk"), so "Pakistan", "Pakistán" and
"Islamic Republic of Pakistan" are one place in any language; CLDR regions ("Central Asia")
and the alias data's cities and provinces get ids from their English name. Time-zone exemplar
cities from CLDR ("Karachi", "Tehran") are included as *weak* places: a person's surname in the
same document may override them ("Davis" after "Troy Davis").

Loaded lazily, once per language and alias table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from claimcheck.language.text import slug

if TYPE_CHECKING:
    from claimcheck.language.aliases import AliasTable

__all__ = ["Place", "demonym_country", "place_index", "territory_names"]

#: CLDR territory codes that are not places (or are organisations: UN, EU).
_NOT_PLACES = frozenset({"UN", "EU", "EZ", "QO", "ZZ", "XA", "XB"})
#: Time-zone areas whose exemplar cities are places people write about.
_TZ_AREAS = ("Africa/", "America/", "Asia/", "Europe/", "Australia/")
_PAREN = re.compile(r"^(.*?)\s*\((.*)\)$")


@dataclass(frozen=True, slots=True)
class Place:
    """A place a name refers to."""

    id: str
    canonical: str
    #: ISO 3166 code of the country it is or is in ("" when none or several).
    country: str
    #: "country", "region" (CLDR numeric regions) or "place".
    kind: str
    #: True for time-zone exemplar cities: a surname in the document may override them.
    weak: bool = False


def _variants(name: str) -> list[str]:
    """Searchable forms of a CLDR territory name ("Myanmar (Burma)" -> Myanmar, Burma)."""
    out = [name]
    m = _PAREN.match(name)
    if m:
        out = [m.group(1), m.group(2)]
    if " SAR " in name:
        out.append(name.split(" SAR ")[0])
    return [v for v in out if v and " - " not in v]


@lru_cache(maxsize=16)
def territory_names(locale: str) -> dict[str, str]:
    """CLDR territory names of a locale (code -> name), cached on disk per babel version."""
    import babel
    from babel import Locale, UnknownLocaleError

    from claimcheck.language.lexcache import cached_json

    def build() -> dict[str, str]:
        try:
            return dict(Locale.parse(locale.replace("-", "_")).territories)
        except (UnknownLocaleError, ValueError):
            return {}

    return dict(cached_json(f"territories-{locale}", babel.__version__, build))


def _zone_cities() -> list[tuple[str, str]]:
    """(time zone, territory code) of CLDR's zone exemplar cities, cached per babel version."""
    import babel
    from babel.core import get_global

    from claimcheck.language.lexcache import cached_json

    def build() -> list[tuple[str, str]]:
        return sorted(get_global("zone_territories").items())

    return [(z, c) for z, c in cached_json("zone-territories", babel.__version__, build)]


def place_index(language: str, table: AliasTable) -> dict[str, Place]:
    """Name key -> place, for a document language (English names are always included)."""
    english = territory_names("en")
    index: dict[str, Place] = {}

    def country_place(code: str) -> Place | None:
        name = english.get(code)
        if not name or code in _NOT_PLACES:
            return None
        canonical = (_variants(name) or [name])[0]
        if code.isdigit():
            return Place(f"loc:{slug(table.key(canonical))}", canonical, "", "region")
        return Place(f"loc:{code.lower()}", canonical, code, "country")

    # Weak places first, so that every stronger source overrides them.
    for zone, code in _zone_cities():
        if not zone.startswith(_TZ_AREAS) or zone.count("/") != 1:
            continue
        city = zone.rsplit("/", 1)[1].replace("_", " ")
        key = table.key(city)
        if key:
            index[key] = Place(f"loc:{slug(key)}", city, code, "place", weak=True)

    for key, code in table.places.items():
        name = table.place_names.get(key, key)
        index[key] = Place(f"loc:{slug(key)}", name, code, "place")

    locales = ["en"] if language.split("-")[0] in ("en", "") else ["en", language]
    for loc in locales:
        for code, name in territory_names(loc).items():
            place = country_place(code)
            if place is None or not name[:1].isupper():
                continue
            for variant in _variants(name):
                index[table.key(variant)] = place

    for key, code in table.countries.items():
        place = country_place(code)
        if place is not None:
            index[key] = place

    for ent in table.entities.values():
        if ent.type != "location":
            continue
        place = Place(ent.id, ent.canonical, ent.country or "", "place")
        for name in (ent.canonical, *ent.aliases):
            index[table.key(name)] = place
    index.pop("", None)
    return index


def demonym_country(key: str, language: str, table: AliasTable) -> Place | None:
    """The country a demonym ("chinese") names, when the alias data lists it."""
    code = table.demonyms.get(key)
    if not code:
        return None
    from babel import Locale

    name = Locale("en").territories.get(code)
    if not name:
        return None
    return Place(f"loc:{code.lower()}", (_variants(name) or [name])[0], code, "country")
