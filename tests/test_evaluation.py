"""The evaluation (eval/evaluate.py) as a regression test.

Runs every labelled case and asserts per-family floors on precision and recall, a ceiling on
warnings and errors in unaltered ECB+ clusters, and a ceiling on the indefensible ones among them
(judged false by hand, or not judged at all). The floors are what the product achieves today; raise
them toward the targets in eval/README.md as it improves, never lower them to let a regression
through. The ECB+ suites need ../shared/corpora/ecbplus; without it they are skipped and the
repository suites are checked against their own floors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.model import Finding, Location
from tests.eval_scripts import EVAL
from tests.eval_scripts import load_eval_script as _load

perturb = _load("perturb")
evaluate = _load("evaluate")

HAVE_ECB = bool(perturb.load_ecb_docs())
needs_ecb = pytest.mark.skipif(
    not HAVE_ECB, reason="ECB+ corpus not found (../shared/corpora/ecbplus)"
)

#: (precision, recall) floors with the ECB+ suites: what the product achieves today.
FLOORS_FULL: dict[str, tuple[float, float]] = {
    "counts": (0.98, 0.92),
    "money": (1.00, 0.98),
    "dates": (1.00, 0.97),
    "names": (1.00, 1.00),
    "quotes": (1.00, 1.00),
    "internal": (1.00, 0.60),
}
#: Floors for the repository suites alone (seeds, seeds-perturbed, synthetic, variants).
FLOORS_REPO: dict[str, tuple[float, float]] = {
    "counts": (1.00, 1.00),
    "money": (1.00, 1.00),
    "dates": (1.00, 1.00),
    "names": (1.00, 1.00),
    "quotes": (1.00, 1.00),
    "internal": (1.00, 0.60),
}
#: Warnings and errors per 20 unaltered ECB+ articles: at most this many today (real
#: disagreements count too: misspelt names, ages and event days the outlets disagree on are
#: among them, and tolls that differ between reports of one event, told anywhere in their
#: stories, a signed contract two outlets give different totals, and one acquisition two
#: outlets price differently).
UNALTERED_CEILING = 1.43
#: Findings on unaltered ECB+ clusters judged false or not yet judged, per 20 articles: at most
#: this many today (the issue's target is 1).
INDEFENSIBLE_CEILING = 0.13


def _json(res: dict[str, Any]) -> dict[str, Any]:
    data = evaluate.to_json(res)
    json.dumps(data)  # what --json prints must serialize
    return data


@pytest.fixture(scope="module")
def full() -> dict[str, Any]:
    if not HAVE_ECB:
        pytest.skip("ECB+ corpus not found (../shared/corpora/ecbplus)")
    return _json(evaluate.evaluate(ecb=True, report=None))


@pytest.fixture(scope="module")
def repo_only() -> dict[str, Any]:
    return _json(evaluate.evaluate(ecb=False, report=None))


def _check_floors(data: dict[str, Any], floors: dict[str, tuple[float, float]]) -> None:
    assert not data["plugin_failures"], (
        f"plugins failed, the scores are incomplete: {data['plugin_failures']}"
    )
    low = []
    for fam, (p_floor, r_floor) in floors.items():
        s = data["families"][fam]
        if s["precision"] is not None and s["precision"] < p_floor:
            low.append(f"{fam} precision {s['precision']:.3f} < {p_floor}")
        if s["recall"] is None or s["recall"] < r_floor:
            low.append(f"{fam} recall {s['recall']} < {r_floor}")
    assert not low, "below the floor (python eval/evaluate.py --show-errors): " + "; ".join(low)


def test_repository_suites_meet_their_floors(repo_only: dict[str, Any]) -> None:
    _check_floors(repo_only, FLOORS_REPO)


@needs_ecb
def test_all_suites_meet_their_floors(full: dict[str, Any]) -> None:
    _check_floors(full, FLOORS_FULL)


@needs_ecb
def test_unaltered_clusters_stay_under_the_false_alarm_ceiling(full: dict[str, Any]) -> None:
    un = full["unaltered"]
    assert un["articles"] == 982 and un["clusters"] == 86
    assert un["per_20_articles"] <= UNALTERED_CEILING, (
        f"{un['findings']} warnings/errors on unaltered ECB+ clusters = "
        f"{un['per_20_articles']:.2f} per 20 articles (ceiling {UNALTERED_CEILING})"
    )


@needs_ecb
def test_unaltered_clusters_stay_under_the_indefensible_ceiling(full: dict[str, Any]) -> None:
    un = full["unaltered"]
    assert un["judged_real"] + un["judged_false"] + un["unjudged"] == un["findings"]
    assert un["indefensible"] == un["judged_false"] + un["unjudged"]
    unjudged = [
        f"{x['cluster']} {x['code']} [{x['fingerprint']}] {x['message']}"
        for x in un["items"]
        if x["verdict"] is None
    ]
    assert un["indefensible_per_20_articles"] <= INDEFENSIBLE_CEILING, (
        f"{un['indefensible']} findings on unaltered ECB+ clusters are judged false or not judged = "
        f"{un['indefensible_per_20_articles']:.2f} per 20 articles (ceiling {INDEFENSIBLE_CEILING}); "
        "judge the new ones in eval/cases/ecb_unaltered_judgements.toml "
        "(eval/reports/ecb_unaltered.txt): " + "; ".join(unjudged[:10])
    )


@needs_ecb
def test_at_least_300_labelled_cases(full: dict[str, Any]) -> None:
    by_suite = full["cases_by_suite"]
    assert full["cases"] >= 300
    assert by_suite["ecb-chains"] == 56
    # every family is exercised by conflicts and, where it applies, by harmless rewrites
    for fam, s in full["families"].items():
        assert s["tp"] + s["fn"] >= 5, fam
    for fam in ("counts", "money", "dates", "names", "quotes"):
        assert full["families"][fam]["harmless_cases"] >= 10, fam


def test_seed_labels_cover_the_known_disagreements(repo_only: dict[str, Any]) -> None:
    expectations = {
        e["expectation"] for e in repo_only["errors"] if e["case"] == "seeds" and e["kind"] == "fn"
    }
    # the CPEC value and the government quote are found today; a regression shows up here
    assert "cpec-value" not in expectations
    assert "government-quote" not in expectations


# --------------------------------------------------------------------------------------------
# the instrument itself


def test_variants_regenerate_identically() -> None:
    stored = [
        json.loads(line)
        for line in (EVAL / "cases" / "variants.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert stored == json.loads(json.dumps(perturb.generate_variants()))


def test_generated_cases_match_their_documents() -> None:
    eng = evaluate.CachingEngine()
    cases = evaluate.load_seed_perturbations(eng)
    assert len(cases) >= 50
    ops = {c.op for c in cases}
    assert {
        "count",
        "amount",
        "scale",
        "date",
        "weekday",
        "title",
        "role-holder",
        "quote-word",
    } <= ops
    assert {"digits-words", "money-format", "relative-date", "quote-typography"} <= ops
    for c in cases:
        orig, copy = c.docs[0], c.docs[1]
        assert orig.text != copy.text
        assert copy.path.endswith(".copy.txt")


@needs_ecb
def test_ecb_cases_load_against_the_corpus() -> None:
    cases = evaluate.load_ecb_perturbations()
    assert len(cases) >= 300
    assert sum(c.label == "harmless" for c in cases) >= 100


def test_number_words() -> None:
    assert perturb.number_to_words(26) == "twenty-six"
    assert perturb.number_to_words(40) == "forty"
    assert perturb.parse_number_word("Twenty-Six") == 26
    assert perturb.parse_number_word("dozen") is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a 16 - year - old", "a 16-year-old"),
        ("Lohan ’ s lawyer", "Lohan’s lawyer"),
        ("magnitude 5. 9 quake", "magnitude 5.9 quake"),
        ("at 5: 03pm", "at 5:03pm"),
        ("home to 120, 000 people", "home to 120,000 people"),
        ("on March 3, 200 people", "on March 3, 200 people"),
        ("the “ Mean Girls ” star", "the “Mean Girls” star"),
        ("the U. S. Geological Survey", "the U.S. Geological Survey"),
    ],
)
def test_detokenize(raw: str, clean: str) -> None:
    assert perturb.detokenize(raw) == clean


def test_assemble_keeps_headlines_on_their_own_line() -> None:
    text = perturb.assemble(
        ["Quake hits Iran", "May 3, 2013", "A quake hit Iran. ", '" It was bad , " he said .']
    )
    assert text.split("\n")[:2] == ["Quake hits Iran", "May 3, 2013"]
    assert '"It was bad' in text


def test_map_span_through_an_edit() -> None:
    # "killed 7 people" -> "killed 11 people": the number's span grows by one
    assert perturb.map_span((7, 8), 7, 8, "11") == (7, 9)
    assert perturb.map_span((0, 15), 7, 8, "11") == (0, 16)
    assert perturb.map_span((10, 15), 7, 8, "11") == (11, 16)


def _loc(path: str, start: int, end: int) -> Location:
    return Location(
        path=path,
        start=start,
        end=end,
        line=1,
        column=start + 1,
        end_line=1,
        end_column=end + 1,
        text="x",
    )


def _finding(code: str, loc: Location, *related: Location, severity: str = "error") -> Finding:
    return Finding(
        code=code,
        rule="r",
        severity=severity,
        message="m",
        claim="c",
        location=loc,
        related=related,
    )  # type: ignore[arg-type]


def test_pairs_need_a_statement_against_a_related_one() -> None:
    a = (evaluate.Span("a.txt", 10, 20),)
    b = (evaluate.Span("b.txt", 10, 20),)
    rule = evaluate.Rule(id="r", kind="expect", a=a, b=b, codes=("CC101",))
    assert rule.matches(_finding("CC101", _loc("a.txt", 12, 14), _loc("b.txt", 15, 16)))
    assert rule.matches(_finding("CC101", _loc("b.txt", 12, 14), _loc("a.txt", 19, 25)))
    # both on the same side of a third statement: not a disagreement between a and b
    assert not rule.matches(
        _finding("CC101", _loc("c.txt", 0, 3), _loc("a.txt", 12, 14), _loc("b.txt", 12, 14))
    )
    assert not rule.matches(_finding("CC201", _loc("a.txt", 12, 14), _loc("b.txt", 15, 16)))
    assert not rule.matches(_finding("CC101", _loc("a.txt", 20, 25), _loc("b.txt", 15, 16)))


def _case(**kw: Any) -> Any:
    docs = [evaluate.DocSpec("o.txt", "x" * 50), evaluate.DocSpec("o.copy.txt", "x" * 50)]
    return evaluate.Case(
        id="t", suite="s", family="counts", label=kw.pop("label", "conflict"), docs=docs, **kw
    )


def test_judging_a_perturbation() -> None:
    copy = evaluate.Span("o.copy.txt", 10, 12)
    rules = [
        evaluate.Rule(id="t", kind="expect", a=(copy,), family="counts", codes=("CC101", "CC102")),
        evaluate.Rule(
            id="t/other", kind="trap", a=(copy,), allow=frozenset({"counts", "internal"})
        ),
    ]
    hit = _finding("CC102", _loc("o.copy.txt", 10, 12), _loc("o.txt", 10, 12), severity="warning")
    other = _finding("CC501", _loc("o.copy.txt", 0, 40), _loc("o.txt", 0, 40))
    internal = _finding(
        "CC604", _loc("o.copy.txt", 10, 12), _loc("o.copy.txt", 30, 32), severity="warning"
    )
    info = _finding("CC403", _loc("o.copy.txt", 10, 12), severity="info")
    out = evaluate._judge(_case(rules=rules), [hit, other, internal, info])
    assert out.found == {"t": True}
    assert [f.code for f, _ in out.false_positives] == ["CC501"]
    miss = evaluate._judge(_case(rules=rules), [info])
    assert miss.found == {"t": False} and not miss.false_positives


def test_judging_a_harmless_rewrite() -> None:
    rw = (evaluate.Span("o.copy.txt", 10, 12), evaluate.Span("o.txt", 10, 12))
    against_original = _finding("CC101", _loc("o.copy.txt", 10, 12), _loc("o.txt", 10, 12))
    against_third = _finding(
        "CC101", _loc("c.txt", 0, 2), _loc("o.txt", 10, 12), _loc("o.copy.txt", 10, 12)
    )
    new_internal = _finding("CC604", _loc("o.copy.txt", 10, 12), _loc("o.copy.txt", 30, 32))
    out = evaluate._judge(
        _case(label="harmless", rewrite=rw), [against_original, against_third, new_internal]
    )
    assert [f.code for f, _ in out.false_positives] == ["CC101", "CC604"]
    mirrored = _finding("CC604", _loc("o.txt", 10, 12), _loc("o.txt", 30, 32))
    out = evaluate._judge(_case(label="harmless", rewrite=rw), [new_internal, mirrored])
    assert not out.false_positives


def test_seed_and_chain_labels_resolve() -> None:
    eng = evaluate.CachingEngine()
    seeds = evaluate.load_seed_case(eng)
    ids = {r.id for r in seeds.rules}
    assert {"cpec-value", "government-quote", "bla-spelling", "karachi-attack-october"} <= ids
    assert all(r.a for r in seeds.rules)
    assert seeds.docs[1].published == dt.date(2024, 11, 21)  # 001's dateline


@needs_ecb
def test_every_chain_is_labelled_with_a_reason() -> None:
    chains = evaluate.load_chains()
    assert len(chains) == 56
    assert {c.label for c in chains} == {"conflict", "compatible"}
    assert all(c.note for c in chains)


def _iter_errors(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from data["errors"]


def test_errors_name_their_case(repo_only: dict[str, Any]) -> None:
    for e in _iter_errors(repo_only):
        assert e["case"] and e["kind"] in ("fp", "fn")


def test_stored_judgements_are_well_formed() -> None:
    judgements = evaluate.load_judgements()
    assert judgements, "eval/cases/ecb_unaltered_judgements.toml is missing or empty"
    for fp, j in judgements.items():
        assert len(fp) == 20 and int(fp, 16) >= 0, fp
        assert j.code.startswith("CC") and j.cluster.endswith(("_ecb", "_ecbplus")), fp
        assert j.verdict in ("real", "false") and j.reason.strip(), fp


def test_a_malformed_judgement_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "j.toml"
    bad.write_text('[finding.abc]\ncode = "CC101"\ncluster = "1_ecb"\nverdict = "maybe"\n')
    with pytest.raises(ValueError, match="abc"):
        evaluate.load_judgements(bad)
    assert evaluate.load_judgements(tmp_path / "absent.toml") == {}


def test_unjudged_findings_count_as_indefensible() -> None:
    def fp(f: Finding, fingerprint: str) -> Finding:
        return dataclasses.replace(f, fingerprint=fingerprint)

    real = fp(_finding("CC101", _loc("a.txt", 0, 2), _loc("b.txt", 0, 2)), "f1")
    false = fp(_finding("CC501", _loc("a.txt", 5, 9), _loc("b.txt", 5, 9)), "f2")
    new = fp(_finding("CC101", _loc("a.txt", 20, 22), _loc("b.txt", 20, 22)), "f3")
    moved = fp(_finding("CC102", _loc("a.txt", 30, 32), _loc("b.txt", 30, 32)), "f4")
    judgements = {
        "f1": evaluate.Judgement("f1", "CC101", "1_ecb", "real", "same fact, two figures"),
        "f2": evaluate.Judgement("f2", "CC501", "1_ecb", "false", "typography only"),
        # stored under another cluster: does not excuse this finding
        "f4": evaluate.Judgement("f4", "CC102", "2_ecb", "real", "toll updated"),
        "gone": evaluate.Judgement("gone", "CC101", "1_ecb", "false", "no longer raised"),
    }
    un = evaluate.Unaltered(
        articles=40,
        clusters=1,
        findings=[("1_ecb", f) for f in (real, false, new, moved)],
        judgements=judgements,
    )
    assert un.verdicts == {"real": 1, "false": 1, "unjudged": 2}
    assert un.indefensible == 3
    assert un.indefensible_per_20 == pytest.approx(1.5)
    assert un.per_20 == pytest.approx(2.0)
    assert un.stale == ["gone"]
