"""``claimcheck lsp``: a real language-server session over stdio, as an editor holds one.

The client here is written from the protocol: JSON-RPC messages framed by ``Content-Length``
headers, written to the server's stdin and read from its stdout by a reader thread.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.lsp.checking import DraftChecker
from claimcheck.lsp.positions import LineIndex

from .conftest import write

WIRE = "A suicide bombing at the train station in Quetta on November 9 killed 26 people, police said.\n"
DRAFT = "A suicide bombing at the train station in Quetta on November 9 killed 32 people, police said.\n"
FRONT = "---\npublished: 2024-11-20\nsources: [wire.txt]\n---\n"
WAIT = 60.0


class Session:
    """A client talking to ``claimcheck lsp`` over its stdin and stdout."""

    def __init__(self, cwd: Path, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_CONFIG"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "claimcheck", "lsp", *args],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self.ids = iter(range(1, 1_000_000))
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            headers: dict[str, str] = {}
            while (line := out.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            if not headers:
                return
            body = out.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        ident = next(self.ids)
        self.send({"id": ident, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == ident and "method" not in m)
        assert "error" not in reply, reply
        return reply["result"]

    def wait(self, wanted: Any, timeout: float = WAIT) -> dict[str, Any]:
        until = time.monotonic() + timeout
        while True:
            left = until - time.monotonic()
            if left <= 0:
                raise AssertionError("no such message from the server")
            msg = self.inbox.get(timeout=left)
            if wanted(msg):
                return msg

    def diagnostics(self, uri: str, version: int | None = None) -> list[dict[str, Any]]:
        """The next diagnostics published for ``uri`` (for ``version`` when given)."""
        msg = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version)
            )
        )
        return msg["params"]["diagnostics"]

    def initialize(
        self, root: Path, encodings: list[str] | None = None, debounce: float = 0.05
    ) -> dict[str, Any]:
        general = {"positionEncodings": encodings} if encodings else {}
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "capabilities": {"general": general, "textDocument": {"hover": {}}},
                "initializationOptions": {"debounce": debounce},
            },
        )
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str, language: str = "markdown") -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}},
        )
        return uri

    def close(self) -> int:
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.proc.wait(timeout=WAIT)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    write(tmp_path, "wire.txt", WIRE)
    (tmp_path / "claimcheck-manifest.toml").write_text(
        '[documents."wire.txt"]\npublished = 2024-11-20\n'
    )
    return tmp_path


@pytest.fixture
def session(story: Path) -> Iterator[Session]:
    s = Session(story)
    yield s
    if s.proc.poll() is None:
        s.proc.kill()
        s.proc.wait()


def _find(text: str, part: str) -> tuple[int, int]:
    """The (line, UTF-16 character) where ``part`` starts in ``text``."""
    start = text.index(part)
    line = text.count("\n", 0, start)
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return line, len(before.encode("utf-16-le")) // 2


def test_a_contradicting_draft_is_flagged_as_typed_and_cleared_when_fixed(
    session: Session, story: Path
) -> None:
    init = session.initialize(story)
    caps = init["capabilities"]
    assert caps["positionEncoding"] == "utf-16"
    assert caps["hoverProvider"]
    text = FRONT + DRAFT
    uri = session.open(story / "draft.md", text)
    diags = session.diagnostics(uri)
    assert len(diags) == 1
    d = diags[0]
    line, char = _find(text, "32")
    assert d["range"]["start"] == {"line": line, "character": char}
    assert d["severity"] == 1 and d["source"] == "claimcheck"
    assert d["code"].startswith("CC1") and "32" in d["message"] and "26" in d["message"]
    assert d["codeDescription"]["href"].endswith(f"{d['code']}.md")
    assert d["data"]["fingerprint"]
    (related,) = d["relatedInformation"]
    assert related["location"]["uri"] == (story / "wire.txt").as_uri()
    wl, wc = _find(WIRE, "26")
    assert related["location"]["range"]["start"] == {"line": wl, "character": wc}
    assert related["message"]

    hover = session.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": line, "character": char + 1}},
    )
    shown = hover["contents"]["value"]
    # both statements, each in its sentence with the figure in bold, and where each is
    assert "killed **32** people" in shown and "killed **26** people" in shown
    assert "`wire.txt`, line 1" in shown
    nothing = session.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": line, "character": 0}},
    )
    assert nothing is None

    # an incremental edit that fixes the figure clears the diagnostic
    session.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [
                {
                    "range": {
                        "start": {"line": line, "character": char},
                        "end": {"line": line, "character": char + 2},
                    },
                    "text": "26",
                }
            ],
        },
    )
    assert session.diagnostics(uri, version=2) == []
    # a full-text change brings it back; closing the draft clears it
    session.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text}]},
    )
    assert len(session.diagnostics(uri, version=3)) == 1
    session.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert session.diagnostics(uri) == []
    assert session.close() == 0


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_positions_count_in_the_encoding_the_client_picks(
    session: Session, story: Path, encoding: str
) -> None:
    assert session.initialize(story, [encoding])["capabilities"]["positionEncoding"] == encoding
    lead = "🗞️ 📰 Update 👩‍👩‍👧: "
    text = FRONT + lead + DRAFT
    uri = session.open(story / "draft.md", text)
    (d,) = session.diagnostics(uri)
    start = text.index("32")
    line = text.count("\n", 0, start)
    before = text[text.rfind("\n", 0, start) + 1 : start]
    width = len(before) if encoding == "utf-32" else len(before.encode("utf-16-le")) // 2
    assert d["range"]["start"] == {"line": line, "character": width}
    assert d["range"]["end"]["character"] - width == 2
    hover = session.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": line, "character": width}},
    )
    assert "26" in hover["contents"]["value"]
    assert session.close() == 0


def test_sources_from_the_configuration_and_html_drafts(session: Session, story: Path) -> None:
    write(story, "claimcheck.toml", '[sources]\n"drafts/*" = ["wire.txt"]\n')
    html = f"<html><body><p>{DRAFT.strip()}</p></body></html>\n"
    write(story, "drafts/story.html", html)
    session.initialize(story)
    uri = session.open(story / "drafts" / "story.html", html, language="html")
    # undated, the draft gets a note saying so, and the conflict is a warning
    diags = {d["code"]: d for d in session.diagnostics(uri)}
    assert diags["CC910"]["severity"] == 3
    d = diags["CC102"]
    assert d["severity"] == 2
    assert d["range"]["start"] == {"line": 0, "character": html.index("32")}
    assert d["relatedInformation"][0]["location"]["uri"] == (story / "wire.txt").as_uri()
    assert session.close() == 0


def test_a_source_edited_on_disk_is_read_again(session: Session, story: Path) -> None:
    session.initialize(story)
    uri = session.open(story / "draft.md", FRONT + DRAFT)
    assert len(session.diagnostics(uri)) == 1
    write(story, "wire.txt", WIRE.replace("26", "32"))
    session.notify("textDocument/didSave", {"textDocument": {"uri": (story / "wire.txt").as_uri()}})
    assert session.diagnostics(uri) == []
    assert session.close() == 0


def test_a_source_outside_the_drafts_folder_is_refused(session: Session, story: Path) -> None:
    session.initialize(story)
    write(story, "desk/draft.md", "x")
    text = "---\nsources: [../../etc/passwd]\n---\n" + DRAFT
    uri = session.open(story / "desk" / "draft.md", text)
    (d,) = [d for d in session.diagnostics(uri) if "code" not in d]
    assert "outside" in d["message"] and d["severity"] == 1
    assert d["range"]["start"] == {"line": 1, "character": 0}
    assert session.close() == 0


def test_a_configuration_mistake_is_shown_on_the_draft(session: Session, story: Path) -> None:
    write(story, "claimcheck.toml", '[severity]\nCC999 = "error"\n')
    session.initialize(story)
    uri = session.open(story / "draft.md", FRONT + DRAFT)
    (d,) = session.diagnostics(uri)
    assert d["severity"] == 1 and "claimcheck.toml" in d["message"] and "CC999" in d["message"]
    # fixed on disk, the configuration is read again at the next check
    write(story, "claimcheck.toml", 'fail-on = "warning"\n')
    session.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert [d["code"] for d in session.diagnostics(uri)] == ["CC101"]
    assert session.close() == 0


def test_fast_typing_publishes_only_the_text_left_standing(session: Session, story: Path) -> None:
    session.initialize(story, debounce=0.5)
    uri = session.open(story / "draft.md", FRONT)
    typed = FRONT
    for version, char in enumerate(DRAFT, start=2):
        typed += char
        session.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": typed}]},
        )
    published = session.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    assert published["params"]["version"] == len(DRAFT) + 1
    assert [d["code"] for d in published["params"]["diagnostics"]] == ["CC101"]
    assert session.close() == 0


def test_sources_are_analysed_once_per_content(story: Path) -> None:
    checker = DraftChecker()
    draft = str(story / "draft.md")
    for figure in ("32", "31", "26"):
        checker.check(draft, FRONT + DRAFT.replace("32", figure))
    engine = checker.engine_for(draft)
    assert engine.analysed == 1
    write(story, "wire.txt", WIRE.replace("26", "30"))
    found = checker.check(draft, FRONT + DRAFT)
    assert engine.analysed == 2
    assert "30" in found.findings[0].message


def test_sources_held_by_a_claim_index_are_not_analysed(story: Path, tmp_path: Path) -> None:
    from claimcheck.engine import Engine
    from claimcheck.index import build_index

    db = str(tmp_path / "sources.db")
    assert not build_index(Engine(), [str(story)], db).errors
    draft = str(story / "draft.md")
    plain, indexed = DraftChecker(), DraftChecker(index_file=db)
    for figure in ("32", "31"):
        text = FRONT + DRAFT.replace("32", figure)
        assert indexed.check(draft, text).findings == plain.check(draft, text).findings
    engine = indexed.engine_for(draft)
    assert (engine.analysed, engine.from_index) == (0, 1)
    write(story, "wire.txt", WIRE.replace("26", "30"))  # no longer what the index holds
    found = indexed.check(draft, FRONT + DRAFT)
    assert (engine.analysed, engine.from_index) == (1, 1)
    assert "30" in found.findings[0].message


def test_an_index_of_another_configuration_is_not_used(story: Path, tmp_path: Path) -> None:
    from claimcheck.config import Config
    from claimcheck.engine import Engine
    from claimcheck.index import build_index

    db = str(tmp_path / "sources.db")
    build_index(Engine(Config(min_severity="error")), [str(story)], db)
    checker = DraftChecker(index_file=db)
    draft = str(story / "draft.md")
    assert checker.check(draft, FRONT + DRAFT).findings
    engine = checker.engine_for(draft)
    assert (engine.analysed, engine.from_index) == (1, 0)


def test_an_index_that_is_not_one_is_one_line_and_exit_2(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database\n" * 100)
    res = subprocess.run(
        [sys.executable, "-m", "claimcheck", "lsp", "--index", str(junk)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=WAIT,
    )
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(junk) in lines[0] and "Traceback" not in res.stderr


def test_without_the_extra_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "pygls").mkdir()
    (tmp_path / "pygls" / "__init__.py").write_text("raise ImportError('no pygls here')\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    res = subprocess.run(
        [sys.executable, "-m", "claimcheck", "lsp"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=WAIT,
    )
    assert res.returncode == 2
    assert res.stderr.strip().splitlines() == [
        "claimcheck: error: 'claimcheck lsp' needs the lsp extra (pygls is not installed): "
        "pip install 'claimcheck[lsp]'"
    ]


def test_check_never_imports_the_language_server(story: Path) -> None:
    code = (
        "import sys; from claimcheck.cli import main; "
        f"main(['check', {str(story / 'wire.txt')!r}, '-q']); "
        "print('pygls' in sys.modules)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=WAIT)
    assert res.stdout.strip().splitlines()[-1] == "False"


_PIECES = ["a", "é", "😀", "👩‍👧", "\n", "\r\n", "\r", " ", "中", "\u2028", "\x0c"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_CODEC = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}


@given(_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_offsets_and_positions_round_trip(text: str, encoding: str) -> None:
    index = LineIndex.of(text, encoding)
    for offset in range(len(text) + 1):
        if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
            continue  # between \r and \n is no position of its own
        line, char = index.position(offset)
        assert index.offset(line, char) == offset
        prefix = text[index.starts[line] : offset]
        codec, width = _CODEC[encoding]
        assert "\n" not in prefix and "\r" not in prefix
        assert char == len(prefix.encode(codec)) // width
