"""The people of a run, as rule families see them: who they are, their ages and titles, and
how a name written two ways is told apart from two people."""

from __future__ import annotations

from claimcheck.claims.participants import Age, Cast, Link, Participant
from claimcheck.normalization.names.slips import transliteration_like, word_key

__all__ = ["Age", "Cast", "Link", "Participant", "transliteration_like", "word_key"]
