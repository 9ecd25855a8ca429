"""Finding and decoding input files, and the metadata manifest of plain-text corpora.

Files are read as bytes and decoded as strict UTF-8; nothing is ever written back. Each problem
becomes an :class:`~claimcheck.model.InputError` naming the file, so the other documents are
still checked.

A folder of plain-text articles carries its metadata in a manifest, ``claimcheck-manifest.toml``,
beside the articles::

    [defaults]              # applies to every document in this folder
    language = "en"

    [documents."000_article.txt"]
    published = 2024-11-20  # TOML date, or an ISO string
    outlet = "Example News"

Manifest values come after front matter and before ``--published`` and a dateline in the text.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from claimcheck.model import EMPTY, Document, InputError
from claimcheck.reading import DocumentError
from claimcheck.reading.metadata import clean_metadata

__all__ = [
    "MANIFEST",
    "SUFFIX_FORMATS",
    "DocInput",
    "collect_paths",
    "decode",
    "load_file",
    "resolve_sources",
]

MANIFEST = "claimcheck-manifest.toml"
SUFFIX_FORMATS: Mapping[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
_SUFFIXES = ", ".join(SUFFIX_FORMATS)


@dataclass(frozen=True, slots=True, kw_only=True)
class DocInput:
    """A document to read: its id or path, decoded text, format and outside metadata."""

    path: str
    text: str
    format: str = "text"
    role: str = "peer"
    meta: Mapping[str, Any] = field(default_factory=lambda: EMPTY)


def collect_paths(paths: Sequence[str]) -> tuple[list[tuple[str, str]], list[InputError]]:
    """Expand files and folders into (path, format) pairs, in a stable order."""
    files: list[tuple[str, str]] = []
    errors: list[InputError] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(
                q
                for q in path.rglob("*")
                if q.suffix.lower() in SUFFIX_FORMATS
                and q.is_file()
                and not any(part.startswith(".") for part in q.relative_to(path).parts)
            )
            if not found:
                errors.append(
                    InputError(path=p, message=f"no documents ({_SUFFIXES}) in this folder")
                )
            files.extend((str(q), SUFFIX_FORMATS[q.suffix.lower()]) for q in found)
        elif path.exists() or path.is_symlink():
            fmt = SUFFIX_FORMATS.get(path.suffix.lower())
            if fmt is None:
                errors.append(
                    InputError(
                        path=p,
                        message=f"unsupported file type {path.suffix or '(none)'!r} (expected {_SUFFIXES})",
                    )
                )
            else:
                files.append((p, fmt))
        else:
            errors.append(InputError(path=p, message="no such file or folder"))
    return files, errors


def decode(data: bytes) -> str:
    """Strict UTF-8; raises :class:`DocumentError` saying what is wrong with the bytes."""
    if b"\x00" in data[:8192]:
        raise DocumentError("binary file, not a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8"
        ) from None
    if not text.strip():
        raise DocumentError("empty document")
    return text


def load_file(
    path: str,
    fmt: str,
    *,
    role: str,
    published: dt.date | None,
    errors: list[InputError],
) -> DocInput | None:
    """Read and decode one file with its manifest metadata; ``None`` after an error."""
    try:
        data = Path(path).read_bytes()
    except PermissionError:
        errors.append(InputError(path=path, message="permission denied"))
        return None
    except IsADirectoryError:
        errors.append(InputError(path=path, message="is a folder"))
        return None
    except OSError as exc:
        errors.append(InputError(path=path, message=f"cannot read: {exc.strerror or exc}"))
        return None
    try:
        text = decode(data)
    except DocumentError as exc:
        errors.append(InputError(path=path, message=str(exc)))
        return None
    meta: dict[str, Any] = {}
    manifest = Path(path).resolve().parent / MANIFEST
    if manifest.is_file():
        try:
            meta.update(_manifest_entry(str(manifest), Path(path).name))
        except DocumentError as exc:
            # one line per broken manifest and run, however many of its documents are read
            problem = InputError(path=str(manifest), message=str(exc))
            if problem not in errors:
                errors.append(problem)
    if "published" in meta:
        meta["published_from"] = "manifest"
    elif published is not None:
        meta["published"] = published
        meta["published_from"] = "cli"
    return DocInput(path=path, text=text, format=fmt, role=role, meta=meta)


@lru_cache(maxsize=32)
def _manifest(path: str, mtime: float) -> Mapping[str, Any]:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise DocumentError(f"manifest is not valid TOML: {exc}") from None
    except OSError as exc:
        raise DocumentError(f"cannot read manifest: {exc.strerror}") from None
    unknown = set(data) - {"defaults", "documents"}
    if unknown:
        raise DocumentError(f"unknown manifest table(s): {', '.join(sorted(unknown))}")
    return data


def _manifest_entry(path: str, name: str) -> dict[str, Any]:
    data = _manifest(path, os.path.getmtime(path))
    defaults = data.get("defaults", {})
    docs = data.get("documents", {})
    if not isinstance(defaults, dict) or not isinstance(docs, dict):
        raise DocumentError("manifest [defaults] and [documents] must be tables")
    entry = docs.get(name, {})
    if not isinstance(entry, dict):
        raise DocumentError(f"manifest entry for {name!r} must be a table")
    return clean_metadata({**defaults, **entry}, where=f"manifest entry for {name!r}")


def resolve_sources(doc: Document) -> tuple[list[str], list[InputError]]:
    """Expand a draft's ``sources`` (paths or globs relative to the draft's folder)."""
    base = Path(doc.path).parent
    found: list[str] = []
    errors: list[InputError] = []
    for pattern in doc.sources:
        full = str(base / pattern)
        matches = sorted(glob.glob(full, recursive=True)) if glob.has_magic(full) else [full]
        matches = [m for m in matches if os.path.abspath(m) != os.path.abspath(doc.path)]
        if not matches or not all(Path(m).exists() for m in matches):
            errors.append(
                InputError(
                    path=doc.path, message=f"source {pattern!r} named in front matter not found"
                )
            )
            continue
        found.extend(os.path.normpath(m) for m in matches)
    return found, errors
