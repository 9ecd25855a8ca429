"""The seeds with one person's title or given name changed in one article: the change is found
against the other articles, and named with both statements."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimcheck.api import check

from .conftest import SEEDS

CHANGES = [
    (
        "004_388cbbbbe972536e.txt",
        "Chinese foreign ministry spokesperson Lin Jian",
        "Chinese defence ministry spokesperson Lin Jian",
        "CC401",
        "Lin Jian",
    ),
    (
        "003_a9eb89fa29defa14.txt",
        "Prime Minister Shehbaz Sharif presided",
        "Prime Minister Nawaz Sharif presided",
        "CC402",
        "Nawaz Sharif",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "code", "needle"), CHANGES)
def test_a_changed_title_or_given_name_in_one_seed_is_found(
    tmp_path: Path, name: str, old: str, new: str, code: str, needle: str
) -> None:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    found = [
        f
        for f in check([str(folder)]).findings
        if f.code == code and f.severity in ("warning", "error")
    ]
    hits = [
        f
        for f in found
        if any(loc.path.endswith(name) and needle in loc.text for loc in (f.location, *f.related))
        and any(not loc.path.endswith(name) for loc in (f.location, *f.related))
    ]
    assert hits, [f.message for f in found]
