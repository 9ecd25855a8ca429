"""The methods :mod:`dataclasses` writes, kept compiled between processes.

Every dataclass gets its ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and, frozen,
``__setattr__`` and ``__delattr__`` as source text that :mod:`dataclasses` compiles with
``exec``: for the records claimcheck defines, compiling that text is most of the cost of
importing them, a tenth of a short check. The text depends only on the class's fields and
options, so its compiled code can be kept like a ``__pycache__`` file.

:func:`kept_methods` puts an ``exec`` into :mod:`dataclasses`' namespace (where it looks the
name up before the builtin) that takes the code from a file in the cache directory
(:func:`~claimcheck.language.lexcache.cache_dir`), keyed by the interpreter's version and byte
code, and compiles only text it has not seen, exactly as the builtin does (file name
``<string>``, no inherited ``__future__`` flags). Afterwards the new code is written back and
the builtin is restored. The file is replaced atomically; a missing, unreadable or foreign
file is ignored, and failing to write it is not an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from claimcheck.language.lexcache import cache_dir, replace_file

__all__ = ["MethodStore", "kept_methods"]

#: The most compiled methods a file keeps (claimcheck's own records need about 500).
_MOST = 4000


def _file() -> Path | None:
    directory = cache_dir()
    if directory is None or sys.implementation.cache_tag is None:
        return None
    version = ".".join(map(str, sys.version_info[:3]))
    tag = f"{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}-O{sys.flags.optimize}"
    return directory / f"dataclass-methods-{version}-{tag}.marshal"


def _read(path: Path) -> dict[bytes, bytes]:
    """The file's table: a digest of each method's text -> its code, marshalled (unmarshalled
    only when the method is made)."""
    try:
        with path.open("rb") as fh:
            data = marshal.load(fh)
    except Exception:  # missing, truncated, or written by something else: compile afresh
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if type(k) is bytes and type(v) is bytes}


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()


@dataclass
class MethodStore:
    """The compiled methods of the file, and those compiled since it was loaded."""

    path: Path
    loaded: dict[bytes, bytes]
    new: dict[bytes, bytes] = field(default_factory=dict)

    @classmethod
    def load(cls) -> MethodStore | None:
        """The store of this interpreter's file; ``None`` when caching is off."""
        path = _file()
        return None if path is None else cls(path, _read(path))

    def exec(self, source: Any, globals: Any = None, locals: Any = None) -> None:
        """``exec`` as :mod:`dataclasses` calls it, with the compiled text looked up first."""
        if type(source) is str:
            source = self._code(source)
        exec(source, globals, locals)

    def _code(self, text: str) -> CodeType:
        key = _digest(text)
        raw = self.loaded.get(key)
        if raw is not None:
            with contextlib.suppress(Exception):  # not code after all: compile it
                code = marshal.loads(raw)
                if type(code) is CodeType:
                    return code
        code = compile(text, "<string>", "exec", dont_inherit=True)
        self.new[key] = marshal.dumps(code)
        return code

    def save(self) -> None:
        """Write the file when methods were compiled that it did not hold."""
        if not self.new:
            return
        kept = dict(list({**self.loaded, **self.new}.items())[-_MOST:])
        with contextlib.suppress(Exception):
            replace_file(self.path, marshal.dumps(kept))


def _dataclasses() -> ModuleType | None:
    """:mod:`dataclasses` when it compiles with the builtin ``exec`` (nothing has put another
    one in its namespace), else ``None``."""
    import dataclasses

    return None if "exec" in vars(dataclasses) else dataclasses


@contextlib.contextmanager
def kept_methods(enabled: bool = True) -> Iterator[None]:
    """Run the body with the methods compiled by earlier runs, and keep the new ones after."""
    module = _dataclasses() if enabled else None
    store = MethodStore.load() if module is not None else None
    if module is None or store is None:
        yield
        return
    module.exec = store.exec  # type: ignore[attr-defined]
    try:
        yield
    finally:
        if vars(module).get("exec") == store.exec:
            del module.exec
        store.save()
