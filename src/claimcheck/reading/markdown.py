"""The Markdown reader: YAML front matter, and Markdown syntax removed from the analysis text.

Front matter and markup count in the offsets but never produce mentions: code blocks and code
spans, link targets, HTML comments and tags, list markers, heading and emphasis marks are left
out of the analysis text; link texts and image descriptions stay.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from claimcheck.model import Document
from claimcheck.plugin import hookimpl
from claimcheck.reading import DocumentError
from claimcheck.reading.metadata import clean_metadata
from claimcheck.reading.offsets import OffsetBuilder
from claimcheck.reading.plain import make_document

__all__ = ["claimcheck_read_document", "split_front_matter"]

_FRONT = regex.compile(
    r"\A(\ufeff?)---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S | regex.M
)
_LINE = regex.compile(r"[^\n]*(?:\n|\Z)")
_FENCE = regex.compile(r"^[ ]{0,3}(```+|~~~+)")
_HEADING = regex.compile(r"[ ]{0,3}#{1,6}(?:[ \t]+|$)")
_HEADING_TAIL = regex.compile(r"[ \t]+#+[ \t]*$")
_QUOTE_MARK = regex.compile(r"[ ]{0,3}(?:>[ ]?)+")
_LIST_MARK = regex.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_LINK_DEF = regex.compile(r"^[ ]{0,3}\[[^\]]+\]:[ \t]*\S")
_RULE = regex.compile(r"^[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_SEP = regex.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_INLINE = regex.compile(
    r"""
    (?P<image>!\[(?P<alt>[^\]\n]*)\]\([^)\n]*\))
  | (?P<link>\[(?P<ltext>[^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\]))
  | (?P<code>(?P<ticks>`+)[^\n]*?(?P=ticks))
  | (?P<auto><(?:https?|mailto|ftp):[^>\s]*>)
  | (?P<tag></?[A-Za-z][^<>\n]*>)
  | (?P<escape>\\(?P<esc>[\\`*_{}\[\]()#+\-.!|]))
  | (?P<emph>\*+|~~|(?<!\w)_+|_+(?!\w))
  | (?P<pipe>\|)
    """,
    regex.X,
)
_COMMENT = regex.compile(r"<!--.*?-->", regex.S)


def split_front_matter(text: str) -> tuple[dict[str, Any], int]:
    """Parse YAML front matter; returns the mapping and the offset where the body starts."""
    m = _FRONT.match(text)
    if not m:
        if text.lstrip("\ufeff").startswith("---\n") or text.lstrip("\ufeff").startswith("---\r\n"):
            raise DocumentError("malformed front matter: no closing '---' line")
        return {}, 0
    import yaml

    try:
        data = yaml.safe_load(m.group(2)) if m.group(2).strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DocumentError(f"malformed front matter{where}: {problem}") from None
    except (ValueError, OverflowError) as exc:
        # YAML reads 2024-13-45 as a timestamp, and building the date fails
        raise DocumentError(_bad_date(m.group(2), exc)) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DocumentError("malformed front matter: expected 'key: value' lines")
    return {str(k): v for k, v in data.items()}, m.end()


def _bad_date(block: str, exc: Exception) -> str:
    """The front-matter key whose date value is not a real date, and why."""
    import yaml

    try:
        raw = yaml.load(block, Loader=yaml.BaseLoader)  # every value a string
    except yaml.YAMLError:
        raw = None
    if isinstance(raw, dict):
        for key, value in raw.items():
            if isinstance(value, str) and regex.match(r"\d{4}-\d{1,2}-\d{1,2}", value):
                return f"front matter: {key}: {value!r} is not a real date ({exc})"
    return f"front matter: not a real date ({exc})"


def _inline(b: OffsetBuilder, text: str, start: int, end: int) -> None:
    pos = start
    for m in _INLINE.finditer(text, start, end):
        b.keep(pos, m.start())
        kind = m.lastgroup
        if m.group("image") is not None:
            b.keep(m.start("alt"), m.end("alt"))
        elif m.group("link") is not None:
            _inline(b, text, m.start("ltext"), m.end("ltext"))
        elif m.group("escape") is not None:
            b.keep(m.start("esc"), m.end("esc"))
        elif kind == "pipe":
            b.insert(" ", m.start())
        pos = m.end()
    b.keep(pos, end)


def _body(b: OffsetBuilder, text: str, start: int) -> None:
    # HTML comments are removed first (they may span lines); the rest is line based.
    comments = [(m.start(), m.end()) for m in _COMMENT.finditer(text, start)]
    fence: str | None = None
    ci = 0
    for lm in _LINE.finditer(text, start):
        ls, le = lm.span()
        if ls == le:
            break
        line_end = le - 1 if text[le - 1 : le] == "\n" else le
        content_end = line_end - 1 if line_end > ls and text[line_end - 1] == "\r" else line_end
        line = text[ls:content_end]
        if fence is not None:
            if line.lstrip().startswith(fence):
                fence = None
            b.insert("\n", line_end) if le > line_end else None
            continue
        fm = _FENCE.match(line)
        if fm:
            fence = fm.group(1)[0] * 3
            if le > line_end:
                b.insert("\n", line_end)
            continue
        # cut comment ranges out of this line
        pieces: list[tuple[int, int]] = []
        cur = ls
        while ci < len(comments) and comments[ci][1] <= ls:
            ci += 1
        j = ci
        while j < len(comments) and comments[j][0] < content_end:
            cs, ce = comments[j]
            if cs > cur:
                pieces.append((cur, min(cs, content_end)))
            cur = max(cur, min(ce, content_end))
            if ce > content_end:
                break
            j += 1
        if cur < content_end:
            pieces.append((cur, content_end))
        if not pieces or _LINK_DEF.match(line) or _RULE.match(line) or _TABLE_SEP.match(line):
            if le > line_end:
                b.insert("\n", line_end)
            continue
        first_s, first_e = pieces[0]
        prefix = 0
        for pat in (_QUOTE_MARK, _HEADING, _LIST_MARK, _LIST_MARK):
            pm = pat.match(text, first_s + prefix, first_e)
            if pm:
                prefix = pm.end() - first_s
        pieces[0] = (first_s + prefix, first_e)
        if _HEADING.match(line):
            s0, e0 = pieces[-1]
            tm = _HEADING_TAIL.search(text, s0, e0)
            if tm:
                pieces[-1] = (s0, tm.start())
        for ps, pe in pieces:
            _inline(b, text, ps, pe)
        if le > line_end:
            b.keep(line_end, le)
        if _HEADING.match(line) and le > line_end:
            # a heading is a paragraph of its own even without blank lines around it
            b.insert("\n", line_end)


_TITLE_LINE = regex.compile(
    r"^title:[ \t]*(?:\"(?P<dq>[^\"\\\n]*)\"|'(?P<sq>[^'\n]*)'|(?P<plain>[^\n]*?))[ \t]*\r?$",
    regex.M,
)


def _title_span(text: str, body_start: int, front: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the front matter's ``title`` is written, when it is one line that reads exactly
    as its value: the headline is a statement of the document, with offsets into the file."""
    value = front.get("title")
    if not isinstance(value, str) or not value.strip():
        return None
    m = _TITLE_LINE.search(text, 0, body_start)
    if m is None:
        return None
    group = next(g for g in ("dq", "sq", "plain") if m.group(g) is not None)
    if m.group(group).strip() != value.strip():
        return None  # escapes or a folded value: the file does not spell the title as read
    start = m.start(group)
    lead = len(m.group(group)) - len(m.group(group).lstrip())
    return start + lead, start + lead + len(value.strip())


def _heading_repeats(text: str, body_start: int, front: Mapping[str, Any]) -> bool:
    """Whether the body opens with a ``#`` heading that repeats the title word for word."""
    first = text[body_start:].lstrip("\r\n").split("\n", 1)[0]
    head = _HEADING.match(first)
    return bool(head) and first[head.end() :].strip() == str(front.get("title", "")).strip()


@hookimpl
def claimcheck_read_document(
    path: str, text: str, format: str, meta: Mapping[str, Any]
) -> Document | None:
    if format != "markdown":
        return None
    front, body_start = split_front_matter(text)
    merged = {**meta, **clean_metadata(front, where="front matter")}
    if "published" in front:
        merged["published_from"] = "front-matter"
    b = OffsetBuilder(text)
    title = _title_span(text, body_start, front)
    if title is not None and not _heading_repeats(text, body_start, front):
        b.keep(*title)
        b.insert("\n\n", title[1], width=0)
    if body_start:
        b.insert("\n", body_start - 1)
    _body(b, text, body_start)
    plain, starts, ends = b.build()
    return make_document(
        path=path,
        text=text,
        plain=plain,
        plain_to_file=starts,
        plain_ends=ends,
        format="markdown",
        meta=merged,
    )
