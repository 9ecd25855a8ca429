"""Checking the text of an open draft against its sources, with the sources kept warm.

A :class:`DraftChecker` reads the draft from the editor's buffer and its sources from disk, as
``claimcheck check - --stdin-filename DRAFT`` does (front-matter ``sources`` within the draft's
folder tree or a configured source root, or the ``[sources]`` table of the configuration that
governs the draft). A source's analysis is computed once and reused for as long as the file's
content is the same: it is keyed by path and content hash, so a source edited on disk is
analysed again at the next check, and one that did not change costs a read and a hash.

With a claim index (``claimcheck lsp --index FILE``, built by ``claimcheck index`` with the
same configuration and the paths the editor opens), a source the index holds is not analysed
at all: its stored analysis is used when the document stored is the one just read, field for
field; any other source is analysed as without an index.

Nothing here imports the language-server library; :mod:`claimcheck.lsp.server` does.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.config import (
    Config,
    ConfigError,
    check_against_plugins,
    config_file_for,
    load_config,
)
from claimcheck.engine import Analysis, Engine
from claimcheck.index.build import analysis_fingerprint
from claimcheck.index.store import ClaimIndex, IndexFileError
from claimcheck.model import EMPTY, Document, Finding, InputError
from claimcheck.reading.files import StdinDocument
from claimcheck.reporting.context import Context, Sentences

__all__ = ["DraftCheck", "DraftChecker", "WarmEngine"]

#: Source analyses kept in memory (a newsroom's open drafts rarely cite more).
CACHE_SIZE = 256


@dataclass(frozen=True, slots=True)
class DraftCheck:
    """What one check of a draft found: the findings whose primary statement is in the draft,
    the problems with its input (a missing source, a bad configuration), and the text of each
    document involved, by path, to place related statements."""

    path: str
    text: str
    findings: tuple[Finding, ...] = ()
    problems: tuple[InputError, ...] = ()
    texts: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    languages: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    #: The sentence around each statement of the findings, by (path, start, end).
    sentences: Mapping[tuple[str, int, int], Context] = field(default_factory=dict)


def _content_key(doc: Document, frame: bool) -> tuple[object, ...]:
    digest = hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
    return (
        os.path.abspath(doc.path),
        digest,
        doc.format,
        doc.published,
        doc.language,
        doc.outlet,
        frame,
    )


class WarmEngine(Engine):
    """An engine that analyses each source once per content, however often it is checked,
    and not at all when ``index`` holds it (see the module's description)."""

    def __init__(
        self, config: Config, *, cache_size: int = CACHE_SIZE, index: ClaimIndex | None = None
    ) -> None:
        super().__init__(config)
        self._cache: OrderedDict[tuple[object, ...], Analysis] = OrderedDict()
        self._cache_size = cache_size
        # an index made with other plugins or another configuration analyses differently
        usable = index is not None and index.get_meta("analysis") == analysis_fingerprint(self)
        self.index = index if usable else None
        #: How many source analyses were computed (not taken from the cache or the index).
        self.analysed = 0
        #: How many source analyses were taken from the index.
        self.from_index = 0

    def analyze(self, doc: Document, *, frame: bool = True) -> Analysis:
        if doc.role != "source":
            return super().analyze(doc, frame=frame)
        key = _content_key(doc, frame)
        hit = self._cache.get(key)
        if hit is not None and hit.document == doc:
            self._cache.move_to_end(key)
            return hit
        analysis = self._indexed(doc) if frame else None
        if analysis is None:
            analysis = super().analyze(doc, frame=frame)
            self.analysed += 1
        self._cache[key] = analysis
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return analysis

    def _indexed(self, doc: Document) -> Analysis | None:
        """The index's analysis of ``doc``, when it holds this very document."""
        if self.index is None:
            return None
        stored = self.index.stored_analysis(doc.path)
        if stored is None or stored.document != doc:
            return None
        self.from_index += 1
        return stored


def _plugin_names() -> list[str]:
    """Every plugin name a configuration may refer to: the core's and the installed ones."""
    from claimcheck.manager.builtin import DEFAULT_PLUGINS
    from claimcheck.manager.entrypoints import entry_points
    from claimcheck.plugin import PROJECT

    return sorted({*DEFAULT_PLUGINS, *(ep.name for ep in entry_points(PROJECT))})


class DraftChecker:
    """Checks drafts by path and buffer text; one warm engine per configuration file.

    Not thread-safe: the server runs every check on one worker thread.
    """

    def __init__(self, config_file: str | None = None, index_file: str | None = None) -> None:
        self._config_file = config_file
        self._index_file = index_file
        self._index: ClaimIndex | None = None
        self._engines: dict[tuple[str | None, tuple[int, int]], WarmEngine] = {}

    def index(self) -> ClaimIndex | None:
        """The claim index of sources, opened on first use (in the thread that checks), or
        ``None`` without one or when it cannot be read."""
        if self._index is None and self._index_file is not None:
            try:
                self._index = ClaimIndex(self._index_file)
            except IndexFileError:
                self._index_file = None  # said once at start-up; checks go on without it
        return self._index

    def engine_for(self, path: str) -> WarmEngine:
        """The engine of the configuration governing ``path``; raises :class:`ConfigError`."""
        file = Path(self._config_file) if self._config_file else config_file_for(path)
        try:
            info = file.stat() if file is not None else None
            stamp = (info.st_mtime_ns, info.st_size) if info is not None else (0, 0)
        except OSError:
            stamp = (-1, -1)  # load_config says what is wrong with it
        key = (str(file) if file is not None else None, stamp)
        engine = self._engines.get(key)
        if engine is None:
            config = load_config(file, search=False) if file is not None else Config()
            # a configuration that changed replaces its engine (and its cached analyses)
            for old in [k for k in self._engines if k[0] == key[0]]:
                del self._engines[old]
            engine = WarmEngine(config, index=self.index())
            check_against_plugins(config, engine.pm.rules(), _plugin_names())
            self._engines[key] = engine
        return engine

    def check(self, path: str, text: str) -> DraftCheck:
        """Check the draft at ``path`` (absolute) whose current text is ``text``."""
        if not text.strip():
            return DraftCheck(path=path, text=text)
        try:
            engine = self.engine_for(path)
        except ConfigError as exc:
            return DraftCheck(
                path=path, text=text, problems=(InputError(path=exc.path, message=exc.message),)
            )
        stdin = StdinDocument(name=path, data=text.encode("utf-8", "surrogatepass"))
        docs, errors = engine.load_paths(["-"], focus=True, stdin=stdin)
        draft = next((d for d in docs if d.path == path), None)
        if draft is None:  # not checked: a file the configuration names as a source
            return DraftCheck(path=path, text=text, problems=tuple(errors))
        result = engine.run(docs, errors=errors)
        shown = [f for f in result.shown if f.location.path == path]
        around = Sentences(result)
        sentences = {
            (loc.path, loc.start, loc.end): ctx
            for f in shown
            for loc in (f.location, *f.related)
            if (ctx := around(loc)) is not None
        }
        return DraftCheck(
            path=path,
            text=text,
            findings=tuple(shown),
            problems=tuple(result.errors),
            texts={d.path: d.text for d in result.documents},
            languages={d.path: d.language for d in result.documents},
            sentences=sentences,
        )
