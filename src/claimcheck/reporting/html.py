"""The ``html`` format: one self-contained page an editor reads in a browser.

At the top, every finding: its message, then its statements side by side (each in its
sentence, the figure marked, with its value written as a newsroom writes it: "$4.5 billion",
"Tuesday 4 March"), whatever the number of documents, and why they conflict. What only a
technician needs (the alignment evidence, confidence, fingerprint) is behind a details toggle.
Below, every document as a reader sees it: Markdown and HTML as their text, front matter as a
line of metadata, with each statement of a finding highlighted (coloured by severity). A
highlight links to the statement it conflicts with in the other document: clicking it scrolls
there and flashes it. The page has no horizontal scroll down to a 420-pixel-wide screen.

The page carries its stylesheet and script inline and makes no outside request; every piece of
document text is escaped. Statement anchors are ``s-<document index>-<start>-<end>`` and
findings ``f<n>``, so a CMS can deep-link to either.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from claimcheck.model import SEVERITY_RANK, Document, Finding, Location, Number
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec
from claimcheck.reporting.context import Context, Sentences
from claimcheck.reporting.html_assets import CSS, SCRIPT
from claimcheck.reporting.newsroom import newsroom_value

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["render", "render_report", "span_id"]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def span_id(doc_index: int, start: int, end: int) -> str:
    """The anchor id of a highlighted statement."""
    return f"s-{doc_index}-{start}-{end}"


@dataclass(slots=True)
class _Span:
    """A highlighted statement: the findings it belongs to and the statements it conflicts with."""

    id: str
    start: int
    end: int
    severity: str = "info"
    findings: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)


class _Index:
    """Documents by path and the highlighted spans of each."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.docs = list(documents)
        self.by_path = {d.path: i for i, d in enumerate(self.docs)}
        self.spans: dict[int, dict[tuple[int, int], _Span]] = {i: {} for i in range(len(self.docs))}

    def anchor(self, loc: Location) -> str | None:
        """The span id of a statement, or ``None`` when it cannot be highlighted."""
        i = self.by_path.get(loc.path)
        if i is None or loc.end <= loc.start or loc.end > len(self.docs[i].text):
            return None
        return span_id(i, loc.start, loc.end)

    def add(self, loc: Location, finding: Finding, fid: str, partners: Iterable[str]) -> None:
        ident = self.anchor(loc)
        if ident is None:
            return
        i = self.by_path[loc.path]
        span = self.spans[i].setdefault((loc.start, loc.end), _Span(ident, loc.start, loc.end))
        if SEVERITY_RANK[finding.severity] > SEVERITY_RANK[span.severity] or not span.findings:
            span.severity = finding.severity
        if fid not in span.findings:
            span.findings.append(fid)
            span.titles.append(f"{finding.code} {finding.severity}: {finding.message}")
        for p in partners:
            if p != ident and p not in span.partners:
                span.partners.append(p)


def _highlighted_text(text: str, spans: Sequence[_Span]) -> str:
    """``text`` escaped, with every span wrapped; overlapping spans are cut into pieces.

    Each piece is covered by the same set of spans; it is drawn as the shortest of them (the
    most specific statement) and names all of them in ``data-spans``. A span's id sits on the
    first piece it covers, or on an empty anchor just before it when that piece already has one.
    """
    if not spans:
        return _e(text)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    placed: set[str] = set()
    for a, b in pairwise(cuts):
        piece = text[a:b]
        covering = [s for s in spans if s.start <= a and b <= s.end]
        if not covering:
            out.append(_e(piece))
            continue
        owner = min(covering, key=lambda s: (s.end - s.start, s.start))
        sev = max(covering, key=lambda s: SEVERITY_RANK[s.severity]).severity
        starting = [s for s in covering if s.start == a and s.id not in placed]
        own_id = ""
        for s in sorted(starting, key=lambda s: s is not owner):
            if not own_id:
                own_id = s.id
            else:
                out.append(f'<span class="anchor" id="{_e(s.id)}" data-spans="{_e(s.id)}"></span>')
            placed.add(s.id)
        partners = owner.partners or [p for s in covering for p in s.partners]
        href = f"#{partners[0]}" if partners else f"#{owner.findings[0]}"
        titles = list(dict.fromkeys(t for s in covering for t in s.titles))
        attrs = [
            f'class="hl sev-{sev}"',
            f'href="{_e(href)}"',
            f'data-spans="{_e(" ".join(s.id for s in covering))}"',
            f'data-partners="{_e(" ".join(partners))}"',
            f'data-findings="{_e(" ".join(dict.fromkeys(f for s in covering for f in s.findings)))}"',
            f'title="{_e(chr(10).join(titles))}"',
        ]
        if own_id:
            attrs.insert(0, f'id="{_e(own_id)}"')
        out.append(f"<a {' '.join(attrs)}>{_e(piece)}</a>")
    return "".join(out)


def _plain_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The analysis-text span of the file span ``start:end`` (markup and front matter out)."""
    if not doc.plain_to_file:
        return start, end
    import bisect

    return bisect.bisect_left(doc.plain_to_file, start), bisect.bisect_left(doc.plain_to_file, end)


def _sentence_html(ctx: Context | None, loc: Location) -> str:
    if ctx is None:
        return f'<blockquote class="sentence"><mark>{_e(loc.text)}</mark></blockquote>'
    return (
        f'<blockquote class="sentence">{_e(ctx.before)}<mark>{_e(ctx.figure)}</mark>'
        f"{_e(ctx.after)}</blockquote>"
    )


def _counted(value_text: str, ctx: Context | None, claim: str) -> str:
    """A bare count with the word it counts, as a newsroom writes it ("14 workers"), when
    the word right after the figure is one the finding's claim names."""
    if ctx is None:
        return value_text
    m = re.match(r"\s+([^\W\d_]+)", ctx.after)
    if m and re.search(rf"\b{re.escape(m.group(1).lower())}\b", claim.lower()):
        return f"{value_text} {m.group(1)}"
    return value_text


def _statement_card(
    label: str, loc: Location, index: _Index, sentences: Sentences, claim: str
) -> str:
    """One statement of a finding: where, its sentence with the figure marked, its value."""
    ident = index.anchor(loc)
    ctx = sentences(loc)
    i = index.by_path.get(loc.path)
    doc = index.docs[i] if i is not None else None
    name = (doc.outlet or loc.path) if doc is not None else loc.path
    where = f"{name}, line {loc.line}"
    link = f'<a class="jump" href="#{_e(ident)}">{_e(where)}</a>' if ident else _e(where)
    value = ""
    if loc.value is not None:
        shown = newsroom_value(
            loc.value,
            doc.language if doc is not None else "en",
            doc.published if doc is not None else None,
        )
        if type(loc.value) is Number:
            shown = _counted(shown, ctx, claim)
        value = f'<p class="value">{_e(shown)}</p>'
    note = f'<p class="note">{_e(loc.message)}</p>' if loc.message else ""
    return (
        f'<figure class="statement {label}"><figcaption><span class="label">{_e(label)}</span> '
        f"{link}</figcaption>{_sentence_html(ctx, loc)}{value}{note}</figure>"
    )


def _finding_item(f: Finding, fid: str, index: _Index, sentences: Sentences) -> str:
    cards = [_statement_card("this", f.location, index, sentences, f.claim)]
    cards += [_statement_card("other", r, index, sentences, f.claim) for r in f.related]
    parts = [
        f'<li class="finding sev-{f.severity}" id="{fid}">',
        '<div class="head">'
        f'<span class="badge sev-{f.severity}">{_e(f.severity)}</span> '
        f'<code>{_e(f.code)}</code> <span class="rule">{_e(f.rule)}</span></div>',
        f'<p class="message">{_e(f.message)}</p>',
        f'<div class="compare">{"".join(cards)}</div>',
    ]
    if f.reason:
        parts.append(f'<p class="reason">Why they conflict: {_e(f.reason)}</p>')
    details = [f'<p class="claim">About: {_e(f.claim)}</p>']
    if f.evidence:
        details.append(f'<p class="evidence">Same fact because: {_e("; ".join(f.evidence))}</p>')
    details.append(
        f'<p class="meta">confidence {f.confidence:.2f} \u00b7 fingerprint <code>{_e(f.fingerprint)}</code></p>'
    )
    parts.append(f'<details class="tech"><summary>Details</summary>{"".join(details)}</details>')
    parts.append("</li>")
    return "".join(parts)


def _metadata_line(doc: Document) -> str:
    """The document's front matter (or manifest entry) as one line a reader can scan."""
    from babel.dates import format_date

    facts: list[str] = [doc.role]
    if doc.outlet:
        facts.append(doc.outlet)
    if doc.published:
        facts.append("published " + str(format_date(doc.published, "EEEE d MMMM y", locale="en")))
    else:
        facts.append("no publication date")
    if doc.language and doc.language != "en":
        facts.append(f"language {doc.language}")
    if doc.url:
        facts.append(doc.url)
    return " \u00b7 ".join(facts)


def _document_article(i: int, doc: Document, spans: Sequence[_Span]) -> str:
    """A document as its readers see it: its text without markup, highlights on top."""
    title = f'<p class="doc-title">{_e(doc.title)}</p>' if doc.title else ""
    # the blank lines where front matter or a <head> stood are not shown
    lead = len(doc.plain) - len(doc.plain.lstrip())
    plain_spans = []
    for s in spans:
        ps, pe = _plain_span(doc, s.start, s.end)
        if pe > ps:
            plain_spans.append(
                _Span(s.id, ps - lead, pe - lead, s.severity, s.findings, s.titles, s.partners)
            )
    return (
        f'<article class="doc role-{_e(doc.role)}" id="doc-{i}" data-path="{_e(doc.path)}">'
        f'<header><p class="docmeta">{_e(_metadata_line(doc))}</p>'
        f"<h3>{_e(doc.path)}</h3>{title}</header>"
        f'<div class="text">{_highlighted_text(doc.plain[lead:], plain_spans)}</div></article>'
    )


def render_report(result: RunResult, options: FormatOptions) -> str:
    """The report page as a string."""
    from claimcheck import __version__

    shown = list(result.shown)
    index = _Index(result.documents)
    sentences = Sentences(result)
    tool = [f for f in shown if f.code.startswith("CC9")]
    shown = [f for f in shown if not f.code.startswith("CC9")]
    shown.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.sort_key))
    counts = Counter(f.severity for f in shown)
    summary = ", ".join(
        f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}"
        for s in ("error", "warning", "info")
    )
    summary += f" in {len(result.documents)} document{'s' if len(result.documents) != 1 else ''}"
    if result.errors:
        summary += f"; {len(result.errors)} input error{'s' if len(result.errors) != 1 else ''}"
    if not result.complete:
        summary += "; incomplete (deadline reached)"
    if tool:
        summary += f"; {len(tool)} problem{'s' if len(tool) != 1 else ''} with the check itself"
    fids = [f"f{n}" for n in range(1, len(shown) + 1)]
    for f, fid in zip(shown, fids):
        primary = index.anchor(f.location)
        related = [a for a in (index.anchor(r) for r in f.related) if a]
        index.add(f.location, f, fid, related)
        for r in f.related:
            index.add(r, f, fid, [primary] if primary else [])
    involved = {i for i, spans in index.spans.items() if spans}
    order = sorted(
        range(len(index.docs)),
        key=lambda i: (index.docs[i].role != "draft", i not in involved, i),
    )
    findings_html = (
        f'<ol class="findings">{"".join(_finding_item(f, fid, index, sentences) for f, fid in zip(shown, fids))}</ol>'
        if shown
        else '<p class="none">No conflicting statements found.</p>'
    )
    errors_html = ""
    if result.errors:
        items = "".join(f"<li>{_e(e.path)}: {_e(e.message)}</li>" for e in result.errors)
        errors_html = f'<h3>Documents that could not be checked</h3><ul class="errors">{items}</ul>'
    if tool:
        items = "".join(f"<li><code>{_e(f.code)}</code> {_e(f.message)}</li>" for f in tool)
        errors_html += (
            f'<h3>Problems with the check itself</h3><ul class="errors tool">{items}</ul>'
        )
    docs_html = "".join(
        _document_article(
            i, index.docs[i], sorted(index.spans[i].values(), key=lambda s: (s.start, s.end))
        )
        for i in order
    )
    drafts = [d.path for d in result.documents if d.role == "draft"]
    title = "claimcheck: " + (", ".join(drafts) if drafts else f"{len(result.documents)} documents")
    version = options.version or __version__
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f'<meta name="generator" content="claimcheck {_e(version)}">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head>\n"
        "<body>"
        f'<header class="top"><h1>{_e(title)}</h1><p class="summary">{_e(summary)}.</p></header>'
        "<main>"
        f'<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>{errors_html}'
        f"{findings_html}</section>"
        f'<section aria-labelledby="documents-h"><h2 id="documents-h">Documents</h2>'
        f'<div class="docs">{docs_html}</div></section>'
        f"</main><script>{SCRIPT}</script></body></html>\n"
    )


def render(result: RunResult, options: FormatOptions) -> str:
    return render_report(result, options)


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="html",
            description="a self-contained page with the documents side by side and conflicts linked",
            render=render,
        )
    ]
