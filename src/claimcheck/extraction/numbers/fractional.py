"""Fractions, mixed numbers, halves and ordinals: "three quarters", "drei Viertel",
"two and a half", "1 1/2", "half a million", "the third".
"""

from __future__ import annotations

from claimcheck.extraction.numbers.cardinals import Cardinals
from claimcheck.extraction.numbers.patterns import RX
from claimcheck.extraction.numbers.scan import Num
from claimcheck.language.closed_words import DETERMINERS
from claimcheck.language.text import fold

__all__ = ["MAX_PHRASE_TOKENS", "Fractional"]

#: The most words one figure phrase spans ("nine hundred and ninety-nine million, nine
#: hundred and ninety-nine thousand ..." stays well below): a run of number words longer
#: than this ("one one one ...") is read in pieces, so the scan stays linear.
MAX_PHRASE_TOKENS = 40


class Fractional(Cardinals):
    """Reads fractions, mixed numbers, halves and ordinals."""

    __slots__ = ()

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

    def _fraction_context(self, pos: int) -> bool:
        """Whether a fraction word ends here: "a third of", "a third.", not "a third term"."""
        m = RX.FRACTION_END.match(self.text, pos)
        return bool(m)

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
