"""Hook specifications: every extension point of claimcheck, grouped by pipeline phase.

The pipeline runs one way::

    configure -> read -> date -> segment -> extract -> normalize -> frame -> align
              -> rules -> findings -> report

Every hook is called with keyword arguments; an implementation may accept any subset of them.
The core's own behaviour (readers, segmenter, extractors, normalizers, framer, aligner,
formatters) is registered as plugins implementing these same hooks, and every contradiction
rule lives in a plugin under ``plugins/``, loaded through the ``claimcheck`` entry-point group.

Each docstring has the same shape: a summary, the semantics, one ``:param:`` per argument,
what to return, and a note on whether the first non-``None`` result wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from claimcheck.plugin import hookspec

if TYPE_CHECKING:
    from claimcheck.claims.attributes import AttributeSpec
    from claimcheck.config import Config
    from claimcheck.model import Alignment, Claim, Document, Finding, Mention, RawMention, Segment
    from claimcheck.reporting import FormatterSpec
    from claimcheck.rulekit.rules import RuleSpec

__all__ = [
    "claimcheck_align",
    "claimcheck_attributes",
    "claimcheck_configure",
    "claimcheck_extract",
    "claimcheck_findings",
    "claimcheck_formatters",
    "claimcheck_frame_claims",
    "claimcheck_normalize",
    "claimcheck_publication_date",
    "claimcheck_read_document",
    "claimcheck_rules",
    "claimcheck_segment",
]

# -------------------------------------------------------------------------------------------
# Configuration phase


@hookspec
def claimcheck_configure(config: Config) -> None:
    """Called once, after configuration is loaded and before any document is read.

    Use it to validate this plugin's options or to prepare state that depends on them. Do not
    load heavy data here; load it lazily, when a document first needs it.

    :param config: The effective configuration of the run.

    :return: Nothing.
    """


# -------------------------------------------------------------------------------------------
# Reading phase


@hookspec(firstresult=True)
def claimcheck_read_document(
    path: str, text: str, format: str, meta: Mapping[str, Any]
) -> Document | None:
    """Turn a decoded file into a :class:`~claimcheck.model.Document`.

    A reader parses the markup of its format (front matter, HTML tags, Markdown syntax) into
    the document's analysis text, keeping an offset map back to the original ``text``, and
    reads metadata it finds in the file. Markup and front matter never produce mentions.

    :param path: The file's path as given on the command line (or the document id).
    :param text: The decoded file text, unchanged.
    :param format: ``"text"``, ``"markdown"`` or ``"html"``, from the file name or the request.
    :param meta: Metadata known from outside the file (manifest, command line, request); the
        reader merges what the file itself says, the file winning.

    :return: The document, or ``None`` if this reader does not handle ``format``.

    Stops at the first non-``None`` result.
    """


@hookspec(firstresult=True)
def claimcheck_publication_date(document: Document) -> dt.date | None:
    """Find a publication date in the text of a document that has none from its metadata.

    Called only when front matter, manifest and command line gave no date.

    :param document: The document as read.

    :return: The date (for example from a dateline "03:27 PM, Nov 21, 2024"), or ``None``.

    Stops at the first non-``None`` result.
    """


# -------------------------------------------------------------------------------------------
# Segmenting phase


@hookspec(firstresult=True)
def claimcheck_segment(document: Document) -> Sequence[Segment] | None:
    """Split a document's analysis text into sentences, numbered within paragraphs.

    :param document: The document to split.

    :return: The sentences in text order, covering the analysis text, or ``None`` to leave it
        to the next segmenter.

    Stops at the first non-``None`` result.
    """


# -------------------------------------------------------------------------------------------
# Extracting phase


@hookspec
def claimcheck_extract(
    document: Document, segments: Sequence[Segment]
) -> Iterable[RawMention] | None:
    """Find mentions (numbers, money, quantities, dates, entities, quotes) in a document.

    Offsets are in the document's analysis text (``document.plain``); the engine maps them
    to the original file. Where value mentions of different extractors overlap, the longest
    wins ("$62-billion" is one money mention, not a number). Entity and quote mentions form
    layers of their own and may overlap value mentions.

    :param document: The document.
    :param segments: Its sentences.

    :return: The mentions found, or ``None``.

    All results are collected.
    """


# -------------------------------------------------------------------------------------------
# Normalizing phase


@hookspec
def claimcheck_normalize(
    document: Document, mentions: Sequence[Mention], config: Config
) -> Iterable[Mention] | None:
    """Resolve values that depend on context: relative dates, bare currencies, entity ids.

    Every implementation sees the same extracted mentions and returns replacements for the ones
    it normalizes (same document, kind, start and end, a new value); the engine substitutes
    them. For example "last month" is resolved against ``document.published``, a bare "$"
    through the document's language, outlet and configuration, and "BLA" to the id of the
    Balochistan Liberation Army defined earlier in the document.

    :param document: The document.
    :param mentions: All its mentions, in text order.
    :param config: The run's configuration (default currency, alias files).

    :return: Normalized replacements, or ``None``.

    All results are collected.
    """


# -------------------------------------------------------------------------------------------
# Framing and aligning phase


@hookspec
def claimcheck_frame_claims(
    document: Document,
    segments: Sequence[Segment],
    mentions: Sequence[Mention],
    attributes: Sequence[AttributeSpec],
) -> Iterable[Claim] | None:
    """Turn value mentions into claims: what each figure counts, of whom, in which event.

    :param document: The document.
    :param segments: Its sentences.
    :param mentions: Its normalized mentions (entities and dates included, as context).
    :param attributes: Every registered attribute record (see ``claimcheck_attributes``).

    :return: Claims, or ``None``.

    All results are collected.
    """


@hookspec(firstresult=True)
def claimcheck_align(claims: Sequence[Claim], config: Config) -> Sequence[Alignment] | None:
    """Pair claims about the same fact, across documents and within one.

    Implementations block by key (kind, attribute, subject, entity) and score candidate pairs;
    they never compare all pairs of mentions. Each alignment carries the evidence for it.

    :param claims: Every claim of the run.
    :param config: The run's configuration.

    :return: The aligned pairs, or ``None`` to leave it to the next aligner.

    Stops at the first non-``None`` result.
    """


# -------------------------------------------------------------------------------------------
# Checking phase


@hookspec
def claimcheck_rules() -> Iterable[RuleSpec] | None:
    """Declare rules: codes, names, severities, documentation and check functions.

    The engine runs each selected rule's ``check`` with a
    :class:`~claimcheck.rulekit.rules.RuleContext`. An exception in a check becomes a CC901 finding
    naming the plugin; the other rules still run.

    :return: The plugin's rules.

    All results are collected; two plugins declaring the same code is an error.
    """


@hookspec
def claimcheck_findings(
    findings: Sequence[Finding], documents: Mapping[str, Document], config: Config
) -> Sequence[Finding] | None:
    """Filter or annotate the findings of a run before they are reported.

    Implementations see the findings left by the previous implementation (suppressions,
    baselines); the engine chains them in registration order.

    :param findings: The findings so far.
    :param documents: The run's documents by id.
    :param config: The run's configuration.

    :return: The findings to keep, or ``None`` to keep them all.

    Chained: each implementation sees the previous one's result.
    """


# -------------------------------------------------------------------------------------------
# Reporting phase


@hookspec
def claimcheck_formatters() -> Iterable[FormatterSpec] | None:
    """Declare output formats for ``check --format``.

    :return: Formatter records (name, description, render function).

    All results are collected; two plugins declaring the same name is an error.
    """


# -------------------------------------------------------------------------------------------
# Vocabulary


@hookspec
def claimcheck_attributes() -> Iterable[AttributeSpec] | None:
    """Declare what figures can count or measure: attribute records for framing.

    Each :class:`~claimcheck.claims.attributes.AttributeSpec` names an attribute, its words in
    each language, its kind, whether it grows as reports come in (a toll) and the rule family
    that owns it. Framing reads every figure with all registered records, so a rule family
    (sports scores, election results) adds its own attributes without touching the core.

    :return: Attribute records, or ``None``.

    All results are collected, the core's first; a word claimed by two records belongs to the
    first.
    """
