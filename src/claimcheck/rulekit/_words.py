"""Word-level helpers rule families share with the core: which counts grow, quote tokens."""

from __future__ import annotations

from claimcheck.claims.lexicon import GROWING_ATTRIBUTES

__all__ = ["GROWING_ATTRIBUTES", "quote_tokens"]


def quote_tokens(text: str) -> tuple[str, ...]:
    """Word tokens of a quotation with typography normalized away (case, quote marks,
    apostrophes, dashes, whitespace), as the quote extractor compares them.

    The extractor's tables load on first use, not when a rule family is imported.
    """
    from claimcheck.extraction.quotes.extractor import quote_tokens as tokens

    return tokens(text)
