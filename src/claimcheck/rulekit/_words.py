"""Word-level helpers rule families share with the core: which counts grow, how a claim is
worded in a message (``count_phrase``, ``event_noun``, ``statement_phrase``), quote tokens."""

from __future__ import annotations

from claimcheck.claims.lexicon import GROWING_ATTRIBUTES
from claimcheck.claims.wording import count_phrase, event_noun, statement_phrase

__all__ = [
    "GROWING_ATTRIBUTES",
    "count_phrase",
    "event_noun",
    "quote_tokens",
    "statement_phrase",
]


def quote_tokens(text: str) -> tuple[str, ...]:
    """Word tokens of a quotation with typography normalized away (case, quote marks,
    apostrophes, dashes, whitespace), as the quote extractor compares them.

    The extractor's tables load on first use, not when a rule family is imported.
    """
    from claimcheck.extraction.quotes.extractor import quote_tokens as tokens

    return tokens(text)
