"""``claimcheck index``: bring a claim index up to date with a set of files, incrementally.

A file whose content (text, format and outside metadata) hashes to what the index holds for
its path is not analysed again; a new or changed file is; a file the index holds that is no
longer among the paths is dropped. When the analysis itself has changed (another claimcheck
version, other plugins or configuration), every file is analysed again.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from claimcheck.engine import Analysis, Engine
from claimcheck.index.store import ClaimIndex, Packed, Stored, content_hash, pack
from claimcheck.model import Document, InputError
from claimcheck.reading import DocumentError
from claimcheck.reading.files import collect_paths, load_file

__all__ = ["IndexReport", "analysis_fingerprint", "build_index"]

#: Files read, analysed and written (one transaction) at a time: memory stays bounded and an
#: interrupted run keeps what it finished.
CHUNK = 1000

#: Files whose content is part of the analysis: code and the data it loads.
_CODE_SUFFIXES = frozenset({".py", ".json", ".toml", ".txt", ".csv", ".tsv"})

#: What analyses documents for the index: analyses, or (better, computed where the analysis
#: ran) :func:`~claimcheck.index.store.pack` of them.
Analyzer = Callable[[Sequence[Document]], Iterable[Analysis | Packed]]


@dataclass(slots=True)
class IndexReport:
    """What an index run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    reanalysed_all: bool = False
    errors: list[InputError] = field(default_factory=list)

    def summary(self, path: str) -> str:
        return (
            f"{path}: {self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.removed} removed"
            + (" (analysis changed: every document analysed again)" if self.reanalysed_all else "")
        )


def analysis_fingerprint(engine: Engine) -> str:
    """A hash of what an analysis depends on besides the document: claimcheck's version and
    code, the plugins loaded and their code, and the configuration.

    The code is hashed, not only the version: a development install (or a patched release)
    analyses differently under one version number, and an index it did not build would give
    analyses that checking the same files afresh does not."""
    from claimcheck import __version__

    listed = sorted(engine.pm.pm.list_name_plugin(), key=lambda item: str(item[0]))
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((__version__, [name for name, _ in listed], engine.config)).encode())
    h.update(code_digest(_code_roots(plugin for _, plugin in listed)).encode())
    return h.hexdigest()


def _code_roots(plugins: Iterable[object]) -> tuple[Path, ...]:
    """claimcheck's package folder and the folder (or file) of each plugin's code."""
    roots = {Path(__file__).resolve().parents[1]}
    for plugin in plugins:
        module = (
            plugin if isinstance(plugin, ModuleType) else sys.modules.get(type(plugin).__module__)
        )
        where = getattr(module, "__file__", None)
        if where:
            path = Path(where).resolve()
            roots.add(path.parent if path.name == "__init__.py" else path)
    # a module inside a folder already hashed is hashed with it
    return tuple(sorted(r for r in roots if not any(o in r.parents for o in roots)))


@functools.lru_cache(maxsize=8)
def code_digest(roots: tuple[Path, ...]) -> str:
    """A hash of the Python sources and data files under ``roots`` (folders or files)."""
    h = hashlib.blake2b(digest_size=16)
    for root in roots:
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for f in files:
            if f.suffix in _CODE_SUFFIXES and f.is_file():
                h.update(f"\x00{f.relative_to(root.parent)}\x00".encode())
                h.update(f.read_bytes())
    return h.hexdigest()


def build_index(
    engine: Engine,
    paths: Sequence[str],
    db_path: str,
    *,
    published: dt.date | None = None,
    analyze: Analyzer | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> IndexReport:
    """Index the documents under ``paths`` into the SQLite file ``db_path``.

    Files are read, analysed and written :data:`CHUNK` at a time, so memory stays bounded
    however large the archive."""
    report = IndexReport()
    files, errors = collect_paths(paths)
    report.errors.extend(errors)
    analyze = analyze or (lambda ds: (pack(engine.analyze(d)) for d in ds))
    with ClaimIndex(db_path, create_missing=True) as index:
        fingerprint = analysis_fingerprint(engine)
        if index.get_meta("analysis") != fingerprint and len(index):
            report.reanalysed_all = True
            index.clear()
        stored = index.stored()
        seen: set[str] = set()
        unique = []
        for path, fmt in files:
            if os.path.normpath(path) not in seen:
                seen.add(os.path.normpath(path))
                unique.append((path, fmt))
        for at in range(0, len(unique), CHUNK):
            todo = _changed(engine, unique[at : at + CHUNK], stored, published, report)
            _write(index, todo, stored, analyze, report)
            if progress is not None:
                progress(min(at + CHUNK, len(unique)), len(unique))
        gone = [s.id for p, s in stored.items() if os.path.normpath(p) not in seen]
        index.db.execute("BEGIN")
        index.remove(gone)
        index.count_keys()
        index.set_meta("analysis", fingerprint)
        index.db.execute("COMMIT")
        report.removed = len(gone)
    return report


def _changed(
    engine: Engine,
    files: Sequence[tuple[str, str]],
    stored: Mapping[str, Stored],
    published: dt.date | None,
    report: IndexReport,
) -> list[tuple[Document, str]]:
    """The documents among ``files`` that are new or changed, read, with their content hash."""
    todo: list[tuple[Document, str]] = []
    for path, fmt in files:
        item = load_file(path, fmt, role="source", published=published, errors=report.errors)
        if item is None:
            continue
        digest = content_hash(item.text, item.format, item.meta)
        held = stored.get(path)
        if held is not None and held.content_hash == digest:
            report.unchanged += 1
            continue
        try:
            todo.append((engine.read(item), digest))
        except DocumentError as exc:
            report.errors.append(InputError(path=path, message=str(exc)))
    return todo


def _write(
    index: ClaimIndex,
    todo: Sequence[tuple[Document, str]],
    stored: Mapping[str, Stored],
    analyze: Analyzer,
    report: IndexReport,
) -> None:
    """Analyse ``todo`` and store each analysis, in one transaction."""
    if not todo:
        return
    index.db.execute("BEGIN")
    try:
        for (doc, digest), analysis in zip(todo, analyze([d for d, _ in todo])):
            index.add(analysis, digest)
            if doc.path in stored:
                report.updated += 1
            else:
                report.added += 1
        index.db.execute("COMMIT")
    except BaseException:
        index.db.execute("ROLLBACK")
        raise
