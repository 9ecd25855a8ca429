"""The command-line side of scale: ``claimcheck index``, and ``--jobs``, ``--dask`` and
``--against-index`` of ``check`` (``--jobs`` and ``--dask`` of ``extract`` too)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser is built without loading the engine
    from claimcheck.engine import Analysis, Engine
    from claimcheck.index.store import ClaimIndex
    from claimcheck.model import Document, InputError


__all__ = [
    "OptionError",
    "add_index_parser",
    "add_scale_options",
    "analyzer",
    "index_run",
    "load_against_index",
]

Analyzer = Callable[["Sequence[Document]"], "Iterable[Analysis]"]


class OptionError(Exception):
    """A scale option that cannot be honoured (exit 2, one line)."""


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of processes, 1 or more: {text!r}"
        )
    return n


def add_scale_options(parser: argparse.ArgumentParser, *, against_index: bool) -> None:
    """``--jobs`` and ``--dask``, and with ``against_index`` the options of a check against a
    claim index."""
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        metavar="N",
        help="analyse documents in N worker processes (default: the cores available)",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="analyse documents on the Dask cluster at ADDRESS, or 'local' for a new "
        "LocalCluster (needs claimcheck[dask])",
    )
    if against_index:
        parser.add_argument(
            "--against-index",
            metavar="FILE",
            help="check PATHs as drafts against the documents of this claim index",
        )
        parser.add_argument(
            "--index-limit",
            type=_jobs,
            metavar="N",
            help="sources retrieved from the index per draft, at most (default 25)",
        )


def add_index_parser(sub: argparse._SubParsersAction) -> None:
    """The ``index`` subcommand."""
    x = sub.add_parser("index", help="store analysed documents and their claims in a claim index")
    x.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (.txt .md .html)")
    x.add_argument("--db", required=True, metavar="FILE", help="the index (SQLite; created if new)")
    x.add_argument("--published", metavar="DATE", help="publication date for documents without one")
    x.add_argument("--config", metavar="FILE", help="configuration file (default: nearest)")
    x.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    add_scale_options(x, against_index=False)


def analyzer(
    args: argparse.Namespace,
    engine: Engine,
    *,
    frame: bool,
    stack: contextlib.ExitStack,
    finish: Callable[[Analysis], Any] | None = None,
) -> Callable[[Sequence[Document]], Iterable[Any]]:
    """What analyses a run's documents: worker processes (``--jobs``) or Dask (``--dask``).
    With ``finish``, what comes back is ``finish`` of each analysis, computed by the worker."""
    if args.dask:
        if args.jobs is not None:
            raise OptionError("--jobs and --dask cannot be combined (Dask decides the workers)")
        from claimcheck.parallel.dask import DaskUnavailable, dask_analyzer

        try:
            return dask_analyzer(args.dask, engine, frame=frame, stack=stack, finish=finish)
        except DaskUnavailable as exc:
            raise OptionError(str(exc)) from None
    from claimcheck.parallel import finish_in_processes, plan_jobs
    from claimcheck.parallel.processes import whole

    done = finish or whole
    return lambda docs: finish_in_processes(
        engine, docs, plan_jobs(args.jobs, docs), done, frame=frame
    )


def load_against_index(
    args: argparse.Namespace,
    engine: Engine,
    paths: Sequence[str],
    published: object,
    stack: contextlib.ExitStack,
) -> tuple[list[Document], list[InputError], Analyzer]:
    """The documents of ``check PATHS --against-index FILE`` and what gives their analyses."""
    from claimcheck.index.query import Retrieval, against_index, read_drafts
    from claimcheck.index.store import ClaimIndex, IndexFileError

    if args.against:
        raise OptionError("--against and --against-index cannot be combined")
    try:
        index = stack.enter_context(ClaimIndex(args.against_index))
    except IndexFileError as exc:
        raise OptionError(f"{args.against_index}: {exc}") from None
    if "-" in paths:
        raise OptionError("--against-index reads drafts from files, not stdin")
    _note_if_stale(args.against_index, index, engine)
    drafts, errors = read_drafts(engine, paths, published=published)  # type: ignore[arg-type]
    retrieval = Retrieval(limit=args.index_limit) if args.index_limit else Retrieval()
    docs, analyze = against_index(engine, drafts, index, retrieval)
    return docs, errors, analyze


def _note_if_stale(path: str, index: ClaimIndex, engine: Engine) -> None:
    """Say so when the index holds analyses another claimcheck (code, plugins, configuration)
    made: they are used as they are, and may differ from what a direct check finds."""
    from claimcheck.index.build import analysis_fingerprint

    if len(index) and index.get_meta("analysis") != analysis_fingerprint(engine):
        print(
            f"claimcheck: note: {path} was built by another version of the analysis (code, "
            "plugins or configuration); run `claimcheck index` on it again for findings that "
            "match a direct check",
            file=sys.stderr,
        )


def index_run(args: argparse.Namespace, config: object) -> int:
    """``claimcheck index PATHS --db FILE``: exit 0, or 2 after input errors or plugin failures."""
    from claimcheck.engine import Engine, default_published
    from claimcheck.index.build import build_index
    from claimcheck.index.store import IndexFileError, pack
    from claimcheck.reporting.progress import Progress

    if not args.paths:
        raise OptionError("index: give at least one file or folder to index")
    try:
        published = default_published(args.published)
    except ValueError as exc:
        raise OptionError(str(exc)) from None
    engine = Engine(config)  # type: ignore[arg-type]
    for msg in engine.pm.load_errors:
        print(f"claimcheck: error: {msg}", file=sys.stderr)
    progress = Progress(enabled=False if args.no_progress else None, label="indexing")
    try:
        with contextlib.ExitStack() as stack:
            analyze = analyzer(args, engine, frame=True, stack=stack, finish=pack)
            report = build_index(
                engine, args.paths, args.db, published=published, analyze=analyze, progress=progress
            )
    except IndexFileError as exc:
        raise OptionError(f"{args.db}: {exc}") from None
    finally:
        progress.close()
    for e in report.errors:
        print(e.render(), file=sys.stderr)
    failures = list({(f.plugin, f.hook): f for f in engine.pm.failures}.values())
    for f in failures:
        print(f"claimcheck: error: {f}", file=sys.stderr)
    print(f"claimcheck: note: {report.summary(args.db)}", file=sys.stderr)
    return 2 if report.errors or failures or engine.pm.load_errors else 0
