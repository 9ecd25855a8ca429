"""Analysis time grows linearly with the size of the input, whatever the text.

Each pathological pattern (the kinds of text that once took time quadratic in their length:
runs of number words or punctuation, dense figures, unclosed markup, prose without sentence
punctuation, one long line) is analysed at two sizes eight times apart. Linear work takes
about eight times as long; quadratic work 64 times. The bound allowed, 24 times, is set
against the small size measured in the same test, never against a fixed wall-clock time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.engine import Engine

from .linear_support import analyse, assert_offsets_exact, cpu_seconds, repeat_to

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SMALL = 2_000
GROWTH = 8
#: Allowed growth of the time for GROWTH times the text: GROWTH ** 1.5, twice what linear
#: work needs and well under quadratic (GROWTH ** 2).
ALLOWED = 24.0


def _prose() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(SEEDS.glob("*.txt")))


def _no_punctuation(size: int) -> str:
    words = [w.strip(".!?;:,\"“”'()") for w in _prose().split()]
    return repeat_to(" ".join(w.lower() for w in words if w) + " ", size)


def _unmatched_quote(size: int) -> str:
    body = _prose().replace('"', "").replace("“", "").replace("”", "")
    return '"' + repeat_to(body + "\n\n", size - 1)


def _one_line(size: int) -> str:
    return repeat_to(" ".join(_prose().split()) + " ", size)


PATTERNS = {
    "number-words": ("text", lambda n: repeat_to("one ", n)),
    "mixed-number-words": ("text", lambda n: repeat_to("twenty-one thousand three hundred ", n)),
    "punctuation-runs": ("text", lambda n: repeat_to("." * 40 + "!" * 40 + "?" * 40, n)),
    "money": ("text", lambda n: repeat_to("$1 ", n)),
    "iso-dates": ("text", lambda n: repeat_to("2020-03-01 ", n)),
    "date-ranges": ("text", lambda n: repeat_to("1-2 March 2020 ", n)),
    "units": ("text", lambda n: repeat_to("5 km ", n)),
    "percents": ("text", lambda n: repeat_to("5% ", n)),
    "markdown-brackets": ("markdown", lambda n: repeat_to("[![", n)),
    "markdown-open-bracket": ("markdown", lambda n: repeat_to("[", n)),
    "markdown-unclosed-comment": ("markdown", lambda n: repeat_to("<!-- a ", n)),
    "html-open-tags": ("html", lambda n: repeat_to("<a", n)),
    "html-quoted-attributes": ("html", lambda n: repeat_to("<a b='>'", n)),
    "unmatched-quote": ("text", _unmatched_quote),
    "no-punctuation": ("text", _no_punctuation),
    "one-long-line": ("text", _one_line),
    "letters-and-dots": ("text", lambda n: '"' + repeat_to("a.", n - 1)),
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    eng = Engine()
    analyse(eng, _prose()[:3000])  # load what the first analysis loads lazily
    return eng


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_time_grows_linearly(engine: Engine, name: str) -> None:
    fmt, build = PATTERNS[name]
    small = cpu_seconds(engine, build(SMALL), fmt, runs=3)
    large = cpu_seconds(engine, build(SMALL * GROWTH), fmt)
    floor = 0.01  # below this the small run is timer noise, not a baseline
    assert large <= ALLOWED * max(small, floor), (
        f"{name}: {SMALL * GROWTH} characters took {large:.3f} s, "
        f"{large / max(small, floor):.0f} times {SMALL} ({small:.3f} s)"
    )


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_offsets_stay_exact(engine: Engine, name: str) -> None:
    fmt, build = PATTERNS[name]
    assert_offsets_exact(analyse(engine, build(SMALL * 2), fmt))
