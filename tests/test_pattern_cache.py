"""Compiled patterns kept between processes: a later run finds the patterns an earlier one
compiled, reports exactly the same, and a damaged or disabled cache only costs time."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

from claimcheck.language.pattern_cache import PatternStore, SrePatternStore, kept_patterns
from tests.scale_corpus import SEEDS

PATTERNS = (
    r"(?i)\b(?:one|two|three)\s+hundred\b",
    r"(?P<n>\p{Nd}++)(?:[.,]\p{Nd}{3})*+\s*(?:km|miles?)\b",
    r"(?<=\s)\L<words>(?!\p{L})",
    r"\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*",
)
TEXT = "Two hundred people walked 1,500 km from Porto Alegre; three hundred flew 400 miles."


def _matches(p: regex.Pattern[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in p.finditer(TEXT)]


def _compile_all() -> list[regex.Pattern[str]]:
    named = {"words": ["people", "flew"]}
    return [regex.compile(p, **(named if r"\L<" in p else {})) for p in PATTERNS]


def test_patterns_come_back_from_the_file_compiled_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    regex.purge()
    with kept_patterns():
        fresh = _compile_all()
    assert list(tmp_path.glob("regex-*.pickle"))
    regex.purge()
    store = PatternStore.load()
    assert store is not None and len(store.loaded) >= len(PATTERNS)
    again = _compile_all()
    for a, b in zip(fresh, again, strict=True):
        assert a is not b  # unpickled from the file, not the objects of this process
        assert (a.pattern, a.flags, a.groupindex) == (b.pattern, b.flags, b.groupindex)
        assert _matches(a) == _matches(b)


def test_a_damaged_or_foreign_file_is_compiled_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    regex.purge()
    with kept_patterns():
        _compile_all()
    (path,) = tmp_path.glob("regex-*.pickle")
    expected = [_matches(p) for p in _compile_all()]
    for junk in (b"", b"not a pickle", path.read_bytes()[:100]):
        path.write_bytes(junk)
        regex.purge()
        with kept_patterns():
            assert [_matches(p) for p in _compile_all()] == expected
        regex.purge()
        store = PatternStore.load()
        assert store is not None and store.loaded  # rewritten whole


def test_disabled_cache_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    with kept_patterns(enabled=False):
        regex.compile(r"\bunseen pattern \d+\b")
    assert not list(tmp_path.iterdir())
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", "")
    assert PatternStore.load() is None


def test_an_unwritable_cache_directory_costs_time_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker / "cache"))
    expected = [_matches(p) for p in _compile_all()]
    regex.purge()
    with kept_patterns():
        assert [_matches(p) for p in _compile_all()] == expected
    assert blocker.read_text(encoding="utf-8") == "not a directory"


def _check(cache: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0"}
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", str(SEEDS), "--format", "json", *extra],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_a_check_reports_the_same_with_an_empty_a_warm_and_no_cache(tmp_path: Path) -> None:
    empty = _check(tmp_path)
    (path,) = tmp_path.glob("regex-*.pickle")
    written = path.stat().st_mtime_ns
    warm = _check(tmp_path)
    off = _check(tmp_path / "off", "--no-cache")
    assert empty.stdout and empty.stdout == warm.stdout == off.stdout
    assert empty.returncode == warm.returncode == off.returncode
    assert path.stat().st_mtime_ns == written  # nothing new compiled: the file is not rewritten
    assert not list((tmp_path / "off").glob("regex-*"))


SRE_PATTERNS = (
    (r"(?P<day>\d{1,2})\s+(?P<month>Jan|Feb|March)(?:\s+(?P<year>\d{4}))?\b", 0),
    (r"(?<![\w])(?:one|two|three)\s+(?:hundred|thousand)(?!\w)", re.IGNORECASE),
    (r"""(?x) (?P<n>\d+) \s* (?:km|miles?) # a distance""", 0),
    (rb"\bkm\b", 0),
)


def _sre_compile_all() -> list[re.Pattern[Any]]:
    return [re.compile(p, flags) for p, flags in SRE_PATTERNS]


def _sre_matches(p: re.Pattern[Any]) -> list[tuple[int, int, Any]]:
    text: Any = TEXT if isinstance(p.pattern, str) else TEXT.encode()
    return [(m.start(), m.end(), m.groupdict() or m.group()) for m in p.finditer(text)]


def test_standard_library_patterns_come_back_from_the_file_compiled_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    own = re._compiler.compile  # type: ignore[attr-defined]
    re.purge()
    with kept_patterns():
        fresh = _sre_compile_all()
    assert re._compiler.compile is own  # type: ignore[attr-defined]  # re's own, restored
    assert list(tmp_path.glob("re-*.pickle"))
    re.purge()
    store = SrePatternStore.load()
    assert store is not None and len(store.loaded) >= len(SRE_PATTERNS)
    again = _sre_compile_all()
    for a, b in zip(fresh, again, strict=True):
        assert a is not b  # built from the file, not the objects of this process
        assert (a.pattern, a.flags, a.groups, a.groupindex) == (
            b.pattern,
            b.flags,
            b.groups,
            b.groupindex,
        )
        assert _sre_matches(a) == _sre_matches(b)


def test_a_damaged_standard_library_file_is_compiled_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    re.purge()
    with kept_patterns():
        expected = [_sre_matches(p) for p in _sre_compile_all()]
    (path,) = tmp_path.glob("re-*.pickle")
    good = path.read_bytes()
    foreign = pickle.dumps({(str, "x(", 0): (0, [1, 2], 0, {}, ())})
    for junk in (b"", b"not a pickle", good[:100], pickle.dumps([1, 2]), foreign):
        path.write_bytes(junk)
        re.purge()
        with kept_patterns():
            assert [_sre_matches(p) for p in _sre_compile_all()] == expected
        re.purge()
        store = SrePatternStore.load()
        assert store is not None and store.loaded  # rewritten whole
