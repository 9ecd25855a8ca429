"""The pieces behind the numeric extractor: currency resolution, units and pint, CLDR-derived
tables, digit conventions, the on-disk table cache and lazy loading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.extraction.money.currencies import candidates, lookup, resolve_currency
from claimcheck.extraction.numbers.digits import parse_digits
from claimcheck.extraction.numbers.extractor import find_numeric
from claimcheck.extraction.quantities.units import (
    CLDR_UNITS,
    PINT_DEFINITIONS,
    dimensionality,
    lexicon,
    registry,
    to_base,
)
from claimcheck.language import cldr
from claimcheck.language.lexcache import cache_dir, cached_json
from claimcheck.model import Money, Quantity

# --------------------------------------------------------------------------------------------
# currencies


def _money(text: str, language: str = "en") -> Money:
    (m,) = [m for m in find_numeric(text, language) if m.kind == "money"]
    assert isinstance(m.value, Money)
    return m.value


@pytest.mark.parametrize(
    ("text", "language", "default", "currency", "assumed"),
    [
        ("Rs 3.5 crore", "en-PK", "USD", "PKR", True),
        ("Rs 3.5 crore", "en-IN", "USD", "INR", True),
        ("Rs 3.5 crore", "en", "USD", None, False),  # USD is not a rupee
        ("$5 million", "en", "USD", "USD", True),
        ("$5 million", "en-CA", "USD", "CAD", True),
        ("$5 million", "en-AU", None, "AUD", True),
        ("$5 million", "en", None, None, False),
        ("500 million rupees", "en-PK", "USD", "PKR", True),
        ("34 cents", "en", "USD", "USD", True),
        ("5 dollars", "fr-CA", "USD", "CAD", True),
    ],
)
def test_resolve_ambiguous_currency(
    text: str, language: str, default: str | None, currency: str | None, assumed: bool
) -> None:
    value = _money(text, language.split("-")[0])
    assert value.currency is None
    resolved = resolve_currency(value, language=language, outlet=None, default=default)
    assert resolved.currency == currency
    assert resolved.currency_assumed is assumed
    assert resolved.currency_text == value.currency_text


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        ("US$5 million", "en", "USD"),
        ("USD 5 million", "en", "USD"),
        ("€5 million", "en", "EUR"),
        ("£5 million", "en", "GBP"),
        ("PKR 5 million", "en", "PKR"),
        ("5 million yuan", "en", "CNY"),
        ("RMB 5 million", "en", "CNY"),
        ("5 million euros", "en", "EUR"),
        ("5 Millionen Euro", "de", "EUR"),
        ("5 millions d'euros", "fr", "EUR"),
        ("5 millions de livres sterling", "fr", "GBP"),
    ],
)
def test_unambiguous_currency_is_set_at_extraction(text: str, language: str, currency: str) -> None:
    value = _money(text, language)
    assert value.currency == currency
    assert value.currency_assumed is False
    # Resolution leaves a settled currency alone.
    assert resolve_currency(value, language="en-IN", outlet=None, default="USD") is value


def test_resolution_by_outlet_domain() -> None:
    value = _money("Rs 20 lakh")
    resolved = resolve_currency(
        value, language="en", outlet="https://www.dawn.com.pk/news", default="USD"
    )
    assert resolved.currency == "PKR"
    uk = resolve_currency(_money("$5m"), language="en", outlet="bbc.co.uk", default=None)
    assert uk.currency is None  # the pound is not a dollar


def test_currency_lookup_tables() -> None:
    assert lookup("€", "en").codes == ("EUR",)
    assert lookup("£", "en").certain
    assert not lookup("$", "en").certain
    assert "USD" in candidates("$", "en") and "CAD" in candidates("$", "en")
    assert {"PKR", "INR"} <= set(candidates("Rs", "en"))
    assert {"INR", "PKR", "LKR"} <= set(candidates("rupees", "en"))
    assert candidates("Pakistani rupees", "en") == ("PKR",)
    assert lookup("pence", "en").factor == 0.01
    assert candidates("no such money", "en") == ()


def test_words_colliding_with_iso_codes_are_not_currencies() -> None:
    # ALL is the Albanian lek and TRY the Turkish lira, but here they are words.
    assert [m.kind for m in find_numeric("All 70 of us went.")] == ["number"]
    assert [m.kind for m in find_numeric("ALL 5 solutions are wrong.")] == ["number"]
    assert [m.kind for m in find_numeric("We try 3 times.")] == ["number"]
    assert [m.kind for m in find_numeric("It sold for 500 TRY.")] == ["money"]


def test_pounds_is_weight_without_a_scale_word() -> None:
    kinds = [
        (m.kind, getattr(m.value, "unit", None)) for m in find_numeric("The baby weighs 7 pounds.")
    ]
    assert kinds == [("quantity", "pound")]
    assert _money("a 361 million pounds deal").currency_text == "pounds"


# --------------------------------------------------------------------------------------------
# units and pint


def test_every_unit_name_is_known_to_pint() -> None:
    names = {name for name, _ in CLDR_UNITS.values()}
    for lang in ("en", "de", "fr"):
        lex = lexicon(lang)
        names |= {entry[0] for table in (lex["exact"], lex["folded"]) for entry in table.values()}
    ureg = registry()
    unknown = []
    for name in sorted(names):
        try:
            ureg.Unit(name)
        except Exception:
            unknown.append(name)
    assert unknown == []


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("km", "kilometer"),
        ("sq km", "square_kilometer"),
        ("square kilometres", "square_kilometer"),
        ("tonnes", "metric_ton"),
        ("metric tons", "metric_ton"),
        ("km/h", "kilometer_per_hour"),
        ("mph", "mile_per_hour"),
        ("°C", "degree_Celsius"),
        ("hours", "hour"),
        ("days", "day"),
        ("years", "year"),
    ],
)
def test_unit_lexicon_surfaces(surface: str, name: str) -> None:
    lex = lexicon("en")
    entry = lex["exact"].get(surface) or lex["folded"].get(surface.lower())
    assert entry is not None and entry[0] == name


def test_lexicon_surfaces_agree_with_pint_where_pint_parses_them() -> None:
    """A surface pint itself understands ("km", "mph", "tonne") must mean the same unit."""
    ureg = registry()
    lex = lexicon("en")
    # pint's "barrel" is the 31.5-gallon US barrel; in the news a barrel is the oil barrel.
    # British CLDR writes the imperial gallon "gal.", which pint reads as the US gallon; pint
    # reads "kmph" (kilometres per hour in Indian English) as kilo-miles per hour.
    deliberate = {"bbl", "barrel", "barrels", "gal.", "kmph"}
    checked = 0
    for surface, (name, factor, _cat) in {**lex["exact"], **lex["folded"]}.items():
        if factor != 1 or " " in surface or surface in deliberate:
            continue
        try:
            parsed = ureg.parse_units(surface)
        except Exception:
            continue
        ours = ureg.Unit(name)
        if parsed.dimensionality != ours.dimensionality:
            continue  # "pt", "min" and the like mean something else to pint; ours were curated
        assert ureg.Quantity(1, parsed).to(ours).magnitude == pytest.approx(1, rel=1e-6), surface
        checked += 1
    assert checked >= 20


def test_to_base() -> None:
    q = Quantity(value=62, low=62, high=62, unit="kilometer")
    low, high, dim = to_base(q)  # type: ignore[misc]
    assert (low, high, dim) == (62000.0, 62000.0, "[length]")
    area = to_base(Quantity(value=2, low=2, high=2, unit="square_kilometer"))
    assert area is not None and area[0] == pytest.approx(2e6) and area[2] == "[length] ** 2"
    temp = to_base(Quantity(value=35, low=35, high=35, unit="degree_Celsius"))
    assert temp is not None and temp[0] == pytest.approx(308.15)
    open_ = to_base(Quantity(value=70, low=70, high=None, qualifier="more_than", unit="mile"))
    assert open_ is not None and open_[1] is None and open_[0] == pytest.approx(112654.08)
    assert to_base(Quantity(value=1, low=1, high=1, unit="no_such_unit")) is None
    assert dimensionality("hour") == "[time]"
    assert registry() is registry()


def test_decades_are_years() -> None:
    (m,) = find_numeric("two decades of war")
    assert isinstance(m.value, Quantity) and m.value.unit == "year" and m.value.value == 20


def test_pint_definitions_parse() -> None:
    ureg = registry()
    for definition in PINT_DEFINITIONS:
        name = definition.split("=")[0].strip()
        assert ureg.Unit(name).dimensionality


# --------------------------------------------------------------------------------------------
# CLDR-derived tables and digits


def test_cldr_tables() -> None:
    en, de, fr = cldr.tables("en"), cldr.tables("de"), cldr.tables("fr")
    assert (en["decimal"], en["group"]) == (".", ",")
    assert de["decimal"] == "," and fr["decimal"] == ","
    assert de["scales"]["Milliarden"][0] == 1e9
    assert de["scales"]["Billion"][0] == 1e12  # long scale
    assert fr["scales"]["billion"][0] == 1e12
    assert en["scales"]["billion"][0] == 1e9
    assert en["scales"]["L"][0] == 1e5 and en["scales"]["Cr"][0] == 1e7  # en_IN compact forms
    assert "November" in en["months"] and "novembre" in fr["months"]


@pytest.mark.parametrize(
    ("run", "lang", "values"),
    [
        ("1,234.5", "en", [1234.5]),
        ("1.234,5", "de", [1234.5]),
        ("1 234,5", "fr", [1234.5]),
        ("1\u202f234,5", "fr", [1234.5]),
        ("4.800", "en", [4.8]),
        ("4.800", "de", [4800]),
        ("12,34,567", "en", [1234567]),
        ("22,24,26", "en", [22, 24, 26]),
        ("1.111,11", "en", [1111.11]),
        ("5.00", "fr", [5.0]),
    ],
)
def test_digit_conventions(run: str, lang: str, values: list[float]) -> None:
    assert [d.value for d in parse_digits(run, lang)] == pytest.approx(values)


# --------------------------------------------------------------------------------------------
# caching and laziness


def test_cached_json_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    calls = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    assert cached_json("t", "v1", build) == {"a": 1}
    assert cached_json("t", "v1", build) == {"a": 1}
    assert len(calls) == 1
    (tmp_path / "t-v1.json").write_text("{not json", encoding="utf-8")
    assert cached_json("t", "v1", build) == {"a": 1}
    assert len(calls) == 2
    assert json.loads((tmp_path / "t-v1.json").read_text(encoding="utf-8")) == {"a": 1}


def test_cached_json_survives_an_unwritable_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker / "sub"))
    assert cached_json("t", "v1", lambda: [1, 2]) == [1, 2]
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", "")
    assert cache_dir() is None
    assert cached_json("t", "v1", lambda: [3]) == [3]


def _fresh_python(code: str, env_extra: dict[str, str]) -> str:
    env = {**os.environ, **env_extra}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return out.stdout.strip()


def test_import_is_light() -> None:
    code = (
        "import sys, claimcheck.extraction.numbers.extractor\n"
        "print(sorted(m for m in sys.modules if m == 'pint' or m.startswith(('pint.', 'babel'))))"
    )
    assert _fresh_python(code, {}) == "[]"


def test_extraction_with_warm_cache_loads_neither_pint_nor_babel(tmp_path: Path) -> None:
    env = {"CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    warm = "from claimcheck.extraction.numbers.extractor import find_numeric; find_numeric('$5m and 3 km', 'en')"
    _fresh_python(warm, env)
    code = (
        "import sys\n"
        "from claimcheck.extraction.numbers.extractor import find_numeric\n"
        "ms = find_numeric('Rs 3.5 crore, 62 sq km, 20% and 26 people', 'en')\n"
        "assert len(ms) == 4, ms\n"
        "print(sorted(m for m in sys.modules if m == 'pint' or m.startswith(('pint.', 'babel'))))"
    )
    assert _fresh_python(code, env) == "[]"
