"""Finding the same quotation in two reports and diffing its words.

Quotes are compared as word-token sequences in which typography does not count (curly or
straight marks, dashes, spacing, case, punctuation; ellipses become a gap marker). Candidate
pairs come from shared word trigrams, never from comparing every quote with every other.
Two quotes are the same quotation when most of the shorter one's words appear, in order, in
the longer one; words missing at either end are a shorter excerpt, not a misquote.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claimcheck.model import Mention, Quote

__all__ = ["Diff", "candidate_pairs", "compare_quotes", "tokens"]

GAP = "\u2026"
MIN_TOKENS = 5
MIN_SHARED = 0.75
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
}
_CONTRACTIONS = {
    "don't": ("do", "not"),
    "doesn't": ("does", "not"),
    "didn't": ("did", "not"),
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "isn't": ("is", "not"),
    "aren't": ("are", "not"),
    "wasn't": ("was", "not"),
    "weren't": ("were", "not"),
    "it's": ("it", "is"),
    "we're": ("we", "are"),
    "they're": ("they", "are"),
    "i'm": ("i", "am"),
    "we'll": ("we", "will"),
    "i'll": ("i", "will"),
    "we've": ("we", "have"),
    "hasn't": ("has", "not"),
    "haven't": ("have", "not"),
    "couldn't": ("could", "not"),
    "wouldn't": ("would", "not"),
    "shouldn't": ("should", "not"),
}


def tokens(m: Mention) -> tuple[str, ...]:
    """Comparable tokens of a quote mention (typography folded, numbers and contractions
    normalized)."""
    from claimcheck.extract.quotes import quote_tokens

    v = m.value
    text = v.text if isinstance(v, Quote) else m.text
    out: list[str] = []
    for t in quote_tokens(text):
        t = t.replace("\u2019", "'")
        if t in _CONTRACTIONS:
            out.extend(_CONTRACTIONS[t])
        else:
            out.append(_NUMBER_WORDS.get(t, t))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Diff:
    """How two renderings of one quotation differ."""

    shared: int
    substitutions: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    omissions: tuple[tuple[str, ...], ...]  # interior words present in only one, no ellipsis
    inflection_only: bool

    @property
    def identical(self) -> bool:
        return not self.substitutions and not self.omissions

    def describe(self) -> str:
        parts = [
            f"\u201c{' '.join(a)}\u201d \u2192 \u201c{' '.join(b)}\u201d"
            for a, b in self.substitutions
        ]
        parts += [f"\u201c{' '.join(o)}\u201d left out" for o in self.omissions]
        return "; ".join(parts)


def _same_stem(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return n >= 4 and (a.startswith(b) or b.startswith(a) or (a[:5] == b[:5] and n >= 5))


def compare_quotes(ta: Sequence[str], tb: Sequence[str]) -> Diff | None:
    """The word-level difference of two quotes, or ``None`` when they are not one quotation."""
    short = min(len(ta), len(tb))
    if short < MIN_TOKENS:
        return None
    sm = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    shared = sum(b.size for b in blocks)
    if shared < MIN_SHARED * short or shared < 4:
        return None
    subs: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    omis: list[tuple[str, ...]] = []
    ops = sm.get_opcodes()
    first_eq = next((i for i, o in enumerate(ops) if o[0] == "equal"), None)
    last_eq = max((i for i, o in enumerate(ops) if o[0] == "equal"), default=None)
    if first_eq is None or last_eq is None:
        return None
    changed = 0
    for tag, i1, i2, j1, j2 in ops[first_eq : last_eq + 1]:
        if tag == "equal":
            continue
        a, b = tuple(ta[i1:i2]), tuple(tb[j1:j2])
        if GAP in a or GAP in b:
            continue  # words left out and marked with an ellipsis
        changed += max(len(a), len(b))
        if tag == "replace":
            subs.append((a, b))
        else:
            omis.append(a or b)
    if changed > max(3, 0.25 * short):
        return None  # too different to be one quotation
    inflection = (
        bool(subs)
        and not omis
        and all(len(a) == len(b) and all(_same_stem(x, y) for x, y in zip(a, b)) for a, b in subs)
    )
    return Diff(
        shared=shared, substitutions=tuple(subs), omissions=tuple(omis), inflection_only=inflection
    )


def candidate_pairs(quotes: Sequence[Mention]) -> Iterator[tuple[int, int]]:
    """Pairs of quotes from different documents that share a rare word trigram."""
    toks = [tokens(q) for q in quotes]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, t in enumerate(toks):
        for g in {t[k : k + 3] for k in range(len(t) - 2)}:
            if GAP not in g:
                index[g].append(i)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) < 2 or len(members) > 200:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if quotes[i].doc == quotes[j].doc:
                    continue
                key = (i, j) if i < j else (j, i)
                if key not in seen:
                    seen.add(key)
                    yield key
