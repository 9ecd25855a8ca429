"""Words that turn a figure into a bound ("at least 26", "mehr als 70", "près de 200").

Qualifier vocabularies are not in CLDR, so the short lists live here, per language, with the
DESIGN.md qualifier each maps to. Longer phrases are listed before the phrases they contain
("no more than" before "more than").
"""

from __future__ import annotations

__all__ = ["POSTFIX", "PREFIX", "RANGE_CONNECTORS", "RANGE_OPENERS"]

#: Words before a figure -> qualifier.
PREFIX: dict[str, dict[str, str]] = {
    "en": {
        "less than or equal to": "at_most",
        "fewer than or equal to": "at_most",
        "equal to or less than": "at_most",
        "equal to or fewer than": "at_most",
        "greater than or equal to": "at_least",
        "more than or equal to": "at_least",
        "equal to or more than": "at_least",
        "equal to or greater than": "at_least",
        "no fewer than": "at_least",
        "no less than": "at_least",
        "not less than": "at_least",
        "not fewer than": "at_least",
        "at least": "at_least",
        "a minimum of": "at_least",
        "at a minimum": "at_least",
        "no more than": "at_most",
        "not more than": "at_most",
        "up to": "at_most",
        "as many as": "at_most",
        "as much as": "at_most",
        "at most": "at_most",
        "a maximum of": "at_most",
        "more than": "more_than",
        "over": "more_than",
        "just over": "more_than",
        "well over": "more_than",
        "upwards of": "more_than",
        "in excess of": "more_than",
        "above": "more_than",
        "exceeding": "more_than",
        "greater than": "more_than",
        "fewer than": "less_than",
        "less than": "less_than",
        "under": "less_than",
        "just under": "less_than",
        "below": "less_than",
        "about": "about",
        "around": "about",
        "roughly": "about",
        "approximately": "about",
        "approx.": "about",
        "nearly": "about",
        "almost": "about",
        "some": "about",
        "an estimated": "about",
        "estimated": "about",
        "close to": "about",
        "circa": "about",
        "an approximate": "about",
        "just about": "about",
    },
    "de": {
        "mindestens": "at_least",
        "wenigstens": "at_least",
        "zumindest": "at_least",
        "nicht weniger als": "at_least",
        "bis zu": "at_most",
        "höchstens": "at_most",
        "maximal": "at_most",
        "nicht mehr als": "at_most",
        "mehr als": "more_than",
        "über": "more_than",
        "ueber": "more_than",
        "weit über": "more_than",
        "knapp über": "more_than",
        "weniger als": "less_than",
        "unter": "less_than",
        "knapp unter": "less_than",
        "etwa": "about",
        "rund": "about",
        "ungefähr": "about",
        "circa": "about",
        "ca.": "about",
        "knapp": "about",
        "fast": "about",
        "beinahe": "about",
        "annähernd": "about",
        "an die": "about",
        "schätzungsweise": "about",
    },
    "fr": {
        "au moins": "at_least",
        "au minimum": "at_least",
        "pas moins de": "at_least",
        "jusqu'à": "at_most",
        "jusqu’à": "at_most",
        "au plus": "at_most",
        "au maximum": "at_most",
        "pas plus de": "at_most",
        "plus de": "more_than",
        "plus d'": "more_than",
        "plus d’": "more_than",
        "au-delà de": "more_than",
        "moins de": "less_than",
        "moins d'": "less_than",
        "moins d’": "less_than",
        "environ": "about",
        "près de": "about",
        "presque": "about",
        "quelque": "about",
        "autour de": "about",
        "à peu près": "about",
        "approximativement": "about",
        "quasiment": "about",
    },
}

#: Words after a figure -> qualifier ("50 or more", "200 or so").
POSTFIX: dict[str, dict[str, str]] = {
    "en": {
        "or more": "at_least",
        "or above": "at_least",
        "and above": "at_least",
        "and more": "at_least",
        "or over": "at_least",
        "or less": "at_most",
        "or fewer": "at_most",
        "or under": "at_most",
        "or so": "about",
        "-plus": "at_least",
        "+": "at_least",
    },
    "de": {"oder mehr": "at_least", "und mehr": "at_least", "oder weniger": "at_most"},
    "fr": {"ou plus": "at_least", "et plus": "at_least", "ou moins": "at_most"},
}

#: Words that open a closed range ("between 10 and 12").
RANGE_OPENERS: dict[str, tuple[str, str]] = {
    "en": ("between", "and"),
    "de": ("zwischen", "und"),
    "fr": ("entre", "et"),
}

#: Connectors of an open-coded range after the first figure ("10 to 12", "10 bis 12").
RANGE_CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": ("to", "through", "thru"),
    "de": ("bis",),
    "fr": ("à",),
}
