"""Write docs/rules/: one page per rule (from each plugin's docs/CODE.md) and an index.

    python scripts/rule_docs.py          # write the pages
    python scripts/rule_docs.py --check  # exit 1 when a page is missing or out of date

The pages are copies: the source of each rule's documentation is its plugin, so that
``claimcheck rule CODE`` and third-party plugins work the same way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "rules"


def pages() -> dict[str, str]:
    from claimcheck.config import Config
    from claimcheck.engine import Engine

    rules = Engine(Config()).pm.rules()
    out = {f"{code}.md": spec.doc.rstrip() + "\n" for code, spec in rules.items() if spec.doc}
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
