"""How many figures a sentence and a document hold, counted before anything is extracted.

A figure here is what the numeric extractors can turn into a mention: a run of digits (with
its inner separators, "2020-03-01", "1,500.5") or a number word of the document's language
("one", "thousand", "vingt"). Counting them is one scan of the analysis text's words, so
the engine can bound the work of the expensive stages before they run: :func:`figure_cuts`
says where a sentence, or the whole document, holds more figures than any news text does,
and the engine leaves the text from there on unanalysed and reports it (CC920).

News sentences hold a handful of figures (the ECB+ corpus: at most 13 digit runs in one of
its 14,000 sentences, and one mention per 19 characters in its densest article); hundreds in
one sentence are a table flattened into one line or generated text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from claimcheck.language.numwords import word_entries
from claimcheck.language.text import base_language
from claimcheck.model import Segment

__all__ = [
    "FIGURES_PER_DOCUMENT_CHARS",
    "MAX_FIGURES_PER_SENTENCE",
    "MIN_FIGURES_PER_DOCUMENT",
    "FigureCut",
    "figure_cuts",
    "figure_starts",
    "number_words",
]

#: Figures of one sentence that are analysed (ECB+: at most 11 in a sentence, counted this
#: way); the text from the last of them on is not.
MAX_FIGURES_PER_SENTENCE = 32
#: A document is analysed up to one figure per this many characters of its analysis text
#: on average (ECB+'s densest article: one mention of any kind per 19 characters) ...
FIGURES_PER_DOCUMENT_CHARS = 8
#: ... and never fewer than this many figures, so a short table is always read whole.
MIN_FIGURES_PER_DOCUMENT = 4096


@dataclass(frozen=True, slots=True)
class FigureCut:
    """Analysis-text span ``[start, end)`` left unanalysed because it holds too many figures.

    ``start`` is where the last figure within the bound begins: a mention reaching it may
    have been part of a longer one across the cut, so nothing from there on is kept.
    ``scope`` is ``"sentence"`` (``end`` is the sentence's end) or ``"document"``.
    """

    start: int
    end: int
    scope: str


#: Digit runs (with their inner separators) and letter runs: the words among them are
#: looked up in the language's number words.
_TOKEN = regex.compile(r"\p{Nd}++(?:[.,:/\-]\p{Nd}++)*+|\p{L}++")


@cache
def number_words(language: str) -> frozenset[str]:
    """The lower-cased number words of ``language`` (English for unsupported ones)."""
    return frozenset(w for w in word_entries(base_language(language)) if w.isalpha())


def figure_starts(text: str, start: int, end: int, words: frozenset[str], most: int) -> list[int]:
    """Where the first ``most`` figures of ``text[start:end]`` begin."""
    out: list[int] = []
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        if tok[0].isdigit() or tok.lower() in words:
            out.append(m.start())
            if len(out) == most:
                break
    return out


def figure_cuts(
    text: str, segments: Sequence[Segment], language: str, *, per_sentence: int | None = None
) -> list[FigureCut]:
    """Where ``text`` holds more figures than analysed: at most one cut per sentence (past
    its ``per_sentence``-th figure), then one for the document once the figures kept reach
    its bound (:data:`MIN_FIGURES_PER_DOCUMENT`, or one per
    :data:`FIGURES_PER_DOCUMENT_CHARS` characters). In text order; linear in ``text``."""
    cap = MAX_FIGURES_PER_SENTENCE if per_sentence is None else per_sentence
    budget = max(MIN_FIGURES_PER_DOCUMENT, len(text) // FIGURES_PER_DOCUMENT_CHARS)
    words = number_words(language)
    cuts: list[FigureCut] = []
    kept = 0
    for seg in segments:
        starts = figure_starts(text, seg.plain_start, seg.plain_end, words, cap + 1)
        here = min(len(starts), cap)
        if kept + here > budget:
            last = budget - kept - 1
            start = starts[last] if last >= 0 else seg.plain_start
            cuts.append(FigureCut(start, len(text), "document"))
            break
        if len(starts) > cap:
            cuts.append(FigureCut(starts[cap - 1], seg.plain_end, "sentence"))
        kept += here
    return cuts
