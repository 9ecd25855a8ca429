"""Measure claimcheck against labelled cases: precision and recall per rule family, and false
alarms on unaltered news clusters.

    python eval/evaluate.py                  # the table
    python eval/evaluate.py --show-errors    # every false positive and false negative
    python eval/evaluate.py --family quotes --show-errors
    python eval/evaluate.py --json           # machine-readable (the regression test uses it)
    python eval/evaluate.py --no-ecb         # only what is in the repository (seeds, synthetic)

Suites (labelled data in ``eval/cases/``, see ``eval/README.md``):

* ``seeds``            the five seed articles as one cluster, every disagreement and trap
                       labelled (``seeds.toml``);
* ``seeds-perturbed``  scripted perturbations and harmless rewrites of a copy of one seed,
                       checked inside the seed cluster (``seeds_perturbed.jsonl``);
* ``synthetic``        hand-written small clusters (``synthetic.toml``);
* ``heldout``          realistic clusters of unrelated events, written without looking at the
                       rules, labelled completely (``heldout.toml``);
* ``variants``         name spellings in template sentences (``variants.jsonl``);
* ``ecb-perturbed``    scripted perturbations and harmless rewrites of ECB+ articles, a copy
                       against its original (``ecb_perturbed.jsonl``; needs the corpus);
* ``ecb-chains``       the ECB+ numeric chains, labelled conflict or compatible
                       (``ecb_chains.toml``; needs the corpus);
* ``ecb-unaltered``    every ECB+ cluster as it is: warning- and error-level findings per 20
                       articles, each written to ``eval/reports/ecb_unaltered.txt``; each is
                       judged by hand, by fingerprint, a real disagreement between the outlets
                       or a false alarm (``ecb_unaltered_judgements.toml``), and the findings
                       judged false or not judged at all are the indefensible ones.

Scoring. Only warning- and error-level findings count (info is never a false alarm). An
expected finding is a true positive when a finding with one of the expected codes touches the
expected spans (overlapping offsets), else a false negative. A false positive is a finding
that touches a trap (a span labelled not to be flagged) or, in a completely labelled case,
matches no expectation; it counts against the family of its own code. For a perturbed copy a
finding of another family that touches the changed span is a false positive too, except an
in-document finding (CC6xx), which the change may legitimately cause. For a harmless rewrite a
finding that sets the rewritten copy against its original is a false positive.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

sys.path.insert(0, str(Path(__file__).resolve().parent))

import perturb

from claimcheck.config import Config
from claimcheck.engine import Analysis, Engine
from claimcheck.model import Document, Finding, Location
from claimcheck.reading.files import DocInput

__all__ = [
    "FAMILIES",
    "TARGETS",
    "Case",
    "Rule",
    "Span",
    "evaluate",
    "family_of",
    "load_cases",
    "main",
]

CASES = perturb.CASES_DIR
REPORTS = perturb.REPO / "eval" / "reports"

#: Rule-code prefix -> family.
FAMILIES: Mapping[str, str] = {
    "CC1": "counts",
    "CC2": "money",
    "CC3": "dates",
    "CC4": "names",
    "CC5": "quotes",
    "CC6": "internal",
}
FAMILY_ORDER = ("counts", "money", "dates", "names", "quotes", "internal")
#: The issue's targets: (precision, recall) per family, and warnings+errors per 20 unaltered
#: articles.
TARGETS: Mapping[str, tuple[float, float]] = {
    "counts": (0.9, 0.9),
    "money": (0.9, 0.9),
    "dates": (0.9, 0.9),
    "names": (0.8, 0.8),
    "quotes": (0.8, 0.8),
}
UNALTERED_TARGET_PER_20 = 1.0
FLAGGED = ("warning", "error")
#: Hand judgements of the findings on the unaltered ECB+ clusters, keyed by fingerprint.
JUDGEMENTS = CASES / "ecb_unaltered_judgements.toml"
VERDICTS = ("real", "false")
#: Suites scored on their own only, never in the per-family totals (which the regression floors
#: check): clusters kept to measure the product on text it was not built around.
SEPARATE_SUITES = frozenset({"heldout"})


def family_of(code: str) -> str:
    """The family a rule code belongs to ("tool" for CC9xx)."""
    return FAMILIES.get(code[:3], "tool")


# --------------------------------------------------------------------------------------------
# cases


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled span of one document of a case."""

    path: str
    start: int
    end: int

    def touches(self, loc: Location) -> bool:
        if loc.path != self.path:
            return False
        if loc.start == loc.end:
            return self.start <= loc.start < self.end
        return loc.start < self.end and self.start < loc.end


@dataclass(frozen=True, slots=True)
class Rule:
    """An expectation, a neutral difference or a trap, over spans of a case's documents.

    A finding matches when (its code is one of ``codes``, if any, and) one of its spans touches
    a span of ``a`` and another of its spans touches a span of ``b``; with ``b`` empty,
    touching ``a`` is enough.
    """

    id: str
    kind: str  # "expect" | "neutral" | "trap"
    a: tuple[Span, ...]
    b: tuple[Span, ...] = ()
    family: str = ""
    codes: tuple[str, ...] = ()
    why: str = ""
    #: Families a trap lets through (a perturbation may cause an in-document finding).
    allow: frozenset[str] = frozenset()

    def matches(self, f: Finding) -> bool:
        if self.codes and f.code not in self.codes:
            return False
        if self.allow and family_of(f.code) in self.allow:
            return False
        return _pairs(f, self.a, self.b)


def _touch(spans: Iterable[Span], locs: Iterable[Location]) -> bool:
    return any(x.touches(loc) for loc in locs for x in spans)


def _pairs(f: Finding, a: Sequence[Span], b: Sequence[Span]) -> bool:
    """Whether ``f`` touches ``a`` (with ``b`` empty), or sets a span of ``a`` against a span of
    ``b``: one is the finding's statement and the other one of the statements it disagrees
    with (two related statements are on the same side)."""
    if not b:
        return _touch(a, (f.location, *f.related))
    loc = (f.location,)
    return (_touch(a, loc) and _touch(b, f.related)) or (_touch(b, loc) and _touch(a, f.related))


@dataclass(frozen=True, slots=True)
class DocSpec:
    path: str
    text: str
    published: dt.date | None = None


@dataclass(slots=True)
class Case:
    """A cluster of documents and what the checker should (not) say about it."""

    id: str
    suite: str
    family: str
    label: str  # "conflict" | "harmless" | "mixed"
    docs: list[DocSpec]
    rules: list[Rule] = field(default_factory=list)
    #: Every warning or error that matches no rule is a false positive.
    strict: bool = False
    op: str = ""
    note: str = ""
    #: For a harmless rewrite: (copy span, original span); see :func:`_judge`.
    rewrite: tuple[Span, Span] | None = None


def _date(v: Any) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def _find(
    text: str, needle: str, *, after: str | None = None, every: bool = False
) -> list[tuple[int, int]]:
    pos = 0
    if after:
        i = text.find(after)
        if i < 0:
            raise ValueError(f"{after!r} not found")
        pos = i + len(after)
    out: list[tuple[int, int]] = []
    while True:
        i = text.find(needle, pos)
        if i < 0:
            break
        out.append((i, i + len(needle)))
        if not every:
            break
        pos = i + len(needle)
    if not out:
        raise ValueError(f"{needle!r} not found")
    return out


def _spans(
    items: Iterable[Mapping[str, Any]], docs: Sequence[DocSpec], key: Any
) -> tuple[Span, ...]:
    out: list[Span] = []
    for it in items:
        d = key(it["doc"])
        for s, e in _find(d.text, it["text"], after=it.get("after"), every=bool(it.get("all"))):
            out.append(Span(d.path, s, e))
    return tuple(out)


# -- seeds ------------------------------------------------------------------------------------


def _seed_docs(eng: Engine) -> list[DocSpec]:
    docs, errors = eng.load_paths([str(perturb.SEEDS_DIR)])
    if errors:
        raise RuntimeError(f"cannot read the seeds: {errors}")
    return [DocSpec(f"seeds/{Path(d.path).name}", d.text, d.published) for d in docs]


def load_seed_case(eng: Engine) -> Case:
    docs = _seed_docs(eng)
    labels = tomllib.loads((CASES / "seeds.toml").read_text(encoding="utf-8"))

    def key(prefix: str) -> DocSpec:
        found = [d for d in docs if Path(d.path).name.startswith(prefix)]
        if len(found) != 1:
            raise ValueError(f"seeds.toml: doc {prefix!r} names {len(found)} seed files")
        return found[0]

    rules: list[Rule] = []
    for kind, table in (("expect", "conflict"), ("neutral", "neutral"), ("trap", "trap")):
        for r in labels.get(table, ()):
            rules.append(
                Rule(
                    id=r["id"],
                    kind=kind,
                    a=_spans(r["a"], docs, key),
                    b=_spans(r.get("b", ()), docs, key),
                    family=r.get("family", ""),
                    codes=tuple(r.get("codes", ())),
                    why=r.get("why", "").strip(),
                )
            )
    return Case(
        id="seeds",
        suite="seeds",
        family="mixed",
        label="mixed",
        docs=docs,
        rules=rules,
        strict=True,
    )


# -- generated perturbations ------------------------------------------------------------------


def _copy_path(path: str) -> str:
    return path.removesuffix(".txt") + ".copy.txt"


def _perturbed_case(
    c: Mapping[str, Any], original: DocSpec, context: Sequence[DocSpec], suite: str
) -> Case:
    """A copy of ``original`` with the case's edit, checked against the original (and
    ``context``, the rest of its cluster)."""
    ed = c["edit"]
    s, e, old, new = ed["start"], ed["end"], ed["old"], ed["new"]
    if original.text[s:e] != old:
        raise ValueError(
            f"{c['id']}: {original.path}[{s}:{e}] is {original.text[s:e]!r}, not {old!r}"
        )
    published = _date(c.get("published")) or original.published
    orig = dataclasses.replace(original, published=published)
    copy = DocSpec(
        _copy_path(original.path), perturb.apply_edit(original.text, s, e, new), published
    )
    ts, te = c["target"]
    cs, ce = perturb.map_span((ts, te), s, e, new)
    copy_span = Span(copy.path, cs, ce)
    orig_span = Span(orig.path, ts, te)
    others = [d for d in context if d.path != original.path]
    case = Case(
        id=c["id"],
        suite=suite,
        family=c["family"],
        label=c["label"],
        docs=[orig, copy, *others],
        op=c["op"],
        note=c.get("note", ""),
    )
    if c["label"] == "conflict":
        case.rules = [
            Rule(
                id=c["id"],
                kind="expect",
                a=(copy_span,),
                family=c["family"],
                codes=tuple(c["codes"]),
                why=c.get("note", ""),
            ),
            Rule(
                id=f"{c['id']}/other-family",
                kind="trap",
                a=(copy_span,),
                allow=frozenset({c["family"], "internal"}),
                why="another family's finding on the changed span",
            ),
        ]
    else:
        case.rewrite = (copy_span, orig_span)
    return case


def load_seed_perturbations(eng: Engine) -> list[Case]:
    docs = _seed_docs(eng)
    by_name = {Path(d.path).name: d for d in docs}
    out = []
    for c in _jsonl(CASES / "seeds_perturbed.jsonl"):
        out.append(_perturbed_case(c, by_name[c["base"]["doc"]], docs, "seeds-perturbed"))
    return out


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _ecb_specs() -> dict[str, list[DocSpec]]:
    """ECB+ documents by cluster (no publication dates: a dateline may give one)."""
    out: dict[str, list[DocSpec]] = defaultdict(list)
    for d in perturb.load_ecb_docs():
        out[d.cluster].append(DocSpec(d.path, d.text, None))
    return out


def load_ecb_perturbations() -> list[Case]:
    clusters = _ecb_specs()
    if not clusters:
        return []
    by_doc = {Path(d.path).name: (cl, d) for cl, ds in clusters.items() for d in ds}
    out = []
    for c in _jsonl(CASES / "ecb_perturbed.jsonl"):
        cluster, d = by_doc[c["base"]["doc"].removesuffix(".xml") + ".txt"]
        context = clusters[cluster] if c.get("context") == "cluster" else []
        out.append(_perturbed_case(c, d, context, "ecb-perturbed"))
    return out


# -- hand-written clusters --------------------------------------------------------------------


def _load_hand_written(name: str, suite: str) -> list[Case]:
    """The hand-written clusters of ``cases/<name>``, completely labelled; an expectation may
    name its own ``family`` (default: its case's)."""
    data = tomllib.loads((CASES / name).read_text(encoding="utf-8"))
    out = []
    for c in data["case"]:
        docs = [DocSpec(d["path"], d["text"], _date(d.get("published"))) for d in c["docs"]]
        key = docs.__getitem__
        rules = [
            Rule(
                id=f"{c['id']}#{i}",
                kind="expect",
                family=x.get("family", c["family"]),
                codes=tuple(x["codes"]),
                a=_spans(x["a"], docs, key),
                b=_spans(x.get("b", ()), docs, key),
                why=c.get("why", ""),
            )
            for i, x in enumerate(c.get("expect", ()))
        ]
        if (c["label"] == "conflict") != bool(rules):
            raise ValueError(
                f"{name}: {c['id']}: a conflict needs expectations, a harmless case none"
            )
        out.append(
            Case(
                id=c["id"],
                suite=suite,
                family=c["family"],
                label=c["label"],
                docs=docs,
                rules=rules,
                strict=True,
                op=c["id"].split("-")[0],
                note=c.get("why", ""),
            )
        )
    return out


def load_synthetic() -> list[Case]:
    return _load_hand_written("synthetic.toml", "synthetic")


def load_heldout() -> list[Case]:
    """Realistic clusters of unrelated events, written without looking at the rules."""
    return _load_hand_written("heldout.toml", "heldout")


def load_variants() -> list[Case]:
    out = []
    for c in _jsonl(CASES / "variants.jsonl"):
        docs = [DocSpec(d["path"], d["text"], _date(d.get("published"))) for d in c["docs"]]
        rules = [
            Rule(
                id=c["id"], kind="trap", a=_spans(c["watch"], docs, docs.__getitem__), why=c["note"]
            )
        ]
        out.append(
            Case(
                id=c["id"],
                suite="variants",
                family=c["family"],
                label=c["label"],
                docs=docs,
                rules=rules,
                strict=bool(c.get("strict")),
                op=c["op"],
                note=c["note"],
            )
        )
    return out


# -- ECB+ numeric chains ----------------------------------------------------------------------


def _locate(sentence: str, mention: str) -> tuple[int, int]:
    import re

    for flags in (0, re.IGNORECASE):
        m = re.search(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", sentence, flags)
        if m:
            return m.start(), m.end()
    raise ValueError(f"{mention!r} not in {sentence!r}")


def load_chains() -> list[Case]:
    path = perturb.ecb_dir() / "xdoc_numeric_participant_groups.jsonl"
    if not path.exists():
        return []
    chains = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    labels = tomllib.loads((CASES / "ecb_chains.toml").read_text(encoding="utf-8"))["chain"]
    if len(labels) != len(chains):
        raise ValueError(
            f"ecb_chains.toml labels {len(labels)} chains, the corpus has {len(chains)}"
        )
    out = []
    for lab in labels:
        ch = chains[lab["index"]]
        if ch["descriptor"] != lab["descriptor"]:
            raise ValueError(
                f"chain {lab['index']} is {ch['descriptor']}, labelled {lab['descriptor']}"
            )
        # one document per source article: its cited sentences, in order, once each
        sents: dict[str, list[str]] = defaultdict(list)
        for m in ch["mentions"]:
            s = perturb.detokenize(m["sentence"])
            if s not in sents[m["doc"]]:
                sents[m["doc"]].append(s)
        texts: dict[str, str] = {}
        starts: dict[tuple[str, str], int] = {}
        for doc, ss in sents.items():
            pos = 0
            parts = []
            for s in ss:
                starts[(doc, s)] = pos
                parts.append(s)
                pos += len(s) + 1
            texts[doc] = "\n".join(parts)
        name = f"chains/{lab['index']:02d}-{lab['descriptor']}"
        docs = [DocSpec(f"{name}/{doc.removesuffix('.xml')}.txt", texts[doc]) for doc in sents]
        path_of = {doc: f"{name}/{doc.removesuffix('.xml')}.txt" for doc in sents}
        spans: list[Span] = []
        for m in ch["mentions"]:
            s = perturb.detokenize(m["sentence"])
            ms, me = _locate(s, perturb.detokenize(m["mention"]).strip(" -–—\"'“”"))
            base = starts[(m["doc"], s)]
            spans.append(Span(path_of[m["doc"]], base + ms, base + me))
        groups = {g: tuple(spans[i] for i in idx) for g, idx in lab.get("groups", {}).items()}
        rules: list[Rule] = []
        fam = lab["family"]
        if lab["label"] == "conflict":
            for ga, gb in lab["conflicts"]:
                rules.append(
                    Rule(
                        id=f"chain-{lab['index']:02d}",
                        kind="expect",
                        a=groups[ga],
                        b=groups[gb],
                        family=fam,
                        codes=_family_codes(fam),
                        why=lab["why"].strip(),
                    )
                )
        for ga, gb in lab.get("neutral", ()):
            rules.append(
                Rule(
                    id=f"chain-{lab['index']:02d}/neutral",
                    kind="neutral",
                    a=groups[ga],
                    b=groups[gb],
                )
            )
        rules.append(
            Rule(
                id=f"chain-{lab['index']:02d}/compatible",
                kind="trap",
                a=tuple(spans),
                b=tuple(spans),
                why="two mentions of the chain labelled compatible",
            )
        )
        out.append(
            Case(
                id=f"chain-{lab['index']:02d}-{lab['descriptor']}",
                suite="ecb-chains",
                family=fam,
                label=lab["label"],
                docs=docs,
                rules=rules,
                op="chain",
                note=lab["why"].strip(),
            )
        )
    return out


def _family_codes(family: str) -> tuple[str, ...]:
    prefix = next(p for p, f in FAMILIES.items() if f == family)
    return tuple(f"{prefix}{i:02d}" for i in range(100))


def load_cases(eng: Engine, *, ecb: bool = True) -> list[Case]:
    """Every labelled case; the ECB+ suites only when ``ecb`` and the corpus is there."""
    cases = [
        load_seed_case(eng),
        *load_seed_perturbations(eng),
        *load_synthetic(),
        *load_heldout(),
        *load_variants(),
    ]
    if ecb:
        cases += load_ecb_perturbations()
        cases += load_chains()
    # merge one expectation per chain: a chain is found when any of its conflicting pairs is
    for c in cases:
        if c.suite == "ecb-chains":
            exp = [r for r in c.rules if r.kind == "expect"]
            if len(exp) > 1:
                c.rules = [r for r in c.rules if r.kind != "expect"]
                c.rules.insert(0, _AnyOf(exp))  # type: ignore[arg-type]
    return cases


@dataclass(frozen=True, slots=True)
class _AnyOf:
    """An expectation met by any of several (a chain with several conflicting group pairs)."""

    parts: list[Rule]

    @property
    def id(self) -> str:
        return self.parts[0].id

    @property
    def kind(self) -> str:
        return "expect"

    @property
    def family(self) -> str:
        return self.parts[0].family

    @property
    def why(self) -> str:
        return self.parts[0].why

    @property
    def a(self) -> tuple[Span, ...]:
        return tuple(dict.fromkeys(s for p in self.parts for s in p.a))

    @property
    def b(self) -> tuple[Span, ...]:
        return tuple(dict.fromkeys(s for p in self.parts for s in p.b if s not in self.a))

    @property
    def codes(self) -> tuple[str, ...]:
        return self.parts[0].codes

    def matches(self, f: Finding) -> bool:
        return any(p.matches(f) for p in self.parts)


# --------------------------------------------------------------------------------------------
# running


class CachingEngine(Engine):
    """An engine that analyzes each distinct document once per process (the originals of the
    perturbed copies recur in many cases)."""

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self._cache: dict[tuple[Any, ...], Analysis] = {}

    def analyze(self, doc: Document) -> Analysis:
        key = (doc.path, doc.text, doc.published, doc.language, doc.format)
        a = self._cache.get(key)
        if a is None:
            a = super().analyze(doc)
            self._cache[key] = a
        return a


def _read(eng: Engine, d: DocSpec) -> Document:
    meta: dict[str, Any] = {}
    if d.published is not None:
        meta = {"published": d.published, "published_from": "manifest"}
    return eng.read(DocInput(path=d.path, text=d.text, meta=meta))


@dataclass(slots=True)
class Outcome:
    """What one case produced, judged."""

    case: Case
    findings: list[Finding]
    found: dict[str, bool] = field(default_factory=dict)  # expectation id -> found
    false_positives: list[tuple[Finding, str]] = field(default_factory=list)  # (finding, why)
    failures: list[str] = field(default_factory=list)


def _flagged(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity in FLAGGED and family_of(f.code) != "tool"]


def _judge(case: Case, findings: list[Finding]) -> Outcome:
    out = Outcome(case=case, findings=findings)
    expects = [r for r in case.rules if r.kind == "expect"]
    for r in expects:
        out.found[r.id] = False
    flagged = _flagged(findings)
    for f in flagged:
        hit = [r for r in expects if r.matches(f)]
        if hit:
            for r in hit:
                out.found[r.id] = True
            continue
        if any(r.kind == "neutral" and r.matches(f) for r in case.rules):
            continue
        trap = next((r for r in case.rules if r.kind == "trap" and r.matches(f)), None)
        if trap is not None:
            out.false_positives.append((f, f"trap {trap.id}: {trap.why}"))
            continue
        if case.rewrite is not None:
            why = _rewrite_false_alarm(case.rewrite, f, flagged)
            if why:
                out.false_positives.append((f, why))
                continue
        if case.strict:
            out.false_positives.append((f, "unlabelled finding in a completely labelled case"))
    return out


def _rewrite_false_alarm(
    rw: tuple[Span, Span], f: Finding, flagged: Sequence[Finding]
) -> str | None:
    """A finding caused by a harmless rewrite: it sets the copy against the original, or it is
    an in-document finding on the rewritten span that the original does not have."""
    copy_span, orig_span = rw
    spans = (f.location, *f.related)
    if not _touch((copy_span,), spans):
        return None
    if _pairs(f, (copy_span,), (orig_span,)):
        return "the harmless rewrite is flagged against its original"
    if all(s.path == copy_span.path for s in spans):
        mirrored = any(
            g.code == f.code
            and all(s.path == orig_span.path for s in (g.location, *g.related))
            and _touch((orig_span,), (g.location, *g.related))
            for g in flagged
        )
        if not mirrored:
            return "the harmless rewrite causes an in-document finding the original does not have"
    return None


def run_case(eng: Engine, case: Case) -> Outcome:
    docs = [_read(eng, d) for d in case.docs]
    result = eng.run(docs)
    out = _judge(case, result.findings)
    out.failures = [str(f) for f in result.failures]
    return out


@dataclass(frozen=True, slots=True)
class Judgement:
    """A person's verdict on one finding on the unaltered clusters."""

    fingerprint: str
    code: str
    cluster: str
    verdict: str  # "real": the outlets really disagree; "false": a false alarm
    reason: str


def load_judgements(path: Path = JUDGEMENTS) -> dict[str, Judgement]:
    """The stored judgements by fingerprint; a malformed entry is an error, not skipped."""
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out: dict[str, Judgement] = {}
    for fp, d in data.get("finding", {}).items():
        j = Judgement(
            fp,
            str(d.get("code", "")),
            str(d.get("cluster", "")),
            d.get("verdict", ""),
            d.get("reason", ""),
        )
        if j.verdict not in VERDICTS or not j.reason.strip() or not j.code or not j.cluster:
            raise ValueError(
                f"{path}: finding {fp} needs code, cluster, verdict {VERDICTS} and a reason"
            )
        out[fp] = j
    return out


@dataclass(slots=True)
class Unaltered:
    articles: int = 0
    clusters: int = 0
    findings: list[tuple[str, Finding]] = field(default_factory=list)  # (cluster, finding)
    failures: list[str] = field(default_factory=list)
    judgements: dict[str, Judgement] = field(default_factory=dict)

    @property
    def per_20(self) -> float:
        return 20.0 * len(self.findings) / self.articles if self.articles else 0.0

    def verdict(self, cluster: str, f: Finding) -> str | None:
        """The stored verdict ("real" or "false"); None when nobody has judged this finding
        or the stored judgement names another code or cluster."""
        j = self.judgements.get(f.fingerprint)
        if j is None or j.code != f.code or j.cluster != cluster:
            return None
        return j.verdict

    @property
    def verdicts(self) -> Counter[str]:
        return Counter(self.verdict(cl, f) or "unjudged" for cl, f in self.findings)

    @property
    def indefensible(self) -> int:
        """Findings not defended as a real disagreement: judged false, or not judged at all."""
        return len(self.findings) - self.verdicts["real"]

    @property
    def indefensible_per_20(self) -> float:
        return 20.0 * self.indefensible / self.articles if self.articles else 0.0

    @property
    def stale(self) -> list[str]:
        """Stored judgements of findings claimcheck no longer raises."""
        live = {f.fingerprint for _, f in self.findings}
        return sorted(fp for fp in self.judgements if fp not in live)


def run_unaltered(eng: Engine) -> tuple[Unaltered, dict[str, Document]]:
    res = Unaltered(judgements=load_judgements())
    texts: dict[str, Document] = {}
    for cluster, specs in sorted(_ecb_specs().items()):
        docs = [_read(eng, d) for d in specs]
        texts.update({d.path: d for d in docs})
        r = eng.run(docs)
        res.articles += len(docs)
        res.clusters += 1
        res.findings.extend((cluster, f) for f in _flagged(r.findings))
        res.failures.extend(str(f) for f in r.failures)
    return res, texts


# --------------------------------------------------------------------------------------------
# scoring and reporting


@dataclass(slots=True)
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    harmless: int = 0
    harmless_clean: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fn": self.fn,
            "fp": self.fp,
            "precision": self.precision,
            "recall": self.recall,
            "harmless_cases": self.harmless,
            "harmless_clean": self.harmless_clean,
        }


def score(outcomes: Sequence[Outcome]) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    fam: dict[str, Score] = {f: Score() for f in FAMILY_ORDER}
    by_suite: dict[str, dict[str, Score]] = defaultdict(lambda: {f: Score() for f in FAMILY_ORDER})
    for o in outcomes:
        c = o.case
        tables = [by_suite[c.suite]] if c.suite in SEPARATE_SUITES else [fam, by_suite[c.suite]]
        exp = {r.id: r for r in c.rules if r.kind == "expect"}
        for rid, ok in o.found.items():
            for t in tables:
                sc = t[exp[rid].family]
                if ok:
                    sc.tp += 1
                else:
                    sc.fn += 1
        for f, _ in o.false_positives:
            for t in tables:
                t[family_of(f.code)].fp += 1
        if c.label == "harmless" and c.family in fam:
            for t in tables:
                t[c.family].harmless += 1
                t[c.family].harmless_clean += not o.false_positives
    return fam, dict(by_suite)


def evaluate(
    *,
    ecb: bool = True,
    families: Sequence[str] = (),
    suites: Sequence[str] = (),
    unaltered: bool = True,
    report: Path | None = REPORTS / "ecb_unaltered.txt",
) -> dict[str, Any]:
    """Run every case; return the scores, the outcomes and the unaltered-cluster results."""
    t0 = time.perf_counter()
    eng = CachingEngine(Config())
    cases = load_cases(eng, ecb=ecb)
    if suites:
        cases = [c for c in cases if c.suite in suites]
    if families:
        cases = [c for c in cases if c.family in families or c.strict or c.suite == "ecb-chains"]
    outcomes = [run_case(eng, c) for c in cases]
    t1 = time.perf_counter()
    un: Unaltered | None = None
    docs: dict[str, Document] = {}
    if ecb and unaltered and (not suites or "ecb-unaltered" in suites) and perturb.load_ecb_docs():
        un, docs = run_unaltered(eng)
        if report is not None:
            write_unaltered_report(un, docs, report)
    t2 = time.perf_counter()
    fam, by_suite = score(outcomes)
    failures = sorted({x for o in outcomes for x in o.failures} | set(un.failures if un else ()))
    return {
        "families": fam,
        "suites": by_suite,
        "outcomes": outcomes,
        "unaltered": un,
        "cases": len(cases),
        "cases_by_suite": dict(Counter(c.suite for c in cases)),
        "plugin_failures": failures,
        "seconds": {"cases": t1 - t0, "unaltered": t2 - t1},
        "ecb": bool(ecb and perturb.load_ecb_docs()),
    }


def _context(text: str, start: int, end: int, width: int = 70) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    snippet = text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]
    return ("…" if a else "") + " ".join(snippet.split()) + ("…" if b < len(text) else "")


def _describe_finding(f: Finding, texts: Mapping[str, str]) -> list[str]:
    lines = [f"{f.code} {f.severity} {f.rule}: {f.message}"]
    for tag, loc in (("this ", f.location), *(("other", r) for r in f.related)):
        t = texts.get(loc.path)
        ctx = _context(t, loc.start, loc.end) if t is not None else repr(loc.text)
        lines.append(f"  {tag} {loc.path}:{loc.start}  {ctx}")
    return lines


def _unaltered_summary(un: Unaltered) -> str:
    v = un.verdicts
    ok = "ok" if un.indefensible_per_20 <= UNALTERED_TARGET_PER_20 else "ABOVE TARGET"
    return (
        f"judged real {v['real']}, judged false {v['false']}, not yet judged {v['unjudged']}; "
        f"indefensible (false + unjudged) {un.indefensible_per_20:.2f} per 20 articles "
        f"(target <= {UNALTERED_TARGET_PER_20:g}: {ok})"
    )


def write_unaltered_report(un: Unaltered, docs: Mapping[str, Document], path: Path) -> None:
    texts = {p: d.text for p, d in docs.items()}
    by_fam = Counter(family_of(f.code) for _, f in un.findings)
    lines = [
        "claimcheck on the unaltered ECB+ clusters (each cluster checked as one, no publication dates)",
        f"{un.articles} articles in {un.clusters} clusters; {len(un.findings)} warning- or error-level findings"
        f" = {un.per_20:.2f} per 20 articles",
        "by family: " + ", ".join(f"{k} {v}" for k, v in sorted(by_fam.items())),
        _unaltered_summary(un),
        "",
        "Judge each one: a real disagreement between the outlets, or a false alarm? Record the verdict",
        f"under its fingerprint in {JUDGEMENTS.relative_to(perturb.REPO)} (see eval/README.md).",
        "",
    ]
    if un.stale:
        lines.append(
            "stored judgements that match no finding now (remove them once the change is settled): "
            + ", ".join(un.stale)
        )
        lines.append("")
    cluster = None
    for cl, f in un.findings:
        if cl != cluster:
            cluster = cl
            lines.append(f"== {cl} ==")
        j = un.judgements.get(f.fingerprint)
        v = un.verdict(cl, f)
        lines.append(
            f"[{f.fingerprint}] "
            + (f"judged {v}: {j.reason}" if v is not None and j is not None else "NOT YET JUDGED")
        )
        lines.extend(_describe_finding(f, texts))
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _family_table(fam: Mapping[str, Score], rows: Sequence[str]) -> list[str]:
    out = [
        f"{'family':<9} {'TP':>4} {'FN':>4} {'FP':>4}  {'precision':>9} {'recall':>7}  {'harmless ok':>11}   target P/R",
    ]
    for f in rows:
        s = fam[f]
        tgt = TARGETS.get(f)
        mark = ""
        if tgt:
            ok = (s.precision is None or s.precision >= tgt[0]) and (
                s.recall is None or s.recall >= tgt[1]
            )
            mark = f"{tgt[0]:.1f}/{tgt[1]:.1f} {'ok' if ok else 'BELOW'}"
        harmless = f"{s.harmless_clean}/{s.harmless}" if s.harmless else "-"
        out.append(
            f"{f:<9} {s.tp:>4} {s.fn:>4} {s.fp:>4}  {_fmt(s.precision):>9} {_fmt(s.recall):>7}  {harmless:>11}   {mark}"
        )
    return out


def render_table(res: Mapping[str, Any], families: Sequence[str] = ()) -> str:
    rows = [f for f in FAMILY_ORDER if not families or f in families]
    out = _family_table(res["families"], rows)
    held = res["suites"].get("heldout")
    if held is not None:
        out.append(
            "\nheldout suite (not in the totals above; written without looking at the rules):"
        )
        out.extend(_family_table(held, rows))
    un: Unaltered | None = res["unaltered"]
    if un is not None:
        out.append(
            f"\nunaltered ECB+: {len(un.findings)} warnings/errors on {un.articles} articles = "
            f"{un.per_20:.2f} per 20 articles; {len(un.findings) / un.articles:.3f} per article"
        )
        out.append(f"  {_unaltered_summary(un)}")
        if un.stale:
            out.append(f"  {len(un.stale)} stored judgements match no finding any more")
    elif not res["ecb"]:
        where = perturb.ecb_dir()
        why = "not requested" if perturb.load_ecb_docs() else f"no corpus at {where}"
        out.append(f"\nECB+ suites skipped ({why})")
    cs = ", ".join(f"{k} {v}" for k, v in sorted(res["cases_by_suite"].items()))
    out.append(
        f"{res['cases']} cases ({cs}); {res['seconds']['cases'] + res['seconds']['unaltered']:.1f} s"
    )
    if res["plugin_failures"]:
        out.append("PLUGIN FAILURES (the scores above are incomplete):")
        out.extend(f"  {x}" for x in res["plugin_failures"])
    return "\n".join(out)


def render_errors(res: Mapping[str, Any], families: Sequence[str] = ()) -> str:
    lines: list[str] = []
    for o in res["outcomes"]:
        c: Case = o.case
        texts = {d.path: d.text for d in c.docs}
        for r in c.rules:
            if r.kind != "expect" or o.found.get(r.id, True):
                continue
            if families and r.family not in families:
                continue
            lines.append(
                f"FN [{r.family}] {c.id} ({c.suite}{', ' + c.op if c.op else ''}): expected {_codes(r.codes)}"
            )
            if c.note:
                lines.append(f"  what  {' '.join(c.note.split())[:300]}")
            for tag, spans in (("a", r.a), ("b", r.b)):
                for s in spans[:3]:
                    lines.append(
                        f"  {tag}     {s.path}:{s.start}  {_context(texts[s.path], s.start, s.end)}"
                    )
            shown = [
                f
                for f in _flagged(o.findings)
                if any(x.touches(loc) for x in r.a for loc in (f.location, *f.related))
            ]
            for f in shown[:3]:
                lines.append("  got   " + "\n        ".join(_describe_finding(f, texts)))
            lines.append("")
        for f, why in o.false_positives:
            if families and family_of(f.code) not in families:
                continue
            lines.append(
                f"FP [{family_of(f.code)}] {c.id} ({c.suite}{', ' + c.op if c.op else ''}): {why.splitlines()[0][:200]}"
            )
            if c.note and c.suite != "seeds":
                lines.append(f"  what  {' '.join(c.note.split())[:300]}")
            lines.extend("  " + x for x in _describe_finding(f, texts))
            lines.append("")
    return "\n".join(lines)


def _codes(codes: Sequence[str]) -> str:
    if len(codes) > 10:
        return f"any {codes[0][:3]}xx finding"
    return "/".join(codes)


def to_json(res: Mapping[str, Any]) -> dict[str, Any]:
    un: Unaltered | None = res["unaltered"]
    return {
        "families": {k: v.to_json() for k, v in res["families"].items()},
        "suites": {s: {k: v.to_json() for k, v in fam.items()} for s, fam in res["suites"].items()},
        "unaltered": None
        if un is None
        else {
            "articles": un.articles,
            "clusters": un.clusters,
            "findings": len(un.findings),
            "per_20_articles": un.per_20,
            "by_code": dict(Counter(f.code for _, f in un.findings)),
            "judged_real": un.verdicts["real"],
            "judged_false": un.verdicts["false"],
            "unjudged": un.verdicts["unjudged"],
            "indefensible": un.indefensible,
            "indefensible_per_20_articles": un.indefensible_per_20,
            "stale_judgements": un.stale,
            "items": [
                {
                    "cluster": cl,
                    "code": f.code,
                    "fingerprint": f.fingerprint,
                    "verdict": un.verdict(cl, f),
                    "message": f.message,
                }
                for cl, f in un.findings
            ],
        },
        "cases": res["cases"],
        "cases_by_suite": res["cases_by_suite"],
        "plugin_failures": res["plugin_failures"],
        "seconds": res["seconds"],
        "ecb": res["ecb"],
        "errors": [
            {"case": o.case.id, "suite": o.case.suite, "kind": "fn", "expectation": rid}
            for o in res["outcomes"]
            for rid, ok in o.found.items()
            if not ok
        ]
        + [
            {
                "case": o.case.id,
                "suite": o.case.suite,
                "kind": "fp",
                "code": f.code,
                "message": f.message,
                "why": why,
            }
            for o in res["outcomes"]
            for f, why in o.false_positives
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Precision and recall of claimcheck per rule family.")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument(
        "--family", action="append", choices=FAMILY_ORDER, help="only this family (repeatable)"
    )
    ap.add_argument("--suite", action="append", help="only this suite (repeatable)")
    ap.add_argument(
        "--show-errors", action="store_true", help="print every false positive and false negative"
    )
    ap.add_argument("--no-ecb", action="store_true", help="skip the ECB+ suites")
    ap.add_argument(
        "--report",
        default=str(REPORTS / "ecb_unaltered.txt"),
        help="where the unaltered-cluster findings are written ('' for nowhere)",
    )
    ap.add_argument(
        "--crossoutlet",
        action="store_true",
        help="run the cross-outlet suite (eval/crossoutlet.py) instead: the headline figures",
    )
    args = ap.parse_args(argv)
    if args.crossoutlet:
        import crossoutlet

        rest = ["--json"] if args.json else ["--show-errors"] if args.show_errors else []
        return crossoutlet.main(rest)
    families = tuple(args.family or ())
    res = evaluate(
        ecb=not args.no_ecb,
        families=families,
        suites=tuple(args.suite or ()),
        report=Path(args.report) if args.report else None,
    )
    if args.json:
        print(json.dumps(to_json(res), indent=2))
        return 0
    if args.show_errors:
        errs = render_errors(res, families)
        if errs:
            print(errs)
    print(render_table(res, families))
    return 0


if __name__ == "__main__":
    sys.exit(main())
