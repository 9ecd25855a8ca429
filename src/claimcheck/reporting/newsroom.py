"""Values written as a newsroom writes them: "$4.5 billion", "about 1.2 million",
"12 kilometers", "20.5%", "Tuesday 4 March"; a quotation by who said it.

Number, currency, unit and date patterns come from CLDR through babel, in the document's
language where CLDR knows it (English otherwise), so nothing here is a hand-typed table. A year
is shown only when it differs from the year the document was published.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from claimcheck.model import DateValue, Money, Number, Percent, Quantity, Quote

__all__ = ["newsroom_value"]

#: From this magnitude on, "1.2 million" reads better than "1,200,000".
_COMPACT_FROM = 1_000_000
_QUALIFIERS = {
    "about": "about {}",
    "at_least": "at least {}",
    "more_than": "more than {}",
    "at_most": "at most {}",
    "less_than": "less than {}",
}


@lru_cache(maxsize=16)
def _locale(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


def _number(x: float, locale: Any) -> str:
    from babel.numbers import format_compact_decimal, format_decimal

    if abs(x) >= _COMPACT_FROM:
        return format_compact_decimal(x, format_type="long", locale=locale, fraction_digits=2)
    return format_decimal(x, locale=locale, decimal_quantization=False)


def _money(x: float, currency: str | None, locale: Any) -> str:
    from babel.numbers import get_currency_symbol

    amount = _number(x, locale)
    if currency is None:
        return f"{amount} (currency unknown)"
    symbol = get_currency_symbol(currency, locale=locale)
    return f"{symbol}{amount}" if len(symbol) == 1 else f"{symbol} {amount}"


def _quantity(x: float, unit: str, locale: Any) -> str:
    from babel.units import UnknownUnitError, format_unit

    try:
        return str(format_unit(x, unit, length="long", locale=locale))
    except (UnknownUnitError, ValueError, KeyError):
        return f"{_number(x, locale)} {unit.replace('_', ' ')}"


def _amount(value: Number, x: float, locale: Any) -> str:
    if isinstance(value, Money):
        return _money(x, value.currency, locale)
    if isinstance(value, Quantity):
        return _quantity(x, value.unit, locale)
    if isinstance(value, Percent):
        from babel.numbers import format_percent

        if value.points:
            return f"{_number(x, locale)} percentage points"
        return format_percent(x / 100, locale=locale, decimal_quantization=False)
    return _number(x, locale)


def _numeric(value: Number, locale: Any) -> str:
    if value.qualifier == "range" and value.low is not None and value.high is not None:
        return f"{_amount(value, value.low, locale)}\u2013{_amount(value, value.high, locale)}"
    x = (
        value.value
        if value.value is not None
        else (value.low if value.low is not None else value.high)
    )
    if x is None:
        return value.describe()
    text = _amount(value, x, locale)
    return _QUALIFIERS.get(value.qualifier, "{}").format(text)


def _date(value: DateValue, year: int | None, locale: Any) -> str:
    from babel.dates import format_date

    s, e = value.start, value.end
    if s is None or e is None:
        return value.describe()
    if s == e:
        pattern = "EEEE d MMMM" if s.year == year else "EEEE d MMMM y"
        return str(format_date(s, pattern, locale=locale))
    if value.granularity == "month" and (s.year, s.month) == (e.year, e.month):
        return str(format_date(s, "MMMM" if s.year == year else "MMMM y", locale=locale))
    if value.granularity == "year" and s.year == e.year:
        return str(s.year)
    return f"{format_date(s, 'd MMMM y', locale=locale)} \u2013 {format_date(e, 'd MMMM y', locale=locale)}"


def newsroom_value(value: Any, language: str = "en", published: dt.date | None = None) -> str:
    """``value`` as a reader would write it; other kinds as :meth:`describe` gives them."""
    locale = _locale(language or "en")
    if isinstance(value, Number):
        return _numeric(value, locale)
    if isinstance(value, DateValue):
        return _date(value, published.year if published else None, locale)
    if isinstance(value, Quote):  # the words are in the sentence already
        return f"said by {value.speaker}" if value.speaker else "speaker unknown"
    return str(value.describe())
