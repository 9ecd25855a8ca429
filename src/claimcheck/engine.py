"""One pass of the pipeline: read, segment, extract, normalize, frame, align, check.

:class:`Engine` holds a plugin manager and a configuration and runs documents through the
hooks of :mod:`claimcheck.hookspecs`. It never modifies an input, and it never loses anything
silently: a document that cannot be read becomes an :class:`~claimcheck.model.InputError` (the
others are still checked), and a plugin that raises becomes a CC901 finding naming it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from claimcheck.config import SEVERITIES, Config
from claimcheck.manager.facade import ClaimcheckPluginManager, PluginFailure
from claimcheck.model import (
    NUMERIC_KINDS,
    SEVERITY_RANK,
    Alignment,
    Claim,
    DateValue,
    Document,
    Finding,
    InputError,
    Location,
    Mention,
    RawMention,
    Segment,
    Value,
)
from claimcheck.reading import DocumentError
from claimcheck.reading.files import (
    DocInput,
    StdinDocument,
    collect_paths,
    load_file,
    resolve_sources,
)
from claimcheck.reading.plain import DEFAULT_LANGUAGE
from claimcheck.rulekit._rules import RuleContext, RuleSpec, RunNote, make_location

if TYPE_CHECKING:
    from claimcheck.claims.participants import Cast, Participant
    from claimcheck.segmenting.figures import FigureCut

__all__ = [
    "CHECKED_AGAINST",
    "MAX_DOCUMENT_CHARS",
    "MAX_FRAMED_PER_DOCUMENT",
    "MAX_MENTIONS_PER_SENTENCE",
    "Analysis",
    "Engine",
    "Limit",
    "RunResult",
    "collection_paused",
    "warm",
]

#: ``Document.meta`` key of a draft: the paths of the sources it is checked against. When
#: drafts carry it, a finding is kept only if every document it involves is one draft and
#: that draft's own sources, so two drafts staged together never leak into each other.
CHECKED_AGAINST = "checked-against"

#: Kinds that share the value layer: where they overlap, the longest mention wins.
VALUE_KINDS = frozenset({*NUMERIC_KINDS, "ordinal", "date"})
#: Tie-break between value mentions of equal length (higher wins).
_PRIORITY = {"date": 6, "money": 5, "quantity": 4, "percent": 3, "ordinal": 2, "number": 1}

#: Analysis-text characters of one document that are analysed; the rest is reported (CC920).
MAX_DOCUMENT_CHARS = 8_000_000
#: Mentions of one sentence that are kept, in text order; the rest is reported (CC920). News
#: sentences hold a handful; hundreds are a table or a list flattened into one line.
MAX_MENTIONS_PER_SENTENCE = 64
#: Figures, dates and quotes of one document that are framed as statements and compared;
#: the rest are extracted only (CC920). ECB+ articles hold at most 307 mentions of any kind.
MAX_FRAMED_PER_DOCUMENT = 2000
#: The kinds of mention a statement is framed from.
FRAMED_KINDS = VALUE_KINDS | {"quote"}
#: The tool rule that reports a limit reached (see :mod:`claimcheck.findings.tool_rules`).
LIMIT_CODE = "CC920"


@dataclass(frozen=True, slots=True)
class Limit:
    """A bound of the analysis that one document reached: what was left unchecked.

    ``start``/``end`` index the analysis text (the first place it happened); ``count`` is
    how many times it happened in the document.
    """

    kind: Literal[
        "document-size",
        "sentence-length",
        "figures-per-sentence",
        "figures-per-document",
        "mentions-per-sentence",
        "statements-per-document",
    ]
    start: int
    end: int
    count: int
    message: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """A document after extraction, normalization and framing."""

    document: Document
    segments: tuple[Segment, ...]
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    #: Bounds of the analysis this document reached (each becomes a CC920 finding).
    limits: tuple[Limit, ...] = ()


@dataclass(slots=True)
class RunResult:
    """Everything a run produced; formatters render it."""

    documents: list[Document]
    analyses: dict[str, Analysis]
    findings: list[Finding]
    errors: list[InputError]
    failures: list[PluginFailure]
    rules: Mapping[str, RuleSpec]
    alignments: Sequence[Alignment] = ()
    complete: bool = True
    config: Config = field(default_factory=Config)
    #: Findings at or above this severity are shown (``--min-severity``).
    min_severity: str = "info"
    timings: dict[str, float] = field(default_factory=dict)
    #: What the findings filters left out and why (baseline matches, stale entries).
    notes: list[RunNote] = field(default_factory=list)
    #: Findings left out because a baseline file lists them (``check --baseline``).
    baselined: int = 0

    @property
    def shown(self) -> list[Finding]:
        floor = SEVERITY_RANK[self.min_severity]
        return [f for f in self.findings if SEVERITY_RANK[f.severity] >= floor]

    def exit_code(self, fail_on: str) -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 input errors or plugin failures."""
        if self.errors or self.failures:
            return 2
        if fail_on == "never":
            return 0
        floor = SEVERITY_RANK[fail_on]
        return 1 if any(SEVERITY_RANK[f.severity] >= floor for f in self.findings) else 0

    @property
    def mentions(self) -> dict[str, tuple[Mention, ...]]:
        return {k: a.mentions for k, a in self.analyses.items()}


def _find_participants(
    engine: Engine, doc: Document, mentions: Sequence[Mention]
) -> tuple[Participant, ...]:
    """The people of one analysed document. They depend on the document and its mentions
    only, so an engine that keeps analyses may keep these too."""
    from claimcheck.claims.participants import find_participants

    return find_participants(doc, mentions)


class Engine:
    """Runs the pipeline with one plugin manager; reusable across runs (the server keeps one)."""

    def __init__(
        self, config: Config | None = None, *, pm: ClaimcheckPluginManager | None = None
    ) -> None:
        self.config = config or Config()
        self.pm = pm or ClaimcheckPluginManager(disabled=_disabled_plugins(self.config))
        self.pm.configure(self.config)

    # -- reading -------------------------------------------------------------------------

    def read(self, item: DocInput) -> Document:
        """Read one document; raises :class:`DocumentError` for bad input."""
        meta = dict(item.meta)
        # the configured language, for documents whose metadata (manifest, front matter,
        # <html lang>) names none
        meta.setdefault(DEFAULT_LANGUAGE, self.config.language)
        doc = self.pm.read_document(path=item.path, text=item.text, format=item.format, meta=meta)
        if doc is None:
            raise DocumentError(f"no reader for format {item.format!r}")
        if doc.published is None:
            found = self.pm.publication_date(document=doc)
            if found is not None:
                doc = replace(doc, published=found, published_from="dateline")
        role: Any = item.role
        return replace(doc, role=role)

    def load_paths(
        self,
        paths: Sequence[str],
        *,
        against: Sequence[str] = (),
        published: dt.date | None = None,
        focus: bool = False,
        skipped: list[str] | None = None,
        stdin: StdinDocument | None = None,
    ) -> tuple[list[Document], list[InputError]]:
        """Read the documents named by ``paths``, deciding which are drafts and sources.

        A path is a draft when ``against`` is given, when its front matter lists ``sources``,
        or when a draft glob of the configuration's ``[sources]`` table matches it; a draft is
        checked against the sources so named. With ``focus`` (``claimcheck check``), when there
        are drafts a path that is neither a draft nor a source of one is not checked (it is
        appended to ``skipped``); without drafts, files the configuration names as sources are
        not checked on their own either, and the others form one cluster. Without ``focus``
        (``extract``) every path is kept.
        """
        errors: list[InputError] = []
        loaded: dict[str, Document] = {}  # normalized path -> document, in load order

        def load(group: Sequence[str], role: str) -> list[str]:
            return self._load_group(group, role, published, loaded, errors, stdin)

        given = load(paths, "draft" if against else "peer")
        sources_given = load(against, "source")
        groups, wanted = self._draft_groups(given, sources_given, loaded, errors, bool(against))
        if wanted:
            load(list(wanted.values()), "source")
        if groups:
            docs = self._with_drafts(loaded, groups, sources_given, focus, skipped)
        else:
            docs = []
            for d in loaded.values():
                if focus and self.config.sources and self.config.names_as_source(d.path):
                    if skipped is not None:
                        skipped.append(d.path)
                else:
                    docs.append(d)
        return docs, errors

    def _load_group(
        self,
        group: Sequence[str],
        role: str,
        published: dt.date | None,
        loaded: dict[str, Document],
        errors: list[InputError],
        stdin: StdinDocument | None,
    ) -> list[str]:
        """Read the files ``group`` names into ``loaded``; their normalized paths, in order."""
        files, errs = collect_paths(group, stdin)
        errors.extend(errs)
        keys: dict[str, None] = {}
        for path, fmt in files:
            key = os.path.normpath(path)
            if key in keys:
                continue
            keys[key] = None
            if key in loaded:
                continue
            item = load_file(path, fmt, role=role, published=published, errors=errors, stdin=stdin)
            if item is None:
                continue
            try:
                loaded[key] = self.read(item)
            except DocumentError as exc:
                errors.append(InputError(path=path, message=str(exc)))
        return list(keys)

    def _draft_groups(
        self,
        given: Sequence[str],
        sources_given: Sequence[str],
        loaded: Mapping[str, Document],
        errors: list[InputError],
        against: bool,
    ) -> tuple[dict[str, list[str]], dict[str, str]]:
        """Each draft's source keys, and the sources still to read (key -> path)."""
        groups: dict[str, list[str]] = {}  # draft key -> source keys
        wanted: dict[str, str] = {}  # key -> path of sources not named on the command line
        for key in given:
            d = loaded.get(key)
            if d is None:
                continue
            found, is_draft = self._sources_of(d, errors)
            if is_draft or against:
                keys = [os.path.normpath(f) for f in found]
                groups[key] = list(dict.fromkeys([*sources_given, *keys]))
                for k, f in zip(keys, found, strict=True):
                    if k not in loaded:
                        wanted.setdefault(k, f)
        return groups, wanted

    def _sources_of(self, d: Document, errors: list[InputError]) -> tuple[list[str], bool]:
        """The sources a document names (front matter, ``[sources]``), and whether it is a
        draft because of them."""
        found: list[str] = []
        is_draft = False
        if d.sources:
            # a draft that names its sources in front matter is checked against them
            is_draft = True
            fm, errs = resolve_sources(d, self.config.source_roots)
            errors.extend(errs)
            found.extend(fm)
        mapped = self.config.sources_for(d.path)
        if mapped is not None:
            is_draft = True
            files, missing = mapped
            found.extend(files)
            where = self.config.path or "configuration"
            errors.extend(
                InputError(
                    path=d.path,
                    message=f"source {m!r} ([sources] in {where}) matches no file",
                )
                for m in missing
            )
        return found, is_draft

    def _with_drafts(
        self,
        loaded: Mapping[str, Document],
        groups: Mapping[str, list[str]],
        sources_given: Sequence[str],
        focus: bool,
        skipped: list[str] | None,
    ) -> list[Document]:
        """The documents of a run with drafts: drafts (with their sources recorded), sources,
        and (unless ``focus``) the rest."""
        docs: list[Document] = []
        needed = {k for ks in groups.values() for k in ks}
        for key, d in loaded.items():
            if key in groups:
                against_paths = tuple(loaded[k].path for k in groups[key] if k in loaded)
                meta = {**d.meta, CHECKED_AGAINST: against_paths}
                docs.append(replace(d, role="draft", meta=meta))
            elif key in needed or key in sources_given:
                docs.append(replace(d, role="source"))
            elif focus:
                if skipped is not None:
                    skipped.append(d.path)
            else:
                docs.append(d)
        return docs

    # -- analysis ------------------------------------------------------------------------

    def analyze(self, doc: Document, *, frame: bool = True) -> Analysis:
        """Segment, extract, normalize and (unless ``frame`` is false) frame one document.

        The work is bounded by the document's size whatever its text, each bound reached
        a :class:`Limit` reported as CC920: the text past :data:`MAX_DOCUMENT_CHARS`, and
        that of a sentence or a document denser in figures than news
        (:func:`~claimcheck.segmenting.figures.figure_cuts`), is never extracted; long
        sentences are cut; a sentence keeps :data:`MAX_MENTIONS_PER_SENTENCE` mentions and a
        document frames :data:`MAX_FRAMED_PER_DOCUMENT` statements.
        """
        with collection_paused():
            limits: list[Limit] = []
            whole = doc
            doc = _bounded_document(doc, limits)
            segments = _bounded_segments(doc, tuple(self.pm.segment(document=doc)), limits)
            doc, cuts = _figure_bounded(doc, segments, limits)
            raw = self.pm.extract(document=doc, segments=segments, config=self.config)
            mentions = _build_mentions(doc, segments, raw, limits, cuts)
            if mentions:
                normalized = self.pm.normalize(document=doc, mentions=mentions, config=self.config)
                if normalized:
                    by_key = {m.key: m for m in normalized}
                    mentions = tuple(by_key.get(m.key, m) for m in mentions)
            framed = _framing_bounded(doc, mentions, limits) if frame else ()
            claims = (
                tuple(self.pm.frame_claims(document=doc, segments=segments, mentions=framed))
                if frame
                else ()
            )
            return Analysis(
                document=whole,
                segments=segments,
                mentions=mentions,
                claims=claims,
                limits=tuple(limits),
            )

    # -- checking ------------------------------------------------------------------------

    def run(
        self,
        docs: Sequence[Document],
        *,
        errors: Sequence[InputError] = (),
        deadline: float | None = None,
        progress: Any = None,
        analyze: Callable[[Sequence[Document]], Iterable[Analysis]] | None = None,
    ) -> RunResult:
        """Check a set of read documents against each other.

        ``deadline`` is a :func:`time.monotonic` value; when it passes, the run stops early
        and the result says ``complete=False``. ``analyze`` yields the analyses of the
        documents in their order (worker processes, a claim index); by default this engine
        analyses them one by one.
        """
        with collection_paused():
            t0 = time.perf_counter()
            analyses, complete = self._analyze_all(docs, deadline, progress, analyze)
            t1 = time.perf_counter()
            documents = {d.id: d for d in docs if d.id in analyses}
            claims = [c for a in analyses.values() for c in a.claims]
            alignments = self.pm.align(claims=claims, config=self.config)
            t2 = time.perf_counter()
            rules = self.pm.rules()
            findings, rules_done = self._check_rules(
                rules, documents, analyses, claims, alignments, deadline
            )
            findings = self._finish(findings, documents)
            notes: list[RunNote] = []
            findings = self.pm.findings(
                findings=findings,
                documents=documents,
                segments={k: a.segments for k, a in analyses.items()},
                config=self.config,
                notes=notes,
            )
            findings.extend(
                f
                for a in analyses.values()
                for f in _limit_findings(a, _severity(self.config, LIMIT_CODE))
                if self.config.selects(f.code, f.location.path)
            )
            findings = self._within_documents(findings, documents)
            failures = self.pm.take_failures()
            findings.extend(_failure_finding(f, docs) for f in failures if docs)
            findings.sort(key=lambda f: (*f.sort_key, f.fingerprint, f.message))
            t3 = time.perf_counter()
            return RunResult(
                documents=list(docs),
                analyses=analyses,
                findings=findings,
                errors=list(errors),
                failures=failures,
                rules=rules,
                alignments=alignments,
                complete=complete and rules_done,
                config=self.config,
                min_severity=self.config.min_severity,
                timings={"analyze": t1 - t0, "align": t2 - t1, "rules": t3 - t2},
                notes=notes,
                baselined=sum(n.count for n in notes if n.source == "baseline"),
            )

    def _analyze_all(
        self,
        docs: Sequence[Document],
        deadline: float | None,
        progress: Any,
        analyze: Callable[[Sequence[Document]], Iterable[Analysis]] | None = None,
    ) -> tuple[dict[str, Analysis], bool]:
        """The analyses in document order (by ``analyze`` when given), until ``deadline``."""
        analyses: dict[str, Analysis] = {}
        produced = iter(analyze(docs) if analyze is not None else map(self.analyze, docs))
        complete = True
        for i, d in enumerate(docs):
            if deadline is not None and time.monotonic() > deadline:
                complete = False
                break
            analyses[d.id] = next(produced)
            if progress is not None:
                progress(i + 1, len(docs))
        close = getattr(produced, "close", None)
        if close is not None:
            close()  # stops worker processes a deadline left waiting
        return analyses, complete

    #: The people of one analysed document, for the rules (:func:`_find_participants`).
    find_participants = _find_participants

    def _check_rules(
        self,
        rules: Mapping[str, RuleSpec],
        documents: Mapping[str, Document],
        analyses: Mapping[str, Analysis],
        claims: Sequence[Claim],
        alignments: Sequence[Alignment],
        deadline: float | None,
    ) -> tuple[list[Finding], bool]:
        """Run every selected rule, each guarded like a plugin call."""
        findings: list[Finding] = []
        mentions = {k: a.mentions for k, a in analyses.items()}
        present = {m.kind for ms in mentions.values() for m in ms}
        participants = _shared_cast(documents, mentions, self.find_participants)
        for code, spec in rules.items():
            if not self.config.selects(code):
                continue
            if deadline is not None and time.monotonic() > deadline:
                return findings, False
            if spec.kinds and not present.intersection(spec.kinds):
                continue
            sev = self.config.severity.get(code)
            ctx = RuleContext(
                rule=spec,
                documents=documents,
                mentions=mentions,
                claims=claims,
                alignments=alignments,
                config=self.config,
                severity=sev if sev in SEVERITIES else None,  # type: ignore[arg-type]
                options=self.config.rules.get(code, {}),
                participants=participants,
            )
            findings.extend(self.pm.call_rule(spec, ctx))
        return findings, True

    def _within_documents(
        self, findings: Iterable[Finding], documents: Mapping[str, Document]
    ) -> list[Finding]:
        """Drop findings whose locations are not exact spans of the run's documents; each
        plugin that made one is reported (CC901), so a bad offset never reaches a report."""
        by_path = {d.path: d for d in documents.values()}
        kept: list[Finding] = []
        for f in findings:
            bad = next((loc for loc in (f.location, *f.related) if not _exact(loc, by_path)), None)
            if bad is None:
                kept.append(f)
                continue
            problem = ValueError(
                f"{f.code} cites {bad.path!r} at {bad.start}..{bad.end}, "
                "which is not a span of that document"
            )
            self.pm.failures.append(PluginFailure(f.plugin or "?", f"rule {f.code}", problem))
        return kept

    def _finish(
        self, findings: Iterable[Finding], documents: Mapping[str, Document]
    ) -> list[Finding]:
        """Keep findings that involve a draft (when there are drafts), put the draft first,
        apply per-path ignores and drop duplicates."""
        drafts = {d.path for d in documents.values() if d.role == "draft"}
        # a draft's own sources, when the run knows them (see CHECKED_AGAINST)
        groups = {
            d.path: {d.path, *d.meta[CHECKED_AGAINST]}
            for d in documents.values()
            if d.role == "draft" and CHECKED_AGAINST in d.meta
        }
        out: list[Finding] = []
        seen: set[str] = set()
        for f in findings:
            if drafts and f.location.path not in drafts:
                idx = next((i for i, r in enumerate(f.related) if r.path in drafts), None)
                if idx is None:
                    continue
                new_primary = replace(f.related[idx], message=None)
                old = replace(f.location, message=f.related[idx].message)
                rel = (*f.related[:idx], old, *f.related[idx + 1 :])
                f = replace(f, location=new_primary, related=rel)
            if groups:
                involved = {f.location.path, *(r.path for r in f.related)}
                if not any(
                    p in drafts and (p not in groups or involved <= groups[p]) for p in involved
                ):
                    continue
            if not self.config.selects(f.code, f.location.path):
                continue
            if f.fingerprint in seen:
                continue
            seen.add(f.fingerprint)
            out.append(f)
        return out


#: A few sentences of news with a figure, an amount, a measure, dates, names and a quote:
#: what :func:`warm` analyses.
_SAMPLE = (
    "QUETTA, Pakistan (AP) - At least 26 people were killed and more than 70 injured on "
    "Saturday when a bomb exploded at the railway station, police official Muhammad Baloch "
    'said. "We will rebuild," Prime Minister Shehbaz Sharif said on November 9, 2024. The '
    "$62-billion China-Pakistan Economic Corridor covers 3,000 kilometres, and prices rose "
    "20% last month, the third increase this year.\n"
)


def warm(engine: Engine) -> None:
    """Load what analysing news text loads on first use (patterns, tables, registries) by
    analysing a short sample, so that processes forked afterwards start with it loaded
    instead of each loading it again. A plugin failure on the sample is not recorded: the
    run reports it on the documents it is given."""
    failures = len(engine.pm.failures)
    meta = {DEFAULT_LANGUAGE: engine.config.language, "published": dt.date(2024, 11, 20)}
    with contextlib.suppress(Exception):
        doc = engine.pm.read_document(path="<warm-up>", text=_SAMPLE, format="text", meta=meta)
        if doc is not None:
            engine.analyze(doc)
    del engine.pm.failures[failures:]


def _exact(loc: Location, by_path: Mapping[str, Document]) -> bool:
    """Whether ``loc`` is an exact span of its document, with 1-based lines and columns."""
    doc = by_path.get(loc.path)
    if doc is None or not 0 <= loc.start <= loc.end <= len(doc.text):
        return False
    return (
        doc.text[loc.start : loc.end] == loc.text
        and min(loc.line, loc.column, loc.end_line, loc.end_column) >= 1
    )


def _shared_cast(
    documents: Mapping[str, Document],
    mentions: Mapping[str, Sequence[Mention]],
    find: Callable[[Document, Sequence[Mention]], tuple[Participant, ...]],
) -> Callable[[], Cast]:
    """The run's participants, read once by the first rule that asks for them."""
    from functools import cache

    from claimcheck.claims.participants import cast_of

    return cache(lambda: cast_of(documents, mentions, find))


def _severity(config: Config, code: str, default: str = "warning") -> str:
    sev = config.severity.get(code)
    return sev if sev in SEVERITIES else default


def _disabled_plugins(config: Config) -> tuple[str, ...]:
    """``disable-plugins``, plus every entry-point plugin ``enable-plugins`` leaves out."""
    if config.enable_plugins is None:
        return config.disable_plugins
    from claimcheck.manager.entrypoints import entry_points
    from claimcheck.plugin import PROJECT

    allowed = set(config.enable_plugins)
    others = (ep.name for ep in entry_points(PROJECT) if ep.name not in allowed)
    return (*config.disable_plugins, *sorted(others))


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Cyclic garbage collection held off while a run or an analysis works.

    A document's analysis allocates many small records that live until it ends; each full
    collection walks all of them, and more text triggers more collections, so with the
    collector on the time grows faster than the text. Records are freed by reference
    counting as usual; cycles wait for the collector, which runs again afterwards. When the
    collector is already off (a caller's choice, or another run in progress), it stays so.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _bounded_document(doc: Document, limits: list[Limit]) -> Document:
    """``doc`` with its analysis text cut after :data:`MAX_DOCUMENT_CHARS`, at a space."""
    n = len(doc.plain)
    if n <= MAX_DOCUMENT_CHARS:
        return doc
    cut = MAX_DOCUMENT_CHARS
    space = doc.plain.rfind(" ", MAX_DOCUMENT_CHARS // 2, cut)
    cut = space if space > 0 else cut
    limits.append(
        Limit(
            kind="document-size",
            start=cut,
            end=n,
            count=1,
            message=(
                f"the document's text is {n:,} characters long: the {n - cut:,} after the "
                f"first {cut:,} were not checked"
            ),
        )
    )
    ends = doc.plain_ends[:cut] if doc.plain_ends else ()
    to_file = doc.plain_to_file[: cut + 1] if doc.plain_to_file else ()
    return replace(doc, plain=doc.plain[:cut], plain_to_file=to_file, plain_ends=ends)


def _bounded_segments(
    doc: Document, segments: tuple[Segment, ...], limits: list[Limit]
) -> tuple[Segment, ...]:
    """``segments`` with sentences longer than the limit cut into parts, renumbered."""
    from claimcheck.segmenting.sentences import MAX_SENTENCE_CHARS, split_long

    n = len(doc.plain)
    long = [s for s in segments if s.plain_end - s.plain_start > MAX_SENTENCE_CHARS]
    kept = [s for s in segments if s.plain_end <= n]
    if not long and len(kept) == len(segments):
        return segments
    out: list[Segment] = []
    for seg in kept:
        for ps, pe in split_long(doc.plain, seg.plain_start, seg.plain_end):
            fs, fe = doc.file_span(ps, pe)
            out.append(replace(seg, start=fs, end=fe, plain_start=ps, plain_end=pe, index=len(out)))
    if long:
        first = long[0]
        limits.append(
            Limit(
                kind="sentence-length",
                start=first.plain_start,
                end=first.plain_end,
                count=len(long),
                message=(
                    f"{len(long)} sentence(s) longer than {MAX_SENTENCE_CHARS:,} characters "
                    "were cut into parts: a statement across a cut was not checked"
                ),
            )
        )
    return tuple(out)


def _figure_bounded(
    doc: Document, segments: Sequence[Segment], limits: list[Limit]
) -> tuple[Document, tuple[FigureCut, ...]]:
    """``doc`` with the text of its figure cuts blanked out (same length, so every
    offset holds), and the cuts, each reported as a :class:`Limit`."""
    from claimcheck.segmenting.figures import (
        FIGURES_PER_DOCUMENT_CHARS,
        MAX_FIGURES_PER_SENTENCE,
        figure_cuts,
    )

    cuts = tuple(figure_cuts(doc.plain, segments, doc.language))
    if not cuts:
        return doc, ()
    sentences = [c for c in cuts if c.scope == "sentence"]
    if sentences:
        limits.append(
            Limit(
                kind="figures-per-sentence",
                start=sentences[0].start,
                end=sentences[0].end,
                count=len(sentences),
                message=(
                    f"{len(sentences)} sentence(s) hold more than {MAX_FIGURES_PER_SENTENCE} "
                    f"figures: the text of each from its {MAX_FIGURES_PER_SENTENCE}th figure "
                    f"on ({sum(c.end - c.start for c in sentences):,} characters) was not checked"
                ),
            )
        )
    last = cuts[-1]
    if last.scope == "document":
        limits.append(
            Limit(
                kind="figures-per-document",
                start=last.start,
                end=last.end,
                count=1,
                message=(
                    "the document holds more figures than one per "
                    f"{FIGURES_PER_DOCUMENT_CHARS} characters: its last "
                    f"{last.end - last.start:,} characters were not checked"
                ),
            )
        )
    parts: list[str] = []
    pos = 0
    for c in cuts:
        # a line break first: nothing reads a phrase on across it
        parts += [doc.plain[pos : c.start], "\n".ljust(c.end - c.start)[: c.end - c.start]]
        pos = c.end
    parts.append(doc.plain[pos:])
    return replace(doc, plain="".join(parts)), cuts


def _framing_bounded(
    doc: Document, mentions: tuple[Mention, ...], limits: list[Limit]
) -> tuple[Mention, ...]:
    """The mentions before the :data:`MAX_FRAMED_PER_DOCUMENT`-th figure, date or quote
    after it (all of them when there are fewer); the bound reached is a :class:`Limit`."""
    framed = [i for i, m in enumerate(mentions) if m.kind in FRAMED_KINDS]
    if len(framed) <= MAX_FRAMED_PER_DOCUMENT:
        return mentions
    first = mentions[framed[MAX_FRAMED_PER_DOCUMENT]]
    left = len(framed) - MAX_FRAMED_PER_DOCUMENT
    limits.append(
        Limit(
            kind="statements-per-document",
            start=first.plain_start,
            end=len(doc.plain),
            count=1,
            message=(
                f"the document holds more than {MAX_FRAMED_PER_DOCUMENT:,} figures, dates "
                f"and quotes: the {left:,} after the first {MAX_FRAMED_PER_DOCUMENT:,} were "
                "read but not compared with anything"
            ),
        )
    )
    return mentions[: framed[MAX_FRAMED_PER_DOCUMENT]]


def _outside(
    raw: Sequence[tuple[str, RawMention]], n: int, cuts: Sequence[FigureCut]
) -> list[tuple[str, RawMention]]:
    """The mentions within the analysis text that reach into no cut."""
    import bisect

    valid = [(p, r) for p, r in raw if 0 <= r.start < r.end <= n]
    if not cuts:
        return valid
    starts = [c.start for c in cuts]

    def cut_off(r: RawMention) -> bool:
        i = bisect.bisect_left(starts, r.end) - 1
        return i >= 0 and cuts[i].end > r.start

    return [(p, r) for p, r in valid if not cut_off(r)]


def _build_mentions(
    doc: Document,
    segments: Sequence[Segment],
    raw: Sequence[tuple[str, RawMention]],
    limits: list[Limit] | None = None,
    cuts: Sequence[FigureCut] = (),
) -> tuple[Mention, ...]:
    """Resolve overlaps, map offsets to the file, and attach sentence indices."""
    import bisect

    n = len(doc.plain)
    valid = _outside(raw, n, cuts)
    entities = [(p, r) for p, r in valid if r.kind == "entity"]
    values = [(p, r) for p, r in valid if r.kind in VALUE_KINDS]
    others = [(p, r) for p, r in valid if r.kind not in VALUE_KINDS and r.kind != "entity"]
    ents = _longest_first(entities)
    # a value inside a name ("World War II", "Fifth Avenue") is part of the name; the names
    # kept do not overlap, so the only one that can hold a value is the last to start before
    ent_spans = sorted((r.start, r.end) for _, r in ents)
    ent_starts = [s for s, _ in ent_spans]

    def inside_entity(r: RawMention) -> bool:
        i = bisect.bisect_right(ent_starts, r.start) - 1
        if i < 0 or ent_spans[i][1] < r.end:
            return False
        return r.kind != "date" or ent_spans[i][1] - ent_spans[i][0] > r.end - r.start

    vals = [(p, r) for p, r in _longest_first(values) if not inside_entity(r)]
    seg_starts = [s.plain_start for s in segments]
    out: list[Mention] = []
    for plugin, r in (*vals, *ents, *others):
        fs, fe = doc.file_span(r.start, r.end)
        si = max(0, bisect.bisect_right(seg_starts, r.start) - 1) if seg_starts else 0
        out.append(
            Mention(
                doc=doc.id,
                kind=r.kind,
                start=fs,
                end=fe,
                text=doc.text[fs:fe],
                value=_parts_in_file(doc, r.value),
                plain_start=r.start,
                plain_end=r.end,
                sentence=si,
                extractor=plugin,
                attrs=r.attrs,
            )
        )
    out.sort(key=lambda m: (m.start, -m.end, m.kind))
    return _per_sentence_cap(out, segments, limits)


def _per_sentence_cap(
    mentions: list[Mention], segments: Sequence[Segment], limits: list[Limit] | None
) -> tuple[Mention, ...]:
    """The first :data:`MAX_MENTIONS_PER_SENTENCE` mentions of each sentence, in text order."""
    seen: dict[int, int] = {}
    kept: list[Mention] = []
    over: dict[int, int] = {}  # sentence -> mentions left out
    for m in mentions:
        k = seen.get(m.sentence, 0)
        seen[m.sentence] = k + 1
        if k < MAX_MENTIONS_PER_SENTENCE:
            kept.append(m)
        else:
            over[m.sentence] = over.get(m.sentence, 0) + 1
    if over and limits is not None:
        first = min(over)
        seg = segments[first] if first < len(segments) else None
        left = sum(over.values())
        limits.append(
            Limit(
                kind="mentions-per-sentence",
                start=seg.plain_start if seg else 0,
                end=seg.plain_end if seg else 0,
                count=len(over),
                message=(
                    f"{len(over)} sentence(s) hold more than {MAX_MENTIONS_PER_SENTENCE} "
                    f"figures, names or quotes: the {left:,} after the first "
                    f"{MAX_MENTIONS_PER_SENTENCE} of each were not checked"
                ),
            )
        )
    return tuple(kept)


def _parts_in_file(doc: Document, value: Value) -> Value:
    """``value`` with the ends of a date range placed in the file text, as its mention is."""
    if not isinstance(value, DateValue) or value.parts is None:
        return value
    placed = []
    for part in value.parts:
        fs, fe = doc.file_span(part.start, part.end)
        placed.append(replace(part, start=fs, end=fe, text=doc.text[fs:fe]))
    return replace(value, parts=(placed[0], placed[1]))


def _longest_first(items: Sequence[tuple[str, RawMention]]) -> list[tuple[str, RawMention]]:
    """The longest of each group of overlapping mentions (ties: kind priority, then text
    order); a character array marks what is taken, so each test costs the mention's length."""
    order = sorted(
        items,
        key=lambda pr: (-(pr[1].end - pr[1].start), -_PRIORITY.get(pr[1].kind, 0), pr[1].start),
    )
    if not order:
        return []
    taken = bytearray(max(r.end for _, r in order))
    kept: list[tuple[str, RawMention]] = []
    for p, r in order:
        if 1 in taken[r.start : r.end]:
            continue
        taken[r.start : r.end] = b"\x01" * (r.end - r.start)
        kept.append((p, r))
    return kept


def _limit_findings(analysis: Analysis, severity: str = "warning") -> Iterable[Finding]:
    """One CC920 finding per bound of the analysis a document reached."""
    import hashlib

    doc = analysis.document
    for lim in analysis.limits:
        start, end = doc.file_span(lim.start, min(lim.end, lim.start + 80))
        fp = hashlib.sha256(f"{LIMIT_CODE}\x1f{doc.path}\x1f{lim.kind}".encode()).hexdigest()
        yield Finding(
            code=LIMIT_CODE,
            rule="analysis-limit",
            severity=severity,  # type: ignore[arg-type]
            message=lim.message,
            claim="the analysis of this document",
            location=make_location(doc, start, end),
            fingerprint=fp[:20],
        )


def _failure_finding(failure: PluginFailure, docs: Sequence[Document]) -> Finding:
    doc = docs[0]
    loc: Location = make_location(doc, 0, 0)
    import hashlib

    fp = hashlib.sha256(f"CC901\x1f{failure.plugin}\x1f{failure.hook}".encode()).hexdigest()[:20]
    return Finding(
        code="CC901",
        rule="plugin-failure",
        severity="error",
        message=(
            f"plugin {failure.plugin!r} failed in {failure.hook} "
            f"({type(failure.exc).__name__}: {failure.exc}); what it checks is missing from this report"
        ),
        claim="the run itself",
        location=loc,
        confidence=1.0,
        fingerprint=fp,
        plugin=failure.plugin,
    )


def default_published(value: str | None) -> dt.date | None:
    """Parse ``--published``; raises ``ValueError`` with a readable message."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"--published must be an ISO date like 2024-11-20, not {value!r}"
        ) from None
