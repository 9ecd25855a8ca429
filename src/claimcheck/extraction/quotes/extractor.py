"""Direct quotations and who said them.

:func:`find_quotes` pairs quotation marks (straight and curly double quotes, « », „ “, » «,
and the ``` `` … '' ``` of wire copy), keeps quotations of three words or more (one- and
two-word "scare quotes" are not quotations) and skips unbalanced marks. The span covers the
words inside the marks, so ``text[start:end] == value.text``.

The speaker is found in the quotation's own sentences, in this order:

1. after the quotation: ``"...," the administration said`` / ``"...," said Lin``;
2. before it: the subject of the last speech verb ("X said", "X stated that Beijing "...",
   "X urged Pakistan to "...", "which Islamabad accuses of "...", "The government blamed the
   groups for "..."), or of the main clause for a participle (", only saying "...");
3. "according to X" after the quotation, in its sentence;
4. for a quotation that opens its sentence, the previous sentence's speaker.

The speaker is the name as the text has it; a surname used alone is given as the full name the
document uses elsewhere ("Lin" -> "Lin Jian"). ``attrs["speaker_span"]`` locates the name.

:func:`quote_tokens` normalises a quotation for comparison so that only wording differences
remain.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claimcheck.model import Quote, RawMention
from claimcheck.segmenting.sentences import ABBREVIATIONS

if TYPE_CHECKING:
    from claimcheck.language.aliases import AliasTable

__all__ = ["find_quotes", "quote_tokens"]


class _Lazy:
    """A regular expression compiled on first use (nothing is compiled at import time)."""

    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._rx: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(*self._args)
        return getattr(rx, name)


#: Fewest words a quotation must have; shorter ones are scare quotes.
MIN_WORDS = 3

_MARKS = _Lazy(r"``|''|[\"“”„«»‟]")
_QUOTE_CHARS = frozenset("\"“”„«»‟`'")
_WORD = _Lazy(r"[^\W_]+(?:['’][^\W_]+)*")

_FINITE = (
    "said says say stated states told tells added adds noted notes wrote writes declared declares "
    "announced announces insisted insists warned warns urged urges accused accuses blamed blames "
    "claimed claims argued argues explained explains acknowledged acknowledges described "
    "describes called calls tweeted posted responded replied commented remarked stressed "
    "stresses emphasised emphasized asserted asserts vowed vows pledged pledges promised "
    "reiterated reiterates confirmed confirms denied denies demanded demands asked asks conceded "
    "admitted recalled cautioned threatened condemned quipped wrote posted"
)
_PARTICIPLE = (
    "saying stating adding noting telling writing declaring announcing insisting warning urging "
    "accusing blaming claiming arguing explaining describing calling vowing asserting stressing "
    "emphasising emphasizing reiterating asking"
)
_SPEECH = frozenset(_FINITE.split()) | frozenset(_PARTICIPLE.split())
_PARTICIPLES = frozenset(_PARTICIPLE.split())
_VERB_RE = _Lazy(r"\b(" + "|".join(sorted(_SPEECH, key=len, reverse=True)) + r")\b")
#: Verbs that attribute a quotation written before them ("...," she said).
_AFTER = (
    "said says told tells added adds stated states wrote writes noted notes asked asks explained "
    "explains insisted insists warned warns replied replies recalled argued argues declared "
    "declares continued continues remarked quipped tweeted posted conceded admitted acknowledged "
    "cautioned suggested"
)
_AFTER_RE = _Lazy(r"\b(" + "|".join(sorted(set(_AFTER.split()), key=len, reverse=True)) + r")\b")
_ACCORDING = _Lazy(r"\baccording to\s+", re.IGNORECASE)
_BOUNDARY = _Lazy(r"[,;:(\[—–]|\s-\s|\b(?:that|which|who|whom|and|but|while|because|if)\b")
_RELATIVE = _Lazy(r",?\s*\bwho\s*$")
_SKIP_WORDS = frozenset(
    [
        "reportedly",
        "also",
        "only",
        "later",
        "earlier",
        "previously",
        "again",
        "further",
        "then",
        "still",
        "allegedly",
        "has",
        "have",
        "had",
        "would",
        "will",
        "did",
        "does",
        "do",
        "not",
        "has",
        "also",
        "just",
        "once",
        "publicly",
        "officially",
        "separately",
        "similarly",
        "recently",
        "initially",
        "repeatedly",
    ]
)
_LEADING_WORDS = frozenset(["and", "but", "while", "as", "so", "or"])
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "several",
    ]
)
_TIME_TAIL = _Lazy(
    r"(?:\s+(?:on|in|at|since|during|late|early|last|this|earlier|later)"
    r"(?:\s+(?:the|a|last|this|next|early|late|mid))?"
    r"\s+(?:[A-Z][a-z]+\.?|\d[\w,]*|week|month|year|day|morning|afternoon|evening|night|weekend)"
    r"(?:\s+\d[\w,]*)?)+$"
)
_SENT_END = _Lazy(r"[.!?…]+[\"”’»)\]]*(?=\s)|\n")
# abbreviations whose full stop does not end a sentence: the segmenter's list
_ABBREV = ABBREVIATIONS
#: How far around a full stop its word and what follows it are looked for.
_WORD_REACH = 40


@dataclass(slots=True)
class _Pair:
    open_start: int
    open_end: int
    close_start: int
    close_end: int
    start: int
    end: int


# --------------------------------------------------------------------------------------------
# pairing


def _opens(text: str, i: int, j: int) -> bool:
    """Whether a straight quote at ``text[i:j]`` looks like an opening mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:;,“‘«„" or i == 0


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def _crossing_ok(text: str, start: int, end: int) -> bool:
    """A quotation never spans a blank line, nor a line break after a finished sentence."""
    inner = text[start:end]
    if "\n" not in inner:
        return True
    if re.search(r"\n[ \t]*\n", inner):
        return False
    for m in re.finditer(r"\n", inner):
        line_end = inner[: m.start()].rstrip()
        if line_end and line_end[-1] in '.!?:"”»':
            return False
    return True


def _pairs(text: str) -> list[_Pair]:
    out: list[_Pair] = []
    opened: tuple[int, int, str] | None = None
    for m in _MARKS.finditer(text):
        i, j = m.span()
        mark = m.group()
        if mark == '"' and i > 0 and text[i - 1].isdigit():
            continue  # inches: 12"
        if opened is not None:
            oi, oj, omark = opened
            closer = {
                '"': ('"', "''", "”"),
                "``": ("''", '"'),
                "“": ("”",),
                "„": ("“", "”"),
                "«": ("»",),
                "»": ("«",),
                "‟": ("”",),
            }[omark]
            if mark in closer and (omark == "«" or _closes(text, i)):
                if _crossing_ok(text, oj, i):
                    out.append(_Pair(oi, oj, i, j, oj, i))
                    opened = None
                    continue
                opened = None
            elif mark in ("“", "„", "«", "``", "‟") or (mark == '"' and _opens(text, i, j)):
                # A new opening mark before the previous one closed: that one was unbalanced.
                opened = None
            else:
                continue
        if (
            mark in ("“", "„", "«", "``", "‟")
            or (mark == "»" and _opens(text, i, j))
            or (mark == '"' and _opens(text, i, j))
        ):
            opened = (i, j, mark)
    return out


def _trim(text: str, p: _Pair) -> bool:
    """Trim the inner span to the quoted words; False when nothing is left."""
    s, e = p.open_end, p.close_start
    while s < e and text[s] in " \t\n\u00a0\u202f":
        s += 1
    while e > s and text[e - 1] in " \t\n\u00a0\u202f,;:":
        e -= 1
    p.start, p.end = s, e
    return e > s


# --------------------------------------------------------------------------------------------
# sentences


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding ``pos`` (not before ``floor``)."""
    lo = max(floor, pos - 800)
    best = lo
    # the last line break or real sentence end before ``pos``: read from the nearest back
    for m in reversed(list(_SENT_END.finditer(text, lo, pos))):
        if m.group() == "\n" or _real_end(text, m.start()):
            best = m.end()
            break
    while best < pos and text[best].isspace():
        best += 1
    return best


def _sentence_end(text: str, pos: int) -> int:
    """End of the sentence that continues at ``pos``."""
    hi = min(len(text), pos + 600)
    for m in _SENT_END.finditer(text, pos, hi):
        if m.group() == "\n" or _real_end(text, m.start()):
            return m.end() if m.group() != "\n" else m.start()
    return hi


def _real_end(text: str, dot: int) -> bool:
    """Whether the punctuation at ``dot`` ends a sentence (not "Mr." or "U.S.")."""
    if text[dot] != ".":
        return True
    # Abbreviations are short: the walks stop within a bound, so a run of letters and dots
    # or of spaces is not walked again from each of its dots.
    k, floor = dot, max(0, dot - _WORD_REACH)
    while k > floor and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot].lower()
    if word in _ABBREV or (len(word) == 1 and word.isalpha()):
        return False
    nxt, stop = dot + 1, min(len(text), dot + 1 + _WORD_REACH)
    while nxt < stop and text[nxt] in '"”’»)] \t':
        nxt += 1
    return nxt >= stop or not text[nxt].islower()


# --------------------------------------------------------------------------------------------
# speakers


@dataclass(slots=True)
class _Speaker:
    text: str
    start: int
    end: int
    pronoun: bool = False


class _Context:
    """Entity mentions of the text, looked up by position."""

    def __init__(self, text: str, language: str, aliases: AliasTable | None) -> None:
        self.text = text
        self.language = language
        self.aliases = aliases
        self._ents: list[RawMention] | None = None
        self._starts: list[int] = []

    def entities(self) -> list[RawMention]:
        if self._ents is None:
            from claimcheck.extraction.entities.extractor import find_entities

            found = find_entities(self.text, self.language, self.aliases)
            self._ents = [m for m in found if not m.attrs.get("demonym")]
            self._starts = [m.start for m in self._ents]
        return self._ents

    def within(self, start: int, end: int) -> list[RawMention]:
        ents = self.entities()
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(ents) and ents[i].start < end:
            if ents[i].end <= end:
                out.append(ents[i])
            i += 1
        return out

    def named(self, m: RawMention) -> _Speaker:
        full = m.attrs.get("full_name")
        name = full if isinstance(full, str) and full else self.text[m.start : m.end]
        return _Speaker(name, m.start, m.end)


def _np_before(ctx: _Context, lo: int, hi: int) -> _Speaker | None:
    """The noun phrase ending at ``hi`` (the subject of a verb there), not before ``lo``."""
    text = ctx.text
    region = text[lo:hi]
    # Cut at the last clause boundary.
    cut = 0
    for m in _BOUNDARY.finditer(region):
        cut = m.end()
    seg_start = lo + cut
    seg = text[seg_start:hi]
    # Drop adverbs and auxiliaries before the verb, and a time phrase ("on Tuesday").
    words = seg.split()
    while words and (words[-1].lower() in _SKIP_WORDS or words[-1].lower().endswith("ly")):
        words.pop()
    while words and words[0].lower() in _LEADING_WORDS:
        words.pop(0)
    if not words:
        return None
    phrase = " ".join(words)
    phrase = _TIME_TAIL.sub("", phrase)
    if not phrase:
        return None
    first = text.find(words[0], seg_start, hi)
    if first < 0:
        return None
    end = first
    for w in phrase.split():
        end = text.find(w, end, hi) + len(w)
    np_start, np_end = first, end
    ents = ctx.within(np_start, np_end)
    if ents and ents[-1].end >= np_end - 1:
        return ctx.named(ents[-1])
    if len(phrase.split()) > 8:
        return None
    low = phrase.lower()
    if low in _PRONOUNS:
        return _Speaker(phrase, np_start, np_end, pronoun=True)
    if ents or low.split()[0] in _DETERMINERS or len(phrase.split()) <= 3:
        # "The government", "his office", "Sharif's office", "officials"
        if not any(c.isalpha() for c in phrase):
            return None
        if phrase.split()[-1].lower() in _DETERMINERS:
            return None
        return _Speaker(text[np_start:np_end], np_start, np_end)
    return None


def _np_after(ctx: _Context, lo: int, hi: int) -> _Speaker | None:
    """The noun phrase starting at ``lo`` ("said Lin Jian on Tuesday")."""
    text = ctx.text
    seg = text[lo:hi]
    m = re.match(r"\s*((?:[^\s,.;:!?]+\s*){1,8})", seg)
    if not m:
        return None
    ents = ctx.within(lo, hi)
    if ents and ents[0].start <= lo + (len(seg) - len(seg.lstrip())) + 1 + 40:
        first = ents[0]
        between = text[lo : first.start].strip().lower()
        if (
            not between
            or between in _DETERMINERS
            or all(w in _DETERMINERS or w[:1].islower() for w in between.split())
        ):
            return ctx.named(first)
    words = m.group(1).split()
    out: list[str] = []
    for w in words:
        if w.lower() in ("on", "in", "at", "to", "after", "before", "during", "when", "as"):
            break
        out.append(w)
    if not out:
        return None
    phrase = " ".join(out)
    start = text.find(out[0], lo, hi)
    end = start
    for w in out:
        end = text.find(w, end, hi) + len(w)
    if phrase.lower() in _PRONOUNS:
        return _Speaker(phrase, start, end, pronoun=True)
    if out[0].lower() in _DETERMINERS or len(out) <= 3:
        return _Speaker(text[start:end], start, end)
    return None


def _after_attribution(ctx: _Context, p: _Pair, sent_end: int) -> _Speaker | None:
    """``"...," X said`` / ``"...," said X``."""
    text = ctx.text
    tail = text[p.close_end : sent_end]
    m = re.match(r"\s*[,.]?\s*", tail)
    assert m is not None
    pos = p.close_end + m.end()
    rest = text[pos:sent_end]
    if not rest or not (rest[0].isalpha()):
        return None
    if text[p.start : p.end].rstrip().endswith(".") and rest[0].isupper():
        # ‘“... passage.” Steele said it was fine.’: the quotation ended its sentence; a
        # capitalised word after it starts the next one, whose speaker is someone else
        return None
    vm = _AFTER_RE.search(rest)
    if vm is None or vm.start() > 80:
        return None
    if vm.start() == 0:
        return _np_after(ctx, pos + vm.end(), sent_end)
    before = rest[: vm.start()]
    words = before.split()
    if any(c in before for c in ',;:"“”()') or words[0].lower() in _LEADING_WORDS:
        return None
    if len(words) > 8:
        return None
    return _np_before(ctx, pos, pos + vm.start())


def _before_attribution(
    ctx: _Context, p: _Pair, sent_start: int, masked: str
) -> tuple[_Speaker | None, bool]:
    """The subject of the last speech verb before the quotation (and whether there was one)."""
    verbs = list(_VERB_RE.finditer(masked))
    if not verbs:
        return None, False
    v = verbs[-1]
    vs = sent_start + v.start()
    verb = v.group(1)
    text = ctx.text
    if verb in _PARTICIPLES:
        # ", only saying ...": the main clause's subject, preferably a person.
        ents = ctx.within(sent_start, vs)
        people = [e for e in ents if e.value.type == "person"]  # type: ignore[union-attr]
        if people:
            return ctx.named(people[-1]), True
        if ents:
            return ctx.named(ents[0]), True
        return None, True
    rel = _RELATIVE.search(text, sent_start, vs)
    if rel is not None:
        # "President Xi, who urged ...": the antecedent.
        return _np_before(ctx, sent_start, rel.start()), True
    return _np_before(ctx, sent_start, vs), True


def _according(ctx: _Context, lo: int, hi: int) -> _Speaker | None:
    m = _ACCORDING.search(ctx.text, lo, hi)
    if m is None:
        return None
    return _np_after(ctx, m.end(), hi)


def _masked(text: str, lo: int, hi: int, pairs: Sequence[_Pair], ends: Sequence[int]) -> str:
    """``text[lo:hi]`` with quoted words blanked out (offsets kept).

    ``pairs`` do not overlap and are in text order; ``ends`` holds their ``close_end``, so
    the pairs that reach into the span are found by bisection, not by a walk over all.
    """
    chars = list(text[lo:hi])
    for i in range(bisect.bisect_right(ends, lo), len(pairs)):
        q = pairs[i]
        if q.open_start >= hi:
            break
        a, b = max(lo, q.open_start), min(hi, q.close_end)
        chars[a - lo : b - lo] = " " * (b - a)
    return "".join(chars)


def _title_like(words: list[str]) -> bool:
    long = [w for w in words if len(w) >= 4]
    return bool(long) and all(w[0].isupper() for w in long) and len(words) <= 8


@lru_cache(maxsize=8)
def _extract(text: str, language: str, aliases: AliasTable | None) -> tuple[RawMention, ...]:
    if not any(c in text for c in "\"“”„«»`'‟"):
        return ()
    pairs = [p for p in _pairs(text) if _trim(text, p)]
    if not pairs:
        return ()
    ctx = _Context(text, language, aliases)
    ends = [q.close_end for q in pairs]
    out: list[RawMention] = []
    prev_speaker: _Speaker | None = None
    prev_sentence_end = -1
    for p in pairs:
        inner = text[p.start : p.end]
        words = _WORD.findall(inner)
        if len(words) < MIN_WORDS:
            continue
        s_start = _sentence_start(text, p.open_start, 0)
        s_end = _sentence_end(text, p.close_end)
        speaker = _after_attribution(ctx, p, s_end)
        had_verb = False
        if speaker is None:
            masked = _masked(text, s_start, p.open_start, pairs, ends)
            speaker, had_verb = _before_attribution(ctx, p, s_start, masked)
        if speaker is None and not had_verb:
            # "“...”, according to X" (an "according to" before the quotation attributes the
            # report, not the words).
            speaker = _according(ctx, p.close_end, s_end)
        opens_sentence = not text[s_start : p.open_start].strip()
        if (
            speaker is None
            and not had_verb
            and opens_sentence
            and prev_speaker is not None
            and _sentence_start(text, s_start - 1, 0) <= prev_sentence_end
        ):
            speaker = prev_speaker
        attrs: dict[str, Any] = {
            "marks": (text[p.open_start : p.open_end], text[p.close_start : p.close_end])
        }
        if speaker is not None and speaker.pronoun:
            # "he said": who "he" is takes more than this reader knows; say so, name no one.
            attrs["speaker_pronoun"] = speaker.text
            attrs["speaker_span"] = (speaker.start, speaker.end)
            speaker = None
            had_verb = True
        if speaker is None and not had_verb and _title_like(words):
            continue
        if speaker is not None:
            attrs["speaker_span"] = (speaker.start, speaker.end)
            attrs["speaker_surface"] = text[speaker.start : speaker.end]
        if "\n" in inner or _SENT_END.search(inner[:-1] if inner else ""):
            attrs["sentences"] = True
        out.append(
            RawMention(
                kind="quote",
                start=p.start,
                end=p.end,
                value=Quote(speaker=speaker.text if speaker else None, text=inner),
                attrs=attrs,
            )
        )
        prev_speaker = speaker
        prev_sentence_end = s_end
    return tuple(out)


def find_quotes(
    text: str, language: str = "en", aliases: AliasTable | None = None
) -> list[RawMention]:
    """Direct quotations in ``text``: kind ``"quote"``, value :class:`~claimcheck.model.Quote`.

    The span is the quoted words without the marks (and without a trailing comma), so
    ``text[start:end] == value.text``. ``attrs`` hold ``speaker_span`` and
    ``speaker_surface`` when a speaker was found, and the ``marks`` used. ``aliases`` is the
    run's alias table (the packaged one when omitted), used to find speakers' names.
    """
    if not text:
        return []
    return list(_extract(text, language or "en", aliases))


# --------------------------------------------------------------------------------------------
# comparison

_GAP = "…"
_ELLIPSIS = _Lazy(r"[\[(]\s*(?:\.\s*){2,}\.?\s*[\])]|[\[(]\s*…\s*[\])]|(?:\.\s*){2,}\.|…")
_APOSTROPHE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'"})
_THOUSANDS = _Lazy(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}(?!\d))")
_TOKEN = _Lazy(r"…|\d+(?:\.\d+)*|[^\W_]+(?:'[^\W_]+)*")


def quote_tokens(text: str) -> tuple[str, ...]:
    """Word tokens of a quotation, with typography normalised away.

    Case, curly and straight quotes and apostrophes, hyphens and dashes, whitespace and
    punctuation do not count; an ellipsis marking omitted words ("...", "…", "[...]") becomes
    the gap token ``"…"``. Two quotations that differ only in typography give equal tuples.
    """
    t = unicodedata.normalize("NFKC", text).translate(_APOSTROPHE)
    t = _ELLIPSIS.sub(f" {_GAP} ", t)
    t = _THOUSANDS.sub("", t)
    t = t.casefold()
    out: list[str] = []
    for tok in _TOKEN.findall(t):
        tok = tok.strip("'")
        if not tok:
            continue
        if tok == _GAP and out and out[-1] == _GAP:
            continue
        out.append(tok)
    return tuple(out)
