"""Record methods kept compiled between processes: classes made with them behave exactly as
classes made without, a damaged or disabled cache only costs time, and nothing of it stays
in :mod:`dataclasses` after the command."""

from __future__ import annotations

import dataclasses
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path
from typing import Any

import pytest

from claimcheck.language.method_cache import MethodStore, kept_methods


def _make() -> tuple[type[Any], type[Any]]:
    @dataclass(frozen=True, slots=True)
    class Figure:
        value: float
        unit: str = "people"
        tags: tuple[str, ...] = ()

    @dataclass(order=True)
    class Row:
        start: int
        end: int
        notes: list[str] = field(default_factory=list)

    return Figure, Row


def _behaviour(figure: type[Any], row: type[Any]) -> list[object]:
    a, b = figure(26.0), figure(26.0, "dead", ("toll",))
    with pytest.raises(FrozenInstanceError):
        a.value = 1  # type: ignore[misc]
    r = row(3, 9)
    r.notes.append("x")
    return [
        repr(a),
        repr(b),
        a == figure(26.0),
        a == b,
        hash(a) == hash(figure(26.0)),
        repr(r),
        row(1, 2) < row(1, 3),
        sorted([row(5, 6), row(1, 2)]) == [row(1, 2), row(5, 6)],
        [f.name for f in dataclasses.fields(figure)],
        dataclasses.replace(b, unit="injured"),
        figure.__init__.__annotations__,
    ]


def test_classes_come_out_the_same_from_compiled_and_kept_methods(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    expected = repr(_behaviour(*_make()))
    with kept_methods():
        assert repr(_behaviour(*_make())) == expected
    assert "exec" not in vars(dataclasses)
    (path,) = tmp_path.glob("dataclass-methods-*")
    store = MethodStore.load()
    assert store is not None and store.loaded
    with kept_methods():
        assert repr(_behaviour(*_make())) == expected
    assert path.stat().st_size > 0
    store = MethodStore.load()
    assert store is not None
    for text in _texts():
        store._code(text)
    assert not store.new  # every method came from the file


def _texts() -> list[str]:
    """The method texts dataclasses writes for the two classes above."""
    seen: list[str] = []

    def spy(source: Any, globals: Any = None, locals: Any = None) -> None:
        seen.append(source)
        exec(source, globals, locals)

    dataclasses.exec = spy  # type: ignore[attr-defined]
    try:
        _make()
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
    return seen


def test_a_damaged_file_is_compiled_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    expected = repr(_behaviour(*_make()))
    with kept_methods():
        _make()
    (path,) = tmp_path.glob("dataclass-methods-*")
    good = path.read_bytes()
    for junk in (b"", b"not marshal", good[: len(good) // 2], b"\xe9" + good[1:]):
        path.write_bytes(junk)
        with kept_methods():
            assert repr(_behaviour(*_make())) == expected
        assert "exec" not in vars(dataclasses)


def test_disabled_or_unwritable_costs_time_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    expected = repr(_behaviour(*_make()))
    with kept_methods(enabled=False):
        assert "exec" not in vars(dataclasses)
        assert repr(_behaviour(*_make())) == expected
    assert not list(tmp_path.iterdir())
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker / "cache"))
    with kept_methods():
        assert repr(_behaviour(*_make())) == expected
    assert blocker.read_text(encoding="utf-8") == "not a directory"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", "")
    assert MethodStore.load() is None
