"""Document-level entity linking: one id per entity, the same id in every document.

:func:`link_entities` takes the mentions of a document (as the engine built them from
:func:`claimcheck.extraction.entities.extractor.find_entities`) and settles what extraction could not see
one mention at a time:

* **acronyms**: an acronym the document defines ("Balochistan Liberation Army (BLA)",
  "BLA (Baloch Liberation Army)") takes its long form's id everywhere in the document; one it
  does not define takes the id the alias data gives it, if any;
* **surnames**: a name used alone ("Sharif", "President Xi") is the person whose full name
  begins or ends with it, when exactly one person in the document has such a name; otherwise
  it keeps its own id;
* **ministries**: "the foreign ministry" is the one country's foreign ministry the document
  names, when it names exactly one;
* **types**: a name whose type extraction could not settle (``ent:`` ids) takes the type of a
  typed mention of the same name;
* **canonical names**: the alias data's preferred form when the entity is listed, else the
  longest form the document uses.

Ids come from name keys (see :mod:`claimcheck.normalization.names.canonical`), never from the document, so
"Baloch Liberation Army" in one document and "Balochistan Liberation Army" in another get the
same id. The alias data's distinct pairs are never merged. Quotation mentions get the
``speaker_id`` of the entity their speaker names.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from claimcheck.language.aliases import ID_PREFIX, AliasTable, id_slug
from claimcheck.language.text import name_tokens
from claimcheck.model import Entity, Mention, Quote

__all__ = ["link_entities"]

_TYPE_OF_PREFIX = {v: k for k, v in ID_PREFIX.items()}


@dataclasses.dataclass(slots=True)
class _Ent:
    """A mention being linked: its index in the input and its current value."""

    index: int
    mention: Mention
    type: str
    id: str
    canonical: str
    surface: str
    words: tuple[str, ...]
    how: str | None = None
    listed: bool = False


def _base(i: int, m: Mention, table: AliasTable) -> _Ent:
    """A mention's own resolution, before looking at the rest of the document."""
    v = m.value
    assert isinstance(v, Entity)
    attrs = m.attrs
    surface = str(attrs.get("surface") or m.text)
    words = name_tokens(surface)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    typ, eid, canonical = v.type, v.id, v.canonical
    listed = False
    acronym = attrs.get("acronym")
    is_acronym = bool(acronym) and "".join(c for c in surface if c.isalnum()) == "".join(
        c for c in str(acronym) if c.isalnum()
    )
    if is_acronym:
        expansion = attrs.get("expansion")
        ent = table.lookup(str(expansion)) if expansion else None
        if ent is None and not expansion:
            eid_listed = table.acronyms.get(surface) or table.acronyms.get(str(acronym))
            ent = table.entities.get(eid_listed) if eid_listed else None
        if ent is not None:
            typ, eid, canonical, listed = ent.type, ent.id, ent.canonical, True
    elif "ministry" not in attrs and not attrs.get("demonym"):
        ent = table.lookup(surface)
        if ent is not None:
            typ, eid, canonical, listed = ent.type, ent.id, ent.canonical, True
    if eid in table.entities:
        listed = True
    return _Ent(i, m, typ, eid, canonical, surface, words, listed=listed)


def _link_doc(ents: list[_Ent], table: AliasTable) -> None:
    """Link the entity mentions of one document in place."""
    _link_acronyms(ents, table)
    _link_types(ents)
    _link_surnames(ents, table)
    _link_ministries(ents)
    _settle_canonical(ents)


def _link_acronyms(ents: list[_Ent], table: AliasTable) -> None:
    """Acronyms defined in the document take the id of their long form."""
    defined: dict[str, _Ent] = {}
    for e in ents:
        acr = e.mention.attrs.get("acronym")
        if acr and not _is_acronym_mention(e):
            defined.setdefault(str(acr), e)
    for e in ents:
        if not _is_acronym_mention(e):
            continue
        target = defined.get(str(e.mention.attrs.get("acronym")))
        if target is not None and not table.are_distinct(e.id, target.id):
            if e.id != target.id:
                e.how = "acronym"
            e.type, e.id, e.canonical = target.type, target.id, target.canonical
            e.listed = target.listed


def _link_types(ents: list[_Ent]) -> None:
    """Names typed in one place and not in another: "ent:x" takes the type of "person:x"."""
    typed: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        prefix, slug = id_slug(e.id)
        if prefix and prefix != "ent":
            typed[slug].add(prefix)
    for e in ents:
        prefix, slug = id_slug(e.id)
        if prefix == "ent" and len(typed.get(slug, ())) == 1 and not e.listed:
            new_prefix = next(iter(typed[slug]))
            e.id = f"{new_prefix}:{slug}"
            e.type = _TYPE_OF_PREFIX.get(new_prefix, e.type)


def _link_surnames(ents: list[_Ent], table: AliasTable) -> None:
    """A one-word name that is part of exactly one longer person name is that person."""
    full: dict[str, set[str]] = defaultdict(set)
    by_id: dict[str, _Ent] = {}
    for e in ents:
        if e.type == "person" and len(e.words) >= 2:
            for w in {e.words[0], e.words[-1]}:
                full[table.token_classes.get(w, w)].add(e.id)
            prev = by_id.get(e.id)
            if prev is None or len(e.surface) > len(prev.surface):
                by_id[e.id] = e
    for e in ents:
        if len(e.words) != 1 or e.listed:
            continue
        weak = bool(e.mention.attrs.get("weak"))
        if not (e.type in ("person", "other") or (e.type == "location" and weak)):
            continue
        w = table.token_classes.get(e.words[0], e.words[0])
        ids = full.get(w, set())
        if len(ids) != 1:
            continue
        target_id = next(iter(ids))
        if target_id == e.id or table.are_distinct(e.id, target_id):
            continue
        target = by_id[target_id]
        e.type, e.id, e.canonical, e.how = "person", target_id, target.canonical, "surname"


def _link_ministries(ents: list[_Ent]) -> None:
    """Ministries named without their country take the one country the document gives."""
    ministries: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        attrs = e.mention.attrs
        if attrs.get("ministry") and attrs.get("country"):
            ministries[str(attrs["ministry"])].add(e.id)
    for e in ents:
        attrs = e.mention.attrs
        if attrs.get("ministry") and not attrs.get("country"):
            ids = ministries.get(str(attrs["ministry"]), set())
            if len(ids) == 1:
                target = next(x for x in ents if x.id in ids)
                e.id, e.canonical, e.how = target.id, target.canonical, "ministry"


def _settle_canonical(ents: list[_Ent]) -> None:
    """Canonical names: listed or derived forms win, else the longest form written."""
    groups: dict[str, list[_Ent]] = defaultdict(list)
    for e in ents:
        groups[e.id].append(e)
    for members in groups.values():
        listed = [e for e in members if e.listed]
        if listed:
            canonical = listed[0].canonical
        else:
            derived = [
                e.canonical
                for e in members
                if e.canonical and e.canonical != _clean(e.surface) and not e.how
            ]
            if derived:
                canonical = derived[0]
            else:
                canonical = max((_clean(e.surface) for e in members), key=lambda s: (len(s), s))
        for e in members:
            e.canonical = canonical


def _is_acronym_mention(e: _Ent) -> bool:
    acr = e.mention.attrs.get("acronym")
    if not acr:
        return False
    letters = "".join(c for c in e.surface if c.isalnum())
    return letters == "".join(c for c in str(acr) if c.isalnum())


def _clean(surface: str) -> str:
    s = " ".join(surface.split())
    return s[4:] if s[:4] in ("the ", "The ") else s


def _speaker_ids(mentions: list[Mention], ents: list[_Ent], table: AliasTable) -> dict[int, str]:
    """Quotation index -> id of the entity its speaker names."""
    by_span: dict[tuple[str, int, int], _Ent] = {}
    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in ents:
        m = e.mention
        by_span[(m.doc, m.plain_start, m.plain_end)] = e
        by_key[(m.doc, table.key(e.canonical))].add(e.id)
        by_key[(m.doc, table.key(e.surface))].add(e.id)
    out: dict[int, str] = {}
    for i, m in enumerate(mentions):
        if m.kind != "quote" or not isinstance(m.value, Quote) or m.value.speaker_id:
            continue
        span = m.attrs.get("speaker_span")
        hit = None
        if isinstance(span, (tuple, list)) and len(span) == 2:
            hit = by_span.get((m.doc, int(span[0]), int(span[1])))
        if hit is not None:
            out[i] = hit.id
            continue
        if m.value.speaker:
            ids = by_key.get((m.doc, table.key(m.value.speaker)), set())
            if len(ids) == 1:
                out[i] = next(iter(ids))
    return out


def link_entities(
    mentions: Sequence[Mention], *, language: str = "en", aliases: AliasTable | None = None
) -> list[Mention]:
    """Link the entity mentions of a document (see the module docstring).

    :param mentions: The document's mentions, any kinds, in any order; mentions of several
        documents are linked document by document.
    :param language: The document language.
    :param aliases: The alias table; the run's table (packaged data plus style-book files)
        when omitted.

    :return: The mentions in the same order: entity mentions with their final
        :class:`~claimcheck.model.Entity` (``attrs["linked_by"]`` says how a mention was linked
        to another name: "acronym", "surname" or "ministry"), quotations with ``speaker_id``,
        everything else unchanged.
    """
    del language  # names are folded the same way in every language the extractors support
    table = aliases if aliases is not None else AliasTable.default()
    out = list(mentions)
    by_doc: dict[str, list[_Ent]] = defaultdict(list)
    for i, m in enumerate(out):
        if m.kind == "entity" and isinstance(m.value, Entity):
            by_doc[m.doc].append(_base(i, m, table))
    all_ents: list[_Ent] = []
    for ents in by_doc.values():
        _link_doc(ents, table)
        all_ents.extend(ents)
    for e in all_ents:
        v = e.mention.value
        assert isinstance(v, Entity)
        new = dataclasses.replace(v, type=e.type, id=e.id, canonical=e.canonical)  # type: ignore[arg-type]
        attrs: dict[str, Any] = dict(e.mention.attrs)
        if e.how:
            attrs["linked_by"] = e.how
        if new != v or e.how:
            out[e.index] = dataclasses.replace(e.mention, value=new, attrs=attrs)
    for i, sid in _speaker_ids(out, all_ents, table).items():
        q = out[i].value
        assert isinstance(q, Quote)
        out[i] = dataclasses.replace(out[i], value=dataclasses.replace(q, speaker_id=sid))
    return out
