"""One pass of the pipeline: read, segment, extract, normalize, frame, align, check.

:class:`Engine` holds a plugin manager and a configuration and runs documents through the
hooks of :mod:`claimcheck.hookspecs`. It never modifies an input, and it never loses anything
silently: a document that cannot be read becomes an :class:`~claimcheck.model.InputError` (the
others are still checked), and a plugin that raises becomes a CC901 finding naming it.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from claimcheck.config import SEVERITIES, Config
from claimcheck.manager.facade import ClaimcheckPluginManager, PluginFailure
from claimcheck.model import (
    NUMERIC_KINDS,
    SEVERITY_RANK,
    Alignment,
    Claim,
    Document,
    Finding,
    InputError,
    Location,
    Mention,
    RawMention,
    Segment,
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
from claimcheck.rulekit.rules import RuleContext, RuleSpec, make_location

__all__ = ["CHECKED_AGAINST", "Analysis", "Engine", "RunResult"]

#: ``Document.meta`` key of a draft: the paths of the sources it is checked against. When
#: drafts carry it, a finding is kept only if every document it involves is one draft and
#: that draft's own sources, so two drafts staged together never leak into each other.
CHECKED_AGAINST = "checked-against"

#: Kinds that share the value layer: where they overlap, the longest mention wins.
VALUE_KINDS = frozenset({*NUMERIC_KINDS, "ordinal", "date"})
#: Tie-break between value mentions of equal length (higher wins).
_PRIORITY = {"date": 6, "money": 5, "quantity": 4, "percent": 3, "ordinal": 2, "number": 1}


@dataclass(frozen=True, slots=True)
class Analysis:
    """A document after extraction, normalization and framing."""

    document: Document
    segments: tuple[Segment, ...]
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]


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
                item = load_file(
                    path, fmt, role=role, published=published, errors=errors, stdin=stdin
                )
                if item is None:
                    continue
                try:
                    loaded[key] = self.read(item)
                except DocumentError as exc:
                    errors.append(InputError(path=path, message=str(exc)))
            return list(keys)

        given = load(paths, "draft" if against else "peer")
        sources_given = load(against, "source")
        groups: dict[str, list[str]] = {}  # draft key -> source keys
        wanted: dict[str, str] = {}  # key -> path of sources not named on the command line
        for key in given:
            d = loaded.get(key)
            if d is None:
                continue
            found: list[str] = []
            is_draft = bool(against)
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
            if is_draft:
                keys = [os.path.normpath(f) for f in found]
                groups[key] = list(dict.fromkeys([*sources_given, *keys]))
                for k, f in zip(keys, found, strict=True):
                    if k not in loaded:
                        wanted.setdefault(k, f)
        if wanted:
            load(list(wanted.values()), "source")

        docs: list[Document] = []
        if groups:
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
        else:
            for d in loaded.values():
                if focus and self.config.sources and self.config.names_as_source(d.path):
                    if skipped is not None:
                        skipped.append(d.path)
                else:
                    docs.append(d)
        return docs, errors

    # -- analysis ------------------------------------------------------------------------

    def analyze(self, doc: Document, *, frame: bool = True) -> Analysis:
        """Segment, extract, normalize and (unless ``frame`` is false) frame one document."""
        segments = tuple(self.pm.segment(document=doc))
        raw = self.pm.extract(document=doc, segments=segments)
        mentions = _build_mentions(doc, segments, raw)
        if mentions:
            normalized = self.pm.normalize(document=doc, mentions=mentions, config=self.config)
            if normalized:
                by_key = {m.key: m for m in normalized}
                mentions = tuple(by_key.get(m.key, m) for m in mentions)
        claims = (
            tuple(self.pm.frame_claims(document=doc, segments=segments, mentions=mentions))
            if frame
            else ()
        )
        return Analysis(document=doc, segments=segments, mentions=mentions, claims=claims)

    # -- checking ------------------------------------------------------------------------

    def run(
        self,
        docs: Sequence[Document],
        *,
        errors: Sequence[InputError] = (),
        deadline: float | None = None,
        progress: Any = None,
    ) -> RunResult:
        """Check a set of read documents against each other.

        ``deadline`` is a :func:`time.monotonic` value; when it passes, the run stops early
        and the result says ``complete=False``.
        """
        t0 = time.perf_counter()
        self.pm.failures.clear()
        complete = True
        analyses: dict[str, Analysis] = {}
        for i, d in enumerate(docs):
            if deadline is not None and time.monotonic() > deadline:
                complete = False
                break
            analyses[d.id] = self.analyze(d)
            if progress is not None:
                progress(i + 1, len(docs))
        t1 = time.perf_counter()
        documents = {d.id: d for d in docs if d.id in analyses}
        claims = [c for a in analyses.values() for c in a.claims]
        alignments = self.pm.align(claims=claims, config=self.config)
        t2 = time.perf_counter()
        rules = self.pm.rules()
        findings: list[Finding] = []
        mentions = {k: a.mentions for k, a in analyses.items()}
        for code, spec in rules.items():
            if not self.config.selects(code):
                continue
            if deadline is not None and time.monotonic() > deadline:
                complete = False
                break
            if spec.kinds and not any(m.kind in spec.kinds for ms in mentions.values() for m in ms):
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
            )
            try:
                findings.extend(spec.check(ctx))
            except Exception as exc:
                self.pm.failures.append(PluginFailure(spec.plugin, f"rule {code}", exc))
        findings = self._finish(findings, documents)
        findings = self.pm.findings(findings=findings, documents=documents, config=self.config)
        failures = list({(f.plugin, f.hook): f for f in self.pm.failures}.values())
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
            complete=complete,
            config=self.config,
            min_severity=self.config.min_severity,
            timings={"analyze": t1 - t0, "align": t2 - t1, "rules": t3 - t2},
        )

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


def _disabled_plugins(config: Config) -> tuple[str, ...]:
    """``disable-plugins``, plus every entry-point plugin ``enable-plugins`` leaves out."""
    if config.enable_plugins is None:
        return config.disable_plugins
    from claimcheck.manager.entrypoints import entry_points
    from claimcheck.plugin import PROJECT

    allowed = set(config.enable_plugins)
    others = (ep.name for ep in entry_points(PROJECT) if ep.name not in allowed)
    return (*config.disable_plugins, *sorted(others))


def _build_mentions(
    doc: Document, segments: Sequence[Segment], raw: Sequence[tuple[str, RawMention]]
) -> tuple[Mention, ...]:
    """Resolve overlaps, map offsets to the file, and attach sentence indices."""
    import bisect

    n = len(doc.plain)
    valid = [(p, r) for p, r in raw if 0 <= r.start < r.end <= n]
    entities = [(p, r) for p, r in valid if r.kind == "entity"]
    values = [(p, r) for p, r in valid if r.kind in VALUE_KINDS]
    others = [(p, r) for p, r in valid if r.kind not in VALUE_KINDS and r.kind != "entity"]
    ents = _longest_first(entities)
    # a value inside a name ("World War II", "Fifth Avenue") is part of the name
    ent_spans = sorted((r.start, r.end) for _, r in ents)
    ent_starts = [s for s, _ in ent_spans]

    def inside_entity(r: RawMention) -> bool:
        i = bisect.bisect_right(ent_starts, r.start) - 1
        while i >= 0 and ent_spans[i][0] <= r.start:
            if ent_spans[i][1] >= r.end:
                return r.kind != "date" or ent_spans[i][1] - ent_spans[i][0] > r.end - r.start
            i -= 1
        return False

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
                value=r.value,
                plain_start=r.start,
                plain_end=r.end,
                sentence=si,
                extractor=plugin,
                attrs=r.attrs,
            )
        )
    out.sort(key=lambda m: (m.start, -m.end, m.kind))
    return tuple(out)


def _longest_first(items: Sequence[tuple[str, RawMention]]) -> list[tuple[str, RawMention]]:
    import bisect

    order = sorted(
        items,
        key=lambda pr: (-(pr[1].end - pr[1].start), -_PRIORITY.get(pr[1].kind, 0), pr[1].start),
    )
    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[str, RawMention]] = []
    for p, r in order:
        i = bisect.bisect_left(starts, r.start)
        if i > 0 and ends[i - 1] > r.start:
            continue
        if i < len(starts) and starts[i] < r.end:
            continue
        starts.insert(i, r.start)
        ends.insert(i, r.end)
        kept.append((p, r))
    return kept


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
