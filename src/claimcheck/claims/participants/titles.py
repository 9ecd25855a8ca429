"""Titles written in apposition to a name, which the entity extractor reads only before it.

"Kessler's chief financial officer, Laura Brandt, said ..." and "Laura Brandt, the company's
chief financial officer, said ..." give Laura Brandt the title as surely as "CFO Laura Brandt".
:func:`with_appositive_title` returns the name's mention carrying the title the way the entity
extractor records one (``Entity.role`` and ``attrs["role_span"]``, ``"role_surface"``,
``"role_org_surface"``), so every reader of titles sees it.
"""

from __future__ import annotations

import dataclasses

import regex

from claimcheck.language.aliases import AliasTable, make_id
from claimcheck.language.text import name_tokens
from claimcheck.model import Document, Entity, Mention
from claimcheck.normalization.names.canonical import name_key

__all__ = ["with_appositive_title", "with_title_before", "with_title_phrase_before"]

_OWNER = r"(?P<owner>\p{Lu}[\p{L}&.'\u2019-]*(?:\s+\p{Lu}[\p{L}&.'\u2019-]*){0,3})['\u2019]s?"
_ROLE = r"(?P<role>(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)"
#: A generic owner written in lower case: "the city's police chief", "the team's coach".
_GENERIC_OWNER = (
    r"(?:(?:city|county|state|town|village|company|department|team|club|district|"
    r"firm|agency)['\u2019]s\s+)"
)
#: "Kessler's chief financial officer, " or "the city's police chief, " right before a name.
_BEFORE = regex.compile(
    r"(?:" + _OWNER + r"|\b(?i:the|its|their)(?:\s+[\p{Ll}]+['\u2019]s)?)\s+" + _ROLE + r",\s+\Z"
)
#: ", the company's chief financial officer," or ", a spokeswoman for ..." right after a name.
_AFTER = regex.compile(
    r"\G,\s+(?:the\s+|an?\s+)?(?:"
    + _OWNER
    + r"\s+|"
    + _GENERIC_OWNER
    + r")?"
    + _ROLE
    + r"(?=\s*[,.;]|\s+(?:of|for|at|in)\b)"
)


#: ", the Chief Executive Officer of General Motors,": a title written in capitals after a name.
_AFTER_CAPITALISED = regex.compile(
    r"\G,\s+the\s+(?P<owner>)(?P<role>(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)"
    r"(?=\s*[,.;]|\s+(?:of|for|at|in)\b)"
)
#: Words before an office that say where it is held, not which office: "county sheriff".
_JURISDICTION = frozenset({"city", "county", "state", "town", "village", "district", "local"})


#: Words before an office that say when it is held: "the current chief operating officer",
#: "the former mayor" (a past post: marked so, never set against a present one).
_TIME_WORDS = frozenset(
    {"current", "new", "former", "then", "acting", "interim", "outgoing", "late"}
)
_PAST_WORDS = frozenset({"former", "then", "acting", "interim", "outgoing", "late"})


def _office(words: str) -> str | None:
    """The canonical title for a lower-case title as written, trying its last words first."""
    roles = AliasTable.default().roles
    toks = name_tokens(words)
    while len(toks) > 1 and (toks[0] in _JURISDICTION or toks[0] in _TIME_WORDS):
        toks = toks[1:]
    for n in range(min(len(toks), 4), 0, -1):
        hit = roles.get(" ".join(toks[-n:]))
        if hit is not None:
            return hit if n == len(toks) else None
    return None


def with_appositive_title(document: Document, m: Mention) -> Mention:
    """``m`` with the title written in apposition to it, or ``m`` unchanged."""
    v = m.value
    if not isinstance(v, Entity) or v.role or v.type not in ("person", "other"):
        return m
    plain = document.plain
    found = _BEFORE.search(plain, max(0, m.plain_start - 80), m.plain_start)
    if found is None:
        found = _AFTER.match(plain, m.plain_end, min(len(plain), m.plain_end + 80))
    if found is None:
        found = _AFTER_CAPITALISED.match(plain, m.plain_end, min(len(plain), m.plain_end + 80))
    if found is None:
        return m
    office = _office(found.group("role"))
    if office is None:
        return m
    rs, re_ = found.span("role")
    attrs = {
        **m.attrs,
        "role": office,
        "role_span": (rs, re_),
        "role_surface": plain[rs:re_],
        "role_apposition": True,
    }
    past = _PAST_WORDS.intersection(found.group("role").lower().split())
    if past:
        attrs["role_modifier"] = sorted(past)[0]  # "the former mayor": not a claim about now
    if found.group("owner"):
        attrs["role_org_surface"] = plain[found.start("owner") : rs].strip()  # "Kessler's"
    value = dataclasses.replace(v, role=office, type="person")
    return dataclasses.replace(m, value=value, attrs=attrs)


#: A title word, then a surname (and perhaps a given name): "Chief Alvarez", "Captain Tom
#: Ruiz". "Chief" alone names no office in the role table, but it is a title all the same.
_TITLED = regex.compile(
    r"(?P<title>\p{Lu}\p{Ll}+\.?)\s+(?P<name>\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?"
    r"(?:\s+\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?)?)"
)
_BARE_TITLES = {"chief": "Chief"}


def with_title_before(document: Document, m: Mention) -> Mention:
    """``m`` as a titled person's name when the entity extractor read a title and a surname
    as one untyped name ("Chief Alvarez of the Eastport Fire Department"), else unchanged."""
    v = m.value
    if not isinstance(v, Entity) or v.role or v.type not in ("other", "person"):
        return m  # "Chief Wendell Franklin" read as a person's name with no title
    found = _TITLED.fullmatch(v.canonical)
    if found is None:
        return m
    word = found.group("title").rstrip(".").lower()
    office = _BARE_TITLES.get(word) or AliasTable.default().roles.get(word)
    if office is None:
        return m
    name = found.group("name")
    rs = m.plain_start
    re_ = rs + len(found.group("title"))
    if document.plain[rs:re_] != found.group("title"):
        return m  # the canonical name is not the text as written
    attrs = {
        **m.attrs,
        "role": office,
        "role_span": (rs, re_),
        "role_surface": found.group("title"),
    }
    value = dataclasses.replace(
        v, type="person", canonical=name, id=make_id("person", name_key(name)), role=office
    )
    return dataclasses.replace(m, value=value, attrs=attrs)


#: Capitalised words, with "of", "for" or "of the" between them, right before a name:
#: "Secretary of State ", "Defense Secretary ", "Minister for Health ".
_PHRASE_BEFORE = regex.compile(
    r"(?P<phrase>\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'\u2019-]*)"
    r"{0,3})\s+\Z"
)
#: Words before a title that make it a past or passing one ("former Defense Secretary").
_NOT_NOW_BEFORE = regex.compile(
    r"(?i)(?<![\w-])(?:former|ex|then|late|acting|interim|outgoing|incoming)[\s-]+\Z"
)
#: The head of a cabinet post written as "<Portfolio> Secretary" or "Minister of <Portfolio>".
_CABINET_HEADS = frozenset({"secretary", "minister"})
_LEADING_WORDS = frozenset({"the", "a", "an", "and", "but", "by", "with", "said", "says"})


def _cabinet_post(words: list[str]) -> bool:
    """ "Defense Secretary", "Secretary of Defense", "Minister for Health": a portfolio and the
    head of a cabinet post, every word of it capitalised as a title."""
    low = [w.lower() for w in words]
    if len(low) < 2 or not all(w[:1].isupper() or w in ("of", "for", "the") for w in words):
        return False
    return low[-1] in _CABINET_HEADS or (low[0] in _CABINET_HEADS and low[1] in ("of", "for"))


def with_title_phrase_before(document: Document, m: Mention) -> Mention:
    """``m`` with a capitalised title phrase written right before it that the entity extractor
    left out ("Secretary of State Helen Marsh", "Defense Secretary Marsh"), else unchanged."""
    v = m.value
    if isinstance(v, Entity) and v.role in ("Secretary", "Minister"):
        return _with_portfolio(document, m, v)
    if not isinstance(v, Entity) or v.role or v.type not in ("person", "other"):
        return m
    plain = document.plain
    found = _PHRASE_BEFORE.search(plain, max(0, m.plain_start - 60), m.plain_start)
    if found is None:
        return m
    words = found.group("phrase").split()
    while words and words[0].lower() in _LEADING_WORDS:
        words.pop(0)
    rs = m.plain_start - len(plain[found.start("phrase") : m.plain_start].lstrip())
    rs = found.end("phrase") - len(" ".join(words)) if words else rs
    if not words or plain[rs : found.end("phrase")] != " ".join(words):
        return m  # the words are not written with single spaces: leave them
    table = AliasTable.default().roles
    written = " ".join(words)
    office = table.get(" ".join(name_tokens(written)))
    if office is None and _cabinet_post(words):
        office = written.rstrip(".")
    if office is None or _NOT_NOW_BEFORE.search(plain, max(0, rs - 12), rs):
        return m
    re_ = found.end("phrase")
    attrs = {**m.attrs, "role": office, "role_span": (rs, re_), "role_surface": written}
    return dataclasses.replace(
        m, value=dataclasses.replace(v, role=office, type="person"), attrs=attrs
    )


#: Capitalised words right before "Secretary" or "Minister": the portfolio ("Defense ").
_PORTFOLIO_BEFORE = regex.compile(r"(?P<words>(?:\p{Lu}\p{Ll}+\s){1,2})\Z")


def _with_portfolio(document: Document, m: Mention, v: Entity) -> Mention:
    """ "Defense Secretary Helen Marsh", which the entity extractor reads as a secretary: the
    portfolio belongs to the title."""
    span = m.attrs.get("role_span")
    if not isinstance(span, (tuple, list)) or len(span) != 2:
        return m
    rs, re_ = int(span[0]), int(span[1])
    plain = document.plain
    found = _PORTFOLIO_BEFORE.search(plain, max(0, rs - 30), rs)
    if found is None:
        return m
    words = [w for w in found.group("words").split() if w.lower() not in _LEADING_WORDS]
    if not words:
        return m
    start = rs - len(" ".join(words)) - 1
    written = plain[start:re_]
    if written.split() != [*words, plain[rs:re_]] or _NOT_NOW_BEFORE.search(
        plain, max(0, start - 12), start
    ):
        return m
    attrs = {**m.attrs, "role": written, "role_span": (start, re_), "role_surface": written}
    return dataclasses.replace(m, value=dataclasses.replace(v, role=written), attrs=attrs)
