"""Scripted perturbations and harmless rewrites for the evaluation.

A *perturbation* changes one fact in a copy of an article (a count, an amount, a scale word, a
date, a weekday, a title, the holder of a title, one word inside quotation marks). The copy is
checked against the original, so the original sentence is the counterpart of the changed one:
the two copies really contradict each other, and the label comes from the script that made the
change. A *harmless rewrite* changes only the form (digits and words, money notation, date
notation, relative and absolute dates with the right publication date, quotation typography,
an ellipsis for omitted words, a transliteration variant of a name); it must not be flagged.

Targets are found by patterns here and kept only where claimcheck's own extraction finds a
mention of the right kind covering them (``Engine.analyze(doc).mentions``), so that the
evaluation measures alignment and rules rather than extractor coverage. When an extractor is
not available at generation time the pattern alone decides and the case records
``"target_extracted": false``.

Generation is deterministic (one fixed random seed) and its output is stored in
``eval/cases/``::

    python eval/perturb.py                 # regenerate every generated case file
    python eval/perturb.py --only seeds    # seeds_perturbed.jsonl only
    python eval/perturb.py --only ecb      # ecb_perturbed.jsonl (needs the ECB+ corpus)
    python eval/perturb.py --only variants # variants.jsonl (name variants in template sentences)

ECB+ cases store the edit (offsets, old and new text), not the article: the article is rebuilt
from the corpus at evaluation time and the stored ``old`` text is checked against it.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import gzip
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "CASES_DIR",
    "REPO",
    "SEED",
    "Candidate",
    "DocContext",
    "EcbDoc",
    "apply_edit",
    "assemble",
    "detokenize",
    "ecb_dir",
    "load_ecb_docs",
    "main",
    "map_span",
    "number_to_words",
    "parse_number_word",
]

#: The one random seed every generated case file comes from.
SEED = 20241120

REPO = Path(__file__).resolve().parents[1]
CASES_DIR = REPO / "eval" / "cases"
SEEDS_DIR = REPO / "seeds"


def ecb_dir() -> Path:
    """Where the ECB+ corpus lives: ``$CLAIMCHECK_EVAL_SHARED/corpora/ecbplus`` or
    ``../shared/corpora/ecbplus`` beside the repository."""
    base = os.environ.get("CLAIMCHECK_EVAL_SHARED")
    root = Path(base) if base else REPO.parent / "shared"
    return root / "corpora" / "ecbplus"


# --------------------------------------------------------------------------------------------
# small lexicons (the evaluation's own, independent of the product's tables)


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


_UNITS = _words("zero one two three four five six seven eight nine")
_TEENS = _words("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")

MONTHS = [calendar.month_name[i] for i in range(1, 13)]
WEEKDAYS = [calendar.day_name[i] for i in range(7)]  # Monday first, as date.weekday()
_MONTH_ABBR = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}


def number_to_words(n: int) -> str:
    """English words for 0..99 ("twenty-six")."""
    if not 0 <= n < 100:
        raise ValueError(n)
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    t, u = divmod(n, 10)
    return _TENS[t - 2] + ("" if u == 0 else "-" + _UNITS[u])


@cache
def _word_values() -> dict[str, int]:
    return {number_to_words(n): n for n in range(100)}


def parse_number_word(word: str) -> int | None:
    """The value of an English number word of 0..99, or None."""
    return _word_values().get(word.lower().replace(" ", "-"))


_NUMWORD_RE = "|".join(
    sorted((w for w in _word_values() if w not in ("zero", "one")), key=len, reverse=True)
)

STOPWORDS = frozenset(
    _words(
        """a about above after again against all also am an and any are around as at be because
    been before being below between both but by can could did do does doing down during each
    even ever every few for from further had has have having he her here hers herself him
    himself his how i if in into is it its itself just let me might more most much must my
    myself never no nor not now of off on once only or other ought our ours ourselves out over
    own same shall she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up upon very was we were what when
    where which while who whom why will with would you your yours yourself yourselves
    today tomorrow yesterday said says say told tell going get got make made thing things
    very really well still already yet also many much lot lots something anything nothing
    everything someone anyone everyone people year years time times day days week weeks"""
    )
)
NEGATIONS = frozenset(
    _words("not no never nothing none neither nor without cannot can't won't don't")
)

#: Antonyms and opposites for the quote-word perturbation (a replacement changes the meaning).
ANTONYMS: Mapping[str, str] = {
    "good": "bad",
    "bad": "good",
    "great": "terrible",
    "best": "worst",
    "worst": "best",
    "better": "worse",
    "worse": "better",
    "happy": "unhappy",
    "sad": "glad",
    "strong": "weak",
    "weak": "strong",
    "safe": "dangerous",
    "dangerous": "safe",
    "stable": "volatile",
    "increase": "decrease",
    "decrease": "increase",
    "support": "oppose",
    "supports": "opposes",
    "oppose": "support",
    "accept": "reject",
    "reject": "accept",
    "always": "rarely",
    "love": "hate",
    "hate": "love",
    "right": "wrong",
    "wrong": "right",
    "true": "false",
    "false": "true",
    "easy": "hard",
    "difficult": "easy",
    "hard": "easy",
    "early": "late",
    "late": "early",
    "first": "last",
    "last": "first",
    "open": "closed",
    "win": "lose",
    "won": "lost",
    "lost": "won",
    "proud": "ashamed",
    "confident": "doubtful",
    "guilty": "innocent",
    "innocent": "guilty",
    "success": "failure",
    "failure": "success",
    "deepen": "reduce",
    "strengthen": "weaken",
    "weaken": "strengthen",
    "protect": "expose",
    "peace": "war",
    "war": "peace",
    "friends": "enemies",
    "enemies": "friends",
    "important": "trivial",
    "serious": "minor",
    "major": "minor",
    "minor": "major",
    "fantastic": "dreadful",
    "wonderful": "awful",
    "terrible": "wonderful",
    "new": "old",
    "old": "new",
    "young": "elderly",
    "large": "small",
    "small": "large",
    "big": "little",
    "high": "low",
    "low": "high",
    "fast": "slow",
    "slow": "fast",
    "more": "less",
    "less": "more",
    "everyone": "nobody",
    "everybody": "nobody",
    "agree": "disagree",
    "agreed": "refused",
    "allow": "forbid",
    "allowed": "forbidden",
    "begin": "end",
    "start": "stop",
    "stop": "start",
    "continue": "abandon",
    "create": "destroy",
    "build": "demolish",
    "clear": "unclear",
    "certain": "unsure",
    "sure": "unsure",
    "pleased": "disappointed",
    "disappointed": "pleased",
    "thrilled": "dismayed",
    "excited": "bored",
    "honored": "insulted",
    "grateful": "resentful",
    "deeply": "barely",
    "fully": "partly",
    "completely": "partly",
    "entirely": "partly",
    "willing": "reluctant",
    "unwilling": "eager",
    "legal": "illegal",
    "illegal": "legal",
    "positive": "negative",
    "negative": "positive",
    "responsible": "blameless",
    "predictable": "erratic",
    "pragmatic": "symbolic",
    "cooperation": "rivalry",
    "economic": "military",
}
#: Unrelated content words, by ending, for quote words that have no listed opposite.
UNRELATED: Mapping[str, tuple[str, ...]] = {
    "ing": ("painting", "swimming", "cooking", "singing", "gardening"),
    "ed": ("painted", "borrowed", "cooked", "whistled", "polished"),
    "ly": ("loudly", "strangely", "briefly", "quietly", "wildly"),
    "s": ("umbrellas", "carrots", "bicycles", "pianos", "blankets"),
    "": ("umbrella", "carrot", "bicycle", "piano", "blanket"),
}

#: Titles swapped for the title-conflict perturbation: one person cannot hold both at once.
TITLE_SWAP: Mapping[str, str] = {
    "President": "Prime Minister",
    "Prime Minister": "President",
    "Premier": "President",
    "Governor": "Mayor",
    "Mayor": "Governor",
    "Chancellor": "President",
    "King": "President",
    "Queen": "Prime Minister",
    "Pope": "Cardinal",
}
#: Offices held by one person at a time (per country or body): the role-holder swap.
SINGLE_HOLDER = frozenset(
    {
        "President",
        "Prime Minister",
        "Premier",
        "Governor",
        "Mayor",
        "Chancellor",
        "King",
        "Queen",
        "Pope",
        "Secretary-General",
        "Secretary General",
        "Chief Justice",
        "Speaker",
    }
)
_TEMPORAL_BEFORE = re.compile(
    r"(?i)\b(?:former|ex|then|late|acting|interim|outgoing|incoming|vice|deputy|assistant|"
    r"next|future|past|would-be|first|elected|new|retired|previous|onetime|one-time)\b"
    r"(?:[^.;!?\n]|(?<=\b[A-Z])\.)*$"
)
GIVEN_NAMES = (
    "Robert",
    "Michael",
    "Daniel",
    "Thomas",
    "Richard",
    "Susan",
    "Linda",
    "Patricia",
    "Ahmed",
    "Nawaz",
    "Carlos",
    "Helen",
    "Peter",
    "Anne",
    "Victor",
    "Maria",
)

_HEDGE_BEFORE = re.compile(
    r"(?i)(?:\b(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|over|"
    r"under|up\s+to|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|as\s+many\s+as|"
    r"as\s+much\s+as|as\s+few\s+as|estimated|an\s+estimated|close\s+to|just|in\s+excess\s+of|"
    r"upwards\s+of|between|from|than|least|only|No\.?|number|#|Flight|Route|Highway|Channel|Chapter|Article|"
    r"Section|Apollo|Windows|Explorer|Curve|Season|Week|Game|Title|Act|Proposition)\s*"
    r"(?:-\s*)?$)"
)
_RANGE_BEFORE = re.compile(r"(?i)(?:\d|\b(?:" + _NUMWORD_RE + r"))\s+(?:to|or|and)\s+$")
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|to|or|and|through|/)\s*(?:\$|€|£)?\s*\d")
_RANGE_AFTER_WORD = re.compile(r"(?i)^\s*(?:-|–|to|or|and)\s*(?:" + _NUMWORD_RE + r")\b")
_PLURAL_COUNT = re.compile(
    r"^(?:\s+(?:[a-z][a-z'-]*)){0,2}?\s+(?:people|persons|men|women|children|kids|police|"
    r"policemen|personnel|staff|crew|troops|soldiers|civilians|officers|residents|workers|"
    r"employees|students|passengers|victims|suspects|militants|fighters|rebels|protesters|"
    r"demonstrators|members|miners|firefighters|patients|inmates|prisoners|hostages|tourists|"
    r"villagers|refugees|journalists|players|others|bodies|deaths|casualties|injuries|arrests|"
    r"homes|houses|buildings|villages|vehicles|cars|bombs|rockets|shots|counts|charges|"
    r"teams|games|goals|touchdowns|points|votes|seats|survivors|families|girls|boys|babies|"
    r"adults|agents|guards|gunmen|attackers|robbers|thieves|teenagers|sailors|pilots|"
    r"nurses|doctors|teachers|witnesses|companies|banks|stores|shops|schools|churches|"
    r"hospitals|ships|boats|planes|aircraft|helicopters|missiles)\b"
)
_COUNT_VERB_BEFORE = re.compile(
    r"(?i)\b(?:killed|killing|kills|kill|injured|injuring|injures|wounded|wounding|wounds|"
    r"arrested|arresting|rescued|evacuated|hurt|hurting|leaving|left|claimed|claiming|"
    r"detained|detaining|hospitalized|hospitalised|charged|convicted|sentenced|executed|"
    r"murdered|shot|shooting|dead|died)\s+$"
)
_NOT_COUNT_AFTER = re.compile(
    r"(?i)^(?:\s*(?:%|percent|per\s*cent|-|–|\.\d|,\d|:\d|/|'s|th\b|st\b|nd\b|rd\b)|"
    r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|"
    r"times|a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|EDT|EST|o'clock|feet|foot|inches|miles|km|"
    r"kilometers|kilometres|meters|metres|yards|pounds|kilograms|kg|tons|tonnes|degrees|"
    r"million|billion|trillion|thousand|hundred|dollars|euros|mph|magnitude)\b)"
)

_MONEY_RE = re.compile(
    r"(?<![\w$€£¥])(?P<cur>US\$|U\.S\.\s?\$|C\$|A\$|NZ\$|HK\$|\$|€|£|¥|Rs\.?\s?)\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>(?:\s|-)?(?:million|billion|trillion|Million|Billion|Trillion)|"
    r"(?:m|bn|M|B|k|K)(?![\w]))?"
)
_MONEY_WORDS_RE = re.compile(
    r"(?<![\w$€£.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s(?:million|billion|trillion))?\s(?P<cur>dollars|euros|pounds|yen|yuan|"
    r"rupees|francs)\b"
)
_MONTH_NAMES = "|".join(MONTHS)
_MONTH_RE = (
    r"(?:" + _MONTH_NAMES + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY_RE = r"(?:" + "|".join(WEEKDAYS) + r")"
_DATE_MD = re.compile(
    r"\b(?P<month>" + _MONTH_RE + r")\s(?P<day>\d{1,2})(?P<suf>st|nd|rd|th)?\b"
    r"(?P<year>,?\s(?:19|20)\d\d\b)?"
)
_DATE_DM = re.compile(
    r"\b(?P<day>\d{1,2})(?P<suf>st|nd|rd|th)?\s(?:of\s)?(?P<month>" + _MONTH_RE + r")"
    r"(?P<year>,?\s(?:19|20)\d\d\b)?"
)
_IN_MONTH = re.compile(
    r"\b(?P<prep>[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-)\s?(?P<month>" + _MONTH_NAMES + r")\b"
    r"(?P<year>,?\s(?:19|20)\d\d\b)?(?!\s\d)"
)
_LAST_MONTH = re.compile(r"\b(?P<word>[Ll]ast month)\b")
_ON_WEEKDAY = re.compile(r"\b(?P<on>[Oo]n\s)?(?P<wd>" + _WEEKDAY_RE + r")(?P<poss>'s|’s)?\b")
_DATE_BLOCK_BEFORE = re.compile(
    r"(?i)\b(?:from|between|since|until|till|through|to|by|before|after|as\s+of|starting|"
    r"beginning|ending|born|dated|effective)\s+(?:(?:" + _WEEKDAY_RE + r"),?\s+)?$"
)
_DATE_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|to|through|and|until)\s*\d")
_PAST = re.compile(
    r"(?i)\b(?:was|were|had|said|told|did|announced|reported|died|killed|struck|hit|"
    r"arrested|began|took|made|came|went|left|found|held|won|lost|fired|resigned|\w{3,}ed)\b"
)
_FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|next|tomorrow|plans?|planned|planning|scheduled|expected|"
    r"expects|to\s+be|is\s+to|are\s+to|set\s+to|going\s+to|upcoming|coming|due)\b"
)

_PRESENT = re.compile(
    r"(?i)\b(?:is|are|am|has|have|raises|says|remains|continues|begins|starts|plays|faces|"
    r"hosts|meets|visits|opens|takes|makes|gets|\w+ing\s+(?:on|this|next))\b"
)
_QUOTE_RE = re.compile(r"“(?P<curly>[^”\n]{3,600})”|\"(?P<straight>[^\"\n]{3,600})\"")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENT_END = re.compile(r"[.!?…][\"”’')\]]*$")


# --------------------------------------------------------------------------------------------
# the ECB+ corpus as plain articles


@dataclass(frozen=True, slots=True)
class EcbDoc:
    """One ECB+ article rebuilt as plain text."""

    doc: str
    topic: str
    cluster: str
    text: str

    @property
    def path(self) -> str:
        return f"ecbplus/{self.cluster}/{self.doc.removesuffix('.xml')}.txt"


_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")


def detokenize(s: str) -> str:
    """Undo the corpus tokenization that news text never has ("16 - year - old", "Lohan ’ s",
    "5. 9", "5: 03pm", "120, 000", spaces inside quotation marks).

    Conservative: it only joins what tokenization split; it never changes a word or a value.
    """
    s = s.replace("``", '"').replace("''", '"')
    s = re.sub(r"(?<=\w) - - (?=\w)", " -- ", s)
    s = re.sub(r"(?<=\w) - (?=\w)", "-", s)
    s = re.sub(r"(?<=\w) ?([’']) ?(?=(?:s|re|ve|ll|d|t|m)\b)", r"\1", s)
    s = re.sub(r"(?<=\d)\. (?=\d)", ".", s)
    s = re.sub(r"(?<=\d): (?=\d)", ":", s)
    s = re.sub(r"\b([A-Za-z])\. (?=[A-Za-z]\.)", r"\1.", s)
    s = re.sub(r"(?<![\d,])\b(\d{1,3}), (?=\d{3}\b)", _join_thousands, s)
    s = re.sub(r"“ ", "“", s)
    s = re.sub(r" ”", "”", s)
    return s


def _join_thousands(m: re.Match[str]) -> str:
    """ "120, 000" -> "120,000", but not "March 3, 200 people"."""
    before = m.string[max(0, m.start() - 12) : m.start()]
    if re.search(_MONTH_RE + r"\s$", before):
        return m.group(0)
    return m.group(1) + ","


def _pair_straight_quotes(text: str) -> str:
    """Remove the tokenizer's spaces inside straight double quotes, pairing them in order."""
    out: list[str] = []
    is_open = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            if not is_open:
                out.append(ch)
                if i + 1 < n and text[i + 1] == " ":
                    i += 1
                is_open = True
            else:
                if out and out[-1] == " ":
                    out.pop()
                out.append(ch)
                is_open = False
            i += 1
            continue
        if ch == "\n":
            is_open = False
        out.append(ch)
        i += 1
    return "".join(out)


def assemble(sentences: Sequence[str]) -> str:
    """Sentences to an article: a line without closing punctuation (a headline, a dateline)
    stands on its own line; sentences of the body run on in one paragraph."""
    parts: list[str] = []
    for i, raw in enumerate(sentences):
        s = detokenize(raw.strip())
        if not s:
            continue
        if i == 0 and _URL_LINE.match(s):
            continue
        parts.append(s)
        parts.append(" " if _SENT_END.search(s) else "\n")
    text = "".join(parts).rstrip()
    return _pair_straight_quotes(text)


@cache
def load_ecb_docs(path: str | None = None) -> tuple[EcbDoc, ...]:
    """Every ECB+ article, rebuilt; empty when the corpus is not there."""
    base = Path(path) if path else ecb_dir()
    f = base / "ecbplus_docs.jsonl.gz"
    if not f.exists():
        return ()
    out: list[EcbDoc] = []
    with gzip.open(f, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out.append(
                EcbDoc(
                    doc=d["doc"],
                    topic=str(d["topic"]),
                    cluster=d["cluster"],
                    text=assemble(d["sentences"]),
                )
            )
    return tuple(out)


# --------------------------------------------------------------------------------------------
# candidates


@dataclass(slots=True)
class Candidate:
    """One scripted edit of a document and what it should produce."""

    op: str
    family: str
    label: str  # "conflict" | "harmless"
    start: int
    end: int
    old: str
    new: str
    #: The span a finding must touch (original coordinates); the edit when None.
    target: tuple[int, int] | None = None
    codes: tuple[str, ...] = ()
    note: str = ""
    extracted: bool | None = None
    published: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        t = self.target or (self.start, self.end)
        d: dict[str, Any] = {
            "op": self.op,
            "family": self.family,
            "label": self.label,
            "edit": {"start": self.start, "end": self.end, "old": self.old, "new": self.new},
            "target": [t[0], t[1]],
            "note": self.note,
            "target_extracted": self.extracted,
        }
        if self.codes:
            d["codes"] = list(self.codes)
        if self.published:
            d["published"] = self.published.isoformat()
        return d


def apply_edit(text: str, start: int, end: int, new: str) -> str:
    """The text with ``text[start:end]`` replaced by ``new``."""
    return text[:start] + new + text[end:]


def map_span(span: tuple[int, int], start: int, end: int, new: str) -> tuple[int, int]:
    """Where a span of the original lies in the edited copy (it may contain the edit)."""
    delta = len(new) - (end - start)

    def pos(p: int, is_end: bool) -> int:
        if p <= start and not (is_end and p == start and end == start):
            return p
        if p >= end:
            return p + delta
        return start + len(new) if is_end else start

    return pos(span[0], False), pos(span[1], True)


@dataclass(slots=True)
class DocContext:
    """A document as the finders see it: text, claimcheck's mentions and publication date."""

    text: str
    mentions: Sequence[Any] = ()
    published: dt.date | None = None
    #: Mention kinds claimcheck extracted anywhere in this run (an extractor that works).
    available: frozenset[str] = frozenset()
    head_end: int = 0
    quotes: list[tuple[int, int, int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        lines = self.text.split("\n")
        # a headline and a dateline: the first short lines
        pos = 0
        for line in lines[:3]:
            if len(line) <= 100 and not _SENT_END.search(line):
                pos += len(line) + 1
            else:
                break
        self.head_end = pos
        self.quotes = [
            (m.start(), m.end(), m.start() + 1, m.end() - 1) for m in _QUOTE_RE.finditer(self.text)
        ]

    def covered(self, kinds: Iterable[str], start: int, end: int) -> bool | None:
        """Whether claimcheck extracted a mention of one of ``kinds`` covering the span;
        None when no extractor of those kinds works (the pattern decides)."""
        kinds = tuple(kinds)
        if not any(k in self.available for k in kinds):
            return None
        return any(m.kind in kinds and m.start <= start and m.end >= end for m in self.mentions)

    def mention_at(self, kinds: Iterable[str], start: int, end: int) -> Any | None:
        kinds = tuple(kinds)
        for m in self.mentions:
            if m.kind in kinds and m.start <= start and m.end >= end:
                return m
        return None

    def in_quote(self, start: int, end: int) -> bool:
        return any(qs <= start and end <= qe for qs, qe, _, _ in self.quotes)

    def sentence_of(self, pos: int) -> str:
        left = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos))
        right_candidates = [
            p for p in (self.text.find(". ", pos), self.text.find("\n", pos)) if p >= 0
        ]
        right = min(right_candidates) if right_candidates else len(self.text)
        return self.text[left + 1 : right + 1]


def _keep(ctx: DocContext, kinds: Sequence[str], start: int, end: int) -> tuple[bool, bool | None]:
    """(keep the target?, was it extracted?)"""
    got = ctx.covered(kinds, start, end)
    return (got is not False), got


def _is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \"“'‘")
    return not before or before[-1] in ".!?\n"


def _case_like(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# -- counts -----------------------------------------------------------------------------------

_COUNT_TOKEN = re.compile(
    r"(?<![\w$€£¥#.,/:-])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6}|(?:" + _NUMWORD_RE + r"))"
    r"(?![\w%$€£.,:/-]|\.\d|,\d)",
    re.IGNORECASE,
)


def _count_value(tok: str) -> int | None:
    if tok[:1].isdigit():
        return int(tok.replace(",", ""))
    return parse_number_word(tok)


def _count_tokens(ctx: DocContext) -> Iterator[tuple[int, int, str, int]]:
    """Exact counts of people or things: (start, end, token, value)."""
    text = ctx.text
    for m in _COUNT_TOKEN.finditer(text):
        tok = m.group("num")
        s, e = m.start("num"), m.end("num")
        if s < ctx.head_end:
            continue
        v = _count_value(tok)
        if v is None or v < 2:
            continue
        if tok.isdigit() and len(tok) == 4 and 1800 <= v <= 2100:
            continue  # a year
        before = text[max(0, s - 40) : s]
        after = text[e : e + 60]
        if (
            _HEDGE_BEFORE.search(before)
            or _RANGE_AFTER.match(after)
            or _RANGE_AFTER_WORD.match(after)
        ):
            continue
        if re.search(r"(?:\d|" + _MONTH_RE + r")\s*[-–,]?\s*$", before) or _RANGE_BEFORE.search(
            before
        ):
            continue  # a range end, a date, a score
        if _NOT_COUNT_AFTER.match(after):
            continue
        if not (_PLURAL_COUNT.match(after) or _COUNT_VERB_BEFORE.search(before)):
            continue
        if ctx.in_quote(s, e):
            continue
        yield s, e, tok, v


def _new_count(v: int, rng: random.Random) -> int:
    if v <= 10:
        options = [v + 2, v + 3, v + 4, 2 * v + 1]
    else:
        options = []
        for f in (0.5, 0.6, 1.5, 1.7, 2.0):
            n = round(v * f)
            if v % 100 == 0:
                n = max(100, round(n, -2))
            elif v % 10 == 0:
                n = max(10, round(n, -1))
            options.append(n)
    options = [o for o in options if o != v and abs(o - v) >= max(2, 0.25 * v) and o >= 2]
    return rng.choice(options)


def _format_count(n: int, like: str) -> str | None:
    if like[:1].isdigit():
        return f"{n:,}" if "," in like or (n >= 10000 and "," in like) else str(n)
    if n >= 100:
        return None
    return _case_like(number_to_words(n), like)


def find_counts(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for s, e, tok, v in _count_tokens(ctx):
        keep, ext = _keep(ctx, ("number",), s, e)
        if not keep:
            continue
        m = ctx.mention_at(("number",), s, e)
        if m is not None and getattr(m.value, "qualifier", "exact") != "exact":
            continue
        for _ in range(4):
            n = _new_count(v, rng)
            new = _format_count(n, tok)
            if new:
                break
        else:
            continue
        out.append(
            Candidate(
                op="count",
                family="counts",
                label="conflict",
                start=s,
                end=e,
                old=tok,
                new=new,
                codes=("CC101", "CC102"),
                note=f"count {tok} -> {new}",
                extracted=ext,
            )
        )
    return out


def find_digits_words(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for s, e, tok, v in _count_tokens(ctx):
        if v > 99:
            continue
        keep, ext = _keep(ctx, ("number",), s, e)
        if not keep:
            continue
        if tok.isdigit():
            new = number_to_words(v)
            if _is_sentence_start(ctx.text, s):
                new = new[:1].upper() + new[1:]
        else:
            new = str(v)
        out.append(
            Candidate(
                op="digits-words",
                family="counts",
                label="harmless",
                start=s,
                end=e,
                old=tok,
                new=new,
                note=f"{tok} -> {new}",
                extracted=ext,
            )
        )
    return out


# -- money ------------------------------------------------------------------------------------


def _money_spans(ctx: DocContext) -> Iterator[tuple[int, int, re.Match[str], str]]:
    text = ctx.text
    seen: set[int] = set()
    for rx, kind in ((_MONEY_RE, "symbol"), (_MONEY_WORDS_RE, "words")):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if s < ctx.head_end or s in seen:
                continue
            before = text[max(0, s - 40) : s]
            after = text[e : e + 30]
            if _HEDGE_BEFORE.search(before) or re.search(r"(?i)between\s[^.;]{0,30}$", before):
                continue
            if _RANGE_AFTER.match(after) or re.match(
                r"^\s*(?:-|–|to|or|and)\s*(?:US)?[$€£]", after
            ):
                continue
            if re.match(r"^\s*(?:-|–)\s*\w", after):  # "$5-a-share" compounds
                continue
            if ctx.in_quote(s, e):
                continue
            seen.add(s)
            yield s, e, m, kind


def _fmt_amount(x: float, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    if decimals:
        return f"{x:,.{decimals}f}" if "," in like else f"{x:.{decimals}f}"
    n = round(x)
    return f"{n:,}" if "," in like else str(n)


def find_money(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for s, e, m, _kind in _money_spans(ctx):
        keep, ext = _keep(ctx, ("money",), s, e)
        if not keep:
            continue
        mm = ctx.mention_at(("money",), s, e)
        if mm is not None and getattr(mm.value, "qualifier", "exact") != "exact":
            continue
        num = m.group("num")
        x = float(num.replace(",", ""))
        if x == 0:
            continue
        # an amount changed
        for _ in range(5):
            f = rng.choice((0.6, 0.7, 1.3, 1.4, 1.5))
            new_num = _fmt_amount(x * f, num)
            if new_num != num and abs(float(new_num.replace(",", "")) - x) >= 0.15 * x:
                break
        else:
            continue
        ns, ne = m.start("num"), m.end("num")
        out.append(
            Candidate(
                op="amount",
                family="money",
                label="conflict",
                start=ns,
                end=ne,
                old=num,
                new=new_num,
                target=(s, e),
                codes=("CC201", "CC202", "CC203"),
                note=f"amount {m.group(0)} -> {num}->{new_num}",
                extracted=ext,
            )
        )
        scale = m.group("scale")
        if scale:
            sc = scale.strip(" -")
            swap = {
                "million": "billion",
                "billion": "million",
                "trillion": "billion",
                "Million": "Billion",
                "Billion": "Million",
                "Trillion": "Billion",
                "m": "bn",
                "bn": "m",
                "M": "B",
                "B": "M",
            }.get(sc)
            if swap:
                ss = m.start("scale") + scale.index(sc)
                out.append(
                    Candidate(
                        op="scale",
                        family="money",
                        label="conflict",
                        start=ss,
                        end=ss + len(sc),
                        old=sc,
                        new=swap,
                        target=(s, e),
                        codes=("CC201", "CC202", "CC203"),
                        note=f"scale {m.group(0)}: {sc} -> {swap}",
                        extracted=ext,
                    )
                )
    return out


def _harmless_rewrite(
    options: Sequence[str],
    rng: random.Random,
    *,
    op: str,
    family: str,
    start: int,
    end: int,
    old: str,
    extracted: bool | None,
) -> Candidate | None:
    """One of ``options`` (other than ``old`` itself) as a harmless rewrite of ``old``."""
    choices = [o for o in options if o != old]
    if not choices:
        return None
    new = rng.choice(choices)
    return Candidate(
        op=op,
        family=family,
        label="harmless",
        start=start,
        end=end,
        old=old,
        new=new,
        note=f"{old} -> {new}",
        extracted=extracted,
    )


def find_money_format(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    """Same amount, other notation: "$160 million" -> "$160m" / "$160-million";
    "$2.6 million" -> "$2,600,000"; "€2 million" -> "2 million euros"."""
    out: list[Candidate] = []
    for s, e, m, kind in _money_spans(ctx):
        keep, ext = _keep(ctx, ("money",), s, e)
        if not keep:
            continue
        num = m.group("num")
        scale = (m.group("scale") or "").strip(" -")
        cur = m.group("cur")
        if kind != "symbol" or cur.strip() not in ("$", "€", "£"):
            continue
        options: list[str] = []
        word = {"m": "million", "M": "million", "bn": "billion", "B": "billion"}.get(
            scale, scale.lower()
        )
        short = {"million": "m", "billion": "bn", "trillion": "tn"}.get(word)
        if word in ("million", "billion"):
            options.append(
                f"{cur}{num} {word}" if scale in ("m", "M", "bn", "B") else f"{cur}{num}{short}"
            )
            options.append(f"{cur}{num}-{word}")
            if "," not in num:
                x = float(num) * (1e6 if word == "million" else 1e9)
                if x == int(x) and x < 1e10:
                    options.append(f"{cur}{int(x):,}")
            name = {"$": "dollars", "€": "euros", "£": "pounds"}[cur.strip()]
            if cur.strip() != "$":  # "$" may be another dollar: keep the symbol
                options.append(f"{num} {word} {name}")
        elif not scale and "," in num and "." not in num:
            x = int(num.replace(",", ""))
            if x >= 1_000_000 and x % 100_000 == 0:
                options.append(f"{cur}{x / 1e6:g} million")
        rewrite = _harmless_rewrite(
            options,
            rng,
            op="money-format",
            family="money",
            start=s,
            end=e,
            old=m.group(0),
            extracted=ext,
        )
        if rewrite is not None:
            out.append(rewrite)
    return out


# -- dates ------------------------------------------------------------------------------------


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return _MONTH_ABBR[name[:4] if name.startswith("Sept") else name[:3]]


_STAMP = re.compile(
    r"(?i)\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:BST|GMT|EDT|EST|CDT|CST|PDT|PST|CET|CEST|UTC|IST|ET|PT)?\b|"
    r"\b(?:BST|GMT|EDT|EST|PDT|PST|CET|CEST|UTC)\b|\b(?:updated|posted|published)\b"
)


def _is_stamp(ctx: DocContext, s: int, e: int) -> bool:
    """A date in a timestamp or a dateline ("12:48PM BST 09 Sep 2013", "Updated May 3, 2013"):
    the publication date of the page, not the date of an event."""
    return bool(_STAMP.search(ctx.text[max(0, s - 25) : s]) or _STAMP.search(ctx.text[e : e + 25]))


def _abs_dates(ctx: DocContext) -> Iterator[tuple[re.Match[str], int, int]]:
    text = ctx.text
    for rx in (_DATE_MD, _DATE_DM):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if s < ctx.head_end or _is_stamp(ctx, s, e) or ctx.in_quote(s, e):
                continue
            day = int(m.group("day"))
            if not 1 <= day <= 31:
                continue
            before = text[max(0, s - 30) : s]
            after = text[e : e + 12]
            if _DATE_BLOCK_BEFORE.search(before) or _DATE_RANGE_AFTER.match(after):
                continue
            if re.search(_WEEKDAY_RE + r",?\s*(?:\(|the\s)?$", before) or re.match(
                r"^\s*\(?" + _WEEKDAY_RE, after
            ):
                continue  # a weekday written with it: the weekday op's job
            if re.match(r"^\s*[-–]\s*\d", after) or re.match(
                r"^,?\s*\d{1,2}\b(?!,?\s*\d{3})", after[:4]
            ):
                continue
            yield m, s, e


def find_dates(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for m, s, e in _abs_dates(ctx):
        keep, ext = _keep(ctx, ("date",), s, e)
        if not keep:
            continue
        day = int(m.group("day"))
        r = rng.random()
        if r < 0.8 or not m.group("year"):
            if 0.6 <= r < 0.8:
                mon = _month_number(m.group("month"))
                new_mon = (mon + rng.choice((2, 3, 4, 8)) - 1) % 12 + 1
                if day > 28:
                    continue
                old_name = m.group("month")
                new_name = MONTHS[new_mon - 1]
                if old_name.rstrip(".") != MONTHS[mon - 1]:
                    new_name = new_name[:3] + (
                        "." if old_name.endswith(".") and new_mon != 5 else ""
                    )
                ms, me = m.start("month"), m.end("month")
                out.append(
                    Candidate(
                        op="date",
                        family="dates",
                        label="conflict",
                        start=ms,
                        end=me,
                        old=old_name,
                        new=new_name,
                        target=(s, e),
                        codes=("CC301", "CC302", "CC602"),
                        note=f"date {m.group(0)}: month {old_name} -> {new_name}",
                        extracted=ext,
                    )
                )
                continue
            options = [d for d in (day + 2, day + 3, day - 2, day - 3, day + 5) if 1 <= d <= 28]
            if not options:
                continue
            nd = rng.choice(options)
            ds, de = m.start("day"), m.end("day")
            new = f"{nd:02d}" if m.group("day").startswith("0") else str(nd)
            suf = m.group("suf")
            if suf:
                new_suf = (
                    "th" if 10 <= nd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(nd % 10, "th")
                )
                de = m.end("suf")
                new += new_suf
            out.append(
                Candidate(
                    op="date",
                    family="dates",
                    label="conflict",
                    start=ds,
                    end=de,
                    old=ctx.text[ds:de],
                    new=new,
                    target=(s, e),
                    codes=("CC301", "CC302", "CC602"),
                    note=f"date {m.group(0)}: day {day} -> {nd}",
                    extracted=ext,
                )
            )
        else:
            y = m.group("year")
            ys = m.start("year") + len(y) - 4
            old_y = int(y[-4:])
            new_y = old_y + rng.choice((-2, -1, 1))
            out.append(
                Candidate(
                    op="date",
                    family="dates",
                    label="conflict",
                    start=ys,
                    end=ys + 4,
                    old=str(old_y),
                    new=str(new_y),
                    target=(s, e),
                    codes=("CC301", "CC302", "CC602"),
                    note=f"date {m.group(0)}: year {old_y} -> {new_y}",
                    extracted=ext,
                )
            )
    for m in _IN_MONTH.finditer(ctx.text):
        s, e = m.start("month"), m.end()
        if s < ctx.head_end or ctx.in_quote(s, e):
            continue
        keep, ext = _keep(ctx, ("date",), s, m.end("month"))
        if not keep:
            continue
        mon = _month_number(m.group("month"))
        new_mon = (mon + rng.choice((2, 3, 4)) - 1) % 12 + 1
        out.append(
            Candidate(
                op="date",
                family="dates",
                label="conflict",
                start=s,
                end=m.end("month"),
                old=m.group("month"),
                new=MONTHS[new_mon - 1],
                target=(s, e),
                codes=("CC301", "CC302", "CC602"),
                note=f"date {m.group(0)}: month -> {MONTHS[new_mon - 1]}",
                extracted=ext,
            )
        )
    return out


def find_date_format(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    """ "March 3, 2009" <-> "3 March 2009"; "Sept. 5" -> "September 5"; "March 3" -> "March 3rd"."""
    out: list[Candidate] = []
    for m, s, e in _abs_dates(ctx):
        keep, ext = _keep(ctx, ("date",), s, e)
        if not keep:
            continue
        day = int(m.group("day"))
        mon = MONTHS[_month_number(m.group("month")) - 1]
        year = m.group("year")
        y = year[-4:] if year else None
        md_form = m.re is _DATE_MD
        if md_form:
            options = [f"{day} {mon} {y}" if y else f"{day} {mon}"]
            if m.group("month").rstrip(".") != mon:
                options.append(f"{mon} {day}, {y}" if y else f"{mon} {day}")
        else:
            options = [f"{mon} {day}, {y}" if y else f"{mon} {day}"]
        rewrite = _harmless_rewrite(
            options,
            rng,
            op="date-format",
            family="dates",
            start=s,
            end=e,
            old=m.group(0),
            extracted=ext,
        )
        if rewrite is not None:
            out.append(rewrite)
    return out


def _past_sentence(ctx: DocContext, pos: int) -> bool:
    """Whether the expression at ``pos`` dates a past event: a past-tense verb shortly before
    it in the same sentence, and no present or future marker anywhere in the sentence."""
    sent = ctx.sentence_of(pos)
    before = ctx.text[max(0, pos - 80) : pos]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    before = before[cut + 1 :]
    return (
        bool(_PAST.search(before))
        and not _FUTURE.search(sent)
        and not _PRESENT.search(sent)
        and not ctx.in_quote(pos, pos + 1)
    )


def _bare_weekdays(ctx: DocContext) -> Iterator[re.Match[str]]:
    text = ctx.text
    for m in _ON_WEEKDAY.finditer(text):
        s, e = m.start("wd"), m.end("wd")
        if s < ctx.head_end or ctx.in_quote(s, e):
            continue
        after = text[e : e + 25]
        before = text[max(0, s - 25) : s]
        if re.match(r"^,?\s*\(?(?:the\s)?(?:\d{1,2}\b|" + _MONTH_RE + r")", after):
            continue  # a weekday with a date
        if re.search(
            r"(?i)(?:every|each|last|next|this|coming|past|until|since|by|from|through|before|after)\s+$",
            before,
        ):
            continue
        if re.match(r"^s\b", after):  # "Tuesdays"
            continue
        yield m


def find_weekday_relative(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    """ "on Tuesday" -> "on Thursday" in a copy, both with the same publication date."""
    out: list[Candidate] = []
    if ctx.published is None:
        return out
    for m in _bare_weekdays(ctx):
        s, e = m.start("wd"), m.end("wd")
        keep, ext = _keep(ctx, ("date",), s, e)
        if not keep:
            continue
        wd = WEEKDAYS.index(m.group("wd"))
        new = WEEKDAYS[(wd + rng.choice((2, 3, 4))) % 7]
        out.append(
            Candidate(
                op="weekday",
                family="dates",
                label="conflict",
                start=s,
                end=e,
                old=m.group("wd"),
                new=new,
                codes=("CC301", "CC302", "CC602"),
                note=f"{m.group(0).strip()} -> {new} (published {ctx.published})",
                extracted=ext,
                published=ctx.published,
            )
        )
    return out


_WD_WITH_DATE = re.compile(
    r"\b(?P<wd>" + _WEEKDAY_RE + r")(?P<sep>,?\s+\(?(?:the\s)?)"
    r"(?:(?P<month>" + _MONTH_RE + r")\s(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(?P<month2>" + _MONTH_RE + r"))"
    r"(?P<year>,?\s(?:19|20)\d\d\b)?"
)


def find_weekday_with_date(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    """ "Tuesday, January 6, 2009" -> "Thursday, January 6, 2009": the weekday is made wrong.

    The original must be right (checked with the calendar) so that only the copy is wrong.
    Without a year in the expression the publication date supplies it."""
    out: list[Candidate] = []
    for m in _WD_WITH_DATE.finditer(ctx.text):
        s, e = m.start(), m.end()
        if s < ctx.head_end or _is_stamp(ctx, s, e) or ctx.in_quote(s, e):
            continue
        month = m.group("month") or m.group("month2")
        day = int(m.group("day") or m.group("day2"))
        year_s = m.group("year")
        if year_s:
            year = int(year_s[-4:])
        elif ctx.published is not None:
            year = ctx.published.year
        else:
            continue
        try:
            d = dt.date(year, _month_number(month), day)
        except ValueError:
            continue
        wd = WEEKDAYS.index(m.group("wd"))
        if d.weekday() != wd:
            continue  # the original is already inconsistent
        keep, ext = _keep(ctx, ("date",), s, e)
        if not keep:
            continue
        new = WEEKDAYS[(wd + rng.choice((1, 2, 3))) % 7]
        out.append(
            Candidate(
                op="weekday-date",
                family="dates",
                label="conflict",
                start=m.start("wd"),
                end=m.end("wd"),
                old=m.group("wd"),
                new=new,
                target=(s, e),
                codes=("CC302", "CC602", "CC301"),
                note=f"{m.group(0)}: weekday -> {new} ({d.isoformat()} is a {WEEKDAYS[wd]})",
                extracted=ext,
                published=None if year_s else ctx.published,
            )
        )
    return out


def find_relative_rewrites(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    """Absolute <-> relative with the right publication date: "in October" <-> "last month",
    "on Tuesday" -> "yesterday" or -> "on November 19"."""
    out: list[Candidate] = []
    p = ctx.published
    if p is None:
        return out
    prev_month = p.replace(day=1) - dt.timedelta(days=1)
    for m in _IN_MONTH.finditer(ctx.text):
        if m.start() < ctx.head_end or m.group("prep").lower() not in ("in", "during"):
            continue
        mon = _month_number(m.group("month"))
        if mon != prev_month.month:
            continue
        if m.group("year") and int(m.group("year")[-4:]) != prev_month.year:
            continue
        if not _past_sentence(ctx, m.start()):
            continue
        keep, ext = _keep(ctx, ("date",), m.start("month"), m.end("month"))
        if not keep:
            continue
        new = "last month"
        old = ctx.text[m.start() : m.end()]
        out.append(
            Candidate(
                op="relative-date",
                family="dates",
                label="harmless",
                start=m.start(),
                end=m.end(),
                old=old,
                new=_case_like(new, old),
                published=p,
                extracted=ext,
                note=f"{old} -> last month (published {p})",
            )
        )
    for m in _LAST_MONTH.finditer(ctx.text):
        if m.start() < ctx.head_end or not _past_sentence(ctx, m.start()):
            continue
        keep, ext = _keep(ctx, ("date",), m.start(), m.end())
        if not keep:
            continue
        new = f"in {MONTHS[prev_month.month - 1]}"
        out.append(
            Candidate(
                op="relative-date",
                family="dates",
                label="harmless",
                start=m.start(),
                end=m.end(),
                old=m.group(0),
                new=_case_like(new, m.group(0)),
                published=p,
                extracted=ext,
                note=f"last month -> {new} (published {p})",
            )
        )
    for m in _bare_weekdays(ctx):
        if m.group("poss") or not m.group("on"):
            continue
        wd = WEEKDAYS.index(m.group("wd"))
        back = (p.weekday() - wd) % 7
        if back == 0 or not _past_sentence(ctx, m.start()):
            continue
        keep, ext = _keep(ctx, ("date",), m.start("wd"), m.end("wd"))
        if not keep:
            continue
        day = p - dt.timedelta(days=back)
        if back == 1 and rng.random() < 0.5:
            new = "yesterday"
        else:
            new = f"on {MONTHS[day.month - 1]} {day.day}"
        old = ctx.text[m.start() : m.end()]
        out.append(
            Candidate(
                op="relative-date",
                family="dates",
                label="harmless",
                start=m.start(),
                end=m.end(),
                old=old,
                new=_case_like(new, old),
                published=p,
                extracted=ext,
                note=f"{old} -> {new} (published {p}, a {WEEKDAYS[p.weekday()]})",
            )
        )
    return out


# -- names and titles -------------------------------------------------------------------------


def _titled_people(ctx: DocContext) -> Iterator[tuple[Any, int, int, str]]:
    """Person mentions with a title written right before the name: (mention, title start,
    title end, title)."""
    text = ctx.text
    for m in ctx.mentions:
        if m.kind != "entity" or getattr(m.value, "type", None) != "person":
            continue
        attrs = m.attrs or {}
        span = attrs.get("role_span")
        if not span:
            continue
        rs, re_ = int(span[0]), int(span[1])
        title = text[rs:re_]
        if not (0 <= rs < re_ <= m.start) or rs < ctx.head_end or ctx.in_quote(rs, m.end):
            continue
        if text[re_ : m.start].strip():
            continue  # something between the title and the name
        if _TEMPORAL_BEFORE.search(text[max(0, rs - 45) : rs]) or re.match(
            r"^-?\s*(?:elect|designate)\b", text[re_ : re_ + 12]
        ):
            continue
        if re.match(r"(?i)^-?elect\b", text[m.end : m.end + 7]):
            continue
        yield m, rs, re_, title


def find_titles(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    if "entity" not in ctx.available:
        return out
    for m, rs, re_, title in _titled_people(ctx):
        new = TITLE_SWAP.get(title)
        if not new:
            continue
        out.append(
            Candidate(
                op="title",
                family="names",
                label="conflict",
                start=rs,
                end=re_,
                old=title,
                new=new,
                target=(rs, m.end),
                codes=("CC401", "CC402"),
                note=f"{title} {m.text} -> {new} {m.text}",
                extracted=True,
            )
        )
    return out


def find_role_holders(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    """ "President Barack Obama" -> "President Robert Obama": another holder, same surname."""
    out: list[Candidate] = []
    if "entity" not in ctx.available:
        return out
    for m, rs, _re, title in _titled_people(ctx):
        if title not in SINGLE_HOLDER:
            continue
        words = m.text.split()
        if len(words) < 2 or not all(
            re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) for w in words
        ):
            continue
        given = " ".join(words[:-1])
        choices = [g for g in GIVEN_NAMES if g not in ctx.text and g != given]
        if not choices:
            continue
        new_given = rng.choice(choices)
        out.append(
            Candidate(
                op="role-holder",
                family="names",
                label="conflict",
                start=m.start,
                end=m.start + len(given),
                old=given,
                new=new_given,
                target=(rs, m.end),
                codes=("CC402", "CC401"),
                note=f"{title} {m.text} -> {title} {new_given} {words[-1]}",
                extracted=True,
            )
        )
    return out


# -- quotes -----------------------------------------------------------------------------------


def _quote_spans(ctx: DocContext) -> Iterator[tuple[int, int, int, int]]:
    for qs, qe, is_, ie in ctx.quotes:
        if qs < ctx.head_end:
            continue
        inner = ctx.text[is_:ie]
        if len(_WORD.findall(inner)) < 5:
            continue  # scare quotes and titles
        yield qs, qe, is_, ie


def _replacement_word(word: str, rng: random.Random) -> str:
    low = word.lower()
    if low in ANTONYMS:
        return _case_like(ANTONYMS[low], word)
    for suf in ("ing", "ed", "ly", "s", ""):
        if low.endswith(suf):
            pool = [w for w in UNRELATED[suf] if w != low]
            return _case_like(rng.choice(pool), word)
    raise AssertionError("unreachable")


def find_quote_words(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for qs, qe, is_, ie in _quote_spans(ctx):
        keep, ext = _keep(ctx, ("quote",), is_, ie)
        if not keep:
            continue
        inner = ctx.text[is_:ie]
        words = [
            w
            for w in _WORD.finditer(inner)
            if w.group(0).islower()
            and len(w.group(0)) >= 4
            and w.group(0) not in STOPWORDS
            and "'" not in w.group(0)
            and "’" not in w.group(0)
            and "-" not in w.group(0)
            and parse_number_word(w.group(0)) is None
        ]
        if not words:
            continue
        antonym = [w for w in words if w.group(0) in ANTONYMS]
        w = rng.choice(antonym or words)
        new = _replacement_word(w.group(0), rng)
        if new.lower() in inner.lower().split():
            continue
        s, e = is_ + w.start(), is_ + w.end()
        out.append(
            Candidate(
                op="quote-word",
                family="quotes",
                label="conflict",
                start=s,
                end=e,
                old=w.group(0),
                new=new,
                target=(qs, qe),
                codes=("CC501",),
                note=f"quoted word {w.group(0)!r} -> {new!r}",
                extracted=ext,
            )
        )
    return out


def find_quote_typography(ctx: DocContext, rng: random.Random) -> list[Candidate]:
    """Curly <-> straight marks and apostrophes, dash styles, an ellipsis for omitted words."""
    out: list[Candidate] = []
    for qs, qe, is_, ie in _quote_spans(ctx):
        keep, ext = _keep(ctx, ("quote",), is_, ie)
        if not keep:
            continue
        whole = ctx.text[qs:qe]
        inner = ctx.text[is_:ie]
        options: list[tuple[str, str]] = []
        if whole.startswith("“"):
            options.append(("straight marks", '"' + inner.replace("’", "'") + '"'))
        else:
            options.append(("curly marks", "“" + inner.replace("'", "’") + "”"))
        open_, close = whole[0], whole[-1]
        if " -- " in inner or " — " in inner or " – " in inner:
            dashed = re.sub(r" (?:--|—|–) ", rng.choice((" — ", " -- ", "—")), inner)
            if dashed != inner:
                options.append(("dash style", open_ + dashed + close))
        # an ellipsis for omitted words: a comma-delimited middle clause, else the tail
        clause = re.search(r", ([^,]{8,80}), ", inner)
        if (
            clause
            and not (NEGATIONS & set(clause.group(1).lower().split()))
            and not re.search(r"\d", clause.group(1))
        ):
            options.append(
                (
                    "ellipsis",
                    open_ + inner[: clause.start()] + " ... " + inner[clause.end() :] + close,
                )
            )
        else:
            # the tail after a sentence or clause boundary: what is kept is a whole clause
            cuts = [
                b.start()
                for b in re.finditer(r"[.;,](?= )", inner)
                if len(inner[: b.start()].split()) >= 4 and len(inner[b.end() :].split()) >= 3
            ]
            if cuts:
                cut = rng.choice(cuts)
                kept = inner[:cut]
                dropped = set(re.findall(r"[\w'’]+", inner[cut:].lower()))
                if not (NEGATIONS & dropped) and kept[-1].isalnum():
                    options.append(
                        ("ellipsis", open_ + kept + rng.choice(("...", " …", "…")) + close)
                    )
        how, new = rng.choice(options)
        out.append(
            Candidate(
                op="quote-typography",
                family="quotes",
                label="harmless",
                start=qs,
                end=qe,
                old=whole,
                new=new,
                note=how,
                extracted=ext,
            )
        )
    return out


CONFLICT_OPS: Mapping[str, Any] = {
    "count": find_counts,
    "money": find_money,  # yields "amount" and "scale"
    "date": find_dates,
    "weekday": find_weekday_relative,
    "weekday-date": find_weekday_with_date,
    "title": find_titles,
    "role-holder": find_role_holders,
    "quote-word": find_quote_words,
}
HARMLESS_OPS: Mapping[str, Any] = {
    "digits-words": find_digits_words,
    "money-format": find_money_format,
    "date-format": find_date_format,
    "relative-date": find_relative_rewrites,
    "quote-typography": find_quote_typography,
}

#: How many cases of each op to draw from ECB+ (sized for the CI time budget).
ECB_QUOTAS: Mapping[str, int] = {
    "count": 50,
    "amount": 25,
    "scale": 20,
    "date": 40,
    "weekday": 25,
    "weekday-date": 12,
    "title": 30,
    "role-holder": 25,
    "quote-word": 40,
    "digits-words": 30,
    "money-format": 20,
    "date-format": 15,
    "relative-date": 20,
    "quote-typography": 30,
}
#: At most this many cases of one op come from one ECB+ cluster.
PER_CLUSTER = 3
#: Every SEED_CONTEXT_EVERY-th ECB+ case is checked inside its whole cluster, not as a pair.
CLUSTER_CONTEXT_EVERY = 4


# --------------------------------------------------------------------------------------------
# generation


def _engine() -> Any:
    from claimcheck.config import Config
    from claimcheck.engine import Engine

    return Engine(Config())


def _contexts(eng: Any, items: Sequence[tuple[str, str, dt.date | None]]) -> list[DocContext]:
    """Analyze documents with claimcheck and wrap them for the finders."""
    from claimcheck.reading.files import DocInput

    analyzed = []
    kinds: set[str] = set()
    for path, text, published in items:
        meta: dict[str, Any] = {}
        if published is not None:
            meta = {"published": published, "published_from": "manifest"}
        doc = eng.read(DocInput(path=path, text=text, meta=meta))
        a = eng.analyze(doc)
        kinds.update(m.kind for m in a.mentions)
        analyzed.append((text, a.mentions, doc.published))
    avail = frozenset(kinds)
    return [DocContext(text=t, mentions=ms, published=p, available=avail) for t, ms, p in analyzed]


def _all_candidates(ctx: DocContext, rng: random.Random) -> dict[str, list[Candidate]]:
    by_op: dict[str, list[Candidate]] = defaultdict(list)
    for fn in (*CONFLICT_OPS.values(), *HARMLESS_OPS.values()):
        for c in fn(ctx, rng):
            if ctx.text[c.start : c.end] != c.old:
                raise AssertionError(f"bad candidate {c}")
            by_op[c.op].append(c)
    return by_op


def generate_ecb(rng: random.Random) -> list[dict[str, Any]]:
    docs = load_ecb_docs()
    if not docs:
        raise SystemExit(f"perturb: the ECB+ corpus is not at {ecb_dir()}")
    eng = _engine()
    ctxs = _contexts(eng, [(d.path, d.text, None) for d in docs])
    order = list(range(len(docs)))
    rng.shuffle(order)
    taken: Counter[tuple[str, str]] = Counter()
    count: Counter[str] = Counter()
    cases: list[dict[str, Any]] = []
    for i in order:
        d, ctx = docs[i], ctxs[i]
        by_op = _all_candidates(ctx, rng)
        for op, cands in sorted(by_op.items()):
            if count[op] >= ECB_QUOTAS.get(op, 0) or taken[(d.cluster, op)] >= PER_CLUSTER:
                continue
            c = rng.choice(cands)
            count[op] += 1
            taken[(d.cluster, op)] += 1
            n = len(cases)
            cases.append(
                {
                    "id": f"ecb-{op}-{count[op]:03d}",
                    "suite": "ecb-perturbed",
                    "base": {"corpus": "ecbplus", "doc": d.doc, "cluster": d.cluster},
                    "context": "cluster"
                    if n % CLUSTER_CONTEXT_EVERY == CLUSTER_CONTEXT_EVERY - 1
                    else "pair",
                    **c.to_json(),
                }
            )
    cases.sort(key=lambda c: c["id"])
    return cases


def _seed_items() -> list[tuple[str, str, dt.date | None]]:
    from claimcheck.engine import Engine

    eng: Engine = _engine()
    docs, errors = eng.load_paths([str(SEEDS_DIR)])
    if errors:
        raise SystemExit(f"perturb: cannot read the seeds: {errors}")
    return [(Path(d.path).name, d.text, d.published) for d in docs]


#: How many cases of each op to draw from the seed articles.
SEED_QUOTA = 6


def generate_seeds(rng: random.Random) -> list[dict[str, Any]]:
    eng = _engine()
    items = _seed_items()
    ctxs = _contexts(eng, items)
    cases: list[dict[str, Any]] = []
    count: Counter[str] = Counter()
    pool: dict[str, list[tuple[str, Candidate]]] = defaultdict(list)
    for (name, _text, _p), ctx in zip(items, ctxs):
        for op, cands in _all_candidates(ctx, rng).items():
            pool[op].extend((name, c) for c in cands)
    for op in sorted(pool):
        cands = pool[op]
        rng.shuffle(cands)
        # spread over documents: round-robin by document
        by_doc: dict[str, list[Candidate]] = defaultdict(list)
        for name, c in cands:
            by_doc[name].append(c)
        picked: list[tuple[str, Candidate]] = []
        while len(picked) < SEED_QUOTA and any(by_doc.values()):
            for name in sorted(by_doc):
                if by_doc[name] and len(picked) < SEED_QUOTA:
                    picked.append((name, by_doc[name].pop()))
        for name, c in sorted(picked, key=lambda x: (x[0], x[1].start)):
            count[op] += 1
            cases.append(
                {
                    "id": f"seed-{op}-{count[op]:02d}",
                    "suite": "seeds-perturbed",
                    "base": {"corpus": "seeds", "doc": name},
                    "context": "cluster",
                    **c.to_json(),
                }
            )
    return cases


# -- name variants in template sentences ------------------------------------------------------

#: Spellings of one name that news outlets actually use (transliteration, hyphenation, the
#: short and the long form of a group's name).
NAME_VARIANTS: Sequence[tuple[str, str, str]] = (
    ("organization", "Balochistan Liberation Army", "Baloch Liberation Army"),
    ("organization", "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
    ("organization", "Jaish al-Adl", "Jaish ul-Adl"),
    ("organization", "al-Qaeda", "al Qaeda"),
    ("organization", "Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guards Corps"),
    ("location", "Sistan and Baluchestan", "Sistan-Baluchestan"),
    ("location", "Sistan and Baluchestan", "Sistan and Baluchistan"),
    ("location", "Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa"),
    ("location", "Kyiv", "Kiev"),
    ("person", "Shehbaz Sharif", "Shahbaz Sharif"),
    ("person", "Muammar Gaddafi", "Moammar Gadhafi"),
    ("person", "Ahmed Shah Massoud", "Ahmad Shah Massoud"),
    ("other", "Operation Azm-i-Istehkam", "Operation Azm-e-Istehkam"),
)

#: Template pairs: one fact told by two outlets, with the name slot {n}. Each pair is
#: rendered with the first spelling in one document and the second in the other.
TEMPLATES: Mapping[str, Sequence[tuple[str, str]]] = {
    "organization": (
        (
            "The {n} claimed responsibility for the suicide bombing at the railway station in "
            "Quetta on November 9, which killed 26 people, officials said on Tuesday.",
            "On November 9, a suicide bomber of the {n} blew himself up at the crowded train "
            "station in Quetta, killing 26 people, police said.",
        ),
        (
            "Security forces said on Wednesday they had arrested 11 members of the {n} in "
            "a raid near the border.",
            "Eleven suspected members of the {n} were arrested in a raid near the border, "
            "security forces said on Wednesday.",
        ),
    ),
    "location": (
        (
            "Iranian forces killed three armed separatists in {n} province on Wednesday, "
            "state media reported.",
            "State media said three armed separatists were killed by Iranian forces on "
            "Wednesday in {n}.",
        ),
    ),
    "person": (
        (
            "Prime Minister {n} chaired the meeting on Tuesday, his office said in a "
            "statement, and approved a budget of $2.5 billion for the operation.",
            "{n}, the prime minister, approved the $2.5-billion operation at a meeting on "
            "Tuesday, according to a statement from his office.",
        ),
    ),
    "other": (
        (
            "{n} was approved in June with an initial budget of 20 billion rupees.",
            "Officials said {n}, approved in June, had an initial budget of 20 billion rupees.",
        ),
    ),
}

#: Two places whose names share a root but are different provinces of different countries:
#: facts about one must not be compared with facts about the other.
DIFFERENT_PLACES: Sequence[tuple[str, str]] = (
    (
        "Iran's Revolutionary Guards said on Wednesday they had killed three separatists in "
        "Sistan and Baluchestan province.",
        "Pakistani troops killed 12 militants in Balochistan province on Wednesday, the army said.",
    ),
    (
        "In Iran's Sistan and Baluchestan province, 40 people were arrested last month, the "
        "judiciary said on Tuesday.",
        "In Pakistan's Balochistan province, 15 people were arrested last month, police said "
        "on Tuesday.",
    ),
)


def generate_variants() -> list[dict[str, Any]]:
    """Harmless name variants in template sentences, and different places with similar names."""
    cases: list[dict[str, Any]] = []
    published = "2024-11-20"
    n = 0
    for etype, a, b in NAME_VARIANTS:
        for first, second in TEMPLATES[etype]:
            for swap in (False, True):
                na, nb = (b, a) if swap else (a, b)
                t1 = first.format(n=na)
                t2 = second.format(n=nb)
                t1 = t1[:1].upper() + t1[1:]
                t2 = t2[:1].upper() + t2[1:]
                n += 1
                cases.append(
                    {
                        "id": f"variant-{n:03d}",
                        "suite": "variants",
                        "op": "name-variant",
                        "family": "names",
                        "label": "harmless",
                        "note": f"{na!r} / {nb!r}",
                        "docs": [
                            {"path": "variants/a.txt", "text": t1, "published": published},
                            {"path": "variants/b.txt", "text": t2, "published": published},
                        ],
                        "watch": [
                            {"doc": 0, "text": na},
                            {"doc": 1, "text": nb},
                        ],
                        "strict": True,
                    }
                )
    for t1, t2 in DIFFERENT_PLACES:
        n += 1
        cases.append(
            {
                "id": f"variant-{n:03d}",
                "suite": "variants",
                "op": "different-places",
                "family": "names",
                "label": "harmless",
                "note": "Sistan and Baluchestan (Iran) is not Balochistan (Pakistan)",
                "docs": [
                    {"path": "variants/iran.txt", "text": t1, "published": published},
                    {"path": "variants/pakistan.txt", "text": t2, "published": published},
                ],
                "watch": [{"doc": 0, "text": t1}, {"doc": 1, "text": t2}],
                "strict": True,
            }
        )
    return cases


# --------------------------------------------------------------------------------------------


def _write(path: Path, cases: Sequence[Mapping[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    ops = Counter(c["op"] for c in cases)
    print(
        f"{path.relative_to(REPO)}: {len(cases)} cases  "
        + ", ".join(f"{k} {v}" for k, v in sorted(ops.items()))
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=("seeds", "ecb", "variants"), action="append")
    ap.add_argument("--out", default=str(CASES_DIR), help="where the case files go")
    args = ap.parse_args(argv)
    out = Path(args.out)
    which = set(args.only or ("seeds", "ecb", "variants"))
    if "variants" in which:
        _write(out / "variants.jsonl", generate_variants())
    if "seeds" in which:
        _write(out / "seeds_perturbed.jsonl", generate_seeds(random.Random(SEED)))
    if "ecb" in which:
        if not load_ecb_docs():
            print(
                f"perturb: no ECB+ corpus at {ecb_dir()}; ecb_perturbed.jsonl left as it is",
                file=sys.stderr,
            )
        else:
            _write(out / "ecb_perturbed.jsonl", generate_ecb(random.Random(SEED + 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
