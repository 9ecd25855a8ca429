"""Recognizers-Text Number and NumberWithUnit conformance for claimcheck's numeric normalizer.

Adapter for ``eval/conformance.py``: :func:`check_case` judges one RT case, :func:`case_reason`
says why a case is out of scope. Models: ``NumberModel`` (English, German, French),
``NumberRangeModel`` and ``PercentModel`` (English), ``CurrencyModel`` (English, German,
French) and ``DimensionModel`` (English).

How a case is judged
    Every case goes through the public extraction path (``conformance.extract_mentions``).
    A case with expected results passes when each in-scope expected result is matched by an
    extracted mention whose span overlaps the expected one (RT's ``End`` is inclusive) and whose
    normalized value is the same (relative tolerance 1e-9):

    * ``NumberModel``: a ``number``, ``money``, ``quantity`` or ``percent`` mention whose value
      (or, for a range, one of its ends) is RT's value -- RT's number model reads the figure
      inside "$20" or "29km" too;
    * ``PercentModel``: a ``percent`` mention with RT's value;
    * ``NumberRangeModel``: a mention whose bounds are RT's interval ends, with the qualifier
      the brackets mean ("(30," more than, "[30," at least, ",100]" at most, ",170)" less
      than). RT's ranges are half-open ("between 20 and 30" is ``[20,30)``); news means the
      closed range, so only the ends are compared;
    * ``CurrencyModel``: a ``money`` mention with RT's amount (sub-units such as "34 cents" are
      compared in the main unit, 0.34) and a compatible currency: RT's ``isoCurrency`` when it
      gives one; for a bare "Dollar", "Pound" or "Franc" (RT leaves the ISO code out because the
      symbol is ambiguous) either no currency, an assumed one, or one of that name;
    * ``DimensionModel``: a ``quantity`` mention with RT's value in the pint unit RT's unit
      names (RT's "Ton" accepts pint's ``ton`` and ``metric_ton``, "Barrel" the oil barrel).
      Times and temperatures are quantities in claimcheck but separate models in RT, so they
      are ignored here.

    A case with no expected results passes when no mention of the model's kind is extracted
    (``number`` for the number model, a bounded or ranged figure for the range model,
    ``percent``, ``money``, or a length/area/mass/volume/speed/information/angle
    ``quantity``).

Out of scope, by category of the expected result (reason names as counted by the runner)
    ``power``
        scientific and power notation ("1e10", "1.1^23", "-2500^-1"): not newsroom style.
    ``ratio``
        "1 over 3", "one out of three", "1 in twenty-one", "un sur trois", "deux mille sur
        trois": RT reads a ratio as one fraction; in news the parts are counts ("one in three
        voters") and claimcheck keeps them as separate figures.
    ``article``
        an indefinite article alone read as the number one ("Das Wort Ein", "un vent glacial",
        "einer Arbeiterfamilie"): claimcheck never reads an article as a figure. Only that
        expected result is dropped; the rest of the case is still checked.
    ``identifier``
        numbers inside IP addresses, phone numbers and digit dates ("192.168.1.2",
        "+1-222-2222/2222", "17/05/2018"): not figures of a story.
    ``si-prefix``
        "10G" read as 1e10: in news "10g" is ten grams and "5G" a network standard.
    ``scale-once-range``
        "100 bis 300 Milliarden": RT reads the first end unscaled; claimcheck applies a scale
        word written once to both ends, as news means it (normalization.md).
    ``chat-form``
        forms with no news reading: "percent of 10", "per cent of twenty-two" (reversed
        percent), "one dollar and one", "15 dollars 50", "17 USD 25" (a bare number after the
        amount as its cents), "dollar 22.5 million" (the currency word before the amount), "3
        cents" for 300 in French (collides with the sub-unit).
    ``ordinal-range``
        a range of ranks ("between the tenth and the fifteenth"): claimcheck reads ordinals as
        ranks, not as bounds of a quantity.
    ``comparison``
        symbolic or compound comparisons in the range model ("x>10", "< = 100", "=<30", "more
        than 100 and less than 300", "at most 100 and at least 20", "bigger or equal than",
        "less than 5000 or equal", "200 or greater than 190"): query language, not news; news
        writes "between 100 and 300".
    ``change``
        "from 200 to 300", "from one thousand to one thousand and five hundred" read as a range:
        in news "from X to Y" is a change between two values.
    ``lowercase-symbol``
        lower-cased Penn Treebank tokens ("c $ 16.4 million" for C$): in lower case the letter
        of a dollar symbol cannot be told from an article ("a $5 deal").
    ``crypto``
        bitcoin amounts: no ISO 4217 code, and DESIGN.md money values carry ISO codes.
    ``kitchen``
        cups, tablespoons and teaspoons: recipe measures; "cup" is a trophy in sports news.
    ``no-value``
        expected results without a value (a currency or unit name alone, "the % of"): not an
        amount. Only that expected result is dropped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

__all__ = ["MODELS", "case_reason", "check_case", "result_reason"]

MODELS = ("NumberModel", "NumberRangeModel", "PercentModel", "CurrencyModel", "DimensionModel")

_POWER = re.compile(r"\d\s*[eE][+-]?\d|\^")
_RATIO = re.compile(r"(?i)\b(?:over|out\s+of|in)\b\s+\S|\bsur\b", re.UNICODE)
_ARTICLE = re.compile(r"(?i)^(?:ein|eine|einer|einen|einem|eines|un|une)$")
_IDENTIFIER_INPUT = re.compile(r"\d+\.\d+\.\d+\.\d+|\+\d[\d-]*/\d|\b\d{1,2}/\d{1,2}/\d{4}\b")
_SI_PREFIX = re.compile(r"^\d+(?:[.,]\d+)?\s*[gG]$")
_REVERSED_PERCENT = re.compile(r"(?i)^(?:per\s*cent|percent)\s+of\b")
#: A bare number after the amount as its cents ("15 dollars 50", "one dollar and one", "17 USD
#: 25"), or the currency word before the amount ("dollar 22.5 million").
_CHAT_CURRENCY = re.compile(
    r"(?i)\b(?:dollars?|usd)\s+(?:and\s+|und\s+|et\s+)?(?:\d+|one|two|fifty)\s*$"
    r"|\bdollars?\s+(?:and|und|et)\s+\w+$|^(?:dollar|usd)\s+\d"
)
_FRENCH_HUNDREDS = re.compile(r"(?i)\b\d+\s+cents?\b")
_COMPARISON = re.compile(
    r"[<>=]|(?i:\b(?:and|or|but)\b.*\b(?:than|least|most|above|below|over|under)\b|"
    r"\bbigger\s+or\s+equal\b|\bor\s+equal\s*$|\bor\s+greater\s+than\b)"
)
_ORDINAL_RANGE = re.compile(r"(?i)\b(?:tenth|fifteenth|first|second|third|\w+th)\b.*\b\w+th\b")
_CHANGE = re.compile(r"(?i)^from\s+.+\s+to\s+")
_LOWER_SYMBOL = re.compile(r"(?:^|\s)[a-z]\s\$|\$\s[a-z]$")
_CRYPTO = re.compile(r"(?i)bitcoin|btc|₿")
_KITCHEN = frozenset({"Cup", "Tablespoon", "Teaspoon"})


def _text_of(case: dict[str, Any], result: dict[str, Any]) -> str:
    start, end = _span(result)
    if start is None or end is None:
        return str(result.get("Text", ""))
    return case["Input"][start:end]


def _span(result: dict[str, Any]) -> tuple[int | None, int | None]:
    start = result.get("Start")
    end = result.get("End")
    res = result.get("Resolution") or {}
    if start is None:
        start = res.get("Start")
    if end is None:
        end = res.get("End")
    if start is None or end is None:
        return None, None
    return int(start), int(end) + 1


def _value(raw: Any) -> float | None:
    if raw is None or raw == "null":
        return None
    s = str(raw).strip().rstrip("%")
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def result_reason(
    case: dict[str, Any], result: dict[str, Any], model: str, language: str
) -> str | None:
    """Why one expected result is out of scope (``None`` when it is in scope)."""
    text = _text_of(case, result)
    res = result.get("Resolution") or {}
    inp = case.get("Input", "")
    if model == "NumberRangeModel":
        if _COMPARISON.search(text):
            return "comparison"
        if _ORDINAL_RANGE.search(text):
            return "ordinal-range"
        if _CHANGE.search(text):
            return "change"
        return None
    if res.get("value") is None or res.get("value") == "null":
        return "no-value"
    if _POWER.search(text):
        return "power"
    if model == "NumberModel":
        if _ARTICLE.match(text.strip()):
            return "article"
        if _RATIO.search(text):
            return "ratio"
        if _IDENTIFIER_INPUT.search(inp):
            return "identifier"
        if _SI_PREFIX.match(text.strip()):
            return "si-prefix"
        if language == "fr" and _FRENCH_HUNDREDS.search(text):
            return "chat-form"
        after = inp[_span(result)[1] or 0 :]
        if (
            re.match(r"\s+(?:bis|to|à)\s+\d+\s+\w+", after)
            and result.get("Text", "").strip().isdigit()
        ):
            nxt = re.match(r"\s+(?:bis|to|à)\s+\d+\s+(\w+)", after)
            if nxt and nxt.group(1).lower().rstrip("sn") in (
                "milliarde",
                "million",
                "billion",
                "millier",
                "milliard",
                "mrd",
            ):
                return "scale-once-range"
    if model == "PercentModel" and _REVERSED_PERCENT.match(text):
        return "chat-form"
    if model == "CurrencyModel":
        if _CRYPTO.search(text) or "Bitcoin" in str(res.get("unit", "")):
            return "crypto"
        if _LOWER_SYMBOL.search(text):
            return "lowercase-symbol"
        if _CHAT_CURRENCY.search(text):
            return "chat-form"
    if model == "DimensionModel" and res.get("unit") in _KITCHEN:
        return "kitchen"
    return None


def case_reason(case: dict[str, Any], language: str, model: str) -> str | None:
    """Why a case is out of scope, or ``None`` when it is in scope."""
    if model not in MODELS:
        return "model not handled here"
    results = case.get("Results") or []
    if not results:
        return None
    reasons = [result_reason(case, r, model, language) for r in results]
    if all(reasons):
        return sorted(set(r for r in reasons if r))[0]
    return None


# --------------------------------------------------------------------------------------------
# matching


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _extract(text: str, language: str) -> list[Any]:
    from conformance import extract_mentions

    return extract_mentions(text, language)


def _overlaps(m: Any, start: int | None, end: int | None) -> bool:
    if start is None or end is None:
        return True
    return m.start < end and m.end > start


def _number_values(v: Any) -> list[float]:
    vals = [getattr(v, "value", None)]
    if getattr(v, "qualifier", None) == "range":
        vals += [v.low, v.high]
    return [x for x in vals if x is not None]


def _match_number(result: dict[str, Any], found: Iterable[Any]) -> bool:
    want = _value((result.get("Resolution") or {}).get("value"))
    start, end = _span(result)
    for m in found:
        if m.kind not in ("number", "money", "quantity", "percent") or not _overlaps(m, start, end):
            continue
        if any(_close(x, want) for x in _number_values(m.value)):
            return True
    return False


def _match_percent(result: dict[str, Any], found: Iterable[Any]) -> bool:
    want = _value((result.get("Resolution") or {}).get("value"))
    start, end = _span(result)
    return any(
        m.kind == "percent"
        and _overlaps(m, start, end)
        and any(_close(x, want) for x in _number_values(m.value))
        for m in found
    )


_INTERVAL = re.compile(r"^([\[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])$")


def _match_range(result: dict[str, Any], found: Iterable[Any]) -> bool:
    raw = str((result.get("Resolution") or {}).get("value", ""))
    m_int = _INTERVAL.match(raw)
    if not m_int:
        return False
    left, a_s, b_s, right = m_int.groups()
    a = _value(a_s) if a_s else None
    b = _value(b_s) if b_s else None
    start, end = _span(result)
    for m in found:
        if m.kind not in ("number", "money", "quantity", "percent") or not _overlaps(m, start, end):
            continue
        v = m.value
        q = v.qualifier
        if a is not None and b is not None:
            if _close(a, b):
                if q in ("exact", "about") and _close(v.value, a):
                    return True
            elif q == "range" and _close(v.low, a) and _close(v.high, b):
                return True
        elif a is not None:
            if q == ("more_than" if left == "(" else "at_least") and _close(v.low, a):
                return True
        elif b is not None:
            if q == ("less_than" if right == ")" else "at_most") and _close(v.high, b):
                return True
    return False


#: RT's currency unit names without an ISO code that name one currency anyway.
_RT_UNIT_ISO = {
    "united states dollar": "USD",
    "dollar états-unis": "USD",
    "dollar canadien": "CAD",
    "canadian dollar": "CAD",
    "yen japonais": "JPY",
    "japanese yen": "JPY",
    "euro": "EUR",
    "indian rupee": "INR",
    "roupie indienne": "INR",
    "netherlands guilder": "NLG",
    "chinese yuan": "CNY",
}
#: RT's generic unit names -> the word a currency's English name must contain.
_RT_GENERIC = {
    "dollar": "dollar",
    "pound": "pound",
    "livre": "pound",
    "franc": "franc",
    "rupee": "rupee",
    "yen": "yen",
}
_SUBUNIT = frozenset({"cent", "pence", "centimes", "pesewa"})


@cache
def _currency_name(code: str) -> str:
    from babel.numbers import get_currency_name

    return str(get_currency_name(code, locale="en")).lower()


def _currency_ok(result: dict[str, Any], money: Any) -> bool:
    res = result.get("Resolution") or {}
    iso = res.get("isoCurrency")
    unit = str(res.get("unit", "")).lower()
    if not iso:
        iso = _RT_UNIT_ISO.get(unit)
    if iso:
        return money.currency == iso
    if unit in _SUBUNIT:
        return True
    word = _RT_GENERIC.get(unit)
    if money.currency is None or getattr(money, "currency_assumed", False):
        return True
    return bool(word) and word in _currency_name(money.currency)


def _match_currency(result: dict[str, Any], found: Iterable[Any]) -> bool:
    res = result.get("Resolution") or {}
    want = _value(res.get("value"))
    if want is None:
        return False
    if str(res.get("unit", "")).lower() in _SUBUNIT:
        want = want / 100
    start, end = _span(result)
    return any(
        m.kind == "money"
        and _overlaps(m, start, end)
        and any(_close(x, want) for x in _number_values(m.value))
        and _currency_ok(result, m.value)
        for m in found
    )


#: RT dimension unit names -> the pint names that count as the same unit.
_RT_DIMENSION = {
    "ton": {"ton", "metric_ton"},
    "barrel": {"oil_barrel", "barrel"},
    "gallon": {"gallon", "imperial_gallon"},
    "pound": {"pound"},
    "degree": {"degree"},
}
_NOT_DIMENSION = ("[time]", "[temperature]")


def _pint_names(rt_unit: str) -> set[str]:
    u = rt_unit.strip().lower()
    if u in _RT_DIMENSION:
        return _RT_DIMENSION[u]
    name = u.replace(" ", "_")
    out = {name}
    if "_per_" in name:
        a, b = name.split("_per_", 1)
        out.add(f"{a} / {b}")
    return out


def _is_dimension(unit: str) -> bool:
    from claimcheck.extraction.quantities.units import dimensionality

    dim = dimensionality(unit)
    if dim is None:
        return True
    return not any(d == dim for d in _NOT_DIMENSION)


def _match_dimension(result: dict[str, Any], found: Iterable[Any]) -> bool:
    res = result.get("Resolution") or {}
    want = _value(res.get("value"))
    names = _pint_names(str(res.get("unit", "")))
    start, end = _span(result)
    return any(
        m.kind == "quantity"
        and _overlaps(m, start, end)
        and m.value.unit in names
        and any(_close(x, want) for x in _number_values(m.value))
        for m in found
    )


_BOUNDS = frozenset({"range", "more_than", "less_than", "at_least", "at_most"})


def _nothing_of_kind(model: str, found: Iterable[Any]) -> bool:
    for m in found:
        if model == "NumberModel" and m.kind == "number":
            return False
        if (
            model == "NumberRangeModel"
            and m.kind in ("number", "money", "quantity", "percent")
            and m.value.qualifier in _BOUNDS
        ):
            return False
        if model == "PercentModel" and m.kind == "percent":
            return False
        if model == "CurrencyModel" and m.kind == "money":
            return False
        if model == "DimensionModel" and m.kind == "quantity" and _is_dimension(m.value.unit):
            return False
    return True


_MATCHERS = {
    "NumberModel": _match_number,
    "NumberRangeModel": _match_range,
    "PercentModel": _match_percent,
    "CurrencyModel": _match_currency,
    "DimensionModel": _match_dimension,
}


def check_case(case: dict[str, Any], language: str, model: str) -> bool | None:
    """Does claimcheck agree with one RT case? ``None`` when the case is out of scope."""
    if model not in MODELS:
        return None
    lang = {"english": "en", "german": "de", "french": "fr"}.get(
        language.lower(), language[:2].lower()
    )
    results = case.get("Results") or []
    text = case.get("Input", "")
    if not results:
        return _nothing_of_kind(model, _extract(text, lang))
    expected = [r for r in results if result_reason(case, r, model, lang) is None]
    if not expected:
        return None
    found = _extract(text, lang)
    matcher = _MATCHERS[model]
    return all(matcher(r, found) for r in expected)
