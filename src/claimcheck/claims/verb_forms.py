"""English past tenses and participles, regular ("arrested") and irregular ("shot", "struck",
"took", "blew"): what tells a date's clause that a verb claims the day.

The irregular forms are data (``claimcheck/data/irregular_verbs.json``), generated from
lemminflect's tables by ``scripts/irregular_verbs.py`` and read once, on first use.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

__all__ = ["irregular_forms", "is_past_form"]


@lru_cache(maxsize=1)
def irregular_forms() -> Mapping[str, str]:
    """Irregular past tense or participle (lower case) -> its lemma ("struck" -> "strike")."""
    packaged = resources.files("claimcheck").joinpath("data", "irregular_verbs.json")
    data = json.loads(packaged.read_text(encoding="utf-8"))
    return MappingProxyType(dict(data["forms"]))


def is_past_form(low: str) -> bool:
    """Whether a lower-case word is a past tense or past participle: "-ed" ("arrested",
    "fled") or an irregular form ("shot", "hit", "took", "began")."""
    return low.endswith("ed") or low in irregular_forms()
