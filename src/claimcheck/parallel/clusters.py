"""Many clusters checked at once (``check --clusters folders --jobs N``).

Each cluster is checked whole (analysis, alignment, rules, findings filters) by a worker
process, so alignment and rules use every core as well as analysis does. A worker sends back
only what a report of the run needs: the findings, the plugin failures and notes, and the
sentences that hold the findings' locations (to quote them); the mentions and claims stay in the
worker. The calling process therefore holds the documents and their sentences, not every
analysis of the tree, and the results are those of checking the clusters one by one in
order, finding for finding.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from claimcheck.engine import Analysis, Engine, RunResult
from claimcheck.manager.facade import PluginFailure
from claimcheck.model import Document, Finding, Segment
from claimcheck.parallel.processes import map_in_processes, portable
from claimcheck.rulekit import RunNote

__all__ = ["check_clusters"]

#: Clusters handed to a worker at a time, at most.
CLUSTERS_PER_BATCH = 8


@dataclass(frozen=True, slots=True)
class _Checked:
    """What a worker sends back for one cluster."""

    findings: tuple[Finding, ...]
    #: The sentences of each document analysed, by document id.
    segments: tuple[tuple[str, tuple[Segment, ...]], ...]
    failures: tuple[tuple[str, str, BaseException], ...]
    notes: tuple[RunNote, ...]
    complete: bool
    baselined: int


def check_clusters(
    engine: Engine,
    clusters: Sequence[Sequence[Document]],
    jobs: int,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[RunResult]:
    """Check each of ``clusters`` as a run of its own, in ``jobs`` worker processes; yields
    the runs' results in the order of ``clusters``."""
    total = sum(len(c) for c in clusters)
    done = 0
    if jobs <= 1 or len(clusters) < 2:
        for cluster in clusters:
            yield engine.run(cluster)
            done += len(cluster)
            if progress is not None:
                progress(done, total)
        return
    batch = max(1, min(CLUSTERS_PER_BATCH, -(-len(clusters) // (jobs * 4))))
    rules = engine.pm.rules()
    checked = map_in_processes(engine, clusters, jobs, _check, batch=batch)
    for cluster, result in zip(clusters, checked):
        yield _result(engine, cluster, result, rules)
        done += len(cluster)
        if progress is not None:
            progress(done, total)


def _check(engine: Engine, cluster: Sequence[Document]) -> tuple[_Checked, list[Any]]:
    """In a worker: check one cluster and keep what a report needs."""
    result = engine.run(cluster)
    checked = _Checked(
        findings=tuple(result.findings),
        segments=_quoted_segments(result),
        failures=tuple((f.plugin, f.hook, portable(f.exc)) for f in result.failures),
        notes=tuple(result.notes),
        complete=result.complete,
        baselined=result.baselined,
    )
    return checked, []


def _quoted_segments(result: RunResult) -> tuple[tuple[str, tuple[Segment, ...]], ...]:
    """Of each document's sentences, those a report quotes: the one a bisection of the
    sentence starts picks for each location of a finding (what
    :func:`~claimcheck.reporting.context.sentence_of` picks, and picks again among these
    alone), so the report is the one the whole list gives, and the rest stays here."""
    where: dict[str, list[int]] = {}
    for f in result.findings:
        for loc in (f.location, *f.related):
            where.setdefault(loc.path, []).append(loc.start)
    out: list[tuple[str, tuple[Segment, ...]]] = []
    for doc_id, analysis in result.analyses.items():
        starts = where.get(analysis.document.path)
        segments = analysis.segments
        if not starts or not segments:
            out.append((doc_id, ()))
            continue
        first = [s.start for s in segments]
        picked = {bisect.bisect_right(first, at) - 1 for at in starts}
        out.append((doc_id, tuple(segments[i] for i in sorted(picked) if i >= 0)))
    return tuple(out)


def _result(
    engine: Engine, cluster: Sequence[Document], checked: _Checked, rules: Any
) -> RunResult:
    """The run's result in the calling process, from what the worker sent back."""
    docs = {d.id: d for d in cluster}
    return RunResult(
        documents=list(cluster),
        analyses={
            k: Analysis(document=docs[k], segments=segs, mentions=(), claims=())
            for k, segs in checked.segments
        },
        findings=list(checked.findings),
        errors=[],
        failures=[PluginFailure(*f) for f in checked.failures],
        rules=rules,
        complete=checked.complete,
        config=engine.config,
        min_severity=engine.config.min_severity,
        notes=list(checked.notes),
        baselined=checked.baselined,
    )
