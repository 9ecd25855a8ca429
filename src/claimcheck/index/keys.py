"""The retrieval keys of an analysed document: what the claim index looks sources up by.

A source can only matter to a draft through a pair of statements a rule compares: two claims
the alignment pairs (they share a blocking key, :func:`claimcheck.claims.alignment.blocking_keys`),
two mentions of one named entity (spellings, roles) or two renderings of one quotation. The keys
of a document are the union of those, as strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.claims.alignment import blocking_keys
from claimcheck.engine import Analysis
from claimcheck.model import Entity, Quote

__all__ = ["analysis_keys", "encode_key"]

#: Words of a quotation long enough to be distinctive; a quotation two reports render
#: differently still shares most of them.
_QUOTE_WORD = re.compile(r"\w{6,}")


def encode_key(parts: Iterable[str]) -> str:
    """A key as one string (parts joined by the unit separator, which no part holds)."""
    return "\x1f".join(parts)


def analysis_keys(analysis: Analysis) -> frozenset[str]:
    """Every retrieval key of an analysed document."""
    keys: set[str] = set()
    for claim in analysis.claims:
        keys.update(encode_key(k) for k in blocking_keys(claim))
    for m in analysis.mentions:
        v = m.value
        if isinstance(v, Entity):
            keys.add(encode_key(("entity", v.id)))
        elif isinstance(v, Quote):
            if v.speaker_id:
                keys.add(encode_key(("quote", "speaker", v.speaker_id)))
            keys.update(
                encode_key(("quote", "w", w.casefold())) for w in _QUOTE_WORD.findall(v.text)
            )
    return frozenset(keys)
