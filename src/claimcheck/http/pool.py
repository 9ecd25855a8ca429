"""The check worker processes of ``claimcheck serve``, seen from the server.

Checks run in a pool of worker processes (one per core by default, see :mod:`.worker`), so
the server uses every core and a check can really be stopped: a worker that has not answered
shortly after its request's deadline is killed, which releases everything it held, and a fresh
worker takes its place. Its request is answered at once with ``complete: false``.

Requests wait for a free worker in a bounded queue; when the queue is full, :meth:`WorkerPool.run`
raises :class:`Overloaded` (the server answers 503 with ``Retry-After``). Each request's deadline
counts from when it arrived, so time spent queued is part of it. :meth:`WorkerPool.health`
reports every worker: starting, idle, busy, or stuck (past its deadline, being replaced).

The pool lives on the server's event loop: one thread per worker waits on its pipe and hands
what arrives to the loop. Workers are started through a ``forkserver`` that has already
imported the engine, so a replacement is ready in the time its warm-up check takes.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import multiprocessing
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from claimcheck.config import Config
from claimcheck.http.validation import CheckRequest
from claimcheck.http.worker import Answer, worker_main

if TYPE_CHECKING:  # the fork server's context does not exist on Windows
    from multiprocessing.context import ForkServerContext, SpawnContext

__all__ = ["GRACE", "Overloaded", "Reply", "WorkerPool", "serving"]

log = logging.getLogger("claimcheck.http.server")

#: Seconds after its deadline that a check may still answer before its worker is killed.
GRACE = 0.5
#: Seconds to wait before restarting a worker that died before it was ready, doubling.
_BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0)


class Overloaded(Exception):
    """Every worker is busy and the queue is full."""


@dataclass(frozen=True, slots=True)
class Reply:
    """How a check ended: the worker's answer, or that it was stopped or lost."""

    answer: Answer | None
    timed_out: bool = False
    worker_failed: bool = False
    stalled_in: dict[str, str] | None = None


@dataclass(eq=False, slots=True)
class _Job:
    id: int
    request: CheckRequest
    until: float
    future: asyncio.Future[Reply]
    stalled_in: dict[str, str] | None = None


@dataclass(eq=False, slots=True)
class _Worker:
    slot: int
    process: BaseProcess
    conn: Connection
    state: str = "starting"  # starting, idle, busy, stuck
    job: _Job | None = None
    since: float = field(default_factory=time.monotonic)
    checks: int = 0
    pid: int | None = None


def read_only(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """A read-only view of ``items`` (how a pickled ``mappingproxy`` is rebuilt)."""
    return MappingProxyType(items)


def _reduce_mappingproxy(m: MappingProxyType[Any, Any]) -> tuple[Any, ...]:
    return (read_only, (dict(m),))


class WorkerPool:
    """``size`` worker processes checking with ``config``; see the module's description."""

    def __init__(self, size: int, config: Config, *, max_queue: int, cache_chars: int) -> None:
        from claimcheck import __version__

        self.size = size
        self.max_queue = max_queue
        self._args = (config, cache_chars, __version__)
        self._ctx: ForkServerContext | SpawnContext
        if "forkserver" in multiprocessing.get_all_start_methods():
            self._ctx = multiprocessing.get_context("forkserver")
            self._ctx.set_forkserver_preload(["claimcheck.http.worker"])
        else:  # Windows
            self._ctx = multiprocessing.get_context("spawn")
        # the configuration's read-only mappings travel to the workers as copies
        ForkingPickler.register(MappingProxyType, _reduce_mappingproxy)
        self._workers: list[_Worker | None] = [None] * size
        self._failures = [0] * size
        self._waiting: deque[_Job] = deque()
        self._ids = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self.restarts = 0

    # -- starting and stopping ---------------------------------------------------------

    def start(self, timeout: float = 120.0) -> None:
        """Start every worker and wait until each is ready (before the event loop runs).

        Raises :class:`RuntimeError` with the reason when a worker cannot start.
        """
        workers = [self._spawn(slot) for slot in range(self.size)]
        until = time.monotonic() + timeout
        for w in workers:
            if not w.conn.poll(max(0.0, until - time.monotonic())):
                self.close()
                raise RuntimeError(f"a check worker did not start within {timeout:g} s")
            try:
                message = w.conn.recv()
            except (EOFError, OSError):
                message = ("failed", f"exit code {w.process.exitcode}")
            if message[0] != "ready":
                self.close()
                raise RuntimeError(f"a check worker could not start: {message[1]}")
            w.state, w.pid, w.since = "idle", message[1], time.monotonic()

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start listening to the workers on ``loop`` (the server's event loop)."""
        self._loop = loop
        for w in self._workers:
            if w is not None:
                self._listen(w)

    def close(self) -> None:
        """Stop every worker; checks still waiting are answered as timed out."""
        self._closed = True
        for slot, w in enumerate(self._workers):
            if w is not None:
                self._kill(w)
                self._workers[slot] = None
        while self._waiting:
            job = self._waiting.popleft()
            if not job.future.done():
                job.future.set_result(Reply(None, timed_out=True))

    def _spawn(self, slot: int) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=worker_main,
            args=(child, *self._args),
            name=f"claimcheck-check-{slot}",
            daemon=True,
        )
        proc.start()
        child.close()
        w = _Worker(slot, proc, parent)
        self._workers[slot] = w
        if self._loop is not None:
            self._listen(w)
        return w

    def _kill(self, w: _Worker) -> None:
        # the pipe is closed by the thread reading it, once the worker's end is gone
        if w.process.is_alive():
            w.process.kill()

    def _listen(self, w: _Worker) -> None:
        loop = self._loop
        assert loop is not None

        def post(*args: Any) -> None:
            # the event loop may have closed: the server is stopping
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(*args)

        def read() -> None:
            while True:
                try:
                    message = w.conn.recv()
                except (EOFError, OSError, TypeError):
                    break
                post(self._on_message, w, message)
            w.conn.close()
            w.process.join(5)
            post(self._on_exit, w)

        threading.Thread(target=read, name=f"{w.process.name}-pipe", daemon=True).start()

    # -- what workers say ----------------------------------------------------------------

    def _current(self, w: _Worker) -> bool:
        return self._workers[w.slot] is w

    def _on_message(self, w: _Worker, message: tuple[Any, ...]) -> None:
        if not self._current(w):
            return
        kind = message[0]
        if kind == "ready":
            w.state, w.pid, w.since = "idle", message[1], time.monotonic()
            self._failures[w.slot] = 0
            self._dispatch()
        elif kind == "stalled" and w.job is not None and w.job.id == message[1]:
            w.job.stalled_in = message[2]
            w.state = "stuck"
        elif kind == "done" and w.job is not None and w.job.id == message[1]:
            job, w.job = w.job, None
            w.state, w.since, w.checks = "idle", time.monotonic(), w.checks + 1
            if not job.future.done():
                job.future.set_result(Reply(message[2]))
            self._dispatch()
        elif kind == "failed":
            log.error("a check worker could not start: %s", message[1])

    def _on_exit(self, w: _Worker) -> None:
        if not self._current(w) or self._closed:
            return
        job = w.job
        if job is not None and not job.future.done():
            log.error(
                "check worker %s died while checking (exit code %s)", w.pid, w.process.exitcode
            )
            job.future.set_result(Reply(None, worker_failed=True))
        if w.state == "starting":
            self._failures[w.slot] += 1
        self._replace(w)

    def _replace(self, w: _Worker) -> None:
        """Put a fresh worker in ``w``'s place (after a pause if workers keep dying)."""
        self._kill(w)
        self._workers[w.slot] = None
        self.restarts += 1
        failures = self._failures[w.slot]
        if failures and self._loop is not None:
            delay = _BACKOFF[min(failures, len(_BACKOFF)) - 1]
            self._loop.call_later(delay, self._respawn, w.slot)
        else:
            self._respawn(w.slot)

    def _respawn(self, slot: int) -> None:
        if self._closed or self._workers[slot] is not None:
            return
        try:
            self._spawn(slot)
        except OSError as exc:
            log.error("cannot start a check worker: %s", exc)
            self._failures[slot] += 1
            if self._loop is not None:
                self._loop.call_later(_BACKOFF[-1], self._respawn, slot)

    # -- checks --------------------------------------------------------------------------

    def _dispatch(self) -> None:
        for w in self._workers:
            if w is None or w.state != "idle":
                continue
            while self._waiting:
                job = self._waiting.popleft()
                if job.future.done():
                    continue
                if self._send(w, job):
                    break
            else:
                return

    def _send(self, w: _Worker, job: _Job) -> bool:
        """Give ``job`` to the idle worker ``w``; False when there is no time left for it."""
        seconds = job.until - time.monotonic()
        if seconds <= 0:
            job.future.set_result(Reply(None, timed_out=True))
            return False
        try:
            w.conn.send(("check", job.id, job.request, seconds))
        except (OSError, ValueError):
            job.future.set_result(Reply(None, worker_failed=True))
            w.state = "stuck"  # its pipe is broken; the reader thread reports the exit
            return True
        w.job, w.state, w.since = job, "busy", time.monotonic()
        return True

    @property
    def queued(self) -> int:
        return sum(1 for j in self._waiting if not j.future.done())

    async def run(self, request: CheckRequest, until: float) -> Reply:
        """Check ``request`` by ``until`` (a :func:`time.monotonic` value).

        Raises :class:`Overloaded` when no worker is free and the queue is full.
        """
        assert self._loop is not None, "attach() the pool to the event loop first"
        idle = any(w is not None and w.state == "idle" for w in self._workers)
        if not idle and self.queued >= self.max_queue:
            raise Overloaded
        job = _Job(next(self._ids), request, until, self._loop.create_future())
        self._waiting.append(job)
        self._dispatch()
        try:
            return await asyncio.wait_for(
                asyncio.shield(job.future), max(0.0, until + GRACE - time.monotonic())
            )
        except asyncio.TimeoutError:
            return self._abandon(job)
        except asyncio.CancelledError:
            # nobody waits for the answer any more: a queued check is dropped, a running
            # one finishes (or meets its deadline) and is discarded
            job.future.cancel()
            raise

    def _abandon(self, job: _Job) -> Reply:
        """The deadline and the grace passed: stop ``job`` wherever it is."""
        reply = Reply(None, timed_out=True, stalled_in=job.stalled_in)
        if not job.future.done():
            job.future.set_result(reply)
        for w in self._workers:
            if w is not None and w.job is job:
                log.warning(
                    "check worker %s missed the deadline%s; replacing it",
                    w.pid,
                    f" in plugin {job.stalled_in['plugin']!r}" if job.stalled_in else "",
                )
                w.job, w.state = None, "stuck"
                self._replace(w)
        return reply

    # -- health --------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """Counts by state, the queue, the restarts, and each worker."""
        now = time.monotonic()
        states = {"idle": 0, "busy": 0, "stuck": 0, "starting": 0}
        processes = []
        for slot, w in enumerate(self._workers):
            state = w.state if w is not None else "starting"
            if w is not None and w.state == "busy" and w.job is not None and now > w.job.until:
                state = "stuck"
            states[state] += 1
            entry: dict[str, Any] = {"slot": slot, "state": state}
            if w is not None:
                entry.update(pid=w.pid, checks=w.checks)
                if state in ("busy", "stuck"):
                    entry["busy_ms"] = round((now - w.since) * 1000, 1)
            processes.append(entry)
        return {
            "total": self.size,
            **states,
            "queued": self.queued,
            "restarts": self.restarts,
            "processes": processes,
        }


def serving(health: dict[str, Any]) -> str:
    """``ok`` when every worker can take checks, ``degraded`` when some can, else
    ``unavailable``."""
    able = health["idle"] + health["busy"]
    if able == health["total"]:
        return "ok"
    return "degraded" if able else "unavailable"
