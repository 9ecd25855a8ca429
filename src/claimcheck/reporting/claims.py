"""``claimcheck extract --claims``: what was understood of each statement, and why it was or
was not compared with others.

JSON: the ``extract --format json`` document of DESIGN.md with one more top-level key::

    {"tool": {...}, "documents": [...], "mentions": [...], "errors": [...],
     "claims": [{LOCATION fields, "kind", "value",
                 "attribute", "subject", "scope", "headline", "bound",
                 "event": {"id", "type", "main", "scope", "date", "places", "actors",
                           "description"} | null,
                 "event_link": "own" | "discourse" | null,
                 "actors": [...], "places": [...],
                 "aligned": [{"path", "start", "end", "text", "strength", "score",
                              "evidence": [...]}]}]}
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from claimcheck.model import Alignment, Claim, Document, Event
from claimcheck.reporting.json import mention_json
from claimcheck.reporting.jsontext import dumps_indented

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["claims_json", "render_claims"]

_Key = tuple[str, int, int]


def _key(c: Claim) -> _Key:
    return (c.doc, c.mention.start, c.mention.end)


def _event_json(e: Event | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "id": e.id,
        "type": e.type,
        "main": e.main,
        "scope": e.scope,
        "date": e.date.to_json() if e.date is not None else None,
        "places": list(e.places),
        "actors": list(e.actors),
        "description": e.describe(),
    }


def _partners(alignments: list[Alignment]) -> dict[_Key, list[tuple[Claim, Alignment]]]:
    out: dict[_Key, list[tuple[Claim, Alignment]]] = defaultdict(list)
    for al in alignments:
        out[_key(al.a)].append((al.b, al))
        out[_key(al.b)].append((al.a, al))
    return out


def _claim_json(
    c: Claim, doc: Document, docs: dict[str, Document], aligned: list[tuple[Claim, Alignment]]
) -> dict[str, Any]:
    return {
        **mention_json(doc, c.mention, c.kind),
        "attribute": c.attribute,
        "subject": c.subject,
        "scope": c.scope,
        "headline": c.headline,
        "bound": c.bound,
        "event": _event_json(c.event_ref),
        "event_link": c.event_link,
        "actors": list(c.actors),
        "places": list(c.place),
        "aligned": [
            {
                "path": docs[o.doc].path,
                "start": o.mention.start,
                "end": o.mention.end,
                "text": o.mention.text,
                "strength": al.strength,
                "score": al.score,
                "evidence": list(al.evidence),
            }
            for o, al in sorted(aligned, key=lambda p: (docs[p[0].doc].path, p[0].mention.start))
        ],
    }


def claims_json(result: RunResult) -> list[dict[str, Any]]:
    """Every claim of the run, in document order, with its frame and its alignments."""
    docs = {d.id: d for d in result.documents}
    partners = _partners(list(result.alignments))
    out = []
    for doc in result.documents:
        analysis = result.analyses.get(doc.id)
        if analysis is None:
            continue
        for c in analysis.claims:
            out.append(_claim_json(c, doc, docs, partners.get(_key(c), [])))
    return out


def _text(result: RunResult) -> str:
    lines: list[str] = []
    for item in claims_json(result):
        what = item["attribute"] or item["kind"]
        if item["subject"]:
            what = f"{item['subject']} {what}"
        event = item["event"]
        head = f"{item['path']}:{item['line']}:{item['column']}: {item['text']!r} {what}"
        lines.append(head + (" (headline)" if item["headline"] else ""))
        if event is not None:
            lines.append(f"  event   {event['description']} [{event['id']}, {item['event_link']}]")
        unsure = item["kind"] == "number" and not item["bound"]
        lines.append(f"  scope   {item['scope']}" + (", attribute unsure" if unsure else ""))
        for other in item["aligned"]:
            why = "; ".join(other["evidence"]) or "no evidence recorded"
            lines.append(
                f"  aligned {other['path']}:{other['start']} {other['text']!r} "
                f"({other['strength']}, {other['score']:g}): {why}"
            )
    return "\n".join(lines) + ("\n" if lines else "")


def render_claims(result: RunResult, fmt: str, version: str) -> str:
    """The ``extract --claims`` report in ``text`` or ``json``."""
    if fmt == "json":
        from claimcheck.reporting import FormatOptions
        from claimcheck.reporting.json import extract_json

        data = extract_json(result, FormatOptions(command="extract", version=version))
        data["claims"] = claims_json(result)
        return dumps_indented(data) + "\n"
    return _text(result)
