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

from functools import lru_cache

import regex

from claimcheck.extraction.entities.chunking import split_chunk
from claimcheck.extraction.entities.classify import classify, classify_single
from claimcheck.extraction.entities.context import common_words, context_types, surnames
from claimcheck.extraction.entities.definitions import definitions
from claimcheck.extraction.entities.emission import emit
from claimcheck.extraction.entities.known import known_at
from claimcheck.extraction.entities.lexicon import cardinal_words, lexicon
from claimcheck.extraction.entities.organisations import ministries_lowercase
from claimcheck.extraction.entities.page import Page, Tok, keyw
from claimcheck.language.aliases import AliasTable, key_of_words
from claimcheck.model import RawMention

__all__ = ["find_entities"]


class _Extractor:
    """One pass over one text: chunks, their names, then the passes over the whole text."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def chunks(self) -> list[tuple[list[Tok], bool, bool]]:
        """Every chunk with whether it is on a title line and starts a sentence.

        Records on the way the words and names the text writes capitalised mid-sentence.
        """
        pg = self.page
        text = pg.text
        chunks = []
        attested = pg.attested
        seen = pg.seen_chunks
        table = pg.table
        skip = pg.lex.skip_single
        for m in pg.p.chunk.finditer(text):
            g = m.group()
            if g in skip:
                continue
            s, e = m.span()
            toks = pg.tokens(s, e, g)
            if len(toks) > 1 and _counted(pg, toks, e):
                toks = toks[1:]  # "Two Akron police officers": a count before a name
                s = toks[0].start
            if not toks:
                continue
            title = pg.is_title_line(s)
            initial = pg.is_initial(s)
            chunks.append((toks, title, initial))
            if title:
                continue
            if len(toks) == 1:
                if not initial:
                    tok = toks[0]
                    attested.update(tok.words)
                    tok.key = key_of_words(table, tok.words)
                    seen.add(tok.key)
                continue
            for i, t in enumerate(toks):
                if i == 0 and initial:
                    continue
                if not t.conn:
                    attested.update(t.words)
            if not initial:
                pg.seen_chunks.add(keyw(pg.lex, toks))
        return chunks

    def run(self) -> list[RawMention]:
        pg = self.page
        cands = pg.cands
        for toks, title, initial in self.chunks():
            if len(toks) == 1:
                c = classify_single(pg, toks[0], title, initial)
                if c is not None:
                    cands.extend(c)
                continue
            for seg, unverified in split_chunk(pg, toks, title, initial):
                cands.extend(classify(pg, seg, unverified, title))
        ministries_lowercase(pg)
        pg.cands.sort(key=lambda c: (c.start, -c.end))
        definitions(pg)
        context_types(pg)
        surnames(pg)
        common_words(pg)
        return emit(pg)


def _counted(pg: Page, toks: list[Tok], end: int) -> bool:
    """Whether a chunk opens with a number word that counts the people after it: before a
    name the alias data or the gazetteer knows ("Three Chicago men"), or before a name
    followed by a noun for people ("Two Akron police officers"); "Five Guys said" and "Three
    Mile Island is" stay names."""
    if toks[0].text.lower() not in cardinal_words(pg.lex.language):
        return False
    if known_at(pg, toks, 1) > 0:
        return True
    after = _NEXT_WORD.match(pg.text, end)
    return after is not None and after.group(1).lower() in _PEOPLE_AFTER


_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}+)")
#: Nouns for people that a count and a place or group name before them modify.
_PEOPLE_AFTER = frozenset(
    {
        *("police", "officers", "officer", "men", "women", "people", "children", "kids"),
        *("teens", "teenagers", "boys", "girls", "residents", "students", "workers"),
        *("employees", "firefighters", "soldiers", "troops", "deputies", "troopers"),
        *("family", "families", "members", "fans", "passengers", "victims", "suspects"),
    }
)


@lru_cache(maxsize=8)
def _extract(text: str, language: str, table: AliasTable) -> tuple[RawMention, ...]:
    return tuple(_Extractor(Page(text, lexicon(language, table))).run())


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
