"""Entity mentions: people, organisations and places, with their roles and acronyms.

A rule-based recogniser tuned for precision on news text. One compiled pattern finds runs of
capitalised words ("chunks", with inner "of", "and", "al" ...); each chunk is then read against
the alias data and CLDR place names:

* a role before a name makes a person ("Prime Minister Shehbaz Sharif": span "Shehbaz Sharif",
  role "Prime Minister" in :attr:`Entity.role` and ``attrs["role_span"]``), also with a
  lower-case role ("spokesperson Lin Jian") whose organisation is named just before it
  (``attrs["role_org"]``);
* a head noun types a name ("... Army" organisation, "... Port" location, "... Initiative"
  other); "Ministry of Foreign Affairs", "Foreign Ministry" and "the foreign ministry" after a
  country adjective are one ministry (``attrs["ministry"]``, ``attrs["country"]``);
* countries, regions and cities come from CLDR and the alias data; demonyms ("Chinese") name a
  country only where the alias data says so;
* acronyms are kept when the document defines them, in either order ("Balochistan Liberation
  Army (BLA)", "BLA (Baloch Liberation Army)"), or when the alias data lists them;
* other capitalised names are kept with type "other" (or "person" when the document shows it:
  a role, an honorific, a speech verb, a surname used alone); words capitalised only because
  they start a sentence or a headline are dropped unless the document writes them capitalised
  elsewhere too. Months, weekdays and function words are never entities.

Ids are provisional where the document settles them (a surname, an acronym):
:func:`claimcheck.normalization.names.linking.link_entities` links them per document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from claimcheck.extraction.entities.acronyms import acronym_matches, is_acronym
from claimcheck.extraction.entities.gazetteer import Place, demonym_country, place_index
from claimcheck.extraction.entities.wordlists import calendar_words, function_words
from claimcheck.language.aliases import AliasTable, make_id
from claimcheck.language.aliases import key_of_words as _key_of_words
from claimcheck.language.text import name_tokens, slug
from claimcheck.model import Entity, RawMention

__all__ = ["find_entities"]

_PREPOSITIONS = frozenset(["of", "in", "from", "at", "near", "to", "for", "by", "with"])
_PLACE_OF = frozenset(
    ["province", "district", "city", "town", "village", "region", "state", "county", "capital"]
)

# --------------------------------------------------------------------------------------------
# patterns (compiled on first use)

_SP = r"[ \t\u00a0]"
_NEWLINE = re.compile("\n")
# The chunk pattern runs over the whole text, so it uses the faster ``re`` engine; ``{U}`` and
# ``{L}`` are replaced by the upper- and lower-case letters of the Basic Multilingual Plane.
_TOKEN = r"""
(?:
    [{U}]\.(?:[ \u00a0]?[{U}]\.)+
  | [{U}]\.(?=[ \u00a0][{U}][^\W\d_])
  | [{U}]+&[{U}]+
  | (?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|Rev|Adm|Brig|Cmdr|Mt|Ft)\.(?=[ \t\u00a0]+[{U}])
  | (?:People|Women|Children|Men|Workers)['’]s(?=[ \t\u00a0]+[{U}])
  | (?:al|el|ul|ad|ud|ur|an|as|ash|at|az|ibn|bin)[-‐'’](?=[{U}])
    [{U}][^\W_]*(?:[-‐](?:[{U}\d][^\W_]*|[{L}]{{1,3}}(?=[-‐][{U}])))*
  | [{U}][^\W_]*
    (?:
        ['’](?![sS](?![^\W\d_]))(?!(?:m|ve|ll|d|re|t)(?![^\W\d_]))[^\W\d_][^\W_]*
      | [-‐](?:[{U}\d][^\W_]*|[{L}]{{1,3}}(?=[-‐][{U}]))
    )*
)
"""
_CONN = r"(?:of|and|for|the|de|del|della|der|den|di|du|da|des|la|le|van|von|bin|ibn|al|el|ul|y|&)"
_CHUNK_SRC = r"(?<![\w‐@#-])" + _TOKEN + rf"(?:{_SP}+(?:{_CONN}{_SP}+)*" + _TOKEN + ")*"

_SPEECH_AFTER = (
    rf"{_SP}+(?:[{{L}}]+ly{_SP}+)?"
    r"(?:said|says|told|tells|stated|added|adds|wrote|writes|explained|noted|argued|insisted"
    r"|warned|asked|replied|recalled|testified|tweeted)\b"
)
_PERSON_AFTER = r",[ \t\u00a0]+(?:who|whose)\b|,[ \t\u00a0]+\d{1,3},"
_ACR_AFTER = r"[ \t\u00a0]*\([ \t\u00a0]*([{U}][\w&.\-]{1,11})[ \t\u00a0]*\)"
_PAREN_OPEN = r"[ \t\u00a0]*\([ \t\u00a0]*$"
_PAREN_CLOSE = r"[ \t\u00a0]*\)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    chunk: Any
    words: Any
    speech_after: Any
    person_after: Any
    appositive: Any
    lower_words: Any
    lower_word: Any
    next_lower: Any
    lower_run: Any
    hyphen: Any
    gap: Any
    acr_after: Any
    paren_open: Any
    paren_close: Any


def _rx(src: str, flags: int = 0) -> Any:
    """Compile ``src`` with ``{U}``/``{L}`` standing for upper- and lower-case letters.

    The letter classes are Unicode properties of the ``regex`` module: the same letters as the
    cased ranges spelled out, compiled in a fraction of the time (a cold run compiles them).
    """
    import regex

    rflags = (regex.VERBOSE if flags & re.VERBOSE else 0) | (
        regex.IGNORECASE if flags & re.IGNORECASE else 0
    )
    return regex.compile(src.replace("{U}", r"\p{Lu}\p{Lt}").replace("{L}", r"\p{Ll}"), rflags)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    chunk_src = _CHUNK_SRC.replace("{{", "{").replace("}}", "}")
    return _Patterns(
        chunk=_rx(chunk_src, re.VERBOSE),
        words=re.compile(r"[^\W\d_][\w'’\-]*"),
        speech_after=_rx(_SPEECH_AFTER.replace("{{L}}", "{L}")),
        person_after=re.compile(_PERSON_AFTER),
        lower_words=re.compile(r"(?<![^\W\d_])[^\W\d_A-Z]+(?![^\W\d_])"),
        appositive=re.compile(
            r",[ \t\u00a0]+(?:the|a|an|his|her|its|their)[ \t\u00a0]+"
            r"(?:[a-z][a-z-]*[ \t\u00a0]+){0,3}?([a-z]+)\b"
        ),
        lower_word=_rx(r"(?<![\w'’])[{L}][{L}.\-]*"),
        next_lower=_rx(r"[ \t\u00a0]+([{L}]+)(?![^\W\d_])"),
        lower_run=_rx(r"[{L}.\-]+(?:[ \t\u00a0]+[{L}.\-]+)*"),
        hyphen=re.compile(r"[-‐]"),
        gap=re.compile(r"[ \t\u00a0]+(?:(?:of|and|the|al|e)[ \t\u00a0]+)*"),
        acr_after=_rx(_ACR_AFTER),
        paren_open=re.compile(_PAREN_OPEN),
        paren_close=re.compile(_PAREN_CLOSE),
    )


# --------------------------------------------------------------------------------------------
# lexicon (per language and alias table, built on first use)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    table: AliasTable
    language: str
    places: dict[str, Place]
    function: frozenset[str]
    calendar: frozenset[str]
    months: frozenset[str]
    max_ngram: int
    first_words: frozenset[str]
    role_words: frozenset[str]
    #: last words of lower-case roles as written ("spokesperson", "minister", "rep")
    role_last: frozenset[str]
    lower_ministry: Any
    before_ministry: Any
    conns: frozenset[str]
    #: capitalised single words that are never names (function and calendar words)
    skip_single: frozenset[str]


@lru_cache(maxsize=8)
def _lexicon(language: str, table: AliasTable) -> _Lexicon:
    from babel import Locale

    places = place_index(language, table)
    lengths = [len(k.split()) for k in (*table.names, *places, *table.roles)]
    en = Locale("en")
    months = {
        name.lower().rstrip(".")
        for ctx in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in en.months[ctx][width].values()
    }
    ports = sorted(table.ministry_portfolios, key=len, reverse=True)
    port_alt = "|".join(re.escape(p).replace(r"\ ", rf"{_SP}+") for p in ports)
    return _Lexicon(
        table=table,
        language=language.split("-")[0].lower() or "en",
        places=places,
        function=function_words(language),
        calendar=calendar_words(language),
        months=frozenset(months | {"sept"}),
        max_ngram=min(max(lengths, default=1), 8),
        first_words=frozenset(
            {"the"}
            | {
                k.split()[0]
                for k in (*table.names, *places, *table.roles, *table.demonyms)
                if " " in k
            }
        ),
        role_words=frozenset(w for k in table.roles for w in k.split()),
        role_last=frozenset(k.split()[-1] for k in table.roles if k),
        lower_ministry=re.compile(
            rf"(?<![^\W\d_])(?P<port>{port_alt}){_SP}+(?:affairs{_SP}+)?ministry(?![^\W\d_])"
        ),
        before_ministry=_rx(
            r"(?:(?P<the>(?<![^\W\d_])[Tt]he)|(?<![^\W\d_])(?P<cap>[{U}][\w\-]*)(?P<poss>['’]s)?)"
            + _SP
            + "+$"
        ),
        conns=frozenset(
            [
                "of",
                "and",
                "for",
                "the",
                "de",
                "del",
                "della",
                "der",
                "den",
                "di",
                "du",
                "da",
                "des",
                "la",
                "le",
                "van",
                "von",
                "bin",
                "ibn",
                "al",
                "el",
                "ul",
                "y",
                "&",
            ]
        ),
        skip_single=frozenset(
            v
            for w in (*function_words(language), *calendar_words(language))
            if len(w) > 1
            for v in (w, w.capitalize())
        ),
    )


# --------------------------------------------------------------------------------------------
# candidates


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    conn: bool
    #: the name key of this word alone, once computed
    key: str = ""


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    surface: str
    #: person, organization, location, other, or "unknown" / "acronym" before typing
    type: str
    key: str = ""
    id: str = ""
    canonical: str = ""
    role: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    weak: bool = False
    words: tuple[str, ...] = ()


def _keyw(lex: _Lexicon, toks: Sequence[_Tok]) -> str:
    if len(toks) == 1:
        return _key_of_words(lex.table, toks[0].words)
    words: list[str] = []
    for t in toks:
        words.extend(t.words)
    return _key_of_words(lex.table, tuple(words))


def _surface(text: str, toks: Sequence[_Tok]) -> str:
    return text[toks[0].start : toks[-1].end]


class _Extractor:
    """One pass over one text."""

    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.p = _patterns()
        self.table = lex.table
        self._lines: dict[int, bool] = {}
        self._newlines: list[int] | None = None
        self._lower: set[str] | None = None
        self.attested: set[str] = set()
        self.seen_chunks: set[str] = set()
        self.cands: list[_Cand] = []
        self.absorbed: set[tuple[int, int]] = set()

    # -- text context ------------------------------------------------------------------------

    def is_title_line(self, pos: int) -> bool:
        """Whether ``pos`` is on a headline-like line (title case, no sentence punctuation)."""
        text = self.text
        if self._newlines is None:  # found once: a search per name is quadratic on one line
            self._newlines = [m.start() for m in _NEWLINE.finditer(text)]
        k = bisect.bisect_left(self._newlines, pos)
        ls = self._newlines[k - 1] + 1 if k else 0
        cached = self._lines.get(ls)
        if cached is not None:
            return cached
        le = self._newlines[k] if k < len(self._newlines) else len(text)
        line = text[ls:le].strip()
        result = False
        if line and line[-1] not in '.!?;,:"”’)':
            words = self.p.words.findall(line)
            if 0 < len(words) <= 16:
                func = self.lex.function
                long = [w for w in words if len(w) >= 4 and w.lower() not in func]
                result = all(w[0].isupper() for w in long)
        self._lines[ls] = result
        return result

    def is_initial(self, pos: int) -> bool:
        """Whether the word at ``pos`` starts a sentence, a line or a quotation."""
        text = self.text
        j = pos - 1
        while j >= 0 and text[j] in " \t\u00a0\"“‘'«„([{*•·-–—":
            if text[j] in "-–—" and j > 0 and text[j - 1] not in " \t\n":
                break
            j -= 1
        while j >= 0 and text[j] in "\"”’')]»":
            j -= 1
        return j < 0 or text[j] in ".!?\n\r:…"

    def written_lower(self, word: str) -> bool:
        """Whether ``word`` also occurs in lower case in the text (a common word)."""
        low = word.lower()
        if low == word:
            return True
        if self._lower is None:
            self._lower = set(self.p.lower_words.findall(self.text))
        return low in self._lower

    # -- run ----------------------------------------------------------------------------------

    def run(self) -> list[RawMention]:
        text = self.text
        chunks = []
        attested = self.attested
        seen = self.seen_chunks
        table = self.table
        skip = self.lex.skip_single
        for m in self.p.chunk.finditer(text):
            g = m.group()
            if g in skip:
                continue
            s, e = m.span()
            toks = self.tokens(s, e, g)
            if not toks:
                continue
            title = self.is_title_line(s)
            initial = self.is_initial(s)
            chunks.append((toks, title, initial))
            if title:
                continue
            if len(toks) == 1:
                if not initial:
                    tok = toks[0]
                    attested.update(tok.words)
                    tok.key = _key_of_words(table, tok.words)
                    seen.add(tok.key)
                continue
            for i, t in enumerate(toks):
                if i == 0 and initial:
                    continue
                if not t.conn:
                    attested.update(t.words)
            if not initial:
                self.seen_chunks.add(_keyw(self.lex, toks))
        cands = self.cands
        for toks, title, initial in chunks:
            if len(toks) == 1:
                c = self.classify_single(toks[0], title, initial)
                if c is not None:
                    cands.extend(c)
                continue
            for seg, unverified in self.split_chunk(toks, title, initial):
                cands.extend(self.classify(seg, unverified, title))
        self.ministries_lowercase()
        self.cands.sort(key=lambda c: (c.start, -c.end))
        self.definitions()
        self.context_types()
        self.surnames()
        self.common_words()
        return self.emit()

    def tokens(self, s: int, e: int, chunk: str | None = None) -> list[_Tok]:
        t = self.text[s:e] if chunk is None else chunk
        if " " not in t and "\u00a0" not in t and "\t" not in t:
            if t in self.lex.conns:
                return []
            return [_Tok(s, e, t, name_tokens(t), False)]
        out: list[_Tok] = []
        conns = self.lex.conns
        pos = 0
        for part in t.split():
            at = t.find(part, pos)
            pos = at + len(part)
            is_conn = part in conns or (part.lower() in ("of", "and", "the", "for") and bool(out))
            out.append(_Tok(s + at, s + pos, part, name_tokens(part), is_conn))
        while out and out[0].conn:
            out.pop(0)
        while out and out[-1].conn:
            out.pop()
        return out

    # -- chunk splitting -------------------------------------------------------------------

    def known_at(self, toks: Sequence[_Tok], i: int) -> int:
        """Length (in tokens) of the longest known name starting at ``toks[i]``, or 0."""
        lex = self.lex
        table = self.table
        first = toks[i].words[0] if toks[i].words else ""
        top = min(lex.max_ngram, len(toks) - i)
        if table.token_classes.get(first, first) not in lex.first_words:
            top = 1
        for n in range(top, 0, -1):
            if toks[i + n - 1].conn:
                continue
            k = _keyw(lex, toks[i : i + n])
            if k in table.names or k in lex.places or k in table.roles:
                return n
            if n <= 2 and (k in table.demonyms or (n == 1 and k in table.honorifics)):
                return n
        return 0

    def split_chunk(
        self, toks: list[_Tok], title: bool, initial: bool
    ) -> list[tuple[list[_Tok], bool]]:
        """Cut a chunk at function words, calendar words and weak connectors."""
        lex = self.lex
        segs: list[list[_Tok]] = []
        cur: list[_Tok] = []
        unverified_first = initial and not title
        first = True
        for i, t in enumerate(toks):
            w = t.words[0] if t.words else ""
            single = len(t.words) == 1 and (len(t.text) == 1 or not t.text.isupper())
            if not t.conn and single and (w in lex.function or w in lex.calendar):
                keep_month = (
                    w in lex.months
                    and not first
                    and cur
                    and not cur[-1].conn
                    and self.unknown_token(cur[-1])
                    and not self.text[t.end : t.end + 2].strip()[:1].isdigit()
                )
                if not keep_month and not (i == 0 and self.article_name(toks)):
                    if cur:
                        segs.append(cur)
                    cur = []
                    if first:
                        unverified_first = False
                    first = False
                    continue
            cur.append(t)
            first = False
        if cur:
            segs.append(cur)
        out: list[tuple[list[_Tok], bool]] = []
        for n, seg in enumerate(segs):
            while seg and seg[0].conn:
                seg = seg[1:]
            while seg and seg[-1].conn:
                seg = seg[:-1]
            if not seg:
                continue
            first_seg = n == 0 and seg[0] is toks[0]
            for part in self.split_connectors(seg):
                out.append((part, unverified_first and first_seg and part[0] is toks[0]))
        if title:
            return [(s, False) for s, _ in out]
        return out

    def article_name(self, toks: Sequence[_Tok]) -> bool:
        """Whether ``toks`` start with a known name that includes its article ("The Hague")."""
        if toks[0].words != ("the",):
            return False
        n = self.known_at(toks, 0)
        if n < 2:
            return False
        listed = self.table.place_names.get(_keyw(self.lex, toks[:n]), "")
        return listed[:4].lower() == "the "

    def unknown_token(self, t: _Tok) -> bool:
        k = self.table.key_of_tokens(t.words)
        return not (
            k in self.table.names
            or k in self.lex.places
            or k in self.table.roles
            or k in self.table.demonyms
        )

    def head_type(self, toks: Sequence[_Tok]) -> str | None:
        """The type a head noun gives a name: last word (or a leading "X of")."""
        if len([t for t in toks if not t.conn]) < 2:
            return None
        last = toks[-1].words[-1] if toks[-1].words else ""
        table = self.table
        if last in table.org_heads:
            return "organization"
        if last in table.location_heads:
            return "location"
        if last in table.other_heads:
            return "other"
        # A leading head, possibly after a country: "[Chinese] Ministry of ...", "Operation X".
        starts = [0]
        n = self.known_at(toks, 0)
        if n and n < len(toks) - 1:
            starts.append(n)
        for i in starts:
            first = toks[i].words[0] if toks[i].words else ""
            linked = toks[i + 1].conn and toks[i + 1].words in (("of",), ("for",))
            lead = table.leading_heads.get(first)
            if lead and (linked or first == "operation"):
                return lead
            if linked and len(toks[i].words) == 1:
                # "Society for Conservation Biology", "Bank of England"
                if first in table.org_heads:
                    return "organization"
                if first in table.location_heads:
                    return "location"
        return None

    def split_connectors(self, seg: list[_Tok]) -> list[list[_Tok]]:
        """Split "A and B" / "A of B" unless they read as one name."""
        conn_idx = [
            i
            for i, t in enumerate(seg)
            if t.conn and t.words and t.words[0] in ("and", "of", "for")
        ]
        if not conn_idx:
            return [seg]
        if self.known_at(seg, 0) == len(seg):
            return [seg]
        i = conn_idx[0]
        # A known name across the connector ("Chinese Belt and Road"): cut around it.
        for st in range(i):
            n = self.known_at(seg, st)
            if st + n > i + 1:
                parts: list[list[_Tok]] = []
                if st:
                    parts.extend(self.split_connectors(seg[:st]))
                parts.append(seg[st : st + n])
                rest = seg[st + n :]
                while rest and rest[0].conn:
                    rest = rest[1:]
                if rest:
                    parts.extend(self.split_connectors(rest))
                return parts
        left, right = seg[:i], seg[i + 1 :]
        while right and right[0].conn:
            right = right[1:]
        if not left or not right:
            return [p for p in (left, right) if p]
        word = seg[i].words[0]
        table = self.table
        if word == "and":
            lk = self.known_at(left, 0) == len(left)
            rk = self.known_at(right, 0) == len(right)
            right_parts = self.split_connectors(right)
            r_head = self.head_type(right) or (
                len(right) == 1 and right[0].words and right[0].words[-1] in table.org_heads
            )
            keep = False
            if not lk and not rk:
                if (r_head and len(left) == 1 and not self.head_type(left)) or (
                    len(left) == 1
                    and len(right) == 1
                    and _keyw(self.lex, left) not in self.seen_chunks
                    and _keyw(self.lex, right) not in self.seen_chunks
                    and not is_acronym(left[0].text)
                    and not is_acronym(right[0].text)
                ):
                    keep = True
            if keep:
                return [seg]
            return [left, *right_parts]
        # "of" / "for"
        first = left[0].words[0] if left[0].words else ""
        last = left[-1].words[-1] if left[-1].words else ""
        lead = table.leading_heads.get(first) if len(left) == 1 else None
        if self.role_span(left) is not None:
            # "Prime Minister of Pakistan Shehbaz Sharif" stays whole; "CEO of The Wildlife
            # Society" is a role and an organisation.
            if self.known_at(right, 0) and not self.head_type(right):
                return [seg]
            return [left, *self.split_connectors(right)]
        if (
            lead
            or last in table.org_heads
            or last in table.location_heads
            or last in table.other_heads
        ):
            # "Ministry of Information and Broadcasting", but "Society for Conservation
            # Biology and the Wildlife Society" is two names.
            ands = [k for k, t in enumerate(right) if t.conn and t.words == ("and",)]
            for n, j in enumerate(ands):
                if j == 0 or j == len(right) - 1:
                    continue
                stop = ands[n + 1] if n + 1 < len(ands) else len(right)
                conj = right[j + 1 : stop]
                while conj and conj[0].conn:
                    conj = conj[1:]
                if conj and (
                    right[j + 1].words == ("the",)
                    or self.head_type(conj)
                    or self.known_at(conj, 0) == len(conj)
                ):
                    after = right[j + 1 :]
                    while after and after[0].conn:
                        after = after[1:]
                    head_part = seg[: seg.index(right[0])] + right[:j]
                    return [head_part, *self.split_connectors(after)]
            return [seg]
        return [left, *self.split_connectors(right)]

    def role_span(self, toks: Sequence[_Tok]) -> tuple[int, int, str] | None:
        """The last role (as token indices) ending at the end of ``toks``, if any."""
        roles = self.table.roles
        for n in range(min(self.table.max_role_words + 2, len(toks)), 0, -1):
            k = " ".join(w for t in toks[len(toks) - n :] for w in t.words)
            if k in roles:
                return (len(toks) - n, len(toks), roles[k])
        return None

    # -- classification --------------------------------------------------------------------

    def classify_single(self, tok: _Tok, title: bool, initial: bool) -> list[_Cand] | None:
        """Fast path for a chunk of one word (most chunks)."""
        lex = self.lex
        table = self.table
        words = tok.words
        if not words:
            return None
        text = tok.text
        if len(text.rstrip(".")) == 1:
            return None  # a lone initial or letter ("E!", "T")
        if len(words) == 1 and (len(text) == 1 or not text.isupper()):
            w = words[0]
            if w in lex.function or w in lex.calendar:
                return None
        key = tok.key or _key_of_words(table, words)
        if key in table.names or key in lex.places or key in table.demonyms:
            whole = self.known_whole([tok], key)
            return [whole] if whole is not None else None
        if is_acronym(text):
            return [_Cand(tok.start, tok.end, text, "acronym", key=key)]
        if len(words) > 1:
            parts = self.compound_places(tok)
            if parts:
                return parts
        if title or key in table.roles or key in table.honorifics:
            return None
        if initial and key not in self.seen_chunks and not (set(words) <= self.attested):
            return None
        if lex.language == "de":
            return None
        return [_Cand(tok.start, tok.end, text, "unknown", key=key, canonical=text, words=words)]

    def classify(self, seg: list[_Tok], unverified: bool, title: bool) -> list[_Cand]:
        lex = self.lex
        text = self.text
        key = _keyw(lex, seg)
        # "China-Pakistan": a compound of places is the places.
        if len(seg) == 1 and len(seg[0].words) > 1 and key not in lex.places:
            parts = self.compound_places(seg[0])
            if parts:
                return parts
        if unverified:
            n_known = self.known_at(seg, 0)
            if n_known == 0 and not is_acronym(seg[0].text) and key not in self.seen_chunks:
                if len(seg) == 1:
                    if not (set(seg[0].words) <= self.attested):
                        return []
                else:
                    w0 = seg[0].text
                    if (
                        self.written_lower(w0)
                        or w0.endswith(("ing", "ed", "ly"))
                        or seg[0].words[0] in lex.function
                    ):
                        seg = seg[1:]
                        while seg and seg[0].conn:
                            seg = seg[1:]
                        if not seg:
                            return []
                        key = _keyw(lex, seg)
        whole = self.known_whole(seg, key)
        if whole is not None:
            return [whole]
        if len(seg) == 1 and len(seg[0].text.rstrip(".")) == 1:
            return []  # a lone letter or initial

        # Acronyms standing alone.
        if len(seg) == 1 and is_acronym(seg[0].text):
            return [_Cand(seg[0].start, seg[0].end, seg[0].text, "acronym", key=key)]
        # "Airport Security Force ASF": an acronym after its long form.
        if len(seg) > 2 and is_acronym(seg[-1].text) and not seg[-2].conn:
            long = seg[:-1]
            if acronym_matches(seg[-1].text, _surface(text, long)):
                acr = _Cand(seg[-1].start, seg[-1].end, seg[-1].text, "acronym")
                return [*self.classify(long, False, title), acr]

        # A name typed by its head noun, unless a role comes before a full name
        # ("General Assembly" is an organisation, "Senator Frank Church" a person).
        head = self.head_type(seg)
        pieces = self.pieces(seg)
        role = self.find_role(seg, title, pieces)
        if head is not None and not (role is not None and len(role[1]) >= 2):
            if title:
                return [c for c in self.headed(seg, head) if c.id]
            return self.headed(seg, head)
        if role is not None:
            return role[0]
        if title:
            return [c for c in self.classify_rest(seg, pieces, title=True) if c.id]
        return self.classify_rest(seg, pieces)

    def compound_places(self, tok: _Tok) -> list[_Cand]:
        """The places of a hyphenated compound ("China-Pakistan"), if every part is one."""
        out = []
        pos = tok.start
        for part in self.p.hyphen.split(tok.text):
            k = self.table.key(part)
            place = self.lex.places.get(k)
            if place is None or place.weak:
                return []
            sub = _Tok(pos, pos + len(part), part, name_tokens(part), False)
            c = self.known_cand([sub], "place", place)
            if c is None:
                return []
            out.append(c)
            pos += len(part) + 1
        return out

    def classify_rest(
        self, seg: list[_Tok], pieces: list[tuple[str, int, int, Any]], title: bool = False
    ) -> list[_Cand]:
        """Names without a role or head: known names, honorifics and unknown runs."""
        lex = self.lex
        text = self.text
        kinds = [p[0] for p in pieces]
        # Honorific + name.
        if len(pieces) >= 2 and kinds[0] == "honorific" and all(k == "unknown" for k in kinds[1:]):
            name = seg[pieces[1][1] :]
            c = self.name_cand(name, "person")
            c.attrs["honorific"] = _surface(text, seg[: pieces[1][1]])
            return [c]
        if all(k == "unknown" for k in kinds):
            if lex.language == "de":
                return []
            return [self.name_cand(seg, "unknown")]
        unknown = kinds.count("unknown")
        small_known = all(
            k in ("unknown", "place", "demonym") and (k == "unknown" or j - i == 1)
            for k, i, j, _ in pieces
        )
        if unknown and small_known and not title and lex.language != "de":
            # "China Daily", "Michael Jordan": a place word inside a longer name.
            c = self.name_cand(seg, "unknown")
            c.attrs["has_place"] = True
            return [c]
        out: list[_Cand] = []
        run: list[_Tok] = []
        for kind, i, j, info in pieces:
            if kind == "unknown":
                run.extend(seg[i:j])
                continue
            if run:
                if lex.language != "de":
                    out.append(self.name_cand(run, "unknown"))
                run = []
            if kind in ("entity", "place", "demonym"):
                known = self.known_cand(seg[i:j], kind, info)
                if known is not None:
                    out.append(known)
        if run and lex.language != "de":
            out.append(self.name_cand(run, "unknown"))
        return out

    def pieces(self, seg: Sequence[_Tok]) -> list[tuple[str, int, int, Any]]:
        """Greedy longest-match segmentation into known names and unknown words."""
        lex = self.lex
        table = self.table
        out: list[tuple[str, int, int, Any]] = []
        i = 0
        while i < len(seg):
            if seg[i].conn:
                if out and out[-1][0] == "unknown" and i + 1 < len(seg):
                    out[-1] = ("unknown", out[-1][1], i + 1, None)
                i += 1
                continue
            n = self.known_at(seg, i)
            if n:
                k = _keyw(lex, seg[i : i + n])
                if k in table.names:
                    out.append(("entity", i, i + n, table.entities[table.names[k]]))
                elif k in lex.places:
                    out.append(("place", i, i + n, lex.places[k]))
                elif k in table.roles:
                    out.append(("role", i, i + n, table.roles[k]))
                elif k in table.demonyms:
                    out.append(("demonym", i, i + n, k))
                else:
                    out.append(("honorific", i, i + n, k))
                i += n
                continue
            if out and out[-1][0] == "unknown" and out[-1][2] == i:
                out[-1] = ("unknown", out[-1][1], i + 1, None)
            else:
                out.append(("unknown", i, i + 1, None))
            i += 1
        return out

    def known_whole(self, seg: Sequence[_Tok], key: str) -> _Cand | None:
        table = self.table
        if key in table.names:
            return self.known_cand(seg, "entity", table.entities[table.names[key]])
        if key in self.lex.places:
            return self.known_cand(seg, "place", self.lex.places[key])
        if key in table.demonyms and len(seg) <= 2:
            return self.known_cand(seg, "demonym", key)
        return None

    def known_cand(self, toks: Sequence[_Tok], kind: str, info: Any) -> _Cand | None:
        text = self.text
        s, e = toks[0].start, toks[-1].end
        surface = text[s:e]
        key = _keyw(self.lex, toks)
        if kind == "entity":
            return _Cand(
                s,
                e,
                surface,
                info.type,
                key=key,
                id=info.id,
                canonical=info.canonical,
                attrs={"country": info.country} if info.country else {},
            )
        if kind == "place":
            attrs: dict[str, Any] = {}
            if info.country:
                attrs["country"] = info.country
            return _Cand(
                s,
                e,
                surface,
                "location",
                key=key,
                id=info.id,
                canonical=info.canonical,
                attrs=attrs,
                weak=info.weak,
            )
        if kind == "demonym":
            place = demonym_country(info, self.lex.language, self.table)
            if place is None:
                return None
            return _Cand(
                s,
                e,
                surface,
                "location",
                key=key,
                id=place.id,
                canonical=place.canonical,
                attrs={"demonym": True, "country": place.country},
            )
        return None

    def name_cand(self, toks: Sequence[_Tok], typ: str) -> _Cand:
        key = _keyw(self.lex, toks)
        words = tuple(w for t in toks if not t.conn for w in t.words)
        return _Cand(
            toks[0].start,
            toks[-1].end,
            _surface(self.text, toks),
            typ,
            key=key,
            canonical=_surface(self.text, toks),
            words=words,
        )

    def headed(self, seg: list[_Tok], head: str) -> list[_Cand]:
        """A name typed by its head noun; ministries get a portfolio and a country."""
        lex = self.lex
        table = self.table
        words = [w for t in seg for w in t.words]
        prefix: list[_Tok] = []
        body = seg
        country = None
        if head == "organization" and "ministry" in words:
            # Country adjective or country name before "Ministry ..." / "Foreign Ministry".
            n = self.known_at(seg, 0)
            if n and n < len(seg):
                k = _keyw(lex, seg[:n])
                place = (
                    demonym_country(k, lex.language, table)
                    if k in table.demonyms
                    else lex.places.get(k)
                )
                if place is not None and place.kind == "country":
                    country = place.country
                    prefix, body = seg[:n], seg[n:]
            m = self.ministry(body, country)
            if m is not None:
                if prefix:
                    m.attrs["country_surface"] = _surface(self.text, prefix)
                    m.attrs["country_span"] = (prefix[0].start, prefix[-1].end)
                out: list[_Cand] = []
                if prefix and _keyw(lex, prefix) not in table.demonyms:
                    c = self.known_cand(prefix, "place", lex.places[_keyw(lex, prefix)])
                    if c is not None:
                        out.append(c)
                out.append(m)
                return out
        c = self.name_cand(seg, head)
        last = seg[-1].words[-1] if seg[-1].words else ""
        if last in table.org_heads or last in table.location_heads or last in table.other_heads:
            c.attrs["head"] = last
        else:
            heads = table.org_heads | table.location_heads
            c.attrs["head"] = next(
                (
                    t.words[0]
                    for t in seg
                    if t.words and (t.words[0] in table.leading_heads or t.words[0] in heads)
                ),
                last,
            )
        # "Pakistan Army": the country it belongs to.
        n = self.known_at(seg, 0)
        if n and n < len(seg):
            k = _keyw(lex, seg[:n])
            place = (
                demonym_country(k, lex.language, table)
                if k in table.demonyms
                else lex.places.get(k)
            )
            if place is not None and place.country:
                c.attrs["country"] = place.country
        return [c]

    def ministry(self, body: Sequence[_Tok], country: str | None) -> _Cand | None:
        """A ministry's portfolio: "Ministry of Foreign Affairs" = "Foreign Ministry"."""
        words = [w for t in body for w in t.words]
        if not words:
            return None
        if words[0] == "ministry" and len(words) > 2 and words[1] == "of":
            port = words[2:]
            if port and port[0] == "the":
                port = port[1:]
            # "Ministry of Foreign Affairs of Pakistan"
            if "of" in port:
                j = port.index("of")
                k = self.table.key(" ".join(port[j + 1 :]))
                place = self.lex.places.get(k)
                if place is not None and place.kind == "country" and country is None:
                    country = place.country
                port = port[:j]
        elif words[-1] == "ministry" and len(words) >= 2:
            port = words[:-1]
        else:
            return None
        return self.ministry_cand(body[0].start, body[-1].end, port, country)

    def ministry_cand(
        self, start: int, end: int, port_words: Sequence[str], country: str | None
    ) -> _Cand | None:
        table = self.table
        port = [table.token_classes.get(w, w) for w in port_words]
        if port and port[-1] == "affairs":
            port = port[:-1]
        if not port:
            return None
        portfolio = " ".join(port)
        title = " ".join(w.capitalize() if w not in ("and", "of", "the") else w for w in port)
        if portfolio in table.affairs_portfolios:
            canonical = f"Ministry of {title} Affairs"
        else:
            canonical = f"Ministry of {title}"
        base = table.key(canonical)
        cid = f"org:{country.lower()}-{slug(base)}" if country else f"org:{slug(base)}"
        if country:
            from babel import Locale

            cname = Locale("en").territories.get(country, country)
            canonical = f"{canonical} ({cname})"
        attrs: dict[str, Any] = {"ministry": portfolio, "head": "ministry"}
        if country:
            attrs["country"] = country
        return _Cand(
            start,
            end,
            self.text[start:end],
            "organization",
            key=base,
            id=cid,
            canonical=canonical,
            attrs=attrs,
        )

    def find_role(
        self, seg: list[_Tok], title: bool, pieces: list[tuple[str, int, int, Any]] | None = None
    ) -> tuple[list[_Cand], list[_Tok]] | None:
        """A person named after a role: "[Pakistani] Prime Minister [of X] Shehbaz Sharif"."""
        lex = self.lex
        table = self.table
        rw = lex.role_words
        if not any(w in rw for t in seg for w in t.words):
            return None
        if pieces is None:
            pieces = self.pieces(seg)
        role_idx = [n for n, p in enumerate(pieces) if p[0] == "role"]
        if not role_idx:
            return None
        r = role_idx[-1]
        after = pieces[r + 1 :]
        complement: list[tuple[str, int, int, Any]] = []
        j0 = pieces[r][2]
        # "of Pakistan" after the role
        if j0 < len(seg) and seg[j0].conn and seg[j0].words == ("of",):
            rest = self.pieces(seg[j0 + 1 :])
            if rest and rest[0][0] in ("place", "entity"):
                k0, i0, j1, info0 = rest[0]
                complement = [(k0, i0 + j0 + 1, j1 + j0 + 1, info0)]
                after = [(k, i + j0 + 1, j + j0 + 1, x) for k, i, j, x in rest[1:]]
            else:
                return None
        if not after:
            # A role without a name: keep the places and organisations around it.
            out: list[_Cand] = []
            for kind, i, j, info in (*pieces[:r], *complement):
                if kind in ("entity", "place"):
                    c = self.known_cand(seg[i:j], kind, info)
                    if c is not None:
                        out.append(c)
            return (out, [])
        if not all(p[0] == "unknown" for p in after):
            return None
        name = seg[after[0][1] :]
        if any(is_acronym(t.text) for t in name if not t.conn) or len(name) > 6:
            return None
        if title and not (set(w for t in name for w in t.words) <= self.attested):
            return None
        rs, re_ = seg[pieces[r][1]].start, seg[pieces[r][2] - 1].end
        person = self.name_cand(name, "person")
        person.role = pieces[r][3]
        person.attrs["role"] = pieces[r][3]
        person.attrs["role_span"] = (rs, re_)
        person.attrs["role_surface"] = self.text[rs:re_]
        roles = [p[3] for p in pieces[:r] if p[0] == "role"]
        if roles:
            person.attrs["roles"] = [*roles, pieces[r][3]]
        out = []
        for kind, i, j, info in (*pieces[:r], *complement):
            if kind == "demonym":
                place = demonym_country(info, lex.language, table)
                if place is not None:
                    person.attrs.setdefault("country", place.country)
            elif kind == "place":
                c = self.known_cand(seg[i:j], kind, info)
                if c is not None:
                    out.append(c)
                    if info.kind == "country":
                        person.attrs.setdefault("country", info.country)
                    else:
                        person.attrs.setdefault("role_place", info.id)
            elif kind == "entity":
                c = self.known_cand(seg[i:j], kind, info)
                if c is not None:
                    out.append(c)
                    if info.type == "location":
                        person.attrs.setdefault("role_place", info.id)
                    else:
                        person.attrs.setdefault("role_org", info.id)
                        person.attrs.setdefault("role_org_surface", c.surface)
            elif kind == "honorific":
                person.attrs["honorific"] = _surface(self.text, seg[i:j])
        mods = [
            t.text for t in seg[: pieces[r][1]] if t.words and t.words[0] in table.role_modifiers
        ]
        if mods:
            person.attrs["role_modifier"] = mods[-1].lower()
        out.append(person)
        return (out, name)

    # -- passes over the whole text ------------------------------------------------------------

    def ministries_lowercase(self) -> None:
        """ "the foreign ministry", "China's defence ministry", "Chinese foreign ministry"."""
        text = self.text
        lex = self.lex
        table = self.table
        if "ministr" not in text:
            return
        by_span = {(c.start, c.end): c for c in self.cands}
        for m in self.ministry_mentions():
            s = m.start()
            before = lex.before_ministry.search(text, max(0, s - 40), s)
            if before is None:
                continue
            country = None
            if before.group("cap"):
                cap = before.group("cap")
                k = table.key(cap)
                place = (
                    demonym_country(k, lex.language, table)
                    if k in table.demonyms and not before.group("poss")
                    else lex.places.get(k)
                )
                if place is None or place.kind != "country":
                    continue
                country = place.country
                span = before.span("cap")
                c = by_span.get(span)
                if c is not None and c.attrs.get("demonym"):
                    self.absorbed.add(span)
            port = name_tokens(m.group("port"))
            cand = self.ministry_cand(s, m.end(), port, country)
            if cand is not None:
                if before.group("cap"):
                    cand.attrs["country_surface"] = before.group("cap")
                    cand.attrs["country_span"] = before.span("cap")
                self.cands.append(cand)

    def ministry_mentions(self) -> list[Any]:
        """Matches of "<portfolio> [affairs] ministry" in lower case, found from "ministry"."""
        text = self.text
        pattern = self.lex.lower_ministry
        out = []
        pos = text.find("ministry")
        while pos >= 0:
            end = pos + len("ministry")
            if (pos == 0 or not text[pos - 1].isalpha()) and not text[end : end + 1].isalpha():
                m = pattern.search(text, max(0, pos - 40), end)
                if m is not None and m.end() == end:
                    out.append(m)
            pos = text.find("ministry", end)
        return out

    def definitions(self) -> None:
        """Acronym definitions in both orders, and acronyms defined elsewhere in the text."""
        text = self.text
        p = self.p
        cands = self.cands
        defs: dict[str, _Cand] = {}
        by_start = {c.start: n for n, c in enumerate(cands)}
        for n, c in enumerate(cands):
            if "(" not in text[c.end : c.end + 3]:
                continue
            if c.type == "acronym" or (c.start, c.end) in self.absorbed:
                continue
            m = p.acr_after.match(text, c.end, min(len(text), c.end + 20))
            if m is None:
                continue
            acr = m.group(1)
            if not is_acronym(acr):
                continue
            long_toks = self.long_form(n, acr)
            if long_toks is None:
                continue
            target = cands[long_toks]
            if target.type == "person":
                continue
            target.attrs["acronym"] = acr.replace(".", "")
            defs.setdefault(acr.replace(".", ""), target)
            a = by_start.get(m.start(1))
            if a is not None:
                cands[a].attrs["definition"] = True
        # "BLA (Baloch Liberation Army)"; "Airport Security Force ASF"
        for n, c in enumerate(cands):
            if c.type != "acronym":
                continue
            if n > 0 and c.surface.replace(".", "") not in defs:
                prev = cands[n - 1]
                gap = text[prev.end : c.start]
                if (
                    prev.type not in ("acronym", "person", "drop")
                    and 0 < len(gap) <= 2
                    and not gap.strip()
                    and acronym_matches(c.surface, prev.surface)
                ):
                    prev.attrs["acronym"] = c.surface.replace(".", "")
                    defs[c.surface.replace(".", "")] = prev
                    c.attrs["definition"] = True
                    continue
            if n + 1 >= len(cands):
                continue
            nxt = cands[n + 1]
            if not p.paren_open.match(text, c.end, nxt.start):
                continue
            if not p.paren_close.match(text, nxt.end, min(len(text), nxt.end + 5)):
                continue
            if nxt.type == "acronym" or not acronym_matches(c.surface, nxt.surface):
                continue
            nxt.attrs["acronym"] = c.surface.replace(".", "")
            defs.setdefault(c.surface.replace(".", ""), nxt)
            c.attrs["definition"] = True
        table = self.table
        for ac in cands:
            if ac.type != "acronym":
                continue
            c = ac
            acr = c.surface.replace(".", "")
            defined = defs.get(acr)
            if defined is not None:
                c.attrs["acronym"] = acr
                c.attrs["expansion"] = defined.canonical or defined.surface
                c.attrs["expansion_span"] = (defined.start, defined.end)
                c.type = "pending"
                continue
            eid = table.acronyms.get(c.surface) or table.acronyms.get(acr)
            if eid:
                ent = table.entities[eid]
                c.type, c.id, c.canonical = ent.type, ent.id, ent.canonical
                c.attrs["acronym"] = acr
                if ent.country:
                    c.attrs["country"] = ent.country
            else:
                c.type = "drop"
        # Resolve defined acronyms to their long form once that is typed.
        self._defs = defs

    def long_form(self, n: int, acr: str) -> int | None:
        """Index of the candidate (possibly merged with its neighbours) ``acr`` abbreviates."""
        cands = self.cands
        c = cands[n]
        if acronym_matches(acr, c.surface):
            return n
        # Merge with up to two preceding neighbours separated by spaces or a connector.
        text = self.text
        start_idx = n
        for _ in range(2):
            if start_idx == 0:
                break
            prev = cands[start_idx - 1]
            gap = text[prev.end : cands[start_idx].start]
            if len(gap) > 6 or not self.p.gap.fullmatch(gap):
                break
            start_idx -= 1
            surface = text[cands[start_idx].start : c.end]
            if acronym_matches(acr, surface):
                merged = cands[start_idx]
                toks = self.tokens(merged.start, c.end)
                new = self.name_cand(toks, "organization")
                head = self.head_type(toks)
                if head:
                    new.type = head
                for k in range(start_idx, n + 1):
                    cands[k].type = "drop"
                cands[n] = new
                return n
        return None

    def context_types(self) -> None:
        """Type names from the words around them: roles, honorifics, "group", "said"."""
        text = self.text
        p = self.p
        trailing = self.table.trailing_common
        ends = {c.end: c for c in self.cands if c.type not in ("drop",)}
        for c in self.cands:
            if c.type not in ("unknown", "person", "location", "organization", "other"):
                continue
            if (c.start, c.end) in self.absorbed:
                continue
            if c.type == "unknown" or (c.type == "person" and "role" not in c.attrs):
                found = self.lower_role_before(c.start)
                if found is not None:
                    rs, re_, role, mod_start = found
                    if not any(is_acronym(w) for w in c.surface.split()):
                        c.type = "person"
                        c.role = role
                        c.attrs["role"] = role
                        c.attrs["role_span"] = (rs, re_)
                        c.attrs["role_surface"] = text[rs:re_]
                        if mod_start is not None:
                            c.attrs["role_modifier"] = text[mod_start:rs].strip().lower()
                        prev_start = mod_start if mod_start is not None else rs
                        k = prev_start
                        while k > 0 and text[k - 1] in " \t\u00a0":
                            k -= 1
                        owner = ends.get(k)
                        if owner is not None and owner is not c:
                            if owner.type == "organization":
                                c.attrs["role_org"] = owner.id or make_id("organization", owner.key)
                                c.attrs["role_org_surface"] = owner.surface
                                if owner.attrs.get("country"):
                                    c.attrs.setdefault("country", owner.attrs["country"])
                            elif owner.type == "location" and owner.attrs.get("country"):
                                c.attrs.setdefault("country", owner.attrs["country"])
                                if owner.attrs.get("demonym"):
                                    self.absorbed.add((owner.start, owner.end))
                        continue
            if c.type == "unknown":
                nxt = self.next_lower_word(c.end)
                typ = trailing.get(nxt) if nxt else None
                if typ is not None:
                    c.type = typ
                    c.attrs["head"] = nxt
                    continue
                prev = text[max(0, c.start - 30) : c.start].split()[-2:]
                if len(prev) == 2 and prev[1] == "of" and prev[0] in _PLACE_OF:
                    c.type = "location"
                    continue
                in_phrase = bool(prev) and prev[-1] in _PREPOSITIONS
                if (prev and prev[-1].endswith("-year-old")) or (
                    not in_phrase
                    and text[c.end : c.end + 1] == ","
                    and (
                        p.person_after.match(text, c.end, c.end + 12) or self.appositive_role(c.end)
                    )
                ):
                    c.type = "person"
                    continue
                if (
                    len(c.words) >= 2
                    and not c.attrs.get("has_place")
                    and p.speech_after.match(text, c.end, c.end + 40)
                ):
                    c.type = "person"
            elif c.type == "location" and not c.attrs.get("demonym"):
                nxt = self.next_lower_word(c.end)
                if nxt and trailing.get(nxt) == "location":
                    c.attrs["head"] = nxt

    def appositive_role(self, pos: int) -> bool:
        """ ", the governor of Qeshm," / ", a spokesman for ...": a role in apposition."""
        m = self.p.appositive.match(self.text, pos, pos + 60)
        return m is not None and m.group(1) in self.lex.role_last

    def next_lower_word(self, pos: int) -> str | None:
        """The lower-case word right after ``pos`` (one space away), if any."""
        text = self.text
        if pos >= len(text) - 1 or text[pos] not in " \t\u00a0" or not text[pos + 1].islower():
            return None
        m = self.p.next_lower.match(text, pos)
        return m.group(1) if m else None

    def lower_role_before(self, pos: int) -> tuple[int, int, str, int | None] | None:
        """A lower-case role written just before ``pos`` ("spokesperson Lin Jian")."""
        text = self.text
        if pos < 2 or text[pos - 1] not in " \t\u00a0":
            return None
        tail = text[max(0, pos - 24) : pos].rsplit(None, 1)
        last = tail[-1] if tail else ""
        if not last or last not in self.lex.role_last:
            return None
        window = text[max(0, pos - 60) : pos]
        spans = [m.span() for m in self.p.lower_word.finditer(window)][
            -(self.table.max_role_words + 1) :
        ]
        if not spans or spans[-1][1] < len(window) - 1 or window[spans[-1][1] :].strip():
            return None
        base = pos - len(window)
        roles = self.table.roles
        for n in range(min(len(spans), self.table.max_role_words), 0, -1):
            first = spans[-n]
            # words must be adjacent (spaces only)
            seg = window[first[0] : spans[-1][1]]
            if not self.p.lower_run.fullmatch(seg):
                continue
            role = roles.get(" ".join(name_tokens(seg)))
            if role is None:
                continue
            rs, re_ = base + first[0], base + spans[-1][1]
            mod_start = None
            if len(spans) > n:
                prev = spans[-n - 1]
                between = window[prev[1] : first[0]]
                word = window[prev[0] : prev[1]]
                if not between.strip() and word in self.table.role_modifiers:
                    mod_start = base + prev[0]
            return rs, re_, role, mod_start
        return None

    def surnames(self) -> None:
        """A name used alone and as part of exactly one longer name is that person."""
        full: dict[str, set[str]] = {}
        # Only names the text shows to be people seed this: a team ("Indianapolis Colts")
        # or a company used by its last word is not a person.
        longs = [c for c in self.cands if c.type == "person" and 2 <= len(c.words) <= 5]
        for c in longs:
            for w in {c.words[0], c.words[-1]}:
                full.setdefault(w, set()).add(c.key)
        by_key = {c.key: c for c in longs}
        singles = [
            c
            for c in self.cands
            if len(c.words) <= 1
            and (
                c.type in ("unknown", "person")
                or (c.type == "location" and c.weak and not c.attrs.get("demonym"))
            )
        ]
        for c in singles:
            w = c.words[0] if c.words else self.table.key(c.surface)
            keys = full.get(w, set())
            if len(keys) != 1:
                continue
            target = by_key[next(iter(keys))]
            c.type = "person"
            c.id = ""
            c.weak = False
            c.attrs["full_name"] = target.surface
            if not c.words:
                c.words = (w,)
            if not c.key:
                c.key = w

    def common_words(self) -> None:
        """Drop lone unknown words that are common nouns here ("Police" / "police")."""
        table = self.table
        heads = table.org_heads | table.location_heads | table.other_heads
        for c in self.cands:
            if c.type != "unknown" or len(c.words) != 1 or " " in c.surface:
                continue
            w = c.words[0]
            if w in heads or w in table.trailing_common or self.written_lower(c.surface):
                c.type = "drop"

    def emit(self) -> list[RawMention]:
        out: list[RawMention] = []
        last_end = -1
        lang_de = self.lex.language == "de"
        for c in sorted(self.cands, key=lambda c: (c.start, -c.end)):
            if c.type in ("drop", "acronym") or (c.start, c.end) in self.absorbed:
                continue
            if c.start < last_end:
                continue
            if c.type == "pending":
                target = self._defs[c.attrs["acronym"]]
                if target.type in ("drop", "pending", "acronym"):
                    continue
                typ = "other" if target.type == "unknown" else target.type
                eid = target.id or make_id(typ, target.key)
                canonical = target.canonical or target.surface
                c.type, c.id, c.canonical = typ, eid, canonical
                c.key = target.key
            typ = c.type
            if typ == "unknown":
                if lang_de:
                    continue
                typ = "other"
            canonical = c.canonical or c.surface
            if not c.id:
                if typ == "person" and c.words:
                    key = " ".join(self.table.token_classes.get(w, w) for w in c.words)
                else:
                    key = c.key or self.table.key(c.surface)
                if not key:
                    continue
                c.id = make_id(typ, key)
                if typ in ("person", "other", "organization", "location"):
                    canonical = _clean_surface(c.surface)
            attrs = c.attrs  # the candidate is private: hand its attrs over without a copy
            attrs["surface"] = c.surface
            if c.key:
                attrs["key"] = c.key
            if c.weak:
                attrs["weak"] = True
            value = Entity(type=typ, canonical=canonical, id=c.id, role=c.role)  # type: ignore[arg-type]
            out.append(
                RawMention(kind="entity", start=c.start, end=c.end, value=value, attrs=attrs)
            )
            last_end = c.end
        return out


def _clean_surface(surface: str) -> str:
    """A name as written, without a leading article and with single spaces."""
    s = " ".join(surface.split())
    if s[:4] in ("the ", "The "):
        s = s[4:]
    return s


@lru_cache(maxsize=8)
def _extract(text: str, language: str, table: AliasTable) -> tuple[RawMention, ...]:
    lex = _lexicon(language, table)
    return tuple(_Extractor(text, lex).run())


def find_entities(
    text: str, language: str = "en", aliases: AliasTable | None = None
) -> list[RawMention]:
    """Entity mentions in ``text``: kind ``"entity"``, value :class:`~claimcheck.model.Entity`.

    The span covers the name only; a role written with it goes to ``Entity.role`` and
    ``attrs["role_span"]``. ``attrs`` also carry what document linking needs: ``surface``,
    ``key`` (the name key), ``acronym``/``expansion``/``expansion_span``/``definition``,
    ``country`` (ISO 3166) with ``country_surface``/``country_span`` for the adjective written
    before a ministry, ``role``/``role_span``/``role_surface``/``role_modifier``,
    ``role_org``/``role_org_surface``/``role_place``, ``head``, ``ministry`` (the portfolio),
    ``demonym``, ``honorific``, ``full_name`` (a surname's longer form in the text), ``weak``
    (a place only a time-zone city name vouches for). ``aliases`` is the run's alias table
    (the packaged data plus a newsroom's files); the packaged data alone when omitted.
    """
    if not text:
        return []
    table = aliases if aliases is not None else AliasTable.default()
    return list(_extract(text, language or "en", table))
