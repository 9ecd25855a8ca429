"""Number words below a thousand: "twenty-six", "soixante-dix-sept", "vingt et un",
"one hundred and five", "a dozen"; the groups a cardinal is built from.
"""

from __future__ import annotations

from claimcheck.extraction.numbers.scan import Scanner
from claimcheck.language.text import fold

__all__ = ["NumberGroups"]


class NumberGroups(Scanner):
    """Reads the groups of number words below a thousand."""

    __slots__ = ()

    def _sub100(self, i: int) -> tuple[float, int] | None:
        """A number below one hundred in words ("twenty-six", "soixante-dix-sept", "vingt et
        un", "quatre-vingt-dix"): a tens word with a unit joined to it, or with a teen after
        a vigesimal tens word, as the language's grammar allows."""
        toks = self.toks
        n = len(toks)
        t = toks[i]
        if t.kind == "cw":
            return t.value, i + 1
        vig = self._vigesimal(i)
        if vig is not None:
            value, j = vig
        elif t.kind == "ten":
            value, j = t.value, i + 1
        elif t.kind in ("teen", "unit"):
            if self._teen_compound(i):
                return 10 + toks[i + 1].value, i + 2
            return t.value, i + 1
        else:
            return None
        if j >= n:
            return value, j
        tail = self._tens_tail(j, value)
        return (value + tail[0], tail[1]) if tail is not None else (value, j)

    def _vigesimal(self, i: int) -> tuple[float, int] | None:
        """ "quatre-vingt(s)": a multiplier word joined to the twenty word."""
        toks = self.toks
        if i + 1 >= len(toks) or not self._joined(i + 1):
            return None
        word = fold(self.text[toks[i].start : toks[i].end])
        nxt = fold(self.text[toks[i + 1].start : toks[i + 1].end])
        for head, twenties, value in self.lx.grammar.vigesimal:
            if word == head and nxt in twenties:
                return value, i + 2
        return None

    def _teen_compound(self, i: int) -> bool:
        """ "dix-sept": the ten word with a unit joined after it (17-19, and the loose
        "dix-cinq" after a vigesimal tens word)."""
        toks = self.toks
        ten = self.lx.grammar.ten_word
        return (
            bool(ten)
            and i + 1 < len(toks)
            and fold(self.text[toks[i].start : toks[i].end]) == ten
            and toks[i + 1].kind == "unit"
            and 0 < toks[i + 1].value < 10
            and self._joined(i + 1)
        )

    def _tens_tail(self, j: int, tens: float) -> tuple[float, int] | None:
        """What a tens word takes after it: a joined unit ("twenty-six"), "et un" ("vingt et
        un"), or a teen after a vigesimal tens ("soixante-dix-sept", "quatre-vingt-onze")."""
        toks = self.toks
        nxt = toks[j]
        g = self.lx.grammar
        word = fold(self.text[nxt.start : nxt.end])
        if word in g.and_after_tens and self.lx.gap_and.fullmatch(self._gap(j)):
            return nxt.value, j + 1
        if not self._joined(j):
            return None
        if nxt.kind == "unit" and 0 < nxt.value < 10:
            return nxt.value, j + 1
        if nxt.kind == "art" and self._gap(j).strip() == "-":
            return 1.0, j + 1  # "quatre-vingt-un", "vingt-un"
        if nxt.kind == "teen" and g.ten_word and tens in (60, 80):
            if self._teen_compound(j):
                return 10 + toks[j + 1].value, j + 2
            return nxt.value, j + 1
        return None

    def _group(self, i: int, *, opened: bool = False) -> tuple[float, int, bool] | None:
        """A number below a thousand, or a figure in digits, with "hundred" and "dozen".

        Returns the value, the next token and whether the group is an article alone.
        """
        toks = self.toks
        n = len(toks)
        t = toks[i]
        if t.kind == "num":
            value, j = t.value, i + 1
            hundred = (
                self.lx.grammar.digit_hundred
                and j < n
                and toks[j].kind == "hund"
                and self._joined(j, hyphen=False)
            )
            value, j = self._times_hundred_or_dozen(value, j, hundred)
            return value, j, False
        if t.kind in ("unit", "teen", "ten", "cw"):
            sub = self._sub100(i)
            if sub is None:
                return None
            value, j = sub
            # "five hundred", and "fifteen hundred", "ninety-five hundred" (not "twenty hundred")
            hundred = (
                j < n
                and toks[j].kind == "hund"
                and self._joined(j)
                and (value < 10 or value % 10 != 0)
            )
            value, j = self._times_hundred_or_dozen(value, j, hundred)
            return value, j, False
        if t.kind == "hund" and (opened or self.lx.grammar.bare_scale or self._a_before(t.start)):
            value, j = 100.0, i + 1
            after = self._after_hundred(j)
            if after is not None:
                value += after[0]
                j = after[1]
            return value, j, False
        if t.kind == "art":
            # "un million", "eine Million", "une douzaine": the article counts as one only
            # before a scale word, "dozen" or a currency ("einen Euro").
            if i + 1 < n and self._joined(i + 1, hyphen=False):
                if toks[i + 1].kind in ("scale", "hund"):
                    return 1.0, i + 1, True
                if toks[i + 1].kind == "dozen":
                    return 12.0, i + 2, False
            if self._after_scale_word(i):
                return 1.0, i + 1, False  # "mille un", "deux millions un": the last group
            cur = self._currency_match_after(t.end)
            if cur is not None and cur.folded and cur.start > t.end:
                form = cur.value
                if not form.scale_only and form.factor == 1:
                    return 1.0, i + 1, False
            return None
        return None

    def _after_scale_word(self, i: int) -> bool:
        """The article at ``i`` closes a phrase as its last group, right after a scale word
        ("mille un", "un million un"): in a language that writes scale words without an
        article, an article there cannot open a noun phrase of its own."""
        toks = self.toks
        return (
            self.lx.grammar.bare_scale
            and i > 0
            and toks[i - 1].kind == "scale"
            and self._joined(i, hyphen=False)
        )

    def _times_hundred_or_dozen(self, value: float, j: int, hundred: bool) -> tuple[float, int]:
        """``value`` times the hundred word at ``j`` (when ``hundred``) with the group after it,
        or times a dozen word at ``j``, with the token index after them."""
        if hundred:
            value *= 100
            j += 1
            after = self._after_hundred(j)
            if after is not None:
                value += after[0]
                j = after[1]
        elif j < len(self.toks) and self._is_dozen(j):
            value *= 12
            j += 1
        return value, j

    def _after_hundred(self, j: int) -> tuple[float, int] | None:
        """What follows "hundred": "and five", "six", "and sixty-one", "and 21"."""
        toks = self.toks
        n = len(toks)
        if j >= n:
            return None
        gap = self._gap(j)
        if not (self._joined(j) or self.lx.gap_and.fullmatch(gap)):
            return None
        t = toks[j]
        if (
            t.kind == "num"
            and 0 < t.value < 100
            and t.decimals == 0
            and self.lx.gap_and.fullmatch(gap)
        ):
            if j + 1 < n and toks[j + 1].kind == "hund":
                return None  # "3 hundred and 2 hundred": two figures
            return t.value, j + 1
        if t.kind in ("unit", "teen", "ten", "art") and not (
            t.kind == "art" and not self.lx.grammar.and_after_tens
        ):
            if t.kind == "art":
                return 1.0, j + 1
            sub = self._sub100(j)
            if sub is None:
                return None
            value, k = sub
            if k < n and self._is_dozen(k):
                value *= 12
                k += 1
            if k < n and toks[k].kind == "hund":
                return None  # "three hundred and two hundred": two figures
            return value, k
        return None

    def _is_dozen(self, k: int) -> bool:
        """ "dozen" (or "dozens" after a number: "two dozens") joined to the previous token."""
        t = self.toks[k]
        if t.kind == "dozen" or (t.kind == "vague" and t.value == 24):
            return self._joined(k, hyphen=False)
        return False
