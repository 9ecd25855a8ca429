"""Cardinals: groups of number words joined by scale words ("three million four hundred
thousand", "1.5 million", "zwei Millionen"), with multipliers and bare scales ("a million").
"""

from __future__ import annotations

import math

from claimcheck.extraction.numbers.number_groups import NumberGroups
from claimcheck.extraction.numbers.scan import Num

__all__ = ["Cardinals"]


class Cardinals(NumberGroups):
    """Reads cardinal numbers written in words or digits with scale words."""

    __slots__ = ()

    def _cardinal(self, i: int) -> Num | None:
        """A cardinal number: groups joined by descending scale words."""
        toks = self.toks
        n = len(toks)
        start = toks[i].start
        total = 0.0
        last_scale = math.inf
        trailing = 1.0
        j = i
        got = False
        digits = words = False
        decimals = 0
        grouped = False
        article = False
        while j < n:
            t = toks[j]
            lead: tuple[float, int, bool] | None
            if not got and t.kind in ("hund", "dozen", "scale"):
                opened = self._scale_lead(j)
                if opened is None or isinstance(opened, Num):
                    return opened
                lead, start = opened
            elif t.kind == "scale" and self.lx.grammar.bare_scale and t.value < last_scale:
                lead = (1.0, j, False)  # "... millions mille neuf cents"
            else:
                lead = self._group(j)
            if lead is None:
                break
            gv, k, is_article = lead
            if k > j or t.kind == "scale":
                if t.kind == "num":
                    digits = True
                    decimals = max(decimals, t.decimals)
                    grouped = grouped or t.grouped
                else:
                    words = True
            if got and gv >= last_scale:
                break
            mult, m_i = self._multiplier(j, k, last_scale)
            if mult > 1.0:
                total += gv * mult
                last_scale = mult
                trailing = mult
                article = article or is_article
                j = m_i
                got = True
                words = True
                if self._group_follows(j, last_scale):
                    continue
                break
            if is_article:
                return None
            total += gv
            trailing = 1.0
            j = k
            got = True
            break
        if not got:
            return None
        return Num(
            start=start,
            end=toks[j - 1].end,
            next=j,
            value=total,
            scale=trailing,
            digits=digits,
            words=words or not digits,
            decimals=decimals,
            grouped=grouped,
            article=article and total == 1.0 and trailing == 1.0,
        )

    def _scale_lead(self, j: int) -> tuple[tuple[float, int, bool] | None, int] | Num | None:
        """A phrase that opens with "hundred", "dozen" or a scale word: "a hundred", "a
        million", "mille", "tausend", "hundred thousand"; a bare plural "Millionen",
        "millions" is vague ("des millions de personnes"). Returns the first group and the
        phrase's start, a vague :class:`Num`, or ``None``."""
        t = self.toks[j]
        text = self.text
        g = self.lx.grammar
        if t.kind == "dozen" and g.bare_scale:
            return None  # "une douzaine" is read from its article
        if t.kind == "dozen" or (t.kind == "hund" and not g.bare_scale):
            start = self._bare_start(j)
            if start is None:
                return None
            lead = self._group(j, opened=True) if t.kind == "hund" else (12.0, j + 1, False)
            return lead, start
        if t.kind == "hund":
            return self._group(j), t.start
        if not g.bare_scale:
            start = self._bare_start(j)
            return None if start is None else ((1.0, j, False), start)
        if t.value <= 1000:
            return (1.0, j, False), t.start
        word = text[t.start : t.end].lower()
        if word.endswith(("s", "n")) and word not in ("billion", "million"):
            return Num(
                start=t.start,
                end=t.end,
                next=j + 1,
                value=None,
                kind="vague",
                low=2 * t.value,
                high=1000 * t.value - 1,
                words=True,
            )
        return None

    def _bare_start(self, j: int) -> int | None:
        """Where a phrase opening with a scale word starts in a language that needs "a"
        before it: at the article ("a hundred"), or at the word itself when a larger scale
        word follows ("hundred thousand dollars", "thousand million")."""
        t = self.toks[j]
        m = self.lx.a_before.search(self.text, max(0, t.start - 8), t.start)
        if m:
            return m.start()
        nxt = j + 1
        if (
            t.kind in ("hund", "scale")
            and nxt < len(self.toks)
            and self.toks[nxt].kind == "scale"
            and self.toks[nxt].value > t.value
            and self._joined(nxt, hyphen=False)
        ):
            return t.start
        return None

    def _multiplier(self, j: int, k: int, last_scale: float) -> tuple[float, int]:
        """The scale words after a group ("million", "hundred thousand") and where they end."""
        toks = self.toks
        n = len(toks)
        mult = 1.0
        m_i = k
        if toks[j].kind == "scale" and k == j:
            mult = toks[j].value  # the bare scale word itself
            m_i = j + 1
        while m_i < n and toks[m_i].kind == "scale" and self._joined(m_i):
            sv = toks[m_i].value
            if mult == 1.0 and sv < last_scale:
                mult = sv
            elif mult > 1.0 and sv > mult:
                mult *= sv
            else:
                break
            m_i += 1
        return mult, m_i

    def _group_follows(self, j: int, last_scale: float) -> bool:
        """Whether another, smaller group continues the cardinal after a scale word ("two
        million three hundred", "...and five")."""
        toks = self.toks
        n = len(toks)
        if j >= n:
            return False
        digits_group = (
            j + 1 < n
            and toks[j].kind == "num"
            and toks[j + 1].kind in ("hund", "scale")
            and self._joined(j + 1, hyphen=False)
        )
        # "two thousand, three hundred and one", "six million, eighty thousand": a comma
        # before a spelled-out group that has its own hundred or scale word
        comma = (
            self.lx.grammar.comma_in_words
            and self._gap(j) == ", "
            and toks[j].kind in ("unit", "teen", "ten", "cw")
        )
        if not (
            (self._joined(j, hyphen=False) or self.lx.gap_and.fullmatch(self._gap(j)) or comma)
            and (toks[j].kind != "num" or digits_group)
        ):
            return False
        if toks[j].kind == "scale" and self.lx.grammar.bare_scale:
            return toks[j].value < last_scale
        probe = self._group(j)
        if probe is None or probe[0] >= last_scale:
            return False
        after = probe[1]
        if after < n and toks[after].kind == "scale" and toks[after].value >= last_scale:
            return False
        if comma and not self._joined(j, hyphen=False):
            scaled = after < n and toks[after].kind == "scale" and self._joined(after)
            if not (scaled or (j + 1 < n and toks[j + 1].kind == "hund")):
                return False
        # "...and three quarters": a fraction, read by the caller
        return not (
            after < n and toks[after].kind in ("den", "ord", "half") and self._joined(after)
        )

    def _cardinal_exact(self, i: int, k: int) -> float | None:
        """The value of tokens ``i`` .. ``k - 1`` read as one whole cardinal, else ``None``."""
        card = self._cardinal_exact_num(i, k)
        return None if card is None else card.value

    def _cardinal_exact_num(self, i: int, k: int) -> Num | None:
        """Tokens ``i`` .. ``k - 1`` read as one whole cardinal, else ``None``."""
        if i >= k:
            return None
        saved = self.toks
        self.toks = saved[:k]
        try:
            card = self._cardinal(i)
        finally:
            self.toks = saved
        if card is None or card.next != k or card.value is None:
            return None
        return card
