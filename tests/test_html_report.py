"""The HTML report, as an editor sees it: read by a parser, and loaded in headless Chromium.

The browser cases need Chromium (Debian package ``chromium``); they are skipped when it is not
installed. They load the report from a file, dump the DOM the browser built (after its script
ran), and check what is on the page: the findings list, each statement highlighted over exactly
its text, and a click on a highlight moving to the statement it conflicts with.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from claimcheck.reporting import FormatOptions
from claimcheck.reporting.html import render_report, span_id

from .conftest import SEEDS
from .test_formats import DRAFT_TEXT, SOURCE_TEXT, synthetic_result

_VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr", "area", "base", "col"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(markup: str) -> Node:
    b = _TreeBuilder()
    b.feed(markup)
    b.close()
    return b.root


def highlighted(dom: Node, ident: str) -> str:
    """The text of every piece of the page that draws statement ``ident``."""
    return "".join(
        n.text for n in dom.walk() if ident in n.attrs.get("data-spans", "").split() and n.text
    )


def ids(dom: Node) -> dict[str, Node]:
    return {n.attrs["id"]: n for n in dom.walk() if "id" in n.attrs}


def _doc_texts(dom: Node) -> dict[str, str]:
    out = {}
    for art in dom.walk():
        if art.tag == "article" and "doc" in art.classes:
            (body,) = [n for n in art.walk() if n.tag == "div" and "text" in n.classes]
            out[art.attrs["data-path"]] = body.text
    return out


# -- read by a parser ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> str:
    return render_report(synthetic_result(), FormatOptions())


def test_every_statement_is_highlighted_over_exactly_its_text(report: str) -> None:
    dom = parse(report)
    result = synthetic_result()
    index = {d.path: i for i, d in enumerate(result.documents)}
    texts = {d.path: d.text for d in result.documents}
    for f in result.findings:
        for loc in (f.location, *f.related):
            ident = span_id(index[loc.path], loc.start, loc.end)
            assert highlighted(dom, ident) == texts[loc.path][loc.start : loc.end] == loc.text
    # the nested statements: "32" inside "killed 32 people"
    inner = dom.walk()
    (piece,) = [n for n in inner if n.tag == "a" and n.text == "32" and "hl" in n.classes]
    assert len(piece.attrs["data-spans"].split()) == 2
    assert "sev-error" in piece.classes


def test_documents_are_shown_in_full_and_escaped(report: str) -> None:
    dom = parse(report)
    assert _doc_texts(dom) == {
        "drafts/quetta, city: report.md": DRAFT_TEXT,
        "wire/ap.txt": SOURCE_TEXT,
    }
    assert "&lt;b&gt;further&lt;/b&gt;" in report
    assert not [n for n in dom.walk() if n.tag == "b"]


def test_links_between_statements_and_findings_resolve(report: str) -> None:
    dom = parse(report)
    anchors = ids(dom)
    hrefs = [n.attrs["href"] for n in dom.walk() if n.attrs.get("href", "").startswith("#")]
    assert hrefs
    for href in hrefs:
        assert href[1:] in anchors, href
    draft32 = span_id(0, *(lambda s: (s, s + 2))(DRAFT_TEXT.index("32")))
    source26 = span_id(1, *(lambda s: (s, s + 2))(SOURCE_TEXT.index("26")))
    assert anchors[draft32].attrs["href"] == f"#{source26}"
    assert anchors[source26].attrs["href"] == f"#{draft32}"


def test_findings_list_explains_each_conflict(report: str) -> None:
    dom = parse(report)
    items = [n for n in dom.walk() if n.tag == "li" and "finding" in n.classes]
    assert len(items) == 3
    first = items[0]  # errors first
    assert "sev-error" in first.classes
    words = " ".join(first.text.split())
    assert "CC101" in words and "count-mismatch" in words
    assert "Why they conflict: 32 and 26 cannot both be" in words
    assert "Same fact because: both count killed; same place: Quetta" in words
    assert "Wire says 26" in words
    cards = [n for n in first.walk() if n.tag == "figure" and "statement" in n.classes]
    labels = [next(c for c in card.walk() if "label" in c.classes).text for card in cards]
    assert labels == ["this", "other"]
    # both statements sit in one row of the finding, each in its sentence with the figure marked
    (compare,) = [n for n in first.walk() if "compare" in n.classes]
    assert all(card in compare.children for card in cards)
    marks = [n.text for card in cards for n in card.walk() if n.tag == "mark"]
    assert marks == ["32", "26"]
    # what only a technician needs is behind a toggle
    (details,) = [n for n in first.walk() if n.tag == "details"]
    assert "fingerprint" in details.text and "confidence" in details.text
    assert "fingerprint" not in " ".join(
        c.text if isinstance(c, Node) else c for c in first.children if c is not details
    )
    summary = next(n for n in dom.walk() if "summary" in n.classes).text
    assert summary.startswith("1 error, 1 warning, 1 info in 2 documents; 1 input error")
    assert "not valid UTF-8" in dom.text


def test_the_page_makes_no_outside_request(report: str) -> None:
    dom = parse(report)
    for n in dom.walk():
        assert n.tag not in ("link", "img", "iframe", "object", "embed"), n.tag
        assert "src" not in n.attrs
        assert (
            not n.attrs.get("href", "#")
            .lower()
            .startswith(("http:", "https:", "//", "javascript:"))
        )
    assert "default-src 'none'" in report


# -- in Chromium -------------------------------------------------------------------------


def _chromium() -> str:
    for name in (
        os.environ.get("CLAIMCHECK_CHROMIUM", ""),
        "chromium",
        "chromium-browser",
        "google-chrome",
    ):
        if name and (found := shutil.which(name)):
            return found
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")


def _browse(url: str, tmp: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp / 'profile'}",
        *flags,
        url,
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    return res


def _dump(page: Path, tmp: Path, fragment: str = "") -> Node:
    url = page.as_uri() + (f"#{fragment}" if fragment else "")
    return parse(_browse(url, tmp, "--dump-dom").stdout)


@pytest.mark.slow
def test_chromium_shows_findings_and_highlights(report: str, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report, encoding="utf-8")
    dom = _dump(page, tmp_path)
    assert len([n for n in dom.walk() if n.tag == "li" and "finding" in n.classes]) == 3
    assert _doc_texts(dom) == {
        "drafts/quetta, city: report.md": DRAFT_TEXT,
        "wire/ap.txt": SOURCE_TEXT,
    }
    result = synthetic_result()
    index = {d.path: i for i, d in enumerate(result.documents)}
    for f in result.findings:
        for loc in (f.location, *f.related):
            assert highlighted(dom, span_id(index[loc.path], loc.start, loc.end)) == loc.text


@pytest.mark.slow
def test_chromium_click_moves_to_the_conflicting_statement(report: str, tmp_path: Path) -> None:
    start = DRAFT_TEXT.index("32")
    draft32 = span_id(0, start, start + 2)
    s26 = SOURCE_TEXT.index("26")
    source26 = span_id(1, s26, s26 + 2)
    click = f'<script>document.getElementById("{draft32}").click();</script></body>'
    page = tmp_path / "clicked.html"
    page.write_text(report.replace("</body>", click), encoding="utf-8")
    dom = _dump(page, tmp_path)
    body = next(n for n in dom.walk() if n.tag == "body")
    assert body.attrs.get("data-current") == source26
    anchors = ids(dom)
    assert "flash" in anchors[source26].classes
    assert "flash" not in anchors[draft32].classes
    assert anchors[draft32].attrs.get("data-next") == "1"


@pytest.mark.slow
def test_chromium_deep_link_flashes_a_statement(report: str, tmp_path: Path) -> None:
    start = DRAFT_TEXT.index("32")
    draft32 = span_id(0, start, start + 2)
    page = tmp_path / "report.html"
    page.write_text(report, encoding="utf-8")
    dom = _dump(page, tmp_path, fragment=draft32)
    assert "flash" in ids(dom)[draft32].classes
    assert next(n for n in dom.walk() if n.tag == "body").attrs.get("data-current") == draft32


@pytest.mark.slow
def test_chromium_screenshot(report: str, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report, encoding="utf-8")
    shot = tmp_path / "report.png"
    _browse(page.as_uri(), tmp_path, "--window-size=1280,900", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == (1280, 900)


@pytest.mark.slow
def test_chromium_report_of_the_seeds(cli: Any, tmp_path: Path) -> None:
    page = tmp_path / "seeds.html"
    res = cli("check", str(SEEDS), "--format", "html", "--output", str(page))
    assert res.code in (0, 1, 2), res.err
    findings = cli("check", str(SEEDS), "--format", "json").json()
    dom = _dump(page, tmp_path)
    texts = {p: (SEEDS / Path(p).name).read_text(encoding="utf-8") for p in _doc_texts(dom)}
    assert _doc_texts(dom) == texts
    order = [d["path"] for d in findings["documents"]]
    items = [n for n in dom.walk() if n.tag == "li" and "finding" in n.classes]
    shown = [f for f in findings["findings"] if not f["code"].startswith("CC9")]
    assert len(items) == len(shown)
    anchors = ids(dom)
    for f in shown:
        for loc in (f["location"], *f["related"]):
            if loc["end"] <= loc["start"]:
                continue
            ident = span_id(order.index(loc["path"]), loc["start"], loc["end"])
            assert ident in anchors
            assert (
                highlighted(dom, ident)
                == loc["text"]
                == texts[loc["path"]][loc["start"] : loc["end"]]
            )


# -- what an editor reads ------------------------------------------------------------------

MD_DRAFT = (
    "---\ntitle: Quetta blast\npublished: 2025-03-05\noutlet: Desk\nsources: [wire.html]\n---\n"
    "# 41 dead in *Quetta* blast\n\nThe bombing on Tuesday killed **32** people and cost "
    "$4.5 billion in damage.\n"
)
HTML_WIRE = (
    "<html><head><title>Wire</title><script>var x = '<p>';</script></head><body>"
    "<p>The bombing on Tuesday killed 26&nbsp;people and cost $4 billion in damage.</p>"
    "</body></html>\n"
)


@pytest.fixture
def rendered(cli: Any, tmp_path: Path) -> tuple[str, dict[str, Any]]:
    from .conftest import write

    draft = write(tmp_path, "draft.md", MD_DRAFT)
    write(tmp_path, "wire.html", HTML_WIRE)
    write(tmp_path, "claimcheck-manifest.toml", "[defaults]\npublished = 2025-03-05\n")
    page = tmp_path / "report.html"
    res = cli("check", str(draft), "--format", "html", "-o", str(page), "--format", "json")
    return page.read_text(encoding="utf-8"), json.loads(res.out)


def test_documents_read_as_rendered_text(rendered: tuple[str, dict[str, Any]]) -> None:
    report, _ = rendered
    texts = _doc_texts(parse(report))
    draft = next(t for p, t in texts.items() if p.endswith("draft.md"))
    wire = next(t for p, t in texts.items() if p.endswith("wire.html"))
    assert "---" not in draft and "sources:" not in draft and "# 41" not in draft
    assert "**" not in draft and "41 dead in Quetta blast" in draft
    assert "<p>" not in wire and "&nbsp;" not in wire and "var x" not in wire
    assert "killed 26\u00a0people" in wire or "killed 26 people" in wire
    meta = [n.text for n in parse(report).walk() if "docmeta" in n.classes]
    assert any("Desk" in m and "Wednesday 5 March 2025" in m for m in meta)


def test_values_read_as_a_newsroom_writes_them(rendered: tuple[str, dict[str, Any]]) -> None:
    report, data = rendered
    assert data["findings"]
    values = [n.text for n in parse(report).walk() if n.tag == "p" and "value" in n.classes]
    assert "$4.5 billion" in values and "$4 billion" in values
    assert not any("USD" in v or "000,000" in v for v in values)
    assert "32 people" in values  # a count with what it counts, from the claim


@pytest.mark.parametrize(
    ("kind", "fields", "shown"),
    [
        ("money", {"value": 4.5e9, "currency": "USD"}, "$4.5 billion"),
        ("money", {"value": 62e9, "currency": "PKR", "qualifier": "about"}, "about PKR 62 billion"),
        ("money", {"value": 1250.0, "currency": "EUR"}, "\u20ac1,250"),
        ("number", {"value": 1_200_000.0}, "1.2 million"),
        ("number", {"value": 70.0, "high": None, "qualifier": "more_than"}, "more than 70"),
        ("quantity", {"value": 12.0, "unit": "kilometer"}, "12 kilometers"),
        ("percent", {"value": 20.5}, "20.5%"),
    ],
)
def test_newsroom_values(kind: str, fields: dict[str, Any], shown: str) -> None:
    from claimcheck.model import Money, Number, Percent, Quantity
    from claimcheck.reporting.newsroom import newsroom_value

    cls = {"money": Money, "number": Number, "quantity": Quantity, "percent": Percent}[kind]
    v = fields["value"]
    args = {"value": v, "low": v, "high": v, "qualifier": "exact", **fields}
    assert newsroom_value(cls(**args)) == shown


def test_newsroom_dates_drop_the_year_of_publication() -> None:
    import datetime as dt

    from claimcheck.model import DateValue
    from claimcheck.reporting.newsroom import newsroom_value

    day = DateValue(start=dt.date(2025, 3, 4), end=dt.date(2025, 3, 4))
    assert newsroom_value(day, published=dt.date(2025, 3, 5)) == "Tuesday 4 March"
    assert newsroom_value(day, published=dt.date(2026, 1, 2)) == "Tuesday 4 March 2025"
    month = DateValue(start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31), granularity="month")
    assert newsroom_value(month, published=dt.date(2024, 11, 20)) == "October"


def test_the_highlights_follow_the_rendered_text(rendered: tuple[str, dict[str, Any]]) -> None:
    report, data = rendered
    dom = parse(report)
    order = [d["path"] for d in data["documents"]]
    for f in data["findings"]:
        for loc in (f["location"], *f["related"]):
            ident = span_id(order.index(loc["path"]), loc["start"], loc["end"])
            assert highlighted(dom, ident) == loc["text"]


_LAYOUT = """<script>
(function () {
  var width = window.innerWidth, bad = [];
  document.querySelectorAll("a.hl, .sentence mark").forEach(function (el) {
    var r = el.getBoundingClientRect();
    var shown = el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    if (!shown || r.width <= 0 || r.height <= 0 || r.left < 0 || r.right > width + 0.5) {
      bad.push(el.id || el.textContent);
    }
  });
  document.body.setAttribute("data-layout", JSON.stringify({
    width: width,
    scrollWidth: document.documentElement.scrollWidth,
    highlights: document.querySelectorAll("a.hl").length,
    hidden: bad
  }));
})();
</script></body>"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [420, 1280])
def test_chromium_layout_at_two_widths(
    rendered: tuple[str, dict[str, Any]], tmp_path: Path, width: int
) -> None:
    report, _ = rendered
    seeds_page = tmp_path / "seeds.html"
    from claimcheck.cli import main

    assert main(["check", str(SEEDS), "--format", "html", "-o", str(seeds_page), "-q"]) in (0, 1)
    for name, markup in (("md", report), ("seeds", seeds_page.read_text(encoding="utf-8"))):
        page = tmp_path / f"{name}-{width}.html"
        page.write_text(markup.replace("</body>", _LAYOUT), encoding="utf-8")
        shot = tmp_path / f"{name}-{width}.png"
        _browse(page.as_uri(), tmp_path, f"--window-size={width},1000", f"--screenshot={shot}")
        assert struct.unpack(">II", shot.read_bytes()[16:24])[0] == width
        dom = _dump_at(page, tmp_path, width)
        body = next(n for n in dom.walk() if n.tag == "body")
        layout = json.loads(body.attrs["data-layout"])
        assert layout["highlights"] > 0
        assert layout["scrollWidth"] <= layout["width"], f"{name}: scrolls sideways at {width}px"
        assert layout["hidden"] == [], f"{name}: highlights not visible at {width}px"


def _dump_at(page: Path, tmp: Path, width: int) -> Node:
    return parse(_browse(page.as_uri(), tmp, f"--window-size={width},1000", "--dump-dom").stdout)
