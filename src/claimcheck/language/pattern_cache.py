"""Compiled regular expressions kept between processes, in the user's cache directory.

``regex`` compiles a pattern in Python (parsing, optimising, emitting its code), which for
the extractors' and framers' grammars costs more CPU than checking a handful of articles.
A compiled ``regex`` pattern pickles as its code, and unpickles without being compiled
again. :func:`kept_patterns` loads the patterns earlier runs compiled into ``regex``'s own
cache before a command runs, and writes that cache back afterwards when the command compiled
patterns that were not in it. What ``regex.compile`` returns is the same pattern either way:
the cache is keyed by everything a compiled pattern depends on (the pattern, its flags, named
lists, ``regex``'s default version and, for locale-sensitive patterns, the locale), and the
file by the versions of ``regex`` and of the interpreter.

The file lives beside the derived lexicons (:func:`~claimcheck.language.lexcache.cache_dir`:
``CLAIMCHECK_CACHE_DIR`` overrides the directory, an empty value disables the cache). Like a
``__pycache__`` folder, it is trusted input written by the same user. It is replaced
atomically, so processes running at once never read a partial file; a missing, unreadable or
foreign file is ignored, and failing to write it is not an error.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from claimcheck.language.lexcache import cache_dir

__all__ = ["PatternStore", "kept_patterns"]

#: ``regex``'s module-level tables a compiled pattern is looked up in, in the order saved.
_TABLES = ("_cache", "_named_args", "_locale_sensitive")
#: The most patterns a file keeps: below ``regex``'s own cache size, which it shrinks when full.
_MOST = 400


def _regex_internals() -> ModuleType | None:
    """``regex``'s compiling module when it has the tables this cache fills, else ``None``."""
    try:
        import regex
        from regex import _main
    except ImportError:
        return None
    if not all(isinstance(getattr(_main, t, None), dict) for t in _TABLES):
        return None
    if not hasattr(_main, "_cache_lock") or not getattr(regex, "__version__", None):
        return None
    return _main


def _file() -> Path | None:
    """The cache file for this version of ``regex`` and of the interpreter."""
    directory = cache_dir()
    if directory is None:
        return None
    import regex

    tag = sys.implementation.cache_tag or sys.implementation.name
    version = "".join(c if c.isalnum() or c in "._-" else "_" for c in regex.__version__)
    return directory / f"regex-{version}-{tag}.pickle"


def _read(path: Path, pattern_type: type) -> tuple[dict[Any, Any], ...] | None:
    """The three tables stored in ``path``, or ``None`` when it is missing or not ours."""
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    except Exception:  # missing, truncated, or written by something else: compile afresh
        return None
    if not (isinstance(data, tuple) and len(data) == len(_TABLES)):
        return None
    if not all(isinstance(t, dict) for t in data):
        return None
    if not all(isinstance(p, pattern_type) for p in data[0].values()):
        return None
    return data


@dataclass(frozen=True, slots=True)
class PatternStore:
    """The file of compiled patterns and the cache keys it held when it was loaded."""

    path: Path
    loaded: frozenset[Any]

    @classmethod
    def load(cls) -> PatternStore | None:
        """Fill ``regex``'s cache from the file; ``None`` when caching is off or impossible."""
        main = _regex_internals()
        path = _file() if main is not None else None
        if main is None or path is None:
            return None
        data = _read(path, main.Pattern)
        if data is None:
            return cls(path, frozenset())
        with main._cache_lock:
            for name, saved in zip(_TABLES, data, strict=True):
                table = getattr(main, name)
                for key, value in saved.items():
                    table.setdefault(key, value)
        return cls(path, frozenset(data[0]))

    def save(self) -> None:
        """Write ``regex``'s cache to the file when it holds patterns the file did not."""
        main = _regex_internals()
        if main is None:
            return
        with main._cache_lock:
            cache = dict(main._cache)
            if cache.keys() <= self.loaded:
                return
            keys = list(cache)[-_MOST:]
            patterns = {k: cache[k] for k in keys}
            named = {k[:3]: v for k in keys if (v := main._named_args.get(k[:3])) is not None}
            local = {
                k[1::-1]: v for k in keys if (v := main._locale_sensitive.get(k[1::-1])) is not None
            }
        self._write((patterns, named, local))

    def _write(self, data: tuple[dict[Any, Any], ...]) -> None:
        # a cache that cannot be written costs the next run time, never this run its result
        with contextlib.suppress(Exception):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise


@contextlib.contextmanager
def kept_patterns(enabled: bool = True) -> Iterator[None]:
    """Run the body with the patterns of earlier runs loaded, and keep the new ones after it."""
    store = PatternStore.load() if enabled else None
    try:
        yield
    finally:
        if store is not None:
            store.save()
