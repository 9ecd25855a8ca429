"""A figure's qualifier ("about", "or more") or a second figure making a range, and the
value record built from the figure and everything written around it.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import Any

from claimcheck.extraction.numbers.patterns import RX
from claimcheck.extraction.numbers.scan import Piece
from claimcheck.extraction.numbers.surroundings import Surroundings
from claimcheck.model import Money, Number, Ordinal, Percent, Quantity, RawMention

__all__ = ["Attach"]

#: start, end, value, low, high, qualifier of a mention
_Bounds = tuple[int, int, float | None, float | None, float | None, str]


class Attach(Surroundings):
    """Reads the ranges and qualifiers around figure phrases and builds mentions."""

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

    def _finish(self, piece: Piece) -> RawMention | None:
        """Ranges and qualifiers around a piece, then the value record."""
        if piece.kind == "skip":
            return None
        bounds = self._range(piece)
        num = piece.num
        if num.kind == "vague":
            # Conventional bounds: "dozens" is 24 to 144, "several" at least three.
            qualifier = "range" if num.high is not None else "at_least"
            bounds = (piece.start, piece.end, None, num.low, num.high, qualifier)
        elif bounds is None:
            bounds = self._qualified(piece)
        return self._record(piece, bounds)

    def _range(self, piece: Piece) -> _Bounds | None:
        """ "5 to 7", "between $5m and $7m", "7-9 lakh": the range ``piece`` opens, if any."""
        text = self.text
        start = piece.start
        opener = self.lx.range_open.search(text, max(0, start - 12), start)
        if piece.kind == "ordinal" or piece.num.kind == "vague":
            return None
        second = self._range_second(piece, closed=opener is not None)
        if second is None or piece.value is None or second.value is None:
            return None
        lo_v, hi_v = self._range_values(piece, second)
        if lo_v is None or hi_v is None or not lo_v < hi_v:
            return None
        if second.kind != "number" and piece.kind == "number":
            piece.kind = second.kind
            piece.currency, piece.currency_text = second.currency, second.currency_text
            piece.unit, piece.unit_factor, piece.points = (
                second.unit,
                second.unit_factor,
                second.points,
            )
        piece.num.next = second.num.next
        if opener is not None:
            start = opener.start()
        return (start, second.end, None, lo_v, hi_v, "range")

    def _qualified(self, piece: Piece) -> _Bounds:
        """A single figure with the hedge or bound written around it ("about", "or more")."""
        text = self.text
        lx = self.lx
        num = piece.num
        value = piece.value
        start, end = piece.start, piece.end
        qualifier = "exact"
        low = high = None
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
        return (start, end, value, low, high, qualifier)

    def _record(self, piece: Piece, bounds: _Bounds) -> RawMention | None:
        """The mention of ``piece`` with its value record over ``bounds``."""
        start, end, value, low, high, qualifier = bounds
        num = piece.num
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
            "vague": num.kind == "vague",
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
