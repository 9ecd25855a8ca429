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

The standard library's ``re`` cannot pickle what it compiles (a pickled ``re.Pattern`` is
compiled again when loaded), yet its parser and code generator are Python too: a date
grammar's anchor pattern alone costs more to compile than to run over a dozen articles.
:class:`SrePatternStore` keeps what ``re``'s compiler produces for each pattern (the code
``_sre`` runs, the groups and the flags it found) in a file keyed by the interpreter's
version and ``_sre``'s magic number, and puts the patterns built from it into ``re``'s own
cache, where ``re.compile`` finds them.
"""

from __future__ import annotations

import contextlib
import pickle
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from claimcheck.language.lexcache import cache_dir, replace_file

__all__ = ["PatternStore", "SrePatternStore", "kept_patterns"]

#: ``regex``'s module-level tables a compiled pattern is looked up in, in the order saved.
_TABLES = ("_cache", "_named_args", "_locale_sensitive")
#: The most patterns a file keeps: below ``regex``'s own cache size, which it shrinks when full.
_MOST = 480


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
        _write_pickle(self.path, data)


def _write_pickle(path: Path, data: object) -> None:
    """Replace ``path`` atomically with ``data`` pickled; failing to is not an error (a cache
    that cannot be written costs the next run time, never this run its result)."""
    with contextlib.suppress(Exception):
        replace_file(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


#: What ``re``'s compiler made of one pattern: the arguments of ``_sre.compile`` after the
#: pattern itself (its flags with the inline ones, code, groups, group index, index group).
_SreCompiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
#: A pattern in ``re``'s cache: its type, the pattern and the flags it was compiled with.
_SreKey = tuple[type, Any, int]


def _sre_internals() -> ModuleType | None:
    """``re``'s module when its cache and compiler are the ones this store knows, else
    ``None`` (another interpreter, or a version that moved them)."""
    import re

    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    if not isinstance(getattr(re, "_cache", None), dict) or compiler is None or parser is None:
        return None
    parts = ((compiler, "compile"), (compiler, "_code"), (parser, "parse"))
    if not all(callable(getattr(m, n, None)) for m, n in parts):
        return None
    return re


def _sre_file() -> Path | None:
    """The cache file for this interpreter and this version of ``_sre``'s code."""
    directory = cache_dir()
    if directory is None or sys.implementation.name != "cpython":
        return None
    import _sre

    version = ".".join(map(str, sys.version_info[:3]))
    return directory / f"re-{version}-{sys.implementation.cache_tag}-{_sre.MAGIC}.pickle"


def _sre_compiled(re: ModuleType, pattern: str | bytes, flags: int) -> _SreCompiled:
    """What ``re._compiler.compile(pattern, flags)`` hands to ``_sre.compile``."""
    parsed = re._parser.parse(pattern, flags)
    code = [int(c) for c in re._compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _sre_read(path: Path) -> dict[_SreKey, _SreCompiled]:
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    except Exception:  # missing, truncated, or written by something else: compile afresh
        return {}
    return data if isinstance(data, dict) else {}


@dataclass(frozen=True, slots=True)
class SrePatternStore:
    """The file of ``re`` patterns as compiled: what it held when it was loaded, and what
    ``re`` compiled since (recorded by :meth:`compile` while it stands in for ``re``'s)."""

    path: Path
    loaded: dict[_SreKey, _SreCompiled]
    #: ``re``'s compiler when the store was loaded, for what :meth:`compile` does not keep
    original: Callable[..., Any]
    new: dict[_SreKey, _SreCompiled] = field(default_factory=dict)

    @classmethod
    def load(cls) -> SrePatternStore | None:
        """Fill ``re``'s cache from the file; ``None`` when caching is off or impossible."""
        re = _sre_internals()
        path = _sre_file() if re is not None else None
        if re is None or path is None:
            return None
        import _sre

        kept: dict[_SreKey, _SreCompiled] = {}
        try:
            for key, compiled in _sre_read(path).items():
                kind, pattern, _ = key
                if kind is type(pattern) and kind in (str, bytes) and key not in re._cache:
                    re._cache[key] = _sre.compile(pattern, *compiled)
                kept[key] = compiled
        except Exception:  # not what this store writes: compile afresh, write it over
            return cls(path, {}, re._compiler.compile)
        return cls(path, kept, re._compiler.compile)

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """``re._compiler.compile``, keeping what it makes of a pattern given as text."""
        import _sre
        import re

        if type(pattern) not in (str, bytes) or flags & re.DEBUG:
            return self.original(pattern, flags)
        compiled = _sre_compiled(re, pattern, flags)
        self.new[type(pattern), pattern, flags] = compiled
        return _sre.compile(pattern, *compiled)

    def save(self) -> None:
        """Write the patterns in ``re``'s cache to the file when some were compiled anew."""
        re = _sre_internals()
        if re is None or not self.new:
            return
        data: dict[_SreKey, _SreCompiled] = {}
        for key in [k for k in list(re._cache) if isinstance(k, tuple) and len(k) == 3][-_MOST:]:
            compiled = self.new.get(key) or self.loaded.get(key)
            if compiled is not None:
                data[key] = compiled
        _write_pickle(self.path, data)


@contextlib.contextmanager
def kept_patterns(enabled: bool = True) -> Iterator[None]:
    """Run the body with the patterns of earlier runs loaded, and keep the new ones after it."""
    if not enabled:
        yield
        return
    store = PatternStore.load()
    with _recording(SrePatternStore.load()) as sre:
        try:
            yield
        finally:
            for kept in (store, sre):
                if kept is not None:
                    kept.save()


@contextlib.contextmanager
def _recording(store: SrePatternStore | None) -> Iterator[SrePatternStore | None]:
    """``store`` standing in for ``re``'s compiler for the body (``re`` looks its compiler up
    in ``re._compiler`` at each compilation), ``re``'s own restored after it."""
    re = _sre_internals()
    if store is None or re is None:
        yield None
        return
    compiler = re._compiler
    compiler.compile = store.compile
    try:
        yield store
    finally:
        if compiler.compile == store.compile:
            compiler.compile = store.original
