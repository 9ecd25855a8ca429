"""The tuning/blind split shared by the normalization evaluations, and where shared data lives.

Every case of an evaluation set belongs to exactly one of two parts, decided by a stable hash of
its key (a Recognizers-Text case's ``Input`` string, a MEANTIME document's id): the first byte of
the SHA-1 of the UTF-8 key, even -> ``tuning``, odd -> ``blind``. The split never depends on the
order of a file, on the code under test or on the Python version, so a case stays in its part for
good.

Why the first byte: the copy of the Recognizers-Text specs in the shared folder is itself one half
of RT's suites, and every case in it has an even *last* SHA-1 byte (the other half is held out
elsewhere). The last byte's parity would put every shared case into one part; the first byte is
independent of it and splits each spec file roughly in two. The discipline around it is written in ``eval/README.md``: only the tuning part's
failures are ever looked at; the blind part is only counted.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

__all__ = ["PARTS", "part", "shared_root"]

#: The two parts, in report order.
PARTS = ("tuning", "blind")

_REPO = Path(__file__).resolve().parents[1]


def part(key: str) -> str:
    """``"tuning"`` or ``"blind"`` for a case key (the parity of its SHA-1's first byte)."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return PARTS[digest[0] & 1]


def shared_root() -> Path:
    """The team's shared data folder.

    ``$CLAIMCHECK_EVAL_SHARED`` when set; otherwise the first ``shared`` folder beside the
    repository or beside one of its parents (a git worktree one level deeper finds the same
    folder). Falls back to ``../shared`` beside the repository, which may not exist.
    """
    base = os.environ.get("CLAIMCHECK_EVAL_SHARED")
    if base:
        return Path(base)
    for parent in _REPO.parents:
        candidate = parent / "shared"
        if candidate.is_dir():
            return candidate
    return _REPO.parent / "shared"
