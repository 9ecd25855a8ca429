"""Document linking, stable ids across documents, alias data and the comparison helpers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

import pytest

from claimcheck.extraction.entities.extractor import find_entities
from claimcheck.extraction.quotes.extractor import find_quotes
from claimcheck.language.aliases import AliasTable
from claimcheck.model import Entity, Mention, Quote, RawMention
from claimcheck.normalization.names.canonical import name_key, name_variants_differ, same_entity
from claimcheck.normalization.names.linking import link_entities

DATA = Path(__file__).parent / "data" / "entities"
CASES = tomllib.loads((DATA / "linking.toml").read_text(encoding="utf-8"))["case"]


def _mentions(text: str, doc: str, raws: list[RawMention]) -> list[Mention]:
    return [
        Mention(
            doc=doc,
            kind=r.kind,
            start=r.start,
            end=r.end,
            text=text[r.start : r.end],
            value=r.value,
            plain_start=r.start,
            plain_end=r.end,
            sentence=0,
            attrs=r.attrs,
        )
        for r in raws
    ]


def _linked(docs: list[str], aliases: AliasTable | None = None) -> list[Mention]:
    out: list[Mention] = []
    for n, text in enumerate(docs):
        raws = find_entities(text) + find_quotes(text)
        out.extend(link_entities(_mentions(text, f"doc{n}", raws), aliases=aliases))
    return out


def _ids(mentions: list[Mention], span: str) -> set[str]:
    ids = {m.value.id for m in mentions if m.kind == "entity" and m.text == span}  # type: ignore[union-attr]
    assert ids, f"no entity mention {span!r}"
    return ids


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_linking_case(case: dict[str, Any]) -> None:
    mentions = _linked(case["docs"])
    for group in case.get("same", []):
        ids = set().union(*(_ids(mentions, span) for span in group))
        assert len(ids) == 1, (group, ids)
    for a, b in case.get("differ", []):
        assert not (_ids(mentions, a) & _ids(mentions, b)), (a, b)
    for span, want in case.get("ids", {}).items():
        assert _ids(mentions, span) == {want}
    for span, want in case.get("canonical", {}).items():
        got = {m.value.canonical for m in mentions if m.kind == "entity" and m.text == span}  # type: ignore[union-attr]
        assert got == {want}, (span, got)
    for span, how in case.get("linked_by", {}).items():
        hows = {m.attrs.get("linked_by") for m in mentions if m.kind == "entity" and m.text == span}
        assert how in hows, (span, hows)


def test_link_keeps_order_and_other_mentions() -> None:
    text = 'Prime Minister Shehbaz Sharif spoke. "We will act decisively now," Sharif said.'
    raws = find_entities(text) + find_quotes(text)
    mentions = _mentions(text, "d", raws)
    linked = link_entities(mentions)
    assert [m.key for m in linked] == [m.key for m in mentions]
    quote = next(m for m in linked if m.kind == "quote")
    assert isinstance(quote.value, Quote)
    assert quote.value.speaker == "Shehbaz Sharif"
    assert quote.value.speaker_id == "person:shehbaz-sharif"


def test_ids_do_not_depend_on_the_document() -> None:
    a = _linked(["Protesters blamed the Baluch Liberation Army."])
    b = _linked(["The BLA (Balochistan Liberation Army) denied it."])
    assert (
        _ids(a, "Baluch Liberation Army") == _ids(b, "BLA") == {"org:balochistan-liberation-army"}
    )


def _ent(entity_type: str, canonical: str, eid: str) -> Entity:
    return Entity(type=entity_type, canonical=canonical, id=eid)  # type: ignore[arg-type]


def test_same_entity() -> None:
    bla = _ent("organization", "Balochistan Liberation Army", "org:balochistan-liberation-army")
    blf = _ent("organization", "Balochistan Liberation Front", "org:balochistan-liberation-front")
    xi = _ent("person", "Xi Jinping", "person:xi-jinping")
    xi_untyped = _ent("other", "Xi Jinping", "ent:xi-jinping")
    group = _ent("organization", "Hafiz Gul Bahadur", "org:hafiz-gul-bahadur")
    man = _ent("person", "Hafiz Gul Bahadur", "person:hafiz-gul-bahadur")
    assert same_entity(bla, bla)
    assert not same_entity(bla, blf)
    assert same_entity(xi, xi_untyped)
    assert not same_entity(group, man)


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("Baloch Liberation Army", "Balochistan Liberation Army", True),
        ("Baluch Republican Army", "Baloch Republican Army", True),
        ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", True),
        ("Tehreek-e-Taliban Pakistan", "Tehreek e Taliban Pakistan", False),
        ("the Balochistan Liberation Army", "BALOCHISTAN LIBERATION ARMY", False),
        ("Balochistan Liberation Army", "Balochistan Liberation Front", False),
        ("Balochistan", "Sistan and Baluchestan", False),
        ("Balochistan", "Baluchestan", False),
        ("BLA", "Balochistan Liberation Army", False),
        ("Mohammad Naqvi", "Muhammad Naqvi", True),
    ],
)
def test_name_variants_differ(a: str, b: str, differ: bool) -> None:
    assert name_variants_differ(a, b) is differ
    assert name_variants_differ(b, a) is differ


def test_name_keys_fold_typography_and_transliteration() -> None:
    assert name_key("the Baluch Liberation Army") == name_key("Baloch Liberation Army")
    assert name_key("Baluchestān") == "baluchestan"
    assert name_key("Balochistan") != name_key("Baluchestan")


def test_style_book_file_merges_over_packaged_data(tmp_path: Path) -> None:
    book = tmp_path / "style.toml"
    book.write_text(
        """
[tokens]
classes = [["shehbaz", "shahbaz", "shebaz"]]

[[entity]]
id = "org:balochistan-liberation-army"
type = "organization"
canonical = "Balochistan Liberation Army"
aliases = ["Balochistan Liberation Army of Pakistan"]

[[entity]]
id = "org:jamaat-ul-ahrar"
type = "organization"
canonical = "Jamaat-ul-Ahrar"
aliases = ["Jamaat-ul-Ahrar faction"]
acronyms = ["JuA"]

[demonyms]
Baloch = ""

[distinct]
pairs = [["Jamaat-ul-Ahrar", "Jamaat-e-Islami"]]
""",
        encoding="utf-8",
    )
    table = AliasTable.load([book])
    assert AliasTable.load([book]) is table, "loaded once per process"
    assert AliasTable.default() is not table
    bla = table.entities["org:balochistan-liberation-army"]
    assert "Baloch Liberation Army" in bla.aliases, "lists are extended, not replaced"
    assert table.lookup("Balochistan Liberation Army of Pakistan") is bla
    assert table.lookup("Jamaat ul Ahrar") is table.entities["org:jamaat-ul-ahrar"]
    assert table.acronyms["JuA"] == "org:jamaat-ul-ahrar"
    assert table.key("Shebaz Sharif") == table.key("Shehbaz Sharif")
    assert table.are_distinct("Jamaat-ul-Ahrar", "Jamaat-e-Islami")

    # The packaged data does not know JuA; the style book does, once it is the table passed in.
    text = "The JuA claimed the attack."
    assert find_entities(text) == []
    raws = find_entities(text, aliases=table)
    linked = link_entities(_mentions(text, "d", raws), aliases=table)
    assert [m.value.id for m in linked if m.text == "JuA"] == ["org:jamaat-ul-ahrar"]  # type: ignore[union-attr]
    assert find_entities(text) == []


@pytest.mark.parametrize(
    "content",
    [
        "[[entity]]\nid = 'x'\ntype = 'planet'\ncanonical = 'X'\n",
        "[unknown]\nx = 1\n",
        "not toml = = =\n",
        "[[entity]]\nid = 'x'\ntype = 'person'\n",
    ],
)
def test_bad_style_book_is_an_error(tmp_path: Path, content: str) -> None:
    book = tmp_path / "bad.toml"
    book.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError):
        AliasTable.load([book])
