"""One text being read for entities: its tokens, its candidates, and what the pass has learnt."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.extraction.entities.lexicon import Lexicon
from claimcheck.extraction.entities.patterns import patterns
from claimcheck.language.aliases import key_of_words
from claimcheck.language.text import name_tokens

_NEWLINE = re.compile("\n")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    conn: bool
    #: the name key of this word alone, once computed
    key: str = ""


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    surface: str
    #: person, organization, location, other, or "unknown" / "acronym" before typing
    type: str
    key: str = ""
    id: str = ""
    canonical: str = ""
    role: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    weak: bool = False
    words: tuple[str, ...] = ()


def keyw(lex: Lexicon, toks: Sequence[Tok]) -> str:
    if len(toks) == 1:
        return key_of_words(lex.table, toks[0].words)
    words: list[str] = []
    for t in toks:
        words.extend(t.words)
    return key_of_words(lex.table, tuple(words))


def surface_of(text: str, toks: Sequence[Tok]) -> str:
    return text[toks[0].start : toks[-1].end]


class Page:
    """One text under reading: the text, its lexicon, the candidates found so far."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.p = patterns()
        self.table = lex.table
        self._lines: dict[int, bool] = {}
        self._newlines: list[int] | None = None
        self._lower: set[str] | None = None
        self.attested: set[str] = set()
        self.seen_chunks: set[str] = set()
        self.cands: list[Cand] = []
        self.absorbed: set[tuple[int, int]] = set()
        #: acronym -> the candidate that defines it (set by the definitions pass)
        self.defs: dict[str, Cand] = {}

    def is_title_line(self, pos: int) -> bool:
        """Whether ``pos`` is on a headline-like line (title case, no sentence punctuation)."""
        text = self.text
        if self._newlines is None:  # found once: a search per name is quadratic on one line
            self._newlines = [m.start() for m in _NEWLINE.finditer(text)]
        k = bisect.bisect_left(self._newlines, pos)
        ls = self._newlines[k - 1] + 1 if k else 0
        cached = self._lines.get(ls)
        if cached is not None:
            return cached
        le = self._newlines[k] if k < len(self._newlines) else len(text)
        line = text[ls:le].strip()
        result = False
        if line and line[-1] not in '.!?;,:"”’)':
            words = self.p.words.findall(line)
            if 0 < len(words) <= 16:
                func = self.lex.function
                long = [w for w in words if len(w) >= 4 and w.lower() not in func]
                result = all(w[0].isupper() for w in long)
        self._lines[ls] = result
        return result

    def is_initial(self, pos: int) -> bool:
        """Whether the word at ``pos`` starts a sentence, a line or a quotation."""
        text = self.text
        j = pos - 1
        while j >= 0 and text[j] in " \t\u00a0\"“‘'«„([{*•·-–—":
            if text[j] in "-–—" and j > 0 and text[j - 1] not in " \t\n":
                break
            j -= 1
        while j >= 0 and text[j] in "\"”’')]»":
            j -= 1
        return j < 0 or text[j] in ".!?\n\r:…"

    def written_lower(self, word: str) -> bool:
        """Whether ``word`` also occurs in lower case in the text (a common word)."""
        low = word.lower()
        if low == word:
            return True
        if self._lower is None:
            self._lower = set(self.p.lower_words.findall(self.text))
        return low in self._lower

    def tokens(self, s: int, e: int, chunk: str | None = None) -> list[Tok]:
        t = self.text[s:e] if chunk is None else chunk
        if " " not in t and "\u00a0" not in t and "\t" not in t:
            if t in self.lex.conns:
                return []
            return [Tok(s, e, t, name_tokens(t), False)]
        out: list[Tok] = []
        conns = self.lex.conns
        pos = 0
        for part in t.split():
            at = t.find(part, pos)
            pos = at + len(part)
            is_conn = part in conns or (part.lower() in ("of", "and", "the", "for") and bool(out))
            out.append(Tok(s + at, s + pos, part, name_tokens(part), is_conn))
        while out and out[0].conn:
            out.pop(0)
        while out and out[-1].conn:
            out.pop()
        return out
