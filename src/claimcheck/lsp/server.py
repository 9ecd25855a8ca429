"""The language server: pygls over stdio, diagnostics as the editor types, hover on findings.

Every check runs on one worker thread, so the server keeps answering (hover, further edits)
while a draft is checked. A check starts once the draft has been left alone for the debounce
delay; an edit within it restarts the delay, so fast typing never queues checks, and a result
for text that has since changed is dropped rather than published.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from claimcheck import __version__
from claimcheck.lsp.checking import DraftCheck, DraftChecker
from claimcheck.lsp.diagnostics import diagnostics, hover_text, rule_links
from claimcheck.lsp.positions import LineIndex
from claimcheck.reading.files import SUFFIX_FORMATS

__all__ = ["DEBOUNCE", "build_server"]

#: Seconds a draft is left alone before it is checked.
DEBOUNCE = 0.3
_LANGUAGES = frozenset({"markdown", "html", "plaintext"})
log = logging.getLogger(__name__)


class _Drafts:
    """The open drafts, their pending checks and their latest results."""

    def __init__(self, checker: DraftChecker, delay: float) -> None:
        self.checker = checker
        self.delay = delay
        self.links = rule_links(None)
        self.open: dict[str, str] = {}  # uri -> path of each checkable open document
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.results: dict[str, DraftCheck] = {}
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimcheck-check")

    def configure(self, options: Any) -> None:
        """``initializationOptions``: ``ruleDocs`` (a URL prefix or template with ``{code}``)
        and ``debounce`` (seconds)."""
        if not isinstance(options, dict):
            return
        if isinstance(options.get("ruleDocs"), str):
            self.links = rule_links(options["ruleDocs"])
        delay = options.get("debounce")
        if isinstance(delay, (int, float)) and 0 <= delay <= 10:
            self.delay = float(delay)

    def schedule(self, ls: LanguageServer, uri: str) -> None:
        if uri not in self.open:
            return
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()
        self.pending[uri] = asyncio.ensure_future(self._check_later(ls, uri))

    async def _check_later(self, ls: LanguageServer, uri: str) -> None:
        await asyncio.sleep(self.delay)
        doc = ls.workspace.get_text_document(uri)
        text, version = doc.source, doc.version
        loop = asyncio.get_running_loop()
        try:
            check = await loop.run_in_executor(
                self.worker, self.checker.check, self.open[uri], text
            )
        except Exception as exc:  # a bug must not take the editor's server down
            log.exception("checking %s failed", uri)
            ls.window_log_message(
                types.LogMessageParams(type=types.MessageType.Error, message=f"claimcheck: {exc}")
            )
            return
        if uri not in self.open or ls.workspace.get_text_document(uri).source != text:
            return  # closed, or edited since: a newer check is on its way
        self.results[uri] = check
        found = diagnostics(check, _encoding(ls), self.links)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version)
        )

    def close(self, ls: LanguageServer, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.results.pop(uri, None)
        if self.open.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )

    def hover(self, ls: LanguageServer, params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        check = self.results.get(uri)
        if check is None or ls.workspace.get_text_document(uri).source != check.text:
            return None
        pos = params.position
        offset = LineIndex.of(check.text, _encoding(ls)).offset(pos.line, pos.character)
        text = hover_text(check, offset)
        if text is None:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))


def _encoding(ls: LanguageServer) -> str:
    chosen = ls.workspace.position_encoding
    return str(getattr(chosen, "value", chosen) or "utf-16")


def _draft_path(uri: str, language: str | None) -> str | None:
    """The file path of a document claimcheck checks, or ``None``."""
    if not uri.startswith("file:"):
        return None
    path = to_fs_path(uri)
    if path is None:
        return None
    if Path(path).suffix.lower() in SUFFIX_FORMATS or language in _LANGUAGES:
        return str(Path(path).absolute())
    return None


def build_server(
    config_file: str | None = None, delay: float = DEBOUNCE, index_file: str | None = None
) -> LanguageServer:
    """The claimcheck language server, its handlers registered; start it with ``start_io``.
    With ``index_file``, sources that claim index holds are not analysed again."""
    server = LanguageServer("claimcheck", __version__)
    drafts = _Drafts(DraftChecker(config_file, index_file), delay)

    @server.feature(types.INITIALIZE)
    def initialize(ls: LanguageServer, params: types.InitializeParams) -> None:
        drafts.configure(params.initialization_options)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        doc = params.text_document
        path = _draft_path(doc.uri, doc.language_id)
        if path is not None:
            drafts.open[doc.uri] = path
            drafts.schedule(ls, doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        drafts.schedule(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        # a saved file may be another draft's source: check every open draft again
        for uri in list(drafts.open):
            drafts.schedule(ls, uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def files_changed(ls: LanguageServer, params: types.DidChangeWatchedFilesParams) -> None:
        for uri in list(drafts.open):
            drafts.schedule(ls, uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        drafts.close(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: LanguageServer, params: types.HoverParams) -> types.Hover | None:
        return drafts.hover(ls, params)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: LanguageServer, params: Any) -> None:
        for task in drafts.pending.values():
            task.cancel()
        drafts.worker.shutdown(wait=False, cancel_futures=True)

    return server
