"""Numbers, money, quantities, percents and ordinals in news text.

:func:`find_numeric` is the entry point. It scans the text once with a compiled pattern for
figures (digits with the language's separators, number words, German compound numerals,
vulgar fractions), reads each figure phrase with a small grammar ("one hundred and five",
"7-9 lakh", "drei Viertel", "quatre-vingt-dix"), then looks at its surroundings:

* a currency before or after it (symbols, ISO codes and names from CLDR, see
  :mod:`claimcheck.extraction.money.currencies`), a unit (:mod:`claimcheck.extraction.quantities.units`), a percent sign or word;
* a qualifier ("more than", "at least", "about" ...) that turns it into a bound;
* a second figure that makes it a range ("10-12", "between 10 and 12", "$5m to $7m").

It leaves alone what is not a figure of the story: years and days of dates, times of day,
phone numbers, addresses, parts of identifiers and URLs ("COVID-19", "F-16"), ordinals in
names ("Fifth Avenue"), "one" used as a pronoun and indefinite articles.

The mentions never overlap; offsets index the given text. Nothing heavy is imported at module
import: the tables and patterns are built on the first call for a language.

The work is split by stage, each a layer of one class: :mod:`~claimcheck.extraction.numbers.scan`
(tokens and the currency and unit lookups), the figure-phrase grammar
(:mod:`~claimcheck.extraction.numbers.number_groups` for words below a thousand,
:mod:`~claimcheck.extraction.numbers.cardinals` for scale words,
:mod:`~claimcheck.extraction.numbers.fractional` for fractions, halves and ordinals,
:mod:`~claimcheck.extraction.numbers.grammar` for signs, vague quantities and whole phrases),
:mod:`~claimcheck.extraction.numbers.context` (whether a figure is one of the story),
:mod:`~claimcheck.extraction.numbers.surroundings` (currency, percent, unit written with it)
and :mod:`~claimcheck.extraction.numbers.attach` (ranges, qualifiers and value records); the data they use is in
:mod:`~claimcheck.extraction.numbers.patterns`, :mod:`~claimcheck.language.numwords`,
:mod:`~claimcheck.language.closed_words`, :mod:`~claimcheck.extraction.numbers.qualifiers`,
:mod:`~claimcheck.language.cldr` and :mod:`~claimcheck.extraction.quantities.units`.
"""

from __future__ import annotations

from claimcheck.extraction.numbers.attach import Attach
from claimcheck.extraction.numbers.patterns import BLOCKED, RX, compiled, emails
from claimcheck.language.text import base_language
from claimcheck.model import RawMention

__all__ = ["find_numeric"]

_NARROW_SPACES = {0x202F: "\u00a0", 0x2009: "\u00a0"}


def find_numeric(text: str, language: str = "en") -> list[RawMention]:
    """Numbers, money, quantities, percents and ordinals in ``text``, in order, non-overlapping.

    ``language`` is a BCP 47 tag ("en", "en-PK", "de", "fr-CA"); its base language picks the
    number words, separators and currency names (English is used for other languages).
    """
    if not text:
        return []
    lang = base_language(language)
    if "\u202f" in text or "\u2009" in text:
        # Narrow and thin spaces read as no-break spaces; one character each, so every
        # offset stays the same.
        text = text.translate(_NARROW_SPACES)
    ex = _Extractor(text, compiled(lang))
    return ex.run()


class _Extractor(Attach):
    """One pass over one text."""

    __slots__ = ()

    def run(self) -> list[RawMention]:
        text = self.text
        spans = [
            (m.start(), m.end())
            for trigger, name in BLOCKED
            if trigger in text
            for m in getattr(RX, name).finditer(text)
        ]
        spans.extend(
            (m.start(), m.end())
            for m in RX.DIGIT_SPANS.finditer(text)
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-/"))
        )
        spans.extend(emails(text))
        self._block(spans)
        self.toks = self._tokens()
        self.starts = [t.start for t in self.toks]
        out: list[RawMention] = []
        i = 0
        n = len(self.toks)
        last_end = 0
        while i < n:
            tok = self.toks[i]
            if tok.start < last_end or self._is_blocked(tok.start, tok.end):
                i += 1
                continue
            try:
                found = self._at(i)
            except (ValueError, OverflowError, ZeroDivisionError):
                found = None
            if found is None:
                i += 1
                continue
            mention, _next = found
            if mention is not None and mention.start >= last_end and mention.end > mention.start:
                out.append(mention)
                last_end = mention.end
            # Skip every token the mention (or the rejected phrase) covered.
            end = mention.end if mention is not None else self.toks[max(i, _next - 1)].end
            j = i + 1
            while j < n and self.toks[j].start < end:
                j += 1
            i = max(j, i + 1)
        return out
