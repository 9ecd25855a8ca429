"""``claimcheck lsp``: a language server that checks drafts as an editor types.

Markdown, HTML and plain-text drafts are checked against the sources their front matter names
(``sources:``) or the configuration's ``[sources]`` table assigns them; each finding is a
diagnostic on the draft's figure, with the conflicting statements in the sources as related
locations, and hovering over a flagged figure shows both statements and their values.

The server needs the ``lsp`` extra (``pip install 'claimcheck[lsp]'``, which brings pygls);
nothing else in claimcheck imports it.
"""

from __future__ import annotations

import sys

__all__ = ["MISSING_EXTRA", "missing_extra", "serve_stdio"]

MISSING_EXTRA = (
    "'claimcheck lsp' needs the lsp extra ({module} is not installed): "
    "pip install 'claimcheck[lsp]'"
)


def missing_extra() -> str | None:
    """The module of the ``lsp`` extra that cannot be imported, if any."""
    for name in ("pygls", "lsprotocol"):
        try:
            __import__(name)
        except ImportError:
            return name
    return None


def serve_stdio(config_file: str | None = None, index_file: str | None = None) -> int:
    """Run the language server on standard input and output until the client says exit.

    Returns 2 with one line on stderr when the ``lsp`` extra is not installed, the
    configuration cannot be read or ``index_file`` is not a claim index.
    """
    missing = missing_extra()
    if missing is not None:
        print(f"claimcheck: error: {MISSING_EXTRA.format(module=missing)}", file=sys.stderr)
        return 2
    if config_file is not None:
        from claimcheck.config import ConfigError, load_config

        try:
            load_config(config_file)
        except ConfigError as exc:
            print(f"claimcheck: error: {exc}", file=sys.stderr)
            return 2
    if index_file is not None:
        from claimcheck.index.store import ClaimIndex, IndexFileError

        try:
            ClaimIndex(index_file).close()
        except IndexFileError as exc:
            print(f"claimcheck: error: {index_file}: {exc}", file=sys.stderr)
            return 2
    from claimcheck.lsp.server import build_server

    build_server(config_file, index_file=index_file).start_io()
    return 0
