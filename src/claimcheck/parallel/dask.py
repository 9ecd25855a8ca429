"""Document analysis on a Dask distributed cluster (``--dask ADDRESS``, or ``--dask local``).

Each Dask worker builds an :class:`~claimcheck.engine.Engine` from the run's configuration
once (kept on the worker, keyed by the configuration) and analyses batches of documents; the
analyses come back to the calling process in document order. Dask is an optional extra:
``pip install 'claimcheck[dask]'``.
"""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from claimcheck.config import Config
from claimcheck.engine import Analysis, Engine
from claimcheck.manager.facade import PluginFailure
from claimcheck.model import Document

__all__ = ["DaskUnavailable", "dask_analyzer"]

#: Documents per Dask task.
BATCH = 64
#: Seconds to wait for a scheduler to answer.
CONNECT_TIMEOUT = 30

_Failure = tuple[str, str, BaseException]


class DaskUnavailable(Exception):
    """Dask is not installed, or the scheduler cannot be reached."""


def dask_analyzer(
    address: str,
    engine: Engine,
    *,
    frame: bool = True,
    stack: contextlib.ExitStack,
    finish: Callable[[Analysis], Any] | None = None,
) -> Callable[[Sequence[Document]], Iterator[Any]]:
    """What analyses documents on the cluster at ``address`` (``local``: a new LocalCluster
    on this machine). The client and any cluster started are closed with ``stack``. With
    ``finish`` (a module-level function), what comes back is ``finish`` of each analysis,
    computed on the Dask worker."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable("--dask needs Dask: pip install 'claimcheck[dask]'") from None
    try:
        if address == "local":
            cluster = stack.enter_context(
                LocalCluster(processes=True, host="127.0.0.1", dashboard_address=None)
            )
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(address, timeout=CONNECT_TIMEOUT))
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailable(f"--dask {address}: cannot reach the scheduler ({exc})") from None
    config = pickle.dumps(engine.config)

    def analyze(docs: Sequence[Document]) -> Iterator[Any]:
        batches = [list(docs[i : i + BATCH]) for i in range(0, len(docs), BATCH)]
        futures = client.map(
            _analyze_batch, batches, config=config, frame=frame, finish=finish, pure=False
        )
        try:
            for fut in futures:
                for result, failures in fut.result():
                    engine.pm.failures.extend(PluginFailure(*f) for f in failures)
                    yield result
        finally:
            client.cancel(futures)

    return analyze


def _analyze_batch(
    docs: list[Document],
    *,
    config: bytes,
    frame: bool,
    finish: Callable[[Analysis], Any] | None = None,
) -> list[tuple[Any, list[_Failure]]]:
    """A Dask task: analyse a batch with the worker's engine for ``config``."""
    from claimcheck.parallel.processes import analyze_one, whole

    engine = _worker_engine(config)
    return [analyze_one(engine, d, frame, finish or whole) for d in docs]


def _worker_engine(config: bytes) -> Engine:
    """The engine of this Dask worker for a configuration, built on first use."""
    from distributed import get_worker

    worker: Any = get_worker()
    engines: dict[bytes, Engine] | None = getattr(worker, "_claimcheck_engines", None)
    if engines is None:
        engines = {}
        worker._claimcheck_engines = engines
    if config not in engines:
        cfg: Config = pickle.loads(config)
        engines[config] = Engine(cfg)
    return engines[config]
