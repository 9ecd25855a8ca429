"""Holidays news names as dates ("Christmas", "Easter", "Thanksgiving"): their names, and
their day in a given year.

The days come from python-holidays (the Open World Holidays Framework), which computes every
rule (Easter by the Gregorian computus, "the fourth Thursday of November", fixed days); this
module only says which written names stand for which of its holidays, in which country's
calendar. Only holidays whose day does not depend on the country the story is set in are
named here (not "Independence Day" or "Labour Day"); the US ones are those US news means
("Thanksgiving", "Memorial Day").

A named day is written in the timex grammar (:mod:`claimcheck.normalization.dates`) as
``XXXX-@<key>`` when no year is written ("on Christmas Day") and ``2008-@<key>`` when one is
("Easter 2009"); :func:`named_day` gives its day in a year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

__all__ = ["NAMED_DAY_KEYS", "named_day", "named_day_forms", "named_day_key"]

#: key -> (country, category, the holiday's English name in python-holidays)
_HOLIDAYS: Mapping[str, tuple[str, str, str]] = MappingProxyType(
    {
        "christmas": ("US", "public", "Christmas Day"),
        "christmas_eve": ("US", "unofficial", "Christmas Eve"),
        "new_years_day": ("US", "public", "New Year's Day"),
        "new_years_eve": ("US", "unofficial", "New Year's Eve"),
        "easter": ("US", "unofficial", "Easter Sunday"),
        "good_friday": ("US", "unofficial", "Good Friday"),
        "easter_monday": ("FR", "public", "Easter Monday"),
        "boxing_day": ("GB", "public", "Boxing Day"),
        "thanksgiving": ("US", "public", "Thanksgiving Day"),
        "halloween": ("US", "unofficial", "Halloween"),
        "valentines_day": ("US", "unofficial", "Valentine's Day"),
        "st_patricks_day": ("US", "unofficial", "Saint Patrick's Day"),
        "labor_day": ("US", "public", "Labor Day"),
        "memorial_day": ("US", "public", "Memorial Day"),
        "mlk_day": ("US", "public", "Martin Luther King Jr. Day"),
        "presidents_day": ("US", "public", "Washington's Birthday"),
        "columbus_day": ("US", "public", "Columbus Day"),
        "veterans_day": ("US", "public", "Veterans Day"),
        "mothers_day": ("US", "unofficial", "Mother's Day"),
        "fathers_day": ("US", "unofficial", "Father's Day"),
    }
)

#: Every key a timex may carry after ``@``.
NAMED_DAY_KEYS = frozenset(_HOLIDAYS)

#: English names as written -> key (an apostrophe may also be written ’ or left out).
_ENGLISH: Mapping[str, str] = MappingProxyType(
    {
        "Christmas": "christmas",
        "Christmas Day": "christmas",
        "Christmas Eve": "christmas_eve",
        "New Year's Day": "new_years_day",
        "New Year's Eve": "new_years_eve",
        "Easter": "easter",
        "Easter Sunday": "easter",
        "Good Friday": "good_friday",
        "Easter Monday": "easter_monday",
        "Boxing Day": "boxing_day",
        "Thanksgiving": "thanksgiving",
        "Thanksgiving Day": "thanksgiving",
        "Halloween": "halloween",
        "Valentine's Day": "valentines_day",
        "St. Patrick's Day": "st_patricks_day",
        "Saint Patrick's Day": "st_patricks_day",
        "Labor Day": "labor_day",
        "Memorial Day": "memorial_day",
        "Martin Luther King Day": "mlk_day",
        "Martin Luther King Jr. Day": "mlk_day",
        "Presidents' Day": "presidents_day",
        "Presidents Day": "presidents_day",
        "Washington's Birthday": "presidents_day",
        "Columbus Day": "columbus_day",
        "Veterans Day": "veterans_day",
        "Veterans' Day": "veterans_day",
        "Mother's Day": "mothers_day",
        "Father's Day": "fathers_day",
    }
)

_FORMS: Mapping[str, Mapping[str, str]] = MappingProxyType({"en": _ENGLISH})


def _variants(form: str) -> set[str]:
    """A name as written, with a curly apostrophe, and without its apostrophe."""
    return {form, form.replace("'", "’"), form.replace("'", "")}


@cache
def _forms(language: str) -> Mapping[str, str]:
    out: dict[str, str] = {}
    for form, key in _FORMS.get(language, {}).items():
        for variant in _variants(form):
            out[variant] = key
    return MappingProxyType(out)


def named_day_forms(language: str) -> tuple[str, ...]:
    """The names of holidays in ``language`` as written, longest first."""
    return tuple(sorted(_forms(language), key=lambda f: (-len(f), f)))


def named_day_key(language: str, written: str) -> str | None:
    """The key of a holiday's name as written ("Christmas Day" -> ``christmas``)."""
    key = _forms(language).get(" ".join(written.split()))
    if key is None:  # "christmas day", "Christmas day": the name in any case
        folded = " ".join(written.split()).casefold()
        key = next((k for f, k in _forms(language).items() if f.casefold() == folded), None)
    return key


@cache
def _calendar(country: str, category: str, year: int) -> Mapping[str, dt.date]:
    """A country's holidays of one category in one year, by English name."""
    import holidays

    table = holidays.country_holidays(country, years=year, categories=(category,), language="en_US")
    return MappingProxyType({str(name): day for day, name in sorted(table.items())})


def named_day(key: str, year: int) -> dt.date | None:
    """The day of the holiday ``key`` in ``year``; ``None`` for an unknown key, or a year the
    holiday is not kept in (Martin Luther King Jr. Day before 1986)."""
    entry = _HOLIDAYS.get(key)
    if entry is None or not 1 <= year <= 9999:
        return None
    country, category, name = entry
    try:
        return _calendar(country, category, year).get(name)
    except (NotImplementedError, ValueError, KeyError):
        return None
