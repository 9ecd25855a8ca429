"""Document metadata: the keys DESIGN.md fixes, validated the same way from every source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from claimcheck.reading import DocumentError

__all__ = ["METADATA_KEYS", "clean_metadata", "parse_published"]

#: Keys a document's metadata may carry (front matter, manifest, request).
METADATA_KEYS = frozenset({"published", "outlet", "title", "url", "language", "sources"})


def parse_published(value: Any) -> dt.date:
    """A publication date from an ISO date or datetime (string or YAML/TOML value)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return dt.date.fromisoformat(s[:10]) if len(s) >= 10 else dt.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise DocumentError(f"'published' must be an ISO date like 2024-11-20, not {value!r}")


def clean_metadata(meta: Mapping[str, Any], *, where: str) -> dict[str, Any]:
    """Validate known keys; unknown keys are kept under their names for plugins.

    ``where`` names the source of the metadata in error messages ("front matter").
    """
    out: dict[str, Any] = {}
    for key, val in meta.items():
        if val is None:
            continue
        if key == "published":
            try:
                out[key] = parse_published(val)
            except DocumentError as exc:
                raise DocumentError(f"{where}: {exc}") from None
        elif key in ("outlet", "title", "url", "language"):
            if not isinstance(val, str):
                raise DocumentError(f"{where}: {key!r} must be a string")
            out[key] = val
        elif key == "sources":
            if isinstance(val, str):
                val = [val]
            if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
                raise DocumentError(f"{where}: 'sources' must be a list of paths or globs")
            out[key] = tuple(val)
        else:
            out[key] = val
    return out
