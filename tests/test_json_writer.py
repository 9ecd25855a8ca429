"""The indented JSON writer writes exactly the text of ``json.dumps(..., indent=2)``."""

from __future__ import annotations

import enum
import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.reporting.jsontext import dumps_indented

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=6)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.text(), inner, max_size=6)
    ),
    max_leaves=60,
)


def _stdlib(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


@settings(max_examples=400)
@given(_JSON)
def test_same_text_as_the_standard_library(data: Any) -> None:
    assert dumps_indented(data) == _stdlib(data)


class Kind(str, enum.Enum):
    NUMBER = "number"


class Count(int):
    pass


@pytest.mark.parametrize(
    "data",
    [
        {1: "int key", 2.5: "float key", False: "bool key", None: "null key"},
        {"kind": Kind.NUMBER, "n": Count(3)},
        [math.inf, -math.inf, math.nan, 1e16, 1e-7, -0.0, 10**30],
        {"text": 'quotes " and \\ and \n and \u2028 and \x00 and é and 😀'},
        {"nested": {"empty": {}, "list": [], "deep": [[[{"a": [1, {}]}]]]}},
    ],
    ids=["keys", "subclasses", "floats", "escapes", "empties"],
)
def test_the_standard_library_cases_that_need_care(data: Any) -> None:
    assert dumps_indented(data) == _stdlib(data)


def test_what_the_standard_library_rejects_is_rejected_alike() -> None:
    loop: list[Any] = []
    loop.append(loop)
    for bad in ({"x": object()}, {("a",): 1}, loop):
        with pytest.raises((TypeError, ValueError)) as ours:
            dumps_indented(bad)
        with pytest.raises((TypeError, ValueError)) as theirs:
            _stdlib(bad)
        assert type(ours.value) is type(theirs.value)
