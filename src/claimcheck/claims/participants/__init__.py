"""Participants: the people in a story, named or described, and who is who across documents.

:func:`find_participants` reads one document's people (name, age, gender, role, titles);
:func:`link_participants` links them across a cluster; :func:`cast_of` does both for a run.
:func:`age_figures` tells framing which figures are ages, never counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from claimcheck.claims.participants.ages import Age, age_figures, find_ages
from claimcheck.claims.participants.linking import Cast, Link, link_participants
from claimcheck.claims.participants.people import Participant, Title, find_participants
from claimcheck.model import Document, Mention

__all__ = [
    "Age",
    "Cast",
    "Link",
    "Participant",
    "Title",
    "age_figures",
    "cast_of",
    "find_ages",
    "find_participants",
    "link_participants",
]


def cast_of(
    documents: Mapping[str, Document],
    mentions: Mapping[str, Sequence[Mention]],
    find: Callable[[Document, Sequence[Mention]], tuple[Participant, ...]] = find_participants,
) -> Cast:
    """The participants of every document (read by ``find``, :func:`find_participants` or a
    cache of it) and the links between them."""
    people = {doc_id: find(doc, mentions.get(doc_id, ())) for doc_id, doc in documents.items()}
    return link_participants(people)
