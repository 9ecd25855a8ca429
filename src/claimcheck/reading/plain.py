"""The plain-text reader: the analysis text is the file text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claimcheck.model import Document
from claimcheck.plugin import hookimpl
from claimcheck.reading.metadata import clean_metadata

__all__ = ["DEFAULT_LANGUAGE", "claimcheck_read_document", "make_document"]


def make_document(
    *,
    path: str,
    text: str,
    plain: str,
    plain_to_file: tuple[int, ...],
    plain_ends: tuple[int, ...],
    format: Any,
    meta: Mapping[str, Any],
) -> Document:
    """Build a :class:`Document` from reader output and merged metadata."""
    extra = {k: v for k, v in meta.items() if k not in _FIELDS}
    return Document(
        id=path,
        path=path,
        text=text,
        plain=plain,
        plain_to_file=plain_to_file,
        plain_ends=plain_ends,
        format=format,
        published=meta.get("published"),
        published_from=meta.get("published_from") if meta.get("published") else None,
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        url=meta.get("url"),
        language=meta.get("language") or meta.get(DEFAULT_LANGUAGE) or "en",
        sources=tuple(meta.get("sources", ())),
        meta=extra,
    )


#: Metadata key of the language to assume when the document's own metadata names none
#: (the configuration's ``language``).
DEFAULT_LANGUAGE = "default-language"
_FIELDS = frozenset(
    {
        "published",
        "published_from",
        "outlet",
        "title",
        "url",
        "language",
        "sources",
        DEFAULT_LANGUAGE,
    }
)


@hookimpl(trylast=True)
def claimcheck_read_document(
    path: str, text: str, format: str, meta: Mapping[str, Any]
) -> Document | None:
    if format != "text":
        return None
    return make_document(
        path=path,
        text=text,
        plain=text,
        plain_to_file=(),
        plain_ends=(),
        format="text",
        meta=clean_metadata(meta, where="metadata"),
    )
