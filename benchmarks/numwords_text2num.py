"""Number words: claimcheck's grammar against text2num, on pass rate and speed.

    python benchmarks/numwords_text2num.py [--n 2000]

Two sets of text, in English, German and French:

1. the spelled-out cases of the tuning part of the Recognizers-Text Number specs (the blind
   part is not read): a case passes when every expected value is among the figures read;
2. cardinals spelled out by num2words (up to a billion), inside a sentence: a case passes when
   exactly that one figure is read.

text2num (``alpha2digit``) rewrites number words as digits; its figures are the digit runs of
the rewritten text. claimcheck's are the values of ``find_numeric``. Both need their optional
packages (``pip install text2num num2words``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from holdout import part, shared_root  # noqa: E402

from claimcheck.extraction.numbers.extractor import find_numeric  # noqa: E402

LANGS = {"en": "English", "de": "German", "fr": "French"}
SENTENCE = {
    "en": "Officials said {} were affected.",
    "de": "Die Behörden sagten, {} seien betroffen.",
    "fr": "Les autorités ont dit que {} étaient touchés.",
}
_DIGITS = re.compile(r"-?\d+(?:[.,]\d+)?")
_LETTERS = re.compile(r"[^\W\d_]{3,}")


def _ours(text: str, lang: str) -> list[float]:
    out = []
    for m in find_numeric(text, lang):
        v = m.value
        for x in (getattr(v, "value", None), getattr(v, "low", None), getattr(v, "high", None)):
            if x is not None:
                out.append(float(x))
    return out


def _text2num(text: str, lang: str) -> list[float]:
    from text_to_num import alpha2digit

    rewritten = alpha2digit(text, lang)
    return [float(d.replace(",", ".")) for d in _DIGITS.findall(rewritten)]


def _spec_cases(lang: str) -> list[tuple[str, list[float]]]:
    from rt_number import case_reason, result_reason

    path = shared_root() / "specs/recognizers-text/Number" / LANGS[lang] / "NumberModel.json"
    out = []
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        text = case["Input"]
        if part(text) != "tuning" or case_reason(case, lang, "NumberModel"):
            continue
        wanted = []
        for r in case.get("Results") or []:
            if result_reason(case, r, "NumberModel", lang):
                continue
            span = r.get("Text", "")
            if any(ch.isdigit() for ch in span) or not _LETTERS.search(span):
                continue
            raw = str((r.get("Resolution") or {}).get("value", "")).replace(",", ".")
            try:
                wanted.append(float(raw))
            except ValueError:
                continue
        if wanted:
            out.append((text, wanted))
    return out


def _generated(lang: str, n: int) -> list[tuple[str, list[float]]]:
    from num2words import num2words

    rng = random.Random(11)
    values = [rng.choice((rng.randint(0, 999), rng.randint(1000, 10**9))) for _ in range(n)]
    return [(SENTENCE[lang].format(num2words(v, lang=lang)), [float(v)]) for v in values]


def _score(
    cases: list[tuple[str, list[float]]], lang: str, read: Callable[[str, str], list[float]]
) -> tuple[int, float]:
    passed = 0
    t = time.perf_counter()
    for text, wanted in cases:
        got = read(text, lang)
        if all(any(abs(g - w) <= 1e-9 * max(1.0, abs(w)) for g in got) for w in wanted):
            passed += 1
    return passed, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="generated cardinals per language")
    args = ap.parse_args()
    print(f"{'set':<28}{'cases':>6}  {'claimcheck':>18}  {'text2num':>18}")
    for lang in LANGS:
        for name, cases in (
            (f"RT tuning words ({lang})", _spec_cases(lang)),
            (f"num2words cardinals ({lang})", _generated(lang, args.n)),
        ):
            _score(cases[:5], lang, _ours)  # warm both up
            _score(cases[:5], lang, _text2num)
            ours, t_ours = _score(cases, lang, _ours)
            theirs, t_theirs = _score(cases, lang, _text2num)
            n = len(cases) or 1
            print(
                f"{name:<28}{len(cases):>6}  {ours / n:>7.1%} {t_ours * 1e3 / n:>6.3f} ms"
                f"  {theirs / n:>7.1%} {t_theirs * 1e3 / n:>6.3f} ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
