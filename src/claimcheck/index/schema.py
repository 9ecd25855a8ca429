"""The claim index's SQLite schema, versioned (see docs/index.md).

An index made by another schema version is not read: ``claimcheck index`` rebuilds it, and a
check against it asks for that.
"""

from __future__ import annotations

import sqlite3

__all__ = ["SCHEMA", "SCHEMA_VERSION", "create", "stored_version"]

#: Bumped whenever a table or the stored analysis format changes incompatibly.
SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    published    TEXT,
    outlet       TEXT,
    title        TEXT,
    language     TEXT NOT NULL,
    analysis     BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    document  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    text      TEXT NOT NULL,
    attribute TEXT,
    subject   TEXT,
    event     TEXT,
    value     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_by_document ON claims (document);
CREATE TABLE IF NOT EXISTS keys (
    key      TEXT NOT NULL,
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (key, document)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS keys_by_document ON keys (document);
CREATE TABLE IF NOT EXISTS key_counts (
    key       TEXT PRIMARY KEY,
    documents INTEGER NOT NULL
) WITHOUT ROWID;
"""


def stored_version(db: sqlite3.Connection) -> int | None:
    """The schema version of an index, ``None`` for an empty database."""
    has_meta = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def create(db: sqlite3.Connection) -> None:
    """Create the tables of the current version in an empty database."""
    db.executescript(SCHEMA)
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
        (str(SCHEMA_VERSION),),
    )
