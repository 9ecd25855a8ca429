"""Units of measurement: the surface lexicon the extractor matches, and pint conversions.

The extractor never imports pint. What a unit is called in running text comes from CLDR's unit
patterns through babel ("kilometres", "km²", "metric tons", "Quadratkilometer", "degrés
Celsius"), for the CLDR units news writes about (:data:`CLDR_UNITS`, mapped to pint's names), plus
a few newsroom spellings CLDR lacks ("sq km", "kph", "lbs"). That lexicon is built once and
cached as JSON (:mod:`claimcheck.language.lexcache`).

pint is imported only by :func:`registry`, on the first conversion, and one
:class:`pint.UnitRegistry` serves the whole process. It adds the few area and volume names pint
lacks ("square_kilometer", "cubic_meter") so every unit name a :class:`~claimcheck.model.Quantity`
carries is one pint understands.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from claimcheck.language.cldr import babel_version
from claimcheck.language.lexcache import cached_json
from claimcheck.language.text import base_language
from claimcheck.model import Quantity

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = [
    "CLDR_UNITS",
    "PINT_DEFINITIONS",
    "cldr_units",
    "dimensionality",
    "lexicon",
    "registry",
    "to_base",
]

#: The CLDR units news reports, with the pint unit name each becomes and, where the written
#: figure must be scaled to reach that unit, the factor (a decade is ten years: pint's own
#: "decade" is the logarithmic one).
CLDR_UNITS: dict[str, tuple[str, float]] = {
    "length-kilometer": ("kilometer", 1),
    "length-meter": ("meter", 1),
    "length-centimeter": ("centimeter", 1),
    "length-millimeter": ("millimeter", 1),
    "length-decimeter": ("decimeter", 1),
    "length-micrometer": ("micrometer", 1),
    "length-nanometer": ("nanometer", 1),
    "length-mile": ("mile", 1),
    "length-yard": ("yard", 1),
    "length-foot": ("foot", 1),
    "length-inch": ("inch", 1),
    "length-nautical-mile": ("nautical_mile", 1),
    "length-light-year": ("light_year", 1),
    "area-square-kilometer": ("square_kilometer", 1),
    "area-square-meter": ("square_meter", 1),
    "area-square-centimeter": ("square_centimeter", 1),
    "area-square-mile": ("square_mile", 1),
    "area-square-foot": ("square_foot", 1),
    "area-square-yard": ("square_yard", 1),
    "area-hectare": ("hectare", 1),
    "area-acre": ("acre", 1),
    "mass-gram": ("gram", 1),
    "mass-kilogram": ("kilogram", 1),
    "mass-milligram": ("milligram", 1),
    "mass-microgram": ("microgram", 1),
    "mass-tonne": ("metric_ton", 1),
    "mass-ton": ("ton", 1),
    "mass-pound": ("pound", 1),
    "mass-ounce": ("ounce", 1),
    "volume-liter": ("liter", 1),
    "volume-milliliter": ("milliliter", 1),
    "volume-centiliter": ("centiliter", 1),
    "volume-hectoliter": ("hectoliter", 1),
    "volume-megaliter": ("megaliter", 1),
    "volume-cubic-meter": ("cubic_meter", 1),
    "volume-cubic-kilometer": ("cubic_kilometer", 1),
    "volume-cubic-foot": ("cubic_foot", 1),
    "volume-gallon": ("gallon", 1),
    "volume-gallon-imperial": ("imperial_gallon", 1),
    "volume-barrel": ("oil_barrel", 1),
    "speed-kilometer-per-hour": ("kilometer_per_hour", 1),
    "speed-mile-per-hour": ("mile_per_hour", 1),
    "speed-meter-per-second": ("meter_per_second", 1),
    "speed-knot": ("knot", 1),
    "temperature-celsius": ("degree_Celsius", 1),
    "temperature-fahrenheit": ("degree_Fahrenheit", 1),
    "temperature-kelvin": ("kelvin", 1),
    "duration-second": ("second", 1),
    "duration-minute": ("minute", 1),
    "duration-hour": ("hour", 1),
    "duration-day": ("day", 1),
    "duration-week": ("week", 1),
    "duration-month": ("month", 1),
    "duration-year": ("year", 1),
    "duration-decade": ("year", 10),
    "duration-century": ("century", 1),
    "duration-millisecond": ("millisecond", 1),
    "power-watt": ("watt", 1),
    "power-kilowatt": ("kilowatt", 1),
    "power-megawatt": ("megawatt", 1),
    "power-gigawatt": ("gigawatt", 1),
    "power-horsepower": ("horsepower", 1),
    "energy-kilowatt-hour": ("kilowatt_hour", 1),
    "energy-joule": ("joule", 1),
    "energy-kilojoule": ("kilojoule", 1),
    "electric-volt": ("volt", 1),
    "frequency-hertz": ("hertz", 1),
    "frequency-kilohertz": ("kilohertz", 1),
    "frequency-megahertz": ("megahertz", 1),
    "frequency-gigahertz": ("gigahertz", 1),
    "digital-bit": ("bit", 1),
    "digital-byte": ("byte", 1),
    "digital-kilobit": ("kilobit", 1),
    "digital-megabit": ("megabit", 1),
    "digital-gigabit": ("gigabit", 1),
    "digital-terabit": ("terabit", 1),
    "digital-kilobyte": ("kilobyte", 1),
    "digital-megabyte": ("megabyte", 1),
    "digital-gigabyte": ("gigabyte", 1),
    "digital-terabyte": ("terabyte", 1),
    "digital-petabyte": ("petabyte", 1),
    "pressure-hectopascal": ("hectopascal", 1),
    "pressure-millibar": ("millibar", 1),
    "angle-degree": ("degree", 1),
    "angle-radian": ("radian", 1),
}

#: CLDR units whose pint name is not spelled like the CLDR id.
_CLDR_PINT_NAMES: dict[str, str] = {
    "pressure-inch-ofhg": "inch_Hg",
    "pressure-millimeter-ofhg": "millimeter_Hg",
    "mass-ounce-troy": "troy_ounce",
    "energy-foodcalorie": "kilocalorie",
    "energy-therm-us": "US_therm",
    "volume-pint-imperial": "imperial_pint",
    "volume-quart-imperial": "imperial_quart",
    "volume-fluid-ounce-imperial": "imperial_fluid_ounce",
    "torque-newton-meter": "newton * meter",
    "volume-cubic-mile": "mile ** 3",
}

#: CLDR units left out of running text: their names are ordinary words, brands or names
#: ("point", "quarter", "bar", "chain", "Tesla", "Siemens", "Henry"), or they are not
#: measurements of a story (typographic units, concentrations written as percents).
_CLDR_SKIP: frozenset[str] = frozenset(
    {
        "duration-quarter",
        "length-point",
        "graphics-dot",
        "graphics-em",
        "concentr-percent",
        "concentr-permille",
        "concentr-permyriad",
        "concentr-mole",
        "volume-pinch",
        "energy-gray",
        "electric-henry",
        "magnetic-tesla",
        "electric-siemens",
        "mass-slug",
        "length-chain",
        "volume-cup",
        "mass-grain",
        "angle-revolution",
        "pressure-bar",
        "pressure-atmosphere",
        "mass-dalton",
        "length-rod",
        "length-rin",
        "length-sun",
        "mass-fun",
        "duration-night",
    }
)

#: Names added to pint's default registry: products pint can parse but has no name for.
PINT_DEFINITIONS: tuple[str, ...] = (
    "square_meter = meter ** 2",
    "square_kilometer = kilometer ** 2",
    "square_centimeter = centimeter ** 2",
    "cubic_meter = meter ** 3",
    "cubic_kilometer = kilometer ** 3",
    "megawatt_hour = megawatt * hour",
    "gigawatt_hour = gigawatt * hour",
    "terawatt_hour = terawatt * hour",
)

#: Newsroom spellings CLDR does not list: surface -> (pint name, factor, category, folded).
#: ``folded`` surfaces match in any letter case; the others exactly as written.
_NEWSROOM: dict[str, dict[str, tuple[str, float, str, bool]]] = {
    "en": {
        "sq km": ("square_kilometer", 1, "area", True),
        "sq. km": ("square_kilometer", 1, "area", True),
        "sq km.": ("square_kilometer", 1, "area", True),
        "sqkm": ("square_kilometer", 1, "area", True),
        "km2": ("square_kilometer", 1, "area", False),
        "sq m": ("square_meter", 1, "area", True),
        "sqm": ("square_meter", 1, "area", True),
        "m2": ("square_meter", 1, "area", False),
        "sq ft": ("square_foot", 1, "area", True),
        "sq. ft.": ("square_foot", 1, "area", True),
        "sq mi": ("square_mile", 1, "area", True),
        "sq miles": ("square_mile", 1, "area", True),
        "square kilometres": ("square_kilometer", 1, "area", True),
        "kms": ("kilometer", 1, "length", False),
        "kilometres": ("kilometer", 1, "length", True),
        "metres": ("meter", 1, "length", True),
        "centimetres": ("centimeter", 1, "length", True),
        "millimetres": ("millimeter", 1, "length", True),
        "lbs": ("pound", 1, "mass", False),
        "lb.": ("pound", 1, "mass", False),
        "kgs": ("kilogram", 1, "mass", False),
        "kilo": ("kilogram", 1, "mass", True),
        "kilos": ("kilogram", 1, "mass", True),
        "kilogrammes": ("kilogram", 1, "mass", True),
        "gramme": ("gram", 1, "mass", True),
        "grammes": ("gram", 1, "mass", True),
        "microgrammes": ("microgram", 1, "mass", True),
        "mcg": ("microgram", 1, "mass", False),
        "µg": ("microgram", 1, "mass", False),
        "tonnes": ("metric_ton", 1, "mass", True),
        "tonne": ("metric_ton", 1, "mass", True),
        "metric tonnes": ("metric_ton", 1, "mass", True),
        "metric tonne": ("metric_ton", 1, "mass", True),
        "litres": ("liter", 1, "volume", True),
        "litre": ("liter", 1, "volume", True),
        "millilitres": ("milliliter", 1, "volume", True),
        "ml": ("milliliter", 1, "volume", False),
        "cubic metres": ("cubic_meter", 1, "volume", True),
        "m3": ("cubic_meter", 1, "volume", False),
        "bbl": ("oil_barrel", 1, "volume", False),
        "kph": ("kilometer_per_hour", 1, "speed", False),
        "kmph": ("kilometer_per_hour", 1, "speed", False),
        "kmh": ("kilometer_per_hour", 1, "speed", False),
        "km/hr": ("kilometer_per_hour", 1, "speed", False),
        "km per hour": ("kilometer_per_hour", 1, "speed", True),
        "kilometres an hour": ("kilometer_per_hour", 1, "speed", True),
        "kilometers an hour": ("kilometer_per_hour", 1, "speed", True),
        "kilometres per hour": ("kilometer_per_hour", 1, "speed", True),
        "miles an hour": ("mile_per_hour", 1, "speed", True),
        "mph": ("mile_per_hour", 1, "speed", False),
        "MPH": ("mile_per_hour", 1, "speed", False),
        "KPH": ("kilometer_per_hour", 1, "speed", False),
        "ºC": ("degree_Celsius", 1, "temperature", False),
        "° C": ("degree_Celsius", 1, "temperature", False),
        "degrees centigrade": ("degree_Celsius", 1, "temperature", True),
        "ºF": ("degree_Fahrenheit", 1, "temperature", False),
        "° F": ("degree_Fahrenheit", 1, "temperature", False),
        "hrs": ("hour", 1, "duration", False),
        "mins": ("minute", 1, "duration", False),
        "yrs": ("year", 1, "duration", False),
        "MWh": ("megawatt_hour", 1, "energy", False),
        "megawatt hours": ("megawatt_hour", 1, "energy", True),
        "megawatt-hours": ("megawatt_hour", 1, "energy", True),
        "GWh": ("gigawatt_hour", 1, "energy", False),
        "gigawatt hours": ("gigawatt_hour", 1, "energy", True),
        "TWh": ("terawatt_hour", 1, "energy", False),
        "kW": ("kilowatt", 1, "power", False),
        "Mbps": ("megabit / second", 1, "digital", False),
        # Byte sizes in lower case, as tokenized or informal text writes them ("100 mb");
        # "mb" near a pressure word is millibars (see the extractor).
        "mb": ("megabyte", 1, "digital", False),
        "gb": ("gigabyte", 1, "digital", False),
        "tb": ("terabyte", 1, "digital", False),
        "Gbps": ("gigabit / second", 1, "digital", False),
    },
    "de": {
        "qkm": ("square_kilometer", 1, "area", True),
        "km2": ("square_kilometer", 1, "area", False),
        "qm": ("square_meter", 1, "area", True),
        "m2": ("square_meter", 1, "area", False),
        "Stundenkilometer": ("kilometer_per_hour", 1, "speed", True),
        "Stundenkilometern": ("kilometer_per_hour", 1, "speed", True),
        "km/std": ("kilometer_per_hour", 1, "speed", True),
        "kg": ("kilogram", 1, "mass", False),
    },
    "fr": {
        "km2": ("square_kilometer", 1, "area", False),
        "m2": ("square_meter", 1, "area", False),
        "m3": ("cubic_meter", 1, "volume", False),
    },
}

#: Short forms CLDR gives that collide with words or with other units in running text.
_SKIP_SHORT = frozenset(
    {
        "in",
        "dec",
        "deg",
        "tn",
        "sm",
        "po",
        "nd",
        "s.",
        "m.",
        "déc.",
        "Mon.",
        "W",
        "T",
        "M",
        "J",
        "a",
        "an",
        "j",
        "c",
        "d",
        "h",
        "s",
        "w",
        "y",
        "L",
        "K",
        "b",
        "B",
        "kn",
        "″",
        "′",
        "#",
        "°",
        "sem.",
        "Tg.",
        "Std.",
        "sh tn",
        "mi",
        "mo",
        "min.",
        "ac",
        "pt",
        "qt",
        "g",
        "C",
        "V",
        "o",
        "ch",
        "al",
        "pi",
        "tc",
        "vg",
        "déc",
        "ly",
        "t",
        "Po",
        "To",
        "Lj",
    }
)

#: Long forms that are also common words of the language ("mille" is a thousand in French
#: and a mile in Canadian French).
_SKIP_LONG: dict[str, frozenset[str]] = {
    # "threw two stones": the weight is written in the singular ("lost 5 stone")
    "en": frozenset({"stones"}),
    "de": frozenset(),
    "fr": frozenset(
        {
            "mille",
            "milles",
            "mille carré",
            "milles carrés",
            "mille à l’heure",
            "milles à l’heure",
            "once",
            "livre",
            "livres",
        }
    ),
}

#: The written "m" is taken for metres only in context (it is also "million"); it stays in
#: the lexicon so the extractor can offer it.
_SCHEMA = "11"


def _category(cldr_id: str) -> str:
    return cldr_id.split("-", 1)[0]


@cache
def lexicon(language: str) -> dict[str, Any]:
    """The unit surfaces of a language: ``{"exact": {...}, "folded": {...}}``.

    Each maps a surface to ``[pint_name, factor, category]``; ``folded`` keys are lower case and
    match any letter case ("Kilometer", "kilometres"), ``exact`` keys match as written ("MB",
    "km²", "°C").
    """
    lang = base_language(language)
    key = f"{_SCHEMA}-babel{babel_version()}-pint{_pint_version()}"
    return cached_json(f"units-{lang}", key, lambda: _build(lang))


@cache
def _pint_version() -> str:
    """pint's version, from the name of its installed metadata folder (importing pint, or
    importlib.metadata's scan of every installed distribution, costs tens of milliseconds)."""
    spec = importlib.util.find_spec("pint")
    if spec is None or spec.origin is None:
        return "none"
    site = os.path.dirname(os.path.dirname(spec.origin))
    try:
        names = os.listdir(site)
    except OSError:
        return "unknown"
    for name in names:
        if name.lower().startswith("pint-") and name.endswith(".dist-info"):
            return name[5 : -len(".dist-info")]
    return "unknown"


def _build(lang: str) -> dict[str, Any]:
    from babel import Locale

    locales = {
        "en": ["en", "en_GB", "en_IN", "en_CA", "en_AU"],
        "de": ["de", "de_CH"],
        "fr": ["fr", "fr_CA"],
    }
    exact: dict[str, list[Any]] = {}
    folded: dict[str, list[Any]] = {}
    claims: dict[str, set[str]] = {}
    units = cldr_units()
    for ident in locales[lang]:
        patterns = Locale.parse(ident)._data["unit_patterns"]
        for cldr_id, (name, factor) in units.items():
            entry = [name, factor, _category(cldr_id)]
            for width, surface in _surfaces(patterns.get(cldr_id, {})):
                claims.setdefault(surface, set()).add(name)
                if width == "long":
                    if surface.lower() in _SKIP_LONG[lang]:
                        continue
                    for form in _inflections(lang, surface):
                        folded.setdefault(form.lower(), entry)
                elif surface not in _SKIP_SHORT and (
                    cldr_id in CLDR_UNITS or _short_form_ok(surface, name)
                ):
                    exact.setdefault(surface, entry)
    # A short form two units claim ("m" for minute, month and metre) is dropped, except the
    # metre's "m", which the extractor disambiguates.
    for surface, names in claims.items():
        if len(names) > 1 and surface in exact and surface != "m":
            del exact[surface]
    if "m" in exact:
        exact["m"] = ["meter", 1, "length"]
    for surface, (name, factor, category, is_folded) in _NEWSROOM.get(lang, {}).items():
        target = folded if is_folded else exact
        target[surface.lower() if is_folded else surface] = [name, factor, category]
    return {"exact": exact, "folded": folded}


def _surfaces(widths: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """A CLDR unit's written forms ("kilometres", "km") with the width they come from."""
    out = []
    for width, forms in widths.items():
        for count, pattern in forms.items():
            if count == "per" or "{0}" not in str(pattern):
                continue
            surface = str(pattern).replace("{0}", "").strip(" \u00a0\u202f")
            if surface:
                out.append((width, surface.replace("\u00a0", " ").replace("\u202f", " ")))
    return out


def _short_form_ok(surface: str, name: str) -> bool:
    """Whether a CLDR short form of a unit outside the curated list can be matched: not one
    that reads as a word or an initial ("st", "cd", "N"), nor one pint reads as another unit
    ("fth" is a fathom to CLDR, a femtotherm to pint)."""
    if len(surface) == 1 or (len(surface) <= 2 and surface.isalpha() and surface.islower()):
        return False
    ureg = registry()
    try:
        parsed = ureg.parse_units(surface)
    except Exception:  # pint does not know the form: nothing to disagree with
        return True
    try:
        return bool(abs(ureg.Quantity(1, parsed).to(name).magnitude - 1) < 1e-6)
    except Exception:  # another dimension
        return False


@cache
def cldr_units() -> dict[str, tuple[str, float]]:
    """Every CLDR unit pint knows, by CLDR id -> (pint name, factor): the curated
    :data:`CLDR_UNITS` first, then the rest of CLDR's units named as pint names them
    ("length-picometer" -> "picometer", "consumption-mile-per-gallon" -> "mile / gallon").
    Only run when the lexicon is built (pint is imported then)."""
    from babel import Locale

    ureg = registry()
    out = dict(CLDR_UNITS)
    for cldr_id in sorted(Locale.parse("en")._data["unit_patterns"]):
        if cldr_id in out or cldr_id in _CLDR_SKIP:
            continue
        rest = cldr_id.split("-", 1)[1]
        candidates = [_CLDR_PINT_NAMES.get(cldr_id, ""), rest.replace("-per-", " / ")]
        for name in candidates:
            name = name.replace("-", "_")
            if not name:
                continue
            try:
                ureg.Unit(name)
            except Exception:  # pint raises several error types for a name it lacks
                continue
            out[cldr_id] = (name, 1)
            break
    return out


#: Languages whose unit names take "-n" in the dative plural, and the endings that do
#: ("Kilometer" -> "Kilometern").
_DATIVE_PLURAL: dict[str, str] = {"de": r"(?:e|er|el)$"}


def _inflections(lang: str, surface: str) -> list[str]:
    """The long form as written plus the German dative plural ("Kilometern", "Jahren")."""
    out = [surface]
    rule = _DATIVE_PLURAL.get(lang)
    if rule and re.search(rule, surface) and " " not in surface:
        out.append(surface + "n")
    return out


# --------------------------------------------------------------------------------------------
# pint


@cache
def registry() -> pint.UnitRegistry:
    """The process's one pint registry (imported and built on first use)."""
    import pint

    ureg: pint.UnitRegistry = pint.UnitRegistry()
    for definition in PINT_DEFINITIONS:
        ureg.define(definition)
    pint.set_application_registry(ureg)
    return ureg


@cache
def _unit(name: str) -> Any:
    ureg = registry()
    try:
        return ureg.Unit(name)
    except Exception:  # pint raises several error types for an unknown or malformed name
        return None


def dimensionality(unit: str) -> str | None:
    """pint's dimensionality of a unit name ("[length]"), or ``None`` when pint does not know it."""
    u = _unit(unit)
    return None if u is None else str(u.dimensionality)


def to_base(q: Quantity) -> tuple[float | None, float | None, str] | None:
    """``q``'s low and high bounds in pint base units, with the dimensionality.

    ``None`` when the unit is unknown. Offset units (degrees Celsius) convert as absolute
    temperatures.
    """
    u = _unit(q.unit)
    if u is None:
        return None
    ureg = registry()

    def convert(x: float | None) -> float | None:
        if x is None:
            return None
        return float(ureg.Quantity(x, u).to_base_units().magnitude)

    point = q.qualifier in ("exact", "about")
    low = q.low if q.low is not None or not point else q.value
    high = q.high if q.high is not None or not point else q.value
    return convert(low), convert(high), str(u.dimensionality)
