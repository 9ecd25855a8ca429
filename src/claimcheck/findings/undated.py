"""CC910 undated-document: say which documents have no publication date, and what that costs.

Without a publication date, relative dates ("on Tuesday", "last month") cannot be resolved and
are never compared, and a figure that differs from a dated report's cannot be ordered in time:
a toll that rose between two reports and a toll copied wrongly look the same, so such a
conflict is reported as a warning at most. An editor who does not know the date is missing
would read the quieter report as a cleaner one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimcheck.model import DateValue, Document, Finding
from claimcheck.plugin import hookimpl
from claimcheck.rulekit.rules import RuleContext, RuleSpec, Statement

__all__ = ["claimcheck_rules"]

CODE = "CC910"
_HEADLINE = 80

UNDATED_DOC = """\
# CC910 undated-document

## What it finds
A document checked without a publication date: none in its front matter, its folder's
manifest, `--published` or a dateline in the text. The note names the document and says
what the missing date disables.

## Why it matters
Relative dates in an undated document ("on Tuesday", "last month") cannot be resolved, so
they are never compared with anything. And when a figure in it differs from another report's,
claimcheck cannot tell which report is newer, so a toll that changed and a toll copied wrongly
look alike: the conflict is reported as a warning, not an error. A quiet report about an
undated source is not a clean one.

**What to do:** add the date: `published: 2024-11-20` in the front matter, an entry in the folder's
`claimcheck-manifest.toml`, or `--published` on the command line. To make a missing date
fail the check, run with `--fail-on error,CC910` (or set `[severity] CC910 = "error"`).

## Example
Flagged: a wire story without a date, checked with a dated draft.

```claimcheck-example flagged
=== draft.txt published=2024-11-20
A suicide bombing at the train station in Quetta on Tuesday killed 26 people.
=== wire.txt
A suicide bombing at the train station in Quetta on Tuesday killed 26 people.
```

Not flagged: both documents are dated.

```claimcheck-example clean
=== draft.txt published=2024-11-20
A suicide bombing at the train station in Quetta on Tuesday killed 26 people.
=== wire.txt published=2024-11-19
A suicide bombing at the train station in Quetta on Tuesday killed 26 people.
```

## Known false positives
None: the document either has a date or it does not. A document that is deliberately
undated (an evergreen explainer) can be left out with `per-path-ignores`.
"""


def _headline(doc: Document) -> tuple[int, int]:
    """The file span of the document's first line of text (its headline, usually)."""
    plain = doc.plain
    start = len(plain) - len(plain.lstrip())
    end = plain.find("\n", start)
    end = len(plain) if end < 0 else end
    end = min(end, start + _HEADLINE)
    while end > start and plain[end - 1].isspace():
        end -= 1
    return doc.file_span(start, max(end, start + 1)) if plain else (0, 0)


def _unresolved(ctx: RuleContext, doc: Document) -> list[str]:
    mentions = ctx.mentions.get(doc.id, ())
    return [m.text for m in mentions if isinstance(m.value, DateValue) and not m.value.resolved]


def _message(doc: Document, unresolved: list[str]) -> str:
    name = doc.path.replace("\\", "/").rsplit("/", 1)[-1]
    n = len(unresolved)
    if n:
        shown = ", ".join(f"\u201c{t}\u201d" for t in list(dict.fromkeys(unresolved))[:3])
        dates = f"{n} relative date{'s' if n != 1 else ''} in it ({shown}) {'stay' if n != 1 else 'stays'} unresolved and {'are' if n != 1 else 'is'} not compared, and "
    else:
        dates = "relative dates in it could not be resolved, and "
    return (
        f"{name} has no publication date: {dates}a figure that differs from a dated report's "
        "can only be a warning, since which report is newer cannot be told"
    )


def check_undated(ctx: RuleContext) -> Iterator[Finding]:
    drafts = [d for d in ctx.documents.values() if d.role == "draft"]
    for doc in sorted(ctx.documents.values(), key=lambda d: d.path):
        if doc.published is not None or not doc.plain.strip():
            continue
        start, end = _headline(doc)
        # with drafts, the note follows the drafts checked against this document
        related = [
            Statement(
                doc=d.id, start=_headline(d)[0], end=_headline(d)[1], message="checked against it"
            )
            for d in drafts
            if d.id != doc.id and doc.path in d.meta.get("checked-against", ())
        ]
        yield ctx.report(
            message=_message(doc, _unresolved(ctx, doc)),
            claim=f"the publication date of {doc.path}",
            primary=Statement(doc=doc.id, start=start, end=end),
            related=related,
            reason="Relative dates resolve against the publication date; without it they stay unknown.",
        )


@hookimpl
def claimcheck_rules() -> Iterable[RuleSpec]:
    return [
        RuleSpec(
            code=CODE,
            name="undated-document",
            summary="A document has no publication date: relative dates in it are not compared.",
            default_severity="info",
            check=check_undated,
            doc=UNDATED_DOC,
        )
    ]
