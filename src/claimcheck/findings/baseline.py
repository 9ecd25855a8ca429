"""Baselines: accept today's findings so a team sees only new ones.

``claimcheck check --write-baseline FILE`` records every finding of the run by path, code and
fingerprint; ``claimcheck check --baseline FILE`` (or ``baseline = "FILE"`` in the
configuration) leaves out the findings the file lists. Fingerprints are content based (the
rule, the claim, the normalized values and the documents involved, never a line number), so a
recorded finding stays recorded while unrelated paragraphs are edited, and a changed value makes
it new again.

The file is JSON, sorted so it diffs well in version control::

    {
      "version": 1,
      "tool": {"name": "claimcheck", "version": "0.1.0"},
      "findings": [
        {"path": "drafts/quetta.md", "code": "CC101", "fingerprint": "3f1c...",
         "message": "..."}
      ]
    }

Paths are relative to the baseline file's folder, so the file works from any working directory.
``message`` is for people reading the file; matching ignores it. An entry whose document was
checked but whose finding no longer appears is *stale*: the conflict was fixed, and the entry
can go (write the baseline again).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.model import Finding

__all__ = [
    "BASELINE_VERSION",
    "Baseline",
    "BaselineEntry",
    "BaselineError",
    "BaselineMatch",
    "stale_notice",
]

BASELINE_VERSION = 1

#: Findings about the run itself are never recorded: they must be fixed, not accepted.
_NEVER = frozenset({"CC901"})


class BaselineError(Exception):
    """A baseline file that cannot be read or written; the message names the file."""


@dataclass(frozen=True, slots=True, order=True)
class BaselineEntry:
    """One recorded finding."""

    path: str
    code: str
    fingerprint: str
    message: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.path, self.code, self.fingerprint)


@dataclass(frozen=True, slots=True)
class BaselineMatch:
    """The result of applying a baseline: what is left, what matched, what is stale."""

    kept: list[Finding]
    matched: int
    stale: list[BaselineEntry]


@dataclass(frozen=True, slots=True)
class Baseline:
    """The findings a team has accepted, from one baseline file."""

    path: Path
    entries: tuple[BaselineEntry, ...]

    @property
    def display(self) -> str:
        """The file's path for messages: relative to the working directory when below it."""
        rel = os.path.relpath(os.path.abspath(self.path))
        return rel if not rel.startswith("..") else str(self.path)

    # -- reading and writing -------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Baseline:
        """Read a baseline file; raises :class:`BaselineError` saying what is wrong."""
        file = Path(path)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(
                f"{file}: baseline file not found (create it with --write-baseline {file})"
            ) from None
        except OSError as exc:
            raise BaselineError(f"{file}: cannot read baseline: {exc.strerror}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{file}: baseline is not valid JSON: {exc}") from None
        if not isinstance(data, dict) or "version" not in data:
            raise BaselineError(f"{file}: not a claimcheck baseline (no 'version' field)")
        if data["version"] != BASELINE_VERSION:
            raise BaselineError(
                f"{file}: baseline version {data['version']!r} is not supported "
                f"(expected {BASELINE_VERSION}); write it again with --write-baseline"
            )
        items = data.get("findings")
        if not isinstance(items, list):
            raise BaselineError(f"{file}: 'findings' must be a list")
        entries: list[BaselineEntry] = []
        for i, item in enumerate(items):
            fields = ("path", "code", "fingerprint")
            if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in fields):
                raise BaselineError(
                    f"{file}: findings[{i}] must have string 'path', 'code' and 'fingerprint'"
                )
            entries.append(
                BaselineEntry(
                    path=item["path"],
                    code=item["code"],
                    fingerprint=item["fingerprint"],
                    message=str(item.get("message", "")),
                )
            )
        return cls(path=file, entries=tuple(entries))

    @classmethod
    def from_findings(cls, path: str | os.PathLike[str], findings: Iterable[Finding]) -> Baseline:
        """A baseline recording ``findings``, to be written to ``path``."""
        file = Path(path)
        entries = {
            BaselineEntry(
                path=_relative(f.location.path, file),
                code=f.code,
                fingerprint=f.fingerprint,
                message=f.message,
            )
            for f in findings
            if f.code not in _NEVER and f.fingerprint
        }
        return cls(path=file, entries=tuple(sorted(entries)))

    def write(self, *, version: str = "") -> None:
        """Write the file (sorted, one entry per finding); raises :class:`BaselineError`."""
        from claimcheck import __version__

        data = {
            "version": BASELINE_VERSION,
            "tool": {"name": "claimcheck", "version": version or __version__},
            "findings": [
                {"path": e.path, "code": e.code, "fingerprint": e.fingerprint, "message": e.message}
                for e in self.entries
            ],
        }
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        from claimcheck.reporting.output import OutputError, write_atomic

        try:
            write_atomic(self.path, text)
        except OutputError as exc:
            raise BaselineError(f"{exc.path}: cannot write baseline: {exc.reason}") from None

    # -- applying --------------------------------------------------------------------------

    def apply(self, findings: Sequence[Finding], checked: Iterable[str]) -> BaselineMatch:
        """Leave out recorded findings.

        ``checked`` are the paths of the run's documents: an entry about one of them that
        matched nothing is stale; entries about documents this run did not read are not.
        """
        keys = {e.key for e in self.entries}
        used: set[tuple[str, str, str]] = set()
        kept: list[Finding] = []
        for f in findings:
            key = (_relative(f.location.path, self.path), f.code, f.fingerprint)
            if key in keys:
                used.add(key)
            else:
                kept.append(f)
        read = {_relative(p, self.path) for p in checked}
        stale = [e for e in self.entries if e.key not in used and e.path in read]
        return BaselineMatch(kept=kept, matched=len(findings) - len(kept), stale=stale)


def _relative(path: str, baseline: Path) -> str:
    """``path`` (as the run names it) relative to the baseline file's folder, with ``/``."""
    folder = os.path.abspath(baseline.parent)
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, folder)
    except ValueError:  # another drive (Windows)
        return Path(full).as_posix()
    return Path(rel).as_posix()


def stale_notice(baseline: Baseline, stale: Sequence[BaselineEntry], limit: int = 3) -> str:
    """One line for stderr about entries that no longer match a finding."""
    shown = ", ".join(f"{e.path} {e.code}" for e in stale[:limit])
    more = f" and {len(stale) - limit} more" if len(stale) > limit else ""
    n = len(stale)
    return (
        f"{n} baseline {'entry' if n == 1 else 'entries'} in {baseline.display} "
        f"{'matches' if n == 1 else 'match'} no finding any more ({shown}{more}); "
        f"write the baseline again to drop {'it' if n == 1 else 'them'}"
    )
