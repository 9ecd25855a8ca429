"""Derived lexicons cached as JSON in the user's cache directory.

Tables derived from CLDR (through babel) take tens of milliseconds to build because babel has
to unpickle many locales. They are built once, written as JSON into a platform-appropriate
cache directory keyed by the data's version, and read back (in a millisecond or two) by later
processes. When the directory is not writable the table is simply built in memory each time.

``CLAIMCHECK_CACHE_DIR`` overrides the directory; setting it to an empty string disables the
on-disk cache.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "cached_json", "replace_file"]


def cache_dir() -> Path | None:
    """The directory for claimcheck's cached tables, or ``None`` when caching is disabled."""
    override = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if override is not None:
        return Path(override) if override.strip() else None
    try:
        home = Path.home()
    except (RuntimeError, KeyError):  # no home directory to speak of
        return None
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "claimcheck" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "claimcheck"
    base = os.environ.get("XDG_CACHE_HOME") or str(home / ".cache")
    return Path(base) / "claimcheck"


def _safe(part: str) -> str:
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in part)


def cached_json(name: str, key: str, build: Callable[[], Any]) -> Any:
    """Return the JSON-able table ``name`` for version ``key``, building it on a cache miss.

    ``key`` must change whenever the table's content could change (the version of the data
    source and of the builder). A corrupt or unreadable cache file is rebuilt; failing to
    write the cache is not an error.
    """
    directory = cache_dir()
    path = directory / f"{_safe(name)}-{_safe(key)}.json" if directory is not None else None
    if path is not None:
        try:
            with path.open(encoding="utf-8") as fh:
                return json.load(fh)
        except (OSError, ValueError):
            pass
    data = build()
    if path is not None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        with contextlib.suppress(OSError):
            replace_file(path, text.encode("utf-8"))
    # Round-trip so the caller sees the same types whether or not the cache was hit.
    return json.loads(json.dumps(data))


def replace_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` through a temporary file in its folder and a rename, so
    that a process reading it meanwhile sees the old file or the new one, never half of one;
    the temporary file is removed when writing fails, and the error is raised."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
