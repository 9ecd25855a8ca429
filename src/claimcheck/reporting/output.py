"""Writing a report or a baseline without ever damaging a file.

:func:`write_atomic` refuses to write over one of the run's inputs or over anything but a
regular file (a device, a FIFO, a folder), writes to a fresh temporary file in the target's
folder and renames it into place. A full disk, a crash or a second writer at the same moment
therefore leaves either the old file or the new one, never a broken or missing one, and no
temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["OutputError", "write_atomic"]


class OutputError(Exception):
    """The file cannot or must not be written; the message names it and says why."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def _same_file(target: Path, inputs: Iterable[str]) -> str | None:
    for given in inputs:
        with contextlib.suppress(OSError):
            if os.path.samefile(target, given):
                return given
    return None


def check_target(path: str | os.PathLike[str], inputs: Iterable[str] = ()) -> None:
    """Raise :class:`OutputError` when ``path`` must not be written."""
    target = Path(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise OutputError(path, f"will not write here: {kind}")
    clash = _same_file(target, inputs)
    if clash is not None:
        raise OutputError(path, f"will not write over {clash}, which is one of the inputs")


def write_atomic(path: str | os.PathLike[str], text: str, inputs: Iterable[str] = ()) -> None:
    """Write ``text`` (UTF-8) to ``path`` in one step: all of it or nothing."""
    check_target(path, inputs)
    target = Path(path)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode(target: Path) -> int:
    """The permissions the file had, or what a new file gets under the current umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
