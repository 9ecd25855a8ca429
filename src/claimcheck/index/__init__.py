"""The claim index: analysed documents and their claims in SQLite, for checking drafts
against an archive without analysing it again (see docs/index.md).

The names below are imported on first use, so the command line can build its parser from
:mod:`claimcheck.index.command` without loading the engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "SCHEMA_VERSION": "schema",
    "ClaimIndex": "store",
    "IndexFileError": "store",
    "IndexReport": "build",
    "build_index": "build",
    "Retrieval": "query",
    "against_index": "query",
    "read_drafts": "query",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck.index' has no attribute {name!r}")
    return getattr(importlib.import_module(f"claimcheck.index.{module}"), name)
