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

Only regular files are read: a FIFO, a device or a socket (or a symbolic link to one) is
refused with one line, since reading it could block forever or never end; a file larger than
:data:`MAX_FILE_BYTES` is refused before it is read whole. Inside a folder, a symbolic link
that leads nowhere or into a loop is reported, not skipped. A draft's front-matter
``sources`` may only name files in the draft's own folder tree or below a configured source
root.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import glob
import itertools
import os
import stat
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
    "MAX_FILE_BYTES",
    "SUFFIX_FORMATS",
    "DocInput",
    "StdinDocument",
    "collect_paths",
    "decode",
    "load_file",
    "read_regular",
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
#: The largest file read (16 MiB: several hundred times a long article).
MAX_FILE_BYTES = 16 * 1024 * 1024
#: What a path that is not a regular file is, by the type bits of its mode.
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


@dataclass(frozen=True, slots=True)
class StdinDocument:
    """A document read from standard input (path ``-``), under the name it is reported by."""

    name: str
    data: bytes


def _kind(mode: int) -> str:
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


@dataclass(frozen=True, slots=True, kw_only=True)
class DocInput:
    """A document to read: its id or path, decoded text, format and outside metadata."""

    path: str
    text: str
    format: str = "text"
    role: str = "peer"
    meta: Mapping[str, Any] = field(default_factory=lambda: EMPTY)


def collect_paths(
    paths: Sequence[str], stdin: StdinDocument | None = None
) -> tuple[list[tuple[str, str]], list[InputError]]:
    """Expand files and folders into (path, format) pairs, in a stable order.

    ``-`` stands for standard input, named ``stdin.name`` (its suffix gives the format).
    """
    files: list[tuple[str, str]] = []
    errors: list[InputError] = []
    for p in paths:
        path = Path(p)
        if p == "-" and stdin is not None:
            files.append((stdin.name, SUFFIX_FORMATS.get(Path(stdin.name).suffix.lower(), "text")))
        elif path.is_dir():
            found, errs = _walk(path)
            if not found and not errs:
                errors.append(
                    InputError(path=p, message=f"no documents ({_SUFFIXES}) in this folder")
                )
            errors.extend(errs)
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


def _walk(folder: Path) -> tuple[list[Path], list[InputError]]:
    """The documents below ``folder`` (hidden parts left out), and its broken links."""
    found: list[Path] = []
    errors: list[InputError] = []
    for q in sorted(folder.rglob("*")):
        if q.suffix.lower() not in SUFFIX_FORMATS:
            continue
        if any(part.startswith(".") for part in q.relative_to(folder).parts):
            continue
        if q.is_symlink():
            problem = _broken_link(q)
            if problem:
                errors.append(InputError(path=str(q), message=problem))
                continue
        if q.is_dir():
            continue
        found.append(q)  # FIFOs and devices are refused, with a line, when read
    return found, errors


def _broken_link(link: Path) -> str | None:
    """Why the symbolic link ``link`` leads to no file, or ``None`` when it does."""
    try:
        link.resolve(strict=True)
    except FileNotFoundError:
        return f"symbolic link to {os.readlink(link)!r}, which does not exist; not checked"
    except RuntimeError:
        return "symbolic link loop; not checked"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop; not checked"
        return f"symbolic link cannot be followed: {exc.strerror}; not checked"
    return None


def read_regular(path: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``path``; raises :class:`DocumentError` otherwise.

    The file is opened without blocking and checked on the open descriptor, so a FIFO or a
    device (or a link to one) is refused, never read, and nothing can swap it in between.
    """
    with contextlib.suppress(OSError):  # a device is never even opened (opening may act)
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            raise DocumentError(f"not a regular file: {_kind(mode)}; not read")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except PermissionError:
        raise DocumentError("permission denied") from None
    except IsADirectoryError:
        raise DocumentError("is a folder") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError("symbolic link loop") from None
        raise DocumentError(f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(f"not a regular file: {_kind(info.st_mode)}; not read")
        if info.st_size > limit:
            raise DocumentError(_too_large(info.st_size, limit))
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise DocumentError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:  # grew while being read
        raise DocumentError(_too_large(len(data), limit))
    return data


def _too_large(size: int, limit: int) -> str:
    return (
        f"file too large ({size / 2**20:.1f} MiB; the limit is {limit / 2**20:.0f} MiB "
        "per document); not read"
    )


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
    stdin: StdinDocument | None = None,
) -> DocInput | None:
    """Read and decode one file with its manifest metadata; ``None`` after an error.

    When ``stdin`` is given and ``path`` is its name, the document is standard input.
    """
    from_stdin = stdin is not None and path == stdin.name
    try:
        data = stdin.data if stdin is not None and from_stdin else read_regular(path)
        if len(data) > MAX_FILE_BYTES:
            raise DocumentError(_too_large(len(data), MAX_FILE_BYTES))
        text = decode(data)
    except DocumentError as exc:
        errors.append(InputError(path=path, message=str(exc)))
        return None
    meta: dict[str, Any] = {}
    manifest = Path(path).resolve().parent / MANIFEST
    if not from_stdin and manifest.is_file():
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


def resolve_sources(
    doc: Document, roots: Sequence[str | os.PathLike[str]] = ()
) -> tuple[list[str], list[InputError]]:
    """Expand a draft's ``sources`` (paths or globs relative to the draft's folder).

    Every source must lie in the draft's folder tree or below one of ``roots`` (after
    symbolic links are followed); a pattern that reaches outside is an error, and is not
    expanded at all, so ``/**/*`` never walks the disk.
    """
    base = Path(doc.path).parent
    allowed = [base.resolve(), *(Path(r).resolve() for r in roots)]
    found: list[str] = []
    errors: list[InputError] = []
    for pattern in doc.sources:
        full = str(base / pattern)
        if not _inside(_literal_prefix(full), allowed):
            errors.append(InputError(path=doc.path, message=_outside(pattern, roots)))
            continue
        matches = sorted(glob.glob(full, recursive=True)) if glob.has_magic(full) else [full]
        matches = [m for m in matches if os.path.abspath(m) != os.path.abspath(doc.path)]
        if not matches or not all(Path(m).exists() for m in matches):
            errors.append(
                InputError(
                    path=doc.path, message=f"source {pattern!r} named in front matter not found"
                )
            )
            continue
        outside = [m for m in matches if not _inside(Path(m), allowed)]
        if outside:
            errors.append(InputError(path=doc.path, message=_outside(pattern, roots)))
            continue
        found.extend(os.path.normpath(m) for m in matches)
    return found, errors


def _literal_prefix(pattern: str) -> Path:
    """The leading part of a glob without wildcards: every match lies below it."""
    parts = Path(pattern).parts
    fixed = [p for p in itertools.takewhile(lambda p: not glob.has_magic(p), parts)]
    return Path(*fixed) if fixed else Path()


def _inside(path: Path, allowed: Sequence[Path]) -> bool:
    real = path.resolve()
    return any(real == root or real.is_relative_to(root) for root in allowed)


def _outside(pattern: str, roots: Sequence[str | os.PathLike[str]]) -> str:
    where = "the draft's folder" + (" or a configured source root" if roots else "")
    return (
        f"source {pattern!r} named in front matter is outside {where}; "
        "add its folder to source-roots in the configuration to allow it"
    )
