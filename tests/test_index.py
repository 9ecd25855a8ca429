"""The claim index: ``claimcheck index PATHS --db FILE`` and ``check --against-index FILE``."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.scale_corpus import ecb_articles, seed_variants, shift_figures

PUBLISHED = "2024-11-20"


def _findings(out: str) -> list[dict[str, object]]:
    return json.loads(out)["findings"]


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    seed_variants(folder, 4)
    return folder


def _index(cli, sources: Path, db: Path, *extra: str):  # type: ignore[no-untyped-def]
    return cli("index", str(sources), "--db", str(db), "--published", PUBLISHED, *extra)


def test_index_stores_documents_claims_and_keys(cli, sources: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "claims.db"
    r = _index(cli, sources, db)
    assert r.code == 0, r.err
    assert "20 added, 0 updated, 0 unchanged, 0 removed" in r.err
    con = sqlite3.connect(db)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (20,)
    kinds = {k for (k,) in con.execute("SELECT DISTINCT kind FROM claims")}
    assert "number" in kinds
    # every stored claim's text is the file's text at its offsets
    for path, start, end, text in con.execute(
        'SELECT d.path, c.start, c."end", c.text FROM claims c JOIN documents d ON d.id = c.document'
    ):
        assert Path(path).read_text(encoding="utf-8")[start:end] == text
    assert con.execute("SELECT count(*) FROM key_counts").fetchone()[0] > 0


def test_index_is_incremental(cli, sources: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "claims.db"
    assert _index(cli, sources, db).code == 0
    again = _index(cli, sources, db)
    assert "0 added, 0 updated, 20 unchanged, 0 removed" in again.err
    files = sorted(sources.glob("*.txt"))
    files[0].write_text(shift_figures(files[0].read_text(encoding="utf-8"), 5), encoding="utf-8")
    files[1].unlink()
    (sources / "new.txt").write_text(files[2].read_text(encoding="utf-8"), encoding="utf-8")
    changed = _index(cli, sources, db)
    assert "1 added, 1 updated, 18 unchanged, 1 removed" in changed.err
    paths = {p for (p,) in sqlite3.connect(db).execute("SELECT path FROM documents")}
    assert str(files[1]) not in paths and str(sources / "new.txt") in paths


def test_index_analyses_again_when_the_analysis_changes(cli, sources: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "claims.db"
    assert _index(cli, sources, db).code == 0
    r = cli("index", str(sources), "--db", str(db), "--published", PUBLISHED, "--jobs", "2")
    assert "20 unchanged" in r.err  # the job count does not change an analysis
    r = cli("index", str(sources), "--db", str(db), "--published", "2024-11-21")
    assert "20 updated" in r.err  # another fallback date: every document changes


def _check_pair(cli, drafts: Path, sources: Path, db: Path) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    direct = cli(
        "check",
        str(drafts),
        "--against",
        str(sources),
        "--format",
        "json",
        "--published",
        PUBLISHED,
    )
    indexed = cli(
        "check",
        str(drafts),
        "--against-index",
        str(db),
        "--format",
        "json",
        "--published",
        PUBLISHED,
    )
    assert direct.code in (0, 1) and indexed.code == direct.code, indexed.err
    return _findings(direct.out), _findings(indexed.out)


def test_draft_against_index_finds_what_the_sources_give(
    cli, sources: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "claims.db"
    assert _index(cli, sources, db).code == 0
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for seed in sorted(sources.glob("v00_*.txt"))[:3]:
        (drafts / seed.name).write_text(
            shift_figures(seed.read_text(encoding="utf-8"), 2), encoding="utf-8"
        )
    direct, indexed = _check_pair(cli, drafts, sources, db)
    assert direct, "the changed drafts should disagree with their sources"
    assert indexed == direct


@pytest.mark.skipif(not ecb_articles.__globals__["ECB"].exists(), reason="ECB+ not found")
@pytest.mark.xfail(
    strict=False,
    reason="retrieval keeps a draft's 25 best sources; checked against the whole archive (86 "
    "stories, one publication date) a draft's main-event date also meets other stories' dates "
    "that the index never retrieves, and the direct check reports those false alarms "
    "(checking drafts pairs each draft claim with every member of a bucket: no ranking)",
)
def test_sample_of_ecb_drafts_against_index_equals_direct_check(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "ecb"
    files = ecb_articles(archive, every=3)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for f in files[5::40]:  # a sample of drafts from different topics, with changed figures
        (drafts / f.name).write_text(shift_figures(f.read_text(encoding="utf-8"), 3), "utf-8")
        f.unlink()
    db = tmp_path / "ecb.db"
    assert cli("index", str(archive), "--db", str(db), "--published", PUBLISHED).code == 0
    direct, indexed = _check_pair(cli, drafts, archive, db)
    assert direct
    assert indexed == direct


def test_index_errors_are_one_line(cli, sources: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all, just text\n" * 100)
    for args in (
        ("check", str(sources), "--against-index", str(junk)),
        ("check", str(sources), "--against-index", str(tmp_path / "missing.db")),
        ("index", str(sources), "--db", str(junk)),
        ("index", "--db", str(tmp_path / "x.db")),
    ):
        r = cli(*args)
        assert r.code == 2, args
        assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err, r.err
    db = tmp_path / "claims.db"
    assert _index(cli, sources, db).code == 0
    r = cli("check", str(sources), "--against", str(sources), "--against-index", str(db))
    assert r.code == 2 and "cannot be combined" in r.err


def test_other_schema_version_asks_for_a_rebuild(cli, sources: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "claims.db"
    assert _index(cli, sources, db).code == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    r = cli("check", str(sources), "--against-index", str(db))
    assert r.code == 2 and "schema version 999" in r.err and "rebuild" in r.err


def test_unreadable_file_is_reported_and_the_rest_indexed(
    cli, sources: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (sources / "broken.txt").write_bytes(b"\xff\xfe\x00bad" * 10 + b"\x00" * 50)
    r = _index(cli, sources, tmp_path / "claims.db")
    assert r.code == 2
    assert "broken.txt" in r.err and "20 added" in r.err


def test_copying_an_index_keeps_it_usable(cli, sources: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "claims.db"
    assert _index(cli, sources, db).code == 0
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    r = cli("check", str(sorted(sources.glob("*.txt"))[0]), "--against-index", str(copy))
    assert r.code in (0, 1), r.err


def test_an_index_built_by_another_analysis_is_named_as_such(
    cli, sources: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "claims.db"
    assert _index(cli, sources, db).code == 0
    draft = str(sorted(sources.glob("*.txt"))[0])
    fresh = cli("check", draft, "--against-index", str(db), "--published", PUBLISHED)
    assert "another version of the analysis" not in fresh.err
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = 'older code' WHERE key = 'analysis'")
    stale = cli("check", draft, "--against-index", str(db), "--published", PUBLISHED)
    assert stale.code == fresh.code and stale.out == fresh.out
    assert "another version of the analysis" in stale.err and "claimcheck index" in stale.err
    again = _index(cli, sources, db)
    assert "20 added" in again.err and "analysis changed" in again.err


def test_the_analysis_fingerprint_follows_the_code(tmp_path: Path) -> None:
    from claimcheck.index.build import code_digest

    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "rules.py").write_text("LIMIT = 3\n")
    (pkg / "table.json").write_text("{}")
    (pkg / "notes.md").write_text("prose")
    before = code_digest((pkg,))
    (pkg / "notes.md").write_text("other prose")  # not code: the same analysis
    assert code_digest.__wrapped__((pkg,)) == before
    (pkg / "table.json").write_text('{"a": 1}')
    assert code_digest.__wrapped__((pkg,)) != before
