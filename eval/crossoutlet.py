"""The cross-outlet suite: one fact told by two different outlets in their own words.

Each case takes a real or realistic cluster of reports of one event, picks a fact that two
*different* articles both state (preferring pairs whose sentences are worded differently), changes
it in one article only, and requires a warning- or error-level finding whose locations cite both
articles' statements: the changed one and its counterpart in the other article. Harmless rewrites
(digits and words, date and currency formats, a participant named by surname only) change only the
form of a statement; any warning or error that touches the rewritten span is a false alarm.

Three sources of clusters:

* ``ecb``: ECB+ same-event clusters; counts and money from the cross-document numeric chains,
  dates and weekdays from the cross-document time chains, names from the cross-document person
  chains, ages, titles and headline figures from the articles of one cluster that state the same
  value next to the same person or predicate.
* ``meantime``: MEANTIME (Wikinews) topic corpora; person names from the cross-document entity
  coreference, dates from TIMEX3 day values shared by two articles whose sentences mention the same
  entity or event instance. Articles carry their creation time as publication date and their
  first line as the headline.
* ``written``: hand-written clusters of two or three short reports of one invented incident in
  genuinely different styles (``cases/crossoutlet_written.toml``), with labelled planted changes.

Families: counts (with their predicate), dates (event dates and weekdays), ages, names (a
one-letter slip in a surname, the given name unchanged), titles, headlines (a count in the
headline), money; ``harmless`` for the rewrites that must not be flagged.

Every case belongs to the ``tune`` or the ``report`` part by a stable hash of its id. Look at the
failures of the tune part only (``--show-errors``); the report part is for the figures.

    python eval/crossoutlet.py                    # both parts, per family
    python eval/crossoutlet.py --show-errors      # and every failure of the tune part
    python eval/crossoutlet.py --json
    python eval/crossoutlet.py --regenerate       # rewrite cases/crossoutlet_{ecb,meantime}.jsonl

Generation is deterministic (``SEED``); the generated cases store edits and offsets, not articles,
and loading checks that the stored old text is still at its offsets.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import tomllib

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout
import perturb

from claimcheck import Finding, Location, check_texts

SEED = 20251207
CASES = perturb.CASES_DIR
ECB_CASES = CASES / "crossoutlet_ecb.jsonl"
MEANTIME_CASES = CASES / "crossoutlet_meantime.jsonl"
WRITTEN = CASES / "crossoutlet_written.toml"

FAMILIES = ("counts", "dates", "ages", "names", "titles", "headlines", "money")
HARMLESS = "harmless"
SOURCES = ("ecb", "meantime", "written")
PARTS = ("tune", "report")
FLAGGED = ("warning", "error")

#: At most this many generated cases per family and corpus, and per family and cluster.
QUOTA = 45
PER_CLUSTER = 3


def shared_root() -> Path | None:
    """The shared data folder (:func:`holdout.shared_root`) when it holds the corpora."""
    root = holdout.shared_root()
    return root if (root / "corpora").is_dir() else None


def ecb_dir() -> Path | None:
    root = shared_root()
    d = root / "corpora" / "ecbplus" if root else None
    return d if d and (d / "ecbplus_docs.jsonl.gz").exists() else None


def meantime_dir() -> Path | None:
    root = shared_root()
    d = root / "corpora" / "meantime-en" / "intra_cross-doc_annotation" if root else None
    return d if d and d.is_dir() else None


def part_of(case_id: str) -> str:
    """``tune`` or ``report``: a stable hash of the case id, never a choice."""
    return PARTS[int(hashlib.sha1(case_id.encode()).hexdigest(), 16) % 2]


# --------------------------------------------------------------------------------------------
# cases


@dataclass(frozen=True, slots=True)
class Doc:
    id: str
    text: str
    format: str = "text"
    published: str | None = None


@dataclass(slots=True)
class Case:
    """One changed fact (or one harmless rewrite) in one article of a cluster.

    ``docs[0]`` is the article that is edited; ``edits`` are (start, end, new) on its text;
    ``counterpart`` names the other article stating the same fact and its statement spans.
    """

    id: str
    source: str
    family: str
    kind: str  # "conflict" | "harmless"
    op: str
    cluster: str
    docs: list[Doc]
    edits: list[tuple[int, int, str]]
    counterpart: str
    counterpart_spans: list[tuple[int, int]]
    why: str = ""

    @property
    def part(self) -> str:
        return part_of(self.id)

    @property
    def group(self) -> str:
        return HARMLESS if self.kind == "harmless" else self.family

    def edited(self) -> tuple[str, list[tuple[int, int]]]:
        """The edited article and the spans of the edits in it."""
        text = self.docs[0].text
        out: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = 0
        shift = 0
        for s, e, new in sorted(self.edits):
            out.append(text[pos:s])
            out.append(new)
            spans.append((s + shift, s + shift + len(new)))
            shift += len(new) - (e - s)
            pos = e
        out.append(text[pos:])
        return "".join(out), spans

    def problems(self) -> list[str]:
        """What makes the case unsound (empty when it is sound)."""
        bad: list[str] = []
        base = self.docs[0].text
        if not self.edits:
            bad.append("no edit")
        last = -1
        for s, e, new in sorted(self.edits):
            if s < last or not 0 <= s <= e <= len(base):
                bad.append(f"edit {s}:{e} out of range or overlapping")
            last = e
            if base[s:e] == new:
                bad.append(f"edit {s}:{e} changes nothing")
        if self.edited()[0] == base:
            bad.append("the edited article equals the original")
        if self.counterpart == self.docs[0].id:
            bad.append("the counterpart is in the edited article")
        other = next((d for d in self.docs if d.id == self.counterpart), None)
        if other is None:
            bad.append(f"counterpart document {self.counterpart} is not in the case")
        elif not self.counterpart_spans or any(
            not 0 <= s < e <= len(other.text) for s, e in self.counterpart_spans
        ):
            bad.append("counterpart spans missing or out of range")
        return bad


# --------------------------------------------------------------------------------------------
# running and scoring


def _touches(loc: Location, path: str, spans: Iterable[tuple[int, int]]) -> bool:
    return loc.path == path and any(loc.start < e and s < loc.end for s, e in spans)


def _flagged(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity in FLAGGED and not f.code.startswith("CC9")]


def cites_both(
    f: Finding,
    a: str,
    a_spans: Sequence[tuple[int, int]],
    b: str,
    b_spans: Sequence[tuple[int, int]],
) -> bool:
    locs = (f.location, *f.related)
    return any(_touches(x, a, a_spans) for x in locs) and any(_touches(x, b, b_spans) for x in locs)


def _payload(d: Doc, text: str | None = None) -> dict[str, Any]:
    p: dict[str, Any] = {"id": d.id, "text": d.text if text is None else text, "format": d.format}
    if d.published:
        p["published"] = d.published
    return p


def run_docs(docs: Sequence[Doc], first_text: str | None = None) -> list[Finding]:
    """Check the first article against the others (the public API's draft and sources)."""
    res = check_texts(draft=_payload(docs[0], first_text), sources=[_payload(d) for d in docs[1:]])
    return list(res.findings)


@dataclass(slots=True)
class Outcome:
    case: Case
    ok: bool
    findings: list[Finding]
    text: str
    spans: list[tuple[int, int]]
    #: the unaltered articles already have a finding citing both statements (an unsound case)
    invalid: bool = False
    #: some warning or error touches the changed statement, whatever it sets it against
    touched: bool = False


_UNALTERED: dict[tuple[str, ...], list[Finding]] = {}


def unaltered_findings(docs: Sequence[Doc]) -> list[Finding]:
    """Warnings and errors on the articles as they are, the first one checked as the draft."""
    key = tuple(d.id for d in docs)
    if key not in _UNALTERED:
        _UNALTERED[key] = _flagged(run_docs(docs))
    return _UNALTERED[key]


def run_case(case: Case) -> Outcome:
    """Judge one case. A conflict is found when a finding cites the changed statement and its
    counterpart. A harmless rewrite is flagged when a finding touches the rewritten span and the
    unaltered articles have no finding of that code on the original span."""
    text, spans = case.edited()
    findings = _flagged(run_docs(case.docs, text))
    before = unaltered_findings(case.docs)
    a = case.docs[0].id
    orig = [(s, e) for s, e, _ in case.edits]
    if case.kind == "conflict":
        invalid = any(
            cites_both(f, a, orig, case.counterpart, case.counterpart_spans) for f in before
        )
        hit = [
            f for f in findings if cites_both(f, a, spans, case.counterpart, case.counterpart_spans)
        ]
        touched = any(
            any(_touches(x, a, spans) for x in (f.location, *f.related)) for f in findings
        )
        return Outcome(case, bool(hit), hit or findings, text, spans, invalid, touched)
    bad = [
        f
        for f in findings
        if any(_touches(x, a, spans) for x in (f.location, *f.related))
        and not any(
            g.code == f.code and any(_touches(x, a, orig) for x in (g.location, *g.related))
            for g in before
        )
    ]
    return Outcome(case, not bad, bad, text, spans)


@dataclass(slots=True)
class Tally:
    n: int = 0
    ok: int = 0

    @property
    def rate(self) -> float | None:
        return self.ok / self.n if self.n else None


def evaluate(cases: Sequence[Case]) -> dict[str, Any]:
    t0 = time.monotonic()
    outcomes = [run_case(c) for c in cases]
    res: dict[str, Any] = {"outcomes": outcomes, "seconds": time.monotonic() - t0}
    table: dict[str, dict[str, dict[str, Tally]]] = {}
    for part in PARTS:
        table[part] = defaultdict(lambda: defaultdict(Tally))
    for o in outcomes:
        for src in (o.case.source, "all"):
            t = table[o.case.part][o.case.group][src]
            t.n += 1
            t.ok += o.ok
    res["table"] = table
    res["wording"] = wording(cases)
    res["touched"] = {
        part: (
            sum(o.touched for o in outcomes if o.case.part == part and o.case.kind == "conflict"),
            sum(1 for o in outcomes if o.case.part == part and o.case.kind == "conflict"),
        )
        for part in PARTS
    }
    res["invalid"] = [o.case.id for o in outcomes if o.invalid]
    fps: dict[str, Finding] = {}
    for c in cases:
        if c.source == "written":
            for f in unaltered_findings(c.docs):
                fps.setdefault(f.fingerprint, f)
    res["unaltered_written"] = list(fps.values())
    res["seconds"] = time.monotonic() - t0
    return res


def wording(cases: Sequence[Case]) -> dict[str, tuple[int, int, float]]:
    """Per source: conflict cases whose two sentences are the same words, the cases, and the
    median similarity of the two sentences (difflib ratio; 1.0 is a copy)."""
    by: dict[str, list[float]] = defaultdict(list)
    for c in cases:
        if c.kind != "conflict":
            continue
        other = next(d for d in c.docs if d.id == c.counterpart)
        a = _sent_text(c.docs[0].text, c.edits[0][0])
        b = _sent_text(other.text, c.counterpart_spans[0][0])
        by[c.source].append(difflib.SequenceMatcher(None, a, b).ratio())
    out = {}
    for src, xs in by.items():
        xs.sort()
        out[src] = (sum(x >= 0.999 for x in xs), len(xs), xs[len(xs) // 2])
    return out


def overall(table: Mapping[str, Mapping[str, Tally]], source: str = "all") -> Tally:
    t = Tally()
    for fam in FAMILIES:
        x = table.get(fam, {}).get(source)
        if x:
            t.n += x.n
            t.ok += x.ok
    return t


def to_json(res: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "seconds": round(res["seconds"], 1),
        "parts": {},
        "invalid": res["invalid"],
        "touched": {p: {"cases": n, "touched": t} for p, (t, n) in res["touched"].items()},
        "wording": {
            src: {"identical": same, "cases": n, "median_similarity": round(med, 3)}
            for src, (same, n, med) in res["wording"].items()
        },
        "unaltered_written": [
            {"code": f.code, "path": f.location.path, "text": f.location.text}
            for f in res["unaltered_written"]
        ],
    }
    for part, table in res["table"].items():
        fams: dict[str, Any] = {}
        for fam in (*FAMILIES, HARMLESS):
            fams[fam] = {
                src: {"cases": t.n, "ok": t.ok, "rate": t.rate}
                for src, t in table.get(fam, {}).items()
            }
        h = table.get(HARMLESS, {}).get("all", Tally())
        o = overall(table)
        out["parts"][part] = {
            "families": fams,
            "overall": {"cases": o.n, "found": o.ok, "recall": o.rate},
            "harmless": {"cases": h.n, "flagged": h.n - h.ok},
        }
    return out


def _fmt(t: Tally | None, harmless: bool = False) -> str:
    if t is None or not t.n:
        return "-".rjust(12)
    if harmless:
        return f"{t.n - t.ok:>3}/{t.n:<3} fp".rjust(12)
    return f"{t.ok:>3}/{t.n:<3} {t.ok / t.n:.2f}".rjust(12)


def render_table(res: Mapping[str, Any]) -> str:
    lines: list[str] = []
    cols = (*SOURCES, "all")
    for part in PARTS:
        table = res["table"][part]
        lines.append(f"part {part}: recall = cases with a finding citing both statements / cases")
        lines.append(f"  {'family':<10}" + "".join(c.rjust(12) for c in cols))
        for fam in FAMILIES:
            row = table.get(fam, {})
            lines.append(f"  {fam:<10}" + "".join(_fmt(row.get(c)) for c in cols))
        lines.append(f"  {'overall':<10}" + "".join(_fmt(overall(table, c)) for c in cols))
        row = table.get(HARMLESS, {})
        lines.append(f"  {'harmless':<10}" + "".join(_fmt(row.get(c), True) for c in cols))
        t, n = res["touched"][part]
        lines.append(
            f"  changed statement in any warning or error (whatever it is set against): {t}/{n}"
        )
        lines.append("")
    lines.append(
        "wording of the two statements: "
        + "; ".join(
            f"{src} {same}/{n} identical sentences, median similarity {med:.2f}"
            for src, (same, n, med) in sorted(res["wording"].items())
        )
    )
    lines.append(
        f"unaltered hand-written clusters: {len(res['unaltered_written'])} distinct warnings or "
        "errors (the clusters agree, so each is a false alarm)"
    )
    if res["invalid"]:
        lines.append(
            f"UNSOUND: {len(res['invalid'])} cases already flagged before the change: "
            + ", ".join(res["invalid"][:5])
        )
    lines.append(
        "targets: overall recall >= 0.85, every family >= 0.75, no harmless rewrite flagged "
        f"({res['seconds']:.0f} s)"
    )
    return "\n".join(lines)


def _context(text: str, s: int, e: int, width: int = 80) -> str:
    a, b = max(0, s - width), min(len(text), e + width)
    return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]).replace("\n", " / ")


def render_errors(res: Mapping[str, Any], family: str | None = None) -> str:
    out: list[str] = []
    for o in res["outcomes"]:
        c = o.case
        if o.ok or c.part != "tune" or (family and c.group != family):
            continue
        out.append(f"- {c.id} [{c.group}/{c.op}] {c.why}")
        out.append(f"    edited {c.docs[0].id}: {_context(o.text, o.spans[0][0], o.spans[-1][1])}")
        other = next(d for d in c.docs if d.id == c.counterpart)
        s, e = c.counterpart_spans[0]
        out.append(f"    counterpart {c.counterpart}: {_context(other.text, s, e)}")
        for f in o.findings[:6]:
            rel = "; ".join(f"{r.path}@{r.start}:{r.text!r}" for r in f.related)
            out.append(
                f"    finding {f.code} {f.severity}: {f.location.path}@{f.location.start}"
                f":{f.location.text!r} vs {rel}"
            )
        if not o.findings:
            out.append("    no warning or error at all")
    return "\n".join(out) if out else "no failures in the tune part"


# --------------------------------------------------------------------------------------------
# loading


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _from_record(r: Mapping[str, Any], docs: Mapping[str, Doc]) -> Case:
    first = docs[r["docs"][0]]
    for s, e, old, _new in r["edits"]:
        if first.text[s:e] != old:
            raise ValueError(
                f"{r['id']}: stored text {old!r} is not at {s}:{e} of {first.id} any more; "
                "regenerate with python eval/crossoutlet.py --regenerate"
            )
    other = docs[r["counterpart"]]
    for s, e, old in r["counterpart_spans"]:
        if other.text[s:e] != old:
            raise ValueError(f"{r['id']}: counterpart {old!r} is not at {s}:{e} of {other.id}")
    return Case(
        id=r["id"],
        source=r["source"],
        family=r["family"],
        kind=r["kind"],
        op=r["op"],
        cluster=r["cluster"],
        docs=[docs[d] for d in r["docs"]],
        edits=[(s, e, new) for s, e, _old, new in r["edits"]],
        counterpart=r["counterpart"],
        counterpart_spans=[(s, e) for s, e, _ in r["counterpart_spans"]],
        why=r.get("why", ""),
    )


def _record(c: Case) -> dict[str, Any]:
    base = c.docs[0].text
    other = next(d for d in c.docs if d.id == c.counterpart)
    return {
        "id": c.id,
        "source": c.source,
        "family": c.family,
        "kind": c.kind,
        "op": c.op,
        "cluster": c.cluster,
        "docs": [d.id for d in c.docs],
        "edits": [[s, e, base[s:e], new] for s, e, new in c.edits],
        "counterpart": c.counterpart,
        "counterpart_spans": [[s, e, other.text[s:e]] for s, e in c.counterpart_spans],
        "why": c.why,
    }


def load_cases(sources: Sequence[str] = SOURCES) -> list[Case]:
    cases: list[Case] = []
    if "ecb" in sources and ecb_dir() is not None:
        docs = {d.id: d for d in ecb_docs()}
        cases += [_from_record(r, docs) for r in _jsonl(ECB_CASES)]
    if "meantime" in sources and meantime_dir() is not None:
        docs = {d.id: d for d in meantime_docs()}
        cases += [_from_record(r, docs) for r in _jsonl(MEANTIME_CASES)]
    if "written" in sources:
        cases += load_written()
    return cases


# --------------------------------------------------------------------------------------------
# hand-written clusters


def _occurrences(text: str, needle: str, whole_word: bool = True) -> list[tuple[int, int]]:
    pat = re.escape(needle)
    if whole_word:
        pat = r"(?<![\w-])" + pat + r"(?![\w-])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _written_doc(d: Mapping[str, Any]) -> Doc:
    meta = d.get("meta", {})
    lines = ["---"]
    for k in ("title", "outlet", "published"):
        if k in meta:
            lines.append(f"{k}: {json.dumps(str(meta[k]))}")
    lines.append("---")
    text = "\n".join(lines) + "\n\n" + d["body"].strip() + "\n"
    return Doc(id=d["id"], text=text, format="markdown", published=str(meta.get("published")))


def written_clusters(path: Path = WRITTEN) -> list[dict[str, Any]]:
    with path.open("rb") as fh:
        return tomllib.load(fh)["cluster"]


def _locate(text: str, statement: str, target: str | None, doc: str) -> tuple[int, int]:
    """The span of ``target`` inside the one occurrence of ``statement`` in ``text``."""
    occ = [m.start() for m in re.finditer(re.escape(statement), text)]
    if len(occ) != 1:
        raise ValueError(f"{doc}: {statement!r} occurs {len(occ)} times, it must occur once")
    s = occ[0]
    if target is None:
        return s, s + len(statement)
    i = statement.find(target)
    if i < 0:
        raise ValueError(f"{doc}: {target!r} is not inside {statement!r}")
    return s + i, s + i + len(target)


def _written_id(cluster: str, ch: Mapping[str, Any]) -> str:
    """An id from what the change is, so that reordering or adding changes moves no case
    between the tune and report parts."""
    what = "\x1f".join(
        str(ch.get(k, "")) for k in ("doc", "statement", "target", "new", "counterpart")
    )
    group = HARMLESS if ch.get("kind") == "harmless" else ch["family"]
    op = ch.get("op", ch["family"])
    return f"written/{cluster}/{group}-{op}-{hashlib.sha1(what.encode()).hexdigest()[:8]}"


def load_written(path: Path = WRITTEN) -> list[Case]:
    """Every planted change of the hand-written clusters as a case.

    A change either replaces ``target`` inside the unique ``statement`` by ``new``, or, with
    ``every = true``, replaces every whole-word occurrence of ``target`` in the article (a name
    misspelt consistently). The counterpart is the unique ``counterpart`` text in the other
    article, or with ``counterpart_every`` every whole-word occurrence of it.
    """
    cases: list[Case] = []
    for cl in written_clusters(path):
        docs = [_written_doc(d) for d in cl["doc"]]
        by_id = {d.id: d for d in docs}
        for ch in cl.get("change", []):
            first = by_id[ch["doc"]]
            if ch.get("every"):
                edits = [(s, e, ch["new"]) for s, e in _occurrences(first.text, ch["target"])]
            else:
                s, e = _locate(first.text, ch["statement"], ch.get("target"), first.id)
                edits = [(s, e, ch["new"])]
            other = by_id[ch["counterpart_doc"]]
            if ch.get("counterpart_every"):
                cspans = _occurrences(other.text, ch["counterpart"])
            else:
                cspans = [
                    _locate(other.text, ch["counterpart"], ch.get("counterpart_target"), other.id)
                ]
            order = [first] + [d for d in docs if d.id != first.id]
            cases.append(
                Case(
                    id=_written_id(cl["id"], ch),
                    source="written",
                    family=ch["family"],
                    kind=ch.get("kind", "conflict"),
                    op=ch.get("op", ch["family"]),
                    cluster=cl["id"],
                    docs=order,
                    edits=edits,
                    counterpart=other.id,
                    counterpart_spans=cspans,
                    why=ch.get("why", ""),
                )
            )
    return cases


# --------------------------------------------------------------------------------------------
# corpora


@cache
def ecb_docs() -> tuple[Doc, ...]:
    d = ecb_dir()
    if d is None:
        return ()
    return tuple(Doc(id=x.path, text=x.text) for x in perturb.load_ecb_docs(str(d)))


_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?)\]}%”’]|'s|’s|n't|'re|'ve|'ll|'d|'m)$")
_NO_SPACE_AFTER = re.compile(r"^[(\[{$“£€]$")
#: The corpus's tokenizer writes quotation marks TeX-style (``, '' and `); in Markdown a
#: backtick pair is a code span, whose text is no prose (claimcheck leaves it out), so the
#: rebuilt article writes the quotation marks they stand for.
_QUOTE_TOKENS = {"``": "“", "''": "”", "`": "‘"}


@dataclass(slots=True)
class MtDoc:
    """A MEANTIME article rebuilt from its tokens, with what the suite needs of its markup."""

    doc: Doc
    corpus: str
    body_start: int
    token_spans: dict[str, tuple[int, int]]
    token_sentence: dict[str, int]
    sentences: dict[int, tuple[int, int]]
    persons: dict[str, list[tuple[int, int]]]  # instance -> name mention spans
    instances_in_sentence: dict[int, set[str]]
    dates: list[tuple[str, int, tuple[int, int]]]  # (value, sentence, span)


def _meantime_doc(path: Path) -> MtDoc | None:
    root = ET.parse(path).getroot()
    tokens = [
        (t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")
    ]
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None or relations is None:
        return None
    dct = next(
        (
            m.get("value", "")
            for m in markables.iter("TIMEX3")
            if m.get("functionInDocument") == "CREATION_TIME"
        ),
        "",
    )
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        return None
    # title = sentence 0; body = the rest, one paragraph per sentence run
    title = " ".join(_QUOTE_TOKENS.get(t, t) for _, s, t in tokens if s == 0)
    head = f'---\ntitle: {json.dumps(title)}\npublished: "{dct}"\n---\n\n'
    out = [head]
    pos = len(head)
    spans: dict[str, tuple[int, int]] = {}
    tsent: dict[str, int] = {}
    sents: dict[int, list[int]] = {}
    prev_tok = None
    prev_sent = None
    for tid, sent, raw in tokens:
        if sent == 0:
            continue
        tok = _QUOTE_TOKENS.get(raw, raw)
        if prev_sent is not None and sent != prev_sent:
            sep = "\n\n" if prev_sent == 1 else " "
        elif prev_tok is None or _NO_SPACE_BEFORE.match(tok) or _NO_SPACE_AFTER.match(prev_tok):
            sep = ""
        else:
            sep = " "
        out.append(sep)
        pos += len(sep)
        spans[tid] = (pos, pos + len(tok))
        tsent[tid] = sent
        sents.setdefault(sent, [pos, pos])[1] = pos + len(tok)
        out.append(tok)
        pos += len(tok)
        prev_tok, prev_sent = tok, sent
    text = "".join(out) + "\n"
    mentions: dict[str, list[str]] = {}
    for m in markables:
        ids = [a.get("t_id", "") for a in m.findall("token_anchor")]
        if ids:
            mentions[m.get("m_id", "")] = ids
    inst = {
        m.get("m_id", ""): (m.get("instance_id", ""), m.get("ent_type", ""))
        for m in markables
        if m.tag in ("ENTITY", "EVENT") and m.get("instance_id")
    }
    persons: dict[str, list[tuple[int, int]]] = defaultdict(list)
    in_sent: dict[int, set[str]] = defaultdict(set)
    for rel in relations.iter("REFERS_TO"):
        tgt = rel.find("target")
        if tgt is None or tgt.get("m_id") not in inst:
            continue
        iid, etype = inst[tgt.get("m_id", "")]
        for src in rel.findall("source"):
            ids = [t for t in mentions.get(src.get("m_id", ""), []) if t in spans]
            if not ids:
                continue
            s, e = spans[ids[0]][0], spans[ids[-1]][1]
            in_sent[tsent[ids[0]]].add(iid)
            if etype == "PER" and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z'-]+)+", text[s:e]):
                persons[iid].append((s, e))
    dates: list[tuple[str, int, tuple[int, int]]] = []
    for m in markables.iter("TIMEX3"):
        ids = [t for t in mentions.get(m.get("m_id", ""), []) if t in spans]
        value = m.get("value", "")
        if (
            ids
            and m.get("type") == "DATE"
            and m.get("functionInDocument") != "CREATION_TIME"
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
            and tsent[ids[0]] > 1
        ):
            dates.append((value, tsent[ids[0]], (spans[ids[0]][0], spans[ids[-1]][1])))
    corpus = path.parent.name.removeprefix("corpus_")
    doc = Doc(id=f"meantime/{corpus}/{path.stem}.md", text=text, format="markdown", published=dct)
    return MtDoc(
        doc=doc,
        corpus=corpus,
        body_start=len(head),
        token_spans=spans,
        token_sentence=tsent,
        sentences={k: (v[0], v[1]) for k, v in sents.items()},
        persons=dict(persons),
        instances_in_sentence=dict(in_sent),
        dates=dates,
    )


@cache
def meantime_articles() -> tuple[MtDoc, ...]:
    d = meantime_dir()
    if d is None:
        return ()
    out = [_meantime_doc(p) for p in sorted(d.glob("corpus_*/*.xml"))]
    return tuple(x for x in out if x is not None)


def meantime_docs() -> tuple[Doc, ...]:
    return tuple(m.doc for m in meantime_articles())


# --------------------------------------------------------------------------------------------
# generation: shared helpers


@dataclass(slots=True)
class Cand:
    family: str
    kind: str
    op: str
    cluster: str
    a: Doc
    b: Doc
    edits: list[tuple[int, int, str]]
    b_spans: list[tuple[int, int]]
    a_sentence: str
    b_sentence: str
    why: str
    extra: list[Doc] = field(default_factory=list)

    def key(self) -> tuple[Any, ...]:
        return (self.family, self.kind, self.op, self.a.id, self.b.id, tuple(self.edits))

    def similarity(self) -> float:
        return difflib.SequenceMatcher(None, self.a_sentence, self.b_sentence).ratio()


def _sentence_at(text: str, pos: int) -> tuple[int, int]:
    s = max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) for p in (". ", "? ", "! ")))
    s = 0 if s < 0 else s + 1
    ends = [i for i in (text.find(p, pos) for p in (". ", "? ", "! ", "\n")) if i >= 0]
    return s, (min(ends) + 1 if ends else len(text))


def _sent_text(text: str, pos: int) -> str:
    s, e = _sentence_at(text, pos)
    return text[s:e].strip()


_WORD_NUM = r"(?:" + "|".join(sorted(perturb._word_values(), key=len, reverse=True)) + r")"
_COUNT = re.compile(r"(?<![\w$€£.,-])(?P<n>\d{1,3}|(?i:" + _WORD_NUM + r"))(?![\w%-]|[.,:]\d)")
PREDICATES = {
    "killed": r"killed|dead|died|die|slain|deaths?|fatalities|bodies",
    "injured": r"injured|wounded|hurt|injuries|hospitali[sz]ed",
    "arrested": r"arrested|detained|in custody|charged",
    "missing": r"missing|unaccounted",
    "rescued": r"rescued|evacuated",
}
_NOUNS = (
    r"(?:(?:other|more|people|persons|men|women|children|kids|students|workers|employees|"
    r"officers|soldiers|police|policemen|civilians|villagers|passengers|residents|victims|"
    r"others|firefighters|suspects|teenagers|youths|adults|members|miners|tourists|"
    r"young|of|them|were|was|have|has|had|been|are|being|and|reportedly|seriously|"
    r"critically|badly|also|at|least|were)\s+){0,4}"
)


def _pred_class(word: str) -> str | None:
    for k, pat in PREDICATES.items():
        if re.fullmatch(pat, word, re.I):
            return k
    return None


_COUNT_PRED = re.compile(
    r"(?P<count>(?<![\w$€£.,-])(?:\d{1,3}|(?i:"
    + _WORD_NUM
    + r"))(?![\w%-]|[.,:]\d))\s+"
    + _NOUNS
    + r"(?P<pred>(?i:"
    + "|".join(PREDICATES.values())
    + r"))\b"
)
_PRED_COUNT = re.compile(
    r"\b(?P<pred>(?i:killed|killing|injured|injuring|wounded|wounding|arrested|left))\s+"
    r"(?:at least\s+)?(?P<count>(?:\d{1,3}|(?i:" + _WORD_NUM + r")))(?![\w%-]|[.,:]\d)"
    r"(?:\s+(?:other\s+)?(?:people|persons|others|men|women|children|workers|officers)?)?"
    r"(?:\s+(?P<pred2>(?i:dead|injured|wounded|hurt)))?"
)
_HEDGE = re.compile(
    r"(?i)(?:at least|about|around|nearly|almost|more than|over|up to|some|least)\s+$"
)


def _count_value(tok: str) -> int | None:
    if tok.isdigit():
        return int(tok)
    return perturb.parse_number_word(tok)


def _new_count(v: int, like: str, rng: random.Random) -> str:
    limit = 10**6 if like.isdigit() else 100
    choices = [x for x in (v + 2, v + 3, 2 * v + 1, v + 5) if x != v and x < limit]
    n = rng.choice(choices)
    if like.isdigit():
        return str(n)
    w = perturb.number_to_words(n)
    return w[0].upper() + w[1:] if like[:1].isupper() else w


def count_statements(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, int, str]]:
    """(start, end, value, predicate class) of each unhedged count next to its predicate."""
    end = len(text) if end is None else end
    seen: set[int] = set()
    for rx in (_COUNT_PRED, _PRED_COUNT):
        for m in rx.finditer(text, start, end):
            s, e = m.span("count")
            if s in seen or _HEDGE.search(text[max(0, s - 14) : s]):
                continue
            v = _count_value(m.group("count"))
            pred = m.group("pred").lower()
            if rx is _PRED_COUNT:
                pred = (m.group("pred2") or pred).lower()
                pred = {"killing": "killed", "injuring": "injured", "wounding": "injured"}.get(
                    pred, pred
                )
                if pred == "left":
                    continue
            cls = _pred_class(pred)
            after = text[e : e + 12]
            if (
                v is None
                or cls is None
                or v == 0
                or re.match(r"\s*(?:years?|-year|percent|%)", after)
            ):
                continue
            before = text[max(0, s - 20) : s]
            if re.search(r"(?:\d[\d,.]*\s*(?:to|or|-|–)\s*|of\s+|\$|\bNo\.\s*)$", before):
                continue
            seen.add(s)
            yield s, e, v, cls


def _capwords(s: str) -> set[str]:
    skip = (
        set(perturb.MONTHS)
        | set(perturb.WEEKDAYS)
        | {
            "The",
            "A",
            "An",
            "He",
            "She",
            "It",
            "In",
            "On",
            "At",
            "But",
            "And",
            "Police",
            "Mr",
            "Mrs",
            "Ms",
        }
    )
    return {w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", s) if w not in skip}


def _select(cands: list[Cand], rng: random.Random, quota: int = QUOTA) -> list[Cand]:
    """Distinct cases, preferring differently worded pairs, at most PER_CLUSTER per cluster,
    without those whose unaltered pair already has a finding on the target."""
    uniq: dict[tuple[Any, ...], Cand] = {}
    for c in cands:
        uniq.setdefault(c.key(), c)
    items = sorted(uniq.values(), key=lambda c: (c.cluster, c.a.id, c.b.id, c.edits))
    rng.shuffle(items)
    items.sort(key=lambda c: round(c.similarity(), 1))  # stable: shuffled within a band
    per: dict[tuple[str, str], int] = defaultdict(int)
    used_a: set[tuple[str, str, int]] = set()
    out: list[Cand] = []
    for c in items:
        k = (c.cluster, c.op)
        ak = (c.a.id, c.op, c.edits[0][0])
        if per[k] >= PER_CLUSTER or ak in used_a or not _clean(c):
            continue
        per[k] += 1
        used_a.add(ak)
        out.append(c)
        if len(out) >= quota:
            break
    return out


_BASELINE: dict[tuple[str, str], list[Finding]] = {}


def _baseline(a: Doc, b: Doc) -> list[Finding]:
    k = (a.id, b.id)
    if k not in _BASELINE:
        _BASELINE[k] = _flagged(run_docs([a, b]))
    return _BASELINE[k]


def _clean(c: Cand) -> bool:
    """Drop a candidate whose unaltered pair already has a finding on the target."""
    spans = [(s, e) for s, e, _ in c.edits]
    for f in _baseline(c.a, c.b):
        if any(_touches(x, c.a.id, spans) for x in (f.location, *f.related)):
            return False
    return True


def _to_case(c: Cand, source: str) -> Case:
    first = c.edits[0]
    cid = f"{source}/{c.cluster}/{c.family if c.kind == 'conflict' else 'harmless'}-{c.op}/" + (
        f"{Path(c.a.id).stem}@{first[0]}~{Path(c.b.id).stem}"
    )
    return Case(
        id=cid,
        source=source,
        family=c.family,
        kind=c.kind,
        op=c.op,
        cluster=c.cluster,
        docs=[c.a, c.b, *c.extra],
        edits=c.edits,
        counterpart=c.b.id,
        counterpart_spans=c.b_spans,
        why=c.why,
    )


# --------------------------------------------------------------------------------------------
# generation: ECB+


def _ecb_raw() -> list[dict[str, Any]]:
    import gzip

    d = ecb_dir()
    assert d is not None
    with gzip.open(d / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [json.loads(x) for x in fh]


def _find_in_doc(doc: Doc, sentence: str, mention: str) -> tuple[int, int] | None:
    """The span of a chain mention, found through its sentence."""
    sent = perturb.detokenize(sentence.strip())
    i = doc.text.find(sent)
    if i < 0:
        i = doc.text.find(sent[:60])
        if i < 0:
            return None
    men = perturb.detokenize(mention.strip())
    j = doc.text.lower().find(men.lower(), i, i + len(sent) + 20)
    return None if j < 0 else (j, j + len(men))


def _ecb_chain_mentions(fname: str) -> Iterator[tuple[str, list[tuple[Doc, tuple[int, int]]]]]:
    d = ecb_dir()
    assert d is not None
    by_doc = {Path(x.id).stem: x for x in ecb_docs()}
    for line in (d / fname).read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        out = []
        for m in g["mentions"]:
            doc = by_doc.get(m["doc"].removesuffix(".xml"))
            if doc is None:
                continue
            sp = _find_in_doc(doc, m["sentence"], m["mention"])
            if sp:
                out.append((doc, sp))
        yield g["descriptor"], out


def _cluster_of(doc: Doc) -> str:
    return doc.id.split("/")[1]


def _pairs(items: Sequence[Any], doc_of: Any) -> Iterator[tuple[Any, Any]]:
    """Every ordered pair of items from two different articles of one cluster."""
    by_cluster: dict[str, list[Any]] = defaultdict(list)
    for x in items:
        by_cluster[_cluster_of(doc_of(x))].append(x)
    for group in by_cluster.values():
        for x in group:
            for y in group:
                if doc_of(x).id != doc_of(y).id:
                    yield x, y


def ecb_counts(rng: random.Random) -> tuple[list[Cand], list[Cand], list[Cand]]:
    """Counts (body and headline) from the numeric chains and from count-predicate statements
    of one cluster; plus digits <-> words rewrites of the same statements."""
    stmts: list[tuple[Doc, int, int, int, str, bool]] = []  # doc, s, e, value, pred, headline
    for doc in ecb_docs():
        nl = headline_end(doc.text)
        for s, e, v, cls in count_statements(doc.text):
            stmts.append((doc, s, e, v, cls, s < nl))
    chain_keys: dict[tuple[str, int], str] = {}
    for desc, mens in _ecb_chain_mentions("xdoc_numeric_participant_groups.jsonl"):
        for doc, (s, e) in mens:
            for m in _COUNT.finditer(doc.text, s, e):
                chain_keys[(doc.id, m.start())] = desc
    body: list[Cand] = []
    head: list[Cand] = []
    harmless: list[Cand] = []
    for x, y in _pairs(stmts, lambda t: t[0]):
        a, s, e, v, cls, a_head = x
        b, bs, be, bv, bcls, b_head = y
        if v != bv or cls != bcls or b_head:
            continue
        ca, cb = chain_keys.get((a.id, s)), chain_keys.get((b.id, bs))
        if ca and cb and ca != cb:
            continue
        if not (ca and cb) and v == 1:
            continue
        old = a.text[s:e]
        c = Cand(
            family="headlines" if a_head else "counts",
            kind="conflict",
            op="headline-count" if a_head else "count",
            cluster=_cluster_of(a),
            a=a,
            b=b,
            edits=[(s, e, _new_count(v, old, rng))],
            b_spans=[(bs, be)],
            a_sentence=_sent_text(a.text, s),
            b_sentence=_sent_text(b.text, bs),
            why=f"{cls} {v}" + (f" (chain {ca})" if ca else ""),
        )
        (head if a_head else body).append(c)
        if not a_head and 1 < v < 100:
            new = perturb.number_to_words(v) if old.isdigit() else str(v)
            if old[:1].isupper() and not old.isdigit():
                continue  # a sentence-initial word stays a word
            harmless.append(
                Cand(
                    "counts",
                    "harmless",
                    "digits-words",
                    c.cluster,
                    a,
                    b,
                    [(s, e, new)],
                    [(bs, be)],
                    c.a_sentence,
                    c.b_sentence,
                    f"{old} -> {new}",
                )
            )
    return body, head, harmless


_MONEY = re.compile(
    r"(?P<cur>[$€£]|US\$|EUR |GBP )(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
    r"(?:\s*(?P<scale>million|billion|m|bn)\b)?"
)


def headline_end(text: str) -> int:
    """Where the first line ends when it is a headline (no closing punctuation), else 0."""
    nl = text.find("\n")
    if nl <= 0 or nl > 160 or perturb._SENT_END.search(text[:nl].rstrip()):
        return 0
    return nl


def _money_value(m: re.Match[str]) -> tuple[str, float]:
    cur = {"$": "USD", "US$": "USD", "€": "EUR", "EUR ": "EUR", "£": "GBP", "GBP ": "GBP"}[m["cur"]]
    x = float(m["num"].replace(",", ""))
    scale = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get(m["scale"] or "", 1)
    return cur, x * scale


def _near_words(text: str, m: re.Match[str]) -> set[str]:
    """Names right around an amount (a shared one ties two amounts to one deal); none for an
    amount that is part of a range."""
    before, after = text[max(0, m.start() - 50) : m.start()], text[m.end() : m.end() + 30]
    if re.search(r"(?:to|-|–|and|or)\s*$", before) or re.match(r"\s*(?:to|-|–)\s*[$€£\d]", after):
        return set()
    return _capwords(before + " " + after)


def _money_format(m: re.Match[str]) -> str | None:
    scale = m["scale"]
    if m["cur"] in ("$", "€", "£") and scale in ("million", "billion"):
        short = "m" if scale == "million" else "bn"
        if m["cur"] == "€":
            return f"{m['num']} {scale} euros"
        return f"{m['cur']}{m['num']}{short}"
    if m["cur"] in ("$", "€", "£") and scale in ("m", "bn"):
        return f"{m['cur']}{m['num']} {'million' if scale == 'm' else 'billion'}"
    return None


def _new_amount(num: str, rng: random.Random) -> str:
    x = float(num.replace(",", ""))
    for _ in range(10):
        y = x * rng.choice((1.25, 1.5, 0.75, 2.0))
        if "." in num:
            digits = len(num.split(".")[1])
            out = f"{y:.{digits}f}"
        else:
            out = f"{round(y):,}" if "," in num else str(round(y))
        if out != num:
            return out
    return str(int(x) + 7)


def ecb_money(
    rng: random.Random, docs: Sequence[Doc] | None = None
) -> tuple[list[Cand], list[Cand]]:
    stmts = []
    for doc in ecb_docs() if docs is None else docs:
        for m in _MONEY.finditer(doc.text):
            if _HEDGE.search(doc.text[max(0, m.start() - 14) : m.start()]):
                continue
            stmts.append((doc, m))
    out: list[Cand] = []
    harmless: list[Cand] = []
    for (a, m), (b, n) in _pairs(stmts, lambda t: t[0]):
        if _money_value(m) != _money_value(n):
            continue
        if not _near_words(a.text, m) & _near_words(b.text, n):
            continue  # the same amount, but nothing near it says it is the same deal
        s, e = m.span("num")
        c = Cand(
            "money",
            "conflict",
            "amount",
            _cluster_of(a),
            a,
            b,
            [(s, e, _new_amount(m["num"], rng))],
            [n.span()],
            _sent_text(a.text, s),
            _sent_text(b.text, n.start()),
            f"{m.group(0)}",
        )
        out.append(c)
        new = _money_format(m)
        if new:
            harmless.append(
                Cand(
                    "money",
                    "harmless",
                    "money-format",
                    c.cluster,
                    a,
                    b,
                    [(m.start(), m.end(), new)],
                    [n.span()],
                    c.a_sentence,
                    c.b_sentence,
                    f"{m.group(0)} -> {new}",
                )
            )
    return out, harmless


_MONTHS_RE = "|".join(perturb.MONTHS)
_ABBR = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
_DATE_MD = re.compile(
    r"\b(?P<month>" + _MONTHS_RE + r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+"
    r"(?P<day>\d{1,2})(?P<suf>st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?(?!\s*(?:-|–|to)\s*\d)"
)
_WEEKDAY = re.compile(r"\b(?P<wd>" + "|".join(perturb.WEEKDAYS) + r")\b")


def _day_edit(m: re.Match[str]) -> tuple[int, int, str]:
    """Move a date's day by two or three days, keeping an ordinal suffix right ("1st" -> "3rd")."""
    day = int(m["day"])
    new = day + 2 if day <= 26 else day - 3
    if not m["suf"]:
        return m.start("day"), m.end("day"), str(new)
    suf = "th" if 10 <= new % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(new % 10, "th")
    return m.start("day"), m.end("suf"), f"{new}{suf}"


def _dateline(text: str, pos: int) -> bool:
    """A date on a short line of its own (a dateline or time stamp: the article's date, not the
    event's)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return (
        len(text[a : b if b >= 0 else len(text)]) <= 40
        and perturb._SENT_END.search(text[a : b if b >= 0 else len(text)].strip()) is None
    )


def _month_no(name: str) -> int:
    return _ABBR.get(name) or perturb.MONTHS.index(name) + 1


def ecb_dates(rng: random.Random) -> tuple[list[Cand], list[Cand]]:
    """Weekdays and day-month dates two articles give for one time chain."""
    out: list[Cand] = []
    harmless: list[Cand] = []
    for desc, mens in _ecb_chain_mentions("xdoc_time_groups.jsonl"):
        wds = []
        dates = []
        for doc, (s, e) in mens:
            for m in _WEEKDAY.finditer(doc.text, s, e):
                wds.append((doc, m))
            for m in _DATE_MD.finditer(doc.text, s, e):
                if not _dateline(doc.text, m.start()):
                    dates.append((doc, m))
        for (a, m), (b, n) in _pairs(wds, lambda t: t[0]):
            if m["wd"] != n["wd"]:
                continue
            i = perturb.WEEKDAYS.index(m["wd"])
            new = perturb.WEEKDAYS[(i + rng.choice((2, 3, 4, 5))) % 7]
            out.append(
                Cand(
                    "dates",
                    "conflict",
                    "weekday",
                    _cluster_of(a),
                    a,
                    b,
                    [(*m.span("wd"), new)],
                    [n.span("wd")],
                    _sent_text(a.text, m.start()),
                    _sent_text(b.text, n.start()),
                    f"{m['wd']} (chain {desc})",
                )
            )
        for (a, m), (b, n) in _pairs(dates, lambda t: t[0]):
            if (_month_no(m["month"]), m["day"]) != (_month_no(n["month"]), n["day"]):
                continue
            out.append(
                Cand(
                    "dates",
                    "conflict",
                    "date",
                    _cluster_of(a),
                    a,
                    b,
                    [_day_edit(m)],
                    [n.span()],
                    _sent_text(a.text, m.start()),
                    _sent_text(b.text, n.start()),
                    f"{m.group(0)} (chain {desc})",
                )
            )
            harmless += _date_format(a, m, b, n)
    return out, harmless


def _date_format(a: Doc, m: re.Match[str], b: Doc, n: re.Match[str]) -> list[Cand]:
    month = perturb.MONTHS[_month_no(m["month"]) - 1]
    if m["month"].endswith("."):
        new = f"{month} {m['day']}" + (f", {m['year']}" if m["year"] else "")
    elif m["year"]:
        new = f"{m['day']} {month} {m['year']}"
    else:
        return []
    return [
        Cand(
            "dates",
            "harmless",
            "date-format",
            _cluster_of(a),
            a,
            b,
            [(m.start(), m.end(), new)],
            [n.span()],
            _sent_text(a.text, m.start()),
            _sent_text(b.text, n.start()),
            f"{m.group(0)} -> {new}",
        )
    ]


_AGE = re.compile(r"(?:\b(?P<a>\d{1,2})-year-old\b)|(?:(?<=[A-Z][a-z]), (?P<b>\d{1,2}),)")


def _age_statements(
    doc: Doc, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, int, set[str]]]:
    for m in _AGE.finditer(doc.text, start, len(doc.text) if end is None else end):
        g = "a" if m["a"] else "b"
        s, e = m.span(g)
        yield s, e, int(m[g]), _capwords(_sent_text(doc.text, s))


@cache
def ecb_person_words() -> dict[str, frozenset[str]]:
    """Per ECB+ article, the capitalized words of its annotated person mentions."""
    docs = {Path(d.id).stem: d.id for d in ecb_docs()}
    out: dict[str, set[str]] = defaultdict(set)
    for r in _ecb_raw():
        doc = docs.get(r["doc"].removesuffix(".xml"))
        if doc is None:
            continue
        for m in r["mentions"]:
            if m.get("type") == "HUMAN_PART_PER":
                out[doc] |= set(re.findall(r"\b[A-Z][a-z]{2,}\b", m["text"]))
    return {k: frozenset(v) for k, v in out.items()}


def ecb_ages(rng: random.Random, docs: Sequence[Doc] | None = None) -> list[Cand]:
    """An age two articles give next to the same person's name (a name word that the
    annotation marks as part of a person mention in both articles)."""
    del rng
    docs = ecb_docs() if docs is None else docs
    people = ecb_person_words()
    stmts = [(doc, *x) for doc in docs for x in _age_statements(doc)]
    out = []
    for (a, s, e, v, wa), (b, bs, be, bv, wb) in _pairs(stmts, lambda t: t[0]):
        shared = wa & wb & people.get(a.id, frozenset()) & people.get(b.id, frozenset())
        if v != bv or not shared:
            continue
        out.append(
            Cand(
                "ages",
                "conflict",
                "age",
                _cluster_of(a),
                a,
                b,
                [(s, e, str(v + 10))],
                [(bs, be)],
                _sent_text(a.text, s),
                _sent_text(b.text, bs),
                f"age {v} of {' '.join(sorted(shared))}",
            )
        )
    return out


_VOWELS = "aeiou"


def _slip(surname: str, rng: random.Random) -> str | None:
    """One letter changed inside a surname ("Rodriguez" -> "Rodriguaz")."""
    idx = [i for i in range(1, len(surname) - 1) if surname[i] in _VOWELS]
    if not idx:
        return None
    i = rng.choice(idx)
    v = rng.choice([x for x in _VOWELS if x != surname[i]])
    return surname[:i] + v + surname[i + 1 :]


def _name_cands(
    a: Doc, b: Doc, full: str, cluster: str, rng: random.Random, why: str
) -> list[Cand]:
    given, surname = full.split()[0], full.split()[-1]
    if len(surname) < 4 or surname.isupper():
        return []
    a_occ = _occurrences(a.text, surname)
    b_occ = _occurrences(b.text, surname)
    full_a = _occurrences(a.text, full)
    if not a_occ or not b_occ or not full_a:
        return []
    new = _slip(surname, rng)
    if new is None or new in a.text or new in b.text:
        return []
    sa, sb = _sent_text(a.text, a_occ[0][0]), _sent_text(b.text, b_occ[0][0])
    out = [
        Cand(
            "names",
            "conflict",
            "surname-slip",
            cluster,
            a,
            b,
            [(s, e, new) for s, e in a_occ],
            b_occ,
            sa,
            sb,
            f"{full}: {surname} -> {new} throughout one article ({why})",
        )
    ]
    if len(full.split()) == 2 and given not in (surname,):
        out.append(
            Cand(
                "names",
                "harmless",
                "surname-only",
                cluster,
                a,
                b,
                [(s, e, surname) for s, e in full_a],
                b_occ,
                sa,
                sb,
                f"{full} -> {surname} ({why})",
            )
        )
    return out


def ecb_names(rng: random.Random) -> list[Cand]:
    """People the cross-document person chains link across two articles of one cluster."""
    docs = {Path(d.id).stem: d for d in ecb_docs()}
    names: dict[str, dict[str, str]] = defaultdict(dict)  # instance -> doc id -> full name
    for r in _ecb_raw():
        doc = docs.get(r["doc"].removesuffix(".xml"))
        if doc is None:
            continue
        for m in r["mentions"]:
            if m.get("type") != "HUMAN_PART_PER" or not m.get("xdoc_instance"):
                continue
            t = perturb.detokenize(m["text"])
            if re.fullmatch(r"[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z][A-Za-z'-]+", t) and t in doc.text:
                names[m["xdoc_instance"]].setdefault(doc.id, t)
    by_id = {d.id: d for d in ecb_docs()}
    out: list[Cand] = []
    for inst, per_doc in sorted(names.items()):
        ids = sorted(per_doc)
        for x in ids:
            for y in ids:
                a, b = by_id[x], by_id[y]
                if x == y or _cluster_of(a) != _cluster_of(b):
                    continue
                out += _name_cands(a, b, per_doc[x], _cluster_of(a), rng, f"chain {inst}")
    return out


TITLE_SWAP = {
    "President": "Prime Minister",
    "Prime Minister": "President",
    "Governor": "Mayor",
    "Gov.": "Mayor",
    "Mayor": "Governor",
    "Senator": "Governor",
    "Sen.": "Gov.",
    "Judge": "Prosecutor",
    "Sheriff": "Police Chief",
    "Police Chief": "Sheriff",
    "Coach": "Owner",
    "Chancellor": "President",
    "Secretary of State": "Defense Secretary",
    "Minister": "Governor",
    "Director": "Producer",
    "Chairman": "CFO",
    "CEO": "CFO",
}
_TITLE = re.compile(
    r"(?<![\w-])(?P<title>"
    + "|".join(re.escape(t) for t in sorted(TITLE_SWAP, key=len, reverse=True))
    + r") (?P<name>(?:[A-Z][a-z]+ ){0,2}(?P<surname>[A-Z][a-z][A-Za-z'-]+))"
)
_NOT_TITLE_BEFORE = re.compile(
    r"(?i)(?:former|ex-|acting|vice|deputy|assistant|then|late|interim)[\s-]*$"
)


def title_statements(doc: Doc) -> Iterator[re.Match[str]]:
    for m in _TITLE.finditer(doc.text):
        if not _NOT_TITLE_BEFORE.search(doc.text[max(0, m.start() - 12) : m.start()]):
            yield m


def ecb_titles(rng: random.Random, docs: Sequence[Doc] | None = None) -> list[Cand]:
    del rng
    docs = ecb_docs() if docs is None else docs
    stmts = [(d, m) for d in docs for m in title_statements(d)]
    out = []
    for (a, m), (b, n) in _pairs(stmts, lambda t: t[0]):
        if m["surname"] != n["surname"] or m["title"].rstrip(".")[:3] != n["title"].rstrip(".")[:3]:
            continue
        same = [
            x
            for x in title_statements(a)
            if x["surname"] == m["surname"] and x["title"] == m["title"]
        ]
        new = TITLE_SWAP[m["title"]]
        out.append(
            Cand(
                "titles",
                "conflict",
                "title",
                _cluster_of(a),
                a,
                b,
                [(*x.span("title"), new) for x in same],
                [n.span()],
                _sent_text(a.text, m.start()),
                _sent_text(b.text, n.start()),
                f"{m.group(0)} -> {new} {m['name']}",
            )
        )
    return out


def _rng(name: str) -> random.Random:
    """One random stream per generator, so that changing one family's generation leaves the
    cases of the others as they are."""
    return random.Random(f"{SEED}/{name}")


def generate_ecb() -> list[Case]:
    counts, heads, digits = ecb_counts(_rng("ecb-counts"))
    money, money_fmt = ecb_money(_rng("ecb-money"))
    dates, date_fmt = ecb_dates(_rng("ecb-dates"))
    ages = ecb_ages(_rng("ecb-ages"))
    names = ecb_names(_rng("ecb-names"))
    titles = ecb_titles(_rng("ecb-titles"))
    groups = {
        "count": counts,
        "headline-count": heads,
        "amount": money,
        "age": ages,
        "title": titles,
        "weekday": [c for c in dates if c.op == "weekday"],
        "date": [c for c in dates if c.op == "date"],
        "surname-slip": [c for c in names if c.kind == "conflict"],
        "digits-words": digits,
        "money-format": money_fmt,
        "date-format": date_fmt,
        "surname-only": [c for c in names if c.kind == "harmless"],
    }
    cases: list[Case] = []
    for op, g in groups.items():
        quota = QUOTA // 2 if op in ("weekday", "date") else QUOTA
        cases += [_to_case(c, "ecb") for c in _select(g, _rng(f"ecb-select-{op}"), quota)]
    return cases


# --------------------------------------------------------------------------------------------
# generation: MEANTIME


def _days_apart(a: Doc, b: Doc) -> int:
    import datetime as dt

    if not a.published or not b.published:
        return 10**6
    x, y = dt.date.fromisoformat(a.published), dt.date.fromisoformat(b.published)
    return abs((x - y).days)


ENTITY_PREFIXES = frozenset({"PER", "ORG", "LOC", "PRO", "FIN", "MIX"})


def generate_meantime() -> list[Case]:
    rng = _rng("meantime")
    arts = meantime_articles()
    names: list[Cand] = []
    dates: list[Cand] = []
    harmless: list[Cand] = []
    for x in arts:
        for y in arts:
            if x.doc.id == y.doc.id or x.corpus != y.corpus:
                continue
            cluster = f"meantime-{x.corpus}"
            for inst in sorted(set(x.persons) & set(y.persons)):
                full = max((x.doc.text[s:e] for s, e in x.persons[inst]), key=len)
                for c in _name_cands(x.doc, y.doc, full, cluster, rng, f"instance {inst}"):
                    (names if c.kind == "conflict" else harmless).append(c)
            for va, sa, (s, e) in x.dates:
                for vb, sb, (bs, be) in y.dates:
                    shared = {
                        i
                        for i in x.instances_in_sentence.get(sa, set())
                        & y.instances_in_sentence.get(sb, set())
                        if i[:3] not in ENTITY_PREFIXES
                    }  # the same event instance, not merely the same company
                    if va != vb or not shared:
                        continue
                    m = _DATE_MD.search(x.doc.text, s, e)
                    if m is None or m.end() > e:
                        continue
                    dates.append(
                        Cand(
                            "dates",
                            "conflict",
                            "date",
                            cluster,
                            x.doc,
                            y.doc,
                            [_day_edit(m)],
                            [(bs, be)],
                            _sent_text(x.doc.text, s),
                            _sent_text(y.doc.text, bs),
                            f"{va}, sentences sharing the event(s) {', '.join(sorted(shared))}",
                        )
                    )
                    n = _DATE_MD.search(y.doc.text, bs, be)
                    if n is not None:
                        harmless += _date_format(x.doc, m, y.doc, n)
    for c in (*names, *dates, *harmless):
        c.cluster = c.cluster.replace("meantime-", "")
    docs = meantime_docs()
    # a topic corpus spans years: a title is compared only between articles within a year
    titles = [c for c in ecb_titles(rng, docs) if _days_apart(c.a, c.b) <= 366]
    money, money_fmt = ecb_money(rng, docs)
    cases: list[Case] = []
    for g in (
        names,
        dates,
        titles,
        money,
        money_fmt,
        [c for c in harmless if c.op == "surname-only"],
        [c for c in harmless if c.op == "date-format"],
    ):
        cases += [_to_case(c, "meantime") for c in _select(g, rng, quota=30)]
    return cases


def _write(path: Path, cases: Sequence[Case]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for c in sorted(cases, key=lambda c: c.id):
            fh.write(json.dumps(_record(c), ensure_ascii=False, sort_keys=True) + "\n")


def regenerate() -> dict[str, int]:
    out: dict[str, int] = {}
    if ecb_dir() is not None:
        cases = generate_ecb()
        _write(ECB_CASES, cases)
        out["ecb"] = len(cases)
    if meantime_dir() is not None:
        cases = generate_meantime()
        _write(MEANTIME_CASES, cases)
        out["meantime"] = len(cases)
    return out


# --------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-errors", action="store_true", help="every failure of the tune part")
    ap.add_argument("--family", help="only failures of this family (with --show-errors)")
    ap.add_argument("--source", action="append", choices=SOURCES, help="only this source")
    ap.add_argument("--json", action="store_true", help="the figures as JSON")
    ap.add_argument("--regenerate", action="store_true", help="rewrite the generated case files")
    args = ap.parse_args(argv)
    if args.regenerate:
        print(regenerate())
        return 0
    sources = args.source or SOURCES
    if ("ecb" in sources and ecb_dir() is None) or ("meantime" in sources and not meantime_dir()):
        print(
            "note: ECB+ or MEANTIME not found under ../shared/corpora or "
            "$CLAIMCHECK_EVAL_SHARED/corpora; their cases are left out",
            file=sys.stderr,
        )
    cases = load_cases(sources)
    res = evaluate(cases)
    if args.json:
        print(json.dumps(to_json(res), indent=2))
        return 0
    print(render_table(res))
    if args.show_errors:
        print()
        print(render_errors(res, args.family))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
