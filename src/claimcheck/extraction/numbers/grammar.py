"""The grammar of figure phrases: cardinals with scale words, fractions, mixed numbers,
ordinals and vague quantities, in English, German and French.

It reads a phrase from the token stream ("one hundred and five", "7-9 lakh" is read later as a
range, "drei Viertel", "quatre-vingt-dix-sept", "half a dozen", "tens of thousands") and
returns a :class:`~claimcheck.extraction.numbers.scan.Num` before anything around it is looked at.
"""

from __future__ import annotations

from claimcheck.extraction.numbers.fractional import MAX_PHRASE_TOKENS, Fractional
from claimcheck.extraction.numbers.patterns import RX
from claimcheck.extraction.numbers.scan import Num
from claimcheck.language.numwords import vague_ceiling
from claimcheck.language.text import fold

__all__ = ["MAX_PHRASE_TOKENS", "Grammar"]


class Grammar(Fractional):
    """Reads figure phrases from the tokens: signs, cardinals with what follows them, vague
    quantities ("dozens", "a few")."""

    __slots__ = ()

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
            dec = self._point_tail(j + 1, figures=card.digits)
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

    def _point_tail(self, j: int, *, figures: bool) -> tuple[str, int] | None:
        """The decimals after a point word: number words right after it, or figures after a
        whole part in figures. "at one point the index fell 500 points" has no decimals."""
        toks = self.toks
        out = ""
        k = j
        while k < len(toks) and self._joined(k, hyphen=False):
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
            elif figures and t.kind == "num" and t.decimals == 0 and not t.grouped and not out:
                out += self.text[t.start : t.end]
            else:
                break
            k += 1
        return (out, k) if out else None

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
