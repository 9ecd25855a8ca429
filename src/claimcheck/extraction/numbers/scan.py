"""The numeric extractor's state over one text: its tokens and the surface lookups (currency
and unit forms next to a figure) that every later stage uses.

Tokens are figures in digits (read with the language's separators), vulgar fractions, digit
fractions ("3/4") and number words; a German numeral written as one word becomes one token with
its value.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from claimcheck.extraction.money.currencies import CurrencyForm, currency_lexicon
from claimcheck.extraction.numbers.digits import parse_digits
from claimcheck.extraction.numbers.patterns import FRACTION_DENOMINATORS, RX, VULGAR, LangTables
from claimcheck.language.numwords import german_compound_value
from claimcheck.language.surfaces import SurfaceMatch
from claimcheck.language.text import fold

__all__ = ["Num", "Piece", "Scanner", "Tok"]


@dataclass(slots=True)
class Tok:
    """A figure, a fraction or a number word, with the role the grammar reads it in."""

    start: int
    end: int
    kind: str
    value: float
    decimals: int = 0
    grouped: bool = False


@dataclass(slots=True)
class Num:
    """A figure phrase as read by the grammar, before its surroundings are looked at."""

    start: int
    end: int
    next: int
    value: float | None
    kind: str = "card"  # card | frac | ord | vague
    low: float | None = None
    high: float | None = None
    #: The multiplier of a scale word or abbreviation the phrase ends with (1 if none).
    scale: float = 1.0
    digits: bool = False
    words: bool = False
    decimals: int = 0
    grouped: bool = False
    article: bool = False  # the phrase is a bare article ("ein", "un")
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Piece:
    """A figure with its currency, unit or percent: one end of a possible range."""

    start: int
    end: int
    num: Num
    value: float | None
    kind: str  # number | money | quantity | percent | ordinal
    currency: CurrencyForm | None = None
    currency_text: str | None = None
    unit: str | None = None
    unit_factor: float = 1.0
    points: bool = False
    scaled: bool = False
    prefix_currency: bool = False


class Scanner:
    """Tokens of one text and the lookups of what is written around them."""

    __slots__ = ("blocked", "blocked_starts", "lx", "starts", "text", "toks")

    def __init__(self, text: str, lx: LangTables) -> None:
        self.text = text
        self.lx = lx
        self.toks: list[Tok] = []
        self.starts: list[int] = []
        self.blocked: list[tuple[int, int]] = []
        self.blocked_starts: list[int] = []
        #: (token count, token) -> where the run of number words there ends, when known.

    def _block(self, spans: list[tuple[int, int]]) -> None:
        """Remember spans that hold no figure (links, phone numbers, digit dates), merged."""
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self.blocked = merged
        self.blocked_starts = [s for s, _ in merged]

    def _is_blocked(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.blocked_starts, start) - 1
        if k >= 0 and self.blocked[k][1] > start:
            return True
        return k + 1 < len(self.blocked) and self.blocked[k + 1][0] < end

    def _tokens(self) -> list[Tok]:
        lx = self.lx
        out: list[Tok] = []
        words = lx.words
        text = self.text
        for m in lx.figures.finditer(text):
            kind = m.lastgroup
            s, e = m.span()
            if kind == "num":
                for d in parse_digits(m.group(), lx.lang):
                    out.append(Tok(s + d.start, s + d.end, "num", d.value, d.decimals, d.grouped))
            elif kind == "dfrac":
                a, b = m.group().split("/")
                num, den = int(a), int(b)
                if den in FRACTION_DENOMINATORS and 0 < num < den:
                    out.append(Tok(s, e, "dfrac", num / den))
                else:
                    out.append(Tok(s, e, "skip", 0.0))
            elif kind == "vul":
                out.append(Tok(s, e, "vfrac", VULGAR[m.group()]))
        if lx.grammar.tokenized_rejoin and len(out) > 1:
            out = self._rejoin_tokenized(out)
        word_toks: list[Tok] = []
        for m in lx.words_re.finditer(text):
            s, e = m.span()
            if m.lastgroup == "cw":
                v = german_compound_value(m.group())
                if v is not None:
                    word_toks.append(Tok(s, e, "cw", v))
                    continue
                w = m.group().lower()
            else:
                w = m.group().lower()
            entry = words.get(w) or words.get(fold(w))
            if entry is not None:
                word_toks.append(Tok(s, e, entry[0], float(entry[1])))
        if word_toks:
            out = sorted(out + word_toks, key=lambda t: t.start)
        return out

    def _rejoin_tokenized(self, toks: list[Tok]) -> list[Tok]:
        """Figures split by word tokenization, as in Penn-Treebank-style corpora:
        "13, 000" (a thousands group: a leading zero, or a unit after it) and "6. 0" (a decimal
        before a lower-case word, a unit or a percent sign)."""
        text = self.text
        out: list[Tok] = []
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            if t.kind != "num" or t.decimals or t.grouped or t.end - t.start > 3:
                out.append(t)
                i += 1
                continue
            j = i
            digits = text[t.start : t.end]
            while j + 1 < n and self._split_group(toks[j], toks[j + 1]):
                digits += text[toks[j + 1].start : toks[j + 1].end]
                j += 1
            if j > i:
                out.append(Tok(t.start, toks[j].end, "num", float(digits), 0, True))
                i = j + 1
                continue
            nxt = toks[i + 1] if i + 1 < n else None
            if (
                nxt is not None
                and nxt.kind == "num"
                and t.end - t.start <= 2
                and nxt.end - nxt.start == 1
                and text[t.end : nxt.start] == ". "
                and not text[nxt.end : nxt.end + 1].isdigit()
                and (
                    RX.TOKENIZED_DECIMAL_AFTER.match(text, nxt.end)
                    or RX.MAGNITUDE_BEFORE.search(text, max(0, t.start - 30), t.start)
                    or text[t.start - 1 : t.start] in ("$", "€", "£", "¥", "₹")
                )
            ):
                value = float(f"{digits}.{text[nxt.start : nxt.end]}")
                out.append(Tok(t.start, nxt.end, "num", value, 1, False))
                i += 2
                continue
            out.append(t)
            i += 1
        return out

    def _split_group(self, a: Tok, b: Tok) -> bool:
        """Whether ``b`` continues ``a`` as a thousands group written after ", "."""
        text = self.text
        if b.kind != "num" or b.decimals or b.grouped or b.end - b.start != 3:
            return False
        if text[a.end : b.start] != ", ":
            return False
        if text[b.start] == "0":
            return True
        if a.start >= 3 and text[a.start - 2 : a.start] == ", " and text[a.start - 3].isdigit():
            return False  # "1, 234, 567": a list
        if a.start >= 2 and text[a.start - 2 : a.start] in ("- ", " -"):
            return False  # "5 - foot - 8, 135 pounds": the end of a compound
        if b.end < len(text) and text[b.end : b.end + 2] == ", ":
            return False
        if text[b.end : b.end + 2].startswith(" ") and text[b.end + 1 : b.end + 2].islower():
            return True  # "2, 117 career points"
        after = b.end + 1 if text[b.end : b.end + 1] == " " else b.end
        return self.lx.unit_index.at(text, after) is not None or bool(
            RX.PERCENT_AHEAD.match(text, b.end)
        )

    def _gap(self, i: int) -> str:
        """The text between token ``i - 1`` and token ``i``."""
        return self.text[self.toks[i - 1].end : self.toks[i].start]

    def _joined(self, i: int, *, hyphen: bool = True) -> bool:
        """Whether token ``i`` continues the phrase of token ``i - 1`` (a space or hyphen)."""
        if i <= 0 or i >= len(self.toks):
            return False
        gap = self._gap(i)
        if gap and all(c in " \u00a0\t" for c in gap) and len(gap) <= 3:
            return True
        return hyphen and gap.strip(" ") in ("-", "‐", "‑") and len(gap) <= 3

    def _a_before(self, pos: int) -> bool:
        return bool(self.lx.a_before.search(self.text, max(0, pos - 8), pos))

    def _tok_index(self, pos: int) -> int:
        lo, hi = 0, len(self.toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.toks[mid].start < pos:
                lo = mid + 1
            else:
                hi = mid
        return min(lo, len(self.toks) - 1)

    def _tok_at_or_after(self, pos: int) -> int | None:
        k = bisect.bisect_left(self.starts, pos)
        return k if k < len(self.toks) else None

    def _currency_before(self, pos: int) -> SurfaceMatch[CurrencyForm] | None:
        """A symbol or code right before a figure, fused or after one space ("$5", "PKR 500")."""
        text = self.text
        before = currency_lexicon(self.lx.lang).before
        m = before.before(text, pos)
        if m is None and pos > 0 and text[pos - 1] in (" ", "\u00a0"):
            m = before.before(text, pos - 1)
        if m is not None and m.start > 0 and text[m.start - 1] in "$€£¥₹":
            return None
        return m

    def _symbol_not_prefix(
        self, m: SurfaceMatch[CurrencyForm] | None
    ) -> SurfaceMatch[CurrencyForm] | None:
        """A symbol directly followed by a figure belongs to that figure ("1 $10 bill")."""
        if m is None or m.folded:
            return m
        nxt = self.text[m.end : m.end + 2]
        if nxt[:1].isdigit() or (
            nxt[:1] == " " and nxt[1:].isdigit() and not m.surface[-1:].isalpha()
        ):
            return m if self._subunits_follow(m.end) else None
        return m

    def _subunits_follow(self, pos: int) -> bool:
        """Whether a count of a sub-unit follows ("10 $ 30 cent"): then the symbol before it
        belongs to the amount before the symbol, and the sub-units are added to it."""
        sub = RX.SUBUNIT_COUNT.match(self.text, pos)
        if sub is None:
            return False
        form = currency_lexicon(self.lx.lang).after.at(self.text, sub.end())
        return form is not None and form.folded and form.value.factor != 1

    def _currency_match_after(self, pos: int) -> SurfaceMatch[CurrencyForm] | None:
        """A currency written right after a figure: fused or after one space for symbols and
        codes ("115USD", "5 €"), after a space or hyphen for names ("5 dollars", "-dollar")."""
        text = self.text
        after = currency_lexicon(self.lx.lang).after
        m = self._symbol_not_prefix(after.at(text, pos))
        if m is not None and not m.folded:
            return m
        ch = text[pos : pos + 1]
        if ch in (" ", "\u00a0"):
            m = self._symbol_not_prefix(after.at(text, pos + 1))
            if m is None and text[pos + 1 : pos + 2] in (" ", "\u00a0"):
                m = after.at(text, pos + 2)
                if m is not None and not m.folded:
                    m = None
            return m
        if ch == "-":
            m = after.at(text, pos + 1)
            return m if m is not None and m.folded else None
        return None

    def _unit_match(self, pos: int) -> tuple[SurfaceMatch[list[Any]], str] | None:
        """A unit right after a figure, with the separator: fused or one space for symbols
        ("29km", "1.6 km", "20 (kg)"), a space or hyphen for names ("ten miles", "45-acre")."""
        text = self.text
        found = self._unit_match_any(pos)
        if found is not None and text[found[0].end : found[0].end + 1] in ("'", "’"):
            return None  # an elided article or pronoun: "12 l'an dernier", "3 d'entre eux"
        return found

    def _unit_match_any(self, pos: int) -> tuple[SurfaceMatch[list[Any]], str] | None:
        text = self.text
        idx = self.lx.unit_index
        m = idx.at(text, pos)
        if m is not None and not m.folded:
            return m, ""
        ch = text[pos : pos + 1]
        if text.startswith(" - ", pos):
            # Tokenized compounds: "36 - yard field goal", "16 - year - old".
            m = idx.at(text, pos + 3)
            if m is not None and m.folded:
                return m, " - "
        if ch in (" ", "\u00a0", "-"):
            start = pos + 1
            while ch != "-" and text[start : start + 1] in (" ", "\u00a0") and start < pos + 3:
                start += 1
            m = idx.at(text, start)
            if m is not None and (m.folded or start == pos + 1):
                return m, text[pos:start]
            if ch != "-" and text[pos + 1 : pos + 2] in ("(", "["):
                m = idx.at(text, pos + 2)
                close = {"(": ")", "[": "]"}[text[pos + 1]]
                if m is not None and not m.folded and text[m.end : m.end + 1] == close:
                    return SurfaceMatch(m.start, m.end + 1, m.surface, m.value, False), " ("
        return None
