"""Generated round trips for the numeric grammar: classes of text rendered by other libraries
(num2words' spell-out rules, CLDR's currency and unit patterns through babel) are read back to
the value they were rendered from, in English, German and French."""

from __future__ import annotations

from fractions import Fraction

import pytest
from babel.numbers import format_currency, format_decimal, get_currency_precision
from babel.units import format_unit
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.numbers.extractor import find_numeric
from claimcheck.extraction.quantities.units import cldr_units, lexicon
from claimcheck.language.cldr import tables

num2words = pytest.importorskip("num2words").num2words

LANGS = ("en", "de", "fr")
SENTENCE = {
    "en": "Officials said {} were affected.",
    "de": "Die Behörden sagten, {} seien betroffen.",
    "fr": "Les autorités ont dit que {} étaient touchés.",
}

settings.register_profile("grammar", max_examples=120, deadline=None)
settings.load_profile("grammar")


def _figures(text: str, lang: str, kind: str = "number") -> list[float | None]:
    return [m.value.value for m in find_numeric(text, lang) if m.kind == kind]


@given(n=st.integers(min_value=2, max_value=999_999_999), lang=st.sampled_from(LANGS))
def test_spelled_out_cardinals_round_trip(n: int, lang: str) -> None:
    """num2words' spelling of any cardinal ("six million, eighty thousand, one hundred and
    seventy", "zweihunderteins Millionen ...", "quatre-vingt-un") is read as one figure."""
    words = num2words(n, lang=lang)
    assert _figures(SENTENCE[lang].format(words), lang) == [n], words


@given(
    num=st.integers(min_value=2, max_value=19),
    den=st.integers(min_value=3, max_value=19),
    lang=st.sampled_from(("en", "fr")),
)
def test_spelled_out_fractions_round_trip(num: int, den: int, lang: str) -> None:
    """A cardinal numerator before a plural ordinal denominator ("seven twelfths", "sept
    douzièmes") is a fraction."""
    text = f"{num2words(num, lang=lang)} {num2words(den, lang=lang, to='ordinal')}s"
    found = [m.value.value for m in find_numeric(text, lang)]
    assert found == [pytest.approx(num / den)], text


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("one twenty-fifth", "en", 1 / 25),
        ("one hundred one thousand fifths", "en", 100 / 1005),
        ("eight thousand fifths", "en", 8000 / 5),
        ("ninety-five hundred fifths", "en", 9500 / 5),
        ("cent trente cinquièmes", "fr", 100 / 35),
        ("vingt et un cinquièmes", "fr", 21 / 5),
        ("vingt et trois cinquièmes", "fr", 20 + 3 / 5),
        ("deux mille centièmes", "fr", 2000 / 100),
        ("huit mille cinquièmes", "fr", 8000 / 5),
    ],
)
def test_compound_denominators(text: str, lang: str, value: float) -> None:
    """A tens or scale word right before the ordinal belongs to the denominator when a
    numerator is left; a "hundred" does not."""
    assert [m.value.value for m in find_numeric(text, lang)] == [pytest.approx(value)]


@given(
    whole=st.integers(min_value=0, max_value=99),
    frac=st.sampled_from([(1, 2), (1, 4), (3, 4), (4, 5), (2, 3), (5, 8)]),
    spaced=st.booleans(),
)
def test_signed_digit_fractions(whole: int, frac: tuple[int, int], spaced: bool) -> None:
    """A minus sign before a fraction or mixed number in digits negates all of it ("-4/5",
    "- 1 4/5"), fused or spaced at the start of a line."""
    a, b = frac
    figure = f"{whole} {a}/{b}" if whole else f"{a}/{b}"
    text = f"{'- ' if spaced else '-'}{figure}"
    assert _figures(text, "en") == [pytest.approx(-(whole + Fraction(a, b)))], text


def test_a_minus_between_figures_is_a_range() -> None:
    assert [(m.value.low, m.value.high) for m in find_numeric("10 - 12 people", "en")] == [(10, 12)]


@given(
    n=st.integers(min_value=1, max_value=9),
    scale=st.sampled_from(["hundred thousand", "thousand million", "hundred million"]),
)
def test_scale_word_without_article(n: int, scale: str) -> None:
    """ "hundred thousand dollars": a scale word opens a figure before a larger one."""
    factor = {"hundred thousand": 1e5, "thousand million": 1e9, "hundred million": 1e8}[scale]
    text = f"They paid {scale} dollars and {n} cents."
    money = [m.value.value for m in find_numeric(text, "en") if m.kind == "money"]
    assert money == [pytest.approx(factor + n / 100)]


@given(n=st.integers(min_value=2, max_value=999), lang=st.sampled_from(LANGS))
def test_scale_word_fused_to_digits(n: int, lang: str) -> None:
    """ "2millions", "3Milliarden": a scale word written fused to the digits."""
    word = {"en": "million", "de": "Millionen", "fr": "millions"}[lang]
    assert _figures(SENTENCE[lang].format(f"{n}{word}"), lang) == [n * 1e6]


def _dollar_codes() -> list[str]:
    symbols = tables("en")["currency"]["symbols"]
    return sorted(
        {c for s, codes in symbols.items() if "$" in s and len(codes) == 1 for c in codes}
    )


@given(
    code=st.sampled_from(_dollar_codes()),
    amount=st.integers(min_value=1, max_value=999),
    form=st.sampled_from(["{t}$", "{t} $", "{l} $", "{l}$"]),
)
def test_territory_dollars(code: str, amount: int, form: str) -> None:
    """A dollar sign with the territory's letters before it is that territory's dollar, in
    either case, fused or spaced ("HK$", "hk $")."""
    territory = code[:2]
    if territory.lower() in ("us",) and form.startswith("{l} "):
        return  # "gave us $5": a pronoun, not a territory
    sign = form.format(t=territory, l=territory.lower())
    text = f"The deal is worth {sign} {amount}.75 billion."
    money = [m.value for m in find_numeric(text, "en") if m.kind == "money"]
    assert [(v.value, v.currency) for v in money] == [(pytest.approx(amount * 1e9 + 75e7), code)]


@given(
    code=st.sampled_from(["USD", "EUR", "GBP", "JPY", "CHF", "INR", "HKD", "CAD"]),
    amount=st.decimals(min_value=1, max_value=99999, places=2, allow_nan=False),
    lang=st.sampled_from(LANGS),
)
def test_currency_names_round_trip(code: str, amount: object, lang: str) -> None:
    """CLDR's long currency format ("12.50 Hong Kong dollars", "12,50 Hongkong-Dollar",
    "12,50 dollars de Hong Kong") is money in that currency."""
    rendered = format_currency(amount, code, format_type="name", locale=lang)
    text = SENTENCE[lang].format(rendered)
    money = [m.value for m in find_numeric(text, lang) if m.kind == "money"]
    assert len(money) == 1, rendered
    rounded = round(float(str(amount)), get_currency_precision(code))
    assert money[0].value == pytest.approx(rounded), rendered
    assert money[0].currency in (code, None), rendered


#: Units the extractor reads only in context, by design: a bare "degrees" is a temperature
#: as often as an angle; a fused French "m" is a million as often as metres; "quarts" is a
#: fraction word in French; "Calories" (food) and "calories" share one folded spelling; the
#: German "Dram" is Armenia's currency; "kb" is CLDR's kilobit.
_CONTEXTUAL = {"angle-degree", "length-meter", "volume-quart", "volume-quart-imperial"}
_CONTEXTUAL |= {"energy-foodcalorie", "volume-dram", "digital-kilobit"}


def _unit_cases() -> list[tuple[str, str, str]]:
    out = []
    for cldr_id in sorted(cldr_units()):
        if cldr_id in _CONTEXTUAL:
            continue
        for lang in LANGS:
            for length in ("long", "short"):
                out.append((cldr_id, lang, length))
    return out


@pytest.mark.parametrize(("cldr_id", "lang", "length"), _unit_cases())
def test_cldr_units_round_trip(cldr_id: str, lang: str, length: str) -> None:
    """Every CLDR unit pint knows, written by CLDR's own pattern in each language and width
    the lexicon carries ("7 picometers", "7 Pikometer", "7 pm" is left out: a time), is read
    as a quantity in that pint unit."""
    name, factor = cldr_units()[cldr_id]
    try:
        rendered = format_unit(7, cldr_id, length=length, locale=lang)
    except Exception:  # CLDR has no pattern in this width
        pytest.skip("no CLDR pattern")
    surface = rendered.replace("7", "", 1).strip(" \u00a0\u202f")
    surface = surface.replace("\u00a0", " ").replace("\u202f", " ")
    lex = lexicon(lang)
    if (length == "short" and surface not in lex["exact"]) or (
        length == "long" and surface.lower() not in lex["folded"]
    ):
        pytest.skip("a form the lexicon leaves out on purpose (a word, an initial, a time)")
    text = SENTENCE[lang].format(rendered)
    found = [m.value for m in find_numeric(text, lang) if m.kind == "quantity"]
    assert [(q.unit, q.value) for q in found] == [(name, pytest.approx(7 * factor))], rendered


@given(
    value=st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False),
    lang=st.sampled_from(LANGS),
)
def test_decimals_with_narrow_spaces_and_units(value: object, lang: str) -> None:
    """CLDR separates a figure from its unit with a narrow no-break space in French and
    German; the unit still attaches ("7,5 km")."""
    figure = format_decimal(value, locale=lang)
    text = SENTENCE[lang].format(f"{figure}\u202fkm")
    found = [m.value for m in find_numeric(text, lang) if m.kind == "quantity"]
    assert [(q.unit, q.value) for q in found] == [
        ("kilometer", pytest.approx(float(str(value))))
    ], text


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ('He has a pen that is 10 " long.', "inch", 10),
        ("The fence is 6' tall.", "foot", 6),
        ("The centre is 6'10\" and quick.", "foot", 6 + 10 / 12),
        ("A pressure of 940 mb was measured in the hurricane.", "millibar", 940),
        ("The file is 100 mb.", "megabyte", 100),
    ],
)
def test_marks_and_informal_symbols(text: str, unit: str, value: float) -> None:
    found = [m.value for m in find_numeric(text, "en") if m.kind == "quantity"]
    assert [(q.unit, q.value) for q in found] == [(unit, pytest.approx(value))]


@pytest.mark.parametrize(
    "text",
    ['"We lost 10", he said.', 'I bought 3 "books" today.'],
)
def test_a_closing_quote_is_not_inches(text: str) -> None:
    assert not [m for m in find_numeric(text, "en") if m.kind == "quantity"]
