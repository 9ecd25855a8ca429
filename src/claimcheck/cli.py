"""The ``claimcheck`` command line.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage,
configuration or input error, or a plugin failure. Every error is one line on stderr,
``claimcheck: error: PATH: what is wrong``; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

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

    c = sub.add_parser("check", help="check documents for conflicting claims")
    c.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (.txt .md .html)")
    c.add_argument(
        "--against",
        nargs="+",
        default=[],
        metavar="PATH",
        help="sources: PATHs become drafts, checked against these",
    )
    c.add_argument("--format", default="text", help="text, json, or another installed format")
    c.add_argument("--published", metavar="DATE", help="publication date for documents without one")
    c.add_argument("--select", metavar="CODES", help="comma-separated code prefixes to run")
    c.add_argument("--ignore", metavar="CODES", help="comma-separated code prefixes to leave out")
    c.add_argument("--min-severity", choices=("info", "warning", "error"), help="what to show")
    c.add_argument(
        "--fail-on",
        choices=("info", "warning", "error", "never"),
        help="what makes the exit code 1 (default error)",
    )
    c.add_argument("--config", metavar="FILE", help="configuration file (default: nearest)")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report here")
    c.add_argument("--no-color", action="store_true", help="no colour even on a terminal")
    c.add_argument(
        "--baseline", metavar="FILE", help="leave out the findings recorded in this baseline file"
    )
    c.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record the current findings in FILE; later runs with --baseline FILE "
        "report only new ones",
    )
    c.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")

    e = sub.add_parser("extract", help="list every mention with its normalized value")
    e.add_argument("paths", nargs="*", metavar="PATH")
    e.add_argument("--format", default="text", help="text or json")
    e.add_argument("--published", metavar="DATE")
    e.add_argument("--config", metavar="FILE")
    e.add_argument("--output", "-o", metavar="FILE")
    e.add_argument("--no-color", action="store_true")
    e.add_argument("--no-progress", action="store_true")

    r = sub.add_parser("rules", help="list every rule: code, name, severity, summary")
    r.add_argument("--format", default="text", choices=("text", "json"))
    r.add_argument("--config", metavar="FILE")

    one = sub.add_parser("rule", help="show one rule's documentation")
    one.add_argument("code", metavar="CODE")
    one.add_argument("--config", metavar="FILE")

    s = sub.add_parser("serve", help="run the HTTP check for CMS hooks")
    from claimcheck.http.options import add_serve_arguments

    add_serve_arguments(s)

    g = sub.add_parser(
        "config", help="show the effective configuration and where each value came from"
    )
    g.add_argument("--config", metavar="FILE")
    g.add_argument("--format", default="text", choices=("text", "json"))
    return p


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


def _note(message: str) -> None:
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


def _load_config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from claimcheck.config import ConfigError, load_config

    try:
        return load_config(args.config) if args.config else load_config()
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_ERROR
    if args.command in ("check", "extract"):
        return _check(args)
    if args.command == "rules":
        return _rules(args)
    if args.command == "rule":
        return _rule(args)
    if args.command == "config":
        return _config(args)
    if args.command == "serve":
        from claimcheck.http.options import serve_options
        from claimcheck.http.server import serve

        return serve(config=_load_config(args), **serve_options(args))
    raise UsageError(f"unknown command {args.command!r}")


def _check(args: argparse.Namespace) -> int:
    from claimcheck.config import parse_codes
    from claimcheck.engine import Engine, default_published
    from claimcheck.manager.facade import PluginError
    from claimcheck.reporting import FormatOptions

    if not args.paths:
        raise UsageError(f"{args.command}: give at least one file or folder to check")
    try:
        published = default_published(args.published)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    config = _load_config(args)
    if args.command == "check":
        config = config.with_overrides(
            select=_codes_option("--select", parse_codes(args.select)),
            ignore=_codes_option("--ignore", parse_codes(args.ignore)),
            min_severity=args.min_severity,
            fail_on=args.fail_on,
            baseline=os.path.abspath(args.baseline) if args.baseline else None,
        )
    try:
        engine = Engine(config)
        formatters = engine.pm.formatters()
        _validate_config(config, engine)
    except PluginError as exc:
        raise UsageError(str(exc)) from None
    for msg in engine.pm.load_errors:
        _err(msg)
    spec = formatters.get(args.format)
    if spec is None or args.command not in spec.commands:
        names = sorted(n for n, f in formatters.items() if args.command in f.commands)
        raise UsageError(f"unknown --format {args.format!r} (choose from {', '.join(names)})")
    baseline = _read_baseline(args, config) if args.command == "check" else None
    skipped: list[str] = []
    docs, errors = engine.load_paths(
        args.paths,
        against=getattr(args, "against", []),
        published=published,
        focus=args.command == "check",
        skipped=skipped,
    )
    if skipped:
        _note(_skipped_notice(skipped))
    from claimcheck.reporting.progress import Progress

    progress = Progress(
        enabled=False if args.no_progress else None,
        label="reading" if args.command == "extract" else "checking",
    )
    try:
        if args.command == "extract":
            from claimcheck.engine import RunResult

            analyses = {}
            for i, d in enumerate(docs):
                analyses[d.id] = engine.analyze(d, frame=False)
                progress(i + 1, len(docs), d.path)
            result = RunResult(
                documents=docs,
                analyses=analyses,
                findings=[],
                errors=errors,
                failures=list(engine.pm.failures),
                rules={},
                config=config,
            )
        else:
            result = engine.run(docs, errors=errors, progress=progress)
    finally:
        progress.close()
    if args.command == "check":
        _apply_baseline(args, result, baseline)
    for e in result.errors:
        print(e.render(), file=sys.stderr)
    for f in result.failures:
        _err(str(f))
    out_stream = sys.stdout
    color = (
        not args.no_color
        and not args.output
        and out_stream.isatty()
        and "NO_COLOR" not in os.environ
    )
    from claimcheck import __version__

    text = spec.render(
        result, FormatOptions(color=color, command=args.command, version=__version__)
    )
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise UsageError(f"{args.output}: cannot write report: {exc.strerror}") from None
    else:
        out_stream.write(text)
        out_stream.flush()
    if args.command == "extract":
        return EXIT_ERROR if (result.errors or result.failures) else EXIT_OK
    return result.exit_code(config.fail_on)


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


def _apply_baseline(args: argparse.Namespace, result, baseline) -> None:  # type: ignore[no-untyped-def]
    """Write the baseline (``--write-baseline``) or leave out what it records."""
    from claimcheck.findings.baseline import Baseline, BaselineError, stale_notice

    if args.write_baseline:
        if result.errors or result.failures:
            _err(f"{args.write_baseline}: baseline not written: the run had errors (see above)")
            return
        baseline = Baseline.from_findings(args.write_baseline, result.findings)
        try:
            baseline.write()
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
        n = len(baseline.entries)
        _note(f"recorded {n} finding{'s' if n != 1 else ''} in baseline {args.write_baseline}")
    if baseline is None:
        return
    checked = [d.path for d in result.documents if d.id in result.analyses]
    match = baseline.apply(result.findings, checked)
    result.findings = match.kept
    result.baselined = match.matched
    if match.matched and not args.write_baseline:
        n = match.matched
        _note(
            f"{n} finding{'s' if n != 1 else ''} recorded in baseline {baseline.display} not shown"
        )
    if match.stale:
        _note(stale_notice(baseline, match.stale))


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
        return EXIT_OK
    w = max((len(r.name) for r in rules.values()), default=0)
    for r in rules.values():
        print(f"{r.code}  {r.name.ljust(w)}  {r.default_severity:<7}  {r.summary}  [{r.plugin}]")
    return EXIT_OK


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
