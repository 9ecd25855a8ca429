"""Document analysis in worker processes on this machine (``check --jobs N``).

Each worker owns an :class:`~claimcheck.engine.Engine` built from the run's configuration (on
Linux the workers are forked from the calling process, which first warms its engine, so they
start with its patterns and tables loaded). The caller hands out batches of documents as
workers become free, and yields the analyses in document order. A plugin failure inside a
worker is reported back and recorded on the calling engine's plugin manager, exactly as if
the analysis had run there.

A caller that needs less than the whole analysis (the claim index stores it compressed, with
its keys) passes a ``finish`` function, which runs in the worker: only what it returns
crosses back, and the calling process does not pickle and unpickle every analysis.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from claimcheck.engine import Analysis, Engine, warm
from claimcheck.manager.facade import PluginFailure
from claimcheck.model import Document

if TYPE_CHECKING:
    import multiprocessing.process
    from multiprocessing.connection import Connection

__all__ = [
    "analyze_in_processes",
    "analyze_one",
    "available_cores",
    "finish_in_processes",
    "map_in_processes",
    "plan_jobs",
    "portable",
]

T = TypeVar("T")

#: Below this many characters per worker, starting workers costs more than it saves.
MIN_CHARS_PER_JOB = 60_000
#: Documents handed to a worker at a time, at most (smaller batches balance the load better).
MAX_BATCH = 32

#: What a worker sends back per document: its analysis and the plugin failures it caused.
_Failure = tuple[str, str, BaseException]


def available_cores() -> int:
    """The cores this process may run on (the affinity mask where the platform has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def plan_jobs(requested: int | None, docs: Sequence[Document]) -> int:
    """How many worker processes to use for ``docs``: ``requested`` (default: the cores
    available), fewer when the documents are too few or too short to be worth a process."""
    jobs = requested if requested is not None else available_cores()
    chars = sum(len(d.plain) for d in docs)
    return max(1, min(jobs, len(docs), chars // MIN_CHARS_PER_JOB))


def analyze_in_processes(
    engine: Engine, docs: Sequence[Document], jobs: int, *, frame: bool = True
) -> Iterator[Analysis]:
    """Analyse ``docs`` in ``jobs`` worker processes; yields the analyses in document order."""
    return finish_in_processes(engine, docs, jobs, whole, frame=frame)


def whole(analysis: Analysis) -> Analysis:
    """The analysis itself (what :func:`analyze_in_processes` sends back)."""
    return analysis


def finish_in_processes(
    engine: Engine,
    docs: Sequence[Document],
    jobs: int,
    finish: Callable[[Analysis], T],
    *,
    frame: bool = True,
) -> Iterator[T]:
    """Analyse ``docs`` in ``jobs`` worker processes and yield ``finish`` of each analysis,
    computed in the worker, in document order. ``finish`` is a module-level function (a
    worker may be started by pickling its arguments)."""
    if jobs <= 1 or len(docs) < 2:
        yield from (finish(engine.analyze(d, frame=frame)) for d in docs)
        return
    yield from map_in_processes(
        engine, docs, jobs, functools.partial(analyze_one, frame=frame, finish=finish)
    )


#: What a worker does with one item: its result and the plugin failures it caused.
Work = Callable[[Engine, Any], tuple[Any, list[_Failure]]]


def map_in_processes(
    engine: Engine, items: Sequence[Any], jobs: int, work: Work, *, batch: int | None = None
) -> Iterator[Any]:
    """``work(engine, item)`` for each of ``items`` in ``jobs`` worker processes, each with
    its own engine; yields the results in the order of ``items`` and records the failures
    on ``engine``. ``work`` is picklable (a module-level function, or a partial of one).
    ``batch`` is the items handed to a worker at a time (default: about four batches per
    worker, at most :data:`MAX_BATCH` items each)."""
    batches = _batches(items, jobs, batch)
    ctx = _context()  # multiprocessing is loaded only when workers are started
    forked = ctx.get_start_method() == "fork"
    seed: Any = engine if forked else engine.config
    workers: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
    if forked:
        # what the workers would each load on first use is loaded once, here, and kept out
        # of the collector's reach so that the workers' collections leave its pages shared
        warm(engine)
        gc.collect()
        gc.freeze()
    try:
        for _ in range(min(jobs, len(batches))):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_serve, args=(seed, work, theirs), daemon=True)
            proc.start()
            theirs.close()
            workers.append((proc, mine))
        yield from _collect(engine, workers, batches)
    finally:
        for proc, conn in workers:
            with contextlib.suppress(OSError):
                conn.send(None)
            conn.close()
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join()
        if forked:
            gc.unfreeze()


def _collect(
    engine: Engine,
    workers: list[tuple[multiprocessing.process.BaseProcess, Connection]],
    batches: list[list[Any]],
) -> Iterator[Any]:
    """Hand out batches as workers become free; yield finished batches in order."""
    from multiprocessing.connection import wait

    pending = iter(enumerate(batches))
    busy: dict[Connection, int] = {}
    for _proc, conn in workers:
        nxt = next(pending, None)
        if nxt is not None:
            conn.send(nxt[1])
            busy[conn] = nxt[0]
    done: dict[int, list[tuple[Any, list[_Failure]]]] = {}
    emit = 0
    while emit < len(batches):
        while emit in done:
            for result, failures in done.pop(emit):
                engine.pm.failures.extend(PluginFailure(*f) for f in failures)
                yield result
            emit += 1
        if emit >= len(batches):
            break
        for ready in wait(list(busy)):
            conn = cast("Connection", ready)
            try:
                result = conn.recv()
            except EOFError:
                raise RuntimeError("a worker process ended unexpectedly") from None
            done[busy.pop(conn)] = result
            nxt = next(pending, None)
            if nxt is not None:
                conn.send(nxt[1])
                busy[conn] = nxt[0]


def _batches(items: Sequence[Any], jobs: int, size: int | None = None) -> list[list[Any]]:
    """Consecutive batches, about four per worker, so a slow batch does not hold up the end."""
    size = size or max(1, min(MAX_BATCH, -(-len(items) // (jobs * 4))))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _context() -> Any:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _serve(seed: Engine | Any, work: Work, conn: Connection) -> None:
    """A worker: ``work`` on each batch received, until told to stop (``None``) or orphaned."""
    engine = seed if isinstance(seed, Engine) else Engine(seed)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        conn.send([work(engine, item) for item in batch])


def analyze_one(
    engine: Engine,
    doc: Document,
    frame: bool,
    finish: Callable[[Analysis], T] = whole,  # type: ignore[assignment]
) -> tuple[T, list[_Failure]]:
    """Analyse one document in a worker: ``finish`` of its analysis (the analysis itself by
    default) and the plugin failures it caused."""
    engine.pm.failures.clear()
    result = finish(engine.analyze(doc, frame=frame))
    return result, [(f.plugin, f.hook, portable(f.exc)) for f in engine.pm.failures]


def portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling, else one that says the same."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc
