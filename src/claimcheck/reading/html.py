"""The HTML reader: the text content of a page, with an exact map back to the markup.

Tags, comments, scripts and styles are left out of the analysis text; character references
(``&amp;``, ``&#8217;``) become the characters they stand for, mapped to the whole reference.
Block elements start new paragraphs. ``<html lang>``, ``<title>`` and the usual article meta
tags (``article:published_time``, ``og:site_name``, ``og:url``) supply metadata.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any

from claimcheck.model import Document
from claimcheck.plugin import hookimpl
from claimcheck.reading.metadata import clean_metadata
from claimcheck.reading.offsets import OffsetBuilder
from claimcheck.reading.plain import make_document

__all__ = ["claimcheck_read_document"]

_NL = re.compile("\n")
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_META_DATE = (
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "dc.date",
    "publish-date",
)
_META_OUTLET = ("og:site_name", "application-name", "publisher")


_H1 = re.compile(r"<h1[\s>]", re.I)


class _Extractor(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.b = OffsetBuilder(text)
        self.lines = [0, *(m.end() for m in _NL.finditer(text))]
        self.skip_depth = 0
        self.meta: dict[str, Any] = {}
        self.in_title = False
        self.title: list[str] = []
        # without an <h1>, the <title> is the page's headline and one of its statements
        self.title_statement = not _H1.search(text)

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def _break(self) -> None:
        if self.b.last_char() not in ("", "\n"):
            self.b.insert("\n", self._pos(), width=0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.meta.setdefault("language", a["lang"])
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            content = a.get("content", "").strip()
            if content:
                if key in _META_DATE:
                    self.meta.setdefault("published", content)
                elif key in _META_OUTLET:
                    self.meta.setdefault("outlet", content)
                elif key in ("og:url",):
                    self.meta.setdefault("url", content)
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("url", a["href"])
        if tag == "title":
            self.in_title = True
        if tag in _SKIP and tag != "head":
            self.skip_depth += 1
        if tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP and tag != "head":
            self.skip_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP and tag != "head" and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            if not self.title_statement:
                return  # the <h1> is the headline; the <title> repeats it with the site name
        if self.skip_depth:
            return
        start = self._pos()
        self.b.keep(start, start + len(data))

    def _ref(self, raw: str) -> None:
        if self.in_title:
            self.title.append(htmllib.unescape(raw))
            if not self.title_statement:
                return
        if self.skip_depth:
            return
        start = self._pos()
        width = len(raw)
        if self.text[start : start + width] != raw:  # reference without its ';'
            width = len(raw) - 1
        self.b.insert(htmllib.unescape(raw), start, width=width)

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")


@hookimpl
def claimcheck_read_document(
    path: str, text: str, format: str, meta: Mapping[str, Any]
) -> Document | None:
    if format != "html":
        return None
    p = _Extractor(text)
    p.feed(text)
    p.close()
    found = dict(p.meta)
    title = "".join(p.title).strip()
    if title:
        found.setdefault("title", title)
    merged = dict(meta)
    for k, v in clean_metadata(found, where="HTML metadata").items():
        merged.setdefault(k, v)
        if k == "published" and merged.get(k) is v:
            merged["published_from"] = "html-meta"
    plain, starts, ends = p.b.build()
    return make_document(
        path=path,
        text=text,
        plain=plain,
        plain_to_file=starts,
        plain_ends=ends,
        format="html",
        meta=merged,
    )
