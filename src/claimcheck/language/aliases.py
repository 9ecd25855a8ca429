"""Alias data: entity names, transliteration classes and the lexicons entity linking uses.

The packaged data is ``claimcheck/data/aliases.toml``; its header documents the schema. A
newsroom adds style-book files of the same schema with :meth:`AliasTable.load`, which merges
them over the packaged data. Tables are built lazily and cached once per process (per set of
files); nothing is read at import time. The table of a run follows from its configuration
(``aliases = [...]``): callers pass it on, so two engines with different alias files in one
process never see each other's.

The table lives in the language layer because extraction (entity recognition, places) and
normalization (linking) both read it. Entity ids are built here too: ``"<prefix>:<slug>"``,
the prefix naming the entity type (:data:`ID_PREFIX`).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from claimcheck.language.lexcache import cached_json
from claimcheck.language.text import name_tokens, slug

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "ID_PREFIX",
    "AliasEntity",
    "AliasTable",
    "EntityType",
    "id_slug",
    "key_of_words",
    "make_id",
]

EntityType = Literal["person", "organization", "location", "other"]
_TYPES = ("person", "organization", "location", "other")
_LIST_FIELDS = ("aliases", "acronyms")

#: Id prefix of each entity type.
ID_PREFIX = {"person": "person", "organization": "org", "location": "loc", "other": "ent"}


def make_id(entity_type: str, key: str) -> str:
    """The id of an entity of ``entity_type`` whose name key is ``key``."""
    return f"{ID_PREFIX.get(entity_type, 'ent')}:{slug(key)}"


def id_slug(entity_id: str) -> tuple[str, str]:
    """Split an id into its prefix and slug."""
    prefix, _, rest = entity_id.partition(":")
    return (prefix, rest) if rest else ("", prefix)


@dataclass(frozen=True, slots=True, kw_only=True)
class AliasEntity:
    """An entity listed in the alias data."""

    id: str
    type: EntityType
    canonical: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    #: ISO 3166 code of the country the entity belongs to, if given.
    country: str | None = None


def _words(values: Iterable[Any], where: str) -> list[str]:
    out = []
    for v in values:
        if not isinstance(v, str):
            raise ValueError(f"{where}: expected strings, got {v!r}")
        out.append(v)
    return out


def _merge(base: dict[str, Any], extra: Mapping[str, Any], where: str) -> None:
    """Merge one parsed alias file into ``base`` (user data wins, lists are extended)."""
    for section, value in extra.items():
        if section == "entity":
            if not isinstance(value, list):
                raise ValueError(f"{where}: [[entity]] must be an array of tables")
            known = {e["id"]: e for e in base.setdefault("entity", [])}
            for raw in value:
                if not isinstance(raw, dict) or "id" not in raw:
                    raise ValueError(f"{where}: every [[entity]] needs an id")
                old = known.get(raw["id"])
                if old is None:
                    entry = dict(raw)
                    base["entity"].append(entry)
                    known[raw["id"]] = entry
                    continue
                for k, v in raw.items():
                    if k in _LIST_FIELDS:
                        old[k] = list(old.get(k, [])) + [x for x in v if x not in old.get(k, [])]
                    else:
                        old[k] = v
        elif section == "tokens":
            classes = value.get("classes", []) if isinstance(value, dict) else None
            if not isinstance(classes, list):
                raise ValueError(f"{where}: [tokens] classes must be a list of lists")
            base.setdefault("tokens", {}).setdefault("classes", []).extend(classes)
        elif section == "distinct":
            pairs = value.get("pairs", []) if isinstance(value, dict) else None
            if not isinstance(pairs, list):
                raise ValueError(f"{where}: [distinct] pairs must be a list of pairs")
            base.setdefault("distinct", {}).setdefault("pairs", []).extend(pairs)
        elif section == "lexicon":
            if not isinstance(value, dict):
                raise ValueError(f"{where}: [lexicon] must be a table")
            lex = base.setdefault("lexicon", {})
            for k, v in value.items():
                if isinstance(v, list):
                    lex[k] = list(lex.get(k, [])) + list(v)
                elif isinstance(v, dict):
                    lex[k] = {**lex.get(k, {}), **v}
                else:
                    raise ValueError(f"{where}: [lexicon] {k} must be a list or a table")
        elif section in ("demonyms", "countries", "places", "roles"):
            if not isinstance(value, dict):
                raise ValueError(f"{where}: [{section}] must be a table")
            base.setdefault(section, {}).update(value)
        else:
            raise ValueError(f"{where}: unknown section [{section}]")


def _token_classes(data: Mapping[str, Any]) -> dict[str, str]:
    """Transliteration classes: each word mapped to the first spelling of its class."""
    groups: list[list[str]] = []
    for cls in data.get("tokens", {}).get("classes", []):
        words = [" ".join(name_tokens(w)) for w in _words(cls, "[tokens] classes")]
        words = [w for w in words if w and " " not in w]
        if not words:
            continue
        hit = next((g for g in groups if set(g) & set(words)), None)
        if hit is None:
            groups.append(list(dict.fromkeys(words)))
        else:
            hit.extend(w for w in words if w not in hit)
    return {w: g[0] for g in groups for w in g}


def _distinct_pairs(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for p in data.get("distinct", {}).get("pairs", []):
        if not (isinstance(p, list) and len(p) == 2):
            raise ValueError(f"[distinct] pairs: expected [a, b], got {p!r}")
        a, b = _words(p, "[distinct] pairs")
        out.append((a, b))
    return out


def _roles(data: Mapping[str, Any]) -> dict[str, str]:
    roles: dict[str, str] = {}
    for canonical, variants in data.get("roles", {}).items():
        for v in [canonical, *_words(variants, f"[roles] {canonical}")]:
            roles.setdefault(" ".join(name_tokens(v)), canonical)
    return roles


class AliasTable:
    """Alias data with the indexes entity extraction and linking look names up in.

    Build one with :meth:`load` (cached) rather than directly. Attributes are read-only by
    convention: the same table is shared by every document of the process.
    """

    def __init__(self, data: Mapping[str, Any], *, sources: tuple[str, ...] = ()) -> None:
        self.sources = sources
        #: word -> preferred spelling of its transliteration class
        self.token_classes: dict[str, str] = _token_classes(data)
        self._distinct_raw = _distinct_pairs(data)
        #: raw name keys that must never be mapped onto each other by classes
        self.distinct_keys: frozenset[frozenset[str]] = frozenset(
            frozenset((self._raw_key(a), self._raw_key(b))) for a, b in self._distinct_raw
        )
        self._index_entities(data)
        #: pairs of references (entity ids, or keys of unlisted names) never merged
        self.distinct: frozenset[frozenset[str]] = frozenset(
            frozenset((self._ref(a), self._ref(b))) for a, b in self._distinct_raw
        )
        self._index_places(data)
        #: role as written (folded words) -> canonical role
        self.roles: dict[str, str] = _roles(data)
        #: longest role in words
        self.max_role_words = max((len(k.split()) for k in self.roles), default=1)
        self._index_lexicon(data.get("lexicon", {}))

    def _index_entities(self, data: Mapping[str, Any]) -> None:
        self.entities: dict[str, AliasEntity] = {}
        self.names: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}
        for raw in data.get("entity", []):
            ent = self._entity(raw)
            self.entities[ent.id] = ent
            for name in (ent.canonical, *ent.aliases):
                self.names.setdefault(self.key(name), ent.id)
            for acr in ent.acronyms:
                self.acronyms.setdefault(acr, ent.id)
                self.acronyms.setdefault(acr.replace(".", ""), ent.id)

    def _codes(self, data: Mapping[str, Any], section: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, code in data.get(section, {}).items():
            if not isinstance(code, str):
                raise ValueError(f"[{section}] {name}: expected an ISO 3166 code string")
            out[self.key(name)] = code.upper()
        return out

    def _index_places(self, data: Mapping[str, Any]) -> None:
        #: demonym key -> ISO 3166 code ("" when it names no single country)
        self.demonyms: dict[str, str] = self._codes(data, "demonyms")
        #: other country names: key -> ISO 3166 code
        self.countries: dict[str, str] = self._codes(data, "countries")
        #: cities and regions: key -> ISO 3166 code of their country ("" for none)
        self.places: dict[str, str] = self._codes(data, "places")
        #: surface of each place key, for canonical names
        self.place_names: dict[str, str] = {
            self.key(n): n for sec in ("countries", "places") for n in data.get(sec, {})
        }

    def _index_lexicon(self, lex: Mapping[str, Any]) -> None:
        def wordset(name: str) -> frozenset[str]:
            return frozenset(" ".join(name_tokens(w)) for w in _words(lex.get(name, []), name))

        def typemap(name: str) -> dict[str, str]:
            out = {}
            for w, t in lex.get(name, {}).items():
                if t not in _TYPES:
                    raise ValueError(f"[lexicon] {name}.{w}: unknown type {t!r}")
                out[" ".join(name_tokens(w))] = t
            return out

        self.honorifics = wordset("honorifics")
        self.role_modifiers = wordset("role_modifiers")
        self.org_heads = wordset("org_heads")
        self.location_heads = wordset("location_heads")
        self.other_heads = wordset("other_heads")
        self.leading_heads = typemap("leading_heads")
        self.trailing_common = typemap("trailing_common")
        self.ministry_portfolios = wordset("ministry_portfolios")
        self.affairs_portfolios = wordset("affairs_portfolios")

    # -- construction -----------------------------------------------------------------------

    @staticmethod
    def _entity(raw: Mapping[str, Any]) -> AliasEntity:
        where = f"[[entity]] {raw.get('id', '?')}"
        typ = raw.get("type")
        if typ not in _TYPES:
            raise ValueError(f"{where}: type must be one of {', '.join(_TYPES)}")
        canonical = raw.get("canonical")
        if not isinstance(canonical, str) or not canonical.strip():
            raise ValueError(f"{where}: canonical name missing")
        country = raw.get("country")
        return AliasEntity(
            id=str(raw["id"]),
            type=typ,
            canonical=canonical,
            aliases=tuple(_words(raw.get("aliases", []), where)),
            acronyms=tuple(_words(raw.get("acronyms", []), where)),
            country=str(country).upper() if country else None,
        )

    @classmethod
    def load(cls, paths: Sequence[str | Path] = ()) -> AliasTable:
        """The packaged alias data with the files in ``paths`` merged over it, in order.

        Cached per process for each list of files (a file edited since is read again).

        :raises ValueError: when a file is not valid TOML or does not follow the schema.
        :raises OSError: when a file cannot be read.
        """
        stamped = []
        for p in paths:
            path = os.path.abspath(os.fspath(p))
            stamped.append((path, os.stat(path).st_mtime_ns))
        return _load(tuple(stamped))

    @classmethod
    def default(cls) -> AliasTable:
        """The packaged alias data alone."""
        return _load(())

    # -- keys and look-ups -------------------------------------------------------------------

    def _raw_key(self, surface: str) -> str:
        toks = name_tokens(surface)
        if len(toks) > 1 and toks[0] == "the":
            toks = toks[1:]
        return " ".join(toks)

    def key(self, surface: str) -> str:
        """The name key of ``surface`` (see :mod:`claimcheck.normalization.names.canonical`)."""
        return _key(self, surface)

    def key_of_tokens(self, toks: Sequence[str]) -> str:
        """The name key of already folded words."""
        return key_of_words(self, tuple(toks))

    def _key_of_words(self, toks: tuple[str, ...]) -> str:
        if len(toks) > 1 and toks[0] == "the":
            toks = toks[1:]
        classes = self.token_classes
        mapped = " ".join(classes.get(t, t) for t in toks)
        if classes and self.distinct_keys:
            raw = " ".join(toks)
            if mapped != raw and frozenset((raw, mapped)) in self.distinct_keys:
                return raw
        return mapped

    def lookup(self, surface: str) -> AliasEntity | None:
        """The listed entity a name (not an acronym) refers to, if any."""
        eid = self.names.get(self.key(surface))
        return self.entities[eid] if eid else None

    def name_id(self, surface: str) -> str:
        """The id of the listed entity a name refers to, else ``"key:<name key>"``."""
        k = self.key(surface)
        return self.names.get(k) or f"key:{k}"

    def _ref(self, x: str) -> str:
        if x in self.entities:
            return x
        prefix, rest = id_slug(x)
        if prefix and rest and " " not in x and prefix in ("person", "org", "loc", "ent", "key"):
            k = rest.replace("-", " ") if prefix != "key" else rest
        else:
            k = self.key(x)
        return self.names.get(k, k)

    def are_distinct(self, a: str, b: str) -> bool:
        """Whether the alias data lists ``a`` and ``b`` (names or ids) as distinct entities."""
        if not self.distinct:
            return False
        ra, rb = self._ref(a), self._ref(b)
        return ra != rb and frozenset((ra, rb)) in self.distinct


@lru_cache(maxsize=131072)
def key_of_words(table: AliasTable, toks: tuple[str, ...]) -> str:
    """The name key of already folded words under ``table`` (cached per table)."""
    return table._key_of_words(toks)


@lru_cache(maxsize=65536)
def _key(table: AliasTable, surface: str) -> str:
    return table.key_of_tokens(name_tokens(surface))


def _packaged() -> dict[str, Any]:
    """The packaged alias data as parsed, kept as JSON in the cache directory by a hash of
    the file (parsing its TOML costs more than a short check's reading of its articles)."""
    text = resources.files("claimcheck").joinpath("data", "aliases.toml").read_text("utf-8")
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    try:
        data: dict[str, Any] = cached_json("aliases", digest, lambda: tomllib.loads(text))
    except TypeError:  # a value JSON cannot hold (a TOML date): parse it each time
        return tomllib.loads(text)
    return data


@lru_cache(maxsize=8)
def _load(stamped: tuple[tuple[str, int], ...]) -> AliasTable:
    data: dict[str, Any] = {}
    _merge(data, _packaged(), "aliases.toml")
    for path, _ in stamped:
        try:
            parsed = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: not valid TOML: {exc}") from exc
        _merge(data, parsed, path)
    return AliasTable(data, sources=tuple(p for p, _ in stamped))
