"""Finding the ``claimcheck`` entry points of installed distributions, quickly.

:mod:`importlib.metadata` answers the same question but costs about 20 ms to import (it pulls
in the e-mail parser, zip support and more), a noticeable share of a cold ``claimcheck check``
in a pre-commit hook. Entry points live in ``entry_points.txt`` inside each distribution's
``*.dist-info`` (or ``*.egg-info``) folder on ``sys.path``; this module reads just those files.
Where ``sys.path`` holds something it does not read (a zip archive), it falls back to
:mod:`importlib.metadata`, so no plugin is ever missed.

As with :mod:`importlib.metadata`, the first distribution of a name on ``sys.path`` wins.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["EntryPoint", "entry_points"]


@dataclass(frozen=True, slots=True)
class EntryPoint:
    """One entry point: ``name = module:attr`` of distribution ``dist``."""

    name: str
    value: str
    dist: str | None

    def load(self) -> Any:
        module, _, attr = self.value.partition(":")
        obj: Any = importlib.import_module(module.strip())
        for part in attr.strip().split(".") if attr.strip() else ():
            obj = getattr(obj, part)
        return obj


def _normalize(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _parse(text: str, group: str) -> Iterable[tuple[str, str]]:
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        if section == group and "=" in line:
            name, _, value = line.partition("=")
            yield name.strip(), value.strip()


def _scan(group: str) -> list[EntryPoint] | None:
    found: list[EntryPoint] = []
    dists: set[str] = set()
    for entry in sys.path:
        folder = entry or os.getcwd()
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return None  # a zip archive or the like: leave it to importlib.metadata
            continue
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for n in names:
            if not n.endswith((".dist-info", ".egg-info")):
                continue
            dist = n.rsplit(".", 1)[0].split("-", 1)[0]
            key = _normalize(dist)
            if key in dists:
                continue
            dists.add(key)
            path = os.path.join(folder, n, "entry_points.txt")
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            found.extend(EntryPoint(name, value, dist) for name, value in _parse(text, group))
    return found


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group`` across the distributions on ``sys.path``."""
    scanned = _scan(group)
    if scanned is not None:
        return scanned
    from importlib import metadata

    return [
        EntryPoint(ep.name, ep.value, ep.dist.name if ep.dist is not None else None)
        for ep in metadata.entry_points(group=group)
    ]
