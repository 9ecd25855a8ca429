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
from functools import lru_cache

import regex

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
    "he's": ("he", "is"),
    "she's": ("she", "is"),
    "that's": ("that", "is"),
    "there's": ("there", "is"),
    "what's": ("what", "is"),
    "who's": ("who", "is"),
    "you're": ("you", "are"),
    "you've": ("you", "have"),
    "they've": ("they", "have"),
    "i've": ("i", "have"),
    "i'd": ("i", "would"),
    "we'd": ("we", "would"),
    "you'll": ("you", "will"),
    "they'll": ("they", "will"),
    "he'll": ("he", "will"),
    "she'll": ("she", "will"),
    "it'll": ("it", "will"),
}
#: Words whose omission turns a quotation into its opposite.
NEGATIONS = frozenset(
    {"not", "no", "never", "n't", "nothing", "none", "nobody", "neither", "nor", "without"}
)

#: Words an editor put in brackets or parentheses are not the speaker's.
_BRACKETED = regex.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def tokens(m: Mention) -> tuple[str, ...]:
    """Comparable tokens of a quote mention (typography folded, numbers and contractions
    normalized)."""
    v = m.value
    return _text_tokens(v.text if isinstance(v, Quote) else m.text)


@lru_cache(maxsize=16384)
def _text_tokens(text: str) -> tuple[str, ...]:
    # every pair of quotations compared asks for both sides' tokens again, and reports of
    # one story repeat the same words: each text is tokenized once
    from claimcheck.rulekit import quote_tokens

    text = _BRACKETED.sub(lambda b: f" {GAP} " if b.group() in ("[...]", "[\u2026]") else " ", text)
    out: list[str] = []
    for t in _unglued(quote_tokens(text)):
        t = t.replace("\u2019", "'")
        if t in ("st", "nd", "rd", "th") and out and out[-1].isdigit():
            out[-1] = _ORDINALS.get(out[-1] + t, out[-1] + t)  # "11 th" -> "eleventh"
        elif t in _CONTRACTIONS:
            out.extend(_CONTRACTIONS[t])
        else:
            out.append(_SPELLINGS.get(t, _ORDINALS.get(t, _NUMBER_WORDS.get(t, t))))
    return tuple(out)


#: What may follow an apostrophe inside one word ("don't", "we're", "rock'n'roll").
_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m", "n", "em"})


def _unglued(words: Sequence[str]) -> Iterator[str]:
    """Words with a quotation mark glued between them split apart: a nested quote loses its
    space in some copy ("police'locked down'", "they said'close your door'"), while an
    apostrophe inside a word ("don't", "O'Brien") is kept."""
    for w in words:
        head, sep, tail = w.replace("\u2019", "'").partition("'")
        if sep and len(head) >= 3 and len(tail) >= 3 and tail not in _CLITICS:
            yield head
            yield from _unglued((tail,))
        else:
            yield w


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
        parts = []
        for a, b in self.substitutions:
            if not b:
                parts.append(f"\u201c{' '.join(a)}\u201d left out")
            elif not a:
                parts.append(f"\u201c{' '.join(b)}\u201d added")
            else:
                parts.append(f"\u201c{' '.join(a)}\u201d \u2192 \u201c{' '.join(b)}\u201d")
        parts += [f"\u201c{' '.join(o)}\u201d left out" for o in self.omissions]
        return "; ".join(parts)


def _spelling_variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Differences a reader would not call a change of words: British and American spelling
    ("neighbourhood"/"neighborhood", "fibre"/"fiber"), an acronym for its expansion ("IE" /
    "Internet Explorer"), "daughter's" for "daughter has"."""
    if "".join(a) == "".join(b):
        return True  # "data center" / "datacenter", "e mail" / "email"
    if _clock(a) and _clock(b):
        return True  # "6:41pm PST" / "18:41": one time written two ways
    if tuple(_ORDINALS.get(w, w) for w in a) == tuple(_ORDINALS.get(w, w) for w in b):
        return True  # "11th hour" / "eleventh hour"
    if tuple(map(_american, a)) == tuple(map(_american, b)):
        return True  # "neighbourhood" / "neighborhood", "organised" / "organized"
    if len(a) == 1 and len(b) == 1:
        x, y = a[0], b[0]
        ratio = difflib.SequenceMatcher(a=x, b=y).ratio()
        if (
            min(len(x), len(y)) >= 4
            and x[:1] == y[:1]
            and (ratio >= 0.85 or (x[:2] == y[:2] and ratio >= 0.8))
            and not _same_stem(x, y)
        ):
            return True  # "neighbourhood"/"neighborhood", "sulking"/"skulking"
    for short, long in ((a, b), (b, a)):
        if len(short) == 1 and len(long) >= 2 and short[0] == "".join(w[0] for w in long):
            return True
        if (
            len(short) == 1
            and len(long) == 2
            and short[0].endswith("'s")
            and short[0][:-2] == long[0]
            and long[1] in ("is", "has")
        ):
            return True
    return False


#: British spellings and their American forms, by word part.
_BRITISH = regex.compile(
    r"(?<=\w\w\w)our|(?<=\w\w)(?:is(?=e|ed|es|ing|ation)|ys(?=e|ed|ing)|tre$|ence$)"
    r"|(?<=\w\w\w[ae])ll(?=ed|ing)"
)
_AMERICAN = {"our": "or", "is": "iz", "ys": "yz", "tre": "ter", "ence": "ense", "ll": "l"}


def _american(word: str) -> str:
    """A word in American spelling, so that the two spellings of one word compare equal."""
    return _BRITISH.sub(lambda m: _AMERICAN[m.group()], word)


_ORDINALS = {
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    "5th": "fifth",
    "6th": "sixth",
    "7th": "seventh",
    "8th": "eighth",
    "9th": "ninth",
    "10th": "tenth",
    "11th": "eleventh",
    "12th": "twelfth",
    "13th": "thirteenth",
    "14th": "fourteenth",
    "15th": "fifteenth",
    "16th": "sixteenth",
    "17th": "seventeenth",
    "18th": "eighteenth",
    "19th": "nineteenth",
    "20th": "twentieth",
}
#: Informal spellings of one word.
_SPELLINGS = {"ok": "okay", "o.k": "okay", "alright": "all right"}
_CLOCK_WORDS = frozenset(
    {
        "am",
        "pm",
        "a",
        "p",
        "m",
        "gmt",
        "utc",
        "pst",
        "pdt",
        "est",
        "edt",
        "cst",
        "cdt",
        "bst",
        "cet",
        "ist",
        "hrs",
        "h",
    }
)


def _clock(words: tuple[str, ...]) -> bool:
    """Tokens that only write a time of day ("6", "41pm", "pst", "18", "41")."""
    return bool(words) and all(
        w.isdigit() or w in _CLOCK_WORDS or (w[:-2].isdigit() and w[-2:] in ("am", "pm"))
        for w in words
    )


def _negligible(words: tuple[str, ...]) -> bool:
    """Omitted tokens that carry no words: the digits of a time ("6:00" / "6"), stray letters."""
    return all(w.isdigit() or len(w) == 1 for w in words)


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
    edges = [op for op in (ops[:first_eq] + ops[last_eq + 1 :]) if op[0] == "replace"]
    for tag, i1, i2, j1, j2 in [*ops[first_eq : last_eq + 1], *edges]:
        if tag == "equal":
            continue
        if tag == "replace" and (i2 - i1 > 2 or j2 - j1 > 2) and (tag, i1, i2, j1, j2) in edges:
            continue  # different words around a shared excerpt: where each quote starts or ends
        a, b = tuple(ta[i1:i2]), tuple(tb[j1:j2])
        if GAP in a or GAP in b:
            continue  # words left out and marked with an ellipsis
        if tag == "replace" and _spelling_variant(a, b):
            continue
        if tag != "replace" and _negligible(a or b):
            continue
        if tag != "replace" and set(a or b) & NEGATIONS:
            subs.append((a, b))  # "will not negotiate" / "will negotiate": the opposite
            changed += len(a or b)
            continue
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
