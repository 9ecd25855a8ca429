"""What surrounds a figure: currency, scale abbreviation, unit, percent, qualifier, a second
figure making a range; and the value record built from all of it.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import Any

from claimcheck.extraction.money.currencies import CurrencyForm, currency_lexicon
from claimcheck.extraction.numbers.context import Context
from claimcheck.extraction.numbers.patterns import RX
from claimcheck.extraction.numbers.scan import Num, Piece
from claimcheck.language.cldr import home_symbols, tables
from claimcheck.language.surfaces import SurfaceMatch
from claimcheck.model import Money, Number, Ordinal, Percent, Quantity, RawMention

__all__ = ["Attach"]


class Attach(Context):
    """Reads the surroundings of figure phrases and builds mentions."""

    __slots__ = ()

    def _at(self, i: int) -> tuple[RawMention | None, int] | None:
        """The mention starting at token ``i``, with the token index to continue from."""
        num = self._phrase(i)
        if num is None:
            return None
        piece = self._piece(num)
        if piece is None:
            return None, num.next
        return self._finish(piece), piece.num.next

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
        lx = self.lx
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
            if fin and fin.group("code") in tables(lx.lang)["codes"] and piece.value is not None:
                piece.kind = "money"
                piece.currency = CurrencyForm((fin.group("code"),), True)
                piece.currency_text = fin.group(0).strip()
                piece.value *= 1e6 if fin.group("mult") == "M" else 1e3
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
        if fin and fin.group("code") in tables(self.lx.lang)["codes"] and piece.value is not None:
            piece.kind = "money"
            piece.currency = CurrencyForm((fin.group("code"),), True)
            piece.currency_text = fin.group(0).strip()
            piece.value *= 1e6 if fin.group("mult") == "M" else 1e3
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

    def _finish(self, piece: Piece) -> RawMention | None:
        """Ranges and qualifiers around a piece, then the value record."""
        text = self.text
        lx = self.lx
        if piece.kind == "skip":
            return None
        num = piece.num
        qualifier = "exact"
        low = high = None
        value = piece.value
        vague = num.kind == "vague"
        start, end = piece.start, piece.end
        second: Piece | None = None
        opener = lx.range_open.search(text, max(0, start - 12), start)
        if piece.kind != "ordinal" and not vague:
            second = self._range_second(piece, closed=opener is not None)
        if second is not None and value is not None and second.value is not None:
            lo_v, hi_v = self._range_values(piece, second)
            if lo_v is not None and hi_v is not None and lo_v < hi_v:
                if second.kind != "number" and piece.kind == "number":
                    piece.kind = second.kind
                    piece.currency, piece.currency_text = second.currency, second.currency_text
                    piece.unit, piece.unit_factor, piece.points = (
                        second.unit,
                        second.unit_factor,
                        second.points,
                    )
                low, high = lo_v, hi_v
                qualifier = "range"
                value = None
                end = second.end
                num.next = second.num.next
                if opener is not None:
                    start = opener.start()
        if vague:
            # Conventional bounds: "dozens" is 24 to 144, "several" at least three.
            low, high = num.low, num.high
            qualifier = "range" if high is not None else "at_least"
            value = None
        elif qualifier != "range":
            if value is not None:
                low = high = value
            q = lx.qual_before.search(text, max(0, start - 40), start)
            if q is not None:
                word = re.sub(r"\s+", " ", q.group("q").lower())
                qualifier = lx.qualifiers.get(word, "exact")
                if piece.kind == "ordinal" or not self._qualifier_applies(word, q.start()):
                    qualifier = "exact"
                else:
                    start = q.start()
            if qualifier in ("exact", "about") and piece.kind != "ordinal":
                pm = lx.qual_after.match(text, end)
                if pm is not None:
                    word = pm.group("q").strip().lower()
                    # "about 500 or more": the written bound wins over the hedge.
                    qualifier = lx.postfix.get(word, qualifier)
                    end = pm.end()
            if num.attrs.get("about") and qualifier == "exact":
                qualifier = "about"
            if qualifier in ("at_least", "more_than"):
                high = None
            elif qualifier in ("at_most", "less_than"):
                low = None
        attrs: dict[str, Any] = {}
        if num.attrs.get("age"):
            attrs["age"] = True
        if num.attrs.get("scale_abbr"):
            attrs["scale"] = num.attrs["scale_abbr"]
        if piece.kind == "ordinal":
            if value is None or not float(value).is_integer():
                return None
            return RawMention(kind="ordinal", start=start, end=end, value=Ordinal(value=int(value)))
        factor = piece.unit_factor if piece.kind == "quantity" else 1.0

        def scaled(x: float | None) -> float | None:
            return None if x is None else _clean(x * factor)

        common: dict[str, Any] = {
            "value": scaled(value),
            "low": scaled(low),
            "high": scaled(high),
            "qualifier": qualifier,
            "vague": vague,
        }
        val: Number
        if piece.kind == "money":
            form = piece.currency
            currency = form.codes[0] if form is not None and form.certain and form.codes else None
            val = Money(currency=currency, currency_text=piece.currency_text, **common)
        elif piece.kind == "quantity":
            val = Quantity(unit=piece.unit or "", **common)
        elif piece.kind == "percent":
            val = Percent(points=piece.points, **common)
        else:
            val = Number(**common)
        if attrs:
            return RawMention(kind=val.kind, start=start, end=end, value=val, attrs=attrs)
        return RawMention(kind=val.kind, start=start, end=end, value=val)

    def _range_second(self, first: Piece, *, closed: bool) -> Piece | None:
        """The other end of a range after ``first``: "-12", " to 12", " and 12" after "between"."""
        text = self.text
        lx = self.lx
        pos = first.end
        if closed:
            m = lx.range_and.match(text, pos)
            if m is None:
                m = lx.range_conn.match(text, pos)
        else:
            m = lx.range_conn.match(text, pos)
            if m is not None and m.group("c").strip(" \u00a0") not in (
                "-",
                "–",
                "—",
                "‒",
            ):
                # "from 10 to 12" is a change, not a range.
                prev = lx.word_before.search(text, max(0, first.start - 20), first.start)
                if prev and prev.group(1).lower() in ("from", "von", "de", "du"):
                    return None
        if m is None:
            return None
        nxt_pos = m.end()
        # The second figure may carry its own currency symbol ("$5m to $7m").
        k = bisect.bisect_left(self.starts, nxt_pos)
        if k >= len(self.toks):
            return None
        cur = None
        if self.toks[k].start > nxt_pos:
            cur = self._currency_before(self.toks[k].start)
            if cur is None or cur.start != nxt_pos:
                return None
        sep = m.group(0).strip(" \u00a0")
        if sep in ("-", "–", "—", "‒") and first.num.digits:
            # "2012-13", "31-24": a season or a score is not a range.
            t1 = self.toks[self._tok_index(first.num.start)]
            if t1.decimals == 0 and 1000 <= (t1.value or 0) <= 2100 and t1.end - t1.start == 4:
                rng = RX.RANGE_DIGITS.match(text, t1.end)
                if rng is None or len(rng.group(1)) == 2 or 1000 <= int(rng.group(1)) <= 2100:
                    return None
        num = self._phrase(k)
        if num is None or num.kind in ("ord", "vague"):
            return None
        piece = self._plain_piece(num, text)
        if piece is None:
            return None
        if cur is not None:
            piece.kind = "money"
            piece.currency = cur.value
            piece.currency_text = cur.surface
            piece.start = cur.start
        elif first.kind == "money" and first.prefix_currency:
            piece.kind = "money"
            piece.currency = first.currency
            piece.currency_text = first.currency_text
        if piece.kind == "number" and not self._percent(piece) and not self._currency_after(piece):
            self._unit_after(piece)
        # "8% to 13.18", "10 km to 12": a unit on the first end only is no range.
        if piece.kind == "number" and (
            first.kind in ("percent", "quantity")
            or (first.kind == "money" and not first.prefix_currency)
        ):
            return None
        # Both ends must be the same kind of thing.
        if first.kind != "number" and piece.kind != "number" and first.kind != piece.kind:
            return None
        if (
            first.kind == "money"
            and piece.kind == "money"
            and first.currency_text != piece.currency_text
        ):
            return None
        if first.kind == "quantity" and piece.kind == "quantity" and first.unit != piece.unit:
            return None
        return piece

    def _range_values(self, first: Piece, second: Piece) -> tuple[float | None, float | None]:
        """Low and high of a range, the scale written once applying to both ("7-9 lakh")."""
        a, b = first.value, second.value
        if a is None or b is None:
            return None, None
        if first.num.scale == 1 and second.num.scale > 1 and not first.scaled:
            if a * second.num.scale <= b:
                a = a * second.num.scale
        return a, b


def _clean(x: float) -> float:
    """Round away binary noise from scaling ("4.5 * 1e9" is 4500000000.000001)."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.15g}")
