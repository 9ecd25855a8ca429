"""Generated runs of number words, punctuation, currency signs, dates and markup: the work
stays bounded by a linear baseline measured in the same test, and offsets stay exact."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.engine import Engine

from .linear_support import analyse, assert_offsets_exact, cpu_seconds, repeat_to

SIZE = 8_000

PIECES = st.sampled_from(
    [
        "one ",
        "twenty-one ",
        "thousand ",
        "hundred and ",
        "fifth ",
        "half ",
        "$1 ",
        "€2.5m ",
        "£",
        "5% ",
        "5 km ",
        "2020-03-01 ",
        "1-2 March 2020 ",
        "Tuesday ",
        ".",
        "!",
        "?",
        "...",
        " ",
        "\n",
        '"',
        "“",
        "[",
        "![",
        "](",
        "<a",
        "<!--",
        "`",
        "*",
        "Mr. ",
        "U.S. ",
        "Smith ",
    ]
)
UNITS = st.lists(PIECES, min_size=1, max_size=6).map("".join)


@pytest.fixture(scope="module")
def engine_and_rate() -> tuple[Engine, float]:
    """The engine, and the CPU seconds per character of its slowest linear pattern (a
    dense run of figures) measured on this machine, now."""
    eng = Engine()
    analyse(eng, "Warm up: 26 people, $3 billion, on 1 March 2020.")
    dense = cpu_seconds(eng, repeat_to("$1 5% one ", SIZE), runs=2)
    return eng, max(dense, 0.01) / SIZE


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(unit=UNITS, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_generated_runs_are_linear(
    engine_and_rate: tuple[Engine, float], unit: str, fmt: str
) -> None:
    engine, rate = engine_and_rate
    text = repeat_to(unit, SIZE)
    took = cpu_seconds(engine, text, fmt)
    # Linear work on any text is within a few times the densest pattern's; quadratic work
    # on 8,000 characters of these runs takes hundreds of times as long.
    assert took <= 20 * rate * SIZE, f"{unit!r} x {SIZE} ({fmt}): {took:.2f} s"
    assert_offsets_exact(analyse(engine, text, fmt))
