"""``check DRAFT --against-index FILE``: a draft against every document of a claim index.

The draft is analysed; its retrieval keys (:mod:`claimcheck.index.keys`) select the indexed
documents it could disagree with, ranked by how many keys they share (keys held by too large a
share of the index, like a country named everywhere, are not used); those documents' stored
analyses become the draft's sources, and the run proceeds as ``check DRAFT --against SOURCES``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from claimcheck.engine import CHECKED_AGAINST, Analysis, Engine
from claimcheck.index.keys import analysis_keys
from claimcheck.index.store import ClaimIndex, as_source
from claimcheck.model import Document, InputError
from claimcheck.reading import DocumentError
from claimcheck.reading.files import collect_paths, load_file

__all__ = ["Retrieval", "against_index", "read_drafts"]

#: Sources retrieved per draft, at most.
DEFAULT_LIMIT = 25
#: A key held by more than this share of the indexed documents (and by more than
#: :data:`MIN_CEILING` documents) is too common to retrieve by.
MAX_SHARE = 0.05
MIN_CEILING = 1000


@dataclass(frozen=True, slots=True)
class Retrieval:
    """How a draft's sources are chosen from an index."""

    limit: int = DEFAULT_LIMIT
    max_share: float = MAX_SHARE
    min_ceiling: int = MIN_CEILING


def read_drafts(
    engine: Engine, paths: Sequence[str], *, published: dt.date | None = None
) -> tuple[list[Document], list[InputError]]:
    """Read the drafts named by ``paths`` (files or folders)."""
    files, errors = collect_paths(paths)
    docs: list[Document] = []
    for path, fmt in files:
        item = load_file(path, fmt, role="draft", published=published, errors=errors)
        if item is None:
            continue
        try:
            docs.append(engine.read(item))
        except DocumentError as exc:
            errors.append(InputError(path=path, message=str(exc)))
    return docs, errors


def against_index(
    engine: Engine,
    drafts: Sequence[Document],
    index: ClaimIndex,
    retrieval: Retrieval = Retrieval(),
) -> tuple[list[Document], Callable[[Sequence[Document]], Iterable[Analysis]]]:
    """The documents of a check of ``drafts`` against ``index`` (the drafts, then their
    sources by path) and what gives their analyses, for :meth:`Engine.run`."""
    analyses: dict[str, Analysis] = {}
    docs: list[Document] = []
    sources: dict[str, Analysis] = {}
    draft_paths = [d.path for d in drafts]
    for draft in drafts:
        analysis = engine.analyze(draft)
        ids = index.retrieve(
            analysis_keys(analysis),
            limit=retrieval.limit,
            ceiling=max(retrieval.min_ceiling, int(len(index) * retrieval.max_share)),
            exclude=draft_paths,
        )
        found = [as_source(a) for a in index.analyses(ids)]
        found.sort(key=lambda a: a.document.path)
        meta = {**draft.meta, CHECKED_AGAINST: tuple(a.document.path for a in found)}
        draft = replace(draft, role="draft", meta=meta)
        analyses[draft.id] = replace(analysis, document=draft)
        docs.append(draft)
        for a in found:
            sources.setdefault(a.document.id, a)
    for a in sorted(sources.values(), key=lambda a: a.document.path):
        analyses[a.document.id] = a
        docs.append(a.document)
    return docs, lambda ds: (analyses[d.id] for d in ds)
