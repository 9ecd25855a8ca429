"""Inline suppressions: ``<!-- claimcheck: ignore[CODES] reason -->`` in Markdown and HTML.

A directive is an HTML comment. ``ignore[CC101]`` covers the next sentence after the comment
(the sentence the comment sits in, when it sits inside one); ``ignore-file[CC101]`` covers the
whole document. Codes are rule codes or prefixes, comma-separated (``ignore[CC101, CC2]``).
A reason after the codes is required::

    <!-- claimcheck: ignore[CC101] the police figure is newer than the wire's -->
    The blast killed 32 people, police said.

A finding is suppressed when its statement, or one of the statements it disagrees with, lies in
the covered sentence of the document that holds the directive, and its code starts with one of
the directive's codes. Suppressed findings are dropped from the report. The directives are
checked too, by the rules of this module:

* CC902 ``suppression-without-reason``: a directive with no reason is not applied;
* CC903 ``unused-suppression``: a directive (or one of its codes) suppressed nothing;
* CC904 ``invalid-suppression``: a ``claimcheck:`` comment that is not a directive.

Directives in a run's sources are honoured, but only drafts and peers are told about their own
directives: a source is not the editor's to change.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from claimcheck.model import Document, Finding, Location, Segment, Severity
from claimcheck.plugin import hookimpl
from claimcheck.rulekit._rules import RuleContext, RuleSpec, make_location

if TYPE_CHECKING:
    from claimcheck.config import Config

__all__ = ["Directive", "claimcheck_findings", "claimcheck_rules", "parse_directives"]

_COMMENT = regex.compile(r"<!--(.*?)-->", regex.S)
_DIRECTIVE = regex.compile(
    r"""\A\s*claimcheck\s*:\s*
        (?P<verb>[A-Za-z][\w-]*)?\s*
        (?:\[(?P<codes>[^\]]*)\])?
        (?P<reason>.*?)\s*\Z""",
    regex.S | regex.X,
)
_CODE = regex.compile(r"[A-Z]{2,4}[0-9]{0,3}")
_FENCE = regex.compile(r"^[ ]{0,3}(`{3,}|~{3,})", regex.M)
_VERBS = ("ignore", "ignore-file")

NO_REASON, UNUSED, INVALID = "CC902", "CC903", "CC904"

NO_REASON_DOC = """\
# CC902 suppression-without-reason

## What it finds
An inline suppression, `<!-- claimcheck: ignore[CODES] -->`, that gives no reason after the
codes. Such a directive is not applied: the findings it would hide are still reported.

## Why it matters
A suppression hides a possible factual error from every later reader of the draft. The next
editor needs to know why the conflict was accepted (a newer figure, a different event, a
known error in the source) without redoing the research.

## Example
Flagged: the directive names a code but no reason.

```claimcheck-example flagged
=== draft.md published=2024-11-20
<!-- claimcheck: ignore[CC101] -->
A suicide bombing at the train station in Quetta on November 9 killed 26 people.
```

Not flagged: the reason follows the codes.

```claimcheck-example clean
=== draft.md published=2024-11-20
<!-- claimcheck: ignore[CC101] police revised the toll after the wire report -->
A suicide bombing at the train station in Quetta on November 9 killed 26 people.
```

## Known false positives
None: a directive either has text after its codes or it does not. A reason of one word
("typo") counts as a reason.
"""

UNUSED_DOC = """\
# CC903 unused-suppression

## What it finds
An inline suppression that suppressed nothing in this run: no finding of its codes touches the
sentence it covers (or, for `ignore-file`, the document). When a directive lists several
codes, each unused code is named.

## Why it matters
A stale suppression outlives the conflict it was written for. If the text later changes and a
new conflict appears in that sentence, the old directive would hide it without anyone having
looked at it.

## Example
Flagged: nothing in the covered sentence conflicts with anything.

```claimcheck-example flagged
=== draft.md published=2024-11-20
<!-- claimcheck: ignore[CC201] the amount was revised -->
The port handles most of the region's trade.
```

Not flagged: the directive hides the money conflict in the next sentence.

```claimcheck-example clean
=== a.md published=2024-11-20
<!-- claimcheck: ignore[CC201] the ministry revised the figure; see the desk note -->
Many work on the $62-billion China-Pakistan Economic Corridor (CPEC).
=== b.txt published=2024-11-20
The region is home to the China-Pakistan Economic Corridor (CPEC), a $65-billion investment.
```

## Known false positives
- A directive written for a source that is not part of this run (a draft checked on its own)
  is unused in that run. Codes the run does not select are never reported as unused.
- A directive placed after the sentence it was meant for covers the next sentence instead:
  put the comment on the line before the sentence.
"""

INVALID_DOC = """\
# CC904 invalid-suppression

## What it finds
An HTML comment that starts with `claimcheck:` but is not a directive claimcheck understands:
an unknown word instead of `ignore` or `ignore-file`, no codes in brackets, or something in the
brackets that is not a rule code or prefix (`CC101`, `CC1`). It is not applied.

## Why it matters
A misspelt directive looks as if it hid a finding, but it hides nothing. Without this notice
the editor would not know why the finding is still reported.

## Example
Flagged: "ignor" is not a directive.

```claimcheck-example flagged
=== draft.md published=2024-11-20
<!-- claimcheck: ignor[CC101] the toll was revised -->
A suicide bombing at the train station in Quetta on November 9 killed 26 people.
```

Not flagged: a well-formed directive.

```claimcheck-example clean
=== draft.md published=2024-11-20
<!-- claimcheck: ignore[CC101] the toll was revised -->
A suicide bombing at the train station in Quetta on November 9 killed 26 people.
```

## Known false positives
A comment that merely begins with the word "claimcheck:" for another purpose (a note to a
colleague) is read as a directive. Write such notes without the colon.
"""


@dataclass(slots=True)
class Directive:
    """One ``claimcheck:`` comment of a document."""

    doc: str
    #: The comment, as file offsets.
    start: int
    end: int
    verb: str
    codes: tuple[str, ...]
    reason: str
    #: File span covered; ``None`` for ``ignore-file``; ``(0, 0)`` when nothing follows.
    scope: tuple[int, int] | None
    #: What is wrong with it, if anything (then it is not applied).
    problem: str | None = None
    problem_code: str | None = None
    used: set[str] = field(default_factory=set)

    @property
    def active(self) -> bool:
        return self.problem is None

    def covers(self, finding: Finding, path: str) -> bool:
        """Whether this directive hides ``finding``."""
        matched = [c for c in self.codes if finding.code.startswith(c)]
        if not matched:
            return False
        locs = (finding.location, *finding.related)
        if not any(_inside(loc, path, self.scope) for loc in locs):
            return False
        self.used.update(matched)
        return True


def _inside(loc: Location, path: str, scope: tuple[int, int] | None) -> bool:
    if loc.path != path:
        return False
    if scope is None:
        return True
    return scope[0] <= loc.start < scope[1]


def parse_directives(doc: Document, segments: Sequence[Segment]) -> list[Directive]:
    """Every ``claimcheck:`` comment of a Markdown or HTML document, in text order.

    ``segments`` are the document's sentences as the segment hook gave them: a directive
    covers the sentence it sits in, or the next one."""
    if doc.format not in ("markdown", "html") or "claimcheck" not in doc.text:
        return []
    text = doc.text
    fenced = _fenced_blocks(text) if doc.format == "markdown" else []
    sentences = [(s.start, s.end) for s in segments]
    out: list[Directive] = []
    for m in _COMMENT.finditer(text):
        body = m.group(1)
        dm = _DIRECTIVE.match(body)
        if dm is None or _in_blocks(m.start(), fenced):
            continue
        verb = (dm.group("verb") or "").lower()
        raw_codes = dm.group("codes")
        reason = " ".join(dm.group("reason").split())
        codes: list[str] = []
        problem: str | None = None
        if verb not in _VERBS:
            problem = (
                f"'{verb}' is not a claimcheck directive; write ignore[CODES] or ignore-file[CODES]"
                if verb
                else "no directive after 'claimcheck:'; write ignore[CODES] reason"
            )
        elif raw_codes is None or not raw_codes.strip():
            problem = f"{verb} needs the codes to ignore in brackets, like {verb}[CC101]"
        else:
            for item in raw_codes.split(","):
                code = item.strip().upper()
                if not _CODE.fullmatch(code):
                    problem = f"{item.strip()!r} is not a rule code or prefix like CC101 or CC1"
                    break
                codes.append(code)
        problem_code = INVALID if problem else None
        if problem is None and not reason:
            problem = "suppression without a reason; add why after the codes"
            problem_code = NO_REASON
        scope = None if verb == "ignore-file" else _next_sentence(sentences, m.end())
        out.append(
            Directive(
                doc=doc.id,
                start=m.start(),
                end=m.end(),
                verb=verb,
                codes=tuple(codes),
                reason=reason,
                scope=scope,
                problem=problem,
                problem_code=problem_code,
            )
        )
    return out


def _next_sentence(sentences: Sequence[tuple[int, int]], after: int) -> tuple[int, int]:
    """The first sentence that ends after offset ``after``: the one a comment sits in, or
    the next one."""
    ends = [e for _, e in sentences]
    i = bisect.bisect_right(ends, after)
    return sentences[i] if i < len(sentences) else (0, 0)


def _fenced_blocks(text: str) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    open_at: int | None = None
    marker = ""
    for m in _FENCE.finditer(text):
        if open_at is None:
            open_at, marker = m.start(), m.group(1)[0]
        elif m.group(1)[0] == marker:
            blocks.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        blocks.append((open_at, len(text)))
    return blocks


def _in_blocks(pos: int, blocks: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in blocks)


# -- the findings hook ------------------------------------------------------------------------


@hookimpl
def claimcheck_findings(
    findings: Sequence[Finding],
    documents: Mapping[str, Document],
    segments: Mapping[str, Sequence[Segment]],
    config: Config,
) -> Sequence[Finding] | None:
    """Drop suppressed findings; report directives without a reason, unused or invalid."""
    by_path: dict[str, list[Directive]] = {}
    for doc in documents.values():
        ds = parse_directives(doc, segments.get(doc.id, ()))
        if ds:
            by_path[doc.path] = ds
    if not by_path:
        return None
    kept: list[Finding] = []
    for f in findings:
        paths = {f.location.path, *(r.path for r in f.related)}
        hidden = False
        for path in paths & by_path.keys():
            for d in by_path[path]:
                # every matching directive counts as used, so none is reported as unused
                if d.active and d.covers(f, path):
                    hidden = True
        if not hidden:
            kept.append(f)
    by_id = {d.path: d for d in documents.values()}
    kept.extend(_notices(by_path, by_id, config))
    return kept


def _notices(
    by_path: Mapping[str, list[Directive]], docs: Mapping[str, Document], config: Config
) -> Iterator[Finding]:
    for path, directives in by_path.items():
        doc = docs[path]
        if doc.role == "source":
            continue
        seen: dict[str, int] = {}
        for d in directives:
            comment = " ".join(doc.text[d.start : d.end].split())
            n = seen.get(comment, 0)
            seen[comment] = n + 1
            if d.problem is not None:
                assert d.problem_code is not None
                code, message = d.problem_code, d.problem
            else:
                unused = [c for c in d.codes if c not in d.used and config.selects(c)]
                if not unused:
                    continue
                code = UNUSED
                where = "in this document" if d.scope is None else "in the sentence it covers"
                if len(unused) == len(d.codes):
                    message = f"unused suppression: no {', '.join(unused)} finding {where}"
                else:
                    message = f"part of this suppression is unused: no {', '.join(unused)} finding {where}"
            if not config.selects(code, path):
                continue
            yield _finding(doc, d, code, message, f"{comment}\x1f{n}", config)


_SPECS: dict[str, tuple[str, Severity, str]] = {
    NO_REASON: ("suppression-without-reason", "warning", "the suppression directive"),
    UNUSED: ("unused-suppression", "info", "the suppression directive"),
    INVALID: ("invalid-suppression", "warning", "the suppression directive"),
}


def _finding(
    doc: Document, d: Directive, code: str, message: str, key: str, config: Config
) -> Finding:
    name, default, claim = _SPECS[code]
    configured = config.severity.get(code)
    sev: Severity = configured if configured in ("info", "warning", "error") else default  # type: ignore[assignment]
    fp = hashlib.sha256(f"{code}\x1f{doc.path}\x1f{key}".encode()).hexdigest()[:20]
    related: tuple[Location, ...] = ()
    if d.scope is not None and d.scope[1] > d.scope[0] and code == UNUSED:
        related = (make_location(doc, *d.scope, message="the sentence it covers"),)
    return Finding(
        code=code,
        rule=name,
        severity=sev,
        message=message,
        claim=claim,
        location=make_location(doc, d.start, d.end),
        related=related,
        confidence=1.0,
        fingerprint=fp,
        plugin="suppress",
    )


# -- rule declarations ----------------------------------------------------------------------


def _reported_by_hook(ctx: RuleContext) -> Iterable[Finding]:
    # Directives are checked in claimcheck_findings, after every rule has run.
    return ()


@hookimpl
def claimcheck_rules() -> Iterable[RuleSpec]:
    return [
        RuleSpec(
            code=NO_REASON,
            name="suppression-without-reason",
            summary="An inline suppression gives no reason; it is not applied.",
            default_severity="warning",
            check=_reported_by_hook,
            doc=NO_REASON_DOC,
        ),
        RuleSpec(
            code=UNUSED,
            name="unused-suppression",
            summary="An inline suppression suppressed nothing in this run.",
            default_severity="info",
            check=_reported_by_hook,
            doc=UNUSED_DOC,
        ),
        RuleSpec(
            code=INVALID,
            name="invalid-suppression",
            summary="A claimcheck: comment is not a directive claimcheck understands.",
            default_severity="warning",
            check=_reported_by_hook,
            doc=INVALID_DOC,
        ),
    ]
