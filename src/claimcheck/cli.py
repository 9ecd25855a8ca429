"""The ``claimcheck`` command line.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage,
configuration or input error, or a plugin failure. Every error is one line on stderr,
``claimcheck: error: PATH: what is wrong``; never a traceback.
"""

from __future__ import annotations

# Only what every command needs is imported here: ``claimcheck --version`` and the
# argument parser load nothing else (no dataclasses, no reporting, no engine).
import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, NamedTuple, NoReturn, TextIO

__all__ = ["main", "run"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A command-line mistake (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="claimcheck",
        description="Find where a draft's facts disagree with its sources, or sources with each other.",
    )
    from claimcheck import __version__

    p.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = _add_check(sub)
    extract = _add_extract(sub)
    _add_tools(sub)
    # scale: worker processes, Dask, the claim index
    from claimcheck.index.command import add_index_parser, add_scale_options

    add_scale_options(check, against_index=True)
    add_scale_options(extract, against_index=False)
    add_index_parser(sub)
    return p


def _add_check(sub: Any) -> argparse.ArgumentParser:
    """``claimcheck check``: the paths, the sources and what to report."""
    c = sub.add_parser("check", help="check documents for conflicting claims")
    c.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (.txt .md .html); - for stdin"
    )
    c.add_argument(
        "--against",
        nargs="+",
        default=[],
        metavar="PATH",
        help="sources: PATHs become drafts, checked against these",
    )
    c.add_argument(
        "--clusters",
        choices=("one", "folders"),
        default="one",
        help="one: every PATH's documents are compared with each other (the default); "
        "folders: the documents of each folder form a cluster of their own",
    )
    _report_options(c, "text, json, concise, sarif, github, gitlab, junit, rdjson, html")
    c.add_argument("--published", metavar="DATE", help="publication date for documents without one")
    c.add_argument("--select", metavar="CODES", help="comma-separated code prefixes to run")
    c.add_argument("--ignore", metavar="CODES", help="comma-separated code prefixes to leave out")
    c.add_argument("--min-severity", choices=("info", "warning", "error"), help="what to show")
    c.add_argument(
        "--fail-on",
        metavar="WHAT",
        help="what makes the exit code 1: info, warning, error (the default) or never, "
        "and/or rule codes, comma-separated (e.g. error,CC910)",
    )
    c.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: $CLAIMCHECK_CONFIG, else nearest)",
    )
    c.add_argument(
        "--statistics", action="store_true", help="show how many findings each rule made"
    )
    _cache_option(c)
    c.add_argument(
        "--baseline", metavar="FILE", help="leave out the findings recorded in this baseline file"
    )
    c.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record the current findings in FILE; later runs with --baseline FILE "
        "report only new ones",
    )
    return c


def _add_extract(sub: Any) -> argparse.ArgumentParser:
    """``claimcheck extract``: mentions (and, with --claims, statements) as read."""
    e = sub.add_parser("extract", help="list every mention with its normalized value")
    e.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - for stdin")
    _report_options(e, "text or json")
    e.add_argument("--published", metavar="DATE")
    e.add_argument("--config", metavar="FILE")
    e.add_argument(
        "--claims",
        action="store_true",
        help="list each statement's frame (event, attribute, value) and what it was aligned with",
    )
    _cache_option(e)
    return e


def _cache_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the caches of compiled patterns and record methods in the"
        " user's cache directory",
    )


def _add_tools(sub: Any) -> None:
    """The other commands: rules and their pages, the servers, completion, configuration."""
    r = sub.add_parser("rules", help="list every rule: code, name, severity, summary")
    r.add_argument("--format", default="text", choices=("text", "json"))
    r.add_argument("--config", metavar="FILE")

    one = sub.add_parser("rule", help="show one rule's documentation")
    one.add_argument("code", metavar="CODE")
    one.add_argument("--config", metavar="FILE")

    s = sub.add_parser("serve", help="run the HTTP check for CMS hooks")
    from claimcheck.http.options import add_serve_arguments

    add_serve_arguments(s)

    ls = sub.add_parser("lsp", help="run the language server for editors (on stdin/stdout)")
    ls.add_argument("--config", metavar="FILE", help="configuration file for every draft")
    ls.add_argument("--stdio", action="store_true", help="talk over stdin/stdout (the default)")
    ls.add_argument(
        "--index",
        metavar="FILE",
        help="a claim index (claimcheck index) holding sources: those are not analysed again",
    )

    comp = sub.add_parser("completion", help="print a shell completion script")
    comp.add_argument("shell", choices=("bash", "zsh", "tcsh"), help="the shell to complete for")

    g = sub.add_parser(
        "config", help="show the effective configuration and where each value came from"
    )
    g.add_argument("--config", metavar="FILE")
    g.add_argument("--format", default="text", choices=("text", "json"))


def _report_options(p: argparse.ArgumentParser, formats: str) -> None:
    """Options shared by ``check`` and ``extract``: where and how the report goes."""
    p.add_argument(
        "--format",
        action="append",
        metavar="FORMAT",
        help=f"{formats}; repeat with --output for several reports in one run",
    )
    p.add_argument(
        "--output",
        "-o",
        action="append",
        metavar="FILE",
        help="write the report of the --format in the same position here (default: stdout)",
    )
    p.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="for PATH -: the name, format and configuration of the document on stdin",
    )
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default=None,
        help="colour on stdout (default auto: on a terminal; $NO_COLOR and $FORCE_COLOR apply)",
    )
    p.add_argument("--no-color", action="store_true", help="the same as --color never")
    p.add_argument(
        "-q", "--quiet", action="store_true", help="print findings only: no summary or notes"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")


def run() -> NoReturn:
    """The console script: :func:`main`, then exit at once.

    A check is a short process: the cyclic garbage collector runs rarely, and the interpreter's
    teardown (freeing every object one by one) is skipped once the output is flushed.
    """
    import gc

    gc.set_threshold(100_000, 50, 100)
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    os._exit(code)


def _err(message: str, stream: TextIO | None = None) -> None:
    print(f"claimcheck: error: {message}", file=stream or sys.stderr)


def _note(message: str, quiet: bool = False) -> None:
    if not quiet:
        print(f"claimcheck: note: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for a user
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (set CLAIMCHECK_DEBUG=1 for details)")
        return EXIT_ERROR


def _load_config(args: argparse.Namespace, file: str | None = None):  # type: ignore[no-untyped-def]
    """``--config``, else ``file`` (found for the checked paths), else the nearest one."""
    from claimcheck.config import ConfigError, load_config

    try:
        if args.config or file:
            return load_config(args.config or file)
        return load_config()
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _main(argv: list[str]) -> int:
    if argv == ["--version"]:  # answered without building the parser: a common probe
        from claimcheck import __version__

        print(f"claimcheck {__version__}")
        return EXIT_OK
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_ERROR
    if args.command in ("completion", "config"):
        return _command(args)
    from claimcheck.language.method_cache import kept_methods
    from claimcheck.language.pattern_cache import kept_patterns

    cached = not getattr(args, "no_cache", False)
    with kept_methods(enabled=cached), kept_patterns(enabled=cached):
        return _command(args)


def _command(args: argparse.Namespace) -> int:
    if args.command in ("check", "extract"):
        return _check(args)
    if args.command == "rules":
        return _rules(args)
    if args.command == "rule":
        return _rule(args)
    if args.command == "config":
        return _config(args)
    if args.command == "completion":
        return _completion(args)
    if args.command == "index":
        from claimcheck.index.command import OptionError, index_run

        try:
            return index_run(args, _load_config(args))
        except OptionError as exc:
            raise UsageError(str(exc)) from None
    if args.command == "lsp":
        from claimcheck.lsp import serve_stdio

        return serve_stdio(args.config, args.index)
    if args.command == "serve":
        from claimcheck.http.options import serve_options
        from claimcheck.http.server import serve

        return serve(config=_load_config(args), **serve_options(args))
    raise UsageError(f"unknown command {args.command!r}")


class _Report(NamedTuple):
    """One report of a run: a format and where it goes (``None``: stdout)."""

    name: str
    spec: Any
    output: str | None


def _check(args: argparse.Namespace) -> int:
    from claimcheck.engine import collection_paused

    # the run's records live until its report is written: a full collection on the way
    # would walk all of them again, for no cycle to free
    with collection_paused():
        return _check_paths(args)


def _check_paths(args: argparse.Namespace) -> int:
    from claimcheck.engine import default_published

    if not args.paths:
        raise UsageError(f"{args.command}: give at least one file or folder to check")
    try:
        published = default_published(args.published)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    fail_severity, fail_codes = _fail_on(getattr(args, "fail_on", None))
    stdin = _read_stdin(args)
    runs = []
    reports: list[_Report] = []
    for file, paths in _config_groups(args, stdin):
        config = _check_config(args, file, fail_severity)
        engine = _engine(config)
        reports = reports or _reports(args, engine)
        runs.append((_run(args, engine, paths, published, stdin), config))
    if args.command == "check" and args.write_baseline:
        _write_baseline(args, [r for r, _ in runs])
    exits = [_exit_code(args, r, config.fail_on, fail_codes) for r, config in runs]
    result = _merge([r for r, _ in runs])
    # the same documents give the same report, whatever order their paths were given in
    result.documents = sorted(result.documents, key=lambda d: d.path)
    result.findings = [_ordered(f) for f in result.findings]
    from claimcheck.reporting.escape import printable

    for e in result.errors:
        _err(f"{printable(e.path)}: {printable(e.message)}")
    for f in result.failures:
        _err(printable(str(f)))
    _emit(args, result, reports)
    return max(exits)


def _ordered(finding: Any) -> Any:
    """A finding with its related statements in document order, not in load order."""
    from dataclasses import replace

    related = tuple(sorted(finding.related, key=lambda r: (r.path, r.start, r.end)))
    return finding if related == finding.related else replace(finding, related=related)


def _fail_on(value: str | None) -> tuple[str | None, tuple[str, ...]]:
    """``--fail-on``: a severity (or ``never``) and rule codes or prefixes, comma-separated."""
    import re

    from claimcheck.config import FAIL_ON

    if value is None:
        return None, ()
    severity: str | None = None
    codes: list[str] = []
    for item in (x.strip() for x in value.split(",") if x.strip()):
        if item.lower() in FAIL_ON:
            if severity is not None:
                raise UsageError(f"--fail-on: give one severity, not {severity!r} and {item!r}")
            severity = item.lower()
        elif re.fullmatch(r"[A-Za-z]{2,4}[0-9]{0,3}", item):
            codes.append(item.upper())
        else:
            raise UsageError(
                f"--fail-on: {item!r} is neither a severity ({', '.join(FAIL_ON)}) nor a rule code"
            )
    return severity, tuple(codes)


def _config_groups(args: argparse.Namespace, stdin: Any) -> list[tuple[str | None, list[str]]]:
    """The paths grouped by the configuration file that applies to each, in order.

    ``--config`` (or ``$CLAIMCHECK_CONFIG``) puts every path in one group; otherwise each path
    takes the nearest configuration above it, as ruff does, and paths under different files
    are checked as separate runs.
    """
    from claimcheck.config import ENV_CONFIG, ConfigError, config_file_for

    if args.config or os.environ.get(ENV_CONFIG):
        return [(None, list(args.paths))]
    groups: dict[str | None, list[str]] = {}
    for path in args.paths:
        where = (
            (stdin.name if stdin is not None and stdin.name != "-" else ".")
            if path == "-"
            else path
        )
        try:
            found = config_file_for(where)
        except ConfigError as exc:
            raise UsageError(str(exc)) from None
        groups.setdefault(str(found) if found else None, []).append(path)
    return list(groups.items())


def _check_config(args: argparse.Namespace, file: str | None, fail_severity: str | None):  # type: ignore[no-untyped-def]
    from claimcheck.config import load_config, parse_codes

    if args.config or file or not _no_env_config():
        config = _load_config(args, file)
    else:  # no configuration above the paths: the defaults
        config = load_config(search=False)
    if args.command != "check":
        return config
    config = config.with_overrides(
        select=_codes_option("--select", parse_codes(args.select)),
        ignore=_codes_option("--ignore", parse_codes(args.ignore)),
        min_severity=args.min_severity,
        fail_on=fail_severity,
        baseline=os.path.abspath(args.baseline) if args.baseline else None,
    )
    if args.write_baseline:  # record every finding: the run applies no baseline
        from dataclasses import replace

        config = replace(config, baseline=None)
    return config


def _no_env_config() -> bool:
    from claimcheck.config import ENV_CONFIG

    return not os.environ.get(ENV_CONFIG)


def _engine(config):  # type: ignore[no-untyped-def]
    from claimcheck.engine import Engine
    from claimcheck.manager.facade import PluginError

    try:
        engine = Engine(config)
        engine.pm.formatters()
        _validate_config(config, engine)
    except PluginError as exc:
        raise UsageError(str(exc)) from None
    return engine


def _reports(args: argparse.Namespace, engine) -> list[_Report]:  # type: ignore[no-untyped-def]
    """Pair each ``--format`` with the ``--output`` in the same position; check both."""
    from claimcheck.reporting.output import OutputError, check_target

    formatters = engine.pm.formatters()
    names = args.format or ["text"]
    outputs = args.output or []
    if len(outputs) > len(names):
        raise UsageError("each --output needs a --format before or after it, in the same order")
    reports = []
    for i, name in enumerate(names):
        spec = formatters.get(name)
        if spec is None or args.command not in spec.commands:
            choices = sorted(n for n, f in formatters.items() if args.command in f.commands)
            raise UsageError(f"unknown --format {name!r} (choose from {', '.join(choices)})")
        reports.append(_Report(name, spec, outputs[i] if i < len(outputs) else None))
    if sum(r.output is None for r in reports) > 1:
        raise UsageError("only one report can go to stdout: give an --output for the others")
    targets = [r.output for r in reports if r.output]
    if getattr(args, "write_baseline", None):
        targets.append(args.write_baseline)
    if len(set(map(os.path.abspath, targets))) < len(targets):
        raise UsageError("two reports would be written to the same file")
    for target in targets:
        try:
            check_target(target, [p for p in _all_paths(args) if os.path.isfile(p)])
        except OutputError as exc:
            raise UsageError(str(exc)) from None
    return reports


def _all_paths(args: argparse.Namespace) -> list[str]:
    return [p for p in (*args.paths, *getattr(args, "against", [])) if p != "-"]


def _run(args: argparse.Namespace, engine, paths: list[str], published, stdin):  # type: ignore[no-untyped-def]
    """Read and check (or, for ``extract``, read and analyse) one group of paths."""
    from claimcheck.reporting.progress import Progress

    if args.command == "check":
        _read_baseline(args, engine.config)  # a bad file is a usage error before the run
    import contextlib

    from claimcheck.index.command import OptionError, analyzer, load_against_index

    stack = contextlib.ExitStack()
    try:
        if getattr(args, "against_index", None):
            docs, errors, analyze = load_against_index(args, engine, paths, published, stack)
        else:
            skipped: list[str] = []
            docs, errors = engine.load_paths(
                paths,
                against=getattr(args, "against", []),
                published=published,
                focus=args.command == "check",
                skipped=skipped,
                stdin=stdin,
            )
            if skipped:
                _note(_skipped_notice(skipped), args.quiet)
            frame = args.command == "check" or bool(getattr(args, "claims", False))
            analyze = analyzer(args, engine, frame=frame, stack=stack)
    except OptionError as exc:
        stack.close()
        raise UsageError(str(exc)) from None
    if getattr(args, "clusters", "one") == "folders" and any(d.role == "draft" for d in docs):
        stack.close()
        raise UsageError("--clusters folders compares peers; a run with drafts cannot use it")
    progress = Progress(
        enabled=False if (args.no_progress or args.quiet) else None,
        label="reading" if args.command == "extract" else "checking",
    )
    try:
        if args.command == "extract" and not args.claims:
            result = _extract(engine, docs, errors, progress, analyze)
        elif getattr(args, "clusters", "one") == "folders":
            result = _by_folder(engine, docs, errors, progress, analyze, args)
        else:
            result = engine.run(docs, errors=errors, progress=progress, analyze=analyze)
    finally:
        progress.close()
        stack.close()
    for note in result.notes:  # what the findings phase left out (the baseline)
        _note(note.message, args.quiet)
    return result


def _extract(engine, docs, errors, progress, analyze):  # type: ignore[no-untyped-def]
    from claimcheck.engine import RunResult

    analyses = {}
    for i, (d, a) in enumerate(zip(docs, analyze(docs))):
        analyses[d.id] = a
        progress(i + 1, len(docs), d.path)
    return RunResult(
        documents=docs,
        analyses=analyses,
        findings=[],
        errors=errors,
        failures=engine.pm.take_failures(),
        rules={},
        config=engine.config,
    )


def _by_folder(engine, docs, errors, progress, analyze, args):  # type: ignore[no-untyped-def]
    """``--clusters folders``: the documents of each folder checked as a cluster of their own,
    so a tree of many stories costs the sum of its clusters, not the square of its size. With
    worker processes (``--jobs``), each worker checks whole clusters; on Dask, documents are
    analysed there and the clusters checked here."""
    folders: dict[str, list[Any]] = {}
    for d in docs:
        folders.setdefault(os.path.dirname(os.path.normpath(d.path)), []).append(d)
    groups = [folders[k] for k in sorted(folders)]
    if not getattr(args, "dask", None):
        from claimcheck.parallel import plan_jobs
        from claimcheck.parallel.clusters import check_clusters

        jobs = plan_jobs(args.jobs, docs)
        results = list(check_clusters(engine, groups, jobs, progress=progress))
    else:
        analyses = {}
        produced = analyze(docs)
        for i, (d, a) in enumerate(zip(docs, produced)):
            analyses[d.id] = a
            progress(i + 1, len(docs), d.path)
        close = getattr(produced, "close", None)
        if close is not None:
            close()  # Dask's tasks stop now, before the clusters are checked
        results = [
            engine.run(group, analyze=lambda ds: (analyses[d.id] for d in ds)) for group in groups
        ]
    if not results:
        return engine.run([], errors=errors)
    results[0].errors[:0] = errors
    return _merge(results)


def _merge(results: list[Any]):  # type: ignore[no-untyped-def]
    """One result from the runs of several configuration groups."""
    from dataclasses import replace

    if len(results) == 1:
        return results[0]
    first = results[0]
    findings = sorted(
        (f for r in results for f in r.shown),
        key=lambda f: (*f.sort_key, f.fingerprint, f.message),
    )
    return replace(
        first,
        documents=[d for r in results for d in r.documents],
        analyses={k: a for r in results for k, a in r.analyses.items()},
        findings=findings,
        errors=[e for r in results for e in r.errors],
        failures=[f for r in results for f in r.failures],
        rules={c: s for r in results for c, s in r.rules.items()},
        complete=all(r.complete for r in results),
        min_severity="info",
        baselined=sum(r.baselined for r in results),
    )


def _exit_code(args: argparse.Namespace, result, fail_on: str, codes: tuple[str, ...]) -> int:  # type: ignore[no-untyped-def]
    if args.command == "extract":
        return EXIT_ERROR if (result.errors or result.failures) else EXIT_OK
    code = result.exit_code(fail_on)
    if code == EXIT_OK and any(f.code.startswith(codes) for f in result.findings) and codes:
        return EXIT_FINDINGS
    return code


def _color(args: argparse.Namespace) -> bool:
    """Colour on stdout: ``--color``, else ``$NO_COLOR``, ``$FORCE_COLOR``, a terminal."""
    mode = "never" if args.no_color else (args.color or "auto")
    if mode != "auto":
        return mode == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    return sys.stdout.isatty()


def _emit(args: argparse.Namespace, result, reports: list[_Report]) -> None:  # type: ignore[no-untyped-def]
    """Render every report: files first (written whole or not at all), then stdout."""
    from claimcheck import __version__
    from claimcheck.reporting import FormatOptions
    from claimcheck.reporting.output import OutputError, write_atomic

    inputs = [d.path for d in result.documents if d.path != "-"]
    for report in reports:
        on_stdout = report.output is None
        options = FormatOptions(
            color=on_stdout and _color(args),
            quiet=args.quiet,
            command=args.command,
            version=__version__,
        )
        if on_stdout and getattr(args, "statistics", False):
            text = _statistics(result, report.name, args.quiet)
        elif getattr(args, "claims", False):
            from claimcheck.reporting.claims import render_claims

            text = render_claims(result, report.name, __version__)
        else:
            text = report.spec.render(result, options)
        if report.output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            continue
        try:
            write_atomic(report.output, text, inputs)
        except OutputError as exc:
            raise UsageError(f"{exc.path}: cannot write report: {exc.reason}") from None


def _statistics(result, fmt: str, quiet: bool) -> str:  # type: ignore[no-untyped-def]
    """How many findings each rule made, most first (JSON when the format is ``json``)."""
    import json
    from collections import Counter

    counts = Counter((f.code, f.rule, f.severity) for f in result.shown)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if fmt == "json":
        data = [{"code": c, "name": n, "severity": s, "count": k} for (c, n, s), k in rows]
        return json.dumps(data, indent=2) + "\n"
    width = max((len(str(k)) for _, k in rows), default=1)
    lines = [f"{k:>{width}}  {c}  {n}  [{s}]" for (c, n, s), k in rows]
    if not quiet:
        total = sum(counts.values())
        lines.append(
            f"{total} finding{'s' if total != 1 else ''} in {len(result.documents)} documents."
        )
    return "".join(f"{x}\n" for x in lines)


def _read_stdin(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The document on standard input when a PATH is ``-``."""
    from claimcheck.reading.files import SUFFIX_FORMATS, StdinDocument

    if args.paths.count("-") + getattr(args, "against", []).count("-") > 1:
        raise UsageError("- (standard input) can be given only once")
    if "-" not in args.paths and "-" not in getattr(args, "against", []):
        if args.stdin_filename:
            raise UsageError("--stdin-filename needs - among the paths")
        return None
    name = args.stdin_filename or "-"
    suffix = os.path.splitext(name)[1].lower()
    if args.stdin_filename and suffix not in SUFFIX_FORMATS:
        raise UsageError(
            f"--stdin-filename {name!r}: unsupported file type {suffix or '(none)'!r} "
            f"(expected {', '.join(SUFFIX_FORMATS)})"
        )
    return StdinDocument(name=name, data=sys.stdin.buffer.read())


def _codes_option(option: str, codes: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """``--select``/``--ignore`` codes, each a rule code or prefix (``CC1``, ``CC101``)."""
    import re

    for code in codes or ():
        if not re.fullmatch(r"[A-Z]{2,4}[0-9]{0,3}", code):
            raise UsageError(f"{option}: {code!r} is not a rule code or prefix like CC1 or CC101")
    return codes


def _plugin_names() -> list[str]:
    """Every plugin name configuration may refer to: the core's and the installed ones."""
    from claimcheck.manager.builtin import DEFAULT_PLUGINS
    from claimcheck.manager.entrypoints import entry_points
    from claimcheck.plugin import PROJECT

    return sorted({*DEFAULT_PLUGINS, *(ep.name for ep in entry_points(PROJECT))})


def _validate_config(config, engine) -> None:  # type: ignore[no-untyped-def]
    """Check rule codes, rule options and plugin names against the loaded plugins."""
    from claimcheck.config import ConfigError, check_against_plugins

    try:
        check_against_plugins(config, engine.pm.rules(), _plugin_names())
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _skipped_notice(skipped: list[str], limit: int = 3) -> str:
    names = ", ".join(skipped[:limit]) + (
        f" and {len(skipped) - limit} more" if len(skipped) > limit else ""
    )
    n = len(skipped)
    return (
        f"{n} file{'s' if n != 1 else ''} not checked on {'their' if n != 1 else 'its'} own "
        f"(not a draft; sources are checked with their drafts): {names}"
    )


def _read_baseline(args: argparse.Namespace, config):  # type: ignore[no-untyped-def]
    """The baseline to apply, read before the run so a bad file fails fast."""
    from claimcheck.findings.baseline import Baseline, BaselineError

    if args.write_baseline or not config.baseline:
        return None
    try:
        return Baseline.load(config.baseline)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None


def _write_baseline(args: argparse.Namespace, results: list[Any]) -> None:
    """``--write-baseline``: record the findings of runs without errors, then leave them out."""
    from claimcheck.findings.baseline import Baseline, BaselineError

    if any(r.errors or r.failures for r in results):
        _err(f"{args.write_baseline}: baseline not written: the run had errors (see above)")
        return
    findings = [f for r in results for f in r.findings]
    baseline = Baseline.from_findings(args.write_baseline, findings)
    try:
        baseline.write()
    except BaselineError as exc:
        raise UsageError(str(exc)) from None
    n = len(baseline.entries)
    _note(
        f"recorded {n} finding{'s' if n != 1 else ''} in baseline {args.write_baseline}", args.quiet
    )
    for result in results:
        match = baseline.apply(result.findings, [d.path for d in result.documents])
        result.findings = match.kept
        result.baselined = match.matched


def _rules(args: argparse.Namespace) -> int:
    from claimcheck.engine import Engine

    engine = Engine(_load_config(args))
    rules = engine.pm.rules()
    if args.format == "json":
        import json

        data = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.default_severity,
                "summary": r.summary,
                "plugin": r.plugin,
            }
            for r in rules.values()
        ]
        print(json.dumps(data, indent=2))
    else:
        w = max((len(r.name) for r in rules.values()), default=0)
        for r in rules.values():
            print(
                f"{r.code}  {r.name.ljust(w)}  {r.default_severity:<7}  {r.summary}  [{r.plugin}]"
            )
    failures = engine.pm.take_failures()
    for f in failures:
        _err(str(f))
    return EXIT_ERROR if failures else EXIT_OK


def _rule(args: argparse.Namespace) -> int:
    from claimcheck.engine import Engine

    engine = Engine(_load_config(args))
    rules = engine.pm.rules()
    code = args.code.upper()
    spec = rules.get(code) or next((r for r in rules.values() if r.name == args.code), None)
    if spec is None:
        raise UsageError(f"unknown rule {args.code!r} (see 'claimcheck rules')")
    print(
        f"{spec.code} {spec.name} (default severity: {spec.default_severity}; plugin: {spec.plugin})\n"
    )
    print(spec.doc.strip() or spec.summary)
    return EXIT_OK


def _completion(args: argparse.Namespace) -> int:
    """A completion script generated from the parser itself, so it never falls behind."""
    import shtab

    print(shtab.complete(_parser(), shell=args.shell))
    return EXIT_OK


def _config(args: argparse.Namespace) -> int:
    from claimcheck.engine import Engine
    from claimcheck.manager.facade import PluginError

    config = _load_config(args)
    try:
        engine = Engine(config)
        _validate_config(config, engine)
    except PluginError as exc:
        raise UsageError(str(exc)) from None
    plugins = engine.pm.plugin_names()
    data = config.to_json()
    if args.format == "json":
        import json

        print(
            json.dumps(
                {
                    "file": config.path,
                    "values": data,
                    "origins": dict(config.origins),
                    "plugins": plugins,
                },
                indent=2,
            )
        )
        return EXIT_OK
    print(_render_config(config, data, plugins), end="")
    return EXIT_OK


def _render_config(config, data: dict, plugins: list[str]) -> str:  # type: ignore[no-untyped-def]
    """The effective configuration as TOML, each key followed by where it came from."""
    lines = [
        "# effective claimcheck configuration",
        f"# file: {config.path or '(none found: built-in defaults)'}",
        f"# plugins: {', '.join(plugins)}",
    ]
    scalars = [(k, v) for k, v in data.items() if not isinstance(v, dict)]
    tables = [(k, v) for k, v in data.items() if isinstance(v, dict)]
    rows = []
    for key, val in scalars:
        left = f"# {key} is not set" if val is None else f"{key} = {_toml(val)}"
        rows.append((left, config.origins.get(key, "default")))
    width = max((len(r[0]) for r in rows), default=0)
    lines.extend(f"{left.ljust(width)}  # {origin}" for left, origin in rows)
    for key, table in tables:
        origin = config.origins.get(key, "default")
        if key == "rules":
            if not table:
                lines.extend(["", f"[rules]  # {origin}: none"])
            for code, opts in table.items():
                lines.extend(["", f"[rules.{code}]  # {origin}"])
                lines.extend(f"{_toml_key(k)} = {_toml(v)}" for k, v in opts.items())
            continue
        lines.extend(["", f"[{key}]  # {origin}" + ("" if table else ": empty")])
        lines.extend(f"{_toml_key(k)} = {_toml(v)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


def _toml_key(key: str) -> str:
    import re

    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml(key)


def _toml(value: object) -> str:
    """A TOML literal for a configuration value."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
