"""Rule documentation pages, stored as Markdown next to each rule plugin (``docs/CODE.md``)."""

from __future__ import annotations

from importlib import resources

__all__ = ["REQUIRED_SECTIONS", "load_doc"]

#: Every rule page has these sections, in this order.
REQUIRED_SECTIONS = ("What it finds", "Why it matters", "Example", "Known false positives")


def load_doc(package: str, code: str) -> str:
    """The page ``docs/<code>.md`` of ``package`` (a plugin package or one of its modules)."""
    pkg = package.rsplit(".", 1)[0] if "." in package else package
    try:
        return (resources.files(pkg) / "docs" / f"{code}.md").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return ""
