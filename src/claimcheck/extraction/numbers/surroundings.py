"""What is written right after or around a figure: currency, scale abbreviation, percent,
unit, sub-units ("5 feet 3 inches"), a rate ("per hour").
"""

from __future__ import annotations

import bisect
from typing import Any

from claimcheck.extraction.money.currencies import CurrencyForm, currency_lexicon
from claimcheck.extraction.numbers.context import Context
from claimcheck.extraction.numbers.patterns import RX
from claimcheck.extraction.numbers.scan import Num, Piece
from claimcheck.language.cldr import home_symbols, tables
from claimcheck.language.surfaces import SurfaceMatch

__all__ = ["Surroundings"]


class Surroundings(Context):
    """Reads what is written with a figure phrase into a :class:`Piece`."""

    __slots__ = ()

    def _plain_piece(self, num: Num, text: str) -> Piece | None:
        """A plain number piece for ``num``, or ``None`` when its context says it is not one."""
        if num.digits and not self._digit_context_ok(num):
            return None
        if num.words and num.value == 0 and RX.ZERO_DAY.match(text, num.end):
            return None  # a "zero-day" flaw is a kind of exploit, not a duration
        self._scale_suffix(num)
        return Piece(
            start=num.start,
            end=num.end,
            num=num,
            value=num.value,
            kind="number",
            scaled=num.scale > 1,
        )

    def _scale_suffix(self, num: Num) -> None:
        """An abbreviated scale after digits: "62bn", "3.5 cr", "2,5 Mio.", "$5m"."""
        if not num.digits or num.words or num.value is None or num.scale != 1:
            return
        fused = self._fused_scale_word(num.end)
        if fused is not None:
            num.value *= fused[0]
            num.scale = fused[0]
            num.end = fused[1]
            return
        m = self.lx.scale_abbr.match(self.text, num.end)
        if not m:
            return
        abbr = m.group("abbr")
        spaced = bool(m.group("sp"))
        value = self.lx.scale_abbr_values[abbr]
        single = len(abbr) == 1 or abbr == "MM"
        # French writes compact figures spaced ("1,2 M", "3 k"), as CLDR does; a spaced
        # "b" or "m" is a word or metres in every language.
        if spaced and (abbr in ("b", "m") or (single and not self.lx.grammar.spaced_single_scales)):
            return
        cur_before = self._currency_before(num.start) is not None
        # "2.5m people" is million, "1.8m tall" metres (see _unit_after).
        if abbr == "m" and not cur_before and not self._million_context(m.end()):
            return
        # Single capitals are scale words after a currency ("$5B", "Rs 5L") or before a noun
        # ("10M users"); "5G", "Plan B" and "5L" (litres) are not.
        if abbr in ("M", "B", "T", "L", "G", "MM", "b") and not cur_before:
            if abbr in ("L", "G", "MM", "b") or not RX.SPACE_LOWER.match(self.text, m.end()):
                return
        num.value *= value
        num.scale = value
        num.end = m.end()
        num.attrs["scale_abbr"] = abbr

    def _piece(self, num: Num) -> Piece | None:
        """Attach currency, scale, unit or percent to a figure phrase."""
        text = self.text
        if num.kind == "ord":
            return Piece(start=num.start, end=num.end, num=num, value=num.value, kind="ordinal")
        if num.kind == "vague":
            vague = Piece(start=num.start, end=num.end, num=num, value=None, kind="number")
            self._vague_money(vague)
            return vague
        piece = self._plain_piece(num, text)
        if piece is None:
            return None
        # Currency before ("$", "US$", "Rs", "PKR ").
        cm = self._currency_before(num.start)
        if cm is not None:
            piece.start = cm.start
            piece.kind = "money"
            piece.currency = cm.value
            piece.currency_text = cm.surface
            piece.prefix_currency = True
        if piece.kind == "number":
            fin = RX.FIN_BEFORE.search(text, max(0, num.start - 6), num.start)
            if fin and self._financial_code(piece, fin):
                piece.start = fin.start()
                return piece
        if piece.kind == "number" and (
            self._percent(piece)
            or self._currency_after(piece)
            or self._unit_after(piece)
            or self._home_symbol_after(piece)
        ):
            return piece
        if piece.kind == "number" and num.article:
            return None
        if num.digits and piece.end == num.end and text[num.end : num.end + 1].isalpha():
            return None  # "221B", "5G": letters fused to the figure that are not a suffix
        if piece.kind == "number" and not self._bare_number_ok(num):
            return None
        return piece

    def _financial_code(self, piece: Piece, fin: Any) -> bool:
        """Money in financial shorthand ("EUR 5M", "USD 3k") when ``fin`` names a currency."""
        if fin.group("code") not in tables(self.lx.lang)["codes"] or piece.value is None:
            return False
        piece.kind = "money"
        piece.currency = CurrencyForm((fin.group("code"),), True)
        piece.currency_text = fin.group(0).strip()
        piece.value *= 1e6 if fin.group("mult") == "M" else 1e3
        return True

    def _vague_money(self, piece: Piece) -> None:
        """ "multibillion-dollar", "thousands of dollars", "millions d'euros"."""
        num = piece.num
        text = self.text
        lex = currency_lexicon(self.lx.lang)
        pos = num.end
        if num.attrs.get("multi"):
            m = lex.after.at(text, pos + 1) if text[pos : pos + 1] == "-" else None
            if m is not None and m.folded:
                self._set_currency(piece, m)
            else:
                piece.kind = "skip"
            return
        of = RX.OF.match(text, pos)
        if of:
            m = lex.after.at(text, of.end())
            if m is not None:
                self._set_currency(piece, m)

    def _set_currency(self, piece: Piece, m: SurfaceMatch[CurrencyForm]) -> bool:
        form = m.value
        piece.kind = "money"
        piece.currency = form
        piece.currency_text = m.surface
        piece.end = m.end
        if form.factor != 1 and piece.value is not None:
            piece.value = piece.value * form.factor
        return True

    def _percent(self, piece: Piece) -> bool:
        m = self.lx.percent.match(self.text, piece.end)
        if not m:
            return False
        piece.kind = "percent"
        piece.points = bool(m.group("pp"))
        piece.end = m.end()
        return True

    def _currency_after(self, piece: Piece) -> bool:
        text = self.text
        lex = currency_lexicon(self.lx.lang)
        pos = piece.end
        fin = RX.FIN_AFTER.match(text, pos)
        if fin and self._financial_code(piece, fin):
            piece.end = fin.end()
            return True
        # French "3 millions d'euros", "1,5 milliard de dollars".
        if piece.num.scale > 1 or self.lx.grammar.joiner_after_any_figure:
            j = self.lx.de_joiner.match(text, pos)
            if j:
                m = lex.after.at(text, j.end())
                if m is not None:
                    return self._set_currency(piece, m)
        m = self._currency_match_after(pos)
        if m is None:
            return False
        if m.folded:
            # "pounds" after a figure is weight unless a scale word says money ("361 million
            # pounds"); "2 million pounds of beef" is weight again.
            if m.value.scale_only and not (piece.num.scale > 1 and not RX.OF_EN.match(text, m.end)):
                return False
            self._set_currency(piece, m)
            self._cents_after(piece)
            return True
        # A code or symbol after the amount ("500 EUR", "5 €", "100元", "115USD").
        self._set_currency(piece, m)
        self._scale_after_currency(piece)
        self._cents_after(piece)
        return True

    def _scale_after_currency(self, piece: Piece) -> None:
        """ "75 USD million": a scale word after the currency code."""
        if piece.num.scale != 1 or piece.value is None:
            return
        k = self._tok_at_or_after(piece.end)
        if k is None or self.toks[k].kind != "scale":
            return
        gap = self.text[piece.end : self.toks[k].start]
        if gap and all(c in " \u00a0" for c in gap) and len(gap) <= 2:
            piece.value *= self.toks[k].value
            piece.num.scale = self.toks[k].value
            piece.end = self.toks[k].end
            piece.num.next = k + 1

    def _home_symbol_after(self, piece: Piece) -> bool:
        """A currency symbol in another script after the amount ("100₾", "100,000 ரூ")."""
        text = self.text
        m = RX.NON_ASCII_AFTER.match(text, piece.end)
        if not m:
            return False
        start = m.start("s")
        table = home_symbols()
        for length in range(min(6, len(text) - start), 0, -1):
            cand = text[start : start + length]
            end = start + length
            if cand in table and not (end < len(text) and text[end].isalnum()):
                codes = tuple(table[cand])
                piece.kind = "money"
                piece.currency = CurrencyForm(codes, len(codes) == 1)
                piece.currency_text = cand
                piece.end = end
                return True
        return False

    def _prime_after(self, piece: Piece) -> bool:
        """Feet and inches written with prime marks: '6\' tall', '10 " long', '5\'10"'.
        A quotation mark after a figure closes a quotation as often, so the mark counts
        only before a word of size ("long", "wide", "tall" ...) or a dimension sign ("x"),
        or as the inches of a feet-and-inches height."""
        m = RX.PRIME_AFTER.match(self.text, piece.end)
        if m is None or piece.value is None or piece.num.kind not in ("card", "frac"):
            return False
        inches = m.group("inches")
        if inches is not None:
            piece.value += int(inches) / 12
        elif not RX.SIZE_WORD.match(self.text, m.end()):
            return False
        piece.kind = "quantity"
        piece.unit = "foot" if m.group("mark") in "'′" else "inch"
        piece.end = m.end()
        return True

    def _cents_after(self, piece: Piece) -> None:
        """ "3 dollars 50 cents", "thirteen dollars and forty-five cents"."""
        text = self.text
        pos = piece.end
        if piece.currency is None or piece.currency.factor != 1:
            return
        m = RX.AND_SPACE.match(text, pos)
        if not m:
            return
        k = bisect.bisect_left(self.starts, m.end())
        if k >= len(self.toks) or self.toks[k].start != m.end():
            return
        sub = self._phrase(k)
        if sub is None or sub.value is None or sub.kind != "card" or sub.value >= 100:
            return
        m2 = self._currency_match_after(sub.end)
        if m2 is None or not m2.folded:
            return
        form = m2.value
        if form.factor != 0.01 or piece.value is None:
            return
        piece.value += sub.value / 100
        piece.end = m2.end
        piece.num.next = sub.next

    def _unit_after(self, piece: Piece) -> bool:
        text = self.text
        found = self._unit_match(piece.end)
        if found is None:
            return self._prime_after(piece)
        mu, sep = found
        surface = mu.surface
        name, factor, category = mu.value
        if surface == "mb" and self._pressure_context(piece.start, mu.end):
            name, category = "millibar", "pressure"  # "a pressure of 940 mb"
        if surface == "m" and not mu.folded:
            # "1.8m tall", "1 m": metres; "2.5m people": million; "peaking at 6.9m.": open.
            context = self._million_context(mu.end)
            if sep.strip() == "-" or context is True or (not sep and context is None):
                return False
        if category == "angle" and name == "degree":
            # Bare "degrees" is a temperature as often as an angle: only with angle words.
            if not self._angle_context(piece.start, mu.end):
                return False
        end = mu.end
        # "-year-old" ages.
        if name == "year":
            age = RX.OLD.match(text, end)
            if age:
                end = age.end()
                piece.num.attrs["age"] = True
        piece.kind = "quantity"
        piece.unit = name
        piece.unit_factor = float(factor)
        piece.end = end
        # "5 feet 2 inches", "5 ft and 2 in"
        if name == "foot":
            self._inches_after(piece)
        # Rates: "50 meters per millisecond", "10 km/ms"
        self._per_unit(piece)
        return True

    def _inches_after(self, piece: Piece) -> None:
        text = self.text
        m = RX.INCHES.match(text, piece.end)
        if m and piece.value is not None:
            piece.value += int(m.group(1)) / 12
            piece.end = m.end()
            piece.num.next = bisect.bisect_left(self.starts, piece.end)

    def _per_unit(self, piece: Piece) -> None:
        text = self.text
        m = RX.PER.match(text, piece.end)
        if not m:
            return
        lx = self.lx
        mu = lx.unit_index.at(text, m.end())
        if mu is None or mu.value[2] != "duration" or piece.unit is None:
            return
        named = f"{piece.unit}_per_{mu.value[0]}"
        piece.unit = named if named in lx.unit_names else f"{piece.unit} / {mu.value[0]}"
        piece.end = mu.end
