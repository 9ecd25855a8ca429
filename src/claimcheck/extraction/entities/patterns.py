"""The regular expressions the entity recogniser reads text with (compiled on first use)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SP = r"[ \t\u00a0]"
# The chunk pattern runs over the whole text, so it uses the faster ``re`` engine; ``{U}`` and
# ``{L}`` are replaced by the upper- and lower-case letters of the Basic Multilingual Plane.
_TOKEN = r"""
(?:
    [{U}]\.(?:[ \u00a0]?[{U}]\.)+
  | [{U}]\.(?=[ \u00a0][{U}](?:[^\W\d_]|['’][{U}]))
  | [{U}]+&[{U}]+
  | (?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|Rev|Adm|Brig|Cmdr|Mt|Ft)\.(?=[ \t\u00a0]+[{U}])
  | (?:People|Women|Children|Men|Workers)['’]s(?=[ \t\u00a0]+[{U}])
  | (?:al|el|ul|ad|ud|ur|an|as|ash|at|az|ibn|bin)[-‐'’](?=[{U}])
    [{U}][^\W_]*(?:[-‐](?:[{U}\d][^\W_]*|[{L}]{{1,3}}(?=[-‐][{U}])))*
  | [{U}][^\W_]*
    (?:
        ['’](?![sS](?![^\W\d_]))(?!(?:m|ve|ll|d|re|t)(?![^\W\d_]))[^\W\d_][^\W_]*
      | [-‐](?:[{U}\d][^\W_]*|[{L}]{{1,3}}(?=[-‐][{U}]))
    )*
)
"""
_CONN = r"(?:of|and|for|the|de|del|della|der|den|di|du|da|des|la|le|van|von|bin|ibn|al|el|ul|y|&)"
_CHUNK_SRC = r"(?<![\w‐@#-])" + _TOKEN + rf"(?:{SP}+(?:{_CONN}{SP}+)*" + _TOKEN + ")*"

_SPEECH_AFTER = (
    rf"{SP}+(?:[{{L}}]+ly{SP}+)?"
    r"(?:said|says|told|tells|stated|added|adds|wrote|writes|explained|noted|argued|insisted"
    r"|warned|asked|replied|recalled|testified|tweeted)\b"
)
_PERSON_AFTER = r",[ \t\u00a0]+(?:who|whose)\b|,[ \t\u00a0]+\d{1,3},"
_ACR_AFTER = r"[ \t\u00a0]*\([ \t\u00a0]*([{U}][\w&.\-]{1,11})[ \t\u00a0]*\)"
_PAREN_OPEN = r"[ \t\u00a0]*\([ \t\u00a0]*$"
_PAREN_CLOSE = r"[ \t\u00a0]*\)"


@dataclass(frozen=True, slots=True)
class Patterns:
    chunk: Any
    words: Any
    speech_after: Any
    person_after: Any
    appositive: Any
    lower_words: Any
    lower_word: Any
    next_lower: Any
    lower_run: Any
    hyphen: Any
    gap: Any
    acr_after: Any
    paren_open: Any
    paren_close: Any


def rx(src: str, flags: int = 0) -> Any:
    """Compile ``src`` with ``{U}``/``{L}`` standing for upper- and lower-case letters.

    The letter classes are Unicode properties of the ``regex`` module: the same letters as the
    cased ranges spelled out, compiled in a fraction of the time (a cold run compiles them).
    """
    import regex

    rflags = (regex.VERBOSE if flags & re.VERBOSE else 0) | (
        regex.IGNORECASE if flags & re.IGNORECASE else 0
    )
    return regex.compile(src.replace("{U}", r"\p{Lu}\p{Lt}").replace("{L}", r"\p{Ll}"), rflags)


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    chunk_src = _CHUNK_SRC.replace("{{", "{").replace("}}", "}")
    return Patterns(
        chunk=rx(chunk_src, re.VERBOSE),
        words=re.compile(r"[^\W\d_][\w'’\-]*"),
        speech_after=rx(_SPEECH_AFTER.replace("{{L}}", "{L}")),
        person_after=re.compile(_PERSON_AFTER),
        lower_words=re.compile(r"(?<![^\W\d_])[^\W\d_A-Z]+(?![^\W\d_])"),
        appositive=re.compile(
            r",[ \t\u00a0]+(?:the|a|an|his|her|its|their)[ \t\u00a0]+"
            r"(?:[a-z][a-z-]*[ \t\u00a0]+){0,3}?([a-z]+)\b"
        ),
        lower_word=rx(r"(?<![\w'’])[{L}][{L}.\-]*"),
        next_lower=rx(r"[ \t\u00a0]+([{L}]+)(?![^\W\d_])"),
        lower_run=rx(r"[{L}.\-]+(?:[ \t\u00a0]+[{L}.\-]+)*"),
        hyphen=re.compile(r"[-‐]"),
        gap=re.compile(r"[ \t\u00a0]+(?:(?:of|and|the|al|e)[ \t\u00a0]+)*"),
        acr_after=rx(_ACR_AFTER),
        paren_open=re.compile(_PAREN_OPEN),
        paren_close=re.compile(_PAREN_CLOSE),
    )


# --------------------------------------------------------------------------------------------
# lexicon (per language and alias table, built on first use)
