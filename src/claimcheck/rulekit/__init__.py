"""The rule kit: everything a rule family imports from claimcheck.

A rule family (a plugin package in ``plugins/`` or a third party's distribution) imports
``claimcheck.rulekit``, ``claimcheck.model`` and ``claimcheck.plugin`` and nothing else from
claimcheck; the modules behind this one are private and may change. What is here:

* **rule records**: :class:`RuleSpec` (code, name, severity, docs, the ``check`` function),
  :class:`RuleContext` (documents, mentions, claims, alignments, options and
  :meth:`RuleContext.report`), :class:`Statement` (a span to cite, with its value) and
  :class:`RunNote` (what a findings filter left out);
* **values and records** re-exported from :mod:`claimcheck.model` for convenience;
* **comparison**: :func:`interval` and :func:`compatible` (hedge- and rounding-aware
  intervals, :data:`ABOUT_TOLERANCE`);
* **grouping**: :func:`group_conflicts` (pairwise conflicts into as few findings as possible),
  :func:`doc_label`, :func:`published_order`;
* **names**: :func:`spelling_key` and :func:`spelling_variants` (the one name-spelling
  comparison, shared with entity linking) and :func:`distinct_spellings`;
* **words**: :data:`GROWING_ATTRIBUTES`, :func:`quote_tokens`, and the phrasing of claims in
  messages: :func:`count_phrase`, :func:`event_noun`, :func:`statement_phrase`;
* **people**: :class:`Cast` (the run's participants, ``ctx.participants``), :class:`Participant`,
  :class:`Age`, :class:`Link`, :func:`word_key` and :func:`transliteration_like` (one-letter
  slips against known romanization swaps);
* **rule docs**: :func:`load_doc` and :data:`REQUIRED_SECTIONS`; :mod:`claimcheck.rulekit.testing`
  runs a rule's documented examples in a test suite.
"""

from __future__ import annotations

from claimcheck.model import (
    Alignment,
    Claim,
    DateValue,
    Document,
    Entity,
    Finding,
    Location,
    Mention,
    Money,
    Number,
    Ordinal,
    Percent,
    Quantity,
    Quote,
    Severity,
    Value,
)
from claimcheck.rulekit._compare import ABOUT_TOLERANCE, compatible, interval
from claimcheck.rulekit._conflicts import doc_label, group_conflicts, published_order
from claimcheck.rulekit._docs import REQUIRED_SECTIONS, load_doc
from claimcheck.rulekit._participants import (
    Age,
    Cast,
    Link,
    Participant,
    transliteration_like,
    word_key,
)
from claimcheck.rulekit._rules import (
    RULE_CODE,
    RULE_NAME,
    RuleContext,
    RuleSpec,
    RunNote,
    Statement,
)
from claimcheck.rulekit._spellings import distinct_spellings, spelling_key, spelling_variants
from claimcheck.rulekit._words import (
    GROWING_ATTRIBUTES,
    count_phrase,
    event_noun,
    quote_tokens,
    statement_phrase,
)

__all__ = [
    "ABOUT_TOLERANCE",
    "GROWING_ATTRIBUTES",
    "REQUIRED_SECTIONS",
    "RULE_CODE",
    "RULE_NAME",
    "Age",
    "Alignment",
    "Cast",
    "Claim",
    "DateValue",
    "Document",
    "Entity",
    "Finding",
    "Link",
    "Location",
    "Mention",
    "Money",
    "Number",
    "Ordinal",
    "Participant",
    "Percent",
    "Quantity",
    "Quote",
    "RuleContext",
    "RuleSpec",
    "RunNote",
    "Severity",
    "Statement",
    "Value",
    "compatible",
    "count_phrase",
    "distinct_spellings",
    "doc_label",
    "event_noun",
    "group_conflicts",
    "interval",
    "load_doc",
    "published_order",
    "quote_tokens",
    "spelling_key",
    "spelling_variants",
    "statement_phrase",
    "transliteration_like",
    "word_key",
]
