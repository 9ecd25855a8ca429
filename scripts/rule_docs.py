"""Write docs/rules/: one page per rule (from each plugin's docs/CODE.md) and an index.

    python scripts/rule_docs.py          # write the pages
    python scripts/rule_docs.py --check  # exit 1 when a page is missing or out of date

The pages are copies: the source of each rule's documentation is its plugin, so that
``claimcheck rule CODE`` and third-party plugins work the same way. Under each ``flagged``
example the copy shows what ``claimcheck check --format concise`` prints for it, produced by
running the example, so the page can never show output the rule does not give.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "rules"


_BLOCK = re.compile(r"```claimcheck-example (flagged|clean)([^\n]*)\n(.*?)```\n", re.S)
_DOC = re.compile(r"^=== (\S+)((?: \w+=\S+)*)\n", re.M)


def example_output(options: str, body: str, code: str) -> list[str]:
    """The concise lines ``claimcheck check`` prints for one example, for rule ``code``."""
    from claimcheck.config import Config
    from claimcheck.engine import Engine
    from claimcheck.reporting.concise import line

    opts = dict(o.split("=", 1) for o in options.split())
    rates = {}
    if "rates" in opts:
        pair, rate = opts["rates"].split(":")
        rates[pair] = float(rate)
    parts = _DOC.split(body)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = []
        for i in range(1, len(parts), 3):
            name, meta, text = parts[i], parts[i + 1], parts[i + 2]
            (folder / name).write_text(text, encoding="utf-8")
            entries = "\n".join(f"{k} = {v}" for k, v in (o.split("=", 1) for o in meta.split()))
            manifest.append(f'[documents."{name}"]\n{entries}')
        (folder / "claimcheck-manifest.toml").write_text("\n".join(manifest) + "\n", "utf-8")
        engine = Engine(Config(exchange_rates=rates))
        docs, _ = engine.load_paths(sorted(str(p) for p in folder.iterdir() if p.suffix != ".toml"))
        result = engine.run(docs)
        return [line(f).replace(f"{folder}/", "") for f in result.findings if f.code == code]


def with_outputs(code: str, doc: str) -> str:
    """``doc`` with the output of each flagged example under it."""

    def add(m: re.Match[str]) -> str:
        if m.group(1) != "flagged":
            return m.group(0)
        lines = example_output(m.group(2), m.group(3), code)
        shown = "\n".join(f"    {ln}" for ln in lines) or "    (no finding)"
        return f"{m.group(0)}\n`claimcheck check --format concise` prints:\n\n{shown}\n"

    return _BLOCK.sub(add, doc)


def pages() -> dict[str, str]:
    from claimcheck.config import Config
    from claimcheck.engine import Engine

    rules = Engine(Config()).pm.rules()
    out = {
        f"{code}.md": with_outputs(code, spec.doc.rstrip() + "\n")
        for code, spec in rules.items()
        if spec.doc
    }
    lines = [
        "# Rules",
        "",
        "| Code | Name | Default severity | Summary |",
        "| --- | --- | --- | --- |",
    ]
    for code, spec in rules.items():
        lines.append(
            f"| [{code}]({code}.md) | {spec.name} | {spec.default_severity} | {spec.summary} |"
        )
    out["README.md"] = "\n".join(lines) + "\n"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    want = pages()
    stale = [
        n
        for n, text in want.items()
        if not (OUT / n).is_file() or (OUT / n).read_text(encoding="utf-8") != text
    ]
    if args.check:
        for n in stale:
            print(f"docs/rules/{n} is missing or out of date", file=sys.stderr)
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for n in stale:
        (OUT / n).write_text(want[n], encoding="utf-8")
    print(f"wrote {len(stale)} of {len(want)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
