"""``--jobs N``: documents analysed in worker processes, with output identical to one process;
analysed documents survive pickling (worker processes, Dask, the claim index)."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.engine import Engine
from claimcheck.parallel import analyze_in_processes, plan_jobs
from tests.scale_corpus import SEEDS, seed_variants

PUBLISHED = "2024-11-20"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("jobs") / "cluster"
    seed_variants(folder, 8)  # 40 articles, enough text for three workers
    return folder


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _analyses(engine: Engine, folder: Path):  # type: ignore[no-untyped-def]
    docs, errors = engine.load_paths([str(folder)])
    assert not errors
    return docs, [engine.analyze(d) for d in docs]


def test_analysed_documents_pickle_to_equal_records(engine: Engine) -> None:
    _docs, analyses = _analyses(engine, SEEDS)
    for a in analyses:
        back = pickle.loads(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == a
        assert back.document.meta == a.document.meta
        for before, after in zip(a.claims, back.claims):
            assert dict(after.names) == dict(before.names)
            # still read-only after the round trip
            with pytest.raises(TypeError):
                after.names["x"] = "y"  # type: ignore[index]
            if before.event_ref is not None:
                assert after.event_ref == before.event_ref
                assert dict(after.event_ref.names) == dict(before.event_ref.names)
        for before, after in zip(a.mentions, back.mentions):
            assert dict(after.attrs) == dict(before.attrs)


def test_findings_pickle_to_equal_records(engine: Engine) -> None:
    docs, _ = _analyses(engine, SEEDS)
    findings = engine.run(docs).findings
    assert findings
    back = pickle.loads(pickle.dumps(findings, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == findings
    assert [f.to_json() for f in back] == [f.to_json() for f in findings]


def test_a_record_pickled_before_a_field_was_added_loads_with_its_default(engine: Engine) -> None:
    """A stored analysis (the claim index) outlives the version that wrote it: fields added
    to a record since then take their defaults."""
    import dataclasses

    from claimcheck import model

    _docs, analyses = _analyses(engine, SEEDS)
    claim = analyses[0].claims[0]
    names = tuple(f.name for f in dataclasses.fields(claim))
    values = tuple(getattr(claim, n) for n in names)
    older = model._rebuild_plain(type(claim), names[:-1], values[:-1])
    last = dataclasses.fields(claim)[-1]
    assert getattr(older, last.name) == last.default
    assert dataclasses.replace(older, **{last.name: values[-1]}) == claim


_WORDS = st.sampled_from(
    [
        "At least 26 people were killed",
        "police said on Tuesday",
        "the $62-billion corridor",
        "3,000 kilometres",
        "Prime Minister Shehbaz Sharif said",
        '"We will rebuild," he said.',
        "prices rose 20% last month",
        "in Quetta, Pakistan",
        "on November 9, 2024",
        "more than 70 injured.",
    ]
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_any_analysis_survives_pickling(engine: Engine, parts: list[str]) -> None:
    from claimcheck.reading.files import DocInput

    doc = engine.read(DocInput(path="gen.txt", text=" ".join(parts) + "\n"))
    a = engine.analyze(doc)
    back = pickle.loads(pickle.dumps(a))
    assert back == a
    assert [dict(c.names) for c in back.claims] == [dict(c.names) for c in a.claims]


def test_worker_processes_return_the_same_analyses_in_order(engine: Engine, corpus: Path) -> None:
    docs, expected = _analyses(engine, corpus)
    assert plan_jobs(3, docs) == 3
    got = list(analyze_in_processes(engine, docs, 3))
    assert got == expected
    assert [a.document.path for a in got] == [d.path for d in docs]


@pytest.mark.parametrize("command", ["check", "extract"])
def test_output_is_byte_identical_whatever_the_job_count(cli, corpus: Path, command: str) -> None:  # type: ignore[no-untyped-def]
    outputs = []
    for jobs in ("1", "2", "3"):
        r = cli(command, str(corpus), "--format", "json", "--published", PUBLISHED, "--jobs", jobs)
        assert r.code in (0, 1), r.err
        outputs.append(r.out)
    assert outputs[0] == outputs[1] == outputs[2]
    if command == "check":
        assert '"CC1' in outputs[0]  # the changed copies disagree with the originals


def test_default_jobs_is_the_same_output(cli, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    one = cli("check", str(corpus), "--format", "json", "--published", PUBLISHED, "--jobs", "1")
    default = cli("check", str(corpus), "--format", "json", "--published", PUBLISHED)
    assert one.out == default.out


def test_small_runs_stay_in_process(engine: Engine) -> None:
    docs, _ = engine.load_paths([str(SEEDS)])
    assert plan_jobs(None, docs) == 1  # five short articles: a worker would cost more


@pytest.mark.parametrize("bad", ["0", "-1", "two"])
def test_bad_job_count_is_one_line(cli, bad: str) -> None:  # type: ignore[no-untyped-def]
    r = cli("check", str(SEEDS), "--jobs", bad)
    assert r.code == 2
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and "--jobs" in lines[0] and "Traceback" not in r.err


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two story folders of seed copies: the figures of each story's odd copies changed."""
    tree = tmp_path_factory.mktemp("stories")
    seed_variants(tree / "quetta", 2)
    seed_variants(tree / "later", 4)
    return tree


def _fingerprints(out: str) -> list[str]:
    return sorted(f["fingerprint"] for f in json.loads(out)["findings"])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_clusters_by_folder_find_what_each_folder_finds_alone(
    cli, stories: Path, jobs: str
) -> None:  # type: ignore[no-untyped-def]
    args = ("--format", "json", "--published", PUBLISHED)
    tree = cli("check", str(stories), "--clusters", "folders", "--jobs", jobs, *args)
    assert tree.code in (0, 1), tree.err
    alone = [cli("check", str(stories / name), *args) for name in ("later", "quetta")]
    assert _fingerprints(tree.out) == sorted(f for r in alone for f in _fingerprints(r.out))
    assert len(json.loads(tree.out)["documents"]) == 30


def test_clusters_by_folder_never_relate_two_folders(cli, stories: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("check", str(stories), "--clusters", "folders", "--format", "json")
    findings = json.loads(r.out)["findings"]
    assert findings
    for f in findings:
        folders = {Path(loc["path"]).parent.name for loc in (f["location"], *f["related"])}
        assert len(folders) == 1


def test_clusters_by_folder_refuse_drafts_in_one_line(cli, stories: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli(
        "check",
        str(stories / "later"),
        "--against",
        str(stories / "quetta"),
        "--clusters",
        "folders",
    )
    assert r.code == 2
    assert len(r.err.strip().splitlines()) == 1 and "--clusters" in r.err


def _clusters(engine: Engine, tree: Path) -> list[list[Any]]:
    docs, errors = engine.load_paths([str(tree)], published=dt.date.fromisoformat(PUBLISHED))
    assert not errors
    by_folder: dict[str, list[Any]] = {}
    for d in docs:
        by_folder.setdefault(str(Path(d.path).parent), []).append(d)
    return [by_folder[k] for k in sorted(by_folder)]


def test_clusters_checked_in_workers_report_what_one_process_reports(
    engine: Engine, stories: Path
) -> None:
    from claimcheck.parallel.clusters import check_clusters
    from claimcheck.reporting import FormatOptions
    from claimcheck.reporting.html import render_report
    from claimcheck.reporting.text import render

    clusters = _clusters(engine, stories)
    alone = [engine.run(c) for c in clusters]
    done: list[tuple[int, int]] = []
    workers = list(check_clusters(engine, clusters, 2, progress=lambda *a: done.append(a)))
    assert done[-1] == (30, 30)
    for one, other in zip(alone, workers):
        assert [f.to_json() for f in other.findings] == [f.to_json() for f in one.findings]
        assert other.findings, "each story has figures changed in its odd copies"
        options = FormatOptions(color=False)
        assert render(other, options) == render(one, options)  # quoted sentences too
        assert render_report(other, options) == render_report(one, options)
        # only the sentences a report quotes come back from a worker
        whole = {k: a.segments for k, a in one.analyses.items()}
        sent = {k: a.segments for k, a in other.analyses.items()}
        assert sent.keys() == whole.keys()
        assert all(set(sent[k]) <= set(whole[k]) for k in whole)
        assert sum(map(len, sent.values())) < sum(map(len, whole.values()))
