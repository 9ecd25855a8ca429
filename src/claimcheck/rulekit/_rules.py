"""Rule records and the context a rule's check runs in.

A rule is a :class:`RuleSpec`: a stable code (``CC201``), a kebab-case name
(``money-mismatch``), a default severity, a one-line summary, its documentation page and a
``check`` callable. The engine calls ``check(ctx)`` with a :class:`RuleContext` and collects the
findings it yields; a rule never builds a :class:`~claimcheck.model.Finding` by hand but calls
:meth:`RuleContext.report`, which fills in code, name, severity, line and column, and the
fingerprint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from claimcheck.model import (
    EMPTY,
    Alignment,
    Claim,
    Document,
    Finding,
    Location,
    Mention,
    Severity,
    Value,
)
from claimcheck.reading.lines import line_col

if TYPE_CHECKING:
    from claimcheck.claims.participants import Cast
    from claimcheck.config import Config

__all__ = [
    "RULE_CODE",
    "RULE_NAME",
    "RuleContext",
    "RuleSpec",
    "RunNote",
    "Statement",
    "make_location",
]

RULE_CODE = regex.compile(r"^[A-Z]{2,4}[0-9]{3}$")
RULE_NAME = regex.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

CheckFn = Callable[["RuleContext"], Iterable[Finding]]


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleSpec:
    """A rule: code, name, severity, documentation and the check that implements it."""

    code: str
    name: str
    summary: str
    default_severity: Severity
    check: CheckFn = field(compare=False, repr=False)
    #: The rule's documentation page in Markdown, with the sections "What it finds",
    #: "Why it matters", "Example" and "Known false positives".
    doc: str = field(default="", compare=False, repr=False)
    #: The mention kinds the rule needs; the rule is skipped when none is present.
    kinds: tuple[str, ...] = ()
    #: The plugin that provides the rule (filled in by the plugin manager).
    plugin: str = ""
    #: Default values of the rule's options (overridable in configuration).
    options: Mapping[str, Any] = field(default_factory=lambda: EMPTY, compare=False)

    def __post_init__(self) -> None:
        if not RULE_CODE.match(self.code):
            raise ValueError(f"rule code {self.code!r} must look like CC123")
        if not RULE_NAME.match(self.name):
            raise ValueError(f"rule name {self.name!r} must be kebab-case")
        if self.default_severity not in ("info", "warning", "error"):
            raise ValueError(f"rule {self.code}: bad severity {self.default_severity!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class RunNote:
    """A line about the run for the person running it (stderr in the CLI), from a findings
    filter: what it left out and why. ``count`` is how many findings the note is about."""

    source: str
    message: str
    count: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """A span to cite in a finding: a mention, or any span of a document."""

    doc: str
    start: int
    end: int
    value: Value | None = None
    message: str | None = None

    @classmethod
    def of(cls, mention: Mention, message: str | None = None) -> Statement:
        return cls(
            doc=mention.doc,
            start=mention.start,
            end=mention.end,
            value=mention.value,
            message=message,
        )


class RuleContext:
    """Everything a rule may look at, plus :meth:`report` to emit findings.

    Attributes: ``documents`` (by id), ``mentions`` (by document id, in text order),
    ``claims`` (all framed claims), ``alignments`` (aligned claim pairs across documents),
    ``participants`` (the people of each document, linked across them), ``options`` (this
    rule's options merged with configuration) and ``config``.
    """

    def __init__(
        self,
        *,
        rule: RuleSpec,
        documents: Mapping[str, Document],
        mentions: Mapping[str, Sequence[Mention]],
        claims: Sequence[Claim],
        alignments: Sequence[Alignment],
        config: Config,
        severity: Severity | None = None,
        options: Mapping[str, Any] = EMPTY,
        participants: Cast | Callable[[], Cast] | None = None,
    ) -> None:
        self.rule = rule
        self.documents = documents
        self.mentions = mentions
        self.claims = claims
        self.alignments = alignments
        self.config = config
        self.severity: Severity = severity or rule.default_severity
        self.options: Mapping[str, Any] = {**rule.options, **options}
        self._participants = participants

    # -- helpers -----------------------------------------------------------------------------

    @property
    def participants(self) -> Cast:
        """The people of every document and who is who across them (read on first use; the
        engine passes one cast, or a function computing it once, for all the rules of a run)."""
        if self._participants is None:
            from claimcheck.claims.participants import cast_of

            self._participants = cast_of(self.documents, self.mentions)
        elif callable(self._participants):
            self._participants = self._participants()  # shared by the run's rules
        return self._participants

    def in_draft(self, item: Mention | Claim | str) -> bool:
        """Whether a mention, claim or document id belongs to a draft (a draft's statement is
        the primary location of a finding about it)."""
        doc = item if isinstance(item, str) else item.doc
        d = self.documents.get(doc)
        return d is not None and d.role == "draft"

    def claims_of(self, kind: str) -> Iterator[Claim]:
        return (c for c in self.claims if c.kind == kind)

    def alignments_of(self, kind: str) -> Iterator[Alignment]:
        return (a for a in self.alignments if a.a.kind == kind)

    def location(self, st: Statement) -> Location:
        doc = self.documents[st.doc]
        return make_location(doc, st.start, st.end, value=st.value, message=st.message)

    def report(
        self,
        *,
        message: str,
        claim: str,
        primary: Statement,
        related: Sequence[Statement] = (),
        confidence: float = 1.0,
        severity: Severity | None = None,
        evidence: Sequence[str] = (),
        reason: str = "",
        fingerprint_parts: Sequence[str] = (),
    ) -> Finding:
        """Build a finding of this rule.

        ``severity`` lowers (never raises) the configured severity for this one finding, as
        when an alignment is weak. The fingerprint hashes the code, the claim, the normalized
        values and the documents involved, never line numbers, so it survives unrelated edits.
        """
        sev = self.severity
        if severity is not None and _RANK[severity] < _RANK[sev]:
            sev = severity
        loc = self.location(primary)
        rel = tuple(self.location(r) for r in related)
        parts = [self.rule.code, claim, *fingerprint_parts]
        for st in (primary, *related):
            parts.append(_path_key(self.documents[st.doc].path))
            parts.append(_value_key(st.value) if st.value is not None else "")
        fp = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
        return Finding(
            code=self.rule.code,
            rule=self.rule.name,
            severity=sev,
            message=message,
            claim=claim,
            location=loc,
            related=rel,
            confidence=max(0.0, min(1.0, confidence)),
            fingerprint=fp,
            plugin=self.rule.plugin,
            evidence=tuple(evidence),
            reason=reason,
        )


_RANK = {"info": 0, "warning": 1, "error": 2}


def _path_key(path: str) -> str:
    """A path as the fingerprint sees it: "./a.md", "a.md" and "a/../a.md" are one file."""
    import posixpath

    return posixpath.normpath(path.replace("\\", "/"))


def _value_key(v: Value) -> str:
    return repr(sorted(v.to_json().items()))


def make_location(
    doc: Document,
    start: int,
    end: int,
    *,
    value: Value | None = None,
    message: str | None = None,
) -> Location:
    """A :class:`Location` for ``doc.text[start:end]`` with 1-based line and column."""
    line, col = line_col(doc.text, start)
    eline, ecol = line_col(doc.text, end)
    return Location(
        path=doc.path,
        start=start,
        end=end,
        line=line,
        column=col,
        end_line=eline,
        end_column=ecol,
        text=doc.text[start:end],
        value=value,
        message=message,
    )
