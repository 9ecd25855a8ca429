"""Containing plugins: each hook implementation runs guarded, so one plugin cannot sink a run.

Every implementation is wrapped when its plugin is registered (:func:`guard_impls`); pluggy
still calls it through ``pm.hook.<name>(...)``, in its usual order, with its usual wrappers,
tracing and monitoring. The guard

* runs the implementation with a time limit (:class:`Worker`);
* turns an exception into a :class:`PluginFailure` naming the plugin and the hook, and returns
  ``None``, so pluggy goes on with the next implementation (a ``firstresult`` hook falls
  through to the next provider);
* checks the result's type against the hook's contract (:data:`CONTRACTS`) and materializes
  iterables, so an error raised lazily by a generator is caught here, against its plugin.

Wrappers (``wrapper=True`` and old-style ``hookwrapper=True``) are guarded too: a wrapper that
raises, does not yield, or yields twice is reported and stepped over, and the result of the
implementations inside it is kept.

**Time limits.** A thread cannot be killed in Python, and running every plugin call on a worker
thread whose result is dropped would leave the abandoned work running (competing for the
interpreter with the rest of the run) and cost a thread hand-off per call. Instead each call
runs on the caller's thread, armed with a deadline; a :class:`Watchdog` thread raises
:class:`PluginTimeout` inside the overrunning call, which stops it where it is, and the run
goes on without its result (reported as CC901). The one case this cannot stop is a call stuck
inside a single C function (a catastrophic regular expression): it is interrupted when that
function returns. A long-lived process that must never stall (the server) should therefore
also run checks in worker processes it can kill and replace.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import threading
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from claimcheck.claims.attributes import AttributeSpec
from claimcheck.model import Alignment, Claim, Document, Finding, Mention, RawMention, Segment
from claimcheck.reading import DocumentError
from claimcheck.reporting import FormatterSpec
from claimcheck.rulekit import RuleSpec

__all__ = [
    "CONTRACTS",
    "Contract",
    "PluginFailure",
    "PluginTimeout",
    "Supervisor",
    "Watchdog",
    "guard_impls",
]


class PluginFailure(Exception):
    """A plugin failed: it raised, returned the wrong type, overran its time limit or could not
    be loaded. Carries the plugin's name and where it failed (a hook, a rule, "load")."""

    def __init__(self, plugin: str, hook: str, exc: BaseException) -> None:
        super().__init__(f"plugin {plugin!r} failed in {hook}: {type(exc).__name__}: {exc}")
        self.plugin = plugin
        self.hook = hook
        self.exc = exc


class PluginTimeout(BaseException):
    """Raised inside a plugin call that overran its time limit.

    A :class:`BaseException`, like :class:`KeyboardInterrupt`, so that a plugin's own
    ``except Exception`` does not swallow it and carry on."""


@dataclass(frozen=True, slots=True)
class Contract:
    """What a hook implementation must return: nothing, one ``kind``, or an iterable of them."""

    shape: str  # "none", "one" or "many"
    kind: type | tuple[type, ...] = object

    def check(self, result: Any) -> Any:
        """The result, materialized (a tuple for "many"); raises TypeError when it is wrong."""
        if result is None or self.shape == "none":
            return None
        if self.shape == "one":
            if not isinstance(result, self.kind):
                raise TypeError(f"returned {_type_name(result)}, expected {self._kinds()}")
            return result
        if isinstance(result, (str, bytes, Mapping)) or not isinstance(result, Iterable):
            raise TypeError(
                f"returned {_type_name(result)}, expected an iterable of {self._kinds()}"
            )
        items = tuple(result)
        for item in items:
            if not isinstance(item, self.kind):
                raise TypeError(
                    f"returned an item of type {_type_name(item)}, expected {self._kinds()}"
                )
        return items

    def _kinds(self) -> str:
        kinds = self.kind if isinstance(self.kind, tuple) else (self.kind,)
        return " or ".join(k.__name__ for k in kinds)


def _type_name(x: Any) -> str:
    return type(x).__name__


#: The result each hook's implementations must give (see :mod:`claimcheck.hookspecs`).
CONTRACTS: Mapping[str, Contract] = {
    "claimcheck_configure": Contract("none"),
    "claimcheck_read_document": Contract("one", Document),
    "claimcheck_publication_date": Contract("one", dt.date),
    "claimcheck_segment": Contract("many", Segment),
    "claimcheck_extract": Contract("many", RawMention),
    "claimcheck_normalize": Contract("many", Mention),
    "claimcheck_attributes": Contract("many", AttributeSpec),
    "claimcheck_frame_claims": Contract("many", Claim),
    "claimcheck_align": Contract("many", Alignment),
    "claimcheck_rules": Contract("many", RuleSpec),
    "claimcheck_findings": Contract("many", Finding),
    "claimcheck_formatters": Contract("many", FormatterSpec),
}


#: Seconds a watchdog thread waits with nothing to watch before it ends.
_IDLE = 5.0


class Watchdog:
    """Interrupts plugin calls that overrun their time limit.

    A call is *armed* with a deadline on the thread that makes it; when the deadline passes,
    this watchdog's daemon thread raises :class:`PluginTimeout` inside that thread
    (``PyThreadState_SetAsyncExc``), so the plugin's Python code stops where it is. Code
    running inside one long C call (a catastrophic regular expression, a blocking read) is
    interrupted only when that call returns.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: dict[int, tuple[float, int]] = {}  # token -> (deadline, thread id)
        self._fired: set[int] = set()
        self._tokens = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._wakes_at = math.inf  # when the watchdog thread next looks, unless notified

    def arm(self, seconds: float) -> int:
        with self._cond:
            token = next(self._tokens)
            deadline = time.monotonic() + seconds
            self._armed[token] = (deadline, threading.get_ident())
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._loop, name="claimcheck-watchdog", daemon=True
                )
                self._thread.start()
            if deadline < self._wakes_at:  # otherwise it looks in time anyway: no wake-up
                self._cond.notify()
        return token

    def disarm(self, token: int) -> None:
        """End an armed call; an interruption not yet delivered is withdrawn."""
        with self._cond:
            self._armed.pop(token, None)
            if token in self._fired:
                self._fired.discard(token)
                _async_raise(threading.get_ident(), None)

    def _loop(self) -> None:
        with self._cond:
            while True:
                if not self._armed:
                    self._wakes_at = math.inf
                    if not self._cond.wait(_IDLE) and not self._armed:
                        self._thread = None  # idle: end; the next arm starts a new thread
                        return
                    continue
                token, (deadline, tid) = min(self._armed.items(), key=lambda kv: kv[1][0])
                delay = deadline - time.monotonic()
                if delay > 0:
                    self._wakes_at = deadline
                    self._cond.wait(delay)
                    continue
                del self._armed[token]
                self._fired.add(token)
                _async_raise(tid, PluginTimeout)


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in another thread at its next bytecode (``None`` withdraws a pending one)."""
    import ctypes  # only when a plugin overruns its time limit

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


class Supervisor:
    """Runs plugin code for one manager: time limits, failure records, result attribution."""

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout
        self.failures: list[PluginFailure] = []
        # per calling thread (plain dicts: a threading.local freed by the garbage collector
        # can deadlock against sys._current_frames(), which the server's watchdog uses)
        self._provenance: dict[int, dict[int, str]] = {}
        self._chains: dict[int, list[Any]] = {}
        self._watchdog = Watchdog()

    @property
    def provenance(self) -> dict[int, str]:
        """Which plugin returned each item of the hook call in progress (by ``id``)."""
        return self._provenance.setdefault(threading.get_ident(), {})

    def chain(self) -> list[Any]:
        """The findings list a chained ``claimcheck_findings`` call is editing."""
        return self._chains.setdefault(threading.get_ident(), [])

    def set_chain(self, items: list[Any] | None) -> None:
        if items is None:
            self._chains.pop(threading.get_ident(), None)
        else:
            self._chains[threading.get_ident()] = items

    def call(self, plugin: str, where: str, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` within the time limit; a failure is recorded and gives ``None``.

        Input errors (:class:`~claimcheck.reading.DocumentError`) are the document's fault,
        not the plugin's: they propagate.
        """
        token = self._watchdog.arm(self.timeout) if self.timeout else 0
        try:
            try:
                return fn(*args)
            finally:
                if token:
                    self._watchdog.disarm(token)
        except DocumentError:
            raise
        except PluginTimeout:
            if token:
                self._watchdog.disarm(token)
            problem = RuntimeError(f"no result within {self.timeout:g} s; its work was stopped")
            self.failures.append(PluginFailure(plugin, where, problem))
        except Exception as exc:
            self.failures.append(PluginFailure(plugin, where, exc))
        return None


def guard_impls(pm: Any, plugin: object, name: str, sup: Supervisor) -> None:
    """Wrap every hook implementation of a registered ``plugin`` in a guard."""
    for caller in pm.get_hookcallers(plugin) or ():
        for impl in caller.get_hookimpls():
            if impl.plugin is not plugin:
                continue
            if impl.wrapper or impl.hookwrapper:
                impl.function = _guard_wrapper(impl.function, name, caller.name, sup)
            else:
                impl.function = _guard_impl(impl.function, name, caller.name, sup)


def _guard_impl(fn: Callable[..., Any], plugin: str, hook: str, sup: Supervisor) -> Any:
    contract = CONTRACTS.get(hook, Contract("one", object))

    def run(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return contract.check(fn(*args, **kwargs))

    def guarded(*args: Any, **kwargs: Any) -> Any:
        result = sup.call(plugin, hook, run, args, kwargs)
        if contract.shape != "many" or result is None:
            return result
        if hook == "claimcheck_rules":
            result = tuple(replace(spec, plugin=plugin) for spec in result)
        if hook == "claimcheck_findings":
            # chained: the next implementation sees this one's findings
            sup.chain()[:] = result
            return None
        prov = sup.provenance
        for item in result:
            prov[id(item)] = plugin
        return result

    guarded.__wrapped__ = fn  # type: ignore[attr-defined]
    return guarded


def _guard_wrapper(fn: Callable[..., Any], plugin: str, hook: str, sup: Supervisor) -> Any:
    """A wrapper generator that reports its plugin's failures instead of raising them."""

    def guarded(*args: Any, **kwargs: Any) -> Generator[None, Any, Any]:
        gen = _start_wrapper(fn, args, kwargs, plugin, hook, sup)
        try:
            inner = yield
        except BaseException as exc:  # an input error or an interrupt from inside
            if gen is None:
                raise
            return _throw_wrapper(gen, exc)
        if gen is None:
            return inner
        return _finish_wrapper(gen, inner, plugin, hook, sup)

    guarded.__wrapped__ = fn  # type: ignore[attr-defined]
    return guarded


def _start_wrapper(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    plugin: str,
    hook: str,
    sup: Supervisor,
) -> Generator[Any, Any, Any] | None:
    """The wrapper's generator, run to its ``yield``; ``None`` when it failed before that."""
    try:
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    except StopIteration:
        sup.failures.append(PluginFailure(plugin, hook, RuntimeError("wrapper did not yield")))
    except DocumentError:
        raise
    except Exception as exc:
        sup.failures.append(PluginFailure(plugin, hook, exc))
    return None


def _throw_wrapper(gen: Generator[Any, Any, Any], exc: BaseException) -> Any:
    try:
        gen.throw(exc)
    except StopIteration as stop:
        return stop.value
    raise exc


def _finish_wrapper(
    gen: Generator[Any, Any, Any], inner: Any, plugin: str, hook: str, sup: Supervisor
) -> Any:
    try:
        gen.send(inner)
    except StopIteration as stop:
        return stop.value if stop.value is not None or _new_style(inner) else inner
    except DocumentError:
        raise
    except Exception as exc:
        sup.failures.append(PluginFailure(plugin, hook, exc))
        return inner
    gen.close()
    sup.failures.append(PluginFailure(plugin, hook, RuntimeError("wrapper yielded more than once")))
    return inner


def _new_style(inner: Any) -> bool:
    """Whether ``inner`` is a plain result (new-style wrappers) rather than pluggy's Result."""
    from pluggy import Result

    return not isinstance(inner, Result)
