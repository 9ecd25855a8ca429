"""Readers: turn decoded files into documents with an analysis text and an offset map."""

from __future__ import annotations

from claimcheck.reading.offsets import OffsetBuilder

__all__ = ["DocumentError", "OffsetBuilder"]


class DocumentError(Exception):
    """A document cannot be read (bad front matter, unsupported content); names no path.

    The engine adds the path when it reports the error.
    """
