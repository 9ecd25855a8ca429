"""The claim index: analysed documents and their claims in SQLite, for checking drafts
against an archive without analysing it again (see docs/index.md)."""

from __future__ import annotations

from claimcheck.index.build import IndexReport, build_index
from claimcheck.index.query import Retrieval, against_index, read_drafts
from claimcheck.index.schema import SCHEMA_VERSION
from claimcheck.index.store import ClaimIndex, IndexFileError

__all__ = [
    "SCHEMA_VERSION",
    "ClaimIndex",
    "IndexFileError",
    "IndexReport",
    "Retrieval",
    "against_index",
    "build_index",
    "read_drafts",
]
