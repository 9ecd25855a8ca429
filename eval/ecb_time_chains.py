"""Report: how claimcheck's date values group within ECB+ cross-document time chains.

ECB+ (Cybulska & Vossen, LREC 2014) annotates time expressions that refer to the same time
across articles about one event: "Dec. 6" in one outlet, "Saturday" in another, "eight days ago"
in a third. ``xdoc_time_groups.jsonl`` holds 176 such chains, each mention with its sentence.
This script runs :func:`claimcheck.extraction.dates.extractor.find_dates` on every mention's sentence, keeps
the date mentions that overlap the annotated expression, and reports per chain whether the
values agree. ECB+ articles carry no publication dates, so relative expressions stay unresolved;
for those the script compares the under-specified TIMEX forms instead ("XXXX-12-06").

    python eval/ecb_time_chains.py [PATH_TO_xdoc_time_groups.jsonl] [--details] [--throughput]

``--throughput`` also times :func:`find_dates` over all ECB+ article sentences joined
(``ecbplus_docs.jsonl.gz``, about 1.9 MB of news text), after a warm-up call that builds the
grammar.

It is a report, not a test: a chain that "disagrees" is either a real disagreement between
outlets, a chain mixing different times (annotation granularity), or an extraction error; the
``--details`` listing is there to tell which.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.extraction.dates.extractor import find_dates
from claimcheck.model import DateValue

__all__ = ["ChainReport", "analyse_chain", "main", "throughput"]

DEFAULT_PATH = Path("/work/shared/corpora/ecbplus/xdoc_time_groups.jsonl")
DOCS_NAME = "ecbplus_docs.jsonl.gz"


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What the extractor made of one chain."""

    descriptor: str
    types: tuple[str, ...]
    mentions: int
    #: (annotated surface, extracted surface, value) for every mention with a date value
    values: tuple[tuple[str, str, DateValue], ...]
    status: str


def _locate(sentence: str, surface: str) -> tuple[int, int] | None:
    at = sentence.find(surface)
    if at < 0:
        at = sentence.lower().find(surface.lower())
    return (at, at + len(surface)) if at >= 0 else None


def _overlap(a: DateValue, b: DateValue) -> bool:
    assert a.start and a.end and b.start and b.end
    return a.start <= b.end and b.start <= a.end


def analyse_chain(chain: dict[str, Any]) -> ChainReport:
    """Extract the dates of a chain's mentions and judge whether they agree."""
    values: list[tuple[str, str, DateValue]] = []
    for mention in chain["mentions"]:
        sentence, surface = mention["sentence"], mention["mention"]
        span = _locate(sentence, surface)
        if span is None:
            continue
        best = None
        best_overlap = 0
        for m in find_dates(sentence):
            overlap = min(m.end, span[1]) - max(m.start, span[0])
            if overlap > best_overlap:
                best, best_overlap = m, overlap
        if best is not None:
            assert isinstance(best.value, DateValue)
            values.append((surface, sentence[best.start : best.end], best.value))
    absolute = [v for _, _, v in values if v.resolved]
    unresolved = [v for _, _, v in values if not v.resolved]
    if len(absolute) >= 2:
        agree = all(_overlap(a, b) for i, a in enumerate(absolute) for b in absolute[i + 1 :])
        if not agree:
            status = "absolute: disagree"
        elif len({(v.start, v.end) for v in absolute}) == 1:
            status = "absolute: agree (identical)"
        else:
            status = "absolute: agree (overlapping)"
    elif len(absolute) == 1:
        status = "one absolute value (nothing to compare)"
    elif len(unresolved) >= 2:
        same = len({v.timex for v in unresolved}) == 1
        status = "unresolved: same timex" if same else "unresolved: different timex"
    elif unresolved:
        status = "one unresolved value"
    else:
        status = "no date extracted"
    return ChainReport(
        descriptor=chain["descriptor"],
        types=tuple(sorted({m["type"] for m in chain["mentions"]})),
        mentions=len(chain["mentions"]),
        values=tuple(values),
        status=status,
    )


def throughput(docs_path: Path, repeat: int = 3) -> tuple[int, int, float]:
    """(bytes of text, date mentions, best MB/s) of ``find_dates`` over the joined articles."""
    with gzip.open(docs_path, "rt", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    text = "\n".join(" ".join(d["sentences"]) for d in docs)
    size = len(text.encode("utf-8"))
    find_dates("It opened on Tuesday, Nov. 19, 2024.")  # build the grammar once
    best = 0.0
    found = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = len(find_dates(text))
        best = max(best, size / (time.perf_counter() - t0) / 1e6)
    return size, found, best


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv and not argv[0].startswith("-") else DEFAULT_PATH
    details = "--details" in argv
    chains = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    reports = [analyse_chain(c) for c in chains]

    by_status = Counter(r.status for r in reports)
    mention_types: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    for chain, report in zip(chains, reports, strict=True):
        for m in chain["mentions"]:
            mention_types[m["type"]] += 1
        for surface, _, _ in report.values:
            covered[surface] += 1
    date_chains = [r for r in reports if "TIME_DATE" in r.types]
    date_mentions = [
        (chain, m) for chain in chains for m in chain["mentions"] if m["type"] == "TIME_DATE"
    ]
    with_value = sum(
        1
        for chain, m in date_mentions
        if any(
            min(d.end, span[1]) > max(d.start, span[0])
            for span in [_locate(m["sentence"], m["mention"]) or (0, 0)]
            for d in find_dates(m["sentence"])
        )
    )
    n_values = sum(len(r.values) for r in reports)
    n_resolved = sum(1 for r in reports for _, _, v in r.values if v.resolved)

    print(f"ECB+ time chains: {len(reports)} chains, {sum(r.mentions for r in reports)} mentions")
    print(f"  mention types: {dict(mention_types)}")
    print(
        f"  date values extracted for {n_values} mentions "
        f"({n_resolved} absolute, {n_values - n_resolved} unresolved: no publication dates)"
    )
    print(
        f"  TIME_DATE mentions with an overlapping date value: {with_value}/{len(date_mentions)} "
        f"({100 * with_value / max(len(date_mentions), 1):.1f}%)"
    )
    print("\nChains by outcome (all chains):")
    for status, n in sorted(by_status.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4d}  {status}")
    print(f"\nChains with at least one TIME_DATE mention ({len(date_chains)}):")
    for status, n in Counter(r.status for r in date_chains).most_common():
        print(f"  {n:4d}  {status}")

    interesting = [
        r for r in reports if r.status in ("absolute: disagree", "unresolved: different timex")
    ]
    print(f"\nChains whose values differ ({len(interesting)}):")
    for r in interesting if details else interesting[:12]:
        shown = "; ".join(
            f"{written!r}->{got!r} {v.start or v.timex}..{v.end or ''}".rstrip(".")
            for written, got, v in r.values
        )
        print(f"  [{r.status}] {r.descriptor}: {shown}")
    if not details and len(interesting) > 12:
        print(f"  ... {len(interesting) - 12} more (--details)")
    if "--throughput" in argv:
        size, found, best = throughput(path.parent / DOCS_NAME)
        print(
            f"\nThroughput: {size / 1e6:.2f} MB of article text, {found} date mentions, {best:.1f} MB/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
