"""What runs inside a check worker process of ``claimcheck serve``.

A worker loads the engine once (plugins, pint's registry, CLDR data, alias tables), runs a
warm-up check, says it is ready, and then answers one check at a time from its pipe. Sources
it has analysed are kept, keyed by a hash of their content, and reused when a later request
sends the same source again (a CMS sends the same wire copy with every revision of a draft);
the cache is bounded by the characters it holds and forgets the least recently used first.
Drafts are kept the same way in a smaller cache of their own (an editor checks a draft again
against other sources, or a page is reloaded), so revisions of drafts never push the sources
out.

When a check passes its deadline, a watchdog thread reports where the check is (the plugin
whose code is running), so the answer can say what was stopped; the server then kills the
worker. Should the server be gone, the watchdog ends the worker itself a little later.

Nothing here imports Starlette or uvicorn.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import signal
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from multiprocessing.connection import Connection
from types import FrameType, ModuleType
from typing import TYPE_CHECKING, Any

from claimcheck.config import Config
from claimcheck.engine import Analysis, Engine, RunResult
from claimcheck.http.responses import check_body
from claimcheck.http.sized_cache import SizedCache
from claimcheck.http.validation import CheckRequest
from claimcheck.model import Document, InputError, Mention
from claimcheck.reading import DocumentError
from claimcheck.reading.files import DocInput
from claimcheck.reading.metadata import clean_metadata

if TYPE_CHECKING:
    from claimcheck.claims.participants import Participant

__all__ = ["Answer", "CachingEngine", "SourceCache", "document_key", "worker_main"]

#: Seconds after the deadline at which a worker the server has not stopped ends itself.
SELF_STOP_AFTER = 10.0
#: Most analysed sources a worker keeps, whatever their size.
MAX_CACHED_SOURCES = 512
#: Most analysed drafts a worker keeps, and the share of the cache's characters they may hold.
MAX_CACHED_DRAFTS = 32
DRAFT_SHARE = 0.25

# A short article pair with the kinds of mentions news carries, to load every extractor's
# data before the first real request.
_WARM_DRAFT = (
    "QUETTA, Pakistan (AP) — At least 26 people were killed and 62 injured on Saturday when a "
    "bomb exploded at the railway station, police official Muhammad Baloch said. "
    '"We will rebuild," Prime Minister Shehbaz Sharif said on November 9, 2024. '
    "The $62-billion China-Pakistan Economic Corridor covers 3,000 kilometres, and prices rose "
    "20% last month, the third increase this year."
)
_WARM_SOURCE = _WARM_DRAFT.replace("26 people", "24 people").replace("$62-billion", "$65-billion")

_People = tuple["Participant", ...]

# Document fields computed from the others (the analysis text and its offset maps).
_DERIVED = frozenset({"plain", "plain_to_file", "plain_ends"})


@dataclass(frozen=True, slots=True)
class Answer:
    """A worker's answer to one check: the response body (``elapsed_ms`` left to the server),
    or why the request cannot be checked (``invalid``, a 422), or an unexpected ``error``."""

    body: dict[str, Any] | None = None
    invalid: str | None = None
    pointer: str | None = None
    error: str | None = None


def document_key(doc: Document, frame: bool) -> str:
    """A hash of everything an analysis of ``doc`` depends on."""
    h = hashlib.blake2b(digest_size=20)
    h.update(b"frame" if frame else b"no-frame")
    for f in fields(doc):
        if f.name in _DERIVED:
            continue
        value = getattr(doc, f.name)
        if isinstance(value, Mapping):
            value = sorted((str(k), repr(v)) for k, v in value.items())
        data = value if isinstance(value, str) else repr(value)
        h.update(f"\x00{f.name}\x00{len(data)}\x00".encode())
        h.update(data.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class SourceCache(SizedCache[Analysis]):
    """Analyses by document key, bounded by total characters and by count (LRU)."""

    def __init__(self, max_chars: int, max_entries: int = MAX_CACHED_SOURCES) -> None:
        super().__init__(max_chars, max_entries)

    def put(self, key: str, value: Analysis, size: int) -> None:
        """Keep the analysis of a source not kept yet (one kept is not replaced)."""
        if key not in self:
            super().put(key, value, size)


class CachingEngine(Engine):
    """An engine that reuses the analyses of documents it has seen (see :class:`SourceCache`):
    sources in ``cache``, drafts in ``drafts`` (by default a cache of
    :data:`MAX_CACHED_DRAFTS` drafts holding at most :data:`DRAFT_SHARE` of ``cache``'s
    characters). The key holds every field of the document, its role too, so an analysis is
    reused only for a document it would be made again for.

    An analysis during which a plugin failed is not kept, so the failure is reported again.
    """

    def __init__(
        self, config: Config, cache: SourceCache, drafts: SourceCache | None = None
    ) -> None:
        super().__init__(config)
        self.cache = cache
        self.drafts = drafts if drafts is not None else draft_cache_for(cache)
        # the people of each source, by the identity of its kept mentions
        self._people: OrderedDict[int, tuple[Sequence[Mention], Document, _People]] = OrderedDict()

    def analyze(self, doc: Document, *, frame: bool = True) -> Analysis:
        cache = self.cache if doc.role == "source" else self.drafts
        key = document_key(doc, frame)
        hit = cache.get(key)
        if hit is not None:
            return hit
        failures = len(self.pm.failures)
        analysis = super().analyze(doc, frame=frame)
        if len(self.pm.failures) == failures:
            cache.put(key, analysis, len(doc.text))
        return analysis

    def find_participants(self, doc: Document, mentions: Sequence[Mention]) -> _People:
        """The people of a source, read once per kept analysis: a source sent with every
        revision of a draft has its mentions from :attr:`cache`, the same objects each
        time, and its people are a function of the document and those mentions."""
        if doc.role != "source":
            return super().find_participants(doc, mentions)
        hit = self._people.get(id(mentions))
        if hit is not None and hit[0] is mentions and hit[1] == doc:
            self._people.move_to_end(id(mentions))
            return hit[2]
        people = super().find_participants(doc, mentions)
        # the entry holds ``mentions``, so its id is not reused while it is kept
        self._people[id(mentions)] = (mentions, doc, people)
        while len(self._people) > self.cache.max_entries:
            self._people.popitem(last=False)
        return people


def draft_cache_for(sources: SourceCache) -> SourceCache:
    """The drafts' cache that goes with a cache of sources."""
    return SourceCache(int(sources.max_chars * DRAFT_SHARE), MAX_CACHED_DRAFTS)


def _input(doc: Mapping[str, Any], role: str) -> DocInput:
    meta = {
        k: doc[k]
        for k in ("published", "outlet", "url", "language", "title")
        if doc.get(k) is not None
    }
    clean = clean_metadata(meta, where=str(doc["id"]))
    if "published" in clean:
        clean["published_from"] = "request"
    return DocInput(
        path=str(doc["id"]), text=doc["text"], format=doc["format"], role=role, meta=clean
    )


def run_check(engine: Engine, request: CheckRequest, seconds: float) -> RunResult:
    """Read and check the request's documents, stopping at ``seconds`` from now."""
    until = time.monotonic() + seconds
    items = [_input(request.draft, "draft"), *(_input(s, "source") for s in request.sources)]
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in items:
        try:
            docs.append(engine.read(item))
        except DocumentError as exc:
            errors.append(InputError(path=item.path, message=str(exc)))
    return engine.run(docs, errors=errors, deadline=until)


def answer(engine: Engine, request: CheckRequest, seconds: float, version: str) -> Answer:
    """Check ``request`` and build its answer; never raises."""
    try:
        result = run_check(engine, request, seconds)
    except DocumentError as exc:
        return Answer(invalid=str(exc))
    except Exception as exc:  # reported to the server, which logs it and answers 500
        return Answer(error=f"{type(exc).__name__}: {exc}")
    unread = next((e for e in result.errors if e.path == request.draft_id), None)
    if unread is not None:
        return Answer(invalid=f"the draft cannot be read: {unread.message}", pointer="/draft/text")
    body = check_body(
        request,
        result,
        timed_out=not result.complete,
        elapsed=0.0,
        config=engine.config,
        version=version,
    )
    return Answer(body=body)


def _plugin_modules(engine: Engine) -> dict[str, str]:
    """Module name -> plugin name, for every registered plugin."""
    out: dict[str, str] = {}
    for name, plugin in engine.pm.pm.list_name_plugin():
        if name is None or plugin is None:
            continue
        mod = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__module__
        out.setdefault(mod, name)
    return out


def stalled_in(frame: FrameType | None, modules: Mapping[str, str]) -> dict[str, str] | None:
    """The plugin whose code ``frame`` (or the nearest of its callers) is running."""
    while frame is not None:
        mod = str(frame.f_globals.get("__name__", ""))
        parts = mod.split(".")
        for i in range(len(parts), 0, -1):
            plugin = modules.get(".".join(parts[:i]))
            if plugin is not None:
                code = frame.f_code
                func = getattr(code, "co_qualname", code.co_name)
                return {"plugin": plugin, "function": f"{mod}.{func}"}
        frame = frame.f_back
    return None


def _watch(job: int, seconds: float, done: threading.Event, report: Callable[[int], None]) -> None:
    if done.wait(max(0.0, seconds)):
        return
    report(job)
    if not done.wait(SELF_STOP_AFTER):
        os._exit(70)  # the server did not stop this worker: it is gone or stuck itself


class _Worker:
    """The loop of one worker process."""

    def __init__(self, conn: Connection, config: Config, cache_chars: int, version: str) -> None:
        self.conn = conn
        self.version = version
        self.lock = threading.Lock()
        self.engine = CachingEngine(config, SourceCache(cache_chars))
        self.modules = _plugin_modules(self.engine)
        self.main = threading.get_ident()

    def send(self, message: tuple[Any, ...]) -> None:
        with self.lock:
            self.conn.send(message)

    def report_stall(self, job: int) -> None:
        where = stalled_in(sys._current_frames().get(self.main), self.modules)
        with contextlib.suppress(OSError):
            self.send(("stalled", job, where))

    def warm(self) -> None:
        draft = {"id": "warm-draft", "text": _WARM_DRAFT, "format": "text"}
        source = {"id": "warm-source", "text": _WARM_SOURCE, "format": "text"}
        pub = {"published": "2024-11-20"}
        run_check(
            self.engine, CheckRequest(draft={**draft, **pub}, sources=({**source, **pub},)), 60
        )
        self.engine.cache = SourceCache(self.engine.cache.max_chars)
        self.engine.drafts = draft_cache_for(self.engine.cache)
        # what warm-up loaded lives as long as the process: keep it out of full collections
        gc.collect()
        gc.freeze()

    def serve(self) -> None:
        self.send(("ready", os.getpid()))
        while True:
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                return  # the server closed the pipe: stop
            _, job, request, seconds = message
            done = threading.Event()
            threading.Thread(
                target=_watch, args=(job, seconds, done, self.report_stall), daemon=True
            ).start()
            try:
                reply = answer(self.engine, request, seconds, self.version)
            finally:
                done.set()
            self.send(("done", job, reply))


def worker_main(conn: Connection, config: Config, cache_chars: int, version: str) -> None:
    """The entry point of a worker process (``multiprocessing`` target)."""
    # Ctrl-C in the server's terminal reaches the whole process group; the server stops
    # its workers itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        worker = _Worker(conn, config, cache_chars, version)
        worker.warm()
    except Exception as exc:  # a plugin that cannot load, data that cannot be read
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    worker.serve()
