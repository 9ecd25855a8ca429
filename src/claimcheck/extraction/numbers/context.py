"""Whether a figure is a figure of the story: years, days of dates, times, identifiers, names,
addresses, "one" as a pronoun, metres against millions, angles against temperatures.
"""

from __future__ import annotations

import re

from claimcheck.extraction.money.currencies import currency_lexicon, lookup
from claimcheck.extraction.numbers.grammar import Grammar
from claimcheck.extraction.numbers.patterns import RX
from claimcheck.extraction.numbers.scan import Num
from claimcheck.language.closed_words import (
    CAPITAL_OK,
    COUNT_VERBS,
    DETERMINERS,
    METRE_FOLLOWERS,
    ONE_NOT_NUMBER,
    ONE_PRONOUN_BEFORE,
)
from claimcheck.language.text import fold

__all__ = ["Context"]

#: A quarter or half written after a year ("2019 Q1", "2019-Q1", "2024 H2", "2024 T3"): the
#: figure before it is a year even after "about" or "around".
_PERIOD_AFTER = re.compile(r"[\x20-]?[QqHhTt][1-4](?!\w)")


class Context(Grammar):
    """Context checks on figure phrases."""

    __slots__ = ()

    def _million_context(self, pos: int) -> bool | None:
        """After "2.5m": a noun ("people", "barrels", "euros") means million (``True``);
        "tall", "long" or a verb mean metres (``False``); nothing telling (the end of the
        sentence, "peaking at 6.9m.") leaves it open (``None``)."""
        m = RX.NEXT_WORD.match(self.text, pos)
        if not m:
            return None
        word = m.group(1).lower()
        return not (word in METRE_FOLLOWERS or word in ONE_NOT_NUMBER)

    def _digit_context_ok(self, num: Num) -> bool:
        """Whether a figure in digits is a figure of the story (not a year, time, identifier)."""
        text = self.text
        s, e = num.start, num.end
        first = self.toks[self._tok_index(s)]
        before = text[s - 1] if s > 0 else ""
        before2 = text[s - 2] if s > 1 else ""
        after = text[e] if e < len(text) else ""
        if before and (
            before.isalnum()
            or before in "_#@/\\"
            or (before in "-.:" and before2.isalnum() and not before2.isdigit())
        ):
            if not self._currency_before(s):
                return False
        if before and before in ".:" and before2.isdigit():
            return False  # "192.168.1.2", "3:27"
        if before == "-" and RX.ALNUM_ID_END.search(text, max(0, s - 20), s - 1):
            return False  # "MS08-078"
        if after == ":" and text[e + 1 : e + 2].isdigit():
            return False
        if after == "." and text[e + 1 : e + 2].isdigit():
            return False  # a version or address "1.2.3"
        if after and after in "/\\" and text[e + 1 : e + 2].isalnum():
            return False
        if after and (after.isalpha() or after in "_@"):
            # Fused letters must be a known suffix: scale, unit, currency, ordinal, percent.
            if not self._fused_ok(e):
                return False
        if RX.TIME_AFTER.match(text, e) and not num.words:
            return False
        if num.words:
            return True
        value = num.value
        # Bare years: "in 2009", "2024", "the 1990s".
        if (
            value is not None
            and first.decimals == 0
            and not first.grouped
            and 1000 <= value <= 2100
            and num.scale == 1
            and e - s == 4
            and self._looks_like_year(num)
        ):
            return False
        # Day of month: "November 9", "9 November".
        if value is not None and value.is_integer() and 1 <= value <= 31 and first.decimals == 0:
            if self.lx.months_before.search(text, max(0, s - 15), s) or self.lx.months_after.match(
                text, e
            ):
                return False
        if value is None or not value.is_integer():
            return True
        # Street addresses ("10 Downing Street", "the 12500 block of") and phone numbers
        # dialled ("called 911").
        if RX.STREET.match(text, e) or RX.BLOCK_OF.match(text, e):
            return False
        return not RX.DIALLED.search(text, max(0, s - 12), s)

    def _fused_ok(self, pos: int) -> bool:
        text = self.text
        lx = self.lx
        m = RX.ANY_ORDINAL_SUFFIX.match(text, pos)
        if m:
            return True
        if lx.scale_abbr.match(text, pos) or self._fused_scale_word(pos) is not None:
            return True
        if lx.unit_index.at(text, pos) is not None:
            return True
        cm = currency_lexicon(lx.lang).after.at(text, pos)
        if cm is not None and not cm.folded:
            return True
        return bool(RX.PC.match(text, pos))

    def _pressure_context(self, start: int, end: int) -> bool:
        """Whether words of air pressure surround a figure ("a pressure of 940 mb")."""
        window = self.text[max(0, start - 80) : end + 60]
        return bool(RX.PRESSURE_CUES.search(window))

    def _fused_scale_word(self, pos: int) -> tuple[float, int] | None:
        """A scale word written fused to the digits before it ("2millions", "3Milliarden"):
        its multiplier and where it ends."""
        if not self.text[pos : pos + 1].isalpha():
            return None
        m = RX.WORDS.match(self.text, pos)
        if m is None:
            return None
        word = m.group().lower()
        entry = self.lx.words.get(word) or self.lx.words.get(fold(word))
        if entry is None or entry[0] != "scale" or entry[1] < 1000:
            return None
        return entry[1], m.end()

    def _looks_like_year(self, num: Num) -> bool:
        text = self.text
        s, e = num.start, num.end
        if self._currency_before(s):
            return False
        prev = self.lx.word_before.search(text, max(0, s - 25), s)
        prev_word = prev.group(1).lower() if prev else ""
        if prev_word in ("in", "since", "im", "seit", "en", "depuis"):
            return True  # "in 2006 dollars", "since 1990 people"
        if _PERIOD_AFTER.match(text, e):
            return True  # "about 2019 Q1"
        rng = RX.RANGE_DIGITS.match(text, e)
        if rng and not (len(rng.group(1)) == 2 or 1000 <= int(rng.group(1)) <= 2100):
            return False  # "1000-5000" is a range of counts, "2012-13" a season
        if self.lx.percent.match(text, e):
            return False
        unit = self._unit_match(e)
        if unit is not None and unit[0].value[0] != "year":
            return False
        if self._currency_match_after(e) is not None:
            return False
        return not self.lx.qual_before.search(text, max(0, s - 25), s)

    def _bare_number_ok(self, num: Num) -> bool:
        """Plain numbers: "one" as a pronoun, product names and single articles are not figures."""
        text = self.text
        if (
            num.words
            and not num.digits
            and num.value == 1
            and num.kind == "card"
            and num.scale == 1
        ):
            word = text[num.start : num.end].lower()
            if word in ("one", "eins", "un", "une"):
                return self._one_is_number(num)
        if (
            self.lx.grammar.capitals_mark_names
            and num.digits
            and not num.words
            and num.value is not None
            and num.value.is_integer()
            and not num.grouped
            and num.scale == 1
        ):
            # "Flight 370", "Boeing 737 crashed", "Article 370": a number right after a
            # capitalised word inside a sentence names something.
            prev = RX.CAPITAL_BEFORE.search(text, max(0, num.start - 30), num.start)
            if prev:
                w = prev.group(1)
                if (
                    w.lower() not in CAPITAL_OK
                    and w.lower() not in COUNT_VERBS
                    and not w.endswith(("'s", "’s"))
                    and w.lower() not in self.lx.qualifiers
                    and not self.lx.months_before.search(text, max(0, num.start - 15), num.start)
                    and not lookup(w, self.lx.lang)
                    and not self._title_case(num.start)
                ):
                    return False
        return True

    def _title_case(self, pos: int) -> bool:
        """Whether the line around ``pos`` is a headline in title case ("Quake in Iran Kills
        10; 80 Hurt"), where capitals say nothing about names."""
        text = self.text
        start = max(text.rfind("\n", 0, pos) + 1, pos - 80)
        end = text.find("\n", pos)
        end = min(end if end != -1 else len(text), pos + 80)
        words = [w for w in RX.WORDS.findall(text, start, end) if len(w) > 3]
        if len(words) < 3:
            return False
        return sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    def _one_is_number(self, num: Num) -> bool:
        text = self.text
        prev = self.lx.word_before.search(text, max(0, num.start - 30), num.start)
        prev_word = prev.group(1).lower() if prev else ""
        if prev_word in ONE_PRONOUN_BEFORE or prev_word in DETERMINERS[self.lx.lang]:
            return False
        if text[num.end : num.end + 1] == "-":
            return False
        if prev_word in COUNT_VERBS:
            return True  # "killing one", "arrested one"
        nxt = self.lx.word_after.match(text, num.end)
        if not nxt:
            return False
        word = nxt.group(1).lower()
        if word in ONE_NOT_NUMBER or word.endswith(("'s", "’s")):
            return False
        return not (self.lx.grammar.one_needs_word and not word[:1].isalpha())

    def _angle_context(self, start: int, end: int) -> bool:
        """Angle words in the same clause ("turn left 45 degrees", "a 30-degree slope") and no
        temperature words ("the temperature is 24 degrees")."""
        text = self.text
        left = max(text.rfind(c, max(0, start - 60), start) for c in ".;,!?\n") + 1
        left = max(left, start - 60)
        right = min(len(text), end + 20)
        for c in ".;,!?\n":
            k = text.find(c, end, right)
            if k != -1:
                right = k
        window = text[left:right]
        return bool(RX.ANGLE_CUES.search(window)) and not RX.HEAT_CUES.search(window)

    def _qualifier_applies(self, word: str, start: int) -> bool:
        """ "over" and "under" are prepositions of place or time as often as bounds."""
        if word in ("over", "under", "above", "below", "some", "über", "unter"):
            prev = self.lx.word_before.search(self.text, max(0, start - 40), start)
            if prev is None:
                return True
            pw = prev.group(1).lower()
            if pw[:1].isdigit() or fold(pw) in self.lx.words:
                return False  # "1 over 20", "one over three": a ratio
            if word == "some" and pw in ("for", "in", "of"):
                return True
            if pw in ("from", "of", "in", "at", "to", "is", "was", "the"):
                return word not in ("some",)
        return True
