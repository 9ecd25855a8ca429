"""The grammar of figure phrases: cardinals with scale words, fractions, mixed numbers,
ordinals and vague quantities, in English, German and French.

It reads a phrase from the token stream ("one hundred and five", "7-9 lakh" is read later as a
range, "drei Viertel", "quatre-vingt-dix-sept", "half a dozen", "tens of thousands") and
returns a :class:`~claimcheck.extraction.numbers.scan.Num` before anything around it is looked at.
"""

from __future__ import annotations

import math

from claimcheck.extraction.numbers.patterns import RX
from claimcheck.extraction.numbers.scan import Num, Scanner
from claimcheck.language.closed_words import DETERMINERS
from claimcheck.language.numwords import vague_ceiling
from claimcheck.language.text import fold

__all__ = ["MAX_PHRASE_TOKENS", "Grammar"]

#: The most words one figure phrase spans ("nine hundred and ninety-nine million, nine
#: hundred and ninety-nine thousand ..." stays well below): a run of number words longer
#: than this ("one one one ...") is read in pieces, so the scan stays linear.
MAX_PHRASE_TOKENS = 40


class Grammar(Scanner):
    """Reads figure phrases from the tokens."""

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
            if (
                self.lx.grammar.digit_hundred
                and j < n
                and toks[j].kind == "hund"
                and self._joined(j, hyphen=False)
            ):
                value *= 100
                j += 1
                sub = self._after_hundred(j)
                if sub is not None:
                    value += sub[0]
                    j = sub[1]
            elif j < n and self._is_dozen(j):
                value *= 12
                j += 1
            return value, j, False
        if t.kind in ("unit", "teen", "ten", "cw"):
            sub = self._sub100(i)
            if sub is None:
                return None
            value, j = sub
            # "five hundred", and "fifteen hundred", "ninety-five hundred" (not "twenty hundred")
            if (
                j < n
                and toks[j].kind == "hund"
                and self._joined(j)
                and (value < 10 or value % 10 != 0)
            ):
                value *= 100
                j += 1
                after = self._after_hundred(j)
                if after is not None:
                    value += after[0]
                    j = after[1]
            elif j < n and self._is_dozen(j):
                value *= 12
                j += 1
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
            cur = self._currency_match_after(t.end)
            if cur is not None and cur.folded and cur.start > t.end:
                form = cur.value
                if not form.scale_only and form.factor == 1:
                    return 1.0, i + 1, False
            return None
        return None

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

    def _ordinal_phrase(self, i: int, k: int) -> float | None:
        """The ordinal written by tokens ``i`` .. ``k`` ("twenty-first", "one hundred and fifth")."""
        toks = self.toks
        last = toks[k]
        if last.kind not in ("ord", "den"):
            return None
        if i == k:
            return last.value
        prefix = self._cardinal_exact(i, k)
        if prefix is None:
            return None
        gap = self._gap(k)
        if not (self._joined(k) or self.lx.gap_and.fullmatch(gap)):
            return None
        if last.value >= 100 and prefix < 100:
            return prefix * last.value  # "one hundredth" is not 101st
        if prefix % 10 != 0 or last.value >= prefix:
            return None
        return prefix + last.value

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

    def _fraction(self, i: int) -> tuple[float, int, int] | None:
        """A fraction starting at token ``i``: "three fifths", "one twenty-fifth", "un
        vingt-cinquième", or a mixed number "two hundred and fifty-four hundredths".

        Returns the value, the next token and the start offset.
        """
        toks = self.toks
        n = len(toks)
        t = toks[i]
        gap_and = self.lx.gap_and
        # Find the first denominator-like token in a joined run.
        k = i
        n = min(n, i + MAX_PHRASE_TOKENS)
        while k < n and toks[k].kind not in ("den", "ord", "half", "quarter"):
            if k > i and not (self._joined(k) or gap_and.fullmatch(self._gap(k))):
                return None
            if toks[k].kind not in ("unit", "teen", "ten", "hund", "scale", "num", "art", "cw"):
                return None
            k += 1
        if k >= n or k == i or not (self._joined(k) or gap_and.fullmatch(self._gap(k))):
            return None
        den_tok = toks[k]
        plural = den_tok.kind == "den"
        if den_tok.kind in ("half", "quarter"):
            if not self._joined(k, hyphen=False):
                return None
            num = self._cardinal_exact(i, k)
            if num is None:
                return None
            # "fünf halbe" (five halves), "three quarter"
            return num / (2 if den_tok.kind == "half" else 4), k + 1, t.start
        # The denominator takes the tens word before the ordinal word, or a scale word with
        # its "one", when a numerator is left ("one twenty-fifth", "cent trente cinquièmes" =
        # 100/35, "one hundred one thousand fifths" = 100/1005); else the longest numerator
        # is tried first.
        preferred = self._denominator_start(i, k)
        order = [preferred] if preferred is not None else []
        for split in order + [x for x in range(k, i, -1) if x != preferred]:
            gap = self._gap(split)
            if (
                gap.strip() in ("-", "‐", "‑")
                and toks[split - 1].kind == "ten"
                and toks[split].value < 10
            ):
                continue  # a hyphen binds: "thirty-fifths" is one ordinal
            if any(
                gap_and.fullmatch(self._gap(x)) and not self._and_in_tens(x)
                for x in range(i + 1, split)
            ):
                continue
            if gap_and.fullmatch(gap):
                # A whole number and a fraction: "two hundred and fifty-four hundredths",
                # "six million and two thirds" (the fraction of the scale written last).
                whole = self._cardinal_exact_num(i, split)
                rest = self._fraction(split) or self._fraction_words_value(split)
                if whole is None or whole.value is None or rest is None or rest[1] != k + 1:
                    continue
                return whole.value + rest[0] * whole.scale, k + 1, t.start
            # "un vingt-cinquième", "ein Drittel": the article is the numerator one.
            num = (
                1.0 if split == i + 1 and toks[i].kind == "art" else self._cardinal_exact(i, split)
            )
            if num is None:
                continue
            den = self._ordinal_phrase(split, k)
            if den is None or den == 0:
                continue
            if not plural and num != 1 and self.lx.grammar.plural_denominator:
                continue  # French writes "cent mille billionième" without the plural
            if self.lx.grammar.second_not_half and den == 2 and den_tok.kind == "ord":
                continue  # "one second" is time
            return num / den, k + 1, t.start
        return None

    def _denominator_start(self, i: int, k: int) -> int | None:
        """Where a compound denominator starts before the ordinal word at ``k``: at a tens
        word ("trente cinquièmes"), or at a scale word with its written "one" ("one thousand
        fifths"); ``None`` when no numerator would be left."""
        toks = self.toks
        p = k - 1
        if p <= i or not self._joined(k):
            return None
        prev = toks[p]
        if prev.kind == "ten":
            return p
        if prev.kind != "scale" or prev.value < 1000 or toks[k].value >= 100:
            return None  # "mille cinquième" is the 1005th; "deux mille centièmes" 2000/100
        if self.lx.grammar.bare_scale:
            # "huit mille cinquièmes" reads 8000/5: a scale word that stands alone is the
            # numerator's; only a written "one" ties it to the ordinal ("one thousand fifth").
            return None
        one = toks[p - 1]
        if p - 1 > i and one.kind in ("unit", "art") and one.value == 1 and self._joined(p):
            return p - 1
        return None

    def _and_in_tens(self, x: int) -> bool:
        """Whether the "and" word before token ``x`` is inside a number ("vingt et un")."""
        toks = self.toks
        word = fold(self.text[toks[x].start : toks[x].end])
        return toks[x - 1].kind == "ten" and word in self.lx.grammar.and_after_tens

    def _fraction_words_value(self, i: int) -> tuple[float, int, int] | None:
        """A fraction with an article for numerator: "a third", "a half", "un tiers"."""
        toks = self.toks
        t = toks[i]
        if (
            t.kind == "art"
            and i + 1 < len(toks)
            and toks[i + 1].kind in ("den", "ord", "half")
            and self._joined(i + 1)
        ):
            nxt = toks[i + 1]
            if nxt.kind == "half":
                return 0.5, i + 2, t.start
            if nxt.kind == "ord" and nxt.value == 2 and self.lx.grammar.second_not_half:
                return None
            return 1 / nxt.value, i + 2, t.start
        if not self.lx.grammar.article_tokens and t.kind in ("ord", "half", "quarter"):
            m = self.lx.a_before.search(self.text, max(0, t.start - 8), t.start)
            if m:
                if t.kind == "half":
                    return 0.5, i + 1, m.start()
                if t.kind == "quarter":
                    nxt_scale = (
                        i + 1 < len(toks) and toks[i + 1].kind == "scale" and self._joined(i + 1)
                    )
                    if not (nxt_scale or self._fraction_context(t.end)):
                        return None  # "a quarter century"
                    return 0.25, i + 1, m.start()
                if t.value == 2:
                    return None
                return 1 / t.value, i + 1, m.start()
        return None

    def _phrase(self, i: int) -> Num | None:
        """The figure phrase starting at token ``i`` (before its surroundings are read), with
        the minus sign written before a figure in digits ("-4/5", "- 1 4/5", "-3.5")."""
        num = self._unsigned_phrase(i)
        t = self.toks[i]
        if (
            num is None
            or num.value is None
            or num.start != t.start
            or t.kind not in ("num", "dfrac", "vfrac")
            or num.kind not in ("card", "frac")
        ):
            return num
        sign = self._sign_before(t.start)
        if sign is not None:
            num.value = -num.value
            num.start = sign
        return num

    def _sign_before(self, pos: int) -> int | None:
        """Where a minus sign before the figure at ``pos`` starts: fused ("-4/5") after a
        space or bracket, or spaced ("- 1 4/5") at the start of a line or after a bracket or
        colon; never after a figure ("10 - 12" is a range)."""
        text = self.text
        before = text[max(0, pos - 2) : pos]
        if "-" not in before and "−" not in before:
            return None
        m = RX.NEG_SIGN.search(text, max(0, pos - 2), pos)
        if m is None:
            m = RX.NEG_SIGN_SPACED.search(text, max(0, pos - 8), pos)
            if m is None:
                return None
            return m.start("sign")
        before = text[: m.start()].rstrip()
        if before and (before[-1].isdigit() or before[-1] == "%"):
            return None
        return m.start()

    def _sign_word(self, i: int) -> Num | None:
        """A sign word and the figure it negates ("minus five", "négatif un")."""
        toks = self.toks
        n = len(toks)
        t = toks[i]
        if not (i + 1 < n and self._joined(i + 1, hyphen=False)):
            return None
        nxt = toks[i + 1]
        q = self.lx.qual_before.search(self.text, max(0, nxt.start - 40), nxt.start)
        if q is not None and q.start() <= t.start:
            return None  # "au moins 26": the word belongs to a qualifier
        if nxt.kind == "art" and not (i + 2 < n and self._joined(i + 2)):
            return Num(start=t.start, end=nxt.end, next=i + 2, value=-1.0, words=True)
        sub = self._phrase(i + 1)
        if sub is not None and sub.value is not None and sub.kind in ("card", "frac"):
            sub.value = -sub.value
            sub.start = t.start
            sub.words = True
            return sub
        return None

    def _unsigned_phrase(self, i: int) -> Num | None:
        """The figure phrase starting at token ``i``, read without a sign in digits."""
        toks = self.toks
        n = len(toks)
        t = toks[i]
        kind = t.kind
        text = self.text
        if kind == "skip" or kind == "point":
            return None
        if kind == "sign":
            return self._sign_word(i)
        if kind == "vague":
            return self._vague(i)
        if kind == "few":
            return self._few(i)
        if kind == "approx":
            # "une vingtaine de morts": about twenty.
            art = self.lx.a_before.search(text, max(0, t.start - 8), t.start)
            return Num(
                start=art.start() if art else t.start,
                end=t.end,
                next=i + 1,
                value=t.value,
                words=True,
                attrs={"about": True},
            )
        if kind == "mixed":
            num = Num(start=t.start, end=t.end, next=i + 1, value=t.value, kind="frac", words=True)
            return self._scale_after(num)
        if kind in ("dfrac", "vfrac"):
            return Num(
                start=t.start, end=t.end, next=i + 1, value=t.value, kind="frac", digits=True
            )
        if kind == "art" and i + 1 < n and self.lx.gap_and.fullmatch(self._gap(i + 1)):
            one = Num(start=t.start, end=t.end, next=i + 1, value=1.0, words=True)
            mixed = self._mixed_tail(one)
            if mixed is not None:
                return mixed
        if kind == "den" and t.value == 2 and self.lx.grammar.half_noun_determiners:
            # "la moitié", "die Hälfte"
            prev = self.lx.word_before.search(text, max(0, t.start - 12), t.start)
            if prev and prev.group(1).lower() in self.lx.grammar.half_noun_determiners:
                return Num(start=t.start, end=t.end, next=i + 1, value=0.5, kind="frac", words=True)
            return None
        if kind in ("ord", "den", "half", "quarter") or (
            kind == "art" and i + 1 < n and toks[i + 1].kind in ("den", "ord", "half")
        ):
            return self._fraction_or_ordinal(i)
        if kind == "num" and t.decimals == 0 and not t.grouped:
            m = self.lx.ordinal_suffix.match(text, t.end)
            if m:
                following = self.lx.word_after.match(text, m.end())
                if following and following.group(1)[:1].isupper():
                    return None  # "21st Century Fox", "1st Armoured Division"
                before = text[t.start - 1 : t.start] if t.start else ""
                if before and (before.isalnum() or before in "-/#"):
                    return None
                return Num(
                    start=t.start, end=m.end(), next=i + 1, value=t.value, kind="ord", digits=True
                )
        run_end = self._run_end(i)
        if run_end is not None:
            fr = self._fraction(i)
            if fr is not None:
                value, k, start = fr
                frac = Num(
                    start=start, end=toks[k - 1].end, next=k, value=value, kind="frac", words=True
                )
                if any(self.lx.gap_and.fullmatch(self._gap(x)) for x in range(i + 1, k)):
                    return self._mixed_scale(frac, i)
                return self._scale_after(frac)
            ordinal = self._ordinal(i, run_end)
            if ordinal is not None or toks[run_end].kind == "ord":
                return ordinal  # an ordinal in a name or without a determiner is no cardinal
        card = self._cardinal(i)
        if card is None:
            return None
        return self._after_cardinal(i, card)

    def _after_cardinal(self, i: int, card: Num) -> Num | None:
        """What a cardinal continues into: a fraction or ordinal built on it, a mixed number,
        a spelled-out decimal, a digit fraction after digits ("2 1/2")."""
        toks = self.toks
        n = len(toks)
        # Fractions and ordinals built on a cardinal ("three fifths", "twenty-first").
        j = card.next
        if (
            j < n
            and toks[j].kind in ("den", "ord", "half", "quarter")
            and (self._joined(j) or self.lx.gap_and.fullmatch(self._gap(j)))
        ):
            built = self._fraction_or_ordinal(i)
            if built is not None:
                return built
        # "N and a half", "N and three quarters", "N et demi", "N und drei Viertel".
        if j < n:
            mixed = self._mixed_tail(card)
            if mixed is not None:
                return mixed
        # "two hundred point zero three", "zwei Komma drei", "deux virgule cinq"
        if j < n and toks[j].kind == "point" and self._joined(j, hyphen=False):
            dec = self._point_tail(j + 1)
            if dec is not None and card.value is not None:
                digits_str, k = dec
                sign = -1 if card.value < 0 else 1
                card.value = sign * float(f"{abs(int(card.value))}.{digits_str}")
                card.end = toks[k - 1].end
                card.next = k
                card.words = True
                return card
        # German "zweieinhalb Millionen" is a mixed token; "2 1/2" a digit mixed number.
        if (
            card.digits
            and j < n
            and toks[j].kind in ("dfrac", "vfrac")
            and self._joined(j, hyphen=False)
            and card.value is not None
            and card.scale == 1
        ):
            card.value += toks[j].value
            card.end = toks[j].end
            card.next = j + 1
            card.kind = "frac"
            return self._scale_after(card)
        return card

    def _mixed_scale(self, num: Num, i: int) -> Num:
        """A scale after a mixed number applies to its fraction only when the whole part has
        its own scale ("one billion and three quarters million" = 1e9 + 0.75e6)."""
        toks = self.toks
        j = num.next
        if j < len(toks) and toks[j].kind == "scale" and self._joined(j) and num.value is not None:
            whole_scale = 1.0
            for x in range(i, j):
                if toks[x].kind == "scale":
                    whole_scale = toks[x].value
                    break
            if whole_scale > 1:
                # Recompute: whole + fraction * new scale.
                k = j - 1
                while k > i and not self.lx.gap_and.fullmatch(self._gap(k)):
                    k -= 1
                whole = self._cardinal_exact(i, k)
                rest = self._fraction(k) or self._fraction_words_value(k)
                if whole is not None and rest is not None:
                    num.value = whole + rest[0] * toks[j].value
            else:
                num.value *= toks[j].value
            num.end = toks[j].end
            num.next = j + 1
            num.scale = toks[j].value
        return num

    def _run_end(self, i: int) -> int | None:
        """The index of the ordinal or denominator word that ends the number run at ``i``
        ("one hundred and fifth", "twenty-three fifths"), if the run ends in one."""
        toks = self.toks
        n = min(len(toks), i + MAX_PHRASE_TOKENS)
        k = i
        while k + 1 < n and toks[k].kind in ("unit", "teen", "ten", "hund", "scale", "cw", "art"):
            if not (self._joined(k + 1) or self.lx.gap_and.fullmatch(self._gap(k + 1))):
                return None
            k += 1
            if toks[k].kind in ("ord", "den"):
                return k
        return None

    def _scale_after(self, num: Num) -> Num:
        """Apply a scale word following a fraction ("two and a half million", "½ million")."""
        toks = self.toks
        j = num.next
        if j < len(toks) and toks[j].kind == "scale" and self._joined(j) and num.value is not None:
            num.value *= toks[j].value
            num.scale = toks[j].value
            num.end = toks[j].end
            num.next = j + 1
            num.words = True
        return num

    def _point_tail(self, j: int) -> tuple[str, int] | None:
        toks = self.toks
        out = ""
        k = j
        while k < len(toks) and (k == j or self._joined(k, hyphen=False)):
            t = toks[k]
            if t.kind == "unit":
                out += str(int(t.value))
            elif t.kind in ("ten", "teen") and not out:
                sub = self._sub100(k)
                if sub is None:
                    break
                out += str(int(sub[0]))
                k = sub[1]
                continue
            elif t.kind == "num" and t.decimals == 0 and not t.grouped and not out:
                out += self.text[t.start : t.end]
            else:
                break
            k += 1
        return (out, k) if out else None

    def _mixed_tail(self, card: Num) -> Num | None:
        """ "N and a half" and friends: a fraction added to a cardinal, maybe scaled after."""
        toks = self.toks
        n = len(toks)
        j = card.next
        if j >= n or card.value is None:
            return None
        gap = self._gap(j)
        lx = self.lx
        frac: tuple[float, int, int] | None = None
        if lx.gap_and_a.fullmatch(gap) and toks[j].kind in ("half", "ord", "quarter", "den"):
            t = toks[j]
            if t.kind == "half":
                frac = (0.5, j + 1, t.start)
            elif t.kind == "quarter":
                frac = (0.25, j + 1, t.start)
            elif t.kind == "ord" and t.value != 2:
                frac = (1 / t.value, j + 1, t.start)
        elif lx.gap_and.fullmatch(gap):
            t = toks[j]
            frac = (0.5, j + 1, t.start) if t.kind == "half" else self._fraction_or_mixed_value(j)
        if frac is None:
            return None
        fv, k, _s = frac
        value = card.value
        # A scale after the fraction: "five and a half million", "un milliard et trois
        # quarts millions".
        if k < n and toks[k].kind == "scale" and self._joined(k):
            s2 = toks[k].value
            value = value + fv * s2 if card.scale > 1 else (value + fv) * s2
            return Num(
                start=card.start,
                end=toks[k].end,
                next=k + 1,
                value=value,
                kind="frac",
                scale=s2,
                words=True,
                digits=card.digits,
            )
        value = value + fv * card.scale
        return Num(
            start=card.start,
            end=toks[k - 1].end,
            next=k,
            value=value,
            kind="frac",
            scale=card.scale,
            words=True,
            digits=card.digits,
        )

    def _fraction_or_mixed_value(self, j: int) -> tuple[float, int, int] | None:
        """After "and"/"et": a fraction, or a number joined to a fraction by another "and"."""
        fr = self._fraction(j)
        if fr is None:
            fr = self._fraction_words_value(j)
        if fr is not None:
            return fr
        card = self._cardinal(j)
        if card is None or card.value is None:
            return None
        inner = self._mixed_tail(card)
        if inner is None or inner.value is None:
            return None
        return inner.value, inner.next, card.start

    def _fraction_or_ordinal(self, i: int) -> Num | None:
        toks = self.toks
        n = len(toks)
        t = toks[i]
        fr = self._fraction_words_value(i) if t.kind in ("art", "ord", "half", "quarter") else None
        if fr is None and t.kind not in ("ord", "den", "half", "quarter"):
            fr = self._fraction(i)
        if fr is not None:
            value, k, start = fr
            # "a third term" is an ordinal; "a third of", "a third." a fraction.
            if t.kind in ("art", "ord") or (not self.lx.grammar.article_tokens and start < t.start):
                den_tok = toks[k - 1]
                if den_tok.kind == "ord" and not self._fraction_context(den_tok.end):
                    return self._ordinal(k - 1, k - 1)
            num = Num(
                start=start, end=toks[k - 1].end, next=k, value=value, kind="frac", words=True
            )
            # "half a million", "a quarter million", "half a dozen"
            if k < n:
                gap = self._gap(k)
                nxt = toks[k]
                if nxt.kind in ("scale", "dozen") and (self._joined(k) or RX.GAP_A.fullmatch(gap)):
                    num.value = value * nxt.value
                    num.end = nxt.end
                    num.next = k + 1
                    num.scale = nxt.value if nxt.kind == "scale" else 1.0
                    num.kind = "card" if float(num.value).is_integer() else "frac"
            return num
        if t.kind in ("half", "quarter"):
            return self._bare_half(i)
        if t.kind == "ord":
            return self._ordinal(i, i)
        return None

    def _bare_half(self, i: int) -> Num | None:
        """ "half" without an article: "half a dozen", "half the votes", "more than half"."""
        toks = self.toks
        t = toks[i]
        text = self.text
        n = len(toks)
        part = 0.25 if t.kind == "quarter" else 0.5
        if i + 1 < n and toks[i + 1].kind in ("scale", "dozen"):
            gap = self._gap(i + 1)
            if RX.GAP_HALF.fullmatch(gap):
                nxt = toks[i + 1]
                return Num(
                    start=t.start,
                    end=nxt.end,
                    next=i + 2,
                    value=part * nxt.value,
                    scale=nxt.value if nxt.kind == "scale" else 1.0,
                    words=True,
                )
        if t.kind == "quarter":
            return None
        g = self.lx.grammar
        nxt_word = self.lx.word_after.match(text, t.end)
        if (
            (nxt_word is not None and nxt_word.group(1).lower() in g.half_followers)
            or (
                g.half_after_qualifier
                and self.lx.qual_before.search(text, max(0, t.start - 20), t.start)
            )
            or self._half_alone(t.start, t.end)
        ):
            return Num(start=t.start, end=t.end, next=i + 1, value=0.5, kind="frac", words=True)
        return None

    def _half_alone(self, start: int, end: int) -> bool:
        """A half word that stands for the number by itself: the whole phrase, before the end
        of a sentence and after no determiner or ordinal ("demi", not "the second half.")."""
        text = self.text
        if not RX.SENTENCE_REST.match(text, end):
            return False
        prev = self.lx.word_before.search(text, max(0, start - 30), start)
        if prev is None:
            return True
        word = prev.group(1).lower()
        entry = self.lx.words.get(word)
        return word not in DETERMINERS[self.lx.lang] and (entry is None or entry[0] != "ord")

    def _fraction_context(self, pos: int) -> bool:
        """Whether a fraction word ends here: "a third of", "a third.", not "a third term"."""
        m = RX.FRACTION_END.match(self.text, pos)
        return bool(m)

    def _ordinal(self, i: int, k: int) -> Num | None:
        """An ordinal word ("third", "twenty-first") that is not part of a name."""
        toks = self.toks
        t = toks[i]
        text = self.text
        value = self._ordinal_phrase(i, k) if i < k else t.value
        if value is None or not float(value).is_integer() or toks[k].kind != "ord":
            return None
        word = text[t.start : t.end]
        lang = self.lx.lang
        # A name: "Fifth Avenue", "Second World War".
        if word[:1].isupper():
            nxt = self.lx.word_after.match(text, toks[k].end)
            if nxt and nxt.group(1)[:1].isupper():
                return None
        prev = self.lx.word_before.search(text, max(0, t.start - 30), t.start)
        dets = DETERMINERS[lang]
        prev_word = prev.group(1).lower() if prev else ""
        if prev_word.endswith(("'s", "’s")):
            prev_word = "the"
        if prev_word not in dets:
            # Hyphenated "second-largest" and sentence-initial discourse "First," are skipped.
            if not (text[toks[k].end : toks[k].end + 1] == "-" and prev_word in dets):
                return None
        return Num(
            start=t.start, end=toks[k].end, next=k + 1, value=float(value), kind="ord", words=True
        )

    def _vague(self, i: int) -> Num | None:
        """ "dozens", "hundreds of thousands", "Tausende", "des milliers"."""
        toks = self.toks
        t = toks[i]
        n = len(toks)
        text = self.text
        low = t.value
        end = t.end
        j = i + 1
        word = text[t.start : t.end]
        high = vague_ceiling(word)
        # "tens of thousands", "hundreds of millions"
        m = RX.OF.match(text, end)
        if m and j < n and toks[j].start == m.end() and toks[j].kind == "vague":
            unit = toks[j].value / 2  # "thousands" counts in thousands
            low = low * unit  # "tens of thousands": at least two tens
            high = vague_ceiling(word, unit)
            end = toks[j].end
            j += 1
        elif fold(word) in self.lx.grammar.vague_needs_of:
            return None  # "tens" alone is not a quantity
        if (
            self.lx.grammar.capitalised_vague_is_name
            and word[:1].isupper()
            and t.start > 0
            and not RX.SENTENCE_END.search(text, max(0, t.start - 3), t.start)
            and text[t.start - 1 : t.start] not in ("\n", '"', "“", "(", "'")
        ):
            return None  # a name ("Thousands Oaks")
        return Num(
            start=t.start, end=end, next=j, value=None, kind="vague", low=low, high=high, words=True
        )

    def _few(self, i: int) -> Num | None:
        """ "several", "a few", "a handful", "a couple", "several hundred", "multibillion"."""
        toks = self.toks
        t = toks[i]
        n = len(toks)
        text = self.text
        word = fold(text[t.start : t.end])
        start = t.start
        if word in ("few", "handful", "couple"):
            m = self.lx.a_before.search(text, max(0, t.start - 8), t.start)
            if not m:
                return None
            start = m.start()
        if word.startswith("multi"):
            return Num(
                start=start,
                end=t.end,
                next=i + 1,
                value=None,
                kind="vague",
                low=t.value,
                high=500 * t.value - 1,  # "multibillion": billions, not yet a trillion
                words=True,
                attrs={"multi": True},
            )
        low = t.value
        high: float | None = None
        end = t.end
        j = i + 1
        if j < n and toks[j].kind in ("hund", "scale", "dozen") and self._joined(j, hyphen=False):
            # "several hundred" stays below a thousand, "a few dozen" below a gross.
            unit = toks[j].value
            low *= unit
            high = 144.0 if toks[j].kind == "dozen" else 10 * unit - 1
            end = toks[j].end
            j += 1
        elif word == "couple":
            return Num(
                start=start,
                end=end,
                next=j,
                value=2.0,
                kind="card",
                words=True,
                attrs={"about": True},
            )
        return Num(
            start=start, end=end, next=j, value=None, kind="vague", low=low, high=high, words=True
        )
