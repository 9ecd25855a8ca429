"""Run Microsoft Recognizers-Text's test specs against claimcheck's extraction.

Usage::

    python eval/conformance.py [--specs DIR] [--json] [--show-failures] [FILE ...]

``--specs`` defaults to ``recognizers-text/`` under the shared data folder
(``$CLAIMCHECK_EVAL_SHARED/specs``, else the ``shared/specs`` folder beside the repository or one
of its parents). For every spec file in
:data:`SPEC_FILES` the runner loads the adapter module named there, asks its
``check_case(case, language, model)`` for each case, and prints one line per file with the pass
rate of the **tuning** part, of the **blind** part and of both together. A case's part is decided
by the SHA-1 of its ``Input`` string (``eval/holdout.py``); ``eval/README.md`` describes the
discipline: ``--show-failures`` lists the failing cases of the tuning part only, and the blind
part's failures are counted, never printed (``--json`` carries tuning failure indices only).

``check_case`` returns ``True``/``False`` for an in-scope case and ``None`` for one outside what
claimcheck models; an adapter that also defines ``case_reason(case, language, model)`` tells
the runner why, and ``--json`` reports the counts per reason. An adapter must cope with every
shape a spec file holds (missing ``Start``, a ``Typename`` key, a missing ``Resolution`` ...); should
one still raise, the runner does not stop: the case is counted under ``errors`` with the
exception's type, and the table says so (``tests/test_conformance.py`` requires none). A spec
file whose adapter module is missing is skipped and listed as such.

Every case goes through the public extraction path, :func:`claimcheck.extract_text`, via
:func:`extract_mentions`.

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
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = [
    "SPEC_FILES",
    "FileResult",
    "PartResult",
    "default_spec_root",
    "extract_mentions",
    "extraction_path",
    "run",
]

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

from holdout import PARTS, part, shared_root  # noqa: E402

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
    """``specs/recognizers-text`` under the shared data folder (see ``holdout.shared_root``)."""
    return shared_root() / "specs" / "recognizers-text"


# --------------------------------------------------------------------------------------------
# the extraction path


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    start: int
    end: int
    text: str
    value: Any


_PATH = "claimcheck.extract_text"


def extract_mentions(
    text: str, language: str = "en", published: dt.date | None = None
) -> list[_Found]:
    """Mentions of ``text`` through the public extraction path, :func:`claimcheck.extract_text`."""
    from claimcheck import extract_text

    return [
        _Found(m.kind, m.start, m.end, m.text, m.value)
        for m in extract_text(text, language=language, published=published)
    ]


def extraction_path() -> str:
    """Which function the cases go through."""
    return _PATH


# --------------------------------------------------------------------------------------------
# running


@dataclass(slots=True)
class PartResult:
    """The counts of one part (tuning, blind, or all cases) of one spec file."""

    cases: int = 0
    in_scope: int = 0
    passed: int = 0
    out_of_scope: int = 0
    errors: int = 0

    @property
    def rate(self) -> float:
        return self.passed / self.in_scope if self.in_scope else 0.0

    def add(self, other: PartResult) -> None:
        self.cases += other.cases
        self.in_scope += other.in_scope
        self.passed += other.passed
        self.out_of_scope += other.out_of_scope
        self.errors += other.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "in_scope": self.in_scope,
            "passed": self.passed,
            "rate": round(self.rate, 4),
            "out_of_scope": self.out_of_scope,
            "errors": self.errors,
        }


@dataclass(slots=True)
class FileResult:
    """The outcome of one spec file: counts per part and for the whole file."""

    file: str
    language: str
    model: str
    parts: dict[str, PartResult] = field(default_factory=lambda: {p: PartResult() for p in PARTS})
    skipped: str | None = None
    reasons: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    #: Indices of the failing cases of the tuning part (the blind part's are never kept).
    failures: list[int] = field(default_factory=list)

    @property
    def all(self) -> PartResult:
        total = PartResult()
        for p in self.parts.values():
            total.add(p)
        return total

    @property
    def rate(self) -> float:
        return self.all.rate

    def to_json(self) -> dict[str, Any]:
        total = self.all
        return {
            "file": self.file,
            "language": self.language,
            "model": self.model,
            **total.to_json(),
            "out_of_scope_reasons": dict(self.reasons),
            "error_kinds": dict(self.errors),
            "skipped": self.skipped,
            **{name: p.to_json() for name, p in self.parts.items()},
            "tuning_failures": self.failures,
        }


def _adapter(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def _key(case: Any) -> str:
    """The string a case's part is hashed from: its ``Input`` (the JSON of the case without one)."""
    if isinstance(case, dict) and isinstance(case.get("Input"), str):
        return case["Input"]
    return json.dumps(case, sort_keys=True, ensure_ascii=False)


def case_part(case: Any) -> str:
    """``"tuning"`` or ``"blind"`` for one spec case."""
    return part(_key(case))


def run(spec_root: Path, files: list[str] | None = None) -> list[FileResult]:
    """Run every spec file (or those named) and return their results."""
    out: list[FileResult] = []
    for rel, (module_name, language, model) in SPEC_FILES.items():
        if files and rel not in files:
            continue
        res = FileResult(file=rel, language=language, model=model)
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
            which = case_part(case)
            counts = res.parts[which]
            counts.cases += 1
            try:
                outcome = adapter.check_case(case, language, model)
                reason = None
                if outcome is None and reason_of is not None:
                    reason = reason_of(case, language, model)
            except Exception as exc:  # a shape the adapter does not handle: count, go on
                counts.errors += 1
                res.errors[type(exc).__name__] += 1
                continue
            if outcome is None:
                counts.out_of_scope += 1
                res.reasons[reason or "out of scope"] += 1
                continue
            counts.in_scope += 1
            if outcome:
                counts.passed += 1
            elif which == "tuning":
                res.failures.append(index)
    return out


def _cell(p: PartResult) -> str:
    return f"{p.passed:>4}/{p.in_scope:<4} {100 * p.rate:5.1f}%"


def _print_table(results: list[FileResult]) -> None:
    width = max(len(r.file) for r in results)
    print(
        f"{'file':<{width}}  {'tuning':^16}  {'blind':^16}  {'all':^16}  {'gap':>5}"
        "  out-of-scope  errors"
    )
    for r in results:
        if r.skipped:
            print(f"{r.file:<{width}}  skipped: {r.skipped}")
            continue
        tuning, blind, total = r.parts["tuning"], r.parts["blind"], r.all
        gap = 100 * (tuning.rate - blind.rate)
        errors = f"{total.errors:>6}" + (f"  {dict(r.errors)}" if total.errors else "")
        print(
            f"{r.file:<{width}}  {_cell(tuning)}  {_cell(blind)}  {_cell(total)}  {gap:+5.1f}"
            f"  {total.out_of_scope:>12}  {errors}"
        )
    ran = [r for r in results if not r.skipped]
    if ran:
        combined = {name: PartResult() for name in (*PARTS, "all")}
        for r in ran:
            for name in PARTS:
                combined[name].add(r.parts[name])
            combined["all"].add(r.all)
        t, b, a = combined["tuning"], combined["blind"], combined["all"]
        print(
            f"{'combined':<{width}}  {_cell(t)}  {_cell(b)}  {_cell(a)}  "
            f"{100 * (t.rate - b.rate):+5.1f}  {a.out_of_scope:>12}  {a.errors:>6}"
        )
    print("(passed/in-scope per part; gap = tuning - blind, in points)")


def _print_failures(spec_root: Path, results: list[FileResult]) -> None:
    """The failing cases of the tuning part; the blind part's failures are never printed."""
    for r in results:
        if r.skipped:
            continue
        blind = r.parts["blind"]
        print(
            f"\n== {r.file}: {len(r.failures)} failing in the tuning part "
            f"({blind.in_scope - blind.passed} in the blind part, not shown)"
        )
        if not r.failures:
            continue
        cases = json.loads((spec_root / r.file).read_text(encoding="utf-8-sig"))
        for index in r.failures:
            case = cases[index]
            text = str(case.get("Input", ""))
            print(f"  #{index} {text[:160]!r}")
            for res in case.get("Results") or []:
                print(f"      want {res.get('Text')!r} {res.get('Resolution')}")
            ref = (case.get("Context") or {}).get("ReferenceDateTime")
            published = dt.date.fromisoformat(ref[:10]) if ref else None
            for m in extract_mentions(text, r.language, published):
                if m.kind in ("number", "money", "quantity", "percent", "ordinal", "date"):
                    print(f"      got  {m.kind} {m.text!r} {m.value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--specs", type=Path, default=default_spec_root(), help="spec root directory"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--show-failures",
        "--failures",
        dest="show_failures",
        action="store_true",
        help="list the failing cases of the tuning part (never the blind part's)",
    )
    parser.add_argument("files", nargs="*", help="only these spec files (relative paths)")
    args = parser.parse_args(argv)
    if not args.specs.is_dir():
        print(f"conformance: error: {args.specs}: no such directory", file=sys.stderr)
        return 2
    results = run(args.specs, args.files or None)
    if args.json:
        json.dump(
            {
                "extraction_path": extraction_path(),
                "split": "sha1(Input) even: tuning, odd: blind",
                "results": [r.to_json() for r in results],
            },
            sys.stdout,
            indent=2,
        )
        print()
    else:
        _print_table(results)
        print(f"\nvia {extraction_path()}")
        if args.show_failures:
            _print_failures(args.specs, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
