"""The Python API for in-process hooks (a CMS's publish hook, a notebook, a test).

>>> import claimcheck
>>> result = claimcheck.check(["seeds/"])                        # doctest: +SKIP
>>> [f.code for f in result.findings]                            # doctest: +SKIP
>>> report = claimcheck.check_texts(                             # doctest: +SKIP
...     draft={"id": "draft", "text": "...", "published": "2024-11-20"},
...     sources=[{"id": "wire", "text": "...", "published": "2024-11-20"}],
... )

The plugin manager, pint's registry, CLDR data and alias tables are loaded once per process
and reused by every call with the same configuration.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from claimcheck.config import Config, load_config
from claimcheck.engine import Engine, RunResult
from claimcheck.model import Document, InputError, Mention
from claimcheck.reading import DocumentError
from claimcheck.reading.files import DocInput
from claimcheck.reading.metadata import clean_metadata

__all__ = ["check", "check_texts", "engine_for", "extract", "extract_text"]

_FORMATS = {"text": "text", "markdown": "markdown", "md": "markdown", "html": "html"}


@lru_cache(maxsize=8)
def engine_for(config: Config | None = None) -> Engine:
    """The engine for ``config`` (the nearest configuration file when ``None``), cached."""
    return Engine(config if config is not None else load_config())


def check(
    paths: Sequence[str],
    *,
    against: Sequence[str] = (),
    published: dt.date | None = None,
    config: Config | None = None,
) -> RunResult:
    """Check files and folders, as ``claimcheck check`` does."""
    eng = engine_for(config)
    docs, errors = eng.load_paths(list(paths), against=list(against), published=published)
    return eng.run(docs, errors=errors)


def extract(
    paths: Sequence[str], *, published: dt.date | None = None, config: Config | None = None
) -> RunResult:
    """Extract and normalize mentions from files, as ``claimcheck extract`` does."""
    eng = engine_for(config)
    docs, errors = eng.load_paths(list(paths), published=published)
    analyses = {d.id: eng.analyze(d, frame=False) for d in docs}
    return RunResult(
        documents=docs,
        analyses=analyses,
        findings=[],
        errors=errors,
        failures=eng.pm.take_failures(),
        rules={},
        config=eng.config,
    )


def extract_text(
    text: str,
    *,
    language: str = "en",
    published: dt.date | None = None,
    format: str = "text",
    config: Config | None = None,
) -> list[Mention]:
    """The normalized mentions of one text (offsets into ``text``)."""
    eng = engine_for(config if config is not None else Config())
    item = DocInput(
        path="<text>",
        text=text,
        format=_FORMATS.get(format, format),
        meta={
            "language": language,
            **({"published": published, "published_from": "cli"} if published else {}),
        },
    )
    doc = eng.read(item)
    return list(eng.analyze(doc, frame=False).mentions)


def _doc_input(obj: Mapping[str, Any], role: str, index: int) -> DocInput:
    if not isinstance(obj, Mapping):
        raise DocumentError("each document must be an object with 'id' and 'text'")
    ident = obj.get("id") or f"{role}-{index}"
    text = obj.get("text")
    if not isinstance(ident, str):
        raise DocumentError("'id' must be a string")
    if not isinstance(text, str):
        raise DocumentError(f"{ident}: 'text' must be a string")
    if isinstance(text, str) and not text.strip():
        raise DocumentError(f"{ident}: empty document")
    fmt = obj.get("format", "text")
    if fmt not in _FORMATS:
        raise DocumentError(f"{ident}: 'format' must be text, markdown or html, not {fmt!r}")
    meta = {
        k: obj[k]
        for k in ("published", "outlet", "url", "language", "title")
        if obj.get(k) is not None
    }
    try:
        clean = clean_metadata(meta, where=ident)
    except DocumentError:
        raise
    if "published" in clean:
        clean["published_from"] = "request"
    return DocInput(path=ident, text=text, format=_FORMATS[fmt], role=role, meta=clean)


def check_texts(
    *,
    draft: Mapping[str, Any],
    sources: Sequence[Mapping[str, Any]] = (),
    config: Config | None = None,
    deadline: float | None = None,
) -> RunResult:
    """Check a draft against sources given as text (the HTTP API's shape).

    Each document is a mapping with ``id``, ``text`` and optionally ``format`` (text,
    markdown, html), ``published``, ``outlet``, ``url``, ``language``. ``deadline`` is a number
    of seconds; a slow check returns what it has with ``complete`` false. Raises
    :class:`~claimcheck.reading.DocumentError` for a malformed document.
    """
    eng = engine_for(config)
    items = [_doc_input(draft, "draft", 0)]
    items += [_doc_input(s, "source", i + 1) for i, s in enumerate(sources)]
    ids = [i.path for i in items]
    if len(set(ids)) != len(ids):
        raise DocumentError("document ids must be unique")
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in items:
        try:
            docs.append(eng.read(item))
        except DocumentError as exc:
            errors.append(InputError(path=item.path, message=str(exc)))
    until = time.monotonic() + deadline if deadline else None
    return eng.run(docs, errors=errors, deadline=until)
