"""Short reports of one event by two outlets, checked as a draft against its source, for the
tests of event dates and event kinds."""

from __future__ import annotations

from claimcheck.api import check_texts
from claimcheck.model import Finding


def report(doc_id: str, title: str, body: str, published: str | None) -> dict[str, str]:
    """A Markdown report with its headline and, when given, its publication date."""
    meta = f'---\ntitle: "{title}"\n' + (f"published: {published}\n" if published else "") + "---\n"
    return {"id": doc_id, "text": meta + body + "\n", "format": "markdown"}


def date_findings(*docs: dict[str, str]) -> list[Finding]:
    """The warning- and error-level CC301 findings of the first report against the others."""
    res = check_texts(draft=docs[0], sources=list(docs[1:]))
    return [f for f in res.findings if f.code == "CC301" and f.severity != "info"]


def cites(f: Finding, doc_id: str, text: str) -> bool:
    """The finding cites a statement of ``doc_id`` containing ``text``."""
    return any(loc.path == doc_id and text in loc.text for loc in (f.location, *f.related))
