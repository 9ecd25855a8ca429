"""Indented JSON text, byte for byte what ``json.dumps(data, ensure_ascii=False, indent=2)``
writes, several times faster.

With ``indent`` set, the standard library encodes through its pure-Python generators, one
``yield`` per token; the reports of a large run hold millions of tokens. This writer builds
the same text with ``str.join``, encoding strings with the standard library's C string
encoder and numbers with their own ``repr`` (as the standard library does). Anything the
fast path does not know (a key that is not a string, a subclass of a JSON type, a type the
standard encoder rejects, a cycle) is written by :func:`json.dumps` itself, so the result
never differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["dumps_indented"]

_INDENT = 2


class _Unsupported(Exception):
    """The data holds what only the standard encoder writes (or rejects) correctly."""


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _null(_: None) -> str:
    return "null"


_SCALAR: dict[type, Callable[[Any], str]] = {
    str: json.encoder.encode_basestring,  # the C function when the accelerator is there
    int: int.__repr__,
    float: _float,
    bool: _bool,
    type(None): _null,
}


def dumps_indented(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, computed faster."""
    try:
        return _Writer().value(data, 0)
    except (_Unsupported, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=_INDENT)


class _Writer:
    """One text: object keys are encoded once each (a report repeats a few keys a lot)."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}
        self.breaks: list[str] = ["\n"]

    def value(self, obj: Any, level: int) -> str:
        cls = type(obj)
        scalar = _SCALAR.get(cls)
        if scalar is not None:
            return scalar(obj)
        if cls is dict:
            return self.mapping(obj, level) if obj else "{}"
        if cls is list or cls is tuple:
            return self.array(obj, level) if obj else "[]"
        raise _Unsupported

    def newline(self, level: int) -> str:
        """A line break and the indentation of ``level``."""
        breaks = self.breaks
        while len(breaks) <= level:
            breaks.append("\n" + " " * (_INDENT * len(breaks)))
        return breaks[level]

    def mapping(self, obj: dict[Any, Any], level: int) -> str:
        deeper = level + 1
        inner = self.newline(deeper)
        keys, get, value = self.keys, _SCALAR.get, self.value
        items = []
        for k, v in obj.items():
            key = keys.get(k)
            if key is None:
                if type(k) is not str:
                    raise _Unsupported
                key = keys[k] = _SCALAR[str](k) + ": "
            scalar = get(type(v))
            items.append(key + scalar(v) if scalar else key + value(v, deeper))
        return "{" + inner + ("," + inner).join(items) + self.newline(level) + "}"

    def array(self, obj: list[Any] | tuple[Any, ...], level: int) -> str:
        deeper = level + 1
        inner = self.newline(deeper)
        get, value = _SCALAR.get, self.value
        items = []
        for v in obj:
            scalar = get(type(v))
            items.append(scalar(v) if scalar else value(v, deeper))
        return "[" + inner + ("," + inner).join(items) + self.newline(level) + "]"
