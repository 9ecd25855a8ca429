"""Run Microsoft Recognizers-Text's test specs against claimcheck's extraction.

Usage::

    python eval/conformance.py [--specs DIR] [--json] [--failures]

``--specs`` defaults to ``../shared/specs/recognizers-text`` relative to the repository root
(``/work/shared/specs/recognizers-text`` in the team's layout). For every spec file in
:data:`SPEC_FILES` the runner loads the adapter module named there, asks its
``check_case(case, language, model)`` for each case, and prints one line per file::

    file  in-scope  passed  rate  out-of-scope

``check_case`` returns ``True``/``False`` for an in-scope case and ``None`` for one outside what
claimcheck models; an adapter that also defines ``case_reason(case, language, model)`` tells
the runner why, and ``--json`` reports the counts per reason. A spec file whose adapter module
is missing (the date adapter, ``eval/rt_datetime.py``, is maintained separately) is skipped and
listed as such.

Every case goes through the public extraction path, :func:`claimcheck.extract_text`, via
:func:`extract_mentions`; while that function is not importable the runner falls back to the
numeric extractor itself (:func:`claimcheck.extraction.numbers.extractor.find_numeric`) and says so.

What is in and out of scope for each model is documented in the adapters' docstrings
(``eval/rt_number.py`` for Number, NumberRange, Percent, Currency and Dimension). In short, the
numeric adapter leaves out, by category and with the reason recorded:

* scientific and power notation ("1e10", "1.1^23"): not newsroom style;
* ratios read as one fraction ("1 over 3", "one out of three", "un sur trois"): news counts the
  parts ("one in three voters"), claimcheck keeps them as separate figures;
* an indefinite article read as the number one ("ein", "une"): never a figure in news;
* numbers inside identifiers, dates, IP addresses and phone numbers: not figures of a story;
* SI-prefix letters as scale words ("10G" = 1e10): in news "10g" is ten grams and "5G" a
  network;
* a range whose scale word is written once ("100 bis 300 Milliarden"): RT reads the first end
  unscaled, claimcheck scales both ends (the news reading, see normalization.md);
* chat and dictation forms with no news reading: "percent of 10", "one dollar and one",
  "15 dollars 50", "3 cents" for 300 in French, symbolic comparisons ("x>10", "=<30") and
  bounds built from two comparisons ("more than 100 and less than 300"), "from X to Y" read as
  a range (a change in news), lower-cased Penn Treebank symbols ("c $" for C$), crypto-currency
  amounts (no ISO 4217 code), kitchen measures (cup, tablespoon), results with no value (a bare
  currency or unit name).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = [
    "SPEC_FILES",
    "FileResult",
    "default_spec_root",
    "extract_mentions",
    "extraction_path",
    "run",
]

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

#: Spec file (relative to the spec root) -> (adapter module, language code, model name).
SPEC_FILES: dict[str, tuple[str, str, str]] = {
    "Number/English/NumberModel.json": ("rt_number", "en", "NumberModel"),
    "Number/English/NumberRangeModel.json": ("rt_number", "en", "NumberRangeModel"),
    "Number/English/PercentModel.json": ("rt_number", "en", "PercentModel"),
    "Number/German/NumberModel.json": ("rt_number", "de", "NumberModel"),
    "Number/French/NumberModel.json": ("rt_number", "fr", "NumberModel"),
    "NumberWithUnit/English/CurrencyModel.json": ("rt_number", "en", "CurrencyModel"),
    "NumberWithUnit/German/CurrencyModel.json": ("rt_number", "de", "CurrencyModel"),
    "NumberWithUnit/French/CurrencyModel.json": ("rt_number", "fr", "CurrencyModel"),
    "NumberWithUnit/English/DimensionModel.json": ("rt_number", "en", "DimensionModel"),
    "DateTime/English/DateTimeModel.json": ("rt_datetime", "en", "DateTimeModel"),
    "DateTime/German/DateTimeModel.json": ("rt_datetime", "de", "DateTimeModel"),
    "DateTime/French/DateTimeModel.json": ("rt_datetime", "fr", "DateTimeModel"),
}


def default_spec_root() -> Path:
    """``../shared/specs/recognizers-text`` relative to the repository root."""
    return _HERE.parent.parent / "shared" / "specs" / "recognizers-text"


# --------------------------------------------------------------------------------------------
# the extraction path


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    start: int
    end: int
    text: str
    value: Any


_EXTRACT: Callable[[str, str, dt.date | None], list[_Found]] | None = None
_PATH = ""


def _choose() -> Callable[[str, str, dt.date | None], list[_Found]]:
    global _PATH
    try:
        from claimcheck import extract_text  # type: ignore[attr-defined]
    except ImportError:
        extract_text = None
    if extract_text is not None:

        def via_api(text: str, language: str, published: dt.date | None) -> list[_Found]:
            return [
                _Found(m.kind, m.start, m.end, m.text, m.value)
                for m in extract_text(text, language=language, published=published)
            ]

        try:
            via_api("It cost $5.", "en", None)
        except Exception as exc:  # importable but not usable yet
            print(
                f"conformance: extract_text unusable ({exc!r}); using find_numeric", file=sys.stderr
            )
        else:
            _PATH = "claimcheck.extract_text"
            return via_api
    from claimcheck.extraction.numbers.extractor import find_numeric

    def direct(text: str, language: str, published: dt.date | None) -> list[_Found]:
        return [
            _Found(m.kind, m.start, m.end, text[m.start : m.end], m.value)
            for m in find_numeric(text, language)
        ]

    _PATH = "claimcheck.extraction.numbers.extractor.find_numeric"
    return direct


def extract_mentions(
    text: str, language: str = "en", published: dt.date | None = None
) -> list[_Found]:
    """Mentions of ``text`` through the public extraction path (see the module docstring)."""
    global _EXTRACT
    if _EXTRACT is None:
        _EXTRACT = _choose()
    return _EXTRACT(text, language, published)


def extraction_path() -> str:
    """Which function the cases go through."""
    if _EXTRACT is None:
        extract_mentions("")
    return _PATH


# --------------------------------------------------------------------------------------------
# running


@dataclass(slots=True)
class FileResult:
    """The outcome of one spec file."""

    file: str
    language: str
    model: str
    cases: int = 0
    in_scope: int = 0
    passed: int = 0
    out_of_scope: int = 0
    skipped: str | None = None
    reasons: Counter[str] | None = None
    failures: list[int] | None = None

    @property
    def rate(self) -> float:
        return self.passed / self.in_scope if self.in_scope else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "language": self.language,
            "model": self.model,
            "cases": self.cases,
            "in_scope": self.in_scope,
            "passed": self.passed,
            "rate": round(self.rate, 4),
            "out_of_scope": self.out_of_scope,
            "out_of_scope_reasons": dict(self.reasons or {}),
            "skipped": self.skipped,
            "failures": self.failures or [],
        }


def _adapter(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def run(spec_root: Path, files: list[str] | None = None) -> list[FileResult]:
    """Run every spec file (or those named) and return their results."""
    out: list[FileResult] = []
    for rel, (module_name, language, model) in SPEC_FILES.items():
        if files and rel not in files:
            continue
        res = FileResult(file=rel, language=language, model=model, reasons=Counter(), failures=[])
        out.append(res)
        path = spec_root / rel
        if not path.exists():
            res.skipped = "spec file missing"
            continue
        adapter = _adapter(module_name)
        if adapter is None:
            res.skipped = f"adapter {module_name} not present"
            continue
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        reason_of = getattr(adapter, "case_reason", None)
        for index, case in enumerate(cases):
            res.cases += 1
            outcome = adapter.check_case(case, language, model)
            if outcome is None:
                res.out_of_scope += 1
                reason = reason_of(case, language, model) if reason_of else None
                assert res.reasons is not None
                res.reasons[reason or "out of scope"] += 1
                continue
            res.in_scope += 1
            if outcome:
                res.passed += 1
            else:
                assert res.failures is not None
                res.failures.append(index)
    return out


def _print_table(results: list[FileResult]) -> None:
    width = max(len(r.file) for r in results)
    print(f"{'file':<{width}}  in-scope  passed   rate  out-of-scope")
    for r in results:
        if r.skipped:
            print(f"{r.file:<{width}}  skipped: {r.skipped}")
            continue
        print(
            f"{r.file:<{width}}  {r.in_scope:>8}  {r.passed:>6}  {100 * r.rate:5.1f}%  {r.out_of_scope:>12}"
        )


def _print_failures(spec_root: Path, results: list[FileResult]) -> None:
    for r in results:
        if r.skipped or not r.failures:
            continue
        cases = json.loads((spec_root / r.file).read_text(encoding="utf-8-sig"))
        print(f"\n== {r.file}: {len(r.failures)} failing")
        for index in r.failures:
            case = cases[index]
            print(f"  #{index} {case['Input'][:160]!r}")
            for res in case.get("Results") or []:
                print(f"      want {res.get('Text')!r} {res.get('Resolution')}")
            for m in extract_mentions(case["Input"], r.language):
                if m.kind in ("number", "money", "quantity", "percent", "ordinal"):
                    print(f"      got  {m.kind} {m.text!r} {m.value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--specs", type=Path, default=default_spec_root(), help="spec root directory"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--failures", action="store_true", help="list the failing cases")
    parser.add_argument("files", nargs="*", help="only these spec files (relative paths)")
    args = parser.parse_args(argv)
    if not args.specs.is_dir():
        print(f"conformance: error: {args.specs}: no such directory", file=sys.stderr)
        return 2
    results = run(args.specs, args.files or None)
    if args.json:
        json.dump(
            {"extraction_path": extraction_path(), "results": [r.to_json() for r in results]},
            sys.stdout,
            indent=2,
        )
        print()
    else:
        _print_table(results)
        print(f"\nvia {extraction_path()}")
        if args.failures:
            _print_failures(args.specs, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
