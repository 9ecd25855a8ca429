"""Retrieval from the claim index: the documents sharing the most keys with a draft, found
without reading every posting, are exactly those a full count finds."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.index.store import ClaimIndex

KEYS = [f"k{i}" for i in range(24)]
# many small indexes are built: in memory-backed storage where the system has it
_SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None

# an index: copies of a story hold many keys, other documents a few; so some keys are held
# by many documents and some by few, as in an archive
_POSTINGS = st.tuples(
    st.lists(st.sets(st.sampled_from(KEYS), min_size=10, max_size=24), max_size=12),
    st.lists(st.sets(st.sampled_from(KEYS), min_size=1, max_size=4), max_size=60),
).map(lambda parts: [*parts[0], *parts[1]] or [{KEYS[0]}])


def _build(folder: Path, postings: list[set[str]]) -> ClaimIndex:
    index = ClaimIndex(str(folder / "claims.db"), create_missing=True)
    index.db.execute("PRAGMA synchronous = OFF")  # a scratch file: no need to wait for the disk
    index.db.execute("BEGIN")
    for doc, keys in enumerate(postings, start=1):
        index.db.execute(
            "INSERT INTO documents (id, path, content_hash, language, analysis) "
            "VALUES (?, ?, '', 'en', x'')",
            # paths not in id order, so ties are broken by path, not by insertion
            (doc, f"story-{(doc * 7919) % 1009:04d}.txt"),
        )
        index.db.executemany(
            "INSERT INTO keys (key, document) VALUES (?, ?)", [(k, doc) for k in keys]
        )
    index.count_keys()
    index.db.execute("COMMIT")
    return index


def _full_count(postings: list[set[str]], wanted: set[str], limit: int, ceiling: int, skip: str):
    held = Counter(k for keys in postings for k in keys)
    usable = {k for k in wanted if held[k] <= ceiling}
    paths = {doc: f"story-{(doc * 7919) % 1009:04d}.txt" for doc in range(1, len(postings) + 1)}
    hits = {
        doc: len(keys & usable)
        for doc, keys in enumerate(postings, start=1)
        if keys & usable and paths[doc] != skip
    }
    return sorted(hits, key=lambda d: (-hits[d], paths[d]))[:limit]


# eight copies of one story and forty reports that share a common key or two with it
_STORY = [set(KEYS[:12])] * 8 + [{KEYS[i % 3], KEYS[12 + i % 5]} for i in range(40)]


@settings(max_examples=80, deadline=None)
@example(_STORY, set(KEYS[:12]), 3, 60, 2)
@example(_STORY, set(KEYS[:12]), 9, 60, 50)
@given(
    _POSTINGS,
    st.sets(st.sampled_from(KEYS), min_size=1),
    st.integers(1, 30),
    st.integers(1, 60),
    st.integers(1, 60),
)
def test_retrieval_ranks_exactly_as_counting_every_posting(
    postings: list[set[str]], wanted: set[str], limit: int, ceiling: int, excluded: int
) -> None:
    skip = f"story-{(excluded * 7919) % 1009:04d}.txt"
    with tempfile.TemporaryDirectory(dir=_SCRATCH) as tmp, _build(Path(tmp), postings) as index:
        got = index.retrieve(wanted, limit=limit, ceiling=ceiling, exclude=[skip])
    assert got == _full_count(postings, wanted, limit, ceiling, skip)
