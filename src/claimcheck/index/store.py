"""The claim index: analysed documents, their claims and retrieval keys in one SQLite file.

:class:`ClaimIndex` writes documents (``claimcheck index``) and retrieves the sources a draft
may disagree with (``check --against-index``). A stored analysis is the pickled
:class:`~claimcheck.engine.Analysis`, compressed; like a pickle, an index file is trusted input
(open only indexes you or your build made). Analyses read back are kept in a bounded cache,
so a process answering many checks (a server) unpickles each source once.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from claimcheck.engine import Analysis
from claimcheck.index.keys import analysis_keys
from claimcheck.index.ranking import top_documents
from claimcheck.index.schema import SCHEMA_VERSION, create, stored_version

__all__ = ["ClaimIndex", "IndexFileError", "Packed", "Stored", "as_source", "content_hash", "pack"]

#: Most analyses a reader keeps unpickled.
CACHE_SIZE = 4096
#: SQLite's page cache, KiB (its default, 2 MiB, makes every key written to a large index a
#: read from disk).
CACHE_KIB = 65536


class IndexFileError(Exception):
    """The index file cannot be used (not SQLite, another schema version, unreadable)."""


@dataclass(frozen=True, slots=True)
class Stored:
    """What the index knows about one of its documents without loading its analysis."""

    id: int
    path: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class Packed:
    """One analysed document as the index stores it: the document's row (with the analysis
    pickled and compressed), its claims' rows and its retrieval keys, sorted. Packing is most
    of the work of writing a document, so ``claimcheck index`` packs in its workers."""

    path: str
    row: tuple[str | None, ...]
    blob: bytes
    claims: tuple[tuple[Any, ...], ...]
    keys: tuple[str, ...]


def pack(analysis: Analysis) -> Packed:
    """``analysis`` ready to be written (see :class:`Packed`)."""
    doc = analysis.document
    blob = zlib.compress(pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL), 6)
    row = (
        doc.published.isoformat() if doc.published else None,
        doc.outlet,
        doc.title,
        doc.language,
    )
    claims = tuple(
        (
            c.mention.start,
            c.mention.end,
            c.kind,
            c.mention.text,
            c.attribute,
            c.subject,
            c.event,
            json.dumps(c.mention.value.to_json(), sort_keys=True),
        )
        for c in analysis.claims
    )
    return Packed(doc.path, row, blob, claims, tuple(sorted(analysis_keys(analysis))))


class ClaimIndex:
    """An open claim index. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str, *, create_missing: bool = False) -> None:
        self.path = path
        try:
            uri = f"file:{path}" + ("" if create_missing else "?mode=rw")
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            # the keys table of a large index is written in key order nowhere: keep its pages
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            version = stored_version(self.db)
        except sqlite3.DatabaseError as exc:
            raise IndexFileError(f"not a claim index ({exc})") from None
        if version is None:
            if not create_missing:
                self.db.close()
                raise IndexFileError(
                    "not a claim index (no tables); build it with claimcheck index"
                )
            create(self.db)
        elif version != SCHEMA_VERSION:
            self.db.close()
            raise IndexFileError(
                f"index schema version {version}, this claimcheck reads {SCHEMA_VERSION}; "
                "rebuild it with claimcheck index"
            )
        self._cache: OrderedDict[int, Analysis] = OrderedDict()

    def __enter__(self) -> ClaimIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- metadata ------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- writing -------------------------------------------------------------------------

    def stored(self) -> dict[str, Stored]:
        """Every indexed document by path."""
        rows = self.db.execute("SELECT id, path, content_hash FROM documents ORDER BY path")
        return {r[1]: Stored(id=r[0], path=r[1], content_hash=r[2]) for r in rows}

    def remove(self, ids: Iterable[int]) -> None:
        self.db.executemany("DELETE FROM documents WHERE id = ?", ((i,) for i in ids))

    def clear(self) -> None:
        self.db.execute("DELETE FROM documents")
        self.db.execute("DELETE FROM key_counts")

    def add(self, analysis: Analysis | Packed, content_hash: str) -> None:
        """Store one analysed document, or a packed one (replacing what the index held for
        its path)."""
        packed = analysis if isinstance(analysis, Packed) else pack(analysis)
        self.db.execute("DELETE FROM documents WHERE path = ?", (packed.path,))
        cur = self.db.execute(
            "INSERT INTO documents (path, content_hash, published, outlet, title, language,"
            " analysis) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (packed.path, content_hash, *packed.row, packed.blob),
        )
        rowid = cur.lastrowid
        self.db.executemany(
            'INSERT INTO claims (document, start, "end", kind, text, attribute, subject, event,'
            " value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((rowid, *c) for c in packed.claims),
        )
        self.db.executemany(
            "INSERT INTO keys (key, document) VALUES (?, ?)", ((k, rowid) for k in packed.keys)
        )

    def count_keys(self) -> None:
        """Recount how many documents hold each key (retrieval skips keys held by too many)."""
        self.db.execute("DELETE FROM key_counts")
        self.db.execute(
            "INSERT INTO key_counts (key, documents) SELECT key, count(*) FROM keys GROUP BY key"
        )

    # -- reading -------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def retrieve(
        self, keys: Iterable[str], *, limit: int, ceiling: int, exclude: Sequence[str] = ()
    ) -> list[int]:
        """The documents sharing the most keys with ``keys``, at most ``limit``, best first
        (ties by path). Keys held by more than ``ceiling`` documents are not used."""
        wanted = sorted(set(keys))
        if not wanted or limit <= 0:
            return []
        sizes: dict[str, int] = {}
        for chunk in _chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            sizes.update(
                self.db.execute(
                    f"SELECT key, documents FROM key_counts WHERE key IN ({marks}) "
                    "AND documents <= ?",
                    (*chunk, ceiling),
                )
            )
        return top_documents(
            self.db, sizes, limit=limit, skip=self._ids(exclude), path_of=self._paths
        )

    def _ids(self, paths: Sequence[str]) -> frozenset[int]:
        ids: set[int] = set()
        for chunk in _chunks(sorted(set(paths)), 900):
            marks = ",".join("?" * len(chunk))
            ids.update(
                r[0]
                for r in self.db.execute(f"SELECT id FROM documents WHERE path IN ({marks})", chunk)
            )
        return frozenset(ids)

    def _paths(self, ids: Iterable[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in _chunks(sorted(ids), 900):
            marks = ",".join("?" * len(chunk))
            out.update(
                self.db.execute(f"SELECT id, path FROM documents WHERE id IN ({marks})", chunk)
            )
        return out

    def stored_analysis(self, path: str) -> Analysis | None:
        """The stored analysis of the document indexed under ``path``, if any."""
        row = self.db.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
        return None if row is None else self.analyses([row[0]])[0]

    def analyses(self, ids: Sequence[int]) -> list[Analysis]:
        """The stored analyses of ``ids``, in that order (cached)."""
        missing = [i for i in ids if i not in self._cache]
        for chunk in _chunks(missing, 900):
            marks = ",".join("?" * len(chunk))
            for rowid, blob in self.db.execute(
                f"SELECT id, analysis FROM documents WHERE id IN ({marks})", chunk
            ):
                self._cache[rowid] = pickle.loads(zlib.decompress(blob))
        out = []
        for i in ids:
            self._cache.move_to_end(i)
            out.append(self._cache[i])
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return out


def content_hash(text: str, fmt: str, meta: Mapping[str, Any]) -> str:
    """A hash of everything a document's analysis depends on besides the configuration."""
    h = hashlib.blake2b(digest_size=20)
    h.update(fmt.encode())
    h.update(b"\x00")
    h.update(repr(sorted((k, repr(v)) for k, v in meta.items())).encode())
    h.update(b"\x00")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def as_source(analysis: Analysis) -> Analysis:
    """A stored analysis as a source of a check."""
    return replace(analysis, document=replace(analysis.document, role="source"))


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
